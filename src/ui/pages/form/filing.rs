//! "Check before you file" above a court document's downloads: each item of
//! `core::interview::filing_check` with its state in words, what to do while it is not done, its legal
//! basis, and a box for the items the reader confirms. The ticks are kept in the raw form, so they are
//! saved and exported with the draft. Nothing here blocks the download. Not printed.

use leptos::prelude::*;

use super::Form;
use crate::core::content;
use crate::core::interview::filing_check::{filing_check, tick_key, ticked, Item, ItemState};

#[component]
pub(super) fn FilingCheckPanel(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let items = f.session.with_untracked(|s| filing_check(f.q, content::filing_entry(f.q.id), content::common_filing_checks(), s.visible(), &ticked(s.raw()), f.today));
    if items.is_empty() {
        return ().into_any();
    }
    // Which items are asked: their state follows the box; the others' is fixed by the answers.
    let asked: Vec<&'static str> = items.iter().filter(|i| matches!(i.state, ItemState::Confirmed | ItemState::ToConfirm)).map(|i| i.check.id).collect();
    let fixed_open = items.iter().filter(|i| i.state == ItemState::Unmet).count();
    let all = items.len();
    let left = move || {
        let ticks = f.session.with(|s| ticked(s.raw()));
        fixed_open + asked.iter().filter(|id| !ticks.contains(**id)).count()
    };
    let summary = move || match left() {
        0 => ui.filing_all_done.to_string(),
        n => (ui.filing_left)(n, all),
    };
    let list = items.into_iter().map(|item| view! { <FilingItem f=f item=item/> }).collect_view();
    view! {
        <section class="zg-filing zg-no-print" aria-labelledby="zg-filing-h">
            <h2 id="zg-filing-h">{ui.filing_heading}</h2>
            <p>{ui.filing_lead}</p>
            <p class="zg-filing-summary" role="status">{summary}</p>
            <ul class="zg-filing-items">{list}</ul>
        </section>
    }
    .into_any()
}

/// At an exit that stops a claim (no document is made), the items the answers show are not done — the
/// pre-trial step a court would return the claim for — each with what to do. Nothing when none is open.
#[component]
pub(super) fn UnmetAtExit(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let items: Vec<Item> = f
        .session
        .with_untracked(|s| filing_check(f.q, content::filing_entry(f.q.id), content::common_filing_checks(), s.visible(), &ticked(s.raw()), f.today))
        .into_iter()
        .filter(|i| i.state == ItemState::Unmet)
        .collect();
    (!items.is_empty()).then(|| {
        let list = items.into_iter().map(|item| view! { <FilingItem f=f item=item/> }).collect_view();
        view! {
            <section class="zg-filing zg-filing-at-exit" aria-labelledby="zg-filing-exit-h">
                <h3 id="zg-filing-exit-h">{ui.filing_heading}</h3>
                <ul class="zg-filing-items">{list}</ul>
            </section>
        }
    })
}

#[component]
fn FilingItem(f: Form, item: Item) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let check = item.check;
    let key = tick_key(check.id);
    let asked = matches!(item.state, ItemState::Confirmed | ItemState::ToConfirm);
    let state = {
        let key = key.clone();
        Memo::new(move |_| match item.state {
            _ if asked && f.session.with(|s| s.value(&key) == "yes") => ItemState::Confirmed,
            _ if asked => ItemState::ToConfirm,
            fixed => fixed,
        })
    };
    let state_name = move || match state.get() {
        ItemState::Met => "met",
        ItemState::Confirmed => "confirmed",
        ItemState::ToConfirm => "to_confirm",
        ItemState::Unmet => "unmet",
    };
    let state_text = move || match state.get() {
        ItemState::Met => ui.filing_met,
        ItemState::Confirmed => ui.filing_confirmed,
        ItemState::ToConfirm => ui.filing_to_confirm,
        ItemState::Unmet => ui.filing_unmet,
    };
    let open = move || matches!(state.get(), ItemState::ToConfirm | ItemState::Unmet);
    let id = format!("zg-filing-{}", check.id.replace('_', "-"));
    let title = check.title.get(f.lang);
    let head = if asked {
        let box_key = key.clone();
        let toggle = move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            f.session.update(|s| if on { s.set(&box_key, "yes") } else { s.clear(&box_key) });
        };
        let checked = item.state == ItemState::Confirmed;
        view! {
            <input type="checkbox" class="zg-filing-box" id=id.clone() prop:checked=checked on:change=toggle/>
            <label for=id.clone()>{title}</label>
        }
        .into_any()
    } else {
        view! { <span class="zg-filing-title">{title}</span> }.into_any()
    };
    let basis = check
        .sources
        .iter()
        .map(|s| {
            view! {
                <a href=s.url target="_blank" rel="noopener noreferrer">{content::act_name(s.act, f.lang)}</a>
                {format!(", {} ({}). ", s.article, s.version)}
            }
        })
        .collect_view();
    view! {
        <li class="zg-filing-item" data-check=check.id data-state=state_name>
            <div class="zg-filing-head">{head}</div>
            <p class="zg-filing-state"><strong>{state_text}</strong></p>
            {move || open().then(|| view! { <p class="zg-filing-todo">{check.todo.get(f.lang)}</p> })}
            <p class="zg-filing-basis">{format!("{}: ", ui.filing_basis)}{basis}</p>
        </li>
    }
}
