//! One guide file: the TOML header between `+++` lines, then the Markdown body.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;
use toml::Spanned;

use super::figures::{check_source, toml_date, FigureSrc, RawSource, SourceRole, SourceSrc};
use super::markdown::{self, BlockSrc, InlineSrc, LinkSrc};
use super::timeline::{self, RawStep, TimelineSrc};
use super::{known_list, Date, Diagnostic, FileReport, LANGS};

#[derive(Debug, Clone, PartialEq)]
pub struct GuideSrc {
    pub file: String,
    pub id: String,
    pub lang: String,
    pub title: String,
    pub summary: String,
    pub topics: Vec<String>,
    pub keywords: Vec<String>,
    pub reviewed: Date,
    pub sources: Vec<SourceSrc>,
    pub body: Vec<BlockSrc>,
    /// Figure keys used in the body, then in the timeline, in first-use order.
    pub figures: Vec<String>,
    pub timeline: TimelineSrc,
}

/// What a guide is checked against.
pub struct Context<'a> {
    pub topics: BTreeSet<String>,
    /// Ids of every guide file present, in any language.
    pub guides: BTreeSet<String>,
    pub figures: BTreeMap<String, &'a FigureSrc>,
    pub today: Date,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    id: Spanned<String>,
    lang: Spanned<String>,
    title: Spanned<String>,
    summary: Spanned<String>,
    topics: Spanned<Vec<Spanned<String>>>,
    keywords: Spanned<Vec<String>>,
    reviewed: Spanned<super::figures::DateField>,
    #[serde(default)]
    sources: Vec<Spanned<RawSource>>,
    /// The procedure, step by step (see `timeline.rs`).
    #[serde(default)]
    timeline: Vec<Spanned<RawStep>>,
    /// Why the guide has no timeline (it describes no procedure).
    #[serde(default)]
    no_timeline: Option<Spanned<String>>,
}

/// Parses and checks one guide. `dir_lang` is the folder it is in and `stem` its file name without `.md`.
pub fn parse(file: &str, text: &str, dir_lang: &str, stem: &str, ctx: &Context, out: &mut Vec<Diagnostic>) -> Option<GuideSrc> {
    let mut report = FileReport::new(file, text);
    let guide = parse_in(text, dir_lang, stem, ctx, &mut report);
    let failed = !report.diagnostics.is_empty();
    out.append(&mut report.diagnostics);
    if failed {
        None
    } else {
        guide
    }
}

