//! The app shell: state (route, language, today) shared through context, the hash listener, and the
//! page switch.

use leptos::prelude::*;

use super::browser;
use super::header::Header;
use super::pages::{form::FormPage, guide::GuidePage, home::HomePage, not_found::NotFoundPage, topic::TopicPage};
use crate::core::date::Date;
use crate::core::i18n::{ui, Ui};
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};

/// State every component can read.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: ReadSignal<Route>,
    pub lang: Memo<Lang>,
    pub today: Date,
}

impl AppState {
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang.get())
    }

    /// The hash of `page` in the current language.
    pub fn href(&self, page: Page) -> String {
        Route::new(self.lang.get(), page).to_hash(Lang::Kk)
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

#[component]
pub fn App() -> impl IntoView {
    let fallback = browser::initial_lang();
    let first = Route::parse(&browser::hash());
    if first.lang.is_none() && first.page == crate::core::route::Page::Home {
        // A bare URL: name the language in it so that links and reloads keep it.
        browser::replace_hash(&first.to_hash(fallback));
    }
    let (route, set_route) = signal(first);
    let lang = Memo::new(move |_| route.get().lang.unwrap_or(fallback));
    let state = AppState { route, lang, today: browser::today() };
    provide_context(state);

    let _ = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(Route::parse(&browser::hash()));
    });

    // After a navigation (not on first load) put focus on the new page's heading.
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            request_animation_frame(focus_main_heading);
        }
    });

    let (erased, set_erased) = signal(false);
    // The service worker (see xtask/src/offline.rs) says when a new release has taken over.
    let (update_ready, set_update_ready) = signal(false);
    let _ = window_event_listener_untyped("zanger-update-ready", move |_| set_update_ready.set(true));
    let page = move || match route.get().page {
        Page::Home => view! { <HomePage/> }.into_any(),
        Page::Topic(id) => view! { <TopicPage id=id/> }.into_any(),
        Page::Guide(id) => view! { <GuidePage id=id/> }.into_any(),
        Page::Form(id) => view! { <FormPage id=id/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
    };

    view! {
        <div class="zg-app" lang=move || lang.get().code()>
            <a class="zg-skip" href="#zg-main" on:click=|ev| {
                ev.prevent_default();
                focus_main_heading();
            }>{move || state.ui().skip_to_content}</a>
            <Header/>
            {move || update_ready.get().then(|| view! {
                <div class="zg-update" role="status">
                    {state.ui().update_ready}" "
                    <button type="button" class="zg-button" on:click=|_| { let _ = web_sys::window().map(|w| w.location().reload()); }>
                        {state.ui().update_reload}
                    </button>
                </div>
            })}
            <main id="zg-main" class="zg-main">{page}</main>
            <footer class="zg-footer">
                <p>{move || state.ui().footer_disclaimer}</p>
                <p>{move || state.ui().footer_privacy}</p>
                <p>
                    <button type="button" class="zg-link-button zg-erase-all" on:click=move |_| {
                        let ui = state.ui();
                        if browser::confirm(ui.erase_all_confirm) {
                            browser::erase_all();
                            set_erased.set(true);
                            // Open forms hold answers in memory: go home so nothing is written back.
                            let _ = web_sys::window().map(|w| w.location().set_hash(&Route::new(state.lang.get_untracked(), Page::Home).to_hash(Lang::Kk)));
                        }
                    }>{move || state.ui().erase_all}</button>
                </p>
                <p role="status">{move || erased.get().then(|| state.ui().erase_all_done)}</p>
            </footer>
        </div>
    }
}

/// Moves focus to the page's `<h1>` so keyboard and screen-reader users land on the new page.
pub fn focus_main_heading() {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".zg-main h1").ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(h) = heading {
        let _ = h.focus();
    }
}
