//! The rules of a focus group that need no database: what a venue may offer, what support a
//! session may give, the states a session goes through, and how children's ages fall into the
//! bands facilitators plan childcare by.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What a venue may offer for access, in the order forms list them.
pub const ACCESS: [&str; 5] = ["step-free", "hearing-loop", "accessible-toilet", "sign-language", "quiet-room"];

/// The support a session may give its participants.
pub const SUPPORT: [&str; 3] = ["childcare", "transport", "meal"];

/// What a date poll's answer for one time may be: yes, if need be, no.
pub const ANSWERS: [&str; 3] = ["yes", "maybe", "no"];

/// The most people a session may take.
pub const CAPACITY_MAX: i32 = 500;
/// Shortest and longest session, in minutes.
pub const MINUTES: std::ops::RangeInclusive<i64> = 15..=600;
/// Longest topic, audience and hosts; longest venue and consent texts; longest note, in characters.
pub const SHORT_MAX: usize = 300;
pub const LONG_MAX: usize = 4000;
pub const NOTE_MAX: usize = 1000;
/// Most children one registration brings.
pub const CHILDREN_MAX: i32 = 10;

/// Where a focus group stands for someone who wants to take part.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupState {
    /// No time fixed yet: the date poll runs.
    Poll,
    /// Fixed and taking registrations.
    Open,
    /// Full: new registrations go on the waitlist.
    Waitlist,
    /// Full, and no waitlist is kept.
    Full,
    /// The session has started or is over.
    Past,
    /// Called off.
    Cancelled,
}

impl GroupState {
    /// The state at `now` of a session starting at `starts` (`None` while polling) with
    /// `confirmed` of `capacity` places taken.
    pub fn at(now: DateTime<Utc>, starts: Option<DateTime<Utc>>, cancelled: bool, confirmed: i32, capacity: i32, waitlist: bool) -> GroupState {
        match starts {
            _ if cancelled => GroupState::Cancelled,
            None => GroupState::Poll,
            Some(at) if at <= now => GroupState::Past,
            Some(_) if confirmed < capacity => GroupState::Open,
            Some(_) if waitlist => GroupState::Waitlist,
            Some(_) => GroupState::Full,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            GroupState::Poll => "poll",
            GroupState::Open => "open",
            GroupState::Waitlist => "waitlist",
            GroupState::Full => "full",
            GroupState::Past => "past",
            GroupState::Cancelled => "cancelled",
        }
    }
}

/// Where a registration stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Seat {
    Confirmed,
    Waitlisted,
    Cancelled,
}

impl Seat {
    pub fn key(self) -> &'static str {
        match self {
            Seat::Confirmed => "confirmed",
            Seat::Waitlisted => "waitlisted",
            Seat::Cancelled => "cancelled",
        }
    }

    pub fn from_key(key: &str) -> Seat {
        match key {
            "confirmed" => Seat::Confirmed,
            "waitlisted" => Seat::Waitlisted,
            _ => Seat::Cancelled,
        }
    }
}

/// The emails a registration is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Confirmed,
    Waitlisted,
    Promoted,
    /// Two days before the session.
    Reminder48h,
    /// Two hours before.
    Reminder2h,
    /// Their place is cancelled (by them).
    Cancelled,
    /// The session moved (time, venue or link).
    Changed,
    /// The session was called off.
    SessionCancelled,
}

impl Notice {
    pub const ALL: [Notice; 8] = [
        Notice::Confirmed,
        Notice::Waitlisted,
        Notice::Promoted,
        Notice::Reminder48h,
        Notice::Reminder2h,
        Notice::Cancelled,
        Notice::Changed,
        Notice::SessionCancelled,
    ];

    /// Its part of the message ids (`focus-groups-email-<key>-subject`…) and of the outbox kind.
    pub fn key(self) -> &'static str {
        match self {
            Notice::Confirmed => "confirmed",
            Notice::Waitlisted => "waitlisted",
            Notice::Promoted => "promoted",
            Notice::Reminder48h => "reminder-48h",
            Notice::Reminder2h => "reminder-2h",
            Notice::Cancelled => "cancelled",
            Notice::Changed => "changed",
            Notice::SessionCancelled => "called-off",
        }
    }
}

