//! SQL statements per request. Anonymous visitors get pages from the page cache; signed-in
//! people (facilitators, associations, residents) get every page rendered for them, so the
//! number of statements behind each page is what keeps those pages fast. Each page here has a
//! budget; a change that adds a query per row (or a query per component) breaks it.

use ponte_app::accounts::roles::Role;
use ponte_tests::{TestApp, backends};

use crate::{
    accounts::signed_in,
    surveys::{PLAN, make},
};

/// Pages everyone can read, with the most statements each may take for a signed-in reader
/// (the session lookup included).
fn public_pages() -> Vec<(String, usize)> {
    vec![
        // The directory of plans is kept in memory: the session and the host's revision.
        ("/".to_owned(), 2),
        ("/?q=Setubal".to_owned(), 2),
        (format!("/plans/{PLAN}"), 6),
        (format!("/plans/{PLAN}/areas"), 4),
        (format!("/plans/{PLAN}/areas/LIN"), 4),
        (format!("/plans/{PLAN}/measures/VL-LIN-03"), 5),
        (format!("/plans/{PLAN}/consultations"), 5),
        (format!("/plans/{PLAN}/consultations/c1"), 7),
        (format!("/plans/{PLAN}/versions"), 6),
        (format!("/plans/{PLAN}/measures/VL-LIN-03/changes"), 6),
        (format!("/plans/{PLAN}/entities"), 6),
        (format!("/plans/{PLAN}/surveys"), 6),
        (format!("/plans/{PLAN}/forum"), 6),
        (format!("/plans/{PLAN}/forum/2"), 7),
        (format!("/plans/{PLAN}/forum/2?page=2"), 7),
        // Issue 15: the inputs with the measures they are evidence for (one read of the links
        // for comments and positions together), the plan's use of input and its participation.
        (format!("/plans/{PLAN}/consultations/c1/inputs?measure=VL-LIN-03"), 10),
        (format!("/plans/{PLAN}/input-used"), 8),
        (format!("/plans/{PLAN}/participation"), 10),
        // Monitoring: the plan, its areas, measures, reports, figures and indicators, each read
        // once; a measure's progress: the measure, its indicators, reports, figures, entities.
        (format!("/plans/{PLAN}/monitoring"), 7),
        (format!("/plans/{PLAN}/measures/VL-SAI-02/progress"), 6),
        // The printable report: the plan page's overview, the participation report and How
        // input was used, together.
        (format!("/plans/{PLAN}/report"), 20),
    ]
}

/// The plan's facilitators' own pages, with their budgets.
fn facilitator_pages() -> Vec<(String, usize)> {
    vec![
        (format!("/plans/{PLAN}/draft"), 7),
        (format!("/plans/{PLAN}/diagnosis"), 6),
        (format!("/plans/{PLAN}/edit/areas"), 4),
        (format!("/plans/{PLAN}/edit"), 3),
        (format!("/plans/{PLAN}/activity"), 6),
        (format!("/plans/{PLAN}/evidence"), 4),
        (format!("/plans/{PLAN}/edit/population"), 3),
    ]
}

async fn signed_in_pages_stay_within_their_statement_budget(app: &TestApp) {
    make(app, "f@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "f@example.org").await;
    // A first look at every page, so that one-off work (a legacy plan's drafts made on first
    // use) is not counted against the pages.
    for (path, _) in public_pages().into_iter().chain(facilitator_pages()) {
        let (status, _) = app.statements_for(&facilitator, &path).await;
        assert_eq!(status, 200, "{path}");
    }
    // Each page's own count, signed in (no page cache): `PONTE_TEST_SQL_LOG=1` prints them.
    let mut over = Vec::new();
    let mut counts = Vec::new();
    for (path, budget) in public_pages().into_iter().chain(facilitator_pages()) {
        let (_, n) = app.statements_for(&facilitator, &path).await;
        counts.push(format!("{path}: {n}"));
        if n > budget {
            over.push(format!("{path}: {n} statements (budget {budget})"));
        }
    }
    assert!(over.is_empty(), "over budget: {over:#?}\nall: {counts:#?}");
}

/// Issue 14: a page of a long thread, for a resident signed in, in at most five statements (the
/// session, the plan, the thread, its page of posts, and one to spare).
async fn a_resident_reads_a_page_of_a_thread_in_five_statements(app: &TestApp) {
    let resident = signed_in(app, "resident@example.org").await;
    let pages = [format!("/plans/{PLAN}/forum/2"), format!("/plans/{PLAN}/forum/2?page=2"), format!("/plans/{PLAN}/forum")];
    for path in &pages {
        assert_eq!(app.statements_for(&resident, path).await.0, 200, "{path}");
    }
    for path in &pages {
        let (_, n) = app.statements_for(&resident, path).await;
        assert!(n <= 5, "{path}: {n} statements");
    }
}

backends!(signed_in_pages_stay_within_their_statement_budget, a_resident_reads_a_page_of_a_thread_in_five_statements);
