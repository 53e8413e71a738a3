//! Makes the release build work offline and under a strict Content Security Policy, after Trunk:
//!
//! - Trunk's inline loader `<script type="module">` becomes a file (`boot-<hash>.js`), so the page
//!   needs no `'unsafe-inline'`; the boot script also registers the service worker.
//! - The home page of each language goes into index.html as static HTML, with a classic start script
//!   (`start-<hash>.js`) that shows the reader's before the wasm arrives (see `start_script`).
//! - `sw.js` keeps the build's files (Trunk's hashed names included) in a cache named after a hash of
//!   the build, serves them cache-first, and deletes older caches when it activates. It is registered
//!   once the page is idle, then keeps the app and the reader's language pack (only what the reader
//!   opened while the browser asks to save data).
//! - `manifest.webmanifest` makes the portal installable.
//!
//! The scripts are real JavaScript files in `xtask/js/` (see its README): what varies per build is
//! injected as one JSON object (`inject`).

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

use serde_json::{json, Value};

const INLINE_OPEN: &str = "<script type=\"module\">";
const SCRIPT_CLOSE: &str = "</script>";

pub fn apply(dist: &Path) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let html = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let mut packs: Vec<String> = std::fs::read_dir(dist).map_err(|e| e.to_string())?.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| is_pack(n)).collect();
    packs.sort();
    let (html, boot_name, boot) = externalise_loader(&html)?;
    std::fs::write(dist.join(&boot_name), boot).map_err(|e| e.to_string())?;
    let (html, wasm_preload) = take_wasm_preload(&html);
    let (html, start_name, start) = add_start_script(&html, &packs, wasm_preload.as_deref())?;
    std::fs::write(dist.join(&start_name), start).map_err(|e| e.to_string())?;
    let icon = find_icon(&html).unwrap_or_default();
    std::fs::write(dist.join("manifest.webmanifest"), manifest(&icon)).map_err(|e| e.to_string())?;
    let html = html.replacen(
        "</head>",
        "<link rel=\"manifest\" href=\"./manifest.webmanifest\">\n<meta name=\"theme-color\" content=\"#0b5d66\">\n</head>",
        1,
    );
    std::fs::write(&index_path, &html).map_err(|e| e.to_string())?;

    let portal = portal_script(dist)?;
    std::fs::write(dist.join(PORTAL_SCRIPT), portal).map_err(|e| e.to_string())?;

    let mut files: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js" && name != PORTAL_SCRIPT && !name.starts_with("embed-demo."))
        .collect();
    files.sort();
    let mut hasher = DefaultHasher::new();
    for name in &files {
        name.hash(&mut hasher);
        std::fs::read(dist.join(name)).map_err(|e| e.to_string())?.hash(&mut hasher);
    }
    let version = format!("{:016x}", hasher.finish());
    let (packs, shell): (Vec<String>, Vec<String>) = files.into_iter().partition(|f| is_on_demand(f));
    std::fs::write(dist.join("sw.js"), service_worker(&version, &shell, &packs)?).map_err(|e| e.to_string())?;
    println!(
        "offline: sw.js keeps {} files of the app and {} more (language packs, PDF font) once used (cache zanger-{version}); loader moved to {boot_name}",
        shell.len() + 1,
        packs.len()
    );
    Ok(())
}

/// Moves Trunk's inline module script into a file. Returns the new HTML, the file name and its text.
pub fn externalise_loader(html: &str) -> Result<(String, String, String), String> {
    let start = html.find(INLINE_OPEN).ok_or("index.html has no inline loader: did Trunk change its output?")?;
    let body_start = start + INLINE_OPEN.len();
    let end = html[body_start..].find(SCRIPT_CLOSE).ok_or("unclosed loader script")? + body_start;
    let loader = html[body_start..end].trim();
    // On the prerendered home page the wasm is fetched after the first paint (see `start_script`).
    if !loader.contains("const wasm = await init(") {
        return Err("Trunk's loader has no `const wasm = await init(`: did Trunk change its output?".into());
    }
    let loader = loader.replacen("const wasm = await init(", "await window.zangerAfterPaint;\nconst wasm = await init(", 1);
    let loader = relative_to_module(&loader);
    let boot = format!("{}\n{loader}\n", generated("boot.js", BOOT_JS));
    let mut hasher = DefaultHasher::new();
    boot.hash(&mut hasher);
    let name = format!("boot-{:016x}.js", hasher.finish());
    let tag = format!("<script type=\"module\" src=\"./{name}\"></script>");
    let html = format!("{}{tag}{}", &html[..start], &html[end + SCRIPT_CLOSE.len()..]);
    Ok((html, name, boot))
}

