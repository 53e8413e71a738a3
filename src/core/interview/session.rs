//! One person's way through one questionnaire: the raw form exactly as typed, the answers read from it,
//! and one walk per change. The questionnaire page, the tests and the benchmarks all drive a `Session`
//! and read from it — pages, errors, the filled document, DOCX, PDF, the draft — so none of them
//! rebuilds the pipeline, and typing in a field reads the form and walks the interview once.

use std::collections::BTreeMap;

use super::answers::{Answer, Answers};
use super::computed::computed;
use super::document::{fill, Filled, Unfilled};
use super::engine::{Interview, Walked};
use super::form::{self, item_count, item_key, Raw};
use super::input::InputError;
use super::model::{Choice, Page, Question, Questionnaire};
use super::next::{next_steps, NextSteps};
use crate::core::date::Date;
use crate::core::lang::Lang;

#[derive(Debug, Clone, PartialEq)]
pub struct Session {
    q: &'static Questionnaire,
    today: Date,
    raw: Raw,
    answers: Answers,
    /// Per field key, why a non-empty entry was not accepted (the entry itself stays in `raw`).
    rejected: BTreeMap<String, InputError>,
    walked: Walked<'static>,
}

/// The document the answers fill, with the computed values it was filled from.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub filled: Filled,
    /// `calc.<key>` values, as the template reads them.
    pub values: BTreeMap<String, String>,
}

impl Session {
    /// A questionnaire with nothing typed yet, on the reader's date `today`.
    pub fn new(q: &'static Questionnaire, today: Date) -> Self {
        Self::with_raw(q, Raw::new(), today)
    }

    /// A questionnaire with `raw` already typed (a restored draft, or answers carried from another one).
    pub fn with_raw(q: &'static Questionnaire, raw: Raw, today: Date) -> Self {
        let (answers, rejected) = form::read(q, &raw, today);
        let walked = Interview::new(q, answers.clone()).on(today).walked();
        Session { q, today, raw, answers, rejected, walked }
    }

    /// A questionnaire with `answers` typed in as a person would type them (tests, benchmarks, and
    /// answers worked out elsewhere): each answer in the form its field accepts.
    pub fn with_answers(q: &'static Questionnaire, answers: &Answers, today: Date) -> Self {
        Self::with_raw(q, typed(q, answers), today)
    }

    /// Reads the raw form and walks again: once per change.
    fn changed(&mut self) {
        (self.answers, self.rejected) = form::read(self.q, &self.raw, self.today);
        self.walked = Interview::new(self.q, self.answers.clone()).on(self.today).walked();
    }

