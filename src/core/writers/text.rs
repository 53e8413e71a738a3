//! The plain text every writer sets: a block's text with its list number, and the document's language tag.
//! Shared so the DOCX and the PDF say the same words.

use crate::core::interview::document::FilledBlock;
use crate::core::lang::Lang;

/// The block's text as printed: demands and attachments lead with their number («1. …»).
pub fn numbered(block: &FilledBlock) -> String {
    if block.number > 0 { format!("{}. {}", block.number, block.text) } else { block.text.clone() }
}

/// The BCP 47 tag of the document's language, as DOCX (`w:lang`) and PDF (`/Lang`) write it.
pub fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "kk-KZ",
        Lang::Ru => "ru-RU",
        Lang::En => "en-GB",
    }
}
