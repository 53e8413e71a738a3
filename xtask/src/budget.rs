//! The size budgets `cargo xtask test` enforces on the release build (issue 12). What a reader waits
//! for is the page they opened, so:
//!
//! - **critical bytes** of each page type: the page's HTML, the stylesheets it links and the start
//!   script, brotli, before any wasm or pack: at most [`CRITICAL_BUDGET`] for home, topic, guide and
//!   questionnaire start pages (every prerendered page is measured; the largest of each type counts);
//! - **the app's code**, the wasm and its wasm-bindgen glue, brotli: at most [`APP_CODE_BUDGET`]. While
//!   that target is not met (BENCHMARKS.md has the numbers) the line is held instead: the code may not
//!   grow by more than 5 % over `app-code-brotli-reference`, and a change that grows it updates that
//!   line in plain sight. The wasm alone is held the same way (`wasm-brotli-reference`);
//! - **content** is reported, not capped: each language pack, and the guide pages' sizes.

use std::path::{Path, PathBuf};

use crate::offline::is_pack;
use crate::sizes::brotli;

pub const CRITICAL_BUDGET: usize = 30 * 1000;
pub const APP_CODE_BUDGET: usize = 250 * 1000;
pub const GROWTH_PERCENT: usize = 5;
/// The line of BENCHMARKS.md holding the wasm reference, e.g. `wasm-brotli-reference: 289901`.
const WASM_KEY: &str = "wasm-brotli-reference:";
/// The line holding the app code's reference while it is over its target.
const APP_CODE_KEY: &str = "app-code-brotli-reference:";

/// The kinds of page a reader opens, by the folder under the language (`ru/guide/…`).
pub const PAGE_TYPES: [&str; 5] = ["home", "topic", "guide", "form", "received"];

/// One prerendered page's critical bytes (brotli).
#[derive(Debug, Clone, PartialEq)]
pub struct PageCost {
    pub kind: &'static str,
    pub path: String,
    pub html: usize,
    /// The linked stylesheets and the start script.
    pub assets: usize,
}

impl PageCost {
    pub fn critical(&self) -> usize {
        self.html + self.assets
    }
}

/// What was measured.
pub struct Measured {
    pub pages: Vec<PageCost>,
    pub wasm: usize,
    pub glue: usize,
    /// (file name, brotli bytes) of each language pack.
    pub packs: Vec<(String, usize)>,
}

impl Measured {
    pub fn app_code(&self) -> usize {
        self.wasm + self.glue
    }

    /// The largest page of `kind`.
    pub fn largest(&self, kind: &str) -> Option<&PageCost> {
        self.pages.iter().filter(|p| p.kind == kind).max_by_key(|p| p.critical())
    }
}

/// The kind of the page at `relative` (`ru/guide/x/index.html`), if it is one of the site's pages.
fn page_kind(relative: &str) -> Option<&'static str> {
    let parts: Vec<&str> = relative.split('/').collect();
    match parts.as_slice() {
        [lang, "index.html"] if zanger::core::lang::Lang::from_code(lang).is_some() => Some("home"),
        [_, "topic", _, "index.html"] => Some("topic"),
        [_, "guide", _, "index.html"] => Some("guide"),
        [_, "form", _, "index.html"] => Some("form"),
        [_, "received", "index.html"] => Some("received"),
        _ => None,
    }
}

/// The files a page's HTML asks for before anything else: its stylesheets and its classic start script.
pub fn critical_assets(html: &str) -> Vec<String> {
    let mut files = Vec::new();
    for (at, _) in html.match_indices('<') {
        let Some(end) = html[at..].find('>') else { break };
        let tag = &html[at..at + end];
        let attribute = |name: &str| {
            let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
            Some(tag[start..start + tag[start..].find('"')?].to_string())
        };
        if tag.starts_with("<link") && tag.contains("rel=\"stylesheet\"") {
            files.extend(attribute("href"));
        } else if tag.starts_with("<script") && !tag.contains("type=\"module\"") {
            files.extend(attribute("src"));
        }
    }
    files.into_iter().map(|f| f.trim_start_matches("../").trim_start_matches("./").trim_start_matches('/').to_string()).collect()
}

fn html_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?.flatten() {
        let path = entry.path();
        if path.is_dir() {
            html_files(&path, out)?;
        } else if path.file_name().is_some_and(|n| n == "index.html") {
            out.push(path);
        }
    }
    Ok(())
}

