//! The appeal's last day is computed in the browser from the decision date the reader gives (issue #18):
//! a late appeal moves to restore the period instead of saying it is filed in time, and a last day that
//! falls on a day off moves to the next working day. The dates are chosen from today's date with the
//! app's own calendar (content/holidays.toml), since the browser runs on the real clock.

use zanger::core::calc::deadline::{add_months, DayStatus, Period, WorkCalendar};
use zanger::core::date::Date;
use zanger_e2e::{with_browser, Browser, Setup};

use zanger_e2e::fill;
use fill::fill_to_review;

const DRAFT_KEY: &str = "zanger.draft.court.appeal";

fn today() -> Date {
    Date::today_utc()
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// The last day to appeal a decision made final on `decided` (one month, ГПК art. 403 ч. 3, moved off a
/// day off by art. 123 ч. 4), as the app computes it.
fn last_day(decided: Date) -> Date {
    WorkCalendar::default().period_end(decided, Period::Months(1)).date
}

/// Completes the appeal (in Russian) from a stored draft that gives only the decision date; the rest is
/// filled as the documents test does. Returns the document's text and the next steps' text.
async fn appeal_decided_on(b: &Browser, decided: Date) -> Result<(String, String), String> {
    b.open_hash("#/ru").await?;
    b.wait_for(".zg-main h1").await?;
    let draft = format!("zanger-draft 2\ncourt.appeal\nschema 1\ndecision_date={}\n", iso(decided));
    b.client
        .execute("localStorage.setItem(arguments[0], arguments[1]); return null", vec![DRAFT_KEY.into(), draft.into()])
        .await
        .map_err(|e| format!("store the draft: {e}"))?;
    b.open_hash("#/ru/form/court.appeal").await?;
    b.reload().await?;
    b.wait_for("section.zg-form[data-form='court.appeal']").await?;
    fill_to_review(b, "Тест", "the appeal").await?;
    b.click(".zg-form-nav button.zg-button:not(.zg-secondary)").await?;
    Ok((b.text("article.zg-document").await?, b.text(".zg-next").await?))
}

#[tokio::test]
async fn an_appeal_whose_period_has_passed_moves_to_restore_it_and_never_claims_to_be_in_time() {
    // The latest decision date whose period is over: its last day is yesterday when yesterday was a
    // working day, else the last working day before today.
    let now = today();
    let decided = (25..60).map(|back| now.add_days(-back)).find(|d| last_day(*d) < now).expect("a decision whose period is over");
    let end = last_day(decided);
    with_browser("appeal-late", Setup::default(), async |b| {
        let (doc, next) = appeal_decided_on(b, decided).await?;
        b.screenshot("appeal-late-ru", 360).await?;
        if doc.contains("подаётся в срок") {
            return Err(format!("a late appeal (last day {end}) says it is filed in time:\n{doc}"));
        }
        if !doc.contains("ХОДАТАЙСТВО") || !doc.contains("ст. 126 ГПК РК") {
            return Err(format!("no motion to restore the period:\n{doc}"));
        }
        if !next.contains(&format!("Последний день подачи жалобы — {end}, он уже прошёл")) {
            return Err(format!("the next steps do not say the period passed on {end}:\n{next}"));
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn an_appeal_whose_last_day_falls_on_a_day_off_is_due_on_the_next_working_day() {
    // A decision whose month ends, within the next weeks, on a holiday (else on a weekend day), so the
    // last day moves forward; today the appeal is in time.
    let now = today();
    let calendar = WorkCalendar::default();
    let candidates: Vec<Date> = (0..31).map(|back| now.add_days(-back)).filter(|d| add_months(*d, 1) > now).collect();
    let off = |d: &Date, holiday: bool| match calendar.status(add_months(*d, 1)) {
        DayStatus::Holiday(_) | DayStatus::MovedHoliday(_) | DayStatus::DayOffByTransfer(_) => holiday,
        DayStatus::Weekend => !holiday,
        _ => false,
    };
    let decided = candidates.iter().find(|d| off(d, true)).or_else(|| candidates.iter().find(|d| off(d, false))).copied().expect("a month ending on a day off");
    let (raw, end) = (add_months(decided, 1), last_day(decided));
    assert!(end > raw, "{raw} is a day off, so the period ends later");
    let days_left = end.days_since_epoch() - now.days_since_epoch();
    with_browser("appeal-day-off", Setup::default(), async |b| {
        let (doc, next) = appeal_decided_on(b, decided).await?;
        if !doc.contains("Апелляционная жалоба подаётся в срок, установленный ст. 403 ГПК РК.") || doc.contains("ХОДАТАЙСТВО") {
            return Err(format!("an appeal in time (last day {end}) is not stated as such:\n{doc}"));
        }
        let expected = format!("Последний день подачи жалобы — {end} (осталось дней: {days_left})");
        if !next.contains(&expected) {
            return Err(format!("expected «{expected}» (the month ends on {raw}, a day off):\n{next}"));
        }
        Ok(())
    })
    .await;
}
