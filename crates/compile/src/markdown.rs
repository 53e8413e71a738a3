//! The guide body: a small, safe subset of Markdown turned into blocks and inlines.
//!
//! Raw HTML, images, code, tables and nested lists are rejected: the text must render identically in
//! the app, in print and in generated documents, and nothing in it is ever interpreted as HTML.

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::FileReport;

#[derive(Debug, Clone, PartialEq)]
pub enum InlineSrc {
    Text(String),
    Strong(Vec<InlineSrc>),
    Emphasis(Vec<InlineSrc>),
    Link { target: LinkSrc, text: Vec<InlineSrc>, line: usize },
    Figure { key: String, factor: f64, line: usize },
    /// A citation by source id; resolved to an index by the guide compiler.
    Cite { id: String, line: usize },
}

#[derive(Debug, Clone, PartialEq)]
pub enum LinkSrc {
    Guide(String),
    Topic(String),
    External(String),
}

#[derive(Debug, Clone, PartialEq)]
pub enum BlockSrc {
    Heading { level: u8, text: Vec<InlineSrc> },
    Paragraph(Vec<InlineSrc>),
    List { ordered: bool, items: Vec<Vec<InlineSrc>> },
    Note(Vec<InlineSrc>),
}

impl BlockSrc {
    /// Every inline in the block, nested ones included.
    pub fn walk(&self) -> Vec<&InlineSrc> {
        fn walk_all<'a>(list: &'a [InlineSrc], out: &mut Vec<&'a InlineSrc>) {
            for i in list {
                out.push(i);
                if let InlineSrc::Strong(c) | InlineSrc::Emphasis(c) | InlineSrc::Link { text: c, .. } = i {
                    walk_all(c, out);
                }
            }
        }
        let mut out = Vec::new();
        match self {
            BlockSrc::Heading { text: i, .. } | BlockSrc::Paragraph(i) | BlockSrc::Note(i) => walk_all(i, &mut out),
            BlockSrc::List { items, .. } => items.iter().for_each(|i| walk_all(i, &mut out)),
        }
        out
    }
}

/// Containers open while reading the event stream.
enum Frame {
    Paragraph(Vec<InlineSrc>),
    Heading(u8, Vec<InlineSrc>),
    List { ordered: bool, items: Vec<Vec<InlineSrc>> },
    Item(Vec<InlineSrc>),
    Quote,
    Strong(Vec<InlineSrc>),
    Emphasis(Vec<InlineSrc>),
    Link(Option<LinkSrc>, usize, Vec<InlineSrc>),
}

impl Frame {
    fn inlines(&mut self) -> Option<&mut Vec<InlineSrc>> {
        match self {
            Frame::Paragraph(v) | Frame::Heading(_, v) | Frame::Item(v) | Frame::Strong(v) | Frame::Emphasis(v) => Some(v),
            Frame::Link(_, _, v) => Some(v),
            Frame::List { .. } | Frame::Quote => None,
        }
    }
}

/// Parses `body`, which starts at byte `base` of the file behind `report`.
pub fn parse(body: &str, base: usize, report: &mut FileReport) -> Vec<BlockSrc> {
    let mut blocks = Vec::new();
    let mut stack: Vec<Frame> = Vec::new();
    // Consecutive text events are joined before special forms ({{..}}, [@..]) are read out of them.
    let mut pending: Option<(String, usize)> = None;

    for (event, range) in Parser::new_ext(body, Options::empty()).into_offset_iter() {
        let offset = base + range.start;
        if let Event::Text(text) = &event {
            pending.get_or_insert_with(|| (String::new(), offset)).0.push_str(text);
            continue;
        }
        if let Some((text, at)) = pending.take() {
            let parsed = special_forms(&text, at, report);
            push_inlines(&mut stack, parsed, at, report);
        }
        match event {
            Event::Start(tag) => open(tag, offset, &mut stack, report),
            Event::End(tag) => close(tag, &mut stack, &mut blocks),
            Event::SoftBreak | Event::HardBreak => push_inlines(&mut stack, vec![InlineSrc::Text(" ".into())], offset, report),
            Event::Code(_) => report.at_offset(offset, "inline code is not supported in guides"),
            Event::Html(_) | Event::InlineHtml(_) => {
                report.at_offset(offset, "HTML is not allowed in guides: use Markdown only")
            }
            Event::Rule => report.at_offset(offset, "horizontal rules are not supported: use a heading"),
            Event::FootnoteReference(_) | Event::TaskListMarker(_) | Event::InlineMath(_) | Event::DisplayMath(_) => {
                report.at_offset(offset, "unsupported Markdown")
            }
            Event::Text(_) => unreachable!(),
        }
    }
    blocks
}

