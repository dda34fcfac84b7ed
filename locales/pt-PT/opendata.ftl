# Dados abertos: a página de dados (/data), para as pessoas e para quem programa.
opendata-title = Dados abertos
opendata-intro = Tudo o que é público sobre os planos aqui alojados — as medidas, cada versão publicada e as evidências por detrás de cada medida — como dados que qualquer pessoa pode reutilizar: residentes, jornalistas, investigadores e outros sistemas.
opendata-licence = Reutilize-os livremente, indicando o plano e este sítio como fonte, ao abrigo da licença
opendata-personal = Não contêm nada pessoal: nem nomes, nem contas, nem endereços de quem participou ou de quem gere os planos.
opendata-plans-heading = Os dados de cada plano
opendata-col-plan = Plano
opendata-col-plan-data = O plano, as suas áreas e versões
opendata-col-measures = Medidas (última versão)
opendata-col-evidence = Evidências das medidas
opendata-api-heading = Para quem programa: a API
opendata-api = Uma API JSON só de leitura, versão 1, descrita por um documento OpenAPI. Cada resposta diz quando mudou pela última vez, para que uma cópia se verifique com pouco custo, e qualquer sítio web a pode ler.
opendata-openapi = A descrição OpenAPI da API
opendata-all-plans = Todos os planos, em JSON
opendata-catalog-heading = Para portais de dados abertos
opendata-catalog = Um catálogo destes conjuntos de dados em DCAT-AP (JSON-LD), que portais como o portal nacional de dados abertos podem recolher:
