//! The UI strings, one typed catalogue per language. A string missing in any language is a compile
//! error, because every catalogue is a value of the same struct.

use crate::core::lang::Lang;

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
    pub guides_count: fn(usize) -> String,
    pub reviewed: &'static str,
    pub amendments_caution: &'static str,
    pub official_text: &'static str,
    pub sources_heading: &'static str,
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
}

pub fn ui(lang: Lang) -> &'static Ui {
    match lang {
        Lang::Kk => &KK,
        Lang::Ru => &RU,
        Lang::En => &EN,
    }
}

static KK: Ui = Ui {
    app_name: "Заңгер",
    tagline: "Құқығыңызды біліңіз: түсінікті нұсқаулықтар мен сотқа құжаттар",
    skip_to_content: "Негізгі мазмұнға өту",
    language_label: "Тіл",
    home_heading: "Сізге не керек?",
    home_intro: "Тақырыпты таңдаңыз. Әр нұсқаулық заңның бабына сілтеме береді және не істеу керегін қадам-қадаммен түсіндіреді.",
    home_link: "Басты бет",
    breadcrumbs_label: "Сіз осындасыз",
    topic_guides_heading: "Нұсқаулықтар",
    topic_empty: "Бұл тақырып бойынша нұсқаулық әлі дайын емес.",
    guides_count: |n| format!("{n} нұсқаулық"),
    reviewed: "Соңғы тексерілген күні",
    amendments_caution: "2026 жылғы Конституциядан кейін кодекстерге өзгерістер енгізілуде. Маңызды қадам жасамас бұрын заңның ресми мәтінін тексеріңіз.",
    official_text: "Ресми мәтін",
    sources_heading: "Дереккөздер",
    source_version: "оқылған редакция",
    source_read: "оқылған күні",
    source_via: "қосымша дереккөз",
    caution_secondary: "Бұл дерек заңның өз мәтінінен емес, қосымша дереккөзден алынған. Ресми мәтінмен салыстырып тексеріңіз.",
    caution_label: "Назар аударыңыз",
    figures_heading: "Мәтіндегі сандар",
    figure_in_force_from: "қолданылу басталған күні",
    figure_missing: "мән белгісіз",
    not_found_title: "Бет табылмады",
    not_found_text: "Мұндай бет жоқ. Басты беттен тақырыпты таңдаңыз.",
    not_in_language: "Бұл нұсқаулық әзірге қазақ тілінде жоқ. Мына тілде оқыңыз:",
    footer_disclaimer: "Заңгер — анықтамалық құрал, адвокаттың кеңесін алмастырмайды.",
    footer_privacy: "Сіз енгізген ештеңе құрылғыңыздан шықпайды.",
    cite_label: "Дереккөз",
    search_label: "Іздеу",
    search_placeholder: "Мысалы: алимент, жалақы, айыппұл",
    search_corrected: |q| format!("«{q}» бойынша нәтижелер көрсетілді"),
    search_nothing: "Ештеңе табылмады. Сөзді басқаша жазып көріңіз немесе тақырыпты таңдаңыз.",
    search_browse: "Барлық тақырыптар",
    search_count: |n| if n == 0 { "Нәтиже жоқ".into() } else { format!("{n} нәтиже") },
    search_clear: "Іздеуді тазалау",
};

