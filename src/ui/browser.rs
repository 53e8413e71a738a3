//! The few browser facts the UI needs: the URL, today's date, the preferred languages and a remembered
//! language. Storage can be missing (private mode, blocked third-party storage in an iframe): then the
//! choice is simply not remembered.
//!
//! Natively (the build's prerender) there is no browser: [`window`] is `None`, so every fact here is
//! absent (no URL, no storage, no drafts) and today is the build's day.

use crate::core::date::Date;
use crate::core::lang::Lang;

/// Every key the app stores starts with this, so "erase everything" can find all of it.
pub const KEY_PREFIX: &str = "zanger.";
const LANG_KEY: &str = "zanger.lang";

/// The browser window; `None` natively, where web-sys cannot be called.
pub fn window() -> Option<web_sys::Window> {
    if cfg!(target_arch = "wasm32") {
        web_sys::window()
    } else {
        None
    }
}

pub fn hash() -> String {
    window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The URL's path (`/ru/guide/family.alimony/`).
pub fn pathname() -> String {
    window().and_then(|w| w.location().pathname().ok()).unwrap_or_default()
}

/// The page's origin (`https://example.kz`).
pub fn origin() -> String {
    window().and_then(|w| w.location().origin().ok()).unwrap_or_default()
}

pub fn set_hash(hash: &str) {
    if let Some(w) = window() {
        let _ = w.location().set_hash(hash);
    }
}

/// Replaces the URL without adding a history entry (a bare URL gets its language, an old hash link its
/// real path).
pub fn replace_url(url: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

/// Adds a history entry for `url` without loading it (navigation inside the running app).
pub fn push_path(url: &str) {
    if let Some(history) = window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(url));
    }
}

pub fn scroll_to_top() {
    if let Some(w) = window() {
        w.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

pub fn set_title(title: &str) {
    if let Some(document) = window().and_then(|w| w.document()) {
        document.set_title(title);
    }
}

pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

/// Sends the window an event named `name` (the page's scripts listen: `xtask/js/boot.js`).
pub fn dispatch(name: &str) {
    if let (Some(w), Ok(event)) = (window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&event);
    }
}

/// The link a click landed on (or inside). The first node of the event's composed path is what was
/// clicked, also from inside a shadow root, where `target` is the host element.
pub fn clicked_link(ev: &web_sys::MouseEvent) -> Option<web_sys::HtmlAnchorElement> {
    use wasm_bindgen::JsCast;
    let clicked = ev.composed_path().get(0).dyn_into::<web_sys::Element>().ok()?;
    clicked.closest("a[href]").ok().flatten()?.dyn_into().ok()
}

#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
}

/// The build's day (the prerender passes its own day to the app; this serves anything else).
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    Date::today_utc()
}

fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn remembered_lang() -> Option<String> {
    storage()?.get_item(LANG_KEY).ok().flatten()
}

pub fn remember_lang(lang: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, lang.code());
    }
}

pub fn preferred_languages() -> Vec<String> {
    let Some(window) = window() else { return Vec::new() };
    let navigator = window.navigator();
    let mut list: Vec<String> = navigator.languages().iter().filter_map(|v| v.as_string()).collect();
    if let Some(single) = navigator.language() {
        list.push(single);
    }
    list
}

/// The language for a visit whose URL names none.
pub fn initial_lang() -> Lang {
    let preferred = preferred_languages();
    Lang::negotiate(remembered_lang().as_deref(), preferred.iter().map(String::as_str))
}

/// Reads a value the app stored on this device (`None` when absent or storage is unavailable).
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores a value on this device; silently does nothing when storage is unavailable (private mode).
pub fn store(key: &str, value: &str) {
    if let Some(s) = storage() {
        let _ = s.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The keys stored on this device (local storage) that start with `prefix`, sorted.
pub fn keys_with_prefix(prefix: &str) -> Vec<String> {
    let Some(s) = storage() else { return Vec::new() };
    let count = s.length().unwrap_or(0);
    let mut keys: Vec<String> = (0..count).filter_map(|i| s.key(i).ok().flatten()).filter(|k| k.starts_with(prefix)).collect();
    keys.sort();
    keys
}

/// The browser's confirmation dialog; `false` when it cannot be shown.
pub fn confirm(message: &str) -> bool {
    window().and_then(|w| w.confirm_with_message(message).ok()).unwrap_or(false)
}

/// Removes everything the app stored on this device (local and session storage, every `zanger.` key).
/// Returns how many entries were removed.
pub fn erase_all() -> usize {
    let Some(window) = window() else { return 0 };
    let mut removed = 0;
    for storage in [window.local_storage(), window.session_storage()].into_iter().filter_map(|s| s.ok().flatten()) {
        let count = storage.length().unwrap_or(0);
        let keys: Vec<String> = (0..count).filter_map(|i| storage.key(i).ok().flatten()).filter(|k| k.starts_with(KEY_PREFIX)).collect();
        for key in keys {
            if storage.remove_item(&key).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}

/// Offers `bytes` to the person as a downloaded file named `name`.
pub fn download(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let window = window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| "cannot make the file")?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| "cannot make a link to the file")?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").map_err(|_| "no link")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}
