//! The writers' bytes pinned: a fixed set of documents built here (every kind of block, Kazakh letters,
//! ₸, a paragraph that wraps, a document that breaks across pages, typed markup, a character the font
//! lacks) is written as DOCX and PDF and each file's FNV-1a hash compared with the value recorded when the
//! writers lived in `interview/`. A refactoring of the writers leaves these unchanged; a deliberate change
//! to the output updates them (and says why in its commit). The real questionnaires change with the
//! content, so they are only run through both writers, not hashed.

use super::{docx::docx, pdf::pdf};
use crate::core::content;
use crate::core::date::Date;
use crate::core::interview::document::{Filled, FilledBlock};
use crate::core::interview::model::BlockKind;
use crate::core::lang::Lang;

const FONT: &[u8] = include_bytes!("../../../public/fonts/zanger-pdf-sans.ttf");
const TODAY: Date = Date::new(2026, 11, 25);

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

fn block(kind: BlockKind, number: usize, text: &str) -> FilledBlock {
    FilledBlock { kind, number, text: text.into() }
}

/// A Kazakh claim with a block of each kind, the tenge sign and a paragraph that wraps.
fn claim_kk() -> Filled {
    Filled {
        title: "ТАЛАП ҚОЮ АРЫЗЫ".into(),
        blocks: vec![
            block(BlockKind::Header, 0, "Алматы қаласының кәмелетке толмағандардың істері жөніндегі мамандандырылған ауданаралық сотына"),
            block(BlockKind::Header, 0, "Талап қоюшы: Сейітова Айгерім Болатқызы, ЖСН 920305400123, Алматы, Абай даңғылы, 1"),
            block(BlockKind::Header, 0, "Жауапкер: Сейітов Ерлан Маратұлы, Алматы, Сәтбаев көшесі, 2"),
            block(BlockKind::Title, 0, "ТАЛАП ҚОЮ АРЫЗЫ алимент өндіру туралы"),
            block(BlockKind::Paragraph, 0, "Жауапкер екі баланы асырауға қаражат бермейді. Оның айлық табысы 300\u{a0}000\u{a0}₸ құрайды; мемлекеттік баж төленбейді. ӘәҒғҚқҢңӨөҰұҮүҺһІі — барлық қазақ әріптері; «тырнақша» және № 5 белгісі."),
            block(BlockKind::Paragraph, 0, "Жоғарыда айтылғандардың негізінде, СОТТАН СҰРАЙМЫН:"),
            block(BlockKind::Demand, 1, "Жауапкерден екі балаға табысының 1/3 бөлігі мөлшерінде алимент өндірілсін."),
            block(BlockKind::Demand, 2, "Мемлекеттік баж жауапкерден өндірілсін."),
            block(BlockKind::Attachment, 1, "Талап қою арызының көшірмесі"),
            block(BlockKind::Attachment, 2, "Балалардың туу туралы куәліктерінің көшірмелері"),
            block(BlockKind::Signature, 0, "25.11.2026  ________ / Сейітова Айгерім"),
        ],
    }
}

/// A Russian claim long enough to break across several pages, with a title and an announcing line that
/// must stay with what follows, dashes and `№` that must not end up at a line's edge.
fn long_ru() -> Filled {
    let mut blocks = vec![
        block(BlockKind::Header, 0, "В Специализированный межрайонный суд по делам несовершеннолетних г. Алматы"),
        block(BlockKind::Title, 0, "ИСКОВОЕ ЗАЯВЛЕНИЕ о взыскании алиментов"),
    ];
    for i in 1..=70 {
        blocks.push(block(
            BlockKind::Paragraph,
            0,
            &format!("Абзац №{i}: ответчик уклоняется от уплаты алиментов — это подтверждается документами, приложенными к иску № {i}; сумма долга — {i}\u{a0}000\u{a0}₸ за период с 01.01.2026 по 25.11.2026 (ст. 139 КоБС)."),
        ));
    }
    blocks.push(block(BlockKind::Paragraph, 0, "На основании изложенного, ПРОШУ СУД:"));
    blocks.extend((1..=5).map(|i| block(BlockKind::Demand, i, &format!("Требование {i} — взыскать с ответчика сумму по пункту {i}."))));
    blocks.push(block(BlockKind::Attachment, 1, "Копия иска"));
    blocks.push(block(BlockKind::Signature, 0, "25.11.2026  ________ / Иванова И. И."));
    Filled { title: "Исковое заявление".into(), blocks }
}

