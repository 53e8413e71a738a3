//! A topic page: the guides that cover the topic, then the documents the reader can fill in for it.

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
            {documents(topic.id)}
        </section>
    }
    .into_any()
}

/// The questionnaires that belong to the topic: those whose first topic it is, then those that also name it
/// (a power of attorney is filed in many kinds of case). Nothing is shown when there are none.
fn documents(topic_id: &'static str) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ui = state.ui();
    let all = content::questionnaires(lang);
    let primary = all.iter().filter(|q| q.topics.first() == Some(&topic_id));
    let secondary = all.iter().filter(|q| q.topics.first() != Some(&topic_id) && q.topics.contains(&topic_id));
    let cards: Vec<_> = primary
        .chain(secondary)
        .map(|q| {
            let href = state.link(Route::new(lang, Page::Form(q.id.to_string())));
            view! {
                <li>
                    <a class="zg-card zg-card-form" href=href data-form=q.id>
                        <span class="zg-card-title">{q.title.get(lang)}</span>
                        <span class="zg-card-summary">{q.summary.get(lang)}</span>
                    </a>
                </li>
            }
        })
        .collect();
    (!cards.is_empty()).then(|| {
        view! {
            <h2>{ui.topic_documents_heading}</h2>
            <ul class="zg-cards zg-forms">{cards}</ul>
        }
    })
}
