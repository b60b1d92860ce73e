// The Wasm module in headless Chromium (Debian's), served from localhost by
// the project's own server: start-up, analysis latency, the share of it spent
// converting between Rust and JavaScript, memory, and what a page downloads.
// Prints figures against the targets; it is a benchmark, not a test.
//
//   node bench/wasm.mjs [--runs N]     (after bash scripts/build.sh)
import { gzipSync } from 'node:zlib';
import { start } from '../tests/browser/chromium.mjs';

/** Runs of the sample article's analysis (at least 200 for a steady 95th percentile). */
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 300;
/** Cold start-ups, each in a new browser context (no cache, no compiled code kept). */
const STARTUPS = 20;
/** Runs of the 1 MB text's analysis. */
const BIG_RUNS = 20;
/** The big text's size in bytes of UTF-8. */
const BIG_BYTES = 1_000_000;

const TARGETS = {
  sampleMedianMs: 1,
  startupMedianMs: 60,
  firstAnalysisMs: 20,
  downloadGzipBytes: 2_500_000,
};

const session = await start();
try {
  await downloads();
  await startup();
  await latency();
} finally {
  await session.close();
}

function median(values) {
  return percentile(values, 0.5);
}

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

function ms(value) {
  return value >= 10 ? `${value.toFixed(1)} ms` : `${value.toFixed(3)} ms`;
}

function verdict(value, target) {
  return value <= target ? 'target met' : 'TARGET MISSED';
}

function kb(bytes) {
  return `${(bytes / 1000).toFixed(1)} kB`;
}

/** Everything the demo page downloads, raw and gzipped (gzip -9, as a server would send it). */
async function downloads() {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  const files = [];
  page.on('response', (response) => {
    if (response.status() === 200) files.push(response);
  });
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  let raw = 0;
  let gzipped = 0;
  console.log('What the demo page downloads:');
  for (const response of files) {
    const body = await response.body();
    const packed = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzipped += packed;
    const path = new URL(response.url()).pathname;
    console.log(`  ${path.padEnd(28)} ${kb(body.length).padStart(10)} raw ${kb(packed).padStart(10)} gzipped`);
  }
  console.log(`  ${'all'.padEnd(28)} ${kb(raw).padStart(10)} raw ${kb(gzipped).padStart(10)} gzipped` +
    `   (${verdict(gzipped, TARGETS.downloadGzipBytes)}: <= ${kb(TARGETS.downloadGzipBytes)})`);
  await context.close();
}

