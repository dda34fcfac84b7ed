//! The live check of one section: what the answer form carries for the browser (as JSON in the
//! page) and what the enhancement module runs on every keystroke. The server renders the form
//! with the same [`LiveCheck::run`], so a page shows the same questions with and without
//! JavaScript.

use nanoserde::{DeBin, SerBin};
use serde::{Deserialize, Serialize};

use crate::{
    answers::{self, AnswerProblem, Answers},
    content::Translated,
    definition::{Choice, Question, QuestionKind, Section, SurveyDefinition},
    fields,
};

/// One section's rules, the earlier answers its conditions look at and the page's translated
/// error messages. Texts are left out (the page has them); earlier answers travel as the form
/// fields that give them, so the browser needs no code to read typed answers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, SerBin, DeBin)]
pub struct LiveCheck {
    /// Section 0: the section being answered. Section 1: the questions of earlier sections that
    /// its conditions look at, without conditions of their own.
    pub rules: SurveyDefinition,
    /// The answers to section 1's questions, as form fields.
    pub earlier: Vec<(String, String)>,
    /// Each problem's message in the page's language.
    pub messages: Vec<(AnswerProblem, String)>,
}

/// What the form should show for the values typed so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct LiveOutcome {
    /// The ids of the questions to show, in order.
    pub shown: Vec<String>,
    /// The problem found in each answer, by question id. A missing required answer is left out:
    /// it is pointed out when the section is sent, not while someone is still typing.
    pub problems: Vec<(String, AnswerProblem)>,
}

impl LiveCheck {
    /// The check of section `index` of `definition`, given the answers so far.
    pub fn new(definition: &SurveyDefinition, index: usize, earlier: &Answers, messages: Vec<(AnswerProblem, String)>) -> LiveCheck {
        let section = definition.sections.get(index).map(without_texts).unwrap_or_else(|| Section { title: Translated::default(), questions: vec![] });
        let looked_at: Vec<String> = section.questions.iter().filter_map(|q| q.condition.as_ref()).map(|c| c.question().to_owned()).collect();
        let looked_at = Section {
            title: Translated::default(),
            questions: definition
                .sections
                .iter()
                .take(index)
                .flat_map(|s| without_texts(s).questions)
                .filter(|q| looked_at.contains(&q.id))
                .map(|q| Question { condition: None, ..q.clone() })
                .collect(),
        };
        let rules = SurveyDefinition { sections: vec![section, looked_at] };
        let earlier = answers::encode(&SurveyDefinition { sections: rules.sections[1..].to_vec() }, earlier);
        LiveCheck { rules, earlier, messages }
    }

    /// The earlier answers, read back from their fields.
    fn earlier_answers(&self) -> Answers {
        if self.rules.sections.len() < 2 {
            return Answers::new();
        }
        answers::decode_section_partial(&self.rules, 1, &self.earlier, &Answers::new()).0
    }

    /// Every field name the section's form can send.
    pub fn field_names(&self) -> Vec<String> {
        self.rules.sections.first().map(fields::field_names).unwrap_or_default()
    }

    /// Checks `values` (field name, value) as the server would.
    pub fn run(&self, values: &[(String, String)]) -> LiveOutcome {
        let earlier = self.earlier_answers();
        let (decoded, errors) = answers::decode_section_partial(&self.rules, 0, values, &earlier);
        let mut all = earlier;
        all.extend(decoded);
        LiveOutcome {
            shown: answers::visible_in_section(&self.rules, 0, &all),
            problems: errors
                .into_iter()
                .filter(|e| e.code != AnswerProblem::Required)
                .map(|e| (e.question, e.code))
                .collect(),
        }
    }

    /// The message for `problem` in the page's language (empty if the page sent none).
    pub fn message(&self, problem: AnswerProblem) -> &str {
        self.messages.iter().find(|(p, _)| *p == problem).map(|(_, m)| m.as_str()).unwrap_or_default()
    }

    /// What the page carries (`<script type="application/octet-stream" id="survey-check">`):
    /// the check in nanoserde's binary, base64. Binary because the browser's module then needs
    /// no JSON or serde code (a third of its size); base64 has no character that could end the
    /// element.
    pub fn to_script_data(&self) -> String {
        use base64::Engine;
        base64::engine::general_purpose::STANDARD.encode(self.serialize_bin())
    }

    /// Reads what [`LiveCheck::to_script_data`] wrote, once the browser has decoded the base64.
    pub fn from_bytes(bytes: &[u8]) -> Option<LiveCheck> {
        LiveCheck::deserialize_bin(bytes).ok()
    }
}

