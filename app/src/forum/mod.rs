//! Forum feature: threads per plan, in categories that are the plan's areas (plus "general"),
//! optionally tied to draft measures; posts in sanitised Markdown (`crate::markdown`), each in
//! its language, numbered within the thread so a post's page and link never change; quoting,
//! editing (with "edited" shown and the earlier texts kept for moderators) and an author's own
//! delete; pinned and locked threads; limits for new accounts against spam; and a
//! facilitator's outcome that closes a thread and can be linked as evidence to a measure
//! (`crate::evidence`, kind `forum_outcome`).
//!
//! Flags, hiding and removal go through `crate::moderation` (kinds `forum_thread` and
//! `forum_post`, handled in `moderated`); pinning and locking are moderators' decisions logged
//! in the same public log.

pub mod api;
pub mod domain;
pub mod pages;
pub mod search_page;
pub mod thread_page;
#[cfg(feature = "ssr")]
pub mod evidence;
#[cfg(feature = "ssr")]
pub mod following;
#[cfg(feature = "ssr")]
pub mod moderated;
#[cfg(feature = "ssr")]
pub mod posts;
#[cfg(feature = "ssr")]
pub mod search;
#[cfg(feature = "ssr")]
pub mod service;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    accounts::byline::Byline,
    core::Text,
    evidence::model::{OutcomeEvidence, OutcomeKind, OutcomeRef},
    moderation::ItemState,
    plans::model::{AreaRef, PlanRef},
};

/// A measure a thread is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureTag {
    pub code: String,
    pub title: Text,
}

/// A thread as the forum lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadCard {
    pub id: i32,
    /// Empty unless the thread is visible.
    pub title: String,
    pub lang: String,
    /// The area code, or `general`.
    pub category: String,
    pub author: Byline,
    pub posts: i32,
    /// The day of its last post, on the plan's clock.
    pub last_on: NaiveDate,
    pub pinned: bool,
    pub locked: bool,
    pub closed: bool,
    pub state: ItemState,
}

/// A plan's forum: its categories, a page of threads (pinned first, then by last post) and
/// what the reader may do.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ForumView {
    pub plan: PlanRef,
    /// The plan's visible areas, in order (the "general" category comes first on the page).
    pub categories: Vec<AreaRef>,
    /// The category shown, if one was chosen.
    pub category: Option<String>,
    pub threads: Vec<ThreadCard>,
    pub page: u64,
    pub pages: u64,
    pub signed_in: bool,
    /// For the new-thread form: the plan's municipalities (slug, name) and measures.
    pub municipalities: Vec<(String, String)>,
    pub measures: Vec<MeasureTag>,
}

/// A post as the thread page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PostView {
    pub id: i32,
    pub number: i32,
    pub author: Byline,
    pub on: NaiveDate,
    pub lang: String,
    /// Empty unless the post is visible.
    pub body_html: String,
    pub state: ItemState,
    pub edited: bool,
    /// Written by the reader.
    pub own: bool,
    /// The number of the post it quotes, if any.
    pub quotes: Option<i32>,
}

/// A thread's outcome, as its page shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutcomeView {
    pub text: Text,
    pub on: NaiveDate,
}

/// What the thread's facilitators see to close it, translate its outcome and link it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManageThread {
    /// The outcome as written, per language.
    pub written: Vec<(String, String)>,
    /// The plan's languages, its own first.
    pub languages: Vec<String>,
}

/// A page of a thread.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ThreadView {
    pub plan: PlanRef,
    pub id: i32,
    /// Empty unless the thread is visible.
    pub title: String,
    pub lang: String,
    pub category: AreaRef,
    pub measures: Vec<MeasureTag>,
    pub author: Byline,
    pub state: ItemState,
    pub pinned: bool,
    pub locked: bool,
    pub outcome: Option<OutcomeView>,
    /// The measures the outcome is evidence for (once there is one); for its facilitators, with
    /// the measures they can link it to.
    pub evidence: Option<OutcomeEvidence>,
    /// Visible posts only when the thread is visible.
    pub posts: Vec<PostView>,
    pub page: i32,
    pub pages: i32,
    pub signed_in: bool,
    /// The reader opened the thread.
    pub own: bool,
    pub can_moderate: bool,
    pub municipalities: Vec<(String, String)>,
    /// The text a reply starts with (`?quote=<post id>` of a post on this page).
    pub quote: Option<(i32, String)>,
    /// The reader's own post being edited (`?edit=<post id>` on this page): its id and text.
    pub editing: Option<(i32, String)>,
    /// For the plan's facilitators.
    pub manage: Option<ManageThread>,
    /// How the reader follows the thread (`instant`, `daily`), if they do.
    pub following: Option<String>,
}

/// The earlier texts of a post, for moderators.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryView {
    pub plan: PlanRef,
    pub thread: i32,
    pub title: String,
    pub number: i32,
    /// Its text now.
    pub current: String,
    /// Earlier texts, newest first: when each was replaced, and the text.
    pub earlier: Vec<(String, String)>,
}

/// The evidence reference of a thread's outcome.
pub fn outcome_ref(thread: i32) -> OutcomeRef {
    OutcomeRef::new(OutcomeKind::ForumOutcome, thread.to_string())
}

/// Where thread `id` is shown.
pub fn thread_place(plan: &str, id: i32) -> String {
    format!("/plans/{plan}/forum/{id}")
}

/// Where post `number` of thread `thread` is shown (its page never changes).
pub fn post_place(plan: &str, thread: i32, number: i32) -> String {
    let page = domain::page_of(number);
    let query = if page > 1 { format!("?page={page}") } else { String::new() };
    format!("{}{query}#post-{number}", thread_place(plan, thread))
}

/// A post (or a thread's title) that a search found.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchHit {
    pub thread: i32,
    pub title: String,
    pub title_lang: String,
    /// The post found (`None`: the thread's title matched).
    pub number: Option<i32>,
    /// The start of the post, plain.
    pub excerpt: String,
    pub lang: String,
    pub on: NaiveDate,
}

/// What a search of a plan's forum found, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SearchView {
    pub plan: PlanRef,
    pub query: String,
    pub hits: Vec<SearchHit>,
    /// More were found than are shown.
    pub more: bool,
}
