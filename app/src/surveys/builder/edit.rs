//! Changes a facilitator makes to a survey's questions, as pure functions on the definition (so
//! they are tested without a server), and the rules around them: what counts as a structural
//! change (refused once there are responses) and which translations are missing.

use serde::{Deserialize, Serialize};

use crate::{
    core::{Invalid, Translated},
    surveys::definition::{Choice, Condition, DefinitionProblem, Question, QuestionKind, Section, SurveyDefinition, TEXT_MAX},
};

/// What the builder tells a facilitator about a definition it cannot accept.
pub fn problem(code: DefinitionProblem) -> Invalid {
    match code {
        DefinitionProblem::NoText => Invalid::QuestionTextMissing,
        DefinitionProblem::TooFewOptions => Invalid::OptionsTooFew,
        DefinitionProblem::TooManyOptions => Invalid::OptionsTooMany,
        DefinitionProblem::BadOptionKey => Invalid::OptionCodeInvalid,
        DefinitionProblem::DuplicateOption => Invalid::OptionsDuplicate,
        DefinitionProblem::BadRange => Invalid::RangeInvalid,
        DefinitionProblem::BadMaxChoices => Invalid::MaxChoicesInvalid,
        DefinitionProblem::BadTextLimit => Invalid::NumberInvalid,
        DefinitionProblem::BadCondition => Invalid::ConditionInvalid,
        DefinitionProblem::NotJson | DefinitionProblem::NoQuestions | DefinitionProblem::BadId | DefinitionProblem::DuplicateId => Invalid::FormInvalid,
    }
}

/// The question types, by the name the builder's forms use.
pub const KINDS: [&str; 11] = [
    "single_choice",
    "multiple_choice",
    "dropdown",
    "scale",
    "yes_no",
    "short_text",
    "long_text",
    "number",
    "date",
    "ranking",
    "matrix",
];

pub fn kind_key(kind: &QuestionKind) -> &'static str {
    match kind {
        QuestionKind::SingleChoice { .. } => "single_choice",
        QuestionKind::MultipleChoice { .. } => "multiple_choice",
        QuestionKind::Dropdown { .. } => "dropdown",
        QuestionKind::Scale { .. } => "scale",
        QuestionKind::YesNo => "yes_no",
        QuestionKind::ShortText { .. } => "short_text",
        QuestionKind::LongText { .. } => "long_text",
        QuestionKind::Number { .. } => "number",
        QuestionKind::Date { .. } => "date",
        QuestionKind::Ranking { .. } => "ranking",
        QuestionKind::Matrix { .. } => "matrix",
    }
}

/// What the question form sends, every text in language `lang`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuestionEdit {
    pub lang: String,
    pub text: String,
    pub plain: String,
    pub help: String,
    pub required: bool,
    pub prefer_not_to_say: bool,
    /// One option per line (choice, dropdown, ranking; matrix scale points).
    pub options: String,
    /// One row per line (matrix).
    pub rows: String,
    /// The options' codes (matrix: its scale points'), one per line in the same order; empty or
    /// as they were: kept (own language only).
    #[serde(default)]
    pub option_codes: String,
    /// The matrix rows' codes, likewise.
    #[serde(default)]
    pub row_codes: String,
    pub min: String,
    pub max: String,
    pub min_label: String,
    pub max_label: String,
    pub max_choices: String,
    pub other: bool,
    pub max_len: String,
    /// Display condition: an earlier question's id (empty: always shown), an operator and the
    /// codes of the answers it is about.
    pub cond_question: String,
    pub cond_op: String,
    pub cond_values: Vec<String>,
}

fn set(t: &mut Translated, lang: &str, value: &str) {
    let value = value.trim();
    if value.is_empty() {
        t.0.remove(lang);
    } else {
        t.0.insert(lang.to_owned(), value.to_owned());
    }
}

fn lines(raw: &str) -> Vec<String> {
    raw.lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_owned).collect()
}

