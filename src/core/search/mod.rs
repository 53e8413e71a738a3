//! Search as you type: fuzzy, offline, tolerant of how people in Kazakhstan actually type.
//!
//! A query is tokenised, each word read in every plausible way (Russian, Kazakh, English, Latin
//! spellings; see `stem.rs`), matched against the vocabulary of the prebuilt index exactly, by prefix
//! and fuzzily (fuse-rust on skeletons, candidates narrowed by shared letter pairs first), and documents
//! are ranked by field-weighted, idf-weighted matches. A query that reads better in another keyboard
//! layout is answered in that reading, and the caller is told so.

pub mod fuzzy;
pub mod index;
pub mod normalize;
pub mod stem;
pub mod synthetic;

pub use index::{Document, Field, Index};
use normalize::{canonical, relayout, words, Layout};
use stem::{index_stem, query_stems, StemLang};

/// Words that carry no meaning for finding a guide, as skeletons (ru, kk, en).
const STOPWORDS: [&str; 44] = [
    "men", "ni", "tot", "kak", "na", "po", "dla", "qto", "eto", "esli", "ili", "iz", "za", "ot", "do", "pri", "moi", "mne", "me", "ego",
    "tak", "uje", "jane", "bul", "kalai", "uwin", "bir", "osy", "the", "to", "of", "my", "how", "for", "in", "on",
    "and", "is", "what", "do", "can", "with", "an", "it",
];

pub fn is_stopword(skeleton: &str) -> bool {
    STOPWORDS.contains(&skeleton)
}

/// Most words looked at per query; longer input is cut (a search box, not a document).
const MAX_WORDS: usize = 8;

/// How much each query word after the first that a document's title also holds adds to its score:
/// words that meet in one title («подали» and «суд» in «Если на вас подали в суд») say more than the
/// same words scattered over a long guide.
const TITLE_TOGETHER: f32 = 0.5;

/// One result: a document key (guide id) and how well it matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub key: String,
    pub score: f32,
    /// Skeleton stems of the vocabulary that matched, for highlighting.
    pub matched: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Outcome {
    pub hits: Vec<Hit>,
    /// The query as re-read from another keyboard layout, when that reading was used.
    pub corrected: Option<String>,
}

/// A search over one index. Create once (it prepares the fuzzy lookup) and query on each keystroke.
pub struct Searcher<'a> {
    index: &'a Index,
    fuzzy: fuzzy::FuzzyTerms,
    idf: Vec<f32>,
}

