//! The filled document as a PDF, written by hand: A4 pages of text in one embedded TrueType font. No
//! library and no compression, so this stays a few KB of wasm; the font (a subset of DejaVu Sans with the
//! Kazakh letters, `public/fonts/zanger-pdf-sans.ttf`) is passed in, fetched only when a PDF is asked for.
//!
//! Text goes into the page as glyph ids in hex (`<01A70123>`), never as a PDF string, so nothing a person
//! typed can become PDF syntax. The font is a Type0 font with a CIDFontType2 descendant (Identity-H, glyph
//! id = character id) and a ToUnicode map, so copying, searching and screen readers get the real letters.
//! The layout mirrors `docx.rs`: parties top right, a centred title, justified paragraphs with a first-line
//! indent, numbered demands and attachments, the date and signature to the right.

use std::collections::BTreeMap;
use std::fmt::Write as _;


use crate::core::interview::document::Filled;
use crate::core::interview::model::BlockKind;
use crate::core::lang::Lang;

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

// Geometry in points. A4; margins as for a court document: left 30 mm, right 15 mm, top and bottom 20 mm.
const MM: f32 = 72.0 / 25.4;
const PAGE_W: f32 = 595.28;
const PAGE_H: f32 = 841.89;
const LEFT: f32 = 30.0 * MM;
const TOP: f32 = PAGE_H - 20.0 * MM;
const BOTTOM: f32 = 20.0 * MM;
const WIDTH: f32 = PAGE_W - LEFT - 15.0 * MM;
const BODY: f32 = 12.0;
const TITLE: f32 = 14.0;
const FOLIO: f32 = 10.0;
/// Line height as a multiple of the font size.
const LEADING: f32 = 1.35;
/// The first-line indent and the header's left indent of the DOCX (709 and 4820 twips).
const INDENT: f32 = 709.0 / 20.0;
const HEADER_INDENT: f32 = 4820.0 / 20.0;

