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

/// The main explanation, one per kind of claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    ChildAlimony,
    Divorce,
    DivorceChildrenWithPlaintiff,
    Wages,
    Consumer,
    Loan,
    HealthHarm,
    FineComplaint,
    AdministrativeAct,
    AdministrativeActElectronic,
    Appeal,
    InheritanceRestore,
    RealEstate,
    Other,
}

impl Reason {
    pub fn key(self) -> &'static str {
        match self {
            Reason::ChildAlimony => "court.reason.child_alimony",
            Reason::Divorce => "court.reason.divorce",
            Reason::DivorceChildrenWithPlaintiff => "court.reason.divorce_children_with_plaintiff",
            Reason::Wages => "court.reason.wages",
            Reason::Consumer => "court.reason.consumer",
            Reason::Loan => "court.reason.loan",
            Reason::HealthHarm => "court.reason.health_harm",
            Reason::FineComplaint => "court.reason.fine_complaint",
            Reason::AdministrativeAct => "court.reason.administrative_act",
            Reason::AdministrativeActElectronic => "court.reason.administrative_act_electronic",
            Reason::Appeal => "court.reason.appeal",
            Reason::InheritanceRestore => "court.reason.inheritance_restore",
            Reason::RealEstate => "court.reason.real_estate",
            Reason::Other => "court.reason.other",
        }
    }

    pub fn text(self) -> Texts {
        match self {
            Reason::ChildAlimony => Texts {
                kk: "Балаға алимент өндіріп алу туралы талап қоюды кәмелетке толмағандардың істері жөніндегі мамандандырылған ауданаралық сот қарайды. Талап қоюшы талап қоюды өзінің тұрғылықты жері бойынша немесе жауапкердің тұрғылықты жері бойынша бере алады.",
                ru: "Иск о взыскании алиментов на ребёнка рассматривает специализированный межрайонный суд по делам несовершеннолетних. Истец может подать иск по своему месту жительства или по месту жительства ответчика.",
                en: "A claim for child alimony is heard by the specialised inter-district juvenile court. The plaintiff may file it where they live or where the defendant lives.",
            },
            Reason::Divorce => Texts {
                kk: "Некені бұзу туралы талап қоюды аудандық (қалалық) сот қарайды: ол кәмелетке толмағандардың істері жөніндегі соттың істер тізбесінде жоқ. Талап қою жауапкердің тұрғылықты жері бойынша беріледі. Сол талап қоюда алимент немесе балалардың тұрғылықты жері туралы талап та қойылса, оны қай сот қарайтыны расталмаған.",
                ru: "Иск о расторжении брака рассматривает районный (городской) суд: такие дела не входят в перечень дел суда по делам несовершеннолетних. Иск подаётся по месту жительства ответчика. Если в том же иске заявлены требования об алиментах или о месте жительства детей, какой суд его рассматривает, не подтверждено.",
                en: "A divorce claim is heard by the district (city) court: divorce is not on the list of juvenile-court cases. It is filed where the defendant lives. Which court hears it when alimony or the children's residence is claimed in the same claim has not been confirmed.",
            },
            Reason::DivorceChildrenWithPlaintiff => Texts {
                kk: "Некені бұзу туралы талап қоюды аудандық (қалалық) сот қарайды: ол кәмелетке толмағандардың істері жөніндегі соттың істер тізбесінде жоқ. Кәмелетке толмаған балалар талап қоюшымен бірге тұратындықтан, талап қоюшы талап қоюды өзінің тұрғылықты жері бойынша немесе жауапкердің тұрғылықты жері бойынша бере алады. Сол талап қоюда алимент немесе балалардың тұрғылықты жері туралы талап та қойылса, оны қай сот қарайтыны расталмаған.",
                ru: "Иск о расторжении брака рассматривает районный (городской) суд: такие дела не входят в перечень дел суда по делам несовершеннолетних. Поскольку несовершеннолетние дети живут с истцом, истец может подать иск по своему месту жительства или по месту жительства ответчика. Если в том же иске заявлены требования об алиментах или о месте жительства детей, какой суд его рассматривает, не подтверждено.",
                en: "A divorce claim is heard by the district (city) court: divorce is not on the list of juvenile-court cases. Because minor children live with the plaintiff, the plaintiff may file where they live or where the defendant lives. Which court hears it when alimony or the children's residence is claimed in the same claim has not been confirmed.",
            },
            Reason::Wages => Texts {
                kk: "Жалақы өндіріп алу туралы талап қоюды аудандық (қалалық) сот қарайды. Еңбек даулары үшін ерекше соттылық жоқ: талап қою жауапкердің (жұмыс берушінің) орналасқан жері немесе тұрғылықты жері бойынша беріледі. Көп жағдайда алдымен келісу комиссиясына жүгіну керек.",
                ru: "Иск о взыскании заработной платы рассматривает районный (городской) суд. Особой подсудности для трудовых споров нет: иск подаётся по месту нахождения или жительства ответчика (работодателя). Во многих случаях сначала нужно обратиться в согласительную комиссию.",
                en: "A wage claim is heard by the district (city) court. There is no special venue for employment disputes: the claim is filed where the defendant (the employer) is located or lives. In many cases the conciliation commission must be approached first.",
            },
            Reason::Consumer => Texts {
                kk: "Тұтынушылардың құқықтарын қорғау туралы талап қоюды аудандық (қалалық) сот қарайды. Талап қоюшы талап қоюды өзінің тұрғылықты жері, шарт жасалған немесе орындалған жер, не жауапкердің орналасқан жері бойынша бере алады.",
                ru: "Иск о защите прав потребителей рассматривает районный (городской) суд. Истец может подать иск по своему месту жительства, по месту заключения или исполнения договора либо по месту нахождения ответчика.",
                en: "A consumer-protection claim is heard by the district (city) court. The plaintiff may file it where they live, where the contract was made or performed, or where the defendant is located.",
            },
            Reason::Loan => Texts {
                kk: "Қарызды өндіріп алу туралы талап қоюды аудандық (қалалық) сот қарайды. Талап қою жауапкердің тұрғылықты жері (ұйым үшін — орналасқан жері) бойынша беріледі; шартта орындау орны көрсетілсе, сол жер бойынша да беруге болады.",
                ru: "Иск о взыскании долга по займу рассматривает районный (городской) суд. Иск подаётся по месту жительства ответчика (для организации — по месту её нахождения); если в договоре указано место исполнения, — также по этому месту.",
                en: "A claim to recover a loan is heard by the district (city) court. It is filed where the defendant lives (an organisation: where it is located), or at the place of performance named in the contract, if there is one.",
            },
            Reason::HealthHarm => Texts {
                kk: "Жарақаттан, денсаулыққа зақым келтіруден немесе асыраушының қайтыс болуынан келген зиянды өтеу туралы талап қоюды аудандық (қалалық) сот қарайды. Талап қоюшы талап қоюды өзінің тұрғылықты жері, зиян келтірілген жер немесе жауапкердің тұрғылықты жері бойынша бере алады.",
                ru: "Иск о возмещении вреда, причинённого увечьем, повреждением здоровья или смертью кормильца, рассматривает районный (городской) суд. Истец может подать иск по своему месту жительства, по месту причинения вреда или по месту жительства ответчика.",
                en: "A claim for harm from injury, damage to health or the death of a breadwinner is heard by the district (city) court. The plaintiff may file it where they live, where the harm was caused, or where the defendant lives.",
            },
            Reason::FineComplaint => Texts {
                kk: "Айыппұл туралы қаулыға шағымды мамандандырылған аудандық әкімшілік сот қарайды; алдымен жоғары тұрған органға жүгіну міндетті емес. Шағымды тікелей сотқа өзіңіздің тұрғылықты жеріңіз бойынша немесе қаулы шығарған орган арқылы беруге болады.",
                ru: "Жалобу на постановление о штрафе рассматривает специализированный районный административный суд; обращаться сначала в вышестоящий орган не обязательно. Жалобу можно подать прямо в суд по своему месту жительства или через орган, вынесший постановление.",
                en: "A complaint against a fine is heard by the specialised district administrative court; going to the superior authority first is not required. File it directly with the court where you live, or through the authority that issued the decision.",
            },
            Reason::AdministrativeAct => Texts {
                kk: "Мемлекеттік органның әкімшілік актісіне дауды мамандандырылған ауданаралық әкімшілік сот қарайды. Талап қою акт қабылданған жер немесе жауапкер органның орналасқан жері бойынша беріледі. Заңда өзгеше көзделмесе, сотқа жүгінбес бұрын жоғары тұрған органға шағым беру керек.",
                ru: "Спор об административном акте государственного органа рассматривает специализированный межрайонный административный суд. Иск подаётся по месту принятия акта или по месту нахождения органа-ответчика. Если закон не предусматривает иного, до суда нужно подать жалобу в вышестоящий орган.",
                en: "A dispute over a state body's administrative act is heard by the specialised inter-district administrative court. The claim is filed where the act was issued or where the defendant body is located. Unless a law says otherwise, a complaint to the superior body must come first.",
            },
            Reason::AdministrativeActElectronic => Texts {
                kk: "Мемлекеттік органның әкімшілік актісіне дауды мамандандырылған ауданаралық әкімшілік сот қарайды. Акт электрондық құжат түрінде қабылданғандықтан, талап қою талап қоюшының тұрғылықты жері бойынша беріледі. Заңда өзгеше көзделмесе, сотқа жүгінбес бұрын жоғары тұрған органға шағым беру керек.",
                ru: "Спор об административном акте государственного органа рассматривает специализированный межрайонный административный суд. Акт принят в форме электронного документа, поэтому иск подаётся по месту жительства истца. Если закон не предусматривает иного, до суда нужно подать жалобу в вышестоящий орган.",
                en: "A dispute over a state body's administrative act is heard by the specialised inter-district administrative court. The act was issued as an electronic document, so the claim is filed where the plaintiff lives. Unless a law says otherwise, a complaint to the superior body must come first.",
            },
            Reason::Appeal => Texts {
                kk: "Апелляциялық шағымды облыстық соттың азаматтық істер жөніндегі апелляциялық сот алқасы қарайды. Шағым шешім шығарған сот арқылы беріледі.",
                ru: "Апелляционную жалобу рассматривает апелляционная судебная коллегия по гражданским делам областного суда. Жалоба подаётся через суд, вынесший решение.",
                en: "An appeal is heard by the civil appeal panel of the regional court. It is filed through the court that made the decision.",
            },
            Reason::InheritanceRestore => Texts {
                kk: "Мұраны қабылдау мерзімін қалпына келтіру туралы талап қою тек мұра ашылған жердегі сотқа беріледі (айрықша соттылық); тараптар басқа сот туралы келісе алмайды.",
                ru: "Иск о восстановлении срока принятия наследства подаётся только в суд по месту открытия наследства (исключительная подсудность); стороны не могут договориться о другом суде.",
                en: "A claim to restore the time to accept an inheritance goes only to the court where the inheritance opened (exclusive jurisdiction); the parties cannot agree on another court.",
            },
            Reason::RealEstate => Texts {
                kk: "Жылжымайтын мүлікке құқық туралы талап қою тек мүлік орналасқан жердегі сотқа беріледі (айрықша соттылық); тараптар басқа сот туралы келісе алмайды.",
                ru: "Иск о правах на недвижимое имущество подаётся только в суд по месту нахождения имущества (исключительная подсудность); стороны не могут договориться о другом суде.",
                en: "A claim about rights to real estate goes only to the court where the property is (exclusive jurisdiction); the parties cannot agree on another court.",
            },
            Reason::Other => Texts {
                kk: "Талап қою, әдетте, жауапкердің тұрғылықты жері (ұйым үшін — орналасқан жері) бойынша аудандық (қалалық) сотқа беріледі.",
                ru: "Иск, как правило, подаётся в районный (городской) суд по месту жительства ответчика (для организации — по месту её нахождения).",
                en: "A claim generally goes to the district (city) court where the defendant lives (an organisation: where it is located).",
            },
        }
    }
}

