//! Property tests: no input of any shape makes the parsers and engines panic. Each property runs 256
//! random cases in `cargo xtask test`; set `PROPTEST_CASES` for a longer run.

use proptest::prelude::*;

use crate::core::date::Date;
use crate::core::interview::{expr, form, input, placeholder};
use crate::core::search::normalize;

const TODAY: Date = Date::new(2026, 11, 25);

/// Text mixing the scripts and symbols people (and attackers) type.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        ".{0,200}",
        "[a-zA-Zа-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ0-9 .,;:'\"=<>!(){}\\[\\]@#%&*+/\\\\-]{0,120}",
        "[\\u{0}-\\u{7f}]{0,80}",
    ]
}

proptest! {
    #[test]
    fn search_never_panics(query in any_text()) {
        for lang in crate::core::lang::Lang::ALL {
            let _ = crate::core::content::searcher(lang).map(|s| s.search(&query, 8));
        }
        let canonical = normalize::canonical(&query);
        for (_, _, word) in normalize::words(&canonical) {
            let skeleton = normalize::skeleton(&normalize::folded(&word));
            prop_assert!(skeleton.is_ascii());
        }
    }

    #[test]
    fn conditions_never_panic(text in any_text()) {
        if let Ok(e) = expr::parse(&text) {
            let _ = e.eval(&|_| expr::Operand::Missing);
        }
    }

    #[test]
    fn drafts_never_panic(text in any_text(), id in "[a-z.]{1,20}", schema in "[0-9a-z -]{0,8}") {
        for q in crate::core::content::questionnaires(crate::core::lang::Lang::Ru) {
            let _ = form::load_draft(q, &text);
            let _ = form::load_draft(q, &format!("zanger-draft 1\n{id}\n{text}"));
            let _ = form::load_draft(q, &format!("zanger-draft 1\n{}\n{text}", q.id));
            let _ = form::load_draft(q, &format!("zanger-draft 2\n{}\nschema {schema}\n{text}", q.id));
            let _ = form::load_draft(q, &format!("zanger-draft 2\n{}\n{text}", q.id));
        }
    }

    #[test]
    fn any_draft_round_trips(pairs in proptest::collection::btree_map(any_text(), any_text(), 0..12)) {
        let q = crate::core::content::questionnaire("alimony.claim", crate::core::lang::Lang::Ru).expect("alimony.claim");
        let raw: form::Raw = pairs.into_iter().filter(|(k, _)| !k.is_empty()).collect();
        let text = form::save_draft(q, &raw);
        let restored = form::load_draft(q, &text);
        prop_assert!(restored.is_ok());
        let restored = restored.unwrap();
        prop_assert_eq!(&restored.raw, &raw);
        prop_assert!(restored.damaged.is_empty());
        prop_assert_eq!(restored.leftover, form::leftover(q, &raw));
    }

    #[test]
    fn answers_never_panic(text in any_text()) {
        use crate::core::interview::model::Kind;
        for kind in [Kind::Text, Kind::Number { min: Some(1.0), max: Some(9.0) }, Kind::Money, Kind::Date { past_only: true },
                     Kind::YesNo, Kind::Iin, Kind::Bin, Kind::Phone, Kind::Email, Kind::Address] {
            let _ = input::parse(&kind, &text, TODAY);
        }
        let _ = input::parse_date(&text);
    }

    #[test]
    fn every_questionnaire_reads_any_raw_form(values in proptest::collection::vec(any_text(), 0..40)) {
        for q in crate::core::lang::Lang::ALL.into_iter().flat_map(crate::core::content::questionnaires) {
            let keys: Vec<&str> = q.pages.iter().flat_map(|p| p.questions.iter()).map(|q| q.id).collect();
            let raw: form::Raw = keys.iter().zip(values.iter()).map(|(k, v)| (k.to_string(), v.clone())).collect();
            let session = crate::core::interview::Session::with_raw(q, raw, TODAY);
            let _ = session.walked().exit();
            for page in session.pages() {
                let _ = session.page_errors(page);
            }
            if let Ok(doc) = session.document(crate::core::lang::Lang::Kk) {
                let _ = crate::core::writers::docx::docx(&doc.filled, crate::core::lang::Lang::Kk);
            }
        }
    }

    #[test]
    fn templates_never_panic(text in any_text()) {
        let _ = placeholder::substitute(&text, &|name| name.to_uppercase());
        let _ = placeholder::placeholders(&text);
    }
}
