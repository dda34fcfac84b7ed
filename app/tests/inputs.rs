#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! Every parser that takes outside input, fed 10,000 generated inputs each: language negotiation,
//! content language tags, email addresses, sign-in and access codes, the fields a survey form may
//! keep, and the CSV and JSON export writers. None may panic, and what each accepts must have the
//! shape the rest of the code relies on.

use ponte_app::{
    accounts::domain::{EmailAddress, SignInCode},
    i18n::{Locale, content_tag},
    surveys::{answers::section_fields, definition::SurveyDefinition},
};
use proptest::prelude::*;

const FIXTURE: &str = include_str!("fixtures/survey.json");

/// Text as hostile as a client can send: any characters, with the ones parsers trip on often.
fn hostile() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,60}",
        "[a-zA-Z0-9 ,;=.*_-]{0,40}",
        prop::sample::select(vec![
            "pt-PT", "en;q=0.5, ur", "*", "ar-EG,ar;q=0.9", "x-klingon", "\r\n", "", ";q=", ",,,", "pt-PT;q=nan", "en;q=-1",
            "=1+1", "\u{FF1D}cmd", "\u{200B}=x", "-3", "\t=x",
        ])
        .prop_map(str::to_owned),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(10_000))]

    /// Whatever a browser sends as `?lang=`, cookie or Accept-Language, a UI language comes out,
    /// and an exact tag in the address wins.
    #[test]
    fn language_negotiation_always_answers(query in hostile(), cookie in hostile(), accept in hostile()) {
        let locale = Locale::negotiate(Some(&query), Some(&cookie), Some(&accept));
        prop_assert!(Locale::from_tag(locale.tag()).is_some());
        if let Some(asked) = Locale::from_tag(&query) {
            prop_assert_eq!(locale, asked);
        }
        let _ = Locale::negotiate(None, None, Some(&accept));
    }

    /// A content language tag is accepted only in its canonical spelling, with nothing a URL, a
    /// header or a stored key could trip on.
    #[test]
    fn content_tags_are_plain(raw in hostile()) {
        if let Some(tag) = content_tag(&raw) {
            prop_assert!(tag.len() <= 35);
            prop_assert!(tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "{}", tag);
            prop_assert_eq!(content_tag(&tag), Some(tag.clone()));
        }
    }

    /// Accepted addresses are lower-case, trimmed, of one `@`, with no space, control character or
    /// markup; sign-in codes are six ASCII digits.
    #[test]
    fn addresses_and_codes_have_their_shape(raw in hostile(), digits in "[0-9٠-٩۰-۹०-९০-৯ -]{0,12}") {
        if let Ok(email) = EmailAddress::parse(&raw) {
            let e = email.as_str();
            prop_assert_eq!(e.matches('@').count(), 1);
            prop_assert!(!e.chars().any(|c| c.is_whitespace() || c.is_control() || "<>\",;".contains(c)), "{}", e);
            prop_assert_eq!(e.to_lowercase(), e);
        }
        for input in [raw.as_str(), digits.as_str()] {
            if let Ok(code) = SignInCode::parse(input) {
                prop_assert!(code.as_str().len() == 6 && code.as_str().bytes().all(|b| b.is_ascii_digit()));
            }
        }
    }

    /// What a survey form may keep of a post: only its section's fields, each within its size,
    /// whatever is sent.
    #[test]
    fn a_form_keeps_only_its_own_fields(
        pairs in prop::collection::vec((prop_oneof![hostile(), "q\\.[a-z_]{1,10}(\\.[a-z_]{1,6})?"], ".{0,300}"), 0..60),
        section in 0usize..3,
    ) {
        let definition = SurveyDefinition::parse(FIXTURE).expect("fixture");
        let kept = section_fields(&definition, section, &pairs);
        let ids: Vec<String> = definition.sections.get(section).map(|s| s.questions.iter().map(|q| format!("q.{}", q.id)).collect()).unwrap_or_default();
        for (name, value) in &kept {
            prop_assert!(ids.iter().any(|id| name == id || name.starts_with(&format!("{id}."))), "{}", name);
            prop_assert!(value.chars().count() <= 10_100);
        }
        prop_assert!(kept.len() <= pairs.len());
    }
}

/// The export writers and the code normaliser are server code.
#[cfg(feature = "ssr")]
mod server {
    use super::*;
    use ponte_app::surveys::{
        answers::{Answer, Answers},
        export,
        service::normalize_code,
    };

    /// What a spreadsheet would take for a formula once spaces and invisible characters are
    /// skipped.
    fn looks_like_formula(cell: &str) -> bool {
        let first = cell.chars().find(|c| !c.is_whitespace() && !matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'));
        cell.starts_with(['\t', '\r']) || first.is_some_and(|c| "=+-@\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}\u{2212}".contains(c))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(10_000))]

        /// Any typed answers: every text cell of the CSV reads back from the file as written, none
        /// can run as a formula, and each JSON row is valid JSON with the answers as they are.
        #[test]
        fn exports_read_back_and_never_run_formulas(text in hostile(), other in hostile(), number in any::<i32>()) {
            let definition = SurveyDefinition::parse(
                r#"{"sections":[{"title":{"en":"S"},"questions":[
                  {"id":"t","type":"long_text","max_len":10000,"text":{"en":"T"}},
                  {"id":"m","type":"multiple_choice","other":true,"max_choices":null,"text":{"en":"M"},"options":[{"key":"a","label":{"en":"=A"}}]},
                  {"id":"n","type":"number","min":null,"max":null,"text":{"en":"N"}}]}]}"#,
            ).expect("definition");
            let answers: Answers = [
                ("t".to_owned(), Answer::Text(text.clone())),
                ("m".to_owned(), Answer::Choices { keys: vec!["a".into()], other: Some(other.clone()) }),
                ("n".to_owned(), Answer::Number(f64::from(number))),
            ]
            .into();
            let row = export::Row {
                id: 1,
                submitted_on: chrono::NaiveDate::from_ymd_opt(2026, 12, 2).expect("date"),
                lang: "pt-PT".into(),
                channel: "online".into(),
                interview_lang: None,
                answers: serde_json::to_string(&answers).expect("json"),
            };
            let en = Locale::from_tag("en").expect("en");
            let cells = export::csv_cells(&definition, &row, en, "en");
            let mut out = Vec::new();
            export::write_csv(&mut out, std::slice::from_ref(&cells));
            let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(out.as_slice());
            let read: Vec<String> = reader.records().next().expect("a row").expect("valid CSV").iter().map(str::to_owned).collect();
            prop_assert_eq!(&read, &cells);
            // The number column stays a number; every other cell is safe text.
            prop_assert_eq!(&read[8], &number.to_string());
            for (i, cell) in read.iter().enumerate() {
                if i != 8 && i != 0 {
                    prop_assert!(!looks_like_formula(cell), "cell {} {:?}", i, cell);
                }
            }
            let json: serde_json::Value = serde_json::from_str(&export::json_row(&row)).expect("valid JSON");
            prop_assert_eq!(json["answers"]["t"]["v"].as_str(), Some(text.as_str()));
        }

        /// Codes as people type them: anything normalises to nothing or to letters and digits of
        /// the code alphabet only.
        #[test]
        fn access_codes_normalise_to_their_alphabet(raw in hostile()) {
            if let Some(code) = normalize_code(&raw) {
                prop_assert!(code.len() >= 4 && code.bytes().all(|b| b"ABCDEFGHJKMNPQRSTUVWXYZ23456789".contains(&b)), "{}", code);
            }
        }
    }
}
