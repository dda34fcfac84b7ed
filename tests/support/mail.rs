//! Email in tests: a real SMTP server (`smtp_sink.py`, aiosmtpd from `.venv`) on a port of this
//! machine, and the messages it received, parsed as a mail client would (mail-parser).
//!
//! `scripts/setup.sh test` creates `.venv` with aiosmtpd; `PONTE_TEST_PYTHON` overrides the
//! interpreter.

use std::{
    path::{Path, PathBuf},
    process::{Child, Command, Stdio},
    time::Duration,
};

use mail_parser::{MessageParser, MimeHeaders, PartType};
use ponte_server::mail::{MailSettings, Mailer, SmtpSettings, SmtpTls, TransportSettings};

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn python() -> PathBuf {
    if let Ok(python) = std::env::var("PONTE_TEST_PYTHON") {
        return PathBuf::from(python);
    }
    let venv = workspace_root().join(".venv/bin/python");
    assert!(
        venv.exists(),
        "{} is missing: run `scripts/setup.sh test` (it creates .venv with aiosmtpd) or set PONTE_TEST_PYTHON",
        venv.display()
    );
    venv
}

/// A port on 127.0.0.1 that nothing listens on (at the moment of asking).
pub fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    listener.local_addr().expect("local addr").port()
}

/// Mail settings that send to `127.0.0.1:port` over plain SMTP, from `Ponte <no-reply@ponte.test>`.
pub fn smtp_settings(port: u16) -> MailSettings {
    MailSettings {
        from: "Ponte <no-reply@ponte.test>".parse().expect("from"),
        transport: TransportSettings::Smtp(SmtpSettings {
            host: "127.0.0.1".into(),
            port,
            tls: SmtpTls::None,
            credentials: None,
        }),
        poll_interval: Duration::from_millis(50),
    }
}

/// A mailer for `127.0.0.1:port` (call it inside the test's runtime).
pub fn smtp_mailer(port: u16) -> Mailer {
    Mailer::new(&smtp_settings(port)).expect("mailer")
}