/// Whether `key` is one the builder made up (`o3`, `r1`, `s2`) rather than one read from a label.
fn placeholder(key: &str, prefix: &str) -> bool {
    key.strip_prefix(prefix).is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A readable code for an option, from its label: `Não sei` → `nao-sei`, `Autocarro` →
/// `autocarro` (other scripts transliterated); `None` when nothing readable is left.
pub fn code_from_label(label: &str) -> Option<String> {
    let ascii = deunicode::deunicode(label).to_lowercase();
    let mut code = String::new();
    for c in ascii.chars() {
        // A transliteration's soft sign or apostrophe is no word break (`Ukrayins'ka`).
        if c.is_ascii_alphanumeric() {
            code.push(c);
        } else if c != '\'' && !code.is_empty() && !code.ends_with('-') {
            code.push('-');
        }
        if code.len() >= 24 {
            break;
        }
    }
    let code = code.trim_end_matches('-').to_owned();
    (!code.is_empty()).then_some(code)
}

/// Gives options whose code the builder made up a code read from their label (in the survey's
/// own language), unique among `options`; answers what changed, (old, new), for conditions.
fn readable_codes(options: &mut [Choice], lang: &str, prefix: &str) -> Vec<(String, String)> {
    let mut renamed = Vec::new();
    for i in 0..options.len() {
        if !placeholder(&options[i].key, prefix) {
            continue;
        }
        let Some(base) = options[i].label.0.get(lang).and_then(|l| code_from_label(l)) else { continue };
        let taken = |key: &str| options.iter().enumerate().any(|(j, o)| j != i && o.key == key);
        let code = (1..).map(|n| if n == 1 { base.clone() } else { format!("{base}-{n}") }).find(|k| !taken(k)).unwrap_or(base);
        if placeholder(&code, prefix) {
            continue;
        }
        renamed.push((std::mem::replace(&mut options[i].key, code.clone()), code));
    }
    renamed
}

/// Applies `labels` (one per line) to `options` in `lang`. In the survey's own language the
/// lines also decide how many options there are (new lines get new keys), and `codes` (one per
/// line, unless sent back as they were) give the options their codes; in another language the
/// lines only translate, so their number must match. Answers the codes changed, (old, new).
fn apply_options(options: &mut Vec<Choice>, labels: &str, codes: &str, lang: &str, own_language: bool, prefix: &str) -> Result<Vec<(String, String)>, Invalid> {
    let labels = lines(labels);
    let codes = lines(codes);
    let codes_as_they_were = codes.is_empty() || codes.iter().eq(options.iter().map(|o| &o.key));
    if labels.iter().any(|l| l.chars().count() > 300) {
        return Err(Invalid::TooLong);
    }
    if !own_language && labels.len() != options.len() && !labels.is_empty() {
        return Err(Invalid::TranslationLines);
    }
    if own_language {
        options.truncate(labels.len());
        let mut n = options.len();
        while options.len() < labels.len() {
            n += 1;
            let mut key = format!("{prefix}{n}");
            while options.iter().any(|o| o.key == key) {
                n += 1;
                key = format!("{prefix}{n}");
            }
            options.push(Choice { key, label: Translated::default() });
        }
    }
    for (option, label) in options.iter_mut().zip(labels.iter()) {
        set(&mut option.label, lang, label);
    }
    let mut renamed = Vec::new();
    if own_language && !codes_as_they_were {
        if codes.len() != options.len() {
            return Err(Invalid::OptionCodesLines);
        }
        for (option, code) in options.iter_mut().zip(codes) {
            if option.key != code {
                renamed.push((std::mem::replace(&mut option.key, code.clone()), code));
            }
        }
    }
    Ok(renamed)
}

fn number<T: std::str::FromStr>(raw: &str) -> Result<Option<T>, Invalid> {
    let raw = raw.trim();
    if raw.is_empty() { Ok(None) } else { raw.replace(',', ".").parse().map(Some).map_err(|_| Invalid::NumberInvalid) }
}

/// A new question of `kind`, with starting options a facilitator then edits.
pub fn new_question(kind: &str, id: String, lang: &str, text: &str) -> Result<Question, Invalid> {
    let label = |s: &str| Translated([(lang.to_owned(), s.to_owned())].into());
    let two = || vec![Choice { key: "o1".into(), label: label("1") }, Choice { key: "o2".into(), label: label("2") }];
    let kind = match kind {
        "single_choice" => QuestionKind::SingleChoice { options: two() },
        "multiple_choice" => QuestionKind::MultipleChoice { options: two(), max_choices: None, other: false },
        "dropdown" => QuestionKind::Dropdown { options: two() },
        "scale" => QuestionKind::Scale { min: 1, max: 5, min_label: Translated::default(), max_label: Translated::default() },
        "yes_no" => QuestionKind::YesNo,
        "short_text" => QuestionKind::ShortText { max_len: 200 },
        "long_text" => QuestionKind::LongText { max_len: 2000 },
        "number" => QuestionKind::Number { min: None, max: None },
        "date" => QuestionKind::Date { min: None, max: None },
        "ranking" => QuestionKind::Ranking { options: two() },
        "matrix" => QuestionKind::Matrix {
            rows: vec![Choice { key: "r1".into(), label: label("1") }],
            scale: two(),
        },
        _ => return Err(Invalid::FormInvalid),
    };
    if text.trim().is_empty() {
        return Err(Invalid::QuestionTextMissing);
    }
    if text.chars().count() > 1000 {
        return Err(Invalid::TooLong);
    }
    Ok(Question {
        id,
        text: label(text.trim()),
        plain: Translated::default(),
        help: Translated::default(),
        required: false,
        prefer_not_to_say: false,
        condition: None,
        kind,
    })
}

/// Applies an edit to a question. `own_language`: `edit.lang` is the survey's own language, in
/// which the number of options, their codes and the settings may change. Answers the option
/// codes renamed that conditions can name (see [`rename_in_conditions`]).
pub fn apply(q: &mut Question, edit: &QuestionEdit, own_language: bool) -> Result<Vec<(String, String)>, Invalid> {
    let lang = edit.lang.as_str();
    if [&edit.text, &edit.plain, &edit.help].iter().any(|t| t.chars().count() > 1000) {
        return Err(Invalid::TooLong);
    }
    if own_language && edit.text.trim().is_empty() {
        return Err(Invalid::QuestionTextMissing);
    }
    set(&mut q.text, lang, &edit.text);
    set(&mut q.plain, lang, &edit.plain);
    set(&mut q.help, lang, &edit.help);
    let mut renamed = Vec::new();
    match &mut q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => {
            renamed = apply_options(options, &edit.options, &edit.option_codes, lang, own_language, "o")?;
        }
        QuestionKind::Ranking { options } => {
            apply_options(options, &edit.options, &edit.option_codes, lang, own_language, "o")?;
        }
        QuestionKind::MultipleChoice { options, max_choices, other } => {
            renamed = apply_options(options, &edit.options, &edit.option_codes, lang, own_language, "o")?;
            if own_language {
                *max_choices = number(&edit.max_choices)?;
                *other = edit.other;
            }
        }
        QuestionKind::Matrix { rows, scale } => {
            apply_options(rows, &edit.rows, &edit.row_codes, lang, own_language, "r")?;
            apply_options(scale, &edit.options, &edit.option_codes, lang, own_language, "s")?;
        }
        QuestionKind::Scale { min, max, min_label, max_label } => {
            set(min_label, lang, &edit.min_label);
            set(max_label, lang, &edit.max_label);
            if own_language {
                *min = number(&edit.min)?.unwrap_or(1);
                *max = number(&edit.max)?.unwrap_or(5);
            }
        }
        QuestionKind::Number { min, max } if own_language => {
            *min = number(&edit.min)?;
            *max = number(&edit.max)?;
        }
        QuestionKind::Date { min, max } if own_language => {
            let date = |raw: &str| -> Result<Option<chrono::NaiveDate>, Invalid> {
                let raw = raw.trim();
                if raw.is_empty() { Ok(None) } else { chrono::NaiveDate::parse_from_str(raw, "%Y-%m-%d").map(Some).map_err(|_| Invalid::DateInvalid) }
            };
            *min = date(&edit.min)?.map(crate::surveys::date::Day);
            *max = date(&edit.max)?.map(crate::surveys::date::Day);
        }
        QuestionKind::ShortText { max_len } | QuestionKind::LongText { max_len } if own_language => {
            if let Some(n) = number::<u32>(&edit.max_len)? {
                *max_len = n.min(TEXT_MAX);
            }
        }
        _ => {}
    }
    if own_language {
        q.required = edit.required;
        q.prefer_not_to_say = edit.prefer_not_to_say;
        let mut values: Vec<String> = edit.cond_values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).map(str::to_owned).collect();
        values.dedup();
        let question = edit.cond_question.trim().to_owned();
        q.condition = if question.is_empty() {
            None
        } else {
            Some(match (edit.cond_op.as_str(), values.len()) {
                ("answered", _) => Condition::Answered { question },
                (_, 0) => return Err(Invalid::ConditionInvalid),
                ("equals", 1) => Condition::Equals { question, value: values.remove(0) },
                ("equals" | "any_of", _) => Condition::AnyOf { question, values },
                ("not_equals", 1) => Condition::NotEquals { question, value: values.remove(0) },
                _ => return Err(Invalid::ConditionInvalid),
            })
        };
    }
    Ok(renamed)
}

