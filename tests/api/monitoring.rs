//! Monitoring after approval (issue 15, item 6): the responsible entity's representatives and
//! the plan's facilitators report progress on a measure of an approved plan; facilitators give
//! each indicator its baseline and target; bad input is refused with its message and stores
//! nothing; nobody else reports; the dashboard counts measures by status per area, marks the
//! late ones and shows each indicator's progress; a measure's page draws its values.

use chrono::{Duration, Utc};
use ponte_app::{
    accounts::{domain::EmailAddress, people, roles::Role},
    entity::{audit_log, indicator_figures, measures, plan_entities, plans, progress_reports},
    plans::clock,
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, outcome, signed_in},
    attr,
    surveys::{PLAN, make, once, page},
    text, texts,
};

const MEASURE: &str = "VL-SAI-02";
const LATE_TO_START: &str = "VL-SAU-04";
const LATE_TO_END: &str = "VL-CID-08";

fn progress_page() -> String {
    format!("/plans/{PLAN}/measures/{MEASURE}/progress")
}

async fn represent(app: &TestApp, email: &str, entity: &str) {
    let request = people::GrantRequest { email: EmailAddress::parse(email).expect("email"), role: Role::AssociationRep, plan_slug: Some(PLAN.into()), entity_slug: Some(entity.into()) };
    people::grant_role(&app.db, None, request).await.expect("grant");
}

/// The demo plan's id (the demo's plan being monitored has reports, figures and audit entries
/// of its own).
async fn plan_id(app: &TestApp) -> i32 {
    plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan").id
}

async fn reports(app: &TestApp) -> Vec<progress_reports::Model> {
    progress_reports::Entity::find().filter(progress_reports::Column::PlanId.eq(plan_id(app).await)).all(&app.db).await.expect("q")
}

/// How many of the demo plan's audit entries record `action`.
async fn audited(app: &TestApp, action: &str) -> u64 {
    let plan = plan_id(app).await;
    audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).filter(audit_log::Column::PlanId.eq(plan)).count(&app.db).await.expect("count")
}

/// A report as the form sends it, with `changes` over a valid one; where the server sends the
/// browser, or why not.
async fn report(app: &TestApp, client: &reqwest::Client, changes: &[(&str, &str)], token: &str) -> String {
    let today = clock::today("Europe/Lisbon").to_string();
    let mut form: Vec<(&str, String)> = vec![
        ("plan", PLAN.into()),
        ("code", MEASURE.into()),
        ("status", "in_progress".into()),
        ("reported_on", today),
        ("indicator", "1".into()),
        ("value", "310".into()),
        ("note", "Visitámos 6 freguesias.".into()),
        ("lang", "pt-PT".into()),
        ("evidence", "https://www.example.pt/ata-3.pdf".into()),
        ("once", token.into()),
    ];
    for (key, value) in changes {
        form.retain(|(k, _)| k != key);
        if !value.starts_with('\u{0}') {
            form.push((key, (*value).to_owned()));
        }
    }
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    outcome(form_post(app, client, "/api/monitoring/report", &progress_page(), &form).await).await
}

/// An indicator's figures as the facilitator's form sends them.
async fn figures(app: &TestApp, client: &reqwest::Client, position: &str, unit: &str, baseline: &str, target: &str) -> String {
    let form = [("plan", PLAN), ("code", MEASURE), ("position", position), ("unit", unit), ("baseline", baseline), ("target", target)];
    outcome(form_post(app, client, "/api/monitoring/figures", &progress_page(), &form).await).await
}

/// Every measure of the demo plan starts in a month and ends in a year, but one that should
/// have started ten days ago and one that should have ended yesterday (dates from today, so
/// the test reads the same on any day).
async fn dates_from_today(app: &TestApp) {
    let today = Utc::now().date_naive();
    for m in measures::Entity::find().filter(measures::Column::PlanId.eq(plan_id(app).await)).all(&app.db).await.expect("q") {
        let (start, end) = match m.code.as_str() {
            LATE_TO_START => (today - Duration::days(10), today + Duration::days(300)),
            LATE_TO_END => (today - Duration::days(300), today - Duration::days(2)),
            _ => (today + Duration::days(30), today + Duration::days(365)),
        };
        let mut row: measures::ActiveModel = m.into();
        row.starts_on = Set(Some(start));
        row.ends_on = Set(Some(end));
        row.update(&app.db).await.expect("dates");
    }
}

