//! The compiled content types. Everything is `'static`: `build.rs` writes some as Rust statics, the rest
//! comes from a language's pack, decoded once and kept (`pack.rs`).

use crate::core::date::Date;
use crate::core::lang::Lang;

/// A text in the three languages of the portal.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Texts {
    pub kk: &'static str,
    pub ru: &'static str,
    pub en: &'static str,
}

impl Texts {
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Kk => self.kk,
            Lang::Ru => self.ru,
            Lang::En => self.en,
        }
    }
}

#[derive(Debug, PartialEq)]
pub struct Topic {
    pub id: &'static str,
    pub name: Texts,
}

/// How firmly a fact is established (the tags of the research file).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Confidence {
    /// Read in the text of the act.
    Confirmed,
    /// Read only in a secondary source (news, a law firm's page).
    Secondary,
    /// Inferred, not read anywhere.
    Inferred,
}

impl Confidence {
    /// Whether the reader must be told to check this against the official text.
    pub fn needs_caution(self) -> bool {
        !matches!(self, Confidence::Confirmed)
    }
}

/// Where a legal statement comes from.
#[derive(Debug, PartialEq)]
pub struct Source {
    pub id: &'static str,
    pub act: &'static str,
    /// Empty when the article was not read (allowed for figures only).
    pub article: &'static str,
    /// The edition of the act that was read; empty for figures.
    pub version: &'static str,
    pub read: Date,
    pub url: &'static str,
    pub confidence: Confidence,
    /// The secondary source a `Secondary` fact was read in.
    pub via: &'static str,
}

/// Which guide exists, under which topics and in which languages: known before any pack is loaded.
#[derive(Debug, PartialEq)]
pub struct GuideEntry {
    pub id: &'static str,
    pub topics: &'static [&'static str],
    pub langs: &'static [Lang],
}

#[derive(Debug, PartialEq)]
pub struct Guide {
    pub id: &'static str,
    pub lang: Lang,
    pub title: &'static str,
    pub summary: &'static str,
    pub topics: &'static [&'static str],
    pub keywords: &'static [&'static str],
    pub reviewed: Date,
    pub sources: &'static [Source],
    pub body: &'static [Block],
    /// Keys of the figures the body and the timeline use, so the page can list their sources.
    pub figures: &'static [&'static str],
    /// The procedure step by step, in order; empty for a guide that describes none.
    pub timeline: &'static [Step],
}

/// Who acts in a step of a guide's timeline (`who` in the header; the same order as the compiler's list).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    You,
    OtherSide,
    Employer,
    Seller,
    Commission,
    Court,
    Bailiff,
    Body,
    Notary,
    Registry,
}

impl Who {
    /// In the order of `compile::timeline::WHO`: the pack stores the index.
    pub const ALL: [Who; 10] = [
        Who::You,
        Who::OtherSide,
        Who::Employer,
        Who::Seller,
        Who::Commission,
        Who::Court,
        Who::Bailiff,
        Who::Body,
        Who::Notary,
        Who::Registry,
    ];

    /// The header's word for it (`who = "court"`).
    pub fn code(self) -> &'static str {
        ["you", "other_side", "employer", "seller", "commission", "court", "bailiff", "body", "notary", "registry"][self as usize]
    }

    /// Its place in [`Who::ALL`] (and in `Ui::timeline_who`).
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One step of a guide's timeline. `period` and `cost` are empty when the guide states none.
#[derive(Debug, PartialEq)]
pub struct Step {
    pub who: Who,
    pub text: &'static [Inline],
    pub period: &'static [Inline],
    pub cost: &'static [Inline],
    /// Indices into the guide's `sources`.
    pub cites: &'static [u16],
}

