//! A plan's activity log (issue 11, 7): every audited change to the plan, newest first, with who
//! made it and the survey it was about; for the plan's facilitators and the administrators only.

use ponte_app::{accounts::roles::Role, surveys::model::Access};
use ponte_tests::{TestApp, backends};

use crate::{
    accounts::{form_post, signed_in},
    surveys::{PLAN, SHORT, make, once, page, survey},
    text, texts,
};

async fn facilitators_read_what_was_changed_in_their_plan(app: &TestApp) {
    survey(app, "registo", Access::Codes, SHORT, |_| {}).await;
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    let resident = signed_in(app, "someone@example.org").await;
    let form = [("plan", PLAN), ("survey", "registo"), ("count", "2"), ("once", &once())];
    form_post(app, &facilitator, "/api/surveys/create_codes", "/", &form).await;
    let form = [("plan", PLAN), ("kind", "forum"), ("starts_on", "2026-06-01"), ("ends_on", "2026-06-30"), ("working_days", ""), ("once", &once())];
    form_post(app, &facilitator, "/api/plans/add_phase", "/", &form).await;

    let activity = format!("/plans/{PLAN}/activity");
    let (status, html) = page(app, &facilitator, &activity).await;
    assert_eq!(status, 200);
    let rows = texts(&html, "main table tbody tr");
    assert!(rows[0].contains("Added a phase to the timeline") && rows[0].contains("f@example.org"), "newest first: {rows:?}");
    assert!(rows[1].contains("Made single-use codes") && rows[1].contains("Test survey"), "with the survey it was about: {rows:?}");
    assert_eq!(text(&html, "main table tbody tr:nth-child(2) td a"), "Test survey");
    assert!(rows.iter().any(|r| r.contains("Created a survey") && r.contains("A deleted account, or the server's command line")), "{rows:?}");
    let (_, plan_page) = page(app, &facilitator, &format!("/plans/{PLAN}")).await;
    assert!(texts(&plan_page, "#timeline a").iter().any(|a| a.contains("activity log")), "linked from the plan's page");
    for (who, client) in [("a resident", &resident), ("a visitor", &app.client())] {
        let (status, html) = page(app, client, &activity).await;
        assert!(status == 401 || status == 403, "{who}: {status}");
        assert!(!html.contains("f@example.org"), "{who} sees no one's address");
    }
    let (status, _) = page(app, &facilitator, "/plans/no-such-plan/activity").await;
    assert_eq!(status, 404);
}

backends!(facilitators_read_what_was_changed_in_their_plan);
