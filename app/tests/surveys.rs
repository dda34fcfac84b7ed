#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! Survey definitions and answers: the validating parser, every question type and condition in
//! the decoder, and properties that must hold for any input (no panic, encode/decode round trip).

use ponte_app::surveys::{
    answers::{Answer, AnswerError, AnswerProblem, Answers, decode_section, encode},
    definition::{DefinitionProblem, SurveyDefinition},
};
use proptest::prelude::*;

const FIXTURE: &str = include_str!("fixtures/survey.json");

fn survey() -> SurveyDefinition {
    SurveyDefinition::parse(FIXTURE).expect("the fixture survey is valid")
}

fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
}

fn errors(result: Result<Answers, Vec<AnswerError>>) -> Vec<(String, AnswerProblem)> {
    result.expect_err("should fail").into_iter().map(|e| (e.question, e.code)).collect()
}

#[test]
fn first_section_decodes_every_type_it_holds() {
    let answers = decode_section(
        &survey(),
        0,
        &form(&[
            ("q.where", "serra"),
            ("q.years", "1-3"),
            ("q.languages", "ne"),
            ("q.languages", "pt"),
            ("q.languages", "_other"),
            ("q.languages.other", "  Punjabi "),
            ("q.portuguese", "2"),
            ("lang", "ur"),
        ]),
        &Answers::new(),
    )
    .expect("valid");
    assert_eq!(answers["where"], Answer::Choice("serra".into()));
    assert_eq!(answers["years"], Answer::Choice("1-3".into()));
    assert_eq!(
        answers["languages"],
        Answer::Choices { keys: vec!["pt".into(), "ne".into()], other: Some("Punjabi".into()) },
        "definition order, other trimmed"
    );
    assert_eq!(answers["portuguese"], Answer::Scale(2));
}

#[test]
fn bad_answers_are_each_named_with_their_reason() {
    let result = decode_section(
        &survey(),
        0,
        &form(&[
            ("q.years", "forever"),
            ("q.languages", "pt"),
            ("q.languages", "en"),
            ("q.languages", "ne"),
            ("q.languages", "hi"),
            ("q.portuguese", "9"),
        ]),
        &Answers::new(),
    );
    assert_eq!(
        errors(result),
        vec![
            ("where".into(), AnswerProblem::Required),
            ("years".into(), AnswerProblem::UnknownOption),
            ("languages".into(), AnswerProblem::TooManyChoices),
            ("portuguese".into(), AnswerProblem::OutOfRange),
        ]
    );
    let result = decode_section(&survey(), 0, &form(&[("q.where", "serra"), ("q.where", "both")]), &Answers::new());
    assert_eq!(errors(result), vec![("where".into(), AnswerProblem::TooManyValues)]);
    let result = decode_section(&survey(), 0, &form(&[("q.where", "serra"), ("q.languages", "_other")]), &Answers::new());
    assert_eq!(errors(result), vec![("languages".into(), AnswerProblem::Incomplete)], "other ticked but empty");
}

#[test]
fn prefer_not_to_say_is_an_answer_and_stands_alone() {
    let s = survey();
    let ok = decode_section(&s, 0, &form(&[("q.where", "_pnts")]), &Answers::new()).expect("valid");
    assert_eq!(ok["where"], Answer::PreferNotToSay);
    let result = decode_section(&s, 0, &form(&[("q.where", "_pnts"), ("q.where", "serra")]), &Answers::new());
    assert_eq!(errors(result), vec![("where".into(), AnswerProblem::TooManyValues)]);
    // Not offered on the scale question: the value is unknown there.
    let result = decode_section(&s, 0, &form(&[("q.where", "serra"), ("q.portuguese", "_pnts")]), &Answers::new());
    assert_eq!(errors(result), vec![("portuguese".into(), AnswerProblem::NotANumber)]);
}

fn earlier() -> Answers {
    decode_section(&survey(), 0, &form(&[("q.where", "ribeira"), ("q.years", "gt5")]), &Answers::new()).expect("valid")
}

#[test]
fn second_section_decodes_matrix_ranking_yes_no_number_date_and_text() {
    let answers = decode_section(
        &survey(),
        1,
        &form(&[
            ("q.ease.housing", "hard"),
            ("q.ease.doctor", "easy"),
            ("q.first.SAU", "1"),
            ("q.first.UH", "2"),
            ("q.first.LIN", "3"),
            ("q.unfair", "yes"),
            ("q.unfair_where", "No centro de saúde"),
            ("q.people", "4,0"),
            ("q.arrived", "2019-05-01"),
            ("q.idea", "Aulas de português\r\nao domingo\u{0007}"),
        ]),
        &earlier(),
    )
    .expect("valid");
    assert_eq!(answers["ease"], Answer::Matrix([("doctor".into(), "easy".into()), ("housing".into(), "hard".into())].into()));
    assert_eq!(answers["first"], Answer::Ranking(vec!["SAU".into(), "UH".into(), "LIN".into()]));
    assert_eq!(answers["unfair"], Answer::YesNo(true));
    assert_eq!(answers["unfair_where"], Answer::Text("No centro de saúde".into()));
    assert_eq!(answers["people"], Answer::Number(4.0), "decimal comma accepted");
    assert_eq!(answers["arrived"], Answer::Date(chrono::NaiveDate::from_ymd_opt(2019, 5, 1).expect("date")));
    assert_eq!(answers["idea"], Answer::Text("Aulas de português\nao domingo".into()), "control characters dropped");
}

