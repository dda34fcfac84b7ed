//! Working days as Portuguese administrative deadlines count them (Código do Procedimento
//! Administrativo, art. 87): the day of the event is not counted; a period is suspended on
//! Saturdays, Sundays and holidays, unless it is longer than six months; a period that ends on a
//! day the office is closed ends on the next working day.
//!
//! Holidays: the national ones of the Labour Code (art. 234: fixed dates, Good Friday, Easter
//! Sunday, Corpus Christi — the moveable ones computed from Easter), Carnival where the
//! municipality closes for it, the regional ones of the Azores and Madeira, and the
//! municipality's own holiday (a date, or a day counted from Easter such as Ascension Thursday).

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

/// A holiday, by what it celebrates (for calendars shown to people).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Holiday {
    NewYear,
    Carnival,
    GoodFriday,
    Easter,
    Freedom,
    Labour,
    CorpusChristi,
    Portugal,
    Assumption,
    Republic,
    AllSaints,
    Independence,
    ImmaculateConception,
    Christmas,
    /// Azores: Whit Monday ("Segunda-feira do Espírito Santo").
    AzoresDay,
    /// Madeira: 1 July.
    MadeiraDay,
    /// Madeira: 26 December.
    FirstOctave,
    Municipal,
}

/// Where the regional holidays of the autonomous regions apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Region {
    Mainland,
    Azores,
    Madeira,
}

/// A municipality's own holiday.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum MunicipalHoliday {
    /// The same day every year (Lisbon: 13 June).
    Fixed { month: u32, day: u32 },
    /// A number of days after Easter Sunday (Ascension Thursday: 39).
    AfterEaster { days: i64 },
}

impl MunicipalHoliday {
    /// Ascension Thursday, a municipal holiday in many municipalities.
    pub const ASCENSION: MunicipalHoliday = MunicipalHoliday::AfterEaster { days: 39 };

    /// How it is stored: `MM-DD`, or `easter+N`.
    pub fn key(&self) -> String {
        match self {
            MunicipalHoliday::Fixed { month, day } => format!("{month:02}-{day:02}"),
            MunicipalHoliday::AfterEaster { days } => format!("easter+{days}"),
        }
    }

    /// The holiday a stored key names; `None` for anything else (29 February included: a
    /// holiday must fall every year).
    pub fn from_key(key: &str) -> Option<MunicipalHoliday> {
        if let Some(days) = key.strip_prefix("easter+") {
            return days.parse().ok().filter(|d| (1..=70).contains(d)).map(|days| MunicipalHoliday::AfterEaster { days });
        }
        let (month, day) = key.split_once('-')?;
        Self::fixed(month.parse().ok()?, day.parse().ok()?)
    }

    /// A holiday on `day` of `month` if that day exists every year.
    pub fn fixed(month: u32, day: u32) -> Option<MunicipalHoliday> {
        // 2023 is no leap year: 29 February is refused.
        NaiveDate::from_ymd_opt(2023, month, day).map(|_| MunicipalHoliday::Fixed { month, day })
    }
}

impl Region {
    /// The region a plan's time zone (an IANA name) puts it in.
    pub fn of_time_zone(iana: &str) -> Region {
        match iana {
            "Atlantic/Azores" => Region::Azores,
            "Atlantic/Madeira" => Region::Madeira,
            _ => Region::Mainland,
        }
    }
}

/// Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm of Meeus).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    // Always 22 March – 25 April: a valid date for every year chrono represents.
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or(NaiveDate::MIN)
}

/// The holidays a plan's offices close on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Calendar {
    pub region: Option<Region>,
    pub municipal: Option<MunicipalHoliday>,
    /// The offices close on Carnival Tuesday (most municipalities do; it is no national holiday).
    pub carnival: bool,
}

