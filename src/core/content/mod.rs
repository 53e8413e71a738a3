//! The knowledge base as compiled into the app.
//!
//! `build.rs` runs [`compile`] over `content/`, validates it, and writes two things: Rust statics for what
//! every page needs in any language (topics, figures, holidays, which guides exist), and one content pack
//! per language (guides and questionnaires, see [`pack`]). The browser fetches only the reader's pack;
//! native builds (tests, tools) embed all three.

pub mod model;
pub mod pack;
pub mod text;


pub use model::*;
pub use pack::{Pack, PackError};

use std::sync::OnceLock;

use crate::core::interview::model::Questionnaire;
use crate::core::lang::Lang;
use crate::core::search::{Index, Searcher};

mod data {
    #![allow(clippy::all)]
    use super::model::*;
    use crate::core::date::Date;
    use crate::core::lang::Lang;
    include!(concat!(env!("OUT_DIR"), "/content.rs"));
}

/// The name of an act that a questionnaire source or a figure cites in Russian, in `lang`
/// (`content/acts.toml`; the build makes sure every such act has one).
pub fn act_name(act: &str, lang: Lang) -> &str {
    let names = data::ACTS.iter().find(|(ru, _, _)| *ru == act);
    match (lang, names) {
        (Lang::Kk, Some((_, kk, _))) => kk,
        (Lang::En, Some((_, _, en))) => en,
        _ => act,
    }
}

/// Every topic, in the order of the taxonomy.
pub fn topics() -> &'static [Topic] {
    data::TOPICS
}

/// The topics by life situation: the groups of `ui(lang).topic_groups` in their order, each with its
/// topics in the taxonomy's order (a topic's group is its id up to the first dot).
pub fn topics_by_situation(lang: Lang) -> Vec<(&'static str, Vec<&'static Topic>)> {
    crate::core::i18n::ui(lang)
        .topic_groups
        .iter()
        .map(|&(prefix, name)| (name, topics().iter().filter(|t| t.id.split('.').next() == Some(prefix)).collect::<Vec<_>>()))
        .filter(|(_, list)| !list.is_empty())
        .collect()
}

pub fn topic(id: &str) -> Option<&'static Topic> {
    data::TOPICS.iter().find(|t| t.id == id)
}

fn slot(lang: Lang) -> usize {
    match lang {
        Lang::Kk => 0,
        Lang::Ru => 1,
        Lang::En => 2,
    }
}

/// The file name of `lang`'s pack, next to the app (it changes whenever the pack does).
pub fn pack_file(lang: Lang) -> &'static str {
    data::PACK_FILES[slot(lang)]
}

static PACKS: [OnceLock<Pack>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// Decodes and keeps `lang`'s pack (once: a second call returns the pack already kept).
pub fn install(lang: Lang, bytes: Vec<u8>) -> Result<&'static Pack, PackError> {
    if let Some(pack) = PACKS[slot(lang)].get() {
        return Ok(pack);
    }
    let pack = pack::decode(bytes, lang)?;
    Ok(PACKS[slot(lang)].get_or_init(|| pack))
}

/// `lang`'s pack, if it has been installed (native builds install the embedded one on first use).
pub fn pack(lang: Lang) -> Option<&'static Pack> {
    #[cfg(any(not(target_arch = "wasm32"), feature = "embed-packs"))]
    if PACKS[slot(lang)].get().is_none() {
        // The embedded pack is the one build.rs just wrote: failing to decode it is a build bug.
        install(lang, embedded_pack(lang).to_vec()).expect("the embedded content pack decodes");
    }
    PACKS[slot(lang)].get()
}

/// The pack build.rs wrote for `lang`, embedded (native builds, and wasm tools built with `embed-packs`).
#[cfg(any(not(target_arch = "wasm32"), feature = "embed-packs"))]
pub fn embedded_pack(lang: Lang) -> &'static [u8] {
    match lang {
        Lang::Kk => include_bytes!(concat!(env!("OUT_DIR"), "/pack-kk.bin")),
        Lang::Ru => include_bytes!(concat!(env!("OUT_DIR"), "/pack-ru.bin")),
        Lang::En => include_bytes!(concat!(env!("OUT_DIR"), "/pack-en.bin")),
    }
}

/// Every guide in the language it was written in, across the installed packs.
pub fn all_guides() -> Vec<&'static Guide> {
    Lang::ALL.into_iter().filter_map(pack).flat_map(|p| p.guides.iter().filter(move |g| g.lang == p.lang)).collect()
}

