//! Knowledge-base commands for content editors: see how a query ranks, with the app's own search.

use std::io::{BufRead, Write};

use zanger::core::content;
use zanger::core::lang::Lang;

const LIMIT: usize = 10;

pub fn run(args: &[String]) -> Result<(), String> {
    match args {
        [cmd, flag, lang, query] if cmd == "search" && flag == "--lang" => {
            let lang = parse_lang(lang)?;
            for object in results(lang, query) {
                println!("{object}");
            }
            Ok(())
        }
        [cmd] if cmd == "search-batch" => {
            let stdin = std::io::stdin();
            let mut out = std::io::stdout().lock();
            for (n, line) in stdin.lock().lines().enumerate() {
                let line = line.map_err(|e| e.to_string())?;
                let (lang, query) = line.split_once('\t').ok_or_else(|| format!("line {}: expected lang<TAB>query", n + 1))?;
                let lang = parse_lang(lang.trim()).map_err(|e| format!("line {}: {e}", n + 1))?;
                writeln!(out, "[{}]", results(lang, query).join(",")).map_err(|e| e.to_string())?;
            }
            Ok(())
        }
        _ => Err("usage: cargo xtask kb search --lang <kk|ru|en> \"<query>\" | cargo xtask kb search-batch".into()),
    }
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).filter(|l| l.code() == code).ok_or_else(|| format!("unknown language `{code}`: use kk, ru or en"))
}

/// One JSON object per result, best first: a guide (`"kind":"guide"`, its id), a questionnaire
/// (`"kind":"form"`, its id) or the page "I received a document" (`"kind":"received"`, id `received`, no
/// topics).
fn results(lang: Lang, query: &str) -> Vec<String> {
    let Some(searcher) = content::searcher(lang) else { return Vec::new() };
    let outcome = searcher.search(query, LIMIT);
    outcome
        .hits
        .iter()
        .filter_map(|hit| {
            let found = content::search_result(&hit.key, lang)?;
            let (kind, id) = (found.kind(), found.id());
            let topics: &[&str] = match found {
                content::SearchResult::Guide(g) => g.topics,
                content::SearchResult::Form(q) => q.topics,
                content::SearchResult::Received => &[],
            };
            let topics = topics.iter().map(|t| zanger::core::json::string(t)).collect::<Vec<_>>().join(",");
            let corrected = outcome.corrected.as_deref().map_or("null".to_string(), zanger::core::json::string);
            Some(format!(
                "{{\"id\":{},\"kind\":\"{kind}\",\"topics\":[{}],\"score\":{:.4},\"title\":{},\"lang\":{},\"corrected\":{}}}",
                zanger::core::json::string(id),
                topics,
                hit.score,
                zanger::core::json::string(found.title(lang)),
                zanger::core::json::string(found.lang(lang).code()),
                corrected
            ))
        })
        .collect()
}


#[cfg(test)]
mod tests {
    use super::*;


    #[test]
    fn results_are_json_objects_with_id_topics_and_score() {
        let lines = results(Lang::Ru, "алименты");
        assert!(!lines.is_empty());
        assert!(lines[0].starts_with("{\"id\":\"family.alimony\",\"kind\":\"guide\",\"topics\":[\"family.alimony\""), "{}", lines[0]);
        assert!(lines[0].contains("\"score\":"));
    }

    #[test]
    fn the_triage_page_is_a_result_of_its_own_kind() {
        let lines = results(Lang::Ru, "пришло решение суда что делать");
        let line = lines.iter().find(|l| l.starts_with("{\"id\":\"received\"")).unwrap_or_else(|| panic!("{lines:?}"));
        assert!(line.contains("\"kind\":\"received\",\"topics\":[]"), "{line}");
        assert!(line.contains("\"title\":\"Мне пришёл документ\""), "{line}");
    }
}
