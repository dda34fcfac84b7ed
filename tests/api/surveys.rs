//! Surveys: answering every question type as a browser without JavaScript (plain form posts and
//! redirects), conditions, bad input, save and resume, language switch, the three access modes
//! (and the single-use code race), anonymity by structure, assisted entry, results with
//! small-cell suppression, moderation and exports.

use std::collections::BTreeSet;

use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role},
    core::Translated,
    entity::{audit_log, plans, survey_codes, survey_drafts, survey_participations, survey_responses, survey_texts},
    surveys::{
        answers::Answer,
        definition::SurveyDefinition,
        model::Access,
        service::{self, NewSurvey},
    },
};
use ponte_tests::{Backend, Coding, TestApp, backends, download};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, Statement};

use crate::{
    accounts::{form_post, location, outcome, set_cookies, signed_in},
    attr, text, texts,
};

pub(crate) const PLAN: &str = "vale-do-lirio-2026";
const FIXTURE: &str = include_str!("../../app/tests/fixtures/survey.json");
/// One section, one yes/no question and one short text (for the access-mode tests).
pub(crate) const SHORT: &str = r#"{"sections":[{"title":{"en":"All"},"questions":[
  {"id":"ok","type":"yes_no","required":true,"text":{"en":"Is the office easy to reach?","pt-PT":"O gabinete é fácil de alcançar?"}},
  {"id":"why","type":"short_text","max_len":200,"text":{"en":"Why?","pt-PT":"Porquê?"}}]}]}"#;

fn tr(en: &str) -> Translated {
    Translated([("en".to_owned(), en.to_owned()), ("pt-PT".to_owned(), format!("{en} (pt)"))].into())
}

/// Creates a survey on the demo plan; returns its id.
pub(crate) async fn survey(app: &TestApp, slug: &str, access: Access, definition: &str, tweak: impl FnOnce(&mut NewSurvey)) -> i32 {
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan");
    let mut new = NewSurvey {
        plan_id: plan.id,
        slug: slug.to_owned(),
        title: tr("Test survey"),
        intro: tr("A survey for tests."),
        languages: vec!["pt-PT".into(), "en".into(), "ur".into()],
        access,
        definition: SurveyDefinition::parse(definition).expect("definition"),
        published: true,
        opens_at: None,
        closes_at: None,
        results_public: true,
    };
    tweak(&mut new);
    service::create_survey(&app.db, new, None).await.expect("create survey")
}

/// A new token for a form that creates something (`ponte_app::once`), as a page would carry.
pub(crate) fn once() -> String {
    service::random_token()
}

pub(crate) fn path(slug: &str, rest: &str) -> String {
    format!("/plans/{PLAN}/surveys/{slug}{rest}")
}

/// Sends one section as the form does; returns where the server sends the browser.
pub(crate) async fn send(app: &TestApp, client: &reqwest::Client, slug: &str, section: usize, action: &str, shown: &str, answers: &[(&str, &str)]) -> String {
    let mut form: Vec<(&str, String)> = vec![("_section", section.to_string()), ("_action", action.to_owned()), ("_shown", shown.to_owned())];
    form.extend(answers.iter().map(|(k, v)| (*k, (*v).to_owned())));
    let res = client
        .post(app.url(&path(slug, "/respond")))
        .header("origin", &app.base)
        .form(&form)
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 303, "a plain form post is answered with a redirect");
    location(&res)
}

/// GET as `client`, in English unless the path asks for a language.
pub(crate) async fn page(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let path = if path.contains("lang=") { path.to_owned() } else if path.contains('?') { format!("{path}&lang=en") } else { format!("{path}?lang=en") };
    let res = client.get(app.url(&path)).send().await.expect("get");
    (res.status().as_u16(), res.text().await.expect("body"))
}

async fn responses(app: &TestApp, survey_id: i32) -> Vec<survey_responses::Model> {
    survey_responses::Entity::find().filter(survey_responses::Column::SurveyId.eq(survey_id)).all(&app.db).await.expect("q")
}

fn answers_of(row: &survey_responses::Model) -> ponte_app::surveys::answers::Answers {
    serde_json::from_str(&row.answers).expect("stored answers are JSON")
}

async fn survey_row(app: &TestApp, slug: &str) -> ponte_app::entity::surveys::Model {
    use ponte_app::entity::surveys;
    surveys::Entity::find().filter(surveys::Column::Slug.eq(slug)).one(&app.db).await.expect("q").expect("survey")
}

pub(crate) async fn make(app: &TestApp, email: &str, role: Role) {
    let request = people::GrantRequest {
        email: EmailAddress::parse(email).expect("email"),
        role,
        plan_slug: role.needs_plan().then(|| PLAN.to_owned()),
        entity_slug: None,
    };
    people::grant_role(&app.db, None, request).await.expect("grant");
}

const SECTION_0: &[(&str, &str)] = &[
    ("q.where", "serra"),
    ("q.years", "3-5"),
    ("q.languages", "ne"),
    ("q.languages", "pt"),
    ("q.languages", "_other"),
    ("q.languages.other", "Crioulo"),
    ("q.portuguese", "3"),
];

async fn every_question_type_is_answered_without_javascript_and_stored_anonymously(app: &TestApp) {
    let id = survey(app, "all-types", Access::Open, FIXTURE, |_| {}).await;
    let client = app.client();
    let (status, html) = page(app, &client, &path("all-types", "/answer?lang=en")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, ".progress"), "Part 1 of 2");
    assert!(texts(&html, "fieldset legend").iter().any(|l| l.starts_with("Where do you live")), "{:?}", texts(&html, "legend"));
    let next = send(app, &client, "all-types", 0, "next", "where years languages portuguese", SECTION_0).await;
    assert_eq!(next, path("all-types", "/answer?section=1"));
    let (_, html) = page(app, &client, &next).await;
    assert_eq!(text(&html, ".progress"), "Part 2 of 2");
    assert_eq!(attr(&html, "#q-people", "hidden"), None, "people is shown: 'where' was serra");
    assert!(attr(&html, "#q-unfair_where", "hidden").is_some(), "unfair_where waits for unfair = yes");
    assert_eq!(attr(&html, "input[name=q\\.unfair_where]", "dir").as_deref(), Some("auto"));
    let done = send(
        app,
        &client,
        "all-types",
        1,
        "next",
        "ease first unfair unfair_where people arrived idea",
        &[
            ("q.ease.housing", "hard"),
            ("q.ease.doctor", "easy"),
            ("q.first.LIN", "2"),
            ("q.first.SAU", "1"),
            ("q.first.UH", "3"),
            ("q.unfair", "yes"),
            ("q.unfair_where", "Na loja"),
            ("q.people", "4"),
            ("q.arrived", "2019-05-01"),
            ("q.idea", "Aulas à noite\r\ncom creche"),
        ],
    )
    .await;
    assert_eq!(done, path("all-types", "/thanks"));
    let stored = responses(app, id).await;
    assert_eq!(stored.len(), 1);
    let answers = answers_of(&stored[0]);
    assert_eq!(answers.get("where"), Some(&Answer::Choice("serra".into())));
    assert_eq!(answers.get("years"), Some(&Answer::Choice("3-5".into())));
    assert_eq!(
        answers.get("languages"),
        Some(&Answer::Choices { keys: vec!["pt".into(), "ne".into()], other: Some("Crioulo".into()) })
    );
    assert_eq!(answers.get("portuguese"), Some(&Answer::Scale(3)));
    assert_eq!(answers.get("first"), Some(&Answer::Ranking(vec!["SAU".into(), "LIN".into(), "UH".into()])));
    assert_eq!(answers.get("unfair"), Some(&Answer::YesNo(true)));
    assert_eq!(answers.get("unfair_where"), Some(&Answer::Text("Na loja".into())));
    assert_eq!(answers.get("people"), Some(&Answer::Number(4.0)));
    assert_eq!(answers.get("idea"), Some(&Answer::Text("Aulas à noite\ncom creche".into())));
    assert!(matches!(answers.get("ease"), Some(Answer::Matrix(m)) if m.get("housing").map(String::as_str) == Some("hard")));
    assert!(matches!(answers.get("arrived"), Some(Answer::Date(_))));
    // The response says when (a day), in which language and how — and nothing about who.
    assert_eq!(stored[0].submitted_on, chrono::Utc::now().date_naive());
    assert_eq!((stored[0].lang.as_str(), stored[0].channel.as_str()), ("en", "online"));
    assert!(!stored[0].answers.contains("127.0.0.1"));
    assert_eq!(survey_drafts::Entity::find().count(&app.db).await.expect("c"), 0, "the draft ends with the response");
    let written: Vec<String> = survey_texts::Entity::find().all(&app.db).await.expect("q").into_iter().map(|t| t.body).collect();
    for expected in ["Crioulo", "Na loja", "Aulas à noite\ncom creche"] {
        assert!(written.iter().any(|w| w == expected), "{written:?}");
    }
    let tallies = service::tallies(&app.db, id).await.expect("tallies");
    assert_eq!(tallies.get(&("where".into(), "serra".into())), Some(&1));
    assert_eq!(tallies.get(&("first".into(), "SAU=1".into())), Some(&1));
    // The thank-you page, and this browser cannot answer again.
    let (status, html) = page(app, &client, &done).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Thank you for your answers");
    let again = send(app, &client, "all-types", 0, "next", "where", SECTION_0).await;
    assert_eq!(again, path("all-types", "?error=invalid-already-answered"));
    let (_, html) = page(app, &client, &again).await;
    assert!(text(&html, "#notice").contains("already answered"), "{}", text(&html, "#notice"));
    // The form itself is not offered again: the survey's page says why, before anything is typed.
    let res = client.get(app.url(&path("all-types", "/answer?lang=en"))).send().await.expect("get");
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), path("all-types", ""));
    let (_, html) = page(app, &client, &path("all-types", "")).await;
    assert!(text(&html, "main").contains("You have already answered this survey"), "{}", text(&html, "main"));
    assert_eq!(responses(app, id).await.len(), 1);
}

