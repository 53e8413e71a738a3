//! The defending side's periods (issue #14), counted from the day of receipt the reader gives: the
//! objection to a court order (ГПК art. 141 ч. 2, 10 working days, holidays.toml) and the month to ask
//! for restoration (art. 126 ч. 4), in the objection and in the application to restore a period
//! (court.restore); worked examples written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

/// An objection by a defendant who received a copy of the order on `received`.
fn objection(received: Date) -> Answers {
    let q = content::questionnaire("court.order.objection", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("act_kind".into(), Answer::Choice("court_order".into()));
    answers.insert("how_learned".into(), Answer::Choice("copy".into()));
    answers.insert("order_date".into(), Answer::Date(Date::new(2026, 10, 30)));
    answers.insert("received_date".into(), Answer::Date(received));
    answers.insert("late_reason".into(), Answer::Text("я был в командировке".into()));
    answers
}

#[test]
fn an_objection_in_time_states_its_last_day_in_working_days_past_the_holiday() {
    // Received Monday 07.12.2026: ten working days from the 8th skip two weekends and Independence Day
    // (16.12, content/holidays.toml), so the last day is Tuesday 22.12.2026; on 07.12 fifteen days are left.
    let today = Date::new(2026, 12, 7);
    let Outcome { text, steps, visible, pages, exit, .. } = outcome("court.order.objection", objection(Date::new(2026, 12, 7)), Lang::Ru, today);
    assert_eq!(exit, None);
    assert_eq!(visible.get("order_last_day"), Some(&Answer::Date(Date::new(2026, 12, 22))));
    assert_eq!(visible.get("order_days_left"), Some(&Answer::Number(15.0)));
    assert!(!pages.contains(&"deadline"), "nobody is asked why they are late: {pages:?}");
    assert!(text.contains("Возражение подаётся в срок, установленный ч. 2 ст. 141 ГПК РК."), "{text}");
    assert!(!text.contains("Восстановить"), "{text}");
    assert!(steps.contains("Последний день подачи возражения — 22.12.2026 (осталось дней: 15)"), "{steps}");
}

#[test]
fn a_late_objection_asks_to_restore_the_period_and_never_claims_to_be_in_time() {
    // Received Friday 20.11.2026: ten working days end on Friday 04.12.2026, passed on 07.12. The month to
    // ask for restoration (ГПК art. 126 ч. 4) ends on Sunday 20.12.2026 and so on Monday 21.12.2026.
    let today = Date::new(2026, 12, 7);
    let Outcome { text, steps, visible, pages, .. } = outcome("court.order.objection", objection(Date::new(2026, 11, 20)), Lang::Ru, today);
    assert_eq!(visible.get("order_last_day"), Some(&Answer::Date(Date::new(2026, 12, 4))));
    assert_eq!(visible.get("restore_last_day"), Some(&Answer::Date(Date::new(2026, 12, 21))));
    assert!(pages.contains(&"deadline"), "the page asking why the reader is late is shown: {pages:?}");
    assert!(!text.contains("подаётся в срок"), "a late objection says it is in time:\n{text}");
    assert!(text.contains("Восстановить пропущенный процессуальный срок на подачу возражения"), "{text}");
    assert!(text.contains("я был в командировке") && text.contains("ч. 6 ст. 141 и ст. 126 ГПК РК"), "{text}");
    assert!(steps.contains("04.12.2026, он уже прошёл") && steps.contains("это 21.12.2026"), "{steps}");
}

#[test]
fn an_objection_late_by_more_than_the_restoration_month_says_so() {
    // Received 02.11.2026: the objection period ended on 16.11.2026 and the month of art. 126 ч. 4 on 02.12.2026.
    let today = Date::new(2026, 12, 7);
    let Outcome { steps, visible, .. } = outcome("court.order.objection", objection(Date::new(2026, 11, 2)), Lang::Ru, today);
    assert_eq!(visible.get("order_last_day"), Some(&Answer::Date(Date::new(2026, 11, 16))));
    assert!(steps.contains("этот срок закончился 02.12.2026"), "{steps}");
}

#[test]
fn an_objection_from_a_defendant_who_learned_of_the_order_otherwise_says_how() {
    let today = Date::new(2026, 12, 7);
    let mut answers = objection(Date::new(2026, 12, 7));
    answers.insert("how_learned".into(), Answer::Choice("other".into()));
    answers.insert("learned_how".into(), Answer::Text("банк сообщил об аресте счёта".into()));
    let Outcome { text, .. } = outcome("court.order.objection", answers, Lang::Ru, today);
    assert!(text.contains("О вынесении судебного приказа мне стало известно 07.12.2026: банк сообщил об аресте счёта."), "{text}");
    assert!(!text.contains("Копия судебного приказа"), "no copy to attach: {text}");
}

#[test]
fn a_decision_or_a_claim_leaves_the_objection_for_the_right_document() {
    let today = Date::new(2026, 12, 7);
    for (kind, exit) in [("decision", "decision"), ("claim", "claim")] {
        let mut answers = objection(Date::new(2026, 12, 7));
        answers.insert("act_kind".into(), Answer::Choice(kind.into()));
        assert_eq!(outcome("court.order.objection", answers, Lang::Ru, today).exit, Some(exit));
    }
}

/// An application to restore the period of a late appeal, by a reader who learned of the decision on `learned`.
fn restore(learned: Date) -> Answers {
    let q = content::questionnaire("court.restore", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("period_source".into(), Answer::Choice("code".into()));
    answers.insert("late_document".into(), Answer::Choice("appeal".into()));
    answers.insert("court_reason".into(), Answer::Choice("late_copy".into()));
    answers.insert("learned_date".into(), Answer::Date(learned));
    answers
}

#[test]
fn a_restoration_in_its_month_states_the_last_day_and_the_duty_to_restore_for_a_late_copy() {
    // Learned on Friday 20.11.2026: one month (ГПК art. 126 ч. 4) ends on Sunday 20.12.2026, so on Monday
    // 21.12.2026; on 07.12.2026 fourteen days are left.
    let today = Date::new(2026, 12, 7);
    let Outcome { text, steps, visible, exit, .. } = outcome("court.restore", restore(Date::new(2026, 11, 20)), Lang::Ru, today);
    assert_eq!(exit, None);
    assert_eq!(visible.get("restore_last_day"), Some(&Answer::Date(Date::new(2026, 12, 21))));
    assert_eq!(visible.get("restore_days_left"), Some(&Answer::Number(14.0)));
    assert!(text.contains("Заявление подаётся в срок, установленный ч. 4 ст. 126 ГПК РК."), "{text}");
    assert!(text.contains("Восстановить пропущенный процессуальный срок на подачу апелляционной жалобы"), "{text}");
    assert!(text.contains("несвоевременного направления копии"), "{text}");
    assert!(steps.contains("Подайте заявление не позднее 21.12.2026 (осталось дней: 14)"), "{steps}");
}

#[test]
fn a_restoration_after_its_month_never_claims_to_be_in_time() {
    let today = Date::new(2026, 12, 7);
    let Outcome { text, steps, .. } = outcome("court.restore", restore(Date::new(2026, 10, 1)), Lang::Ru, today);
    assert!(!text.contains("подаётся в срок"), "{text}");
    assert!(steps.contains("этот срок закончился 02.11.2026"), "{steps}");
}

#[test]
fn a_period_the_court_set_is_extended_not_restored() {
    let mut answers = restore(Date::new(2026, 11, 20));
    answers.insert("period_source".into(), Answer::Choice("court".into()));
    assert_eq!(outcome("court.restore", answers, Lang::Ru, Date::new(2026, 12, 7)).exit, Some("court_period"));
}
