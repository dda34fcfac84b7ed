//! Emails as data: rendered from Fluent in the recipient's language (plain text + HTML with the
//! right `lang`/`dir`) and put in the outbox table, in the caller's transaction. The server's
//! outbox worker sends them.

use sea_orm::{ActiveModelTrait, ActiveValue::Set, ConnectionTrait, DbErr};

use crate::{entity::outbox, i18n::Locale};

/// A rendered email, ready for the outbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email {
    pub to: String,
    pub locale: Locale,
    /// What the email is for (`sign-in`…), for logs and tests.
    pub kind: &'static str,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// A one-click unsubscribe address for emails a person may stop (notifications), sent as
    /// `List-Unsubscribe` + `List-Unsubscribe-Post` (RFC 8058). `None` for emails they asked for.
    pub unsubscribe: Option<String>,
    /// A calendar invitation (an iCalendar document) to attach, for emails about an event.
    pub calendar: Option<String>,
}

/// One email's content before rendering: a greeting line, paragraphs, an optional button (label,
/// URL) and a closing line, all already translated.
pub struct Content {
    pub subject: String,
    pub paragraphs: Vec<String>,
    pub action: Option<(String, String)>,
    pub footer: String,
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Renders `content` as plain text and as HTML in `locale`.
pub fn render(to: &str, locale: Locale, kind: &'static str, content: Content) -> Email {
    let mut text = String::new();
    let mut body = String::new();
    for p in &content.paragraphs {
        text.push_str(p);
        text.push_str("\n\n");
        body.push_str(&format!("<p>{}</p>\n", escape(p)));
    }
    if let Some((label, url)) = &content.action {
        text.push_str(&format!("{label}:\n{url}\n\n"));
        body.push_str(&format!(
            "<p><a href=\"{}\" style=\"display:inline-block;padding:10px 18px;background:#0b5c8a;color:#ffffff;text-decoration:none;border-radius:6px\">{}</a></p>\n<p style=\"font-size:13px;color:#4a5360\" dir=\"ltr\">{}</p>\n",
            escape(url),
            escape(label),
            escape(url)
        ));
    }
    text.push_str("-- \n");
    text.push_str(&content.footer);
    text.push('\n');
    let html = format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head><meta charset=\"utf-8\"><title>{title}</title></head>\n<body style=\"font-family:system-ui,sans-serif;line-height:1.5;color:#1b1f24\">\n{body}<hr>\n<p style=\"font-size:13px;color:#4a5360\">{footer}</p>\n</body>\n</html>\n",
        lang = locale.tag(),
        dir = locale.dir(),
        title = escape(&content.subject),
        footer = escape(&content.footer),
    );
    Email { to: to.to_owned(), locale, kind, subject: content.subject, text, html, unsubscribe: None, calendar: None }
}

/// Queues `email` for the outbox worker; call it inside the transaction of the action that sends it.
pub async fn enqueue(db: &impl ConnectionTrait, email: Email) -> Result<(), DbErr> {
    let now = chrono::Utc::now();
    outbox::ActiveModel {
        to_address: Set(email.to),
        lang: Set(email.locale.tag().to_owned()),
        kind: Set(email.kind.to_owned()),
        subject: Set(email.subject),
        text_body: Set(email.text),
        html_body: Set(email.html),
        status: Set("pending".to_owned()),
        attempts: Set(0),
        next_attempt_at: Set(now),
        locked_by: Set(None),
        locked_until: Set(None),
        last_error: Set(None),
        created_at: Set(now),
        sent_at: Set(None),
        unsubscribe_url: Set(email.unsubscribe),
        calendar: Set(email.calendar),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}

/// The outbox `kind` of an erasure: not an email, but the instruction to the outbox worker to
/// forget what it delivered to an address (the file transport's `.eml` files) when its account is
/// deleted. The row names the address only by [`erasure_key`].
pub const ERASE_KIND: &str = "erase";

/// How an erasure names an address: a keyed hash, so the instruction itself keeps no address.
pub fn erasure_key(address: &str) -> String {
    crate::secrets::hash_parts(&[b"erase", address.trim().to_lowercase().as_bytes()])
}

/// Queues the erasure of everything the outbox worker delivered to `address`.
pub async fn enqueue_erasure(db: &impl ConnectionTrait, address: &str) -> Result<(), DbErr> {
    let erasure = Email {
        to: erasure_key(address),
        locale: Locale::default(),
        kind: ERASE_KIND,
        subject: String::new(),
        text: String::new(),
        html: String::new(),
        unsubscribe: None,
        calendar: None,
    };
    enqueue(db, erasure).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_part_carries_language_and_direction_and_escapes_text() {
        let ur = Locale::from_tag("ur").unwrap_or_default();
        let email = render(
            "a@example.org",
            ur,
            "sign-in",
            Content {
                subject: "سائن ان".into(),
                paragraphs: vec!["<script>x</script>".into()],
                action: Some(("کھولیں".into(), "https://ponte.example/a?b=1&c=2".into())),
                footer: "Ponte".into(),
            },
        );
        assert!(email.html.contains("<html lang=\"ur\" dir=\"rtl\">"));
        assert!(email.html.contains("&lt;script&gt;"));
        assert!(email.html.contains("https://ponte.example/a?b=1&amp;c=2"));
        assert!(email.text.contains("https://ponte.example/a?b=1&c=2"));
    }
}
