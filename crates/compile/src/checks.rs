//! "Check before you file": `filing_checks.toml` (the items every claim gets) and a questionnaire's
//! own `[[checks]]`, checked and written as Rust statics (`COMMON_FILING_CHECKS`, `FILING`) for
//! `core::interview::filing_check`.
//!
//! Checked here: ids (lowercase, unique), kk and ru texts, `filing = "claim"` (the only kind so far),
//! each condition (`when`, `met_when`) parses and reads questions or values the questionnaire asks (a
//! common item reads only `fee_exempt`), an item is computed or asked (or both), every item cites a
//! source of its file and every source of `filing_checks.toml` is cited.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use serde::Deserialize;
use toml::Spanned;

use super::figures::{check_source, RawSource, SourceRole, SourceSrc};
use super::questionnaire::{check_condition, check_texts, QuestionnaireSrc, TextsSrc};
use super::{Date, Diagnostic, FileReport};

/// The id conditions of checks may read besides the answers (`filing_check::FEE_EXEMPT`).
const FEE_EXEMPT: &str = "fee_exempt";

/// The kinds of filing that get the common items.
pub const FILINGS: [&str; 1] = ["claim"];

/// One `[[checks]]` item.
#[derive(Debug, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct CheckSrc {
    pub id: String,
    /// In `filing_checks.toml`: the kind of filing it is for (`claim`).
    #[serde(default)]
    pub filing: String,
    pub title: TextsSrc,
    pub todo: TextsSrc,
    #[serde(default)]
    pub when: String,
    #[serde(default)]
    pub met_when: String,
    #[serde(default)]
    pub ask: bool,
    #[serde(default)]
    pub sources: Vec<String>,
}

/// `filing_checks.toml`, checked.
#[derive(Debug, Default, Clone)]
pub struct CommonSrc {
    pub sources: Vec<SourceSrc>,
    pub checks: Vec<CheckSrc>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CommonFile {
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    #[serde(default)]
    checks: Vec<CheckSrc>,
}

/// Reads `filing_checks.toml` (`text`, shown as `file`).
pub fn parse_common(file: &str, text: &str, today: Date, out: &mut Vec<Diagnostic>) -> CommonSrc {
    let mut report = FileReport::new(file, text);
    let parsed: CommonFile = match toml::from_str(text) {
        Ok(f) => f,
        Err(e) => {
            report.at_offset(e.span().map_or(0, |s| s.start), format!("malformed filing checks: {}", e.message().trim()));
            out.append(&mut report.diagnostics);
            return CommonSrc::default();
        }
    };
    let mut sources: Vec<SourceSrc> = Vec::new();
    for raw in &parsed.sources {
        let line = report.line_of(raw.span().start);
        let Some(source) = check_source(raw.get_ref().clone(), SourceRole::Guide, today, line, &mut report) else { continue };
        if sources.iter().any(|s| s.id == source.id) {
            report.at_line(line, format!("duplicate source id `{}`", source.id));
            continue;
        }
        if !parsed.checks.iter().any(|c| c.sources.contains(&source.id)) {
            report.at_line(line, format!("source `{}` is not cited by any [[checks]] item", source.id));
        }
        sources.push(source);
    }
    let mut asked: BTreeMap<String, Vec<String>> = BTreeMap::new();
    asked.insert(FEE_EXEMPT.to_string(), Vec::new());
    let ids: BTreeSet<String> = sources.iter().map(|s| s.id.clone()).collect();
    check_items(&parsed.checks, &asked, &ids, true, text, &mut report);
    let failed = !report.diagnostics.is_empty();
    out.append(&mut report.diagnostics);
    if failed {
        return CommonSrc::default();
    }
    CommonSrc { sources, checks: parsed.checks }
}

/// A questionnaire's `filing` and `[[checks]]`, with `asked` the questions and values it asks.
pub fn check_questionnaire(q: &QuestionnaireSrc, asked: &BTreeMap<String, Vec<String>>, text: &str, report: &mut FileReport) {
    if !q.filing.is_empty() && !FILINGS.contains(&q.filing.as_str()) {
        let line = text.lines().position(|l| l.trim_start().starts_with("filing")).map_or(1, |i| i + 1);
        report.at_line(line, format!("unknown `filing = \"{}\"`; use one of {}", q.filing, FILINGS.join(", ")));
    }
    if (!q.filing.is_empty() || !q.checks.is_empty()) && q.document.is_none() {
        report.at_line(1, "`filing` and [[checks]] need a [document]: the check is shown above its download");
    }
    let mut asked = asked.clone();
    asked.insert(FEE_EXEMPT.to_string(), Vec::new());
    let ids: BTreeSet<String> = q.raw_sources.iter().filter_map(|s| s.get_ref().id.clone()).map(|s| s.trim().to_string()).collect();
    check_items(&q.checks, &asked, &ids, false, text, report);
}

fn check_items(checks: &[CheckSrc], asked: &BTreeMap<String, Vec<String>>, sources: &BTreeSet<String>, common: bool, text: &str, report: &mut FileReport) {
    let headers: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.trim() == "[[checks]]").map(|(i, _)| i + 1).collect();
    let mut ids = BTreeSet::new();
    for (i, check) in checks.iter().enumerate() {
        let line = headers.get(i).copied().unwrap_or(1);
        let key_line = |key: &str| super::questionnaire::key_line(text, line, key);
        if !ids.insert(check.id.clone()) {
            report.at_line(line, format!("duplicate check id `{}`", check.id));
        }
        if check.id.is_empty() || !check.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
            report.at_line(line, format!("check id `{}`: use lowercase letters, digits and _", check.id));
        }
        if common && !FILINGS.contains(&check.filing.as_str()) {
            report.at_line(key_line("filing"), format!("check `{}` needs `filing` = one of {}", check.id, FILINGS.join(", ")));
        }
        if !common && !check.filing.is_empty() {
            report.at_line(key_line("filing"), "a questionnaire's check takes the questionnaire's `filing`; leave `filing` out here");
        }
        check_texts(&check.title, "check title", line, report);
        check_texts(&check.todo, "check todo", line, report);
        check_condition(&check.when, asked, key_line("when"), "when", report);
        check_condition(&check.met_when, asked, key_line("met_when"), "met_when", report);
        if check.met_when.trim().is_empty() && !check.ask {
            report.at_line(line, format!("check `{}` is neither computed (`met_when`) nor asked (`ask = true`)", check.id));
        }
        if check.sources.is_empty() {
            report.at_line(line, format!("check `{}` cites no source: name the articles it rests on in `sources`", check.id));
        }
        for id in &check.sources {
            if !sources.contains(id.trim()) {
                report.at_line(key_line("sources"), format!("check `{}` cites `{id}`, which is not in [[sources]]", check.id));
            }
        }
    }
}

