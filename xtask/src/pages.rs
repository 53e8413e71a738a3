//! The site's pages: every page of the app at its real URL, a folder with its own `index.html`
//! (`ru/guide/family.alimony/index.html`), so that any static file server serves it.
//!
//! Each page is the app's page shell (what Trunk and `offline::apply` made of `index.html`) with the
//! page rendered natively from the app's own components (`zanger::ui::prerender`) in place of the
//! loading line, its own title, description, canonical URL, language twins and Open Graph tags. The
//! live app takes the page over when it starts (`ui::mount_standalone`). The site's root keeps the
//! shell with the home pages as templates: its start script shows the reader's language and moves the
//! URL to that language's folder. `cargo xtask build` also writes `sitemap.xml` and `robots.txt`.
//!
//! The shell as it was, with hash links, is kept as `shell.html` for the single-file edition
//! (`cargo xtask bundle`), which has no folders.

use std::path::Path;

use zanger::core::date::Date;
use zanger::core::i18n::ui;
use zanger::core::lang::Lang;
use zanger::core::page_meta::page_meta;
use zanger::core::route::{Page, Route};
use zanger::core::writers::docx::xml_text as esc;

/// The page shell the single-file edition is made from.
pub const SHELL: &str = "shell.html";

/// Where the site is published (canonical URLs, the sitemap): `ZANGER_SITE_URL`, else `site.toml`'s
/// `url`. Ends with `/`.
pub fn site_url(root: &Path) -> Result<String, String> {
    let url = match std::env::var("ZANGER_SITE_URL") {
        Ok(url) if !url.trim().is_empty() => url.trim().to_string(),
        _ => {
            let path = root.join("site.toml");
            let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            text.lines()
                .find_map(|l| l.trim().strip_prefix("url").map(|r| r.trim_start().trim_start_matches('=').trim().trim_matches('"').to_string()))
                .ok_or(format!("{}: no `url = \"https://…/\"`", path.display()))?
        }
    };
    if !url.starts_with("https://") && !url.starts_with("http://") {
        return Err(format!("the site URL `{url}` is not an http(s) address"));
    }
    Ok(if url.ends_with('/') { url } else { format!("{url}/") })
}

