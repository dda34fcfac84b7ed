//! Consultations feature: the public consultation of a plan's draft. Facilitators open a
//! consultation on one published version (its measures, channels, languages, opening day and a
//! closing day given as a date or counted in working days); while it is open, signed-in people
//! comment on a measure as a whole or on one part of it (a description paragraph, an objective,
//! an indicator, a target), reply once, and react to the measure. Comments stay attached to the
//! version they were made on. Rendering of what people write goes through `crate::markdown`.
//!
//! Where each part lives: `service` (the consultation itself, its states, the report),
//! `comments` (comments, replies, reactions, comments received offline, an author's delete),
//! `moderated` (comments as `crate::moderation` sees them), `positions` (entities' formal
//! positions and their history), `dispositions` (the answer to every input, the author's email,
//! "How your input was used"), `evidence` (comments and positions as outcomes that can be
//! evidence for a measure), `export` (CSV and JSON downloads); pages: `pages` (the list, one
//! consultation, the plan page's banner), `measure` (what a measure page shows), `report`
//! ("How your input was used", printable).

pub mod api;
pub mod domain;
pub mod evidence;
#[cfg(feature = "ssr")]
pub mod moderated;
pub mod measure;
pub mod pages;
pub mod report;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod comments;
#[cfg(feature = "ssr")]
pub mod dispositions;
#[cfg(feature = "ssr")]
pub mod export;
#[cfg(feature = "ssr")]
pub mod positions;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

pub use crate::accounts::byline::Byline;

pub use domain::{Anchor, ConsultationState, Parts};

use crate::{
    core::Text,
    plans::model::{MeasureCard, PlanRef},
};

/// A consultation as lists and measure pages name it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationCard {
    pub slug: String,
    pub title: Text,
    pub state: ConsultationState,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
    /// The number of the version of the draft it consults.
    pub version: i32,
}

/// A plan's consultations, newest first; for its facilitators, what the form to open one needs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationsView {
    pub plan: PlanRef,
    pub consultations: Vec<ConsultationCard>,
    /// Set for those who may open a consultation: the published versions, newest first.
    pub manage: Option<ManageConsultations>,
}

/// What the form to open a consultation offers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ManageConsultations {
    pub versions: Vec<i32>,
    /// The measures of the latest version (code and title), to choose some.
    pub measures: Vec<MeasureCard>,
    /// The plan's languages, its own first.
    pub languages: Vec<String>,
}

/// One consultation's page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConsultationView {
    pub plan: PlanRef,
    pub card: ConsultationCard,
    pub intro: Text,
    pub channels: Vec<String>,
    pub languages: Vec<String>,
    pub working_days: Option<i32>,
    /// The measures consulted, each with how many comments it has.
    pub measures: Vec<(MeasureCard, u64)>,
    /// Entities that filed positions, each with its current stance on each measure above (by
    /// position in `measures`), for the matrix entity × measure.
    pub matrix: Vec<(Text, Vec<Option<String>>)>,
    /// The reader runs the plan (may publish the report once it has closed).
    pub can_manage: bool,
}

/// The facilitators' answer to an input: their decision, why, and the later version of the
/// draft that carries the change, if any (its diff against the version consulted).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Disposition {
    /// One of `domain::DECISIONS`.
    pub decision: String,
    pub reason: Text,
    pub changed_in: Option<i32>,
    pub on: NaiveDate,
}

/// A comment under a measure, with its replies.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i32,
    /// Its anchor's key (`Anchor::key`).
    pub anchor: String,
    pub author: Byline,
    /// Sanitised HTML (`crate::markdown`); empty unless the comment is visible.
    pub body_html: String,
    /// Visible, or why not (hidden pending review, removed by a moderator, deleted by its author).
    pub state: crate::moderation::ItemState,
    /// Written by the reader (who may delete it, and may not flag it).
    pub own: bool,
    pub lang: String,
    pub affects_me: bool,
    pub channel: String,
    pub on: NaiveDate,
    /// The version of the draft it was made on.
    pub version: i32,
    pub replies: Vec<CommentView>,
    /// The facilitators' answer (top-level comments).
    pub disposition: Option<Disposition>,
}

/// One filing of an entity's position on a measure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PositionEntry {
    /// One of `domain::STANCES`.
    pub stance: String,
    /// Sanitised HTML (`crate::markdown`).
    pub statement_html: String,
    pub lang: String,
    /// Wording proposed for a part of the measure (its anchor key) and the text.
    pub proposed: Option<(String, String)>,
    pub on: NaiveDate,
}

