//! Email delivery: the outbox worker against a real SMTP server (aiosmtpd on a free port) and the
//! file transport, on SQLite and PostgreSQL.

use std::{
    collections::BTreeSet,
    sync::{
        Arc,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
};

use chrono::{Duration as ChronoDuration, Utc};
use ponte_app::{
    entity::outbox,
    i18n::Locale,
    mail::{Content, enqueue, render},
};
use ponte_server::mail::{self as delivery, MailSettings, Mailer, TransportSettings, deliver_due};
use ponte_tests::{
    Backend, SmtpSink, TestApp, TestDb, backends,
    mail::{free_port, read_eml_dir, smtp_mailer},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, DatabaseConnection, EntityTrait, QueryOrder};

const URDU_SUBJECT: &str = "پونٹے میں سائن ان کریں";
const URDU_PARAGRAPH: &str = "سائن ان کرنے کے لیے نیچے دیے گئے لنک کو کھولیں۔";

async fn queue(db: &DatabaseConnection, to: &str, tag: &str, subject: &str, paragraph: &str) {
    let locale = Locale::from_tag(tag).expect("a UI language");
    let email = render(
        to,
        locale,
        "test",
        Content {
            subject: subject.to_owned(),
            paragraphs: vec![paragraph.to_owned()],
            action: Some(("کھولیں".to_owned(), "https://ponte.example/sign-in?t=abc&x=1".to_owned())),
            footer: "Ponte".to_owned(),
        },
    );
    enqueue(db, email).await.expect("enqueue");
}

async fn rows(db: &DatabaseConnection) -> Vec<outbox::Model> {
    outbox::Entity::find().order_by_asc(outbox::Column::Id).all(db).await.expect("outbox rows")
}

async fn only_row(db: &DatabaseConnection) -> outbox::Model {
    let mut all = rows(db).await;
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

async fn make_due(db: &DatabaseConnection, row: &outbox::Model) {
    outbox::ActiveModel {
        id: Set(row.id),
        next_attempt_at: Set(Utc::now() - ChronoDuration::seconds(1)),
        ..Default::default()
    }
    .update(db)
    .await
    .expect("make due");
}

async fn queued_email_arrives_as_multipart_text_and_html_in_the_recipients_language(app: &TestApp) {
    let sink = SmtpSink::start().await;
    queue(&app.db, "amina@example.org", "ur", URDU_SUBJECT, URDU_PARAGRAPH).await;

    assert_eq!(deliver_due(&app.db, &sink.mailer(), "worker-1").await.expect("deliver"), 1);

    let messages = sink.wait_for(1).await;
    assert_eq!(messages.len(), 1);
    let email = &messages[0];
    assert_eq!(email.to, ["amina@example.org"]);
    assert_eq!(email.from.as_deref(), Some("no-reply@ponte.test"));
    assert_eq!(email.subject.as_deref(), Some(URDU_SUBJECT), "subject decoded from RFC 2047 as UTF-8");
    assert_eq!(email.content_type.as_deref(), Some("multipart/alternative"));
    assert_eq!(email.content_language.as_deref(), Some("ur"));
    let kinds: Vec<&str> = email.parts.iter().map(|(mime, _, _)| mime.as_str()).collect();
    assert_eq!(kinds, ["text/plain", "text/html"], "plain first, HTML last (the preferred one)");
    for (mime, charset, _) in &email.parts {
        assert_eq!(charset.as_deref(), Some("utf-8"), "{mime}");
    }
    let text = email.text().expect("text part");
    assert!(text.contains(URDU_PARAGRAPH), "{text}");
    assert!(text.contains("https://ponte.example/sign-in?t=abc&x=1"), "{text}");
    let html = email.html().expect("html part");
    assert!(html.contains(r#"<html lang="ur" dir="rtl">"#), "{html}");
    assert!(html.contains(URDU_PARAGRAPH), "{html}");
    assert!(html.contains("https://ponte.example/sign-in?t=abc&amp;x=1"), "{html}");
    // Nothing in the raw message is 8-bit: every non-ASCII byte is transfer-encoded.
    assert!(email.raw.is_ascii());

    let row = only_row(&app.db).await;
    assert_eq!(row.status, "sent");
    assert_eq!(row.attempts, 1);
    assert!(row.sent_at.is_some());
    assert_eq!((row.locked_by, row.locked_until, row.last_error), (None, None, None));

    // Sent once: the next round finds nothing to do.
    assert_eq!(deliver_due(&app.db, &sink.mailer(), "worker-1").await.expect("deliver"), 0);
    assert_eq!(sink.messages().len(), 1);
}

async fn nothing_is_lost_while_smtp_is_down(app: &TestApp) {
    let port = free_port();
    let mailer = smtp_mailer(port);
    queue(&app.db, "olena@example.org", "uk", "Вхід до Ponte", "Відкрийте посилання.").await;

    let before = Utc::now();
    assert_eq!(deliver_due(&app.db, &mailer, "worker-1").await.expect("deliver"), 1, "tried once");
    let row = only_row(&app.db).await;
    assert_eq!(row.status, "pending");
    assert_eq!(row.attempts, 1);
    assert!(row.next_attempt_at > before + ChronoDuration::seconds(20), "backs off ~30 s: {:?}", row.next_attempt_at);
    assert!(row.next_attempt_at < before + ChronoDuration::seconds(40), "{:?}", row.next_attempt_at);
    let error = row.last_error.clone().expect("last_error");
    assert!(!error.is_empty() && !error.contains("olena@example.org"), "{error}");
    assert_eq!((row.locked_by.clone(), row.locked_until), (None, None), "lock released");
    assert!(row.sent_at.is_none());

    // Not due yet: the next round leaves it alone.
    assert_eq!(deliver_due(&app.db, &mailer, "worker-1").await.expect("deliver"), 0);

    // The mail server comes back on the same port; once the row is due it goes out, once.
    let sink = SmtpSink::start_on(port).await;
    make_due(&app.db, &row).await;
    assert_eq!(deliver_due(&app.db, &mailer, "worker-1").await.expect("deliver"), 1);
    let messages = sink.wait_for(1).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].subject.as_deref(), Some("Вхід до Ponte"));
    let row = only_row(&app.db).await;
    assert_eq!((row.status.as_str(), row.attempts, row.last_error.as_deref()), ("sent", 2, None));
    assert_eq!(deliver_due(&app.db, &mailer, "worker-1").await.expect("deliver"), 0);
    assert_eq!(sink.messages().len(), 1);
}

async fn an_email_that_keeps_failing_is_marked_failed_after_the_last_attempt(app: &TestApp) {
    let mailer = smtp_mailer(free_port());
    queue(&app.db, "someone@example.org", "en", "Sign in", "Open the link.").await;
    let row = only_row(&app.db).await;
    outbox::ActiveModel { id: Set(row.id), attempts: Set(delivery::MAX_ATTEMPTS - 1), ..Default::default() }
        .update(&app.db)
        .await
        .expect("update");

    assert_eq!(deliver_due(&app.db, &mailer, "worker-1").await.expect("deliver"), 1);
    let row = only_row(&app.db).await;
    assert_eq!((row.status.as_str(), row.attempts), ("failed", delivery::MAX_ATTEMPTS));
    assert!(row.last_error.is_some());
    // Failed rows are never claimed again, even when "due".
    make_due(&app.db, &row).await;
    assert_eq!(deliver_due(&app.db, &mailer, "worker-1").await.expect("deliver"), 0);
}

async fn rows_claimed_by_a_crashed_instance_are_sent_when_the_lease_runs_out(app: &TestApp) {
    let sink = SmtpSink::start().await;
    queue(&app.db, "held@example.org", "en", "Held", "Claimed by a live instance.").await;
    queue(&app.db, "orphan@example.org", "en", "Orphan", "Claimed by an instance that crashed.").await;
    let all = rows(&app.db).await;
    let now = Utc::now();
    for (row, until) in all.iter().zip([now + ChronoDuration::minutes(4), now - ChronoDuration::seconds(1)]) {
        outbox::ActiveModel {
            id: Set(row.id),
            locked_by: Set(Some("other".into())),
            locked_until: Set(Some(until)),
            ..Default::default()
        }
        .update(&app.db)
        .await
        .expect("lock");
    }

    assert_eq!(deliver_due(&app.db, &sink.mailer(), "worker-1").await.expect("deliver"), 1);
    let messages = sink.wait_for(1).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].to, ["orphan@example.org"]);
    let all = rows(&app.db).await;
    assert_eq!((all[0].status.as_str(), all[0].locked_by.as_deref()), ("pending", Some("other")));
    assert_eq!((all[1].status.as_str(), all[1].locked_by.as_deref()), ("sent", None));
}

