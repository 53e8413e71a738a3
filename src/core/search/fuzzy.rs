//! Fuzzy matching of one query word against the vocabulary, with fuse-rust's defects contained:
//!
//! - it works on bytes, not characters: we only ever give it skeletons, which are ASCII, one byte per
//!   letter, so its positions and `distance` window are in letters;
//! - it lowercases the text with ASCII rules only: skeletons are already lowercase ASCII;
//! - a pattern over 64 bytes overflows its bit mask (panic in debug, garbage in release) and its
//!   `max_pattern_length` is never enforced: [`bounded`] cuts patterns to 32 bytes first;
//! - its highlight ranges can split a character: we never use them (see `highlight` in `mod.rs`);
//! - it is slow as a linear scan: only terms sharing enough letter pairs with the word are scored.

use std::collections::HashMap;

use fuse_rust::Fuse;

use super::index::Index;

/// Longest pattern given to fuse-rust, in bytes (= letters of a skeleton).
pub const MAX_PATTERN: usize = 32;

/// `word` cut to [`MAX_PATTERN`] bytes. Skeletons are ASCII, so any cut is on a letter boundary.
pub fn bounded(word: &str) -> &str {
    if word.len() <= MAX_PATTERN || !word.is_ascii() {
        &word[..floor_boundary(word, MAX_PATTERN)]
    } else {
        &word[..MAX_PATTERN]
    }
}

fn floor_boundary(s: &str, max: usize) -> usize {
    let mut end = s.len().min(max);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    end
}

/// Letter-pair lists over the vocabulary, built once per index.
pub struct FuzzyTerms {
    pairs: HashMap<[u8; 2], Vec<u32>>,
    fuse: Fuse,
}

/// Worst fuse-rust score (0 perfect, 1 no match) still counted as a typo of the word.
const THRESHOLD: f64 = 0.34;

impl FuzzyTerms {
    pub fn new(index: &Index) -> FuzzyTerms {
        let mut pairs: HashMap<[u8; 2], Vec<u32>> = HashMap::new();
        for i in 0..index.term_count() {
            let term = index.term(i);
            let mut seen: Vec<[u8; 2]> = Vec::new();
            for pair in term.as_bytes().windows(2) {
                let key = [pair[0], pair[1]];
                if !seen.contains(&key) {
                    seen.push(key);
                    pairs.entry(key).or_default().push(i as u32);
                }
            }
        }
        let fuse = Fuse { location: 0, distance: 32, threshold: THRESHOLD, max_pattern_length: MAX_PATTERN as i32, is_case_sensitive: true, tokenize: false };
        FuzzyTerms { pairs, fuse }
    }

    /// Terms similar to `word` (a skeleton), with similarity `1 - fuse score`.
    pub fn similar(&self, word: &str, index: &Index) -> Vec<(usize, f32)> {
        let word = bounded(word);
        let bytes = word.as_bytes();
        if bytes.len() < 3 {
            return Vec::new();
        }
        let mut counts = vec![0u8; index.term_count()];
        let mut candidates: Vec<u32> = Vec::new();
        let mut distinct = 0u8;
        let mut seen: Vec<[u8; 2]> = Vec::new();
        for pair in bytes.windows(2) {
            let key = [pair[0], pair[1]];
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            distinct += 1;
            if let Some(list) = self.pairs.get(&key) {
                for &t in list {
                    let c = &mut counts[t as usize];
                    if *c == 0 {
                        candidates.push(t);
                    }
                    *c = c.saturating_add(1);
                }
            }
        }
        // A one-letter typo breaks at most two pairs; ask for most of the rest.
        let needed = distinct.saturating_sub(2).max(1).max(distinct / 2);
        let pattern = self.fuse.create_pattern(word);
        let mut out = Vec::new();
        for t in candidates {
            if counts[t as usize] < needed {
                continue;
            }
            let term = index.term(t as usize);
            if term.len().abs_diff(bytes.len()) > 2 || term.len() > MAX_PATTERN * 2 {
                continue;
            }
            // Score both ways round: fuse-rust finds the pattern inside the text, so a pattern longer
            // than the text (an extra letter typed) needs the reverse direction.
            let forward = self.fuse.search(pattern.as_ref(), term).map(|r| r.score);
            let backward = if term.len() < bytes.len() {
                let reverse = self.fuse.create_pattern(bounded(term));
                self.fuse.search(reverse.as_ref(), word).map(|r| r.score)
            } else {
                None
            };
            let score = match (forward, backward) {
                (Some(a), Some(b)) => a.min(b),
                (Some(a), None) | (None, Some(a)) => a,
                (None, None) => continue,
            };
            // Length difference is a typo too: a long term containing the word is not a match.
            let penalty = term.len().abs_diff(bytes.len()) as f64 * 0.08;
            let score = score + penalty;
            if score <= THRESHOLD {
                out.push((t as usize, (1.0 - score) as f32));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::core::search::index::{pack, Field, Index};
    use std::borrow::Cow;

    /// An index whose vocabulary is exactly `words` (skeletons, sorted), each in one document.
    fn vocab(words: &[&str]) -> Index {
        let mut sorted = words.to_vec();
        sorted.sort();
        let mut ends = Vec::new();
        let mut total = 0;
        for w in &sorted {
            total += w.len() as u32;
            ends.push(total);
        }
        Index {
            terms: Cow::Owned(sorted.concat()),
            term_ends: Cow::Owned(ends),
            offsets: Cow::Owned((0..=sorted.len() as u32).collect()),
            postings: Cow::Owned(vec![pack(0, Field::Body, 1); sorted.len()]),
            docs: Cow::Owned(vec![(Cow::Borrowed("d"), 0)]),
        }
    }

    #[test]
    fn long_patterns_are_cut_to_32_bytes_and_never_overflow() {
        let long = "a".repeat(70);
        assert_eq!(bounded(&long).len(), 32);
        let terms = vocab(&["aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"]);
        let fuzzy = FuzzyTerms::new(&terms);
        assert_eq!(terms.term_count(), 1);
        // Would panic in debug builds inside fuse-rust without the bound.
        let _ = fuzzy.similar(&long, &terms);
    }

    #[test]
    fn bounded_never_cuts_inside_a_character() {
        let cyr = "ж".repeat(40);
        let cut = bounded(&cyr);
        assert!(cut.len() <= 32 && cyr.is_char_boundary(cut.len()));
    }

    #[test]
    fn typos_are_found_and_strangers_are_not() {
        let terms = vocab(&["zarplat", "alimentn", "dokument", "wkol", "pensi"]);
        let fuzzy = FuzzyTerms::new(&terms);
        let hits = |w: &str| -> Vec<String> { fuzzy.similar(w, &terms).iter().map(|(t, _)| terms.term(*t).to_string()).collect() };
        assert_eq!(hits("zorplat"), ["zarplat"]);
        assert_eq!(hits("zarplaat"), ["zarplat"]);
        assert!(hits("olimentn").contains(&"alimentn".to_string()));
        // The false positive fuse-rust gives on raw UTF-8 ("пенсыя" ~ "документ школа") cannot happen here.
        assert!(hits("pensya").iter().all(|t| t != "dokument"));
    }
}
