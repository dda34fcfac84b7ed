//! Turning a submitted form into typed answers, and back. The same code checks answers in the
//! browser (instant feedback) and on the server (the only check that counts).
//!
//! Field names, as plain HTML forms send them: `q.<id>` holds the value of most questions
//! (repeated for multiple choice); `q.<id>.other` the "other" write-in; `q.<id>.<option>` the
//! position given to an option of a ranking; `q.<id>.<row>` the scale key chosen for a matrix row.
//! The value `_pnts` means "prefer not to say"; `_other` ticks the "other" box.

use std::collections::BTreeMap;

use nanoserde::{DeBin, SerBin};
use serde::{Deserialize, Serialize};

use crate::definition::{Condition, Question, QuestionKind, SurveyDefinition};

pub const PREFER_NOT_TO_SAY: &str = "_pnts";
pub const OTHER: &str = "_other";

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", content = "v", rename_all = "snake_case")]
pub enum Answer {
    Choice(String),
    Choices { keys: Vec<String>, other: Option<String> },
    Scale(i32),
    YesNo(bool),
    Text(String),
    Number(f64),
    Date(#[serde(with = "crate::date::serde_date")] chrono::NaiveDate),
    Ranking(Vec<String>),
    Matrix(BTreeMap<String, String>),
    PreferNotToSay,
}

/// Answers by question id.
pub type Answers = BTreeMap<String, Answer>;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, SerBin, DeBin)]
pub enum AnswerProblem {
    Required,
    UnknownOption,
    TooManyValues,
    TooManyChoices,
    OutOfRange,
    TooLong,
    NotANumber,
    NotADate,
    Incomplete,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerError {
    pub question: String,
    pub code: AnswerProblem,
}

/// Whether `question` is shown, given the answers so far.
pub fn is_visible(question: &Question, answers: &Answers) -> bool {
    let Some(condition) = &question.condition else { return true };
    let given = answers.get(condition.question());
    let is = |value: &str| match given {
        Some(Answer::Choice(key)) => key == value,
        Some(Answer::Choices { keys, .. }) => keys.iter().any(|k| k == value),
        Some(Answer::YesNo(yes)) => value == if *yes { "yes" } else { "no" },
        _ => false,
    };
    match condition {
        Condition::Equals { value, .. } => is(value),
        Condition::NotEquals { value, .. } => !is(value),
        Condition::AnyOf { values, .. } => values.iter().any(|v| is(v)),
        Condition::Answered { .. } => given.is_some_and(|a| *a != Answer::PreferNotToSay),
    }
}

/// The values of field `name`, trimmed, blanks dropped.
fn values<'a>(pairs: &'a [(String, String)], name: &str) -> Vec<&'a str> {
    pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.trim()).filter(|v| !v.is_empty()).collect()
}

/// Keeps line breaks and tabs, drops other control characters.
fn clean_text(raw: &str) -> String {
    // Control characters go first, then the ends are trimmed: the other way round, a control
    // character before a space would leave that space for the next decode to trim (a text that
    // changes each time it is read back).
    let kept: String = raw.chars().filter(|c| !c.is_control() || *c == '\n' || *c == '\t').collect();
    kept.trim().to_owned()
}

