//! Offline: after one visit the app works with the network cut, through the service worker's cache.

use zanger_e2e::{with_browser, Setup};

#[tokio::test]
async fn after_one_visit_the_app_works_with_no_network() {
    with_browser("offline", Setup { cuttable: true, ..Setup::default() }, async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading("Что у вас случилось?").await?;
        let mut controlled = false;
        for _ in 0..150 {
            if b.eval("return !!(navigator.serviceWorker && navigator.serviceWorker.controller)").await? == true {
                controlled = true;
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if !controlled {
            return Err("the service worker never took control of the page".into());
        }
        let cache = b.eval("return (async () => (await caches.keys()).join(','))()").await?;
        if !cache.as_str().unwrap_or("").starts_with("zanger-") {
            return Err(format!("no versioned cache: {cache}"));
        }
        // The Russian pack (guides and questionnaires) is kept once the page has loaded it; the other
        // languages are not downloaded at all.
        const KEPT: &str = "return (async () => { const names = []; for (const k of await caches.keys()) \
            for (const r of await (await caches.open(k)).keys()) { const m = /content-([a-z]+)-/.exec(r.url); if (m) names.push(m[1]); } \
            return names.sort().join(','); })()";
        let mut kept = serde_json::Value::Null;
        for _ in 0..100 {
            kept = b.eval(KEPT).await?;
            if kept == "ru" {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if kept != "ru" {
            return Err(format!("the cache should hold the Russian pack only, it holds: {kept}"));
        }

        b.cut_network().await?;
        if b.network_reachable().await? {
            return Err("the network is still reachable: this test would prove nothing".into());
        }
        // The probe's failed request is logged by the browser; it is ours, not the app's.
        let _ = b.console_errors().await;

        b.client.refresh().await.map_err(|e| e.to_string())?;
        b.wait_for_heading("Что у вас случилось?").await?;
        let input = b.wait_for("#zg-search-input").await?;
        input.send_keys("алименты").await.map_err(|e| e.to_string())?;
        b.click(".zg-search-results li:first-child").await?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        b.click(".zg-cta a").await?;
        b.wait_for("#zg-f-lives_with_me").await?;
        b.screenshot("form-offline", 360).await?;
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
        b.open_hash("#/ru/form/alimony.claim").await?;
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