async fn the_file_transport_writes_a_readable_eml(app: &TestApp) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mail_dir = dir.path().join("not-yet-created/mail");
    let settings = MailSettings {
        from: "Câmara Municipal <ponte@cm.example.pt>".parse().expect("from"),
        transport: TransportSettings::File { dir: mail_dir.clone() },
        poll_interval: std::time::Duration::from_millis(50),
    };
    let mailer = Mailer::new(&settings).expect("mailer");
    assert!(!mail_dir.exists(), "nothing is created before an email is sent");
    queue(&app.db, "ana@example.org", "ar", "تسجيل الدخول إلى Ponte", "افتح الرابط أدناه.").await;

    assert_eq!(deliver_due(&app.db, &mailer, "worker-1").await.expect("deliver"), 1);

    let files: Vec<_> = std::fs::read_dir(&mail_dir).expect("mail dir").collect();
    assert_eq!(files.len(), 1);
    let messages = read_eml_dir(&mail_dir);
    assert_eq!(messages.len(), 1);
    let email = &messages[0];
    assert_eq!(email.to, ["ana@example.org"]);
    assert_eq!(email.from.as_deref(), Some("ponte@cm.example.pt"));
    assert_eq!(email.subject.as_deref(), Some("تسجيل الدخول إلى Ponte"));
    assert!(email.html().expect("html").contains(r#"<html lang="ar" dir="rtl">"#));
    assert!(email.text().expect("text").contains("افتح الرابط أدناه."));
    assert_eq!(only_row(&app.db).await.status, "sent");
}

/// What `ponte serve` does: the worker runs beside the server and sends what the app queues.
async fn the_servers_worker_delivers_what_the_app_queues(backend: Backend) {
    let Some(app) = TestApp::spawn_with_mail(backend).await else { return };
    queue(&app.db, "worker@example.org", "pt-PT", "Entrar no Ponte", "Abra a ligação.").await;
    let email = app.email_to("worker@example.org").await;
    assert_eq!(email.subject.as_deref(), Some("Entrar no Ponte"));
    assert_eq!(email.content_language.as_deref(), Some("pt-PT"));
    // The worker records it as sent right after the server's "250 OK".
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
    while only_row(&app.db).await.status != "sent" {
        assert!(tokio::time::Instant::now() < deadline, "row not marked sent");
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(app.sink().messages().len(), 1);
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_worker_delivers_what_the_app_queues_sqlite() {
    the_servers_worker_delivers_what_the_app_queues(Backend::Sqlite).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_worker_delivers_what_the_app_queues_postgres() {
    the_servers_worker_delivers_what_the_app_queues(Backend::Postgres).await;
}

backends!(
    queued_email_arrives_as_multipart_text_and_html_in_the_recipients_language,
    nothing_is_lost_while_smtp_is_down,
    an_email_that_keeps_failing_is_marked_failed_after_the_last_attempt,
    rows_claimed_by_a_crashed_instance_are_sent_when_the_lease_runs_out,
    the_file_transport_writes_a_readable_eml,
);

/// Two app servers on one database, each with its own connection pool, SMTP connection and
/// worker id, draining the outbox at the same time.
async fn two_instances_send_each_email_exactly_once(backend: Backend) {
    const EMAILS: usize = 30;
    let Some(test_db) = TestDb::new(backend).await else { return };
    let db_a = ponte_server::db::connect(&test_db.url).await.expect("connect a");
    ponte_server::db::migrate(&db_a).await.expect("migrate");
    let db_b = ponte_server::db::connect(&test_db.url).await.expect("connect b");
    for i in 0..EMAILS {
        queue(&db_a, &format!("person{i:02}@example.org"), "en", &format!("Email {i}"), "Hello.").await;
    }
    let sink = SmtpSink::start().await;

    // Rounds in lockstep, so that both instances claim at the same moment every time (the worst
    // case for double claims), until a round in which neither found anything due.
    struct Rounds {
        barrier: tokio::sync::Barrier,
        tried: AtomicUsize,
        finished: AtomicBool,
    }
    let rounds = Arc::new(Rounds {
        barrier: tokio::sync::Barrier::new(2),
        tried: AtomicUsize::new(0),
        finished: AtomicBool::new(false),
    });
    let instance = |db: DatabaseConnection, id: &'static str| {
        let mailer = sink.mailer();
        let rounds = rounds.clone();
        tokio::spawn(async move {
            let mut sent = 0;
            loop {
                rounds.barrier.wait().await;
                let n = deliver_due(&db, &mailer, id).await.expect("deliver");
                sent += n;
                rounds.tried.fetch_add(n, Ordering::SeqCst);
                if rounds.barrier.wait().await.is_leader() {
                    rounds.finished.store(rounds.tried.swap(0, Ordering::SeqCst) == 0, Ordering::SeqCst);
                }
                rounds.barrier.wait().await;
                if rounds.finished.load(Ordering::SeqCst) {
                    return sent;
                }
            }
        })
    };
    let a = instance(db_a.clone(), "instance-a");
    let b = instance(db_b.clone(), "instance-b");
    let (sent_a, sent_b) = (a.await.expect("a"), b.await.expect("b"));
    eprintln!("{backend:?}: instance a sent {sent_a}, instance b sent {sent_b}");
    assert_eq!(sent_a + sent_b, EMAILS);
    assert!(sent_a > 0 && sent_b > 0, "both instances claimed rows in the first round");

    let messages = sink.wait_for(EMAILS).await;
    // Give a duplicate, were there one, the time to arrive.
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let messages_after = sink.messages();
    assert_eq!(messages.len(), EMAILS);
    assert_eq!(messages_after.len(), EMAILS);
    let recipients: BTreeSet<String> = messages_after.iter().flat_map(|m| m.to.clone()).collect();
    let expected: BTreeSet<String> = (0..EMAILS).map(|i| format!("person{i:02}@example.org")).collect();
    assert_eq!(recipients, expected, "each recipient exactly once");

    for row in rows(&db_a).await {
        assert_eq!((row.status.as_str(), row.attempts, row.locked_by.as_deref()), ("sent", 1, None), "{row:?}");
    }
    db_a.close().await.ok();
    db_b.close().await.ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_postgres_database_send_each_email_exactly_once() {
    two_instances_send_each_email_exactly_once(Backend::Postgres).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_on_one_sqlite_file_send_each_email_exactly_once() {
    two_instances_send_each_email_exactly_once(Backend::Sqlite).await;
}
