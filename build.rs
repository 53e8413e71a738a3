//! Compiles `content/` into Rust statics, failing the build with `file:line: message` on any mistake.

#[path = "src/core/content/compile/mod.rs"]
#[allow(dead_code)]
mod compile;

use std::path::Path;
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
            let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("content.rs");
            std::fs::write(out, compile::to_rust(&content)).expect("write content.rs");
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

/// Today (UTC), or `ZANGER_BUILD_DATE=YYYY-MM-DD` for a reproducible build.
fn build_date() -> compile::Date {
    if let Ok(text) = std::env::var("ZANGER_BUILD_DATE") {
        return compile::Date::parse_iso(&text).expect("ZANGER_BUILD_DATE must be YYYY-MM-DD");
    }
    let secs = SystemTime::now().duration_since(UNIX_EPOCH).expect("clock").as_secs();
    compile::Date::from_days_since_epoch((secs / 86_400) as i64)
}
