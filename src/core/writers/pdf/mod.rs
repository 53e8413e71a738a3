//! The filled document as a PDF, written by hand: A4 pages of text in one embedded TrueType font. No
//! library and no compression, so this stays a few KB of wasm; the font (a subset of DejaVu Sans with the
//! Kazakh letters, `public/fonts/zanger-pdf-sans.ttf`) is passed in, fetched only when a PDF is asked for.
//!
//! Text goes into the page as glyph ids in hex (`<01A70123>`), never as a PDF string, so nothing a person
//! typed can become PDF syntax. The font is a Type0 font with a CIDFontType2 descendant (Identity-H, glyph
//! id = character id) and a ToUnicode map, so copying, searching and screen readers get the real letters.
//! The layout mirrors `../docx.rs`: parties top right, a centred title, justified paragraphs with a first-line
//! indent, numbered demands and attachments, the date and signature to the right.
//!
//! - `font.rs`: a minimal TrueType reader (glyphs, advance widths, the metrics the PDF needs);
//! - `layout.rs`: lines broken by the glyphs' widths, aligned and justified, then put on A4 pages;
//! - `objects.rs`: the page content streams and the file (objects, font dictionaries, cross-references).

mod font;
mod layout;
mod objects;
#[cfg(test)]
mod read_back;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use super::text::numbered;
use crate::core::interview::document::Filled;
use crate::core::interview::model::BlockKind;
use crate::core::lang::Lang;
use font::Font;
use layout::{paginate, Align, Laid, Shaper, Style, FOLIO, MM, PAGE_H};
use objects::{assemble, content};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PdfError {
    /// The font is not a TrueType font this writer can read; the text says what is wrong.
    Font(&'static str),
}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PdfError::Font(why) => write!(f, "unusable PDF font: {why}"),
        }
    }
}

impl std::error::Error for PdfError {}

/// The PDF bytes of `doc`, set in `font` (TrueType bytes, embedded as they are).
pub fn pdf(doc: &Filled, lang: Lang, font: &[u8]) -> Result<Vec<u8>, PdfError> {
    let font = Font::parse(font)?;
    // The space is set between words, not shaped: it is in the widths and the ToUnicode map from the start.
    let mut shaper = Shaper { font: &font, used: BTreeMap::from([(font.space, ' ')]) };
    let blocks: Vec<Laid> = doc.blocks.iter().map(|block| {
        let style = Style::of(block.kind);
        let text = numbered(block);
        let lines = shaper.wrap(&text, &style);
        // A title, and a line that announces what follows («ПРОШУ СУД:»), stay on the page of what follows.
        let keep = block.kind == BlockKind::Title || text.trim_end().ends_with(':');
        Laid { lines, before: style.before, after: style.after, keep }
    }).collect();
    let pages = paginate(&blocks, font.ascent, font.descent);
    // Page numbers from the second page on, centred in the top margin.
    let folio = Style { size: FOLIO, align: Align::Center, indent: 0.0, ..Style::of(BlockKind::Paragraph) };
    let streams: Vec<String> = pages.iter().enumerate().map(|(i, lines)| {
        let number = if i > 0 { shaper.wrap(&(i + 1).to_string(), &folio) } else { Vec::new() };
        // The number comes first, so text extraction reads it before the page's text, not inside a paragraph.
        content(number.iter().map(|line| (PAGE_H - 12.0 * MM, line)).chain(lines.iter().copied()), font.space)
    }).collect();
    Ok(assemble(&font, &shaper.used, &streams, &doc.title, lang))
}
