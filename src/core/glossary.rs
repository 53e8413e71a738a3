//! The Kazakh glossary check (issue #16): every Kazakh text a reader sees (guides, questionnaires and the
//! documents they fill, figure and holiday names, the UI catalogue and the input messages) is read from
//! its file and refused when it uses a form the official Kazakh texts of the codes do not use. Each
//! failure names the file, the line, the wrong form and the right one.
//!
//! The right forms were checked in the Kazakh texts of the codes (the `quyse/kz-laws` mirror): ТК art. 159
//! «келісу комиссиясы» and «жұмыскер» (kaz/95666.md); ГПК ch. 12 as amended by Law 20.12.2021 № 84-VII,
//! «арыз», «талап қоюшы», «жауапкер» (kaz/95109.md @aeb81e03). See /work/shared/research/kz-legal-facts.md §9.

use std::path::{Path, PathBuf};

/// One Kazakh text and where it is.
struct Text {
    file: String,
    line: usize,
    text: String,
}

/// A wrong form, what to write instead, and which texts it applies to.
struct Rule {
    /// Lower-case; matched in the lower-cased text.
    wrong: &'static str,
    right: &'static str,
    /// The text is wrong only when the form is not followed by one of these (e.g. «өтініш» but not «өтінішхат»).
    unless_followed_by: &'static [&'static str],
    /// The text is wrong only when the form is not preceded by one of these (e.g. «қызметкер» of a
    /// law-enforcement body is the official word for сотрудник).
    unless_preceded_by: &'static [&'static str],
    scope: Scope,
}

#[derive(Clone, Copy)]
enum Scope {
    /// Every Kazakh text.
    All,
    /// Texts about labour law: the labour guides and questionnaires (file name starts with `labor.`).
    Labour,
    /// Texts about the court-order procedure: the court-order guide and questionnaire, and any other
    /// sentence that speaks of a court order or of the objection to one (see `COURT_ORDER_WORDS`).
    CourtOrder,
}

const RULES: &[Rule] = &[
    Rule { wrong: "келісім комиссия", right: "келісу комиссиясы (ТК 159-бабы)", unless_followed_by: &[], unless_preceded_by: &[], scope: Scope::All },
    Rule { wrong: "мүгедек бала", right: "мүгедектігі бар бала", unless_followed_by: &[], unless_preceded_by: &[], scope: Scope::All },
    Rule { wrong: "қадам-қадаммен", right: "қадамма-қадам", unless_followed_by: &[], unless_preceded_by: &[], scope: Scope::All },
    Rule { wrong: "қосымша дереккөз", right: "қосалқы дереккөз", unless_followed_by: &[], unless_preceded_by: &[], scope: Scope::All },
    Rule {
        wrong: "қызметкер",
        right: "жұмыскер (Еңбек кодексі; «қызметкер» тек органдардың қызметкерлері үшін)",
        unless_followed_by: &[],
        unless_preceded_by: &["органдарының ", "органының ", "органдардың "],
        scope: Scope::Labour,
    },
    Rule { wrong: "борышкер", right: "жауапкер (АПК 12-тарауы)", unless_followed_by: &[], unless_preceded_by: &[], scope: Scope::CourtOrder },
    Rule { wrong: "өндіріп алушы", right: "талап қоюшы (АПК 12-тарауы)", unless_followed_by: &[], unless_preceded_by: &[], scope: Scope::CourtOrder },
    Rule { wrong: "өтініш", right: "арыз (АПК 136–138-баптары)", unless_followed_by: &["хат"], unless_preceded_by: &[], scope: Scope::CourtOrder },
];

/// The files whose every text is about the court-order procedure.
const COURT_ORDER_FILES: &[&str] = &["court.order.md", "alimony.order.toml"];

/// Words that make a sentence elsewhere a court-order sentence (lower-case).
const COURT_ORDER_WORDS: &[&str] = &["сот бұйрығ", "бұйрықты алған", "бұйрықтың күш"];

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn relative(path: &Path) -> String {
    path.strip_prefix(root()).unwrap_or(path).display().to_string()
}

fn files(dir: &Path, ext: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect();
    files.sort();
    files
}