fn parse_in(text: &str, dir_lang: &str, stem: &str, ctx: &Context, report: &mut FileReport) -> Option<GuideSrc> {
    let Some((header_start, header_end, body_start)) = split_header(text) else {
        report.at_line(1, "a guide must start with a `+++` line, its TOML header, and a closing `+++` line");
        return None;
    };
    let header_text = &text[header_start..header_end];
    let header: Header = match toml::from_str(header_text) {
        Ok(h) => h,
        Err(e) => {
            let offset = e.span().map_or(header_start, |s| header_start + s.start);
            report.at_offset(offset, format!("malformed header: {}", e.message().trim()));
            return None;
        }
    };
    let at = |s: std::ops::Range<usize>| header_start + s.start;

    let id = header.id.get_ref().trim().to_string();
    if id != stem {
        report.at_offset(at(header.id.span()), format!("id `{id}` must equal the file name `{stem}`"));
    }
    let lang = header.lang.get_ref().trim().to_string();
    if !LANGS.contains(&lang.as_str()) {
        report.at_offset(at(header.lang.span()), format!("unknown lang `{lang}`: use kk, ru or en"));
    } else if lang != dir_lang {
        report.at_offset(at(header.lang.span()), format!("lang `{lang}` does not match the folder guides/{dir_lang}"));
    }
    for (field, value) in [("title", &header.title), ("summary", &header.summary)] {
        if value.get_ref().trim().is_empty() {
            report.at_offset(at(value.span()), format!("`{field}` must not be empty"));
        }
    }
    if header.topics.get_ref().is_empty() {
        report.at_offset(at(header.topics.span()), "`topics` must name at least one topic id from topics.tsv");
    }
    for topic in header.topics.get_ref() {
        if !ctx.topics.contains(topic.get_ref()) {
            let message = format!("unknown topic `{}`; known topics: {}", topic.get_ref(), known_list(&ctx.topics));
            report.at_offset(at(topic.span()), message);
        }
    }
    if header.keywords.get_ref().iter().all(|k| k.trim().is_empty()) {
        report.at_offset(at(header.keywords.span()), "`keywords` must list the words people search for");
    }
    let reviewed = match toml_date(header.reviewed.get_ref()) {
        Some(d) if d > ctx.today => {
            report.at_offset(at(header.reviewed.span()), format!("`reviewed` date {d} is in the future"));
            None
        }
        Some(d) => Some(d),
        None => {
            report.at_offset(at(header.reviewed.span()), "`reviewed` must be a date like 2026-11-25");
            None
        }
    };
    if header.sources.is_empty() {
        report.at_line(report.line_of(header_end), "a guide needs at least one [[sources]] entry");
    }
    let mut sources: Vec<SourceSrc> = Vec::new();
    let mut source_lines = Vec::new();
    for raw in header.sources {
        let line = report.line_of(at(raw.span()));
        if let Some(source) = check_source(raw.into_inner(), SourceRole::Guide, ctx.today, line, report) {
            if sources.iter().any(|s| s.id == source.id) {
                report.at_line(line, format!("duplicate source id `{}`", source.id));
            }
            sources.push(source);
            source_lines.push(line);
        }
    }

    let body = markdown::parse(&text[body_start..], body_start, report);
    if body.is_empty() {
        report.at_line(report.line_of(body_start), "the guide has no text");
    }
    let mut cited = BTreeSet::new();
    let mut figures: Vec<String> = Vec::new();
    for inline in body.iter().flat_map(BlockSrc::walk) {
        match inline {
            InlineSrc::Cite { id, line } => {
                if sources.iter().any(|s| &s.id == id) {
                    cited.insert(id.clone());
                } else {
                    report.at_line(*line, format!("citation [@{id}] names no source in the header"));
                }
            }
            InlineSrc::Figure { key, line, .. } => match ctx.figures.get(key) {
                None => report.at_line(*line, format!("unknown figure key `{key}`: add it to content/figures.toml")),
                Some(figure) if figure.in_force(ctx.today).is_none() => {
                    report.at_line(*line, format!("figure `{key}` has no value in force on {}", ctx.today))
                }
                Some(_) => {
                    if !figures.contains(key) {
                        figures.push(key.clone());
                    }
                }
            },
            InlineSrc::Link { target: LinkSrc::Topic(topic), line, .. } if !ctx.topics.contains(topic) => {
                report.at_line(*line, format!("broken link: no topic `{topic}`"))
            }
            InlineSrc::Link { target: LinkSrc::Guide(id), line, .. } if !ctx.guides.contains(id) => {
                report.at_line(*line, format!("broken link: no guide `{id}`"))
            }
            _ => {}
        }
    }
    let timeline = timeline::check(header.timeline, header.no_timeline, header_start, &sources, ctx, report);
    for key in timeline.steps().iter().flat_map(|s| s.figures()) {
        if !figures.iter().any(|k| k == key) && ctx.figures.contains_key(key) {
            figures.push(key.to_string());
        }
    }
    for (source, line) in sources.iter().zip(&source_lines) {
        if !cited.contains(&source.id) {
            report.at_line(*line, format!("source `{}` is never cited: cite it as [@{}] or remove it", source.id, source.id));
        }
    }

    Some(GuideSrc {
        file: report.file.clone(),
        id,
        lang,
        title: header.title.into_inner().trim().to_string(),
        summary: header.summary.into_inner().trim().to_string(),
        topics: header.topics.into_inner().into_iter().map(Spanned::into_inner).collect(),
        keywords: header.keywords.into_inner().into_iter().map(|k| k.trim().to_string()).filter(|k| !k.is_empty()).collect(),
        reviewed: reviewed?,
        sources,
        body,
        figures,
        timeline,
    })
}

/// Finds the header: returns (header start, header end, body start) as byte offsets.
fn split_header(text: &str) -> Option<(usize, usize, usize)> {
    let text_start = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let rest = &text[text_start..];
    let first_end = rest.find('\n')?;
    if rest[..first_end].trim_end() != "+++" {
        return None;
    }
    let header_start = text_start + first_end + 1;
    let mut pos = header_start;
    for line in text[header_start..].split_inclusive('\n') {
        if line.trim_end() == "+++" {
            return Some((header_start, pos, pos + line.len()));
        }
        pos += line.len();
    }
    None
}

/// Every guide is written in every language: each file needs its twins in the two others (kk, ru, en).
/// `present` maps each guide id to its languages and their files.
pub fn check_twins(present: &BTreeMap<String, BTreeMap<String, String>>, out: &mut Vec<Diagnostic>) {
    for (id, langs) in present {
        for (lang, file) in langs {
            for missing in LANGS.iter().filter(|l| **l != lang.as_str() && !langs.contains_key(**l)) {
                let message = format!("missing translation: guides/{missing}/{id}.md does not exist");
                out.push(Diagnostic { file: file.clone(), line: 1, message });
            }
        }
    }
}
