//! Editing a plan, server functions (the plan's facilitators and administrators).

use leptos::prelude::*;

use super::PlanEditView;
use crate::core::AppError;

#[cfg(feature = "ssr")]
fn language(raw: &str) -> Result<String, AppError> {
    crate::i18n::content_tag(raw).ok_or(AppError::Invalid(crate::core::Invalid::FormInvalid))
}

#[server(prefix = "/api/plans", endpoint = "edit_data")]
pub async fn plan_edit_data(plan: String, lang: String) -> Result<PlanEditView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = crate::state::db()?;
    let (row, _) = crate::plans::editing::access::editable(&db, &plan).await?;
    let municipalities = super::service::municipalities(&db, &row).await?;
    Ok(super::service::view(&row, municipalities, &language(&lang)?))
}

/// Saves the plan's texts in `lang`, its stage and period; back to the form, saying so.
#[server(prefix = "/api/plans", endpoint = "edit")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn update_plan(
    plan: String,
    lang: String,
    title: String,
    summary: String,
    promoter: String,
    status: String,
    period_start: String,
    period_end: String,
    time_zone: String,
    contact_email: String,
    contact_phone: String,
) -> Result<(), AppError> {
    use crate::core::Invalid;
    let db = crate::state::db()?;
    let lang = language(&lang)?;
    let date = |raw: &str| chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| AppError::Invalid(Invalid::DateInvalid));
    let edit = super::service::PlanEdit {
        lang: lang.clone(),
        title,
        summary,
        promoter,
        status,
        period_start: date(&period_start)?,
        period_end: date(&period_end)?,
        time_zone,
        contact_email,
        contact_phone,
    };
    let (row, user) = crate::plans::editing::access::editable(&db, &plan).await?;
    super::service::save(&db, row, user, edit).await?;
    crate::state::redirect(&format!("/plans/{plan}/edit?lang={lang}&saved=1"));
    Ok(())
}

/// Saves the municipalities' own holidays (one entry per municipality, in the form's order).
#[server(prefix = "/api/plans", endpoint = "holidays")]
pub async fn save_holidays(
    plan: String,
    lang: String,
    municipality: Option<Vec<String>>,
    holiday: Option<Vec<String>>,
    date: Option<Vec<String>>,
) -> Result<(), AppError> {
    use crate::core::Invalid;
    let db = crate::state::db()?;
    let lang = language(&lang)?;
    let (municipality, holiday, date) = (municipality.unwrap_or_default(), holiday.unwrap_or_default(), date.unwrap_or_default());
    if municipality.len() != holiday.len() || municipality.len() != date.len() {
        return Err(AppError::Invalid(Invalid::FormInvalid));
    }
    let edits = municipality
        .into_iter()
        .zip(holiday)
        .zip(date)
        .map(|((municipality, kind), date)| super::service::HolidayEdit { municipality, kind, date })
        .collect();
    let (row, user) = crate::plans::editing::access::editable(&db, &plan).await?;
    super::service::save_holidays(&db, &row, user, edits).await?;
    crate::state::redirect(&format!("/plans/{plan}/edit?lang={lang}&holidays=1#holidays"));
    Ok(())
}
