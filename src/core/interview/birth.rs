//! The birth date an ИИН gives against the birth date typed beside it.
//!
//! An ИИН's first six digits are the birth date (YYMMDD) and its 7th the century (`calc::ids`), so a
//! questionnaire that asks both a person's ИИН and their birth date can tell when one of them is wrong.
//! The pairs are found by name, for every questionnaire: `<prefix>_iin` (an `iin` question) with
//! `<prefix>_born` (a `date` question), e.g. `plaintiff_iin` / `plaintiff_born`, `defendant_iin` /
//! `defendant_born`, outside groups and inside each item of a group. The message shows at the birth-date
//! field and says which date the ИИН gives.

use super::answers::{Answer, Answers};
use super::model::{Kind, Question, Questionnaire};
use crate::core::calc::ids::{validate_iin, BirthDate};

/// The birth-date fields (`plaintiff_born`, `children.0.born`) whose answer differs from the date the
/// ИИН beside it gives, with that date. Reads the answers that count; a missing answer or an invalid
/// ИИН gives nothing (the field's own check reports those).
pub fn mismatches(q: &Questionnaire, visible: &Answers) -> Vec<(String, BirthDate)> {
    let mut out = Vec::new();
    let questions: Vec<&Question> = q.pages.iter().flat_map(|p| p.questions).collect();
    check(&questions, visible, "", &mut out);
    for group in &questions {
        let (Kind::Group { questions: fields, .. }, Some(Answer::Group(items))) = (&group.kind, visible.get(group.id)) else { continue };
        let fields: Vec<&Question> = fields.iter().collect();
        for (i, item) in items.iter().enumerate() {
            check(&fields, item, &format!("{}.{i}.", group.id), &mut out);
        }
    }
    out
}

