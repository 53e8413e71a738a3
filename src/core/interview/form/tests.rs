use super::*;
use crate::core::content;
use crate::core::interview::Interview;

const TODAY: Date = Date::new(2026, 11, 25);

fn raw(pairs: &[(&str, &str)]) -> Raw {
    pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect()
}

fn alimony() -> &'static Questionnaire {
    content::questionnaire("alimony.claim", crate::core::lang::Lang::Ru).unwrap()
}

/// Version 3 of a questionnaire whose questions were renamed twice:
/// 1 → 2: `name` → `full_name`, the group `kids` → `children` and its field `dob` → `birth`, the
///        income choice `wage` → `salary`;
/// 2 → 3: `full_name` → `plaintiff_name`, the field `birth` → `born`, the document `bc` →
///        `birth_certificate`.
mod v3 {
    use crate::core::content::model::Texts;
    use crate::core::interview::model::*;

    const T: Texts = Texts { kk: "", ru: "", en: "" };
    const fn q(id: &'static str, kind: Kind) -> Question {
        Question { id, kind, label: T, hint: T, required: true, show_if: "", labels: &[] }
    }
    static INCOME: [Choice; 2] = [Choice { id: "salary", label: T }, Choice { id: "irregular", label: T }];
    static DOCS: [Choice; 2] = [Choice { id: "birth_certificate", label: T }, Choice { id: "income_statement", label: T }];
    static CHILD: [Question; 2] = [q("name", Kind::Text), q("born", Kind::Date { past_only: true })];
    static PAGES: [Page; 1] = [Page {
        id: "p",
        title: T,
        show_if: "",
        questions: &[
            q("plaintiff_name", Kind::Text),
            q("income_kind", Kind::Single(&INCOME)),
            q("children", Kind::Group { questions: &CHILD, min: 1, max: 5 }),
            q("documents", Kind::Multiple(&DOCS)),
        ],
    }];
    static MIGRATIONS: [Migration; 2] = [
        Migration {
            from: 1,
            rename: &[("name", "full_name"), ("kids", "children"), ("kids.dob", "children.birth")],
            values: &[("income_kind", "wage", "salary")],
        },
        Migration {
            from: 2,
            rename: &[("full_name", "plaintiff_name"), ("children.birth", "children.born")],
            values: &[("documents", "bc", "birth_certificate")],
        },
    ];
    pub static Q: Questionnaire = Questionnaire { version: 3, migrations: &MIGRATIONS, ..Questionnaire::fixture("x", &PAGES) };
}

#[test]
fn drafts_round_trip_any_text() {
    let raw = raw(&[
        ("plaintiff_name", "Айгерім = \"Ая\""),
        ("facts", "line 1\nline 2\\ end\r\n<script>"),
        ("children.0.name", "Айша"),
    ]);
    let text = save_draft(alimony(), &raw);
    assert!(text.starts_with("zanger-draft 2\nalimony.claim\nschema 1\n"), "{text}");
    let restored = load_draft(alimony(), &text).unwrap();
    assert_eq!((restored.raw, restored.damaged, restored.schema), (raw, vec![], 1));
    assert_eq!(restored.leftover, ["facts"], "not a question of alimony.claim");
    let text = save_draft(&v3::Q, &Raw::new());
    assert_eq!(text, "zanger-draft 2\nx\nschema 3\n");
}

#[test]
fn a_draft_of_the_first_format_loads_as_version_1() {
    let text = "zanger-draft 1\nalimony.claim\nlives_with_me=yes\nchildren=2\nchildren.1.name=Нұрлан\n";
    let restored = load_draft(alimony(), text).unwrap();
    assert_eq!(restored.raw, raw(&[("lives_with_me", "yes"), ("children", "2"), ("children.1.name", "Нұрлан")]));
    assert_eq!((restored.schema, restored.damaged.len(), restored.leftover.len()), (1, 0, 0));
}