/// The guide with this id in this language, if it has been written in it (and the pack is installed).
pub fn guide(id: &str, lang: Lang) -> Option<&'static Guide> {
    pack(lang)?.guides.iter().find(|g| g.id == id && g.lang == lang)
}

/// The languages a guide exists in (known without any pack).
pub fn guide_languages(id: &str) -> impl Iterator<Item = Lang> + '_ {
    data::GUIDE_INDEX.iter().filter(move |g| g.id == id).flat_map(|g| g.langs.iter().copied())
}

/// Ids of the guides that name `topic_id`, each once, in content order (known without any pack).
pub fn guide_ids_for_topic(topic_id: &str) -> Vec<&'static str> {
    data::GUIDE_INDEX.iter().filter(|g| g.topics.contains(&topic_id)).map(|g| g.id).collect()
}

/// The guide in `lang`, or the stand-in `lang`'s pack carries for it (Russian, else Kazakh).
pub fn guide_or_fallback(id: &str, lang: Lang) -> Option<&'static Guide> {
    pack(lang)?.guides.iter().find(|g| g.id == id)
}

/// Every questionnaire, with its texts in `lang` (empty until `lang`'s pack is installed).
pub fn questionnaires(lang: Lang) -> &'static [Questionnaire] {
    pack(lang).map_or(&[], |p| p.questionnaires)
}

pub fn questionnaire(id: &str, lang: Lang) -> Option<&'static Questionnaire> {
    questionnaires(lang).iter().find(|q| q.id == id)
}

/// The search index over `lang`'s pack (its guides and its questionnaires), built on first use (a few
/// milliseconds; see BENCHMARKS.md), so neither the download nor the start-up carries it.
pub fn search_index(lang: Lang) -> Option<&'static Index> {
    static INDEXES: [OnceLock<Index>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let pack = pack(lang)?;
    Some(INDEXES[slot(lang)].get_or_init(|| build_pack_index(pack.guides, pack.questionnaires.iter(), lang)))
}

/// What a search key starts with when it names a questionnaire (a guide's key is its bare id, and a
/// questionnaire may share its id with a guide).
pub const FORM_KEY: &str = "form:";

/// The search key of the triage page "I received a document" (`content/triage.toml`, `core::triage`):
/// one document of the index, under this key in every language.
pub const RECEIVED_KEY: &str = "received";

/// The search key of questionnaire `id`.
pub fn form_key(id: &str) -> String {
    format!("{FORM_KEY}{id}")
}

/// What a search result opens: a guide to read or a document to fill.
#[derive(Debug, Clone, Copy)]
pub enum Found {
    Guide(&'static Guide),
    Form(&'static Questionnaire),
}

impl Found {
    /// The result's title in `lang` (a guide stand-in keeps its own language's title).
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            Found::Guide(g) => g.title,
            Found::Form(q) => q.title.get(lang),
        }
    }

    /// The language the result is written in.
    pub fn lang(self, lang: Lang) -> Lang {
        match self {
            Found::Guide(g) => g.lang,
            Found::Form(_) => lang,
        }
    }

    /// Its first topic: the one it is filed under.
    pub fn topic(self) -> Option<&'static str> {
        match self {
            Found::Guide(g) => g.topics.first().copied(),
            Found::Form(q) => q.topics.first().copied(),
        }
    }
}

/// What a search result opens, the triage page included: a guide to read, a document to fill, or the page
/// "I received a document" (key [`RECEIVED_KEY`]), which has no pack entry and no topic.
///
/// [`Found`] names only the first two (and [`found`] gives `None` for [`RECEIVED_KEY`]), so a caller that
/// matches on it keeps working and simply skips the triage; a caller that shows the triage uses
/// [`search_result`].
#[derive(Debug, Clone, Copy)]
pub enum SearchResult {
    Guide(&'static Guide),
    Form(&'static Questionnaire),
    /// The page "I received a document" (`core::triage`, `content/triage.toml`).
    Received,
}

impl From<Found> for SearchResult {
    fn from(found: Found) -> Self {
        match found {
            Found::Guide(g) => SearchResult::Guide(g),
            Found::Form(q) => SearchResult::Form(q),
        }
    }
}

impl SearchResult {
    /// The result's title in `lang` (a guide stand-in keeps its own language's title; the triage page's
    /// is the page's own heading, `ui(lang).received_title`).
    pub fn title(self, lang: Lang) -> &'static str {
        match self {
            SearchResult::Guide(g) => g.title,
            SearchResult::Form(q) => q.title.get(lang),
            SearchResult::Received => crate::core::i18n::ui(lang).received_title,
        }
    }

    /// The language the result is written in.
    pub fn lang(self, lang: Lang) -> Lang {
        match self {
            SearchResult::Guide(g) => g.lang,
            SearchResult::Form(_) | SearchResult::Received => lang,
        }
    }

    /// Its first topic: the one it is filed under (the triage page is under none).
    pub fn topic(self) -> Option<&'static str> {
        match self {
            SearchResult::Guide(g) => g.topics.first().copied(),
            SearchResult::Form(q) => q.topics.first().copied(),
            SearchResult::Received => None,
        }
    }

