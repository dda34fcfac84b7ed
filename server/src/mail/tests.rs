//! Unit tests of mail settings, backoff, message building and error redaction.

use super::*;

fn settings(pairs: &[(&str, &str)]) -> Result<MailSettings, MailConfigError> {
    MailSettings::from_lookup(&|k: &str| pairs.iter().find(|(key, _)| *key == k).map(|(_, v)| (*v).to_owned()))
}

#[test]
fn defaults_write_files_into_data_mail_from_localhost() {
    let s = settings(&[]).unwrap();
    assert_eq!(s.from.to_string(), "Ponte <no-reply@localhost>");
    assert_eq!(s.transport, TransportSettings::File { dir: PathBuf::from("data/mail") });
    assert_eq!(s.poll_interval, Duration::from_millis(1000));
    let s = settings(&[("PONTE_MAIL_DIR", "/tmp/x"), ("PONTE_OUTBOX_POLL_MS", "250")]).unwrap();
    assert_eq!(s.transport, TransportSettings::File { dir: PathBuf::from("/tmp/x") });
    assert_eq!(s.poll_interval, Duration::from_millis(250));
}

#[test]
fn from_must_be_a_mailbox() {
    let s = settings(&[("PONTE_MAIL_FROM", "Câmara Municipal <ponte@cm.example.pt>")]).unwrap();
    assert_eq!(s.from.email.to_string(), "ponte@cm.example.pt");
    assert_eq!(s.from.name.as_deref(), Some("Câmara Municipal"));
    assert!(settings(&[("PONTE_MAIL_FROM", "no-reply@ponte.example.pt")]).is_ok());
    for bad in ["nobody", "Ponte <>", "a@b@c", "<x@y"] {
        assert_eq!(settings(&[("PONTE_MAIL_FROM", bad)]).unwrap_err(), MailConfigError::From(bad.into()), "{bad}");
    }
}

#[test]
fn smtp_defaults_to_starttls_on_587_and_ports_follow_the_tls_mode() {
    let smtp = |pairs: &[(&str, &str)]| match settings(pairs).unwrap().transport {
        TransportSettings::Smtp(s) => s,
        other => panic!("expected smtp, got {other:?}"),
    };
    let s = smtp(&[("PONTE_MAIL_TRANSPORT", "smtp"), ("PONTE_SMTP_HOST", "mail.example.pt")]);
    assert_eq!((s.host.as_str(), s.port, s.tls, s.credentials), ("mail.example.pt", 587, SmtpTls::StartTls, None));
    let s = smtp(&[("PONTE_SMTP_HOST", "mail.example.pt"), ("PONTE_SMTP_TLS", "tls")]);
    assert_eq!((s.port, s.tls), (465, SmtpTls::Tls));
    let s = smtp(&[("PONTE_SMTP_HOST", "127.0.0.1"), ("PONTE_SMTP_TLS", "none"), ("PONTE_SMTP_PORT", "2525")]);
    assert_eq!((s.port, s.tls), (2525, SmtpTls::None));
    // Explicit file wins over a host.
    assert!(matches!(
        settings(&[("PONTE_MAIL_TRANSPORT", "file"), ("PONTE_SMTP_HOST", "h")]).unwrap().transport,
        TransportSettings::File { .. }
    ));
}

#[test]
fn bad_smtp_settings_are_refused_with_a_message_naming_the_variable() {
    let cases: &[(&[(&str, &str)], MailConfigError)] = &[
        (&[("PONTE_MAIL_TRANSPORT", "sendmail")], MailConfigError::Transport("sendmail".into())),
        (&[("PONTE_MAIL_TRANSPORT", "smtp")], MailConfigError::SmtpHostMissing),
        (&[("PONTE_SMTP_HOST", "mail example")], MailConfigError::SmtpHost("mail example".into())),
        (&[("PONTE_SMTP_HOST", "h"), ("PONTE_SMTP_PORT", "0")], MailConfigError::SmtpPort("0".into())),
        (&[("PONTE_SMTP_HOST", "h"), ("PONTE_SMTP_PORT", "70000")], MailConfigError::SmtpPort("70000".into())),
        (&[("PONTE_SMTP_HOST", "h"), ("PONTE_SMTP_TLS", "ssl")], MailConfigError::SmtpTls("ssl".into())),
        (&[("PONTE_SMTP_HOST", "h"), ("PONTE_SMTP_USER", "u")], MailConfigError::CredentialsIncomplete),
        (
            &[
                ("PONTE_SMTP_HOST", "h"),
                ("PONTE_SMTP_TLS", "none"),
                ("PONTE_SMTP_USER", "u"),
                ("PONTE_SMTP_PASSWORD", "p"),
            ],
            MailConfigError::CredentialsInClear,
        ),
        (&[("PONTE_OUTBOX_POLL_MS", "soon")], MailConfigError::PollInterval("soon".into())),
        (&[("PONTE_OUTBOX_POLL_MS", "0")], MailConfigError::PollInterval("0".into())),
    ];
    for (pairs, expected) in cases {
        let err = settings(pairs).unwrap_err();
        assert_eq!(&err, expected, "{pairs:?}");
        let message = err.to_string();
        assert!(message.contains("PONTE_"), "{message}");
    }
}

