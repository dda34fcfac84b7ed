//! The public plan pages: home, plan, areas, area, measure, entities directory.

use ponte_tests::{TestApp, backends};

use crate::{attr, text, texts};

const PLAN: &str = "/plans/vale-do-lirio-2026";

async fn visitor_sees_the_demo_plan_on_the_home_page(app: &TestApp) {
    let (status, html) = app.get("/").await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Planos para a integração de migrantes");
    // The demo hosts three plans; the Vale do Lírio one is the first demo plan.
    let card = texts(&html, ".cards .card").into_iter().find(|c| c.contains("Vale do Lírio")).expect("the Vale do Lírio card");
    assert!(card.contains("Vale do Lírio"), "{card}");
    assert!(card.contains("Em consulta pública"), "{card}");
    assert!(card.contains("Ribeira do Lírio, Serra Clara"), "{card}");
    assert!(card.contains("De 1 de janeiro de 2026 a 31 de dezembro de 2028"), "{card}");
    assert!(texts(&html, ".cards .card").iter().any(|c| c.contains("Monte Claro")), "and the second, municipal, plan");
    let third = texts(&html, ".cards .card").into_iter().find(|c| c.contains("Ribeira Alta")).expect("and the third, being monitored");
    assert!(third.contains("Em execução"), "{third}");
    assert_eq!(attr(&html, &format!(".cards h2 a[href=\"{PLAN}\"]"), "href").as_deref(), Some(PLAN));
}

async fn visitor_reads_what_the_plan_is_and_where_it_stands(app: &TestApp) {
    let (status, html) = app.get_with(PLAN, &[("accept-language", "en")]).await;
    assert_eq!(status, 200);
    assert!(text(&html, "h1").contains("Vale do Lírio Intermunicipal Plan"));
    let facts = text(&html, "dl.facts");
    assert!(facts.contains("In public consultation"), "{facts}");
    assert!(facts.contains("Intermunicipal plan"), "{facts}");
    assert!(facts.contains("1 January 2026 to 31 December 2028"), "{facts}");
    let rows = texts(&html, "table.data tbody tr");
    assert_eq!(rows, vec!["Ribeira do Lírio 41,200 5,350", "Serra Clara 18,900 2,100"]);
    let next = text(&html, ".next-steps");
    assert!(next.contains("10 measures in 16 areas, 6 of them core (level 1)"), "{next}");
    assert!(next.contains("14 organisations"), "{next}");
    // What level 1 means, in plain words.
    assert!(text(&html, ".explainer").contains("The municipalities guarantee"));
}

async fn visitor_browses_the_sixteen_areas_in_order(app: &TestApp) {
    let (status, html) = app.get_with(&format!("{PLAN}/areas"), &[("accept-language", "pt-PT")]).await;
    assert_eq!(status, 200);
    let names = texts(&html, ".cards h2");
    assert_eq!(names.len(), 16);
    assert_eq!(names[0], "Compromisso da Autarquia");
    assert_eq!(names[15], "Outras");
    let cards = texts(&html, ".cards li.card");
    assert!(cards[0].contains("1 medida proposta, 1 essencial"), "{}", cards[0]);
    assert!(cards[15].contains("Ainda não há medidas propostas nesta área."), "{}", cards[15]);
}

async fn visitor_sees_an_areas_measures_with_level_one_marked(app: &TestApp) {
    let (status, html) = app.get_with(&format!("{PLAN}/areas/LIN"), &[("accept-language", "en")]).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Language");
    let measures = texts(&html, ".measure-card");
    assert_eq!(measures.len(), 1);
    assert!(measures[0].contains("VL-LIN-03"));
    assert!(measures[0].contains("Level 1 · core"));
    assert_eq!(attr(&html, ".measure-card h3 a", "href").as_deref(), Some("/plans/vale-do-lirio-2026/measures/VL-LIN-03"));
}

async fn visitor_reads_every_field_of_a_measure(app: &TestApp) {
    let (status, html) = app.get_with(&format!("{PLAN}/measures/VL-SAI-02"), &[("accept-language", "en")]).await;
    assert_eq!(status, 200);
    let page = text(&html, "article.measure");
    for expected in [
        "VL-SAI-02",
        "Level 1 · core",
        "Draft",
        "In short",
        "What will be done",
        "Objectives",
        "How progress will be measured",
        "When",
        "Responsible",
        "Partners",
    ] {
        assert!(page.contains(expected), "measure page lacks {expected:?}: {page}");
    }
    assert!(text(&html, "h1").contains("CLAIM"), "{}", text(&html, "h1"));
    assert!(text(&html, ".level-note").contains("guarantee"));
    let indicator_rows = texts(&html, "table.data tbody tr");
    assert_eq!(indicator_rows.len(), 2, "{indicator_rows:?}");
    assert!(indicator_rows.iter().any(|r| r.contains("1,200") || r.contains("1200")), "{indicator_rows:?}");
    // Responsible and partner entities link into the directory.
    let links: Vec<String> = texts(&html, "article.measure a");
    assert!(links.len() >= 3, "{links:?}");
    let href = attr(&html, "article.measure h2 + p a:not(.comment-on)", "href").unwrap_or_default();
    assert!(href.starts_with("/plans/vale-do-lirio-2026/entities#entity-"), "{href}");
    // Nothing shown in a fallback language for a fully translated measure in English.
    assert!(texts(&html, "article.measure .fallback-note").is_empty());
}

