//! Moderation feature, shared by everything people write in public (consultation comments
//! today, forum posts next): anyone signed in flags an item with a reason; flags by
//! [`domain::FLAG_THRESHOLD`] different people hide it until a moderator decides; moderators
//! (the plan's facilitators, deployment moderators, admins) hide with a reason, remove or
//! restore; every decision goes to the plan's public moderation log (no personal data) and to
//! the audit log. An author's own "delete" belongs to the item's feature, not here.
//!
//! Items are named by a typed reference ([`domain::ItemKind`] and an id); the feature that owns
//! a kind implements `service::Moderated` and is listed in `crate::registry`, so this module
//! imports no feature.

pub mod api;
pub mod components;
pub mod domain;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use domain::{Decision, ItemKind, ItemState};

use crate::plans::model::PlanRef;

/// An entry of a plan's public moderation log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LogEntry {
    pub kind: ItemKind,
    pub item: i32,
    /// `moderation-action-*`.
    pub action: String,
    /// `moderation-reason-*`.
    pub reason: String,
    /// Where the item is shown (a path on this site).
    pub place: String,
    pub on: NaiveDate,
}

/// An item waiting for a moderator: flagged (and perhaps hidden by its flags), or hidden.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QueueItem {
    pub kind: ItemKind,
    pub item: i32,
    pub state: ItemState,
    /// The start of its text, plain.
    pub excerpt: String,
    pub place: String,
    /// Open flags by reason, most first.
    pub flags: Vec<(String, u64)>,
}

/// A plan's moderation page: the public log, and for moderators what waits for them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ModerationView {
    pub plan: PlanRef,
    pub log: Vec<LogEntry>,
    pub page: u64,
    pub pages: u64,
    /// Set for the plan's moderators: flagged or hidden items, oldest flag first.
    pub queue: Option<Vec<QueueItem>>,
}
