//! The motion to postpone a hearing (content/questionnaires/court.postpone.motion.toml, issue #15): the ground
//! chosen from ГПК art. 198 ч. 1 (read in rus/95109.md @2dfa9d98) is stated with its article, the days left
//! to the hearing are counted, the simplified procedure (art. 267-3 ч. 8) and a reason the article does not
//! list lead elsewhere, and the motion is neither dated nor signed by the app.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// A defendant who fell ill before a hearing set for Thursday 10.12.2026.
fn ill() -> Answers {
    let q = content::questionnaire("court.postpone.motion", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("procedure".into(), Answer::Choice("ordinary".into()));
    answers.insert("reason".into(), Answer::Choice("emergency".into()));
    answers.insert("role".into(), Answer::Choice("defendant".into()));
    answers.insert("hearing_date".into(), Answer::Date(Date::new(2026, 12, 10)));
    answers.insert("circumstances".into(), Answer::Text("с 5 декабря я нахожусь на стационарном лечении".into()));
    answers.insert("proofs".into(), Answer::Text("Копия листа временной нетрудоспособности".into()));
    answers
}

fn on(answers: Answers, lang: Lang) -> Outcome {
    outcome("court.postpone.motion", answers, lang, TODAY)
}

#[test]
fn an_illness_is_the_unforeseen_circumstance_of_article_198_and_the_days_to_the_hearing_are_counted() {
    let Outcome { text, steps, visible, exit, .. } = on(ill(), Lang::Ru);
    assert_eq!(exit, None);
    // 07.12 → 10.12: three days.
    assert_eq!(visible.get("hearing_days_left"), Some(&Answer::Number(3.0)));
    assert!(text.contains("ХОДАТАЙСТВО ОБ ОТЛОЖЕНИИ СУДЕБНОГО РАЗБИРАТЕЛЬСТВА") && text.contains("Ответчик: "), "{text}");
    assert!(text.contains("подп. 5) ч. 1 ст. 198 ГПК РК") && text.contains("ч. 1 ст. 196 ГПК РК"), "{text}");
    assert!(text.contains("стационарном лечении"), "{text}");
    assert!(text.contains("Отложить судебное разбирательство по делу, назначенное на 10.12.2026."), "{text}");
    assert!(text.contains("Копия листа временной нетрудоспособности"), "{text}");
    assert!(!text.contains("Истребовать"), "{text}");
    assert!(steps.contains("До судебного заседания осталось дней: 3."), "{steps}");
    assert!(text.contains("«___» ____________ 20___ г.  ________ / "), "the app dates the motion:\n{text}");
    assert!(!text.contains("07.12.2026"), "{text}");
}

#[test]
fn the_kazakh_motion_names_the_ground_in_the_code_s_words() {
    let Outcome { text, .. } = on(ill(), Lang::Kk);
    assert!(text.contains("ІСТІ ТАЛҚЫЛАУДЫ КЕЙІНГЕ ҚАЛДЫРУ ТУРАЛЫ ӨТІНІШХАТ") && text.contains("Жауапкер: "), "{text}");
    assert!(text.contains("198-бабы 1-бөлігінің 5) тармақшасына") && text.contains("СОТТАН СҰРАЙМЫН"), "{text}");
    assert!(text.contains("«___» ____________ 20___ ж."), "{text}");
}

#[test]
fn further_evidence_can_ask_the_court_to_obtain_it_and_a_representative_s_absence_cites_article_196() {
    let mut answers = ill();
    answers.insert("reason".into(), Answer::Choice("evidence".into()));
    answers.insert("evidence_what".into(), Answer::Text("справка о зарплате за 2026 год".into()));
    answers.insert("evidence_request".into(), Answer::Bool(true));
    answers.insert("evidence_holder".into(), Answer::Text("ТОО «Альфа»".into()));
    let Outcome { text, .. } = on(answers, Lang::Ru);
    assert!(text.contains("подп. 4) ч. 1 ст. 198 ГПК РК") && !text.contains("подп. 5)"), "{text}");
    assert!(text.contains("Истребовать доказательства: справка о зарплате за 2026 год (находятся у: ТОО «Альфа»)."), "{text}");

    let mut answers = ill();
    answers.insert("reason".into(), Answer::Choice("representative".into()));
    answers.insert("representative_name".into(), Answer::Text("Ахметов А.А.".into()));
    answers.insert("representative_reason".into(), Answer::Text("участвует в процессе в другом суде".into()));
    let Outcome { text, .. } = on(answers, Lang::Ru);
    assert!(text.contains("Мой представитель Ахметов А.А.") && text.contains("ч. 7 ст. 196 ГПК РК"), "{text}");
}

#[test]
fn a_hearing_date_already_past_is_said_so_and_the_simplified_procedure_and_other_reasons_lead_elsewhere() {
    let mut answers = ill();
    answers.insert("hearing_date".into(), Answer::Date(Date::new(2026, 12, 1)));
    let Outcome { steps, .. } = on(answers, Lang::Ru);
    assert!(steps.contains("(01.12.2026) уже прошла") && !steps.contains("осталось дней"), "{steps}");

    let mut simplified = ill();
    simplified.insert("procedure".into(), Answer::Choice("simplified".into()));
    assert_eq!(on(simplified, Lang::Ru).exit, Some("simplified"));
    let mut other = ill();
    other.insert("reason".into(), Answer::Choice("other".into()));
    assert_eq!(on(other, Lang::Ru).exit, Some("other_reason"));
}