/// A further explanation that applies to the facts given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Note {
    PlaintiffChooses,
    DefendantUnknownOrAbroad,
    SeveralDefendants,
    BranchActivity,
    OrganisationDefendant,
    AstanaShymkentCourts,
    JuvenileDistrictOnMotion,
    AdministrativeCourtAtPlaintiff,
    MinorComplainant,
}

impl Note {
    pub fn key(self) -> &'static str {
        match self {
            Note::PlaintiffChooses => "court.note.plaintiff_chooses",
            Note::DefendantUnknownOrAbroad => "court.note.defendant_unknown_or_abroad",
            Note::SeveralDefendants => "court.note.several_defendants",
            Note::BranchActivity => "court.note.branch_activity",
            Note::OrganisationDefendant => "court.note.organisation_defendant",
            Note::AstanaShymkentCourts => "court.note.astana_shymkent_courts",
            Note::JuvenileDistrictOnMotion => "court.note.juvenile_district_on_motion",
            Note::AdministrativeCourtAtPlaintiff => "court.note.administrative_court_at_plaintiff",
            Note::MinorComplainant => "court.note.minor_complainant",
        }
    }

    pub fn text(self) -> Texts {
        match self {
            Note::PlaintiffChooses => Texts {
                kk: "Бірнеше сотқа жүгінуге болса, қайсысын таңдауды талап қоюшы өзі шешеді.",
                ru: "Если подходят несколько судов, выбор между ними принадлежит истцу.",
                en: "Where several courts are possible, the plaintiff chooses.",
            },
            Note::DefendantUnknownOrAbroad => Texts {
                kk: "Жауапкердің тұрғылықты жері белгісіз немесе ол Қазақстанда тұрмайды: талап қою оның мүлкі орналасқан жер немесе соңғы белгілі тұрғылықты жері бойынша беріледі.",
                ru: "Место жительства ответчика неизвестно или он живёт не в Казахстане: иск подаётся по месту нахождения его имущества или по его последнему известному месту жительства.",
                en: "The defendant's address is unknown or outside Kazakhstan: the claim is filed where the defendant's property is, or at the last known address.",
            },
            Note::SeveralDefendants => Texts {
                kk: "Жауапкерлер бірнешеу болса, талап қою олардың кез келгенінің тұрғылықты жері немесе орналасқан жері бойынша беріледі.",
                ru: "Если ответчиков несколько, иск подаётся по месту жительства или нахождения любого из них.",
                en: "With several defendants, the claim may be filed where any one of them lives or is located.",
            },
            Note::BranchActivity => Texts {
                kk: "Дау филиалдың қызметінен туындаса, талап қоюды филиалдың орналасқан жері бойынша да беруге болады.",
                ru: "Если спор вытекает из деятельности филиала, иск можно подать и по месту нахождения филиала.",
                en: "If the dispute arises from a branch's activity, the claim may also be filed where the branch is.",
            },
            Note::OrganisationDefendant => Texts {
                kk: "Жауапкер ұйым болса да, талап қоюшы жеке тұлға болғандықтан, іс мамандандырылған экономикалық сотқа емес, аудандық (қалалық) сотқа жатады.",
                ru: "Хотя ответчик — организация, истец — физическое лицо, поэтому дело подсудно не специализированному экономическому суду, а районному (городскому).",
                en: "Although the defendant is an organisation, the plaintiff is an individual, so the case goes to the district (city) court, not the economic court.",
            },
            Note::AstanaShymkentCourts => Texts {
                kk: "Астана мен Шымкентте аудандық соттардың орнына азаматтық істер жөніндегі ауданаралық соттар құрылған.",
                ru: "В Астане и Шымкенте вместо районных судов образованы межрайонные суды по гражданским делам.",
                en: "In Astana and Shymkent the district courts were replaced by inter-district civil courts.",
            },
            Note::JuvenileDistrictOnMotion => Texts {
                kk: "Заңды өкілдің өтінішхаты бойынша істі баланың тұрғылықты жеріндегі аудандық (қалалық) сот қарай алады; бұл республикалық маңызы бар қалаларда, астанада және облыс орталықтарында қолданылмайды.",
                ru: "По ходатайству законного представителя дело может рассмотреть районный (городской) суд по месту жительства ребёнка; в городах республиканского значения, столице и областных центрах это не применяется.",
                en: "On the legal representative's motion, the district (city) court where the child lives may hear the case; this does not apply in cities of republican significance, the capital or regional centres.",
            },
            Note::AdministrativeCourtAtPlaintiff => Texts {
                kk: "Талап қоюшының өтініші бойынша істі оның тұрғылықты жеріндегі сот қарай алады; бұл республикалық маңызы бар қалаларда, астанада және облыс орталықтарында қолданылмайды.",
                ru: "По заявлению истца дело может рассмотреть суд по месту его жительства; в городах республиканского значения, столице и областных центрах это не применяется.",
                en: "On the plaintiff's application, the court where the plaintiff lives may hear the case; this does not apply in cities of republican significance, the capital or regional centres.",
            },
            Note::MinorComplainant => Texts {
                kk: "Шағымды кәмелетке толмаған адам берсе, оны кәмелетке толмағандардың істері жөніндегі сот қарайды деп болжанады.",
                ru: "Если жалобу подаёт несовершеннолетний, предполагается, что её рассматривает суд по делам несовершеннолетних.",
                en: "If the person complaining is a minor, the juvenile court is presumed to hear the complaint.",
            },
        }
    }
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
mod tests {
    use super::*;

