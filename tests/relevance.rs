//! Relevance of search on the real content: realistic queries (tests/relevance/queries.tsv) with the
//! topic (or `form:<questionnaire>`, or `received` for the page "I received a document") each should find.
//! Reports hit@1, hit@3 and MRR overall and per kind; fails below hit@3 = 0.95 overall, over the rows of the
//! issue #14 topics, over the rows of the issue #15 topics, over the `form:` rows or over the `received` rows.
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

/// Whether a result with search key `key` answers `expected`: a topic id is answered by a guide or a
/// questionnaire filed under it (its first topic), `form:<id>` by that questionnaire only, `received` by
/// the triage page "I received a document" only.
fn answers(key: &str, lang: Lang, expected: &str) -> bool {
    if expected.starts_with(content::FORM_KEY) || expected == content::RECEIVED_KEY {
        return key == expected;
    }
    content::search_result(key, lang).is_some_and(|f| f.topic() == Some(expected))
}

/// Rank (1-based) of the first result answering `expected`, if in the top 10.
fn rank_of(searcher: &Searcher, lang: Lang, query: &str, expected: &str) -> Option<usize> {
    let hits = searcher.search(query, 10).hits;
    hits.iter().position(|h| answers(&h.key, lang, expected)).map(|p| p + 1)
}

/// The topics issue #14 added.
fn of_issue_14(expected: &str) -> bool {
    ["court.defense", "court.cassation", "court.deadlines", "court.bailiff"].contains(&expected)
}

/// The topics added to the taxonomy with issue #14's batch, whose guides and documents issue #15 wrote.
fn of_issue_15(expected: &str) -> bool {
    ["family.paternity", "debt.bankruptcy", "civil.damage", "civil.documents", "admin.state"].contains(&expected)
}

