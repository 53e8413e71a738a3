//! Writes one language's content pack: its guides and questionnaires in a compact binary form that
//! `core::content::pack` reads back in the browser.
//!
//! Why a pack and not Rust statics: each visitor needs one language, and shipping the other two inside
//! the wasm tripled the first download. A pack is fetched for the reader's language only.
//!
//! Format (version 3): `ZGP` `3` `<lang byte>`, then the guides, then the questionnaires. Integers are
//! unsigned LEB128, strings are a length and UTF-8 bytes, lists are a count and their items, an `f64`
//! is 8 bytes little-endian, a date is year, month, day. A questionnaire's texts carry only the pack's
//! language (English falls back to Russian where a text has no English). Version 2 added each
//! questionnaire's schema version and migrations after its document; version 3 its `[[sources]]` and
//! `[[next]]` steps (id, text, condition, source indices) after the migrations. `ZGP5`: each question
//! ends with its conditional labels (a count, then each `when` and its text). `ZGP6`: the document's
//! `signer_iin` after its `claim_price`. `ZGP7`: a value kind 3, a deadline counted with the КоАП rules
//! (`rule = "koap"`; 2 stays the ГПК deadline). `ZGP8`: the document's `court_claim` after its
//! `signer_iin`. `ZGPA`: each value ends with its calendar `event` texts (empty for none). `ZGP9`: each questionnaire's `keywords` (a list of strings in the pack's language) after
//! its summary. `ZGPB`: each guide ends with its timeline (a count, then per step the index of `who` in
//! `timeline::WHO`, the step, period and cost as inlines, and the indices of the sources it cites).
//! `ZGPC`: the document's calculator `inputs` (a count, then each input name and the id bound to it)
//! after its `court_claim`.

use super::figures::SourceSrc;
use super::markdown::{BlockSrc, InlineSrc, LinkSrc};
use super::questionnaire::{DocumentSrc, QuestionSrc, QuestionnaireSrc, TextsSrc};
use super::{Compiled, Date};

pub const MAGIC: &[u8; 4] = b"ZGPC";

/// The guides a pack carries: those written in `lang`, then (for a language without a guide) the
/// Russian one, else the Kazakh one, so a reader always has something to read.
pub fn guides_for<'a>(content: &'a Compiled, lang: &str) -> Vec<&'a super::GuideSrc> {
    let mut out: Vec<&super::GuideSrc> = content.guides.iter().filter(|g| g.lang == lang).collect();
    let mut ids: Vec<&str> = Vec::new();
    for g in &content.guides {
        if !ids.contains(&g.id.as_str()) {
            ids.push(&g.id);
        }
    }
    for id in ids {
        if out.iter().any(|g| g.id == id) {
            continue;
        }
        let fallback = ["ru", "kk", "en"].iter().find_map(|l| content.guides.iter().find(|g| g.id == id && g.lang == *l));
        out.extend(fallback);
    }
    out
}

pub fn encode(content: &Compiled, lang: &str) -> Vec<u8> {
    let mut w = Writer { out: MAGIC.to_vec(), lang: lang.to_string() };
    w.out.push(lang_byte(lang));
    let guides = guides_for(content, lang);
    w.uint(guides.len());
    for g in guides {
        w.guide(g);
    }
    w.uint(content.questionnaires.len());
    for q in &content.questionnaires {
        w.questionnaire(q);
    }
    w.out
}

fn lang_byte(lang: &str) -> u8 {
    match lang {
        "kk" => 0,
        "ru" => 1,
        _ => 2,
    }
}

struct Writer {
    out: Vec<u8>,
    lang: String,
}

