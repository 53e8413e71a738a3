//! Reads a language's content pack (written by `compile::pack` in `build.rs`) into the `'static` model.
//!
//! A pack is decoded once per language and kept for the life of the page, so its bytes and the decoded
//! lists are leaked on purpose: the model keeps its `&'static` shape and the UI can hold on to any part.
//! The bytes may come from the network or a cache, so every read is bounds-checked and a damaged pack is
//! an error, never a panic.

use super::model::*;
use crate::core::date::Date;
use crate::core::interview::model::{self as q, Questionnaire};
use crate::core::lang::Lang;

/// One language's guides and questionnaires.
#[derive(Debug)]
pub struct Pack {
    pub lang: Lang,
    /// The guides written in `lang`, then stand-ins in another language for those not yet written in it.
    pub guides: &'static [Guide],
    pub questionnaires: &'static [Questionnaire],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PackError {
    /// Not a pack of this version (an old cached file, or not a pack at all).
    Format,
    /// A pack for another language than the one asked for.
    WrongLanguage,
    /// The bytes end early or hold a value out of range.
    Damaged { offset: usize },
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PackError::Format => write!(f, "not a content pack of this version"),
            PackError::WrongLanguage => write!(f, "a content pack of another language"),
            PackError::Damaged { offset } => write!(f, "the content pack is damaged at byte {offset}"),
        }
    }
}

const MAGIC: &[u8; 4] = b"ZGPC";

/// Decodes `bytes` as the pack of `lang`.
pub fn decode(bytes: Vec<u8>, lang: Lang) -> Result<Pack, PackError> {
    if bytes.len() < 5 || &bytes[..4] != MAGIC {
        return Err(PackError::Format);
    }
    let bytes: &'static [u8] = Box::leak(bytes.into_boxed_slice());
    let mut r = Reader { bytes, pos: 4 };
    if r.lang()? != lang {
        return Err(PackError::WrongLanguage);
    }
    let guides = r.list(Reader::guide)?;
    let questionnaires = r.list(|r| r.questionnaire(lang))?;
    if r.pos != bytes.len() {
        return Err(r.damaged());
    }
    Ok(Pack { lang, guides, questionnaires })
}

struct Reader {
    bytes: &'static [u8],
    pos: usize,
}

type Read<T> = Result<T, PackError>;

impl Reader {
    fn damaged(&self) -> PackError {
        PackError::Damaged { offset: self.pos }
    }

    fn byte(&mut self) -> Read<u8> {
        let b = *self.bytes.get(self.pos).ok_or(self.damaged())?;
        self.pos += 1;
        Ok(b)
    }

    fn uint(&mut self) -> Read<usize> {
        let mut value: usize = 0;
        for shift in (0..35).step_by(7) {
            let b = self.byte()?;
            value |= ((b & 0x7f) as usize) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.damaged())
    }

