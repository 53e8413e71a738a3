//! Harness for the end-to-end tests: a fresh headless Chromium per test, driven through chromedriver,
//! against the built app served on 127.0.0.1. `cargo xtask test` starts the server and chromedriver and
//! passes their addresses in `ZANGER_E2E_URL` and `ZANGER_WEBDRIVER`.
//!
//! Every test gets: screenshots under `tests/e2e/screenshots/`, a check that the browser console has no
//! errors, and a WebDriver session that is closed even when the test fails (a leaked session leaves a
//! Chromium running).

use std::path::PathBuf;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

pub use fantoccini;

pub mod fill;

pub struct Browser {
    pub client: Client,
    base: String,
    test: String,
    /// Where the browser saves downloads (empty at the start of each test).
    pub downloads: PathBuf,
}

/// Options of one browser session.
#[derive(Default)]
pub struct Setup {
    /// The browser's preferred languages (`Accept-Language` / `navigator.languages`), e.g. "ru-RU,ru".
    pub accept_languages: Option<&'static str>,
    /// Use the test server whose network can be cut (`ZANGER_E2E_CUTTABLE_URL`).
    pub cuttable: bool,
    /// Use a test server of its own that can be told to serve a new release
    /// (`ZANGER_E2E_RELEASE_URL`; another origin, so no other test shares its service worker).
    pub releasable: bool,
    /// No test server: the test opens its pages with `open_url` (e.g. a `file://` URL), so
    /// `ZANGER_E2E_URL` need not be set.
    pub without_server: bool,
    /// Use the test server that serves the site under `/portal/` (`ZANGER_E2E_SUBPATH_URL`).
    pub under_path: bool,
    /// JavaScript disabled (a reader with scripts blocked; what search engines without scripts see).
    pub scripts_off: bool,
    /// The browser asks to save data (`navigator.connection.saveData`, emulated in every page before
    /// its scripts run), on a cuttable test server of its own (`ZANGER_E2E_SAVE_DATA_URL`).
    pub save_data: bool,
}

/// Runs `body` with a fresh browser, then checks the console and closes the session whatever happened.
pub async fn with_browser(test: &str, setup: Setup, body: impl AsyncFnOnce(&Browser) -> Result<(), String>) {
    let browser = Browser::open(test, &setup).await;
    let outcome = body(&browser).await;
    let console = browser.console_errors().await;
    let _ = browser.client.close().await;
    if let Err(message) = outcome {
        panic!("{test}: {message}");
    }
    if !console.is_empty() {
        panic!("{test}: browser console errors:\n{}", console.join("\n"));
    }
}

