//! The emails a registration is sent — confirmed, waitlisted, promoted, reminded — in the
//! person's language, through the outbox, each saying when and where.

use sea_orm::ConnectionTrait;

pub use super::domain::Notice;
use super::{
    calendar::{Method, invitation},
    service::session,
};
use crate::{
    core::{AppError, Translated},
    entity::{focus_group_registrations as registrations, focus_groups, plans},
    i18n::Locale,
    mail,
    plans::service::default_lang,
};

/// The outbox `kind` of a notice, for logs and tests.
fn kind(notice: Notice) -> &'static str {
    match notice {
        Notice::Confirmed => "focus-group-confirmed",
        Notice::Waitlisted => "focus-group-waitlisted",
        Notice::Promoted => "focus-group-promoted",
        Notice::Reminder48h => "focus-group-reminder-48h",
        Notice::Reminder2h => "focus-group-reminder-2h",
        Notice::Cancelled => "focus-group-cancelled",
        Notice::Changed => "focus-group-changed",
        Notice::SessionCancelled => "focus-group-called-off",
    }
}

/// The calendar invitation a notice carries: the session to add (or update) for those who have
/// a place, to take out when their place or the session is cancelled, none for the waitlist.
fn method(notice: Notice, person: &registrations::Model) -> Option<Method> {
    let has_place = person.status == super::Seat::Confirmed.key();
    match notice {
        Notice::Confirmed | Notice::Promoted | Notice::Reminder48h | Notice::Reminder2h | Notice::Changed if has_place => Some(Method::Request),
        Notice::Cancelled | Notice::SessionCancelled if has_place => Some(Method::Cancel),
        _ => None,
    }
}

/// Emails `person` (if they left an address) about their registration, in their language, with
/// the session's calendar invitation; `link` is the button's address, `public_url` the site's.
/// Call it inside the transaction of what it tells.
pub async fn tell(
    db: &impl ConnectionTrait,
    plan: &plans::Model,
    row: &focus_groups::Model,
    person: &registrations::Model,
    notice: Notice,
    link: &str,
    public_url: &str,
) -> Result<(), AppError> {
    let Some(address) = person.email.clone() else { return Ok(()) };
    let locale = Locale::from_tag(&person.lang).unwrap_or_default();
    let own = default_lang(&plan.languages);
    let topic = Translated::from_json(&row.topic_i18n).resolve(locale, &own).text;
    let venue = Translated::from_json(&row.venue_i18n).resolve(locale, &own).text;
    let when = session(plan, row)
        .map(|s| s.describe(locale))
        .unwrap_or_default();
    let key = notice.key();
    let mut paragraphs = vec![locale.t_args(&format!("focus-groups-email-{key}-intro"), &[("name", person.name.clone().into()), ("topic", topic.clone().into())]), when];
    if !venue.is_empty() {
        paragraphs.push(venue);
    }
    if let Some(url) = &row.online_url {
        paragraphs.push(url.clone());
    }
    paragraphs.push(locale.t(&format!("focus-groups-email-{key}-next")));
    let content = mail::Content {
        subject: locale.t_args(&format!("focus-groups-email-{key}-subject"), &[("topic", topic.into())]),
        paragraphs,
        action: Some((locale.t(&format!("focus-groups-email-{key}-action")), link.to_owned())),
        footer: locale.t("focus-groups-email-footer"),
    };
    let calendar = method(notice, person).and_then(|m| invitation(plan, row, person, m, public_url));
    mail::enqueue(db, mail::Email { calendar, ..mail::render(&address, locale, kind(notice), content) }).await?;
    Ok(())
}
