//! A guide's procedure timeline: the `[[timeline]]` steps of its header (who acts, what they do, the
//! period and the cost), or `no_timeline = "why"` for a guide that describes no procedure.
//!
//! Step texts are plain text with `{{figure}}` forms (no Markdown): the same figure keys as the body, so
//! a period or a fee changes in `figures.toml` only. The three languages of a guide must agree step by
//! step on who acts, the figures of the period and the cost, and the sources cited.

use std::collections::BTreeMap;

use serde::Deserialize;
use toml::Spanned;

use super::figures::SourceSrc;
use super::guide::{Context, GuideSrc};
use super::markdown::{special_forms, InlineSrc};
use super::{Diagnostic, FileReport};

/// Who acts in a step: a closed set, each shown as a translated label (`Ui::timeline_who`).
pub const WHO: [&str; 10] = ["you", "other_side", "employer", "seller", "commission", "court", "bailiff", "body", "notary", "registry"];

/// A step as written in the header.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawStep {
    who: Spanned<String>,
    step: Spanned<String>,
    #[serde(default)]
    period: Option<Spanned<String>>,
    #[serde(default)]
    cost: Option<Spanned<String>>,
    #[serde(default)]
    cite: Vec<Spanned<String>>,
}

/// A checked step.
#[derive(Debug, Clone, PartialEq)]
pub struct StepSrc {
    pub who: String,
    pub step: Vec<InlineSrc>,
    /// Empty when the law sets no period for the step.
    pub period: Vec<InlineSrc>,
    /// Empty when the step costs nothing the guide states.
    pub cost: Vec<InlineSrc>,
    /// Source ids of the guide, in the order written.
    pub cites: Vec<String>,
    pub line: usize,
}

impl StepSrc {
    /// Figure keys of a text, in order, for comparing languages.
    fn keys(text: &[InlineSrc]) -> Vec<String> {
        text.iter().filter_map(|i| if let InlineSrc::Figure { key, .. } = i { Some(key.clone()) } else { None }).collect()
    }

    /// Every figure key the step uses.
    pub fn figures(&self) -> impl Iterator<Item = &str> {
        [&self.step, &self.period, &self.cost].into_iter().flatten().filter_map(|i| match i {
            InlineSrc::Figure { key, .. } => Some(key.as_str()),
            _ => None,
        })
    }
}

/// Whether a guide has a timeline, says it needs none, or says nothing (listed in a warning).
#[derive(Debug, Clone, PartialEq)]
pub enum TimelineSrc {
    Steps(Vec<StepSrc>),
    /// `no_timeline = "…"`: not a procedure (a template, a list of terms), with the editor's reason.
    NotAProcedure(String),
    Missing,
}

impl TimelineSrc {
    pub fn steps(&self) -> &[StepSrc] {
        match self {
            TimelineSrc::Steps(s) => s,
            _ => &[],
        }
    }
}

/// Checks the header's `[[timeline]]` and `no_timeline`. `header_start` is the header's byte offset in
/// the file, to turn spans into lines.
pub fn check(
    raw: Vec<Spanned<RawStep>>,
    none: Option<Spanned<String>>,
    header_start: usize,
    sources: &[SourceSrc],
    ctx: &Context,
    report: &mut FileReport,
) -> TimelineSrc {
    let at = |s: std::ops::Range<usize>| header_start + s.start;
    match (raw.is_empty(), none) {
        (true, None) => return TimelineSrc::Missing,
        (true, Some(reason)) => {
            if reason.get_ref().trim().is_empty() {
                report.at_offset(at(reason.span()), "`no_timeline` must say why the guide describes no procedure");
            }
            return TimelineSrc::NotAProcedure(reason.into_inner().trim().to_string());
        }
        (false, Some(reason)) => {
            report.at_offset(at(reason.span()), "a guide with [[timeline]] steps must not also say `no_timeline`");
        }
        (false, None) => {}
    }
    let mut steps = Vec::new();
    for raw in raw {
        let line = report.line_of(at(raw.span()));
        let raw = raw.into_inner();
        let who = raw.who.get_ref().trim().to_string();
        if !WHO.contains(&who.as_str()) {
            report.at_offset(at(raw.who.span()), format!("unknown `who` `{who}`: use one of {}", WHO.join(", ")));
        }
        let text = |field: &str, value: Option<&Spanned<String>>, report: &mut FileReport| -> Vec<InlineSrc> {
            let Some(value) = value else { return Vec::new() };
            let offset = at(value.span());
            if value.get_ref().trim().is_empty() {
                report.at_offset(offset, format!("timeline `{field}` must not be empty (leave it out instead)"));
                return Vec::new();
            }
            let inlines = special_forms(value.get_ref().trim(), offset, report);
            for inline in &inlines {
                match inline {
                    InlineSrc::Cite { id, .. } => report.at_offset(offset, format!("timeline `{field}`: cite sources with `cite = [\"{id}\"]`, not in the text")),
                    InlineSrc::Figure { key, .. } => match ctx.figures.get(key) {
                        None => report.at_offset(offset, format!("unknown figure key `{key}`: add it to content/figures.toml")),
                        Some(f) if f.in_force(ctx.today).is_none() => {
                            report.at_offset(offset, format!("figure `{key}` has no value in force on {}", ctx.today))
                        }
                        Some(_) => {}
                    },
                    _ => {}
                }
            }
            inlines
        };
        let step = text("step", Some(&raw.step), report);
        let period = text("period", raw.period.as_ref(), report);
        let cost = text("cost", raw.cost.as_ref(), report);
        let mut cites = Vec::new();
        for id in &raw.cite {
            if !sources.iter().any(|s| &s.id == id.get_ref()) {
                report.at_offset(at(id.span()), format!("timeline cites `{}`, which is not one of the guide's [[sources]]", id.get_ref()));
            } else if !cites.contains(id.get_ref()) {
                cites.push(id.get_ref().clone());
            }
        }
        steps.push(StepSrc { who, step, period, cost, cites, line });
    }
    TimelineSrc::Steps(steps)
}