    fn str(&mut self) -> Read<&'static str> {
        let len = self.uint()?;
        let end = self.pos.checked_add(len).filter(|&e| e <= self.bytes.len()).ok_or(self.damaged())?;
        let text = std::str::from_utf8(&self.bytes[self.pos..end]).map_err(|_| self.damaged())?;
        self.pos = end;
        Ok(text)
    }

    fn bool(&mut self) -> Read<bool> {
        match self.byte()? {
            0 => Ok(false),
            1 => Ok(true),
            _ => Err(self.damaged()),
        }
    }

    fn f64(&mut self) -> Read<f64> {
        let end = self.pos + 8;
        let raw: [u8; 8] = self.bytes.get(self.pos..end).and_then(|s| s.try_into().ok()).ok_or(self.damaged())?;
        self.pos = end;
        Ok(f64::from_le_bytes(raw))
    }

    fn opt_f64(&mut self) -> Read<Option<f64>> {
        Ok(if self.bool()? { Some(self.f64()?) } else { None })
    }

    fn date(&mut self) -> Read<Date> {
        let year = u16::try_from(self.uint()?).map_err(|_| self.damaged())?;
        let (month, day) = (self.byte()?, self.byte()?);
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return Err(self.damaged());
        }
        Ok(Date::new(year, month, day))
    }

    fn lang(&mut self) -> Read<Lang> {
        match self.byte()? {
            0 => Ok(Lang::Kk),
            1 => Ok(Lang::Ru),
            2 => Ok(Lang::En),
            _ => Err(self.damaged()),
        }
    }

    /// A count, then that many items; the list lives as long as the page.
    fn list<T>(&mut self, mut item: impl FnMut(&mut Self) -> Read<T>) -> Read<&'static [T]> {
        let count = self.uint()?;
        // Every item takes at least one byte: a larger count is damage, not a reason to allocate.
        if count > self.bytes.len() - self.pos {
            return Err(self.damaged());
        }
        let mut out = Vec::with_capacity(count);
        for _ in 0..count {
            out.push(item(self)?);
        }
        Ok(Box::leak(out.into_boxed_slice()))
    }

    fn strs(&mut self) -> Read<&'static [&'static str]> {
        self.list(Reader::str)
    }

    /// A questionnaire text: the pack holds the one language, which every field of [`Texts`] returns.
    fn texts(&mut self) -> Read<Texts> {
        let text = self.str()?;
        Ok(Texts { kk: text, ru: text, en: text })
    }

    fn guide(&mut self) -> Read<Guide> {
        let id = self.str()?;
        let lang = self.lang()?;
        let title = self.str()?;
        let summary = self.str()?;
        let topics = self.strs()?;
        let keywords = self.strs()?;
        let reviewed = self.date()?;
        let sources = self.list(Reader::source)?;
        let body = self.list(Reader::block)?;
        let figures = self.strs()?;
        let timeline = self.list(|r| r.step(sources.len()))?;
        Ok(Guide { id, lang, title, summary, topics, keywords, reviewed, sources, body, figures, timeline })
    }

    /// A timeline step; its citations must point into the guide's `sources` (`count` of them).
    fn step(&mut self, count: usize) -> Read<Step> {
        let who = *Who::ALL.get(self.uint()?).ok_or(self.damaged())?;
        let text = self.inlines()?;
        let period = self.inlines()?;
        let cost = self.inlines()?;
        let cites = self.list(|r| {
            let i = r.uint()?;
            if i >= count {
                return Err(r.damaged());
            }
            u16::try_from(i).map_err(|_| r.damaged())
        })?;
        Ok(Step { who, text, period, cost, cites })
    }

    fn source(&mut self) -> Read<Source> {
        let id = self.str()?;
        let act = self.str()?;
        let article = self.str()?;
        let version = self.str()?;
        let read = self.date()?;
        let url = self.str()?;
        let confidence = match self.byte()? {
            0 => Confidence::Confirmed,
            1 => Confidence::Secondary,
            2 => Confidence::Inferred,
            _ => return Err(self.damaged()),
        };
        let via = self.str()?;
        Ok(Source { id, act, article, version, read, url, confidence, via })
    }

    fn block(&mut self) -> Read<Block> {
        Ok(match self.byte()? {
            0 => {
                let level = self.byte()?;
                Block::Heading { level, text: self.inlines()? }
            }
            1 => Block::Paragraph(self.inlines()?),
            2 => {
                let ordered = self.bool()?;
                Block::List { ordered, items: self.list(Reader::inlines)? }
            }
            3 => Block::Note(self.inlines()?),
            _ => return Err(self.damaged()),
        })
    }

    fn inlines(&mut self) -> Read<&'static [Inline]> {
        self.list(Reader::inline)
    }

    fn inline(&mut self) -> Read<Inline> {
        Ok(match self.byte()? {
            0 => Inline::Text(self.str()?),
            1 => Inline::Strong(self.inlines()?),
            2 => Inline::Emphasis(self.inlines()?),
            tag @ 3..=5 => {
                let value = self.str()?;
                let target = match tag {
                    3 => LinkTarget::Guide(value),
                    4 => LinkTarget::Topic(value),
                    _ => LinkTarget::External(value),
                };
                Inline::Link { target, text: self.inlines()? }
            }
            6 => {
                let key = self.str()?;
                Inline::Figure { key, factor: self.f64()? }
            }
            7 => Inline::Cite(u16::try_from(self.uint()?).map_err(|_| self.damaged())?),
            _ => return Err(self.damaged()),
        })
    }

    fn questionnaire(&mut self, _lang: Lang) -> Read<Questionnaire> {
        let id = self.str()?;
        let topics = self.strs()?;
        let guide = self.str()?;
        let title = self.texts()?;
        let summary = self.texts()?;
        let keywords = self.strs()?;
        let pages = self.list(|r| {
            let id = r.str()?;
            let title = r.texts()?;
            let show_if = r.str()?;
            Ok(q::Page { id, title, show_if, questions: r.list(Reader::question)? })
        })?;
        let exits = self.list(|r| {
            let id = r.str()?;
            let when = r.str()?;
            let title = r.texts()?;
            let text = r.texts()?;
            Ok(q::Exit { id, when, title, text, link: r.str()? })
        })?;
        let document = self.template()?;
        let version = self.version()?;
        let migrations = self.list(|r| {
            let from = r.version()?;
            let rename = r.list(|r| Ok((r.str()?, r.str()?)))?;
            let values = r.list(|r| Ok((r.str()?, r.str()?, r.str()?)))?;
            Ok(q::Migration { from, rename, values })
        })?;
        let sources = self.list(Reader::source)?;
        let next = self.list(|r| {
            let id = r.str()?;
            let text = r.texts()?;
            let when = r.str()?;
            let cited = r.list(|r| u16::try_from(r.uint()?).ok().filter(|&i| usize::from(i) < sources.len()).ok_or(r.damaged()))?;
            Ok(q::NextStep { id, text, when, sources: cited })
        })?;
        let values = self.list(|r| {
            let id = r.str()?;
            let kind = match r.byte()? {
                0 => q::ValueKind::Number,
                1 => q::ValueKind::Money,
                2 => q::ValueKind::Deadline(q::DeadlineRule::Gpk),
                3 => q::ValueKind::Deadline(q::DeadlineRule::Koap),
                _ => return Err(r.damaged()),
            };
            let expr = r.str()?;
            let period = r.str()?;
            let when = r.str()?;
            Ok(q::ComputedValue { id, kind, expr, period, when, event: r.texts()? })
        })?;
        let rules = self.list(|r| {
            let id = r.str()?;
            let broken_when = r.str()?;
            let field = r.str()?;
            Ok(q::Rule { id, broken_when, field, message: r.texts()? })
        })?;
        Ok(Questionnaire { id, topics, guide, title, summary, keywords, pages, exits, document, version, migrations, sources, next, values, rules })
    }

    /// A questionnaire version: 1 or more.
    fn version(&mut self) -> Read<u16> {
        u16::try_from(self.uint()?).ok().filter(|&v| v >= 1).ok_or(self.damaged())
    }

    fn template(&mut self) -> Read<q::Template> {
        let title = self.texts()?;
        let computed = self.strs()?;
        let fee_subject = self.str()?;
        let claim_price = self.str()?;
        let signer_iin = self.str()?;
        let court_claim = self.str()?;
        let inputs = self.list(|r| Ok((r.str()?, r.str()?)))?;
        let blocks = self.list(|r| {
            let kind = match r.byte()? {
                0 => q::BlockKind::Header,
                1 => q::BlockKind::Title,
                2 => q::BlockKind::Paragraph,
                3 => q::BlockKind::Demand,
                4 => q::BlockKind::Attachment,
                5 => q::BlockKind::Signature,
                _ => return Err(r.damaged()),
            };
            let text = r.texts()?;
            let when = r.str()?;
            Ok(q::Block { kind, text, when, each: r.str()? })
        })?;
        Ok(q::Template { title, computed, fee_subject, claim_price, signer_iin, court_claim, inputs, blocks })
    }

    fn question(&mut self) -> Read<q::Question> {
        let id = self.str()?;
        let kind = match self.byte()? {
            0 => q::Kind::Text,
            1 => q::Kind::LongText,
            2 => {
                let min = self.opt_f64()?;
                q::Kind::Number { min, max: self.opt_f64()? }
            }
            3 => q::Kind::Money,
            4 => q::Kind::Date { past_only: self.bool()? },
            5 => q::Kind::YesNo,
            6 => q::Kind::Single(self.list(Reader::choice)?),
            7 => q::Kind::Multiple(self.list(Reader::choice)?),
            8 => q::Kind::Iin,
            9 => q::Kind::Bin,
            10 => q::Kind::Phone,
            11 => q::Kind::Email,
            12 => q::Kind::Address,
            13 => {
                let questions = self.list(Reader::question)?;
                let (min, max) = (self.byte()?, self.byte()?);
                q::Kind::Group { questions, min, max }
            }
            _ => return Err(self.damaged()),
        };
        let label = self.texts()?;
        let hint = self.texts()?;
        let required = self.bool()?;
        let show_if = self.str()?;
        let labels = self.list(|r| Ok(q::LabelIf { when: r.str()?, label: r.texts()? }))?;
        Ok(q::Question { id, kind, label, hint, required, show_if, labels })
    }

    fn choice(&mut self) -> Read<q::Choice> {
        let id = self.str()?;
        Ok(q::Choice { id, label: self.texts()? })
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn bytes(lang: Lang) -> Vec<u8> {
        super::super::embedded_pack(lang).to_vec()
    }

    #[test]
    fn every_pack_decodes_whole() {
        for lang in Lang::ALL {
            let pack = decode(bytes(lang), lang).unwrap();
            // One per file in content/questionnaires (the count grows as documents are added).
            let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/content/questionnaires"))
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "toml"))
                .count();
            assert_eq!(pack.questionnaires.len(), files, "{lang:?}");
            assert!(pack.guides.len() >= 20, "{lang:?}: {}", pack.guides.len());
        }
    }

    #[test]
    fn a_pack_is_refused_for_another_language_or_another_format() {
        assert_eq!(decode(bytes(Lang::Kk), Lang::Ru).unwrap_err(), PackError::WrongLanguage);
        assert_eq!(decode(b"<!doctype html>".to_vec(), Lang::Kk).unwrap_err(), PackError::Format);
        assert_eq!(decode(Vec::new(), Lang::Kk).unwrap_err(), PackError::Format);
    }

    #[test]
    fn a_cut_or_damaged_pack_is_an_error_not_a_panic() {
        let full = bytes(Lang::Ru);
        for cut in (5..full.len()).step_by(997) {
            assert!(matches!(decode(full[..cut].to_vec(), Lang::Ru), Err(PackError::Damaged { .. })), "cut at {cut}");
        }
        let mut longer = full.clone();
        longer.push(0);
        assert!(decode(longer, Lang::Ru).is_err());
        for at in (5..full.len()).step_by(1013) {
            let mut flipped = full.clone();
            flipped[at] ^= 0xff;
            let _ = decode(flipped, Lang::Ru);
        }
    }

    #[test]
    fn questionnaire_texts_are_in_the_pack_language() {
        let kk = decode(bytes(Lang::Kk), Lang::Kk).unwrap();
        let ru = decode(bytes(Lang::Ru), Lang::Ru).unwrap();
        let (k, r) = (&kk.questionnaires[0], &ru.questionnaires[0]);
        assert_eq!(k.id, r.id);
        assert_ne!(k.title.get(Lang::Kk), r.title.get(Lang::Ru));
        assert_eq!(k.title.get(Lang::Ru), k.title.get(Lang::Kk), "a pack answers in its own language");
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod timing {
    #[test]
    #[ignore]
    fn decode_time() {
        use crate::core::lang::Lang;
        let bytes = super::super::embedded_pack(Lang::Kk).to_vec();
        let t = std::time::Instant::now();
        for _ in 0..20 {
            let _ = super::decode(bytes.clone(), Lang::Kk).unwrap();
        }
        println!("decode kk: {:.2} ms", t.elapsed().as_secs_f64() * 1e3 / 20.0);
        let p = super::decode(bytes, Lang::Kk).unwrap();
        let t = std::time::Instant::now();
        let _ = crate::core::content::build_index(p.guides);
        println!("index kk: {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
    }
}
