//! The PDF's layout: the page geometry, each kind of block's style (as `../docx.rs` sets it), text turned
//! into glyphs and broken into lines by the glyphs' advance widths (justified, dashes and `№` kept with
//! their words, over-long words cut), and the lines put on pages with their baselines.

use std::collections::BTreeMap;

use super::font::Font;
use crate::core::interview::model::BlockKind;

// Geometry in points. A4; margins as for a court document: left 30 mm, right 15 mm, top and bottom 20 mm.
pub(super) const MM: f32 = 72.0 / 25.4;
pub(super) const PAGE_W: f32 = 595.28;
pub(super) const PAGE_H: f32 = 841.89;
pub(super) const LEFT: f32 = 30.0 * MM;
pub(super) const TOP: f32 = PAGE_H - 20.0 * MM;
pub(super) const BOTTOM: f32 = 20.0 * MM;
pub(super) const WIDTH: f32 = PAGE_W - LEFT - 15.0 * MM;
pub(super) const BODY: f32 = 12.0;
pub(super) const TITLE: f32 = 14.0;
pub(super) const FOLIO: f32 = 10.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.35;
/// The first-line indent and the header's left indent of the DOCX (709 and 4820 twips).
pub(super) const INDENT: f32 = 709.0 / 20.0;
pub(super) const HEADER_INDENT: f32 = 4820.0 / 20.0;

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Align {
    Left,
    Center,
    Right,
    Justify,
}

pub(super) struct Style {
    pub(super) size: f32,
    pub(super) bold: bool,
    /// The text box: its left edge on the page and its width.
    pub(super) left: f32,
    pub(super) width: f32,
    /// First-line indent of each paragraph.
    pub(super) indent: f32,
    pub(super) align: Align,
    pub(super) before: f32,
    pub(super) after: f32,
}

impl Style {
    /// How `docx.rs` sets each kind of block.
    pub(super) fn of(kind: BlockKind) -> Style {
        let body = Style { size: BODY, bold: false, left: LEFT, width: WIDTH, indent: 0.0, align: Align::Left, before: 0.0, after: 0.0 };
        match kind {
            BlockKind::Header => Style { left: LEFT + HEADER_INDENT, width: WIDTH - HEADER_INDENT, ..body },
            BlockKind::Title => Style { size: TITLE, bold: true, align: Align::Center, before: 18.0, after: 12.0, ..body },
            BlockKind::Paragraph | BlockKind::Demand | BlockKind::Attachment => Style { indent: INDENT, align: Align::Justify, after: 3.0, ..body },
            BlockKind::Signature => Style { align: Align::Right, before: 24.0, ..body },
        }
    }
}

/// One line, placed horizontally: words of glyph ids, set one space apart plus `gap` points (justified).
pub(super) struct Line {
    pub(super) x: f32,
    pub(super) size: f32,
    pub(super) bold: bool,
    pub(super) words: Vec<Vec<u16>>,
    pub(super) gap: f32,
}

/// A block's lines and the space around it.
pub(super) struct Laid {
    pub(super) lines: Vec<Line>,
    pub(super) before: f32,
    pub(super) after: f32,
    pub(super) keep: bool,
}

/// Turns text into glyphs, remembering which character each glyph stands for (for the ToUnicode map).
pub(super) struct Shaper<'f> {
    pub(super) font: &'f Font<'f>,
    pub(super) used: BTreeMap<u16, char>,
}

