//! A minimal TrueType reader: what the layout and the PDF font dictionaries need (the table directory,
//! unitsPerEm, the bounding box, ascent and descent, advance widths, the Unicode cmap, the PostScript
//! name), every read bounds-checked so a damaged font is an error, never a panic.

use std::collections::BTreeMap;

use super::PdfError;

pub(super) struct Font<'a> {
    pub(super) data: &'a [u8],
    pub(super) units_per_em: f32,
    pub(super) hmtx: &'a [u8],
    pub(super) metrics: usize,
    pub(super) glyphs: usize,
    /// The Unicode cmap subtable (format 4 or 12).
    pub(super) cmap: &'a [u8],
    /// In ems.
    pub(super) ascent: f32,
    pub(super) descent: f32,
    pub(super) cap_height: i16,
    pub(super) bbox: [i16; 4],
    /// PostScript name, letters, digits and `-` only.
    pub(super) name: String,
    pub(super) space: u16,
    pub(super) fallback: u16,
}

fn bytes<const N: usize>(data: &[u8], at: usize) -> Option<[u8; N]> {
    data.get(at..at.checked_add(N)?)?.try_into().ok()
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    bytes(data, at).map(u16::from_be_bytes)
}

fn i16_at(data: &[u8], at: usize) -> Option<i16> {
    bytes(data, at).map(i16::from_be_bytes)
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    bytes(data, at).map(u32::from_be_bytes)
}

fn need<T>(value: Option<T>, why: &'static str) -> Result<T, PdfError> {
    value.ok_or(PdfError::Font(why))
}

