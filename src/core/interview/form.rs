//! What a person typed, exactly as typed (the "raw" form), and the answers read from it.
//!
//! The raw form is the source of truth: it is what a draft saves and what the inputs show, so a value
//! that does not validate yet is never lost. Keys are question ids; a group keeps its number of items
//! under its own id and each item's fields under `<group>.<index>.<question>`.

use std::collections::BTreeMap;

use super::answers::{Answer, Answers};
use super::input::{parse, InputError};
use super::migrate;
use super::model::{Kind, Page, Question, Questionnaire};
use crate::core::date::Date;

pub type Raw = BTreeMap<String, String>;

/// The key of a field of a group item.
pub fn item_key(group: &str, index: usize, field: &str) -> String {
    format!("{group}.{index}.{field}")
}

/// Items in a group as recorded in the raw form (at least `min`, at most `max`).
pub fn item_count(raw: &Raw, question: &Question) -> usize {
    let Kind::Group { min, max, .. } = question.kind else { return 0 };
    let stored = raw.get(question.id).and_then(|n| n.parse::<usize>().ok()).unwrap_or(0);
    stored.clamp(usize::from(min.max(1)), usize::from(max.max(1)))
}

/// Reads every field of the questionnaire. Returns the valid answers and, per field key, why a
/// non-empty entry was rejected. Whether a field is required is judged later, on visible questions.
pub fn read(q: &Questionnaire, raw: &Raw, today: Date) -> (Answers, BTreeMap<String, InputError>) {
    let mut answers = Answers::new();
    let mut errors = BTreeMap::new();
    for question in q.pages.iter().flat_map(|p| p.questions.iter()) {
        match &question.kind {
            Kind::Group { questions, .. } => {
                let mut items = Vec::new();
                for index in 0..item_count(raw, question) {
                    let mut item = Answers::new();
                    for sub in questions.iter() {
                        let key = item_key(question.id, index, sub.id);
                        match parse(&sub.kind, raw.get(&key).map_or("", String::as_str), today) {
                            Ok(Some(a)) => {
                                item.insert(sub.id.to_string(), a);
                            }
                            Ok(None) => {}
                            Err(e) => {
                                errors.insert(key, e);
                            }
                        }
                    }
                    items.push(item);
                }
                // A group whose items are all empty is not an answer yet.
                if items.iter().any(|i| !i.is_empty()) {
                    answers.insert(question.id.to_string(), Answer::Group(items));
                }
            }
            kind => match parse(kind, raw.get(question.id).map_or("", String::as_str), today) {
                Ok(Some(a)) => {
                    answers.insert(question.id.to_string(), a);
                }
                Ok(None) => {}
                Err(e) => {
                    errors.insert(question.id.to_string(), e);
                }
            },
        }
    }
    (answers, errors)
}

/// The first line of a saved draft: the format and its version.
const DRAFT_MAGIC: &str = "zanger-draft 2";
/// The format before drafts recorded the questionnaire's version (read as version 1).
const DRAFT_MAGIC_V1: &str = "zanger-draft 1";

/// A draft as text: a header, the questionnaire id, `schema <version>` (the questionnaire's version
/// the answers were given in), then one `key=value` line per field with `\`, `=`, newlines and
/// carriage returns escaped. Small, readable, and no serialisation library in the wasm. The same text
/// is the file the answers are exported to.
pub fn save_draft(q: &Questionnaire, raw: &Raw) -> String {
    save_draft_at(q, raw, None)
}

/// [`save_draft`] with the id of the page the person is on, as a `page <id>` line after `schema`
/// (optional: a draft without it opens at the first step; ids never contain `=`, so it cannot be
/// read as an answer).
pub fn save_draft_at(q: &Questionnaire, raw: &Raw, page: Option<&str>) -> String {
    let mut out = format!("{DRAFT_MAGIC}\n{}\nschema {}\n", q.id, q.version);
    if let Some(page) = page.filter(|p| is_page_id(p)) {
        out.push_str(&format!("page {page}\n"));
    }
    for (key, value) in raw {
        out.push_str(&escape(key));
        out.push('=');
        out.push_str(&escape(value));
        out.push('\n');
    }
    out
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    /// Not a draft at all (another program's data, or damaged).
    NotADraft,
    /// Saved by a newer version of the app: a newer draft format (its header) or a newer version of
    /// the questionnaire (`schema <n>`).
    NewerVersion(String),
    /// A draft of another questionnaire.
    OtherQuestionnaire(String),
}

/// A draft read back: the raw form in the current version's keys, and what the reader should know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Restored {
    pub raw: Raw,
    /// Line numbers (1-based) that could not be read and were skipped (each is also in `unusable`).
    pub damaged: Vec<usize>,
    /// What the form can neither use nor show, by field, for the reader to see: damaged lines, and
    /// values its fields cannot display; in the order the questionnaire asks them. Values stay in `raw` (saved back until the person changes
    /// that answer); a damaged line is only here.
    pub unusable: Vec<Unusable>,
    /// Keys in `raw` that no question of the current version asks (answers from an earlier version).
    /// They stay in `raw`, so saving the draft keeps them; the form shows them as text.
    pub leftover: Vec<String>,
    /// The questionnaire version the draft was saved with.
    pub schema: u16,
    /// The page the person was on when the draft was saved (`None` in drafts from before pages were
    /// saved): see [`resume_page`].
    pub page: Option<String>,
}

