//! Raw, gzip -9 and brotli q11 sizes of every file in `dist/`: what a visitor downloads.

use std::io::Write;
use std::path::Path;

pub struct FileSize {
    pub name: String,
    pub raw: usize,
    pub gzip: usize,
    pub brotli: usize,
}

pub fn measure(dist: &Path) -> Result<Vec<FileSize>, String> {
    let mut sizes = Vec::new();
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e} (run `cargo xtask build` first)", dist.display()))?;
    let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    paths.sort();
    for path in paths {
        let data = std::fs::read(&path).map_err(|e| e.to_string())?;
        sizes.push(FileSize {
            name: path.file_name().unwrap_or_default().to_string_lossy().into_owned(),
            raw: data.len(),
            gzip: gzip(&data),
            brotli: brotli(&data),
        });
    }
    Ok(sizes)
}

fn gzip(data: &[u8]) -> usize {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(data).expect("in memory");
    encoder.finish().expect("in memory").len()
}

pub(crate) fn brotli(data: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &data[..], &mut out, &params).expect("in memory");
    out.len()
}

pub fn print(dist: &Path) -> Result<(), String> {
    let sizes = measure(dist)?;
    println!("| file | raw | gzip -9 | brotli q11 |\n|---|---:|---:|---:|");
    for s in &sizes {
        println!("| {} | {} | {} | {} |", s.name, s.raw, s.gzip, s.brotli);
    }
    let total = |f: fn(&FileSize) -> usize| sizes.iter().map(f).sum::<usize>();
    println!("| **total** | {} | {} | {} |", total(|s| s.raw), total(|s| s.gzip), total(|s| s.brotli));
    Ok(())
}