/// Options whose codes the builder made up get codes read from their labels in `lang` (the
/// survey's own language): only while no one has answered, since answers are stored by code.
/// Answers the renames, (old, new), of the options conditions can name.
pub fn readable_option_codes(q: &mut Question, lang: &str) -> Vec<(String, String)> {
    match &mut q.kind {
        QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } | QuestionKind::MultipleChoice { options, .. } => {
            readable_codes(options, lang, "o")
        }
        QuestionKind::Ranking { options } => {
            readable_codes(options, lang, "o");
            Vec::new()
        }
        QuestionKind::Matrix { rows, scale } => {
            readable_codes(rows, lang, "r");
            readable_codes(scale, lang, "s");
            Vec::new()
        }
        _ => Vec::new(),
    }
}

/// Conditions on `question` follow its renamed option codes.
pub fn rename_in_conditions(definition: &mut SurveyDefinition, question: &str, renames: &[(String, String)]) {
    if renames.is_empty() {
        return;
    }
    let new = |old: &mut String| {
        if let Some((_, to)) = renames.iter().find(|(from, _)| from == old) {
            *old = to.clone();
        }
    };
    for q in definition.sections.iter_mut().flat_map(|s| s.questions.iter_mut()) {
        match &mut q.condition {
            Some(Condition::Equals { question: on, value } | Condition::NotEquals { question: on, value }) if on == question => new(value),
            Some(Condition::AnyOf { question: on, values }) if on == question => values.iter_mut().for_each(new),
            _ => {}
        }
    }
}

