//! Entry point of the browser app (built by Trunk). Natively it only explains how to run the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    zanger::ui::start();
}

/// Called by the `<zanger-portal>` element's script with the element to mount into (inside its
/// shadow root) and its `lang` and `topic` attributes.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn mount_portal(element: web_sys::HtmlElement, lang: Option<String>, topic: Option<String>) {
    zanger::ui::mount_portal(element, lang, topic);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Zanger runs in the browser: use `cargo xtask serve`.");
}
