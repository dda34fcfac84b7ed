//! The open data API's documents, as `openapi.json` describes them. Multilingual texts are
//! objects of language tag → text (`Translated`), every language the plan has them in.

use std::collections::BTreeMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

/// Language tag → text.
pub type Texts = BTreeMap<String, String>;

#[derive(Clone, Copy, Debug, Serialize)]
pub struct Licence {
    pub id: &'static str,
    pub name: &'static str,
    pub url: &'static str,
}

/// `GET /api/v1`: what the API offers.
#[derive(Debug, Serialize)]
pub struct Index {
    pub licence: Licence,
    pub openapi: &'static str,
    pub plans: &'static str,
}

#[derive(Debug, Serialize)]
pub struct Period {
    pub start: NaiveDate,
    pub end: NaiveDate,
}

#[derive(Debug, Serialize)]
pub struct Municipality {
    /// The official four-digit code (DICO), when known.
    pub dico: Option<String>,
    pub name: String,
    pub district: Option<String>,
}

/// A plan as lists show it.
#[derive(Debug, Serialize)]
pub struct PlanSummary {
    pub slug: String,
    /// The plan's page on this site (a path).
    pub page: String,
    /// `municipal` or `intermunicipal`.
    pub kind: String,
    /// `diagnosis`, `drafting`, `consultation`, `approved` or `monitoring`.
    pub status: String,
    pub title: Texts,
    pub summary: Texts,
    pub promoter: Texts,
    pub period: Period,
    /// The languages the plan publishes in, its own first.
    pub languages: Vec<String>,
    pub time_zone: String,
    pub municipalities: Vec<Municipality>,
}

/// `GET /api/v1/plans`.
#[derive(Debug, Serialize)]
pub struct PlanList {
    pub licence: Licence,
    pub plans: Vec<PlanSummary>,
}

#[derive(Debug, Serialize)]
pub struct Area {
    pub code: String,
    pub name: Texts,
    pub description: Texts,
}

#[derive(Debug, Serialize)]
pub struct Version {
    pub number: i32,
    pub published_at: DateTime<Utc>,
    pub note: Texts,
}

/// `GET /api/v1/plans/{plan}`.
#[derive(Debug, Serialize)]
pub struct Plan {
    pub licence: Licence,
    #[serde(flatten)]
    pub plan: PlanSummary,
    /// Its intervention areas, in order (hidden ones left out).
    pub areas: Vec<Area>,
    /// Every published version of the draft, oldest first.
    pub versions: Vec<Version>,
}

#[derive(Debug, Serialize)]
pub struct Indicator {
    pub name: Texts,
    pub target: Texts,
}

/// A measure as a published version froze it.
#[derive(Debug, Serialize)]
pub struct Measure {
    pub code: String,
    pub area: String,
    /// 1 (core, always guaranteed) or 2.
    pub level: i16,
    pub title: Texts,
    pub summary: Texts,
    pub description: Texts,
    pub objectives: Vec<Texts>,
    pub indicators: Vec<Indicator>,
    pub timeline: Texts,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    /// The responsible entity's slug (see the plan's entities).
    pub responsible: Option<String>,
    pub partners: Vec<String>,
}

/// `GET /api/v1/plans/{plan}/measures[?version=N]`: the measures of a published version (the
/// latest unless asked); none before the first.
#[derive(Debug, Serialize)]
pub struct Measures {
    pub licence: Licence,
    pub plan: String,
    pub version: Option<i32>,
    pub measures: Vec<Measure>,
}

/// One outcome linked to a measure as evidence.
#[derive(Debug, Serialize)]
pub struct EvidenceLink {
    pub measure: String,
    /// The outcome's kind: `survey_question`, `focus_group_finding`, `forum_outcome`,
    /// `consultation_comment` or `association_position`.
    pub kind: String,
    /// The outcome's key within its kind.
    pub outcome: String,
    /// `supports`, `challenges` or `informs`.
    pub stance: String,
    pub rationale: Texts,
    pub linked_at: DateTime<Utc>,
}

/// `GET /api/v1/plans/{plan}/evidence`.
#[derive(Debug, Serialize)]
pub struct Evidence {
    pub licence: Licence,
    pub plan: String,
    pub links: Vec<EvidenceLink>,
}

