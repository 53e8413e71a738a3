//! `[[sources]]` and `[[next]]`: the steps after the document, each cited, each reading what the
//! document can fill.

use std::collections::BTreeMap;

use super::*;

/// `[[sources]]`: each complete (as a guide's: `id`, `act`, `article`, `version`, `read`, `url`,
/// `confidence`; "U" is rejected), ids unique, and each cited by some step.
pub(super) fn check_sources(q: &QuestionnaireSrc, known: &Known, report: &mut FileReport) -> Vec<SourceSrc> {
    let mut out: Vec<SourceSrc> = Vec::new();
    for raw in &q.raw_sources {
        let line = report.line_of(raw.span().start);
        if raw.get_ref().from.is_some() || raw.get_ref().value.is_some() || raw.get_ref().until.is_some() {
            report.at_line(line, "`from`, `until` and `value` belong to figures.toml, not to a questionnaire's sources");
        }
        let copy = RawSource { from: None, value: None, until: None, ..raw.get_ref().clone() };
        let Some(source) = check_source(copy, SourceRole::Guide, known.today, line, report) else { continue };
        if out.iter().any(|s| s.id == source.id) {
            report.at_line(line, format!("duplicate source id `{}`", source.id));
            continue;
        }
        if !q.next.iter().any(|step| step.sources.contains(&source.id)) && !q.checks.iter().any(|c| c.sources.contains(&source.id)) {
            report.at_line(line, format!("source `{}` is not cited by any [[next]] step or [[checks]] item", source.id));
        }
        out.push(source);
    }
    out
}

/// `[[next]]`: a questionnaire with a document says what to do with it. Each step has a unique id,
/// kk and ru texts, known `{{figures}}`, placeholders the document can fill (`{calc.<computed>}`, a
/// question asked outside a group, `{today}`), a valid condition and known source ids.
pub(super) fn check_next(q: &QuestionnaireSrc, asked: &BTreeMap<String, Vec<String>>, text: &str, known: &Known, report: &mut FileReport) {
    let headers: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.trim() == "[[next]]").map(|(i, _)| i + 1).collect();
    if q.document.is_some() && q.next.is_empty() {
        let line = text.lines().position(|l| l.trim() == "[document]").map_or(1, |i| i + 1);
        report.at_line(line, "a questionnaire with a [document] needs [[next]] steps: what to do with the document");
    }
    let computed: &[String] = q.document.as_ref().map_or(&[], |d| d.computed.as_slice());
    let groups: BTreeSet<&str> = q.pages.iter().flat_map(|p| &p.questions).filter(|x| x.kind == "group").map(|g| g.id.as_str()).collect();
    let source_ids: BTreeSet<String> = q.raw_sources.iter().filter_map(|s| s.get_ref().id.clone()).map(|s| s.trim().to_string()).collect();
    let mut ids = BTreeSet::new();
    for (i, step) in q.next.iter().enumerate() {
        let line = headers.get(i).copied().unwrap_or(1);
        let key_line = |key: &str| key_line(text, line, key);
        if !ids.insert(step.id.clone()) {
            report.at_line(line, format!("duplicate step id `{}`", step.id));
        }
        if !step.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') || step.id.is_empty() {
            report.at_line(line, format!("step id `{}`: use lowercase letters, digits and _", step.id));
        }
        check_texts(&step.text, "step text", line, report);
        check_figures(&step.text, line, known, report);
        check_condition(&step.when, asked, key_line("when"), "when", report);
        for body in [&step.text.kk, &step.text.ru, &step.text.en] {
            for name in placeholders(&without_figures(body)) {
                let problem = if let Some(key) = name.strip_prefix("calc.") {
                    let value = key.strip_suffix(WORDS).unwrap_or(key);
                    if !computed.iter().any(|k| k == value) {
                        Some(format!("`{{{name}}}`: the document computes no `{value}` (add it to `computed` in [document])"))
                    } else {
                        calc_words_problem(name, q.document.as_ref().map_or("", |d| d.fee_subject.as_str()))
                    }
                } else if name == "today" {
                    None
                } else if name.starts_with("item.") || groups.contains(name) {
                    Some(format!("`{{{name}}}`: a step cannot read a group's items"))
                } else if !asked.contains_key(name) {
                    Some(format!("`{{{name}}}`: no question fills this field"))
                } else {
                    None
                };
                if let Some(message) = problem {
                    report.at_line(line_of_text(report, line, &format!("{{{name}}}")), message);
                }
            }
        }
        for id in &step.sources {
            if !source_ids.contains(id.trim()) {
                report.at_line(key_line("sources"), format!("step `{}` cites `{id}`, which is not in [[sources]]", step.id));
            }
        }
    }
}
