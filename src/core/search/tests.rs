//! Search behaviour on a small hand-made corpus; relevance on the real content is in
//! `tests/relevance.rs`.

use super::*;

fn corpus() -> Index {
    let docs = [
        Document { key: "alimony", lang: StemLang::Ru, fields: vec![(Field::Title, "Алименты на ребёнка"), (Field::Keywords, "алименты, содержание ребёнка"), (Field::Body, "Второй родитель не платит алименты. Суд взыскивает.")] },
        Document { key: "alimony", lang: StemLang::Kk, fields: vec![(Field::Title, "Балаға алимент өндіру"), (Field::Keywords, "алимент, алимент өндіру"), (Field::Body, "Екінші ата-ана алимент төлемейді.")] },
        Document { key: "wages", lang: StemLang::Ru, fields: vec![(Field::Title, "Не платят зарплату"), (Field::Keywords, "зарплата, заработная плата, долг по зарплате"), (Field::Body, "Работодатель не платит. Суд.")] },
        Document { key: "wages", lang: StemLang::Kk, fields: vec![(Field::Title, "Жалақы төленбейді"), (Field::Keywords, "жалақы, еңбекақы"), (Field::Body, "Жұмыс беруші жалақы төлемейді.")] },
        Document { key: "divorce", lang: StemLang::Ru, fields: vec![(Field::Title, "Развод"), (Field::Keywords, "развод, расторжение брака"), (Field::Topic, "Divorce Некені бұзу"), (Field::Body, "Брак расторгают в суде.")] },
        Document { key: "fine", lang: StemLang::Kk, fields: vec![(Field::Title, "Айыппұлға шағым"), (Field::Keywords, "айыппұл, штраф"), (Field::Body, "Айыппұл туралы қаулыға шағым.")] },
    ];
    Index::build(&docs)
}

fn first(searcher: &Searcher, query: &str) -> Option<String> {
    searcher.search(query, 5).hits.first().map(|h| h.key.clone())
}

#[test]
fn finds_by_title_keyword_and_across_scripts() {
    let index = corpus();
    let s = Searcher::new(&index);
    assert_eq!(first(&s, "алименты").as_deref(), Some("alimony"));
    assert_eq!(first(&s, "алимент өндіру").as_deref(), Some("alimony"));
    assert_eq!(first(&s, "алимент ондиру").as_deref(), Some("alimony"), "without Kazakh letters");
    assert_eq!(first(&s, "razvod").as_deref(), Some("divorce"), "Russian in Latin");
    assert_eq!(first(&s, "zharplata").as_deref(), Some("wages"), "Latin with a typo");
    assert_eq!(first(&s, "aiyppūl").as_deref(), Some("fine"), "2021 Kazakh Latin");
    assert_eq!(first(&s, "divorce").as_deref(), Some("divorce"), "English topic name");
}

#[test]
fn tolerates_typos() {
    let index = corpus();
    let s = Searcher::new(&index);
    assert_eq!(first(&s, "зорплата").as_deref(), Some("wages"));
    assert_eq!(first(&s, "олименты").as_deref(), Some("alimony"));
    assert_eq!(first(&s, "жалакы").as_deref(), Some("wages"));
}

#[test]
fn repairs_the_keyboard_layout_and_says_so() {
    let index = corpus();
    let s = Searcher::new(&index);
    let outcome = s.search("fkbvtyns", 5);
    assert_eq!(outcome.hits.first().map(|h| h.key.as_str()), Some("alimony"));
    assert_eq!(outcome.corrected.as_deref(), Some("алименты"));
    let plain = s.search("алименты", 5);
    assert_eq!(plain.corrected, None, "a query that works as typed is not re-read");
}

#[test]
fn matches_prefixes_while_typing() {
    let index = corpus();
    let s = Searcher::new(&index);
    assert_eq!(first(&s, "алим").as_deref(), Some("alimony"));
    assert_eq!(first(&s, "зарп").as_deref(), Some("wages"));
}

#[test]
fn returns_one_hit_per_key_best_first() {
    let index = corpus();
    let s = Searcher::new(&index);
    let hits = s.search("алимент", 10).hits;
    assert_eq!(hits.iter().filter(|h| h.key == "alimony").count(), 1);
    assert!(hits.windows(2).all(|w| w[0].score >= w[1].score));
}

#[test]
fn empty_stopword_and_huge_queries_are_harmless() {
    let index = corpus();
    let s = Searcher::new(&index);
    assert!(s.search("", 5).hits.is_empty());
    assert!(s.search("   ", 5).hits.is_empty());
    assert!(s.search("как на", 5).hits.is_empty());
    let long = "алименты ".repeat(200) + &"ж".repeat(500);
    let _ = s.search(&long, 5);
    let _ = s.search("<script>alert(1)</script>", 5);
}

#[test]
fn highlights_whole_words_on_character_boundaries() {
    let index = corpus();
    let s = Searcher::new(&index);
    let hit = s.search("алименты", 1).hits.remove(0);
    let title = "Алименты на ребёнка";
    let ranges = highlight(title, StemLang::Ru, &hit.matched);
    assert_eq!(ranges, vec![(0, 8)]);
    let chars: Vec<char> = title.chars().collect();
    assert_eq!(chars[0..8].iter().collect::<String>(), "Алименты");
}

#[test]
fn case_never_matters_in_any_script() {
    // fuse-rust lowercases the text with ASCII rules only: "АЛМАТЫ" would not find "алматы" there.
    let index = corpus();
    let s = Searcher::new(&index);
    assert_eq!(first(&s, "АЛИМЕНТЫ").as_deref(), Some("alimony"));
    assert_eq!(first(&s, "АЙЫППҰЛ").as_deref(), Some("fine"));
    assert_eq!(first(&s, "ZARPLATA").as_deref(), Some("wages"));
}

#[test]
fn a_word_read_as_a_stopword_in_any_language_is_dropped() {
    // «меня» stems to «мен», a stopword the index never holds: its other readings would only meet
    // unrelated words by prefix or typo and cost the right guide its coverage.
    let index = corpus();
    let s = Searcher::new(&index);
    let alone = s.search("алименты", 3).hits;
    let with = s.search("меня алименты", 3).hits;
    assert_eq!(with.first().map(|h| (&h.key, h.score)), alone.first().map(|h| (&h.key, h.score)));
}

#[test]
fn query_words_that_meet_in_one_title_count_more() {
    let docs = [
        Document { key: "defense", lang: StemLang::Ru, fields: vec![(Field::Title, "Если на вас подали в суд")] },
        Document { key: "other", lang: StemLang::Ru, fields: vec![(Field::Title, "Развод"), (Field::Keywords, "подали заявление, суд")] },
    ];
    let index = Index::build(&docs);
    let s = Searcher::new(&index);
    let hits = s.search("подали в суд", 2).hits;
    assert_eq!(hits[0].key, "defense");
    assert!(hits[0].score > hits[1].score * (1.0 + TITLE_TOGETHER * 0.9), "{hits:?}");
}
