//! Email delivery: settings from the environment, the transports (SMTP through lettre over rustls,
//! or `.eml` files in a folder) and the outbox worker.
//!
//! The application never talks to a mail server: it puts rendered emails in the `outbox` table,
//! inside the transaction of the action that sends them (`ponte_app::mail::enqueue`). This worker
//! claims due rows with a lease, sends them and records the outcome, so that
//!
//! - nothing is lost while the mail server is down: a failed send is retried with exponential
//!   backoff (30 s, 1 min, 2 min … capped at 1 h) and marked `failed` after [`MAX_ATTEMPTS`];
//! - several app servers on one PostgreSQL database send each email once: rows are claimed in one
//!   `UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED) RETURNING *` (SQLite serialises
//!   writers, so there the same statement without the lock clause is enough);
//! - a crashed instance's claimed rows are picked up again when their lease ([`LEASE`]) runs out.
//!
//! Delivery is at least once: a process that dies between the mail server's "250 OK" and the
//! `sent` update sends that email again after the lease.
//!
//! An email's body can hold a usable secret (a sign-in link and code), so it is emptied as soon as
//! the email is sent or given up on; only the envelope (address, kind, subject, times) stays, for
//! [`SENT_RETENTION`], for "export my data" and delivery questions, and then the row goes too
//! (`maintenance`).

use std::{fmt, future::Future, path::PathBuf, time::Duration};

use chrono::{DateTime, Utc};
use lettre::{
    AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor,
    message::{
        Attachment, Mailbox, MultiPart,
        header::{ContentType, Header, HeaderName, HeaderValue},
    },
    transport::smtp::authentication::Credentials,
};
use ponte_app::entity::outbox;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, DbBackend, DbErr, EntityTrait, QueryFilter,
    Statement,
};
use tokio::task::JoinHandle;

/// How long a claimed row belongs to the worker that claimed it.
pub const LEASE: Duration = Duration::from_secs(5 * 60);
/// Rows claimed at once. With [`SMTP_TIMEOUT`] a whole batch fits well inside the lease.
pub const BATCH: usize = 10;
/// After this many failed attempts an email is marked `failed` and left alone.
pub const MAX_ATTEMPTS: i32 = 8;
/// How long the envelope of a sent or failed email is kept.
pub const SENT_RETENTION: Duration = Duration::from_secs(30 * 24 * 3600);
/// Connection and command timeout for SMTP.
pub const SMTP_TIMEOUT: Duration = Duration::from_secs(20);
/// How long `serve` lets a batch in flight finish after the shutdown signal.
pub const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
const FIRST_RETRY: Duration = Duration::from_secs(30);
const MAX_RETRY: Duration = Duration::from_secs(60 * 60);
const MAX_ERROR_CHARS: usize = 500;

pub const DEFAULT_FROM: &str = "Ponte <no-reply@localhost>";
pub const DEFAULT_MAIL_DIR: &str = "data/mail";

// ---------------------------------------------------------------------------------------------
// Settings

/// How and from whom emails are sent.
#[derive(Clone, Debug)]
pub struct MailSettings {
    /// `PONTE_MAIL_FROM` (default `Ponte <no-reply@localhost>`).
    pub from: Mailbox,
    pub transport: TransportSettings,
    /// How often the worker looks for due emails (`PONTE_OUTBOX_POLL_MS`, default 1000).
    pub poll_interval: Duration,
}

/// `PONTE_MAIL_TRANSPORT`: `file` (the default, unless `PONTE_SMTP_HOST` is set) or `smtp`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TransportSettings {
    /// Each email becomes `<uuid>.eml` in `dir` (`PONTE_MAIL_DIR`, default `data/mail`).
    File {
        dir: PathBuf,
    },
    Smtp(SmtpSettings),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SmtpSettings {
    /// `PONTE_SMTP_HOST`.
    pub host: String,
    /// `PONTE_SMTP_PORT` (default 587 with STARTTLS, 465 with TLS, 25 without).
    pub port: u16,
    /// `PONTE_SMTP_TLS`.
    pub tls: SmtpTls,
    /// `PONTE_SMTP_USER` and `PONTE_SMTP_PASSWORD`, both or neither.
    pub credentials: Option<SmtpCredentials>,
}

