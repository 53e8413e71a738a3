//! What names a page outside itself: the `<title>` the browser and search engines show, and the
//! description a search result or a link preview in a messenger quotes. One function serves the
//! build's prerendered pages and the live app's title, so they never differ.

use crate::core::content;
use crate::core::i18n::ui;
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageMeta {
    pub title: String,
    pub description: String,
}

/// The title and description of `route`'s page in `lang` (the route's own language when it names
/// one). A guide or questionnaire whose language pack is not loaded yet gets the portal's own.
pub fn page_meta(route: &Route, lang: Lang) -> PageMeta {
    let lang = route.lang.unwrap_or(lang);
    let ui = ui(lang);
    let portal = |title: &str| format!("{title} — {}", ui.app_name);
    let home = || PageMeta { title: format!("{} — {}", ui.app_name, ui.tagline), description: ui.home_intro.to_string() };
    match &route.page {
        Page::Home => home(),
        Page::Topic(id) => match content::topic(id) {
            Some(topic) => {
                let name = topic.name.get(lang);
                let titles: Vec<&str> = content::guide_ids_for_topic(id).into_iter().filter_map(|g| content::guide(g, lang)).map(|g| g.title).collect();
                let description = if titles.is_empty() { name.to_string() } else { format!("{name}: {}.", titles.join("; ")) };
                PageMeta { title: portal(name), description }
            }
            None => not_found(lang),
        },
        Page::Guide(id) => match content::guide(id, lang) {
            Some(guide) => PageMeta { title: portal(guide.title), description: guide.summary.to_string() },
            None if content::pack(lang).is_none() => home(),
            None => not_found(lang),
        },
        Page::Form(id) => match content::questionnaire(id, lang) {
            Some(q) => PageMeta { title: portal(q.title.get(lang)), description: q.summary.get(lang).to_string() },
            None if content::pack(lang).is_none() => home(),
            None => not_found(lang),
        },
        Page::Received => PageMeta { title: portal(ui.received_title), description: ui.received_intro.to_string() },
        Page::NotFound => not_found(lang),
    }
}

fn not_found(lang: Lang) -> PageMeta {
    let ui = ui(lang);
    PageMeta { title: format!("{} — {}", ui.not_found_title, ui.app_name), description: ui.home_intro.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_guide_is_named_by_its_title_and_described_by_its_summary() {
        let meta = page_meta(&Route::new(Lang::Ru, Page::Guide("family.alimony".into())), Lang::Kk);
        let guide = content::guide("family.alimony", Lang::Ru).expect("the alimony guide");
        assert_eq!(meta.title, format!("{} — Заңгер", guide.title));
        assert_eq!(meta.description, guide.summary);
    }

    #[test]
    fn a_topic_lists_its_guides_and_a_form_its_purpose() {
        let topic = page_meta(&Route::new(Lang::Kk, Page::Topic("family.alimony".into())), Lang::Kk);
        let guide = content::guide("family.alimony", Lang::Kk).expect("the alimony guide");
        assert!(topic.description.contains(guide.title), "{topic:?}");
        let form = page_meta(&Route::new(Lang::En, Page::Form("alimony.claim".into())), Lang::En);
        assert!(form.title.starts_with("Claim for child support"), "{form:?}");
        assert!(!form.description.is_empty());
    }

    #[test]
    fn an_unknown_page_is_named_not_found_in_every_language() {
        for lang in Lang::ALL {
            let meta = page_meta(&Route::new(lang, Page::Guide("no.such.guide".into())), lang);
            assert!(meta.title.starts_with(ui(lang).not_found_title), "{meta:?}");
        }
    }
}
