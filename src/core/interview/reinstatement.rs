//! The claim for reinstatement at work (content/questionnaires/labor.reinstatement.claim.toml): ТК ст. 159–161 read
//! in rus/95666.md @bf21a8cb (as amended 04.05.2020): one month from the copy of the termination order to the
//! conciliation commission, then two months from the copy of its decision to court; three months straight to court
//! where no commission is required; pay for the forced absence capped by ст. 161 п. 1 and computed by the court.
//! Last days are counted as the ГПК counts (from the next day; a day off moves the last day on). Hand-worked dates.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);
const ID: &str = "labor.reinstatement.claim";

/// The generic path: the commission is required, it did not settle the dispute, its decision was handed on
/// Saturday 28.11.2026, the order on Tuesday 10.11.2026.
fn claim() -> Answers {
    let q = content::questionnaire(ID, Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("order_received".into(), Answer::Date(Date::new(2026, 11, 10)));
    answers.insert("decision_received".into(), Answer::Date(Date::new(2026, 11, 28)));
    answers.insert("dismissal_date".into(), Answer::Date(Date::new(2026, 11, 10)));
    answers.insert("position".into(), Answer::Text("бухгалтер".into()));
    answers.insert("court_name".into(), Answer::Text("Алмалинский районный суд г. Алматы".into()));
    answers
}

#[test]
fn after_the_commission_two_months_run_from_the_copy_of_its_decision() {
    // 28.11.2026 + 2 months = 28.01.2027, a Thursday: the last day. From 07.12.2026: 24 + 28 = 52 days.
    let Outcome { text, steps, exit, pages, next, .. } = outcome(ID, claim(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(!pages.contains(&"late"), "{pages:?}");
    assert!(steps.contains("последний день — 28.01.2027 (осталось дней: 52)"), "{steps}");
    for part in [
        "В Алмалинский районный суд г. Алматы",
        "ИСКОВОЕ ЗАЯВЛЕНИЕ о восстановлении на работе и оплате времени вынужденного прогула",
        // ИИН 900101300126: the 7th digit (3) is odd, so the Russian text speaks of a man.
        "я работал у ответчика в должности: бухгалтер.",
        "Копия приказа вручена (направлена) мне 10.11.2026.",
        "я обращался в согласительную комиссию ответчика, спор комиссией не урегулирован",
        "Копия решения согласительной комиссии вручена (направлена) мне 28.11.2026.",
        "Восстановить меня на прежней работе у ответчика в должности: бухгалтер.",
        "заработную плату за время вынужденного прогула со дня, следующего за 10.11.2026, по день вынесения решения суда",
        "Сумму оплаты вынужденного прогула прошу суд рассчитать",
        "«___» ____________ 20___ г.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("истёк") && !text.contains("Восстановить срок"), "{text}");
    assert!(!text.contains("07.12.2026") && !text.contains('{'), "{text}");
    let ids: Vec<&str> = next.steps.iter().map(|s| s.id).collect();
    assert!(ids.contains(&"deadline_after") && !ids.contains(&"deadline_direct") && !ids.contains(&"late"), "{ids:?}");
    // Labour claims are exempt from the state fee (a secondary source: a caution).
    assert!(next.steps.iter().find(|s| s.id == "fee").is_some_and(|s| s.caution));
}

#[test]
fn straight_to_court_three_months_run_from_the_copy_of_the_order() {
    // 10.11.2026 + 3 months = 10.02.2027, a Wednesday. From 07.12.2026: 24 + 31 + 10 = 65 days.
    let answers = with(claim(), "commission_exception", Answer::Choice("micro".into()));
    let Outcome { text, steps, exit, .. } = outcome(ID, answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(steps.contains("последний день — 10.02.2027 (осталось дней: 65)"), "{steps}");
    assert!(text.contains("без обращения в согласительную комиссию") && text.contains("субъектом микропредпринимательства"), "{text}");
    assert!(!text.contains("Копия решения согласительной комиссии"), "{text}");
}

#[test]
fn a_passed_period_is_said_and_the_claim_asks_to_restore_it() {
    // 01.08.2026 + 3 months = 01.11.2026, a Sunday: the last day moves to Monday 02.11.2026, before 07.12.2026.
    let answers = with(claim(), "commission_exception", Answer::Choice("domestic".into()));
    let answers = with(answers, "order_received", Answer::Date(Date::new(2026, 8, 1)));
    let answers = with(answers, "late_reason", Answer::Text("находился на стационарном лечении".into()));
    let Outcome { text, exit, pages, next, .. } = outcome(ID, answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(pages.contains(&"late"), "{pages:?}");
    assert!(text.contains("истёк 02.11.2026. Срок пропущен мной по уважительной причине: находился на стационарном лечении."), "{text}");
    assert!(text.contains("Восстановить срок обращения в суд, установленный ст. 160 Трудового кодекса РК."), "{text}");
    // Who restores the court period is inferred: the step says so with a caution.
    let late = next.steps.iter().find(|s| s.id == "late").expect("the late step");
    assert!(late.caution);
    assert!(next.steps.iter().all(|s| s.id != "deadline_direct"));
}

#[test]
fn the_kazakh_claim_is_complete_and_undated() {
    let Outcome { text, exit, .. } = outcome(ID, claim(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in ["Жұмысқа қайта алу және мәжбүрлі түрде жұмыс істемеген уақыт үшін ақы төлеу туралы ТАЛАП ҚОЮ", "келісу комиссиясына жүгіндім", "СОТТАН СҰРАЙМЫН", "«___» ____________ 20___ ж."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
}

#[test]
fn no_commission_yet_or_no_decision_yet_leads_back_to_the_commission() {
    for (result, exit) in [("not_applied", "commission_first"), ("waiting", "commission_waiting")] {
        let answers = with(claim(), "commission_result", Answer::Choice(result.into()));
        assert_eq!(outcome(ID, answers, Lang::Ru, TODAY).exit, Some(exit), "{result}");
    }
}

#[test]
fn without_the_date_of_the_commission_s_decision_no_last_day_is_counted_and_the_step_says_so() {
    let mut answers = claim();
    answers.remove("decision_received");
    let Outcome { text, steps, exit, pages, next, .. } = outcome(ID, answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(!pages.contains(&"late"), "{pages:?}");
    assert!(steps.contains("Эту дату вы не указали, поэтому последний день мы не посчитали"), "{steps}");
    assert!(next.steps.iter().all(|s| s.id != "deadline_after" && s.id != "late"));
    assert!(!text.contains("Копия решения согласительной комиссии вручена") && !text.contains("Восстановить срок"), "{text}");
}