/// A running SMTP sink; killed when dropped.
pub struct SmtpSink {
    pub port: u16,
    child: Child,
    messages: PathBuf,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl SmtpSink {
    /// Starts a sink on a free port.
    pub async fn start() -> SmtpSink {
        Self::start_on(free_port()).await
    }

    /// Starts a sink on `port` and waits until it accepts connections.
    pub async fn start_on(port: u16) -> SmtpSink {
        let dir = tempfile::tempdir().expect("temp dir");
        let messages = dir.path().join("messages");
        let log = dir.path().join("sink.log");
        let script = workspace_root().join("tests/support/smtp_sink.py");
        let child = Command::new(python())
            .arg(&script)
            .args(["--port", &port.to_string(), "--dir"])
            .arg(&messages)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("sink log"))
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", script.display()));
        let mut sink = SmtpSink { port, child, messages, log, _dir: dir };
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(Some(status)) = sink.child.try_wait() {
                panic!("the SMTP sink exited ({status}) before listening on {port}:\n{}", sink.log_text());
            }
            if tokio::net::TcpStream::connect(("127.0.0.1", port)).await.is_ok() {
                return sink;
            }
            assert!(
                tokio::time::Instant::now() < deadline,
                "the SMTP sink did not listen on {port} within 20 s:\n{}",
                sink.log_text()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Settings and a mailer that send to this sink.
    pub fn settings(&self) -> MailSettings {
        smtp_settings(self.port)
    }

    pub fn mailer(&self) -> Mailer {
        smtp_mailer(self.port)
    }

    /// Every message received so far, in the order they arrived.
    pub fn messages(&self) -> Vec<ReceivedEmail> {
        read_eml_dir(&self.messages)
    }

    /// Waits (up to 15 s) until at least `n` messages arrived; returns all of them.
    pub async fn wait_for(&self, n: usize) -> Vec<ReceivedEmail> {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        loop {
            let messages = self.messages();
            if messages.len() >= n || tokio::time::Instant::now() >= deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Waits (up to 15 s) for a message to `address`; returns the newest one.
    pub async fn wait_for_email_to(&self, address: &str) -> ReceivedEmail {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
        loop {
            if let Some(email) =
                self.messages().into_iter().rev().find(|m| m.to.iter().any(|t| t.eq_ignore_ascii_case(address)))
            {
                return email;
            }
            assert!(tokio::time::Instant::now() < deadline, "no email to {address} arrived within 15 s");
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Parses every `*.eml` in `dir` (sorted by name), e.g. the folder of the file transport.
pub fn read_eml_dir(dir: &Path) -> Vec<ReceivedEmail> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "eml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| ReceivedEmail::parse(&std::fs::read(p).expect("read .eml"))).collect()
}

/// One received message, decoded.
#[derive(Clone, Debug)]
pub struct ReceivedEmail {
    pub raw: Vec<u8>,
    pub from: Option<String>,
    pub to: Vec<String>,
    /// Decoded (RFC 2047) subject.
    pub subject: Option<String>,
    /// `type/subtype` of the top-level entity.
    pub content_type: Option<String>,
    pub content_language: Option<String>,
    /// Every leaf text part: (`type/subtype`, charset, decoded body).
    pub parts: Vec<(String, Option<String>, String)>,
}

impl ReceivedEmail {
    pub fn parse(raw: &[u8]) -> ReceivedEmail {
        let message = MessageParser::default().parse(raw).expect("a parsable message");
        let mime = |ct: Option<&mail_parser::ContentType<'_>>| {
            ct.map(|ct| format!("{}/{}", ct.ctype(), ct.subtype().unwrap_or_default()).to_ascii_lowercase())
        };
        let addresses = |a: Option<&mail_parser::Address<'_>>| -> Vec<String> {
            a.map(|a| a.iter().filter_map(|x| x.address().map(str::to_owned)).collect()).unwrap_or_default()
        };
        let parts = message
            .parts
            .iter()
            .filter_map(|part| {
                let body = match &part.body {
                    PartType::Text(text) | PartType::Html(text) => text.to_string(),
                    _ => return None,
                };
                let charset = part.content_type().and_then(|ct| ct.attribute("charset")).map(str::to_ascii_lowercase);
                Some((mime(part.content_type()).unwrap_or_else(|| "text/plain".into()), charset, body))
            })
            .collect();
        ReceivedEmail {
            raw: raw.to_vec(),
            from: addresses(message.from()).into_iter().next(),
            to: addresses(message.to()),
            subject: message.subject().map(str::to_owned),
            content_type: mime(message.root_part().content_type()),
            content_language: message.header_raw("Content-Language").map(|v| v.trim().to_owned()),
            parts,
        }
    }

    fn part(&self, mime: &str) -> Option<&str> {
        self.parts.iter().find(|(m, _, _)| m == mime).map(|(_, _, body)| body.as_str())
    }

    /// The decoded `text/plain` part.
    pub fn text(&self) -> Option<&str> {
        self.part("text/plain")
    }

    /// The decoded `text/html` part.
    pub fn html(&self) -> Option<&str> {
        self.part("text/html")
    }
}

/// What Python's `icalendar` reads in calendar invitation `ics` (`ics_check.py`): its METHOD,
/// UID, SEQUENCE, STATUS, time zone and start, as JSON. Fails the test if it cannot be read.
pub fn ics_check(ics: &str) -> serde_json::Value {
    use std::io::Write;
    let mut child = std::process::Command::new(python())
        .arg(workspace_root().join("tests/support/ics_check.py"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("start ics_check.py");
    child.stdin.take().expect("stdin").write_all(ics.as_bytes()).expect("write the invitation");
    let out = child.wait_with_output().expect("ics_check.py");
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|_| panic!("ics_check.py said: {}", String::from_utf8_lossy(&out.stdout)));
    assert!(out.status.success(), "the invitation does not parse: {json}\n{ics}");
    json
}