#[test]
fn conditions_hide_questions_and_their_fields_are_ignored() {
    let s = survey();
    // unfair = no: "where did it happen" is hidden, so its field is ignored (even if too long).
    let long = "x".repeat(500);
    let answers = decode_section(
        &s,
        1,
        &form(&[("q.ease.housing", "easy"), ("q.ease.doctor", "none"), ("q.unfair", "no"), ("q.unfair_where", &long)]),
        &earlier(),
    )
    .expect("valid");
    assert!(!answers.contains_key("unfair_where"));
    // where = elsewhere: "how many people" (any_of ribeira, serra) is hidden; years unanswered: "arrived" hidden.
    let elsewhere = decode_section(&s, 0, &form(&[("q.where", "elsewhere")]), &Answers::new()).expect("valid");
    let answers = decode_section(
        &s,
        1,
        &form(&[("q.ease.housing", "easy"), ("q.ease.doctor", "easy"), ("q.people", "abc"), ("q.arrived", "not a date")]),
        &elsewhere,
    )
    .expect("hidden questions are not checked");
    assert!(!answers.contains_key("people") && !answers.contains_key("arrived"));
    // Shown questions are checked.
    let result = decode_section(
        &s,
        1,
        &form(&[("q.ease.housing", "easy"), ("q.ease.doctor", "easy"), ("q.people", "31"), ("q.arrived", "01/05/2019")]),
        &earlier(),
    );
    assert_eq!(errors(result), vec![("people".into(), AnswerProblem::OutOfRange), ("arrived".into(), AnswerProblem::NotADate)]);
}

#[test]
fn matrix_and_ranking_must_be_complete() {
    let s = survey();
    let result = decode_section(&s, 1, &form(&[("q.ease.housing", "easy"), ("q.first.SAU", "1"), ("q.first.UH", "1")]), &earlier());
    assert_eq!(errors(result), vec![("ease".into(), AnswerProblem::Incomplete), ("first".into(), AnswerProblem::Incomplete)]);
    let result = decode_section(&s, 1, &form(&[("q.ease.housing", "maybe"), ("q.ease.doctor", "easy")]), &earlier());
    assert_eq!(errors(result), vec![("ease".into(), AnswerProblem::UnknownOption)]);
    let long = "y".repeat(2001);
    let result = decode_section(&s, 1, &form(&[("q.ease.housing", "easy"), ("q.ease.doctor", "easy"), ("q.idea", &long)]), &earlier());
    assert_eq!(errors(result), vec![("idea".into(), AnswerProblem::TooLong)]);
}

#[test]
fn inconsistent_definitions_are_refused_with_the_reason() {
    let cases: Vec<(&str, DefinitionProblem)> = vec![
        (r#"{"sections": []}"#, DefinitionProblem::NoQuestions),
        ("not json", DefinitionProblem::NotJson),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a b","type":"yes_no","text":{"en":"x"}}]}]}"#, DefinitionProblem::BadId),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"yes_no","text":{"en":"x"}},{"id":"a","type":"yes_no","text":{"en":"y"}}]}]}"#, DefinitionProblem::DuplicateId),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"yes_no","text":{"en":" "}}]}]}"#, DefinitionProblem::NoText),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"single_choice","text":{"en":"x"},"options":[{"key":"k","label":{"en":"K"}}]}]}]}"#, DefinitionProblem::TooFewOptions),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"dropdown","text":{"en":"x"},"options":[{"key":"k","label":{"en":"K"}},{"key":"k","label":{"en":"L"}}]}]}]}"#, DefinitionProblem::DuplicateOption),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"scale","min":5,"max":1,"min_label":{},"max_label":{},"text":{"en":"x"}}]}]}"#, DefinitionProblem::BadRange),
        // The widest range there is: its span overflows 32 bits (it was accepted as -1 points).
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"scale","min":-2147483648,"max":2147483647,"min_label":{},"max_label":{},"text":{"en":"x"}}]}]}"#, DefinitionProblem::BadRange),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"scale","min":-50,"max":51,"min_label":{},"max_label":{},"text":{"en":"x"}}]}]}"#, DefinitionProblem::BadRange),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"multiple_choice","other":false,"max_choices":3,"text":{"en":"x"},"options":[{"key":"k","label":{"en":"K"}}]}]}]}"#, DefinitionProblem::BadMaxChoices),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"long_text","max_len":0,"text":{"en":"x"}}]}]}"#, DefinitionProblem::BadTextLimit),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"yes_no","text":{"en":"x"},"condition":{"op":"answered","question":"b"}},{"id":"b","type":"yes_no","text":{"en":"y"}}]}]}"#, DefinitionProblem::BadCondition),
        (r#"{"sections":[{"title":{},"questions":[{"id":"a","type":"yes_no","text":{"en":"x"}},{"id":"b","type":"yes_no","text":{"en":"y"},"condition":{"op":"equals","question":"a","value":"maybe"}}]}]}"#, DefinitionProblem::BadCondition),
    ];
    for (json, expected) in cases {
        assert_eq!(SurveyDefinition::parse(json).map(|_| ()).map_err(|e| e.code), Err(expected), "{json}");
    }
}

