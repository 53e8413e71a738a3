//! The built app in a real Chromium: first visit in Kazakh and Russian, navigating to a guide by
//! clicking, the back button, the language switch and its memory, and the host page's path.

use zanger_e2e::{with_browser, Setup};

const HOME_KK: &str = "Сізге не керек?";
const HOME_RU: &str = "Что у вас случилось?";

#[tokio::test]
async fn home_in_kazakh_lists_every_topic() {
    with_browser("home-kk", Setup::default(), async |b| {
        b.open_hash("#/kk").await?;
        b.wait_for_heading(HOME_KK).await?;
        let tiles = b.count(".zg-tiles a").await?;
        let topics = zanger::core::content::topics().len();
        if tiles != topics {
            return Err(format!("expected {topics} topic tiles, found {tiles}"));
        }
        let alimony = b.text(".zg-tile[data-topic='family.alimony'] .zg-tile-name").await?;
        assert_eq!(alimony, "Алимент");
        assert_eq!(b.eval("return document.querySelector('.zg-app').lang").await?, "kk");
        b.fits_width(320).await?;
        b.screenshot("home", 360).await?;
        b.screenshot("home", 1280).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn home_in_russian_lists_every_topic() {
    with_browser("home-ru", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading(HOME_RU).await?;
        assert_eq!(b.count(".zg-tiles a").await?, zanger::core::content::topics().len(), "a tile per topic");
        let wages = b.text(".zg-tile[data-topic='labor.wages'] .zg-tile-name").await?;
        assert_eq!(wages, "Невыплата заработной платы");
        b.screenshot("home", 360).await?;
        b.screenshot("home", 1280).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_guide_is_reached_by_clicking_and_left_with_the_back_button() {
    with_browser("navigate-ru", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading(HOME_RU).await?;
        b.click(".zg-tile[data-topic='family.alimony']").await?;
        b.wait_for_heading("Алименты").await?;
        assert_eq!(b.page().await?, "ru/topic/family.alimony");
        b.screenshot("topic", 360).await?;

        b.click(".zg-cards a[href$='ru/guide/family.alimony/']").await?;
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        assert_eq!(b.page().await?, "ru/guide/family.alimony");
        let sources = b.count(".zg-sources li").await?;
        if sources == 0 {
            return Err("the guide lists no sources".into());
        }
        let meta = b.text(".zg-meta").await?;
        if !meta.contains("Последняя проверка") || !meta.contains("Официальный текст") {
            return Err(format!("review date or official text missing: {meta}"));
        }
        let page = b.text("article.zg-guide").await?;
        if page.contains("{{") || page.contains("[@") {
            return Err("an unresolved figure or citation is shown".into());
        }
        // Focus moves to the new page's heading for keyboard and screen-reader users.
        let focused = b.eval("return document.activeElement.tagName").await?;
        assert_eq!(focused, "H1");
        b.fits_width(320).await?;
        b.screenshot("guide", 360).await?;
        b.screenshot("guide", 1280).await?;

        b.client.back().await.map_err(|e| e.to_string())?;
        b.wait_for_heading("Алименты").await?;
        b.client.back().await.map_err(|e| e.to_string())?;
        b.wait_for_heading(HOME_RU).await?;
        // Each page has its real URL, and the back button walks them.
        assert_eq!(b.page().await?, "ru");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_language_switch_keeps_the_page_and_is_remembered() {
    with_browser("switch-lang", Setup { accept_languages: Some("en-US,en"), ..Setup::default() }, async |b| {
        b.open_hash("#/ru/guide/labor.wages").await?;
        b.wait_for("article.zg-guide[data-guide='labor.wages']").await?;
        let ru_title = b.text(".zg-main h1").await?;

        b.click(".zg-langs a[hreflang='kk']").await?;
        b.wait_for("article.zg-guide[data-guide='labor.wages']").await?;
        for _ in 0..50 {
            if b.page().await? == "kk/guide/labor.wages" {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        assert_eq!(b.page().await?, "kk/guide/labor.wages");
        let kk_title = b.text(".zg-main h1").await?;
        if kk_title == ru_title {
            return Err(format!("the title did not change language: {kk_title}"));
        }
        assert_eq!(b.eval("return document.querySelector('.zg-langs a[aria-current]').hreflang").await?, "kk");
        b.screenshot("guide-kk", 360).await?;
        b.screenshot("guide-kk", 1280).await?;

        // A bare URL opens in the remembered language, not the browser's English.
        b.open_hash("").await?;
        b.wait_for_heading(HOME_KK).await?;
        assert_eq!(b.page().await?, "kk");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_first_visit_follows_the_browser_language() {
    with_browser("browser-lang", Setup { accept_languages: Some("ru-RU,ru"), ..Setup::default() }, async |b| {
        b.open_hash("").await?;
        b.wait_for_heading(HOME_RU).await?;
        assert_eq!(b.page().await?, "ru");
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_unsupported_browser_language_falls_back_to_kazakh() {
    with_browser("fallback-lang", Setup { accept_languages: Some("de-DE,de"), ..Setup::default() }, async |b| {
        b.open_hash("").await?;
        b.wait_for_heading(HOME_KK).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_showcase_guides_render_in_kazakh_and_russian() {
    with_browser("guides", Setup::default(), async |b| {
        for id in ["family.alimony", "labor.wages", "admin.fine"] {
            for lang in ["kk", "ru"] {
                b.open_hash(&format!("#/{lang}/guide/{id}")).await?;
                b.wait_for(&format!("article.zg-guide[data-guide='{id}']")).await?;
                if b.count(".zg-figure").await? == 0 {
                    return Err(format!("{id} {lang}: no figure rendered"));
                }
                if b.count(".zg-sources li").await? == 0 {
                    return Err(format!("{id} {lang}: no sources"));
                }
                let body = b.text(".zg-body").await?;
                if body.contains("{{") || body.contains("[@") {
                    return Err(format!("{id} {lang}: raw markup shown"));
                }
                b.fits_width(320).await?;
                b.screenshot(&format!("{id}-{lang}"), 360).await?;
                b.screenshot(&format!("{id}-{lang}"), 1280).await?;
            }
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_unknown_page_says_so_and_links_home() {
    with_browser("not-found", Setup::default(), async |b| {
        b.open_hash("#/ru/guide/no.such.guide").await?;
        b.wait_for_heading("Страница не найдена").await?;
        b.click(".zg-not-found a").await?;
        b.wait_for_heading(HOME_RU).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn the_console_check_catches_errors() {
    // The harness's own check: an error logged by the page must be seen, or every other test's
    // "no console errors" would prove nothing.
    with_browser("console-check", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading(HOME_RU).await?;
        b.eval("console.error('deliberate test error'); return null").await?;
        let errors = b.console_errors().await;
        if !errors.iter().any(|e| e.contains("deliberate test error")) {
            return Err(format!("the console check missed a logged error: {errors:?}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn english_readers_read_every_guide_in_english() {
    // Every guide is written in English too (the build refuses a missing English twin), so an English
    // topic page lists English cards with no "in another language" badge.
    with_browser("english", Setup::default(), async |b| {
        b.open_hash("#/en").await?;
        b.wait_for_heading("What happened?").await?;
        b.screenshot("home", 360).await?;
        b.open_hash("#/en/topic/family.divorce").await?;
        b.wait_for_heading("Divorce").await?;
        let card = b.wait_for(".zg-cards li").await?;
        let lang = card.attr("lang").await.map_err(|e| e.to_string())?;
        if lang.as_deref().is_some_and(|l| l != "en") {
            return Err(format!("family.divorce's card is in `{lang:?}`, not English"));
        }
        if b.count(".zg-card-lang").await? != 0 {
            return Err("an English topic page marks a guide as being in another language".into());
        }
        b.open_hash("#/en/guide/family.divorce").await?;
        b.wait_for("article.zg-guide[data-guide='family.divorce']").await?;
        let article_lang = b.eval("return document.querySelector('.zg-app').getAttribute('lang')").await?;
        if article_lang.as_str() != Some("en") {
            return Err(format!("the guide page is not in English: {article_lang}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn search_as_you_type_repairs_the_layout_and_opens_with_the_keyboard() {
    with_browser("search", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading(HOME_RU).await?;
        let input = b.wait_for("#zg-search-input").await?;
        input.send_keys("fkbvtyns").await.map_err(|e| e.to_string())?;
        let corrected = b.text(".zg-search-corrected").await?;
        if !corrected.contains("алименты") {
            return Err(format!("no layout-repair notice: {corrected}"));
        }
        let first = b.text(".zg-search-results li:first-child .zg-hit-title").await?;
        if !first.to_lowercase().contains("алимент") {
            return Err(format!("first result is not the alimony guide: {first}"));
        }
        if b.count(".zg-search-results mark").await? == 0 {
            return Err("matched words are not highlighted".into());
        }
        b.screenshot("results", 360).await?;
        input.send_keys("\u{E015}").await.map_err(|e| e.to_string())?; // ArrowDown
        input.send_keys("\u{E007}").await.map_err(|e| e.to_string())?; // Enter
        b.wait_for("article.zg-guide[data-guide='family.alimony']").await?;
        if b.count(".zg-search-results").await? != 0 {
            return Err("the results stay open after navigating".into());
        }

        let input = b.wait_for("#zg-search-input").await?;
        input.send_keys("qqqzzzxxx").await.map_err(|e| e.to_string())?;
        let empty = b.text(".zg-search-empty").await?;
        if !empty.contains("Ничего не найдено") {
            return Err(format!("no empty state: {empty}"));
        }
        if b.count(".zg-search-topics a").await? != zanger::core::content::topics().len() {
            return Err("the empty state does not link every topic".into());
        }
        input.send_keys("\u{E00C}").await.map_err(|e| e.to_string())?; // Escape
        for _ in 0..20 {
            if b.count(".zg-search-results").await? == 0 {
                return Ok(());
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        Err("Escape did not close the results".into())
    })
    .await;
}

#[tokio::test]
async fn the_app_runs_under_a_strict_content_security_policy() {
    // The test server sends the policy a host such as sud.gov.kz may impose (xtask/src/server.rs);
    // every test fails on a console error, so any violation anywhere would fail the suite. Here the
    // policy's presence is checked, and that no inline script is left on the page.
    with_browser("csp", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading(HOME_RU).await?;
        let inline = b.eval("return [...document.scripts].filter(s => !s.src && s.textContent.trim()).length").await?;
        if inline != 0 {
            return Err(format!("{inline} inline script(s) on the page"));
        }
        let script = "const done = arguments[arguments.length - 1]; fetch(location.href).then(r => done(r.headers.get('content-security-policy') || ''));";
        let policy = b.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
        if !policy.as_str().unwrap_or("").contains("script-src 'self' 'wasm-unsafe-eval'") {
            return Err(format!("the page is not served under the strict policy: {policy}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn read_aloud_is_offered_exactly_when_the_browser_has_a_voice_for_the_language() {
    with_browser("read-aloud", Setup::default(), async |b| {
        for lang in ["kk", "ru"] {
            b.open_hash(&format!("#/{lang}/guide/labor.wages")).await?;
            b.wait_for("article.zg-guide").await?;
            tokio::time::sleep(std::time::Duration::from_millis(300)).await; // voices load asynchronously
            let voices = b.eval(&format!("return speechSynthesis.getVoices().filter(v => v.lang.toLowerCase().startsWith('{lang}')).length")).await?;
            let button = b.count(".zg-read-aloud button").await?;
            let has_voice = voices.as_u64().unwrap_or(0) > 0;
            if has_voice != (button == 1) {
                return Err(format!("{lang}: {voices} voice(s) but {button} read-aloud button(s)"));
            }
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn text_resized_to_200_percent_loses_nothing() {
    // WCAG 1.4.4: double the text size on a 640 px window (a 1280 px screen at 200 % zoom); nothing
    // may need sideways scrolling, on a guide, a questionnaire and the search results.
    with_browser("text-200", Setup::default(), async |b| {
        for hash in ["#/kk/guide/family.alimony", "#/ru/form/alimony.claim"] {
            b.open_hash(hash).await?;
            b.wait_for(".zg-main h1").await?;
            b.eval("document.documentElement.style.fontSize = '200%'; return null").await?;
            b.fits_width(640).await?;
        }
        b.screenshot("form", 640).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_iframe_embedding_is_sized_to_the_portal_and_leaves_the_host_alone() {
    with_browser("embed-iframe", Setup::default(), async |b| {
        b.client.goto(&format!("{}/embed-demo.html", b.base())).await.map_err(|e| e.to_string())?;
        b.wait_for("#zanger-frame").await?;
        let check = "const f = document.getElementById('zanger-frame'); \
            const doc = f.contentDocument; \
            if (!doc || !doc.querySelector('.zg-main h1')) return 'loading'; \
            const want = doc.documentElement.scrollHeight; \
            return Math.abs(f.getBoundingClientRect().height - 4 - want) <= 2 ? 'sized' : ('frame ' + f.style.height + ' for ' + want);";
        let mut state = String::new();
        for _ in 0..100 {
            state = b.eval(check).await?.as_str().unwrap_or("").to_string();
            if state == "sized" {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if state != "sized" {
            return Err(format!("the iframe was not sized to the portal: {state}"));
        }
        let host = b.text("#host-title").await?;
        if host != "Верховный Суд Республики Казахстан" || b.eval("return location.hash").await? != "" {
            return Err(format!("the host page changed: {host}"));
        }
        b.screenshot("host", 1280).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_element_embedding_mounts_in_a_shadow_root_navigates_in_memory_and_leaves_the_host_alone() {
    with_browser("embed-element", Setup::default(), async |b| {
        b.client.goto(&format!("{}/embed-demo.html", b.base())).await.map_err(|e| e.to_string())?;
        let heading = "const r = document.querySelector('zanger-portal')?.shadowRoot; const h = r && r.querySelector('.zg-main h1'); return h ? h.textContent : '';";
        let mut topic = String::new();
        for _ in 0..100 {
            topic = b.eval(heading).await?.as_str().unwrap_or("").to_string();
            if !topic.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if topic != "Алименты" {
            return Err(format!("the element should open on the topic of its `topic` attribute, its heading is `{topic}`"));
        }
        // The host's rules do not reach inside, and the portal's do not leak out.
        let styles = b
            .eval(
                "const r = document.querySelector('zanger-portal').shadowRoot; \
                 const inner = getComputedStyle(r.querySelector('.zg-main h1')); \
                 const host = getComputedStyle(document.getElementById('host-title')); \
                 return [inner.fontFamily, inner.fontStyle, host.fontFamily, host.fontStyle, document.querySelectorAll('.zg-app').length].join('|');",
            )
            .await?;
        let parts: Vec<&str> = styles.as_str().unwrap_or("").split('|').collect();
        if parts.len() != 5 || parts[0].contains("Georgia") || parts[1] == "italic" || !parts[2].contains("Georgia") || parts[3] != "italic" || parts[4] != "0" {
            return Err(format!("styles crossed the shadow boundary: {styles}"));
        }
        // A link inside is followed in memory: the portal shows the guide, the host's URL and title stay.
        b.eval("document.querySelector('zanger-portal').shadowRoot.querySelector(\".zg-main a[href*='/guide/']\").click(); return null").await?;
        let guide = "const g = document.querySelector('zanger-portal').shadowRoot.querySelector('article.zg-guide'); return g ? g.getAttribute('data-guide') : '';";
        let mut shown = serde_json::Value::Null;
        for _ in 0..100 {
            shown = b.eval(guide).await?;
            if shown.as_str().is_some_and(|s| !s.is_empty()) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if shown.as_str().is_none_or(str::is_empty) {
            return Err("following a link inside the element did not open the guide".into());
        }
        let host = b.eval("return [location.pathname, location.hash, document.title, document.getElementById('host-title').textContent].join('|')").await?;
        if host != "/embed-demo.html||Верховный Суд — демонстрация встраивания Заңгер|Верховный Суд Республики Казахстан" {
            return Err(format!("the host page changed: {host}"));
        }
        b.eval("document.getElementById('zanger-element').scrollIntoView(); return null").await?;
        b.screenshot("host", 1280).await?;
        Ok(())
    })
    .await;
}

/// Several `<zanger-portal>` elements on one host page are separate apps: each navigates on its own, and
/// the focus after a navigation lands on that portal's own heading (not on the one mounted last).
#[tokio::test]
async fn two_elements_side_by_side_navigate_and_focus_on_their_own() {
    with_browser("embed-two-elements", Setup::default(), async |b| {
        b.client.goto(&format!("{}/embed-demo.html", b.base())).await.map_err(|e| e.to_string())?;
        // A second portal, in Kazakh, on its home page, after the first.
        b.eval(
            "const second = document.createElement('zanger-portal'); second.id = 'second'; second.setAttribute('lang', 'kk'); \
             document.getElementById('zanger-element').after(second); return null",
        )
        .await?;
        let heading = |id: &str| format!("const r = document.getElementById('{id}')?.shadowRoot; const h = r && r.querySelector('.zg-main h1'); return h ? h.textContent : '';");
        let wait_for = async |script: String, wanted: &str| -> Result<(), String> {
            let mut seen = String::new();
            for _ in 0..100 {
                seen = b.eval(&script).await?.as_str().unwrap_or("").to_string();
                if seen == wanted {
                    return Ok(());
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            Err(format!("expected `{wanted}`, saw `{seen}` ({script})"))
        };
        wait_for(heading("zanger-element"), "Алименты").await?;
        wait_for(heading("second"), HOME_KK).await?;
        // The focused element of a portal: its shadow root's active element, described by tag and heading text.
        let focused = |id: &str| {
            format!(
                "const a = document.activeElement; const inner = a && a.id === '{id}' ? a.shadowRoot.activeElement : null; \
                 return inner ? inner.tagName + ':' + inner.textContent : 'outside:' + (a ? a.id || a.tagName : '');"
            )
        };
        // The first portal (mounted first) follows a link to a guide: the second stays on its home page.
        b.eval("document.getElementById('zanger-element').shadowRoot.querySelector(\".zg-main a[href*='/guide/']\").click(); return null").await?;
        let guide_title = "const g = document.getElementById('zanger-element').shadowRoot.querySelector('article.zg-guide h1'); return g ? g.textContent : '';";
        let mut title = String::new();
        for _ in 0..100 {
            title = b.eval(guide_title).await?.as_str().unwrap_or("").to_string();
            if !title.is_empty() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        if title.is_empty() {
            return Err("the first portal did not open the guide".into());
        }
        wait_for(focused("zanger-element"), &format!("H1:{title}")).await?;
        wait_for(heading("second"), HOME_KK).await?;
        // The second follows a topic tile: its own heading takes the focus; the first keeps its guide.
        b.eval("document.getElementById('second').shadowRoot.querySelector(\".zg-tile[data-topic='family.divorce']\").click(); return null").await?;
        wait_for(heading("second"), "Некені бұзу").await?;
        wait_for(focused("second"), "H1:Некені бұзу").await?;
        wait_for(heading("zanger-element"), &title).await?;
        if b.eval("return location.pathname + location.hash").await? != "/embed-demo.html" {
            return Err("the host page's URL changed".into());
        }
        b.eval("document.getElementById('zanger-element').scrollIntoView(); return null").await?;
        b.screenshot("host", 1280).await?;
        Ok(())
    })
    .await;
}