    #[test]
    fn the_kazakh_addressee_is_the_place_in_the_genitive_and_the_court_in_the_dative() {
        let juvenile = CourtType::Juvenile.name().kk;
        assert_eq!(
            kk_addressee("Алматы қаласы", juvenile),
            "Алматы қаласының кәмелетке толмағандардың істері жөніндегі мамандандырылған ауданаралық сотына"
        );
        assert_eq!(kk_addressee(" Қарасай ауданы ", "аудандық сот"), "Қарасай ауданының аудандық сотына");
        assert_eq!(kk_addressee("Шымкент", "сот"), "Шымкенттің сотына");
        assert_eq!(kk_addressee("Өскемен", "сот"), "Өскеменнің сотына");
        assert_eq!(kk_addressee("Ақсу", "сот"), "Ақсудың сотына");
        assert_eq!(kk_addressee("Астана", "апелляциялық сот алқасы"), "Астананың апелляциялық сот алқасына");
        assert_eq!(
            kk_addressee("Тараз қаласының", CourtType::District.name().kk),
            "Тараз қаласының аудандық (қалалық) соты немесе оған теңестірілген сотына"
        );
    }

    fn facts() -> CourtFacts {
        CourtFacts { plaintiff_locality: Some(Locality::RegionalCentre), defendant_locality: Some(Locality::RegionalCentre), ..CourtFacts::default() }
    }

