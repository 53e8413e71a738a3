//! The reader's own dates under a document, and "Add to my calendar" (issue #17), in Russian and Kazakh:
//! an appeal decided a few days ago lists its last day, axe finds no WCAG 2.1 A/AA violation on the page,
//! and the `.ics` it downloads is read by an independent parser (ical.js, npm, installed by `cargo xtask`):
//! one all-day event on that day, in the reader's language, with reminders three days and one day before.

use zanger::core::calc::deadline::{Period, WorkCalendar};
use zanger::core::date::Date;
use zanger_e2e::{with_browser, Browser, Setup};

use zanger_e2e::fill;
use fill::fill_to_review;

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// Completes the appeal in Russian from a draft that gives only the decision date (the rest as the
/// documents test fills it).
async fn appeal_decided_on(b: &Browser, lang: &str, decided: Date) -> Result<(), String> {
    b.open_hash(&format!("#/{lang}")).await?;
    b.wait_for(".zg-main h1").await?;
    let draft = format!("zanger-draft 2\ncourt.appeal\nschema 1\ndecision_date={}\n", iso(decided));
    b.client
        .execute("localStorage.setItem(arguments[0], arguments[1]); return null", vec!["zanger.draft.court.appeal".into(), draft.into()])
        .await
        .map_err(|e| format!("store the draft: {e}"))?;
    b.open_hash(&format!("#/{lang}/form/court.appeal")).await?;
    b.reload().await?;
    b.wait_for("section.zg-form[data-form='court.appeal']").await?;
    fill_to_review(b, "Тест", "the appeal").await?;
    b.click(".zg-form-nav button.zg-button:not(.zg-secondary)").await?;
    b.wait_for("article.zg-document").await?;
    Ok(())
}

/// axe-core's WCAG 2.1 A/AA violations on the page (`ZANGER_AXE_JS`, installed by xtask).
async fn axe_violations(b: &Browser) -> Result<Vec<String>, String> {
    let path = std::env::var("ZANGER_AXE_JS").map_err(|_| "ZANGER_AXE_JS is unset: run with `cargo xtask e2e`".to_string())?;
    let source = std::fs::read_to_string(&path).map_err(|e| format!("{path}: {e}"))?;
    b.eval(&format!("{source}\nreturn true;")).await?;
    let script = "const done = arguments[arguments.length - 1]; \
        axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }) \
          .then((r) => done(r.violations.map((v) => v.id + ': ' + v.help + ' ' + JSON.stringify(v.nodes[0].target)))) \
          .catch((e) => done(['axe failed: ' + e]));";
    let found = b.client.execute_async(script, vec![]).await.map_err(|e| e.to_string())?;
    Ok(found.as_array().map(|a| a.iter().filter_map(|v| v.as_str().map(String::from)).collect()).unwrap_or_default())
}

/// What ical.js reads in `ics` (see tests/e2e/ics-check.mjs).
fn parsed_by_ical_js(ics: &[u8]) -> Result<serde_json::Value, String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let parser = root.join("tools/ical/node_modules/ical.js/dist/ical.js");
    if !parser.is_file() {
        return Err(format!("{} is missing: run the tests through `cargo xtask e2e`, which installs it", parser.display()));
    }
    let file = std::env::temp_dir().join(format!("zanger-calendar-{}.ics", std::process::id()));
    std::fs::write(&file, ics).map_err(|e| e.to_string())?;
    let out = std::process::Command::new("node")
        .arg(root.join("tests/e2e/ics-check.mjs"))
        .arg(&parser)
        .arg(&file)
        .output()
        .map_err(|e| format!("cannot run node: {e}"))?;
    let _ = std::fs::remove_file(&file);
    if !out.status.success() {
        return Err(format!("ical.js cannot read the file: {}", String::from_utf8_lossy(&out.stderr)));
    }
    serde_json::from_slice(&out.stdout).map_err(|e| format!("{e}: {}", String::from_utf8_lossy(&out.stdout)))
}

#[tokio::test]
async fn an_appeal_s_last_day_is_listed_and_downloads_as_a_calendar_event_with_two_reminders() {
    // Decided three days ago: one month (ГПК art. 403 ч. 3), moved off a day off (art. 123 ч. 4), as the
    // app counts it; the last day is ahead.
    let decided = Date::today_utc().add_days(-3);
    let last = WorkCalendar::default().period_end(decided, Period::Months(1)).date;
    with_browser("calendar", Setup::default(), async |b| {
        for (lang, event, title) in [
            ("ru", "Последний день подать апелляционную жалобу", "Апелляционная жалоба"),
            ("kk", "Апелляциялық шағым берудің соңғы күні", "Апелляциялық шағым"),
        ] {
            appeal_decided_on(b, lang, decided).await?;
            let listed = b.text(".zg-dates").await?;
            if !listed.contains(&format!("{last} — {event}")) {
                return Err(format!("{lang}: the reader's dates do not list the last day {last}:\n{listed}"));
            }
            let found = axe_violations(b).await?;
            if !found.is_empty() {
                return Err(format!("{lang}: axe on the document page with its dates:\n{}", found.join("\n")));
            }
            b.screenshot(&format!("dates-{lang}"), 360).await?;
            b.click(".zg-download-ics").await?;
            let ics = b.downloaded(&format!("court.appeal-{lang}.ics")).await?;
            let read = parsed_by_ical_js(&ics)?;
            let events = read["events"].as_array().cloned().unwrap_or_default();
            if read["version"] != "2.0" || events.len() != 1 {
                return Err(format!("{lang}: expected one event in an iCalendar 2.0 file: {read}"));
            }
            let e = &events[0];
            let expected_end = iso(last.add_days(1));
            if e["summary"] != event || e["start"] != iso(last).as_str() || e["startIsDate"] != true || e["end"] != expected_end.as_str() || !e["description"].as_str().unwrap_or("").contains(title) {
                return Err(format!("{lang}: the event is not the appeal's last day {last}: {e}"));
            }
            let triggers: Vec<&str> = e["alarms"].as_array().into_iter().flatten().filter(|a| a["action"] == "DISPLAY").filter_map(|a| a["trigger"].as_str()).collect();
            if triggers != ["-P2DT15H", "-PT15H"] {
                return Err(format!("{lang}: expected reminders at 09:00 three days and one day before: {e}"));
            }
            b.eval("localStorage.removeItem('zanger.draft.court.appeal'); return true;").await?;
        }
        Ok(())
    })
    .await;
}
