//! The knowledge base as compiled into the app.
//!
//! `build.rs` runs [`compile`] over `content/`, validates it and writes it out as Rust statics, so the wasm
//! carries the content as plain data: no parser, no JSON, no start-up cost.

pub mod model;
pub mod text;

/// Used by `build.rs`; compiled here only for its tests (some of it serves build.rs alone).
#[cfg(all(test, not(target_arch = "wasm32")))]
#[allow(dead_code)]
mod compile;

pub use model::*;

use crate::core::lang::Lang;

mod data {
    #![allow(clippy::all)]
    use super::model::*;
    use crate::core::date::Date;
    use crate::core::lang::Lang;
    use crate::core::search::Index;
    use std::borrow::Cow;
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

/// Every topic, in the order of the taxonomy.
pub fn topics() -> &'static [Topic] {
    data::TOPICS
}

pub fn topic(id: &str) -> Option<&'static Topic> {
    data::TOPICS.iter().find(|t| t.id == id)
}

/// Every guide in every language.
pub fn all_guides() -> &'static [Guide] {
    data::GUIDES
}

/// The guide with this id in this language, if it has been written in it.
pub fn guide(id: &str, lang: Lang) -> Option<&'static Guide> {
    data::GUIDES.iter().find(|g| g.id == id && g.lang == lang)
}

/// The languages a guide exists in.
pub fn guide_languages(id: &str) -> impl Iterator<Item = Lang> + '_ {
    data::GUIDES.iter().filter(move |g| g.id == id).map(|g| g.lang)
}

/// Ids of the guides that name `topic_id`, in any language, each once, in content order.
pub fn guide_ids_for_topic(topic_id: &str) -> Vec<&'static str> {
    let mut ids: Vec<&'static str> = Vec::new();
    for g in data::GUIDES.iter().filter(|g| g.topics.contains(&topic_id)) {
        if !ids.contains(&g.id) {
            ids.push(g.id);
        }
    }
    ids
}

/// The guide in `lang`, or else in the first language it exists in (Kazakh, then Russian, then English).
pub fn guide_or_fallback(id: &str, lang: Lang) -> Option<&'static Guide> {
    guide(id, lang).or_else(|| Lang::ALL.into_iter().find_map(|l| guide(id, l)))
}

/// Every questionnaire.
pub fn questionnaires() -> &'static [crate::core::interview::model::Questionnaire] {
    data::QUESTIONNAIRES
}

pub fn questionnaire(id: &str) -> Option<&'static crate::core::interview::model::Questionnaire> {
    data::QUESTIONNAIRES.iter().find(|q| q.id == id)
}

/// The search index over every guide, prepared at build time.
pub fn search_index() -> &'static crate::core::search::Index {
    &data::SEARCH_INDEX
}

/// The searcher over [`search_index`], prepared on first use (it derives its fuzzy lookup tables).
pub fn searcher() -> &'static crate::core::search::Searcher<'static> {
    static SEARCHER: std::sync::OnceLock<crate::core::search::Searcher<'static>> = std::sync::OnceLock::new();
    SEARCHER.get_or_init(|| crate::core::search::Searcher::new(search_index()))
}

/// The everyday words search knows for a topic (`content/search/synonyms.toml`), every language together.
pub fn synonyms(topic_id: &str) -> &'static [&'static str] {
    data::SYNONYMS.iter().find(|(id, _)| *id == topic_id).map_or(&[], |(_, words)| words)
}