#[test]
fn migrations_carry_a_draft_through_every_later_version() {
    // Saved with version 1 (the first draft format): both steps apply, in order.
    let text = "zanger-draft 1\nx\nname=Ая\nkids=2\nkids.0.dob=2019-05-01\nkids.1.name=Ерлан\nincome_kind=wage\ndocuments=bc,income_statement\nold_question=кое-что\n";
    let restored = load_draft(&v3::Q, text).unwrap();
    let expected = raw(&[
        ("plaintiff_name", "Ая"),
        ("children", "2"),
        ("children.0.born", "2019-05-01"),
        ("children.1.name", "Ерлан"),
        ("income_kind", "salary"),
        ("documents", "birth_certificate,income_statement"),
        ("old_question", "кое-что"),
    ]);
    assert_eq!(restored.raw, expected);
    assert_eq!(restored.leftover, ["old_question"]);
    // Saved with version 2: only the second step applies (version 2 had no `name` question).
    let text = "zanger-draft 2\nx\nschema 2\nfull_name=Ая\nchildren.0.birth=2019-05-01\nincome_kind=wage\nname=left\n";
    let restored = load_draft(&v3::Q, text).unwrap();
    let expected = raw(&[("plaintiff_name", "Ая"), ("children.0.born", "2019-05-01"), ("income_kind", "wage"), ("name", "left")]);
    assert_eq!((restored.raw, restored.leftover, restored.schema), (expected, vec!["name".to_string()], 2));
    // Saved with the current version: nothing moves.
    let text = "zanger-draft 2\nx\nschema 3\nname=Ая\n";
    assert_eq!(load_draft(&v3::Q, text).unwrap().raw, raw(&[("name", "Ая")]));
}

#[test]
fn leftover_answers_are_kept_and_saved_back() {
    let restored = load_draft(&v3::Q, "zanger-draft 1\nx\nname=Ая\nfacts=текст\nkids.0.eyes=карие\n").unwrap();
    assert_eq!(restored.leftover, ["children.0.eyes", "facts"]);
    let again = load_draft(&v3::Q, &save_draft(&v3::Q, &restored.raw)).unwrap();
    assert_eq!(again.raw, restored.raw);
    assert_eq!(again.leftover, restored.leftover);
    assert!(is_asked(&v3::Q, "children.4.born") && is_asked(&v3::Q, "children") && !is_asked(&v3::Q, "children.x.born"));
}

#[test]
fn foreign_future_and_damaged_drafts_are_reported() {
    let q = &v3::Q;
    assert_eq!(load_draft(q, "{\"json\": true}"), Err(DraftError::NotADraft));
    assert_eq!(load_draft(q, ""), Err(DraftError::NotADraft));
    assert_eq!(load_draft(q, "zanger-draft 9\nx\n"), Err(DraftError::NewerVersion("zanger-draft 9".into())));
    assert_eq!(load_draft(q, "zanger-draft 2\nx\nschema 4\nname=Ая\n"), Err(DraftError::NewerVersion("schema 4".into())));
    assert_eq!(load_draft(q, "zanger-draft 1\nb\n"), Err(DraftError::OtherQuestionnaire("b".into())));
    assert_eq!(load_draft(q, "zanger-draft 2\nb\nschema 1\n"), Err(DraftError::OtherQuestionnaire("b".into())));
    for broken in ["zanger-draft 2\nx\n", "zanger-draft 2\nx\nname=Ая\n", "zanger-draft 2\nx\nschema 0\n", "zanger-draft 2\nx\nschema -1\n"] {
        assert_eq!(load_draft(q, broken), Err(DraftError::NotADraft), "{broken:?}");
    }
    let restored = load_draft(q, "zanger-draft 1\nx\nplaintiff_name=Ая\nbroken line\nbad=\\q\nok=1").unwrap();
    assert_eq!(restored.raw.len(), 2);
    assert_eq!(restored.damaged, vec![4, 5]);
    let restored = load_draft(q, "zanger-draft 2\nx\nschema 3\nplaintiff_name=Ая\nbroken line\n").unwrap();
    assert_eq!(restored.damaged, vec![5]);
}

/// Three pages; the second shows only when `flag` is yes.
mod paged {
    use crate::core::content::model::Texts;
    use crate::core::interview::model::*;

