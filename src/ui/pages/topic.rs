//! A topic page: the guides that cover the topic.

use leptos::prelude::*;

use super::not_found::NotFoundPage;
use super::Breadcrumbs;
use crate::core::content;
use crate::core::route::{Page, Route};
use crate::ui::app::use_app;

#[component]
pub fn TopicPage(id: String) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ui = state.ui();
    let Some(topic) = content::topic(&id) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    // A guide not yet translated into the reader's language is still listed, in the language it has.
    let guides: Vec<_> = content::guide_ids_for_topic(topic.id)
        .into_iter()
        .filter_map(|id| content::guide_or_fallback(id, lang))
        .collect();
    let list = if guides.is_empty() {
        view! { <p class="zg-empty">{ui.topic_empty}</p> }.into_any()
    } else {
        let items = guides
            .into_iter()
            .map(|g| {
                let href = state.link(Route::new(g.lang, Page::Guide(g.id.to_string())));
                let other_lang = (g.lang != lang).then(|| g.lang.native_name());
                view! {
                    <li lang=g.lang.code()>
                        <a class="zg-card" href=href>
                            {other_lang.map(|name| view! { <span class="zg-card-lang">{name}</span> })}
                            <span class="zg-card-title">{g.title}</span>
                            <span class="zg-card-summary">{g.summary}</span>
                        </a>
                    </li>
                }
            })
            .collect_view();
        view! { <ul class="zg-cards">{items}</ul> }.into_any()
    };
    view! {
        <section class="zg-topic">
            <Breadcrumbs trail=vec![] current=topic.name.get(lang).to_string()/>
            <h1 tabindex="-1">{topic.name.get(lang)}</h1>
            <h2>{ui.topic_guides_heading}</h2>
            {list}
        </section>
    }
    .into_any()
}
