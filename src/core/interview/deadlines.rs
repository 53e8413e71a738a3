//! Deadlines a document depends on are computed from the dates the reader gives, with the ГПК rules and
//! content/holidays.toml (a last day off moves to the next working day, ГПК art. 123 ч. 4), and a
//! document never says it is filed in time when it is not: worked examples written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

/// An appeal by a party to the case (not a child-return case) against a decision made final on `decided`.
fn appeal(decided: Date) -> Answers {
    let q = content::questionnaire("court.appeal", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("act_kind".into(), Answer::Choice("decision".into()));
    answers.insert("not_party".into(), Answer::Bool(false));
    answers.insert("child_return".into(), Answer::Bool(false));
    answers.insert("decision_date".into(), Answer::Date(decided));
    answers.insert("late_reason".into(), Answer::Text("копию решения я получил только 20.11.2026".into()));
    answers
}

/// The appeal filled in Russian on `today`.
fn appeal_on(answers: Answers, today: Date) -> Outcome {
    outcome("court.appeal", answers, Lang::Ru, today)
}

#[test]
fn an_appeal_whose_period_passed_yesterday_asks_to_restore_it_and_never_claims_to_be_in_time() {
    // Final form 04.11.2026; one month (ГПК art. 403 ч. 3) ends on Friday 04.12.2026, a working day.
    // On Saturday 05.12.2026 it passed yesterday.
    let today = Date::new(2026, 12, 5);
    let Outcome { text, steps, visible, .. } = appeal_on(appeal(Date::new(2026, 11, 4)), today);
    assert_eq!(visible.get("appeal_last_day"), Some(&Answer::Date(Date::new(2026, 12, 4))));
    assert!(!text.contains("подаётся в срок"), "a late appeal says it is in time:\n{text}");
    assert!(text.contains("ХОДАТАЙСТВО") && text.contains("ст. 126 ГПК РК") && text.contains("копию решения я получил"), "{text}");
    assert!(steps.contains("04.12.2026, он уже прошёл"), "{steps}");
    let q = content::questionnaire("court.appeal", Lang::Ru).expect("compiled");
    let shown: Vec<&str> = Interview::new(q, appeal(Date::new(2026, 11, 4))).on(today).pages().iter().map(|p| p.id).collect();
    assert!(shown.contains(&"deadline"), "the page asking why the reader is late is shown: {shown:?}");
}

#[test]
fn an_appeal_in_time_states_it_with_the_last_day_and_the_days_left() {
    // Final form 16.11.2026: one month ends on 16.12.2026, Independence Day (content/holidays.toml), so
    // the last day is Thursday 17.12.2026 (ГПК art. 123 ч. 4); on 07.12.2026 ten days are left.
    let today = Date::new(2026, 12, 7);
    let Outcome { text, steps, visible, .. } = appeal_on(appeal(Date::new(2026, 11, 16)), today);
    assert_eq!(visible.get("appeal_last_day"), Some(&Answer::Date(Date::new(2026, 12, 17))), "moved off the holiday");
    assert_eq!(visible.get("appeal_days_left"), Some(&Answer::Number(10.0)));
    assert!(text.contains("Апелляционная жалоба подаётся в срок, установленный ст. 403 ГПК РК."), "{text}");
    assert!(!text.contains("ХОДАТАЙСТВО"), "{text}");
    assert!(steps.contains("Последний день подачи жалобы — 17.12.2026 (осталось дней: 10)"), "{steps}");
    let q = content::questionnaire("court.appeal", Lang::Ru).expect("compiled");
    let shown: Vec<&str> = Interview::new(q, appeal(Date::new(2026, 11, 16))).on(today).pages().iter().map(|p| p.id).collect();
    assert!(!shown.contains(&"deadline"), "nobody is asked why they are late: {shown:?}");
}

#[test]
fn the_child_return_period_and_the_copy_sent_to_a_non_party_are_counted_from_their_own_dates() {
    let today = Date::new(2026, 12, 7);
    // Child return under a treaty: the short period (content/figures.toml deadline.appeal_child_return)
    // from the decision.
    let mut child = appeal(Date::new(2026, 11, 16));
    child.insert("child_return".into(), Answer::Bool(true));
    let days = crate::core::figures::find(content::figures(), "deadline.appeal_child_return").and_then(|f| f.in_force(today)).map(|v| v.value as i64);
    let expected = crate::core::calc::deadline::WorkCalendar::default()
        .period_end(Date::new(2026, 11, 16), crate::core::calc::deadline::Period::Days(days.expect("a child-return period") as u32))
        .date;
    assert_eq!(appeal_on(child, today).visible.get("appeal_last_day"), Some(&Answer::Date(expected)));
    // A person who did not take part: one month from the copy sent on 10.11.2026, to 10.12.2026.
    let mut outsider = appeal(Date::new(2026, 9, 1));
    outsider.insert("not_party".into(), Answer::Bool(true));
    outsider.insert("copy_sent_date".into(), Answer::Date(Date::new(2026, 11, 10)));
    assert_eq!(appeal_on(outsider, today).visible.get("appeal_last_day"), Some(&Answer::Date(Date::new(2026, 12, 10))));
}

#[test]
fn the_appeal_asks_nobody_whether_the_period_has_passed() {
    let q = content::questionnaire("court.appeal", Lang::Ru).expect("compiled");
    assert!(q.pages.iter().flat_map(|p| p.questions).all(|x| x.id != "late"), "the period is computed, not asked");
}

#[test]
fn a_decision_older_than_the_recorded_figures_still_gets_its_last_day_and_the_restore_route() {
    // deadline.appeal is recorded from 2024-01-01; a decision of 15.01.2020 is counted with the first
    // recorded value, one month: 15.02.2020 was a Saturday, so the last day is Monday 17.02.2020.
    let Outcome { text, steps, visible, .. } = appeal_on(appeal(Date::new(2020, 1, 15)), Date::new(2026, 12, 7));
    assert_eq!(visible.get("appeal_last_day"), Some(&Answer::Date(Date::new(2020, 2, 17))));
    assert!(text.contains("ХОДАТАЙСТВО") && !text.contains("подаётся в срок"), "{text}");
    assert!(steps.contains("17.02.2020, он уже прошёл"), "{steps}");
}
