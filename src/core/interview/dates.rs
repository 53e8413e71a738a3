//! The reader's own dates after a document is made: each deadline the questionnaire marks as an `event`
//! (`[[values]]` with `event.kk/ru/en`), computed from the answers, in date order. The document page
//! lists them as a timeline and offers them as a calendar file (`writers::ics`).

use super::model::{Questionnaire, ValueKind};
use super::{Answer, Answers};
use crate::core::date::Date;
use crate::core::lang::Lang;
use crate::core::writers::ics::Event;

/// One of the reader's dates.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderDate {
    /// The value's id (alternatives share it).
    pub id: &'static str,
    pub date: Date,
    /// What happens on that day, in the reader's language.
    pub event: &'static str,
}

/// The dates of `q` that `visible` (the visible answers with the computed values) holds, earliest first.
/// A value with alternatives takes the event text of its first entry that has one.
pub fn reader_dates(q: &Questionnaire, visible: &Answers, lang: Lang) -> Vec<ReaderDate> {
    let mut out: Vec<ReaderDate> = Vec::new();
    for value in q.values.iter().filter(|v| matches!(v.kind, ValueKind::Deadline(_))) {
        let event = value.event.get(lang);
        if event.is_empty() || out.iter().any(|d| d.id == value.id) {
            continue;
        }
        if let Some(Answer::Date(date)) = visible.get(value.id) {
            out.push(ReaderDate { id: value.id, date: *date, event });
        }
    }
    out.sort_by_key(|d| d.date);
    out
}

/// The calendar events of the dates still ahead on `today` (a passed day is no use as a reminder), each
/// described with the document's title.
pub fn calendar_events(q: &Questionnaire, dates: &[ReaderDate], lang: Lang, today: Date) -> Vec<Event> {
    dates
        .iter()
        .filter(|d| d.date >= today)
        .map(|d| Event {
            uid: format!("{}-{}-{:04}{:02}{:02}@zanger", q.id, d.id, d.date.year, d.date.month, d.date.day),
            date: d.date,
            summary: d.event.to_string(),
            description: format!("{} — Заңгер", q.title.get(lang)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content;
    use crate::core::interview::computed::tests::{default_answers, outcome};
    use crate::core::writers::ics::calendar;

    #[test]
    fn an_objection_s_last_day_becomes_the_reader_s_date_and_a_calendar_event() {
        // Received Monday 07.12.2026: ten working days (ГПК art. 141 ч. 2) skip two weekends and
        // Independence Day (16.12), so the last day is Tuesday 22.12.2026 (see defense_deadlines.rs).
        let q = content::questionnaire("court.order.objection", Lang::Ru).unwrap();
        let mut answers = default_answers(q);
        answers.insert("act_kind".into(), Answer::Choice("court_order".into()));
        answers.insert("how_learned".into(), Answer::Choice("copy".into()));
        answers.insert("order_date".into(), Answer::Date(Date::new(2026, 10, 30)));
        answers.insert("received_date".into(), Answer::Date(Date::new(2026, 12, 7)));
        let today = Date::new(2026, 12, 7);
        let visible = outcome("court.order.objection", answers, Lang::Ru, today).visible;
        let dates = reader_dates(q, &visible, Lang::Ru);
        assert_eq!(
            dates,
            vec![ReaderDate { id: "order_last_day", date: Date::new(2026, 12, 22), event: "Последний день подать возражение на судебный приказ" }]
        );
        let events = calendar_events(q, &dates, Lang::Ru, today);
        assert_eq!(events[0].uid, "court.order.objection-order_last_day-20261222@zanger");
        assert_eq!(events[0].description, "Возражение на судебный приказ — Заңгер");
        let ics = calendar(&events, Lang::Ru, today);
        assert!(ics.contains("DTSTART;VALUE=DATE:20261222\r\n"), "{ics}");
        // A day already passed stays in the timeline but is no reminder.
        assert!(calendar_events(q, &dates, Lang::Ru, Date::new(2026, 12, 23)).is_empty());
    }

    #[test]
    fn every_event_text_is_written_in_the_reader_s_language() {
        for lang in Lang::ALL {
            for q in content::questionnaires(lang) {
                for v in q.values.iter().filter(|v| !v.event.get(lang).is_empty()) {
                    assert!(matches!(v.kind, ValueKind::Deadline(_)), "{}: {} is not a date", q.id, v.id);
                    let text = v.event.get(lang);
                    let cyrillic = text.chars().any(|c| ('а'..='я').contains(&c.to_lowercase().next().unwrap_or(c)));
                    assert_eq!(cyrillic, lang != Lang::En, "{} {}: {text}", q.id, v.id);
                }
            }
        }
    }
}
