//! The Leptos UI: a thin layer over [`crate::core`]. Live in the browser; rendered natively at build
//! time into every page's static HTML ([`prerender`]).

mod app;
pub(crate) mod browser;
pub(crate) mod content_loader;
mod expired_figures;
mod guide_body;
mod header;
mod pages;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
mod search;
mod timeline;

pub use app::{App, Navigation};

#[cfg(target_arch = "wasm32")]
use leptos::prelude::*;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen::JsCast;

/// The element the app mounts into when the host page does not say otherwise.
pub const DEFAULT_MOUNT_ID: &str = "zanger";

#[cfg(target_arch = "wasm32")]
/// Mounts the app into `<div id="zanger">`, or into `<body>` if there is none; does nothing when
/// `<zanger-portal>`'s script loaded the app (`window.zangerEmbedded`): the element mounts it.
pub fn start() {
    let embedded = browser::window().and_then(|w| js_sys::Reflect::get(&w, &"zangerEmbedded".into()).ok()).is_some_and(|v| v.is_truthy());
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
    if embedded {
        return;
    }
    // Mounting is a task of its own, after the one that compiled and started the wasm: two shorter
    // tasks instead of one long one keep a slow phone responsive to a tap meanwhile.
    set_timeout(mount_standalone, std::time::Duration::ZERO);
}

#[cfg(target_arch = "wasm32")]
/// Mounts the app over the page's boot content: a loading line, or the page prerendered at build time
/// (`zg-boot-home`). Over the boot content the app is rendered off the page in two tasks (its frame,
/// then the page in `<main>`), then takes the boot content's place in a third: three short tasks
/// instead of one long one, and the reader sees the boot content until the app is whole. Over a
/// prerendered page it also waits for the language's pack, so the live page replaces the static one
/// only once it shows the same thing.
fn mount_standalone() {
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let target = document
        .get_element_by_id(DEFAULT_MOUNT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    let Some(element) = target else {
        web_sys::console::error_1(&"Zanger: no element to mount into".into());
        return;
    };
    // The site's pages (written by `cargo xtask build`) have real URLs; anything else uses the hash.
    let navigation = if element.has_attribute("data-paths") {
        Navigation::Paths { base: crate::core::route::Route::parse_path(&browser::pathname()).0 }
    } else {
        Navigation::Hash
    };
    let boot = document.query_selector("#zanger > .zg-boot").ok().flatten();
    let offstage = document.create_element("div").ok().and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    let (Some(boot), Some(offstage)) = (boot, offstage) else {
        set_root(&element);
        element.class_list().add_1("zanger").ok();
        leptos::mount::mount_to(element, move || view! { <App navigation=navigation/> }).forget();
        return;
    };
    let prerendered = boot.class_list().contains("zg-boot-home");
    let (main_ready, set_main_ready) = signal(false);
    set_root(&offstage);
    leptos::mount::mount_to(offstage.clone(), move || view! { <App navigation=navigation main_after=main_ready/> }).forget();
    set_timeout(
        move || {
            set_main_ready.set(true);
            when_pack_settled(prerendered.then(|| offstage.clone()), move || {
                    // What the reader began on the boot content (typing a search, moving the focus)
                    // carries over to the live page.
                    let begun = Begun::read(&boot, &document);
                    boot.remove();
                    while let Some(child) = offstage.first_child() {
                        let _ = element.append_child(&child);
                    }
                    set_root(&element);
                    element.class_list().add_1("zanger").ok();
                    begun.restore(&element);
            });
        },
        std::time::Duration::ZERO,
    );
}

/// Runs `then` in a task of its own once the app rendered in `offstage` has its language's pack (or
/// could not get it) and its page is whole (a guide renders its text over several tasks); at once when
/// there is nothing to wait for.
#[cfg(target_arch = "wasm32")]
fn when_pack_settled(offstage: Option<web_sys::HtmlElement>, then: impl FnOnce() + 'static) {
    // The pack still on its way, or a page still rendering its text a few blocks per task (a guide).
    let loading = offstage.as_ref().and_then(|o| o.query_selector(".zg-app[data-pack='loading'], [data-zg-pending]").ok().flatten()).is_some();
    if loading {
        set_timeout(move || when_pack_settled(offstage, then), std::time::Duration::from_millis(30));
    } else {
        set_timeout(then, std::time::Duration::ZERO);
    }
}

#[cfg(target_arch = "wasm32")]
/// What a reader did on the prerendered home page before the app started.
struct Begun {
    search: String,
    /// The focused control's position among the page's links, buttons and inputs (the live page has
    /// the same controls in the same order).
    focus: Option<u32>,
}

#[cfg(target_arch = "wasm32")]
const CONTROLS: &str = "a[href], button, input";

#[cfg(target_arch = "wasm32")]
impl Begun {
    fn read(boot: &web_sys::Element, document: &web_sys::Document) -> Begun {
        let search = boot
            .query_selector("#zg-search-input")
            .ok()
            .flatten()
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
            .map(|input| input.value())
            .unwrap_or_default();
        let active = document.active_element();
        let focus = active.filter(|a| boot.contains(Some(a))).and_then(|active| {
            let controls = boot.query_selector_all(CONTROLS).ok()?;
            (0..controls.length()).find(|&i| controls.item(i).is_some_and(|c| c.is_same_node(Some(&active))))
        });
        Begun { search, focus }
    }

    fn restore(self, root: &web_sys::HtmlElement) {
        if !self.search.is_empty() {
            if let Some(input) = root.query_selector("#zg-search-input").ok().flatten().and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                input.set_value(&self.search);
                if let Ok(event) = web_sys::Event::new("input") {
                    let _ = input.dispatch_event(&event);
                }
            }
        }
        let control = self.focus.and_then(|i| root.query_selector_all(CONTROLS).ok()?.item(i));
        if let Some(control) = control.and_then(|c| c.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = control.focus();
        }
    }
}

