//! The search index: a sorted vocabulary of skeleton stems with postings (document, field, count).
//!
//! The real content's index is built by `build.rs` and compiled in as statics (`Cow::Borrowed`); the
//! same builder makes indexes at run time for benchmarks and tests (`Cow::Owned`).

use std::borrow::Cow;
use std::collections::BTreeMap;

use super::normalize::{canonical, words};
use super::stem::{index_stem, StemLang};

/// Where a word was found; the order is the ranking weight order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Field {
    Title = 0,
    Keywords = 1,
    Topic = 2,
    Summary = 3,
    Body = 4,
}

impl Field {
    pub const ALL: [Field; 5] = [Field::Title, Field::Keywords, Field::Topic, Field::Summary, Field::Body];

    /// How much a match in this field counts: titles and keywords above the body.
    pub fn weight(self) -> f32 {
        match self {
            Field::Title => 3.0,
            Field::Keywords => 3.0,
            Field::Topic => 2.5,
            Field::Summary => 1.8,
            Field::Body => 1.0,
        }
    }

    pub fn from_index(i: u32) -> Field {
        Field::ALL[(i as usize).min(4)]
    }
}

/// A document to index: one guide in one language.
pub struct Document<'a> {
    /// The key the search returns (a guide id).
    pub key: &'a str,
    pub lang: StemLang,
    pub fields: Vec<(Field, &'a str)>,
}

/// One entry in the index: document number, field and occurrences, packed as
/// `doc << 12 | field << 8 | count` (count capped at 255).
pub type Posting = u32;

pub fn pack(doc: u32, field: Field, count: u32) -> Posting {
    (doc << 12) | ((field as u32) << 8) | count.min(255)
}

pub fn unpack(p: Posting) -> (u32, Field, u32) {
    (p >> 12, Field::from_index((p >> 8) & 0xf), p & 0xff)
}

#[derive(Debug, Clone)]
pub struct Index {
    /// Skeleton stems, sorted, concatenated; term `i` ends at `term_ends[i]`.
    pub terms: Cow<'static, str>,
    pub term_ends: Cow<'static, [u32]>,
    /// Postings of term `i`: `postings[offsets[i]..offsets[i + 1]]`.
    pub offsets: Cow<'static, [u32]>,
    pub postings: Cow<'static, [Posting]>,
    /// For each document: its key and language (0 kk, 1 ru, 2 en).
    pub docs: Cow<'static, [(Cow<'static, str>, u8)]>,
}

impl Index {
    pub fn build(documents: &[Document]) -> Index {
        let mut map: BTreeMap<String, BTreeMap<(u32, Field), u32>> = BTreeMap::new();
        for (doc, document) in documents.iter().enumerate() {
            for (field, text) in &document.fields {
                for (_, _, word) in words(&canonical(text)) {
                    let stem = index_stem(&word, document.lang);
                    if stem.len() < 2 || super::is_stopword(&stem) {
                        continue;
                    }
                    *map.entry(stem).or_default().entry((doc as u32, *field)).or_default() += 1;
                }
            }
        }
        let mut terms = String::new();
        let mut term_ends = Vec::with_capacity(map.len());
        let mut offsets = vec![0u32];
        let mut postings = Vec::new();
        for (term, entries) in map {
            terms.push_str(&term);
            term_ends.push(terms.len() as u32);
            postings.extend(entries.into_iter().map(|((doc, field), n)| pack(doc, field, n)));
            offsets.push(postings.len() as u32);
        }
        let docs = documents
            .iter()
            .map(|d| (Cow::Owned(d.key.to_string()), match d.lang {
                StemLang::Kk => 0,
                StemLang::Ru => 1,
                StemLang::En => 2,
            }))
            .collect::<Vec<_>>();
        Index { terms: Cow::Owned(terms), term_ends: Cow::Owned(term_ends), offsets: Cow::Owned(offsets), postings: Cow::Owned(postings), docs: Cow::Owned(docs) }
    }

    pub fn term_count(&self) -> usize {
        self.term_ends.len()
    }

    pub fn term(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.term_ends[i - 1] as usize };
        &self.terms[start..self.term_ends[i] as usize]
    }

    pub fn postings(&self, term: usize) -> &[Posting] {
        &self.postings[self.offsets[term] as usize..self.offsets[term + 1] as usize]
    }

    /// Index of the first term that is `>= prefix`.
    pub fn lower_bound(&self, prefix: &str) -> usize {
        let (mut lo, mut hi) = (0, self.term_count());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if self.term(mid) < prefix {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    }

    /// Writes the index as a Rust expression of type `Index` (for `build.rs`).
    pub fn to_rust(&self) -> String {
        use std::fmt::Write;
        let mut out = String::new();
        let _ = write!(out, "Index {{ terms: Cow::Borrowed({:?}), term_ends: Cow::Borrowed(&{:?}), ", self.terms.as_ref(), self.term_ends.as_ref());
        out.push_str("offsets: Cow::Borrowed(&");
        let _ = write!(out, "{:?}", self.offsets.as_ref());
        out.push_str("), postings: Cow::Borrowed(&");
        let _ = write!(out, "{:?}", self.postings.as_ref());
        out.push_str("), docs: Cow::Borrowed(&[");
        for (k, l) in self.docs.iter() {
            let _ = write!(out, "(Cow::Borrowed({:?}), {l}),", k.as_ref());
        }
        out.push_str("]) }");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn postings_pack_and_unpack() {
        assert_eq!(unpack(pack(1234, Field::Summary, 7)), (1234, Field::Summary, 7));
        assert_eq!(unpack(pack(3, Field::Body, 999)), (3, Field::Body, 255));
    }

    #[test]
    fn builds_a_sorted_vocabulary_with_field_postings() {
        let docs = [
            Document { key: "a", lang: StemLang::Ru, fields: vec![(Field::Title, "Алименты на ребёнка"), (Field::Body, "алименты алименты суд")] },
            Document { key: "b", lang: StemLang::Kk, fields: vec![(Field::Title, "Сот бұйрығы")] },
        ];
        let index = Index::build(&docs);
        assert!((1..index.term_count()).all(|i| index.term(i - 1) < index.term(i)));
        let alim = index.lower_bound("aliment");
        assert_eq!(index.term(alim), "aliment");
        let postings: Vec<_> = index.postings(alim).iter().map(|p| unpack(*p)).collect();
        assert_eq!(postings, vec![(0, Field::Title, 1), (0, Field::Body, 2)]);
        assert!((0..index.term_count()).any(|i| index.term(i) == "sot"));
    }
}
