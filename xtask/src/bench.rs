//! `cargo xtask bench-browser`: search per keystroke in headless Chromium, ours (wasm) against Fuse.js
//! and MiniSearch, on the same corpora in the same page and run.
//!
//! Builds `examples/search_bench.rs` for wasm32 as the app is built (release, wasm-bindgen at the
//! Cargo.lock version, wasm-opt -Oz), installs the two npm libraries at pinned versions into the
//! git-ignored `tools/bench/`, serves `target/bench-web/` (those files and `bench/`) on 127.0.0.1,
//! drives Chromium through chromedriver with plain WebDriver requests, and prints a Markdown table.
//! The page's own JSON goes to `target/bench-browser.json`, the table to `target/bench-browser.md`.

use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use zanger::core::content;
use zanger::core::search::{Document, Index};

use crate::server::Server;
use crate::test::ChromeDriver;
use crate::tools::{self, Needs};
use crate::{run, sizes};

/// Pinned npm versions (current stable when the benchmark was written).
pub const FUSE_VERSION: &str = "7.5.0";
pub const MINISEARCH_VERSION: &str = "7.2.0";
/// How long the page may take (it budgets itself to about half of this).
const WAIT: Duration = Duration::from_secs(600);
/// The page's own title before it starts; still there after this long means it never started.
const START_WAIT: Duration = Duration::from_secs(60);
/// The benchmark page's Chromium: headless, the quiet flags, a desktop window.
fn chromium_flags() -> Vec<String> {
    let mut flags = vec!["--headless".to_string()];
    flags.extend(crate::tools::CHROMIUM_QUIET_FLAGS.iter().map(|f| f.to_string()));
    flags.push("--window-size=1280,900".to_string());
    flags
}
const ENGINES: [&str; 3] = ["ours", "fuse.js", "minisearch"];
const CORPORA: [&str; 2] = ["real", "10k"];

