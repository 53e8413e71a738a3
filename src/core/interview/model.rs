//! Compiled questionnaires (from `content/questionnaires/`), as `'static` data like the guides.

use crate::core::content::model::{Source, Texts};

#[derive(Debug, PartialEq)]
pub struct Questionnaire {
    pub id: &'static str,
    pub topics: &'static [&'static str],
    /// The guide that explains the situation.
    pub guide: &'static str,
    pub title: Texts,
    pub summary: Texts,
    /// Everyday words search finds the questionnaire by (`keywords`), in the pack's language only.
    pub keywords: &'static [&'static str],
    pub pages: &'static [Page],
    /// Ways out: when a condition holds, this document does not fit and the text says where to go.
    pub exits: &'static [Exit],
    /// The document the answers fill (empty when the questionnaire only routes).
    pub document: Template,
    /// The version of its questions (1 unless a change renamed some); a draft records the version it
    /// was saved with.
    pub version: u16,
    /// How drafts of earlier versions read in this one, by ascending `from` (see `migrate.rs`).
    pub migrations: &'static [Migration],
    /// The acts the next steps cite (`[[sources]]` of the questionnaire file).
    pub sources: &'static [Source],
    /// What to do with the document once it is made (`[[next]]`), in order; shown under the document.
    pub next: &'static [NextStep],
    /// Values the app computes from the answers (`[[values]]`), in order: a later one may read an
    /// earlier one. They count as answers (conditions, placeholders, the claim price) but are never asked.
    pub values: &'static [ComputedValue],
    /// Rules across answers (`[[rules]]`): when one is broken, its message shows at its field and the
    /// questionnaire cannot be finished.
    pub rules: &'static [Rule],
}

#[cfg(test)]
impl Questionnaire {
    /// A questionnaire for tests: `pages` under `id`, with empty texts, no exits, no steps and an empty
    /// template; a test sets what it needs with struct update syntax (`..Questionnaire::fixture(…)`).
    pub const fn fixture(id: &'static str, pages: &'static [Page]) -> Questionnaire {
        const EMPTY: Texts = Texts { kk: "", ru: "", en: "" };
        Questionnaire {
            id,
            topics: &[],
            guide: "",
            title: EMPTY,
            summary: EMPTY,
            keywords: &[],
            pages,
            exits: &[],
            document: Template::empty(),
            version: 1,
            migrations: &[],
            sources: &[],
            next: &[],
            values: &[],
            rules: &[],
        }
    }
}

#[cfg(test)]
impl Template {
    /// A template with no blocks and nothing computed.
    pub const fn empty() -> Template {
        Template { title: Texts { kk: "", ru: "", en: "" }, computed: &[], fee_subject: "", claim_price: "", signer_iin: "", court_claim: "", inputs: &[], blocks: &[] }
    }
}

/// `[[values]]`: a number, a sum of money or a date computed from the answers, e.g. a claim price
/// `loan_amount - amount_repaid` (the `expr` language with arithmetic) or the last day to appeal.
#[derive(Debug, PartialEq)]
pub struct ComputedValue {
    pub id: &'static str,
    pub kind: ValueKind,
    /// Money and number: the expression. Deadline: the date question (or deadline) it runs from.
    pub expr: &'static str,
    /// Deadline: the figure holding the period; empty otherwise.
    pub period: &'static str,
    /// Condition; empty means always. Entries with the same id are alternatives: the first whose
    /// condition holds and whose expression has a value gives the value.
    pub when: &'static str,
    /// Deadline: the event it is in the reader's calendar and timeline (empty texts: none).
    pub event: Texts,
}

/// How a deadline value counts its period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DeadlineRule {
    /// ГПК arts. 122–123: from the next day; a last day off moves to the next working day.
    #[default]
    Gpk,
    /// КоАП art. 739: from the next day (ч. 2); a period in сутки (days) is not moved off a day off,
    /// since the text read does not settle that it is (ч. 3, ч. 5); a period in months or years is
    /// (ч. 5). See `calc::deadline::WorkCalendar::koap_period_end`.
    Koap,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    Number,
    /// Tenge, kept in tiyn like a money answer.
    Money,
    /// The last day of a period (`period`) that runs from a date (`expr`), counted with the rules of
    /// the code named (`rule` in the source: ГПК by default, or КоАП) and the holidays (`calc::deadline`).
    Deadline(DeadlineRule),
}

impl ValueKind {
    pub fn from_name(name: &str) -> Option<ValueKind> {
        Some(match name {
            "number" => ValueKind::Number,
            "money" => ValueKind::Money,
            "deadline" => ValueKind::Deadline(DeadlineRule::Gpk),
            _ => return None,
        })
    }
}

/// `[[rules]]`: `broken_when` holds on the answers that count → `message` at the question `field`.
#[derive(Debug, PartialEq)]
pub struct Rule {
    pub id: &'static str,
    pub broken_when: &'static str,
    pub field: &'static str,
    pub message: Texts,
}

/// One step of "What to do next": a text with `{{figures}}` and `{placeholders}` like the document's,
/// shown when `when` holds, citing the questionnaire's sources by index.
#[derive(Debug, PartialEq)]
pub struct NextStep {
    pub id: &'static str,
    pub text: Texts,
    /// Condition; empty means always.
    pub when: &'static str,
    /// Indices into the questionnaire's `sources`.
    pub sources: &'static [u16],
}

