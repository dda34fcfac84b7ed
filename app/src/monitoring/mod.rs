//! Monitoring after approval: how each measure of an approved plan is going.
//!
//! The entity responsible for a measure (through its representatives) and the plan's
//! facilitators report progress: an execution status, the date, a note, optionally the value an
//! indicator reached and a link to evidence. Facilitators give each indicator its unit, baseline
//! and target as numbers (the plan's text says the target in words). The plan's dashboard
//! (`/plans/:plan/monitoring`) counts measures by status per area, marks the late ones and shows
//! each indicator's progress; a measure's page (`/plans/:plan/measures/:code/progress`) draws its
//! indicators over time and lists its reports. Reports are public and name the entity or the
//! plan's team, never the person.
//!
//! This file holds the wire types and the rules (statuses, lateness, progress); `service` reads
//! and writes (audited), `api` holds the server functions, `dashboard` and `measure_page` the
//! pages, `chart` the indicator chart.

pub mod api;
pub mod chart;
pub mod dashboard;
pub mod measure_page;
#[cfg(feature = "ssr")]
pub mod service;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::{
    core::Text,
    plans::model::{AreaRef, EntityRef, PlanRef},
};

/// A measure's execution statuses, in the order pages count them; the first is where every
/// measure starts.
pub const STATUSES: [&str; 4] = ["not_started", "in_progress", "completed", "suspended"];

/// Plan statuses in which progress is reported.
pub const MONITORED_PLAN_STATUSES: [&str; 2] = ["approved", "monitoring"];

/// Whether a plan in `status` is monitored (progress may be reported on its measures).
pub fn monitored(status: &str) -> bool {
    MONITORED_PLAN_STATUSES.contains(&status)
}

/// Whether a measure is late on `today`: past its end date and not completed, or past its start
/// date and not started.
pub fn late(starts_on: Option<NaiveDate>, ends_on: Option<NaiveDate>, status: &str, today: NaiveDate) -> bool {
    let done = status == "completed";
    let ended = ends_on.is_some_and(|end| end < today);
    let due_to_start = starts_on.is_some_and(|start| start < today);
    !done && (ended || (status == STATUSES[0] && due_to_start))
}

/// How far `value` has come from `baseline` to `target`, in percent (below 0 or above 100 when
/// it went the other way or beyond); `None` when baseline and target are the same.
pub fn progress(baseline: f64, target: f64, value: f64) -> Option<f64> {
    let span = target - baseline;
    (span.abs() > f64::EPSILON).then(|| (value - baseline) * 100.0 / span)
}

/// One value an indicator reached, with its date.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Point {
    pub on: NaiveDate,
    pub value: f64,
}

/// The numbers an indicator is measured against.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figures {
    pub unit: String,
    pub baseline: f64,
    pub target: f64,
}

/// An indicator of a measure, with its figures (if set) and the values reported, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorProgress {
    /// Its place among the measure's indicators, from 0 (as stored with the measure).
    pub position: i32,
    pub name: Text,
    /// The target as the plan's text says it.
    pub target_text: Text,
    pub figures: Option<Figures>,
    pub points: Vec<Point>,
}

impl IndicatorProgress {
    /// The latest value reported, if any.
    pub fn latest(&self) -> Option<f64> {
        self.points.last().map(|p| p.value)
    }

    /// How far the latest value has come, if there are figures and a value.
    pub fn percent(&self) -> Option<f64> {
        let figures = self.figures.as_ref()?;
        progress(figures.baseline, figures.target, self.latest()?)
    }
}

/// A published progress report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ReportView {
    pub id: i32,
    pub status: String,
    pub reported_on: NaiveDate,
    /// The indicator measured and the value reached, if the report gives one.
    pub value: Option<(Text, f64, String)>,
    pub note: String,
    pub lang: String,
    pub evidence: Option<String>,
    /// The entity it was reported for; `None` when the plan's team reported.
    pub entity: Option<Text>,
}

/// A measure's monitoring page.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureProgressView {
    pub plan: PlanRef,
    pub code: String,
    pub title: Text,
    pub area: AreaRef,
    pub starts_on: Option<NaiveDate>,
    pub ends_on: Option<NaiveDate>,
    pub responsible: Option<EntityRef>,
    /// Whether the plan is approved (or being monitored): only then is progress reported.
    pub open: bool,
    pub status: String,
    pub late: bool,
    pub today: NaiveDate,
    pub indicators: Vec<IndicatorProgress>,
    /// Newest first.
    pub reports: Vec<ReportView>,
    /// The reader may set the indicators' figures (the plan's facilitators and administrators).
    pub can_set_figures: bool,
    /// The reader may report progress (those, and the responsible entity's representatives).
    pub can_report: bool,
}

/// One area's measures counted by status (in [`STATUSES`] order), and how many are late.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AreaExecution {
    pub area: AreaRef,
    pub counts: Vec<u64>,
    pub late: u64,
}

/// A measure as the dashboard lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureLine {
    pub code: String,
    pub title: Text,
    pub level: i16,
    pub status: String,
    pub late: bool,
    pub last_report: Option<NaiveDate>,
}

/// An indicator with figures, as the dashboard lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct IndicatorLine {
    pub code: String,
    pub indicator: IndicatorProgress,
}

/// The plan's monitoring dashboard.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DashboardView {
    pub plan: PlanRef,
    pub open: bool,
    pub areas: Vec<AreaExecution>,
    /// Every area together.
    pub total: AreaExecution,
    pub measures: Vec<MeasureLine>,
    pub indicators: Vec<IndicatorLine>,
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::{late, progress};

    fn day(d: &str) -> NaiveDate {
        NaiveDate::parse_from_str(d, "%Y-%m-%d").unwrap_or_default()
    }

    #[test]
    fn a_measure_is_late_past_its_end_unless_completed_and_past_its_start_if_not_started() {
        let (start, end) = (Some(day("2027-03-01")), Some(day("2027-12-31")));
        // Before the start nothing is late.
        assert!(!late(start, end, "not_started", day("2027-03-01")));
        // The day after the start, a measure not started is late; one in progress is not.
        assert!(late(start, end, "not_started", day("2027-03-02")));
        assert!(!late(start, end, "in_progress", day("2027-03-02")));
        // On its end date nothing is late yet; the day after, all but completed ones are.
        assert!(!late(start, end, "in_progress", day("2027-12-31")));
        assert!(late(start, end, "in_progress", day("2028-01-01")));
        assert!(late(start, end, "suspended", day("2028-01-01")));
        assert!(!late(start, end, "completed", day("2028-01-01")));
        // Without dates nothing is late.
        assert!(!late(None, None, "not_started", day("2030-01-01")));
    }

    #[test]
    fn progress_runs_from_the_baseline_to_the_target_either_way() {
        assert_eq!(progress(100.0, 300.0, 200.0), Some(50.0));
        assert_eq!(progress(100.0, 300.0, 300.0), Some(100.0));
        // A target below the baseline (fewer waiting days, say).
        assert_eq!(progress(40.0, 10.0, 25.0), Some(50.0));
        // Beyond the target, and backwards.
        assert_eq!(progress(0.0, 10.0, 15.0), Some(150.0));
        assert_eq!(progress(0.0, 10.0, -5.0), Some(-50.0));
        assert_eq!(progress(5.0, 5.0, 7.0), None);
    }
}
