//! `{name}` placeholders in document templates. Dependency-free: `build.rs` includes it to check
//! templates, the app uses it to fill them.

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
