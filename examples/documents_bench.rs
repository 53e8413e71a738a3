//! Document generation exported to JavaScript for the in-browser benchmark (`cargo xtask bench-documents`,
//! page `bench/documents.html`): every questionnaire in Kazakh and Russian, filled with the answers of
//! `crates/bench-answers` (built once, not timed), then generated as the UI generates it
//! (`DocumentStage` in src/ui/pages/form.rs), each step timed with `performance.now()`:
//!
//! - fill: the visible answers, the computed values (`computed`) and the filled text (`document::fill`);
//! - docx: the DOCX bytes of the filled text (`docx::docx`);
//! - pdf: the PDF bytes (`pdf::pdf`, with the font the page fetched, as the UI fetches it);
//! - total: from the start of fill to the end of pdf.
//!
//! Built only for wasm32.
#![cfg(target_arch = "wasm32")]

use zanger_bench_answers as answers;

use std::cell::RefCell;
use std::hint::black_box;

use wasm_bindgen::prelude::*;
use zanger::core::content;
use zanger::core::interview::model::Questionnaire;
use zanger::core::interview::Session;
use zanger::core::json;
use zanger::core::lang::Lang;
use zanger::core::writers::{docx::docx, pdf::pdf};

#[wasm_bindgen]
extern "C" {
    /// `performance.now()` (web-sys's `Performance` is not among the app's features).
    #[wasm_bindgen(js_namespace = performance, js_name = now)]
    fn now() -> f64;
}

struct Sample {
    q: &'static Questionnaire,
    lang: Lang,
    session: Session,
}

thread_local! {
    static SAMPLES: RefCell<Vec<Sample>> = const { RefCell::new(Vec::new()) };
}

/// Builds the answers of every document (questionnaire × kk, ru; not timed) and lists the documents as
/// JSON: `[{"id", "lang", "blocks", "chars"}]`, the index in this list naming a document below.
#[wasm_bindgen]
pub fn prepare() -> Result<String, String> {
    let mut samples = Vec::new();
    for lang in [Lang::Kk, Lang::Ru] {
        for q in content::questionnaires(lang) {
            let answers = answers::answers(q, lang)?;
            samples.push(Sample { q, lang, session: answers::session(q, &answers) });
        }
    }
    let list: Vec<String> = samples
        .iter()
        .map(|s| {
            let doc = answers::generate(&s.session, s.lang).map_err(|u| format!("{} ({}): {u}", s.q.id, s.lang.code()))?;
            Ok(format!(
                "{{\"id\":{},\"lang\":\"{}\",\"blocks\":{},\"chars\":{}}}",
                json::string(s.q.id),
                s.lang.code(),
                doc.blocks.len(),
                answers::chars(&doc)
            ))
        })
        .collect::<Result<_, String>>()?;
    SAMPLES.with(|cell| *cell.borrow_mut() = samples);
    Ok(format!("[{}]", list.join(",")))
}

/// Generates document `index` `reps` times with `font`, timing each step of each repetition. Returns
/// JSON: per step (`fill`, `docx`, `pdf`, `total`) `{p50, p95, max, min, mean}` in ms, the PDF's pages,
/// and the sizes and FNV-1a hashes of the last PDF and DOCX (the same every time: nothing depends on the
/// clock).
#[wasm_bindgen]
pub fn run(index: u32, font: &[u8], reps: u32) -> Result<String, String> {
    SAMPLES.with(|cell| {
        let samples = cell.borrow();
        let s = samples.get(index as usize).ok_or("no such document: call prepare() first")?;
        let mut times: [Vec<f64>; 4] = Default::default();
        let (mut pdf_bytes, mut docx_bytes) = (Vec::new(), Vec::new());
        for _ in 0..reps.max(1) {
            let session = black_box(&s.session);
            let t0 = now();
            let doc = answers::generate(session, s.lang).map_err(|u| u.to_string())?;
            let t1 = now();
            docx_bytes = black_box(docx(&doc, s.lang));
            let t2 = now();
            pdf_bytes = black_box(pdf(&doc, s.lang, font).map_err(|e| e.to_string())?);
            let t3 = now();
            for (list, ms) in times.iter_mut().zip([t1 - t0, t2 - t1, t3 - t2, t3 - t0]) {
                list.push(ms);
            }
        }
        let steps: Vec<String> =
            ["fill", "docx", "pdf", "total"].iter().zip(times.iter_mut()).map(|(name, list)| format!("\"{name}\":{}", stats(list))).collect();
        Ok(format!(
            "{{\"id\":{},\"lang\":\"{}\",\"reps\":{},{},\"pdf_pages\":{},\"pdf_bytes\":{},\"pdf_fnv1a\":{},\"docx_bytes\":{},\"docx_fnv1a\":{}}}",
            json::string(s.q.id),
            s.lang.code(),
            reps.max(1),
            steps.join(","),
            pdf_bytes.windows(PAGE.len()).filter(|w| *w == PAGE).count(),
            pdf_bytes.len(),
            fnv1a(&pdf_bytes),
            docx_bytes.len(),
            fnv1a(&docx_bytes)
        ))
    })
}

/// Percentiles as in `bench/bench.js`: the sorted value at round((n − 1) · p).
fn stats(list: &mut [f64]) -> String {
    list.sort_by(f64::total_cmp);
    let at = |p: f64| list[((list.len() - 1) as f64 * p).round() as usize];
    let mean = list.iter().sum::<f64>() / list.len() as f64;
    format!("{{\"p50\":{},\"p95\":{},\"max\":{},\"min\":{},\"mean\":{}}}", at(0.5), at(0.95), at(1.0), at(0.0), mean)
}

/// How pdf.rs opens each page object.
const PAGE: &[u8] = b"<< /Type /Page /";

fn fnv1a(data: &[u8]) -> u32 {
    data.iter().fold(0x811c_9dc5u32, |hash, b| (hash ^ u32::from(*b)).wrapping_mul(0x0100_0193))
}
