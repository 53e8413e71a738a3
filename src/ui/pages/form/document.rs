//! The document stage: the filled document to print or download (DOCX, PDF) and, under it, what to do next.

use leptos::prelude::*;

use crate::core::content;
use crate::core::date::Date;
use crate::core::interview::model::BlockKind;
use crate::core::interview::next::NextSteps;
use crate::core::lang::Lang;
use crate::ui::browser;
use super::dates::YourDates;
use super::*;
use super::filing::FilingCheckPanel;
use crate::core::interview::dates::reader_dates;

#[component]
pub(super) fn DocumentStage(f: Form) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let session = f.session.get_untracked();
    let prepared = match session.document(f.lang) {
        Ok(prepared) => prepared,
        Err(unfilled) => return view! { <UnfilledDocument f=f missing=unfilled.missing/> }.into_any(),
    };
    let next = session.next_steps(&prepared, f.lang);
    let dates = reader_dates(f.q, session.visible(), f.lang);
    let doc = prepared.filled;
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
        <FilingCheckPanel f=f/>
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
        {(!dates.is_empty()).then(|| view! { <YourDates q=f.q dates=dates lang=f.lang today=f.today/> })}
        <NextPanel next=next lang=f.lang today=f.today/>
    }
    .into_any()
}

/// In place of a document that would have a blank where a value belongs: which answers are missing,
/// each a link to its field's page, announced as an error.
#[component]
fn UnfilledDocument(f: Form, missing: Vec<String>) -> impl IntoView {
    let ui = crate::core::i18n::ui(f.lang);
    let items = missing
        .into_iter()
        .map(|key| match key.strip_prefix("calc.") {
            Some(value) => view! { <li>{(ui.form_unfilled_computed)(value)}</li> }.into_any(),
            None => view! { <li>{field_label(f, &key)}</li> }.into_any(),
        })
        .collect_view();
    view! {
        <div class="zg-error-summary zg-unfilled" role="alert" tabindex="-1">
            <h2>{ui.form_unfilled_heading}</h2>
            <p>{ui.form_unfilled_lead}</p>
            <ul>{items}</ul>
        </div>
        <div class="zg-form-nav">
            <button type="button" class="zg-button" on:click=move |_| go(f, Stage::Review, 0)>{ui.form_back}</button>
        </div>
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
            let caution = super::super::source_caution(s, ui);
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
