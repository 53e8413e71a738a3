//! The application for a writ of execution, for sending it for enforcement, or for a duplicate
//! (content/questionnaires/court.writ.application.toml, issue #15): ГПК art. 241 ч. 3–5 and art. 242 read in
//! rus/95109.md @2dfa9d98. The court's last day to issue the writ (3 working days from the decision's entry
//! into force, ч. 4) is computed only when the answers give its start (no appeal); a duplicate's last day
//! (one month from learning of the loss, art. 242 ч. 2) is computed and, once past, leads to restoring it.
//! Worked examples written out by hand against content/holidays.toml (16.12 Independence Day).

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// A claimant whose decision of 03.11.2026 took effect on Friday 04.12.2026, with no appeal, asking for the writ.
fn issue() -> Answers {
    let q = content::questionnaire("court.writ.application", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("request_kind".into(), Answer::Choice("issue".into()));
    answers.insert("act_kind".into(), Answer::Choice("decision".into()));
    answers.insert("not_in_force".into(), Answer::Bool(false));
    answers.insert("decision_date".into(), Answer::Date(Date::new(2026, 11, 3)));
    answers.insert("in_force_date".into(), Answer::Date(Date::new(2026, 12, 4)));
    answers.insert("appealed".into(), Answer::Bool(false));
    answers.insert("first_court".into(), Answer::Text("Алмалинский районный суд г. Алматы".into()));
    answers.insert("debtor_name".into(), Answer::Text("Иванов Иван Иванович".into()));
    answers.insert("awarded".into(), Answer::Text("500 000 тенге долга".into()));
    answers
}

fn on(answers: Answers, lang: Lang, today: Date) -> Outcome {
    outcome("court.writ.application", answers, lang, today)
}

#[test]
fn the_court_s_last_day_to_issue_the_writ_is_three_working_days_from_entry_into_force() {
    // In force Friday 04.12.2026: Monday 7, Tuesday 8, Wednesday 9 December → 09.12.2026; two days left on 07.12.
    let Outcome { text, steps, visible, exit, .. } = on(issue(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert_eq!(visible.get("writ_due"), Some(&Answer::Date(Date::new(2026, 12, 9))));
    assert_eq!(visible.get("writ_days_left"), Some(&Answer::Number(2.0)));
    assert!(text.contains("ЗАЯВЛЕНИЕ О ВЫДАЧЕ ИСПОЛНИТЕЛЬНОГО ЛИСТА") && text.contains("Взыскатель: "), "{text}");
    assert!(text.contains("Решение вступило в законную силу 04.12.2026.") && text.contains("ч. 4, 5 ст. 241 ГПК РК"), "{text}");
    assert!(text.contains("Выписать и выдать мне исполнительный лист по решению Алмалинский районный суд г. Алматы от 03.11.2026."), "{text}");
    assert!(steps.contains("до 09.12.2026 (осталось дней: 2)"), "{steps}");
    assert!(text.contains("«___» ____________ 20___ г.  ________ / ") && !text.contains("07.12.2026"), "{text}");
    // In force Monday 14.12.2026: 15, 17 (16.12 is a holiday) and 18 December; by 21.12 that day has passed.
    let mut later = issue();
    later.insert("in_force_date".into(), Answer::Date(Date::new(2026, 12, 14)));
    let Outcome { visible, steps, .. } = on(later, Lang::Ru, Date::new(2026, 12, 21));
    assert_eq!(visible.get("writ_due"), Some(&Answer::Date(Date::new(2026, 12, 18))));
    assert!(steps.contains("должны были выписать за 3\u{a0}рабочих дня") && steps.contains("до 18.12.2026"), "{steps}");
}

#[test]
fn after_an_appeal_the_period_is_stated_not_computed_and_sending_names_the_bailiffs() {
    let mut answers = issue();
    answers.insert("appealed".into(), Answer::Bool(true));
    answers.insert("request_kind".into(), Answer::Choice("send".into()));
    answers.insert("send_to".into(), Answer::Choice("private".into()));
    let Outcome { text, steps, visible, .. } = on(answers, Lang::Ru, TODAY);
    assert_eq!(visible.get("writ_due"), None, "the case's return date is not known");
    assert!(steps.contains("со дня возвращения дела из вышестоящего суда"), "{steps}");
    assert!(text.contains("ЗАЯВЛЕНИЕ О НАПРАВЛЕНИИ ИСПОЛНИТЕЛЬНОГО ЛИСТА НА ИСПОЛНЕНИЕ"), "{text}");
    assert!(text.contains("в региональную палату частных судебных исполнителей по территориальности."), "{text}");
}

#[test]
fn a_decision_for_immediate_enforcement_goes_through_and_one_not_yet_in_force_leads_elsewhere() {
    let mut answers = issue();
    answers.insert("not_in_force".into(), Answer::Bool(true));
    answers.insert("immediate".into(), Answer::Bool(true));
    let Outcome { text, steps, exit, visible, .. } = on(answers.clone(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert_eq!(visible.get("writ_due"), None);
    assert!(text.contains("Решение подлежит немедленному исполнению (ч. 3 ст. 241 ГПК РК).") && !text.contains("вступило в законную силу"), "{text}");
    assert!(steps.contains("не позднее следующего рабочего дня"), "{steps}");
    answers.insert("immediate".into(), Answer::Bool(false));
    assert_eq!(on(answers, Lang::Ru, TODAY).exit, Some("not_yet"));
    let mut order = issue();
    order.insert("act_kind".into(), Answer::Choice("court_order".into()));
    assert_eq!(on(order, Lang::Ru, TODAY).exit, Some("court_order_no_writ"));
}

#[test]
fn a_duplicate_lost_in_enforcement_counts_a_month_from_learning_of_the_loss() {
    let mut answers = issue();
    answers.insert("request_kind".into(), Answer::Choice("duplicate".into()));
    answers.insert("period_expired".into(), Answer::Bool(true));
    answers.insert("lost_in_enforcement".into(), Answer::Bool(true));
    // Learned 20.11.2026: a month later is Sunday 20.12.2026, so the last day moves to Monday 21.12.2026.
    answers.insert("learned_date".into(), Answer::Date(Date::new(2026, 11, 20)));
    answers.insert("loss_circumstances".into(), Answer::Text("судебный исполнитель сообщил, что лист утрачен".into()));
    let Outcome { text, steps, visible, exit, .. } = on(answers.clone(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert_eq!(visible.get("duplicate_last_day"), Some(&Answer::Date(Date::new(2026, 12, 21))));
    assert_eq!(visible.get("duplicate_days_left"), Some(&Answer::Number(14.0)));
    assert!(text.contains("ЗАЯВЛЕНИЕ О ВЫДАЧЕ ДУБЛИКАТА ИСПОЛНИТЕЛЬНОГО ДОКУМЕНТА") && text.contains("ч. 1 ст. 242 ГПК РК"), "{text}");
    assert!(text.contains("Выдать дубликат исполнительного листа по решению") && text.contains("мне стало известно после истечения срока"), "{text}");
    assert!(!text.contains("ст. 241"), "{text}");
    assert!(steps.contains("21.12.2026 (осталось дней: 14)"), "{steps}");
    // Learned 02.11.2026: the last day was Wednesday 02.12.2026, past on 07.12: restore the period.
    answers.insert("learned_date".into(), Answer::Date(Date::new(2026, 11, 2)));
    let Outcome { visible, steps, .. } = on(answers.clone(), Lang::Ru, TODAY);
    assert_eq!(visible.get("duplicate_last_day"), Some(&Answer::Date(Date::new(2026, 12, 2))));
    assert!(steps.contains("истёк 02.12.2026") && steps.contains("ст. 126 ГПК"), "{steps}");
    // Lost elsewhere after the period: the article gives no route.
    answers.insert("lost_in_enforcement".into(), Answer::Bool(false));
    assert_eq!(on(answers, Lang::Ru, TODAY).exit, Some("duplicate_too_late"));
}

#[test]
fn the_kazakh_application_uses_the_code_s_words() {
    let Outcome { text, .. } = on(issue(), Lang::Kk, TODAY);
    assert!(text.contains("АТҚАРУ ПАРАҒЫН БЕРУ ТУРАЛЫ АРЫЗ") && text.contains("Өндіріп алушы: "), "{text}");
    assert!(text.contains("241-бабының 4, 5-бөліктеріне") && text.contains("«___» ____________ 20___ ж."), "{text}");
}
