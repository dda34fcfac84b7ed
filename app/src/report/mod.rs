//! Closing the loop: what the bottom-up phase produced, across every channel, published for
//! everyone. "How input was used" (`used`, `used_page`): each measure of a plan with the
//! outcomes that are evidence for it (surveys, focus groups, forum, consultation comments and
//! positions, through `crate::evidence`) and the answers the consultations gave to the inputs on
//! it (through `crate::consultations`). The participation report (`participation`,
//! `participation_page`): who took part, by channel, language and month, every count below 5
//! suppressed (the survey results' suppression), and how representative it is of the plan's
//! foreign residents (`population`: the reference population facilitators enter, and the
//! shares). The printable report (`printable_page`) puts them together on A4. This module reads
//! those features; none reads it.

pub mod api;
#[cfg(feature = "ssr")]
pub mod participation;
pub mod participation_page;
#[cfg(feature = "ssr")]
pub mod printable;
pub mod population;
pub mod printable_page;
#[cfg(feature = "ssr")]
pub mod used;
pub mod used_page;

use serde::{Deserialize, Serialize};

use crate::{consultations::MeasureAnswers, core::Text, evidence::model::EvidenceItem, plans::model::PlanRef, surveys::model::Cell};

/// One measure as "How input was used" shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureUse {
    pub code: String,
    pub title: Text,
    /// The outcomes that are evidence for it, as its page lists them.
    pub evidence: Vec<EvidenceItem>,
    /// What each consultation answered to the inputs on it.
    pub answers: Vec<MeasureAnswers>,
}

impl MeasureUse {
    /// Nothing from participation reached this measure yet.
    pub fn is_empty(&self) -> bool {
        self.evidence.is_empty() && self.answers.is_empty()
    }
}

/// A plan's "How input was used", measure by measure in the plan's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsedView {
    pub plan: PlanRef,
    pub measures: Vec<MeasureUse>,
}

/// The printable report of a plan's bottom-up phase: the plan, its participation and how
/// representative it was, and how input was used, measure by measure with its evidence.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PrintableView {
    pub plan: crate::plans::model::PlanView,
    pub participation: ParticipationView,
    pub used: UsedView,
}

/// One row of a participation table: what it counts (a channel's key, a language tag, a month
/// `YYYY-MM`) and the count as published.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CountRow {
    pub key: String,
    pub cell: Cell,
}

/// A plan's participation report: every input (survey responses, consultation comments and
/// positions, focus-group attendance, forum posts) counted by channel, by language and by month.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ParticipationView {
    pub plan: PlanRef,
    /// Every count as it is (the plan's facilitators), not suppressed (everyone else).
    pub exact: bool,
    pub total: Cell,
    /// Keys: `survey_<channel>`, `comment_<channel>`, `position`, `focus_group`, `forum_post`
    /// (the `report-participation-channel-*` messages), in that order.
    pub by_channel: Vec<CountRow>,
    pub by_language: Vec<CountRow>,
    pub by_month: Vec<CountRow>,
    /// Keys: municipality names, in the plan's order; only inputs whose authors said where they
    /// live.
    pub by_municipality: Vec<CountRow>,
    /// The reference population's groups with their shares of participation, in the plan's
    /// order (empty until facilitators enter it).
    pub representation: Vec<population::GroupShare>,
}
