//! Compiles `content/` into Rust statics and per-language content packs, failing the build with `file:line: message` on any mistake.

#[path = "src/core/content/compile/mod.rs"]
#[allow(dead_code)]
mod compile;

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

fn main() {
    println!("cargo:rerun-if-changed=content");
    println!("cargo:rerun-if-changed=src/core/content/compile");
    println!("cargo:rerun-if-changed=src/core/date.rs");
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
            rust.push_str(&write_packs(&content, &out));
            std::fs::write(out.join("content.rs"), rust).expect("write content.rs");
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
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs();
    compile::Date::from_days_since_epoch((secs / 86_400) as i64)
}
