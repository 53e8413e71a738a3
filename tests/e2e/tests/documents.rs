//! Every questionnaire (all of content/questionnaires/) completed in a real browser in Kazakh and in Russian, to its document and its
//! DOCX. Fields are filled with plausible values by a small script (typing itself is covered by the
//! alimony test); "no" is chosen for yes/no questions and the first option otherwise, which is the
//! normal path through every questionnaire (exits fire on "yes").

use zanger_e2e::{with_browser, Browser, Setup};

use zanger_e2e::fill;
use fill::fill_to_review;

/// Every questionnaire of the content, found there: a new document is tested without touching this file.
fn questionnaires() -> Vec<&'static str> {
    let ids: Vec<&'static str> = zanger::core::content::questionnaires(zanger::core::lang::Lang::Ru).iter().map(|q| q.id).collect();
    assert!(ids.len() >= 17, "the content has {} questionnaires", ids.len());
    ids
}

async fn complete(b: &Browser, id: &str, lang: &str) -> Result<(), String> {
    complete_with(b, id, lang, "Тест").await.map(|_| ())
}

/// The text of a PDF as Debian's `pdftotext` reads it (a reader that is not ours), whitespace collapsed.
fn pdf_text(pdf: &[u8], name: &str) -> Result<String, String> {
    let path = std::env::temp_dir().join(format!("zanger-e2e-{}-{name}", std::process::id()));
    std::fs::write(&path, pdf).map_err(|e| e.to_string())?;
    let out = std::process::Command::new("pdftotext").args(["-raw", "-enc", "UTF-8"]).arg(&path).arg("-").output();
    let _ = std::fs::remove_file(&path);
    let out = out.map_err(|e| format!("pdftotext: {e} (cargo xtask test installs poppler-utils)"))?;
    if !out.status.success() {
        return Err(format!("pdftotext cannot read {name}: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(collapse(&String::from_utf8_lossy(&out.stdout)))
}

fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Completes questionnaire `id` typing `text` into every free-text field; returns the document's text,
/// its DOCX XML and its PDF's text.
async fn complete_with(b: &Browser, id: &str, lang: &str, text: &str) -> Result<(String, String, String), String> {
    b.open_hash(&format!("#/{lang}/form/{id}")).await?;
    b.wait_for(&format!("section.zg-form[data-form='{id}']")).await?;
    fill_to_review(b, text, &format!("{id} {lang}")).await?;
    b.click(".zg-form-nav button.zg-button:not(.zg-secondary)").await?;
    let doc = b.text("article.zg-document").await?;
    let paragraphs = b.count("article.zg-document p").await?;
    // The shortest document, a loan receipt, has seven paragraphs.
    if doc.contains('{') || paragraphs < 6 {
        return Err(format!("{id} {lang}: incomplete document ({paragraphs} paragraphs):\n{doc}"));
    }
    // "What to do next": a real heading, at least three steps, kept out of print.
    let steps = b.count(".zg-next ol.zg-next-steps > li").await?;
    let heading = b.count(".zg-next h2").await?;
    let classes = b.eval("return document.querySelector('.zg-next').className;").await?;
    if steps < 3 || heading != 1 || !classes.as_str().unwrap_or("").contains("zg-no-print") {
        return Err(format!("{id} {lang}: the next-steps panel has {steps} steps, {heading} h2, classes {classes}"));
    }
    let next = b.text(".zg-next").await?;
    if next.contains('{') || next.contains('}') {
        return Err(format!("{id} {lang}: an unfilled placeholder in the next steps:\n{next}"));
    }
    b.screenshot(&format!("{id}-{lang}"), 1280).await?;
    // On a phone: the document and its next steps read without sideways scrolling (Russian, the longer
    // words; a screenshot at 360 px to look at).
    if lang == "ru" {
        b.fits_width(320).await.map_err(|e| format!("{id} {lang}: {e}"))?;
        b.screenshot(&format!("{id}-{lang}"), 360).await?;
    }
    b.click(".zg-download-docx").await?;
    let bytes = b.downloaded(&format!("{id}-{lang}.docx")).await?;
    let xml = zanger::core::writers::docx::read_entry(&bytes, "word/document.xml").ok_or("no document.xml")?;
    let xml = String::from_utf8(xml).map_err(|e| e.to_string())?;
    let first_line = doc.lines().next().unwrap_or("").trim();
    let probe: String = first_line.chars().take(20).collect();
    if !xml.contains(&zanger::core::writers::docx::xml_text(&probe)) {
        return Err(format!("{id} {lang}: the DOCX does not hold the document's first line `{probe}`"));
    }
    b.click(".zg-download-pdf").await?;
    let name = format!("{id}-{lang}.pdf");
    let pdf = pdf_text(&b.downloaded(&name).await?, &name)?;
    // Every paragraph of the page starts the same in the PDF. Lines wrap differently and the page
    // shows the title in capitals by CSS, so compare lowercase text without spaces.
    let squeezed = |t: &str| t.split_whitespace().collect::<String>().to_lowercase();
    let in_pdf = squeezed(&pdf);
    for line in doc.lines().map(collapse).filter(|l| !l.is_empty()) {
        let start: Vec<&str> = line.split(' ').take(4).collect();
        if !in_pdf.contains(&squeezed(&start.join(" "))) {
            return Err(format!("{id} {lang}: the PDF does not hold `{}`; it reads:\n{pdf}", start.join(" ")));
        }
    }
    Ok((doc, xml, pdf))
}

#[tokio::test]
async fn every_document_is_completed_in_russian() {
    with_browser("documents-ru", Setup::default(), async |b| {
        for id in questionnaires() {
            complete(b, id, "ru").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn every_document_is_completed_in_kazakh() {
    with_browser("documents-kk", Setup::default(), async |b| {
        for id in questionnaires() {
            complete(b, id, "kk").await?;
        }
        Ok(())
    })
    .await;
}

#[tokio::test]
async fn typed_markup_is_shown_as_text_in_the_page_the_print_view_the_docx_and_the_pdf() {
    const PAYLOAD: &str = "<img src=x onerror=alert(1)><script>alert(2)</script>&amp;";
    with_browser("payload", Setup::default(), async |b| {
        // An alert would also break every WebDriver command that follows.
        let (doc, xml, pdf) = complete_with(b, "alimony.claim", "ru", PAYLOAD).await?;
        if !doc.contains(PAYLOAD) {
            return Err(format!("the payload is not shown literally:\n{doc}"));
        }
        let elements = b.eval("return document.querySelectorAll('.zg-app img, .zg-app script').length").await?;
        if elements != 0 {
            return Err(format!("{elements} element(s) were created from typed text"));
        }
        // The print view is this same document under print CSS: check it is what prints.
        let printed = b.eval("return getComputedStyle(document.querySelector('article.zg-document')).display").await?;
        if printed == "none" {
            return Err("the document is hidden".into());
        }
        if xml.contains("<script>") || !xml.contains("&lt;script&gt;alert(2)&lt;/script&gt;&amp;amp;") {
            return Err("the DOCX does not escape the typed text".into());
        }
        // A long word may be cut at the margin of the narrow header: compare without spaces.
        let squeezed = |t: &str| t.split_whitespace().collect::<String>();
        if !squeezed(&pdf).contains(&squeezed(PAYLOAD)) {
            return Err(format!("the PDF does not show the payload literally:\n{pdf}"));
        }
        Ok(())
    })
    .await;
}
