//! Versions and migrations of a questionnaire, and the figures its texts may name.

use super::*;

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
