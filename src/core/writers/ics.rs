//! The reader's dates as an iCalendar file (RFC 5545), made in the browser: each date an all-day event
//! with two reminders, at 09:00 three days before and at 09:00 the day before (an all-day event starts
//! at local midnight, so the triggers are −P2DT15H and −PT15H). Phone calendars (Google, Apple,
//! Android) import it; nothing leaves the device.
//!
//! Text values are escaped (§3.3.11: backslash, semicolon, comma, line break), so an answer typed by the
//! reader can never add a property; lines are folded at 75 octets on character boundaries (§3.1) and end
//! with CRLF.

use crate::core::date::Date;
use crate::core::lang::Lang;

/// One date in the reader's calendar.
#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    /// Stable across downloads of the same document, so a calendar updates the event instead of adding
    /// a second one.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
}

/// The reminders: (trigger before the event's start at local midnight, what the reader is told).
pub const REMINDERS: [&str; 2] = ["-P2DT15H", "-PT15H"];

/// The calendar file for `events`, in `lang` (the language of the texts), stamped with `today`.
pub fn calendar(events: &[Event], lang: Lang, today: Date) -> String {
    let mut out = String::new();
    let mut line = |text: &str| fold_into(&mut out, text);
    line("BEGIN:VCALENDAR");
    line("VERSION:2.0");
    line(&format!("PRODID:-//Zanger//Zanger legal portal//{}", lang.code().to_uppercase()));
    line("CALSCALE:GREGORIAN");
    line("METHOD:PUBLISH");
    for event in events {
        let language = lang.code();
        line("BEGIN:VEVENT");
        line(&format!("UID:{}", escape(&event.uid)));
        line(&format!("DTSTAMP:{}T000000Z", basic(today)));
        line(&format!("DTSTART;VALUE=DATE:{}", basic(event.date)));
        line(&format!("DTEND;VALUE=DATE:{}", basic(event.date.add_days(1))));
        line(&format!("SUMMARY;LANGUAGE={language}:{}", escape(&event.summary)));
        line(&format!("DESCRIPTION;LANGUAGE={language}:{}", escape(&event.description)));
        line("TRANSP:TRANSPARENT");
        for trigger in REMINDERS {
            line("BEGIN:VALARM");
            line("ACTION:DISPLAY");
            line(&format!("DESCRIPTION:{}", escape(&event.summary)));
            line(&format!("TRIGGER:{trigger}"));
            line("END:VALARM");
        }
        line("END:VEVENT");
    }
    line("END:VCALENDAR");
    out
}

/// `20260115` for 15 January 2026 (the DATE form of §3.3.4).
fn basic(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year, date.month, date.day)
}

/// A TEXT value (§3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` with CRLF, folded so that no physical line is longer than 75 octets (a continuation
/// starts with one space, which counts), never inside a character.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    fn event(summary: &str) -> Event {
        Event { uid: "court.appeal-appeal_last_day@zanger".into(), date: Date::new(2026, 12, 31), summary: summary.into(), description: "Заңгер".into() }
    }

    #[test]
    fn an_event_is_a_whole_day_with_two_reminders_and_crlf_lines() {
        let ics = calendar(&[event("Последний день подать апелляционную жалобу")], Lang::Ru, Date::new(2026, 12, 7));
        let expected = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Zanger//Zanger legal portal//RU\r\nCALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n\
BEGIN:VEVENT\r\nUID:court.appeal-appeal_last_day@zanger\r\nDTSTAMP:20261207T000000Z\r\nDTSTART;VALUE=DATE:20261231\r\n\
DTEND;VALUE=DATE:20270101\r\n";
        assert!(ics.starts_with(expected), "{ics}");
        assert_eq!(ics.matches("BEGIN:VALARM").count(), 2);
        assert!(ics.contains("TRIGGER:-P2DT15H\r\n") && ics.contains("TRIGGER:-PT15H\r\n"));
        assert!(ics.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        assert!(!ics.replace("\r\n", "").contains('\n'), "no bare line feeds");
    }

    #[test]
    fn typed_text_cannot_add_properties() {
        let ics = calendar(&[event("Иванов, А.; суд\nEND:VEVENT\r\nBEGIN:VEVENT\\")], Lang::Ru, Date::new(2026, 12, 7));
        let ics = ics.replace("\r\n ", "");
        let lines: Vec<&str> = ics.split("\r\n").collect();
        assert_eq!(lines.iter().filter(|l| **l == "BEGIN:VEVENT" || **l == "END:VEVENT").count(), 2, "one event: {ics}");
        assert!(ics.contains("SUMMARY;LANGUAGE=ru:Иванов\\, А.\\; суд\\nEND:VEVENT\\nBEGIN:VEVENT\\\\\r\n"), "{ics}");
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        // 60 Cyrillic letters are 120 octets: the summary line must fold, and never split a letter.
        let summary = "ж".repeat(60);
        let ics = calendar(&[event(&summary)], Lang::Kk, Date::new(2026, 12, 7));
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        let unfolded = ics.replace("\r\n ", "");
        assert!(unfolded.contains(&format!("SUMMARY;LANGUAGE=kk:{summary}\r\n")), "{unfolded}");
        // The line goes on after a CRLF and one space.
        assert!(ics.contains("\r\n ж"), "{ics}");
    }
}
