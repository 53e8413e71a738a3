//! `figures.toml`: dated values of figures that change (МРП, fee rates, deadlines), and the source
//! records shared with guides.

use serde::Deserialize;

use super::{Date, Diagnostic, FileReport};

const KINDS: [&str; 8] = ["money", "percent", "mrp", "days", "working_days", "calendar_days", "months", "years"];

/// A source as written in TOML (a guide's `[[sources]]` or a figure's `[[values]]`).
#[derive(Debug, Deserialize, Default, Clone)]
#[serde(deny_unknown_fields)]
pub struct RawSource {
    pub id: Option<String>,
    pub act: Option<String>,
    pub article: Option<String>,
    pub version: Option<String>,
    pub read: Option<DateField>,
    pub url: Option<String>,
    pub confidence: Option<String>,
    pub via: Option<String>,
    // Figure values only.
    pub from: Option<DateField>,
    pub value: Option<f64>,
    /// The last day the value is known for, where the law sets one (a year's МРП ends on 31 December).
    pub until: Option<DateField>,
}

/// A validated source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSrc {
    pub id: String,
    pub act: String,
    pub article: String,
    pub version: String,
    pub read: Date,
    pub url: String,
    /// "C", "C3" or "I".
    pub confidence: String,
    pub via: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureValueSrc {
    pub from: Date,
    /// The last day the value is known for, if the law sets one.
    pub until: Option<Date>,
    pub value: f64,
    pub source: SourceSrc,
}

#[derive(Debug, Clone, PartialEq)]
pub struct FigureSrc {
    pub key: String,
    pub kind: String,
    pub name: [String; 3],
    pub values: Vec<FigureValueSrc>,
}

impl FigureSrc {
    pub fn in_force(&self, date: Date) -> Option<&FigureValueSrc> {
        self.values.iter().rev().find(|v| v.from <= date)
    }
}

/// Where a source record appears, which decides the fields it must have.
#[derive(Clone, Copy, PartialEq)]
pub enum SourceRole {
    Guide,
    Figure,
}

/// A TOML date. Read straight from a file it is a datetime; through `toml::Value` (figures.toml is read
/// as a table first) the same value arrives as its string form, so both are accepted.
#[derive(Debug, Deserialize, Clone)]
#[serde(untagged)]
pub enum DateField {
    Toml(toml::value::Datetime),
    Text(String),
}

pub fn toml_date(value: &DateField) -> Option<Date> {
    match value {
        DateField::Toml(dt) => match (dt.date, dt.time, dt.offset) {
            (Some(d), None, None) => Date::new(d.year, d.month, d.day).is_valid().then(|| Date::new(d.year, d.month, d.day)),
            _ => None,
        },
        DateField::Text(text) => Date::parse_iso(text),
    }
}

/// Checks a source record; problems are reported at `line`.
pub fn check_source(raw: RawSource, role: SourceRole, today: Date, line: usize, report: &mut FileReport) -> Option<SourceSrc> {
    let before = report.diagnostics.len();
    let required = |name: &str, value: Option<String>, report: &mut FileReport| -> String {
        match value.map(|v| v.trim().to_string()) {
            Some(v) if !v.is_empty() => v,
            _ => {
                report.at_line(line, format!("source is missing `{name}`"));
                String::new()
            }
        }
    };
    let id = match role {
        SourceRole::Guide => required("id", raw.id, report),
        SourceRole::Figure => String::new(),
    };
    let act = required("act", raw.act, report);
    let article = match role {
        SourceRole::Guide => required("article", raw.article, report),
        SourceRole::Figure => raw.article.unwrap_or_default(),
    };
    let version = match role {
        SourceRole::Guide => required("version", raw.version, report),
        SourceRole::Figure => raw.version.unwrap_or_default(),
    };
    let url = required("url", raw.url, report);
    let confidence = required("confidence", raw.confidence, report);
    let via = raw.via.unwrap_or_default().trim().to_string();
    let read = match raw.read.as_ref().map(toml_date) {
        None => {
            report.at_line(line, "source is missing `read` (the date the act was read, YYYY-MM-DD)");
            None
        }
        Some(None) => {
            report.at_line(line, "`read` must be a date like 2026-11-01");
            None
        }
        Some(Some(d)) if d > today => {
            report.at_line(line, format!("`read` date {d} is in the future"));
            None
        }
        Some(Some(d)) => Some(d),
    };
    match confidence.as_str() {
        "" | "C" | "I" => {}
        "C3" if via.is_empty() => report.at_line(line, "a C3 (secondary) source must name it in `via`"),
        "C3" => {}
        "U" => report.at_line(line, "unverified facts (confidence \"U\") may not be published"),
        other => report.at_line(line, format!("unknown confidence `{other}`: use \"C\", \"C3\" or \"I\"")),
    }
    if !url.is_empty() && !url.starts_with("https://") {
        report.at_line(line, format!("source url must start with https://, found `{url}`"));
    } else if matches!(confidence.as_str(), "C" | "I") && !url.is_empty() && !url.starts_with("https://adilet.zan.kz/") {
        report.at_line(line, "an act's url must be its official text on https://adilet.zan.kz/");
    }
    if role == SourceRole::Guide && (raw.from.is_some() || raw.value.is_some() || raw.until.is_some()) {
        report.at_line(line, "`from`, `until` and `value` belong to figures.toml, not to a guide's sources");
    }
    if report.diagnostics.len() > before {
        return None;
    }
    Some(SourceSrc { id, act, article, version, read: read?, url, confidence, via })
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFigure {
    kind: String,
    name: RawNames,
    values: Vec<RawSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawNames {
    pub kk: String,
    pub ru: String,
    pub en: String,
}

/// Parses the figures file. A figure is any table with a `kind` key; its dotted path is its key.
pub fn parse(file: &str, text: &str, today: Date, out: &mut Vec<Diagnostic>) -> Vec<FigureSrc> {
    let mut report = FileReport::new(file, text);
    let table: toml::Table = match toml::from_str(text) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.span().map_or(0, |s| s.start);
            report.at_offset(offset, format!("malformed TOML: {}", e.message()));
            out.append(&mut report.diagnostics);
            return Vec::new();
        }
    };
    let mut figures = Vec::new();
    collect(&table, "", text, today, &mut report, &mut figures);
    out.append(&mut report.diagnostics);
    figures
}