async fn anonymity_is_structural(app: &TestApp) {
    let columns = |table: &str| {
        let sql = match app.backend {
            Backend::Sqlite => format!("SELECT name AS c FROM pragma_table_info('{table}')"),
            Backend::Postgres => format!("SELECT column_name::text AS c FROM information_schema.columns WHERE table_name = '{table}'"),
        };
        async move {
            let rows = app.db.query_all_raw(Statement::from_string(app.db.get_database_backend(), sql)).await.expect("columns");
            rows.iter().map(|r| r.try_get::<String>("", "c").expect("name")).collect::<BTreeSet<String>>()
        }
    };
    let set = |names: &[&str]| names.iter().map(|s| (*s).to_owned()).collect::<BTreeSet<String>>();
    assert_eq!(
        columns("survey_responses").await,
        set(&["id", "survey_id", "submitted_on", "lang", "channel", "interview_lang", "answers"]),
        "a response has no column for a person, session, address, code or time of day"
    );
    assert_eq!(
        columns("survey_texts").await,
        set(&["id", "survey_id", "question_id", "lang", "channel", "body", "hidden", "submitted_on"])
    );
    assert_eq!(columns("survey_participations").await, set(&["survey_id", "user_id"]), "no link to a response");
    assert!(!columns("survey_codes").await.iter().any(|c| c.contains("response")), "no link to a response");
}

async fn bad_answers_are_explained_and_nothing_is_stored(app: &TestApp) {
    let id = survey(app, "bad", Access::Open, FIXTURE, |_| {}).await;
    let client = app.client();
    let back = send(
        app,
        &client,
        "bad",
        0,
        "next",
        "where years languages portuguese",
        &[
            ("q.where", "atlantis"),
            ("q.languages", "pt"),
            ("q.languages", "en"),
            ("q.languages", "ne"),
            ("q.languages", "hi"),
            ("q.portuguese", "9"),
        ],
    )
    .await;
    assert_eq!(back, path("bad", "/answer?section=0"), "the same part again");
    let (status, html) = page(app, &client, &back).await;
    assert_eq!(status, 200);
    let problems = texts(&html, "#problems li");
    assert_eq!(problems.len(), 3, "{problems:?}");
    assert!(problems[0].contains("not one of the choices"), "{problems:?}");
    assert!(problems[1].contains("too many answers"), "{problems:?}");
    assert!(problems[2].contains("outside the allowed range"), "{problems:?}");
    assert_eq!(attr(&html, "#problems li a", "href").as_deref(), Some("#f-where-ribeira"), "the summary links to the field");
    assert_eq!(attr(&html, "#f-languages-hi", "checked").as_deref(), Some(""), "what was typed is kept");
    assert_eq!(text(&html, "#q-portuguese-error"), "This is outside the allowed range.");
    // A required question left blank, then bad values of the other kinds.
    send(app, &client, "bad", 0, "next", "where years languages portuguese", &[("q.years", "1-3")]).await;
    let (_, html) = page(app, &client, &path("bad", "/answer?section=0")).await;
    assert_eq!(text(&html, "#q-where-error"), "Please answer this question.");
    send(app, &client, "bad", 0, "next", "where years languages portuguese", SECTION_0).await;
    let long = "x".repeat(10_001);
    let back = send(
        app,
        &client,
        "bad",
        1,
        "next",
        "ease first unfair unfair_where people arrived idea",
        &[("q.people", "lots"), ("q.arrived", "2026-02-30"), ("q.idea", &long), ("q.first.LIN", "1"), ("q.first.SAU", "1")],
    )
    .await;
    assert_eq!(back, path("bad", "/answer?section=1"));
    let (_, html) = page(app, &client, &back).await;
    let problems = texts(&html, "#problems li");
    assert!(problems.iter().any(|p| p.contains("not complete")), "ranking with a repeated place: {problems:?}");
    assert!(problems.iter().any(|p| p.contains("write a number")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("whole date")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("too long")), "{problems:?}");
    assert!(problems.iter().any(|p| p.contains("Please answer")), "the required matrix: {problems:?}");
    assert_eq!(responses(app, id).await.len(), 0, "nothing stored");
    // A form sent without naming its button does what the default button does: "Next".
    let res = client.post(app.url(&path("bad", "/respond"))).header("origin", &app.base).form(&[("_section", "0"), ("q.where", "serra")]).send().await.expect("post");
    assert_eq!(res.status(), 303);
    assert_eq!(location(&res), path("bad", "/answer?section=0"), "the same part again, with what was missing");
    // Nonsense posts are answered with the site's translated error page, with the right status.
    let nonsense = [
        (path("bad", "/respond"), vec![("_action", "explode")], Some(&app.base), 400, "Há algo que não está certo no pedido"),
        (path("nope", "/respond"), vec![("_action", "next")], Some(&app.base), 404, "Página não encontrada"),
        (path("bad", "/respond"), vec![("_action", "next")], None, 403, "Pedido recusado"),
    ];
    let newcomer = app.client();
    for (to, form, origin, status, title) in nonsense {
        let mut req = newcomer.post(app.url(&to)).header("accept-language", "pt-PT").form(&form);
        if let Some(origin) = origin {
            req = req.header("origin", origin.as_str());
        }
        let res = req.send().await.expect("post");
        assert_eq!(res.status(), status, "{to} {form:?}");
        assert!(res.headers()["content-type"].to_str().unwrap_or_default().starts_with("text/html"), "{to}: a page, not plain text");
        let html = res.text().await.expect("body");
        assert_eq!(text(&html, "main h1"), title, "{to}: translated, in the layout");
        assert_eq!(attr(&html, "html", "lang").as_deref(), Some("pt-PT"));
        assert!(!texts(&html, "header .language-picker").is_empty(), "{to}: the site's header");
    }
}

async fn conditions_are_applied_by_the_server(app: &TestApp) {
    let id = survey(app, "conditions", Access::Open, FIXTURE, |_| {}).await;
    let client = app.client();
    send(app, &client, "conditions", 0, "next", "where years languages portuguese", &[("q.where", "elsewhere")]).await;
    let (_, html) = page(app, &client, &path("conditions", "/answer?section=1")).await;
    assert!(attr(&html, "#q-people", "hidden").is_some(), "people is hidden: 'where' was elsewhere");
    assert!(attr(&html, "#q-arrived", "hidden").is_some(), "arrived is hidden: 'years' not answered");
    // Answering unfair = yes on a page without JavaScript shows the follow-up before moving on.
    let shown = "ease first unfair idea";
    let ease = [("q.ease.housing", "easy"), ("q.ease.doctor", "none")];
    let mut form = ease.to_vec();
    form.extend([("q.unfair", "yes"), ("q.people", "7")]);
    let again = send(app, &client, "conditions", 1, "next", shown, &form).await;
    assert_eq!(again, path("conditions", "/answer?section=1"));
    let (_, html) = page(app, &client, &again).await;
    assert_eq!(attr(&html, "#q-unfair_where", "hidden"), None);
    assert!(text(&html, "#more").contains("more questions"), "told why the page came back");
    assert_eq!(attr(&html, "#more a", "href").as_deref(), Some("#q-unfair_where"), "the notice leads to the new question");
    assert_eq!(attr(&html, "#more", "autofocus").as_deref(), Some(""), "and takes the focus");
    assert!(text(&html, "#q-unfair_where").contains("Answer only if you answered “Yes” above."));
    // Now with the follow-up shown; a hidden question's value is ignored.
    let mut form = ease.to_vec();
    form.extend([("q.unfair", "no"), ("q.unfair_where", "ignored"), ("q.people", "7")]);
    let done = send(app, &client, "conditions", 1, "next", "ease first unfair unfair_where idea", &form).await;
    assert_eq!(done, path("conditions", "/thanks"));
    let stored = responses(app, id).await;
    let answers = answers_of(&stored[0]);
    assert_eq!(answers.get("unfair"), Some(&Answer::YesNo(false)));
    assert!(!answers.contains_key("unfair_where") && !answers.contains_key("people"), "{answers:?}");
}

