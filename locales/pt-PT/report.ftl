# Fechar o ciclo: como foi usada a participação, em todos os canais.
report-used-title = Como foi usada a participação
report-used-intro = O que a participação produziu, medida a medida: os resultados dos inquéritos, dos grupos focais, dos tópicos do fórum e da consulta pública que apoiam, contestam ou informam cada medida, e as respostas da equipa do plano a cada comentário e posição.
report-used-link = Como foi usada a participação: cada medida e o que a participação disse dela
report-used-answers = Respostas na consulta
report-used-decision = { $decision }: { $count }
report-used-unanswered = Ainda sem resposta: { $count }
report-used-inputs = Ler todos os comentários e posições sobre esta medida
report-used-untouched = Medidas a que a participação ainda não chegou: { $count }
