//! The application to recover court costs (content/questionnaires/court.costs.application.toml, issue #15):
//! ГПК art. 109 ч. 1, 5 and art. 113 ч. 1 read in rus/95109.md @2dfa9d98. The last day is one month from the
//! final act's entry into force (ч. 5), the costs follow the result (ч. 1: in proportion after a partial
//! win), the representative's fees are capped by art. 113 ч. 1 through the figures `costs.representative_share`
//! (10 % of the part granted) and `costs.representative_nonproperty` (300 МРП at 4 325 ₸ in 2026), read in a
//! value's expression as `figure.<key>`. Worked examples written out by hand.

use super::answers::{Answer, Answers};
use super::computed::tests::{default_answers, outcome, Outcome};
use super::Interview;
use crate::core::content;
use crate::core::date::Date;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 12, 7);

fn tenge(amount: i64) -> Answer {
    Answer::Money(amount * 100)
}

/// A claimant who won 1 000 000 ₸ in full; the decision took effect on 20.11.2026; a lawyer cost 150 000 ₸
/// and an expert 20 000 ₸.
fn won() -> Answers {
    let q = content::questionnaire("court.costs.application", Lang::Ru).expect("compiled");
    let mut answers = default_answers(q);
    answers.insert("outcome".into(), Answer::Choice("won_full".into()));
    answers.insert("role".into(), Answer::Choice("plaintiff".into()));
    answers.insert("claim_kind".into(), Answer::Choice("property".into()));
    answers.insert("final_date".into(), Answer::Date(Date::new(2026, 11, 20)));
    answers.insert("decision_date".into(), Answer::Date(Date::new(2026, 10, 16)));
    answers.insert("claim_amount".into(), tenge(1_000_000));
    answers.insert("rep_fee".into(), tenge(150_000));
    answers.insert("rep_name".into(), Answer::Text("Ахметов А.А.".into()));
    answers.insert("expert_fee".into(), tenge(20_000));
    // No travel and no other costs: left blank, as the form takes it (it refuses a sum of 0).
    answers.remove("travel");
    answers.remove("other_costs");
    answers.insert("opponent_name".into(), Answer::Text("ТОО «Альфа»".into()));
    answers.insert("late_reason".into(), Answer::Text("я лежал в больнице".into()));
    answers
}

fn on(answers: Answers, lang: Lang) -> Outcome {
    outcome("court.costs.application", answers, lang, TODAY)
}

#[test]
fn a_full_win_caps_the_lawyer_at_ten_percent_of_the_claim_and_counts_a_month_from_the_final_act() {
    let Outcome { text, steps, visible, exit, pages, .. } = on(won(), Lang::Ru);
    assert_eq!(exit, None);
    // 20.11.2026 + 1 month = Sunday 20.12.2026 → Monday 21.12.2026; 14 days left on 07.12.
    assert_eq!(visible.get("costs_last_day"), Some(&Answer::Date(Date::new(2026, 12, 21))));
    assert_eq!(visible.get("costs_days_left"), Some(&Answer::Number(14.0)));
    assert!(!pages.contains(&"late"), "{pages:?}");
    // 10 % of 1 000 000 = 100 000 < 150 000 paid; 100 000 + 20 000 = 120 000.
    assert_eq!(visible.get("share"), Some(&Answer::Number(1.0)));
    assert_eq!(visible.get("rep_limit"), Some(&tenge(100_000)));
    assert_eq!(visible.get("rep_claimed"), Some(&tenge(100_000)));
    assert_eq!(visible.get("total_claimed"), Some(&tenge(120_000)));
    assert!(text.contains("ЗАЯВЛЕНИЕ О ВЗЫСКАНИИ СУДЕБНЫХ ИЗДЕРЖЕК") && text.contains("Заявитель (истец): "), "{text}");
    assert!(text.contains("мой иск к ТОО «Альфа» удовлетворён полностью"), "{text}");
    assert!(text.contains("— оплата помощи представителя (Ахметов А.А.): 150\u{a0}000\u{a0}₸;") && !text.contains("проезд"), "{text}");
    assert!(text.contains("по моему иску этот предел составляет 100\u{a0}000\u{a0}₸"), "{text}");
    assert!(
        text.contains("Взыскать с ТОО «Альфа» в мою пользу судебные издержки в размере 120\u{a0}000\u{a0}₸ (сто двадцать тысяч тенге), в том числе расходы на оплату помощи представителя — 100\u{a0}000\u{a0}₸."),
        "{text}"
    );
    assert!(!text.contains("Восстановить"), "{text}");
    assert!(steps.contains("Последний день подачи заявления — 21.12.2026 (осталось дней: 14)"), "{steps}");
    assert!(steps.contains("этот предел — 100\u{a0}000\u{a0}₸"), "{steps}");
    assert!(text.contains("«___» ____________ 20___ г.  ________ / ") && !text.contains("07.12.2026"), "{text}");
}

