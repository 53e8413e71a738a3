//! ИИН (ЖСН, individual identification number) and БИН (БСН, business identification number).
//!
//! A claim must give the plaintiff's ИИН (БИН for a legal entity) and the defendant's when known
//! (ГПК art. 148(2)(2)–(3) [C]); a court-order application likewise (ГПК art. 136 [C]).
//!
//! Both are 12 digits whose last digit is a control digit: `sum(d[i] * w[i], i = 0..10) mod 11` with
//! weights 1..11; when that gives 10 it is recomputed with weights 3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2,
//! and a second 10 means the number cannot be valid. For an ИИН, digits 1–6 are the birth date
//! (YYMMDD) and digit 7 gives the century and sex: 1/2 = 1800s male/female, 3/4 = 1900s, 5/6 = 2000s;
//! 0 is used for foreigners and old numbers and means the century is unknown.
//!
//! The number format is not in the project's facts file (it is set by the law on national registers of
//! identification numbers, not read); the algorithm above is the project's specification. It only checks
//! that a number is well formed, not that it was issued, so no caution is attached.

use std::fmt;

use crate::core::date::{days_in_month, is_leap, Date};

/// Why a typed ИИН or БИН was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdError {
    /// Not 12 digits (spaces are ignored); `digits` is how many were typed.
    WrongLength { digits: usize },
    /// A character other than a digit or a space, at this character position (0-based, in the text as typed).
    NonDigit { position: usize, found: char },
    /// The control digit does not match, or no control digit exists for the first 11 digits.
    BadChecksum,
    /// Digits 1–6 are not a date that exists (or it is after the day given to [`validate_iin_on`]).
    ImpossibleBirthDate,
    /// Digit 7 is not 0–6.
    BadCenturyDigit(u8),
}

impl fmt::Display for IdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdError::WrongLength { digits } => write!(f, "expected 12 digits, found {digits}"),
            IdError::NonDigit { position, found } => write!(f, "`{found}` at position {} is not a digit", position + 1),
            IdError::BadChecksum => f.write_str("the control digit does not match"),
            IdError::ImpossibleBirthDate => f.write_str("the birth date in the number does not exist"),
            IdError::BadCenturyDigit(d) => write!(f, "the 7th digit {d} is not a century/sex code"),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sex {
    Male,
    Female,
}

/// The birth date an ИИН encodes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BirthDate {
    Full(Date),
    /// Century digit 0: the day and month are known, the year only within its century.
    CenturyUnknown { year_in_century: u8, month: u8, day: u8 },
}

/// A valid ИИН.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Iin {
    /// The 12 digits, without spaces.
    pub number: String,
    pub birth: BirthDate,
    /// `None` when the century digit is 0.
    pub sex: Option<Sex>,
}

impl Iin {
    /// The birth date when the century is known.
    pub fn birth_date(&self) -> Option<Date> {
        match self.birth {
            BirthDate::Full(d) => Some(d),
            BirthDate::CenturyUnknown { .. } => None,
        }
    }

    /// Full years of age on `date`; `None` when the century is unknown or `date` is before the birth.
    pub fn age_on(&self, date: Date) -> Option<u32> {
        let born = self.birth_date()?;
        if date < born {
            return None;
        }
        let had_birthday = (date.month, date.day) >= (born.month, born.day);
        Some(u32::from(date.year - born.year) - u32::from(!had_birthday))
    }
}

/// A valid БИН.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bin {
    /// The 12 digits, without spaces.
    pub number: String,
}

/// The control digit for the first 11 digits (each 0–9), or `None` when both passes give 10.
pub fn control_digit(first: &[u8; 11]) -> Option<u8> {
    const SECOND: [u32; 11] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];
    let weighted = |weight: &dyn Fn(usize) -> u32| first.iter().enumerate().map(|(i, &d)| u32::from(d) * weight(i)).sum::<u32>() % 11;
    match weighted(&|i| i as u32 + 1) {
        10 => match weighted(&|i| SECOND[i]) {
            10 => None,
            c => Some(c as u8),
        },
        c => Some(c as u8),
    }
}

