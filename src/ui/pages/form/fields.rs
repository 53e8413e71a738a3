//! The questions stage: one page of questions, its fields (text, dates, choices, repeatable groups) and
//! the error summary that names each problem and takes the reader to it.

use leptos::prelude::*;

use crate::core::interview::form::item_key;
use crate::core::interview::model::{Kind, Question};
use super::*;

#[component]
pub(super) fn QuestionsStage(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    // What is on screen: recomputed on every keystroke but compared, so the fields are rebuilt only
    // when a page or a question appears or disappears (rebuilding would take the focus away).
    let layout = Memo::new(move |_| {
        let pages = f.pages();
        let index = f.page.get().min(pages.len().saturating_sub(1));
        // The first page has no condition (the build checks conditions only look back), so there is one.
        let page = pages.get(index).copied().unwrap_or(&f.q.pages[0]);
        let shown: Vec<&'static str> = f.session.with(|s| s.walked().questions(page).iter().map(|q| q.id).collect());
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
        if f.session.with(|s| s.walked().exit().is_some()) || index + 1 >= count {
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
pub(super) fn field_label(f: Form, key: &str) -> String {
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
    let count = Memo::new(move |_| f.session.with(|s| s.item_count(q)));
    let count = move || count.get();
    let add = move |_| f.session.update(|s| s.add_item(q));
    let items = move || {
        (0..count())
            .map(|index| {
                let remove = move |_| f.session.update(|s| s.remove_item(q, index));
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
        f.session.with(|s| s.field_error(&error_key)).map(|e| e.message(f.lang))
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
    let on_input = move |ev: leptos::ev::Event| f.set(&input_key, &event_target_value(&ev));
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
                                on:change=move |_| f.set(&k2, value_id)/>
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
                    let selected = move |k: &str| f.session.with(|s| s.is_chosen(k, c.id));
                    view! {
                        <label class="zg-choice">
                            <input type="checkbox" id=box_id value=c.id
                                prop:checked=move || selected(&k)
                                on:change=move |_| f.session.update(|s| s.toggle(&k2, c.id, choices))/>
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
