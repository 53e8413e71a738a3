//! `{name}` placeholders in document templates. The content compiler uses it to check
//! templates, the app to fill them.

/// Replaces each `{name}` in `text` with `value(name)`; text outside braces is kept as it is, except
/// that a template's full stop right after a value that already ends a sentence (`г.`, `…`, `?`) is
/// left out, so an answer never meets the template's own stop as «г..».
pub fn substitute(text: &str, value: &dyn Fn(&str) -> String) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        match rest[open + 1..].find('}') {
            Some(close) => {
                let filled = value(rest[open + 1..open + 1 + close].trim());
                rest = &rest[open + close + 2..];
                if filled.ends_with(['.', '!', '?', '…']) && rest.starts_with('.') && !rest.starts_with("..") {
                    rest = &rest[1..];
                }
                out.push_str(&filled);
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The suffix of a money value written in words: `{loan_amount:words}` reads «сто тысяч тенге» after
/// `{loan_amount}` reads «100 000 ₸» (documents only; a money question outside a group or a money value).
pub const WORDS: &str = ":words";

/// The names used as `{…}` in a template text (checked at build time).
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open + 1..].find('}') else { break };
        out.push(rest[open + 1..open + 1 + close].trim());
        rest = &rest[open + close + 2..];
    }
    out
}

/// A grammatical-gender form `{g:согласен|согласна}`: the words for a man and for a woman, and the
/// double form written when the sex is not known. That is the third part when given
/// (`{g:обращался|обращалась|обращался(-лась)}`), else the male word with the female word's own
/// ending in brackets: «согласен(на)», «получил(а)».
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GenderForms<'a> {
    pub male: &'a str,
    pub female: &'a str,
    pub both: String,
}

/// `Some` when `name` (a placeholder's text) is a `g:` form: its forms, or why it cannot be read.
pub fn gender_forms(name: &str) -> Option<Result<GenderForms<'_>, &'static str>> {
    let body = name.strip_prefix("g:")?;
    let parts: Vec<&str> = body.split('|').map(str::trim).collect();
    if parts.len() < 2 || parts.len() > 3 || parts.iter().any(|p| p.is_empty()) {
        return Some(Err("write `{g:male form|female form}` (or `{g:male|female|double form}`)"));
    }
    let (male, female) = (parts[0], parts[1]);
    let both = match parts.get(2) {
        Some(both) => both.to_string(),
        None => {
            let shared: usize = male.chars().zip(female.chars()).take_while(|(a, b)| a == b).map(|(a, _)| a.len_utf8()).sum();
            if shared == female.len() {
                return Some(Err("the female form adds no ending to the male one: give the double form as a third part"));
            }
            format!("{male}({})", &female[shared..])
        }
    };
    Some(Ok(GenderForms { male, female, both }))
}
