//! Open data (issue 15, item 5): the read-only API under `/api/v1`. Every JSON document it
//! serves validates against the OpenAPI document it serves (a schema validator reads the
//! document's own response schemas); the CSV downloads say the same as the JSON; answers carry
//! validators and a 304 comes back for a current copy; any site may GET (CORS), none may write;
//! errors are JSON with their translated message; nothing personal is in it. Portals harvest a
//! DCAT-AP catalogue (JSON-LD), which the data page carries too.

use std::collections::BTreeSet;

use ponte_app::entity::plan_areas;
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};
use serde_json::Value;

use crate::surveys::PLAN;

/// GET with `headers`: status, headers and body.
async fn fetch(app: &TestApp, path: &str, headers: &[(&str, &str)]) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let mut req = reqwest::Client::new().get(app.url(path));
    for (k, v) in headers {
        req = req.header(*k, *v);
    }
    let res = req.send().await.expect("get");
    let (status, headers) = (res.status().as_u16(), res.headers().clone());
    (status, headers, res.bytes().await.expect("body").to_vec())
}

async fn document(app: &TestApp, path: &str) -> Value {
    let (status, headers, body) = fetch(app, path, &[]).await;
    assert_eq!(status, 200, "{path}: {}", String::from_utf8_lossy(&body));
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/json"), "{path}");
    serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A validator for the schema at `pointer` of the OpenAPI document `openapi`, its `$ref`s
/// resolved inside the document.
fn validator(openapi: &Value, pointer: &str) -> jsonschema::Validator {
    let mut root = openapi.clone();
    root["$ref"] = Value::from(format!("#{pointer}"));
    root["$schema"] = Value::from("https://json-schema.org/draft/2020-12/schema");
    jsonschema::validator_for(&root).unwrap_or_else(|e| panic!("{pointer}: {e}"))
}

fn assert_valid(validator: &jsonschema::Validator, value: &Value, what: &str) {
    let errors: Vec<String> = validator.iter_errors(value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "{what} does not match its schema:\n{}", errors.join("\n"));
}

async fn every_document_validates_against_the_openapi_document(app: &TestApp) {
    let openapi = document(app, "/api/v1/openapi.json").await;
    assert_eq!(openapi["openapi"], "3.1.0");
    let paths = openapi["paths"].as_object().expect("paths");
    let mut checked = 0;
    for (template, item) in paths {
        let Some(schema) = item["get"]["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].as_str() else {
            continue;
        };
        let path = template.replace("{plan}", PLAN);
        let body = document(app, &path).await;
        let pointer = schema.trim_start_matches('#');
        assert_valid(&validator(&openapi, pointer), &body, &path);
        // The schemas are strict: a field the document does not name fails.
        let mut extra = body.clone();
        extra["unexpected"] = Value::from(1);
        assert!(!validator(&openapi, pointer).is_valid(&extra), "{path}: the schema would take anything");
        checked += 1;
    }
    assert_eq!(checked, 10, "index, plans, plan, measures, evidence, entities, surveys, inputs, findings, progress");
    // The demo's data is really there, not empty lists that match any schema.
    let plans = document(app, "/api/v1/plans").await;
    assert!(plans["plans"].as_array().is_some_and(|p| p.iter().any(|p| p["slug"] == PLAN)));
    assert_eq!(plans["licence"]["id"], "CC-BY-4.0");
    let plan = document(app, &format!("/api/v1/plans/{PLAN}")).await;
    assert!(plan["areas"].as_array().is_some_and(|a| a.len() >= 10) && plan["versions"].as_array().is_some_and(|v| v.len() >= 2), "{plan}");
    assert_eq!(plan["municipalities"][0]["name"], "Ribeira do Lírio");
    let measures = document(app, &format!("/api/v1/plans/{PLAN}/measures")).await;
    let latest = plan["versions"].as_array().and_then(|v| v.last()).map(|v| v["number"].clone());
    assert_eq!(Some(measures["version"].clone()), latest, "the latest version by default");
    assert!(measures["measures"].as_array().is_some_and(|m| m.iter().any(|m| m["code"] == "VL-LIN-03")));
    let evidence = document(app, &format!("/api/v1/plans/{PLAN}/evidence")).await;
    let kinds: BTreeSet<String> = evidence["links"].as_array().expect("links").iter().filter_map(|l| l["kind"].as_str().map(str::to_owned)).collect();
    assert!(kinds.contains("consultation_comment") && kinds.contains("association_position"), "{kinds:?}");
    // An earlier version on request; an unknown one is a JSON 404 that matches its schema too.
    let first = document(app, &format!("/api/v1/plans/{PLAN}/measures?version=1")).await;
    assert_eq!(first["version"], 1);
    let error = validator(&openapi, "/components/schemas/Error");
    for (path, status, message) in [
        (format!("/api/v1/plans/{PLAN}/measures?version=99"), 404, "We could not find this page"),
        ("/api/v1/plans/no-such-plan".to_owned(), 404, "We could not find this page"),
        (format!("/api/v1/plans/{PLAN}/measures?version=two"), 422, "has not been published"),
        ("/api/v2/plans".to_owned(), 404, "Use version 1, at /api/v1"),
        ("/api/v0".to_owned(), 404, "Use version 1, at /api/v1"),
        ("/api/v1/no-such-list".to_owned(), 404, "We could not find this page"),
    ] {
        let (got, headers, body) = fetch(app, &path, &[("accept-language", "en")]).await;
        assert_eq!(got, status, "{path}");
        assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/json"), "{path}");
        let body: Value = serde_json::from_slice(&body).expect("JSON error");
        assert_valid(&error, &body, &path);
        assert!(body["message"].as_str().is_some_and(|m| m.contains(message)), "{path}: {body}");
    }
    // Nothing personal: the facilitator who linked, their account, their address.
    let raw = serde_json::to_string(&evidence).expect("json");
    assert!(!raw.contains("@") && !raw.contains("created_by") && !raw.contains("user"), "{raw}");
}

/// The CSV's records, past the byte order mark and the header, as (column → cell) maps.
fn records(body: &[u8]) -> Vec<std::collections::HashMap<String, String>> {
    let text = std::str::from_utf8(body).expect("UTF-8");
    let text = text.strip_prefix('\u{feff}').expect("a byte order mark for spreadsheets");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_owned).collect();
    reader.records().map(|r| header.iter().cloned().zip(r.expect("record").iter().map(str::to_owned)).collect()).collect()
}

