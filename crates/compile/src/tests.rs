//! Tests of the content compiler: the real content compiles, and each kind of mistake is reported
//! with the right file and line.

use super::*;
use super::questionnaire::COURT_CLAIMS;
use std::path::PathBuf;
use zanger::core::content::model::{Block, Inline};

/// The build date as `build.rs` takes it (today, UTC): content read today must compile in the tests too.
fn today() -> Date {
    Date::today_utc()
}

fn real_content() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// A scratch copy of topics, figures, holidays and synonyms with the given guides, in a fresh temporary folder;
/// each guide id the list gives no English file gets a valid one, since every guide needs an en twin.
fn scratch(name: &str, guides: &[(&str, &str, &str)]) -> PathBuf {
    let root = scratch_exact(name, guides);
    for (_, id, _) in guides {
        let path = root.join("guides/en").join(format!("{id}.md"));
        if !guides.iter().any(|(l, i, _)| *l == "en" && i == id) && !path.exists() {
            std::fs::write(path, guide("en", id, "T [@kbs-139].")).unwrap();
        }
    }
    root
}

/// A scratch copy with exactly the given guides (for the twin checks).
fn scratch_exact(name: &str, guides: &[(&str, &str, &str)]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("zanger-content-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let root = dir.join("content");
    for lang in LANGS {
        std::fs::create_dir_all(root.join("guides").join(lang)).unwrap();
    }
    std::fs::copy(real_content().join("topics.tsv"), root.join("topics.tsv")).unwrap();
    std::fs::copy(real_content().join("figures.toml"), root.join("figures.toml")).unwrap();
    std::fs::copy(real_content().join("holidays.toml"), root.join("holidays.toml")).unwrap();
    std::fs::create_dir_all(root.join("search")).unwrap();
    std::fs::copy(real_content().join("search/synonyms.toml"), root.join("search/synonyms.toml")).unwrap();
    for (lang, id, text) in guides {
        std::fs::write(root.join("guides").join(lang).join(format!("{id}.md")), text).unwrap();
    }
    root
}

fn guide(lang: &str, id: &str, body: &str) -> String {
    format!(
        r#"+++
id = "{id}"
lang = "{lang}"
title = "Title"
summary = "Summary"
topics = ["family.alimony"]
keywords = ["alimony"]
reviewed = 2026-11-20
no_timeline = "a test guide"
[[sources]]
id = "kbs-139"
act = "Кодекс о браке (супружестве) и семье"
article = "ст. 139"
version = "ред. 26.06.2020"
read = 2026-11-01
url = "https://adilet.zan.kz/rus/docs/K1100000518"
confidence = "C"
+++
{body}
"#
    )
}

fn errors(root: &std::path::Path) -> Vec<String> {
    compile_dir(root, today()).expect_err("should fail").iter().map(ToString::to_string).collect()
}

#[test]
fn the_real_content_compiles() {
    let compiled = compile_dir(&real_content(), today()).unwrap_or_else(|d| {
        panic!("{}", d.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))
    });
    assert_eq!(compiled.topics.len(), include_str!("../../../content/topics.tsv").lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')).count());
    assert!(compiled.guides.len() >= 6);
    assert!(compiled.figures.iter().any(|f| f.key == "mrp"));
}

#[test]
fn a_valid_pair_compiles_into_blocks() {
    let body = "## Heading\n\nPay {{mrp*2}} now [@kbs-139]. See [wages](guide:x) and **bold *em***.\n\n- one\n- two {{deadline.appeal}}\n\n> note\n";
    let root = scratch("valid", &[("ru", "x", &guide("ru", "x", body)), ("kk", "x", &guide("kk", "x", body))]);
    let compiled = compile_dir(&root, today()).unwrap_or_else(|d| panic!("{d:?}"));
    let g = compiled.guides.iter().find(|g| g.lang == "ru").unwrap();
    assert_eq!(g.figures, ["mrp", "deadline.appeal"]);
    assert!(matches!(&g.body[0], BlockSrc::Heading { level: 2, .. }));
    let BlockSrc::Paragraph(p) = &g.body[1] else { panic!("{:?}", g.body[1]) };
    assert_eq!(p[0], InlineSrc::Text("Pay ".into()));
    assert!(matches!(&p[1], InlineSrc::Figure { key, factor, .. } if key == "mrp" && *factor == 2.0));
    assert!(matches!(&p[3], InlineSrc::Cite { id, .. } if id == "kbs-139"));
    assert!(matches!(&g.body[2], BlockSrc::List { ordered: false, items } if items.len() == 2));
    assert!(matches!(&g.body[3], BlockSrc::Note(_)));
    let pack = decode_pack(&compiled, "ru");
    let Block::Paragraph(p) = &pack.guides[0].body[1] else { panic!("{:?}", pack.guides[0].body[1]) };
    assert_eq!(p[1], Inline::Figure { key: "mrp", factor: 2.0 });
    assert_eq!(p[3], Inline::Cite(0));
}

#[test]
fn malformed_header_reports_file_and_line() {
    let text = guide("ru", "x", "Text [@kbs-139].").replace("summary = \"Summary\"", "summary = \"Summary");
    let root = scratch("malformed", &[("ru", "x", &text), ("kk", "x", &guide("kk", "x", "Text [@kbs-139]."))]);
    let errs = errors(&root);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("content/guides/ru/x.md:5: malformed header:"), "{errs:?}");
}