async fn save_resume_back_and_language_switch_keep_the_answers(app: &TestApp) {
    let id = survey(app, "resume", Access::Open, FIXTURE, |_| {}).await;
    let phone = app.client();
    // The language switch keeps what was typed (not yet checked).
    let to = send(app, &phone, "resume", 0, "lang:ur", "where", &[("q.where", "both"), ("q.portuguese", "2")]).await;
    assert_eq!(to, path("resume", "/answer?section=0&lang=ur"));
    let (_, html) = page(app, &phone, &to).await;
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&html, "#f-where-both", "checked").as_deref(), Some(""));
    assert_eq!(attr(&html, "#f-portuguese-2", "checked").as_deref(), Some(""));
    // Next, then back: the first part's answers are still there.
    send(app, &phone, "resume", 0, "next", "where years languages portuguese", SECTION_0).await;
    let to = send(app, &phone, "resume", 1, "back", "ease", &[("q.unfair", "no")]).await;
    assert_eq!(to, path("resume", "/answer?section=0"));
    let (_, html) = page(app, &phone, &to).await;
    assert_eq!(attr(&html, "#f-where-serra", "checked").as_deref(), Some(""));
    // Save and continue later: a resume code, shown once.
    send(app, &phone, "resume", 0, "next", "where years languages portuguese", SECTION_0).await;
    let res = phone
        .post(app.url(&path("resume", "/respond")))
        .header("origin", &app.base)
        .form(&[("_section", "1"), ("_action", "save"), ("_shown", "ease"), ("q.idea", "Mais creches")])
        .send()
        .await
        .expect("post");
    assert_eq!(location(&res), path("resume", "/saved"));
    assert!(set_cookies(&res).iter().any(|c| c.starts_with("ponte_resume=") && c.contains("HttpOnly")));
    let (_, html) = page(app, &phone, &path("resume", "/saved?lang=en")).await;
    let code = text(&html, ".resume-code");
    assert_eq!(code.len(), 14, "three groups of four: {code}");
    // On another device: a wrong code is explained, the right one continues where it stopped.
    let laptop = app.client();
    let resume = |code: String| {
        let laptop = laptop.clone();
        async move {
            laptop.post(app.url(&path("resume", "/resume?lang=en"))).header("origin", &app.base).form(&[("code", code)]).send().await.expect("post")
        }
    };
    // Without JavaScript too, the answer is the survey's page with the box open, the error
    // and the code as typed.
    let res = resume("AAAA-BBBB-CCCC".to_owned()).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("body");
    assert!(text(&html, "#code-error").contains("We found no saved answers"), "{}", text(&html, "#code-error"));
    assert_eq!(attr(&html, "details.resume", "open").as_deref(), Some(""));
    assert_eq!(attr(&html, "#code", "value").as_deref(), Some("AAAA-BBBB-CCCC"));
    assert_eq!(attr(&html, "#code", "aria-invalid").as_deref(), Some("true"));
    let (_, html) = page(app, &laptop, &path("resume", "")).await;
    assert!(attr(&html, "details.resume", "open").is_none(), "a plain visit finds the box closed");
    let typed = code.to_lowercase().replace('-', " ");
    let res = resume(typed).await;
    assert_eq!(location(&res), path("resume", "/answer"));
    let (_, html) = page(app, &laptop, &path("resume", "/answer")).await;
    assert_eq!(text(&html, ".progress"), "Part 2 of 2");
    assert_eq!(text(&html, "#f-idea"), "Mais creches");
    let done = send(app, &laptop, "resume", 1, "next", "ease first unfair people arrived idea", &[("q.ease.housing", "easy"), ("q.ease.doctor", "easy"), ("q.idea", "Mais creches")]).await;
    assert_eq!(done, path("resume", "/thanks"));
    let stored = responses(app, id).await;
    assert_eq!(answers_of(&stored[0]).get("where"), Some(&Answer::Choice("serra".into())), "the first part came along");
}

async fn single_use_codes_give_exactly_one_response_even_in_a_race(app: &TestApp) {
    let id = survey(app, "codes", Access::Codes, SHORT, |_| {}).await;
    make(app, "facilitadora@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "facilitadora@example.org").await;
    let res = form_post(app, &facilitator, "/api/surveys/create_codes", &path("codes", "/codes"), &[("plan", PLAN), ("survey", "codes"), ("count", "3"), ("once", &once())]).await;
    assert_eq!(location(&res), path("codes", "/codes"));
    let codes = survey_codes::Entity::find().filter(survey_codes::Column::SurveyId.eq(id)).all(&app.db).await.expect("q");
    assert_eq!(codes.len(), 3);
    let (status, html) = page(app, &facilitator, &path("codes", "/codes?lang=en")).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, ".slip-code").len(), 3, "one slip per unused code");
    let document = scraper::Html::parse_document(&html);
    let qr = scraper::Selector::parse(".slip .slip-qr[role=img][aria-label] svg").expect("selector");
    assert_eq!(document.select(&qr).count(), 3, "each slip has its QR code");
    // Each slip speaks every language of the survey (issue 10, 13): its title and how to use the
    // code, each marked with its language and direction, and a short address to type.
    assert_eq!(texts(&html, "li.slip:first-child .slip-lang").len(), 3, "pt-PT, en and ur");
    assert_eq!(attr(&html, "li.slip .slip-lang[lang=ur]", "dir").as_deref(), Some("rtl"));
    assert_eq!(text(&html, "li.slip .slip-lang[lang=pt-PT] .slip-title"), "Test survey (pt)");
    assert!(text(&html, "li.slip .slip-lang[lang=en]").starts_with("Test survey Go to"), "{}", text(&html, "li.slip .slip-lang[lang=en]"));
    let short = text(&html, "li.slip .slip-link");
    assert!(short.ends_with(&format!("/s/{id}")), "{short}");
    let (_, urdu_only) = page(app, &facilitator, &path("codes", "/codes?lang=en&slips=ur")).await;
    assert_eq!(texts(&urdu_only, "li.slip:first-child .slip-lang").len(), 1, "the languages chosen for the slips");
    assert_eq!(attr(&urdu_only, "#slips-ur", "checked").as_deref(), Some(""));
    assert!(attr(&urdu_only, "#slips-en", "checked").is_none());
    // The short address leads to the survey, with the code if the address has one.
    let go = |p: String| {
        let client = app.client();
        async move { client.get(app.url(&p)).send().await.expect("get") }
    };
    let res = go(format!("/s/{id}?code={}", codes[0].code)).await;
    assert_eq!((res.status().as_u16(), location(&res)), (303, path("codes", &format!("?code={}", codes[0].code))));
    let res = go(format!("/s/{id}?code=%3Cscript%3E")).await;
    assert_eq!(location(&res), path("codes", "?code=3Cscript3E"), "nothing but letters, digits and dashes passes");
    for bad in ["/s/99999".to_owned(), "/s/abc".to_owned(), "/s/-1".to_owned()] {
        assert_eq!(go(bad.clone()).await.status(), 404, "{bad}");
    }
    let draft = survey(app, "codes-draft", Access::Codes, SHORT, |s| s.published = false).await;
    assert_eq!(go(format!("/s/{draft}")).await.status(), 404, "a draft's short address leads nowhere");
    // The QR code leads to the survey with the code filled in.
    let (_, start) = page(app, &app.client(), &path("codes", &format!("?code={}", codes[0].code))).await;
    assert_eq!(attr(&start, "input#code", "value").as_deref(), Some(codes[0].code.as_str()), "the code is filled in");
    assert!(audit_log::Entity::find().filter(audit_log::Column::Action.eq("survey.codes_created")).one(&app.db).await.expect("q").is_some());
    // Without a code the form is refused; an unknown code is explained.
    let anonymous = app.client();
    let (status, _) = page(app, &anonymous, &path("codes", "/answer")).await;
    assert_eq!(status, 422);
    let res = form_post(app, &anonymous, "/api/surveys/start_with_code", &path("codes", ""), &[("plan", PLAN), ("survey", "codes"), ("code", "ZZZZ-ZZZZ"), ("lang", "en")]).await;
    assert_ne!(location(&res), path("codes", "/answer"));
    // 100 browsers started with the same code (typed in small letters); all send at once.
    let code = codes[0].code.clone();
    let mut tokens = Vec::new();
    for _ in 0..100 {
        let survey = service::load(&app.db, PLAN, "codes").await.expect("survey");
        tokens.push(service::start_with_code(&app.db, &survey, &code.to_lowercase(), Default::default()).await.expect("start"));
    }
    let sends = tokens.into_iter().map(|token| send_short(app, "codes", id, token, "yes"));
    let outcomes = futures_join_all(sends).await;
    let thanks = outcomes.iter().filter(|l| l.ends_with("/thanks")).count();
    assert_eq!(thanks, 1, "{outcomes:?}");
    assert!(outcomes.iter().filter(|l| !l.ends_with("/thanks")).all(|l| l.ends_with("?error=invalid-access-code-used")), "{outcomes:?}");
    assert_eq!(ponte_app::surveys::store::held(&app.db, id).await.expect("held"), 1, "exactly one response (held until four more come)");
    let used = survey_codes::Entity::find_by_id(codes[0].id).one(&app.db).await.expect("q").expect("code");
    assert!(used.used);
    // The used code cannot start again.
    let res = form_post(app, &anonymous, "/api/surveys/start_with_code", &path("codes", ""), &[("plan", PLAN), ("survey", "codes"), ("code", &code), ("lang", "en")]).await;
    assert_ne!(location(&res), path("codes", "/answer"));
    assert_eq!(ponte_app::surveys::store::held(&app.db, id).await.expect("held"), 1);
}

