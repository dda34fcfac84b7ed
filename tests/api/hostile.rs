//! Everything typed is hostile: a facilitator's survey texts, a resident's answers (saved,
//! pending or stored), a display name and an evidence rationale, each carrying markup that
//! would close `<title>` or `<textarea>`, break out of an attribute or run a script. Every page
//! that shows them is rendered and parsed as a browser would: no injected element or attribute,
//! and every text reads back exactly as it was typed.

use ponte_app::{
    accounts::roles::Role,
    core::Translated,
    surveys::{definition::SurveyDefinition, model::Access},
};
use ponte_tests::{TestApp, backends};
use scraper::{Html, Selector};

use crate::{
    accounts::{form_post, location, signed_in},
    surveys::{PLAN, make, path, survey},
};

/// Markup that escapes `<title>` and redirects the visitor (a meta refresh, which CSP does not stop).
const TITLE: &str = r#"</title><meta http-equiv="refresh" content="0;url=https://evil.example/">"#;
/// Markup that escapes `<textarea>` and runs a script.
const TEXTAREA: &str = "</textarea><script>alert(1)</script><textarea>";
/// Markup that escapes an attribute.
const ATTRIBUTE: &str = r#""><img src=x onerror=alert(1)>'"#;
/// All three and some entities, in one text.
const ALL: &str = r#"</title><meta http-equiv="refresh" content="0"></textarea><svg onload=alert(1)> &amp; &lt;b&gt; "' <!--"#;

fn hostile(text: &str) -> Translated {
    Translated([("pt-PT".to_owned(), text.to_owned()), ("en".to_owned(), text.to_owned())].into())
}

/// Fails if the page, parsed as a browser parses it, holds anything the texts above could inject.
fn assert_nothing_injected(html: &str, page: &str) {
    let doc = Html::parse_document(html);
    let select = |s: &str| Selector::parse(s).expect("selector");
    assert_eq!(doc.select(&select("meta[http-equiv]")).count(), 0, "{page}: a meta refresh got in");
    assert_eq!(doc.select(&select("svg[onload], img[onerror], img[src=x]")).count(), 0, "{page}: an element got in");
    for script in doc.select(&select("script")) {
        // The page's own scripts carry the texts as JSON data (with `<` escaped); an injected
        // one would be the hostile code itself.
        let code: String = script.text().collect();
        assert!(!code.trim().starts_with("alert"), "{page}: a script got in: {code}");
        assert!(!code.contains("</"), "{page}: a script's data could close it: {code}");
    }
    assert!(doc.select(&select("title")).count() <= 1, "{page}: a second title");
    assert!(doc.select(&select("body title")).next().is_none(), "{page}: the title was closed early");
}

fn title_of(html: &str) -> String {
    let doc = Html::parse_document(html);
    doc.select(&Selector::parse("head title").expect("selector")).next().map(|t| t.text().collect()).unwrap_or_default()
}

fn textareas(html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    doc.select(&Selector::parse("textarea").expect("selector")).map(|t| t.text().collect()).collect()
}

const DEFINITION: &str = r#"{"sections":[{"title":{"en":"S"},"questions":[
  {"id":"pick","type":"single_choice","text":{"en":"P"},"options":[{"key":"a","label":{"en":"A"}},{"key":"b","label":{"en":"B"}}]},
  {"id":"many","type":"multiple_choice","other":true,"max_choices":null,"text":{"en":"M"},"options":[{"key":"a","label":{"en":"A"}}]},
  {"id":"mood","type":"scale","min":1,"max":5,"min_label":{"en":"low"},"max_label":{"en":"high"},"text":{"en":"Mood"}},
  {"id":"note","type":"long_text","max_len":2000,"text":{"en":"N"}},
  {"id":"short","type":"short_text","max_len":500,"text":{"en":"S"}}]}]}"#;

/// Every label, title and help text of the definition set to a hostile text.
fn hostile_definition() -> SurveyDefinition {
    use ponte_app::surveys::definition::QuestionKind;
    let mut definition = SurveyDefinition::parse(DEFINITION).expect("definition");
    for section in &mut definition.sections {
        section.title = hostile(TITLE);
        for q in &mut section.questions {
            q.text = hostile(ALL);
            q.plain = hostile(ATTRIBUTE);
            q.help = hostile(TEXTAREA);
            match &mut q.kind {
                QuestionKind::SingleChoice { options } | QuestionKind::MultipleChoice { options, .. } => {
                    for (i, o) in options.iter_mut().enumerate() {
                        o.label = hostile(&format!("{ATTRIBUTE}{i}"));
                    }
                }
                QuestionKind::Scale { min_label, max_label, .. } => {
                    *min_label = hostile(TITLE);
                    *max_label = hostile(TEXTAREA);
                }
                _ => {}
            }
        }
    }
    definition
}

