#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! Results from tallies: counts and percentages per type, small-cell suppression (primary and
//! secondary), and the CSV cells of an export (labels, neutralised formulas).

use ponte_app::{
    i18n::Locale,
    surveys::{
        answers::{Answer, Answers},
        definition::SurveyDefinition,
        model::{Cell, ResultBody},
        results::{self, Tallies},
    },
};

const DEFINITION: &str = r#"{"sections":[{"title":{"en":"All"},"questions":[
  {"id":"where","type":"single_choice","prefer_not_to_say":true,"text":{"en":"Where?"},"options":[
    {"key":"n","label":{"en":"North"}},{"key":"s","label":{"en":"South"}},{"key":"c","label":{"en":"Centre"}}]},
  {"id":"langs","type":"multiple_choice","other":true,"text":{"en":"Languages?"},"options":[
    {"key":"pt","label":{"en":"Portuguese"}},{"key":"en","label":{"en":"English"}}]},
  {"id":"why","type":"short_text","max_len":100,"text":{"en":"Why?"}}]}]}"#;

fn definition() -> SurveyDefinition {
    SurveyDefinition::parse(DEFINITION).expect("definition")
}

fn en() -> Locale {
    Locale::from_tag("en").expect("en")
}

/// Tallies of `responses` answer sets, as the database would hold them.
fn tallies(responses: &[Answers]) -> Tallies {
    let mut t = Tallies::new();
    for answers in responses {
        for key in results::tally_keys(answers) {
            *t.entry(key).or_default() += 1;
        }
    }
    t
}

fn choice(where_: &str) -> Answers {
    [("where".to_owned(), Answer::Choice(where_.to_owned()))].into()
}

fn counts(body: &ResultBody) -> Vec<Cell> {
    match body {
        ResultBody::Bars { rows, .. } => rows.iter().map(|r| r.cell).collect(),
        _ => panic!("bars expected"),
    }
}

#[test]
fn exact_counts_and_percentages_for_those_who_work_on_the_plan() {
    let mut all: Vec<Answers> = (0..6).map(|_| choice("n")).collect();
    all.extend((0..3).map(|_| choice("s")));
    all.push(choice("c"));
    let (total, questions) = results::build(&definition(), &tallies(&all), en(), "en", false);
    assert_eq!(total, Some(10));
    let cells = counts(&questions[0].body);
    assert_eq!(cells[0], Cell::Count { n: 6, percent: 60.0 });
    assert_eq!(cells[2], Cell::Count { n: 1, percent: 10.0 });
    assert_eq!(cells[3], Cell::Count { n: 0, percent: 0.0 }, "prefer not to say is a row too");
}

#[test]
fn published_results_hide_small_cells_and_one_more_when_needed() {
    let mut all: Vec<Answers> = (0..8).map(|_| choice("n")).collect();
    all.extend((0..6).map(|_| choice("s")));
    all.extend((0..2).map(|_| choice("c")));
    let (total, questions) = results::build(&definition(), &tallies(&all), en(), "en", true);
    assert_eq!(total, Some(16));
    let cells = counts(&questions[0].body);
    assert_eq!(cells[2], Cell::Hidden, "2 people: hidden");
    assert_eq!(cells[1], Cell::Hidden, "the next smallest too, or 16 − 8 − 6 would give the 2 away");
    assert!(matches!(cells[0], Cell::Count { n: 8, .. }));
    assert_eq!(cells[3], Cell::Count { n: 0, percent: 0.0 }, "zero reveals no one");
}

#[test]
fn fewer_than_five_responses_show_nothing_in_public() {
    let all: Vec<Answers> = (0..4).map(|_| choice("n")).collect();
    let (total, questions) = results::build(&definition(), &tallies(&all), en(), "en", true);
    assert_eq!((total, questions.len()), (None, 0));
    let (total, _) = results::build(&definition(), &tallies(&all), en(), "en", false);
    assert_eq!(total, Some(4), "facilitators still see them");
}

#[test]
fn several_answers_are_shares_of_the_people_who_answered() {
    let both: Answers = [("langs".to_owned(), Answer::Choices { keys: vec!["pt".into(), "en".into()], other: None })].into();
    let one: Answers = [("langs".to_owned(), Answer::Choices { keys: vec!["pt".into()], other: Some("Crioulo".into()) })].into();
    let all = vec![both.clone(), both, one.clone(), one.clone(), one];
    let (_, questions) = results::build(&definition(), &tallies(&all), en(), "en", false);
    assert_eq!(questions[1].answered, Some(5));
    let cells = counts(&questions[1].body);
    assert_eq!(cells[0], Cell::Count { n: 5, percent: 100.0 });
    assert_eq!(cells[1], Cell::Count { n: 2, percent: 40.0 });
    assert_eq!(cells[2], Cell::Count { n: 3, percent: 60.0 }, "the Other row");
    assert!(matches!(&questions[2].body, ResultBody::Texts { .. }));
}

