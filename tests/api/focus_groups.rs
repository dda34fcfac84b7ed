//! Focus groups (issue 13, first part): facilitators set one up; people register without an
//! account, with their language and needs, up to the capacity and then on a waitlist; the link
//! in their confirmation cancels, and the first in line is promoted exactly once however many
//! press at once; facilitators see the roster and the needs totalled, register people on their
//! behalf, and nobody else sees either; bad input is refused with its message and stores
//! nothing.

use chrono::{Duration, Utc};
use ponte_app::{
    accounts::roles::Role,
    entity::{focus_group_registrations as registrations, focus_groups, outbox, users},
    focus_groups::service::{self, NewGroup},
    plans::drafting::service::plan_by_slug,
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::{
    accounts::{form_post, outcome, signed_in},
    surveys::{PLAN, make, once, page},
    text, texts,
};

/// The demo's focus groups go: these tests set up their own.
pub(crate) async fn without_the_demo_focus_groups(app: &TestApp) {
    focus_groups::Entity::delete_many().exec(&app.db).await.expect("delete");
}

/// A focus group set up directly, for tests about registering: `capacity` places, starting in
/// three days at 18:30 on the plan's clock.
pub(crate) async fn group(app: &TestApp, capacity: i32, waitlist: bool) -> String {
    let host = match users::Entity::find().filter(users::Column::Email.eq("host@example.org")).one(&app.db).await.expect("q") {
        Some(host) => host,
        None => {
            make(app, "host@example.org", Role::Facilitator).await;
            users::Entity::find().filter(users::Column::Email.eq("host@example.org")).one(&app.db).await.expect("q").expect("user")
        }
    };
    let plan = plan_by_slug(&app.db, PLAN).await.expect("plan");
    let day = ponte_tests::plan_today() + Duration::days(3);
    let new = NewGroup {
        topic: "Mulheres e emprego".into(),
        audience: "Mulheres das comunidades do Sul da Ásia".into(),
        areas: vec![],
        measures: vec![],
        languages: vec!["pt-PT".into(), "ne".into()],
        interpretation: vec!["ne".into(), "ur".into()],
        venue: "Biblioteca Municipal, sala 2".into(),
        online_url: String::new(),
        access: vec!["step-free".into()],
        capacity,
        waitlist,
        support: vec!["childcare".into()],
        consent: "As notas são anónimas.".into(),
        hosts: "CLAIM de Ribeira".into(),
        starts: day.and_hms_opt(18, 30, 0),
        minutes: 90,
    };
    service::create(&app.db, plan, host.id, new).await.expect("create")
}

/// A registration as the form sends it, with `changes`; where the server sent the browser.
pub(crate) async fn register(app: &TestApp, client: &reqwest::Client, slug: &str, changes: &[(&str, &str)]) -> String {
    let mut form: Vec<(&str, String)> = vec![
        ("plan", PLAN.into()),
        ("slug", slug.into()),
        ("name", "Sita Gurung".into()),
        ("email", String::new()),
        ("phone", String::new()),
        ("lang", "ne".into()),
        ("interpret_into", "ne".into()),
        ("access", String::new()),
        ("children", "1".into()),
        ("children_ages", "4".into()),
        ("diet", String::new()),
        ("note", String::new()),
        ("once", once()),
    ];
    for (name, value) in changes {
        form.retain(|(n, _)| n != name);
        form.push((name, (*value).to_owned()));
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (*n, v.as_str())).collect();
    outcome(form_post(app, client, "/api/focus-groups/register", &format!("/plans/{PLAN}/focus-groups/{slug}/register"), &form).await).await
}

async fn cancel(app: &TestApp, client: &reqwest::Client, slug: &str, link: &str) -> String {
    let token = link.rsplit('/').next().expect("token").to_owned();
    let form = [("plan", PLAN), ("slug", slug), ("token", token.as_str())];
    outcome(form_post(app, client, "/api/focus-groups/cancel", link, &form).await).await
}

async fn seats(app: &TestApp, status: &str) -> Vec<registrations::Model> {
    registrations::Entity::find()
        .filter(registrations::Column::Status.eq(status))
        .order_by_asc(registrations::Column::Id)
        .all(&app.db)
        .await
        .expect("q")
}

async fn emails(app: &TestApp, kind: &str) -> Vec<outbox::Model> {
    outbox::Entity::find().filter(outbox::Column::Kind.eq(kind)).order_by_asc(outbox::Column::Id).all(&app.db).await.expect("q")
}

async fn facilitators_set_up_a_focus_group_and_people_register_without_an_account(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let day = (ponte_tests::plan_today() + Duration::days(5)).to_string();
    let token = once();
    let form: Vec<(&str, &str)> = vec![
        ("plan", PLAN),
        ("topic", "Habitação <script>alert(1)</script>"),
        ("audience", "Famílias recém-chegadas"),
        ("areas[]", "UH"),
        ("languages[]", "pt-PT"),
        ("languages[]", "en"),
        ("interpretation", "ne, ur"),
        ("venue", "Junta de Freguesia"),
        ("online_url", ""),
        ("access[]", "step-free"),
        ("access[]", "hearing-loop"),
        ("capacity", "2"),
        ("waitlist", "1"),
        ("support[]", "childcare"),
        ("consent", "Nada do que disser é associado ao seu nome."),
        ("hosts", "Equipa do PMIM"),
        ("starts_on", day.as_str()),
        ("starts_at", "18:30"),
        ("minutes", "90"),
        ("once", token.as_str()),
    ];
    let from = format!("/plans/{PLAN}/focus-groups");
    // A resident sets up nothing.
    let res = form_post(app, &resident, "/api/focus-groups/create", &from, &form).await;
    assert!(crate::accounts::location(&res).contains("__err="), "refused");
    assert_eq!(focus_groups::Entity::find().count(&app.db).await.expect("count"), 0);
    // The facilitator does, once however often the form is sent.
    let created = outcome(form_post(app, &facilitator, "/api/focus-groups/create", &from, &form).await).await;
    assert_eq!(created, format!("/plans/{PLAN}/focus-groups/g1"));
    assert_eq!(outcome(form_post(app, &facilitator, "/api/focus-groups/create", &from, &form).await).await, created, "a double click sets up one");
    assert_eq!(focus_groups::Entity::find().count(&app.db).await.expect("count"), 1);

    // Everyone sees it, with its time on the plan's clock and what the venue offers.
    let anonymous = app.client();
    let (status, html) = page(app, &anonymous, &created).await;
    assert_eq!(status, 200);
    assert!(text(&html, "h1").starts_with("Habitação <script>"), "typed text is text: {}", text(&html, "h1"));
    assert!(!html.contains("<script>alert"), "never markup");
    assert!(text(&html, "main").contains("18:30–20:00"), "{}", text(&html, "main"));
    assert!(text(&html, "main").contains("0 of 2 places taken"));
    assert!(texts(&html, "dd li").iter().any(|t| t == "Step-free access"));
    assert!(texts(&html, "#roster").is_empty(), "the roster is for facilitators");
    let (_, list) = page(app, &anonymous, &from).await;
    assert!(texts(&list, "li.card h2").iter().any(|t| t.starts_with("Habitação")));
    let (_, plan_page) = page(app, &anonymous, &format!("/plans/{PLAN}")).await;
    assert!(plan_page.contains(&format!("href=\"/plans/{PLAN}/focus-groups\"")), "the plan page leads to its focus groups");

    // Someone registers from the form's page (a page of its own, never cached: its form
    // carries its own token) and lands on their registration's page.
    let (status, form_page) = page(app, &anonymous, &format!("{created}/register")).await;
    assert_eq!(status, 200);
    assert!(text(&form_page, "form").contains("deleted 30 days after the session"), "the form says how long needs are kept");
    let link = register(app, &anonymous, "g1", &[("email", "sita@example.org"), ("diet", "Sem carne de vaca")]).await;
    assert!(link.starts_with(&format!("{created}/registration/")), "{link}");
    let (status, mine) = page(app, &anonymous, &link).await;
    assert_eq!(status, 200);
    assert!(text(&mine, "[role=status]").contains("Your place is confirmed"), "{}", text(&mine, "[role=status]"));
    let stored = seats(app, "confirmed").await;
    assert_eq!(stored.len(), 1);
    assert!(!stored[0].token_hash.contains(link.rsplit('/').next().unwrap_or_default()), "only the token's hash is kept");
    // Their confirmation, in their language (Nepali), carries the same link.
    let confirmation = emails(app, "focus-group-confirmed").await;
    assert_eq!(confirmation.len(), 1);
    assert_eq!(confirmation[0].to_address, "sita@example.org");
    assert_eq!(confirmation[0].lang, "ne");
    assert!(confirmation[0].text_body.contains(&link), "the email carries the cancel link");

    // The facilitator registers someone on their behalf (by phone) and sees the roster and the
    // needs totalled: one interpreter into Nepali, one child aged 3–5.
    let behalf = register(app, &facilitator, "g1", &[("behalf", "1"), ("name", "Rahul"), ("phone", "+351 912 345 678"), ("lang", "en"), ("interpret_into", ""), ("children", "0")]).await;
    assert_eq!(behalf, format!("{created}?registered=1#roster"));
    let (_, roster) = page(app, &facilitator, &created).await;
    let rows = texts(&roster, "#roster tbody tr");
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert!(rows[1].contains("Rahul") && rows[1].contains("registered by a facilitator"), "{rows:?}");
    let needs = text(&roster, "#roster dl");
    assert!(needs.contains("1 person") && needs.contains("Aged 3-5: 1") && needs.contains("Sem carne de vaca"), "{needs}");
    assert!(text(&roster, "main").contains("2 of 2 places taken"));

    // Full: the next person joins the waitlist and is told their place in line.
    let third = register(app, &anonymous, "g1", &[("name", "Amina")]).await;
    let (_, waiting) = page(app, &anonymous, &third).await;
    assert!(text(&waiting, "[role=status]").contains("number 1 in line"), "{}", text(&waiting, "[role=status]"));

    // Bad input is refused with its message, and stores nothing.
    let before = registrations::Entity::find().count(&app.db).await.expect("count");
    for (changes, message) in [
        (vec![("name", "  ")], "Please write a name"),
        (vec![("lang", "xx-nonsense")], "language"),
        (vec![("interpret_into", "not a language")], "language"),
        (vec![("email", "not-an-email")], "email"),
        (vec![("children", "11")], ""),
        (vec![("children", "two")], ""),
        (vec![("note", &"x".repeat(1001))], ""),
    ] {
        let refused = register(app, &anonymous, "g1", &changes).await;
        assert!(refused.starts_with("refused") && refused.to_lowercase().contains(&message.to_lowercase()), "{changes:?}: {refused}");
    }
    assert_eq!(registrations::Entity::find().count(&app.db).await.expect("count"), before);
    // Nor may anyone but a facilitator register on someone's behalf.
    let res = form_post(app, &resident, "/api/focus-groups/register", &format!("{created}/register"), &[("plan", PLAN), ("slug", "g1"), ("name", "X"), ("email", ""), ("phone", ""), ("lang", "en"), ("interpret_into", ""), ("access", ""), ("children", "0"), ("children_ages", ""), ("diet", ""), ("note", ""), ("behalf", "1"), ("once", &once())]).await;
    assert!(crate::accounts::location(&res).contains("__err="), "refused");
    assert_eq!(registrations::Entity::find().count(&app.db).await.expect("count"), before);
}

async fn fifty_people_pressing_at_once_fill_ten_places_and_forty_wait(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    let slug = group(app, 10, true).await;
    let mut tasks = Vec::new();
    for n in 0..50 {
        let client = app.client();
        let base = app.base.clone();
        let slug = slug.clone();
        tasks.push(tokio::spawn(async move {
            let form = [
                ("plan", PLAN.to_owned()),
                ("slug", slug),
                ("name", format!("Pessoa {n}")),
                ("email", String::new()),
                ("phone", String::new()),
                ("lang", "pt-PT".to_owned()),
                ("interpret_into", String::new()),
                ("access", String::new()),
                ("children", "0".to_owned()),
                ("children_ages", String::new()),
                ("diet", String::new()),
                ("note", String::new()),
                ("once", once()),
            ];
            let res = client
                .post(format!("{base}/api/focus-groups/register"))
                .header("accept", "text/html")
                .header("origin", &base)
                .header("referer", format!("{base}/plans/{PLAN}/focus-groups/g1/register"))
                .form(&form)
                .send()
                .await
                .expect("post");
            outcome(res).await
        }));
    }
    for task in tasks {
        let to = task.await.expect("task");
        assert!(to.starts_with(&format!("/plans/{PLAN}/focus-groups/g1/registration/")), "every registration is taken: {to}");
    }
    assert_eq!(seats(app, "confirmed").await.len(), 10, "exactly the capacity is confirmed");
    assert_eq!(seats(app, "waitlisted").await.len(), 40, "everyone else waits");
}

async fn a_cancellation_promotes_the_first_in_line_exactly_once(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    let slug = group(app, 2, true).await;
    let client = app.client();
    let mut links = Vec::new();
    for name in ["ana", "bruno", "carla", "dinis"] {
        links.push(register(app, &client, &slug, &[("name", name), ("email", &format!("{name}@example.org")), ("lang", "pt-PT")]).await);
    }
    assert_eq!(seats(app, "waitlisted").await.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["carla", "dinis"]);
    assert_eq!(emails(app, "focus-group-waitlisted").await.len(), 2);

    // Ana cancels, twice at once (a double click, two tabs): one cancellation, one promotion.
    let (first, second) = tokio::join!(cancel(app, &client, &slug, &links[0]), cancel(app, &client, &slug, &links[0]));
    let outcomes = [first, second];
    assert_eq!(outcomes.iter().filter(|o| o.ends_with("?cancelled=1")).count(), 1, "{outcomes:?}");
    assert!(outcomes.iter().any(|o| o.contains("already cancelled")), "{outcomes:?}");
    let confirmed: Vec<String> = seats(app, "confirmed").await.into_iter().map(|r| r.name).collect();
    assert_eq!(confirmed, ["bruno", "carla"], "the first in line has the place");
    assert_eq!(seats(app, "waitlisted").await.len(), 1);
    let promoted = emails(app, "focus-group-promoted").await;
    assert_eq!(promoted.len(), 1, "told once");
    assert_eq!(promoted[0].to_address, "carla@example.org");
    assert!(promoted[0].subject.contains("Mulheres e emprego"));
    // Her page says so; Ana's says cancelled and offers no button.
    let (_, carla) = page(app, &client, &links[2]).await;
    assert!(text(&carla, "[role=status]").contains("confirmed"));
    let (_, ana) = page(app, &client, &links[0]).await;
    assert!(text(&ana, "[role=status]").contains("cancelled"));
    assert!(texts(&ana, "form button").is_empty());
    // Used again later: refused, nothing changes.
    assert!(cancel(app, &client, &slug, &links[0]).await.contains("already cancelled"));
    assert_eq!(emails(app, "focus-group-promoted").await.len(), 1);
    // A waitlisted person who cancels frees no place: nobody is promoted.
    cancel(app, &client, &slug, &links[3]).await;
    assert_eq!(seats(app, "confirmed").await.len(), 2);
    assert_eq!(emails(app, "focus-group-promoted").await.len(), 1);
    // A link that is no link is refused.
    let forged = format!("/plans/{PLAN}/focus-groups/{slug}/registration/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assert!(cancel(app, &client, &slug, &forged).await.starts_with("refused"));
}

async fn a_session_not_fixed_full_or_over_takes_no_registration(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    let client = app.client();
    // Full with no waitlist.
    let full = group(app, 1, false).await;
    assert!(register(app, &client, &full, &[]).await.starts_with(&format!("/plans/{PLAN}/focus-groups/{full}/registration/")));
    let refused = register(app, &client, &full, &[("name", "Second")]).await;
    assert!(refused.contains("no waitlist"), "{refused}");
    // Over: the session started an hour ago; registering and cancelling are refused.
    let over = group(app, 5, true).await;
    let link = register(app, &client, &over, &[]).await;
    let row = focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(over.as_str())).one(&app.db).await.expect("q").expect("group");
    let mut row: focus_groups::ActiveModel = row.into();
    row.starts_at = Set(Some(Utc::now() - Duration::hours(1)));
    row.ends_at = Set(Some(Utc::now() + Duration::minutes(30)));
    row.update(&app.db).await.expect("move");
    let before = registrations::Entity::find().count(&app.db).await.expect("count");
    assert!(register(app, &client, &over, &[]).await.contains("already started"));
    assert!(cancel(app, &client, &over, &link).await.contains("already started"));
    assert_eq!(registrations::Entity::find().count(&app.db).await.expect("count"), before);
    // Not fixed yet (a date poll): no registration.
    let plan = plan_by_slug(&app.db, PLAN).await.expect("plan");
    let host = users::Entity::find().filter(users::Column::Email.eq("host@example.org")).one(&app.db).await.expect("q").expect("user");
    let poll = NewGroup {
        topic: "Saúde".into(),
        audience: String::new(),
        areas: vec![],
        measures: vec![],
        languages: vec!["pt-PT".into()],
        interpretation: vec![],
        venue: String::new(),
        online_url: String::new(),
        access: vec![],
        capacity: 10,
        waitlist: true,
        support: vec![],
        consent: String::new(),
        hosts: String::new(),
        starts: None,
        minutes: 90,
    };
    let poll = service::create(&app.db, plan.clone(), host.id, poll).await.expect("create");
    assert!(register(app, &client, &poll, &[]).await.contains("not fixed yet"));
    // A session set in the past is refused when it is set up.
    let past = NewGroup {
        topic: "Ontem".into(),
        audience: String::new(),
        areas: vec![],
        measures: vec![],
        languages: vec!["pt-PT".into()],
        interpretation: vec![],
        venue: String::new(),
        online_url: String::new(),
        access: vec![],
        capacity: 10,
        waitlist: true,
        support: vec![],
        consent: String::new(),
        hosts: String::new(),
        starts: (ponte_tests::plan_today() - Duration::days(1)).and_hms_opt(10, 0, 0),
        minutes: 90,
    };
    let error = service::create(&app.db, plan, host.id, past).await.expect_err("a time that has passed");
    assert_eq!(error, ponte_app::core::AppError::Invalid(ponte_app::core::Invalid::SlotInPast));
}

/// A focus group whose time is not fixed yet (its date poll runs), set up directly.
async fn polling_group(app: &TestApp) -> String {
    let slug = group(app, 10, true).await;
    let row = focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").expect("group");
    let mut row: focus_groups::ActiveModel = row.into();
    row.starts_at = Set(None);
    row.ends_at = Set(None);
    row.update(&app.db).await.expect("unfix");
    slug
}

async fn a_date_poll_fixes_the_session_and_tells_who_asked(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    use ponte_app::entity::focus_group_slots as slots;
    let slug = polling_group(app).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let poll = format!("/plans/{PLAN}/focus-groups/{slug}/poll");
    let (slug_ref, poll_ref, facilitator_ref) = (&slug, &poll, &facilitator);
    let propose = move |day: i64, time: &'static str| {
        let day = (ponte_tests::plan_today() + Duration::days(day)).to_string();
        async move {
            let form = [("plan", PLAN), ("slug", slug_ref.as_str()), ("day", day.as_str()), ("time", time), ("minutes", "90")];
            outcome(form_post(app, facilitator_ref, "/api/focus-groups/add_slot", poll_ref, &form).await).await
        }
    };
    assert_eq!(propose(4, "18:00").await, format!("{poll}#slots"));
    assert_eq!(propose(6, "10:30").await, format!("{poll}#slots"));
    assert!(propose(-1, "10:00").await.contains("already passed"), "a time in the past is refused");
    let offered = slots::Entity::find().order_by_asc(slots::Column::StartsAt).all(&app.db).await.expect("q");
    assert_eq!(offered.len(), 2);
    let (first, second) = (offered[0].id.to_string(), offered[1].id.to_string());

    // Anyone with the link answers, without an account and without JavaScript (radio buttons).
    let anonymous = app.client();
    let (status, html) = page(app, &anonymous, &poll).await;
    assert_eq!(status, 200);
    assert_eq!(texts(&html, "fieldset.slot legend").len(), 2);
    assert!(texts(&html, "fieldset.slot legend")[0].contains("18:00–19:30"), "{:?}", texts(&html, "fieldset.slot legend"));
    let ballot = |name: &'static str, email: &'static str, answers: Vec<(String, &'static str)>| {
        let from = poll.clone();
        let slug = slug.clone();
        let anonymous = anonymous.clone();
        async move {
            let mut form: Vec<(String, String)> = vec![("plan".into(), PLAN.into()), ("slug".into(), slug), ("name".into(), name.into()), ("email".into(), email.into()), ("lang".into(), "ne".into()), ("once".into(), once())];
            form.extend(answers.into_iter().map(|(slot, a)| (format!("answers[{slot}]"), a.to_owned())));
            let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
            outcome(form_post(app, &anonymous, "/api/focus-groups/answer_poll", &from, &form).await).await
        }
    };
    let thanks = format!("{poll}?answered=1#totals");
    assert_eq!(ballot("Maya", "maya@example.org", vec![(first.clone(), "yes"), (second.clone(), "maybe")]).await, thanks);
    assert_eq!(ballot("Rui", "", vec![(first.clone(), "no")]).await, thanks);
    assert!(ballot("Nobody", "", vec![]).await.contains("at least one"), "no time answered");
    assert!(ballot("Forged", "", vec![("999999".into(), "yes")]).await.starts_with("refused"), "a time the poll does not offer");
    assert!(ballot("Odd", "", vec![(first.clone(), "perhaps")]).await.starts_with("refused"), "an answer that is none");
    assert!(ballot("", "", vec![(first.clone(), "yes")]).await.contains("write a name"));

    // Totals are public; names are for the facilitators.
    let (_, html) = page(app, &anonymous, &thanks).await;
    assert!(text(&html, "[role=status]").contains("counted"));
    let rows = texts(&html, "table.data tbody tr");
    assert_eq!(rows.len(), 2);
    assert!(rows[0].ends_with("1 0 1"), "yes, if need be, no: {rows:?}");
    assert!(rows[1].ends_with("0 1 0"), "{rows:?}");
    assert!(text(&html, "#totals").contains("2 people have answered"));
    assert!(!html.contains("Maya"), "no names in public");
    let (_, managed) = page(app, &facilitator, &poll).await;
    assert!(texts(&managed, "#slots tbody th").contains(&"Maya".to_owned()));

    // The facilitator fixes the first time: registration opens, Maya (who left an address) is
    // told in Nepali, once; the poll takes no more answers.
    let form = [("plan", PLAN), ("slug", slug.as_str()), ("slot", first.as_str())];
    let fixed = outcome(form_post(app, &facilitator, "/api/focus-groups/pick_slot", &poll, &form).await).await;
    assert_eq!(fixed, format!("/plans/{PLAN}/focus-groups/{slug}"));
    let (_, html) = page(app, &anonymous, &fixed).await;
    assert!(text(&html, "main").contains("18:00–19:30") && text(&html, "main").contains("Open for registration"), "{}", text(&html, "main"));
    let told = emails(app, "focus-group-fixed").await;
    assert_eq!(told.len(), 1);
    assert_eq!((told[0].to_address.as_str(), told[0].lang.as_str()), ("maya@example.org", "ne"));
    assert!(outcome(form_post(app, &facilitator, "/api/focus-groups/pick_slot", &poll, &form).await).await.contains("already fixed"), "fixed once");
    assert!(ballot("Late", "", vec![(second.clone(), "yes")]).await.contains("already fixed"));
    assert_eq!(emails(app, "focus-group-fixed").await.len(), 1);
    assert!(register(app, &anonymous, &slug, &[]).await.contains("/registration/"), "registration is open");
}

