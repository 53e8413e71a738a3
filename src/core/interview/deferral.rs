//! The debtor's application to defer enforcement or pay in instalments
//! (content/questionnaires/court.enforcement.deferral.toml): the sum left and the monthly payment are computed,
//! the basis follows the stage (ГПК art. 246 during enforcement, art. 238 before it; read in rus/95109.md
//! @2dfa9d98), and the rules of art. 238 ч. 4 and a deferral date in the past are refused.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// A debtor who owes 600 000 ₸ under a decision, has paid 120 000 ₸ and asks for instalments over 12 months.
fn instalments() -> Answers {
    let q = content::questionnaire("court.enforcement.deferral", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("awarded_amount".into(), Answer::Money(60_000_000));
    answers.insert("paid_amount".into(), Answer::Money(12_000_000));
    answers.insert("instalment_months".into(), Answer::Number(12.0));
    answers
}

#[test]
fn instalments_during_enforcement_state_what_is_left_and_the_monthly_payment_under_article_246() {
    for lang in [Lang::Kk, Lang::Ru] {
        let Outcome { text, visible, exit, .. } = outcome("court.enforcement.deferral", instalments(), lang, TODAY);
        assert_eq!(exit, None, "{lang:?}");
        assert_eq!(visible.get("remaining"), Some(&Answer::Money(48_000_000)), "{lang:?}");
        assert_eq!(visible.get("instalment_monthly"), Some(&Answer::Money(4_000_000)), "{lang:?}");
        assert!(text.contains("480\u{a0}000\u{a0}₸") && text.contains("40\u{a0}000\u{a0}₸"), "{lang:?}: {text}");
        // The sum awarded, what is left and the monthly payment, in figures and in words.
        let words = match lang {
            Lang::Kk => ["600\u{a0}000\u{a0}₸ (алты жүз мың теңге)", "480\u{a0}000\u{a0}₸ (төрт жүз сексен мың теңге)", "40\u{a0}000\u{a0}₸ (қырық мың теңге)"],
            _ => ["600\u{a0}000\u{a0}₸ (шестьсот тысяч тенге)", "480\u{a0}000\u{a0}₸ (четыреста восемьдесят тысяч тенге)", "40\u{a0}000\u{a0}₸ (сорок тысяч тенге)"],
        };
        for part in words {
            assert!(text.contains(part), "{lang:?}: `{part}` missing from\n{text}");
        }
        assert!(text.contains("246") && !text.contains("238"), "{lang:?}: the basis during enforcement is art. 246:\n{text}");
    }
}

#[test]
fn a_deferral_before_enforcement_cites_article_238_and_refuses_a_past_date_and_a_mortgage_foreclosure() {
    let q = content::questionnaire("court.enforcement.deferral", Lang::Ru).expect("compiled");
    let mut answers = instalments();
    answers.insert("stage".into(), Answer::Choice("before".into()));
    answers.insert("mortgage".into(), Answer::Bool(false));
    answers.insert("request_kind".into(), Answer::Choice("deferral".into()));
    answers.insert("deferral_until".into(), Answer::Date(Date::new(2027, 6, 30)));
    let Outcome { text, steps, .. } = outcome("court.enforcement.deferral", answers.clone(), Lang::Ru, TODAY);
    assert!(text.contains("Отсрочить исполнение решения") && text.contains("до 30.06.2027"), "{text}");
    assert!(text.contains("ч. 1 ст. 238 ГПК РК") && !text.contains("ст. 246"), "{text}");
    assert!(steps.contains("ч. 1 ст. 238 ГПК"), "{steps}");
    let broken = |answers: Answers| Interview::new(q, answers).on(TODAY).broken_rules().iter().map(|r| r.id).collect::<Vec<_>>();
    assert!(broken(answers.clone()).is_empty());
    let mut past = answers.clone();
    past.insert("deferral_until".into(), Answer::Date(Date::new(2026, 12, 1)));
    assert_eq!(broken(past), ["deferral_in_the_future"]);
    let mut mortgage = answers;
    mortgage.insert("mortgage".into(), Answer::Bool(true));
    assert_eq!(broken(mortgage), ["no_deferral_of_mortgage_foreclosure"]);
}

#[test]
fn a_court_order_not_yet_enforced_and_a_non_money_act_lead_elsewhere() {
    let mut order = instalments();
    order.insert("act_kind".into(), Answer::Choice("court_order".into()));
    order.insert("stage".into(), Answer::Choice("before".into()));
    assert_eq!(outcome("court.enforcement.deferral", order, Lang::Ru, TODAY).exit, Some("order_not_enforced"));
    let mut other = instalments();
    other.insert("not_money".into(), Answer::Bool(true));
    assert_eq!(outcome("court.enforcement.deferral", other, Lang::Ru, TODAY).exit, Some("not_money"));
}
