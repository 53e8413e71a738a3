//! Makes the release build work offline and under a strict Content Security Policy, after Trunk:
//!
//! - Trunk's inline loader `<script type="module">` becomes a file (`boot-<hash>.js`), so the page
//!   needs no `'unsafe-inline'`; the boot script also registers the service worker.
//! - `sw.js` precaches every file of the build (Trunk's hashed names included) in a cache named after
//!   a hash of the build, serves them cache-first, and deletes older caches when it activates.
//! - `manifest.webmanifest` makes the portal installable.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::Path;

const INLINE_OPEN: &str = "<script type=\"module\">";
const SCRIPT_CLOSE: &str = "</script>";

pub fn apply(dist: &Path) -> Result<(), String> {
    let index_path = dist.join("index.html");
    let html = std::fs::read_to_string(&index_path).map_err(|e| format!("{}: {e}", index_path.display()))?;
    let (html, boot_name, boot) = externalise_loader(&html)?;
    std::fs::write(dist.join(&boot_name), boot).map_err(|e| e.to_string())?;
    let icon = find_icon(&html).unwrap_or_default();
    std::fs::write(dist.join("manifest.webmanifest"), manifest(&icon)).map_err(|e| e.to_string())?;
    let html = html.replacen(
        "</head>",
        "<link rel=\"manifest\" href=\"/manifest.webmanifest\">\n<meta name=\"theme-color\" content=\"#0b5d66\">\n</head>",
        1,
    );
    std::fs::write(&index_path, &html).map_err(|e| e.to_string())?;

    let mut files: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| e.to_string())?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js")
        .collect();
    files.sort();
    let mut hasher = DefaultHasher::new();
    for name in &files {
        name.hash(&mut hasher);
        std::fs::read(dist.join(name)).map_err(|e| e.to_string())?.hash(&mut hasher);
    }
    let version = format!("{:016x}", hasher.finish());
    std::fs::write(dist.join("sw.js"), service_worker(&version, &files)).map_err(|e| e.to_string())?;
    println!("offline: sw.js precaches {} files (cache zanger-{version}); loader moved to {boot_name}", files.len() + 1);
    Ok(())
}

/// Moves Trunk's inline module script into a file. Returns the new HTML, the file name and its text.
pub fn externalise_loader(html: &str) -> Result<(String, String, String), String> {
    let start = html.find(INLINE_OPEN).ok_or("index.html has no inline loader: did Trunk change its output?")?;
    let body_start = start + INLINE_OPEN.len();
    let end = html[body_start..].find(SCRIPT_CLOSE).ok_or("unclosed loader script")? + body_start;
    let loader = html[body_start..end].trim();
    let boot = format!("{REGISTER_SERVICE_WORKER}\n{loader}\n");
    let mut hasher = DefaultHasher::new();
    boot.hash(&mut hasher);
    let name = format!("boot-{:016x}.js", hasher.finish());
    let tag = format!("<script type=\"module\" src=\"/{name}\"></script>");
    let html = format!("{}{tag}{}", &html[..start], &html[end + SCRIPT_CLOSE.len()..]);
    Ok((html, name, boot))
}

fn find_icon(html: &str) -> Option<String> {
    let at = html.find("rel=\"icon\" href=\"")? + "rel=\"icon\" href=\"".len();
    let end = html[at..].find('"')? + at;
    Some(html[at..end].to_string())
}

/// Registered before the app starts so the first visit is cached while it loads. When a new build
/// takes over an already controlled page, the app is told (`zanger-update-ready`) and offers a reload.
const REGISTER_SERVICE_WORKER: &str = r#"if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  const hadController = !!navigator.serviceWorker.controller;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (hadController) dispatchEvent(new CustomEvent('zanger-update-ready'));
  });
  navigator.serviceWorker.register('/sw.js').catch(() => {});
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
  "start_url": "/",
  "scope": "/",
  "display": "standalone",
  "background_color": "#f6f7f5",
  "theme_color": "#0b5d66",
  "icons": [{{ "src": "{icon}", "sizes": "any", "type": "image/svg+xml", "purpose": "any" }}]
}}
"##
    )
}

fn service_worker(version: &str, files: &[String]) -> String {
    let list = std::iter::once("/".to_string()).chain(files.iter().map(|f| format!("/{f}"))).map(|f| format!("{f:?}")).collect::<Vec<_>>().join(",\n  ");
    format!(
        r#"// Generated by `cargo xtask build` from the files of this build. Do not edit.
const CACHE = 'zanger-{version}';
const FILES = [
  {list}
];

self.addEventListener('install', (event) => {{
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
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
        const index = await cache.match('/index.html');
        if (index) return index;
      }}
      return fetch(request);
    }})
  );
}});
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRUNK_HTML: &str = "<head>\n<link rel=\"icon\" href=\"/favicon-1.svg\"/>\n<script type=\"module\">\nimport init from '/zanger-1.js';\nawait init();\n</script>\n<link rel=\"modulepreload\" href=\"/zanger-1.js\"></head><body></body>";

    #[test]
    fn the_inline_loader_becomes_a_file_and_no_inline_script_is_left() {
        let (html, name, boot) = externalise_loader(TRUNK_HTML).unwrap();
        assert!(name.starts_with("boot-") && name.ends_with(".js"));
        assert!(html.contains(&format!("<script type=\"module\" src=\"/{name}\"></script>")));
        assert!(!html.contains("<script type=\"module\">"), "{html}");
        assert!(boot.contains("import init from '/zanger-1.js';") && boot.contains("serviceWorker.register"));
        assert!(html.contains("modulepreload"), "the rest of the page is kept");
        assert_eq!(find_icon(&html).as_deref(), Some("/favicon-1.svg"));
    }

    #[test]
    fn a_page_without_a_loader_is_an_error() {
        assert!(externalise_loader("<head></head>").is_err());
    }

    #[test]
    fn the_service_worker_lists_every_file_and_names_its_cache_by_version() {
        let sw = service_worker("abc", &["index.html".into(), "zanger-1_bg.wasm".into()]);
        assert!(sw.contains("const CACHE = 'zanger-abc';"));
        assert!(sw.contains("\"/\",\n  \"/index.html\",\n  \"/zanger-1_bg.wasm\""));
    }
}