impl Shaper<'_> {
    fn shape(&mut self, word: &str) -> Vec<u16> {
        word.chars()
            .map(|c| {
                // A character the font lacks prints as `?`, never as nothing.
                let (glyph, c) = self.font.glyph(c).map_or((self.font.fallback, '?'), |g| (g, c));
                self.used.entry(glyph).or_insert(c);
                glyph
            })
            .collect()
    }

    pub(super) fn width(&self, glyphs: &[u16], size: f32) -> f32 {
        glyphs.iter().map(|&g| f32::from(self.font.advance(g))).sum::<f32>() * size / self.font.units_per_em
    }

    /// Breaks `text` into lines at spaces, by the glyphs' real advance widths. A newline starts a new
    /// paragraph; a word longer than a line is cut where it reaches the margin.
    pub(super) fn wrap(&mut self, text: &str, style: &Style) -> Vec<Line> {
        let space = self.width(&[self.font.space], style.size);
        let mut lines = Vec::new();
        for paragraph in clean(text).split('\n') {
            let mut indent = style.indent;
            let (mut line, mut used) = (Vec::new(), 0.0);
            // A dash never starts a line and `№` never ends one: words joined so go to a line together.
            let mut groups: Vec<Vec<&str>> = Vec::new();
            for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
                match groups.last_mut() {
                    Some(group) if word.starts_with(['—', '–']) || group.last().is_some_and(|w| w.ends_with('№')) => group.push(word),
                    _ => groups.push(vec![word]),
                }
            }
            for group in groups {
                let shaped: Vec<(Vec<u16>, f32)> = group
                    .iter()
                    .map(|word| {
                        let glyphs = self.shape(word);
                        let width = self.width(&glyphs, style.size);
                        (glyphs, width)
                    })
                    .collect();
                // The width of the rest of the group, from the word at hand on.
                let mut rest = shaped.iter().map(|(_, w)| w + space).sum::<f32>() - space;
                for (mut glyphs, mut width) in shaped {
                    if !line.is_empty() && used + space + rest > style.width - indent {
                        lines.push(place(style, indent, std::mem::take(&mut line), used, true));
                        (indent, used) = (0.0, 0.0);
                    }
                    rest -= width + space;
                    // A word wider than the line: as many glyphs as fit on each line (at least one), in one pass.
                    let mut start = 0;
                    while line.is_empty() && width > style.width - indent && glyphs.len() - start > 1 {
                        let (mut end, mut cut) = (start + 1, self.width(&glyphs[start..=start], style.size));
                        while let Some(next) = glyphs.get(end).map(|&g| self.width(&[g], style.size)) {
                            if cut + next > style.width - indent {
                                break;
                            }
                            (end, cut) = (end + 1, cut + next);
                        }
                        lines.push(place(style, indent, vec![glyphs[start..end].to_vec()], cut, false));
                        (start, indent, width) = (end, 0.0, width - cut);
                    }
                    if start > 0 {
                        glyphs.drain(..start);
                    }
                    if !line.is_empty() {
                        used += space;
                    }
                    used += width;
                    line.push(glyphs);
                }
            }
            lines.push(place(style, indent, line, used, false));
        }
        lines
    }
}

/// Positions a line of natural width `used` in the style's box.
fn place(style: &Style, indent: f32, words: Vec<Vec<u16>>, used: f32, justify: bool) -> Line {
    let free = (style.width - indent - used).max(0.0);
    let (x, gap) = match style.align {
        Align::Justify if justify && words.len() > 1 => (indent, free / (words.len() - 1) as f32),
        Align::Justify | Align::Left => (indent, 0.0),
        Align::Center => (indent + free / 2.0, 0.0),
        Align::Right => (indent + free, 0.0),
    };
    Line { x: style.left + x, size: style.size, bold: style.bold, words, gap }
}

/// Text as it can be set: composed (NFC, so a typed «и» + breve is the letter «й»), tabs as spaces, line
/// ends as `\n`, other control characters dropped.
fn clean(text: &str) -> String {
    crate::core::unicode_fold::compose(&text.replace("\r\n", "\n"))
        .chars()
        .filter_map(|c| match c {
            '\t' => Some(' '),
            '\r' | '\u{2028}' | '\u{2029}' => Some('\n'),
            c if c.is_control() && c != '\n' => None,
            c => Some(c),
        })
        .collect()
}

/// Puts the lines on pages, each with its baseline. A line is never split; a block's first two lines (and
/// a title or an announcing line with the start of the next block) move to the next page together.
pub(super) fn paginate(blocks: &[Laid], ascent: f32, descent: f32) -> Vec<Vec<(f32, &Line)>> {
    let height = |line: &Line| line.size * LEADING;
    let start = |b: &Laid, n: usize| b.lines.iter().take(n).map(height).sum::<f32>();
    let mut pages: Vec<Vec<(f32, &Line)>> = vec![Vec::new()];
    let mut y = TOP;
    for (i, block) in blocks.iter().enumerate() {
        let need = if block.keep {
            block.before + start(block, usize::MAX) + blocks.get(i + 1).map_or(0.0, |next| next.before + start(next, 2))
        } else {
            block.before + start(block, 2)
        };
        if y - need < BOTTOM && pages.last().is_some_and(|p| !p.is_empty()) {
            pages.push(Vec::new());
            y = TOP;
        }
        if y < TOP {
            y -= block.before;
        }
        for line in &block.lines {
            let h = height(line);
            if y - h < BOTTOM && pages.last().is_some_and(|p| !p.is_empty()) {
                pages.push(Vec::new());
                y = TOP;
            }
            // The glyphs' box (ascent + descent) sits in the middle of the line's height.
            let baseline = y - (h - (ascent + descent) * line.size) / 2.0 - ascent * line.size;
            if let Some(page) = pages.last_mut() {
                page.push((baseline, line));
            }
            y -= h;
        }
        y -= block.after;
    }
    pages
}
