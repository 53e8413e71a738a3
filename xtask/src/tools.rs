//! Installs what the build and the tests need, each only when absent or at the wrong version, so a
//! second run costs seconds. Nothing comes from GitHub: crates.io (trunk, wasm-bindgen-cli), npm
//! (binaryen's wasm-opt) and Debian (Chromium, chromedriver) only.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::run;

/// Pinned: trunk 0.22 needs a newer rustc than this machine's 1.95.
pub const TRUNK_VERSION: &str = "0.21.14";
/// Pinned npm `binaryen` release whose wasm-opt Trunk.toml names (`version_132`). Debian's wasm-opt 108
/// produces a wasm that fails at run time.
pub const BINARYEN_VERSION: &str = "132";
/// Pinned npm `axe-core`, run inside the page by the accessibility end-to-end test.
pub const AXE_VERSION: &str = "4.14.1";
/// Pinned npm `ical.js` (Mozilla's iCalendar parser, Thunderbird's): the calendar end-to-end test reads
/// the app's `.ics` with it (`tests/e2e/ics-check.mjs`), an independent reader of what the app writes.
pub const ICAL_JS_VERSION: &str = "2.2.1";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const CHROMIUM: &str = "/usr/bin/chromium";

#[derive(Clone, Copy, PartialEq)]
pub enum Needs {
    /// Building the app.
    Build,
    /// Building and testing it in a browser.
    Everything,
}

/// Where the tools ended up; `bin_dir` goes first on PATH for Trunk.
pub struct Tools {
    pub bin_dir: PathBuf,
    pub wasm_bindgen_version: String,
}

pub fn ensure_all(root: &Path, needs: Needs) -> Result<Tools, String> {
    ensure_wasm_target()?;
    let wasm_bindgen_version = locked_version(root, "wasm-bindgen")?;
    ensure_cargo_tool("trunk", "trunk", TRUNK_VERSION, &["--locked"])?;
    ensure_cargo_tool("wasm-bindgen", "wasm-bindgen-cli", &wasm_bindgen_version, &[])?;
    let bin_dir = ensure_wasm_opt(root)?;
    if needs == Needs::Everything {
        ensure_chromium()?;
        ensure_pdftotext()?;
        ensure_axe(root)?;
        ensure_ical_js(root)?;
    }
    Ok(Tools { bin_dir, wasm_bindgen_version })
}

/// First line of `program --version`, or `None` if it does not run.
fn version_of(program: &str) -> Option<String> {
    let out = Command::new(program).arg("--version").output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).lines().next().unwrap_or("").trim().to_string())
}

fn ensure_wasm_target() -> Result<(), String> {
    let out = Command::new("rustup").args(["target", "list", "--installed"]).output();
    let installed = out.map(|o| String::from_utf8_lossy(&o.stdout).contains("wasm32-unknown-unknown")).unwrap_or(false);
    if installed {
        println!("ok: rust target wasm32-unknown-unknown");
        return Ok(());
    }
    run(Command::new("rustup").args(["target", "add", "wasm32-unknown-unknown"]))
}

/// Installs `krate` at exactly `version` from crates.io unless `program --version` already says so.
fn ensure_cargo_tool(program: &str, krate: &str, version: &str, extra: &[&str]) -> Result<(), String> {
    let found = version_of(program);
    if found.as_deref().is_some_and(|v| v.split_whitespace().nth(1) == Some(version)) {
        println!("ok: {program} {version}");
        return Ok(());
    }
    println!("installing {krate} {version} (found: {})", found.as_deref().unwrap_or("none"));
    let mut cmd = Command::new("cargo");
    cmd.args(["install", krate, "--version", version, "--force"]).args(extra);
    run(&mut cmd)
}

/// The version of `package` recorded in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock.find(&needle).ok_or_else(|| format!("{package} is not in Cargo.lock"))? + needle.len();
    let end = lock[start..].find('"').ok_or("malformed Cargo.lock")? + start;
    Ok(lock[start..end].to_string())
}

/// wasm-opt from the npm package `binaryen`, in the git-ignored `tools/` folder, linked into `tools/bin`.
fn ensure_wasm_opt(root: &Path) -> Result<PathBuf, String> {
    let tools = root.join("tools");
    let bin_dir = tools.join("bin");
    let link = bin_dir.join("wasm-opt");
    let wanted = format!("version {BINARYEN_VERSION}");
    if version_of(&link.to_string_lossy()).is_some_and(|v| v.contains(&wanted)) {
        println!("ok: wasm-opt {wanted} (npm binaryen)");
        return Ok(bin_dir);
    }
    let prefix = tools.join("binaryen");
    std::fs::create_dir_all(&prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix"])
        .arg(&prefix)
        .arg(format!("binaryen@{BINARYEN_VERSION}")))?;
    std::fs::create_dir_all(&bin_dir).map_err(|e| format!("{}: {e}", bin_dir.display()))?;
    let _ = std::fs::remove_file(&link);
    let target = prefix.join("node_modules/binaryen/bin/wasm-opt");
    std::os::unix::fs::symlink(&target, &link).map_err(|e| format!("link wasm-opt: {e}"))?;
    match version_of(&link.to_string_lossy()) {
        Some(v) if v.contains(&wanted) => {
            println!("ok: installed wasm-opt ({v})");
            Ok(bin_dir)
        }
        other => Err(format!("wasm-opt from npm binaryen@{BINARYEN_VERSION} reports {other:?}")),
    }
}

