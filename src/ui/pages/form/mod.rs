//! A questionnaire: one page of questions at a time, errors summarised at the top and announced, a
//! check-your-answers page, then the filled document ready to print. Every keystroke is saved as a
//! draft on this device; the engine, validation and document filling are `core::interview`.

use leptos::prelude::*;

use super::not_found::NotFoundPage;
use super::Breadcrumbs;
use crate::core::content;
use crate::core::content::model::Texts;
use crate::core::date::Date;
use crate::core::interview::form::{self, Raw};
use crate::core::interview::input::InputError;
use crate::core::interview::model::{Page as FormPageModel, Question, Questionnaire};
use crate::core::interview::Session;
use crate::core::lang::Lang;
use crate::core::route::Page;
use crate::ui::app::{use_app, AppState};
use crate::ui::browser;
use crate::ui::expired_figures::ExpiredFigures;

mod dates;
mod document;
mod fields;
mod filing;
mod review;

use document::DocumentStage;
use fields::{field_label, QuestionsStage};
use review::ReviewStage;

#[derive(Clone, Copy, PartialEq)]
enum Stage {
    Questions,
    Review,
    Document,
}

/// Everything one questionnaire page needs, shared by its parts.
#[derive(Clone, Copy)]
struct Form {
    q: &'static Questionnaire,
    /// What was typed and everything read from it (answers, the walk, errors), updated once per change:
    /// every field and the error summary read it on each keystroke.
    session: RwSignal<Session>,
    page: RwSignal<usize>,
    stage: RwSignal<Stage>,
    show_errors: RwSignal<bool>,
    lang: Lang,
    today: Date,
    /// The app the form is in (focus moves stay inside it).
    app: AppState,
}

impl Form {
    fn pages(&self) -> Vec<&'static FormPageModel> {
        self.session.with(|s| s.pages().to_vec())
    }

    /// Problems on the current page: rejected entries and unanswered required questions, by field key.
    fn page_errors(&self, page: &'static FormPageModel) -> Vec<(String, InputError)> {
        self.session.with(|s| s.page_errors(page))
    }

    fn set(&self, key: &str, value: &str) {
        self.session.update(|s| s.set(key, value));
    }

    fn get(&self, key: &str) -> String {
        self.session.with(|s| s.value(key).to_string())
    }

    /// A label, hint, page title or exit text in the reader's language, its `{{figures}}` as in force
    /// today. Plain text: the views insert it as text, never as HTML.
    fn text(&self, texts: &Texts) -> String {
        crate::core::figures::expand(texts.get(self.lang), content::figures(), self.today, self.lang)
    }

    /// A question's label that fits the answers so far (its `[[labels]]`), as text.
    fn label(&self, q: &'static Question) -> String {
        if q.labels.is_empty() {
            return self.text(&q.label);
        }
        self.text(self.session.with(|s| s.walked().label(q)))
    }
}

/// Where a questionnaire's draft is stored on this device (under the app's `zanger.` prefix).
pub fn draft_key(id: &str) -> String {
    format!("{DRAFT_PREFIX}{id}")
}

pub const DRAFT_PREFIX: &str = "zanger.draft.";

/// The field's DOM id.
fn field_id(key: &str) -> String {
    format!("zg-f-{}", key.replace('.', "-"))
}

