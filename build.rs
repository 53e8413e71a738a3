//! Compiles `content/` into Rust statics and per-language content packs, failing the build with `file:line: message` on any mistake.

// The compiler is its own crate (crates/compile), a build dependency: cargo reruns this script when it
// changes.
use zanger_compile as compile;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=content");
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
            let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
            let mut rust = compile::to_rust(&content);
            rust.push_str(&synonyms_rust(&content));
            match acts_rust(&root, &content) {
                Ok(acts) => rust.push_str(&acts),
                Err(diagnostics) => fail(&diagnostics),
            }
            rust.push_str(&write_packs(&content, &out));
            std::fs::write(out.join("content.rs"), rust).expect("write content.rs");
        }
        Err(diagnostics) => fail(&diagnostics),
    }
}

fn fail(diagnostics: &[impl std::fmt::Display]) -> ! {
    for d in diagnostics {
        // `cargo:warning` makes each line visible even without -vv; stderr carries the full list.
        println!("cargo:warning={d}");
        eprintln!("{d}");
    }
    eprintln!("content validation failed: {} problem(s)", diagnostics.len());
    std::process::exit(1);
}

/// `content/acts.toml`: the Kazakh and English name of each act that questionnaire sources and figures
/// cite in Russian. Every such act must match an entry (its `ru` is the start of the title, "Республики
/// Казахстан" read as "РК", the longest wins) and every entry some act. Returns `ACTS`: one
/// `(Russian title as cited, kk, en)` per distinct title, for `content::act_name`.
fn acts_rust(root: &Path, content: &compile::Compiled) -> Result<String, Vec<String>> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct File {
        acts: Vec<Act>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Act {
        ru: String,
        kk: String,
        en: String,
    }
    let path = root.join("acts.toml");
    let shown = "content/acts.toml";
    let text = std::fs::read_to_string(&path).map_err(|e| vec![format!("{shown}:1: cannot read: {e}")])?;
    let line_of = |needle: &str| text.find(needle).map_or(1, |at| text[..at].lines().count() + 1);
    let file: File = toml::from_str(&text).map_err(|e| {
        let line = e.span().map_or(1, |s| text[..s.start].lines().count().max(1));
        vec![format!("{shown}:{line}: {}", e.message())]
    })?;
    let normal = |title: &str| title.replace("Республики Казахстан", "РК");
    let mut errors = Vec::new();
    for a in &file.acts {
        if a.ru.trim().is_empty() || a.kk.trim().is_empty() || a.en.trim().is_empty() {
            errors.push(format!("{shown}:{}: an act needs `ru`, `kk` and `en`", line_of(&format!("ru = {:?}", a.ru))));
        }
    }
    // Every act a questionnaire source or a figure value cites, with where it is cited.
    let mut cited: Vec<(String, String)> = Vec::new();
    for q in &content.questionnaires {
        for s in &q.sources {
            cited.push((s.act.clone(), format!("content/questionnaires/{}.toml: source `{}`", q.id, s.id)));
        }
    }
    for f in &content.figures {
        for v in &f.values {
            cited.push((v.source.act.clone(), format!("content/figures.toml: figure `{}`", f.key)));
        }
    }
    let mut table: Vec<(String, usize)> = Vec::new();
    let mut used = vec![false; file.acts.len()];
    for (act, place) in &cited {
        let best = file.acts.iter().enumerate().filter(|(_, a)| normal(act).starts_with(&normal(&a.ru))).max_by_key(|(_, a)| a.ru.len());
        match best {
            Some((i, _)) => {
                used[i] = true;
                if !table.iter().any(|(t, _)| t == act) {
                    table.push((act.clone(), i));
                }
            }
            None => errors.push(format!("{place}: the act «{act}» has no Kazakh and English name in {shown} (add an entry whose `ru` starts its title)")),
        }
    }
    for (a, used) in file.acts.iter().zip(&used) {
        if !used {
            errors.push(format!("{shown}:{}: no questionnaire source or figure cites «{}»: remove the entry", line_of(&format!("ru = {:?}", a.ru)), a.ru));
        }
    }
    if !errors.is_empty() {
        errors.dedup();
        return Err(errors);
    }
    let mut out = String::from("pub static ACTS: &[(&str, &str, &str)] = &[\n");
    for (act, i) in &table {
        out.push_str(&format!("({act:?}, {:?}, {:?}),\n", file.acts[*i].kk, file.acts[*i].en));
    }
    out.push_str("];\n");
    Ok(out)
}

/// Writes each language's content pack: `OUT_DIR/pack-<lang>.bin` (embedded by native builds) and, for
/// `cargo xtask build` to ship, `<profile dir>/zanger-packs/content-<lang>-<hash>.bin` with a `packs.txt`
/// naming the current ones. Returns `PACK_FILES`, the shipped names, for the app to fetch.
fn write_packs(content: &compile::Compiled, out: &Path) -> String {
    let shipped = out.ancestors().nth(3).map(|profile| profile.join("zanger-packs")).expect("OUT_DIR is target/<profile>/build/<crate>/out");
    std::fs::create_dir_all(&shipped).expect("create zanger-packs");
    let manifest = shipped.join("packs.txt");
    println!("cargo:rerun-if-changed={}", manifest.display());
    let mut names = Vec::new();
    for lang in compile::LANGS {
        let bytes = compile::pack::encode(content, lang);
        std::fs::write(out.join(format!("pack-{lang}.bin")), &bytes).expect("write pack");
        let name = format!("content-{lang}-{:016x}.bin", fnv1a(&bytes));
        std::fs::write(shipped.join(&name), &bytes).expect("write shipped pack");
        names.push(name);
    }
    // Packs of earlier builds are dropped, so the folder only ever holds what packs.txt names.
    for entry in std::fs::read_dir(&shipped).expect("read zanger-packs").flatten() {
        let file = entry.file_name().to_string_lossy().into_owned();
        if file.starts_with("content-") && !names.contains(&file) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
    std::fs::write(&manifest, names.join("\n") + "\n").expect("write packs.txt");
    format!("pub static PACK_FILES: [&str; 3] = {names:?};\n")
}

/// A content hash for file names (FNV-1a, 64 bits): a new pack gets a new name, so caches never serve
/// an old one.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
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
    compile::Date::today_utc()
}
