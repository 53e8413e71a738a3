//! The content compiler: reads `content/`, validates it and writes it out as Rust statics.
//!
//! The app's `build.rs` runs it; it reads dates, conditions, placeholders and migrations with the same
//! code as the app (`zanger-model`). Every problem is reported as `file:line: message`, and all problems
//! are collected before the build stops.

pub use zanger_model::date;
mod exits;
mod checks;

mod codegen;
mod figures;
mod guide;
mod holidays;
mod markdown;
pub mod pack;
mod questionnaire;
mod synonyms;
pub mod timeline;
mod topics;
pub mod triage;
mod values;
mod voice;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

pub use codegen::to_rust;
pub use date::Date;
pub use figures::FigureSrc;
pub use guide::GuideSrc;
pub use holidays::HolidaysSrc;
#[cfg(test)]
use markdown::{BlockSrc, InlineSrc};
pub use questionnaire::{QuestionnaireSrc, COMPUTED_SUMS};
pub use synonyms::SynonymsSrc;
pub use topics::TopicSrc;

pub const LANGS: [&str; 3] = ["kk", "ru", "en"];

/// One problem in one content file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Collects diagnostics for one file, turning byte offsets into line numbers.
pub struct FileReport<'a> {
    pub file: String,
    text: &'a str,
    pub diagnostics: Vec<Diagnostic>,
}

impl<'a> FileReport<'a> {
    pub fn new(file: impl Into<String>, text: &'a str) -> Self {
        FileReport { file: file.into(), text, diagnostics: Vec::new() }
    }

    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        self.text.as_bytes()[..offset].iter().filter(|&&b| b == b'\n').count() + 1
    }

    pub fn at_offset(&mut self, offset: usize, message: impl Into<String>) {
        let line = self.line_of(offset);
        self.at_line(line, message);
    }

    pub fn at_line(&mut self, line: usize, message: impl Into<String>) {
        self.diagnostics.push(Diagnostic { file: self.file.clone(), line, message: message.into() });
    }
}

/// The validated content, ready to be written out.
#[derive(Debug)]
pub struct Compiled {
    pub topics: Vec<TopicSrc>,
    pub figures: Vec<FigureSrc>,
    pub guides: Vec<GuideSrc>,
    pub synonyms: Vec<SynonymsSrc>,
    pub questionnaires: Vec<QuestionnaireSrc>,
    pub holidays: HolidaysSrc,
    /// `triage.toml` (optional): the papers of the page "I received a document".
    pub triage: triage::TriageSrc,
    /// `filing_checks.toml` (optional): the items of "Check before you file" every claim gets.
    pub filing: checks::CommonSrc,
}

/// Reads and validates everything under `root` (the `content/` folder). `today` is the build date: no
/// review may be dated after it and every referenced figure must have a value in force on it. File names
/// in diagnostics are relative to `root`'s parent (so they read `content/guides/ru/x.md`).
pub fn compile_dir(root: &Path, today: Date) -> Result<Compiled, Vec<Diagnostic>> {
    let display_base = root.parent().unwrap_or(root);
    let shown = |p: &Path| p.strip_prefix(display_base).unwrap_or(p).to_string_lossy().replace('\\', "/");
    let mut diagnostics = Vec::new();

    let topics_path = root.join("topics.tsv");
    let topics = match std::fs::read_to_string(&topics_path) {
        Ok(text) => topics::parse(&shown(&topics_path), &text, &mut diagnostics),
        Err(e) => {
            diagnostics.push(Diagnostic { file: shown(&topics_path), line: 1, message: format!("cannot read: {e}") });
            Vec::new()
        }
    };

    let figures_path = root.join("figures.toml");
    let figures = match std::fs::read_to_string(&figures_path) {
        Ok(text) => figures::parse(&shown(&figures_path), &text, today, &mut diagnostics),
        Err(e) => {
            diagnostics.push(Diagnostic { file: shown(&figures_path), line: 1, message: format!("cannot read: {e}") });
            Vec::new()
        }
    };

    let holidays_path = root.join("holidays.toml");
    let holidays = match std::fs::read_to_string(&holidays_path) {
        Ok(text) => holidays::parse(&shown(&holidays_path), &text, today, &mut diagnostics),
        Err(e) => {
            diagnostics.push(Diagnostic { file: shown(&holidays_path), line: 1, message: format!("cannot read: {e}") });
            HolidaysSrc::default()
        }
    };

    let synonyms_path = root.join("search/synonyms.toml");
    let topic_ids: BTreeSet<String> = topics.iter().map(|t| t.id.clone()).collect();
    let synonyms = match std::fs::read_to_string(&synonyms_path) {
        Ok(text) => synonyms::parse(&shown(&synonyms_path), &text, &topic_ids, &mut diagnostics),
        Err(e) => {
            diagnostics.push(Diagnostic { file: shown(&synonyms_path), line: 1, message: format!("cannot read: {e}") });
            Vec::new()
        }
    };

    let files = guide_files(root, &shown, &mut diagnostics);
    // id -> language -> file, for the twin check and for links between guides.
    let mut present: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for (lang, path) in &files {
        let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
        present.entry(stem).or_default().insert(lang.clone(), shown(path));
    }
    guide::check_twins(&present, &mut diagnostics);

    let context = guide::Context {
        topics: topics.iter().map(|t| t.id.clone()).collect(),
        guides: present.keys().cloned().collect(),
        figures: figures.iter().map(|f| (f.key.clone(), f)).collect(),
        today,
    };
    let mut guides = Vec::new();
    for (lang, path) in files {
        let file = shown(&path);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                let stem = path.file_stem().unwrap_or_default().to_string_lossy().into_owned();
                if let Some(g) = guide::parse(&file, &text, &lang, &stem, &context, &mut diagnostics) {
                    guides.push(g);
                }
            }
            Err(e) => diagnostics.push(Diagnostic { file, line: 1, message: format!("cannot read: {e}") }),
        }
    }

    timeline::check_languages(&guides, &mut diagnostics);
    diagnostics.extend(timeline::missing(&guides));

    let guide_ids = present.keys().cloned().collect();
    let questionnaires = compile_questionnaires(root, &shown, &topic_ids, &guide_ids, &context.figures, today, &mut diagnostics);

    let triage_path = root.join("triage.toml");
    let triage = match std::fs::read_to_string(&triage_path) {
        Ok(text) => {
            let questionnaire_ids = questionnaires.iter().map(|q| q.id.clone()).collect();
            let known = questionnaire::Known { topics: &topic_ids, guides: &guide_ids, questionnaires: &questionnaire_ids, figures: &context.figures, today };
            triage::parse(&shown(&triage_path), &text, &known, &mut diagnostics)
        }
        Err(_) => triage::TriageSrc::default(),
    };

    let filing_path = root.join("filing_checks.toml");
    let filing = match std::fs::read_to_string(&filing_path) {
        Ok(text) => checks::parse_common(&shown(&filing_path), &text, today, &mut diagnostics),
        Err(_) => checks::CommonSrc::default(),
    };

    if diagnostics.is_empty() {
        Ok(Compiled { topics, figures, guides, synonyms, questionnaires, holidays, triage, filing })
    } else {
        diagnostics.sort();
        diagnostics.dedup();
        Err(diagnostics)
    }
}

