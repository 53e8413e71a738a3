//! The demand to repay a loan (content/questionnaires/debt.loan.demand.toml): the debt is computed (lent − repaid)
//! and written in figures and words; with no date agreed, the last day to repay is {{deadline.loan_demand}} (30 days,
//! ГК art. 722 п. 1, rus/3559.md @00a657ed) from the day the borrower receives the demand, counted as the ГПК counts
//! (an inferred rule, so the step stating it carries a caution); with a date agreed and passed, the demand asks for
//! the debt at once; a date not yet come leaves the form. Dates worked out by hand on the 2026 calendar.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7); // a Monday

/// A man (ИИН 900101300126) lent 500 000 ₸ with no date agreed; the borrower receives the demand on `received`.
fn demand(received: Date) -> Answers {
    let q = content::questionnaire("debt.loan.demand", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("loan_date".into(), Answer::Date(Date::new(2026, 3, 10)));
    answers.insert("loan_amount".into(), Answer::Money(50_000_000));
    answers.remove("amount_repaid");
    answers.insert("demand_date".into(), Answer::Date(received));
    answers.insert("lender_name".into(), Answer::Text("Ахметов Ерлан".into()));
    answers.insert("borrower_name".into(), Answer::Text("Сейткали Нурлан".into()));
    answers
}

#[test]
fn with_no_date_agreed_the_last_day_is_thirty_days_after_the_demand_is_received() {
    // Received Tuesday 01.12.2026: counting from 02.12, the 30th day is Thursday 31.12.2026, a working day.
    let Outcome { text, steps, visible, exit, next, .. } = outcome("debt.loan.demand", demand(Date::new(2026, 12, 1)), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert_eq!(visible.get("repay_by"), Some(&Answer::Date(Date::new(2026, 12, 31))));
    assert_eq!(visible.get("debt_amount"), Some(&Answer::Money(50_000_000)));
    for part in [
        "Заёмщику: Сейткали Нурлан",
        "ТРЕБОВАНИЕ о возврате суммы займа",
        "10.03.2026 я передал Вам в долг деньги в сумме 500\u{a0}000\u{a0}₸ (пятьсот тысяч тенге).",
        "Получение займа подтверждается Вашей распиской.",
        "Срок возврата займа не установлен.",
        "Сумма долга составляет 500\u{a0}000\u{a0}₸ (пятьсот тысяч тенге).",
        "Требую вернуть мне долг в сумме 500\u{a0}000\u{a0}₸ не позднее 31.12.2026 (п. 1 ст. 722 ГК РК).",
        "Экземпляр требования получен: «___» ____________ 20___ г.  ________ / Сейткали Нурлан",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("тридцат") && !text.contains("07.12.2026"), "no typed period, no date of writing:\n{text}");
    assert!(steps.contains("Последний день возврата — 31.12.2026") && steps.contains("01.12.2026"), "{steps}");
    let last = next.steps.iter().find(|s| s.id == "last_day").expect("the last-day step");
    assert!(last.caution, "the ГК's own counting rules were not read: the step must carry a caution");

    let kk = outcome("debt.loan.demand", demand(Date::new(2026, 12, 1)), Lang::Kk, TODAY).text;
    assert!(kk.contains("500\u{a0}000\u{a0}₸ (бес жүз мың теңге) сомасында ақшаны қарызға бердім"), "{kk}");
    assert!(kk.contains("31.12.2026 кешіктірмей қайтаруды талап етемін"), "{kk}");
}

#[test]
fn a_last_day_on_a_saturday_moves_to_the_monday() {
    // Received Thursday 05.11.2026: the 30th day is Saturday 05.12.2026, so the last day is Monday 07.12.2026.
    let Outcome { visible, .. } = outcome("debt.loan.demand", demand(Date::new(2026, 11, 5)), Lang::Ru, TODAY);
    assert_eq!(visible.get("repay_by"), Some(&Answer::Date(Date::new(2026, 12, 7))));
}

#[test]
fn what_was_repaid_is_taken_off_and_the_rest_is_written_in_words() {
    // 500 000 − 120 000 = 380 000 ₸.
    let answers = with(demand(Date::new(2026, 12, 1)), "amount_repaid", Answer::Money(12_000_000));
    let Outcome { text, visible, .. } = outcome("debt.loan.demand", answers.clone(), Lang::Ru, TODAY);
    assert_eq!(visible.get("debt_amount"), Some(&Answer::Money(38_000_000)));
    assert!(text.contains("Вы вернули часть долга в сумме 120\u{a0}000\u{a0}₸. Невозвращённый долг составляет 380\u{a0}000\u{a0}₸ (триста восемьдесят тысяч тенге)."), "{text}");
    let kk = outcome("debt.loan.demand", answers.clone(), Lang::Kk, TODAY).text;
    assert!(kk.contains("380\u{a0}000\u{a0}₸ (үш жүз сексен мың теңге)"), "{kk}");
    let q = content::questionnaire("debt.loan.demand", Lang::Ru).expect("compiled");
    let broken = |answers: Answers| Interview::new(q, answers).on(TODAY).broken_rules().iter().map(|r| r.id).collect::<Vec<_>>();
    assert!(broken(answers.clone()).is_empty());
    assert_eq!(broken(with(answers, "amount_repaid", Answer::Money(50_000_000))), ["repaid_less_than_lent"]);
}

#[test]
fn a_date_agreed_and_passed_asks_for_the_debt_at_once_and_a_date_to_come_leaves_the_form() {
    let agreed = |due: Date| with(with(demand(Date::new(2026, 12, 1)), "due_agreed", Answer::Bool(true)), "due_date", Answer::Date(due));
    let Outcome { text, steps, visible, exit, .. } = outcome("debt.loan.demand", agreed(Date::new(2026, 10, 1)), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert_eq!(visible.get("repay_by"), None, "no demand date is asked when a date was agreed");
    assert!(text.contains("Срок возврата займа — 01.10.2026 — истёк") && text.contains("Требую незамедлительно вернуть мне долг в сумме 500\u{a0}000\u{a0}₸."), "{text}");
    assert!(!text.contains("722") && !steps.contains("Последний день возврата"), "{text}\n{steps}");
    assert_eq!(outcome("debt.loan.demand", agreed(TODAY), Lang::Ru, TODAY).exit, Some("not_due"));
    assert_eq!(outcome("debt.loan.demand", agreed(Date::new(2027, 1, 10)), Lang::Ru, TODAY).exit, Some("not_due"));
}

#[test]
fn a_company_a_borrower_and_a_bank_debt_lead_elsewhere() {
    for (role, exit) in [("business", "business"), ("borrower", "borrower"), ("bank", "bank")] {
        let answers = with(demand(Date::new(2026, 12, 1)), "role", Answer::Choice(role.into()));
        assert_eq!(outcome("debt.loan.demand", answers, Lang::Ru, TODAY).exit, Some(exit));
    }
}
