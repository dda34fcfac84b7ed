//! Moderation, server functions. Each: state, parse, permit, one service call. Flagging is for
//! anyone signed in; deciding for the item's plan's moderators (checked by the service, which
//! finds the item's plan); the log is public.

use leptos::prelude::*;

use super::ModerationView;
use crate::core::AppError;

#[cfg(feature = "ssr")]
mod ssr {
    pub use super::super::{Decision, ItemKind, service};
    pub use crate::{
        accounts::roles::{Action as Can, can},
        core::{AppError, Invalid},
        plans::{drafting::service::plan_by_slug, editing::access::locale, service::plan_ref},
        registry::moderated,
        state::{actor, db, redirect, require_actor},
    };

    pub fn item_kind(raw: &str) -> Result<ItemKind, AppError> {
        ItemKind::parse(raw).ok_or(AppError::Invalid(Invalid::ItemUnknown))
    }

    /// `place` (`/plans/p/measures/m#comment-7`) with `?<mark>=<item>` before its fragment, so
    /// the page can say what happened.
    pub fn marked(place: &str, mark: &str, item: i32) -> String {
        let (path, fragment) = place.split_once('#').map_or((place, String::new()), |(p, f)| (p, format!("#{f}")));
        let join = if path.contains('?') { '&' } else { '?' };
        format!("{path}{join}{mark}={item}{fragment}")
    }
}
#[cfg(feature = "ssr")]
use ssr::*;

/// A plan's moderation page: its public log (page `page`) and, for its moderators, the queue.
#[server(prefix = "/api/moderation", endpoint = "page")]
pub async fn moderation_data(plan: String, page: u64, lang: String) -> Result<ModerationView, AppError> {
    let db = db()?;
    let row = plan_by_slug(&db, &plan).await?;
    let moderates = actor().is_some_and(|a| can(Some(&a.grants), Can::Moderate { plan_id: row.id }));
    if !moderates {
        crate::page_cache::public(crate::page_cache::Depends::Content);
    }
    let plan_ref = plan_ref(&row, locale(&lang));
    service::page(&db, &row, plan_ref, page, moderates.then_some(moderated as fn(ItemKind) -> &'static dyn service::Moderated)).await
}

/// Flags an item with a reason; back to it.
#[server(prefix = "/api/moderation", endpoint = "flag")]
pub async fn flag(kind: String, item: i32, reason: String) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let kind = item_kind(&kind)?;
    let place = service::flag(&db, moderated(kind), item, me.user_id, &reason).await?;
    redirect(&marked(&place, "flagged", item));
    Ok(())
}

/// A moderator hides, removes or restores an item; back to the queue (`back` = `queue`) or to
/// the item.
#[server(prefix = "/api/moderation", endpoint = "decide")]
pub async fn decide(kind: String, item: i32, decision: String, reason: Option<String>, back: Option<String>) -> Result<(), AppError> {
    let db = db()?;
    let me = require_actor()?;
    let kind = item_kind(&kind)?;
    let decision = Decision::parse(&decision).ok_or(AppError::Invalid(Invalid::FormInvalid))?;
    let place = service::decide(&db, moderated(kind), item, &me, decision, reason.as_deref().unwrap_or_default()).await?;
    let plan = place.split('/').nth(2).unwrap_or_default();
    let to = if back.as_deref() == Some("queue") { format!("/plans/{plan}/moderation#queue") } else { marked(&place, "moderated", item) };
    redirect(&to);
    Ok(())
}