async fn level_two_measure_says_it_depends_on_resources(app: &TestApp) {
    let (_, html) = app.get_with(&format!("{PLAN}/measures/VL-MTE-06"), &[("accept-language", "en")]).await;
    assert!(text(&html, ".meta").contains("Level 2"));
    assert!(!text(&html, ".meta").contains("core"));
    assert!(text(&html, ".level-note").contains("depend on money and partners"));
}

async fn untranslated_description_is_shown_in_portuguese_with_a_note(app: &TestApp) {
    let (status, html) = app.get_with(&format!("{PLAN}/measures/VL-RD-09"), &[("accept-language", "en")]).await;
    assert_eq!(status, 200);
    let notes = texts(&html, "article.measure .fallback-note");
    assert_eq!(notes, vec!["(Not translated yet: shown in Português.)"], "{notes:?}");
    // The fallback paragraph carries its real language.
    let doc = scraper::Html::parse_document(&html);
    let sel = scraper::Selector::parse("article.measure p[lang=\"pt-PT\"]").expect("selector");
    assert_eq!(doc.select(&sel).count(), 1);
}

async fn urdu_reader_gets_a_right_to_left_page_with_urdu_title(app: &TestApp) {
    let (status, html) = app.get(&format!("{PLAN}/measures/VL-CA-01?lang=ur")).await;
    assert_eq!(status, 200);
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("ur"));
    assert_eq!(attr(&html, "html", "dir").as_deref(), Some("rtl"));
    assert_eq!(attr(&html, "h1 span", "lang").as_deref(), Some("ur"));
    // The summary exists only in pt-PT and en: shown in English, Urdu's first fallback, with a note.
    assert_eq!(attr(&html, ".summary p", "lang").as_deref(), Some("en"));
    assert!(!texts(&html, ".summary .fallback-note").is_empty());
}

async fn entities_directory_filters_by_area(app: &TestApp) {
    let (status, html) = app.get_with(&format!("{PLAN}/entities"), &[("accept-language", "en")]).await;
    assert_eq!(status, 200);
    let all = texts(&html, ".cards > li.card");
    assert_eq!(all.len(), 14);
    assert!(text(&html, "h2[aria-live]").contains("All organisations (14 organisations)"));
    let (status, html) = app.get_with(&format!("{PLAN}/entities?area=SAU"), &[("accept-language", "en")]).await;
    assert_eq!(status, 200);
    let health = texts(&html, ".cards > li.card");
    assert!(!health.is_empty() && health.len() < 14, "{health:?}");
    assert!(health.iter().all(|e| e.contains("Health")), "{health:?}");
    assert_eq!(attr(&html, "option[selected]", "value").as_deref(), Some("SAU"));
    assert!(text(&html, "h2[aria-live]").starts_with("Working in: Health"));
    // Every entity has an anchor the measure pages link to.
    let doc = scraper::Html::parse_document(&html);
    let sel = scraper::Selector::parse(".cards > li.card[id^=\"entity-\"]").expect("selector");
    assert_eq!(doc.select(&sel).count(), health.len());
}

async fn unknown_area_filter_is_a_translated_bad_request(app: &TestApp) {
    let (status, html) = app.get_with(&format!("{PLAN}/entities?area=NOPE"), &[("accept-language", "en")]).await;
    assert_eq!(status, 400);
    assert_eq!(text(&html, "h1"), "Something in the request is not right");
}

async fn missing_plan_measure_area_and_page_are_translated_404s(app: &TestApp) {
    for path in [
        "/plans/no-such-plan",
        "/plans/no-such-plan/areas",
        &format!("{PLAN}/areas/ZZ"),
        &format!("{PLAN}/measures/VL-XX-99"),
        "/no/such/page",
    ] {
        let (status, html) = app.get_with(path, &[("accept-language", "uk")]).await;
        assert_eq!(status, 404, "{path}");
        assert_eq!(attr(&html, "html", "lang").as_deref(), Some("uk"), "{path}");
        assert!(!text(&html, "h1").is_empty() && !text(&html, "h1").contains("not found"), "{path}");
        assert!(html.contains("href=\"/\""), "{path}: a way back home");
    }
}

