//! Figures past their known period. A value with an `until` (a year's МРП ends on 31 December) is still
//! used after that day — the app has nothing better — but the reader is told, in their language, where
//! the figure is used: "this uses the 2026 МРП (4 325 ₸); the 2027 value is not in this version".

use crate::core::date::Date;
use crate::core::figures::{self, Figure, FigureValue};
use crate::core::lang::Lang;

/// A figure used on a day after the end of its last known value.
#[derive(Debug, PartialEq)]
pub struct Expired<'a> {
    pub figure: &'a Figure,
    /// The value the app still computes with.
    pub value: &'a FigureValue,
    /// The last day it is known for.
    pub until: Date,
}

/// The figure `key` if, on `date`, the value in force is past its known period.
pub fn expired<'a>(all: &'a [Figure], key: &str, date: Date) -> Option<Expired<'a>> {
    let figure = figures::find(all, key)?;
    let value = figure.in_force(date)?;
    let until = value.until.filter(|u| *u < date)?;
    Some(Expired { figure, value, until })
}

/// Every figure among `keys` that is past its known period on `date`, each once, in order.
pub fn expired_among<'a>(all: &'a [Figure], keys: &[&str], date: Date) -> Vec<Expired<'a>> {
    let mut out: Vec<Expired<'a>> = Vec::new();
    for key in keys {
        if let Some(e) = expired(all, key, date).filter(|e| !out.iter().any(|o| o.figure.key == e.figure.key)) {
            out.push(e);
        }
    }
    out
}

/// The caution for an expired figure, in `lang`: which value is used and that the newer one is missing.
pub fn note(all: &[Figure], e: &Expired, date: Date, lang: Lang) -> String {
    let name = e.figure.name.get(lang);
    let value = figures::render(all, e.figure.key, 1.0, date, lang).unwrap_or_default();
    // A value known for one calendar year reads by its year ("the 2026 МРП"), any other by its end.
    let one_year = e.value.from.month == 1 && e.value.from.day == 1 && e.until.month == 12 && e.until.day == 31 && e.value.from.year == e.until.year;
    let (year, now) = (e.until.year, date.year);
    match (lang, one_year) {
        (Lang::Ru, true) => format!(
            "Здесь использовано значение «{name}» на {year} год ({value}). Значения на {now} год в этой версии приложения нет — проверьте его в официальном источнике."
        ),
        (Lang::Ru, false) => format!(
            "Здесь использовано значение «{name}», известное до {} ({value}). Более нового значения в этой версии приложения нет — проверьте его в официальном источнике.",
            e.until
        ),
        (Lang::Kk, true) => format!(
            "Мұнда «{name}» көрсеткішінің {year} жылғы мәні қолданылды ({value}). Оның {now} жылғы мәні қолданбаның бұл нұсқасында жоқ — ресми дереккөзден тексеріңіз."
        ),
        (Lang::Kk, false) => format!(
            "Мұнда «{name}» көрсеткішінің {} дейін белгілі мәні қолданылды ({value}). Жаңа мәні қолданбаның бұл нұсқасында жоқ — ресми дереккөзден тексеріңіз.",
            e.until
        ),
        (Lang::En, true) => format!(
            "This uses the {year} value of the {name} ({value}). The {now} value is not in this version of the app: check it in an official source."
        ),
        (Lang::En, false) => format!(
            "This uses the value of the {name} known until {} ({value}). A newer value is not in this version of the app: check it in an official source.",
            e.until
        ),
    }
}

/// Figures whose last known value ends within `days` days after `today` (or has already ended): what a
/// content editor must renew soon. `(key, until)` pairs, in the order of `all`.
pub fn ending_within(all: &[Figure], today: Date, days: i64) -> Vec<(&'static str, Date)> {
    all.iter()
        .filter_map(|f| {
            let last = f.values.last()?;
            let until = last.until?;
            (until.days_since_epoch() - today.days_since_epoch() <= days).then_some((f.key, until))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;

    const IN_2026: Date = Date::new(2026, 12, 7);
    const IN_2027: Date = Date::new(2027, 1, 15);

    #[test]
    fn a_figure_within_its_period_gets_no_caution() {
        assert_eq!(expired(content::figures(), "mrp", IN_2026), None);
        assert_eq!(expired(content::figures(), "mrp", Date::new(2026, 12, 31)), None, "the last day is still known");
    }

    #[test]
    fn past_its_period_the_last_value_is_used_and_the_caution_says_so_in_each_language() {
        let all = content::figures();
        let e = expired(all, "mrp", IN_2027).expect("the 2026 МРП ends on 31.12.2026");
        assert_eq!(e.value.value, 4325.0, "the app still computes with the 2026 value");
        assert_eq!(figures::render(all, "mrp", 1.0, IN_2027, Lang::Ru).as_deref(), Some("4\u{a0}325\u{a0}₸"));
        let ru = note(all, &e, IN_2027, Lang::Ru);
        assert!(ru.contains("на 2026 год") && ru.contains("4\u{a0}325\u{a0}₸") && ru.contains("Значения на 2027 год в этой версии приложения нет"), "{ru}");
        let kk = note(all, &e, IN_2027, Lang::Kk);
        assert!(kk.contains("2026 жылғы мәні") && kk.contains("2027 жылғы мәні") && kk.contains("АЕК"), "{kk}");
        let en = note(all, &e, IN_2027, Lang::En);
        assert!(en.contains("2026 value") && en.contains("2027 value is not in this version"), "{en}");
    }

    #[test]
    fn figures_that_hold_until_changed_never_expire() {
        let far = Date::new(2040, 1, 1);
        assert_eq!(expired(content::figures(), "deadline.appeal", far), None);
        let keys = ["deadline.appeal", "mrp", "mrp", "min_wage"];
        let listed: Vec<&str> = expired_among(content::figures(), &keys, far).iter().map(|e| e.figure.key).collect();
        assert_eq!(listed, ["mrp", "min_wage"], "each expired figure once, in order");
    }

    #[test]
    fn an_editor_is_warned_of_periods_that_end_within_sixty_days() {
        let all = content::figures();
        let soon: Vec<&str> = ending_within(all, IN_2026, 60).iter().map(|(k, _)| *k).collect();
        assert!(soon.contains(&"mrp"), "{soon:?}");
        let early: Vec<&str> = ending_within(all, Date::new(2026, 6, 1), 60).iter().map(|(k, _)| *k).collect();
        assert!(!early.contains(&"mrp"), "{early:?}");
    }
}
