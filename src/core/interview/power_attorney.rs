//! The power of attorney for a court case (content/questionnaires/court.power.attorney.toml): only the persons of
//! ГПК art. 58 ч. 1 may represent a citizen (read in rus/95109.md @2dfa9d98), a co-party not in cassation
//! (art. 57 ч. 3 п. 2), never the persons of art. 59; each special power of art. 60 ч. 1 is named one by one
//! (ч. 3); the term comes from the Civil Code's art. 168 (rus/879.md @709d9897). The app never dates or signs it.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// The generic path: an advocate, first-instance and appeal courts, a paper power of attorney for a case already
/// in court, one year, the power to sign a claim (the first option of the list).
fn power() -> Answers {
    let q = content::questionnaire("court.power.attorney", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("principal_name".into(), Answer::Text("Сериков Арман Болатович".into()));
    answers.insert("rep_name".into(), Answer::Text("Ахметова Дана Маратовна".into()));
    answers.insert("court_name".into(), Answer::Text("Бостандыкский районный суд г. Алматы".into()));
    answers.insert("case_number".into(), Answer::Text("7511-26-00-2/1234".into()));
    answers.insert("dispute_subject".into(), Answer::Text("о взыскании долга по займу с Асанова А. А.".into()));
    answers
}

fn powers(ids: &[&str]) -> Answer {
    Answer::Choices(ids.iter().map(|s| s.to_string()).collect())
}

#[test]
fn the_generic_path_names_the_advocate_the_case_the_one_power_ticked_and_leaves_the_date_blank() {
    let Outcome { text, exit, next, .. } = outcome("court.power.attorney", power(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "ДОВЕРЕННОСТЬ",
        "Я, Сериков Арман Болатович, дата рождения: 01.01.1990, ИИН: 900101300126",
        "уполномочиваю представителя — Ахметова Дана Маратовна, ИИН: 900101300126",
        "Представитель — адвокат (подп. 1 ч. 1 ст. 58 ГПК РК).",
        "Дело (спор): о взыскании долга по займу с Асанова А. А.",
        "Суд, рассматривающий дело: Бостандыкский районный суд г. Алматы.",
        "Дело № 7511-26-00-2/1234.",
        "в судах первой и апелляционной инстанций",
        "в соответствии с ч. 3 ст. 60 ГПК РК специально уполномочиваю представителя на:",
        "подписание иска;",
        "Доверенность выдана без права передоверия.",
        "Доверенность выдана сроком на один год.",
        "«___» ____________ 20___ г.  ________ / Сериков Арман Болатович",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    // Only the power ticked is granted; the others are not written in.
    for absent in ["заключение мирового соглашения", "получение присуждённого имущества", "не предоставляются", "07.12.2026", "{"] {
        assert!(!text.contains(absent), "`{absent}` in\n{text}");
    }
    let ids: Vec<&str> = next.steps.iter().map(|s| s.id).collect();
    assert!(ids.contains(&"advocate") && ids.contains(&"paper") && ids.contains(&"date"), "{ids:?}");
    assert!(!ids.contains(&"electronic") && !ids.contains(&"substitution") && !ids.contains(&"no_special"), "{ids:?}");
    // Whether a court accepts a paper POA without a notary is our inference (I): the step carries a caution; the
    // date and term rest on the Civil Code's text (C) and do not.
    assert!(next.steps.iter().find(|s| s.id == "paper").is_some_and(|s| s.caution));
    let date = next.steps.iter().find(|s| s.id == "date").expect("the date step");
    assert!(!date.caution && date.text.contains("Наибольший срок доверенности — 3\u{a0}года"), "{}", date.text);
}

#[test]
fn every_special_power_of_article_60_is_written_out_one_by_one() {
    let all = [
        "sign_claim", "settlement", "mediation", "participative", "arbitration", "waive", "admit", "change_claim",
        "substitution", "appeal", "withdraw_appeal", "review", "enforcement", "receive",
    ];
    let answers = with(power(), "powers", powers(&all));
    let Outcome { text, next, exit, .. } = outcome("court.power.attorney", answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "подписание иска;",
        "передачу дела в арбитраж, суд Международного финансового центра «Астана»;",
        "заключение мирового соглашения;",
        "заключение соглашения об урегулировании спора (конфликта) в порядке медиации;",
        "заключение соглашения об урегулировании спора в порядке партисипативной процедуры;",
        "полный или частичный отказ от иска;",
        "полное или частичное признание иска;",
        "увеличение или уменьшение предмета исковых требований, изменение предмета или основания иска;",
        "передачу полномочий другому лицу (передоверие);",
        "обжалование судебного акта в апелляционном, кассационном порядках;",
        "отказ от апелляционной жалобы и ходатайства о пересмотре судебного акта в кассационном порядке;",
        "подачу заявления о пересмотре судебного акта по вновь открывшимся или новым обстоятельствам;",
        "требование принудительного исполнения судебного акта;",
        "получение присуждённого имущества.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("без права передоверия"), "{text}");
    let q = content::questionnaire("court.power.attorney", Lang::Ru).expect("compiled");
    let doc = super::document::fill(q, &super::engine::Interview::new(q, with(power(), "powers", powers(&all))).visible_answers(), &Default::default(), Lang::Ru, TODAY).expect("every place filled");
    let numbered: Vec<usize> = doc.blocks.iter().filter(|b| b.number > 0).map(|b| b.number).collect();
    assert_eq!(numbered, (1..=14).collect::<Vec<_>>(), "the fourteen powers are numbered 1–14");
    assert!(next.steps.iter().any(|s| s.id == "substitution" && s.text.contains("нотариально удостоверена")));
}

#[test]
fn with_no_special_power_the_document_says_none_is_given_and_the_next_steps_warn() {
    let answers = with(power(), "powers", Answer::Choices(Vec::new()));
    let Outcome { text, next, .. } = outcome("court.power.attorney", answers, Lang::Ru, TODAY);
    assert!(text.contains("Полномочия на совершение действий, названных в ч. 1 ст. 60 ГПК РК, настоящей доверенностью не предоставляются."), "{text}");
    assert!(!text.contains("специально уполномочиваю"), "{text}");
    assert!(next.steps.iter().any(|s| s.id == "no_special"));
}

#[test]
fn a_relative_a_co_party_in_cassation_and_a_barred_person_cannot_be_given_it() {
    let relative = with(power(), "rep_kind", Answer::Choice("other".into()));
    assert_eq!(outcome("court.power.attorney", relative, Lang::Ru, TODAY).exit, Some("not_listed"));
    let co = with(power(), "rep_kind", Answer::Choice("co_participant".into()));
    let Outcome { text, exit, next, .. } = outcome("court.power.attorney", co.clone(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("соучастник по этому делу (подп. 5 ч. 1 ст. 58 ГПК РК)"), "{text}");
    assert!(next.steps.iter().any(|s| s.id == "oral"));
    let cassation = with(co, "court_level", Answer::Choice("cassation".into()));
    assert_eq!(outcome("court.power.attorney", cassation, Lang::Ru, TODAY).exit, Some("cassation_co_participant"));
    let advocate_cassation = with(power(), "court_level", Answer::Choice("cassation".into()));
    let Outcome { text, exit, .. } = outcome("court.power.attorney", advocate_cassation, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("в судах первой, апелляционной и кассационной инстанций"), "{text}");
    let barred = with(power(), "rep_barred", Answer::Bool(true));
    assert_eq!(outcome("court.power.attorney", barred, Lang::Ru, TODAY).exit, Some("barred"));
}

#[test]
fn an_electronic_power_of_attorney_for_a_dispute_not_yet_in_court_for_three_years() {
    let answers = with(power(), "form", Answer::Choice("electronic".into()));
    let answers = with(answers, "scope", Answer::Choice("dispute".into()));
    let answers = with(answers, "term", Answer::Choice("three".into()));
    let Outcome { text, next, .. } = outcome("court.power.attorney", answers, Lang::Ru, TODAY);
    assert!(text.contains("удостоверяется электронной цифровой подписью доверителя (ч. 1 ст. 61 ГПК РК)"), "{text}");
    assert!(text.contains("сроком на три года") && !text.contains("Суд, рассматривающий дело") && !text.contains("Дело №"), "{text}");
    let electronic = next.steps.iter().find(|s| s.id == "electronic").expect("the electronic step");
    assert!(electronic.caution, "the «Судебный кабинет» part rests on a secondary source");
    assert!(next.steps.iter().all(|s| s.id != "paper"));
}

#[test]
fn the_kazakh_power_of_attorney_is_complete_and_undated() {
    let Outcome { text, exit, .. } = outcome("court.power.attorney", power(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in ["СЕНІМХАТ", "Өкіл — адвокат (ҚР АПК 58-бабы 1-бөлігінің 1) тармақшасы).", "талап қоюға қол қою;", "Сенімхат басқаға сеніп тапсыру құқығынсыз берілді.", "«___» ____________ 20___ ж."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
}
