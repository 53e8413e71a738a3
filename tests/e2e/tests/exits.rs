//! No dead ends, and the deciding questions first (issue #18), in the browser: an exit that has a matching
//! document opens it with the answers already given, and a form that can end early says so before the
//! reader types anything.

use zanger_e2e::{with_browser, Browser, Setup};

use zanger_e2e::fill;
use fill::fill_page;

/// Chooses option `value` of the radio group `name` on the current page.
async fn choose(b: &Browser, name: &str, value: &str) -> Result<(), String> {
    let script = format!("const el = document.querySelector('input[type=radio][name=\"{name}\"][value=\"{value}\"]'); if (!el) return false; el.click(); return true;");
    match b.eval(&script).await?.as_bool() {
        Some(true) => Ok(()),
        _ => Err(format!("no option `{value}` for `{name}` on this page")),
    }
}

/// How many text fields on the page hold something typed (free text the reader would have written).
async fn free_text_fields(b: &Browser) -> Result<u64, String> {
    let script = "return [...document.querySelectorAll('.zg-fields textarea, .zg-fields input[type=text]')].length";
    Ok(b.eval(script).await?.as_u64().unwrap_or(0))
}

#[tokio::test]
async fn choosing_a_court_order_in_the_alimony_claim_opens_the_order_application_with_the_answers_given() {
    with_browser("exit-carry", Setup::default(), async |b| {
        b.open_hash("#/ru/form/alimony.claim").await?;
        b.wait_for("section.zg-form[data-form='alimony.claim']").await?;
        // The normal path first («no» to paternity and third parties shows the court-order question),
        // then a court order is preferred.
        while fill_page(b, "Тест").await? > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        choose(b, "marriage", "divorced").await?;
        choose(b, "prefer_court_order", "yes").await?;
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        b.click(".zg-form-nav button[type='submit']").await?;
        b.wait_for(".zg-exit").await?;
        let exit = b.text(".zg-exit").await?;
        if exit.contains("не подходит") || !exit.contains("Заявление о вынесении судебного приказа о взыскании алиментов") {
            return Err(format!("the exit does not lead to the court-order application by its title:\n{exit}"));
        }
        b.screenshot("exit-carry-ru", 360).await?;
        b.click(".zg-exit a.zg-exit-link").await?;
        b.wait_for("section.zg-form[data-form='alimony.order']").await?;
        let draft = b.eval("return localStorage.getItem('zanger.draft.alimony.order')").await?;
        let draft = draft.as_str().unwrap_or_default();
        if !draft.contains("lives_with_me=yes") || !draft.contains("marriage=divorced") {
            return Err(format!("the answers given were not carried over:\n{draft}"));
        }
        if draft.contains("prefer_court_order") {
            return Err(format!("an answer the application does not ask was carried:\n{draft}"));
        }
        let checked = b.eval("return document.querySelector('input[type=radio][name=\"marriage\"][value=\"divorced\"]')?.checked ?? false").await?;
        if checked.as_bool() != Some(true) {
            return Err("the carried answer is not shown in the application's form".into());
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_divorce_for_the_registry_office_says_so_before_any_free_text_is_asked() {
    with_browser("exit-divorce", Setup::default(), async |b| {
        b.open_hash("#/ru/form/divorce.claim").await?;
        b.wait_for("section.zg-form[data-form='divorce.claim']").await?;
        let typed_fields = free_text_fields(b).await?;
        if typed_fields != 0 {
            return Err(format!("the first page asks {typed_fields} free-text question(s) before the form can end"));
        }
        while fill_page(b, "Тест").await? > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        // Both agree, no children, no property demand: the registry office's case.
        choose(b, "spouse_position", "agrees").await?;
        choose(b, "has_children", "no").await?;
        choose(b, "property_claim", "no").await?;
        while fill_page(b, "Тест").await? > 0 {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        b.click(".zg-form-nav button[type='submit']").await?;
        b.wait_for(".zg-exit").await?;
        let exit = b.text(".zg-exit").await?;
        if !exit.contains("egov.kz") {
            return Err(format!("the registry-office exit is not reached after the first page:\n{exit}"));
        }
        Ok(())
    })
    .await;
}