/// Exports are server-only code.
#[cfg(feature = "ssr")]
#[test]
fn export_cells_use_labels_and_neutralise_formulas() {
    use ponte_app::surveys::export;
    let d = definition();
    let answers: Answers = [
        ("where".to_owned(), Answer::PreferNotToSay),
        ("langs".to_owned(), Answer::Choices { keys: vec!["en".into()], other: Some("=1+1".into()) }),
        ("why".to_owned(), Answer::Text("@home".into())),
    ]
    .into();
    let row = export::Row {
        id: 7,
        submitted_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date"),
        lang: "ur".into(),
        channel: "paper".into(),
        interview_lang: None,
        answers: serde_json::to_string(&answers).expect("json"),
    };
    assert_eq!(
        export::csv_header(&d, en(), "en"),
        [
            "response",
            "submitted_on",
            "language",
            "channel",
            "interview_language",
            "where · Where?",
            "langs.pt · Languages? — Portuguese",
            "langs.en · Languages? — English",
            "langs._other · Languages? — Other",
            "why · Why?"
        ]
    );
    let mut hostile = d.clone();
    hostile.sections[0].questions[2].text = ponte_app::core::Translated([("en".to_owned(), "=cmd".to_owned())].into());
    assert_eq!(export::csv_header(&hostile, en(), "en")[9], "why · =cmd", "a header cell starts with the code, never a formula");
    assert_eq!(
        export::csv_cells(&d, &row, en(), "en"),
        ["7", "2026-11-22", "ur", "paper", "", "I prefer not to say", "", "1", "'=1+1", "'@home"]
    );
    for (raw, safe) in [("=A1", "'=A1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("a=b", "a=b"), ("", "")] {
        assert_eq!(export::neutralize(raw), safe);
    }
    let json: serde_json::Value = serde_json::from_str(&export::json_row(&row)).expect("a JSON object");
    assert_eq!(json["answers"]["why"]["v"], "@home", "JSON keeps the text as it is");
}

mod differencing {
    //! The differencing attack on published results: every count a visitor can see, under every
    //! filter a visitor can ask for, set beside every total those counts must add up to. Whatever
    //! the answers, no hidden count may come out of it.

    use super::*;
    use ponte_app::surveys::definition::QuestionKind;
    use proptest::prelude::*;

    const FIXTURE: &str = include_str!("fixtures/survey.json");

    /// One plausible response to `definition`, driven by `dice` (each a number to pick with).
    fn response(definition: &SurveyDefinition, dice: &[u32]) -> Answers {
        let mut roll = dice.iter().copied().cycle();
        let mut next = move |n: usize| roll.next().unwrap_or(0) as usize % n.max(1);
        let mut answers = Answers::new();
        for q in definition.questions() {
            if next(5) == 0 {
                continue; // skipped
            }
            if q.prefer_not_to_say && next(7) == 0 {
                answers.insert(q.id.clone(), Answer::PreferNotToSay);
                continue;
            }
            let answer = match &q.kind {
                QuestionKind::SingleChoice { options } | QuestionKind::Dropdown { options } => {
                    Answer::Choice(options[next(options.len())].key.clone())
                }
                QuestionKind::MultipleChoice { options, .. } => {
                    let keys: Vec<String> = options.iter().filter(|_| next(3) == 0).map(|o| o.key.clone()).take(3).collect();
                    if keys.is_empty() {
                        continue;
                    }
                    Answer::Choices { keys, other: None }
                }
                QuestionKind::Scale { min, max, .. } => Answer::Scale(min + next((max - min + 1) as usize) as i32),
                QuestionKind::YesNo => Answer::YesNo(next(2) == 0),
                QuestionKind::Number { .. } => Answer::Number(next(8) as f64),
                QuestionKind::Date { .. } => {
                    Answer::Date(chrono::NaiveDate::from_ymd_opt(2015 + next(10) as i32, 1, 1).expect("date"))
                }
                QuestionKind::Ranking { options } => {
                    let mut keys: Vec<String> = options.iter().map(|o| o.key.clone()).collect();
                    for i in (1..keys.len()).rev() {
                        keys.swap(i, next(i + 1));
                    }
                    Answer::Ranking(keys)
                }
                QuestionKind::Matrix { rows, scale } => {
                    Answer::Matrix(rows.iter().map(|r| (r.key.clone(), scale[next(scale.len())].key.clone())).collect())
                }
                QuestionKind::ShortText { .. } | QuestionKind::LongText { .. } => Answer::Text("x".into()),
            };
            answers.insert(q.id.clone(), answer);
        }
        answers
    }

    /// A published cell: its count, or unknown.
    type Known = Option<u64>;

    fn known(c: &Cell) -> Known {
        match c {
            Cell::Count { n, .. } => Some(*n),
            Cell::Hidden => None,
        }
    }

    /// The published cells of a question, flat, with the sums a visitor knows they make:
    /// (indices of the cells, their total). `exact` is the same question unsuppressed, which
    /// gives the row totals of a grid (a strong visitor knows them: percentages give them away).
    fn cells_and_sums(kind: &QuestionKind, public: &ResultBody, exact: &ResultBody, answered: Option<u64>) -> (Vec<Known>, Vec<(Vec<usize>, u64)>) {
        match (public, exact) {
            (ResultBody::Bars { rows, several: false }, _) => {
                let cells: Vec<Known> = rows.iter().map(|r| known(&r.cell)).collect();
                let sums = answered.map(|a| vec![((0..cells.len()).collect(), a)]).unwrap_or_default();
                (cells, sums)
            }
            (ResultBody::Grid { rows, .. }, ResultBody::Grid { rows: truth, .. }) => {
                let width = rows.first().map_or(0, |(_, c)| c.len());
                let cells: Vec<Known> = rows.iter().flat_map(|(_, c)| c.iter().map(known)).collect();
                let mut sums = Vec::new();
                for (r, (_, exact_row)) in truth.iter().enumerate() {
                    let total = exact_row.iter().map(|c| known(c).unwrap_or(0)).sum();
                    sums.push(((r * width..(r + 1) * width).collect(), total));
                }
                // Every place of a ranking is given once by each person who answered.
                if let (QuestionKind::Ranking { .. }, Some(a)) = (kind, answered) {
                    for c in 0..width {
                        sums.push(((0..rows.len()).map(|r| r * width + c).collect(), a));
                    }
                }
                (cells, sums)
            }
            _ => (Vec::new(), Vec::new()),
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// Whatever the answers, solving every published sum that has exactly one hidden cell
        /// (and again with what that gives, until nothing more comes out) recovers no hidden count.
        #[test]
        fn no_hidden_count_comes_out_by_subtraction(
            dice in prop::collection::vec(prop::collection::vec(any::<u32>(), 16..40), 5..40),
        ) {
            let definition = SurveyDefinition::parse(FIXTURE).expect("fixture");
            let responses: Vec<Answers> = dice.iter().map(|d| response(&definition, d)).collect();
            let tallies = tallies(&responses);
            let (_, public) = results::build(&definition, &tallies, en(), "en", true);
            let (_, exact) = results::build(&definition, &tallies, en(), "en", false);
            for ((question, truth), q) in public.iter().zip(&exact).zip(definition.questions()) {
                let (mut cells, sums) = cells_and_sums(&q.kind, &question.body, &truth.body, question.answered);
                loop {
                    let mut solved = false;
                    for (members, total) in &sums {
                        let unknown: Vec<usize> = members.iter().copied().filter(|i| cells[*i].is_none()).collect();
                        if unknown.len() != 1 {
                            continue;
                        }
                        let sum: u64 = members.iter().filter_map(|i| cells[*i]).sum();
                        let value = total.saturating_sub(sum);
                        prop_assert!(
                            value == 0 || value >= results::MIN_GROUP,
                            "question {}: a hidden count of {} comes out of a sum to {}",
                            question.id, value, total
                        );
                        cells[unknown[0]] = Some(value);
                        solved = true;
                    }
                    if !solved {
                        break;
                    }
                }
            }
        }
    }
}

#[test]
fn number_questions_get_their_mean_and_median() {
    let answers = |values: &[f64]| -> Vec<Answers> {
        values.iter().map(|v| [("age".to_owned(), Answer::Number(*v))].into_iter().collect()).collect()
    };
    let summary = |values: &[f64]| results::number_summary(&tallies(&answers(values)), "age").expect("summary");
    let odd = summary(&[30.0, 20.0, 45.0, 20.0, 60.0]);
    assert_eq!((odd.mean, odd.median), (35.0, 30.0), "five answers: the middle one");
    let even = summary(&[1.0, 2.0, 3.0, 10.0]);
    assert_eq!((even.mean, even.median), (4.0, 2.5), "four answers: between the two middle ones");
    let same = summary(&[7.0; 6]);
    assert_eq!((same.mean, same.median), (7.0, 7.0), "one value given six times");
    assert!(results::number_summary(&tallies(&[]), "age").is_none(), "nothing to summarise");
}
