//! "Check before you file" (issue #17) on the wages claim, in Kazakh and Russian: the conciliation
//! commission item follows the answers, an asked item is ticked with the keyboard and stays ticked in
//! the draft after a reload, and axe finds no WCAG 2.1 A/AA violation in the section.
//!
//! Without the commission step the questionnaire does not reach its document at all: the answer "I
//! have not applied to the commission yet" is an exit (`commission_first`) that sends the reader to the
//! commission first, and shows there the commission item not done, with what to do.

use zanger_e2e::{with_browser, Browser, Setup};

use zanger_e2e::fill;

const FORM: &str = "labor.wages.claim";

/// Fills the open questionnaire the normal way, except for the choices `steer` names (question id,
/// option id), which are picked before the rest of each page. Stops at the review page (`Ok(None)`) or
/// at an exit (`Ok(Some(its text))`).
async fn fill_steering(b: &Browser, steer: &[(&str, &str)], what: &str) -> Result<Option<String>, String> {
    for _ in 0..20 {
        loop {
            for (question, option) in steer {
                let css = format!("input[type='radio'][name='{question}'][value='{option}']");
                if b.count(&css).await? > 0 && b.count(&format!("{css}:checked")).await? == 0 {
                    b.click(&css).await?;
                }
            }
            if fill::fill_page(b, "Тест").await? == 0 {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        b.click(".zg-form-nav button[type='submit']").await?;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        if b.count(".zg-error-summary").await? > 0 {
            return Err(format!("{what}: {}", b.text(".zg-error-summary").await?));
        }
        if b.count(".zg-exit").await? > 0 {
            return Ok(Some(b.text(".zg-exit").await?));
        }
        if b.count(".zg-review-page").await? > 0 {
            return Ok(None);
        }
    }
    Err(format!("{what}: never reached the review page"))
}

/// From the review page: makes the document and waits for the check.
async fn make_document(b: &Browser) -> Result<(), String> {
    b.click(".zg-form-nav button.zg-button:not(.zg-secondary)").await?;
    b.wait_for("section.zg-filing h2").await?;
    Ok(())
}

async fn state(b: &Browser, check: &str) -> Result<String, String> {
    let script = format!("const e = document.querySelector(\"li.zg-filing-item[data-check='{check}']\"); return e ? e.dataset.state : 'absent';");
    Ok(b.eval(&script).await?.as_str().unwrap_or("").to_string())
}

/// axe-core (installed by xtask, `ZANGER_AXE_JS`) run on the check's section only.
async fn axe_on_section(b: &Browser) -> Result<Vec<String>, String> {
    let path = std::env::var("ZANGER_AXE_JS").map_err(|_| "ZANGER_AXE_JS is unset: run with `cargo xtask test`".to_string())?;
    let source = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    b.eval(&format!("{source}\nreturn true;")).await?;
    let script = "const done = arguments[arguments.length - 1]; \
        axe.run('section.zg-filing', { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }) \
          .then((r) => done(r.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.length + ') ' + JSON.stringify(v.nodes[0].target)))) \
          .catch((e) => done(['axe failed: ' + e]));";
    let found = b.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
    Ok(found.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect()).unwrap_or_default())
}

#[tokio::test]
async fn the_wages_claim_shows_the_commission_item_met_and_keeps_a_tick_in_the_draft() {
    with_browser("filing-check", Setup::default(), async |b| {
        let mut violations = Vec::new();
        for (lang, met, to_confirm, confirmed) in [("ru", "Выполнено", "Проверьте и отметьте", "Выполнено (вы отметили)"), ("kk", "Орындалды", "Тексеріп, белгілеңіз", "Орындалды (сіз белгіледіңіз)")] {
            let what = format!("{FORM} {lang}");
            b.open_hash(&format!("#/{lang}/form/{FORM}")).await?;
            b.wait_for(&format!("section.zg-form[data-form='{FORM}']")).await?;
            // The commission decided in the reader's favour, but the employer does not comply.
            let steer = [("commission_exception", "none"), ("commission_result", "not_executed")];
            if let Some(exit) = fill_steering(b, &steer, &what).await? {
                return Err(format!("{what}: an exit on the commission path: {exit}"));
            }
            make_document(b).await?;
            // Before the downloads, and out of print.
            let before = b.eval("const s = document.querySelector('section.zg-filing'), d = document.querySelector('.zg-download-docx'); return !!(s.compareDocumentPosition(d) & Node.DOCUMENT_POSITION_FOLLOWING) && s.classList.contains('zg-no-print');").await?;
            if before.as_bool() != Some(true) {
                return Err(format!("{what}: the check is not above the download buttons, or is printed"));
            }
            for (check, want) in [("commission", "met"), ("fee", "met"), ("commission_decision", "to_confirm"), ("signature", "to_confirm")] {
                let got = state(b, check).await?;
                if got != want {
                    return Err(format!("{what}: `{check}` is {got}, not {want}"));
                }
            }
            let commission = b.text("li.zg-filing-item[data-check='commission']").await?;
            if !commission.contains(met) || b.count("li.zg-filing-item[data-check='commission'] .zg-filing-todo").await? != 0 {
                return Err(format!("{what}: the met commission item reads:\n{commission}"));
            }
            let decision = b.text("li.zg-filing-item[data-check='commission_decision']").await?;
            if !decision.contains(to_confirm) || b.count("li.zg-filing-item[data-check='commission_decision'] .zg-filing-todo").await? != 1 {
                return Err(format!("{what}: the open item does not say what to do:\n{decision}"));
            }
            for v in axe_on_section(b).await? {
                violations.push(format!("{lang}: {v}"));
            }
            // Ticked with the keyboard: focus the box and press space.
            let tick = b.wait_for("#zg-filing-commission-decision").await?;
            b.eval("document.getElementById('zg-filing-commission-decision').focus(); return true;").await?;
            tick.send_keys(" ").await.map_err(|e| format!("{what}: space on the box: {e}"))?;
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            if state(b, "commission_decision").await? != "confirmed" || !b.text("li.zg-filing-item[data-check='commission_decision']").await?.contains(confirmed) {
                return Err(format!("{what}: the ticked item is not confirmed"));
            }
            b.screenshot(&format!("filing-check-{lang}"), 1280).await?;
            // Saved with the draft: reopened, the same answers lead to the document with the box ticked.
            b.open_hash(&format!("#/{lang}/form/{FORM}")).await?;
            b.wait_for(&format!("section.zg-form[data-form='{FORM}']")).await?;
            if let Some(exit) = fill_steering(b, &steer, &what).await? {
                return Err(format!("{what}: an exit after the reload: {exit}"));
            }
            make_document(b).await?;
            let kept = b.eval("return document.getElementById('zg-filing-commission-decision').checked;").await?;
            if kept.as_bool() != Some(true) || state(b, "commission_decision").await? != "confirmed" {
                return Err(format!("{what}: the tick was not kept in the draft"));
            }
            let draft = b.eval(&format!("return localStorage.getItem('zanger.draft.{FORM}') || '';")).await?;
            if !draft.as_str().unwrap_or("").contains("check:commission_decision=yes") {
                return Err(format!("{what}: the draft does not hold the tick:\n{draft}"));
            }
            b.eval(&format!("localStorage.removeItem('zanger.draft.{FORM}'); return true;")).await?;
        }
        if violations.is_empty() {
            Ok(())
        } else {
            Err(format!("{} accessibility violation(s) in the check:\n{}", violations.len(), violations.join("\n")))
        }
    })
    .await;
}

#[tokio::test]
async fn a_wages_claim_needing_no_commission_has_the_item_met_and_one_without_it_stops_at_the_commission() {
    with_browser("filing-check-commission", Setup::default(), async |b| {
        for lang in ["ru", "kk"] {
            let what = format!("{FORM} {lang}");
            // A domestic worker goes straight to court (ТК ст. 159): met, and no decision to attach.
            b.open_hash(&format!("#/{lang}/form/{FORM}")).await?;
            b.wait_for(&format!("section.zg-form[data-form='{FORM}']")).await?;
            if let Some(exit) = fill_steering(b, &[("commission_exception", "domestic")], &what).await? {
                return Err(format!("{what}: an exit for a domestic worker: {exit}"));
            }
            make_document(b).await?;
            if state(b, "commission").await? != "met" || state(b, "commission_decision").await? != "absent" {
                return Err(format!("{what}: a domestic worker's commission items: {} / {}", state(b, "commission").await?, state(b, "commission_decision").await?));
            }
            b.eval(&format!("localStorage.removeItem('zanger.draft.{FORM}'); return true;")).await?;
            // Not applied to the commission yet: no document; the exit sends the reader to the commission
            // and shows the commission item not done, with what to do.
            b.open_hash(&format!("#/{lang}/form/{FORM}")).await?;
            b.wait_for(&format!("section.zg-form[data-form='{FORM}']")).await?;
            let steer = [("commission_exception", "none"), ("commission_result", "not_applied")];
            match fill_steering(b, &steer, &what).await? {
                Some(_) if b.count("article.zg-document").await? > 0 => return Err(format!("{what}: a document beside the commission exit")),
                Some(_) => {
                    let unmet = state(b, "commission").await?;
                    let todo = b.count(".zg-exit li.zg-filing-item[data-check='commission'] .zg-filing-todo").await?;
                    if unmet != "unmet" || todo != 1 {
                        return Err(format!("{what}: at the commission exit the commission item is `{unmet}` with {todo} line(s) saying what to do"));
                    }
                    b.screenshot(&format!("exit-unmet-{lang}"), 360).await?;
                }
                None => return Err(format!("{what}: no commission exit without the commission")),
            }
            b.eval(&format!("localStorage.removeItem('zanger.draft.{FORM}'); return true;")).await?;
        }
        Ok(())
    })
    .await;
}
