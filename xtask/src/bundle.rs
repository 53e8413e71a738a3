//! `cargo xtask bundle`: the single-file edition. One HTML file with everything inlined (styles, the
//! wasm-bindgen glue, the wasm, the three language packs, the PDF font, the favicon) that works when
//! opened from disk (`file://`, a USB stick) on a computer with no network and no server.
//!
//! From the release build in `dist/`:
//! - each `<link rel="stylesheet">` becomes a `<style>`, the favicon a `data:` URL; the other links
//!   (modulepreload, preload, manifest) are dropped: there is nothing to preload and nothing to install;
//! - the boot script is replaced by one inline module: the glue module's own code (its `export`s turned
//!   into local bindings), then the wasm decoded from base64 and passed to `init` as bytes. The service
//!   worker registration and the iframe height reporting of the boot script are left out;
//! - the packs and the font are `data:` URLs in `window.zangerPackUrls`, which the app fetches instead
//!   of files next to it (`src/ui/content_loader.rs`).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Where `cargo xtask bundle` writes the file (git-ignored with the rest of `target/`).
pub const OUTPUT: &str = "target/zanger-offline.html";

/// The page's two scripts (`xtask/js/`): the data: URLs of the packs and the font, then the module
/// that starts the wasm, whose glue goes where [`GLUE_MARKER`] is.
const PACKS_JS: &str = include_str!("../js/bundle-packs.js");
const BOOT_JS: &str = include_str!("../js/bundle-boot.js");
const GLUE_MARKER: &str = "/*zanger:glue*/null";

/// The PDF font's file name in `dist/` (the app asks for it under the key `font`).
const FONT_FILE: &str = "zanger-pdf-sans.ttf";

/// Builds the release app (unless `--no-build`: the one in `dist/`), then writes the single file and
/// prints its size, raw and brotli-compressed.
pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let dist = match args {
        [] => crate::build::release(root)?,
        [flag] if flag == "--no-build" => root.join("dist"),
        _ => return Err("usage: cargo xtask bundle [--no-build]".into()),
    };
    let path = write(root, &dist)?;
    let html = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("bundle: {} bytes brotli q11 (as sent compressed, e.g. in a zip or by a web server)", crate::sizes::brotli(&html));
    Ok(())
}

/// Writes the single file from an existing release build in `dist` to `root/OUTPUT`, prints its path
/// and size, and returns the path. (`cargo xtask test` calls it on the build it has just made.)
pub fn write(root: &Path, dist: &Path) -> Result<PathBuf, String> {
    let html = bundle(dist)?;
    let path = root.join(OUTPUT);
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(&path, &html).map_err(|e| format!("{}: {e}", path.display()))?;
    println!("bundle: wrote {} ({} bytes): open it from disk, no server or network needed", path.display(), html.len());
    Ok(path)
}

/// The single-file page made from the release build in `dist`.
pub fn bundle(dist: &Path) -> Result<String, String> {
    let read = |name: &str| std::fs::read(dist.join(name)).map_err(|e| format!("{}: {e}", dist.join(name).display()));
    let read_text = |name: &str| String::from_utf8(read(name)?).map_err(|_| format!("{name} is not UTF-8"));
    // The page shell with hash links (the site's pages live in folders a single file cannot have).
    let index = read_text(crate::pages::SHELL).map_err(|e| format!("{e} (run `cargo xtask build` first)"))?;

    let mut names: Vec<String> = std::fs::read_dir(dist)
        .map_err(|e| format!("{}: {e}", dist.display()))?
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let mut assets = BTreeMap::new();
    for name in names.iter().filter(|n| crate::offline::is_pack(n)) {
        let lang = name.trim_start_matches("content-").split('-').next().unwrap_or_default().to_string();
        assets.insert(lang, data_url("application/octet-stream", &read(name)?));
    }
    // Every language's pack is in the page (else the app would look for a file next to it).
    for lang in zanger::core::lang::Lang::ALL.map(|l| l.code()) {
        if !assets.contains_key(lang) {
            return Err(format!("{} has no `{lang}` content pack (content-{lang}-<hash>.bin)", dist.display()));
        }
    }
    assets.insert("font".to_string(), data_url("font/ttf", &read(FONT_FILE)?));

    let page = Page::parse(&index)?;
    let loader = match &page.boot {
        Boot::File(name) => Loader::parse(&read_text(name)?)?,
        Boot::Inline(text) => Loader::parse(text)?,
    };
    let glue = read_text(&loader.glue)?;
    let wasm = read(&loader.wasm)?;
    let styles = page.styles.iter().map(|name| read_text(name)).collect::<Result<Vec<_>, _>>()?;
    let icon = match &page.icon {
        Some(name) => Some(data_url(mime_of(name), &read(name)?)),
        None => None,
    };
    let start = page.start.as_deref().map(read_text).transpose()?;
    assemble(&page, &styles, icon.as_deref(), start.as_deref(), &assets, &glue, &wasm)
}

