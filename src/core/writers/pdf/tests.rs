//! The PDF writer's tests: structure, layout, pagination, Kazakh letters, typed text that must stay text,
//! damaged fonts; every PDF is read back (`read_back.rs`) and compared with the document's text.

use std::collections::BTreeMap;

use proptest::prelude::*;

use super::font::Font;
use super::layout::*;
use super::objects::num;
use super::read_back::*;
use super::{pdf, PdfError};
use crate::core::content;
use crate::core::date::Date;
use crate::core::interview::document::{Filled, FilledBlock};
use crate::core::interview::model::BlockKind;
use crate::core::lang::Lang;

const FONT: &[u8] = include_bytes!("../../../../public/fonts/zanger-pdf-sans.ttf");
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
            let doc = crate::core::interview::Session::with_answers(q, &answers, TODAY).document(lang).unwrap_or_else(|u| panic!("{} ({}): {u}", q.id, lang.code())).filled;
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
        // The title (in capitals) may fill its first lines; its last line is short and centred.
        let title = all.iter().filter(|l| l.0 == TITLE).last().expect("a title");
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
    crate::core::interview::Session::with_answers(q, &answers, TODAY).document(lang).expect("every place filled").filled
}