async fn set_status(app: &TestApp, status: &str) {
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(PLAN)).one(&app.db).await.expect("q").expect("plan");
    let mut row: plans::ActiveModel = plan.into();
    row.status = Set(status.to_owned());
    row.update(&app.db).await.expect("status");
}

async fn entities_and_facilitators_report_progress_once_the_plan_is_approved(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    represent(app, "claim@example.org", "claim-vale-do-lirio").await;
    represent(app, "himal@example.org", "associacao-himal").await;
    let facilitator = signed_in(app, "f@example.org").await;
    let claim = signed_in(app, "claim@example.org").await;
    let himal = signed_in(app, "himal@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    dates_from_today(app).await;

    // While the plan is in consultation nobody reports, and the pages say why.
    let refused = report(app, &facilitator, &[], &once()).await;
    assert!(refused.contains("this plan is not approved yet"), "{refused}");
    let (status, html) = page(app, &facilitator, &progress_page()).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "main p.notice"), "Monitoring starts once the plan is approved. Until then nobody reports progress here.");
    assert!(texts(&html, "form").iter().all(|f| !f.contains("Publish the report")), "no form before approval");
    assert!(texts(&html, &format!("a[href='{}']", progress_page())).is_empty());

    set_status(app, "approved").await;
    let (_, plan_page) = page(app, &facilitator, &format!("/plans/{PLAN}")).await;
    assert_eq!(texts(&plan_page, &format!("a[href='/plans/{PLAN}/monitoring']")).len(), 1, "the plan page links the dashboard");
    let (_, measure_page) = page(app, &facilitator, &format!("/plans/{PLAN}/measures/{MEASURE}")).await;
    assert_eq!(texts(&measure_page, &format!("a[href='{}']", progress_page())), ["Progress of this measure after approval"]);

    // The responsible entity's representative reports; a double click publishes one report.
    let (_, html) = page(app, &claim, &progress_page()).await;
    assert!(html.contains("id=\"progress-note\""), "the representative gets the report form");
    assert!(!html.contains("id=\"figures-1-baseline\""), "but not the figures' form");
    let token = once();
    let first = report(app, &claim, &[], &token).await;
    let stored = reports(app).await;
    assert_eq!(stored.len(), 1);
    assert_eq!(first, format!("{}?added={}#report-{}", progress_page(), stored[0].id, stored[0].id));
    assert_eq!(report(app, &claim, &[], &token).await, first, "a double click publishes one report");
    assert_eq!(reports(app).await.len(), 1);
    let claim_id = plan_entities::Entity::find().filter(plan_entities::Column::Slug.eq("claim-vale-do-lirio")).one(&app.db).await.expect("q").expect("entity").id;
    assert_eq!((stored[0].entity_id, stored[0].position, stored[0].value), (Some(claim_id), Some(1), Some(310.0)));

    // Another entity's representative, a resident and a visitor report nothing.
    for client in [&himal, &resident, &app.client()] {
        assert!(!report(app, client, &[], &once()).await.starts_with("/plans"));
    }
    assert_eq!(reports(app).await.len(), 1);

    // Facilitators set each indicator's figures; bad figures are refused and change nothing.
    assert_eq!(figures(app, &facilitator, "1", "atendimentos", "120", "1 200").await, format!("{}?saved=1#figures-1", progress_page()));
    for (position, unit, baseline, target, message) in [
        ("1", "", "muitos", "400", "Write a number here"),
        ("1", "", "100", "1e9", "Write a number here"),
        ("9", "", "1", "2", "not one of this measure's"),
        ("x", "", "1", "2", "not one of this measure's"),
        ("1", &"u".repeat(41), "1", "2", "This text is too long."),
    ] {
        let refused = figures(app, &facilitator, position, unit, baseline, target).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{position} {baseline} {target}: {refused}");
    }
    assert!(!figures(app, &claim, "1", "", "1", "2").await.starts_with("/plans"), "representatives do not set figures");
    let set = indicator_figures::Entity::find().filter(indicator_figures::Column::PlanId.eq(plan_id(app).await)).all(&app.db).await.expect("q");
    assert_eq!(set.len(), 1);
    assert_eq!((set[0].unit.as_str(), set[0].baseline, set[0].target), ("atendimentos", 120.0, 1200.0));

    // Bad reports: each refused with its message; nothing stored.
    let tomorrow = (clock::today("Europe/Lisbon") + Duration::days(1)).to_string();
    let long = "x".repeat(4001);
    for (changes, message) in [
        (vec![("status", "\u{0}")], "Choose how the measure stands"),
        (vec![("status", "done")], "Choose how the measure stands"),
        (vec![("reported_on", tomorrow.as_str())], "cannot be dated after today"),
        (vec![("reported_on", "31/12/2026")], "This date is not valid"),
        (vec![("note", "   ")], "Say what was done."),
        (vec![("note", long.as_str())], "This text is too long."),
        (vec![("indicator", "")], "Choose the indicator this value measures"),
        (vec![("indicator", "7")], "not one of this measure's"),
        (vec![("value", "trezentos")], "Write a number here"),
        (vec![("evidence", "javascript:alert(1)")], "A web address starts with https://"),
    ] {
        let refused = report(app, &facilitator, &changes, &once()).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{changes:?}: {refused}");
    }
    assert_eq!(reports(app).await.len(), 1, "nothing refused was stored");

    // A refused report comes back with what was typed.
    let form = [("plan", PLAN), ("code", MEASURE), ("status", "completed"), ("reported_on", "2026-13-01"), ("indicator", "1"), ("value", "12,5"), ("note", "Quase <b>feito</b>"), ("lang", "pt-PT"), ("evidence", ""), ("once", "y")];
    let html = form_post(app, &facilitator, "/api/monitoring/report", &progress_page(), &form).await.text().await.expect("body");
    assert_eq!(attr(&html, "#progress-value", "value").as_deref(), Some("12,5"));
    assert_eq!(attr(&html, "#progress-status-completed", "checked").as_deref(), Some(""));
    assert_eq!(text(&html, "#progress-note"), "Quase <b>feito</b>");

    // The plan's team reports too, under its own name; hostile text stays text.
    let earlier = (clock::today("Europe/Lisbon") - Duration::days(30)).to_string();
    let note = "</textarea><script>alert(1)</script> Balcão aberto";
    assert!(report(app, &facilitator, &[("reported_on", earlier.as_str()), ("value", "180"), ("note", note), ("evidence", "")], &once()).await.starts_with(&progress_page()));
    assert_eq!((audited(app, "plan.progress_reported").await, audited(app, "plan.indicator_figures_set").await), (2, 1));

    // The measure's page: the latest report's status, the values drawn and tabled oldest first,
    // each report naming the entity or the team, never the person.
    let (_, html) = page(app, &app.client(), &progress_page()).await;
    assert_eq!(text(&html, "dl.facts dd .badge"), "In progress");
    assert_eq!(texts(&html, "#indicator-1 table tbody td.num"), ["180 atendimentos", "310 atendimentos"]);
    assert_eq!(texts(&html, "#indicator-1 svg.line-chart circle").len(), 2);
    assert!(text(&html, "#indicator-1 dl.facts").contains("18 % of the way from the baseline to the target"), "(310 − 120) / (1200 − 120) = 17.6 %");
    let items = texts(&html, "#reports-heading ~ ol > li");
    assert_eq!(items.len(), 2);
    assert!(items[0].contains("Reported by Vale do Lírio CLAIM"), "{}", items[0]);
    assert!(items[1].contains("Reported by the plan's team") && items[1].contains(note), "{}", items[1]);
    assert!(!html.contains("claim@example.org") && !html.contains("f@example.org"));
    assert_eq!(attr(&html, &format!("#report-{} a[rel]", stored[0].id), "href").as_deref(), Some("https://www.example.pt/ata-3.pdf"));
    assert!(!html.contains("<script>alert(1)"));
    assert!(texts(&html, "form[action^='/api/monitoring']").is_empty(), "visitors get no forms");

    // The dashboard: by area, the late ones marked, the indicator's progress.
    let (status, html) = page(app, &app.client(), &format!("/plans/{PLAN}/monitoring")).await;
    assert_eq!(status, 200);
    let total: Vec<String> = texts(&html, "table[aria-labelledby=by-area-heading] tfoot td.num");
    assert_eq!(total, ["9", "1", "0", "0", "2"], "ten measures: one in progress, two late");
    assert_eq!(text(&html, "table[aria-labelledby=by-area-heading] tbody tr:nth-child(2) th"), "Reception and Integration Services");
    assert_eq!(texts(&html, "table[aria-labelledby=by-area-heading] tbody tr:nth-child(2) td.num"), ["0", "1", "0", "0", "0"]);
    let late: Vec<String> = texts(&html, "table[aria-labelledby=measures-heading] tbody tr")
        .into_iter()
        .filter(|r| r.contains("Late"))
        .map(|r| r.split_whitespace().next().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(late, [LATE_TO_START, LATE_TO_END]);
    let line = text(&html, "table[aria-labelledby=indicators-heading] tbody tr");
    assert!(line.starts_with(MEASURE) && line.contains("120 atendimentos") && line.contains("310 atendimentos") && line.contains("1,200 atendimentos"), "{line}");
    // In Portuguese.
    let (_, pt) = page(app, &app.client(), &format!("/plans/{PLAN}/monitoring?lang=pt-PT")).await;
    assert_eq!(text(&pt, "h1"), "Acompanhamento do plano");
    assert!(text(&pt, "table[aria-labelledby=indicators-heading] tbody tr").contains("1200 atendimentos") || text(&pt, "table[aria-labelledby=indicators-heading] tbody tr").contains("1 200 atendimentos"));

    // Completing the measure that should have ended takes its mark away.
    let token = once();
    let done = [("plan", PLAN), ("code", LATE_TO_END), ("status", "completed"), ("reported_on", earlier.as_str()), ("indicator", ""), ("value", ""), ("note", "Concluída."), ("lang", "pt-PT"), ("evidence", ""), ("once", token.as_str())];
    let to = outcome(form_post(app, &facilitator, "/api/monitoring/report", &progress_page(), &done).await).await;
    assert!(to.starts_with(&format!("/plans/{PLAN}/measures/{LATE_TO_END}/progress?added=")), "{to}");
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/monitoring")).await;
    assert_eq!(texts(&html, "table[aria-labelledby=by-area-heading] tfoot td.num"), ["8", "1", "1", "0", "1"]);

    // A mistaken report is removed by the plan's team (not by the entity), and the activity log
    // keeps what it said.
    let (_, html) = page(app, &claim, &progress_page()).await;
    assert!(texts(&html, "form[action='/api/monitoring/remove']").is_empty(), "representatives remove nothing");
    let id = stored[0].id.to_string();
    let remove = [("plan", PLAN), ("code", MEASURE), ("id", id.as_str())];
    assert!(!outcome(form_post(app, &claim, "/api/monitoring/remove", &progress_page(), &remove).await).await.starts_with("/plans"));
    let (_, html) = page(app, &facilitator, &progress_page()).await;
    assert_eq!(texts(&html, "form[action='/api/monitoring/remove']").len(), 2, "facilitators may remove each report");
    let to = outcome(form_post(app, &facilitator, "/api/monitoring/remove", &progress_page(), &remove).await).await;
    assert_eq!(to, format!("{}?removed=1#reports-heading", progress_page()));
    assert!(reports(app).await.iter().all(|r| r.id != stored[0].id), "the report is gone");
    let kept = audit_log::Entity::find().filter(audit_log::Column::Action.eq("plan.progress_removed")).filter(audit_log::Column::PlanId.eq(plan_id(app).await)).one(&app.db).await.expect("q").expect("audited");
    assert!(kept.details.contains("Visitámos 6 freguesias."), "{}", kept.details);
    let (_, html) = page(app, &facilitator, &progress_page()).await;
    assert_eq!(texts(&html, "#reports-heading ~ ol > li").len(), 1);
}

