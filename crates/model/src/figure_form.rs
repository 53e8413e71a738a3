//! `{{key}}` and `{{key*factor}}`: how text names a dated figure (`{{mrp}}`, `{{mrp*0.5}}`). One reader
//! for the content compiler, which checks every form, and the app, which expands them, so the two
//! cannot read a form differently.

/// A piece of a text: plain text, a figure form, or a `{{` that is never closed (the rest of the text).
#[derive(Debug, Clone, PartialEq)]
pub enum Piece<'a> {
    Text(&'a str),
    Figure {
        /// The form as written, `{{mrp*0.5}}`.
        form: &'a str,
        key: &'a str,
        /// The factor after `*` (1 without one); `None` when it is not a positive number.
        factor: Option<f64>,
    },
    Unclosed(&'a str),
}

/// The pieces of `text`, in order.
pub fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        if start > 0 {
            out.push(Piece::Text(&rest[..start]));
        }
        let after = &rest[start + 2..];
        let Some(end) = after.find("}}") else {
            out.push(Piece::Unclosed(&rest[start..]));
            return out;
        };
        let inner = &after[..end];
        let (key, factor) = match inner.split_once('*') {
            Some((key, factor)) => (key.trim(), parse_factor(factor.trim())),
            None => (inner.trim(), Some(1.0)),
        };
        out.push(Piece::Figure { form: &rest[start..start + 2 + end + 2], key, factor });
        rest = &after[end + 2..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    out
}

/// A positive decimal factor as content writes it ("0.5", "2", "1,5").
pub fn parse_factor(text: &str) -> Option<f64> {
    let unsigned = text.bytes().next().is_some_and(|b| b.is_ascii_digit());
    unsigned.then(|| crate::decimal::parse(text)).flatten().filter(|v| *v > 0.0)
}

/// The keys of the figure forms in `text`, in order.
pub fn keys_in(text: &str) -> Vec<&str> {
    pieces(text).into_iter().filter_map(|p| if let Piece::Figure { key, .. } = p { Some(key) } else { None }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_splits_into_plain_text_figures_and_an_unclosed_rest() {
        assert_eq!(
            pieces("до {{mrp*0,5}} и {{ deadline.appeal }}{{x*-2}} {{open"),
            [
                Piece::Text("до "),
                Piece::Figure { form: "{{mrp*0,5}}", key: "mrp", factor: Some(0.5) },
                Piece::Text(" и "),
                Piece::Figure { form: "{{ deadline.appeal }}", key: "deadline.appeal", factor: Some(1.0) },
                Piece::Figure { form: "{{x*-2}}", key: "x", factor: None },
                Piece::Text(" "),
                Piece::Unclosed("{{open"),
            ]
        );
        assert_eq!(pieces("no forms"), [Piece::Text("no forms")]);
        assert_eq!(keys_in("{{a}} b {{c*2}}"), ["a", "c"]);
        assert_eq!((parse_factor("1.5"), parse_factor("0"), parse_factor("abc")), (Some(1.5), None, None));
    }
}
