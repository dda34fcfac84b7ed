//! Consultations, server functions. Each: state, parse, permit, one service call. Opening a
//! consultation is for the plan's facilitators and administrators; commenting and reacting for
//! anyone signed in while it is open; reading is public.

use leptos::prelude::*;

use super::{ConsultationView, ConsultationsView, InputFilter, InputsView, MeasureConsultationView};
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::{
        comments::{self, NewComment, OfflineComment},
        dispositions::{self, Answer},
        positions::{self, NewPosition},
        service::{self, Closing, NewConsultation},
    };
    pub use crate::{
        accounts::roles::{Action as Can, can},
        core::{AppError, Invalid},
        plans::{
            drafting::service::plan_by_slug,
            editing::access::{editable, locale},
        },
        state::{actor, db, redirect, require_actor, settings},
    };

    pub fn date(raw: &str) -> Result<chrono::NaiveDate, AppError> {
        chrono::NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").map_err(|_| AppError::Invalid(Invalid::DateInvalid))
    }

    /// The closing of a new consultation: a number of working days if given, else a date.
    pub fn closing(closes_on: &str, working_days: &str) -> Result<Closing, AppError> {
        if working_days.trim().is_empty() {
            return date(closes_on).map(Closing::On);
        }
        working_days.trim().parse().map(Closing::WorkingDays).map_err(|_| AppError::Invalid(Invalid::NumberInvalid))
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/consultations", endpoint = "list")]
pub async fn consultations_data(plan: String, lang: String) -> Result<ConsultationsView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let manage = actor().is_some_and(|a| can(Some(&a.grants), Can::EditPlanContent { plan_id: row.id }));
    if !manage {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    service::list(&db, row, manage, locale(&lang)).await
}

#[server(prefix = "/api/consultations", endpoint = "one")]
pub async fn consultation_data(plan: String, slug: String, lang: String) -> Result<ConsultationView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let manage = actor().is_some_and(|a| can(Some(&a.grants), Can::EditPlanContent { plan_id: row.id }));
    if !manage {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    let view = service::view(&db, row, &slug, locale(&lang)).await?;
    Ok(ConsultationView { can_manage: manage, ..view })
}

/// Opens a consultation; on to its page.
#[server(prefix = "/api/consultations", endpoint = "open")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn open_consultation(
    plan: String,
    title: String,
    intro: String,
    version: String,
    scope: Option<Vec<String>>,
    channels: Option<Vec<String>>,
    languages: Option<Vec<String>>,
    opens_on: String,
    closes_on: String,
    working_days: String,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let new = NewConsultation {
        title,
        intro,
        version: version.trim().parse().map_err(|_| AppError::Invalid(Invalid::VersionUnknown))?,
        scope: scope.unwrap_or_default(),
        channels: channels.unwrap_or_default(),
        languages: languages.unwrap_or_default(),
        opens_on: date(&opens_on)?,
        closing: closing(&closes_on, &working_days)?,
    };
    let (row, user) = editable(&db, &plan).await?;
    let to = crate::once::run(&db, &once, user, || async {
        let slug = service::create(&db, row, user, new).await?;
        Ok(format!("/plans/{plan}/consultations/{slug}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// The consultation on a measure, with page `page` of its comments (`None` if there is none).
#[server(prefix = "/api/consultations", endpoint = "measure")]
pub async fn measure_consultation(plan: String, code: String, lang: String, page: u64) -> Result<Option<MeasureConsultationView>, AppError> {
    let db = db()?;
    let me = actor();
    if me.is_none() {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    comments::for_measure(&db, &plan, &code, page, locale(&lang), me.as_ref()).await
}

/// A comment (or a reply) on a measure; back to it on the measure page.
#[server(prefix = "/api/consultations", endpoint = "comment")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn post_comment(
    plan: String,
    code: String,
    consultation: String,
    anchor: String,
    body: String,
    lang: String,
    affects_me: Option<String>,
    shown_as: String,
    municipality: Option<String>,
    parent: Option<String>,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let parent = match parent.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
        Some(p) => Some(p.parse().map_err(|_| AppError::Invalid(Invalid::ReplyUnknown))?),
        None => None,
    };
    let new = NewComment {
        consultation,
        anchor,
        body,
        lang,
        affects_me: affects_me.is_some(),
        shown_as,
        municipality: municipality.unwrap_or_default(),
        parent,
    };
    let to = crate::once::run(&db, &once, me.user_id, || async {
        let id = comments::comment(&db, &plan, &code, &me, new).await?;
        Ok(format!("/plans/{plan}/measures/{code}#comment-{id}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// A reaction to a measure (support, neutral, oppose); back to the reactions.
#[server(prefix = "/api/consultations", endpoint = "react")]
pub async fn react(plan: String, code: String, consultation: String, reaction: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    comments::react(&db, &plan, &code, &consultation, &me, &reaction).await?;
    redirect(&format!("/plans/{plan}/measures/{code}?reacted=1#reactions"));
    Ok(())
}

/// The author deletes their own comment; back to where it was.
#[server(prefix = "/api/consultations", endpoint = "delete")]
pub async fn delete_comment(plan: String, code: String, id: i32) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let to = comments::delete_own(&db, &plan, &code, &me, id).await?;
    redirect(&to);
    Ok(())
}

/// A comment received on paper, by email or at a session, entered by a facilitator; back to it.
#[server(prefix = "/api/consultations", endpoint = "enter")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn enter_offline_comment(
    plan: String,
    code: String,
    consultation: String,
    anchor: String,
    body: String,
    lang: String,
    affects_me: Option<String>,
    channel: String,
    received_on: String,
    name: Option<String>,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let new = OfflineComment {
        consultation,
        anchor,
        body,
        lang,
        affects_me: affects_me.is_some(),
        channel,
        received_on: date(&received_on)?,
        name: name.unwrap_or_default(),
    };
    let (row, user) = editable(&db, &plan).await?;
    let to = crate::once::run(&db, &once, user, || async {
        let id = comments::enter_offline(&db, &row, &code, user, new).await?;
        Ok(format!("/plans/{plan}/measures/{code}#comment-{id}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// A representative files (or changes) their entity's position on a measure; back to it.
#[server(prefix = "/api/consultations", endpoint = "position")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn file_position(
    plan: String,
    code: String,
    consultation: String,
    entity: String,
    stance: String,
    statement: String,
    lang: String,
    proposed_part: Option<String>,
    proposed_text: Option<String>,
    once: String,
) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let new = NewPosition {
        consultation,
        entity,
        stance,
        statement,
        lang,
        proposed_part: proposed_part.unwrap_or_default(),
        proposed_text: proposed_text.unwrap_or_default(),
    };
    let to = crate::once::run(&db, &once, me.user_id, || async {
        let entity = new.entity.clone();
        positions::file(&db, &plan, &code, &me, new).await?;
        Ok(format!("/plans/{plan}/measures/{code}#position-{entity}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

/// "How your input was used": the inputs of a consultation with their answers, filtered.
#[server(prefix = "/api/consultations", endpoint = "inputs")]
pub async fn inputs_data(plan: String, slug: String, filter: InputFilter, page: u64, lang: String) -> Result<InputsView, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let can_link = can(actor().map(|a| a.grants).as_deref(), Can::LinkEvidence { plan_id: row.id });
    dispositions::report(&db, row, &slug, filter, page, can_link, locale(&lang)).await
}

/// A facilitator answers an input (a comment or a position); back to it.
#[server(prefix = "/api/consultations", endpoint = "answer")]
pub async fn answer_input(plan: String, consultation: String, kind: String, id: i32, decision: String, reason: String, changed_in: Option<String>) -> Result<(), AppError> {
    let db = db()?;
    let changed_in = match changed_in.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
        Some(v) => Some(v.parse().map_err(|_| AppError::Invalid(Invalid::VersionUnknown))?),
        None => None,
    };
    let answer = Answer { consultation, kind, id, decision, reason, changed_in };
    let (row, user) = editable(&db, &plan).await?;
    let to = dispositions::answer(&db, &row, user, &settings()?.public_url, answer).await?;
    redirect(&to);
    Ok(())
}

/// The consultation the plan page announces (the latest one), if any.
#[server(prefix = "/api/consultations", endpoint = "latest")]
pub async fn latest_consultation(plan: String, lang: String) -> Result<Option<super::ConsultationCard>, AppError> {
    crate::page_cache::public(crate::page_cache::Depends::Content);
    service::latest_of_plan(&db()?, &plan, locale(&lang)).await
}

/// Publishes the report of a closed consultation; back to it.
#[server(prefix = "/api/consultations", endpoint = "publish_report")]
pub async fn publish_report(plan: String, slug: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::publish_report(&db, &row, user, &slug).await?;
    redirect(&format!("/plans/{plan}/consultations/{slug}"));
    Ok(())
}