/// One step from an earlier version: applied to a draft saved with version `from` or earlier.
#[derive(Debug, PartialEq)]
pub struct Migration {
    pub from: u16,
    /// Old id → new id: a question (`id`) or a group's field (`group.field` → `<new group>.<field>`),
    /// old names as the older version had them.
    pub rename: &'static [(&'static str, &'static str)],
    /// Renamed choice ids: (question as named after the renames, old choice, new choice).
    pub values: &'static [(&'static str, &'static str, &'static str)],
}

impl super::migrate::Step for Migration {
    fn rename(&self, old: &str) -> Option<&str> {
        self.rename.iter().find(|(o, _)| *o == old).map(|(_, n)| *n)
    }

    fn value(&self, question: &str, old: &str) -> Option<&str> {
        self.values.iter().find(|(q, o, _)| *q == question && *o == old).map(|(_, _, n)| *n)
    }
}

/// A document template: blocks of text with `{placeholders}` (see `document.rs`).
#[derive(Debug, PartialEq)]
pub struct Template {
    pub title: Texts,
    /// Computed values (`{calc.<key>}`) the blocks use.
    pub computed: &'static [&'static str],
    /// For `{calc.fee}`: the kind of claim (`general`, `labour`, `alimony`, `health_harm`, `consumer`),
    /// empty when the document names no fee.
    pub fee_subject: &'static str,
    /// For `{calc.fee}`: the money question holding the claim price; empty for a non-property claim.
    pub claim_price: &'static str,
    /// The `iin` question of the person who signs the document (`signer_iin`): its 7th digit gives the
    /// sex that chooses each `{g:согласен|согласна}` form; empty when the document declares none.
    pub signer_iin: &'static str,
    /// For `{calc.court}` and `{calc.court_reason}`: the kind of claim the court calculator decides for
    /// (`child_alimony`, `divorce`, … — `calc::court::ClaimKind::from_name`); empty when none.
    pub court_claim: &'static str,
    /// Which answer feeds each calculator input (`[document] inputs`: `("children", "children")`,
    /// `("income_monthly", "salary")`): the calculators name inputs, never question ids.
    pub inputs: &'static [(&'static str, &'static str)],
    pub blocks: &'static [Block],
}

impl Template {
    /// The question (or value) bound to the calculator input `name`, if the questionnaire binds it.
    pub fn input(&self, name: &str) -> Option<&'static str> {
        self.inputs.iter().find(|(input, _)| *input == name).map(|(_, id)| *id)
    }
}

#[derive(Debug, PartialEq)]
pub struct Block {
    pub kind: BlockKind,
    pub text: Texts,
    /// Condition; empty means always.
    pub when: &'static str,
    /// A group question id: the block repeats for each item, which it reads as `{item.<id>}`.
    pub each: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// The addressee and parties, top right.
    Header,
    /// The document's name, centred.
    Title,
    Paragraph,
    /// One numbered demand («ПРОШУ СУД» / «СОТТАН СҰРАЙМЫН»).
    Demand,
    /// One numbered attachment.
    Attachment,
    /// Date and signature line.
    Signature,
}

impl BlockKind {
    pub fn from_name(name: &str) -> Option<BlockKind> {
        Some(match name {
            "header" => BlockKind::Header,
            "title" => BlockKind::Title,
            "para" => BlockKind::Paragraph,
            "demand" => BlockKind::Demand,
            "attachment" => BlockKind::Attachment,
            "signature" => BlockKind::Signature,
            _ => return None,
        })
    }
}

#[derive(Debug, PartialEq)]
pub struct Page {
    pub id: &'static str,
    pub title: Texts,
    /// Condition in the `expr` language; empty means always shown.
    pub show_if: &'static str,
    pub questions: &'static [Question],
}

#[derive(Debug, PartialEq)]
pub struct Question {
    pub id: &'static str,
    pub kind: Kind,
    pub label: Texts,
    /// Why we ask and where to find the answer; may be empty.
    pub hint: Texts,
    pub required: bool,
    pub show_if: &'static str,
    /// Labels that fit earlier answers better, in order: the first whose `when` holds replaces
    /// `label` (see `Interview::label`).
    pub labels: &'static [LabelIf],
}

/// `[[pages.questions.labels]]`: a label shown when `when` holds on the answers so far.
#[derive(Debug, PartialEq)]
pub struct LabelIf {
    pub when: &'static str,
    pub label: Texts,
}

#[derive(Debug, PartialEq)]
pub enum Kind {
    Text,
    LongText,
    Number { min: Option<f64>, max: Option<f64> },
    /// Tenge with tiyn.
    Money,
    Date { past_only: bool },
    YesNo,
    Single(&'static [Choice]),
    Multiple(&'static [Choice]),
    Iin,
    Bin,
    Phone,
    Email,
    Address,
    /// A repeatable group (each child: name, date of birth …), `min..=max` items.
    Group { questions: &'static [Question], min: u8, max: u8 },
}

#[derive(Debug, PartialEq)]
pub struct Choice {
    pub id: &'static str,
    pub label: Texts,
}

#[derive(Debug, PartialEq)]
pub struct Exit {
    pub id: &'static str,
    pub when: &'static str,
    pub title: Texts,
    pub text: Texts,
    /// `guide:<id>` or `questionnaire:<id>`.
    pub link: &'static str,
}
