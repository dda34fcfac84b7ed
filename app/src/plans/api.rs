//! Plans feature, server functions: read-only views of plans, areas, entities and measures. Each
//! takes the reader's language explicitly so the browser and the server ask for the same thing.

use leptos::prelude::*;

use super::model::*;
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        i18n::Locale,
        plans::service,
        state::db,
    };
}
#[cfg(feature = "ssr")]
use ssr::*;

/// The home page: the plans hosted here, found by municipality (or title) and district.
#[server(prefix = "/api/plans", endpoint = "list")]
pub async fn list_plans(lang: String, query: Option<String>, district: Option<String>, page: Option<u64>) -> Result<HomeView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let query = query.unwrap_or_default();
    // A deployment for one plan opens on it (a search still lists).
    if let Some(home) = crate::state::settings()?.home_plan.filter(|_| query.is_empty() && district.is_none()) {
        crate::state::redirect_page(&format!("/plans/{home}"));
    }
    service::home(&db()?, &query, district.as_deref().filter(|d| !d.is_empty()), page.unwrap_or(1), Locale::from_tag(&lang).unwrap_or_default()).await
}

#[server(prefix = "/api/plans", endpoint = "overview")]
pub async fn plan_overview(plan: String, lang: String) -> Result<PlanView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::plan_overview(&db()?, &plan, Locale::from_tag(&lang).unwrap_or_default()).await
}

#[server(prefix = "/api/plans", endpoint = "areas")]
pub async fn list_areas(plan: String, lang: String) -> Result<AreasView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::list_areas(&db()?, &plan, Locale::from_tag(&lang).unwrap_or_default()).await
}

#[server(prefix = "/api/plans", endpoint = "area")]
pub async fn area(plan: String, code: String, lang: String) -> Result<AreaView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::area(&db()?, &plan, &code, Locale::from_tag(&lang).unwrap_or_default()).await
}

#[server(prefix = "/api/plans", endpoint = "measure")]
pub async fn measure(plan: String, code: String, lang: String) -> Result<MeasureView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::measure(&db()?, &plan, &code, Locale::from_tag(&lang).unwrap_or_default()).await
}

#[server(prefix = "/api/plans", endpoint = "entities")]
pub async fn list_entities(plan: String, area: Option<String>, lang: String) -> Result<EntitiesView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let area = area.filter(|a| !a.trim().is_empty());
    service::list_entities(&db()?, &plan, area.as_deref(), Locale::from_tag(&lang).unwrap_or_default()).await
}
