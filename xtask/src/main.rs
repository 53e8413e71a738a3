//! `cargo xtask <command>`: the project's own commands. Each installs what it needs first.
//!
//! - `build`  installs the tools and writes the release app to `dist/`
//! - `bundle [--no-build]` builds, then writes the single-file edition (`target/zanger-offline.html`): one HTML file
//!   that works from disk (file://) with no server and no network
//! - `serve`  builds, then serves `dist/` on http://127.0.0.1:8080 (`--port N` to change)
//! - `test`   installs everything and runs every test: native, content, wasm in Chromium, end-to-end
//! - `e2e [--test FILE] [-- NAME]`  only the end-to-end tests (given ones, else all) on the build in `dist/`
//! - `sizes`  prints raw, gzip and brotli sizes of every file in `dist/` as a Markdown table
//! - `budget` checks the size budgets on the build in `dist/` (the last stage of `test`)
//! - `audit [--no-build] [--brotli] [--runs N] [/lang/page/ ...]`  Lighthouse (mobile, simulated throttling)
//!   on the release build: scores, metrics, medians of N runs (3) and failing audits of home, a topic, a
//!   guide and a questionnaire's start page in kk and ru, by their real URLs
//!   (`--brotli`: served brotli-compressed, as a production host would)
//! - `bench-browser`  times search per keystroke in headless Chromium: ours (wasm), Fuse.js, MiniSearch
//! - `bench-documents [--cpu-throttle N]`  times document generation (text, DOCX, PDF) of every questionnaire
//!   in headless Chromium against the 50 ms target
//! - `kb search --lang <kk|ru|en> "<query>"`  how a query ranks (one JSON object per result)
//! - `kb search-batch`  reads `lang<TAB>query` lines, prints one JSON array of results per line

mod audit;
mod bench;
mod bench_documents;
mod budget;
mod build;
mod bundle;
mod kb;
mod offline;
mod pages;
mod server;
mod sizes;
mod test;
mod tools;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("build") => build::release(&root()).map(|_| ()),
        Some("bundle") => bundle::run(&root(), &args[1..]),
        Some("serve") => serve(&args[1..]),
        Some("test") => test::all(&root()),
        Some("e2e") => test::end_to_end_only(&root(), &args[1..]),
        Some("sizes") => sizes::print(&root().join("dist")),
        Some("budget") => budget::enforce(&root()),
        Some("audit") => audit::run(&root(), &args[1..]),
        Some("bench-browser") => bench::browser(&root()),
        Some("bench-documents") => bench_documents::run(&root(), &args[1..]),
        Some("kb") => kb::run(&args[1..]),
        Some("tools") => tools::ensure_all(&root(), tools::Needs::Everything).map(|_| ()),
        _ => Err(usage()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn usage() -> String {
    "usage: cargo xtask <build | bundle [--no-build] | serve [--port N] | test | e2e [--test FILE] | sizes | budget | audit [--no-build] [--brotli] [--runs N] [/lang/page/ ...] | bench-browser | bench-documents [--cpu-throttle N] | tools | kb search --lang L \"query\" | kb search-batch>".into()
}

fn serve(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => 8080,
        [flag, value] if flag == "--port" => value.parse().map_err(|_| format!("bad port `{value}`"))?,
        _ => return Err(usage()),
    };
    let root = root();
    build::release(&root)?;
    let server = server::Server::start(root.join("dist"), port)?;
    println!("Zanger is served on http://127.0.0.1:{} (Ctrl+C to stop)", server.port());
    server.join();
    Ok(())
}

/// The workspace root (the folder above xtask/).
fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

/// Runs a command, echoing it; fails with its exit status.
pub fn run(cmd: &mut std::process::Command) -> Result<(), String> {
    println!("$ {}", describe(cmd));
    let status = cmd.status().map_err(|e| format!("cannot start {}: {e}", describe(cmd)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(cmd)))
    }
}

pub fn describe(cmd: &std::process::Command) -> String {
    let mut text = cmd.get_program().to_string_lossy().into_owned();
    for arg in cmd.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}
