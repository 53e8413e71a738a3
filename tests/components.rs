//! Component tests in a real browser (wasm-bindgen-test in headless Chromium): the app mounts into a
//! host element, renders pages from the compiled content and follows the hash.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets the browser fire events and the app re-render.
async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A new host element at the end of the page with the app mounted into it, the URL at `hash`.
async fn mount_at(hash: &str) -> web_sys::Element {
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    web_sys::window().unwrap().location().set_hash(hash).unwrap();
    tick(10).await;
    zanger::ui::mount(root.clone().dyn_into().unwrap());
    root
}

fn text(root: &web_sys::Element, css: &str) -> String {
    root.query_selector(css).unwrap().unwrap_or_else(|| panic!("no {css}")).text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn mounts_into_a_host_element_and_follows_the_hash() {
    let doc = document();
    let host_text = doc.create_element("p").unwrap();
    host_text.set_text_content(Some("host page content"));
    doc.body().unwrap().append_child(&host_text).unwrap();
    let root = mount_at("#/ru").await;
    tick(10).await;

    assert!(root.class_list().contains("zanger"));
    assert_eq!(text(&root, "h1"), "Что у вас случилось?");
    assert_eq!(root.query_selector_all(".zg-tiles a").unwrap().length() as usize, zanger::core::content::topics().len(), "a tile per topic");
    assert_eq!(host_text.text_content().unwrap(), "host page content", "the host page is left alone");

    web_sys::window().unwrap().location().set_hash("#/kk/guide/family.alimony").unwrap();
    tick(50).await;
    let article = root.query_selector("article.zg-guide").unwrap().expect("the guide renders");
    assert_eq!(article.get_attribute("data-guide").as_deref(), Some("family.alimony"));
    assert_eq!(root.query_selector(".zg-app").unwrap().unwrap().get_attribute("lang").as_deref(), Some("kk"));
    let body = text(&root, ".zg-body");
    assert!(!body.contains("{{") && !body.contains("[@"), "figures and citations are resolved");
    assert!(root.query_selector_all(".zg-sources li").unwrap().length() > 0);
    assert!(text(&root, ".zg-meta").contains("Соңғы тексерілген күні"));

    web_sys::window().unwrap().location().set_hash("#/ru/nowhere").unwrap();
    tick(50).await;
    assert_eq!(text(&root, "h1"), "Страница не найдена");
}

#[wasm_bindgen_test]
async fn after_a_crash_the_app_shows_that_answers_are_kept_instead_of_a_dead_page() {
    // What the panic hook shows (a real panic would abort this test run as it stops the app).
    let root = mount_at("#/ru").await;
    tick(10).await;
    zanger::ui::show_crash_message();
    let message = root.query_selector(".zg-crash[role='alert']").unwrap().expect("a message in the app's place, announced");
    let text = message.text_content().unwrap_or_default();
    assert!(!text.is_empty() && (text.contains("сохранены") || text.contains("сақталған") || text.contains("saved")), "{text}");
}