fn open(tag: Tag, offset: usize, stack: &mut Vec<Frame>, report: &mut FileReport) {
    let frame = match tag {
        Tag::Paragraph => Frame::Paragraph(Vec::new()),
        Tag::Heading { level, .. } => {
            let level = match level {
                HeadingLevel::H2 => 2,
                HeadingLevel::H3 => 3,
                HeadingLevel::H1 => {
                    report.at_offset(offset, "use `##` or `###` headings: the title comes from the header");
                    2
                }
                _ => {
                    report.at_offset(offset, "headings deeper than `###` are not supported");
                    3
                }
            };
            Frame::Heading(level, Vec::new())
        }
        Tag::List(start) => {
            if stack.iter().any(|f| matches!(f, Frame::Item(_))) {
                report.at_offset(offset, "nested lists are not supported: split into a new list or paragraph");
            }
            Frame::List { ordered: start.is_some(), items: Vec::new() }
        }
        Tag::Item => Frame::Item(Vec::new()),
        Tag::BlockQuote(_) => Frame::Quote,
        Tag::Strong => Frame::Strong(Vec::new()),
        Tag::Emphasis => Frame::Emphasis(Vec::new()),
        Tag::Link { dest_url, .. } => Frame::Link(link_target(&dest_url, offset, report), report.line_of(offset), Vec::new()),
        Tag::Image { .. } => {
            report.at_offset(offset, "images are not supported in guides");
            Frame::Emphasis(Vec::new())
        }
        Tag::CodeBlock(_) => {
            report.at_offset(offset, "code blocks are not supported in guides (check the indentation: 4 spaces start a code block)");
            Frame::Paragraph(Vec::new())
        }
        Tag::HtmlBlock => {
            report.at_offset(offset, "HTML is not allowed in guides: use Markdown only");
            Frame::Paragraph(Vec::new())
        }
        _ => {
            report.at_offset(offset, "unsupported Markdown");
            Frame::Paragraph(Vec::new())
        }
    };
    stack.push(frame);
}

fn close(tag: TagEnd, stack: &mut Vec<Frame>, blocks: &mut Vec<BlockSrc>) {
    let Some(frame) = stack.pop() else { return };
    let in_item = matches!(stack.last(), Some(Frame::Item(_)));
    let in_quote = matches!(stack.last(), Some(Frame::Quote));
    match (tag, frame) {
        (TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::HtmlBlock, Frame::Paragraph(inlines)) => {
            if inlines.is_empty() {
                return;
            }
            if in_item {
                let item = stack.last_mut().and_then(Frame::inlines).expect("item");
                if !item.is_empty() {
                    item.push(InlineSrc::Text(" ".into()));
                }
                item.extend(inlines);
            } else if in_quote {
                blocks.push(BlockSrc::Note(inlines));
            } else {
                blocks.push(BlockSrc::Paragraph(inlines));
            }
        }
        (_, Frame::Heading(level, text)) => blocks.push(BlockSrc::Heading { level, text }),
        (_, Frame::List { ordered, items }) => blocks.push(BlockSrc::List { ordered, items }),
        (_, Frame::Item(inlines)) => {
            if let Some(Frame::List { items, .. }) = stack.last_mut() {
                items.push(inlines);
            }
        }
        (_, Frame::Quote) => {}
        (_, Frame::Strong(c)) => push_to(stack, blocks, InlineSrc::Strong(c)),
        (_, Frame::Emphasis(c)) => push_to(stack, blocks, InlineSrc::Emphasis(c)),
        (_, Frame::Link(target, line, text)) => {
            if let Some(target) = target {
                push_to(stack, blocks, InlineSrc::Link { target, text, line });
            }
        }
        (_, Frame::Paragraph(_)) => {}
    }
}

fn push_to(stack: &mut [Frame], blocks: &mut Vec<BlockSrc>, inline: InlineSrc) {
    match stack.last_mut().and_then(Frame::inlines) {
        Some(sink) => sink.push(inline),
        None => blocks.push(BlockSrc::Paragraph(vec![inline])),
    }
}

