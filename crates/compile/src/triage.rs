//! `triage.toml`: the papers a person may receive from a court or a bailiff, how to recognise each, the
//! period to answer and the answer to open (the page "I received a document", `core::triage`).
//!
//! Each `[[kinds]]` entry is checked: a unique id; kk, ru and en for every text; `start` is `received`
//! `made` or `announced`; `period` names a duration figure in force on the build date; `form`, `also_form`, `late_form` name
//! questionnaires and `guide`, `late_guide` guides that exist; a kind with a period says where to go
//! once it has passed; `{{figure}}` forms in the texts name figures in force. The file is optional (a
//! content folder without it has no triage).

use std::collections::BTreeSet;
use std::fmt::Write;

use serde::Deserialize;
use toml::Spanned;

use super::questionnaire::{check_figures, Known, TextsSrc};
use super::{Diagnostic, FileReport};

/// One kind of paper, as validated.
#[derive(Debug, Clone)]
pub struct KindSrc {
    pub id: String,
    /// "received" (the period runs from the day the paper was received), "made" (from the date the act
    /// was made in final form, printed on it) or "announced" (from the day it was announced).
    pub start: String,
    pub period: Option<String>,
    pub form: Option<String>,
    /// A second questionnaire that may also be needed (a counter-claim beside the response).
    pub also_form: Option<String>,
    pub guide: String,
    pub late_form: Option<String>,
    pub late_guide: Option<String>,
    pub label: TextsSrc,
    pub title_words: TextsSrc,
    pub signed_by: TextsSrc,
    pub demands: TextsSrc,
    pub what: TextsSrc,
    pub if_missed: TextsSrc,
    pub note: Option<TextsSrc>,
}

#[derive(Debug, Clone, Default)]
pub struct TriageSrc {
    pub kinds: Vec<KindSrc>,
    /// Which version of the acts was read, shown under the answer.
    pub version_note: TextsSrc,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    version_note: Spanned<TextsSrc>,
    #[serde(default)]
    kinds: Vec<Spanned<RawKind>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawKind {
    id: String,
    start: Spanned<String>,
    period: Option<Spanned<String>>,
    form: Option<Spanned<String>>,
    also_form: Option<Spanned<String>>,
    guide: Spanned<String>,
    late_form: Option<Spanned<String>>,
    late_guide: Option<Spanned<String>>,
    label: TextsSrc,
    title_words: TextsSrc,
    signed_by: TextsSrc,
    demands: TextsSrc,
    what: TextsSrc,
    if_missed: TextsSrc,
    note: Option<TextsSrc>,
}

const STARTS: [&str; 3] = ["received", "made", "announced"];
const DURATIONS: [&str; 5] = ["days", "working_days", "calendar_days", "months", "years"];

/// Reads `content/triage.toml`, checking what it refers to against the rest of the content (`known`).
pub fn parse(file: &str, text: &str, known: &Known, out: &mut Vec<Diagnostic>) -> TriageSrc {
    let mut report = FileReport::new(file, text);
    let raw: RawFile = match toml::from_str(text) {
        Ok(raw) => raw,
        Err(e) => {
            report.at_offset(e.span().map_or(0, |s| s.start), format!("malformed triage: {}", e.message().trim()));
            out.append(&mut report.diagnostics);
            return TriageSrc::default();
        }
    };
    let version_line = report.line_of(raw.version_note.span().start);
    let version_note = raw.version_note.into_inner();
    all_three(&version_note, "`version_note`", version_line, &mut report);
    if raw.kinds.is_empty() {
        report.at_line(1, "no [[kinds]]: the triage needs at least one kind of paper");
    }
    let mut seen = BTreeSet::new();
    let mut kinds = Vec::new();
    for spanned in raw.kinds {
        let line = report.line_of(spanned.span().start);
        let k = spanned.into_inner();
        if k.id.trim().is_empty() || !k.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            report.at_line(line, format!("kind id `{}`: use lowercase letters, digits and `_`", k.id));
        }
        if !seen.insert(k.id.clone()) {
            report.at_line(line, format!("duplicate kind id `{}`", k.id));
        }
        if !STARTS.contains(&k.start.get_ref().as_str()) {
            report.at_offset(k.start.span().start, format!("`{}`: start must be one of {}", k.start.get_ref(), STARTS.join(", ")));
        }
        if let Some(p) = &k.period {
            match known.figures.get(p.get_ref()) {
                None => report.at_offset(p.span().start, format!("unknown figure key `{}`: add it to content/figures.toml", p.get_ref())),
                Some(f) if !DURATIONS.contains(&f.kind.as_str()) => {
                    report.at_offset(p.span().start, format!("figure `{}` is a {}, not a period", p.get_ref(), f.kind))
                }
                Some(f) if f.in_force(known.today).is_none() => {
                    report.at_offset(p.span().start, format!("figure `{}` has no value in force on {}", p.get_ref(), known.today))
                }
                Some(_) => {}
            }
            if k.late_form.is_none() && k.late_guide.is_none() {
                report.at_line(line, format!("kind `{}` has a period but no `late_form` or `late_guide` for when it has passed", k.id));
            }
        }
        for form in [&k.form, &k.also_form, &k.late_form].into_iter().flatten() {
            if !known.questionnaires.contains(form.get_ref()) {
                report.at_offset(form.span().start, format!("unknown questionnaire `{}`: known are {}", form.get_ref(), super::known_list(known.questionnaires)));
            }
        }
        for guide in std::iter::once(&k.guide).chain(&k.late_guide) {
            if !known.guides.contains(guide.get_ref()) {
                report.at_offset(guide.span().start, format!("unknown guide `{}`", guide.get_ref()));
            }
        }
        let texts = [
            ("label", Some(&k.label)),
            ("title_words", Some(&k.title_words)),
            ("signed_by", Some(&k.signed_by)),
            ("demands", Some(&k.demands)),
            ("what", Some(&k.what)),
            ("if_missed", Some(&k.if_missed)),
            ("note", k.note.as_ref()),
        ];
        for (name, t) in texts {
            if let Some(t) = t {
                all_three(t, &format!("kind `{}`: `{name}`", k.id), line, &mut report);
                check_figures(t, line, known, &mut report);
            }
        }
        kinds.push(KindSrc {
            id: k.id,
            start: k.start.into_inner(),
            period: k.period.map(Spanned::into_inner),
            form: k.form.map(Spanned::into_inner),
            also_form: k.also_form.map(Spanned::into_inner),
            guide: k.guide.into_inner(),
            late_form: k.late_form.map(Spanned::into_inner),
            late_guide: k.late_guide.map(Spanned::into_inner),
            label: k.label,
            title_words: k.title_words,
            signed_by: k.signed_by,
            demands: k.demands,
            what: k.what,
            if_missed: k.if_missed,
            note: k.note,
        });
    }
    out.append(&mut report.diagnostics);
    TriageSrc { kinds, version_note }
}

