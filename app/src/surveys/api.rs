//! Surveys feature, server functions. Each: state, parse, permit, one service call. The answer
//! form itself posts to a plain endpoint (`http.rs`), since its fields depend on the survey.

use leptos::prelude::*;

use super::model::*;
use crate::core::AppError;

#[cfg(feature = "ssr")]
pub(super) mod ssr {
    pub use crate::{
        accounts::roles::Grant,
        core::{AppError, Invalid},
        i18n::Locale,
        state::{actor, client_ip, cookie, db, require_actor, set_cookie, settings},
        surveys::{
            http::{RESUME_COOKIE, answered_cookie, draft_cookie},
            service::{self, DRAFT_TTL_DAYS},
        },
    };

    pub fn locale(lang: &str) -> Locale {
        Locale::from_tag(lang).unwrap_or_default()
    }

    pub fn grants() -> Option<Vec<Grant>> {
        actor().map(|a| a.grants)
    }

    /// Loads a survey the reader may see.
    pub async fn visible(db: &sea_orm::DatabaseConnection, plan: &str, survey: &str) -> Result<service::Survey, AppError> {
        let loaded = service::load(db, plan, survey).await?;
        service::visible_to(&loaded, grants().as_deref())?;
        Ok(loaded)
    }

    /// Loads a survey the reader manages.
    pub async fn managed(db: &sea_orm::DatabaseConnection, plan: &str, survey: &str) -> Result<(service::Survey, i32), AppError> {
        let actor = require_actor()?;
        let loaded = service::load(db, plan, survey).await?;
        if !loaded.can_manage(Some(&actor.grants)) {
            return Err(AppError::Forbidden);
        }
        Ok((loaded, actor.user_id))
    }

    pub fn keep_draft(survey_id: i32, token: &str) -> Result<(), AppError> {
        set_cookie(&draft_cookie(survey_id), token, DRAFT_TTL_DAYS as u64 * 24 * 3600)
    }

    pub async fn limit_tries(db: &sea_orm::DatabaseConnection, what: &str) -> Result<(), AppError> {
        service::limit_code_tries(db, what, client_ip()).await
    }

    pub fn survey_path(plan: &str, survey: &str) -> String {
        format!("/plans/{plan}/surveys/{survey}")
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/surveys", endpoint = "list")]
pub async fn list_surveys(plan: String, lang: String) -> Result<SurveyList, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::list(&db()?, &plan, grants().as_deref(), locale(&lang)).await
}

#[server(prefix = "/api/surveys", endpoint = "start")]
pub async fn survey_start(plan: String, survey: String, lang: String) -> Result<StartView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = db()?;
    let loaded = visible(&db, &plan, &survey).await?;
    let locale = locale(&lang);
    let me = actor();
    let in_progress = match cookie(&draft_cookie(loaded.row.id)) {
        Some(token) => service::find_draft(&db, loaded.row.id, &token).await?.is_some(),
        None => false,
    };
    let answered = service::already_answered(&db, &loaded, cookie(&answered_cookie(loaded.row.id)).is_some(), me.as_ref().map(|m| m.user_id)).await?;
    let can_manage = loaded.can_manage(me.as_ref().map(|a| a.grants.as_slice()));
    Ok(StartView {
        plan: loaded.plan_ref(locale),
        survey: loaded.card(locale),
        languages: loaded.languages.clone(),
        in_progress,
        answered,
        signed_in: me.is_some(),
        can_manage,
        responses: if can_manage { service::response_count(&db, loaded.row.id).await? } else { 0 },
    })
}

/// One section to fill in (`None`: where this browser's answers in progress stopped).
/// Facilitators may `preview` any section of any of their surveys (nothing is stored).
#[server(prefix = "/api/surveys", endpoint = "form")]
pub async fn survey_form(plan: String, survey: String, section: Option<usize>, preview: bool, lang: String) -> Result<FormView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = db()?;
    let loaded = visible(&db, &plan, &survey).await?;
    let preview = preview && loaded.can_manage(grants().as_deref());
    let draft = match cookie(&draft_cookie(loaded.row.id)) {
        Some(token) if !preview => service::find_draft(&db, loaded.row.id, &token).await?,
        _ => None,
    };
    // Someone who has answered is told so on the survey's page, before any form (a response a
    // facilitator enters on someone's behalf is not theirs).
    let assisted = draft.as_ref().is_some_and(|d| d.row.assisted_by.is_some());
    let browser_answered = cookie(&answered_cookie(loaded.row.id)).is_some();
    if !preview && !assisted && service::already_answered(&db, &loaded, browser_answered, actor().map(|a| a.user_id)).await? {
        crate::state::redirect_page(&survey_path(&plan, &survey));
        return Err(AppError::Invalid(crate::core::Invalid::AlreadyAnswered));
    }
    service::form(&db, &loaded, draft, section, preview, actor().is_some(), locale(&lang)).await
}

