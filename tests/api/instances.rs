//! Several app servers on one PostgreSQL database, as a multi-instance deployment runs them:
//! sessions made on one are valid on the other, and each email goes out exactly once.

use std::time::Duration;

use ponte_app::site::SiteInfo;
use ponte_tests::{Backend, TestApp};

/// A second `ponte serve` on the same database: its own pool, HTTP server and outbox worker.
struct Sibling {
    base: String,
    stop: Vec<tokio::sync::oneshot::Sender<()>>,
}

async fn sibling(app: &TestApp) -> Sibling {
    let db = ponte_server::db::connect(&app.test_db.url).await.expect("connect");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("addr");
    let site_root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site");
    let state = ponte_server::state(db.clone(), site_root, addr, SiteInfo::default());
    let (stop_http, http) = tokio::sync::oneshot::channel::<()>();
    tokio::spawn(ponte_server::serve(listener, state, async {
        let _ = http.await;
    }));
    let settings = app.sink().settings();
    let mailer = ponte_server::mail::Mailer::new(&settings).expect("mailer");
    let (stop_worker, worker) = tokio::sync::oneshot::channel::<()>();
    ponte_server::mail::spawn_worker(db, mailer, "instance-b".to_owned(), settings.poll_interval, async {
        let _ = worker.await;
    });
    Sibling { base: format!("http://{addr}"), stop: vec![stop_http, stop_worker] }
}

fn token_in(text: &str) -> String {
    text.split_whitespace()
        .find_map(|w| w.split("/sign-in/link/").nth(1))
        .expect("a sign-in link")
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn session_made_on_one_instance_is_valid_on_the_other_and_email_goes_once() {
    let Some(a) = TestApp::spawn_with_mail(Backend::Postgres).await else { return };
    let b = sibling(&a).await;
    let client = a.client();
    // Ask instance B for a sign-in email; both instances' workers are polling the outbox.
    let res = client
        .post(format!("{}/api/accounts/request_sign_in", b.base))
        .header("origin", &b.base)
        .form(&[("email", "duas@example.org"), ("lang", "en")])
        .send()
        .await
        .expect("post");
    assert!(res.status().is_success() || res.status().is_redirection(), "{}", res.status());
    let email = a.email_to("duas@example.org").await;
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let copies = a.sink().messages().into_iter().filter(|m| m.to.iter().any(|t| t.contains("duas@example.org"))).count();
    assert_eq!(copies, 1, "two workers, one email");
    // Sign in on A with the link the email carries…
    let token = token_in(email.text().expect("text part"));
    let res = client
        .post(a.url("/api/accounts/sign_in_with_link"))
        .header("origin", &a.base)
        .form(&[("token", token.as_str())])
        .send()
        .await
        .expect("post");
    assert!(res.headers().get_all("set-cookie").iter().any(|c| c.to_str().unwrap_or_default().starts_with("ponte_session=")));
    // …and the session is valid on B (same host, so the browser sends the cookie to both).
    let res = client.get(format!("{}/account", b.base)).send().await.expect("get");
    assert_eq!(res.status(), 200);
    assert!(res.text().await.expect("body").contains("duas@example.org"));
    // Signing out on B ends it on A too.
    let res = client.post(format!("{}/api/accounts/sign_out", b.base)).header("origin", &b.base).send().await.expect("post");
    assert!(res.status().is_success() || res.status().is_redirection());
    assert_eq!(client.get(a.url("/account")).send().await.expect("get").status(), 401);
    for stop in b.stop {
        let _ = stop.send(());
    }
    a.stop().await;
}
