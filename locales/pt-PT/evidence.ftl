## Evidence feature: why a measure exists, from what participation said.

evidence-heading = Porquê esta medida: o que as pessoas disseram
evidence-none = Ainda não foram ligados resultados da participação a esta medida.
evidence-unavailable = De momento não é possível mostrar a fundamentação desta medida.
evidence-used-for = Evidência para estas medidas
evidence-link-summary = Ligar a uma medida como evidência
evidence-measure-label = Medida
evidence-rationale-label = Porque é que isto importa para a medida
evidence-rationale-hint = Palavras simples: os residentes vão ler isto na página da medida.
evidence-link-submit = Ligar
evidence-unlink = Retirar esta ligação
evidence-kind-survey_question = Inquéritos ({ $count })
evidence-kind-focus_group_finding = Grupos focais ({ $count })
evidence-source-survey_question = Do inquérito
evidence-source-focus_group_finding = Do grupo focal
evidence-kind-forum_outcome = Fórum ({ $count })
evidence-source-forum_outcome = Do tópico do fórum
