## Funcionalidade de planos: planos, áreas, entidades e medidas propostas.

plans-home-title = Planos para a integração de migrantes
plans-home-intro = Os municípios estão a preparar os seus planos para a integração de migrantes com as pessoas que lá vivem. Leia as medidas propostas e veja quem está envolvido.
plans-home-empty = Ainda não foi publicado nenhum plano aqui.

plans-kind-municipal = Plano municipal
plans-kind-intermunicipal = Plano intermunicipal

plans-status-drafting = Em preparação
plans-status-drafting-explained = O município está a escrever a proposta de plano. As medidas propostas ainda podem mudar muito.
plans-status-consultation = Em consulta pública
plans-status-consultation-explained = A proposta de plano está aberta para todos lerem. O que residentes, imigrantes e associações disserem é usado para melhorar as medidas.
plans-status-approved = Aprovado
plans-status-approved-explained = O plano foi aprovado pelos órgãos municipais e vai agora ser posto em prática.
plans-status-monitoring = Em execução
plans-status-monitoring-explained = As medidas do plano estão a ser postas em prática e acompanhadas.

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
plans-activity-times = As horas indicadas são a hora local do plano: { $zone }.
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
plans-activity-plan-measure-drafted = Adição de uma medida à proposta
plans-activity-plan-measure-changed = Alteração de uma medida da proposta
plans-activity-plan-measure-draft-deleted = Eliminação de uma medida da proposta
plans-activity-plan-version-published = Publicação de uma versão da proposta
plans-measure-version = Versão { $number } da proposta, publicada em { $date }.
plans-measure-changes-link = O que mudou
plans-versions-link = Todas as versões da proposta
plans-version-published = Versão { $number } de { $date }
plans-draft-title = Medidas da proposta
plans-draft-intro = Escreva e reveja aqui as medidas do plano. Ninguém vê as suas alterações até publicar uma nova versão da proposta; as versões anteriores continuam disponíveis para leitura, com o que mudou.
plans-draft-published = A versão { $number } está publicada: as páginas públicas já a mostram.
plans-draft-deleted = A medida da proposta foi eliminada.
plans-draft-none-published = Ainda não foi publicada nenhuma versão da proposta.
plans-draft-missing = { $count ->
    [one] 1 texto ainda por traduzir
   *[other] { $count } textos ainda por traduzir
}
plans-draft-list = As medidas da proposta de plano
plans-draft-empty = Ainda não há medidas: acrescente a primeira abaixo.
plans-draft-col-code = Código
plans-draft-col-measure = Medida
plans-draft-col-area = Área
plans-draft-col-level = Nível
plans-draft-col-state = Estado
plans-draft-state-new = Ainda não publicada
plans-draft-state-changed = Alterada desde a última versão
plans-draft-state-published = Tal como foi publicada
plans-draft-new = Nova medida
plans-draft-new-title = Título, na língua própria do plano
plans-draft-code = Código
plans-draft-code-hint = Deixe em branco para receber o código seguinte, por exemplo { $example }.
plans-draft-new-submit = Acrescentar a medida
plans-draft-publish = Publicar a versão { $number }
plans-draft-unpublished = { $count ->
    [one] 1 medida é nova ou foi alterada desde a última versão.
   *[other] { $count } medidas são novas ou foram alteradas desde a última versão.
}
plans-draft-note = O que mudou (nota de alteração)
plans-draft-note-hint = Todos a leem na lista de versões.
plans-draft-publish-submit = Publicar esta versão
plans-draft-edit-title = Editar a medida { $code }
plans-draft-see-public = Ler a medida publicada
plans-draft-source = Em { $language }:
plans-draft-shared = Em todas as línguas
plans-draft-texts-in = Textos em { $language }
plans-draft-starts = Começa em
plans-draft-ends = Termina em
plans-draft-no-entity = Ainda nenhuma
plans-draft-objective = Objetivo { $number }
plans-draft-objective-new = Novo objetivo
plans-draft-indicator = Indicador { $number }
plans-draft-indicator-new = Novo indicador
plans-draft-indicator-new-target = Meta do novo indicador
plans-draft-remove-item = Remover
plans-draft-delete = Eliminar esta medida da proposta
plans-draft-delete-explained = Nunca foi publicada, por isso mais ninguém a leu. Esta ação não pode ser desfeita.
plans-draft-delete-confirm = Sim, eliminar
plans-versions-title = Versões da proposta
plans-versions-intro = Cada versão guardou todas as medidas tal como estavam nesse momento. Abra uma versão para a ler, ou as alterações de uma medida para ver o que foi reformulado, acrescentado e removido.
plans-version-measures = { $count ->
    [one] Ler a 1 medida desta versão
   *[other] Ler as { $count } medidas desta versão
}
plans-version-added = Nova nesta versão
plans-version-changed = Alterada nesta versão
plans-version-older = Esta é uma versão anterior: o plano mudou desde então.
plans-version-read-current = Ler a versão atual
plans-version-changes-from = O que mudou desde a versão { $number }
plans-version-number = Versão { $number }
plans-diff-title = Alterações à medida { $code }
plans-diff-only-one = Esta medida só tem uma versão até agora.
plans-diff-between = Da versão { $from } à versão { $to }. As palavras removidas aparecem riscadas; as palavras acrescentadas aparecem sublinhadas.
plans-diff-none = Nada mudou entre estas versões.
plans-diff-unchanged = Sem alterações:
plans-diff-removed = removido:
plans-diff-added = acrescentado:
plans-diff-choose = Escolha as versões a comparar
plans-diff-from = De
plans-diff-to = Para
plans-diff-compare = Comparar
plans-diff-field-code = Código
plans-diff-field-area = Área
plans-diff-field-level = Nível
plans-diff-field-title = Título
plans-diff-field-summary = Resumo
plans-diff-field-description = Descrição
plans-diff-field-objectives = Objetivos
plans-diff-field-indicators = Indicadores e metas
plans-diff-field-timeline = Calendarização
plans-diff-field-dates = Datas
plans-diff-field-responsible = Entidade responsável
plans-diff-field-partners = Entidades parceiras
plans-activity-plan-entity-added = Adição de uma entidade ao diagnóstico
plans-activity-plan-entity-changed = Alteração de uma entidade do diagnóstico
plans-activity-plan-entity-removed = Remoção de uma entidade do diagnóstico
plans-activity-plan-entities-imported = Importação de entidades a partir de uma folha de cálculo
plans-diagnosis-title = Diagnóstico local: entidades
plans-diagnosis-intro = Os serviços, as associações e as outras entidades que trabalham com migrantes neste território. As medidas da proposta indicam-nas como entidades responsáveis ou parceiras.
plans-diagnosis-public-link = Ver o diretório público
plans-diagnosis-list = As entidades do plano
plans-diagnosis-empty = Ainda não há entidades: acrescente-as uma a uma ou importe uma folha de cálculo.
plans-diagnosis-col-name = Nome
plans-diagnosis-col-kind = Tipo
plans-diagnosis-col-municipality = Concelho
plans-diagnosis-col-used = Indicada em
plans-diagnosis-col-line = Linha
plans-diagnosis-col-areas = Áreas
plans-diagnosis-col-state = Problemas
plans-diagnosis-used = { $count ->
    [one] { $count } medida da proposta
   *[other] { $count } medidas da proposta
}
plans-diagnosis-imported = { $count ->
    [one] Foi importada { $count } entidade
   *[other] Foram importadas { $count } entidades
} (linhas com problemas deixadas de fora: { $skipped }).
plans-diagnosis-removed = A entidade foi removida.
plans-diagnosis-add = Acrescentar uma entidade
plans-diagnosis-name = Nome
plans-diagnosis-add-submit = Acrescentar a entidade
plans-diagnosis-import = Importar de uma folha de cálculo
plans-diagnosis-import-intro = Carregue um ficheiro CSV (no Excel: «Guardar como» e depois «CSV UTF-8» ou «CSV (separado por vírgulas)»). Poderá ver todas as linhas antes de qualquer dado ser guardado.
plans-diagnosis-import-columns = A primeira linha indica os nomes das colunas: Nome (obrigatória), Tipo, Concelho, Áreas, Serviços, Descrição, Site, Email, Telefone, Morada. Separe várias áreas ou serviços com |.
plans-diagnosis-import-file = Ficheiro CSV (até 1 MB)
plans-diagnosis-import-submit = Carregar e pré-visualizar
plans-diagnosis-areas = Áreas de intervenção
plans-diagnosis-website = Site
plans-diagnosis-email = Endereço de email público
plans-diagnosis-phone = Telefone público
plans-diagnosis-address = Morada
plans-diagnosis-description = Descrição
plans-diagnosis-services-hint = Um serviço por linha.
plans-diagnosis-in-use = Não é possível remover esta entidade: há medidas da proposta que a indicam ({ $measures }).
plans-diagnosis-remove = Remover esta entidade
plans-diagnosis-remove-explained = A entidade sai do diagnóstico e do diretório público. Esta ação não pode ser anulada.
plans-diagnosis-preview-title = Verificar a importação
plans-diagnosis-preview-read = Ficheiro { $file }, lido como { $encoding }, com as colunas separadas por «{ $separator }».
plans-diagnosis-preview-summary = { $count ->
    [one] { $count } linha está pronta a importar
   *[other] { $count } linhas estão prontas a importar
}; as linhas com problemas ({ $skipped }) ficam de fora. Nada é guardado até confirmar.
plans-diagnosis-preview-ignored = Colunas não lidas:
plans-diagnosis-preview-rows = As linhas do ficheiro
plans-diagnosis-preview-ok = Pronta
plans-diagnosis-preview-confirm = { $count ->
    [one] Importar { $count } entidade
   *[other] Importar { $count } entidades
}
plans-diagnosis-preview-discard = Descartar este ficheiro
plans-entity-website = Site
plans-entity-email = Correio eletrónico
plans-entity-phone = Telefone
plans-entity-address = Morada
plans-status-diagnosis = Diagnóstico local
plans-status-diagnosis-explained = O município está a conhecer quem vive aqui e que serviços existem, através de inquéritos e reuniões, antes de escrever as medidas.
plans-field-time-zone = Fuso horário
plans-time-zone-mainland = Portugal continental (hora de Lisboa)
plans-time-zone-madeira = Região Autónoma da Madeira
plans-time-zone-azores = Região Autónoma dos Açores
plans-field-contact = Contacto
plans-edit-contact-email = Endereço de email público para contacto
plans-edit-contact-phone = Número de telefone público para contacto
plans-activity-plan-area-changed = Mudança de nome, ocultação ou reposição de uma área
plans-activity-plan-area-added = Adição de uma área
plans-activity-plan-area-moved = Mudança de posição de uma área
plans-areas-edit-title = Áreas do plano
plans-areas-edit-intro = Um plano novo começa com as 16 áreas do modelo PMIM. Mude-lhes o nome, acrescente as suas, ponha-as pela ordem que quiser e oculte as que o plano não usa.
plans-areas-edit-public = Ver as áreas tal como o público as vê
plans-areas-edit-in-use = { $count ->
    [one] Esta área tem { $count } medida da proposta.
   *[other] Esta área tem { $count } medidas da proposta.
}
plans-areas-edit-hidden = Ocultar esta área nas páginas públicas
plans-areas-edit-up = Subir
plans-areas-edit-down = Descer
plans-areas-edit-add = Acrescentar uma área
plans-areas-edit-add-submit = Acrescentar a área
plans-home-pages-label = Páginas da lista de planos
plans-holidays-heading = Feriados municipais
plans-holidays-intro = Cada município pode ter o seu feriado. O feriado do primeiro município é um dia de encerramento quando o plano conta prazos em dias úteis.
plans-holidays-submit = Guardar os feriados
plans-holiday-label = Feriado municipal
plans-holiday-none = Nenhum
plans-holiday-ascension = Quinta-feira da Ascensão (39 dias depois da Páscoa)
plans-holiday-date = Numa data
plans-holiday-date-label = Dia e mês do feriado
plans-holiday-date-hint = Só para um feriado numa data: dia e mês, por exemplo 13-06 para 13 de junho.
plans-next-consultations = Consultas públicas: comente o projeto de plano
plans-activity-plan-holidays-changed = Alteração dos feriados municipais
plans-activity-consultation-opened = Abertura de uma consulta pública
plans-activity-moderation-hidden = Contributo ocultado pela moderação
plans-activity-moderation-removed = Contributo removido pela moderação
plans-activity-moderation-restored = Contributo reposto pela moderação
plans-activity-consultation-comment-entered = Registo de um comentário recebido fora do site
plans-activity-consultation-input-answered = Resposta a um contributo de uma consulta
plans-activity-consultation-report-published = Publicação do relatório de uma consulta
plans-next-focus-groups = Grupos focais: inscreva-se numa sessão
plans-next-forum = Fórum: converse sobre o plano
plans-activity-focus-group-created = Criação de um grupo focal
plans-activity-focus-group-registration-entered = Inscrição num grupo focal feita em nome de outra pessoa
plans-activity-focus-group-slot-proposed = Horário proposto na sondagem de datas de um grupo focal
plans-activity-focus-group-time-fixed = Data de um grupo focal marcada
plans-activity-focus-group-checked-in = Presença registada num grupo focal
plans-activity-focus-group-check-in-undone = Presença num grupo focal anulada
plans-activity-focus-group-changed = Sessão de grupo focal alterada
plans-activity-focus-group-called-off = Sessão de grupo focal cancelada
plans-activity-focus-group-minutes-saved = Ata de um grupo focal escrita ou alterada
plans-activity-focus-group-finding-added = Conclusão acrescentada a um grupo focal
plans-activity-focus-group-finding-changed = Conclusão de um grupo focal traduzida ou corrigida
plans-activity-focus-group-finding-removed = Conclusão de um grupo focal retirada
plans-activity-focus-group-findings-published = Ata e conclusões de um grupo focal publicadas
plans-activity-focus-group-findings-withdrawn = Ata e conclusões de um grupo focal retiradas da vista pública
plans-activity-moderation-locked = Um tópico do fórum bloqueado pela moderação
plans-activity-moderation-unlocked = Um tópico do fórum desbloqueado pela moderação
plans-activity-moderation-pinned = Um tópico do fórum fixado no topo pela moderação
plans-activity-moderation-unpinned = Um tópico do fórum retirado do topo pela moderação
plans-activity-moderation-closed = Um tópico do fórum encerrado com uma conclusão
plans-activity-forum-outcome-written = Conclusão de um tópico do fórum escrita ou traduzida
plans-activity-plan-population-added = Acrescentou um grupo à população de referência
plans-activity-plan-population-changed = Alterou um grupo da população de referência
plans-activity-plan-population-removed = Removeu um grupo da população de referência
plans-activity-plan-indicator-figures-set = Definiu o valor inicial e a meta de um indicador
plans-activity-plan-progress-reported = Registou o progresso de uma medida
plans-activity-plan-progress-removed = Removeu um relatório de progresso
plans-draft-state-withdrawing = Retirada da próxima versão
plans-draft-state-withdrawn = Retirada
plans-draft-withdraw = Retirar esta medida
plans-draft-withdraw-explained = A próxima versão que publicar deixa esta medida de fora. A página da medida continua pública, com o último texto, os comentários e as evidências, para que todos vejam o que lhe aconteceu. Até publicar, pode voltar a incluí-la.
plans-draft-withdraw-reason = Porque é retirada (opcional; aparece na página da medida)
plans-draft-withdraw-confirm = Retirar da próxima versão
plans-draft-withdrawn-notice = A medida vai ficar de fora da próxima versão.
plans-draft-restored-notice = A medida voltou a fazer parte da próxima versão.
plans-draft-restore-heading = Medida retirada
plans-draft-restore-explained = Esta medida fica de fora da próxima versão, ou uma versão publicada já a deixou de fora. Se a voltar a incluir, a próxima versão que publicar inclui-a de novo.
plans-draft-restore = Voltar a incluir no plano
plans-version-withdrawn = Retiradas nesta versão
plans-measure-status-withdrawn = Retirada
plans-measure-withdrawn = A versão { $number } da proposta retirou esta medida do plano. O último texto continua aqui, com o que as pessoas disseram sobre ela.
plans-measure-withdrawn-reason = Motivo:
plans-measure-withdrawn-last = Ler na última versão que a incluía
plans-activity-plan-measure-withdrawn = Retirou uma medida da próxima versão
plans-activity-plan-measure-restored = Voltou a incluir uma medida retirada no plano
