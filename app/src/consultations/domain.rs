//! The rules of a consultation that need no database: where it stands on a given day, which
//! channels and reactions exist, which part of a measure a comment is about (its anchor), and
//! what a comment may hold.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Longest comment, in characters.
pub const COMMENT_MAX: usize = 5_000;
/// Comments shown per page under a measure.
pub const COMMENTS_PER_PAGE: u64 = 20;
/// How input reached the consultation (`consultations-channel-*` messages).
pub const CHANNELS: &[&str] = &["web", "paper", "email", "in_person"];
/// A person's reaction to a measure (`consultations-reaction-*` messages).
pub const REACTIONS: &[&str] = &["support", "neutral", "oppose"];
/// The facilitators' answer to an input (`consultations-decision-*` messages).
pub const DECISIONS: &[&str] = &["accepted", "partly_accepted", "not_accepted", "out_of_scope", "noted"];
/// Longest reason given with an answer, in characters.
pub const REASON_MAX: usize = 3_000;
/// Inputs listed per page on "How your input was used".
pub const INPUTS_PER_PAGE: u64 = 50;
/// An entity's formal position on a measure (`consultations-stance-*` messages).
pub const STANCES: &[&str] = &["supports", "supports_with_changes", "opposes", "no_position"];

/// Where a consultation stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConsultationState {
    /// Not open yet.
    Scheduled,
    /// Taking comments.
    Open,
    /// Closed, its report not published yet.
    Closed,
    /// Closed, with its report ("how your input was used") published.
    ReportPublished,
}

impl ConsultationState {
    /// Where a consultation open from `opens_on` to `closes_on` (both days included) stands on
    /// `today`.
    pub fn on(today: NaiveDate, opens_on: NaiveDate, closes_on: NaiveDate, report_published: bool) -> Self {
        if report_published {
            ConsultationState::ReportPublished
        } else if today < opens_on {
            ConsultationState::Scheduled
        } else if today <= closes_on {
            ConsultationState::Open
        } else {
            ConsultationState::Closed
        }
    }

    /// The message key part (`consultations-state-*`).
    pub fn key(self) -> &'static str {
        match self {
            ConsultationState::Scheduled => "scheduled",
            ConsultationState::Open => "open",
            ConsultationState::Closed => "closed",
            ConsultationState::ReportPublished => "report",
        }
    }
}

/// The part of a measure a comment is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Anchor {
    /// The measure as a whole.
    Measure,
    /// A paragraph of its description (from 1).
    Paragraph(usize),
    /// One of its objectives (from 1).
    Objective(usize),
    /// One of its indicators (from 1).
    Indicator(usize),
    /// The target of one of its indicators (from 1).
    Target(usize),
}

impl Anchor {
    /// How it is stored and written in links (`measure`, `paragraph-2`, `objective-1`…).
    pub fn key(self) -> String {
        match self {
            Anchor::Measure => "measure".to_owned(),
            Anchor::Paragraph(n) => format!("paragraph-{n}"),
            Anchor::Objective(n) => format!("objective-{n}"),
            Anchor::Indicator(n) => format!("indicator-{n}"),
            Anchor::Target(n) => format!("target-{n}"),
        }
    }

    /// The anchor a key names, if it is one.
    pub fn parse(key: &str) -> Option<Anchor> {
        if key == "measure" {
            return Some(Anchor::Measure);
        }
        let (kind, n) = key.split_once('-')?;
        let n: usize = n.parse().ok().filter(|n| *n >= 1 && *n <= 1000)?;
        match kind {
            "paragraph" => Some(Anchor::Paragraph(n)),
            "objective" => Some(Anchor::Objective(n)),
            "indicator" => Some(Anchor::Indicator(n)),
            "target" => Some(Anchor::Target(n)),
            _ => None,
        }
    }

    /// Whether a measure with this many description paragraphs, objectives and indicators has
    /// this part.
    pub fn exists_in(self, parts: Parts) -> bool {
        match self {
            Anchor::Measure => true,
            Anchor::Paragraph(n) => n <= parts.paragraphs,
            Anchor::Objective(n) => n <= parts.objectives,
            Anchor::Indicator(n) | Anchor::Target(n) => n <= parts.indicators,
        }
    }
}

/// How many parts of each kind a measure has (what comments can be anchored to).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Parts {
    pub paragraphs: usize,
    pub objectives: usize,
    pub indicators: usize,
}

/// The paragraphs of a text: what blank lines separate, trimmed, empty ones dropped.
pub fn paragraphs(text: &str) -> Vec<&str> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).collect()
}

/// A comment's text as stored: trimmed; `None` if empty. Over [`COMMENT_MAX`] is an error the
/// caller reports.
pub fn comment_text(raw: &str) -> Option<&str> {
    Some(raw.trim()).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or(NaiveDate::MIN)
    }

    #[test]
    fn a_consultation_is_open_from_its_first_day_to_its_last() {
        let (opens, closes) = (day("2026-03-02"), day("2026-04-14"));
        assert_eq!(ConsultationState::on(day("2026-03-01"), opens, closes, false), ConsultationState::Scheduled);
        assert_eq!(ConsultationState::on(opens, opens, closes, false), ConsultationState::Open);
        assert_eq!(ConsultationState::on(closes, opens, closes, false), ConsultationState::Open);
        assert_eq!(ConsultationState::on(day("2026-04-15"), opens, closes, false), ConsultationState::Closed);
        assert_eq!(ConsultationState::on(day("2026-04-15"), opens, closes, true), ConsultationState::ReportPublished);
    }

    #[test]
    fn anchors_round_trip_and_must_exist_in_the_measure() {
        let parts = Parts { paragraphs: 2, objectives: 3, indicators: 1 };
        for anchor in [Anchor::Measure, Anchor::Paragraph(2), Anchor::Objective(3), Anchor::Indicator(1), Anchor::Target(1)] {
            assert_eq!(Anchor::parse(&anchor.key()), Some(anchor));
            assert!(anchor.exists_in(parts), "{anchor:?}");
        }
        for missing in [Anchor::Paragraph(3), Anchor::Objective(4), Anchor::Indicator(2), Anchor::Target(2)] {
            assert!(!missing.exists_in(parts), "{missing:?}");
        }
        for bad in ["", "objective", "objective-0", "objective-x", "title-1", "objective-1-2", "<script>"] {
            assert_eq!(Anchor::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn paragraphs_are_what_blank_lines_separate() {
        assert_eq!(paragraphs("One.\n\n\nTwo\nlines.\n\n  "), ["One.", "Two\nlines."]);
        assert!(paragraphs("  ").is_empty());
    }
}
