//! Several drafts coexist on one computer; the home page lists them to continue or delete.

use zanger_e2e::{with_browser, Setup};

#[tokio::test]
async fn drafts_are_listed_on_home_to_continue_or_delete() {
    with_browser("drafts", Setup::default(), async |b| {
        b.open_hash("#/ru").await?;
        b.wait_for_heading("Что у вас случилось?").await?;
        if b.count(".zg-drafts").await? != 0 {
            return Err("a fresh browser should list no drafts".into());
        }
        // Two drafts, as the form saves them (one per questionnaire).
        b.eval(
            "localStorage.setItem('zanger.draft.alimony.claim', 'zanger-draft 2\\nalimony.claim\\nschema 1\\nplaintiff_name=Тест Тестов\\n'); \
             localStorage.setItem('zanger.draft.divorce.claim', 'zanger-draft 2\\ndivorce.claim\\nschema 1\\nplaintiff_name=Тест Тестов\\n'); \
             return null",
        )
        .await?;
        b.reload().await?;
        b.wait_for(".zg-app[data-pack='ready']").await?;
        b.wait_for(".zg-drafts li").await?;
        let titles = b.text(".zg-drafts ul").await?;
        if b.count(".zg-drafts li").await? != 2 || !titles.contains("алимент") || !titles.contains("брак") {
            return Err(format!("both drafts should be listed by title: {titles}"));
        }
        b.screenshot("home", 360).await?;

        // Delete one (after the confirmation): it leaves the list and this computer.
        b.click(".zg-drafts li:nth-child(2) .zg-draft-delete").await?;
        b.client.accept_alert().await.map_err(|e| format!("no confirmation dialog: {e}"))?;
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
        if b.count(".zg-drafts li").await? != 1 {
            return Err("the deleted draft is still listed".into());
        }
        let left = b.eval("return [localStorage.getItem('zanger.draft.alimony.claim') !== null, localStorage.getItem('zanger.draft.divorce.claim') !== null].join(',')").await?;
        if left != "true,false" {
            return Err(format!("storage after deleting the divorce draft (alimony, divorce): {left}"));
        }

        // Continue the other: its questionnaire opens with the answer kept.
        b.click(".zg-drafts li a").await?;
        b.wait_for("section.zg-form[data-form='alimony.claim']").await?;
        let kept = b.eval("return localStorage.getItem('zanger.draft.alimony.claim')").await?;
        if !kept.as_str().unwrap_or("").contains("plaintiff_name=Тест Тестов") {
            return Err(format!("the continued draft lost its answer: {kept}"));
        }
        Ok(())
    })
    .await;
}
