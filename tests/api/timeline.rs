//! A plan's process timeline (issue 11, 3): facilitators add phases (ending on a date or after a
//! number of working days, counted as the CPA counts them) and remove them, audited; everyone sees
//! them on the plan's page in order, the current one marked; bad input is refused with its message
//! and stores nothing; residents change nothing.

use chrono::Duration;
use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, plan_municipalities, plan_phases},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, location, outcome, signed_in},
    form_fields,
    surveys::{PLAN, make, once, page},
    text, texts,
};

async fn phases(app: &TestApp) -> u64 {
    plan_phases::Entity::find().count(&app.db).await.expect("count")
}

async fn facilitators_set_the_process_timeline(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let plan_page = format!("/plans/{PLAN}");
    // The demo plan comes with a timeline around today, its surveys' weeks under way.
    let (_, html) = app.get(&format!("{plan_page}?lang=en")).await;
    assert_eq!(texts(&html, "#timeline li[aria-current=step] strong"), ["Surveys"], "{:?}", texts(&html, "#timeline li"));
    assert!(texts(&html, "#timeline form").is_empty(), "no forms for the public");
    // From here on, a timeline of this test's own.
    plan_phases::Entity::delete_many().exec(&app.db).await.expect("empty the timeline");
    // (Seen signed in: the public page is cached, and a change made behind the app's back does
    // not reach the cache before its few seconds are up.)
    let (_, html) = page(app, &facilitator, &plan_page).await;
    assert_eq!(text(&html, "#timeline p.muted"), "The dates of the process have not been set yet.");

    let add = |client: reqwest::Client, kind: &'static str, starts: String, ends: String, days: &'static str, token: String| async move {
        let form = [("plan", PLAN), ("kind", kind), ("starts_on", &starts), ("ends_on", &ends), ("working_days", days), ("once", &token)];
        outcome(form_post(app, &client, "/api/plans/add_phase", &format!("/plans/{PLAN}"), &form).await).await
    };
    let saved = format!("/plans/{PLAN}?timeline=saved#timeline");
    // 30 working days from Friday 20 March 2026 (the first day counts): Good Friday and 1 May
    // do not, so the last day is Monday 4 May.
    let token = once();
    assert_eq!(add(facilitator.clone(), "consultation", "2026-03-20".into(), String::new(), "30", token.clone()).await, saved);
    assert_eq!(add(facilitator.clone(), "consultation", "2026-03-20".into(), String::new(), "30", token).await, saved, "a double click adds one");
    assert_eq!(add(facilitator.clone(), "diagnosis", "2025-09-01".into(), "2025-12-31".into(), "", once()).await, saved);
    let today = ponte_tests::plan_today();
    let (from, to) = ((today - Duration::days(10)).to_string(), (today + Duration::days(100)).to_string());
    assert_eq!(add(facilitator.clone(), "monitoring", from, to, "", once()).await, saved);
    assert_eq!(phases(app).await, 3);
    let stored = plan_phases::Entity::find().filter(plan_phases::Column::Kind.eq("consultation")).one(&app.db).await.expect("q").expect("row");
    assert_eq!(stored.ends_on.to_string(), "2026-05-04");

    // Everyone sees them in date order, with their working days and where the process stands.
    let (_, html) = app.get(&format!("{plan_page}?lang=en")).await;
    let names = texts(&html, "#timeline ol li .phase-name strong");
    assert_eq!(names, ["Local diagnosis", "Public consultation of the draft", "Monitoring"]);
    assert!(texts(&html, "#timeline ol li")[1].contains("30 working days"), "{:?}", texts(&html, "#timeline ol li"));
    assert_eq!(texts(&html, "#timeline li[aria-current=step] strong"), ["Monitoring"], "the phase under way");
    assert_eq!(text(&html, "#timeline li:first-child .badge"), "Finished");
    let (_, pt) = app.get(&format!("{plan_page}?lang=pt-PT")).await;
    assert!(text(&pt, "#timeline li:first-child").contains("1 de setembro de 2025"), "dates as the language writes them: {}", text(&pt, "#timeline li:first-child"));

    // Bad input: each refused with its message; nothing stored.
    for (kind, starts, ends, days, message) in [
        ("consultation", "2026-05-10", "2026-05-01", "", "The closing date must be after the opening date."),
        ("consultation", "2026-13-40", "", "10", "This date is not valid."),
        ("consultation", "2026-05-10", "", "trinta", "Write a whole number here"),
        ("consultation", "2026-05-10", "", "0", "Write a whole number here"),
        ("consultation", "2026-05-10", "", "9999", "Write a whole number here"),
        ("consultation", "2026-05-10", "", "", "This date is not valid."),
        ("party", "2026-05-10", "2026-05-11", "", "Something in this form is not allowed."),
    ] {
        let refused = add(facilitator.clone(), kind, starts.into(), ends.into(), days, once()).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{kind} {starts} {ends} {days}: {refused}");
    }
    assert_eq!(phases(app).await, 3, "nothing refused was stored");
    let res = form_post(
        app,
        &resident,
        "/api/plans/add_phase",
        &plan_page,
        &[("plan", PLAN), ("kind", "forum"), ("starts_on", "2026-06-01"), ("ends_on", "2026-06-30"), ("working_days", ""), ("once", &once())],
    )
    .await;
    assert_ne!(location(&res), saved);
    assert_eq!(phases(app).await, 3, "a resident adds nothing");

    // Facilitators see the forms; removing a phase takes it off the page.
    let (_, own) = page(app, &facilitator, &plan_page).await;
    assert_eq!(texts(&own, "#timeline li form button").len(), 3, "a remove button per phase");
    let id = stored.id.to_string();
    let res = form_post(app, &resident, "/api/plans/remove_phase", &plan_page, &[("plan", PLAN), ("id", &id)]).await;
    assert_ne!(location(&res), saved);
    assert_eq!(phases(app).await, 3, "a resident removes nothing");
    let res = form_post(app, &facilitator, "/api/plans/remove_phase", &plan_page, &[("plan", PLAN), ("id", &id)]).await;
    assert_eq!(location(&res), saved);
    assert_eq!(phases(app).await, 2);
    let (_, html) = app.get(&format!("{plan_page}?lang=en")).await;
    assert_eq!(texts(&html, "#timeline ol li .phase-name strong"), ["Local diagnosis", "Monitoring"]);
    let audited = |action: &'static str| {
        let db = app.db.clone();
        async move { audit_log::Entity::find().filter(audit_log::Column::Action.eq(action)).count(&db).await.expect("count") }
    };
    assert_eq!((audited("plan.phase_added").await, audited("plan.phase_removed").await), (3, 1));
}

