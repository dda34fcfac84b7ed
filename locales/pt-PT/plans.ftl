## Funcionalidade de planos: planos, áreas, entidades e medidas propostas.

plans-home-title = Planos para a integração de migrantes
plans-home-intro = Os municípios estão a preparar os seus planos para a integração de migrantes com as pessoas que lá vivem. Leia as medidas propostas e veja quem está envolvido.
plans-home-empty = Ainda não foi publicado nenhum plano aqui.

plans-kind-municipal = Plano municipal
plans-kind-intermunicipal = Plano intermunicipal

plans-status-draft = Em preparação
plans-status-draft-explained = O município está a escrever a proposta de plano. As medidas propostas ainda podem mudar muito.
plans-status-in_consultation = Em consulta pública
plans-status-in_consultation-explained = A proposta de plano está aberta para todos lerem. O que residentes, imigrantes e associações disserem é usado para melhorar as medidas.
plans-status-approved = Aprovado
plans-status-approved-explained = O plano foi aprovado pelos órgãos municipais e vai agora ser posto em prática.
plans-status-in_execution = Em execução
plans-status-in_execution-explained = As medidas do plano estão a ser postas em prática e acompanhadas.
plans-status-evaluated = Avaliado
plans-status-evaluated-explained = O plano terminou e os seus resultados foram avaliados.

plans-field-status = Fase
plans-field-kind = Tipo de plano
plans-field-promoter = Promotor
plans-field-period = Período
plans-municipalities-heading = Municípios
plans-municipality = Município
plans-residents = Residentes
plans-foreign-residents = Residentes estrangeiros

plans-next-heading = O que pode fazer agora
plans-next-measures = Ler as medidas propostas por área
plans-overview-measures = { $measures ->
    [one] 1 medida
   *[other] { $measures } medidas
} em { $areas ->
    [one] 1 área
   *[other] { $areas } áreas
}, { $core ->
    [one] 1 delas essencial (nível 1)
   *[other] { $core } delas essenciais (nível 1)
}
plans-next-surveys = Responder aos inquéritos e ver os resultados
plans-next-entities = Conhecer os serviços e organizações locais
plans-entity-count = { $count ->
    [one] 1 organização
   *[other] { $count } organizações
}

plans-levels-heading = O que querem dizer nível 1 e nível 2?
plans-level-1-badge = Nível 1 · essencial
plans-level-2-badge = Nível 2
plans-level-1-explained = As medidas de nível 1 são o núcleo do plano. Os municípios garantem que vão ser postas em prática.
plans-level-2-explained = As medidas de nível 2 também estão previstas, mas dependem de haver dinheiro e parceiros disponíveis.

plans-areas-title = Áreas e medidas
plans-areas-intro = O plano está organizado em áreas de intervenção. Escolha uma área para ver as suas medidas propostas.
plans-area-no-measures = Ainda não há medidas propostas nesta área.
plans-area-counts = { $measures ->
    [one] 1 medida proposta
   *[other] { $measures } medidas propostas
}, { $core ->
    [one] 1 essencial
   *[other] { $core } essenciais
}
plans-area-measures-heading = Medidas propostas

plans-measure-status-draft = Proposta
plans-measure-status-revised = Proposta revista
plans-measure-status-final = Versão final
plans-measure-summary = Em poucas palavras
plans-measure-description = O que vai ser feito
plans-measure-objectives = Objetivos
plans-measure-indicators = Como se vai medir o progresso
plans-measure-indicator = Indicador
plans-measure-target = Meta
plans-measure-timeline = Quando
plans-measure-responsible = Responsável
plans-measure-partners = Parceiros
plans-measure-no-partners = Ainda não foram indicados parceiros.
plans-measure-area = Área

plans-entities-title = Serviços e organizações locais
plans-entities-intro = As organizações identificadas no diagnóstico local: serviços públicos, escolas, unidades de saúde, associações e outras, com a ajuda que oferecem.
plans-entities-all = Todas as organizações
plans-entities-in-area = A trabalhar em: { $area }
plans-entities-filter-label = Área de trabalho
plans-entities-filter-all = Todas as áreas
plans-entities-filter-apply = Mostrar
plans-entity-services = Serviços
plans-entity-areas = Áreas de trabalho

