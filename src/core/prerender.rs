//! The home page as static HTML, one per language, written into `index.html` at build time
//! (`xtask/src/offline.rs`). A slow connection then shows the real home page (its heading, the topic
//! tiles, working links) as soon as the HTML and CSS arrive, instead of a loading line while the wasm
//! downloads; the app replaces it with the identical live page when it starts (`ui::mount_standalone`).
//!
//! It must match what `ui::pages::home` and the app's shell render at start, element for element: the
//! component test `the_prerendered_home_page_is_the_app_s_home_page` compares the two in a browser.

use crate::core::content;
use crate::core::i18n::ui;
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};

/// Text or attribute value made safe for HTML: the XML escaping the DOCX writer uses serves as well.
fn esc(text: &str) -> String {
    crate::core::writers::docx::xml_text(text)
}

fn href(lang: Lang, page: Page) -> String {
    esc(&Route::new(lang, page).to_hash(lang))
}

/// The app's home page in `lang` as it is before any interaction: no drafts, no search, no banner.
pub fn home(lang: Lang) -> String {
    let ui = ui(lang);
    let code = lang.code();
    let mut out = String::with_capacity(6000);
    out.push_str(&format!(r##"<div class="zg-app" lang="{code}"><a class="zg-skip" href="#zg-main">{}</a>"##, esc(ui.skip_to_content)));
    out.push_str(&format!(
        r#"<header class="zg-header"><a class="zg-brand" href="{}"><span class="zg-brand-name">{}</span><span class="zg-brand-tagline">{}</span></a><nav class="zg-langs" aria-label="{}"><ul>"#,
        href(lang, Page::Home),
        esc(ui.app_name),
        esc(ui.tagline),
        esc(ui.language_label)
    ));
    for other in Lang::ALL {
        let current = if other == lang { r#" class="zg-current" aria-current="true""# } else { "" };
        let other_code = other.code();
        out.push_str(&format!(
            r#"<li><a href="{}" lang="{other_code}" hreflang="{other_code}"{current}>{}</a></li>"#,
            href(other, Page::Home),
            esc(other.native_name())
        ));
    }
    out.push_str(&format!(
        r#"</ul></nav><div class="zg-search" role="search"><label class="zg-search-label" for="zg-search-input">{}</label><div class="zg-search-row"><input id="zg-search-input" type="search" autocomplete="off" spellcheck="false" role="combobox" aria-autocomplete="list" aria-controls="zg-search-results" aria-expanded="false" placeholder="{}"></div><p class="zg-visually-hidden" aria-live="polite"></p></div></header>"#,
        esc(ui.search_label),
        esc(ui.search_placeholder)
    ));
    out.push_str(&format!(
        r#"<main id="zg-main" class="zg-main"><section class="zg-home"><h1 tabindex="-1">{}</h1><p class="zg-lead">{}</p><ul class="zg-tiles">"#,
        esc(ui.home_heading),
        esc(ui.home_intro)
    ));
    for topic in content::topics() {
        let count = content::guide_ids_for_topic(topic.id).len();
        out.push_str(&format!(
            r#"<li><a class="zg-tile" href="{}" data-topic="{}"><span class="zg-tile-name">{}</span><span class="zg-tile-count">{}</span></a></li>"#,
            href(lang, Page::Topic(topic.id.to_string())),
            esc(topic.id),
            esc(topic.name.get(lang)),
            esc(&(ui.guides_count)(count))
        ));
    }
    out.push_str(&format!(
        r#"</ul></section></main><footer class="zg-footer"><p>{}</p><p>{}</p><p><button type="button" class="zg-link-button zg-erase-all">{}</button></p><p role="status"></p></footer></div>"#,
        esc(ui.footer_disclaimer),
        esc(ui.footer_privacy),
        esc(ui.erase_all)
    ));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_own_home_page_with_every_topic() {
        for lang in Lang::ALL {
            let html = home(lang);
            assert!(html.starts_with(&format!(r#"<div class="zg-app" lang="{}">"#, lang.code())), "{html}");
            assert!(html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", esc(ui(lang).home_heading))));
            assert_eq!(html.matches(r#"class="zg-tile""#).count(), content::topics().len());
            assert_eq!(html.matches(r#"aria-current="true""#).count(), 1, "one current language");
            assert!(html.contains(&format!(r##"href="#/{}/topic/family.alimony""##, lang.code())));
            assert_eq!(html.matches("<div").count(), html.matches("</div>").count());
        }
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(esc(r#"<b a="1">&'"#), "&lt;b a=&quot;1&quot;&gt;&amp;&apos;");
    }
}
