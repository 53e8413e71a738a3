//! `[[exits]]` of a questionnaire: no dead ends, and the deciding questions first.
//!
//! - Every exit names where the reader goes next (`guide:<id>` or `questionnaire:<id>`), that place
//!   exists, and it is not the questionnaire the reader is leaving.
//! - Questions that can end the form are asked before the others: an exit whose condition reads only
//!   answers that need no typing (nor do the conditions that show them) is decided on a page before the
//!   first page where every reader has to type free text, so nobody types answers the exit throws away.

use std::collections::{BTreeMap, BTreeSet};

use super::questionnaire::expr;
use super::questionnaire::{ExitSrc, Known, QuestionSrc, QuestionnaireSrc};
use super::FileReport;

/// Checks one exit; `line` is its `id =` line, `line_of_key(line, key)` the line of its `key =`.
pub(super) fn check(q: &QuestionnaireSrc, exit: &ExitSrc, line: usize, line_of_key: &dyn Fn(usize, &str) -> usize, known: &Known, report: &mut FileReport) {
    let link = exit.link.trim();
    let exists = match link.split_once(':') {
        Some(("guide", id)) => known.guides.contains(id),
        Some(("questionnaire", id)) => known.questionnaires.contains(id),
        _ => false,
    };
    if link.is_empty() {
        report.at_line(line, format!("exit `{}` needs a `link`: the guide (guide:<id>) or questionnaire (questionnaire:<id>) the reader goes to next", exit.id));
    } else if link.strip_prefix("questionnaire:") == Some(q.id.as_str()) {
        report.at_line(line_of_key(line, "link"), format!("exit link `{link}` leads back to this questionnaire: name the guide or another questionnaire the reader goes to"));
    } else if !exists {
        report.at_line(line_of_key(line, "link"), format!("exit link `{link}` must be guide:<id> or questionnaire:<id> of something that exists"));
    }
    if let Some(message) = decided_too_late(q, exit) {
        report.at_line(line_of_key(line, "when"), message);
    }
}

/// Free text a reader types: `text`, `long_text`, `address`.
fn is_free_text(kind: &str) -> bool {
    matches!(kind, "text" | "long_text" | "address")
}

/// Why the exit comes too late, or `None` when it is decided before the first page where every
/// reader types free text (a required `text`, `long_text` or `address` shown without condition on a
/// page shown without condition, or such a field of a group), or when it reads a typed answer or a
/// computed value (those cannot be asked earlier).
fn decided_too_late(q: &QuestionnaireSrc, exit: &ExitSrc) -> Option<String> {
    let typed = |x: &QuestionSrc| {
        x.show_if.trim().is_empty()
            && x.required
            && (is_free_text(&x.kind)
                || (x.kind == "group" && x.questions.iter().any(|s| s.required && s.show_if.trim().is_empty() && is_free_text(&s.kind))))
    };
    let (first_typing, typed_question) = q
        .pages
        .iter()
        .enumerate()
        .filter(|(_, p)| p.show_if.trim().is_empty())
        .find_map(|(i, p)| p.questions.iter().find(|x| typed(x)).map(|x| (i, x.id.as_str())))?;
    let place: BTreeMap<&str, (usize, &QuestionSrc, &str)> = q
        .pages
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.questions.iter().map(move |x| (x.id.as_str(), (i, x, p.show_if.as_str()))))
        .collect();
    let read = |condition: &str| -> Vec<String> {
        expr::parse(condition).map(|e| e.ids().into_iter().map(String::from).collect()).unwrap_or_default()
    };
    // Everything the decision rests on: the ids the condition reads and, through the conditions that
    // show them, the answers those depend on.
    let direct = read(&exit.when);
    let mut pending = direct.clone();
    let mut seen = BTreeSet::new();
    while let Some(id) = pending.pop() {
        if !seen.insert(id.clone()) {
            continue;
        }
        let (_, question, page_if) = place.get(id.as_str())?; // a computed value: typed answers
        if is_free_text(&question.kind) || question.kind == "group" {
            return None;
        }
        pending.extend(read(&question.show_if));
        pending.extend(read(page_if));
    }
    let decided = direct.iter().filter_map(|id| place.get(id.as_str()).map(|p| p.0)).max()?;
    if decided < first_typing {
        return None;
    }
    let mut late: Vec<String> = direct.iter().filter(|id| place.get(id.as_str()).is_some_and(|p| p.0 >= first_typing)).map(|id| format!("`{id}`")).collect();
    late.dedup();
    Some(format!(
        "exit `{}` is decided on page `{}`, after every reader has typed free text on page `{}` (`{typed_question}`): ask {} on an earlier page, so that the questions that can end the form come first",
        exit.id,
        q.pages[decided].id,
        q.pages[first_typing].id,
        late.join(", ")
    ))
}
