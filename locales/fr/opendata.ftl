# Données ouvertes : la page des données (/data), pour le public et pour les développeurs.
opendata-title = Données ouvertes
opendata-intro = Tout ce qui est public sur les plans hébergés ici — leurs mesures, chaque version publiée et la justification de chaque mesure — sous forme de données que chacun peut réutiliser : habitants, journalistes, chercheurs et autres systèmes.
opendata-licence = Réutilisez-les librement, en citant le plan et ce site comme source, sous la licence
opendata-personal = Elles ne contiennent rien de personnel : ni noms, ni comptes, ni adresses des personnes qui ont participé ou de celles qui gèrent les plans.
opendata-plans-heading = Les données de chaque plan
opendata-col-plan = Plan municipal
opendata-col-plan-data = Le plan, ses domaines et ses versions
opendata-col-measures = Mesures (dernière version)
opendata-col-evidence = Justification des mesures
opendata-api-heading = Pour les développeurs : l’API
opendata-api = Une API JSON en lecture seule, version 1, décrite par un document OpenAPI. Chaque réponse indique quand les données ont changé pour la dernière fois, ce qui permet de vérifier une copie à moindre coût, et n’importe quel site web peut la lire.
opendata-openapi = La description OpenAPI de l’API
opendata-all-plans = Tous les plans, en JSON
opendata-catalog-heading = Pour les portails de données ouvertes
opendata-catalog = Un catalogue de ces jeux de données en DCAT-AP (JSON-LD), que des portails comme le portail national de données ouvertes peuvent moissonner :
