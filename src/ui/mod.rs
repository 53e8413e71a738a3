//! The Leptos UI: a thin layer over [`crate::core`]. Compiled for the browser only.

mod app;
mod browser;
mod guide_body;
mod header;
mod pages;
mod search;

pub use app::App;

use wasm_bindgen::JsCast;

/// The element the app mounts into when the host page does not say otherwise.
pub const DEFAULT_MOUNT_ID: &str = "zanger";

/// Mounts the app into `<div id="zanger">`, or into `<body>` if there is none.
pub fn start() {
    console_error_panic_hook::set_once();
    let document = web_sys::window().and_then(|w| w.document()).expect("a document");
    let target = document
        .get_element_by_id(DEFAULT_MOUNT_ID)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .or_else(|| document.body());
    match target {
        Some(element) => mount(element),
        None => web_sys::console::error_1(&"Zanger: no element to mount into".into()),
    }
}

/// Mounts the app into `element`, leaving the rest of the host page alone.
pub fn mount(element: web_sys::HtmlElement) {
    element.class_list().add_1("zanger").ok();
    leptos::mount::mount_to(element, App).forget();
}
