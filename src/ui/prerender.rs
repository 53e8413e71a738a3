//! Every page of the site as static HTML, rendered natively at build time (`cargo xtask build`) from
//! the same components the live app mounts: `App` with [`Navigation::Prerender`]. A page then reads
//! with scripts off, search engines and link previews see it, and a slow phone shows it before the
//! wasm arrives; the live app takes over without a visible change (`ui::mount_standalone`).

use leptos::prelude::*;

use super::app::{App, Navigation};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};

/// The app's markup at `route` on `today`, as a reader sees it before touching anything, with the
/// site's links (relative paths).
pub fn page(route: &Route, today: Date) -> String {
    render(route, today, false)
}

/// The same with hash links (`#/ru/topic/…`), for the single-file edition.
pub fn page_with_hash_links(route: &Route, today: Date) -> String {
    render(route, today, true)
}

fn render(route: &Route, today: Date, hash_links: bool) -> String {
    let route = route.clone();
    let owner = Owner::new();
    owner.with(|| view! { <App navigation=Navigation::Prerender { route, today, hash_links }/> }.to_html())
}

/// Every page of the site: home, each topic, each guide written in the language, each questionnaire's
/// start page, in every language.
pub fn routes() -> Vec<Route> {
    let mut routes = Vec::new();
    for lang in Lang::ALL {
        routes.push(Route::new(lang, Page::Home));
        routes.push(Route::new(lang, Page::Received));
        for topic in content::topics() {
            routes.push(Route::new(lang, Page::Topic(topic.id.to_string())));
        }
        let pack = content::pack(lang).expect("native builds embed every pack");
        for guide in pack.guides.iter().filter(|g| g.lang == lang) {
            routes.push(Route::new(lang, Page::Guide(guide.id.to_string())));
        }
        for q in content::questionnaires(lang) {
            routes.push(Route::new(lang, Page::Form(q.id.to_string())));
        }
    }
    routes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(lang: Lang, page: Page) -> String {
        super::page(&Route::new(lang, page), Date::new(2026, 12, 7))
    }

    #[test]
    fn a_guide_page_holds_the_whole_guide_with_relative_links() {
        let html = render(Lang::Ru, Page::Guide("family.alimony".into()));
        let guide = content::guide("family.alimony", Lang::Ru).unwrap();
        assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", guide.title)), "{html}");
        assert!(html.contains("href=\"../../../ru/\""), "the brand links home: {html}");
        assert!(html.contains("href=\"../../../kk/guide/family.alimony/\""), "the language switch: {html}");
        assert!(!html.contains("href=\"#/"), "no hash links on the site: {html}");
        assert!(!html.contains("zg-loading"), "the pack is here: no loading line: {html}");
    }

    #[test]
    fn a_guide_page_holds_its_timeline_as_an_ordered_list_of_its_steps_in_order() {
        let guide = content::guide("labor.wages", Lang::Ru).unwrap();
        assert!(guide.timeline.len() >= 3, "the guide has a timeline");
        let html = render(Lang::Ru, Page::Guide("labor.wages".into()));
        let start = html.find("<ol class=\"zg-timeline\">").expect("the timeline is an ordered list");
        let list = &html[start..start + html[start..].find("</ol>").unwrap()];
        assert!(html.find("<h2 id=\"zg-timeline-h\">Шаги, сроки и расходы</h2>").is_some_and(|h| h < start), "{html}");
        assert!(start < html.find("class=\"zg-body\"").unwrap(), "before the text of the guide");
        assert_eq!(list.matches("<li").count(), guide.timeline.len(), "{list}");
        // Each step in order, with who acts, its text and its citations.
        let mut at = 0;
        for step in guide.timeline {
            let crate::core::content::Inline::Text(first) = step.text[0] else { panic!("{step:?}") };
            let who = crate::core::i18n::ui(Lang::Ru).timeline_who[step.who.index()];
            let found = list[at..].find(first).unwrap_or_else(|| panic!("{first} after byte {at}: {list}"));
            assert!(list[at..at + found].contains(who), "{who} before {first}: {list}");
            at += found;
        }
        assert!(list.contains("data-who=\"commission\""), "{list}");
        assert!(list.contains("<strong>Срок: </strong>"), "{list}");
        assert!(list.contains("<strong>Стоимость: </strong>"), "{list}");
        assert!(list.contains("data-figure=\"deadline.labor_commission\""), "a figure, rendered: {list}");
        assert!(list.contains("class=\"zg-cite\""), "{list}");
    }

    #[test]
    fn every_page_renders_and_home_lists_every_topic() {
        let routes = routes();
        assert!(routes.len() > 3 * 29, "{}", routes.len());
        let home = render(Lang::Kk, Page::Home);
        for topic in content::topics() {
            assert!(home.contains(&format!("href=\"../kk/topic/{}/\"", topic.id)), "{}: {home}", topic.id);
        }
        for route in routes.iter().filter(|r| matches!(r.page, Page::Form(_))).take(2) {
            let html = page(route, Date::new(2026, 12, 7));
            assert!(html.contains("zg-form"), "{route:?}: {html}");
        }
    }

    #[test]
    fn a_topic_page_lists_its_guides_then_the_documents_to_fill_in() {
        let html = render(Lang::Ru, Page::Topic("civil.documents".into()));
        let guides = html.find("<h2>Инструкции</h2>").expect("guides first");
        let documents = html.find("<h2>Документы, которые можно заполнить</h2>").expect("a documents heading");
        assert!(guides < documents, "{html}");
        // Its own documents, each a link to its questionnaire with its title.
        for id in ["civil.loan.receipt", "court.power.attorney"] {
            let title = content::questionnaire(id, Lang::Ru).unwrap().title.get(Lang::Ru);
            assert!(html.contains(&format!("href=\"../../../ru/form/{id}/\"")), "{id}: {html}");
            assert!(html[documents..].contains(title), "{id}: {html}");
        }
        // A topic whose documents belong elsewhere lists none of them, and no empty heading.
        let court_fees = render(Lang::Kk, Page::Topic("court.fees".into()));
        let any_form = content::questionnaires(Lang::Kk).iter().any(|q| q.topics.contains(&"court.fees"));
        assert_eq!(court_fees.contains("Толтыруға болатын құжаттар"), any_form, "{court_fees}");
    }
}