#[test]
fn a_partial_win_shares_the_costs_in_proportion_for_either_side() {
    // Claimant: 600 000 of 1 000 000 granted → 60 %: lawyer 50 000 × 0.6 = 30 000 (cap 60 000), expert
    // 20 000 × 0.6 = 12 000, total 42 000.
    let mut answers = won();
    answers.insert("outcome".into(), Answer::Choice("won_part".into()));
    answers.insert("satisfied_amount".into(), tenge(600_000));
    answers.insert("rep_fee".into(), tenge(50_000));
    let Outcome { visible, text, .. } = on(answers.clone(), Lang::Ru);
    assert_eq!(visible.get("share"), Some(&Answer::Number(0.6)));
    assert_eq!(visible.get("rep_limit"), Some(&tenge(60_000)));
    assert_eq!(visible.get("rep_claimed"), Some(&tenge(30_000)));
    assert_eq!(visible.get("other_claimed"), Some(&tenge(12_000)));
    assert_eq!(visible.get("total_claimed"), Some(&tenge(42_000)));
    assert!(text.contains("Цена иска — 1\u{a0}000\u{a0}000\u{a0}₸, удовлетворено судом — 600\u{a0}000\u{a0}₸."), "{text}");
    // Defendant: 400 000 refused → 40 %: lawyer 150 000 × 0.4 = 60 000 with no cap computed, expert 8 000.
    answers.insert("role".into(), Answer::Choice("defendant".into()));
    answers.insert("rep_fee".into(), tenge(150_000));
    let Outcome { visible, text, steps, .. } = on(answers, Lang::Ru);
    assert_eq!(visible.get("share"), Some(&Answer::Number(0.4)));
    assert_eq!(visible.get("rep_limit"), None);
    assert_eq!(visible.get("total_claimed"), Some(&tenge(68_000)));
    assert!(text.contains("Заявитель (ответчик): ") && text.contains("иск ТОО «Альфа» ко мне удовлетворён частично"), "{text}");
    assert!(steps.contains("статья не говорит, поэтому предел мы не считали"), "{steps}");
    let q = content::questionnaire("court.costs.application", Lang::Ru).expect("compiled");
    let mut equal = won();
    equal.insert("outcome".into(), Answer::Choice("won_part".into()));
    equal.insert("satisfied_amount".into(), tenge(1_000_000));
    let broken: Vec<_> = Interview::new(q, equal).on(TODAY).broken_rules().iter().map(|r| r.id).collect();
    assert_eq!(broken, ["granted_less_than_claimed"]);
}

