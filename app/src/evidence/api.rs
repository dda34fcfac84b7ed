//! Evidence, server functions. Each: state, parse, permit, one service call.

use leptos::prelude::*;

use super::model::{EvidenceItem, SurveyEvidence};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        evidence::service,
        i18n::Locale,
        state::{actor, db, require_actor},
        surveys::service as surveys,
    };

    pub fn locale(lang: &str) -> Locale {
        Locale::from_tag(lang).unwrap_or_default()
    }

    /// The survey, if the signed-in person facilitates its plan.
    pub async fn managed(db: &sea_orm::DatabaseConnection, plan: &str, survey: &str) -> Result<(surveys::Survey, i32), crate::core::AppError> {
        let me = require_actor()?;
        let loaded = surveys::load(db, plan, survey).await?;
        if !loaded.can_manage(Some(&me.grants)) {
            return Err(crate::core::AppError::Forbidden);
        }
        Ok((loaded, me.user_id))
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/evidence", endpoint = "measure")]
pub async fn measure_evidence(plan: String, code: String, lang: String) -> Result<Vec<EvidenceItem>, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::for_measure(&db()?, &plan, &code, locale(&lang)).await
}

#[server(prefix = "/api/evidence", endpoint = "survey")]
pub async fn evidence_of_survey(plan: String, survey: String, lang: String) -> Result<SurveyEvidence, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = db()?;
    let loaded = surveys::load(&db, &plan, &survey).await?;
    let grants = actor().map(|a| a.grants);
    surveys::visible_to(&loaded, grants.as_deref())?;
    let can_link = loaded.can_manage(grants.as_deref());
    service::for_survey(&db, &loaded, can_link, locale(&lang)).await
}

/// Links a question's results to a measure, with a rationale in the facilitator's language.
#[server(prefix = "/api/evidence", endpoint = "link")]
pub async fn link_evidence(plan: String, survey: String, question: String, measure: String, rationale: String, lang: String) -> Result<(), AppError> {
    let db = db()?;
    let (loaded, user) = managed(&db, &plan, &survey).await?;
    service::link(&db, &loaded, &question, &measure, &rationale, locale(&lang), user).await?;
    crate::state::redirect(&format!("/plans/{plan}/surveys/{survey}/results#r-{question}"));
    Ok(())
}

#[server(prefix = "/api/evidence", endpoint = "unlink")]
pub async fn unlink_evidence(plan: String, survey: String, id: i32, question: String) -> Result<(), AppError> {
    let db = db()?;
    let (loaded, user) = managed(&db, &plan, &survey).await?;
    service::unlink(&db, &loaded, id, user).await?;
    crate::state::redirect(&format!("/plans/{plan}/surveys/{survey}/results#r-{question}"));
    Ok(())
}
