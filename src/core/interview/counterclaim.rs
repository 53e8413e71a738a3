//! The counter-claim (content/questionnaires/court.counterclaim.toml): filed in the case of the original claim
//! before its preparation ends (ГПК art. 153 ч. 1, read in rus/95109.md @2dfa9d98), later only when the defendant
//! was not properly notified of the preparation (ч. 2), accepted on one of the three grounds of art. 154; a money
//! counter-claim carries its price and the fee the calculator gives for it. The app never dates or signs it.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// The generic path: the court is still preparing the case, ordinary procedure, a money demand set off
/// against the claim, no pre-trial procedure.
fn counterclaim() -> Answers {
    let q = content::questionnaire("court.counterclaim", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("case_number".into(), Answer::Text("7511-26-00-2/1234".into()));
    answers.insert("court_name".into(), Answer::Text("Бостандыкский районный суд г. Алматы".into()));
    answers
}

#[test]
fn the_generic_path_reaches_a_counterclaim_naming_the_case_with_its_price_and_a_blank_date() {
    let Outcome { text, steps, exit, next, .. } = outcome("court.counterclaim", counterclaim(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "В Бостандыкский районный суд г. Алматы",
        "Дело № 7511-26-00-2/1234",
        "ВСТРЕЧНОЕ ИСКОВОЕ ЗАЯВЛЕНИЕ",
        "Подготовка дела к судебному разбирательству не окончена. В соответствии с ч. 1 ст. 153 ГПК РК",
        "подп. 1 ст. 154 ГПК РК",
        // The first money answer of the defaults is 200 000 ₸.
        "Цена иска: 200\u{a0}000\u{a0}₸",
        "в мою пользу 200\u{a0}000\u{a0}₸ (двести тысяч тенге).",
        "Принять настоящий встречный иск к производству для совместного рассмотрения с первоначальным иском по делу № 7511-26-00-2/1234.",
        "«___» ____________ 20___ г.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("07.12.2026"), "the app dated the counter-claim:\n{text}");
    assert!(!text.contains("ч. 2 ст. 153") && !text.contains("267-1"), "{text}");
    // 1 % of 200 000 ₸ (the 2026 rate for a citizen's money claim, a secondary source: shown with a caution).
    assert!(steps.contains("Госпошлина: 2\u{a0}000\u{a0}₸"), "{steps}");
    let fee = next.steps.iter().find(|s| s.id == "fee").expect("the fee step");
    assert!(fee.caution, "the fee rests on a secondary source");
    assert!(steps.contains("Бостандыкский районный суд г. Алматы, дело № 7511-26-00-2/1234"), "{steps}");
    assert!(next.steps.iter().all(|s| s.id != "fee_other" && s.id != "when_not_notified" && s.id != "simplified"));
}

#[test]
fn the_kazakh_counterclaim_is_complete_and_undated() {
    let Outcome { text, exit, .. } = outcome("court.counterclaim", counterclaim(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in ["ҚАРСЫ ТАЛАП ҚОЮ", "200\u{a0}000\u{a0}₸ (екі жүз мың теңге) өндіріп алу.", "Іс № 7511-26-00-2/1234", "ҚР АПК 153-бабының 1-бөлігіне", "154-бабының 1) тармақшасы", "«___» ____________ 20___ ж."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
}

#[test]
fn after_the_trial_began_only_a_defendant_not_notified_of_the_preparation_may_file_it() {
    // ИИН 900101300126: the 7th digit (3) is odd, so the Russian text speaks of a man.
    let answers = with(counterclaim(), "stage", Answer::Choice("not_notified".into()));
    let answers = with(answers, "not_notified_text", Answer::Text("извещение направлено по старому адресу".into()));
    let Outcome { text, steps, exit, .. } = outcome("court.counterclaim", answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("Я не участвовал в подготовке дела к судебному разбирательству, поскольку не был извещён надлежащим образом"), "{text}");
    assert!(text.contains("извещение направлено по старому адресу") && text.contains("ч. 2 ст. 153 ГПК РК"), "{text}");
    assert!(!text.contains("Подготовка дела к судебному разбирательству не окончена"), "{text}");
    assert!(steps.contains("ч. 2 ст. 153 ГПК"), "{steps}");

    let notified = with(counterclaim(), "stage", Answer::Choice("trial".into()));
    assert_eq!(outcome("court.counterclaim", notified, Lang::Ru, TODAY).exit, Some("trial"));
    let decided = with(counterclaim(), "stage", Answer::Choice("decided".into()));
    assert_eq!(outcome("court.counterclaim", decided, Lang::Ru, TODAY).exit, Some("decided"));
}

#[test]
fn an_unlinked_demand_and_a_skipped_pre_trial_procedure_lead_elsewhere() {
    let unlinked = with(counterclaim(), "basis", Answer::Choice("none".into()));
    assert_eq!(outcome("court.counterclaim", unlinked, Lang::Ru, TODAY).exit, Some("not_linked"));
    let required = with(counterclaim(), "pretrial_required", Answer::Bool(true));
    let skipped = with(required.clone(), "pretrial_done", Answer::Bool(false));
    assert_eq!(outcome("court.counterclaim", skipped, Lang::Ru, TODAY).exit, Some("pretrial"));
    let done = with(required, "pretrial_done", Answer::Bool(true));
    let Outcome { text, exit, .. } = outcome("court.counterclaim", done, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("досудебный порядок урегулирования спора соблюдён") && text.contains("подп. 5 ч. 1 ст. 149 ГПК РК"), "{text}");
}

#[test]
fn a_non_money_demand_in_a_simplified_case_has_no_price_and_names_the_non_property_fee() {
    let answers = with(counterclaim(), "counter_kind", Answer::Choice("other".into()));
    let answers = with(answers, "counter_demand", Answer::Text("Признать недействительным договор займа от 05.05.2025".into()));
    let answers = with(answers, "basis", Answer::Choice("excludes".into()));
    let answers = with(answers, "procedure", Answer::Choice("simplified".into()));
    let Outcome { text, next, exit, .. } = outcome("court.counterclaim", answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("Признать недействительным договор займа от 05.05.2025"), "{text}");
    assert!(text.contains("подп. 2 ст. 154 ГПК РК") && text.contains("подп. 3 ч. 3 ст. 267-1 ГПК РК"), "{text}");
    assert!(!text.contains("Цена иска") && !text.contains("Расчёт"), "{text}");
    let ids: Vec<&str> = next.steps.iter().map(|s| s.id).collect();
    assert!(ids.contains(&"fee_other") && !ids.contains(&"fee") && ids.contains(&"simplified"), "{ids:?}");
    assert!(next.steps.iter().find(|s| s.id == "fee_other").is_some_and(|s| s.caution));
}
