## Surveys feature: answering a survey, results, single-use codes and tools for facilitators.

surveys-list-title = Inquéritos
surveys-list-intro = Responda na sua língua. As suas respostas ajudam a decidir as medidas do plano.
surveys-list-empty = Ainda não há inquéritos para este plano.

surveys-phase-draft = Ainda não publicado
surveys-phase-not-yet-open = Ainda não está aberto
surveys-phase-open = Aberto
surveys-phase-closed = Fechado
surveys-open-until = Aberto até { $date }
surveys-opens-on = Abre a { $date }

surveys-facts = { $questions ->
    [one] 1 pergunta
   *[other] { $questions } perguntas
} em { $sections ->
    [one] 1 parte
   *[other] { $sections } partes
}. Pode saltar qualquer pergunta que não esteja marcada como obrigatória.
surveys-languages-heading = Pode responder nestas línguas
surveys-privacy-heading = O que guardamos
surveys-privacy-open = Não precisa de entrar nem de dar o seu nome. Este navegador lembra-se de que já respondeu, para que cada pessoa responda uma vez.
surveys-privacy-codes = Precisa do código que está no papel que recebeu. O código só pode ser usado uma vez. As suas respostas não ficam ligadas ao código: só registamos que foi usado.
surveys-privacy-account = Precisa de entrar na sua conta, para que cada pessoa responda uma vez. As suas respostas não ficam ligadas à sua conta: só registamos que esta conta já respondeu.
surveys-privacy-held = Para que ninguém possa associar as suas respostas a si — nem quem consiga ler a nossa base de dados —, elas ficam à parte até chegarem as de pelo menos mais 4 pessoas, e são guardadas todas juntas, por ordem aleatória, com o dia em que são guardadas. Até lá não contam nos resultados.
surveys-privacy-address = Para impedir que alguém envie muitas respostas, contamos as respostas de cada endereço de internet durante uma hora, com um código que não permite voltar ao endereço e que é apagado ao fim de um dia.
surveys-privacy-stored = Guardamos as suas respostas, a língua em que respondeu e o dia (não a hora). Não guardamos o seu nome, o seu email, o seu endereço de internet nem nada que diga quem é.

surveys-take-part-heading = Participar
surveys-start = Começar o inquérito
surveys-continue = Continuar onde parou
surveys-sign-in-to-answer = Entrar para responder
surveys-already-answered = Já respondeu a este inquérito neste dispositivo ou com esta conta. Obrigado!
surveys-cannot-answer-draft = Este inquérito ainda não foi publicado. Está a vê-lo porque o prepara.
surveys-cannot-answer-not-yet-open = Este inquérito ainda não está aberto a respostas.
surveys-cannot-answer-closed = Este inquérito está fechado. Obrigado a todas as pessoas que responderam.
surveys-see-results = Ver os resultados
surveys-rate-limited = Chegaram muitas respostas da sua ligação à internet na última hora. Tente de novo mais tarde ou peça um formulário em papel a um facilitador.

surveys-code-label = O seu código
surveys-code-hint = O código está no papel que recebeu, por exemplo ABCD-2345. Pode escrever em maiúsculas ou minúsculas.
surveys-resume-heading = Continuar respostas guardadas
surveys-resume-label = O seu código para continuar
surveys-resume-hint = O código que lhe foi mostrado quando guardou as respostas, por exemplo ABCD-EFGH-2345.
surveys-resume-submit = Continuar

