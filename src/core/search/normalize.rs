//! Text normalisation shared by the index builder (build time) and the query (as you type).
//!
//! Every word ends as a *skeleton*: lowercase ASCII, one byte per letter, in which Kazakh letters are
//! folded onto their Russian neighbours (қ→к, ә→а, …), ё→е, and Latin spellings (2021 Kazakh Latin,
//! chat Latin, Russian transliteration) are read as the Cyrillic they stand for. fuse-rust then works on
//! bytes that are letters, which contains its byte-based defects (see `fuzzy.rs`).

/// NFKC (for Latin and Cyrillic: `core::unicode_fold`), full lowercase. Turkish-style `İ` (2021 Kazakh
/// Latin) lowercases to plain `i`.
pub fn canonical(text: &str) -> String {
    crate::core::unicode_fold::compose_compatible(text).chars().flat_map(|c| if c == 'İ' { 'i'.to_lowercase() } else { c.to_lowercase() }).collect()
}

/// Whether a character belongs to a word (letters and digits of any script, and the apostrophe that
/// Latin spellings use for soft letters).
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\''
}

/// Splits canonical text into words with their char offsets `[start, end)` in that text.
pub fn words(text: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut start = 0;
    for (i, c) in text.chars().enumerate() {
        if is_word_char(c) {
            if current.is_empty() {
                start = i;
            }
            current.push(c);
        } else if !current.is_empty() {
            out.push((start, i, std::mem::take(&mut current)));
        }
    }
    if !current.is_empty() {
        let end = start + current.chars().count();
        out.push((start, end, current));
    }
    out
}

pub fn is_latin_word(word: &str) -> bool {
    word.chars().any(|c| c.is_ascii_alphabetic() || ('\u{c0}'..='\u{24f}').contains(&c))
        && !word.chars().any(is_cyrillic)
}

pub fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// Folds the Kazakh-specific letters and ё onto the letters people type instead (ә→а, ғ→г, қ→к,
/// ң→н, ө→о, ұ/ү→у, һ→х, і→и). A Latin `i` inside a Cyrillic word is read as і/и.
pub fn fold_cyrillic(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'ё' => 'е',
            'ә' => 'а',
            'ғ' => 'г',
            'қ' => 'к',
            'ң' => 'н',
            'ө' => 'о',
            'ұ' | 'ү' => 'у',
            'һ' => 'х',
            'і' | 'i' => 'и',
            other => other,
        })
        .collect()
}

/// Reads a Latin-script word as folded Cyrillic: Russian transliteration ("zh", "sh", "ya"), the 2021
/// Kazakh Latin alphabet (ä ğ q ñ ö ū ü ı ş ç) and older or informal forms (á, ǵ, ń, gh, "a'").
pub fn latin_to_cyrillic(word: &str) -> String {
    const DIGRAPHS: [(&str, &str); 17] = [
        ("shch", "щ"),
        ("sch", "щ"),
        ("zh", "ж"),
        ("kh", "х"),
        ("ch", "ч"),
        ("sh", "ш"),
        ("ts", "ц"),
        ("tc", "ц"),
        ("ya", "я"),
        ("yu", "ю"),
        ("yo", "е"),
        ("ye", "е"),
        ("ja", "я"),
        ("ju", "ю"),
        ("jo", "е"),
        ("gh", "г"),
        ("ck", "к"),
    ];
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    'outer: while i < chars.len() {
        for (latin, cyr) in DIGRAPHS {
            let n = latin.len();
            if i + n <= chars.len() && chars[i..i + n].iter().copied().eq(latin.chars()) {
                out.push_str(cyr);
                i += n;
                continue 'outer;
            }
        }
        let mapped = match chars[i] {
            'a' | 'ä' | 'á' | 'à' | 'â' => "а",
            'b' => "б",
            'c' => "ц",
            'ç' | 'č' => "ч",
            'd' => "д",
            'e' | 'é' | 'è' | 'ê' | 'ë' => "е",
            'f' => "ф",
            'g' | 'ğ' | 'ǵ' => "г",
            'h' => "х",
            'i' | 'ı' | 'í' | 'ì' | 'ï' | 'î' => "и",
            'j' => "ж",
            'k' | 'q' => "к",
            'l' => "л",
            'm' => "м",
            'n' | 'ñ' | 'ń' | 'ŋ' => "н",
            'o' | 'ö' | 'ó' | 'ò' | 'ô' => "о",
            'p' => "п",
            'r' => "р",
            's' => "с",
            'ş' | 'š' => "ш",
            't' => "т",
            'u' | 'ū' | 'ü' | 'ú' | 'ù' | 'û' | 'ý' => "у",
            'v' | 'w' => "в",
            'x' => "кс",
            'y' => "ы",
            'z' | 'ž' => "з",
            '\'' => "",
            c if c.is_ascii_digit() => {
                out.push(c);
                i += 1;
                continue;
            }
            _ => "",
        };
        out.push_str(mapped);
        i += 1;
    }
    out
}

