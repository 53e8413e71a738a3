//! The private appeal against a ruling (content/questionnaires/court.private.appeal.toml): its period is
//! counted in working days from the ruling in final form (ГПК art. 429 ч. 1, read in rus/95109.md @2dfa9d98)
//! with content/holidays.toml, and a late appeal asks to restore the period (art. 126) instead of saying it
//! is in time: worked examples written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

/// A party's private appeal against a ruling made final on `ruled`.
fn private_appeal(ruled: Date) -> Answers {
    let q = content::questionnaire("court.private.appeal", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("ruling_date".into(), Answer::Date(ruled));
    answers.insert("late_reason".into(), Answer::Text("копию определения я получил только 03.12.2026".into()));
    answers
}

#[test]
fn a_private_appeal_in_time_states_its_last_day_skipping_weekends_and_the_holiday() {
    // Final form Wednesday 02.12.2026: ten working days are 3, 4, 7–11, 14, 15 and 17 December (16 December is
    // Independence Day), so the last day is Thursday 17.12.2026; on 07.12.2026 ten days are left.
    let today = Date::new(2026, 12, 7);
    let Outcome { text, steps, visible, pages, exit, .. } = outcome("court.private.appeal", private_appeal(Date::new(2026, 12, 2)), Lang::Ru, today);
    assert_eq!(exit, None);
    assert_eq!(visible.get("private_last_day"), Some(&Answer::Date(Date::new(2026, 12, 17))));
    assert_eq!(visible.get("private_days_left"), Some(&Answer::Number(10.0)));
    assert!(text.contains("Частная жалоба подаётся в срок, установленный ч. 1 ст. 429 ГПК РК."), "{text}");
    assert!(!text.contains("ХОДАТАЙСТВО"), "{text}");
    assert!(steps.contains("Последний день подачи жалобы — 17.12.2026 (осталось дней: 10)"), "{steps}");
    assert!(!pages.contains(&"deadline"), "nobody is asked why they are late: {pages:?}");
}

#[test]
fn a_late_private_appeal_asks_to_restore_the_period_and_never_claims_to_be_in_time() {
    // Final form Friday 20.11.2026: ten working days end on Friday 04.12.2026; on 07.12.2026 it has passed.
    let today = Date::new(2026, 12, 7);
    for lang in [Lang::Kk, Lang::Ru] {
        let Outcome { text, steps, visible, pages, .. } = outcome("court.private.appeal", private_appeal(Date::new(2026, 11, 20)), lang, today);
        assert_eq!(visible.get("private_last_day"), Some(&Answer::Date(Date::new(2026, 12, 4))), "{lang:?}");
        assert!(pages.contains(&"deadline"), "{lang:?}: the page asking why the reader is late is shown: {pages:?}");
        assert!(text.contains("126") && text.contains("копию определения я получил"), "{lang:?}: {text}");
        assert!(!text.contains("подаётся в срок") && !text.contains("мерзімде беріліп отыр"), "{lang:?}: a late appeal says it is in time:\n{text}");
        assert!(steps.contains("04.12.2026"), "{lang:?}: {steps}");
    }
}

#[test]
fn a_decision_and_a_ruling_that_cannot_be_challenged_lead_elsewhere() {
    let today = Date::new(2026, 12, 7);
    let mut decision = private_appeal(Date::new(2026, 12, 2));
    decision.insert("act_kind".into(), Answer::Choice("decision".into()));
    assert_eq!(outcome("court.private.appeal", decision, Lang::Ru, today).exit, Some("decision"));
    let mut other = private_appeal(Date::new(2026, 12, 2));
    other.insert("appealable".into(), Answer::Choice("other".into()));
    assert_eq!(outcome("court.private.appeal", other, Lang::Ru, today).exit, Some("not_separately"));
}