pub fn browser(root: &Path) -> Result<(), String> {
    let tools = tools::ensure_all(root, Needs::Everything)?;
    let web = root.join("target/bench-web");
    let _ = std::fs::remove_dir_all(&web);
    std::fs::create_dir_all(&web).map_err(|e| format!("{}: {e}", web.display()))?;
    build_wasm(root, &tools, &web, "search_bench")?;
    let modules = ensure_npm(root)?;
    copy(&modules.join("fuse.js/dist/fuse.mjs"), &web.join("fuse.mjs"))?;
    copy(&modules.join("minisearch/dist/es/index.js"), &web.join("minisearch.js"))?;
    for page in ["index.html", "bench.js", "page.js"] {
        copy(&root.join("bench").join(page), &web.join(page))?;
    }

    let server = Server::start(web, 0)?;
    let driver = ChromeDriver::start()?;
    let profile = std::env::temp_dir().join(format!("zanger-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let outcome = measure(driver.port, server.port(), &profile);
    drop(driver);
    let _ = std::fs::remove_dir_all(&profile);
    let measured = outcome?;

    let json_path = root.join("target/bench-browser.json");
    std::fs::write(&json_path, &measured.results).map_err(|e| format!("{}: {e}", json_path.display()))?;
    let results: Value = serde_json::from_str(&measured.results).map_err(|e| format!("the page's results are not JSON: {e}"))?;

    println!("measuring index sizes (ours natively, checked against the wasm's)");
    let mut sizes = Vec::new();
    for (corpus, index) in [("real", content::all_languages_index().clone()), ("10k", synthetic_index())] {
        let data = index_data(&index);
        let wasm = run_of(&results, "ours", corpus).and_then(|r| r.get("index"));
        let wasm_bytes = wasm.and_then(|i| i["bytes"].as_u64());
        let wasm_hash = wasm.and_then(|i| i["fnv1a"].as_u64());
        if wasm_bytes != Some(data.len() as u64) || wasm_hash != Some(u64::from(fnv1a(&data))) {
            return Err(format!(
                "{corpus} corpus: the native index ({} bytes, fnv1a {}) differs from the wasm's ({wasm_bytes:?} bytes, fnv1a {wasm_hash:?})",
                data.len(),
                fnv1a(&data)
            ));
        }
        sizes.push(Size { engine: "ours", corpus, raw: data.len(), brotli: Some(sizes::brotli(&data)) });
    }
    for (engine, text) in &measured.serialized {
        sizes.push(Size { engine, corpus: "real", raw: text.len(), brotli: Some(sizes::brotli(text.as_bytes())) });
    }

    let table = render(&results, &measured.browser_version, &sizes)?;
    println!("\n{table}");
    let md_path = root.join("target/bench-browser.md");
    std::fs::write(&md_path, &table).map_err(|e| format!("{}: {e}", md_path.display()))?;
    println!("raw results: {}\ntable: {}", json_path.display(), md_path.display());
    Ok(())
}

pub(crate) fn copy(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("copy {} to {}: {e}", from.display(), to.display()))
}

/// The example in release, through the pinned wasm-bindgen and wasm-opt -Oz, as Trunk builds the app:
/// `<example>.js` and `<example>_bg.wasm` in `web`.
pub(crate) fn build_wasm(root: &Path, tools: &tools::Tools, web: &Path, example: &str) -> Result<(), String> {
    run(Command::new("cargo").current_dir(root).args(["build", "--release", "--target", "wasm32-unknown-unknown", "--example", example, "--features", "embed-packs"]))?;
    let wasm = root.join(format!("target/wasm32-unknown-unknown/release/examples/{example}.wasm"));
    run(Command::new("wasm-bindgen").args(["--target", "web", "--no-typescript", "--out-dir"]).arg(web).arg(&wasm))?;
    let bindgen_out = web.join(format!("{example}_bg.wasm"));
    let optimized = web.join(format!("{example}_bg.opt.wasm"));
    run(Command::new(tools.bin_dir.join("wasm-opt")).arg(format!("--output={}", optimized.display())).arg("-Oz").arg(&bindgen_out))?;
    std::fs::rename(&optimized, &bindgen_out).map_err(|e| format!("{}: {e}", bindgen_out.display()))?;
    println!("built {} (wasm-bindgen {}, wasm-opt -Oz)", bindgen_out.display(), tools.wasm_bindgen_version);
    Ok(())
}

/// Fuse.js and MiniSearch from npm at the pinned versions in `tools/bench/`, installed only when absent
/// or at another version. Returns their `node_modules`.
fn ensure_npm(root: &Path) -> Result<PathBuf, String> {
    let prefix = root.join("tools/bench");
    let modules = prefix.join("node_modules");
    let wanted = [("fuse.js", FUSE_VERSION), ("minisearch", MINISEARCH_VERSION)];
    let installed = |name: &str| -> Option<String> {
        let text = std::fs::read_to_string(modules.join(name).join("package.json")).ok()?;
        serde_json::from_str::<Value>(&text).ok()?["version"].as_str().map(String::from)
    };
    if wanted.iter().all(|(name, version)| installed(name).as_deref() == Some(*version)) {
        println!("ok: npm fuse.js {FUSE_VERSION}, minisearch {MINISEARCH_VERSION} (tools/bench)");
        return Ok(modules);
    }
    std::fs::create_dir_all(&prefix).map_err(|e| format!("{}: {e}", prefix.display()))?;
    run(Command::new("npm")
        .args(["install", "--no-audit", "--no-fund", "--loglevel=error", "--save-exact", "--prefix"])
        .arg(&prefix)
        .args(wanted.iter().map(|(name, version)| format!("{name}@{version}"))))?;
    for (name, version) in wanted {
        let found = installed(name);
        if found.as_deref() != Some(version) {
            return Err(format!("npm installed {name} {found:?}, wanted {version}"));
        }
    }
    Ok(modules)
}

struct Measured {
    results: String,
    browser_version: String,
    /// The real corpus's serialized index of each library, as the page measured it.
    serialized: Vec<(&'static str, String)>,
}

fn measure(driver: u16, server: u16, profile: &Path) -> Result<Measured, String> {
    let (session, browser_version) = Session::start(driver, profile)?;
    println!("Chromium {browser_version}; opening http://127.0.0.1:{server}/ (waiting up to {} s)", WAIT.as_secs());
    session.command("POST", "/timeouts", Some(json!({ "script": 120_000, "pageLoad": 120_000 })))?;
    session.command("POST", "/url", Some(json!({ "url": format!("http://127.0.0.1:{server}/index.html") })))?;
    let started = Instant::now();
    let (mut shown, mut shown_at) = (String::new(), Instant::now());
    loop {
        let title = session.command("GET", "/title", None)?.as_str().unwrap_or("").to_string();
        match title.as_str() {
            "done" => break,
            "error" => return Err(format!("the benchmark page failed: {}", session.script("return document.getElementById('results').textContent;", json!([]))?)),
            "search benchmark" if started.elapsed() > START_WAIT => {
                return Err(format!("the page did not start within {} s (see target/bench-web)", START_WAIT.as_secs()));
            }
            _ => {}
        }
        let stage = title.split(" keystroke").next().unwrap_or("").to_string();
        if stage != shown || shown_at.elapsed() > Duration::from_secs(30) {
            println!("[{:>4.0} s] {title}", started.elapsed().as_secs_f64());
            (shown, shown_at) = (stage, Instant::now());
        }
        if started.elapsed() > WAIT {
            return Err(format!("no results after {} s (page: {title})", WAIT.as_secs()));
        }
        std::thread::sleep(Duration::from_secs(1));
    }
    println!("[{:>4.0} s] done", started.elapsed().as_secs_f64());
    let results = session.script("return document.getElementById('results').textContent;", json!([]))?;
    let mut serialized = Vec::new();
    for engine in ["fuse.js", "minisearch"] {
        serialized.push((engine, session.script("return window.__serialized[arguments[0]];", json!([engine]))?));
    }
    Ok(Measured { results, browser_version, serialized })
}

/// A WebDriver session over plain HTTP; deleted (closing Chromium) when dropped.
pub(crate) struct Session {
    port: u16,
    id: String,
}

impl Session {
    pub(crate) fn start(port: u16, profile: &Path) -> Result<(Session, String), String> {
        let mut args = chromium_flags();
        args.push(format!("--user-data-dir={}", profile.display()));
        let caps = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": tools::CHROMIUM, "args": args },
        } } });
        let value = webdriver(port, "POST", "/session", Some(&caps))?;
        let id = value["sessionId"].as_str().ok_or_else(|| format!("no session id in {value}"))?.to_string();
        let version = value["capabilities"]["browserVersion"].as_str().unwrap_or("unknown").to_string();
        Ok((Session { port, id }, version))
    }

    pub(crate) fn command(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value, String> {
        webdriver(self.port, method, &format!("/session/{}{path}", self.id), body.as_ref())
    }

    /// Runs `script` in the page; its result must be a string.
    pub(crate) fn script(&self, script: &str, args: Value) -> Result<String, String> {
        let value = self.command("POST", "/execute/sync", Some(json!({ "script": script, "args": args })))?;
        value.as_str().map(String::from).ok_or_else(|| format!("`{script}` returned {value}"))
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = webdriver(self.port, "DELETE", &format!("/session/{}", self.id), None);
    }
}