/// Writes the site's pages into `dist` from the shell `index.html` (hash links, home templates),
/// which is kept as [`SHELL`]. Returns how many pages were written.
pub fn write_site(dist: &Path, shell: &str, site: &str, today: Date) -> Result<usize, String> {
    write(&dist.join(SHELL), shell)?;
    let routes = zanger::ui::prerender::routes();
    for route in &routes {
        let html = page_html(shell, route, site, today)?;
        write(&dist.join(route.to_path(Lang::Kk)).join("index.html"), &html)?;
    }
    write(&dist.join("index.html"), &root_html(shell, site, today)?)?;
    write(&dist.join("sitemap.xml"), &sitemap(&routes, site))?;
    write(&dist.join("robots.txt"), &format!("User-agent: *\nAllow: /\nSitemap: {site}sitemap.xml\n"))?;
    Ok(routes.len())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The page at `route`: the shell with the page in place of the loading line.
pub fn page_html(shell: &str, route: &Route, site: &str, today: Date) -> Result<String, String> {
    let lang = route.lang.ok_or("a page of the site names its language")?;
    let body = zanger::ui::prerender::page(route, today);
    let noscript = match route.page {
        // A questionnaire's start page reads without scripts; filling it needs them.
        Page::Form(_) => format!("<noscript><p class=\"zg-noscript\" role=\"note\">{}</p></noscript>", esc(ui(lang).form_needs_javascript)),
        _ => String::new(),
    };
    let html = files_from_folder(&without_templates(shell)?, route.to_path(lang).matches('/').count());
    let html = replace_between(&html, "<div class=\"zg-boot\">", "</div>\n", &format!("<div class=\"zg-boot zg-boot-home\">{noscript}{body}</div>\n"))?;
    let html = drop_noscript_notice(&html);
    let html = site_markers(&html, lang)?;
    Ok(with_head(&html, &head_tags(route, lang, site))?)
}

/// The site's root: the shell with each language's home page (the site's links) as a template, which
/// the start script shows for the reader's language after moving the URL to that language's folder.
fn root_html(shell: &str, site: &str, today: Date) -> Result<String, String> {
    let mut html = shell.to_string();
    for lang in Lang::ALL {
        let open = format!("<template data-zg-home=\"{}\">", lang.code());
        let page = zanger::ui::prerender::page(&Route::new(lang, Page::Home), today);
        html = replace_between(&html, &open, "</template>", &format!("{open}{page}</template>"))?;
    }
    let html = site_markers(&html, Lang::Kk)?;
    let canonical = format!("<link rel=\"canonical\" href=\"{}\">\n", esc(site));
    let twins: String = Lang::ALL.iter().map(|l| format!("<link rel=\"alternate\" hreflang=\"{0}\" href=\"{1}{0}/\">\n", l.code(), esc(site))).collect();
    with_head(&html, &format!("{canonical}{twins}<link rel=\"alternate\" hreflang=\"x-default\" href=\"{}\">\n", esc(site)))
}

/// The shell names the build's files relative to the site's root (`./main-….css`); a page `depth`
/// folders down climbs back to them (`../../../main-….css`), so the site works under any base path.
fn files_from_folder(shell: &str, depth: usize) -> String {
    shell.replace("=\"./", &format!("=\"{}", "../".repeat(depth)))
}

/// Marks the app's element as the site's (real URLs) and sets the page's language.
fn site_markers(html: &str, lang: Lang) -> Result<String, String> {
    const ELEMENT: &str = "<div id=\"zanger\" class=\"zanger\" data-standalone>";
    if !html.contains(ELEMENT) {
        return Err(format!("the shell has no `{ELEMENT}`: did index.html change?"));
    }
    let html = html.replacen(ELEMENT, "<div id=\"zanger\" class=\"zanger\" data-standalone data-paths>", 1);
    let at = html.find("<html lang=\"").ok_or("the shell has no <html lang>")? + "<html lang=\"".len();
    let end = html[at..].find('"').ok_or("unclosed <html lang>")? + at;
    Ok(format!("{}{}{}", &html[..at], lang.code(), &html[end..]))
}

/// The page's `<title>`, description, canonical URL, language twins and Open Graph tags.
fn head_tags(route: &Route, lang: Lang, site: &str) -> String {
    let meta = page_meta(route, lang);
    let url = |r: &Route| format!("{site}{}", r.to_path(lang));
    let mut tags = format!(
        "<title>{title}</title>\n<meta name=\"description\" content=\"{description}\">\n<link rel=\"canonical\" href=\"{canonical}\">\n",
        title = esc(&meta.title),
        description = esc(&meta.description),
        canonical = esc(&url(route)),
    );
    for twin in twins(route) {
        let code = twin.lang.map_or("kk", |l| l.code());
        tags.push_str(&format!("<link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\">\n", esc(&url(&twin))));
    }
    let locale = match lang {
        Lang::Kk => "kk_KZ",
        Lang::Ru => "ru_RU",
        Lang::En => "en_US",
    };
    tags.push_str(&format!(
        "<meta property=\"og:type\" content=\"{kind}\">\n<meta property=\"og:site_name\" content=\"{site_name}\">\n<meta property=\"og:title\" content=\"{title}\">\n<meta property=\"og:description\" content=\"{description}\">\n<meta property=\"og:url\" content=\"{canonical}\">\n<meta property=\"og:locale\" content=\"{locale}\">\n",
        kind = if route.page == Page::Home { "website" } else { "article" },
        site_name = esc(ui(lang).app_name),
        title = esc(&meta.title),
        description = esc(&meta.description),
        canonical = esc(&url(route)),
    ));
    tags
}

/// The same page in every language that has it (itself included).
fn twins(route: &Route) -> Vec<Route> {
    Lang::ALL
        .into_iter()
        .map(|l| Route::new(l, route.page.clone()))
        .filter(|r| match &r.page {
            Page::Guide(id) => zanger::core::content::guide(id, r.lang.unwrap_or(Lang::Kk)).is_some(),
            Page::Form(id) => zanger::core::content::questionnaire(id, r.lang.unwrap_or(Lang::Kk)).is_some(),
            _ => true,
        })
        .collect()
}

/// Puts `tags` in the head in place of the shell's title and description.
fn with_head(html: &str, tags: &str) -> Result<String, String> {
    let html = replace_between(html, "<title>", "</title>\n", "")?;
    let html = match html.find("<meta name=\"description\"") {
        Some(at) => {
            let end = html[at..].find('>').ok_or("unclosed meta description")? + at + 1;
            let end = if html[end..].starts_with('\n') { end + 1 } else { end };
            format!("{}{}", &html[..at], &html[end..])
        }
        None => html,
    };
    let at = html.find("</head>").ok_or("the shell has no </head>")?;
    Ok(format!("{}{tags}{}", &html[..at], &html[at..]))
}

/// Replaces `open…close` (both included) by `with`.
fn replace_between(html: &str, open: &str, close: &str, with: &str) -> Result<String, String> {
    let at = html.find(open).ok_or_else(|| format!("the shell has no `{}`", open.trim()))?;
    let end = html[at..].find(close).ok_or_else(|| format!("the shell has no `{}` after `{}`", close.trim(), open.trim()))? + at + close.len();
    Ok(format!("{}{with}{}", &html[..at], &html[end..]))
}

/// The shell without its home templates (a page shows itself).
fn without_templates(shell: &str) -> Result<String, String> {
    let mut html = shell.to_string();
    while let Some(at) = html.find("<template data-zg-home=") {
        let end = html[at..].find("</template>").ok_or("unclosed home template")? + at + "</template>".len();
        let end = if html[end..].starts_with('\n') { end + 1 } else { end };
        html.replace_range(at..end, "");
    }
    Ok(html)
}

/// The shell's "needs JavaScript" notice: a prerendered page reads without scripts.
fn drop_noscript_notice(html: &str) -> String {
    match (html.find("<noscript>Заңгер"), html.find("</noscript>")) {
        (Some(at), Some(end)) if end > at => format!("{}{}", &html[..at], &html[end + "</noscript>".len()..]),
        _ => html.to_string(),
    }
}

/// `sitemap.xml`: every page, with its language twins.
fn sitemap(routes: &[Route], site: &str) -> String {
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for route in routes {
        let lang = route.lang.unwrap_or(Lang::Kk);
        xml.push_str(&format!("<url><loc>{}</loc>", esc(&format!("{site}{}", route.to_path(lang)))));
        for twin in twins(route) {
            let code = twin.lang.map_or("kk", |l| l.code());
            xml.push_str(&format!("<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{}\"/>", esc(&format!("{site}{}", twin.to_path(lang)))));
        }
        xml.push_str("</url>\n");
    }
    xml.push_str("</urlset>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHELL_HTML: &str = "<!DOCTYPE html>\n<html lang=\"kk\">\n<head>\n<meta name=\"description\" content=\"x\">\n<title>Заңгер — Zanger</title>\n<link rel=\"stylesheet\" href=\"./main-1.css\"/>\n</head>\n<body>\n<div id=\"zanger\" class=\"zanger\" data-standalone>\n<div class=\"zg-boot\">\n<p>loading</p>\n</div>\n<template data-zg-home=\"kk\">k</template>\n<template data-zg-home=\"ru\">r</template>\n<template data-zg-home=\"en\">e</template>\n<script src=\"./start-1.js\"></script>\n<noscript>Заңгер needs JS</noscript>\n</div>\n</body>\n</html>\n";

    fn today() -> Date {
        Date::new(2026, 12, 7)
    }

    #[test]
    fn a_guide_page_is_the_shell_with_the_guide_and_its_own_head() {
        let route = Route::new(Lang::Ru, Page::Guide("family.alimony".into()));
        let html = page_html(SHELL_HTML, &route, "https://zanger.example/", today()).unwrap();
        let guide = zanger::core::content::guide("family.alimony", Lang::Ru).unwrap();
        assert!(html.contains("<html lang=\"ru\">"));
        assert!(html.contains(&format!("<title>{} — Заңгер</title>", esc(guide.title))), "{html}");
        assert!(html.contains(&format!("<meta name=\"description\" content=\"{}\">", esc(guide.summary))));
        assert_eq!(html.matches("<meta name=\"description\"").count(), 1);
        assert!(html.contains("<link rel=\"canonical\" href=\"https://zanger.example/ru/guide/family.alimony/\">"));
        assert!(html.contains("<link rel=\"alternate\" hreflang=\"kk\" href=\"https://zanger.example/kk/guide/family.alimony/\">"));
        assert!(html.contains("<meta property=\"og:title\""));
        assert!(html.contains("data-standalone data-paths>"));
        assert!(html.contains("<div class=\"zg-boot zg-boot-home\"><div"), "{html}");
        assert!(!html.contains("<template") && !html.contains("loading") && !html.contains("needs JS"), "{html}");
        assert!(html.contains("<script src=\"../../../start-1.js\"></script>"), "the build's files from the page's folder");
        assert!(html.contains("<link rel=\"stylesheet\" href=\"../../../main-1.css\"/>"));
    }

    #[test]
    fn a_questionnaire_start_page_says_filling_it_needs_javascript() {
        let route = Route::new(Lang::Kk, Page::Form("alimony.claim".into()));
        let html = page_html(SHELL_HTML, &route, "https://zanger.example/", today()).unwrap();
        assert!(html.contains(&format!("<noscript><p class=\"zg-noscript\" role=\"note\">{}</p></noscript>", esc(ui(Lang::Kk).form_needs_javascript))));
    }

    #[test]
    fn the_root_keeps_the_home_templates_with_the_site_s_links() {
        let html = root_html(SHELL_HTML, "https://zanger.example/", today()).unwrap();
        assert!(html.contains("<template data-zg-home=\"ru\"><div"), "{html}");
        assert!(html.contains("href=\"../ru/topic/family.alimony/\""), "{html}");
        assert!(html.contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"https://zanger.example/\">"));
    }

    #[test]
    fn the_sitemap_lists_pages_with_their_twins() {
        let routes = [Route::new(Lang::Kk, Page::Home)];
        let xml = sitemap(&routes, "https://zanger.example/");
        assert!(xml.contains("<url><loc>https://zanger.example/kk/</loc><xhtml:link rel=\"alternate\" hreflang=\"kk\" href=\"https://zanger.example/kk/\"/>"), "{xml}");
        assert!(xml.contains("hreflang=\"en\" href=\"https://zanger.example/en/\""));
    }
}
