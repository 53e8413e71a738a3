//! The `{calc.<key>}` values of each questionnaire's document, computed from the answers with the
//! calculators in `core::calc`, formatted for the reader's language.

use std::collections::BTreeMap;

use super::answers::{Answer, Answers};
use super::model::Questionnaire;
use super::placeholder::WORDS;
use crate::core::calc::{alimony, alimony_penalty};
use crate::core::calc::court::{choose_court, ClaimKind, CourtFacts};
use crate::core::calc::fee::{state_fee, ClaimValue, FeeRequest, FeeSubject};
use crate::core::calc::words::money_in_words;
use crate::core::date::Date;
use crate::core::figures::money;
use crate::core::lang::Lang;

/// Every computed value `q`'s template declares, for these (visible) answers on `today`, keyed as the
/// template reads it after `calc.`: a sum of money also as `<key>:words`, in words in `lang`. A value
/// that cannot be computed from the answers given is left out (its block is conditioned on those
/// answers), its words too; a fee that is an exemption rather than a sum has no words.
pub fn computed(q: &Questionnaire, answers: &Answers, lang: Lang, today: Date) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for key in q.document.computed {
        // A value per item of a group: `penalty_line.0`, `penalty_line.1`, … (a block with `each` reads
        // its own item's as `{calc.penalty_line}`).
        if *key == "penalty_line" {
            for (i, line) in penalty_lines(&Inputs { q, answers }, lang, today).into_iter().enumerate() {
                out.insert(format!("{key}.{i}"), line);
            }
            continue;
        }
        match value(q, key, answers, lang, today) {
            Some(Value::Text(text)) => {
                out.insert(key.to_string(), text);
            }
            // A sum also in words, for `{calc.<key>:words}`: from the amount itself, never from its text.
            Some(Value::Money { tiyn, text }) => {
                out.insert(key.to_string(), text);
                out.insert(format!("{key}{WORDS}"), money_in_words(tiyn, lang));
            }
            None => {}
        }
    }
    out
}

/// A computed value: text, or a sum of money (`tiyn`) with the text the template shows for it.
enum Value {
    Text(String),
    Money { tiyn: i64, text: String },
}

impl Value {
    /// A sum shown in figures only: «1 200 000 ₸».
    fn sum(tiyn: i64) -> Value {
        Value::Money { tiyn, text: money(tiyn as f64 / 100.0) }
    }
}

/// The answers the calculators read, by input name: the questionnaire's `[document] inputs` says which
/// question feeds each (the calculators name no question).
struct Inputs<'a> {
    q: &'a Questionnaire,
    answers: &'a Answers,
}

impl<'a> Inputs<'a> {
    fn get(&self, name: &str) -> Option<&'a Answer> {
        self.q.document.input(name).and_then(|id| self.answers.get(id))
    }

    /// A field of a group item, by input name (`debt_due`).
    fn field<'i>(&self, item: &'i Answers, name: &str) -> Option<&'i Answer> {
        self.q.document.input(name).and_then(|id| item.get(id))
    }
}

/// The alimony penalty (КоБС art. 171, `calc::alimony_penalty`) on the answers: the group bound to `debts` (each
/// item a due date `debt_due`, an unpaid `debt_amount` and, if it was paid later, `debt_paid_on`), unpaid
/// sums counted to `count_to`, at the rate in force on `today`.
fn alimony_penalty(inp: &Inputs, today: Date) -> Option<alimony_penalty::Penalty> {
    let Some(Answer::Group(items)) = inp.get("debts") else { return None };
    let Some(Answer::Date(count_to)) = inp.get("count_to") else { return None };
    let arrears: Option<Vec<alimony_penalty::Arrear>> = items
        .iter()
        .map(|item| match (inp.field(item, "debt_due"), inp.field(item, "debt_amount")) {
            (Some(Answer::Date(due)), Some(Answer::Money(amount))) => Some(alimony_penalty::Arrear {
                due: *due,
                amount_tiyn: *amount,
                paid_on: match inp.field(item, "debt_paid_on") {
                    Some(Answer::Date(d)) => Some(*d),
                    _ => None,
                },
            }),
            _ => None,
        })
        .collect();
    alimony_penalty::penalty(&arrears?, *count_to, today).ok()
}

