//! Administrators create plans (issue 11, 1): municipalities from the official list, the 16 areas
//! in every language, audited, made once for a double click; bad input refused with its message
//! and what was typed kept; nobody else may.

use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, plan_areas, plan_municipalities, plans},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, location, outcome, signed_in},
    attr,
    surveys::{make, once, page},
    text,
};

async fn plans_count(app: &TestApp) -> u64 {
    plans::Entity::find().count(&app.db).await.expect("count")
}

async fn administrators_create_plans(app: &TestApp) {
    make(app, "admin@example.org", Role::Admin).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let admin = signed_in(app, "admin@example.org").await;
    let facilitator = signed_in(app, "f@example.org").await;
    let (status, form) = page(app, &admin, "/admin/plans/new").await;
    assert_eq!(status, 200);
    assert_eq!(crate::texts(&form, "#plan-municipalities optgroup").len(), 20, "grouped by district");
    assert_eq!(crate::texts(&form, "#plan-municipalities option").len(), 308);
    let (_, people) = page(app, &admin, "/admin/people").await;
    assert!(people.contains("href=\"/admin/plans/new\""), "linked from the people page");

    let post = |client: reqwest::Client, fields: Vec<(&'static str, String)>| async move {
        let res = client
            .post(app.url("/api/plans/create"))
            .header("origin", &app.base)
            .header("referer", app.url("/admin/plans/new?lang=en"))
            .header("accept", "text/html")
            .header("accept-language", "en")
            .form(&fields)
            .send()
            .await
            .expect("post");
        (res.status().as_u16(), location(&res), if res.status().is_redirection() { String::new() } else { res.text().await.unwrap_or_default() })
    };
    let fields = |slug: &str, kind: &str, codes: &[&str], start: &str, token: &str| {
        let mut all: Vec<(&'static str, String)> = vec![
            ("slug", slug.to_owned()),
            ("kind", kind.to_owned()),
            ("title", "Plano Intermunicipal da <Lezíria>".to_owned()),
            ("lang", "pt-PT".to_owned()),
            ("period_start", start.to_owned()),
            ("period_end", "2029-12-31".to_owned()),
            ("once", token.to_owned()),
        ];
        all.extend(codes.iter().map(|c| ("municipalities[]", (*c).to_owned())));
        all
    };
    let token = once();
    let (_, to, _) = post(admin.clone(), fields("leziria-2027", "intermunicipal", &["1403", "1405", "1415"], "2027-01-01", &token)).await;
    assert_eq!(to, "/plans/leziria-2027?created=1");
    let (_, again, _) = post(admin.clone(), fields("leziria-2027", "intermunicipal", &["1403", "1405", "1415"], "2027-01-01", &token)).await;
    assert_eq!(again, to, "a double click creates one plan");
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq("leziria-2027")).one(&app.db).await.expect("q").expect("plan");
    assert_eq!((plan.kind.as_str(), plan.status.as_str()), ("intermunicipal", "diagnosis"));
    let towns: Vec<(Option<String>, String)> = plan_municipalities::Entity::find()
        .filter(plan_municipalities::Column::PlanId.eq(plan.id))
        .all(&app.db)
        .await
        .expect("q")
        .into_iter()
        .map(|m| (m.dico, m.name))
        .collect();
    assert_eq!(towns, [(Some("1403".into()), "Almeirim".into()), (Some("1405".into()), "Benavente".into()), (Some("1415".into()), "Salvaterra de Magos".into())]);
    assert_eq!(plan_areas::Entity::find().filter(plan_areas::Column::PlanId.eq(plan.id)).count(&app.db).await.expect("c"), 16);
    assert!(audit_log::Entity::find().filter(audit_log::Column::Action.eq("plan.created")).one(&app.db).await.expect("q").is_some());
    // Its page, in Nepali too: the areas are named in every language from the start.
    let (status, html) = page(app, &app.client(), "/plans/leziria-2027?created=1&lang=en").await;
    assert_eq!(status, 200);
    assert!(text(&html, "h1").starts_with("Plano Intermunicipal da <Lezíria>"), "the title as typed, as text: {}", text(&html, "h1"));
    assert_eq!(text(&html, "#notice"), "Plan created. Name its facilitators on the people page.");
    let (_, areas) = page(app, &app.client(), "/plans/leziria-2027/areas?lang=ne").await;
    assert!(areas.contains("भाषा") || areas.contains("स्वास्थ्य"), "area names in Nepali");
    // The home page finds plans by municipality, accents and case aside, and by district.
    let titles = |html: &str| crate::texts(html, "ul.cards h2");
    let (_, home) = app.get("/?lang=en").await;
    assert_eq!(titles(&home).len(), 4, "the three demo plans and this one: {:?}", titles(&home));
    assert!(crate::texts(&home, "ul.cards li").iter().any(|c| c.contains("Vale do Lírio") && c.contains("1 survey open now")), "what is open now");
    let (_, found) = app.get("/?lang=en&q=SALVATERRA+de+magos").await;
    assert_eq!(titles(&found).len(), 1);
    assert!(titles(&found)[0].starts_with("Plano Intermunicipal da <Lezíria>"));
    let (_, found) = app.get("/?lang=en&q=lirio").await;
    assert!(titles(&found).len() == 1 && titles(&found)[0].contains("Vale do Lírio"), "{:?}", titles(&found));
    let (_, found) = app.get("/?lang=en&district=Santar%C3%A9m").await;
    assert_eq!(titles(&found).len(), 1, "only the plan with a municipality in Santarém");
    assert_eq!(attr(&found, "#home-district option[selected]", "value").as_deref(), Some("Santarém"));
    let (_, none) = app.get("/?lang=en&district=Lisboa&q=%3Cscript%3E").await;
    assert_eq!(text(&none, "main p[role=status]"), "No plan matches this search.");
    assert_eq!(attr(&none, "#home-q", "value").as_deref(), Some("<script>"), "the search as typed, as text");
    // Its facilitators (here the administrator) write its texts in each language and set its stage.
    let edit = |client: reqwest::Client, lang: &'static str, title: &'static str, status: &'static str, end: &'static str| async move {
        let form = [
            ("plan", "leziria-2027"),
            ("lang", lang),
            ("title", title),
            ("summary", "Um plano <b>feito</b> com quem cá vive."),
            ("promoter", "CIM da Lezíria"),
            ("status", status),
            ("period_start", "2027-01-01"),
            ("period_end", end),
            ("time_zone", "Atlantic/Azores"),
            ("contact_email", "imigracao@cimleziria.example.pt"),
            ("contact_phone", "+351 243 000 000"),
        ];
        outcome(form_post(app, &client, "/api/plans/edit", "/plans/leziria-2027/edit?lang=pt-PT", &form).await).await
    };
    // A new plan starts at its local diagnosis.
    let created = plans::Entity::find().filter(plans::Column::Slug.eq("leziria-2027")).one(&app.db).await.expect("q").expect("plan");
    assert_eq!((created.status.as_str(), created.time_zone.as_str()), ("diagnosis", "Europe/Lisbon"));
    assert_eq!(edit(admin.clone(), "pt-PT", "Plano da Lezíria", "consultation", "2029-12-31").await, "/plans/leziria-2027/edit?lang=pt-PT&saved=1");
    assert_eq!(edit(admin.clone(), "en", "Lezíria plan", "consultation", "2029-12-31").await, "/plans/leziria-2027/edit?lang=en&saved=1");
    let row = plans::Entity::find().filter(plans::Column::Slug.eq("leziria-2027")).one(&app.db).await.expect("q").expect("plan");
    assert_eq!((row.status.as_str(), row.languages.as_str()), ("consultation", r#"["pt-PT","en"]"#), "a title in English makes it a plan language");
    let (_, html) = page(app, &app.client(), "/plans/leziria-2027?lang=en").await;
    assert_eq!(text(&html, "h1"), "Lezíria plan");
    let facts = text(&html, "dl.facts");
    assert!(facts.contains("In public consultation") && facts.contains("Azores"), "{facts}");
    assert!(facts.contains("imigracao@cimleziria.example.pt") && facts.contains("+351 243 000 000"), "{facts}");
    // A content-only language: Cape Verdean Creole texts make it one of the plan's.
    assert_eq!(edit(admin.clone(), "kea", "Planu di Lezíria", "consultation", "2029-12-31").await, "/plans/leziria-2027/edit?lang=kea&saved=1");
    let with_kea = plans::Entity::find().filter(plans::Column::Slug.eq("leziria-2027")).one(&app.db).await.expect("q").expect("plan");
    assert_eq!(with_kea.languages, r#"["pt-PT","en","kea"]"#);
    edit(admin.clone(), "kea", " ", "consultation", "2029-12-31").await;
    let row = plans::Entity::find().filter(plans::Column::Slug.eq("leziria-2027")).one(&app.db).await.expect("q").expect("plan");
    assert!(text(&html, "main .lead").contains("Um plano <b>feito</b>"), "the summary, as text");
    for (lang, title, status, end, message) in [
        ("pt-PT", " ", "drafting", "2029-12-31", "refused: "),
        // (The form is in Portuguese: the page's language is the one being edited.)
        ("pt-PT", "Plano", "drafting", "2026-01-01", "A data de fecho tem de ser depois da data de abertura."),
        ("pt-PT", "Plano", "in_consultation", "2029-12-31", "Há algo neste formulário que não é permitido."),
        ("pt-PT", "Plano", "everlasting", "2029-12-31", "Há algo neste formulário que não é permitido."),
    ] {
        let refused = edit(admin.clone(), lang, title, status, end).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{title} {status} {end}: {refused}");
    }
    let same = plans::Entity::find().filter(plans::Column::Slug.eq("leziria-2027")).one(&app.db).await.expect("q").expect("plan");
    assert_eq!(same, row, "nothing refused was stored");
    assert!(!edit(facilitator.clone(), "pt-PT", "Meu", "drafting", "2029-12-31").await.ends_with("saved=1"), "a facilitator of another plan may not");
    let before = plans_count(app).await;

    // Bad input: refused with its message, what was typed kept, nothing stored.
    for (slug, kind, codes, start, message) in [
        ("Leziria!", "municipal", vec!["1403"], "2027-01-01", "The short name must be 3 to 60 characters"),
        ("leziria-2027", "municipal", vec!["1403"], "2027-01-01", "already has this short name"),
        ("almeirim", "municipal", vec![], "2027-01-01", "Choose the plan's municipalities"),
        ("almeirim", "municipal", vec!["1403", "1406"], "2027-01-01", "Choose the plan's municipalities"),
        ("almeirim", "intermunicipal", vec!["1403"], "2027-01-01", "Choose the plan's municipalities"),
        ("almeirim", "municipal", vec!["9999"], "2027-01-01", "not one of Portugal's 308 municipalities"),
        ("almeirim", "municipal", vec!["1403"], "2030-01-01", "The closing date must be after the opening date."),
        ("almeirim", "municipal", vec!["1403"], "1 de janeiro", "This date is not valid."),
        ("almeirim", "regional", vec!["1403"], "2027-01-01", "Something in this form is not allowed."),
    ] {
        let (status, _, html) = post(admin.clone(), fields(slug, kind, &codes, start, &once())).await;
        assert_eq!(status, 422, "{slug} {kind} {codes:?} {start}");
        assert!(text(&html, "#plan-error").contains(message), "{slug} {kind} {codes:?} {start}: {}", text(&html, "#plan-error"));
        assert_eq!(attr(&html, "#plan-slug", "value").as_deref(), Some(slug), "what was typed is kept");
        assert_eq!(attr(&html, "#plan-title", "value").as_deref(), Some("Plano Intermunicipal da <Lezíria>"));
        for code in codes.iter().filter(|c| **c != "9999") {
            assert_eq!(attr(&html, &format!("#plan-municipalities option[value='{code}']"), "selected").as_deref(), Some(""), "{code} still chosen");
        }
    }
    assert_eq!(plans_count(app).await, before, "nothing refused was stored");
    // Only administrators.
    let (status, _) = page(app, &facilitator, "/admin/plans/new").await;
    assert_eq!(status, 403);
    let res = form_post(app, &facilitator, "/api/plans/create", "/admin/plans/new", &[("slug", "minha"), ("kind", "municipal"), ("title", "Minha"), ("lang", "pt-PT"), ("period_start", "2027-01-01"), ("period_end", "2028-01-01"), ("municipalities[]", "1403"), ("once", &once())]).await;
    assert!(!outcome(res).await.starts_with("/plans/minha"));
    assert_eq!(plans_count(app).await, before, "a facilitator creates no plan");
}

backends!(administrators_create_plans);

/// A deployment for one plan (`PONTE_HOME_PLAN`) opens on it; a search still lists.
mod single_plan {
    use ponte_app::site::SiteInfo;
    use ponte_tests::{Backend, TestApp};

    use crate::{accounts::location, surveys::PLAN};

    async fn home_leads_to_the_one_plan(backend: Backend) {
        let Some(app) = TestApp::spawn_tuned(backend, true, SiteInfo::default(), |s| s.home_plan = Some(PLAN.to_owned())).await else {
            return;
        };
        let res = app.client().get(app.url("/?lang=en")).send().await.expect("get");
        assert_eq!((res.status().as_u16(), location(&res)), (303, format!("/plans/{PLAN}")));
        let (status, html) = app.get("/?lang=en&q=lirio").await;
        assert_eq!(status, 200);
        assert_eq!(crate::texts(&html, "ul.cards h2").len(), 1, "the search still lists");
        app.stop().await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn sqlite() {
        home_leads_to_the_one_plan(Backend::Sqlite).await;
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn postgres() {
        home_leads_to_the_one_plan(Backend::Postgres).await;
    }
}
