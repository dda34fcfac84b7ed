#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! The survey builder's changes as pure functions: new questions of every type, edits in the
//! survey's own language and in a translation, what counts as structural, missing translations.

use ponte_app::{
    core::{Invalid, Translated},
    surveys::{
        builder::edit::{self, KINDS, QuestionEdit},
        definition::{Condition, QuestionKind, Section, SurveyDefinition},
    },
};

fn survey_with(kind: &str) -> SurveyDefinition {
    let q = edit::new_question(kind, "q1".into(), "pt-PT", "Pergunta?").expect("new question");
    SurveyDefinition { sections: vec![Section { title: Translated::default(), questions: vec![q] }] }
}

#[test]
fn every_new_question_type_makes_a_valid_survey() {
    for kind in KINDS {
        let d = survey_with(kind);
        assert_eq!(d.check(), Ok(()), "{kind}");
        assert_eq!(edit::kind_key(&d.sections[0].questions[0].kind), kind);
    }
    assert_eq!(edit::new_question("essay", "q1".into(), "pt-PT", "?").err(), Some(Invalid::FormInvalid));
    assert_eq!(edit::new_question("yes_no", "q1".into(), "pt-PT", "  ").err(), Some(Invalid::QuestionTextMissing));
}

#[test]
fn options_follow_the_lines_in_the_own_language_and_only_translate_in_others() {
    let mut d = survey_with("single_choice");
    let q = &mut d.sections[0].questions[0];
    let own = QuestionEdit { lang: "pt-PT".into(), text: "Onde vive?".into(), options: "Norte\nSul\n\nCentro\n".into(), required: true, ..Default::default() };
    edit::apply(q, &own, true).expect("own language");
    let QuestionKind::SingleChoice { options } = &q.kind else { panic!("kind changed") };
    let keys: Vec<&str> = options.iter().map(|o| o.key.as_str()).collect();
    assert_eq!(keys, ["o1", "o2", "o3"], "existing keys kept, new line gets a new key, blank lines ignored");
    assert_eq!(options[2].label.0.get("pt-PT").map(String::as_str), Some("Centro"));
    assert!(q.required);
    // A translation changes labels only, and must have as many lines.
    let en = QuestionEdit { lang: "en".into(), text: "Where do you live?".into(), options: "North\nSouth\nCentre".into(), ..Default::default() };
    edit::apply(q, &en, false).expect("translation");
    assert!(q.required, "a translation does not change settings");
    let QuestionKind::SingleChoice { options } = &q.kind else { panic!() };
    assert_eq!(options[0].label.0.get("en").map(String::as_str), Some("North"));
    let short = QuestionEdit { lang: "en".into(), text: "Where?".into(), options: "North".into(), ..Default::default() };
    assert_eq!(edit::apply(q, &short, false), Err(Invalid::TranslationLines));
    let blank = QuestionEdit { lang: "pt-PT".into(), text: " ".into(), ..Default::default() };
    assert_eq!(edit::apply(q, &blank, true), Err(Invalid::QuestionTextMissing), "the own language needs the question text");
}

#[test]
fn text_changes_are_not_structural_but_choices_and_settings_are() {
    let before = survey_with("multiple_choice");
    let mut texts = before.clone();
    let q = &mut texts.sections[0].questions[0];
    edit::apply(q, &QuestionEdit { lang: "uk".into(), text: "Питання?".into(), options: "1\n2".into(), ..Default::default() }, false).expect("edit");
    assert_eq!(edit::structure(&texts), edit::structure(&before));
    let mut more = before.clone();
    let q = &mut more.sections[0].questions[0];
    edit::apply(q, &QuestionEdit { lang: "pt-PT".into(), text: "Pergunta?".into(), options: "1\n2\n3".into(), ..Default::default() }, true).expect("edit");
    assert_ne!(edit::structure(&more), edit::structure(&before));
    let mut limited = before.clone();
    let q = &mut limited.sections[0].questions[0];
    edit::apply(q, &QuestionEdit { lang: "pt-PT".into(), text: "Pergunta?".into(), options: "1\n2".into(), max_choices: "1".into(), ..Default::default() }, true).expect("edit");
    assert_ne!(edit::structure(&limited), edit::structure(&before));
}