/// Form field names and values a browser (or an attacker) could send for the fixture survey.
fn field() -> impl Strategy<Value = (String, String)> {
    let names = prop::sample::select(vec![
        "q.where", "q.years", "q.languages", "q.languages.other", "q.portuguese", "q.ease.housing", "q.ease.doctor",
        "q.first.LIN", "q.first.SAU", "q.first.UH", "q.unfair", "q.unfair_where", "q.people", "q.arrived", "q.idea",
        "q.nope", "lang",
    ]);
    let values = prop_oneof![
        prop::sample::select(vec![
            "serra", "ribeira", "both", "elsewhere", "lt1", "gt5", "pt", "ne", "_other", "_pnts", "1", "2", "3", "4",
            "0", "-1", "easy", "hard", "none", "yes", "no", "2020-02-29", "2027-01-01", "4,5", "NaN", "inf", "",
        ])
        .prop_map(str::to_owned),
        ".{0,40}",
        "[0-9]{1,12}",
    ];
    (names.prop_map(str::to_owned), values)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Whatever arrives, the decoder answers (never panics), and what it accepts, re-encoded,
    /// decodes to the very same answers.
    #[test]
    fn decoder_never_panics_and_accepted_answers_round_trip(
        first in prop::collection::vec(field(), 0..14),
        second in prop::collection::vec(field(), 0..14),
    ) {
        let s = survey();
        let earlier = decode_section(&s, 0, &first, &Answers::new());
        if let Ok(earlier) = &earlier {
            let again = decode_section(&s, 0, &encode(&s, earlier), &Answers::new());
            prop_assert_eq!(again.as_ref(), Ok(earlier));
            let later = decode_section(&s, 1, &second, earlier);
            if let Ok(later) = &later {
                let again = decode_section(&s, 1, &encode(&s, later), earlier);
                prop_assert_eq!(again.as_ref(), Ok(later));
            }
        }
    }

    /// The definition parser answers any text, and any JSON, with a definition or a reason.
    #[test]
    fn definition_parser_never_panics(text in ".{0,300}") {
        let _ = SurveyDefinition::parse(&text);
        let wrapped = format!(r#"{{"sections":[{{"title":{{}},"questions":[{text}]}}]}}"#);
        let _ = SurveyDefinition::parse(&wrapped);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Any pair of bounds: a scale is accepted exactly when it has 2 to 101 points, and the points
    /// any page lists for it (even from a stored definition that was never checked) never exceed
    /// that, whatever the bounds.
    #[test]
    fn scale_ranges_are_checked_without_overflow(min in any::<i32>(), max in any::<i32>()) {
        let json = format!(r#"{{"sections":[{{"title":{{}},"questions":[{{"id":"a","type":"scale","min":{min},"max":{max},"min_label":{{}},"max_label":{{}},"text":{{"en":"x"}}}}]}}]}}"#);
        let span = i64::from(max) - i64::from(min);
        let accepted = SurveyDefinition::parse(&json).is_ok();
        prop_assert_eq!(accepted, (1..=100).contains(&span));
        let points = ponte_app::surveys::definition::scale_points(min, max);
        prop_assert!(points.clone().count() <= 101);
        prop_assert_eq!(points.count() > 0, accepted);
    }
}

/// The demo survey (research/domain.md §6.4) is a valid definition with every text in every UI
/// language, so the demo can show it to anyone.
#[test]
fn demo_survey_is_valid_and_fully_translated() {
    let raw = include_str!("../../server/demo/survey.json");
    let survey = SurveyDefinition::parse(raw).expect("the demo survey parses");
    assert!(survey.questions().count() >= 10);
    let tags: Vec<&str> = ponte_app::i18n::Locale::all().map(|l| l.tag()).collect();
    fn texts<'a>(value: &'a serde_json::Value, path: String, out: &mut Vec<(String, &'a serde_json::Map<String, serde_json::Value>)>) {
        match value {
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    if matches!(k.as_str(), "text" | "plain" | "help" | "title" | "label" | "min_label" | "max_label") {
                        if let serde_json::Value::Object(t) = v {
                            out.push((format!("{path}.{k}"), t));
                        }
                    } else {
                        texts(v, format!("{path}.{k}"), out);
                    }
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    texts(v, format!("{path}[{i}]"), out);
                }
            }
            _ => {}
        }
    }
    let json: serde_json::Value = serde_json::from_str(raw).expect("json");
    let mut found = Vec::new();
    texts(&json, String::new(), &mut found);
    assert!(found.len() > 50, "{}", found.len());
    for (path, text) in found {
        for tag in &tags {
            let value = text.get(*tag).and_then(|v| v.as_str()).unwrap_or_default();
            assert!(!value.trim().is_empty(), "{path} has no {tag} text");
        }
    }
}
