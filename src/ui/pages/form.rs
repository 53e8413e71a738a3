//! A questionnaire: one page of questions at a time, errors summarised at the top and announced, a
//! check-your-answers page, then the filled document ready to print. Every keystroke is saved as a
//! draft on this device; the engine, validation and document filling are `core::interview`.

use leptos::prelude::*;

use super::not_found::NotFoundPage;
use super::Breadcrumbs;
use crate::core::content;
use crate::core::content::model::Texts;
use crate::core::date::Date;
use crate::core::interview::computed::computed;
use crate::core::interview::document::{fill, format_answer};
use crate::core::interview::form::{self, item_count, item_key, Raw};
use crate::core::interview::input::InputError;
use crate::core::interview::model::{BlockKind, Kind, Page as FormPageModel, Question, Questionnaire};
use crate::core::interview::next::{next_steps, NextSteps};
use crate::core::interview::{Answers, Interview};
use crate::core::lang::Lang;
use crate::core::route::Page;
use crate::ui::app::{use_app, AppState};
use crate::ui::browser;
use crate::ui::expired_figures::ExpiredFigures;

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
    raw: RwSignal<Raw>,
    /// The raw form read into answers and rejections, once per change (every field and the error
    /// summary look at it on each keystroke).
    parsed: Memo<(Answers, std::collections::BTreeMap<String, InputError>)>,
    page: RwSignal<usize>,
    stage: RwSignal<Stage>,
    show_errors: RwSignal<bool>,
    lang: Lang,
    today: Date,
    /// The app the form is in (focus moves stay inside it).
    app: AppState,
}

impl Form {
    fn read(&self) -> (Answers, std::collections::BTreeMap<String, InputError>) {
        self.parsed.get()
    }

