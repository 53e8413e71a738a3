//! `search/synonyms.toml`: everyday words per topic and language that search should understand even
//! when no guide uses them. Keys are topic ids; each has `kk`, `ru` and `en` lists.

use std::collections::{BTreeMap, BTreeSet};

use super::{Diagnostic, FileReport};

#[derive(Debug, Clone, PartialEq)]
pub struct SynonymsSrc {
    pub topic: String,
    /// All words and phrases, every language together (a reader may type any of them).
    pub words: Vec<String>,
}

pub fn parse(file: &str, text: &str, topics: &BTreeSet<String>, out: &mut Vec<Diagnostic>) -> Vec<SynonymsSrc> {
    let mut report = FileReport::new(file, text);
    let table: BTreeMap<String, BTreeMap<String, Vec<String>>> = match toml::from_str(&quote_dotted_keys(text)) {
        Ok(t) => t,
        Err(e) => {
            report.at_offset(e.span().map_or(0, |s| s.start), format!("malformed synonyms: {}", e.message().trim()));
            out.append(&mut report.diagnostics);
            return Vec::new();
        }
    };
    let mut result = Vec::new();
    for (topic, langs) in table {
        let line = text.lines().position(|l| l.trim() == format!("[{topic}]")).map_or(1, |i| i + 1);
        if !topics.contains(&topic) {
            report.at_line(line, format!("unknown topic `{topic}`"));
        }
        for lang in ["kk", "ru", "en"] {
            if langs.get(lang).is_none_or(|l| l.is_empty()) {
                report.at_line(line, format!("`{topic}` needs a non-empty `{lang}` list"));
            }
        }
        if let Some(other) = langs.keys().find(|k| !["kk", "ru", "en"].contains(&k.as_str())) {
            report.at_line(line, format!("`{topic}`: unknown language `{other}`"));
        }
        let words = langs.into_values().flatten().map(|w| w.trim().to_string()).filter(|w| !w.is_empty()).collect();
        result.push(SynonymsSrc { topic, words });
    }
    out.append(&mut report.diagnostics);
    result
}

/// Topic ids contain dots (`family.divorce`), which TOML would read as nested tables; the file keeps
/// them readable as `[family.divorce]` and they are quoted before parsing.
fn quote_dotted_keys(text: &str) -> String {
    text.lines()
        .map(|line| {
            let t = line.trim();
            if t.starts_with('[') && t.ends_with(']') && !t.starts_with("[[") && !t.contains('"') {
                format!("[\"{}\"]", &t[1..t.len() - 1])
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
