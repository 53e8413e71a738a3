//! Deadlines: calendar days, months, years and working days, and the days left.
//!
//! The ГПК rules (arts. 122–123 [C]):
//! - a period starts **on the day after** the date or event that begins it (art. 122), so the last day of
//!   a period of N days after an event is the event date + N;
//! - a period in months ends on the same day of the last month, or on that month's last day if the day
//!   does not exist (art. 123(2)): 31 January + 1 month = 28 (29) February; in years, on the same month
//!   and day of the last year (art. 123(1));
//! - if the last day is a non-working day, the period ends on the next working day (art. 123(4)):
//!   [`WorkCalendar::roll_forward`].
//!
//! Working days skip Saturdays, Sundays, holidays and days off, and the days off moved onto weekdays.
//! That periods "in working days" are counted so is an inference [I] (facts file §A2), so a count of
//! working days always carries a caution. Holidays are data (`content/holidays.toml`): the Holidays Law
//! arts. 2, 3 and 5 [C] (a holiday on a Saturday or Sunday makes the next working day a day off),
//! Labour Code art. 84(5) [C] (7 January and the first day of Kurban ait are days off, never moved), the
//! 2026 change of Constitution Day [C3], Kurban ait dates [C3] and the 2025 transfer order [C3]. A year
//! whose movable days or transfer order are not known is reported in [`Deadline::incomplete_years`].
//!
//! Other codes (КоАП, the Labour Code) have their own counting rules, not in the facts file: use
//! [`add_days`]/[`add_months`] for them and apply [`WorkCalendar::roll_forward`] only where the ГПК
//! applies. The КоАП (art. 739, read in `rus/81245.md @04bd6605`, amendments to 25.06.2020, and
//! `kaz/81245.md @03a9741c`, to 11.07.2022) is [`WorkCalendar::koap_period_end`]: the day that begins a
//! period is not counted (ч. 2) and a period in сутки ends at 24:00 of its last day (ч. 4); a period in
//! months or years that ends on a non-working day moves to the next working day (ч. 5). Whether a period
//! in сутки moves too, or leaves out non-working days (ч. 3: non-working time counts «за исключением
//! случаев, когда срок исчисляется сутками»), the text does not settle, so it is counted in calendar days
//! and not moved: the earliest reading, which the content states with a caution.

use crate::core::calc::{needs_caution, Act, Citation};
use crate::core::content::model::{Confidence, DayTransfer, Holiday, HolidayCalendar, HolidayKind, Source};
use crate::core::date::{days_in_month, Date};
use crate::core::figures::{Figure, FigureKind};

const GPK_122_123: Citation = Citation::new(Act::CivilProcedureCode, "ст. 122, ст. 123 ч. 1–3", Confidence::Confirmed);
const GPK_123_4: Citation = Citation::new(Act::CivilProcedureCode, "ст. 123 ч. 4", Confidence::Confirmed);
/// Periods in working days skip weekends, holidays and moved days off: inferred (facts file §A2).
const WORKING_DAYS_RULE: Citation =
    Citation::new(Act::CivilProcedureCode, "ст. 122–123 (рабочие дни: без выходных, праздничных и перенесённых дней)", Confidence::Inferred);

/// `days` calendar days after `from` (before it when negative).
pub fn add_days(from: Date, days: i64) -> Date {
    from.add_days(days)
}

/// `months` months after `from` (before it when negative), on the same day or the month's last day
/// (ГПК art. 123(2)). Years are kept within 1–9999.
pub fn add_months(from: Date, months: i64) -> Date {
    let index = (i64::from(from.year) * 12 + i64::from(from.month) - 1 + months).clamp(12, 9999 * 12 + 11);
    let (year, month) = ((index / 12) as u16, (index % 12 + 1) as u8);
    Date::new(year, month, from.day.min(days_in_month(year, month)))
}

/// `years` years after `from` (before it when negative); 29 February becomes 28 February in a common year.
pub fn add_years(from: Date, years: i64) -> Date {
    add_months(from, years * 12)
}

/// Days from `today` to `deadline`: 0 when today is the last day, negative when it has passed.
pub fn days_left(today: Date, deadline: Date) -> i64 {
    deadline.days_since_epoch() - today.days_since_epoch()
}