#[test]
fn missing_header_fence_is_reported() {
    let root = scratch("nofence", &[("ru", "x", "# Title\n\ntext\n"), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    assert_eq!(errors(&root), ["content/guides/ru/x.md:1: a guide must start with a `+++` line, its TOML header, and a closing `+++` line"]);
}

#[test]
fn missing_required_field_is_reported() {
    let text = guide("ru", "x", "T [@kbs-139].").replace("reviewed = 2026-11-20\n", "");
    let root = scratch("nofield", &[("ru", "x", &text), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert!(errs[0].starts_with("content/guides/ru/x.md:") && errs[0].contains("missing field `reviewed`"), "{errs:?}");
}

#[test]
fn unknown_topic_is_reported_on_its_line() {
    let text = guide("ru", "x", "T [@kbs-139].").replace("[\"family.alimony\"]", "[\"family.alimony\", \"family.pets\"]");
    let root = scratch("topic", &[("ru", "x", &text), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("content/guides/ru/x.md:6: unknown topic `family.pets`"), "{errs:?}");
}

#[test]
fn missing_translation_is_reported() {
    let root = scratch_exact("twin", &[("ru", "x", &guide("ru", "x", "T [@kbs-139]."))]);
    assert_eq!(
        errors(&root),
        [
            "content/guides/ru/x.md:1: missing translation: guides/en/x.md does not exist",
            "content/guides/ru/x.md:1: missing translation: guides/kk/x.md does not exist",
        ]
    );
}

#[test]
fn english_needs_both_twins() {
    let root = scratch_exact("en", &[("en", "x", &guide("en", "x", "T [@kbs-139]."))]);
    assert_eq!(
        errors(&root),
        [
            "content/guides/en/x.md:1: missing translation: guides/kk/x.md does not exist",
            "content/guides/en/x.md:1: missing translation: guides/ru/x.md does not exist",
        ]
    );
}

#[test]
fn a_missing_english_twin_is_reported_on_each_file() {
    let root = scratch_exact("no-en", &[("ru", "x", &guide("ru", "x", "T [@kbs-139].")), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    assert_eq!(
        errors(&root),
        [
            "content/guides/kk/x.md:1: missing translation: guides/en/x.md does not exist",
            "content/guides/ru/x.md:1: missing translation: guides/en/x.md does not exist",
        ]
    );
}

#[test]
fn missing_sources_are_reported() {
    let text = guide("ru", "x", "Text.");
    let cut = text.find("[[sources]]").unwrap();
    let end = text[cut..].find("+++").unwrap() + cut;
    let no_sources = format!("{}{}", &text[..cut], &text[end..]);
    let root = scratch("nosrc", &[("ru", "x", &no_sources), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert!(errs.iter().any(|e| e.contains("content/guides/ru/x.md:") && e.contains("at least one [[sources]]")), "{errs:?}");
}

#[test]
fn uncited_and_undeclared_sources_are_reported() {
    let root = scratch("cite", &[("ru", "x", &guide("ru", "x", "Line one.\n\nLine three [@nope].")), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert!(errs.contains(&"content/guides/ru/x.md:21: citation [@nope] names no source in the header".to_string()), "{errs:?}");
    assert!(errs.contains(&"content/guides/ru/x.md:10: source `kbs-139` is never cited: cite it as [@kbs-139] or remove it".to_string()), "{errs:?}");
}

#[test]
fn unverified_and_incomplete_sources_are_rejected() {
    let text = guide("ru", "x", "T [@kbs-139].").replace("confidence = \"C\"", "confidence = \"U\"").replace("article = \"ст. 139\"\n", "");
    let root = scratch("unverified", &[("ru", "x", &text), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert!(errs.contains(&"content/guides/ru/x.md:10: source is missing `article`".to_string()), "{errs:?}");
    assert!(errs.iter().any(|e| e.contains(":10: unverified facts")), "{errs:?}");
}

#[test]
fn unknown_figure_key_is_reported_on_its_line() {
    let root = scratch("figure", &[("ru", "x", &guide("ru", "x", "First [@kbs-139].\n\nFee {{mrp}} and {{no.such}}.")), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    assert_eq!(errors(&root), ["content/guides/ru/x.md:21: unknown figure key `no.such`: add it to content/figures.toml"]);
}

#[test]
fn broken_internal_links_are_reported() {
    let body = "T [@kbs-139].\n\n[a](guide:nowhere) [b](topic:nowhere) [c](http://insecure.example)";
    let root = scratch("links", &[("ru", "x", &guide("ru", "x", body)), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert!(errs.contains(&"content/guides/ru/x.md:21: broken link: no guide `nowhere`".to_string()), "{errs:?}");
    assert!(errs.contains(&"content/guides/ru/x.md:21: broken link: no topic `nowhere`".to_string()), "{errs:?}");
    assert!(errs.iter().any(|e| e.contains(":21: link `http://insecure.example`")), "{errs:?}");
}

#[test]
fn html_and_typed_figures_are_rejected() {
    let body = "T [@kbs-139].\n\n<script>alert(1)</script>\n\nThe fee is 4 325 ₸.";
    let root = scratch("html", &[("ru", "x", &guide("ru", "x", body)), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert!(errs.iter().any(|e| e.starts_with("content/guides/ru/x.md:21: HTML is not allowed")), "{errs:?}");
    assert!(errs.iter().any(|e| e.starts_with("content/guides/ru/x.md:23: a figure is typed in the text")), "{errs:?}");
}

#[test]
fn id_and_language_must_match_the_path() {
    let root = scratch("path", &[("ru", "x", &guide("kk", "y", "T [@kbs-139].")), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    let errs = errors(&root);
    assert!(errs.contains(&"content/guides/ru/x.md:2: id `y` must equal the file name `x`".to_string()), "{errs:?}");
    assert!(errs.contains(&"content/guides/ru/x.md:3: lang `kk` does not match the folder guides/ru".to_string()), "{errs:?}");
}

#[test]
fn figures_file_errors_point_at_the_entry() {
    let root = scratch("figs", &[]);
    let path = root.join("figures.toml");
    let text = std::fs::read_to_string(&path).unwrap() + "\n[broken]\nkind = \"furlongs\"\nname = { kk = \"a\", ru = \"b\", en = \"c\" }\n\n[[broken.values]]\nfrom = 2026-01-01\nvalue = 1\nact = \"A\"\nread = 2026-11-01\nurl = \"https://adilet.zan.kz/x\"\nconfidence = \"C\"\n";
    std::fs::write(&path, &text).unwrap();
    let line = text.lines().position(|l| l == "[broken]").unwrap() + 1;
    let errs = errors(&root);
    assert!(errs.iter().any(|e| e.starts_with(&format!("content/figures.toml:{line}: figure `broken`: unknown kind `furlongs`"))), "{errs:?}");
}

#[test]
fn future_review_dates_are_rejected() {
    let future = today().add_days(30);
    let iso = format!("{:04}-{:02}-{:02}", future.year, future.month, future.day);
    let text = guide("ru", "x", "T [@kbs-139].").replace("reviewed = 2026-11-20", &format!("reviewed = {iso}"));
    let root = scratch("future", &[("ru", "x", &text), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
    assert_eq!(errors(&root), [format!("content/guides/ru/x.md:8: `reviewed` date {future} is in the future")]);
}

#[test]
fn synonyms_must_name_known_topics_in_three_languages() {
    let root = scratch("synonyms", &[]);
    std::fs::write(root.join("search/synonyms.toml"), "[family.alimony]\nkk = [\"алимент\"]\nru = [\"алименты\"]\nen = [\"alimony\"]\n\n[family.pets]\nkk = [\"мысық\"]\nru = []\n").unwrap();
    let errs = errors(&root);
    assert!(errs.contains(&"content/search/synonyms.toml:6: unknown topic `family.pets`".to_string()), "{errs:?}");
    assert!(errs.contains(&"content/search/synonyms.toml:6: `family.pets` needs a non-empty `ru` list".to_string()), "{errs:?}");
    assert!(errs.contains(&"content/search/synonyms.toml:6: `family.pets` needs a non-empty `en` list".to_string()), "{errs:?}");
}

/// A scratch content folder with one guide pair (`family.alimony`) and the given questionnaire.
fn with_questionnaire(name: &str, text: &str) -> std::path::PathBuf {
    let ru = guide("ru", "family.alimony", "T [@kbs-139].");
    let kk = guide("kk", "family.alimony", "T [@kbs-139].");
    let root = scratch(name, &[("ru", "family.alimony", &ru), ("kk", "family.alimony", &kk)]);
    std::fs::create_dir_all(root.join("questionnaires")).unwrap();
    std::fs::write(root.join("questionnaires/alimony.claim.toml"), text).unwrap();
    root
}

const QUESTIONNAIRE: &str = r#"id = "alimony.claim"
topics = ["family.alimony"]
guide = "family.alimony"
title = { kk = "Алимент", ru = "Алименты" }
summary = { kk = "Талап қою", ru = "Иск" }

[[pages]]
id = "situation"
title = { kk = "Жағдай", ru = "Ситуация" }

[[pages.questions]]
id = "disputed"
type = "yes_no"
label = { kk = "Дау бар ма?", ru = "Есть спор?" }

[[pages.questions]]
id = "income_kind"
type = "single"
label = { kk = "Табыс", ru = "Доход" }
options = [{ id = "salary", label = { kk = "Жалақы", ru = "Зарплата" } }, { id = "irregular", label = { kk = "Тұрақсыз", ru = "Нерегулярный" } }]

[[pages]]
id = "fixed"
title = { kk = "Сома", ru = "Сумма" }
show_if = "income_kind == \"irregular\""

[[pages.questions]]
id = "mrp_amount"
type = "number"
min = 1
label = { kk = "АЕК", ru = "МРП" }

[[pages.questions]]
id = "children"
type = "group"
min = 1
label = { kk = "Балалар", ru = "Дети" }
questions = [
  { id = "name", type = "text", label = { kk = "Аты", ru = "Имя" } },
  { id = "born", type = "date", past_only = true, label = { kk = "Туған күні", ru = "Дата рождения" } },
]

[[exits]]
id = "paternity"
when = "disputed"
title = { kk = "Әке болуы", ru = "Отцовство" }
text = { kk = "Алдымен", ru = "Сначала" }
link = "guide:family.alimony"
"#;

#[test]
fn a_valid_questionnaire_compiles_into_the_pack() {
    let root = with_questionnaire("q-valid", QUESTIONNAIRE);
    let compiled = compile_dir(&root, today()).unwrap_or_else(|d| panic!("{d:?}"));
    assert_eq!(compiled.questionnaires.len(), 1);
    let pack = decode_pack(&compiled, "kk");
    let questions: Vec<_> = pack.questionnaires[0].pages.iter().flat_map(|p| p.questions.iter()).collect();
    assert!(questions.iter().any(|q| matches!(q.kind, zanger::core::interview::model::Kind::Group { .. })));
    assert!(pack.questionnaires[0].pages.iter().any(|p| p.show_if == "income_kind == \"irregular\""));
}

#[test]
fn a_condition_on_a_later_answer_is_rejected_with_its_line() {
    let text = QUESTIONNAIRE.replace("id = \"disputed\"\ntype = \"yes_no\"", "id = \"disputed\"\ntype = \"yes_no\"\nshow_if = \"mrp_amount > 2\"");
    let errs = errors(&with_questionnaire("q-later", &text));
    assert_eq!(errs, ["content/questionnaires/alimony.claim.toml:14: show_if `mrp_amount > 2` reads `mrp_amount`, which is not asked before this point"]);
}

#[test]
fn a_choice_compared_with_a_value_it_does_not_have_is_rejected() {
    let text = QUESTIONNAIRE.replace("income_kind == \\\"irregular\\\"", "income_kind == \\\"irregularr\\\"");
    let errs = errors(&with_questionnaire("q-option", &text));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("content/questionnaires/alimony.claim.toml:25: show_if") && errs[0].contains("has no option \"irregularr\""), "{errs:?}");
}

#[test]
fn a_deadline_names_its_counting_rule_and_a_koap_period_is_never_in_working_days() {
    // A date question and a КоАП deadline from it compile, and the pack carries the rule.
    let with_date = QUESTIONNAIRE.replace(
        "[[pages]]\nid = \"fixed\"",
        "[[pages.questions]]\nid = \"served\"\ntype = \"date\"\nlabel = { kk = \"Күні\", ru = \"Дата\" }\n\n[[values]]\nid = \"last_day\"\nkind = \"deadline\"\nrule = \"koap\"\nstart = \"served\"\nperiod = \"deadline.fine_complaint\"\n\n[[pages]]\nid = \"fixed\"",
    );
    let root = with_questionnaire("q-koap", &with_date);
    let compiled = compile_dir(&root, today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "ru");
    let value = &pack.questionnaires[0].values[0];
    assert_eq!(value.kind, zanger::core::interview::model::ValueKind::Deadline(zanger::core::interview::model::DeadlineRule::Koap));
    // An unknown rule, and a КоАП period in working days, are refused on the value's line.
    let line = with_date.lines().position(|l| l == "[[values]]").unwrap() + 1;
    let unknown = with_date.replace("rule = \"koap\"", "rule = \"upk\"");
    let errs = errors(&with_questionnaire("q-rule", &unknown));
    assert_eq!(errs, [format!("content/questionnaires/alimony.claim.toml:{line}: value `last_day`: `rule` must be \"gpk\" (the default) or \"koap\", not \"upk\"")]);
    let working = with_date.replace("deadline.fine_complaint", "deadline.labor_commission");
    let errs = errors(&with_questionnaire("q-rule-wd", &working));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with(&format!("content/questionnaires/alimony.claim.toml:{line}: value `last_day`: the КоАП counts")), "{errs:?}");
}

#[test]
fn a_value_reads_money_percent_and_mrp_figures_by_key_and_refuses_others() {
    // A cap computed from figures.toml (`figure.<key>`), never typed: a percent of a money answer, and a
    // number of МРП, which counts as money.
    let with_cap = QUESTIONNAIRE.replace(
        "[[pages]]\nid = \"fixed\"",
        "[[pages.questions]]\nid = \"claim\"\ntype = \"money\"\nlabel = { kk = \"Сома\", ru = \"Сумма\" }\n\n[[values]]\nid = \"cap\"\nkind = \"money\"\nexpr = \"claim * figure.costs.representative_share / 100\"\n\n[[values]]\nid = \"cap_mrp\"\nkind = \"money\"\nexpr = \"figure.costs.representative_nonproperty\"\n\n[[pages]]\nid = \"fixed\"",
    );
    let compiled = compile_dir(&with_questionnaire("q-figure", &with_cap), today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "ru");
    assert_eq!(pack.questionnaires[0].values.len(), 2);
    // An unknown key, and a figure that is a period, are refused on the value's line.
    let line = with_cap.lines().position(|l| l == "[[values]]").unwrap() + 1;
    let unknown = with_cap.replace("figure.costs.representative_share", "figure.costs.nope");
    let errs = errors(&with_questionnaire("q-figure-unknown", &unknown));
    assert_eq!(errs, [format!("content/questionnaires/alimony.claim.toml:{line}: value `cap`: expr reads `figure.costs.nope`, but content/figures.toml has no figure `costs.nope`")]);
    let period = with_cap.replace("figure.costs.representative_share", "figure.deadline.appeal");
    let errs = errors(&with_questionnaire("q-figure-period", &period));
    assert_eq!(errs, [format!("content/questionnaires/alimony.claim.toml:{line}: value `cap`: the figure `deadline.appeal` is of kind months; an expr reads money, percent and МРП figures only")]);
}

#[test]
fn malformed_conditions_types_and_links_are_rejected() {
    let text = QUESTIONNAIRE
        .replace("when = \"disputed\"", "when = \"disputed ==\"")
        .replace("type = \"number\"", "type = \"digits\"")
        .replace("link = \"guide:family.alimony\"", "link = \"guide:nowhere\"");
    let errs = errors(&with_questionnaire("q-bad", &text));
    assert!(errs.iter().any(|e| e.contains(":29: unknown question type `digits`")), "{errs:?}");
    assert!(errs.iter().any(|e| e.contains(":45: when `disputed ==`: expected a value")), "{errs:?}");
    assert!(errs.iter().any(|e| e.contains(":48: exit link `guide:nowhere`")), "{errs:?}");
}

#[test]
fn malformed_questionnaire_toml_reports_its_line() {
    let text = QUESTIONNAIRE.replace("type = \"yes_no\"", "type = \"yes_no");
    let errs = errors(&with_questionnaire("q-toml", &text));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("content/questionnaires/alimony.claim.toml:13: malformed questionnaire:"), "{errs:?}");
}

const DOCUMENT: &str = r#"
[document]
title = { kk = "ТАЛАП ҚОЮ", ru = "ИСК" }
computed = ["share"]

[[document.blocks]]
kind = "header"
text = { kk = "{mrp_amount}", ru = "{mrp_amount}" }

[[document.blocks]]
kind = "para"
each = "children"
text = { kk = "{item.name}", ru = "{item.name} {item.born}" }

[[document.blocks]]
kind = "demand"
text = { kk = "{calc.share}", ru = "{calc.share}" }

[[next]]
id = "sign"
text = { kk = "Қол қойыңыз.", ru = "Подпишите." }
"#;

/// A `[[sources]]` entry and `[[next]]` steps for the test questionnaire's document.
const NEXT: &str = r#"
[[sources]]
id = "gpk-148"
act = "Гражданский процессуальный кодекс РК от 31.10.2015 № 377-V"
article = "ст. 148 ч. 4"
version = "ред. Закона РК от 05.11.2022 № 157-VII"
read = 2026-11-01
url = "https://adilet.zan.kz/rus/docs/K1500000377"
confidence = "C"

[[sources]]
id = "sud-kabinet"
act = "Судебный кабинет"
article = "описание услуг"
version = "страница услуги"
read = 2026-11-01
url = "https://office.sud.kz/"
confidence = "C3"
via = "aqparat.info"

[[next]]
id = "deadline"
when = "income_kind == \"irregular\""
text = { kk = "{{deadline.appeal}} ішінде, {mrp_amount} АЕК, {calc.share}", ru = "Срок — {{deadline.appeal}}; {calc.share}; {today}", en = "Within {{deadline.appeal}}" }
sources = ["gpk-148"]

[[next]]
id = "online"
text = { kk = "Онлайн", ru = "Онлайн" }
sources = ["sud-kabinet", "gpk-148"]
"#;

#[test]
fn a_document_template_compiles_when_every_field_is_filled() {
    let root = with_questionnaire("doc-valid", &format!("{QUESTIONNAIRE}{DOCUMENT}"));
    let compiled = compile_dir(&root, today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "ru");
    assert!(pack.questionnaires[0].document.blocks.iter().any(|b| b.kind == zanger::core::interview::model::BlockKind::Demand));
}

#[test]
fn a_template_field_no_question_fills_is_rejected_with_its_line() {
    let doc = DOCUMENT.replace("{item.name} {item.born}", "{item.name} {item.surname}").replace("text = { kk = \"{calc.share}\", ru = \"{calc.share}\" }", "text = { kk = \"{calc.fee}\", ru = \"{plaintiff_name}\" }");
    let text = format!("{QUESTIONNAIRE}{doc}");
    let line_of = |needle: &str| text.lines().enumerate().filter(|(_, l)| l.trim() == needle).map(|(i, _)| i + 1).collect::<Vec<_>>();
    let blocks = line_of("[[document.blocks]]");
    let errs = errors(&with_questionnaire("doc-bad", &text));
    let file = "content/questionnaires/alimony.claim.toml";
    assert!(errs.contains(&format!("{file}:{}: `{{item.surname}}`: the group `children` has no question `surname`", blocks[1])), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: `{{calc.fee}}`: add \"fee\" to `computed` in [document]", blocks[2])), "{errs:?}");
    assert!(errs.contains(&format!("{file}:{}: `{{plaintiff_name}}`: no question fills this field", blocks[2])), "{errs:?}");
}

#[test]
fn a_template_addressed_to_the_reader_is_refused_with_its_line() {
    // «Госпошлина: уточните в суде» was printed inside filed documents: an instruction to the reader.
    let doc = DOCUMENT.replace("text = { kk = \"{calc.share}\", ru = \"{calc.share}\" }", "text = { kk = \"Мемлекеттік баж: сотта нақтылаңыз\", ru = \"Госпошлина: уточните в суде\" }");
    assert_ne!(doc, DOCUMENT, "the fixture changed");
    let text = format!("{QUESTIONNAIRE}{doc}");
    let blocks: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.trim() == "[[document.blocks]]").map(|(i, _)| i + 1).collect();
    let errs = errors(&with_questionnaire("doc-addressed", &text));
    let file = "content/questionnaires/alimony.claim.toml";
    for (lang, word) in [("kk", "нақтылаңыз"), ("ru", "уточните")] {
        let expected = format!("{file}:{}: document text ({lang}) is addressed to the reader («{word}»): a filing speaks to the court; put instructions in a hint or a [[next]] step", blocks[2]);
        assert!(errs.contains(&expected), "{errs:?}");
    }
}

/// The test questionnaire at `version`, with `migrations` appended (version 3 of a questionnaire whose
/// `disputed_paternity` became `disputed`, the group `kids` `children`, its field `dob` first `birth`
/// then `born`, and the choice `income` `income_kind`, whose `wage` became `salary`).
fn versioned(version: &str, migrations: &str) -> String {
    let text = QUESTIONNAIRE.replace("guide = \"family.alimony\"\n", &format!("guide = \"family.alimony\"\n{version}\n"));
    format!("{text}{migrations}")
}

const MIGRATIONS: &str = r#"
[[migrations]]
from = 1
rename = { disputed_paternity = "disputed", kids = "children", "kids.dob" = "children.birth" }
values = { income = { wage = "salary" } }

[[migrations]]
from = 2
rename = { "children.birth" = "children.born", income = "income_kind" }
"#;

/// 1-based line of the last line of `text` containing `needle`.
fn line_with(text: &str, needle: &str) -> usize {
    text.lines().collect::<Vec<_>>().iter().rposition(|l| l.contains(needle)).map(|i| i + 1).unwrap_or_else(|| panic!("no `{needle}`"))
}

#[test]
fn versions_and_migrations_compile_into_the_pack_and_carry_an_old_draft() {
    use zanger::core::interview::form;
    let root = with_questionnaire("q-migrations", &versioned("version = 3", MIGRATIONS));
    let compiled = compile_dir(&root, today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "ru");
    let q = &pack.questionnaires[0];
    assert_eq!(q.version, 3);
    assert_eq!(q.migrations.len(), 2);
    assert_eq!((q.migrations[0].from, q.migrations[1].from), (1, 2));
    assert_eq!(q.migrations[0].rename, [("disputed_paternity", "disputed"), ("kids", "children"), ("kids.dob", "children.birth")]);
    assert_eq!(q.migrations[0].values, [("income", "wage", "salary")]);
    assert_eq!(q.migrations[1].rename, [("children.birth", "children.born"), ("income", "income_kind")]);
    let old = "zanger-draft 1\nalimony.claim\ndisputed_paternity=no\nkids=1\nkids.0.dob=2019-05-01\nincome=wage\n";
    let restored = form::load_draft(q, old).unwrap();
    let expected: form::Raw = [("disputed", "no"), ("children", "1"), ("children.0.born", "2019-05-01"), ("income_kind", "salary")]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    assert_eq!((restored.raw, restored.leftover), (expected, vec![]));
    // Without `version`, a questionnaire is version 1 with no migrations.
    let plain = decode_pack(&compile_dir(&with_questionnaire("q-plain", QUESTIONNAIRE), today()).unwrap(), "kk");
    assert_eq!((plain.questionnaires[0].version, plain.questionnaires[0].migrations.len()), (1, 0));
}

#[test]
fn a_loan_claim_draft_from_before_the_computed_price_keeps_the_amount_it_typed() {
    // Version 2 of the loan claim computes the claim price instead of asking for it: a version-1 draft
    // opens, its typed `claim_amount` kept and listed as no longer asked, and the price is computed.
    use zanger::core::interview::{form, Answer, Interview};
    let q = zanger::core::content::questionnaire("debt.loan.claim", zanger::core::lang::Lang::Ru).expect("compiled");
    assert_eq!(q.version, 2);
    let old = "zanger-draft 2\ndebt.loan.claim\nschema 1\nloan_amount=500000\namount_repaid=100000\nclaim_amount=450000\n";
    let restored = form::load_draft(q, old).expect("an older draft opens");
    assert_eq!(restored.schema, 1);
    assert_eq!(restored.leftover, ["claim_amount"]);
    assert_eq!(restored.raw.get("claim_amount").map(String::as_str), Some("450000"), "nothing typed is lost");
    let (answers, _) = form::read(q, &restored.raw, zanger::core::date::Date::new(2026, 12, 7));
    assert_eq!(Interview::new(q, answers).visible_answers().get("claim_amount"), Some(&Answer::Money(40_000_000)));
}

#[test]
fn invalid_migrations_are_rejected_with_their_line() {
    let file = "content/questionnaires/alimony.claim.toml";
    let cases: [(&str, &str, &str, &str); 10] = [
        ("version = 3", "from = 2", "from = 3", "`from = 3`: a migration starts at an earlier version, 1 to 2 (`version = 3`)"),
        ("version = 3", "from = 2", "from = 1", "`from = 1`: list the migrations by ascending `from`, each version once"),
        ("version = 3", "income = \"income_kind\"", "income = \"income_kind\", ghost = \"nowhere\"", "rename `ghost` = \"nowhere\": the current version has no question `nowhere`"),
        ("version = 3", "income = \"income_kind\"", "income = \"income_kind\", disputed = \"mrp_amount\"", "rename `disputed`: `disputed` is a question of the current version; a rename maps an id an earlier version used to the new one"),
        ("version = 3", "\"kids.dob\" = \"children.birth\"", "\"kids.dob\" = \"parents.birth\"", "rename `kids.dob` = \"parents.birth\": a field stays in its group, which this migration calls `children`"),
        ("version = 3", "kids = \"children\"", "kids = \"children.name\"", "rename `kids` = \"children.name\": a question is renamed to a question, a group's field to `group.field`"),
        // The first step's target must still be renamed by the second one.
        ("version = 3", "\"children.birth\" = \"children.born\", ", "", "rename `kids.dob` = \"children.birth\": the current version has no question `children.birth`"),
        ("version = 3", "values = { income = { wage = \"salary\" } }", "values = { income = { wage = \"wages\" } }", "values for `income`: `wage` = \"wages\" is not an option of `income_kind` (options: salary, irregular)"),
        ("version = 3", "values = { income = { wage = \"salary\" } }", "values = { mrp_amount = { wage = \"salary\" } }", "values for `mrp_amount`: the current version has no choice question `mrp_amount`"),
        ("version = 0", "from = 2", "from = 2", "`version` starts at 1"),
    ];
    for (version, old, new, message) in cases {
        let migrations = MIGRATIONS.replacen(old, new, 1);
        let text = versioned(version, &migrations);
        let errs = errors(&with_questionnaire("q-bad-migration", &text));
        let needle = if message.starts_with("`version`") { version.to_string() } else if new.is_empty() { "\"kids.dob\"".to_string() } else { new.rsplit(", ").next().unwrap().to_string() };
        let expected = format!("{file}:{}: {message}", line_with(&text, &needle));
        assert!(errs.contains(&expected), "{old} → {new}: expected\n{expected}\ngot\n{}", errs.join("\n"));
    }
}

#[test]
fn figures_in_questionnaire_texts_must_exist_and_be_where_they_are_shown() {
    let text = QUESTIONNAIRE.replace(
        "label = { kk = \"Дау бар ма?\", ru = \"Есть спор?\" }",
        "label = { kk = \"Дау бар ма?\", ru = \"Есть спор?\" }\nhint = { kk = \"{{deadline.alimony_back}}дан аспайды\", ru = \"за {{deadline.alimony_back}}\" }",
    );
    let compiled = compile_dir(&with_questionnaire("q-figures", &text), today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "kk");
    assert_eq!(pack.questionnaires[0].pages[0].questions[0].hint.kk, "{{deadline.alimony_back}}дан аспайды", "expanded by the app, on the reading day");

    let file = "content/questionnaires/alimony.claim.toml";
    let bad = text
        .replace("ru = \"за {{deadline.alimony_back}}\"", "ru = \"за {{deadline.alimony_bak}}\"")
        .replace("title = { kk = \"Сома\", ru = \"Сумма\" }", "title = { kk = \"Сома\", ru = \"Сумма {{mrp*x}}\" }")
        .replace("summary = { kk = \"Талап қою\", ru = \"Иск\" }", "summary = { kk = \"Талап қою\", ru = \"Иск {{mrp}}\" }");
    let errs = errors(&with_questionnaire("q-figures-bad", &bad));
    for (needle, message) in [
        ("alimony_bak", "unknown figure key `deadline.alimony_bak`: add it to content/figures.toml".to_string()),
        ("{{mrp*x}}", "`{{mrp*x}}`: the factor after `*` must be a positive number".to_string()),
        ("Иск {{mrp}}", "`{{mrp}}`: figures are shown in labels, hints, page titles and exits, not in the summary".to_string()),
    ] {
        let expected = format!("{file}:{}: {message}", line_with(&bad, needle));
        assert!(errs.contains(&expected), "expected\n{expected}\ngot\n{}", errs.join("\n"));
    }
    assert_eq!(errs.len(), 3, "{errs:?}");
}

/// The real holidays file with `extra` appended, in a scratch folder; returns the errors and the text.
fn holiday_errors(name: &str, extra: &str) -> (Vec<String>, String) {
    let root = scratch(name, &[]);
    let text = std::fs::read_to_string(real_content().join("holidays.toml")).unwrap() + extra;
    std::fs::write(root.join("holidays.toml"), &text).unwrap();
    (errors(&root), text)
}

/// 1-based line numbers of the lines of `text` equal to `needle` (trimmed).
fn lines_of(text: &str, needle: &str) -> Vec<usize> {
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

proptest::proptest! {
    /// No guide text, however malformed, makes the compiler panic: it reports or compiles.
    #[test]
    fn any_guide_text_is_reported_or_compiled(body in ".{0,300}", header in "[a-z =\"\\[\\]0-9\n-]{0,120}") {
        let mut report = FileReport::new("x.md", "");
        let _ = markdown::parse(&body, 0, &mut report);
        let root = scratch("fuzz", &[("ru", "x", &format!("+++\n{header}\n+++\n{body}")), ("kk", "x", &guide("kk", "x", "T [@kbs-139]."))]);
        let _ = compile_dir(&root, today());
    }
}

/// The pack `build.rs` would write for `lang`, read back as the app reads it.
fn decode_pack(compiled: &Compiled, lang: &str) -> zanger::core::content::pack::Pack {
    use zanger::core::lang::Lang;
    let l = match lang {
        "kk" => Lang::Kk,
        "ru" => Lang::Ru,
        _ => Lang::En,
    };
    zanger::core::content::pack::decode(pack::encode(compiled, lang), l).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn next_steps_and_their_sources_compile_into_the_pack() {
    let text = format!("{QUESTIONNAIRE}{}{NEXT}", DOCUMENT.replace("[[next]]\nid = \"sign\"\ntext = { kk = \"Қол қойыңыз.\", ru = \"Подпишите.\" }\n", ""));
    let compiled = compile_dir(&with_questionnaire("next-valid", &text), today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "ru");
    let q = &pack.questionnaires[0];
    assert_eq!(q.sources.len(), 2);
    assert_eq!(q.sources[1].confidence, zanger::core::content::model::Confidence::Secondary);
    let ids: Vec<_> = q.next.iter().map(|s| (s.id, s.sources)).collect();
    assert_eq!(ids, [("deadline", &[0u16][..]), ("online", &[1, 0][..])]);
    assert_eq!(q.next[0].when, "income_kind == \"irregular\"");
    assert_eq!(q.next[0].text.ru, "Срок — {{deadline.appeal}}; {calc.share}; {today}", "expanded and filled by the app");
    let kk = decode_pack(&compiled, "kk");
    assert_eq!(kk.questionnaires[0].next[1].text.kk, "Онлайн");
}

#[test]
fn a_document_without_next_steps_is_rejected() {
    let doc = DOCUMENT.replace("[[next]]\nid = \"sign\"\ntext = { kk = \"Қол қойыңыз.\", ru = \"Подпишите.\" }\n", "");
    let text = format!("{QUESTIONNAIRE}{doc}");
    let errs = errors(&with_questionnaire("next-missing", &text));
    let line = line_with(&text, "[document]");
    assert_eq!(errs, [format!("content/questionnaires/alimony.claim.toml:{line}: a questionnaire with a [document] needs [[next]] steps: what to do with the document")]);
}

#[test]
fn bad_next_steps_are_rejected_with_their_line() {
    let base = format!("{QUESTIONNAIRE}{DOCUMENT}{NEXT}");
    let bad = base
        .replace("sources = [\"gpk-148\"]", "sources = [\"gpk-184\"]")
        .replace("{mrp_amount} АЕК", "{plaintiff_name} {item.name} {children} АЕК")
        .replace("{today}\", en", "{calc.fee} {{deadline.apeal}}\", en")
        .replace("text = { kk = \"Онлайн\", ru = \"Онлайн\" }", "text = { kk = \"Онлайн\", ru = \"\" }")
        .replace("when = \"income_kind == \\\"irregular\\\"\"", "when = \"income_kind == \\\"irregularr\\\"\"")
        .replace("confidence = \"C3\"\nvia = \"aqparat.info\"", "confidence = \"U\"\nvia = \"aqparat.info\"")
        .replace("sources = [\"sud-kabinet\", \"gpk-148\"]", "sources = [\"sud-kabinet\"]");
    let errs = errors(&with_questionnaire("next-bad", &bad));
    let file = "content/questionnaires/alimony.claim.toml";
    let at = |needle: &str| line_with(&bad, needle);
    let next_lines = lines_of(&bad, "[[next]]");
    let sources = lines_of(&bad, "[[sources]]");
    for expected in [
        format!("{file}:{}: step `deadline` cites `gpk-184`, which is not in [[sources]]", at("gpk-184")),
        format!("{file}:{}: `{{plaintiff_name}}`: no question fills this field", at("{plaintiff_name}")),
        format!("{file}:{}: `{{item.name}}`: a step cannot read a group's items", at("{plaintiff_name}")),
        format!("{file}:{}: `{{children}}`: a step cannot read a group's items", at("{plaintiff_name}")),
        format!("{file}:{}: `{{calc.fee}}`: the document computes no `fee` (add it to `computed` in [document])", at("{calc.fee}")),
        format!("{file}:{}: unknown figure key `deadline.apeal`: add it to content/figures.toml", at("deadline.apeal")),
        format!("{file}:{}: step text has no ru text", next_lines[2]),
        format!("{file}:{}: unverified facts (confidence \"U\") may not be published", sources[1]),
        format!("{file}:{}: source `gpk-148` is not cited by any [[next]] step or [[checks]] item", sources[0]),
    ] {
        assert!(errs.contains(&expected), "expected\n{expected}\ngot\n{}", errs.join("\n"));
    }
    assert!(errs.iter().any(|e| e.starts_with(&format!("{file}:{}: when", at("irregularr"))) && e.contains("has no option \"irregularr\"")), "{errs:?}");
}

/// The line (1-based) of the first line of `text` that starts with `needle`.
fn line_starting(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.starts_with(needle)).expect("needle in text") + 1
}

#[test]
fn an_exit_without_a_next_step_is_refused_with_its_line() {
    let text = QUESTIONNAIRE.replace("link = \"guide:family.alimony\"\n", "");
    let errs = errors(&with_questionnaire("q-exit-nolink", &text));
    let line = line_starting(&text, "id = \"paternity\"");
    assert_eq!(
        errs,
        [format!("content/questionnaires/alimony.claim.toml:{line}: exit `paternity` needs a `link`: the guide (guide:<id>) or questionnaire (questionnaire:<id>) the reader goes to next")]
    );
}

#[test]
fn an_exit_leading_nowhere_or_back_to_itself_is_refused_at_its_link() {
    for (link, message) in [
        ("questionnaire:alimony.claim", "exit link `questionnaire:alimony.claim` leads back to this questionnaire"),
        ("questionnaire:alimony.nowhere", "exit link `questionnaire:alimony.nowhere` must be guide:<id> or questionnaire:<id> of something that exists"),
        ("family.alimony", "exit link `family.alimony` must be guide:<id> or questionnaire:<id>"),
    ] {
        let text = QUESTIONNAIRE.replace("link = \"guide:family.alimony\"", &format!("link = \"{link}\""));
        let errs = errors(&with_questionnaire("q-exit-link", &text));
        let line = line_starting(&text, "link = ");
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].starts_with(&format!("content/questionnaires/alimony.claim.toml:{line}: {message}")), "{errs:?}");
    }
}

/// The test questionnaire with a page where every reader types a name, then a page with a yes/no.
fn with_typing_first(when: &str) -> String {
    let pages = r#"[[pages]]
id = "names"
title = { kk = "Аты", ru = "Имя" }

[[pages.questions]]
id = "who"
type = "text"
label = { kk = "Аты-жөні", ru = "ФИО" }

[[pages]]
id = "later"
title = { kk = "Келісім", ru = "Согласие" }

[[pages.questions]]
id = "agreed"
type = "yes_no"
label = { kk = "Келісті ме?", ru = "Согласен?" }

[[pages]]
id = "fixed""#;
    QUESTIONNAIRE.replacen("[[pages]]\nid = \"fixed\"", pages, 1).replace("when = \"disputed\"", &format!("when = \"{when}\""))
}

#[test]
fn an_exit_decided_after_every_reader_typed_free_text_is_refused() {
    let text = with_typing_first("disputed or agreed");
    let errs = errors(&with_questionnaire("q-exit-late", &text));
    let line = line_starting(&text, "when = \"disputed or agreed\"");
    assert_eq!(
        errs,
        [format!(
            "content/questionnaires/alimony.claim.toml:{line}: exit `paternity` is decided on page `later`, after every reader has typed free text on page `names` (`who`): ask `agreed` on an earlier page, so that the questions that can end the form come first"
        )]
    );
    // Decided on the first page, or by what was typed: in time.
    for when in ["disputed", "who == \\\"x\\\" and agreed"] {
        let root = with_questionnaire("q-exit-early", &with_typing_first(when));
        compile_dir(&root, today()).unwrap_or_else(|d| panic!("{when}: {d:?}"));
    }
}

#[test]
fn labels_that_fit_earlier_answers_compile_into_the_pack_and_must_read_earlier_questions() {
    let labels = r#"
[[pages.questions.labels]]
when = 'disputed'
label = { kk = "Оның табысы", ru = "Его доход" }

[[pages]]
id = "fixed""#;
    let text = QUESTIONNAIRE.replacen("\n[[pages]]\nid = \"fixed\"", labels, 1);
    let compiled = compile_dir(&with_questionnaire("q-labels", &text), today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "ru");
    let income = pack.questionnaires[0].pages[0].questions.iter().find(|q| q.id == "income_kind").expect("income_kind");
    assert_eq!(income.labels.len(), 1);
    assert_eq!((income.labels[0].when, income.labels[0].label.ru), ("disputed", "Его доход"));

    let later = text.replace("when = 'disputed'", "when = 'mrp_amount > 1'");
    let errs = errors(&with_questionnaire("q-labels-later", &later));
    let line = line_starting(&later, "id = \"income_kind\"");
    assert_eq!(errs, [format!("content/questionnaires/alimony.claim.toml:{line}: when `mrp_amount > 1` reads `mrp_amount`, which is not asked before this point")]);
}

/// The test questionnaire with the signer's ИИН asked on its first page, and `document` after it.
fn signed(document: &str) -> String {
    let iin = "\n[[pages.questions]]\nid = \"plaintiff_iin\"\ntype = \"iin\"\nrequired = false\nlabel = { kk = \"ЖСН\", ru = \"ИИН\" }\n\n[[pages]]\nid = \"fixed\"";
    format!("{}{document}", QUESTIONNAIRE.replacen("\n[[pages]]\nid = \"fixed\"", iin, 1))
}

#[test]
fn a_declared_signer_compiles_into_the_pack_and_refuses_old_double_forms() {
    let with_signer = DOCUMENT.replace("computed = [\"share\"]", "computed = [\"share\"]\nsigner_iin = \"plaintiff_iin\"");
    let gendered = with_signer.replace("ru = \"{calc.share}\" }", "ru = \"Я не {g:согласен|согласна}: {calc.share}\" }");
    assert_ne!(gendered, with_signer, "the fixture changed");
    let compiled = compile_dir(&with_questionnaire("doc-signer", &signed(&gendered)), today()).unwrap_or_else(|d| panic!("{d:?}"));
    let pack = decode_pack(&compiled, "ru");
    assert_eq!(pack.questionnaires[0].document.signer_iin, "plaintiff_iin");

    // An old double form in a Russian block, once the signer is declared.
    let text = signed(&with_signer.replace("ru = \"{calc.share}\" }", "ru = \"Я не согласен(на), обращался(-лась): {calc.share}\" }"));
    let errs = errors(&with_questionnaire("doc-double", &text));
    let file = "content/questionnaires/alimony.claim.toml";
    let line = line_with(&text, "согласен(на)");
    for form in ["согласен(на)", "обращался(-лась)"] {
        let expected = format!("{file}:{line}: «{form}»: the signer is declared (`signer_iin`), so write the word for each sex, `{{g:согласен|согласна}}`, not a double form");
        assert!(errs.contains(&expected), "{errs:?}");
    }
    // Plural endings and words before a space are no gender forms.
    let plural = signed(&with_signer.replace("ru = \"{calc.share}\" }", "ru = \"товар(ы) (далее — товар): {calc.share}\" }"));
    compile_dir(&with_questionnaire("doc-plural", &plural), today()).unwrap_or_else(|d| panic!("{d:?}"));
}

#[test]
fn gender_forms_need_a_signer_that_is_an_iin_question_and_two_forms() {
    let file = "content/questionnaires/alimony.claim.toml";
    // A {g:…} form without a signer.
    let text = signed(&DOCUMENT.replace("ru = \"{calc.share}\" }", "ru = \"Я не {g:согласен|согласна}\" }"));
    let errs = errors(&with_questionnaire("doc-g-nosigner", &text));
    // Reported at the header of the block that has it.
    let header_before = |text: &str, needle: &str| {
        let block = line_with(text, needle);
        text.lines().take(block).enumerate().filter(|(_, l)| l.trim() == "[[document.blocks]]").map(|(i, _)| i + 1).last().unwrap()
    };
    let header = header_before(&text, "{g:согласен|согласна}");
    assert!(errs.contains(&format!("{file}:{header}: `{{g:согласен|согласна}}`: declare whose sex chooses the form: `signer_iin = \"<iin question>\"` in [document]")), "{errs:?}");

    // A signer that is not an iin question, and a form with one word.
    let doc = DOCUMENT.replace("computed = [\"share\"]", "computed = [\"share\"]\nsigner_iin = \"mrp_amount\"").replace("ru = \"{calc.share}\" }", "ru = \"Я не {g:согласен}\" }");
    let text = signed(&doc);
    let errs = errors(&with_questionnaire("doc-g-bad", &text));
    let doc_line = line_with(&text, "[document]");
    assert!(errs.contains(&format!("{file}:{doc_line}: `signer_iin = \"mrp_amount\"` must name an `iin` question outside a group")), "{errs:?}");
    let header = header_before(&text, "{g:согласен}");
    assert!(errs.contains(&format!("{file}:{header}: `{{g:согласен}}`: write `{{g:male form|female form}}` (or `{{g:male|female|double form}}`)")), "{errs:?}");
}

#[test]
fn the_court_claims_a_questionnaire_may_name_are_the_court_calculator_s() {
    let named: Vec<&str> = zanger::core::calc::court::ClaimKind::NAMED.iter().map(|(n, _)| *n).collect();
    assert_eq!(COURT_CLAIMS.to_vec(), named);
}

#[test]
fn a_document_using_the_court_calculator_names_a_known_claim() {
    let with_court = DOCUMENT.replacen("[document]\n", "[document]\ncourt_claim = \"alimonyy\"\n", 1);
    assert_ne!(with_court, DOCUMENT, "the fixture has a [document] table");
    let errs = errors(&with_questionnaire("court-claim", &format!("{QUESTIONNAIRE}{with_court}")));
    assert!(errs.iter().any(|e| e.contains("unknown `court_claim = \"alimonyy\"`")), "{errs:?}");
}

#[test]
fn a_sum_in_words_is_accepted_only_for_money() {
    let file = "content/questionnaires/alimony.claim.toml";
    let doc = DOCUMENT.replace("ru = \"{calc.share}\" }", "ru = \"{mrp_amount:words}, {nothing:words}\" }");
    let text = format!("{QUESTIONNAIRE}{doc}");
    let errs = errors(&with_questionnaire("doc-words-bad", &text));
    let header = text.lines().take(line_with(&text, "{mrp_amount:words}")).enumerate().filter(|(_, l)| l.trim() == "[[document.blocks]]").map(|(i, _)| i + 1).last().unwrap();
    for name in ["mrp_amount:words", "nothing:words"] {
        let expected = format!("{file}:{header}: `{{{name}}}`: `:words` writes a sum in words: name a money question outside a group or a money value");
        assert!(errs.contains(&expected), "{errs:?}");
    }
    // The same number asked as money compiles.
    let money = QUESTIONNAIRE.replacen("id = \"mrp_amount\"\ntype = \"number\"\nmin = 1", "id = \"mrp_amount\"\ntype = \"money\"", 1);
    assert_ne!(money, QUESTIONNAIRE, "the fixture changed");
    let text = format!("{money}{doc}").replace(", {nothing:words}", "");
    compile_dir(&with_questionnaire("doc-words", &text), today()).unwrap_or_else(|d| panic!("{d:?}"));
}

mod timeline_tests;

mod words_tests;
