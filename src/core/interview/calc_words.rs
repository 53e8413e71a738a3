//! The sums the calculators compute, written in words after their figures as the documents write
//! answers (`{calc.<key>} ({calc.<key>:words})`): the claim prices, the state fee and the alimony
//! penalty, against words written out by hand. A value that cannot be computed has no words either.

use std::collections::BTreeMap;

use super::answers::{Answer, Answers};
use super::computed::computed;
use super::computed::tests::{alimony_answers, default_answers, outcome, with};
use super::document::fill;
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// The line of `id`'s document for `answers` in `lang` that starts with `start` (figures use no-break
/// spaces: write `_` for one).
fn line(id: &str, answers: Answers, lang: Lang, start: &str) -> String {
    let out = outcome(id, answers, lang, TODAY);
    assert!(out.exit.is_none(), "{id}: an exit applies");
    let start = start.replace('_', "\u{a0}");
    out.text.lines().find(|l| l.starts_with(&start)).unwrap_or_else(|| panic!("{id} {lang:?}: no line `{start}` in\n{}", out.text)).to_string()
}

fn nbsp(text: &str) -> String {
    text.replace('_', "\u{a0}")
}

#[test]
fn the_alimony_claim_states_its_yearly_price_in_words() {
    // 300 000 ₸ a month, two children: a third, 100 000 ₸ a month; a year is 12 × 100 000 = 1 200 000 ₸.
    let ru = line("alimony.claim", alimony_answers(), Lang::Ru, "Цена иска");
    assert_eq!(ru, nbsp("Цена иска: 1_200_000_₸ (один миллион двести тысяч тенге) — совокупность платежей за год (100_000_₸ в месяц × 12; подп. 5 ч. 1 ст. 104 ГПК РК), ориентировочно"));
    let kk = line("alimony.claim", alimony_answers(), Lang::Kk, "Талап қоюдың бағасы");
    assert_eq!(kk, nbsp("Талап қоюдың бағасы: 1_200_000_₸ (бір миллион екі жүз мың теңге) — бір жылғы төлемдердің жиынтығы (айына 100_000_₸ × 12; ҚР АПК 104-бабы 1-бөлігінің 5) тармақшасы), шамамен"));
    let en = line("alimony.claim", alimony_answers(), Lang::En, "Value of the claim");
    assert!(en.starts_with(&nbsp("Value of the claim: 1_200_000_₸ (one million two hundred thousand tenge), ")), "{en}");
}

#[test]
fn a_fixed_sum_alimony_claim_states_its_yearly_price_in_words() {
    // 2 МРП a month; one МРП is 4 325 ₸ in 2026: 8 650 ₸ a month, 12 × 8 650 = 103 800 ₸ a year.
    let mut answers = alimony_answers();
    answers.insert("income_kind".into(), Answer::Choice("irregular".into()));
    answers.remove("income_monthly");
    answers.insert("fixed_sum_mrp".into(), Answer::Number(2.0));
    let ru = line("alimony.claim", answers.clone(), Lang::Ru, "Цена иска");
    assert!(ru.starts_with(&nbsp("Цена иска: 103_800_₸ (сто три тысячи восемьсот тенге) — совокупность платежей за год (8_650_₸ в месяц, 2 МРП × 12;")), "{ru}");
    let kk = line("alimony.claim", answers, Lang::Kk, "Талап қоюдың бағасы");
    assert!(kk.starts_with(&nbsp("Талап қоюдың бағасы: 103_800_₸ (жүз үш мың сегіз жүз теңге) — ")), "{kk}");
}

/// The loan claim: 500 000 ₸ lent, 100 000 ₸ repaid, so 400 000 ₸ claimed.
fn loan() -> Answers {
    let q = content::questionnaire("debt.loan.claim", Lang::Ru).expect("compiled");
    let answers = with(default_answers(q), "role", Answer::Choice("lender".into()));
    let answers = with(answers, "loan_amount", Answer::Money(50_000_000));
    with(answers, "amount_repaid", Answer::Money(10_000_000))
}