/// A period as the figures express it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Days(u32),
    WorkingDays(u32),
    Months(u32),
    Years(u32),
}

impl Period {
    /// The period a duration figure has on `date` (`deadline.appeal` → 1 month); `None` for money,
    /// percentages and МРП multiples, or when no value is in force.
    pub fn from_figure(figure: &Figure, date: Date) -> Option<Period> {
        let n = figure.in_force(date)?.value;
        if !(n.is_finite() && n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX)) {
            return None;
        }
        let n = n as u32;
        Some(match figure.kind {
            FigureKind::Days | FigureKind::CalendarDays => Period::Days(n),
            FigureKind::WorkingDays => Period::WorkingDays(n),
            FigureKind::Months => Period::Months(n),
            FigureKind::Years => Period::Years(n),
            FigureKind::Money | FigureKind::Percent | FigureKind::Mrp => return None,
        })
    }
}

/// Why a day is or is not worked.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum DayStatus {
    Working,
    /// A Saturday or Sunday made a working day by a transfer order.
    WorkingByTransfer(&'static DayTransfer),
    Weekend,
    /// A holiday, or a day off such as 7 January.
    Holiday(&'static Holiday),
    /// The day off a holiday that fell on a weekend moved to (Holidays Law art. 5).
    MovedHoliday(&'static Holiday),
    /// A weekday made a day off by a transfer order.
    DayOffByTransfer(&'static DayTransfer),
}

impl DayStatus {
    pub fn is_working(self) -> bool {
        matches!(self, DayStatus::Working | DayStatus::WorkingByTransfer(_))
    }
}

/// A computed deadline with the rules and data it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Deadline {
    pub date: Date,
    pub citations: Vec<Citation>,
    /// Years the count went through whose holiday data is incomplete (a movable day or a transfer order
    /// is unknown): a day off may have been missed.
    pub incomplete_years: Vec<u16>,
    pub caution: bool,
}

/// Working days over a holiday calendar.
#[derive(Debug, Clone, Copy)]
pub struct WorkCalendar {
    data: &'static HolidayCalendar,
}

impl Default for WorkCalendar {
    /// The calendar compiled from `content/holidays.toml`.
    fn default() -> Self {
        WorkCalendar { data: crate::core::content::holidays() }
    }
}

impl WorkCalendar {
    pub fn new(data: &'static HolidayCalendar) -> Self {
        WorkCalendar { data }
    }

    pub fn status(&self, date: Date) -> DayStatus {
        if let Some(h) = self.holiday_on(date) {
            return DayStatus::Holiday(h);
        }
        if let Some(t) = self.data.transfers.iter().find(|t| t.day_off == date) {
            return DayStatus::DayOffByTransfer(t);
        }
        if let Some((_, h)) = self.moved_days_off(date).into_iter().find(|(d, _)| *d == date) {
            return DayStatus::MovedHoliday(h);
        }
        if let Some(t) = self.data.transfers.iter().find(|t| t.working_day == date) {
            return DayStatus::WorkingByTransfer(t);
        }
        if date.weekday().is_weekend() {
            DayStatus::Weekend
        } else {
            DayStatus::Working
        }
    }

    pub fn is_working_day(&self, date: Date) -> bool {
        self.status(date).is_working()
    }

    /// The `days`-th working day after `from` (the count starts the next day, ГПК art. 122).
    pub fn add_working_days(&self, from: Date, days: u32) -> Deadline {
        let mut trace = Trace::new(vec![GPK_122_123, WORKING_DAYS_RULE]);
        let (mut date, mut left) = (from, days);
        while left > 0 {
            date = date.add_days(1);
            let status = self.status(date);
            self.note(date, status, &mut trace);
            if status.is_working() {
                left -= 1;
            }
        }
        trace.finish(date)
    }

    /// `last_day` if it is a working day, else the next working day (ГПК art. 123(4)).
    pub fn roll_forward(&self, last_day: Date) -> Deadline {
        let mut trace = Trace::new(vec![GPK_123_4]);
        let mut date = last_day;
        loop {
            let status = self.status(date);
            self.note(date, status, &mut trace);
            if status.is_working() {
                return trace.finish(date);
            }
            date = date.add_days(1);
        }
    }

    /// The last day of a ГПК period that begins with an event on `event` (arts. 122–123): calendar periods
    /// are moved off a non-working last day, working-day periods end on a working day anyway.
    pub fn period_end(&self, event: Date, period: Period) -> Deadline {
        let last = match period {
            Period::WorkingDays(n) => return self.add_working_days(event, n),
            Period::Days(n) => add_days(event, i64::from(n)),
            Period::Months(n) => add_months(event, i64::from(n)),
            Period::Years(n) => add_years(event, i64::from(n)),
        };
        let mut deadline = self.roll_forward(last);
        deadline.citations.insert(0, GPK_122_123);
        deadline
    }

    /// The last day of a КоАП period that begins on `event` (art. 739, see the module note): days are
    /// calendar days from the next day and are not moved (the earliest reading of ч. 3–5); months and
    /// years move off a non-working last day (ч. 5). КоАП periods are never in working days; one given so
    /// is counted as the ГПК counts it.
    pub fn koap_period_end(&self, event: Date, period: Period) -> Date {
        match period {
            Period::Days(n) => add_days(event, i64::from(n)),
            Period::WorkingDays(n) => self.add_working_days(event, n).date,
            Period::Months(n) => self.roll_forward(add_months(event, i64::from(n))).date,
            Period::Years(n) => self.roll_forward(add_years(event, i64::from(n))).date,
        }
    }

    fn holiday_on(&self, date: Date) -> Option<&'static Holiday> {
        self.data.days.iter().find(|h| h.falls_on(date))
    }

    /// Worked as usual, before any holiday is moved (a weekend day counts only if an order made it working).
    fn base_working(&self, date: Date) -> bool {
        self.holiday_on(date).is_none()
            && !self.data.transfers.iter().any(|t| t.day_off == date)
            && (!date.weekday().is_weekend() || self.data.transfers.iter().any(|t| t.working_day == date))
    }

    /// The days off moved by Holidays Law art. 5 from holidays in the three weeks up to `date`: each
    /// holiday on a Saturday or Sunday, in date order, takes the next working day not already taken.
    fn moved_days_off(&self, date: Date) -> Vec<(Date, &'static Holiday)> {
        let mut moved: Vec<(Date, &'static Holiday)> = Vec::new();
        if self.data.weekend_rule.is_none() {
            return moved;
        }
        for back in (0..=21).rev() {
            let day = date.add_days(-back);
            if !day.weekday().is_weekend() {
                continue;
            }
            for h in self.data.days.iter().filter(|h| h.kind == HolidayKind::Holiday && h.falls_on(day)) {
                let mut next = day.add_days(1);
                while !self.base_working(next) || moved.iter().any(|(d, _)| *d == next) {
                    next = next.add_days(1);
                }
                moved.push((next, h));
            }
        }
        moved
    }

    /// Records what decided `date`'s status.
    fn note(&self, date: Date, status: DayStatus, trace: &mut Trace) {
        if !self.data.complete_years.contains(&date.year) && !trace.incomplete_years.contains(&date.year) {
            trace.incomplete_years.push(date.year);
        }
        match status {
            DayStatus::Holiday(h) => trace.cite(h.source),
            DayStatus::MovedHoliday(h) => {
                if let Some(rule) = self.data.weekend_rule {
                    trace.cite(rule);
                }
                trace.cite(h.source);
            }
            DayStatus::DayOffByTransfer(t) | DayStatus::WorkingByTransfer(t) => trace.cite(t.source),
            DayStatus::Working | DayStatus::Weekend => {
                // A yearly holiday that no longer (or not yet) applies, on this day or on the weekend just
                // before it (whose day off would have moved here): the change is what decided the day.
                for back in 0..=3 {
                    let day = date.add_days(-back);
                    if back > 0 && !day.weekday().is_weekend() {
                        continue;
                    }
                    for h in self.data.days.iter().filter(|h| h.excluded_on(day)) {
                        trace.cite(h.changed_by.unwrap_or(h.source));
                    }
                }
            }
        }
    }
}

/// The citations and years a count went through.
struct Trace {
    citations: Vec<Citation>,
    incomplete_years: Vec<u16>,
}

impl Trace {
    fn new(citations: Vec<Citation>) -> Self {
        Trace { citations, incomplete_years: Vec::new() }
    }

    fn cite(&mut self, source: &'static Source) {
        let citation = Citation::from_source(source);
        if !self.citations.contains(&citation) {
            self.citations.push(citation);
        }
    }

    fn finish(self, date: Date) -> Deadline {
        let caution = needs_caution(&self.citations) || !self.incomplete_years.is_empty();
        Deadline { date, citations: self.citations, incomplete_years: self.incomplete_years, caution }
    }
}

/// [`WorkCalendar::add_working_days`] over the compiled holidays.
pub fn add_working_days(from: Date, days: u32) -> Deadline {
    WorkCalendar::default().add_working_days(from, days)
}

/// [`WorkCalendar::roll_forward`] over the compiled holidays.
pub fn roll_forward(last_day: Date) -> Deadline {
    WorkCalendar::default().roll_forward(last_day)
}

/// [`WorkCalendar::is_working_day`] over the compiled holidays.
pub fn is_working_day(date: Date) -> bool {
    WorkCalendar::default().is_working_day(date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::model::{HolidayDate, Texts};
    use crate::core::date::Weekday;

    fn d(y: u16, m: u8, day: u8) -> Date {
        Date::new(y, m, day)
    }

    fn cal() -> WorkCalendar {
        WorkCalendar::default()
    }

    #[test]
    fn calendar_days_and_days_left() {
        assert_eq!(add_days(d(2026, 1, 25), 10), d(2026, 2, 4));
        assert_eq!(add_days(d(2024, 2, 28), 1), d(2024, 2, 29));
        assert_eq!(add_days(d(2026, 12, 25), 10), d(2027, 1, 4));
        assert_eq!(add_days(d(2026, 3, 1), -1), d(2026, 2, 28));
        assert_eq!(days_left(d(2026, 11, 25), d(2026, 12, 5)), 10);
        assert_eq!(days_left(d(2026, 11, 25), d(2026, 11, 25)), 0, "today is the last day");
        assert_eq!(days_left(d(2026, 11, 25), d(2026, 11, 20)), -5, "missed");
        assert_eq!(days_left(d(2025, 12, 31), d(2026, 12, 31)), 365);
        assert_eq!(days_left(d(2023, 12, 31), d(2024, 12, 31)), 366);
    }

    #[test]
    fn months_clamp_to_the_end_of_the_month() {
        assert_eq!(add_months(d(2026, 1, 31), 1), d(2026, 2, 28));
        assert_eq!(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(add_months(d(2026, 3, 31), 1), d(2026, 4, 30));
        assert_eq!(add_months(d(2026, 1, 15), 1), d(2026, 2, 15));
        assert_eq!(add_months(d(2026, 11, 30), 2), d(2027, 1, 30));
        assert_eq!(add_months(d(2026, 8, 31), 6), d(2027, 2, 28));
        assert_eq!(add_months(d(2026, 5, 31), 0), d(2026, 5, 31));
        assert_eq!(add_months(d(2026, 3, 31), -1), d(2026, 2, 28));
        assert_eq!(add_months(d(2026, 1, 10), -13), d(2024, 12, 10));
        // Clamping does not accumulate: 31 Jan + 2 months is 31 March, not 28 March.
        assert_eq!(add_months(d(2026, 1, 31), 2), d(2026, 3, 31));
    }

    #[test]
    fn years_move_the_leap_day() {
        assert_eq!(add_years(d(2024, 2, 29), 1), d(2025, 2, 28));
        assert_eq!(add_years(d(2024, 2, 29), 4), d(2028, 2, 29));
        assert_eq!(add_years(d(2026, 11, 25), -3), d(2023, 11, 25), "alimony three years back");
    }

    #[test]
    fn absurd_offsets_stay_in_range() {
        assert_eq!(add_months(d(2026, 1, 1), i64::MAX / 24), d(9999, 12, 1));
        assert_eq!(add_months(d(2026, 1, 1), -1_000_000), d(1, 1, 1));
    }

    #[test]
    fn fixed_holidays_are_not_worked() {
        for date in [d(2026, 1, 1), d(2026, 1, 2), d(2026, 1, 7), d(2026, 3, 23), d(2026, 5, 1), d(2026, 7, 6), d(2026, 12, 16)] {
            assert!(matches!(cal().status(date), DayStatus::Holiday(_)), "{date}");
        }
        let DayStatus::Holiday(h) = cal().status(d(2026, 12, 16)) else { unreachable!() };
        assert_eq!(h.name.kk, "Тәуелсіздік күні");
        assert!(is_working_day(d(2026, 12, 17)), "17 December was dropped in 2022");
        assert!(is_working_day(d(2026, 12, 1)), "1 December was dropped in 2022");
    }

    #[test]
    fn weekend_holidays_move_to_the_next_working_day_in_2026() {
        // The transfers the facts file computes for 2026 from Holidays Law art. 5.
        let moved = |date| matches!(cal().status(date), DayStatus::MovedHoliday(_));
        assert!(moved(d(2026, 3, 9)), "8 March (Sunday) → Monday 9 March");
        assert!(moved(d(2026, 3, 24)) && moved(d(2026, 3, 25)), "21–22 March (Sat–Sun) → 24 and 25 March");
        assert!(is_working_day(d(2026, 3, 26)));
        assert!(moved(d(2026, 5, 11)), "9 May (Saturday) → Monday 11 May");
        assert!(moved(d(2026, 10, 26)), "25 October (Sunday) → Monday 26 October");
        let DayStatus::MovedHoliday(h) = cal().status(d(2026, 3, 25)) else { unreachable!() };
        assert_eq!(h.name.ru, "Наурыз мейрамы");
    }

    #[test]
    fn days_off_that_are_not_holidays_do_not_move() {
        // Kurban ait 2024 was a Sunday: no extra day (Labour Code art. 84(5); the Ministry confirmed).
        assert_eq!(d(2024, 6, 16).weekday(), Weekday::Sun);
        assert!(matches!(cal().status(d(2024, 6, 16)), DayStatus::Holiday(h) if h.kind == HolidayKind::DayOff));
        assert!(is_working_day(d(2024, 6, 17)));
        assert!(!is_working_day(d(2025, 6, 6)), "Kurban ait 2025, a Friday");
        assert!(!is_working_day(d(2026, 5, 27)), "Kurban ait 2026, a Wednesday");
    }

    #[test]
    fn the_2025_transfer_order() {
        assert!(matches!(cal().status(d(2025, 1, 3)), DayStatus::DayOffByTransfer(_)));
        assert!(matches!(cal().status(d(2025, 1, 5)), DayStatus::WorkingByTransfer(_)));
        assert!(is_working_day(d(2025, 1, 5)), "a Sunday that was worked");
        assert_eq!(cal().status(d(2025, 1, 4)), DayStatus::Weekend);
    }

    #[test]
    fn constitution_day_moves_from_30_august_to_15_march() {
        assert!(matches!(cal().status(d(2025, 9, 1)), DayStatus::MovedHoliday(_)), "30.08.2025 (Sat) → Monday 1 September");
        assert!(matches!(cal().status(d(2024, 8, 30)), DayStatus::Holiday(_)));
        assert!(is_working_day(d(2027, 8, 30)), "no longer a holiday");
        assert!(matches!(cal().status(d(2027, 3, 15)), DayStatus::Holiday(_)), "first observed 15.03.2027");
        assert!(!matches!(cal().status(d(2026, 3, 15)), DayStatus::Holiday(_)), "the change is in force from 01.07.2026");
        // Whether 30.08.2026 (a Sunday) was still a holiday is [U]; the data drops it from 01.07.2026, so
        // Monday 31.08.2026 is not a moved day off, and a deadline on it says the change decided that.
        assert!(is_working_day(d(2026, 8, 31)));
        let end = roll_forward(d(2026, 8, 31));
        assert_eq!(end.date, d(2026, 8, 31));
        assert!(end.caution && end.citations.iter().any(|c| c.act.contains("306-VIII")));
        assert!(!roll_forward(d(2025, 9, 2)).citations.iter().any(|c| c.act.contains("306-VIII")));
    }

    #[test]
    fn working_days_skip_weekends_and_holidays() {
        // Wednesday 18.03.2026 + 5 working days: 19, 20, (21–23 Nauryz, 24–25 moved), 26, 27, 30.
        let deadline = add_working_days(d(2026, 3, 18), 5);
        assert_eq!(deadline.date, d(2026, 3, 30));
        assert!(deadline.caution, "the meaning of working days is inferred, and 2026 is incomplete");
        assert_eq!(deadline.incomplete_years, [2026]);
        assert!(deadline.citations.contains(&WORKING_DAYS_RULE));
        assert!(deadline.citations.iter().any(|c| c.act.contains("О праздниках") && c.confidence == Confidence::Confirmed));
        // An ordinary week: Friday + 1 = Monday.
        assert_eq!(add_working_days(d(2026, 11, 27), 1).date, d(2026, 11, 30));
        assert_eq!(add_working_days(d(2026, 11, 25), 0).date, d(2026, 11, 25));
        // Over New Year 2027: 31.12.2026 (Thu) + 1 → 1 Jan (Fri) holiday, 2 Jan (Sat) holiday moved to
        // Monday 4 Jan, 3 Jan Sunday → Tuesday 5 Jan.
        assert!(matches!(cal().status(d(2027, 1, 4)), DayStatus::MovedHoliday(_)));
        assert_eq!(add_working_days(d(2026, 12, 31), 1).date, d(2027, 1, 5));
    }

    #[test]
    fn working_days_in_2025_use_the_transfer_order() {
        // 31.12.2024 + 1: 1–2 Jan holidays, 3 Jan off by order, 4 Sat, 5 Sun worked.
        let deadline = add_working_days(d(2024, 12, 31), 1);
        assert_eq!(deadline.date, d(2025, 1, 5));
        assert!(deadline.citations.iter().any(|c| c.act.contains("№ 436")));
        assert_eq!(deadline.incomplete_years, Vec::<u16>::new(), "2025 is complete");
        // The Kurban ait date is secondary.
        let around_kurban = add_working_days(d(2025, 6, 5), 1);
        assert_eq!(around_kurban.date, d(2025, 6, 9));
        assert!(around_kurban.citations.iter().any(|c| c.confidence == Confidence::Secondary && c.article.contains("Курбан")));
    }

    #[test]
    fn a_last_day_off_rolls_to_the_next_working_day() {
        // Appeal: one month from 29.10.2025 ends 29.11.2025, a Saturday → Monday 1 December.
        let end = WorkCalendar::default().period_end(d(2025, 10, 29), Period::Months(1));
        assert_eq!(end.date, d(2025, 12, 1));
        assert!(!end.caution, "ГПК rules [C], a complete year, only weekends passed");
        assert_eq!(end.citations, vec![GPK_122_123, GPK_123_4]);
        // A working last day stays.
        assert_eq!(roll_forward(d(2025, 12, 2)).date, d(2025, 12, 2));
        // Ten days from 11.03.2026 end on 21.03.2026 (Nauryz, Saturday) → Thursday 26.03.2026.
        let nauryz = WorkCalendar::default().period_end(d(2026, 3, 11), Period::Days(10));
        assert_eq!(nauryz.date, d(2026, 3, 26));
        assert!(nauryz.caution);
    }

    #[test]
    fn a_day_decided_by_a_secondary_change_carries_a_caution() {
        // 15.03.2027 is a holiday only by the 2026 law [C3].
        let end = roll_forward(d(2027, 3, 15));
        assert_eq!(end.date, d(2027, 3, 16));
        assert!(end.caution);
        assert!(end.citations.iter().any(|c| c.act.contains("306-VIII")));
        // 30.08.2027 is worked only because of the same change.
        let end = roll_forward(d(2027, 8, 30));
        assert_eq!(end.date, d(2027, 8, 30));
        assert!(end.citations.iter().any(|c| c.act.contains("306-VIII")));
    }

    #[test]
    fn periods_from_figures() {
        let all = crate::core::content::figures();
        let figure = |key| crate::core::figures::find(all, key).unwrap();
        let day = d(2026, 11, 25);
        assert_eq!(Period::from_figure(figure("deadline.appeal"), day), Some(Period::Months(1)));
        assert_eq!(Period::from_figure(figure("deadline.fine_complaint"), day), Some(Period::Days(10)));
        assert_eq!(Period::from_figure(figure("deadline.court_order_objection"), day), Some(Period::WorkingDays(10)));
        assert_eq!(Period::from_figure(figure("deadline.consumer_claim_reply"), day), Some(Period::Days(10)));
        assert_eq!(Period::from_figure(figure("deadline.labor_general"), day), Some(Period::Years(1)));
        assert_eq!(Period::from_figure(figure("mrp"), day), None);
        assert_eq!(Period::from_figure(figure("deadline.appeal"), d(2023, 1, 1)), None);
        // A court order served on Friday 06.11.2026: ten working days to object.
        let end = WorkCalendar::default().period_end(d(2026, 11, 6), Period::WorkingDays(10));
        assert_eq!(end.date, d(2026, 11, 20));
    }

    static SOURCE: Source = Source {
        id: "t",
        act: "Test act",
        article: "1",
        version: "",
        read: Date::new(2026, 1, 1),
        url: "https://adilet.zan.kz/t",
        confidence: Confidence::Confirmed,
        via: "",
    };
    const NAME: Texts = Texts { kk: "a", ru: "b", en: "c" };
    static TWO_DAY_HOLIDAY: [Holiday; 2] = [
        Holiday { name: NAME, kind: HolidayKind::Holiday, date: HolidayDate::Yearly { month: 1, day: 1, from: None, until: None }, source: &SOURCE, changed_by: None },
        Holiday { name: NAME, kind: HolidayKind::Holiday, date: HolidayDate::Yearly { month: 1, day: 2, from: None, until: None }, source: &SOURCE, changed_by: None },
    ];
    static WITH_RULE: HolidayCalendar = HolidayCalendar { days: &TWO_DAY_HOLIDAY, transfers: &[], weekend_rule: Some(&SOURCE), complete_years: &[2022, 2023] };
    static WITHOUT_RULE: HolidayCalendar = HolidayCalendar { days: &TWO_DAY_HOLIDAY, transfers: &[], weekend_rule: None, complete_years: &[2022] };

    #[test]
    fn two_weekend_holidays_take_two_weekdays() {
        // 1–2 January 2022 were Saturday and Sunday: the days off move to Monday 3 and Tuesday 4.
        let c = WorkCalendar::new(&WITH_RULE);
        assert!(matches!(c.status(d(2022, 1, 3)), DayStatus::MovedHoliday(_)));
        assert!(matches!(c.status(d(2022, 1, 4)), DayStatus::MovedHoliday(_)));
        assert!(c.is_working_day(d(2022, 1, 5)));
        let end = c.add_working_days(d(2021, 12, 31), 1);
        assert_eq!(end.date, d(2022, 1, 5));
        assert_eq!(end.incomplete_years, Vec::<u16>::new());
        // Without the rule nothing moves.
        let c = WorkCalendar::new(&WITHOUT_RULE);
        assert!(c.is_working_day(d(2022, 1, 3)));
        // 1 January 2023 was a Sunday, 2 January a Monday holiday: the day off moves to Tuesday 3.
        let c = WorkCalendar::new(&WITH_RULE);
        assert!(matches!(c.status(d(2023, 1, 3)), DayStatus::MovedHoliday(_)));
        assert!(c.is_working_day(d(2023, 1, 4)));
    }

    #[test]
    fn counts_through_years_with_unknown_days_say_so() {
        let end = add_working_days(d(2027, 6, 1), 3);
        assert_eq!(end.incomplete_years, [2027]);
        assert!(end.caution);
        let end = add_working_days(d(2023, 12, 29), 2);
        assert_eq!(end.date, d(2024, 1, 4));
        assert_eq!(end.incomplete_years, [2023, 2024], "Kurban ait 2024 is known, the 2024 transfer order is not");
    }
}
