//! Closing the loop: what the bottom-up phase produced, across every channel, published for
//! everyone. Today: "How input was used" (`used`, `used_page`): each measure of a plan with the
//! outcomes that are evidence for it (surveys, focus groups, forum, consultation comments and
//! positions, through `crate::evidence`) and the answers the consultations gave to the inputs on
//! it (through `crate::consultations`). This module reads those features; none reads it.

pub mod api;
#[cfg(feature = "ssr")]
pub mod used;
pub mod used_page;

use serde::{Deserialize, Serialize};

use crate::{consultations::MeasureAnswers, core::Text, evidence::model::EvidenceItem, plans::model::PlanRef};

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
