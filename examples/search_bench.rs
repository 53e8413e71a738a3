//! Our search exported to JavaScript for the in-browser benchmark (`cargo xtask bench-browser`, page in
//! `bench/`): the same two corpora as `benches/search.rs` (the real guides and a generated 10 000-document
//! corpus), the same keystrokes, and each corpus as JSON so that Fuse.js and MiniSearch index exactly the
//! text we index. Corpus 0 is the real one, corpus 1 the generated one. Built only for wasm32.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use zanger::core::content;
use zanger::core::lang::Lang;
use zanger::core::search::stem::StemLang;
use zanger::core::search::synthetic::SyntheticDoc;
use zanger::core::search::{Document, Field, Index, Searcher};

const QUERIES: &str = include_str!("../tests/relevance/queries.tsv");

thread_local! {
    // Leaked once per page: a benchmark builds each corpus once.
    static SYNTHETIC_DOCS: Cell<Option<&'static [SyntheticDoc]>> = const { Cell::new(None) };
    static SYNTHETIC: Cell<Option<(&'static Index, &'static Searcher<'static>)>> = const { Cell::new(None) };
}

fn searcher(corpus: u32) -> &'static Searcher<'static> {
    match corpus {
        0 => {
            static REAL: std::sync::OnceLock<Searcher<'static>> = std::sync::OnceLock::new();
            REAL.get_or_init(|| Searcher::new(content::all_languages_index()))
        }
        _ => SYNTHETIC.with(Cell::get).expect("call build_synthetic first").1,
    }
}

fn index(corpus: u32) -> &'static Index {
    match corpus {
        0 => content::all_languages_index(),
        _ => SYNTHETIC.with(Cell::get).expect("call build_synthetic first").0,
    }
}

fn synthetic_docs() -> &'static [SyntheticDoc] {
    SYNTHETIC_DOCS.with(Cell::get).expect("call generate_synthetic first")
}

/// Prepares the searcher over the real corpus (every guide in every language, from the embedded packs);
/// returns its documents.
#[wasm_bindgen]
pub fn prepare_real() -> u32 {
    searcher(0);
    index(0).docs.len() as u32
}

/// Generates the synthetic corpus from the kk and ru guides, as `benches/search.rs` does (not timed:
/// this is the corpus, not the index). Returns its documents.
#[wasm_bindgen]
pub fn generate_synthetic(count: u32) -> u32 {
    let docs: &'static [SyntheticDoc] = content::synthetic_corpus(count as usize, 42).leak();
    SYNTHETIC_DOCS.with(|c| c.set(Some(docs)));
    docs.len() as u32
}

/// Builds the index and the searcher over the synthetic corpus (what the benchmark times as index build).
#[wasm_bindgen]
pub fn build_synthetic() -> u32 {
    let documents: Vec<Document> = synthetic_docs().iter().map(|d| d.as_document()).collect();
    let index: &'static Index = Box::leak(Box::new(Index::build(&documents)));
    let searcher: &'static Searcher<'static> = Box::leak(Box::new(Searcher::new(index)));
    SYNTHETIC.with(|c| c.set(Some((index, searcher))));
    index.docs.len() as u32
}

/// One search, as on a keystroke: the number of hits.
#[wasm_bindgen]
pub fn search(corpus: u32, query: &str, limit: u32) -> u32 {
    searcher(corpus).search(query, limit as usize).hits.len() as u32
}

/// The keys of the hits, best first, as a JSON array (for hit@3).
#[wasm_bindgen]
pub fn search_keys(corpus: u32, query: &str, limit: u32) -> String {
    let hits = searcher(corpus).search(query, limit as usize).hits;
    format!("[{}]", hits.iter().map(|h| zanger::core::json::string(&h.key)).collect::<Vec<_>>().join(","))
}