async fn the_csv_downloads_say_what_the_json_says(app: &TestApp) {
    let measures = document(app, &format!("/api/v1/plans/{PLAN}/measures")).await;
    let from_json: BTreeSet<(String, String, String)> = measures["measures"]
        .as_array()
        .expect("measures")
        .iter()
        .flat_map(|m| {
            let code = m["code"].as_str().unwrap_or_default().to_owned();
            m["title"].as_object().expect("title").iter().map(move |(lang, t)| (code.clone(), lang.clone(), t.as_str().unwrap_or_default().to_owned())).collect::<Vec<_>>()
        })
        .collect();
    let (status, headers, body) = fetch(app, &format!("/api/v1/plans/{PLAN}/measures.csv"), &[]).await;
    assert_eq!(status, 200);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("text/csv; charset=utf-8"));
    let rows = records(&body);
    let from_csv: BTreeSet<(String, String, String)> = rows.iter().map(|r| (r["code"].clone(), r["language"].clone(), r["title"].clone())).collect();
    assert!(from_json.len() > 10);
    assert_eq!(from_csv, from_json, "one row per measure and language, the same titles");
    let version = measures["version"].to_string();
    assert!(rows.iter().all(|r| r["version"] == version), "every row names the version");

    let evidence = document(app, &format!("/api/v1/plans/{PLAN}/evidence")).await;
    let from_json: BTreeSet<(String, String, String, String)> = evidence["links"]
        .as_array()
        .expect("links")
        .iter()
        .map(|l| [&l["measure"], &l["kind"], &l["outcome"], &l["stance"]].map(|v| v.as_str().unwrap_or_default().to_owned()).into())
        .collect();
    let (_, _, body) = fetch(app, &format!("/api/v1/plans/{PLAN}/evidence.csv"), &[]).await;
    let from_csv: BTreeSet<(String, String, String, String)> = records(&body).iter().map(|r| (r["measure"].clone(), r["kind"].clone(), r["outcome"].clone(), r["stance"].clone())).collect();
    assert_eq!(from_csv, from_json);
    let (_, _, body) = fetch(app, "/api/v1/plans.csv", &[]).await;
    assert!(records(&body).iter().any(|r| r["plan"] == PLAN && r["language"] == "pt-PT" && r["municipalities"].contains("Ribeira do Lírio")));
}

