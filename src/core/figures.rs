//! Figures that change over time (МРП, minimum wage, fee rates, deadlines): the value in force on a date,
//! and how it reads in each language.

use crate::core::content::model::{Source, Texts};
use crate::core::date::Date;
use crate::core::lang::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKind {
    /// Tenge.
    Money,
    Percent,
    /// A multiple of the МРП; shown with its tenge value on the date.
    Mrp,
    Days,
    WorkingDays,
    CalendarDays,
    Months,
    Years,
}

impl FigureKind {
    pub fn from_name(name: &str) -> Option<FigureKind> {
        Some(match name {
            "money" => FigureKind::Money,
            "percent" => FigureKind::Percent,
            "mrp" => FigureKind::Mrp,
            "days" => FigureKind::Days,
            "working_days" => FigureKind::WorkingDays,
            "calendar_days" => FigureKind::CalendarDays,
            "months" => FigureKind::Months,
            "years" => FigureKind::Years,
            _ => return None,
        })
    }
}

#[derive(Debug, PartialEq)]
pub struct FigureValue {
    pub from: Date,
    /// The last day this value is known for, where the law sets one (a year's МРП ends on
    /// 31 December); `None` when it holds until changed.
    pub until: Option<Date>,
    pub value: f64,
    pub source: Source,
}

#[derive(Debug, PartialEq)]
pub struct Figure {
    pub key: &'static str,
    pub kind: FigureKind,
    pub name: Texts,
    /// Sorted by `from`, oldest first.
    pub values: &'static [FigureValue],
}

impl Figure {
    /// The value in force on `date`: the last one that started on or before it.
    pub fn in_force(&self, date: Date) -> Option<&FigureValue> {
        self.values.iter().rev().find(|v| v.from <= date)
    }
}

/// The figure with this key among `figures`.
pub fn find<'a>(figures: &'a [Figure], key: &str) -> Option<&'a Figure> {
    figures.iter().find(|f| f.key == key)
}

/// A figure as the reader sees it on `date`, e.g. "4 325 ₸", "10 000 МРП (43 250 000 ₸)", "10 дней".
/// `None` when no value is in force on that date (the caller shows a placeholder and the build checks
/// that every referenced figure has a value today).
pub fn render(figures: &[Figure], key: &str, factor: f64, date: Date, lang: Lang) -> Option<String> {
    let figure = find(figures, key)?;
    let value = figure.in_force(date)?.value * factor;
    Some(match figure.kind {
        FigureKind::Money => money(value),
        FigureKind::Percent => format!("{}\u{a0}%", number(value)),
        FigureKind::Mrp => {
            let unit = if lang == Lang::Kk { "АЕК" } else if lang == Lang::Ru { "МРП" } else { "MCI" };
            match find(figures, "mrp").and_then(|m| m.in_force(date)) {
                Some(mrp) => format!("{}\u{a0}{unit} ({})", number(value), money(value * mrp.value)),
                None => format!("{}\u{a0}{unit}", number(value)),
            }
        }
        FigureKind::Days => duration(value, lang, ["күн", "день", "дня", "дней", "day", "days"]),
        FigureKind::CalendarDays => duration(
            value,
            lang,
            ["күнтізбелік күн", "календарный день", "календарных дня", "календарных дней", "calendar day", "calendar days"],
        ),
        FigureKind::WorkingDays => duration(
            value,
            lang,
            ["жұмыс күні", "рабочий день", "рабочих дня", "рабочих дней", "working day", "working days"],
        ),
        FigureKind::Months => duration(value, lang, ["ай", "месяц", "месяца", "месяцев", "month", "months"]),
        FigureKind::Years => duration(value, lang, ["жыл", "год", "года", "лет", "year", "years"]),
    })
}