    fn places(choice: &CourtChoice) -> Vec<Place> {
        choice.options.iter().map(|o| o.place).collect()
    }

    fn articles(choice: &CourtChoice) -> Vec<&'static str> {
        choice.citations.iter().map(|c| c.article).collect()
    }

    #[test]
    fn child_alimony_goes_to_the_juvenile_court_at_either_home() {
        let c = choose_court(ClaimKind::ChildAlimony, &facts());
        assert!(c.options.iter().all(|o| o.court == CourtType::Juvenile));
        assert_eq!(places(&c), [Place::PlaintiffResidence, Place::DefendantResidence]);
        assert_eq!(c.reason, Reason::ChildAlimony);
        assert!(articles(&c).contains(&"ст. 27 ч. 3") && articles(&c).contains(&"ст. 30 ч. 4") && articles(&c).contains(&"ст. 30 ч. 13"));
        assert!(c.notes.contains(&Note::PlaintiffChooses));
        assert!(!c.caution, "all confirmed from the ГПК text");
        assert!(!c.exclusive);
    }

    #[test]
    fn alimony_in_a_small_town_may_go_to_the_district_court_on_motion() {
        let small = CourtFacts { plaintiff_locality: Some(Locality::Other), minor_children_with_plaintiff: true, ..facts() };
        let c = choose_court(ClaimKind::ChildAlimony, &small);
        let last = *c.options.last().unwrap();
        assert_eq!(last, VenueOption { court: CourtType::District, place: Place::ChildResidence, on_request: true });
        assert!(c.notes.contains(&Note::JuvenileDistrictOnMotion));
        // Not in a regional centre, nor in Almaty.
        for locality in [Locality::RegionalCentre, Locality::Almaty, Locality::Astana] {
            let big = CourtFacts { plaintiff_locality: Some(locality), minor_children_with_plaintiff: true, ..facts() };
            assert!(choose_court(ClaimKind::ChildAlimony, &big).options.iter().all(|o| !o.on_request), "{locality:?}");
        }
    }

    #[test]
    fn divorce_goes_to_the_defendant_unless_the_children_live_with_the_plaintiff() {
        let c = choose_court(ClaimKind::Divorce, &facts());
        assert_eq!(c.options, [VenueOption { court: CourtType::District, place: Place::DefendantResidence, on_request: false }]);
        assert_eq!(c.reason, Reason::Divorce);
        assert!(c.caution, "that divorce is not a juvenile-court case is inferred");
        assert!(!c.notes.contains(&Note::PlaintiffChooses));

        let with_children = CourtFacts { minor_children_with_plaintiff: true, ..facts() };
        let c = choose_court(ClaimKind::Divorce, &with_children);
        assert_eq!(places(&c), [Place::DefendantResidence, Place::PlaintiffResidence]);
        assert_eq!(c.reason, Reason::DivorceChildrenWithPlaintiff);
        assert!(articles(&c).contains(&"ст. 30 ч. 7"));
    }

    #[test]
    fn astana_and_shymkent_have_inter_district_civil_courts() {
        let f = CourtFacts { plaintiff_locality: Some(Locality::Astana), defendant_locality: Some(Locality::RegionalCentre), minor_children_with_plaintiff: true, ..facts() };
        let c = choose_court(ClaimKind::Divorce, &f);
        assert_eq!(c.options[0].court, CourtType::District, "the defendant lives elsewhere");
        assert_eq!(c.options[1], VenueOption { court: CourtType::InterDistrictCivil, place: Place::PlaintiffResidence, on_request: false });
        assert!(c.notes.contains(&Note::AstanaShymkentCourts));
        assert!(c.citations.iter().any(|x| x.act == Act::CourtsDecree2023.title() && x.confidence == Confidence::Secondary));
        let shymkent = CourtFacts { defendant_locality: Some(Locality::Shymkent), ..facts() };
        let c = choose_court(ClaimKind::Loan, &shymkent);
        assert_eq!(c.options[0].court, CourtType::InterDistrictCivil);
        assert!(c.caution);
        // The juvenile court keeps its name in Astana.
        let c = choose_court(ClaimKind::ChildAlimony, &CourtFacts { plaintiff_locality: Some(Locality::Astana), ..facts() });
        assert_eq!(c.options[0].court, CourtType::Juvenile);
        assert!(!c.notes.contains(&Note::AstanaShymkentCourts));
    }

    #[test]
    fn wages_follow_the_employer_and_mention_the_commission() {
        let f = CourtFacts { defendant_is_organisation: true, ..facts() };
        let c = choose_court(ClaimKind::Wages, &f);
        assert_eq!(places(&c), [Place::DefendantLocation]);
        assert!(c.citations.iter().any(|x| x.act == Act::LabourCode.title() && x.article == "ст. 159"));
        assert!(c.notes.contains(&Note::OrganisationDefendant));
        assert!(c.caution, "district rather than economic court is inferred");
        let with_branch = CourtFacts { from_branch_activity: true, ..f };
        assert_eq!(places(&choose_court(ClaimKind::Wages, &with_branch)), [Place::DefendantLocation, Place::BranchLocation]);
        // An individual employer: no inference needed.
        let c = choose_court(ClaimKind::Wages, &facts());
        assert_eq!(places(&c), [Place::DefendantResidence]);
        assert!(!c.caution);
    }

    #[test]
    fn consumer_claims_offer_three_places() {
        let c = choose_court(ClaimKind::Consumer, &CourtFacts { defendant_is_organisation: true, ..facts() });
        assert_eq!(places(&c), [Place::PlaintiffResidence, Place::ContractPlace, Place::DefendantLocation]);
        assert!(articles(&c).contains(&"ст. 30 ч. 9"));
        assert!(c.notes.contains(&Note::PlaintiffChooses));
    }

    #[test]
    fn loans_and_the_place_of_performance() {
        let c = choose_court(ClaimKind::Loan, &facts());
        assert_eq!(places(&c), [Place::DefendantResidence]);
        let c = choose_court(ClaimKind::Loan, &CourtFacts { contract_names_place_of_performance: true, ..facts() });
        assert_eq!(places(&c), [Place::DefendantResidence, Place::ContractPerformancePlace]);
        assert!(articles(&c).contains(&"ст. 30 ч. 6"));
    }

    #[test]
    fn unknown_or_several_defendants() {
        let c = choose_court(ClaimKind::Loan, &CourtFacts { defendant_unknown_or_abroad: true, defendant_locality: None, ..facts() });
        assert_eq!(places(&c), [Place::DefendantPropertyOrLastResidence]);
        assert!(c.notes.contains(&Note::DefendantUnknownOrAbroad));
        assert!(articles(&c).contains(&"ст. 30 ч. 1"));
        let c = choose_court(ClaimKind::Other, &CourtFacts { several_defendants: true, ..facts() });
        assert_eq!(places(&c), [Place::AnyDefendantResidence]);
        assert!(articles(&c).contains(&"ст. 30 ч. 12"));
        // Alimony against a parent abroad: still at the plaintiff's home, or the parent's property.
        let c = choose_court(ClaimKind::ChildAlimony, &CourtFacts { defendant_unknown_or_abroad: true, ..facts() });
        assert_eq!(places(&c), [Place::PlaintiffResidence, Place::DefendantPropertyOrLastResidence]);
    }

    #[test]
    fn health_harm_three_places() {
        let c = choose_court(ClaimKind::HealthHarm, &facts());
        assert_eq!(places(&c), [Place::PlaintiffResidence, Place::HarmPlace, Place::DefendantResidence]);
        assert!(articles(&c).contains(&"ст. 30 ч. 5"));
    }

    #[test]
    fn exclusive_jurisdiction_allows_one_place_only() {
        let c = choose_court(ClaimKind::RealEstate, &CourtFacts { minor_children_with_plaintiff: true, ..facts() });
        assert!(c.exclusive);
        assert_eq!(places(&c), [Place::PropertyLocation]);
        assert!(articles(&c).contains(&"ст. 31") && articles(&c).contains(&"ст. 32"));
        assert!(!c.notes.contains(&Note::PlaintiffChooses));
        let c = choose_court(ClaimKind::InheritanceRestore, &facts());
        assert_eq!((places(&c), c.reason, c.exclusive), (vec![Place::InheritanceOpening], Reason::InheritanceRestore, true));
        assert!(!c.caution);
    }

    #[test]
    fn fine_complaints_go_to_the_administrative_court_not_the_civil_one() {
        let c = choose_court(ClaimKind::FineComplaint, &CourtFacts { plaintiff_locality: Some(Locality::Astana), ..facts() });
        assert_eq!(c.options[0], VenueOption { court: CourtType::AdministrativeOffences, place: Place::ComplainantResidence, on_request: false });
        assert_eq!(c.options[1].place, Place::ThroughIssuingAuthority);
        assert!(c.citations.iter().all(|x| x.act == Act::AdministrativeOffencesCode.title()));
        assert!(!c.notes.contains(&Note::AstanaShymkentCourts) && !c.notes.contains(&Note::PlaintiffChooses));
        assert!(!c.caution);
        let minor = choose_court(ClaimKind::FineComplaint, &CourtFacts { complainant_is_minor: true, ..facts() });
        assert!(minor.options.iter().all(|o| o.court == CourtType::Juvenile));
        assert!(minor.caution, "the juvenile route for minors is inferred");
    }

    #[test]
    fn administrative_acts() {
        let c = choose_court(ClaimKind::AdministrativeAct, &facts());
        assert_eq!(places(&c), [Place::ActIssuedPlace, Place::DefendantBodyLocation]);
        assert!(c.options.iter().all(|o| o.court == CourtType::Administrative));
        assert!(articles(&c).contains(&"ст. 91 ч. 5"));
        let small = choose_court(ClaimKind::AdministrativeAct, &CourtFacts { plaintiff_locality: Some(Locality::Other), ..facts() });
        assert_eq!(*small.options.last().unwrap(), VenueOption { court: CourtType::Administrative, place: Place::PlaintiffResidence, on_request: true });
        assert!(small.notes.contains(&Note::AdministrativeCourtAtPlaintiff));
        let electronic = choose_court(ClaimKind::AdministrativeAct, &CourtFacts { act_issued_electronically: true, ..facts() });
        assert_eq!((places(&electronic), electronic.reason), (vec![Place::PlaintiffResidence], Reason::AdministrativeActElectronic));
    }

    #[test]
    fn appeals_go_through_the_first_instance_court() {
        let c = choose_court(ClaimKind::Appeal, &facts());
        assert_eq!(c.options, [VenueOption { court: CourtType::AppealPanel, place: Place::ThroughFirstInstanceCourt, on_request: false }]);
        assert_eq!(articles(&c), ["ст. 402", "ст. 403 ч. 1"]);
    }

    #[test]
    fn unknown_localities_name_the_generic_district_court() {
        let c = choose_court(ClaimKind::Other, &CourtFacts::default());
        assert_eq!(c.options, [VenueOption { court: CourtType::District, place: Place::DefendantResidence, on_request: false }]);
        assert!(!c.caution);
    }

    #[test]
    fn every_text_exists_in_three_languages_and_kazakh_uses_the_codes_terms() {
        use ClaimKind::*;
        let kinds = [ChildAlimony, Divorce, Wages, Consumer, Loan, HealthHarm, FineComplaint, AdministrativeAct, Appeal, InheritanceRestore, RealEstate, Other];
        let reasons = [
            Reason::ChildAlimony,
            Reason::Divorce,
            Reason::DivorceChildrenWithPlaintiff,
            Reason::Wages,
            Reason::Consumer,
            Reason::Loan,
            Reason::HealthHarm,
            Reason::FineComplaint,
            Reason::AdministrativeAct,
            Reason::AdministrativeActElectronic,
            Reason::Appeal,
            Reason::InheritanceRestore,
            Reason::RealEstate,
            Reason::Other,
        ];
        let notes = [
            Note::PlaintiffChooses,
            Note::DefendantUnknownOrAbroad,
            Note::SeveralDefendants,
            Note::BranchActivity,
            Note::OrganisationDefendant,
            Note::AstanaShymkentCourts,
            Note::JuvenileDistrictOnMotion,
            Note::AdministrativeCourtAtPlaintiff,
            Note::MinorComplainant,
        ];
        let mut keys: Vec<&str> = reasons.iter().map(|r| r.key()).chain(notes.iter().map(|n| n.key())).collect();
        let count = keys.len();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), count, "keys are unique");
        let texts = reasons.iter().map(|r| r.text()).chain(notes.iter().map(|n| n.text()));
        for t in texts {
            assert!(!t.kk.is_empty() && !t.ru.is_empty() && !t.en.is_empty());
            assert!(t.kk.chars().any(|c| "әғқңөұүһі".contains(c)), "real Kazakh: {}", t.kk);
            assert!(!t.kk.contains("иск") && !t.kk.contains("истец") && !t.kk.contains("ответчик") && !t.kk.contains("суд "), "Russian in kk: {}", t.kk);
        }
        for r in reasons {
            let kk = r.text().kk;
            assert!(kk.contains("сот") || kk.contains("шағым"), "{kk}");
        }
        // Every kind of claim gets at least one court and one citation.
        for kind in kinds {
            for f in [CourtFacts::default(), facts(), CourtFacts { several_defendants: true, defendant_is_organisation: true, from_branch_activity: true, ..facts() }] {
                let c = choose_court(kind, &f);
                assert!(!c.options.is_empty() && !c.citations.is_empty(), "{kind:?}");
                assert_eq!(c.caution, needs_caution(&c.citations));
            }
        }
    }
}
