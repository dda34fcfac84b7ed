//! Reviewing responses, server functions. Each: state, parse, permit, one service call. Only the
//! survey's facilitators get here; none of these pages is public (never cached).

use leptos::prelude::*;

use super::model::*;
use crate::core::AppError;

#[cfg(feature = "ssr")]
use crate::{
    core::Invalid,
    page_cache::{Changed, changed},
    state::{db, redirect},
    surveys::{
        api::ssr::{keep_draft, locale, managed, survey_path},
        model::Channel,
    },
};

#[cfg(feature = "ssr")]
use super::service;

/// A response's id as in its address: anything else is no response.
#[cfg(feature = "ssr")]
fn response_id(raw: &str) -> Result<i64, AppError> {
    raw.trim().parse().map_err(|_| AppError::NotFound)
}

#[server(prefix = "/api/surveys", endpoint = "responses")]
pub async fn survey_responses(plan: String, survey: String, page: Option<u64>, channel: Option<String>, lang: String) -> Result<ResponsesView, AppError> {
    changed(Changed::Nothing);
    let db = db()?;
    let (loaded, _) = managed(&db, &plan, &survey).await?;
    let channel = channel.as_deref().and_then(Channel::from_key);
    service::list(&db, &loaded, page.unwrap_or(1), channel, locale(&lang)).await
}

#[server(prefix = "/api/surveys", endpoint = "response")]
pub async fn survey_response(plan: String, survey: String, id: String, lang: String) -> Result<ResponseView, AppError> {
    changed(Changed::Nothing);
    let db = db()?;
    let (loaded, _) = managed(&db, &plan, &survey).await?;
    service::detail(&db, &loaded, response_id(&id)?, locale(&lang)).await
}

/// Starts correcting a response typed in from paper or an interview: the answer form opens
/// with its answers.
#[server(prefix = "/api/surveys", endpoint = "correct_response")]
pub async fn correct_response(plan: String, survey: String, id: String, reason: String, lang: String) -> Result<(), AppError> {
    changed(Changed::Nothing);
    let db = db()?;
    let id = response_id(&id)?;
    let (loaded, user) = managed(&db, &plan, &survey).await?;
    let token = service::start_correction(&db, &loaded, user, id, &reason, locale(&lang)).await?;
    keep_draft(loaded.row.id, &token)?;
    redirect(&format!("{}/answer", survey_path(&plan, &survey)));
    Ok(())
}

/// Withdraws a response (its answers leave the results), then shows the list.
#[server(prefix = "/api/surveys", endpoint = "withdraw_response")]
pub async fn withdraw_response(plan: String, survey: String, id: String, seen: String, reason: String) -> Result<(), AppError> {
    changed(Changed::Answers);
    let db = db()?;
    let id = response_id(&id)?;
    if seen.len() > 100 {
        return Err(AppError::Invalid(Invalid::FormInvalid));
    }
    let (loaded, user) = managed(&db, &plan, &survey).await?;
    service::withdraw(&db, &loaded, user, id, &seen, &reason).await?;
    redirect(&format!("{}/responses?withdrawn=1#notice", survey_path(&plan, &survey)));
    Ok(())
}
