//! Tests of `{calc.<key>:words}`: a computed sum written in words is accepted, anything else is refused
//! with its line (that the compiler's list of sums is the engine's is checked in the app, `calc_words.rs`).

use super::*;

const FILE: &str = "content/questionnaires/alimony.claim.toml";

/// The fixture document computing `computed` (a TOML list's inside) with `extra` lines in [document],
/// its demand reading `ru` and its first step reading `step`.
fn document(computed: &str, extra: &str, ru: &str, step: &str) -> String {
    let doc = DOCUMENT
        .replace("computed = [\"share\"]", &format!("computed = [{computed}]\n{extra}"))
        .replace("ru = \"{calc.share}\" }", &format!("ru = \"{ru}\" }}"))
        .replace("ru = \"Подпишите.\" }", &format!("ru = \"{step}\" }}"));
    assert!(doc.contains(ru) && doc.contains(step), "the fixture changed");
    format!("{QUESTIONNAIRE}{doc}")
}

/// The line of the `[[document.blocks]]` header above the line holding `needle`.
fn block_of(text: &str, needle: &str) -> usize {
    text.lines().take(line_with(text, needle)).enumerate().filter(|(_, l)| l.trim() == "[[document.blocks]]").map(|(i, _)| i + 1).last().unwrap()
}

#[test]
fn a_computed_sum_in_words_compiles_in_a_document_and_in_a_step() {
    let text = document(
        "\"share\", \"fee\", \"yearly_fixed_sum\"",
        "fee_subject = \"general\"",
        "Цена иска: {calc.yearly_fixed_sum} ({calc.yearly_fixed_sum:words}); госпошлина: {calc.fee} ({calc.fee:words})",
        "Госпошлина: {calc.fee} ({calc.fee:words}).",
    )
    .replace("inputs = { children = \"children\" }", "inputs = { children = \"children\", fixed_sum_mrp = \"mrp_amount\" }");
    compile_dir(&with_questionnaire("calc-words", &text), today()).unwrap_or_else(|d| panic!("{d:?}"));
}

#[test]
fn words_of_a_value_that_is_no_sum_or_not_computed_are_refused_with_their_line() {
    let text = document(
        "\"share\", \"court\"",
        "court_claim = \"child_alimony\"",
        "{calc.share:words}, {calc.court:words}, {calc.monthly_amount:words}",
        "Суд: {calc.court:words}.",
    );
    let errs = errors(&with_questionnaire("calc-words-bad", &text));
    let (block, step) = (block_of(&text, "{calc.court:words}, "), line_with(&text, "Суд: {calc.court:words}."));
    let sums = "monthly_amount, fixed_sum, yearly_amount, yearly_fixed_sum, fee, alimony_penalty, alimony_unpaid, penalty_claim";
    for expected in [
        format!("{FILE}:{block}: `{{calc.share:words}}`: `:words` writes a sum in words, and `share` is not a sum; sums: {sums}"),
        format!("{FILE}:{block}: `{{calc.court:words}}`: `:words` writes a sum in words, and `court` is not a sum; sums: {sums}"),
        format!("{FILE}:{block}: `{{calc.monthly_amount:words}}`: add \"monthly_amount\" to `computed` in [document]"),
        format!("{FILE}:{step}: `{{calc.court:words}}`: `:words` writes a sum in words, and `court` is not a sum; sums: {sums}"),
        // The fixture asks no place for the court calculator to read.
        format!("{FILE}:{}: `{{calc.court}}` needs the input `court_place`: add `inputs = {{ court_place = \"<question id>\" }}` to [document]", line_with(&text, "[document]")),
    ] {
        assert!(errs.contains(&expected), "`{expected}` missing from {errs:?}");
    }
    assert_eq!(errs.len(), 5, "{errs:?}");
}

#[test]
fn a_fee_that_is_an_exemption_has_no_words() {
    let text = document("\"share\", \"fee\"", "fee_subject = \"labour\"", "Госпошлина: {calc.fee} ({calc.fee:words})", "Подпишите.");
    let errs = errors(&with_questionnaire("calc-words-fee", &text));
    let block = block_of(&text, "{calc.fee:words}");
    let expected = format!("{FILE}:{block}: `{{calc.fee:words}}`: a `labour` fee is an exemption or a deferral, not a sum: state it without words");
    assert_eq!(errs, [expected]);
}


/// `inputs`: a name no calculator reads, an id of the wrong type or none at all, and a `debt_*` field
/// outside the group bound to `debts` are refused at the [document] line.
#[test]
fn calculator_inputs_must_be_known_names_bound_to_questions_of_their_type() {
    let text = document("\"share\"", "", "{calc.share}", "Подпишите.")
        .replace("inputs = { children = \"children\" }", "inputs = { children = \"mrp_amount\", salary = \"mrp_amount\", debt_due = \"born\" }");
    let line = line_with(&text, "[document]");
    let errs = errors(&with_questionnaire("calc-inputs", &text));
    assert_eq!(
        errs,
        [
            format!("{FILE}:{line}: input `children = \"mrp_amount\"` must name a question of type `group`"),
            format!("{FILE}:{line}: input `debt_due = \"born\"` must name a field of the group bound to `debts` of type `date`"),
            format!("{FILE}:{line}: unknown input `salary`; known: children, income_monthly, fixed_sum_mrp, court_place, court_name, back_since, debts, debt_due, debt_amount, debt_paid_on, count_to, claim_arrears, losses_amount"),
        ]
    );
}