impl Restored {
    /// Whether anything besides what is in `unusable` came back (the reader is told "the rest is
    /// saved" only then).
    pub fn kept_any(&self) -> bool {
        self.raw.iter().any(|(k, v)| !v.is_empty() && !self.unusable.iter().any(|u| u.key.as_deref() == Some(k.as_str())))
    }
}

/// A value of a draft the form cannot use or show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unusable {
    /// The field's key (a question id, or `<group>.<index>.<field>`) when one could be read.
    pub key: Option<String>,
    /// The value as stored (a damaged line's value with its escapes as written, or the whole line
    /// when it has no `=`); for several choices, only the unknown ones.
    pub value: String,
    pub why: Why,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// This line (1-based) could not be read.
    Damaged { line: usize },
    /// A choice the question does not offer (its options cannot show it).
    UnknownChoice,
    /// Not a date (a date field cannot show it).
    NotADate,
    /// A field of a group item past the group's recorded number of items (not shown).
    HiddenItem,
}

/// Reads a draft saved by [`save_draft`] (or by an earlier app, `zanger-draft 1`, as version 1) and
/// carries it to the current version of `q` through its migrations. Damaged lines are skipped and
/// reported; everything readable is restored, and nothing is dropped without being listed in
/// `unusable`. A draft that cannot be read at all is an error, and the caller keeps its text.
pub fn load_draft(q: &Questionnaire, text: &str) -> Result<Restored, DraftError> {
    let mut lines = text.lines().peekable();
    let format = match lines.next() {
        Some(DRAFT_MAGIC) => 2,
        Some(DRAFT_MAGIC_V1) => 1,
        Some(header) if header.starts_with("zanger-draft ") => return Err(DraftError::NewerVersion(header.to_string())),
        _ => return Err(DraftError::NotADraft),
    };
    match lines.next() {
        Some(id) if id == q.id => {}
        Some(id) => return Err(DraftError::OtherQuestionnaire(id.to_string())),
        None => return Err(DraftError::NotADraft),
    }
    let schema = if format == 1 {
        1
    } else {
        let line = lines.next().ok_or(DraftError::NotADraft)?;
        let n = line.strip_prefix("schema ").and_then(|n| n.parse::<u16>().ok()).filter(|&n| n >= 1);
        n.ok_or(DraftError::NotADraft)?
    };
    if schema > q.version {
        return Err(DraftError::NewerVersion(format!("schema {schema}")));
    }
    let mut first_line = if format == 1 { 3 } else { 4 };
    let page = match lines.peek().and_then(|l| l.strip_prefix("page ")) {
        Some(id) if format == 2 && is_page_id(id) => {
            let id = id.to_string();
            lines.next();
            first_line += 1;
            Some(id)
        }
        _ => None,
    };
    let mut raw = Raw::new();
    let mut damaged = Vec::new();
    let mut unusable = Vec::new();
    for (i, line) in lines.enumerate() {
        match line.split_once('=').and_then(|(k, v)| Some((unescape(k)?, unescape(v)?))) {
            Some((k, v)) if !k.is_empty() => {
                raw.insert(k, v);
            }
            _ => {
                let line_no = i + first_line;
                damaged.push(line_no);
                let (key, value) = match line.split_once('=') {
                    Some((k, v)) => (Some(unescape_leniently(k)).filter(|k| !k.is_empty()), unescape_leniently(v)),
                    None => (None, line.to_string()),
                };
                unusable.push(Unusable { key, value, why: Why::Damaged { line: line_no } });
            }
        }
    }
    for step in q.migrations.iter().filter(|m| m.from >= schema) {
        raw = migrate::apply(step, raw);
    }
    // A damaged line's key is named as the current version asks it.
    for u in &mut unusable {
        u.key = u.key.take().map(|k| q.migrations.iter().filter(|m| m.from >= schema).fold(k, |k, step| migrate::key(step, &k)));
    }
    unusable.extend(unshowable(q, &raw));
    // In the order the questionnaire asks them (a group's items in turn); lines that name no question last.
    let order = |u: &Unusable| {
        let key = u.key.as_deref().unwrap_or("");
        let (id, item) = migrate::item_parts(key).map_or((key, 0), |(g, i, _)| (g, i.parse::<usize>().unwrap_or(0)));
        (q.pages.iter().flat_map(|p| p.questions.iter()).position(|x| x.id == id).unwrap_or(usize::MAX), item)
    };
    unusable.sort_by_key(order);
    let leftover = leftover(q, &raw);
    Ok(Restored { raw, damaged, unusable, leftover, schema, page })
}