/// The Kazakh (and English) guides: every line but `keywords`, which are the words people type into the search box
/// (colloquial and wrong forms included on purpose) and are never shown.
fn guide_texts(texts: &mut Vec<Text>) {
    // English guides quote Kazakh terms too («conciliation commission (… / келісу комиссиясы)»).
    let kk = files(&root().join("content/guides/kk"), "md");
    let en = files(&root().join("content/guides/en"), "md");
    for path in kk.into_iter().chain(en) {
        let file = relative(&path);
        for (i, line) in read(&path).lines().enumerate().filter(|(_, l)| !l.starts_with("keywords")) {
            texts.push(Text { file: file.clone(), line: i + 1, text: line.to_string() });
        }
    }
}

/// The `kk` strings of a TOML file: `text.kk = "…"` and `{ kk = "…", … }`.
fn toml_kk_texts(path: &Path, texts: &mut Vec<Text>) {
    let file = relative(path);
    for (i, line) in read(path).lines().enumerate() {
        let mut rest = line;
        while let Some(at) = rest.find("kk = \"") {
            let before = rest[..at].chars().last();
            let after = &rest[at + "kk = \"".len()..];
            rest = after;
            // `kk` itself, not the end of a longer key.
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let mut end = after.len();
            let mut escaped = false;
            for (j, c) in after.char_indices() {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => {
                        end = j;
                        break;
                    }
                    _ => escaped = false,
                }
            }
            texts.push(Text { file: file.clone(), line: i + 1, text: after[..end].to_string() });
            rest = &after[end..];
        }
    }
}

/// The Kazakh string literals of a Rust file between two markers (`static KK: Ui = Ui {` … `};`), or
/// every line holding Kazakh letters when there are no markers.
fn rust_kk_texts(path: &Path, start: Option<&str>, texts: &mut Vec<Text>) {
    let file = relative(path);
    let source = read(path);
    let mut inside = start.is_none();
    for (i, line) in source.lines().enumerate() {
        match start {
            Some(start) if line.starts_with(start) => inside = true,
            Some(_) if inside && line.starts_with("};") => inside = false,
            _ => {}
        }
        let kazakh = line.chars().any(|c| "әғқңөұүһі".contains(c));
        if inside && (start.is_some() || kazakh) {
            texts.push(Text { file: file.clone(), line: i + 1, text: line.to_string() });
        }
    }
}

fn all_kazakh_texts() -> Vec<Text> {
    let mut texts = Vec::new();
    guide_texts(&mut texts);
    for path in files(&root().join("content/questionnaires"), "toml") {
        toml_kk_texts(&path, &mut texts);
    }
    toml_kk_texts(&root().join("content/figures.toml"), &mut texts);
    toml_kk_texts(&root().join("content/holidays.toml"), &mut texts);
    toml_kk_texts(&root().join("content/triage.toml"), &mut texts);
    toml_kk_texts(&root().join("content/filing_checks.toml"), &mut texts);
    rust_kk_texts(&root().join("src/core/i18n/kk.rs"), Some("pub(super) static KK: Ui"), &mut texts);
    rust_kk_texts(&root().join("src/core/interview/input.rs"), None, &mut texts);
    for path in files(&root().join("src/core/calc"), "rs").into_iter().chain(files(&root().join("src/core/calc/court"), "rs")) {
        rust_kk_texts(&path, None, &mut texts);
    }
    texts
}

fn in_scope(scope: Scope, text: &Text, sentence: &str) -> bool {
    let name = Path::new(&text.file).file_name().and_then(|n| n.to_str()).unwrap_or_default();
    match scope {
        Scope::All => true,
        Scope::Labour => name.starts_with("labor."),
        Scope::CourtOrder => COURT_ORDER_FILES.contains(&name) || COURT_ORDER_WORDS.iter().any(|w| sentence.contains(w)),
    }
}