#[component]
pub fn FormPage(id: String) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ui = state.ui();
    let Some(q) = content::questionnaire(&id, lang) else {
        return view! { <NotFoundPage/> }.into_any();
    };
    // Restore the draft (an earlier version's is migrated) at the page it was saved on. A stored draft
    // this version cannot read (a newer app's, or not a draft) is kept exactly as stored and reported,
    // with the questions hidden, until the person saves it to a file or chooses to start over; what a
    // readable draft holds that the form cannot use is listed by question until dismissed.
    let (restored, kept) = match browser::load(&draft_key(q.id)) {
        None => (None, None),
        Some(text) => match form::load_draft(q, &text) {
            Ok(r) => (Some(r), None),
            Err(form::DraftError::NewerVersion(_)) => (None, Some((text, ui.form_draft_newer))),
            Err(_) => (None, Some((text, ui.form_draft_unreadable))),
        },
    };
    let kept = RwSignal::new(kept);
    let unrestored = RwSignal::new(restored.as_ref().and_then(unrestored_of));
    let saved_page = restored.as_ref().and_then(|r| r.page.clone());
    let today = state.today;
    let f = Form {
        q,
        session: RwSignal::new(Session::with_raw(q, restored.map(|r| r.raw).unwrap_or_default(), today)),
        page: RwSignal::new(0),
        stage: RwSignal::new(Stage::Questions),
        show_errors: RwSignal::new(false),
        lang,
        today: state.today,
        app: state,
    };
    f.page.set(untrack(|| form::resume_page(f.q, &f.pages(), saved_page.as_deref())));
    // The page the person is on, saved with the draft (on the check and document stages: the last page).
    let at = Memo::new(move |_| {
        let pages = f.pages();
        let index = if f.stage.get() == Stage::Questions { f.page.get() } else { usize::MAX };
        pages.get(index.min(pages.len().saturating_sub(1))).map(|p| p.id)
    });
    let draft = Memo::new(move |_| f.session.with(|s| s.draft(at.get())));
    // Saves on every change, but not on the first run: that is only what was restored, and it stays as
    // stored; nor while a stored draft that cannot be read is kept.
    Effect::new(move |ran: Option<()>| {
        let text = draft.get();
        if ran.is_some() && kept.with_untracked(Option::is_none) {
            browser::store(&draft_key(f.q.id), &text);
        }
    });
    // Answers kept from an earlier version of the questionnaire that no question asks any more.
    let leftover = Memo::new(move |_| {
        f.session.with(|s| form::leftover(f.q, s.raw()).into_iter().map(|k| (s.value(&k).to_string(), k)).collect::<Vec<_>>())
    });
    let erase = move |_| {
        if browser::confirm(ui.form_erase_confirm) {
            browser::remove(&draft_key(f.q.id));
            kept.set(None);
            unrestored.set(None);
            f.session.update(|s| s.replace(Raw::new()));
            f.page.set(0);
            f.stage.set(Stage::Questions);
            f.show_errors.set(false);
        }
    };
    let start_over = move |_| {
        if browser::confirm(ui.form_erase_confirm) {
            browser::remove(&draft_key(f.q.id));
            kept.set(None);
            go(f, Stage::Questions, 0);
        }
    };
    let (import_message, set_import_message) = signal(None::<&'static str>);
    let export = move |_| {
        // A stored draft that cannot be opened goes to the file exactly as stored.
        let text = kept.with_untracked(|k| k.as_ref().map(|(text, _)| text.clone())).unwrap_or_else(|| draft.get_untracked());
        let _ = browser::download(&format!("{}.zanger.txt", f.q.id), "text/plain;charset=utf-8", text.as_bytes());
    };
    let import = move |ev: leptos::ev::Event| {
        use wasm_bindgen::JsCast;
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        input.set_value("");
        wasm_bindgen_futures::spawn_local(async move {
            let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string()).unwrap_or_default();
            // A file that cannot be read changes nothing; one that can (an earlier version's migrated)
            // replaces the answers.
            let message = match form::load_draft(f.q, &text) {
                Ok(restored) => {
                    unrestored.set(unrestored_of(&restored));
                    f.session.update(|s| s.replace(restored.raw));
                    go(f, Stage::Questions, untrack(|| form::resume_page(f.q, &f.pages(), restored.page.as_deref())));
                    ui.form_import_done
                }
                Err(form::DraftError::NewerVersion(_)) => ui.form_import_newer,
                Err(form::DraftError::OtherQuestionnaire(_)) => ui.form_import_other,
                Err(_) => ui.form_import_not_draft,
            };
            set_import_message.set(Some(message));
        });
    };
    let trail = vec![(content::guide_or_fallback(q.guide, lang).map_or(q.guide, |g| g.title).to_string(), Page::Guide(q.guide.to_string()))];
    let body = move || match f.stage.get() {
        Stage::Questions => view! { <QuestionsStage f=f/> }.into_any(),
        Stage::Review => view! { <ReviewStage f=f/> }.into_any(),
        Stage::Document => view! { <DocumentStage f=f/> }.into_any(),
    };
    view! {
        <section class="zg-form" data-form=q.id>
            <Breadcrumbs trail=trail current=q.title.get(lang).to_string()/>
            <h1 tabindex="-1">{q.title.get(lang)}</h1>
            <p class="zg-lead">{q.summary.get(lang)}</p>
            <ExpiredFigures keys=crate::core::interview::computed::figures_used(q)/>
            {move || kept.get().map(|(_, message)| view! {
                <div class="zg-caution zg-draft-problem" role="status">
                    <p>{message}</p>
                    <button type="button" class="zg-button zg-secondary zg-export" on:click=export>{ui.form_export}</button>
                    <button type="button" class="zg-button zg-secondary zg-draft-start-over" on:click=start_over>{ui.form_draft_start_over}</button>
                </div>
            })}
            {move || unrestored.get().map(|(items, rest_saved)| view! {
                <div class="zg-caution zg-draft-unrestored" role="status">
                    <p>{ui.form_draft_unrestored}</p>
                    <ul>{items.iter().map(|u| view! { <li>{unrestored_item(f, u)}</li> }).collect_view()}</ul>
                    {rest_saved.then(|| view! { <p>{ui.form_draft_rest_saved}</p> })}
                    <button type="button" class="zg-button zg-secondary zg-draft-dismiss" on:click=move |_| unrestored.set(None)>{ui.form_draft_dismiss}</button>
                </div>
            })}
            {move || {
                let items = leftover.get();
                (!items.is_empty()).then(|| view! {
                    <div class="zg-caution zg-leftover" role="status">
                        <p>{ui.form_leftover}</p>
                        <ul>{items.into_iter().map(|(value, key)| view! { <li>{format!("{key}: {value}")}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            {move || kept.with(Option::is_none).then(body)}
            <p class="zg-form-privacy">
                {ui.form_draft_note}" "
                <button type="button" class="zg-link-button" on:click=erase>{ui.form_erase}</button>
            </p>
            {move || kept.with(Option::is_none).then(|| view! {
                <div class="zg-form-files">
                    <button type="button" class="zg-button zg-secondary zg-export" on:click=export>{ui.form_export}</button>
                    <label class="zg-button zg-secondary zg-import">
                        {ui.form_import}
                        <input type="file" class="zg-visually-hidden" id="zg-import-file" accept=".txt,text/plain" on:change=import/>
                    </label>
                    <p role="status" class="zg-import-status">{move || import_message.get()}</p>
                </div>
            })}
        </section>
    }
    .into_any()
}

/// What a readable draft holds that the form cannot use, and whether anything else came back.
fn unrestored_of(restored: &form::Restored) -> Option<(Vec<form::Unusable>, bool)> {
    (!restored.unusable.is_empty()).then(|| (restored.unusable.clone(), restored.kept_any()))
}

/// One entry of that list: the question's label in the reader's language (or the key as stored, or
/// the line) and the value as typed.
fn unrestored_item(f: Form, u: &form::Unusable) -> String {
    let ui = crate::core::i18n::ui(f.lang);
    let name = match (&u.key, u.why) {
        (Some(key), _) if form::is_asked(f.q, key) => field_label(f, key),
        (Some(key), _) => key.clone(),
        (None, form::Why::Damaged { line }) => (ui.form_draft_line)(line),
        (None, _) => String::new(),
    };
    if u.value.is_empty() { name } else { (ui.form_draft_value)(&name, &u.value) }
}

/// Moves to another stage or page and puts focus on the new heading.
fn go(f: Form, stage: Stage, page: usize) {
    f.show_errors.set(false);
    f.page.set(page);
    f.stage.set(stage);
    request_animation_frame(move || f.app.focus_main_heading());
}
