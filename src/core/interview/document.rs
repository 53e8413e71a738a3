//! Filling a document template with answers: plain text per block, in the reader's language.
//!
//! The result is text, never markup: each output (the page, print, DOCX, PDF) inserts it as text in its
//! own format, so nothing a person typed can be read as HTML or XML.

use std::collections::BTreeMap;

use super::answers::{Answer, Answers};
pub use super::placeholder::{gender_forms, placeholders, substitute, WORDS};
use super::model::{BlockKind, Kind, Question, Questionnaire};
use crate::core::calc::ids::{self, Sex};
use crate::core::calc::words::money_in_words;
use crate::core::date::Date;
use crate::core::figures::{money, number};
use crate::core::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct Filled {
    pub title: String,
    pub blocks: Vec<FilledBlock>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FilledBlock {
    pub kind: BlockKind,
    /// For demands and attachments: the number in its list (1, 2, …); 0 otherwise.
    pub number: usize,
    pub text: String,
}

/// A document that cannot be handed over: places in the template that have no value. A place an
/// optional question fills may stay empty (the reader chose not to say); any other empty place — a
/// required answer that is not there, a value that could not be computed — would print a blank
/// ("Госпошлина: ") in a document filed with a court, so filling stops and names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Unfilled {
    /// The empty places by field key (`plaintiff_iin`, `children.1.born`) or computed value
    /// (`calc.fee`), in document order, each once.
    pub missing: Vec<String>,
    /// The document as far as it could be filled (the empty places blank), for diagnostics.
    pub filled: Filled,
}

impl std::fmt::Display for Unfilled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no value for {}", self.missing.join(", "))
    }
}

/// Fills the questionnaire's template. `answers` should be the visible answers; `computed` holds the
/// `{calc.<key>}` values, already formatted for `lang`. An empty place that must not be empty makes
/// it [`Unfilled`].
pub fn fill(q: &Questionnaire, answers: &Answers, computed: &BTreeMap<String, String>, lang: Lang, today: Date) -> Result<Filled, Unfilled> {
    let questions = all_questions(q);
    let missing = std::cell::RefCell::new(Vec::<String>::new());
    // An empty place: allowed for an optional question, else noted.
    let empty = |key: String, optional: bool| {
        let mut list = missing.borrow_mut();
        if !optional && !list.contains(&key) {
            list.push(key);
        }
        String::new()
    };
    let optional = |question: Option<&&Question>| question.is_some_and(|x| !x.required);
    let mut blocks = Vec::new();
    let (mut demands, mut attachments) = (0, 0);
    let sex = signer_sex(q, answers);
    for block in q.document.blocks {
        let holds = |scope: &Answers| super::engine::holds_on(block.when, scope, Some(today));
        let items: Vec<Option<&Answers>> = if block.each.is_empty() {
            vec![None]
        } else {
            match answers.get(block.each) {
                Some(Answer::Group(items)) => items.iter().map(Some).collect(),
                _ => Vec::new(),
            }
        };
        let group_questions = questions.get(block.each).and_then(|q| match q.kind {
            Kind::Group { questions, .. } => Some(questions),
            _ => None,
        });
        for (index, item) in items.into_iter().enumerate() {
            if !holds(answers) {
                continue;
            }
            let text = substitute(block.text.get(lang), &|name| {
                if let Some(field) = name.strip_prefix("item.") {
                    let sub = group_questions.and_then(|qs| qs.iter().find(|q| q.id == field));
                    return match item.and_then(|i| i.get(field)) {
                        Some(a) => format_answer(a, sub, lang),
                        None => empty(format!("{}.{index}.{field}", block.each), sub.is_some_and(|x| !x.required)),
                    };
                }
                if let Some(key) = name.strip_prefix("calc.") {
                    // In a block repeated per item, a value computed per item (`penalty_line.0`, …) first.
                    let per_item = item.and_then(|_| computed.get(&format!("{key}.{index}")));
                    return match per_item.or_else(|| computed.get(key)) {
                        Some(value) => value.clone(),
                        None => empty(name.to_string(), false),
                    };
                }
                if name == "today" {
                    return today.to_string();
                }
                if let Some(id) = name.strip_suffix(WORDS) {
                    return match answers.get(id) {
                        Some(Answer::Money(tiyn)) => money_in_words(*tiyn, lang),
                        _ => empty(id.to_string(), optional(questions.get(id))),
                    };
                }
                if let Some(Ok(forms)) = gender_forms(name) {
                    return match sex {
                        Some(Sex::Male) => forms.male.to_string(),
                        Some(Sex::Female) => forms.female.to_string(),
                        None => forms.both,
                    };
                }
                match answers.get(name) {
                    Some(a) => format_answer(a, questions.get(name).copied(), lang),
                    None => empty(name.to_string(), optional(questions.get(name))),
                }
            });
            let number = match block.kind {
                BlockKind::Demand => {
                    demands += 1;
                    demands
                }
                BlockKind::Attachment => {
                    attachments += 1;
                    attachments
                }
                _ => 0,
            };
            blocks.push(FilledBlock { kind: block.kind, number, text });
        }
    }
    let filled = Filled { title: q.document.title.get(lang).to_string(), blocks };
    match missing.into_inner() {
        missing if missing.is_empty() => Ok(filled),
        missing => Err(Unfilled { missing, filled }),
    }
}

