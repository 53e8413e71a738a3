//! The alimony claim questionnaire end to end in a real browser: validation messages, a reload in the
//! middle (the draft survives), check-your-answers, and the filled document.

use zanger_e2e::{with_browser, Browser, Setup};

/// A valid ИИН for 05.03.1992, woman (century digit 4), made with the checksum algorithm.
fn iin() -> String {
    let first: Vec<u32> = "92030540012".chars().map(|c| c.to_digit(10).unwrap()).collect();
    let pass = |weights: [u32; 11]| first.iter().zip(weights).map(|(d, w)| d * w).sum::<u32>() % 11;
    let mut control = pass([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    if control == 10 {
        control = pass([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
    }
    assert!(control < 10, "pick other digits");
    format!("92030540012{control}")
}

async fn type_into(b: &Browser, field: &str, text: &str) -> Result<(), String> {
    let input = b.wait_for(&format!("#zg-f-{field}")).await?;
    input.clear().await.map_err(|e| e.to_string())?;
    input.send_keys(text).await.map_err(|e| format!("type into {field}: {e}"))
}

/// Date inputs take keyboard entry in the browser's locale; set the value as a person's picker would.
async fn set_date(b: &Browser, field: &str, iso: &str) -> Result<(), String> {
    b.wait_for(&format!("#zg-f-{field}")).await?;
    let script = format!(
        "const e = document.querySelector('#zg-f-{field}'); e.value = '{iso}'; e.dispatchEvent(new Event('input', {{ bubbles: true }})); return e.value"
    );
    b.eval(&script).await.map(|_| ())
}

async fn page_title(b: &Browser) -> String {
    b.text(".zg-page-title").await.unwrap_or_default()
}

/// What the pages say in one language.
struct Expect {
    lang: &'static str,
    id_name: &'static str,
    review: &'static str,
    title: &'static str,
    request: &'static str,
    /// The hint of the past-period question, its `{{deadline.alimony_back}}` rendered.
    back_hint: &'static str,
}

const RU: Expect = Expect { lang: "ru", id_name: "ИИН", review: "Проверьте ваши ответы", title: "ИСКОВОЕ ЗАЯВЛЕНИЕ", request: "ПРОШУ СУД", back_hint: "не больше чем за 3 года (ст. 164" };
const KK: Expect = Expect { lang: "kk", id_name: "ЖСН", review: "Жауаптарыңызды тексеріңіз", title: "ТАЛАП ҚОЮ", request: "СОТТАН СҰРАЙМЫН", back_hint: "бірақ 3 жылдан аспайды (Неке" };

#[tokio::test]
async fn the_alimony_claim_in_russian() {
    fill_the_alimony_claim(RU).await;
}

#[tokio::test]
async fn the_alimony_claim_in_kazakh() {
    fill_the_alimony_claim(KK).await;
}

/// From the guide to the printed claim: validation, a reload in the middle, review, document.
async fn fill_the_alimony_claim(x: Expect) {
    with_browser(&format!("alimony-form-{}", x.lang), Setup::default(), async |b| {
        b.open_hash(&format!("#/{}/guide/family.alimony", x.lang)).await?;
        b.click(".zg-cta a[href*='form/alimony.claim']").await?;
        b.wait_for("section.zg-form[data-form='alimony.claim']").await?;

        // Page 1: the situation.
        b.click("#zg-f-lives_with_me").await?;
        b.click("#zg-f-plaintiff_role").await?; // mother
        b.click("#zg-f-marriage-1").await?; // divorced
        b.click("#zg-f-paternity_disputed-1").await?; // no
        b.click("#zg-f-third_parties-1").await?; // no
        b.click("#zg-f-prefer_court_order-1").await?; // no
        let first = page_title(&b).await;
        b.click(".zg-form-nav button[type='submit']").await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let second = page_title(&b).await;
        if first == second {
            return Err(format!("did not leave the first page `{first}`: {}", b.text(".zg-form").await?));
        }
        // Page 2: payments.
        b.click("#zg-f-agreement").await?; // none
        b.click("#zg-f-pays_now-1").await?; // no
        b.click(".zg-form-nav button[type='submit']").await?;
        // Page 3: children.
        type_into(&b, "children-0-name", "Айша Ерланқызы").await?;
        set_date(&b, "children-0-born", "2019-05-01").await?;
        b.click(".zg-group > button").await?; // add another child
        type_into(&b, "children-1-name", "Нұрлан Ерланұлы").await?;
        set_date(&b, "children-1-born", "2021-09-12").await?;

        // Reload in the middle: nothing typed is lost, and the form reopens on this page.
        b.reload().await?;
        b.wait_for("#zg-f-children-1-name").await?;
        let name = b.eval("return document.querySelector('#zg-f-children-1-name').value").await?;
        if name != "Нұрлан Ерланұлы" {
            return Err(format!("the second child was lost on reload: {name}"));
        }
        for _ in 0..2 {
            b.click(".zg-form-nav button.zg-secondary").await?; // back
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        let restored = b.eval("return document.querySelector('#zg-f-lives_with_me').checked").await?;
        if restored != true {
            return Err("the first answer was lost on reload".into());
        }
        for _ in 0..2 {
            b.click(".zg-form-nav button[type='submit']").await?;
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        b.click(".zg-form-nav button[type='submit']").await?;
        // Page 4: income.
        b.click("#zg-f-income_kind").await?; // salary
        type_into(&b, "income_monthly", "300 000").await?;
        b.click(".zg-form-nav button[type='submit']").await?;
        // Page 5: the plaintiff, first with a mistyped ИИН.
        type_into(&b, "plaintiff_name", "Сейітова Айгерім Болатқызы").await?;
        set_date(&b, "plaintiff_born", "1992-03-05").await?;
        let mut bad = iin();
        bad.replace_range(11..12, if bad.ends_with('9') { "0" } else { "9" });
        type_into(&b, "plaintiff_iin", &bad).await?;
        type_into(&b, "plaintiff_address", "Алматы, Абай даңғылы, 1").await?;
        type_into(&b, "plaintiff_phone", "8 701 123 45 67").await?;
        let before = page_title(&b).await;
        b.click(".zg-form-nav button[type='submit']").await?;
        let summary = b.text(".zg-error-summary").await?;
        if !summary.contains(x.id_name) || page_title(&b).await != before {
            return Err(format!("a wrong ИИН was not stopped: {summary}"));
        }
        let focused = b.eval("return document.activeElement.className").await?;
        if focused != "zg-error-summary" {
            return Err(format!("focus did not move to the error summary: {focused}"));
        }
        b.screenshot("error", 360).await?;
        if b.eval("return document.querySelector('#zg-f-plaintiff_iin').getAttribute('aria-invalid')").await? != "true" {
            return Err("the wrong field is not marked invalid".into());
        }
        type_into(&b, "plaintiff_iin", &iin()).await?;
        b.click(".zg-form-nav button[type='submit']").await?;
        // Page 6: the defendant.
        type_into(&b, "defendant_name", "Сейітов Ерлан Маратұлы").await?;
        type_into(&b, "defendant_address", "Алматы, Сәтбаев көшесі, 2").await?;
        b.click(".zg-form-nav button[type='submit']").await?;
        // Page 7: the court.
        type_into(&b, "court_place", "Алматы").await?;
        b.click(".zg-form-nav button[type='submit']").await?;
        // Page 8: the past period; the hint names the figure in force, in the reader's language.
        let hint = b.text("#zg-f-tried_before-hint").await?.replace('\u{a0}', " ");
        if !hint.contains(x.back_hint) || hint.contains("{{") {
            return Err(format!("the hint does not read `{}`: {hint}", x.back_hint));
        }
        b.click("#zg-f-tried_before-1").await?;
        b.click(".zg-form-nav button[type='submit']").await?;
        // Page 9: attachments (optional) → check your answers.
        b.click(".zg-form-nav button[type='submit']").await?;
        let review = b.text(".zg-form").await?;
        if !review.contains(x.review) || !review.contains("Айша Ерланқызы") {
            return Err(format!("no check-your-answers page: {review}"));
        }
        b.screenshot("review", 360).await?;
        b.click(".zg-form-nav button.zg-button:not(.zg-secondary)").await?;
        let doc = b.text("article.zg-document").await?;
        for expected in [x.title, "Сейітова Айгерім Болатқызы", "Айша Ерланқызы", "1/3", "100 000 ₸", x.request, &iin()] {
            if !doc.contains(expected) {
                return Err(format!("the document lacks `{expected}`:\n{doc}"));
            }
        }
        b.screenshot("document", 1280).await?;
        b.screenshot("document", 360).await?;

        // The same document as Word: open the file and read its XML.
        b.click(".zg-download-docx").await?;
        let bytes = b.downloaded(&format!("alimony.claim-{}.docx", x.lang)).await?;
        let xml = zanger::core::writers::docx::read_entry(&bytes, "word/document.xml").ok_or("the DOCX has no readable document.xml")?;
        let xml = String::from_utf8(xml).map_err(|e| e.to_string())?;
        for expected in [x.title, "Сейітова Айгерім Болатқызы", "Айша Ерланқызы", x.request] {
            if !xml.contains(expected) {
                return Err(format!("the DOCX lacks `{expected}`"));
            }
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn erase_everything_leaves_nothing_of_the_user_on_the_computer() {
    with_browser("erase-all", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.click(".zg-langs a[hreflang='kk']").await?; // a remembered choice
        b.open_hash("#/ru/form/alimony.claim").await?;
        b.click("#zg-f-lives_with_me").await?; // a draft answer
        let count = "return Object.keys(localStorage).filter(k => k.startsWith('zanger.')).length";
        if b.eval(count).await? == 0 {
            return Err("nothing was stored before erasing: the test would prove nothing".into());
        }
        b.click(".zg-erase-all").await?;
        b.client.accept_alert().await.map_err(|e| format!("no confirmation dialog: {e}"))?;
        let status = b.text(".zg-footer [role='status']").await?;
        if status.is_empty() {
            return Err("no confirmation that everything was erased".into());
        }
        let left = b.eval("return Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter(k => k.startsWith('zanger.'))").await?;
        if left.as_array().is_none_or(|a| !a.is_empty()) {
            return Err(format!("data left after erasing: {left}"));
        }
        // The form starts empty again.
        b.open_hash("#/ru/form/alimony.claim").await?;
        b.wait_for("#zg-f-lives_with_me").await?;
        if b.eval("return document.querySelector('#zg-f-lives_with_me').checked").await? != false {
            return Err("an answer survived the erase".into());
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn answers_move_to_another_computer_through_a_file_and_a_broken_file_changes_nothing() {
    with_browser("export-import", Setup::default(), async |b| {
        b.open_hash("#/ru/form/alimony.claim").await?;
        b.click("#zg-f-lives_with_me").await?;
        b.click("#zg-f-marriage-1").await?;
        b.click(".zg-export").await?;
        let saved = b.downloaded("alimony.claim.zanger.txt").await?;
        let text = String::from_utf8(saved).map_err(|e| e.to_string())?;
        if !text.starts_with("zanger-draft 2\nalimony.claim\nschema 1\n") || !text.contains("marriage=divorced") {
            return Err(format!("unexpected export: {text}"));
        }
        let file = b.downloads.join("alimony.claim.zanger.txt");

        // "Another computer": nothing stored, then the file is opened.
        b.eval("localStorage.clear(); return null").await?;
        b.reload().await?;
        b.wait_for("#zg-f-lives_with_me").await?;
        if b.eval("return document.querySelector('#zg-f-lives_with_me').checked").await? != false {
            return Err("the answers were not cleared before the import".into());
        }
        let input = b.wait_for("#zg-import-file").await?;
        input.send_keys(&file.display().to_string()).await.map_err(|e| format!("choose the file: {e}"))?;
        let status = b.text(".zg-import-status").await?;
        if status != "Ответы загружены из файла." {
            return Err(format!("no confirmation of the import: {status:?}"));
        }
        if b.eval("return document.querySelector('#zg-f-marriage-1').checked").await? != true {
            return Err("the imported answer is not shown".into());
        }

        // A broken file: a clear message, and the answers stay as they were.
        let broken = b.downloads.join("broken.txt");
        std::fs::write(&broken, "{\"answers\": \"not ours\"}").map_err(|e| e.to_string())?;
        let input = b.wait_for("#zg-import-file").await?;
        input.send_keys(&broken.display().to_string()).await.map_err(|e| format!("choose the file: {e}"))?;
        for _ in 0..30 {
            if b.text(".zg-import-status").await?.starts_with("Это не файл") {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let status = b.text(".zg-import-status").await?;
        if !status.contains("Ничего не изменилось") {
            return Err(format!("no clear message for a broken file: {status:?}"));
        }
        if b.eval("return document.querySelector('#zg-f-marriage-1').checked").await? != true {
            return Err("a broken file changed the answers".into());
        }

        // A file saved by an earlier app (the first draft format, without a version) still opens.
        let old = b.downloads.join("old.zanger.txt");
        std::fs::write(&old, "zanger-draft 1\nalimony.claim\nlives_with_me=yes\nplaintiff_role=mother\nmarriage=married\n").map_err(|e| e.to_string())?;
        let input = b.wait_for("#zg-import-file").await?;
        input.send_keys(&old.display().to_string()).await.map_err(|e| format!("choose the file: {e}"))?;
        for _ in 0..30 {
            if b.text(".zg-import-status").await? == "Ответы загружены из файла." {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        let status = b.text(".zg-import-status").await?;
        if status != "Ответы загружены из файла." {
            return Err(format!("a file of the first format was not opened: {status:?}"));
        }
        let shown = b.eval("return [document.querySelector('#zg-f-marriage').checked, document.querySelector('#zg-f-plaintiff_role').checked]").await?;
        if shown != serde_json::json!([true, true]) {
            return Err(format!("the answers of the old file are not shown: {shown}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_disputed_paternity_leads_out_of_the_court_order_with_the_reason_and_a_way_forward() {
    with_browser("order-exit", Setup::default(), async |b| {
        b.open_hash("#/kk/guide/court.order").await?;
        b.click(".zg-cta a[href$='kk/form/alimony.order/']").await?;
        b.click("#zg-f-lives_with_me").await?;
        b.click("#zg-f-plaintiff_role").await?;
        b.click("#zg-f-marriage-1").await?;
        b.click("#zg-f-paternity_disputed").await?; // yes: an order is not possible (ГПК 135(4))
        b.click("#zg-f-third_parties-1").await?;
        b.click("#zg-f-defendant_abroad-1").await?;
        b.click("#zg-f-other_claims-1").await?;
        b.click(".zg-form-nav button[type='submit']").await?;
        let exit = b.text(".zg-exit").await?;
        if !exit.contains("Бұл құжат сіздің жағдайыңызға сай келмейді") {
            return Err(format!("no exit explanation: {exit}"));
        }
        let link = b.eval("return document.querySelector('.zg-exit a').getAttribute('href')").await?;
        if !link.as_str().is_some_and(|l| l.ends_with("kk/guide/family.alimony/")) {
            return Err(format!("the exit leads to {link}"));
        }
        b.screenshot("exit", 360).await?;
        Ok(())
    })
    .await;
}

const DRAFT_KEY: &str = "zanger.draft.alimony.claim";

/// Puts `text` in the browser's storage as the alimony claim's draft and opens the form afresh, as after
/// an update of the app.
async fn open_with_stored_draft(b: &Browser, text: &str) -> Result<(), String> {
    open_with_stored_draft_showing(b, text, "#zg-f-lives_with_me").await
}

/// Stores `text` as the alimony claim's draft, then opens its form (after a reload) and waits for `css`.
async fn open_with_stored_draft_showing(b: &Browser, text: &str, css: &str) -> Result<(), String> {
    b.open_hash("#/ru").await?;
    b.wait_for(".zg-main h1").await?;
    b.client
        .execute("localStorage.setItem(arguments[0], arguments[1]); return null", vec![DRAFT_KEY.into(), text.into()])
        .await
        .map_err(|e| format!("store the draft: {e}"))?;
    b.open_hash("#/ru/form/alimony.claim").await?;
    b.reload().await?;
    b.wait_for(css).await?;
    Ok(())
}

async fn stored_draft(b: &Browser) -> Result<String, String> {
    let script = format!("return localStorage.getItem('{DRAFT_KEY}')");
    Ok(b.eval(&script).await?.as_str().unwrap_or_default().to_string())
}

#[tokio::test]
async fn a_draft_saved_by_an_earlier_version_opens_with_its_answers_and_nothing_is_lost() {
    with_browser("draft-v1", Setup::default(), async |b| {
        let old = "zanger-draft 1\nalimony.claim\nlives_with_me=yes\nplaintiff_role=mother\nmarriage=divorced\nold_question=ответ <b>старой</b> версии\n";
        open_with_stored_draft(b, old).await?;
        let shown = b
            .eval("return ['#zg-f-lives_with_me', '#zg-f-plaintiff_role', '#zg-f-marriage-1'].map(s => document.querySelector(s).checked)")
            .await?;
        if shown != serde_json::json!([true, true, true]) {
            return Err(format!("the answers of the old draft are not shown: {shown}"));
        }
        // The answer no question asks any more is listed, as text, and kept.
        let leftover = b.text(".zg-leftover[role='status']").await?;
        if !leftover.contains("old_question: ответ <b>старой</b> версии") {
            return Err(format!("the leftover answer is not listed as typed: {leftover:?}"));
        }
        b.screenshot("leftover", 360).await?;
        if stored_draft(b).await? != old {
            return Err("the stored draft was rewritten before anything was typed".into());
        }
        // The first change saves the draft in the current format, the old answer with it.
        b.click("#zg-f-paternity_disputed-1").await?;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        let saved = stored_draft(b).await?;
        if !saved.starts_with("zanger-draft 2\nalimony.claim\nschema 1\n") || !saved.contains("old_question=ответ <b>старой</b> версии") || !saved.contains("marriage=divorced") {
            return Err(format!("unexpected draft after a change: {saved:?}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_draft_from_a_newer_version_is_refused_with_a_message_and_kept() {
    with_browser("draft-newer", Setup::default(), async |b| {
        // A newer draft format: this version cannot read it, so the questions are not shown (anything
        // typed could not be saved without writing over it).
        let newer = "zanger-draft 99\nalimony.claim\nsomething new\nlives_with_me=yes\n";
        open_with_stored_draft_showing(b, newer, ".zg-draft-problem").await?;
        for round in ["opened", "after a reload"] {
            let message = b.text(".zg-draft-problem[role='status']").await?;
            if !message.contains("более новой версией") {
                return Err(format!("{round}: no message about a newer draft: {message:?}"));
            }
            if b.count("#zg-f-lives_with_me").await? != 0 {
                return Err(format!("{round}: the questions are offered over a draft that cannot be saved"));
            }
            tokio::time::sleep(std::time::Duration::from_millis(300)).await;
            if stored_draft(b).await? != newer {
                return Err(format!("{round}: the newer draft was overwritten"));
            }
            b.reload().await?;
            b.wait_for(".zg-draft-problem").await?;
        }
        b.screenshot("kept", 360).await?;
        // It can be saved to a file exactly as stored.
        b.click(".zg-draft-problem .zg-export").await?;
        let saved = String::from_utf8(b.downloaded("alimony.claim.zanger.txt").await?).map_err(|e| e.to_string())?;
        if saved != newer {
            return Err(format!("the file is not the stored draft: {saved:?}"));
        }
        // The home page lists it, and says this version cannot open it.
        b.open_hash("#/ru").await?;
        b.wait_for(".zg-drafts li").await?;
        let listed = b.text(".zg-drafts li").await?;
        if !listed.contains("не может открыть") {
            return Err(format!("the home list does not say the draft cannot be opened: {listed:?}"));
        }
        // Starting over (after a confirmation) erases it and shows the questions; nothing is stored
        // until something is answered.
        b.open_hash("#/ru/form/alimony.claim").await?;
        b.click(".zg-draft-start-over").await?;
        b.client.accept_alert().await.map_err(|e| format!("no confirmation dialog: {e}"))?;
        b.click("#zg-f-lives_with_me").await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let stored = stored_draft(b).await?;
        if !stored.starts_with("zanger-draft 2\nalimony.claim\n") || !stored.contains("lives_with_me=yes") || b.count(".zg-draft-problem").await? != 0 {
            return Err(format!("starting over did not start a new draft: {stored:?}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn answers_that_cannot_be_restored_are_listed_by_question_until_dismissed() {
    with_browser("draft-unrestored", Setup::default(), async |b| {
        // A choice this version does not offer, and a damaged line (an escape no version writes).
        let draft = "zanger-draft 2\nalimony.claim\nschema 1\nlives_with_me=yes\nplaintiff_role=grandmother\nmarriage=divorced\nplaintiff_name=Ая\\q Болатқызы\n";
        open_with_stored_draft(b, draft).await?;
        let list = b.text(".zg-draft-unrestored[role='status']").await?;
        for expected in ["Кем вы приходитесь детям?: «grandmother»", "Ваши ФИО: «Ая\\q Болатқызы»", "Остальные ответы сохранены."] {
            if !list.contains(expected) {
                return Err(format!("the list lacks `{expected}`: {list:?}"));
            }
        }
        if b.eval("return [document.querySelector('#zg-f-lives_with_me').checked, document.querySelector('#zg-f-marriage-1').checked]").await? != serde_json::json!([true, true]) {
            return Err("the answers that could be restored are not shown".into());
        }
        b.screenshot("unrestored", 360).await?;
        // It stays while the reader answers, until dismissed.
        b.click("#zg-f-plaintiff_role").await?;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        if b.count(".zg-draft-unrestored").await? != 1 {
            return Err("the list went away before it was dismissed".into());
        }
        b.click(".zg-draft-dismiss").await?;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        if b.count(".zg-draft-unrestored").await? != 0 {
            return Err("the list stays after it was dismissed".into());
        }
        // A draft with nothing else in it does not say the rest is saved.
        open_with_stored_draft(b, "zanger-draft 2\nalimony.claim\nschema 1\nplaintiff_role=grandmother\n").await?;
        let list = b.text(".zg-draft-unrestored").await?;
        if !list.contains("«grandmother»") || list.contains("Остальные") {
            return Err(format!("a draft with nothing else says otherwise: {list:?}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn reopening_a_draft_lands_on_the_step_where_the_reader_stopped() {
    with_browser("draft-page", Setup::default(), async |b| {
        // The first two pages answered (a draft saved before pages were saved: it opens at step 1).
        let answered = "zanger-draft 2\nalimony.claim\nschema 1\nlives_with_me=yes\nplaintiff_role=mother\nmarriage=divorced\n\
            paternity_disputed=no\nthird_parties=no\nprefer_court_order=no\nagreement=none\npays_now=no\n";
        open_with_stored_draft(b, answered).await?;
        if !b.text(".zg-step").await?.starts_with("Шаг 1 ") {
            return Err(format!("a draft without its page does not open at step 1: {}", b.text(".zg-step").await?));
        }
        for _ in 0..2 {
            b.click(".zg-form-nav button[type='submit']").await?;
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        }
        type_into(b, "children-0-name", "Айша").await?;
        let step = b.text(".zg-step").await?;
        if !step.starts_with("Шаг 3 ") {
            return Err(format!("not on the third step: {step}"));
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        if !stored_draft(b).await?.contains("\npage about_children\n") {
            return Err(format!("the page is not saved with the draft: {:?}", stored_draft(b).await?));
        }
        b.reload().await?;
        b.wait_for("#zg-f-children-0-name").await?;
        let step_after = b.text(".zg-step").await?;
        let name = b.eval("return document.querySelector('#zg-f-children-0-name').value").await?;
        if step_after != step || name != "Айша" {
            return Err(format!("reopened at `{step_after}` (expected `{step}`) with the name {name}"));
        }
        Ok(())
    })
    .await;
}