/// The triage page is shown in all three languages, so every text needs kk, ru and en.
fn all_three(t: &TextsSrc, what: &str, line: usize, report: &mut FileReport) {
    for (lang, text) in [("kk", &t.kk), ("ru", &t.ru), ("en", &t.en)] {
        if text.trim().is_empty() {
            report.at_line(line, format!("{what} has no {lang} text"));
        }
    }
}

/// `pub static TRIAGE: &[crate::core::triage::Kind]` and `TRIAGE_VERSION_NOTE: Texts`.
pub fn to_rust(t: &TriageSrc) -> String {
    let texts = |t: &TextsSrc| format!("Texts {{ kk: {:?}, ru: {:?}, en: {:?} }}", t.kk, t.ru, t.en);
    let opt = |s: &Option<String>| s.as_ref().map_or("None".to_string(), |s| format!("Some({s:?})"));
    let mut out = String::from("pub static TRIAGE: &[crate::core::triage::Kind] = &[\n");
    for k in &t.kinds {
        let start = match k.start.as_str() {
            "made" => "Made",
            "announced" => "Announced",
            _ => "Received",
        };
        let _ = writeln!(
            out,
            "crate::core::triage::Kind {{ id: {:?}, start: crate::core::triage::Start::{start}, period: {}, form: {}, also_form: {}, guide: {:?}, late_form: {}, late_guide: {}, label: {}, title_words: {}, signed_by: {}, demands: {}, what: {}, if_missed: {}, note: {} }},",
            k.id,
            opt(&k.period),
            opt(&k.form),
            opt(&k.also_form),
            k.guide,
            opt(&k.late_form),
            opt(&k.late_guide),
            texts(&k.label),
            texts(&k.title_words),
            texts(&k.signed_by),
            texts(&k.demands),
            texts(&k.what),
            texts(&k.if_missed),
            k.note.as_ref().map_or("None".to_string(), |n| format!("Some({})", texts(n))),
        );
    }
    out.push_str("];\n");
    let _ = writeln!(out, "pub static TRIAGE_VERSION_NOTE: Texts = {};", texts(&t.version_note));
    out
}

#[cfg(test)]
mod tests {
    use super::super::figures::FigureSrc;
    use super::super::Date;
    use super::*;
    use std::collections::BTreeMap;
    use std::path::PathBuf;