/// axe-core's browser build, in the git-ignored `tools/axe`.
pub fn axe_js(root: &Path) -> PathBuf {
    root.join("tools/axe/node_modules/axe-core/axe.min.js")
}

fn ensure_axe(root: &Path) -> Result<(), String> {
    let package = root.join("tools/axe/node_modules/axe-core/package.json");
    let installed = std::fs::read_to_string(&package).unwrap_or_default();
    if installed.contains(&format!("\"version\": \"{AXE_VERSION}\"")) && axe_js(root).is_file() {
        println!("ok: axe-core {AXE_VERSION} (npm)");
        return Ok(());
    }
    let prefix = root.join("tools/axe");
    std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix"])
        .arg(&prefix)
        .arg(format!("axe-core@{AXE_VERSION}")))
}

fn ensure_ical_js(root: &Path) -> Result<(), String> {
    let prefix = root.join("tools/ical");
    let installed = std::fs::read_to_string(prefix.join("node_modules/ical.js/package.json")).unwrap_or_default();
    if installed.contains(&format!("\"version\": \"{ICAL_JS_VERSION}\"")) && prefix.join("node_modules/ical.js/dist/ical.js").is_file() {
        println!("ok: ical.js {ICAL_JS_VERSION} (npm)");
        return Ok(());
    }
    std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error", "--prefix"])
        .arg(&prefix)
        .arg(format!("ical.js@{ICAL_JS_VERSION}")))
}

/// Chromium and chromedriver from Debian, at the same major version.
fn ensure_chromium() -> Result<(), String> {
    let browser = version_of(CHROMIUM);
    let driver = version_of(CHROMEDRIVER);
    let major = |v: &Option<String>| -> Option<String> {
        v.as_ref()?.split_whitespace().find(|w| w.contains('.')).and_then(|w| w.split('.').next()).map(String::from)
    };
    if browser.is_some() && major(&browser) == major(&driver) {
        println!("ok: {} / {}", browser.unwrap_or_default(), driver.unwrap_or_default());
        return Ok(());
    }
    println!("installing chromium and chromium-driver from Debian");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get").args(["install", "-y", "-qq", "chromium", "chromium-driver"]).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// `pdftotext` (Debian poppler-utils): the end-to-end tests read the text of the PDFs the app makes
/// with a reader that is not ours.
pub const PDFTOTEXT: &str = "/usr/bin/pdftotext";

fn ensure_pdftotext() -> Result<(), String> {
    if Path::new(PDFTOTEXT).exists() {
        return Ok(());
    }
    println!("installing poppler-utils (pdftotext) from Debian");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get").args(["install", "-y", "-qq", "poppler-utils"]).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Pinned npm `lighthouse`, run by `cargo xtask audit` against Debian's Chromium.
pub const LIGHTHOUSE_VERSION: &str = "12.2.3";

/// Lighthouse's command-line entry point, in the git-ignored `tools/lighthouse`.
pub fn lighthouse_cli(root: &Path) -> PathBuf {
    root.join("tools/lighthouse/node_modules/lighthouse/cli/index.js")
}

/// What `cargo xtask audit` needs besides the build: Chromium (Debian) and Lighthouse (npm).
pub fn ensure_audit(root: &Path) -> Result<(), String> {
    ensure_chromium()?;
    ensure_lighthouse(root)
}

fn ensure_lighthouse(root: &Path) -> Result<(), String> {
    let prefix = root.join("tools/lighthouse");
    let package = prefix.join("node_modules/lighthouse/package.json");
    let wanted = format!("\"version\": \"{LIGHTHOUSE_VERSION}\"");
    let present = || std::fs::read_to_string(&package).unwrap_or_default().contains(&wanted) && lighthouse_cli(root).is_file();
    if present() {
        println!("ok: lighthouse {LIGHTHOUSE_VERSION} (npm)");
        return Ok(());
    }
    std::fs::create_dir_all(&prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error", "--save-exact", "--prefix"])
        .arg(&prefix)
        .arg(format!("lighthouse@{LIGHTHOUSE_VERSION}")))?;
    if present() {
        Ok(())
    } else {
        Err(format!("npm did not install lighthouse {LIGHTHOUSE_VERSION} into {}", prefix.display()))
    }
}

/// The headless Chromium flags every tool that starts Chromium uses (after the headless flag itself):
/// no sandbox (containers), and nothing that would reach the network on its own.
pub const CHROMIUM_QUIET_FLAGS: [&str; 7] = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
];
