//! Which court hears a claim, where, and why — shown to the reader with the rules it rests on.
//!
//! Civil claims (ГПК, stored 2022 text [C]):
//! - art. 26: district (city) courts and courts equated to them hear civil cases, except art. 27's;
//! - art. 27(1): the economic courts hear disputes between entrepreneurs and legal entities, so a
//!   citizen's claim against a company stays in the district court [I];
//! - art. 27(3): the juvenile courts hear child alimony (and paternity, residence of the child, …); on
//!   the legal representative's motion the district court at the child's residence may hear it, except
//!   in a city of republican significance, the capital or a regional centre. Divorce is not on the list,
//!   so it goes to the district court [I]; a divorce joined with alimony or the child's residence is [U];
//! - art. 29: the defendant's residence (an organisation's registered location);
//! - art. 30: the plaintiff may also choose (1) the defendant's property or last address when the
//!   residence is unknown or abroad, (3) a branch, (4) their own residence for alimony, (5) their
//!   residence or the place of harm for injury and loss of a breadwinner, (6) the contract's place of
//!   performance, (7) their residence in a divorce when minor children live with them, (9) their
//!   residence or where the contract was made or performed in a consumer claim, (12) any defendant's
//!   residence; (13) the choice is the plaintiff's;
//! - arts. 31–32: exclusive venue — real-estate rights where the property is, restoring the time to
//!   accept an inheritance where it opened; the parties cannot agree otherwise;
//! - arts. 402–403: an appeal is filed through the court that decided and heard by the regional court's
//!   civil appeal panel.
//!
//! Astana and Shymkent: district courts merged into inter-district civil courts (decree of 15.05.2023
//! № 216) [C3]. Other cities' courts after 2023 are [U]: there the generic "district (city) court or a
//! court equated to it" of art. 26 is named.
//!
//! Administrative acts (АППК [C]): art. 102 — the specialised administrative court; on the plaintiff's
//! application the court at the plaintiff's residence, except in a city of republican significance, the
//! capital or a regional centre; art. 106 — where the act was issued or the body is, an electronic act at
//! the plaintiff's residence; art. 91(5) — first the pre-trial complaint, unless a law says otherwise.
//!
//! Fines (КоАП [C]): art. 829-2 — the specialised district administrative court (or the juvenile court:
//! for minors, inferred [I]), without first going to the superior authority; art. 829-3 — directly to the
//! court at the person's residence or location, or through the authority that issued the decision.
//!
//! Almaty, Astana and Shymkent are taken as the cities of republican significance and the capital [I].

use crate::core::calc::{needs_caution, Act, Citation};
use crate::core::content::model::{Confidence, Texts};

mod reasons;
pub use reasons::{Note, Reason};

/// What the claim is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClaimKind {
    ChildAlimony,
    Divorce,
    Wages,
    Consumer,
    Loan,
    /// Harm from injury, damage to health or the death of a breadwinner.
    HealthHarm,
    /// A complaint against an administrative fine (КоАП).
    FineComplaint,
    /// A claim against an administrative act of a state body (АППК).
    AdministrativeAct,
    /// An appeal against a first-instance civil decision.
    Appeal,
    /// Restoring the time to accept an inheritance.
    InheritanceRestore,
    /// Rights to real estate.
    RealEstate,
    Other,
}

impl ClaimKind {
    /// Every kind with the name a questionnaire gives it (`[document] court_claim`).
    pub const NAMED: [(&'static str, ClaimKind); 12] = [
        ("child_alimony", ClaimKind::ChildAlimony),
        ("divorce", ClaimKind::Divorce),
        ("wages", ClaimKind::Wages),
        ("consumer", ClaimKind::Consumer),
        ("loan", ClaimKind::Loan),
        ("health_harm", ClaimKind::HealthHarm),
        ("fine_complaint", ClaimKind::FineComplaint),
        ("administrative_act", ClaimKind::AdministrativeAct),
        ("appeal", ClaimKind::Appeal),
        ("inheritance_restore", ClaimKind::InheritanceRestore),
        ("real_estate", ClaimKind::RealEstate),
        ("other", ClaimKind::Other),
    ];

    /// The kind a questionnaire names, if it is one.
    pub fn from_name(name: &str) -> Option<ClaimKind> {
        Self::NAMED.iter().find(|(n, _)| *n == name).map(|(_, kind)| *kind)
    }
}

/// The kind of place someone lives in, as far as court organisation depends on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locality {
    Astana,
    Almaty,
    Shymkent,
    /// A regional centre (облыс орталығы).
    RegionalCentre,
    /// Any other town or district.
    Other,
}

