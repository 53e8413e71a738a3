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

/// Whether the current language's guides and questionnaires are here (see `content_loader`).
#[derive(Clone, Debug, PartialEq)]
pub enum PackStatus {
    Loading,
    Ready,
    Failed(String),
}

/// State every component can read.
#[derive(Clone, Copy)]
pub struct AppState {
    pub route: ReadSignal<Route>,
    pub lang: Memo<Lang>,
    pub today: Date,
    /// The current language's pack; pages that show guides or questionnaires wait for it.
    pub pack: ReadSignal<PackStatus>,
    set_route: WriteSignal<Route>,
    /// Navigation kept in memory (`<zanger-portal>`), not in the URL hash.
    in_memory: bool,
}

impl AppState {
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang.get())
    }

    /// The hash of `page` in the current language.
    pub fn href(&self, page: Page) -> String {
        Route::new(self.lang.get(), page).to_hash(Lang::Kk)
    }

    /// Goes to `route`: through the URL hash, or in memory inside `<zanger-portal>`.
    pub fn navigate(&self, route: Route) {
        if self.in_memory {
            self.set_route.set(route);
        } else if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash(&route.to_hash(Lang::Kk));
        }
    }

    /// Goes to the page a `#/…` link names.
    pub fn navigate_to_hash(&self, hash: &str) {
        self.navigate(Route::parse(hash));
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// The app. With `in_memory` (the `<zanger-portal>` element) it starts at that route and keeps
/// navigation to itself: links are followed in memory and the host page's URL is never touched.
#[component]
pub fn App(
    #[prop(optional)] in_memory: Option<Route>,
    /// The page in `<main>` waits for this (see `ui::mount_standalone`, which splits the first render).
    #[prop(optional)]
    main_after: Option<ReadSignal<bool>>,
) -> impl IntoView {
    let fallback = browser::initial_lang();
    let memory = in_memory.is_some();
    let first = in_memory.unwrap_or_else(|| Route::parse(&browser::hash()));
    if !memory && first.lang.is_none() && first.page == crate::core::route::Page::Home {
        // A bare URL: name the language in it so that links and reloads keep it.
        browser::replace_hash(&first.to_hash(fallback));
    }
    let (route, set_route) = signal(first);
    let lang = Memo::new(move |_| route.get().lang.unwrap_or(fallback));
    let (pack, set_pack) = signal(PackStatus::Loading);
    let (retry, set_retry) = signal(0u32);
    let state = AppState { route, lang, today: browser::today(), pack, set_route, in_memory: memory };
    provide_context(state);
    // In memory, a click on any `#/…` link of the app is a navigation, not a change of the host's URL.
    let follow_in_memory = move |ev: leptos::ev::MouseEvent| {
        use wasm_bindgen::JsCast;
        if !memory || ev.default_prevented() {
            return;
        }
        // The event reaches here from inside a shadow root: its `target` is the host element, the
        // first node of its composed path is what was clicked.
        let clicked = ev.composed_path().get(0).dyn_into::<web_sys::Element>().ok();
        let link = clicked.and_then(|e| e.closest("a[href^='#/']").ok().flatten());
        if let Some(href) = link.and_then(|a| a.get_attribute("href")) {
            ev.prevent_default();
            state.navigate_to_hash(&href);
        }
    };

    // Fetch the pack of the reader's language whenever it changes (or on "try again").
    Effect::new(move |_| {
        retry.track();
        let wanted = lang.get();
        if crate::core::content::pack(wanted).is_some() {
            set_pack.set(PackStatus::Ready);
            return;
        }
        set_pack.set(PackStatus::Loading);
        leptos::task::spawn_local(async move {
            let result = super::content_loader::load(wanted).await;
            if lang.get_untracked() == wanted {
                set_pack.set(result.map_or_else(PackStatus::Failed, |()| PackStatus::Ready));
            }
        });
    });

    if !memory {
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            set_route.set(Route::parse(&browser::hash()));
        });
    }

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
        // Every page but home shows content of the pack: it waits for it (home reads only topics, so
        // whatever the visitor starts typing there is never thrown away by a re-render).
        Page::Home => view! { <HomePage/> }.into_any(),
        _ if {
            pack.track();
            crate::core::content::pack(lang.get()).is_none()
        } =>
        {
            view! { <PackWait retry=set_retry/> }.into_any()
        }
        Page::Topic(id) => view! { <TopicPage id=id/> }.into_any(),
        Page::Guide(id) => view! { <GuidePage id=id/> }.into_any(),
        Page::Form(id) => view! { <FormPage id=id/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
    };

    view! {
        <div class="zg-app" on:click=follow_in_memory lang=move || lang.get().code() data-pack=move || match pack.get() {
            PackStatus::Loading => "loading",
            PackStatus::Ready => "ready",
            PackStatus::Failed(_) => "failed",
        }>
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
            <main id="zg-main" class="zg-main">{move || main_after.is_none_or(|ready| ready.get()).then(page)}</main>
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
                            state.navigate(Route::new(state.lang.get_untracked(), Page::Home));
                        }
                    }>{move || state.ui().erase_all}</button>
                </p>
                <p role="status">{move || erased.get().then(|| state.ui().erase_all_done)}</p>
            </footer>
        </div>
    }
}

/// What a page shows while the language's pack is on its way, or when it could not come.
#[component]
fn PackWait(retry: WriteSignal<u32>) -> impl IntoView {
    let state = use_app();
    move || match state.pack.get() {
        PackStatus::Failed(reason) => view! {
            <div class="zg-pack-failed" role="alert">
                <h1>{state.ui().content_failed}</h1>
                <p class="zg-hint">{reason}</p>
                <button type="button" class="zg-button" on:click=move |_| retry.update(|n| *n += 1)>{state.ui().content_retry}</button>
            </div>
        }
        .into_any(),
        _ => view! { <p class="zg-loading" role="status" aria-live="polite">{state.ui().content_loading}</p> }.into_any(),
    }
}

/// Moves focus to the page's `<h1>` so keyboard and screen-reader users land on the new page.
pub fn focus_main_heading() {
    if let Some(h) = super::find(".zg-main h1") {
        let _ = h.focus();
    }
}