/// The three languages of each guide must have the same steps: the same number, and step by step the
/// same `who`, the same figures in the period and in the cost (or none) and the same sources.
/// A guide whose languages disagree on having a timeline at all is reported too.
pub fn check_languages(guides: &[GuideSrc], out: &mut Vec<Diagnostic>) {
    let mut by_id: BTreeMap<&str, Vec<&GuideSrc>> = BTreeMap::new();
    for g in guides {
        by_id.entry(&g.id).or_default().push(g);
    }
    for list in by_id.values() {
        let Some(first) = list.iter().find(|g| g.lang == "ru").or(list.first()) else { continue };
        for other in list.iter().filter(|g| g.lang != first.lang) {
            let mut report = |line: usize, message: String| out.push(Diagnostic { file: other.file.clone(), line, message });
            let (a, b) = (&first.timeline, &other.timeline);
            if std::mem::discriminant(a) != std::mem::discriminant(b) {
                report(1, format!("the timeline differs from {}: all languages have [[timeline]] steps, or all say `no_timeline`", first.file));
                continue;
            }
            let (a, b) = (a.steps(), b.steps());
            if a.len() != b.len() {
                let line = b.first().map_or(1, |s| s.line);
                report(line, format!("{} timeline steps here, {} in {}: every language has the same steps", b.len(), a.len(), first.file));
                continue;
            }
            for (n, (x, y)) in a.iter().zip(b).enumerate() {
                let n = n + 1;
                if x.who != y.who {
                    report(y.line, format!("timeline step {n}: `who` is `{}` here, `{}` in {}", y.who, x.who, first.file));
                }
                for (field, xs, ys) in [("period", &x.period, &y.period), ("cost", &x.cost, &y.cost)] {
                    if xs.is_empty() != ys.is_empty() || StepSrc::keys(xs) != StepSrc::keys(ys) {
                        report(y.line, format!("timeline step {n}: the `{field}` does not match {} (same figures, or none in both)", first.file));
                    }
                }
                if x.cites != y.cites {
                    report(y.line, format!("timeline step {n}: `cite` is {:?} here, {:?} in {}", y.cites, x.cites, first.file));
                }
            }
        }
    }
}

/// One error per guide that neither has a timeline nor says it needs none, on its Russian file: a new
/// guide of a procedure cannot be published without its steps.
pub fn missing(guides: &[GuideSrc]) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for g in guides.iter().filter(|g| g.timeline == TimelineSrc::Missing) {
        if !seen.insert(&g.id) {
            continue;
        }
        let file = guides.iter().find(|o| o.id == g.id && o.lang == "ru").map_or(&g.file, |o| &o.file);
        let message = format!("guide `{}` has no [[timeline]]: add its steps, or `no_timeline = \"why\"` if it describes no procedure", g.id);
        out.push(Diagnostic { file: file.clone(), line: 1, message });
    }
    out.sort();
    out
}
