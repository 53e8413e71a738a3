use super::*;

#[test]
fn every_topic_of_the_taxonomy_is_compiled_with_three_names() {
    assert_eq!(topics().len(), 29, "the 29 topics of ../shared/topics.tsv");
    for t in topics() {
        for lang in Lang::ALL {
            assert!(!t.name.get(lang).is_empty(), "{} has no {:?} name", t.id, lang);
        }
    }
}

#[test]
fn compiled_topics_equal_the_shared_taxonomy_when_present() {
    // content/topics.tsv is a copy of ../shared/topics.tsv so the app builds without shared/.
    let shared = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/topics.tsv");
    if let Ok(text) = std::fs::read_to_string(shared) {
        let ours = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/content/topics.tsv")).unwrap();
        assert_eq!(ours, text, "content/topics.tsv differs from ../shared/topics.tsv: copy it over");
    }
}

#[test]
fn the_foundation_guides_exist_in_kazakh_and_russian() {
    for id in ["family.alimony", "labor.wages", "admin.fine"] {
        for lang in [Lang::Kk, Lang::Ru] {
            let g = guide(id, lang).unwrap_or_else(|| panic!("{id} missing in {lang:?}"));
            assert!(!g.sources.is_empty());
            assert!(!g.body.is_empty());
        }
    }
}

#[test]
fn every_guide_is_written_in_every_language() {
    for g in all_guides() {
        let langs: Vec<Lang> = guide_languages(g.id).collect();
        for lang in Lang::ALL {
            assert!(langs.contains(&lang), "{} lacks {lang:?}", g.id);
        }
    }
}

#[test]
fn every_topic_is_in_exactly_one_life_situation_in_every_language() {
    for lang in Lang::ALL {
        let groups = topics_by_situation(lang);
        let shown: Vec<&str> = groups.iter().flat_map(|(_, list)| list.iter().map(|t| t.id)).collect();
        assert_eq!(shown.len(), topics().len(), "{lang:?}: every topic once: {shown:?}");
        for topic in topics() {
            assert!(shown.contains(&topic.id), "{lang:?}: {} has no life situation", topic.id);
        }
        assert_eq!(groups[0].1[0].id, "family.divorce", "family first, in the taxonomy's order");
    }
}

#[test]
fn topics_list_each_guide_once_and_fall_back_across_languages() {
    let ids = guide_ids_for_topic("labor.wages");
    assert_eq!(ids.iter().filter(|i| **i == "labor.wages").count(), 1);
    let g = guide_or_fallback("family.divorce", Lang::En).unwrap();
    assert_eq!(g.id, "family.divorce");
    assert!(guide_or_fallback("no.such", Lang::Ru).is_none());
}

#[test]
fn each_language_searches_its_own_pack_of_its_own_guides() {
    for lang in Lang::ALL {
        let pack = pack(lang).unwrap();
        let index = search_index(lang).unwrap();
        // Its guides, its questionnaires and the page "I received a document".
        assert_eq!(index.docs.len(), pack.guides.len() + pack.questionnaires.len() + 1);
        // Every guide is written in every language, so no pack carries a stand-in from another one.
        assert!(pack.guides.iter().all(|g| g.lang == lang), "{lang:?}");
        let hits = searcher(lang).unwrap().search("алимент", 3);
        assert!(hits.hits.iter().any(|h| h.key == "family.alimony"), "{lang:?}");
    }
    assert_eq!(guide_or_fallback("family.divorce", Lang::En).unwrap().lang, Lang::En);
}

#[test]
fn every_questionnaire_has_search_keywords_in_every_pack() {
    for lang in Lang::ALL {
        for q in questionnaires(lang) {
            assert!(!q.keywords.is_empty(), "{} has no keywords in the {lang:?} pack (`keywords.{}`)", q.id, lang.code());
        }
    }
}