async fn reminders_go_once_however_many_servers_look(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    use ponte_app::focus_groups::reminders::send_due;
    let slug = group(app, 2, true).await;
    let client = app.client();
    register(app, &client, &slug, &[("name", "Sita"), ("email", "sita@example.org"), ("lang", "ne")]).await;
    register(app, &client, &slug, &[("name", "Rahul"), ("email", "rahul@example.org"), ("lang", "en")]).await;
    register(app, &client, &slug, &[("name", "Wait"), ("email", "wait@example.org")]).await;
    let row = focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").expect("group");
    let starts = row.starts_at.expect("fixed");
    let url = "https://ponte.example";
    // Three days before: nothing due.
    assert_eq!(send_due(&app.db, starts - Duration::hours(72), url).await.expect("send"), 0);
    // 47 hours before, two servers look at once: each confirmed participant is reminded once,
    // in their language; the waitlisted person is not.
    let at = starts - Duration::hours(47);
    let (one, two) = tokio::join!(send_due(&app.db, at, url), send_due(&app.db, at, url));
    assert_eq!(one.expect("send") + two.expect("send"), 2);
    assert_eq!(send_due(&app.db, at + Duration::minutes(5), url).await.expect("send"), 0, "sent already");
    let sent = emails(app, "focus-group-reminder-48h").await;
    let mut to: Vec<(&str, &str)> = sent.iter().map(|e| (e.to_address.as_str(), e.lang.as_str())).collect();
    to.sort_unstable();
    assert_eq!(to, [("rahul@example.org", "en"), ("sita@example.org", "ne")]);
    assert!(sent.iter().any(|e| e.subject == "In two days: Mulheres e emprego"));
    // Two hours before: the second reminder, once, however many look.
    let at = starts - Duration::minutes(100);
    let (one, two) = tokio::join!(send_due(&app.db, at, url), send_due(&app.db, at, url));
    assert_eq!(one.expect("send") + two.expect("send"), 2);
    assert_eq!(emails(app, "focus-group-reminder-2h").await.len(), 2);
    assert_eq!(emails(app, "focus-group-reminder-48h").await.len(), 2, "the first reminder is not sent again");
}