/// Lowercase, `ё` as `е`, spaces collapsed: how a query is compared with the lists search is built from.
fn plain(text: &str) -> String {
    text.to_lowercase().replace('ё', "е").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A query found inside an entry of a list search is built from measures exact matching, not search.
#[test]
fn no_query_is_copied_from_the_synonyms_or_the_keywords() {
    let mut lists: Vec<(String, String)> = Vec::new();
    for topic in content::topics() {
        lists.extend(content::synonyms(topic.id).iter().map(|s| (format!("synonyms.toml [{}]", topic.id), plain(s))));
    }
    for g in content::all_guides() {
        lists.extend(g.keywords.iter().map(|k| (format!("{} keywords ({})", g.id, g.lang.code()), plain(k))));
    }
    for lang in Lang::ALL {
        for q in content::questionnaires(lang) {
            lists.extend(q.keywords.iter().map(|k| (format!("{} keywords ({})", q.id, lang.code()), plain(k))));
        }
    }
    for lang in Lang::ALL {
        for (field, text) in content::received_search_fields(lang) {
            // Its words and the short names of the papers in its title.
            if matches!(field, zanger::core::search::Field::Keywords | zanger::core::search::Field::Title) {
                lists.extend(text.split([',', ':']).map(|k| (format!("received keywords ({})", lang.code()), plain(k))));
            }
        }
    }
    assert!(lists.len() > 500, "the synonyms and keywords were read");
    let copied: Vec<String> = queries()
        .iter()
        .filter_map(|q| {
            let text = plain(&q.text);
            lists.iter().find(|(_, entry)| entry.contains(&text)).map(|(list, entry)| format!("  {:?} is in {list}: {entry:?}", q.text))
        })
        .collect();
    assert!(copied.is_empty(), "relevance queries copied from the lists search is built from (rewrite the query):\n{}", copied.join("\n"));
}

#[test]
fn every_expected_topic_and_form_exists() {
    for q in queries() {
        if q.topic == content::RECEIVED_KEY {
            continue;
        }
        match q.topic.strip_prefix(content::FORM_KEY) {
            Some(id) => assert!(content::questionnaire(id, q.lang).is_some(), "no questionnaire {id}"),
            None => assert!(content::topic(&q.topic).is_some(), "no topic {}", q.topic),
        }
    }
}

#[test]
fn relevance_meets_hit_at_3_of_95_percent() {
    let queries = queries();
    assert!(queries.len() >= 150, "the set needs at least 150 queries");
    let mut per_kind: BTreeMap<String, (usize, usize, usize, f64)> = BTreeMap::new();
    let mut per_kind_14: BTreeMap<String, (usize, usize, usize, f64)> = BTreeMap::new();
    let mut per_kind_15: BTreeMap<String, (usize, usize, usize, f64)> = BTreeMap::new();
    let mut per_topic_15: BTreeMap<String, (usize, usize, usize, f64)> = BTreeMap::new();
    let mut per_kind_forms: BTreeMap<String, (usize, usize, usize, f64)> = BTreeMap::new();
    let mut per_kind_received: BTreeMap<String, (usize, usize, usize, f64)> = BTreeMap::new();
    let mut misses = Vec::new();
    for q in &queries {
        let searcher = content::searcher(q.lang).expect("native builds embed every pack");
        let rank = rank_of(searcher, q.lang, &q.text, &q.topic);
        let mut kinds = vec![per_kind.entry(q.kind.clone()).or_default()];
        if of_issue_14(&q.topic) {
            kinds.push(per_kind_14.entry(q.kind.clone()).or_default());
        }
        if of_issue_15(&q.topic) {
            kinds.push(per_kind_15.entry(q.kind.clone()).or_default());
            kinds.push(per_topic_15.entry(q.topic.clone()).or_default());
        }
        if q.topic.starts_with(content::FORM_KEY) {
            kinds.push(per_kind_forms.entry(q.kind.clone()).or_default());
        }
        if q.topic == content::RECEIVED_KEY {
            kinds.push(per_kind_received.entry(q.kind.clone()).or_default());
        }
        for e in kinds {
            e.0 += 1;
            e.1 += usize::from(rank == Some(1));
            e.2 += usize::from(rank.is_some_and(|r| r <= 3));
            e.3 += rank.map_or(0.0, |r| 1.0 / r as f64);
        }
        if !rank.is_some_and(|r| r <= 3) {
            let got: Vec<String> = searcher.search(&q.text, 3).hits.into_iter().map(|h| h.key).collect();
            misses.push(format!("  [{}] {:?} → expected {}, got {:?} (rank {:?})", q.kind, q.text, q.topic, got, rank));
        }
    }
    println!("all rows");
    let hit3 = report(&per_kind);
    println!("rows of the issue #14 topics (court.defense, court.cassation, court.deadlines, court.bailiff)");
    let hit3_14 = report(&per_kind_14);
    println!("rows of the issue #15 topics (family.paternity, debt.bankruptcy, civil.damage, civil.documents, admin.state)");
    let hit3_15 = report(&per_kind_15);
    println!("the same rows per topic");
    report(&per_topic_15);
    println!("form: rows (a questionnaire expected)");
    let hit3_forms = report(&per_kind_forms);
    println!("received rows (the page \"I received a document\" expected)");
    let hit3_received = report(&per_kind_received);
    println!("misses (not in the top 3):\n{}", misses.join("\n"));
    assert!(hit3 >= 0.95, "hit@3 = {hit3:.3} is below 0.95");
    assert!(hit3_14 >= 0.95, "hit@3 over the rows of the issue #14 topics = {hit3_14:.3} is below 0.95");
    assert!(hit3_15 >= 0.95, "hit@3 over the rows of the issue #15 topics = {hit3_15:.3} is below 0.95");
    assert!(hit3_forms >= 0.95, "hit@3 over the form: rows = {hit3_forms:.3} is below 0.95");
    assert!(hit3_received >= 0.95, "hit@3 over the received rows = {hit3_received:.3} is below 0.95");
}

/// Prints hit@1, hit@3 and MRR per kind and overall; returns the overall hit@3 (1 for a group with no
/// rows yet, which has nothing to miss).
fn report(per_kind: &BTreeMap<String, (usize, usize, usize, f64)>) -> f64 {
    if per_kind.is_empty() {
        println!("(no rows)");
        return 1.0;
    }
    let (mut n, mut h1, mut h3, mut mrr) = (0, 0, 0, 0.0);
    println!("{:<16}   n  hit@1  hit@3  MRR", "kind");
    for (kind, (kn, k1, k3, km)) in per_kind {
        println!("{kind:<16} {kn:>3}  {:.3}  {:.3}  {:.3}", *k1 as f64 / *kn as f64, *k3 as f64 / *kn as f64, km / *kn as f64);
        n += kn;
        h1 += k1;
        h3 += k3;
        mrr += km;
    }
    let hit3 = h3 as f64 / n as f64;
    println!("{:<16} {n:>3}  {:.3}  {:.3}  {:.3}", "all", h1 as f64 / n as f64, hit3, mrr / n as f64);
    hit3
}
