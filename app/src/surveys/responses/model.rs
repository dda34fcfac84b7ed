//! Reviewing responses, what is sent over the wire.

use serde::{Deserialize, Serialize};

use crate::{
    core::Text,
    plans::model::PlanRef,
    surveys::model::{Channel, SurveyCard},
};

/// A response as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResponseRow {
    pub id: i64,
    pub submitted_on: chrono::NaiveDate,
    /// The language the form was answered in.
    pub lang: String,
    pub channel: Channel,
    pub interview_lang: Option<String>,
    /// Questions answered.
    pub answered: usize,
}

/// A correction or withdrawal, as the survey's history shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HistoryEntry {
    pub at: chrono::DateTime<chrono::Utc>,
    /// Who did it (`None`: an account since deleted).
    pub who: Option<String>,
    pub response: i64,
    pub withdrawn: bool,
    pub reason: String,
    /// For a correction: each changed question, its answer before and after, in words.
    pub changes: Vec<Change>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub question: Text,
    pub before: String,
    pub after: String,
}

/// A survey's responses, a page at a time, newest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponsesView {
    pub plan: PlanRef,
    pub survey: SurveyCard,
    /// Responses stored (matching the filter).
    pub total: u64,
    /// Responses held until enough have come in to be stored among others (not listed yet).
    pub held: u64,
    pub channel: Option<Channel>,
    /// This page (from 1) and how many there are.
    pub page: u64,
    pub pages: u64,
    pub rows: Vec<ResponseRow>,
    /// Corrections and withdrawals, newest first.
    pub history: Vec<HistoryEntry>,
}

/// One response, every question with its answer in words.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResponseView {
    pub plan: PlanRef,
    pub survey: SurveyCard,
    pub row: ResponseRow,
    /// Each question and its answer (`None`: not answered).
    pub answers: Vec<(Text, Option<String>)>,
    /// The stored answers as read (hashed): a withdrawal is refused if they changed meanwhile.
    pub seen: String,
    /// Typed in by a facilitator (paper, interview), so it may be corrected.
    pub correctable: bool,
    /// Corrections of this response, newest first.
    pub history: Vec<HistoryEntry>,
}
