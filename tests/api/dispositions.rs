//! Answers to every input (issue 12, item 5): the plan's facilitators answer each comment and
//! each entity's position with a decision, a reason and the later version that carries the
//! change; the answer shows under the input and on the public "How your input was used" page,
//! which filters by measure, channel, language and decision and counts by decision; bad answers
//! change nothing; only the plan's facilitators answer.

use chrono::Duration;
use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role},
    entity::{audit_log, consultation_dispositions, consultation_positions, outbox, users},
};
use ponte_tests::{Coding, TestApp, backends, download};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, outcome, signed_in},
    attr,
    consultations::{MEASURE, comment, open, without_the_demo_consultation},
    surveys::{PLAN, make, once, page},
    text, texts,
};

fn measure() -> String {
    format!("/plans/{PLAN}/measures/{MEASURE}")
}

async fn answer(app: &TestApp, client: &reqwest::Client, kind: &str, id: i32, changes: &[(&str, &str)]) -> String {
    let id = id.to_string();
    let mut form: Vec<(&str, String)> = vec![
        ("plan", PLAN.into()),
        ("consultation", "c1".into()),
        ("kind", kind.into()),
        ("id", id),
        ("decision", "partly_accepted".into()),
        ("reason", "Vamos abrir turmas às 20h30 na sede do concelho; nas freguesias ainda não há salas.".into()),
        ("changed_in", "2".into()),
    ];
    for (name, value) in changes {
        form.retain(|(n, _)| n != name);
        form.push((name, (*value).to_owned()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (*n, v.as_str())).collect();
    outcome(form_post(app, client, "/api/consultations/answer", &measure(), &form).await).await
}

async fn answers(app: &TestApp) -> u64 {
    consultation_dispositions::Entity::find().count(&app.db).await.expect("count")
}

async fn facilitators_answer_every_input_and_everyone_sees_how_it_was_used(app: &TestApp) {
    without_the_demo_consultation(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    // On version 1, so that version 2 is the later one an answer can point to.
    assert!(open(app, &facilitator, &once(), &[("version", "1")]).await.ends_with("/c1"));
    let resident = signed_in(app, "someone@example.org").await;
    let sent = comment(app, &resident, &[]).await;
    let comment_id: i32 = sent.rsplit('-').next().and_then(|n| n.parse().ok()).expect("comment id");
    let grant = people::GrantRequest { email: EmailAddress::parse("rep@example.org").expect("email"), role: Role::AssociationRep, plan_slug: Some(PLAN.into()), entity_slug: Some("associacao-himal".into()) };
    people::grant_role(&app.db, None, grant).await.expect("grant");
    let rep = signed_in(app, "rep@example.org").await;
    let form = [("plan", PLAN), ("code", MEASURE), ("consultation", "c1"), ("entity", "associacao-himal"), ("stance", "supports"), ("statement", "Apoiamos."), ("lang", "pt-PT"), ("once", &once())];
    assert!(outcome(form_post(app, &rep, "/api/consultations/position", &measure(), &form).await).await.contains("#position-"));
    let position_id = consultation_positions::Entity::find().one(&app.db).await.expect("q").expect("position").id;
    let yesterday = (ponte_tests::plan_today() - Duration::days(1)).to_string();
    let paper = [("plan", PLAN), ("code", MEASURE), ("consultation", "c1"), ("channel", "paper"), ("received_on", yesterday.as_str()), ("name", ""), ("anchor", "measure"), ("body", "Falta uma creche."), ("lang", "pt-PT"), ("once", &once())];
    assert!(outcome(form_post(app, &facilitator, "/api/consultations/enter", &measure(), &paper).await).await.contains("#comment-"));

    let answered_before = audit_log::Entity::find().filter(audit_log::Column::Action.eq("consultation.input_answered")).count(&app.db).await.expect("count");
    // The answer forms are the facilitators'.
    let shown = format!("#comment-{comment_id}");
    let (_, html) = page(app, &resident, &measure()).await;
    assert!(texts(&html, ".answer-form").is_empty());
    let (_, html) = page(app, &facilitator, &measure()).await;
    assert_eq!(texts(&html, &format!("{shown} .answer-form summary")), ["Answer"]);
    assert_eq!(texts(&html, &format!("#answer-comment-{comment_id}-changed option")), ["No change to the text", "Version 2 of the draft"]);

    // Answered, pointing to the change in version 2; shown under the comment for everyone.
    assert_eq!(answer(app, &facilitator, "comment", comment_id, &[]).await, format!("{}#comment-{comment_id}", measure()));
    let (_, html) = page(app, &app.client(), &measure()).await;
    assert_eq!(text(&html, &format!("{shown} .disposition .badge")), "Partly accepted");
    assert!(text(&html, &format!("{shown} .disposition")).contains("Vamos abrir turmas às 20h30"));
    assert_eq!(attr(&html, &format!("{shown} .disposition a"), "href").as_deref(), Some(format!("/plans/{PLAN}/measures/{MEASURE}/changes?from=1&to=2").as_str()));
    // The position too; changing an answer keeps one answer.
    assert!(answer(app, &facilitator, "position", position_id, &[("decision", "noted"), ("changed_in", "")]).await.ends_with("#positions"));
    assert!(answer(app, &facilitator, "position", position_id, &[("decision", "accepted"), ("changed_in", "")]).await.ends_with("#positions"));
    assert_eq!(answers(app).await, 2);
    let (_, html) = page(app, &app.client(), &measure()).await;
    assert_eq!(text(&html, "#position-associacao-himal .disposition .badge"), "Accepted");
    let audited = audit_log::Entity::find().filter(audit_log::Column::Action.eq("consultation.input_answered")).count(&app.db).await.expect("count");
    assert_eq!(audited, answered_before + 3, "every answer audited");

    // Bad answers change nothing; residents answer nothing.
    for (changes, message) in [
        (vec![("decision", "maybe")], "Something in this form is not allowed."),
        (vec![("reason", "  ")], "Give the reason"),
        (vec![("changed_in", "1")], "This version of the draft has not been published."),
        (vec![("changed_in", "9")], "This version of the draft has not been published."),
        (vec![("changed_in", "two")], "This version of the draft has not been published."),
    ] {
        let refused = answer(app, &facilitator, "comment", comment_id, &changes).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{changes:?}: {refused}");
    }
    assert!(answer(app, &facilitator, "reply", comment_id, &[]).await.starts_with("refused"));
    assert!(answer(app, &facilitator, "comment", 999_999, &[]).await.starts_with("refused"));
    assert!(!answer(app, &resident, "comment", comment_id, &[("decision", "accepted")]).await.starts_with("/plans"));
    let stored = consultation_dispositions::Entity::find().filter(consultation_dispositions::Column::InputKind.eq("comment")).one(&app.db).await.expect("q").expect("answer");
    assert_eq!((stored.decision.as_str(), stored.changed_in), ("partly_accepted", Some(2)));

    // "How your input was used": every input with its answer, counted and filtered.
    let inputs = format!("/plans/{PLAN}/consultations/c1/inputs");
    let (status, html) = page(app, &app.client(), &inputs).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "#inputs-counts"), "3 inputs");
    let counts = texts(&html, "ul[aria-labelledby=inputs-counts] li");
    for expected in ["Accepted: 1", "Partly accepted: 1", "Not accepted: 0", "Not answered yet: 1"] {
        assert!(counts.iter().any(|c| c == expected), "{expected} in {counts:?}");
    }
    assert_eq!(texts(&html, "ol.inputs > li").len(), 3);
    let (_, html) = page(app, &app.client(), &format!("{inputs}?decision=none")).await;
    assert_eq!(texts(&html, "ol.inputs > li .comment-body"), ["Falta uma creche."]);
    assert_eq!(text(&html, "ol.inputs > li .muted"), "Not answered yet");
    let (_, html) = page(app, &app.client(), &format!("{inputs}?channel=paper")).await;
    assert_eq!(texts(&html, "ol.inputs > li").len(), 1);
    let (_, html) = page(app, &app.client(), &format!("{inputs}?written=en")).await;
    assert_eq!(texts(&html, "ol.inputs > li .comment-body"), ["Classes at night, please: many of us work until 19:00."]);
    let (_, html) = page(app, &app.client(), &format!("{inputs}?measure=VL-CA-01")).await;
    assert_eq!(text(&html, "main p.muted"), "No input matches these choices.");
    assert_eq!(text(&html, "#inputs-counts"), "0 inputs");
    // Hostile filters are only filters.
    let (status, html) = page(app, &app.client(), &format!("{inputs}?decision=%3Cscript%3E&written=%22%3E&measure=x")).await;
    assert_eq!(status, 200);
    assert!(!html.contains("<script>alert") && text(&html, "#inputs-counts") == "0 inputs");
}

async fn emails(app: &TestApp, kind: &str) -> Vec<outbox::Model> {
    outbox::Entity::find().filter(outbox::Column::Kind.eq(kind)).all(&app.db).await.expect("q")
}

async fn authors_are_emailed_once_in_their_language_and_can_stop_it_in_one_click(app: &TestApp) {
    without_the_demo_consultation(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    assert!(open(app, &facilitator, &once(), &[("version", "1")]).await.ends_with("/c1"));
    let resident = signed_in(app, "sunita@example.org").await;
    // She reads Ponte in Nepali.
    let person = users::Entity::find().filter(users::Column::Email.eq("sunita@example.org")).one(&app.db).await.expect("q").expect("user");
    let mut nepali: users::ActiveModel = person.clone().into();
    nepali.preferred_lang = Set("ne".into());
    nepali.update(&app.db).await.expect("lang");
    let sent = comment(app, &resident, &[]).await;
    let id: i32 = sent.rsplit('-').next().and_then(|n| n.parse().ok()).expect("comment id");

    // Answered, then the answer changed: one email, in Nepali, with the answer and the links.
    assert!(answer(app, &facilitator, "comment", id, &[]).await.contains("#comment-"));
    assert!(answer(app, &facilitator, "comment", id, &[("decision", "accepted")]).await.contains("#comment-"));
    let sent = emails(app, "consultation-answer").await;
    assert_eq!(sent.len(), 1, "told once");
    let email = &sent[0];
    assert_eq!((email.to_address.as_str(), email.lang.as_str()), ("sunita@example.org", "ne"));
    let expected = ponte_app::i18n::Locale::from_tag("ne").expect("ne").t_args("consultations-email-subject", &[("code", MEASURE.into())]);
    assert_eq!(email.subject, expected);
    assert!(email.text_body.contains("Vamos abrir turmas às 20h30"), "the reason: {}", email.text_body);
    assert!(email.text_body.contains(&format!("/plans/{PLAN}/measures/{MEASURE}#comment-{id}")));
    let stop = email.unsubscribe_url.clone().expect("a one-click unsubscribe address");
    assert!(stop.starts_with(&format!("{}/unsubscribe/{}.", app.base, person.id)), "{stop}");
    assert!(email.text_body.contains(&stop), "and the same link in the text");

    // A tampered link stops nothing; the mail client's one-click POST (from no page of ours) does.
    let path = stop.trim_start_matches(&app.base).to_owned();
    let tampered = format!("/unsubscribe/{}.{}", person.id + 1, path.rsplit('.').next().unwrap_or_default());
    let res = reqwest::Client::new().post(app.url(&tampered)).body("List-Unsubscribe=One-Click").send().await.expect("post");
    assert_eq!(res.status(), 400);
    let wants = |app: &TestApp| {
        let db = app.db.clone();
        async move { users::Entity::find().filter(users::Column::Email.eq("sunita@example.org")).one(&db).await.expect("q").expect("user").notify_email }
    };
    assert!(wants(app).await);
    let res = reqwest::Client::new()
        .post(app.url(&path))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 200);
    assert!(!wants(app).await, "unsubscribed without signing in");
    // The link opened in a browser: a page with one button, in the reader's language, then done.
    let (status, html) = page(app, &app.client(), &path).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Stop emails from Ponte");
    let token = path.trim_start_matches("/unsubscribe/");
    let done = outcome(form_post(app, &app.client(), "/api/accounts/unsubscribe", &path, &[("token", token)]).await).await;
    assert_eq!(done, format!("{path}?done=1"));
    let refused = outcome(form_post(app, &app.client(), "/api/accounts/unsubscribe", &path, &[("token", "1.forged")]).await).await;
    assert!(refused.starts_with("refused"), "{refused}");

    // Unsubscribed: the next answer to her tells her nothing.
    let second = comment(app, &resident, &[("body", "E ao sábado?")]).await;
    let second: i32 = second.rsplit('-').next().and_then(|n| n.parse().ok()).expect("comment id");
    assert!(answer(app, &facilitator, "comment", second, &[("decision", "noted"), ("changed_in", "")]).await.contains("#comment-"));
    assert_eq!(emails(app, "consultation-answer").await.len(), 1);
}

/// The demo consultation downloaded as a browser fetches it (compressed): CSV and JSON hold the
/// same inputs, every visible comment, reply and position filing, with answers; nothing hidden
/// or removed; no cell a spreadsheet would run as a formula.
async fn every_input_downloads_as_csv_and_json(app: &TestApp) {
    use ponte_app::entity::consultation_comments as all;
    let base = format!("/plans/{PLAN}/consultations/c1");
    let visible = all::Entity::find().filter(all::Column::State.eq("visible")).count(&app.db).await.expect("count") as usize;
    let filings = consultation_positions::Entity::find().count(&app.db).await.expect("count") as usize;
    // A hostile comment: a formula, as a resident could type it.
    let resident = signed_in(app, "someone@example.org").await;
    assert!(comment(app, &resident, &[("body", "=HYPERLINK(\"http://evil.example\",\"x\")")]).await.contains("#comment-"));
    // Written at 23:30 UTC on a summer evening: already the next day in Lisbon, the plan's day.
    let hostile = all::Entity::find().filter(all::Column::Body.starts_with("=HYPERLINK")).one(&app.db).await.expect("q").expect("comment");
    let summer_night = chrono::DateTime::parse_from_rfc3339("2026-07-14T23:30:00Z").expect("instant").with_timezone(&chrono::Utc);
    all::ActiveModel { id: Set(hostile.id), created_at: Set(summer_night), ..Default::default() }.update(&app.db).await.expect("update");
    let mut bodies = Vec::new();
    for coding in [Coding::Identity, Coding::Gzip, Coding::Brotli] {
        let (status, headers, body) = download(&app.client(), &app.url(&format!("{base}/export.csv")), coding).await;
        assert_eq!(status, 200);
        assert!(headers.get("content-disposition").and_then(|v| v.to_str().ok()).is_some_and(|v| v.contains(".csv")));
        bodies.push(body);
    }
    assert!(bodies.iter().all(|b| *b == bodies[0]), "the same file however it travels");
    let csv = String::from_utf8(bodies.remove(0)).expect("utf-8");
    assert!(csv.starts_with('\u{feff}'), "a byte order mark for spreadsheets");
    let mut reader = csv::Reader::from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
    let records: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("record")).collect();
    assert_eq!(records.len(), visible + 1 + filings, "every visible comment and reply, and every filing");
    let formula = records.iter().find(|r| &r[13] == "'=HYPERLINK(\"http://evil.example\",\"x\")").expect("the formula neutralised");
    assert_eq!(&formula[9], "2026-07-15", "dated by the plan's clock, not UTC's");
    assert!(!csv.contains("Cursos de português certificados em 3 dias"), "the removed advertisement is not in it");
    assert!(!csv.contains("@demo.invalid") && !csv.contains("@example.org"), "no email address");
    assert!(records.iter().any(|r| &r[0] == "position" && &r[16] == "partly_accepted"), "answers to positions");
    assert!(records.iter().filter(|r| &r[0] == "comment" && !r[16].is_empty()).count() >= 25, "answers to comments");
    assert!(records.iter().any(|r| &r[8] == "paper"), "comments received on paper");
    let (status, _, json) = download(&app.client(), &app.url(&format!("{base}/export.json")), Coding::Gzip).await;
    assert_eq!(status, 200);
    let json: serde_json::Value = serde_json::from_slice(&json).expect("json");
    assert_eq!(json["inputs"].as_array().map(Vec::len), Some(records.len()), "CSV and JSON agree");
    // The printable page: every input on one page, no forms.
    let (status, html) = page(app, &app.client(), &format!("{base}/inputs?print=1")).await;
    assert_eq!(status, 200);
    assert!(texts(&html, "ol.inputs > li").len() > ponte_app::consultations::domain::INPUTS_PER_PAGE as usize, "all on one page");
    assert!(texts(&html, "main form").is_empty());
    // An unknown consultation is a 404, not a file.
    let (status, _, _) = download(&app.client(), &app.url(&format!("/plans/{PLAN}/consultations/c9/export.csv")), Coding::Identity).await;
    assert_eq!(status, 404);
}

backends!(
    facilitators_answer_every_input_and_everyone_sees_how_it_was_used,
    authors_are_emailed_once_in_their_language_and_can_stop_it_in_one_click,
    every_input_downloads_as_csv_and_json
);
