//! Editing a plan, server functions (the plan's facilitators and administrators).

use leptos::prelude::*;

use super::PlanEditView;
use crate::core::AppError;

#[cfg(feature = "ssr")]
async fn editable(db: &sea_orm::DatabaseConnection, slug: &str) -> Result<(crate::entity::plans::Model, i32), AppError> {
    use crate::{
        accounts::roles::{Action, can},
        entity::plans,
    };
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let me = crate::state::require_actor()?;
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(slug)).one(db).await?.ok_or(AppError::NotFound)?;
    if !can(Some(&me.grants), Action::EditPlanContent { plan_id: plan.id }) {
        return Err(AppError::Forbidden);
    }
    Ok((plan, me.user_id))
}

#[cfg(feature = "ssr")]
fn language(raw: &str) -> Result<String, AppError> {
    crate::i18n::content_tag(raw).ok_or(AppError::Invalid(crate::core::Invalid::FormInvalid))
}

#[server(prefix = "/api/plans", endpoint = "edit_data")]
pub async fn plan_edit_data(plan: String, lang: String) -> Result<PlanEditView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = crate::state::db()?;
    let (row, _) = editable(&db, &plan).await?;
    Ok(super::service::view(&row, &language(&lang)?))
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
    let (row, user) = editable(&db, &plan).await?;
    super::service::save(&db, row, user, edit).await?;
    crate::state::redirect(&format!("/plans/{plan}/edit?lang={lang}&saved=1"));
    Ok(())
}
