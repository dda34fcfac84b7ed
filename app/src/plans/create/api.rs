//! Creating a plan, server functions (administrators only). Each: state, parse, permit, one
//! service call.

use leptos::prelude::*;

use super::model::NewPlanView;
use crate::core::AppError;

#[cfg(feature = "ssr")]
fn permitted() -> Result<i32, AppError> {
    use crate::accounts::roles::{Action, can};
    let me = crate::state::require_actor()?;
    if !can(Some(&me.grants), Action::CreatePlan) {
        return Err(AppError::Forbidden);
    }
    Ok(me.user_id)
}

#[server(prefix = "/api/plans", endpoint = "new")]
pub async fn new_plan_data() -> Result<NewPlanView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    permitted()?;
    Ok(super::service::form())
}

/// Creates a plan (once per form: see `crate::once`), then opens its page.
#[server(prefix = "/api/plans", endpoint = "create")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn create_plan(
    slug: String,
    kind: String,
    title: String,
    lang: String,
    period_start: String,
    period_end: String,
    municipalities: Option<Vec<String>>,
    once: String,
) -> Result<(), AppError> {
    use crate::core::Invalid;
    let db = crate::state::db()?;
    let date = |raw: &str| chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| AppError::Invalid(Invalid::DateInvalid));
    let new = super::service::NewPlan {
        slug,
        kind,
        title,
        lang,
        period_start: date(&period_start)?,
        period_end: date(&period_end)?,
        municipalities: municipalities.unwrap_or_default(),
    };
    let user = permitted()?;
    let to = crate::once::run(&db, &once, user, || async {
        let slug = super::service::create(&db, new, user).await?;
        Ok(format!("/plans/{slug}?created=1"))
    })
    .await?;
    crate::state::redirect(&to);
    Ok(())
}
