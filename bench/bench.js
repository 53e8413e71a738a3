// Search per keystroke in the browser: our wasm search, Fuse.js and MiniSearch, same corpora, same
// keystrokes, same page. Driven by `cargo xtask bench-browser`, which reads #results when the title is
// "done" (or "error").
import init, * as ours from './search_bench.js';
import Fuse from './fuse.mjs';
import MiniSearch from './minisearch.js';
import { start, status, yieldToBrowser, timerResolution } from './page.js';

const LIMIT = 8; // results asked for per keystroke, as benches/search.rs
const TARGET_MS = 5; // a keystroke's repetitions last about this long: 50x the ~0.1 ms timer
const MAX_REPS = 50;
// Per engine and corpus. Keystrokes are timed in one fixed random order, the same for every engine, and
// timing stops when the budget is spent: a slow engine is timed on a uniform sample of the keystrokes.
const BUDGET_MS = 60000;
const WARMUP = 200; // keystrokes run untimed first (as benches/search.rs), at most WARMUP_MS
const WARMUP_MS = 3000;
const SYNTHETIC_DOCS = 10000;
// Our field weights (src/core/search/index.rs), given to both libraries.
const WEIGHTS = { title: 3, keywords: 3, topic: 2.5, summary: 1.8, body: 1 };
const FIELDS = Object.keys(WEIGHTS);

let sink = 0; // results are summed here so that no engine's work can be optimised away


const utf8Bytes = (text) => new TextEncoder().encode(text).length;
const percentile = (sorted, p) => sorted[Math.round((sorted.length - 1) * p)];
const round = (x, digits = 4) => Number(x.toFixed(digits));

function uniqueKeys(keys) {
  return keys.filter((key, i) => keys.indexOf(key) === i);
}

function timed(fn) {
  const start = performance.now();
  const value = fn();
  return [performance.now() - start, value];
}

// The three engines over one corpus. `search` returns the number of hits (at most LIMIT); `keys` the
// document keys best first, each once (a guide in several languages is one result, as in our search).
function engines(corpus, docs) {
  return [
    {
      name: 'ours',
      build() {
        return corpus === 0 ? ours.prepare_real() : ours.build_synthetic();
      },
      search: (q) => ours.search(corpus, q, LIMIT),
      keys: (q) => JSON.parse(ours.search_keys(corpus, q, 10)),
      serialized: null,
    },
    {
      name: 'fuse.js',
      build() {
        const keys = FIELDS.map((name) => ({ name, weight: WEIGHTS[name] }));
        this.index = new Fuse(docs, { keys, includeScore: true, ignoreLocation: true, threshold: 0.4 });
      },
      search(q) {
        return this.index.search(q, { limit: LIMIT }).length;
      },
      keys(q) {
        return uniqueKeys(this.index.search(q).map((r) => r.item.key));
      },
      serialized() {
        return JSON.stringify(this.index.getIndex());
      },
    },
    {
      name: 'minisearch',
      build() {
        this.index = new MiniSearch({
          fields: FIELDS,
          idField: 'id',
          searchOptions: { prefix: true, fuzzy: 0.2, boost: { ...WEIGHTS } },
        });
        this.index.addAll(docs);
      },
      search(q) {
        return Math.min(this.index.search(q).length, LIMIT);
      },
      keys(q) {
        return uniqueKeys(this.index.search(q).map((r) => docs[r.id].key));
      },
      serialized() {
        return JSON.stringify(this.index);
      },
    },
  ];
}