    /// What it opens, as a word for tools and tests: `guide`, `form` or `received`.
    pub fn kind(self) -> &'static str {
        match self {
            SearchResult::Guide(_) => "guide",
            SearchResult::Form(_) => "form",
            SearchResult::Received => "received",
        }
    }

    /// The id of what it opens (a guide's or a questionnaire's id; [`RECEIVED_KEY`] for the triage page).
    pub fn id(self) -> &'static str {
        match self {
            SearchResult::Guide(g) => g.id,
            SearchResult::Form(q) => q.id,
            SearchResult::Received => RECEIVED_KEY,
        }
    }
}

/// The guide, questionnaire or triage page a search key names, from `lang`'s pack.
pub fn search_result(key: &str, lang: Lang) -> Option<SearchResult> {
    if key == RECEIVED_KEY {
        return Some(SearchResult::Received);
    }
    found(key, lang).map(SearchResult::from)
}

/// The guide or questionnaire a search key names, from `lang`'s pack (`None` for [`RECEIVED_KEY`]: see
/// [`search_result`]).
pub fn found(key: &str, lang: Lang) -> Option<Found> {
    match key.strip_prefix(FORM_KEY) {
        Some(id) => questionnaire(id, lang).map(Found::Form),
        None => guide_or_fallback(key, lang).map(Found::Guide),
    }
}

/// One index over every guide in every language (each in its own): the corpus the search benchmarks
/// have measured since the first one, for tools and benchmarks only.
#[cfg(any(not(target_arch = "wasm32"), feature = "embed-packs"))]
pub fn all_languages_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| build_index(all_guides()))
}

/// The index of `guides`, each indexed by [`search_fields`] and stemmed in its own language.
pub fn build_index<'a>(guides: impl IntoIterator<Item = &'a Guide>) -> Index {
    build_index_with_forms(guides, std::iter::empty(), Lang::Ru)
}

/// The index of `guides` and of `forms` (questionnaires whose texts are in `lang`, as a pack holds
/// them), these under [`form_key`] and indexed by [`form_search_fields`].
pub fn build_index_with_forms<'a>(guides: impl IntoIterator<Item = &'a Guide>, forms: impl IntoIterator<Item = &'a Questionnaire>, lang: Lang) -> Index {
    index_of(guides, forms, true, lang)
}

/// The index of a pack: its `guides` and `forms` as [`build_index_with_forms`] indexes them, and the triage
/// page "I received a document" under [`RECEIVED_KEY`], indexed by [`received_search_fields`] in `lang`.
pub fn build_pack_index<'a>(guides: impl IntoIterator<Item = &'a Guide>, forms: impl IntoIterator<Item = &'a Questionnaire>, lang: Lang) -> Index {
    index_of(guides, forms, true, lang)
}

fn index_of<'a>(guides: impl IntoIterator<Item = &'a Guide>, forms: impl IntoIterator<Item = &'a Questionnaire>, received: bool, lang: Lang) -> Index {
    use crate::core::search::stem::StemLang;
    use crate::core::search::Document;
    let stem_lang = |lang: Lang| match lang {
        Lang::Kk => StemLang::Kk,
        Lang::Ru => StemLang::Ru,
        Lang::En => StemLang::En,
    };
    let guides: Vec<&Guide> = guides.into_iter().collect();
    let fields: Vec<Vec<_>> = guides.iter().map(|g| search_fields(g).into()).collect();
    let mut documents: Vec<Document> = guides
        .iter()
        .zip(&fields)
        .map(|(g, f)| Document { key: g.id, lang: stem_lang(g.lang), fields: f.iter().map(|(field, text)| (*field, text.as_str())).collect() })
        .collect();
    let mut forms: Vec<(String, Vec<_>)> = forms.into_iter().map(|q| (form_key(q.id), form_search_fields(q, lang).into())).collect();
    if received {
        forms.push((RECEIVED_KEY.to_string(), received_search_fields(lang).into()));
    }
    documents.extend(forms.iter().map(|(key, f): &(String, Vec<(crate::core::search::Field, String)>)| Document {
        key,
        lang: stem_lang(lang),
        fields: f.iter().map(|(field, text)| (*field, text.as_str())).collect(),
    }));
    Index::build(&documents)
}