impl Locality {
    /// A city of republican significance, the capital or a regional centre, where the exceptions of
    /// ГПК art. 27(3) and АППК art. 102 do not apply.
    pub fn is_major(self) -> bool {
        !matches!(self, Locality::Other)
    }
}

/// What the questionnaire knows about the parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CourtFacts {
    pub plaintiff_locality: Option<Locality>,
    /// Where the defendant lives or is located, if known.
    pub defendant_locality: Option<Locality>,
    /// The defendant's residence is unknown, or not in Kazakhstan.
    pub defendant_unknown_or_abroad: bool,
    pub defendant_is_organisation: bool,
    pub several_defendants: bool,
    /// Minor children live with the plaintiff.
    pub minor_children_with_plaintiff: bool,
    /// The dispute arises from the activity of the defendant's branch.
    pub from_branch_activity: bool,
    /// The contract names a place of performance.
    pub contract_names_place_of_performance: bool,
    /// The person complaining about a fine is a minor.
    pub complainant_is_minor: bool,
    /// The administrative act was issued as an electronic document.
    pub act_issued_electronically: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CourtType {
    /// ГПК art. 26: районный (городской) суд or a court equated to it.
    District,
    /// Astana and Shymkent: межрайонный суд по гражданским делам.
    InterDistrictCivil,
    /// ГПК art. 27(3): СМСДН.
    Juvenile,
    /// АППК art. 102: СМАС.
    Administrative,
    /// КоАП art. 829-2.
    AdministrativeOffences,
    /// ГПК art. 402: the regional court's civil appeal panel.
    AppealPanel,
}

impl CourtType {
    pub fn name(self) -> Texts {
        match self {
            CourtType::District => Texts {
                kk: "аудандық (қалалық) сот немесе оған теңестірілген сот",
                ru: "районный (городской) суд или приравненный к нему суд",
                en: "district (city) court or a court of equal level",
            },
            CourtType::InterDistrictCivil => Texts {
                kk: "азаматтық істер жөніндегі ауданаралық сот",
                ru: "межрайонный суд по гражданским делам",
                en: "inter-district civil court",
            },
            CourtType::Juvenile => Texts {
                kk: "кәмелетке толмағандардың істері жөніндегі мамандандырылған ауданаралық сот",
                ru: "специализированный межрайонный суд по делам несовершеннолетних",
                en: "specialised inter-district juvenile court",
            },
            CourtType::Administrative => Texts {
                kk: "мамандандырылған ауданаралық әкімшілік сот",
                ru: "специализированный межрайонный административный суд",
                en: "specialised inter-district administrative court",
            },
            CourtType::AdministrativeOffences => Texts {
                kk: "мамандандырылған аудандық әкімшілік сот",
                ru: "специализированный районный административный суд",
                en: "specialised district administrative court",
            },
            CourtType::AppealPanel => Texts {
                kk: "облыстық соттың азаматтық істер жөніндегі апелляциялық сот алқасы",
                ru: "апелляционная судебная коллегия по гражданским делам областного суда",
                en: "civil appeal panel of the regional court",
            },
        }
    }
}

