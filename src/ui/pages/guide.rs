//! A guide page: title, review date and caution, the text, its sources and the figures it uses.

use leptos::prelude::*;

use super::not_found::NotFoundPage;
use super::Breadcrumbs;
use crate::core::content::{self, Guide};
use crate::core::figures;
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};
use crate::ui::app::use_app;
use crate::ui::expired_figures::ExpiredFigures;
use crate::ui::guide_body::{render_body, RenderContext};

#[component]
pub fn GuidePage(id: String) -> impl IntoView {
    let state = use_app();
    let lang = state.lang.get_untracked();
    let ui = state.ui();
    let Some(guide) = content::guide(&id, lang) else {
        let others: Vec<Lang> = content::guide_languages(&id).collect();
        if others.is_empty() {
            return view! { <NotFoundPage/> }.into_any();
        }
        let links = others
            .into_iter()
            .map(|l| {
                let href = state.link(Route::new(l, Page::Guide(id.clone())));
                view! { <li><a href=href lang=l.code() hreflang=l.code()>{l.native_name()}</a></li> }
            })
            .collect_view();
        return view! {
            <section class="zg-guide">
                <h1 tabindex="-1">{ui.not_found_title}</h1>
                <p>{ui.not_in_language}</p>
                <ul class="zg-other-langs">{links}</ul>
            </section>
        }
        .into_any();
    };

    let cx = RenderContext { guide, lang, today: state.today, ui, state };
    let pending = RwSignal::new(false);
    let trail = guide
        .topics
        .first()
        .and_then(|t| content::topic(t))
        .map(|t| vec![(t.name.get(lang).to_string(), Page::Topic(t.id.to_string()))])
        .unwrap_or_default();
    view! {
        <article class="zg-guide" data-guide=guide.id data-zg-pending=move || pending.get().then_some("")>
            <Breadcrumbs trail=trail current=guide.title.to_string()/>
            <h1 tabindex="-1">{guide.title}</h1>
            <p class="zg-lead">{guide.summary}</p>
            <div class="zg-meta">
                <p>
                    <strong>{ui.reviewed}": "</strong>
                    <time datetime=iso(guide.reviewed)>{guide.reviewed.to_string()}</time>
                </p>
                <p class="zg-amend">{ui.amendments_caution}</p>
                <p>
                    <strong>{ui.official_text}": "</strong>
                    {official_links(guide)}
                </p>
            </div>
            <ExpiredFigures keys=guide.figures.to_vec()/>
            <ReadAloud guide=guide/>
            {questionnaire_links(guide.id, lang)}
            {crate::ui::timeline::timeline(cx)}
            <div class="zg-body">{render_body(cx, pending)}</div>
            <Sources guide=guide/>
            <FiguresUsed guide=guide/>
        </article>
    }
    .into_any()
}

/// The browser's own speech synthesis reads the guide, if it has a voice for the guide's language;
/// without one the button is not shown (voices can arrive after the page, so it listens for them).
#[component]
fn ReadAloud(guide: &'static Guide) -> impl IntoView {
    let state = use_app();
    let ui = state.ui();
    let synth = crate::ui::browser::window().and_then(|w| w.speech_synthesis().ok());
    let voice = move || -> Option<web_sys::SpeechSynthesisVoice> {
        let voices = crate::ui::browser::window()?.speech_synthesis().ok()?.get_voices();
        voices.iter().filter_map(|v| wasm_bindgen::JsCast::dyn_into::<web_sys::SpeechSynthesisVoice>(v).ok()).find(|v| {
            crate::core::lang::Lang::from_code(&v.lang()) == Some(guide.lang)
        })
    };
    let (available, set_available) = signal(voice().is_some());
    let (speaking, set_speaking) = signal(false);
    if let Some(s) = synth.clone() {
        let on_voices = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || set_available.set(voice().is_some()));
        s.set_onvoiceschanged(Some(wasm_bindgen::JsCast::unchecked_ref(on_voices.as_ref())));
        on_voices.forget();
    }
    let toggle = move |_| {
        let Some(s) = crate::ui::browser::window().and_then(|w| w.speech_synthesis().ok()) else { return };
        if speaking.get_untracked() {
            s.cancel();
            set_speaking.set(false);
            return;
        }
        let text = crate::core::content::text::plain_text(guide, state.today).unwrap_or_default();
        if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&format!("{}. {}", guide.title, text)) {
            utterance.set_lang(guide.lang.code());
            if let Some(v) = voice() {
                utterance.set_voice(Some(&v));
            }
            let done = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || set_speaking.set(false));
            utterance.set_onend(Some(wasm_bindgen::JsCast::unchecked_ref(done.as_ref())));
            done.forget();
            s.speak(&utterance);
            set_speaking.set(true);
        }
    };
    move || {
        available.get().then(|| view! {
            <p class="zg-read-aloud">
                <button type="button" class="zg-button zg-secondary" aria-pressed=move || speaking.get().to_string() on:click=toggle>
                    {move || if speaking.get() { ui.read_aloud_stop } else { ui.read_aloud }}
                </button>
            </p>
        })
    }
}

