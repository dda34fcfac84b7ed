//! The timeline, as sent over the wire.

use serde::{Deserialize, Serialize};

/// What a phase of the process is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhaseKind {
    Diagnosis,
    Surveys,
    FocusGroups,
    InformationSessions,
    Consultation,
    Forum,
    Approval,
    Monitoring,
}

impl PhaseKind {
    pub const ALL: [PhaseKind; 8] = [
        PhaseKind::Diagnosis,
        PhaseKind::Surveys,
        PhaseKind::FocusGroups,
        PhaseKind::InformationSessions,
        PhaseKind::Consultation,
        PhaseKind::Forum,
        PhaseKind::Approval,
        PhaseKind::Monitoring,
    ];

    pub fn key(self) -> &'static str {
        match self {
            PhaseKind::Diagnosis => "diagnosis",
            PhaseKind::Surveys => "surveys",
            PhaseKind::FocusGroups => "focus-groups",
            PhaseKind::InformationSessions => "information-sessions",
            PhaseKind::Consultation => "consultation",
            PhaseKind::Forum => "forum",
            PhaseKind::Approval => "approval",
            PhaseKind::Monitoring => "monitoring",
        }
    }

    pub fn from_key(key: &str) -> Option<PhaseKind> {
        PhaseKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// Where a phase stands today.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum PhaseState {
    Done,
    Now,
    Later,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseView {
    pub id: i32,
    pub kind: PhaseKind,
    pub starts_on: chrono::NaiveDate,
    pub ends_on: chrono::NaiveDate,
    /// Working days from the first day to the last, both included.
    pub working_days: u32,
    pub state: PhaseState,
}

/// The plan's phases in date order, and whether the reader may change them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineView {
    pub plan: String,
    pub phases: Vec<PhaseView>,
    pub can_edit: bool,
}
