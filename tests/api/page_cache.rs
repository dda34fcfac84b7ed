//! The page cache as visitors meet it: anonymous visitors share one rendered page, yet see at once
//! what a write through the server changed; signed-in people and browsers with answers in
//! progress never get someone else's page; a change made behind the server's back (another app
//! server) shows within the configured time.

use std::time::{Duration, Instant};

use ponte_app::{accounts::roles::Role, entity::surveys, page_cache::PageCache, site::SiteInfo, surveys::model::Access};
use ponte_tests::{Backend, TestApp, backends};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

use crate::{
    accounts::{form_post, location, set_cookies, signed_in},
    surveys::{PLAN, SHORT, make, page, path, send, survey},
    text,
};

/// The nonce the page's inline scripts carry: a fresh render gets a fresh one.
fn nonce(html: &str) -> String {
    let start = html.find("nonce=\"").map(|i| i + 7).expect("the page has a nonce");
    html[start..].split('"').next().unwrap_or_default().to_owned()
}

async fn anonymous_visitors_share_a_page_that_writes_refresh_at_once(app: &TestApp) {
    survey(app, "shared", Access::Open, SHORT, |_| {}).await;
    let (status, first) = app.get(&path("shared", "/answer?lang=en")).await;
    assert_eq!(status, 200);
    let (_, again) = app.get(&path("shared", "/answer?lang=en")).await;
    assert_eq!(nonce(&first), nonce(&again), "the second visitor gets the page rendered for the first");
    assert_eq!(first, again);

    // Results: each response sent through the form shows on the very next visit.
    let (_, html) = app.get(&path("shared", "/results?lang=en")).await;
    assert!(text(&html, "main p strong").starts_with("Fewer than 5 responses"));
    for n in 1..=6 {
        assert_eq!(send(app, &app.client(), "shared", 0, "next", "ok why", &[("q.ok", "yes")]).await, path("shared", "/thanks"));
        let (_, html) = app.get(&path("shared", "/results?lang=en")).await;
        let total = text(&html, "main p strong");
        if n >= 5 {
            assert_eq!(total, format!("{n} responses"), "after response {n}");
        }
    }
    // Answering does not change the form, so it stays in memory…
    let (_, html) = app.get(&path("shared", "/answer?lang=en")).await;
    assert_eq!(nonce(&html), nonce(&first), "responses do not throw the form away");
    // …until a facilitator renames the survey: the next visitor sees the new title.
    make(app, "host@example.org", Role::Facilitator).await;
    let facilitator = signed_in(app, "host@example.org").await;
    let form = [
        ("plan", PLAN),
        ("survey", "shared"),
        ("lang", "en"),
        ("title", "Getting around the town"),
        ("intro", ""),
        ("access", "open"),
        ("opens_on", ""),
        ("closes_on", ""),
        ("results_public", "on"),
    ];
    let res = form_post(app, &facilitator, "/api/surveys/settings", &path("shared", "/edit"), &form).await;
    assert!(location(&res).contains("saved=1"), "{}", location(&res));
    let (_, html) = app.get(&path("shared", "/answer?lang=en")).await;
    assert_eq!(text(&html, "h1"), "Getting around the town");
}

async fn signed_in_people_and_answers_in_progress_get_their_own_page(app: &TestApp) {
    survey(app, "own", Access::Open, SHORT, |_| {}).await;
    let (_, anonymous) = app.get(&path("own", "/answer?lang=en")).await;
    assert!(anonymous.contains("href=\"/sign-in\""));
    // Signed in: the header offers the account, never the anonymous page's "sign in".
    let resident = signed_in(app, "someone@example.org").await;
    let (_, html) = page(app, &resident, &path("own", "/answer?lang=en")).await;
    assert!(html.contains("href=\"/account\"") && !html.contains("href=\"/sign-in\""), "a signed-in page");
    // Answers saved for later come back to this browser only.
    let browser = app.client();
    let saved = send(app, &browser, "own", 0, "save", "ok why", &[("q.why", "Só no meu telemóvel")]).await;
    assert_eq!(saved, path("own", "/saved"));
    let (_, html) = page(app, &browser, &path("own", "/answer?lang=en")).await;
    assert!(html.contains("Só no meu telemóvel"), "the browser's own answers");
    let (_, html) = app.get(&path("own", "/answer?lang=en")).await;
    assert!(!html.contains("Só no meu telemóvel"), "nobody else's");
    assert_eq!(nonce(&html), nonce(&anonymous), "and anonymous visitors still share the page");
}

