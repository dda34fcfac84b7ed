//! Closing the loop, server functions: public reads (state, parse, one service call).

use leptos::prelude::*;

use super::{ParticipationView, UsedView};
use crate::core::AppError;

/// "How input was used" across channels, for plan `plan`.
#[server(prefix = "/api/report", endpoint = "used")]
pub async fn input_used(plan: String, lang: String) -> Result<UsedView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = crate::state::db()?;
    super::used::used(&db, &plan, crate::i18n::Locale::from_tag(&lang).unwrap_or_default()).await
}

/// The participation report of plan `plan`: every count below 5 suppressed, but for the plan's
/// facilitators (and administrators), who see the exact numbers.
#[server(prefix = "/api/report", endpoint = "participation")]
pub async fn participation(plan: String, lang: String) -> Result<ParticipationView, AppError> {
    use crate::accounts::roles::{Action, can};
    let db = crate::state::db()?;
    let row = crate::plans::drafting::service::plan_by_slug(&db, &plan).await?;
    let exact = crate::state::actor().is_some_and(|me| can(Some(&me.grants), Action::EditPlanContent { plan_id: row.id }));
    if !exact {
        crate::page_cache::public(crate::page_cache::Depends::Answers);
    }
    super::participation::participation(&db, &row, crate::i18n::Locale::from_tag(&lang).unwrap_or_default(), exact).await
}