/// Responses that arrive together are stored together (one transaction on SQLite), yet each is
/// judged alone: 30 browsers with their own codes and 10 more reusing one of those codes all
/// send at once; 30 responses are stored, each code used once, and the tallies count 30.
async fn responses_sent_together_are_each_stored_or_refused_alone(app: &TestApp) {
    let id = survey(app, "together", Access::Codes, SHORT, |_| {}).await;
    make(app, "codes@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "codes@example.org").await;
    let res = form_post(app, &facilitator, "/api/surveys/create_codes", &path("together", "/codes"), &[("plan", PLAN), ("survey", "together"), ("count", "30"), ("once", &once())]).await;
    assert_eq!(location(&res), path("together", "/codes"));
    let loaded = service::load(&app.db, PLAN, "together").await.expect("survey");
    let codes = survey_codes::Entity::find().filter(survey_codes::Column::SurveyId.eq(id)).all(&app.db).await.expect("q");
    assert_eq!(codes.len(), 30);
    let mut tokens = Vec::new();
    for (i, code) in codes.iter().chain(std::iter::repeat_n(&codes[0], 10)).enumerate() {
        let token = service::start_with_code(&app.db, &loaded, &code.code, Default::default()).await.expect("start");
        tokens.push((token, if i % 2 == 0 { "yes" } else { "no" }));
    }
    let sends = tokens.into_iter().map(|(token, answer)| send_short(app, "together", id, token, answer));
    let outcomes = futures_join_all(sends).await;
    let thanks = outcomes.iter().filter(|l| l.ends_with("/thanks")).count();
    assert_eq!(thanks, 30, "{outcomes:?}");
    assert!(outcomes.iter().filter(|l| !l.ends_with("/thanks")).all(|l| l.ends_with("?error=invalid-access-code-used")), "{outcomes:?}");
    // Stored five or more at a time (code responses are held until then): the rest still wait.
    let stored = responses(app, id).await.len() as u64;
    let held = ponte_app::surveys::store::held(&app.db, id).await.expect("held");
    assert_eq!(stored + held, 30);
    assert!(held < ponte_app::surveys::store::MIX_MIN, "{held} held");
    let unused = survey_codes::Entity::find().filter(survey_codes::Column::SurveyId.eq(id)).filter(survey_codes::Column::Used.eq(false)).all(&app.db).await.expect("q");
    assert!(unused.is_empty(), "every code used once");
    let tallies = service::tallies(&app.db, id).await.expect("tallies");
    let count = |key: &str| tallies.get(&("ok".to_owned(), key.to_owned())).copied().unwrap_or(0);
    assert_eq!(count("yes") + count("no"), stored, "{tallies:?}");
    assert_eq!(survey_drafts::Entity::find().filter(survey_drafts::Column::SurveyId.eq(id)).count(&app.db).await.expect("c"), 10, "only the refused keep their drafts");
}

/// The whole `SHORT` survey sent by a browser holding draft `token` (for running many at once).
fn send_short(app: &TestApp, slug: &str, id: i32, token: String, answer: &'static str) -> impl std::future::Future<Output = String> + Send + 'static {
    let url = app.url(&path(slug, "/respond"));
    let origin = app.base.clone();
    async move {
        let res = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
            .post(url)
            .header("origin", origin)
            .header("cookie", format!("ponte_draft_{id}={token}"))
            .form(&[("_section", "0"), ("_action", "next"), ("_shown", "ok why"), ("q.ok", answer)])
            .send()
            .await
            .expect("post");
        location(&res)
    }
}

async fn futures_join_all<F: std::future::Future<Output = String> + Send + 'static>(futures: impl Iterator<Item = F>) -> Vec<String> {
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.expect("task"));
    }
    out
}

async fn signed_in_surveys_take_one_response_per_account_and_keep_it_anonymous(app: &TestApp) {
    let id = survey(app, "members", Access::Account, SHORT, |_| {}).await;
    let anonymous = app.client();
    let (status, _) = page(app, &anonymous, &path("members", "/answer")).await;
    assert_eq!(status, 401);
    let to = send(app, &anonymous, "members", 0, "next", "ok why", &[("q.ok", "yes")]).await;
    assert_eq!(to, path("members", "?error=unauthenticated"));
    let person = signed_in(app, "amina@example.org").await;
    let to = send(app, &person, "members", 0, "next", "ok why", &[("q.ok", "no"), ("q.why", "Longe")]).await;
    assert_eq!(to, path("members", "/thanks"));
    let again = send(app, &person, "members", 0, "next", "ok why", &[("q.ok", "yes")]).await;
    assert_eq!(again, path("members", "?error=invalid-already-answered"));
    let res = person.get(app.url(&path("members", "/answer?lang=en"))).send().await.expect("get");
    assert_eq!((res.status().as_u16(), location(&res)), (303, path("members", "")), "the account has answered: no form");
    assert_eq!(ponte_app::surveys::store::held(&app.db, id).await.expect("held"), 1, "one response, held until four more come");
    assert_eq!(survey_participations::Entity::find().filter(survey_participations::Column::SurveyId.eq(id)).count(&app.db).await.expect("c"), 1);
    let held = ponte_app::entity::survey_held::Entity::find().all(&app.db).await.expect("q");
    assert!(!held[0].payload.contains("amina"));
}

async fn closed_and_draft_surveys_take_no_answers(app: &TestApp) {
    let closed = survey(app, "closed", Access::Open, SHORT, |s| s.closes_at = Some(chrono::Utc::now() - chrono::Duration::days(1))).await;
    let client = app.client();
    let to = send(app, &client, "closed", 0, "next", "ok why", &[("q.ok", "yes")]).await;
    assert_eq!(to, path("closed", "?error=invalid-survey-closed"));
    let (status, html) = page(app, &client, &format!("{to}&lang=en")).await;
    assert_eq!(status, 200);
    assert!(text(&html, "#notice").contains("not open for answers"));
    assert!(html.contains("This survey is closed."));
    assert_eq!(responses(app, closed).await.len(), 0);
    survey(app, "draft", Access::Open, SHORT, |s| s.published = false).await;
    assert_eq!(page(app, &client, &path("draft", "")).await.0, 404, "drafts do not exist for the public");
    make(app, "preparer@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "preparer@example.org").await;
    assert_eq!(page(app, &facilitator, &path("draft", "")).await.0, 200);
    let (status, html) = page(app, &facilitator, &path("draft", "/answer?preview=1&section=0&lang=en")).await;
    assert_eq!(status, 200);
    assert!(html.contains("Preview: nothing you choose here is sent or kept."));
    assert!(texts(&html, "form button[name=_action]").is_empty(), "a preview cannot be sent");
}

async fn facilitators_enter_paper_and_interview_responses(app: &TestApp) {
    let id = survey(app, "paper", Access::Codes, SHORT, |_| {}).await;
    make(app, "cl@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "cl@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let form = [("plan", PLAN), ("survey", "paper"), ("channel", "interpreter"), ("interview_lang", "ur"), ("lang", "pt-PT")];
    let res = form_post(app, &resident, "/api/surveys/start_assisted", &path("paper", ""), &form).await;
    assert_ne!(location(&res), path("paper", "/answer"), "residents cannot enter responses for others");
    for (channel, lang) in [("interpreter", "ur"), ("paper", "")] {
        let form = [("plan", PLAN), ("survey", "paper"), ("channel", channel), ("interview_lang", lang), ("lang", "pt-PT")];
        let res = form_post(app, &facilitator, "/api/surveys/start_assisted", &path("paper", ""), &form).await;
        assert_eq!(location(&res), path("paper", "/answer"));
        let to = send(app, &facilitator, "paper", 0, "next", "ok why", &[("q.ok", "yes")]).await;
        assert_eq!(to, path("paper", "?entered=1"), "back to the start page, ready for the next one");
    }
    let stored = responses(app, id).await;
    let mut channels: Vec<(String, Option<String>)> = stored.iter().map(|r| (r.channel.clone(), r.interview_lang.clone())).collect();
    channels.sort();
    assert_eq!(channels, vec![("interpreter".into(), Some("ur".into())), ("paper".into(), None)]);
    assert_eq!(survey_codes::Entity::find().count(&app.db).await.expect("c"), 0, "no code was needed");
    let (_, html) = page(app, &facilitator, &path("paper", "/results?only_channel=paper&lang=en")).await;
    assert_eq!(text(&html, "main p strong"), "1 response", "the filter by channel");
}

async fn results_hide_small_groups_but_not_from_facilitators(app: &TestApp) {
    // The demo survey has a few hundred generated responses.
    let (status, html) = app.get(&path("your-voice", "/results?lang=en")).await;
    assert_eq!(status, 200);
    let total = text(&html, "main p strong");
    assert!(total.ends_with("responses") && total != "1 response", "{total}");
    assert!(!texts(&html, "table.results").is_empty(), "tables beside the charts");
    assert!(!texts(&html, "table.results td.chart svg.bar rect.bar-fill").is_empty() || html.contains("class=\"bar\""), "server-rendered SVG bars");
    // The public gets no breakdown by language or channel: the total minus the other languages'
    // counts would give back the groups hidden for being small. A filter in the address is ignored.
    assert!(texts(&html, "form.filters").is_empty(), "no filters for the public");
    let (_, filtered) = app.get(&path("your-voice", "/results?lang=en&only_lang=ur&only_channel=interpreter")).await;
    assert_eq!(text(&filtered, "main p strong"), total, "the same published totals, whatever is asked");
    assert_eq!(texts(&filtered, "table.results td"), texts(&html, "table.results td"));
    // A survey with 3 responses shows nothing in public…
    let id = survey(app, "tiny", Access::Open, SHORT, |_| {}).await;
    for i in 0..3 {
        let to = send(app, &app.client(), "tiny", 0, "next", "ok why", &[("q.ok", "yes"), ("q.why", &format!("Razão {i}"))]).await;
        assert_eq!(to, path("tiny", "/thanks"));
    }
    let (_, html) = app.get(&path("tiny", "/results?lang=en")).await;
    assert!(text(&html, "main p strong").starts_with("Fewer than 5 responses"));
    assert!(!html.contains("Razão 0"), "no free text from a group this small");
    // …and everything to the plan's facilitators, who may also hide a free-text answer.
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let (_, html) = page(app, &facilitator, &path("tiny", "/results?lang=en")).await;
    assert_eq!(text(&html, "main p strong"), "3 responses");
    assert!(!texts(&html, "form.filters").is_empty(), "facilitators may break results down");
    let (_, urdu) = page(app, &facilitator, &path("tiny", "/results?lang=en&only_lang=ur")).await;
    assert_eq!(text(&urdu, "main p strong"), "0 responses", "none of the three answered in Urdu");
    assert!(html.contains("Razão 0"));
    let hidden = survey_texts::Entity::find().filter(survey_texts::Column::SurveyId.eq(id)).all(&app.db).await.expect("q");
    let res = form_post(
        app,
        &facilitator,
        "/api/surveys/moderate",
        &path("tiny", "/results"),
        &[("plan", PLAN), ("survey", "tiny"), ("id", &hidden[0].id.to_string()), ("hidden", "true")],
    )
    .await;
    assert!(location(&res).starts_with(&path("tiny", "/results")));
    let row = survey_texts::Entity::find_by_id(hidden[0].id).one(&app.db).await.expect("q").expect("row");
    assert!(row.hidden);
    assert!(audit_log::Entity::find().filter(audit_log::Column::Action.eq("survey.text_hidden")).one(&app.db).await.expect("q").is_some());
}

async fn exports_open_in_a_spreadsheet_and_neutralise_formulas(app: &TestApp) {
    let id = survey(app, "export", Access::Open, SHORT, |_| {}).await;
    let cells = [
        "=HYPERLINK(\"http://x\")",
        "+351 900",
        "-2",
        "@SUM(A1)",
        "Olá, \"amigos\"\nlinha 2",
        "اردو",
        "\u{FF1D}1+1",
        "\u{200B}=cmd|' /C calc'!A0",
        "  -1+2",
    ];
    for c in cells {
        let to = send(app, &app.client(), "export", 0, "next", "ok why", &[("q.ok", "no"), ("q.why", c)]).await;
        assert_eq!(to, path("export", "/thanks"));
    }
    let anonymous = app.client();
    assert_eq!(anonymous.get(app.url(&path("export", "/export.csv"))).send().await.expect("get").status(), 401);
    let resident = signed_in(app, "r@example.org").await;
    assert_eq!(resident.get(app.url(&path("export", "/export.csv"))).send().await.expect("get").status(), 403);
    make(app, "exporter@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "exporter@example.org").await;
    // Downloaded as browsers do (compressed), and without compression: the same file each time.
    let mut bodies = Vec::new();
    for coding in Coding::ALL {
        let (status, headers, body) = download(&facilitator, &app.url(&path("export", "/export.csv?lang=en")), coding).await;
        assert_eq!(status, 200, "{coding:?}");
        assert!(headers["content-type"].to_str().unwrap_or_default().starts_with("text/csv"));
        assert!(headers["content-disposition"].to_str().unwrap_or_default().contains("export.csv"));
        assert_eq!(headers["cache-control"], "no-store");
        bodies.push(body);
    }
    assert!(bodies.iter().all(|b| *b == bodies[0]), "identity, gzip and brotli downloads hold the same file");
    let body = bodies.remove(0);
    assert!(body.starts_with("\u{feff}".as_bytes()), "UTF-8 with a byte order mark");
    let mut reader = csv::Reader::from_reader(&body[3..]);
    let header: Vec<String> = reader.headers().expect("header").iter().map(str::to_owned).collect();
    assert_eq!(
        header,
        ["response", "submitted_on", "language", "channel", "interview_language", "ok · Is the office easy to reach?", "why · Why?"],
        "each question's column gives its code and its text in the language chosen"
    );
    let rows: Vec<Vec<String>> = reader.records().map(|r| r.expect("row").iter().map(str::to_owned).collect()).collect();
    assert_eq!(rows.len(), cells.len());
    // Rows come in the order of their (random) ids, which says nothing about when.
    let mut why: Vec<&str> = rows.iter().map(|r| r[6].as_str()).collect();
    why.sort_unstable();
    let mut expected = [
            "'=HYPERLINK(\"http://x\")",
            "'+351 900",
            "'-2",
            "'@SUM(A1)",
            "Olá, \"amigos\"\nlinha 2",
            "اردو",
            "'\u{FF1D}1+1",
            "'\u{200B}=cmd|' /C calc'!A0",
            // What the form keeps of "  -1+2" (answers are trimmed).
            "'-1+2",
        ];
    expected.sort_unstable();
    assert_eq!(why, expected);
    // Browsers that never chose a language answered in the default one, Portuguese.
    assert!(rows.iter().all(|r| r[5] == "No" && r[2] == "pt-PT" && r[3] == "online"), "{rows:?}");
    let (status, _, body) = download(&facilitator, &app.url(&path("export", "/export.json")), Coding::Brotli).await;
    assert_eq!(status, 200);
    let (_, _, gzipped) = download(&facilitator, &app.url(&path("export", "/export.json")), Coding::Gzip).await;
    assert_eq!(body, gzipped);
    let json: serde_json::Value = serde_json::from_slice(&body).expect("valid JSON");
    assert_eq!(json["responses"].as_array().map(Vec::len), Some(cells.len()));
    let whys: Vec<&str> = json["responses"].as_array().into_iter().flatten().filter_map(|r| r["answers"]["why"]["v"].as_str()).collect();
    assert!(whys.contains(&"Olá, \"amigos\"\nlinha 2"), "{whys:?}");
    assert_eq!(json["definition"]["sections"][0]["questions"][0]["id"], "ok");
    assert_eq!(responses(app, id).await.len(), cells.len());

    // Number and scale columns stay numbers, negative ones included.
    const NUMBERS: &str = r#"{"sections":[{"title":{"en":"All"},"questions":[
      {"id":"balance","type":"number","min":null,"max":null,"text":{"en":"Balance?"}},
      {"id":"mood","type":"scale","min":-2,"max":2,"min_label":{},"max_label":{},"text":{"en":"Mood?"}}]}]}"#;
    survey(app, "export-numbers", Access::Open, NUMBERS, |_| {}).await;
    let to = send(app, &app.client(), "export-numbers", 0, "next", "balance mood", &[("q.balance", "-5,5"), ("q.mood", "-2")]).await;
    assert_eq!(to, path("export-numbers", "/thanks"));
    let (_, _, body) = download(&facilitator, &app.url(&path("export-numbers", "/export.csv")), Coding::Gzip).await;
    let mut reader = csv::Reader::from_reader(&body[3..]);
    let row: Vec<String> = reader.records().next().expect("one row").expect("row").iter().map(str::to_owned).collect();
    assert_eq!(&row[5..], ["-5.5", "-2"], "numbers are exported as numbers, not as text");
}