fn parse_number(raw: &str) -> Option<f64> {
    let normalised = raw.trim().replace(' ', "").replace(',', ".");
    if normalised.len() > 30 {
        return None;
    }
    normalised.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// Decodes one question; `Ok(None)` means not answered.
fn decode_question(q: &Question, pairs: &[(String, String)]) -> Result<Option<Answer>, AnswerProblem> {
    let name = format!("q.{}", q.id);
    let given = values(pairs, &name);
    if q.prefer_not_to_say && given.contains(&PREFER_NOT_TO_SAY) {
        return if given.len() == 1 { Ok(Some(Answer::PreferNotToSay)) } else { Err(AnswerProblem::TooManyValues) };
    }
    let single = || -> Result<Option<&str>, AnswerProblem> {
        match given.as_slice() {
            [] => Ok(None),
            [one] => Ok(Some(*one)),
            _ => Err(AnswerProblem::TooManyValues),
        }
    };
    let pick = |options: &[crate::definition::Choice]| -> Result<Option<Answer>, AnswerProblem> {
        match single()? {
            None => Ok(None),
            Some(v) if options.iter().any(|o| o.key == v) => Ok(Some(Answer::Choice(v.to_owned()))),
            Some(_) => Err(AnswerProblem::UnknownOption),
        }
    };
    match &q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => pick(options),
        QuestionKind::YesNo => match single()? {
            None => Ok(None),
            Some("yes") => Ok(Some(Answer::YesNo(true))),
            Some("no") => Ok(Some(Answer::YesNo(false))),
            Some(_) => Err(AnswerProblem::UnknownOption),
        },
        QuestionKind::MultipleChoice { options, max_choices, other } => {
            let mut keys: Vec<String> = Vec::new();
            let mut other_ticked = false;
            for v in &given {
                if *v == OTHER && *other {
                    other_ticked = true;
                } else if options.iter().any(|o| o.key == *v) {
                    if !keys.iter().any(|k| k == v) {
                        keys.push((*v).to_owned());
                    }
                } else {
                    return Err(AnswerProblem::UnknownOption);
                }
            }
            let other_text = if *other {
                values(pairs, &format!("{name}.other")).first().map(|t| clean_text(t)).filter(|t| !t.is_empty())
            } else {
                None
            };
            if other_text.as_ref().is_some_and(|t| t.chars().count() > 200) {
                return Err(AnswerProblem::TooLong);
            }
            // Writing in "other" counts as ticking it.
            let other_text = if other_ticked || other_text.is_some() { other_text } else { None };
            let count = keys.len() + usize::from(other_ticked || other_text.is_some());
            if max_choices.is_some_and(|m| count > m as usize) {
                return Err(AnswerProblem::TooManyChoices);
            }
            if other_ticked && other_text.is_none() {
                return Err(AnswerProblem::Incomplete);
            }
            if count == 0 {
                return Ok(None);
            }
            // Stored in the definition's order, whatever order the browser sent.
            keys.sort_by_key(|k| options.iter().position(|o| &o.key == k));
            Ok(Some(Answer::Choices { keys, other: other_text }))
        }
        QuestionKind::Scale { min, max, .. } => match single()? {
            None => Ok(None),
            Some(v) => {
                let n: i32 = v.parse().map_err(|_| AnswerProblem::NotANumber)?;
                if n < *min || n > *max { Err(AnswerProblem::OutOfRange) } else { Ok(Some(Answer::Scale(n))) }
            }
        },
        QuestionKind::ShortText { max_len } | QuestionKind::LongText { max_len } => match single()? {
            None => Ok(None),
            Some(v) => {
                let text = clean_text(v);
                if text.chars().count() > *max_len as usize {
                    Err(AnswerProblem::TooLong)
                } else if text.is_empty() {
                    Ok(None)
                } else {
                    Ok(Some(Answer::Text(text)))
                }
            }
        },
        QuestionKind::Number { min, max } => match single()? {
            None => Ok(None),
            Some(v) => {
                let n = parse_number(v).ok_or(AnswerProblem::NotANumber)?;
                if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                    Err(AnswerProblem::OutOfRange)
                } else {
                    Ok(Some(Answer::Number(n)))
                }
            }
        },
        QuestionKind::Date { min, max } => match single()? {
            None => Ok(None),
            Some(v) => {
                let d = crate::date::parse(v).ok_or(AnswerProblem::NotADate)?;
                if min.is_some_and(|m| d < m.0) || max.is_some_and(|m| d > m.0) {
                    Err(AnswerProblem::OutOfRange)
                } else {
                    Ok(Some(Answer::Date(d)))
                }
            }
        },
        QuestionKind::Ranking { options } => {
            let mut placed: Vec<(usize, &str)> = Vec::new();
            for o in options {
                match values(pairs, &format!("{name}.{}", o.key)).as_slice() {
                    [] => {}
                    [one] => {
                        let position: usize = one.parse().map_err(|_| AnswerProblem::NotANumber)?;
                        if position == 0 || position > options.len() {
                            return Err(AnswerProblem::OutOfRange);
                        }
                        placed.push((position, o.key.as_str()));
                    }
                    _ => return Err(AnswerProblem::TooManyValues),
                }
            }
            if placed.is_empty() {
                return Ok(None);
            }
            placed.sort();
            let complete = placed.len() == options.len() && placed.iter().enumerate().all(|(i, (p, _))| *p == i + 1);
            if !complete {
                return Err(AnswerProblem::Incomplete);
            }
            Ok(Some(Answer::Ranking(placed.into_iter().map(|(_, k)| k.to_owned()).collect())))
        }
        QuestionKind::Matrix { rows, scale } => {
            let mut chosen = BTreeMap::new();
            for row in rows {
                match values(pairs, &format!("{name}.{}", row.key)).as_slice() {
                    [] => {}
                    [one] if scale.iter().any(|s| s.key == *one) => {
                        chosen.insert(row.key.clone(), (*one).to_owned());
                    }
                    [_] => return Err(AnswerProblem::UnknownOption),
                    _ => return Err(AnswerProblem::TooManyValues),
                }
            }
            if chosen.is_empty() {
                Ok(None)
            } else if q.required && chosen.len() < rows.len() {
                Err(AnswerProblem::Incomplete)
            } else {
                Ok(Some(Answer::Matrix(chosen)))
            }
        }
    }
}

