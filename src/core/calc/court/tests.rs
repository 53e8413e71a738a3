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
