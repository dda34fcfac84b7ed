#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! `ponte serve` runs the outbox worker: queued email goes out (here through the file transport),
//! the worker stops with the server, and bad mail settings stop the binary at start.

mod common;

use std::{
    process::Stdio,
    time::{Duration, Instant},
};

use common::{free_port, ponte, stop};

use ponte_app::{
    entity::outbox,
    i18n::Locale,
    mail::{Content, enqueue, render},
};
use sea_orm::EntityTrait;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_sends_queued_email_and_stops_its_worker_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("ponte.db").display());
    let mail_dir = dir.path().join("mail");
    let db = ponte_server::db::connect(&url).await.unwrap();
    ponte_server::db::migrate(&db).await.unwrap();
    let email = render(
        "reader@example.org",
        Locale::from_tag("ne").unwrap(),
        "test",
        Content {
            subject: "Ponte मा साइन इन".into(),
            paragraphs: vec!["तलको लिङ्क खोल्नुहोस्।".into()],
            action: None,
            footer: "Ponte".into(),
        },
    );
    enqueue(&db, email).await.unwrap();

    let port = free_port();
    let child = ponte()
        .env("DATABASE_URL", &url)
        .env("PONTE_ADDR", format!("127.0.0.1:{port}"))
        .env("PONTE_MAIL_DIR", &mail_dir)
        .env("PONTE_MAIL_FROM", "Ponte <ponte@cm.example.pt>")
        .env("PONTE_OUTBOX_POLL_MS", "50")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let eml = loop {
        let found = std::fs::read_dir(&mail_dir)
            .into_iter()
            .flatten()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .find(|p| p.extension().is_some_and(|x| x == "eml"));
        if let Some(path) = found {
            break std::fs::read_to_string(path).unwrap();
        }
        assert!(started.elapsed() < Duration::from_secs(30), "no .eml appeared in {}", mail_dir.display());
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert!(eml.contains("From: Ponte <ponte@cm.example.pt>"), "{eml}");
    assert!(eml.contains("To: reader@example.org"), "{eml}");
    assert!(eml.contains("Content-Language: ne"), "{eml}");
    assert!(eml.contains("multipart/alternative"), "{eml}");

    // Wait until the row is recorded as sent, then stop the server.
    let row = loop {
        let row = outbox::Entity::find().one(&db).await.unwrap().unwrap();
        if row.status == "sent" || started.elapsed() > Duration::from_secs(30) {
            break row;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!((row.status.as_str(), row.attempts), ("sent", 1));

    let (status, log) = stop(child);
    assert!(status.success(), "exit {status:?}\n{log}");
    assert!(log.contains("outbox worker started") && log.contains("outbox worker stopped"), "{log}");
    assert!(log.contains("email sent") && log.contains("example.org"), "{log}");
    assert!(!log.contains("reader@example.org"), "no full address at info level: {log}");
    assert!(!log.contains("लिङ्क"), "no body in the log: {log}");
}

#[test]
fn bad_mail_settings_are_explained_and_exit_non_zero() {
    let out = ponte().env("PONTE_MAIL_TRANSPORT", "smtp").arg("migrate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("PONTE_SMTP_HOST"), "{stderr}");

    let out = ponte()
        .env("PONTE_SMTP_HOST", "mail.example.pt")
        .env("PONTE_SMTP_TLS", "none")
        .env("PONTE_SMTP_USER", "ponte")
        .env("PONTE_SMTP_PASSWORD", "hunter2-secret")
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("PONTE_SMTP_TLS=none") && !stderr.contains("hunter2"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