async fn server_function_answers_json_and_404_for_unknown_measure(app: &TestApp) {
    let client = reqwest::Client::new();
    let res = client
        .post(app.url("/api/plans/measure"))
        .header("origin", &app.base)
        .form(&[("plan", "vale-do-lirio-2026"), ("code", "VL-MED-10"), ("lang", "en")])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 200);
    let body: serde_json::Value = serde_json::from_str(&res.text().await.expect("body")).expect("json");
    assert_eq!(body["code"], "VL-MED-10");
    assert_eq!(body["level"], 2);
    assert_eq!(body["title"]["lang"], "en");
    let res = client
        .post(app.url("/api/plans/measure"))
        .header("origin", &app.base)
        .form(&[("plan", "vale-do-lirio-2026"), ("code", "nope"), ("lang", "en")])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 404);
    let res = client
        .post(app.url("/api/plans/measure"))
        .header("origin", &app.base)
        .form(&[("plan", "x")])
        .send()
        .await
        .expect("post");
    assert_eq!(res.status(), 400, "missing arguments are a bad request, not a 500");
}

/// A national host: the home page lists its plans 24 at a time, the search and district kept
/// across pages.
async fn a_host_of_many_plans_lists_them_a_page_at_a_time(app: &TestApp) {
    use ponte_app::{
        accounts::{domain::EmailAddress, people, roles::Role},
        entity::users,
        plans::{
            create::service::{NewPlan, create},
            municipalities,
        },
    };
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let email = EmailAddress::parse("host@example.org").expect("email");
    people::grant_role(&app.db, None, people::GrantRequest { email, role: Role::Admin, plan_slug: None, entity_slug: None }).await.expect("grant");
    let admin = users::Entity::find().filter(users::Column::Email.eq("host@example.org")).one(&app.db).await.expect("q").expect("admin").id;
    // 30 plans of the Faro and Lisboa districts' municipalities, and the demo's three.
    let towns: Vec<_> = municipalities::all().iter().filter(|m| m.district == "Faro" || m.district == "Lisboa").take(30).collect();
    let in_faro = towns.iter().filter(|m| m.district == "Faro").count();
    for m in &towns {
        let new = NewPlan {
            slug: format!("pmim-{}", m.dico),
            kind: "municipal".into(),
            title: format!("Plano de {}", m.name),
            lang: "pt-PT".into(),
            period_start: chrono::NaiveDate::from_ymd_opt(2027, 1, 1).expect("date"),
            period_end: chrono::NaiveDate::from_ymd_opt(2029, 12, 31).expect("date"),
            municipalities: vec![m.dico.clone()],
        };
        create(&app.db, new, admin).await.expect("plan");
    }
    let (_, first) = app.get("/?lang=en").await;
    assert_eq!(texts(&first, "ul.cards > li").len(), 24);
    assert_eq!(text(&first, "nav.pager span"), "Page 1 of 2");
    assert_eq!(attr(&first, "nav.pager a", "href").as_deref(), Some("/?page=2"));
    let (_, second) = app.get("/?lang=en&page=2").await;
    assert_eq!(texts(&second, "ul.cards > li").len(), 33 - 24);
    let (_, beyond) = app.get("/?lang=en&page=99").await;
    assert_eq!(text(&beyond, "nav.pager span"), "Page 2 of 2", "past the end: the last page");
    let (_, faro) = app.get("/?lang=en&district=Faro").await;
    assert_eq!(texts(&faro, "ul.cards > li").len(), in_faro.min(24));
    let (_, found) = app.get("/?lang=en&q=plano+de").await;
    assert_eq!(texts(&found, "ul.cards > li").len(), 24, "the 30 plans called Plano de …, first page");
    assert_eq!(attr(&found, "nav.pager a", "href").as_deref(), Some("/?q=plano+de&page=2"), "the search is kept");
}

backends!(
    a_host_of_many_plans_lists_them_a_page_at_a_time,
    visitor_sees_the_demo_plan_on_the_home_page,
    visitor_reads_what_the_plan_is_and_where_it_stands,
    visitor_browses_the_sixteen_areas_in_order,
    visitor_sees_an_areas_measures_with_level_one_marked,
    visitor_reads_every_field_of_a_measure,
    level_two_measure_says_it_depends_on_resources,
    untranslated_description_is_shown_in_portuguese_with_a_note,
    urdu_reader_gets_a_right_to_left_page_with_urdu_title,
    entities_directory_filters_by_area,
    unknown_area_filter_is_a_translated_bad_request,
    missing_plan_measure_area_and_page_are_translated_404s,
    server_function_answers_json_and_404_for_unknown_measure,
);
