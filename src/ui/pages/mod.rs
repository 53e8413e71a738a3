//! One module per page.

pub mod form;
pub mod guide;
pub mod home;
pub mod not_found;
pub mod received;
pub mod topic;

use leptos::prelude::*;

use super::app::use_app;
use crate::core::content::Source;
use crate::core::i18n::Ui;
use crate::core::route::Page;

/// The caution after a source that was read only second-hand or is inferred (guides' sources and the
/// document's "what to do next" sources).
pub fn source_caution(source: &'static Source, ui: &'static Ui) -> Option<impl IntoView> {
    source.confidence.needs_caution().then(|| {
        view! {
            <span class="zg-caution-inline">
                <span aria-hidden="true">"⚠ "</span>
                {ui.caution_secondary}
                {(!source.via.is_empty()).then(|| format!(" ({}: {})", ui.source_via, source.via))}
            </span>
        }
    })
}

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