async fn copies_are_revalidated_and_any_site_may_read_but_none_may_write(app: &TestApp) {
    let path = format!("/api/v1/plans/{PLAN}");
    let (_, headers, body) = fetch(app, &path, &[]).await;
    let tag = headers.get("etag").and_then(|v| v.to_str().ok()).expect("an ETag").to_owned();
    let modified = headers.get("last-modified").and_then(|v| v.to_str().ok()).expect("Last-Modified").to_owned();
    assert!(tag.starts_with("W/\""), "weak: the same body is sent compressed or not");
    assert_eq!(headers.get("link").and_then(|v| v.to_str().ok()), Some("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\""));
    // The client's copy is current: 304, no body.
    let (status, _, empty) = fetch(app, &path, &[("if-none-match", &tag)]).await;
    assert_eq!((status, empty.len()), (304, 0));
    let (status, _, _) = fetch(app, &path, &[("if-modified-since", &modified)]).await;
    assert_eq!(status, 304);
    // The plan changes: a new tag, and the old copy is sent again in full.
    let area = plan_areas::Entity::find().one(&app.db).await.expect("q").expect("an area");
    let mut renamed: plan_areas::ActiveModel = area.into();
    renamed.name_i18n = Set(r#"{"pt-PT":"Área renomeada"}"#.to_owned());
    renamed.update(&app.db).await.expect("rename");
    let (status, headers, again) = fetch(app, &path, &[("if-none-match", &tag)]).await;
    assert_eq!(status, 200);
    assert_ne!(headers.get("etag").and_then(|v| v.to_str().ok()), Some(tag.as_str()));
    assert_ne!(again, body);
    // Compressed as a browser asks, the same document.
    let (_, headers, gzipped) = fetch(app, &path, &[("accept-encoding", "gzip")]).await;
    assert_eq!(headers.get("content-encoding").and_then(|v| v.to_str().ok()), Some("gzip"));
    let mut plain = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&gzipped[..]), &mut plain).expect("gunzip");
    assert_eq!(plain, again);

    // Any site may read, with the validators visible to its scripts.
    let (_, headers, _) = fetch(app, &path, &[("origin", "https://dados.example.org")]).await;
    assert_eq!(headers.get("access-control-allow-origin").and_then(|v| v.to_str().ok()), Some("*"));
    let exposed = headers.get("access-control-expose-headers").and_then(|v| v.to_str().ok()).unwrap_or_default().to_lowercase();
    assert!(exposed.contains("etag") && exposed.contains("last-modified"), "{exposed}");
    let preflight = reqwest::Client::new()
        .request(reqwest::Method::OPTIONS, app.url(&path))
        .header("origin", "https://dados.example.org")
        .header("access-control-request-method", "GET")
        .header("access-control-request-headers", "if-none-match")
        .send()
        .await
        .expect("preflight");
    assert!(preflight.status().is_success(), "{}", preflight.status());
    let methods = preflight.headers().get("access-control-allow-methods").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(methods.contains("GET") && !methods.contains("POST"), "{methods}");
    // Nobody writes through it.
    let post = reqwest::Client::new().post(app.url("/api/v1/plans")).header("origin", &app.base).body("{}").send().await.expect("post");
    assert_eq!(post.status(), 405);
}

/// The path of an absolute URL of this site.
fn path_of(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    rest.find('/').map_or("/".to_owned(), |i| rest[i..].to_owned())
}

