//! What the plans feature sends over the wire: plans, areas, entities and measures, with their
//! multilingual content already resolved for the reader's language.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::core::Text;

/// Enough of a plan to name it and link to it (breadcrumbs, page titles).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanRef {
    pub slug: String,
    pub title: Text,
}

/// A plan as listed on the home page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanCard {
    pub slug: String,
    pub title: Text,
    pub summary: Text,
    /// `municipal` or `intermunicipal`.
    pub kind: String,
    /// `diagnosis`, `drafting`, `consultation`, `approved` or `monitoring` (`PLAN_STATUSES`).
    pub status: String,
    pub period_start: NaiveDate,
    pub period_end: NaiveDate,
    pub municipalities: Vec<String>,
    /// Surveys taking answers today.
    pub open_surveys: u64,
}

/// The home page: the plans hosted here (those matching the search), and the districts to
/// filter by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HomeView {
    pub plans: Vec<PlanCard>,
    /// Plans hosted in all (the search form shows when there are several).
    pub hosted: usize,
    pub districts: Vec<String>,
    pub query: String,
    pub district: Option<String>,
    /// The page shown (from 1) and how many there are ([`HOME_PAGE_SIZE`] plans each).
    pub page: u64,
    pub pages: u64,
}

/// Plans listed on each page of the home page (a national host carries 308 municipalities).
pub const HOME_PAGE_SIZE: usize = 24;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MunicipalityView {
    pub name: String,
    pub residents: Option<i32>,
    pub foreign_residents: Option<i32>,
}

/// A plan's own page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanView {
    pub card: PlanCard,
    pub promoter: Text,
    pub municipalities: Vec<MunicipalityView>,
    pub area_count: u64,
    pub measure_count: u64,
    pub level1_count: u64,
    pub entity_count: u64,
    /// The key of its time zone's `plans-time-zone-*` message (`mainland`, `madeira`, `azores`).
    pub time_zone: String,
    pub contact_email: Option<String>,
    pub contact_phone: Option<String>,
}

/// An area, named, for links and filters.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaRef {
    pub code: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaSummary {
    pub area: AreaRef,
    pub description: Text,
    pub measure_count: u32,
    pub level1_count: u32,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreasView {
    pub plan: PlanRef,
    pub areas: Vec<AreaSummary>,
}

/// A measure as listed in an area.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureCard {
    pub code: String,
    pub level: i16,
    pub title: Text,
    pub summary: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaView {
    pub plan: PlanRef,
    pub area: AreaSummary,
    pub measures: Vec<MeasureCard>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRef {
    pub slug: String,
    pub name: Text,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorView {
    pub name: Text,
    pub target: Text,
}

/// A published version of the plan's draft, briefly.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VersionRef {
    pub number: i32,
    pub published_on: NaiveDate,
}

/// A draft measure with every field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureView {
    pub plan: PlanRef,
    pub code: String,
    pub level: i16,
    /// `draft`, `revised`, `final` or `withdrawn`.
    pub status: String,
    pub area: AreaRef,
    pub title: Text,
    pub summary: Text,
    pub description: Text,
    pub objectives: Vec<Text>,
    pub indicators: Vec<IndicatorView>,
    pub timeline: Text,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub responsible: Option<EntityRef>,
    pub partners: Vec<EntityRef>,
    /// The version of the draft this text belongs to (none before the first is published).
    pub version: Option<VersionRef>,
    /// Set when a version left the measure out: the text above is its last.
    pub withdrawn: Option<Withdrawal>,
    /// The plan is approved and the measure held: its progress is reported (monitoring).
    pub monitored: bool,
}

/// A measure taken out of the plan: the version that left it out and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Withdrawal {
    pub number: i32,
    /// Empty when the facilitators gave no reason.
    pub reason: Text,
}

/// An entity of the local diagnosis, for the directory.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityView {
    pub slug: String,
    pub name: Text,
    /// `municipality`, `claim`, `association`, `school`… (see `plans-entity-kind-*` messages).
    pub kind: String,
    pub municipality: Option<String>,
    pub description: Text,
    pub services: Vec<Text>,
    pub areas: Vec<AreaRef>,
    pub website: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntitiesView {
    pub plan: PlanRef,
    /// Every area of the plan, for the filter.
    pub areas: Vec<AreaRef>,
    /// The area the list is filtered by, if any.
    pub selected: Option<AreaRef>,
    pub entities: Vec<EntityView>,
}

/// The kinds of plan (`plans-kind-*` messages).
pub const PLAN_KINDS: &[&str] = &["municipal", "intermunicipal"];
/// The stages of a plan (`plans-status-*` and `plans-status-*-explained` messages).
pub const PLAN_STATUSES: &[&str] = &["diagnosis", "drafting", "consultation", "approved", "monitoring"];
/// The time zones of Portugal a plan may be in: (IANA name, key of its `plans-time-zone-*`
/// message). Mainland first: the default.
pub const TIME_ZONES: &[(&str, &str)] = &[("Europe/Lisbon", "mainland"), ("Atlantic/Madeira", "madeira"), ("Atlantic/Azores", "azores")];

/// The message key of time zone `iana` (mainland for anything unknown).
pub fn time_zone_key(iana: &str) -> &'static str {
    TIME_ZONES.iter().find(|(name, _)| *name == iana).map_or("mainland", |(_, key)| key)
}
/// The stages of a measure (`plans-measure-status-*` messages).
pub const MEASURE_STATUSES: &[&str] = &["draft", "revised", "final"];
/// The kinds of entity of the local diagnosis (`plans-entity-kind-*` messages).
pub const ENTITY_KINDS: &[&str] = &[
    "municipality",
    "intermunicipal",
    "claim",
    "association",
    "school",
    "health_unit",
    "employer",
    "employment_service",
    "ngo",
    "parish",
    "media",
    "other",
];