    fn content() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
    }

    fn errors_of(text: &str) -> Vec<String> {
        let today = Date::today_utc();
        let figures_text = std::fs::read_to_string(content().join("figures.toml")).unwrap();
        let mut ignored = Vec::new();
        let figures = super::super::figures::parse("content/figures.toml", &figures_text, today, &mut ignored);
        let figures: BTreeMap<String, &FigureSrc> = figures.iter().map(|f| (f.key.clone(), f)).collect();
        let set = |ids: &[&str]| ids.iter().map(|s| s.to_string()).collect::<BTreeSet<String>>();
        let (topics, guides, questionnaires) = (set(&[]), set(&["court.order", "court.defense"]), set(&["court.order.objection", "court.restore"]));
        let known = Known { topics: &topics, guides: &guides, questionnaires: &questionnaires, figures: &figures, today };
        let mut out = Vec::new();
        parse("content/triage.toml", text, &known, &mut out);
        out.iter().map(ToString::to_string).collect()
    }

    const TEXTS: &str = r#"label = { kk = "a", ru = "a", en = "a" }
title_words = { kk = "a", ru = "a", en = "a" }
signed_by = { kk = "a", ru = "a", en = "a" }
demands = { kk = "a", ru = "a", en = "a" }
what = { kk = "a {{deadline.court_order_objection}}", ru = "a", en = "a" }
if_missed = { kk = "a", ru = "a", en = "a" }
"#;

    fn file(kinds: &str) -> String {
        format!("version_note = {{ kk = \"v\", ru = \"v\", en = \"v\" }}\n{kinds}")
    }

    #[test]
    fn the_real_triage_compiles_with_every_kind() {
        let compiled = super::super::compile_dir(&content(), Date::today_utc()).unwrap_or_else(|d| panic!("{d:?}"));
        assert!(compiled.triage.kinds.len() >= 8);
        assert!(compiled.triage.kinds.iter().any(|k| k.period.is_none()), "enforcement has no period");
        let rust = to_rust(&compiled.triage);
        assert!(rust.contains("pub static TRIAGE: &[crate::core::triage::Kind]") && rust.contains("TRIAGE_VERSION_NOTE"));
    }

    #[test]
    fn a_valid_kind_has_no_diagnostics() {
        let text = file(&format!("[[kinds]]\nid = \"court_order\"\nstart = \"received\"\nperiod = \"deadline.court_order_objection\"\nform = \"court.order.objection\"\nguide = \"court.order\"\nlate_form = \"court.restore\"\n{TEXTS}"));
        assert_eq!(errors_of(&text), Vec::<String>::new());
    }

    #[test]
    fn each_mistake_is_reported_at_its_line() {
        let text = file(&format!(
            "[[kinds]]\nid = \"a\"\nstart = \"sent\"\nperiod = \"deadline.nope\"\nform = \"court.nope\"\nguide = \"court.nada\"\n{TEXTS}\n[[kinds]]\nid = \"a\"\nstart = \"made\"\nperiod = \"mrp\"\nguide = \"court.order\"\n{}",
            TEXTS.replace("what = { kk = \"a {{deadline.court_order_objection}}\", ru = \"a\", en = \"a\" }", "what = { kk = \"a {{nope}}\", ru = \"a\" }")
        ));
        let errors = errors_of(&text);
        let has = |needle: &str| errors.iter().any(|e| e.contains(needle));
        assert!(has("content/triage.toml:4: `sent`: start must be one of received, made, announced"), "{errors:#?}");
        assert!(has("content/triage.toml:5: unknown figure key `deadline.nope`"), "{errors:#?}");
        assert!(has("content/triage.toml:6: unknown questionnaire `court.nope`"), "{errors:#?}");
        assert!(has("content/triage.toml:7: unknown guide `court.nada`"), "{errors:#?}");
        assert!(has("duplicate kind id `a`"), "{errors:#?}");
        assert!(has("figure `mrp` is a money, not a period"), "{errors:#?}");
        assert!(has("kind `a` has a period but no `late_form` or `late_guide`"), "{errors:#?}");
        assert!(has("kind `a`: `what` has no en text"), "{errors:#?}");
        assert!(has("unknown figure key `nope`"), "{errors:#?}");
    }

    #[test]
    fn a_malformed_file_is_reported() {
        let errors = errors_of("version_note = { kk = \"v\", ru = \"v\", en = \"v\" }\n[[kinds]]\nid = 3\n");
        assert!(errors.iter().any(|e| e.starts_with("content/triage.toml:3: malformed triage")), "{errors:#?}");
    }
}
