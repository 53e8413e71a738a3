//! Reducing words to stems: Snowball for Russian and English (rust-stemmers), and a small suffix
//! stripper for Kazakh, an agglutinative language that no stemmer in the crate covers.

use rust_stemmers::{Algorithm, Stemmer};

use super::normalize::{fold_cyrillic, is_latin_word, latin_to_cyrillic, skeleton};

/// The language a word is stemmed as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StemLang {
    Kk,
    Ru,
    En,
}

/// Kazakh endings (folded: қ→к, ғ→г…), longest first: plural, possessive, case and common verbal
/// noun endings. Only stripped while at least 3 letters remain.
const KK_SUFFIXES: &[&str] = &[
    "лардын", "лердин", "дардын", "дердин", "тардын", "тердин", "ларына", "лерине", "ларын", "лерин", "дарын",
    "дерин", "тарын", "терин", "ларга", "лерге", "дарга", "дерге", "тарга", "терге", "лары", "лери", "дары",
    "дери", "тары", "тери", "дан", "ден", "тан", "тен", "нан", "нен", "нын", "нин", "дын", "дин", "тын",
    "тин", "лар", "лер", "дар", "дер", "тар", "тер", "мен", "бен", "пен", "ына", "ине", "сын", "син", "га",
    "ге", "ка", "ке", "да", "де", "та", "те", "ны", "ни", "ды", "ди", "сы",
    // Possessive forms before case endings ("айлығымды", "ұлыммен").
    "ымнан", "имнен", "ымнын", "имнин", "ымды", "имди", "ымда", "имде", "ымен", "имен", "ыма", "име", "ым", "им",
    "ымыз", "имиз", "ынды", "инди", "ына", "ине",
];

/// The skeleton stems of one word as stored in the index for a document in `lang`.
pub fn index_stem(word: &str, lang: StemLang) -> String {
    skeleton(&stem_folded(&fold_for(word, lang), lang))
}

/// The skeleton stems a query word may stand for: its reading as each language, deduplicated.
/// A Latin word is tried as English and as transliterated Russian/Kazakh.
pub fn query_stems(word: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if !s.is_empty() && !out.contains(&s) {
            out.push(s);
        }
    };
    if is_latin_word(word) {
        push(index_stem(word, StemLang::En));
        let cyr = latin_to_cyrillic(word);
        push(skeleton(&stem_folded(&cyr, StemLang::Ru)));
        push(skeleton(&stem_folded(&cyr, StemLang::Kk)));
        push(skeleton(&cyr));
    } else {
        push(index_stem(word, StemLang::Ru));
        push(index_stem(word, StemLang::Kk));
        push(skeleton(&fold_cyrillic(word)));
    }
    out
}

fn fold_for(word: &str, lang: StemLang) -> String {
    match lang {
        StemLang::En if is_latin_word(word) => word.to_string(),
        _ if is_latin_word(word) => latin_to_cyrillic(word),
        _ => fold_cyrillic(word),
    }
}

/// Stems a folded word. English words are stemmed in Latin and then transliterated, so that every
/// stem is comparable as a skeleton.
fn stem_folded(word: &str, lang: StemLang) -> String {
    match lang {
        StemLang::En => {
            let stem = Stemmer::create(Algorithm::English).stem(word).into_owned();
            if is_latin_word(&stem) { latin_to_cyrillic(&stem) } else { stem }
        }
        StemLang::Ru => Stemmer::create(Algorithm::Russian).stem(word).into_owned(),
        StemLang::Kk => strip_kazakh(word),
    }
}

fn strip_kazakh(word: &str) -> String {
    let mut current = word.to_string();
    // Up to two layers: "балаларына" → "балалар" → "бала".
    for _ in 0..2 {
        let len = current.chars().count();
        let fits = |s: &&&str| current.ends_with(**s) && len >= s.chars().count() + 3;
        let Some(suffix) = KK_SUFFIXES.iter().filter(fits).max_by_key(|s| s.len()) else {
            break;
        };
        current.truncate(current.len() - suffix.len());
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn russian_forms_share_a_stem() {
        let a = index_stem("алименты", StemLang::Ru);
        assert_eq!(index_stem("алиментов", StemLang::Ru), a);
        assert_eq!(index_stem("алименту", StemLang::Ru), a);
    }

    #[test]
    fn kazakh_endings_are_stripped() {
        assert_eq!(index_stem("балаларына", StemLang::Kk), index_stem("бала", StemLang::Kk));
        assert_eq!(index_stem("соттан", StemLang::Kk), index_stem("сот", StemLang::Kk));
        assert_eq!(index_stem("жалақыны", StemLang::Kk), index_stem("жалакы", StemLang::Kk));
    }

    #[test]
    fn short_words_keep_their_root() {
        assert_eq!(index_stem("сот", StemLang::Kk), "sot");
    }

    #[test]
    fn english_is_stemmed_then_spelt_as_a_skeleton() {
        assert_eq!(index_stem("appealing", StemLang::En), index_stem("appeal", StemLang::En));
        assert!(query_stems("appeals").contains(&index_stem("appeal", StemLang::En)));
    }

    #[test]
    fn query_words_are_read_in_every_language() {
        let stems = query_stems("алиментов");
        assert!(stems.contains(&index_stem("алименты", StemLang::Ru)));
        let latin = query_stems("alimenty");
        assert!(latin.contains(&index_stem("алименты", StemLang::Ru)), "{latin:?}");
    }
}
