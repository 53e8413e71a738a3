//! The site: every page at its real URL, prerendered at build time from the app's own components
//! (`ui::prerender`, `xtask/src/pages.rs`). It reads with scripts off, the live app takes it over
//! without changing it, moves between pages without reloading, and old `#/…` links still land.

use zanger::core::content;
use zanger::core::lang::Lang;
use zanger_e2e::{with_browser, Browser, Setup};

/// The shape of the app's markup, as the element tree with its attributes and own text, in JavaScript
/// (the same function reads the prerendered HTML and the live page). The live app may only add the
/// state it tracks (`data-pack`) and the comments it uses as markers.
const SHAPE: &str = r#"
const shape = (root) => [root, ...root.querySelectorAll('*')].map((e) => {
  const attributes = [...e.attributes].filter((a) => a.name !== 'data-pack' && !(a.name === 'class' && a.value === ''))
    .map((a) => a.name + '=' + JSON.stringify(a.value)).sort().join(' ');
  const text = [...e.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
  return '<' + e.tagName.toLowerCase() + ' ' + attributes + '> ' + text;
});
"#;

async fn shapes(b: &Browser, path: &str) -> Result<(Vec<String>, Vec<String>), String> {
    // The page as the server sends it, before any script.
    let sent = b
        .eval(&format!(
            "{SHAPE} return fetch('{path}', {{ cache: 'no-store' }}).then((r) => r.text()).then((html) => shape(new DOMParser().parseFromString(html, 'text/html').querySelector('.zg-boot > .zg-app')));"
        ))
        .await?;
    b.open_url(&format!("{}{path}", b.base())).await?;
    b.wait_for(".zg-app[data-pack='ready']").await?;
    let live = b.eval(&format!("{SHAPE} return shape(document.querySelector('#zanger > .zg-app'));")).await?;
    let list = |v: serde_json::Value| -> Vec<String> { v.as_array().map(|a| a.iter().filter_map(|s| s.as_str().map(String::from)).collect()).unwrap_or_default() };
    Ok((list(sent), list(live)))
}

#[tokio::test]
async fn the_live_app_takes_over_each_kind_of_page_without_changing_it() {
    with_browser("site-takeover", Setup::default(), async |b| {
        b.open_url(&format!("{}/ru/", b.base())).await?;
        for path in ["/ru/", "/kk/topic/family.alimony/", "/ru/guide/family.alimony/", "/kk/guide/court.order/", "/ru/form/alimony.claim/"] {
            let (sent, live) = shapes(b, path).await?;
            if sent.len() < 20 {
                return Err(format!("{path}: the page as sent holds no app markup ({} elements)", sent.len()));
            }
            for (i, (a, b)) in sent.iter().zip(&live).enumerate() {
                if a != b {
                    return Err(format!("{path}: element {i} differs:\n  sent: {a}\n  live: {b}"));
                }
            }
            if sent.len() != live.len() {
                return Err(format!("{path}: {} elements sent, {} live", sent.len(), live.len()));
            }
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_guide_is_reached_and_read_with_scripts_off() {
    with_browser("site-no-scripts", Setup { scripts_off: true, ..Setup::default() }, async |b| {
        b.open_url(&format!("{}/ru/", b.base())).await?;
        b.click(".zg-tile[data-topic='family.alimony']").await?;
        b.wait_for_heading("Алименты").await?;
        b.click(".zg-cards a[href$='ru/guide/family.alimony/']").await?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        assert_eq!(b.page().await?, "ru/guide/family.alimony");
        let guide = content::guide("family.alimony", Lang::Ru).ok_or("the guide")?;
        assert_eq!(b.text(".zg-main h1").await?, guide.title);
        if b.count(".zg-sources li").await? < 2 {
            return Err("the guide's sources are not on the page".into());
        }
        assert_eq!(b.eval("return document.title").await?, format!("{} — Заңгер", guide.title));
        b.fits_width(360).await?;
        b.screenshot("guide-no-scripts", 360).await?;
        // A questionnaire's start page says plainly that filling it needs JavaScript.
        b.click(".zg-cta a[href*='form/alimony.claim']").await?;
        let note = b.text(".zg-noscript").await?;
        assert_eq!(note, zanger::core::i18n::ui(Lang::Ru).form_needs_javascript);
        b.screenshot("form-no-scripts", 360).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_link_followed_in_the_live_app_changes_the_url_without_a_reload() {
    with_browser("site-history", Setup::default(), async |b| {
        b.open_url(&format!("{}/ru/guide/family.alimony/", b.base())).await?;
        b.wait_for(".zg-app[data-pack='ready']").await?;
        b.eval("window.zangerSamePage = true; return 1").await?;
        b.click(".zg-crumbs a[href$='ru/']").await?;
        b.wait_for(".zg-home").await?;
        assert_eq!(b.page().await?, "ru");
        b.click(".zg-tile[data-topic='labor.wages']").await?;
        b.wait_for_heading(content::topic("labor.wages").ok_or("topic")?.name.get(Lang::Ru)).await?;
        assert_eq!(b.page().await?, "ru/topic/labor.wages");
        assert_eq!(b.eval("return window.zangerSamePage === true").await?, true, "no reload");
        let title = b.eval("return document.title").await?;
        assert!(title.as_str().is_some_and(|t| t.starts_with("Невыплата заработной платы")), "{title}");
        b.client.back().await.map_err(|e| e.to_string())?;
        b.wait_for(".zg-home").await?;
        b.client.back().await.map_err(|e| e.to_string())?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        assert_eq!(b.page().await?, "ru/guide/family.alimony");
        assert_eq!(b.eval("return window.zangerSamePage === true").await?, true, "back without a reload");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_old_hash_link_lands_on_the_page_at_its_real_url() {
    with_browser("site-old-link", Setup::default(), async |b| {
        b.open_hash("#/kk/guide/family.alimony").await?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        assert_eq!(b.eval("return location.pathname + location.hash").await?, "/kk/guide/family.alimony/");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_shared_page_names_itself_for_previews_and_search_engines() {
    with_browser("site-meta", Setup::default(), async |b| {
        b.open_url(&format!("{}/kk/", b.base())).await?;
        let read = |path: &str| format!("return fetch('{path}').then((r) => r.text())");
        let html = b.eval(&read("/kk/guide/family.alimony/")).await?;
        let html = html.as_str().unwrap_or_default();
        let guide = content::guide("family.alimony", Lang::Kk).ok_or("the guide")?;
        let esc = zanger::core::writers::docx::xml_text;
        for tag in [
            format!("<title>{} — Заңгер</title>", esc(guide.title)),
            format!("<meta name=\"description\" content=\"{}\">", esc(guide.summary)),
            format!("<meta property=\"og:title\" content=\"{} — Заңгер\">", esc(guide.title)),
            format!("<meta property=\"og:description\" content=\"{}\">", esc(guide.summary)),
            "<link rel=\"canonical\" href=\"https://zanger.example/kk/guide/family.alimony/\">".to_string(),
            "<link rel=\"alternate\" hreflang=\"ru\" href=\"https://zanger.example/ru/guide/family.alimony/\">".to_string(),
            "<html lang=\"kk\">".to_string(),
        ] {
            if !html.contains(&tag) {
                return Err(format!("the guide page lacks `{tag}`"));
            }
        }
        let sitemap = b.eval(&read("/sitemap.xml")).await?;
        if !sitemap.as_str().unwrap_or_default().contains("<loc>https://zanger.example/ru/guide/family.alimony/</loc>") {
            return Err(format!("the sitemap lacks the guide: {sitemap}"));
        }
        let robots = b.eval(&read("/robots.txt")).await?;
        assert!(robots.as_str().is_some_and(|r| r.contains("Sitemap: https://zanger.example/sitemap.xml")), "{robots}");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_site_works_under_a_sub_path() {
    with_browser("site-sub-path", Setup { under_path: true, ..Setup::default() }, async |b| {
        // The base (`…/portal`): the reader's language folder, its home page, the app started.
        b.open_url(&format!("{}/", b.base())).await?;
        b.wait_for(".zg-app[data-pack='ready'] .zg-home").await?;
        let path = b.eval("return location.pathname").await?;
        assert!(path.as_str().is_some_and(|p| p.starts_with("/portal/") && p.len() == "/portal/kk/".len()), "{path}");
        // A guide by its real URL, then a link inside the live app, then back.
        b.open_url(&format!("{}/ru/guide/family.alimony/", b.base())).await?;
        b.wait_for(".zg-app[data-pack='ready'] article.zg-guide").await?;
        b.eval("window.zangerSamePage = true; return 1").await?;
        b.click(".zg-crumbs a[href$='ru/topic/family.alimony/']").await?;
        b.wait_for(".zg-topic").await?;
        assert_eq!(b.eval("return location.pathname").await?, "/portal/ru/topic/family.alimony/");
        assert_eq!(b.eval("return window.zangerSamePage === true").await?, true, "no reload");
        // The service worker belongs to the site's base, not to the host's root.
        let scope = b.eval("return navigator.serviceWorker.ready.then((r) => new URL(r.scope).pathname)").await?;
        assert_eq!(scope, "/portal/");
        b.screenshot("topic-under-portal", 360).await?;
        Ok(())
    })
    .await;
}
