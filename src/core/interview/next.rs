//! "What to do next" under a finished document: what to attach, where it goes, then the
//! questionnaire's own `[[next]]` steps (deadline, fee, signing, filing, copies) with their sources.
//!
//! Everything here is plain text in the reader's language: the steps' `{{figures}}` are expanded as in
//! force on the day, then their `{placeholders}` are filled like the document's, so nothing a person
//! typed is ever read as a figure or as markup.

use std::collections::BTreeMap;

use super::answers::Answers;
use super::document::{format_answer, substitute, Filled};
use super::model::{BlockKind, Questionnaire};
use crate::core::content::model::{Confidence, Source};
use crate::core::date::Date;
use crate::core::figures::{self, Figure};
use crate::core::lang::Lang;

/// One step as shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    pub id: &'static str,
    pub text: String,
    /// The numbers (1, 2, …) of the sources it cites in [`NextSteps::sources`].
    pub cites: Vec<usize>,
    /// A cited source or a figure used is only secondary or inferred: the reader must check it.
    pub caution: bool,
}

/// The panel's content for one filled document.
#[derive(Debug, Clone, PartialEq)]
pub struct NextSteps {
    /// The document's attachments, as listed in it (without their numbers).
    pub attachments: Vec<String>,
    /// Whom the document is addressed to: the computed court, else the court the person named.
    pub addressee: Option<String>,
    /// The questionnaire's steps whose condition holds, in order.
    pub steps: Vec<Step>,
    /// The sources the shown steps cite, in order of first citation.
    pub sources: Vec<&'static Source>,
    /// The figures the shown steps use, in order of first use (their values' sources are listed too).
    pub figures: Vec<&'static Figure>,
}

