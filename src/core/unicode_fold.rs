//! A small stand-in for Unicode NFKC/NFC, limited to what Kazakh, Russian and English text contains.
//!
//! Why not the `unicode-normalization` crate: its tables cover every script and were the largest single
//! item in the wasm (about 110 KB of data). Search and the PDF only need two things: a letter typed as a
//! base letter plus a combining mark (и + ◌̆, е + ◌̈, a + ◌̈ on some keyboards) becomes the one letter,
//! and compatibility characters people paste (fullwidth letters, ligatures, superscripts, odd spaces)
//! become plain ones. The tables in `unicode_fold/tables.rs` are generated from the `unicode-normalization`
//! crate (a native dev-dependency) by the ignored test `regenerate_tables`: every composition whose
//! base letter is below U+0530 (Latin, Greek, Cyrillic), and the compatibility characters of Latin-1,
//! punctuation, letter-like symbols, number forms, enclosed numbers, ligatures and fullwidth forms.
//! Native tests check them against the full normalisation.

mod tables;

/// The letter `base` + `mark` stand for, if there is one.
fn composed(base: char, mark: char) -> Option<char> {
    let (b, m) = (u16::try_from(base as u32).ok()?, u16::try_from(mark as u32).ok()?);
    let at = tables::COMPOSE.binary_search_by(|&(tb, tm, _)| (tb, tm).cmp(&(b, m))).ok()?;
    char::from_u32(tables::COMPOSE[at].2 as u32)
}

/// The plain text a compatibility character stands for (`ﬁ` → `fi`, `Ａ` → `A`, NBSP → space).
fn compatibility(c: char) -> Option<&'static str> {
    let at = tables::COMPATIBILITY.binary_search_by_key(&(c as u32), |&(k, _)| k).ok()?;
    Some(tables::COMPATIBILITY[at].1)
}

fn is_combining_mark(c: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&c)
}

/// Canonical composition (NFC) for Latin and Cyrillic letters: a base letter followed by combining
/// marks becomes the precomposed letter where one exists; anything else is kept as it is.
pub fn compose(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut last: Option<char> = None;
    for c in text.chars() {
        if let (Some(base), true) = (last, is_combining_mark(c)) {
            if let Some(letter) = composed(base, c) {
                last = Some(letter);
                continue;
            }
        }
        if let Some(previous) = last.replace(c) {
            out.push(previous);
        }
    }
    out.extend(last);
    out
}

/// Compatibility composition (NFKC) for the same letters: [`compose`], after mapping compatibility
/// characters to what they stand for.
pub fn compose_compatible(text: &str) -> String {
    let mut expanded = String::with_capacity(text.len());
    for c in text.chars() {
        match compatibility(c) {
            Some(plain) => expanded.push_str(plain),
            None => expanded.push(c),
        }
    }
    compose(&expanded)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    /// Every character the tables cover, and each of them decomposed, against the real normalisation.
    #[test]
    fn agrees_with_full_normalisation_on_the_covered_characters() {
        let covered = ('\u{a0}'..='\u{24f}').chain('\u{400}'..='\u{52f}').chain('\u{2000}'..='\u{218f}').chain('\u{2460}'..='\u{24ff}').chain('\u{fb00}'..='\u{fb06}').chain('\u{ff00}'..='\u{ffef}');
        for c in covered {
            let s = c.to_string();
            let nfd: String = s.nfd().collect();
            assert_eq!(compose(&nfd), nfd.nfc().collect::<String>(), "NFC of {c:?} (U+{:04X}) decomposed", c as u32);
            assert_eq!(compose_compatible(&s), s.nfkc().collect::<String>(), "NFKC of {c:?} (U+{:04X})", c as u32);
        }
    }

    #[test]
    fn agrees_with_full_normalisation_on_every_guide() {
        for guide in crate::core::content::all_guides() {
            let text = crate::core::content::text::plain_text(guide, crate::core::date::Date::new(2026, 11, 25)).unwrap_or_default();
            let ours = compose_compatible(&text);
            let theirs: String = text.nfkc().collect();
            assert!(ours == theirs, "{} {:?} differs", guide.id, guide.lang);
        }
    }

    /// Rewrites `unicode_fold/tables.rs` from the `unicode-normalization` crate's data:
    /// `cargo test --lib unicode_fold::tests::regenerate_tables -- --ignored`.
    #[test]
    #[ignore]
    fn regenerate_tables() {
        use std::fmt::Write;
        let bases = '\u{0}'..='\u{52f}';
        let mut pairs = Vec::new();
        for base in bases {
            for mark in '\u{300}'..='\u{36f}' {
                if let Some(c) = unicode_normalization::char::compose(base, mark) {
                    pairs.push((base as u32, mark as u32, c as u32));
                }
            }
        }
        pairs.sort();
        let covered = ('\u{a0}'..='\u{24f}').chain('\u{2000}'..='\u{218f}').chain('\u{2460}'..='\u{24ff}').chain('\u{fb00}'..='\u{fb06}').chain('\u{ff00}'..='\u{ffef}');
        let compat: Vec<(u32, String)> = covered.filter_map(|c| {
            let k: String = c.to_string().nfkc().collect();
            (k != c.to_string()).then_some((c as u32, k))
        }).collect();
        let mut out = format!("// @generated by `cargo test --lib unicode_fold::tests::regenerate_tables -- --ignored` from\n// unicode-normalization (Unicode {:?}); see `unicode_fold.rs`.\n\n", unicode_normalization::UNICODE_VERSION);
        let _ = writeln!(out, "/// (base, combining mark, composed), sorted: the canonical compositions of Latin and Cyrillic letters.");
        let _ = writeln!(out, "pub const COMPOSE: [(u16, u16, u16); {}] = [", pairs.len());
        for (a, b, c) in &pairs {
            let _ = writeln!(out, "    (0x{a:04x}, 0x{b:04x}, 0x{c:04x}),");
        }
        let _ = writeln!(out, "];\n\n/// Compatibility mappings (NFKC) of the characters people paste into a Kazakh or Russian text, sorted.");
        let _ = writeln!(out, "pub const COMPATIBILITY: [(u32, &str); {}] = [", compat.len());
        for (c, k) in &compat {
            let _ = writeln!(out, "    (0x{c:04x}, {k:?}),");
        }
        out.push_str("];\n");
        std::fs::write(concat!(env!("CARGO_MANIFEST_DIR"), "/src/core/unicode_fold/tables.rs"), out).unwrap();
    }

    #[test]
    fn typed_marks_become_letters() {
        assert_eq!(compose("и\u{306}е\u{308}"), "йё");
        assert_eq!(compose("Қазақ"), "Қазақ");
        assert_eq!(compose("a\u{308}"), "ä");
        assert_eq!(compose("\u{306}x"), "\u{306}x", "a mark with nothing before it is kept");
        assert_eq!(compose_compatible("ﬁ ＡＢＣ１ №\u{a0}5"), "fi ABC1 No 5");
    }
}
