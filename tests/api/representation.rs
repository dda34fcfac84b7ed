//! Representativeness (issue 15, item 3): facilitators enter the reference population of the
//! plan's municipalities (groups with their residents, source, year and the languages whose
//! inputs count for them), audited; bad input is refused with its message and stores nothing;
//! residents change nothing; the public participation report compares each group's share of
//! the residents with its share of the inputs and marks the groups with half or less.

use ponte_app::{
    accounts::roles::Role,
    core::Translated,
    entity::{audit_log, plan_population_groups as groups},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder};

use crate::{
    accounts::{form_post, outcome, signed_in},
    surveys::{PLAN, make, once, page},
    text, texts,
};

fn editor() -> String {
    format!("/plans/{PLAN}/edit/population")
}

async fn stored(app: &TestApp) -> Vec<groups::Model> {
    groups::Entity::find().order_by_asc(groups::Column::Position).all(&app.db).await.expect("q")
}

/// A group's form: name, residents, year, source, then each language ticked.
fn fields<'a>(name: &'a str, population: &'a str, year: &'a str, source: &'a str, languages: &[&'a str]) -> Vec<(&'static str, &'a str)> {
    let mut form = vec![("plan", PLAN), ("name", name), ("population", population), ("year", year), ("source", source)];
    form.extend(languages.iter().map(|l| ("languages[]", *l)));
    form
}

/// Adds a group as `client`, in Portuguese; where the server sends the browser, or why not.
async fn add(app: &TestApp, client: &reqwest::Client, mut form: Vec<(&str, &str)>, token: &str) -> String {
    form.extend([("lang", "pt-PT"), ("once", token)]);
    outcome(form_post(app, client, "/api/report/add_population_group", &editor(), &form).await).await
}