async fn a_language_chosen_by_link_is_remembered_on_every_visit(app: &TestApp) {
    for _ in 0..3 {
        let res = app.client().get(app.url(&format!("/plans/{PLAN}?lang=uk"))).send().await.expect("get");
        assert_eq!(res.status(), 200);
        assert!(set_cookies(&res).iter().any(|c| c.starts_with("ponte_lang=uk")), "{:?}", set_cookies(&res));
    }
}

backends!(
    anonymous_visitors_share_a_page_that_writes_refresh_at_once,
    signed_in_people_and_answers_in_progress_get_their_own_page,
    a_language_chosen_by_link_is_remembered_on_every_visit,
);

mod elsewhere {
    use super::*;

    /// Another app server renamed the survey (here: straight in the database). This server
    /// cannot know, so its page is at most the configured time old.
    async fn changes_made_elsewhere_show_within_the_configured_time(backend: Backend) {
        let tune = |s: &mut ponte_app::state::ServerSettings| s.page_cache = PageCache::new(Duration::from_secs(1));
        let Some(app) = TestApp::spawn_tuned(backend, true, SiteInfo { contact_email: None }, tune).await else {
            return;
        };
        let id = survey(&app, "elsewhere", Access::Open, SHORT, |_| {}).await;
        let (_, html) = app.get(&path("elsewhere", "/answer?lang=en")).await;
        assert_eq!(text(&html, "h1"), "Test survey");
        let row = surveys::Entity::find_by_id(id).one(&app.db).await.expect("q").expect("survey");
        let mut row: surveys::ActiveModel = row.into();
        row.title_i18n = Set(r#"{"en":"Renamed elsewhere","pt-PT":"Renomeado"}"#.to_owned());
        row.update(&app.db).await.expect("update");
        let started = Instant::now();
        loop {
            let (_, html) = app.get(&path("elsewhere", "/answer?lang=en")).await;
            if text(&html, "h1") == "Renamed elsewhere" {
                break;
            }
            assert!(started.elapsed() < Duration::from_secs(5), "still the old title after 5 s with a 1 s cache");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        app.stop().await;
    }

    /// `PONTE_PAGE_CACHE_SECONDS=0`: every visit is rendered afresh.
    async fn without_a_cache_every_visit_is_rendered(backend: Backend) {
        let tune = |s: &mut ponte_app::state::ServerSettings| s.page_cache = PageCache::new(Duration::ZERO);
        let Some(app) = TestApp::spawn_tuned(backend, true, SiteInfo { contact_email: None }, tune).await else {
            return;
        };
        survey(&app, "fresh", Access::Open, SHORT, |_| {}).await;
        let (_, a) = app.get(&path("fresh", "/answer?lang=en")).await;
        let (_, b) = app.get(&path("fresh", "/answer?lang=en")).await;
        assert_ne!(nonce(&a), nonce(&b));
        app.stop().await;
    }

    mod renamed {
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn sqlite() {
            super::changes_made_elsewhere_show_within_the_configured_time(super::Backend::Sqlite).await;
        }
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn postgres() {
            super::changes_made_elsewhere_show_within_the_configured_time(super::Backend::Postgres).await;
        }
    }

    mod off {
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn sqlite() {
            super::without_a_cache_every_visit_is_rendered(super::Backend::Sqlite).await;
        }
    }
}
