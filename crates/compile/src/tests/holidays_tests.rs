//! The holidays file: the real one compiles, and each kind of mistake is reported at its line.

use super::*;

/// The real holidays file with `extra` appended, in a scratch folder; returns the errors and the text.
fn holiday_errors(name: &str, extra: &str) -> (Vec<String>, String) {
    let root = scratch(name, &[]);
    let text = std::fs::read_to_string(real_content().join("holidays.toml")).unwrap() + extra;
    std::fs::write(root.join("holidays.toml"), &text).unwrap();
    (errors(&root), text)
}

/// 1-based line numbers of the lines of `text` equal to `needle` (trimmed).
pub(super) fn lines_of(text: &str, needle: &str) -> Vec<usize> {
    text.lines().enumerate().filter(|(_, l)| l.trim() == needle).map(|(i, _)| i + 1).collect()
}

#[test]
fn the_real_holidays_compile() {
    let compiled = compile_dir(&real_content(), today()).unwrap_or_else(|d| panic!("{d:?}"));
    let h = &compiled.holidays;
    assert_eq!(h.complete_years, [2025], "Kurban ait is known for 2024–2026, transfer orders only for 2025");
    assert!(h.weekend_rule.is_some());
    assert_eq!(h.transfers.len(), 1);
    assert!(h.days.iter().any(|d| d.date == holidays::HolidayDateSrc::Once(Date::new(2025, 6, 6)) && d.kind == "day_off"));
    let rust = to_rust(&compiled);
    assert!(rust.contains("pub static HOLIDAYS: HolidayCalendar = HolidayCalendar { weekend_rule: Some(&Source { id: \"holidays-law\""));
    assert!(rust.contains("HolidayDate::Yearly { month: 8, day: 30, from: None, until: Some(Date::new(2026, 6, 30)) }"));
}

#[test]
fn a_malformed_holiday_entry_is_reported_field_by_field() {
    let extra = "\n[[yearly]]\ndate = \"02-30\"\nkind = \"party\"\nname = { kk = \"\", ru = \"Б\", en = \"C\" }\nsource = \"nowhere\"\n";
    let (errs, text) = holiday_errors("holiday-entry", extra);
    let line = |needle: &str| *lines_of(&text, needle).last().unwrap();
    let file = "content/holidays.toml";
    assert!(errs.contains(&format!("{file}:{}: `date` must be a month and day that exist every year, like \"03-21\", not `02-30`", line("date = \"02-30\""))), "{errs:?}");
    assert!(errs.iter().any(|e| e.starts_with(&format!("{file}:{}: unknown kind `party`", line("kind = \"party\"")))), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: the `kk` name is empty", line("name = { kk = \"\", ru = \"Б\", en = \"C\" }"))), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: unknown source `nowhere`: declare it in a [[sources]] entry", line("source = \"nowhere\""))), "{errs:?}");
    assert_eq!(errs.len(), 4, "{errs:?}");
}

#[test]
fn malformed_holidays_toml_reports_its_line() {
    let (errs, text) = holiday_errors("holiday-toml", "\n[[yearly]]\ndate = \"05-01\nkind = \"holiday\"\n");
    let line = lines_of(&text, "date = \"05-01").last().copied().unwrap();
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with(&format!("content/holidays.toml:{line}: malformed holidays file:")), "{errs:?}");
}

#[test]
fn holiday_duplicates_transfers_and_sources_are_checked() {
    let extra = concat!(
        "\n[[yearly]]\ndate = \"05-09\"\nkind = \"holiday\"\nname = { kk = \"Жеңіс күні\", ru = \"День Победы\", en = \"Victory Day\" }\nsource = \"holidays-law\"\n",
        "\n[[yearly]]\ndate = \"12-17\"\nkind = \"holiday\"\nname = { kk = \"А\", ru = \"Б\", en = \"C\" }\nsource = \"holidays-law\"\nuntil = 2022-09-29\n",
        "\n[[transfer]]\nday_off = 2026-01-03\nworking_day = 2026-01-05\nsource = \"transfer-2025\"\n",
        "\n[[transfer_order]]\nyear = 2026\nsource = \"transfer-2025\"\n\n[[transfer]]\nday_off = 2024-01-03\nworking_day = 2024-01-06\nsource = \"transfer-2025\"\n",
        "\n[[sources]]\nid = \"rumour\"\nact = \"A\"\narticle = \"1\"\nversion = \"v\"\nread = 2026-11-01\nurl = \"https://adilet.zan.kz/x\"\nconfidence = \"U\"\n",
        "\n[[sources]]\nid = \"spare\"\nact = \"A\"\narticle = \"1\"\nversion = \"v\"\nread = 2026-11-01\nurl = \"https://adilet.zan.kz/x\"\nconfidence = \"C\"\n",
    );
    let (errs, text) = holiday_errors("holiday-checks", extra);
    let file = "content/holidays.toml";
    let last = |needle: &str| *lines_of(&text, needle).last().unwrap();
    let yearly = lines_of(&text, "[[yearly]]");
    let sources = lines_of(&text, "[[sources]]");
    assert!(errs.contains(&format!("{file}:{}: 05-09 is already listed (as День Победы) for the same years", last("date = \"05-09\""))), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: a day with `from` or `until` needs `changed_by`: the source of that change", yearly[yearly.len() - 1])), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: `day_off` 03.01.2026 is a Saturday or Sunday: a transfer gives a weekday off", last("day_off = 2026-01-03"))), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: `working_day` 05.01.2026 is a weekday: a transfer makes a Saturday or Sunday a working day", last("working_day = 2026-01-05"))), "{errs:?}");
    assert!(errs.iter().any(|e| e.starts_with(&format!("{file}:{}: unverified facts", sources[sources.len() - 2]))), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: source `spare` is never used", sources[sources.len() - 1])), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: 03.01.2024: add a [[transfer_order]] for 2024 first", last("day_off = 2024-01-03"))), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: 06.01.2024: add a [[transfer_order]] for 2024 first", last("working_day = 2024-01-06"))), "{errs:?}");
    assert_eq!(errs.len(), 8, "{errs:?}");
}

#[test]
fn a_missing_holidays_file_is_reported() {
    let root = scratch("holiday-missing", &[]);
    std::fs::remove_file(root.join("holidays.toml")).unwrap();
    let errs = errors(&root);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("content/holidays.toml:1: cannot read:"), "{errs:?}");
}