/// `PONTE_SMTP_TLS`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// `starttls` (default): plain connection upgraded to TLS, which is required.
    StartTls,
    /// `tls`: TLS from the first byte ("SMTPS", usually port 465).
    Tls,
    /// `none`: no encryption at all, for a sink on the same machine or network only.
    None,
}

/// A login for the SMTP server. The password is never printed: `Debug` shows `***`.
#[derive(Clone, PartialEq, Eq)]
pub struct SmtpCredentials {
    pub user: String,
    password: String,
}

impl SmtpCredentials {
    pub fn new(user: impl Into<String>, password: impl Into<String>) -> Self {
        SmtpCredentials { user: user.into(), password: password.into() }
    }
}

impl fmt::Debug for SmtpCredentials {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpCredentials").field("user", &self.user).field("password", &"***").finish()
    }
}

/// A mail setting that cannot be used, with what to do about it.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum MailConfigError {
    #[error(
        "PONTE_MAIL_FROM {0:?} is not a mailbox: use an address such as no-reply@ponte.example.pt or \"Ponte <no-reply@ponte.example.pt>\""
    )]
    From(String),
    #[error("PONTE_MAIL_TRANSPORT {0:?} is not known: use file or smtp")]
    Transport(String),
    #[error("PONTE_MAIL_TRANSPORT=smtp needs PONTE_SMTP_HOST, the mail server's host name")]
    SmtpHostMissing,
    #[error("PONTE_SMTP_HOST {0:?} is not a host name")]
    SmtpHost(String),
    #[error("PONTE_SMTP_PORT {0:?} is not a port number (1-65535)")]
    SmtpPort(String),
    #[error("PONTE_SMTP_TLS {0:?} is not known: use starttls, tls or none")]
    SmtpTls(String),
    #[error("PONTE_SMTP_USER and PONTE_SMTP_PASSWORD must be set together")]
    CredentialsIncomplete,
    #[error("PONTE_SMTP_TLS=none would send PONTE_SMTP_PASSWORD unencrypted: use starttls or tls")]
    CredentialsInClear,
    #[error("PONTE_OUTBOX_POLL_MS {0:?} must be a whole number of milliseconds from 10 to 3600000")]
    PollInterval(String),
}