async fn needs_and_contacts_are_deleted_thirty_days_after_the_session(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    let client = app.client();
    let held = group(app, 5, true).await;
    let recent = group(app, 5, true).await;
    for slug in [&held, &recent] {
        register(app, &client, slug, &[("email", "sita@example.org"), ("phone", "912345678"), ("diet", "Vegetariana"), ("note", "Chego às 19h")]).await;
    }
    // A cancellation forgets at once.
    let gone = register(app, &client, &held, &[("name", "Cancels"), ("email", "c@example.org")]).await;
    cancel(app, &client, &held, &gone).await;
    let cancelled = seats(app, "cancelled").await;
    assert_eq!((cancelled[0].email.as_deref(), cancelled[0].diet.as_deref(), cancelled[0].name.as_str()), (None, None, "Cancels"));
    // One session ended 31 days ago, the other 29: the housekeeping empties the first only.
    for (slug, days) in [(&held, 31), (&recent, 29)] {
        let row = focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").expect("group");
        let mut row: focus_groups::ActiveModel = row.into();
        row.starts_at = Set(Some(Utc::now() - Duration::days(days) - Duration::hours(2)));
        row.ends_at = Set(Some(Utc::now() - Duration::days(days)));
        row.update(&app.db).await.expect("move");
    }
    let purged = ponte_server::maintenance::purge(&app.db, Utc::now()).await.expect("purge");
    assert_eq!(purged.focus_group_needs, 1);
    let people = seats(app, "confirmed").await;
    assert_eq!(people.len(), 2);
    let old = &people[0];
    assert_eq!((old.name.as_str(), old.lang.as_str()), ("Sita Gurung", "ne"), "name and language stay for the attendance counts");
    assert_eq!((old.email.as_deref(), old.phone.as_deref(), old.diet.as_deref(), old.note.as_deref(), old.interpret_into.as_deref(), old.children), (None, None, None, None, None, 0));
    assert!(old.needs_deleted_at.is_some());
    assert_eq!(people[1].diet.as_deref(), Some("Vegetariana"), "29 days after: still kept");
    assert_eq!(ponte_server::maintenance::purge(&app.db, Utc::now()).await.expect("purge").focus_group_needs, 0, "once");
}