/// The childcare bands facilitators plan by: babies, toddlers, pre-school, school age.
pub const AGE_BANDS: [&str; 4] = ["0-2", "3-5", "6-12", "13+"];

/// The band of each age written in `raw` ("2, 5 and 7" → 0-2, 3-5, 6-12); numbers that are no
/// age are left out.
pub fn age_bands(raw: &str) -> Vec<&'static str> {
    raw.split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse::<u32>().ok())
        .filter(|age| *age < 18)
        .map(|age| match age {
            0..=2 => AGE_BANDS[0],
            3..=5 => AGE_BANDS[1],
            6..=12 => AGE_BANDS[2],
            _ => AGE_BANDS[3],
        })
        .collect()
}

/// Longest finding, in characters.
pub const FINDING_MAX: usize = 600;
/// Longest minutes, in characters.
pub const MINUTES_MAX: usize = 20_000;

/// Whether `text` names one of `people` (one of their names of three letters or more, as a
/// whole word, whatever the case, accents or script) or holds one of their phone numbers (its
/// last nine digits, however spaced). Notes of a focus group stay anonymised; this catches the
/// slip of writing who said what.
pub fn names_someone<'a>(text: &str, people: impl IntoIterator<Item = (&'a str, Option<&'a str>)>) -> bool {
    let folded = deunicode::deunicode(text).to_lowercase();
    let words: std::collections::HashSet<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let digits: String = text.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')' | '/' | '\u{a0}')).collect();
    people.into_iter().any(|(name, phone)| {
        let name = deunicode::deunicode(name).to_lowercase();
        let named = name.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() >= 3).any(|w| words.contains(w));
        let phoned = phone.is_some_and(|p| {
            let all: String = p.chars().filter(char::is_ascii_digit).collect();
            let tail = &all[all.len().saturating_sub(9)..];
            tail.len() >= 6 && digits.contains(tail)
        });
        named || phoned
    })
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    #[test]
    fn a_session_is_open_until_full_then_waitlisted_or_full_and_past_once_started() {
        let now = Utc::now();
        let soon = Some(now + Duration::days(3));
        assert_eq!(GroupState::at(now, None, false, 0, 10, true), GroupState::Poll);
        assert_eq!(GroupState::at(now, soon, false, 9, 10, true), GroupState::Open);
        assert_eq!(GroupState::at(now, soon, false, 10, 10, true), GroupState::Waitlist);
        assert_eq!(GroupState::at(now, soon, false, 10, 10, false), GroupState::Full);
        assert_eq!(GroupState::at(now, Some(now - Duration::minutes(1)), false, 0, 10, true), GroupState::Past);
        assert_eq!(GroupState::at(now, soon, true, 0, 10, true), GroupState::Cancelled);
    }

    #[test]
    fn ages_fall_into_childcare_bands() {
        assert_eq!(age_bands("2, 5 e 7"), vec!["0-2", "3-5", "6-12"]);
        assert_eq!(age_bands("14"), vec!["13+"]);
        assert_eq!(age_bands("bebé"), Vec::<&str>::new());
        assert_eq!(age_bands("40"), Vec::<&str>::new());
    }

    #[test]
    fn a_note_that_names_or_rings_a_participant_is_caught() {
        let people = [("Maria José Silva", Some("+351 912 345 678")), ("Rahul Kumar", None), ("Олена", None)];
        assert!(names_someone("Maria said the classes end too late", people));
        assert!(names_someone("SILVA wants evening classes", people), "case aside");
        assert!(names_someone("a jose cabe-lhe", people), "accents aside");
        assert!(names_someone("Call 912 345 678 for the group", people), "a phone however spaced");
        assert!(names_someone("ligou para 912-345-678", people));
        assert!(names_someone("Олена сказала", people), "Cyrillic");
        assert!(!names_someone("Women asked for childcare in the evening", people));
        assert!(!names_someone("Kumaran asked", [("Kumar", None)]), "Kumaran is not Kumar");
        assert!(!names_someone("Silvana asked for a room", people), "a whole word, not a part of one");
        assert!(!names_someone("Numbers 912 are fine", people));
        assert!(!names_someone("de da do", [("Ana da Silva", None)]), "short words of a name are not names");
    }
}