/// `text` with each `{{key}}` or `{{key*factor}}` replaced by [`render`] of that figure on `date` in
/// `lang` (the questionnaires' labels, hints, page titles and exits use them; the build checks every
/// key). A form that cannot be rendered (unknown key, no value in force, a bad factor, no closing
/// `}}`) is left as written, so a mistake shows instead of vanishing. Plain text in, plain text out.
pub fn expand(text: &str, figures: &[Figure], date: Date, lang: Lang) -> String {
    use zanger_model::figure_form::{pieces, Piece};
    if !text.contains("{{") {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len() + 16);
    for piece in pieces(text) {
        match piece {
            Piece::Text(plain) | Piece::Unclosed(plain) => out.push_str(plain),
            Piece::Figure { form, key, factor } => match factor.and_then(|factor| render(figures, key, factor, date, lang)) {
                Some(value) => out.push_str(&value),
                None => out.push_str(form),
            },
        }
    }
    out
}

/// The keys of the `{{key}}` / `{{key*factor}}` forms in `text`, in order (the one reader the compiler
/// shares, `zanger_model::figure_form`).
pub use zanger_model::figure_form::keys_in;

/// Money in tenge with a thin grouping space: "43 250 000 ₸", "1 297,50 ₸".
pub fn money(value: f64) -> String {
    let tiyn = (value * 100.0).round() as i64;
    let whole = group_thousands(tiyn / 100);
    match tiyn % 100 {
        0 => format!("{whole}\u{a0}₸"),
        t => format!("{whole},{t:02}\u{a0}₸"),
    }
}

/// A plain number: grouped thousands, decimal comma, no trailing zeros ("10 000", "0,3").
pub fn number(value: f64) -> String {
    let hundredths = (value * 100.0).round() as i64;
    let whole = group_thousands(hundredths / 100);
    match hundredths % 100 {
        0 => whole,
        f if f % 10 == 0 => format!("{whole},{}", f / 10),
        f => format!("{whole},{f:02}"),
    }
}