#[test]
fn conditions_are_set_from_the_form_and_checked() {
    let mut d = survey_with("yes_no");
    let mut second = edit::new_question("short_text", edit::next_id(&d), "pt-PT", "Onde?").expect("q");
    assert_eq!(second.id, "q2");
    let form = QuestionEdit { lang: "pt-PT".into(), text: "Onde?".into(), cond_question: "q1".into(), cond_op: "equals".into(), cond_values: vec!["yes".into()], ..Default::default() };
    edit::apply(&mut second, &form, true).expect("edit");
    assert_eq!(second.condition, Some(Condition::Equals { question: "q1".into(), value: "yes".into() }));
    d.sections[0].questions.push(second.clone());
    assert_eq!(d.check(), Ok(()));
    let wrong = QuestionEdit { cond_values: vec!["maybe".into()], ..form.clone() };
    edit::apply(&mut d.sections[0].questions[1], &wrong, true).expect("edit");
    assert!(d.check().is_err(), "a condition on an answer the question does not have is refused");
    let bad_op = QuestionEdit { cond_op: "contains".into(), ..form.clone() };
    assert_eq!(edit::apply(&mut second, &bad_op, true), Err(Invalid::ConditionInvalid));
    let no_answer = QuestionEdit { cond_values: Vec::new(), ..form.clone() };
    assert_eq!(edit::apply(&mut second, &no_answer, true), Err(Invalid::ConditionInvalid), "a condition needs the answers it is about");
    let several = QuestionEdit { cond_values: vec!["yes".into(), "no".into()], ..form.clone() };
    edit::apply(&mut second, &several, true).expect("several answers");
    assert_eq!(second.condition, Some(Condition::AnyOf { question: "q1".into(), values: vec!["yes".into(), "no".into()] }), "'is' with several answers means any of them");
    let answered = QuestionEdit { cond_op: "answered".into(), cond_values: Vec::new(), ..form };
    edit::apply(&mut second, &answered, true).expect("answered");
    assert_eq!(second.condition, Some(Condition::Answered { question: "q1".into() }));
}

#[test]
fn missing_translations_are_counted_per_language() {
    let mut d = survey_with("single_choice");
    let texts = edit::texts(&d);
    // The question and its two choices are written in pt-PT only.
    assert_eq!(edit::missing(&texts, "pt-PT", "en"), 3);
    assert_eq!(edit::missing(&texts, "pt-PT", "pt-PT"), 0);
    let q = &mut d.sections[0].questions[0];
    edit::apply(q, &QuestionEdit { lang: "en".into(), text: "Question?".into(), options: "One\nTwo".into(), ..Default::default() }, false).expect("edit");
    assert_eq!(edit::missing(&edit::texts(&d), "pt-PT", "en"), 0);
    assert_eq!(edit::missing(&edit::texts(&d), "pt-PT", "ar"), 3);
}

#[test]
fn made_up_option_codes_become_readable_and_conditions_follow() {
    assert_eq!(edit::code_from_label("Não sei").as_deref(), Some("nao-sei"));
    assert_eq!(edit::code_from_label("  A pé!  ").as_deref(), Some("a-pe"));
    assert_eq!(edit::code_from_label("Українська").as_deref(), Some("ukrayinska"));
    assert_eq!(edit::code_from_label("???"), None);
    let mut d = survey_with("single_choice");
    let own = QuestionEdit { lang: "pt-PT".into(), text: "Como vem?".into(), options: "Autocarro\nA pé\nA pé".into(), ..Default::default() };
    edit::apply(&mut d.sections[0].questions[0], &own, true).expect("edit");
    let mut second = edit::new_question("yes_no", "q2".into(), "pt-PT", "Tem passe?").expect("q");
    second.condition = Some(Condition::AnyOf { question: "q1".into(), values: vec!["o1".into(), "o3".into()] });
    d.sections[0].questions.push(second);
    let renames = edit::readable_option_codes(&mut d.sections[0].questions[0], "pt-PT");
    assert_eq!(renames, [("o1".into(), "autocarro".into()), ("o2".into(), "a-pe".into()), ("o3".into(), "a-pe-2".into())]);
    edit::rename_in_conditions(&mut d, "q1", &renames);
    assert_eq!(d.sections[0].questions[1].condition, Some(Condition::AnyOf { question: "q1".into(), values: vec!["autocarro".into(), "a-pe-2".into()] }));
    assert_eq!(d.check(), Ok(()), "the survey still holds together");
    // Codes read from labels stay when the labels change later.
    let again = QuestionEdit { options: "Autocarro da Câmara\nA pé\nDe bicicleta".into(), ..own };
    edit::apply(&mut d.sections[0].questions[0], &again, true).expect("edit");
    assert!(edit::readable_option_codes(&mut d.sections[0].questions[0], "pt-PT").is_empty(), "nothing made up is left");
}

