//! The public consultation of the draft (issue 12, first part): facilitators open a consultation
//! on a published version, its closing day counted in working days; while it is open, signed-in
//! people comment on a measure or on one part of it (chosen by a link beside that part), reply
//! once and react; what they write is sanitised; bad input is refused with its message and
//! stores nothing; a closed consultation takes nothing; residents and other plans' facilitators
//! open nothing.

use chrono::Duration;
use ponte_app::{
    accounts::roles::Role,
    entity::{consultation_comments, consultation_reactions, consultations, users},
    plans::calendar::{Calendar, Region},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, outcome, signed_in},
    attr,
    surveys::{PLAN, make, once, page},
    text, texts,
};

pub(crate) const MEASURE: &str = "VL-LIN-03";

pub(crate) async fn name(app: &TestApp, email: &str, display: &str) {
    let user = users::Entity::find().filter(users::Column::Email.eq(email)).one(&app.db).await.expect("q").expect("user");
    let mut user: users::ActiveModel = user.into();
    user.display_name = Set(Some(display.to_owned()));
    user.update(&app.db).await.expect("name");
}

async fn comments(app: &TestApp) -> u64 {
    consultation_comments::Entity::find().count(&app.db).await.expect("count")
}

/// Opens a consultation as `client` with `changes` to a valid form; where the server sent it.
pub(crate) async fn open(app: &TestApp, client: &reqwest::Client, token: &str, changes: &[(&str, &str)]) -> String {
    let today = ponte_tests::plan_today();
    let opens = (today - Duration::days(1)).to_string();
    let mut form: Vec<(&str, String)> = vec![
        ("plan", PLAN.into()),
        ("title", "Consulta pública do projeto de plano".into()),
        ("intro", "Diga-nos o que pensa das medidas.".into()),
        ("version", "2".into()),
        ("channels[]", "web".into()),
        ("channels[]", "paper".into()),
        ("languages[]", "pt-PT".into()),
        ("languages[]", "en".into()),
        ("opens_on", opens),
        ("closes_on", String::new()),
        ("working_days", "30".into()),
        ("once", token.into()),
    ];
    for (name, value) in changes {
        form.retain(|(n, _)| n != name);
        if !value.is_empty() || !name.ends_with("[]") {
            form.push((name, (*value).to_owned()));
        }
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (*n, v.as_str())).collect();
    outcome(form_post(app, client, "/api/consultations/open", &format!("/plans/{PLAN}/consultations"), &form).await).await
}