/// The text of each field that `build.rs` indexes for a guide, exactly as it indexes it: title, keywords,
/// topic names (kk, ru, en) with their synonyms, summary, and the body's words (no figures, no citations).
/// For indexing the same text with other engines (`cargo xtask bench-browser`); search itself uses the
/// prebuilt [`search_index`].
pub fn search_fields(guide: &Guide) -> [(crate::core::search::Field, String); 5] {
    use crate::core::search::Field;
    let topics = guide
        .topics
        .iter()
        .filter_map(|id| topic(id))
        .map(|t| format!("{} {} {} {}", t.name.kk, t.name.ru, t.name.en, synonyms(t.id).join(", ")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut body = String::new();
    for block in guide.body {
        for inline in block.inlines() {
            if let Inline::Text(text) = inline {
                body.push_str(text);
            }
        }
        body.push('\n');
    }
    [
        (Field::Title, guide.title.to_string()),
        (Field::Keywords, guide.keywords.join(", ")),
        (Field::Topic, topics),
        (Field::Summary, guide.summary.to_string()),
        (Field::Body, body),
    ]
}

/// A generated corpus of `count` documents whose words are drawn from the kk and ru guides (for the
/// search benchmarks: native, in the browser, and the index size check).
pub fn synthetic_corpus(count: usize, seed: u64) -> Vec<crate::core::search::synthetic::SyntheticDoc> {
    use crate::core::search::stem::StemLang;
    let day = crate::core::date::Date::new(2026, 11, 25);
    let texts: Vec<(StemLang, String)> = all_guides()
        .iter()
        .filter(|g| g.lang != Lang::En)
        .filter_map(|g| Some((if g.lang == Lang::Kk { StemLang::Kk } else { StemLang::Ru }, text::plain_text(g, day).ok()?)))
        .collect();
    let sources: Vec<(StemLang, &str)> = texts.iter().map(|(l, t)| (*l, t.as_str())).collect();
    crate::core::search::synthetic::generate(count, &sources, seed)
}

pub fn figures() -> &'static [crate::core::figures::Figure] {
    data::FIGURES
}

/// Public holidays and days off (`content/holidays.toml`), for counting working days.
pub fn holidays() -> &'static HolidayCalendar {
    &data::HOLIDAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_topic_of_the_taxonomy_is_compiled_with_three_names() {
        assert_eq!(topics().len(), 20);
        for t in topics() {
            for lang in Lang::ALL {
                assert!(!t.name.get(lang).is_empty(), "{} has no {:?} name", t.id, lang);
            }
        }
    }

    #[test]
    fn compiled_topics_equal_the_shared_taxonomy_when_present() {
        // content/topics.tsv is a copy of ../shared/topics.tsv so the app builds without shared/.
        let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/topics.tsv");
        if let Ok(text) = std::fs::read_to_string(shared) {
            let ours = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/topics.tsv")).unwrap();
            assert_eq!(ours, text, "content/topics.tsv differs from ../shared/topics.tsv: copy it over");
        }
    }

    #[test]
    fn the_foundation_guides_exist_in_kazakh_and_russian() {
        for id in ["family.alimony", "labor.wages", "admin.fine"] {
            for lang in [Lang::Kk, Lang::Ru] {
                let g = guide(id, lang).unwrap_or_else(|| panic!("{id} missing in {lang:?}"));
                assert!(!g.sources.is_empty());
                assert!(!g.body.is_empty());
            }
        }
    }

    #[test]
    fn every_kk_guide_has_a_ru_twin_and_back() {
        for g in all_guides() {
            let langs: Vec<Lang> = guide_languages(g.id).collect();
            assert!(langs.contains(&Lang::Kk) && langs.contains(&Lang::Ru), "{} lacks kk or ru", g.id);
        }
    }

    #[test]
    fn topics_list_each_guide_once_and_fall_back_across_languages() {
        let ids = guide_ids_for_topic("labor.wages");
        assert_eq!(ids.iter().filter(|i| **i == "labor.wages").count(), 1);
        let g = guide_or_fallback("family.divorce", Lang::En).unwrap();
        assert_eq!(g.id, "family.divorce");
        assert!(guide_or_fallback("no.such", Lang::Ru).is_none());
    }

    #[test]
    fn search_fields_are_the_text_build_rs_indexed() {
        use crate::core::search::stem::StemLang;
        use crate::core::search::{Document, Index};
        assert!(!synonyms("family.alimony").is_empty());
        let fields: Vec<_> = all_guides().iter().map(search_fields).collect();
        let documents: Vec<Document> = all_guides()
            .iter()
            .zip(&fields)
            .map(|(g, f)| Document {
                key: g.id,
                lang: match g.lang {
                    Lang::Kk => StemLang::Kk,
                    Lang::Ru => StemLang::Ru,
                    Lang::En => StemLang::En,
                },
                fields: f.iter().map(|(field, text)| (*field, text.as_str())).collect(),
            })
            .collect();
        let rebuilt = Index::build(&documents);
        let built = search_index();
        assert_eq!(rebuilt.docs, built.docs);
        assert_eq!(rebuilt.terms, built.terms);
        assert_eq!(rebuilt.term_ends, built.term_ends);
        assert_eq!(rebuilt.offsets, built.offsets);
        assert_eq!(rebuilt.postings, built.postings);
    }

    #[test]
    fn guides_are_found_by_topic() {
        assert!(guide_ids_for_topic("family.alimony").contains(&"family.alimony"));
        for topic in topics() {
            assert!(!guide_ids_for_topic(topic.id).is_empty(), "no guide for topic {}", topic.id);
        }
    }
}
