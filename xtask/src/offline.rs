//! Makes the release build work offline and under a strict Content Security Policy, after Trunk:
//!
//! - Trunk's inline loader `<script type="module">` becomes a file (`boot-<hash>.js`), so the page
//!   needs no `'unsafe-inline'`; the boot script also registers the service worker.
//! - The home page of each language goes into index.html as static HTML, with a classic start script
//!   (`start-<hash>.js`) that shows the reader's before the wasm arrives (see `start_script`).
//! - `sw.js` precaches every file of the build (Trunk's hashed names included) in a cache named after
//!   a hash of the build, serves them cache-first, and deletes older caches when it activates. The
//!   language packs are the exception: each is kept once the reader's language needs it.
//! - `manifest.webmanifest` makes the portal installable.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

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
    std::fs::write(dist.join("sw.js"), service_worker(&version, &shell, &packs)).map_err(|e| e.to_string())?;
    println!(
        "offline: sw.js precaches {} files and keeps {} more (language packs, PDF font) once used (cache zanger-{version}); loader moved to {boot_name}",
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
    let boot = format!("{REGISTER_SERVICE_WORKER}\n{loader}\n");
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
    let script = start_script(packs, wasm_preload);
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

/// The start script, run while the page is parsed:
/// - on a page of the site prerendered at build time (`pages`), that page is already shown: the script
///   only starts the downloads, after it is painted;
/// - else it picks the reader's language as the app will (the URL's hash or the site's folder, else
///   the language chosen before, else the browser's languages, else Kazakh: `Lang::negotiate`); at the
///   site's root it moves the URL to that language's folder (`kk/`);
/// - on the home page, with no draft waiting to be listed, it shows that language's prerendered home
///   page in place of the loading line, so a slow connection shows the page before the wasm arrives
///   (the app replaces it with the same live page and keeps anything typed into its search box);
/// - it starts fetching the wasm and that language's pack (the app takes the bytes from
///   `window.zangerEarlyPack` instead of fetching them after it starts): at once for any other page,
///   which needs them to show anything (Trunk's preload link goes back into the page), but after the
///   home page is painted when the prerendered one is shown, so that the HTML, CSS and this script
///   have a slow line to themselves (`window.zangerAfterPaint` holds the boot script back until then);
/// - it notes what it showed in `#zanger[data-boot]` (`home` or `loading`).
fn start_script(packs: &[String], wasm_preload: Option<&str>) -> String {
    let entries: Vec<String> = packs
        .iter()
        .filter_map(|p| Some(format!("{}: {:?}", p.strip_prefix("content-")?.split('-').next()?, p)))
        .collect();
    format!(
        r#"// Generated by `cargo xtask build`. Do not edit.
(() => {{
  const files = {{ {} }};
  const known = (code) => {{
    const primary = String(code || '').split(/[-_]/)[0].trim().toLowerCase();
    return primary === 'kz' ? 'kk' : ['kk', 'ru', 'en'].includes(primary) ? primary : null;
  }};
  // The page's own links to the build's files are relative to its folder; the app moves the URL to other
  // folders (History API), and a browser fetches the icon again from the new URL: fix them now.
  for (const link of document.querySelectorAll('link[rel~="icon"], link[rel="manifest"]')) link.setAttribute('href', link.href);
  const langs = ['kk', 'ru', 'en'];
  const zanger = document.getElementById('zanger');
  const boot = document.querySelector('#zanger > .zg-boot');
  // The site (real URLs, `data-paths`): a page prerendered at build time is already in the boot element.
  const site = !!(zanger && zanger.hasAttribute('data-paths'));
  const prerendered = site && !!boot && boot.classList.contains('zg-boot-home');
  const hashPath = location.hash.replace(/^#/, '').replace(/^\/+/, '').split(/[?#]/)[0].split('/').filter((p) => p);
  // On the site the page is named by its folder (`…/ru/` or `…/ru/guide/<id>/`), unless an old `#/…` link names it.
  const folders = location.pathname.split('/').slice(0, -1).filter((p) => p);
  const n = folders.length;
  const sitePath = n && langs.includes(folders[n - 1]) ? [folders[n - 1]]
    : n >= 2 && langs.includes(folders[n - 2]) && folders[n - 1] === 'received' ? folders.slice(n - 2)
    : n >= 3 && langs.includes(folders[n - 3]) && ['topic', 'guide', 'form'].includes(folders[n - 2]) ? folders.slice(n - 3) : [];
  const path = site && !location.hash.startsWith('#/') ? sitePath : hashPath;
  let stored = null;
  let drafts = false;
  try {{
    stored = localStorage.getItem('zanger.lang');
    for (let i = 0; i < localStorage.length; i++) drafts = drafts || (localStorage.key(i) || '').startsWith('zanger.draft.');
  }} catch (e) {{}}
  const named = prerendered ? document.documentElement.lang : langs.includes(path[0]) ? path[0] : null;
  const lang = named || known(stored) || [...(navigator.languages || []), navigator.language].map(known).find((l) => l) || 'kk';
  const base = new URL('./', document.currentScript.src || location.href).href;
  window.zangerBase = window.zangerBase || base;
  const fetchPack = () => {{
    if (files[lang] && !window.zangerPackUrls) {{
      window.zangerEarlyPack = {{ lang, bytes: fetch(base + files[lang]).then((r) => (r.ok ? r.arrayBuffer() : null)).catch(() => null) }};
    }}
  }};
  const home = path.length === 0 || (path.length === 1 && named);
  const page = document.querySelector('template[data-zg-home="' + lang + '"]');
  const shown = prerendered || !!(home && !drafts && boot && page);
  if (shown && !prerendered) {{
    // The site's root moves to the language's folder first: the home page's links are relative to it.
    if (site && path.length === 0 && !location.hash) history.replaceState(null, '', lang + '/');
    boot.replaceChildren(page.content.cloneNode(true));
    boot.classList.add('zg-boot-home');
  }}
  // The single-file edition (`cargo xtask bundle`) has its files inside the page: nothing to fetch.
  const preload = window.zangerPackUrls ? null : {};
  if (zanger) zanger.dataset.boot = prerendered ? 'page' : shown ? 'home' : 'loading';
  if (shown) {{
    // The boot script's own fetch of the wasm starts then (no preload link: the page's load event
    // does not wait for the wasm).
    window.zangerAfterPaint = new Promise((resolve) => {{
      let done = false;
      const go = () => {{ if (!done) {{ done = true; fetchPack(); resolve(); }} }};
      // Once the home page's largest text is on the screen (an earlier paint may be the loading line).
      const types = (window.PerformanceObserver && PerformanceObserver.supportedEntryTypes) || [];
      if (types.includes('largest-contentful-paint')) {{
        new PerformanceObserver((list) => {{
          if (list.getEntries().some((e) => e.element && boot.contains(e.element))) setTimeout(go, 0);
        }}).observe({{ type: 'largest-contentful-paint', buffered: true }});
      }} else {{
        requestAnimationFrame(() => setTimeout(go, 0));
      }}
      setTimeout(go, 1000); // a background tab paints nothing
    }});
  }} else {{
    // The build's files sit at the site's base, next to this script, whatever the page's folder.
    if (preload) document.head.insertAdjacentHTML('beforeend', preload.replace('href="./', 'href="' + base));
    fetchPack();
  }}
}})();
"#,
        entries.join(", "),
        wasm_preload.map_or("null".to_string(), |tag| format!("{tag:?}"))
    )
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

/// `zanger-portal.js`: defines `<zanger-portal lang="kk" topic="family.alimony">`, which mounts the app
/// in its own shadow root (the host's CSS cannot reach it, its CSS cannot leak out) with navigation
/// in memory (the host's URL and title are never touched). Files are found next to the script.
fn portal_script(dist: &Path) -> Result<String, String> {
    let names: Vec<String> = std::fs::read_dir(dist).map_err(|e| e.to_string())?.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    let find = |wanted: &dyn Fn(&str) -> bool, what: &str| names.iter().find(|n| wanted(n)).cloned().ok_or(format!("dist/ has no {what}"));
    let glue = find(&|n| n.starts_with("zanger-") && n.ends_with(".js") && n != PORTAL_SCRIPT, "zanger-*.js (wasm-bindgen glue)")?;
    let wasm = find(&|n| n.starts_with("zanger-") && n.ends_with("_bg.wasm"), "zanger-*_bg.wasm")?;
    let css = find(&|n| n.starts_with("main-") && n.ends_with(".css"), "main-*.css")?;
    Ok(format!(
        r#"// <zanger-portal lang="kk" topic="family.alimony"></zanger-portal>: the Zanger portal in a shadow root.
// Generated by `cargo xtask build`. Do not edit.
const base = new URL('./', import.meta.url).href;
window.zangerBase = window.zangerBase || base;
window.zangerEmbedded = true;
let app;
const load = () => app || (app = import(base + '{glue}').then(async (m) => {{
  await m.default({{ module_or_path: base + '{wasm}' }});
  return m;
}}));
class ZangerPortal extends HTMLElement {{
  connectedCallback() {{
    if (this.shadowRoot) return;
    const root = this.attachShadow({{ mode: 'open' }});
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base + '{css}';
    const mount = document.createElement('div');
    root.append(style, mount);
    load().then((m) => m.mount_portal(mount, this.getAttribute('lang'), this.getAttribute('topic')));
  }}
}}
if (!customElements.get('zanger-portal')) customElements.define('zanger-portal', ZangerPortal);
"#
    ))
}

fn find_icon(html: &str) -> Option<String> {
    let at = html.find("rel=\"icon\" href=\"")? + "rel=\"icon\" href=\"".len();
    let end = html[at..].find('"')? + at;
    Some(html[at..end].to_string())
}

/// Registered before the app starts so the first visit is cached while it loads. When a new build
/// takes over an already controlled page, the app is told (`zanger-update-ready`) and offers a reload.
const REGISTER_SERVICE_WORKER: &str = r#"// The app fetches its language pack from next to this script, wherever the page embedding it is.
window.zangerBase = new URL('./', import.meta.url).href;
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  // The first worker to take control is this release's own (a first visit); any later change of
  // worker while the page is open is a new release.
  let controlled = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) dispatchEvent(new CustomEvent('zanger-update-ready'));
    controlled = true;
  });
  navigator.serviceWorker.register(new URL('./sw.js', import.meta.url)).catch(() => {});
}
// Inside an iframe, tell the host page how tall the portal is so it can size the frame (only a
// number crosses: no user data).
if (window.parent !== window && 'ResizeObserver' in window) {
  const report = () => window.parent.postMessage({ type: 'zanger:height', height: document.documentElement.scrollHeight }, '*');
  new ResizeObserver(report).observe(document.documentElement);
  addEventListener('load', report);
}"#;