#[tokio::test] // the SMTP pool spawns its cleanup task on the runtime
async fn the_password_is_never_printed() {
    let s = settings(&[
        ("PONTE_SMTP_HOST", "mail.example.pt"),
        ("PONTE_SMTP_USER", "ponte"),
        ("PONTE_SMTP_PASSWORD", "hunter2-very-secret"),
    ])
    .unwrap();
    let TransportSettings::Smtp(smtp) = &s.transport else { panic!("smtp") };
    assert_eq!(smtp.credentials, Some(SmtpCredentials::new("ponte", "hunter2-very-secret")));
    let debug = format!("{s:?}");
    assert!(debug.contains("ponte") && !debug.contains("hunter2"), "{debug}");
    let mailer = Mailer::new(&s).unwrap();
    assert_eq!(mailer.describe(), "smtp://mail.example.pt:587 (starttls)");
    let row = row("someone@example.org");
    let scrubbed = mailer.scrub("535 auth failed for hunter2-very-secret and someone@example.org".into(), &row);
    assert_eq!(scrubbed, "535 auth failed for *** and <recipient>");
}

#[test]
fn retries_back_off_from_30_seconds_to_an_hour() {
    let secs: Vec<u64> = (1..=9).map(|a| backoff(a).as_secs()).collect();
    assert_eq!(secs, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    assert_eq!(backoff(0).as_secs(), 30);
    assert_eq!(backoff(i32::MAX).as_secs(), 3600);
}

#[test]
fn long_errors_are_cut_on_a_character_boundary() {
    assert_eq!(truncate("ação", 2), "aç…");
    assert_eq!(truncate("ok", 5), "ok");
}

fn row(to: &str) -> outbox::Model {
    let now = Utc::now();
    outbox::Model {
        id: 1,
        to_address: to.into(),
        lang: "ur".into(),
        kind: "test".into(),
        subject: "سلام\r\nBcc: x@y".into(),
        text_body: "text".into(),
        html_body: "<p>html</p>".into(),
        status: "pending".into(),
        attempts: 0,
        next_attempt_at: now,
        locked_by: None,
        locked_until: None,
        last_error: None,
        created_at: now,
        sent_at: None,
        unsubscribe_url: None,
        calendar: None,
    }
}

#[test]
fn message_is_multipart_alternative_with_language_and_no_header_injection() {
    let mailer = Mailer::new(&settings(&[]).unwrap()).unwrap();
    let raw = String::from_utf8(mailer.message(&row("a@example.org")).unwrap().formatted()).unwrap();
    assert!(raw.contains("Content-Type: multipart/alternative"), "{raw}");
    assert!(raw.contains("Content-Language: ur\r\n"), "{raw}");
    assert!(raw.contains("Auto-Submitted: auto-generated\r\n"), "{raw}");
    assert!(!raw.contains("\r\nBcc:"), "{raw}");
    let err = mailer.message(&row("not an address")).unwrap_err();
    assert!(err.permanent);
}

#[test]
fn notifications_carry_one_click_unsubscribe_headers_and_nothing_injected() {
    let mailer = Mailer::new(&settings(&[]).unwrap()).unwrap();
    let mut notification = row("a@example.org");
    notification.unsubscribe_url = Some("https://ponte.example/unsubscribe/7.abc".into());
    let raw = String::from_utf8(mailer.message(&notification).unwrap().formatted()).unwrap();
    assert!(raw.contains("List-Unsubscribe: <https://ponte.example/unsubscribe/7.abc>\r\n"), "{raw}");
    assert!(raw.contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n"), "{raw}");
    // An address that could break out of its header is left out, not sent.
    notification.unsubscribe_url = Some("https://ponte.example/x>\r\nBcc: evil@example.org".into());
    let raw = String::from_utf8(mailer.message(&notification).unwrap().formatted()).unwrap();
    assert!(!raw.contains("List-Unsubscribe") && !raw.contains("\r\nBcc:"), "{raw}");
    // Emails a person asked for (sign-in) have none.
    let raw = String::from_utf8(mailer.message(&row("a@example.org")).unwrap().formatted()).unwrap();
    assert!(!raw.contains("List-Unsubscribe"), "{raw}");
}

#[test]
fn a_calendar_invitation_is_attached_as_invite_ics_with_its_method() {
    let mailer = Mailer::new(&settings(&[]).unwrap()).unwrap();
    let mut invited = row("a@example.org");
    invited.calendar = Some("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nEND:VCALENDAR\r\n".into());
    let raw = String::from_utf8(mailer.message(&invited).unwrap().formatted()).unwrap();
    assert!(raw.contains("Content-Type: multipart/mixed"), "{raw}");
    assert!(raw.contains("Content-Type: multipart/alternative"), "the text and HTML stay alternatives: {raw}");
    assert!(raw.contains("Content-Type: text/calendar; charset=utf-8; method=CANCEL"), "{raw}");
    assert!(raw.contains("filename=\"invite.ics\""), "{raw}");
    invited.calendar = Some("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n".into());
    let raw = String::from_utf8(mailer.message(&invited).unwrap().formatted()).unwrap();
    assert!(raw.contains("method=REQUEST"), "{raw}");
    // Without one, nothing changes.
    let raw = String::from_utf8(mailer.message(&row("a@example.org")).unwrap().formatted()).unwrap();
    assert!(!raw.contains("multipart/mixed") && !raw.contains("text/calendar"), "{raw}");
}