impl MailSettings {
    /// Reads and validates the mail settings from any source (the environment, or a test's table).
    pub fn from_lookup(get: &impl Fn(&str) -> Option<String>) -> Result<MailSettings, MailConfigError> {
        let from_raw = get("PONTE_MAIL_FROM").unwrap_or_else(|| DEFAULT_FROM.to_owned());
        let from: Mailbox = from_raw.trim().parse().map_err(|_| MailConfigError::From(from_raw.clone()))?;
        let host = get("PONTE_SMTP_HOST").map(|h| h.trim().to_owned());
        let transport = match get("PONTE_MAIL_TRANSPORT").as_deref().map(str::trim) {
            Some("file") => "file",
            Some("smtp") => "smtp",
            Some(other) => return Err(MailConfigError::Transport(other.to_owned())),
            // Setting a mail server and forgetting the transport should not put mail in files.
            None if host.is_some() => "smtp",
            None => "file",
        };
        let transport = if transport == "file" {
            TransportSettings::File {
                dir: get("PONTE_MAIL_DIR").map_or_else(|| PathBuf::from(DEFAULT_MAIL_DIR), PathBuf::from),
            }
        } else {
            let host = host.ok_or(MailConfigError::SmtpHostMissing)?;
            if host.is_empty() || host.contains(|c: char| c.is_whitespace() || c == '/' || c == '@') {
                return Err(MailConfigError::SmtpHost(host));
            }
            let tls = match get("PONTE_SMTP_TLS").as_deref().map(str::trim) {
                None | Some("starttls") => SmtpTls::StartTls,
                Some("tls") => SmtpTls::Tls,
                Some("none") => SmtpTls::None,
                Some(other) => return Err(MailConfigError::SmtpTls(other.to_owned())),
            };
            let port = match get("PONTE_SMTP_PORT") {
                None => match tls {
                    SmtpTls::StartTls => 587,
                    SmtpTls::Tls => 465,
                    SmtpTls::None => 25,
                },
                Some(raw) => match raw.trim().parse::<u16>() {
                    Ok(port) if port > 0 => port,
                    _ => return Err(MailConfigError::SmtpPort(raw)),
                },
            };
            let credentials = match (get("PONTE_SMTP_USER"), get("PONTE_SMTP_PASSWORD")) {
                (None, None) => None,
                (Some(user), Some(password)) => Some(SmtpCredentials::new(user, password)),
                _ => return Err(MailConfigError::CredentialsIncomplete),
            };
            if credentials.is_some() && tls == SmtpTls::None {
                return Err(MailConfigError::CredentialsInClear);
            }
            TransportSettings::Smtp(SmtpSettings { host, port, tls, credentials })
        };
        let poll_interval = match get("PONTE_OUTBOX_POLL_MS") {
            None => Duration::from_millis(1000),
            Some(raw) => match raw.trim().parse::<u64>() {
                Ok(ms) if (10..=3_600_000).contains(&ms) => Duration::from_millis(ms),
                _ => return Err(MailConfigError::PollInterval(raw)),
            },
        };
        Ok(MailSettings { from, transport, poll_interval })
    }
}

// ---------------------------------------------------------------------------------------------
// Transports

/// Sends one outbox row as a multipart (text + HTML) email.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
    /// To scrub from error messages, should a server ever echo it.
    password: Option<String>,
    description: String,
}

#[derive(Clone)]
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    File { dir: PathBuf, transport: AsyncFileTransport<Tokio1Executor> },
}

/// The mail transport could not be set up.
#[derive(Debug, thiserror::Error)]
#[error("cannot use the mail server {host:?}: {message}")]
pub struct MailerError {
    host: String,
    message: String,
}

/// Why one email was not sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SendError {
    /// Retrying cannot help (the row cannot become a valid message).
    pub permanent: bool,
    pub message: String,
}