async fn facilitators_enter_the_reference_population_and_the_report_compares_it(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    // The demo plan comes with fictional figures, shown in the report.
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/participation")).await;
    assert_eq!(status, 200);
    let table = "table[aria-labelledby=representation-heading]";
    assert_eq!(texts(&html, &format!("{table} tbody tr")).len(), 8, "the demo's eight groups");
    assert!(text(&html, &format!("{table} tbody tr:first-child th")).starts_with("Nepal"));
    // Only facilitators open the editor.
    assert_eq!(page(app, &facilitator, &editor()).await.0, 200);
    assert_eq!(page(app, &resident, &editor()).await.0, 403);
    assert_eq!(page(app, &app.client(), &editor()).await.0, 401);

    // From here on, groups of this test's own: a removal through the form, the rest directly.
    let demo = stored(app).await;
    let remove = |client: reqwest::Client, id: String| async move { outcome(form_post(app, &client, "/api/report/remove_population_group", &editor(), &[("plan", PLAN), ("id", &id), ("lang", "pt-PT")]).await).await };
    assert!(!remove(resident.clone(), demo[0].id.to_string()).await.starts_with("/plans"), "a resident removes nothing");
    assert_eq!(stored(app).await.len(), 8);
    assert_eq!(remove(facilitator.clone(), demo[0].id.to_string()).await, format!("{}?in=pt-PT&removed=1#groups-heading", editor()));
    assert_eq!(stored(app).await.len(), 7);
    groups::Entity::delete_many().exec(&app.db).await.expect("empty");

    let token = once();
    let speakers = fields("Residentes de língua portuguesa", "1 000", "2024", "INE, Censos 2021", &["pt-PT"]);
    let first = add(app, &facilitator, speakers.clone(), &token).await;
    assert!(first.starts_with(&format!("{}?in=pt-PT&saved=", editor())), "{first}");
    assert_eq!(add(app, &facilitator, speakers, &token).await, first, "a double click adds one group");
    let verde = fields("Cabo Verde", "9000", "2024", "AIMA, RMA 2024", &["kea"]);
    assert!(add(app, &facilitator, verde, &once()).await.starts_with(&editor()));
    let two = stored(app).await;
    assert_eq!(two.len(), 2);
    assert_eq!((two[0].population, two[0].languages.as_str(), two[1].population), (1000, "pt-PT", 9000), "\"1 000\" read as a thousand");

    // Bad input: each refused with its message; nothing stored.
    let long = "x".repeat(201);
    for (form, message) in [
        (fields("Índia", "muitos", "2024", "AIMA", &["hi"]), "Write the number of residents as a whole number"),
        (fields("Índia", "0", "2024", "AIMA", &["hi"]), "Write the number of residents as a whole number"),
        (fields("Índia", "-5", "2024", "AIMA", &["hi"]), "Write the number of residents as a whole number"),
        (fields("Índia", "100", "1800", "AIMA", &["hi"]), "Write the year of the figures"),
        (fields("Índia", "100", "3000", "AIMA", &["hi"]), "Write the year of the figures"),
        (fields("Índia", "100", "dois mil", "AIMA", &["hi"]), "Write the year of the figures"),
        (fields("Índia", "100", "2024", "  ", &["hi"]), "Say where the figures come from."),
        (fields("Índia", "100", "2024", "AIMA", &[]), "Tick at least one language"),
        (fields("Índia", "100", "2024", "AIMA", &["hi", "pt-PT"]), "already counts for another group"),
        (fields("Índia", "100", "2024", "AIMA", &["tlh"]), "This language is not one of the plan's languages."),
        (fields(" ", "100", "2024", "AIMA", &["hi"]), "Please write a name."),
        (fields(&long, "100", "2024", "AIMA", &["hi"]), "This text is too long."),
    ] {
        let refused = add(app, &facilitator, form.clone(), &once()).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{form:?}: {refused}");
    }
    assert!(!add(app, &resident, fields("Índia", "100", "2024", "AIMA", &["hi"]), &once()).await.starts_with("/plans"));
    assert_eq!(stored(app).await.len(), 2, "nothing refused was stored");

    // A refused form comes back with what was typed.
    let mut form = fields("Índia", "muitos", "2024", "AIMA", &["hi"]);
    form.extend([("lang", "pt-PT"), ("once", "x")]);
    let res = form_post(app, &facilitator, "/api/report/add_population_group", &editor(), &form).await;
    let html = res.text().await.expect("body");
    assert_eq!(crate::attr(&html, "#add-group-population", "value").as_deref(), Some("muitos"));
    assert_eq!(crate::attr(&html, "#add-group-lang-hi", "checked").as_deref(), Some(""));

    // Changing a group: its English name, figures, languages; audited.
    let id = two[1].id.to_string();
    let mut change = fields("Cape Verde <b>", "8 500", "2023", "AIMA (RMA)", &["kea", "en"]);
    change.extend([("id", id.as_str()), ("lang", "en")]);
    let saved = outcome(form_post(app, &facilitator, "/api/report/save_population_group", &editor(), &change).await).await;
    assert_eq!(saved, format!("{}?in=en&saved={id}#group-{id}", editor()));
    let row = groups::Entity::find_by_id(two[1].id).one(&app.db).await.expect("q").expect("row");
    assert_eq!((row.population, row.year, row.languages.as_str()), (8500, 2023, "en kea"));
    let name = Translated::from_json(&row.name_i18n);
    assert_eq!((name.0.get("pt-PT").map(String::as_str), name.0.get("en").map(String::as_str)), (Some("Cabo Verde"), Some("Cape Verde <b>")));
    // The plan's own name cannot be emptied.
    let mut empty = fields("", "8500", "2023", "AIMA", &["kea"]);
    empty.extend([("id", id.as_str()), ("lang", "pt-PT")]);
    assert!(outcome(form_post(app, &facilitator, "/api/report/save_population_group", &editor(), &empty).await).await.contains("Please write a name."));
    let audited = |action: &'static str| {
        let db = app.db.clone();
        async move { audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).count(&db).await.expect("count") }
    };
    assert_eq!((audited("plan.population_added").await, audited("plan.population_changed").await, audited("plan.population_removed").await), (2, 1, 1));

    // The report: shares of residents against shares of inputs. Cape Verde has 89.5 % of the
    // residents and far fewer inputs than the Portuguese-speaking residents: marked, in words.
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/participation")).await;
    let rows = texts(&html, &format!("{table} tbody tr"));
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(text(&html, &format!("{table} tbody tr:nth-child(2) th .muted")), "Source: AIMA (RMA), 2023");
    assert!(text(&html, &format!("{table} tbody tr:nth-child(2) th")).starts_with("Cape Verde <b>"), "typed text shown as text");
    assert_eq!(texts(&html, &format!("{table} tbody tr.under th span[dir=auto]")), ["Cape Verde <b>"]);
    assert_eq!(text(&html, &format!("{table} tbody tr.under td .badge")), "Under-represented");
    assert!(texts(&html, &format!("{table} tbody tr:first-child .badge")).is_empty(), "the Portuguese-speaking residents are not");
    // In Portuguese, the Portuguese names.
    let (_, pt) = page(app, &app.client(), &format!("/plans/{PLAN}/participation?lang=pt-PT")).await;
    assert!(text(&pt, &format!("{table} tbody tr:nth-child(2) th")).starts_with("Cabo Verde"));
    assert_eq!(text(&pt, &format!("{table} tbody tr.under td .badge")), "Sub-representado");
}

async fn a_plan_without_a_reference_population_says_so(app: &TestApp) {
    groups::Entity::delete_many().exec(&app.db).await.expect("empty");
    let (_, html) = page(app, &app.client(), &format!("/plans/{PLAN}/participation?fresh=1")).await;
    assert_eq!(text(&html, "section[aria-labelledby=representation-heading] p.muted"), "The facilitators have not entered the plan's reference population yet.");
}

backends!(facilitators_enter_the_reference_population_and_the_report_compares_it, a_plan_without_a_reference_population_says_so);
