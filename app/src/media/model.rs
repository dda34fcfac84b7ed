//! What the media feature names and shows: the text a recording reads (a typed reference) and a
//! recording as a page shows it.

use serde::{Deserialize, Serialize};

use crate::core::Text;

/// The text a recording reads.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// The summary of the measure with this id.
    MeasureSummary { measure_id: i32 },
    /// Question `question` of the survey with this id.
    SurveyQuestion { survey_id: i32, question: String },
}

impl Target {
    /// The stored and posted form: `measure:12:summary`, `survey:3:question:age`.
    pub fn key(&self) -> String {
        match self {
            Target::MeasureSummary { measure_id } => format!("measure:{measure_id}:summary"),
            Target::SurveyQuestion { survey_id, question } => format!("survey:{survey_id}:question:{question}"),
        }
    }

    /// Reads [`Target::key`]; `None` for anything else.
    pub fn parse(key: &str) -> Option<Target> {
        let parts: Vec<&str> = key.split(':').collect();
        match parts.as_slice() {
            ["measure", id, "summary"] => Some(Target::MeasureSummary { measure_id: id.parse().ok()? }),
            ["survey", id, "question", q]
                if !q.is_empty() && q.len() <= 40 && q.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
            {
                Some(Target::SurveyQuestion { survey_id: id.parse().ok()?, question: (*q).to_owned() })
            }
            _ => None,
        }
    }
}

/// One recording, as the player shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Clip {
    pub id: i32,
    /// The language spoken, and its own name.
    pub lang: String,
    pub language: String,
    pub mime: String,
    pub transcript: Text,
}

impl Clip {
    /// Where the recording is served (a new recording has a new id, so the address never
    /// changes meaning and browsers may keep it).
    pub fn href(&self) -> String {
        format!("/media/audio/{}", self.id)
    }
}

/// The audio versions of one text: the one for the reader, and for facilitators of its plan
/// every one with the form to add more.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AudioView {
    pub target: String,
    /// The recording in the reader's language (or the nearest one they read).
    pub for_reader: Option<Clip>,
    /// Only for facilitators of the plan: every recording, and the plan's languages (tag, name).
    pub manage: Option<Manage>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manage {
    pub clips: Vec<Clip>,
    pub languages: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_read_back_what_they_write_and_nothing_else() {
        for t in [Target::MeasureSummary { measure_id: 12 }, Target::SurveyQuestion { survey_id: 3, question: "home_lang".into() }] {
            assert_eq!(Target::parse(&t.key()), Some(t));
        }
        for bad in ["", "measure:x:summary", "measure:1", "survey:1:question:", "survey:1:question:a b", "survey:1:question:<x>", "plan:1"] {
            assert_eq!(Target::parse(bad), None, "{bad}");
        }
    }
}