impl fmt::Display for SendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl Mailer {
    /// Builds the transport. Nothing is connected or created yet: SMTP connects on the first send
    /// (and keeps a small pool), the file transport creates its folder when it writes. Call it
    /// inside a Tokio runtime: the SMTP pool starts its idle-connection task there.
    pub fn new(settings: &MailSettings) -> Result<Mailer, MailerError> {
        let (transport, description, password) = match &settings.transport {
            TransportSettings::File { dir } => (
                Transport::File { dir: dir.clone(), transport: AsyncFileTransport::new(dir) },
                format!("file:{}", dir.display()),
                None,
            ),
            TransportSettings::Smtp(smtp) => {
                let error =
                    |e: lettre::transport::smtp::Error| MailerError { host: smtp.host.clone(), message: e.to_string() };
                let mut builder = match smtp.tls {
                    SmtpTls::StartTls => {
                        AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(&smtp.host).map_err(error)?
                    }
                    SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(&smtp.host).map_err(error)?,
                    SmtpTls::None => {
                        let local = matches!(smtp.host.as_str(), "localhost" | "127.0.0.1" | "::1")
                            || smtp.host.parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback());
                        if !local {
                            tracing::warn!(host = %smtp.host, "PONTE_SMTP_TLS=none: email to this host travels unencrypted");
                        }
                        AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
                    }
                };
                builder = builder.port(smtp.port).timeout(Some(SMTP_TIMEOUT));
                if let Some(c) = &smtp.credentials {
                    builder = builder.credentials(Credentials::new(c.user.clone(), c.password.clone()));
                }
                let mode = match smtp.tls {
                    SmtpTls::StartTls => "starttls",
                    SmtpTls::Tls => "tls",
                    SmtpTls::None => "no encryption",
                };
                (
                    Transport::Smtp(builder.build()),
                    format!("smtp://{}:{} ({mode})", smtp.host, smtp.port),
                    smtp.credentials.as_ref().map(|c| c.password.clone()),
                )
            }
        };
        Ok(Mailer { from: settings.from.clone(), transport, password, description })
    }

    /// Where mail goes, for logs: `smtp://host:port (starttls)` or `file:data/mail`. No secrets.
    pub fn describe(&self) -> &str {
        &self.description
    }

    /// The MIME message for an outbox row: `multipart/alternative` with a UTF-8 text part and an
    /// HTML part (inside `multipart/mixed` with `invite.ics` when the row carries a calendar
    /// invitation), `Content-Language` from the row, `Auto-Submitted: auto-generated`.
    pub fn message(&self, row: &outbox::Model) -> Result<Message, SendError> {
        let permanent = |message: String| SendError { permanent: true, message };
        let to: Mailbox =
            row.to_address.trim().parse().map_err(|e| permanent(format!("invalid recipient address: {e}")))?;
        let subject: String =
            row.subject.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().trim().to_owned();
        let mut builder = Message::builder().from(self.from.clone()).to(to).subject(subject);
        if !row.lang.is_empty()
            && row.lang.len() <= 35
            && row.lang.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        {
            builder = builder.header(ContentLanguage(row.lang.clone()));
        }
        // RFC 8058: a mail client may unsubscribe with one POST, without opening a page.
        if let Some(url) = row.unsubscribe_url.as_deref().filter(|u| u.starts_with("http") && !u.chars().any(|c| c.is_control() || c == '>' || c.is_whitespace())) {
            builder = builder.header(ListUnsubscribe(format!("<{url}>"))).header(ListUnsubscribePost);
        }
        let body = MultiPart::alternative_plain_html(row.text_body.clone(), row.html_body.clone());
        // A calendar invitation goes beside the text as `invite.ics`, with its METHOD.
        let body = match row.calendar.as_deref() {
            Some(ics) => {
                let method = if ics.contains("\r\nMETHOD:CANCEL\r\n") { "CANCEL" } else { "REQUEST" };
                let kind = ContentType::parse(&format!("text/calendar; charset=utf-8; method={method}"))
                    .map_err(|e| permanent(format!("calendar content type: {e}")))?;
                MultiPart::mixed().multipart(body).singlepart(Attachment::new("invite.ics".to_owned()).body(ics.to_owned(), kind))
            }
            None => body,
        };
        builder.header(AutoSubmitted).multipart(body).map_err(|e| permanent(format!("cannot build the message: {e}")))
    }

    /// Sends one outbox row.
    pub async fn send(&self, row: &outbox::Model) -> Result<(), SendError> {
        let message = self.message(row)?;
        let result = match &self.transport {
            Transport::Smtp(smtp) => smtp.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
            Transport::File { dir, transport } => match tokio::fs::create_dir_all(dir).await {
                Ok(()) => transport.send(message).await.map(|_| ()).map_err(|e| e.to_string()),
                Err(e) => Err(format!("cannot create {}: {e}", dir.display())),
            },
        };
        result.map_err(|message| SendError { permanent: false, message: self.scrub(message, row) })
    }

    /// Forgets what was delivered to the address behind `key` ([`ponte_app::mail::erasure_key`]):
    /// the file transport deletes its `.eml` files to that address. What an SMTP server has
    /// passed on is out of reach.
    pub async fn erase(&self, key: &str) {
        let Transport::File { dir, .. } = &self.transport else { return };
        let Ok(mut entries) = tokio::fs::read_dir(dir).await else { return };
        let mut erased = 0;
        while let Ok(Some(entry)) = entries.next_entry().await {
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "eml") {
                continue;
            }
            let Ok(content) = tokio::fs::read(&path).await else { continue };
            let addressed = recipient(&content).is_some_and(|to| ponte_app::mail::erasure_key(&to) == key);
            if addressed && tokio::fs::remove_file(&path).await.is_ok() {
                erased += 1;
            }
        }
        tracing::info!(erased, "erased the emails delivered to a deleted account");
    }

    /// An error message fit for logs and the `last_error` column: no password, no address, short.
    fn scrub(&self, mut message: String, row: &outbox::Model) -> String {
        if let Some(password) = self.password.as_deref().filter(|p| p.len() >= 4) {
            message = message.replace(password, "***");
        }
        let address = row.to_address.trim();
        if !address.is_empty() {
            message = message.replace(address, "<recipient>");
        }
        truncate(&message, MAX_ERROR_CHARS)
    }
}