#[test]
fn the_loan_claim_states_its_fee_in_words() {
    // A money claim pays 1 % of its price: 1 % of 400 000 ₸ is 4 000 ₸.
    let ru = line("debt.loan.claim", loan(), Lang::Ru, "Госпошлина");
    assert!(ru.starts_with(&nbsp("Госпошлина: 4_000_₸ — имущественный иск")), "{ru}");
    assert!(ru.ends_with(") (четыре тысячи тенге)"), "{ru}");
    let kk = line("debt.loan.claim", loan(), Lang::Kk, "Мемлекеттік баж");
    assert!(kk.starts_with(&nbsp("Мемлекеттік баж: 4_000_₸ — мүліктік талап қою")), "{kk}");
    assert!(kk.ends_with(") (төрт мың теңге)"), "{kk}");
}

/// The alimony arrears claim of `alimony_arrears.rs`: 60 000 ₸ due 05.09.2026 paid 05.10.2026 (30 days
/// late, 1 800 ₸) and 60 000 ₸ due 05.10.2026 unpaid to 30.11.2026 (56 days, 3 360 ₸): penalty 5 160 ₸.
fn arrears() -> Answers {
    let q = content::questionnaire("alimony.arrears.claim", Lang::Ru).expect("compiled");
    let debt = |due: Date, paid_on: Option<Date>| {
        let mut item = Answers::from([("due".into(), Answer::Date(due)), ("amount".into(), Answer::Money(6_000_000))]);
        if let Some(d) = paid_on {
            item.insert("paid_on".into(), Answer::Date(d));
        }
        item
    };
    let answers = with(default_answers(q), "count_to", Answer::Date(Date::new(2026, 11, 30)));
    let debts = vec![debt(Date::new(2026, 9, 5), Some(Date::new(2026, 10, 5))), debt(Date::new(2026, 10, 5), None)];
    let mut answers = with(answers, "debts", Answer::Group(debts));
    answers.remove("court_name");
    with(answers, "court_place", Answer::Text("г. Алматы".into()))
}

#[test]
fn the_alimony_penalty_claim_states_its_price_and_demands_in_words() {
    let ru = outcome("alimony.arrears.claim", arrears(), Lang::Ru, TODAY).text;
    for part in [
        "Цена иска: 5_160_₸ (пять тысяч сто шестьдесят тенге) — общая сумма взыскиваемых требований (подп. 1, 14 ч. 1 ст. 104 ГПК РК)",
        "рассчитанную по 30.11.2026, в размере 5_160_₸ (пять тысяч сто шестьдесят тенге).",
    ] {
        assert!(ru.contains(&nbsp(part)), "`{part}` missing from\n{ru}");
    }
    let kk = outcome("alimony.arrears.claim", arrears(), Lang::Kk, TODAY).text;
    for part in ["Талап қоюдың бағасы: 5_160_₸ (бес мың жүз алпыс теңге) — ", "кезеңге 5_160_₸ (бес мың жүз алпыс теңге) мөлшерінде тұрақсыздық айыппұлын"] {
        assert!(kk.contains(&nbsp(part)), "`{part}` missing from\n{kk}");
    }
    // With the unpaid 60 000 ₸ and 10 000 ₸ of losses: 5 160 + 60 000 + 10 000 = 75 160 ₸.
    let answers = with(arrears(), "claim_arrears", Answer::Bool(true));
    let answers = with(answers, "has_losses", Answer::Bool(true));
    let answers = with(answers, "losses_amount", Answer::Money(1_000_000));
    let answers = with(answers, "losses_text", Answer::Text("пеня банка за просрочку кредита".into()));
    let ru = outcome("alimony.arrears.claim", answers.clone(), Lang::Ru, TODAY).text;
    for part in [
        "Цена иска: 75_160_₸ (семьдесят пять тысяч сто шестьдесят тенге) — ",
        "задолженность по алиментам в размере 60_000_₸ (шестьдесят тысяч тенге).",
    ] {
        assert!(ru.contains(&nbsp(part)), "`{part}` missing from\n{ru}");
    }
    let kk = outcome("alimony.arrears.claim", answers, Lang::Kk, TODAY).text;
    for part in ["Талап қоюдың бағасы: 75_160_₸ (жетпіс бес мың жүз алпыс теңге) — ", "пайдама 60_000_₸ (алпыс мың теңге) мөлшерінде алимент бойынша берешекті"] {
        assert!(kk.contains(&nbsp(part)), "`{part}` missing from\n{kk}");
    }
}