async fn portals_harvest_a_dcat_catalogue_and_people_read_the_data_page(app: &TestApp) {
    use ponte_app::entity::plans;
    // A hostile title must not end the page's JSON-LD script early.
    let plan = plans::Entity::find().one(&app.db).await.expect("q").expect("a plan");
    let slug = plan.slug.clone();
    let mut hostile: plans::ActiveModel = plan.into();
    hostile.title_i18n = Set(r#"{"pt-PT":"Plano </script><script>alert(1)</script> & <!-- x"}"#.to_owned());
    hostile.update(&app.db).await.expect("update");

    let (status, headers, body) = fetch(app, "/api/v1/catalog.jsonld", &[]).await;
    assert_eq!(status, 200);
    assert_eq!(headers.get("content-type").and_then(|v| v.to_str().ok()), Some("application/ld+json"));
    let catalog: Value = serde_json::from_slice(&body).expect("JSON-LD");
    assert_eq!(catalog["@type"], "dcat:Catalog");
    assert_eq!(catalog["@context"]["dcat"], "http://www.w3.org/ns/dcat#");
    assert_eq!(catalog["dct:license"]["@id"], "https://creativecommons.org/licenses/by/4.0/");
    let datasets = catalog["dcat:dataset"].as_array().expect("datasets");
    let demo = datasets.iter().find(|d| d["dct:identifier"] == PLAN).expect("the demo plan's dataset");
    assert!(demo["dct:title"].as_array().is_some_and(|t| t.iter().any(|t| t["@language"] == "pt-PT")), "titles tagged with their language");
    assert_eq!(demo["dct:temporal"]["dcat:startDate"], "2026-01-01");
    assert!(demo["dct:modified"]["@value"].as_str().is_some_and(|m| m.starts_with("20")));
    assert!(demo["dct:spatial"].as_array().is_some_and(|s| s.iter().any(|p| p["skos:prefLabel"] == "Ribeira do Lírio")));
    // One page (three plans): no next page; past it, a JSON 404 in the reader's language.
    assert_eq!(catalog["hydra:view"]["hydra:totalItems"], datasets.len());
    assert!(catalog["hydra:view"].get("hydra:next").is_none());
    for path in ["/api/v1/catalog.jsonld?page=2", "/api/v1/catalog.jsonld?page=two"] {
        let (status, _, body) = fetch(app, path, &[("accept-language", "pt-PT")]).await;
        let body: Value = serde_json::from_slice(&body).expect("JSON error");
        assert_eq!((status, body["error"].as_str()), (404, Some("errors-not-found")), "{path}: {body}");
    }
    // Every distribution is there to download, in the format it says.
    let distributions = demo["dcat:distribution"].as_array().expect("distributions");
    assert_eq!(distributions.len(), 15, "the plan, then measures, evidence, entities, surveys, inputs, findings and progress as JSON and CSV");
    for d in distributions {
        let url = d["dcat:downloadURL"]["@id"].as_str().expect("download URL");
        assert!(url.starts_with("http"), "absolute: {url}");
        let (status, headers, _) = fetch(app, &path_of(url), &[]).await;
        assert_eq!(status, 200, "{url}");
        let media = d["dcat:mediaType"]["@id"].as_str().expect("media type").rsplit("media-types/").next().unwrap_or_default().to_owned();
        assert!(headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|c| c.starts_with(&media)), "{url}: {media}");
    }

    // The data page: each plan's downloads, the licence, and the same catalogue for portals.
    let (status, html) = crate::surveys::page(app, &app.client(), "/data").await;
    assert_eq!(status, 200);
    assert_eq!(crate::text(&html, "h1"), "Open data");
    assert_eq!(crate::attr(&html, "a[rel=license]", "href").as_deref(), Some("https://creativecommons.org/licenses/by/4.0/"));
    assert!(crate::attr(&html, &format!("a[href='/api/v1/plans/{PLAN}/measures.csv']"), "type").is_some());
    let doc = scraper::Html::parse_document(&html);
    let scripts: Vec<String> = doc.select(&scraper::Selector::parse("script[type='application/ld+json']").expect("selector")).map(|e| e.text().collect::<String>()).collect();
    assert_eq!(scripts.len(), 1, "one JSON-LD block");
    let embedded: Value = serde_json::from_str(&scripts[0]).expect("the page's JSON-LD parses");
    assert!(embedded["dcat:dataset"] == catalog["dcat:dataset"], "the page carries the same catalogue as the API");
    assert!(!html.contains("<script>alert(1)"), "the hostile title stayed inside its string");
    let titles = embedded["dcat:dataset"].as_array().expect("datasets").iter().find(|d| d["dct:identifier"] == slug).map(|d| d["dct:title"].to_string()).unwrap_or_default();
    assert!(titles.contains("</script><script>alert(1)</script>"), "and reads as typed: {titles}");
    // Linked from every page's footer.
    let (_, home) = crate::surveys::page(app, &app.client(), "/").await;
    assert!(home.contains("href=\"/data\""));
}

