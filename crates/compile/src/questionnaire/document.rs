//! A questionnaire's `[document]`: every `{placeholder}` filled by something, sums in words only for
//! sums, no text addressed to the reader, and a declared signer's gender forms instead of double forms.

use std::collections::BTreeMap;

use super::*;

/// `inputs`: each name a calculator input, each id a question of the type it takes (a `debt_*` field
/// of the group bound to `debts`), and every input a declared computed value needs bound.
fn check_inputs(document: &DocumentSrc, q: &QuestionnaireSrc, line: usize, report: &mut FileReport) {
    let top = |id: &str| q.pages.iter().flat_map(|p| &p.questions).find(|x| x.id == id);
    for (name, id) in &document.inputs {
        let Some((_, kind, _)) = INPUTS.iter().find(|(n, _, _)| n == name) else {
            report.at_line(line, format!("unknown input `{name}`; known: {}", INPUTS.iter().map(|(n, _, _)| *n).collect::<Vec<_>>().join(", ")));
            continue;
        };
        let question = match name.strip_prefix("debt_") {
            Some(_) => document.inputs.get("debts").and_then(|group| top(group)).and_then(|g| g.questions.iter().find(|s| s.id == *id)),
            None => top(id),
        };
        if question.is_none_or(|x| x.kind != *kind) {
            let place = if name.starts_with("debt_") { "a field of the group bound to `debts`" } else { "a question" };
            report.at_line(line, format!("input `{name} = \"{id}\"` must name {place} of type `{kind}`"));
        }
    }
    for (name, _, needed_by) in INPUTS {
        if let Some(key) = needed_by.iter().find(|k| document.computed.iter().any(|c| c == *k)) {
            if !document.inputs.contains_key(name) {
                report.at_line(line, format!("`{{calc.{key}}}` needs the input `{name}`: add `inputs = {{ {name} = \"<question id>\" }}` to [document]"));
            }
        }
    }
}

/// Every `{placeholder}` must be filled by something: a question, a group item's question inside an
/// `each` block, a declared computed value, or `today`.
pub(super) fn check_document(document: &DocumentSrc, q: &QuestionnaireSrc, asked: &BTreeMap<String, Vec<String>>, text: &str, report: &mut FileReport) {
    let header_lines: Vec<usize> =
        text.lines().enumerate().filter(|(_, l)| l.trim() == "[[document.blocks]]").map(|(i, _)| i + 1).collect();
    let doc_line = text.lines().position(|l| l.trim() == "[document]").map_or(1, |i| i + 1);
    check_texts(&document.title, "document title", doc_line, report);
    for key in document.computed.iter().filter(|k| !COMPUTED.contains(&k.as_str())) {
        report.at_line(doc_line, format!("unknown computed value `{key}`; known: {}", COMPUTED.join(", ")));
    }
    let uses_fee = document.computed.iter().any(|k| k == "fee");
    if uses_fee && !FEE_SUBJECTS.contains(&document.fee_subject.as_str()) {
        report.at_line(doc_line, format!("`{{calc.fee}}` needs `fee_subject` = one of {}", FEE_SUBJECTS.join(", ")));
    }
    if !document.claim_price.is_empty() {
        // `calc.<key>`: a sum a calculator computes (the alimony penalty), declared in `computed`.
        let computed_money = document.claim_price.strip_prefix("calc.").is_some_and(|key| {
            COMPUTED_MONEY.contains(&key) && document.computed.iter().any(|k| k == key)
        });
        let is_money = q.pages.iter().flat_map(|p| &p.questions).any(|x| x.id == document.claim_price && x.kind == "money")
            || crate::values::is_money_value(q, &document.claim_price)
            || computed_money;
        if !is_money {
            report.at_line(doc_line, format!("`claim_price = \"{}\"` must name a money question, a money value or a computed sum `calc.<key>` declared in `computed` ({})", document.claim_price, COMPUTED_MONEY.join(", ")));
        }
    }
    let uses_court = document.computed.iter().any(|k| k == "court" || k == "court_reason");
    if uses_court && document.court_claim.is_empty() {
        report.at_line(doc_line, format!("`{{calc.court}}` needs `court_claim` = one of {}", COURT_CLAIMS.join(", ")));
    }
    if !document.court_claim.is_empty() && !COURT_CLAIMS.contains(&document.court_claim.as_str()) {
        report.at_line(doc_line, format!("unknown `court_claim = \"{}\"`; use one of {}", document.court_claim, COURT_CLAIMS.join(", ")));
    }
    check_inputs(document, q, doc_line, report);
    if !document.signer_iin.is_empty() {
        let is_iin = q.pages.iter().flat_map(|p| &p.questions).any(|x| x.id == document.signer_iin && x.kind == "iin");
        if !is_iin {
            report.at_line(doc_line, format!("`signer_iin = \"{}\"` must name an `iin` question outside a group", document.signer_iin));
        }
    }
    let groups: BTreeMap<&str, Vec<&str>> = q
        .pages
        .iter()
        .flat_map(|p| &p.questions)
        .filter(|x| x.kind == "group")
        .map(|g| (g.id.as_str(), g.questions.iter().map(|s| s.id.as_str()).collect()))
        .collect();
    for (i, block) in document.blocks.iter().enumerate() {
        let line = header_lines.get(i).copied().unwrap_or(doc_line);
        if !BLOCK_KINDS.contains(&block.kind.as_str()) {
            report.at_line(line, format!("unknown block kind `{}`; use one of {}", block.kind, BLOCK_KINDS.join(", ")));
        }
        check_texts(&block.text, "block text", line, report);
        crate::voice::check_block(&block.text, line, report);
        check_condition(&block.when, asked, line, "when", report);
        let item_fields = if block.each.is_empty() {
            None
        } else {
            match groups.get(block.each.as_str()) {
                Some(fields) => Some(fields),
                None => {
                    report.at_line(line, format!("`each = \"{}\"` must name a group question", block.each));
                    None
                }
            }
        };
        for body in [&block.text.kk, &block.text.ru, &block.text.en] {
            for name in placeholders(body) {
                let problem = if let Some(forms) = gender_forms(name) {
                    match forms {
                        Err(reason) => Some(format!("`{{{name}}}`: {reason}")),
                        Ok(_) if document.signer_iin.is_empty() => {
                            Some(format!("`{{{name}}}`: declare whose sex chooses the form: `signer_iin = \"<iin question>\"` in [document]"))
                        }
                        Ok(_) => None,
                    }
                } else if let Some(key) = name.strip_prefix("calc.") {
                    let value = key.strip_suffix(WORDS).unwrap_or(key);
                    if !document.computed.iter().any(|k| k == value) {
                        Some(format!("`{{{name}}}`: add \"{value}\" to `computed` in [document]"))
                    } else {
                        calc_words_problem(name, &document.fee_subject)
                    }
                } else if let Some(id) = name.strip_suffix(WORDS) {
                    let is_money = q.pages.iter().flat_map(|p| &p.questions).any(|x| x.id == id && x.kind == "money")
                        || crate::values::is_money_value(q, id);
                    (!is_money).then(|| format!("`{{{name}}}`: `{WORDS}` writes a sum in words: name a money question outside a group or a money value"))
                } else if let Some(field) = name.strip_prefix("item.") {
                    match item_fields {
                        Some(fields) if fields.contains(&field) => None,
                        Some(_) => Some(format!("`{{{name}}}`: the group `{}` has no question `{field}`", block.each)),
                        None => Some(format!("`{{{name}}}` is only allowed in a block with `each`")),
                    }
                } else if name == "today" {
                    None
                } else if groups.contains_key(name) {
                    Some(format!("`{{{name}}}` is a group: repeat a block with `each = \"{name}\"` and use {{item.<question>}}"))
                } else if !asked.contains_key(name) {
                    Some(format!("`{{{name}}}`: no question fills this field"))
                } else {
                    None
                };
                if let Some(message) = problem {
                    report.at_line(line, message);
                }
            }
        }
        if !document.signer_iin.is_empty() {
            for form in double_forms(&block.text.ru) {
                report.at_line(
                    line_of_text(report, line, &form),
                    format!("«{form}»: the signer is declared (`signer_iin`), so write the word for each sex, `{{g:согласен|согласна}}`, not a double form"),
                );
            }
        }
    }
}

