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

/// The participation report of plan `plan`, every count below 5 suppressed.
#[server(prefix = "/api/report", endpoint = "participation")]
pub async fn participation(plan: String, lang: String) -> Result<ParticipationView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Answers);
    let db = crate::state::db()?;
    super::participation::participation(&db, &plan, crate::i18n::Locale::from_tag(&lang).unwrap_or_default()).await
}
