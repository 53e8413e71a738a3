//! The reader's own dates under the document: each date the answers give (the last day to file, the day
//! the court should act…) in order, with the days left or passed, and a button that downloads them as a
//! calendar file (`core::writers::ics`), made on the device. Shown only when the questionnaire has dates.

use leptos::prelude::*;

use crate::core::date::Date;
use crate::core::interview::dates::{calendar_events, ReaderDate};
use crate::core::interview::model::Questionnaire;
use crate::core::lang::Lang;
use crate::core::writers::ics::calendar;
use crate::ui::browser;

#[component]
pub(super) fn YourDates(q: &'static Questionnaire, dates: Vec<ReaderDate>, lang: Lang, today: Date) -> impl IntoView {
    let ui = crate::core::i18n::ui(lang);
    let events = calendar_events(q, &dates, lang, today);
    let name = format!("{}-{}.ics", q.id, lang.code());
    let items = dates
        .into_iter()
        .map(|d| {
            let left = d.date.days_since_epoch() - today.days_since_epoch();
            let state = if left >= 0 { (ui.received_days_left)(left) } else { (ui.received_passed)(-left) };
            let iso = format!("{:04}-{:02}-{:02}", d.date.year, d.date.month, d.date.day);
            let passed = left < 0;
            let datetime = iso.clone();
            view! {
                <li class="zg-date" class:zg-date-passed=passed data-date=iso>
                    <time datetime=datetime>{d.date.to_string()}</time>
                    " — "{d.event}" "
                    <span class="zg-date-left">{state}</span>
                </li>
            }
        })
        .collect_view();
    let button = (!events.is_empty()).then(|| {
        let ics = calendar(&events, lang, today);
        let download = move |_| {
            if let Err(e) = browser::download(&name, "text/calendar", ics.as_bytes()) {
                web_sys::console::warn_1(&e.into());
            }
        };
        view! {
            <p>
                <button type="button" class="zg-button zg-secondary zg-download-ics" on:click=download aria-describedby="zg-dates-hint">
                    {ui.dates_calendar}
                </button>
            </p>
            <p class="zg-hint" id="zg-dates-hint">{ui.dates_calendar_hint}</p>
        }
    });
    view! {
        <section class="zg-dates zg-no-print" aria-labelledby="zg-dates-heading">
            <h2 id="zg-dates-heading">{ui.dates_heading}</h2>
            <ol class="zg-date-list">{items}</ol>
            {button}
        </section>
    }
}
