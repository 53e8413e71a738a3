//! Sums of money as people type them, kept as tiyn (1 ₸ = 100 tiyn) in an `i64`.
//!
//! A claim states its price and a calculation of the sums claimed (ГПК art. 148(2)(7) [C]); the
//! questionnaires take those sums as text. Accepted: `150 000`, `150000,50`, `150 000.5 ₸`,
//! `1 234 567 тг`, `1.234.567,89`, `1,234,567.89`, with `₸`, `тг`, `тенге`, `теңге`, `KZT` before or after.
//! A single `.` or `,` followed by exactly three digits (`150.000`) could be thousands or decimals and is
//! rejected as ambiguous rather than guessed.

use std::fmt;

use crate::core::figures;

/// Why a typed sum was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MoneyError {
    Empty,
    /// Not a number (letters, two decimal marks, a lone separator, …).
    Invalid,
    Negative,
    /// Zero where a positive sum is required ([`parse_positive_tiyn`]).
    Zero,
    /// More than two digits after the decimal mark.
    TooManyDecimals,
    /// `150.000` / `150,000`: thousands or decimals? The reader is asked to retype it.
    Ambiguous,
    /// Thousands groups that are not three digits (`150 00`).
    BadGrouping,
    TooLarge,
}

impl fmt::Display for MoneyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            MoneyError::Empty => "no sum",
            MoneyError::Invalid => "not a sum of money",
            MoneyError::Negative => "the sum is negative",
            MoneyError::Zero => "the sum is zero",
            MoneyError::TooManyDecimals => "more than two decimals",
            MoneyError::Ambiguous => "ambiguous separator: write 150 000 or 150000,00",
            MoneyError::BadGrouping => "thousands must be grouped by three digits",
            MoneyError::TooLarge => "the sum is too large",
        })
    }
}

/// Parses a sum in tenge to tiyn; zero is allowed.
pub fn parse_tiyn(text: &str) -> Result<i64, MoneyError> {
    let text = strip_currency(text.trim());
    if text.is_empty() {
        return Err(MoneyError::Empty);
    }
    let (negative, body) = match text.strip_prefix(['-', '−', '–']) {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let tiyn = parse_unsigned(body)?;
    if negative && tiyn != 0 {
        return Err(MoneyError::Negative);
    }
    Ok(tiyn)
}

/// Parses a sum that must be more than zero (a claim price, an income).
pub fn parse_positive_tiyn(text: &str) -> Result<i64, MoneyError> {
    match parse_tiyn(text)? {
        0 => Err(MoneyError::Zero),
        tiyn => Ok(tiyn),
    }
}

/// `15 000 050` tiyn → "150 000,50 ₸" (with non-breaking spaces), as everywhere in the app.
pub fn format_tiyn(tiyn: i64) -> String {
    figures::money(tiyn as f64 / 100.0)
}

/// A figure in tenge (as stored in figures.toml) in tiyn.
pub fn tenge_to_tiyn(tenge: f64) -> i64 {
    (tenge * 100.0).round() as i64
}

/// `tiyn × factor`, rounded to the nearest tiyn (halves up); the factor is taken to 4 decimal places.
pub fn scale(tiyn: i64, factor: f64) -> i64 {
    mul_div_round(tiyn, (factor * 10_000.0).round() as i64, 10_000)
}

/// `percent` % of `tiyn`, rounded to the nearest tiyn.
pub fn percent_of(tiyn: i64, percent: f64) -> i64 {
    scale(tiyn, percent / 100.0)
}

/// `tiyn × num / den`, rounded to the nearest tiyn, halves away from zero (`den` > 0).
pub fn mul_div_round(tiyn: i64, num: i64, den: i64) -> i64 {
    let product = i128::from(tiyn) * i128::from(num);
    let den = i128::from(den);
    let rounded = if product >= 0 { (2 * product + den) / (2 * den) } else { -((-2 * product + den) / (2 * den)) };
    rounded as i64
}

fn strip_currency(text: &str) -> &str {
    const MARKS: [&str; 8] = ["₸", "тенге", "теңге", "тг.", "тг", "kzt", "KZT", "Kzt"];
    let mut text = text;
    loop {
        let before = text;
        for mark in MARKS {
            if let Some(rest) = text.strip_suffix(mark).or_else(|| text.strip_prefix(mark)) {
                text = rest.trim();
            }
        }
        if text == before {
            return text;
        }
    }
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}')
}