#[test]
fn facilitators_type_their_own_codes_and_conditions_follow() {
    let mut d = survey_with("single_choice");
    let own = QuestionEdit { lang: "pt-PT".into(), text: "Como vem?".into(), options: "Autocarro\nA pé".into(), ..Default::default() };
    edit::apply(&mut d.sections[0].questions[0], &own, true).expect("edit");
    let mut second = edit::new_question("yes_no", "q2".into(), "pt-PT", "Tem passe?").expect("q");
    second.condition = Some(Condition::Equals { question: "q1".into(), value: "o1".into() });
    d.sections[0].questions.push(second);
    // The codes typed, one per answer line: renamed, and the condition follows.
    let typed = QuestionEdit { option_codes: "bus\nwalk".into(), ..own.clone() };
    let renamed = edit::apply(&mut d.sections[0].questions[0], &typed, true).expect("edit");
    assert_eq!(renamed, [("o1".into(), "bus".into()), ("o2".into(), "walk".into())]);
    edit::rename_in_conditions(&mut d, "q1", &renamed);
    assert_eq!(d.sections[0].questions[1].condition, Some(Condition::Equals { question: "q1".into(), value: "bus".into() }));
    assert_eq!(d.check(), Ok(()));
    // Codes sent back as they were while a line is added: the new answer gets a code of its own.
    let more = QuestionEdit { options: "Autocarro\nA pé\nComboio".into(), option_codes: "bus\nwalk".into(), ..own.clone() };
    assert_eq!(edit::apply(&mut d.sections[0].questions[0], &more, true), Ok(vec![]));
    let QuestionKind::SingleChoice { options } = &d.sections[0].questions[0].kind else { panic!("kind") };
    assert_eq!(options.iter().map(|o| o.key.as_str()).collect::<Vec<_>>(), ["bus", "walk", "o3"]);
    // Changed codes that do not match the answers one to one are refused.
    let short = QuestionEdit { options: "Autocarro\nA pé\nComboio".into(), option_codes: "bus\ntrain".into(), ..own.clone() };
    assert_eq!(edit::apply(&mut d.sections[0].questions[0], &short, true), Err(Invalid::OptionCodesLines));
    // A code that is not a code is the definition's to refuse, as for any survey.
    let bad = QuestionEdit { options: "Autocarro\nA pé\nComboio".into(), option_codes: "bus\nwalk\nComboio Rápido".into(), ..own.clone() };
    edit::apply(&mut d.sections[0].questions[0], &bad, true).expect("applied");
    assert!(d.check().is_err(), "upper case and spaces are no code");
    // Codes are not the translations' business.
    let mut d = survey_with("matrix");
    let en = QuestionEdit { lang: "en".into(), text: "Q?".into(), rows: "Row".into(), options: "One\nTwo".into(), row_codes: "x".into(), option_codes: "a\nb".into(), ..Default::default() };
    edit::apply(&mut d.sections[0].questions[0], &en, false).expect("translation");
    let QuestionKind::Matrix { rows, scale } = &d.sections[0].questions[0].kind else { panic!("kind") };
    assert_eq!((rows[0].key.as_str(), scale[0].key.as_str()), ("r1", "o1"));
}