/// The signer's sex from the ИИН of the document's `signer_iin` question; `None` (double forms) when the
/// document declares no signer or the answer is not a valid ИИН that encodes the sex.
pub fn signer_sex(q: &Questionnaire, answers: &Answers) -> Option<Sex> {
    match answers.get(q.document.signer_iin) {
        Some(Answer::Text(iin)) if !q.document.signer_iin.is_empty() => ids::sex(iin),
        _ => None,
    }
}

/// Every question by id, group sub-questions excluded (they are read through `{item.…}`).
fn all_questions(q: &Questionnaire) -> BTreeMap<&'static str, &'static Question> {
    q.pages.iter().flat_map(|p| p.questions.iter()).map(|q| (q.id, q)).collect()
}

/// An answer as it reads in a document.
pub fn format_answer(answer: &Answer, question: Option<&Question>, lang: Lang) -> String {
    let option_label = |id: &str| -> String {
        let choices = match question.map(|q| &q.kind) {
            Some(Kind::Single(c)) | Some(Kind::Multiple(c)) => *c,
            _ => &[],
        };
        choices.iter().find(|c| c.id == id).map_or(id.to_string(), |c| c.label.get(lang).to_string())
    };
    match answer {
        Answer::Text(t) => match question.map(|q| &q.kind) {
            Some(Kind::Phone) if t.len() == 12 => format!("+7 {} {} {} {}", &t[2..5], &t[5..8], &t[8..10], &t[10..]),
            _ => t.trim().to_string(),
        },
        Answer::Number(n) => number(*n),
        Answer::Money(tiyn) => money(*tiyn as f64 / 100.0),
        Answer::Date(d) => d.to_string(),
        Answer::Bool(b) => match (lang, b) {
            (Lang::Kk, true) => "иә",
            (Lang::Kk, false) => "жоқ",
            (Lang::Ru, true) => "да",
            (Lang::Ru, false) => "нет",
            (Lang::En, true) => "yes",
            (Lang::En, false) => "no",
        }
        .to_string(),
        Answer::Choice(c) => option_label(c),
        Answer::Choices(list) => list.iter().map(|c| option_label(c)).collect::<Vec<_>>().join(", "),
        Answer::Group(items) => items.len().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::model::Texts;
    use crate::core::interview::model::{Block, Choice, Page, Template};

    const fn t(kk: &'static str, ru: &'static str) -> Texts {
        Texts { kk, ru, en: "" }
    }
    const fn q(id: &'static str, kind: Kind) -> Question {
        Question { id, kind, label: t("", ""), hint: t("", ""), required: true, show_if: "", labels: &[] }
    }
    static CHILD: [Question; 2] = [q("name", Kind::Text), q("born", Kind::Date { past_only: true })];
    static INCOME: [Choice; 2] = [Choice { id: "salary", label: t("жалақы", "зарплата") }, Choice { id: "irregular", label: t("тұрақсыз", "нерегулярный") }];
    static PAGES: [Page; 1] = [Page {
        id: "p",
        title: t("", ""),
        show_if: "",
        questions: &[q("name", Kind::Text), q("phone", Kind::Phone), q("income", Kind::Single(&INCOME)), q("children", Kind::Group { questions: &CHILD, min: 1, max: 5 })],
    }];
    static BLOCKS: [Block; 5] = [
        Block { kind: BlockKind::Header, text: t("Талап қоюшы: {name}, {phone}", "Истец: {name}, {phone}"), when: "", each: "" },
        Block { kind: BlockKind::Paragraph, text: t("{item.name}, {item.born}", "{item.name}, {item.born} г.р."), when: "", each: "children" },
        Block { kind: BlockKind::Demand, text: t("{calc.share}", "Взыскать {calc.share}"), when: "", each: "" },
        Block { kind: BlockKind::Demand, text: t("тұрақсыз", "Доход: {income}"), when: "income == \"irregular\"", each: "" },
        Block { kind: BlockKind::Signature, text: t("{today}", "{today} ____"), when: "", each: "" },
    ];
    static Q: Questionnaire = Questionnaire {
        document: Template { title: t("ТАЛАП ҚОЮ", "ИСК"), computed: &["share"], blocks: &BLOCKS, ..Template::empty() },
        ..Questionnaire::fixture("x", &PAGES)
    };

    fn answers() -> Answers {
        let child = |n: &str, d: Date| Answers::from([("name".into(), Answer::Text(n.into())), ("born".into(), Answer::Date(d))]);
        Answers::from([
            ("name".into(), Answer::Text("<b>Айгерим</b> & Co".into())),
            ("phone".into(), Answer::Text("+77011234567".into())),
            ("income".into(), Answer::Choice("irregular".into())),
            ("children".into(), Answer::Group(vec![child("Айша", Date::new(2019, 5, 1)), child("Ерлан", Date::new(2021, 1, 9))])),
        ])
    }

    #[test]
    fn fills_placeholders_repeats_groups_and_numbers_demands() {
        let computed = BTreeMap::from([("share".to_string(), "1/3".to_string())]);
        let doc = fill(&Q, &answers(), &computed, Lang::Ru, Date::new(2026, 11, 25)).expect("every place filled");
        assert_eq!(doc.title, "ИСК");
        let texts: Vec<(&str, usize)> = doc.blocks.iter().map(|b| (b.text.as_str(), b.number)).collect();
        assert_eq!(
            texts,
            vec![
                ("Истец: <b>Айгерим</b> & Co, +7 701 123 45 67", 0),
                ("Айша, 01.05.2019 г.р.", 0),
                ("Ерлан, 09.01.2021 г.р.", 0),
                ("Взыскать 1/3", 1),
                ("Доход: нерегулярный", 2),
                ("25.11.2026 ____", 0),
            ]
        );
    }

    #[test]
    fn conditional_blocks_follow_the_answers_and_user_text_stays_literal() {
        let mut a = answers();
        a.insert("income".into(), Answer::Choice("salary".into()));
        let computed = BTreeMap::from([("share".to_string(), "1/4".to_string())]);
        let doc = fill(&Q, &a, &computed, Lang::Kk, Date::new(2026, 11, 25)).expect("every place filled");
        assert_eq!(doc.blocks.iter().filter(|b| b.kind == BlockKind::Demand).count(), 1);
        assert!(doc.blocks[0].text.contains("<b>Айгерим</b> & Co"), "user text is inserted as it was typed");
    }

    static SIGNED_PAGES: [Page; 1] = [Page { id: "p", title: t("", ""), show_if: "", questions: &[q("plaintiff_iin", Kind::Iin)] }];
    static SIGNED_BLOCKS: [Block; 1] = [Block {
        kind: BlockKind::Paragraph,
        text: t("Келіспеймін.", "Я не {g:согласен|согласна}, {g:обращался|обращалась|обращался(-лась)} и {g:получил|получила}."),
        when: "",
        each: "",
    }];
    static SIGNED: Questionnaire = Questionnaire {
        pages: &SIGNED_PAGES,
        document: Template { signer_iin: "plaintiff_iin", blocks: &SIGNED_BLOCKS, ..Template::empty() },
        ..Q
    };

    fn signed_by(iin: Option<&str>, lang: Lang) -> String {
        let answers: Answers = iin.map(|i| ("plaintiff_iin".to_string(), Answer::Text(i.into()))).into_iter().collect();
        fill(&SIGNED, &answers, &BTreeMap::new(), lang, Date::new(2026, 11, 25)).expect("every place filled").blocks[0].text.clone()
    }

    #[test]
    fn the_signers_iin_chooses_the_russian_gender_form_and_no_iin_keeps_the_double_form() {
        assert_eq!(signed_by(Some("850505300120"), Lang::Ru), "Я не согласен, обращался и получил.");
        assert_eq!(signed_by(Some("850505400127"), Lang::Ru), "Я не согласна, обращалась и получила.");
        assert_eq!(signed_by(None, Lang::Ru), "Я не согласен(на), обращался(-лась) и получил(а).");
        assert_eq!(signed_by(Some("991228000107"), Lang::Ru), "Я не согласен(на), обращался(-лась) и получил(а).", "digit 0: sex unknown");
        assert_eq!(signed_by(Some("850505400127"), Lang::Kk), "Келіспеймін.", "Kazakh has no grammatical gender");
    }

    #[test]
    fn a_real_russian_document_follows_the_signers_iin() {
        let q = crate::core::content::questionnaires(Lang::Ru).iter().find(|q| q.id == "court.appeal").expect("court.appeal");
        assert_eq!(q.document.signer_iin, "plaintiff_iin");
        let text = |iin: Option<&str>| {
            let mut answers = crate::core::interview::computed::tests::default_answers(q);
            match iin {
                Some(iin) => answers.insert("plaintiff_iin".into(), Answer::Text(iin.into())),
                None => answers.remove("plaintiff_iin"),
            };
            // Without an ИИН the document is refused (a blank for it), but reads otherwise.
            let doc = fill(q, &answers, &BTreeMap::new(), Lang::Ru, Date::new(2026, 11, 25)).unwrap_or_else(|u| u.filled);
            doc.blocks.iter().map(|b| b.text.clone()).collect::<Vec<_>>().join("\n")
        };
        let (male, female, unknown) = (text(Some("900101300126")), text(Some("850505400127")), text(None));
        assert!(male.contains("я не согласен и считаю"), "{male}");
        assert!(female.contains("я не согласна и считаю"), "{female}");
        assert!(unknown.contains("я не согласен(на) и считаю"), "{unknown}");
        for doc in [&male, &female, &unknown] {
            assert!(!doc.contains("{g:"), "{doc}");
        }
    }

    static MONEY_PAGES: [Page; 1] = [Page { id: "p", title: t("", ""), show_if: "", questions: &[q("loan_amount", Kind::Money)] }];
    static MONEY_BLOCKS: [Block; 1] = [Block {
        kind: BlockKind::Paragraph,
        text: t("{loan_amount} ({loan_amount:words})", "{loan_amount} ({loan_amount:words})."),
        when: "",
        each: "",
    }];
    static MONEY: Questionnaire = Questionnaire { pages: &MONEY_PAGES, document: Template { blocks: &MONEY_BLOCKS, ..Template::empty() }, ..Q };

    #[test]
    fn a_money_answer_is_written_in_words_in_the_documents_language() {
        let answers = Answers::from([("loan_amount".to_string(), Answer::Money(250_000_150))]);
        let text = |lang| fill(&MONEY, &answers, &BTreeMap::new(), lang, Date::new(2026, 11, 25)).expect("every place filled").blocks[0].text.clone();
        assert_eq!(text(Lang::Ru), "2\u{a0}500\u{a0}001,50\u{a0}₸ (два миллиона пятьсот тысяч один тенге 50 тиынов).");
        assert_eq!(text(Lang::Kk), "2\u{a0}500\u{a0}001,50\u{a0}₸ (екі миллион бес жүз мың бір теңге 50 тиын)");
        let empty = fill(&MONEY, &Answers::new(), &BTreeMap::new(), Lang::Ru, Date::new(2026, 11, 25)).expect_err("a required sum not given");
        assert_eq!(empty.missing, ["loan_amount"], "no answer, no words: named once");
        assert_eq!(empty.filled.blocks[0].text, " ().");
    }

    static OPTIONAL_PAGES: [Page; 1] = [Page {
        id: "p",
        title: t("", ""),
        show_if: "",
        questions: &[Question { required: false, ..q("email", Kind::Email) }, q("name", Kind::Text), q("children", Kind::Group { questions: &CHILD, min: 1, max: 5 })],
    }];
    static OPTIONAL_BLOCKS: [Block; 2] = [
        Block { kind: BlockKind::Header, text: t("{name} {email}", "{name}, e-mail: {email}"), when: "", each: "" },
        Block { kind: BlockKind::Paragraph, text: t("{item.name} {item.born}", "{item.name}, {item.born}"), when: "", each: "children" },
    ];
    static OPTIONAL: Questionnaire = Questionnaire { pages: &OPTIONAL_PAGES, document: Template { blocks: &OPTIONAL_BLOCKS, ..Template::empty() }, ..Q };

    #[test]
    fn only_an_optional_answer_may_leave_its_place_empty_and_every_other_blank_is_named() {
        let child = |born: Option<Date>| {
            let mut item = Answers::from([("name".to_string(), Answer::Text("Айша".into()))]);
            if let Some(d) = born {
                item.insert("born".into(), Answer::Date(d));
            }
            item
        };
        let today = Date::new(2026, 11, 25);
        let full = Answers::from([("name".to_string(), Answer::Text("Ерлан".into())), ("children".to_string(), Answer::Group(vec![child(Some(Date::new(2019, 5, 1)))]))]);
        let doc = fill(&OPTIONAL, &full, &BTreeMap::new(), Lang::Ru, today).expect("no e-mail given: allowed");
        assert_eq!(doc.blocks[0].text, "Ерлан, e-mail: ");
        let gaps = Answers::from([("children".to_string(), Answer::Group(vec![child(Some(Date::new(2019, 5, 1))), child(None)]))]);
        let refused = fill(&OPTIONAL, &gaps, &BTreeMap::new(), Lang::Ru, today).expect_err("no name, no second birth date");
        assert_eq!(refused.missing, ["name", "children.1.born"], "by the keys of the fields that give them");
    }

    #[test]
    fn gender_forms_are_read_with_their_double_form() {
        let forms = gender_forms("g:согласен|согласна").unwrap().unwrap();
        assert_eq!((forms.male, forms.female, forms.both.as_str()), ("согласен", "согласна", "согласен(на)"));
        assert_eq!(gender_forms("g:был|была").unwrap().unwrap().both, "был(а)");
        assert_eq!(gender_forms("g:привлечён|привлечена|привлечён(а)").unwrap().unwrap().both, "привлечён(а)");
        assert!(gender_forms("g:согласен").unwrap().is_err());
        assert!(gender_forms("g:a|b|c|d").unwrap().is_err());
        assert!(gender_forms("g:она|он").unwrap().is_err(), "no ending to bracket");
        assert_eq!(gender_forms("plaintiff_name"), None);
    }

    #[test]
    fn placeholders_are_listed_for_the_build_checks() {
        assert_eq!(placeholders("{a} and {item.b} {calc.c}{ today }"), ["a", "item.b", "calc.c", "today"]);
        assert_eq!(substitute("x {a} {unclosed", &|n| n.to_uppercase()), "x A {unclosed");
    }
}
