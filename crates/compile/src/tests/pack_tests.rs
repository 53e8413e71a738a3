//! What a questionnaire compiles into the pack, read back with the app's reader: next steps, exits,
//! labels, signers, court claims and sums in words, and the mistakes refused in each.

use super::*;
use super::holidays_tests::lines_of;

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
