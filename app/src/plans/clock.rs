//! The plan's own clock: the day it is and the time of day where the plan is (its time zone,
//! one of `model::TIME_ZONES`, Europe/Lisbon when unknown). What opens and closes by date (a
//! consultation's days) and the times people read (the activity log) go by it, not by UTC: at
//! 23:30 UTC in summer it is already tomorrow in Lisbon, and an hour earlier in the Azores.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;

/// The zone an IANA name names; Lisbon for a name it does not know.
fn zone(iana: &str) -> Tz {
    iana.parse().unwrap_or(chrono_tz::Europe::Lisbon)
}

/// The day it is now in time zone `iana`.
pub fn today(iana: &str) -> NaiveDate {
    day_at(iana, Utc::now())
}

/// The day it is in time zone `iana` at instant `at`.
pub fn day_at(iana: &str, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&zone(iana)).date_naive()
}

/// The wall-clock time in time zone `iana` at instant `at`.
pub fn local(iana: &str, at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&zone(iana)).naive_local()
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone;

    use super::*;

    #[test]
    fn the_day_is_the_plan_s_not_utc_s() {
        // 23:30 UTC on a summer evening: tomorrow in Lisbon and Madeira, today in the Azores.
        let summer = Utc.with_ymd_and_hms(2026, 7, 14, 23, 30, 0).single().expect("instant");
        let day = |d| NaiveDate::from_ymd_opt(2026, 7, d).expect("day");
        assert_eq!(day_at("Europe/Lisbon", summer), day(15));
        assert_eq!(day_at("Atlantic/Madeira", summer), day(15));
        assert_eq!(day_at("Atlantic/Azores", summer), day(14));
        // 00:30 UTC in winter: still yesterday in the Azores (UTC−1), today in Lisbon (UTC+0).
        let winter = Utc.with_ymd_and_hms(2026, 1, 10, 0, 30, 0).single().expect("instant");
        assert_eq!(day_at("Atlantic/Azores", winter), NaiveDate::from_ymd_opt(2026, 1, 9).expect("day"));
        assert_eq!(day_at("Europe/Lisbon", winter), NaiveDate::from_ymd_opt(2026, 1, 10).expect("day"));
        // An unknown zone reads as Lisbon.
        assert_eq!(day_at("Mars/Olympus", summer), day(15));
    }

    #[test]
    fn times_are_on_the_plan_s_wall_clock() {
        let summer = Utc.with_ymd_and_hms(2026, 7, 14, 13, 5, 0).single().expect("instant");
        assert_eq!(local("Europe/Lisbon", summer).format("%H:%M").to_string(), "14:05");
        assert_eq!(local("Atlantic/Azores", summer).format("%H:%M").to_string(), "13:05");
        let winter = Utc.with_ymd_and_hms(2026, 1, 10, 13, 5, 0).single().expect("instant");
        assert_eq!(local("Europe/Lisbon", winter).format("%H:%M").to_string(), "13:05");
        assert_eq!(local("Atlantic/Azores", winter).format("%H:%M").to_string(), "12:05");
    }
}
