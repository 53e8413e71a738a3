//! A generated corpus for benchmarks: documents made of words drawn (deterministically) from the real
//! guides, so that word lengths, scripts and frequencies look like the real thing at any size.

use super::index::{Document, Field};
use super::stem::StemLang;

/// Owned text of one generated document.
pub struct SyntheticDoc {
    pub key: String,
    pub lang: StemLang,
    pub title: String,
    pub keywords: String,
    pub body: String,
}

impl SyntheticDoc {
    pub fn as_document(&self) -> Document<'_> {
        Document {
            key: &self.key,
            lang: self.lang,
            fields: vec![(Field::Title, &self.title), (Field::Keywords, &self.keywords), (Field::Body, &self.body)],
        }
    }
}

/// xorshift64*: small, deterministic, good enough to shuffle words.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn pick<'a>(&mut self, words: &'a [&'a str]) -> &'a str {
        words[(self.next() % words.len() as u64) as usize]
    }
}

/// `count` documents; each language's documents draw from that language's words in `sources`.
pub fn generate(count: usize, sources: &[(StemLang, &str)], seed: u64) -> Vec<SyntheticDoc> {
    let vocab: Vec<(StemLang, Vec<&str>)> = sources
        .iter()
        .map(|(lang, text)| (*lang, text.split(|c: char| !c.is_alphanumeric()).filter(|w| w.chars().count() > 2).collect::<Vec<_>>()))
        .filter(|(_, words)| !words.is_empty())
        .collect();
    assert!(!vocab.is_empty(), "no source text");
    let mut rng = Rng(seed | 1);
    let phrase = |rng: &mut Rng, words: &[&str], n: usize| -> String {
        (0..n).map(|_| rng.pick(words)).collect::<Vec<_>>().join(" ")
    };
    (0..count)
        .map(|i| {
            let (lang, words) = &vocab[i % vocab.len()];
            let title_len = 3 + (rng.next() % 5) as usize;
            SyntheticDoc {
                key: format!("doc-{i}"),
                lang: *lang,
                title: phrase(&mut rng, words, title_len),
                keywords: phrase(&mut rng, words, 6),
                body: phrase(&mut rng, words, 120),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic_and_sized() {
        let sources = [(StemLang::Ru, "алименты на ребёнка суд взыскание зарплата"), (StemLang::Kk, "алимент өндіру сот жалақы")];
        let a = generate(10, &sources, 7);
        let b = generate(10, &sources, 7);
        assert_eq!(a.len(), 10);
        assert_eq!(a[3].body, b[3].body);
        assert_eq!(a[1].lang, StemLang::Kk);
        assert_eq!(a[0].body.split(' ').count(), 120);
    }
}