/// What the penalty claim asks for in all: the penalty, the unpaid alimony when the reader asks for it too
/// (`claim_arrears`), and the losses beyond the penalty (`losses_amount`, КоБС art. 171 п. 2).
fn penalty_claim_tiyn(inp: &Inputs, today: Date) -> Option<i64> {
    let p = alimony_penalty(inp, today)?;
    let arrears = if matches!(inp.get("claim_arrears"), Some(Answer::Bool(true))) { p.unpaid_tiyn } else { 0 };
    let losses = match inp.get("losses_amount") {
        Some(Answer::Money(t)) => *t,
        _ => 0,
    };
    Some(p.penalty_tiyn + arrears + losses)
}

/// A sum a calculator computes, for `claim_price = "calc.<key>"`.
fn computed_money(key: &str, inp: &Inputs, today: Date) -> Option<i64> {
    match key {
        "alimony_penalty" => alimony_penalty(inp, today).map(|p| p.penalty_tiyn),
        "alimony_unpaid" => alimony_penalty(inp, today).map(|p| p.unpaid_tiyn),
        "penalty_claim" => penalty_claim_tiyn(inp, today),
        _ => None,
    }
}

/// One line of the penalty per debt: «50 000 ₸ × 0,1 % × 30 дн. (02.10.2026 – 31.10.2026) = 1 500 ₸».
fn penalty_lines(inp: &Inputs, lang: Lang, today: Date) -> Vec<String> {
    let Some(p) = alimony_penalty(inp, today) else { return Vec::new() };
    let rate = percent_text(p.rate_percent);
    p.lines
        .iter()
        .map(|l| {
            let (amount, penalty) = (money(l.amount_tiyn as f64 / 100.0), money(l.penalty_tiyn as f64 / 100.0));
            let (from, until) = (l.due.add_days(1), l.end);
            match (lang, l.days) {
                (Lang::Kk, 0) => format!("{amount}: мерзімі {} — кешіктіру жоқ, 0 ₸", l.due),
                (Lang::Ru, 0) => format!("{amount}: срок {} — просрочки нет, 0 ₸", l.due),
                (Lang::En, 0) => format!("{amount}: due {}, not late, 0 ₸", l.due),
                (Lang::Kk, d) => format!("{amount} × {rate} × {d} күн ({from} – {until}) = {penalty}"),
                (Lang::Ru, d) => format!("{amount} × {rate} × {d} дн. ({from} – {until}) = {penalty}"),
                (Lang::En, d) => format!("{amount} × {rate} × {d} days ({from} – {until}) = {penalty}"),
            }
        })
        .collect()
}

/// "0,1 %": a percent as the documents write it.
fn percent_text(percent: f64) -> String {
    format!("{}\u{a0}%", crate::core::figures::number(percent))
}

/// The figures a computed value's calculator reads (for the caution on a figure past its known period).
pub fn figures_read(key: &str) -> &'static [&'static str] {
    match key {
        "fee" => &crate::core::calc::fee::FIGURES_READ,
        "fixed_sum" | "yearly_fixed_sum" => &alimony::FIGURES_READ,
        "alimony_penalty" | "alimony_unpaid" | "penalty_rate" | "penalty_line" | "penalty_claim" => &alimony_penalty::FIGURES_READ,
        _ => &[],
    }
}

