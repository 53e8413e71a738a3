//! The release build: Trunk with the local wasm-bindgen and wasm-opt, never a download.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::tools::{self, Needs};

/// Builds the release app into `dist/` and returns its path.
pub fn release(root: &Path) -> Result<PathBuf, String> {
    let tools = tools::ensure_all(root, Needs::Build)?;
    // Trunk runs cargo offline (below), so make sure every crate is in the local registry first.
    crate::run(Command::new("cargo").args(["fetch", "--quiet"]).current_dir(root))?;

    let path = std::env::var_os("PATH").unwrap_or_default();
    let mut paths = vec![tools.bin_dir.clone()];
    paths.extend(std::env::split_paths(&path));
    let mut cmd = Command::new("trunk");
    cmd.current_dir(root)
        .args(["--verbose", "build", "--release", "--offline"])
        .env("PATH", std::env::join_paths(paths).map_err(|e| e.to_string())?)
        .env("TRUNK_SKIP_VERSION_CHECK", "true")
        // Belt and braces: any download attempt would go to a closed local port and fail loudly.
        .env("HTTPS_PROXY", "http://127.0.0.1:9")
        .env("HTTP_PROXY", "http://127.0.0.1:9")
        .env("ALL_PROXY", "http://127.0.0.1:9")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    println!("$ {}", crate::describe(&cmd));
    let output = cmd.output().map_err(|e| format!("cannot start trunk: {e}"))?;
    let log = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    // The evidence that Trunk used the local tools (its debug log), and anything that went wrong.
    for line in log.lines() {
        let wanted = ["using system installed binary", "downloading", "ERROR", "WARN", "error", "warning:", "success"];
        if wanted.iter().any(|w| line.contains(w)) && !line.contains("Compiling ") {
            println!("trunk: {}", strip_ansi(line));
        }
    }
    if !output.status.success() {
        println!("{}", strip_ansi(&log));
        return Err(format!("trunk build failed ({})", output.status));
    }
    let local = log.lines().filter(|l| l.contains("using system installed binary")).count();
    if local < 2 || log.contains("downloading") {
        return Err("trunk did not use the local wasm-bindgen and wasm-opt (see its log above)".into());
    }
    copy_packs(root, &root.join("dist"))?;
    crate::offline::apply(&root.join("dist"))?;
    let dist = root.join("dist");
    let shell = std::fs::read_to_string(dist.join("index.html")).map_err(|e| format!("dist/index.html: {e}"))?;
    let site = crate::pages::site_url(root)?;
    let pages = crate::pages::write_site(&dist, &shell, &site, zanger::core::date::Date::today_utc())?;
    println!("pages: wrote {pages} prerendered pages, sitemap.xml and robots.txt for {site}");
    println!(
        "built dist/ with local tools only: wasm-bindgen {} (cargo), wasm-opt {} (npm binaryen)",
        tools.wasm_bindgen_version,
        tools::BINARYEN_VERSION
    );
    Ok(root.join("dist"))
}

/// Puts the content packs that `build.rs` wrote for this build (named in `zanger-packs/packs.txt`) next
/// to the app: the app fetches its reader's pack by that name.
fn copy_packs(root: &Path, dist: &Path) -> Result<(), String> {
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let packs = target.join("wasm32-unknown-unknown/release/zanger-packs");
    let list = std::fs::read_to_string(packs.join("packs.txt")).map_err(|e| format!("{}: {e}", packs.join("packs.txt").display()))?;
    for name in list.lines().filter(|l| !l.is_empty()) {
        std::fs::copy(packs.join(name), dist.join(name)).map_err(|e| format!("copy {name}: {e}"))?;
    }
    Ok(())
}

fn strip_ansi(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}