/// What the release `index.html` refers to, and the page with those references cut out.
#[derive(Debug)]
struct Page {
    /// The page, with `STYLES`, `ICON` and `SCRIPT` markers where the styles, the favicon and the script go.
    skeleton: String,
    /// Stylesheets in page order (file names in `dist/`).
    styles: Vec<String>,
    icon: Option<String>,
    boot: Boot,
    /// The classic start script (`start-<hash>.js`: prerendered home page, early pack), inlined where it was.
    start: Option<String>,
}

/// Trunk's loader: a file (`boot-<hash>.js`, after `offline::apply`) or still inline in the page.
#[derive(Debug, PartialEq)]
enum Boot {
    File(String),
    Inline(String),
}

const STYLES: &str = "\u{0}zanger-styles\u{0}";
const SCRIPT: &str = "\u{0}zanger-script\u{0}";
const START: &str = "\u{0}zanger-start\u{0}";
const ICON: &str = "\u{0}zanger-icon\u{0}";

impl Page {
    /// Reads the page as written by Trunk, minified or not (attributes in any order, quoted or not).
    fn parse(html: &str) -> Result<Page, String> {
        let mut skeleton = String::with_capacity(html.len());
        let (mut styles, mut icon, mut boot, mut start) = (Vec::new(), None, None, None);
        let mut copied = 0;
        for tag in tags(html)? {
            let text = &html[tag.start..tag.end];
            match tag.name.as_str() {
                "link" => {
                    skeleton.push_str(&html[copied..tag.start]);
                    copied = tag.end;
                    let href = tag.attribute("href").ok_or_else(|| format!("index.html: a link without href: {text}"))?;
                    match tag.attribute("rel").map(str::to_ascii_lowercase).as_deref() {
                        Some("stylesheet") => {
                            if styles.is_empty() {
                                skeleton.push_str(STYLES);
                            }
                            styles.push(local_file(href)?);
                        }
                        Some("icon") => {
                            icon = Some(local_file(href)?);
                            skeleton.push_str(ICON);
                        }
                        // Nothing to preload and nothing to install from a file.
                        Some("modulepreload" | "preload" | "manifest") => {}
                        other => return Err(format!("index.html: unexpected link rel={other:?}: {text}")),
                    }
                }
                "script" => {
                    let is_module = tag.attribute("type") == Some("module");
                    let found = match tag.attribute("src") {
                        Some(src) if is_module => Boot::File(local_file(src)?),
                        Some(src) if !is_module && local_file(src)?.starts_with("start-") && start.is_none() => {
                            skeleton.push_str(&html[copied..tag.start]);
                            copied = tag.end;
                            start = Some(local_file(src)?);
                            skeleton.push_str(START);
                            continue;
                        }
                        Some(src) => return Err(format!("index.html: unexpected script {src}: only the boot module was expected")),
                        None if is_module && tag.content.contains("import init") => Boot::Inline(tag.content.clone()),
                        // Any other inline script stays as it is.
                        None => continue,
                    };
                    if boot.is_some() {
                        return Err("index.html has two boot modules: did the build change?".into());
                    }
                    skeleton.push_str(&html[copied..tag.start]);
                    copied = tag.end;
                    boot = Some(found);
                    skeleton.push_str(SCRIPT);
                }
                _ => {}
            }
        }
        skeleton.push_str(&html[copied..]);
        let boot = boot.ok_or("index.html has no boot module (<script type=module src=...>): did the build change?")?;
        if styles.is_empty() {
            return Err("index.html links no stylesheet: did the build change?".into());
        }
        Ok(Page { skeleton, styles, icon, boot, start })
    }
}