/// `COMMON_FILING_CHECKS` and `FILING` (one entry per questionnaire with `filing` or `[[checks]]`).
pub fn to_rust(common: &CommonSrc, questionnaires: &[QuestionnaireSrc], source: impl Fn(&SourceSrc) -> String) -> String {
    let mut out = String::from("pub static COMMON_FILING_CHECKS: &[crate::core::interview::filing_check::FilingCheck] = &[\n");
    for c in &common.checks {
        out.push_str(&item(c, &common.sources, &source));
    }
    out.push_str("];\npub static FILING: &[crate::core::interview::filing_check::FilingEntry] = &[\n");
    for q in questionnaires.iter().filter(|q| !q.filing.is_empty() || !q.checks.is_empty()) {
        let kind = match q.filing.as_str() {
            "claim" => "Some(crate::core::interview::filing_check::FilingKind::Claim)",
            _ => "None",
        };
        let _ = write!(out, "crate::core::interview::filing_check::FilingEntry {{ questionnaire: {:?}, kind: {kind}, checks: &[", q.id);
        for c in &q.checks {
            out.push_str(&item(c, &q.sources, &source));
        }
        out.push_str("] },\n");
    }
    out.push_str("];\n");
    out
}

fn item(c: &CheckSrc, sources: &[SourceSrc], source: &impl Fn(&SourceSrc) -> String) -> String {
    let texts = |t: &TextsSrc| format!("Texts {{ kk: {:?}, ru: {:?}, en: {:?} }}", t.kk, t.ru, if t.en.is_empty() { &t.ru } else { &t.en });
    let cited: Vec<String> = c.sources.iter().filter_map(|id| sources.iter().find(|s| s.id == id.trim())).map(source).collect();
    format!(
        "crate::core::interview::filing_check::FilingCheck {{ id: {:?}, title: {}, todo: {}, when: {:?}, met_when: {:?}, ask: {}, sources: &[{}] }},\n",
        c.id,
        texts(&c.title),
        texts(&c.todo),
        c.when,
        c.met_when,
        c.ask,
        cited.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::{Path, PathBuf};

    const SOURCE: &str = "[[sources]]\nid = \"gpk-149\"\nact = \"Гражданский процессуальный кодекс Республики Казахстан от 31.10.2015 № 377-V\"\narticle = \"ст. 149\"\nversion = \"ред. 2020\"\nread = 2026-01-05\nurl = \"https://adilet.zan.kz/rus/docs/K1500000377\"\nconfidence = \"C\"\n";
    const CHECK: &str = "\n[[checks]]\nid = \"copies\"\nfiling = \"claim\"\nask = true\nsources = [\"gpk-149\"]\ntitle = { kk = \"к\", ru = \"р\" }\ntodo = { kk = \"к\", ru = \"р\" }\n";

    fn common(text: &str) -> (CommonSrc, Vec<String>) {
        let mut out = Vec::new();
        let parsed = parse_common("content/filing_checks.toml", text, Date::today_utc(), &mut out);
        (parsed, out.iter().map(|d| d.to_string()).collect())
    }

    #[test]
    fn a_common_item_is_read_with_its_source() {
        let (parsed, errs) = common(&format!("{SOURCE}{CHECK}"));
        assert!(errs.is_empty(), "{errs:?}");
        assert_eq!(parsed.checks.len(), 1);
        assert_eq!(parsed.sources[0].id, "gpk-149");
    }

    #[test]
    fn each_mistake_in_a_common_item_is_reported_at_its_line() {
        // Line 10 is `[[checks]]`, 11 its id, 12 `filing`, 13 `ask`, 14 `sources`.
        let unknown_filing = CHECK.replace("filing = \"claim\"", "filing = \"appeal\"");
        let (_, errs) = common(&format!("{SOURCE}{unknown_filing}"));
        assert!(errs.contains(&"content/filing_checks.toml:12: check `copies` needs `filing` = one of claim".to_string()), "{errs:?}");
        let neither = CHECK.replace("ask = true", "ask = false");
        let (_, errs) = common(&format!("{SOURCE}{neither}"));
        assert!(errs.contains(&"content/filing_checks.toml:10: check `copies` is neither computed (`met_when`) nor asked (`ask = true`)".to_string()), "{errs:?}");
        let reads_an_answer = CHECK.replace("ask = true", "met_when = \"fee_paid\"");
        let (_, errs) = common(&format!("{SOURCE}{reads_an_answer}"));
        assert!(errs.iter().any(|e| e.starts_with("content/filing_checks.toml:13: met_when `fee_paid` reads `fee_paid`")), "{errs:?}");
        let unknown_source = CHECK.replace("[\"gpk-149\"]", "[\"gpk-149\", \"gpk-999\"]");
        let (_, errs) = common(&format!("{SOURCE}{unknown_source}"));
        assert!(errs.contains(&"content/filing_checks.toml:14: check `copies` cites `gpk-999`, which is not in [[sources]]".to_string()), "{errs:?}");
        let (_, errs) = common(&format!("{SOURCE}{}", CHECK.replace("ru = \"р\" }\ntodo", "ru = \"\" }\ntodo")));
        assert!(errs.iter().any(|e| e.starts_with("content/filing_checks.toml:10:")), "{errs:?}");
    }

    /// The real content in a scratch folder, with `edit` applied to the wages claim.
    fn compile_with_wages(name: &str, edit: impl Fn(&str) -> String) -> Vec<String> {
        fn copy(from: &Path, to: &Path) {
            std::fs::create_dir_all(to).unwrap();
            for entry in std::fs::read_dir(from).unwrap() {
                let entry = entry.unwrap();
                let target = to.join(entry.file_name());
                if entry.file_type().unwrap().is_dir() {
                    copy(&entry.path(), &target);
                } else {
                    std::fs::copy(entry.path(), target).unwrap();
                }
            }
        }
        let real = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content");
        let root = std::env::temp_dir().join(format!("zanger-checks-{name}-{}", std::process::id())).join("content");
        let _ = std::fs::remove_dir_all(&root);
        copy(&real, &root);
        let file = root.join("questionnaires/labor.wages.claim.toml");
        let text = std::fs::read_to_string(&file).unwrap();
        let edited = edit(&text);
        assert_ne!(edited, text, "the edit changed nothing");
        std::fs::write(&file, edited).unwrap();
        let errs = match super::super::compile_dir(&root, Date::today_utc()) {
            Ok(_) => Vec::new(),
            Err(d) => d.iter().map(|d| d.to_string()).collect(),
        };
        let _ = std::fs::remove_dir_all(root.parent().unwrap());
        errs
    }

    #[test]
    fn a_questionnaire_item_reading_an_unknown_answer_is_reported_at_its_line() {
        let errs = compile_with_wages("typo", |t| t.replacen("met_when = 'commission_exception != \"none\"", "met_when = 'commision_exception != \"none\"", 1));
        let real = std::fs::read_to_string(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content/questionnaires/labor.wages.claim.toml")).unwrap();
        let line = real.lines().position(|l| l.starts_with("met_when = 'commission_exception")).unwrap() + 1;
        let want = format!("content/questionnaires/labor.wages.claim.toml:{line}: met_when `");
        assert!(errs.iter().any(|e| e.starts_with(&want) && e.contains("reads `commision_exception`")), "{errs:?}");
    }

    #[test]
    fn a_questionnaire_filing_kind_must_be_known() {
        let errs = compile_with_wages("filing", |t| t.replacen("filing = \"claim\"", "filing = \"appeal\"", 1));
        assert!(errs.iter().any(|e| e.starts_with("content/questionnaires/labor.wages.claim.toml:") && e.contains("unknown `filing = \"appeal\"`; use one of claim")), "{errs:?}");
    }
}
