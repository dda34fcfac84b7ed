//! Test harness: boots the real Ponte server on 127.0.0.1:0 against its own database — a fresh
//! SQLite file, or a fresh PostgreSQL database created on the local server and dropped afterwards.
//!
//! PostgreSQL is looked for at `PONTE_TEST_POSTGRES` (default `postgres://postgres@127.0.0.1:5432`).
//! Where none answers, PostgreSQL tests are skipped with a loud message — unless
//! `PONTE_REQUIRE_POSTGRES=1` (CI sets it), where they fail.
//!
//! Email: [`mail::SmtpSink`] is a real SMTP server (aiosmtpd) on a free port; a [`TestApp`] made
//! with [`TestApp::spawn_with_mail`] also runs the outbox worker, sending to such a sink.

pub mod mail;

use std::sync::atomic::{AtomicU32, Ordering};

use ponte_app::site::SiteInfo;
use sea_orm::{ConnectionTrait, Database, DatabaseConnection};
use tokio::sync::oneshot;

pub use mail::{ReceivedEmail, SmtpSink, ics_check};
pub use ponte_server;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database that exists for one test.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    postgres_name: Option<String>,
}

fn postgres_server() -> String {
    std::env::var("PONTE_TEST_POSTGRES").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".to_owned())
}

static COUNTER: AtomicU32 = AtomicU32::new(0);

impl TestDb {
    pub async fn new(backend: Backend) -> Option<TestDb> {
        match backend {
            Backend::Sqlite => {
                let dir = tempfile::tempdir().expect("temp dir");
                let url = format!("sqlite://{}?mode=rwc", dir.path().join("ponte.db").display());
                Some(TestDb { url, _dir: Some(dir), postgres_name: None })
            }
            Backend::Postgres => {
                let server = postgres_server();
                let admin = match Database::connect(format!("{server}/postgres")).await {
                    Ok(db) => db,
                    Err(err) => {
                        if std::env::var("PONTE_REQUIRE_POSTGRES").is_ok_and(|v| v == "1") {
                            panic!("PostgreSQL is required (PONTE_REQUIRE_POSTGRES=1) but {server} is unreachable: {err}");
                        }
                        eprintln!("\n!!!!! SKIPPING PostgreSQL test: no server at {server} ({err}) !!!!!\n");
                        return None;
                    }
                };
                let name = format!(
                    "ponte_test_{}_{}_{}",
                    std::process::id(),
                    COUNTER.fetch_add(1, Ordering::SeqCst),
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map(|d| d.subsec_nanos())
                        .unwrap_or(0)
                );
                admin
                    .execute_unprepared(&format!("CREATE DATABASE {name}"))
                    .await
                    .expect("create test database");
                admin.close().await.ok();
                Some(TestDb { url: format!("{server}/{name}"), _dir: None, postgres_name: Some(name) })
            }
        }
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        let Some(name) = self.postgres_name.take() else { return };
        let server = postgres_server();
        // Drop runs outside any runtime we may block: use a short-lived one on its own thread.
        let _ = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().ok()?;
            rt.block_on(async {
                let admin = Database::connect(format!("{server}/postgres")).await.ok()?;
                admin
                    .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                    .await
                    .ok()?;
                admin.close().await.ok()
            })
        })
        .join();
    }
}

/// The server secret of every test server in this process (`ponte serve` installs its own from
/// `PONTE_SECRET` or the secret file); what a test reading the database cannot know.
pub const TEST_SECRET: &str = "the API tests' server secret, never stored in a database";

/// Installs [`TEST_SECRET`] (once per process).
pub fn install_test_secret() {
    ponte_app::secrets::install(TEST_SECRET.as_bytes());
}

/// A running server with its own database, seeded with the demo plan.
pub struct TestApp {
    pub base: String,
    pub db: DatabaseConnection,
    pub backend: Backend,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
    /// The SMTP sink the outbox worker sends to (only with [`TestApp::spawn_with_mail`]).
    pub mail: Option<SmtpSink>,
    mail_worker: Option<(oneshot::Sender<()>, tokio::task::JoinHandle<()>)>,
    /// SQL statements run on this app's database so far (by the server and by the test).
    statements: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    // Last: dropped after the server and pool are gone.
    pub test_db: TestDb,
}

impl TestApp {
    /// Boots a server with the demo plan loaded; `None` where PostgreSQL is skipped.
    pub async fn spawn(backend: Backend) -> Option<TestApp> {
        Self::spawn_with(backend, true, SiteInfo { contact_email: Some("acessibilidade@example.org".into()) }).await
    }

