//! The home page: what the portal is for and a tile per topic.

use leptos::prelude::*;

use crate::core::content;
use crate::core::route::Page;
use crate::ui::app::use_app;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ui = state.ui();
    let tiles = content::topics()
        .iter()
        .map(|topic| {
            let count = content::guide_ids_for_topic(topic.id).len();
            view! {
                <li>
                    <a class="zg-tile" href=state.href(Page::Topic(topic.id.to_string())) data-topic=topic.id>
                        <span class="zg-tile-name">{topic.name.get(lang)}</span>
                        <span class="zg-tile-count">{(ui.guides_count)(count)}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="zg-home">
            <h1 tabindex="-1">{ui.home_heading}</h1>
            <p class="zg-lead">{ui.home_intro}</p>
            <ul class="zg-tiles">{tiles}</ul>
        </section>
    }
}