/// The sex a valid ИИН gives (its 7th digit: odd = male, even = female), e.g. to choose a Russian
/// document's grammatical gender («согласен» / «согласна»); `None` for a number that is not a valid
/// ИИН or whose 7th digit is 0 (century and sex not encoded).
pub fn sex(text: &str) -> Option<Sex> {
    validate_iin(text).ok()?.sex
}

/// Checks the form and control digit of a БИН (or of an ИИН, without decoding it).
pub fn validate_bin(text: &str) -> Result<Bin, IdError> {
    let digits = checked_digits(text)?;
    Ok(Bin { number: digits.iter().map(|d| char::from(b'0' + d)).collect() })
}

/// Checks an ИИН and decodes its birth date and sex. Spaces between digits are allowed.
pub fn validate_iin(text: &str) -> Result<Iin, IdError> {
    let d = checked_digits(text)?;
    let (yy, month, day) = (d[0] * 10 + d[1], d[2] * 10 + d[3], d[4] * 10 + d[5]);
    let (century, sex) = match d[6] {
        0 => (None, None),
        c @ 1..=6 => (Some(1800 + 100 * u16::from((c - 1) / 2)), Some(if c % 2 == 1 { Sex::Male } else { Sex::Female })),
        c => return Err(IdError::BadCenturyDigit(c)),
    };
    let birth = match century {
        Some(century) => {
            let date = Date::new(century + u16::from(yy), month, day);
            if !date.is_valid() {
                return Err(IdError::ImpossibleBirthDate);
            }
            BirthDate::Full(date)
        }
        None => {
            // The year is yy in some century: 29 February needs a leap year in one of them.
            let leap_day = month == 2 && day == 29 && [1800, 1900, 2000].iter().any(|c| is_leap(c + u16::from(yy)));
            let fits = (1..=12).contains(&month) && day >= 1 && (day <= days_in_month(2001, month) || leap_day);
            if !fits {
                return Err(IdError::ImpossibleBirthDate);
            }
            BirthDate::CenturyUnknown { year_in_century: yy, month, day }
        }
    };
    Ok(Iin { number: d.iter().map(|d| char::from(b'0' + d)).collect(), birth, sex })
}

/// [`validate_iin`], also rejecting a birth date after `today`.
pub fn validate_iin_on(text: &str, today: Date) -> Result<Iin, IdError> {
    let iin = validate_iin(text)?;
    match iin.birth_date() {
        Some(born) if born > today => Err(IdError::ImpossibleBirthDate),
        _ => Ok(iin),
    }
}

