//! Leaving one questionnaire for another through an exit (`link = "questionnaire:<id>"`): the answers
//! already given go along, so nobody types them twice.

use super::engine::Interview;
use super::form::{self, item_count, item_key, Raw};
use super::input::parse;
use super::model::{Exit, Kind, Question, Questionnaire};
use crate::core::date::Date;

/// The questionnaire an exit opens, if it opens one (`questionnaire:<id>`).
pub fn exit_questionnaire(exit: &Exit) -> Option<&'static str> {
    exit.link.strip_prefix("questionnaire:")
}

/// The raw form of `to` made from the raw form of `from`: every answer that counts in `from` (a
/// visible question on a visible page) whose question id `to` also asks, as typed, when `to` can read
/// it (a choice `to` does not offer is left behind). A group goes with its items, each with the fields
/// both groups have.
pub fn carry(from: &Questionnaire, raw: &Raw, to: &Questionnaire, today: Date) -> Raw {
    let (answers, _) = form::read(from, raw, today);
    let counts = Interview::new(from, answers).on(today).visible_answers();
    let source = |id: &str| from.pages.iter().flat_map(|p| p.questions.iter()).find(|q| q.id == id);
    let readable = |q: &Question, value: &str| matches!(parse(&q.kind, value, today), Ok(Some(_)));
    let mut out = Raw::new();
    for target in to.pages.iter().flat_map(|p| p.questions.iter()) {
        let Some(origin) = source(target.id).filter(|_| counts.contains_key(target.id)) else { continue };
        match (&origin.kind, &target.kind) {
            (Kind::Group { questions: old, .. }, Kind::Group { questions: new, max, .. }) => {
                let n = item_count(raw, origin).min(usize::from(*max));
                out.insert(target.id.to_string(), n.to_string());
                for index in 0..n {
                    for field in new.iter().filter(|f| old.iter().any(|o| o.id == f.id)) {
                        let key = item_key(origin.id, index, field.id);
                        if let Some(value) = raw.get(&key).filter(|v| readable(field, v)) {
                            out.insert(key, value.clone());
                        }
                    }
                }
            }
            (Kind::Group { .. }, _) | (_, Kind::Group { .. }) => {}
            _ => {
                if let Some(value) = raw.get(target.id).filter(|v| readable(target, v)) {
                    out.insert(target.id.to_string(), value.clone());
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;
    use crate::core::interview::computed::tests::default_answers;
    use crate::core::interview::{Answer, Answers};
    use crate::core::lang::Lang;
    use std::collections::BTreeSet;

    const TODAY: Date = Date::new(2026, 12, 1);

    /// Answers as they are typed into the form.
    fn raw_of(q: &Questionnaire, answers: &Answers) -> Raw {
        crate::core::interview::session::typed(q, answers)
    }

    #[test]
    fn the_alimony_claim_s_court_order_exit_opens_the_court_order_application_with_the_shared_answers() {
        for lang in [Lang::Kk, Lang::Ru] {
            let claim = content::questionnaire("alimony.claim", lang).expect("alimony.claim");
            let order = content::questionnaire("alimony.order", lang).expect("alimony.order");
            let mut answers = default_answers(claim);
            answers.insert("lives_with_me".into(), Answer::Bool(true));
            answers.insert("prefer_court_order".into(), Answer::Bool(true));
            let raw = raw_of(claim, &answers);
            let (read, _) = form::read(claim, &raw, TODAY);
            let interview = Interview::new(claim, read).on(TODAY);
            let exit = interview.exit().expect("choosing a court order ends the claim");
            assert_eq!(exit.id, "court_order");
            assert_eq!(exit_questionnaire(exit), Some("alimony.order"), "{lang:?}: the exit opens the application");

            let carried = carry(claim, &raw, order, TODAY);
            // Exactly the ids both ask, of the answers that count in the claim.
            let counts = interview.visible_answers();
            let asks = |q: &Questionnaire| q.pages.iter().flat_map(|p| p.questions.iter()).map(|x| x.id).collect::<BTreeSet<_>>();
            let shared: BTreeSet<&str> = asks(claim).intersection(&asks(order)).copied().filter(|id| counts.contains_key(*id)).collect();
            let top: BTreeSet<&str> = carried.keys().filter(|k| !k.contains('.')).map(String::as_str).collect();
            assert_eq!(top, shared, "{lang:?}");
            for id in ["lives_with_me", "plaintiff_role", "marriage", "paternity_disputed", "third_parties", "children", "income_kind", "plaintiff_name", "defendant_name", "court_name"] {
                assert!(shared.contains(id), "{lang:?}: `{id}` is asked by both and carried");
            }
            for id in ["prefer_court_order", "agreement", "court_place", "tried_before", "defendant_abroad", "other_claims"] {
                assert!(!carried.contains_key(id), "{lang:?}: `{id}` is not asked by both");
            }
            assert_eq!(carried.get("children.0.name"), raw.get("children.0.name"));
            assert_eq!(carried.get("plaintiff_iin"), raw.get("plaintiff_iin"));
            // The application opens on those answers without ending at once.
            let (read, rejected) = form::read(order, &carried, TODAY);
            assert!(rejected.is_empty(), "{lang:?}: {rejected:?}");
            assert_eq!(Interview::new(order, read).on(TODAY).exit().map(|e| e.id), None, "{lang:?}");
        }
    }

    #[test]
    fn hidden_answers_and_choices_the_target_lacks_stay_behind() {
        let claim = content::questionnaire("alimony.claim", Lang::Ru).expect("alimony.claim");
        let order = content::questionnaire("alimony.order", Lang::Ru).expect("alimony.order");
        let mut answers = default_answers(claim);
        answers.insert("lives_with_me".into(), Answer::Bool(true));
        answers.insert("prefer_court_order".into(), Answer::Bool(true));
        answers.insert("income_kind".into(), Answer::Choice("irregular".into()));
        let mut raw = raw_of(claim, &answers);
        raw.insert("income_monthly".into(), "300000".into()); // typed, then hidden by "irregular"
        raw.insert("marriage".into(), "widowed".into()); // not an option anywhere
        let carried = carry(claim, &raw, order, TODAY);
        assert!(!carried.contains_key("income_monthly"), "a hidden answer does not count");
        assert!(!carried.contains_key("marriage"));
        assert_eq!(carried.get("income_kind").map(String::as_str), Some("irregular"));
    }

    /// An exit to another questionnaire is not a loop: decided by a yes (the answer on the normal path
    /// otherwise), it opens the target, which goes on with the answers carried instead of ending too.
    #[test]
    fn an_exit_to_another_questionnaire_opens_it_without_ending_there() {
        let mut checked = 0;
        for lang in [Lang::Kk, Lang::Ru] {
            for q in content::questionnaires(lang) {
                for exit in q.exits {
                    let Some(target) = exit_questionnaire(exit) else { continue };
                    let is_yes_no = q.pages.iter().flat_map(|p| p.questions.iter()).any(|x| x.id == exit.when && x.kind == Kind::YesNo);
                    if !is_yes_no {
                        continue;
                    }
                    let mut answers = default_answers(q);
                    answers.insert("lives_with_me".into(), Answer::Bool(true)); // the normal path (e2e fill)
                    answers.insert(exit.when.to_string(), Answer::Bool(true));
                    let raw = raw_of(q, &answers);
                    let (read, _) = form::read(q, &raw, TODAY);
                    assert_eq!(Interview::new(q, read).on(TODAY).exit().map(|e| e.id), Some(exit.id), "{} {lang:?}", q.id);
                    let to = content::questionnaire(target, lang).expect("target");
                    let (read, rejected) = form::read(to, &carry(q, &raw, to, TODAY), TODAY);
                    assert!(rejected.is_empty(), "{} → {target} {lang:?}: {rejected:?}", q.id);
                    assert_eq!(Interview::new(to, read).on(TODAY).exit().map(|e| e.id), None, "{} `{}` → {target} {lang:?}", q.id, exit.id);
                    checked += 1;
                }
            }
        }
        assert!(checked >= 2 * 4, "alimony.claim → order and alimony.order → claim (three exits): {checked}");
    }

    #[test]
    fn every_exit_to_a_questionnaire_carries_only_what_its_target_asks() {
        for lang in [Lang::Kk, Lang::Ru] {
            for q in content::questionnaires(lang) {
                for exit in q.exits {
                    let Some(target) = exit_questionnaire(exit) else { continue };
                    let to = content::questionnaire(target, lang).unwrap_or_else(|| panic!("{}: exit `{}` opens `{target}`", q.id, exit.id));
                    let carried = carry(q, &raw_of(q, &default_answers(q)), to, TODAY);
                    for key in carried.keys() {
                        assert!(form::is_asked(to, key), "{} → {target}: `{key}`", q.id);
                    }
                }
            }
        }
    }
}