impl Writer {
    fn uint(&mut self, mut v: usize) {
        loop {
            let byte = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(byte);
                return;
            }
            self.out.push(byte | 0x80);
        }
    }

    fn str(&mut self, s: &str) {
        self.uint(s.len());
        self.out.extend_from_slice(s.as_bytes());
    }

    fn strs(&mut self, list: &[String]) {
        self.uint(list.len());
        for s in list {
            self.str(s);
        }
    }

    fn bool(&mut self, b: bool) {
        self.out.push(b as u8);
    }

    fn f64(&mut self, v: f64) {
        self.out.extend_from_slice(&v.to_le_bytes());
    }

    fn opt_f64(&mut self, v: Option<f64>) {
        match v {
            Some(v) => {
                self.bool(true);
                self.f64(v);
            }
            None => self.bool(false),
        }
    }

    fn date(&mut self, d: Date) {
        self.uint(d.year as usize);
        self.out.push(d.month);
        self.out.push(d.day);
    }

    /// The pack language's text (English falls back to Russian, then Kazakh).
    fn texts(&mut self, t: &TextsSrc) {
        let text = match self.lang.as_str() {
            "kk" => &t.kk,
            "ru" => &t.ru,
            _ if !t.en.trim().is_empty() => &t.en,
            _ if !t.ru.trim().is_empty() => &t.ru,
            _ => &t.kk,
        };
        let text = text.clone();
        self.str(&text);
    }

    fn guide(&mut self, g: &super::GuideSrc) {
        self.str(&g.id);
        self.out.push(lang_byte(&g.lang));
        self.str(&g.title);
        self.str(&g.summary);
        self.strs(&g.topics);
        self.strs(&g.keywords);
        self.date(g.reviewed);
        self.uint(g.sources.len());
        for s in &g.sources {
            self.source(s);
        }
        self.uint(g.body.len());
        for b in &g.body {
            self.block(b, &g.sources);
        }
        self.strs(&g.figures);
        let steps = g.timeline.steps();
        self.uint(steps.len());
        for step in steps {
            self.uint(super::timeline::WHO.iter().position(|w| *w == step.who).unwrap_or(0));
            self.inlines(&step.step, &g.sources);
            self.inlines(&step.period, &g.sources);
            self.inlines(&step.cost, &g.sources);
            self.uint(step.cites.len());
            for id in &step.cites {
                self.uint(g.sources.iter().position(|s| &s.id == id).unwrap_or(0));
            }
        }
    }

    fn source(&mut self, s: &SourceSrc) {
        self.str(&s.id);
        self.str(&s.act);
        self.str(&s.article);
        self.str(&s.version);
        self.date(s.read);
        self.str(&s.url);
        self.out.push(match s.confidence.as_str() {
            "C" => 0,
            "C3" => 1,
            _ => 2,
        });
        self.str(&s.via);
    }

    fn block(&mut self, b: &BlockSrc, sources: &[SourceSrc]) {
        match b {
            BlockSrc::Heading { level, text } => {
                self.out.push(0);
                self.out.push(*level);
                self.inlines(text, sources);
            }
            BlockSrc::Paragraph(i) => {
                self.out.push(1);
                self.inlines(i, sources);
            }
            BlockSrc::List { ordered, items } => {
                self.out.push(2);
                self.bool(*ordered);
                self.uint(items.len());
                for item in items {
                    self.inlines(item, sources);
                }
            }
            BlockSrc::Note(i) => {
                self.out.push(3);
                self.inlines(i, sources);
            }
        }
    }

    fn inlines(&mut self, list: &[InlineSrc], sources: &[SourceSrc]) {
        self.uint(list.len());
        for i in list {
            match i {
                InlineSrc::Text(t) => {
                    self.out.push(0);
                    self.str(t);
                }
                InlineSrc::Strong(c) => {
                    self.out.push(1);
                    self.inlines(c, sources);
                }
                InlineSrc::Emphasis(c) => {
                    self.out.push(2);
                    self.inlines(c, sources);
                }
                InlineSrc::Link { target, text, .. } => {
                    let (tag, value) = match target {
                        LinkSrc::Guide(id) => (3, id),
                        LinkSrc::Topic(id) => (4, id),
                        LinkSrc::External(url) => (5, url),
                    };
                    self.out.push(tag);
                    self.str(value);
                    self.inlines(text, sources);
                }
                InlineSrc::Figure { key, factor, .. } => {
                    self.out.push(6);
                    self.str(key);
                    self.f64(*factor);
                }
                InlineSrc::Cite { id, .. } => {
                    self.out.push(7);
                    self.uint(sources.iter().position(|s| &s.id == id).unwrap_or(0));
                }
            }
        }
    }

    fn questionnaire(&mut self, q: &QuestionnaireSrc) {
        self.str(&q.id);
        self.strs(&q.topics);
        self.str(&q.guide);
        self.texts(&q.title);
        self.texts(&q.summary);
        // Keywords in the pack's language (English falls back to Russian when it has none).
        let k = &q.keywords;
        let words = match self.lang.as_str() {
            "kk" => &k.kk,
            "ru" => &k.ru,
            _ if !k.en.is_empty() => &k.en,
            _ => &k.ru,
        };
        self.strs(words);
        self.uint(q.pages.len());
        for p in &q.pages {
            self.str(&p.id);
            self.texts(&p.title);
            self.str(&p.show_if);
            self.uint(p.questions.len());
            for question in &p.questions {
                self.question(question);
            }
        }
        self.uint(q.exits.len());
        for e in &q.exits {
            self.str(&e.id);
            self.str(&e.when);
            self.texts(&e.title);
            self.texts(&e.text);
            self.str(&e.link);
        }
        self.document(q.document.as_ref());
        self.uint(usize::from(q.version()));
        self.uint(q.migrations.len());
        for m in &q.migrations {
            self.uint(usize::from(*m.from.get_ref()));
            self.uint(m.rename.len());
            for (old, new) in &m.rename {
                self.str(old);
                self.str(new.get_ref());
            }
            let values: Vec<(&String, &String, &String)> =
                m.values.iter().flat_map(|(question, map)| map.iter().map(move |(old, new)| (question, old, new.get_ref()))).collect();
            self.uint(values.len());
            for (question, old, new) in values {
                self.str(question);
                self.str(old);
                self.str(new);
            }
        }
        self.uint(q.sources.len());
        for s in &q.sources {
            self.source(s);
        }
        self.uint(q.next.len());
        for step in &q.next {
            self.str(&step.id);
            self.texts(&step.text);
            self.str(&step.when);
            let cited: Vec<usize> = step.sources.iter().filter_map(|id| q.sources.iter().position(|s| s.id == id.trim())).collect();
            self.uint(cited.len());
            for index in cited {
                self.uint(index);
            }
        }
        self.uint(q.values.len());
        for v in &q.values {
            self.str(&v.id);
            self.out.push(match v.kind.as_str() {
                "money" => 1,
                "deadline" if v.rule == "koap" => 3, // counted with the КоАП rules (DeadlineRule::Koap)
                "deadline" => 2,
                _ => 0,
            });
            self.str(if v.kind == "deadline" { &v.start } else { &v.expr });
            self.str(&v.period);
            self.str(&v.when);
            self.texts(&v.event);
        }
        self.uint(q.rules.len());
        for rule in &q.rules {
            self.str(&rule.id);
            self.str(&rule.broken_when);
            self.str(&rule.field);
            self.texts(&rule.message);
        }
    }

    fn document(&mut self, document: Option<&DocumentSrc>) {
        let empty = TextsSrc::default();
        self.texts(document.map_or(&empty, |d| &d.title));
        self.strs(document.map_or(&[][..], |d| d.computed.as_slice()));
        self.str(document.map_or("", |d| d.fee_subject.as_str()));
        self.str(document.map_or("", |d| d.claim_price.as_str()));
        self.str(document.map_or("", |d| d.signer_iin.as_str()));
        self.str(document.map_or("", |d| d.court_claim.as_str()));
        let inputs: Vec<(&String, &String)> = document.map(|d| d.inputs.iter().collect()).unwrap_or_default();
        self.uint(inputs.len());
        for (name, id) in inputs {
            self.str(name);
            self.str(id);
        }
        let blocks = document.map(|d| d.blocks.as_slice()).unwrap_or_default();
        self.uint(blocks.len());
        for b in blocks {
            self.out.push(match b.kind.as_str() {
                "header" => 0,
                "title" => 1,
                "demand" => 3,
                "attachment" => 4,
                "signature" => 5,
                _ => 2,
            });
            self.texts(&b.text);
            self.str(&b.when);
            self.str(&b.each);
        }
    }

    fn question(&mut self, q: &QuestionSrc) {
        self.str(&q.id);
        match q.kind.as_str() {
            "long_text" => self.out.push(1),
            "number" => {
                self.out.push(2);
                self.opt_f64(q.min);
                self.opt_f64(q.max);
            }
            "money" => self.out.push(3),
            "date" => {
                self.out.push(4);
                self.bool(q.past_only);
            }
            "yes_no" => self.out.push(5),
            "single" | "multiple" => {
                self.out.push(if q.kind == "single" { 6 } else { 7 });
                self.uint(q.options.len());
                for o in &q.options {
                    self.str(&o.id);
                    self.texts(&o.label);
                }
            }
            "iin" => self.out.push(8),
            "bin" => self.out.push(9),
            "phone" => self.out.push(10),
            "email" => self.out.push(11),
            "address" => self.out.push(12),
            "group" => {
                self.out.push(13);
                self.uint(q.questions.len());
                for sub in &q.questions {
                    self.question(sub);
                }
                self.out.push(q.min.unwrap_or(0.0).clamp(0.0, 255.0) as u8);
                self.out.push(q.max.unwrap_or(20.0).clamp(0.0, 255.0) as u8);
            }
            _ => self.out.push(0),
        }
        self.texts(&q.label);
        self.texts(&q.hint);
        self.bool(q.required);
        self.str(&q.show_if);
        self.uint(q.labels.len());
        for alternative in &q.labels {
            self.str(&alternative.when);
            self.texts(&alternative.label);
        }
    }
}