fn group_thousands(n: i64) -> String {
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{a0}');
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// "10 дней", "1 месяц", "3 жыл", "1 year". Forms: [kk, ru one, ru few, ru many, en one, en many].
fn duration(value: f64, lang: Lang, forms: [&str; 6]) -> String {
    let n = value.round() as i64;
    let word = match lang {
        Lang::Kk => forms[0],
        Lang::Ru => forms[1 + russian_plural(n)],
        Lang::En if n == 1 => forms[4],
        Lang::En => forms[5],
    };
    format!("{}\u{a0}{word}", number(value))
}

/// Index of the Russian plural form: 0 one (1, 21), 1 few (2–4, 22–24), 2 many (5–20, 25…).
fn russian_plural(n: i64) -> usize {
    let n = n.abs();
    match (n % 10, n % 100) {
        (1, r) if r != 11 => 0,
        (2..=4, r) if !(12..=14).contains(&r) => 1,
        _ => 2,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use zanger_model::figure_form::parse_factor;
    use crate::core::content::figures as compiled;

    const DAY_2026: Date = Date::new(2026, 11, 25);

    #[test]
    fn mrp_in_force_follows_the_date() {
        let all = compiled();
        assert_eq!(render(all, "mrp", 1.0, Date::new(2024, 6, 1), Lang::Ru).unwrap(), "3\u{a0}692\u{a0}₸");
        assert_eq!(render(all, "mrp", 1.0, Date::new(2025, 12, 31), Lang::Ru).unwrap(), "3\u{a0}932\u{a0}₸");
        assert_eq!(render(all, "mrp", 1.0, DAY_2026, Lang::Kk).unwrap(), "4\u{a0}325\u{a0}₸");
        assert_eq!(render(all, "mrp", 1.0, Date::new(2023, 12, 31), Lang::Ru), None);
    }

    #[test]
    fn multiples_are_computed() {
        let all = compiled();
        assert_eq!(render(all, "mrp", 1600.0, DAY_2026, Lang::Ru).unwrap(), "6\u{a0}920\u{a0}000\u{a0}₸");
        assert_eq!(render(all, "mrp", 0.3, DAY_2026, Lang::Ru).unwrap(), "1\u{a0}297,50\u{a0}₸");
    }

    #[test]
    fn mrp_multiples_show_tenge_too() {
        let text = render(compiled(), "fee.property.individual_cap", 1.0, DAY_2026, Lang::Ru).unwrap();
        assert_eq!(text, "10\u{a0}000\u{a0}МРП (43\u{a0}250\u{a0}000\u{a0}₸)");
        let kk = render(compiled(), "fee.property.individual_cap", 1.0, DAY_2026, Lang::Kk).unwrap();
        assert!(kk.starts_with("10\u{a0}000\u{a0}АЕК"));
    }

    #[test]
    fn durations_agree_in_number() {
        let all = compiled();
        assert_eq!(render(all, "deadline.fine_complaint", 1.0, DAY_2026, Lang::Ru).unwrap(), "10\u{a0}дней");
        assert_eq!(render(all, "deadline.fine_complaint", 1.0, DAY_2026, Lang::Kk).unwrap(), "10\u{a0}күн");
        assert_eq!(render(all, "deadline.appeal", 1.0, DAY_2026, Lang::Ru).unwrap(), "1\u{a0}месяц");
        assert_eq!(render(all, "deadline.appeal", 1.0, DAY_2026, Lang::En).unwrap(), "1\u{a0}month");
        assert_eq!(render(all, "deadline.alimony_back", 1.0, DAY_2026, Lang::Ru).unwrap(), "3\u{a0}года");
    }

    #[test]
    fn russian_plural_forms() {
        let forms: Vec<usize> = [1, 2, 5, 11, 12, 21, 22, 25, 111, 104].iter().map(|&n| russian_plural(n)).collect();
        assert_eq!(forms, [0, 1, 2, 2, 2, 0, 1, 2, 2, 1]);
    }

    #[test]
    fn numbers_use_grouping_and_decimal_comma() {
        assert_eq!(number(0.3), "0,3");
        assert_eq!(number(1234567.0), "1\u{a0}234\u{a0}567");
        assert_eq!(money(999.0), "999\u{a0}₸");
        assert_eq!(money(1000.05), "1\u{a0}000,05\u{a0}₸");
    }

    #[test]
    fn figures_in_text_are_expanded_in_the_reader_language() {
        let all = compiled();
        let kk = expand("3 жылдан емес: {{deadline.alimony_back}}дан аспайды.", all, DAY_2026, Lang::Kk);
        assert_eq!(kk, "3 жылдан емес: 3\u{a0}жылдан аспайды.");
        assert_eq!(expand("за {{ deadline.alimony_back }}", all, DAY_2026, Lang::Ru), "за 3\u{a0}года");
        assert_eq!(expand("up to {{deadline.alimony_back}}.", all, DAY_2026, Lang::En), "up to 3\u{a0}years.");
        assert_eq!(expand("{{mrp*2}} и {{mrp}}", all, DAY_2026, Lang::Ru), "8\u{a0}650\u{a0}₸ и 4\u{a0}325\u{a0}₸");
        assert_eq!(expand("нет {{ фигурных", all, DAY_2026, Lang::Ru), "нет {{ фигурных");
    }

    #[test]
    fn factors_are_plain_decimals() {
        assert_eq!(parse_factor("2"), Some(2.0));
        assert_eq!(parse_factor("0.5"), Some(0.5));
        assert_eq!(parse_factor("1,25"), Some(1.25));
        for bad in ["", "0", "-1", "1e3", ".5", "1.2.3", " 2", "inf", "NaN", "1 000", "+2"] {
            assert_eq!(parse_factor(bad), None, "{bad}");
        }
    }

    #[test]
    fn figures_that_cannot_be_rendered_stay_visible() {
        let all = compiled();
        for text in ["{{no.such.key}} x", "{{mrp*-1}}", "{{mrp*}}", "{{}}", "a {{mrp", "{{mrp}", "}}{{", "{{{{mrp}}}}", "<b>{{mrp}}</b>"] {
            // The only form here that renders is the plain `{{mrp}}` (`{{{{mrp}}}}` reads as the key `{{mrp`).
            let out = expand(text, all, DAY_2026, Lang::Kk);
            if text.contains("{{mrp}}") && !text.contains("{{{{") {
                assert!(out.contains("4\u{a0}325"), "{text} → {out}");
            } else {
                assert_eq!(out, text);
            }
        }
        assert_eq!(expand("{{mrp}}", all, Date::new(2000, 1, 1), Lang::Ru), "{{mrp}}", "no value in force then");
        assert_eq!(expand("{{mrp}}", &[], DAY_2026, Lang::Ru), "{{mrp}}");
    }

    /// The appeal period of one month is in ГПК art. 403 ч. 3 (read in quyse/kz-laws `rus/95109.md`); an
    /// earlier version of figures.toml cited ч. 2.
    #[test]
    fn the_appeal_period_cites_part_3_of_article_403() {
        let appeal = find(crate::core::content::figures(), "deadline.appeal").expect("deadline.appeal exists");
        for value in appeal.values {
            assert_eq!(value.source.article, "ст. 403 ч. 3", "from {}", value.from);
            assert!(value.source.act.starts_with("Гражданский процессуальный кодекс"));
        }
    }

    /// Every text a questionnaire's form shows, in every language, reads without a `{{` left.
    #[test]
    fn every_questionnaire_text_renders_its_figures() {
        use crate::core::interview::model::{Kind, Question};
        fn question_texts(q: &Question, out: &mut Vec<Texts>) {
            out.extend([q.label, q.hint]);
            match &q.kind {
                Kind::Single(choices) | Kind::Multiple(choices) => out.extend(choices.iter().map(|c| c.label)),
                Kind::Group { questions, .. } => questions.iter().for_each(|s| question_texts(s, out)),
                _ => {}
            }
        }
        let mut checked = 0;
        for lang in Lang::ALL {
            for q in crate::core::content::questionnaires(lang) {
                let mut texts = vec![q.title, q.summary];
                for page in q.pages {
                    texts.push(page.title);
                    page.questions.iter().for_each(|x| question_texts(x, &mut texts));
                }
                texts.extend(q.exits.iter().flat_map(|e| [e.title, e.text]));
                for text in texts {
                    let shown = expand(text.get(lang), compiled(), DAY_2026, lang);
                    assert!(!shown.contains("{{"), "{} ({lang:?}): {shown}", q.id);
                    checked += 1;
                }
            }
        }
        assert!(checked > 1000, "{checked}");
        let hint = |lang: Lang, id: &str| {
            let q = crate::core::content::questionnaire("alimony.claim", lang).unwrap();
            let question = q.pages.iter().flat_map(|p| p.questions.iter()).find(|x| x.id == id).unwrap();
            expand(question.hint.get(lang), compiled(), DAY_2026, lang)
        };
        assert!(hint(Lang::Kk, "tried_before").contains("бірақ 3\u{a0}жылдан аспайды (Неке"), "{}", hint(Lang::Kk, "tried_before"));
        assert!(hint(Lang::Ru, "tried_before").contains("не больше чем за 3\u{a0}года (ст. 164"));
        assert!(hint(Lang::En, "tried_before").contains("for up to 3\u{a0}years (Marriage"));
        assert!(hint(Lang::Kk, "back_since").contains("күннен 3\u{a0}жылдан ерте болмауы"));
        assert!(hint(Lang::Ru, "back_since").starts_with("Не раньше чем за 3\u{a0}года до подачи иска"));
        assert!(hint(Lang::En, "back_since").starts_with("No earlier than 3\u{a0}years before you file"));
    }

    #[test]
    fn unknown_keys_render_nothing() {
        assert_eq!(render(compiled(), "no.such.key", 1.0, DAY_2026, Lang::Ru), None);
    }
}