/// One WebDriver command: its `value`, or the error WebDriver reported.
fn webdriver(port: u16, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
    let body = body.map(Value::to_string);
    let (status, text) = http(port, method, path, body.as_deref()).map_err(|e| format!("WebDriver {method} {path}: {e}"))?;
    let reply: Value = serde_json::from_str(&text).map_err(|e| format!("WebDriver {method} {path}: {e}: {text:.300}"))?;
    let value = reply.get("value").cloned().unwrap_or(Value::Null);
    if status == 200 {
        Ok(value)
    } else {
        Err(format!("WebDriver {method} {path}: {status} {}: {}", value["error"], value["message"]))
    }
}

/// A minimal HTTP/1.1 client for chromedriver on loopback: one request per connection.
fn http(port: u16, method: &str, path: &str, body: Option<&str>) -> Result<(u16, String), String> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).map_err(|e| e.to_string())?;
    stream.set_read_timeout(Some(Duration::from_secs(300))).map_err(|e| e.to_string())?;
    let body = body.unwrap_or("");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).map_err(|e| e.to_string())?;
    read_response(&mut BufReader::new(stream))
}

/// Status and body of a response: Content-Length, chunked, or up to the end of the connection.
fn read_response(reader: &mut impl BufRead) -> Result<(u16, String), String> {
    let mut line = String::new();
    reader.read_line(&mut line).map_err(|e| e.to_string())?;
    let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).ok_or_else(|| format!("bad status line {line:?}"))?;
    let (mut length, mut chunked) = (None, false);
    loop {
        line.clear();
        reader.read_line(&mut line).map_err(|e| e.to_string())?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        let (name, value) = header.split_once(':').unwrap_or((header, ""));
        match name.trim().to_ascii_lowercase().as_str() {
            "content-length" => length = value.trim().parse::<usize>().ok(),
            "transfer-encoding" => chunked = value.to_ascii_lowercase().contains("chunked"),
            _ => {}
        }
    }
    let mut body = Vec::new();
    if chunked {
        loop {
            line.clear();
            reader.read_line(&mut line).map_err(|e| e.to_string())?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or(""), 16).map_err(|_| format!("bad chunk size {line:?}"))?;
            if size == 0 {
                break;
            }
            let start = body.len();
            body.resize(start + size, 0);
            reader.read_exact(&mut body[start..]).map_err(|e| e.to_string())?;
            line.clear();
            reader.read_line(&mut line).map_err(|e| e.to_string())?;
        }
    } else if let Some(length) = length {
        body.resize(length, 0);
        reader.read_exact(&mut body).map_err(|e| e.to_string())?;
    } else {
        reader.read_to_end(&mut body).map_err(|e| e.to_string())?;
    }
    String::from_utf8(body).map(|text| (status, text)).map_err(|e| e.to_string())
}