async fn the_demo_has_a_held_session_an_open_poll_and_one_to_register_for(app: &TestApp) {
    let anonymous = app.client();
    let (_, list) = page(app, &anonymous, &format!("/plans/{PLAN}/focus-groups")).await;
    let cards = texts(&list, "li.card");
    assert_eq!(cards.len(), 3, "{cards:?}");
    assert!(cards.iter().any(|c| c.contains("Held") && c.contains("9 of 9 places taken")), "{cards:?}");
    assert!(cards.iter().any(|c| c.contains("Choosing a date")), "{cards:?}");
    assert!(cards.iter().any(|c| c.contains("Open for registration") && c.contains("4 of 12")), "{cards:?}");
    let held = focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq("g1")).one(&app.db).await.expect("q").expect("g1");
    assert!(held.starts_at.expect("fixed") < Utc::now(), "held already, whatever the day the demo is loaded");
    let people = registrations::Entity::find().filter(registrations::Column::FocusGroupId.eq(held.id)).all(&app.db).await.expect("q");
    assert_eq!(people.iter().filter(|p| p.status == "waitlisted").count(), 2);
    assert_eq!(people.iter().filter(|p| p.attended).count(), 8);
    let (_, poll) = page(app, &anonymous, &format!("/plans/{PLAN}/focus-groups/g2/poll")).await;
    assert!(text(&poll, "#totals").contains("3 people have answered"));
    assert_eq!(texts(&poll, "fieldset.slot").len(), 3, "open for answers");
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let (_, roster) = page(app, &facilitator, &format!("/plans/{PLAN}/focus-groups/g1")).await;
    let needs = text(&roster, "#roster dl");
    assert!(needs.contains("Nepali") || needs.contains("नेपाली"), "interpreters by language: {needs}");
    assert!(needs.contains("Halal"), "{needs}");
}