/// Decodes the questions of section `index` from a submitted form. `earlier` holds the answers
/// of previous sections (for conditions). Hidden questions are skipped and their fields ignored;
/// every problem is reported, one per question, in question order.
pub fn decode_section(
    definition: &SurveyDefinition,
    index: usize,
    pairs: &[(String, String)],
    earlier: &Answers,
) -> Result<Answers, Vec<AnswerError>> {
    let (decoded, errors) = decode_section_partial(definition, index, pairs, earlier);
    if errors.is_empty() { Ok(decoded) } else { Err(errors) }
}

/// Like [`decode_section`], but also returns the answers that were fine when others were not
/// (the browser uses them to show and hide questions while someone is still answering).
pub fn decode_section_partial(
    definition: &SurveyDefinition,
    index: usize,
    pairs: &[(String, String)],
    earlier: &Answers,
) -> (Answers, Vec<AnswerError>) {
    let Some(section) = definition.sections.get(index) else {
        return (Answers::new(), Vec::new());
    };
    let mut so_far = earlier.clone();
    let mut decoded = Answers::new();
    let mut errors = Vec::new();
    for q in &section.questions {
        if !is_visible(q, &so_far) {
            continue;
        }
        match decode_question(q, pairs) {
            Ok(Some(answer)) => {
                so_far.insert(q.id.clone(), answer.clone());
                decoded.insert(q.id.clone(), answer);
            }
            Ok(None) if q.required => errors.push(AnswerError { question: q.id.clone(), code: AnswerProblem::Required }),
            Ok(None) => {}
            Err(code) => errors.push(AnswerError { question: q.id.clone(), code }),
        }
    }
    (decoded, errors)
}

/// Characters kept of a value beyond its question's own limit (enough to show "too long").
const KEPT_BEYOND_LIMIT: usize = 100;
/// Characters kept of a value that names an option, a position or a number.
const KEPT_SHORT: usize = 100;

/// What answers in progress may keep of a sent form: only the fields of section `index`'s
/// questions (see the module's field names), as many values as each can have, each cut to its
/// question's size limit (plus a little, so a "too long" problem can still be shown). Anything
/// else a client sends is dropped, so a draft can never hold more than its survey asks for.
pub fn section_fields(definition: &SurveyDefinition, index: usize, pairs: &[(String, String)]) -> Vec<(String, String)> {
    let Some(section) = definition.sections.get(index) else { return Vec::new() };
    // (field name, most values, most characters per value)
    let mut allowed: Vec<(String, usize, usize)> = Vec::new();
    for q in &section.questions {
        let name = format!("q.{}", q.id);
        let short = |n: &str| (n.to_owned(), 1, KEPT_SHORT);
        match &q.kind {
            QuestionKind::ShortText { max_len } | QuestionKind::LongText { max_len } => {
                allowed.push((name, 2, *max_len as usize + KEPT_BEYOND_LIMIT));
            }
            QuestionKind::MultipleChoice { options, other, .. } => {
                allowed.push((name.clone(), options.len() + 2, KEPT_SHORT));
                if *other {
                    allowed.push((format!("{name}.other"), 1, 200 + KEPT_BEYOND_LIMIT));
                }
            }
            QuestionKind::Ranking { options } => {
                allowed.push(short(&name));
                allowed.extend(options.iter().map(|o| short(&format!("{name}.{}", o.key))));
            }
            QuestionKind::Matrix { rows, .. } => {
                allowed.push(short(&name));
                allowed.extend(rows.iter().map(|r| short(&format!("{name}.{}", r.key))));
            }
            _ => allowed.push((name, 2, KEPT_SHORT)),
        }
    }
    let mut counts = vec![0usize; allowed.len()];
    let mut kept = Vec::new();
    for (name, value) in pairs {
        let Some(i) = allowed.iter().position(|(n, _, _)| n == name) else { continue };
        if counts[i] >= allowed[i].1 {
            continue;
        }
        counts[i] += 1;
        kept.push((name.clone(), value.chars().take(allowed[i].2).collect()));
    }
    kept
}

