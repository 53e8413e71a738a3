//! Kazakhstan mobile numbers, as people type them.
//!
//! A claim gives the plaintiff's mobile number (and the defendant's, if known): ГПК art. 148(2)(2)–(3)
//! [C]. Accepted forms: `+7 701 123 45 67`, `8 (701) 123-45-67`, `87011234567`, `+77011234567`,
//! `77011234567` and `7011234567`; all normalise to `+77011234567`.
//!
//! Which codes are mobile is not in the project's facts file: Kazakhstan's national numbers (country
//! code +7, shared with Russia) start with 7; the mobile ones with 70x, 74x–77x, and fixed lines with the
//! area codes 71x and 72x [I]. Numbers of other countries are rejected, so the form asks for a Kazakh one.

use std::fmt;

/// Why a typed number was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneError {
    Empty,
    /// A character that is neither a digit nor a separator (space, `-`, `(`, `)`, `.`), or a `+` that is
    /// not the first character.
    InvalidCharacter(char),
    /// After the country prefix there are not 10 digits; `digits` is how many were typed in all.
    WrongLength { digits: usize },
    /// `+` followed by a country code other than 7, or an 11-digit number not starting with 7 or 8.
    NotKazakhstan,
    /// A Kazakh fixed-line number (area code 71x/72x) or an unassigned 73x/78x/79x one (`+7 9xx` is Russia).
    NotMobile,
}

impl fmt::Display for PhoneError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PhoneError::Empty => f.write_str("no number"),
            PhoneError::InvalidCharacter(c) => write!(f, "`{c}` cannot be part of a phone number"),
            PhoneError::WrongLength { digits } => write!(f, "expected 10 digits after +7 or 8, found {digits} digits in all"),
            PhoneError::NotKazakhstan => f.write_str("not a Kazakhstan number"),
            PhoneError::NotMobile => f.write_str("not a mobile number"),
        }
    }
}

/// A Kazakhstan mobile number, normalised.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct MobilePhone(String);

impl MobilePhone {
    /// `+77011234567`.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `+7 701 123 45 67`, for documents.
    pub fn grouped(&self) -> String {
        let d = &self.0[2..];
        format!("+7 {} {} {} {}", &d[..3], &d[3..6], &d[6..8], &d[8..])
    }
}

impl fmt::Display for MobilePhone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Parses a Kazakhstan mobile number in any of the usual forms.
pub fn parse_mobile(text: &str) -> Result<MobilePhone, PhoneError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(PhoneError::Empty);
    }
    let (plus, rest) = match text.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let mut digits = String::with_capacity(11);
    for c in rest.chars() {
        match c {
            '0'..='9' => digits.push(c),
            ' ' | '\u{a0}' | '-' | '(' | ')' | '.' => {}
            other => return Err(PhoneError::InvalidCharacter(other)),
        }
    }
    let national = match (plus, digits.len()) {
        (true, _) if !digits.starts_with('7') => return Err(PhoneError::NotKazakhstan),
        (true, 11) => &digits[1..],
        (false, 11) if digits.starts_with('7') || digits.starts_with('8') => &digits[1..],
        (false, 11) => return Err(PhoneError::NotKazakhstan),
        (false, 10) if digits.starts_with('7') => &digits[..],
        // 8 and nine digits: a digit is missing; anything else is some other country's number.
        (false, 10) if !digits.starts_with('8') => return Err(PhoneError::NotKazakhstan),
        (_, n) => return Err(PhoneError::WrongLength { digits: n }),
    };
    let mut codes = national.bytes();
    match (codes.next(), codes.next()) {
        (Some(b'7'), Some(b'0' | b'4' | b'5' | b'6' | b'7')) => Ok(MobilePhone(format!("+7{national}"))),
        (Some(b'7'), _) => Err(PhoneError::NotMobile),
        _ => Err(PhoneError::NotKazakhstan),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn usual_forms_normalise_to_the_same_number() {
        for text in [
            "+7 701 123 45 67",
            "8 (701) 123-45-67",
            "87011234567",
            "7011234567",
            "+77011234567",
            "77011234567",
            "+7 (701) 123-45-67",
            "  8-701-123-45-67 ",
            "8\u{a0}701\u{a0}1234567",
            "701.123.45.67",
        ] {
            assert_eq!(parse_mobile(text).map(|p| p.as_str().to_string()), Ok("+77011234567".to_string()), "{text}");
        }
    }

    #[test]
    fn operators_codes_are_mobile() {
        for code in ["700", "702", "705", "707", "747", "771", "775", "776", "777", "778"] {
            assert!(parse_mobile(&format!("8{code}1234567")).is_ok(), "{code}");
        }
    }

    #[test]
    fn fixed_lines_are_not_mobile() {
        assert_eq!(parse_mobile("8 (727) 250-00-00"), Err(PhoneError::NotMobile), "Almaty");
        assert_eq!(parse_mobile("+7 7172 55 55 55"), Err(PhoneError::NotMobile), "Astana");
    }

    #[test]
    fn other_countries_are_rejected() {
        assert_eq!(parse_mobile("+7 916 123 45 67"), Err(PhoneError::NotKazakhstan), "Moscow mobile");
        assert_eq!(parse_mobile("89161234567"), Err(PhoneError::NotKazakhstan));
        assert_eq!(parse_mobile("+996 555 123 456"), Err(PhoneError::NotKazakhstan), "Kyrgyzstan");
        assert_eq!(parse_mobile("97011234567"), Err(PhoneError::NotKazakhstan));
        assert_eq!(parse_mobile("9161234567"), Err(PhoneError::NotKazakhstan), "Russian number without prefix");
    }

    #[test]
    fn wrong_lengths() {
        assert_eq!(parse_mobile("8 701 123 45 6"), Err(PhoneError::WrongLength { digits: 10 }), "8 + 9 digits");
        assert_eq!(parse_mobile("701 123 45"), Err(PhoneError::WrongLength { digits: 8 }));
        assert_eq!(parse_mobile("+7 701 123 45 678"), Err(PhoneError::WrongLength { digits: 12 }));
        assert_eq!(parse_mobile("+8 701 123 45 67"), Err(PhoneError::NotKazakhstan));
    }

    #[test]
    fn garbage_is_rejected() {
        assert_eq!(parse_mobile(""), Err(PhoneError::Empty));
        assert_eq!(parse_mobile("   "), Err(PhoneError::Empty));
        assert_eq!(parse_mobile("8 701 abc 45 67"), Err(PhoneError::InvalidCharacter('a')));
        assert_eq!(parse_mobile("8 701 123 45 67+"), Err(PhoneError::InvalidCharacter('+')));
        assert_eq!(parse_mobile("++77011234567"), Err(PhoneError::InvalidCharacter('+')));
        assert_eq!(parse_mobile("+7 701 123 45 67 доб. 2"), Err(PhoneError::InvalidCharacter('д')));
    }

    #[test]
    fn grouped_for_documents() {
        let phone = parse_mobile("87771234567").unwrap();
        assert_eq!(phone.grouped(), "+7 777 123 45 67");
        assert_eq!(phone.to_string(), "+77771234567");
    }
}
