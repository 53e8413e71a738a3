//! The home page: what the portal is for, the visitor's unfinished documents, the way in for someone who
//! received court papers, and a tile per topic, grouped by life situation.

use leptos::prelude::*;

use crate::core::content;
use crate::core::route::Page;
use crate::ui::app::use_app;

#[component]
pub fn HomePage() -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ui = state.ui();
    // The topics by life situation, each group under its heading.
    let groups = content::topics_by_situation(lang)
        .into_iter()
        .enumerate()
        .map(|(i, (name, topics))| {
            let tiles = topics
                .into_iter()
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
            let heading = format!("zg-situation-{i}");
            let labelled_by = heading.clone();
            view! {
                <section class="zg-situation" aria-labelledby=labelled_by>
                    <h2 id=heading>{name}</h2>
                    <ul class="zg-tiles">{tiles}</ul>
                </section>
            }
        })
        .collect_view();
    view! {
        <section class="zg-home">
            <h1 tabindex="-1">{ui.home_heading}</h1>
            <p class="zg-lead">{ui.home_intro}</p>
            <p class="zg-received-entry">
                <a class="zg-button" href=state.href(Page::Received)>{ui.received_title}</a>
                " "
                <span class="zg-received-entry-lead">{ui.home_received_lead}</span>
            </p>
            <Drafts/>
            {groups}
        </section>
    }
}

/// The drafts stored on this device, each to continue or delete (several can coexist: one per
/// questionnaire). Nothing is shown when there are none.
#[component]
fn Drafts() -> impl IntoView {
    use crate::ui::browser;
    use crate::ui::pages::form::{draft_key, DRAFT_PREFIX};
    let state = use_app();
    let (ids, set_ids) = signal(Vec::<String>::new());
    let reload = move || set_ids.set(browser::keys_with_prefix(DRAFT_PREFIX).into_iter().filter_map(|k| k.strip_prefix(DRAFT_PREFIX).map(String::from)).collect());
    reload();
    move || {
        let ui = state.ui();
        let lang = state.lang.get();
        // Titles come with the language's pack; until then the list shows the document's id.
        state.pack.track();
        let list = ids.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|id| {
                    let q = content::questionnaire(&id, lang);
                    let title = q.map_or_else(|| id.clone(), |q| q.title.get(lang).to_string());
                    // A draft this version cannot open (a newer app's) says so here; its form keeps it.
                    let unreadable = q.is_some_and(|q| browser::load(&draft_key(&id)).is_some_and(|text| crate::core::interview::form::load_draft(q, &text).is_err()));
                    let href = state.href(Page::Form(id.clone()));
                    let delete = move |_| {
                        if browser::confirm(ui.drafts_delete_confirm) {
                            browser::remove(&draft_key(&id));
                            reload();
                        }
                    };
                    view! {
                        <li class="zg-draft">
                            <span class="zg-draft-title">
                                {title.clone()}
                                {unreadable.then(|| view! { <span class="zg-draft-unreadable">{ui.drafts_unreadable}</span> })}
                            </span>
                            <a class="zg-button" href=href aria-label=format!("{}: {title}", ui.drafts_continue)>{ui.drafts_continue}</a>
                            <button type="button" class="zg-button zg-secondary zg-draft-delete" aria-label=format!("{}: {title}", ui.drafts_delete) on:click=delete>{ui.drafts_delete}</button>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <section class="zg-drafts" aria-labelledby="zg-drafts-heading">
                    <h2 id="zg-drafts-heading">{ui.drafts_heading}</h2>
                    <p>{ui.drafts_intro}</p>
                    <ul>{items}</ul>
                </section>
            }
        })
    }
}
