//! What a person typed, exactly as typed (the "raw" form), and the answers read from it.
//!
//! The raw form is the source of truth: it is what a draft saves and what the inputs show, so a value
//! that does not validate yet is never lost. Keys are question ids; a group keeps its number of items
//! under its own id and each item's fields under `<group>.<index>.<question>`.

use std::collections::BTreeMap;

use super::answers::{Answer, Answers};
use super::input::{parse, InputError};
use super::model::{Kind, Question, Questionnaire};
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
const DRAFT_MAGIC: &str = "zanger-draft 1";

/// A draft as text: a header, the questionnaire id, then one `key=value` line per field with `\`,
/// newlines and carriage returns escaped. Small, readable, and no serialisation library in the wasm.
pub fn save_draft(questionnaire: &str, raw: &Raw) -> String {
    let mut out = format!("{DRAFT_MAGIC}\n{questionnaire}\n");
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
    /// Saved by a newer version of the app.
    NewerVersion(String),
    /// A draft of another questionnaire.
    OtherQuestionnaire(String),
    /// These lines could not be read; the rest was restored.
    DamagedLines(Vec<usize>),
}

/// Reads a draft saved by [`save_draft`]. Damaged lines are skipped and reported; everything readable
/// is restored.
pub fn load_draft(questionnaire: &str, text: &str) -> Result<(Raw, Vec<usize>), DraftError> {
    let mut lines = text.lines();
    match lines.next() {
        Some(DRAFT_MAGIC) => {}
        Some(header) if header.starts_with("zanger-draft ") => return Err(DraftError::NewerVersion(header.to_string())),
        _ => return Err(DraftError::NotADraft),
    }
    match lines.next() {
        Some(id) if id == questionnaire => {}
        Some(id) => return Err(DraftError::OtherQuestionnaire(id.to_string())),
        None => return Err(DraftError::NotADraft),
    }
    let mut raw = Raw::new();
    let mut damaged = Vec::new();
    for (i, line) in lines.enumerate() {
        match line.split_once('=').and_then(|(k, v)| Some((unescape(k)?, unescape(v)?))) {
            Some((k, v)) if !k.is_empty() => {
                raw.insert(k, v);
            }
            _ => damaged.push(i + 3),
        }
    }
    Ok((raw, damaged))
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
mod tests {
    use super::*;
    use crate::core::content;

    const TODAY: Date = Date::new(2026, 11, 25);

    #[test]
    fn drafts_round_trip_any_text() {
        let raw = Raw::from([
            ("plaintiff_name".to_string(), "Айгерім = \"Ая\"".to_string()),
            ("facts".to_string(), "line 1\nline 2\\ end\r\n<script>".to_string()),
            ("children.0.name".to_string(), "Айша".to_string()),
        ]);
        let text = save_draft("alimony.claim", &raw);
        assert_eq!(load_draft("alimony.claim", &text), Ok((raw, vec![])));
    }

    #[test]
    fn foreign_future_and_damaged_drafts_are_reported() {
        assert_eq!(load_draft("a", "{\"json\": true}"), Err(DraftError::NotADraft));
        assert_eq!(load_draft("a", ""), Err(DraftError::NotADraft));
        assert_eq!(load_draft("a", "zanger-draft 9\na\n"), Err(DraftError::NewerVersion("zanger-draft 9".into())));
        assert_eq!(load_draft("a", "zanger-draft 1\nb\n"), Err(DraftError::OtherQuestionnaire("b".into())));
        let (raw, damaged) = load_draft("a", "zanger-draft 1\na\nname=Ая\nbroken line\nbad=\\q\nok=1").unwrap();
        assert_eq!(raw.len(), 2);
        assert_eq!(damaged, vec![4, 5]);
    }

    #[test]
    fn raw_entries_become_answers_and_rejections() {
        let q = content::questionnaire("alimony.claim", crate::core::lang::Lang::Ru).unwrap();
        let raw = Raw::from([
            ("plaintiff_name".to_string(), "  Айгерім ".to_string()),
            ("plaintiff_phone".to_string(), "8 701 123 45 67".to_string()),
            ("plaintiff_iin".to_string(), "123".to_string()),
            ("children".to_string(), "2".to_string()),
            ("children.0.name".to_string(), "Айша".to_string()),
            ("children.1.born".to_string(), "31.02.2020".to_string()),
        ]);
        let (answers, errors) = read(q, &raw, TODAY);
        assert_eq!(answers.get("plaintiff_name"), Some(&Answer::Text("Айгерім".into())));
        assert_eq!(answers.get("plaintiff_phone"), Some(&Answer::Text("+77011234567".into())));
        assert!(errors.contains_key("plaintiff_iin"));
        assert!(errors.contains_key("children.1.born"));
        let Some(Answer::Group(items)) = answers.get("children") else { panic!("{answers:?}") };
        assert_eq!(items.len(), 2);
    }
}