/// A call to action for each questionnaire that belongs to this guide.
fn questionnaire_links(guide_id: &'static str, lang: Lang) -> impl IntoView {
    let ui = crate::core::i18n::ui(lang);
    let state = use_app();
    content::questionnaires(lang)
        .iter()
        .filter(|q| q.guide == guide_id)
        .map(|q| {
            let href = state.link(Route::new(lang, Page::Form(q.id.to_string())));
            view! {
                <p class="zg-cta"><a class="zg-button" href=href>{format!("{}: {}", ui.form_start, q.title.get(lang))}</a></p>
            }
        })
        .collect_view()
}

fn iso(d: crate::core::date::Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year, d.month, d.day)
}

/// One link per act the guide cites, so the reader can check the current official text.
fn official_links(guide: &'static Guide) -> impl IntoView {
    let mut seen: Vec<&str> = Vec::new();
    guide
        .sources
        .iter()
        .filter(|s| s.url.starts_with("https://adilet.zan.kz/") && !seen.contains(&s.url) && {
            seen.push(s.url);
            true
        })
        .enumerate()
        .map(|(i, s)| {
            view! {
                {if i > 0 { "; " } else { "" }}
                <a href=s.url target="_blank" rel="noopener noreferrer">{s.act}</a>
            }
        })
        .collect_view()
}

#[component]
fn Sources(guide: &'static Guide) -> impl IntoView {
    let state = use_app();
    let ui = state.ui();
    let items = guide
        .sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let caution = super::source_caution(s, ui);
            view! {
                <li data-source=(i + 1).to_string() tabindex="-1">
                    <a href=s.url target="_blank" rel="noopener noreferrer">{s.act}</a>
                    {format!(", {}", s.article)}
                    <span class="zg-source-meta">
                        {format!(" — {}: {}; {}: {}.", ui.source_version, s.version, ui.source_read, s.read)}
                    </span>
                    {caution}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="zg-sources" aria-labelledby="zg-sources-h">
            <h2 id="zg-sources-h">{ui.sources_heading}</h2>
            <ol>{items}</ol>
        </section>
    }
}

#[component]
fn FiguresUsed(guide: &'static Guide) -> impl IntoView {
    let state = use_app();
    let ui = state.ui();
    let lang = state.lang.get_untracked();
    if guide.figures.is_empty() {
        return ().into_any();
    }
    let all = content::figures();
    let items = guide
        .figures
        .iter()
        .filter_map(|key| figures::find(all, key))
        .map(|f| {
            let value = figures::render(all, f.key, 1.0, state.today, lang).unwrap_or_else(|| ui.figure_missing.to_string());
            let source = f.in_force(state.today).map(|v| {
                let caution = v.source.confidence.needs_caution().then(|| format!(" ⚠ {}", ui.caution_secondary));
                view! {
                    {format!(" — {} {}; ", ui.figure_in_force_from, v.from)}
                    <a href=v.source.url target="_blank" rel="noopener noreferrer">{content::act_name(v.source.act, lang)}</a>
                    {(!v.source.article.is_empty()).then(|| format!(", {}", v.source.article))}
                    <span class="zg-caution-inline">{caution}</span>
                }
            });
            view! {
                <li>
                    <strong>{f.name.get(lang)}</strong>
                    {format!(": {value}")}
                    {source}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="zg-figures" aria-labelledby="zg-figures-h">
            <h2 id="zg-figures-h">{ui.figures_heading}</h2>
            <ul>{items}</ul>
        </section>
    }
    .into_any()
}
