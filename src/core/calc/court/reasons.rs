//! What the reader is told about the court: the main reason, one per kind of claim, and the notes
//! added to it, each in three languages with the rule it rests on.

use super::*;

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