/// The last Sunday of October (when the clocks go back) that is at least a week away.
fn next_october_change() -> chrono::NaiveDate {
    use chrono::{Datelike, Weekday};
    let today = ponte_tests::plan_today();
    let last_sunday = |year: i32| {
        let mut day = chrono::NaiveDate::from_ymd_opt(year, 10, 31).expect("day");
        while day.weekday() != Weekday::Sun {
            day = day.pred_opt().expect("day");
        }
        day
    };
    let this_year = last_sunday(today.year());
    if this_year > today + Duration::days(7) { this_year } else { last_sunday(today.year() + 1) }
}

async fn invitations_keep_the_local_time_across_the_october_change(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    let change = next_october_change();
    let client = app.client();
    let mut slugs = Vec::new();
    // One session the evening before the clocks go back (summer time, UTC+1), one the evening
    // after (UTC+0): both at 18:30 in Lisbon.
    for day in [change - Duration::days(1), change + Duration::days(1)] {
        let slug = group(app, 1, true).await;
        let row = focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").expect("group");
        let plan = plan_by_slug(&app.db, PLAN).await.expect("plan");
        let starts = service::instant(&plan, day.and_hms_opt(18, 30, 0).expect("time")).expect("instant");
        let mut row: focus_groups::ActiveModel = row.into();
        row.starts_at = Set(Some(starts));
        row.ends_at = Set(Some(starts + Duration::minutes(90)));
        row.update(&app.db).await.expect("move");
        slugs.push(slug);
    }
    let before = register(app, &client, &slugs[0], &[("email", "before@example.org")]).await;
    register(app, &client, &slugs[1], &[("email", "after@example.org")]).await;
    let confirmations = emails(app, "focus-group-confirmed").await;
    assert_eq!(confirmations.len(), 2);
    let read = |i: usize| ponte_tests::ics_check(confirmations[i].calendar.as_deref().expect("an invitation is attached"));
    let (summer, winter) = (read(0), read(1));
    for (ics, day, utc) in [(&summer, change - Duration::days(1), "17:30:00"), (&winter, change + Duration::days(1), "18:30:00")] {
        assert_eq!(ics["method"], "REQUEST");
        assert_eq!(ics["tzid"], "Europe/Lisbon");
        assert_eq!(ics["vtimezone"], "Europe/Lisbon", "the zone travels with the invitation");
        assert_eq!(ics["local_start"], format!("{day}T18:30:00"), "18:30 on the plan's clock");
        assert_eq!(ics["local_end"], format!("{day}T20:00:00"));
        assert_eq!(ics["utc_start_vtimezone"], format!("{day}T{utc}+00:00"), "{ics}");
        assert_eq!(ics["utc_start_system"], ics["utc_start_vtimezone"], "the VTIMEZONE agrees with the time-zone database");
        assert_eq!(ics["sequence"], 0);
        assert_eq!(ics["status"], "CONFIRMED");
    }
    assert_ne!(summer["uid"], winter["uid"], "one UID per session");
    // Full: the next person waits, and gets no invitation yet.
    register(app, &client, &slugs[0], &[("name", "Waiting"), ("email", "waiting@example.org")]).await;
    assert!(emails(app, "focus-group-waitlisted").await[0].calendar.is_none());
    // The first cancels: their invitation is withdrawn (same UID, METHOD:CANCEL); the person
    // promoted gets the session's invitation, with the same UID.
    cancel(app, &client, &slugs[0], &before).await;
    let withdrawn = emails(app, "focus-group-cancelled").await;
    assert_eq!(withdrawn.len(), 1);
    assert_eq!(withdrawn[0].to_address, "before@example.org");
    let withdrawn = ponte_tests::ics_check(withdrawn[0].calendar.as_deref().expect("invitation"));
    assert_eq!((withdrawn["method"].as_str(), withdrawn["status"].as_str()), (Some("CANCEL"), Some("CANCELLED")));
    assert_eq!(withdrawn["uid"], summer["uid"]);
    let promoted = emails(app, "focus-group-promoted").await;
    let promoted = ponte_tests::ics_check(promoted[0].calendar.as_deref().expect("invitation"));
    assert_eq!(promoted["uid"], summer["uid"]);
    assert!(promoted["attendee"].as_str().unwrap_or_default().contains("waiting@example.org"));
}

