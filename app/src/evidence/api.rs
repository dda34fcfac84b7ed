//! Evidence, server functions. Each: state, parse, permit, one service call. Linking and
//! unlinking are for the plan's facilitators and administrators; reading is public.

use leptos::prelude::*;

use super::model::{ChecklistView, EvidenceItem};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use crate::{
        accounts::roles::{Action, can},
        core::{AppError, Invalid},
        evidence::{
            model::{OutcomeRef, Stance},
            service::{self, NewLink},
        },
        i18n::Locale,
        plans::drafting::service::plan_by_slug,
        state::{db, redirect, require_actor},
    };

    pub fn locale(lang: &str) -> Locale {
        Locale::from_tag(lang).unwrap_or_default()
    }

    /// Plan `slug`, if the signed-in person may link its outcomes; with their id.
    pub async fn linking(db: &sea_orm::DatabaseConnection, slug: &str) -> Result<(crate::entity::plans::Model, i32), AppError> {
        let me = require_actor()?;
        let plan = plan_by_slug(db, slug).await?;
        if !can(Some(&me.grants), Action::LinkEvidence { plan_id: plan.id }) {
            return Err(AppError::Forbidden);
        }
        Ok((plan, me.user_id))
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/evidence", endpoint = "measure")]
pub async fn measure_evidence(plan: String, code: String, lang: String) -> Result<Vec<EvidenceItem>, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::for_measure(&db()?, &plan, &code, locale(&lang)).await
}

/// Links an outcome (`kind:key`) to a measure, with a stance (`supports`, `challenges`,
/// `informs`) and a rationale in the facilitator's language; back to where the outcome is shown.
#[server(prefix = "/api/evidence", endpoint = "link")]
pub async fn link_evidence(plan: String, outcome: String, measure: String, stance: String, rationale: String, lang: String) -> Result<(), AppError> {
    let db = db()?;
    let outcome = OutcomeRef::parse(&outcome).ok_or(Invalid::FormInvalid)?;
    let stance = Stance::parse(&stance).ok_or(Invalid::StanceMissing)?;
    let (plan, user) = linking(&db, &plan).await?;
    let new = NewLink { outcome: &outcome, measure_code: &measure, stance, rationale: &rationale, lang: locale(&lang) };
    let place = service::link(&db, &plan, new, user).await?;
    redirect(&place);
    Ok(())
}

#[server(prefix = "/api/evidence", endpoint = "unlink")]
pub async fn unlink_evidence(plan: String, id: i32) -> Result<(), AppError> {
    let db = db()?;
    let (plan, user) = linking(&db, &plan).await?;
    let place = service::unlink(&db, &plan, id, user).await?;
    redirect(&place);
    Ok(())
}

/// The plan's evidence checklist, for those who may link its outcomes.
#[server(prefix = "/api/evidence", endpoint = "checklist")]
pub async fn evidence_checklist(plan: String, lang: String) -> Result<ChecklistView, AppError> {
    crate::page_cache::changed(crate::page_cache::Changed::Nothing);
    let db = db()?;
    let (plan, _) = linking(&db, &plan).await?;
    service::checklist(&db, &plan, locale(&lang)).await
}
