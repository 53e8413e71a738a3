//! Turning what a person typed into a validated [`Answer`], with a clear message in their language when
//! it cannot be. The typed text itself is kept by the caller, so a rejected entry is never lost.

use super::answers::Answer;
use super::model::Kind;
use crate::core::calc::ids::{validate_bin, validate_iin_on, BirthDate, IdError};
use crate::core::calc::money::{parse_positive_tiyn, MoneyError};
use crate::core::calc::phone::{parse_mobile, PhoneError};
use crate::core::date::Date;
use crate::core::lang::Lang;

/// Longest free text kept in one answer (a claim's facts fit easily; a pasted book does not).
pub const MAX_TEXT: usize = 10_000;

#[derive(Debug, Clone, PartialEq)]
pub enum InputError {
    Required,
    TooLong,
    NotANumber,
    TooSmall(f64),
    TooLarge(f64),
    Money(MoneyError),
    NotADate,
    InTheFuture,
    Iin(IdError),
    Bin(IdError),
    Phone(PhoneError),
    Email,
    UnknownOption,
    /// A questionnaire's rule across answers is broken (`[[rules]]`): its own message.
    Rule(crate::core::content::model::Texts),
    /// A birth date that is not the one the person's ИИН gives (`birth.rs`): the ИИН's date.
    BirthDateMismatch(BirthDate),
}

/// Parses `raw` for a question of `kind`. Empty input gives `Ok(None)` (the caller decides whether the
/// question is required). Choice kinds take option ids (`multiple`: separated by commas).
pub fn parse(kind: &Kind, raw: &str, today: Date) -> Result<Option<Answer>, InputError> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > MAX_TEXT {
        return Err(InputError::TooLong);
    }
    let answer = match kind {
        Kind::Text | Kind::LongText | Kind::Address => Answer::Text(text.to_string()),
        Kind::Number { min, max } => {
            let n = crate::core::interview::decimal::parse(&text.replace([' ', '\u{a0}'], "")).ok_or(InputError::NotANumber)?;
            if !n.is_finite() {
                return Err(InputError::NotANumber);
            }
            if let Some(min) = min.filter(|m| n < *m) {
                return Err(InputError::TooSmall(min));
            }
            if let Some(max) = max.filter(|m| n > *m) {
                return Err(InputError::TooLarge(max));
            }
            Answer::Number(n)
        }
        Kind::Money => Answer::Money(parse_positive_tiyn(text).map_err(InputError::Money)?),
        Kind::Date { past_only } => {
            let date = parse_date(text).ok_or(InputError::NotADate)?;
            if *past_only && date > today {
                return Err(InputError::InTheFuture);
            }
            Answer::Date(date)
        }
        Kind::YesNo => match text {
            "yes" | "true" => Answer::Bool(true),
            "no" | "false" => Answer::Bool(false),
            _ => return Err(InputError::UnknownOption),
        },
        Kind::Single(choices) => {
            if !choices.iter().any(|c| c.id == text) {
                return Err(InputError::UnknownOption);
            }
            Answer::Choice(text.to_string())
        }
        Kind::Multiple(choices) => {
            let picked: Vec<String> = text.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
            if picked.iter().any(|p| !choices.iter().any(|c| c.id == p)) {
                return Err(InputError::UnknownOption);
            }
            Answer::Choices(picked)
        }
        Kind::Iin => Answer::Text(validate_iin_on(text, today).map_err(InputError::Iin)?.number),
        Kind::Bin => Answer::Text(validate_bin(text).map_err(InputError::Bin)?.number),
        Kind::Phone => Answer::Text(parse_mobile(text).map_err(InputError::Phone)?.as_str().to_string()),
        Kind::Email => {
            if !looks_like_email(text) {
                return Err(InputError::Email);
            }
            Answer::Text(text.to_string())
        }
        Kind::Group { .. } => return Err(InputError::UnknownOption),
    };
    Ok(Some(answer))
}

/// `DD.MM.YYYY` (as people write dates here) or `YYYY-MM-DD` (as a date input sends them).
pub fn parse_date(text: &str) -> Option<Date> {
    if let Some(d) = Date::parse_iso(text) {
        return Some(d);
    }
    let parts: Vec<&str> = text.split(['.', '/']).collect();
    let [d, m, y] = parts.as_slice() else { return None };
    if y.len() != 4 || d.is_empty() || d.len() > 2 || m.is_empty() || m.len() > 2 {
        return None;
    }
    let date = Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    date.is_valid().then_some(date)
}

fn looks_like_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !text.contains(char::is_whitespace)
        && !domain.contains('@')
}

