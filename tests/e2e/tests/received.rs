//! "I received a document" (the triage, issue #14), in a real browser: every kind of paper gives its
//! last day and opens its answer; a month ending on a day off moves to the next working day; a period
//! that has passed says so and leads to restoring it. Dates are chosen from today's date with the app's
//! calendar (content/holidays.toml), since the browser runs on the real clock.

use zanger::core::calc::deadline::{add_months, DayStatus, WorkCalendar};
use zanger::core::date::Date;
use zanger::core::triage;
use zanger_e2e::{with_browser, Browser, Setup};

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// Chooses `kind`, gives `date` and asks; returns the answer's text.
async fn ask(b: &Browser, kind: &str, date: Date) -> Result<String, String> {
    b.click(&format!("#zg-received-kind-{kind}")).await?;
    let script = format!(
        "const e = document.getElementById('zg-received-date'); e.value = '{}'; e.dispatchEvent(new Event('input', {{ bubbles: true }})); e.dispatchEvent(new Event('change', {{ bubbles: true }})); return e.value",
        iso(date)
    );
    b.eval(&script).await?;
    b.click(".zg-received button[type='submit'], form button[type='submit']").await?;
    b.text(".zg-received-answer").await
}

#[tokio::test]
async fn every_kind_of_paper_gets_its_last_day_and_its_answer_in_kazakh_and_russian() {
    with_browser("received", Setup::default(), async |b| {
        let today = Date::today_utc();
        for lang in ["ru", "kk"] {
            b.open_url(&format!("{}/{lang}/", b.base())).await?;
            b.click(".zg-received-entry a").await?;
            b.wait_for("#zg-received-date").await?;
            assert_eq!(b.page().await?, format!("{lang}/received"));
            for kind in triage::kinds() {
                let answer = ask(b, kind.id, today).await?;
                let expected = triage::assess(kind, today, today).map_err(|e| format!("{}: {e:?}", kind.id))?;
                match expected.due {
                    Some(due) => {
                        let shown = b.text(".zg-received-last-day").await?;
                        if !shown.contains(&due.last_day.to_string()) || due.passed {
                            return Err(format!("{lang} {}: the last day shows `{shown}`, expected {}", kind.id, due.last_day));
                        }
                    }
                    None => {
                        if b.count(".zg-received-last-day").await? != 0 {
                            return Err(format!("{lang} {}: a last day for a paper without a period", kind.id));
                        }
                    }
                }
                if b.count(".zg-received-answer a.zg-button").await? == 0 || answer.contains("{{") {
                    return Err(format!("{lang} {}: no answer to open:\n{answer}", kind.id));
                }
            }
            b.screenshot(&format!("received-{lang}"), 360).await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn a_month_ending_on_a_day_off_moves_and_a_passed_period_leads_to_restoring_it() {
    with_browser("received-dates", Setup::default(), async |b| {
        let today = Date::today_utc();
        let calendar = WorkCalendar::default();
        let kind = triage::kinds().iter().find(|k| k.id == "decision").ok_or("the decision kind")?;
        // A decision made within the last month whose month ends on a day off.
        let decided = (1..=31)
            .map(|back| today.add_days(-back))
            .find(|d| !matches!(calendar.status(add_months(*d, 1)), DayStatus::Working) && add_months(*d, 1) >= today)
            .ok_or("no month in reach ends on a day off")?;
        b.open_url(&format!("{}/ru/received/", b.base())).await?;
        ask(b, kind.id, decided).await?;
        let shown = b.text(".zg-received-last-day").await?;
        let plain_end = add_months(decided, 1);
        let moved = (1..=10).map(|n| plain_end.add_days(n)).find(|d| matches!(calendar.status(*d), DayStatus::Working)).ok_or("no working day")?;
        if !shown.contains(&moved.to_string()) {
            return Err(format!("decided {decided}: the month ends on {plain_end}, a day off; shown `{shown}`, expected {moved}"));
        }

        // Long past: said plainly, and the restoring application is offered.
        let ruling = triage::kinds().iter().find(|k| k.id == "ruling").ok_or("the ruling kind")?;
        ask(b, ruling.id, Date::new(2025, 3, 3)).await?;
        if b.count(".zg-received-passed").await? != 1 {
            return Err("a period that ended in 2025 is not shown as passed".into());
        }
        let restore = b.eval("return document.querySelector('.zg-received-restore a').getAttribute('href')").await?;
        if !restore.as_str().is_some_and(|h| h.ends_with("ru/form/court.restore/")) {
            return Err(format!("the restore link goes to {restore}"));
        }
        b.screenshot("received-passed", 360).await?;
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn search_leads_to_the_triage_for_a_paper_that_came() {
    with_browser("received-search", Setup::default(), async |b| {
        b.open_url(&format!("{}/ru/", b.base())).await?;
        b.wait_for(".zg-app[data-pack='ready']").await?;
        let input = b.wait_for("#zg-search-input").await?;
        input.send_keys("пришло письмо из суда").await.map_err(|e| e.to_string())?;
        b.wait_for(".zg-search-results li").await?;
        let results = b.text(".zg-search-results").await?;
        let title = zanger::core::i18n::ui(zanger::core::lang::Lang::Ru).received_title;
        if !results.contains(title) || !results.contains("Полученный документ") {
            return Err(format!("the triage is not among the results:\n{results}"));
        }
        b.eval(&format!("[...document.querySelectorAll('.zg-search-results li')].find((li) => li.textContent.includes('{title}')).click(); return 1")).await?;
        b.wait_for("#zg-received-date").await?;
        assert_eq!(b.page().await?, "ru/received");
        Ok(())
    })
    .await;
}