async fn facilitators_check_people_in_on_the_day_and_everyone_sees_how_many_came(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    let slug = group(app, 3, true).await;
    let other = group(app, 3, true).await;
    let client = app.client();
    register(app, &client, &slug, &[("name", "Ana"), ("interpret_into", ""), ("children", "0")]).await;
    register(app, &client, &slug, &[("name", "Bina"), ("interpret_into", "ne"), ("children", "2"), ("children_ages", "3, 6"), ("diet", "Vegetariana")]).await;
    register(app, &client, &slug, &[("name", "Carla"), ("interpret_into", ""), ("children", "0"), ("access", "Cadeira de rodas")]).await;
    register(app, &client, &other, &[("name", "Elsewhere")]).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let sheet = format!("/plans/{PLAN}/focus-groups/{slug}/attendance");

    // The sheet: names, languages and needs as codes; for facilitators only.
    let (status, html) = page(app, &facilitator, &sheet).await;
    assert_eq!(status, 200);
    let rows = texts(&html, "table.attendance tbody tr");
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(rows[1].starts_with("Bina") && rows[1].contains("I:ne C2 D"), "{rows:?}");
    assert!(rows[2].contains(" A "), "{rows:?}");
    assert_eq!(text(&html, "#attendance-count"), "0 of 3 have arrived");
    let (status, _) = page(app, &resident, &sheet).await;
    assert_eq!(status, 403, "residents see no attendance sheet");
    let (status, _) = page(app, &app.client(), &sheet).await;
    assert_eq!(status, 401);

    // Checking in, as each arrives: a form per row, back to that row; twice is once.
    let id = |name: &'static str| async move {
        registrations::Entity::find().filter(registrations::Column::Name.eq(name)).one(&app.db).await.expect("q").expect("person").id.to_string()
    };
    let (bina, elsewhere) = (id("Bina").await, id("Elsewhere").await);
    let check = |client: &reqwest::Client, who: String, attended: &'static str| {
        let client = client.clone();
        let (slug, sheet) = (slug.clone(), sheet.clone());
        async move {
            let form = [("plan", PLAN), ("slug", slug.as_str()), ("id", who.as_str()), ("attended", attended)];
            outcome(form_post(app, &client, "/api/focus-groups/check_in", &sheet, &form).await).await
        }
    };
    assert_eq!(check(&facilitator, bina.clone(), "1").await, format!("{sheet}#person-{bina}"));
    assert_eq!(check(&facilitator, bina.clone(), "1").await, format!("{sheet}#person-{bina}"));
    let (_, html) = page(app, &facilitator, &sheet).await;
    assert_eq!(text(&html, "#attendance-count"), "1 of 3 have arrived");
    assert!(text(&html, &format!("#person-{bina}")).contains("Here"));
    // Someone of another session, or a resident's attempt: refused, nothing changes.
    assert!(check(&facilitator, elsewhere, "1").await.starts_with("refused"));
    assert!(!crate::accounts::location(&form_post(app, &resident, "/api/focus-groups/check_in", &sheet, &[("plan", PLAN), ("slug", slug.as_str()), ("id", id("Ana").await.as_str()), ("attended", "1")]).await).is_empty());
    assert_eq!(registrations::Entity::find().filter(registrations::Column::Attended.eq(true)).count(&app.db).await.expect("count"), 1);
    // Undone by mistake, and done again.
    check(&facilitator, bina.clone(), "0").await;
    check(&facilitator, bina.clone(), "1").await;
    check(&facilitator, id("Carla").await, "1").await;

    // Once the session has been held, its page says how many took part.
    let row = focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").expect("group");
    let mut row: focus_groups::ActiveModel = row.into();
    row.starts_at = Set(Some(Utc::now() - Duration::hours(3)));
    row.ends_at = Set(Some(Utc::now() - Duration::hours(1)));
    row.update(&app.db).await.expect("move");
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/focus-groups/{slug}")).await;
    assert!(text(&html, "main").contains("2 people took part"), "{}", text(&html, "main"));
}

