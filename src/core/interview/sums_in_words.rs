//! The sums the older claims state are written in figures and in words (`{x} ({x:words})`, as the newer
//! documents do): each questionnaire's filled document, in ru and kk, against words written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// `id`'s default answers with `overrides`; money in whole tenge.
fn answers(id: &str, overrides: &[(&str, Answer)]) -> Answers {
    let q = content::questionnaire(id, Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    for (key, value) in overrides {
        answers.insert((*key).to_string(), value.clone());
    }
    answers
}

fn tenge(whole: i64) -> Answer {
    Answer::Money(whole * 100)
}

/// The document of `id` in `lang` holds every part (figures use no-break spaces: write `_` for one).
fn assert_holds(id: &str, overrides: &[(&str, Answer)], lang: Lang, parts: &[&str]) {
    let out = outcome(id, answers(id, overrides), lang, TODAY);
    assert!(out.exit.is_none(), "{id}: an exit applies");
    for part in parts {
        let part = part.replace('_', "\u{a0}");
        assert!(out.text.contains(&part), "{id} {lang:?}: `{part}` missing from\n{}", out.text);
    }
}

#[test]
fn the_loan_claim_states_the_loan_and_the_debt_in_words() {
    // Lent 500 000 ₸, repaid 100 000 ₸: the debt claimed is 400 000 ₸.
    let o = [("role", Answer::Choice("lender".into())), ("loan_amount", tenge(500_000)), ("amount_repaid", tenge(100_000))];
    assert_holds(
        "debt.loan.claim",
        &o,
        Lang::Ru,
        &["в сумме 500_000_₸ (пятьсот тысяч тенге).", "в размере 400_000_₸ (четыреста тысяч тенге)."],
    );
    assert_holds(
        "debt.loan.claim",
        &o,
        Lang::Kk,
        &["500_000_₸ (бес жүз мың теңге) сомасында", "400_000_₸ (төрт жүз мың теңге) сомасындағы борышты"],
    );
}

#[test]
fn the_consumer_claim_states_the_price_and_the_sum_claimed_in_words() {
    let o = [("claim_stage", Answer::Choice("ignored".into())), ("price_paid", tenge(250_000)), ("claim_amount", tenge(250_000))];
    assert_holds("consumer.claim", &o, Lang::Ru, &["— за 250_000_₸ (двести пятьдесят тысяч тенге).", "сумму 250_000_₸ (двести пятьдесят тысяч тенге)."]);
    assert_holds("consumer.claim", &o, Lang::Kk, &["250_000_₸ (екі жүз елу мың теңге) сомаға сатып алдым"]);
}

#[test]
fn the_wages_claim_states_the_pay_and_the_debt_in_words() {
    let o = [("monthly_salary", tenge(160_000)), ("claim_amount", tenge(480_000))];
    assert_holds(
        "labor.wages.claim",
        &o,
        Lang::Ru,
        &["составляет 160_000_₸ (сто шестьдесят тысяч тенге) в месяц.", "в сумме 480_000_₸ (четыреста восемьдесят тысяч тенге)."],
    );
    assert_holds("labor.wages.claim", &o, Lang::Kk, &["480_000_₸ (төрт жүз сексен мың теңге) сомасында өндіріп алуды"]);
}

#[test]
fn the_reinstatement_claim_states_the_pay_in_words() {
    let o = [("monthly_salary", tenge(350_000))];
    assert_holds("labor.reinstatement.claim", &o, Lang::Ru, &["составляла 350_000_₸ (триста пятьдесят тысяч тенге) в месяц."]);
    assert_holds("labor.reinstatement.claim", &o, Lang::Kk, &["айына 350_000_₸ (үш жүз елу мың теңге) болды."]);
}

#[test]
fn the_divorce_claim_states_the_property_s_value_in_words() {
    let o = [("property_claim", Answer::Bool(true)), ("property_value", tenge(12_000_000))];
    assert_holds("divorce.claim", &o, Lang::Ru, &["около 12_000_000_₸ (двенадцать миллионов тенге)."]);
    assert_holds("divorce.claim", &o, Lang::Kk, &["шамамен 12_000_000_₸ (он екі миллион теңге) құрайды."]);
}

#[test]
fn the_objection_to_a_court_order_states_the_sum_in_words() {
    let o = [("debt_amount", tenge(1_000_000))];
    assert_holds("court.order.objection", &o, Lang::Ru, &["Сумма взыскания: 1_000_000_₸ (один миллион тенге)."]);
    assert_holds("court.order.objection", &o, Lang::Kk, &["Өндіріп алынатын сома: 1_000_000_₸ (бір миллион теңге)."]);
}

#[test]
fn the_fine_complaint_states_the_fine_in_words() {
    // 5 МРП of 2026 (4 325 ₸) is 21 625 ₸; the reader types the sum from the decision.
    let o = [("fine_kind", Answer::Choice("decision".into())), ("fine_amount", tenge(21_625))];
    assert_holds("admin.fine.complaint", &o, Lang::Ru, &["штраф в размере 21_625_₸ (двадцать одна тысяча шестьсот двадцать пять тенге)"]);
    assert_holds("admin.fine.complaint", &o, Lang::Kk, &["маған 21_625_₸ (жиырма бір мың алты жүз жиырма бес теңге) мөлшерінде айыппұл салынды"]);
}