pub fn measure(dist: &Path) -> Result<Measured, String> {
    let read = |name: &str| std::fs::read(dist.join(name)).map_err(|e| format!("{}: {e} (run `cargo xtask build` first)", dist.join(name).display()));
    let mut files = Vec::new();
    html_files(dist, &mut files)?;
    files.sort();
    let mut asset_cost = std::collections::BTreeMap::new();
    let mut pages = Vec::new();
    for path in files {
        let relative = path.strip_prefix(dist).map_err(|e| e.to_string())?.to_string_lossy().replace('\\', "/");
        let Some(kind) = page_kind(&relative) else { continue };
        let html = std::fs::read_to_string(&path).map_err(|e| format!("{relative}: {e}"))?;
        let mut assets = 0;
        for asset in critical_assets(&html) {
            if !asset_cost.contains_key(&asset) {
                asset_cost.insert(asset.clone(), brotli(&read(&asset)?));
            }
            assets += asset_cost[&asset];
        }
        pages.push(PageCost { kind, path: relative.trim_end_matches("index.html").to_string(), html: brotli(html.as_bytes()), assets });
    }
    let names: Vec<String> = std::fs::read_dir(dist).map_err(|e| e.to_string())?.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    let find = |wanted: &dyn Fn(&str) -> bool, what: &str| names.iter().find(|n| wanted(n)).cloned().ok_or(format!("dist/ has no {what}"));
    let wasm = find(&|n| n.ends_with("_bg.wasm"), "wasm")?;
    let glue = find(&|n| n.starts_with("zanger-") && n.ends_with(".js") && n != crate::offline::PORTAL_SCRIPT, "wasm-bindgen glue")?;
    let mut packs: Vec<(String, usize)> = names.iter().filter(|n| is_pack(n)).map(|n| Ok((n.clone(), brotli(&read(n)?)))).collect::<Result<_, String>>()?;
    packs.sort();
    Ok(Measured { pages, wasm: brotli(&read(&wasm)?), glue: brotli(&read(&glue)?), packs })
}

/// The references committed in BENCHMARKS.md.
#[derive(Debug, PartialEq)]
pub struct References {
    pub wasm: usize,
    /// Present while the app's code is over its target.
    pub app_code: Option<usize>,
}

fn number_after(benchmarks: &str, key: &str) -> Result<Option<usize>, String> {
    let Some(line) = benchmarks.lines().find_map(|l| l.trim().trim_matches('`').strip_prefix(key)) else { return Ok(None) };
    let digits = line.trim().trim_matches('`').replace([' ', '\u{a0}'], "");
    digits.parse().map(Some).map_err(|_| format!("BENCHMARKS.md: `{key}` is not a number of bytes"))
}

pub fn references(benchmarks: &str) -> Result<References, String> {
    let wasm = number_after(benchmarks, WASM_KEY)?.ok_or(format!("BENCHMARKS.md has no `{WASM_KEY} <bytes>` line"))?;
    Ok(References { wasm, app_code: number_after(benchmarks, APP_CODE_KEY)? })
}

fn with_growth(reference: usize) -> usize {
    reference + reference * GROWTH_PERCENT / 100
}

/// Checks the budgets; the message says what was measured either way.
pub fn check(m: &Measured, refs: &References) -> Result<String, String> {
    let mut report = Vec::new();
    let mut problems = Vec::new();
    for kind in PAGE_TYPES {
        let Some(page) = m.largest(kind) else {
            problems.push(format!("no prerendered {kind} page was found"));
            continue;
        };
        let count = m.pages.iter().filter(|p| p.kind == kind).count();
        report.push(format!("{kind} pages ({count}): largest {} B critical ({}: HTML {} B + CSS and start script {} B)", page.critical(), page.path, page.html, page.assets));
        if page.critical() > CRITICAL_BUDGET {
            problems.push(format!("the {kind} page {} needs {} B before the app, over the {CRITICAL_BUDGET} B budget", page.path, page.critical()));
        }
    }
    report.push(format!(
        "app code {} B (wasm {} B + glue {} B), target {APP_CODE_BUDGET} B{}; wasm reference {} B (+{GROWTH_PERCENT}%: {} B)",
        m.app_code(),
        m.wasm,
        m.glue,
        refs.app_code.map_or(String::new(), |r| format!(", held at its reference {r} B (+{GROWTH_PERCENT}%: {} B)", with_growth(r))),
        refs.wasm,
        with_growth(refs.wasm)
    ));
    match refs.app_code {
        _ if m.app_code() <= APP_CODE_BUDGET => {}
        Some(held) if m.app_code() <= with_growth(held) => {}
        Some(_) => problems.push(format!("the app's code grew by more than {GROWTH_PERCENT} % over its reference: update `{APP_CODE_KEY}` in BENCHMARKS.md and say why")),
        None => problems.push(format!("the app's code is {} B over its budget", m.app_code() - APP_CODE_BUDGET)),
    }
    if m.wasm > with_growth(refs.wasm) {
        problems.push(format!("the wasm grew by more than {GROWTH_PERCENT} %: update `{WASM_KEY}` in BENCHMARKS.md with the new size and say why"));
    }
    let packs: Vec<String> = m.packs.iter().map(|(n, b)| format!("{n} {b} B")).collect();
    report.push(format!("content (reported, not capped): {}", packs.join(", ")));
    let report = report.join("\n  ");
    if problems.is_empty() {
        Ok(report)
    } else {
        Err(format!("{report}\n  {}", problems.join("\n  ")))
    }
}

