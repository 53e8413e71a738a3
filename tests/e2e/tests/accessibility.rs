//! axe-core (npm, pinned by xtask) run inside the page on every page type, in Kazakh and Russian:
//! zero WCAG 2.1 A/AA violations.

use zanger_e2e::{with_browser, Browser, Setup};

use zanger_e2e::fill;

/// Injects axe-core and returns its violations as "rule: help (n nodes) [first target]".
async fn violations(b: &Browser) -> Result<Vec<String>, String> {
    let path = std::env::var("ZANGER_AXE_JS").map_err(|_| "ZANGER_AXE_JS is unset: run with `cargo xtask test`".to_string())?;
    let source = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    b.eval(&format!("{source}\nreturn true;")).await?;
    let script = "const done = arguments[arguments.length - 1]; \
        axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }) \
          .then((r) => done(r.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.length + ') ' + JSON.stringify(v.nodes[0].target)))) \
          .catch((e) => done(['axe failed: ' + e]));";
    let found = b.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
    Ok(found.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect()).unwrap_or_default())
}

async fn check(b: &Browser, page: &str, all: &mut Vec<String>) -> Result<(), String> {
    for v in violations(b).await? {
        all.push(format!("{page}: {v}"));
    }
    Ok(())
}

/// From any page of the open questionnaire: fills each page, moves on, and makes the document.
async fn to_document(b: &Browser, what: &str) -> Result<(), String> {
    fill::fill_to_review(b, "Тест", what).await?;
    b.click(".zg-form-nav button.zg-button:not(.zg-secondary)").await?;
    b.wait_for(".zg-next h2").await?;
    Ok(())
}

#[tokio::test]
async fn every_page_type_has_no_wcag_violations() {
    with_browser("a11y", Setup::default(), async |b| {
        let mut all = Vec::new();
        for lang in ["kk", "ru"] {
            b.open_hash(&format!("#/{lang}")).await?;
            b.wait_for(".zg-home h1").await?;
            check(b, &format!("{lang} home"), &mut all).await?;
            b.open_hash(&format!("#/{lang}/topic/family.alimony")).await?;
            b.wait_for(".zg-topic h1").await?;
            check(b, &format!("{lang} topic"), &mut all).await?;
            b.open_hash(&format!("#/{lang}/guide/family.alimony")).await?;
            b.wait_for("article.zg-guide").await?;
            check(b, &format!("{lang} guide"), &mut all).await?;
            let input = b.wait_for("#zg-search-input").await?;
            input.send_keys("алимент").await.map_err(|e| e.to_string())?;
            b.wait_for(".zg-search-results li").await?;
            check(b, &format!("{lang} search results"), &mut all).await?;
            input.clear().await.map_err(|e| e.to_string())?;
            input.send_keys("qqqzzzxxx").await.map_err(|e| e.to_string())?;
            b.wait_for(".zg-search-empty").await?;
            check(b, &format!("{lang} search empty"), &mut all).await?;
            input.clear().await.map_err(|e| e.to_string())?;
            b.open_hash(&format!("#/{lang}/form/alimony.claim")).await?;
            b.wait_for("#zg-f-lives_with_me").await?;
            check(b, &format!("{lang} questionnaire"), &mut all).await?;
            b.click(".zg-form-nav button[type='submit']").await?;
            b.wait_for(".zg-error-summary").await?;
            check(b, &format!("{lang} validation errors"), &mut all).await?;
            to_document(b, &format!("{lang} alimony.claim")).await?;
            check(b, &format!("{lang} document with next steps"), &mut all).await?;
            // The next language starts from an empty form again.
            b.eval("localStorage.removeItem('zanger.draft.alimony.claim'); return true;").await?;
            // The triage: its choices, its errors, and an answer.
            b.open_url(&format!("{}/{lang}/received/", b.base())).await?;
            b.wait_for("#zg-received-date").await?;
            check(b, &format!("{lang} received"), &mut all).await?;
            b.click(".zg-received form button[type='submit']").await?;
            b.wait_for(".zg-received .zg-error-summary, .zg-received [role='alert']").await?;
            check(b, &format!("{lang} received errors"), &mut all).await?;
            b.click("#zg-received-kind-court_order").await?;
            b.eval("const e = document.getElementById('zg-received-date'); e.value = '2025-03-03'; e.dispatchEvent(new Event('input', { bubbles: true })); return 1").await?;
            b.click(".zg-received form button[type='submit']").await?;
            b.wait_for(".zg-received-answer").await?;
            check(b, &format!("{lang} received answer"), &mut all).await?;
            b.open_hash(&format!("#/{lang}/guide/no.such")).await?;
            b.wait_for(".zg-main h1").await?;
            check(b, &format!("{lang} not found"), &mut all).await?;
        }
        if all.is_empty() {
            Ok(())
        } else {
            Err(format!("{} accessibility violation(s):\n{}", all.len(), all.join("\n")))
        }
    })
    .await;
}