#[derive(Debug, PartialEq)]
pub enum Block {
    /// `level` is 2 or 3 (`##`, `###`).
    Heading { level: u8, text: &'static [Inline] },
    Paragraph(&'static [Inline]),
    List { ordered: bool, items: &'static [&'static [Inline]] },
    /// A highlighted note (a Markdown block quote).
    Note(&'static [Inline]),
}

#[derive(Debug, PartialEq)]
pub enum Inline {
    Text(&'static str),
    Strong(&'static [Inline]),
    Emphasis(&'static [Inline]),
    Link { target: LinkTarget, text: &'static [Inline] },
    /// A reference to a figure, multiplied by `factor` (1 for a plain `{{key}}`).
    Figure { key: &'static str, factor: f64 },
    /// A citation: index into the guide's `sources`.
    Cite(u16),
}

#[derive(Debug, PartialEq)]
pub enum LinkTarget {
    Guide(&'static str),
    Topic(&'static str),
    External(&'static str),
}

impl Block {
    /// The inline content of the block, flattened across list items.
    pub fn inlines(&self) -> impl Iterator<Item = &Inline> {
        let parts: Vec<&'static [Inline]> = match self {
            Block::Heading { text, .. } => vec![text],
            Block::Paragraph(i) | Block::Note(i) => vec![i],
            Block::List { items, .. } => items.to_vec(),
        };
        parts.into_iter().flat_map(|p| p.iter()).flat_map(Inline::walk)
    }
}

impl Inline {
    /// This inline and all inlines nested in it, depth first.
    pub fn walk(&self) -> Vec<&Inline> {
        let mut out = vec![self];
        if let Inline::Strong(c) | Inline::Emphasis(c) | Inline::Link { text: c, .. } = self {
            for child in c.iter() {
                out.extend(child.walk());
            }
        }
        out
    }
}

/// How a non-working day of `content/holidays.toml` is treated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayKind {
    /// A national or state holiday (праздничный день): when it falls on a Saturday or Sunday, the next
    /// working day is a day off (Holidays Law art. 5, if the calendar has a `weekend_rule`).
    Holiday,
    /// A day off that is not a holiday (Labour Code art. 84(5): 7 January, Kurban ait): never moved.
    DayOff,
}

/// When a holiday falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayDate {
    /// Every year on this month and day, from and until the dates given (inclusive).
    Yearly { month: u8, day: u8, from: Option<Date>, until: Option<Date> },
    /// One year only (a movable feast).
    Once(Date),
}

/// A holiday or day off.
#[derive(Debug, PartialEq)]
pub struct Holiday {
    pub name: Texts,
    pub kind: HolidayKind,
    pub date: HolidayDate,
    pub source: &'static Source,
    /// The act that set `from` or `until`, when either is given.
    pub changed_by: Option<&'static Source>,
}

impl Holiday {
    /// Whether this holiday is on `date`.
    pub fn falls_on(&self, date: Date) -> bool {
        match self.date {
            HolidayDate::Once(d) => d == date,
            HolidayDate::Yearly { month, day, from, until } => {
                (month, day) == (date.month, date.day) && from.is_none_or(|f| f <= date) && until.is_none_or(|u| date <= u)
            }
        }
    }

    /// Whether this is a yearly holiday on `date`'s month and day that does not apply on `date` because of
    /// its `from` or `until` (e.g. 30 August after the 2026 change).
    pub fn excluded_on(&self, date: Date) -> bool {
        matches!(self.date, HolidayDate::Yearly { month, day, .. } if (month, day) == (date.month, date.day)) && !self.falls_on(date)
    }
}

/// A day off moved by a yearly order: `day_off` (a weekday) is not worked, `working_day` (a weekend day) is.
#[derive(Debug, PartialEq)]
pub struct DayTransfer {
    pub day_off: Date,
    pub working_day: Date,
    pub source: &'static Source,
}

/// Everything `content/holidays.toml` says.
#[derive(Debug, PartialEq)]
pub struct HolidayCalendar {
    pub days: &'static [Holiday],
    pub transfers: &'static [DayTransfer],
    /// The source of the rule that a holiday on a weekend moves the day off to the next working day;
    /// `None` when the rule does not apply.
    pub weekend_rule: Option<&'static Source>,
    /// Years for which every movable day off has a date and the yearly transfer order was read (outside
    /// them a count may miss a day off).
    pub complete_years: &'static [u16],
}
