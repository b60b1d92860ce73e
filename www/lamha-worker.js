// The analysis of long texts, off the page's thread. Messages in:
// { id, text, wasm } (wasm: the WebAssembly.Module the page compiled; the
// worker loads its own only without one); out: { id, json } (the analysis
// as JSON, which the page parses in a third of the time it takes to receive
// the same objects cloned: 10,000 entities are a long task either way, the
// clone a longer one) or { id, error }.
import init, { analyze, prepare } from '../pkg/lamha.js';

let loading;

self.addEventListener('message', async ({ data }) => {
  try {
    // Prepared before the first analysis, as on the page: it costs less than
    // it saves that analysis.
    loading ??= init(data.wasm === undefined ? undefined : { module_or_path: data.wasm }).then(() => prepare());
    await loading;
    self.postMessage({ id: data.id, json: JSON.stringify(analyze(data.text)) });
  } catch (error) {
    self.postMessage({ id: data.id, error: String(error?.message ?? error) });
  }
});