    pub async fn spawn_with(backend: Backend, seed: bool, site: SiteInfo) -> Option<TestApp> {
        Self::spawn_tuned(backend, seed, site, |_| {}).await
    }

    /// Like [`TestApp::spawn_with`], with server settings changed by `tune` (limits, say).
    pub async fn spawn_tuned(
        backend: Backend,
        seed: bool,
        site: SiteInfo,
        tune: impl FnOnce(&mut ponte_app::state::ServerSettings),
    ) -> Option<TestApp> {
        Self::spawn_with_state(backend, seed, site, |state| tune(&mut state.settings)).await
    }

    /// Like [`TestApp::spawn_tuned`], for what lies outside the pages' settings: connection
    /// limits, trusted proxies.
    pub async fn spawn_with_state(
        backend: Backend,
        seed: bool,
        site: SiteInfo,
        tune: impl FnOnce(&mut ponte_server::AppState),
    ) -> Option<TestApp> {
        install_test_secret();
        let test_db = TestDb::new(backend).await?;
        let mut db = ponte_server::db::connect(&test_db.url).await.expect("connect");
        ponte_server::db::migrate(&db).await.expect("migrate");
        if seed {
            ponte_server::seed::seed_demo(&db).await.expect("seed demo");
        }
        let statements = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
        let counter = statements.clone();
        // `PONTE_TEST_SQL_LOG=1` prints every statement (to see what a page asks the database).
        let log = std::env::var_os("PONTE_TEST_SQL_LOG").is_some();
        db.set_metric_callback(move |info| {
            if log {
                eprintln!("SQL {}", info.statement.sql);
            }
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let addr = listener.local_addr().expect("addr");
        let site_root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/site");
        let mut state = ponte_server::state(db.clone(), site_root, addr, site);
        tune(&mut state);
        let (tx, rx) = oneshot::channel::<()>();
        let server = tokio::spawn(ponte_server::serve(listener, state, async {
            let _ = rx.await;
        }));
        Some(TestApp {
            base: format!("http://{addr}"),
            db,
            backend,
            shutdown: Some(tx),
            server: Some(server),
            mail: None,
            mail_worker: None,
            statements,
            test_db,
        })
    }

    /// Like [`TestApp::spawn`], plus an SMTP sink and the outbox worker sending to it (polling
    /// every 50 ms), as `ponte serve` runs it.
    pub async fn spawn_with_mail(backend: Backend) -> Option<TestApp> {
        let mut app = Self::spawn(backend).await?;
        app.start_mail().await;
        Some(app)
    }

    /// Starts an SMTP sink and the outbox worker for this app (once).
    pub async fn start_mail(&mut self) {
        if self.mail.is_some() {
            return;
        }
        let sink = SmtpSink::start().await;
        let settings = sink.settings();
        let mailer = ponte_server::mail::Mailer::new(&settings).expect("mailer");
        let (tx, rx) = oneshot::channel::<()>();
        let worker = ponte_server::mail::spawn_worker(
            self.db.clone(),
            mailer,
            "test-app".to_owned(),
            settings.poll_interval,
            async {
                let _ = rx.await;
            },
        );
        self.mail = Some(sink);
        self.mail_worker = Some((tx, worker));
    }

    /// The SMTP sink; panics unless the app was made with [`TestApp::spawn_with_mail`].
    pub fn sink(&self) -> &SmtpSink {
        self.mail.as_ref().expect("this TestApp has no mail: use TestApp::spawn_with_mail")
    }

    /// Waits (up to 15 s) for an email to `address` to reach the sink; returns the newest.
    pub async fn email_to(&self, address: &str) -> ReceivedEmail {
        self.sink().wait_for_email_to(address).await
    }

    /// How many SQL statements the server ran to answer a GET of `path` with `client` (whose
    /// cookies say who is asking), with the page's status. Nothing else may use the database
    /// meanwhile: no mail worker runs unless asked for, and the test waits for the answer.
    pub async fn statements_for(&self, client: &reqwest::Client, path: &str) -> (u16, usize) {
        use std::sync::atomic::Ordering;
        let before = self.statements.load(Ordering::SeqCst);
        let res = client.get(self.url(path)).send().await.expect("request");
        let status = res.status().as_u16();
        let _ = res.bytes().await.expect("body");
        (status, self.statements.load(Ordering::SeqCst) - before)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A client like a browser without JavaScript: keeps cookies, follows no redirects. A request
    /// that gets no answer in 30 s fails the test (instead of hanging the whole run).
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .timeout(std::time::Duration::from_secs(30))
            .build()
            .expect("client")
    }

    /// GET a page; returns status and body.
    pub async fn get(&self, path: &str) -> (u16, String) {
        self.get_with(path, &[]).await
    }

    pub async fn get_with(&self, path: &str, headers: &[(&str, &str)]) -> (u16, String) {
        let mut req = reqwest::Client::new().get(self.url(path)).timeout(std::time::Duration::from_secs(30));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let res = req.send().await.expect("request");
        let status = res.status().as_u16();
        (status, res.text().await.expect("body"))
    }

    /// Stops the server gracefully and waits for it.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        if let Some((tx, worker)) = self.mail_worker.take() {
            let _ = tx.send(());
            let _ = worker.await;
        }
        self.db.clone().close().await.ok();
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            server.abort();
        }
        if let Some((_, worker)) = self.mail_worker.take() {
            worker.abort();
        }
    }
}

