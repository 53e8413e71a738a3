//! Where a page lives. The standalone site gives every page a real URL, a folder with its own
//! prerendered `index.html` (`ru/guide/family.alimony/`), linked relatively so that the site works under
//! any sub-path ([`Route::to_path`], [`Route::link_from`], [`Route::parse_path`]). The single-file
//! edition and a host page that mounts the app keep navigation in the URL hash
//! (`#/ru/guide/family.alimony`: [`Route::parse`], [`Route::to_hash`]), so the host's path is never
//! touched; old hash links still land on the same page of the site. Everything here is pure.

use crate::core::lang::Lang;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    Topic(String),
    Guide(String),
    /// A questionnaire (`#/ru/form/alimony.claim`).
    Form(String),
    /// "I received a document": what a paper is and the last day to answer it (`#/ru/received`).
    Received,
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
            (Some("received"), None, _) => Page::Received,
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
            Page::Received => format!("#/{lang}/received"),
        }
    }
}

impl Route {
    /// The page's folder below the site's base, e.g. `kk/topic/family.alimony/` (home: `kk/`).
    pub fn to_path(&self, fallback: Lang) -> String {
        let hash = self.to_hash(fallback);
        format!("{}/", hash.trim_start_matches("#/"))
    }

    /// How many folders below the site's base this route's page is (`ru/` is 1, `ru/guide/x/` is 3; a
    /// route without a language is the base itself).
    fn depth(&self) -> usize {
        match (&self.lang, &self.page) {
            (None, _) => 0,
            (Some(_), Page::Home | Page::NotFound) => 1,
            (Some(_), Page::Received) => 2,
            (Some(_), _) => 3,
        }
    }

    /// A relative link from the page of `from` to this route's page: it works whatever the site's
    /// base path, and without scripts.
    pub fn link_from(&self, from: &Route, fallback: Lang) -> String {
        format!("{}{}", "../".repeat(from.depth()), self.to_path(fallback))
    }

    /// Reads a URL path (`location.pathname`) of the site: returns the site's base path (ending in `/`)
    /// and the route. The route is the longest tail that names a page (`<lang>/…/`); a path with none is
    /// the site's base, home without a language.
    pub fn parse_path(pathname: &str) -> (String, Route) {
        let path = pathname.strip_suffix("index.html").unwrap_or(pathname);
        let segments: Vec<&str> = path.split('/').collect();
        // The last segment is what follows the last `/` (empty for a folder).
        let folders = &segments[..segments.len().saturating_sub(1)];
        for start in 0..folders.len() {
            let Some(lang) = Lang::from_code(folders[start]).filter(|l| l.code() == folders[start]) else { continue };
            let tail = folders[start..].join("/");
            let route = Route::parse(&tail);
            if route.lang == Some(lang) && route.page != Page::NotFound && route.depth() == folders.len() - start {
                let base = format!("{}/", folders[..start].join("/"));
                return (base, route);
            }
        }
        let base = format!("{}/", folders.join("/"));
        (base, Route { lang: None, page: Page::Home })
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
        assert_eq!(Route::parse("#/kk/received"), Route::new(Lang::Kk, Page::Received));
        assert_eq!(Route::parse_path("/kk/received/"), ("/".to_string(), Route::new(Lang::Kk, Page::Received)));
        assert_eq!(Route::new(Lang::Ru, Page::Home).link_from(&Route::new(Lang::Ru, Page::Received), Lang::Kk), "../../ru/");
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

    #[test]
    fn every_page_has_a_folder_and_relative_links_climb_to_the_base() {
        let guide = Route::new(Lang::Ru, Page::Guide("family.alimony".into()));
        let home = Route::new(Lang::Kk, Page::Home);
        assert_eq!(guide.to_path(Lang::Kk), "ru/guide/family.alimony/");
        assert_eq!(home.to_path(Lang::Kk), "kk/");
        assert_eq!(home.link_from(&guide, Lang::Kk), "../../../kk/");
        assert_eq!(guide.link_from(&home, Lang::Kk), "../ru/guide/family.alimony/");
        assert_eq!(guide.link_from(&Route { lang: None, page: Page::Home }, Lang::Kk), "ru/guide/family.alimony/");
    }

    #[test]
    fn a_url_path_gives_the_site_base_and_the_page_under_any_sub_path() {
        let guide = Route::new(Lang::Ru, Page::Guide("family.alimony".into()));
        assert_eq!(Route::parse_path("/ru/guide/family.alimony/"), ("/".to_string(), guide.clone()));
        assert_eq!(Route::parse_path("/portal/ru/guide/family.alimony/index.html"), ("/portal/".to_string(), guide));
        assert_eq!(Route::parse_path("/portal/kk/"), ("/portal/".to_string(), Route::new(Lang::Kk, Page::Home)));
        assert_eq!(Route::parse_path("/a/b/"), ("/a/b/".to_string(), Route { lang: None, page: Page::Home }));
        assert_eq!(Route::parse_path("/"), ("/".to_string(), Route { lang: None, page: Page::Home }));
        assert_eq!(Route::parse_path("/index.html"), ("/".to_string(), Route { lang: None, page: Page::Home }));
        // A folder named like a language inside the base is part of the base.
        assert_eq!(Route::parse_path("/en/site/ru/topic/labor.wages/").0, "/en/site/");
        // Not a page of the site: the base is the whole folder.
        assert_eq!(Route::parse_path("/ru/nothing/here/").1.lang, None);
    }
}