    fn pages(&self) -> Vec<&'static FormPageModel> {
        let (answers, _) = self.read();
        Interview::new(self.q, answers).on(self.today).pages()
    }

    /// Problems on the current page: rejected entries and unanswered required questions, by field key.
    fn page_errors(&self, page: &'static FormPageModel) -> Vec<(String, InputError)> {
        let (answers, rejected) = self.read();
        let interview = Interview::new(self.q, answers).on(self.today);
        let mut out: Vec<(String, InputError)> = Vec::new();
        for q in interview.questions(page) {
            for (key, e) in rejected.iter().filter(|(k, _)| *k == q.id || k.starts_with(&format!("{}.", q.id))) {
                out.push((key.clone(), e.clone()));
            }
        }
        for key in interview.missing(page) {
            if !out.iter().any(|(k, _)| *k == key) {
                out.push((key, InputError::Required));
            }
        }
        for (field, error) in interview.conflicts() {
            let on_page = page.questions.iter().any(|q| field == q.id || field.starts_with(&format!("{}.", q.id)));
            if on_page && !out.iter().any(|(k, _)| *k == field) {
                out.push((field, error));
            }
        }
        out
    }

    fn set(&self, key: String, value: String) {
        self.raw.update(|r| {
            r.insert(key, value);
        });
    }

    fn get(&self, key: &str) -> String {
        self.raw.with(|r| r.get(key).cloned().unwrap_or_default())
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
        let (answers, _) = self.read();
        self.text(Interview::new(self.q, answers).on(self.today).label(q))
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
    let raw = RwSignal::new(restored.map(|r| r.raw).unwrap_or_default());
    let today = state.today;
    let f = Form {
        q,
        raw,
        parsed: Memo::new(move |_| raw.with(|r| form::read(q, r, today))),
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
    let draft = Memo::new(move |_| f.raw.with(|raw| form::save_draft_at(f.q, raw, at.get())));
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
        f.raw.with(|raw| form::leftover(f.q, raw).into_iter().map(|k| (raw.get(&k).cloned().unwrap_or_default(), k)).collect::<Vec<_>>())
    });
    let erase = move |_| {
        if browser::confirm(ui.form_erase_confirm) {
            browser::remove(&draft_key(f.q.id));
            kept.set(None);
            unrestored.set(None);
            f.raw.set(Raw::new());
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
                    f.raw.set(restored.raw);
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

#[component]
fn QuestionsStage(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    // What is on screen: recomputed on every keystroke but compared, so the fields are rebuilt only
    // when a page or a question appears or disappears (rebuilding would take the focus away).
    let layout = Memo::new(move |_| {
        let pages = f.pages();
        let index = f.page.get().min(pages.len().saturating_sub(1));
        // The first page has no condition (the build checks conditions only look back), so there is one.
        let page = pages.get(index).copied().unwrap_or(&f.q.pages[0]);
        let (answers, _) = f.read();
        let shown: Vec<&'static str> = Interview::new(f.q, answers).on(f.today).questions(page).iter().map(|q| q.id).collect();
        (index, pages.len(), page.id, shown)
    });
    let current = move || {
        let (index, count, page_id, _) = layout.get();
        let page = f.q.pages.iter().find(|p| p.id == page_id).expect("a visible page exists");
        (index, count, page)
    };
    let next = move || {
        let (index, count, page) = current();
        if !f.page_errors(page).is_empty() {
            f.show_errors.set(true);
            request_animation_frame(move || f.app.focus(".zg-error-summary"));
            return;
        }
        let (answers, _) = f.read();
        if Interview::new(f.q, answers).on(f.today).exit().is_some() || index + 1 >= count {
            go(f, Stage::Review, 0);
        } else {
            go(f, Stage::Questions, index + 1);
        }
    };
    let back = move |_| {
        let (index, _, _) = current();
        go(f, Stage::Questions, index.saturating_sub(1));
    };
    let summary = move || {
        let (_, _, page) = current();
        let errors = f.page_errors(page);
        (f.show_errors.get() && !errors.is_empty()).then(|| {
            let items = errors
                .into_iter()
                .map(|(key, e)| {
                    let target = field_id(&key);
                    let label = field_label(f, &key);
                    view! {
                        <li><a href="#" on:click=move |ev| { ev.prevent_default(); f.app.focus(&format!("#{target}")); }>
                            {crate::core::i18n::label_with_message(&label, &e.message(f.lang))}
                        </a></li>
                    }
                })
                .collect_view();
            view! {
                <div class="zg-error-summary" role="alert" tabindex="-1">
                    <h2>{ui.form_errors_heading}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    };
    let fields = move || {
        let (_, _, page_id, shown) = layout.get();
        let page = f.q.pages.iter().find(|p| p.id == page_id).expect("a visible page exists");
        shown
            .into_iter()
            .filter_map(|id| page.questions.iter().find(|q| q.id == id))
            .map(|q| view! { <QuestionField f=f q=q/> })
            .collect_view()
    };
    view! {
        <p class="zg-step">{move || { let (i, n, _) = current(); (ui.form_step)(i + 1, n) }}</p>
        {summary}
        <h2 class="zg-page-title">{move || f.text(&current().2.title)}</h2>
        // Next is the form's submit: handled on `submit`, while the form is still in the page (on the
        // last page it goes away, and a submit started by a click would find it gone).
        <form class="zg-fields" novalidate on:submit=move |ev| { ev.prevent_default(); next(); }>
            {fields}
            <div class="zg-form-nav">
                {move || (current().0 > 0).then(|| view! { <button type="button" class="zg-button zg-secondary" on:click=back>{ui.form_back}</button> })}
                <button type="submit" class="zg-button">{ui.form_next}</button>
            </div>
        </form>
    }
}

/// The label of a field key (a question, or a group item's question with its number).
fn field_label(f: Form, key: &str) -> String {
    let lang = f.lang;
    let mut parts = key.split('.');
    let first = parts.next().unwrap_or("");
    let question = f.q.pages.iter().flat_map(|p| p.questions.iter()).find(|x| x.id == first);
    match (question, parts.next(), parts.next()) {
        (Some(group), Some(index), Some(field)) => {
            let sub = match group.kind {
                Kind::Group { questions, .. } => questions.iter().find(|s| s.id == field),
                _ => None,
            };
            let n = index.parse::<usize>().unwrap_or(0) + 1;
            format!("{} {} — {}", f.text(&group.label), (crate::core::i18n::ui(lang).form_item)(n), sub.map_or(field.to_string(), |s| f.text(&s.label)))
        }
        (Some(q), _, _) => f.label(q),
        _ => key.to_string(),
    }
}


#[component]
fn QuestionField(f: Form, q: &'static Question) -> impl IntoView {
    match &q.kind {
        Kind::Group { questions, min, max } => view! { <GroupField f=f q=q questions=questions min=*min max=*max/> }.into_any(),
        _ => view! { <Field f=f q=q key=q.id.to_string()/> }.into_any(),
    }
}

#[component]
fn GroupField(f: Form, q: &'static Question, questions: &'static [Question], min: u8, max: u8) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    // A memo, so typing in an item does not rebuild the items (and steal the focus).
    let count = Memo::new(move |_| f.raw.with(|r| item_count(r, q)));
    let count = move || count.get();
    let add = move |_| {
        let n = count();
        if n < usize::from(max) {
            f.set(q.id.to_string(), (n + 1).to_string());
        }
    };
    let items = move || {
        (0..count())
            .map(|index| {
                let remove = move |_| {
                    // Shift the later items down so no gap is left, then shrink the count.
                    f.raw.update(|r| {
                        let n = item_count(r, q);
                        for i in index..n {
                            for sub in questions {
                                let next = r.get(&item_key(q.id, i + 1, sub.id)).cloned();
                                match next {
                                    Some(v) => r.insert(item_key(q.id, i, sub.id), v),
                                    None => r.remove(&item_key(q.id, i, sub.id)),
                                };
                            }
                        }
                        r.insert(q.id.to_string(), n.saturating_sub(1).to_string());
                    });
                };
                let fields = questions.iter().map(|sub| view! { <Field f=f q=sub key=item_key(q.id, index, sub.id)/> }).collect_view();
                view! {
                    <fieldset class="zg-group-item">
                        <legend>{format!("{} {}", f.text(&q.label), (ui.form_item)(index + 1))}</legend>
                        {fields}
                        {(count() > usize::from(min.max(1))).then(|| view! {
                            <button type="button" class="zg-button zg-secondary" on:click=remove>{ui.form_remove_item}</button>
                        })}
                    </fieldset>
                }
            })
            .collect_view()
    };
    view! {
        <div class="zg-group" id=field_id(q.id) tabindex="-1">
            {(!q.hint.get(f.lang).is_empty()).then(|| view! { <p class="zg-hint">{f.text(&q.hint)}</p> })}
            {items}
            {move || (count() < usize::from(max)).then(|| view! {
                <button type="button" class="zg-button zg-secondary" on:click=add>{ui.form_add_item}</button>
            })}
        </div>
    }
}

/// One input with its label, hint and error, bound to `key` in the raw form.
#[component]
fn Field(f: Form, q: &'static Question, key: String) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let id = field_id(&key);
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let hint = f.text(&q.hint);
    let error_key = key.clone();
    let error = move || {
        if !f.show_errors.get() {
            return None;
        }
        let (answers, rejected) = f.read();
        if let Some(e) = rejected.get(&error_key) {
            return Some(e.message(f.lang));
        }
        let interview = Interview::new(f.q, answers).on(f.today);
        let missing = f.pages().into_iter().flat_map(|p| interview.missing(p)).any(|m| m == error_key);
        if missing {
            return Some(InputError::Required.message(f.lang));
        }
        interview.conflicts().into_iter().find(|(field, _)| *field == error_key).map(|(_, e)| e.message(f.lang))
    };
    let describedby = {
        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
        let has_hint = !hint.is_empty();
        let error = error.clone();
        move || {
            let mut ids = Vec::new();
            if has_hint {
                ids.push(hint_id.clone());
            }
            if error().is_some() {
                ids.push(error_id.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = {
        let error = error.clone();
        move || error().is_some().then_some("true")
    };
    let label = view! {
        {move || f.label(q)}
        {(!q.required).then(|| view! { <span class="zg-optional">{format!(" ({})", ui.form_optional)}</span> })}
    };
    let value_key = key.clone();
    let value = move || f.get(&value_key);
    let input_key = key.clone();
    let on_input = move |ev: leptos::ev::Event| f.set(input_key.clone(), event_target_value(&ev));
    let control = match &q.kind {
        Kind::YesNo | Kind::Single(_) => {
            let options: Vec<(&'static str, String)> = match &q.kind {
                Kind::Single(choices) => choices.iter().map(|c| (c.id, f.text(&c.label))).collect(),
                _ => vec![("yes", ui.form_yes.to_string()), ("no", ui.form_no.to_string())],
            };
            let radios = options
                .into_iter()
                .enumerate()
                .map(|(i, (value_id, text))| {
                    let k = key.clone();
                    let k2 = key.clone();
                    let radio_id = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                    view! {
                        <label class="zg-choice">
                            <input type="radio" id=radio_id name=key.clone() value=value_id
                                prop:checked=move || f.get(&k) == value_id
                                on:change=move |_| f.set(k2.clone(), value_id.to_string())/>
                            " "{text}
                        </label>
                    }
                })
                .collect_view();
            return choice_fieldset(label.into_any(), hint, hint_id, error_id, error, describedby, invalid, radios.into_any());
        }
        Kind::Multiple(choices) => {
            let boxes = choices
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    let k = key.clone();
                    let k2 = key.clone();
                    let box_id = if i == 0 { id.clone() } else { format!("{id}-{i}") };
                    let selected = move |k: &str| f.get(k).split(',').any(|s| s.trim() == c.id);
                    view! {
                        <label class="zg-choice">
                            <input type="checkbox" id=box_id value=c.id
                                prop:checked=move || selected(&k)
                                on:change=move |_| {
                                    // A choice this version does not offer (listed when the draft opened) goes.
                                    let offered = |s: &str| choices.iter().any(|x| x.id == s);
                                    let mut list: Vec<String> = f.get(&k2).split(',').map(|s| s.trim().to_string()).filter(|s| s != c.id && offered(s)).collect();
                                    if !f.get(&k2).split(',').any(|s| s.trim() == c.id) {
                                        list.push(c.id.to_string());
                                    }
                                    f.set(k2.clone(), list.join(","));
                                }/>
                            " "{f.text(&c.label)}
                        </label>
                    }
                })
                .collect_view();
            return choice_fieldset(label.into_any(), hint, hint_id, error_id, error, describedby, invalid, boxes.into_any());
        }
        Kind::LongText => view! {
            <textarea id=id.clone() rows="5" aria-describedby=describedby.clone() aria-invalid=invalid.clone()
                prop:value=value on:input=on_input></textarea>
        }
        .into_any(),
        kind => {
            // The largest number the field takes (checked by the engine; said here for tools and tests).
            let max = match kind {
                Kind::Number { max: Some(max), .. } => Some(max.to_string()),
                _ => None,
            };
            let (input_type, mode, autocomplete) = match kind {
                Kind::Date { .. } => ("date", "", "off"),
                Kind::Number { .. } => ("text", "decimal", "off"),
                Kind::Money => ("text", "decimal", "off"),
                Kind::Iin | Kind::Bin => ("text", "numeric", "off"),
                Kind::Phone => ("tel", "tel", "tel"),
                Kind::Email => ("email", "email", "email"),
                _ => ("text", "text", "off"),
            };
            view! {
                <input id=id.clone() type=input_type inputmode=mode autocomplete=autocomplete data-max=max
                    aria-describedby=describedby.clone() aria-invalid=invalid.clone()
                    prop:value=value on:input=on_input/>
            }
            .into_any()
        }
    };
    view! {
        <div class="zg-field">
            <label for=id.clone()>{label}</label>
            {(!hint.is_empty()).then(|| view! { <p class="zg-hint" id=hint_id.clone()>{hint.clone()}</p> })}
            {move || error().map(|e| view! { <p class="zg-field-error" id=error_id.clone()>{e}</p> })}
            {control}
        </div>
    }
    .into_any()
}

/// Radio buttons or checkboxes under one legend, with the question's hint and error.
#[allow(clippy::too_many_arguments)]
fn choice_fieldset(
    label: AnyView,
    hint: String,
    hint_id: String,
    error_id: String,
    error: impl Fn() -> Option<String> + Send + Sync + 'static,
    describedby: impl Fn() -> Option<String> + Send + Sync + 'static,
    invalid: impl Fn() -> Option<&'static str> + Send + Sync + 'static,
    options: AnyView,
) -> AnyView {
    view! {
        <fieldset class="zg-field" aria-describedby=describedby aria-invalid=invalid>
            <legend>{label}</legend>
            {(!hint.is_empty()).then(|| view! { <p class="zg-hint" id=hint_id>{hint}</p> })}
            {move || error().map(|e| view! { <p class="zg-field-error" id=error_id.clone()>{e}</p> })}
            {options}
        </fieldset>
    }
    .into_any()
}

/// Before an exit opens `to`: the answers `to` also asks become its draft, unless the reader already
/// has answers there and chooses to keep them (never replaced without asking).
fn carry_into(f: Form, to: &'static Questionnaire) {
    let carried = f.raw.with(|raw| crate::core::interview::carry::carry(f.q, raw, to, f.today));
    if carried.is_empty() {
        return;
    }
    let key = draft_key(to.id);
    let started = browser::load(&key).is_some_and(|text| form::load_draft(to, &text).map_or(true, |r| !r.raw.is_empty()));
    if started && !browser::confirm(crate::core::i18n::ui(f.lang).form_exit_replace_confirm) {
        return;
    }
    browser::store(&key, &form::save_draft(to, &carried));
}

#[component]
fn ReviewStage(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let (answers, _) = f.read();
    let interview = Interview::new(f.q, answers.clone()).on(f.today);
    if let Some(exit) = interview.exit() {
        let (kind, id) = exit.link.split_once(':').unwrap_or(("guide", f.q.guide));
        // An exit to another questionnaire opens it with the answers it also asks.
        let opens = if kind == "questionnaire" { content::questionnaire(id, f.lang) } else { None };
        let target = if kind == "questionnaire" { Page::Form(id.to_string()) } else { Page::Guide(id.to_string()) };
        let href = crate::ui::app::use_app().link(crate::core::route::Route::new(f.lang, target));
        // The link names what it opens, in the reader's language.
        let name = match opens {
            Some(to) => to.title.get(f.lang).to_string(),
            None => content::guide_or_fallback(id, f.lang).map_or(id.to_string(), |g| g.title.to_string()),
        };
        let carry = move |_| {
            if let Some(to) = opens {
                carry_into(f, to);
            }
        };
        return view! {
            <div class="zg-exit" role="status">
                <h2>{if opens.is_some() { ui.form_exit_other_heading } else { ui.form_exit_heading }}</h2>
                <h3>{f.text(&exit.title)}</h3>
                <p>{f.text(&exit.text)}</p>
                {opens.map(|_| view! { <p class="zg-exit-carry">{ui.form_exit_carry}</p> })}
                <p><a href=href class=if opens.is_some() { "zg-button zg-exit-link" } else { "zg-exit-link" } on:click=carry>{name}</a></p>
                <button type="button" class="zg-button zg-secondary" on:click=move |_| go(f, Stage::Questions, 0)>{ui.form_back}</button>
            </div>
        }
        .into_any();
    }
    let visible = interview.visible_answers();
    let pages = interview.pages();
    let sections = pages
        .iter()
        .enumerate()
        .map(|(index, page)| {
            let rows = interview
                .questions(page)
                .into_iter()
                .map(|q| {
                    let shown = match (visible.get(q.id), &q.kind) {
                        (Some(crate::core::interview::Answer::Group(items)), Kind::Group { questions, .. }) => items
                            .iter()
                            .map(|item| {
                                questions
                                    .iter()
                                    .filter_map(|s| item.get(s.id).map(|a| format_answer(a, Some(s), f.lang)))
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            })
                            .collect::<Vec<_>>()
                            .join("; "),
                        (Some(a), _) => format_answer(a, Some(q), f.lang),
                        (None, _) => ui.form_not_answered.to_string(),
                    };
                    view! { <div class="zg-review-row"><dt>{f.text(interview.label(q))}</dt><dd>{shown}</dd></div> }
                })
                .collect_view();
            view! {
                <section class="zg-review-page">
                    <h3>{f.text(&page.title)}</h3>
                    <dl>{rows}</dl>
                    <button type="button" class="zg-link-button" on:click=move |_| go(f, Stage::Questions, index)>
                        {format!("{} — {}", ui.form_change, f.text(&page.title))}
                    </button>
                </section>
            }
        })
        .collect_view();
    let complete = interview.is_complete();
    view! {
        <h2 class="zg-page-title">{ui.form_review_heading}</h2>
        {sections}
        <div class="zg-form-nav">
            <button type="button" class="zg-button zg-secondary" on:click=move |_| go(f, Stage::Questions, pages.len().saturating_sub(1))>{ui.form_back}</button>
            {complete.then(|| view! { <button type="button" class="zg-button" on:click=move |_| go(f, Stage::Document, 0)>{ui.form_make_document}</button> })}
        </div>
    }
    .into_any()
}

#[component]
fn DocumentStage(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let (answers, _) = f.read();
    let visible = Interview::new(f.q, answers).on(f.today).visible_answers();
    let values = computed(f.q, &visible, f.lang, f.today);
    let doc = fill(f.q, &visible, &values, f.lang, f.today);
    let docx_bytes = crate::core::writers::docx::docx(&doc, f.lang);
    let docx_name = format!("{}-{}.docx", f.q.id, f.lang.code());
    let download_docx = move |_| {
        let mime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        if let Err(e) = browser::download(&docx_name, mime, &docx_bytes) {
            web_sys::console::warn_1(&e.into());
        }
    };
    let (pdf_problem, set_pdf_problem) = signal(None::<String>);
    let pdf_doc = doc.clone();
    let pdf_name = format!("{}-{}.pdf", f.q.id, f.lang.code());
    let download_pdf = move |_| {
        let (doc, name, lang) = (pdf_doc.clone(), pdf_name.clone(), f.lang);
        set_pdf_problem.set(None);
        leptos::task::spawn_local(async move {
            let made = match crate::ui::content_loader::pdf_font().await {
                Ok(font) => crate::core::writers::pdf::pdf(&doc, lang, font).map_err(|e| e.to_string()),
                Err(e) => Err(e),
            };
            let result = made.and_then(|bytes| browser::download(&name, "application/pdf", &bytes));
            if let Err(reason) = result {
                set_pdf_problem.set(Some(format!("{} ({reason})", crate::core::i18n::ui(lang).form_pdf_failed)));
            }
        });
    };
    let next = next_steps(f.q, &visible, &values, &doc, content::figures(), f.lang, f.today);
    let blocks = doc
        .blocks
        .into_iter()
        .map(|b| {
            let class = match b.kind {
                BlockKind::Header => "zg-doc-header",
                BlockKind::Title => "zg-doc-title",
                BlockKind::Paragraph => "zg-doc-para",
                BlockKind::Demand => "zg-doc-demand",
                BlockKind::Attachment => "zg-doc-attachment",
                BlockKind::Signature => "zg-doc-signature",
            };
            let text = if b.number > 0 { format!("{}. {}", b.number, b.text) } else { b.text };
            view! { <p class=class>{text}</p> }
        })
        .collect_view();
    view! {
        <p class="zg-caution">{ui.form_document_caution}</p>
        <div class="zg-form-nav zg-no-print">
            <button type="button" class="zg-button zg-secondary" on:click=move |_| go(f, Stage::Review, 0)>{ui.form_back}</button>
            <button type="button" class="zg-button" on:click=|_| { let _ = crate::ui::browser::window().map(|w| w.print()); }>{ui.form_print}</button>
            <button type="button" class="zg-button zg-secondary zg-download-docx" on:click=download_docx>{ui.form_download_docx}</button>
            <button type="button" class="zg-button zg-secondary zg-download-pdf" on:click=download_pdf>{ui.form_download_pdf}</button>
        </div>
        <p class="zg-error zg-no-print" role="alert">{move || pdf_problem.get()}</p>
        <article class="zg-document" lang=f.lang.code() aria-label=doc.title.clone()>
            {blocks}
        </article>
        <NextPanel next=next lang=f.lang today=f.today/>
    }
}

/// "What to do next" under the document: the attachments to gather, whom it is addressed to, the
/// questionnaire's own steps with their citations and cautions, then the sources. Not printed. All
/// text is inserted as text.
#[component]
fn NextPanel(next: NextSteps, lang: Lang, today: Date) -> impl IntoView {
    let ui = crate::core::i18n::ui(lang);
    let attachments = (!next.attachments.is_empty()).then(|| {
        let items = next.attachments.iter().map(|a| view! { <li>{a.clone()}</li> }).collect_view();
        view! {
            <li class="zg-next-step" data-step="attachments">
                {ui.next_attachments}
                <ul class="zg-next-attachments">{items}</ul>
            </li>
        }
    });
    let addressee = next.addressee.as_ref().map(|court| {
        view! { <li class="zg-next-step" data-step="addressee">{(ui.next_addressee)(court)}</li> }
    });
    let steps = next
        .steps
        .iter()
        .map(|step| {
            let cites = (!step.cites.is_empty())
                .then(|| format!(" [{}]", step.cites.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")));
            let caution = step.caution.then(|| {
                view! {
                    <span class="zg-caution-inline zg-next-caution">
                        <span aria-hidden="true">"⚠ "</span>
                        <strong>{ui.caution_label}": "</strong>
                        {ui.caution_secondary}
                    </span>
                }
            });
            view! {
                <li class="zg-next-step" data-step=step.id>
                    {step.text.clone()}
                    {cites.map(|c| view! { <span class="zg-next-cite">{c}</span> })}
                    {caution}
                </li>
            }
        })
        .collect_view();
    let sources = next
        .sources
        .iter()
        .map(|s| {
            let caution = super::source_caution(s, ui);
            view! {
                <li>
                    <a href=s.url target="_blank" rel="noopener noreferrer">{content::act_name(s.act, lang)}</a>
                    {format!(", {}", s.article)}
                    <span class="zg-source-meta">{format!(" — {}: {}; {}: {}.", ui.source_version, s.version, ui.source_read, s.read)}</span>
                    {caution}
                </li>
            }
        })
        .collect_view();
    let all = content::figures();
    let figures = next
        .figures
        .iter()
        .filter_map(|f| {
            let value = crate::core::figures::render(all, f.key, 1.0, today, lang)?;
            let v = f.in_force(today)?;
            let caution = v.source.confidence.needs_caution().then(|| format!(" ⚠ {}", ui.caution_secondary));
            Some(view! {
                <li>
                    {format!("{}: {value} — {} {}; ", f.name.get(lang), ui.figure_in_force_from, v.from)}
                    <a href=v.source.url target="_blank" rel="noopener noreferrer">{content::act_name(v.source.act, lang)}</a>
                    {(!v.source.article.is_empty()).then(|| format!(", {}", v.source.article))}
                    <span class="zg-caution-inline">{caution}</span>
                </li>
            })
        })
        .collect_view();
    let has_sources = !next.sources.is_empty() || !next.figures.is_empty();
    view! {
        <section class="zg-next zg-no-print" aria-labelledby="zg-next-h">
            <h2 id="zg-next-h">{ui.next_heading}</h2>
            <ol class="zg-next-steps">
                {attachments}
                {addressee}
                {steps}
            </ol>
            {has_sources.then(|| view! {
                <div class="zg-sources zg-next-sources">
                    <h3>{ui.next_sources_heading}</h3>
                    <ol>{sources}</ol>
                    <ul class="zg-next-figures">{figures}</ul>
                </div>
            })}
        </section>
    }
}
