//! The single-file edition (`cargo xtask bundle`) opened from disk: a `file://` URL, no server, the
//! network emulated offline. Home, search, a guide, its questionnaire (and its draft across a reload)
//! and a second language all work, and nothing is requested but the file itself and its `data:` URLs.
//! `cargo xtask test` writes the bundle and passes its path in `ZANGER_E2E_BUNDLE`; without it the test
//! is skipped.

use zanger_e2e::{with_browser, Setup};

const HOME_RU: &str = "Что у вас случилось?";
const ALIMONY_KK: &str = "Балаға және жұбайға алимент";

#[tokio::test]
async fn the_single_file_edition_works_from_disk_with_no_server() {
    let Some(path) = std::env::var_os("ZANGER_E2E_BUNDLE") else {
        println!("skipped: ZANGER_E2E_BUNDLE is unset (`cargo xtask test` writes the bundle and sets it)");
        return;
    };
    let path = std::path::PathBuf::from(path);
    let path = path.canonicalize().unwrap_or_else(|e| panic!("ZANGER_E2E_BUNDLE={}: {e}", path.display()));
    let file = url::Url::from_file_path(&path).unwrap_or_else(|()| panic!("{} is not an absolute path", path.display()));

    with_browser("bundle", Setup { without_server: true, ..Setup::default() }, async |b| {
        // No network at all, as on a computer that has none: only the file and its data: URLs load.
        b.emulate_offline().await?;
        b.open_url(&format!("{file}#/ru")).await?;
        b.wait_for_heading(HOME_RU).await?;
        b.wait_for(".zg-app[data-pack='ready']").await?;
        if b.eval("return navigator.onLine").await? != false {
            return Err("the browser is not offline: this test would prove less".into());
        }
        // Styled: the stylesheet is inlined, not lost (the header has the accent colour).
        let header = b.eval("return getComputedStyle(document.querySelector('.zg-header')).backgroundColor").await?;
        if header != "rgb(11, 93, 102)" {
            return Err(format!("the page is not styled: the header's background is {header}"));
        }
        b.screenshot("home", 360).await?;

        let input = b.wait_for("#zg-search-input").await?;
        input.send_keys("алименты").await.map_err(|e| e.to_string())?;
        b.click(".zg-search-results li:first-child").await?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        b.click(".zg-cta a[href*='form/alimony.claim']").await?;
        b.click("#zg-f-lives_with_me").await?; // yes
        b.screenshot("form", 360).await?;
        // The draft is kept in the browser's storage for the file: a reload loses nothing.
        // The page as reloaded is replaced by the live app: wait for it, or the test reads a stale element.
        b.reload().await?;
        b.wait_for("section.zg-form").await?;
        b.wait_for("#zg-f-lives_with_me").await?;
        if b.eval("return document.querySelector('#zg-f-lives_with_me').checked").await? != true {
            return Err("the answer was lost on reload: no draft is kept for a file:// page".into());
        }

        // Another language: its pack comes from its own data: URL in the page.
        b.open_url(&format!("{file}#/kk/guide/family.alimony")).await?;
        b.wait_for_heading(ALIMONY_KK).await?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        assert_eq!(b.eval("return document.querySelector('.zg-app').lang").await?, "kk");
        b.screenshot("guide-kk", 1280).await?;

        // Nothing but the file itself and its data: URLs was requested.
        let requests = b.eval("return performance.getEntriesByType('resource').map(e => e.name)").await?;
        let requests = requests.as_array().ok_or_else(|| format!("no resource list: {requests}"))?;
        let elsewhere: Vec<_> = requests.iter().filter_map(|r| r.as_str()).filter(|u| !u.starts_with("file:") && !u.starts_with("data:")).collect();
        if !elsewhere.is_empty() {
            return Err(format!("requests other than file: and data: {elsewhere:?}"));
        }
        println!(
            "resources requested: {:?}",
            requests.iter().filter_map(|r| r.as_str()).map(|u| u.chars().take(40).collect::<String>()).collect::<Vec<_>>()
        );
        // The PDF font is in the page too (fetched only when a PDF is asked for).
        let font = "const done = arguments[arguments.length - 1]; \
            fetch(window.zangerPackUrls.font).then((r) => r.arrayBuffer()).then((b) => done(b.byteLength), (e) => done(String(e)));";
        let font = b.client.execute_async(font, vec![]).await.map_err(|e| e.to_string())?;
        if font.as_u64().is_none_or(|n| n < 1000) {
            return Err(format!("the PDF font's data: URL did not load: {font}"));
        }
        let page = b.eval("return location.protocol").await?;
        if page != "file:" {
            return Err(format!("the page is not the file: {page}"));
        }
        Ok(())
    })
    .await;
}
