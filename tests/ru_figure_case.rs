//! A duration figure renders in the nominative («1 месяц», «2 месяца», «5 месяцев»: it agrees in number,
//! not in case). Russian prose (guides, questionnaires, the page "I received a document") therefore never puts one right after a word that needs the genitive
//! («в течение 1 месяц», «не позднее 3 месяца», «в пределах 3 года»); it says «срок — {{…}}», «у вас
//! {{…}}», «за {{…}}» instead. For 5–20 days, months or years both cases read the same, so a figure is
//! refused there only while its value in force ends in 1–4 (not 11–14), where they differ.
#![cfg(not(target_arch = "wasm32"))]

use zanger::core::content;
use zanger::core::figures::{self, FigureKind};

/// Words after which Russian needs the genitive of a duration.
const GENITIVE: [&str; 13] = [
    "в течение", "не позднее", "не позже", "в пределах", "по истечении", "не более", "не менее", "более", "менее", "свыше",
    "старше", "около", "до",
];

/// Whether `value` of a duration reads differently in the nominative and the genitive: 1 месяц / 1 месяца,
/// 2 месяца / 2 месяцев; 5 месяцев either way.
fn cases_differ(value: f64) -> bool {
    let n = value.round() as i64;
    value.fract() == 0.0 && matches!(n % 10, 1..=4) && !(11..=14).contains(&(n % 100))
}

/// The `{{key}}` forms of `text` that follow a genitive word and whose latest value reads wrong there.
fn wrong_case(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    let mut offset = 0;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}") else { break };
        let inner = &rest[start + 2..start + end];
        let key = inner.split_once('*').map_or(inner, |(k, _)| k).trim();
        let before = text[..offset + start].trim_end().to_lowercase();
        let after_genitive = GENITIVE.iter().any(|w| before == *w || before.ends_with(&format!(" {w}")) || before.ends_with(&format!("({w}")));
        if after_genitive {
            if let Some(f) = figures::find(content::figures(), key) {
                let duration = matches!(
                    f.kind,
                    FigureKind::Days | FigureKind::CalendarDays | FigureKind::WorkingDays | FigureKind::Months | FigureKind::Years
                );
                if duration && f.values.last().is_some_and(|v| cases_differ(v.value)) {
                    out.push(key.to_string());
                }
            }
        }
        offset += start + end + 2;
        rest = &text[offset..];
    }
    out
}

#[test]
fn the_check_knows_which_values_read_differently() {
    assert!(cases_differ(1.0) && cases_differ(2.0) && cases_differ(3.0) && cases_differ(21.0) && cases_differ(24.0));
    assert!(!cases_differ(5.0) && !cases_differ(10.0) && !cases_differ(11.0) && !cases_differ(14.0) && !cases_differ(30.0));
    // deadline.appeal is 1 month, deadline.fine_complaint 10 days, deadline.writ_issue 3 working days.
    assert_eq!(wrong_case("подают в течение {{deadline.appeal}} со дня"), ["deadline.appeal"]);
    assert_eq!(wrong_case("Не позднее {{deadline.writ_issue}}"), ["deadline.writ_issue"]);
    assert!(wrong_case("Срок — {{deadline.appeal}} со дня").is_empty());
    assert!(wrong_case("у вас {{deadline.appeal}}; за {{deadline.writ_issue}}").is_empty());
    assert!(wrong_case("в течение {{deadline.fine_complaint}}").is_empty(), "10 дней reads the same in both cases");
    assert!(wrong_case("в течение {{mrp}}").is_empty(), "not a duration");
}

/// The files of `content/<folder>` whose name ends with `ext`, sorted.
fn files(folder: &str, ext: &str) -> Vec<std::path::PathBuf> {
    let dir = format!("{}/content/{folder}", env!("CARGO_MANIFEST_DIR"));
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.to_string_lossy().ends_with(ext)).collect();
    paths.sort();
    paths
}

#[test]
fn russian_texts_put_no_duration_after_a_word_that_needs_the_genitive() {
    let mut found = Vec::new();
    let mut toml_ru_lines = 0;
    // The Russian guides, and the Russian lines (`ru = "…"`, `text.ru = "…"`) of the questionnaires and
    // of the page "I received a document".
    let mut paths = files("guides/ru", ".md");
    paths.extend(files("questionnaires", ".toml"));
    paths.push(format!("{}/content/triage.toml", env!("CARGO_MANIFEST_DIR")).into());
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let toml = path.extension().is_some_and(|e| e == "toml");
        for (n, line) in text.lines().enumerate() {
            if toml && !(line.contains("ru = \"") || line.contains("ru=\"")) {
                continue;
            }
            toml_ru_lines += usize::from(toml);
            let file = path.file_name().unwrap().to_string_lossy().to_string();
            for key in wrong_case(line) {
                found.push(format!("  {file}:{}: {{{{{key}}}}}", n + 1));
            }
        }
    }
    assert!(toml_ru_lines > 1000, "the Russian lines of the questionnaires were read ({toml_ru_lines})");
    assert!(found.is_empty(), "a duration after «в течение», «не позднее», … reads in the nominative («в течение 1 месяц»); say «срок — {{{{…}}}}» or «у вас {{{{…}}}}»:\n{}", found.join("\n"));
}
