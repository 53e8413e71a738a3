//! The compiled content types. Everything is `'static`: `build.rs` writes the values as Rust statics.

use crate::core::date::Date;
use crate::core::lang::Lang;

/// A text in the three languages of the portal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Texts {
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

impl Texts {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Topic {
    pub id: &'static str,
    pub name: Texts,
}

/// How firmly a fact is established (the tags of the research file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Read in the text of the act.
    Confirmed,
    /// Read only in a secondary source (news, a law firm's page).
    Secondary,
    /// Inferred, not read anywhere.
    Inferred,
}

impl Confidence {
    /// Whether the reader must be told to check this against the official text.
    pub fn needs_caution(self) -> bool {
        !matches!(self, Confidence::Confirmed)
    }
}

/// Where a legal statement comes from.
#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub act: &'static str,
    /// Empty when the article was not read (allowed for figures only).
    pub article: &'static str,
    /// The edition of the act that was read; empty for figures.
    pub version: &'static str,
    pub read: Date,
    pub url: &'static str,
    pub confidence: Confidence,
    /// The secondary source a `Secondary` fact was read in.
    pub via: &'static str,
}

#[derive(Debug, PartialEq)]
pub struct Guide {
    pub id: &'static str,
    pub lang: Lang,
    pub title: &'static str,
    pub summary: &'static str,
    pub topics: &'static [&'static str],
    pub keywords: &'static [&'static str],
    pub reviewed: Date,
    pub sources: &'static [Source],
    pub body: &'static [Block],
    /// Keys of the figures the body uses, so the page can list their sources.
    pub figures: &'static [&'static str],
}

#[derive(Debug, PartialEq)]
pub enum Block {
    /// `level` is 2 or 3 (`##`, `###`).
    Heading { level: u8, text: &'static [Inline] },
    Paragraph(&'static [Inline]),
    List { ordered: bool, items: &'static [&'static [Inline]] },
    /// A highlighted note (a Markdown block quote).
    Note(&'static [Inline]),
}

#[derive(Debug, PartialEq)]
pub enum Inline {
    Text(&'static str),
    Strong(&'static [Inline]),
    Emphasis(&'static [Inline]),
    Link { target: LinkTarget, text: &'static [Inline] },
    /// A reference to a figure, multiplied by `factor` (1 for a plain `{{key}}`).
    Figure { key: &'static str, factor: f64 },
    /// A citation: index into the guide's `sources`.
    Cite(u16),
}

#[derive(Debug, PartialEq)]
pub enum LinkTarget {
    Guide(&'static str),
    Topic(&'static str),
    External(&'static str),
}

impl Block {
    /// The inline content of the block, flattened across list items.
    pub fn inlines(&self) -> impl Iterator<Item = &Inline> {
        let parts: Vec<&'static [Inline]> = match self {
            Block::Heading { text, .. } => vec![text],
            Block::Paragraph(i) | Block::Note(i) => vec![i],
            Block::List { items, .. } => items.to_vec(),
        };
        parts.into_iter().flat_map(|p| p.iter()).flat_map(Inline::walk)
    }
}

impl Inline {
    /// This inline and all inlines nested in it, depth first.
    pub fn walk(&self) -> Vec<&Inline> {
        let mut out = vec![self];
        if let Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { text: c, .. } = self {
            for child in c.iter() {
                out.extend(child.walk());
            }
        }
        out
    }
}