// 0..n-1 shuffled by a seeded generator (mulberry32, Fisher–Yates): the same order on every run.
function shuffled(n, seed) {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

async function timeKeystrokes(label, engine, keystrokes, order) {
  const search = (q) => engine.search(q);
  // Warm up (JIT, caches) and estimate the cost of one keystroke.
  let start = performance.now();
  let warm = 0;
  while (warm < Math.min(WARMUP, keystrokes.length) && (warm < 3 || performance.now() - start < WARMUP_MS)) {
    sink += search(keystrokes[warm++]);
  }
  await yieldToBrowser();
  // Calibrate on keystrokes drawn from the whole set (at most 50, at most 2 s).
  let sample = 0;
  start = performance.now();
  while (sample < Math.min(50, order.length) && (sample < 3 || performance.now() - start < 2000)) {
    sink += search(keystrokes[order[order.length - 1 - sample++]]);
  }
  const perQuery = Math.max((performance.now() - start) / sample, 0.001);
  const reps = Math.max(1, Math.min(MAX_REPS, Math.ceil(TARGET_MS / perQuery)));

  const times = [];
  let hits = 0;
  const began = performance.now();
  let lastYield = began;
  for (const i of order) {
    const q = keystrokes[i];
    const t = performance.now();
    let n = 0;
    for (let r = 0; r < reps; r++) n = search(q);
    const now = performance.now();
    times.push((now - t) / reps);
    hits += n;
    if (now - began > BUDGET_MS) break;
    if (now - lastYield > 100) {
      status(`running: ${label} keystroke ${times.length}/${keystrokes.length}`);
      await yieldToBrowser();
      lastYield = performance.now();
    }
  }
  sink += hits;
  times.sort((a, b) => a - b);
  return {
    keystrokes: keystrokes.length,
    timed: times.length,
    reps,
    timing_s: round((performance.now() - began) / 1000, 1),
    p50_ms: round(percentile(times, 0.5)),
    p95_ms: round(percentile(times, 0.95)),
    max_ms: round(times[times.length - 1]),
    mean_ms: round(times.reduce((a, b) => a + b, 0) / times.length),
    mean_hits: round(hits / times.length, 2),
  };
}

// hit@1 and hit@3: the first topic of a result's guide equals the query's expected topic.
function relevance(engine, queries, topicOf) {
  let hit1 = 0;
  let hit3 = 0;
  for (const q of queries) {
    const top = engine.keys(q.query).slice(0, 3).map((key) => topicOf.get(key));
    hit1 += top[0] === q.topic ? 1 : 0;
    hit3 += top.includes(q.topic) ? 1 : 0;
  }
  return { queries: queries.length, hit1: round(hit1 / queries.length), hit3: round(hit3 / queries.length) };
}

async function run() {
  status('loading wasm');
  await init();
  const keystrokes = JSON.parse(ours.keystrokes_json());
  const queries = JSON.parse(ours.relevance_json());
  const order = shuffled(keystrokes.length, 42);
  const results = {
    date: new Date().toISOString(),
    user_agent: navigator.userAgent,
    hardware_concurrency: navigator.hardwareConcurrency,
    cross_origin_isolated: self.crossOriginIsolated,
    timer_resolution_ms: round(timerResolution()),
    versions: { 'fuse.js': Fuse.version },
    settings: { limit: LIMIT, target_ms: TARGET_MS, max_reps: MAX_REPS, budget_ms: BUDGET_MS, warmup: WARMUP, synthetic_docs: SYNTHETIC_DOCS },
    corpora: {},
    runs: [],
  };
  window.__serialized = {};

  for (const [corpus, name] of [[0, 'real'], [1, '10k']]) {
    status(`preparing corpus ${name}`);
    if (corpus === 1) ours.generate_synthetic(SYNTHETIC_DOCS);
    const docs = JSON.parse(ours.corpus_json(corpus));
    docs.forEach((doc, i) => { doc.id = i; });
    results.corpora[name] = { docs: docs.length, keystrokes: keystrokes.length, relevance_queries: corpus === 0 ? queries.length : 0 };
    const topicOf = new Map(docs.map((d) => [d.key, d.first_topic]));
    for (const engine of engines(corpus, docs)) {
      const label = `${engine.name} ${name}`;
      status(`building: ${label}`);
      await yieldToBrowser();
      const [buildMs] = timed(() => engine.build());
      const row = { engine: engine.name, corpus: name, build_ms: round(buildMs, 2) };
      if (engine.serialized) {
        const text = engine.serialized();
        row.index_bytes = utf8Bytes(text);
        if (corpus === 0) window.__serialized[engine.name] = text;
      } else {
        row.index = JSON.parse(ours.index_stats(corpus));
        row.index_bytes = row.index.bytes;
      }
      await yieldToBrowser();
      Object.assign(row, await timeKeystrokes(label, engine, keystrokes, order));
      if (corpus === 0) row.relevance = relevance(engine, queries, topicOf);
      results.runs.push(row);
      engine.index = null;
      await yieldToBrowser();
    }
  }
  results.sink = sink;
  return results;
}

start(run);
