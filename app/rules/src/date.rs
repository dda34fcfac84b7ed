//! Calendar dates as forms send them and definitions store them (`2026-05-31`), read without
//! chrono's general-purpose parser, whose code would triple the size of the browser's module;
//! and [`Day`], a date in a survey definition, which also travels to the browser in binary.

use chrono::{Datelike, NaiveDate};
use nanoserde::{DeBin, DeBinErr, SerBin};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A date in a survey's definition (the limits of a date question): `2026-05-31` in JSON, days
/// since 1 January of year 1 in the browser's binary.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub NaiveDate);

impl std::ops::Deref for Day {
    type Target = NaiveDate;

    fn deref(&self) -> &NaiveDate {
        &self.0
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serde_date::serialize(&self.0, serializer)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Day, D::Error> {
        serde_date::deserialize(deserializer).map(Day)
    }
}

impl SerBin for Day {
    fn ser_bin(&self, output: &mut Vec<u8>) {
        self.0.num_days_from_ce().ser_bin(output);
    }
}

impl DeBin for Day {
    fn de_bin(offset: &mut usize, bytes: &[u8]) -> Result<Day, DeBinErr> {
        let days = i32::de_bin(offset, bytes)?;
        NaiveDate::from_num_days_from_ce_opt(days)
            .map(Day)
            .ok_or_else(|| DeBinErr::new(*offset, 4, bytes.len()))
    }
}

/// Reads `year-month-day` (year of four or more digits, optionally signed; month and day of one
/// or two digits); `None` for anything else or a day that does not exist.
pub fn parse(raw: &str) -> Option<NaiveDate> {
    let raw = raw.trim();
    let (sign, unsigned) = match raw.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, raw.strip_prefix('+').unwrap_or(raw)),
    };
    let mut parts = unsigned.split('-');
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, min: usize, max: usize| (min..=max).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if parts.next().is_some() || !digits(year, 4, 6) || !digits(month, 1, 2) || !digits(day, 1, 2) {
        return None;
    }
    NaiveDate::from_ymd_opt(sign * year.parse::<i32>().ok()?, month.parse().ok()?, day.parse().ok()?)
}

/// Serde for a `NaiveDate` as chrono writes it, read with [`parse`].
pub mod serde_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(date: &NaiveDate, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(date)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<NaiveDate, D::Error> {
        let raw = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        super::parse(&raw).ok_or_else(|| D::Error::custom("not a date"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_what_forms_send_and_refuses_the_rest() {
        assert_eq!(parse("2026-05-31"), NaiveDate::from_ymd_opt(2026, 5, 31));
        assert_eq!(parse(" 2026-5-3 "), NaiveDate::from_ymd_opt(2026, 5, 3));
        for bad in ["", "2026-02-30", "2026-13-01", "26-05-31", "2026-05-31-1", "2026/05/31", "2026-05-3x", "٢٠٢٦-٠٥-٣١"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    proptest! {
        /// Every date chrono writes reads back as itself, as chrono's own parser would read it.
        #[test]
        fn round_trips_with_chrono(days in -700_000i32..1_500_000) {
            let date = NaiveDate::from_num_days_from_ce_opt(days).unwrap_or_default();
            let written = date.to_string();
            prop_assert_eq!(parse(&written), Some(date));
            prop_assert_eq!(NaiveDate::parse_from_str(&written, "%Y-%m-%d").ok(), Some(date));
        }
    }
}
