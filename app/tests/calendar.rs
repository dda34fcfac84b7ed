#![allow(clippy::expect_used, clippy::unwrap_used)] // test helpers fail loudly
//! Working days as the Code of Administrative Procedure counts them (art. 87), checked against
//! the real Portuguese calendars of 2025–2027.

use chrono::NaiveDate;
use ponte_app::plans::calendar::{Calendar, Holiday, MunicipalHoliday, Region, easter};

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

#[test]
fn easter_and_the_holidays_that_move_with_it() {
    for (year, sunday) in [(2024, "2024-03-31"), (2025, "2025-04-20"), (2026, "2026-04-05"), (2027, "2027-03-28"), (2038, "2038-04-25"), (2285, "2285-03-22")] {
        assert_eq!(easter(year), day(sunday), "{year}");
    }
    let national = Calendar::default();
    let moving = |year: i32| -> Vec<(NaiveDate, Holiday)> {
        national.holidays(year).into_iter().filter(|(_, h)| matches!(h, Holiday::GoodFriday | Holiday::CorpusChristi)).collect()
    };
    assert_eq!(moving(2025), [(day("2025-04-18"), Holiday::GoodFriday), (day("2025-06-19"), Holiday::CorpusChristi)]);
    assert_eq!(moving(2026), [(day("2026-04-03"), Holiday::GoodFriday), (day("2026-06-04"), Holiday::CorpusChristi)]);
    assert_eq!(moving(2027), [(day("2027-03-26"), Holiday::GoodFriday), (day("2027-05-27"), Holiday::CorpusChristi)]);
}

#[test]
fn the_national_holidays_of_2026() {
    let dates: Vec<String> = Calendar::default().holidays(2026).iter().map(|(d, _)| d.to_string()).collect();
    assert_eq!(
        dates,
        [
            "2026-01-01", "2026-04-03", "2026-04-05", "2026-04-25", "2026-05-01", "2026-06-04", "2026-06-10", "2026-08-15",
            "2026-10-05", "2026-11-01", "2026-12-01", "2026-12-08", "2026-12-25",
        ]
    );
    // Carnival only where the offices close for it; the regions' own days only there.
    assert!(!Calendar::default().is_holiday(day("2026-02-17")));
    assert!(Calendar { carnival: true, ..Default::default() }.is_holiday(day("2026-02-17")));
    assert!(Calendar { region: Some(Region::Azores), ..Default::default() }.is_holiday(day("2026-05-25")), "Whit Monday");
    let madeira = Calendar { region: Some(Region::Madeira), ..Default::default() };
    assert!(madeira.is_holiday(day("2026-07-01")) && madeira.is_holiday(day("2026-12-26")));
    assert!(!Calendar::default().is_holiday(day("2026-07-01")));
    // A municipality's own day: a date (Lisbon, 13 June) or one that moves with Easter
    // (Ascension Thursday, 2027-05-06).
    assert!(Calendar { municipal: Some(MunicipalHoliday::Fixed { month: 6, day: 13 }), ..Default::default() }.is_holiday(day("2025-06-13")));
    assert!(Calendar { municipal: Some(MunicipalHoliday::AfterEaster { days: 39 }), ..Default::default() }.is_holiday(day("2027-05-06")));
}

#[test]
fn deadlines_skip_weekends_and_holidays_and_never_end_on_a_closed_day() {
    let national = Calendar::default();
    // 30 working days from Friday 20 March 2026: Good Friday and 1 May do not count.
    assert_eq!(national.working_days_after(day("2026-03-20"), 30), day("2026-05-05"));
    // 10 working days from a holiday (1 December 2025): 8 December is skipped.
    assert_eq!(national.working_days_after(day("2025-12-01"), 10), day("2025-12-16"));
    // The event's own day never counts: one day after a Friday is the Monday.
    assert_eq!(national.working_days_after(day("2027-01-08"), 1), day("2027-01-11"));
    // Over Christmas and the new year, 2026–2027.
    assert_eq!(national.working_days_after(day("2026-12-23"), 5), day("2026-12-31"));
    assert_eq!(national.working_days_after(day("2026-12-23"), 6), day("2027-01-04"));
    // Lisbon's 13 June moves a deadline by a day.
    let lisbon = Calendar { municipal: Some(MunicipalHoliday::Fixed { month: 6, day: 13 }), ..Default::default() };
    assert_eq!(national.working_days_after(day("2025-06-09"), 5), day("2025-06-17"));
    assert_eq!(lisbon.working_days_after(day("2025-06-09"), 5), day("2025-06-18"));
    // 0 days: that day, or the next day the office opens.
    assert_eq!(national.working_days_after(day("2026-04-03"), 0), day("2026-04-06"));
    // Longer than six months: calendar days, moved off a closed end (2027-01-01 is a holiday,
    // then a weekend).
    assert_eq!(national.calendar_days_after(day("2026-06-05"), 210), day("2027-01-04"));
    assert_eq!(national.calendar_days_after(day("2026-01-01"), 200), day("2026-07-20"));
    // A phase's length in working days, both ends included: April 2026 has 22 weekdays, one of
    // them Good Friday.
    assert_eq!(national.working_days_between(day("2026-04-01"), day("2026-04-30")), 21);
}

#[test]
fn a_municipal_holiday_is_stored_by_a_key_and_must_fall_every_year() {
    let lisbon = MunicipalHoliday::Fixed { month: 6, day: 13 };
    assert_eq!(lisbon.key(), "06-13");
    assert_eq!(MunicipalHoliday::from_key("06-13"), Some(lisbon));
    assert_eq!(MunicipalHoliday::ASCENSION.key(), "easter+39");
    assert_eq!(MunicipalHoliday::from_key("easter+39"), Some(MunicipalHoliday::ASCENSION));
    for bad in ["02-29", "13-01", "06-31", "", "easter+", "easter+-3", "junho", "06"] {
        assert_eq!(MunicipalHoliday::from_key(bad), None, "{bad:?}");
    }
    assert_eq!(Region::of_time_zone("Atlantic/Azores"), Region::Azores);
    assert_eq!(Region::of_time_zone("Atlantic/Madeira"), Region::Madeira);
    assert_eq!(Region::of_time_zone("Europe/Lisbon"), Region::Mainland);
}
