//! A session reads the form and walks the interview once per change, and nothing it is asked walks again.

use super::*;
use crate::core::content;
use crate::core::interview::computed::tests::default_answers;
use crate::core::interview::engine::walks;
use crate::core::interview::model::Kind;

const TODAY: Date = Date::new(2026, 12, 7);

fn alimony() -> &'static Questionnaire {
    content::questionnaire("alimony.claim", Lang::Ru).expect("compiled")
}

fn question(q: &'static Questionnaire, id: &str) -> &'static Question {
    q.pages.iter().flat_map(|p| p.questions.iter()).find(|x| x.id == id).expect("asked")
}

/// Walks done by `f`.
fn walks_in(f: impl FnOnce()) -> u64 {
    let before = walks();
    f();
    walks() - before
}

#[test]
fn typing_in_a_field_walks_once_and_reading_the_page_walks_never() {
    let q = alimony();
    let mut s = Session::with_answers(q, &default_answers(q), TODAY);
    let page = s.pages()[1];
    assert_eq!(walks_in(|| s.set("plaintiff_name", "Ахметова Айгерим")), 1, "one change, one walk");
    assert_eq!(walks_in(|| s.set("plaintiff_name", "Ахметова Айгерим")), 0, "the same text is no change");
    let reads = walks_in(|| {
        for page in s.pages() {
            s.page_errors(page);
            s.walked().questions(page);
        }
        s.field_error("plaintiff_name");
        s.walked().exit();
        s.walked().is_complete();
        let prepared = s.document(Lang::Ru).expect("every place filled");
        s.next_steps(&prepared, Lang::Ru);
        s.draft(Some(page.id));
    });
    assert_eq!(reads, 0, "reading pages, errors, the document and the draft walks no more");
    let children = question(q, "children");
    assert_eq!(walks_in(|| s.add_item(children)), 1);
    assert_eq!(walks_in(|| s.remove_item(children, 1)), 1);
}

#[test]
fn a_session_fills_the_same_document_as_the_engine_given_the_same_answers() {
    for q in content::questionnaires(Lang::Ru) {
        let answers = default_answers(q);
        let s = Session::with_answers(q, &answers, TODAY);
        assert!(s.rejected().is_empty(), "{}: the answers typed back are all accepted: {:?}", q.id, s.rejected());
        let visible = Interview::new(q, answers).on(TODAY).visible_answers();
        assert_eq!(s.visible(), &visible, "{}", q.id);
        let values = computed(q, &visible, Lang::Ru, TODAY);
        assert_eq!(s.document(Lang::Ru).map(|p| p.filled), fill(q, &visible, &values, Lang::Ru, TODAY), "{}", q.id);
    }
}

#[test]
fn removing_an_item_moves_the_later_ones_down_and_keeps_the_least_number() {
    let q = alimony();
    let children = question(q, "children");
    let mut s = Session::new(q, TODAY);
    s.add_item(children);
    s.add_item(children);
    assert_eq!(s.item_count(children), 3);
    for (i, name) in ["Айша", "Нұрлан", "Дана"].iter().enumerate() {
        s.set(&item_key("children", i, "name"), name);
    }
    s.remove_item(children, 0);
    assert_eq!(s.item_count(children), 2);
    assert_eq!((s.value("children.0.name"), s.value("children.1.name")), ("Нұрлан", "Дана"));
    assert_eq!(s.value("children.2.name"), "", "no gap and no leftover");
    s.remove_item(children, 1);
    s.remove_item(children, 0);
    assert_eq!(s.item_count(children), 1, "a group keeps its least number of items");
    assert_eq!(s.value("children.0.name"), "Нұрлан");
}

#[test]
fn choosing_twice_unchooses_and_a_choice_no_longer_offered_goes() {
    let q = alimony();
    let attachments = question(q, "attachments_ready");
    let Kind::Multiple(offered) = attachments.kind else { panic!("a multiple choice") };
    let mut s = Session::with_raw(q, Raw::from([("attachments_ready".to_string(), "old_choice,birth_certificates".to_string())]), TODAY);
    s.toggle("attachments_ready", "income_certificate", offered);
    assert_eq!(s.value("attachments_ready"), "birth_certificates,income_certificate");
    assert!(s.is_chosen("attachments_ready", "income_certificate"));
    s.toggle("attachments_ready", "birth_certificates", offered);
    assert_eq!(s.value("attachments_ready"), "income_certificate");
}

#[test]
fn a_field_s_error_is_what_its_page_lists_for_it() {
    let q = alimony();
    let mut s = Session::with_answers(q, &default_answers(q), TODAY);
    s.set("plaintiff_iin", "123");
    let page = *s.pages().iter().find(|p| p.questions.iter().any(|x| x.id == "plaintiff_iin")).expect("a page asks it");
    let listed = s.page_errors(page);
    assert!(listed.iter().any(|(k, _)| k == "plaintiff_iin"), "{listed:?}");
    assert_eq!(s.field_error("plaintiff_iin"), listed.iter().find(|(k, _)| k == "plaintiff_iin").map(|(_, e)| e.clone()));
    assert_eq!(s.raw().get("plaintiff_iin").map(String::as_str), Some("123"), "what was typed is kept");
    s.clear("plaintiff_iin");
    assert_eq!(s.field_error("plaintiff_iin"), Some(InputError::Required));
}
