//! `[[values]]` and `[[rules]]` of a questionnaire: numbers the app computes from the answers (a claim
//! price is never asked for when the answers give it) and rules across answers with their messages.
//!
//! Checked here: ids are unique and no question has them (alternatives of one value are consecutive
//! entries with the same id and kind, each but the last with a `when`), a value's kind is `money` or `number`, its
//! expression parses and reads only questions outside groups or earlier values, a rule names a question
//! as its `field`, its condition reads only what is known, and its message has kk and ru texts.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::questionnaire::{check_condition, check_texts, expr, QuestionnaireSrc, TextsSrc};
use super::FileReport;

#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct ValueSrc {
    pub id: String,
    /// `money` (tenge) or `number`.
    pub kind: String,
    pub expr: String,
    /// Optional condition: the value is computed this way only when it holds. Several entries with the
    /// same id are alternatives, tried in order (`loan_amount - amount_repaid` when something was
    /// repaid, else `loan_amount`).
    #[serde(default)]
    pub when: String,
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

/// Checks the values (adding each to `asked`, so that exits, blocks and steps may read them) and the
/// rules. `asked` holds every question asked, with its choice options.
pub fn check(q: &QuestionnaireSrc, asked: &mut BTreeMap<String, Vec<String>>, text: &str, report: &mut FileReport) {
    let groups: BTreeSet<&str> = q.pages.iter().flat_map(|p| &p.questions).filter(|x| x.kind == "group").map(|g| g.id.as_str()).collect();
    let money: BTreeSet<&str> = q.pages.iter().flat_map(|p| &p.questions).filter(|x| x.kind == "money").map(|x| x.id.as_str()).collect();
    let headers = |table: &str| -> Vec<usize> { text.lines().enumerate().filter(|(_, l)| l.trim() == table).map(|(i, _)| i + 1).collect() };
    let value_lines = headers("[[values]]");
    let rule_lines = headers("[[rules]]");
    let is_id = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');

    let mut seen = BTreeSet::new();
    for (i, value) in q.values.iter().enumerate() {
        let line = value_lines.get(i).copied().unwrap_or(1);
        if !is_id(&value.id) {
            report.at_line(line, format!("value id `{}`: use lowercase letters, digits and _", value.id));
        }
        let previous = i.checked_sub(1).map(|p| &q.values[p]);
        let alternative = previous.is_some_and(|p| p.id == value.id);
        if alternative && previous.is_some_and(|p| p.when.trim().is_empty() || p.kind != value.kind) {
            report.at_line(line, format!("value `{}`: an earlier entry with this id has no `when` or another kind, so this one is never used", value.id));
        }
        if !alternative && (asked.contains_key(&value.id) || !seen.insert(value.id.clone())) {
            report.at_line(line, format!("value `{}`: a question or another value already has this id (alternatives of one value follow each other)", value.id));
        }
        if alternative {
            asked.remove(&value.id);
        }
        check_condition(&value.when, asked, line, "when", report);
        if value.kind != "money" && value.kind != "number" {
            report.at_line(line, format!("value `{}`: `kind` must be \"money\" or \"number\", not \"{}\"", value.id, value.kind));
        }
        match expr::parse(&value.expr) {
            Err(e) => report.at_line(line, format!("value `{}`: expr `{}`: {e}", value.id, value.expr)),
            Ok(parsed) => {
                for id in parsed.ids() {
                    if groups.contains(id) || !asked.contains_key(id) {
                        report.at_line(line, format!("value `{}`: expr reads `{id}`, which is not a question asked outside a group or an earlier value", value.id));
                    }
                }
                if value.kind == "money" && !parsed.ids().iter().any(|id| money.contains(id) || seen.contains(*id)) {
                    report.at_line(line, format!("value `{}`: a money value is computed from money answers; its expr reads none", value.id));
                }
            }
        }
        asked.insert(value.id.clone(), Vec::new());
    }

    let fields: BTreeSet<&str> = q.pages.iter().flat_map(|p| &p.questions).filter(|x| x.kind != "group").map(|x| x.id.as_str()).collect();
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