/// Every figure questionnaire `q` shows or computes with: the `{{figures}}` of its labels, hints, page
/// titles, exits and next steps, and those its document's calculators read.
pub fn figures_used(q: &Questionnaire) -> Vec<&'static str> {
    use super::model::{Kind, Question};
    fn question_texts(x: &Question, out: &mut Vec<&'static str>) {
        for texts in [x.label, x.hint] {
            out.extend([texts.kk, texts.ru, texts.en]);
        }
        if let Kind::Group { questions, .. } = &x.kind {
            questions.iter().for_each(|sub| question_texts(sub, out));
        }
    }
    let mut texts: Vec<&'static str> = Vec::new();
    for page in q.pages {
        texts.extend([page.title.kk, page.title.ru, page.title.en]);
        page.questions.iter().for_each(|x| question_texts(x, &mut texts));
    }
    for exit in q.exits {
        texts.extend([exit.title.kk, exit.title.ru, exit.title.en, exit.text.kk, exit.text.ru, exit.text.en]);
    }
    for step in q.next {
        texts.extend([step.text.kk, step.text.ru, step.text.en]);
    }
    let mut keys: Vec<&'static str> = Vec::new();
    let from_texts = texts.into_iter().flat_map(crate::core::figures::keys_in);
    let from_calculators = q.document.computed.iter().flat_map(|key| figures_read(key).iter().copied());
    // `figure.<key>` in a value's expression (a limit computed from a figure), and the МРП it may read.
    let mut from_values: Vec<&'static str> = Vec::new();
    for v in q.values {
        for (at, _) in v.expr.match_indices("figure.") {
            let rest = &v.expr[at + "figure.".len()..];
            let key = &rest[..rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.')).unwrap_or(rest.len())];
            from_values.push(key);
            let mrp = crate::core::figures::find(crate::core::content::figures(), key).is_some_and(|f| f.kind == crate::core::figures::FigureKind::Mrp);
            if mrp {
                from_values.push("mrp");
            }
        }
    }
    for key in from_texts.chain(from_calculators).chain(from_values) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    keys
}

/// "НК РК, ст. 668 п. 4" / "ҚР Салық кодексінің 668-бабының 4-тармағы" / "Tax Code, art. 668(4)".
fn cite(act: &str, article: &str, lang: Lang) -> String {
    let short = |ru: &'static str, kk: &'static str, en: &'static str| match lang {
        Lang::Kk => kk,
        Lang::Ru => ru,
        Lang::En => en,
    };
    let act_name = if act.starts_with("Налоговый кодекс") {
        short("НК РК", "ҚР Салық кодексінің", "Tax Code")
    } else if act.starts_with("Гражданский процессуальный") {
        short("ГПК РК", "ҚР АПК", "Civil Procedure Code")
    } else {
        act
    };
    // "ст. 668 п. 4" / "ст. 106 ч. 3" → numbers, read in each language's own way.
    let numbers: Vec<&str> = article.split_whitespace().filter(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit())).collect();
    // In Kazakh the full form: «668-бабының 4-тармағы», «106-бабының 3-бөлігі».
    let part_word = if article.contains(" ч. ") { "бөлігі" } else { "тармағы" };
    let article_text = match (lang, numbers.as_slice()) {
        (_, []) => article.to_string(),
        (Lang::Ru, _) => article.to_string(),
        (Lang::Kk, [a]) => format!("{a}-бабы"),
        (Lang::Kk, [a, p, ..]) => format!("{a}-бабының {p}-{part_word}"),
        (Lang::En, [a]) => format!("art. {a}"),
        (Lang::En, [a, p, ..]) => format!("art. {a}({p})"),
    };
    match lang {
        // «ҚР Салық кодексінің 668-бабының 4-тармағы»: the short act name leads into the article.
        Lang::Kk if act_name != act => format!("{act_name} {article_text}"),
        _ => format!("{act_name}, {article_text}"),
    }
}

/// Which rule of the court calculator a questionnaire's claim follows: the one its `[document]` names
/// (`court_claim`; the compiler checks the name).
fn claim_kind(q: &Questionnaire) -> ClaimKind {
    ClaimKind::from_name(q.document.court_claim).unwrap_or(ClaimKind::Other)
}