/// The documents of a corpus as a JSON array, one object per document with the text of each field we
/// index: key, lang, title, keywords, topic, summary, body (and, for the real corpus, the guide's
/// first topic, which hit@3 compares with the expected topic).
#[wasm_bindgen]
pub fn corpus_json(corpus: u32) -> String {
    let mut out = String::from("[");
    let mut object = |key: &str, lang: &str, fields: &[(Field, &str)], first_topic: Option<&str>| {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(&format!("{{\"key\":{},\"lang\":{}", zanger::core::json::string(key), zanger::core::json::string(lang)));
        for field in Field::ALL {
            let text = fields.iter().find(|(f, _)| *f == field).map_or("", |(_, t)| t);
            out.push_str(&format!(",\"{}\":{}", field_name(field), zanger::core::json::string(text)));
        }
        if let Some(topic) = first_topic {
            out.push_str(&format!(",\"first_topic\":{}", zanger::core::json::string(topic)));
        }
        out.push('}');
    };
    if corpus == 0 {
        for guide in content::all_guides() {
            let fields = content::search_fields(guide);
            let fields: Vec<(Field, &str)> = fields.iter().map(|(f, t)| (*f, t.as_str())).collect();
            let first = content::guide_or_fallback(guide.id, Lang::Ru).and_then(|g| g.topics.first().copied()).unwrap_or("");
            object(guide.id, guide.lang.code(), &fields, Some(first));
        }
    } else {
        for doc in synthetic_docs() {
            let lang = match doc.lang {
                StemLang::Kk => "kk",
                StemLang::Ru => "ru",
                StemLang::En => "en",
            };
            object(&doc.key, lang, &doc.as_document().fields, None);
        }
    }
    out.push(']');
    out
}

fn field_name(field: Field) -> &'static str {
    match field {
        Field::Title => "title",
        Field::Keywords => "keywords",
        Field::Topic => "topic",
        Field::Summary => "summary",
        Field::Body => "body",
    }
}

/// Every prefix of every query in tests/relevance/queries.tsv, as `benches/search.rs` types them.
#[wasm_bindgen]
pub fn keystrokes_json() -> String {
    let mut out = Vec::new();
    for line in QUERIES.lines().skip(1) {
        let query = line.split('\t').nth(2).unwrap_or("");
        let chars: Vec<char> = query.chars().collect();
        for end in 1..=chars.len() {
            out.push(zanger::core::json::string(&chars[..end].iter().collect::<String>()));
        }
    }
    format!("[{}]", out.join(","))
}

/// The relevance queries with the topic each should find, as tests/relevance.rs reads them.
#[wasm_bindgen]
pub fn relevance_json() -> String {
    let rows: Vec<String> = QUERIES
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            let col = |i: usize| zanger::core::json::string(cols.get(i).copied().unwrap_or(""));
            format!("{{\"lang\":{},\"kind\":{},\"query\":{},\"topic\":{}}}", col(0), col(1), col(2), col(3))
        })
        .collect();
    format!("[{}]", rows.join(","))
}

/// Size of the index data (terms blob, then term_ends, offsets and postings as little-endian u32) and
/// its FNV-1a hash, so that the native size and compression measured by xtask can be checked against
/// the index the browser used.
#[wasm_bindgen]
pub fn index_stats(corpus: u32) -> String {
    let index = index(corpus);
    let mut hash: u32 = 0x811c_9dc5;
    let mut bytes = 0usize;
    let mut feed = |data: &[u8]| {
        bytes += data.len();
        for b in data {
            hash = (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193);
        }
    };
    feed(index.terms.as_bytes());
    for list in [&index.term_ends[..], &index.offsets[..], &index.postings[..]] {
        for v in list {
            feed(&v.to_le_bytes());
        }
    }
    format!(
        "{{\"docs\":{},\"terms\":{},\"postings\":{},\"bytes\":{bytes},\"fnv1a\":{hash}}}",
        index.docs.len(),
        index.term_count(),
        index.postings.len()
    )
}