/// Sends the holidays form of the plan's edit page with the first municipality's holiday set to
/// `kind` and `date`; where the server sent the browser.
async fn set_seat_holiday(app: &TestApp, client: &reqwest::Client, kind: &str, date: &str) -> String {
    let edit = format!("/plans/{PLAN}/edit?lang=en");
    let (status, html) = page(app, client, &edit).await;
    assert_eq!(status, 200);
    let mut fields = form_fields(&html, "#holidays form");
    if let Some(field) = fields.iter_mut().find(|(n, _)| n == "holiday[]") {
        field.1 = kind.to_owned();
    }
    if let Some(field) = fields.iter_mut().find(|(n, _)| n == "date[]") {
        field.1 = date.to_owned();
    }
    let form: Vec<(&str, &str)> = fields.iter().map(|(n, v)| (n.as_str(), v.as_str())).collect();
    outcome(form_post(app, client, "/api/plans/holidays", &edit, &form).await).await
}

async fn the_seat_s_municipal_holiday_moves_working_day_deadlines(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let add = |days: &'static str| {
        let client = facilitator.clone();
        async move {
            let form = [("plan", PLAN), ("kind", "forum"), ("starts_on", "2026-05-11"), ("ends_on", ""), ("working_days", days), ("once", &once())];
            outcome(form_post(app, &client, "/api/plans/add_phase", &format!("/plans/{PLAN}"), &form).await).await;
            let last = plan_phases::Entity::find().filter(plan_phases::Column::Kind.eq("forum")).all(&app.db).await.expect("q");
            last.iter().map(|p| p.id).max().and_then(|id| last.into_iter().find(|p| p.id == id)).expect("a phase").ends_on.to_string()
        }
    };
    // Monday 11 May 2026 and five working days: Friday 15 May.
    assert_eq!(add("5").await, "2026-05-15");

    // The seat's own holiday on Friday 15 May: the same five days end on Monday 18 May.
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/edit?lang=en")).await;
    assert_eq!(text(&html, "#holidays fieldset legend"), "Ribeira do Lírio", "the seat first");
    assert_eq!(set_seat_holiday(app, &facilitator, "date", "15/05").await, format!("/plans/{PLAN}/edit?lang=en&holidays=1#holidays"));
    let seat = || async { plan_municipalities::Entity::find().filter(plan_municipalities::Column::Slug.eq("ribeira-do-lirio")).one(&app.db).await.expect("q").expect("seat").holiday };
    assert_eq!(seat().await.as_deref(), Some("05-15"));
    assert_eq!(add("5").await, "2026-05-18");
    let (_, html) = page(app, &facilitator, &format!("/plans/{PLAN}/edit?lang=en")).await;
    assert_eq!(form_fields(&html, "#holidays form").into_iter().find(|(n, _)| n == "date[]").map(|(_, v)| v).as_deref(), Some("15-05"));

    // Ascension Thursday moves with Easter; none clears it.
    assert!(set_seat_holiday(app, &facilitator, "ascension", "").await.contains("holidays=1"));
    assert_eq!(seat().await.as_deref(), Some("easter+39"));

    // Bad input: refused with its message, nothing changed.
    for (kind, date, message) in [
        ("date", "29-02", "such as 13-06"),
        ("date", "31-06", "such as 13-06"),
        ("date", "", "such as 13-06"),
        ("date", "junho", "such as 13-06"),
        ("easter", "", "Something in this form is not allowed."),
    ] {
        let refused = set_seat_holiday(app, &facilitator, kind, date).await;
        assert!(refused.starts_with("refused") && refused.contains(message), "{kind} {date}: {refused}");
    }
    assert_eq!(seat().await.as_deref(), Some("easter+39"));
    let edit = format!("/plans/{PLAN}/edit");
    let other = [("plan", PLAN), ("lang", "en"), ("municipality[]", "lisboa"), ("holiday[]", "none"), ("date[]", "")];
    let refused = outcome(form_post(app, &facilitator, "/api/plans/holidays", &edit, &other).await).await;
    assert!(refused.contains("not one of the plan"), "{refused}");
    // Residents change nothing.
    let res = form_post(app, &resident, "/api/plans/holidays", &edit, &[("plan", PLAN), ("lang", "en"), ("municipality[]", "ribeira-do-lirio"), ("holiday[]", "none"), ("date[]", "")]).await;
    assert!(!outcome(res).await.contains("holidays=1"));
    assert_eq!(seat().await.as_deref(), Some("easter+39"));
    assert!(set_seat_holiday(app, &facilitator, "none", "").await.contains("holidays=1"));
    assert_eq!(seat().await, None);
    let audited = audit_log::Entity::find().filter(audit_log::Column::Action.eq("plan.holidays_changed")).count(&app.db).await.expect("count");
    assert_eq!(audited, 3);
}

backends!(facilitators_set_the_process_timeline, the_seat_s_municipal_holiday_moves_working_day_deadlines);