surveys-answer-title = Respostas
surveys-progress = Parte { $current } de { $total }
surveys-required = (obrigatória)
surveys-yes = Sim
surveys-no = Não
surveys-prefer-not-to-say = Prefiro não dizer
surveys-other = Outra
surveys-other-write = Outra: escreva qual
surveys-choose = Escolha uma resposta
surveys-choose-any = Escolha todas as que se aplicam.
surveys-choose-up-to = { $count ->
    [one] Escolha no máximo 1 resposta.
   *[other] Escolha até { $count } respostas.
}
surveys-ranking-hint = Dê a cada uma um número diferente: 1 é a mais importante.
surveys-number-between = Um número de { $min } a { $max }.
surveys-text-limit = Até { $count } caracteres.
surveys-date-hint = Dia, mês e ano.
surveys-only-if = Responda só se respondeu «{ $answer }» acima.
surveys-only-if-not = Responda só se não respondeu «{ $answer }» acima.
surveys-only-if-answered = Responda só se respondeu à pergunta acima.
surveys-more-questions = As suas respostas abriram mais perguntas nesta página. Veja-as antes de continuar.
surveys-problems-title = Verifique estas respostas
surveys-problem-required = Responda a esta pergunta, por favor.
surveys-problem-unknown-option = Esta resposta não é uma das opções. Escolha de novo, por favor.
surveys-problem-too-many-values = Dê só uma resposta aqui, por favor.
surveys-problem-too-many-choices = Escolheu respostas a mais. Escolha menos, por favor.
surveys-problem-out-of-range = Está fora dos limites permitidos.
surveys-problem-too-long = Este texto é demasiado longo. Encurte-o, por favor.
surveys-problem-not-a-number = Escreva um número, por exemplo 12.
surveys-problem-not-a-date = Indique uma data completa: dia, mês e ano.
surveys-problem-incomplete = Esta resposta não está completa. Termine-a, por favor.
surveys-next = Seguinte
surveys-send = Enviar as minhas respostas
surveys-back = Anterior
surveys-save = Guardar e continuar mais tarde
surveys-answer-in = Mudar de língua. As suas respostas ficam guardadas:

surveys-saved-title = As suas respostas estão guardadas
surveys-saved-intro = Para continuar mais tarde, neste ou noutro dispositivo, abra o inquérito e escreva este código:
surveys-saved-keep = Escreva-o num papel ou tire uma fotografia. As suas respostas ficam guardadas durante 30 dias.
surveys-saved-no-code = As suas respostas estão guardadas neste dispositivo. Abra de novo o inquérito para continuar.
surveys-back-to-survey = Voltar ao inquérito
surveys-back-to-plan = Voltar ao plano

surveys-thanks-title = Obrigado pelas suas respostas
surveys-thanks-intro = Recebemos as suas respostas. O município vai publicar o que aprendeu e como o usa no plano.

surveys-results-title = Resultados
surveys-results-total = { $count ->
    [one] 1 resposta
   *[other] { $count } respostas
}
surveys-results-too-few = Menos de 5 respostas: não se mostram, para proteger quem respondeu.
surveys-results-suppressed-note = Para proteger quem respondeu, não se mostram grupos de menos de 5 pessoas.
surveys-results-no-breakdown = A divisão por língua ou por forma de resposta só é mostrada a quem facilita o plano: comparada com os totais, poderia revelar grupos pequenos.
surveys-results-held = { $count ->
    [one] 1 resposta está guardada à parte até chegarem pelo menos 5 (ou o inquérito fechar), para que ninguém a possa associar a quem a deu. Ainda não é contada.
   *[other] { $count } respostas estão guardadas à parte até chegarem pelo menos 5 (ou o inquérito fechar), para que ninguém as possa associar a quem as deu. Ainda não são contadas.
}
surveys-results-exact-note = Vê números exatos porque trabalha neste plano. Os resultados publicados escondem grupos de menos de 5 pessoas.
surveys-results-answered = { $count ->
    [one] 1 pessoa respondeu
   *[other] { $count } pessoas responderam
}
surveys-results-mean-median = Média: { $mean } · mediana: { $median }
surveys-results-several = Era possível escolher mais de uma resposta, por isso as percentagens somam mais de 100%.
surveys-results-answer = Resposta
surveys-results-count = Pessoas
surveys-results-percent = Percentagem
surveys-results-chart = Gráfico
surveys-fewer-than-5 = menos de 5
surveys-results-more-texts = Aqui só aparecem as respostas mais recentes. Descarregue os dados para as ler todas.
surveys-text-hidden = Escondida por um moderador: não aparece nos resultados publicados.
surveys-text-hide = Esconder esta resposta
surveys-text-show = Mostrar de novo esta resposta
surveys-filter-label = Filtrar os resultados
surveys-filter-language = Língua das respostas
surveys-filter-channel = Como chegaram as respostas
surveys-filter-all = Todas
surveys-filter-apply = Mostrar

