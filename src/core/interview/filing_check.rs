//! "Check before you file": the grounds on which a court returns a claim (ГПК arts. 148, 149, 152),
//! as a list of items with a state each. Items common to every claim live in
//! `content/filing_checks.toml`; a questionnaire adds its own (`[[checks]]`). Each item is computed
//! (`met_when`, a condition over the answers and values), asked (a box the reader ticks), or both: a
//! computed item that does not hold falls back to the question when it has one. Nothing here blocks
//! the download: the check informs.

use std::collections::BTreeSet;

use super::answers::{Answer, Answers};
use super::engine::holds_on;
use super::model::Questionnaire;
use crate::core::calc::fee::{state_fee, ClaimValue, FeeBasis, FeeRequest, FeeSubject};
use crate::core::content::model::{Source, Texts};
use crate::core::date::Date;

/// One item of the check, as compiled from `filing_checks.toml` or a questionnaire's `[[checks]]`.
#[derive(Debug, PartialEq)]
pub struct FilingCheck {
    pub id: &'static str,
    /// What must be true, as a statement («К иску приложены копии …»).
    pub title: Texts,
    /// What to do while it is not.
    pub todo: Texts,
    /// The item applies only when this holds (empty: always).
    pub when: &'static str,
    /// Met when this holds on the answers (empty: not computed).
    pub met_when: &'static str,
    /// Whether the reader confirms it with a box when it is not computed as met.
    pub ask: bool,
    /// The acts and articles it rests on.
    pub sources: &'static [Source],
}

/// Which common items a questionnaire's document gets (`filing = "claim"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilingKind {
    /// A claim (иск): ГПК arts. 148, 149, 152.
    Claim,
}