impl Browser {
    async fn open(test: &str, setup: &Setup) -> Browser {
        let var = match (setup.cuttable, setup.releasable) {
            _ if setup.under_path => "ZANGER_E2E_SUBPATH_URL",
            _ if setup.save_data => "ZANGER_E2E_SAVE_DATA_URL",
            (true, _) => "ZANGER_E2E_CUTTABLE_URL",
            (_, true) => "ZANGER_E2E_RELEASE_URL",
            _ => "ZANGER_E2E_URL",
        };
        let base = if setup.without_server {
            String::new()
        } else {
            std::env::var(var).unwrap_or_else(|_| panic!("{var} is unset: run the end-to-end tests with `cargo xtask test`"))
        };
        let webdriver = std::env::var("ZANGER_WEBDRIVER").expect("ZANGER_WEBDRIVER is unset: run with `cargo xtask test`");
        let profile = std::env::temp_dir().join(format!("zanger-e2e-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        let mut args = vec![
            "--headless".to_string(),
            "--no-sandbox".into(),
            "--disable-gpu".into(),
            "--disable-dev-shm-usage".into(),
            "--disable-background-networking".into(),
            "--disable-component-update".into(),
            "--disable-quic".into(),
            "--no-first-run".into(),
            "--disable-sync".into(),
            "--hide-scrollbars".into(),
            "--window-size=1280,900".into(),
            format!("--user-data-dir={}", profile.display()),
        ];
        let downloads = profile.with_extension("downloads");
        let _ = std::fs::remove_dir_all(&downloads);
        std::fs::create_dir_all(&downloads).expect("download folder");
        let mut prefs = json!({ "download": { "default_directory": downloads.display().to_string(), "prompt_for_download": false } });
        if setup.scripts_off {
            prefs["profile"] = json!({ "managed_default_content_settings": { "javascript": 2 } });
        }
        if let Some(langs) = setup.accept_languages {
            args.push(format!("--lang={}", langs.split(',').next().unwrap_or(langs)));
            prefs["intl"] = json!({ "accept_languages": langs });
        }
        let caps = json!({
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": "/usr/bin/chromium", "args": args, "prefs": prefs },
            "goog:loggingPrefs": { "browser": "ALL" },
        });
        let caps = caps.as_object().expect("object").clone();
        let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps)
            .connect(&webdriver)
            .await
            .unwrap_or_else(|e| panic!("{test}: cannot start Chromium through {webdriver}: {e}"));
        let browser = Browser { client, base: base.trim_end_matches('/').to_string(), test: test.to_string(), downloads };
        if setup.save_data {
            // Chromium has no switch for it: every page's `navigator.connection` says so before its scripts run.
            let source = "Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, \
                get: () => ({ saveData: true, effectiveType: '4g', addEventListener() {}, removeEventListener() {} }) });";
            browser
                .cdp("Page.addScriptToEvaluateOnNewDocument", json!({ "source": source }))
                .await
                .unwrap_or_else(|e| panic!("{test}: cannot emulate save-data: {e}"));
        }
        browser
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver (`goog/cdp/execute`).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Result<Value, String> {
        self.client.issue_cmd(Cdp { cmd: cmd.to_string(), params }).await.map_err(|e| format!("{cmd}: {e}"))
    }

    /// Opens the app at `hash` (e.g. `#/ru`).
    pub async fn open_hash(&self, hash: &str) -> Result<(), String> {
        self.open_hash_without_waiting(hash).await?;
        self.wait_for_start().await;
        Ok(())
    }

    /// Opens the app at `hash` without waiting for it to start (to see the page before the app).
    pub async fn open_hash_without_waiting(&self, hash: &str) -> Result<(), String> {
        self.client.goto(&format!("{}/{hash}", self.base)).await.map_err(|e| format!("goto {hash}: {e}"))
    }

    /// Reloads the page and waits for the app to start, as `open_hash` does: a page of the site is
    /// prerendered, and the live app takes its place once it has started (a form opened with a draft
    /// shows its answers only then), so a test never reads the page about to be replaced.
    pub async fn reload(&self) -> Result<(), String> {
        self.client.refresh().await.map_err(|e| format!("reload: {e}"))?;
        self.wait_for_start().await;
        Ok(())
    }

    /// Opens any URL (e.g. `file:///…/zanger-offline.html#/ru`).
    pub async fn open_url(&self, url: &str) -> Result<(), String> {
        self.client.goto(url).await.map_err(|e| format!("goto {url}: {e}"))?;
        self.wait_for_start().await;
        Ok(())
    }

    /// Waits (up to 10 s) until the app has replaced index.html's loading line or prerendered home
    /// page (`.zg-boot`), so a test never clicks or types into the page the app is about to replace.
    /// A page that never starts is left to the test's own checks to report.
    pub async fn wait_for_start(&self) {
        for _ in 0..100 {
            if self.eval("return !document.querySelector('#zanger > .zg-boot')").await.ok().and_then(|v| v.as_bool()) == Some(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    pub fn base(&self) -> &str {
        &self.base
    }

    /// Waits (up to 10 s) for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> Result<fantoccini::elements::Element, String> {
        self.client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
            .map_err(|e| format!("no `{css}` after 10 s: {e}"))
    }

    pub async fn text(&self, css: &str) -> Result<String, String> {
        self.wait_for(css).await?.text().await.map_err(|e| format!("text of `{css}`: {e}"))
    }

    pub async fn count(&self, css: &str) -> Result<usize, String> {
        self.client.find_all(Locator::Css(css)).await.map(|v| v.len()).map_err(|e| format!("find `{css}`: {e}"))
    }

    pub async fn click(&self, css: &str) -> Result<(), String> {
        self.wait_for(css).await?.click().await.map_err(|e| format!("click `{css}`: {e}"))
    }

    /// Waits until the main heading reads `text` (pages render after the hash changes).
    pub async fn wait_for_heading(&self, text: &str) -> Result<(), String> {
        for _ in 0..100 {
            if self.text(".zg-main h1").await.ok().as_deref() == Some(text) {
                return Ok(());
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        Err(format!("the heading never read `{text}`; it reads `{}`", self.text(".zg-main h1").await.unwrap_or_default()))
    }

    pub async fn eval(&self, script: &str) -> Result<Value, String> {
        self.client.execute(script, vec![]).await.map_err(|e| format!("script `{script}`: {e}"))
    }

    /// The app's page as `ru/guide/family.alimony`: from the site's URL path, or from an old `#/…` hash
    /// (the single-file edition's navigation).
    pub async fn page(&self) -> Result<String, String> {
        let script = "return location.hash.startsWith('#/') ? location.hash.slice(2) : location.pathname.replace(/index\\.html$/, '').replace(/^\\/+|\\/+$/g, '')";
        Ok(self.eval(script).await?.as_str().unwrap_or_default().to_string())
    }

    pub async fn hash(&self) -> Result<String, String> {
        Ok(self.eval("return location.hash").await?.as_str().unwrap_or_default().to_string())
    }

    /// Saves a PNG of the whole page at `width` px wide as `screenshots/<test>-<name>-<width>.png`.
    pub async fn screenshot(&self, name: &str, width: u32) -> Result<PathBuf, String> {
        let err = |e: fantoccini::error::CmdError| format!("screenshot {name}: {e}");
        self.client.set_window_size(width, 900).await.map_err(err)?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let height = self.eval("return document.documentElement.scrollHeight").await?.as_u64().unwrap_or(900);
        self.client.set_window_size(width, height.clamp(600, 6000) as u32).await.map_err(err)?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let png = self.client.screenshot().await.map_err(err)?;
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("screenshots");
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let path = dir.join(format!("{}-{name}-{width}.png", self.test));
        std::fs::write(&path, png).map_err(|e| e.to_string())?;
        self.client.set_window_size(1280, 900).await.map_err(err)?;
        Ok(path)
    }

    /// Fails if the page scrolls sideways at `width` px (the app must read on a 320 px phone).
    pub async fn fits_width(&self, width: u32) -> Result<(), String> {
        self.client.set_window_size(width, 900).await.map_err(|e| e.to_string())?;
        tokio::time::sleep(Duration::from_millis(150)).await;
        let scroll = self.eval("return document.documentElement.scrollWidth").await?.as_u64().unwrap_or(0);
        let inner = self.eval("return window.innerWidth").await?.as_u64().unwrap_or(0);
        self.client.set_window_size(1280, 900).await.map_err(|e| e.to_string())?;
        if scroll > inner {
            return Err(format!("at {width} px the page is {scroll} px wide (viewport {inner}): it scrolls sideways"));
        }
        Ok(())
    }

    /// Cuts the network for good: the cuttable test server stops answering (a `Setup { cuttable }`
    /// browser only), and chromedriver's emulation takes the page itself offline too.
    pub async fn cut_network(&self) -> Result<(), String> {
        // A fetch from the page (a navigation would be answered from the cache by the service worker).
        let script = "const done = arguments[arguments.length - 1]; \
            fetch('/__zanger_test/cut-network', { cache: 'no-store' }).then((r) => r.text()).then(done, (e) => done(String(e)));";
        let answer = self.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
        if answer != "network cut" {
            return Err(format!("the test server was not cut: {answer}"));
        }
        self.client.issue_cmd(NetworkConditions { offline: true }).await.map(|_| ()).map_err(|e| format!("network conditions: {e}"))
    }

    /// Takes the page offline through chromedriver's network emulation alone (no test server involved):
    /// for pages that should need no network at all.
    pub async fn emulate_offline(&self) -> Result<(), String> {
        self.client.issue_cmd(NetworkConditions { offline: true }).await.map(|_| ()).map_err(|e| format!("network conditions: {e}"))
    }

    /// Whether a request for a file that no cache holds reaches the server.
    pub async fn network_reachable(&self) -> Result<bool, String> {
        let script = "const done = arguments[arguments.length - 1]; \
            fetch('/offline-probe-' + Date.now(), { cache: 'no-store' }).then(() => done(true), () => done(false));";
        let reached = self.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
        Ok(reached == Value::Bool(true))
    }

    /// Waits (up to 10 s) for a finished download named `name` and returns its bytes.
    pub async fn downloaded(&self, name: &str) -> Result<Vec<u8>, String> {
        let path = self.downloads.join(name);
        for _ in 0..100 {
            if let Ok(bytes) = std::fs::read(&path) {
                if !bytes.is_empty() {
                    return Ok(bytes);
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let found: Vec<_> = std::fs::read_dir(&self.downloads).into_iter().flatten().flatten().map(|e| e.file_name()).collect();
        Err(format!("no download {name} after 10 s; the folder has {found:?}"))
    }

    /// SEVERE entries of the browser console since the last call.
    pub async fn console_errors(&self) -> Vec<String> {
        match self.client.issue_cmd(BrowserLog).await {
            Ok(Value::Array(entries)) => entries
                .iter()
                .filter(|e| e["level"] == "SEVERE")
                // The favicon is requested by the browser itself, not by the app.
                .filter(|e| !e["message"].as_str().unwrap_or("").contains("favicon.ico"))
                .map(|e| e["message"].as_str().unwrap_or("").to_string())
                .collect(),
            Ok(other) => vec![format!("unexpected log answer: {other}")],
            Err(e) => vec![format!("cannot read the browser log: {e}")],
        }
    }
}

/// chromedriver's log endpoint (not part of W3C WebDriver, so fantoccini has no method for it).
#[derive(Debug)]
struct BrowserLog;

impl fantoccini::wd::WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or("")))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_string()))
    }
}

/// chromedriver's door to the DevTools Protocol (not W3C WebDriver, so fantoccini has no method for it).
#[derive(Debug)]
struct Cdp {
    cmd: String,
    params: Value,
}

impl fantoccini::wd::WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/goog/cdp/execute", session.unwrap_or("")))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({ "cmd": self.cmd, "params": self.params }).to_string()))
    }
}

/// chromedriver's network emulation (`offline: true` cuts the page's own requests; not a service
/// worker's, hence the cuttable server as well).
#[derive(Debug)]
struct NetworkConditions {
    offline: bool,
}

impl fantoccini::wd::WebDriverCompatibleCommand for NetworkConditions {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/chromium/network_conditions", session.unwrap_or("")))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        let body = format!(r#"{{"network_conditions":{{"offline":{},"latency":0,"download_throughput":0,"upload_throughput":0}}}}"#, self.offline);
        (http::Method::POST, Some(body))
    }
}