/// The addressee line of a Kazakh document, «Алматы қаласының … ауданаралық сотына»: the place the
/// person typed in the genitive, then the court with the possessive and dative endings.
pub fn kk_addressee(place: &str, court: &str) -> String {
    let court = court.trim().replace(" сот немесе ", " соты немесе ");
    let court = if let Some(stem) = court.strip_suffix("алқасы") {
        format!("{stem}алқасына")
    } else if let Some(stem) = court.strip_suffix("сот") {
        format!("{stem}сотына")
    } else {
        court
    };
    format!("{} {court}", kk_genitive(place.trim()))
}

/// A Kazakh word group in the genitive: «Алматы қаласы» → «Алматы қаласының», «Шымкент» → «Шымкенттің».
fn kk_genitive(place: &str) -> String {
    let lower = place.to_lowercase();
    let Some(last) = lower.chars().last() else { return String::new() };
    if ["ның", "нің", "дың", "дің", "тың", "тің"].iter().any(|e| lower.ends_with(e)) {
        return place.to_string();
    }
    let front = lower.chars().rev().find_map(|c| match c {
        'а' | 'о' | 'ұ' | 'ы' | 'я' | 'ю' | 'ё' => Some(false),
        'ә' | 'ө' | 'ү' | 'і' | 'е' | 'э' | 'и' => Some(true),
        _ => None,
    });
    let first = match last {
        'а' | 'о' | 'ұ' | 'ы' | 'ә' | 'ө' | 'ү' | 'і' | 'е' | 'э' | 'я' | 'ю' | 'ё' | 'м' | 'н' | 'ң' => "н",
        'л' | 'р' | 'у' | 'й' | 'и' | 'ж' | 'з' => "д",
        c if c.is_alphabetic() && !c.is_ascii() => "т",
        // Latin letters, digits, punctuation: no ending can be chosen.
        _ => return place.to_string(),
    };
    format!("{place}{first}{}", if front == Some(true) { "ің" } else { "ың" })
}

/// Whose place decides the court.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    PlaintiffResidence,
    DefendantResidence,
    /// An organisation's location under its founding documents or the national БИН register.
    DefendantLocation,
    AnyDefendantResidence,
    DefendantPropertyOrLastResidence,
    BranchLocation,
    ContractPlace,
    ContractPerformancePlace,
    HarmPlace,
    PropertyLocation,
    InheritanceOpening,
    ChildResidence,
    ComplainantResidence,
    ThroughIssuingAuthority,
    ActIssuedPlace,
    DefendantBodyLocation,
    ThroughFirstInstanceCourt,
}

