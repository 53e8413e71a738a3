//! "I received a document" (Маған құжат келді / Мне пришёл документ): the reader picks the paper they
//! received, helped by how each looks, and the date; the page says what it is, the last day to act (as a
//! date and as days left, with a caution where a rule is not confirmed), what happens once it passes,
//! and links to the answer, or to restoring the period once it has passed. The kinds and their texts are
//! `content/triage.toml`; the count is `core::triage`. This page only shows them.

use leptos::prelude::*;

use crate::core::content;
use crate::core::date::Date;
use crate::core::i18n::Ui;
use crate::core::lang::Lang;
use crate::core::route::Page;
use crate::core::triage::{self, DateError, Due, Kind, Start, Target, Triage};
use super::Breadcrumbs;
use crate::ui::app::{use_app, AppState};

const KIND_NAME: &str = "zg-received-kind";
const DATE_ID: &str = "zg-received-date";
const KIND_ERROR_ID: &str = "zg-received-kind-error";
const DATE_ERROR_ID: &str = "zg-received-date-error";
const DATE_HINT_ID: &str = "zg-received-date-hint";

fn radio_id(kind: &Kind) -> String {
    format!("{KIND_NAME}-{}", kind.id)
}

fn looks_id(kind: &Kind) -> String {
    format!("zg-received-looks-{}", kind.id)
}

