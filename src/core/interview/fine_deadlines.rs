//! The fine complaint computes its last day instead of asking whether the period has passed: КоАП periods
//! in сутки from the next day (art. 739 ч. 2, 4), counted in calendar days and not moved off a day off
//! (the earliest reading: the text read does not settle it, so the next step says so with a caution).
//! Worked examples written out by hand; December 2026: the 5th, 6th, 12th and 13th are weekend days.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use crate::core::calc::deadline::{Period, WorkCalendar};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

/// A complaint to the court against a fine decision whose copy was served on `received`.
fn complaint(received: Date) -> Answers {
    let q = content::questionnaire("admin.fine.complaint", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("fine_kind".into(), Answer::Choice("decision".into()));
    answers.insert("issued_by_court".into(), Answer::Bool(false));
    answers.insert("only_deferral".into(), Answer::Bool(false));
    answers.insert("received_date".into(), Answer::Date(received));
    answers.insert("superior_done".into(), Answer::Bool(false));
    answers.insert("addressee".into(), Answer::Choice("court".into()));
    answers.insert("demand".into(), Answer::Choice("cancel".into()));
    answers.insert("late_reason".into(), Answer::Text("я был в командировке до 04.12.2026".into()));
    answers
}

/// The complaint filled in Russian on `today`.
fn on(answers: Answers, today: Date) -> Outcome {
    outcome("admin.fine.complaint", answers, Lang::Ru, today)
}

fn date(y: u16, m: u8, d: u8) -> Answer {
    Answer::Date(Date::new(y, m, d))
}

#[test]
fn a_decision_complaint_in_time_states_its_last_day_and_the_days_left_with_a_caution_on_days_off() {
    // Copy served on Thursday 03.12.2026: 10 сутки from the next day end on Sunday 13.12.2026, which
    // stays (the ГПК would move it to Monday 14.12.2026). On 07.12.2026 six days are left.
    let today = Date::new(2026, 12, 7);
    let out = on(complaint(Date::new(2026, 12, 3)), today);
    assert_eq!(out.visible.get("complaint_last_day"), Some(&date(2026, 12, 13)));
    assert_eq!(out.visible.get("complaint_days_left"), Some(&Answer::Number(6.0)));
    assert!(out.text.contains("Жалоба подаётся в срок, установленный ст. 829-4 КоАП РК."), "{}", out.text);
    assert!(!out.text.contains("восстановить срок"), "{}", out.text);
    assert!(out.steps.contains("Последний день подачи жалобы — 13.12.2026 (осталось дней: 6)"), "{}", out.steps);
    let last_day = out.next.steps.iter().find(|s| s.id == "last_day").expect("the last day is stated");
    assert!(last_day.caution && last_day.text.contains("не подтвердили"), "the rule for a last day off is marked unconfirmed: {}", last_day.text);
    assert!(!out.next.steps.iter().any(|s| s.id == "late"), "{}", out.steps);
    assert!(!out.pages.contains(&"deadline"), "nobody is asked why they are late: {:?}", out.pages);
}

#[test]
fn a_complaint_whose_period_passed_yesterday_moves_to_restore_it_and_never_claims_to_be_in_time() {
    // Copy served on 25.11.2026: the last day is Saturday 05.12.2026; on 06.12.2026 it passed yesterday.
    let today = Date::new(2026, 12, 6);
    let out = on(complaint(Date::new(2026, 11, 25)), today);
    assert_eq!(out.visible.get("complaint_last_day"), Some(&date(2026, 12, 5)));
    assert!(!out.text.contains("подаётся в срок") && !out.text.contains("подаётся в десятидневный срок"), "{}", out.text);
    assert!(out.text.contains("я был в командировке") && out.text.contains("восстановить срок обжалования"), "{}", out.text);
    assert!(out.steps.contains("Последний день подачи жалобы — 05.12.2026, он уже прошёл"), "{}", out.steps);
    assert!(!out.next.steps.iter().any(|s| s.id == "last_day"), "{}", out.steps);
    assert!(out.pages.contains(&"deadline"), "the page asking why the reader is late is shown: {:?}", out.pages);
    // The day before, it was the last day itself: in time, 0 days left.
    let out = on(complaint(Date::new(2026, 11, 25)), Date::new(2026, 12, 5));
    assert_eq!(out.visible.get("complaint_days_left"), Some(&Answer::Number(0.0)));
    assert!(out.text.contains("Жалоба подаётся в срок") && !out.pages.contains(&"deadline"), "{}", out.text);
}

#[test]
fn a_camera_notice_runs_ten_days_after_the_fifteen_days_of_article_817() {
    // Delivered on 10.11.2026: the case counts as decided 15 сутки later, on 25.11.2026 (ст. 817 ч. 1),
    // and the complaint may be filed for 10 сутки after that, to 05.12.2026 (ст. 826-2 ч. 2, 829-4 ч. 1).
    let mut answers = complaint(Date::new(2026, 11, 10));
    answers.insert("fine_kind".into(), Answer::Choice("camera".into()));
    let today = Date::new(2026, 12, 1);
    let out = on(answers, today);
    assert_eq!(out.visible.get("camera_decided_day"), Some(&date(2026, 11, 25)));
    assert_eq!(out.visible.get("complaint_last_day"), Some(&date(2026, 12, 5)));
    assert_eq!(out.visible.get("complaint_days_left"), Some(&Answer::Number(4.0)));
    assert!(out.steps.contains("считается рассмотренным 25.11.2026"), "{}", out.steps);
    assert!(out.steps.contains("Последний день подачи жалобы — 05.12.2026 (осталось дней: 4)"), "{}", out.steps);
    // Paying half was possible for 7 сутки from delivery, to 17.11.2026 (ст. 811 ч. 1): long past, so
    // not offered.
    assert_eq!(out.visible.get("half_pay_last_day"), Some(&date(2026, 11, 17)));
    assert!(!out.next.steps.iter().any(|s| s.id == "half_payment"), "{}", out.steps);
    // Delivered on 28.11.2026: on 01.12.2026 half may still be paid, to 05.12.2026, and the reader is told
    // that paying so ends the case before choosing; the complaint runs to 13.12.2026 + 10 = 23.12.2026.
    let mut fresh = complaint(Date::new(2026, 11, 28));
    fresh.insert("fine_kind".into(), Answer::Choice("camera".into()));
    let fresh = on(fresh, today);
    assert_eq!(fresh.visible.get("complaint_last_day"), Some(&date(2026, 12, 23)));
    let half = fresh.next.steps.iter().find(|s| s.id == "half_payment").expect("paying half is offered while it is open");
    assert!(half.text.contains("50") && half.text.contains("до 05.12.2026") && half.text.contains("пересмотру оно не подлежит"), "{}", half.text);
    // A decision (not a camera notice) runs from the copy alone and says nothing about paying half.
    let decision = on(complaint(Date::new(2026, 11, 10)), today);
    assert_eq!(decision.visible.get("complaint_last_day"), Some(&date(2026, 11, 20)));
    assert_eq!(decision.visible.get("camera_decided_day"), None);
    assert!(!decision.next.steps.iter().any(|s| s.id == "half_payment"));
}

#[test]
fn after_the_superior_authority_refused_the_court_period_runs_from_its_decision() {
    // The superior's decision received on 01.12.2026: 10 сутки to court, to 11.12.2026 (ст. 826-4 ч. 4),
    // whatever the date of the first decision.
    let mut answers = complaint(Date::new(2026, 10, 1));
    answers.insert("superior_done".into(), Answer::Bool(true));
    answers.insert("superior_result".into(), Answer::Text("решение начальника ДП от 30.11.2026 № 12".into()));
    answers.insert("superior_decision_date".into(), date(2026, 12, 1));
    let today = Date::new(2026, 12, 7);
    let out = on(answers.clone(), today);
    assert_eq!(out.visible.get("complaint_last_day"), Some(&date(2026, 12, 11)));
    assert!(out.text.contains("Жалоба подаётся в десятидневный срок, установленный ст. 826-4 КоАП РК."), "{}", out.text);
    assert!(out.text.contains("Дата вручения (получения) мне решения по жалобе — 01.12.2026"), "{}", out.text);
    assert!(out.steps.contains("Последний день подачи жалобы — 11.12.2026 (осталось дней: 4)"), "{}", out.steps);
    // Received on 20.11.2026, the period ended on 30.11.2026: the complaint to court asks to restore it.
    answers.insert("superior_decision_date".into(), date(2026, 11, 20));
    let late = on(answers, today);
    assert_eq!(late.visible.get("complaint_last_day"), Some(&date(2026, 11, 30)));
    assert!(!late.text.contains("подаётся в десятидневный срок") && late.text.contains("ст. 829-4 КоАП РК пропуск срока"), "{}", late.text);
}

#[test]
fn koap_days_are_calendar_days_not_moved_and_months_move_off_a_day_off() {
    let calendar = WorkCalendar::default();
    // 03.12.2026 + 10 days = Sunday 13.12.2026: КоАП keeps it, ГПК moves it to Monday 14.12.2026.
    assert_eq!(calendar.koap_period_end(Date::new(2026, 12, 3), Period::Days(10)), Date::new(2026, 12, 13));
    assert_eq!(calendar.period_end(Date::new(2026, 12, 3), Period::Days(10)).date, Date::new(2026, 12, 14));
    // A period in months ending on Independence Day (16.12.2026, content/holidays.toml) moves (ст. 739 ч. 5).
    assert_eq!(calendar.koap_period_end(Date::new(2026, 11, 16), Period::Months(1)), Date::new(2026, 12, 17));
}

#[test]
fn the_fine_complaint_asks_nobody_whether_the_period_has_passed() {
    let q = content::questionnaire("admin.fine.complaint", Lang::Ru).expect("compiled");
    assert!(q.pages.iter().flat_map(|p| p.questions).all(|x| x.id != "late"), "the period is computed, not asked");
    assert!(q.values.iter().filter(|v| v.id == "complaint_last_day").all(|v| v.kind == super::model::ValueKind::Deadline(super::model::DeadlineRule::Koap)));
}

#[test]
fn a_late_complaint_to_the_superior_authority_asks_to_restore_the_period() {
    // The end-to-end path: a decision served on 15.01.2020, a complaint to the superior authority.
    let mut answers = complaint(Date::new(2020, 1, 15));
    answers.insert("addressee".into(), Answer::Choice("superior".into()));
    let out = on(answers, Date::new(2026, 12, 7));
    assert_eq!(out.visible.get("complaint_last_day"), Some(&date(2020, 1, 25)));
    assert!(out.pages.contains(&"deadline"), "{:?}", out.pages);
    assert!(out.text.contains("восстановить срок"), "{}", out.text);
    assert!(out.steps.contains("25.01.2020, он уже прошёл"), "{}", out.steps);
}