/// `{calc.<key>:words}` (`name`, its value declared) is for a computed sum: `None` when it is one (or
/// when `name` asks for no words), else why not. A fee is a sum only for `fee_subject = "general"`: the
/// other subjects give an exemption or a deferral, a text with no words.
pub(super) fn calc_words_problem(name: &str, fee_subject: &str) -> Option<String> {
    let key = name.strip_prefix("calc.")?.strip_suffix(WORDS)?;
    if !COMPUTED_SUMS.contains(&key) {
        return Some(format!("`{{{name}}}`: `{WORDS}` writes a sum in words, and `{key}` is not a sum; sums: {}", COMPUTED_SUMS.join(", ")));
    }
    (key == "fee" && fee_subject != "general")
        .then(|| format!("`{{{name}}}`: a `{fee_subject}` fee is an exemption or a deferral, not a sum: state it without words"))
}

/// The double gender forms of a Russian text outside its `{placeholders}`: a word with a feminine
/// ending in brackets, «согласен(на)», «получил(а)», «обращался(-лась)». Plural endings («(ы)», «(и)»)
/// are not gender and pass.
fn double_forms(text: &str) -> Vec<String> {
    let mut plain = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => plain.push(c),
            _ => {}
        }
    }
    let is_letter = |c: char| matches!(c, 'а'..='я' | 'ё' | 'А'..='Я' | 'Ё');
    let chars: Vec<char> = plain.chars().collect();
    let mut out = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        if c != '(' || i == 0 || !is_letter(chars[i - 1]) {
            continue;
        }
        let Some(len) = chars[i + 1..].iter().position(|&c| c == ')') else { continue };
        let inner: String = chars[i + 1..i + 1 + len].iter().collect();
        let ending = inner.strip_prefix('-').unwrap_or(&inner);
        let feminine = (1..=5).contains(&ending.chars().count())
            && ending.chars().all(|c| matches!(c, 'а'..='я' | 'ё'))
            && !["ы", "и", "ов", "ей", "ев", "ям", "ам"].contains(&ending);
        if feminine {
            let start = chars[..i].iter().rposition(|&c| !is_letter(c)).map_or(0, |p| p + 1);
            out.push(chars[start..i + 2 + len].iter().collect());
        }
    }
    out
}