async fn facilitators_move_or_call_off_a_session_and_everyone_is_told(app: &TestApp) {
    use ponte_app::focus_groups::reminders::send_due;
    without_the_demo_focus_groups(app).await;
    let slug = group(app, 1, true).await;
    let client = app.client();
    register(app, &client, &slug, &[("name", "Sita"), ("email", "sita@example.org"), ("lang", "ne")]).await;
    register(app, &client, &slug, &[("name", "Wait"), ("email", "wait@example.org"), ("lang", "pt-PT")]).await;
    let first = ponte_tests::ics_check(emails(app, "focus-group-confirmed").await[0].calendar.as_deref().expect("invitation"));
    let row = || async { focus_groups::Entity::find().filter(focus_groups::Column::Slug.eq(slug.as_str())).one(&app.db).await.expect("q").expect("group") };
    let starts = row().await.starts_at.expect("fixed");
    assert_eq!(send_due(&app.db, starts - Duration::hours(47), "https://ponte.example").await.expect("send"), 1);
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let here = format!("/plans/{PLAN}/focus-groups/{slug}");
    let new_day = ponte_tests::plan_today() + Duration::days(5);
    let change = |client: reqwest::Client, day: String| {
        let (slug, here) = (slug.clone(), here.clone());
        async move {
            let form = [("plan", PLAN), ("slug", slug.as_str()), ("starts_on", day.as_str()), ("starts_at", "10:00"), ("minutes", "60"), ("venue", "Biblioteca Municipal, sala 3"), ("online_url", "")];
            outcome(form_post(app, &client, "/api/focus-groups/change", &here, &form).await).await
        }
    };
    // Bad input and other people change nothing.
    assert!(change(facilitator.clone(), (ponte_tests::plan_today() - Duration::days(1)).to_string()).await.contains("already passed"));
    assert!(change(resident.clone(), new_day.to_string()).await.contains("__err="), "a resident changes nothing");
    assert_eq!(row().await.starts_at, Some(starts));

    // Moved: everyone registered is told; the person with a place gets the invitation updated
    // (same UID, SEQUENCE 1, the new time), the waitlisted person the news only.
    assert_eq!(change(facilitator.clone(), new_day.to_string()).await, format!("{here}?changed=1"));
    let told = emails(app, "focus-group-changed").await;
    assert_eq!(told.len(), 2);
    let sita = told.iter().find(|e| e.to_address == "sita@example.org").expect("told");
    assert_eq!(sita.lang, "ne");
    let moved = ponte_tests::ics_check(sita.calendar.as_deref().expect("invitation"));
    assert_eq!(moved["uid"], first["uid"], "the same event");
    assert_eq!(moved["sequence"], 1, "a newer version of it");
    assert_eq!(moved["local_start"], format!("{new_day}T10:00:00"));
    assert_eq!(moved["local_end"], format!("{new_day}T11:00:00"));
    assert!(told.iter().find(|e| e.to_address == "wait@example.org").expect("told").calendar.is_none(), "no invitation for the waitlist");
    let (_, html) = page(app, &app.client(), &here).await;
    assert!(text(&html, "main").contains("Biblioteca Municipal, sala 3"));
    // Its reminders go again for the new time.
    let starts = row().await.starts_at.expect("fixed");
    assert_eq!(send_due(&app.db, starts - Duration::hours(47), "https://ponte.example").await.expect("send"), 1);

    // Called off: everyone told, the invitation withdrawn from the calendar of who had a place.
    let form = [("plan", PLAN), ("slug", slug.as_str())];
    assert!(outcome(form_post(app, &resident, "/api/focus-groups/call_off", &here, &form).await).await.contains("__err="));
    assert_eq!(outcome(form_post(app, &facilitator, "/api/focus-groups/call_off", &here, &form).await).await, here);
    let told = emails(app, "focus-group-called-off").await;
    assert_eq!(told.len(), 2);
    let withdrawn = ponte_tests::ics_check(told.iter().find(|e| e.to_address == "sita@example.org").expect("told").calendar.as_deref().expect("invitation"));
    assert_eq!((withdrawn["method"].as_str(), withdrawn["status"].as_str(), withdrawn["sequence"].as_i64()), (Some("CANCEL"), Some("CANCELLED"), Some(2)));
    assert_eq!(withdrawn["uid"], first["uid"]);
    let (_, html) = page(app, &app.client(), &here).await;
    assert!(text(&html, "main").contains("Cancelled"), "{}", text(&html, "main"));
    assert!(register(app, &client, &slug, &[]).await.contains("cancelled"), "no more registrations");
    assert!(outcome(form_post(app, &facilitator, "/api/focus-groups/call_off", &here, &form).await).await.contains("cancelled"), "called off once");
    assert_eq!(emails(app, "focus-group-called-off").await.len(), 2);
    assert_eq!(send_due(&app.db, starts - Duration::hours(1), "https://ponte.example").await.expect("send"), 0, "no reminders for a session called off");
}

