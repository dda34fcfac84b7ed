//! Pages always answer: a server starting in the same process never makes another one's pages
//! wait forever, and a page whose data never comes back is answered, in time, with the site's
//! translated "try again later" page.

use std::sync::{
    Arc,
    atomic::{AtomicBool, Ordering},
};

use ponte_app::site::SiteInfo;
use ponte_tests::{Backend, TestApp};
use sea_orm::{ConnectionTrait, Database};

use crate::{attr, text};

const MEASURE: &str = "/plans/vale-do-lirio-2026/measures/VL-CA-01?lang=en";

/// The API tests run many servers in one process, each building its router while others serve.
/// Building a router used to generate Leptos's route list, which suppresses every resource
/// first polled meanwhile, in the whole process, for ever (leptos-rs/leptos#4773): a page
/// request then never answered. Here routers are built over and over while pages are fetched.
async fn pages_answer_while_routers_are_built_in_the_same_process(backend: Backend) {
    let Some(app) = TestApp::spawn(backend).await else { return };
    let done = Arc::new(AtomicBool::new(false));
    let builder = {
        let done = done.clone();
        let db = app.db.clone();
        std::thread::spawn(move || {
            let site_root = std::path::PathBuf::from("target/site");
            let addr = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
            let mut built = 0;
            while !done.load(Ordering::Relaxed) && built < 5_000 {
                let state = ponte_tests::ponte_server::state(db.clone(), site_root.clone(), addr, SiteInfo::default());
                drop(ponte_tests::ponte_server::web::router(state));
                built += 1;
            }
            built
        })
    };
    let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(15)).build().expect("client");
    let mut failures = Vec::new();
    for round in 0..25 {
        let requests = (0..8).map(|i| {
            let (client, url) = (client.clone(), app.url(&format!("{MEASURE}&round={round}&i={i}")));
            async move { client.get(url).send().await.map(|r| r.status().as_u16()) }
        });
        for outcome in futures_join(requests).await {
            if outcome.as_ref().map_or(true, |s| *s != 200) {
                failures.push(format!("{outcome:?}"));
            }
        }
    }
    done.store(true, Ordering::Relaxed);
    let built = builder.join().expect("router builder");
    assert!(built > 0);
    assert!(failures.is_empty(), "{} of 200 measure pages did not answer: {:?}", failures.len(), &failures[..failures.len().min(3)]);
    app.stop().await;
}

async fn futures_join<F: std::future::Future + Send + 'static>(futures: impl Iterator<Item = F>) -> Vec<F::Output>
where
    F::Output: Send + 'static,
{
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::new();
    for h in handles {
        out.push(h.await.expect("task"));
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_answer_while_routers_are_built_sqlite() {
    pages_answer_while_routers_are_built_in_the_same_process(Backend::Sqlite).await;
}

/// A page whose data is held up (here a table another session keeps locked, as a long migration
/// or a stuck transaction would) is answered within the render limit with the translated
/// "unavailable" page, and renders again once the lock is gone. PostgreSQL only: SQLite gives up
/// on a lock by itself after its busy timeout.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_page_held_up_by_a_lock_gets_the_unavailable_page_in_time() {
    let Some(app) = TestApp::spawn_tuned(Backend::Postgres, true, SiteInfo::default(), |s| {
        s.render_timeout = std::time::Duration::from_secs(1);
        s.page_cache = ponte_app::page_cache::PageCache::new(std::time::Duration::ZERO);
    })
    .await
    else {
        return;
    };
    let locker = Database::connect(app.test_db.url.as_str()).await.expect("second connection");
    locker.execute_unprepared("BEGIN; LOCK TABLE plans IN ACCESS EXCLUSIVE MODE;").await.expect("lock");
    let client = reqwest::Client::builder().timeout(std::time::Duration::from_secs(20)).build().expect("client");
    let res = client.get(app.url("/plans/vale-do-lirio-2026?lang=pt-PT")).send().await.expect("an answer, not a hang");
    assert_eq!(res.status(), 503);
    let html = res.text().await.expect("body");
    assert_eq!(text(&html, "main h1"), "Serviço temporariamente indisponível");
    assert_eq!(attr(&html, "html", "lang").as_deref(), Some("pt-PT"));
    locker.execute_unprepared("ROLLBACK;").await.expect("unlock");
    let res = client.get(app.url("/plans/vale-do-lirio-2026?lang=pt-PT")).send().await.expect("get");
    assert_eq!(res.status(), 200, "the page renders again once the lock is gone");
    locker.close().await.ok();
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_answer_while_routers_are_built_postgres() {
    pages_answer_while_routers_are_built_in_the_same_process(Backend::Postgres).await;
}