async fn hostile_texts_reach_every_page_as_plain_text(app: &TestApp) {
    survey(app, "hostile", Access::Open, DEFINITION, |s| {
        s.title = hostile(TITLE);
        s.intro = hostile(ALL);
        s.definition = hostile_definition();
    })
    .await;
    make(app, "hostile-admin@example.org", Role::Admin).await;
    make(app, "hostile-admin@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "hostile-admin@example.org").await;
    let res = form_post(app, &facilitator, "/api/accounts/update_profile", "/account", &[("display_name", TITLE), ("lang", "pt-PT")]).await;
    assert_eq!(location(&res), "/account?saved=1");

    // A resident answers: a stored response with hostile texts, then answers in progress (kept
    // as typed, shown again in the form).
    let answers = [("q.pick", "a"), ("q.many", "_other"), ("q.many.other", TITLE), ("q.note", TEXTAREA), ("q.short", ALL)];
    for _ in 0..5 {
        let to = crate::surveys::send(app, &app.client(), "hostile", 0, "next", "pick many mood note short", &answers).await;
        assert_eq!(to, path("hostile", "/thanks"));
    }
    let resident = app.client();
    let to = crate::surveys::send(app, &resident, "hostile", 0, "save", "pick many mood note short", &answers).await;
    assert_eq!(to, path("hostile", "/saved"));
    let res = form_post(
        app,
        &facilitator,
        "/api/evidence/link",
        &path("hostile", "/results"),
        &[("plan", PLAN), ("outcome", "survey_question:hostile/pick"), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", ALL), ("lang", "pt-PT")],
    )
    .await;
    assert!(!location(&res).contains("__err="), "{}", location(&res));

    let pages: Vec<(&reqwest::Client, String)> = vec![
        (&resident, path("hostile", "/answer")),
        (&resident, path("hostile", "")),
        (&resident, format!("/plans/{PLAN}/surveys")),
        (&resident, path("hostile", "/results")),
        (&resident, format!("/plans/{PLAN}/measures/VL-CA-01")),
        (&facilitator, path("hostile", "/results")),
        (&facilitator, path("hostile", "/answer?preview=1")),
        (&facilitator, path("hostile", "/edit")),
        (&facilitator, path("hostile", "/edit?lang=uk")),
        (&facilitator, path("hostile", "/codes")),
        (&facilitator, "/account".to_owned()),
        (&facilitator, "/admin/people".to_owned()),
    ];
    for lang in ["pt-PT", "ar"] {
        for (client, page) in &pages {
            let url = format!("{page}{}lang={lang}", if page.contains('?') { '&' } else { '?' });
            let res = client.get(app.url(&url)).send().await.expect("get");
            assert_eq!(res.status(), 200, "{url}");
            let html = res.text().await.expect("body");
            assert_nothing_injected(&html, &url);
            assert!(title_of(&html).ends_with(" · Ponte"), "{url}: the whole title is text: {:?}", title_of(&html));
        }
    }
    // What was typed reads back exactly: in the title, and in the textareas.
    let (_, html) = crate::surveys::page(app, &resident, &path("hostile", "/answer?lang=pt-PT")).await;
    assert!(title_of(&html).ends_with(&format!(" · {TITLE} · Ponte")), "the survey's title, as typed: {:?}", title_of(&html));
    assert!(textareas(&html).contains(&TEXTAREA.to_owned()), "the saved long answer is in its textarea: {:?}", textareas(&html));
    let (_, html) = crate::surveys::page(app, &facilitator, &path("hostile", "/edit?lang=pt-PT")).await;
    let fields = textareas(&html);
    for text in [ALL, TEXTAREA] {
        assert!(fields.iter().any(|f| f == text), "the builder shows {text:?} as typed: {fields:?}");
    }
    let (_, html) = crate::surveys::page(app, &facilitator, "/account?lang=pt-PT").await;
    let doc = Html::parse_document(&html);
    let name = doc.select(&Selector::parse("input[name=display_name]").expect("selector")).next().and_then(|e| e.value().attr("value"));
    assert_eq!(name, Some(TITLE), "the display name is an attribute value, exactly as typed");
}

backends!(hostile_texts_reach_every_page_as_plain_text);
