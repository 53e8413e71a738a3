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
inputs = { children = "children" }

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

/// 1-based line of the last line of `text` containing `needle`.
fn line_with(text: &str, needle: &str) -> usize {
    text.lines().collect::<Vec<_>>().iter().rposition(|l| l.contains(needle)).map(|i| i + 1).unwrap_or_else(|| panic!("no `{needle}`"))
}

mod holidays_tests;

mod migration_tests;

mod pack_tests;

mod timeline_tests;

mod words_tests;
