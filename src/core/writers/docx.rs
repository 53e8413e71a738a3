//! The filled document as a Word file (.docx), written by hand: a DOCX is a zip of a few XML files,
//! and a stored (uncompressed) zip with a CRC-32 is all it needs. No library, a few KB of wasm.
//!
//! Every text goes through [`xml_text`], so nothing typed by a person can become markup.

use super::text::{lang_tag, numbered};
use crate::core::interview::document::{Filled, FilledBlock};
use crate::core::interview::model::BlockKind;
use crate::core::lang::Lang;

/// The .docx bytes of `doc`.
pub fn docx(doc: &Filled, lang: Lang) -> Vec<u8> {
    let mut zip = Zip::default();
    zip.add("[Content_Types].xml", CONTENT_TYPES.as_bytes());
    zip.add("_rels/.rels", RELS.as_bytes());
    zip.add("word/document.xml", document_xml(doc, lang).as_bytes());
    zip.finish()
}

const CONTENT_TYPES: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#;

const RELS: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>"#;

/// Text safe inside an XML element.
pub fn xml_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            // Control characters are not allowed in XML 1.0 (except tab and newlines).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

fn document_xml(doc: &Filled, lang: Lang) -> String {
    let lang_tag = lang_tag(lang);
    let mut body = String::new();
    for block in &doc.blocks {
        body.push_str(&paragraph(block, lang_tag));
    }
    // A4, margins 2 cm top and bottom, 3 cm left, 1.5 cm right (in twentieths of a point).
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr></w:body></w:document>"#
    )
}

