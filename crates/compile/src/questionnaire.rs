//! `questionnaires/<id>.toml`: the guided interviews. One file per questionnaire with its texts in every
//! language side by side, so the structure cannot differ between languages.
//!
//! Checked here: the header, unique ids, known question types, choice options, every condition parses
//! and reads only questions asked *before* it, comparisons with a choice use one of its options (a typo
//! there would make a page unreachable), exits link to something that exists, `{{figure}}` forms name
//! a figure in force, and every migration from an earlier version lands on a question of this one.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use zanger_model::figure_form::{pieces, Piece};
use zanger_model::{migrate, placeholder};
pub(super) use zanger_model::expr;

use placeholder::{gender_forms, placeholders, WORDS};
use toml::Spanned;

use super::figures::{check_source, FigureSrc, RawSource, SourceRole, SourceSrc};
use super::{Date, Diagnostic, FileReport};

mod document;
mod migrations;
mod next;
use document::{calc_words_problem, check_document};
use migrations::check_migrations;
use next::{check_next, check_sources};

#[derive(Debug, Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct TextsSrc {
    #[serde(default)]
    pub kk: String,
    #[serde(default)]
    pub ru: String,
    #[serde(default)]
    pub en: String,
}

/// `keywords = { kk = [...], ru = [...], en = [...] }`: the words a reader types for this document
/// (what it is called, what it does, how people say it), indexed by search with its title and summary.
#[derive(Debug, Deserialize, Clone, Default)]
#[serde(deny_unknown_fields)]
pub struct KeywordsSrc {
    #[serde(default)]
    pub kk: Vec<String>,
    #[serde(default)]
    pub ru: Vec<String>,
    #[serde(default)]
    pub en: Vec<String>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct ChoiceSrc {
    pub id: String,
    pub label: TextsSrc,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct QuestionSrc {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub label: TextsSrc,
    #[serde(default)]
    pub hint: TextsSrc,
    #[serde(default = "yes")]
    pub required: bool,
    #[serde(default)]
    pub show_if: String,
    pub min: Option<f64>,
    pub max: Option<f64>,
    #[serde(default)]
    pub past_only: bool,
    #[serde(default)]
    pub options: Vec<ChoiceSrc>,
    #[serde(default)]
    pub questions: Vec<QuestionSrc>,
    /// `[[pages.questions.labels]]`: a label that fits earlier answers better (the first whose `when`
    /// holds is shown instead of `label`), e.g. «ФИО должника» once "a person" was chosen.
    #[serde(default)]
    pub labels: Vec<LabelIfSrc>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct LabelIfSrc {
    pub when: String,
    pub label: TextsSrc,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct PageSrc {
    pub id: String,
    pub title: TextsSrc,
    #[serde(default)]
    pub show_if: String,
    pub questions: Vec<QuestionSrc>,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct ExitSrc {
    pub id: String,
    pub when: String,
    pub title: TextsSrc,
    pub text: TextsSrc,
    /// Where the reader goes: `guide:<id>` or `questionnaire:<id>` (required; see `exits.rs`).
    #[serde(default)]
    pub link: String,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct BlockSrc {
    pub kind: String,
    pub text: TextsSrc,
    #[serde(default)]
    pub when: String,
    #[serde(default)]
    pub each: String,
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct DocumentSrc {
    pub title: TextsSrc,
    #[serde(default)]
    pub computed: Vec<String>,
    #[serde(default)]
    pub fee_subject: String,
    #[serde(default)]
    pub claim_price: String,
    /// The `iin` question of the person who signs (`"plaintiff_iin"`): its ИИН gives the sex that
    /// chooses each `{g:согласен|согласна}` form; once declared, a Russian block may not keep a double
    /// form such as «согласен(на)».
    #[serde(default)]
    pub signer_iin: String,
    /// The kind of claim the court calculator decides for (`{calc.court}`, `{calc.court_reason}`): one of
    /// [`COURT_CLAIMS`]. The calculator names no questionnaire; the questionnaire names its claim.
    #[serde(default)]
    pub court_claim: String,
    /// Which answer feeds each calculator input: `inputs = { children = "children", income_monthly =
    /// "salary" }`. Names from [`INPUTS`]; each id a question of the kind the input takes.
    #[serde(default)]
    pub inputs: BTreeMap<String, String>,
    #[serde(default)]
    pub blocks: Vec<BlockSrc>,
}

/// The claims the court calculator knows (`core::calc::court::ClaimKind::from_name`; a test keeps the two
/// lists equal).
pub const COURT_CLAIMS: [&str; 12] = [
    "child_alimony", "divorce", "wages", "consumer", "loan", "health_harm", "fine_complaint", "administrative_act", "appeal",
    "inheritance_restore", "real_estate", "other",
];

/// The claim kinds `{calc.fee}` knows (`core::calc::fee::FeeSubject`).
pub const FEE_SUBJECTS: [&str; 5] = ["general", "labour", "alimony", "health_harm", "consumer"];

/// The computed values the app can fill in (`{calc.<key>}`); `interview::computed` provides each.
pub const COMPUTED: [&str; 15] = [
    "children_count", "share", "monthly_amount", "fixed_sum", "yearly_amount", "yearly_fixed_sum", "fee", "court", "court_reason", "back_from",
    "alimony_penalty", "alimony_unpaid", "penalty_rate", "penalty_line", "penalty_claim",
];

/// The computed sums that `claim_price = "calc.<key>"` may name (the engine computes them before the fee).
pub const COMPUTED_MONEY: [&str; 3] = ["alimony_penalty", "alimony_unpaid", "penalty_claim"];

/// The computed values that are sums of money, which `{calc.<key>:words}` writes in words
/// (`interview::computed` gives each its words; a fee only when it is a sum, not an exemption).
pub const COMPUTED_SUMS: [&str; 8] =
    ["monthly_amount", "fixed_sum", "yearly_amount", "yearly_fixed_sum", "fee", "alimony_penalty", "alimony_unpaid", "penalty_claim"];

/// The calculators' inputs that `[document] inputs` binds to answers: the name a calculator reads, the
/// question type it takes, and the computed values that cannot do without it (an input no value needs
/// is optional). `debt_*` name fields of the group bound to `debts`. `interview::computed` reads each by
/// this name through `Template::input`, so no calculator names a question.
pub const INPUTS: [(&str, &str, &[&str]); 13] = [
    ("children", "group", &["children_count", "share", "monthly_amount", "yearly_amount"]),
    ("income_monthly", "money", &["monthly_amount", "yearly_amount"]),
    ("fixed_sum_mrp", "number", &["fixed_sum", "yearly_fixed_sum"]),
    ("court_place", "text", &["court"]),
    ("court_name", "text", &[]),
    ("back_since", "date", &["back_from"]),
    ("debts", "group", &PENALTY),
    ("debt_due", "date", &PENALTY),
    ("debt_amount", "money", &PENALTY),
    ("debt_paid_on", "date", &[]),
    ("count_to", "date", &PENALTY),
    ("claim_arrears", "yes_no", &[]),
    ("losses_amount", "money", &[]),
];

const PENALTY: [&str; 5] = ["alimony_penalty", "alimony_unpaid", "penalty_rate", "penalty_line", "penalty_claim"];

const BLOCK_KINDS: [&str; 6] = ["header", "title", "para", "demand", "attachment", "signature"];

/// `[[migrations]]`: how a draft of version `from` (or earlier) reads in the next version.
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct MigrationSrc {
    pub from: Spanned<u16>,
    /// Old id → new id: `question = "new_question"`, `"group.field" = "group.new_field"`.
    #[serde(default)]
    pub rename: BTreeMap<String, Spanned<String>>,
    /// Question (named as after the renames) → old choice id → new choice id.
    #[serde(default)]
    pub values: BTreeMap<String, BTreeMap<String, Spanned<String>>>,
}

impl migrate::Step for MigrationSrc {
    fn rename(&self, old: &str) -> Option<&str> {
        self.rename.get(old).map(|n| n.get_ref().as_str())
    }

    fn value(&self, question: &str, old: &str) -> Option<&str> {
        self.values.get(question)?.get(old).map(|n| n.get_ref().as_str())
    }
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct QuestionnaireSrc {
    pub id: String,
    /// The version of the questions; 1 when absent.
    #[serde(default)]
    pub version: Option<Spanned<u16>>,
    #[serde(default)]
    pub migrations: Vec<MigrationSrc>,
    pub topics: Vec<String>,
    pub guide: String,
    pub title: TextsSrc,
    pub summary: TextsSrc,
    /// `keywords`: everyday words search finds the questionnaire by, per language (see `KeywordsSrc`).
    #[serde(default)]
    pub keywords: KeywordsSrc,
    pub pages: Vec<PageSrc>,
    #[serde(default)]
    pub exits: Vec<ExitSrc>,
    pub document: Option<DocumentSrc>,
    /// `[[sources]]`: the acts the next steps cite, with the fields of a guide's sources.
    #[serde(default, rename = "sources")]
    pub raw_sources: Vec<Spanned<RawSource>>,
    /// The checked `raw_sources`, in file order (filled by `parse`).
    #[serde(skip)]
    pub sources: Vec<SourceSrc>,
    /// `[[next]]`: what to do with the document once it is made.
    #[serde(default)]
    pub next: Vec<NextSrc>,
    /// `[[values]]`: numbers computed from the answers (see `values.rs`).
    #[serde(default)]
    pub values: Vec<super::values::ValueSrc>,
    /// `[[rules]]`: rules across answers with their messages (see `values.rs`).
    #[serde(default)]
    pub rules: Vec<super::values::RuleSrc>,
    /// `filing = "claim"`: the document is filed with a court as a claim and gets the common items of
    /// `filing_checks.toml` in "Check before you file" (see `checks.rs`).
    #[serde(default)]
    pub filing: String,
    /// `[[checks]]`: this questionnaire's own items of that check.
    #[serde(default)]
    pub checks: Vec<super::checks::CheckSrc>,
}

/// One `[[next]]` step: a text (with `{{figures}}` and the document's `{placeholders}`), an optional
/// condition, and the ids of the `[[sources]]` it rests on.
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct NextSrc {
    pub id: String,
    pub text: TextsSrc,
    #[serde(default)]
    pub when: String,
    #[serde(default)]
    pub sources: Vec<String>,
}

impl QuestionnaireSrc {
    pub fn version(&self) -> u16 {
        self.version.as_ref().map_or(1, |v| *v.get_ref())
    }
}

const KINDS: [&str; 14] =
    ["text", "long_text", "number", "money", "date", "yes_no", "single", "multiple", "iin", "bin", "phone", "address", "group", "email"];

/// What the checks need to know about the rest of the content.
pub struct Known<'a> {
    pub topics: &'a BTreeSet<String>,
    pub guides: &'a BTreeSet<String>,
    pub questionnaires: &'a BTreeSet<String>,
    /// The figures `{{key}}` may name, each needing a value in force on `today` (the build date).
    pub figures: &'a BTreeMap<String, &'a FigureSrc>,
    pub today: Date,
}

pub fn parse(file: &str, text: &str, stem: &str, known: &Known, out: &mut Vec<Diagnostic>) -> Option<QuestionnaireSrc> {
    let mut report = FileReport::new(file, text);
    let mut q: QuestionnaireSrc = match toml::from_str(text) {
        Ok(q) => q,
        Err(e) => {
            report.at_offset(e.span().map_or(0, |s| s.start), format!("malformed questionnaire: {}", e.message().trim()));
            out.append(&mut report.diagnostics);
            return None;
        }
    };
    let line_of_id = |id: &str| -> usize {
        let needle = format!("id = \"{id}\"");
        text.lines().position(|l| l.trim_start().starts_with(&needle)).map_or(1, |i| i + 1)
    };
    // The line of `key =` in the entry that starts at `from` (before the next entry), else `from`.
    let line_of_key = |from: usize, key: &str| -> usize {
        let prefix = format!("{key} ");
        text.lines()
            .enumerate()
            .skip(from)
            .take_while(|(_, l)| !l.trim_start().starts_with("[[") && !l.trim_start().starts_with("id ="))
            .find(|(_, l)| l.trim_start().starts_with(&prefix) || l.trim_start().starts_with(&format!("{key}=")))
            .map_or(from, |(i, _)| i + 1)
    };
    if q.id != stem {
        report.at_line(line_of_id(&q.id), format!("id `{}` must equal the file name `{stem}`", q.id));
    }
    for topic in q.topics.iter().filter(|t| !known.topics.contains(*t)) {
        report.at_line(1, format!("unknown topic `{topic}`"));
    }
    if q.topics.is_empty() {
        report.at_line(1, "`topics` must name at least one topic");
    }
    if !known.guides.contains(&q.guide) {
        report.at_line(1, format!("`guide` names no guide: `{}`", q.guide));
    }
    check_texts(&q.title, "title", 1, &mut report);
    check_texts(&q.summary, "summary", 1, &mut report);
    no_figures(&q.title, "the title", 1, &mut report);
    no_figures(&q.summary, "the summary", 1, &mut report);
    let keywords_line = text.lines().position(|l| l.trim_start().starts_with("keywords")).map_or(1, |i| i + 1);
    for (lang, words) in [("kk", &q.keywords.kk), ("ru", &q.keywords.ru), ("en", &q.keywords.en)] {
        if words.iter().any(|w| w.trim().is_empty()) {
            report.at_line(keywords_line, format!("`keywords.{lang}` has an empty entry"));
        }
        if words.iter().any(|w| w.contains("{{")) {
            report.at_line(keywords_line, format!("`keywords.{lang}`: figures are not searched; write the words"));
        }
    }
    if q.pages.is_empty() {
        report.at_line(1, "a questionnaire needs at least one [[pages]]");
    }

    // Questions asked so far, in order, with their choice options (for condition checks).
    let mut asked: BTreeMap<String, Vec<String>> = BTreeMap::new();
    // `today` (the reader's date) may be read by any condition, e.g. `appeal_last_day < today`.
    asked.insert("today".to_string(), Vec::new());
    let mut values_known: BTreeSet<String> = BTreeSet::new();
    let mut all_ids: BTreeSet<String> = BTreeSet::new();
    for page in &q.pages {
        let line = line_of_id(&page.id);
        if !all_ids.insert(page.id.clone()) {
            report.at_line(line, format!("duplicate id `{}`", page.id));
        }
        check_texts(&page.title, "page title", line, &mut report);
        check_figures(&page.title, line, known, &mut report);
        check_condition(&page.show_if, &asked, line_of_key(line, "show_if"), "show_if", &mut report);
        if page.questions.is_empty() {
            report.at_line(line, format!("page `{}` has no questions", page.id));
        }
        for question in &page.questions {
            check_question(question, &mut asked, &mut all_ids, &line_of_id, &line_of_key, known, &mut report);
        }
        // Values whose answers are all asked by now are known to the pages after this one.
        super::values::add_known(&q, &mut asked, &mut values_known);
    }
    super::values::check(&q, &asked, known.figures, text, &mut report);
    // Each exit's own `[[exits]]` entry (an exit may share its id with a question).
    let exit_headers: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.trim() == "[[exits]]").map(|(i, _)| i + 1).collect();
    for (index, exit) in q.exits.iter().enumerate() {
        let line = exit_headers.get(index).and_then(|&header| text.lines().skip(header).position(|l| l.trim_start().starts_with("id")).map(|i| header + i + 1)).unwrap_or_else(|| line_of_id(&exit.id));
        check_texts(&exit.title, "exit title", line, &mut report);
        check_texts(&exit.text, "exit text", line, &mut report);
        check_figures(&exit.title, line, known, &mut report);
        check_figures(&exit.text, line, known, &mut report);
        // Exits are judged once everything is answered, so they may read any question.
        check_condition(&exit.when, &asked, line_of_key(line, "when"), "when", &mut report);
        if exit.when.trim().is_empty() {
            report.at_line(line, format!("exit `{}` needs a `when` condition", exit.id));
        }
        super::exits::check(&q, exit, line, &line_of_key, known, &mut report);
    }
    if let Some(document) = &q.document {
        check_document(document, &q, &asked, text, &mut report);
    }
    q.sources = check_sources(&q, known, &mut report);
    check_next(&q, &asked, text, known, &mut report);
    super::checks::check_questionnaire(&q, &asked, text, &mut report);
    check_migrations(&q, &mut report);
    let failed = !report.diagnostics.is_empty();
    out.append(&mut report.diagnostics);
    (!failed).then_some(q)
}

/// `text` with its `{{figure}}` forms removed, so that only `{placeholders}` remain.
fn without_figures(text: &str) -> String {
    pieces(text).into_iter().filter_map(|p| if let Piece::Text(plain) = p { Some(plain) } else { None }).collect()
}

fn check_question(
    question: &QuestionSrc,
    asked: &mut BTreeMap<String, Vec<String>>,
    all_ids: &mut BTreeSet<String>,
    line_of_id: &dyn Fn(&str) -> usize,
    line_of_key: &dyn Fn(usize, &str) -> usize,
    known: &Known,
    report: &mut FileReport,
) {
    let line = line_of_id(&question.id);
    if !all_ids.insert(question.id.clone()) {
        report.at_line(line, format!("duplicate id `{}`", question.id));
    }
    if !question.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
        report.at_line(line, format!("question id `{}`: use lowercase letters, digits and _", question.id));
    }
    if !KINDS.contains(&question.kind.as_str()) {
        report.at_line(line_of_key(line, "type"), format!("unknown question type `{}`; use one of {}", question.kind, KINDS.join(", ")));
    }
    check_texts(&question.label, "label", line, report);
    check_figures(&question.label, line, known, report);
    check_figures(&question.hint, line, known, report);
    check_condition(&question.show_if, asked, line_of_key(line, "show_if"), "show_if", report);
    for alternative in &question.labels {
        let at = line; // reported at the question the label belongs to
        check_texts(&alternative.label, "label", at, report);
        check_figures(&alternative.label, at, known, report);
        if alternative.when.trim().is_empty() {
            report.at_line(at, format!("`{}`: a label in [[labels]] needs a `when` condition", question.id));
        }
        check_condition(&alternative.when, asked, at, "when", report);
    }
    match question.kind.as_str() {
        "single" | "multiple" => {
            if question.options.len() < 2 {
                report.at_line(line, format!("`{}` needs at least two options", question.id));
            }
            let mut seen = BTreeSet::new();
            for o in &question.options {
                if !seen.insert(o.id.clone()) {
                    report.at_line(line, format!("`{}`: duplicate option `{}`", question.id, o.id));
                }
                check_texts(&o.label, "option label", line, report);
                no_figures(&o.label, "an option label", line, report);
            }
        }
        "group" => {
            if question.questions.is_empty() {
                report.at_line(line, format!("group `{}` has no questions", question.id));
            }
            // Conditions inside a group item read only the item's own earlier answers.
            let mut inner: BTreeMap<String, Vec<String>> = BTreeMap::new();
            let mut inner_ids = BTreeSet::new();
            for sub in &question.questions {
                if sub.kind == "group" {
                    report.at_line(line_of_id(&sub.id), "groups cannot be nested");
                }
                check_question(sub, &mut inner, &mut inner_ids, line_of_id, line_of_key, known, report);
            }
        }
        _ => {}
    }
    if let (Some(min), Some(max)) = (question.min, question.max) {
        if min > max {
            report.at_line(line, format!("`{}`: min {min} is above max {max}", question.id));
        }
    }
    let options = question.options.iter().map(|o| o.id.clone()).collect();
    asked.insert(question.id.clone(), options);
}

pub(super) fn check_texts(texts: &TextsSrc, what: &str, line: usize, report: &mut FileReport) {
    for (lang, text) in [("kk", &texts.kk), ("ru", &texts.ru)] {
        if text.trim().is_empty() {
            report.at_line(line, format!("{what} has no {lang} text"));
        }
    }
}

/// A `{{…}}` form as written, and its key and factor or why it cannot be read.
type FigureForm = (String, Result<(String, f64), &'static str>);

/// The `{{key}}` / `{{key*factor}}` forms of a text: `Ok((key, factor))`, or `Err(form)` for one that is
/// not closed or whose factor is not a positive number, with the reason. The app expands them (`core::figures::expand`).
fn figure_forms(text: &str) -> Vec<FigureForm> {
    pieces(text)
        .into_iter()
        .filter_map(|piece| match piece {
            Piece::Text(_) => None,
            Piece::Unclosed(rest) => Some((rest.chars().take(40).collect(), Err("`{{` without a closing `}}`"))),
            Piece::Figure { form, key, factor: Some(f) } => Some((form.to_string(), Ok((key.to_string(), f)))),
            Piece::Figure { form, .. } => Some((form.to_string(), Err("the factor after `*` must be a positive number"))),
        })
        .collect()
}

/// The line of `needle` at or after `from` (1-based), else `from`.
fn line_of_text(report: &FileReport, from: usize, needle: &str) -> usize {
    report.text.lines().enumerate().skip(from.saturating_sub(1)).find(|(_, l)| l.contains(needle)).map_or(from, |(i, _)| i + 1)
}

/// Every `{{figure}}` in a text the form shows (label, hint, page title, exit) names a figure with a
/// value in force today.
pub(super) fn check_figures(texts: &TextsSrc, line: usize, known: &Known, report: &mut FileReport) {
    for text in [&texts.kk, &texts.ru, &texts.en] {
        for (form, parsed) in figure_forms(text) {
            let at = line_of_text(report, line, &form);
            match parsed {
                Err(reason) => report.at_line(at, format!("`{form}`: {reason}")),
                Ok((key, _)) => match known.figures.get(&key) {
                    None => report.at_line(at, format!("unknown figure key `{key}`: add it to content/figures.toml")),
                    Some(figure) if figure.in_force(known.today).is_none() => {
                        report.at_line(at, format!("figure `{key}` has no value in force on {}", known.today))
                    }
                    Some(_) => {}
                },
            }
        }
    }
}

/// Texts shown outside the form (titles, summaries) or copied into documents (option labels) are not
/// expanded, so a `{{figure}}` there would be shown as typed.
fn no_figures(texts: &TextsSrc, what: &str, line: usize, report: &mut FileReport) {
    for text in [&texts.kk, &texts.ru, &texts.en] {
        if let Some((form, _)) = figure_forms(text).into_iter().next() {
            let at = line_of_text(report, line, &form);
            report.at_line(at, format!("`{form}`: figures are shown in labels, hints, page titles and exits, not in {what}"));
        }
    }
}

/// Parses `condition` and checks its ids against the questions asked so far.
pub(super) fn check_condition(condition: &str, asked: &BTreeMap<String, Vec<String>>, line: usize, what: &str, report: &mut FileReport) {
    if condition.trim().is_empty() {
        return;
    }
    let parsed = match expr::parse(condition) {
        Ok(e) => e,
        Err(e) => {
            report.at_line(line, format!("{what} `{condition}`: {e}"));
            return;
        }
    };
    for id in parsed.ids() {
        // `question.option` reads whether a choice question has that option chosen.
        let option_known = id.split_once('.').is_some_and(|(q, option)| asked.get(q).is_some_and(|options| options.iter().any(|o| o == option)));
        if !asked.contains_key(id) && !option_known {
            report.at_line(line, format!("{what} `{condition}` reads `{id}`, which is not asked before this point"));
        }
    }
    if parsed == expr::Expr::Bool(false) {
        report.at_line(line, format!("{what} is always false: this can never be shown"));
    }
    check_choice_literals(&parsed, asked, condition, line, what, report);
}

/// `choice == "value"` must name one of the choice's options, or the condition can never hold.
fn check_choice_literals(e: &expr::Expr, asked: &BTreeMap<String, Vec<String>>, condition: &str, line: usize, what: &str, report: &mut FileReport) {
    use expr::Expr;
    match e {
        Expr::Cmp(a, _, b) => {
            let pair = match (a.as_ref(), b.as_ref()) {
                (Expr::Id(id), Expr::Str(s)) | (Expr::Str(s), Expr::Id(id)) => Some((id, s)),
                _ => None,
            };
            if let Some((id, value)) = pair {
                if let Some(options) = asked.get(id.as_str()).filter(|o| !o.is_empty()) {
                    if !options.contains(value) {
                        report.at_line(line, format!("{what} `{condition}`: `{id}` has no option \"{value}\" (options: {})", options.join(", ")));
                    }
                }
            }
        }
        Expr::Not(x) => check_choice_literals(x, asked, condition, line, what, report),
        Expr::And(x, y) | Expr::Or(x, y) => {
            check_choice_literals(x, asked, condition, line, what, report);
            check_choice_literals(y, asked, condition, line, what, report);
        }
        _ => {}
    }
}

/// The line of `key =` inside the table whose header is on `line` (before the next table header), else
/// `line`: where a message about that key points. Used by `[[next]]` steps and `[[checks]]`.
pub(super) fn key_line(text: &str, line: usize, key: &str) -> usize {
    text.lines()
        .enumerate()
        .skip(line)
        .take_while(|(_, l)| !l.trim_start().starts_with('['))
        .find(|(_, l)| {
            let l = l.trim_start();
            l.strip_prefix(key).is_some_and(|rest| rest.starts_with([' ', '=', '.']))
        })
        .map_or(line, |(n, _)| n + 1)
}
