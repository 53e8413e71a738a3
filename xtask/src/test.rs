//! `cargo xtask test`: every test, in order of cost. Stops at the first failing stage.

use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::server::Server;
use crate::tools::{self, Needs};
use crate::{build, run};

/// One stage of the run: it passes or says why not.
type Stage<'a> = dyn Fn() -> Result<(), String> + 'a;

pub fn all(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    warn_of_ending_figures();
    tools::ensure_all(root, Needs::Everything)?;
    let stages: [(&str, &Stage); 5] = [
        ("native unit tests and content validation", &|| native(root)),
        ("component tests (wasm-bindgen-test in headless Chromium)", &|| components(root)),
        ("release build with Trunk", &|| build::release(root).map(|_| ())),
        ("end-to-end tests (WebDriver, headless Chromium)", &|| end_to_end(root, &[])),
        ("size budgets (critical bytes per page, app code, wasm growth)", &|| crate::budget::enforce(root)),
    ];
    let total = stages.len();
    for (done, (name, stage)) in stages.iter().enumerate() {
        println!("\n=== {name}");
        let t = Instant::now();
        if let Err(e) = stage() {
            println!("\nstages: {done} passed, 1 failed");
            return Err(format!("{name}: {e}"));
        }
        println!("=== {name}: ok in {:.1} s", t.elapsed().as_secs_f64());
    }
    println!("\nall tests passed in {:.1} s", started.elapsed().as_secs_f64());
    println!("stages: {total} passed, 0 failed");
    Ok(())
}

/// A warning line (not a failure) for every figure whose last known period ends within 60 days, so an
/// editor sees in every run that next year's value is due (content/README.md says how to add it).
fn warn_of_ending_figures() {
    for line in ending_figures_warnings(zanger::core::date::Date::today_utc()) {
        println!("{line}");
    }
}

fn ending_figures_warnings(today: zanger::core::date::Date) -> Vec<String> {
    let all = zanger::core::content::figures();
    zanger::core::figure_expiry::ending_within(all, today, 60)
        .into_iter()
        .map(|(key, until)| {
            let state = if until < today { "ended" } else { "ends" };
            format!("warning: figure `{key}`: its last known value {state} on {until}; add the next period's value to content/figures.toml")
        })
        .collect()
}

fn native(root: &Path) -> Result<(), String> {
    run(Command::new("cargo").current_dir(root).args(["test", "--workspace", "--exclude", "zanger-e2e"]))
}

fn components(root: &Path) -> Result<(), String> {
    run(Command::new("cargo")
        .current_dir(root)
        .args(["test", "-p", "zanger", "--target", "wasm32-unknown-unknown", "--test", "components", "--features", "embed-packs"])
        .env("CHROMEDRIVER", tools::CHROMEDRIVER))
}

/// `cargo xtask e2e [--test FILE] [NAME…]`: only the end-to-end tests (those given, else all) on the
/// release build already in `dist/` (while working on one page; `cargo xtask test` runs them all).
pub fn end_to_end_only(root: &Path, filters: &[String]) -> Result<(), String> {
    tools::ensure_all(root, Needs::Everything)?;
    end_to_end(root, filters)
}

fn end_to_end(root: &Path, filters: &[String]) -> Result<(), String> {
    // Build the tests first so that chromedriver and the server are not kept waiting.
    run(Command::new("cargo").current_dir(root).args(["test", "-p", "zanger-e2e", "--no-run"]))?;
    // The single-file edition of this same build, opened from disk by `tests/e2e/tests/bundle.rs`.
    let bundle = crate::bundle::write(root, &root.join("dist"))?;
    let server = Server::start(root.join("dist"), 0)?;
    let cuttable = Server::start_cuttable(root.join("dist"))?;
    // A third server (another origin) for the update test, which makes its server serve a new release.
    let releasable = Server::start_cuttable(root.join("dist"))?;
    // Another cuttable one for the offline test of a browser that asks to save data (cut on its own).
    let save_data = Server::start_cuttable(root.join("dist"))?;
    // A fourth that serves the site under a base path, as another site's `/portal/` would.
    let under_path = Server::start_under(root.join("dist"), "/portal/")?;
    let driver = ChromeDriver::start()?;
    let screenshots = root.join("tests/e2e/screenshots");
    let _ = std::fs::remove_dir_all(&screenshots);
    let result = run(Command::new("cargo")
        .current_dir(root)
        .args(["test", "-p", "zanger-e2e"])
        .args(filters.iter().take_while(|f| *f != "--"))
        .args(["--", "--test-threads=2"])
        .args(filters.iter().skip_while(|f| *f != "--").skip(1))
        .env("ZANGER_E2E_URL", format!("http://127.0.0.1:{}/", server.port()))
        .env("ZANGER_E2E_CUTTABLE_URL", format!("http://127.0.0.1:{}/", cuttable.port()))
        .env("ZANGER_E2E_RELEASE_URL", format!("http://127.0.0.1:{}/", releasable.port()))
        .env("ZANGER_E2E_SAVE_DATA_URL", format!("http://127.0.0.1:{}/", save_data.port()))
        .env("ZANGER_E2E_SUBPATH_URL", format!("http://127.0.0.1:{}/portal/", under_path.port()))
        .env("ZANGER_AXE_JS", tools::axe_js(root))
        .env("ZANGER_E2E_BUNDLE", &bundle)
        .env("ZANGER_WEBDRIVER", format!("http://127.0.0.1:{}", driver.port)));
    drop(driver);
    result?;
    let count = std::fs::read_dir(&screenshots).map(|d| d.count()).unwrap_or(0);
    println!("{count} screenshots in {}", screenshots.display());
    Ok(())
}

/// chromedriver on a free loopback port, killed when dropped (also when a test fails).
pub(crate) struct ChromeDriver {
    child: Child,
    pub(crate) port: u16,
}

impl ChromeDriver {
    pub(crate) fn start() -> Result<ChromeDriver, String> {
        let port = TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map_err(|e| e.to_string())?.port();
        let child = Command::new(tools::CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot start chromedriver: {e}"))?;
        let driver = ChromeDriver { child, port };
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(driver);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err("chromedriver did not start listening within 10 s".into())
    }
}

impl Drop for ChromeDriver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use zanger::core::date::Date;

    #[test]
    fn a_figure_whose_period_ends_within_sixty_days_is_warned_of() {
        let lines = super::ending_figures_warnings(Date::new(2026, 12, 7));
        assert!(lines.iter().any(|l| l.starts_with("warning: figure `mrp`: its last known value ends on 31.12.2026")), "{lines:?}");
        assert!(super::ending_figures_warnings(Date::new(2026, 6, 1)).is_empty());
    }
}
