//! How the real questionnaires flow for a reader: the questions that can end a form come before any
//! free text, and a label fits the answers already given.

use super::answers::{Answer, Answers};
use super::model::Kind;
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 11, 25);

fn answers(pairs: &[(&str, Answer)]) -> Answers {
    pairs.iter().map(|(k, v)| (k.to_string(), v.clone())).collect()
}

/// Divorce by mutual consent with no minor children and no property claim goes to the registry
/// office: the form says so after its first page, before the reader types anything.
#[test]
fn the_divorce_registry_office_exit_comes_before_any_free_text() {
    for lang in [Lang::Kk, Lang::Ru] {
        let q = content::questionnaire("divorce.claim", lang).expect("divorce.claim");
        let first = &q.pages[0];
        let given = answers(&[
            ("plaintiff_sex", Answer::Choice("wife".into())),
            ("spouse_position", Answer::Choice("agrees".into())),
            ("spouse_special", Answer::Bool(false)),
            ("has_children", Answer::Bool(false)),
            ("property_claim", Answer::Bool(false)),
        ]);
        let interview = Interview::new(q, given).on(TODAY);
        assert!(interview.missing(first).is_empty(), "{lang:?}: the first page is answered: {:?}", interview.missing(first));
        assert_eq!(interview.exit().map(|e| e.id), Some("registry_office"), "{lang:?}: the exit fires after page 1");
        for question in interview.questions(first) {
            assert!(
                !matches!(question.kind, Kind::Text | Kind::LongText | Kind::Address | Kind::Group { .. }),
                "{lang:?}: `{}` asks for free text before the exit",
                question.id
            );
        }
        // Asking for property keeps the claim going (the property page shows).
        let mut property = interview.answers.clone();
        property.insert("property_claim".into(), Answer::Bool(true));
        let interview = Interview::new(q, property).on(TODAY);
        assert_eq!(interview.exit(), None, "{lang:?}");
        assert!(interview.pages().iter().any(|p| p.id == "property"), "{lang:?}");
    }
}

/// The loan claim names the defendant as the answer on page 1 says: a person or an organisation.
#[test]
fn the_loan_claim_labels_the_defendant_as_a_person_or_an_organisation() {
    let q = content::questionnaire("debt.loan.claim", Lang::Ru).expect("debt.loan.claim");
    let name = q.pages.iter().flat_map(|p| p.questions.iter()).find(|x| x.id == "defendant_name").expect("defendant_name");
    let label = |kind: Option<&str>| {
        let given = kind.map(|k| answers(&[("defendant_kind", Answer::Choice(k.into()))])).unwrap_or_default();
        Interview::new(q, given).on(TODAY).label(name).ru
    };
    assert_eq!(label(Some("person")), "ФИО должника");
    assert_eq!(label(Some("company")), "Полное название организации-должника");
    assert_eq!(label(None), "ФИО должника или название организации", "no answer yet: the label for both");
    let kk = content::questionnaire("debt.loan.claim", Lang::Kk).expect("debt.loan.claim");
    let name = kk.pages.iter().flat_map(|p| p.questions.iter()).find(|x| x.id == "defendant_name").expect("defendant_name");
    let person = answers(&[("defendant_kind", Answer::Choice("person".into()))]);
    assert_eq!(Interview::new(kk, person).on(TODAY).label(name).kk, "Борышкердің аты-жөні");
}
