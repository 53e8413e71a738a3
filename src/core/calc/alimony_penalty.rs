//! The penalty for paying alimony late (неустойка, тұрақсыздық айыппұлы), step by step.
//!
//! Кодекс о браке (супружестве) и семье, art. 171 [C] (rus/62568.md @f5ac2643, amendments to 26.06.2020 № 349-VI;
//! kaz/62568.md @b5d07793, amendments to 20.12.2021 № 84-VII; the article reads the same in both and no footnote
//! amends it): when arrears arise through the fault of the person obliged to pay alimony by an agreement or a court
//! decision, that person pays the recipient a penalty of **one tenth of a per cent of the unpaid alimony for each
//! day of delay** (п. 1), and the recipient may also recover the losses the delay caused beyond the penalty (п. 2).
//! The rate is a figure (`penalty.alimony_daily` in content/figures.toml), not typed here.
//!
//! How the days are counted is not spelled out in the article: here each unpaid sum is late from the day after
//! its due date up to and including the day it was paid, or the day the reader counts to when it is still unpaid
//! (days = end − due). That reading is ours [I]; the document shows every line, so the court can recount it.
//! Each line is rounded to the nearest tiyn (halves up), and the total is the sum of the rounded lines.

use crate::core::calc::money::mul_div_round;
use crate::core::calc::{needs_caution, Act, Citation};
use crate::core::content::model::Confidence;
use crate::core::date::Date;
use crate::core::figures::{self, Figure};

const ART_171: Citation = Citation::new(Act::MarriageFamilyCode, "ст. 171 п. 1", Confidence::Confirmed);
/// The day count (from the day after the due date to the end date, inclusive) is our reading.
const DAY_COUNT: Citation = Citation::new(Act::MarriageFamilyCode, "ст. 171 п. 1 (порядок подсчёта дней — вывод составителей)", Confidence::Inferred);

/// Every figure the penalty is computed from: the daily rate.
pub const FIGURES_READ: [&str; 1] = ["penalty.alimony_daily"];

/// One unpaid monthly sum as the reader gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Arrear {
    /// The day the payment was due.
    pub due: Date,
    /// The sum left unpaid, in tiyn.
    pub amount_tiyn: i64,
    /// The day it was paid, if it has been.
    pub paid_on: Option<Date>,
}

/// One step of the calculation: `amount × rate × days = penalty`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub due: Date,
    /// The last day counted: the day paid, or the day counted to.
    pub end: Date,
    pub paid: bool,
    pub amount_tiyn: i64,
    pub days: i64,
    pub penalty_tiyn: i64,
}

/// The whole calculation with the rules it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Penalty {
    pub lines: Vec<Line>,
    /// The daily rate in per cent (0.1).
    pub rate_percent: f64,
    /// The sums still unpaid on the day counted to.
    pub unpaid_tiyn: i64,
    pub penalty_tiyn: i64,
    pub citations: Vec<Citation>,
    pub caution: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PenaltyError {
    /// No unpaid sum was given.
    NoArrears,
    /// A sum is zero or negative.
    BadAmount,
    /// No rate is in force on this date in figures.toml.
    RateNotInForce(Date),
}

/// The penalty on `arrears`, unpaid sums counted up to `counted_to`, at the rate in force on `on` (the
/// reader's date).
pub fn penalty(arrears: &[Arrear], counted_to: Date, on: Date) -> Result<Penalty, PenaltyError> {
    penalty_with(crate::core::content::figures(), arrears, counted_to, on)
}

