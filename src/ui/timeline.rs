//! A guide's procedure timeline: who acts at each step, what they do, the period and the cost, with the
//! step's sources. It is an ordered list (a screen reader announces the steps and their count) drawn as
//! a vertical line with a marker per step by `style/main.css`; it needs no script, so the prerendered
//! page shows it the same.

use leptos::prelude::*;

use crate::ui::guide_body::{cite, inlines, RenderContext};

pub fn timeline(cx: RenderContext) -> AnyView {
    let steps = cx.guide.timeline;
    if steps.is_empty() {
        return ().into_any();
    }
    let ui = cx.ui;
    let items = steps
        .iter()
        .map(|step| {
            let sources = &cx.guide.sources;
            let caution = cx.needs_caution(step.text.iter().chain(step.period).chain(step.cost))
                || step.cites.iter().any(|&i| sources.get(usize::from(i)).is_some_and(|s| s.confidence.needs_caution()));
            let detail = |label: &'static str, text: &'static [crate::core::content::Inline]| {
                (!text.is_empty()).then(|| view! { <p class="zg-tl-detail"><strong>{format!("{label}: ")}</strong>{inlines(cx, text)}</p> })
            };
            view! {
                <li class="zg-tl-step" data-who=step.who.code()>
                    <p class="zg-tl-who">{ui.timeline_who[step.who.index()]}</p>
                    <p class="zg-tl-text">{inlines(cx, step.text)}{step.cites.iter().map(|&i| cite(cx, i)).collect_view()}</p>
                    {detail(ui.timeline_period, step.period)}
                    {detail(ui.timeline_cost, step.cost)}
                    {caution.then(|| view! {
                        <p class="zg-caution"><span aria-hidden="true">"⚠ "</span><strong>{ui.caution_label}": "</strong>{ui.caution_secondary}</p>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="zg-timeline-box" aria-labelledby="zg-timeline-h">
            <h2 id="zg-timeline-h">{ui.timeline_heading}</h2>
            <ol class="zg-timeline">{items}</ol>
        </section>
    }
    .into_any()
}
