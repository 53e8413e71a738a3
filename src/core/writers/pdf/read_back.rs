//! A small reader for the PDFs this module writes (tests only): objects through the cross-reference
//! table, streams, the ToUnicode map, and the text of each page through it; and `pdftotext` (poppler),
//! when installed, as a second reader.

use std::collections::BTreeMap;

use super::layout::FOLIO;
use crate::core::interview::document::Filled;

/// A line read back: font size, x, baseline, text.
pub(super) type Placed = (f32, f32, f32, String);

pub(super) struct Parsed {
    pub(super) objects: BTreeMap<usize, Vec<u8>>,
}

pub(super) fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

pub(super) fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

fn number_after(text: &str, key: &str) -> usize {
    let at = text.find(key).unwrap_or_else(|| panic!("no `{key}` in {text}")) + key.len();
    text[at..].trim_start().split(|c: char| !c.is_ascii_digit()).next().unwrap().parse().unwrap()
}

/// Checks the file structure and reads every object through the xref table.
pub(super) fn parse(pdf: &[u8]) -> Parsed {
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
    pub(super) fn text(&self, id: usize) -> String {
        String::from_utf8_lossy(&self.objects[&id]).into_owned()
    }

    pub(super) fn reference(&self, id: usize, key: &str) -> usize {
        number_after(&self.text(id), key)
    }

    pub(super) fn stream(&self, id: usize) -> &[u8] {
        let body = &self.objects[&id];
        let start = find(body, b">>\nstream\n").unwrap() + 10;
        &body[start..start + self.reference(id, "/Length ")]
    }

    pub(super) fn pages(&self) -> Vec<usize> {
        let tree = self.text(2);
        let kids = &tree[tree.find("/Kids [").unwrap() + 7..tree.find(']').unwrap()];
        let ids: Vec<usize> = kids.split(" 0 R").filter_map(|k| k.trim().parse().ok()).collect();
        assert_eq!(number_after(&tree, "/Count "), ids.len());
        ids
    }

    /// The ToUnicode map of the document's font, glyph id → text.
    pub(super) fn to_unicode(&self) -> BTreeMap<u16, String> {
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
    pub(super) fn lines(&self) -> Vec<Vec<Placed>> {
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
    pub(super) fn body_text(&self) -> String {
        self.lines().iter().flatten().filter(|l| l.0 != FOLIO).map(|l| format!("{}\n", l.3)).collect()
    }
}

pub(super) fn normal(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn expected(doc: &Filled) -> Vec<String> {
    doc.blocks.iter().map(|b| normal(&crate::core::writers::text::numbered(b))).collect()
}

/// The text `pdftotext` (poppler) reads in content order (`-raw`: its default layout analysis takes the
/// wide gaps of some justified lines for columns and reorders words), page numbers left out; `None`
/// when it is not installed.
pub(super) fn pdftotext(pdf: &[u8], name: &str) -> Option<String> {
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
pub(super) fn assert_reads_back(pdf: &[u8], doc: &Filled, name: &str) {
    let own = normal(&parse(pdf).body_text());
    let poppler = pdftotext(pdf, name).map(|t| normal(&t));
    for text in expected(doc) {
        assert!(own.contains(&text), "{name}: `{text}` not in the text read back:\n{own}");
        if let Some(poppler) = &poppler {
            assert!(poppler.contains(&text), "{name}: `{text}` not in pdftotext's text:\n{poppler}");
        }
    }
}