/// The address in the `To:` header of a stored message (the file transport writes one each).
fn recipient(message: &[u8]) -> Option<String> {
    let head = message.split(|b| *b == b'\n').take_while(|line| line.iter().any(|b| !b.is_ascii_whitespace()));
    let to = head
        .filter_map(|line| std::str::from_utf8(line).ok())
        .find_map(|line| line.get(..3).filter(|name| name.eq_ignore_ascii_case("to:")).map(|_| line[3..].trim().to_owned()))?;
    let address = match (to.rfind('<'), to.rfind('>')) {
        (Some(open), Some(close)) if open < close => to[open + 1..close].to_owned(),
        _ => to,
    };
    Some(address)
}

fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text.to_owned(),
    }
}

/// `List-Unsubscribe` (RFC 2369): where to stop these emails.
#[derive(Clone)]
struct ListUnsubscribe(String);

impl Header for ListUnsubscribe {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe")
    }

    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribe(s.to_owned()))
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `List-Unsubscribe-Post` (RFC 8058): the address above takes a one-click POST.
#[derive(Clone)]
struct ListUnsubscribePost;

impl Header for ListUnsubscribePost {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("List-Unsubscribe-Post")
    }

    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ListUnsubscribePost)
    }

    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "List-Unsubscribe=One-Click".to_owned())
    }
}

/// `Content-Language` (RFC 3282): the recipient's language, for screen readers and filters.
#[derive(Clone)]
struct ContentLanguage(String);

impl Header for ContentLanguage {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Content-Language")
    }
    fn parse(s: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(ContentLanguage(s.to_owned()))
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), self.0.clone())
    }
}

/// `Auto-Submitted: auto-generated` (RFC 3834): out-of-office robots do not answer it.
#[derive(Clone)]
struct AutoSubmitted;

impl Header for AutoSubmitted {
    fn name() -> HeaderName {
        HeaderName::new_from_ascii_str("Auto-Submitted")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(AutoSubmitted)
    }
    fn display(&self) -> HeaderValue {
        HeaderValue::new(Self::name(), "auto-generated".to_owned())
    }
}

// ---------------------------------------------------------------------------------------------
// The outbox worker

/// A name for this process in `outbox.locked_by`: host, process id and start time, so that a
/// restarted process (in a container, often pid 1 again) never mistakes old claims for its own.
pub fn worker_id() -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '.').take(40).collect())
        .filter(|h: &String| !h.is_empty())
        .unwrap_or_else(|| "ponte".to_owned());
    let started = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() % 1_000_000_000)
        .unwrap_or(0);
    format!("{host}:{}:{started}", std::process::id())
}

