//! Offline: after one visit the app works with the network cut, through the service worker's cache.

use zanger_e2e::{with_browser, Browser, Setup};

/// The languages whose packs the service worker's caches hold, sorted ("ru", "kk,ru", …).
const KEPT: &str = "return (async () => { const names = []; for (const k of await caches.keys()) \
    for (const r of await (await caches.open(k)).keys()) { const m = /content-([a-z]+)-/.exec(r.url); if (m) names.push(m[1]); } \
    return names.sort().join(','); })()";

/// Waits (up to 15 s) until the service worker controls the page.
async fn wait_for_control(b: &Browser) -> Result<(), String> {
    for _ in 0..150 {
        if b.eval("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)").await? == true {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err("the service worker never took control of the page".into())
}

/// Waits (up to 10 s) until the caches hold the packs of `langs` (e.g. "ru") and no other.
async fn wait_for_kept(b: &Browser, langs: &str) -> Result<(), String> {
    let mut kept = serde_json::Value::Null;
    for _ in 0..100 {
        kept = b.eval(KEPT).await?;
        if kept == langs {
            return Ok(());
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    Err(format!("the caches should hold the packs of {langs} only, they hold: {kept}"))
}

#[tokio::test]
async fn after_one_visit_the_app_works_with_no_network() {
    with_browser("offline", Setup { cuttable: true, ..Setup::default() }, async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading("Что у вас случилось?").await?;
        wait_for_control(b).await?;
        let cache = b.eval("return (async () => (await caches.keys()).join(','))()").await?;
        if !cache.as_str().unwrap_or("").starts_with("zanger-") {
            return Err(format!("no versioned cache: {cache}"));
        }
        // The Russian pack (guides and questionnaires) is kept once the page has loaded it; the other
        // languages are not downloaded at all.
        wait_for_kept(b, "ru").await?;

        b.cut_network().await?;
        if b.network_reachable().await? {
            return Err("the network is still reachable: this test would prove nothing".into());
        }
        // The probe's failed request is logged by the browser; it is ours, not the app's.
        let _ = b.console_errors().await;

        // The page as reloaded is replaced by the live app: wait for it, or the test reads a stale element.
        b.reload().await?;
        b.wait_for_heading("Что у вас случилось?").await?;
        let input = b.wait_for("#zg-search-input").await?;
        input.send_keys("алименты").await.map_err(|e| e.to_string())?;
        b.click(".zg-search-results li:first-child").await?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        b.click(".zg-cta a[href*='form/alimony.claim']").await?;
        b.wait_for("#zg-f-lives_with_me").await?;
        b.screenshot("form-offline", 360).await?;
        // A page never opened, reached by its real URL (a link from a messenger): the worker serves the
        // site's page shell and the app shows the guide from the kept pack.
        b.open_url(&format!("{}/ru/guide/labor.wages/", b.base())).await?;
        b.wait_for("article.zg-guide[data-guide='labor.wages']").await?;
        assert_eq!(b.page().await?, "ru/guide/labor.wages");
        b.screenshot("guide-by-url-offline", 360).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn no_request_leaves_the_origin_and_none_is_made_while_the_app_is_used() {
    with_browser("privacy", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading("Что у вас случилось?").await?;
        b.wait_for(".zg-app[data-pack='ready']").await?;
        let foreign = b
            .eval("return performance.getEntriesByType('resource').map(e => e.name).filter(u => new URL(u).origin !== location.origin)")
            .await?;
        if foreign.as_array().is_none_or(|a| !a.is_empty()) {
            return Err(format!("requests to other origins: {foreign}"));
        }
        // A whole session after loading: search, read a guide, fill part of a questionnaire.
        b.eval("performance.clearResourceTimings(); return null").await?;
        let input = b.wait_for("#zg-search-input").await?;
        input.send_keys("зарплата").await.map_err(|e| e.to_string())?;
        b.click(".zg-search-results li:first-child").await?;
        b.wait_for("article.zg-guide").await?;
        // Into a questionnaire by its link in the running app (a new page load would fetch the page).
        input.clear().await.map_err(|e| e.to_string())?;
        input.send_keys("алименты").await.map_err(|e| e.to_string())?;
        b.click(".zg-search-results li:first-child").await?;
        b.click(".zg-cta a[href*='form/alimony.claim']").await?;
        b.click("#zg-f-lives_with_me").await?;
        b.click(".zg-form-nav button[type='submit']").await?;
        let made = b.eval("return performance.getEntriesByType('resource').map(e => e.name)").await?;
        if made.as_array().is_none_or(|a| !a.is_empty()) {
            return Err(format!("requests made while using the app: {made}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_new_release_is_offered_with_a_reload_keeps_the_language_pack_and_loses_no_answer() {
    with_browser("update", Setup { releasable: true, ..Setup::default() }, async |b| {
        b.open_hash("#/ru/form/alimony.claim").await?;
        b.wait_for("#zg-f-lives_with_me").await?;
        wait_for_control(b).await?;
        wait_for_kept(b, "ru").await?;
        b.click("#zg-f-lives_with_me").await?; // "yes": saved as a draft at once
        let old_cache = b.eval("return (async () => (await caches.keys()).join(','))()").await?;

        // The server now has a new release; the browser finds it (as it would on its next visit).
        let released = b
            .eval("return (async () => { await fetch('/__zanger_test/new-release', { cache: 'no-store' }); const r = await navigator.serviceWorker.getRegistration(); await r.update(); return 'checked'; })()")
            .await?;
        if released != "checked" {
            return Err(format!("could not ask for the new release: {released}"));
        }
        b.wait_for(".zg-update[role='status'] button").await?;
        let banner = b.text(".zg-update").await?;
        if !banner.contains("Перезагрузить") {
            return Err(format!("the update banner should offer a reload: {banner}"));
        }
        // The new release's cache replaces the old one (deleted as the new worker activates, which may
        // finish just after it takes over) and holds the Russian pack again.
        let mut new_cache = serde_json::Value::Null;
        for _ in 0..100 {
            new_cache = b.eval("return (async () => (await caches.keys()).join(','))()").await?;
            let names = new_cache.as_str().unwrap_or("");
            if names.starts_with("zanger-next-") && !names.contains(',') {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if new_cache == old_cache || new_cache.as_str().is_none_or(|n| !n.starts_with("zanger-next-") || n.contains(',')) {
            return Err(format!("one new versioned cache expected: before {old_cache}, after {new_cache}"));
        }
        wait_for_kept(b, "ru").await?;
        b.screenshot("banner", 360).await?;

        b.click(".zg-update button").await?;
        // The page as sent is the questionnaire's prerendered start page: wait for the live app, which
        // restores the draft.
        for _ in 0..100 {
            if b.count(".zg-update").await? == 0 && b.count("#zanger > .zg-app[data-pack='ready'] #zg-f-lives_with_me").await? == 1 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        b.wait_for("#zanger > .zg-app[data-pack='ready'] #zg-f-lives_with_me").await?;
        if b.eval("return document.querySelector('#zg-f-lives_with_me').checked").await? != true {
            return Err("the answer given before the update was lost".into());
        }
        if b.count(".zg-update").await? != 0 {
            return Err("the banner should go once the new release runs".into());
        }
        Ok(())
    })
    .await;
}

/// The paths the service worker's caches hold, and those of them this page did not fetch (nor the
/// site's page shell, `/index.html`, which is kept as the fallback for pages never fetched).
const KEPT_PATHS: &str = "return (async () => { const kept = []; for (const k of await caches.keys()) \
    for (const r of await (await caches.open(k)).keys()) kept.push(new URL(r.url).pathname); \
    const fetched = new Set([...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')].map((e) => new URL(e.name).pathname)); \
    fetched.add('/index.html'); \
    return { kept: kept.sort(), extra: kept.filter((p) => !fetched.has(p)) }; })()";

#[tokio::test]
async fn when_the_browser_saves_data_only_what_was_opened_is_kept_until_the_reader_asks_for_everything() {
    use zanger::core::i18n::ui;
    use zanger::core::lang::Lang;
    with_browser("offline-save-data", Setup { save_data: true, ..Setup::default() }, async |b| {
        let guide = "/ru/guide/family.alimony/";
        b.open_url(&format!("{}{guide}", b.base())).await?;
        b.wait_for(".zg-app[data-pack='ready'] article.zg-guide").await?;
        assert_eq!(b.eval("return navigator.connection.saveData").await?, true, "save-data is emulated");
        // The button is there from the first paint (the start script marks the page), in Russian.
        assert_eq!(b.eval("return document.getElementById('zanger').hasAttribute('data-offline-ask')").await?, true);
        let button = b.wait_for(".zg-footer .zg-offline-keep button").await?;
        if !button.is_displayed().await.map_err(|e| e.to_string())? {
            return Err("the button to keep everything is not shown".into());
        }
        assert_eq!(b.text(".zg-offline-keep button").await?, ui(Lang::Ru).offline_keep);

        // Once the page is idle the worker keeps the page and the files it fetched, and nothing more.
        wait_for_control(b).await?;
        for _ in 0..100 {
            let kept = b.eval(KEPT_PATHS).await?;
            let paths = kept["kept"].as_array().cloned().unwrap_or_default();
            let has = |wanted: &dyn Fn(&str) -> bool| paths.iter().any(|p| p.as_str().is_some_and(wanted));
            if has(&|p| p == guide) && has(&|p| p.starts_with("/content-ru-")) && has(&|p| p.ends_with("_bg.wasm")) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        let kept = b.eval(KEPT_PATHS).await?;
        let paths: Vec<String> = kept["kept"].as_array().into_iter().flatten().filter_map(|p| p.as_str().map(String::from)).collect();
        if !paths.iter().any(|p| p == guide) || !paths.iter().any(|p| p.ends_with("_bg.wasm")) {
            return Err(format!("the page and the app it loaded should be kept: {kept}"));
        }
        if kept["extra"].as_array().is_none_or(|a| !a.is_empty()) || paths.iter().any(|p| p == "/" || p.ends_with(".ttf")) {
            return Err(format!("only what the page fetched should be kept: {kept}"));
        }
        wait_for_kept(b, "ru").await?;
        b.screenshot("footer", 360).await?;

        // Asked, it keeps everything (the app, the reader's pack, the PDF font) and says so.
        b.click(".zg-offline-keep button").await?;
        let done = ui(Lang::Ru).offline_keep_done;
        for _ in 0..100 {
            if b.text(".zg-offline-keep [role='status']").await? == done {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(b.text(".zg-offline-keep [role='status']").await?, done);
        let kept = b.eval(KEPT_PATHS).await?;
        let paths: Vec<String> = kept["kept"].as_array().into_iter().flatten().filter_map(|p| p.as_str().map(String::from)).collect();
        if !["/", "/index.html", "/zanger-pdf-sans.ttf", "/manifest.webmanifest"].iter().all(|p| paths.iter().any(|k| k == p)) {
            return Err(format!("everything should be kept now: {kept}"));
        }
        wait_for_kept(b, "ru").await?;

        // Offline: the page opened reloads, and a page never opened opens by its real URL.
        b.cut_network().await?;
        if b.network_reachable().await? {
            return Err("the network is still reachable: this test would prove nothing".into());
        }
        let _ = b.console_errors().await;
        // The page as reloaded is replaced by the live app: wait for it, or the test reads a stale element.
        b.reload().await?;
        b.wait_for(".zg-app[data-pack='ready'] article.zg-guide[data-guide='family.alimony']").await?;
        b.open_url(&format!("{}/ru/guide/labor.wages/", b.base())).await?;
        b.wait_for(".zg-app[data-pack='ready'] article.zg-guide[data-guide='labor.wages']").await?;
        assert_eq!(b.page().await?, "ru/guide/labor.wages");
        b.screenshot("guide-by-url-offline", 360).await?;
        Ok(())
    })
    .await;
}