/// The PDF bytes of `doc`, set in `font` (TrueType bytes, embedded as they are).
pub fn pdf(doc: &Filled, lang: Lang, font: &[u8]) -> Result<Vec<u8>, PdfError> {
    let font = Font::parse(font)?;
    // The space is set between words, not shaped: it is in the widths and the ToUnicode map from the start.
    let mut shaper = Shaper { font: &font, used: BTreeMap::from([(font.space, ' ')]) };
    let blocks: Vec<Laid> = doc.blocks.iter().map(|block| {
        let style = Style::of(block.kind);
        let text = if block.number > 0 { format!("{}. {}", block.number, block.text) } else { block.text.clone() };
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

// ---------------------------------------------------------------------------------------------------------
// Layout

#[derive(Clone, Copy, PartialEq)]
enum Align {
    Left,
    Center,
    Right,
    Justify,
}

struct Style {
    size: f32,
    bold: bool,
    /// The text box: its left edge on the page and its width.
    left: f32,
    width: f32,
    /// First-line indent of each paragraph.
    indent: f32,
    align: Align,
    before: f32,
    after: f32,
}

impl Style {
    /// How `docx.rs` sets each kind of block.
    fn of(kind: BlockKind) -> Style {
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
struct Line {
    x: f32,
    size: f32,
    bold: bool,
    words: Vec<Vec<u16>>,
    gap: f32,
}

/// A block's lines and the space around it.
struct Laid {
    lines: Vec<Line>,
    before: f32,
    after: f32,
    keep: bool,
}

/// Turns text into glyphs, remembering which character each glyph stands for (for the ToUnicode map).
struct Shaper<'f> {
    font: &'f Font<'f>,
    used: BTreeMap<u16, char>,
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

    fn width(&self, glyphs: &[u16], size: f32) -> f32 {
        glyphs.iter().map(|&g| f32::from(self.font.advance(g))).sum::<f32>() * size / self.font.units_per_em
    }

    /// Breaks `text` into lines at spaces, by the glyphs' real advance widths. A newline starts a new
    /// paragraph; a word longer than a line is cut where it reaches the margin.
    fn wrap(&mut self, text: &str, style: &Style) -> Vec<Line> {
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
fn paginate(blocks: &[Laid], ascent: f32, descent: f32) -> Vec<Vec<(f32, &Line)>> {
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

/// A page's content stream. Bold is the glyph outline stroked as well as filled (text render mode 2).
fn content<'l>(lines: impl Iterator<Item = (f32, &'l Line)>, space: u16) -> String {
    // The outline's stroke (bold only) thickens each stem by 0.6 pt, near the weight of a bold face at 14 pt.
    let mut s = String::from("0.6 w\nBT\n");
    let (mut size, mut bold) = (0.0, false);
    for (y, line) in lines.filter(|(_, l)| !l.words.is_empty()) {
        if (line.size - size).abs() > 0.01 {
            size = line.size;
            let _ = writeln!(s, "/F1 {} Tf", num(size));
        }
        if line.bold != bold {
            bold = line.bold;
            s.push_str(if bold { "2 Tr\n" } else { "0 Tr\n" });
        }
        let _ = writeln!(s, "1 0 0 1 {} {} Tm", num(line.x), num(y));
        let justified = line.gap > 0.0;
        s.push_str(if justified { "[<" } else { "<" });
        for (i, word) in line.words.iter().enumerate() {
            if i > 0 {
                let _ = write!(s, "{space:04X}");
                if justified {
                    // A TJ number moves the next glyph left by thousandths of the font size.
                    let _ = write!(s, ">{}<", num(-line.gap * 1000.0 / size));
                }
            }
            word.iter().for_each(|g| {
                let _ = write!(s, "{g:04X}");
            });
        }
        s.push_str(if justified { ">] TJ\n" } else { "> Tj\n" });
    }
    s.push_str("ET\n");
    s
}

/// A number for PDF syntax, at most two decimals, without float formatting (which would cost wasm).
fn num(v: f32) -> String {
    let hundredths = (v * 100.0).round() as i64;
    let (sign, abs) = (if hundredths < 0 { "-" } else { "" }, hundredths.unsigned_abs());
    match abs % 100 {
        0 => format!("{sign}{}", abs / 100),
        f if f % 10 == 0 => format!("{sign}{}.{}", abs / 100, f / 10),
        f => format!("{sign}{}.{f:02}", abs / 100),
    }
}

// ---------------------------------------------------------------------------------------------------------
// The file

/// Writes numbered objects and remembers where each starts, for the cross-reference table.
struct Objects {
    out: Vec<u8>,
    offsets: Vec<usize>,
}

impl Objects {
    fn add(&mut self, body: &str) {
        self.start();
        self.out.extend(body.as_bytes());
        self.out.extend(b"\nendobj\n");
    }

    fn stream(&mut self, dict: &str, data: &[u8]) {
        self.start();
        let _ = write!(Bytes(&mut self.out), "<< /Length {}{dict} >>\nstream\n", data.len());
        self.out.extend(data);
        self.out.extend(b"\nendstream\nendobj\n");
    }

    fn start(&mut self) {
        self.offsets.push(self.out.len());
        let _ = writeln!(Bytes(&mut self.out), "{} 0 obj", self.offsets.len());
    }
}

/// `write!` into bytes.
struct Bytes<'a>(&'a mut Vec<u8>);

impl std::fmt::Write for Bytes<'_> {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.extend(s.as_bytes());
        Ok(())
    }
}

/// Text as a PDF hex string, UTF-16 with a byte order mark (for the document information).
fn utf16_hex(text: &str) -> String {
    text.encode_utf16().fold(String::from("<FEFF"), |mut s, u| {
        let _ = write!(s, "{u:04X}");
        s
    }) + ">"
}

fn assemble(font: &Font, used: &BTreeMap<u16, char>, pages: &[String], title: &str, lang: Lang) -> Vec<u8> {
    let mut pdf = Objects { out: b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec(), offsets: Vec::new() };
    let lang = match lang {
        Lang::Kk => "kk-KZ",
        Lang::Ru => "ru-RU",
        Lang::En => "en-GB",
    };
    // 1 catalog, 2 page tree, 3–7 the font, 8 document information, then each page and its content.
    let page_id = |i: usize| 9 + 2 * i;
    pdf.add(&format!("<< /Type /Catalog /Pages 2 0 R /Lang ({lang}) /ViewerPreferences << /DisplayDocTitle true >> >>"));
    let kids: Vec<String> = (0..pages.len()).map(|i| format!("{} 0 R", page_id(i))).collect();
    pdf.add(&format!("<< /Type /Pages /Kids [{}] /Count {} >>", kids.join(" "), pages.len()));
    let name = format!("ZANGER+{}", font.name);
    pdf.add(&format!("<< /Type /Font /Subtype /Type0 /BaseFont /{name} /Encoding /Identity-H /DescendantFonts [4 0 R] /ToUnicode 7 0 R >>"));
    // Widths of the glyphs used, in thousandths of the font size, runs of consecutive ids together.
    let mut widths = String::new();
    let mut previous = None;
    for &g in used.keys() {
        let w = num(f32::from(font.advance(g)) * 1000.0 / font.units_per_em);
        if previous == Some(g.wrapping_sub(1)) {
            let _ = write!(widths, " {w}");
        } else {
            let _ = write!(widths, "{}{g} [{w}", if previous.is_some() { "] " } else { "" });
        }
        previous = Some(g);
    }
    if previous.is_some() {
        widths.push(']');
    }
    pdf.add(&format!(
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /{name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 5 0 R /CIDToGIDMap /Identity /DW 1000 /W [{widths}] >>"
    ));
    let em = |v: i16| num(f32::from(v) * 1000.0 / font.units_per_em);
    let [x0, y0, x1, y1] = font.bbox;
    pdf.add(&format!(
        "<< /Type /FontDescriptor /FontName /{name} /Flags 32 /FontBBox [{} {} {} {}] /ItalicAngle 0 /Ascent {} /Descent {} /CapHeight {} /StemV 80 /FontFile2 6 0 R >>",
        em(x0), em(y0), em(x1), em(y1), num(font.ascent * 1000.0), num(-font.descent * 1000.0), em(font.cap_height)
    ));
    pdf.stream(&format!(" /Length1 {}", font.data.len()), font.data);
    let mut cmap = String::from("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
    let used: Vec<(&u16, &char)> = used.iter().collect();
    for chunk in used.chunks(100) {
        let _ = writeln!(cmap, "{} beginbfchar", chunk.len());
        for (g, c) in chunk {
            let _ = write!(cmap, "<{g:04X}> <");
            c.encode_utf16(&mut [0; 2]).iter().for_each(|u| {
                let _ = write!(cmap, "{u:04X}");
            });
            cmap.push_str(">\n");
        }
        cmap.push_str("endbfchar\n");
    }
    cmap.push_str("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
    pdf.stream("", cmap.as_bytes());
    pdf.add(&format!("<< /Title {} /Producer (Zanger) >>", utf16_hex(title)));
    for (i, content) in pages.iter().enumerate() {
        pdf.add(&format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {} {}] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            num(PAGE_W), num(PAGE_H), page_id(i) + 1
        ));
        pdf.stream("", content.as_bytes());
    }
    let xref = pdf.out.len();
    let mut tail = format!("xref\n0 {}\n0000000000 65535 f \n", pdf.offsets.len() + 1);
    for offset in &pdf.offsets {
        let _ = writeln!(tail, "{offset:010} 00000 n ");
    }
    let _ = write!(tail, "trailer\n<< /Size {} /Root 1 0 R /Info 8 0 R >>\nstartxref\n{xref}\n%%EOF\n", pdf.offsets.len() + 1);
    pdf.out.extend(tail.as_bytes());
    pdf.out
}

// ---------------------------------------------------------------------------------------------------------
// A minimal TrueType reader: what the layout and the PDF font dictionaries need, every read bounds-checked.

struct Font<'a> {
    data: &'a [u8],
    units_per_em: f32,
    hmtx: &'a [u8],
    metrics: usize,
    glyphs: usize,
    /// The Unicode cmap subtable (format 4 or 12).
    cmap: &'a [u8],
    /// In ems.
    ascent: f32,
    descent: f32,
    cap_height: i16,
    bbox: [i16; 4],
    /// PostScript name, letters, digits and `-` only.
    name: String,
    space: u16,
    fallback: u16,
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
    fn parse(data: &'a [u8]) -> Result<Font<'a>, PdfError> {
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
    fn glyph(&self, c: char) -> Option<u16> {
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
    fn advance(&self, glyph: u16) -> u16 {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;
    use crate::core::date::Date;
    use crate::core::interview::computed::computed;
    use crate::core::interview::document::{fill, FilledBlock};
    use crate::core::interview::Interview;
    use proptest::prelude::*;

    const FONT: &[u8] = include_bytes!("../../../public/fonts/zanger-pdf-sans.ttf");
    const TODAY: Date = Date::new(2026, 11, 25);
    const KAZAKH: &str = "ӘәҒғҚқҢңӨөҰұҮүҺһІі";

    fn block(kind: BlockKind, number: usize, text: &str) -> FilledBlock {
        FilledBlock { kind, number, text: text.into() }
    }

    fn claim(text: &str) -> Filled {
        Filled {
            title: "ИСК".into(),
            blocks: vec![
                block(BlockKind::Header, 0, "В Специализированный межрайонный суд по делам несовершеннолетних г. Алматы"),
                block(BlockKind::Header, 0, &format!("Истец: {text}")),
                block(BlockKind::Title, 0, "ИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании алиментов"),
                block(BlockKind::Paragraph, 0, &format!("Текст: {text}")),
                block(BlockKind::Paragraph, 0, "ПРОШУ СУД:"),
                block(BlockKind::Demand, 1, "Взыскать алименты"),
                block(BlockKind::Attachment, 1, "Копия иска"),
                block(BlockKind::Signature, 0, "25.11.2026  ________ / Сейітова Айгерім"),
            ],
        }
    }

    // ------------------------------------------------------------------------------------------------
    // A small reader for the PDFs this module writes: objects through the cross-reference table, streams,
    // the ToUnicode map, and the text of each page through it.

    /// A line read back: font size, x, baseline, text.
    type Placed = (f32, f32, f32, String);

    struct Parsed {
        objects: BTreeMap<usize, Vec<u8>>,
    }

    fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
        hay.windows(needle.len()).position(|w| w == needle)
    }

    fn count(hay: &[u8], needle: &[u8]) -> usize {
        hay.windows(needle.len()).filter(|w| *w == needle).count()
    }

    fn number_after(text: &str, key: &str) -> usize {
        let at = text.find(key).unwrap_or_else(|| panic!("no `{key}` in {text}")) + key.len();
        text[at..].trim_start().split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap()
    }

    /// Checks the file structure and reads every object through the xref table.
    fn parse(pdf: &[u8]) -> Parsed {
        assert!(pdf.starts_with(b"%PDF-1.4\n"), "header");
        assert!(pdf.ends_with(b"%%EOF\n"), "trailer end");
        let tail = std::str::from_utf8(&pdf[pdf.len() - 40..]).unwrap_or("");
        let start = pdf.windows(9).rposition(|w| w == b"startxref").expect("startxref");
        let xref: usize = std::str::from_utf8(&pdf[start + 10..]).unwrap().lines().next().unwrap().parse().unwrap();
        assert!(pdf[xref..].starts_with(b"xref\n0 "), "startxref points at the xref table ({tail})");
        let table = std::str::from_utf8(&pdf[xref..]).unwrap();
        let size = number_after(table, "xref\n0 ");
        let entries_at = xref + table.find('\n').unwrap() + 1;
        let entries_at = entries_at + table[entries_at - xref..].find('\n').unwrap() + 1;
        let entry = |i: usize| std::str::from_utf8(&pdf[entries_at + 20 * i..entries_at + 20 * (i + 1)]).unwrap();
        assert_eq!(entry(0), "0000000000 65535 f \n");
        let mut objects = BTreeMap::new();
        for i in 1..size {
            let e = entry(i);
            assert!(e.ends_with(" 00000 n \n"), "entry {i}: {e:?}");
            let offset: usize = e[..10].parse().unwrap();
            let head = format!("{i} 0 obj\n");
            assert!(pdf[offset..].starts_with(head.as_bytes()), "xref entry {i} points at `{head}`");
            let body = &pdf[offset + head.len()..];
            let end = if body.starts_with(b"<< /Length ") {
                // A stream: read exactly /Length bytes and find `endstream` right after them.
                let dict_end = find(body, b">>\nstream\n").unwrap();
                let length = number_after(std::str::from_utf8(&body[..dict_end]).unwrap(), "/Length ");
                let data = dict_end + 10;
                assert!(body[data + length..].starts_with(b"\nendstream\nendobj\n"), "object {i}: /Length is exact");
                data + length + 10
            } else {
                find(body, b"\nendobj\n").unwrap()
            };
            objects.insert(i, body[..end].to_vec());
        }
        let trailer = std::str::from_utf8(&pdf[entries_at + 20 * size..]).unwrap();
        assert!(trailer.starts_with("trailer\n<< "), "{trailer}");
        assert_eq!(number_after(trailer, "/Size "), size);
        assert!(trailer.contains("/Root 1 0 R"));
        assert!(std::str::from_utf8(&objects[&1]).unwrap().contains("/Type /Catalog"));
        Parsed { objects }
    }

    impl Parsed {
        fn text(&self, id: usize) -> String {
            String::from_utf8_lossy(&self.objects[&id]).into_owned()
        }

        fn reference(&self, id: usize, key: &str) -> usize {
            number_after(&self.text(id), key)
        }

        fn stream(&self, id: usize) -> &[u8] {
            let body = &self.objects[&id];
            let start = find(body, b">>\nstream\n").unwrap() + 10;
            &body[start..start + self.reference(id, "/Length ")]
        }

        fn pages(&self) -> Vec<usize> {
            let tree = self.text(2);
            let kids = &tree[tree.find("/Kids [").unwrap() + 7..tree.find(']').unwrap()];
            let ids: Vec<usize> = kids.split(" 0 R").filter_map(|k| k.trim().parse().ok()).collect();
            assert_eq!(number_after(&tree, "/Count "), ids.len());
            ids
        }

        /// The ToUnicode map of the document's font, glyph id → text.
        fn to_unicode(&self) -> BTreeMap<u16, String> {
            let font = self.reference(self.pages()[0], "/F1 ");
            let cmap = String::from_utf8(self.stream(self.reference(font, "/ToUnicode ")).to_vec()).unwrap();
            let mut map = BTreeMap::new();
            for line in cmap.lines().filter(|l| l.starts_with('<')) {
                let hex: Vec<&str> = line.split(['<', '>', ' ']).filter(|s| !s.is_empty()).collect();
                if hex.len() == 2 && (hex[0], hex[1]) != ("0000", "FFFF") {
                    let units: Vec<u16> = hex[1].as_bytes().chunks(4).map(|c| u16::from_str_radix(std::str::from_utf8(c).unwrap(), 16).unwrap()).collect();
                    map.insert(u16::from_str_radix(hex[0], 16).unwrap(), String::from_utf16(&units).unwrap());
                }
            }
            map
        }

        /// Each page's lines as (font size, x, baseline, text). Checks that the content streams hold only the
        /// operators this module writes and only hex glyph strings: no text can have become syntax.
        fn lines(&self) -> Vec<Vec<Placed>> {
            let map = self.to_unicode();
            self.pages()
                .into_iter()
                .map(|page| {
                    let content = String::from_utf8(self.stream(self.reference(page, "/Contents ")).to_vec()).unwrap();
                    let (mut lines, mut operands, mut size): (Vec<Placed>, Vec<String>, f32) = (Vec::new(), Vec::new(), 0.0);
                    let mut tokens = content.split_whitespace().flat_map(|t| {
                        // `[<..>-1.5<..>]` splits into its parts.
                        let mut parts = Vec::new();
                        let mut rest = t;
                        while !rest.is_empty() {
                            let end = match rest.as_bytes()[0] {
                                b'[' | b']' => 1,
                                b'<' => rest.find('>').expect("hex string closes") + 1,
                                _ => rest.find(['<', '[', ']']).unwrap_or(rest.len()),
                            };
                            parts.push(rest[..end].to_string());
                            rest = &rest[end..];
                        }
                        parts
                    });
                    for token in tokens.by_ref() {
                        match token.as_str() {
                            "BT" | "ET" | "[" | "]" => {}
                            "Tf" => size = operands[1].parse().unwrap(),
                            "Tm" => lines.push((size, operands[4].parse().unwrap(), operands[5].parse().unwrap(), String::new())),
                            "TJ" | "Tj" | "Tr" | "w" => {}
                            t if t.starts_with('<') => {
                                let hex = &t[1..t.len() - 1];
                                assert!(hex.len() % 4 == 0 && hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)), "{t}");
                                let line = &mut lines.last_mut().expect("text after Tm").3;
                                for g in hex.as_bytes().chunks(4) {
                                    let g = u16::from_str_radix(std::str::from_utf8(g).unwrap(), 16).unwrap();
                                    line.push_str(map.get(&g).unwrap_or_else(|| panic!("glyph {g} is in the ToUnicode map")));
                                }
                                continue;
                            }
                            t if t == "/F1" || t.parse::<f32>().is_ok() => {
                                operands.push(t.to_string());
                                continue;
                            }
                            t => panic!("unexpected token `{t}` in a content stream"),
                        }
                        operands.clear();
                    }
                    lines
                })
                .collect()
        }

        /// The text of the document: every line but the page numbers, one per line.
        fn body_text(&self) -> String {
            self.lines().iter().flatten().filter(|l| l.0 != FOLIO).map(|l| format!("{}\n", l.3)).collect()
        }
    }

    fn normal(text: &str) -> String {
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn expected(doc: &Filled) -> Vec<String> {
        doc.blocks.iter().map(|b| normal(&if b.number > 0 { format!("{}. {}", b.number, b.text) } else { b.text.clone() })).collect()
    }

    /// The text `pdftotext` (poppler) reads in content order (`-raw`: its default layout analysis takes the
    /// wide gaps of some justified lines for columns and reorders words), page numbers left out; `None`
    /// when it is not installed.
    fn pdftotext(pdf: &[u8], name: &str) -> Option<String> {
        let path = std::env::temp_dir().join(format!("zanger-pdf-test-{}-{name}.pdf", std::process::id()));
        std::fs::write(&path, pdf).unwrap();
        let out = std::process::Command::new("pdftotext").args(["-raw", "-enc", "UTF-8"]).arg(&path).arg("-").output();
        let _ = std::fs::remove_file(&path);
        let out = out.ok()?;
        assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        // From the second page on, the page number comes first.
        Some(
            text.split('\u{c}')
                .enumerate()
                .map(|(i, page)| {
                    let page = page.trim_start();
                    match page.split_once('\n') {
                        Some((first, rest)) if i > 0 && first.trim() == (i + 1).to_string() => rest.to_string(),
                        _ => page.to_string(),
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
        )
    }

    /// Checks that every block's text reads back from the PDF, by our reader and by pdftotext if present.
    fn assert_reads_back(pdf: &[u8], doc: &Filled, name: &str) {
        let own = normal(&parse(pdf).body_text());
        let poppler = pdftotext(pdf, name).map(|t| normal(&t));
        for text in expected(doc) {
            assert!(own.contains(&text), "{name}: `{text}` not in the text read back:\n{own}");
            if let Some(poppler) = &poppler {
                assert!(poppler.contains(&text), "{name}: `{text}` not in pdftotext's text:\n{poppler}");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------

    #[test]
    fn a_pdf_has_a_valid_structure_and_embeds_the_font() {
        let bytes = pdf(&claim("Сейітова Айгерім"), Lang::Kk, FONT).unwrap();
        let parsed = parse(&bytes);
        let page = parsed.pages()[0];
        assert!(parsed.text(page).contains("/MediaBox [0 0 595.28 841.89]"), "A4");
        assert!(parsed.text(1).contains("/Lang (kk-KZ)"));
        let type0 = parsed.reference(page, "/F1 ");
        let text = parsed.text(type0);
        assert!(text.contains("/Subtype /Type0") && text.contains("/Encoding /Identity-H") && text.contains("/ToUnicode "), "{text}");
        let cid = parsed.reference(type0, "/DescendantFonts [");
        let text = parsed.text(cid);
        assert!(text.contains("/Subtype /CIDFontType2") && text.contains("/CIDToGIDMap /Identity") && text.contains("/W ["), "{text}");
        assert!(text.contains("/BaseFont /ZANGER+DejaVuSans"), "{text}");
        let descriptor = parsed.reference(cid, "/FontDescriptor ");
        let file = parsed.reference(descriptor, "/FontFile2 ");
        assert!(parsed.stream(file) == FONT, "the font is embedded as it was given");
        assert_eq!(parsed.reference(file, "/Length1 "), FONT.len());
        assert_eq!(parsed.pages().len(), 1);
    }

    #[test]
    fn every_questionnaire_document_reads_back_in_kazakh_and_russian() {
        let mut checked = 0;
        for lang in [Lang::Kk, Lang::Ru] {
            for q in content::questionnaires(lang) {
                let answers = crate::core::interview::computed::tests::default_answers(q);
                let visible = Interview::new(q, answers).visible_answers();
                let doc = fill(q, &visible, &computed(q, &visible, lang, TODAY), lang, TODAY);
                let bytes = pdf(&doc, lang, FONT).unwrap();
                if let Some(dir) = std::env::var_os("ZANGER_PDF_DIR") {
                    std::fs::write(std::path::Path::new(&dir).join(format!("{}-{}.pdf", q.id, lang.code())), &bytes).unwrap();
                }
                assert_reads_back(&bytes, &doc, &format!("{}-{}", q.id, lang.code()));
                assert!(!parse(&bytes).body_text().contains('?') || doc.blocks.iter().any(|b| b.text.contains('?')), "{}: a character fell back to `?`", q.id);
                checked += 1;
            }
        }
        assert!(checked >= 2, "no questionnaires");
    }

    #[test]
    fn the_alimony_claim_reads_back_and_looks_like_a_claim() {
        let (kk, ru) = (alimony(Lang::Kk), alimony(Lang::Ru));
        for (doc, lang, demand) in [(&kk, Lang::Kk, "СОТТАН СҰРАЙМЫН"), (&ru, Lang::Ru, "ПРОШУ СУД")] {
            let bytes = pdf(doc, lang, FONT).unwrap();
            // To look at: `ZANGER_PDF_DIR=/tmp cargo test --lib pdf::tests::the_alimony`, then `pdftoppm -png`.
            if let Some(dir) = std::env::var_os("ZANGER_PDF_DIR") {
                std::fs::write(std::path::Path::new(&dir).join(format!("alimony-{}.pdf", lang.code())), &bytes).unwrap();
            }
            assert_reads_back(&bytes, doc, &format!("alimony-{}", lang.code()));
            let lines = parse(&bytes).lines();
            let all: Vec<_> = lines.iter().flatten().collect();
            let title = all.iter().find(|l| l.0 == TITLE).expect("a title");
            assert!(title.1 > LEFT + 10.0, "the title is centred");
            let header = all.iter().take_while(|l| l.0 != TITLE);
            assert!(header.clone().all(|l| (l.1 - (LEFT + HEADER_INDENT)).abs() < 0.01), "the header is indented like the DOCX");
            assert!(header.clone().any(|l| l.3.contains("Сейітова Айгерім")));
            assert!(all.iter().any(|l| l.3.contains(demand)));
            assert!(all.iter().any(|l| l.3.starts_with("1. ") && (l.1 - (LEFT + INDENT)).abs() < 0.01), "numbered, indented demands");
            let signature = all.iter().rev().find(|l| l.3.contains("________")).unwrap();
            let font = Font::parse(FONT).unwrap();
            let width: f32 = signature.3.chars().map(|c| f32::from(font.advance(font.glyph(c).unwrap()))).sum::<f32>() * BODY / font.units_per_em;
            assert!((signature.1 + width - (LEFT + WIDTH)).abs() < 0.05, "the signature ends at the right margin");
        }
    }

    #[test]
    fn justified_lines_fill_the_measure_and_no_line_crosses_a_margin() {
        let long = "Согласно ст. 139 КоБС алименты на несовершеннолетних детей взыскиваются судом с родителей ежемесячно в размере: на одного ребёнка — 1/4, на двух детей — 1/3, на трёх и более детей — 1/2 заработка и (или) иного дохода родителей.";
        let doc = Filled { title: String::new(), blocks: vec![block(BlockKind::Paragraph, 0, long), block(BlockKind::Header, 0, long), block(BlockKind::Signature, 0, "x")] };
        let font = Font::parse(FONT).unwrap();
        let mut shaper = Shaper { font: &font, used: BTreeMap::new() };
        for kind in [BlockKind::Paragraph, BlockKind::Header, BlockKind::Title, BlockKind::Signature] {
            let style = Style::of(kind);
            let lines = shaper.wrap(long, &style);
            assert!(lines.len() >= 2, "{kind:?}");
            let space = shaper.width(&[font.space], style.size);
            for (i, line) in lines.iter().enumerate() {
                let natural: f32 = line.words.iter().map(|w| shaper.width(w, style.size)).sum::<f32>() + (space + line.gap) * (line.words.len() - 1) as f32;
                let right = line.x + natural;
                assert!(line.x >= style.left - 0.01 && right <= style.left + style.width + 0.01, "{kind:?} line {i} crosses the margin");
                if kind == BlockKind::Paragraph && i + 1 < lines.len() {
                    assert!((right - (LEFT + WIDTH)).abs() < 0.01, "justified line {i} ends at the right margin");
                }
                if kind == BlockKind::Signature {
                    assert!((right - (LEFT + WIDTH)).abs() < 0.01, "right-aligned");
                }
            }
        }
        assert_reads_back(&pdf(&doc, Lang::Ru, FONT).unwrap(), &doc, "justified");
    }

    #[test]
    fn a_long_document_breaks_across_pages_with_each_line_once() {
        let paragraph = |i: usize| format!("Абзац №{i}: ответчик уклоняется от уплаты алиментов, что подтверждается документами, приложенными к настоящему иску; қазақша да: жауапкер алимент төлеуден жалтарады. Конец {i}.");
        let mut blocks = vec![block(BlockKind::Title, 0, "ИСКОВОЕ ЗАЯВЛЕНИЕ")];
        blocks.extend((1..=200).map(|i| block(BlockKind::Paragraph, 0, &paragraph(i))));
        blocks.push(block(BlockKind::Signature, 0, "________"));
        let doc = Filled { title: "ИСК".into(), blocks };
        let bytes = pdf(&doc, Lang::Ru, FONT).unwrap();
        let parsed = parse(&bytes);
        let pages = parsed.lines();
        assert!(pages.len() >= 10, "{} pages", pages.len());
        let text = normal(&parsed.body_text());
        for i in 1..=200 {
            assert_eq!(text.matches(&normal(&paragraph(i))).count(), 1, "paragraph {i}");
            assert_eq!(text.matches(&format!("№{i}:")).count(), 1, "paragraph {i} starts once");
        }
        for (n, page) in pages.iter().enumerate() {
            for (size, _, baseline, line) in page {
                if *size == FOLIO {
                    assert_eq!(line, &(n + 1).to_string(), "page number");
                    assert!(n > 0 && *baseline > TOP);
                } else {
                    assert!(*baseline - font_descent() * size >= BOTTOM - 0.01 && *baseline + size <= TOP + 0.01, "page {n}: `{line}` at {baseline}");
                }
            }
            let folios = page.iter().filter(|l| l.0 == FOLIO).count();
            assert_eq!(folios, usize::from(n > 0), "page {n}");
            assert!(page.len() > 30 || n + 1 == pages.len(), "page {n} is full");
        }
        if let Some(poppler) = pdftotext(&bytes, "long") {
            assert_eq!(poppler.matches("Абзац №").count(), 200);
        }
    }

    fn font_descent() -> f32 {
        Font::parse(FONT).unwrap().descent
    }

    #[test]
    fn kazakh_letters_and_the_tenge_survive() {
        let font = Font::parse(FONT).unwrap();
        for c in KAZAKH.chars().chain("АаЯяЁё«»—–…№₸“”‘’•·\u{a0}×≈§".chars()) {
            assert!(font.glyph(c).is_some(), "the font has `{c}` (U+{:04X})", c as u32);
        }
        let text = format!("{KAZAKH} {} — 100\u{a0}000\u{a0}₸, № 5 «Әділет»", KAZAKH.to_lowercase());
        let doc = claim(&text);
        let bytes = pdf(&doc, Lang::Kk, FONT).unwrap();
        assert_reads_back(&bytes, &doc, "kazakh");
        assert!(parse(&bytes).body_text().contains(KAZAKH));
    }

    #[test]
    fn a_character_the_font_lacks_prints_as_a_question_mark() {
        let doc = claim("Ли 李 😀 end");
        let bytes = pdf(&doc, Lang::Ru, FONT).unwrap();
        assert!(parse(&bytes).body_text().contains("Истец: Ли ? ? end"));
        let decomposed = claim("и\u{306} е\u{308}");
        assert!(parse(&pdf(&decomposed, Lang::Ru, FONT).unwrap()).body_text().contains("Истец: й ё"), "composed (NFC) first");
    }

    #[test]
    fn typed_text_never_becomes_pdf_syntax() {
        let payload = ") Tj ET ( <script>alert(1)</script> \\ \\\\ % %%EOF >> << endstream endobj stream /JavaScript (x) <FEFF> [ ] trailer";
        let doc = claim(payload);
        let bytes = pdf(&doc, Lang::Ru, FONT).unwrap();
        assert_reads_back(&bytes, &doc, "payload");
        // Outside the embedded font (binary), none of the payload's text appears in the file as written.
        let font_at = find(&bytes, FONT).unwrap();
        for part in [&bytes[..font_at], &bytes[font_at + FONT.len()..]] {
            for needle in ["<script>", ") Tj ET (", "\\", "/JavaScript", "(x)", "%%EOF >>"] {
                assert!(find(part, needle.as_bytes()).is_none(), "`{needle}` is in the file");
            }
        }
        let parsed = parse(&bytes);
        assert_eq!(count(&bytes, b"endstream"), parsed.objects.values().filter(|o| o.ends_with(b"\nendstream")).count());
        assert_eq!(count(&bytes, b"%%EOF"), 1);
        assert!(normal(&parsed.body_text()).contains(&normal(payload)), "the text reads back exactly");
        // Control characters are dropped, line breaks start a new paragraph.
        let doc = claim("a\u{0}b\u{7}c\r\nd\te");
        let text = parse(&pdf(&doc, Lang::Ru, FONT).unwrap()).body_text();
        assert!(text.contains("Истец: abc\nd e\n"), "{text}");
    }

    #[test]
    fn a_dash_never_starts_a_line_and_the_number_sign_never_ends_one() {
        let blocks = (0..40).map(|i| block(BlockKind::Paragraph, 0, &format!("{}алименты — 1/3, иск № 5 – и далее — № 7 — текст", "а".repeat(i)).repeat(3))).collect();
        let bytes = pdf(&Filled { title: String::new(), blocks }, Lang::Ru, FONT).unwrap();
        let lines = parse(&bytes).lines();
        for (_, _, _, line) in lines.iter().flatten() {
            assert!(!line.starts_with(['—', '–']) && !line.ends_with('№'), "`{line}`");
        }
    }

    #[test]
    fn numbers_are_written_with_at_most_two_decimals() {
        let written: Vec<String> = [12.0, 595.28, 1.5, -12.345, -0.004, 0.1].into_iter().map(num).collect();
        assert_eq!(written, ["12", "595.28", "1.5", "-12.35", "0", "0.1"]);
    }

    #[test]
    fn a_very_long_word_is_cut_at_the_margin() {
        let word = "Ә".repeat(300);
        let doc = claim(&word);
        let bytes = pdf(&doc, Lang::Kk, FONT).unwrap();
        let text = parse(&bytes).body_text();
        assert_eq!(text.matches('Ә').count(), 600, "header and paragraph, nothing lost");
        // Pasted data with no spaces (say, a long base64 string) is cut in one pass, not quadratically.
        let word = "Zm9v".repeat(50_000);
        let text = parse(&pdf(&claim(&word), Lang::Kk, FONT).unwrap()).body_text();
        assert_eq!(text.split_whitespace().collect::<String>().matches(&word).count(), 2);
    }

    #[test]
    fn an_empty_document_is_one_blank_page() {
        let bytes = pdf(&Filled { title: String::new(), blocks: vec![] }, Lang::En, FONT).unwrap();
        assert_eq!(parse(&bytes).pages().len(), 1);
        let bytes = pdf(&Filled { title: String::new(), blocks: vec![block(BlockKind::Paragraph, 0, "")] }, Lang::En, FONT).unwrap();
        assert_eq!(parse(&bytes).body_text(), "");
    }

    #[test]
    fn a_malformed_font_is_an_error() {
        let doc = claim("x");
        for bad in [&b""[..], b"\0\x01\0\0", b"OTTO\0\0\0\0", b"ttcf", &[0u8; 64], &FONT[..12]] {
            assert!(matches!(pdf(&doc, Lang::Ru, bad), Err(PdfError::Font(_))), "{bad:?}");
        }
        // Cut anywhere before the end of its last table, the font is refused.
        let tables = usize::from(u16::from_be_bytes([FONT[4], FONT[5]]));
        let end = (0..tables).map(|i| {
            let r = 12 + 16 * i;
            let at = |o: usize| u32::from_be_bytes([FONT[r + o], FONT[r + o + 1], FONT[r + o + 2], FONT[r + o + 3]]) as usize;
            at(8) + at(12)
        }).max().unwrap();
        for cut in (0..end).step_by(37).chain([end - 1]) {
            assert!(pdf(&doc, Lang::Ru, &FONT[..cut]).is_err(), "cut at {cut}");
        }
        assert!(pdf(&doc, Lang::Ru, &FONT[..end]).is_ok());
        // A table pointing outside the file, and a zero unitsPerEm.
        let mut font = FONT.to_vec();
        font[12 + 8..12 + 12].copy_from_slice(&u32::MAX.to_be_bytes());
        assert!(pdf(&doc, Lang::Ru, &font).is_err());
        let head = (0..tables).map(|i| 12 + 16 * i).find(|&r| &FONT[r..r + 4] == b"head").unwrap();
        let head = u32::from_be_bytes([FONT[head + 8], FONT[head + 9], FONT[head + 10], FONT[head + 11]]) as usize;
        let mut font = FONT.to_vec();
        font[head + 18..head + 20].copy_from_slice(&[0, 0]);
        assert_eq!(pdf(&doc, Lang::Ru, &font), Err(PdfError::Font("bad unitsPerEm")));
    }

    proptest! {
        #[test]
        fn any_damage_to_the_font_is_an_error_or_a_pdf_never_a_panic(edits in proptest::collection::vec((0..FONT.len(), any::<u8>()), 1..24)) {
            let mut font = FONT.to_vec();
            for (at, byte) in edits {
                font[at] = byte;
            }
            if let Ok(bytes) = pdf(&claim("Сәлем, әлем! ₸ №"), Lang::Kk, &font) {
                prop_assert!(bytes.starts_with(b"%PDF-") && bytes.ends_with(b"%%EOF\n"));
            }
        }

        #[test]
        fn damage_to_the_font_directory_never_panics(edits in proptest::collection::vec((0..400usize, any::<u8>()), 1..8)) {
            let mut font = FONT.to_vec();
            for (at, byte) in edits {
                font[at] = byte;
            }
            let _ = pdf(&claim("Сәлем"), Lang::Kk, &font);
        }

        #[test]
        fn random_bytes_are_never_a_font(bytes in proptest::collection::vec(any::<u8>(), 0..2000)) {
            let mut with_header = b"\0\x01\0\0".to_vec();
            with_header.extend(&bytes);
            prop_assert!(pdf(&claim("x"), Lang::Ru, &bytes).is_err());
            let _ = pdf(&claim("x"), Lang::Ru, &with_header);
        }

        #[test]
        fn any_text_makes_a_pdf_that_reads_back(text in "[a-zA-Zа-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ0-9 .,;:'\"=<>!(){}\\[\\]@#%&*+/\\\\-]{0,300}") {
            let doc = claim(&text);
            let bytes = pdf(&doc, Lang::Kk, FONT).unwrap();
            let read = normal(&parse(&bytes).body_text());
            // A word longer than a line is cut, so compare without the whitespace.
            let bare = |t: &str| t.split_whitespace().collect::<String>();
            let wanted = bare(&format!("Текст: {text}"));
            prop_assert!(bare(&read).contains(&wanted), "{} not in {}", wanted, read);
        }
    }

    #[test]
    fn sizes_and_time() {
        let doc = alimony(Lang::Ru);
        let start = std::time::Instant::now();
        let bytes = pdf(&doc, Lang::Ru, FONT).unwrap();
        let once = start.elapsed();
        let start = std::time::Instant::now();
        for _ in 0..20 {
            let _ = pdf(&doc, Lang::Ru, FONT).unwrap();
        }
        println!(
            "font {} bytes; alimony claim (ru): {} blocks, {} pages, {} bytes ({} without the font); first PDF {:?}, then {:?} each",
            FONT.len(), doc.blocks.len(), parse(&bytes).pages().len(), bytes.len(), bytes.len() - FONT.len(), once, start.elapsed() / 20
        );
    }


    /// The alimony claim filled with realistic answers (the same as the calculator tests use).
    fn alimony(lang: Lang) -> Filled {
        let q = content::questionnaire("alimony.claim", lang).expect("alimony.claim is compiled");
        let answers = crate::core::interview::computed::tests::alimony_answers();
        let visible = Interview::new(q, answers).visible_answers();
        fill(q, &visible, &computed(q, &visible, lang, TODAY), lang, TODAY)
    }
}