#[server(prefix = "/api/surveys", endpoint = "results")]
pub async fn survey_results(
    plan: String,
    survey: String,
    lang: String,
    only_lang: Option<String>,
    only_channel: Option<String>,
) -> Result<ResultsView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Answers);
    let db = db()?;
    let loaded = visible(&db, &plan, &survey).await?;
    let filter = ResultsFilter {
        lang: only_lang.filter(|l| loaded.languages.contains(l)),
        channel: only_channel.as_deref().and_then(Channel::from_key),
    };
    service::results(&db, &loaded, filter, grants().as_deref(), locale(&lang)).await
}

#[server(prefix = "/api/surveys", endpoint = "codes")]
pub async fn survey_codes(plan: String, survey: String, lang: String, slips: Vec<String>) -> Result<CodesView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let (loaded, _) = managed(&db, &plan, &survey).await?;
    service::codes(&db, &loaded, &settings()?.public_url, &slips, locale(&lang)).await
}

/// Creates `count` single-use codes (once per form: see `crate::once`), then shows the sheet to print.
#[server(prefix = "/api/surveys", endpoint = "create_codes")]
pub async fn create_codes(plan: String, survey: String, count: String, once: String) -> Result<(), AppError> {
    let db = db()?;
    let count: u32 = count.trim().parse().map_err(|_| AppError::Invalid(Invalid::NumberInvalid))?;
    let (loaded, user) = managed(&db, &plan, &survey).await?;
    let to = crate::once::run(&db, &once, user, || async {
        service::generate_codes(&db, &loaded, count, user).await?;
        Ok(format!("{}/codes", survey_path(&plan, &survey)))
    })
    .await?;
    crate::state::redirect(&to);
    Ok(())
}

/// Starts answering with a single-use code.
#[server(prefix = "/api/surveys", endpoint = "start_with_code")]
pub async fn start_with_code(plan: String, survey: String, code: String, lang: String) -> Result<(), AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let loaded = visible(&db, &plan, &survey).await?;
    service::check_open(&loaded, false)?;
    limit_tries(&db, "code").await?;
    let token = service::start_with_code(&db, &loaded, &code, locale(&lang)).await?;
    keep_draft(loaded.row.id, &token)?;
    crate::state::redirect(&format!("{}/answer", survey_path(&plan, &survey)));
    Ok(())
}

/// A facilitator starts entering a paper or interview response on someone's behalf.
#[server(prefix = "/api/surveys", endpoint = "start_assisted")]
pub async fn start_assisted(plan: String, survey: String, channel: String, interview_lang: String, lang: String) -> Result<(), AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let channel = Channel::from_key(&channel).ok_or(AppError::Invalid(Invalid::FormInvalid))?;
    let (loaded, user) = managed(&db, &plan, &survey).await?;
    service::check_open(&loaded, true)?;
    let interview_lang = Some(interview_lang).filter(|l| !l.trim().is_empty());
    let token = service::start_assisted(&db, &loaded, user, channel, interview_lang, locale(&lang)).await?;
    keep_draft(loaded.row.id, &token)?;
    crate::state::redirect(&format!("{}/answer", survey_path(&plan, &survey)));
    Ok(())
}

/// Hides a free-text answer from the results (or shows it again).
#[server(prefix = "/api/surveys", endpoint = "moderate")]
pub async fn moderate_answer(plan: String, survey: String, id: i64, hidden: bool) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let loaded = service::load(&db, &plan, &survey).await?;
    if !loaded.can_moderate(Some(&me.grants)) {
        return Err(AppError::Forbidden);
    }
    service::moderate_text(&db, &loaded, id, hidden, me.user_id).await?;
    crate::state::redirect(&format!("{}/results#q-{id}", survey_path(&plan, &survey)));
    Ok(())
}

/// The resume code just made for this browser (shown once, on the "saved" page).
#[server(prefix = "/api/surveys", endpoint = "resume_code")]
pub async fn resume_code() -> Result<Option<String>, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    Ok(cookie(RESUME_COOKIE).filter(|c| service::normalize_code(c).is_some()))
}
