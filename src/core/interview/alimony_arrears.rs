//! The claim for alimony arrears and the penalty (content/questionnaires/alimony.arrears.claim.toml): КоБС art. 171
//! п. 1 (rus/62568.md @f5ac2643, kaz/62568.md @b5d07793), 0,1 % of the unpaid sum a day, counted by
//! `calc::alimony_penalty` and shown line by line; the claim price is the total claimed (ГПК art. 104 ч. 1 пп. 1, 14)
//! and the fee comes from the fee calculator. The examples are worked by hand here, not by the calculator's formula.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

fn debt(due: Date, tiyn: i64, paid_on: Option<Date>) -> Answers {
    let mut item = Answers::from([("due".into(), Answer::Date(due)), ("amount".into(), Answer::Money(tiyn))]);
    if let Some(d) = paid_on {
        item.insert("paid_on".into(), Answer::Date(d));
    }
    item
}

/// The generic path, with two debts counted to 30.11.2026:
/// - 60 000 ₸ due 05.09.2026, paid 05.10.2026: 25 days of September (6–30) + 5 of October = 30 days;
///   60 ₸ a day × 30 = 1 800 ₸;
/// - 60 000 ₸ due 05.10.2026, still unpaid: 26 (October 6–31) + 30 (November) = 56 days; 60 × 56 = 3 360 ₸.
///
/// Penalty 1 800 + 3 360 = 5 160 ₸; unpaid 60 000 ₸.
fn arrears() -> Answers {
    let q = content::questionnaire("alimony.arrears.claim", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("count_to".into(), Answer::Date(Date::new(2026, 11, 30)));
    answers.insert(
        "debts".into(),
        Answer::Group(vec![
            debt(Date::new(2026, 9, 5), 6_000_000, Some(Date::new(2026, 10, 5))),
            debt(Date::new(2026, 10, 5), 6_000_000, None),
        ]),
    );
    answers.remove("court_name");
    answers.insert("court_place".into(), Answer::Text("г. Алматы".into()));
    answers
}

#[test]
fn the_penalty_is_shown_step_by_step_and_priced_with_its_fee() {
    let Outcome { text, steps, exit, next, .. } = outcome("alimony.arrears.claim", arrears(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "Цена иска: 5\u{a0}160\u{a0}₸",
        "ИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании неустойки за несвоевременную уплату алиментов",
        "Расчёт неустойки (0,1\u{a0}% от неуплаченной суммы за каждый день просрочки",
        "— 60\u{a0}000\u{a0}₸ × 0,1\u{a0}% × 30 дн. (06.09.2026 – 05.10.2026) = 1\u{a0}800\u{a0}₸",
        "— 60\u{a0}000\u{a0}₸ × 0,1\u{a0}% × 56 дн. (06.10.2026 – 30.11.2026) = 3\u{a0}360\u{a0}₸",
        "Итого неустойка: 5\u{a0}160\u{a0}₸. Не уплачено алиментов на 30.11.2026: 60\u{a0}000\u{a0}₸.",
        "неустойку за несвоевременную уплату алиментов, рассчитанную по 30.11.2026, в размере 5\u{a0}160\u{a0}₸",
        "п. 1 ст. 171 Кодекса РК «О браке (супружестве) и семье»",
        "«___» ____________ 20___ г.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("задолженность по алиментам в размере") && !text.contains("убытки"), "{text}");
    assert!(!text.contains("07.12.2026") && !text.contains('{'), "{text}");
    // 1 % of 5 160 ₸ = 51,60 ₸.
    assert!(steps.contains("Госпошлина: 51,60\u{a0}₸"), "{steps}");
    let count = next.steps.iter().find(|s| s.id == "check_count").expect("the step on the count");
    assert!(count.caution, "the day count is our reading (I)");
}

#[test]
fn arrears_and_losses_are_added_to_the_price() {
    // 5 160 ₸ penalty + 60 000 ₸ unpaid + 10 000 ₸ losses = 75 160 ₸; fee 1 % = 751,60 ₸.
    let answers = with(arrears(), "claim_arrears", Answer::Bool(true));
    let answers = with(answers, "has_losses", Answer::Bool(true));
    let answers = with(answers, "losses_amount", Answer::Money(1_000_000));
    let answers = with(answers, "losses_text", Answer::Text("пеня банка за просрочку кредита".into()));
    let Outcome { text, steps, exit, .. } = outcome("alimony.arrears.claim", answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("Цена иска: 75\u{a0}160\u{a0}₸"), "{text}");
    assert!(text.contains("ИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании задолженности по алиментам и неустойки"), "{text}");
    assert!(text.contains("задолженность по алиментам в размере 60\u{a0}000\u{a0}₸"), "{text}");
    assert!(text.contains("в части, не покрытой неустойкой, в размере 10\u{a0}000\u{a0}₸ (десять тысяч тенге)."), "{text}");
    assert!(steps.contains("Госпошлина: 751,60\u{a0}₸"), "{steps}");
}

#[test]
fn without_a_decision_or_agreement_the_alimony_claim_comes_first() {
    let none = with(arrears(), "basis", Answer::Choice("none".into()));
    assert_eq!(outcome("alimony.arrears.claim", none, Lang::Ru, TODAY).exit, Some("no_alimony"));
    let excuse = with(arrears(), "payer_excuse", Answer::Bool(true));
    let out = outcome("alimony.arrears.claim", excuse, Lang::Ru, TODAY);
    assert!(out.next.steps.iter().any(|s| s.id == "excuse"), "{}", out.steps);
}

#[test]
fn the_kazakh_claim_counts_the_same_and_is_undated() {
    let Outcome { text, exit, .. } = outcome("alimony.arrears.claim", arrears(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in [
        "ТҰРАҚСЫЗДЫҚ АЙЫППҰЛЫН ӨНДІРІП АЛУ ТУРАЛЫ ТАЛАП ҚОЮ",
        "60\u{a0}000\u{a0}₸ × 0,1\u{a0}% × 56 күн (06.10.2026 – 30.11.2026) = 3\u{a0}360\u{a0}₸",
        "5\u{a0}160\u{a0}₸",
        "171-бабының 1-тармағына",
        "«___» ____________ 20___ ж.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
}