fn iso(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

fn date_message(e: DateError, ui: &'static Ui) -> &'static str {
    match e {
        DateError::Missing => ui.received_error_date_missing,
        DateError::Invalid => ui.received_error_date_invalid,
        DateError::Future => ui.received_error_date_future,
    }
}

/// A text of the triage with its `{{figures}}` shown as on `today`.
fn text(t: &crate::core::content::Texts, lang: Lang, today: Date) -> String {
    crate::core::figures::expand(t.get(lang), content::figures(), today, lang)
}

#[component]
pub fn ReceivedPage() -> impl IntoView {
    let state = use_app();
    let today = state.today;
    let chosen: RwSignal<Option<&'static str>> = RwSignal::new(None);
    let date_text = RwSignal::new(String::new());
    // Errors and the answer appear after the first "show", then follow every change.
    let submitted = RwSignal::new(false);

    let kind = move || chosen.get().and_then(triage::kind);
    let date = move || triage::parse_date(&date_text.get(), today);
    let kind_error = move || (submitted.get() && kind().is_none()).then(|| state.ui().received_error_kind);
    let date_error = move || if submitted.get() { date().err().map(|e| date_message(e, state.ui())) } else { None };
    let outcome = Memo::new(move |_| {
        if !submitted.get() {
            return None;
        }
        let (Some(k), Ok(d)) = (kind(), date()) else { return None };
        triage::assess(k, d, today).ok()
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        // Errors take the focus (and are announced as an alert); an answer is announced by the status
        // line while the focus stays on the button, the answer's links next in the tab order.
        if kind().is_none() || date().is_err() {
            request_animation_frame(move || state.focus("#zg-received-errors"));
        }
    };
    let status = move || {
        let lang = state.lang.get();
        outcome.get().map(|t| status_line(&t, state.ui(), lang)).unwrap_or_default()
    };

    let summary = move || {
        let ui = state.ui();
        let mut items = Vec::new();
        if let Some(e) = kind_error() {
            let target = kinds_first_radio();
            items.push((target, e));
        }
        if let Some(e) = date_error() {
            items.push((format!("#{DATE_ID}"), e));
        }
        (!items.is_empty()).then(|| {
            let list = items
                .into_iter()
                .map(|(target, message)| {
                    view! {
                        <li><a href="#" on:click=move |ev| { ev.prevent_default(); state.focus(&target); }>{message}</a></li>
                    }
                })
                .collect_view();
            view! {
                <div class="zg-error-summary" id="zg-received-errors" role="alert" tabindex="-1">
                    <h2>{ui.form_errors_heading}</h2>
                    <ul>{list}</ul>
                </div>
            }
        })
    };

    let choices = move || {
        let lang = state.lang.get();
        let ui = state.ui();
        triage::kinds()
            .iter()
            .map(|k| {
                let id = k.id;
                view! {
                    <div class="zg-received-choice">
                        <label class="zg-choice">
                            <input type="radio" id=radio_id(k) name=KIND_NAME value=id aria-describedby=looks_id(k)
                                prop:checked=move || chosen.get() == Some(id)
                                on:change=move |_| chosen.set(Some(id))/>
                            " "{k.label.get(lang)}
                        </label>
                        <ul class="zg-hint zg-received-looks" id=looks_id(k)>
                            <li><strong>{ui.received_looks_title}": "</strong>{k.title_words.get(lang)}</li>
                            <li><strong>{ui.received_looks_signed}": "</strong>{k.signed_by.get(lang)}</li>
                            <li><strong>{ui.received_looks_demands}": "</strong>{k.demands.get(lang)}</li>
                        </ul>
                    </div>
                }
            })
            .collect_view()
    };

    let date_label = move || {
        let ui = state.ui();
        match kind().map(|k| k.start) {
            Some(Start::Made) => ui.received_date_made,
            Some(Start::Announced) => ui.received_date_announced,
            _ => ui.received_date_received,
        }
    };
    let date_hint = move || {
        let lang = state.lang.get();
        match kind().and_then(|k| k.note.as_ref()) {
            Some(note) => text(note, lang, today),
            None => state.ui().received_date_hint.to_string(),
        }
    };
    let date_describedby = move || if date_error().is_some() { format!("{DATE_HINT_ID} {DATE_ERROR_ID}") } else { DATE_HINT_ID.to_string() };
    let kind_describedby = move || kind_error().map(|_| KIND_ERROR_ID.to_string());

    view! {
        <section class="zg-received">
            <Breadcrumbs trail=vec![] current=state.ui().received_title.to_string()/>
            <h1 tabindex="-1">{move || state.ui().received_title}</h1>
            <p class="zg-lead">{move || state.ui().received_intro}</p>
            <form class="zg-fields" novalidate on:submit=on_submit>
                {summary}
                <fieldset class="zg-field" aria-describedby=kind_describedby aria-invalid=move || kind_error().map(|_| "true")>
                    <legend>{move || state.ui().received_kind_legend}</legend>
                    <p class="zg-hint">{move || state.ui().received_kind_hint}</p>
                    {move || kind_error().map(|e| view! { <p class="zg-field-error" id=KIND_ERROR_ID>{e}</p> })}
                    {choices}
                </fieldset>
                <div class="zg-field">
                    <label for=DATE_ID>{date_label}</label>
                    <p class="zg-hint" id=DATE_HINT_ID>{date_hint}</p>
                    {move || date_error().map(|e| view! { <p class="zg-field-error" id=DATE_ERROR_ID>{e}</p> })}
                    <input id=DATE_ID type="date" max=iso(today) autocomplete="off"
                        aria-describedby=date_describedby aria-invalid=move || date_error().map(|_| "true")
                        prop:value=move || date_text.get()
                        on:input=move |ev| date_text.set(event_target_value(&ev))
                        on:change=move |ev| date_text.set(event_target_value(&ev))/>
                </div>
                <div class="zg-form-nav">
                    <button type="submit" class="zg-button">{move || state.ui().received_submit}</button>
                </div>
            </form>
            <div class="zg-received-result">
                <p class="zg-visually-hidden" role="status" aria-live="polite" aria-atomic="true">{status}</p>
                {move || {
                    let lang = state.lang.get();
                    outcome.get().map(|t| view! { <Answer state=state t=t lang=lang today=today/> })
                }}
            </div>
        </section>
    }
}

/// The selector of the first radio button (where the error summary sends the reader for the choice).
fn kinds_first_radio() -> String {
    triage::kinds().first().map_or_else(|| format!("#{DATE_ID}"), |k| format!("#{}", radio_id(k)))
}


/// What the paper is, the last day, what happens after it, and the links.
#[component]
fn Answer(state: AppState, t: Triage, lang: Lang, today: Date) -> impl IntoView {
    let ui = state.ui();
    let k = t.kind;
    let due = t.due.as_ref().map(|d| view! { <DueView due=d.clone() ui=ui lang=lang/> });
    // The restoring document's link, unless it is the answer itself (which then asks to restore).
    let restore = t.restore.map(|target| {
        let link = (target != t.answer).then(|| {
            view! { <p><a class="zg-button" href=href(state, target)>{move || link_text(state, target, lang, ui)}</a></p> }
        });
        view! {
            <div class="zg-caution zg-received-restore">
                <h3>{ui.received_restore_heading}</h3>
                {link}
            </div>
        }
    });
    let answer = t.answer;
    let guide = (t.answer != Target::Guide(k.guide)).then_some(Target::Guide(k.guide));
    let answer_class = if t.restore.is_some_and(|r| r != t.answer) { "zg-button zg-secondary" } else { "zg-button" };
    view! {
        <article class="zg-received-answer">
            <h2>{(ui.received_what_heading)(k.label.get(lang))}</h2>
            <p>{text(&k.what, lang, today)}</p>
            {due}
            // Without a period the text says when to act (the status line says there is none).
            <h3>{if t.due.is_some() { ui.received_if_missed_heading } else { ui.received_when_heading }}</h3>
            <p>{text(&k.if_missed, lang, today)}</p>
            {restore}
            <h3>{ui.received_answer_heading}</h3>
            <p><a class=answer_class href=href(state, answer)>{move || link_text(state, answer, lang, ui)}</a></p>
            {t.also.map(|also| view! { <p><a class="zg-button zg-secondary" href=href(state, also)>{move || link_text(state, also, lang, ui)}</a></p> })}
            {guide.map(|g| view! { <p>{ui.received_more}": "<a href=href(state, g)>{move || link_text(state, g, lang, ui)}</a></p> })}
            <p class="zg-hint zg-received-version">{triage::version_note().get(lang)}</p>
        </article>
    }
}

/// The last day as a date and as days left (or passed), the caution, and the rule it comes from.
#[component]
fn DueView(due: Due, ui: &'static Ui, lang: Lang) -> impl IntoView {
    let left = if due.passed { (ui.received_passed)(-due.days_left) } else { (ui.received_days_left)(due.days_left) };
    let caution = due.caution.then(|| {
        view! {
            <p class="zg-caution-inline zg-received-caution">
                <span aria-hidden="true">"⚠ "</span>
                <strong>{ui.caution_label}": "</strong>
                {ui.received_caution}
            </p>
        }
    });
    let incomplete = (!due.incomplete_years.is_empty()).then(|| {
        let years = due.incomplete_years.iter().map(u16::to_string).collect::<Vec<_>>().join(", ");
        view! { <p class="zg-caution-inline">{(ui.received_incomplete)(&years)}</p> }
    });
    let source = due.source;
    let basis = format!("{}: {}, {} ({}: {})", ui.received_basis, content::act_name(source.act, lang), source.article, ui.source_read, source.read);
    view! {
        <div class=if due.passed { "zg-received-due zg-received-passed" } else { "zg-received-due" }>
            <p class="zg-received-last-day"><strong>{(ui.received_last_day)(&due.last_day.to_string())}</strong></p>
            <p class="zg-received-days-left">{left}</p>
            {caution}
            {incomplete}
            <p class="zg-hint zg-received-basis">{basis}</p>
        </div>
    }
}

fn href(state: AppState, target: Target) -> String {
    match target {
        Target::Form(id) => state.href(Page::Form(id.to_string())),
        Target::Guide(id) => state.href(Page::Guide(id.to_string())),
    }
}

/// What the live region announces: the paper, the last day and the days left (or that it has passed).
fn status_line(t: &Triage, ui: &'static Ui, lang: Lang) -> String {
    let what = (ui.received_what_heading)(t.kind.label.get(lang));
    match &t.due {
        Some(d) if d.passed => format!("{what}. {} {}", (ui.received_last_day)(&d.last_day.to_string()), (ui.received_passed)(-d.days_left)),
        Some(d) => format!("{what}. {} {}", (ui.received_last_day)(&d.last_day.to_string()), (ui.received_days_left)(d.days_left)),
        None => format!("{what}. {}", ui.received_no_period),
    }
}

/// The questionnaire's or guide's title once the language's pack is here, else a plain "fill in" / "read".
fn link_text(state: AppState, target: Target, lang: Lang, ui: &'static Ui) -> String {
    let _ = state.pack.get();
    match target {
        Target::Form(id) => content::questionnaire(id, lang).map_or_else(|| ui.received_open_form.to_string(), |q| q.title.get(lang).to_string()),
        Target::Guide(id) => content::guide_or_fallback(id, lang).map_or_else(|| ui.received_open_guide.to_string(), |g| g.title.to_string()),
    }
}
