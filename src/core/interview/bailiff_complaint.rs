//! The claim about a bailiff's action or inaction (content/questionnaires/court.bailiff.complaint.toml): its
//! period is 10 working days from the action, the refusal, or the day an unnotified party learned of it (АППК
//! art. 136 ч. 4, read in rus/144260.md @09312a57), counted with content/holidays.toml; a late claim asks to
//! restore the period (ч. 7) instead of saying it is in time: worked examples written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// A debtor's claim about a private bailiff's action the debtor learned of on `learned`.
fn claim(learned: Date) -> Answers {
    let q = content::questionnaire("court.bailiff.complaint", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("event_date".into(), Answer::Date(learned));
    answers.insert("what_happened".into(), Answer::Text("наложил арест на зарплатный счёт".into()));
    answers.insert("late_reason".into(), Answer::Text("я лежал в больнице".into()));
    answers
}

fn on(answers: Answers, lang: Lang) -> Outcome {
    outcome("court.bailiff.complaint", answers, lang, TODAY)
}

#[test]
fn a_claim_in_time_states_its_last_day_skipping_weekends_and_the_holiday() {
    // Learned on Wednesday 02.12.2026: ten working days are 3, 4, 7–11, 14, 15 and 17 December (16 December is
    // Independence Day), so the last day is Thursday 17.12.2026; on 07.12.2026 ten days are left.
    let Outcome { text, steps, visible, pages, exit, .. } = on(claim(Date::new(2026, 12, 2)), Lang::Ru);
    assert_eq!(exit, None);
    assert_eq!(visible.get("bailiff_last_day"), Some(&Answer::Date(Date::new(2026, 12, 17))));
    assert_eq!(visible.get("bailiff_days_left"), Some(&Answer::Number(10.0)));
    assert!(!pages.contains(&"deadline"), "nobody is asked why they are late: {pages:?}");
    assert!(text.contains("АДМИНИСТРАТИВНЫЙ ИСК НА ДЕЙСТВИЯ (БЕЗДЕЙСТВИЕ) СУДЕБНОГО ИСПОЛНИТЕЛЯ"), "{text}");
    assert!(text.contains("Ответчик: частный судебный исполнитель"), "{text}");
    assert!(text.contains("Иск подаётся в срок, установленный ч. 4 ст. 136 АППК РК."), "{text}");
    // Not notified ("no" is the default): the period runs from the day the debtor learned of the action.
    assert!(text.contains("я не был извещён; о нём мне стало известно 02.12.2026"), "{text}");
    assert!(text.contains("Признать противоправным указанное выше действие"), "{text}");
    assert!(!text.contains("Восстановить"), "{text}");
    assert!(steps.contains("Последний день подачи иска — 17.12.2026 (осталось дней: 10)"), "{steps}");
}

#[test]
fn a_late_claim_asks_to_restore_the_period_and_never_claims_to_be_in_time() {
    // Learned on Friday 20.11.2026: ten working days end on Friday 04.12.2026; on 07.12.2026 it has passed.
    for lang in [Lang::Kk, Lang::Ru] {
        let Outcome { text, steps, visible, pages, .. } = on(claim(Date::new(2026, 11, 20)), lang);
        assert_eq!(visible.get("bailiff_last_day"), Some(&Answer::Date(Date::new(2026, 12, 4))), "{lang:?}");
        assert!(pages.contains(&"deadline"), "{lang:?}: the page asking why the reader is late is shown: {pages:?}");
        assert!(text.contains("я лежал в больнице") && text.contains("136"), "{lang:?}: {text}");
        assert!(!text.contains("подаётся в срок") && !text.contains("мерзімде беріліп отыр"), "{lang:?}: a late claim says it is in time:\n{text}");
        assert!(steps.contains("04.12.2026"), "{lang:?}: {steps}");
    }
}

#[test]
fn inaction_is_counted_from_the_date_given_and_the_reader_is_told_the_text_is_silent() {
    let mut answers = claim(Date::new(2026, 12, 2));
    answers.insert("complaint_kind".into(), Answer::Choice("inaction".into()));
    answers.insert("demand".into(), Answer::Text("вынести постановление о снятии ареста".into()));
    let Outcome { text, steps, exit, .. } = on(answers, Lang::Ru);
    assert_eq!(exit, None);
    assert!(text.contains("Судебный исполнитель допускает бездействие") && text.contains("Признать незаконным указанное выше бездействие"), "{text}");
    assert!(text.contains("Обязать судебного исполнителя Тест bailiff_name: вынести постановление о снятии ареста."), "{text}");
    assert!(steps.contains("в прочитанном нами тексте не сказано"), "{steps}");
}

#[test]
fn the_claim_is_neither_dated_nor_signed_by_the_app() {
    let Outcome { text, .. } = on(claim(Date::new(2026, 12, 2)), Lang::Ru);
    assert!(!text.contains("07.12.2026"), "{text}");
    assert!(text.contains("«___» ____________ 20___ г.  ________ / "), "{text}");
}

#[test]
fn an_owner_who_is_not_a_party_and_a_debtor_who_wants_time_to_pay_lead_elsewhere() {
    let mut owner = claim(Date::new(2026, 12, 2));
    owner.insert("role".into(), Answer::Choice("owner".into()));
    assert_eq!(on(owner, Lang::Ru).exit, Some("owner"));
    let mut deferral = claim(Date::new(2026, 12, 2));
    deferral.insert("goal".into(), Answer::Choice("deferral".into()));
    assert_eq!(on(deferral, Lang::Ru).exit, Some("deferral"));
}

#[test]
fn the_deferral_exit_opens_the_deferral_form_with_the_answers_carried_and_it_does_not_end_again() {
    use super::carry::carry;
    use super::form::{self, Raw};
    let (q, target) = (
        content::questionnaire("court.bailiff.complaint", Lang::Ru).expect("compiled"),
        content::questionnaire("court.enforcement.deferral", Lang::Ru).expect("compiled"),
    );
    let raw: Raw = [("goal".to_string(), "deferral".to_string()), ("plaintiff_name".to_string(), "Иванов Иван".to_string())].into();
    let (read, _) = form::read(q, &raw, TODAY);
    assert_eq!(super::Interview::new(q, read).on(TODAY).exit().map(|e| e.id), Some("deferral"));
    let carried = carry(q, &raw, target, TODAY);
    assert_eq!(carried.get("plaintiff_name").map(String::as_str), Some("Иванов Иван"));
    let (read, rejected) = form::read(target, &carried, TODAY);
    assert!(rejected.is_empty(), "{rejected:?}");
    assert_eq!(super::Interview::new(target, read).on(TODAY).exit().map(|e| e.id), None);
}