impl Place {
    pub fn name(self) -> Texts {
        match self {
            Place::PlaintiffResidence => Texts { kk: "талап қоюшының тұрғылықты жері", ru: "место жительства истца", en: "where the plaintiff lives" },
            Place::DefendantResidence => Texts { kk: "жауапкердің тұрғылықты жері", ru: "место жительства ответчика", en: "where the defendant lives" },
            Place::DefendantLocation => Texts {
                kk: "жауапкер ұйымның құрылтай құжаттары немесе БСН ұлттық тізілімі бойынша орналасқан жері",
                ru: "место нахождения организации-ответчика по учредительным документам или Национальному реестру БИН",
                en: "where the defendant organisation is registered (founding documents or the national BIN register)",
            },
            Place::AnyDefendantResidence => Texts {
                kk: "жауапкерлердің кез келгенінің тұрғылықты жері немесе орналасқан жері",
                ru: "место жительства или нахождения любого из ответчиков",
                en: "where any one of the defendants lives or is located",
            },
            Place::DefendantPropertyOrLastResidence => Texts {
                kk: "жауапкердің мүлкі орналасқан жер немесе оның соңғы белгілі тұрғылықты жері",
                ru: "место нахождения имущества ответчика или его последнее известное место жительства",
                en: "where the defendant's property is, or the defendant's last known address",
            },
            Place::BranchLocation => Texts { kk: "филиалдың орналасқан жері", ru: "место нахождения филиала", en: "where the branch is" },
            Place::ContractPlace => Texts {
                kk: "шарт жасалған немесе орындалған жер",
                ru: "место заключения или исполнения договора",
                en: "where the contract was made or performed",
            },
            Place::ContractPerformancePlace => Texts {
                kk: "шартта көрсетілген орындау орны",
                ru: "место исполнения, указанное в договоре",
                en: "the place of performance named in the contract",
            },
            Place::HarmPlace => Texts { kk: "зиян келтірілген жер", ru: "место причинения вреда", en: "where the harm was caused" },
            Place::PropertyLocation => Texts {
                kk: "жылжымайтын мүліктің орналасқан жері",
                ru: "место нахождения недвижимого имущества",
                en: "where the real estate is",
            },
            Place::InheritanceOpening => Texts { kk: "мұра ашылған жер", ru: "место открытия наследства", en: "where the inheritance opened" },
            Place::ChildResidence => Texts { kk: "баланың тұрғылықты жері", ru: "место жительства ребёнка", en: "where the child lives" },
            Place::ComplainantResidence => Texts {
                kk: "шағым берушінің тұрғылықты жері немесе орналасқан жері",
                ru: "место жительства или нахождения лица, подающего жалобу",
                en: "where the person complaining lives or is located",
            },
            Place::ThroughIssuingAuthority => Texts {
                kk: "қаулы шығарған орган арқылы (ол шағымды сотқа жібереді)",
                ru: "через орган, вынесший постановление (он направляет жалобу в суд)",
                en: "through the authority that issued the decision (it forwards the complaint to court)",
            },
            Place::ActIssuedPlace => Texts { kk: "әкімшілік акт қабылданған жер", ru: "место принятия административного акта", en: "where the administrative act was issued" },
            Place::DefendantBodyLocation => Texts { kk: "жауапкер органның орналасқан жері", ru: "место нахождения органа-ответчика", en: "where the defendant body is located" },
            Place::ThroughFirstInstanceCourt => Texts {
                kk: "шешім шығарған бірінші сатыдағы сот арқылы",
                ru: "через суд первой инстанции, вынесший решение",
                en: "through the first-instance court that made the decision",
            },
        }
    }
}

/// One court the claim may go to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VenueOption {
    pub court: CourtType,
    pub place: Place,
    /// Only on the plaintiff's (legal representative's) request or motion.
    pub on_request: bool,
}

/// The competent court(s) and why.
#[derive(Debug, Clone, PartialEq)]
pub struct CourtChoice {
    /// The courts the claim may go to; the first is the usual one. Several (without `on_request`) means
    /// the plaintiff chooses.
    pub options: Vec<VenueOption>,
    /// Exclusive jurisdiction (ГПК art. 31): no other court, no agreement otherwise.
    pub exclusive: bool,
    pub reason: Reason,
    pub notes: Vec<Note>,
    pub citations: Vec<Citation>,
    pub caution: bool,
}

const fn gpk(article: &'static str) -> Citation {
    Citation::new(Act::CivilProcedureCode, article, Confidence::Confirmed)
}

const GPK_26: Citation = gpk("ст. 26");
const GPK_27_3: Citation = gpk("ст. 27 ч. 3");
const GPK_29: Citation = gpk("ст. 29");
const GPK_31: Citation = gpk("ст. 31");
const GPK_32: Citation = gpk("ст. 32");
const GPK_30_13: Citation = gpk("ст. 30 ч. 13");
/// The economic courts are for entrepreneurs and legal entities on both sides, so a citizen's claim
/// stays in the district court: inferred.
const GPK_27_1_INFERRED: Citation = Citation::new(Act::CivilProcedureCode, "ст. 27 ч. 1", Confidence::Inferred);
/// Divorce is not on art. 27(3)'s list, hence the district court: inferred.
const GPK_27_3_DIVORCE: Citation = Citation::new(Act::CivilProcedureCode, "ст. 27 ч. 3 (расторжение брака в перечне нет)", Confidence::Inferred);
const COURTS_DECREE: Citation =
    Citation::new(Act::CourtsDecree2023, "межрайонные суды по гражданским делам Астаны и Шымкента", Confidence::Secondary).via("globalnews.kz; kazpress.kz 16.05.2023");