/// The generated 10 000-document corpus's index, exactly as the wasm example builds it.
fn synthetic_index() -> Index {
    let docs = content::synthetic_corpus(10_000, 42);
    let documents: Vec<Document> = docs.iter().map(|d| d.as_document()).collect();
    Index::build(&documents)
}

/// The index's data as it would be shipped: the terms blob, then term_ends, offsets and postings as
/// little-endian u32 (document keys not included).
fn index_data(index: &Index) -> Vec<u8> {
    let mut out = index.terms.as_bytes().to_vec();
    for list in [&index.term_ends[..], &index.offsets[..], &index.postings[..]] {
        for v in list {
            out.extend_from_slice(&v.to_le_bytes());
        }
    }
    out
}

pub(crate) fn fnv1a(data: &[u8]) -> u32 {
    data.iter().fold(0x811c_9dc5u32, |hash, b| (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}

/// An index size measured here (with brotli) rather than by the page.
struct Size {
    engine: &'static str,
    corpus: &'static str,
    raw: usize,
    brotli: Option<usize>,
}

fn run_of<'a>(results: &'a Value, engine: &str, corpus: &str) -> Option<&'a Value> {
    results["runs"].as_array()?.iter().find(|r| r["engine"] == engine && r["corpus"] == corpus)
}