/// `section` with every text left out: what checking needs.
fn without_texts(section: &Section) -> Section {
    let choices = |options: &[Choice]| -> Vec<Choice> {
        options.iter().map(|c| Choice { key: c.key.clone(), label: Translated::default() }).collect()
    };
    let kind = |kind: &QuestionKind| match kind {
        QuestionKind::SingleChoice { options } => QuestionKind::SingleChoice { options: choices(options) },
        QuestionKind::MultipleChoice { options, max_choices, other } => {
            QuestionKind::MultipleChoice { options: choices(options), max_choices: *max_choices, other: *other }
        }
        QuestionKind::Dropdown { options } => QuestionKind::Dropdown { options: choices(options) },
        QuestionKind::Scale { min, max, .. } => {
            QuestionKind::Scale { min: *min, max: *max, min_label: Translated::default(), max_label: Translated::default() }
        }
        QuestionKind::Ranking { options } => QuestionKind::Ranking { options: choices(options) },
        QuestionKind::Matrix { rows, scale } => QuestionKind::Matrix { rows: choices(rows), scale: choices(scale) },
        other => other.clone(),
    };
    Section {
        title: Translated::default(),
        questions: section
            .questions
            .iter()
            .map(|q| Question {
                id: q.id.clone(),
                text: Translated::default(),
                plain: Translated::default(),
                help: Translated::default(),
                required: q.required,
                prefer_not_to_say: q.prefer_not_to_say,
                condition: q.condition.clone(),
                kind: kind(&q.kind),
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        content::Translated,
        definition::{Condition, Question, QuestionKind, Section},
    };

    fn question(id: &str, kind: QuestionKind, condition: Option<Condition>) -> Question {
        Question {
            id: id.to_owned(),
            text: Translated::default(),
            plain: Translated::default(),
            help: Translated::default(),
            kind,
            required: true,
            prefer_not_to_say: false,
            condition,
        }
    }

    /// Section 0: "pet" (yes/no). Section 1: "name" (text, `</script>` in its title), "age"
    /// (number 0–30, only if pet = yes, in section 0).
    fn definition() -> SurveyDefinition {
        let first = Section { title: Translated::default(), questions: vec![question("pet", QuestionKind::YesNo, None)] };
        let second = Section {
            title: Translated([("pt".to_owned(), "</script><b>x</b> & y".to_owned())].into()),
            questions: vec![
                question("name", QuestionKind::ShortText { max_len: 4 }, None),
                question(
                    "age",
                    QuestionKind::Number { min: Some(0.0), max: Some(30.0) },
                    Some(Condition::Equals { question: "pet".to_owned(), value: "yes".to_owned() }),
                ),
            ],
        };
        SurveyDefinition { sections: vec![first, second] }
    }

    fn check(pet: Option<bool>) -> LiveCheck {
        let earlier: Answers = pet.map(|p| ("pet".to_owned(), crate::answers::Answer::YesNo(p))).into_iter().collect();
        LiveCheck::new(&definition(), 1, &earlier, vec![(AnswerProblem::NotANumber, "Escreva um número".to_owned())])
    }

    fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn conditions_on_earlier_sections_use_the_earlier_answers() {
        assert_eq!(check(Some(true)).run(&[]).shown, vec!["name", "age"]);
        assert_eq!(check(Some(false)).run(&[]).shown, vec!["name"]);
        assert_eq!(check(None).run(&[]).shown, vec!["name"]);
    }

    #[test]
    fn problems_are_the_servers_except_a_missing_answer() {
        let check = check(Some(true));
        assert!(check.run(&[]).problems.is_empty(), "an unanswered required question is not an error while typing");
        let outcome = check.run(&fields(&[("q.name", "Maria"), ("q.age", "doze")]));
        assert_eq!(
            outcome.problems,
            vec![("name".to_owned(), AnswerProblem::TooLong), ("age".to_owned(), AnswerProblem::NotANumber)]
        );
        assert_eq!(check.message(AnswerProblem::NotANumber), "Escreva um número");
        assert_eq!(check.message(AnswerProblem::TooLong), "");
        assert!(check.run(&fields(&[("q.name", "Ana"), ("q.age", "12")])).problems.is_empty());
    }

    #[test]
    fn carries_no_texts_and_reads_back_from_the_page() {
        use base64::Engine;
        let check = check(Some(true));
        let data = check.to_script_data();
        assert!(data.bytes().all(|b| b.is_ascii_alphanumeric() || b"+/=".contains(&b)), "{data}");
        let bytes = base64::engine::general_purpose::STANDARD.decode(&data).unwrap_or_default();
        let back = LiveCheck::from_bytes(&bytes).unwrap_or_else(|| panic!("unreadable: {data}"));
        assert_eq!(back, check);
        assert!(back.rules.sections.iter().flat_map(|s| &s.questions).all(|q| q.text.0.is_empty()), "texts left out");
        assert_eq!(LiveCheck::from_bytes(&bytes[..bytes.len() / 2]), None, "a cut message is refused");
    }

    #[test]
    fn date_limits_travel_in_binary() {
        let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).map(crate::date::Day);
        let mut definition = definition();
        definition.sections[1].questions[0].kind = QuestionKind::Date { min: day(2026, 1, 1), max: day(2026, 12, 31) };
        let check = LiveCheck::new(&definition, 1, &Answers::new(), vec![]);
        let back = LiveCheck::from_bytes(&check.serialize_bin());
        assert_eq!(back.as_ref(), Some(&check));
        let outcome = check.run(&fields(&[("q.name", "2027-01-01")]));
        assert_eq!(outcome.problems, vec![("name".to_owned(), AnswerProblem::OutOfRange)]);
    }
}
