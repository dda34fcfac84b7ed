//! Health, accessibility statement, seeding, failure modes.

use ponte_tests::{Backend, TestApp, backends};
use sea_orm::{ConnectionTrait, EntityTrait, PaginatorTrait};

use crate::text;

async fn health_reports_a_reachable_database(app: &TestApp) {
    let res = reqwest::get(app.url("/healthz")).await.expect("get");
    assert_eq!(res.status(), 200);
    assert_eq!(res.text().await.expect("body"), r#"{"status":"ok","database":"ok"}"#);
}

async fn accessibility_statement_names_the_law_and_the_contact(app: &TestApp) {
    let (status, html) = app.get_with("/accessibility", &[("accept-language", "pt-PT")]).await;
    assert_eq!(status, 200);
    assert_eq!(text(&html, "h1"), "Declaração de acessibilidade");
    assert!(html.contains("Decreto-Lei n.º 83/2018"));
    assert!(html.contains("mailto:acessibilidade@example.org"));
}

async fn seeding_twice_changes_nothing(app: &TestApp) {
    use ponte_app::entity::{measures, plan_entities, plan_versions, plans, progress_reports};
    let before = measures::Entity::find().count(&app.db).await.expect("count");
    let reports = progress_reports::Entity::find().count(&app.db).await.expect("count");
    let versions = plan_versions::Entity::find().count(&app.db).await.expect("count");
    let outcome = ponte_server::seed::seed_demo(&app.db).await.expect("seed");
    assert_eq!(outcome, ponte_server::seed::SeedOutcome::AlreadyPresent);
    assert_eq!(measures::Entity::find().count(&app.db).await.expect("count"), before);
    assert_eq!(before, 10 + 3 + 5, "the demo plan's measures, the second plan's and the third's");
    assert_eq!(plans::Entity::find().count(&app.db).await.expect("count"), 3);
    assert_eq!(plan_entities::Entity::find().count(&app.db).await.expect("count"), 14 + 3 + 4);
    assert_eq!(progress_reports::Entity::find().count(&app.db).await.expect("count"), reports, "the third plan's reports, once");
    assert!(reports > 0);
    assert_eq!(plan_versions::Entity::find().count(&app.db).await.expect("count"), versions, "2 + 1 versions, once");
    assert_eq!(versions, 2 + 1);
}

async fn pages_are_compressed_and_carry_security_headers(app: &TestApp) {
    let client = reqwest::Client::builder().build().expect("client");
    let res = client.get(app.url("/")).header("accept-encoding", "gzip").send().await.expect("get");
    assert_eq!(res.headers().get("content-encoding").and_then(|v| v.to_str().ok()), Some("gzip"));
    assert_eq!(res.headers().get("x-content-type-options").and_then(|v| v.to_str().ok()), Some("nosniff"));
    let csp = res.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    // The hydration bundle is served as built (scripts/build.sh): brotli for browsers that take it
    // (over HTTPS), gzip for the others, and never compressed again per request.
    for (accept, encoding) in [("br, gzip", "br"), ("gzip", "gzip")] {
        let res = client.get(app.url("/pkg/ponte_bg.wasm")).header("accept-encoding", accept).send().await.expect("get");
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers().get("content-encoding").and_then(|v| v.to_str().ok()), Some(encoding), "accept-encoding: {accept}");
    }
    // The page's inline hydration script carries the nonce the policy allows, and only this
    // response's nonce.
    let nonce = csp.split("'nonce-").nth(1).and_then(|rest| rest.split('\'').next()).unwrap_or_default().to_owned();
    assert!(nonce.len() >= 16, "pages allow their inline scripts by nonce: {csp}");
    let (_, html) = app.get("/").await;
    assert!(!html.contains(&format!("nonce=\"{nonce}\"")), "a nonce is never reused");
    let health = client.get(app.url("/healthz")).send().await.expect("get");
    let strict = health.headers().get("content-security-policy").and_then(|v| v.to_str().ok()).unwrap_or_default();
    assert!(strict.contains("script-src 'self' 'wasm-unsafe-eval'") && !strict.contains("nonce"), "{strict}");
}

backends!(
    health_reports_a_reachable_database,
    accessibility_statement_names_the_law_and_the_contact,
    seeding_twice_changes_nothing,
    pages_are_compressed_and_carry_security_headers,
);

/// When the database disappears under a running server, health says so and pages explain it in
/// the reader's language — never a bare 500.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn lost_database_gives_503_and_a_translated_page() {
    let Some(app) = TestApp::spawn(Backend::Postgres).await else { return };
    let name = app.test_db.url.rsplit('/').next().expect("db name").to_owned();
    let server = app.test_db.url.rsplit_once('/').expect("url").0.to_owned();
    let admin = sea_orm::Database::connect(format!("{server}/postgres")).await.expect("admin");
    admin
        .execute_unprepared(&format!("DROP DATABASE {name} WITH (FORCE)"))
        .await
        .expect("drop");
    let res = reqwest::get(app.url("/healthz")).await.expect("get");
    assert_eq!(res.status(), 503);
    let (status, html) = app.get_with("/plans/vale-do-lirio-2026", &[("accept-language", "en")]).await;
    assert_eq!(status, 503);
    assert_eq!(text(&html, "h1"), "Service temporarily unavailable");
    app.stop().await;
}
