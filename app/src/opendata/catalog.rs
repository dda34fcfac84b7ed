//! The catalogue of the open data, as DCAT-AP in JSON-LD (`/api/v1/catalog.jsonld`, and the
//! data page's `<script type="application/ld+json">`), for open-data portals that harvest
//! DCAT, CKAN's among them: one dataset per plan, each with its distributions (the plan, its
//! measures and its evidence, as JSON and CSV), licence, period, places and last change.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use super::{LICENCE, model::*};

/// EU vocabularies DCAT-AP asks for: the data theme and the file types.
const THEME: &str = "http://publications.europa.eu/resource/authority/data-theme/SOCI";
const FILE_TYPE: &str = "http://publications.europa.eu/resource/authority/file-type/";
const MEDIA_TYPE: &str = "https://www.iana.org/assignments/media-types/";

/// Texts as JSON-LD language-tagged values.
fn tagged(texts: &Texts) -> Value {
    Value::Array(texts.iter().map(|(lang, text)| json!({ "@value": text, "@language": lang })).collect())
}

/// One way to get a dataset: `path` on this site, in `format` (`JSON` or `CSV`).
fn distribution(base: &str, path: &str, title: &str, format: &str) -> Value {
    let (media, file) = match format {
        "CSV" => ("text/csv", "CSV"),
        _ => ("application/json", "JSON"),
    };
    json!({
        "@id": format!("{base}{path}"),
        "@type": "dcat:Distribution",
        "dct:title": { "@value": title, "@language": "en" },
        "dcat:accessURL": { "@id": format!("{base}{path}") },
        "dcat:downloadURL": { "@id": format!("{base}{path}") },
        "dcat:mediaType": { "@id": format!("{MEDIA_TYPE}{media}") },
        "dct:format": { "@id": format!("{FILE_TYPE}{file}") },
        "dct:license": { "@id": LICENCE.url },
    })
}

fn dataset(base: &str, plan: &PlanSummary, modified: Option<DateTime<Utc>>) -> Value {
    let api = format!("/api/v1/plans/{}", plan.slug);
    let mut value = json!({
        "@id": format!("{base}{}", plan.page),
        "@type": "dcat:Dataset",
        "dct:identifier": plan.slug,
        "dct:title": tagged(&plan.title),
        "dct:description": tagged(if plan.summary.is_empty() { &plan.title } else { &plan.summary }),
        "dct:publisher": { "@type": "foaf:Agent", "foaf:name": tagged(&plan.promoter) },
        "dct:language": plan.languages,
        "dct:spatial": plan.municipalities.iter().map(|m| json!({ "@type": "dct:Location", "skos:prefLabel": m.name, "dct:identifier": m.dico })).collect::<Vec<_>>(),
        "dct:temporal": { "@type": "dct:PeriodOfTime", "dcat:startDate": plan.period.start.to_string(), "dcat:endDate": plan.period.end.to_string() },
        "dcat:theme": { "@id": THEME },
        "dcat:keyword": ["PMIM", "migrant integration", "integração de migrantes", "participation"],
        "dcat:landingPage": { "@id": format!("{base}{}", plan.page) },
        "dct:license": { "@id": LICENCE.url },
        "dcat:distribution": [
            distribution(base, &api, "The plan, its areas and versions", "JSON"),
            distribution(base, &format!("{api}/measures"), "Measures of the latest published version", "JSON"),
            distribution(base, &format!("{api}/measures.csv"), "Measures of the latest published version", "CSV"),
            distribution(base, &format!("{api}/evidence"), "Evidence linked to the measures", "JSON"),
            distribution(base, &format!("{api}/evidence.csv"), "Evidence linked to the measures", "CSV"),
            distribution(base, &format!("{api}/entities"), "Entities of the local diagnosis", "JSON"),
            distribution(base, &format!("{api}/entities.csv"), "Entities of the local diagnosis", "CSV"),
            distribution(base, &format!("{api}/surveys"), "Published survey results", "JSON"),
            distribution(base, &format!("{api}/surveys.csv"), "Published survey results", "CSV"),
            distribution(base, &format!("{api}/inputs"), "Consultation inputs and their answers", "JSON"),
            distribution(base, &format!("{api}/inputs.csv"), "Consultation inputs and their answers", "CSV"),
            distribution(base, &format!("{api}/findings"), "Focus-group findings", "JSON"),
            distribution(base, &format!("{api}/findings.csv"), "Focus-group findings", "CSV"),
            distribution(base, &format!("{api}/progress"), "Monitoring of the measures", "JSON"),
            distribution(base, &format!("{api}/progress.csv"), "Monitoring of the measures", "CSV"),
        ],
    });
    if let Some(at) = modified {
        value["dct:modified"] = json!({ "@value": at.to_rfc3339(), "@type": "xsd:dateTime" });
    }
    value
}

/// The catalogue of every plan at `base` (the site's public origin), each dataset with the time
/// of its last change when known.
pub fn catalog(base: &str, plans: &PlanList, modified: &HashMap<String, DateTime<Utc>>) -> Value {
    json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": format!("{base}/api/v1/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": { "@value": "Ponte: plans for migrant integration", "@language": "en" },
        "dct:description": { "@value": "Plans for the integration of migrants built with residents, immigrants and their associations: measures, versions and the evidence behind them.", "@language": "en" },
        "dct:publisher": { "@type": "foaf:Agent", "foaf:name": "Ponte" },
        "dct:license": { "@id": LICENCE.url },
        "foaf:homepage": { "@id": format!("{base}/data") },
        "dcat:dataset": plans.plans.iter().map(|p| dataset(base, p, modified.get(&p.slug).copied())).collect::<Vec<_>>(),
    })
}

/// `value` written to sit inside a `<script>` element: no `</` can end it early.
pub fn in_script(value: &Value) -> String {
    // `<` only ever stands inside a JSON string, where `\u003c` says the same.
    serde_json::to_string(value).unwrap_or_default().replace('<', "\\u003c")
}

/// The catalogue at `base`, and when its newest dataset last changed.
pub async fn document(db: &impl sea_orm::ConnectionTrait, base: &str) -> Result<(Value, Option<DateTime<Utc>>), crate::core::AppError> {
    let plans = super::service::plans(db).await?;
    let modified = super::service::modified_by_slug(db).await?;
    let newest = modified.values().max().copied();
    Ok((catalog(base, &plans, &modified), newest))
}