/// [`penalty`] against a given set of figures.
pub fn penalty_with(all: &'static [Figure], arrears: &[Arrear], counted_to: Date, on: Date) -> Result<Penalty, PenaltyError> {
    if arrears.is_empty() {
        return Err(PenaltyError::NoArrears);
    }
    if arrears.iter().any(|a| a.amount_tiyn <= 0) {
        return Err(PenaltyError::BadAmount);
    }
    let figure = figures::find(all, FIGURES_READ[0]).ok_or(PenaltyError::RateNotInForce(on))?;
    // A date before the first recorded value (its `from` is when the research began) takes the first one.
    let rate = figure.in_force(on).or(figure.values.first()).ok_or(PenaltyError::RateNotInForce(on))?;
    // The rate as millionths, so that every line is computed in whole numbers: 0.1 % = 1 000 ppm.
    let ppm = (rate.value * 10_000.0).round() as i64;
    let lines: Vec<Line> = arrears
        .iter()
        .map(|a| {
            let end = a.paid_on.unwrap_or(counted_to);
            let days = (end.days_since_epoch() - a.due.days_since_epoch()).max(0);
            Line { due: a.due, end, paid: a.paid_on.is_some(), amount_tiyn: a.amount_tiyn, days, penalty_tiyn: mul_div_round(a.amount_tiyn, days * ppm, 1_000_000) }
        })
        .collect();
    let citations = vec![ART_171, DAY_COUNT, Citation::from_source(&rate.source)];
    Ok(Penalty {
        rate_percent: rate.value,
        unpaid_tiyn: lines.iter().filter(|l| !l.paid).map(|l| l.amount_tiyn).sum(),
        penalty_tiyn: lines.iter().map(|l| l.penalty_tiyn).sum(),
        lines,
        caution: needs_caution(&citations),
        citations,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TODAY: Date = Date::new(2026, 12, 7);

    fn unpaid(due: Date, tenge: i64) -> Arrear {
        Arrear { due, amount_tiyn: tenge * 100, paid_on: None }
    }

    #[test]
    fn one_month_unpaid_for_thirty_days() {
        // 50 000 ₸ due on 01.10.2026, still unpaid, counted to 31.10.2026: 30 days late.
        // 50 000 × 0,1 % = 50 ₸ a day; × 30 = 1 500 ₸.
        let p = penalty(&[unpaid(Date::new(2026, 10, 1), 50_000)], Date::new(2026, 10, 31), TODAY).unwrap();
        assert_eq!(p.lines[0].days, 30);
        assert_eq!(p.lines[0].penalty_tiyn, 150_000);
        assert_eq!(p.penalty_tiyn, 150_000);
        assert_eq!(p.unpaid_tiyn, 5_000_000);
        assert_eq!(p.rate_percent, 0.1);
    }

    #[test]
    fn three_months_one_paid_late() {
        // Counted to 10.12.2026.
        // 1) 40 000 ₸ due 10.09.2026, paid 20.10.2026: 20 days of September + 20 of October = 40 days;
        //    40 ₸ a day × 40 = 1 600 ₸.
        // 2) 40 000 ₸ due 10.10.2026, unpaid: 21 (Oct 11–31) + 30 (Nov) + 10 (Dec) = 61 days; 40 × 61 = 2 440 ₸.
        // 3) 35 000 ₸ due 10.11.2026, unpaid: 20 (Nov 11–30) + 10 = 30 days; 35 ₸ a day × 30 = 1 050 ₸.
        // Total 1 600 + 2 440 + 1 050 = 5 090 ₸; still unpaid 40 000 + 35 000 = 75 000 ₸.
        let arrears = [
            Arrear { due: Date::new(2026, 9, 10), amount_tiyn: 4_000_000, paid_on: Some(Date::new(2026, 10, 20)) },
            unpaid(Date::new(2026, 10, 10), 40_000),
            unpaid(Date::new(2026, 11, 10), 35_000),
        ];
        let p = penalty(&arrears, Date::new(2026, 12, 10), TODAY).unwrap();
        let days: Vec<i64> = p.lines.iter().map(|l| l.days).collect();
        assert_eq!(days, [40, 61, 30]);
        let each: Vec<i64> = p.lines.iter().map(|l| l.penalty_tiyn).collect();
        assert_eq!(each, [160_000, 244_000, 105_000]);
        assert_eq!(p.penalty_tiyn, 509_000);
        assert_eq!(p.unpaid_tiyn, 7_500_000);
        assert!(p.lines[0].paid && p.lines[0].end == Date::new(2026, 10, 20));
    }

    #[test]
    fn a_year_across_a_leap_day_and_rounding_to_the_tiyn() {
        // 33 333,33 ₸ due 31.01.2024, unpaid, counted to 31.01.2025: 366 days (2024 is a leap year).
        // 33 333,33 ₸ × 0,1 % = 33,33333 ₸ a day; × 366 = 12 199,99878 ₸, to the nearest tiyn 12 200,00 ₸
        // (3 333 333 tiyn × 366 / 1 000 = 1 219 999,878 tiyn → 1 220 000 tiyn).
        let a = Arrear { due: Date::new(2024, 1, 31), amount_tiyn: 3_333_333, paid_on: None };
        let p = penalty(&[a], Date::new(2025, 1, 31), TODAY).unwrap();
        assert_eq!(p.lines[0].days, 366);
        assert_eq!(p.penalty_tiyn, 1_220_000);
    }

    #[test]
    fn nothing_is_late_on_or_before_the_due_date() {
        let p = penalty(&[unpaid(Date::new(2026, 12, 10), 10_000)], Date::new(2026, 12, 1), TODAY).unwrap();
        assert_eq!((p.lines[0].days, p.penalty_tiyn), (0, 0));
        let same = penalty(&[unpaid(Date::new(2026, 12, 1), 10_000)], Date::new(2026, 12, 1), TODAY).unwrap();
        assert_eq!(same.penalty_tiyn, 0);
    }

    #[test]
    fn the_day_count_is_flagged_as_our_reading() {
        let p = penalty(&[unpaid(Date::new(2026, 10, 1), 1_000)], Date::new(2026, 10, 2), TODAY).unwrap();
        assert!(p.caution, "the day count is inferred");
        assert_eq!(p.citations[0], ART_171);
        assert_eq!(p.citations[0].confidence, Confidence::Confirmed);
        // 1 000 ₸ × 0,1 % × 1 day = 1 ₸.
        assert_eq!(p.penalty_tiyn, 100);
    }

    #[test]
    fn errors() {
        assert_eq!(penalty(&[], TODAY, TODAY), Err(PenaltyError::NoArrears));
        assert_eq!(penalty(&[unpaid(TODAY, 0)], TODAY, TODAY), Err(PenaltyError::BadAmount));
    }
}
