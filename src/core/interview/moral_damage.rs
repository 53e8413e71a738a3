//! The claim for compensation of moral damage (content/questionnaires/civil.damage.moral.claim.toml): the ground of
//! ГК art. 951 the reader names (fault as the rule, п. 2; without fault, п. 3 подп. 1 and 3; not for property rights
//! alone, п. 4), the sum the reader asks as the price of the claim (ГПК art. 104 ч. 1 п. 1, ч. 2; the amount is the
//! court's, ГК art. 952: nothing is computed), evidence; no state fee is computed (its rule for moral damage is not
//! in the figures): the next step sends the reader to the court office. The app never dates or signs the claim.
//! Acts read: ГК rus/3559.md @00a657ed, ГПК rus/95109.md @2dfa9d98.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, with, Outcome};
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

/// The hand-worked example: a woman (ИИН 900101400122, 7th digit 4, even) was insulted and pushed by a neighbour on
/// 12.10.2026 and asks 300 000 ₸; no harm to health, no mediation.
fn claim() -> Answers {
    let q = content::questionnaire("civil.damage.moral.claim", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("event_date".into(), Answer::Date(Date::new(2026, 10, 12)));
    answers.insert("what_happened".into(), Answer::Text("ответчик при соседях оскорбил меня и толкнул".into()));
    answers.insert("suffering".into(), Answer::Text("унижение и стыд, бессонница".into()));
    answers.insert("moral_amount".into(), Answer::Money(30_000_000));
    answers.insert("plaintiff_name".into(), Answer::Text("Серикова Айгуль".into()));
    answers.insert("plaintiff_iin".into(), Answer::Text("900101400122".into()));
    answers.insert("defendant_name".into(), Answer::Text("Жумабеков Арман".into()));
    answers.insert("court_name".into(), Answer::Text("Бостандыкский районный суд г. Алматы".into()));
    answers.insert("evidence".into(), Answer::Text("показания свидетеля Ким О.".into()));
    answers
}

#[test]
fn the_generic_path_reaches_a_claim_for_the_sum_asked_with_the_fault_rule_and_a_blank_date() {
    let Outcome { text, steps, exit, next, .. } = outcome("civil.damage.moral.claim", claim(), Lang::Ru, TODAY);
    assert_eq!(exit, None);
    for part in [
        "В Бостандыкский районный суд г. Алматы",
        "Истец: Серикова Айгуль",
        "Ответчик: Жумабеков Арман",
        // The price of the claim is the sum asked (ГПК art. 104 ч. 1 п. 1): 30 000 000 tiyn = 300 000 ₸.
        "Цена иска: 300\u{a0}000\u{a0}₸",
        "ИСКОВОЕ ЗАЯВЛЕНИЕ о компенсации морального вреда",
        "12.10.2026 произошло следующее: ответчик при соседях оскорбил меня и толкнул",
        "В результате мне причинён моральный вред: унижение и стыд, бессонница",
        "в силу п. 2 ст. 951 ГК РК моральный вред возмещается причинителем при наличии вины причинителя",
        // The sum in figures and in words (calc::words), written out by hand.
        "Размер компенсации причинённого мне морального вреда я оцениваю в 300\u{a0}000\u{a0}₸ (триста тысяч тенге).",
        "Взыскать с ответчика (Жумабеков Арман) в мою пользу компенсацию морального вреда в размере 300\u{a0}000\u{a0}₸ (триста тысяч тенге).",
        "Документ об уплате государственной пошлины",
        "Доказательства: показания свидетеля Ким О.",
        "«___» ____________ 20___ г.  ________ / Серикова Айгуль",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains("07.12.2026") && !text.contains('{'), "{text}");
    assert!(!text.contains("независимо от вины") && !text.contains("Медицинские документы"), "{text}");
    // No fee is computed: the court office tells (no figure for moral damage in content/figures.toml).
    assert!(steps.contains("уточните в канцелярии суда"), "{steps}");
    assert!(!steps.contains("Госпошлина:"), "{steps}");
    let ids: Vec<&str> = next.steps.iter().map(|s| s.id).collect();
    assert!(ids.contains(&"fee") && !ids.contains(&"fee_health") && !ids.contains(&"court"), "{ids:?}");
}

#[test]
fn the_kazakh_claim_is_complete_and_undated() {
    let Outcome { text, exit, .. } = outcome("civil.damage.moral.claim", claim(), Lang::Kk, TODAY);
    assert_eq!(exit, None);
    for part in [
        "Моральдық зиянды өтеу туралы ТАЛАП ҚОЮ",
        "Талап қоюдың бағасы: 300\u{a0}000\u{a0}₸",
        "ҚР АК 951-бабының 2-тармағына сәйкес",
        "300\u{a0}000\u{a0}₸ (үш жүз мың теңге) деп бағалаймын",
        "«___» ____________ 20___ ж.",
    ] {
        assert!(text.contains(part), "`{part}` missing from\n{text}");
    }
    assert!(!text.contains('{') && !text.contains("07.12.2026"), "{text}");
}

#[test]
fn harm_to_health_by_a_car_needs_no_fault_attaches_medical_papers_and_names_the_exemption_with_a_caution() {
    let answers = with(claim(), "ground", Answer::Choice("danger".into()));
    let answers = with(answers, "health_harm", Answer::Bool(true));
    let Outcome { text, next, exit, .. } = outcome("civil.damage.moral.claim", answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("в силу подп. 1 п. 3 ст. 951 ГК РК в этом случае моральный вред возмещается независимо от вины причинителя"), "{text}");
    assert!(text.contains("Мне причинён вред здоровью") && text.contains("Медицинские документы, подтверждающие вред здоровью"), "{text}");
    assert!(!text.contains("Документ об уплате государственной пошлины") && !text.contains("при наличии вины причинителя"), "{text}");
    let ids: Vec<&str> = next.steps.iter().map(|s| s.id).collect();
    assert!(ids.contains(&"fee_health") && ids.contains(&"court") && !ids.contains(&"fee"), "{ids:?}");
    assert!(next.steps.iter().find(|s| s.id == "fee_health").is_some_and(|s| s.caution), "the exemption rests on a secondary source");
    assert!(next.steps.iter().find(|s| s.id == "amount").is_some_and(|s| !s.caution), "ГК 952 and ГПК 104 were read");
}

#[test]
fn defamation_is_compensated_without_fault() {
    let answers = with(claim(), "ground", Answer::Choice("defamation".into()));
    let Outcome { text, exit, .. } = outcome("civil.damage.moral.claim", answers, Lang::Ru, TODAY);
    assert_eq!(exit, None);
    assert!(text.contains("порочащие мои честь, достоинство и деловую репутацию; в силу подп. 3 п. 3 ст. 951 ГК РК"), "{text}");
}

#[test]
fn property_rights_alone_and_unlawful_arrest_leave_the_form() {
    let property = with(claim(), "ground", Answer::Choice("property".into()));
    assert_eq!(outcome("civil.damage.moral.claim", property, Lang::Ru, TODAY).exit, Some("property"));
    let unlawful = with(claim(), "ground", Answer::Choice("unlawful".into()));
    assert_eq!(outcome("civil.damage.moral.claim", unlawful, Lang::Ru, TODAY).exit, Some("unlawful"));
}
