//! The claim to establish paternity (content/questionnaires/family.paternity.claim.toml): КоБС ст. 48 (read in
//! rus/62568.md @00e47ff9), venue ГПК ст. 30 ч. 4 (the claimant's own residence) and ст. 27 ч. 3 (the juvenile
//! court), read in rus/95109.md @2dfa9d98; optionally joined with the statutory alimony share for one child
//! (КоБС ст. 139 п. 1). The app never dates or signs it.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);
const ID: &str = "family.paternity.claim";

/// The generic path: the mother sues the father, parents never married, no joint application, alimony joined.
fn claim() -> Answers {
    let q = content::questionnaire(ID, Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("child_name".into(), Answer::Text("Ерланов Нұрлан Ерланұлы".into()));
    answers.insert("child_born".into(), Answer::Date(Date::new(2024, 3, 5)));
    answers.insert("defendant_name".into(), Answer::Text("Ерланов Ерлан Болатұлы".into()));
    answers.insert("court_name".into(), Answer::Text("Специализированный межрайонный суд по делам несовершеннолетних г. Алматы".into()));
    answers
}

#[test]
fn the_generic_path_asks_to_establish_paternity_and_the_statutory_share_at_the_claimant_s_residence() {
    let Outcome { text, steps, exit, next, .. } = outcome(ID, claim(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "В Специализированный межрайонный суд по делам несовершеннолетних г. Алматы",
        "ИСКОВОЕ ЗАЯВЛЕНИЕ об установлении отцовства и взыскании алиментов",
        "Я являюсь матерью ребёнка Ерланов Нұрлан Ерланұлы (дата рождения: 05.03.2024).",
        "Согласно ст. 48 Кодекса РК о браке (супружестве) и семье",
        "по месту жительства истца в соответствии с ч. 4 ст. 30 ГПК РК",
        "Установить, что Ерланов Ерлан Болатұлы является отцом ребёнка Ерланов Нұрлан Ерланұлы (дата рождения: 05.03.2024).",
        "Взыскать с ответчика в мою пользу алименты на содержание ребёнка Ерланов Нұрлан Ерланұлы в размере 1/4 части",
        "«___» ____________ 20___ г.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("07.12.2026") && !text.contains('{'), "{text}");
    // "no" for yes/no: no examination motion on the generic path.
    assert!(!text.contains("экспертизу"), "{text}");
    // The joining rests on an inference, and the fee on secondary sources: both steps carry a caution.
    for id in ["alimony", "fee"] {
        assert!(next.steps.iter().find(|s| s.id == id).is_some_and(|s| s.caution), "{id}");
    }
    assert!(steps.contains("ч. 3 ст. 27, ч. 4 и 13 ст. 30 ГПК"), "{steps}");
}

#[test]
fn the_kazakh_claim_is_complete_and_undated() {
    let Outcome { text, exit, .. } = outcome(ID, claim(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in ["Әкелікті анықтау және алимент өндіріп алу туралы ТАЛАП ҚОЮ", "ҚР АПК 30-бабының 4-бөлігіне", "СОТТАН СҰРАЙМЫН", "«___» ____________ 20___ ж."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
}

#[test]
fn a_father_asks_to_establish_his_own_paternity_without_alimony_and_with_an_examination() {
    let answers = with(claim(), "plaintiff_role", Answer::Choice("father".into()));
    let answers = with(answers, "plaintiff_name", Answer::Text("Ерланов Ерлан Болатұлы".into()));
    let answers = with(answers, "defendant_name", Answer::Text("Сейітова Айгерім Болатқызы".into()));
    let answers = with(answers, "expertise", Answer::Bool(true));
    let answers = with(answers, "venue", Answer::Choice("defendant".into()));
    let Outcome { text, exit, next, .. } = outcome(ID, answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("Установить, что я, Ерланов Ерлан Болатұлы, являюсь отцом ребёнка"), "{text}");
    assert!(text.contains("ИСКОВОЕ ЗАЯВЛЕНИЕ об установлении отцовства\n"), "{text}");
    assert!(text.contains("назначить судебно-генетическую экспертизу") && text.contains("ст. 29 ГПК РК"), "{text}");
    // The with_alimony question is not asked of a father: no alimony demand, no alimony step.
    assert!(!text.contains("алименты на содержание") && next.steps.iter().all(|s| s.id != "alimony"), "{text}");
}

#[test]
fn married_parents_a_joint_application_a_deceased_father_a_recorded_father_and_an_adult_child_lead_elsewhere() {
    for (id, answer, exit) in [
        ("parents_married", Answer::Bool(true), "married"),
        ("joint_possible", Answer::Bool(true), "joint"),
        ("father_died", Answer::Bool(true), "died"),
        ("father_recorded", Answer::Choice("other_man".into()), "recorded"),
        ("plaintiff_role", Answer::Choice("adult_child".into()), "adult_child"),
    ] {
        assert_eq!(outcome(ID, with(claim(), id, answer), Lang::Ru, TODAY).exit, Some(exit), "{id}");
    }
}
