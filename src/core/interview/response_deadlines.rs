//! The response to a claim (court.response, issue #14): its last day counted from the day of receipt the
//! reader gives (ГПК art. 166 ч. 2: 10 working days from the copy of the claim; art. 267-3 ч. 3: 15 working
//! days from the notice of the simplified procedure; a date the court set is taken as it is), and a late
//! response asking to restore (art. 126 ч. 2) or extend (ч. 1) the period instead of saying it is in time.
//! The application to cancel a simplified-procedure decision (court.simplified.cancel): 5 working days from
//! the copy of the decision (art. 267-4 ч. 2), restoration once passed, and the exits the article implies.
//! Worked examples written out by hand against content/holidays.toml (16.12 Independence Day).

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// An ordinary claim whose copy arrived on `received`, disputed in full.
fn ordinary(received: Date) -> Answers {
    let q = content::questionnaire("court.response", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("received_kind".into(), Answer::Choice("claim".into()));
    answers.insert("procedure".into(), Answer::Choice("ordinary".into()));
    answers.insert("position".into(), Answer::Choice("dispute_all".into()));
    answers.insert("copy_date".into(), Answer::Date(received));
    answers.insert("court_set".into(), Answer::Bool(false));
    answers.insert("late_reason".into(), Answer::Text("я был в командировке".into()));
    answers
}

fn on(answers: Answers) -> Outcome {
    outcome("court.response", answers, Lang::Ru, TODAY)
}

#[test]
fn an_ordinary_response_in_time_counts_ten_working_days_past_the_holiday() {
    // Copy received Monday 07.12.2026: ten working days from the 8th skip two weekends and 16.12, so the
    // last day is Tuesday 22.12.2026; on 07.12 fifteen days are left.
    let Outcome { text, steps, visible, pages, exit, .. } = on(ordinary(Date::new(2026, 12, 7)));
    assert_eq!(exit, None);
    assert_eq!(visible.get("response_last_day"), Some(&Answer::Date(Date::new(2026, 12, 22))));
    assert_eq!(visible.get("response_days_left"), Some(&Answer::Number(15.0)));
    assert!(!pages.contains(&"late"), "{pages:?}");
    assert!(text.contains("ОТЗЫВ НА ИСК") && text.contains("Отзыв представляется в срок, установленный ч. 2 ст. 166 ГПК РК."), "{text}");
    assert!(!text.contains("ХОДАТАЙСТВО"), "{text}");
    assert!(text.contains("В удовлетворении иска отказать полностью."), "{text}");
    assert!(steps.contains("Последний день для отзыва — 22.12.2026 (осталось дней: 15)"), "{steps}");
}

#[test]
fn a_simplified_response_counts_fifteen_working_days_from_the_notice_and_can_ask_for_the_general_procedure() {
    let mut answers = ordinary(Date::new(2026, 12, 7));
    answers.insert("procedure".into(), Answer::Choice("simplified".into()));
    answers.insert("notice_date".into(), Answer::Date(Date::new(2026, 12, 7)));
    answers.insert("general_procedure".into(), Answer::Bool(true));
    let Outcome { text, steps, visible, .. } = on(answers);
    // 22.12 is the tenth working day (above); then 23, 24, 25, 28, 29.
    assert_eq!(visible.get("response_last_day"), Some(&Answer::Date(Date::new(2026, 12, 29))));
    assert!(text.contains("ОТЗЫВ (ВОЗРАЖЕНИЕ) НА ИСК") && text.contains("ч. 3 ст. 267-3 ГПК РК"), "{text}");
    assert!(text.contains("Рассмотреть спор по правилам искового производства в общем порядке."), "{text}");
    assert!(steps.contains("29.12.2026"), "{steps}");
}

#[test]
fn a_late_response_asks_to_restore_the_period_and_never_claims_to_be_in_time() {
    // Copy received 02.11.2026: the last day was 16.11.2026, long past on 07.12.
    let Outcome { text, steps, visible, pages, .. } = on(ordinary(Date::new(2026, 11, 2)));
    assert_eq!(visible.get("response_last_day"), Some(&Answer::Date(Date::new(2026, 11, 16))));
    assert!(pages.contains(&"late"), "{pages:?}");
    assert!(!text.contains("в срок"), "a late response says it is in time:\n{text}");
    assert!(text.contains("ХОДАТАЙСТВО") && text.contains("ст. 126 ГПК РК") && text.contains("я был в командировке"), "{text}");
    assert!(text.contains("Восстановить пропущенный срок представления отзыва"), "{text}");
    assert!(steps.contains("16.11.2026, он уже прошёл"), "{steps}");
}

#[test]
fn a_date_the_court_set_is_the_last_day_and_once_past_the_response_asks_to_extend_it() {
    let mut answers = ordinary(Date::new(2026, 11, 2));
    answers.insert("court_set".into(), Answer::Bool(true));
    answers.insert("court_deadline".into(), Answer::Date(Date::new(2026, 12, 10)));
    let Outcome { text, visible, pages, steps, .. } = on(answers.clone());
    assert_eq!(visible.get("response_last_day"), None, "the statutory period does not apply");
    assert_eq!(visible.get("court_days_left"), Some(&Answer::Number(3.0)));
    assert!(!pages.contains(&"late") && text.contains("Отзыв представляется в срок, назначенный судом."), "{text}");
    assert!(steps.contains("10.12.2026 (осталось дней: 3)"), "{steps}");

    answers.insert("court_deadline".into(), Answer::Date(Date::new(2026, 12, 1)));
    let Outcome { text, pages, .. } = on(answers);
    assert!(pages.contains(&"late"), "{pages:?}");
    assert!(!text.contains("в срок,"), "{text}");
    assert!(text.contains("ч. 1 ст. 126 ГПК РК") && text.contains("Продлить назначенный судом срок"), "{text}");
}

#[test]
fn papers_that_call_for_another_answer_lead_elsewhere() {
    for (kind, exit) in [("court_order", "court_order"), ("decision_simplified", "decision_simplified"), ("decision", "decision")] {
        let mut answers = ordinary(Date::new(2026, 12, 7));
        answers.insert("received_kind".into(), Answer::Choice(kind.into()));
        assert_eq!(on(answers).exit, Some(exit));
    }
    let mut answers = ordinary(Date::new(2026, 12, 7));
    answers.insert("position".into(), Answer::Choice("admit_all".into()));
    assert_eq!(on(answers).exit, Some("admit_all"));
}

#[test]
fn the_response_is_neither_dated_nor_signed_by_the_app() {
    let Outcome { text, .. } = on(ordinary(Date::new(2026, 12, 7)));
    assert!(!text.contains("07.12.2026  "), "{text}");
    assert!(text.contains("«___» ____________ 20___ г.  ________ / "), "{text}");
}

/// An application by a defendant who was never notified and received the decision's copy on `received`.
fn cancel(received: Date) -> Answers {
    let q = content::questionnaire("court.simplified.cancel", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("received_kind".into(), Answer::Choice("decision_simplified".into()));
    answers.insert("role".into(), Answer::Choice("defendant".into()));
    answers.insert("notice".into(), Answer::Choice("none".into()));
    answers.insert("decision_date".into(), Answer::Date(Date::new(2026, 10, 30)));
    answers.insert("copy_date".into(), Answer::Date(received));
    answers.insert("late_reason".into(), Answer::Text("я лежал в больнице".into()));
    answers
}

fn cancel_on(answers: Answers) -> Outcome {
    outcome("court.simplified.cancel", answers, Lang::Ru, TODAY)
}

#[test]
fn an_application_to_cancel_in_time_counts_five_working_days_from_the_copy() {
    // Copy received Monday 07.12.2026: 8, 9, 10, 11 and 14 December, so the last day is 14.12.2026.
    let Outcome { text, steps, visible, pages, exit, .. } = cancel_on(cancel(Date::new(2026, 12, 7)));
    assert_eq!(exit, None);
    assert_eq!(visible.get("cancel_last_day"), Some(&Answer::Date(Date::new(2026, 12, 14))));
    assert_eq!(visible.get("cancel_days_left"), Some(&Answer::Number(7.0)));
    assert!(!pages.contains(&"late"), "{pages:?}");
    assert!(text.contains("ЗАЯВЛЕНИЕ ОБ ОТМЕНЕ РЕШЕНИЯ") && text.contains("Заявление подаётся в срок, установленный ч. 2 ст. 267-4 ГПК РК."), "{text}");
    assert!(text.contains("Меня не известили надлежащим образом") && text.contains("Отменить решение суда от 30.10.2026"), "{text}");
    assert!(!text.contains("ХОДАТАЙСТВО"), "{text}");
    assert!(steps.contains("Последний день подачи заявления — 14.12.2026 (осталось дней: 7)"), "{steps}");
    // Received Friday 11.12.2026 (and the reader asks that day): 14, 15, 17, 18 and 21 December (16.12 is
    // Independence Day).
    let friday = Date::new(2026, 12, 11);
    let received_friday = outcome("court.simplified.cancel", cancel(friday), Lang::Ru, friday);
    assert_eq!(received_friday.visible.get("cancel_last_day"), Some(&Answer::Date(Date::new(2026, 12, 21))));
}

#[test]
fn a_late_application_to_cancel_asks_to_restore_the_period_and_never_claims_to_be_in_time() {
    // Copy received 02.11.2026: 3, 4, 5, 6 and 9 November, long past on 07.12.
    let Outcome { text, steps, visible, pages, .. } = cancel_on(cancel(Date::new(2026, 11, 2)));
    assert_eq!(visible.get("cancel_last_day"), Some(&Answer::Date(Date::new(2026, 11, 9))));
    assert!(pages.contains(&"late"), "{pages:?}");
    assert!(!text.contains("в срок"), "{text}");
    assert!(text.contains("ХОДАТАЙСТВО") && text.contains("ст. 126 ГПК РК") && text.contains("я лежал в больнице"), "{text}");
    assert!(text.contains("Восстановить пропущенный срок подачи заявления об отмене решения."), "{text}");
    assert!(steps.contains("09.11.2026, он уже прошёл") && steps.contains("ч. 4 ст. 267-4 ГПК"), "{steps}");
}

#[test]
fn a_late_notice_is_stated_with_its_date() {
    let mut answers = cancel(Date::new(2026, 12, 7));
    answers.insert("notice".into(), Answer::Choice("too_late".into()));
    answers.insert("notice_date".into(), Answer::Date(Date::new(2026, 12, 1)));
    let text = cancel_on(answers).text;
    assert!(text.contains("поступило мне только 01.12.2026"), "{text}");
}

#[test]
fn only_a_defendant_who_was_not_notified_applies_to_cancel_the_others_are_led_elsewhere() {
    for (question, choice, exit) in [
        ("received_kind", "claim", "claim"),
        ("received_kind", "decision", "decision"),
        ("role", "claimant", "claimant"),
        ("notice", "in_time", "notified"),
    ] {
        let mut answers = cancel(Date::new(2026, 12, 7));
        answers.insert(question.into(), Answer::Choice(choice.into()));
        assert_eq!(cancel_on(answers).exit, Some(exit), "{question} = {choice}");
    }
}

#[test]
fn a_copy_received_before_the_decision_is_refused() {
    let q = content::questionnaire("court.simplified.cancel", Lang::Ru).expect("compiled");
    let mut answers = cancel(Date::new(2026, 10, 29));
    answers.insert("decision_date".into(), Answer::Date(Date::new(2026, 10, 30)));
    let broken: Vec<&str> = super::Interview::new(q, answers).on(TODAY).broken_rules().iter().map(|r| r.id).collect();
    assert_eq!(broken, ["copy_after_decision"]);
}

#[test]
fn the_two_questionnaires_open_each_other_with_the_paper_already_chosen_and_do_not_loop() {
    use super::carry::carry;
    use super::form::{self, Raw};
    for (from, kind, exit, to) in [
        ("court.response", "decision_simplified", "decision_simplified", "court.simplified.cancel"),
        ("court.simplified.cancel", "claim", "claim", "court.response"),
    ] {
        let (q, target) = (content::questionnaire(from, Lang::Ru).expect("compiled"), content::questionnaire(to, Lang::Ru).expect("compiled"));
        let raw: Raw = [("received_kind".to_string(), kind.to_string()), ("court_name".to_string(), "Бостандыкский районный суд".to_string())].into();
        let (read, _) = form::read(q, &raw, TODAY);
        assert_eq!(super::Interview::new(q, read).on(TODAY).exit().map(|e| e.id), Some(exit));
        let carried = carry(q, &raw, target, TODAY);
        assert_eq!(carried.get("received_kind").map(String::as_str), Some(kind), "{from} → {to}");
        let (read, rejected) = form::read(target, &carried, TODAY);
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(super::Interview::new(target, read).on(TODAY).exit().map(|e| e.id), None, "{from} → {to} ends again");
    }
}
