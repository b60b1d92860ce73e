// Runs the Wasm analysis for the widget: on the page's own thread for an
// article (so it is shown within the frame that typed it), and in a Web
// Worker for long texts (so typing never waits for it). Only the newest text
// asked of the worker is analysed: a request overtaken by a newer one
// resolves to null instead of being run.
import init, { analyze, prepare } from '../pkg/lamha.js';

/**
 * Texts longer than this (UTF-16 units) are analysed in the worker. A long
 * article is under 10,000; at 20,000 the analysis and the redraw in the
 * keystroke's own task still fit in a frame, at 57,000 they took 20-40 ms.
 */
export const WORKER_THRESHOLD = 20_000;

let wasmSource;
let createWorker = () => new Worker(new URL('./lamha-worker.js', import.meta.url), { type: 'module' });
let loading;

/**
 * Where the Wasm comes from, for pages that carry it themselves (the
 * single-file build): `wasm` is a `WebAssembly.Module` (or its bytes), and
 * `worker` makes the worker. Call before the first analysis.
 */
export function configure({ wasm, worker } = {}) {
  if (wasm !== undefined) wasmSource = wasm;
  if (worker !== undefined) createWorker = worker;
}

/**
 * Resolves once the module is loaded on this thread and prepared. It is
 * compiled here, once: the worker is handed the compiled module and fetches
 * nothing. `prepare()` makes the analyser's tables ready ahead, in the
 * page's first idle moment: the first analysis is then as quick as the
 * rest (a quarter of its time straight after `init()`), and the time the
 * widget shows for it is the one every later text takes.
 */
export function ready() {
  loading ??= (async () => {
    if (wasmSource === undefined) {
      wasmSource = await compile(await fetch(new URL('../pkg/lamha_bg.wasm', import.meta.url)));
    } else if (ArrayBuffer.isView(wasmSource) || wasmSource instanceof ArrayBuffer) {
      wasmSource = await WebAssembly.compile(wasmSource);
    }
    await init({ module_or_path: wasmSource });
    await new Promise((resolve) => {
      if (typeof requestIdleCallback === 'function') requestIdleCallback(resolve, { timeout: 200 });
      else setTimeout(resolve);
    });
    prepare();
  })();
  return loading;
}

async function compile(response) {
  if (!response.ok) throw new Error(`the analyser could not be loaded (${response.status})`);
  // Compiled while it downloads where the server says what it is.
  if (response.headers.get('Content-Type')?.startsWith('application/wasm')) return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

/** The analysis of `text`, now, on this thread (after `ready()`). */
export function analyzeNow(text) {
  return analyze(text);
}

let worker;
let busy = false;
let waiting = null;
let nextId = 0;
const answers = new Map();

function startWorker() {
  worker = createWorker();
  worker.addEventListener('message', ({ data }) => {
    const answer = answers.get(data.id);
    answers.delete(data.id);
    busy = false;
    if (data.error === undefined) answer?.resolve(JSON.parse(data.json));
    else answer?.reject(new Error(data.error));
    sendWaiting();
  });
  worker.addEventListener('error', (event) => {
    // The worker could not start (or died): say so to everyone waiting.
    event.preventDefault();
    const failure = new Error(event.message || 'the analysis worker failed');
    for (const answer of answers.values()) answer.reject(failure);
    answers.clear();
    waiting?.reject(failure);
    waiting = null;
    busy = false;
    worker = undefined;
  });
}

function sendWaiting() {
  if (busy || waiting === null) return;
  const { text, resolve, reject } = waiting;
  waiting = null;
  if (worker === undefined) {
    try {
      startWorker();
    } catch (error) {
      reject(error);
      return;
    }
  }
  const id = nextId++;
  answers.set(id, { resolve, reject });
  busy = true;
  worker.postMessage({ id, text, wasm: wasmSource });
}

/**
 * The analysis of `text` from the worker; null when a newer text was asked
 * for before this one started.
 */
export function analyzeInWorker(text) {
  return new Promise((resolve, reject) => {
    waiting?.resolve(null);
    waiting = { text, resolve, reject };
    sendWaiting();
  });
}

