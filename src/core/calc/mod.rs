//! Validators and calculators the questionnaires use: identity numbers, phone numbers, sums of money,
//! alimony and the penalty for paying it late, the state fee, deadlines and the competent court.
//!
//! Pure Rust, no browser types, tested natively. Every result that rests on a rule says which act and
//! article it comes from ([`Citation`]) and carries a `caution` flag when any of them is not confirmed
//! from the act's text (a secondary source or an inference), so the UI can ask the reader to check it.
//! The facts and their confidence come from `shared/research/kz-legal-facts.md`; figures that change
//! (МРП, fee rates) are read from `content/figures.toml`, holidays from `content/holidays.toml`.

pub mod alimony;
pub mod alimony_penalty;
pub mod court;
pub mod deadline;
pub mod fee;
pub mod ids;
pub mod money;
pub mod phone;
pub mod words;

use crate::core::content::model::{Confidence, Source};

/// A rule a result rests on: the act, the article and how firmly it is established.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Citation {
    pub act: &'static str,
    pub article: &'static str,
    /// The official text; empty when only a secondary source is known.
    pub url: &'static str,
    pub confidence: Confidence,
    /// The secondary source a `Secondary` rule was read in; empty otherwise.
    pub via: &'static str,
}

impl Citation {
    pub const fn new(act: Act, article: &'static str, confidence: Confidence) -> Citation {
        Citation { act: act.title(), article, url: act.url(), confidence, via: "" }
    }

    pub const fn via(self, via: &'static str) -> Citation {
        Citation { via, ..self }
    }

    /// The citation of a figure value or holiday record from the compiled content.
    pub fn from_source(source: &'static Source) -> Citation {
        Citation {
            act: source.act,
            article: source.article,
            url: source.url,
            confidence: source.confidence,
            via: source.via,
        }
    }
}

/// Whether any of `citations` must be checked against the official text.
pub fn needs_caution(citations: &[Citation]) -> bool {
    citations.iter().any(|c| c.confidence.needs_caution())
}

/// The acts the calculators cite, with their official addresses (as in `content/figures.toml`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Act {
    CivilProcedureCode,
    MarriageFamilyCode,
    TaxCode2017,
    TaxCode2025,
    AdministrativeProcedureCode,
    AdministrativeOffencesCode,
    CivilCodeSpecialPart,
    LabourCode,
    ConsumerProtectionLaw,
    /// The 2023 reorganisation of the district courts of Astana and Shymkent.
    CourtsDecree2023,
}

impl Act {
    pub const fn title(self) -> &'static str {
        match self {
            Act::CivilProcedureCode => "Гражданский процессуальный кодекс РК от 31.10.2015 № 377-V",
            Act::MarriageFamilyCode => "Кодекс РК о браке (супружестве) и семье от 26.12.2011 № 518-IV",
            Act::TaxCode2017 => "Налоговый кодекс РК от 25.12.2017 № 120-VI",
            Act::TaxCode2025 => "Налоговый кодекс РК от 18.07.2025 № 214-VIII",
            Act::AdministrativeProcedureCode => "Административный процедурно-процессуальный кодекс РК № 350-VI",
            Act::AdministrativeOffencesCode => "Кодекс РК об административных правонарушениях от 05.07.2014 № 235-V",
            Act::CivilCodeSpecialPart => "Гражданский кодекс РК (Особенная часть) от 01.07.1999 № 409-I",
            Act::LabourCode => "Трудовой кодекс РК от 23.11.2015 № 414-V",
            Act::ConsumerProtectionLaw => "Закон РК «О защите прав потребителей» от 04.05.2010 № 274-IV",
            Act::CourtsDecree2023 => "Указ от 15.05.2023 № 216 (об образовании межрайонных судов в Астане и Шымкенте)",
        }
    }

    pub const fn url(self) -> &'static str {
        match self {
            Act::CivilProcedureCode => "https://adilet.zan.kz/rus/docs/K1500000377",
            Act::MarriageFamilyCode => "https://adilet.zan.kz/rus/docs/K1100000518",
            Act::TaxCode2017 => "https://adilet.zan.kz/rus/docs/K1700000120",
            Act::TaxCode2025 => "https://adilet.zan.kz/rus/docs/K2500000214",
            Act::AdministrativeProcedureCode => "https://adilet.zan.kz/rus/docs/K2000000350",
            Act::AdministrativeOffencesCode => "https://adilet.zan.kz/rus/docs/K1400000235",
            Act::CivilCodeSpecialPart => "https://adilet.zan.kz/rus/docs/K990000409_",
            Act::LabourCode => "https://adilet.zan.kz/rus/docs/K1500000414",
            Act::ConsumerProtectionLaw => "https://adilet.zan.kz/rus/docs/Z100000274_",
            // Only news reports were read (globalnews.kz; kazpress.kz 16.05.2023).
            Act::CourtsDecree2023 => "",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caution_follows_the_weakest_citation() {
        let confirmed = Citation::new(Act::CivilProcedureCode, "ст. 29", Confidence::Confirmed);
        let secondary = Citation::new(Act::TaxCode2025, "ст. 665", Confidence::Secondary).via("lada.kz");
        assert!(!needs_caution(&[confirmed]));
        assert!(needs_caution(&[confirmed, secondary]));
        assert!(needs_caution(&[Citation::new(Act::CivilProcedureCode, "ст. 27", Confidence::Inferred)]));
        assert!(!needs_caution(&[]));
        assert_eq!(secondary.via, "lada.kz");
        assert_eq!(secondary.url, "https://adilet.zan.kz/rus/docs/K2500000214");
    }

    #[test]
    fn every_act_but_the_decree_links_to_its_official_text() {
        use Act::*;
        for act in [
            CivilProcedureCode,
            MarriageFamilyCode,
            TaxCode2017,
            TaxCode2025,
            AdministrativeProcedureCode,
            AdministrativeOffencesCode,
            CivilCodeSpecialPart,
            LabourCode,
            ConsumerProtectionLaw,
        ] {
            assert!(act.url().starts_with("https://adilet.zan.kz/rus/docs/"), "{act:?}");
            assert!(!act.title().is_empty());
        }
        assert_eq!(CourtsDecree2023.url(), "");
    }
}
