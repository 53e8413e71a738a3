//! The state fee (мемлекеттік баж / госпошлина) an individual plaintiff pays on a claim filed on a date.
//!
//! Rates are read from `content/figures.toml` by key, never written here:
//! - a property (money) claim: `fee.property.individual` % of the claim price, at most
//!   `fee.property.individual_cap` × МРП. Tax Code 2017 art. 610(1)(1) (caps since 21.05.2023) and, from
//!   01.01.2026, Tax Code 2025 art. 665 [C3: news; the article number from a third-party project];
//! - a non-property claim: `fee.nonproperty.individual` × МРП, Tax Code 2025 art. 665(1)(7) [C3, low
//!   authority]; no value for 2024–2025 (the 2017 rate of 0.5 МРП is only [I]), so such a claim filed then
//!   is a [`FeeError::NotInForce`].
//!
//! The plaintiff is exempt on the grounds the Tax Code sets (ГПК art. 106(1) [C]):
//! - from 01.01.2026, Tax Code 2025 art. 668: п. 1 wage and other labour claims, п. 4 alimony, п. 5 harm
//!   from injury, other damage to health or death of a breadwinner, п. 13 persons with disabilities
//!   (proof attached) — all [C3, low authority: a third-party project's numbering];
//! - in 2024–2025, Tax Code 2017 art. 616: labour claims [C3]; persons with disabilities (пп. 13) [C3]
//!   from 15.09.2025, before that [I] (the sub-point existed — the Constitutional Court reviewed it in
//!   2024 — but its wording was not read); alimony and health harm [I] (they were exempt under the 2008
//!   code, art. 541 [C3], and are presumed kept).
//!
//! A citizen's consumer-protection claim is not exempt: ГПК art. 106(3) [C] defers the fee until the
//! decision, and the court then charges it to the losing side.
//!
//! Divorce, court-order, appeal, fine-complaint and administrative-claim rates under the 2025 code were
//! not found ([U] in the facts file) and give [`FeeError::RateUnknown`]. Legal entities are not covered.
//! Amounts are rounded to the nearest tiyn; no rounding rule of the Tax Code was read.

use crate::core::calc::money::{percent_of, scale, tenge_to_tiyn};
use crate::core::calc::{needs_caution, Act, Citation};
use crate::core::content::model::{Confidence, Texts};
use crate::core::date::Date;
use crate::core::figures::{self, Figure, FigureValue};

/// The day the 2025 Tax Code came into force (the 2017 code was repealed the same day).
const TAX_CODE_2025_FROM: Date = Date::new(2026, 1, 1);
/// The first day the figures and the exemption sources cover.
const COVERED_FROM: Date = Date::new(2024, 1, 1);
/// From this day the 2017 code's exemption expressly covered persons with disabilities [C3].
const DISABILITY_WIDENED: Date = Date::new(2025, 9, 15);

const GPK_106_1: Citation = Citation::new(Act::CivilProcedureCode, "ст. 106 ч. 1", Confidence::Confirmed);
const GPK_106_3: Citation = Citation::new(Act::CivilProcedureCode, "ст. 106 ч. 3", Confidence::Confirmed);
const KORGAN: &str = "сторонний проект korgan-legal-ai (модуль расчёта госпошлины), низкая надёжность";

/// What the claim asks for, which decides the rate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimValue {
    /// Money or property with a price (цена иска), in tiyn.
    Property { price_tiyn: i64 },
    /// A demand without a price (to do something, to recognise a right, …).
    NonProperty,
}

/// The kind of claim, for the exemptions and the rates that were not found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeSubject {
    General,
    /// Wages and other claims arising from employment.
    Labour,
    Alimony,
    /// Harm from injury, other damage to health, or the death of a breadwinner.
    HealthHarm,
    /// A citizen's claim to protect consumer rights.
    Consumer,
    Divorce,
    CourtOrder,
    Appeal,
    FineComplaint,
    AdministrativeClaim,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FeeRequest {
    pub filed_on: Date,
    pub value: ClaimValue,
    pub subject: FeeSubject,
    /// The plaintiff is a person with a disability.
    pub plaintiff_has_disability: bool,
}