#[cfg(target_arch = "wasm32")]
/// Mounts the app into `element`, leaving the rest of the host page alone. Navigation lives in the
/// page's URL hash.
pub fn mount(element: web_sys::HtmlElement) {
    set_root(&element);
    element.class_list().add_1("zanger").ok();
    leptos::mount::mount_to(element, || view! { <App navigation=Navigation::Hash/> }).forget();
}

#[cfg(target_arch = "wasm32")]
/// Mounts the app for `<zanger-portal>` (see `xtask/src/offline.rs`, which writes the element's
/// script): into `element` inside the element's shadow root, starting at `topic` in `lang`, with
/// navigation kept in memory so the host page's URL is never touched.
pub fn mount_portal(element: web_sys::HtmlElement, lang: Option<String>, topic: Option<String>) {
    use crate::core::lang::Lang;
    use crate::core::route::{Page, Route};
    set_root(&element);
    element.class_list().add_1("zanger").ok();
    let lang = lang.and_then(|code| Lang::from_code(&code)).unwrap_or_else(browser::initial_lang);
    let page = topic.filter(|t| crate::core::content::topic(t).is_some()).map_or(Page::Home, Page::Topic);
    let start = Route::new(lang, page);
    leptos::mount::mount_to(element, move || view! { <App navigation=Navigation::InMemory(start.clone())/> }).forget();
}

thread_local! {
    /// Every element an app was mounted in (several `<zanger-portal>` elements may share the page): a
    /// crash stops them all, and each gets the message.
    static ROOTS: std::cell::RefCell<Vec<web_sys::Element>> = const { std::cell::RefCell::new(Vec::new()) };
}

#[cfg(target_arch = "wasm32")]
fn set_root(element: &web_sys::HtmlElement) {
    ROOTS.with(|r| r.borrow_mut().push(element.clone().into()));
}

#[cfg(target_arch = "wasm32")]
/// After a crash, a plain message in place of the app (never a dead page): drafts are saved on every
/// keystroke, so the person is told their answers are kept and to reload.
pub fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let lang = browser::remembered_lang().and_then(|c| crate::core::lang::Lang::from_code(&c)).unwrap_or_else(browser::initial_lang);
    let text = match lang {
        crate::core::lang::Lang::Kk => "Қате шықты. Жауаптарыңыз осы құрылғыда сақталған. Бетті қайта жүктеңіз.",
        crate::core::lang::Lang::Ru => "Произошла ошибка. Ваши ответы сохранены на этом устройстве. Перезагрузите страницу.",
        crate::core::lang::Lang::En => "Something went wrong. Your answers are saved on this device. Please reload the page.",
    };
    // Not an app's element while it is still being rendered off the page (`mount_standalone`).
    let mut roots: Vec<web_sys::Element> = ROOTS.with(|r| r.borrow().iter().filter(|root| root.is_connected()).cloned().collect());
    if roots.is_empty() {
        roots.extend(document.get_element_by_id(DEFAULT_MOUNT_ID).or_else(|| document.body().map(Into::into)));
    }
    for root in roots {
        if let Ok(message) = document.create_element("p") {
            message.set_class_name("zg-crash");
            let _ = message.set_attribute("role", "alert");
            message.set_text_content(Some(text));
            let _ = root.prepend_with_node_1(&message);
        }
    }
}
