//! The caution shown where a figure past its known period is used (a guide, a questionnaire, the page
//! around a document — never inside the document): the core decides and words it, this only renders.

use leptos::prelude::*;

use crate::core::content;
use crate::core::figure_expiry::{expired_among, note};
use crate::ui::app::use_app;

/// A note per figure of `keys` that is past its known period today; nothing when none is.
#[component]
pub fn ExpiredFigures(keys: Vec<&'static str>) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let all = content::figures();
    let notes: Vec<String> = expired_among(all, &keys, state.today).iter().map(|e| note(all, e, state.today, lang)).collect();
    (!notes.is_empty()).then(|| {
        let items = notes.into_iter().map(|text| view! { <p>{format!("⚠ {text}")}</p> }).collect_view();
        view! { <div class="zg-caution zg-expired" role="note">{items}</div> }
    })
}