fn parse_unsigned(body: &str) -> Result<i64, MoneyError> {
    if body.chars().any(|c| !(c.is_ascii_digit() || c == '.' || c == ',' || is_space(c))) {
        return Err(MoneyError::Invalid);
    }
    if !body.chars().any(|c| c.is_ascii_digit()) {
        return Err(MoneyError::Invalid);
    }
    let (dots, commas) = (body.matches('.').count(), body.matches(',').count());
    // Which mark, if any, separates the decimals; the other one (and spaces) groups thousands.
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let mark = if dots > 0 { '.' } else { ',' };
            let after = body.rsplit(mark).next().unwrap_or("").trim();
            match (dots + commas, after.len()) {
                (1, 3) => return Err(MoneyError::Ambiguous),
                (1, _) => Some(mark),
                // "1.234.567": all groups.
                _ => None,
            }
        }
        _ => {
            let last = body.rfind(['.', ',']).expect("a mark");
            let mark = body[last..].chars().next().expect("a mark");
            if body.matches(mark).count() > 1 {
                return Err(MoneyError::Invalid);
            }
            Some(mark)
        }
    };
    let (whole, fraction) = match decimal {
        Some(mark) => {
            let (w, f) = body.rsplit_once(mark).expect("the mark");
            (w, f.trim())
        }
        None => (body, ""),
    };
    if fraction.chars().any(|c| !c.is_ascii_digit()) {
        return Err(MoneyError::Invalid);
    }
    if fraction.len() > 2 {
        return Err(MoneyError::TooManyDecimals);
    }
    let tenge = parse_grouped(whole.trim())?;
    let fraction_tiyn: i64 = match fraction.len() {
        0 => 0,
        1 => i64::from(fraction.as_bytes()[0] - b'0') * 10,
        _ => fraction.parse().map_err(|_| MoneyError::Invalid)?,
    };
    tenge.checked_mul(100).and_then(|t| t.checked_add(fraction_tiyn)).ok_or(MoneyError::TooLarge)
}

