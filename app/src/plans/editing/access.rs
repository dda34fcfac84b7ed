//! Who may edit a plan's content, and the language a form's texts are in.

use crate::{
    accounts::roles::{Action, can},
    core::{AppError, Invalid},
    entity::plans,
    i18n::Locale,
    state::require_actor,
};

/// The plan, if the signed-in reader is one of its facilitators or an administrator; with the
/// reader's user id.
pub async fn editable(db: &sea_orm::DatabaseConnection, slug: &str) -> Result<(plans::Model, i32), AppError> {
    let me = require_actor()?;
    let plan = crate::plans::drafting::service::plan_by_slug(db, slug).await?;
    if !can(Some(&me.grants), Action::EditPlanContent { plan_id: plan.id }) {
        return Err(AppError::Forbidden);
    }
    Ok((plan, me.user_id))
}

/// The interface language a form was sent from (the default for anything unknown).
pub fn locale(lang: &str) -> Locale {
    Locale::from_tag(lang).unwrap_or_default()
}

/// The content language a form's texts are in: a UI or content-only language, nothing else.
pub fn content_lang(raw: &str) -> Result<String, AppError> {
    crate::i18n::content_tag(raw).ok_or(AppError::Invalid(Invalid::LanguageUnknown))
}