/// The ids of the questions of section `index` shown, given `answers` (earlier and this section's).
pub fn visible_in_section(definition: &SurveyDefinition, index: usize, answers: &Answers) -> Vec<String> {
    definition
        .sections
        .get(index)
        .map(|s| s.questions.iter().filter(|q| is_visible(q, answers)).map(|q| q.id.clone()).collect())
        .unwrap_or_default()
}

/// Checks a whole set of answers, section by section, as the last step before it is stored:
/// answers to questions that are no longer shown are dropped; the first section with a problem
/// is returned with its problems.
pub fn check_all(definition: &SurveyDefinition, answers: &Answers) -> Result<Answers, (usize, Vec<AnswerError>)> {
    let pairs = encode(definition, answers);
    let mut kept = Answers::new();
    for index in 0..definition.sections.len() {
        let section = decode_section(definition, index, &pairs, &kept).map_err(|errors| (index, errors))?;
        kept.extend(section);
    }
    Ok(kept)
}

/// The name of the problem, as message ids and tests spell it.
impl AnswerProblem {
    pub const ALL: [AnswerProblem; 9] = [
        AnswerProblem::Required,
        AnswerProblem::UnknownOption,
        AnswerProblem::TooManyValues,
        AnswerProblem::TooManyChoices,
        AnswerProblem::OutOfRange,
        AnswerProblem::TooLong,
        AnswerProblem::NotANumber,
        AnswerProblem::NotADate,
        AnswerProblem::Incomplete,
    ];

    /// The Fluent id of the message explaining the problem next to the question.
    pub fn message_id(self) -> &'static str {
        match self {
            AnswerProblem::Required => "surveys-problem-required",
            AnswerProblem::UnknownOption => "surveys-problem-unknown-option",
            AnswerProblem::TooManyValues => "surveys-problem-too-many-values",
            AnswerProblem::TooManyChoices => "surveys-problem-too-many-choices",
            AnswerProblem::OutOfRange => "surveys-problem-out-of-range",
            AnswerProblem::TooLong => "surveys-problem-too-long",
            AnswerProblem::NotANumber => "surveys-problem-not-a-number",
            AnswerProblem::NotADate => "surveys-problem-not-a-date",
            AnswerProblem::Incomplete => "surveys-problem-incomplete",
        }
    }
}

/// The form fields that reproduce `answers` (to refill a form: resume, language switch, errors).
pub fn encode(definition: &SurveyDefinition, answers: &Answers) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    for q in definition.questions() {
        let Some(answer) = answers.get(&q.id) else { continue };
        let name = format!("q.{}", q.id);
        let mut push = |k: String, v: String| pairs.push((k, v));
        match answer {
            Answer::Choice(key) => push(name, key.clone()),
            Answer::Choices { keys, other } => {
                for key in keys {
                    push(name.clone(), key.clone());
                }
                if let Some(text) = other {
                    push(name.clone(), OTHER.to_owned());
                    push(format!("{name}.other"), text.clone());
                }
            }
            Answer::Scale(n) => push(name, n.to_string()),
            Answer::YesNo(yes) => push(name, if *yes { "yes" } else { "no" }.to_owned()),
            Answer::Text(text) => push(name, text.clone()),
            Answer::Number(n) => push(name, n.to_string()),
            Answer::Date(d) => push(name, d.to_string()),
            Answer::Ranking(keys) => {
                for (i, key) in keys.iter().enumerate() {
                    push(format!("{name}.{key}"), (i + 1).to_string());
                }
            }
            Answer::Matrix(rows) => {
                for (row, key) in rows {
                    push(format!("{name}.{row}"), key.clone());
                }
            }
            Answer::PreferNotToSay => push(name, PREFER_NOT_TO_SAY.to_owned()),
        }
    }
    pairs
}
