//! The UI strings, one typed catalogue per language. A string missing in any language is a compile
//! error, because every catalogue is a value of the same struct.

use crate::core::lang::Lang;

mod en;
mod kk;
mod ru;

use en::EN;
use kk::KK;
use ru::RU;

pub struct Ui {
    pub app_name: &'static str,
    pub tagline: &'static str,
    pub skip_to_content: &'static str,
    pub language_label: &'static str,
    pub home_heading: &'static str,
    pub home_intro: &'static str,
    pub home_link: &'static str,
    pub breadcrumbs_label: &'static str,
    pub topic_guides_heading: &'static str,
    pub topic_empty: &'static str,
    /// The topic page's list of documents to fill (questionnaires).
    pub topic_documents_heading: &'static str,
    pub guides_count: fn(usize) -> String,
    /// The home page's life situations: a heading for the topics whose id starts with each prefix
    /// (`family.alimony` → `family`), in the order shown.
    pub topic_groups: &'static [(&'static str, &'static str)],
    pub reviewed: &'static str,
    pub amendments_caution: &'static str,
    pub official_text: &'static str,
    pub sources_heading: &'static str,
    /// A guide's procedure timeline: its heading, the labels of a step's period and cost, and who acts
    /// (in the order of `content::Who::ALL`).
    pub timeline_heading: &'static str,
    pub timeline_period: &'static str,
    pub timeline_cost: &'static str,
    pub timeline_who: [&'static str; 10],
    pub source_version: &'static str,
    pub source_read: &'static str,
    pub source_via: &'static str,
    pub caution_secondary: &'static str,
    pub caution_label: &'static str,
    pub figures_heading: &'static str,
    pub figure_in_force_from: &'static str,
    pub figure_missing: &'static str,
    pub not_found_title: &'static str,
    pub not_found_text: &'static str,
    pub not_in_language: &'static str,
    pub footer_disclaimer: &'static str,
    pub footer_privacy: &'static str,
    pub cite_label: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    /// "Showing results for «…»" after a keyboard-layout repair.
    pub search_corrected: fn(&str) -> String,
    pub search_nothing: &'static str,
    pub search_browse: &'static str,
    pub search_count: fn(usize) -> String,
    pub search_clear: &'static str,
    /// What a search result opens: a guide to read, or a document to fill in (a questionnaire).
    pub search_kind_guide: &'static str,
    pub search_kind_form: &'static str,
    /// A search result that opens "I received a document".
    pub search_kind_received: &'static str,
    pub form_start: &'static str,
    /// On a questionnaire's start page read without scripts.
    pub form_needs_javascript: &'static str,
    pub form_step: fn(usize, usize) -> String,
    pub form_next: &'static str,
    pub form_back: &'static str,
    pub form_review: &'static str,
    pub form_review_heading: &'static str,
    pub form_change: &'static str,
    pub form_make_document: &'static str,
    pub form_print: &'static str,
    pub form_errors_heading: &'static str,
    pub form_yes: &'static str,
    pub form_no: &'static str,
    pub form_optional: &'static str,
    pub form_add_item: &'static str,
    pub form_remove_item: &'static str,
    pub form_item: fn(usize) -> String,
    pub form_erase: &'static str,
    pub form_erase_confirm: &'static str,
    pub form_exit_heading: &'static str,
    /// Under an exit that opens another questionnaire: the answers go along.
    pub form_exit_carry: &'static str,
    /// The heading of an exit that opens another questionnaire (another document fits).
    pub form_exit_other_heading: &'static str,
    /// Asked before the carried answers replace a draft the reader already has there.
    pub form_exit_replace_confirm: &'static str,
    pub form_draft_note: &'static str,
    /// The stored draft cannot be read at all (it is kept until the person chooses to start over).
    pub form_draft_unreadable: &'static str,
    pub form_document_caution: &'static str,
    pub form_not_answered: &'static str,
    pub erase_all: &'static str,
    pub erase_all_confirm: &'static str,
    pub erase_all_done: &'static str,
    pub update_ready: &'static str,
    pub update_reload: &'static str,
    /// The footer's button that keeps the whole portal on the device for use without internet (shown
    /// while the browser asks to save data, when only what was opened is kept), and what it says then.
    pub offline_keep: &'static str,
    pub offline_keep_working: &'static str,
    pub offline_keep_done: &'static str,
    pub offline_keep_failed: &'static str,
    /// The home page's list of unfinished documents (drafts) on this device.
    pub drafts_heading: &'static str,
    pub drafts_intro: &'static str,
    pub drafts_continue: &'static str,
    pub drafts_delete: &'static str,
    pub drafts_delete_confirm: &'static str,
    /// While the language's guides and questionnaires arrive (first visit, or a new language).
    pub content_loading: &'static str,
    pub content_failed: &'static str,
    pub content_retry: &'static str,
    pub form_download_docx: &'static str,
    pub form_download_pdf: &'static str,
    pub form_pdf_failed: &'static str,
    /// The document would have a blank where a value belongs: heading and what to do.
    pub form_unfilled_heading: &'static str,
    pub form_unfilled_lead: &'static str,
    /// A value the app computes (named by its key) that the answers did not give.
    pub form_unfilled_computed: fn(&str) -> String,
    /// The reader's own dates under a document (`form/dates.rs`): heading, the calendar button and what it does.
    pub dates_heading: &'static str,
    pub dates_calendar: &'static str,
    pub dates_calendar_hint: &'static str,
    pub form_export: &'static str,
    pub form_import: &'static str,
    pub form_import_done: &'static str,
    pub form_import_not_draft: &'static str,
    pub form_import_newer: &'static str,
    pub form_import_other: &'static str,
    /// The stored draft was saved by a newer app (it is kept until the person chooses to start over).
    pub form_draft_newer: &'static str,
    /// Above the answers kept from an earlier version of the questionnaire that it no longer asks.
    pub form_leftover: &'static str,
    /// Above the list of a draft's answers that could not be restored, by question.
    pub form_draft_unrestored: &'static str,
    /// After that list, only when other answers did come back.
    pub form_draft_rest_saved: &'static str,
    /// Hides that list.
    pub form_draft_dismiss: &'static str,
    /// A damaged line of a draft that names no question.
    pub form_draft_line: fn(usize) -> String,
    /// One entry of the list: the question's label and the value as typed.
    pub form_draft_value: fn(&str, &str) -> String,
    /// Erases a stored draft that cannot be opened, to start again (after a confirmation).
    pub form_draft_start_over: &'static str,
    /// On the home page's list, beside a draft this version cannot open.
    pub drafts_unreadable: &'static str,
    /// "Check before you file" above a court document's downloads (`form/filing.rs`): heading, what it
    /// is, each item's state in words, the label of its legal basis, and how many items are left.
    pub filing_heading: &'static str,
    pub filing_lead: &'static str,
    pub filing_met: &'static str,
    pub filing_confirmed: &'static str,
    pub filing_to_confirm: &'static str,
    pub filing_unmet: &'static str,
    pub filing_basis: &'static str,
    pub filing_left: fn(usize, usize) -> String,
    pub filing_all_done: &'static str,
    /// "What to do next" under a document (not printed).
    pub next_heading: &'static str,
    /// Before the checklist of the document's attachments.
    pub next_attachments: &'static str,
    /// Whom the document is addressed to (the court).
    pub next_addressee: fn(&str) -> String,
    pub next_sources_heading: &'static str,
    pub read_aloud: &'static str,
    pub read_aloud_stop: &'static str,
    /// The page "I received a document" (`ui::pages::received`, `core::triage`).
    pub received_title: &'static str,
    /// Beside the home page's link to the triage.
    pub home_received_lead: &'static str,
    pub received_intro: &'static str,
    /// The legend of the choice of paper, and the hint under it.
    pub received_kind_legend: &'static str,
    pub received_kind_hint: &'static str,
    /// Before each sign of a paper: its title words, who signs it, what it demands.
    pub received_looks_title: &'static str,
    pub received_looks_signed: &'static str,
    pub received_looks_demands: &'static str,
    /// The date field's label: the day the paper was received, or the date the act was made.
    pub received_date_received: &'static str,
    pub received_date_made: &'static str,
    pub received_date_announced: &'static str,
    pub received_date_hint: &'static str,
    pub received_submit: &'static str,
    pub received_error_kind: &'static str,
    pub received_error_date_missing: &'static str,
    pub received_error_date_invalid: &'static str,
    pub received_error_date_future: &'static str,
    /// "This is: <paper>".
    pub received_what_heading: fn(&str) -> String,
    /// "Last day to act: <date>".
    pub received_last_day: fn(&str) -> String,
    /// Days from today to the last day (0: today is the last day).
    pub received_days_left: fn(i64) -> String,
    /// The period passed this many days ago.
    pub received_passed: fn(i64) -> String,
    pub received_no_period: &'static str,
    /// Part of the count rests on a rule not confirmed from an act's text.
    pub received_caution: &'static str,
    /// The count went through years whose holiday transfers are not known (the years, joined).
    pub received_incomplete: fn(&str) -> String,
    /// "Basis" before the period's act and article.
    pub received_basis: &'static str,
    pub received_if_missed_heading: &'static str,
    /// Instead of that heading when the law sets no period.
    pub received_when_heading: &'static str,
    pub received_restore_heading: &'static str,
    pub received_answer_heading: &'static str,
    /// Link texts when the questionnaire's or guide's title is not loaded yet.
    pub received_open_form: &'static str,
    pub received_open_guide: &'static str,
    /// Before the guide's title: "Read more".
    pub received_more: &'static str,
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Kk => &KK,
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

/// A field's label followed by a message, as in the error summary: «Дата рождения: Укажите дату».
/// A label that already ends in `?` or `:` gets no second colon: «Какая у вас ситуация? Ответьте…».
pub fn label_with_message(label: &str, message: &str) -> String {
    let label = label.trim_end();
    if label.ends_with(['?', ':', '？']) {
        format!("{label} {message}")
    } else {
        format!("{label}: {message}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_ending_in_a_question_mark_or_colon_gets_no_second_colon() {
        assert_eq!(label_with_message("Какая у вас ситуация?", "Ответьте на вопрос."), "Какая у вас ситуация? Ответьте на вопрос.");
        assert_eq!(label_with_message("Сумма:", "Введите число."), "Сумма: Введите число.");
        assert_eq!(label_with_message("Дата рождения", "Укажите дату."), "Дата рождения: Укажите дату.");
    }

    #[test]
    fn counts_agree_in_number() {
        assert_eq!((ui(Lang::Ru).guides_count)(1), "1 инструкция");
        assert_eq!((ui(Lang::Ru).guides_count)(3), "3 инструкции");
        assert_eq!((ui(Lang::Ru).guides_count)(11), "11 инструкций");
        assert_eq!((ui(Lang::En).guides_count)(2), "2 guides");
        assert_eq!((ui(Lang::Kk).guides_count)(2), "2 нұсқаулық");
    }

    #[test]
    fn catalogues_differ_per_language() {
        assert_ne!(ui(Lang::Kk).home_heading, ui(Lang::Ru).home_heading);
        assert_ne!(ui(Lang::Ru).home_heading, ui(Lang::En).home_heading);
    }
}
