# Datos abiertos: la página de datos (/data), para las personas y para quienes desarrollan software.
opendata-title = Datos abiertos
opendata-intro = Todo lo que es público sobre los planes alojados aquí —sus medidas, cada versión publicada y la fundamentación de cada medida— como datos que cualquiera puede reutilizar: residentes, periodistas, investigadores y otros sistemas.
opendata-licence = Reutilícelos libremente, citando el plan y este sitio como fuente, conforme a la licencia
opendata-personal = No contienen nada personal: ni nombres, ni cuentas, ni direcciones de quienes participaron o de quienes gestionan los planes.
opendata-plans-heading = Los datos de cada plan
opendata-col-plan = Plan municipal
opendata-col-plan-data = El plan, sus áreas y versiones
opendata-col-measures = Medidas (última versión)
opendata-col-evidence = Fundamentación de las medidas
opendata-api-heading = Para desarrolladores: la API
opendata-api = Una API JSON de solo lectura, versión 1, descrita por un documento OpenAPI. Cada respuesta indica cuándo cambiaron los datos por última vez, para que una copia pueda comprobarse con poco coste, y cualquier sitio web puede leerla.
opendata-openapi = La descripción OpenAPI de la API
opendata-all-plans = Todos los planes, en JSON
opendata-catalog-heading = Para portales de datos abiertos
opendata-catalog = Un catálogo de estos conjuntos de datos en DCAT-AP (JSON-LD), que portales como el portal nacional de datos abiertos pueden recopilar:
