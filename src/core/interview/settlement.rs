//! The settlement agreement (content/questionnaires/court.settlement.toml): made before the court retires to decide
//! at first instance, on appeal or in cassation, or during enforcement (ГПК art. 175 ч. 1, 246 ч. 2, read in
//! rus/95109.md @2dfa9d98); written, with the terms and the time of performance, costs allocated (art. 176); the
//! approval ends the case for good (art. 277 п. 5, 278 ч. 2). The sums are computed from the answers, worked out by
//! hand below, each written in words too (`{…:words}`). The app never dates or signs it.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// The generic path: first instance, money in one payment by transfer, each side bears its own costs; the claimant
/// demanded 500 000 ₸ and settles for 400 000 ₸, paid within 30 days of the approval.
fn settlement() -> Answers {
    let q = content::questionnaire("court.settlement", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    for (id, answer) in [
        ("court_name", Answer::Text("Бостандыкский районный суд г. Алматы".into())),
        ("case_number", Answer::Text("7511-26-00-2/1234".into())),
        ("case_subject", Answer::Text("о взыскании задолженности по договору займа".into())),
        ("plaintiff_name", Answer::Text("Сериков Арман Болатович".into())),
        ("defendant_name", Answer::Text("Асанов Ерлан Маратович".into())),
        ("claim_amount", Answer::Money(50_000_000)),
        ("settle_amount", Answer::Money(40_000_000)),
        ("pay_days", Answer::Number(30.0)),
        ("plaintiff_account", Answer::Text("KZ12 3456 7890 1234 5678, АО «Банк»".into())),
    ] {
        answers.insert(id.into(), answer);
    }
    answers
}

fn ids(o: &Outcome) -> Vec<&'static str> {
    o.next.steps.iter().map(|s| s.id).collect()
}

#[test]
fn the_generic_path_pays_once_forgives_the_rest_and_ends_the_case() {
    let o = outcome("court.settlement", settlement(), Lang::Ru, TODAY);
    assert_eq!(o.exit, None);
    // 500 000 ₸ demanded − 400 000 ₸ agreed = 100 000 ₸ forgiven.
    for part in [
        "В Бостандыкский районный суд г. Алматы",
        "Дело № 7511-26-00-2/1234",
        "Истец: Сериков Арман Болатович",
        "Ответчик: Асанов Ерлан Маратович",
        "МИРОВОЕ СОГЛАШЕНИЕ",
        "стороны по гражданскому делу № 7511-26-00-2/1234 (о взыскании задолженности по договору займа)",
        "Ответчик обязуется уплатить истцу 400\u{a0}000\u{a0}₸ (четыреста тысяч тенге).",
        "одним платежом не позднее 30-го календарного дня со дня утверждения настоящего мирового соглашения судом.",
        "перечисления на банковский счёт истца: KZ12 3456 7890 1234 5678, АО «Банк».",
        "Оставшуюся часть долга — 100\u{a0}000\u{a0}₸ (сто тысяч тенге) — истец ответчику прощает (ч. 4 ст. 176 ГПК РК).",
        "стороны друг другу не возмещают (ч. 4 ст. 176 ГПК РК)",
        "(подп. 5 ст. 277, ч. 2 ст. 278 ГПК РК)",
        "в трёх экземплярах",
        "Стороны просят суд утвердить настоящее мировое соглашение и прекратить производство по делу",
        "Истец: ________ / Сериков Арман Болатович",
        "Ответчик: ________ / Асанов Ерлан Маратович",
        "«___» ____________ 20___ г.",
    ] {
        assert!(o.text.contains(part), "`{part}` missing from\n{}", o.text);
    }
    for absent in ["взыскатель", "246", "Всего по настоящему", "без их участия", "07.12.2026", "{"] {
        assert!(!o.text.contains(absent), "`{absent}` in\n{}", o.text);
    }
    let steps = ids(&o);
    for id in ["sign", "file", "hearing", "fee", "final", "writ", "version"] {
        assert!(steps.contains(&id), "{id} missing from {steps:?}");
    }
    assert!(!steps.contains(&"file_enforcement") && !steps.contains(&"fee_cassation") && !steps.contains(&"fee_enforcement"));
    assert!(o.steps.contains("Бостандыкский районный суд г. Алматы, дело № 7511-26-00-2/1234"), "{}", o.steps);
    assert!(o.next.steps.iter().all(|s| !s.caution), "every step rests on the ГПК's text");
}

#[test]
fn instalments_are_the_sum_divided_to_the_tiyn_with_the_remainder_in_the_last_and_costs_add_to_the_total() {
    // 400 000 ₸ in 3 instalments: 400 000 / 3 = 133 333,333… → 133 333,33 ₸ twice, and
    // 400 000 − 2 × 133 333,33 = 133 333,34 ₸ last. Costs of 50 000 ₸: 400 000 + 50 000 = 450 000 ₸ in all.
    let answers = with(settlement(), "payment", Answer::Choice("instalments".into()));
    let answers = with(answers, "instalments", Answer::Number(3.0));
    let answers = with(answers, "pay_day", Answer::Number(10.0));
    let answers = with(answers, "costs", Answer::Choice("defendant_pays".into()));
    let answers = with(answers, "costs_amount", Answer::Money(5_000_000));
    let answers = with(answers, "costs_days", Answer::Number(15.0));
    let o = outcome("court.settlement", answers, Lang::Ru, TODAY);
    assert_eq!(o.exit, None);
    assert_eq!(o.visible.get("instalment"), Some(&Answer::Money(13_333_333)));
    assert_eq!(o.visible.get("last_instalment"), Some(&Answer::Money(13_333_334)));
    assert_eq!(o.visible.get("total_to_pay"), Some(&Answer::Money(45_000_000)));
    for part in [
        "в рассрочку ежемесячными платежами, число платежей: 3.",
        "не позднее 10-го числа месяца",
        "Размер каждого платежа — 133\u{a0}333,33\u{a0}₸ (сто тридцать три тысячи триста тридцать три тенге 33 тиына), последнего платежа — 133\u{a0}333,34\u{a0}₸ (сто тридцать три тысячи триста тридцать три тенге 34 тиына).",
        "Ответчик возмещает истцу судебные расходы в сумме 50\u{a0}000\u{a0}₸ (пятьдесят тысяч тенге) не позднее 15-го календарного дня",
        "Всего по настоящему мировому соглашению ответчик уплачивает истцу 450\u{a0}000\u{a0}₸ (четыреста пятьдесят тысяч тенге).",
    ] {
        assert!(o.text.contains(part), "`{part}` missing from\n{}", o.text);
    }
    assert!(!o.text.contains("одним платежом") && !o.text.contains("не возмещают"), "{}", o.text);
}

#[test]
fn at_enforcement_the_settlement_goes_to_the_court_under_article_246_and_the_fee_return_is_not_promised() {
    let answers = with(settlement(), "stage", Answer::Choice("enforcement".into()));
    let answers = with(answers, "enforcement_number", Answer::Text("02-123-26".into()));
    let answers = with(answers, "without_parties", Answer::Bool(true));
    let o = outcome("court.settlement", answers, Lang::Ru, TODAY);
    assert_eq!(o.exit, None);
    for part in [
        "Исполнительное производство № 02-123-26",
        "Истец (взыскатель): Сериков Арман Болатович",
        "Ответчик (должник): Асанов Ерлан Маратович",
        "мировое соглашение заключается при исполнении судебного акта (ч. 1 ст. 175, ч. 2 ст. 246 ГПК РК)",
        "Стороны просят суд утвердить настоящее мировое соглашение (ч. 2 ст. 246 ГПК РК).",
        "без их участия (ч. 1 ст. 177 ГПК РК)",
    ] {
        assert!(o.text.contains(part), "`{part}` missing from\n{}", o.text);
    }
    assert!(!o.text.contains("прекратить производство по делу") && !o.text.contains("277"), "{}", o.text);
    let steps = ids(&o);
    assert!(steps.contains(&"file_enforcement") && steps.contains(&"fee_enforcement"), "{steps:?}");
    assert!(!steps.contains(&"file") && !steps.contains(&"fee") && !steps.contains(&"final") && !steps.contains(&"hearing"), "{steps:?}");
    assert!(o.steps.contains("в течение 10\u{a0}рабочих дней"), "{}", o.steps);
}

#[test]
fn in_cassation_half_of_the_cassation_fee_comes_back() {
    let answers = with(settlement(), "stage", Answer::Choice("cassation".into()));
    let o = outcome("court.settlement", answers, Lang::Ru, TODAY);
    assert!(o.text.contains("Дело рассматривается в суде кассационной инстанции"), "{}", o.text);
    let steps = ids(&o);
    assert!(steps.contains(&"fee_cassation") && !steps.contains(&"fee"), "{steps:?}");
    assert!(o.steps.contains("пятьдесят процентов госпошлины"), "{}", o.steps);
}

#[test]
fn a_settlement_without_money_states_its_own_terms() {
    let answers = with(settlement(), "subject", Answer::Choice("other".into()));
    let answers = with(answers, "other_terms", Answer::Text("Ответчик в течение 10 дней со дня утверждения соглашения судом передаёт истцу автомобиль Toyota Camry".into()));
    let o = outcome("court.settlement", answers, Lang::Ru, TODAY);
    assert_eq!(o.exit, None);
    assert!(o.text.contains("передаёт истцу автомобиль Toyota Camry"), "{}", o.text);
    assert!(!o.text.contains("обязуется уплатить") && !o.text.contains("прощает") && !o.text.contains("Платежи"), "{}", o.text);
}

#[test]
fn no_case_in_court_or_a_decision_not_yet_enforced_lead_to_the_guide() {
    let decided = with(settlement(), "stage", Answer::Choice("decided".into()));
    assert_eq!(outcome("court.settlement", decided, Lang::Ru, TODAY).exit, Some("decided"));
    let none = with(settlement(), "stage", Answer::Choice("no_case".into()));
    assert_eq!(outcome("court.settlement", none, Lang::Ru, TODAY).exit, Some("no_case"));
}

#[test]
fn the_kazakh_settlement_is_complete_and_undated() {
    let o = outcome("court.settlement", settlement(), Lang::Kk, TODAY);
    assert_eq!(o.exit, None);
    for part in [
        "ТАТУЛАСУ КЕЛІСІМІ",
        "Іс № 7511-26-00-2/1234",
        "Жауапкер талап қоюшыға 400\u{a0}000\u{a0}₸ (төрт жүз мың теңге) төлеуге міндеттенеді.",
        "Борыштың қалған бөлігін — 100\u{a0}000\u{a0}₸ (жүз мың теңге) — талап қоюшы жауапкерге кешіреді",
        "Талап қоюшы: ________ / Сериков Арман Болатович",
        "«___» ____________ 20___ ж.",
    ] {
        assert!(o.text.contains(part), "`{part}` missing from\n{}", o.text);
    }
    assert!(!o.text.contains('{') && !o.text.contains("07.12.2026"), "{}", o.text);
}