/// Content codings a browser asks for: none, gzip or brotli.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Identity,
    Gzip,
    Brotli,
}

impl Coding {
    pub const ALL: [Coding; 3] = [Coding::Identity, Coding::Gzip, Coding::Brotli];

    fn header(self) -> &'static str {
        match self {
            Coding::Identity => "identity",
            Coding::Gzip => "gzip",
            Coding::Brotli => "br",
        }
    }
}

/// Downloads `url` as a browser does, asking for `coding`, and returns the status, the
/// response headers and the body decoded the way a browser would (by its `Content-Encoding`).
pub async fn download(client: &reqwest::Client, url: &str, coding: Coding) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    use std::io::Read;
    let res = client.get(url).header("accept-encoding", coding.header()).send().await.expect("request");
    let status = res.status().as_u16();
    let headers = res.headers().clone();
    let raw = res.bytes().await.expect("body").to_vec();
    let encoding = headers.get("content-encoding").and_then(|v| v.to_str().ok()).unwrap_or("identity").to_owned();
    let mut body = Vec::new();
    match encoding.as_str() {
        "gzip" => {
            flate2::read::GzDecoder::new(raw.as_slice()).read_to_end(&mut body).expect("gzip body");
        }
        "br" => {
            brotli::Decompressor::new(raw.as_slice(), 4096).read_to_end(&mut body).expect("brotli body");
        }
        _ => body = raw,
    }
    (status, headers, body)
}

/// Runs a test body against SQLite and PostgreSQL: `backends!(name_of_async_fn, …)` makes a
/// module per function with a `sqlite` and a `postgres` test.
#[macro_export]
macro_rules! backends {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    if let Some(app) = $crate::TestApp::spawn($crate::Backend::Sqlite).await {
                        super::$name(&app).await;
                        app.stop().await;
                    }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(app) = $crate::TestApp::spawn($crate::Backend::Postgres).await {
                        super::$name(&app).await;
                        app.stop().await;
                    }
                }
            }
        )*
    };
}

/// As [`backends!`], on a server without the page cache (`PONTE_PAGE_CACHE_SECONDS=0`): for
/// tests that change the database behind the server's back and read the change at once.
#[macro_export]
macro_rules! backends_uncached {
    ($($name:ident),* $(,)?) => {
        $(
            mod $name {
                async fn spawn(backend: $crate::Backend) -> Option<$crate::TestApp> {
                    let site = ponte_app::site::SiteInfo { contact_email: Some("acessibilidade@example.org".into()) };
                    $crate::TestApp::spawn_tuned(backend, true, site, |s| s.page_cache = ponte_app::page_cache::PageCache::new(std::time::Duration::ZERO)).await
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    if let Some(app) = spawn($crate::Backend::Sqlite).await {
                        super::$name(&app).await;
                        app.stop().await;
                    }
                }
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    if let Some(app) = spawn($crate::Backend::Postgres).await {
                        super::$name(&app).await;
                        app.stop().await;
                    }
                }
            }
        )*
    };
}

/// The day it is where the demo plan is (Europe/Lisbon): what the server counts a
/// consultation's or a phase's days by, so tests near midnight UTC agree with it.
pub fn plan_today() -> chrono::NaiveDate {
    ponte_app::plans::clock::today("Europe/Lisbon")
}
