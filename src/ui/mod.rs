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
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_message();
    }));
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

/// After a crash, a plain message in place of the app (never a dead page): drafts are saved on every
/// keystroke, so the person is told their answers are kept and to reload.
fn show_crash_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let lang = browser::remembered_lang().and_then(|c| crate::core::lang::Lang::from_code(&c)).unwrap_or_else(browser::initial_lang);
    let text = match lang {
        crate::core::lang::Lang::Kk => "Қате шықты. Жауаптарыңыз осы құрылғыда сақталған. Бетті қайта жүктеңіз.",
        crate::core::lang::Lang::Ru => "Произошла ошибка. Ваши ответы сохранены на этом устройстве. Перезагрузите страницу.",
        crate::core::lang::Lang::En => "Something went wrong. Your answers are saved on this device. Please reload the page.",
    };
    let Some(root) = document.get_element_by_id(DEFAULT_MOUNT_ID).or_else(|| document.body().map(Into::into)) else { return };
    if let Ok(message) = document.create_element("p") {
        message.set_class_name("zg-crash");
        let _ = message.set_attribute("role", "alert");
        message.set_text_content(Some(text));
        let _ = root.prepend_with_node_1(&message);
    }
}
