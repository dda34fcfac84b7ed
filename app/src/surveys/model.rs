//! What the surveys feature sends over the wire: view types with content already resolved to
//! the reader's language.

use serde::{Deserialize, Serialize};

use super::{
    answers::AnswerError,
    definition::Section,
};
use crate::{core::Text, plans::model::PlanRef};

/// Who may answer a survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Access {
    /// Anyone, anonymously: one response per browser, with rate limits.
    Open,
    /// Whoever holds a single-use code handed out on paper.
    Codes,
    /// People signed in, one response per account (the response itself stays anonymous).
    Account,
}

impl Access {
    pub const ALL: [Access; 3] = [Access::Open, Access::Codes, Access::Account];

    pub fn key(self) -> &'static str {
        match self {
            Access::Open => "open",
            Access::Codes => "codes",
            Access::Account => "account",
        }
    }

    pub fn from_key(key: &str) -> Option<Access> {
        Access::ALL.into_iter().find(|a| a.key() == key)
    }
}

/// How a response reached the survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Channel {
    /// The person answered online, themself.
    Online,
    /// A paper form, typed in by a facilitator.
    Paper,
    /// A facilitator asked the questions and typed the answers.
    Interview,
    /// As an interview, through an interpreter.
    Interpreter,
}

impl Channel {
    pub const ALL: [Channel; 4] = [Channel::Online, Channel::Paper, Channel::Interview, Channel::Interpreter];
    /// The channels a facilitator can enter on someone's behalf.
    pub const ASSISTED: [Channel; 3] = [Channel::Paper, Channel::Interview, Channel::Interpreter];

    pub fn key(self) -> &'static str {
        match self {
            Channel::Online => "online",
            Channel::Paper => "paper",
            Channel::Interview => "interview",
            Channel::Interpreter => "interpreter",
        }
    }

    pub fn from_key(key: &str) -> Option<Channel> {
        Channel::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// Where a survey stands for someone who wants to answer it now.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Phase {
    /// Not published: only the plan's facilitators see it (to preview).
    Draft,
    NotYetOpen,
    Open,
    Closed,
}

impl Phase {
    pub fn key(self) -> &'static str {
        match self {
            Phase::Draft => "draft",
            Phase::NotYetOpen => "not-yet-open",
            Phase::Open => "open",
            Phase::Closed => "closed",
        }
    }
}

/// A survey as lists and headings show it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyCard {
    pub slug: String,
    pub title: Text,
    pub intro: Text,
    pub access: Access,
    pub phase: Phase,
    pub opens_at: Option<chrono::NaiveDate>,
    pub closes_at: Option<chrono::NaiveDate>,
    pub results_public: bool,
    pub questions: usize,
    pub sections: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyList {
    pub plan: PlanRef,
    pub surveys: Vec<SurveyCard>,
    pub can_manage: bool,
}

/// The survey's start page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StartView {
    pub plan: PlanRef,
    pub survey: SurveyCard,
    /// Language tags the survey is written in.
    pub languages: Vec<String>,
    /// This browser has answers in progress.
    pub in_progress: bool,
    /// This browser (open mode) or account (signed-in mode) has answered already.
    pub answered: bool,
    pub signed_in: bool,
    /// The reader facilitates this plan (preview, codes, paper responses, exports).
    pub can_manage: bool,
    pub responses: u64,
}

/// One section of the survey, ready to fill in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FormView {
    pub plan: PlanRef,
    pub survey: SurveyCard,
    pub section: usize,
    /// This section, every text resolved to the reader's language (one language per text).
    pub questions: Section,
    /// The form's values: what was sent last, or the saved answers.
    pub values: Vec<(String, String)>,
    pub errors: Vec<AnswerError>,
    /// What the browser needs to check this section as it is answered (and the server to show
    /// the same questions): rules, the earlier answers its conditions look at, messages.
    pub check: super::live::LiveCheck,
    /// A facilitator is entering this response on someone's behalf, by this channel.
    pub assisted: Option<Channel>,
    /// The facilitator is correcting this stored response (sending the last section replaces it).
    pub correcting: Option<i64>,
    /// More questions appeared after the last answers (shown without JavaScript): the first of
    /// them (empty when not known).
    pub more_questions: Option<String>,
    /// A facilitator looks at the form; nothing is sent or stored.
    pub preview: bool,
    pub languages: Vec<String>,
    pub default_lang: String,
    /// The audio version of a question for this reader (question id, recording).
    pub audio: Vec<(String, crate::media::model::Clip)>,
}

/// Results of a survey.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultsView {
    pub plan: PlanRef,
    pub survey: SurveyCard,
    pub languages: Vec<String>,
    pub filter: ResultsFilter,
    /// Responses matching the filter (`None` when hidden as fewer than the minimum).
    pub total: Option<u64>,
    pub questions: Vec<QuestionResult>,
    /// Small groups are hidden (public view); facilitators see exact numbers.
    pub suppressed: bool,
    pub can_manage: bool,
    pub can_moderate: bool,
    /// Responses held until enough have come in to be stored among others (facilitators only).
    pub held: Option<u64>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResultsFilter {
    pub lang: Option<String>,
    pub channel: Option<Channel>,
}

/// A count as published: exact, or "fewer than 5".
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum Cell {
    Count { n: u64, percent: f64 },
    Hidden,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ResultRow {
    pub label: Text,
    pub cell: Cell,
}

/// The results of one question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuestionResult {
    pub id: String,
    pub text: Text,
    /// How many answered it (`None` when hidden).
    pub answered: Option<u64>,
    pub body: ResultBody,
    /// A number question's mean and median (when its answers are shown).
    pub summary: Option<NumberSummary>,
}

/// The middle of a number question's answers.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct NumberSummary {
    pub mean: f64,
    pub median: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum ResultBody {
    /// One bar per option (choice, yes/no, scale, dropdown, number and date values).
    Bars { rows: Vec<ResultRow>, several: bool },
    /// Rows × scale (matrix) or options × positions (ranking), each row with its own cells.
    Grid { columns: Vec<Text>, rows: Vec<(Text, Vec<Cell>)> },
    /// Free text: the (shown) answers, newest first.
    Texts { answers: Vec<TextAnswer>, more: bool },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextAnswer {
    pub id: i64,
    pub body: String,
    pub lang: String,
    pub hidden: bool,
}

/// The printable sheet of single-use codes.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CodesView {
    pub plan: PlanRef,
    pub survey: SurveyCard,
    pub codes: Vec<(String, bool)>,
    /// The survey's short address (`https://…/s/12`), to type from a slip.
    pub short_url: String,
    /// Each unused code's QR code (SVG), leading to the survey with the code filled in.
    pub qr: Vec<(String, String)>,
    /// The survey's languages, and those the slips are printed in (chosen, else all).
    pub languages: Vec<String>,
    pub slips: Vec<SlipText>,
}

/// What a slip says in one language: the survey's title and how to use the code.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlipText {
    pub lang: String,
    pub title: Text,
    pub go_to: String,
    pub type_code: String,
}