/** Fetch, compile and instantiate, cold, as a page does with `await init()`, and step by step. */
async function startup() {
  const inits = [];
  const steps = [];
  const prepared = [];
  for (let run = 0; run < STARTUPS; run++) {
    for (const variant of ['plain', 'stepwise', 'prepared']) {
      const stepwise = variant === 'stepwise';
      const context = await session.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${session.origin}/bench/`);
      const timing = await page.evaluate(async (variant) => {
        const sample = await (await fetch('/www/sample.txt')).text();
        const t0 = performance.now();
        const glue = await import('/pkg/lamha.js');
        const t1 = performance.now();
        if (variant === 'plain') {
          await glue.default();
          const t2 = performance.now();
          glue.analyze(sample);
          return { init: t2 - t0, firstAnalysis: performance.now() - t2 };
        }
        if (variant === 'prepared') {
          await glue.default();
          const t2 = performance.now();
          glue.prepare();
          const t3 = performance.now();
          glue.analyze(sample);
          return { prepare: t3 - t2, firstAnalysis: performance.now() - t3 };
        }
        const bytes = await (await fetch('/pkg/lamha_bg.wasm')).arrayBuffer();
        const t2 = performance.now();
        const module = await WebAssembly.compile(bytes);
        const t3 = performance.now();
        glue.initSync({ module });
        const t4 = performance.now();
        return { glue: t1 - t0, fetch: t2 - t1, compile: t3 - t2, instantiate: t4 - t3 };
      }, variant);
      ({ plain: inits, stepwise: steps, prepared })[variant].push(timing);
      await context.close();
    }
  }
  const column = (list, key) => list.map((timing) => timing[key]);
  const init = column(inits, 'init');
  console.log(`\nStart-up, cold, ${STARTUPS} new contexts (median / 95th percentile):`);
  console.log(`  await init() (fetch + compile + instantiate, streaming) ${ms(median(init))} / ${ms(percentile(init, 0.95))}` +
    `   (${verdict(median(init), TARGETS.startupMedianMs)}: <= ${TARGETS.startupMedianMs} ms)`);
  for (const key of ['glue', 'fetch', 'compile', 'instantiate']) {
    const values = column(steps, key);
    console.log(`    ${key.padEnd(12)} ${ms(median(values))} / ${ms(percentile(values, 0.95))}`);
  }
  const first = column(inits, 'firstAnalysis');
  console.log(`  first analysis of the sample, straight after init() ${ms(median(first))} / ${ms(percentile(first, 0.95))}`);
  const prepare = column(prepared, 'prepare');
  const afterPrepare = column(prepared, 'firstAnalysis');
  console.log(`  prepare() (the widget calls it while the page is idle) ${ms(median(prepare))} / ${ms(percentile(prepare, 0.95))}`);
  console.log(`  first analysis of the sample after prepare() ${ms(median(afterPrepare))} / ${ms(percentile(afterPrepare, 0.95))}` +
    `   (${verdict(median(afterPrepare), TARGETS.firstAnalysisMs)}: <= ${TARGETS.firstAnalysisMs} ms)`);
}

/** Analysis latency in one warm page, with the precise timers of a cross-origin isolated page. */
async function latency() {
  const context = await session.browser.newContext();
  const page = await context.newPage();
  // Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'cross-origin-opener-policy': 'same-origin',
        'cross-origin-embedder-policy': 'require-corp',
      },
    });
  });
  await page.goto(`${session.origin}/bench/`);
  const result = await page.evaluate(async ({ RUNS, BIG_RUNS, BIG_BYTES }) => {
    const glue = await import('/pkg/lamha.js');
    const wasm = await glue.default();
    const sample = await (await fetch('/www/sample.txt')).text();
    const encoder = new TextEncoder();
    let big = sample;
    while (encoder.encode(big).length < BIG_BYTES) big += `\n${sample}`;
    const limit = glue.maxTextLength();
    const largest = big.repeat(Math.ceil(limit / big.length)).slice(0, limit);

    // Passing the text in: wasm-bindgen copies it into the module's memory
    // with TextEncoder.encodeInto, timed here on its own.
    const encodeInto = (text) => {
      const buffer = new Uint8Array(text.length * 3);
      return () => encoder.encodeInto(text, buffer);
    };
    // The three calls take turns, so that a slow spell of the machine (or
    // the engine optimising the code) weighs on all of them alike.
    const measure = (text, runs) => {
      const calls = {
        analyze: () => glue.analyze(text),
        count: () => glue.analyzeCount(text),
        encode: encodeInto(text),
      };
      const figures = { analyze: [], count: [], encode: [], found: glue.analyzeCount(text) };
      for (let run = -Math.min(20, runs); run < runs; run++) {
        for (const [name, call] of Object.entries(calls)) {
          const t = performance.now();
          call();
          const elapsed = performance.now() - t;
          if (run >= 0) figures[name].push(elapsed);
        }
      }
      return figures;
    };
    const sampleFigures = measure(sample, RUNS);
    const memoryAfterSample = wasm.memory.buffer.byteLength;
    const bigFigures = measure(big, BIG_RUNS);
    const memoryAfterBig = wasm.memory.buffer.byteLength;
    const t = performance.now();
    glue.analyze(largest);
    const largestMs = performance.now() - t;
    return {
      isolated: crossOriginIsolated,
      sample: { ...sampleFigures, units: sample.length, bytes: encoder.encode(sample).length },
      big: { ...bigFigures, units: big.length, bytes: encoder.encode(big).length },
      largest: { ms: largestMs, units: largest.length, bytes: encoder.encode(largest).length },
      memory: { sample: memoryAfterSample, big: memoryAfterBig, largest: wasm.memory.buffer.byteLength },
    };
  }, { RUNS, BIG_RUNS, BIG_BYTES });
  await context.close();

  console.log(`\nAnalysis, warm (median / 95th percentile; timer resolution ${result.isolated ? '5 µs' : '100 µs'}):`);
  for (const [name, figures, runs] of [['sample article', result.sample, RUNS], ['1 MB text', result.big, BIG_RUNS]]) {
    const full = median(figures.analyze);
    const core = median(figures.count);
    const encode = median(figures.encode);
    const megabytesPerSecond = figures.bytes / 1e6 / (full / 1000);
    console.log(`  ${name} (${figures.units} characters, ${figures.bytes} bytes, ${figures.found} entities and quotes, ${runs} runs):`);
    let line = `    analyze()      ${ms(full)} / ${ms(percentile(figures.analyze, 0.95))}   ${megabytesPerSecond.toFixed(1)} MB/s`;
    if (name === 'sample article') line += `   (${verdict(full, TARGETS.sampleMedianMs)}: median <= ${TARGETS.sampleMedianMs} ms)`;
    console.log(line);
    console.log(`    analyzeCount() ${ms(core)} / ${ms(percentile(figures.count, 0.95))}   (the same analysis, no JavaScript objects built)`);
    console.log(`    converting:    text in ~${ms(encode)} (TextEncoder.encodeInto), analysis out ${ms(Math.max(0, full - core))}: ` +
      `${(100 * (encode + Math.max(0, full - core)) / full).toFixed(1)}% of analyze()`);
  }
  const { largest, memory } = result;
  console.log(`  the largest text accepted (${largest.units} characters, ${(largest.bytes / 1e6).toFixed(1)} MB): ${ms(largest.ms)}, once`);
  console.log(`\nWasm memory: ${(memory.sample / 2 ** 20).toFixed(1)} MiB after the sample runs, ` +
    `${(memory.big / 2 ** 20).toFixed(1)} MiB after the 1 MB text, ${(memory.largest / 2 ** 20).toFixed(1)} MiB after the largest`);
}
