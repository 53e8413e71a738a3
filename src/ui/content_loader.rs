//! Fetches the reader's content pack (guides and questionnaires of one language) and installs it, and
//! the PDF font when a PDF is first asked for.
//!
//! The pack's address is next to the app's own files (`zangerBase`, set by the boot script from its own
//! URL, so an embed on another site still finds it); a single-file edition puts the packs in the page
//! itself (`zangerPackUrls`, `data:` URLs).

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::core::content;
use crate::core::lang::Lang;

fn global(name: &str) -> Option<JsValue> {
    crate::ui::browser::window().and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str(name)).ok()).filter(|v| !v.is_undefined() && !v.is_null())
}

/// Where a file of the app is: `zangerPackUrls[key]` when the page provides it (single-file edition),
/// else next to the app's own files.
fn asset_url(key: &str, file: &str) -> String {
    if let Some(url) = global("zangerPackUrls").and_then(|urls| js_sys::Reflect::get(&urls, &JsValue::from_str(key)).ok()).and_then(|v| v.as_string()) {
        return url;
    }
    let base = global("zangerBase").and_then(|v| v.as_string()).unwrap_or_else(|| "/".to_string());
    format!("{base}{file}")
}

/// The bytes of the file at `url`.
async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = crate::ui::browser::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|_| "network error".to_string())?
        .dyn_into()
        .map_err(|_| "not a response".to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(|_| "unreadable response")?).await.map_err(|_| "download interrupted".to_string())?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The pack the start script (index.html) started fetching while the app loaded (`window.zangerEarlyPack`), if it
/// is `lang`'s and arrived; taken once.
async fn early_pack(lang: Lang) -> Option<Vec<u8>> {
    let early = global("zangerEarlyPack")?;
    let window = crate::ui::browser::window()?;
    let _ = js_sys::Reflect::delete_property(&window, &JsValue::from_str("zangerEarlyPack"));
    if js_sys::Reflect::get(&early, &JsValue::from_str("lang")).ok()?.as_string()? != lang.code() {
        return None;
    }
    let promise: js_sys::Promise = js_sys::Reflect::get(&early, &JsValue::from_str("bytes")).ok()?.dyn_into().ok()?;
    let buffer = JsFuture::from(promise).await.ok().filter(|b| !b.is_null())?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The font the PDF writer embeds, fetched the first time someone asks for a PDF (and then kept).
pub async fn pdf_font() -> Result<&'static [u8], String> {
    thread_local! {
        static FONT: std::cell::Cell<Option<&'static [u8]>> = const { std::cell::Cell::new(None) };
    }
    if let Some(font) = FONT.with(std::cell::Cell::get) {
        return Ok(font);
    }
    let url = asset_url("font", PDF_FONT_FILE);
    let bytes: &'static [u8] = Box::leak(fetch_bytes(&url).await?.into_boxed_slice());
    FONT.with(|f| f.set(Some(bytes)));
    keep_offline(&url);
    Ok(bytes)
}

/// The PDF font's file name next to the app (`public/fonts/`, copied by Trunk).
const PDF_FONT_FILE: &str = "zanger-pdf-sans.ttf";

/// Loads and installs `lang`'s pack (nothing to do when it is installed already).
pub async fn load(lang: Lang) -> Result<(), String> {
    if content::pack(lang).is_some() {
        return Ok(());
    }
    let url = asset_url(lang.code(), content::pack_file(lang));
    let bytes = match early_pack(lang).await {
        Some(bytes) => bytes,
        None => fetch_bytes(&url).await?,
    };
    // Decoding is a task of its own, not the tail of the one that mounted the app: a phone stays
    // responsive in between (the early pack is often here before the app is).
    yield_to_browser().await;
    content::install(lang, bytes).map_err(|e| e.to_string())?;
    keep_offline(&url);
    Ok(())
}

/// Resolves in a later task of the event loop (a zero timeout), letting the browser paint and handle
/// input first.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| match crate::ui::browser::window() {
        Some(window) => {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
        }
        None => {
            let _ = resolve.call0(&JsValue::NULL);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Asks the service worker to keep this file (a pack, the PDF font) for offline use: the first visit
/// loads a pack before the worker controls the page, so the worker would not have seen the request.
fn keep_offline(url: &str) {
    if url.starts_with("data:") {
        return;
    }
    let Some(window) = crate::ui::browser::window() else { return };
    let container = window.navigator().service_worker();
    let Ok(ready) = container.ready() else { return };
    let url = url.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = JsFuture::from(ready).await else { return };
        let registration: web_sys::ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(worker) = registration.active() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &JsValue::from_str("zangerKeep"), &JsValue::from_str(&url));
            let _ = worker.post_message(&message);
        }
    });
}
