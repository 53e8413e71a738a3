//! Compiles `content/` into Rust statics, failing the build with `file:line: message` on any mistake.

#[path = "src/core/content/compile/mod.rs"]
#[allow(dead_code)]
mod compile;

#[path = "src/core/search/mod.rs"]
#[allow(dead_code)]
mod search;

use std::path::Path;
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/core/content/compile");
    println!("cargo:rerun-if-changed=src/core/date.rs");
    println!("cargo:rerun-if-changed=src/core/search");
    println!("cargo:rerun-if-env-changed=ZANGER_BUILD_DATE");
    println!("cargo:rerun-if-env-changed=ZANGER_CONTENT_DIR");

    // ZANGER_CONTENT_DIR lets an editor build a draft copy of the content folder.
    let root = match std::env::var_os("ZANGER_CONTENT_DIR") {
        Some(dir) => {
            println!("cargo:rerun-if-changed={}", Path::new(&dir).display());
            Path::new(&dir).to_path_buf()
        }
        None => Path::new(env!("CARGO_MANIFEST_DIR")).join("content"),
    };
    match compile::compile_dir(&root, build_date()) {
        Ok(content) => {
            let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("content.rs");
            let mut rust = compile::to_rust(&content);
            rust.push_str(&format!("pub static SEARCH_INDEX: crate::core::search::Index = {};\n", search_index(&content).to_rust()));
            rust.push_str(&synonyms_rust(&content));
            std::fs::write(out, rust).expect("write content.rs");
        }
        Err(diagnostics) => {
            for d in &diagnostics {
                // `cargo:warning` makes each line visible even without -vv; stderr carries the full list.
                println!("cargo:warning={d}");
                eprintln!("{d}");
            }
            eprintln!("content validation failed: {} problem(s)", diagnostics.len());
            std::process::exit(1);
        }
    }
}

/// The search index over every guide in every language, prepared here so the browser only loads it.
fn search_index(content: &compile::Compiled) -> search::Index {
    use search::{Document, Field};
    use search::stem::StemLang;
    let prepared: Vec<(&compile::GuideSrc, String, String, String)> = content
        .guides
        .iter()
        .map(|g| {
            let topics = g
                .topics
                .iter()
                .filter_map(|id| content.topics.iter().find(|t| &t.id == id))
                .map(|t| {
                    let words = content.synonyms.iter().filter(|s| s.topic == t.id).flat_map(|s| s.words.iter());
                    let synonyms: Vec<&str> = words.map(String::as_str).collect();
                    format!("{} {} {} {}", t.kk, t.ru, t.en, synonyms.join(", "))
                })
                .collect::<Vec<_>>()
                .join(" ");
            (g, g.keywords.join(", "), topics, compile::body_text(&g.body))
        })
        .collect();
    let documents: Vec<Document> = prepared
        .iter()
        .map(|(g, keywords, topics, body)| Document {
            key: &g.id,
            lang: match g.lang.as_str() {
                "kk" => StemLang::Kk,
                "ru" => StemLang::Ru,
                _ => StemLang::En,
            },
            fields: vec![
                (Field::Title, g.title.as_str()),
                (Field::Keywords, keywords.as_str()),
                (Field::Topic, topics.as_str()),
                (Field::Summary, g.summary.as_str()),
                (Field::Body, body.as_str()),
            ],
        })
        .collect();
    search::Index::build(&documents)
}

/// The synonyms per topic (every language together), as indexed above: for tools that index the same
/// text with other engines (the browser benchmark). Unused by the app, so the linker drops it there.
fn synonyms_rust(content: &compile::Compiled) -> String {
    let mut out = String::from("pub static SYNONYMS: &[(&str, &[&str])] = &[\n");
    for t in &content.topics {
        let words: Vec<&String> = content.synonyms.iter().filter(|s| s.topic == t.id).flat_map(|s| s.words.iter()).collect();
        out.push_str(&format!("({:?}, &{:?}),\n", t.id, words));
    }
    out.push_str("];\n");
    out
}

/// Today (UTC), or `ZANGER_BUILD_DATE=YYYY-MM-DD` for a reproducible build.
fn build_date() -> compile::Date {
    if let Ok(text) = std::env::var("ZANGER_BUILD_DATE") {
        return compile::Date::parse_iso(&text).expect("ZANGER_BUILD_DATE must be YYYY-MM-DD");
    }
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs();
    compile::Date::from_days_since_epoch((secs / 86_400) as i64)
}
