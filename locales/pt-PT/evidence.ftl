## Evidence feature: why a measure exists, from what participation said.

evidence-heading = Porquê esta medida: o que as pessoas disseram
evidence-none = Ainda não foram ligados resultados da participação a esta medida.
evidence-unavailable = De momento não é possível mostrar a fundamentação desta medida.
evidence-from-survey = Do inquérito
evidence-used-for = Estes resultados foram usados para
evidence-link-summary = Ligar estes resultados a uma medida
evidence-measure-label = Medida
evidence-rationale-label = Porque é que estes resultados importam para a medida
evidence-rationale-hint = Palavras simples: os residentes vão ler isto na página da medida.
evidence-link-submit = Ligar
evidence-unlink = Retirar esta ligação