    const T: Texts = Texts { kk: "", ru: "", en: "" };
    const fn q(id: &'static str, kind: Kind) -> Question {
        Question { id, kind, label: T, hint: T, required: false, show_if: "", labels: &[] }
    }
    static PAGES: [Page; 3] = [
        Page { id: "first", title: T, show_if: "", questions: &[q("flag", Kind::YesNo)] },
        Page { id: "only_if_flag", title: T, show_if: "flag", questions: &[q("detail", Kind::Text)] },
        Page { id: "last", title: T, show_if: "", questions: &[q("name", Kind::Text)] },
    ];
    pub static Q: Questionnaire = Questionnaire::fixture("p", &PAGES);
}

#[test]
fn a_draft_of_a_newer_format_is_refused_whole_and_its_text_is_left_as_it_was() {
    // The caller keeps the stored text (load_draft only reads it) and writes nothing over it.
    let text = "zanger-draft 99\nalimony.claim\nsomething new\nlives_with_me=yes\n".to_string();
    let copy = text.clone();
    assert_eq!(load_draft(alimony(), &text), Err(DraftError::NewerVersion("zanger-draft 99".into())));
    assert_eq!(load_draft(alimony(), "zanger-draft 3\nalimony.claim\n"), Err(DraftError::NewerVersion("zanger-draft 3".into())));
    assert_eq!(text, copy);
    // Not a draft at all is refused too (another program's data): the form keeps it the same way.
    assert_eq!(load_draft(alimony(), "<html>"), Err(DraftError::NotADraft));
}

#[test]
fn values_the_form_cannot_use_are_listed_by_key_with_the_value_as_typed() {
    let text = "zanger-draft 2\nalimony.claim\nschema 1\n\
        lives_with_me=yes\n\
        plaintiff_role=grandmother\n\
        marriage=divorced\n\
        plaintiff_born=31.02.1992\n\
        children=1\n\
        children.0.born=2019-05-01\n\
        children.2.name=Ерлан\n\
        attachments_ready=birth_certificates,passport_scan\n\
        plaintiff_name=Ая\\q Болатқызы\n\
        a line with no equals sign\n\
        =no key\n\
        plaintiff_iin=123\n";
    let restored = load_draft(alimony(), text).unwrap();
    let got: Vec<(Option<&str>, &str, Why)> = restored.unusable.iter().map(|u| (u.key.as_deref(), u.value.as_str(), u.why)).collect();
    // In the questionnaire's order; lines that name no question last.
    assert_eq!(
        got,
        [
            (Some("plaintiff_role"), "grandmother", Why::UnknownChoice),
            (Some("children.2.name"), "Ерлан", Why::HiddenItem),
            (Some("plaintiff_name"), "Ая\\q Болатқызы", Why::Damaged { line: 12 }),
            (Some("plaintiff_born"), "31.02.1992", Why::NotADate),
            (Some("attachments_ready"), "passport_scan", Why::UnknownChoice),
            (None, "a line with no equals sign", Why::Damaged { line: 13 }),
            (None, "no key", Why::Damaged { line: 14 }),
        ]
    );
    assert_eq!(restored.damaged, [12, 13, 14]);
    // The values stay in the draft (saved back until the person changes them); an entry a field
    // shows as typed (a wrong ИИН) is not listed: the field shows it and says what is wrong.
    assert_eq!(restored.raw.get("plaintiff_role").map(String::as_str), Some("grandmother"));
    assert_eq!(restored.raw.get("plaintiff_iin").map(String::as_str), Some("123"));
    assert!(restored.kept_any(), "lives_with_me, marriage, … came back");
    // Nothing but damaged lines: nothing else is said to be saved.
    let restored = load_draft(alimony(), "zanger-draft 2\nalimony.claim\nschema 1\nbroken\nplaintiff_role=grandmother\n").unwrap();
    assert_eq!(restored.unusable.len(), 2);
    assert!(!restored.kept_any());
    // A clean draft lists nothing.
    let restored = load_draft(alimony(), "zanger-draft 2\nalimony.claim\nschema 1\nplaintiff_role=mother\nattachments_ready=birth_certificates\n").unwrap();
    assert_eq!((restored.kept_any(), restored.unusable), (true, vec![]));
}

