//! Renders a compiled guide body. Text is always inserted as text nodes: nothing in content is ever
//! parsed as HTML.

use leptos::prelude::*;

use crate::core::content::{Block, Confidence, Guide, Inline, LinkTarget};
use crate::core::date::Date;
use crate::core::figures;
use crate::core::i18n::Ui;
use crate::core::lang::Lang;
use crate::core::route::{Page, Route};

/// What rendering needs besides the guide.
#[derive(Clone, Copy)]
pub struct RenderContext {
    pub guide: &'static Guide,
    pub lang: Lang,
    pub today: Date,
    pub ui: &'static Ui,
    pub state: crate::ui::app::AppState,
}

impl RenderContext {
    /// Whether a block rests on a secondary or inferred fact: a cited source, or a figure whose value
    /// in force today was only read in a secondary source.
    fn block_needs_caution(&self, block: &Block) -> bool {
        self.needs_caution(block.inlines())
    }

    /// Whether any of these inlines cites a source, or uses a figure, that is not confirmed.
    pub fn needs_caution<'a>(&self, inlines: impl IntoIterator<Item = &'a Inline>) -> bool {
        inlines.into_iter().any(|inline| match inline {
            Inline::Cite(i) => self.guide.sources.get(usize::from(*i)).is_some_and(|s| s.confidence.needs_caution()),
            Inline::Figure { key, .. } => figures::find(crate::core::content::figures(), key)
                .and_then(|f| f.in_force(self.today))
                .is_some_and(|v| v.source.confidence.needs_caution()),
            _ => false,
        })
    }
}

/// The guide's text. The prerender (native) writes it whole. The live app renders it a few blocks per
/// task: a long guide rendered in one go is one long task that blocks a slow phone (Lighthouse at 4× CPU
/// measured a 0.6 s task in the wasm during the takeover of family.alimony). The takeover of a
/// prerendered page waits until every block is in (`pending` is set until then and
/// `ui::when_pack_settled` reads it), so the reader never sees a part.
pub fn render_body(cx: RenderContext, pending: RwSignal<bool>) -> impl IntoView {
    /// Blocks per task.
    const STEP: usize = 6;
    let chunks: Vec<&'static [Block]> = cx.guide.body.chunks(STEP).collect();
    let total = chunks.len();
    let ready = RwSignal::new(if cfg!(target_arch = "wasm32") { total.min(1) } else { total });
    pending.set(ready.get_untracked() < total);
    if ready.get_untracked() < total {
        render_more(ready, pending, total);
    }
    chunks
        .into_iter()
        .enumerate()
        .map(move |(i, chunk)| {
            // Each chunk renders once, when its turn comes (a memo, so later turns do not render it again).
            let shown = Memo::new(move |_| ready.get() > i);
            move || shown.get().then(|| chunk.iter().map(|block| render_block(cx, block)).collect_view())
        })
        .collect_view()
}

/// Lets one more chunk render in a task of its own, until all are in.
fn render_more(ready: RwSignal<usize>, pending: RwSignal<bool>, total: usize) {
    set_timeout(
        move || {
            ready.update(|n| *n = (*n + 1).min(total));
            if ready.get_untracked() < total {
                render_more(ready, pending, total);
            } else {
                pending.set(false);
            }
        },
        std::time::Duration::ZERO,
    );
}

fn render_block(cx: RenderContext, block: &'static Block) -> AnyView {
    let content = match block {
        Block::Heading { level: 2, text } => view! { <h2>{inlines(cx, text)}</h2> }.into_any(),
        Block::Heading { text, .. } => view! { <h3>{inlines(cx, text)}</h3> }.into_any(),
        Block::Paragraph(text) => view! { <p>{inlines(cx, text)}</p> }.into_any(),
        Block::Note(text) => view! { <aside class="zg-note"><p>{inlines(cx, text)}</p></aside> }.into_any(),
        Block::List { ordered: true, items } => {
            let items = items.iter().map(|i| view! { <li>{inlines(cx, i)}</li> }).collect_view();
            view! { <ol>{items}</ol> }.into_any()
        }
        Block::List { ordered: false, items } => {
            let items = items.iter().map(|i| view! { <li>{inlines(cx, i)}</li> }).collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
    };
    if cx.block_needs_caution(block) {
        view! {
            {content}
            <p class="zg-caution">
                <span aria-hidden="true">"⚠ "</span>
                <strong>{cx.ui.caution_label}": "</strong>
                {cx.ui.caution_secondary}
            </p>
        }
        .into_any()
    } else {
        content
    }
}

pub fn inlines(cx: RenderContext, list: &'static [Inline]) -> Vec<AnyView> {
    list.iter().map(|i| inline(cx, i)).collect()
}

fn inline(cx: RenderContext, item: &'static Inline) -> AnyView {
    match item {
        Inline::Text(t) => t.into_any(),
        Inline::Strong(c) => view! { <strong>{inlines(cx, c)}</strong> }.into_any(),
        Inline::Emphasis(c) => view! { <em>{inlines(cx, c)}</em> }.into_any(),
        Inline::Link { target: LinkTarget::External(url), text } => view! {
            <a href=*url target="_blank" rel="noopener noreferrer">{inlines(cx, text)}</a>
        }
        .into_any(),
        Inline::Link { target, text } => {
            let page = match target {
                LinkTarget::Guide(id) => Page::Guide(id.to_string()),
                LinkTarget::Topic(id) => Page::Topic(id.to_string()),
                LinkTarget::External(_) => Page::Home,
            };
            let href = crate::ui::app::use_app().link(Route::new(cx.lang, page));
            view! { <a href=href>{inlines(cx, text)}</a> }.into_any()
        }
        Inline::Figure { key, factor } => {
            let all = crate::core::content::figures();
            let text = figures::render(all, key, *factor, cx.today, cx.lang)
                .unwrap_or_else(|| format!("[{}]", cx.ui.figure_missing));
            view! { <span class="zg-figure" data-figure=*key>{text}</span> }.into_any()
        }
        Inline::Cite(index) => cite(cx, *index),
    }
}

/// A numbered reference to the guide's source `index`; a click focuses it in the list of sources.
pub fn cite(cx: RenderContext, index: u16) -> AnyView {
    let n = usize::from(index) + 1;
    let unverified = cx.guide.sources.get(usize::from(index)).is_some_and(|s| s.confidence != Confidence::Confirmed);
    let label = format!("{} {n}", cx.ui.cite_label);
    view! {
        <sup class="zg-cite">
            <button
                type="button"
                class:zg-cite-unverified=unverified
                aria-label=label
                on:click=move |_| focus_source(cx.state, n)
            >
                {format!("[{n}]")}
            </button>
        </sup>
    }
    .into_any()
}

/// Scrolls to and focuses source `n` in the list (the hash belongs to routing, so no `#anchor` links).
fn focus_source(state: crate::ui::app::AppState, n: usize) {
    state.focus(&format!(".zg-sources li[data-source='{n}']"));
}
