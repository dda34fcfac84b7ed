# Date deschise: pagina de date (/data), pentru public și pentru dezvoltatori.
opendata-title = Date deschise
opendata-intro = Tot ce este public despre planurile găzduite aici — măsurile lor, fiecare versiune publicată și argumentele din spatele fiecărei măsuri — sub formă de date pe care oricine le poate reutiliza: locuitori, jurnaliști, cercetători și alte sisteme.
opendata-licence = Reutilizați-le liber, menționând planul și acest site ca sursă, în condițiile licenței
opendata-personal = Nu conțin nimic personal: nici nume, nici conturi, nici adrese ale persoanelor care au participat sau ale celor care gestionează planurile.
opendata-plans-heading = Datele fiecărui plan
opendata-col-plan = Plan municipal
opendata-col-plan-data = Planul, domeniile și versiunile sale
opendata-col-measures = Măsuri (ultima versiune)
opendata-col-evidence = Argumente pentru măsuri
opendata-api-heading = Pentru dezvoltatori: API-ul
opendata-api = Un API JSON doar pentru citire, versiunea 1, descris de un document OpenAPI. Fiecare răspuns arată când s-au schimbat ultima dată datele, astfel încât o copie să poată fi verificată cu costuri mici, iar orice site web îl poate citi.
opendata-openapi = Descrierea OpenAPI a API-ului
opendata-all-plans = Toate planurile, în format JSON
opendata-catalog-heading = Pentru portalurile de date deschise
opendata-catalog = Un catalog al acestor seturi de date în DCAT-AP (JSON-LD), pe care portaluri precum portalul național de date deschise îl pot prelua automat:
