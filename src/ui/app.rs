//! The app shell: state (route, language, today) shared through context, the hash listener, and the
//! page switch.

use leptos::prelude::*;

use super::browser;
use super::header::Header;
use super::pages::{form::FormPage, guide::GuidePage, home::HomePage, not_found::NotFoundPage, received::ReceivedPage, topic::TopicPage};
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

/// How the app moves between pages and writes its links.
#[derive(Clone, Debug, PartialEq)]
pub enum Navigation {
    /// The standalone site: every page at a real URL below `base` (the History API moves between
    /// them without a reload; links are relative, so the site works under any sub-path).
    Paths { base: String },
    /// In the URL hash (`#/ru/guide/…`): the single-file edition, a host page that mounts the app.
    Hash,
    /// In memory, starting at the route (`<zanger-portal>`): the host page's URL is never touched.
    InMemory(Route),
    /// Rendered once, natively at build time, as the page at `route` on `today` (`ui::prerender`):
    /// what the live app shows there before anyone touches it. Its links are the site's (relative
    /// paths), or hashes for the single-file edition (`hash_links`).
    Prerender { route: Route, today: Date, hash_links: bool },
}

/// The part of [`Navigation`] every link needs (copied into each component's state).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Links {
    Paths { base: &'static str },
    Hash,
    InMemory,
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
    links: Links,
    /// This app's own element: focus and lookups stay inside it, so several apps on one page
    /// (`<zanger-portal>` elements side by side) never reach into each other.
    root: NodeRef<leptos::html::Div>,
}

impl AppState {
    pub fn ui(&self) -> &'static Ui {
        ui(self.lang.get())
    }

    /// The first element of this app matching `selector` (searched from the app's own element, not from
    /// `document`, which cannot see into the shadow root of `<zanger-portal>`).
    pub fn find(&self, selector: &str) -> Option<web_sys::HtmlElement> {
        use wasm_bindgen::JsCast;
        let root = self.root.get_untracked()?;
        root.query_selector(selector).ok().flatten().and_then(|e| e.dyn_into().ok())
    }

    /// Moves the focus to this app's first element matching `selector`, if there is one.
    pub fn focus(&self, selector: &str) {
        if let Some(element) = self.find(selector) {
            let _ = element.focus();
        }
    }

    /// Moves focus to the page's `<h1>` so keyboard and screen-reader users land on the new page.
    pub fn focus_main_heading(&self) {
        self.focus(".zg-main h1");
    }

    /// The link to `page` in the current language.
    pub fn href(&self, page: Page) -> String {
        self.link(Route::new(self.lang.get(), page))
    }

    /// The link to `route`: relative to the current page on the site, else its hash.
    pub fn link(&self, route: Route) -> String {
        let fallback = route.lang.unwrap_or_else(|| self.lang.get());
        match self.links {
            Links::Paths { .. } => route.link_from(&self.route.get(), fallback),
            Links::Hash | Links::InMemory => route.to_hash(fallback),
        }
    }

    /// Goes to `route`: a new history entry on the site, the URL hash, or in memory inside
    /// `<zanger-portal>`.
    pub fn navigate(&self, route: Route) {
        match self.links {
            Links::InMemory => self.set_route.set(route),
            Links::Hash => browser::set_hash(&route.to_hash(self.lang.get_untracked())),
            Links::Paths { base } => {
                browser::push_path(&format!("{base}{}", route.to_path(self.lang.get_untracked())));
                self.set_route.set(route);
                browser::scroll_to_top();
            }
        }
    }

    /// Goes to the page a `#/…` link names.
    pub fn navigate_to_hash(&self, hash: &str) {
        self.navigate(Route::parse(hash));
    }

    /// Whether this app owns the page's title (not when it is embedded in another site's page).
    fn owns_title(&self) -> bool {
        matches!(self.links, Links::Paths { .. } | Links::Hash)
    }
}

pub fn use_app() -> AppState {
    expect_context::<AppState>()
}

/// Where the app starts, and how it links, for each kind of navigation.
fn first_route(navigation: &Navigation, fallback: Lang) -> (Route, Links, Date) {
    match navigation {
        Navigation::Prerender { route, today, hash_links } => (route.clone(), if *hash_links { Links::Hash } else { Links::Paths { base: "" } }, *today),
        Navigation::InMemory(route) => (route.clone(), Links::InMemory, browser::today()),
        Navigation::Hash => {
            let first = Route::parse(&browser::hash());
            if first.lang.is_none() && first.page == Page::Home {
                // A bare URL: name the language in it so that links and reloads keep it.
                browser::replace_url(&first.to_hash(fallback));
            }
            (first, Links::Hash, browser::today())
        }
        Navigation::Paths { base } => {
            let base: &'static str = Box::leak(base.clone().into_boxed_str());
            let hash = browser::hash();
            // An old `#/ru/guide/…` link lands on the same page at its real URL.
            let mut first = if hash.starts_with("#/") { Route::parse(&hash) } else { Route::parse_path(&browser::pathname()).1 };
            if first.lang.is_none() {
                first.lang = Some(fallback);
            }
            let url = format!("{base}{}", first.to_path(fallback));
            if url != browser::pathname() || !hash.is_empty() {
                browser::replace_url(&url);
            }
            (first, Links::Paths { base }, browser::today())
        }
    }
}

/// The app. `navigation` says where it starts and how it moves (the URL hash when not given).
#[component]
pub fn App(
    #[prop(optional)] navigation: Option<Navigation>,
    /// The page in `<main>` waits for this (see `ui::mount_standalone`, which splits the first render).
    #[prop(optional)]
    main_after: Option<ReadSignal<bool>>,
) -> impl IntoView {
    let navigation = navigation.unwrap_or(Navigation::Hash);
    let fallback = match &navigation {
        Navigation::Prerender { route, .. } => route.lang.unwrap_or(Lang::Kk),
        _ => browser::initial_lang(),
    };
    let (first, links, today) = first_route(&navigation, fallback);
    let live = !matches!(navigation, Navigation::Prerender { .. });
    let paths = live && matches!(links, Links::Paths { .. });
    let first_lang = first.lang.unwrap_or(fallback);
    let (route, set_route) = signal(first);
    let lang = Memo::new(move |_| route.get().lang.unwrap_or(fallback));
    // A pack already here (the prerender has them all) is ready from the first render.
    let (pack, set_pack) = signal(if crate::core::content::pack(first_lang).is_some() { PackStatus::Ready } else { PackStatus::Loading });
    let (retry, set_retry) = signal(0u32);
    let root = NodeRef::new();
    let state = AppState { route, lang, today, pack, set_route, links, root };
    provide_context(state);
    // A click on a link of the app is a navigation inside the app: in memory (`#/…` links), or on the
    // site through the History API (links to the site's own pages). Anything else is the browser's.
    let follow_link = move |ev: leptos::ev::MouseEvent| {
        if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        match links {
            Links::InMemory => {
                if let Some(href) = browser::clicked_link(&ev).and_then(|a| a.get_attribute("href")).filter(|h| h.starts_with("#/")) {
                    ev.prevent_default();
                    state.navigate_to_hash(&href);
                }
            }
            Links::Paths { base } => {
                let Some(link) = browser::clicked_link(&ev) else { return };
                if link.has_attribute("target") || link.has_attribute("download") || link.origin() != browser::origin() {
                    return;
                }
                let (link_base, target) = Route::parse_path(&link.pathname());
                if link_base == base && target.lang.is_some() {
                    ev.prevent_default();
                    state.navigate(target);
                }
            }
            Links::Hash => {}
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

    if live && links == Links::Hash {
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            set_route.set(Route::parse(&browser::hash()));
        });
    }
    if paths {
        // Back and forward move between the pages the app pushed.
        let _ = window_event_listener(leptos::ev::popstate, move |_| {
            set_route.set(Route::parse_path(&browser::pathname()).1);
        });
        // An old `#/…` link followed on a page of the site goes to that page's real URL.
        let _ = window_event_listener(leptos::ev::hashchange, move |_| {
            let hash = browser::hash();
            if hash.starts_with("#/") {
                state.navigate(Route::parse(&hash));
            }
        });
    }
    // The page's title names the page (never in another site's page).
    Effect::new(move |_| {
        if state.owns_title() {
            pack.track();
            browser::set_title(&crate::core::page_meta::page_meta(&route.get(), lang.get()).title);
        }
    });

    // After a navigation (not on first load) put focus on the new page's heading.
    Effect::new(move |previous: Option<()>| {
        route.track();
        if previous.is_some() {
            request_animation_frame(move || state.focus_main_heading());
        }
    });

    let (erased, set_erased) = signal(false);
    // The service worker (see xtask/src/offline.rs) says when a new release has taken over.
    let (update_ready, set_update_ready) = signal(false);
    if live {
        let _ = window_event_listener_untyped("zanger-update-ready", move |_| set_update_ready.set(true));
    }
    // The footer's "keep everything for offline use" (see `OfflineKeep`).
    let (kept, set_kept) = signal(None::<Keep>);
    if live {
        let _ = window_event_listener_untyped("zanger-kept", move |_| set_kept.set(Some(Keep::Done)));
        let _ = window_event_listener_untyped("zanger-keep-failed", move |_| set_kept.set(Some(Keep::Failed)));
    }
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
        Page::Received => view! { <ReceivedPage/> }.into_any(),
        Page::NotFound => view! { <NotFoundPage/> }.into_any(),
    };

    view! {
        <div class="zg-app" node_ref=root on:click=follow_link lang=move || lang.get().code() data-pack=move || live.then(|| match pack.get() {
            // The live app's state (tests and `mount_standalone` wait for it); a prerendered page has none.
            PackStatus::Loading => "loading",
            PackStatus::Ready => "ready",
            PackStatus::Failed(_) => "failed",
        })>
            <a class="zg-skip" href="#zg-main" on:click=move |ev| {
                ev.prevent_default();
                state.focus_main_heading();
            }>{move || state.ui().skip_to_content}</a>
            <Header/>
            {move || update_ready.get().then(|| view! {
                <div class="zg-update" role="status">
                    {state.ui().update_ready}" "
                    <button type="button" class="zg-button" on:click=|_| browser::reload()>
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
                // Shown by the style sheet only while the browser asks to save data on the site
                // (`#zanger[data-offline-ask]`, set by the start script before the first paint): the
                // same markup everywhere, so the live app takes a prerendered page over unchanged.
                <div class="zg-offline-keep">
                    <p>
                        <button type="button" class="zg-link-button" on:click=move |_| {
                            set_kept.set(Some(Keep::Working));
                            browser::dispatch("zanger-keep-everything");
                        }>{move || state.ui().offline_keep}</button>
                    </p>
                    <p role="status">{move || kept.get().map(|k| match k {
                        Keep::Working => state.ui().offline_keep_working,
                        Keep::Done => state.ui().offline_keep_done,
                        Keep::Failed => state.ui().offline_keep_failed,
                    })}</p>
                </div>
            </footer>
        </div>
    }
}

/// Where "keep everything for offline use" stands: asked, done, or failed (the boot script, which
/// talks to the service worker, answers `zanger-kept` or `zanger-keep-failed`).
#[derive(Clone, Copy, Debug, PartialEq)]
enum Keep {
    Working,
    Done,
    Failed,
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

