//! The alimony claim completed with the keyboard only: Tab to each field, Space and arrows for
//! choices, typing for text, Enter to go on, and the DOCX downloaded with Enter — no mouse.

use zanger_e2e::{with_browser, Browser, Setup};

const TAB: &str = "\u{E004}";
const ENTER: &str = "\u{E007}";
const SPACE: &str = "\u{E00D}";
const DOWN: &str = "\u{E015}";

async fn active_id(b: &Browser) -> Result<String, String> {
    Ok(b.eval("return document.activeElement && (document.activeElement.id || document.activeElement.className) || ''").await?.as_str().unwrap_or("").to_string())
}

async fn keys(b: &Browser, text: &str) -> Result<(), String> {
    let el = b.client.active_element().await.map_err(|e| e.to_string())?;
    el.send_keys(text).await.map_err(|e| format!("keys: {e}"))
}

/// Presses Tab until the element whose id or class contains `target` has the focus.
async fn tab_to(b: &Browser, target: &str) -> Result<(), String> {
    for _ in 0..60 {
        if active_id(b).await?.contains(target) {
            return Ok(());
        }
        keys(b, TAB).await?;
    }
    Err(format!("Tab never reached `{target}`; focus is on `{}`", active_id(b).await?))
}

async fn answer(b: &Browser, field: &str, typed: &str) -> Result<(), String> {
    tab_to(b, &format!("zg-f-{field}")).await?;
    keys(b, typed).await
}

/// Next: Tab to the submit button and press Enter.
async fn next(b: &Browser) -> Result<(), String> {
    tab_to(b, "zg-button").await?;
    // The first button may be "Back": move on to the one that submits.
    for _ in 0..3 {
        if b.eval("return document.activeElement.type").await? == "submit" {
            break;
        }
        keys(b, TAB).await?;
    }
    keys(b, ENTER).await?;
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    Ok(())
}

#[tokio::test]
async fn the_alimony_claim_is_completed_with_the_keyboard_only() {
    with_browser("keyboard", Setup::default(), async |b| {
        b.open_hash("#/ru/form/alimony.claim").await?;
        b.wait_for("#zg-f-lives_with_me").await?;
        answer(b, "lives_with_me", SPACE).await?; // yes
        answer(b, "plaintiff_role", SPACE).await?; // mother
        answer(b, "marriage", &format!("{SPACE}{DOWN}")).await?; // divorced
        answer(b, "paternity_disputed", DOWN).await?; // no
        answer(b, "third_parties", DOWN).await?;
        answer(b, "prefer_court_order", DOWN).await?;
        next(b).await?;
        answer(b, "agreement", SPACE).await?; // none
        answer(b, "pays_now", DOWN).await?;
        next(b).await?;
        answer(b, "children-0-name", "Айша").await?;
        answer(b, "children-0-born", "05012019").await?;
        next(b).await?;
        answer(b, "income_kind", SPACE).await?; // salary
        answer(b, "income_monthly", "300000").await?;
        next(b).await?;
        answer(b, "plaintiff_name", "Сейітова Айгерім").await?;
        answer(b, "plaintiff_born", "03051992").await?;
        let iin = {
            let d: Vec<u32> = "92030540012".chars().map(|c| c.to_digit(10).unwrap()).collect();
            let c = d.iter().zip(1..=11).map(|(a, w)| a * w).sum::<u32>() % 11;
            let c = if c == 10 { d.iter().zip([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]).map(|(a, w)| a * w).sum::<u32>() % 11 } else { c };
            format!("92030540012{c}")
        };
        answer(b, "plaintiff_iin", &iin).await?;
        answer(b, "plaintiff_address", "Алматы").await?;
        answer(b, "plaintiff_phone", "87011234567").await?;
        next(b).await?;
        answer(b, "defendant_name", "Сейітов Ерлан").await?;
        answer(b, "defendant_address", "Алматы").await?;
        next(b).await?;
        answer(b, "court_place", "Алматы").await?;
        next(b).await?;
        answer(b, "tried_before", DOWN).await?;
        next(b).await?;
        next(b).await?; // attachments are optional
        if b.count(".zg-error-summary").await? > 0 {
            return Err(format!("keyboard entry was rejected: {}", b.text(".zg-error-summary").await?));
        }
        b.wait_for(".zg-review-page").await?;
        // "Make the document": the last button of the review page.
        tab_to(b, "zg-button").await?;
        for _ in 0..30 {
            if b.eval("return document.activeElement.textContent").await? == "Составить документ" {
                break;
            }
            keys(b, TAB).await?;
        }
        keys(b, ENTER).await?;
        b.wait_for("article.zg-document").await?;
        tab_to(b, "zg-download-docx").await?;
        keys(b, ENTER).await?;
        let bytes = b.downloaded("alimony.claim-ru.docx").await?;
        let xml = zanger::core::writers::docx::read_entry(&bytes, "word/document.xml").ok_or("no document.xml")?;
        if !String::from_utf8_lossy(&xml).contains("Айша") {
            return Err("the downloaded document lacks the child typed by keyboard".into());
        }
        Ok(())
    })
    .await;
}
