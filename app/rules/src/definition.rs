//! A survey's structure: sections of questions, each of one of eleven types, with optional
//! display conditions on earlier answers. Parsed from JSON and checked as a whole, so that an
//! inconsistent survey can never be published.

use std::collections::{HashMap, HashSet};

use nanoserde::{DeBin, SerBin};
use serde::{Deserialize, Serialize};

use crate::content::Translated;

/// Longest text answer any question may allow.
pub const TEXT_MAX: u32 = 10_000;
/// Most options a choice question may have.
pub const OPTIONS_MAX: usize = 100;
/// Most points a scale may have beyond its first (0–100, 1–10, -3–3…).
pub const SCALE_SPAN_MAX: i64 = 100;

/// The points of a scale from `min` to `max`, or none at all when the range is not one a
/// definition may have (computed in 64 bits: no overflow). Every page and result that lists a
/// scale's points goes through here, so no stored definition can make one allocate per unit of
/// an enormous range.
pub fn scale_points(min: i32, max: i32) -> std::ops::RangeInclusive<i32> {
    if min < max && i64::from(max) - i64::from(min) <= SCALE_SPAN_MAX {
        min..=max
    } else {
        #[allow(clippy::reversed_empty_ranges)]
        {
            1..=0
        }
    }
}

/// One option of a choice, ranking or matrix question.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, SerBin, DeBin)]
pub struct Choice {
    /// Stable key, stored with the answers (`a`, `brazil`, `5`…).
    pub key: String,
    pub label: Translated,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, SerBin, DeBin)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum QuestionKind {
    SingleChoice { options: Vec<Choice> },
    MultipleChoice { options: Vec<Choice>, max_choices: Option<u32>, other: bool },
    Dropdown { options: Vec<Choice> },
    Scale { min: i32, max: i32, min_label: Translated, max_label: Translated },
    YesNo,
    ShortText { max_len: u32 },
    LongText { max_len: u32 },
    Number { min: Option<f64>, max: Option<f64> },
    Date { min: Option<crate::date::Day>, max: Option<crate::date::Day> },
    Ranking { options: Vec<Choice> },
    Matrix { rows: Vec<Choice>, scale: Vec<Choice> },
}

/// When a question is shown, from an earlier question's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, SerBin, DeBin)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Condition {
    Equals { question: String, value: String },
    NotEquals { question: String, value: String },
    AnyOf { question: String, values: Vec<String> },
    Answered { question: String },
}

impl Condition {
    pub fn question(&self) -> &str {
        match self {
            Condition::Equals { question, .. }
            | Condition::NotEquals { question, .. }
            | Condition::AnyOf { question, .. }
            | Condition::Answered { question } => question,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, SerBin, DeBin)]
pub struct Question {
    /// Stable id within the survey (`q1`, `age`…): letters, digits, `_` and `-`.
    pub id: String,
    pub text: Translated,
    /// The same question in plain language, where written.
    #[serde(default)]
    pub plain: Translated,
    #[serde(default)]
    pub help: Translated,
    #[serde(default)]
    pub required: bool,
    /// Offer "prefer not to say" as an answer.
    #[serde(default)]
    pub prefer_not_to_say: bool,
    #[serde(default)]
    pub condition: Option<Condition>,
    #[serde(flatten)]
    pub kind: QuestionKind,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, SerBin, DeBin)]
pub struct Section {
    pub title: Translated,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, SerBin, DeBin)]
pub struct SurveyDefinition {
    pub sections: Vec<Section>,
}

/// Why a definition cannot be used; `question` names where, when it applies to one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DefinitionError {
    pub question: Option<String>,
    pub code: DefinitionProblem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum DefinitionProblem {
    NotJson,
    NoQuestions,
    BadId,
    DuplicateId,
    NoText,
    TooFewOptions,
    TooManyOptions,
    BadOptionKey,
    DuplicateOption,
    BadRange,
    BadMaxChoices,
    BadTextLimit,
    /// A condition refers to a missing or later question, or to an option it does not have.
    BadCondition,
}

fn problem(question: Option<&str>, code: DefinitionProblem) -> DefinitionError {
    DefinitionError { question: question.map(str::to_owned), code }
}