/// An entity's current position on a measure, with its earlier ones (newest first).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PositionView {
    pub entity: String,
    pub entity_name: Text,
    pub current: PositionEntry,
    pub history: Vec<PositionEntry>,
    /// The id of the current filing (what an answer is given to).
    pub current_id: i32,
    /// The facilitators' answer to the entity's position (the newest given to any filing).
    pub disposition: Option<Disposition>,
}

/// Reactions to a measure in a consultation.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reactions {
    pub support: u64,
    pub neutral: u64,
    pub oppose: u64,
}

/// The consultation a measure page shows (the latest one that covers the measure and has opened).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureConsultationView {
    pub plan: String,
    pub code: String,
    pub consultation: ConsultationCard,
    /// Whether the measure takes comments, reactions and positions now: the consultation is
    /// open and no version of the plan withdrew the measure.
    pub open: bool,
    /// The version the measure page shows (comments on an earlier one say so).
    pub current_version: Option<i32>,
    pub parts: Parts,
    /// One page of comments (newest first) and where it stands.
    pub comments: Vec<CommentView>,
    pub total: u64,
    pub page: u64,
    pub pages: u64,
    pub reactions: Reactions,
    /// The reader's own reaction.
    pub mine: Option<String>,
    /// The reader is signed in.
    pub signed_in: bool,
    /// The reader moderates the plan.
    pub can_moderate: bool,
    /// For the plan's facilitators: the consultation's channels besides the web, to enter
    /// comments received on paper, by email or at a session (empty for everyone else).
    pub offline_channels: Vec<String>,
    /// The day it is for the consultation (the offline form's default day received).
    pub today: NaiveDate,
    /// The entities' positions on the measure, apart from comments.
    pub positions: Vec<PositionView>,
    /// The entities of the plan the reader represents (slug and name), to file positions for.
    pub representing: Vec<(String, Text)>,
    /// For the plan's facilitators: the versions published after the one consulted, to point an
    /// answer to the change it caused (`None` for everyone else).
    pub answering: Option<Vec<i32>>,
    /// The plan's municipalities, for "a resident of …".
    pub municipalities: Vec<(String, String)>,
}

/// What "How your input was used" is filtered by (empty: everything).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct InputFilter {
    pub measure: String,
    pub channel: String,
    pub lang: String,
    /// A decision, or `none` for inputs not answered yet.
    pub decision: String,
}

/// One input of a consultation as "How your input was used" lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InputItem {
    /// `comment` or `position`.
    pub kind: String,
    pub measure: String,
    pub author: Byline,
    pub channel: String,
    pub lang: String,
    /// Sanitised HTML.
    pub body_html: String,
    /// For a position, its stance.
    pub stance: Option<String>,
    pub on: NaiveDate,
    pub disposition: Option<Disposition>,
    /// Where it is on its measure's page.
    pub place: String,
    /// The outcome it is, for evidence.
    pub outcome: crate::evidence::model::OutcomeRef,
}

/// A consultation's answers to the inputs on one measure, counted: what the plan's "How input
/// was used" across channels shows of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureAnswers {
    /// The consultation's slug and title, and the number of the version it consulted.
    pub consultation: String,
    pub title: Text,
    pub consulted: i32,
    pub code: String,
    /// Inputs by decision (those with one, in the order of `domain::DECISIONS`).
    pub decisions: Vec<(String, u64)>,
    pub unanswered: u64,
    /// The later versions the answers point to as carrying a change, in order.
    pub changed_in: Vec<i32>,
}

/// "How your input was used": every input of a consultation with the answer it got.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InputsView {
    pub plan: PlanRef,
    pub card: ConsultationCard,
    /// The measures consulted (to filter by), and the languages inputs were written in.
    pub measures: Vec<MeasureCard>,
    pub languages: Vec<String>,
    pub filter: InputFilter,
    /// Inputs matching the filter besides its decision, by decision (`none` for unanswered).
    pub counts: Vec<(String, u64)>,
    pub total: u64,
    pub items: Vec<InputItem>,
    pub page: u64,
    pub pages: u64,
    /// The measures the listed comments and positions are evidence for; for the plan's
    /// facilitators, what they can link them to.
    pub evidence: crate::evidence::model::OutcomeEvidence,
}