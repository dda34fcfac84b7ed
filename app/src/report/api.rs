//! Closing the loop, server functions: public reads (state, parse, one service call).

use leptos::prelude::*;

use super::{ParticipationView, PrintableView, UsedView};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        i18n::Locale,
        page_cache::{Depends, public},
        plans::drafting::service::plan_by_slug,
        state::db,
    };

    /// Whether the reader sees the exact counts: the plan's facilitators and administrators.
    pub fn exact_for(plan: &crate::entity::plans::Model) -> bool {
        use crate::accounts::roles::{Action, can};
        crate::state::actor().is_some_and(|me| can(Some(&me.grants), Action::EditPlanContent { plan_id: plan.id }))
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

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
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let exact = exact_for(&row);
    if !exact {
        public(Depends::Answers);
    }
    super::participation::participation(&db, &row, Locale::from_tag(&lang).unwrap_or_default(), exact).await
}

/// The printable report of plan `plan` (its counts exact for its facilitators, as above).
#[server(prefix = "/api/report", endpoint = "printable")]
pub async fn printable(plan: String, lang: String) -> Result<PrintableView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let exact = exact_for(&row);
    if !exact {
        public(Depends::Answers);
    }
    super::printable::printable(&db, &row, Locale::from_tag(&lang).unwrap_or_default(), exact).await
}
