## Uma mensagem por código de erro (AppError). Cada uma tem um título curto e uma explicação simples.

errors-not-found-title = Página não encontrada
errors-not-found = Não encontrámos esta página. O endereço pode estar mal escrito ou a página pode ter mudado de lugar.
errors-bad-request-title = Há algo que não está certo no pedido
errors-bad-request = A página não conseguiu perceber o que foi pedido. Verifique o endereço ou as escolhas no formulário e tente outra vez.
errors-unavailable-title = Serviço temporariamente indisponível
errors-unavailable = Neste momento a Ponte não consegue aceder aos seus dados. Não foi nada que tenha feito. Tente outra vez dentro de alguns minutos.
errors-internal-title = Algo correu mal
errors-internal = Aconteceu um erro inesperado do nosso lado. O erro ficou registado. Tente outra vez mais tarde.
errors-unauthenticated-title = Entre, por favor
errors-unauthenticated = Precisa de entrar para ver esta página.
errors-forbidden-title = Não autorizado
errors-forbidden = A sua conta não tem autorização para fazer isto.
errors-cross-site-title = Pedido recusado
errors-cross-site = Este formulário foi enviado a partir de outro sítio web e, para sua proteção, foi recusado. Abra a página neste sítio e tente outra vez.
errors-rate-limited-title = Demasiadas tentativas
errors-rate-limited = Houve demasiadas tentativas em pouco tempo. Espere 15 minutos e tente outra vez.
errors-invalid-email = Isto não parece um endereço de email. Verifique e tente outra vez, por exemplo nome@exemplo.pt.
errors-invalid-code-format = O código tem 6 algarismos. Veja o email e escreva-os outra vez.
errors-invalid-code = Este código não está certo. Veja o email e tente outra vez.
errors-invalid-link = Esta ligação ou código de entrada expirou ou já foi usado. Peça um novo.
errors-invalid-too-many-attempts = Demasiados códigos errados. Peça um novo email de entrada.
errors-invalid-too-long = Este texto é demasiado longo.
