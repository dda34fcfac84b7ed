//! The activity log's server function: state, parse, permit, one service call.

use leptos::prelude::*;

use super::model::*;
use crate::core::AppError;

#[server(prefix = "/api/plans", endpoint = "activity")]
pub async fn plan_activity(plan: String, page: Option<u64>, lang: String) -> Result<ActivityView, AppError> {
    use crate::{
        accounts::roles::{Action, can},
        entity::plans,
    };
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = crate::state::db()?;
    let me = crate::state::require_actor()?;
    let row = plans::Entity::find().filter(plans::Column::Slug.eq(plan.as_str())).one(&db).await?.ok_or(AppError::NotFound)?;
    if !can(Some(&me.grants), Action::EditPlanContent { plan_id: row.id }) {
        return Err(AppError::Forbidden);
    }
    super::service::page(&db, &row, page.unwrap_or(1), crate::i18n::Locale::from_tag(&lang).unwrap_or_default()).await
}
