//! The claim to restore the period for accepting an inheritance (content/questionnaires/inheritance.restore.claim.toml):
//! ГК ст. 1072-3 (6 months after the good reason ended, figure deadline.inheritance_restore), venue ГПК ст. 31.
//! Hand-worked dates: a reason that ended on 10.09.2026 gives 10.03.2027 (a Wednesday, no holiday), 93 days after
//! 07.12.2026 (24 in December + 31 + 28 + 10); one that ended on 20.05.2026 gives 20.11.2026 (a Friday), already past.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);
const ID: &str = "inheritance.restore.claim";

fn claim() -> Answers {
    let q = content::questionnaire(ID, Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("deceased_name".into(), Answer::Text("Сейітов Болат Ерланұлы".into()));
    answers.insert("death_date".into(), Answer::Date(Date::new(2025, 10, 2)));
    answers.insert("reason_ended".into(), Answer::Date(Date::new(2026, 9, 10)));
    answers.insert("court_name".into(), Answer::Text("Бостандыкский районный суд г. Алматы".into()));
    answers
}

#[test]
fn the_generic_path_asks_to_restore_the_period_and_counts_six_months_from_the_end_of_the_reason() {
    let Outcome { text, steps, exit, next, .. } = outcome(ID, claim(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "В Бостандыкский районный суд г. Алматы",
        "ИСКОВОЕ ЗАЯВЛЕНИЕ о восстановлении срока для принятия наследства",
        "02.10.2025 умер(ла) Сейітов Болат Ерланұлы.",
        "Эта причина отпала 10.09.2026.",
        "Восстановить мне срок для принятия наследства, открывшегося после смерти Сейітов Болат Ерланұлы, умершего(ей) 02.10.2025.",
        "Признать меня принявшим(ей) наследство.",
        "Определить доли всех наследников в наследственном имуществе.",
        "«___» ____________ 20___ г.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
    // "no" for yes/no: no certificate was issued, so no demand to declare it invalid.
    assert!(!text.contains("Признать недействительным"), "{text}");
    assert!(steps.contains("Последний день — 10.03.2027, осталось дней: 93."), "{steps}");
    assert!(steps.contains("(ст. 31 ГПК)") && steps.contains("канцелярии суда"), "{steps}");
    assert!(next.steps.iter().all(|s| s.id != "late"));
    assert!(next.steps.iter().find(|s| s.id == "parties").is_some_and(|s| s.caution));
}

#[test]
fn a_reason_that_ended_over_six_months_ago_is_said_plainly_to_be_late() {
    let answers = with(claim(), "reason_ended", Answer::Date(Date::new(2026, 5, 20)));
    let Outcome { steps, exit, next, .. } = outcome(ID, answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(steps.contains("Последний день был 20.11.2026, и он уже прошёл."), "{steps}");
    assert!(next.steps.iter().all(|s| s.id != "last_day"));
}

#[test]
fn an_issued_certificate_is_asked_to_be_declared_invalid() {
    let answers = with(claim(), "certificate_issued", Answer::Bool(true));
    let Outcome { text, .. } = outcome(ID, answers, Lang::Ru, TODAY);
    assert!(text.contains("Признать недействительным ранее выданное свидетельство о праве на наследство."), "{text}");
}

#[test]
fn the_kazakh_claim_is_complete_and_undated_and_a_running_period_leads_to_the_notary() {
    let Outcome { text, steps, exit, .. } = outcome(ID, claim(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in ["Мұраны қабылдау мерзімін қалпына келтіру туралы ТАЛАП ҚОЮ", "СОТТАН СҰРАЙМЫН", "«___» ____________ 20___ ж."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
    assert!(steps.contains("Соңғы күн — 10.03.2027, 93 күн қалды."), "{steps}");
    assert_eq!(outcome(ID, with(claim(), "period_running", Answer::Bool(true)), Lang::Ru, TODAY).exit, Some("running"));
}
