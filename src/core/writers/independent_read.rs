//! Every questionnaire's DOCX opened by a reader that is not ours: Python's own `zipfile` and its strict
//! XML parser (`xml.etree.ElementTree`), which share no code with `docx.rs`. Each file must be a zip with
//! the three parts Word needs, every part well-formed XML, and each block of the document one paragraph
//! of `word/document.xml` reading exactly as the app shows it (with its number). `python3` is on every
//! machine this project runs on (Debian's CPython); without it this test fails and says so.

use std::path::Path;
use std::process::Command;

use super::docx::docx;
use super::text::numbered;
use crate::core::content;
use crate::core::date::Date;
use crate::core::interview::computed::tests::default_answers;
use crate::core::interview::Session;
use crate::core::lang::Lang;

const TODAY: Date = Date::new(2026, 11, 25);

/// Reads every `<name>.docx` in the folder given as its argument and compares its paragraphs with
/// `<name>.txt` (one expected paragraph per line). Prints one line per problem; exits 1 if any.
const READER: &str = r#"
import pathlib, sys, zipfile
import xml.etree.ElementTree as ET
W = '{http://schemas.openxmlformats.org/wordprocessingml/2006/main}'
problems, read = [], 0
for path in sorted(pathlib.Path(sys.argv[1]).glob('*.docx')):
    try:
        with zipfile.ZipFile(path) as z:
            bad = z.testzip()
            if bad:
                problems.append(f'{path.name}: damaged member {bad}')
                continue
            names = set(z.namelist())
            for part in ('[Content_Types].xml', '_rels/.rels', 'word/document.xml'):
                if part not in names:
                    problems.append(f'{path.name}: no {part}')
            for name in names:
                if name.endswith('.xml') or name.endswith('.rels'):
                    ET.fromstring(z.read(name))
            body = ET.fromstring(z.read('word/document.xml')).find(W + 'body')
            paragraphs = [''.join(t.text or '' for t in p.iter(W + 't')) for p in body.iter(W + 'p')]
    except Exception as e:
        problems.append(f'{path.name}: {type(e).__name__}: {e}')
        continue
    expected = path.with_suffix('.txt').read_text(encoding='utf-8').split('\n')
    if paragraphs != expected:
        for i, (got, want) in enumerate(zip(paragraphs, expected)):
            if got != want:
                problems.append(f'{path.name}: paragraph {i + 1}: read {got!r}, expected {want!r}')
                break
        if len(paragraphs) != len(expected):
            problems.append(f'{path.name}: {len(paragraphs)} paragraphs, expected {len(expected)}')
    read += 1
print(f'read {read} files')
for p in problems:
    print(p)
sys.exit(1 if problems or read == 0 else 0)
"#;

#[test]
fn every_questionnaire_s_docx_reads_in_python_s_zip_and_xml_parsers_as_the_app_shows_it() {
    let dir = std::env::temp_dir().join(format!("zanger-docx-read-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut written = 0;
    for lang in [Lang::Kk, Lang::Ru] {
        for q in content::questionnaires(lang) {
            let session = Session::with_answers(q, &default_answers(q), TODAY);
            let doc = session.document(lang).unwrap_or_else(|u| panic!("{} ({}): {u}", q.id, lang.code())).filled;
            let name = format!("{}-{}", q.id, lang.code());
            std::fs::write(dir.join(format!("{name}.docx")), docx(&doc, lang)).unwrap();
            let expected: Vec<String> = doc.blocks.iter().map(numbered).collect();
            std::fs::write(dir.join(format!("{name}.txt")), expected.join("\n")).unwrap();
            written += 1;
        }
    }
    let out = run_reader(&dir);
    let _ = std::fs::remove_dir_all(&dir);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "the independent reader refused the DOCX files:\n{report}{}", String::from_utf8_lossy(&out.stderr));
    assert!(report.starts_with(&format!("read {written} files")), "{report}");
}

fn run_reader(dir: &Path) -> std::process::Output {
    Command::new("python3")
        .arg("-c")
        .arg(READER)
        .arg(dir)
        .output()
        .unwrap_or_else(|e| panic!("python3 is needed to read the DOCX files independently (Debian's python3): {e}"))
}
