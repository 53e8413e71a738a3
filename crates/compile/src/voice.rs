//! A filing contains only what belongs in a filing. Instructions to the reader («уточните в суде»,
//! «сотта нақтылаңыз», "check with the court") go on the page around the document (hints, next steps),
//! never into its template: the compiler refuses template text addressed to the reader.

use super::questionnaire::TextsSrc;
use super::FileReport;

/// Words that speak to the reader (second-person imperatives), per language. A document speaks to the
/// court in the first person («прошу», «сұраймын»), so none of these belongs in one.
const RU: [&str; 9] = ["уточните", "проверьте", "спросите", "обратитесь", "узнайте", "заполните", "впишите", "укажите", "подпишите"];
const KK: [&str; 8] = ["нақтылаңыз", "тексеріңіз", "сұраңыз", "жүгініңіз", "біліңіз", "толтырыңыз", "көрсетіңіз", "қол қойыңыз"];
const EN: [&str; 5] = ["check with", "ask the court office", "find out", "fill in", "make sure"];

/// Reports a template block whose text, in any language, is addressed to the reader.
pub fn check_block(text: &TextsSrc, line: usize, report: &mut FileReport) {
    for (lang, body, markers) in [("kk", &text.kk, &KK[..]), ("ru", &text.ru, &RU[..]), ("en", &text.en, &EN[..])] {
        if let Some(marker) = addressed(body, markers) {
            report.at_line(
                line,
                format!("document text ({lang}) is addressed to the reader («{marker}»): a filing speaks to the court; put instructions in a hint or a [[next]] step"),
            );
        }
    }
}

/// The first marker `text` contains as whole words, if any.
fn addressed<'a>(text: &str, markers: &[&'a str]) -> Option<&'a str> {
    let words: Vec<String> = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    let joined = format!(" {} ", words.join(" "));
    markers.iter().copied().find(|m| joined.contains(&format!(" {m} ")))
}

#[cfg(test)]
mod tests {
    use super::addressed;

    #[test]
    fn instructions_to_the_reader_are_found_as_whole_words_and_requests_to_the_court_are_not() {
        assert_eq!(addressed("Госпошлина: уточните в суде", &super::RU), Some("уточните"));
        assert_eq!(addressed("Мемлекеттік баж: сотта нақтылаңыз", &super::KK), Some("нақтылаңыз"));
        assert_eq!(addressed("State fee: check with the court", &super::EN), Some("check with"));
        assert_eq!(addressed("ПРОШУ СУД: взыскать с ответчика", &super::RU), None);
        assert_eq!(addressed("On this basis I ASK THE COURT:", &super::EN), None);
        assert_eq!(addressed("Уточнённые требования", &super::RU), None, "a noun is not an instruction");
    }
}