/// The one-byte-per-letter ASCII form of a folded Cyrillic word. Letters that people interchange in
/// Latin spellings share a byte (я/а, ю/у, щ/ш, й/и); soft and hard signs vanish.
pub fn skeleton(folded: &str) -> String {
    folded
        .chars()
        .filter_map(|c| {
            Some(match c {
                'а' | 'я' => 'a',
                'б' => 'b',
                'в' => 'v',
                'г' => 'g',
                'д' => 'd',
                'е' | 'э' => 'e',
                'ж' => 'j',
                'з' => 'z',
                'и' | 'й' => 'i',
                'к' => 'k',
                'л' => 'l',
                'м' => 'm',
                'н' => 'n',
                'о' => 'o',
                'п' => 'p',
                'р' => 'r',
                'с' => 's',
                'т' => 't',
                'у' | 'ю' => 'u',
                'ф' => 'f',
                'х' => 'h',
                'ц' => 'c',
                'ч' => 'q',
                'ш' | 'щ' => 'w',
                'ы' => 'y',
                c if c.is_ascii_digit() => c,
                _ => return None,
            })
        })
        .collect()
}

/// The folded Cyrillic reading of any word: Cyrillic is folded, Latin is transliterated.
pub fn folded(word: &str) -> String {
    if is_latin_word(word) {
        latin_to_cyrillic(word)
    } else {
        fold_cyrillic(word)
    }
}

/// US QWERTY key → what the same key types in the Russian layout (ЙЦУКЕН).
const RU_KEYS: [(char, char); 33] = [
    ('q', 'й'), ('w', 'ц'), ('e', 'у'), ('r', 'к'), ('t', 'е'), ('y', 'н'), ('u', 'г'), ('i', 'ш'), ('o', 'щ'),
    ('p', 'з'), ('[', 'х'), (']', 'ъ'), ('a', 'ф'), ('s', 'ы'), ('d', 'в'), ('f', 'а'), ('g', 'п'), ('h', 'р'),
    ('j', 'о'), ('k', 'л'), ('l', 'д'), (';', 'ж'), ('\'', 'э'), ('z', 'я'), ('x', 'ч'), ('c', 'с'), ('v', 'м'),
    ('b', 'и'), ('n', 'т'), ('m', 'ь'), (',', 'б'), ('.', 'ю'), ('`', 'ё'),
];

/// The Kazakh layout (KBDKAZ) puts its own letters on the digit row; the letter rows are ЙЦУКЕН.
const KK_DIGIT_KEYS: [(char, char); 9] =
    [('2', 'ә'), ('3', 'і'), ('4', 'ң'), ('5', 'ғ'), ('8', 'ү'), ('9', 'ұ'), ('0', 'қ'), ('-', 'ө'), ('=', 'һ')];

/// Which keyboard a query is re-read as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Latin typed while meaning Russian or Kazakh (Russian layout).
    LatinToRussian,
    /// Latin and digits typed while meaning Kazakh (Kazakh layout).
    LatinToKazakh,
    /// Cyrillic typed while meaning English.
    CyrillicToLatin,
}

