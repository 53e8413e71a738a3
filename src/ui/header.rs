//! The header: the portal's name (a link home) and the kk / ru / en switch.

use leptos::prelude::*;

use super::app::use_app;
use super::search::SearchBox;
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};

#[component]
pub fn Header() -> impl IntoView {
    let state = use_app();
    let home = move || state.href(Page::Home);
    let switch = move || {
        let route = state.route.get();
        let current = state.lang.get();
        Lang::ALL
            .into_iter()
            .map(|lang| {
                // The same page in the other language; the switch never loses the reader's place.
                let href = state.link(Route { lang: Some(lang), page: route.page.clone() });
                let is_current = lang == current;
                view! {
                    <li>
                        <a
                            href=href
                            lang=lang.code()
                            hreflang=lang.code()
                            class:zg-current=is_current
                            aria-current=if is_current { Some("true") } else { None }
                            // Only a choice made here is remembered (not a language that came with a link).
                            on:click=move |_| super::browser::remember_lang(lang)
                        >
                            {lang.native_name()}
                        </a>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <header class="zg-header">
            <a class="zg-brand" href=home>
                <span class="zg-brand-name">{move || state.ui().app_name}</span>
                <span class="zg-brand-tagline">{move || state.ui().tagline}</span>
            </a>
            <nav class="zg-langs" aria-label=move || state.ui().language_label>
                <ul>{switch}</ul>
            </nav>
            <SearchBox/>
        </header>
    }
}
