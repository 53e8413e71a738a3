//! Exits that open another questionnaire carry the answers already given (content/README.md "Questionnaires"):
//! court.appeal sends a ruling to court.private.appeal and a court order to court.order.objection, and
//! court.order.objection sends a claim to court.response, court.private.appeal a court order to
//! court.order.objection; each target starts without ending again.

use super::carry::carry;
use super::form::{self, Raw};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

#[test]
fn the_appeal_and_the_objection_open_the_form_that_fits_and_the_target_does_not_end_again() {
    for (from, question, choice, exit, to, carried_id) in [
        ("court.appeal", "act_kind", "ruling", "ruling", "court.private.appeal", "act_kind"),
        ("court.appeal", "act_kind", "court_order", "court_order", "court.order.objection", "act_kind"),
        ("court.order.objection", "act_kind", "claim", "claim", "court.response", "plaintiff_name"),
        ("court.private.appeal", "act_kind", "court_order", "court_order", "court.order.objection", "act_kind"),
    ] {
        let (q, target) = (content::questionnaire(from, Lang::Ru).expect("compiled"), content::questionnaire(to, Lang::Ru).expect("compiled"));
        let raw: Raw = [(question.to_string(), choice.to_string()), ("plaintiff_name".to_string(), "Иванов Иван".to_string())].into();
        let (read, _) = form::read(q, &raw, TODAY);
        let interview = super::Interview::new(q, read).on(TODAY);
        let e = interview.exit().expect("an exit");
        assert_eq!((e.id, e.link), (exit, format!("questionnaire:{to}").as_str()), "{from}");
        let carried = carry(q, &raw, target, TODAY);
        assert!(carried.contains_key(carried_id), "{from} → {to}: {carried:?}");
        let (read, rejected) = form::read(target, &carried, TODAY);
        assert!(rejected.is_empty(), "{rejected:?}");
        assert_eq!(super::Interview::new(target, read).on(TODAY).exit().map(|e| e.id), None, "{from} → {to} ends again");
    }
}
