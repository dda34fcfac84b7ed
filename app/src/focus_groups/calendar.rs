//! Calendar invitations for a focus group (iCalendar, RFC 5545/5546), attached to its emails: one
//! event per session with a UID that never changes, a SEQUENCE that grows with every change,
//! its times in the plan's time zone with that zone's VTIMEZONE (so a calendar shows 18:30 on
//! the day after the clocks go back as 18:30), and METHOD:CANCEL when the person's place (or the
//! session) is cancelled.

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::{OffsetComponents, OffsetName, Tz};
use icalendar::{Calendar, CalendarDateTime, Component, Event, EventLike, EventStatus, Property};

use super::service::session;
use crate::{
    core::Translated,
    entity::{focus_group_registrations as registrations, focus_groups, plans},
    i18n::Locale,
    plans::service::default_lang,
};

/// What an invitation does in the person's calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Add the session, or update it (a higher SEQUENCE).
    Request,
    /// Take it out.
    Cancel,
}

/// The session's UID: one per focus group, the same in every email about it.
pub fn uid(plan: &plans::Model, row: &focus_groups::Model, public_url: &str) -> String {
    let host = public_url.split("://").nth(1).unwrap_or(public_url).split(['/', ':']).next().unwrap_or("ponte");
    format!("focus-group-{}-{}-{}@{host}", plan.slug, row.slug, row.id)
}

fn offset_text(seconds: i32) -> String {
    let sign = if seconds < 0 { '-' } else { '+' };
    let s = seconds.unsigned_abs();
    format!("{sign}{:02}{:02}", s / 3600, (s % 3600) / 60)
}

/// The VTIMEZONE of `zone` for the year around `at`: each change of offset between a year
/// before and a year after, found from the time-zone database (no rule is written by hand).
pub fn vtimezone(zone: Tz, at: DateTime<Utc>) -> String {
    let offset = |t: DateTime<Utc>| zone.offset_from_utc_datetime(&t.naive_utc());
    let total = |t: DateTime<Utc>| {
        let o = offset(t);
        i32::try_from((o.base_utc_offset() + o.dst_offset()).num_seconds()).unwrap_or(0)
    };
    let mut out = format!("BEGIN:VTIMEZONE\r\nTZID:{}\r\n", zone.name());
    let (start, end) = (at - Duration::days(366), at + Duration::days(366));
    let mut t = start;
    let mut changes = 0;
    while t < end {
        let next = t + Duration::hours(1);
        if total(next) != total(t) {
            // The change lies within this hour: find its minute.
            let (mut low, mut high) = (t, next);
            while high - low > Duration::minutes(1) {
                let mid = low + (high - low) / 2;
                if total(mid) == total(t) { low = mid } else { high = mid }
            }
            let (from, to) = (total(t), total(high));
            let local = (high + Duration::seconds(i64::from(from))).naive_utc();
            let kind = if offset(high).dst_offset().is_zero() { "STANDARD" } else { "DAYLIGHT" };
            let name = offset(high).abbreviation().unwrap_or_default().to_owned();
            out.push_str(&format!(
                "BEGIN:{kind}\r\nDTSTART:{}\r\nTZOFFSETFROM:{}\r\nTZOFFSETTO:{}\r\nTZNAME:{name}\r\nEND:{kind}\r\n",
                local.format("%Y%m%dT%H%M%S"),
                offset_text(from),
                offset_text(to)
            ));
            changes += 1;
        }
        t = next;
    }
    if changes == 0 {
        let now = total(at);
        let name = offset(at).abbreviation().unwrap_or_default().to_owned();
        out.push_str(&format!("BEGIN:STANDARD\r\nDTSTART:19700101T000000\r\nTZOFFSETFROM:{0}\r\nTZOFFSETTO:{0}\r\nTZNAME:{name}\r\nEND:STANDARD\r\n", offset_text(now)));
    }
    out.push_str("END:VTIMEZONE\r\n");
    out
}

