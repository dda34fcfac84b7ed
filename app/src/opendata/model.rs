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
