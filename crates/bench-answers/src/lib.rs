//! The answers the document-generation benchmark fills each questionnaire with (`examples/documents_bench.rs`
//! in the browser; `cargo xtask bench-documents` rebuilds them natively to check the wasm's documents).
//! One crate for both, so the two cannot drift apart.
//!
//! Every question on the way gets a realistic answer of its kind (names, addresses, dates in order, a few
//! sentences of long text, three items per group, every option of a multiple choice). Yes/no and single
//! choices are picked one at a time in questionnaire order (conditions only look back): of the values that
//! lead to no exit, the one that makes the document longest, so each document is a large one of its kind.

use zanger::core::date::Date;
use zanger::core::interview::document::{Filled, Unfilled};
use zanger::core::interview::model::{Kind, Question, Questionnaire};
use zanger::core::interview::{Answer, Answers, Interview, Session};
use zanger::core::lang::Lang;

/// The day the documents are generated on (fixed, so that every run fills the same text).
pub const TODAY: Date = Date::new(2026, 11, 25);

/// Items per repeatable group (within the group's own limits).
const GROUP_ITEMS: u8 = 3;

/// `answers` typed into `q`'s form, as a reader would have typed them (not timed).
pub fn session(q: &'static Questionnaire, answers: &Answers) -> Session {
    Session::with_answers(q, answers, TODAY)
}

/// The generation the benchmark times, as the document page does it: the computed values and the
/// filled text, from the session the form already holds (its walk was done when the last answer came).
pub fn generate(session: &Session, lang: Lang) -> Result<Filled, Unfilled> {
    session.document(lang).map(|prepared| prepared.filled)
}

/// Characters of text in the filled document.
pub fn chars(doc: &Filled) -> usize {
    doc.blocks.iter().map(|b| b.text.chars().count()).sum()
}

/// The benchmark's answers for `q` in `lang`; an error names the question whose every value leads to an
/// exit (then the questionnaire makes no document with these heuristics).
pub fn answers(q: &'static Questionnaire, lang: Lang) -> Result<Answers, String> {
    let mut answers = Answers::new();
    for question in q.pages.iter().flat_map(|p| p.questions.iter()) {
        let candidates = candidates(question, lang, None);
        if let [only] = candidates.as_slice() {
            answers.insert(question.id.to_string(), only.clone());
            continue;
        }
        let mut best: Option<(usize, Answer)> = None;
        for candidate in candidates {
            let mut trial = answers.clone();
            trial.insert(question.id.to_string(), candidate.clone());
            if Interview::new(q, trial.clone()).exit().is_some() {
                continue;
            }
            // The later questions are not answered yet: their places are blank, so the length is read
            // off the document as far as it fills.
            let length = chars(&generate(&session(q, &trial), lang).unwrap_or_else(|u| u.filled));
            if best.as_ref().is_none_or(|(longest, _)| length > *longest) {
                best = Some((length, candidate));
            }
        }
        let (_, chosen) = best.ok_or_else(|| format!("{} ({}): every answer to `{}` leads to an exit", q.id, lang.code(), question.id))?;
        answers.insert(question.id.to_string(), chosen);
    }
    Ok(answers)
}

/// The values tried for a question: every option of a single choice, both answers of a yes/no, and one
/// realistic value of any other kind. `item` is the group and the index in it, for a group's question.
fn candidates(question: &Question, lang: Lang, item: Option<Item>) -> Vec<Answer> {
    match &question.kind {
        Kind::YesNo => vec![Answer::Bool(true), Answer::Bool(false)],
        Kind::Single(options) => options.iter().map(|o| Answer::Choice(o.id.to_string())).collect(),
        _ => vec![value(question, lang, item)],
    }
}

