//! Decimal numbers as people and content write them ("1500000,50", "-2", "0.5"), read without
//! `f64::from_str`: its tables and code cost about 10 KB of the brotli'd wasm, for numbers that never
//! need exponents, infinities or more than 18 digits.

/// An optional sign, digits, and an optional fraction after `.` or `,`. `None` for anything else
/// (empty, exponents, `inf`, spaces, two separators, more than 18 digits on either side).
pub fn parse(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (whole, fraction) = rest.split_once(['.', ',']).unwrap_or((rest, ""));
    let digits = |s: &str| s.len() <= 18 && s.bytes().all(|b| b.is_ascii_digit());
    if (whole.is_empty() && fraction.is_empty()) || !digits(whole) || !digits(fraction) {
        return None;
    }
    let int = |s: &str| s.bytes().fold(0u64, |n, b| n * 10 + u64::from(b - b'0')) as f64;
    let value = int(whole) + int(fraction) / 10f64.powi(fraction.len() as i32);
    Some(if negative { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn reads_what_people_type() {
        assert_eq!(parse("2"), Some(2.0));
        assert_eq!(parse("0.5"), Some(0.5));
        assert_eq!(parse("1500000,50"), Some(1_500_000.5));
        assert_eq!(parse("-3"), Some(-3.0));
        assert_eq!(parse("+3"), Some(3.0));
        assert_eq!(parse(".25"), Some(0.25));
        assert_eq!(parse("7."), Some(7.0));
        assert_eq!(parse("0.1"), Some(0.1));
        assert_eq!(parse("0.29"), Some(0.29));
        assert_eq!(parse("123456789012345678"), Some(123_456_789_012_345_678.0));
    }

    #[test]
    fn refuses_what_is_not_a_plain_decimal() {
        for bad in ["", "-", ".", "1e3", "inf", "NaN", "1.2.3", "1,2.3", " 1", "1 000", "--1", "0x10", "1234567890123456789", "١٢"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn agrees_with_the_standard_parser_on_plain_decimals() {
        for text in ["0", "1", "10.01", "99.99", "4325", "0.005", "1297.5", "43250000", "3.14159", "100000.07"] {
            assert_eq!(parse(text), text.parse::<f64>().ok(), "{text}");
        }
    }
}
