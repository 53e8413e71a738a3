//! Navigation lives in the URL hash (`#/ru/guide/family.alimony`) so the host page's path is never
//! touched, deep links work and the back button works. [`Route::parse`] and [`Route::to_hash`] are pure.

use crate::core::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Topic(String),
    Guide(String),
    /// A questionnaire (`#/ru/form/alimony.claim`).
    Form(String),
    NotFound,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    /// `None` when the hash names no language: the app then uses the negotiated one.
    pub lang: Option<Lang>,
    pub page: Page,
}

impl Route {
    pub fn new(lang: Lang, page: Page) -> Route {
        Route { lang: Some(lang), page }
    }

    /// Reads a `location.hash` value (with or without the leading `#`).
    pub fn parse(hash: &str) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split(['?', '#']).next().unwrap_or("");
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let Some(first) = parts.next() else {
            return Route { lang: None, page: Page::Home };
        };
        let Some(lang) = Lang::from_code(first).filter(|l| l.code() == first) else {
            return Route { lang: None, page: Page::NotFound };
        };
        let page = match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Page::Home,
            (Some("topic"), Some(id), None) if valid_id(id) => Page::Topic(id.to_string()),
            (Some("guide"), Some(id), None) if valid_id(id) => Page::Guide(id.to_string()),
            (Some("form"), Some(id), None) if valid_id(id) => Page::Form(id.to_string()),
            _ => Page::NotFound,
        };
        Route { lang: Some(lang), page }
    }

    /// The hash for this route, e.g. `#/kk/topic/family.alimony`.
    pub fn to_hash(&self, fallback: Lang) -> String {
        let lang = self.lang.unwrap_or(fallback).code();
        match &self.page {
            Page::Home | Page::NotFound => format!("#/{lang}"),
            Page::Topic(id) => format!("#/{lang}/topic/{id}"),
            Page::Guide(id) => format!("#/{lang}/guide/{id}"),
            Page::Form(id) => format!("#/{lang}/form/{id}"),
        }
    }
}

/// Ids are lowercase ASCII words joined by dots, underscores or hyphens.
fn valid_id(id: &str) -> bool {
    !id.is_empty() && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '.' | '_' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_hash_is_home_without_language() {
        for hash in ["", "#", "#/", "/"] {
            assert_eq!(Route::parse(hash), Route { lang: None, page: Page::Home }, "{hash:?}");
        }
    }

    #[test]
    fn parses_every_page() {
        assert_eq!(Route::parse("#/ru"), Route::new(Lang::Ru, Page::Home));
        assert_eq!(Route::parse("#/kk/topic/family.alimony"), Route::new(Lang::Kk, Page::Topic("family.alimony".into())));
        assert_eq!(Route::parse("#/en/guide/labor.wages/"), Route::new(Lang::En, Page::Guide("labor.wages".into())));
    }

    #[test]
    fn unknown_or_malformed_paths_are_not_found() {
        assert_eq!(Route::parse("#/de/guide/x").page, Page::NotFound);
        assert_eq!(Route::parse("#/RU/guide/x").page, Page::NotFound);
        assert_eq!(Route::parse("#/ru/guide").page, Page::NotFound);
        assert_eq!(Route::parse("#/ru/guide/x/y").page, Page::NotFound);
        assert_eq!(Route::parse("#/ru/guide/<script>").page, Page::NotFound);
        assert_eq!(Route::parse("#/ru/settings").page, Page::NotFound);
    }

    #[test]
    fn hashes_round_trip() {
        for hash in ["#/kk", "#/ru/topic/labor.wages", "#/en/guide/admin.fine", "#/kk/form/alimony.claim"] {
            assert_eq!(Route::parse(hash).to_hash(Lang::Kk), hash);
        }
        assert_eq!(Route::parse("").to_hash(Lang::Ru), "#/ru");
    }
}
