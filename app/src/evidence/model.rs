//! What the evidence feature sends over the wire, and the typed reference that names an outcome.

use serde::{Deserialize, Serialize};

use crate::core::Text;

/// The kinds of participation outcome that can be evidence for a measure. Each is resolved by
/// the feature that owns it (`crate::registry::outcomes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum OutcomeKind {
    /// The results of one survey question; key `<survey slug>/<question id>`.
    SurveyQuestion,
    /// A focus group's finding; key its id.
    FocusGroupFinding,
    /// The outcome a facilitator wrote when closing a forum thread; key the thread's id.
    ForumOutcome,
    /// A comment made in a public consultation (on the web or entered from paper); key its id.
    ConsultationComment,
    /// An entity's formal position on a measure in a consultation, whatever filing is current;
    /// key `<consultation id>-<entity id>-<measure id>`.
    AssociationPosition,
}

impl OutcomeKind {
    /// In the order a measure page lists them.
    pub const ALL: [OutcomeKind; 5] = [
        OutcomeKind::SurveyQuestion,
        OutcomeKind::FocusGroupFinding,
        OutcomeKind::ForumOutcome,
        OutcomeKind::ConsultationComment,
        OutcomeKind::AssociationPosition,
    ];

    /// How it is stored and sent (and the `evidence-kind-*` message).
    pub fn key(self) -> &'static str {
        match self {
            OutcomeKind::SurveyQuestion => "survey_question",
            OutcomeKind::FocusGroupFinding => "focus_group_finding",
            OutcomeKind::ForumOutcome => "forum_outcome",
            OutcomeKind::ConsultationComment => "consultation_comment",
            OutcomeKind::AssociationPosition => "association_position",
        }
    }

    pub fn parse(key: &str) -> Option<OutcomeKind> {
        OutcomeKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// What an outcome says of the measure it is linked to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Stance {
    /// It argues for the measure.
    Supports,
    /// It argues against the measure, or for changing it.
    Challenges,
    /// It is context the measure draws on, for or against nothing.
    #[default]
    Informs,
}

impl Stance {
    /// In the order forms offer them.
    pub const ALL: [Stance; 3] = [Stance::Supports, Stance::Challenges, Stance::Informs];

    /// How it is stored and sent (and the `evidence-stance-*` message).
    pub fn key(self) -> &'static str {
        match self {
            Stance::Supports => "supports",
            Stance::Challenges => "challenges",
            Stance::Informs => "informs",
        }
    }

    pub fn parse(key: &str) -> Option<Stance> {
        Stance::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// One outcome: its kind and its key within that kind. In forms: `kind:key`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OutcomeRef {
    pub kind: OutcomeKind,
    pub key: String,
}

impl OutcomeRef {
    pub fn new(kind: OutcomeKind, key: impl Into<String>) -> OutcomeRef {
        OutcomeRef { kind, key: key.into() }
    }

    /// `kind:key`, as forms send it.
    pub fn token(&self) -> String {
        format!("{}:{}", self.kind.key(), self.key)
    }

    /// The reference a form sent; `None` for an unknown kind or an empty or overlong key.
    pub fn parse(token: &str) -> Option<OutcomeRef> {
        let (kind, key) = token.split_once(':')?;
        let kind = OutcomeKind::parse(kind)?;
        (!key.is_empty() && key.len() <= 120).then(|| OutcomeRef::new(kind, key))
    }
}

/// One piece of evidence, as the measure page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceItem {
    pub id: i32,
    pub kind: OutcomeKind,
    /// Where it came from (a survey's title, a focus group's topic).
    pub source: Text,
    /// What it is (a question, a finding's statement).
    pub statement: Text,
    /// Where it can be read in full, when public.
    pub href: Option<String>,
    pub stance: Stance,
    pub rationale: Text,
}

/// A link from an outcome to a measure, as the outcome's page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureLink {
    pub id: i32,
    /// The outcome: its kind and its key within that kind.
    pub kind: OutcomeKind,
    pub key: String,
    pub measure_code: String,
    pub measure_title: Text,
    pub stance: Stance,
    pub rationale: Text,
}

/// The links of a set of outcomes (one survey's questions, one focus group's findings, a
/// consultation's comments and positions), and,
/// for facilitators, the measures they can be linked to.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct OutcomeEvidence {
    pub links: Vec<MeasureLink>,
    /// (code, title) of the plan's measures; empty unless the reader may link.
    pub measures: Vec<(String, Text)>,
    pub can_link: bool,
}

impl OutcomeEvidence {
    /// The links of `outcome`.
    pub fn of(&self, outcome: &OutcomeRef) -> Vec<MeasureLink> {
        self.links.iter().filter(|l| l.kind == outcome.kind && l.key == outcome.key).cloned().collect()
    }
}

/// A measure in the facilitators' evidence checklist: how many outcomes of each kind are
/// linked to it, and what they say of it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChecklistRow {
    pub code: String,
    pub title: Text,
    /// Links by kind, in the order of [`OutcomeKind::ALL`].
    pub by_kind: Vec<u64>,
    /// Links by stance, in the order of [`Stance::ALL`].
    pub by_stance: Vec<u64>,
}

impl ChecklistRow {
    /// Every link of the measure.
    pub fn total(&self) -> u64 {
        self.by_kind.iter().sum()
    }
}

/// The facilitators' evidence checklist of a plan: each measure with its evidence, in the
/// plan's order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ChecklistView {
    pub plan: crate::plans::model::PlanRef,
    pub measures: Vec<ChecklistRow>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_goes_through_a_form_and_back() {
        let r = OutcomeRef::new(OutcomeKind::SurveyQuestion, "your-voice/priorities");
        assert_eq!(r.token(), "survey_question:your-voice/priorities");
        assert_eq!(OutcomeRef::parse(&r.token()), Some(r));
        assert_eq!(OutcomeRef::parse("focus_group_finding:12"), Some(OutcomeRef::new(OutcomeKind::FocusGroupFinding, "12")));
        assert_eq!(OutcomeRef::parse("poll:12"), None, "an unknown kind");
        assert_eq!(OutcomeRef::parse("focus_group_finding:"), None, "an empty key");
        assert_eq!(OutcomeRef::parse("focus_group_finding"), None, "no key at all");
        assert_eq!(OutcomeRef::parse(&format!("focus_group_finding:{}", "9".repeat(121))), None);
        assert_eq!(OutcomeRef::parse("association_position:3-7-12"), Some(OutcomeRef::new(OutcomeKind::AssociationPosition, "3-7-12")));
    }

    #[test]
    fn every_kind_and_stance_reads_back_from_its_key() {
        for kind in OutcomeKind::ALL {
            assert_eq!(OutcomeKind::parse(kind.key()), Some(kind));
        }
        for stance in Stance::ALL {
            assert_eq!(Stance::parse(stance.key()), Some(stance));
        }
        assert_eq!(Stance::parse("Supports"), None, "keys are exact");
        assert_eq!(Stance::parse(""), None);
    }
}
