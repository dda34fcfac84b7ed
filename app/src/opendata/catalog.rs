//! The catalogue of the open data, as DCAT-AP in JSON-LD (`/api/v1/catalog.jsonld`, and the
//! data page's `<script type="application/ld+json">`), for open-data portals that harvest
//! DCAT, CKAN's among them: one dataset per plan, each with its distributions (the plan, and
//! each of its lists as JSON and CSV), licence, period, places and last change; in pages of
//! [`PAGE_SIZE`] datasets linked by Hydra (`hydra:next`…).

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

/// Each plan's lists, downloadable as JSON and as CSV: path under the plan, title.
const LISTS: [(&str, &str); 7] = [
    ("measures", "Measures of the latest published version"),
    ("evidence", "Evidence linked to the measures"),
    ("entities", "Entities of the local diagnosis"),
    ("surveys", "Published survey results"),
    ("inputs", "Consultation inputs and their answers"),
    ("findings", "Focus-group findings"),
    ("progress", "Monitoring of the measures"),
];

/// Datasets per page of the catalogue: a national host's 300 plans make a catalogue of several
/// megabytes, which portals read a page at a time (Hydra paging, as CKAN's DCAT harvester does).
pub const PAGE_SIZE: usize = 50;

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
        "dcat:distribution": std::iter::once(distribution(base, &api, "The plan, its areas and versions", "JSON"))
            .chain(LISTS.iter().flat_map(|(list, title)| {
                [distribution(base, &format!("{api}/{list}"), title, "JSON"), distribution(base, &format!("{api}/{list}.csv"), title, "CSV")]
            }))
            .collect::<Vec<_>>(),
    });
    if let Some(at) = modified {
        value["dct:modified"] = json!({ "@value": at.to_rfc3339(), "@type": "xsd:dateTime" });
    }
    value
}

/// Page `page` (from 1) of the catalogue of every plan at `base` (the site's public origin),
/// each dataset with the time of its last change when known; `None` past the last page.
pub fn catalog(base: &str, plans: &PlanList, modified: &HashMap<String, DateTime<Utc>>, page: usize) -> Option<Value> {
    let pages = plans.plans.len().div_ceil(PAGE_SIZE).max(1);
    if page == 0 || page > pages {
        return None;
    }
    let at = |n: usize| json!({ "@id": format!("{base}/api/v1/catalog.jsonld?page={n}") });
    let mut view = json!({
        "@id": format!("{base}/api/v1/catalog.jsonld?page={page}"),
        "@type": "hydra:PartialCollectionView",
        "hydra:first": at(1),
        "hydra:last": at(pages),
        "hydra:totalItems": plans.plans.len(),
        "hydra:itemsPerPage": PAGE_SIZE,
    });
    if page > 1 {
        view["hydra:previous"] = at(page - 1);
    }
    if page < pages {
        view["hydra:next"] = at(page + 1);
    }
    let datasets: Vec<Value> = plans.plans.iter().skip((page - 1) * PAGE_SIZE).take(PAGE_SIZE).map(|p| dataset(base, p, modified.get(&p.slug).copied())).collect();
    Some(json!({
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "skos": "http://www.w3.org/2004/02/skos/core#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
            "hydra": "http://www.w3.org/ns/hydra/core#",
        },
        "@id": format!("{base}/api/v1/catalog.jsonld"),
        "@type": "dcat:Catalog",
        "dct:title": { "@value": "Ponte: plans for migrant integration", "@language": "en" },
        "dct:description": { "@value": "Plans for the integration of migrants built with residents, immigrants and their associations: measures, versions and the evidence behind them.", "@language": "en" },
        "dct:publisher": { "@type": "foaf:Agent", "foaf:name": "Ponte" },
        "dct:license": { "@id": LICENCE.url },
        "foaf:homepage": { "@id": format!("{base}/data") },
        "dcat:dataset": datasets,
        "hydra:view": view,
    }))
}

/// `value` written to sit inside a `<script>` element: no `</` can end it early.
pub fn in_script(value: &Value) -> String {
    // `<` only ever stands inside a JSON string, where `\u003c` says the same.
    serde_json::to_string(value).unwrap_or_default().replace('<', "\\u003c")
}

/// Page `page` of the catalogue at `base`, and when its newest dataset last changed.
pub async fn document(db: &impl sea_orm::ConnectionTrait, base: &str, page: usize) -> Result<(Value, Option<DateTime<Utc>>), crate::core::AppError> {
    let plans = super::service::plans(db).await?;
    let modified = super::service::modified_by_slug(db).await?;
    let newest = modified.values().max().copied();
    Ok((catalog(base, &plans, &modified, page).ok_or(crate::core::AppError::NotFound)?, newest))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::{PAGE_SIZE, catalog};
    use crate::opendata::{LICENCE, model::*};

    fn plans(n: usize) -> PlanList {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
        let plan = |i: usize| PlanSummary {
            slug: format!("plan-{i:03}"),
            page: format!("/plans/plan-{i:03}"),
            kind: "municipal".into(),
            status: "drafting".into(),
            title: Texts::from([("pt-PT".to_owned(), format!("Plano {i}"))]),
            summary: Texts::new(),
            promoter: Texts::new(),
            period: Period { start: day, end: day },
            languages: vec!["pt-PT".into()],
            time_zone: "Europe/Lisbon".into(),
            municipalities: Vec::new(),
        };
        PlanList { licence: LICENCE, plans: (0..n).map(plan).collect() }
    }

    #[test]
    fn a_national_catalogue_comes_in_pages_linked_for_harvesters() {
        let all = plans(2 * PAGE_SIZE + 20);
        let page = |n| catalog("https://ponte.example", &all, &HashMap::new(), n);
        let sizes: Vec<usize> = (1..=3).map(|n| page(n).map_or(0, |c| c["dcat:dataset"].as_array().map_or(0, Vec::len))).collect();
        assert_eq!(sizes, [PAGE_SIZE, PAGE_SIZE, 20]);
        let second = page(2).unwrap_or_default();
        let view = &second["hydra:view"];
        assert_eq!(view["hydra:totalItems"], 2 * PAGE_SIZE + 20);
        assert_eq!(view["hydra:next"]["@id"], "https://ponte.example/api/v1/catalog.jsonld?page=3");
        assert_eq!(view["hydra:previous"]["@id"], "https://ponte.example/api/v1/catalog.jsonld?page=1");
        assert_eq!(view["hydra:last"]["@id"], "https://ponte.example/api/v1/catalog.jsonld?page=3");
        assert_eq!(second["dcat:dataset"][0]["dct:identifier"], format!("plan-{PAGE_SIZE:03}"), "the page goes on where the first ended");
        assert!(page(3).unwrap_or_default()["hydra:view"].get("hydra:next").is_none(), "the last page has no next");
        assert!(page(4).is_none() && page(0).is_none(), "no page past the last, none before the first");
        // A site without plans still has its one (empty) page.
        assert!(catalog("https://ponte.example", &plans(0), &HashMap::new(), 1).is_some());
    }
}