/// Re-reads `text` as if typed with the keyboard in another layout. `None` when nothing changes, and
/// for Cyrillic holding a Kazakh letter (ә, і, ң, …): no Russian key types it, so it was typed on
/// purpose and is no English word in the wrong layout.
pub fn relayout(text: &str, layout: Layout) -> Option<String> {
    let lower = text.to_lowercase();
    if layout == Layout::CyrillicToLatin && lower.chars().any(|c| KK_DIGIT_KEYS.iter().any(|(_, kk)| *kk == c)) {
        return None;
    }
    let out: String = lower
        .chars()
        .map(|c| match layout {
            Layout::LatinToRussian => RU_KEYS.iter().find(|(k, _)| *k == c).map_or(c, |(_, v)| *v),
            Layout::LatinToKazakh => KK_DIGIT_KEYS
                .iter()
                .chain(RU_KEYS.iter().filter(|(k, _)| *k != '`'))
                .find(|(k, _)| *k == c)
                .map_or(c, |(_, v)| *v),
            Layout::CyrillicToLatin => RU_KEYS.iter().find(|(_, v)| *v == c).map_or(c, |(k, _)| *k),
        })
        .collect();
    (out != lower).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skel(word: &str) -> String {
        skeleton(&folded(&canonical(word)))
    }

    #[test]
    fn kazakh_letters_fold_onto_what_people_type() {
        assert_eq!(skel("өндіру"), skel("ондиру"));
        assert_eq!(skel("Қазақ"), skel("казак"));
        assert_eq!(skel("айыппұл"), skel("айыппул"));
        assert_eq!(skel("ёлка"), skel("елка"));
    }

    #[test]
    fn latin_spellings_meet_cyrillic() {
        assert_eq!(skel("razvod"), skel("развод"));
        assert_eq!(skel("zarplata"), skel("зарплата"));
        assert_eq!(skel("shtraf"), skel("штраф"));
        assert_eq!(skel("zhalaqy"), skel("жалақы"));
        assert_eq!(skel("öndıru"), skel("өндіру"));
        assert_eq!(skel("AIYPPŪL"), skel("айыппұл"));
        assert_eq!(skel("nasledstvo"), skel("наследство"));
    }

    #[test]
    fn skeletons_are_one_ascii_byte_per_letter() {
        let s = skel("ЗАЯВЛЕНИЕ щёлк");
        assert!(s.is_ascii());
        assert_eq!(skel("алименты").len(), "алименты".chars().count());
    }

    #[test]
    fn canonical_applies_nfkc_and_full_lowercase() {
        assert_eq!(canonical("ＡＢＣ１"), "abc1");
        assert_eq!(canonical("ﬁ"), "fi");
        assert_eq!(canonical("АЛМАТЫ"), "алматы");
        assert_eq!(canonical("İ"), "i");
    }

    #[test]
    fn words_keep_char_offsets() {
        let w = words("Алимент, өндіру!");
        assert_eq!(w, vec![(0, 7, "Алимент".into()), (9, 15, "өндіру".into())]);
    }

    #[test]
    fn wrong_layout_is_repaired() {
        assert_eq!(relayout("fkbvtyns", Layout::LatinToRussian).as_deref(), Some("алименты"));
        assert_eq!(relayout("0fpf0", Layout::LatinToKazakh).as_deref(), Some("қазақ"));
        assert_eq!(relayout("n3k", Layout::LatinToKazakh).as_deref(), Some("тіл"));
        assert_eq!(relayout("сршдв", Layout::CyrillicToLatin).as_deref(), Some("child"));
        assert_eq!(relayout("123", Layout::LatinToRussian), None);
        // Kazakh typed on the Kazakh layout: «шағымдану» is not English typed in Russian.
        assert_eq!(relayout("мемлекеттік органның шешіміне сотқа шағымдану", Layout::CyrillicToLatin), None);
        assert_eq!(relayout("сотка шагымдану", Layout::CyrillicToLatin).as_deref(), Some("cjnrf ifusvlfye"));
    }
}