/// Each `<prefix>_iin` / `<prefix>_born` pair (or `iin` / `born`) among `questions`, judged on `answers`.
fn check(questions: &[&Question], answers: &Answers, key_prefix: &str, out: &mut Vec<(String, BirthDate)>) {
    for iin_q in questions.iter().filter(|x| x.kind == Kind::Iin) {
        let Some(person) = iin_q.id.strip_suffix("iin").filter(|p| p.is_empty() || p.ends_with('_')) else { continue };
        let born_id = format!("{person}born");
        if !questions.iter().any(|x| x.id == born_id && matches!(x.kind, Kind::Date { .. })) {
            continue;
        }
        let (Some(Answer::Text(iin)), Some(Answer::Date(born))) = (answers.get(iin_q.id), answers.get(&born_id)) else { continue };
        let Ok(iin) = validate_iin(iin) else { continue };
        let same = match iin.birth {
            BirthDate::Full(date) => date == *born,
            BirthDate::CenturyUnknown { year_in_century, month, day } => {
                (born.year % 100, born.month, born.day) == (u16::from(year_in_century), month, day)
            }
        };
        if !same {
            out.push((format!("{key_prefix}{born_id}"), iin.birth));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::model::Texts;
    use crate::core::date::Date;
    use crate::core::interview::model::Page;
    use crate::core::interview::Interview;

    const T: Texts = Texts { kk: "к", ru: "р", en: "e" };
    const fn q(id: &'static str, kind: Kind) -> Question {
        Question { id, kind, label: T, hint: T, required: false, show_if: "", labels: &[] }
    }
    static HEIR: [Question; 2] = [q("born", Kind::Date { past_only: true }), q("iin", Kind::Iin)];
    static PAGES: [Page; 1] = [Page {
        id: "p",
        title: T,
        show_if: "",
        questions: &[
            q("plaintiff_born", Kind::Date { past_only: true }),
            q("plaintiff_iin", Kind::Iin),
            q("defendant_iin", Kind::Iin),
            q("heirs", Kind::Group { questions: &HEIR, min: 0, max: 3 }),
        ],
    }];
    static Q: Questionnaire = Questionnaire::fixture("x", &PAGES);

    fn person(iin: &str, born: Date) -> Answers {
        Answers::from([("plaintiff_iin".into(), Answer::Text(iin.into())), ("plaintiff_born".into(), Answer::Date(born))])
    }

    #[test]
    fn a_birth_date_other_than_the_iins_is_refused_at_the_birth_date_field() {
        let wrong = person("850505400127", Date::new(1990, 1, 1));
        assert_eq!(mismatches(&Q, &wrong), [("plaintiff_born".to_string(), BirthDate::Full(Date::new(1985, 5, 5)))]);
        assert!(mismatches(&Q, &person("850505400127", Date::new(1985, 5, 5))).is_empty());
        // The century digit counts: 05.05.1885 is not 05.05.1985.
        assert_eq!(mismatches(&Q, &person("850505400127", Date::new(1885, 5, 5))).len(), 1);
    }

    #[test]
    fn an_unknown_century_compares_day_month_and_the_years_last_digits() {
        assert!(mismatches(&Q, &person("991228000107", Date::new(1999, 12, 28))).is_empty());
        assert_eq!(
            mismatches(&Q, &person("991228000107", Date::new(1998, 12, 28))),
            [("plaintiff_born".to_string(), BirthDate::CenturyUnknown { year_in_century: 99, month: 12, day: 28 })]
        );
    }

    #[test]
    fn nothing_to_compare_gives_nothing() {
        let only_iin = Answers::from([("plaintiff_iin".into(), Answer::Text("850505400127".into()))]);
        assert!(mismatches(&Q, &only_iin).is_empty());
        assert!(mismatches(&Q, &person("850505400128", Date::new(1990, 1, 1))).is_empty(), "an invalid ИИН is the field's own error");
        let defendant = Answers::from([("defendant_iin".into(), Answer::Text("850505400127".into()))]);
        assert!(mismatches(&Q, &defendant).is_empty(), "no defendant_born question");
    }

    #[test]
    fn group_items_are_checked_each_at_its_own_field() {
        let heir = |iin: &str, born: Date| Answers::from([("iin".into(), Answer::Text(iin.into())), ("born".into(), Answer::Date(born))]);
        let a = Answers::from([(
            "heirs".into(),
            Answer::Group(vec![heir("850505400127", Date::new(1985, 5, 5)), heir("900101300126", Date::new(1990, 1, 2))]),
        )]);
        assert_eq!(mismatches(&Q, &a), [("heirs.1.born".to_string(), BirthDate::Full(Date::new(1990, 1, 1)))]);
    }

    #[test]
    fn every_real_questionnaire_that_asks_both_compares_them() {
        let mut checked = Vec::new();
        for q in crate::core::content::questionnaires(crate::core::lang::Lang::Ru) {
            for who in ["plaintiff", "defendant"] {
                let (iin, born) = (format!("{who}_iin"), format!("{who}_born"));
                let asks = |id: &str| q.pages.iter().flat_map(|p| p.questions).any(|x| x.id == id);
                if !(asks(&iin) && asks(&born)) {
                    continue;
                }
                let wrong = Answers::from([(iin.clone(), Answer::Text("850505400127".into())), (born.clone(), Answer::Date(Date::new(1990, 1, 1)))]);
                assert_eq!(mismatches(q, &wrong), [(born.clone(), BirthDate::Full(Date::new(1985, 5, 5)))], "{}", q.id);
                checked.push(format!("{}:{who}", q.id));
            }
        }
        assert!(checked.len() >= 9, "{checked:?}");
        assert!(checked.contains(&"alimony.order:defendant".to_string()), "{checked:?}");
    }

    #[test]
    fn the_interview_reports_the_mismatch_and_cannot_be_finished() {
        let i = Interview::new(&Q, person("850505400127", Date::new(1990, 1, 1)));
        let conflicts = i.conflicts();
        assert_eq!(conflicts.len(), 1);
        assert_eq!(conflicts[0].0, "plaintiff_born");
        let ru = conflicts[0].1.message(crate::core::lang::Lang::Ru);
        assert!(ru.contains("05.05.1985"), "{ru}");
        assert!(!i.is_complete());
        let right = Interview::new(&Q, person("850505400127", Date::new(1985, 5, 5)));
        assert!(right.conflicts().is_empty());
        assert!(right.is_complete());
    }
}
