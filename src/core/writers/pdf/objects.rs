//! The PDF file itself: each page's content stream (glyph ids in hex, never PDF strings), numbers in PDF
//! syntax, and the objects (catalog, pages, the Type0 font with its widths, descriptor, embedded file and
//! ToUnicode map, document information) with their cross-reference table.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::font::Font;
use super::layout::{Line, PAGE_H, PAGE_W};
use crate::core::lang::Lang;
use crate::core::writers::text::lang_tag;

/// A page's content stream. Bold is the glyph outline stroked as well as filled (text render mode 2).
pub(super) fn content<'l>(lines: impl Iterator<Item = (f32, &'l Line)>, space: u16) -> String {
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
pub(super) fn num(v: f32) -> String {
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

pub(super) fn assemble(font: &Font, used: &BTreeMap<u16, char>, pages: &[String], title: &str, lang: Lang) -> Vec<u8> {
    let mut pdf = Objects { out: b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n".to_vec(), offsets: Vec::new() };
    let lang = lang_tag(lang);
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
