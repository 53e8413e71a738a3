//! The loan receipt (content/questionnaires/civil.loan.receipt.toml): the sum in figures and in words, the
//! borrower's gender form, the date agreed or, with none, a reference to ГК art. 722 п. 1 in the document and the
//! period ({{deadline.loan_demand}}, 30 days) only in the next steps; an interest-free loan states a zero annual
//! effective rate (art. 725-1, with a caution), a loan with interest leaves the form. ГК ch. 36 read in rus/3559.md
//! @00a657ed and @3271cd76 and kaz/3559.md @0025c466. Worked examples written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// A woman (ИИН 850505400127, 7th digit 4) borrows 2 500 001,50 ₸ in cash with no date and no interest.
fn receipt() -> Answers {
    let q = content::questionnaire("civil.loan.receipt", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("loan_amount".into(), Answer::Money(250_000_150));
    answers.insert("borrower_name".into(), Answer::Text("Сейткали Айгерим".into()));
    answers.insert("borrower_iin".into(), Answer::Text("850505400127".into()));
    answers.insert("lender_name".into(), Answer::Text("Ахметов Ерлан".into()));
    answers
}

#[test]
fn a_loan_without_a_date_states_the_sum_in_words_refers_to_article_722_and_warns_in_the_next_steps() {
    let Outcome { text, steps, exit, next, .. } = outcome("civil.loan.receipt", receipt(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "РАСПИСКА в получении суммы займа",
        "Я, Сейткали Айгерим (ИИН: 850505400127;",
        "получила в долг от займодателя Ахметов Ерлан",
        "наличными деньги в сумме 2\u{a0}500\u{a0}001,50\u{a0}₸ (два миллиона пятьсот тысяч один тенге 50 тиынов).",
        "Срок возврата займа не установлен: сумма займа возвращается по требованию займодателя в срок, установленный пунктом 1 статьи 722",
        "Заём беспроцентный: вознаграждение за пользование займом не выплачивается, годовая эффективная ставка вознаграждения — 0 %.",
        "«___» ____________ 20___ г.  Заёмщик: ________ / Сейткали Айгерим",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains(" 30 ") && !text.contains("тридцат"), "the period is not typed into the document:\n{text}");
    assert!(steps.contains("Внимание: в расписке нет срока возврата") && steps.replace('\u{a0}', " ").contains("в течение 30 дней"), "{steps}");
    assert!(next.steps.iter().any(|s| s.id == "no_term") && !next.steps.iter().any(|s| s.id == "term"));
    let rate = next.steps.iter().find(|s| s.id == "rate").expect("the rate step");
    assert!(rate.caution, "the zero rate for an interest-free loan is an inference: the step must carry a caution");

    let kk = outcome("civil.loan.receipt", receipt(), Lang::Kk, TODAY);
    assert!(kk.text.contains("2\u{a0}500\u{a0}001,50\u{a0}₸ (екі миллион бес жүз мың бір теңге 50 тиын) сомасындағы ақшаны қолма-қол қарызға алдым."), "{}", kk.text);
    assert!(kk.text.contains("722-бабының 1-тармағында") && kk.steps.replace('\u{a0}', " ").contains("30 күн ішінде"), "{}\n{}", kk.text, kk.steps);
}

#[test]
fn a_date_is_written_in_and_a_date_not_after_today_is_refused() {
    let answers = with(receipt(), "term_set", Answer::Bool(true));
    let answers = with(answers, "due_date", Answer::Date(Date::new(2027, 6, 1)));
    let answers = with(answers, "transfer_method", Answer::Choice("bank".into()));
    let answers = with(answers, "borrower_iin", Answer::Text("900101300126".into()));
    let Outcome { text, steps, .. } = outcome("civil.loan.receipt", answers.clone(), Lang::Ru, TODAY);
    for part in ["получил в долг", "путём перечисления на мой банковский счёт", "Обязуюсь вернуть сумму займа займодателю не позднее 01.06.2027."] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("722"), "{text}");
    assert!(steps.contains("до 01.06.2027") && !steps.contains("Внимание"), "{steps}");
    let kk = outcome("civil.loan.receipt", answers.clone(), Lang::Kk, TODAY).text;
    assert!(kk.contains("01.06.2027 кешіктірмей") && kk.contains("банк шотыма аудару арқылы"), "{kk}");

    let q = content::questionnaire("civil.loan.receipt", Lang::Ru).expect("compiled");
    let broken = |answers: Answers| Interview::new(q, answers).on(TODAY).broken_rules().iter().map(|r| r.id).collect::<Vec<_>>();
    assert!(broken(answers.clone()).is_empty());
    assert_eq!(broken(with(answers, "due_date", Answer::Date(TODAY))), ["due_date_after_today"]);
}

#[test]
fn things_a_company_and_interest_lead_to_the_guides() {
    let things = with(receipt(), "subject", Answer::Choice("things".into()));
    assert_eq!(outcome("civil.loan.receipt", things, Lang::Ru, TODAY).exit, Some("things"));
    let company = with(receipt(), "parties", Answer::Choice("company".into()));
    assert_eq!(outcome("civil.loan.receipt", company, Lang::Ru, TODAY).exit, Some("company"));
    let interest = with(receipt(), "interest_agreed", Answer::Bool(true));
    assert_eq!(outcome("civil.loan.receipt", interest, Lang::Ru, TODAY).exit, Some("interest"));
}