/// The 12 digits of `text` (spaces, including non-breaking ones, skipped), with a matching control digit.
fn checked_digits(text: &str) -> Result<[u8; 12], IdError> {
    let mut digits = Vec::with_capacity(12);
    for (position, c) in text.chars().enumerate() {
        match c {
            '0'..='9' => digits.push(c as u8 - b'0'),
            c if c.is_whitespace() => {}
            found => return Err(IdError::NonDigit { position, found }),
        }
    }
    let digits: [u8; 12] = digits.as_slice().try_into().map_err(|_| IdError::WrongLength { digits: digits.len() })?;
    let first: [u8; 11] = digits[..11].try_into().expect("11 digits");
    match control_digit(&first) {
        Some(c) if c == digits[11] => Ok(digits),
        _ => Err(IdError::BadChecksum),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first11(text: &str) -> [u8; 11] {
        let v: Vec<u8> = text.bytes().map(|b| b - b'0').collect();
        v.try_into().unwrap()
    }

    #[test]
    fn decodes_birth_date_and_sex() {
        let iin = validate_iin("900101300126").unwrap();
        assert_eq!(iin.birth, BirthDate::Full(Date::new(1990, 1, 1)));
        assert_eq!(iin.sex, Some(Sex::Male));
        assert_eq!(iin.number, "900101300126");

        let iin = validate_iin("851212400345").unwrap();
        assert_eq!((iin.birth_date(), iin.sex), (Some(Date::new(1985, 12, 12)), Some(Sex::Female)));
        let iin = validate_iin("950315456705").unwrap();
        assert_eq!((iin.birth_date(), iin.sex), (Some(Date::new(1995, 3, 15)), Some(Sex::Female)));
    }

    #[test]
    fn century_digits_cover_three_centuries() {
        let born = |text| validate_iin(text).unwrap();
        assert_eq!(born("470116100788").birth_date(), Some(Date::new(1847, 1, 16)));
        assert_eq!(born("470116100788").sex, Some(Sex::Male));
        assert_eq!(born("050705500768").birth_date(), Some(Date::new(2005, 7, 5)));
        assert_eq!(born("050705500768").sex, Some(Sex::Male));
        assert_eq!(born("230529600121").birth_date(), Some(Date::new(2023, 5, 29)));
        assert_eq!(born("230529600121").sex, Some(Sex::Female));
    }

    #[test]
    fn sex_follows_the_seventh_digit_in_every_century() {
        // 1/2: 1800s, 3/4: 1900s, 5/6: 2000s; odd = male, even = female.
        let cases = [
            ("470116100788", Date::new(1847, 1, 16), Sex::Male),
            ("990312200450", Date::new(1899, 3, 12), Sex::Female),
            ("850505300120", Date::new(1985, 5, 5), Sex::Male),
            ("850505400127", Date::new(1985, 5, 5), Sex::Female),
            ("050705500768", Date::new(2005, 7, 5), Sex::Male),
            ("230529600121", Date::new(2023, 5, 29), Sex::Female),
        ];
        for (text, born, expected) in cases {
            assert_eq!(sex(text), Some(expected), "{text}");
            assert_eq!(validate_iin(text).unwrap().birth_date(), Some(born), "{text}");
        }
        assert_eq!(sex("991228000107"), None, "digit 0: sex not encoded");
        assert_eq!(sex("850505400128"), None, "a wrong control digit gives nothing");
        assert_eq!(sex("080440000434"), None, "a БИН is no person");
        assert_eq!(sex(""), None);
    }

    #[test]
    fn century_zero_is_unknown_not_invalid() {
        let iin = validate_iin("991228000107").unwrap();
        assert_eq!(iin.birth, BirthDate::CenturyUnknown { year_in_century: 99, month: 12, day: 28 });
        assert_eq!((iin.sex, iin.birth_date(), iin.age_on(Date::new(2026, 1, 1))), (None, None, None));
        // The day and month are still checked.
        assert!(validate_iin("000101000015").is_ok());
        // 29 February needs a year that is leap in some century: yy 00 (2000) and 96 are, 01 never is.
        assert!(validate_iin("000229000016").is_ok());
        assert!(validate_iin("960229000015").is_ok());
        assert_eq!(validate_iin("010229000018"), Err(IdError::ImpossibleBirthDate));
    }

    #[test]
    fn leap_days_follow_the_century() {
        assert_eq!(validate_iin("000229500018").unwrap().birth_date(), Some(Date::new(2000, 2, 29)));
        assert_eq!(validate_iin("010229600016"), Err(IdError::ImpossibleBirthDate), "2001 is not a leap year");
        assert_eq!(validate_iin("000229300015"), Err(IdError::ImpossibleBirthDate), "1900 is not a leap year");
        assert_eq!(validate_iin("000229100012"), Err(IdError::ImpossibleBirthDate), "1800 is not a leap year");
    }

    #[test]
    fn impossible_dates_are_rejected_even_with_a_good_checksum() {
        for text in ["780631004560", "901301300126", "900100300120"] {
            assert_eq!(validate_iin(text), Err(IdError::ImpossibleBirthDate), "{text}");
            assert!(validate_bin(text).is_ok(), "{text} is still a well-formed number");
        }
    }

    #[test]
    fn future_birth_dates_are_rejected_against_today() {
        let today = Date::new(2026, 11, 25);
        assert!(validate_iin("880229600145").is_ok(), "29.02.2088 exists");
        assert_eq!(validate_iin_on("880229600145", today), Err(IdError::ImpossibleBirthDate));
        assert!(validate_iin_on("230529600121", today).is_ok());
        assert!(validate_iin_on("991228000107", today).is_ok(), "unknown century cannot be in the future");
    }

    #[test]
    fn bad_century_digit() {
        assert_eq!(validate_iin("900101800128"), Err(IdError::BadCenturyDigit(8)));
    }

    #[test]
    fn second_weighting_is_used_when_the_first_gives_ten() {
        // 8801013001 1: the first pass gives 10, the second gives 1.
        assert_eq!(control_digit(&first11("88010130011")), Some(1));
        let iin = validate_iin("880101300111").unwrap();
        assert_eq!(iin.birth_date(), Some(Date::new(1988, 1, 1)));
        // Taking the first pass's 10 mod 10 (a common bug) would accept …0.
        assert_eq!(validate_iin("880101300110"), Err(IdError::BadChecksum));
    }

    #[test]
    fn numbers_with_no_possible_control_digit_are_invalid() {
        assert_eq!(control_digit(&first11("88010130010")), None);
        for last in 0..=9 {
            assert_eq!(validate_iin(&format!("88010130010{last}")), Err(IdError::BadChecksum));
        }
    }

    #[test]
    fn a_changed_digit_breaks_the_checksum() {
        assert_eq!(validate_iin("900101300127"), Err(IdError::BadChecksum));
        assert_eq!(validate_iin("900102300126"), Err(IdError::BadChecksum));
        assert_eq!(validate_bin("080440000435"), Err(IdError::BadChecksum));
    }

    #[test]
    fn spaces_are_ignored_other_characters_are_not() {
        assert_eq!(validate_iin(" 900101 300126 ").unwrap().number, "900101300126");
        assert_eq!(validate_iin("9001\u{a0}0130\u{a0}0126").unwrap().number, "900101300126");
        assert_eq!(validate_iin("900101-300126"), Err(IdError::NonDigit { position: 6, found: '-' }));
        assert_eq!(validate_iin("ИИН900101300126"), Err(IdError::NonDigit { position: 0, found: 'И' }));
        assert_eq!(validate_iin("９００１０１３００１２６"), Err(IdError::NonDigit { position: 0, found: '９' }));
    }

    #[test]
    fn wrong_length() {
        assert_eq!(validate_iin(""), Err(IdError::WrongLength { digits: 0 }));
        assert_eq!(validate_iin("90010130012"), Err(IdError::WrongLength { digits: 11 }));
        assert_eq!(validate_iin("9001013001261"), Err(IdError::WrongLength { digits: 13 }));
        assert_eq!(validate_bin("   "), Err(IdError::WrongLength { digits: 0 }));
    }

    #[test]
    fn bins_are_checked_but_not_decoded() {
        for bin in ["080440000434", "150940007128", "990340001387", "200851003014"] {
            assert_eq!(validate_bin(bin).unwrap().number, bin);
        }
        // A БИН starts with a registration year and month, not a birth date: 40 is no day.
        assert_eq!(validate_iin("080440000434"), Err(IdError::ImpossibleBirthDate));
    }

    #[test]
    fn age_counts_full_years() {
        let iin = validate_iin("000229500018").unwrap();
        assert_eq!(iin.age_on(Date::new(2018, 2, 28)), Some(17));
        assert_eq!(iin.age_on(Date::new(2018, 3, 1)), Some(18));
        assert_eq!(iin.age_on(Date::new(2000, 2, 29)), Some(0));
        assert_eq!(iin.age_on(Date::new(1999, 12, 31)), None);
    }

    #[test]
    fn errors_read_as_sentences() {
        assert_eq!(IdError::WrongLength { digits: 11 }.to_string(), "expected 12 digits, found 11");
        assert_eq!(IdError::NonDigit { position: 0, found: 'x' }.to_string(), "`x` at position 1 is not a digit");
    }
}