/// Whole tenge with optional thousands groups (spaces, or the mark that is not the decimal one).
fn parse_grouped(whole: &str) -> Result<i64, MoneyError> {
    if whole.is_empty() {
        return Ok(0); // ",50"
    }
    let groups: Vec<&str> = whole.split(|c: char| is_space(c) || c == '.' || c == ',').filter(|g| !g.is_empty()).collect();
    let separators_doubled = whole.contains(",,") || whole.contains("..") || whole.starts_with(['.', ',']) || whole.ends_with(['.', ',']);
    if separators_doubled {
        return Err(MoneyError::BadGrouping);
    }
    if groups.len() > 1 && (groups[0].len() > 3 || groups[1..].iter().any(|g| g.len() != 3)) {
        return Err(MoneyError::BadGrouping);
    }
    let mut tenge: i64 = 0;
    for digit in groups.concat().bytes() {
        tenge = tenge.checked_mul(10).and_then(|t| t.checked_add(i64::from(digit - b'0'))).ok_or(MoneyError::TooLarge)?;
    }
    Ok(tenge)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_usual_ways_of_typing_a_sum() {
        assert_eq!(parse_tiyn("150 000"), Ok(15_000_000));
        assert_eq!(parse_tiyn("150000,50"), Ok(15_000_050));
        assert_eq!(parse_tiyn("150 000.5 ₸"), Ok(15_000_050));
        assert_eq!(parse_tiyn("1 234 567 тг"), Ok(123_456_700));
        assert_eq!(parse_tiyn("1 234 567 тг."), Ok(123_456_700));
        assert_eq!(parse_tiyn("85 000 теңге"), Ok(8_500_000));
        assert_eq!(parse_tiyn("85000 тенге"), Ok(8_500_000));
        assert_eq!(parse_tiyn("₸ 4 325"), Ok(432_500));
        assert_eq!(parse_tiyn("KZT 4325,00"), Ok(432_500));
        assert_eq!(parse_tiyn("4325kzt"), Ok(432_500));
        assert_eq!(parse_tiyn("  99 "), Ok(9_900));
    }

    #[test]
    fn grouping_and_decimal_marks_of_both_conventions() {
        assert_eq!(parse_tiyn("1.234.567,89"), Ok(123_456_789));
        assert_eq!(parse_tiyn("1,234,567.89"), Ok(123_456_789));
        assert_eq!(parse_tiyn("1.234.567"), Ok(123_456_700));
        assert_eq!(parse_tiyn("1,234,567"), Ok(123_456_700));
        assert_eq!(parse_tiyn("1\u{a0}234\u{a0}567,8"), Ok(123_456_780), "non-breaking spaces, as the app prints");
        assert_eq!(parse_tiyn("1\u{202f}234"), Ok(123_400), "narrow no-break space");
        assert_eq!(parse_tiyn("150  000"), Ok(15_000_000), "a double space is still one separator");
        assert_eq!(parse_tiyn("0,5"), Ok(50));
        assert_eq!(parse_tiyn(",5"), Ok(50));
        assert_eq!(parse_tiyn("150000."), Ok(15_000_000), "a trailing mark with no decimals");
    }

    #[test]
    fn one_mark_and_three_digits_is_ambiguous() {
        assert_eq!(parse_tiyn("150.000"), Err(MoneyError::Ambiguous));
        assert_eq!(parse_tiyn("150,000"), Err(MoneyError::Ambiguous));
        assert_eq!(parse_tiyn("1 500,000"), Err(MoneyError::Ambiguous));
    }

    #[test]
    fn more_than_two_decimals() {
        assert_eq!(parse_tiyn("10,1234"), Err(MoneyError::TooManyDecimals));
        assert_eq!(parse_tiyn("1.234,567"), Err(MoneyError::TooManyDecimals));
        assert_eq!(parse_tiyn("1,234.567"), Err(MoneyError::TooManyDecimals));
    }

    #[test]
    fn negative_and_zero() {
        assert_eq!(parse_tiyn("-150 000"), Err(MoneyError::Negative));
        assert_eq!(parse_tiyn("− 5 ₸"), Err(MoneyError::Negative));
        assert_eq!(parse_tiyn("-0"), Ok(0));
        assert_eq!(parse_tiyn("0"), Ok(0));
        assert_eq!(parse_positive_tiyn("0,00 ₸"), Err(MoneyError::Zero));
        assert_eq!(parse_positive_tiyn("0,01"), Ok(1));
        assert_eq!(parse_positive_tiyn("-3"), Err(MoneyError::Negative));
    }

    #[test]
    fn garbage() {
        for text in ["abc", "150 000 долларов", "12a", "1e5", "+150", ".", ",", "₸", "1,2,3.4,5", "$100", "1'000"] {
            assert!(matches!(parse_tiyn(text), Err(MoneyError::Invalid | MoneyError::Empty)), "{text}: {:?}", parse_tiyn(text));
        }
        assert_eq!(parse_tiyn(""), Err(MoneyError::Empty));
        assert_eq!(parse_tiyn("тг"), Err(MoneyError::Empty));
    }

    #[test]
    fn bad_grouping() {
        assert_eq!(parse_tiyn("150 00"), Err(MoneyError::BadGrouping));
        assert_eq!(parse_tiyn("1500 000"), Err(MoneyError::BadGrouping));
        assert_eq!(parse_tiyn("1.23.456"), Err(MoneyError::BadGrouping));
        assert_eq!(parse_tiyn("1..234"), Err(MoneyError::BadGrouping));
    }

    #[test]
    fn too_large() {
        assert_eq!(parse_tiyn("99999999999999999999"), Err(MoneyError::TooLarge));
        assert_eq!(parse_tiyn("92233720368547759"), Err(MoneyError::TooLarge), "fits in i64 as tenge, not as tiyn");
        assert_eq!(parse_tiyn("9 000 000 000 000"), Ok(900_000_000_000_000));
    }

    #[test]
    fn formatting_round_trips_through_the_parser() {
        for tiyn in [0, 1, 99, 100, 15_000_050, 123_456_789, 432_500_000_000] {
            let text = format_tiyn(tiyn);
            assert_eq!(parse_tiyn(&text), Ok(tiyn), "{text}");
        }
        assert_eq!(format_tiyn(15_000_050), "150\u{a0}000,50\u{a0}₸");
        assert_eq!(format_tiyn(432_500), "4\u{a0}325\u{a0}₸");
    }

    #[test]
    fn proportions_round_to_the_nearest_tiyn() {
        assert_eq!(percent_of(15_000_000, 1.0), 150_000);
        assert_eq!(percent_of(15_000_050, 1.0), 150_001, "1 500,005 ₸ rounds up");
        assert_eq!(percent_of(149, 1.0), 1);
        assert_eq!(percent_of(150, 1.0), 2);
        assert_eq!(scale(432_500, 0.5), 216_250);
        assert_eq!(scale(432_500, 10_000.0), 4_325_000_000);
        assert_eq!(scale(100, 1.0 / 3.0), 33);
        assert_eq!(mul_div_round(10_000_000, 1, 3), 3_333_333);
        assert_eq!(mul_div_round(-5, 1, 2), -3);
        assert_eq!(tenge_to_tiyn(4325.0), 432_500);
        assert_eq!(tenge_to_tiyn(1297.5), 129_750);
    }
}
