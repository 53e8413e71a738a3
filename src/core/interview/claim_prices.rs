//! Claim prices as the documents state them, against worked examples written out by hand: each kind
//! of claim follows ГПК art. 104 ч. 1 (read in quyse/kz-laws `rus/95109.md @2dfa9d98`, art. 104 as amended
//! 27.02.2017; п. 1 money claims: the sum claimed; п. 5 alimony: one year of payments), and a
//! price is computed from the answers, never asked for.

use super::answers::{Answer, Answers};
use super::computed::tests::{alimony_answers, default_answers, outcome};
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// The document's text, one block a line, for `answers` of questionnaire `id`.
fn document(id: &str, answers: Answers, lang: Lang) -> String {
    let out = outcome(id, answers, lang, TODAY);
    assert!(out.exit.is_none(), "{id}: an exit applies");
    out.text
}

fn nbsp(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

#[test]
fn an_alimony_claim_is_priced_at_one_year_of_payments() {
    // Income 300 000 ₸ a month, two children: a third (КоБС art. 139), 100 000 ₸ a month;
    // a year of payments is 12 × 100 000 = 1 200 000 ₸ (ГПК art. 104 ч. 1 п. 5).
    let ru = document("alimony.claim", alimony_answers(), Lang::Ru);
    let price = ru.lines().find(|l| l.starts_with("Цена иска")).expect("the claim states its price");
    assert!(price.starts_with(&format!("Цена иска: {}", nbsp("1 200 000 ₸"))), "{price}");
    assert!(price.contains(&nbsp("100 000 ₸")) && price.contains("× 12") && price.contains("ст. 104"), "{price}");
    assert!(!price.contains("в месяц (ориентировочно)") && !ru.contains("Цена иска: 100"), "no monthly price:\n{ru}");
    let kk = document("alimony.claim", alimony_answers(), Lang::Kk);
    assert!(kk.contains(&format!("Талап қоюдың бағасы: {}", nbsp("1 200 000 ₸"))), "{kk}");
}

#[test]
fn a_fixed_sum_alimony_claim_is_priced_at_one_year_of_the_fixed_sum() {
    // Irregular income, 2 МРП a month: in 2026 one МРП is 4 325 ₸, so 8 650 ₸ a month and
    // 12 × 8 650 = 103 800 ₸ a year.
    let mut answers = alimony_answers();
    answers.insert("income_kind".into(), Answer::Choice("irregular".into()));
    answers.remove("income_monthly");
    answers.insert("fixed_sum_mrp".into(), Answer::Number(2.0));
    let ru = document("alimony.claim", answers, Lang::Ru);
    assert!(ru.contains(&format!("Цена иска: {}", nbsp("103 800 ₸"))), "{ru}");
    assert!(ru.contains(&nbsp("8 650 ₸")), "{ru}");
}

fn loan(lent_tenge: i64, repaid_tenge: Option<i64>) -> Answers {
    let q = content::questionnaire("debt.loan.claim", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("role".into(), Answer::Choice("lender".into()));
    answers.insert("loan_amount".into(), Answer::Money(lent_tenge * 100));
    match repaid_tenge {
        Some(r) => answers.insert("amount_repaid".into(), Answer::Money(r * 100)),
        None => answers.remove("amount_repaid"),
    };
    answers
}

#[test]
fn a_loan_claim_is_priced_at_what_was_lent_less_what_was_repaid() {
    // Lent 500 000 ₸, repaid 100 000 ₸: the debt and the price are 400 000 ₸ (ГПК art. 104 ч. 1 п. 1:
    // the sum recovered).
    let ru = document("debt.loan.claim", loan(500_000, Some(100_000)), Lang::Ru);
    assert!(ru.contains(&format!("Цена иска: {}", nbsp("400 000 ₸"))), "{ru}");
    let calculation = ru.lines().find(|l| l.starts_with("Расчёт цены иска")).expect("the calculation is printed");
    for part in ["500 000 ₸", "100 000 ₸", "400 000 ₸"] {
        assert!(calculation.contains(&nbsp(part)), "{part} missing from {calculation}");
    }
    // Nothing repaid: the price is the whole loan.
    let whole = document("debt.loan.claim", loan(150_000, None), Lang::Ru);
    assert!(whole.contains(&format!("Цена иска: {}", nbsp("150 000 ₸"))), "{whole}");
    let kk = document("debt.loan.claim", loan(500_000, Some(100_000)), Lang::Kk);
    assert!(kk.contains(&format!("Талап қоюдың бағасы: {}", nbsp("400 000 ₸"))), "{kk}");
}

#[test]
fn a_loan_repaid_in_full_or_more_is_refused_with_a_message_at_the_repaid_amount() {
    let q = content::questionnaire("debt.loan.claim", Lang::Ru).expect("compiled");
    for repaid in [150_000, 200_000] {
        let interview = Interview::new(q, loan(150_000, Some(repaid)));
        let broken = interview.broken_rules();
        assert_eq!(broken.iter().map(|r| r.field).collect::<Vec<_>>(), ["amount_repaid"], "repaid {repaid}");
        assert!(broken[0].message.get(Lang::Ru).contains("взыскивать нечего"));
        assert!(!broken[0].message.get(Lang::Kk).is_empty());
        assert!(!interview.is_complete(), "repaid {repaid}: the form cannot be finished");
    }
    assert!(Interview::new(q, loan(150_000, Some(149_999))).broken_rules().is_empty());
}

#[test]
fn no_questionnaire_asks_for_a_claim_price_its_answers_give() {
    // The loan claim once asked "what amount do you claim?" after asking what was lent and repaid.
    let q = content::questionnaire("debt.loan.claim", Lang::Ru).expect("compiled");
    let asked: Vec<&str> = q.pages.iter().flat_map(|p| p.questions).map(|x| x.id).collect();
    assert!(!asked.contains(&q.document.claim_price), "the price `{}` is asked", q.document.claim_price);
    assert!(q.values.iter().any(|v| v.id == q.document.claim_price && v.kind == super::model::ValueKind::Money));
}

/// `id`'s default answers (see `default_answers`) with `overrides`.
fn answers_for(id: &str, overrides: &[(&str, Answer)]) -> Answers {
    let q = content::questionnaire(id, Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    for (key, value) in overrides {
        answers.insert((*key).to_string(), value.clone());
    }
    answers
}

#[test]
fn money_claims_are_priced_at_the_sum_claimed_and_a_property_division_at_the_property_s_value() {
    // ГПК art. 104 ч. 1 п. 1: a claim to recover money is priced at the sum claimed — 480 000 ₸ of unpaid
    // wages, 250 000 ₸ back for a faulty item.
    let wages = document("labor.wages.claim", answers_for("labor.wages.claim", &[("claim_amount", Answer::Money(48_000_000))]), Lang::Ru);
    assert!(wages.contains(&format!("Цена иска: {}", nbsp("480 000 ₸"))), "{wages}");
    let consumer = answers_for(
        "consumer.claim",
        &[("claim_stage", Answer::Choice("ignored".into())), ("claim_amount", Answer::Money(25_000_000))],
    );
    let consumer = document("consumer.claim", consumer, Lang::Ru);
    assert!(consumer.contains(&format!("Цена иска: {}", nbsp("250 000 ₸"))), "{consumer}");
    // П. 4: dividing common property is priced at the property's market value, 12 000 000 ₸; a divorce
    // without a property demand states no price.
    let divorce = answers_for("divorce.claim", &[("property_claim", Answer::Bool(true)), ("property_value", Answer::Money(1_200_000_000))]);
    let divorce = document("divorce.claim", divorce, Lang::Ru);
    assert!(divorce.contains(&format!("Цена иска (по требованию о разделе имущества): {}", nbsp("12 000 000 ₸"))), "{divorce}");
    let plain = document("divorce.claim", answers_for("divorce.claim", &[("property_claim", Answer::Bool(false))]), Lang::Ru);
    assert!(!plain.contains("Цена иска"), "{plain}");
}
