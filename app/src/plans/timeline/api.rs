//! The timeline's server functions. Each: state, parse, permit, one service call.

use leptos::prelude::*;

use super::model::*;
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::service::{self, NewPhase, PhaseEnd};
    pub use crate::{
        accounts::roles::{Action, Grant, can},
        core::{AppError, Invalid},
        entity::plans,
        state::{actor, db, redirect, require_actor},
    };
    pub use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

    pub async fn plan_row(db: &sea_orm::DatabaseConnection, slug: &str) -> Result<plans::Model, AppError> {
        plans::Entity::find().filter(plans::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)
    }

    pub fn may_edit(grants: Option<&[Grant]>, plan: &plans::Model) -> bool {
        can(grants, Action::EditPlanContent { plan_id: plan.id })
    }

    /// The plan, if the signed-in reader may change its timeline.
    pub async fn editable(db: &sea_orm::DatabaseConnection, slug: &str) -> Result<(plans::Model, i32), AppError> {
        let me = require_actor()?;
        let plan = plan_row(db, slug).await?;
        if !may_edit(Some(&me.grants), &plan) {
            return Err(AppError::Forbidden);
        }
        Ok((plan, me.user_id))
    }

    pub fn date(raw: &str) -> Result<chrono::NaiveDate, AppError> {
        chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| AppError::Invalid(Invalid::DateInvalid))
    }

    /// Back to the plan's page, at its timeline.
    pub fn back(plan: &str) {
        redirect(&format!("/plans/{plan}?timeline=saved#timeline"));
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/plans", endpoint = "timeline")]
pub async fn plan_timeline(plan: String) -> Result<TimelineView, AppError> {
    let db = db()?;
    let row = crate::plans::service::plan_for_page(&db, &plan).await?;
    let can_edit = may_edit(actor().map(|a| a.grants).as_deref(), &row);
    // The public see the same timeline; a facilitator's page (never cached) gets the forms too.
    if !can_edit {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    service::view(&db, &row, can_edit, crate::plans::clock::today(&row.time_zone)).await
}

/// Adds a phase: its end given as a date, or as working days from its start.
#[server(prefix = "/api/plans", endpoint = "add_phase")]
pub async fn add_phase(plan: String, kind: String, starts_on: String, ends_on: String, working_days: String, once: String) -> Result<(), AppError> {
    let db = db()?;
    let kind = PhaseKind::from_key(&kind).ok_or(AppError::Invalid(Invalid::FormInvalid))?;
    let starts_on = date(&starts_on)?;
    let end = match (ends_on.trim(), working_days.trim()) {
        ("", "") => return Err(AppError::Invalid(Invalid::DateInvalid)),
        (day, "") => PhaseEnd::On(date(day)?),
        (_, n) => PhaseEnd::WorkingDays(n.parse().map_err(|_| AppError::Invalid(Invalid::NumberInvalid))?),
    };
    let (row, user) = editable(&db, &plan).await?;
    let to = crate::once::run(&db, &once, user, || async {
        service::add(&db, &row, user, NewPhase { kind, starts_on, end }).await?;
        Ok(format!("/plans/{plan}?timeline=saved#timeline"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "remove_phase")]
pub async fn remove_phase(plan: String, id: i32) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::remove(&db, &row, user, id).await?;
    back(&plan);
    Ok(())
}