#[test]
fn a_non_property_claim_caps_the_lawyer_at_three_hundred_mrp_in_tenge() {
    // 300 × 4 325 ₸ (the 2026 МРП) = 1 297 500 ₸ < 2 000 000 paid; total 1 297 500 + 20 000 = 1 317 500.
    let mut answers = won();
    answers.insert("claim_kind".into(), Answer::Choice("nonproperty".into()));
    answers.insert("rep_fee".into(), tenge(2_000_000));
    let Outcome { visible, text, steps, .. } = on(answers, Lang::Ru);
    assert_eq!(visible.get("rep_limit"), Some(&tenge(1_297_500)));
    assert_eq!(visible.get("rep_claimed"), Some(&tenge(1_297_500)));
    assert_eq!(visible.get("total_claimed"), Some(&tenge(1_317_500)));
    assert!(text.contains("он составляет 1\u{a0}297\u{a0}500\u{a0}₸"), "{text}");
    assert!(steps.contains("по сегодняшнему МРП: 1\u{a0}297\u{a0}500\u{a0}₸"), "{steps}");
}

#[test]
fn a_late_application_asks_to_restore_the_period_and_the_other_endings_lead_elsewhere() {
    // In force 01.10.2026: a month later is Sunday 01.11.2026 → Monday 02.11.2026, past on 07.12.
    let mut answers = won();
    answers.insert("final_date".into(), Answer::Date(Date::new(2026, 10, 1)));
    let Outcome { visible, pages, text, steps, .. } = on(answers, Lang::Ru);
    assert_eq!(visible.get("costs_last_day"), Some(&Answer::Date(Date::new(2026, 11, 2))));
    assert!(pages.contains(&"late"), "{pages:?}");
    assert!(text.contains("я лежал в больнице. Согласно ст. 126 ГПК РК") && text.contains("Восстановить пропущенный срок подачи заявления"), "{text}");
    assert!(steps.contains("02.11.2026, он уже прошёл"), "{steps}");
    for (choice, exit) in [("lost", "lost"), ("settled", "settled")] {
        let mut answers = won();
        answers.insert("outcome".into(), Answer::Choice(choice.into()));
        assert_eq!(on(answers, Lang::Ru).exit, Some(exit));
    }
}

#[test]
fn the_kazakh_application_uses_the_code_s_words() {
    let Outcome { text, .. } = on(won(), Lang::Kk);
    assert!(text.contains("СОТ ШЫҒЫНДАРЫН ӨНДІРІП АЛУ ТУРАЛЫ АРЫЗ") && text.contains("113-бабының 1-бөлігіне"), "{text}");
    assert!(text.contains("Екінші тараптан (ТОО «Альфа») менің пайдама 120\u{a0}000\u{a0}₸") && text.contains("«___» ____________ 20___ ж."), "{text}");
}

/// The form refuses a sum of 0, so a cost the reader did not have is left blank: it counts as 0 ₸ in the
/// totals, and with every cost blank the rule "nothing to recover" stops the form (its hint said "write 0",
/// which the form refused: a reader without a lawyer could not go on).
#[test]
fn a_cost_left_blank_counts_as_none_and_all_blank_is_nothing_to_recover() {
    let q = content::questionnaire("court.costs.application", Lang::Ru).expect("compiled");
    let mut only_expert = won();
    only_expert.remove("rep_fee");
    let session = super::Session::with_answers(q, &only_expert, TODAY);
    assert!(session.rejected().is_empty() && session.walked().broken_rules().is_empty(), "{:?}", session.rejected());
    // 20 000 × 1 (a full win).
    assert_eq!(session.visible().get("total_claimed"), Some(&tenge(20_000)));
    let text: String = session.document(Lang::Ru).expect("every place filled").filled.blocks.iter().map(|b| b.text.clone() + "\n").collect();
    assert!(!text.contains("оплата помощи представителя") && text.contains("в размере 20\u{a0}000\u{a0}₸"), "{text}");

    let mut nothing = only_expert;
    nothing.remove("expert_fee");
    let session = super::Session::with_answers(q, &nothing, TODAY);
    assert_eq!(session.walked().broken_rules().iter().map(|r| r.id).collect::<Vec<_>>(), ["some_costs"]);
    assert!(!session.walked().is_complete());
}