fn manifest(icon: &str) -> String {
    format!(
        r##"{{
  "name": "Заңгер — Zanger",
  "short_name": "Заңгер",
  "description": "Құқықтық нұсқаулықтар мен сотқа құжаттар / Правовые инструкции и документы для суда",
  "start_url": "./",
  "scope": "./",
  "display": "standalone",
  "background_color": "#f6f7f5",
  "theme_color": "#0b5d66",
  "icons": [{{ "src": "{icon}", "sizes": "any", "type": "image/svg+xml", "purpose": "any" }}]
}}
"##
    )
}

/// The service worker: `files` (the app) are precached on install; `packs` (one per language) are kept
/// once the app has loaded one, and a new release fetches the new packs of the languages already kept.
fn service_worker(version: &str, files: &[String], packs: &[String]) -> String {
    let list = std::iter::once("./".to_string()).chain(files.iter().map(|f| format!("./{f}"))).map(|f| format!("{f:?}")).collect::<Vec<_>>().join(",\n  ");
    let packs = packs.iter().map(|f| format!("{:?}", format!("./{f}"))).collect::<Vec<_>>().join(", ");
    format!(
        r#"// Generated by `cargo xtask build` from the files of this build. Do not edit.
const CACHE = 'zanger-{version}';
const FILES = [
  {list}
];
// Fetched when first needed, then kept: one content pack per language (only the languages a visitor
// reads are downloaded) and the PDF font. Names are relative to this worker: the site may live under
// any base path, and so does its worker (its scope is its folder).
const here = (name) => new URL(name, self.location).pathname;
const PACKS = [{packs}].map(here);
const BASE = here('./');
// A pack's language stands for it across releases (its name changes with its content).
const kind = (path) => (/\/content-([a-z]+)-[0-9a-f]+\.bin$/.exec(path) || [null, path])[1];

// What an earlier release kept: this release keeps its own version of the same files.
async function languagesKept() {{
  const kinds = new Set();
  for (const key of await caches.keys()) {{
    if (!key.startsWith('zanger-') || key === CACHE) continue;
    for (const request of await (await caches.open(key)).keys()) kinds.add(kind(new URL(request.url).pathname));
  }}
  return PACKS.filter((p) => kinds.has(kind(p)));
}}

self.addEventListener('install', (event) => {{
  event.waitUntil(
    caches.open(CACHE)
      .then(async (cache) => {{
        await cache.addAll(FILES);
        await cache.addAll(await languagesKept()).catch(() => {{}});
      }})
      .then(() => self.skipWaiting())
  );
}});

// The app asks to keep the pack it has just loaded (it may have loaded it before this worker ran).
self.addEventListener('message', (event) => {{
  const url = event.data && event.data.zangerKeep;
  if (typeof url !== 'string') return;
  const path = new URL(url, self.location.origin).pathname;
  if (!PACKS.includes(path)) return;
  event.waitUntil(caches.open(CACHE).then(async (cache) => {{ if (!(await cache.match(path))) await cache.add(path); }}));
}});

self.addEventListener('activate', (event) => {{
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('zanger-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
}});

// Cache first: every file of the build is precached, so after the first visit nothing goes to the
// network. Page loads (any path, any hash) get the cached index.html.
self.addEventListener('fetch', (event) => {{
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {{
      const hit = await cache.match(request, {{ ignoreSearch: true }});
      if (hit) return hit;
      if (request.mode === 'navigate') {{
        // A page of the site not kept (offline, or not yet visited): the site's root page, whose
        // files are named relative to the root; the app then shows the page its URL names.
        const index = await cache.match(here('./index.html'));
        if (index) {{
          const html = (await index.text()).replaceAll('="./', '="' + BASE);
          return new Response(html, {{ status: 200, headers: index.headers }});
        }}
      }}
      const response = await fetch(request);
      if (response.ok && PACKS.includes(new URL(request.url).pathname)) await cache.put(request, response.clone());
      return response;
    }})
  );
}});
"#
    )
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
        assert!(boot.contains("import init from './zanger-1.js';") && boot.contains("serviceWorker.register"));
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
        assert!(script.contains(r#"const files = { kk: "content-kk-0a.bin", ru: "content-ru-1b.bin" };"#), "{script}");
        assert!(script.contains("zangerEarlyPack") && script.contains("zanger.draft."));
        assert!(script.contains(r#"const preload = window.zangerPackUrls ? null : "<link rel=\"preload\" href=\"/zanger-1_bg.wasm\""#), "{script}");
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
        assert!(script.contains("import(base + 'zanger-ab12.js')") && script.contains("base + 'zanger-ab12_bg.wasm'"), "{script}");
        assert!(script.contains("base + 'main-cd34.css'") && script.contains("attachShadow"));
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
        let sw = service_worker("abc", &["index.html".into(), "zanger-1_bg.wasm".into()], &["content-kk-01.bin".into()]);
        assert!(sw.contains("const CACHE = 'zanger-abc';"));
        assert!(sw.contains("const PACKS = [\"./content-kk-01.bin\"].map(here);"), "{sw}");
        assert!(sw.contains("\"./\",\n  \"./index.html\",\n  \"./zanger-1_bg.wasm\""), "{sw}");
    }
}
