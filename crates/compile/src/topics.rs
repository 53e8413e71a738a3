//! `topics.tsv`: `id<TAB>ru<TAB>kk<TAB>en`, `#` starts a comment line.

use super::Diagnostic;

#[derive(Debug, Clone, PartialEq)]
pub struct TopicSrc {
    pub id: String,
    pub kk: String,
    pub ru: String,
    pub en: String,
}

pub fn parse(file: &str, text: &str, out: &mut Vec<Diagnostic>) -> Vec<TopicSrc> {
    let mut topics: Vec<TopicSrc> = Vec::new();
    for (index, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let mut report = |message: String| out.push(Diagnostic { file: file.into(), line: index + 1, message });
        match cols.as_slice() {
            [id, ru, kk, en] if [id, ru, kk, en].iter().all(|c| !c.is_empty()) => {
                if topics.iter().any(|t| t.id == *id) {
                    report(format!("duplicate topic id `{id}`"));
                } else {
                    topics.push(TopicSrc { id: id.to_string(), kk: kk.to_string(), ru: ru.to_string(), en: en.to_string() });
                }
            }
            _ => report(format!("expected 4 tab-separated columns (id, ru, kk, en), found {}", cols.len())),
        }
    }
    if topics.is_empty() {
        out.push(Diagnostic { file: file.into(), line: 1, message: "no topics defined".into() });
    }
    topics
}