    pub fn questionnaire(&self) -> &'static Questionnaire {
        self.q
    }

    pub fn today(&self) -> Date {
        self.today
    }

    /// What was typed, by field key (what a draft saves and the inputs show).
    pub fn raw(&self) -> &Raw {
        &self.raw
    }

    /// What was typed in one field, as typed ("" for nothing).
    pub fn value(&self, key: &str) -> &str {
        self.raw.get(key).map_or("", String::as_str)
    }

    /// Types `value` into the field `key`. Nothing happens when it is what the field holds already.
    pub fn set(&mut self, key: &str, value: &str) {
        if self.raw.get(key).map(String::as_str) != Some(value) {
            self.raw.insert(key.to_string(), value.to_string());
            self.changed();
        }
    }

    /// Empties the field `key`.
    pub fn clear(&mut self, key: &str) {
        if self.raw.remove(key).is_some() {
            self.changed();
        }
    }

    /// Everything typed replaced at once (a draft opened from a file, or "start again" with `Raw::new()`).
    pub fn replace(&mut self, raw: Raw) {
        self.raw = raw;
        self.changed();
    }

    /// Whether `option` is among the choices of the multiple-choice field `key` (kept as a comma list).
    pub fn is_chosen(&self, key: &str, option: &str) -> bool {
        self.value(key).split(',').any(|s| s.trim() == option)
    }

    /// Chooses `option` in the multiple-choice field `key`, or unchooses it. A choice this version does
    /// not offer (listed when the draft opened) goes at the same time.
    pub fn toggle(&mut self, key: &str, option: &str, offered: &[Choice]) {
        let was_chosen = self.is_chosen(key, option);
        let mut list: Vec<&str> = self.value(key).split(',').map(str::trim).filter(|s| *s != option && offered.iter().any(|c| c.id == *s)).collect();
        if !was_chosen {
            list.push(option);
        }
        let joined = list.join(",");
        self.set(key, &joined);
    }

    /// Items of the group question `group` (at least its `min`, at least one).
    pub fn item_count(&self, group: &Question) -> usize {
        item_count(&self.raw, group)
    }

    /// One more item in `group`, unless it has its `max`.
    pub fn add_item(&mut self, group: &Question) {
        let (n, max) = (self.item_count(group), group_limits(group).1);
        if n < max {
            self.set(group.id, &(n + 1).to_string());
        }
    }

    /// Removes item `index` of `group`: the later items move down so no gap is left. The group keeps
    /// at least its `min` items.
    pub fn remove_item(&mut self, group: &Question, index: usize) {
        let (n, (min, _)) = (self.item_count(group), group_limits(group));
        if n <= min || index >= n {
            return;
        }
        let super::model::Kind::Group { questions, .. } = group.kind else { return };
        for i in index..n {
            for sub in questions {
                match self.raw.get(&item_key(group.id, i + 1, sub.id)).cloned() {
                    Some(v) => self.raw.insert(item_key(group.id, i, sub.id), v),
                    None => self.raw.remove(&item_key(group.id, i, sub.id)),
                };
            }
        }
        self.raw.insert(group.id.to_string(), (n - 1).to_string());
        self.changed();
    }

    /// The walk of the answers as they are now: pages shown, answers that count, exit, rules.
    pub fn walked(&self) -> &Walked<'static> {
        &self.walked
    }

    /// The answers that count now (of visible questions, with computed values).
    pub fn visible(&self) -> &Answers {
        self.walked.visible()
    }

    pub fn pages(&self) -> &[&'static Page] {
        self.walked.pages()
    }

    /// Per field key, the entries not accepted as typed.
    pub fn rejected(&self) -> &BTreeMap<String, InputError> {
        &self.rejected
    }

    /// Problems on `page`, by field key, in the page's order: entries not accepted, unanswered
    /// required questions, then rules across fields whose message shows on this page.
    pub fn page_errors(&self, page: &'static Page) -> Vec<(String, InputError)> {
        let under = |key: &str, id: &str| key == id || key.strip_prefix(id).is_some_and(|rest| rest.starts_with('.'));
        let mut out: Vec<(String, InputError)> = Vec::new();
        for q in self.walked.questions(page) {
            out.extend(self.rejected.iter().filter(|(k, _)| under(k, q.id)).map(|(k, e)| (k.clone(), e.clone())));
        }
        for key in self.walked.missing(page) {
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, InputError::Required));
            }
        }
        for (field, error) in self.walked.conflicts() {
            let on_page = page.questions.iter().any(|q| under(&field, q.id));
            if on_page && !out.iter().any(|(k, _)| *k == field) {
                out.push((field, error));
            }
        }
        out
    }

    /// The problem with one field, if any: its entry not accepted, a required answer missing, or a
    /// rule across fields broken at it.
    pub fn field_error(&self, key: &str) -> Option<InputError> {
        if let Some(e) = self.rejected.get(key) {
            return Some(e.clone());
        }
        if self.walked.pages().iter().any(|p| self.walked.missing(p).iter().any(|m| m == key)) {
            return Some(InputError::Required);
        }
        self.walked.conflicts().into_iter().find(|(field, _)| field == key).map(|(_, e)| e)
    }

    /// The document these answers fill, in `lang`; or, when a place in it would be blank, which.
    pub fn document(&self, lang: Lang) -> Result<Prepared, Unfilled> {
        let values = computed(self.q, self.visible(), lang, self.today);
        let filled = fill(self.q, self.visible(), &values, lang, self.today)?;
        Ok(Prepared { filled, values })
    }

    /// What to do with the document next: which court, what to attach, the last day.
    pub fn next_steps(&self, prepared: &Prepared, lang: Lang) -> NextSteps {
        next_steps(self.q, self.visible(), &prepared.values, &prepared.filled, crate::core::content::figures(), lang, self.today)
    }

    /// The draft as text, with the page the person is on (see [`form::save_draft_at`]).
    pub fn draft(&self, page: Option<&str>) -> String {
        form::save_draft_at(self.q, &self.raw, page)
    }
}

/// `answers` as they would be typed into `q`'s form: the inverse of [`form::read`] for valid answers.
pub fn typed(q: &Questionnaire, answers: &Answers) -> Raw {
    fn text(a: &Answer) -> String {
        match a {
            Answer::Text(t) => t.clone(),
            Answer::Number(n) => n.to_string(),
            Answer::Money(tiyn) if tiyn % 100 == 0 => (tiyn / 100).to_string(),
            Answer::Money(tiyn) => format!("{},{:02}", tiyn / 100, tiyn % 100),
            Answer::Date(d) => d.to_string(),
            Answer::Bool(b) => if *b { "yes" } else { "no" }.to_string(),
            Answer::Choice(c) => c.clone(),
            Answer::Choices(list) => list.join(","),
            Answer::Group(items) => items.len().to_string(),
        }
    }
    let mut raw = Raw::new();
    for question in q.pages.iter().flat_map(|p| p.questions.iter()) {
        match answers.get(question.id) {
            Some(Answer::Group(items)) => {
                raw.insert(question.id.to_string(), items.len().to_string());
                for (i, item) in items.iter().enumerate() {
                    raw.extend(item.iter().map(|(field, a)| (item_key(question.id, i, field), text(a))));
                }
            }
            Some(a) => {
                raw.insert(question.id.to_string(), text(a));
            }
            None => {}
        }
    }
    raw
}

/// A group question's least and most items (a group has at least one item).
fn group_limits(group: &Question) -> (usize, usize) {
    match group.kind {
        super::model::Kind::Group { min, max, .. } => (usize::from(min.max(1)), usize::from(max.max(1))),
        _ => (0, 0),
    }
}

#[cfg(test)]
mod tests;