fn collect(table: &toml::Table, prefix: &str, text: &str, today: Date, report: &mut FileReport, out: &mut Vec<FigureSrc>) {
    for (name, value) in table {
        let key = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
        let Some(inner) = value.as_table() else {
            let line = header_line(text, &format!("[{prefix}]")).unwrap_or(1);
            report.at_line(line, format!("`{key}` is not a figure: a figure is a table with `kind`, `name` and `[[values]]`"));
            continue;
        };
        if !inner.contains_key("kind") {
            collect(inner, &key, text, today, report, out);
            continue;
        }
        let line = header_line(text, &format!("[{key}]")).unwrap_or(1);
        let raw: RawFigure = match inner.clone().try_into() {
            Ok(raw) => raw,
            Err(e) => {
                report.at_line(line, format!("figure `{key}`: {}", e.message()));
                continue;
            }
        };
        if !KINDS.contains(&raw.kind.as_str()) {
            report.at_line(line, format!("figure `{key}`: unknown kind `{}`; use one of {}", raw.kind, KINDS.join(", ")));
        }
        if raw.values.is_empty() {
            report.at_line(line, format!("figure `{key}` has no [[{key}.values]]"));
        }
        let value_lines = header_lines(text, &format!("[[{key}.values]]"));
        let mut values: Vec<FigureValueSrc> = Vec::new();
        for (index, rv) in raw.values.into_iter().enumerate() {
            let vline = value_lines.get(index).copied().unwrap_or(line);
            let from = rv.from.as_ref().and_then(toml_date);
            let until = rv.until.as_ref().map(toml_date);
            let value = rv.value;
            if until == Some(None) {
                report.at_line(vline, format!("`{key}` value: `until` must be a date, YYYY-MM-DD"));
            }
            let until = until.flatten();
            if let (Some(from), Some(until)) = (from, until) {
                if until < from {
                    report.at_line(vline, format!("`{key}` value: `until = {until}` is before `from = {from}`"));
                }
            }
            if from.is_none() {
                report.at_line(vline, format!("`{key}` value needs `from = YYYY-MM-DD`"));
            }
            if !value.is_some_and(|v| v.is_finite() && v >= 0.0) {
                report.at_line(vline, format!("`{key}` value needs a non-negative number in `value`"));
            }
            if let (Some(prev), Some(from)) = (values.last(), from) {
                if prev.from >= from {
                    report.at_line(vline, format!("`{key}` values must be in date order; {from} is not after {}", prev.from));
                }
                if prev.until.is_some_and(|u| u >= from) {
                    report.at_line(vline, format!("`{key}` values overlap: the one before is known until {}, this one starts {from}", prev.until.unwrap_or(from)));
                }
            }
            let source = check_source(rv, SourceRole::Figure, today, vline, report);
            if let (Some(from), Some(value), Some(source)) = (from, value, source) {
                values.push(FigureValueSrc { from, until, value, source });
            }
        }
        let RawNames { kk, ru, en } = raw.name;
        out.push(FigureSrc { key, kind: raw.kind, name: [kk, ru, en], values });
    }
}

fn header_lines(text: &str, header: &str) -> Vec<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| l.trim() == header)
        .map(|(i, _)| i + 1)
        .collect()
}

fn header_line(text: &str, header: &str) -> Option<usize> {
    header_lines(text, header).first().copied()
}
