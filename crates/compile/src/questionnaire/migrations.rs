//! `[[migrations]]`: every rename from an earlier version lands on a question (or choice) of this one.

use std::collections::BTreeMap;

use super::*;

/// `version` and `[[migrations]]`: each `from` is an earlier version, in order; a rename maps an id the
/// current version no longer has to one it has (following the later migrations), a field stays in its
/// group, and a renamed choice lands on an option of the current question.
pub(super) fn check_migrations(q: &QuestionnaireSrc, report: &mut FileReport) {
    let version = q.version();
    if version == 0 {
        let line = q.version.as_ref().map_or(1, |v| report.line_of(v.span().start));
        report.at_line(line, "`version` starts at 1");
    }
    // The current questions by the names migrations use (`id`, `group.field`), with their options.
    let mut current: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for question in q.pages.iter().flat_map(|p| &p.questions) {
        current.insert(question.id.clone(), question.options.iter().map(|o| o.id.clone()).collect());
        for sub in &question.questions {
            current.insert(format!("{}.{}", question.id, sub.id), sub.options.iter().map(|o| o.id.clone()).collect());
        }
    }
    let is_id = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    let is_name = |s: &str| is_id(s) || s.split_once('.').is_some_and(|(g, f)| is_id(g) && is_id(f));
    // A name as a raw-form key (a field as item 0), carried through `later` steps, back as a name.
    let forward = |name: &str, later: &[MigrationSrc]| -> String {
        let mut key = match name.split_once('.') {
            Some((g, f)) => format!("{g}.0.{f}"),
            None => name.to_string(),
        };
        for step in later {
            key = migrate::key(step, &key);
        }
        migrate::question_of(&key).unwrap_or(key)
    };
    let mut previous: Option<u16> = None;
    for (k, m) in q.migrations.iter().enumerate() {
        let later = &q.migrations[k + 1..];
        let from = *m.from.get_ref();
        let from_line = report.line_of(m.from.span().start);
        if from == 0 || from >= version {
            report.at_line(from_line, format!("`from = {from}`: a migration starts at an earlier version, 1 to {} (`version = {version}`)", version.saturating_sub(1)));
        }
        if previous.is_some_and(|p| from <= p) {
            report.at_line(from_line, format!("`from = {from}`: list the migrations by ascending `from`, each version once"));
        }
        previous = Some(from);
        for (old, new) in &m.rename {
            let line = report.line_of(new.span().start);
            let new = new.get_ref();
            if !is_name(old) || !is_name(new) {
                report.at_line(line, format!("rename `{old}` = \"{new}\": name a question `id` or a group's field `group.field`"));
                continue;
            }
            if current.contains_key(old) {
                report.at_line(line, format!("rename `{old}`: `{old}` is a question of the current version; a rename maps an id an earlier version used to the new one"));
                continue;
            }
            match (old.split_once('.'), new.split_once('.')) {
                (None, None) => {}
                (Some((group, _)), Some((new_group, _))) => {
                    let expected = migrate::Step::rename(m, group).unwrap_or(group);
                    if new_group != expected {
                        report.at_line(line, format!("rename `{old}` = \"{new}\": a field stays in its group, which this migration calls `{expected}`"));
                        continue;
                    }
                }
                _ => {
                    report.at_line(line, format!("rename `{old}` = \"{new}\": a question is renamed to a question, a group's field to `group.field`"));
                    continue;
                }
            }
            let landed = forward(new, later);
            if !current.contains_key(&landed) {
                let via = if landed == *new { String::new() } else { format!(" (`{landed}` after the later migrations)") };
                report.at_line(line, format!("rename `{old}` = \"{new}\": the current version has no question `{new}`{via}"));
            }
        }
        for (question, map) in &m.values {
            let landed = forward(question, later);
            let options = current.get(&landed).filter(|o| !o.is_empty());
            for (old, new) in map {
                let line = report.line_of(new.span().start);
                let Some(options) = options else {
                    report.at_line(line, format!("values for `{question}`: the current version has no choice question `{landed}`"));
                    break;
                };
                // The new id, carried through the later migrations' renamed choices.
                let new = new.get_ref();
                let (mut name, mut value) = (question.clone(), new.clone());
                for step in later {
                    name = forward(&name, std::slice::from_ref(step));
                    value = migrate::Step::value(step, &name, &value).map_or(value, str::to_string);
                }
                if !options.contains(&value) {
                    report.at_line(line, format!("values for `{question}`: `{old}` = \"{new}\" is not an option of `{landed}` (options: {})", options.join(", ")));
                }
            }
        }
    }
}