/// The Markdown report: a few lines on how it was measured, then engine × corpus.
fn render(results: &Value, browser_version: &str, sizes: &[Size]) -> Result<String, String> {
    let mut out = String::new();
    let date = results["date"].as_str().unwrap_or("?");
    let settings = &results["settings"];
    let corpora = &results["corpora"];
    out.push_str(&format!(
        "Search per keystroke in headless Chromium {browser_version}, {date}: ours (wasm, release, wasm-opt -Oz), Fuse.js {FUSE_VERSION}, MiniSearch {MINISEARCH_VERSION}.\n"
    ));
    out.push_str(&format!(
        "Corpora: real = {} documents (every guide in every language), 10k = {} generated documents. {} keystrokes (every prefix of every query in tests/relevance/queries.tsv), {} results asked for.\n",
        corpora["real"]["docs"], corpora["10k"]["docs"], corpora["real"]["keystrokes"], settings["limit"]
    ));
    out.push_str(&format!(
        "Each keystroke is the mean of R runs (R per engine and corpus so that they last about {} ms, at most {}; timer resolution {} ms, cross-origin isolated: {}); after up to {} warm-up keystrokes. Keystrokes are timed in one fixed shuffled order, the same for every engine, for at most {} s per engine and corpus: `timed` below the total means a uniform random sample (its max is the sample's).\n\n",
        settings["target_ms"], settings["max_reps"], results["timer_resolution_ms"], results["cross_origin_isolated"], settings["warmup"],
        settings["budget_ms"].as_f64().unwrap_or(0.0) / 1000.0
    ));
    out.push_str("| corpus | engine | p50 ms | p95 ms | max ms | p50 ÷ ours | p95 ÷ ours | index build ms | index bytes | index brotli | hit@3 | timed | R |\n");
    out.push_str("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for corpus in CORPORA {
        let ours = run_of(results, "ours", corpus).ok_or(format!("no result for ours on {corpus}"))?;
        for engine in ENGINES {
            let row = run_of(results, engine, corpus).ok_or(format!("no result for {engine} on {corpus}"))?;
            let num = |v: &Value, key: &str| v[key].as_f64().unwrap_or(f64::NAN);
            let ratio = |key: &str| format!("{:.1}×", num(row, key) / num(ours, key));
            let size = sizes.iter().find(|s| s.engine == engine && s.corpus == corpus);
            let raw = size.map(|s| s.raw as u64).or(row["index_bytes"].as_u64());
            let hit3 = row["relevance"]["hit3"].as_f64();
            out.push_str(&format!(
                "| {corpus} | {engine} | {:.3} | {:.3} | {:.3} | {} | {} | {:.1} | {} | {} | {} | {}/{} | {} |\n",
                num(row, "p50_ms"),
                num(row, "p95_ms"),
                num(row, "max_ms"),
                ratio("p50_ms"),
                ratio("p95_ms"),
                num(row, "build_ms"),
                raw.map_or("—".into(), |b| b.to_string()),
                size.and_then(|s| s.brotli).map_or("—".into(), |b| b.to_string()),
                hit3.map_or("—".into(), |h| format!("{h:.3}")),
                row["timed"],
                row["keystrokes"],
                row["reps"],
            ));
        }
    }
    out.push_str(
        "\nIndex build: ours on the real corpus decodes the embedded content packs and builds one index over every guide in every language, then prepares the searcher (the app builds one per language at the first search); \
         on 10k it is Index::build + Searcher::new. Fuse.js: `new Fuse(docs, options)`; MiniSearch: `new MiniSearch(options)` + `addAll`. One cold run each.\n\
         Index bytes: ours = terms + term_ends/offsets/postings as u32; Fuse.js = `JSON.stringify(fuse.getIndex())`, MiniSearch = `JSON.stringify(ms)` (UTF-8); brotli q11 where measured.\n\
         hit@3: real corpus, a result counts when its guide's first topic is the expected one; the libraries' results are taken once per guide (its best-ranked language), as ours are.\n",
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_content_length_chunked_and_closed_responses() {
        let plain = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 13\r\n\r\n{\"value\":\"x\"}extra";
        assert_eq!(read_response(&mut &plain[..]).unwrap(), (200, "{\"value\":\"x\"}".to_string()));
        let chunked = b"HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n{\"va\r\na;x=1\r\nlue\":\"\xd0\xb6\"}\r\n0\r\n\r\n";
        assert_eq!(read_response(&mut &chunked[..]).unwrap(), (404, "{\"value\":\"ж\"}".to_string()));
        let closed = b"HTTP/1.0 200 OK\r\n\r\nall of it";
        assert_eq!(read_response(&mut &closed[..]).unwrap(), (200, "all of it".to_string()));
        assert!(read_response(&mut &b"garbage\r\n\r\n"[..]).is_err());
    }

    #[test]
    fn index_data_is_the_terms_then_little_endian_arrays() {
        let index = content::all_languages_index();
        let data = index_data(index);
        let words = index.term_ends.len() + index.offsets.len() + index.postings.len();
        assert_eq!(data.len(), index.terms.len() + 4 * words);
        assert_eq!(&data[index.terms.len()..index.terms.len() + 4], &index.term_ends[0].to_le_bytes());
        assert_eq!(fnv1a(b""), 0x811c_9dc5);
        assert_eq!(fnv1a(b"a"), 0xe40c_292c);
    }

    #[test]
    fn renders_one_row_per_engine_and_corpus_with_ratios_to_ours() {
        let run = |engine: &str, corpus: &str, p50: f64| {
            let mut row = json!({ "engine": engine, "corpus": corpus, "p50_ms": p50, "p95_ms": p50 * 2.0, "max_ms": p50 * 3.0,
                "build_ms": 1.25, "index_bytes": 1000, "timed": 10, "keystrokes": 10, "reps": 50 });
            if corpus == "real" {
                row["relevance"] = json!({ "hit3": 0.5 });
            }
            row
        };
        let mut runs = Vec::new();
        for corpus in CORPORA {
            for (engine, p50) in [("ours", 0.1), ("fuse.js", 2.0), ("minisearch", 0.5)] {
                runs.push(run(engine, corpus, p50));
            }
        }
        let results = json!({ "date": "2026-01-01", "runs": runs, "settings": { "limit": 8 }, "corpora": {} });
        let sizes = [Size { engine: "ours", corpus: "real", raw: 123, brotli: Some(45) }];
        let table = render(&results, "156.0", &sizes).unwrap();
        assert!(table.contains("| real | ours | 0.100 | 0.200 | 0.300 | 1.0× | 1.0× | 1.2 | 123 | 45 | 0.500 | 10/10 | 50 |"), "{table}");
        assert!(table.contains("| real | fuse.js | 2.000 | 4.000 | 6.000 | 20.0× | 20.0× | 1.2 | 1000 | — | 0.500 |"), "{table}");
        assert!(table.contains("| 10k | minisearch | 0.500 | 1.000 | 1.500 | 5.0× | 5.0× | 1.2 | 1000 | — | — |"), "{table}");
        assert_eq!(table.lines().filter(|l| l.starts_with("| real |") || l.starts_with("| 10k |")).count(), 6);
        let missing = json!({ "runs": [] });
        assert!(render(&missing, "156.0", &[]).is_err());
    }
}