impl Calendar {
    /// Every holiday of `year` in this calendar, in date order.
    pub fn holidays(&self, year: i32) -> Vec<(NaiveDate, Holiday)> {
        let on = |month: u32, day: u32| NaiveDate::from_ymd_opt(year, month, day);
        let easter = easter(year);
        let mut days: Vec<(NaiveDate, Holiday)> = [
            (on(1, 1), Holiday::NewYear),
            (Some(easter - Duration::days(2)), Holiday::GoodFriday),
            (Some(easter), Holiday::Easter),
            (on(4, 25), Holiday::Freedom),
            (on(5, 1), Holiday::Labour),
            (Some(easter + Duration::days(60)), Holiday::CorpusChristi),
            (on(6, 10), Holiday::Portugal),
            (on(8, 15), Holiday::Assumption),
            (on(10, 5), Holiday::Republic),
            (on(11, 1), Holiday::AllSaints),
            (on(12, 1), Holiday::Independence),
            (on(12, 8), Holiday::ImmaculateConception),
            (on(12, 25), Holiday::Christmas),
        ]
        .into_iter()
        .filter_map(|(d, h)| d.map(|d| (d, h)))
        .collect();
        if self.carnival {
            days.push((easter - Duration::days(47), Holiday::Carnival));
        }
        match self.region {
            Some(Region::Azores) => days.push((easter + Duration::days(50), Holiday::AzoresDay)),
            Some(Region::Madeira) => {
                days.extend(on(7, 1).map(|d| (d, Holiday::MadeiraDay)));
                days.extend(on(12, 26).map(|d| (d, Holiday::FirstOctave)));
            }
            _ => {}
        }
        match self.municipal {
            Some(MunicipalHoliday::Fixed { month, day }) => days.extend(on(month, day).map(|d| (d, Holiday::Municipal))),
            Some(MunicipalHoliday::AfterEaster { days: n }) => days.push((easter + Duration::days(n), Holiday::Municipal)),
            None => {}
        }
        days.sort_by_key(|(d, _)| *d);
        days
    }

    pub fn is_holiday(&self, date: NaiveDate) -> bool {
        self.holidays(date.year()).iter().any(|(d, _)| *d == date)
    }

    /// Monday to Friday, and no holiday.
    pub fn is_working_day(&self, date: NaiveDate) -> bool {
        !matches!(date.weekday(), Weekday::Sat | Weekday::Sun) && !self.is_holiday(date)
    }

    /// The first working day on or after `date` (art. 87 f).
    pub fn next_working_day(&self, date: NaiveDate) -> NaiveDate {
        let mut day = date;
        while !self.is_working_day(day) {
            match day.succ_opt() {
                Some(next) => day = next,
                None => break,
            }
        }
        day
    }

    /// The last day of a period of `days` working days after `event` (art. 87 b, c): the event's
    /// day is not counted, nor any Saturday, Sunday or holiday. 0 days: the event's day, or the
    /// next working day if the office is closed then (art. 87 f).
    pub fn working_days_after(&self, event: NaiveDate, days: u32) -> NaiveDate {
        if days == 0 {
            return self.next_working_day(event);
        }
        let mut day = event;
        let mut left = days;
        while left > 0 {
            let Some(next) = day.succ_opt() else { break };
            day = next;
            if self.is_working_day(day) {
                left -= 1;
            }
        }
        day
    }

    /// The last day of a period of `days` calendar days after `event`, for periods longer than six
    /// months (art. 87 d): every day counts, and an end on a closed day moves to the next working
    /// day (art. 87 f).
    pub fn calendar_days_after(&self, event: NaiveDate, days: u32) -> NaiveDate {
        self.next_working_day(event + Duration::days(i64::from(days)))
    }

    /// Working days from `start` to `end`, both included (how long a phase is open).
    pub fn working_days_between(&self, start: NaiveDate, end: NaiveDate) -> u32 {
        let days = start.iter_days().take_while(|d| *d <= end).filter(|d| self.is_working_day(*d)).count();
        u32::try_from(days).unwrap_or(u32::MAX)
    }
}