plans-entity-kind-municipality = Município
plans-entity-kind-intermunicipal = Entidade intermunicipal
plans-entity-kind-claim = Centro Local de Apoio à Integração de Migrantes (CLAIM)
plans-entity-kind-association = Associação
plans-entity-kind-school = Escola
plans-entity-kind-health_unit = Unidade de saúde
plans-entity-kind-employer = Empregador
plans-entity-kind-employment_service = Serviço de emprego
plans-entity-kind-ngo = Organização não governamental
plans-entity-kind-parish = Junta de freguesia
plans-entity-kind-media = Comunicação social
plans-entity-kind-other = Outra
plans-timeline-heading = Como está a ser feito o plano
plans-timeline-empty = As datas do processo ainda não foram definidas.
plans-timeline-working-days = { $count ->
    [one] { $count } dia útil
   *[other] { $count } dias úteis
}
plans-timeline-done = Concluída
plans-timeline-now = A decorrer
plans-timeline-later = Ainda não começou
plans-timeline-saved = Cronograma guardado.
plans-timeline-add = Acrescentar uma fase
plans-timeline-kind = Fase
plans-timeline-starts = Primeiro dia
plans-timeline-ends = Último dia
plans-timeline-or-days = Ou a sua duração em dias úteis
plans-timeline-days-hint = Contam-se como nos prazos administrativos: os fins de semana e os feriados nacionais não contam. Deixe o último dia em branco para usar esta duração.
plans-timeline-add-submit = Acrescentar a fase
plans-timeline-remove = Remover esta fase
plans-phase-diagnosis = Diagnóstico local
plans-phase-surveys = Inquéritos
plans-phase-focus-groups = Grupos focais
plans-phase-information-sessions = Sessões de esclarecimento
plans-phase-consultation = Consulta pública da proposta de plano
plans-phase-forum = Fórum
plans-phase-approval = Aprovação
plans-phase-monitoring = Monitorização
plans-activity-title = Registo de atividade
plans-activity-link = O que foi alterado neste plano, e por quem (registo de atividade)
plans-activity-intro = Todas as alterações feitas a este plano, aos seus inquéritos, às respostas a esses inquéritos e à sua fundamentação, das mais recentes para as mais antigas. Só os facilitadores do plano e os administradores veem esta página.
plans-activity-none = Ainda nada foi alterado.
plans-activity-someone = Uma conta apagada, ou a linha de comandos do servidor
plans-activity-col-when = Quando
plans-activity-col-who = Quem
plans-activity-col-what = O quê
plans-activity-col-about = Sobre o quê
plans-activity-pages-label = Páginas do registo de atividade
plans-activity-account-deleted = Eliminação de uma conta
plans-activity-evidence-linked = Ligação de um resultado a uma medida como fundamentação
plans-activity-evidence-rationale-changed = Alteração do motivo pelo qual um resultado fundamenta uma medida
plans-activity-evidence-unlinked = Remoção da ligação entre um resultado e uma medida
plans-activity-plan-phase-added = Adição de uma fase ao cronograma
plans-activity-plan-phase-removed = Remoção de uma fase do cronograma
plans-activity-role-granted = Atribuição de uma função
plans-activity-role-revoked = Retirada de uma função
plans-activity-survey-codes-created = Criação de códigos de uso único
plans-activity-survey-created = Criação de um inquérito
plans-activity-survey-published = Publicação de um inquérito
plans-activity-survey-unpublished = Regresso de um inquérito a rascunho
plans-activity-survey-question-added = Adição de uma pergunta
plans-activity-survey-question-changed = Alteração de uma pergunta
plans-activity-survey-question-deleted = Eliminação de uma pergunta
plans-activity-survey-question-moved = Mudança de posição de uma pergunta
plans-activity-survey-section-added = Adição de uma parte
plans-activity-survey-section-renamed = Mudança do título de uma parte
plans-activity-survey-settings-changed = Alteração das definições de um inquérito
plans-activity-survey-text-hidden = Ocultação de uma resposta escrita nos resultados
plans-activity-survey-text-shown = Reposição de uma resposta escrita nos resultados
plans-activity-survey-response-corrected = Correção de uma resposta
plans-activity-survey-response-withdrawn = Retirada de uma resposta
plans-new-title = Criar um plano
plans-new-intro = Um plano novo começa em preparação, escrito numa só língua, com as 16 áreas de intervenção de um plano municipal para a integração de migrantes. Designe os seus facilitadores na página «Pessoas e funções»; são eles que escrevem o resto.
plans-new-title-label = Título do plano
plans-new-slug-hint = A última parte do endereço do plano: de 3 a 60 caracteres, letras minúsculas a–z, algarismos e hífenes, por exemplo lisboa-2026.
plans-new-municipalities-hint = Um para um plano municipal, dois ou mais para um plano intermunicipal. Mantenha premida a tecla Ctrl (ou Cmd) para escolher vários.
plans-new-lang-label = A língua própria do plano
plans-new-start = Primeiro dia do período do plano
plans-new-end = Último dia do período do plano
plans-new-submit = Criar o plano
plans-created = Plano criado. Designe os seus facilitadores na página «Pessoas e funções».
plans-activity-plan-created = Criação do plano
plans-home-search-label = Encontrar um plano
plans-home-query = Município
plans-home-district = Distrito ou região autónoma
plans-home-all-districts = Todos
plans-home-none-match = Nenhum plano corresponde a esta pesquisa.
plans-home-open-surveys = { $count ->
    [one] 1 inquérito aberto neste momento
   *[other] { $count } inquéritos abertos neste momento
}
plans-edit-title = Editar o plano
plans-edit-saved = Guardado.
plans-edit-languages = Língua dos textos
plans-edit-not-offered = (ainda não oferecida: um título torna-a uma das línguas do plano)
plans-edit-summary = Resumo
plans-edit-submit = Guardar
plans-activity-plan-changed = Alteração dos textos, da fase ou do período do plano
