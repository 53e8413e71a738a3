use leptos::prelude::*;

use crate::core::route::Page;
use crate::ui::app::use_app;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    let state = use_app();
    let ui = state.ui();
    view! {
        <section class="zg-not-found">
            <h1 tabindex="-1">{ui.not_found_title}</h1>
            <p>{ui.not_found_text}</p>
            <p><a href=state.href(Page::Home)>{ui.home_link}</a></p>
        </section>
    }
}