#[test]
fn a_damaged_line_is_listed_under_the_key_the_current_version_asks() {
    // Saved with version 1 as `name`: version 3 asks it as `plaintiff_name`.
    let restored = load_draft(&v3::Q, "zanger-draft 1\nx\nname=Ая\\x\nkids.0.dob=2019\\\n").unwrap();
    let keys: Vec<Option<&str>> = restored.unusable.iter().map(|u| u.key.as_deref()).collect();
    assert_eq!(keys, [Some("plaintiff_name"), Some("children.0.born")]);
    assert_eq!(restored.unusable[1].value, "2019\\", "a lone backslash stays as typed");
}

#[test]
fn the_page_is_saved_with_the_draft_and_the_draft_reopens_there() {
    let q = &paged::Q;
    let answers = raw(&[("flag", "yes"), ("detail", "x=1")]);
    let text = save_draft_at(q, &answers, Some("only_if_flag"));
    assert_eq!(text, "zanger-draft 2\np\nschema 1\npage only_if_flag\ndetail=x\\e1\nflag=yes\n");
    let restored = load_draft(q, &text).unwrap();
    assert_eq!((restored.page.as_deref(), &restored.raw, restored.damaged.len()), (Some("only_if_flag"), &answers, 0));
    let shown = |raw: &Raw| Interview::new(q, read(q, raw, TODAY).0).pages();
    assert_eq!(resume_page(q, &shown(&restored.raw), restored.page.as_deref()), 1);
    // The page is no longer shown given the answers: the nearest earlier shown page.
    let no = raw(&[("flag", "no")]);
    assert_eq!(resume_page(q, &shown(&no), Some("only_if_flag")), 0);
    assert_eq!(resume_page(q, &shown(&no), Some("last")), 1);
    // A page this version does not have, or no page: the first.
    assert_eq!(resume_page(q, &shown(&no), Some("gone")), 0);
    assert_eq!(resume_page(q, &shown(&no), None), 0);
    // A page id that could not be written on its own line is not written.
    assert_eq!(save_draft_at(q, &Raw::new(), Some("a=b")), "zanger-draft 2\np\nschema 1\n");
    assert_eq!(save_draft_at(q, &Raw::new(), None), save_draft(q, &Raw::new()));
}

#[test]
fn drafts_saved_before_the_page_was_kept_still_open_at_the_first_step() {
    for text in ["zanger-draft 1\np\nflag=yes\nname=Ая\n", "zanger-draft 2\np\nschema 1\nflag=yes\nname=Ая\n"] {
        let restored = load_draft(&paged::Q, text).unwrap();
        assert_eq!((restored.page, restored.raw.len(), restored.damaged.len()), (None, 2, 0), "{text:?}");
    }
    // In the first format a `page` line was never written: it is a damaged line there.
    let restored = load_draft(&paged::Q, "zanger-draft 1\np\npage last\n").unwrap();
    assert_eq!((restored.page, restored.damaged), (None, vec![3]));
    // `page …` only right after `schema`; elsewhere it is a damaged line, as before.
    let restored = load_draft(&paged::Q, "zanger-draft 2\np\nschema 1\nflag=yes\npage last\n").unwrap();
    assert_eq!((restored.page, restored.damaged), (None, vec![5]));
}

#[test]
fn raw_entries_become_answers_and_rejections() {
    let q = alimony();
    let raw = Raw::from([
        ("plaintiff_name".to_string(), "  Айгерім ".to_string()),
        ("plaintiff_phone".to_string(), "8 701 123 45 67".to_string()),
        ("plaintiff_iin".to_string(), "123".to_string()),
        ("children".to_string(), "2".to_string()),
        ("children.0.name".to_string(), "Айша".to_string()),
        ("children.1.born".to_string(), "31.02.2020".to_string()),
    ]);
    let (answers, errors) = read(q, &raw, TODAY);
    assert_eq!(answers.get("plaintiff_name"), Some(&Answer::Text("Айгерім".into())));
    assert_eq!(answers.get("plaintiff_phone"), Some(&Answer::Text("+77011234567".into())));
    assert!(errors.contains_key("plaintiff_iin"));
    assert!(errors.contains_key("children.1.born"));
    let Some(Answer::Group(items)) = answers.get("children") else { panic!("{answers:?}") };
    assert_eq!(items.len(), 2);
}