/// An entity of the plan's local diagnosis (a service, an association, a school…), with its
/// public contact fields.
#[derive(Debug, Serialize)]
pub struct Entity {
    pub slug: String,
    /// `municipality`, `claim`, `association`, `school`… (see the OpenAPI document).
    pub kind: String,
    pub name: Texts,
    pub description: Texts,
    pub services: Vec<Texts>,
    /// The codes of the areas it acts in.
    pub areas: Vec<String>,
    /// The plan's municipality it is in, by name.
    pub municipality: Option<String>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

/// `GET /api/v1/plans/{plan}/entities`.
#[derive(Debug, Serialize)]
pub struct Entities {
    pub licence: Licence,
    pub plan: String,
    pub entities: Vec<Entity>,
}

/// One count of a survey question's results: an option (and, in a grid, a column), and how many
/// chose it — `null` where the group is too small to publish.
#[derive(Debug, Serialize)]
pub struct Count {
    pub label: Texts,
    /// The column of a grid question (a matrix's scale point, a ranking's position).
    pub column: Option<Texts>,
    pub count: Option<u64>,
}

/// A survey question's published results (free-text answers are not in the API).
#[derive(Debug, Serialize)]
pub struct QuestionCounts {
    pub id: String,
    pub text: Texts,
    /// How many answered it (`null` when too few to publish).
    pub answered: Option<u64>,
    pub counts: Vec<Count>,
}

/// A survey whose results are public.
#[derive(Debug, Serialize)]
pub struct SurveyResult {
    pub slug: String,
    /// The survey's page on this site (a path).
    pub page: String,
    pub title: Texts,
    pub opens_at: Option<DateTime<Utc>>,
    pub closes_at: Option<DateTime<Utc>>,
    /// Responses stored (`null` when too few to publish).
    pub responses: Option<u64>,
    pub questions: Vec<QuestionCounts>,
}

/// `GET /api/v1/plans/{plan}/surveys`: aggregates only, every group smaller than 5 suppressed
/// (and one more where a hidden one could be worked out from the total).
#[derive(Debug, Serialize)]
pub struct SurveyResults {
    pub licence: Licence,
    pub plan: String,
    /// The smallest group published.
    pub minimum_group: u64,
    pub surveys: Vec<SurveyResult>,
}

/// A public consultation of the draft.
#[derive(Debug, Serialize)]
pub struct Consultation {
    pub slug: String,
    pub title: Texts,
    /// The published version of the draft it is about.
    pub version: i32,
    /// `scheduled`, `open`, `closed` or `report` (closed, its answers published).
    pub state: String,
    pub opens_on: NaiveDate,
    pub closes_on: NaiveDate,
}

/// One input to a consultation (a comment, a reply or an entity's position) with the answer it
/// got. People are not named: only an entity's name, or the municipality a resident gave.
#[derive(Debug, Serialize)]
pub struct Input {
    pub consultation: String,
    /// `comment`, `reply` or `position`.
    pub kind: String,
    pub id: i32,
    pub reply_to: Option<i32>,
    pub measure: String,
    /// The part of the measure it is about (`measure`, `paragraph-2`, `objective-1`…); empty for a position.
    pub part: String,
    /// `person` (a name, not published), `resident` (of `author`, a municipality), `offline`
    /// (received on paper, by email or in person) or `entity` (named in `author`).
    pub author_kind: String,
    pub author: Option<String>,
    /// `web`, `paper`, `email` or `in_person`.
    pub channel: String,
    pub date: NaiveDate,
    pub language: String,
    pub affects_me: bool,
    /// A position's stance; empty for comments.
    pub stance: String,
    /// What was written (Markdown as typed).
    pub text: String,
    pub proposed_part: String,
    pub proposed_text: String,
    /// `accepted`, `partly_accepted`, `not_accepted`, `out_of_scope`, `noted`, or empty while unanswered.
    pub decision: String,
    pub reason: String,
    /// The version of the draft that made the change, if the answer names one.
    pub changed_in: Option<i32>,
}

/// `GET /api/v1/plans/{plan}/inputs`.
#[derive(Debug, Serialize)]
pub struct Inputs {
    pub licence: Licence,
    pub plan: String,
    pub consultations: Vec<Consultation>,
    pub inputs: Vec<Input>,
}

/// A published finding of a focus group.
#[derive(Debug, Serialize)]
pub struct Finding {
    /// Its key as evidence (`focus_group_finding`).
    pub id: i32,
    /// The focus group's slug.
    pub focus_group: String,
    pub topic: Texts,
    pub statement: Texts,
    pub areas: Vec<String>,
    pub measures: Vec<String>,
    pub published_at: DateTime<Utc>,
}

/// `GET /api/v1/plans/{plan}/findings`.
#[derive(Debug, Serialize)]
pub struct Findings {
    pub licence: Licence,
    pub plan: String,
    pub findings: Vec<Finding>,
}

/// An indicator's figures as monitoring measures it.
#[derive(Debug, Serialize)]
pub struct IndicatorFigures {
    /// Its place among the measure's indicators as the measure lists them, from 0.
    pub indicator: i32,
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
}

/// A measure's execution, after the plan's approval.
#[derive(Debug, Serialize)]
pub struct Execution {
    pub measure: String,
    /// `not_started`, `in_progress`, `completed` or `suspended`: its latest report's.
    pub status: String,
    /// Past its end and not completed, or past its start and not started.
    pub late: bool,
    pub figures: Vec<IndicatorFigures>,
}

/// A progress report on a measure.
#[derive(Debug, Serialize)]
pub struct ProgressReport {
    pub measure: String,
    pub status: String,
    pub reported_on: NaiveDate,
    pub indicator: Option<i32>,
    pub value: Option<f64>,
    pub note: String,
    pub language: String,
    pub evidence: Option<String>,
    /// The entity that reported (its slug); `null` when the plan's team did.
    pub entity: Option<String>,
}

/// `GET /api/v1/plans/{plan}/progress`: empty lists before the plan is approved.
#[derive(Debug, Serialize)]
pub struct Progress {
    pub licence: Licence,
    pub plan: String,
    pub measures: Vec<Execution>,
    /// Oldest first.
    pub reports: Vec<ProgressReport>,
}
