//! Drafting, server functions. Each: state, parse, permit, one service call. Writing is for the
//! plan's facilitators and administrators (`EditPlanContent`); reading versions is public.

use leptos::prelude::*;

use super::model::*;
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::{
        doc::{LangEdit, SharedEdit},
        service,
    };
    pub use crate::{
        core::{AppError, Invalid},
        plans::editing::access::{content_lang, editable, locale},
        state::{db, redirect},
    };

    pub fn date(raw: &str) -> Result<Option<chrono::NaiveDate>, AppError> {
        let raw = raw.trim();
        if raw.is_empty() {
            return Ok(None);
        }
        chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d").map(Some).map_err(|_| AppError::Invalid(Invalid::DateInvalid))
    }

    /// Positions ticked for removal; anything else is a broken form.
    pub fn positions(raw: Option<Vec<String>>) -> Result<Vec<usize>, AppError> {
        raw.unwrap_or_default().iter().map(|p| p.parse().map_err(|_| AppError::Invalid(Invalid::FormInvalid))).collect()
    }

    pub fn public() {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

#[server(prefix = "/api/plans", endpoint = "drafts")]
pub async fn drafts_data(plan: String, lang: String) -> Result<DraftsView, AppError> {
    let db = db()?;
    let (row, _) = editable(&db, &plan).await?;
    service::drafts_view(&db, row, locale(&lang)).await
}

/// A new draft measure; on to its edit form.
#[server(prefix = "/api/plans", endpoint = "new_draft")]
pub async fn create_draft(plan: String, area: String, code: String, title: String, once: String) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    let own = crate::plans::service::default_lang(&row.languages);
    let to = crate::once::run(&db, &once, user, || async {
        let id = service::create(&db, row, user, &area, &code, &title).await?;
        Ok(format!("/plans/{plan}/draft/{id}?in={own}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "draft")]
pub async fn draft_edit_data(plan: String, id: i32, lang: String, reader: String) -> Result<DraftEditView, AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, _) = editable(&db, &plan).await?;
    service::edit_view(&db, row, id, &lang, locale(&reader)).await
}

/// Saves a draft measure: the shared fields and the texts of one language; back to its form.
#[server(prefix = "/api/plans", endpoint = "save_draft")]
#[allow(clippy::too_many_arguments)] // one argument per field of the form
pub async fn update_draft(
    plan: String,
    id: i32,
    lang: String,
    seen: String,
    code: String,
    area: String,
    level: String,
    starts_on: String,
    ends_on: String,
    responsible: String,
    partners: Option<Vec<String>>,
    title: String,
    summary: String,
    description: String,
    timeline: String,
    objectives: Option<Vec<String>>,
    objective_new: String,
    objectives_removed: Option<Vec<String>>,
    indicator_names: Option<Vec<String>>,
    indicator_targets: Option<Vec<String>>,
    indicator_name_new: String,
    indicator_target_new: String,
    indicators_removed: Option<Vec<String>>,
) -> Result<(), AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let names = indicator_names.unwrap_or_default();
    let targets = indicator_targets.unwrap_or_default();
    if names.len() != targets.len() {
        return Err(Invalid::FormInvalid.into());
    }
    let shared = SharedEdit {
        code,
        area,
        level: level.trim().parse().map_err(|_| AppError::Invalid(Invalid::FormInvalid))?,
        starts_on: date(&starts_on)?,
        ends_on: date(&ends_on)?,
        responsible: Some(responsible.trim().to_owned()).filter(|r| !r.is_empty()),
        partners: partners.unwrap_or_default(),
    };
    let edit = LangEdit {
        lang: lang.clone(),
        title,
        summary,
        description,
        timeline,
        objectives: objectives.unwrap_or_default(),
        objective_new,
        objectives_removed: positions(objectives_removed)?,
        indicators: names.into_iter().zip(targets).collect(),
        indicator_new: (indicator_name_new, indicator_target_new),
        indicators_removed: positions(indicators_removed)?,
    };
    let (row, user) = editable(&db, &plan).await?;
    service::save(&db, row, user, id, &seen, shared, edit).await?;
    redirect(&format!("/plans/{plan}/draft/{id}?in={lang}&saved=1"));
    Ok(())
}

/// Deletes a draft measure never published; back to the list.
#[server(prefix = "/api/plans", endpoint = "delete_draft")]
pub async fn delete_draft(plan: String, id: i32) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::delete(&db, &row, user, id).await?;
    redirect(&format!("/plans/{plan}/draft?deleted=1"));
    Ok(())
}

/// Takes a published measure out of the next version, with a reason written in `lang`; back to
/// the draft.
#[server(prefix = "/api/plans", endpoint = "withdraw_draft")]
pub async fn withdraw_draft(plan: String, id: i32, lang: String, reason: String) -> Result<(), AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, user) = editable(&db, &plan).await?;
    service::withdraw(&db, &row, user, id, &lang, &reason).await?;
    redirect(&format!("/plans/{plan}/draft/{id}?in={lang}&withdrawn=1"));
    Ok(())
}

/// Puts a withdrawn measure back into the next version; back to the draft.
#[server(prefix = "/api/plans", endpoint = "restore_draft")]
pub async fn restore_draft(plan: String, id: i32) -> Result<(), AppError> {
    let db = db()?;
    let (row, user) = editable(&db, &plan).await?;
    service::restore(&db, &row, user, id).await?;
    redirect(&format!("/plans/{plan}/draft/{id}?restored=1"));
    Ok(())
}

/// Publishes the next version of the draft with a change note written in `lang`.
#[server(prefix = "/api/plans", endpoint = "publish_version")]
pub async fn publish_version(plan: String, lang: String, note: String, once: String) -> Result<(), AppError> {
    let db = db()?;
    let lang = content_lang(&lang)?;
    let (row, user) = editable(&db, &plan).await?;
    let to = crate::once::run(&db, &once, user, || async {
        let note = crate::core::Translated([(lang.clone(), note.clone())].into_iter().collect());
        let number = service::publish(&db, row, Some(user), note).await?;
        Ok(format!("/plans/{plan}/draft?published={number}"))
    })
    .await?;
    redirect(&to);
    Ok(())
}

#[server(prefix = "/api/plans", endpoint = "versions")]
pub async fn plan_versions(plan: String, lang: String) -> Result<VersionsView, AppError> {
    public();
    let db = db()?;
    service::versions_view(&db, service::plan_by_slug(&db, &plan).await?, locale(&lang)).await
}

#[server(prefix = "/api/plans", endpoint = "version")]
pub async fn plan_version(plan: String, number: i32, lang: String) -> Result<VersionView, AppError> {
    public();
    let db = db()?;
    service::version_view(&db, service::plan_by_slug(&db, &plan).await?, number, locale(&lang)).await
}

#[server(prefix = "/api/plans", endpoint = "frozen_measure")]
pub async fn frozen_measure(plan: String, number: i32, code: String, lang: String) -> Result<FrozenMeasureView, AppError> {
    public();
    let db = db()?;
    service::frozen_measure(&db, service::plan_by_slug(&db, &plan).await?, number, &code, locale(&lang)).await
}

#[server(prefix = "/api/plans", endpoint = "changes")]
pub async fn measure_changes(plan: String, code: String, from: Option<i32>, to: Option<i32>, lang: String) -> Result<MeasureChangesView, AppError> {
    public();
    let db = db()?;
    service::changes(&db, service::plan_by_slug(&db, &plan).await?, &code, from, to, locale(&lang)).await
}