/// The demo's plan being carried out (Ribeira Alta's, 2024–2026, loaded with its reports): its
/// dashboard counts its five measures by status and marks the one that should have started and
/// has not (and, once the plan's period is over, every one not completed); a measure's page
/// draws its values and lists its reports, newest first, each naming who reported.
async fn the_demo_plan_being_carried_out_shows_how_each_measure_is_going(app: &TestApp) {
    const RA: &str = "ribeira-alta-2024";
    let statuses = [("RA-SAI-01", "in_progress"), ("RA-LIN-02", "in_progress"), ("RA-EDU-03", "completed"), ("RA-UH-04", "not_started"), ("RA-SAI-05", "suspended")];
    // Which are late depends on the day: computed by the rule, from the measures' own dates.
    let plan = plans::Entity::find().filter(plans::Column::Slug.eq(RA)).one(&app.db).await.expect("q").expect("the third demo plan");
    assert_eq!(plan.status, "monitoring");
    let today = clock::today(&plan.time_zone);
    let rows = measures::Entity::find().filter(measures::Column::PlanId.eq(plan.id)).all(&app.db).await.expect("q");
    let late = |code: &str, status: &str| {
        let m = rows.iter().find(|m| m.code == code).expect("measure");
        ponte_app::monitoring::late(m.starts_on, m.ends_on, status, today)
    };
    assert!(late("RA-UH-04", "not_started"), "it should have started in September 2025");

    let (_, plan_page) = page(app, &app.client(), &format!("/plans/{RA}")).await;
    assert_eq!(texts(&plan_page, &format!("a[href='/plans/{RA}/monitoring']")).len(), 1, "the plan page links the dashboard");
    let (status, html) = page(app, &app.client(), &format!("/plans/{RA}/monitoring?lang=pt-PT")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Acompanhamento do plano");
    assert!(texts(&html, "main p.notice").is_empty(), "monitored: no notice that monitoring has not started");
    let late_count = statuses.iter().filter(|(code, status)| late(code, status)).count().to_string();
    assert_eq!(texts(&html, "table[aria-labelledby=by-area-heading] tfoot td.num"), ["1", "2", "1", "1", late_count.as_str()], "not started, in progress, completed, suspended, late");
    assert_eq!(text(&html, "table[aria-labelledby=by-area-heading] tbody tr:nth-child(2) th"), "Serviços de Acolhimento e Integração");
    let sai_late = u8::from(late("RA-SAI-01", "in_progress")) + u8::from(late("RA-SAI-05", "suspended"));
    assert_eq!(texts(&html, "table[aria-labelledby=by-area-heading] tbody tr:nth-child(2) td.num"), ["0", "1", "0", "1", sai_late.to_string().as_str()]);
    let lines = texts(&html, "table[aria-labelledby=measures-heading] tbody tr");
    assert_eq!(lines.len(), statuses.len(), "{lines:?}");
    for ((code, status), line) in statuses.iter().zip(&lines) {
        let label = match *status {
            "not_started" => "Não iniciada",
            "in_progress" => "Em curso",
            "completed" => "Concluída",
            _ => "Suspensa",
        };
        assert!(line.starts_with(code) && line.contains(label), "{code} {label}: {line}");
        assert_eq!(line.contains("Atrasada"), late(code, status), "{line}");
    }
    let indicators = texts(&html, "table[aria-labelledby=indicators-heading] tbody tr");
    assert_eq!(indicators.len(), 7, "every indicator has its figures: {indicators:?}");
    let people = indicators.iter().find(|l| l.starts_with("RA-LIN-02 Pessoas")).expect("the PLA learners");
    assert!(people.contains("0 pessoas") && people.contains("247 pessoas") && people.contains("300 pessoas") && people.contains("82% do caminho"), "{people}");
    let contracts = indicators.iter().find(|l| l.starts_with("RA-UH-04")).expect("the mediated contracts");
    assert!(contracts.contains("Ainda sem relatório"), "{contracts}");

    // A measure under way: its values drawn and tabled oldest first, its reports newest first.
    let progress = format!("/plans/{RA}/measures/RA-LIN-02/progress");
    let (status, html) = page(app, &app.client(), &format!("{progress}?lang=pt-PT")).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "dl.facts dd .badge"), "Em curso");
    assert_eq!(texts(&html, "#indicator-0 table tbody td.num"), ["41 pessoas", "118 pessoas", "214 pessoas", "247 pessoas"]);
    assert_eq!(texts(&html, "#indicator-0 svg.line-chart circle").len(), 4);
    assert_eq!(texts(&html, "#indicator-1 svg.line-chart circle").len(), 3, "2, 4, then 6 evening classes");
    let reports = texts(&html, "#reports-heading ~ ol > li");
    assert_eq!(reports.len(), 7);
    assert!(reports[0].contains("247 pessoas certificadas") && reports[0].contains("Registado por Agrupamento de Escolas da Ribeira Alta"), "{}", reports[0]);
    assert!(reports.iter().any(|r| r.contains("Registado pela equipa do plano")), "the plan's team reports too");
    assert!(reports[6].contains("Abriram as duas primeiras turmas"), "{}", reports[6]);
    assert_eq!(attr(&html, "#reports-heading ~ ol a[rel]", "href").as_deref(), Some("https://aeribeiraalta.example/pla/certificados-2024"));
    assert!(texts(&html, "form[action^='/api/monitoring']").is_empty(), "visitors get no forms");

    // The completed measure, and the one written up in English.
    let (_, html) = page(app, &app.client(), &format!("/plans/{RA}/measures/RA-EDU-03/progress")).await;
    assert_eq!(text(&html, "dl.facts dd"), "Completed");
    let (_, html) = page(app, &app.client(), &format!("/plans/{RA}/measures/RA-SAI-01/progress")).await;
    assert_eq!(attr(&html, "#reports-heading ~ ol > li p[lang=en]", "lang").as_deref(), Some("en"), "a note in English says so");
}

backends!(entities_and_facilitators_report_progress_once_the_plan_is_approved, the_demo_plan_being_carried_out_shows_how_each_measure_is_going);
