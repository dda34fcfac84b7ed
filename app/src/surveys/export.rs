//! Exports of raw responses: CSV that opens correctly in a spreadsheet (UTF-8 with a byte order
//! mark; every cell a spreadsheet could take for a formula neutralised) and JSON. Rows are built
//! one batch at a time, so the caller can stream any number of responses in flat memory.

use super::{
    answers::{Answer, Answers},
    definition::{QuestionKind, SurveyDefinition},
};
use crate::{core::Translated, i18n::Locale};

pub use crate::downloads::{BOM, neutralize, write_csv};

/// A response as stored, for export.
pub struct Row {
    pub id: i64,
    pub submitted_on: chrono::NaiveDate,
    pub lang: String,
    pub channel: String,
    pub interview_lang: Option<String>,
    /// The stored JSON answers.
    pub answers: String,
}

/// The column names: fixed ones, then one or more per question, each its code for programs and
/// the question's text in `locale` for people (`<id> · <text>`, `<id>.<option> · <text> — <option>`).
pub fn csv_header(definition: &SurveyDefinition, locale: Locale, default_lang: &str) -> Vec<String> {
    let label = |t: &Translated| t.resolve(locale, default_lang).text;
    let mut cols: Vec<String> =
        ["response", "submitted_on", "language", "channel", "interview_language"].iter().map(|s| (*s).to_owned()).collect();
    for q in definition.questions() {
        let text = label(&q.text);
        let part = |key: &str, name: String| format!("{}.{key} · {text} — {name}", q.id);
        match &q.kind {
            QuestionKind::MultipleChoice { options, other, .. } => {
                cols.extend(options.iter().map(|o| part(&o.key, label(&o.label))));
                if *other {
                    cols.push(part("_other", locale.t("surveys-other")));
                }
                if q.prefer_not_to_say {
                    cols.push(part("_pnts", locale.t("surveys-prefer-not-to-say")));
                }
            }
            QuestionKind::Ranking { options } => cols.extend(options.iter().map(|o| part(&o.key, label(&o.label)))),
            QuestionKind::Matrix { rows, .. } => cols.extend(rows.iter().map(|r| part(&r.key, label(&r.label)))),
            _ => cols.push(format!("{} · {text}", q.id)),
        }
    }
    // Question texts are typed by facilitators: a header cell is no formula either.
    cols.into_iter().map(|c| neutralize(&c)).collect()
}

/// One response as cells, in the order of [`csv_header`]; choices as their labels in `locale`.
pub fn csv_cells(definition: &SurveyDefinition, row: &Row, locale: Locale, default_lang: &str) -> Vec<String> {
    let answers: Answers = serde_json::from_str(&row.answers).unwrap_or_default();
    let label = |t: &Translated| t.resolve(locale, default_lang).text;
    let pnts = locale.t("surveys-prefer-not-to-say");
    let mut numbers = std::collections::HashSet::new();
    // Cells we write ourselves from numbers stay numbers (a negative one is no formula); only
    // text people typed or chose is neutralised.
    let mut cells = vec![
        row.id.to_string(),
        row.submitted_on.format("%Y-%m-%d").to_string(),
        row.lang.clone(),
        row.channel.clone(),
        row.interview_lang.clone().unwrap_or_default(),
    ];
    for q in definition.questions() {
        let answer = answers.get(&q.id);
        let is_pnts = answer == Some(&Answer::PreferNotToSay);
        match &q.kind {
            QuestionKind::MultipleChoice { options, other, .. } => {
                let (keys, other_text) = match answer {
                    Some(Answer::Choices { keys, other }) => (keys.clone(), other.clone()),
                    _ => (vec![], None),
                };
                cells.extend(options.iter().map(|o| if keys.contains(&o.key) { "1".to_owned() } else { String::new() }));
                if *other {
                    cells.push(other_text.unwrap_or_default());
                }
                if q.prefer_not_to_say {
                    cells.push(if is_pnts { "1".to_owned() } else { String::new() });
                }
            }
            QuestionKind::Ranking { options } => {
                let order = match answer {
                    Some(Answer::Ranking(order)) => order.clone(),
                    _ => vec![],
                };
                cells.extend(options.iter().map(|o| order.iter().position(|k| *k == o.key).map(|p| (p + 1).to_string()).unwrap_or_default()));
            }
            QuestionKind::Matrix { rows, scale } => {
                let chosen = match answer {
                    Some(Answer::Matrix(m)) => m.clone(),
                    _ => Default::default(),
                };
                cells.extend(rows.iter().map(|r| {
                    chosen
                        .get(&r.key)
                        .and_then(|k| scale.iter().find(|s| s.key == *k))
                        .map(|s| label(&s.label))
                        .unwrap_or_default()
                }));
            }
            QuestionKind::Scale { .. } | QuestionKind::Number { .. } if !is_pnts => {
                numbers.insert(cells.len());
                cells.push(match answer {
                    Some(Answer::Scale(n)) => n.to_string(),
                    Some(Answer::Number(n)) => n.to_string(),
                    _ => String::new(),
                });
            }
            kind => cells.push(match answer {
                None => String::new(),
                Some(Answer::PreferNotToSay) => pnts.clone(),
                Some(Answer::Choice(key)) => match kind {
                    QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => {
                        options.iter().find(|o| o.key == *key).map(|o| label(&o.label)).unwrap_or_else(|| key.clone())
                    }
                    _ => key.clone(),
                },
                Some(Answer::YesNo(yes)) => locale.t(if *yes { "surveys-yes" } else { "surveys-no" }),
                Some(Answer::Scale(n)) => n.to_string(),
                Some(Answer::Number(n)) => n.to_string(),
                Some(Answer::Date(d)) => d.format("%Y-%m-%d").to_string(),
                Some(Answer::Text(t)) => t.clone(),
                Some(other) => serde_json::to_string(other).unwrap_or_default(),
            }),
        }
    }
    cells.into_iter().enumerate().map(|(i, c)| if numbers.contains(&i) { c } else { neutralize(&c) }).collect()
}

/// One response as a JSON object (the stored answers kept as they are).
pub fn json_row(row: &Row) -> String {
    let head = serde_json::json!({
        "response": row.id,
        "submitted_on": row.submitted_on.format("%Y-%m-%d").to_string(),
        "language": row.lang,
        "channel": row.channel,
        "interview_language": row.interview_lang,
    })
    .to_string();
    let answers = if row.answers.trim_start().starts_with('{') { row.answers.as_str() } else { "{}" };
    format!("{},\"answers\":{answers}}}", head.trim_end_matches('}'))
}