#[test]
fn a_fee_with_tiyn_is_written_with_its_tiyn_and_an_exemption_has_no_words() {
    // 1 % of the 5 160 ₸ penalty is 51,60 ₸.
    let q = content::questionnaire("alimony.arrears.claim", Lang::Ru).expect("compiled");
    let visible = Interview::new(q, arrears()).on(TODAY).visible_answers();
    let words = |lang| computed(q, &visible, lang, TODAY).get("fee:words").cloned();
    assert_eq!(words(Lang::Ru).as_deref(), Some("пятьдесят один тенге 60 тиынов"));
    assert_eq!(words(Lang::Kk).as_deref(), Some("елу бір теңге 60 тиын"));
    // An alimony plaintiff is exempt: the fee is a text, with no words.
    let q = content::questionnaire("alimony.claim", Lang::Ru).expect("compiled");
    let values = computed(q, &Interview::new(q, alimony_answers()).visible_answers(), Lang::Ru, TODAY);
    assert!(values["fee"].starts_with("по искам о взыскании алиментов истец освобождён"), "{}", values["fee"]);
    assert_eq!(values.get("fee:words"), None);
}

#[test]
fn a_sum_that_cannot_be_computed_has_no_words_and_fills_as_nothing() {
    // No income given: no monthly payment, no yearly price, and no words for either.
    let q = content::questionnaire("alimony.claim", Lang::Ru).expect("compiled");
    let mut answers = alimony_answers();
    answers.remove("income_monthly");
    let values = computed(q, &answers, Lang::Ru, TODAY);
    for key in ["monthly_amount", "monthly_amount:words", "yearly_amount", "yearly_amount:words"] {
        assert_eq!(values.get(key), None, "{key}");
    }
    // A template reading them has nothing to put there, as for any value not computed.
    use super::model::{Block, BlockKind, Template};
    static BLOCKS: [Block; 1] = [Block {
        kind: BlockKind::Header,
        text: crate::core::content::model::Texts { kk: "", ru: "Цена иска: {calc.yearly_amount} ({calc.yearly_amount:words})", en: "" },
        when: "",
        each: "",
    }];
    static Q: super::model::Questionnaire = super::model::Questionnaire {
        document: Template { computed: &["yearly_amount"], blocks: &BLOCKS, ..Template::empty() },
        ..super::model::Questionnaire::fixture("x", &[])
    };
    // A document with a blank where the price belongs is not handed over: filling names the values.
    let refused = fill(&Q, &answers, &values, Lang::Ru, TODAY).expect_err("a blank price");
    assert_eq!(refused.missing, ["calc.yearly_amount", "calc.yearly_amount:words"]);
    assert_eq!(refused.filled.blocks[0].text, "Цена иска:  ()");
    let words_only = BTreeMap::from([("yearly_amount:words".to_string(), "сто тенге".to_string())]);
    let refused = fill(&Q, &Answers::new(), &words_only, Lang::Ru, TODAY).expect_err("still no price");
    assert_eq!(refused.missing, ["calc.yearly_amount"]);
    assert_eq!(refused.filled.blocks[0].text, "Цена иска:  (сто тенге)", "the words are read from the computed values");
}

/// The engine gives words for exactly the sums the compiler lets a template write in words: every
/// `<key>:words` it computes for the real questionnaires is one of them, and each of them it states in
/// figures has its words (a fee stated as an exemption, or not counted, has none).
#[test]
fn the_engine_writes_in_words_the_sums_the_compiler_accepts() {
    use zanger_compile::COMPUTED_SUMS;
    let today = crate::core::date::Date::new(2026, 12, 7);
    let mut seen = std::collections::BTreeSet::new();
    for q in crate::core::content::questionnaires(Lang::Ru) {
        let answers = super::computed::tests::default_answers(q);
        let values = super::computed::computed(q, &super::Interview::new(q, answers).on(today).visible_answers(), Lang::Ru, today);
        for (key, value) in &values {
            if let Some(sum) = key.strip_suffix(crate::core::interview::document::WORDS) {
                assert!(COMPUTED_SUMS.contains(&sum), "{}: words for `{sum}`, not a sum the compiler accepts", q.id);
                assert!(value.ends_with(" тенге") || value.contains(" тенге "), "{}: `{key}` = {value}", q.id);
                seen.insert(sum.to_string());
            } else if COMPUTED_SUMS.contains(&key.as_str()) && value.starts_with(|c: char| c.is_ascii_digit()) {
                assert!(values.contains_key(&format!("{key}:words")), "{}: `{key}` = {value} has no words", q.id);
            }
        }
    }
    assert!(seen.contains("fee") && seen.contains("penalty_claim") && seen.contains("monthly_amount"), "{seen:?}");
}