/// A questionnaire's part of the check: what it files and its own items.
#[derive(Debug, PartialEq)]
pub struct FilingEntry {
    pub questionnaire: &'static str,
    pub kind: Option<FilingKind>,
    pub checks: &'static [FilingCheck],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemState {
    /// The answers show it is done.
    Met,
    /// The reader ticked it.
    Confirmed,
    /// The reader has not ticked it yet.
    ToConfirm,
    /// The answers show it is not done.
    Unmet,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Item {
    pub check: &'static FilingCheck,
    pub state: ItemState,
}

/// Where a ticked item is kept in the raw form (`check:<id>` = `yes`), so that it is saved and exported
/// with the draft. Not a question id (ids have no `:`): never read as an answer, never listed as left over.
pub const TICK_PREFIX: &str = "check:";

/// The raw form's key of item `id`'s box.
pub fn tick_key(id: &str) -> String {
    format!("{TICK_PREFIX}{id}")
}

/// The items ticked in a raw form.
pub fn ticked(raw: &super::form::Raw) -> BTreeSet<String> {
    raw.iter().filter(|(_, v)| v.as_str() == "yes").filter_map(|(k, _)| k.strip_prefix(TICK_PREFIX)).map(str::to_string).collect()
}

/// The id `met_when` and `when` may read besides the answers: the document's state fee line names an
/// exemption or a deferral, so nothing is paid when filing (`{calc.fee}` with `fee_subject` labour,
/// alimony, health_harm or consumer).
pub const FEE_EXEMPT: &str = "fee_exempt";

/// The check for `q` on its visible answers (values included), with the items the reader ticked:
/// the common items of its kind first, then its own, an own item replacing a common one of the same
/// id. Empty for a questionnaire that files nothing with a court.
pub fn filing_check(q: &Questionnaire, entry: Option<&'static FilingEntry>, common: &'static [FilingCheck], visible: &Answers, ticked: &BTreeSet<String>, today: Date) -> Vec<Item> {
    let Some(entry) = entry else { return Vec::new() };
    let own = entry.checks;
    let shared: &[FilingCheck] = if entry.kind == Some(FilingKind::Claim) { common } else { &[] };
    let mut answers = visible.clone();
    answers.insert(FEE_EXEMPT.to_string(), Answer::Bool(fee_exempt(q, today)));
    shared
        .iter()
        .map(|c| own.iter().find(|o| o.id == c.id).unwrap_or(c))
        .chain(own.iter().filter(|o| !shared.iter().any(|c| c.id == o.id)))
        .filter(|c| holds_on(c.when, &answers, Some(today)))
        .map(|check| {
            let computed = !check.met_when.trim().is_empty() && holds_on(check.met_when, &answers, Some(today));
            let state = match (computed, check.ask, ticked.contains(check.id)) {
                (true, _, _) => ItemState::Met,
                (false, true, true) => ItemState::Confirmed,
                (false, true, false) => ItemState::ToConfirm,
                (false, false, _) => ItemState::Unmet,
            };
            Item { check, state }
        })
        .collect()
}

/// Whether the document's fee line says nothing is paid when filing (an exemption or a deferral).
fn fee_exempt(q: &Questionnaire, today: Date) -> bool {
    if !q.document.computed.contains(&"fee") {
        return false;
    }
    let subject = match q.document.fee_subject {
        "labour" => FeeSubject::Labour,
        "alimony" => FeeSubject::Alimony,
        "health_harm" => FeeSubject::HealthHarm,
        "consumer" => FeeSubject::Consumer,
        _ => return false,
    };
    let request = FeeRequest { filed_on: today, value: ClaimValue::NonProperty, subject, plaintiff_has_disability: false };
    state_fee(&request).is_ok_and(|fee| fee.amount_tiyn == 0 && (fee.basis.is_exemption() || fee.basis == FeeBasis::DeferredConsumer))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;
    use crate::core::interview::Interview;
    use crate::core::lang::Lang;

    fn today() -> Date {
        Date::new(2026, 11, 20)
    }

    fn choice(v: &str) -> Answer {
        Answer::Choice(v.to_string())
    }

    fn check(id: &str, answers: Answers, ticked: &[&str]) -> Vec<(&'static str, ItemState)> {
        let q = content::questionnaire(id, Lang::Ru).expect("questionnaire");
        let visible = Interview::new(q, answers).on(today()).visible_answers();
        let ticked = ticked.iter().map(|s| s.to_string()).collect();
        filing_check(q, content::filing_entry(q.id), content::common_filing_checks(), &visible, &ticked, today()).into_iter().map(|i| (i.check.id, i.state)).collect()
    }

    fn state(items: &[(&'static str, ItemState)], id: &str) -> Option<ItemState> {
        items.iter().find(|(i, _)| *i == id).map(|(_, s)| *s)
    }

    fn wages(exception: &str, result: Option<&str>) -> Answers {
        let mut a = Answers::new();
        a.insert("wants_reinstatement".into(), Answer::Bool(false));
        a.insert("commission_exception".into(), choice(exception));
        if let Some(r) = result {
            a.insert("commission_result".into(), choice(r));
        }
        a
    }

    #[test]
    fn a_wages_claim_without_the_commission_has_the_commission_item_unmet() {
        let items = check("labor.wages.claim", wages("none", Some("not_applied")), &[]);
        assert_eq!(state(&items, "commission"), Some(ItemState::Unmet), "{items:?}");
    }

    #[test]
    fn a_wages_claim_after_the_commission_or_needing_none_has_it_met() {
        for (exception, result) in [("none", Some("not_executed")), ("none", Some("unresolved")), ("micro", None), ("domestic", None)] {
            let items = check("labor.wages.claim", wages(exception, result), &[]);
            assert_eq!(state(&items, "commission"), Some(ItemState::Met), "{exception} {result:?}: {items:?}");
        }
    }

    #[test]
    fn a_reinstatement_claim_has_the_same_commission_item() {
        let mut skipped = wages("none", Some("not_applied"));
        skipped.remove("wants_reinstatement");
        assert_eq!(state(&check("labor.reinstatement.claim", skipped, &[]), "commission"), Some(ItemState::Unmet));
        let mut done = wages("none", Some("unresolved"));
        done.remove("wants_reinstatement");
        assert_eq!(state(&check("labor.reinstatement.claim", done, &[]), "commission"), Some(ItemState::Met));
    }

    #[test]
    fn a_named_fee_exemption_meets_the_fee_item_and_a_fee_to_pay_is_asked() {
        // Labour claims: the document names the exemption.
        let items = check("labor.wages.claim", wages("micro", None), &[]);
        assert_eq!(state(&items, "fee"), Some(ItemState::Met), "{items:?}");
        // A loan claim pays the fee: the reader confirms the receipt.
        let loan = check("debt.loan.claim", Answers::new(), &[]);
        assert_eq!(state(&loan, "fee"), Some(ItemState::ToConfirm), "{loan:?}");
        let ticked = check("debt.loan.claim", Answers::new(), &["fee"]);
        assert_eq!(state(&ticked, "fee"), Some(ItemState::Confirmed), "{ticked:?}");
    }

    #[test]
    fn every_claim_gets_the_common_items_and_other_documents_none() {
        for id in ["labor.wages.claim", "debt.loan.claim", "alimony.claim"] {
            let items = check(id, Answers::new(), &[]);
            for common in ["copies", "signature", "fee", "representative", "court"] {
                assert!(state(&items, common).is_some(), "{id}: no `{common}` in {items:?}");
            }
        }
        assert!(check("court.power.attorney", Answers::new(), &[]).is_empty());
        assert!(check("debt.loan.demand", Answers::new(), &[]).is_empty());
    }

    #[test]
    fn the_ticks_are_saved_with_the_draft_and_an_old_draft_has_none() {
        use crate::core::interview::form::{leftover, load_draft, save_draft, Raw};
        let q = content::questionnaire("debt.loan.claim", Lang::Ru).expect("questionnaire");
        let mut raw = Raw::new();
        raw.insert("loan_amount".into(), "1000".into());
        raw.insert(tick_key("fee"), "yes".into());
        let text = save_draft(q, &raw);
        let restored = load_draft(q, &text).expect("a draft");
        assert_eq!(ticked(&restored.raw), ["fee".to_string()].into_iter().collect::<BTreeSet<_>>());
        assert!(leftover(q, &restored.raw).is_empty(), "a tick is not an answer left over: {:?}", leftover(q, &restored.raw));
        assert!(restored.unusable.is_empty(), "{:?}", restored.unusable);
        // A draft saved before the check existed: nothing ticked, every asked item to confirm.
        let old = format!("zanger-draft 2\n{}\nschema {}\nloan_amount=1000\n", q.id, q.version);
        let restored = load_draft(q, &old).expect("an old draft");
        assert!(ticked(&restored.raw).is_empty());
    }

    #[test]
    fn asked_items_follow_the_ticks() {
        let items = check("debt.loan.claim", Answers::new(), &["signature"]);
        assert_eq!(state(&items, "signature"), Some(ItemState::Confirmed));
        assert_eq!(state(&items, "copies"), Some(ItemState::ToConfirm));
    }
}