impl<'a> Font<'a> {
    pub(super) fn parse(data: &'a [u8]) -> Result<Font<'a>, PdfError> {
        match u32_at(data, 0) {
            Some(0x0001_0000 | 0x7472_7565) => {}
            Some(0x4f54_544f) => return Err(PdfError::Font("CFF outlines: only TrueType (glyf) fonts can be embedded")),
            _ => return Err(PdfError::Font("not a TrueType font")),
        }
        let mut tables = BTreeMap::new();
        for i in 0..need(u16_at(data, 4), "no table directory")? {
            let record = 12 + 16 * usize::from(i);
            let tag: [u8; 4] = need(bytes(data, record), "table directory cut short")?;
            let offset = need(u32_at(data, record + 8), "table directory cut short")? as usize;
            let length = need(u32_at(data, record + 12), "table directory cut short")? as usize;
            let table = offset.checked_add(length).and_then(|end| data.get(offset..end));
            tables.insert(tag, need(table, "a table lies outside the file")?);
        }
        let table = |tag: &[u8; 4]| need(tables.get(tag).copied(), "a required table is missing (head, hhea, hmtx, maxp, cmap, glyf, loca)");
        let (head, hhea, hmtx, maxp, cmap) = (table(b"head")?, table(b"hhea")?, table(b"hmtx")?, table(b"maxp")?, table(b"cmap")?);
        table(b"glyf")?;
        table(b"loca")?;
        let units_per_em = need(u16_at(head, 18).filter(|u| (16..=16384).contains(u)), "bad unitsPerEm")?;
        let b: [u8; 8] = need(bytes(head, 36), "head table cut short")?;
        let bbox = [0, 2, 4, 6].map(|i| i16::from_be_bytes([b[i], b[i + 1]]));
        let glyphs = usize::from(need(u16_at(maxp, 4).filter(|&n| n > 0), "no glyphs")?);
        let metrics = usize::from(need(u16_at(hhea, 34), "hhea table cut short")?);
        if metrics == 0 || metrics > glyphs || hmtx.len() < 4 * metrics {
            return Err(PdfError::Font("hmtx does not match hhea"));
        }
        let em = f32::from(units_per_em);
        let ascent = need(i16_at(hhea, 4), "hhea table cut short")?;
        let descent = need(i16_at(hhea, 6), "hhea table cut short")?;
        let cap_height = tables.get(b"OS/2").filter(|os2| u16_at(os2, 0).is_some_and(|v| v >= 2)).and_then(|os2| i16_at(os2, 88)).unwrap_or(ascent);
        // The best Unicode subtable: format 12 (all planes) before format 4 (the BMP).
        let mut best: Option<(u16, &[u8])> = None;
        for i in 0..need(u16_at(cmap, 2), "cmap table cut short")? {
            let record = 4 + 8 * usize::from(i);
            let (platform, encoding) = (need(u16_at(cmap, record), "cmap cut short")?, need(u16_at(cmap, record + 2), "cmap cut short")?);
            let offset = need(u32_at(cmap, record + 4), "cmap cut short")? as usize;
            let subtable = need(cmap.get(offset..), "a cmap subtable lies outside the table")?;
            let format = u16_at(subtable, 0).unwrap_or(0);
            let unicode = platform == 0 || (platform == 3 && matches!(encoding, 1 | 10));
            if unicode && matches!(format, 4 | 12) && best.is_none_or(|(f, _)| format > f) {
                best = Some((format, subtable));
            }
        }
        let mut font = Font {
            data,
            units_per_em: em,
            hmtx,
            metrics,
            glyphs,
            cmap: need(best, "no Unicode cmap (format 4 or 12)")?.1,
            ascent: f32::from(ascent).clamp(0.0, 2.0 * em) / em,
            descent: (-f32::from(descent)).clamp(0.0, 2.0 * em) / em,
            cap_height,
            bbox,
            name: tables.get(b"name").map_or_else(String::new, |t| postscript_name(t)),
            space: 0,
            fallback: 0,
        };
        if font.name.is_empty() {
            font.name = "Font".into();
        }
        font.space = need(font.glyph(' '), "no glyph for the space")?;
        font.fallback = need(font.glyph('?'), "no glyph for `?`")?;
        Ok(font)
    }

    /// The glyph for `c`, if the font has one.
    pub(super) fn glyph(&self, c: char) -> Option<u16> {
        let (c, t) = (c as u32, self.cmap);
        let glyph = match u16_at(t, 0)? {
            4 => {
                let segments = usize::from(u16_at(t, 6)? / 2);
                let c16 = u16::try_from(c).ok()?;
                let i = (0..segments).find(|&i| u16_at(t, 14 + 2 * i).is_some_and(|end| end >= c16))?;
                let starts = 16 + 2 * segments;
                let start = u16_at(t, starts + 2 * i)?;
                if c16 < start {
                    return None;
                }
                let delta = u16_at(t, starts + 2 * segments + 2 * i)?;
                let range_at = starts + 4 * segments + 2 * i;
                match u16_at(t, range_at)? {
                    0 => c16.wrapping_add(delta),
                    range => match u16_at(t, range_at + usize::from(range) + 2 * usize::from(c16 - start))? {
                        0 => return None,
                        g => g.wrapping_add(delta),
                    },
                }
            }
            12 => {
                let groups = u32_at(t, 12)? as usize;
                let group = t.get(16..)?.chunks_exact(12).take(groups).find(|g| u32_at(g, 4).is_some_and(|end| end >= c))?;
                let start = u32_at(group, 0)?;
                u16::try_from(u32_at(group, 8)?.checked_add(c.checked_sub(start)?)?).ok()?
            }
            _ => return None,
        };
        (glyph != 0 && usize::from(glyph) < self.glyphs).then_some(glyph)
    }

    /// The advance width in font units (glyphs past the last metric repeat its width).
    pub(super) fn advance(&self, glyph: u16) -> u16 {
        u16_at(self.hmtx, 4 * usize::from(glyph).min(self.metrics - 1)).unwrap_or(0)
    }
}

/// Name 6 of the `name` table, kept to the characters a PDF name may hold without escapes.
fn postscript_name(table: &[u8]) -> String {
    let (Some(count), Some(strings)) = (u16_at(table, 2), u16_at(table, 4)) else { return String::new() };
    (0..usize::from(count))
        .filter_map(|i| {
            let record = 6 + 12 * i;
            if u16_at(table, record + 6)? != 6 {
                return None;
            }
            let (length, offset) = (usize::from(u16_at(table, record + 8)?), usize::from(u16_at(table, record + 10)?));
            let at = usize::from(strings) + offset;
            // ASCII in one byte (Mac) or two (Windows, UTF-16BE): the zero bytes are filtered out.
            let name: String = table.get(at..at + length)?.iter().filter(|b| b.is_ascii_alphanumeric() || **b == b'-').map(|&b| char::from(b)).take(63).collect();
            (!name.is_empty()).then_some(name)
        })
        .next()
        .unwrap_or_default()
}
