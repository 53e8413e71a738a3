//! Relevance of search on the real content: realistic queries (tests/relevance/queries.tsv) with the
//! topic each should find. Reports hit@1, hit@3 and MRR overall and per kind; fails below hit@3 = 0.95.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use zanger::core::content;
use zanger::core::lang::Lang;
use zanger::core::search::Searcher;

struct Query {
    /// The reader's language: search runs over that language's pack, as in the app.
    lang: Lang,
    kind: String,
    text: String,
    topic: String,
}

fn queries() -> Vec<Query> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/relevance/queries.tsv")).unwrap();
    text.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "bad line: {l}");
            Query { lang: Lang::from_code(cols[0]).expect("lang is kk, ru or en"), kind: cols[1].into(), text: cols[2].into(), topic: cols[3].into() }
        })
        .collect()
}

/// Rank (1-based) of the first result covering `topic`, if in the top 10.
fn rank_of(searcher: &Searcher, lang: Lang, query: &str, topic: &str) -> Option<usize> {
    let hits = searcher.search(query, 10).hits;
    hits.iter().position(|h| content::guide_or_fallback(&h.key, lang).is_some_and(|g| g.topics.first() == Some(&topic))).map(|p| p + 1)
}

#[test]
fn relevance_meets_hit_at_3_of_95_percent() {
    let queries = queries();
    assert!(queries.len() >= 150, "the set needs at least 150 queries");
    let mut per_kind: BTreeMap<String, (usize, usize, usize, f64)> = BTreeMap::new();
    let mut misses = Vec::new();
    for q in &queries {
        let searcher = content::searcher(q.lang).expect("native builds embed every pack");
        let rank = rank_of(searcher, q.lang, &q.text, &q.topic);
        let e = per_kind.entry(q.kind.clone()).or_default();
        e.0 += 1;
        e.1 += usize::from(rank == Some(1));
        e.2 += usize::from(rank.is_some_and(|r| r <= 3));
        e.3 += rank.map_or(0.0, |r| 1.0 / r as f64);
        if !rank.is_some_and(|r| r <= 3) {
            let got: Vec<String> = searcher.search(&q.text, 3).hits.into_iter().map(|h| h.key).collect();
            misses.push(format!("  [{}] {:?} → expected {}, got {:?} (rank {:?})", q.kind, q.text, q.topic, got, rank));
        }
    }
    let (mut n, mut h1, mut h3, mut mrr) = (0, 0, 0, 0.0);
    println!("kind          n   hit@1  hit@3  MRR");
    for (kind, (kn, k1, k3, km)) in &per_kind {
        println!("{kind:<12} {kn:>3}  {:.3}  {:.3}  {:.3}", *k1 as f64 / *kn as f64, *k3 as f64 / *kn as f64, km / *kn as f64);
        n += kn;
        h1 += k1;
        h3 += k3;
        mrr += km;
    }
    let hit3 = h3 as f64 / n as f64;
    println!("all          {n:>3}  {:.3}  {:.3}  {:.3}", h1 as f64 / n as f64, hit3, mrr / n as f64);
    println!("misses (not in the top 3):\n{}", misses.join("\n"));
    assert!(hit3 >= 0.95, "hit@3 = {hit3:.3} is below 0.95");
}