/// The participation outcomes: the entities, survey results with every small group hidden,
/// every consultation input with its answer but without a person's name, and the findings.
async fn the_outcomes_of_participation_are_open_data_without_anyone_named(app: &TestApp) {
    let entities = document(app, &format!("/api/v1/plans/{PLAN}/entities")).await;
    let claim = entities["entities"].as_array().expect("entities").iter().find(|e| e["slug"] == "claim-vale-do-lirio").expect("the CLAIM").clone();
    assert_eq!(claim["kind"], "claim");
    assert!(claim["areas"].as_array().is_some_and(|a| !a.is_empty()), "{claim}");

    // Survey results: counts as the public results page shows them, never a group below 5.
    let surveys = document(app, &format!("/api/v1/plans/{PLAN}/surveys")).await;
    assert_eq!(surveys["minimum_group"], 5);
    let all: Vec<&Value> = surveys["surveys"].as_array().expect("surveys").iter().collect();
    assert!(!all.is_empty(), "the demo survey publishes its results");
    let mut shown = 0;
    let mut hidden = 0;
    for survey in &all {
        assert!(survey["responses"].as_u64().is_some_and(|n| n >= 5), "{}", survey["slug"]);
        for q in survey["questions"].as_array().expect("questions") {
            for c in q["counts"].as_array().expect("counts") {
                match c["count"].as_u64() {
                    Some(n) => {
                        assert!(n >= 5, "a group of {n} published: {q}");
                        shown += 1;
                    }
                    None => hidden += 1,
                }
            }
        }
    }
    assert!(shown > 0 && hidden > 0, "published counts ({shown}) and hidden small groups ({hidden})");

    // Inputs: every visible comment, reply and position with its answer, as the consultation's
    // own download has them, but no one's name.
    let inputs = document(app, &format!("/api/v1/plans/{PLAN}/inputs")).await;
    let consultation = inputs["consultations"][0]["slug"].as_str().expect("a consultation").to_owned();
    let export = document_of(app, &format!("/plans/{PLAN}/consultations/{consultation}/export.json")).await;
    let exported = export["inputs"].as_array().expect("exported");
    let listed = inputs["inputs"].as_array().expect("inputs");
    let keys = |items: &[Value]| items.iter().map(|i| (i["kind"].as_str().unwrap_or_default().to_owned(), i["id"].as_i64().unwrap_or_default(), i["decision"].as_str().unwrap_or_default().to_owned())).collect::<BTreeSet<_>>();
    assert_eq!(keys(listed), keys(exported), "the same inputs with the same answers");
    assert!(listed.iter().any(|i| i["decision"] != ""), "answers are there");
    let names: BTreeSet<String> = exported.iter().filter(|i| i["author_kind"] == "name" || i["author_kind"] == "offline").filter_map(|i| i["author"].as_str().filter(|a| !a.is_empty()).map(str::to_owned)).collect();
    assert!(!names.is_empty(), "the download names some people");
    let raw = serde_json::to_string(&inputs).expect("json");
    for name in &names {
        assert!(!raw.contains(&format!("\"{name}\"")), "{name} is named in the API");
    }
    assert!(listed.iter().filter(|i| i["author_kind"] == "person").all(|i| i["author"].is_null()));
    assert!(listed.iter().any(|i| i["author_kind"] == "entity" && i["author"].is_string()), "an entity's position names the entity");

    // Findings: the published ones, keyed as evidence names them.
    let findings = document(app, &format!("/api/v1/plans/{PLAN}/findings")).await;
    let evidence = document(app, &format!("/api/v1/plans/{PLAN}/evidence")).await;
    let ids: BTreeSet<String> = findings["findings"].as_array().expect("findings").iter().map(|f| f["id"].to_string()).collect();
    assert!(!ids.is_empty());
    let linked: Vec<String> = evidence["links"].as_array().expect("links").iter().filter(|l| l["kind"] == "focus_group_finding").filter_map(|l| l["outcome"].as_str().map(str::to_owned)).collect();
    assert!(!linked.is_empty() && linked.iter().all(|k| ids.contains(k)), "every finding linked as evidence is in the findings: {linked:?} in {ids:?}");

    // The same in CSV.
    let rows = records(&fetch(app, &format!("/api/v1/plans/{PLAN}/inputs.csv"), &[]).await.2);
    assert_eq!(rows.iter().map(|r| (r["kind"].clone(), r["id"].parse::<i64>().unwrap_or_default(), r["decision"].clone())).collect::<BTreeSet<_>>(), keys(listed));
    let rows = records(&fetch(app, &format!("/api/v1/plans/{PLAN}/surveys.csv"), &[]).await.2);
    let from_json: usize = all.iter().flat_map(|s| s["questions"].as_array().into_iter().flatten()).map(|q| q["counts"].as_array().map_or(0, Vec::len)).sum();
    assert_eq!(rows.len(), from_json, "one row per count");
    assert!(rows.iter().all(|r| r["count"].is_empty() || r["count"].parse::<u64>().is_ok_and(|n| n >= 5)));
    let rows = records(&fetch(app, &format!("/api/v1/plans/{PLAN}/findings.csv"), &[]).await.2);
    assert_eq!(rows.iter().map(|r| r["finding"].clone()).collect::<BTreeSet<_>>(), ids);
    let rows = records(&fetch(app, &format!("/api/v1/plans/{PLAN}/entities.csv"), &[]).await.2);
    assert!(rows.iter().any(|r| r["entity"] == "claim-vale-do-lirio" && r["language"] == "pt-PT" && r["kind"] == "claim"));
}