/// The budget stage of `cargo xtask test`.
pub fn enforce(root: &Path) -> Result<(), String> {
    let measured = measure(&root.join("dist"))?;
    let benchmarks = std::fs::read_to_string(root.join("BENCHMARKS.md")).map_err(|e| format!("BENCHMARKS.md: {e}"))?;
    let report = check(&measured, &references(&benchmarks)?)?;
    println!("budget:\n  {report}");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(kind: &'static str, html: usize) -> PageCost {
        PageCost { kind, path: format!("ru/{kind}/x/"), html, assets: 8_000 }
    }

    fn measured(guide_html: usize, wasm: usize) -> Measured {
        let pages = vec![page("home", 5_000), page("topic", 4_000), page("guide", guide_html), page("guide", 3_000), page("form", 6_000), page("received", 7_000)];
        Measured { pages, wasm, glue: 8_000, packs: vec![("content-kk-1.bin".into(), 80_000)] }
    }

    #[test]
    fn pages_are_told_apart_by_their_folder() {
        assert_eq!(page_kind("ru/index.html"), Some("home"));
        assert_eq!(page_kind("kk/topic/family.alimony/index.html"), Some("topic"));
        assert_eq!(page_kind("en/guide/labor.wages/index.html"), Some("guide"));
        assert_eq!(page_kind("ru/form/alimony.claim/index.html"), Some("form"));
        assert_eq!(page_kind("index.html"), None);
        assert_eq!(page_kind("bench/index.html"), None);
    }

    #[test]
    fn the_critical_assets_are_the_stylesheets_and_the_classic_start_script() {
        let html = r#"<link rel="stylesheet" href="../../../main-1.css" integrity="x"/><link rel="icon" href="/f.svg"><link rel="modulepreload" href="/zanger-1.js"><script type="module" src="/boot-1.js"></script><script src="/start-1.js"></script>"#;
        assert_eq!(critical_assets(html), ["main-1.css", "start-1.js"]);
    }

    #[test]
    fn the_references_are_read_from_their_lines() {
        let text = "# Benchmarks\n\n`wasm-brotli-reference: 289 901`\n`app-code-brotli-reference: 298 000`\n";
        assert_eq!(references(text).unwrap(), References { wasm: 289_901, app_code: Some(298_000) });
        assert_eq!(references("wasm-brotli-reference: 5").unwrap().app_code, None);
        assert!(references("no line").is_err());
    }

    #[test]
    fn a_heavy_page_or_grown_code_fails_with_the_numbers() {
        let refs = |wasm, app_code| References { wasm, app_code };
        assert!(check(&measured(10_000, 190_000), &refs(190_000, None)).is_ok());
        let heavy = check(&measured(23_000, 190_000), &refs(190_000, None)).unwrap_err();
        assert!(heavy.contains("the guide page ru/guide/x/ needs 31000 B before the app"), "{heavy}");
        let grown = check(&measured(10_000, 190_000), &refs(180_000, None)).unwrap_err();
        assert!(grown.contains("wasm grew by more than 5 %") && grown.contains("wasm 190000 B"), "{grown}");
        let over = check(&measured(10_000, 260_000), &refs(260_000, None)).unwrap_err();
        assert!(over.contains("18000 B over its budget"), "{over}");
        assert!(check(&measured(10_000, 260_000), &refs(260_000, Some(268_000))).is_ok(), "held at its reference");
        assert!(check(&measured(10_000, 260_000), &refs(260_000, Some(250_001))).unwrap_err().contains("app's code grew"));
    }
}