/// A comment as the measure page's form sends it, with `changes`; where the server sent it.
pub(crate) async fn comment(app: &TestApp, client: &reqwest::Client, changes: &[(&str, &str)]) -> String {
    let mut form: Vec<(&str, String)> = vec![
        ("plan", PLAN.into()),
        ("code", MEASURE.into()),
        ("consultation", "c1".into()),
        ("anchor", "objective-1".into()),
        ("body", "Classes at night, please: many of us work until 19:00.".into()),
        ("lang", "en".into()),
        ("shown_as", "resident".into()),
        ("municipality", "ribeira-do-lirio".into()),
        ("parent", String::new()),
        ("once", once()),
    ];
    for (name, value) in changes {
        form.retain(|(n, _)| n != name);
        form.push((name, (*value).to_owned()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (*n, v.as_str())).collect();
    outcome(form_post(app, client, "/api/consultations/comment", &format!("/plans/{PLAN}/measures/{MEASURE}"), &form).await).await
}

async fn react(app: &TestApp, client: &reqwest::Client, reaction: &str) -> String {
    let form = [("plan", PLAN), ("code", MEASURE), ("consultation", "c1"), ("reaction", reaction)];
    outcome(form_post(app, client, "/api/consultations/react", &format!("/plans/{PLAN}/measures/{MEASURE}"), &form).await).await
}

/// The demo's consultation goes: these tests open their own.
pub(crate) async fn without_the_demo_consultation(app: &TestApp) {
    consultations::Entity::delete_many().exec(&app.db).await.expect("delete");
    ponte_app::entity::moderation_flags::Entity::delete_many().exec(&app.db).await.expect("delete");
    ponte_app::entity::moderation_log::Entity::delete_many().exec(&app.db).await.expect("delete");
    use ponte_app::entity::audit_log;
    audit_log::Entity::delete_many().filter(audit_log::Column::Action.starts_with("moderation.")).exec(&app.db).await.expect("delete");
}

async fn residents_comment_on_parts_of_measures_while_a_consultation_is_open(app: &TestApp) {
    without_the_demo_consultation(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    name(app, "f@example.org", "Equipa do PMIM").await;
    let measure = format!("/plans/{PLAN}/measures/{MEASURE}");

    // Nothing open yet: the measure page says nothing of a consultation.
    let (_, html) = page(app, &resident, &measure).await;
    assert!(texts(&html, "#consultation").is_empty());
    assert!(texts(&html, "a.comment-on").is_empty());

    // The facilitator opens one for 30 working days from yesterday (a double click opens one).
    let token = once();
    let consultation = format!("/plans/{PLAN}/consultations/c1");
    assert_eq!(open(app, &facilitator, &token, &[]).await, consultation);
    assert_eq!(open(app, &facilitator, &token, &[]).await, consultation, "a double click opens one");
    let row = consultations::Entity::find().one(&app.db).await.expect("q").expect("consultation");
    assert_eq!(consultations::Entity::find().count(&app.db).await.expect("count"), 1);
    let yesterday = ponte_tests::plan_today() - Duration::days(1);
    let calendar = Calendar { region: Some(Region::Mainland), ..Default::default() };
    assert_eq!(row.closes_on, calendar.working_days_after(yesterday.pred_opt().expect("day"), 30));
    assert_eq!(row.working_days, Some(30));

    // Everyone sees it: its page, and on each measure where it stands.
    let (status, html) = page(app, &app.client(), &consultation).await;
    assert_eq!(status, 200);
    assert!(text(&html, "h1").starts_with("Consulta pública do projeto de plano"), "in the plan's language, marked so");
    assert!(text(&html, "main").contains("30 working days"), "{}", text(&html, "main"));
    assert!(texts(&html, "table tbody tr").iter().any(|r| r.contains(MEASURE) && r.contains("0 comments")));
    let (_, html) = page(app, &app.client(), &measure).await;
    assert!(text(&html, "#consultation .notice").contains("Open until"), "{}", text(&html, "#consultation .notice"));
    assert_eq!(text(&html, "#consultation a[href='/sign-in']"), "Sign in to comment and to say what you think of this measure.");
    assert_eq!(attr(&html, "#objective-1 a.comment-on", "href").as_deref(), Some("?comment_on=objective-1#comment-form"));
    assert_eq!(text(&html, "#objective-1 a.comment-on"), "Comment on objective 1");
    assert!(!texts(&html, "#indicator-1 a.comment-on").is_empty(), "indicators and their targets too");
    assert!(texts(&html, "#consultation form").is_empty(), "no forms for the signed out");

    // A resident follows the link beside the first objective: the form has that part chosen.
    let (_, html) = page(app, &resident, &format!("{measure}?comment_on=objective-1")).await;
    assert_eq!(attr(&html, "#comment-anchor option[selected]", "value").as_deref(), Some("objective-1"));
    let hostile = "Classes **at night**, see [the timetable](https://example.org/t).\n\n<script>alert(1)</script> [x](javascript:alert(1))";
    let sent = comment(app, &resident, &[("body", hostile), ("affects_me", "1")]).await;
    let stored = consultation_comments::Entity::find().one(&app.db).await.expect("q").expect("comment");
    assert_eq!(sent, format!("{measure}#comment-{}", stored.id));
    assert_eq!((stored.anchor.as_str(), stored.channel.as_str(), stored.version_id), ("objective-1", "web", row.version_id));
    assert_eq!(stored.body, hostile, "kept as typed");
    let (_, html) = page(app, &app.client(), &measure).await;
    let shown = format!("#comment-{}", stored.id);
    assert!(text(&html, &format!("{shown} .comment-meta")).starts_with("A resident of Ribeira do Lírio"));
    assert!(text(&html, &format!("{shown} .comment-meta")).contains("This affects me"));
    assert!(text(&html, shown.as_str()).contains("About objective 1"));
    assert_eq!(text(&html, &format!("{shown} .comment-body strong")), "at night");
    assert_eq!(attr(&html, &format!("{shown} .comment-body a"), "rel").as_deref(), Some("nofollow ugc noopener noreferrer"));
    assert!(!html.contains("<script>alert(1)") && !html.contains("href=\"javascript:"), "no script reaches the page");
    assert!(text(&html, &format!("{shown} .comment-body")).contains("<script>alert(1)</script>"), "shown as text");
    assert_eq!(attr(&html, &format!("{shown} .comment-body"), "lang").as_deref(), Some("en"));

    // The facilitator replies by name; the reply sits under the comment.
    let reply = comment(app, &facilitator, &[("parent", &stored.id.to_string()), ("anchor", ""), ("shown_as", "name"), ("body", "Obrigado: vamos estudar um horário noturno."), ("lang", "pt-PT")]).await;
    assert!(reply.starts_with(&format!("{measure}#comment-")), "{reply}");
    let (_, html) = page(app, &app.client(), &measure).await;
    assert_eq!(texts(&html, &format!("{shown} .replies .comment-meta strong")), ["Equipa do PMIM"]);
    // A reply to a reply is refused: one level.
    let replies = consultation_comments::Entity::find().filter(consultation_comments::Column::ParentId.is_not_null()).one(&app.db).await.expect("q").expect("reply");
    let refused = comment(app, &resident, &[("parent", &replies.id.to_string())]).await;
    assert!(refused.contains("The comment you are replying to is not there any more."), "{refused}");

    // Reactions: one per person, the last one counts.
    assert!(react(app, &resident, "support").await.ends_with("#reactions"));
    assert!(react(app, &resident, "support").await.ends_with("#reactions"));
    assert!(react(app, &resident, "oppose").await.ends_with("#reactions"));
    assert_eq!(consultation_reactions::Entity::find().count(&app.db).await.expect("count"), 1);
    let (_, html) = page(app, &resident, &measure).await;
    assert_eq!(texts(&html, "#reactions li"), ["I support it: 0", "I am neutral: 0", "I oppose it: 1"]);
    assert_eq!(text(&html, "#reactions > p"), "Your reaction: I oppose it");

    // Signed in (no page cache), the measure with its consultation, comments, replies and
    // reactions stays within its SQL statements.
    let (status, statements) = app.statements_for(&resident, &measure).await;
    assert_eq!(status, 200);
    assert!(statements <= 5, "{statements} statements");

    // Bad input: refused with its message, nothing stored.
    let before = comments(app).await;
    let long = "a".repeat(5_001);
    for (changes, message) in [
        (vec![("body", "   ")], "Write your comment before sending it."),
        (vec![("body", long.as_str())], "too long"),
        (vec![("anchor", "objective-99")], "This part of the measure does not exist"),
        (vec![("anchor", "<script>")], "This part of the measure does not exist"),
        (vec![("shown_as", "name")], "Your account has no display name"),
        (vec![("municipality", "lisboa")], "This municipality is not one of the plan's."),
        (vec![("parent", "999999")], "The comment you are replying to is not there any more."),
        (vec![("lang", "klingon-x-y-z-w")], "language"),
        (vec![("shown_as", "anonymous-admin")], "Something in this form is not allowed."),
    ] {
        let refused = comment(app, &resident, &changes).await;
        assert!(refused.starts_with("refused") && refused.to_lowercase().contains(&message.to_lowercase()), "{changes:?}: {refused}");
    }
    assert!(react(app, &resident, "love").await.starts_with("refused"));
    assert_eq!(comments(app).await, before);
    // Signed out: nothing is taken.
    let res = form_post(app, &app.client(), "/api/consultations/comment", &measure, &[("plan", PLAN), ("code", MEASURE), ("consultation", "c1"), ("anchor", "measure"), ("body", "x"), ("lang", "en"), ("shown_as", "resident"), ("municipality", "ribeira-do-lirio"), ("once", &once())]).await;
    assert_ne!(res.status(), 303, "no comment without signing in");
    assert_eq!(comments(app).await, before);

    // Once closed, the consultation takes nothing more and says so.
    let mut closed: consultations::ActiveModel = row.clone().into();
    closed.closes_on = Set(ponte_tests::plan_today() - Duration::days(1));
    closed.update(&app.db).await.expect("close");
    let refused = comment(app, &resident, &[]).await;
    assert!(refused.contains("This consultation is not open"), "{refused}");
    assert!(react(app, &resident, "support").await.contains("This consultation is not open"));
    assert_eq!(comments(app).await, before);
    let (_, html) = page(app, &resident, &measure).await;
    assert!(text(&html, "#consultation .notice").contains("Closed on"));
    assert!(texts(&html, "#comment-form").is_empty() && texts(&html, "a.comment-on").is_empty());
    assert_eq!(texts(&html, "#consultation .comments > li").len(), 1, "its comments stay readable");
}

async fn only_the_plan_s_facilitators_open_consultations_and_bad_forms_open_nothing(app: &TestApp) {
    without_the_demo_consultation(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    // The form is for facilitators only.
    let (_, html) = page(app, &resident, &format!("/plans/{PLAN}/consultations")).await;
    assert!(texts(&html, "#open-consultation-heading").is_empty());
    assert_eq!(text(&html, "main p.muted"), "No public consultation has been opened for this plan yet.");
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/consultations")).await;
    assert_eq!(texts(&html, "#consultation-version option"), ["On version 2 of the draft", "On version 1 of the draft"]);
    assert!(!open(app, &resident, &once(), &[]).await.starts_with("/plans"), "residents open nothing");

    let tomorrow = (ponte_tests::plan_today() + Duration::days(1)).to_string();
    let today = ponte_tests::plan_today().to_string();
    for (changes, message) in [
        (vec![("channels[]", "")], "Choose at least one way people can take part."),
        (vec![("channels[]", "pigeon")], "Choose at least one way people can take part."),
        (vec![("working_days", "0")], "Write a whole number here"),
        (vec![("working_days", "trinta")], "Write a whole number here"),
        (vec![("working_days", ""), ("opens_on", tomorrow.as_str()), ("closes_on", today.as_str())], "The closing date must be after the opening date."),
        (vec![("working_days", ""), ("closes_on", "")], "This date is not valid."),
        (vec![("version", "9")], "This version of the draft has not been published."),
        (vec![("scope[]", "VL-XX-99")], "This measure is not in the plan."),
        (vec![("languages[]", "de")], "language"),
        (vec![("title", "  ")], "title"),
    ] {
        let refused = open(app, &facilitator, &once(), &changes).await;
        assert!(refused.starts_with("refused") && refused.to_lowercase().contains(&message.to_lowercase()), "{changes:?}: {refused}");
    }
    assert_eq!(consultations::Entity::find().count(&app.db).await.expect("count"), 0);
    // A scheduled consultation (opening tomorrow) is listed, and no measure page shows it yet.
    assert_eq!(open(app, &facilitator, &once(), &[("opens_on", tomorrow.as_str()), ("scope[]", MEASURE)]).await, format!("/plans/{PLAN}/consultations/c1"));
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/consultations")).await;
    assert!(text(&html, "main li.card").contains("Scheduled"), "{}", text(&html, "main li.card"));
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/{MEASURE}")).await;
    assert!(texts(&html, "#consultation").is_empty());
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/consultations/c1")).await;
    assert_eq!(texts(&html, "table tbody tr").len(), 1, "only the measure in scope");
}

/// A comment received offline, as the facilitators' form sends it, with `changes`.
async fn enter(app: &TestApp, client: &reqwest::Client, token: &str, changes: &[(&str, &str)]) -> String {
    let yesterday = (ponte_tests::plan_today() - Duration::days(1)).to_string();
    let mut form: Vec<(&str, String)> = vec![
        ("plan", PLAN.into()),
        ("code", MEASURE.into()),
        ("consultation", "c1".into()),
        ("channel", "paper".into()),
        ("received_on", yesterday),
        ("name", "Maria S.".into()),
        ("anchor", "objective-1".into()),
        ("body", "Preciso de aulas ao sábado.".into()),
        ("lang", "pt-PT".into()),
        ("once", token.into()),
    ];
    for (name, value) in changes {
        form.retain(|(n, _)| n != name);
        form.push((name, (*value).to_owned()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (*n, v.as_str())).collect();
    outcome(form_post(app, client, "/api/consultations/enter", &format!("/plans/{PLAN}/measures/{MEASURE}"), &form).await).await
}

async fn facilitators_enter_comments_received_on_paper_by_email_or_in_person(app: &TestApp) {
    without_the_demo_consultation(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    assert!(open(app, &facilitator, &once(), &[]).await.ends_with("/c1"), "open on the web and on paper");
    let measure = format!("/plans/{PLAN}/measures/{MEASURE}");
    let entries = |app: &TestApp| {
        let db = app.db.clone();
        async move {
            use ponte_app::entity::audit_log;
            audit_log::Entity::find().filter(audit_log::Column::Action.eq("consultation.comment_entered")).count(&db).await.expect("count")
        }
    };
    let entered_before = entries(app).await;

    // The form is the facilitators', offering the consultation's channels besides the web.
    let (_, html) = page(app, &resident, &measure).await;
    assert!(texts(&html, "#offline-form").is_empty());
    let (_, html) = page(app, &facilitator, &measure).await;
    assert_eq!(texts(&html, "#offline-channel option"), ["On a paper form"]);

    // A paper form with a name: entered once (a double click), published with its provenance.
    let token = once();
    let sent = enter(app, &facilitator, &token, &[("affects_me", "1")]).await;
    assert_eq!(enter(app, &facilitator, &token, &[("affects_me", "1")]).await, sent, "a double click enters it once");
    assert_eq!(comments(app).await, 1);
    let row = consultation_comments::Entity::find().one(&app.db).await.expect("q").expect("comment");
    assert_eq!(sent, format!("{measure}#comment-{}", row.id));
    assert_eq!((row.channel.as_str(), row.author_id, row.offline_name.as_deref(), row.anchor.as_str()), ("paper", None, Some("Maria S."), "objective-1"));
    assert_eq!(row.received_on, Some(ponte_tests::plan_today() - Duration::days(1)));
    assert!(row.entered_by.is_some() && row.affects_me);
    let (_, html) = page(app, &app.client(), &measure).await;
    let shown = format!("#comment-{}", row.id);
    assert!(text(&html, &format!("{shown} .comment-meta")).starts_with("Maria S."));
    assert_eq!(text(&html, &format!("{shown} .provenance")), "Entered from a paper form");
    // It counts like any other.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/consultations/c1")).await;
    assert!(texts(&html, "table tbody tr").iter().any(|r| r.contains(MEASURE) && r.contains("1 comment")), "{:?}", texts(&html, "table tbody tr"));
    assert_eq!(entries(app).await, entered_before + 1, "audited");
    // Without a name.
    let unnamed = enter(app, &facilitator, &once(), &[("name", "  ")]).await;
    let (_, html) = page(app, &app.client(), &measure).await;
    let id = unnamed.rsplit('-').next().unwrap_or_default();
    assert!(text(&html, &format!("#comment-{id} .comment-meta")).starts_with("Name not given"));

    // Bad input: refused with its message, nothing stored; residents enter nothing.
    let before = comments(app).await;
    let tomorrow = (ponte_tests::plan_today() + Duration::days(1)).to_string();
    let last_week = (ponte_tests::plan_today() - Duration::days(7)).to_string();
    let long_name = "n".repeat(201);
    for (changes, message) in [
        (vec![("received_on", tomorrow.as_str())], "not after today"),
        (vec![("received_on", last_week.as_str())], "within the consultation's period"),
        (vec![("received_on", "ontem")], "This date is not valid."),
        (vec![("channel", "email")], "Something in this form is not allowed."),
        (vec![("channel", "web")], "Something in this form is not allowed."),
        (vec![("body", " ")], "Write your comment before sending it."),
        (vec![("anchor", "target-9")], "This part of the measure does not exist"),
        (vec![("name", long_name.as_str())], "too long"),
    ] {
        let refused = enter(app, &facilitator, &once(), &changes).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{changes:?}: {refused}");
    }
    assert!(!enter(app, &resident, &once(), &[]).await.starts_with("/plans"), "residents enter nothing");
    assert_eq!(comments(app).await, before);

    // Paper arrives late: once closed, what was received in time is still entered.
    let row = consultations::Entity::find().one(&app.db).await.expect("q").expect("consultation");
    let mut closed: consultations::ActiveModel = row.into();
    closed.closes_on = Set(ponte_tests::plan_today() - Duration::days(1));
    closed.update(&app.db).await.expect("close");
    assert!(enter(app, &facilitator, &once(), &[]).await.starts_with(&measure), "received on the last day");
    assert!(enter(app, &facilitator, &once(), &[("received_on", &ponte_tests::plan_today().to_string())]).await.contains("within the consultation's period"));
}

async fn the_plan_page_announces_the_consultation_and_facilitators_publish_its_report(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let plan = format!("/plans/{PLAN}");
    let consultation = format!("{plan}/consultations/c1");
    let (_, html) = page(app, &app.client(), &plan).await;
    assert!(text(&html, ".plan-consultation").contains("Open until"), "{}", text(&html, ".plan-consultation"));
    let publish = |client: reqwest::Client| async move {
        let form = [("plan", PLAN), ("slug", "c1")];
        outcome(form_post(app, &client, "/api/consultations/publish_report", &format!("/plans/{PLAN}/consultations/c1"), &form).await).await
    };
    // Not while it is open.
    let (_, html) = page(app, &facilitator, &consultation).await;
    assert!(texts(&html, "#publish-report").is_empty());
    assert!(publish(facilitator.clone()).await.contains("only after the consultation has closed"));
    // Closed: the plan page says so; its facilitators (only) publish the report, once.
    let row = consultations::Entity::find().one(&app.db).await.expect("q").expect("consultation");
    let mut closed: consultations::ActiveModel = row.into();
    closed.closes_on = Set(ponte_tests::plan_today() - Duration::days(1));
    closed.update(&app.db).await.expect("close");
    // (Signed in: the page cache has the open one for visitors for a few seconds.)
    let (_, html) = page(app, &resident, &plan).await;
    assert!(text(&html, ".plan-consultation").contains("Closed on"));
    let (_, html) = page(app, &resident, &consultation).await;
    assert!(texts(&html, "#publish-report").is_empty());
    assert!(!publish(resident.clone()).await.starts_with("/plans"), "residents publish nothing");
    let (_, html) = page(app, &facilitator, &consultation).await;
    assert_eq!(texts(&html, "#publish-report button"), ["Publish the report"]);
    assert_eq!(publish(facilitator.clone()).await, consultation);
    let (_, html) = page(app, &resident, &consultation).await;
    assert_eq!(text(&html, "main .badge"), "Report published");
    assert!(publish(facilitator.clone()).await.contains("only once"));
    use ponte_app::entity::audit_log;
    let audited = audit_log::Entity::find().filter(audit_log::Column::Action.eq("consultation.report_published")).count(&app.db).await.expect("count");
    assert_eq!(audited, 1);
}

backends!(
    the_plan_page_announces_the_consultation_and_facilitators_publish_its_report,
    facilitators_enter_comments_received_on_paper_by_email_or_in_person,
    the_demo_consultation_is_open_with_comments_in_several_languages,
    residents_comment_on_parts_of_measures_while_a_consultation_is_open,
    only_the_plan_s_facilitators_open_consultations_and_bad_forms_open_nothing
);

/// The demo plan arrives with its consultation open and talked about.
async fn the_demo_consultation_is_open_with_comments_in_several_languages(app: &TestApp) {
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/measures/{MEASURE}")).await;
    assert_eq!(status, 200);
    assert!(text(&html, "#consultation .notice").contains("Open until"));
    assert_eq!(texts(&html, "#consultation .comments > li > .comment-body").len(), 6, "six comments");
    assert_eq!(texts(&html, "#consultation .comments > li > .placeholder"), ["A moderator removed this comment. Moderation log"], "and an advertisement removed");
    let doc = scraper::Html::parse_document(&html);
    let sel = scraper::Selector::parse("#consultation .comments > li > .comment-body").expect("selector");
    let mut found: Vec<&str> = doc.select(&sel).filter_map(|e| e.value().attr("lang")).collect();
    found.sort_unstable();
    found.dedup();
    assert_eq!(found, ["ar", "ne", "pt-PT", "uk"]);
    assert_eq!(texts(&html, "#consultation .replies > li").len(), 1, "the team answered one");
    assert_eq!(texts(&html, "#reactions li"), ["I support it: 3", "I am neutral: 1", "I oppose it: 0"]);
    // Two associations' positions on this measure, one changed once; five entities in the matrix.
    assert_eq!(texts(&html, "#positions li.position h4").len(), 2);
    assert_eq!(texts(&html, "#positions .position-history").len(), 1);
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/consultations/c1")).await;
    assert_eq!(texts(&html, "table[aria-labelledby=matrix-heading] tbody tr").len(), 5);
    // About sixty comments across the measures, some received offline.
    use ponte_app::entity::consultation_comments as all;
    assert!(all::Entity::find().count(&app.db).await.expect("count") >= 60);
    assert!(all::Entity::find().filter(all::Column::Channel.ne("web")).count(&app.db).await.expect("count") >= 10);
    // The team has answered part of the inputs: "How your input was used" shows them.
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/consultations/c1/inputs")).await;
    assert_eq!(status, 200);
    let answered: u64 = texts(&html, "ul[aria-labelledby=inputs-counts] li")
        .iter()
        .filter(|c| !c.starts_with("Not answered yet"))
        .filter_map(|c| c.rsplit(": ").next().and_then(|n| n.parse::<u64>().ok()))
        .sum();
    assert!(answered >= 20, "{answered} answered");
    assert!(!texts(&html, "ol.inputs .disposition").is_empty());
    // The moderation log tells how the advertisement went; the queue holds one flagged comment.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/moderation")).await;
    let comments: Vec<String> = texts(&html, "table tbody tr")
        .into_iter()
        .filter(|row| row.ends_with("Comment in a consultation"))
        .map(|row| row.split(" Comment in a consultation").next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(comments.len(), 2, "{comments:?}");
    assert!(comments[0].contains("Removed by a moderator") && comments[1].contains("Hidden after several people flagged it"), "{comments:?}");
    make(app, "f@example.org", Role::Facilitator).await;
    let (_, html) = page(app, &signed_in(app, "f@example.org").await, &format!("/plans/{PLAN}/moderation")).await;
    assert_eq!(texts(&html, "#queue li.card[id^=queued-consultation_comment] ul li"), ["Off topic: 1"]);
}