/// Monitoring: nothing before approval; then each measure's status, figures and reports, the
/// entity that reported named by its slug, never the person.
async fn monitoring_is_open_data_once_the_plan_is_approved(app: &TestApp) {
    use ponte_app::entity::{indicator_figures, measures, plan_entities, plans, progress_reports};
    use sea_orm::{ColumnTrait, QueryFilter};
    let path = format!("/api/v1/plans/{PLAN}/progress");
    let before = document(app, &path).await;
    assert_eq!((before["measures"].as_array().map(Vec::len), before["reports"].as_array().map(Vec::len)), (Some(0), Some(0)), "{before}");

    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan");
    let mut approved: plans::ActiveModel = plan.clone().into();
    approved.status = Set("approved".to_owned());
    approved.update(&app.db).await.expect("approve");
    let measure = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).filter(measures::Column::Code.eq("VL-SAI-02")).one(&app.db).await.expect("q").expect("measure");
    let claim = plan_entities::Entity::find().filter(plan_entities::Column::Slug.eq("claim-vale-do-lirio")).one(&app.db).await.expect("q").expect("entity");
    let now = chrono::Utc::now();
    indicator_figures::ActiveModel { plan_id: Set(plan.id), measure_id: Set(measure.id), position: Set(1), unit: Set("visitas".into()), baseline: Set(0.0), target: Set(400.0), updated_at: Set(now), ..Default::default() }
        .insert(&app.db)
        .await
        .expect("figures");
    for (day, status, value, entity) in [("2026-03-01", "in_progress", 120.0, Some(claim.id)), ("2026-06-01", "completed", 410.0, None)] {
        progress_reports::ActiveModel {
            plan_id: Set(plan.id),
            measure_id: Set(measure.id),
            status: Set(status.into()),
            reported_on: Set(day.parse().expect("day")),
            position: Set(Some(1)),
            value: Set(Some(value)),
            note: Set("=HYPERLINK(\"http://x\")".into()),
            lang: Set("pt-PT".into()),
            evidence_url: Set(None),
            author_id: Set(None),
            entity_id: Set(entity),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("report");
    }
    let after = document(app, &path).await;
    let line = after["measures"].as_array().expect("measures").iter().find(|m| m["measure"] == "VL-SAI-02").expect("the measure").clone();
    assert_eq!(line["status"], "completed", "its latest report's");
    assert_eq!(line["figures"][0]["target"], 400.0);
    let reports = after["reports"].as_array().expect("reports");
    assert_eq!(reports.iter().map(|r| r["value"].as_f64().unwrap_or_default()).collect::<Vec<_>>(), [120.0, 410.0], "oldest first");
    assert_eq!(reports[0]["entity"], "claim-vale-do-lirio");
    assert!(reports[1]["entity"].is_null(), "the plan's team");
    let rows = records(&fetch(app, &format!("{path}.csv"), &[]).await.2);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["note"], "'=HYPERLINK(\"http://x\")", "a formula is neutralised");
    assert_eq!(rows[1]["status"], "completed");
}