fn push_inlines(stack: &mut [Frame], inlines: Vec<InlineSrc>, offset: usize, report: &mut FileReport) {
    match stack.last_mut().and_then(Frame::inlines) {
        Some(sink) => {
            for inline in inlines {
                // Join adjacent text so the compiled form stays small.
                match (sink.last_mut(), inline) {
                    (Some(InlineSrc::Text(prev)), InlineSrc::Text(next)) => prev.push_str(&next),
                    (_, inline) => sink.push(inline),
                }
            }
        }
        None if inlines.iter().all(|i| matches!(i, InlineSrc::Text(t) if t.trim().is_empty())) => {}
        None => report.at_offset(offset, "text outside a paragraph"),
    }
}

fn link_target(url: &str, offset: usize, report: &mut FileReport) -> Option<LinkSrc> {
    if let Some(id) = url.strip_prefix("guide:") {
        Some(LinkSrc::Guide(id.to_string()))
    } else if let Some(id) = url.strip_prefix("topic:") {
        Some(LinkSrc::Topic(id.to_string()))
    } else if url.starts_with("https://") && !url.contains(char::is_whitespace) {
        Some(LinkSrc::External(url.to_string()))
    } else {
        report.at_offset(offset, format!("link `{url}`: use guide:<id>, topic:<id> or an https:// address"));
        None
    }
}

/// Splits text into plain text, `{{figure}}` / `{{figure*factor}}` and `[@source]` forms.
pub fn special_forms(text: &str, offset: usize, report: &mut FileReport) -> Vec<InlineSrc> {
    let line = report.line_of(offset);
    let mut out = Vec::new();
    let mut plain = String::new();
    let mut rest = text;
    loop {
        let figure = rest.find("{{");
        let cite = rest.find("[@");
        let (start, is_figure) = match (figure, cite) {
            (Some(f), Some(c)) if c < f => (c, false),
            (Some(f), _) => (f, true),
            (None, Some(c)) => (c, false),
            (None, None) => break,
        };
        plain.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        let close = if is_figure { after.find("}}") } else { after.find(']') };
        let Some(end) = close else {
            let what = if is_figure { "`{{` without a closing `}}`" } else { "`[@` without a closing `]`" };
            report.at_line(line, what.to_string());
            plain.push_str(&rest[start..]);
            rest = "";
            break;
        };
        let inner = after[..end].trim();
        if !plain.is_empty() {
            out.push(InlineSrc::Text(std::mem::take(&mut plain)));
        }
        if is_figure {
            let (key, factor) = match inner.split_once('*') {
                Some((k, f)) => (k.trim(), f.trim().replace(' ', "").parse::<f64>().ok()),
                None => (inner, Some(1.0)),
            };
            match factor {
                Some(factor) if factor.is_finite() && factor > 0.0 => {
                    out.push(InlineSrc::Figure { key: key.to_string(), factor, line })
                }
                _ => report.at_line(line, format!("`{{{{{inner}}}}}`: the factor after `*` must be a positive number")),
            }
        } else {
            out.push(InlineSrc::Cite { id: inner.to_string(), line });
        }
        rest = &after[end + 2 - usize::from(!is_figure)..];
    }
    plain.push_str(rest);
    lint_typed_figures(&plain, line, report);
    out.iter().filter_map(|i| if let InlineSrc::Text(t) = i { Some(t) } else { None }).for_each(|t| lint_typed_figures(t, line, report));
    if !plain.is_empty() {
        out.push(InlineSrc::Text(plain));
    }
    out
}

/// Money, percentages and МРП multiples typed as numbers in prose go stale; they belong in figures.toml.
fn lint_typed_figures(text: &str, line: usize, report: &mut FileReport) {
    let units = ["₸", "тенге", "теңге", "тг", "%", "МРП", "АЕК", "MCI"];
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        if !c.is_ascii_digit() {
            continue;
        }
        let after: String = chars[i + 1..].iter().collect();
        let after = after.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
        if let Some(unit) = units.iter().find(|u| after.starts_with(*u)) {
            let word_ends = after[unit.len()..].chars().next().is_none_or(|c| !c.is_alphabetic());
            if word_ends {
                report.at_line(line, format!("a figure is typed in the text (`…{c} {unit}`): reference it from figures.toml, e.g. {{{{mrp}}}}"));
                return;
            }
        }
    }
}