/// Text a person might type: markup, control characters, line breaks and tabs, a decomposed letter,
/// characters the font lacks, and a word longer than a line.
fn odd_en() -> Filled {
    Filled {
        title: "Claim <&> \"x\"".into(),
        blocks: vec![
            block(BlockKind::Header, 0, "Claimant: <script>alert(\"x\")</script> & <w:p/> ) Tj ET ( \\ %%EOF"),
            block(BlockKind::Title, 0, "STATEMENT OF CLAIM"),
            block(BlockKind::Paragraph, 0, "a\u{0}b\u{7}c\r\nd\te и\u{306} е\u{308} 李 😀 end"),
            block(BlockKind::Paragraph, 0, &"Zm9v".repeat(120)),
            block(BlockKind::Demand, 1, ""),
            block(BlockKind::Signature, 0, "________"),
        ],
    }
}

fn empty() -> Filled {
    Filled { title: String::new(), blocks: Vec::new() }
}

/// (name, document, language, DOCX hash, PDF hash), recorded from the writers in `interview/`.
fn pinned() -> Vec<(&'static str, Filled, Lang, u64, u64)> {
    vec![
        ("claim-kk", claim_kk(), Lang::Kk, 0x0ead1cfc9efe556f, 0x2222538843962c2f),
        ("long-ru", long_ru(), Lang::Ru, 0xf3f7a8cd8dd1a557, 0x5051a4c55ce982f5),
        ("odd-en", odd_en(), Lang::En, 0xa3c429186752f262, 0x85b8f3935aa53d60),
        ("empty-ru", empty(), Lang::Ru, 0x568d47b1b4f201f0, 0x6e63e0bca4b0c748),
    ]
}

/// To compare a changed output: `ZANGER_WRITERS_DIR=/tmp/w cargo test --lib writers::identity` writes
/// the files, before and after the change, to diff.
#[test]
fn the_writers_write_the_same_bytes_as_before() {
    let mut wrong = Vec::new();
    for (name, doc, lang, docx_hash, pdf_hash) in pinned() {
        let (docx_bytes, pdf_bytes) = (docx(&doc, lang), pdf(&doc, lang, FONT).unwrap());
        if let Some(dir) = std::env::var_os("ZANGER_WRITERS_DIR") {
            std::fs::write(std::path::Path::new(&dir).join(format!("{name}.docx")), &docx_bytes).unwrap();
            std::fs::write(std::path::Path::new(&dir).join(format!("{name}.pdf")), &pdf_bytes).unwrap();
        }
        let (d, p) = (fnv1a(&docx_bytes), fnv1a(&pdf_bytes));
        if (d, p) != (docx_hash, pdf_hash) {
            wrong.push(format!("(\"{name}\", …, 0x{d:016x}, 0x{p:016x})"));
        }
    }
    assert!(wrong.is_empty(), "the writers' output changed:\n{}", wrong.join("\n"));
}

#[test]
fn the_long_document_breaks_across_pages() {
    let bytes = pdf(&long_ru(), Lang::Ru, FONT).unwrap();
    let pages = bytes.windows(11).filter(|w| w == b"/Type /Page").count() - 1; // `/Type /Pages` once
    assert!(pages >= 3, "{pages} pages");
}

#[test]
fn every_questionnaire_is_written_as_docx_and_pdf() {
    let mut written = 0;
    for lang in Lang::ALL {
        for q in content::questionnaires(lang) {
            let answers = crate::core::interview::computed::tests::default_answers(q);
            let doc = crate::core::interview::Session::with_answers(q, &answers, TODAY).document(lang).unwrap_or_else(|u| panic!("{} ({}): {u}", q.id, lang.code())).filled;
            let docx_bytes = docx(&doc, lang);
            assert!(docx_bytes.starts_with(b"PK\x03\x04"), "{} ({}): DOCX", q.id, lang.code());
            let pdf_bytes = pdf(&doc, lang, FONT).unwrap_or_else(|e| panic!("{} ({}): {e}", q.id, lang.code()));
            assert!(pdf_bytes.starts_with(b"%PDF-1.4\n") && pdf_bytes.ends_with(b"%%EOF\n"), "{} ({}): PDF", q.id, lang.code());
            written += 1;
        }
    }
    assert!(written >= 3, "{written} documents");
}