/// Page ids are written as they are on their own line: no `=`, no line breaks, not empty.
fn is_page_id(id: &str) -> bool {
    !id.is_empty() && !id.contains(['=', '\n', '\r'])
}

/// The values in `raw` that the form's fields cannot show: a choice its options do not offer, a date
/// field's entry that is not a date, a group item's field past the group's number of items. In key
/// order. (Any other entry, valid or not, is shown in its field as typed.)
pub fn unshowable(q: &Questionnaire, raw: &Raw) -> Vec<Unusable> {
    let questions = || q.pages.iter().flat_map(|p| p.questions.iter());
    let mut out = Vec::new();
    for (key, value) in raw {
        let (question, hidden) = match migrate::item_parts(key) {
            Some((group, index, field)) => {
                let Some(g) = questions().find(|x| x.id == group) else { continue };
                let Kind::Group { questions: fields, .. } = g.kind else { continue };
                let Some(sub) = fields.iter().find(|s| s.id == field) else { continue };
                (sub, index.parse::<usize>().is_ok_and(|i| i >= item_count(raw, g)))
            }
            None => match questions().find(|x| x.id == key) {
                Some(x) => (x, false),
                None => continue,
            },
        };
        if value.trim().is_empty() {
            continue;
        }
        let found = if hidden {
            Some((Why::HiddenItem, value.clone()))
        } else {
            match question.kind {
                Kind::Single(_) | Kind::YesNo => {
                    let known = match question.kind {
                        Kind::Single(choices) => choices.iter().any(|c| c.id == value.trim()),
                        _ => matches!(value.trim(), "yes" | "no"),
                    };
                    (!known).then(|| (Why::UnknownChoice, value.clone()))
                }
                Kind::Multiple(choices) => {
                    let unknown: Vec<&str> = value.split(',').map(str::trim).filter(|s| !s.is_empty() && !choices.iter().any(|c| c.id == *s)).collect();
                    (!unknown.is_empty()).then(|| (Why::UnknownChoice, unknown.join(",")))
                }
                Kind::Date { .. } => super::input::parse_date(value.trim()).is_none().then(|| (Why::NotADate, value.clone())),
                _ => None,
            }
        };
        if let Some((why, value)) = found {
            out.push(Unusable { key: Some(key.clone()), value, why });
        }
    }
    out
}

/// Where a reopened draft continues: the index, among the pages shown given the answers (`shown`, in
/// order), of the page it was saved on, or else of the nearest earlier page that is shown; the first
/// page when the draft saved none or one this version does not have.
pub fn resume_page(q: &Questionnaire, shown: &[&Page], saved: Option<&str>) -> usize {
    let Some(saved) = saved else { return 0 };
    if let Some(i) = shown.iter().position(|p| p.id == saved) {
        return i;
    }
    let Some(limit) = q.pages.iter().position(|p| p.id == saved) else { return 0 };
    let order = |id: &str| q.pages.iter().position(|p| p.id == id).unwrap_or(usize::MAX);
    shown.iter().rposition(|p| order(p.id) < limit).unwrap_or(0)
}

/// Whether `key` is a field of the current questions: a question id (a group's own key holds its
/// item count) or `<group>.<index>.<field>` of one of its fields.
pub fn is_asked(q: &Questionnaire, key: &str) -> bool {
    let questions = || q.pages.iter().flat_map(|p| p.questions.iter());
    match migrate::item_parts(key) {
        Some((group, _, field)) => questions().any(|x| match x.kind {
            Kind::Group { questions, .. } => x.id == group && questions.iter().any(|s| s.id == field),
            _ => false,
        }),
        None => questions().any(|x| x.id == key),
    }
}

/// The keys of `raw` no current question asks, in key order (the ticks of "Check before you file",
/// `filing_check::TICK_PREFIX`, are the form's own and not listed).
pub fn leftover(q: &Questionnaire, raw: &Raw) -> Vec<String> {
    raw.keys().filter(|k| !is_asked(q, k) && !k.starts_with(super::filing_check::TICK_PREFIX)).cloned().collect()
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '=' => out.push_str("\\e"),
            c => out.push(c),
        }
    }
    out
}

/// A damaged entry as typed: known escapes read, anything else kept as written.
fn unescape_leniently(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let decoded = match (c, chars.peek()) {
            ('\\', Some('\\')) => Some('\\'),
            ('\\', Some('n')) => Some('\n'),
            ('\\', Some('r')) => Some('\r'),
            ('\\', Some('e')) => Some('='),
            _ => None,
        };
        match decoded {
            Some(d) => {
                chars.next();
                out.push(d);
            }
            None => out.push(c),
        }
    }
    out
}

fn unescape(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        out.push(match chars.next()? {
            '\\' => '\\',
            'n' => '\n',
            'r' => '\r',
            'e' => '=',
            _ => return None,
        });
    }
    Some(out)
}

#[cfg(test)]
mod tests;