/// The definition without any text: two definitions with the same structure compare equal.
pub fn structure(definition: &SurveyDefinition) -> SurveyDefinition {
    let blank = |t: &mut Translated| *t = Translated::default();
    let mut d = definition.clone();
    for s in &mut d.sections {
        blank(&mut s.title);
        for q in &mut s.questions {
            blank(&mut q.text);
            blank(&mut q.plain);
            blank(&mut q.help);
            let options = |o: &mut Vec<Choice>| o.iter_mut().for_each(|c| blank(&mut c.label));
            match &mut q.kind {
                QuestionKind::SingleChoice { options: o }
                | QuestionKind::Dropdown { options: o }
                | QuestionKind::Ranking { options: o }
                | QuestionKind::MultipleChoice { options: o, .. } => options(o),
                QuestionKind::Matrix { rows, scale } => {
                    options(rows);
                    options(scale);
                }
                QuestionKind::Scale { min_label, max_label, .. } => {
                    blank(min_label);
                    blank(max_label);
                }
                _ => {}
            }
        }
    }
    d
}

/// Every text of a survey that must exist in each of its languages (plain-language versions and
/// help are optional, and only counted where the survey's own language has them).
pub fn texts(definition: &SurveyDefinition) -> Vec<&Translated> {
    let mut all: Vec<&Translated> = Vec::new();
    for s in &definition.sections {
        all.push(&s.title);
        for q in &s.questions {
            all.push(&q.text);
            all.push(&q.plain);
            all.push(&q.help);
            match &q.kind {
                QuestionKind::SingleChoice { options }
                | QuestionKind::Dropdown { options }
                | QuestionKind::Ranking { options }
                | QuestionKind::MultipleChoice { options, .. } => all.extend(options.iter().map(|o| &o.label)),
                QuestionKind::Matrix { rows, scale } => {
                    all.extend(rows.iter().map(|o| &o.label));
                    all.extend(scale.iter().map(|o| &o.label));
                }
                QuestionKind::Scale { min_label, max_label, .. } => {
                    all.push(min_label);
                    all.push(max_label);
                }
                _ => {}
            }
        }
    }
    all
}

/// How many texts are missing in `lang`: those written in `own` but not in `lang`.
pub fn missing(texts: &[&Translated], own: &str, lang: &str) -> usize {
    let has = |t: &Translated, l: &str| t.0.get(l).is_some_and(|v| !v.trim().is_empty());
    texts.iter().filter(|t| has(t, own) && !has(t, lang)).count()
}

/// A fresh question id, unused in `definition` (`q1`, `q2`, …).
pub fn next_id(definition: &SurveyDefinition) -> String {
    let used: Vec<&str> = definition.questions().map(|q| q.id.as_str()).collect();
    (1..).map(|n| format!("q{n}")).find(|id| !used.contains(&id.as_str())).unwrap_or_else(|| "q".to_owned())
}

/// An empty section to add questions to.
pub fn empty_section() -> Section {
    Section { title: Translated::default(), questions: Vec::new() }
}
