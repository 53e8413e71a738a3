//! `[[values]]` and `[[rules]]` of a questionnaire: numbers and dates the app computes from the answers
//! (a claim price or the last day to file is never asked for when the answers give it) and rules across
//! answers with their messages.
//!
//! A value becomes known after the page that asks the last answer it reads, so the pages after it may
//! show questions on it (`show_if = "appeal_last_day < today"`). Checked here: ids are unique and no
//! question has them (alternatives of one value are consecutive entries with the same id and kind, each
//! but the last with a `when`); the kind is `money`, `number` or `deadline`; an expression parses and
//! reads only questions outside groups, earlier values or `figure.<key>` (a money, percent or МРП figure); a deadline starts from a date question and runs
//! for a duration figure; a rule names a question as its `field`, its condition reads only what is known,
//! and its message has kk and ru texts.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::figures::FigureSrc;
use super::questionnaire::{check_condition, check_texts, expr, QuestionnaireSrc, TextsSrc};
use super::FileReport;

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct ValueSrc {
    pub id: String,
    /// `money` (tenge), `number` or `deadline` (a date).
    pub kind: String,
    /// For money and number: `+ - * /` over answers and earlier values.
    #[serde(default)]
    pub expr: String,
    /// For a deadline: the date question (or date value) the period runs from.
    #[serde(default)]
    pub start: String,
    /// For a deadline: the figure holding the period (days, working days, months, years), counted with
    /// the ГПК rules and content/holidays.toml.
    #[serde(default)]
    pub period: String,
    /// For a deadline: whose counting rules apply. Empty (or `gpk`): the ГПК (arts. 122–123: a last day
    /// off moves to the next working day). `koap`: the КоАП (art. 739: a period in days is counted in
    /// calendar days and not moved, the earliest reading; months and years move), so a period in working
    /// days is refused.
    #[serde(default)]
    pub rule: String,
    /// Optional condition: the value is computed this way only when it holds. Several entries with the
    /// same id are alternatives, tried in order (`loan_amount - amount_repaid` when something was
    /// repaid, else `loan_amount`).
    #[serde(default)]
    pub when: String,
    /// For a deadline: the event it becomes in the reader's calendar (`.ics`) and in their own timeline
    /// on the document's page, e.g. «Последний день подать возражение». Empty: the date is not an event
    /// (an intermediate date). kk and ru are required when any text is given.
    #[serde(default)]
    pub event: TextsSrc,
}

impl ValueSrc {
    /// Every id this entry reads: its expression's or its start, and its condition's.
    pub fn reads(&self) -> Vec<String> {
        let start = (self.kind == "deadline").then_some(self.start.as_str());
        expr::value_reads(start, &self.expr, &self.when)
    }
}

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct RuleSrc {
    pub id: String,
    /// The condition under which the answers are wrong together.
    pub broken_when: String,
    /// The question whose field shows the message.
    pub field: String,
    pub message: TextsSrc,
}

const DURATION_KINDS: [&str; 5] = ["days", "working_days", "calendar_days", "months", "years"];

/// The values (each id once, alternatives together) that become known once every id in `asked` is
/// known: called after each page, it adds them to `asked` (in order; `added` remembers what was
/// added), so that the pages after may read them.
pub fn add_known(q: &QuestionnaireSrc, asked: &mut BTreeMap<String, Vec<String>>, added: &mut BTreeSet<String>) {
    loop {
        let mut progress = false;
        for id in value_ids(q) {
            if added.contains(&id) || asked.contains_key(&id) {
                continue;
            }
            let reads: Vec<String> = q.values.iter().filter(|v| v.id == id).flat_map(ValueSrc::reads).collect();
            if reads.iter().all(|r| asked.contains_key(r)) {
                asked.insert(id.clone(), Vec::new());
                added.insert(id);
                progress = true;
            }
        }
        if !progress {
            return;
        }
    }
}

fn value_ids(q: &QuestionnaireSrc) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in &q.values {
        if !out.contains(&v.id) {
            out.push(v.id.clone());
        }
    }
    out
}

