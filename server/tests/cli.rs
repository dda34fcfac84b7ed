#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! The `ponte` binary as an operator meets it: clear errors and exit codes, idempotent demo
//! data, and a clean stop on SIGTERM.

mod common;

use std::{
    io::Read,
    process::{Command, Stdio},
    time::{Duration, Instant},
};

use common::{free_port, ponte, stop};

fn sqlite_url(dir: &tempfile::TempDir) -> String {
    format!("sqlite://{}?mode=rwc", dir.path().join("nested/ponte.db").display())
}

#[test]
fn unsupported_database_url_is_explained_and_exits_non_zero() {
    let out = ponte().env("DATABASE_URL", "mysql://root:hunter2@localhost/db").arg("migrate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("DATABASE_URL") && stderr.contains("not supported"), "{stderr}");
    assert!(!stderr.contains("hunter2"), "the password must not be printed: {stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}

#[test]
fn unreachable_database_is_explained_and_exits_non_zero() {
    let out = ponte()
        .env("DATABASE_URL", "postgres://nobody:secret@127.0.0.1:1/ponte")
        .arg("migrate")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot connect to the database at postgres://nobody:***@127.0.0.1:1/ponte"), "{stderr}");
    assert!(!stderr.contains("secret") && !stderr.contains("panicked"), "{stderr}");
}

#[test]
fn seed_demo_creates_the_database_folder_and_runs_twice() {
    let dir = tempfile::tempdir().unwrap();
    for expected in ["Loaded", "AlreadyPresent"] {
        let out = ponte().env("DATABASE_URL", sqlite_url(&dir)).arg("seed-demo").output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        let log = String::from_utf8_lossy(&out.stdout);
        assert!(log.contains(expected), "{log}");
    }
    assert!(dir.path().join("nested/ponte.db").exists());
}

#[test]
fn serve_answers_health_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let child = ponte()
        .env("DATABASE_URL", sqlite_url(&dir))
        .env("PONTE_ADDR", format!("127.0.0.1:{port}"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let healthy = loop {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::Write;
            stream.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n").unwrap();
            let mut response = String::new();
            stream.read_to_string(&mut response).unwrap();
            break response;
        }
        assert!(started.elapsed() < Duration::from_secs(30), "server did not start");
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(healthy.starts_with("HTTP/1.1 200"), "{healthy}");
    let (status, log) = stop(child);
    assert!(status.success(), "exit {status:?}\n{log}");
    assert!(log.contains("shutdown signal received"), "{log}");
}

#[test]
fn admin_create_makes_the_first_administrator_once() {
    let dir = tempfile::tempdir().unwrap();
    for _ in 0..2 {
        let out = ponte()
            .env("DATABASE_URL", sqlite_url(&dir))
            .args(["admin", "create", "--email", "Chefe@Example.PT"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        assert!(String::from_utf8_lossy(&out.stdout).contains("chefe@example.pt is an administrator"));
    }
    let out = ponte().env("DATABASE_URL", sqlite_url(&dir)).args(["admin", "create", "--email", "nope"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not an email address"));
    // One grant, one audit row (granting twice changes nothing).
    let db = dir.path().join("nested/ponte.db");
    let count = |sql: &str| {
        let out = Command::new("python3")
            .args(["-c", &format!("import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"{sql}\").fetchone()[0])"), db.to_str().unwrap()])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    };
    assert_eq!(count("SELECT COUNT(*) FROM role_grants WHERE role = 'admin' AND revoked_at IS NULL"), "1");
    assert_eq!(count("SELECT COUNT(*) FROM audit_log WHERE action = 'role.granted' AND actor_user_id IS NULL"), "1");
}