impl<'a> Searcher<'a> {
    pub fn new(index: &'a Index) -> Searcher<'a> {
        let docs = index.docs.len().max(1) as f32;
        let idf = (0..index.term_count())
            .map(|t| {
                let mut seen: Vec<u32> = index.postings(t).iter().map(|p| index::unpack(*p).0).collect();
                seen.dedup();
                (1.0 + docs / seen.len().max(1) as f32).ln()
            })
            .collect();
        Searcher { index, fuzzy: fuzzy::FuzzyTerms::new(index), idf }
    }

    /// Results for `query`, best first, at most `limit`, one per key.
    pub fn search(&self, query: &str, limit: usize) -> Outcome {
        let (hits, covered) = self.rank(query, limit);
        let mut best = Outcome { hits, corrected: None };
        // A query whose words all matched needs no re-reading; otherwise try the other keyboard layouts.
        if !covered {
            let has_latin = query.chars().any(|c| c.is_ascii_alphabetic());
            let has_cyrillic = query.chars().any(normalize::is_cyrillic);
            let layouts: &[Layout] = match (has_latin, has_cyrillic) {
                (true, false) => &[Layout::LatinToRussian, Layout::LatinToKazakh],
                (false, true) => &[Layout::CyrillicToLatin],
                _ => &[],
            };
            for layout in layouts {
                let Some(text) = relayout(query, *layout) else { continue };
                let (hits, _) = self.rank(&text, limit);
                // Another reading wins only when it is clearly better: a real word beats a near miss.
                if top(&hits) > top(&best.hits) * 1.3 + 0.05 {
                    best = Outcome { hits, corrected: Some(text.trim().to_string()) };
                }
            }
        }
        // Weak tail results (a word mentioned once in a long body) are noise next to a strong match.
        let floor = top(&best.hits) * 0.15;
        best.hits.retain(|h| h.score >= floor);
        best
    }

    /// The best `limit` hits, and whether the best one matched every query word.
    fn rank(&self, query: &str, limit: usize) -> (Vec<Hit>, bool) {
        let text = canonical(query);
        let typing_last_word = !text.ends_with(char::is_whitespace);
        let mut tokens: Vec<Vec<String>> = Vec::new();
        for (_, _, word) in words(&text) {
            let stems = query_stems(&word);
            // A word that reads as a stopword in any language is one («меня» stems to «мен»): the index
            // skipped it, so its other readings would only meet unrelated words by prefix or typo.
            if stems.iter().any(|s| is_stopword(s)) {
                continue;
            }
            if !stems.is_empty() && stems.iter().any(|s| s.len() >= 2) {
                tokens.push(stems);
            }
        }
        tokens.truncate(MAX_WORDS);
        if tokens.is_empty() {
            return (Vec::new(), false);
        }
        let n = tokens.len();
        let doc_count = self.index.docs.len();
        // Per document: summed best contribution of each query word and how many words matched.
        let mut sum = vec![0f32; doc_count];
        let mut matched_words = vec![0u8; doc_count];
        // Per document: query words found in its title, and whether the current word is.
        let mut title_words = vec![0u8; doc_count];
        let mut in_title = vec![false; doc_count];
        let mut touched: Vec<u32> = Vec::new();
        // Per document, for the current word: its best contribution.
        let mut best = vec![0f32; doc_count];
        let mut best_touched: Vec<u32> = Vec::new();
        let mut matched_terms: Vec<usize> = Vec::new();
        for (i, variants) in tokens.iter().enumerate() {
            let prefix_ok = typing_last_word && i + 1 == n;
            for (term, sim) in self.match_terms(variants, prefix_ok) {
                matched_terms.push(term);
                let idf = self.idf[term];
                for posting in self.index.postings(term) {
                    let (doc, field, count) = index::unpack(*posting);
                    let tf = if field == Field::Body { 1.0 + (count as f32).ln() * 0.3 } else { 1.0 };
                    let contribution = sim * idf * field.weight() * tf;
                    if field == Field::Title && sim >= 0.7 {
                        in_title[doc as usize] = true;
                    }
                    let slot = &mut best[doc as usize];
                    if *slot == 0.0 {
                        best_touched.push(doc);
                    }
                    if contribution > *slot {
                        *slot = contribution;
                    }
                }
            }
            for &doc in &best_touched {
                let d = doc as usize;
                if matched_words[d] == 0 {
                    touched.push(doc);
                }
                sum[d] += best[d];
                matched_words[d] += 1;
                title_words[d] += u8::from(in_title[d]);
                in_title[d] = false;
                best[d] = 0.0;
            }
            best_touched.clear();
        }
        let mut ranked: Vec<(f32, u32)> = touched
            .iter()
            .map(|&doc| {
                let coverage = matched_words[doc as usize] as f32 / n as f32;
                let together = 1.0 + TITLE_TOGETHER * title_words[doc as usize].saturating_sub(1) as f32;
                (sum[doc as usize] / n as f32 * coverage * coverage * together, doc)
            })
            .collect();
        // Equal scores keep the order the documents were indexed in (a pack's guides before its
        // questionnaires: the explanation first).
        ranked.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let covered = ranked.first().is_some_and(|(_, doc)| matched_words[*doc as usize] as usize == n);

        // Highlighting compares title words with the query's own readings and the terms they hit.
        let mut matched: Vec<String> = tokens.iter().flatten().cloned().collect();
        matched.extend(matched_terms.iter().map(|t| self.index.term(*t).to_string()));
        matched.sort();
        matched.dedup();
        let mut hits: Vec<Hit> = Vec::new();
        for (score, doc) in ranked {
            let key = self.index.docs[doc as usize].0.as_ref();
            // A guide appears once, with its best language's score (the list is sorted).
            if hits.iter().any(|h| h.key == key) {
                continue;
            }
            hits.push(Hit { key: key.to_string(), score, matched: matched.clone() });
            if hits.len() == limit {
                break;
            }
        }
        (hits, covered)
    }

    /// Vocabulary terms matching any reading of one query word, with a similarity in 0..=1.
    fn match_terms(&self, variants: &[String], prefix_ok: bool) -> Vec<(usize, f32)> {
        let mut found: Vec<(usize, f32)> = Vec::new();
        let mut note = |term: usize, sim: f32| match found.iter_mut().find(|(t, _)| *t == term) {
            Some(entry) => entry.1 = entry.1.max(sim),
            None => found.push((term, sim)),
        };
        let index = self.index;
        let mut exact = false;
        for v in variants {
            let v = fuzzy::bounded(v);
            let len = v.len();
            if len < 2 {
                continue;
            }
            // Exact and prefix: the vocabulary is sorted, so both are one binary search away.
            let start = self.index.lower_bound(v);
            let min_prefix = if prefix_ok { 2 } else { 4 };
            // Short prefixes match many terms; the first few (shortest, most likely) are enough.
            let cap = if len < 4 { 12 } else { 40 };
            let mut prefixed = 0;
            for t in start..index.term_count() {
                let term = index.term(t);
                if !term.starts_with(v) {
                    break;
                }
                if term.len() == len {
                    note(t, 1.0);
                    exact = true;
                } else if len >= min_prefix && prefixed < cap {
                    note(t, 0.72 + 0.25 * len as f32 / term.len() as f32);
                    prefixed += 1;
                }
            }
            // The word is longer than a stem in the vocabulary (an ending the stemmer kept).
            for cut in (4..len).rev().take(4) {
                let prefix = &v[..cut];
                let at = index.lower_bound(prefix);
                if at < index.term_count() && index.term(at) == prefix {
                    note(at, 0.6 + 0.35 * cut as f32 / len as f32);
                    break;
                }
            }
        }
        // Typos: only when no reading is a known word. fuse-rust scores the few terms that share
        // enough letter pairs with the word.
        if !exact {
            for v in variants.iter().filter(|v| v.len() >= 4) {
                for (term, sim) in self.fuzzy.similar(v, index) {
                    note(term, sim * 0.85);
                }
            }
        }
        found
    }
}

fn top(hits: &[Hit]) -> f32 {
    hits.first().map_or(0.0, |h| h.score)
}

/// Char ranges of the words in `text` whose stems matched, for highlighting on character boundaries
/// (fuse-rust's own ranges are byte offsets that can fall inside a letter).
pub fn highlight(text: &str, lang: StemLang, matched: &[String]) -> Vec<(usize, usize)> {
    let canon = canonical(text);
    // NFKC can change the length of unusual characters; highlight only when it did not.
    if canon.chars().count() != text.chars().count() {
        return Vec::new();
    }
    words(&canon)
        .into_iter()
        .filter(|(_, _, w)| {
            let stem = index_stem(w, lang);
            let related = |m: &String| m.len() >= 4 && stem.len() >= 4 && (stem.starts_with(m.as_str()) || m.starts_with(stem.as_str()));
            matched.iter().any(|m| *m == stem || related(m))
        })
        .map(|(s, e, _)| (s, e))
        .collect()
}

#[cfg(test)]
mod tests;
