//! The check-your-answers stage, and carrying answers into another questionnaire when an exit leads there.

use leptos::prelude::*;

use crate::core::content;
use crate::core::interview::document::format_answer;
use crate::core::interview::form::{self};
use crate::core::interview::model::{Kind, Questionnaire};
use crate::core::route::Page;
use crate::ui::browser;
use super::filing::UnmetAtExit;
use super::*;

/// Before an exit opens `to`: the answers `to` also asks become its draft, unless the reader already
/// has answers there and chooses to keep them (never replaced without asking).
fn carry_into(f: Form, to: &'static Questionnaire) {
    let carried = f.session.with_untracked(|s| crate::core::interview::carry::carry(f.q, s.raw(), to, f.today));
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
pub(super) fn ReviewStage(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let interview = f.session.with_untracked(|s| s.walked().clone());
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
                <UnmetAtExit f=f/>
                {opens.map(|_| view! { <p class="zg-exit-carry">{ui.form_exit_carry}</p> })}
                <p><a href=href class=if opens.is_some() { "zg-button zg-exit-link" } else { "zg-exit-link" } on:click=carry>{name}</a></p>
                <button type="button" class="zg-button zg-secondary" on:click=move |_| go(f, Stage::Questions, 0)>{ui.form_back}</button>
            </div>
        }
        .into_any();
    }
    let visible = interview.visible().clone();
    let pages = interview.pages().to_vec();
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
