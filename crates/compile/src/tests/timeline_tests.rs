//! Tests of guide timelines: they compile into the pack, and each mistake is reported with its line.

use super::*;
use zanger::core::content::model::{Inline, Who};

const STEPS: &str = r#"
[[timeline]]
who = "you"
step = "Write the claim."
cost = "{{mrp*2}}"
cite = ["kbs-139"]

[[timeline]]
who = "court"
step = "The court decides."
period = "{{deadline.appeal}} from the day it is filed"
"#;

/// The fixture guide's own `no_timeline` line (it stands for every guide that is not about timelines).
const NONE: &str = "no_timeline = \"a test guide\"\n";

/// A guide in `lang` without the fixture's `no_timeline`, whose header ends with `extra` (timeline steps).
fn with_header(lang: &str, id: &str, extra: &str) -> String {
    guide(lang, id, "T [@kbs-139].").replacen(NONE, "\n", 1).replacen("confidence = \"C\"\n+++", &format!("confidence = \"C\"\n{extra}+++"), 1)
}

fn three(name: &str, ru: &str, kk: &str, en: &str) -> PathBuf {
    scratch_exact(name, &[("ru", "x", &with_header("ru", "x", ru)), ("kk", "x", &with_header("kk", "x", kk)), ("en", "x", &with_header("en", "x", en))])
}

fn line_of(text: &str, needle: &str) -> usize {
    text[..text.find(needle).unwrap()].matches('\n').count() + 1
}

#[test]
fn a_timeline_compiles_into_the_pack_in_order() {
    let root = three("tl-valid", STEPS, STEPS, STEPS);
    let compiled = compile_dir(&root, today()).unwrap_or_else(|d| panic!("{d:?}"));
    let g = compiled.guides.iter().find(|g| g.lang == "ru").unwrap();
    assert_eq!(g.figures, ["mrp", "deadline.appeal"], "the timeline's figures are listed with the guide's");
    let pack = decode_pack(&compiled, "ru");
    let steps = pack.guides[0].timeline;
    assert_eq!(steps.len(), 2);
    assert_eq!((steps[0].who, steps[1].who), (Who::You, Who::Court));
    assert_eq!(steps[0].text, [Inline::Text("Write the claim.")]);
    assert!(steps[0].period.is_empty());
    assert_eq!(steps[0].cost, [Inline::Figure { key: "mrp", factor: 2.0 }]);
    assert_eq!(steps[0].cites, [0]);
    assert_eq!(steps[1].period, [Inline::Figure { key: "deadline.appeal", factor: 1.0 }, Inline::Text(" from the day it is filed")]);
    assert!(steps[1].cost.is_empty() && steps[1].cites.is_empty());
}

#[test]
fn each_mistake_in_a_step_is_reported_on_its_line() {
    let bad = STEPS
        .replace("who = \"court\"", "who = \"judge\"")
        .replace("{{mrp*2}}", "{{no.such}}")
        .replace("cite = [\"kbs-139\"]", "cite = [\"gpk-1\"]")
        .replace("step = \"The court decides.\"", "step = \" \"");
    let text = with_header("ru", "x", &bad);
    let root = scratch_exact("tl-bad", &[("ru", "x", &text), ("kk", "x", &with_header("kk", "x", &bad)), ("en", "x", &with_header("en", "x", &bad))]);
    let errs: Vec<String> = errors(&root).into_iter().filter(|e| e.starts_with("content/guides/ru/")).collect();
    let at = |needle: &str, message: &str| format!("content/guides/ru/x.md:{}: {message}", line_of(&text, needle));
    assert!(errs.contains(&at("who = \"judge\"", "unknown `who` `judge`: use one of you, other_side, employer, seller, commission, court, bailiff, body, notary, registry")), "{errs:?}");
    assert!(errs.contains(&at("{{no.such}}", "unknown figure key `no.such`: add it to content/figures.toml")), "{errs:?}");
    assert!(errs.contains(&at("\"gpk-1\"", "timeline cites `gpk-1`, which is not one of the guide's [[sources]]")), "{errs:?}");
    assert!(errs.contains(&at("step = \" \"", "timeline `step` must not be empty (leave it out instead)")), "{errs:?}");
    assert_eq!(errs.len(), 4, "{errs:?}");
}

#[test]
fn the_languages_must_have_the_same_steps() {
    let other_who = STEPS.replace("who = \"court\"", "who = \"other_side\"");
    let errs = errors(&three("tl-who", STEPS, &other_who, STEPS));
    let kk = with_header("kk", "x", &other_who);
    let line = line_of(&kk, "who = \"other_side\"") - 1;
    assert_eq!(errs, [format!("content/guides/kk/x.md:{line}: timeline step 2: `who` is `other_side` here, `court` in content/guides/ru/x.md")]);

    let no_cost = STEPS.replace("cost = \"{{mrp*2}}\"\n", "");
    let errs = errors(&three("tl-cost", STEPS, STEPS, &no_cost));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].starts_with("content/guides/en/x.md:") && errs[0].contains("step 1: the `cost` does not match"), "{errs:?}");

    let one = &STEPS[..STEPS.find("\n[[timeline]]\nwho = \"court\"").unwrap() + 1];
    let errs = errors(&three("tl-count", STEPS, one, STEPS));
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(errs[0].contains("1 timeline steps here, 2 in content/guides/ru/x.md"), "{errs:?}");
}

#[test]
fn a_guide_without_a_timeline_is_refused_unless_it_says_why() {
    let errs = errors(&three("tl-missing", "", "", ""));
    assert_eq!(errs, ["content/guides/ru/x.md:1: guide `x` has no [[timeline]]: add its steps, or `no_timeline = \"why\"` if it describes no procedure"]);

    // The fixture says `no_timeline` (a top-level key, before the [[sources]] tables).
    let put = |lang: &str| guide(lang, "x", "T [@kbs-139].");
    assert!(put("ru").contains(NONE));
    let root = scratch_exact("tl-none", &[("ru", "x", &put("ru")), ("kk", "x", &put("kk")), ("en", "x", &put("en"))]);
    let compiled = compile_dir(&root, today()).unwrap_or_else(|d| panic!("{d:?}"));
    assert!(decode_pack(&compiled, "kk").guides[0].timeline.is_empty());

    // Steps and `no_timeline` together contradict each other.
    let both = |lang: &str| with_header(lang, "x", STEPS).replacen("reviewed = ", &format!("{NONE}reviewed = "), 1);
    let root = scratch_exact("tl-both", &[("ru", "x", &both("ru")), ("kk", "x", &both("kk")), ("en", "x", &both("en"))]);
    let errs = errors(&root);
    assert!(errs.iter().any(|e| e.starts_with("content/guides/ru/x.md:8: a guide with [[timeline]] steps must not also say `no_timeline`")), "{errs:?}");
}

#[test]
fn the_pack_and_the_app_name_who_acts_in_the_same_order() {
    // The pack stores `who` as its index in `timeline::WHO`; the app reads it back as `Who::ALL[index]`.
    assert_eq!(timeline::WHO.len(), Who::ALL.len());
    for (i, code) in timeline::WHO.iter().enumerate() {
        assert_eq!(Who::ALL[i].code(), *code);
        assert_eq!(Who::ALL[i].index(), i);
    }
}
