//! What drafting sends over the wire: the facilitators' list of draft measures and one draft in
//! its edit form; the public list of versions, a measure as a version froze it, and the changes
//! to a measure between two versions.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    core::Text,
    plans::model::{AreaRef, EntityRef, MeasureCard, PlanRef},
};
pub use crate::plans::{
    editing::{FieldText, LangMissing},
    model::VersionRef,
};

/// Where a draft stands against the last published version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DraftState {
    /// Never published.
    New,
    /// Changed since the last version.
    Changed,
    /// As the last version has it.
    Published,
    /// Taken out of the next version (the last one still holds it).
    Withdrawing,
    /// Left out by a published version.
    Withdrawn,
}

impl DraftState {
    pub fn key(self) -> &'static str {
        match self {
            DraftState::New => "new",
            DraftState::Changed => "changed",
            DraftState::Published => "published",
            DraftState::Withdrawing => "withdrawing",
            DraftState::Withdrawn => "withdrawn",
        }
    }

    /// Whether publishing the next version would change what the public reads of it.
    pub fn pending(self) -> bool {
        matches!(self, DraftState::New | DraftState::Changed | DraftState::Withdrawing)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftRow {
    pub id: i32,
    pub code: String,
    pub title: Text,
    pub area: AreaRef,
    pub level: i16,
    pub state: DraftState,
    /// Texts written in the plan's language that lack the reader's language (0 if they read it).
    pub missing: usize,
}

/// The facilitators' drafting page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftsView {
    pub plan: PlanRef,
    pub drafts: Vec<DraftRow>,
    pub areas: Vec<AreaRef>,
    /// The code a new measure of the first area would get (the form's hint).
    pub code_example: String,
    pub latest: Option<VersionRef>,
    /// Drafts new or changed since the last version.
    pub unpublished: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorText {
    pub name: FieldText,
    pub target: FieldText,
}

/// One draft measure in its edit form, texts in one language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DraftEditView {
    pub plan: PlanRef,
    pub id: i32,
    pub lang: String,
    pub own_lang: String,
    pub languages: Vec<LangMissing>,
    /// What the form was opened on (a hash of the document): a save from an older page is refused.
    pub seen: String,
    pub state: DraftState,
    pub code: String,
    pub area: String,
    pub level: i16,
    pub title: FieldText,
    pub summary: FieldText,
    pub description: FieldText,
    pub timeline: FieldText,
    pub objectives: Vec<FieldText>,
    pub indicators: Vec<IndicatorText>,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub responsible: Option<String>,
    pub partners: Vec<String>,
    pub areas: Vec<AreaRef>,
    pub entities: Vec<EntityRef>,
}

/// A version on the public list of versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionSummary {
    pub number: i32,
    pub published_on: NaiveDate,
    pub note: Text,
    /// Measures first published in this version, and those changed since the one before.
    pub added: Vec<MeasureCard>,
    pub changed: Vec<MeasureCard>,
    /// Measures the version before held and this one left out.
    pub withdrawn: Vec<MeasureCard>,
    pub measure_count: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionsView {
    pub plan: PlanRef,
    /// Newest first.
    pub versions: Vec<VersionSummary>,
}

/// One version with every measure it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionView {
    pub plan: PlanRef,
    pub version: VersionRef,
    pub note: Text,
    pub latest: i32,
    pub measures: Vec<MeasureCard>,
}

/// A stretch of a compared text: the same in both versions, removed, or added.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Change {
    Same,
    Removed,
    Added,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub change: Change,
    pub text: String,
}

/// One field of a measure compared word by word (`field`: `code`, `title`, `objectives`… named
/// by the `plans-measure-*` messages); `lang` is the language compared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FieldDiff {
    pub field: String,
    pub lang: String,
    pub segments: Vec<Segment>,
}

/// A measure's changes between two versions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureChangesView {
    pub plan: PlanRef,
    pub code: String,
    pub title: Text,
    /// The versions that hold this measure (the choices of the form), oldest first.
    pub versions: Vec<i32>,
    /// Compared versions; `from` is `None` when the measure has only one version.
    pub from: Option<i32>,
    pub to: i32,
    pub changed: Vec<FieldDiff>,
    /// Fields that read the same in both.
    pub unchanged: Vec<String>,
}

/// A measure as one version froze it (the public measure page's fields) and where that version
/// stands.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrozenMeasureView {
    pub measure: crate::plans::model::MeasureView,
    pub version: VersionRef,
    pub latest: i32,
    /// The version before this one that holds this measure (for the "changes" link).
    pub earlier: Option<i32>,
}