/// What the answers tell the court calculator.
fn court_facts(inp: &Inputs) -> CourtFacts {
    CourtFacts { minor_children_with_plaintiff: children(inp) > 0, ..CourtFacts::default() }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn children(inp: &Inputs) -> u32 {
    match inp.get("children") {
        Some(Answer::Group(items)) => items.len() as u32,
        _ => 0,
    }
}

fn text<'a>(inp: &Inputs<'a>, name: &str) -> Option<&'a str> {
    match inp.get(name) {
        Some(Answer::Text(t)) if !t.trim().is_empty() => Some(t.trim()),
        _ => None,
    }
}

fn value(q: &Questionnaire, key: &str, answers: &Answers, lang: Lang, today: Date) -> Option<Value> {
    let inp = &Inputs { q, answers };
    match key {
        "children_count" => Some(Value::Text(children(inp).to_string())),
        "share" => alimony::share_for(children(inp)).ok().map(|s| Value::Text(s.text())),
        "monthly_amount" => match inp.get("income_monthly") {
            Some(Answer::Money(income)) => alimony::by_share(children(inp), *income).ok().map(|a| Value::sum(a.monthly_tiyn)),
            _ => None,
        },
        "fixed_sum" => match inp.get("fixed_sum_mrp") {
            Some(Answer::Number(n)) => alimony::fixed_sum(*n, today).ok().map(|a| Value::sum(a.monthly_tiyn)),
            _ => None,
        },
        // The price of an alimony claim is the total of the payments for one year (ГПК art. 104
        // ч. 1 п. 5): twelve monthly payments.
        "yearly_amount" => match inp.get("income_monthly") {
            Some(Answer::Money(income)) => alimony::by_share(children(inp), *income).ok().map(|a| Value::sum(a.monthly_tiyn * 12)),
            _ => None,
        },
        "yearly_fixed_sum" => match inp.get("fixed_sum_mrp") {
            Some(Answer::Number(n)) => alimony::fixed_sum(*n, today).ok().map(|a| Value::sum(a.monthly_tiyn * 12)),
            _ => None,
        },
        "fee" => {
            let subject = match q.document.fee_subject {
                "labour" => FeeSubject::Labour,
                "alimony" => FeeSubject::Alimony,
                "health_harm" => FeeSubject::HealthHarm,
                "consumer" => FeeSubject::Consumer,
                _ => FeeSubject::General,
            };
            let price = match q.document.claim_price.strip_prefix("calc.") {
                Some(key) => computed_money(key, inp, today),
                None => match answers.get(q.document.claim_price) {
                    Some(Answer::Money(tiyn)) => Some(*tiyn),
                    _ => None,
                },
            };
            let value = match price {
                // A price that computes to nothing (a penalty with no day of delay): no fee to count.
                Some(0) => {
                    return Some(Value::Text(
                        match lang {
                            Lang::Kk => "есептелмеді: талап қоюдың бағасы 0\u{a0}₸",
                            Lang::Ru => "не рассчитана: цена иска 0\u{a0}₸",
                            Lang::En => "not counted: the value of the claim is 0\u{a0}₸",
                        }
                        .to_string(),
                    ))
                }
                Some(tiyn) => ClaimValue::Property { price_tiyn: tiyn },
                None if !q.document.claim_price.is_empty() => return None,
                None => ClaimValue::NonProperty,
            };
            let request = FeeRequest { filed_on: today, value, subject, plaintiff_has_disability: false };
            state_fee(&request).ok().map(|fee| {
                // Mid-sentence in the document ("Госпошлина: по искам …"), so no capital letter.
                let full = fee.basis.text().get(lang).trim_end_matches('.');
                let mut chars = full.chars();
                let basis: String = chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default();
                // The rule's act and article, in the document's language (the calculator cites in Russian).
                let article = fee.citations.iter().map(|c| cite(c.act, c.article, lang)).collect::<Vec<_>>().join("; ");
                // An exemption or a deferral is a text, not a sum: it has no words.
                match fee.amount_tiyn {
                    0 => Value::Text(format!("{basis} ({article})")),
                    tiyn => Value::Money { tiyn, text: format!("{} — {basis} ({article})", money(tiyn as f64 / 100.0)) },
                }
            })
        }
        // The court and the reason come from the court calculator (`calc::court`), the one source of
        // which court hears what; a court the person named themselves wins.
        "court" => match (text(inp, "court_name"), text(inp, "court_place")) {
            (Some(name), _) => Some(Value::Text(name.to_string())),
            (None, Some(place)) => {
                let choice = choose_court(claim_kind(q), &court_facts(inp));
                let court = choice.options.first()?.court.name().get(lang);
                Some(Value::Text(match lang {
                    Lang::Kk => crate::core::calc::court::kk_addressee(place, court),
                    Lang::Ru | Lang::En => format!("{} ({place})", capitalised(court)),
                }))
            }
            (None, None) => None,
        },
        // Mid-sentence in the document ("…правил подсудности: {calc.court_reason}."): no capital, no full stop.
        "court_reason" => {
            let reason = choose_court(claim_kind(q), &court_facts(inp)).reason.text().get(lang);
            let mut chars = reason.trim_end_matches('.').chars();
            Some(Value::Text(chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()))
        }
        "back_from" => match inp.get("back_since") {
            Some(Answer::Date(d)) => Some(Value::Text(d.to_string())),
            _ => None,
        },
        "alimony_penalty" | "alimony_unpaid" | "penalty_claim" => computed_money(key, inp, today).map(Value::sum),
        "penalty_rate" => alimony_penalty(inp, today).map(|p| Value::Text(percent_text(p.rate_percent))),
        _ => None,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::core::content;
    use crate::core::interview::document::{fill, placeholders};
    use crate::core::interview::Interview;

    const TODAY: Date = Date::new(2026, 11, 25);

    fn child(name: &str, born: Date) -> Answers {
        Answers::from([("name".into(), Answer::Text(name.into())), ("born".into(), Answer::Date(born))])
    }

    /// A complete, realistic set of answers for the alimony claim.
    pub(crate) fn alimony_answers() -> Answers {
        let t = |s: &str| Answer::Text(s.into());
        Answers::from([
            ("lives_with_me".into(), Answer::Bool(true)),
            ("plaintiff_role".into(), Answer::Choice("mother".into())),
            ("marriage".into(), Answer::Choice("divorced".into())),
            ("paternity_disputed".into(), Answer::Bool(false)),
            ("third_parties".into(), Answer::Bool(false)),
            ("prefer_court_order".into(), Answer::Bool(false)),
            ("agreement".into(), Answer::Choice("none".into())),
            ("pays_now".into(), Answer::Bool(false)),
            ("children".into(), Answer::Group(vec![child("Айша Ерланқызы", Date::new(2019, 5, 1)), child("Нұрлан Ерланұлы", Date::new(2021, 9, 12))])),
            ("income_kind".into(), Answer::Choice("salary".into())),
            ("income_monthly".into(), Answer::Money(30_000_000)),
            ("plaintiff_name".into(), t("Сейітова Айгерім Болатқызы")),
            ("plaintiff_born".into(), Answer::Date(Date::new(1992, 3, 5))),
            ("plaintiff_iin".into(), t("920305400125")),
            ("plaintiff_address".into(), t("Алматы, Абай даңғылы, 1")),
            ("plaintiff_phone".into(), t("+77011234567")),
            ("defendant_name".into(), t("Сейітов Ерлан Маратұлы")),
            ("defendant_address".into(), t("Алматы, Сәтбаев көшесі, 2")),
            ("court_place".into(), t("Алматы")),
            ("tried_before".into(), Answer::Bool(false)),
        ])
    }

    #[test]
    fn a_questionnaire_lists_the_figures_its_texts_and_calculators_use() {
        let q = content::questionnaire("alimony.claim", Lang::Ru).expect("alimony.claim is compiled");
        let used = figures_used(q);
        assert!(used.contains(&"deadline.alimony_back"), "a hint's figure: {used:?}");
        assert!(used.contains(&"mrp"), "the fixed sum and the fee read the МРП: {used:?}");
        for key in used {
            assert!(crate::core::figures::find(content::figures(), key).is_some(), "`{key}` is not a figure");
        }
    }

    #[test]
    fn the_alimony_claim_lists_as_attached_only_the_certificates_the_reader_has_and_flags_the_rest() {
        let run = |have: &[&str]| {
            let mut answers = alimony_answers();
            answers.insert("attachments_ready".into(), Answer::Choices(have.iter().map(|s| s.to_string()).collect()));
            let out = outcome("alimony.claim", answers, Lang::Ru, TODAY);
            (out.text, out.next.steps.iter().map(|s| s.id.to_string()).collect::<Vec<_>>())
        };
        let (all, steps) = run(&["birth_certificates", "marriage_certificate", "income_certificate", "residence_certificate"]);
        assert!(all.contains("Справка о доходах ответчика") && all.contains("Справка о месте жительства истца"), "{all}");
        assert!(!steps.iter().any(|s| s.starts_with("get_") || s.starts_with("no_")), "{steps:?}");
        let (none, steps) = run(&[]);
        assert!(!none.contains("Справка о доходах ответчика") && !none.contains("Справка о месте жительства истца"), "{none}");
        for step in ["get_birth_certificates", "get_marriage_certificate", "no_income_certificate", "no_residence_certificate"] {
            assert!(steps.iter().any(|s| s == step), "{step} missing from {steps:?}");
        }
        assert!(none.contains("Копия свидетельства о рождении"), "the claim still needs the birth certificates:\n{none}");
    }

    #[test]
    fn the_court_calculator_reads_the_claim_the_questionnaire_names() {
        let q = content::questionnaire("alimony.claim", Lang::Ru).expect("alimony.claim is compiled");
        assert_eq!(q.document.court_claim, "child_alimony");
        assert_eq!(claim_kind(q), ClaimKind::ChildAlimony, "named in content, not found by the questionnaire's id");
    }

    #[test]
    fn citations_read_in_the_document_language() {
        let tax = "Налоговый кодекс РК от 18.07.2025 № 214-VIII";
        assert_eq!(cite(tax, "ст. 668 п. 4", Lang::Ru), "НК РК, ст. 668 п. 4");
        assert_eq!(cite(tax, "ст. 668 п. 4", Lang::Kk), "ҚР Салық кодексінің 668-бабының 4-тармағы");
        assert_eq!(cite(tax, "ст. 665", Lang::En), "Tax Code, art. 665");
        assert_eq!(cite("Гражданский процессуальный кодекс РК", "ст. 106 ч. 3", Lang::Kk), "ҚР АПК 106-бабының 3-бөлігі");
    }

    #[test]
    fn every_declared_computed_value_has_a_calculator() {
        for q in content::questionnaires(Lang::Ru) {
            for key in q.document.computed {
                let known = [
                    "children_count", "share", "monthly_amount", "fixed_sum", "yearly_amount", "yearly_fixed_sum", "fee", "court", "court_reason", "back_from",
                    "alimony_penalty", "alimony_unpaid", "penalty_rate", "penalty_line", "penalty_claim",
                ];
                assert!(known.contains(key), "{}: no calculator for `{key}`", q.id);
            }
        }
    }

    #[test]
    fn the_alimony_claim_is_filled_completely_in_both_languages() {
        for lang in [Lang::Kk, Lang::Ru] {
            let q = content::questionnaire("alimony.claim", lang).expect("alimony.claim is compiled");
            let interview = Interview::new(q, alimony_answers());
            assert!(interview.exit().is_none());
            let answers = interview.visible_answers();
            let values = computed(q, &answers, lang, TODAY);
            assert_eq!(values.get("share").map(String::as_str), Some("1/3"));
            assert_eq!(values.get("monthly_amount").map(String::as_str), Some("100\u{a0}000\u{a0}₸"));
            let doc = fill(q, &answers, &values, lang, TODAY).expect("every place filled");
            let text: String = doc.blocks.iter().map(|b| format!("{}\n", b.text)).collect();
            for name in ["Айша Ерланқызы", "Нұрлан Ерланұлы", "Сейітова Айгерім Болатқызы", "920305400125"] {
                assert!(text.contains(name), "{lang:?}: `{name}` missing from\n{text}");
            }
            // The app never dates a filing: the date line is left blank for the plaintiff (issue #14).
            assert!(!text.contains("25.11.2026") && text.contains("«___» ____________ 20___ "), "{lang:?}: the claim is dated\n{text}");
            assert!(!text.contains('{') && !text.contains('}'), "{lang:?}: unfilled placeholder in\n{text}");
            assert!(doc.blocks.iter().any(|b| b.kind == crate::core::interview::model::BlockKind::Demand && b.number == 1));
            let demand_word = if lang == Lang::Kk { "СОТТАН СҰРАЙМЫН" } else { "ПРОШУ СУД" };
            assert!(text.contains(demand_word), "{lang:?}");
        }
    }

    #[test]
    fn the_court_and_its_reason_are_the_court_calculator_s() {
        use crate::core::calc::court::{CourtType, Reason};
        for lang in [Lang::Kk, Lang::Ru] {
            let q = content::questionnaire("alimony.claim", lang).expect("alimony.claim is compiled");
            let answers = Interview::new(q, alimony_answers()).visible_answers();
            let values = computed(q, &answers, lang, TODAY);
            let juvenile = CourtType::Juvenile.name().get(lang);
            let court = &values["court"];
            assert!(court.to_lowercase().contains(juvenile) && court.contains("Алматы"), "{lang:?}: {court}");
            let reason = Reason::ChildAlimony.text().get(lang);
            let shown = &values["court_reason"];
            assert_eq!(reason.trim_end_matches('.').to_lowercase(), shown.to_lowercase(), "{lang:?}");
            assert!(!shown.ends_with('.') && shown.chars().next().is_some_and(char::is_lowercase), "{lang:?}: {shown}");
        }
    }

    /// A plausible answer of each kind (the first option of a choice, "no" for yes/no).
    fn default_answer(q: &crate::core::interview::model::Question) -> Option<Answer> {
        use crate::core::interview::model::Kind;
        Some(match &q.kind {
            Kind::Text | Kind::LongText | Kind::Address => Answer::Text(format!("Тест {}", q.id)),
            Kind::Number { min, .. } => Answer::Number(min.unwrap_or(1.0).max(1.0)),
            Kind::Money => Answer::Money(15_000_000),
            // The birth date the default ИИН gives (900101300126: 01.01.1990), so the two agree.
            Kind::Date { .. } if q.id.ends_with("_born") => Answer::Date(Date::new(1990, 1, 1)),
            Kind::Date { .. } => Answer::Date(Date::new(2020, 1, 15)),
            Kind::YesNo => Answer::Bool(false),
            Kind::Single(c) => Answer::Choice(c.first()?.id.to_string()),
            Kind::Multiple(c) => Answer::Choices(vec![c.first()?.id.to_string()]),
            Kind::Iin | Kind::Bin => Answer::Text("900101300126".into()),
            Kind::Phone => Answer::Text("+77011234567".into()),
            Kind::Email => Answer::Text("a@example.kz".into()),
            Kind::Group { questions, .. } => {
                Answer::Group(vec![questions.iter().filter_map(|s| Some((s.id.to_string(), default_answer(s)?))).collect()])
            }
        })
    }

    /// A plausible answer to every question of `q` (see [`default_answer`]). Sums fall as the form goes
    /// on (200 000 ₸, 190 000 ₸, …), so that rules such as "repaid < lent" hold for the defaults.
    pub(crate) fn default_answers(q: &Questionnaire) -> Answers {
        let mut money_seen = 0;
        let mut out = Answers::new();
        for x in q.pages.iter().flat_map(|p| p.questions.iter()) {
            let answer = match x.kind {
                crate::core::interview::model::Kind::Money => {
                    money_seen += 1;
                    Some(Answer::Money(21_000_000 - 1_000_000 * money_seen))
                }
                _ => default_answer(x),
            };
            if let Some(answer) = answer {
                out.insert(x.id.to_string(), answer);
            }
        }
        out
    }

    /// `answers` with `id` answered `answer` (a variation on a test's usual answers).
    pub(crate) fn with(mut answers: Answers, id: &str, answer: Answer) -> Answers {
        answers.insert(id.into(), answer);
        answers
    }

    /// What questionnaire `id` makes of `answers` on `today`: the answers that count, the pages shown, the
    /// exit that applies, the document's text (a block a line) and its next steps (their texts a line).
    pub(crate) struct Outcome {
        pub visible: Answers,
        pub pages: Vec<&'static str>,
        pub exit: Option<&'static str>,
        pub text: String,
        pub next: crate::core::interview::next::NextSteps,
        pub steps: String,
    }

    /// [`Outcome`] of `answers` to questionnaire `id`, in `lang`, on `today`: the pipeline the form runs.
    pub(crate) fn outcome(id: &str, answers: Answers, lang: Lang, today: Date) -> Outcome {
        let q = content::questionnaire(id, lang).expect("compiled");
        let session = crate::core::interview::Session::with_answers(q, &answers, today);
        assert!(session.rejected().is_empty(), "{id}: answers the form would refuse: {:?}", session.rejected());
        let pages = session.pages().iter().map(|p| p.id).collect();
        let exit = session.walked().exit().map(|e| e.id);
        let prepared = session.document(lang).unwrap_or_else(|u| panic!("{id}: {u}\n{:?}", u.filled.blocks));
        let text = prepared.filled.blocks.iter().map(|b| format!("{}\n", b.text)).collect();
        let next = session.next_steps(&prepared, lang);
        let steps = next.steps.iter().map(|s| format!("{}\n", s.text)).collect();
        Outcome { visible: session.visible().clone(), pages, exit, text, next, steps }
    }

    #[test]
    fn every_questionnaire_fills_its_document_in_every_language_with_no_field_left() {
        for lang in Lang::ALL {
            for q in content::questionnaires(lang) {
                let session = crate::core::interview::Session::with_answers(q, &default_answers(q), TODAY);
                let doc = session.document(lang).unwrap_or_else(|u| panic!("{} {lang:?}: {u}", q.id)).filled;
                for block in &doc.blocks {
                    assert!(!block.text.contains('{') && !block.text.contains('}'), "{} {lang:?}: {}", q.id, block.text);
                }
                if !q.document.blocks.is_empty() && lang != Lang::En {
                    assert!(doc.blocks.len() >= 5, "{} {lang:?}: only {} blocks", q.id, doc.blocks.len());
                }
            }
        }
    }

    #[test]
    fn placeholders_in_compiled_templates_are_all_fillable() {
        for q in Lang::ALL.into_iter().flat_map(content::questionnaires) {
            for block in q.document.blocks {
                for name in placeholders(block.text.ru) {
                    if let Some(key) = name.strip_prefix("calc.") {
                        let key = key.strip_suffix(WORDS).unwrap_or(key);
                        assert!(q.document.computed.contains(&key), "{}: {name}", q.id);
                    }
                }
            }
        }
    }
}
