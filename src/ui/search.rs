//! The search box: results on every keystroke, matched words highlighted, arrows / Enter / Esc, and
//! the result count announced to screen readers. The ranking itself is `core::search`.

use leptos::prelude::*;

use super::app::use_app;
use crate::core::content;
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};
use crate::core::search::stem::StemLang;
use crate::core::search::{highlight, Outcome};

const LIMIT: usize = 8;

fn stem_lang(lang: Lang) -> StemLang {
    match lang {
        Lang::Kk => StemLang::Kk,
        Lang::Ru => StemLang::Ru,
        Lang::En => StemLang::En,
    }
}

/// `text` split into plain and highlighted runs by char ranges.
fn marked(text: &'static str, ranges: &[(usize, usize)]) -> Vec<AnyView> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut at = 0;
    for &(start, end) in ranges {
        if start > at {
            out.push(chars[at..start].iter().collect::<String>().into_any());
        }
        let word: String = chars[start..end.min(chars.len())].iter().collect();
        out.push(view! { <mark>{word}</mark> }.into_any());
        at = end;
    }
    if at < chars.len() {
        out.push(chars[at..].iter().collect::<String>().into_any());
    }
    out
}

#[component]
pub fn SearchBox() -> impl IntoView {
    let state = use_app();
    let (query, set_query) = signal(String::new());
    let (active, set_active) = signal(None::<usize>);
    let outcome = Memo::new(move |_| {
        let q = query.get();
        if q.trim().is_empty() {
            return None;
        }
        // The index is built from the pack on the first search (not at start-up), and again when the
        // pack of a newly chosen language arrives.
        state.pack.track();
        Some(content::searcher(state.lang.get())?.search(&q, LIMIT))
    });
    let hits_len = move || outcome.with(|o| o.as_ref().map_or(0, |o| o.hits.len()));
    // A new query starts with no active option; a navigation closes the results.
    Effect::new(move |_| {
        query.track();
        set_active.set(None);
    });
    Effect::new(move |previous: Option<()>| {
        state.route.track();
        if previous.is_some() {
            set_query.set(String::new());
        }
    });

    // A guide opens in the language it is written in; a questionnaire (`form:<id>`) opens its form; the
    // triage (`received`) opens "I received a document".
    let href_of = move |key: &str| {
        let lang = state.lang.get_untracked();
        if key == content::RECEIVED_KEY {
            return Route::new(lang, Page::Received);
        }
        if let Some(id) = key.strip_prefix(content::FORM_KEY) {
            return Route::new(lang, Page::Form(id.to_string()));
        }
        let shown = content::guide_or_fallback(key, lang).map_or(lang, |g| g.lang);
        Route::new(shown, Page::Guide(key.to_string()))
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        let n = hits_len();
        match ev.key().as_str() {
            "ArrowDown" if n > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = Some(a.map_or(0, |i| (i + 1).min(n - 1))));
            }
            "ArrowUp" if n > 0 => {
                ev.prevent_default();
                set_active.update(|a| *a = a.and_then(|i| i.checked_sub(1)));
            }
            "Enter" => {
                let target = active.get_untracked().or((n > 0).then_some(0));
                let key = target.and_then(|i| outcome.with_untracked(|o| o.as_ref().and_then(|o| o.hits.get(i)).map(|h| h.key.clone())));
                if let Some(key) = key {
                    ev.prevent_default();
                    state.navigate(href_of(&key));
                }
            }
            "Escape" => set_query.set(String::new()),
            _ => {}
        }
    };

    let results = move || {
        let lang = state.lang.get();
        let ui = state.ui();
        let Some(Outcome { hits, corrected }) = outcome.get() else { return ().into_any() };
        let notice = corrected.map(|c| view! { <p class="zg-search-corrected">{(ui.search_corrected)(&c)}</p> });
        if hits.is_empty() {
            let topics = content::topics()
                .iter()
                .map(|t| view! { <li><a href=state.href(Page::Topic(t.id.to_string()))>{t.name.get(lang)}</a></li> })
                .collect_view();
            return view! {
                <div class="zg-search-results" id="zg-search-results">
                    {notice}
                    <p class="zg-search-empty">{ui.search_nothing}</p>
                    <p><strong>{ui.search_browse}</strong></p>
                    <ul class="zg-search-topics">{topics}</ul>
                </div>
            }
            .into_any();
        }
        let options = hits
            .into_iter()
            .enumerate()
            .filter_map(|(i, hit)| {
                let found = content::search_result(&hit.key, lang)?;
                let (title, shown) = (found.title(lang), found.lang(lang));
                let ranges = highlight(title, stem_lang(shown), &hit.matched);
                let topic = found.topic().and_then(content::topic).map(|t| t.name.get(lang));
                // Each result says what it opens: a guide to read or a document to fill in.
                let (kind, kind_class) = match found {
                    content::SearchResult::Guide(_) => (ui.search_kind_guide, "zg-hit-kind"),
                    content::SearchResult::Form(_) => (ui.search_kind_form, "zg-hit-kind zg-hit-kind-form"),
                    content::SearchResult::Received => (ui.search_kind_received, "zg-hit-kind zg-hit-kind-form"),
                };
                let target = href_of(&hit.key);
                let href = state.link(target.clone());
                // An option holds no link (no nested interactive controls): choosing it navigates.
                Some(view! {
                    <li role="option" id=format!("zg-opt-{i}") aria-selected=move || (active.get() == Some(i)).to_string()
                        class:zg-active=move || active.get() == Some(i) lang=shown.code() data-href=href.clone()
                        on:click=move |_| state.navigate(target.clone())>
                        <span class="zg-hit-title">{marked(title, &ranges)}</span>
                        <span class="zg-hit-topic"><span class=kind_class lang=lang.code()>{kind}</span>{topic.map(|t| format!(" · {t}"))}</span>
                    </li>
                })
            })
            .collect_view();
        view! {
            <div class="zg-search-results">
                {notice}
                <ul role="listbox" id="zg-search-results" aria-label=ui.search_label>{options}</ul>
            </div>
        }
        .into_any()
    };

    view! {
        <div class="zg-search" role="search">
            <label class="zg-search-label" for="zg-search-input">{move || state.ui().search_label}</label>
            <div class="zg-search-row">
                <input
                    id="zg-search-input"
                    type="search"
                    autocomplete="off"
                    spellcheck="false"
                    role="combobox"
                    aria-autocomplete="list"
                    aria-controls="zg-search-results"
                    aria-expanded=move || outcome.with(|o| o.is_some()).to_string()
                    aria-activedescendant=move || active.get().map(|i| format!("zg-opt-{i}"))
                    placeholder=move || state.ui().search_placeholder
                    prop:value=query
                    on:input=move |ev| set_query.set(event_target_value(&ev))
                    // Build the index when the reader comes to the box, before the first letter
                    // (about 80 ms on a desktop, BENCHMARKS.md), not while they wait for results.
                    on:focus=move |_| {
                        let lang = state.lang.get_untracked();
                        set_timeout(move || { let _ = content::searcher(lang); }, std::time::Duration::ZERO);
                    }
                    on:keydown=on_keydown
                />
            </div>
            <p class="zg-visually-hidden" aria-live="polite">
                {move || outcome.with(|o| o.as_ref().map(|o| (state.ui().search_count)(o.hits.len()))).unwrap_or_default()}
            </p>
            {results}
        </div>
    }
}