/// Delay before the next try after `attempts` failed ones: 30 s × 2^(attempts-1), at most 1 h.
pub fn backoff(attempts: i32) -> Duration {
    let exponent = u32::try_from(attempts.saturating_sub(1).clamp(0, 20)).unwrap_or(20);
    FIRST_RETRY.saturating_mul(2u32.saturating_pow(exponent)).min(MAX_RETRY)
}

/// Claims up to [`BATCH`] due rows for `worker_id` in one statement and returns them by id.
pub async fn claim_due(
    db: &impl ConnectionTrait,
    worker_id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<outbox::Model>, DbErr> {
    let lease = chrono::Duration::from_std(LEASE).unwrap_or(chrono::Duration::MAX);
    let until = now + lease;
    let backend = db.get_database_backend();
    let statement = match backend {
        DbBackend::Postgres => Statement::from_sql_and_values(
            backend,
            format!(
                "UPDATE outbox SET locked_by = $1, locked_until = $2 \
                 WHERE id IN (SELECT id FROM outbox \
                   WHERE status = 'pending' AND next_attempt_at <= $3 AND (locked_until IS NULL OR locked_until < $3) \
                   ORDER BY id LIMIT {BATCH} FOR UPDATE SKIP LOCKED) \
                 RETURNING *"
            ),
            [worker_id.into(), until.into(), now.into()],
        ),
        // One writer at a time: the statement is atomic as it is (RETURNING needs SQLite 3.35+;
        // the bundled one is newer).
        _ => Statement::from_sql_and_values(
            backend,
            format!(
                "UPDATE outbox SET locked_by = ?, locked_until = ? \
                 WHERE id IN (SELECT id FROM outbox \
                   WHERE status = 'pending' AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until < ?) \
                   ORDER BY id LIMIT {BATCH}) \
                 RETURNING *"
            ),
            [worker_id.into(), until.into(), now.into(), now.into()],
        ),
    };
    let mut rows = outbox::Entity::find().from_raw_sql(statement).all(db).await?;
    rows.sort_by_key(|r| r.id);
    Ok(rows)
}

/// Claims the due emails and sends them; returns how many were tried (sent or not). Call it
/// until it returns 0 to drain the outbox.
pub async fn deliver_due(db: &DatabaseConnection, mailer: &Mailer, worker_id: &str) -> Result<usize, DbErr> {
    let claimed = claim_due(db, worker_id, Utc::now()).await?;
    let started = std::time::Instant::now();
    let mut tried = 0;
    for row in &claimed {
        // Never send on a lease that may have run out: hand the rest back.
        if started.elapsed() > LEASE / 2 {
            let rest: Vec<i64> = claimed[tried..].iter().map(|r| r.id).collect();
            release(db, &rest, worker_id).await?;
            tracing::warn!(released = rest.len(), "outbox batch took too long; handing the rest back");
            break;
        }
        if row.kind == ponte_app::mail::ERASE_KIND {
            mailer.erase(&row.to_address).await;
            outbox::Entity::delete_by_id(row.id).exec(db).await?;
            tried += 1;
            continue;
        }
        let result = mailer.send(row).await;
        record(db, row, worker_id, result).await?;
        tried += 1;
    }
    Ok(tried)
}

async fn release(db: &DatabaseConnection, ids: &[i64], worker_id: &str) -> Result<(), DbErr> {
    outbox::Entity::update_many()
        .set(outbox::ActiveModel { locked_by: Set(None), locked_until: Set(None), ..Default::default() })
        .filter(outbox::Column::Id.is_in(ids.iter().copied()))
        .filter(outbox::Column::LockedBy.eq(worker_id))
        .exec(db)
        .await?;
    Ok(())
}

fn recipient_domain(address: &str) -> &str {
    address.rsplit_once('@').map_or("?", |(_, domain)| domain.trim_end_matches('>'))
}

async fn record(
    db: &DatabaseConnection,
    row: &outbox::Model,
    worker_id: &str,
    result: Result<(), SendError>,
) -> Result<(), DbErr> {
    let now = Utc::now();
    let domain = recipient_domain(&row.to_address);
    let update = match &result {
        Ok(()) => {
            tracing::info!(id = row.id, kind = %row.kind, lang = %row.lang, attempts = row.attempts + 1, domain, "email sent");
            outbox::ActiveModel {
                status: Set("sent".to_owned()),
                attempts: Set(row.attempts + 1),
                sent_at: Set(Some(now)),
                // The body may hold a sign-in link or code: once sent, nobody reads it here again.
                text_body: Set(String::new()),
                html_body: Set(String::new()),
                last_error: Set(None),
                locked_by: Set(None),
                locked_until: Set(None),
                ..Default::default()
            }
        }
        Err(error) => {
            let attempts = row.attempts + 1;
            let give_up = error.permanent || attempts >= MAX_ATTEMPTS;
            let retry_in = backoff(attempts);
            if give_up {
                tracing::error!(id = row.id, kind = %row.kind, attempts, domain, error = %error, "email failed; giving up");
            } else {
                tracing::warn!(id = row.id, kind = %row.kind, attempts, domain, error = %error, retry_in_s = retry_in.as_secs(), "email not sent; will retry");
            }
            let (text_body, html_body) = if give_up { (Set(String::new()), Set(String::new())) } else { Default::default() };
            outbox::ActiveModel {
                status: Set(if give_up { "failed" } else { "pending" }.to_owned()),
                attempts: Set(attempts),
                text_body,
                html_body,
                next_attempt_at: Set(now + chrono::Duration::from_std(retry_in).unwrap_or(chrono::Duration::MAX)),
                last_error: Set(Some(error.message.clone())),
                locked_by: Set(None),
                locked_until: Set(None),
                ..Default::default()
            }
        }
    };
    let done = outbox::Entity::update_many()
        .set(update)
        .filter(outbox::Column::Id.eq(row.id))
        .filter(outbox::Column::LockedBy.eq(worker_id))
        .exec(db)
        .await?;
    if done.rows_affected == 0 {
        tracing::warn!(id = row.id, "outbox row was claimed by another worker after its lease ran out");
    }
    Ok(())
}

/// Runs [`deliver_due`] every `poll` (at once again while batches come back full) until
/// `shutdown` resolves; a batch in flight then gets [`SHUTDOWN_GRACE`] to finish. Errors are
/// logged and retried on the next poll.
pub fn spawn_worker(
    db: DatabaseConnection,
    mailer: Mailer,
    worker_id: String,
    poll: Duration,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        tracing::info!(transport = mailer.describe(), worker = %worker_id, "outbox worker started");
        let mut shutdown = std::pin::pin!(shutdown);
        let mut failing = false;
        loop {
            let delivery = deliver_due(&db, &mailer, &worker_id);
            let mut delivery = std::pin::pin!(delivery);
            let outcome = tokio::select! {
                outcome = &mut delivery => outcome,
                () = &mut shutdown => {
                    if tokio::time::timeout(SHUTDOWN_GRACE, delivery).await.is_err() {
                        tracing::warn!("outbox batch cut short by shutdown; its emails go out after the lease");
                    }
                    break;
                }
            };
            let full = match outcome {
                Ok(n) => {
                    if failing {
                        tracing::info!("outbox worker: database reachable again");
                    }
                    failing = false;
                    n == BATCH
                }
                Err(err) => {
                    // Log a database outage once, not every poll.
                    if !failing {
                        tracing::error!(error = %err, "outbox worker: database error; retrying every poll");
                    }
                    failing = true;
                    false
                }
            };
            let pause = if full { Duration::ZERO } else { poll };
            tokio::select! {
                biased;
                () = &mut shutdown => break,
                () = tokio::time::sleep(pause) => {}
            }
        }
        tracing::info!("outbox worker stopped");
    })
}

#[cfg(test)]
mod tests;