/// The next steps for `q` with these visible `answers`, its `computed` values and the `filled` document.
pub fn next_steps(
    q: &'static Questionnaire,
    answers: &Answers,
    computed: &BTreeMap<String, String>,
    filled: &Filled,
    all_figures: &'static [Figure],
    lang: Lang,
    today: Date,
) -> NextSteps {
    let attachments = filled.blocks.iter().filter(|b| b.kind == BlockKind::Attachment).map(|b| b.text.clone()).collect();
    let questions: BTreeMap<&str, &super::model::Question> = q.pages.iter().flat_map(|p| p.questions.iter()).map(|x| (x.id, x)).collect();
    let answer = |id: &str| -> Option<String> {
        answers.get(id).map(|a| format_answer(a, questions.get(id).copied(), lang)).filter(|t| !t.trim().is_empty())
    };
    // The court computed, else the one the reader named (the question bound to the `court_name` input).
    let addressee = computed.get("court").filter(|c| !c.trim().is_empty()).cloned().or_else(|| q.document.input("court_name").and_then(answer));
    let mut sources: Vec<&'static Source> = Vec::new();
    let mut used_figures: Vec<&'static Figure> = Vec::new();
    let mut steps = Vec::new();
    for step in q.next {
        let holds = super::engine::holds_on(step.when, answers, Some(today));
        if !holds {
            continue;
        }
        let raw = step.text.get(lang);
        let mut caution = false;
        for key in figures::keys_in(raw) {
            if let Some(figure) = figures::find(all_figures, key) {
                caution |= figure.in_force(today).is_some_and(|v| v.source.confidence.needs_caution());
                if !used_figures.iter().any(|f| std::ptr::eq(*f, figure)) {
                    used_figures.push(figure);
                }
            }
        }
        let mut cites = Vec::new();
        for &index in step.sources {
            let Some(source) = q.sources.get(usize::from(index)) else { continue };
            caution |= source.confidence != Confidence::Confirmed;
            let number = match sources.iter().position(|s| std::ptr::eq(*s, source)) {
                Some(i) => i + 1,
                None => {
                    sources.push(source);
                    sources.len()
                }
            };
            cites.push(number);
        }
        let expanded = figures::expand(raw, all_figures, today, lang);
        let text = substitute(&expanded, &|name| {
            if let Some(key) = name.strip_prefix("calc.") {
                return computed.get(key).cloned().unwrap_or_default();
            }
            if name == "today" {
                return today.to_string();
            }
            answer(name).unwrap_or_default()
        });
        steps.push(Step { id: step.id, text, cites, caution });
    }
    NextSteps { attachments, addressee, steps, sources, figures: used_figures }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;
    use crate::core::interview::Answer;
    
    use crate::core::interview::computed::tests::{alimony_answers, default_answers};
    
    

    const TODAY: Date = Date::new(2026, 11, 25);

    fn steps_for(q: &'static Questionnaire, answers: Answers, lang: Lang) -> NextSteps {
        let session = crate::core::interview::Session::with_answers(q, &answers, TODAY);
        let prepared = session.document(lang).unwrap_or_else(|u| panic!("{}: {u}", q.id));
        session.next_steps(&prepared, lang)
    }

    #[test]
    fn every_questionnaire_has_next_steps_in_kazakh_and_russian() {
        for lang in [Lang::Kk, Lang::Ru] {
            let list = content::questionnaires(lang);
            // One per file in content/questionnaires (the count grows as documents are added).
            let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/content/questionnaires"))
                .unwrap()
                .filter(|e| e.as_ref().unwrap().path().extension().is_some_and(|x| x == "toml"))
                .count();
            assert_eq!(list.len(), files, "{lang:?}");
            for q in list {
                assert!(q.next.len() >= 3, "{} {lang:?}: {} steps", q.id, q.next.len());
                for step in q.next {
                    assert!(!step.text.get(lang).trim().is_empty(), "{} {lang:?}: step `{}` has no text", q.id, step.id);
                }
            }
        }
    }

    #[test]
    fn every_step_reads_with_nothing_left_to_fill_for_the_default_answers() {
        for lang in Lang::ALL {
            for q in content::questionnaires(lang) {
                let next = steps_for(q, default_answers(q), lang);
                assert!(next.steps.len() + usize::from(next.addressee.is_some()) + usize::from(!next.attachments.is_empty()) >= 3, "{} {lang:?}", q.id);
                for step in &next.steps {
                    assert!(!step.text.contains('{') && !step.text.contains('}'), "{} {lang:?}: {}", q.id, step.text);
                    // A placeholder that read an empty answer would leave "()" or ": ." behind.
                    assert!(!step.text.contains("()") && !step.text.contains(": ."), "{} {lang:?}: {}", q.id, step.text);
                    for n in &step.cites {
                        assert!((1..=next.sources.len()).contains(n), "{} {lang:?}: cites {n}", q.id);
                    }
                }
                for source in &next.sources {
                    assert!(source.url.starts_with("https://"), "{}: {}", q.id, source.url);
                    assert!(!source.article.is_empty() && !source.version.is_empty(), "{}: {}", q.id, source.id);
                }
            }
        }
    }

    #[test]
    fn the_alimony_claim_panel_names_the_court_the_attachments_and_the_fee_with_a_caution() {
        for lang in [Lang::Kk, Lang::Ru] {
            let q = content::questionnaire("alimony.claim", lang).expect("alimony.claim is compiled");
            let next = steps_for(q, alimony_answers(), lang);
            let court = next.addressee.as_deref().expect("a computed court");
            assert!(court.contains("Алматы"), "{lang:?}: {court}");
            assert!(!next.attachments.is_empty(), "{lang:?}");
            let fee = next.steps.iter().find(|s| s.id == "fee").expect("a fee step");
            assert!(fee.text.contains("668"), "{lang:?}: the computed fee with its article: {}", fee.text);
            assert!(fee.caution, "the 2025 Tax Code was read only in secondary sources");
            let sign = next.steps.iter().find(|s| s.id == "sign").expect("a signing step");
            assert!(!sign.caution && sign.text.contains("148"), "{lang:?}: {}", sign.text);
            let online = next.steps.iter().find(|s| s.id == "online").expect("an e-filing step");
            assert!(online.caution && online.text.contains("office.sud.kz"), "{lang:?}");
            assert!(next.figures.iter().any(|f| f.key == "deadline.claim_acceptance"));
        }
    }

    #[test]
    fn conditions_choose_the_steps_and_figures_are_expanded() {
        let q = content::questionnaire("court.appeal", Lang::Ru).expect("court.appeal is compiled");
        let mut answers = default_answers(q);
        let ids = |n: &NextSteps| n.steps.iter().map(|s| s.id).collect::<Vec<_>>();
        let plain = steps_for(q, answers.clone(), Lang::Ru);
        assert!(ids(&plain).contains(&"deadline") && !ids(&plain).contains(&"deadline_child"));
        let deadline = &plain.steps.iter().find(|s| s.id == "deadline").unwrap().text;
        assert!(deadline.contains("1\u{a0}месяц"), "{deadline}");
        answers.insert("child_return".into(), Answer::Bool(true));
        let child = steps_for(q, answers, Lang::Ru);
        assert!(ids(&child).contains(&"deadline_child") && !ids(&child).contains(&"deadline"));
        let where_ = &child.steps.iter().find(|s| s.id == "where").unwrap().text;
        assert!(where_.contains("Тест first_court"), "the court that decided, from the answers: {where_}");
    }

    #[test]
    fn typed_braces_stay_text() {
        let q = content::questionnaire("court.appeal", Lang::Kk).expect("court.appeal is compiled");
        let mut answers = default_answers(q);
        answers.insert("first_court".into(), Answer::Text("{{mrp}} <b>{calc.fee}</b>".into()));
        let next = steps_for(q, answers, Lang::Kk);
        let where_ = &next.steps.iter().find(|s| s.id == "where").unwrap().text;
        assert!(where_.contains("{{mrp}} <b>{calc.fee}</b>"), "{where_}");
    }
}
