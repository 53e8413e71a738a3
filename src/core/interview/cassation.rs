//! The cassation complaint (content/questionnaires/court.cassation.toml): the last day is counted with the period of
//! the ГПК text read (art. 436 ч. 1, amendments to 30.12.2022: six months from the appeal ruling's entry into force),
//! which is unconfirmed after the 2025 reform, so every step stating it carries a caution and the document never
//! says it is filed in time; a period of that text already passed adds a motion to restore it (art. 126). Worked
//! examples written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// A defendant's complaint against an appeal ruling announced on `ruled` (the generic answers otherwise).
fn cassation(ruled: Date) -> Answers {
    let q = content::questionnaire("court.cassation", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("appeal_date".into(), Answer::Date(ruled));
    answers.insert("decision_date".into(), Answer::Date(Date::new(2026, 3, 2)));
    answers.insert("late_reason".into(), Answer::Text("копию постановления я получил только 20.11.2026".into()));
    answers
}

#[test]
fn in_time_by_the_text_read_the_last_day_is_shown_with_a_caution_and_the_complaint_claims_no_period() {
    // Ruling announced Wednesday 10.06.2026: six months end on Thursday 10.12.2026, a working day; on 07.12.2026 three
    // days are left.
    let Outcome { text, steps, visible, pages, exit, next } = outcome("court.cassation", cassation(Date::new(2026, 6, 10)), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert_eq!(visible.get("cassation_last_day"), Some(&Answer::Date(Date::new(2026, 12, 10))));
    assert_eq!(visible.get("cassation_days_left"), Some(&Answer::Number(3.0)));
    assert!(!pages.contains(&"late"), "{pages:?}");
    assert!(steps.contains("последний день — 10.12.2026 (осталось дней: 3)"), "{steps}");
    let last = next.steps.iter().find(|s| s.id == "last_day").expect("the last-day step");
    assert!(last.caution, "the period after the 2025 reform is unconfirmed: the step must carry a caution");
    for part in ["КАССАЦИОННАЯ ЖАЛОБА (ХОДАТАЙСТВО)", "Заявитель (истец): Тест plaintiff_name", "от 10.06.2026", "«___» ____________ 20___ г."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(text.contains("Отменить решение суда первой инстанции от 02.03.2026 и постановление суда апелляционной инстанции от 10.06.2026 и направить дело на новое рассмотрение."), "{text}");
    assert!(!text.contains("ХОДАТАЙСТВО:") && !text.contains("в срок") && !text.contains("07.12.2026"), "{text}");
}

#[test]
fn the_complaint_cites_no_article_of_the_cassation_chapter_nor_the_court_the_reform_may_have_changed() {
    for lang in [Lang::Kk, Lang::Ru] {
        let Outcome { text, .. } = outcome("court.cassation", cassation(Date::new(2026, 6, 10)), lang, TODAY);
        for unconfirmed in ["434", "435", "436", "438", "441", "442", "443", "Верховн", "Жоғарғы"] {
            assert!(!text.contains(unconfirmed), "{lang:?}: `{unconfirmed}` in\n{text}");
        }
    }
    let figure = content::figures().iter().find(|f| f.key == "deadline.cassation").expect("the figure");
    assert!(figure.in_force(TODAY).is_some_and(|v| v.source.confidence.needs_caution()), "deadline.cassation must carry a caution today");
}

#[test]
fn a_period_of_the_text_read_already_passed_adds_a_motion_to_restore_it() {
    // Ruling announced Friday 15.05.2026: six months end on Sunday 15.11.2026, so the last day moves to Monday
    // 16.11.2026 (ГПК art. 123 ч. 4); on 07.12.2026 it has passed.
    for lang in [Lang::Kk, Lang::Ru] {
        let Outcome { text, steps, visible, pages, exit, next } = outcome("court.cassation", cassation(Date::new(2026, 5, 15)), lang, TODAY);
        assert_eq!(exit, None, "{lang:?}");
        assert_eq!(visible.get("cassation_last_day"), Some(&Answer::Date(Date::new(2026, 11, 16))), "{lang:?}");
        assert!(pages.contains(&"late"), "{lang:?}: {pages:?}");
        assert!(text.contains("копию постановления я получил только 20.11.2026") && text.contains("126"), "{lang:?}: {text}");
        assert!(steps.contains("16.11.2026"), "{lang:?}: {steps}");
        assert!(next.steps.iter().find(|s| s.id == "late").is_some_and(|s| s.caution), "{lang:?}");
        assert!(next.steps.iter().all(|s| s.id != "last_day"), "{lang:?}");
    }
    let Outcome { text, .. } = outcome("court.cassation", cassation(Date::new(2026, 5, 15)), Lang::Ru, TODAY);
    assert!(text.contains("ХОДАТАЙСТВО: срок подачи жалобы пропущен мною") && text.contains("Восстановить пропущенный процессуальный срок на подачу кассационной жалобы."), "{text}");
}

#[test]
fn cases_closed_to_cassation_in_the_text_read_lead_elsewhere() {
    let ruled = Date::new(2026, 6, 10);
    let cases = [
        ("appealed", Answer::Choice("no".into()), "not_appealed"),
        ("case_kind", Answer::Choice("simplified".into()), "simplified"),
        ("case_kind", Answer::Choice("settled".into()), "settled"),
        ("case_kind", Answer::Choice("bankruptcy".into()), "settled"),
        ("small_claim", Answer::Bool(true), "small_claim"),
    ];
    for (id, answer, exit) in cases {
        assert_eq!(outcome("court.cassation", with(cassation(ruled), id, answer), Lang::Ru, TODAY).exit, Some(exit), "{id}");
    }
}

#[test]
fn a_person_left_out_of_the_case_states_the_rights_infringed_and_a_new_act_is_asked_for_the_appeal_ruling_only() {
    let answers = with(cassation(Date::new(2026, 6, 10)), "not_party", Answer::Bool(true));
    let answers = with(answers, "not_party_how", Answer::Text("суд обратил взыскание на мою квартиру".into()));
    let answers = with(answers, "challenged", Answer::Choice("appeal_only".into()));
    let answers = with(answers, "sought", Answer::Choice("new_act".into()));
    let answers = with(answers, "sought_text", Answer::Text("в удовлетворении иска отказать".into()));
    let Outcome { text, exit, .. } = outcome("court.cassation", answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("Заявитель (лицо, не привлечённое к участию в деле, чьи интересы затронуты)"), "{text}");
    assert!(text.contains("Я не был привлечён к участию в деле") && text.contains("суд обратил взыскание на мою квартиру"), "{text}");
    assert!(text.contains("Отменить постановление суда апелляционной инстанции от 10.06.2026 и, не передавая дело на новое рассмотрение, вынести новый судебный акт: в удовлетворении иска отказать"), "{text}");
    assert!(!text.contains("Заявитель (истец)") && !text.contains("решения суда первой инстанции и постановления"), "{text}");
}
