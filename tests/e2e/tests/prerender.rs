//! The prerendered home page (index.html, `core::prerender`): a slow connection shows the reader's
//! home page before the wasm arrives, and what the reader types there is still there when the app
//! takes over. The test server holds the wasm back until the test lets it go (one test: the hold is
//! the server's, shared by whoever uses it).

use zanger_e2e::{with_browser, Setup};

#[tokio::test]
async fn the_home_page_shows_before_the_app_and_keeps_what_was_typed() {
    with_browser("prerender", Setup { releasable: true, ..Setup::default() }, async |b| {
        let control = |path: &'static str| format!("return fetch('{path}', {{ cache: 'no-store' }}).then((r) => r.text())");
        // Any page of the server will do to send the control request from.
        b.open_url(&format!("{}/__zanger_test/let-app-go", b.base())).await?;
        b.eval(&control("/__zanger_test/hold-app")).await?;
        b.open_hash_without_waiting("#/ru").await?;

        // Before the app: the Russian home page, from index.html alone.
        let heading = b.text(".zg-boot .zg-app[lang='ru'] h1").await?;
        assert_eq!(heading, "Что у вас случилось?");
        assert_eq!(b.count(".zg-boot .zg-tile").await?, zanger::core::content::topics().len(), "a tile per topic");
        assert_eq!(b.count("#zanger > .zg-app, .zg-app[data-pack]").await?, 0, "the app has not started");
        assert_eq!(b.count("template[data-zg-home]").await?, 3, "one page per language");
        assert_eq!(b.eval("return document.querySelectorAll('#zg-search-input').length").await?, 1, "one page shown, no duplicate ids");
        b.screenshot("before-the-app", 412).await?;

        let input = b.wait_for("#zg-search-input").await?;
        input.click().await.map_err(|e| format!("click: {e}"))?;
        input.send_keys("алименты").await.map_err(|e| format!("type: {e}"))?;

        b.eval(&control("/__zanger_test/let-app-go")).await?;
        b.wait_for(".zg-app[data-pack='ready']").await?;
        assert_eq!(b.count(".zg-boot").await?, 0, "the app replaced the prerendered page");
        assert_eq!(b.eval("return document.getElementById('zg-search-input').value").await?, "алименты", "nothing typed is lost");
        assert_eq!(b.eval("return document.activeElement && document.activeElement.id").await?, "zg-search-input", "the focus stays in the box");
        let first = b.text("#zg-search-results [role='option']").await?;
        assert!(first.to_lowercase().contains("алимент"), "results for what was typed: {first}");
        b.screenshot("after-the-app", 412).await?;

        // Another page, or a draft waiting to be listed on home (the list would move the page): the
        // loading line, not the home page. (The service worker now serves the wasm: these loads are
        // told apart by what the start script noted, `#zanger[data-boot]`.)
        let started_with = async |url: &str| -> Result<String, String> {
            b.open_hash(url).await?;
            b.wait_for(".zg-app[data-pack]").await?;
            Ok(b.eval("return document.getElementById('zanger').dataset.boot").await?.as_str().unwrap_or_default().to_string())
        };
        b.eval("localStorage.setItem('zanger.draft.alimony.claim', 'x'); return 1").await?;
        assert_eq!(started_with("?draft#/kk").await?, "loading", "a draft is waiting");
        b.eval("localStorage.clear(); return 1").await?;
        assert_eq!(started_with("?guide#/ru/guide/family.alimony").await?, "loading", "a guide");
        assert_eq!(started_with("?home#/kk").await?, "home", "home again, no draft");
        Ok(())
    })
    .await;
}