impl InputError {
    /// A message for the person, in their language: what is wrong and how to fix it.
    pub fn message(&self, lang: Lang) -> String {
        let (kk, ru, en): (String, String, String) = match self {
            InputError::Rule(texts) => return texts.get(lang).to_string(),
            InputError::BirthDateMismatch(BirthDate::Full(date)) => (
                format!("Туған күн ЖСН-ге сәйкес келмейді: ЖСН бойынша ол — {date}. Күнді түзетіңіз немесе ЖСН-ді тексеріңіз."),
                format!("Дата рождения не совпадает с ИИН: по ИИН это {date}. Исправьте дату или проверьте ИИН."),
                format!("The date of birth does not match the IIN: the IIN gives {date}. Correct the date or check the IIN."),
            ),
            InputError::BirthDateMismatch(BirthDate::CenturyUnknown { year_in_century: yy, month, day }) => (
                format!("Туған күн ЖСН-ге сәйкес келмейді: ЖСН бойынша ол — {day:02}.{month:02}, жылдың соңғы екі цифры — {yy:02}. Күнді түзетіңіз немесе ЖСН-ді тексеріңіз."),
                format!("Дата рождения не совпадает с ИИН: по ИИН это {day:02}.{month:02}, год оканчивается на {yy:02}. Исправьте дату или проверьте ИИН."),
                format!("The date of birth does not match the IIN: the IIN gives {day:02}.{month:02}, with a year ending in {yy:02}. Correct the date or check the IIN."),
            ),
            InputError::Required => ("Бұл сұраққа жауап беріңіз.".into(), "Ответьте на этот вопрос.".into(), "Please answer this question.".into()),
            InputError::TooLong => ("Мәтін тым ұзын. Қысқартыңыз.".into(), "Текст слишком длинный. Сократите его.".into(), "The text is too long. Please shorten it.".into()),
            InputError::NotANumber => ("Санды жазыңыз, мысалы 2.".into(), "Введите число, например 2.".into(), "Enter a number, for example 2.".into()),
            InputError::TooSmall(min) => (format!("Сан кемінде {min} болуы керек."), format!("Число должно быть не меньше {min}."), format!("The number must be at least {min}.")),
            InputError::TooLarge(max) => (format!("Сан ең көбі {max} болуы керек."), format!("Число должно быть не больше {max}."), format!("The number must be at most {max}.")),
            InputError::Money(MoneyError::Zero) | InputError::Money(MoneyError::Negative) => (
                "Соманы нөлден үлкен етіп жазыңыз.".into(),
                "Сумма должна быть больше нуля.".into(),
                "The amount must be more than zero.".into(),
            ),
            InputError::Money(MoneyError::TooManyDecimals) => (
                "Тиынды екі цифрмен жазыңыз, мысалы 150 000,50.".into(),
                "Укажите тиыны двумя цифрами, например 150 000,50.".into(),
                "Write tiyn with two digits, for example 150 000.50.".into(),
            ),
            InputError::Money(_) => (
                "Соманы теңгемен жазыңыз, мысалы 150 000.".into(),
                "Введите сумму в тенге, например 150 000.".into(),
                "Enter the amount in tenge, for example 150 000.".into(),
            ),
            InputError::NotADate => (
                "Күнді КК.АА.ЖЖЖЖ түрінде жазыңыз, мысалы 05.03.2019.".into(),
                "Введите дату как ДД.ММ.ГГГГ, например 05.03.2019.".into(),
                "Enter the date as DD.MM.YYYY, for example 05.03.2019.".into(),
            ),
            InputError::InTheFuture => ("Бұл күн әлі келген жоқ. Күнді тексеріңіз.".into(), "Эта дата ещё не наступила. Проверьте её.".into(), "This date is in the future. Please check it.".into()),
            InputError::Iin(e) | InputError::Bin(e) => {
                let what = if matches!(self, InputError::Iin(_)) { ("ЖСН", "ИИН", "IIN") } else { ("БСН", "БИН", "BIN") };
                match e {
                    IdError::WrongLength { .. } | IdError::NonDigit { .. } => (
                        format!("{} 12 цифрдан тұрады. Құжаттан қайта көшіріңіз.", what.0),
                        format!("{} состоит из 12 цифр. Перепишите его из документа.", what.1),
                        format!("An {} has 12 digits. Copy it again from the document.", what.2),
                    ),
                    _ => (
                        format!("Бұл {} жарамсыз: бір цифр қате болуы мүмкін. Құжатпен салыстырыңыз.", what.0),
                        format!("Такого {} не существует: возможно, ошибка в одной цифре. Сверьте с документом.", what.1),
                        format!("This {} is not valid: a digit may be wrong. Check it against the document.", what.2),
                    ),
                }
            }
            InputError::Phone(_) => (
                "Ұялы телефон нөмірін +7 және 10 цифрмен жазыңыз, мысалы +7 701 123 45 67.".into(),
                "Введите мобильный номер: +7 и 10 цифр, например +7 701 123 45 67.".into(),
                "Enter a mobile number: +7 and 10 digits, for example +7 701 123 45 67.".into(),
            ),
            InputError::Email => (
                "Электрондық поштаны name@example.kz түрінде жазыңыз.".into(),
                "Введите e-mail в виде name@example.kz.".into(),
                "Enter the e-mail as name@example.kz.".into(),
            ),
            InputError::UnknownOption => ("Ұсынылған жауаптардың бірін таңдаңыз.".into(), "Выберите один из вариантов.".into(), "Choose one of the options.".into()),
        };
        match lang {
            Lang::Kk => kk,
            Lang::Ru => ru,
            Lang::En => en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calc::ids::control_digit;
    use crate::core::content::model::Texts;
    use crate::core::interview::model::Choice;

    const TODAY: Date = Date::new(2026, 11, 25);
    const T: Texts = Texts { kk: "", ru: "", en: "" };
    static OPTIONS: [Choice; 2] = [Choice { id: "salary", label: T }, Choice { id: "irregular", label: T }];

    fn valid_iin() -> String {
        // Born 05.03.1990, female (century digit 4), serial 1234.
        let mut first = [0u8; 11];
        for (i, c) in "90030541234".chars().enumerate() {
            first[i] = c.to_digit(10).unwrap() as u8;
        }
        format!("90030541234{}", control_digit(&first).expect("a control digit exists"))
    }

    #[test]
    fn empty_input_is_no_answer_not_an_error() {
        assert_eq!(parse(&Kind::Text, "   ", TODAY), Ok(None));
        assert_eq!(parse(&Kind::Iin, "", TODAY), Ok(None));
    }

    #[test]
    fn numbers_money_and_dates_are_validated() {
        let kind = Kind::Number { min: Some(1.0), max: Some(10.0) };
        assert_eq!(parse(&kind, "2,5", TODAY), Ok(Some(Answer::Number(2.5))));
        assert_eq!(parse(&kind, "0", TODAY), Err(InputError::TooSmall(1.0)));
        assert_eq!(parse(&kind, "abc", TODAY), Err(InputError::NotANumber));
        assert_eq!(parse(&Kind::Money, "150 000,50", TODAY), Ok(Some(Answer::Money(15_000_050))));
        assert!(matches!(parse(&Kind::Money, "-5", TODAY), Err(InputError::Money(_))));
        let date = Kind::Date { past_only: true };
        assert_eq!(parse(&date, "05.03.2019", TODAY), Ok(Some(Answer::Date(Date::new(2019, 3, 5)))));
        assert_eq!(parse(&date, "2019-03-05", TODAY), Ok(Some(Answer::Date(Date::new(2019, 3, 5)))));
        assert_eq!(parse(&date, "31.02.2019", TODAY), Err(InputError::NotADate));
        assert_eq!(parse(&date, "01.01.2030", TODAY), Err(InputError::InTheFuture));
    }

    #[test]
    fn identity_numbers_phones_and_emails_are_checked() {
        let iin = valid_iin();
        assert_eq!(parse(&Kind::Iin, &iin, TODAY), Ok(Some(Answer::Text(iin.clone()))));
        let mut wrong = iin.clone().into_bytes();
        wrong[11] = if wrong[11] == b'9' { b'0' } else { wrong[11] + 1 };
        assert!(matches!(parse(&Kind::Iin, std::str::from_utf8(&wrong).unwrap(), TODAY), Err(InputError::Iin(_))));
        assert_eq!(parse(&Kind::Phone, "8 (701) 123-45-67", TODAY), Ok(Some(Answer::Text("+77011234567".into()))));
        assert!(parse(&Kind::Email, "a@b.kz", TODAY).is_ok());
        for bad in ["a@b", "@b.kz", "a b@c.kz", "a@.kz"] {
            assert_eq!(parse(&Kind::Email, bad, TODAY), Err(InputError::Email), "{bad}");
        }
    }

    #[test]
    fn choices_must_be_offered_options() {
        assert_eq!(parse(&Kind::Single(&OPTIONS), "salary", TODAY), Ok(Some(Answer::Choice("salary".into()))));
        assert_eq!(parse(&Kind::Single(&OPTIONS), "bribe", TODAY), Err(InputError::UnknownOption));
        assert_eq!(parse(&Kind::Multiple(&OPTIONS), "salary, irregular", TODAY), Ok(Some(Answer::Choices(vec!["salary".into(), "irregular".into()]))));
        assert_eq!(parse(&Kind::YesNo, "yes", TODAY), Ok(Some(Answer::Bool(true))));
    }

    #[test]
    fn html_is_kept_as_plain_text() {
        let payload = "<script>alert(1)</script>";
        assert_eq!(parse(&Kind::LongText, payload, TODAY), Ok(Some(Answer::Text(payload.into()))));
    }

    #[test]
    fn every_error_has_a_message_in_every_language() {
        let errors = [
            InputError::Required,
            InputError::TooLong,
            InputError::NotANumber,
            InputError::TooSmall(1.0),
            InputError::TooLarge(9.0),
            InputError::Money(MoneyError::Invalid),
            InputError::NotADate,
            InputError::InTheFuture,
            InputError::Iin(IdError::BadChecksum),
            InputError::Bin(IdError::WrongLength { digits: 3 }),
            InputError::Phone(PhoneError::Empty),
            InputError::Email,
            InputError::UnknownOption,
        ];
        for e in errors {
            let texts: Vec<String> = Lang::ALL.iter().map(|l| e.message(*l)).collect();
            assert!(texts.iter().all(|t| !t.is_empty()), "{e:?}");
            assert_ne!(texts[0], texts[1], "{e:?}: kk and ru must differ");
        }
    }
}