async fn the_demo_survey_is_listed_and_starts_in_every_language(app: &TestApp) {
    let (status, html) = app.get(&format!("/plans/{PLAN}/surveys?lang=pt-PT")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Inquéritos");
    assert_eq!(text(&html, ".cards h2"), "A sua voz no plano");
    let (_, html) = app.get(&format!("/plans/{PLAN}?lang=en")).await;
    assert!(html.contains(&format!("/plans/{PLAN}/surveys")), "the plan page links to its surveys");
    for lang in ["pt-PT", "en", "uk", "hi", "ne", "bn", "ur", "ar"] {
        let (status, html) = app.get(&path("your-voice", &format!("/answer?lang={lang}"))).await;
        assert_eq!(status, 200, "{lang}");
        assert_eq!(attr(&html, "html", "lang").as_deref(), Some(lang));
        assert!(attr(&html, "fieldset legend span", "lang").as_deref() == Some(lang), "{lang}: the question is in {lang}");
        assert!(!html.contains("surveys-"), "{lang}: every message is translated");
    }
}

async fn facilitators_build_translate_and_publish_a_survey(app: &TestApp) {
    make(app, "builder@example.org", Role::Facilitator).await;
    let f = signed_in(app, "builder@example.org").await;
    let resident = signed_in(app, "resident@example.org").await;
    let new_page = format!("/plans/{PLAN}/surveys/new");
    assert_eq!(page(app, &resident, &new_page).await.0, 403, "residents cannot build surveys");
    assert_eq!(page(app, &f, &new_page).await.0, 200);
    let res = form_post(app, &f, "/api/surveys/create_draft", &new_page, &[("plan", PLAN), ("slug", "bairro"), ("title", "O seu bairro"), ("access", "open"), ("lang", "pt-PT"), ("once", &once())]).await;
    assert!(location(&res).starts_with(&path("bairro", "/edit?lang=pt-PT")), "{}", location(&res));
    let res = form_post(app, &f, "/api/surveys/create_draft", &new_page, &[("plan", PLAN), ("slug", "Bad Slug!"), ("title", "x"), ("access", "open"), ("lang", "pt-PT"), ("once", &once())]).await;
    assert!(outcome(res).await.starts_with("refused"), "a bad address is refused");
    // A refused form comes back at once, saying what is wrong with which field and keeping
    // everything typed (issue 10, 7).
    let res = form_post(app, &f, "/api/surveys/create_draft", &format!("{new_page}?lang=en"), &[("plan", PLAN), ("slug", "O Bairro!"), ("title", "O seu <b>bairro</b>"), ("access", "codes"), ("lang", "pt-PT"), ("once", &once())]).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.expect("body");
    assert!(text(&html, "#new-error").starts_with("The short name must be 3 to 60 characters"), "{}", text(&html, "#new-error"));
    assert_eq!(attr(&html, "#new-title", "value").as_deref(), Some("O seu <b>bairro</b>"));
    assert_eq!(attr(&html, "#new-slug", "value").as_deref(), Some("O Bairro!"));
    assert_eq!(attr(&html, "#new-access option[value=codes]", "selected").as_deref(), Some(""), "who can answer is kept");
    let res = form_post(app, &f, "/api/surveys/create_draft", &format!("{new_page}?lang=en"), &[("plan", PLAN), ("slug", "bairro"), ("title", "Outro"), ("access", "open"), ("lang", "pt-PT"), ("once", &once())]).await;
    assert!(outcome(res).await.contains("Another survey of this plan already has this short name"));
    assert_eq!(app.get(&path("bairro", "")).await.0, 404, "a draft is not public");
    let edit_page = path("bairro", "/edit");
    let post = |endpoint: &'static str, form: Vec<(&'static str, String)>| {
        let f = f.clone();
        let edit_page = edit_page.clone();
        async move {
            let mut all: Vec<(&str, String)> = vec![("plan", PLAN.to_owned()), ("survey", "bairro".to_owned())];
            all.extend(form);
            let res = f.post(app.url(&format!("/api/surveys/{endpoint}"))).header("origin", &app.base).header("referer", app.url(&edit_page)).header("accept", "text/html").header("accept-language", "en").form(&all).send().await.expect("post");
            outcome(res).await
        }
    };
    let to = post("add_question", vec![("section", "0".into()), ("kind", "single_choice".into()), ("text", "Onde vive?".into()), ("lang", "pt-PT".into()), ("once", once())]).await;
    assert!(to.contains("saved=1#edit-q1"), "{to}");
    let saved = post("update_question", vec![("id", "q1".into()), ("lang", "pt-PT".into()), ("text", "Onde vive?".into()), ("plain", String::new()), ("help", String::new()), ("options", "Norte\nSul\nCentro".into()), ("required", "on".into())]).await;
    assert!(saved.contains("saved=1"), "{saved}");
    post("add_question", vec![("section", "0".into()), ("kind", "yes_no".into()), ("text", "Gosta do bairro?".into()), ("lang", "pt-PT".into()), ("once", once())]).await;
    post("update_question", vec![("id", "q2".into()), ("lang", "pt-PT".into()), ("text", "Gosta do bairro?".into()), ("plain", String::new()), ("help", String::new()), ("cond_question", "q1".into()), ("cond_op", "any_of".into()), ("cond_values[]", "norte".into()), ("cond_values[]", "centro".into())]).await;
    let bad = post("update_question", vec![("id", "q2".into()), ("lang", "pt-PT".into()), ("text", "Gosta?".into()), ("plain", String::new()), ("help", String::new()), ("cond_question", "q1".into()), ("cond_op", "equals".into()), ("cond_values[]", "o9".into())]).await;
    assert!(bad.starts_with("refused"), "a condition on a choice that does not exist is refused: {bad}");
    let res = f
        .post(app.url("/api/surveys/update_question"))
        .header("origin", &app.base)
        .header("referer", app.url(&format!("{edit_page}?lang=pt-PT")))
        .header("accept", "text/html")
        .header("accept-language", "en")
        .form(&[("plan", PLAN), ("survey", "bairro"), ("id", "q2"), ("lang", "pt-PT"), ("text", "Gosta mesmo do bairro?"), ("plain", ""), ("help", "Pense no último ano."), ("cond_question", "q1"), ("cond_op", "equals")])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 422, "a condition without answers is refused");
    let html = res.text().await.expect("body");
    assert!(text(&html, "#q2-error").contains("escolher valores entre as suas opções"), "{}", text(&html, "#q2-error"));
    assert_eq!(attr(&html, "#edit-q2", "open").as_deref(), Some(""), "the refused question's editor is open");
    assert_eq!(text(&html, "#q2-text"), "Gosta mesmo do bairro?", "the typed text is kept");
    assert_eq!(text(&html, "#q2-help"), "Pense no último ano.");
    assert_eq!(text(&html, "#q1-text"), "Onde vive?", "other questions show what is stored");
    // A language that is no tag (a line break, a header smuggled in) is refused before anything
    // changes, and the answer is an error, not a crash after the change.
    let before = survey_row(app, "bairro").await;
    for lang in ["en\r\nSet-Cookie: x=1", "pt-PT\nX", "<b>", "", "x".repeat(40).as_str()] {
        let to = post("add_section", vec![("lang", lang.to_owned()), ("once", once())]).await;
        assert!(to.starts_with("refused"), "{lang:?}: {to}");
        let to = post("rename_section", vec![("section", "0".into()), ("lang", lang.to_owned()), ("title", "T".into())]).await;
        assert!(to.starts_with("refused"), "{lang:?}: {to}");
    }
    let after = survey_row(app, "bairro").await;
    assert_eq!((before.definition, before.version), (after.definition, after.version), "nothing changed");
    let (_, html) = page(app, &f, &format!("{edit_page}?lang=pt-PT")).await;
    let answers = texts(&html, "#edit-q2 fieldset.choice-answers label");
    assert_eq!(answers, ["Norte", "Sul", "Centro"], "the condition offers q1's answers by their labels");
    let ticked: Vec<String> = scraper::Html::parse_document(&html)
        .select(&scraper::Selector::parse("#edit-q2 fieldset.choice-answers input[checked]").expect("selector"))
        .filter_map(|i| i.value().attr("value").map(str::to_owned))
        .collect();
    assert_eq!(ticked, ["norte", "centro"], "the answers the condition is about are ticked, by codes read from their labels");
    // Codes typed by hand while no one has answered (issue 10, 7): the condition follows them.
    let codes = |list: &str| {
        vec![("id", "q1".into()), ("lang", "pt-PT".into()), ("text", "Onde vive?".into()), ("plain", String::new()), ("help", String::new()), ("options", "Norte\nSul\nCentro".into()), ("option_codes", list.to_owned()), ("required", "on".into())]
    };
    assert_eq!(text(&html, "#q1-option_codes"), "norte sul centro", "the codes, ready to change");
    assert!(post("update_question", codes("north\nsouth\ncentre")).await.contains("saved=1"));
    let (_, renamed) = page(app, &f, &format!("{edit_page}?lang=pt-PT")).await;
    let ticked: Vec<String> = scraper::Html::parse_document(&renamed)
        .select(&scraper::Selector::parse("#edit-q2 fieldset.choice-answers input[checked]").expect("selector"))
        .filter_map(|i| i.value().attr("value").map(str::to_owned))
        .collect();
    assert_eq!(ticked, ["north", "centre"], "the condition still ticks its two answers, by their new codes");
    let stored = survey_row(app, "bairro").await.definition;
    assert!(stored.contains(r#""values":["north","centre"]"#), "the condition names the new codes: {stored}");
    let wrong = post("update_question", codes("north\nsouth")).await;
    assert_eq!(wrong, "refused: Escreva um código para cada resposta, pela mesma ordem das respostas.");
    let bad = post("update_question", codes("North Side\nsouth\ncentre")).await;
    assert!(bad.contains("Um código de opção só pode ter letras a–z"), "{bad}");
    assert!(post("update_question", codes("norte\nsul\ncentro")).await.contains("saved=1"), "and back");
    // A new survey is offered in its own language only; the facilitator adds English (a language
    // the plan does not have is refused), and the builder shows what English still lacks.
    let (_, html) = page(app, &f, &format!("{edit_page}?lang=pt-PT")).await;
    assert_eq!(texts(&html, "table.data tbody tr").len(), 1, "only the survey's own language so far");
    assert_eq!(attr(&html, "#s-lang-pt-PT", "disabled").as_deref(), Some(""), "its own language is always offered");
    assert!(attr(&html, "#s-lang-en", "checked").is_none());
    let settings = |languages: &[&str]| {
        let mut form: Vec<(&'static str, String)> = vec![("lang", "pt-PT".into()), ("title", "O seu bairro".into()), ("intro", String::new()), ("access", "open".into()), ("opens_on", String::new()), ("closes_on", String::new())];
        form.extend(languages.iter().map(|l| ("languages[]", (*l).to_owned())));
        form
    };
    let refused = post("settings", settings(&["pt-PT", "xx"])).await;
    assert!(refused.contains("não é uma das línguas do plano"), "{refused}");
    assert!(post("settings", settings(&["pt-PT", "en"])).await.contains("saved=1"));
    assert_eq!(survey_row(app, "bairro").await.languages, r#"["pt-PT","en"]"#);
    let (status, html) = page(app, &f, &format!("{edit_page}?lang=en")).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, "table.data td")[1], "6 texts missing", "English: the title, 2 questions and 3 choices");
    assert!(text(&html, "#missing-texts").contains("English (6)"), "publishing would be warned about: {}", text(&html, "#missing-texts"));
    // Deleting a question asks twice: the first control only opens the warning.
    let (_, own) = page(app, &f, &format!("{edit_page}?lang=pt-PT")).await;
    assert_eq!(text(&own, "#edit-q1 details.confirm summary"), "Apagar a pergunta");
    assert_eq!(text(&own, "#edit-q1 details.confirm button[type=submit]"), "Sim, apagar esta pergunta");
    assert!(attr(&own, "#edit-q1 details.confirm", "open").is_none());
    // A translation with no responses yet does not claim there are some, nor offers who can answer.
    assert!(!html.contains("already has responses"), "no responses, no such claim");
    assert!(texts(&html, "#s-access").is_empty(), "who can answer is chosen in the survey's own language");
    assert_eq!(attr(&html, "#settings input[name=access]", "value").as_deref(), Some("open"));
    post("update_question", vec![("id", "q1".into()), ("lang", "en".into()), ("text", "Where do you live?".into()), ("plain", String::new()), ("help", String::new()), ("options", "North\nSouth\nCentre".into())]).await;
    post("update_question", vec![("id", "q2".into()), ("lang", "en".into()), ("text", "Do you like the neighbourhood?".into()), ("plain", String::new()), ("help", String::new())]).await;
    post("settings", vec![("lang", "en".into()), ("title", "Your neighbourhood".into()), ("intro", String::new()), ("access", "open".into()), ("opens_on", String::new()), ("closes_on", String::new()), ("results_public", "on".into())]).await;
    let (_, html) = page(app, &f, &format!("{edit_page}?lang=en")).await;
    let statuses = texts(&html, "table.data td");
    assert_eq!(statuses[1], "All texts written", "{statuses:?}");
    assert!(texts(&html, "#missing-texts").is_empty(), "nothing to warn about");
    // Publish: now public, in English too.
    post("publish", vec![("publish", "true".into()), ("lang", "pt-PT".into())]).await;
    let (status, html) = app.get(&path("bairro", "/answer?lang=en")).await;
    assert_eq!(status, 200);
    assert!(texts(&html, "legend").iter().any(|l| l.starts_with("Where do you live?")), "{:?}", texts(&html, "legend"));
    // Once answered, only texts may change.
    let to = send(app, &app.client(), "bairro", 0, "next", "q1 q2", &[("q.q1", "norte"), ("q.q2", "yes")]).await;
    assert_eq!(to, path("bairro", "/thanks"));
    let refused = post("delete_question", vec![("id", "q2".into()), ("lang", "pt-PT".into())]).await;
    assert!(refused.starts_with("refused"), "{refused}");
    let refused = post("update_question", vec![("id", "q1".into()), ("lang", "pt-PT".into()), ("text", "Onde vive?".into()), ("plain", String::new()), ("help", String::new()), ("options", "Norte\nSul".into())]).await;
    assert!(refused.starts_with("refused"), "removing a choice is structural: {refused}");
    let fine = post("update_question", vec![("id", "q1".into()), ("lang", "pt-PT".into()), ("text", "Onde mora?".into()), ("plain", "Em que zona fica a sua casa?".into()), ("help", String::new()), ("options", "Norte\nSul\nCentro".into()), ("required", "on".into())]).await;
    assert!(fine.contains("saved=1"), "{fine}");
    let (_, html) = app.get(&path("bairro", "/answer?lang=pt-PT")).await;
    assert!(html.contains("Onde mora?") && html.contains("Em que zona fica a sua casa?"));
    let actions: Vec<String> = audit_log::Entity::find().all(&app.db).await.expect("q").into_iter().map(|a| a.action).filter(|a| a.starts_with("survey.")).collect();
    for expected in ["survey.created", "survey.question_added", "survey.question_changed", "survey.settings_changed", "survey.published"] {
        assert!(actions.iter().any(|a| a == expected), "{expected} in {actions:?}");
    }
    let res = resident.post(app.url("/api/surveys/delete_question")).header("origin", &app.base).form(&[("plan", PLAN), ("survey", "bairro"), ("id", "q1"), ("lang", "pt-PT")]).send().await.expect("post");
    assert_eq!(res.status(), 403);
}

/// A number question's results give its mean and median, written as the reader's language
/// writes numbers.
async fn number_results_show_mean_and_median(app: &TestApp) {
    const AGES: &str = r#"{"sections":[{"title":{"en":"All"},"questions":[{"id":"age","type":"number","text":{"en":"Age?","pt-PT":"Idade?"}}]}]}"#;
    survey(app, "ages", Access::Open, AGES, |_| {}).await;
    for age in ["30", "20", "45", "20", "60,5"] {
        assert_eq!(send(app, &app.client(), "ages", 0, "next", "age", &[("q.age", age)]).await, path("ages", "/thanks"));
    }
    let (_, html) = app.get(&path("ages", "/results?lang=en")).await;
    assert_eq!(text(&html, ".question-result .summary"), "Average: 35.1 · median: 30");
    let (_, html) = app.get(&path("ages", "/results?lang=pt-PT")).await;
    assert_eq!(text(&html, ".question-result .summary"), "Média: 35,1 · mediana: 30");
}

/// A section whose texts are not translated into the reader's language says so once, not under
/// every question and choice; each text keeps the language it is in, and so do the breadcrumbs.
async fn untranslated_texts_are_noted_once_and_keep_their_language(app: &TestApp) {
    survey(app, "notes", Access::Open, SHORT, |_| {}).await;
    let (status, html) = app.get(&path("notes", "/answer?lang=ur")).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, ".fallback-note").len(), 1, "one note for the section: {:?}", texts(&html, ".fallback-note"));
    assert_eq!(texts(&html, ".fallback-note.once").len(), 1);
    assert!(texts(&html, "form .fallback-note").is_empty(), "no note per question or choice: {:?}", texts(&html, "form .fallback-note"));
    assert_eq!(attr(&html, "fieldset legend span[lang]", "lang").as_deref(), Some("en"), "the question is marked as English (Urdu falls back to English)");
    let crumb = scraper::Html::parse_document(&html)
        .select(&scraper::Selector::parse("nav.breadcrumbs [lang]").expect("selector"))
        .map(|e| (e.text().collect::<String>(), e.value().attr("lang").unwrap_or_default().to_owned()))
        .find(|(text, _)| text.starts_with("Test survey"));
    assert_eq!(crumb.map(|(_, lang)| lang).as_deref(), Some("en"), "the survey's title in the breadcrumbs is marked with its language");
    let (_, html) = app.get(&path("notes", "/answer?lang=en")).await;
    assert!(texts(&html, ".fallback-note").is_empty(), "nothing to note in English");
    // The results too: one note for the page.
    for _ in 0..5 {
        assert_eq!(send(app, &app.client(), "notes", 0, "next", "ok why", &[("q.ok", "yes")]).await, path("notes", "/thanks"));
    }
    let (_, html) = app.get(&path("notes", "/results?lang=ur")).await;
    assert!(!texts(&html, "table.results").is_empty(), "the results are shown");
    assert_eq!(texts(&html, ".fallback-note").len(), 1, "one note on the results page: {:?}", texts(&html, ".fallback-note"));
}

