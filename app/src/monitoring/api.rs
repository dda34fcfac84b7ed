//! Monitoring's server functions. Reads are public (the page cache keeps them for visitors);
//! each write: state, parse, permit, one service call, back to the measure's page at what changed.

use leptos::prelude::*;

use super::{DashboardView, MeasureProgressView};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::service::{self, FiguresForm, ReportForm, Rights, figure};
    pub use crate::{
        accounts::roles::{Action as Permit, can},
        core::{AppError, Invalid},
        page_cache::{Depends, public},
        plans::{
            editing::access::{editable, locale},
            service::{measure_for_page, plan_for_page},
        },
        state::{actor, db, redirect, require_actor},
    };

    /// An indicator's place as a form names it (`""` for none).
    pub fn indicator_at(raw: &str) -> Result<Option<i32>, AppError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        raw.parse().map(Some).map_err(|_| AppError::Invalid(Invalid::IndicatorUnknown))
    }

    /// A date as a form gives it (`yyyy-mm-dd`).
    pub fn date(raw: &str) -> Result<chrono::NaiveDate, AppError> {
        chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| AppError::Invalid(Invalid::DateInvalid))
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

/// The monitoring dashboard of plan `plan`.
#[server(prefix = "/api/monitoring", endpoint = "dashboard")]
pub async fn dashboard(plan: String, lang: String) -> Result<DashboardView, AppError> {
    public(Depends::Content);
    let db = db()?;
    let row = plan_for_page(&db, &plan).await?;
    service::dashboard(&db, &row, locale(&lang)).await
}

/// Measure `code`'s monitoring page, with the forms the reader may use.
#[server(prefix = "/api/monitoring", endpoint = "measure")]
pub async fn measure_progress(plan: String, code: String, lang: String) -> Result<MeasureProgressView, AppError> {
    let db = db()?;
    let (row, m, _) = measure_for_page(&db, &plan, &code).await?;
    let grants = actor().map(|me| me.grants);
    let rights = Rights {
        set_figures: can(grants.as_deref(), Permit::EditPlanContent { plan_id: row.id }),
        report: can(grants.as_deref(), Permit::ReportProgress { plan_id: row.id, entity_id: m.responsible_entity_id }),
    };
    if !rights.report {
        public(Depends::Content);
    }
    service::measure_progress(&db, &plan, &code, locale(&lang), rights).await
}

/// Sets the unit, baseline and target of indicator `position` of measure `code`.
#[server(prefix = "/api/monitoring", endpoint = "figures")]
pub async fn set_indicator_figures(plan: String, code: String, position: String, unit: String, baseline: String, target: String) -> Result<(), AppError> {
    let db = db()?;
    let form = FiguresForm {
        position: indicator_at(&position)?.ok_or(AppError::Invalid(Invalid::IndicatorUnknown))?,
        unit,
        baseline: figure(&baseline)?,
        target: figure(&target)?,
    };
    let (row, user) = editable(&db, &plan).await?;
    let at = form.position;
    service::set_figures(&db, &row, &code, user, form).await?;
    redirect(&format!("/plans/{plan}/measures/{code}/progress?saved={at}#figures-{at}"));
    Ok(())
}

/// Publishes a progress report on measure `code` (its responsible entity's representatives,
/// the plan's facilitators and administrators).
#[server(prefix = "/api/monitoring", endpoint = "report")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn report_progress(
    plan: String,
    code: String,
    status: Option<String>,
    reported_on: String,
    indicator: String,
    value: String,
    note: String,
    lang: String,
    evidence: String,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let value = if value.trim().is_empty() { None } else { Some(figure(&value)?) };
    let form = ReportForm {
        status: status.unwrap_or_default(),
        reported_on: date(&reported_on)?,
        position: indicator_at(&indicator)?,
        value,
        note,
        lang: locale(&lang).tag().to_owned(),
        evidence,
    };
    let me = require_actor()?;
    let (row, m, _) = measure_for_page(&db, &plan, &code).await?;
    if !can(Some(&me.grants), Permit::ReportProgress { plan_id: row.id, entity_id: m.responsible_entity_id }) {
        return Err(AppError::Forbidden);
    }
    let for_entity = !can(Some(&me.grants), Permit::EditPlanContent { plan_id: row.id });
    let to = crate::once::run(&db, &once, me.user_id, || async {
        let id = service::report(&db, &row, &code, me.user_id, for_entity, form).await?;
        Ok(format!("/plans/{plan}/measures/{code}/progress?added={id}#report-{id}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// Removes progress report `id` from measure `code` (the plan's facilitators and
/// administrators), back to the measure's reports.
#[server(prefix = "/api/monitoring", endpoint = "remove")]
pub async fn remove_progress_report(plan: String, code: String, id: i32) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::remove_report(&db, &row, user, id).await?;
    redirect(&format!("/plans/{plan}/measures/{code}/progress?removed=1#reports-heading"));
    Ok(())
}