struct Builder {
    options: Vec<VenueOption>,
    notes: Vec<Note>,
    citations: Vec<Citation>,
    facts: CourtFacts,
}

impl Builder {
    fn cite(&mut self, citation: Citation) {
        if !self.citations.contains(&citation) {
            self.citations.push(citation);
        }
    }

    fn note(&mut self, note: Note) {
        if !self.notes.contains(&note) {
            self.notes.push(note);
        }
    }

    /// A first-instance option; a civil court is named by the locality when the place is a party's.
    fn option(&mut self, court: CourtType, place: Place, on_request: bool) {
        let locality = match place {
            Place::PlaintiffResidence | Place::ChildResidence => self.facts.plaintiff_locality,
            Place::DefendantResidence | Place::DefendantLocation => self.facts.defendant_locality,
            _ => None,
        };
        let court = match (court, locality) {
            (CourtType::District, Some(Locality::Astana | Locality::Shymkent)) => {
                self.cite(COURTS_DECREE);
                self.note(Note::AstanaShymkentCourts);
                CourtType::InterDistrictCivil
            }
            _ => court,
        };
        let option = VenueOption { court, place, on_request };
        if !self.options.contains(&option) {
            self.options.push(option);
        }
    }

    /// The defendant's place under ГПК art. 29, or its replacements under art. 30(1) and (12).
    fn defendant(&mut self, court: CourtType) {
        let f = self.facts;
        self.cite(GPK_29);
        if f.defendant_unknown_or_abroad {
            self.cite(gpk("ст. 30 ч. 1"));
            self.note(Note::DefendantUnknownOrAbroad);
            self.option(court, Place::DefendantPropertyOrLastResidence, false);
        } else if f.several_defendants {
            self.cite(gpk("ст. 30 ч. 12"));
            self.note(Note::SeveralDefendants);
            self.option(court, Place::AnyDefendantResidence, false);
        } else if f.defendant_is_organisation {
            self.option(court, Place::DefendantLocation, false);
        } else {
            self.option(court, Place::DefendantResidence, false);
        }
        if f.from_branch_activity && f.defendant_is_organisation {
            self.cite(gpk("ст. 30 ч. 3"));
            self.note(Note::BranchActivity);
            self.option(court, Place::BranchLocation, false);
        }
    }

    /// A citizen against an organisation: district court, not the economic court [I].
    fn organisation_defendant(&mut self) {
        if self.facts.defendant_is_organisation {
            self.cite(GPK_27_1_INFERRED);
            self.note(Note::OrganisationDefendant);
        }
    }
}