/// One element's start tag in a page; for `<script>` and `<style>`, `end` is after the closing tag.
#[derive(Debug)]
struct Tag {
    start: usize,
    end: usize,
    /// Lower case.
    name: String,
    attributes: Vec<(String, String)>,
    /// The text of a `<script>` or `<style>`.
    content: String,
}

impl Tag {
    fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
}

/// The start tags of `html` (comments, doctype and end tags skipped), with their attributes: quoted
/// with `"` or `'`, unquoted, or bare. A tokenizer for the pages Trunk writes, not for any HTML.
fn tags(html: &str) -> Result<Vec<Tag>, String> {
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(offset) = html[at..].find('<') {
        let start = at + offset;
        let rest = &html[start..];
        if rest.starts_with("<!--") {
            at = start + rest.find("-->").ok_or("index.html: unclosed comment")? + 3;
            continue;
        }
        let name: String = rest[1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_lowercase();
        if name.is_empty() {
            // An end tag, the doctype, or a `<` in text.
            at = start + 1;
            continue;
        }
        let bytes = html.as_bytes();
        let mut i = start + 1 + name.len();
        let mut attributes = Vec::new();
        loop {
            while i < bytes.len() && (bytes[i].is_ascii_whitespace() || bytes[i] == b'/') {
                i += 1;
            }
            if i >= bytes.len() {
                return Err(format!("index.html: unclosed <{name}>"));
            }
            if bytes[i] == b'>' {
                i += 1;
                break;
            }
            let name_start = i;
            while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !matches!(bytes[i], b'=' | b'>' | b'/') {
                i += 1;
            }
            let attribute = html[name_start..i].to_ascii_lowercase();
            let mut value = String::new();
            if bytes.get(i) == Some(&b'=') {
                i += 1;
                if let Some(quote @ (b'"' | b'\'')) = bytes.get(i).copied() {
                    let end = html[i + 1..].find(quote as char).ok_or_else(|| format!("index.html: unclosed attribute in <{name}>"))? + i + 1;
                    value = html[i + 1..end].to_string();
                    i = end + 1;
                } else {
                    let value_start = i;
                    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && bytes[i] != b'>' {
                        i += 1;
                    }
                    value = html[value_start..i].to_string();
                }
            }
            attributes.push((attribute, value));
        }
        let mut tag = Tag { start, end: i, name, attributes, content: String::new() };
        if tag.name == "script" || tag.name == "style" {
            let closing = format!("</{}", tag.name);
            let close = html[i..].to_ascii_lowercase().find(&closing).ok_or_else(|| format!("index.html: unclosed <{}>", tag.name))? + i;
            tag.content = html[i..close].to_string();
            tag.end = close + html[close..].find('>').ok_or("index.html: unclosed end tag")? + 1;
        }
        at = tag.end;
        found.push(tag);
    }
    Ok(found)
}

/// The file in `dist/` that a root-relative or relative URL of the build names.
fn local_file(url: &str) -> Result<String, String> {
    let name = url.trim_start_matches("./").trim_start_matches('/');
    if name.is_empty() || name.contains(['/', '\\', ':', '?', '#']) {
        return Err(format!("`{url}` is not a file of the build"));
    }
    Ok(name.to_string())
}

/// What Trunk's loader (in the boot module) imports: the glue module and the wasm.
#[derive(Debug, PartialEq)]
struct Loader {
    glue: String,
    wasm: String,
}

impl Loader {
    fn parse(boot: &str) -> Result<Loader, String> {
        let expected = "the boot module has no `import init, * as bindings from '<glue>.js'` followed by \
             `init({ module_or_path: '<wasm>' })`: did Trunk change its loader?";
        let import = boot.find("import init").ok_or(expected)?;
        let from = boot[import..].find("from").ok_or(expected)? + import + "from".len();
        let glue = quoted(boot[from..].trim_start()).ok_or(expected)?;
        let path = boot[from..].find("module_or_path").ok_or(expected)? + from + "module_or_path".len();
        let value = boot[path..].trim_start().strip_prefix(':').ok_or(expected)?.trim_start();
        // `new URL('./<wasm>', import.meta.url)` (the site's loader, `offline::relative_to_module`) or a plain string.
        let value = value.strip_prefix("new URL(").map_or(value, str::trim_start);
        let wasm = quoted(value).ok_or(expected)?;
        if !glue.ends_with(".js") || !wasm.ends_with(".wasm") {
            return Err(format!("{expected} (found `{glue}` and `{wasm}`)"));
        }
        Ok(Loader { glue: local_file(&glue)?, wasm: local_file(&wasm)? })
    }
}

/// The string at the start of `text` in single or double quotes.
fn quoted(text: &str) -> Option<String> {
    let quote = text.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let end = text[1..].find(quote)? + 1;
    Some(text[1..end].to_string())
}

/// The glue module's code as a script that evaluates to its exports (`{ default: init, initSync, ... }`):
/// its top-level `export` statements become plain declarations and one returned object. Fails on any
/// shape it does not know, rather than writing a page that would not start.
fn glue_as_expression(glue: &str) -> Result<String, String> {
    let mut body = String::with_capacity(glue.len());
    let mut exports: Vec<(String, String)> = Vec::new();
    let mut lines = glue.lines();
    while let Some(line) = lines.next() {
        if line.starts_with("import ") || line.starts_with("import{") {
            return Err(format!("the wasm-bindgen glue imports another module (`{line}`): a JS snippet cannot be inlined yet"));
        }
        let Some(rest) = line.strip_prefix("export").filter(|r| r.starts_with([' ', '{'])).map(str::trim_start) else {
            if [";export", "}export", "; export ", "} export "].iter().any(|p| line.contains(p)) {
                return Err("the wasm-bindgen glue has an `export` inside a line (minified?): it cannot be inlined".into());
            }
            body.push_str(line);
            body.push('\n');
            continue;
        };
        let declaration = ["class ", "function ", "async function ", "function* ", "const ", "let ", "var "].iter().find(|k| rest.starts_with(**k));
        if let Some(keyword) = declaration {
            let name: String = rest[keyword.len()..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '$').collect();
            if name.is_empty() {
                return Err(format!("the wasm-bindgen glue has an export this bundler does not understand: `{line}`"));
            }
            exports.push((name.clone(), name));
            body.push_str(rest);
            body.push('\n');
        } else if rest.starts_with('{') {
            let mut list = rest.to_string();
            while !list.contains('}') {
                list.push(' ');
                list.push_str(lines.next().ok_or("the wasm-bindgen glue has an unclosed `export {`")?);
            }
            let (inside, after) = list[1..].split_once('}').expect("contains }");
            if !after.trim().trim_end_matches(';').is_empty() {
                return Err(format!("the wasm-bindgen glue has an export this bundler does not understand: `{line}`"));
            }
            for item in inside.split(',').map(str::trim).filter(|i| !i.is_empty()) {
                let (local, exported) = item.split_once(" as ").map_or((item, item), |(l, e)| (l.trim(), e.trim()));
                exports.push((exported.to_string(), local.to_string()));
            }
        } else {
            return Err(format!("the wasm-bindgen glue has an export this bundler does not understand: `{line}`"));
        }
    }
    if !exports.iter().any(|(exported, _)| exported == "default") {
        return Err("the wasm-bindgen glue exports no `default` init function: did wasm-bindgen change its output?".into());
    }
    let object = exports.iter().map(|(exported, local)| format!("{exported}: {local}")).collect::<Vec<_>>().join(", ");
    Ok(format!("(() => {{\n{body}return Object.freeze({{ {object} }});\n}})()"))
}

/// Text that can sit inside `<script>` or `<style>` without ending it early: `</script` (or `</style`)
/// and `<!--` never appear. The escapes mean the same in JS strings, regular expressions and comments
/// (`<\/` and `\x21`), and in CSS strings (`<\/`).
fn escape_for_element(text: &str, element: &str) -> String {
    let closing = format!("</{element}");
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        if tail.len() >= closing.len() && tail.is_char_boundary(closing.len()) && tail[..closing.len()].eq_ignore_ascii_case(&closing) {
            out.push_str("<\\/");
            rest = &tail[2..];
        } else if element == "script" && tail.starts_with("<!--") {
            out.push_str("<\\x21--");
            rest = &tail[4..];
        } else {
            out.push('<');
            rest = &tail[1..];
        }
    }
    out.push_str(rest);
    out
}

