//! `holidays.toml`: public holidays and days off, for counting working days. See content/README.md.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::figures::{check_source, toml_date, DateField, RawNames, RawSource, SourceRole, SourceSrc};
use super::{Date, Diagnostic, FileReport};

/// When a day falls, as validated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayDateSrc {
    Yearly { month: u8, day: u8, from: Option<Date>, until: Option<Date> },
    Once(Date),
}

#[derive(Debug, Clone, PartialEq)]
pub struct HolidaySrc {
    /// kk, ru, en.
    pub name: [String; 3],
    /// "holiday" or "day_off".
    pub kind: String,
    pub date: HolidayDateSrc,
    /// Index into [`HolidaysSrc::sources`].
    pub source: usize,
    pub changed_by: Option<usize>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TransferSrc {
    pub day_off: Date,
    pub working_day: Date,
    pub source: usize,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct HolidaysSrc {
    pub sources: Vec<SourceSrc>,
    pub weekend_rule: Option<usize>,
    pub days: Vec<HolidaySrc>,
    pub transfers: Vec<TransferSrc>,
    /// Years in which every movable day has a date and whose transfer order is listed.
    pub complete_years: Vec<u16>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    weekend_rule: Option<Spanned<RawRule>>,
    #[serde(default)]
    yearly: Vec<Spanned<RawYearly>>,
    #[serde(default)]
    movable: Vec<Spanned<RawMovable>>,
    #[serde(default)]
    transfer_order: Vec<Spanned<RawTransferOrder>>,
    #[serde(default)]
    transfer: Vec<Spanned<RawTransfer>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransferOrder {
    year: Spanned<i64>,
    source: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    source: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYearly {
    date: Spanned<String>,
    kind: Spanned<String>,
    name: Spanned<RawNames>,
    source: Spanned<String>,
    from: Option<Spanned<DateField>>,
    until: Option<Spanned<DateField>>,
    changed_by: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMovable {
    id: Spanned<String>,
    kind: Spanned<String>,
    name: Spanned<RawNames>,
    #[serde(default)]
    dates: Vec<Spanned<RawDated>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDated {
    date: Spanned<DateField>,
    source: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTransfer {
    day_off: Spanned<DateField>,
    working_day: Spanned<DateField>,
    source: Spanned<String>,
}

const KINDS: [&str; 2] = ["holiday", "day_off"];

/// Parses and checks the holidays file; problems go to `out` as `file:line: message`.
pub fn parse(file: &str, text: &str, today: Date, out: &mut Vec<Diagnostic>) -> HolidaysSrc {
    let mut report = FileReport::new(file, text);
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            report.at_offset(e.span().map_or(0, |s| s.start), format!("malformed holidays file: {}", e.message().trim()));
            out.append(&mut report.diagnostics);
            return HolidaysSrc::default();
        }
    };
    let result = check(raw, today, &mut report);
    out.append(&mut report.diagnostics);
    result
}

fn check(raw: RawFile, today: Date, report: &mut FileReport) -> HolidaysSrc {
    let mut result = HolidaysSrc::default();

    // Sources, by id, in file order.
    let mut ids: BTreeMap<String, usize> = BTreeMap::new();
    let mut source_lines = Vec::new();
    for spanned in raw.sources {
        let line = report.line_of(spanned.span().start);
        let Some(source) = check_source(spanned.into_inner(), SourceRole::Guide, today, line, report) else { continue };
        if ids.contains_key(&source.id) {
            report.at_line(line, format!("source `{}` is declared twice", source.id));
            continue;
        }
        ids.insert(source.id.clone(), result.sources.len());
        source_lines.push(line);
        result.sources.push(source);
    }
    let mut used = BTreeSet::new();
    let mut source_ref = |id: &Spanned<String>, report: &mut FileReport| -> Option<usize> {
        match ids.get(id.get_ref().trim()) {
            Some(&index) => {
                used.insert(index);
                Some(index)
            }
            None => {
                report.at_offset(id.span().start, format!("unknown source `{}`: declare it in a [[sources]] entry", id.get_ref()));
                None
            }
        }
    };

    if let Some(rule) = &raw.weekend_rule {
        result.weekend_rule = source_ref(&rule.get_ref().source, report);
    }

    for spanned in &raw.yearly {
        let y = spanned.get_ref();
        let start = report.diagnostics.len();
        let (month, day) = match month_day(y.date.get_ref()) {
            Some(md) => md,
            None => {
                let message = format!("`date` must be a month and day that exist every year, like \"03-21\", not `{}`", y.date.get_ref());
                report.at_offset(y.date.span().start, message);
                (0, 0)
            }
        };
        let kind = check_kind(&y.kind, report);
        let name = check_names(&y.name, report);
        let source = source_ref(&y.source, report);
        let from = y.from.as_ref().and_then(|d| check_date(d, "from", report));
        let until = y.until.as_ref().and_then(|d| check_date(d, "until", report));
        if let (Some(f), Some(u)) = (from, until) {
            if f > u {
                report.at_offset(y.from.as_ref().expect("from").span().start, format!("`from` {f} is after `until` {u}"));
            }
        }
        let changed_by = match (&y.changed_by, y.from.is_some() || y.until.is_some()) {
            (Some(id), true) => source_ref(id, report),
            (Some(id), false) => {
                report.at_offset(id.span().start, "`changed_by` names the act that set `from` or `until`; there is neither");
                None
            }
            (None, true) => {
                report.at_offset(spanned.span().start, "a day with `from` or `until` needs `changed_by`: the source of that change");
                None
            }
            (None, false) => None,
        };
        if report.diagnostics.len() == start {
            let date = HolidayDateSrc::Yearly { month, day, from, until };
            if let Some(other) = result.days.iter().find(|d| overlaps(&d.date, &date)) {
                let message = format!("{month:02}-{day:02} is already listed (as {}) for the same years", other.name[1]);
                report.at_offset(y.date.span().start, message);
            } else {
                result.days.push(HolidaySrc { name, kind, date, source: source.expect("checked"), changed_by });
            }
        }
    }

    let mut movable_ids = BTreeSet::new();
    let mut movable_years: Vec<BTreeSet<u16>> = Vec::new();
    for spanned in &raw.movable {
        let m = spanned.get_ref();
        let id = m.id.get_ref().trim();
        if id.is_empty() || !movable_ids.insert(id.to_string()) {
            report.at_offset(m.id.span().start, format!("movable day `{id}` needs a unique, non-empty `id`"));
        }
        let kind = check_kind(&m.kind, report);
        let name = check_names(&m.name, report);
        if m.dates.is_empty() {
            report.at_offset(spanned.span().start, format!("movable day `{id}` has no [[movable.dates]]"));
        }
        let mut years = BTreeSet::new();
        let mut previous: Option<Date> = None;
        for dated in &m.dates {
            let d = dated.get_ref();
            let source = source_ref(&d.source, report);
            let Some(date) = check_date(&d.date, "date", report) else { continue };
            if previous.is_some_and(|p| p >= date) {
                report.at_offset(d.date.span().start, format!("`{id}` dates must be in date order; {date} is not after {}", previous.expect("previous")));
            }
            if !years.insert(date.year) {
                report.at_offset(d.date.span().start, format!("`{id}` already has a date in {}", date.year));
            }
            previous = Some(date);
            if let Some(source) = source {
                result.days.push(HolidaySrc { name: name.clone(), kind: kind.clone(), date: HolidayDateSrc::Once(date), source, changed_by: None });
            }
        }
        movable_years.push(years);
    }
    let mut order_years = BTreeSet::new();
    for spanned in &raw.transfer_order {
        let o = spanned.get_ref();
        source_ref(&o.source, report);
        match u16::try_from(*o.year.get_ref()) {
            Ok(year) if (1900..=2200).contains(&year) => {
                if !order_years.insert(year) {
                    report.at_offset(o.year.span().start, format!("the transfer order for {year} is listed twice"));
                }
            }
            _ => report.at_offset(o.year.span().start, format!("`year` must be a year like 2026, not {}", o.year.get_ref())),
        }
    }
    movable_years.push(order_years.clone());
    let mut complete: Option<BTreeSet<u16>> = None;
    for years in movable_years {
        complete = Some(match complete {
            None => years,
            Some(c) => c.intersection(&years).copied().collect(),
        });
    }
    result.complete_years = complete.unwrap_or_default().into_iter().collect();

    for spanned in &raw.transfer {
        let t = spanned.get_ref();
        let source = source_ref(&t.source, report);
        let day_off = check_date(&t.day_off, "day_off", report);
        let working_day = check_date(&t.working_day, "working_day", report);
        if let Some(d) = day_off.filter(|d| d.weekday().is_weekend()) {
            report.at_offset(t.day_off.span().start, format!("`day_off` {d} is a Saturday or Sunday: a transfer gives a weekday off"));
        }
        if let Some(d) = working_day.filter(|d| !d.weekday().is_weekend()) {
            report.at_offset(t.working_day.span().start, format!("`working_day` {d} is a weekday: a transfer makes a Saturday or Sunday a working day"));
        }
        for (field, day) in [(&t.day_off, day_off), (&t.working_day, working_day)] {
            if let Some(d) = day.filter(|d| !order_years.contains(&d.year)) {
                report.at_offset(field.span().start, format!("{d}: add a [[transfer_order]] for {} first", d.year));
            }
        }
        if let (Some(day_off), Some(working_day), Some(source)) = (day_off, working_day, source) {
            result.transfers.push(TransferSrc { day_off, working_day, source });
        }
    }

    for (index, line) in source_lines.into_iter().enumerate() {
        if !used.contains(&index) {
            report.at_line(line, format!("source `{}` is never used", result.sources[index].id));
        }
    }
    result
}

/// "03-21" → (3, 21), for a day that exists in every year (so not 02-29).
fn month_day(text: &str) -> Option<(u8, u8)> {
    let (m, d) = text.split_once('-')?;
    if m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (month, day): (u8, u8) = (m.parse().ok()?, d.parse().ok()?);
    Date::new(2001, month, day).is_valid().then_some((month, day))
}

fn check_kind(kind: &Spanned<String>, report: &mut FileReport) -> String {
    let k = kind.get_ref().trim();
    if !KINDS.contains(&k) {
        report.at_offset(kind.span().start, format!("unknown kind `{k}`: use \"holiday\" (праздничный день) or \"day_off\" (выходной день)"));
    }
    k.to_string()
}

fn check_names(names: &Spanned<RawNames>, report: &mut FileReport) -> [String; 3] {
    let n = names.get_ref();
    let all = [n.kk.trim().to_string(), n.ru.trim().to_string(), n.en.trim().to_string()];
    for (lang, name) in ["kk", "ru", "en"].iter().zip(&all) {
        if name.is_empty() {
            report.at_offset(names.span().start, format!("the `{lang}` name is empty"));
        }
    }
    all
}

fn check_date(value: &Spanned<DateField>, field: &str, report: &mut FileReport) -> Option<Date> {
    let date = toml_date(value.get_ref());
    if date.is_none() {
        report.at_offset(value.span().start, format!("`{field}` must be a date like 2026-03-21"));
    }
    date
}

/// Whether two yearly days are the same day in some year.
fn overlaps(a: &HolidayDateSrc, b: &HolidayDateSrc) -> bool {
    match (a, b) {
        (
            HolidayDateSrc::Yearly { month: m1, day: d1, from: f1, until: u1 },
            HolidayDateSrc::Yearly { month: m2, day: d2, from: f2, until: u2 },
        ) => {
            let starts_before_other_ends = |from: &Option<Date>, until: &Option<Date>| match (from, until) {
                (Some(f), Some(u)) => f <= u,
                _ => true,
            };
            (m1, d1) == (m2, d2) && starts_before_other_ends(f1, u2) && starts_before_other_ends(f2, u1)
        }
        _ => false,
    }
}