/// A JSON download of the site (not necessarily an API document).
async fn document_of(app: &TestApp, path: &str) -> Value {
    let (status, _, body) = fetch(app, path, &[]).await;
    assert_eq!(status, 200, "{path}");
    serde_json::from_slice(&body).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Anonymous readers get the API's answers from the page cache, like public pages: a change
/// made behind this server's back (another app server) shows once the cache's time is up, a
/// client's current copy is still answered 304, and any site may still read it.
async fn anonymous_readers_get_the_api_from_the_page_cache(app: &TestApp) {
    let path = format!("/api/v1/plans/{PLAN}");
    let (_, headers, body) = fetch(app, &path, &[]).await;
    let tag = headers.get("etag").and_then(|v| v.to_str().ok()).expect("an ETag").to_owned();
    let area = plan_areas::Entity::find().one(&app.db).await.expect("q").expect("an area");
    let mut renamed: plan_areas::ActiveModel = area.into();
    renamed.name_i18n = Set(r#"{"pt-PT":"Área renomeada noutro servidor"}"#.to_owned());
    renamed.update(&app.db).await.expect("rename");
    let (status, headers, cached) = fetch(app, &path, &[("origin", "https://dados.example.org")]).await;
    assert_eq!((status, cached == body), (200, true), "the stored answer");
    assert_eq!(headers.get("access-control-allow-origin").and_then(|v| v.to_str().ok()), Some("*"), "readable by any site from the cache too");
    let (status, headers, empty) = fetch(app, &path, &[("if-none-match", &tag)]).await;
    assert_eq!((status, empty.len()), (304, 0), "a current copy is not sent again");
    assert_eq!(headers.get("etag").and_then(|v| v.to_str().ok()), Some(tag.as_str()));
    let started = std::time::Instant::now();
    loop {
        let (_, _, fresh) = fetch(app, &path, &[]).await;
        if String::from_utf8_lossy(&fresh).contains("Área renomeada noutro servidor") {
            break;
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "still the old document after 10 s with a 5 s cache");
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
}

backends!(
    the_outcomes_of_participation_are_open_data_without_anyone_named,
    every_document_validates_against_the_openapi_document,
    the_csv_downloads_say_what_the_json_says,
    anonymous_readers_get_the_api_from_the_page_cache
);

// These change the database behind the server's back and read the change at once.
ponte_tests::backends_uncached!(
    monitoring_is_open_data_once_the_plan_is_approved,
    portals_harvest_a_dcat_catalogue_and_people_read_the_data_page,
    copies_are_revalidated_and_any_site_may_read_but_none_may_write
);