fn paragraph(block: &FilledBlock, lang_tag: &str) -> String {
    let (properties, bold) = match block.kind {
        BlockKind::Header => (r#"<w:ind w:left="4820"/><w:spacing w:after="0"/>"#, false),
        BlockKind::Title => (r#"<w:jc w:val="center"/><w:spacing w:before="360" w:after="240"/>"#, true),
        BlockKind::Paragraph | BlockKind::Demand | BlockKind::Attachment => (r#"<w:ind w:firstLine="709"/><w:jc w:val="both"/>"#, false),
        BlockKind::Signature => (r#"<w:jc w:val="right"/><w:spacing w:before="480"/>"#, false),
    };
    let text = numbered(block);
    let bold = if bold { "<w:b/>" } else { "" };
    format!(
        r#"<w:p><w:pPr>{properties}</w:pPr><w:r><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>{bold}<w:sz w:val="28"/><w:lang w:val="{lang_tag}"/></w:rPr><w:t xml:space="preserve">{}</w:t></w:r></w:p>"#,
        xml_text(&text)
    )
}

/// A zip archive with stored (uncompressed) entries.
#[derive(Default)]
struct Zip {
    data: Vec<u8>,
    central: Vec<u8>,
    entries: u16,
}

impl Zip {
    fn add(&mut self, name: &str, content: &[u8]) {
        let crc = crc32(content);
        let offset = self.data.len() as u32;
        let size = content.len() as u32;
        // Local file header: version 2.0, UTF-8 names (bit 11), stored, a fixed DOS date (1.1.2026).
        let head = |signature: u32, central: bool| -> Vec<u8> {
            let mut h = Vec::new();
            h.extend(signature.to_le_bytes());
            if central {
                h.extend(20u16.to_le_bytes());
            }
            h.extend(20u16.to_le_bytes());
            h.extend(0x0800u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(0u16.to_le_bytes());
            h.extend(((2026 - 1980) << 9 | 1 << 5 | 1u16).to_le_bytes());
            h.extend(crc.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend(size.to_le_bytes());
            h.extend((name.len() as u16).to_le_bytes());
            h.extend(0u16.to_le_bytes());
            if central {
                h.extend([0u8; 8]); // comment length, disk, internal attributes, first half of external
                h.extend(0u16.to_le_bytes());
                h.extend(offset.to_le_bytes());
            }
            h.extend(name.as_bytes());
            h
        };
        self.data.extend(head(0x0403_4b50, false));
        self.data.extend(content);
        self.central.extend(head(0x0201_4b50, true));
        self.entries += 1;
    }

    fn finish(mut self) -> Vec<u8> {
        let central_offset = self.data.len() as u32;
        let central_size = self.central.len() as u32;
        self.data.append(&mut self.central);
        self.data.extend(0x0605_4b50u32.to_le_bytes());
        self.data.extend([0u8; 4]);
        self.data.extend(self.entries.to_le_bytes());
        self.data.extend(self.entries.to_le_bytes());
        self.data.extend(central_size.to_le_bytes());
        self.data.extend(central_offset.to_le_bytes());
        self.data.extend(0u16.to_le_bytes());
        self.data
    }
}

fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = 0xffff_ffffu32;
    for &b in bytes {
        crc ^= u32::from(b);
        for _ in 0..8 {
            crc = if crc & 1 != 0 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
        }
    }
    !crc
}

/// Reads one stored entry back out of a zip written by this module (for tests and checks).
pub fn read_entry(zip: &[u8], wanted: &str) -> Option<Vec<u8>> {
    let mut at = 0;
    while at + 30 <= zip.len() && zip[at..at + 4] == 0x0403_4b50u32.to_le_bytes() {
        let u16_at = |i: usize| u16::from_le_bytes([zip[i], zip[i + 1]]) as usize;
        let u32_at = |i: usize| u32::from_le_bytes([zip[i], zip[i + 1], zip[i + 2], zip[i + 3]]);
        let size = u32_at(at + 18) as usize;
        let name_len = u16_at(at + 26);
        let extra = u16_at(at + 28);
        let name = std::str::from_utf8(zip.get(at + 30..at + 30 + name_len)?).ok()?;
        let start = at + 30 + name_len + extra;
        let content = zip.get(start..start + size)?;
        if name == wanted {
            return (crc32(content) == u32_at(at + 14)).then(|| content.to_vec());
        }
        at = start + size;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn filled(text: &str) -> Filled {
        Filled {
            title: "ИСК".into(),
            blocks: vec![
                FilledBlock { kind: BlockKind::Header, number: 0, text: format!("Истец: {text}") },
                FilledBlock { kind: BlockKind::Title, number: 0, text: "ИСКОВОЕ ЗАЯВЛЕНИЕ".into() },
                FilledBlock { kind: BlockKind::Demand, number: 1, text: "Взыскать алименты".into() },
            ],
        }
    }

    #[test]
    fn crc32_matches_the_standard_check_value() {
        assert_eq!(crc32(b"123456789"), 0xcbf4_3926);
    }

    #[test]
    fn a_docx_holds_the_document_with_every_part_readable() {
        let bytes = docx(&filled("Сейітова Айгерім"), Lang::Kk);
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        for part in ["[Content_Types].xml", "_rels/.rels", "word/document.xml"] {
            assert!(read_entry(&bytes, part).is_some(), "{part}");
        }
        let xml = String::from_utf8(read_entry(&bytes, "word/document.xml").unwrap()).unwrap();
        assert!(xml.contains("Истец: Сейітова Айгерім"));
        assert!(xml.contains("1. Взыскать алименты"));
        assert!(xml.contains(r#"<w:lang w:val="kk-KZ"/>"#));
        assert!(xml.contains(r#"<w:pgSz w:w="11906" w:h="16838"/>"#), "A4");
    }

    #[test]
    fn typed_markup_stays_text_in_the_xml() {
        let payload = r#"<script>alert("x")</script> & <w:p/>"#;
        let bytes = docx(&filled(payload), Lang::Ru);
        let xml = String::from_utf8(read_entry(&bytes, "word/document.xml").unwrap()).unwrap();
        assert!(xml.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;w:p/&gt;"));
        assert!(!xml.contains("<script>") && !xml.contains("<w:p/>"));
        assert_eq!(xml_text("a\u{1}b"), "ab", "control characters are dropped");
    }

    #[test]
    fn a_damaged_archive_reads_as_nothing() {
        let mut bytes = docx(&filled("x"), Lang::Ru);
        let at = bytes.len() / 2;
        bytes[at] ^= 0xff;
        assert!(read_entry(&bytes, "word/document.xml").is_none() || read_entry(&bytes, "[Content_Types].xml").is_none() || read_entry(&bytes, "_rels/.rels").is_none());
    }
}
