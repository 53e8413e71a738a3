//! Documents read as written by hand: an answer that ends a sentence («… 2026 г.») never meets the
//! template's own full stop as «г..» (`placeholder::substitute` leaves the template's stop out).

use super::answers::{Answer, Answers};
use super::computed::tests::default_answers;
use super::document::substitute;
use super::model::{Kind, Question, Questionnaire};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 11, 25);

#[test]
fn a_template_stop_after_an_answer_that_ends_a_sentence_is_left_out() {
    let value = |name: &str| match name {
        "period" => "август–октябрь 2026 г.".to_string(),
        "ask" => "Почему?".to_string(),
        _ => "1 000 ₸".to_string(),
    };
    assert_eq!(substitute("За {period}. Общая сумма {sum}.", &value), "За август–октябрь 2026 г. Общая сумма 1 000 ₸.");
    assert_eq!(substitute("{ask}. Дальше", &value), "Почему? Дальше");
    assert_eq!(substitute("{period}...", &value), "август–октябрь 2026 г....", "an ellipsis in the template is the template's");
    assert_eq!(substitute("{period}, {sum}", &value), "август–октябрь 2026 г., 1 000 ₸");
}

/// Every typed text of `q` ends with «г.», as people write a period or a date by hand.
fn answers_ending_in_a_stop(q: &Questionnaire) -> Answers {
    fn stop(question: &Question, answer: &mut Answer) {
        match (&question.kind, answer) {
            (Kind::Text | Kind::LongText | Kind::Address, Answer::Text(t)) => t.push_str(", 2026 г."),
            (Kind::Group { questions, .. }, Answer::Group(items)) => {
                for item in items {
                    for sub in questions.iter() {
                        if let Some(a) = item.get_mut(sub.id) {
                            stop(sub, a);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    let mut answers = default_answers(q);
    for question in q.pages.iter().flat_map(|p| p.questions.iter()) {
        if let Some(a) = answers.get_mut(question.id) {
            stop(question, a);
        }
    }
    answers
}

/// No «..» (an ellipsis «...» aside) in any document or next step, for every questionnaire's default
/// answers with every typed text ending in a full stop.
#[test]
fn no_document_has_a_double_full_stop() {
    let doubled = |text: &str| text.replace("...", "…").contains("..");
    for lang in Lang::ALL {
        for q in content::questionnaires(lang) {
            let session = crate::core::interview::Session::with_answers(q, &answers_ending_in_a_stop(q), TODAY);
            let prepared = session.document(lang).unwrap_or_else(|u| panic!("{}: {u}", q.id));
            let doc = &prepared.filled;
            for block in &doc.blocks {
                assert!(!doubled(&block.text), "{} {lang:?}: «{}»", q.id, block.text);
            }
            if !q.document.blocks.is_empty() && lang != Lang::En {
                assert!(doc.blocks.iter().any(|b| b.text.contains("2026 г.")), "{} {lang:?}: the typed texts are in the document", q.id);
            }
            let next = session.next_steps(&prepared, lang);
            for text in next.steps.iter().map(|s| &s.text).chain(&next.attachments).chain(&next.addressee) {
                assert!(!doubled(text), "{} {lang:?}: «{text}»", q.id);
            }
        }
    }
}