/// The invitation for `person` to focus group `row`, in their language; `None` while the
/// session has no time.
pub fn invitation(plan: &plans::Model, row: &focus_groups::Model, person: &registrations::Model, method: Method, public_url: &str) -> Option<String> {
    let times = session(plan, row)?;
    let starts_at = row.starts_at?;
    let zone: Tz = plan.time_zone.parse().unwrap_or(chrono_tz::Europe::Lisbon);
    let locale = Locale::from_tag(&person.lang).unwrap_or_default();
    let own = default_lang(&plan.languages);
    let topic = Translated::from_json(&row.topic_i18n).resolve(locale, &own).text;
    let venue = Translated::from_json(&row.venue_i18n).resolve(locale, &own).text;
    let page = format!("{}/plans/{}/focus-groups/{}", public_url.trim_end_matches('/'), plan.slug, row.slug);
    let cancelled = method == Method::Cancel || row.cancelled_at.is_some();
    let mut event = Event::new();
    event
        .uid(&uid(plan, row, public_url))
        .sequence(u32::try_from(row.sequence).unwrap_or(0))
        .timestamp(Utc::now())
        .summary(&topic)
        .description(&page)
        .starts(CalendarDateTime::WithTimezone { date_time: times.starts, tzid: zone.name().to_owned() })
        .ends(CalendarDateTime::WithTimezone { date_time: times.ends, tzid: zone.name().to_owned() })
        .status(if cancelled { EventStatus::Cancelled } else { EventStatus::Confirmed })
        .url(&page);
    let location = [venue.as_str(), row.online_url.as_deref().unwrap_or_default()].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join(" — ");
    if !location.is_empty() {
        event.location(&location);
    }
    if let Some(contact) = plan.contact_email.as_deref().filter(|c| !c.is_empty()) {
        let mut organizer = Property::new("ORGANIZER", format!("mailto:{contact}"));
        organizer.add_parameter("CN", &Translated::from_json(&plan.title_i18n).resolve(locale, &own).text);
        event.append_property(organizer);
    }
    if let Some(address) = &person.email {
        let mut attendee = Property::new("ATTENDEE", format!("mailto:{address}"));
        attendee.add_parameter("CN", &person.name).add_parameter("PARTSTAT", if cancelled { "DECLINED" } else { "ACCEPTED" });
        event.append_multi_property(attendee);
    }
    let mut calendar = Calendar::new();
    calendar.append_property(Property::new("METHOD", if method == Method::Cancel { "CANCEL" } else { "REQUEST" }));
    calendar.push(event.done());
    let text = calendar.to_string();
    // The builder writes no VTIMEZONE: it goes before the event, as calendars expect.
    Some(text.replacen("BEGIN:VEVENT\r\n", &format!("{}BEGIN:VEVENT\r\n", vtimezone(zone, starts_at)), 1))
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn lisbon_s_vtimezone_has_the_march_and_october_changes() {
        let at = Utc.with_ymd_and_hms(2027, 10, 30, 17, 30, 0).single().expect("instant");
        let tz = vtimezone(chrono_tz::Europe::Lisbon, at);
        assert!(tz.contains("TZID:Europe/Lisbon"));
        // Clocks go back at 02:00 WEST on the last Sunday of October 2027 (the 31st)…
        assert!(tz.contains("BEGIN:STANDARD\r\nDTSTART:20271031T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0000\r\nTZNAME:WET"), "{tz}");
        // …and forward at 01:00 WET on the last Sunday of March 2028 (the 26th).
        assert!(tz.contains("BEGIN:DAYLIGHT\r\nDTSTART:20280326T010000\r\nTZOFFSETFROM:+0000\r\nTZOFFSETTO:+0100\r\nTZNAME:WEST"), "{tz}");
        // The Azores are an hour behind.
        let azores = vtimezone(chrono_tz::Atlantic::Azores, at);
        assert!(azores.contains("TZOFFSETFROM:+0000\r\nTZOFFSETTO:-0100"), "{azores}");
    }
}