/// A form that creates something acts once per token: the codes form or the add-question form
/// sent twice with the page's token (a double click without JavaScript, a re-sent post) creates
/// one batch and one question, and both answers lead to the same place; a token the server did
/// not make is refused and creates nothing.
async fn creating_forms_act_once(app: &TestApp) {
    let id = survey(app, "twice", Access::Codes, SHORT, |new| new.published = false).await;
    make(app, "twice@example.org", Role::Facilitator).await;
    let f = signed_in(app, "twice@example.org").await;
    let codes_page = path("twice", "/codes");
    let (_, html) = page(app, &f, &codes_page).await;
    let token = attr(&html, "form input[name=once]", "value").expect("the codes form carries a token");
    let (_, again) = page(app, &f, &codes_page).await;
    assert_ne!(attr(&again, "form input[name=once]", "value").as_deref(), Some(token.as_str()), "each page gets its own token");
    let form = [("plan", PLAN), ("survey", "twice"), ("count", "5"), ("once", token.as_str())];
    let (first, second) = tokio::join!(
        form_post(app, &f, "/api/surveys/create_codes", &codes_page, &form),
        form_post(app, &f, "/api/surveys/create_codes", &codes_page, &form)
    );
    assert_eq!((location(&first), location(&second)), (path("twice", "/codes"), path("twice", "/codes")));
    let third = form_post(app, &f, "/api/surveys/create_codes", &codes_page, &form).await;
    assert_eq!(location(&third), path("twice", "/codes"));
    let count = || async { survey_codes::Entity::find().filter(survey_codes::Column::SurveyId.eq(id)).count(&app.db).await.expect("q") };
    assert_eq!(count().await, 5, "three posts of one form: one batch of 5 codes");
    let other = [("plan", PLAN), ("survey", "twice"), ("count", "2"), ("once", "not-a-token")];
    assert!(outcome(form_post(app, &f, "/api/surveys/create_codes", &codes_page, &other).await).await.starts_with("refused"));
    assert_eq!(count().await, 5, "a made-up token creates nothing");
    // The add-question form of the builder: same token twice, one question.
    let edit = path("twice", "/edit?lang=pt-PT");
    let (_, html) = page(app, &f, &edit).await;
    let token = attr(&html, "form.add-question input[name=once]", "value").expect("the add-question form carries a token");
    let form = [("plan", PLAN), ("survey", "twice"), ("section", "0"), ("kind", "yes_no"), ("text", "Volta?"), ("lang", "pt-PT"), ("once", token.as_str())];
    let (first, second) = tokio::join!(
        form_post(app, &f, "/api/surveys/add_question", &edit, &form),
        form_post(app, &f, "/api/surveys/add_question", &edit, &form)
    );
    assert_eq!(location(&first), location(&second));
    assert!(location(&first).ends_with("#edit-q1"), "{}", location(&first));
    let questions = SurveyDefinition::parse(&survey_row(app, "twice").await.definition).expect("definition").questions().count();
    assert_eq!(questions, 3, "two questions and the one added once");
}

