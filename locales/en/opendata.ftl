# Open data: the data page (/data), for people and for developers.
opendata-title = Open data
opendata-intro = Everything public about the plans hosted here — their measures, every published version and the evidence behind each measure — as data anyone may reuse: residents, journalists, researchers and other systems.
opendata-licence = Reuse it freely, naming the plan and this site as the source, under the licence
opendata-personal = There is nothing personal in it: no names, accounts or addresses of the people who took part or of those who run the plans.
opendata-plans-heading = Each plan's data
opendata-col-plan = Plan
opendata-col-plan-data = The plan, its areas and versions
opendata-col-measures = Measures (latest version)
opendata-col-evidence = Evidence for the measures
opendata-api-heading = For developers: the API
opendata-api = A read-only JSON API, version 1, described by an OpenAPI document. Every answer says when it last changed, so a copy can be checked cheaply, and any website may read it.
opendata-openapi = The OpenAPI description of the API
opendata-all-plans = Every plan, as JSON
opendata-catalog-heading = For open-data portals
opendata-catalog = A catalogue of these datasets in DCAT-AP (JSON-LD), which portals such as the national open-data portal can harvest:
