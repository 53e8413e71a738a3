//! Hand-worked dates over the real `content/triage.toml`, `figures.toml` and `holidays.toml`.
//! December 2026: the 7th is a Monday, the 16th (Independence Day, a Wednesday) a holiday.

use super::*;
use crate::core::content::model::Confidence;
use crate::core::date::{Date, Weekday};

fn d(y: u16, m: u8, day: u8) -> Date {
    Date::new(y, m, day)
}

fn get(id: &str) -> &'static Kind {
    kind(id).unwrap_or_else(|| panic!("no kind `{id}` in content/triage.toml"))
}

#[test]
fn the_calendar_is_as_the_hand_counts_assume() {
    assert_eq!(d(2026, 12, 7).weekday(), Weekday::Mon);
    assert_eq!(d(2026, 12, 16).weekday(), Weekday::Wed);
    assert!(!crate::core::calc::deadline::is_working_day(d(2026, 12, 16)), "16 December is a holiday");
    assert!(crate::core::calc::deadline::is_working_day(d(2026, 12, 17)));
}

#[test]
fn a_court_order_received_on_7_december_skips_the_16th() {
    // 10 working days from Monday 7 December: 8, 9, 10, 11, 14, 15, (16 holiday), 17, 18, 21, 22.
    let t = assess(get("court_order"), d(2026, 12, 7), d(2026, 12, 7)).unwrap();
    let due = t.due.expect("a court order has a period");
    assert_eq!(due.last_day, d(2026, 12, 22));
    assert_eq!(due.days_left, 15);
    assert!(!due.passed);
    assert_eq!(due.figure.key, "deadline.court_order_objection");
    assert_eq!(due.source.confidence, Confidence::Confirmed);
    assert!(due.caution, "working days are an inference [I], and 2026's transfer order was not read");
    assert!(due.incomplete_years.contains(&2026));
    assert_eq!(t.answer, Target::Form("court.order.objection"));
    assert_eq!(t.restore, None, "nothing to restore while the period runs");
}

#[test]
fn a_decision_whose_month_ends_on_the_16_december_holiday_moves_to_the_17th() {
    // 1 month from Monday 16 November is Wednesday 16 December, a holiday: the next working day (ГПК ст. 123 ч. 4).
    let t = assess(get("decision"), d(2026, 11, 16), d(2026, 12, 7)).unwrap();
    let due = t.due.unwrap();
    assert_eq!(due.last_day, d(2026, 12, 17));
    assert_eq!(due.days_left, 10);
    assert!(!due.passed);
    assert_eq!(t.answer, Target::Form("court.appeal"));
    assert!(due.citations.iter().any(|c| c.article.contains("123 ч. 4")), "{:?}", due.citations);
}

#[test]
fn the_last_day_itself_is_not_passed() {
    let t = assess(get("court_order"), d(2026, 12, 7), d(2026, 12, 22)).unwrap();
    let due = t.due.unwrap();
    assert_eq!(due.days_left, 0);
    assert!(!due.passed);
    assert_eq!(t.restore, None);
}

#[test]
fn a_simplified_decision_received_long_ago_has_passed_and_leads_to_restoring() {
    // 5 working days from Monday 2 November 2026: 3, 4, 5, 6, 9 November.
    let t = assess(get("simplified_decision"), d(2026, 11, 2), d(2026, 12, 7)).unwrap();
    let due = t.due.unwrap();
    assert_eq!(due.last_day, d(2026, 11, 9));
    assert_eq!(due.days_left, -28);
    assert!(due.passed);
    assert_eq!(t.answer, Target::Form("court.simplified.cancel"));
    assert_eq!(t.restore, Some(Target::Form("court.restore")));
}

#[test]
fn each_kind_counts_with_its_own_figure() {
    // Received (or made) on Monday 7 December 2026, asked the same day.
    let cases = [
        ("simplified_claim", d(2026, 12, 29)), // 15 working days, the 16th skipped
        ("claim", d(2026, 12, 22)),            // 10 working days
        ("ruling", d(2026, 12, 22)),           // 10 working days
        ("simplified_decision", d(2026, 12, 14)), // 5 working days: 8, 9, 10, 11, 14
        ("bailiff_action", d(2026, 12, 22)),   // 10 working days
        ("decision", d(2027, 1, 8)),           // 7 January 2027 is a day off (Labour Code art. 84): the 8th
    ];
    for (id, last) in cases {
        let due = assess(get(id), d(2026, 12, 7), d(2026, 12, 7)).unwrap().due.unwrap_or_else(|| panic!("{id}: no period"));
        assert_eq!(due.last_day, last, "{id}");
    }
}

#[test]
fn an_appeal_ruling_counts_six_months_with_a_caution_since_the_2025_reform() {
    // 6 months from Monday 7 December 2026 is Monday 7 June 2027; deadline.cassation's value from
    // 01.07.2025 is marked "I" (the period after the reform is not confirmed).
    let t = assess(get("appeal_ruling"), d(2026, 12, 7), d(2026, 12, 7)).unwrap();
    let due = t.due.unwrap();
    assert_eq!(due.last_day, d(2027, 6, 7));
    assert_eq!(due.source.confidence, Confidence::Inferred);
    assert!(due.caution);
    assert_eq!(t.answer, Target::Form("court.cassation"));
    assert_eq!(get("appeal_ruling").start, Start::Announced);
}

#[test]
fn enforcement_has_no_period_and_opens_the_deferral() {
    let t = assess(get("enforcement"), d(2026, 10, 1), d(2026, 12, 7)).unwrap();
    assert_eq!(t.due, None);
    assert_eq!(t.restore, None);
    assert_eq!(t.answer, Target::Form("court.enforcement.deferral"));
}

#[test]
fn a_bailiffs_action_opens_the_administrative_claim_which_also_asks_to_restore() {
    let t = assess(get("bailiff_action"), d(2026, 11, 2), d(2026, 12, 7)).unwrap();
    assert!(t.due.as_ref().unwrap().passed);
    assert_eq!(t.answer, Target::Form("court.bailiff.complaint"));
    assert_eq!(t.restore, Some(Target::Form("court.bailiff.complaint")), "АППК ст. 136 ч. 7–8: the claim itself asks");
}

#[test]
fn an_ordinary_claim_also_offers_the_counter_claim() {
    let t = assess(get("claim"), d(2026, 12, 7), d(2026, 12, 7)).unwrap();
    assert_eq!(t.answer, Target::Form("court.response"));
    assert_eq!(t.also, Some(Target::Form("court.counterclaim")));
    assert_eq!(assess(get("court_order"), d(2026, 12, 7), d(2026, 12, 7)).unwrap().also, None);
}

#[test]
fn a_start_before_the_first_recorded_value_uses_that_value() {
    // deadline.appeal's first value is from 2024-01-01; a decision of 2023 still gets its last day.
    let t = assess(get("decision"), d(2023, 3, 15), d(2026, 12, 7)).unwrap();
    let due = t.due.unwrap();
    assert_eq!(due.last_day, d(2023, 4, 17), "15 April 2023 was a Saturday: Monday the 17th");
    assert!(due.passed);
}

#[test]
fn dates_are_read_as_the_date_field_gives_them() {
    let today = d(2026, 12, 7);
    assert_eq!(parse_date("2026-12-07", today), Ok(today));
    assert_eq!(parse_date("  ", today), Err(DateError::Missing));
    assert_eq!(parse_date("2026-02-30", today), Err(DateError::Invalid));
    assert_eq!(parse_date("07.12.2026", today), Err(DateError::Invalid));
    assert_eq!(parse_date("2026-12-08", today), Err(DateError::Future));
    assert_eq!(assess(get("court_order"), d(2026, 12, 8), today), Err(DateError::Future));
}

#[test]
fn every_kind_points_to_pages_that_exist_and_the_texts_expand() {
    assert!(kinds().len() >= 9);
    for k in kinds() {
        for q in k.form.iter().chain(&k.also_form).chain(&k.late_form) {
            assert!(crate::core::content::questionnaire(q, crate::core::lang::Lang::Ru).is_some(), "{}: {q}", k.id);
        }
        for lang in crate::core::lang::Lang::ALL {
            let text = crate::core::figures::expand(k.what.get(lang), crate::core::content::figures(), d(2026, 12, 7), lang);
            assert!(!text.contains("{{"), "{}: {text}", k.id);
        }
    }
    assert!(!version_note().kk.is_empty());
}

#[test]
fn days_left_agree_in_number() {
    use crate::core::i18n::ui;
    use crate::core::lang::Lang;
    let ru = ui(Lang::Ru);
    assert_eq!((ru.received_days_left)(0), "Сегодня последний день.");
    assert_eq!((ru.received_days_left)(1), "Остался 1 день.");
    assert_eq!((ru.received_days_left)(3), "Осталось 3 дня.");
    assert_eq!((ru.received_days_left)(11), "Осталось 11 дней.");
    assert_eq!((ru.received_days_left)(21), "Остался 21 день.");
    assert_eq!((ru.received_passed)(28), "Срок прошёл 28 дней назад.");
    assert_eq!((ui(Lang::En).received_days_left)(1), "1 day left.");
    assert_eq!((ui(Lang::Kk).received_days_left)(15), "15 күн қалды.");
}

#[test]
fn each_period_is_the_one_its_questionnaire_counts_with_the_same_rules() {
    // The triage and the answer it opens must not disagree on the last day: the questionnaire computes a
    // ГПК deadline value from the same figure (court.order.objection's `order_last_day`, …).
    use crate::core::interview::model::{DeadlineRule, ValueKind};
    for k in kinds() {
        let (Some(period), Some(form)) = (k.period, k.form) else { continue };
        let q = crate::core::content::questionnaire(form, crate::core::lang::Lang::Ru).unwrap();
        assert!(
            q.values.iter().any(|v| v.kind == ValueKind::Deadline(DeadlineRule::Gpk) && v.period == period),
            "{}: {form} counts no ГПК deadline with {period}",
            k.id
        );
    }
}