/// Every `questionnaires/<id>.toml` (the folder is optional).
fn compile_questionnaires(
    root: &Path,
    shown: &dyn Fn(&Path) -> String,
    topics: &BTreeSet<String>,
    guides: &BTreeSet<String>,
    figures: &BTreeMap<String, &FigureSrc>,
    today: Date,
    out: &mut Vec<Diagnostic>,
) -> Vec<QuestionnaireSrc> {
    let dir = root.join("questionnaires");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir).into_iter().flatten().flatten().map(|e| e.path()).collect();
    paths.sort();
    paths.retain(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')));
    let stem = |p: &Path| p.file_stem().unwrap_or_default().to_string_lossy().into_owned();
    let ids: BTreeSet<String> = paths.iter().map(|p| stem(p)).collect();
    let known = questionnaire::Known { topics, guides, questionnaires: &ids, figures, today };
    let mut list = Vec::new();
    for path in paths {
        let file = shown(&path);
        if path.extension().is_none_or(|e| e != "toml") {
            out.push(Diagnostic { file, line: 1, message: "unexpected file: a questionnaire is <id>.toml".into() });
            continue;
        }
        match std::fs::read_to_string(&path) {
            Ok(text) => list.extend(questionnaire::parse(&file, &text, &stem(&path), &known, out)),
            Err(e) => out.push(Diagnostic { file, line: 1, message: format!("cannot read: {e}") }),
        }
    }
    list
}

/// `content/guides/<lang>/<id>.md`, sorted; anything else in `guides/` is an error.
fn guide_files(root: &Path, shown: &dyn Fn(&Path) -> String, out: &mut Vec<Diagnostic>) -> Vec<(String, PathBuf)> {
    let mut files = BTreeMap::new();
    let guides_dir = root.join("guides");
    let Ok(langs) = std::fs::read_dir(&guides_dir) else {
        out.push(Diagnostic { file: shown(&guides_dir), line: 1, message: "missing folder".into() });
        return Vec::new();
    };
    for entry in langs.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if !path.is_dir() || !LANGS.contains(&name.as_str()) {
            if !name.starts_with('.') {
                let message = format!("unexpected entry: guides go in guides/kk, guides/ru or guides/en, not `{name}`");
                out.push(Diagnostic { file: shown(&path), line: 1, message });
            }
            continue;
        }
        for file in std::fs::read_dir(&path).into_iter().flatten().flatten() {
            let fpath = file.path();
            let fname = file.file_name().to_string_lossy().into_owned();
            if fname.starts_with('.') {
                continue;
            }
            if fpath.extension().is_some_and(|e| e == "md") {
                files.insert(fpath, name.clone());
            } else {
                let message = "unexpected file: a guide is a Markdown file named <id>.md";
                out.push(Diagnostic { file: shown(&fpath), line: 1, message: message.into() });
            }
        }
    }
    files.into_iter().map(|(path, lang)| (lang, path)).collect()
}

/// The plain text of a body (headings, paragraphs, list items, notes), for the search index.
/// Figures and citations carry no words a reader would search for and are left out.
pub fn body_text(body: &[markdown::BlockSrc]) -> String {
    let mut out = String::new();
    for block in body {
        for inline in block.walk() {
            if let markdown::InlineSrc::Text(t) = inline {
                out.push_str(t);
            }
        }
        out.push('\n');
    }
    out
}

/// Ids referenced across files, for messages that list what is allowed.
pub fn known_list(set: &BTreeSet<String>) -> String {
    set.iter().cloned().collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests;
