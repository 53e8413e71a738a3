//! `cargo bench --bench search`: search latency per keystroke (every prefix of every query in
//! tests/relevance/queries.tsv), on the real corpus and on a generated 10 000-document corpus.
//! Reports p50 / p95 / max in microseconds, and index build time and size. Plain harness (no
//! criterion) to keep the dependency tree small.

use std::time::Instant;

use zanger::core::content;
use zanger::core::search::{Document, Index, Searcher};

fn keystrokes() -> Vec<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/relevance/queries.tsv")).unwrap();
    let mut out = Vec::new();
    for line in text.lines().skip(1) {
        let query = line.split('\t').nth(2).unwrap_or("");
        let chars: Vec<char> = query.chars().collect();
        for end in 1..=chars.len() {
            out.push(chars[..end].iter().collect());
        }
    }
    out
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn measure(name: &str, searcher: &Searcher, inputs: &[String]) {
    // Warm up once (first use builds nothing, but caches and branch predictors settle).
    for q in inputs.iter().take(200) {
        std::hint::black_box(searcher.search(q, 8));
    }
    let mut times = Vec::with_capacity(inputs.len());
    for q in inputs {
        let t = Instant::now();
        std::hint::black_box(searcher.search(q, 8));
        times.push(t.elapsed().as_secs_f64() * 1e6);
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{name}: {} keystrokes, p50 {:.0} µs, p95 {:.0} µs, max {:.0} µs",
        times.len(),
        percentile(&times, 0.5),
        percentile(&times, 0.95),
        times.last().unwrap()
    );
}

fn index_bytes(index: &Index) -> usize {
    index.terms.len() + index.term_ends.len() * 4 + index.offsets.len() * 4 + index.postings.len() * 4
}

fn main() {
    let inputs = keystrokes();
    let real = content::all_languages_index();
    println!("real corpus: {} documents, {} terms, {} postings, ~{} bytes of index data", real.docs.len(), real.term_count(), real.postings.len(), index_bytes(real));
    let t = Instant::now();
    let searcher = Searcher::new(real);
    println!("real corpus: searcher prepared in {:.1} ms", t.elapsed().as_secs_f64() * 1e3);
    measure("real corpus", &searcher, &inputs);

    let docs = content::synthetic_corpus(10_000, 42);
    let documents: Vec<Document> = docs.iter().map(|d| d.as_document()).collect();
    let t = Instant::now();
    let index = Index::build(&documents);
    println!(
        "10k corpus: index built in {:.0} ms: {} terms, {} postings, ~{} bytes",
        t.elapsed().as_secs_f64() * 1e3,
        index.term_count(),
        index.postings.len(),
        index_bytes(&index)
    );
    let searcher = Searcher::new(&index);
    measure("10k corpus", &searcher, &inputs);
}
