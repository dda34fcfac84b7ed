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
}