async fn one_address_cannot_flood_a_poll(app: &TestApp) {
    without_the_demo_focus_groups(app).await;
    use ponte_app::entity::{focus_group_slots as slots, focus_group_voters as voters};
    let slug = polling_group(app).await;
    let plan = plan_by_slug(&app.db, PLAN).await.expect("plan");
    let host = users::Entity::find().filter(users::Column::Email.eq("host@example.org")).one(&app.db).await.expect("q").expect("host");
    let day = ponte_tests::plan_today() + Duration::days(4);
    ponte_app::focus_groups::poll::add_slot(&app.db, &plan, host.id, &slug, day.and_hms_opt(18, 0, 0).expect("time"), 90).await.expect("slot");
    let slot = slots::Entity::find().one(&app.db).await.expect("q").expect("slot").id.to_string();
    let poll = format!("/plans/{PLAN}/focus-groups/{slug}/poll");
    let client = app.client();
    let answer = || async {
        let field = format!("answers[{slot}]");
        let token = once();
        let form = [("plan", PLAN), ("slug", slug.as_str()), ("name", "Bot"), ("email", ""), ("lang", "en"), (field.as_str(), "yes"), ("once", token.as_str())];
        form_post(app, &client, "/api/focus-groups/answer_poll", &poll, &form).await
    };
    for _ in 0..60 {
        assert!(outcome(answer().await).await.ends_with("#totals"));
    }
    let refused = answer().await;
    assert_eq!(refused.status(), 429);
    let body = refused.text().await.expect("body");
    assert!(text(&body, ".field-error").to_lowercase().contains("too many attempts"), "{}", text(&body, "main"));
    assert_eq!(voters::Entity::find().count(&app.db).await.expect("count"), 60, "the 61st answer in an hour is not stored");
}

backends!(
    one_address_cannot_flood_a_poll,
    facilitators_move_or_call_off_a_session_and_everyone_is_told,
    facilitators_check_people_in_on_the_day_and_everyone_sees_how_many_came,
    invitations_keep_the_local_time_across_the_october_change,
    the_demo_has_a_held_session_an_open_poll_and_one_to_register_for,
    reminders_go_once_however_many_servers_look,
    needs_and_contacts_are_deleted_thirty_days_after_the_session,
    a_date_poll_fixes_the_session_and_tells_who_asked,
    facilitators_set_up_a_focus_group_and_people_register_without_an_account,
    fifty_people_pressing_at_once_fill_ten_places_and_forty_wait,
    a_cancellation_promotes_the_first_in_line_exactly_once,
    a_session_not_fixed_full_or_over_takes_no_registration,
);