/// Words every questionnaire is found by, in each language: how people ask for a document to fill in
/// («образец», «үлгі», "template") rather than for an explanation.
const FORM_WORDS: Texts = Texts {
    kk: "құжат үлгісі, бланк, жазу, толтыру, дайындау, сотқа беру",
    ru: "документ, образец, бланк, шаблон, написать, составить, заполнить, подать в суд",
    en: "document, form, template, sample, write, draft, fill in, file with the court",
};

/// The text of each field indexed for a questionnaire in `lang`: its title, its `keywords` with
/// [`FORM_WORDS`], the names of its topics (kk, ru, en; not their synonyms, which lead to the guide
/// first) and its summary.
pub fn form_search_fields(q: &Questionnaire, lang: Lang) -> [(crate::core::search::Field, String); 4] {
    use crate::core::search::Field;
    let topics = q.topics.iter().filter_map(|id| topic(id)).map(|t| format!("{} {} {}", t.name.kk, t.name.ru, t.name.en)).collect::<Vec<_>>().join(" ");
    [
        (Field::Title, q.title.get(lang).to_string()),
        (Field::Keywords, format!("{}, {}", q.keywords.join(", "), FORM_WORDS.get(lang))),
        (Field::Topic, topics),
        (Field::Summary, q.summary.get(lang).to_string()),
    ]
}

/// Words the triage page is found by, in each language: how people say a paper came to them (from a
/// court or a bailiff) and ask what to do with it, beside the names of the papers its kinds list.
const RECEIVED_WORDS: Texts = Texts {
    kk: "келді, келіп түсті, алдым, жіберді, табыс етті, хат, қағаз, конверт, хабарлама, шақыру қағазы, повестка, маған қарсы, жауапкер, не істеу керек, не істеймін, жауап беру мерзімі, соңғы күн, қанша күн қалды, тыйым, бұғаттау, банктен білдім",
    ru: "пришёл, пришла, пришло, пришли, получил, получила, прислали, вручили, почта, бумага, бумаги, письмо, конверт, повестка, извещение, подали на меня, ответчик, что делать, что это значит, срок ответа, последний день, сколько дней осталось, арест, заблокировали, узнал от банка",
    en: "received, got, came, arrived, in the mail, by post, letter, papers, court papers, notice, summons, served, sued, lawsuit, defendant, what to do, what does it mean, deadline to respond, last day, frozen account, the bank told me",
};

/// The papers the triage page tells apart, by their short names (the kinds' labels are long): indexed
/// with its title, so that a query naming a paper and saying it came («пришёл судебный приказ») finds the
/// page above the guides that only explain that paper.
const RECEIVED_PAPERS: Texts = Texts {
    kk: "сот бұйрығы, талап қою, шешім, ұйғарым, қаулы",
    ru: "судебный приказ, иск, решение, определение, постановление",
    en: "court order, claim, decision, ruling, order",
};

/// The text of each field indexed for the triage page "I received a document" in `lang`: its heading
/// (`ui(lang).received_title`) with [`RECEIVED_PAPERS`], [`RECEIVED_WORDS`] as keywords, the label of each
/// kind of paper as its topics, its introduction (`received_intro`), and how each paper looks (the words of
/// its title, who signs it, what it demands) as its body; labels and looks come from `content/triage.toml`.
pub fn received_search_fields(lang: Lang) -> [(crate::core::search::Field, String); 5] {
    use crate::core::search::Field;
    let ui = crate::core::i18n::ui(lang);
    let labels = triage().iter().map(|k| k.label.get(lang)).collect::<Vec<_>>().join(", ");
    let looks = triage()
        .iter()
        .map(|k| format!("{} {} {}", k.title_words.get(lang), k.signed_by.get(lang), k.demands.get(lang)))
        .collect::<Vec<_>>()
        .join("\n");
    [
        (Field::Title, format!("{}: {}", ui.received_title, RECEIVED_PAPERS.get(lang))),
        (Field::Keywords, RECEIVED_WORDS.get(lang).to_string()),
        (Field::Topic, labels),
        (Field::Summary, ui.received_intro.to_string()),
        (Field::Body, looks),
    ]
}

