// Document generation in the browser: every questionnaire's document (kk, ru) filled from the same
// answers, then written as DOCX and PDF, each step timed inside the wasm with performance.now(). Driven by
// `cargo xtask bench-documents`, which reads #results when the title is "done" (or "error").
import init, * as bench from './documents_bench.js';
import { start, status, yieldToBrowser, timerResolution } from './page.js';

const WARMUP = 10; // untimed generations of every document first (all of them, before any is timed)
const REPS = 500; // timed generations of each document
const FONT = 'fonts/zanger-pdf-sans.ttf'; // the font the app fetches for its PDFs


async function run() {
  status('loading wasm');
  await init();
  const response = await fetch(FONT);
  if (!response.ok) throw new Error(`${FONT}: HTTP ${response.status}`);
  const font = new Uint8Array(await response.arrayBuffer());
  status('preparing answers');
  await yieldToBrowser();
  const documents = JSON.parse(bench.prepare());
  const results = {
    date: new Date().toISOString(),
    user_agent: navigator.userAgent,
    hardware_concurrency: navigator.hardwareConcurrency,
    cross_origin_isolated: self.crossOriginIsolated,
    timer_resolution_ms: Number(timerResolution().toFixed(4)),
    settings: { warmup: WARMUP, reps: REPS },
    font_bytes: font.length,
    documents,
    runs: [],
  };
  for (let i = 0; i < documents.length; i++) {
    status(`warming up: ${documents[i].id} ${documents[i].lang}`);
    await yieldToBrowser();
    bench.run(i, font, WARMUP);
  }
  for (let i = 0; i < documents.length; i++) {
    status(`running: ${documents[i].id} ${documents[i].lang} (${i + 1}/${documents.length})`);
    await yieldToBrowser();
    results.runs.push(JSON.parse(bench.run(i, font, REPS)));
  }
  return results;
}

start(run);
