//! Nobody can hold the server: half-sent requests, idle connections and stalled bodies are let go,
//! and past the connection cap a new visitor is told to come back instead of getting no answer.
//! The deadlines are shortened here (1 s) so the tests wait seconds, not minutes.

use std::time::Duration;

use ponte_app::site::SiteInfo;
use ponte_server::connections::ConnectionLimits;
use ponte_tests::{Backend, TestApp};
use tokio::{
    io::{AsyncReadExt, AsyncWriteExt},
    net::TcpStream,
};

async fn spawn(max_connections: usize) -> TestApp {
    let limits = ConnectionLimits { header_read: Duration::from_secs(1), stall: Duration::from_secs(1), max_connections };
    TestApp::spawn_with_state(Backend::Sqlite, true, SiteInfo::default(), |state| state.connections = limits)
        .await
        .expect("sqlite app")
}

async fn connect(app: &TestApp) -> TcpStream {
    TcpStream::connect(app.base.trim_start_matches("http://")).await.expect("connect")
}

/// Reads until the server closes the connection (at most 10 s, far beyond the 1 s deadlines);
/// returns what it sent.
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut received = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        let mut buf = [0u8; 4096];
        loop {
            match stream.read(&mut buf).await {
                Ok(0) | Err(_) => break,
                Ok(n) => received.extend_from_slice(&buf[..n]),
            }
        }
    })
    .await;
    assert!(closed.is_ok(), "the server kept the connection open; it sent {:?}", String::from_utf8_lossy(&received));
    String::from_utf8_lossy(&received).into_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_half_sent_request_is_closed_after_the_header_deadline() {
    let app = spawn(64).await;
    let mut slow = connect(&app).await;
    slow.write_all(b"GET / HTTP/1.1\r\nHost: ponte\r\nX-Slow: ").await.expect("write");
    let answer = until_closed(&mut slow).await;
    assert!(!answer.contains("200 OK"), "{answer}");
    // The server still answers everyone else.
    assert_eq!(app.get("/").await.0, 200);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_idle_kept_alive_connection_is_closed_after_its_answer() {
    let app = spawn(64).await;
    let mut idle = connect(&app).await;
    idle.write_all(b"GET /healthz HTTP/1.1\r\nHost: ponte\r\n\r\n").await.expect("write");
    let answer = until_closed(&mut idle).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "the request is answered first: {answer}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_body_that_stops_arriving_ends_the_request() {
    let app = spawn(64).await;
    let mut slow = connect(&app).await;
    let head = format!(
        "POST /api/accounts/request_sign_in HTTP/1.1\r\nHost: ponte\r\nOrigin: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\nemail=a",
        app.base
    );
    slow.write_all(head.as_bytes()).await.expect("write");
    let answer = until_closed(&mut slow).await;
    assert!(!answer.contains(" 200 ") && !answer.contains(" 303 "), "nothing is done with half a form: {answer}");
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn past_the_connection_cap_a_visitor_is_told_to_come_back_and_served_once_a_place_frees() {
    let app = spawn(2).await;
    let mut held = vec![connect(&app).await, connect(&app).await];
    // Let the server take both before the third arrives.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut third = connect(&app).await;
    let answer = until_closed(&mut third).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("Retry-After: 5"), "{answer}");
    let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
    assert!(!body.trim().is_empty(), "a translated sentence says why: {answer}");
    // The two silent connections are closed at their header deadline; then visitors get pages.
    for stream in &mut held {
        until_closed(stream).await;
    }
    let mut served = None;
    for _ in 0..50 {
        let (status, _) = app.get("/").await;
        if status == 200 {
            served = Some(status);
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(served, Some(200), "a place freed by the closed connections is given to the next visitor");
    app.stop().await;
}