surveys-channel-online = Online, pela própria pessoa
surveys-channel-paper = Formulário em papel
surveys-channel-interview = Entrevista com um facilitador
surveys-channel-interpreter = Entrevista com intérprete

surveys-manage-heading = Para facilitadores
surveys-response-count = { $count ->
    [one] 1 resposta até agora.
   *[other] { $count } respostas até agora.
}
surveys-preview = Pré-visualizar o inquérito
surveys-preview-note = Pré-visualização: nada do que escolher aqui é enviado ou guardado.
surveys-preview-nav = Páginas da pré-visualização
surveys-preview-end = Sair da pré-visualização
surveys-export-csv = Descarregar as respostas (CSV, para folhas de cálculo)
surveys-export-json = Descarregar as respostas (JSON)
surveys-assisted-heading = Registar uma resposta por outra pessoa
surveys-assisted-intro = Para formulários em papel e entrevistas. Escolha como foram recolhidas as respostas; depois preencha o inquérito com essas respostas.
surveys-assisted-note = Está a registar uma resposta em nome de outra pessoa:
surveys-assisted-start = Começar a registar
surveys-channel-label = Como foram recolhidas as respostas
surveys-interview-lang-label = Língua da entrevista
surveys-interview-lang-same = A língua do inquérito
surveys-entered = A resposta foi guardada. Pode registar outra.

surveys-codes-title = Códigos de uso único
surveys-codes-intro = Cada código permite a uma pessoa responder uma vez. Imprima os códigos e distribua-os nas sessões.
surveys-codes-counts = { $unused ->
    [one] 1 código ainda por usar
   *[other] { $unused } códigos ainda por usar
}, { $used ->
    [one] 1 usado.
   *[other] { $used } usados.
}
surveys-codes-count-label = Quantos códigos novos
surveys-codes-count-hint = De 1 a 500.
surveys-codes-create = Criar os códigos
surveys-codes-print = Imprima esta página para ter um papel por cada código por usar.
surveys-slip-go-to = Vá a
surveys-slip-code = e escreva o código
surveys-slip-qr = Código QR: leia-o com a câmara do telemóvel para abrir o inquérito com este código já preenchido

