//! A guide as plain text, with figures resolved for a date: for search indexing, print and checks.

use super::model::{Block, Guide, Inline};
use crate::core::date::Date;
use crate::core::figures;

/// Why a guide could not be fully rendered.
#[derive(Debug, PartialEq)]
pub struct Unresolved {
    pub guide: &'static str,
    pub figure: &'static str,
}

/// The guide's body as text, one block per line, citations as `[n]`. Fails on the first figure that
/// has no value in force on `date`.
pub fn plain_text(guide: &'static Guide, date: Date) -> Result<String, Unresolved> {
    let mut out = String::new();
    for block in guide.body {
        match block {
            Block::Heading { text, .. } | Block::Paragraph(text) | Block::Note(text) => inlines(guide, text, date, &mut out)?,
            Block::List { items, .. } => {
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    out.push_str("- ");
                    inlines(guide, item, date, &mut out)?;
                }
            }
        }
        out.push('\n');
    }
    Ok(out)
}

fn inlines(guide: &'static Guide, list: &'static [Inline], date: Date, out: &mut String) -> Result<(), Unresolved> {
    for inline in list {
        match inline {
            Inline::Text(t) => out.push_str(t),
            Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { text: c, .. } => inlines(guide, c, date, out)?,
            Inline::Figure { key, factor } => {
                let text = figures::render(super::figures(), key, *factor, date, guide.lang)
                    .ok_or(Unresolved { guide: guide.id, figure: key })?;
                out.push_str(&text);
            }
            Inline::Cite(i) => out.push_str(&format!("[{}]", i + 1)),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::all_guides;
    use crate::core::lang::Lang;

    #[test]
    fn every_guide_renders_with_every_figure_resolved_today() {
        let today = Date::new(2026, 11, 25);
        for guide in all_guides() {
            let text = plain_text(guide, today).unwrap_or_else(|u| panic!("{} ({:?}): {u:?}", guide.id, guide.lang));
            assert!(!text.contains("{{") && !text.contains("[@"), "{} {:?} shows raw markup", guide.id, guide.lang);
            assert!(text.len() > 500, "{} {:?} is suspiciously short", guide.id, guide.lang);
        }
    }

    #[test]
    fn every_topic_has_a_guide_in_kazakh_and_in_russian() {
        for topic in crate::core::content::topics() {
            for lang in [Lang::Kk, Lang::Ru] {
                let ids = crate::core::content::guide_ids_for_topic(topic.id);
                assert!(ids.iter().any(|id| crate::core::content::guide(id, lang).is_some()), "{} has no {lang:?} guide", topic.id);
            }
        }
    }

    #[test]
    fn figures_render_in_the_reader_language() {
        let ru = crate::core::content::guide("admin.fine", Lang::Ru).unwrap();
        let kk = crate::core::content::guide("admin.fine", Lang::Kk).unwrap();
        let day = Date::new(2026, 11, 25);
        assert!(plain_text(ru, day).unwrap().contains("10\u{a0}дней"));
        assert!(plain_text(kk, day).unwrap().contains("10\u{a0}күн"));
    }

    #[test]
    fn a_date_before_the_first_figure_value_is_reported() {
        let guide = all_guides().into_iter().find(|g| !g.figures.is_empty()).unwrap();
        assert!(plain_text(guide, Date::new(2000, 1, 1)).is_err());
    }
}