/// The searcher over [`search_index`], prepared on first use (it derives its fuzzy lookup tables).
pub fn searcher(lang: Lang) -> Option<&'static Searcher<'static>> {
    static SEARCHERS: [OnceLock<Searcher<'static>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let index = search_index(lang)?;
    Some(SEARCHERS[slot(lang)].get_or_init(|| Searcher::new(index)))
}

/// The everyday words search knows for a topic (`content/search/synonyms.toml`), every language together.
pub fn synonyms(topic_id: &str) -> &'static [&'static str] {
    data::SYNONYMS.iter().find(|(id, _)| *id == topic_id).map_or(&[], |(_, words)| words)
}

/// The text of each field that `build.rs` indexes for a guide, exactly as it indexes it: title, keywords,
/// topic names (kk, ru, en) with their synonyms, summary, and the body's words (no figures, no citations).
/// For indexing the same text with other engines (`cargo xtask bench-browser`); search itself uses the
/// prebuilt [`search_index`].
pub fn search_fields(guide: &Guide) -> [(crate::core::search::Field, String); 5] {
    use crate::core::search::Field;
    let topics = guide
        .topics
        .iter()
        .filter_map(|id| topic(id))
        .map(|t| format!("{} {} {} {}", t.name.kk, t.name.ru, t.name.en, synonyms(t.id).join(", ")))
        .collect::<Vec<_>>()
        .join(" ");
    let mut body = String::new();
    for block in guide.body {
        for inline in block.inlines() {
            if let Inline::Text(text) = inline {
                body.push_str(text);
            }
        }
        body.push('\n');
    }
    [
        (Field::Title, guide.title.to_string()),
        (Field::Keywords, guide.keywords.join(", ")),
        (Field::Topic, topics),
        (Field::Summary, guide.summary.to_string()),
        (Field::Body, body),
    ]
}

/// A generated corpus of `count` documents whose words are drawn from the kk and ru guides (for the
/// search benchmarks: native, in the browser, and the index size check).
pub fn synthetic_corpus(count: usize, seed: u64) -> Vec<crate::core::search::synthetic::SyntheticDoc> {
    use crate::core::search::stem::StemLang;
    let day = crate::core::date::Date::new(2026, 11, 25);
    let texts: Vec<(StemLang, String)> = all_guides()
        .iter()
        .filter(|g| g.lang != Lang::En)
        .filter_map(|g| Some((if g.lang == Lang::Kk { StemLang::Kk } else { StemLang::Ru }, text::plain_text(g, day).ok()?)))
        .collect();
    let sources: Vec<(StemLang, &str)> = texts.iter().map(|(l, t)| (*l, t.as_str())).collect();
    crate::core::search::synthetic::generate(count, &sources, seed)
}

pub fn figures() -> &'static [crate::core::figures::Figure] {
    data::FIGURES
}

/// Public holidays and days off (`content/holidays.toml`), for counting working days.
pub fn holidays() -> &'static HolidayCalendar {
    &data::HOLIDAYS
}

/// The papers of the page "I received a document" (`content/triage.toml`, see `core::triage`).
pub fn triage() -> &'static [crate::core::triage::Kind] {
    data::TRIAGE
}

/// The items of "Check before you file" every claim gets (`content/filing_checks.toml`).
pub fn common_filing_checks() -> &'static [crate::core::interview::filing_check::FilingCheck] {
    data::COMMON_FILING_CHECKS
}

/// What questionnaire `id` files with a court and its own check items (`filing`, `[[checks]]`), if any.
pub fn filing_entry(id: &str) -> Option<&'static crate::core::interview::filing_check::FilingEntry> {
    data::FILING.iter().find(|e| e.questionnaire == id)
}

/// Which version of the acts the triage's statements were read in.
pub fn triage_version_note() -> &'static Texts {
    &data::TRIAGE_VERSION_NOTE
}

#[cfg(test)]
mod tests;
