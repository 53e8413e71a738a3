//! A calendar date without time zone, small enough for the wasm build (no chrono).

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    pub const fn new(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    /// Parses `YYYY-MM-DD`, checking that the day exists in that month.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let date = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
        date.is_valid().then_some(date)
    }

    pub fn is_valid(self) -> bool {
        (1..=12).contains(&self.month) && self.day >= 1 && self.day <= days_in_month(self.year, self.month)
    }
}

pub fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

/// Days in `month` (1–12) of `year`; 0 for a month that does not exist.
pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Shown as `DD.MM.YYYY`, the form used in Kazakhstan's official documents in every language.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}.{:02}.{:04}", self.day, self.month, self.year)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_valid_dates() {
        assert_eq!(Date::parse_iso("2026-11-25"), Some(Date::new(2026, 11, 25)));
        assert_eq!(Date::parse_iso("2024-02-29"), Some(Date::new(2024, 2, 29)));
    }

    #[test]
    fn rejects_impossible_dates() {
        for bad in ["2025-02-29", "2026-13-01", "2026-04-31", "2026-1-01", "26-01-01", "2026-01-01-01", "abcd-ef-gh"] {
            assert_eq!(Date::parse_iso(bad), None, "{bad}");
        }
    }

    #[test]
    fn orders_chronologically_and_displays_dotted() {
        assert!(Date::new(2025, 12, 31) < Date::new(2026, 1, 1));
        assert_eq!(Date::new(2026, 1, 5).to_string(), "05.01.2026");
    }
}

impl Date {
    /// The civil date `days` days after 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm).
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z.rem_euclid(146_097);
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date::new(year, month, day)
    }

    /// Days from 1970-01-01 to this date (negative before it); the inverse of
    /// [`Date::from_days_since_epoch`].
    pub fn days_since_epoch(self) -> i64 {
        let (m, d) = (i64::from(self.month), i64::from(self.day));
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// Today in UTC by the system clock: for the build, native tools and tests (the app in the browser
    /// takes its date from the page).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_utc() -> Date {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// The date `days` days later (earlier when negative).
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    pub fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday.
        Weekday::ALL[(self.days_since_epoch() + 3).rem_euclid(7) as usize]
    }
}

/// A day of the week, Monday first (as in Kazakhstan).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] =
        [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];

    /// Saturday and Sunday, the days off of the five-day week.
    pub fn is_weekend(self) -> bool {
        matches!(self, Weekday::Sat | Weekday::Sun)
    }
}

#[cfg(test)]
mod epoch_tests {
    use super::Date;

    #[test]
    fn converts_days_since_epoch() {
        assert_eq!(Date::from_days_since_epoch(0), Date::new(1970, 1, 1));
        assert_eq!(Date::from_days_since_epoch(11_016), Date::new(2000, 2, 29));
        assert_eq!(Date::from_days_since_epoch(20_417), Date::new(2025, 11, 25));
    }

    #[test]
    fn days_since_epoch_round_trips() {
        for days in (-719_000..2_900_000).step_by(997).chain([-1, 0, 1, 11_016, 20_417]) {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days, "{days}");
        }
        assert_eq!(Date::new(2024, 3, 1).add_days(-1), Date::new(2024, 2, 29));
        assert_eq!(Date::new(2025, 12, 31).add_days(1), Date::new(2026, 1, 1));
    }

    #[test]
    fn weekdays() {
        use super::Weekday;
        assert_eq!(Date::new(1970, 1, 1).weekday(), Weekday::Thu);
        assert_eq!(Date::new(2026, 11, 25).weekday(), Weekday::Wed);
        assert_eq!(Date::new(2026, 3, 21).weekday(), Weekday::Sat);
        assert_eq!(Date::new(1900, 1, 1).weekday(), Weekday::Mon);
        assert!(Date::new(2026, 3, 22).weekday().is_weekend());
        assert!(!Date::new(2026, 3, 23).weekday().is_weekend());
    }
}