async fn results_are_linked_as_evidence_to_measures(app: &TestApp) {
    // The demo links two results; the measure page says why it exists.
    let (status, html) = app.get(&format!("/plans/{PLAN}/measures/VL-LIN-03?lang=en")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "#evidence-heading"), "Why this measure: what people said");
    let evidence = text(&html, ".grounds");
    assert!(evidence.contains("Your voice in the plan") && evidence.contains("little or no spoken Portuguese"), "{evidence}");
    assert_eq!(attr(&html, ".grounds a", "href").as_deref(), Some(path("your-voice", "/results#r-portuguese").as_str()));
    let (_, html) = app.get(&format!("/plans/{PLAN}/measures/VL-CA-01?lang=en")).await;
    assert!(text(&html, ".evidence").contains("No results of participation"), "{}", text(&html, ".evidence"));
    // A facilitator links the priorities question to VL-CA-01 from the results page.
    make(app, "ev@example.org", Role::Facilitator).await;
    let f = signed_in(app, "ev@example.org").await;
    let (_, html) = page(app, &f, &path("your-voice", "/results")).await;
    assert!(!texts(&html, "#r-priorities ~ .link-evidence, .link-evidence summary").is_empty(), "the link form is offered");
    let form = [("plan", PLAN), ("outcome", "survey_question:your-voice/priorities"), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", "Participation came first in the answers."), ("lang", "en")];
    let res = form_post(app, &f, "/api/evidence/link", &path("your-voice", "/results"), &form).await;
    assert_eq!(location(&res), path("your-voice", "/results#r-priorities"));
    let (_, html) = app.get(&format!("/plans/{PLAN}/measures/VL-CA-01?lang=en")).await;
    assert!(text(&html, ".grounds").contains("Participation came first in the answers."));
    let (_, html) = app.get(&path("your-voice", "/results?lang=en")).await;
    assert!(texts(&html, ".linked-measures li").iter().any(|l| l.contains("VL-CA-01")), "the results page shows where they were used");
    assert!(texts(&html, ".link-evidence").is_empty(), "the public gets no link form");
    assert!(audit_log::Entity::find().filter(audit_log::Column::Action.eq("evidence.linked")).one(&app.db).await.expect("q").is_some());
    // The same link again (a double click, a second facilitator): still one link, its rationale
    // now in Portuguese too.
    let again = [("plan", PLAN), ("outcome", "survey_question:your-voice/priorities"), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", "A participação veio primeiro."), ("lang", "pt-PT")];
    let res = form_post(app, &f, "/api/evidence/link", &path("your-voice", "/results"), &again).await;
    assert_eq!(location(&res), path("your-voice", "/results#r-priorities"));
    let form_post_again = form_post(app, &f, "/api/evidence/link", &path("your-voice", "/results"), &form).await;
    assert_eq!(location(&form_post_again), path("your-voice", "/results#r-priorities"));
    let (_, html) = app.get(&format!("/plans/{PLAN}/measures/VL-CA-01?lang=en")).await;
    assert_eq!(texts(&html, ".grounds > li").len(), 1, "one link, shown once");
    let (_, html) = app.get(&format!("/plans/{PLAN}/measures/VL-CA-01?lang=pt-PT")).await;
    assert!(text(&html, ".grounds").contains("A participação veio primeiro."));
    // Bad input changes nothing; residents cannot link.
    let empty = [("plan", PLAN), ("outcome", "survey_question:your-voice/priorities"), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", "  "), ("lang", "en")];
    assert!(outcome(form_post(app, &f, "/api/evidence/link", &path("your-voice", "/results"), &empty).await).await.starts_with("refused"));
    let unknown = [("plan", PLAN), ("outcome", "survey_question:your-voice/nope"), ("measure", "VL-CA-01"), ("stance", "supports"), ("rationale", "x"), ("lang", "en")];
    assert!(outcome(form_post(app, &f, "/api/evidence/link", &path("your-voice", "/results"), &unknown).await).await.starts_with("refused"));
    let resident = signed_in(app, "res@example.org").await;
    let res = resident.post(app.url("/api/evidence/link")).header("origin", &app.base).form(&form).send().await.expect("post");
    assert_eq!(res.status(), 403);
    let count = |db: &sea_orm::DatabaseConnection| {
        let db = db.clone();
        async move {
            use ponte_app::entity::evidence_links as links;
            links::Entity::find().filter(links::Column::SourceKind.eq("survey_question")).count(&db).await.expect("count")
        }
    };
    assert_eq!(count(&app.db).await, 3, "two survey results linked by the demo and one here");
}

backends!(
    results_are_linked_as_evidence_to_measures,
    facilitators_build_translate_and_publish_a_survey,
    creating_forms_act_once,
    number_results_show_mean_and_median,
    untranslated_texts_are_noted_once_and_keep_their_language,
    every_question_type_is_answered_without_javascript_and_stored_anonymously,
    anonymity_is_structural,
    bad_answers_are_explained_and_nothing_is_stored,
    conditions_are_applied_by_the_server,
    save_resume_back_and_language_switch_keep_the_answers,
    single_use_codes_give_exactly_one_response_even_in_a_race,
    responses_sent_together_are_each_stored_or_refused_alone,
    signed_in_surveys_take_one_response_per_account_and_keep_it_anonymous,
    closed_and_draft_surveys_take_no_answers,
    facilitators_enter_paper_and_interview_responses,
    results_hide_small_groups_but_not_from_facilitators,
    exports_open_in_a_spreadsheet_and_neutralise_formulas,
    the_demo_survey_is_listed_and_starts_in_every_language,
);

mod housekeeping {
    use super::*;

    /// Answers in progress are kept 30 days, then removed with other expired records.
    async fn expired_drafts_are_purged(app: &TestApp) {
        let client = app.client();
        survey(app, "purge", Access::Open, FIXTURE, |_| {}).await;
        send(app, &client, "purge", 0, "save", "where", &[("q.where", "serra")]).await;
        assert_eq!(survey_drafts::Entity::find().count(&app.db).await.expect("c"), 1);
        let now = chrono::Utc::now();
        let purged = ponte_tests::ponte_server::maintenance::purge(&app.db, now).await.expect("purge");
        assert_eq!(purged.drafts, 0, "a fresh draft stays");
        let later = now + chrono::Duration::days(31);
        let purged = ponte_tests::ponte_server::maintenance::purge(&app.db, later).await.expect("purge");
        assert_eq!(purged.drafts, 1);
        assert_eq!(survey_drafts::Entity::find().count(&app.db).await.expect("c"), 0);
        let (_, html) = page(app, &client, &path("purge", "/answer")).await;
        assert_eq!(attr(&html, "#f-where-serra", "checked"), None, "the browser starts afresh");
    }

    backends!(expired_drafts_are_purged);
}

mod limits {
    use super::*;
    use ponte_app::site::SiteInfo;

    /// One address may send only so many responses to an open survey per hour (a crowded
    /// municipal Wi-Fi gets the default of 200; here the limit is 2).
    async fn open_surveys_limit_responses_per_address(backend: Backend) {
        let Some(app) = TestApp::spawn_tuned(backend, true, SiteInfo { contact_email: None }, |s| s.survey_responses_per_hour = 2).await else {
            return;
        };
        let id = survey(&app, "limited", Access::Open, SHORT, |_| {}).await;
        for _ in 0..2 {
            assert_eq!(send(&app, &app.client(), "limited", 0, "next", "ok why", &[("q.ok", "yes")]).await, path("limited", "/thanks"));
        }
        let third = send(&app, &app.client(), "limited", 0, "next", "ok why", &[("q.ok", "yes")]).await;
        assert_eq!(third, path("limited", "?error=rate-limited"));
        let (_, html) = page(&app, &app.client(), &third).await;
        assert!(text(&html, "#notice").contains("in the last hour"), "{}", text(&html, "#notice"));
        assert_eq!(responses(&app, id).await.len(), 2);
        app.stop().await;
    }

    /// Answers in progress keep only the survey's own fields within their limits, one address
    /// may write them only so often, and a survey keeps only so many at once: no one can fill the
    /// disk with drafts (3 clients once stored 701 MB in 15 s).
    async fn answers_in_progress_are_bounded(backend: Backend) {
        let Some(app) = TestApp::spawn_tuned(backend, true, SiteInfo { contact_email: None }, |s| s.survey_responses_per_hour = 1).await else {
            return;
        };
        let id = survey(&app, "bounded", Access::Open, SHORT, |_| {}).await;
        let client = app.client();
        let junk = "j".repeat(1_000);
        let long = "w".repeat(50_000);
        let mut form: Vec<(&str, &str)> = vec![("q.ok", "yes"), ("q.why", long.as_str())];
        let names: Vec<String> = (0..1_500).map(|i| format!("q.junk{i}")).collect();
        form.extend(names.iter().map(|n| (n.as_str(), junk.as_str())));
        assert_eq!(send(&app, &client, "bounded", 0, "save", "ok why", &form).await, path("bounded", "/saved"));
        let draft = survey_drafts::Entity::find().filter(survey_drafts::Column::SurveyId.eq(id)).one(&app.db).await.expect("q").expect("draft");
        let kept = draft.pending.unwrap_or_default();
        assert!(kept.len() < 2_000, "only the survey's fields, each within its limit: {} bytes kept", kept.len());
        assert!(kept.contains("q.why") && !kept.contains("q.junk"), "{kept}");
        // Ten writes per response an address may send (here 1 per hour), then "try later".
        for _ in 1..10 {
            assert_eq!(send(&app, &client, "bounded", 0, "save", "ok why", &[("q.ok", "yes")]).await, path("bounded", "/saved"));
        }
        let refused = send(&app, &client, "bounded", 0, "save", "ok why", &[("q.ok", "yes")]).await;
        assert_eq!(refused, path("bounded", "?error=rate-limited"));
        // A survey that already keeps the most drafts it may takes no new one.
        let now = chrono::Utc::now();
        let rows: Vec<survey_drafts::ActiveModel> = (0..service::DRAFTS_PER_SURVEY)
            .map(|i| survey_drafts::ActiveModel {
                survey_id: sea_orm::ActiveValue::Set(id),
                token_hash: sea_orm::ActiveValue::Set(format!("filler-{i}")),
                section: sea_orm::ActiveValue::Set(0),
                lang: sea_orm::ActiveValue::Set("pt-PT".into()),
                channel: sea_orm::ActiveValue::Set("online".into()),
                answers: sea_orm::ActiveValue::Set("{}".into()),
                updated_at: sea_orm::ActiveValue::Set(now),
                expires_at: sea_orm::ActiveValue::Set(now + chrono::Duration::days(1)),
                ..Default::default()
            })
            .collect();
        for chunk in rows.chunks(1_000) {
            survey_drafts::Entity::insert_many(chunk.to_vec()).exec_without_returning(&app.db).await.expect("fill");
        }
        let newcomer = send(&app, &app.client(), "bounded", 0, "save", "ok why", &[("q.ok", "no")]).await;
        assert_eq!(newcomer, path("bounded", "?error=rate-limited"));
        let count = survey_drafts::Entity::find().filter(survey_drafts::Column::SurveyId.eq(id)).count(&app.db).await.expect("count");
        assert_eq!(count, service::DRAFTS_PER_SURVEY + 1, "no draft was added");
        app.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn drafts_sqlite() {
        answers_in_progress_are_bounded(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn drafts_postgres() {
        answers_in_progress_are_bounded(Backend::Postgres).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        open_surveys_limit_responses_per_address(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        open_surveys_limit_responses_per_address(Backend::Postgres).await;
    }
}
