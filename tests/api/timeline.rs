//! A plan's process timeline (issue 11, 3): facilitators add phases (ending on a date or after a
//! number of working days, counted as the CPA counts them) and remove them, audited; everyone sees
//! them on the plan's page in order, the current one marked; bad input is refused with its message
//! and stores nothing; residents change nothing.

use chrono::{Duration, Utc};
use ponte_app::{
    accounts::roles::Role,
    entity::{audit_log, plan_phases},
};
use ponte_tests::{TestApp, backends};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    accounts::{form_post, location, outcome, signed_in},
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
    let today = Utc::now().date_naive();
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

backends!(facilitators_set_the_process_timeline);
