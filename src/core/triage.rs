//! "I received a document": from the kind of paper a person received and a date, the last day to act,
//! the days left, whether it has passed, whether to check the rule, and the answer to open.
//!
//! The kinds, how to recognise them, their explanations, the figure holding each period and the
//! questionnaire or guide to open are content (`content/triage.toml`, compiled by
//! `content::compile::triage`). This module only counts, exactly as a questionnaire's `kind = "deadline"`
//! value does (`interview::engine`): the period in force on the start date (the first recorded one for an
//! earlier date), ended with the ГПК rules over `content/holidays.toml` (`calc::deadline::WorkCalendar`).
//! Pure Rust, no browser types; the page `ui::pages::received` shows what it returns.

use crate::core::calc::deadline::{days_left, Period, WorkCalendar};
use crate::core::calc::Citation;
use crate::core::content::model::{Source, Texts};
use crate::core::date::Date;
use crate::core::figures::{self, Figure};

/// What date a period runs from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Start {
    /// The day the person received the paper (a copy, a notice); the period starts the next day.
    Received,
    /// The date the act was made in final form, printed on it (a decision, a ruling).
    Made,
    /// The day the act was announced, when it takes effect then (an appeal court's ruling).
    Announced,
}

/// One kind of paper (an entry of `content/triage.toml`).
#[derive(Debug, PartialEq)]
pub struct Kind {
    pub id: &'static str,
    pub start: Start,
    /// The figure holding the period (`deadline.court_order_objection`); `None` when the law sets none.
    pub period: Option<&'static str>,
    /// The questionnaire that writes the answer, if there is one.
    pub form: Option<&'static str>,
    /// A second questionnaire that may also be needed (a counter-claim beside the response).
    pub also_form: Option<&'static str>,
    /// The guide that explains this kind of paper.
    pub guide: &'static str,
    /// Where to go once the period has passed: a questionnaire, else a guide.
    pub late_form: Option<&'static str>,
    pub late_guide: Option<&'static str>,
    /// The name of the paper, as the choice reads.
    pub label: Texts,
    /// How it looks: the words of its title, who signs it, what it demands.
    pub title_words: Texts,
    pub signed_by: Texts,
    pub demands: Texts,
    /// What it is, in plain words (may hold `{{figure}}` forms).
    pub what: Texts,
    /// What happens when the last day passes (may hold `{{figure}}` forms).
    pub if_missed: Texts,
    /// A caveat on the count (a date the court set, a count from the date the act was made).
    pub note: Option<Texts>,
}

/// A page the answer opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    Form(&'static str),
    Guide(&'static str),
}

/// The last day to act.
#[derive(Debug, Clone, PartialEq)]
pub struct Due {
    pub last_day: Date,
    /// From today to the last day: 0 on the last day itself, negative once it has passed.
    pub days_left: i64,
    pub passed: bool,
    /// Check the rule: the period's source, a counting rule or the holiday data is not confirmed, or a
    /// year the count went through has holiday data that is not complete.
    pub caution: bool,
    /// Years the count went through whose movable holidays or transfer order are not known.
    pub incomplete_years: Vec<u16>,
    /// The figure the period comes from and the record of the value used.
    pub figure: &'static Figure,
    pub source: &'static Source,
    /// Every rule the count rests on (the period's article, the counting rules, each holiday met).
    pub citations: Vec<Citation>,
}

/// What the page says about one paper and one date.
#[derive(Debug, Clone, PartialEq)]
pub struct Triage {
    pub kind: &'static Kind,
    /// `None` for a paper the law gives no period to answer.
    pub due: Option<Due>,
    /// The answer to open below: the questionnaire, else the guide.
    pub answer: Target,
    /// A second document that may also be needed.
    pub also: Option<Target>,
    /// Once the period has passed: where restoring it is explained or written.
    pub restore: Option<Target>,
}

/// Why a date cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    Missing,
    /// Not a calendar date (`2026-02-30`) or not `YYYY-MM-DD`.
    Invalid,
    /// Later than today.
    Future,
}

/// Every kind of paper, in the order of the content file.
pub fn kinds() -> &'static [Kind] {
    crate::core::content::triage()
}

pub fn kind(id: &str) -> Option<&'static Kind> {
    kinds().iter().find(|k| k.id == id)
}

/// The date an `<input type="date">` gives (`YYYY-MM-DD`), not after `today`.
pub fn parse_date(text: &str, today: Date) -> Result<Date, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Missing);
    }
    let date = Date::parse_iso(text).filter(|d| d.is_valid()).ok_or(DateError::Invalid)?;
    if date > today {
        return Err(DateError::Future);
    }
    Ok(date)
}

/// The triage for `kind` and the date its period runs from (`kind.start` says which), on `today`.
pub fn assess(kind: &'static Kind, date: Date, today: Date) -> Result<Triage, DateError> {
    if date > today {
        return Err(DateError::Future);
    }
    let due = kind.period.and_then(|key| due(key, date, today));
    let passed = due.as_ref().is_some_and(|d| d.passed);
    let answer = kind.form.map_or(Target::Guide(kind.guide), Target::Form);
    let restore = if passed { kind.late_form.map(Target::Form).or(kind.late_guide.map(Target::Guide)) } else { None };
    Ok(Triage { kind, due, answer, also: kind.also_form.map(Target::Form), restore })
}

/// The last day of the period in figure `key` that runs from `start`, counted as a questionnaire's
/// `kind = "deadline"` value is (`interview::engine`): the value in force on `start`, or the first recorded
/// one for an earlier start (a figure's first `from` is when the research began, not when the law changed).
fn due(key: &str, start: Date, today: Date) -> Option<Due> {
    let figure = figures::find(crate::core::content::figures(), key)?;
    let first = figure.values.first().map(|v| v.from);
    let on = if first.is_some_and(|f| start < f) { first? } else { start };
    let value = figure.in_force(on)?;
    let period = Period::from_figure(figure, on)?;
    let deadline = WorkCalendar::default().period_end(start, period);
    let period_rule = Citation::from_source(&value.source);
    let mut citations = vec![period_rule];
    citations.extend(deadline.citations.iter().copied().filter(|c| *c != period_rule));
    let left = days_left(today, deadline.date);
    Some(Due {
        last_day: deadline.date,
        days_left: left,
        passed: left < 0,
        caution: deadline.caution || value.source.confidence.needs_caution(),
        incomplete_years: deadline.incomplete_years,
        figure,
        source: &value.source,
        citations,
    })
}

/// Which version of the acts the triage's statements were read in.
pub fn version_note() -> &'static Texts {
    crate::core::content::triage_version_note()
}

#[cfg(test)]
mod tests;