/// Why the fee is what it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeBasis {
    Property,
    PropertyCapped,
    NonProperty,
    ExemptLabour,
    ExemptAlimony,
    ExemptHealthHarm,
    ExemptDisability,
    DeferredConsumer,
}

impl FeeBasis {
    /// A stable key for the UI and for tests.
    pub fn key(self) -> &'static str {
        match self {
            FeeBasis::Property => "fee.basis.property",
            FeeBasis::PropertyCapped => "fee.basis.property_capped",
            FeeBasis::NonProperty => "fee.basis.nonproperty",
            FeeBasis::ExemptLabour => "fee.basis.exempt_labour",
            FeeBasis::ExemptAlimony => "fee.basis.exempt_alimony",
            FeeBasis::ExemptHealthHarm => "fee.basis.exempt_health_harm",
            FeeBasis::ExemptDisability => "fee.basis.exempt_disability",
            FeeBasis::DeferredConsumer => "fee.basis.deferred_consumer",
        }
    }

    /// The explanation shown to the reader.
    pub fn text(self) -> Texts {
        match self {
            FeeBasis::Property => Texts {
                kk: "Мүліктік талап қою: мемлекеттік баж талап қоюдың бағасынан пайызбен есептеледі.",
                ru: "Имущественный иск: госпошлина исчисляется в процентах от цены иска.",
                en: "A money claim: the state fee is a percentage of the claim amount.",
            },
            FeeBasis::PropertyCapped => Texts {
                kk: "Мүліктік талап қою: талап қоюдың бағасынан есептелген баж ең жоғары мөлшерден асады, сондықтан ең жоғары мөлшер төленеді.",
                ru: "Имущественный иск: пошлина от цены иска превышает предельный размер, поэтому уплачивается предельный размер.",
                en: "A money claim: the percentage would exceed the cap, so the capped amount is due.",
            },
            FeeBasis::NonProperty => Texts {
                kk: "Мүліктік емес талап қою: мемлекеттік баж АЕК-пен белгіленген тұрақты сома.",
                ru: "Неимущественный иск: госпошлина — твёрдая сумма в МРП.",
                en: "A non-money claim: the state fee is a fixed number of MCI.",
            },
            FeeBasis::ExemptLabour => Texts {
                kk: "Жалақы және басқа да еңбек талаптары бойынша талап қоюшы мемлекеттік баж төлеуден босатылады.",
                ru: "По искам о заработной плате и другим трудовым требованиям истец освобождён от уплаты госпошлины.",
                en: "A plaintiff claiming wages or on another employment matter is exempt from the state fee.",
            },
            FeeBasis::ExemptAlimony => Texts {
                kk: "Алимент өндіріп алу туралы талап қою бойынша талап қоюшы мемлекеттік баж төлеуден босатылады.",
                ru: "По искам о взыскании алиментов истец освобождён от уплаты госпошлины.",
                en: "A plaintiff claiming alimony is exempt from the state fee.",
            },
            FeeBasis::ExemptHealthHarm => Texts {
                kk: "Жарақаттан, денсаулыққа өзге де зақым келтіруден немесе асыраушының қайтыс болуынан келген зиянды өтеу туралы талап қою бойынша талап қоюшы мемлекеттік баж төлеуден босатылады.",
                ru: "По искам о возмещении вреда, причинённого увечьем, иным повреждением здоровья или смертью кормильца, истец освобождён от уплаты госпошлины.",
                en: "A plaintiff claiming compensation for injury, other damage to health or the death of a breadwinner is exempt from the state fee.",
            },
            FeeBasis::ExemptDisability => Texts {
                kk: "Мүгедектігі бар адамдар мемлекеттік баж төлеуден босатылады: мүгедектікті растайтын құжатты талап қоюға қоса беріңіз.",
                ru: "Лица с инвалидностью освобождены от уплаты госпошлины: приложите к иску документ, подтверждающий инвалидность.",
                en: "Persons with disabilities are exempt from the state fee: attach proof of the disability to the claim.",
            },
            FeeBasis::DeferredConsumer => Texts {
                kk: "Тұтынушылардың құқықтарын қорғау туралы талап қою бойынша бажды төлеу сот шешім шығарғанға дейін кейінге қалдырылады, содан кейін сот оны дауда жеңілген тараптан өндіреді.",
                ru: "По иску о защите прав потребителей уплата госпошлины отсрочивается до вынесения решения, затем суд взыскивает её с проигравшей стороны.",
                en: "In a consumer-protection claim the fee is deferred until the decision; the court then charges it to the losing side.",
            },
        }
    }

    pub fn is_exemption(self) -> bool {
        matches!(self, FeeBasis::ExemptLabour | FeeBasis::ExemptAlimony | FeeBasis::ExemptHealthHarm | FeeBasis::ExemptDisability)
    }
}

