//! The claim to change the amount of alimony or to be released from paying it
//! (content/questionnaires/alimony.change.claim.toml): КоБС art. 175 п. 1 (rus/62568.md @f5ac2643, kaz/62568.md
//! @b5d07793), ГПК art. 240 ч. 7 and the claim price of art. 104 ч. 1 пп. 8–9 (rus/95109.md @2dfa9d98): the change
//! in payments over one year, or the remaining payments for one year at most. Worked by hand below.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// The generic path: the payer asks to reduce alimony a court set, after a change of income. The defaults give
/// falling sums: 200 000 ₸ paid now, 190 000 ₸ asked.
fn change() -> Answers {
    let q = content::questionnaire("alimony.change.claim", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("decision_court".into(), Answer::Text("Специализированного межрайонного суда по делам несовершеннолетних г. Алматы".into()));
    answers.insert("current_terms".into(), Answer::Text("1/4 части заработка и (или) иного дохода".into()));
    answers.insert("asked_terms".into(), Answer::Text("1/6 части заработка и (или) иного дохода".into()));
    // No court named: the court calculator names it from the place.
    answers.remove("court_name");
    answers.insert("court_place".into(), Answer::Text("г. Алматы".into()));
    answers
}

#[test]
fn a_reduction_is_priced_at_one_year_of_the_difference_and_left_undated() {
    let Outcome { text, steps, exit, visible, .. } = outcome("alimony.change.claim", change(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    // 200 000 − 190 000 = 10 000 ₸ a month; × 12 = 120 000 ₸ (ГПК ст. 104 ч. 1 п. 8).
    assert_eq!(visible.get("monthly_change"), Some(&Answer::Money(1_000_000)));
    assert_eq!(visible.get("claim_amount"), Some(&Answer::Money(12_000_000)));
    for part in [
        "Цена иска: 120\u{a0}000\u{a0}₸ — сумма, на которую изменяются платежи за один год: 10\u{a0}000\u{a0}₸ в месяц × 12 (подп. 8 ч. 1 ст. 104 ГПК РК)",
        "ИСКОВОЕ ЗАЯВЛЕНИЕ об уменьшении размера алиментов",
        "с меня в пользу ответчика",
        "п. 1 ст. 175 Кодекса РК «О браке (супружестве) и семье»",
        "ч. 7 ст. 240 ГПК РК",
        "Уменьшить размер алиментов, взыскиваемых с меня в пользу ответчика",
        "установить их в размере 1/6 части заработка и (или) иного дохода ежемесячно",
        "специализированный межрайонный суд по делам несовершеннолетних",
        "«___» ____________ 20___ г.",
    ] {
        assert!(text.to_lowercase().contains(&part.to_lowercase()), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("07.12.2026") && !text.contains('{'), "{text}");
    // 1 % of 120 000 ₸ = 1 200 ₸ (the 2026 rate for a citizen's money claim).
    assert!(steps.contains("Госпошлина: 1\u{a0}200\u{a0}₸"), "{steps}");
}

#[test]
fn a_release_is_priced_at_one_year_of_the_payments_and_an_increase_at_the_difference() {
    let release = with(change(), "demand", Answer::Choice("release".into()));
    let Outcome { text, steps, exit, .. } = outcome("alimony.change.claim", release, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    // 200 000 ₸ × 12 = 2 400 000 ₸ (ст. 104 ч. 1 п. 9).
    assert!(text.contains("Цена иска: 2\u{a0}400\u{a0}000\u{a0}₸ — оставшиеся платежи не более чем за один год"), "{text}");
    assert!(text.contains("Освободить меня от уплаты алиментов") && !text.contains("установить их в размере"), "{text}");
    assert!(steps.contains("подп. 9 ч. 1 ст. 104 ГПК"), "{steps}");

    let increase = with(change(), "role", Answer::Choice("recipient".into()));
    let increase = with(increase, "demand", Answer::Choice("increase".into()));
    let increase = with(increase, "current_monthly", Answer::Money(5_000_000));
    let increase = with(increase, "asked_monthly", Answer::Money(8_000_000));
    let Outcome { text, exit, visible, .. } = outcome("alimony.change.claim", increase, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    // 80 000 − 50 000 = 30 000 ₸ a month; × 12 = 360 000 ₸.
    assert_eq!(visible.get("claim_amount"), Some(&Answer::Money(36_000_000)));
    assert!(text.contains("Увеличить размер алиментов, взыскиваемых с ответчика в мою пользу"), "{text}");
    assert!(text.contains("с ответчика (") && text.contains("в мою пользу взысканы алименты"), "{text}");
}

#[test]
fn an_agreement_or_no_change_leads_elsewhere() {
    let agreement = with(change(), "basis", Answer::Choice("agreement".into()));
    assert_eq!(outcome("alimony.change.claim", agreement, Lang::Ru, TODAY).exit, Some("agreement"));
    let nothing = with(change(), "change_kind", Answer::Choice("nothing".into()));
    assert_eq!(outcome("alimony.change.claim", nothing, Lang::Ru, TODAY).exit, Some("nothing_changed"));
}

#[test]
fn the_kazakh_claim_is_complete_and_undated() {
    let Outcome { text, exit, .. } = outcome("alimony.change.claim", change(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in ["АЛИМЕНТ МӨЛШЕРІН АЗАЙТУ ТУРАЛЫ ТАЛАП ҚОЮ", "120\u{a0}000\u{a0}₸", "175-бабының 1-тармағына", "СОТТАН СҰРАЙМЫН", "«___» ____________ 20___ ж."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
}
