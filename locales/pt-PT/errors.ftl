## Uma mensagem por código de erro (AppError). Cada uma tem um título curto e uma explicação simples.

errors-not-found-title = Página não encontrada
errors-not-found = Não encontrámos esta página. O endereço pode estar mal escrito ou a página pode ter mudado de lugar.
errors-bad-request-title = Há algo que não está certo no pedido
errors-bad-request = A página não conseguiu perceber o que foi pedido. Verifique o endereço ou as escolhas no formulário e tente outra vez.
errors-unavailable-title = Serviço temporariamente indisponível
errors-unavailable = Neste momento a Ponte não consegue aceder aos seus dados. Não foi nada que tenha feito. Tente outra vez dentro de alguns minutos.
errors-internal-title = Algo correu mal
errors-internal = Aconteceu um erro inesperado do nosso lado. O erro ficou registado. Tente outra vez mais tarde.