## The survey builder (facilitators).
surveys-builder-title = Editar o inquérito
surveys-builder-new-title = Novo inquérito
surveys-builder-new-intro = Dê ao inquérito um título e um endereço curto. As perguntas acrescentam-se a seguir; ninguém vê o inquérito até o publicar.
surveys-builder-title-label = Título
surveys-builder-slug-label = Nome curto para o endereço
surveys-builder-slug-hint = Letras minúsculas, algarismos e hífenes, por exemplo inquerito-2027.
surveys-builder-own-language = A língua própria do inquérito
surveys-builder-access-label = Quem pode responder
surveys-access-open = Qualquer pessoa, sem entrar (uma resposta por dispositivo)
surveys-access-codes = Pessoas com um código de uso único entregue em papel
surveys-access-account = Pessoas que entram na sua conta (uma resposta por conta)
surveys-builder-create = Criar o inquérito
surveys-builder-saved = Guardado.
surveys-builder-languages-heading = Línguas
surveys-builder-languages-hint = Escolha uma língua para escrever ou rever os seus textos. A língua própria do inquérito aparece primeiro.
surveys-builder-language = Língua
surveys-builder-translations = Textos
surveys-builder-complete = Todos os textos escritos
surveys-builder-missing = { $count ->
    [one] Falta 1 texto
   *[other] Faltam { $count } textos
}
surveys-builder-not-a-survey-language = O inquérito não é oferecido nesta língua. Escolha uma das suas línguas acima.
surveys-builder-offered-languages = Línguas em que o inquérito é oferecido
surveys-builder-offered-languages-hint = As pessoas podem responder nas línguas assinaladas aqui. Acrescente uma língua quando os seus textos estiverem escritos; a língua própria do inquérito é sempre oferecida.
surveys-builder-publish-missing = Há textos ainda sem tradução: { $languages }. Quem responder nessas línguas vê esses textos em { $language }.
surveys-builder-status-heading = Estado
surveys-builder-published = Publicado.
surveys-builder-draft = Rascunho: só os facilitadores o veem.
surveys-builder-publish = Publicar
surveys-builder-unpublish = Voltar a rascunho
surveys-builder-locked = O inquérito já tem respostas: pode mudar os textos, mas não as perguntas, as opções ou quem pode responder.
surveys-builder-settings-heading = Definições
surveys-builder-intro-label = Introdução
surveys-builder-opens-label = Abre a (opcional)
surveys-builder-closes-label = Fecha a (opcional)
surveys-builder-results-public = Publicar os resultados (grupos de menos de 5 pessoas ficam escondidos)
surveys-builder-save = Guardar
surveys-builder-questions-heading = Perguntas
surveys-builder-translating-hint = Está a escrever os textos noutra língua. Perguntas e opções acrescentam-se e retiram-se na língua própria do inquérito.
surveys-builder-section-title = Título desta parte
surveys-builder-kind-label = Tipo de pergunta
surveys-builder-question-text = Pergunta
surveys-builder-add-question = Acrescentar a pergunta
surveys-builder-add-section = Acrescentar uma parte
surveys-builder-plain = A mesma pergunta em palavras simples (opcional)
surveys-builder-help = Texto de ajuda (opcional)
surveys-builder-options = Opções
surveys-builder-rows = Linhas (uma coisa a avaliar por linha)
surveys-builder-scale-points = Respostas para cada linha
surveys-builder-lines-hint = Uma por linha. Apagar uma linha retira essa opção.
surveys-builder-lines-translate-hint = Uma por linha, pela mesma ordem que na língua própria do inquérito.
surveys-builder-max-choices = Máximo de opções (vazio: sem limite)
surveys-builder-other = Oferecer «Outra» com uma caixa para escrever
surveys-builder-min = Número mais baixo
surveys-builder-max = Número mais alto
surveys-builder-min-label = Palavras para o número mais baixo
surveys-builder-max-label = Palavras para o número mais alto
surveys-builder-min-date = Data mais antiga (ano-mês-dia)
surveys-builder-max-date = Data mais recente (ano-mês-dia)
surveys-builder-max-len = Máximo de caracteres
surveys-builder-required = A resposta é obrigatória
surveys-builder-pnts = Oferecer «Prefiro não dizer»
surveys-builder-condition = Quando mostrar esta pergunta
surveys-builder-condition-question = Depende da resposta a
surveys-builder-always = Mostrar sempre
surveys-builder-condition-op = Mostrar quando a resposta
surveys-builder-op-equals = é
surveys-builder-op-not_equals = não é
surveys-builder-op-any_of = é uma de
surveys-builder-op-answered = foi dada
surveys-builder-condition-answers = Respostas que a mostram
surveys-builder-condition-pick-question = Para mostrar esta pergunta só depois de certas respostas, escolha a pergunta anterior e guarde: as respostas dela aparecem então aqui.
surveys-builder-condition-no-answers = Esta pergunta não tem respostas para escolher. Escolha outra pergunta e guarde, ou mostre-a sempre que tenha sido dada uma resposta.
surveys-builder-move-up = Subir
surveys-builder-move-down = Descer
surveys-builder-delete = Apagar a pergunta
surveys-builder-delete-warning = A pergunta e os seus textos em todas as línguas são apagados de vez.
surveys-builder-delete-confirm = Sim, apagar esta pergunta
surveys-kind-single_choice = Uma opção
surveys-kind-multiple_choice = Várias opções
surveys-kind-dropdown = Uma opção de uma lista
surveys-kind-scale = Escala
surveys-kind-yes_no = Sim ou não
surveys-kind-short_text = Texto curto
surveys-kind-long_text = Texto longo
surveys-kind-number = Número
surveys-kind-date = Data
surveys-kind-ranking = Pôr por ordem
surveys-kind-matrix = Grelha (linhas e respostas)
surveys-correcting-note = Está a corrigir a resposta { $response }. Quando enviar a última parte, as respostas anteriores são substituídas.
surveys-responses-title = Respostas
surveys-responses-count = { $count ->
    [one] Uma resposta guardada.
   *[other] { $count } respostas guardadas.
}
surveys-responses-held = { $count ->
    [one] Há mais uma resposta em espera até chegarem respostas suficientes para ser guardada juntamente com outras; aparece na lista depois de guardada.
   *[other] Há mais { $count } respostas em espera até chegarem respostas suficientes para serem guardadas juntamente com outras; aparecem na lista depois de guardadas.
}
surveys-responses-none = Não há respostas para mostrar.
surveys-responses-filter-label = Filtrar as respostas
surveys-responses-col-response = Resposta
surveys-responses-col-day = Dia
surveys-responses-col-language = Língua do formulário
surveys-responses-col-answered = Perguntas respondidas
surveys-responses-pages-label = Páginas de respostas
surveys-responses-withdrawn = Resposta retirada. O que nela foi respondido já não conta nos resultados nem nas exportações.
surveys-responses-history = Correções e respostas retiradas
surveys-responses-history-none = Nenhuma resposta foi corrigida nem retirada.
surveys-responses-history-corrected = { $who } corrigiu-a a { $date }
surveys-responses-history-withdrawn = { $who } retirou-a a { $date }
surveys-responses-someone = Uma conta apagada
surveys-response-title = Resposta { $response }
surveys-response-answers = Respostas dadas
surveys-response-no-answer = Sem resposta
surveys-response-corrected = Resposta corrigida. Os resultados passam a contar as novas respostas.
surveys-response-unchanged = Nenhuma resposta foi alterada, por isso nada foi registado.
surveys-response-review = Corrigir ou retirar
surveys-response-correct = Corrigir as respostas
surveys-response-correct-intro = O formulário abre já preenchido com o que foi respondido. Altere o que foi introduzido por engano e envie a última parte: as respostas antigas são substituídas pelas novas. A alteração fica registada com o seu nome e o motivo.
surveys-response-correct-start = Abrir as respostas para corrigir
surveys-response-not-correctable = Esta resposta foi dada online pela própria pessoa: não pode ser corrigida, só retirada.
surveys-response-reason-label = Motivo
surveys-response-reason-hint = Por exemplo: «escrito 7 em vez do 1 do formulário em papel». No máximo 500 caracteres.
surveys-response-withdraw = Retirar esta resposta
surveys-response-withdraw-warning = O que nela foi respondido sai de vez dos resultados e das exportações. Fica registado, com o seu nome e o motivo, que a resposta foi retirada.
surveys-response-withdraw-confirm = Sim, retirar esta resposta
surveys-response-history = Alterações a esta resposta
surveys-response-back = Todas as respostas
surveys-builder-codes = Códigos das respostas
surveys-builder-codes-label = Códigos, um por linha
surveys-builder-codes-hint = Pela mesma ordem das respostas acima. São usados nas exportações e nas condições: letras minúsculas a–z, algarismos, hífenes e sublinhados. Não podem ser mudados depois de alguém ter respondido.
surveys-slips-languages = Línguas dos papéis
surveys-slips-languages-apply = Mostrar os papéis nestas línguas
surveys-builder-transfer-heading = Copiar ou exportar
surveys-builder-download-file = Descarregar o ficheiro do inquérito (JSON)
surveys-builder-download-hint = Contém as perguntas e os textos em todas as línguas, para criar a partir dele um inquérito noutro plano ou noutra instalação da Ponte. Não contém nenhuma resposta.
surveys-builder-copy = Copiar este inquérito
surveys-builder-copy-intro = A cópia é um novo rascunho com as mesmas perguntas, textos e línguas, sem respostas, códigos nem datas.
surveys-builder-copy-submit = Fazer a cópia
surveys-builder-import-heading = Começar a partir de um ficheiro de inquérito
surveys-builder-import-intro = Um ficheiro de inquérito (JSON) descarregado da página de edição de um inquérito, aqui ou noutra instalação da Ponte: as perguntas e os textos passam a ser um novo inquérito em rascunho.
surveys-builder-import-file = Ficheiro de inquérito
surveys-builder-import-title-hint = Deixe em branco para manter o título que está no ficheiro.
surveys-builder-import-submit = Importar o inquérito
