//! The data page (`/data`): what the open data API offers and under which licence, each plan's
//! downloads, and the DCAT-AP catalogue in JSON-LD for portals that read pages.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    core::AppError,
    i18n::{t, use_locale},
    pending::watched,
    plans::model::PlanRef,
    ui::{Breadcrumbs, Crumb, PageTitle, Tx, loaded},
};

/// What the data page shows.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DataView {
    /// The catalogue, JSON-LD ready to sit inside a `<script>`.
    pub catalog: String,
    pub plans: Vec<PlanRef>,
}

#[server(prefix = "/api/site", endpoint = "data")]
pub async fn open_data(lang: String) -> Result<DataView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = crate::state::db()?;
    let base = use_context::<crate::state::ServerSettings>().map(|s| s.public_url).unwrap_or_default();
    super::service::data_view(&db, &base, crate::i18n::Locale::from_tag(&lang).unwrap_or_default()).await
}

#[component]
pub fn DataPage() -> impl IntoView {
    let lang = use_locale().tag().to_owned();
    let data = Resource::new(move || lang.clone(), |lang| watched(open_data(lang)));
    loaded(data, data_page)
}

fn data_page(view: DataView) -> impl IntoView {
    let here = t("opendata-title");
    let crumbs: Vec<Crumb> = vec![(t("core-nav-plans"), "/".to_owned()).into(), (here.clone(), String::new()).into()];
    let rows = view
        .plans
        .into_iter()
        .map(|p| {
            let api = format!("/api/v1/plans/{}", p.slug);
            let link = |path: String, format: &'static str| view! { <a href=path type=if format == "CSV" { "text/csv" } else { "application/json" }>{format}</a> };
            view! {
                <tr>
                    <th scope="row"><a href=format!("/plans/{}", p.slug)><Tx text=p.title/></a></th>
                    <td>{link(api.clone(), "JSON")}</td>
                    <td>{link(format!("{api}/measures"), "JSON")} " · " {link(format!("{api}/measures.csv"), "CSV")}</td>
                    {["evidence", "entities", "surveys", "inputs", "findings", "progress"]
                        .map(|list| view! { <td>{link(format!("{api}/{list}"), "JSON")} " · " {link(format!("{api}/{list}.csv"), "CSV")}</td> })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <PageTitle text=here.clone()/>
        <Breadcrumbs items=crumbs/>
        <h1>{here}</h1>
        <p class="lead">{t("opendata-intro")}</p>
        <p>{t("opendata-licence")} " " <a href=super::LICENCE_URL rel="license">"CC BY 4.0"</a></p>
        <p>{t("opendata-personal")}</p>
        <h2 id="opendata_plans">{t("opendata-plans-heading")}</h2>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="opendata_plans">
            <table class="data" aria-labelledby="opendata_plans">
                <thead>
                    <tr>
                        <th scope="col">{t("opendata-col-plan")}</th>
                        <th scope="col">{t("opendata-col-plan-data")}</th>
                        <th scope="col">{t("opendata-col-measures")}</th>
                        <th scope="col">{t("opendata-col-evidence")}</th>
                        <th scope="col">{t("opendata-col-entities")}</th>
                        <th scope="col">{t("opendata-col-surveys")}</th>
                        <th scope="col">{t("opendata-col-inputs")}</th>
                        <th scope="col">{t("opendata-col-findings")}</th>
                        <th scope="col">{t("opendata-col-progress")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <h2>{t("opendata-api-heading")}</h2>
        <p>{t("opendata-api")}</p>
        <ul>
            <li><a href="/api/v1/openapi.json" type="application/json">{t("opendata-openapi")}</a></li>
            <li><a href="/api/v1/plans" type="application/json">{t("opendata-all-plans")}</a> " · " <a href="/api/v1/plans.csv" type="text/csv">"CSV"</a></li>
        </ul>
        <h2>{t("opendata-catalog-heading")}</h2>
        <p>{t("opendata-catalog")} " " <a href="/api/v1/catalog.jsonld" type="application/ld+json">"catalog.jsonld"</a></p>
        <script type="application/ld+json" inner_html=view.catalog></script>
    }
}