/// The competent court(s) for a claim of `kind` on these facts.
pub fn choose_court(kind: ClaimKind, facts: &CourtFacts) -> CourtChoice {
    use CourtType::*;
    let mut b = Builder { options: Vec::new(), notes: Vec::new(), citations: Vec::new(), facts: *facts };
    let f = *facts;
    let mut exclusive = false;
    let mut civil = true;
    let reason = match kind {
        ClaimKind::ChildAlimony => {
            b.cite(GPK_27_3);
            b.cite(gpk("ст. 30 ч. 4"));
            b.option(Juvenile, Place::PlaintiffResidence, false);
            b.defendant(Juvenile);
            if f.minor_children_with_plaintiff && f.plaintiff_locality == Some(Locality::Other) {
                b.note(Note::JuvenileDistrictOnMotion);
                b.option(District, Place::ChildResidence, true);
            }
            Reason::ChildAlimony
        }
        ClaimKind::Divorce => {
            b.cite(GPK_26);
            b.cite(GPK_27_3_DIVORCE);
            b.defendant(District);
            if f.minor_children_with_plaintiff {
                b.cite(gpk("ст. 30 ч. 7"));
                b.option(District, Place::PlaintiffResidence, false);
                Reason::DivorceChildrenWithPlaintiff
            } else {
                Reason::Divorce
            }
        }
        ClaimKind::Wages => {
            b.cite(GPK_26);
            b.organisation_defendant();
            b.defendant(District);
            b.cite(Citation::new(Act::LabourCode, "ст. 159", Confidence::Confirmed));
            Reason::Wages
        }
        ClaimKind::Consumer => {
            b.cite(GPK_26);
            b.organisation_defendant();
            b.cite(gpk("ст. 30 ч. 9"));
            b.option(District, Place::PlaintiffResidence, false);
            b.option(District, Place::ContractPlace, false);
            b.defendant(District);
            Reason::Consumer
        }
        ClaimKind::Loan => {
            b.cite(GPK_26);
            b.organisation_defendant();
            b.defendant(District);
            if f.contract_names_place_of_performance {
                b.cite(gpk("ст. 30 ч. 6"));
                b.option(District, Place::ContractPerformancePlace, false);
            }
            Reason::Loan
        }
        ClaimKind::HealthHarm => {
            b.cite(GPK_26);
            b.organisation_defendant();
            b.cite(gpk("ст. 30 ч. 5"));
            b.option(District, Place::PlaintiffResidence, false);
            b.option(District, Place::HarmPlace, false);
            b.defendant(District);
            Reason::HealthHarm
        }
        ClaimKind::FineComplaint => {
            civil = false;
            let offences = |article| Citation::new(Act::AdministrativeOffencesCode, article, Confidence::Confirmed);
            b.cite(offences("ст. 829-2"));
            b.cite(offences("ст. 829-3"));
            let court = if f.complainant_is_minor {
                b.cite(Citation::new(Act::AdministrativeOffencesCode, "ст. 829-2 (суд по делам несовершеннолетних)", Confidence::Inferred));
                b.note(Note::MinorComplainant);
                Juvenile
            } else {
                AdministrativeOffences
            };
            b.option(court, Place::ComplainantResidence, false);
            b.option(court, Place::ThroughIssuingAuthority, false);
            Reason::FineComplaint
        }
        ClaimKind::AdministrativeAct => {
            civil = false;
            let appk = |article| Citation::new(Act::AdministrativeProcedureCode, article, Confidence::Confirmed);
            b.cite(appk("ст. 102"));
            b.cite(appk("ст. 106"));
            b.cite(appk("ст. 91 ч. 5"));
            if f.act_issued_electronically {
                b.option(Administrative, Place::PlaintiffResidence, false);
                Reason::AdministrativeActElectronic
            } else {
                b.option(Administrative, Place::ActIssuedPlace, false);
                b.option(Administrative, Place::DefendantBodyLocation, false);
                if f.plaintiff_locality == Some(Locality::Other) {
                    b.note(Note::AdministrativeCourtAtPlaintiff);
                    b.option(Administrative, Place::PlaintiffResidence, true);
                }
                Reason::AdministrativeAct
            }
        }
        ClaimKind::Appeal => {
            civil = false;
            b.cite(gpk("ст. 402"));
            b.cite(gpk("ст. 403 ч. 1"));
            b.option(AppealPanel, Place::ThroughFirstInstanceCourt, false);
            Reason::Appeal
        }
        ClaimKind::InheritanceRestore | ClaimKind::RealEstate => {
            exclusive = true;
            b.cite(GPK_26);
            b.cite(GPK_31);
            b.cite(GPK_32);
            if kind == ClaimKind::RealEstate {
                b.option(District, Place::PropertyLocation, false);
                Reason::RealEstate
            } else {
                b.option(District, Place::InheritanceOpening, false);
                Reason::InheritanceRestore
            }
        }
        ClaimKind::Other => {
            b.cite(GPK_26);
            b.organisation_defendant();
            b.defendant(District);
            Reason::Other
        }
    };
    if civil && !exclusive && b.options.iter().filter(|o| !o.on_request).count() > 1 {
        b.cite(GPK_30_13);
        b.note(Note::PlaintiffChooses);
    }
    let caution = needs_caution(&b.citations);
    CourtChoice { options: b.options, exclusive, reason, notes: b.notes, citations: b.citations, caution }
}

#[cfg(test)]
mod tests;
