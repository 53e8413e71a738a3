//! The languages of the portal and how the first one is chosen.

/// A language the portal is written in. Kazakh comes first: it is the state language and the fallback.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Lang {
    Kk,
    Ru,
    En,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// The language when nothing else says which: Kazakh.
    pub const FALLBACK: Lang = Lang::Kk;

    /// Every primary language subtag a browser or a stored choice may give, and the language it
    /// means: each language's own code, and `kz` (the country code, often typed for Kazakh). The
    /// build hands this table to the start script (`xtask/js/start.js`), which chooses as
    /// [`Lang::negotiate`] does before the app has started.
    pub const SUBTAGS: [(&'static str, Lang); 4] = [("kk", Lang::Kk), ("kz", Lang::Kk), ("ru", Lang::Ru), ("en", Lang::En)];

    /// The code used in URLs, file names and `lang` attributes.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's own name, as shown in the language switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// Parses a code; accepts region subtags and any case ("ru-KZ", "KK").
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Lang::SUBTAGS.iter().find(|(subtag, _)| *subtag == primary).map(|&(_, lang)| lang)
    }

    /// Picks the language for a first visit: a remembered choice wins, then the browser's preferred
    /// languages in order, then Kazakh ([`Lang::FALLBACK`]).
    pub fn negotiate<'a>(remembered: Option<&str>, preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        remembered
            .and_then(Lang::from_code)
            .or_else(|| preferred.into_iter().find_map(Lang::from_code))
            .unwrap_or(Lang::FALLBACK)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("ru-KZ"), Some(Lang::Ru));
        assert_eq!(Lang::from_code("KK_kz"), Some(Lang::Kk));
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn every_language_is_named_by_its_own_code_in_the_subtag_table() {
        for lang in Lang::ALL {
            assert!(Lang::SUBTAGS.contains(&(lang.code(), lang)), "{lang:?}");
        }
        assert_eq!(Lang::from_code("kz-KZ"), Some(Lang::Kk));
    }

    #[test]
    fn remembered_choice_wins_over_browser() {
        assert_eq!(Lang::negotiate(Some("ru"), ["en-US", "kk"]), Lang::Ru);
    }

    #[test]
    fn first_supported_browser_language_is_used() {
        assert_eq!(Lang::negotiate(None, ["de-DE", "en-GB", "ru"]), Lang::En);
        assert_eq!(Lang::negotiate(Some("xx"), ["ru-RU"]), Lang::Ru);
    }

    #[test]
    fn kazakh_is_the_fallback() {
        assert_eq!(Lang::negotiate(None, ["de", "fr"]), Lang::Kk);
        assert_eq!(Lang::negotiate(None, []), Lang::Kk);
    }
}
