//! The activity log, as sent over the wire.

use serde::{Deserialize, Serialize};

use crate::{core::Text, plans::model::PlanRef};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActivityEntry {
    /// When, on the plan's wall clock (its time zone).
    pub at: chrono::NaiveDateTime,
    /// Who (`None`: the command line, or an account since deleted).
    pub who: Option<String>,
    /// The audited action (`survey.created`…): its label is the message `plans-activity-<action>`.
    pub action: String,
    /// What it was about, where that still exists: its name and page.
    pub about: Option<(Text, String)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActivityView {
    pub plan: PlanRef,
    pub entries: Vec<ActivityEntry>,
    /// The plan's time zone, as the key of its name (`plans-time-zone-<key>`): the times are its.
    pub time_zone: String,
    /// This page (from 1) and how many there are.
    pub page: u64,
    pub pages: u64,
}

/// The message id of an action's label: `survey.response_corrected` →
/// `plans-activity-survey-response-corrected`.
pub fn action_message(action: &str) -> String {
    format!("plans-activity-{}", action.replace(['.', '_'], "-"))
}