/// The fee with the rules it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Fee {
    /// Due when filing (0 when exempt or deferred).
    pub amount_tiyn: i64,
    /// For a deferred fee, what the court will charge the losing side; `None` when no rate is in force.
    pub deferred_tiyn: Option<i64>,
    pub basis: FeeBasis,
    pub citations: Vec<Citation>,
    pub caution: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeError {
    /// A figure the fee needs (`key`) has no value in force on `date`.
    NotInForce { key: &'static str, date: Date },
    /// The filing date is before the period the sources cover.
    DateNotCovered(Date),
    /// No source gives the rate for this kind of claim.
    RateUnknown(FeeSubject),
    /// The claim price must be more than zero.
    BadPrice,
}

/// The state fee on a claim, with the figures compiled into the app.
pub fn state_fee(request: &FeeRequest) -> Result<Fee, FeeError> {
    state_fee_with(crate::core::content::figures(), request)
}

/// [`state_fee`] against a given set of figures.
pub fn state_fee_with(all: &'static [Figure], request: &FeeRequest) -> Result<Fee, FeeError> {
    use FeeSubject::*;
    let date = request.filed_on;
    if date < COVERED_FROM {
        return Err(FeeError::DateNotCovered(date));
    }
    if let ClaimValue::Property { price_tiyn } = request.value {
        if price_tiyn <= 0 {
            return Err(FeeError::BadPrice);
        }
    }
    if matches!(request.subject, Divorce | CourtOrder | Appeal | FineComplaint | AdministrativeClaim) {
        return Err(FeeError::RateUnknown(request.subject));
    }
    let exemption = if request.plaintiff_has_disability {
        Some(FeeBasis::ExemptDisability)
    } else {
        match request.subject {
            Labour => Some(FeeBasis::ExemptLabour),
            Alimony => Some(FeeBasis::ExemptAlimony),
            HealthHarm => Some(FeeBasis::ExemptHealthHarm),
            _ => None,
        }
    };
    if let Some(basis) = exemption {
        let citations = vec![GPK_106_1, exemption_citation(basis, date)];
        return Ok(Fee { amount_tiyn: 0, deferred_tiyn: None, basis, caution: needs_caution(&citations), citations });
    }
    if request.subject == Consumer {
        let (deferred_tiyn, mut citations) = match assess(all, request.value, date) {
            Ok((tiyn, _, citations)) => (Some(tiyn), citations),
            Err(FeeError::NotInForce { .. }) => (None, Vec::new()),
            Err(e) => return Err(e),
        };
        citations.insert(0, GPK_106_3);
        // The amount deferred rests on the rate; an unknown rate is itself a reason to check.
        let caution = needs_caution(&citations) || deferred_tiyn.is_none();
        return Ok(Fee { amount_tiyn: 0, deferred_tiyn, basis: FeeBasis::DeferredConsumer, citations, caution });
    }
    let (amount_tiyn, basis, citations) = assess(all, request.value, date)?;
    Ok(Fee { amount_tiyn, deferred_tiyn: None, basis, caution: needs_caution(&citations), citations })
}

/// The figures the fee is computed from (`figures.toml` keys): the rates, the cap and the МРП.
const PROPERTY_RATE: &str = "fee.property.individual";
const PROPERTY_CAP: &str = "fee.property.individual_cap";
const NONPROPERTY_RATE: &str = "fee.nonproperty.individual";
const MRP: &str = "mrp";

/// Every figure [`state_fee`] may read, for the caution on a figure past its known period.
pub const FIGURES_READ: [&str; 4] = [MRP, PROPERTY_RATE, PROPERTY_CAP, NONPROPERTY_RATE];

/// The fee by the rates in force on `date`.
fn assess(all: &'static [Figure], value: ClaimValue, date: Date) -> Result<(i64, FeeBasis, Vec<Citation>), FeeError> {
    let figure = |key: &'static str| -> Result<&'static FigureValue, FeeError> {
        figures::find(all, key).and_then(|f| f.in_force(date)).ok_or(FeeError::NotInForce { key, date })
    };
    match value {
        ClaimValue::Property { price_tiyn } => {
            let rate = figure(PROPERTY_RATE)?;
            let cap = figure(PROPERTY_CAP)?;
            let mrp = figure(MRP)?;
            let fee = percent_of(price_tiyn, rate.value);
            let cap_tiyn = scale(tenge_to_tiyn(mrp.value), cap.value);
            if fee > cap_tiyn {
                let citations = [rate, cap, mrp].map(|v| Citation::from_source(&v.source)).to_vec();
                Ok((cap_tiyn, FeeBasis::PropertyCapped, citations))
            } else {
                Ok((fee, FeeBasis::Property, vec![Citation::from_source(&rate.source)]))
            }
        }
        ClaimValue::NonProperty => {
            let rate = figure(NONPROPERTY_RATE)?;
            let mrp = figure(MRP)?;
            let citations = [rate, mrp].map(|v| Citation::from_source(&v.source)).to_vec();
            Ok((scale(tenge_to_tiyn(mrp.value), rate.value), FeeBasis::NonProperty, citations))
        }
    }
}

/// The Tax Code provision for an exemption, by the code in force on the filing date.
fn exemption_citation(basis: FeeBasis, date: Date) -> Citation {
    use Confidence::{Inferred, Secondary};
    if date >= TAX_CODE_2025_FROM {
        let article = match basis {
            FeeBasis::ExemptLabour => "ст. 668 п. 1",
            FeeBasis::ExemptAlimony => "ст. 668 п. 4",
            FeeBasis::ExemptHealthHarm => "ст. 668 п. 5",
            _ => "ст. 668 п. 13",
        };
        return Citation::new(Act::TaxCode2025, article, Secondary).via(KORGAN);
    }
    match basis {
        FeeBasis::ExemptLabour => Citation::new(Act::TaxCode2017, "ст. 616", Secondary).via("zakonpravo.kz («Распределение судебных расходов»)"),
        FeeBasis::ExemptDisability if date >= DISABILITY_WIDENED => {
            Citation::new(Act::TaxCode2017, "ст. 616 п. 1 пп. 13)", Secondary).via("alataucitybank.kz (уведомление об изменениях с 15.09.2025)")
        }
        FeeBasis::ExemptDisability => Citation::new(Act::TaxCode2017, "ст. 616 п. 1 пп. 13)", Inferred),
        _ => Citation::new(Act::TaxCode2017, "ст. 616", Inferred),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY_2026: Date = Date::new(2026, 11, 25);
    const DAY_2025: Date = Date::new(2025, 6, 2);

    fn request(filed_on: Date, value: ClaimValue, subject: FeeSubject) -> FeeRequest {
        FeeRequest { filed_on, value, subject, plaintiff_has_disability: false }
    }

    fn property(price_tenge: i64) -> ClaimValue {
        ClaimValue::Property { price_tiyn: price_tenge * 100 }
    }

    #[test]
    fn property_claim_pays_the_percentage_of_its_price() {
        let fee = state_fee(&request(DAY_2026, property(150_000), FeeSubject::General)).unwrap();
        assert_eq!(fee.amount_tiyn, 150_000, "1 % of 150 000 ₸ = 1 500 ₸");
        assert_eq!(fee.basis, FeeBasis::Property);
        assert_eq!(fee.basis.key(), "fee.basis.property");
        assert!(fee.caution, "the rate is known only from the news");
        assert_eq!(fee.citations.len(), 1);
        assert_eq!(fee.citations[0].article, "ст. 665");
        // The same claim in 2025 rests on the 2017 code.
        let fee = state_fee(&request(DAY_2025, property(150_000), FeeSubject::General)).unwrap();
        assert_eq!(fee.citations[0].article, "ст. 610 п. 1 пп. 1)");
    }

    #[test]
    fn fractions_of_a_tiyn_round() {
        let fee = state_fee(&request(DAY_2026, ClaimValue::Property { price_tiyn: 15_000_050 }, FeeSubject::General)).unwrap();
        assert_eq!(fee.amount_tiyn, 150_001);
    }

    #[test]
    fn the_cap_is_ten_thousand_mrp_on_the_filing_date() {
        // 2026: cap 10 000 × 4 325 ₸ = 43 250 000 ₸, reached at a price of 4 325 000 000 ₸.
        let at_cap = state_fee(&request(DAY_2026, property(4_325_000_000), FeeSubject::General)).unwrap();
        assert_eq!((at_cap.amount_tiyn, at_cap.basis), (4_325_000_000, FeeBasis::Property));
        let above = state_fee(&request(DAY_2026, property(5_000_000_000), FeeSubject::General)).unwrap();
        assert_eq!((above.amount_tiyn, above.basis), (4_325_000_000, FeeBasis::PropertyCapped));
        assert_eq!(above.citations.len(), 3, "rate, cap and МРП");
        // 2025: 10 000 × 3 932 ₸.
        let in_2025 = state_fee(&request(DAY_2025, property(5_000_000_000), FeeSubject::General)).unwrap();
        assert_eq!(in_2025.amount_tiyn, 3_932_000_000);
    }

    #[test]
    fn non_property_claim_is_half_an_mrp_from_2026() {
        let fee = state_fee(&request(DAY_2026, ClaimValue::NonProperty, FeeSubject::General)).unwrap();
        assert_eq!(fee.amount_tiyn, 216_250, "0,5 × 4 325 ₸ = 2 162,50 ₸");
        assert_eq!(fee.basis, FeeBasis::NonProperty);
        assert!(fee.caution);
        assert!(fee.citations[0].via.contains("korgan"));
    }

    #[test]
    fn rates_not_in_force_are_errors() {
        assert_eq!(
            state_fee(&request(DAY_2025, ClaimValue::NonProperty, FeeSubject::General)),
            Err(FeeError::NotInForce { key: "fee.nonproperty.individual", date: DAY_2025 })
        );
        let old = Date::new(2023, 12, 31);
        assert_eq!(state_fee(&request(old, property(1_000), FeeSubject::General)), Err(FeeError::DateNotCovered(old)));
        assert_eq!(state_fee(&request(old, property(1_000), FeeSubject::Labour)), Err(FeeError::DateNotCovered(old)));
    }

    #[test]
    fn unknown_rates_are_not_guessed() {
        for subject in [FeeSubject::Divorce, FeeSubject::CourtOrder, FeeSubject::Appeal, FeeSubject::FineComplaint, FeeSubject::AdministrativeClaim] {
            assert_eq!(state_fee(&request(DAY_2026, ClaimValue::NonProperty, subject)), Err(FeeError::RateUnknown(subject)));
        }
    }

    #[test]
    fn exemptions_under_the_2025_code() {
        for (subject, basis, article) in [
            (FeeSubject::Labour, FeeBasis::ExemptLabour, "ст. 668 п. 1"),
            (FeeSubject::Alimony, FeeBasis::ExemptAlimony, "ст. 668 п. 4"),
            (FeeSubject::HealthHarm, FeeBasis::ExemptHealthHarm, "ст. 668 п. 5"),
        ] {
            let fee = state_fee(&request(DAY_2026, property(900_000), subject)).unwrap();
            assert_eq!((fee.amount_tiyn, fee.deferred_tiyn, fee.basis), (0, None, basis));
            assert!(fee.basis.is_exemption());
            assert_eq!(fee.citations[0], GPK_106_1);
            assert_eq!(fee.citations[1].article, article);
            assert_eq!(fee.citations[1].act, Act::TaxCode2025.title());
            assert!(fee.caution, "the numbering is from a low-authority source");
        }
        // A labour claim without a price (reinstatement) is exempt too.
        let reinstatement = state_fee(&request(DAY_2026, ClaimValue::NonProperty, FeeSubject::Labour)).unwrap();
        assert_eq!(reinstatement.basis, FeeBasis::ExemptLabour);
    }

    #[test]
    fn disability_exempts_any_claim_it_applies_to() {
        let mut r = request(DAY_2026, property(10_000_000), FeeSubject::General);
        r.plaintiff_has_disability = true;
        let fee = state_fee(&r).unwrap();
        assert_eq!((fee.amount_tiyn, fee.basis), (0, FeeBasis::ExemptDisability));
        assert_eq!(fee.citations[1].article, "ст. 668 п. 13");
        r.subject = FeeSubject::Consumer;
        assert_eq!(state_fee(&r).unwrap().basis, FeeBasis::ExemptDisability, "an exemption beats a deferral");
    }

    #[test]
    fn exemptions_before_2026_cite_the_2017_code_with_their_confidence() {
        let labour = state_fee(&request(DAY_2025, property(500_000), FeeSubject::Labour)).unwrap();
        assert_eq!(labour.citations[1].act, Act::TaxCode2017.title());
        assert_eq!(labour.citations[1].confidence, Confidence::Secondary);
        let alimony = state_fee(&request(DAY_2025, ClaimValue::NonProperty, FeeSubject::Alimony)).unwrap();
        assert_eq!(alimony.citations[1].confidence, Confidence::Inferred);
        let mut r = request(Date::new(2025, 9, 14), property(1_000), FeeSubject::General);
        r.plaintiff_has_disability = true;
        assert_eq!(state_fee(&r).unwrap().citations[1].confidence, Confidence::Inferred);
        r.filed_on = Date::new(2025, 9, 15);
        assert_eq!(state_fee(&r).unwrap().citations[1].confidence, Confidence::Secondary);
        r.filed_on = Date::new(2026, 1, 1);
        assert_eq!(state_fee(&r).unwrap().citations[1].act, Act::TaxCode2025.title());
    }

    #[test]
    fn consumer_claims_are_deferred_not_exempt() {
        let fee = state_fee(&request(DAY_2026, property(300_000), FeeSubject::Consumer)).unwrap();
        assert_eq!((fee.amount_tiyn, fee.deferred_tiyn, fee.basis), (0, Some(300_000), FeeBasis::DeferredConsumer));
        assert_eq!(fee.citations[0], GPK_106_3);
        assert!(fee.caution, "the deferred amount rests on a secondary rate");
        // A non-property consumer claim in 2025: deferred, amount unknown.
        let fee = state_fee(&request(DAY_2025, ClaimValue::NonProperty, FeeSubject::Consumer)).unwrap();
        assert_eq!((fee.amount_tiyn, fee.deferred_tiyn), (0, None));
        assert_eq!(fee.citations, vec![GPK_106_3]);
        assert!(fee.caution);
    }

    #[test]
    fn bad_prices() {
        for price_tiyn in [0, -100] {
            let r = request(DAY_2026, ClaimValue::Property { price_tiyn }, FeeSubject::General);
            assert_eq!(state_fee(&r), Err(FeeError::BadPrice));
        }
    }

    #[test]
    fn every_basis_is_explained_in_three_languages() {
        use FeeBasis::*;
        let all = [Property, PropertyCapped, NonProperty, ExemptLabour, ExemptAlimony, ExemptHealthHarm, ExemptDisability, DeferredConsumer];
        let mut keys: Vec<&str> = all.iter().map(|b| b.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), all.len());
        for b in all {
            let t = b.text();
            assert!(!t.kk.is_empty() && !t.ru.is_empty() && !t.en.is_empty());
            assert!(t.kk.contains("баж") || t.kk.contains("талап қою"), "{:?}", b);
        }
    }
}
