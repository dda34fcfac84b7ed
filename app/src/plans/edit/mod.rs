//! Facilitators write their plan's own texts — title, summary, promoter — in each language (a
//! language with a title becomes one the plan offers; content-only languages such as Cape Verdean
//! Creole too), and set its stage, period, time zone and public contact, and each municipality's own holiday
//! (its seat's is a closed day for the plan's working-day deadlines). Audited.

pub mod api;
pub mod pages;

#[cfg(feature = "ssr")]
pub mod service;

use serde::{Deserialize, Serialize};

/// The plan as its edit form shows it, texts in the language being edited.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlanEditView {
    pub slug: String,
    pub lang: String,
    /// The plan's languages, its own first.
    pub languages: Vec<String>,
    pub title: String,
    pub summary: String,
    pub promoter: String,
    pub status: String,
    pub period_start: chrono::NaiveDate,
    pub period_end: chrono::NaiveDate,
    /// IANA name (one of `plans::model::TIME_ZONES`).
    pub time_zone: String,
    pub contact_email: String,
    pub contact_phone: String,
    /// The plan's municipalities with their own holiday, its seat first.
    pub municipalities: Vec<HolidayRow>,
}

/// A municipality of the plan and its own holiday, as the holidays form shows it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HolidayRow {
    pub slug: String,
    pub name: String,
    /// `none`, `date` or `ascension`.
    pub kind: String,
    /// The day and month (`DD-MM`) when `kind` is `date`.
    pub date: String,
}