/// Makes the loader's file names relative to the boot module itself (`import.meta.url`), so that the
/// app starts from any folder of the site and under any base path: Trunk (`public_url = "./"`) writes
/// them relative to the page, which only holds at the site's root.
pub fn relative_to_module(loader: &str) -> String {
    let mut out = String::with_capacity(loader.len() + 40);
    let mut rest = loader;
    const KEY: &str = "module_or_path: '";
    while let Some(at) = rest.find(KEY) {
        let start = at + KEY.len();
        let Some(end) = rest[start..].find('\'') else { break };
        let file = rest[start..start + end].trim_start_matches("./").trim_start_matches('/');
        out.push_str(&rest[..at]);
        out.push_str(&format!("module_or_path: new URL('./{file}', import.meta.url)"));
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out.replace("from '/", "from './")
}

/// Takes Trunk's `<link rel="preload">` of the wasm out of the page: the start script puts it back, at
/// once or after the first paint.
pub fn take_wasm_preload(html: &str) -> (String, Option<String>) {
    let found = html.match_indices("<link").find_map(|(at, _)| {
        let end = at + html[at..].find('>')? + 1;
        let tag = &html[at..end];
        (tag.contains("rel=\"preload\"") && tag.contains(".wasm\"")).then_some((at, end))
    });
    match found {
        Some((at, end)) => (format!("{}{}", &html[..at], &html[end..]), Some(html[at..end].to_string())),
        None => (html.to_string(), None),
    }
}

/// Where index.html takes the prerendered home pages and the start script.
pub const HOME_MARKER: &str = "<!-- zanger:home -->";

/// Writes the home page of each language into index.html (`ui::prerender`, with hash links: the site's
/// root gets the site's links in `pages::write_site`, as inert `<template>`s)
/// with a small classic script after them, `start-<hash>.js`, which runs before the first paint
/// (scripts with `type=module` wait for the whole module graph). Returns the new HTML, the script's
/// name and its text.
pub fn add_start_script(html: &str, packs: &[String], wasm_preload: Option<&str>) -> Result<(String, String, String), String> {
    use zanger::core::date::Date;
    use zanger::core::lang::Lang;
    use zanger::core::route::{Page, Route};
    if !html.contains(HOME_MARKER) {
        return Err(format!("index.html has no `{HOME_MARKER}` inside #zanger: where do the prerendered pages go?"));
    }
    let script = start_script(packs, wasm_preload)?;
    let mut hasher = DefaultHasher::new();
    script.hash(&mut hasher);
    let name = format!("start-{:016x}.js", hasher.finish());
    let templates: String = Lang::ALL
        .iter()
        .map(|&lang| {
            let home = zanger::ui::prerender::page_with_hash_links(&Route::new(lang, Page::Home), Date::today_utc());
            format!("<template data-zg-home=\"{}\">{home}</template>\n", lang.code())
        })
        .collect();
    let html = html.replacen(HOME_MARKER, &format!("{templates}<script src=\"./{name}\"></script>"), 1);
    Ok((html, name, script))
}

/// The start script (`xtask/js/start.js`, which says what it does) with this build's packs, Trunk's
/// preload of the wasm and the language table of [`Lang`](zanger::core::lang::Lang).
fn start_script(packs: &[String], wasm_preload: Option<&str>) -> Result<String, String> {
    let packs: serde_json::Map<String, Value> = packs
        .iter()
        .filter_map(|p| Some((p.strip_prefix("content-")?.split('-').next()?.to_string(), Value::from(p.as_str()))))
        .collect();
    inject("start.js", START_JS, &json!({ "packs": packs, "preload": wasm_preload, "languages": languages() }))
}

/// The language table the start script chooses with, as `Lang::negotiate` does: the languages' codes,
/// every primary subtag that names one, and the fallback.
pub fn languages() -> Value {
    use zanger::core::lang::Lang;
    let subtags: serde_json::Map<String, Value> = Lang::SUBTAGS.iter().map(|(subtag, lang)| (subtag.to_string(), Value::from(lang.code()))).collect();
    json!({
        "codes": Lang::ALL.map(|l| l.code()),
        "subtags": subtags,
        "fallback": Lang::FALLBACK.code(),
    })
}

/// A language's content pack (`content-<lang>-<hash>.bin`): fetched for the reader's language only.
pub fn is_pack(name: &str) -> bool {
    name.starts_with("content-") && name.ends_with(".bin")
}

/// Files fetched only when needed, then kept for offline use: the language packs and the PDF font
/// (loaded the first time someone asks for a PDF).
pub fn is_on_demand(name: &str) -> bool {
    is_pack(name) || name.ends_with(".ttf")
}

/// The script another site includes to use `<zanger-portal>` (not part of the app: not precached).
pub const PORTAL_SCRIPT: &str = "zanger-portal.js";

/// `zanger-portal.js` (`xtask/js/zanger-portal.js`): defines `<zanger-portal lang="kk"
/// topic="family.alimony">`, which mounts the app in its own shadow root with navigation in memory.
/// It is given this build's glue, wasm and stylesheet.
fn portal_script(dist: &Path) -> Result<String, String> {
    let names: Vec<String> = std::fs::read_dir(dist).map_err(|e| e.to_string())?.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    let find = |wanted: &dyn Fn(&str) -> bool, what: &str| names.iter().find(|n| wanted(n)).cloned().ok_or(format!("dist/ has no {what}"));
    let glue = find(&|n| n.starts_with("zanger-") && n.ends_with(".js") && n != PORTAL_SCRIPT, "zanger-*.js (wasm-bindgen glue)")?;
    let wasm = find(&|n| n.starts_with("zanger-") && n.ends_with("_bg.wasm"), "zanger-*_bg.wasm")?;
    let css = find(&|n| n.starts_with("main-") && n.ends_with(".css"), "main-*.css")?;
    inject("zanger-portal.js", PORTAL_JS, &json!({ "glue": glue, "wasm": wasm, "css": css }))
}

fn find_icon(html: &str) -> Option<String> {
    let at = html.find("rel=\"icon\" href=\"")? + "rel=\"icon\" href=\"".len();
    let end = html[at..].find('"')? + at;
    Some(html[at..end].to_string())
}

/// The scripts, as written in `xtask/js/`.
const BOOT_JS: &str = include_str!("../js/boot.js");
const START_JS: &str = include_str!("../js/start.js");
const SW_JS: &str = include_str!("../js/sw.js");
const PORTAL_JS: &str = include_str!("../js/zanger-portal.js");

/// Every script of `xtask/js/`, with its name and whether it is a module (for the tests).
#[cfg(test)]
const SCRIPTS: [(&str, &str, bool); 4] = [("boot.js", BOOT_JS, true), ("start.js", START_JS, false), ("sw.js", SW_JS, false), ("zanger-portal.js", PORTAL_JS, true)];

/// The line of a script in `xtask/js/` that the build fills in; `null` until then, so the file parses
/// as it is.
pub const BUILD_MARKER: &str = "const BUILD = /*zanger:build*/null;";

/// `script` (the file `name` of `xtask/js/`) for this build: its one [`BUILD_MARKER`] line becomes
/// `const BUILD = <build>;`, the object serialised by serde_json (JSON is JavaScript), under a line
/// that says where the file comes from. A script without the line, or with two, is an error.
pub fn inject(name: &str, script: &str, build: &Value) -> Result<String, String> {
    if script.matches(BUILD_MARKER).count() != 1 {
        return Err(format!("xtask/js/{name} should have exactly one `{BUILD_MARKER}` line"));
    }
    let json = serde_json::to_string_pretty(build).map_err(|e| e.to_string())?;
    Ok(generated(name, &script.replacen(BUILD_MARKER, &format!("const BUILD = {json};"), 1)))
}

/// `script` under a line saying it was generated from `xtask/js/<name>`, in place of the file's
/// leading comment (which explains the file to its editors: the start script runs on every first
/// paint, and its bytes count there).
fn generated(name: &str, script: &str) -> String {
    let body: String = script.split_inclusive('\n').skip_while(|line| line.starts_with("//")).collect();
    format!("// Generated by `cargo xtask build` from xtask/js/{name} (which explains it). Do not edit.\n{body}")
}


fn manifest(icon: &str) -> String {
    let manifest = json!({
        "name": "Заңгер — Zanger",
        "short_name": "Заңгер",
        "description": "Құқықтық нұсқаулықтар мен сотқа құжаттар / Правовые инструкции и документы для суда",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#f6f7f5",
        "theme_color": "#0b5d66",
        "icons": [{ "src": icon, "sizes": "any", "type": "image/svg+xml", "purpose": "any" }],
    });
    format!("{}\n", serde_json::to_string_pretty(&manifest).expect("a JSON value"))
}

/// The service worker (`xtask/js/sw.js`, which says what it does), given its cache's name (after
/// `version`), the app's `files` (with the site's root, `./`) and the files kept only once used
/// (`on_demand`: the language packs, the PDF font).
fn service_worker(version: &str, files: &[String], on_demand: &[String]) -> Result<String, String> {
    let files: Vec<String> = std::iter::once("./".to_string()).chain(files.iter().map(|f| format!("./{f}"))).collect();
    let on_demand: Vec<String> = on_demand.iter().map(|f| format!("./{f}")).collect();
    inject("sw.js", SW_JS, &json!({ "cache": format!("zanger-{version}"), "files": files, "onDemand": on_demand }))
}

/// (Tests) Runs `node --check` on `text` as a module (`.mjs`) or a classic script (`.cjs`). Node.js comes
/// with npm, which the build needs anyway (README: Debian's nodejs).
#[cfg(test)]
pub(crate) fn node_check(name: &str, text: &str, module: bool) {
    let dir = std::env::temp_dir().join(format!("zanger-js-check-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{}.{}", name.trim_end_matches(".js"), if module { "mjs" } else { "cjs" }));
    std::fs::write(&path, text).unwrap();
    let output = std::process::Command::new("node")
        .arg("--check")
        .arg(&path)
        .output()
        .unwrap_or_else(|e| panic!("cannot run node ({e}): install Node.js (Debian's nodejs, which npm needs anyway)"));
    let _ = std::fs::remove_file(&path);
    assert!(output.status.success(), "{name} does not parse:\n{}\n{}", String::from_utf8_lossy(&output.stderr), text);
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_HTML: &str = "<head>\n<link rel=\"icon\" href=\"/favicon-1.svg\"/>\n<script type=\"module\">\nimport init from '/zanger-1.js';\nconst wasm = await init();\n</script>\n<link rel=\"modulepreload\" href=\"/zanger-1.js\"></head><body></body>";

    #[test]
    fn the_inline_loader_becomes_a_file_and_no_inline_script_is_left() {
        let (html, name, boot) = externalise_loader(TRUNK_HTML).unwrap();
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert!(html.contains(&format!("<script type=\"module\" src=\"./{name}\"></script>")));
        assert!(!html.contains("<script type=\"module\">"), "{html}");
        assert!(boot.contains("import init from './zanger-1.js';") && boot.contains("serviceWorker"));
        assert!(boot.starts_with("// Generated by `cargo xtask build` from xtask/js/boot.js (which explains it). Do not edit.\n\n"), "{boot}");
        let code = BOOT_JS.split_once("\n\n").unwrap().1;
        assert!(boot.contains(code) && boot.find(code) < boot.find("import init"), "boot.js without its leading comment, then the loader");
        assert!(html.contains("modulepreload"), "the rest of the page is kept");
        assert_eq!(find_icon(&html).as_deref(), Some("/favicon-1.svg"));
    }

    #[test]
    fn the_home_pages_and_the_start_script_take_the_marker_s_place() {
        let page = format!("<body><div id=\"zanger\"><div class=\"zg-boot\">…</div>{HOME_MARKER}</div></body>");
        let preload = r#"<link rel="preload" href="/zanger-1_bg.wasm" as="fetch" type="application/wasm">"#;
        let (html, name, script) = add_start_script(&page, &["content-kk-0a.bin".into(), "content-ru-1b.bin".into()], Some(preload)).unwrap();
        assert!(name.starts_with("start-") && name.ends_with(".js"));
        assert!(!html.contains(HOME_MARKER));
        for lang in ["kk", "ru", "en"] {
            assert!(html.contains(&format!("<template data-zg-home=\"{lang}\"><div lang=\"{lang}\"")), "{lang}");
        }
        // The script comes after the templates it reads, as a classic script (it runs before the first paint).
        assert!(html.find(&format!("<script src=\"./{name}\"></script>")) > html.rfind("</template>"));
        let build = build_of(&script);
        assert_eq!(build["packs"], json!({ "kk": "content-kk-0a.bin", "ru": "content-ru-1b.bin" }), "{script}");
        assert_eq!(build["preload"], preload);
        assert_eq!(build["languages"], languages());
        assert!(script.contains("zangerEarlyPack") && script.contains("zanger.draft."));
        assert!(add_start_script("<body></body>", &[], None).is_err(), "no marker, no silent skip");
    }

    #[test]
    fn the_wasm_preload_leaves_the_page_for_the_start_script() {
        let html = "<head><link rel=\"modulepreload\" href=\"/z-1.js\"><link rel=\"preload\" href=\"/z-1_bg.wasm\" as=\"fetch\"></head>";
        let (rest, tag) = take_wasm_preload(html);
        assert_eq!(rest, "<head><link rel=\"modulepreload\" href=\"/z-1.js\"></head>");
        assert_eq!(tag.as_deref(), Some("<link rel=\"preload\" href=\"/z-1_bg.wasm\" as=\"fetch\">"));
        assert_eq!(take_wasm_preload("<head></head>").1, None);
    }

    #[test]
    fn the_portal_script_names_this_build_s_files() {
        let dir = std::env::temp_dir().join(format!("zanger-portal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for f in ["zanger-ab12.js", "zanger-ab12_bg.wasm", "main-cd34.css", PORTAL_SCRIPT] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        let script = portal_script(&dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(build_of(&script), json!({ "glue": "zanger-ab12.js", "wasm": "zanger-ab12_bg.wasm", "css": "main-cd34.css" }), "{script}");
        assert!(script.contains("import(base + BUILD.glue)") && script.contains("attachShadow"));
        assert!(script.contains("customElements.define('zanger-portal'"));
    }

    #[test]
    fn the_loader_finds_its_files_next_to_itself_from_any_folder() {
        let trunk = "import init, * as bindings from './zanger-1.js';\nconst wasm = await init({ module_or_path: './zanger-1_bg.wasm' });";
        assert_eq!(
            relative_to_module(trunk),
            "import init, * as bindings from './zanger-1.js';\nconst wasm = await init({ module_or_path: new URL('./zanger-1_bg.wasm', import.meta.url) });"
        );
        assert!(relative_to_module("import init from '/z.js'; init({ module_or_path: '/z_bg.wasm' })").contains("from './z.js'"));
    }

    #[test]
    fn a_page_without_a_loader_is_an_error() {
        assert!(externalise_loader("<head></head>").is_err());
    }

    #[test]
    fn the_service_worker_lists_every_file_and_names_its_cache_by_version() {
        let sw = service_worker("abc", &["index.html".into(), "zanger-1_bg.wasm".into()], &["content-kk-01.bin".into()]).unwrap();
        assert_eq!(
            build_of(&sw),
            json!({ "cache": "zanger-abc", "files": ["./", "./index.html", "./zanger-1_bg.wasm"], "onDemand": ["./content-kk-01.bin"] })
        );
        // The update test's server (`server.rs`) renames the cache there to fake a new release.
        assert!(sw.contains("\"cache\": \"zanger-abc\""), "{sw}");
    }

    /// The object a generated script was given (the JSON after `const BUILD = `).
    fn build_of(script: &str) -> Value {
        let at = script.find("const BUILD = ").expect("a BUILD line") + "const BUILD = ".len();
        let value = serde_json::Deserializer::from_str(&script[at..]).into_iter::<Value>().next().expect("a value").expect("JSON");
        let after = &script[at..];
        assert!(after[serde_json::to_string_pretty(&value).unwrap().len()..].starts_with(";\n"), "one statement on its line");
        value
    }

    #[test]
    fn the_build_line_is_filled_in_once_with_json() {
        let script = "// a\nconst BUILD = /*zanger:build*/null;\nconsole.log(BUILD.name);\n";
        let out = inject("x.js", script, &json!({ "name": "it's \"quoted\" </script>" })).unwrap();
        assert_eq!(
            out,
            "// Generated by `cargo xtask build` from xtask/js/x.js (which explains it). Do not edit.\nconst BUILD = {\n  \"name\": \"it's \\\"quoted\\\" </script>\"\n};\nconsole.log(BUILD.name);\n"
        );
        assert!(inject("x.js", "console.log(1);", &json!({})).is_err(), "no line: an error, not a silent copy");
        assert!(inject("x.js", &format!("{BUILD_MARKER}\n{BUILD_MARKER}\n"), &json!({})).is_err(), "two lines");
    }

    #[test]
    fn every_script_but_boot_has_one_build_line_and_none_keeps_its_own_table() {
        for (name, script, _) in SCRIPTS {
            assert_eq!(script.matches(BUILD_MARKER).count(), usize::from(name != "boot.js"), "{name}");
            assert!(!script.contains("Generated by"), "{name}: the source is not generated");
        }
        // The language rules come from `Lang`, not from a copy in the script.
        assert!(!START_JS.contains("'kz'") && !START_JS.contains("'kk', 'ru', 'en'"), "start.js keeps its own language list");
    }

    #[test]
    fn the_start_script_is_given_the_rust_language_table() {
        use zanger::core::lang::Lang;
        let table = languages();
        assert_eq!(table["codes"], json!(["kk", "ru", "en"]));
        assert_eq!(table["fallback"], Lang::negotiate(None, []).code());
        let subtags = table["subtags"].as_object().unwrap();
        assert_eq!(subtags.get("kz"), Some(&json!("kk")));
        for (subtag, code) in subtags {
            assert_eq!(Lang::from_code(subtag).map(Lang::code), code.as_str(), "{subtag}");
        }
        for lang in Lang::ALL {
            assert_eq!(subtags.get(lang.code()), Some(&json!(lang.code())));
        }
    }

    #[test]
    fn every_script_parses_before_and_after_the_build_fills_it_in() {
        for (name, script, module) in SCRIPTS {
            node_check(name, script, module);
        }
        let preload = r#"<link rel="preload" href="/zanger-1_bg.wasm" as="fetch" type="application/wasm">"#;
        node_check("start.js", &start_script(&["content-kk-0a.bin".into(), "content-ru-1b.bin".into(), "content-en-2c.bin".into()], Some(preload)).unwrap(), false);
        node_check("start-no-preload.js", &start_script(&[], None).unwrap(), false);
        let sw = service_worker("abc", &["index.html".into(), "zanger-1_bg.wasm".into()], &["content-kk-01.bin".into(), "zanger-pdf-sans.ttf".into()]).unwrap();
        node_check("sw.js", &sw, false);
        let (_, _, boot) = externalise_loader(TRUNK_HTML).unwrap();
        node_check("boot.js", &boot, true);
        let dir = std::env::temp_dir().join(format!("zanger-portal-check-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for f in ["zanger-ab12.js", "zanger-ab12_bg.wasm", "main-cd34.css"] {
            std::fs::write(dir.join(f), "").unwrap();
        }
        let portal = portal_script(&dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        node_check("zanger-portal.js", &portal, true);
    }
}