/// The wrong forms in one text, as messages.
fn check(text: &Text) -> Vec<String> {
    let lower = text.text.to_lowercase();
    let mut found = Vec::new();
    // Sentence by sentence, so that a court-order sentence is told from the rest of a paragraph.
    for sentence in lower.split_inclusive(['.', '!', '?', ';']) {
        for rule in RULES {
            if !in_scope(rule.scope, text, sentence) {
                continue;
            }
            for (at, _) in sentence.match_indices(rule.wrong) {
                let before = &sentence[..at];
                let after = &sentence[at + rule.wrong.len()..];
                let word_start = before.chars().last().is_none_or(|c| !c.is_alphabetic());
                if !word_start
                    || rule.unless_followed_by.iter().any(|s| after.starts_with(s))
                    || rule.unless_preceded_by.iter().any(|s| before.ends_with(s))
                {
                    continue;
                }
                found.push(format!("{}:{}: «{}» → «{}»", text.file, text.line, rule.wrong, rule.right));
            }
        }
    }
    found
}

#[test]
fn kazakh_texts_use_the_official_terms() {
    let texts = all_kazakh_texts();
    assert!(texts.len() > 1000, "only {} Kazakh texts were found: is the content where the test looks?", texts.len());
    let errors: Vec<String> = texts.iter().flat_map(check).collect();
    assert!(errors.is_empty(), "{} wrong Kazakh form(s):\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn the_glossary_check_refuses_each_wrong_form_and_lets_the_right_ones_pass() {
    let text = |file: &str, s: &str| Text { file: file.into(), line: 1, text: s.into() };
    let wrong = [
        ("content/guides/kk/labor.wages.md", "Дауды алдымен келісім комиссиясы қарайды."),
        ("content/guides/kk/family.alimony.md", "18-ге толмаған мүгедек баланы күтіп отырған жұбай."),
        ("src/core/i18n/kk.rs", "не істеу керегін қадам-қадаммен түсіндіреді"),
        ("src/core/i18n/kk.rs", "source_via: \"қосымша дереккөз\","),
        ("content/guides/kk/labor.dismissal.md", "Мына қызметкерлер бірден сотқа жүгінеді."),
        ("content/guides/kk/court.order.md", "Борышкер қарсылық береді."),
        ("content/questionnaires/alimony.order.toml", "Өндіріп алушы арыз береді."),
        ("content/guides/kk/debt.loan.md", "Сот бұйрығы туралы өтініш беріледі."),
        ("content/guides/kk/court.enforcement.md", "Борышкер бұйрықты алған күннен бастап қарсылық бере алады."),
    ];
    for (file, s) in wrong {
        assert_eq!(check(&text(file, s)).len(), 1, "{file}: {s}");
    }
    let right = [
        ("content/guides/kk/labor.wages.md", "Дауды алдымен келісу комиссиясы қарайды; жұмыскер сотқа жүгінеді."),
        ("content/guides/kk/labor.wages.md", "Арнаулы және құқық қорғау органдарының қызметкерлеріне қолданылмайды."),
        ("content/guides/kk/debt.loan.md", "Борышкер қарызын қайтармады."),
        ("content/guides/kk/court.order.md", "Дәлелдемелерді талап етіп алдыру туралы өтінішхат."),
        ("content/guides/kk/court.enforcement.md", "Сотқа өтініштерді беруге болады. Ал сот бұйрығы туралы арыз бөлек."),
        ("content/guides/kk/family.alimony.md", "Мүгедектігі бар баланы күтіп отырған жұбай."),
    ];
    for (file, s) in right {
        assert_eq!(check(&text(file, s)), Vec::<String>::new(), "{file}: {s}");
    }
}

#[test]
fn kazakh_and_english_pages_name_every_cited_act_in_their_language() {
    use crate::core::content;
    use crate::core::lang::Lang;
    let mut acts: Vec<&str> = Vec::new();
    for q in content::questionnaires(Lang::Kk) {
        acts.extend(q.sources.iter().map(|s| s.act));
    }
    for f in content::figures() {
        acts.extend(f.values.iter().map(|v| v.source.act));
    }
    assert!(!acts.is_empty());
    for act in acts {
        assert_eq!(content::act_name(act, Lang::Ru), act);
        let kk = content::act_name(act, Lang::Kk);
        assert!(kk != act && kk.contains("Қазақстан"), "no Kazakh name for «{act}» (content/acts.toml): {kk}");
        assert_ne!(content::act_name(act, Lang::En), act, "no English name for «{act}» (content/acts.toml)");
    }
}
