//! One module per page.

pub mod form;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod topic;

use leptos::prelude::*;

use super::app::use_app;
use crate::core::route::Page;

/// "Home › Topic › …": the trail back up, as a labelled navigation landmark.
#[component]
pub fn Breadcrumbs(trail: Vec<(String, Page)>, current: String) -> impl IntoView {
    let state = use_app();
    let ui = state.ui();
    let links = trail
        .into_iter()
        .map(|(label, page)| view! { <li><a href=state.href(page)>{label}</a></li> })
        .collect_view();
    view! {
        <nav class="zg-crumbs" aria-label=ui.breadcrumbs_label>
            <ol>
                <li><a href=state.href(Page::Home)>{ui.home_link}</a></li>
                {links}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}