fn valid_key(key: &str) -> bool {
    !key.is_empty() && key.len() <= 40 && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn check_options(id: &str, options: &[Choice], min: usize) -> Result<(), DefinitionError> {
    if options.len() < min {
        return Err(problem(Some(id), DefinitionProblem::TooFewOptions));
    }
    if options.len() > OPTIONS_MAX {
        return Err(problem(Some(id), DefinitionProblem::TooManyOptions));
    }
    let mut seen = HashSet::new();
    for option in options {
        if !valid_key(&option.key) {
            return Err(problem(Some(id), DefinitionProblem::BadOptionKey));
        }
        if !seen.insert(option.key.as_str()) {
            return Err(problem(Some(id), DefinitionProblem::DuplicateOption));
        }
        if option.label.0.values().all(|t| t.trim().is_empty()) {
            return Err(problem(Some(id), DefinitionProblem::NoText));
        }
    }
    Ok(())
}

impl QuestionKind {
    /// The option keys an answer may name (choice-like questions only).
    pub fn option_keys(&self) -> Option<Vec<&str>> {
        match self {
            QuestionKind::SingleChoice { options }
            | QuestionKind::MultipleChoice { options, .. }
            | QuestionKind::Dropdown { options }
            | QuestionKind::Ranking { options } => Some(options.iter().map(|o| o.key.as_str()).collect()),
            QuestionKind::YesNo => Some(vec!["yes", "no"]),
            _ => None,
        }
    }
}

impl SurveyDefinition {
    /// Parses and checks a definition.
    pub fn parse(json: &str) -> Result<SurveyDefinition, DefinitionError> {
        let definition: SurveyDefinition =
            serde_json::from_str(json).map_err(|_| problem(None, DefinitionProblem::NotJson))?;
        definition.check()?;
        Ok(definition)
    }

    /// Every question, in order.
    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.sections.iter().flat_map(|s| s.questions.iter())
    }

    /// Checks the whole definition: ids, options, ranges, and that every condition looks back.
    pub fn check(&self) -> Result<(), DefinitionError> {
        if self.questions().next().is_none() {
            return Err(problem(None, DefinitionProblem::NoQuestions));
        }
        let mut earlier: HashMap<&str, &Question> = HashMap::new();
        for q in self.questions() {
            let id = q.id.as_str();
            if !valid_key(id) {
                return Err(problem(Some(id), DefinitionProblem::BadId));
            }
            if earlier.contains_key(id) {
                return Err(problem(Some(id), DefinitionProblem::DuplicateId));
            }
            if q.text.0.values().all(|t| t.trim().is_empty()) {
                return Err(problem(Some(id), DefinitionProblem::NoText));
            }
            match &q.kind {
                QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => {
                    check_options(id, options, 2)?
                }
                QuestionKind::Ranking { options } => check_options(id, options, 2)?,
                QuestionKind::MultipleChoice { options, max_choices, .. } => {
                    check_options(id, options, 1)?;
                    if max_choices.is_some_and(|m| m == 0 || m as usize > options.len()) {
                        return Err(problem(Some(id), DefinitionProblem::BadMaxChoices));
                    }
                }
                QuestionKind::Matrix { rows, scale } => {
                    check_options(id, rows, 1)?;
                    check_options(id, scale, 2)?;
                }
                QuestionKind::Scale { min, max, .. } => {
                    if scale_points(*min, *max).is_empty() {
                        return Err(problem(Some(id), DefinitionProblem::BadRange));
                    }
                }
                QuestionKind::Number { min, max } => {
                    let finite = |v: &Option<f64>| v.is_none_or(f64::is_finite);
                    if !finite(min) || !finite(max) || matches!((min, max), (Some(a), Some(b)) if a > b) {
                        return Err(problem(Some(id), DefinitionProblem::BadRange));
                    }
                }
                QuestionKind::Date { min, max } => {
                    if matches!((min, max), (Some(a), Some(b)) if a > b) {
                        return Err(problem(Some(id), DefinitionProblem::BadRange));
                    }
                }
                QuestionKind::ShortText { max_len } | QuestionKind::LongText { max_len } => {
                    if *max_len == 0 || *max_len > TEXT_MAX {
                        return Err(problem(Some(id), DefinitionProblem::BadTextLimit));
                    }
                }
                QuestionKind::YesNo => {}
            }
            if let Some(condition) = &q.condition {
                let target = earlier
                    .get(condition.question())
                    .ok_or_else(|| problem(Some(id), DefinitionProblem::BadCondition))?;
                let values: Vec<&str> = match condition {
                    Condition::Equals { value, .. } | Condition::NotEquals { value, .. } => vec![value.as_str()],
                    Condition::AnyOf { values, .. } => values.iter().map(String::as_str).collect(),
                    Condition::Answered { .. } => vec![],
                };
                if !values.is_empty() {
                    let keys = target.kind.option_keys().ok_or_else(|| problem(Some(id), DefinitionProblem::BadCondition))?;
                    if values.iter().any(|v| !keys.contains(v)) {
                        return Err(problem(Some(id), DefinitionProblem::BadCondition));
                    }
                }
            }
            earlier.insert(id, q);
        }
        Ok(())
    }
}