static RU: Ui = Ui {
    app_name: "Заңгер",
    tagline: "Знайте свои права: понятные инструкции и документы для суда",
    skip_to_content: "Перейти к основному содержанию",
    language_label: "Язык",
    home_heading: "Что у вас случилось?",
    home_intro: "Выберите тему. Каждая инструкция ссылается на статью закона и по шагам объясняет, что делать.",
    home_link: "Главная",
    breadcrumbs_label: "Вы здесь",
    topic_guides_heading: "Инструкции",
    topic_empty: "Инструкция по этой теме ещё готовится.",
    guides_count: |n| {
        let form = match (n % 10, n % 100) {
            (1, r) if r != 11 => "инструкция",
            (2..=4, r) if !(12..=14).contains(&r) => "инструкции",
            _ => "инструкций",
        };
        format!("{n} {form}")
    },
    reviewed: "Последняя проверка",
    amendments_caution: "После Конституции 2026 года в кодексы вносятся изменения. Прежде чем действовать, сверьтесь с официальным текстом закона.",
    official_text: "Официальный текст",
    sources_heading: "Источники",
    source_version: "прочитанная редакция",
    source_read: "дата прочтения",
    source_via: "вторичный источник",
    caution_secondary: "Этот факт взят не из текста закона, а из вторичного источника. Сверьтесь с официальным текстом.",
    caution_label: "Внимание",
    figures_heading: "Цифры в тексте",
    figure_in_force_from: "действует с",
    figure_missing: "значение неизвестно",
    not_found_title: "Страница не найдена",
    not_found_text: "Такой страницы нет. Выберите тему на главной.",
    not_in_language: "Эта инструкция пока не переведена на русский. Прочитайте её на другом языке:",
    footer_disclaimer: "Заңгер — справочный инструмент и не заменяет консультацию адвоката.",
    footer_privacy: "Ничего из того, что вы вводите, не покидает ваше устройство.",
    cite_label: "Источник",
    search_label: "Поиск",
    search_placeholder: "Например: алименты, зарплата, штраф",
    search_corrected: |q| format!("Показаны результаты по запросу «{q}»"),
    search_nothing: "Ничего не найдено. Попробуйте написать иначе или выберите тему.",
    search_browse: "Все темы",
    search_count: |n| {
        let form = match (n % 10, n % 100) {
            (1, r) if r != 11 => "результат",
            (2..=4, r) if !(12..=14).contains(&r) => "результата",
            _ => "результатов",
        };
        if n == 0 { "Нет результатов".into() } else { format!("{n} {form}") }
    },
    search_clear: "Очистить поиск",
};

static EN: Ui = Ui {
    app_name: "Zanger",
    tagline: "Know your rights: plain guides and court documents",
    skip_to_content: "Skip to main content",
    language_label: "Language",
    home_heading: "What happened?",
    home_intro: "Choose a topic. Every guide cites the article of the law and explains what to do, step by step.",
    home_link: "Home",
    breadcrumbs_label: "You are here",
    topic_guides_heading: "Guides",
    topic_empty: "The guide for this topic is not ready yet.",
    guides_count: |n| if n == 1 { "1 guide".into() } else { format!("{n} guides") },
    reviewed: "Last reviewed",
    amendments_caution: "The codes are being amended after the 2026 Constitution. Check the official text of the law before you act.",
    official_text: "Official text",
    sources_heading: "Sources",
    source_version: "edition read",
    source_read: "read on",
    source_via: "secondary source",
    caution_secondary: "This fact comes from a secondary source, not from the text of the law. Check it against the official text.",
    caution_label: "Caution",
    figures_heading: "Figures in this text",
    figure_in_force_from: "in force from",
    figure_missing: "value unknown",
    not_found_title: "Page not found",
    not_found_text: "There is no such page. Choose a topic on the home page.",
    not_in_language: "This guide is not available in English yet. Read it in:",
    footer_disclaimer: "Zanger is a reference tool and does not replace a lawyer's advice.",
    footer_privacy: "Nothing you type leaves your device.",
    cite_label: "Source",
    search_label: "Search",
    search_placeholder: "For example: child support, wages, fine",
    search_corrected: |q| format!("Showing results for “{q}”"),
    search_nothing: "Nothing found. Try other words or choose a topic.",
    search_browse: "All topics",
    search_count: |n| match n {
        0 => "No results".into(),
        1 => "1 result".into(),
        n => format!("{n} results"),
    },
    search_clear: "Clear search",
};

#[cfg(test)]
mod tests {
    use super::*;

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
