//! How a draft saved with an earlier version of a questionnaire reads in the current one: the keys of
//! renamed questions and the ids of renamed choices move, one migration step at a time.
//!
//! Shared by the runtime (`form::load_draft` applies the steps) and the content compiler (which follows
//! every rename through the later steps to check it lands on a question of the current version), so
//! both read a migration the same way, from this one crate.
//!
//! The names a step reads are those of the *older* version (the draft's): `rename` maps an old question
//! id (a plain question or a group) to its new id, and an old `group.field` to `<new group>.<new field>`;
//! a group item's key `<group>.<i>.<field>` takes both the group's and the field's new names. `values`
//! maps a choice's old ids to new ones, under the question's id *after* the step's renames.

use std::collections::BTreeMap;

/// One migration step, seen through lookups.
pub trait Step {
    /// The new id of a question (`id`) or of a group's field (`group.field`, both as the older version
    /// named them); for a field, the answer is `<new group>.<new field>`.
    fn rename(&self, old: &str) -> Option<&str>;
    /// The new id of the choice `old` of `question` (`id` or `group.field`, named as after the renames).
    fn value(&self, question: &str, old: &str) -> Option<&str>;
}

/// `<group>.<index>.<field>` split into its parts, when `key` is a group item's key.
pub fn item_parts(key: &str) -> Option<(&str, &str, &str)> {
    let mut parts = key.splitn(3, '.');
    let (group, index, field) = (parts.next()?, parts.next()?, parts.next()?);
    let numeric = !index.is_empty() && index.bytes().all(|b| b.is_ascii_digit());
    (numeric && !group.is_empty() && !field.is_empty() && !field.contains('.')).then_some((group, index, field))
}

/// The question a raw-form key answers, as `values` and renames name it: `id`, or `group.field` for
/// a group item's key. `None` for a key that is neither.
pub fn question_of(key: &str) -> Option<String> {
    match item_parts(key) {
        Some((group, _, field)) => Some(format!("{group}.{field}")),
        None => (!key.is_empty() && !key.contains('.')).then(|| key.to_string()),
    }
}

/// The key `key` has after `step`. A key of no recognisable shape stays as it is.
pub fn key(step: &dyn Step, key: &str) -> String {
    if let Some((group, index, field)) = item_parts(key) {
        let new_group = step.rename(group).unwrap_or(group);
        let new_field = step.rename(&format!("{group}.{field}")).and_then(|t| t.split_once('.')).map_or(field, |(_, f)| f);
        return format!("{new_group}.{index}.{new_field}");
    }
    if key.contains('.') {
        return key.to_string();
    }
    step.rename(key).unwrap_or(key).to_string()
}

/// The answer `value` of the question at `key` (already renamed by `step`) after `step`: a single
/// choice's id, or each id of a multiple choice's comma-separated list, takes its new id.
pub fn value(step: &dyn Step, key: &str, value: &str) -> String {
    let Some(question) = question_of(key) else { return value.to_string() };
    let parts: Vec<&str> = value.split(',').collect();
    if parts.iter().all(|p| step.value(&question, p.trim()).is_none()) {
        return value.to_string();
    }
    parts.iter().map(|p| step.value(&question, p.trim()).unwrap_or(p)).collect::<Vec<_>>().join(",")
}

/// A raw form after `step`. Nothing is dropped: when a renamed key meets an answer already stored
/// under its new key, the stored one stays and the renamed one keeps its old key.
pub fn apply(step: &dyn Step, raw: BTreeMap<String, String>) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut moved = Vec::new();
    for (old_key, v) in raw {
        let new_key = key(step, &old_key);
        if new_key == old_key {
            let v = value(step, &new_key, &v);
            out.insert(new_key, v);
        } else {
            moved.push((old_key, new_key, v));
        }
    }
    for (old_key, new_key, v) in moved {
        if out.contains_key(&new_key) {
            out.insert(old_key, v);
        } else {
            let v = value(step, &new_key, &v);
            out.insert(new_key, v);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct S(&'static [(&'static str, &'static str)], &'static [(&'static str, &'static str, &'static str)]);

    impl Step for S {
        fn rename(&self, old: &str) -> Option<&str> {
            self.0.iter().find(|(o, _)| *o == old).map(|(_, n)| *n)
        }
        fn value(&self, question: &str, old: &str) -> Option<&str> {
            self.1.iter().find(|(q, o, _)| *q == question && *o == old).map(|(_, _, n)| *n)
        }
    }

    fn raw(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
    }

    #[test]
    fn keys_follow_question_group_and_field_renames() {
        let step = S(&[("kids", "children"), ("kids.dob", "children.born"), ("name", "plaintiff_name")], &[]);
        assert_eq!(key(&step, "name"), "plaintiff_name");
        assert_eq!(key(&step, "kids"), "children");
        assert_eq!(key(&step, "kids.0.dob"), "children.0.born");
        assert_eq!(key(&step, "kids.12.name"), "children.12.name", "a field named like a renamed question keeps its name");
        assert_eq!(key(&step, "other.1.dob"), "other.1.dob", "a field rename belongs to its group");
        assert_eq!(key(&step, "kids.x.dob"), "kids.x.dob");
        assert_eq!(key(&step, "a.b"), "a.b");
        assert_eq!(key(&step, ""), "");
    }

    #[test]
    fn choice_values_follow_and_collisions_lose_nothing() {
        let step = S(&[("income", "income_kind")], &[("income_kind", "wage", "salary"), ("children.docs", "bc", "birth_certificate")]);
        let out = apply(&step, raw(&[("income", "wage"), ("children.0.docs", "bc, passport"), ("x", "wage")]));
        assert_eq!(out, raw(&[("income_kind", "salary"), ("children.0.docs", "birth_certificate, passport"), ("x", "wage")]));
        let out = apply(&step, raw(&[("income", "wage"), ("income_kind", "irregular")]));
        assert_eq!(out, raw(&[("income", "wage"), ("income_kind", "irregular")]));
    }
}