/// A group's id and an item's index in it.
type Item = (&'static str, usize);

/// A realistic value of the question's kind (for a single choice inside a group: the options in turn).
fn value(question: &Question, lang: Lang, item: Option<Item>) -> Answer {
    let kk = lang == Lang::Kk;
    let id = question.id;
    let t = |s: &str| Answer::Text(s.to_string());
    match &question.kind {
        Kind::Text => t(&text(id, kk, item)),
        Kind::LongText => t(if kk { LONG_KK } else { LONG_RU }),
        Kind::Address => t(match (kk, id.contains("defendant")) {
            (true, false) => "Алматы қ., Абай даңғылы, 150-үй, 12-пәтер",
            (true, true) => "Алматы қ., Сәтбаев көшесі, 24-үй, 7-пәтер",
            (false, false) => "г. Алматы, пр. Абая, д. 150, кв. 12",
            (false, true) => "г. Алматы, ул. Сатпаева, д. 24, кв. 7",
        }),
        Kind::Number { min, max } => Answer::Number(3.0f64.max(min.unwrap_or(1.0)).min(max.unwrap_or(f64::MAX))),
        // Tiyn: a monthly income, else a claim's price.
        Kind::Money => Answer::Money(if id.contains("repaid") { 25_000_000 } else if id.contains("income") || id.contains("salary") || id.contains("pays") { 35_000_000 } else { 125_000_000 }),
        Kind::Date { .. } => Answer::Date(date(id, item)),
        Kind::YesNo => Answer::Bool(true),
        Kind::Single(options) => Answer::Choice(options.get(item.map_or(0, |(_, i)| i) % options.len().max(1)).map_or("", |o| o.id).to_string()),
        Kind::Multiple(options) => Answer::Choices(options.iter().map(|o| o.id.to_string()).collect()),
        Kind::Iin => t(if id.contains("defendant") { "860903300215" } else { "880412400127" }),
        Kind::Bin => t("120540012342"),
        Kind::Phone => t("+77011234567"),
        Kind::Email => t("aigerim.seitova@example.kz"),
        Kind::Group { questions, min, max } => {
            let count = GROUP_ITEMS.clamp(*min, (*max).max(*min));
            Answer::Group(
                (0..usize::from(count))
                    .map(|i| questions.iter().map(|s| (s.id.to_string(), value(s, lang, Some((question.id, i))))).collect())
                    .collect(),
            )
        }
    }
}

const LONG_KK: &str = "2025 жылғы 12 наурызда жауапкермен жазбаша шарт жасастық, оның талаптарын мен толық орындадым. \
    Жауапкер міндеттемесін мерзімінде орындамады, телефон арқылы да, жазбаша түрде де бірнеше рет ескерттім, \
    алайда жауап алмадым. 2026 жылғы 2 қыркүйекте талап-арыз жібердім, ол да жауапсыз қалды. \
    Осыған байланысты құқықтарымды қорғау үшін сотқа жүгінуге мәжбүрмін.";
const LONG_RU: &str = "12 марта 2025 года я заключила с ответчиком письменный договор и полностью выполнила свои \
    обязательства по нему. Ответчик свои обязательства в срок не исполнил, на мои неоднократные напоминания по \
    телефону и в письменной форме не ответил. 2 сентября 2026 года я направила ему претензию, которая также \
    осталась без ответа. В связи с этим я вынуждена обратиться в суд за защитой своих прав.";

/// A short text answer, chosen by what the question's id says it is.
fn text(id: &str, kk: bool, item: Option<Item>) -> String {
    let pick = |kk_text: &str, ru_text: &str| if kk { kk_text } else { ru_text }.to_string();
    const CHILDREN: [&str; 3] = ["Сейітова Айша Ерланқызы", "Сейітов Нұрлан Ерланұлы", "Сейітова Аружан Ерланқызы"];
    const PARTICIPANTS: [&str; 3] = ["Сейітова Айгерім Болатқызы", "Сейітов Ерлан Маратұлы", "«Алатау Сервис» ЖШС"];
    if let (Some((group, i)), "name") = (item, id) {
        let names = if group == "children" { &CHILDREN } else { &PARTICIPANTS };
        return names[i % names.len()].to_string();
    }
    if id.starts_with("court") || id.contains("first_court") {
        return pick("Алматы қаласы Алмалы аудандық соты", "Алмалинский районный суд г. Алматы");
    }
    if id.contains("defendant_name") {
        return "Сейітов Ерлан Маратұлы".into();
    }
    if id.ends_with("name") {
        return "Сейітова Айгерім Болатқызы".into();
    }
    if id.contains("workplace") || id == "issuer" || id.contains("superior") {
        return pick("«Алатау Сервис» ЖШС, Алматы қ., Төле би көшесі, 59", "ТОО «Алатау Сервис», г. Алматы, ул. Толе би, 59");
    }
    if id.contains("number") {
        return "2-1234/2026".into();
    }
    if id.contains("plate") {
        return "123 ABC 02".into();
    }
    if id.contains("months") {
        return pick("2026 жылғы шілде – қыркүйек", "июль – сентябрь 2026 года");
    }
    if id.contains("article") {
        return pick("ӘҚБтК 590-бабының 1-бөлігі", "ч. 1 ст. 590 КоАП РК");
    }
    pick(
        "2025 жылғы 12 наурыздағы № 15 шартқа сәйкес, толық деректері қоса берілген құжаттарда",
        "согласно договору № 15 от 12 марта 2025 года, подробности в прилагаемых документах",
    )
}

/// A date in the order a case has them: births long ago, the events of the last two years.
fn date(id: &str, item: Option<Item>) -> Date {
    match id {
        "born" => Date::new(2014 + 3 * item.map_or(0, |(_, i)| i) as u16, 5, 1),
        "plaintiff_born" => Date::new(1988, 4, 12),
        "defendant_born" => Date::new(1986, 9, 3),
        "marriage_date" => Date::new(2012, 8, 18),
        "work_start" => Date::new(2021, 2, 1),
        "loan_date" | "purchase_date" => Date::new(2025, 3, 12),
        "separated_since" | "back_since" => Date::new(2025, 6, 1),
        "due_date" => Date::new(2025, 12, 31),
        "dismissal_date" | "defect_found" => Date::new(2026, 8, 31),
        "claim_sent_date" | "demand_date" | "commission_date" => Date::new(2026, 9, 2),
        _ => Date::new(2026, 11, 10),
    }
}