#[test]
fn search_finds_questionnaires_under_their_own_keys() {
    for (lang, query) in [(Lang::Ru, "возражение на приказ"), (Lang::Kk, "сот бұйрығына қарсылық"), (Lang::En, "objection to a court order")] {
        let hits = searcher(lang).unwrap().search(query, 5).hits;
        let form = hits.iter().find(|h| h.key == form_key("court.order.objection")).unwrap_or_else(|| panic!("{lang:?}: {hits:?}"));
        let Some(Found::Form(q)) = found(&form.key, lang) else { panic!("{lang:?}: not a form") };
        assert_eq!(q.id, "court.order.objection");
        assert_eq!(found(&form.key, lang).unwrap().title(lang), q.title.get(lang));
    }
    // A one-word topic query opens the explanation first (the end-to-end tests type these), its
    // document right after when they score the same.
    for (lang, query, guide) in [(Lang::Ru, "алименты", "family.alimony"), (Lang::Ru, "зарплата", "labor.wages"), (Lang::Kk, "алимент", "family.alimony")] {
        let hits = searcher(lang).unwrap().search(query, 5).hits;
        assert_eq!(hits.first().map(|h| h.key.as_str()), Some(guide), "{lang:?} {query}: {hits:?}");
    }
    // A guide and a questionnaire may share an id; the keys keep them apart.
    assert!(matches!(found("court.appeal", Lang::Ru), Some(Found::Guide(_))));
    assert!(matches!(found("form:court.appeal", Lang::Ru), Some(Found::Form(_))));
    assert!(found("form:no.such", Lang::Ru).is_none());
}

#[test]
fn search_finds_the_triage_page_for_a_paper_that_came() {
    // The examples: a paper that came finds the page in the top 3. («на меня подали в суд» does
    // not: «подали» stems with «подать», common to every guide and form, and the page carries no better
    // word for it; the court.defense guide answers it.)
    for (lang, query) in [
        (Lang::Ru, "пришёл судебный приказ"),
        (Lang::Ru, "пришло решение суда что делать"),
        (Lang::Kk, "маған сот бұйрығы келді"),
        (Lang::Kk, "сот орындаушысы шотты бұғаттады"),
        (Lang::En, "I received a court decision"),
    ] {
        let hits = searcher(lang).unwrap().search(query, 3).hits;
        assert!(hits.iter().any(|h| h.key == RECEIVED_KEY), "{lang:?} {query}: {hits:?}");
    }
    // A plain topic query still opens its guide first. («развод» and "divorce" open court.fees first
    // with or without the page, since that guide's keyword «пошлина за развод»: left to its author.)
    for (lang, query, guide) in [
        (Lang::Ru, "алименты", "family.alimony"),
        (Lang::Ru, "зарплата", "labor.wages"),
        (Lang::Kk, "алимент", "family.alimony"),
        (Lang::Kk, "ажырасу", "family.divorce"),
    ] {
        let hits = searcher(lang).unwrap().search(query, 5).hits;
        assert_eq!(hits.first().map(|h| h.key.as_str()), Some(guide), "{lang:?} {query}: {hits:?}");
    }
    // Callers tell it apart: `found` knows only guides and questionnaires, `search_result` the page too,
    // titled with the page's own heading.
    for lang in Lang::ALL {
        assert!(found(RECEIVED_KEY, lang).is_none());
        let result = search_result(RECEIVED_KEY, lang).unwrap();
        assert!(matches!(result, SearchResult::Received));
        assert_eq!(result.title(lang), crate::core::i18n::ui(lang).received_title);
        assert_eq!((result.kind(), result.id(), result.topic(), result.lang(lang)), ("received", RECEIVED_KEY, None, lang));
    }
    assert!(matches!(search_result("family.alimony", Lang::Ru), Some(SearchResult::Guide(_))));
    assert!(matches!(search_result("form:court.appeal", Lang::Ru), Some(SearchResult::Form(_))));
    assert!(search_result("form:no.such", Lang::Ru).is_none());
    // Every kind's name is indexed, in each language.
    for lang in Lang::ALL {
        let fields = received_search_fields(lang);
        assert!(triage().iter().all(|k| fields.iter().any(|(_, text)| text.contains(k.label.get(lang)))), "{lang:?}");
    }
}

#[test]
fn the_pack_file_names_carry_the_language_and_a_content_hash() {
    for lang in Lang::ALL {
        let name = pack_file(lang);
        assert!(name.starts_with(&format!("content-{}-", lang.code())) && name.ends_with(".bin"), "{name}");
    }
}

#[test]
fn guides_are_found_by_topic() {
    assert!(guide_ids_for_topic("family.alimony").contains(&"family.alimony"));
    for topic in topics() {
        assert!(!guide_ids_for_topic(topic.id).is_empty(), "no guide for topic {}", topic.id);
    }
}