/// Checks the values and the rules once every page is walked; `asked` holds every question asked (with
/// its choice options) and the values [`add_known`] added.
pub fn check(
    q: &QuestionnaireSrc,
    asked: &BTreeMap<String, Vec<String>>,
    figures: &BTreeMap<String, &FigureSrc>,
    text: &str,
    report: &mut FileReport,
) {
    let questions: Vec<_> = q.pages.iter().flat_map(|p| &p.questions).collect();
    let kind_of = |id: &str| questions.iter().find(|x| x.id == id).map(|x| x.kind.as_str());
    let headers = |table: &str| -> Vec<usize> { text.lines().enumerate().filter(|(_, l)| l.trim() == table).map(|(i, _)| i + 1).collect() };
    let value_lines = headers("[[values]]");
    let rule_lines = headers("[[rules]]");
    let is_id = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    // The ids a value may read: questions outside groups, earlier values, and `today` in conditions.
    let mut readable: BTreeSet<String> = questions.iter().filter(|x| x.kind != "group").map(|x| x.id.clone()).collect();
    readable.insert("today".into());

    let mut seen = BTreeSet::new();
    for (i, value) in q.values.iter().enumerate() {
        let line = value_lines.get(i).copied().unwrap_or(1);
        let name = &value.id;
        if !is_id(name) {
            report.at_line(line, format!("value id `{name}`: use lowercase letters, digits and _"));
        }
        let previous = i.checked_sub(1).map(|p| &q.values[p]);
        let alternative = previous.is_some_and(|p| p.id == *name);
        if alternative && previous.is_some_and(|p| p.when.trim().is_empty() || p.kind != value.kind) {
            report.at_line(line, format!("value `{name}`: an earlier entry with this id has no `when` or another kind, so this one is never used"));
        }
        if !alternative && (kind_of(name).is_some() || !seen.insert(name.clone())) {
            report.at_line(line, format!("value `{name}`: a question or another value already has this id (alternatives of one value follow each other)"));
        }
        if !value.when.trim().is_empty() {
            check_condition(&value.when, asked, line, "when", report);
        }
        let has_event = !(value.event.kk.is_empty() && value.event.ru.is_empty() && value.event.en.is_empty());
        if has_event && value.kind != "deadline" {
            report.at_line(line, format!("value `{name}`: only a deadline can be an `event` (a date for the reader's calendar)"));
        }
        match value.kind.as_str() {
            "money" | "number" => {
                if !value.start.is_empty() || !value.period.is_empty() || !value.rule.is_empty() {
                    report.at_line(line, format!("value `{name}`: `start`, `period` and `rule` are for a deadline"));
                }
                match expr::parse(&value.expr) {
                    Err(e) => report.at_line(line, format!("value `{name}`: expr `{}`: {e}", value.expr)),
                    Ok(parsed) => {
                        // `figure.<key>`: a figure of content/figures.toml in force on the reader's date.
                        let figure_kind = |id: &str| id.strip_prefix("figure.").and_then(|key| figures.get(key)).map(|f| f.kind.as_str());
                        for id in parsed.ids().into_iter().filter(|id| !readable.contains(*id)) {
                            match (id.strip_prefix("figure."), figure_kind(id)) {
                                (Some(_), Some("money" | "percent" | "mrp")) => {}
                                (Some(key), Some(kind)) => report.at_line(line, format!("value `{name}`: the figure `{key}` is of kind {kind}; an expr reads money, percent and МРП figures only")),
                                (Some(key), None) => report.at_line(line, format!("value `{name}`: expr reads `figure.{key}`, but content/figures.toml has no figure `{key}`")),
                                (None, _) => report.at_line(line, format!("value `{name}`: expr reads `{id}`, which is not a question asked outside a group or an earlier value")),
                            }
                        }
                        let money = |id: &str| {
                            kind_of(id) == Some("money") || q.values.iter().any(|v| v.id == id && v.kind == "money") || matches!(figure_kind(id), Some("money" | "mrp"))
                        };
                        if value.kind == "money" && !parsed.ids().into_iter().any(money) {
                            report.at_line(line, format!("value `{name}`: a money value is computed from money answers; its expr reads none"));
                        }
                    }
                }
            }
            "deadline" => {
                if !value.expr.is_empty() {
                    report.at_line(line, format!("value `{name}`: a deadline has `start` and `period`, not `expr`"));
                }
                let start_is_date = kind_of(&value.start) == Some("date") || q.values[..i].iter().any(|v| v.id == value.start && v.kind == "deadline");
                if !start_is_date {
                    report.at_line(line, format!("value `{name}`: `start = \"{}\"` must name a date question or an earlier deadline", value.start));
                }
                if has_event {
                    check_texts(&value.event, &format!("value `{name}`: `event`"), line, report);
                }
                if !["", "gpk", "koap"].contains(&value.rule.as_str()) {
                    report.at_line(line, format!("value `{name}`: `rule` must be \"gpk\" (the default) or \"koap\", not \"{}\"", value.rule));
                }
                match figures.get(&value.period) {
                    None => report.at_line(line, format!("value `{name}`: `period = \"{}\"` must name a figure of content/figures.toml", value.period)),
                    Some(f) if !DURATION_KINDS.contains(&f.kind.as_str()) => {
                        report.at_line(line, format!("value `{name}`: the figure `{}` is a {}, not a period", value.period, f.kind))
                    }
                    Some(f) if value.rule == "koap" && f.kind == "working_days" => report.at_line(
                        line,
                        format!("value `{name}`: the КоАП counts in сутки, months and years (art. 739); the figure `{}` is in working days", value.period),
                    ),
                    Some(_) => {}
                }
            }
            other => report.at_line(line, format!("value `{name}`: `kind` must be \"money\", \"number\" or \"deadline\", not \"{other}\"")),
        }
        if !asked.contains_key(name) && !value.reads().is_empty() {
            report.at_line(line, format!("value `{name}` reads something no question asks"));
        }
        readable.insert(name.clone());
    }

    let fields: BTreeSet<&str> = questions.iter().filter(|x| x.kind != "group").map(|x| x.id.as_str()).collect();
    let mut seen = BTreeSet::new();
    for (i, rule) in q.rules.iter().enumerate() {
        let line = rule_lines.get(i).copied().unwrap_or(1);
        if !is_id(&rule.id) || !seen.insert(rule.id.clone()) {
            report.at_line(line, format!("rule id `{}`: use lowercase letters, digits and _, once each", rule.id));
        }
        if !fields.contains(rule.field.as_str()) {
            report.at_line(line, format!("rule `{}`: `field = \"{}\"` must name a question outside a group", rule.id, rule.field));
        }
        if rule.broken_when.trim().is_empty() {
            report.at_line(line, format!("rule `{}` needs a `broken_when` condition", rule.id));
        }
        check_condition(&rule.broken_when, asked, line, "broken_when", report);
        check_texts(&rule.message, "rule message", line, report);
    }
}

/// Whether `id` names a value of the given kind.
pub fn is_money_value(q: &QuestionnaireSrc, id: &str) -> bool {
    q.values.iter().any(|v| v.id == id && v.kind == "money")
}
