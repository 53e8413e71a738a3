//! The plain text every writer sets: a block's text with its list number, and the document's language tag.
//! Shared so the DOCX and the PDF say the same words.

use crate::core::interview::document::FilledBlock;
use crate::core::lang::Lang;

/// The block's text as printed: demands and attachments lead with their number («1. …»), and the title is
/// in capitals, as the page shows it (its CSS sets `text-transform: uppercase`).
pub fn numbered(block: &FilledBlock) -> String {
    use crate::core::interview::model::BlockKind;
    match block.kind {
        BlockKind::Title => block.text.to_uppercase(),
        _ if block.number > 0 => format!("{}. {}", block.number, block.text),
        _ => block.text.clone(),
    }
}

/// The BCP 47 tag of the document's language, as DOCX (`w:lang`) and PDF (`/Lang`) write it.
pub fn lang_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "kk-KZ",
        Lang::Ru => "ru-RU",
        Lang::En => "en-GB",
    }
}

#[cfg(test)]
mod tests {
    use super::numbered;
    use crate::core::interview::document::FilledBlock;
    use crate::core::interview::model::BlockKind;

    #[test]
    fn a_title_prints_in_capitals_as_the_page_shows_it_and_lists_keep_their_numbers() {
        let block = |kind, number, text: &str| FilledBlock { kind, number, text: text.into() };
        assert_eq!(numbered(&block(BlockKind::Title, 0, "Исковое заявление о взыскании алиментов")), "ИСКОВОЕ ЗАЯВЛЕНИЕ О ВЗЫСКАНИИ АЛИМЕНТОВ");
        assert_eq!(numbered(&block(BlockKind::Title, 0, "Талап қою арызы")), "ТАЛАП ҚОЮ АРЫЗЫ");
        assert_eq!(numbered(&block(BlockKind::Demand, 2, "Взыскать")), "2. Взыскать");
        assert_eq!(numbered(&block(BlockKind::Paragraph, 0, "Текст")), "Текст");
    }
}
