//! What the evidence feature sends over the wire.

use serde::{Deserialize, Serialize};

use crate::core::Text;

/// One piece of evidence, as the measure page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EvidenceItem {
    pub id: i32,
    pub survey_slug: String,
    pub survey_title: Text,
    pub question_id: String,
    pub question: Text,
    pub rationale: Text,
    /// The survey's results are public (so the page can link to them).
    pub results_public: bool,
}

/// A link from a survey question to a measure, as the results page lists it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MeasureLink {
    pub id: i32,
    pub question_id: String,
    pub measure_code: String,
    pub measure_title: Text,
    pub rationale: Text,
}

/// The evidence of one survey, and (for facilitators) the measures it can be linked to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyEvidence {
    pub links: Vec<MeasureLink>,
    /// (code, title) of the plan's measures; empty unless the reader may link.
    pub measures: Vec<(String, Text)>,
    pub can_link: bool,
}