fn assemble(
    page: &Page,
    styles: &[String],
    icon: Option<&str>,
    start: Option<&str>,
    assets: &BTreeMap<String, String>,
    glue: &str,
    wasm: &[u8],
) -> Result<String, String> {
    let mut css = String::new();
    for (name, style) in page.styles.iter().zip(styles) {
        if let Some(at) = style.find("url(") {
            let url = style[at + 4..].trim_start_matches(['"', '\'']);
            if !url.starts_with("data:") {
                return Err(format!("{name} refers to another file (`{}`): inline it or leave it out", &style[at..(at + 40).min(style.len())]));
            }
        }
        css.push_str(&format!("<style>\n{}\n</style>\n", escape_for_element(style, "style")));
    }
    let packs = crate::offline::inject("bundle-packs.js", PACKS_JS, &serde_json::json!({ "urls": assets }))?;
    let boot = crate::offline::inject("bundle-boot.js", BOOT_JS, &serde_json::json!({ "wasm": base64(wasm) }))?;
    if boot.matches(GLUE_MARKER).count() != 1 {
        return Err(format!("xtask/js/bundle-boot.js should have exactly one `{GLUE_MARKER}`"));
    }
    let boot = boot.replacen(GLUE_MARKER, &glue_as_expression(glue)?, 1);
    let script = format!(
        "<script>\n{}\n</script>\n<script type=\"module\">\n{}\n</script>",
        escape_for_element(&packs, "script"),
        escape_for_element(&boot, "script")
    );
    let icon = icon.map(|url| format!("<link rel=\"icon\" href=\"{url}\">")).unwrap_or_default();
    // The markers are replaced one after another, the script last: its text is never searched.
    let page = page.skeleton.replacen(ICON, &icon, 1);
    let (before, after) = page.split_once(STYLES).ok_or("internal: no styles marker")?;
    let page = format!("{before}{css}{after}");
    let page = match (page.split_once(START), start) {
        (Some((before, after)), Some(start)) => format!("{before}<script>\n{}\n</script>{after}", escape_for_element(start, "script")),
        (None, None) => page,
        _ => return Err("internal: the start script and its marker do not match".into()),
    };
    let (before, after) = page.split_once(SCRIPT).ok_or("internal: no script marker")?;
    if before.contains('\u{0}') || after.contains('\u{0}') {
        return Err("internal: a marker was left in the page".into());
    }
    check_no_file_references(&format!("{before}{after}"))?;
    Ok(format!("{before}{script}{after}"))
}

/// The page outside the inlined script must not load anything: every `src`, `srcset` and `href` is a
/// `data:` URL or a fragment.
fn check_no_file_references(html: &str) -> Result<(), String> {
    for tag in tags(html)? {
        for (name, value) in &tag.attributes {
            if matches!(name.as_str(), "src" | "srcset" | "href") && !value.starts_with("data:") && !value.starts_with('#') {
                return Err(format!("the bundled page still refers to a file: <{} {name}={value}>", tag.name));
            }
        }
    }
    Ok(())
}

fn mime_of(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "css" => "text/css",
        "ttf" => "font/ttf",
        "wasm" => "application/wasm",
        _ => "application/octet-stream",
    }
}

fn data_url(mime: &str, bytes: &[u8]) -> String {
    format!("data:{mime};base64,{}", base64(bytes))
}

/// Standard base64 with padding (RFC 4648), as `atob` and `data:` URLs read it.
fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16) | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8) | u32::from(*chunk.get(2).unwrap_or(&0));
        for (i, shift) in [18, 12, 6, 0].into_iter().enumerate() {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> shift & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests;
