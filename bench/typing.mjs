// Typing into long texts in the widget, in Debian's headless Chromium: how
// long each keystroke waits before the page has drawn the frame that shows
// it. Prints figures; it is a benchmark, not a test.
//
//   node bench/typing.mjs [--sizes 300,1000] [--keys 33] [--gap 60]
//   (after bash scripts/build.sh; sizes in kB of UTF-8, the sample article repeated)
//
// A keystroke's latency is from its keydown event's timeStamp (when the
// browser received the key, so time spent waiting for a busy page counts)
// to the end of the next frame's rendering (a message posted from that
// frame's requestAnimationFrame runs once its style, layout and paint are
// done). The keys are typed in the middle of the text, a letter or a space
// every --gap ms, as a quick typist does; the widget analyses and redraws
// while they come. It also prints how long the whole typing took (a page
// that stalls makes the keys queue up) and when the last key's analysis was
// shown.
import { readFileSync } from 'node:fs';
import { start, newPage, ROOT } from '../tests/browser/chromium.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const SIZES_KB = option('sizes', '300,1000').split(',').map(Number);
const KEYS = Number(option('keys', 33));
const GAP_MS = Number(option('gap', 60));

const sample = readFileSync(new URL('www/sample.txt', ROOT), 'utf8');
const sampleBytes = Buffer.byteLength(sample);

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

const session = await start();
try {
  for (const kb of SIZES_KB) await typeInto(kb);
} finally {
  await session.close();
}

async function typeInto(kb) {
  const text = sample.repeat(Math.ceil((kb * 1000) / sampleBytes));
  const page = await newPage(session.browser, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${session.origin}/tests/browser/fixtures/embed.html`);
  await page.waitForFunction(() => document.querySelector('lamha-analyzer')?.analysis);
  const loaded = await page.evaluate(async (value) => {
    const element = document.querySelector('lamha-analyzer');
    element.setAttribute('lang', 'ar');
    const started = performance.now();
    element.text = value;
    await new Promise((resolve) => {
      const check = () => (element.dataset.state === 'ready' && element.analysis && element.text === value
        ? resolve() : setTimeout(check, 20));
      check();
    });
    return performance.now() - started;
  }, text);
  // The caret in the middle of the text, at the end of a word.
  const input = page.locator('lamha-analyzer #input');
  await input.focus();
  await page.evaluate(() => {
    const area = document.querySelector('lamha-analyzer').shadowRoot.getElementById('input');
    const middle = area.value.indexOf(' ', area.value.length >> 1);
    area.setSelectionRange(middle, middle);
    window.latencies = [];
    addEventListener('keydown', (event) => {
      const pressed = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.latencies.push(performance.now() - pressed);
        channel.port2.postMessage(null);
      });
    }, { capture: true });
  });
  await page.waitForTimeout(500);
  const letters = 'lamha typing ';
  const typed = Array.from({ length: KEYS }, (_, i) => letters[i % letters.length]).join('');
  const started = Date.now();
  for (const key of typed) {
    await page.keyboard.type(key);
    await page.waitForTimeout(GAP_MS);
  }
  const typing = Date.now() - started;
  await page.waitForFunction((length) => {
    const element = document.querySelector('lamha-analyzer');
    return element.dataset.state === 'ready' && element.analysis && element.text.length === length
      && element.shadowRoot.getElementById('view').textContent === element.text;
  }, text.length + typed.length, { timeout: 120000, polling: 10 });
  const settled = Date.now() - started;
  await page.waitForTimeout(200);
  const latencies = await page.evaluate(() => window.latencies);
  const over = (ms) => latencies.filter((value) => value > ms).length;
  console.log(`${kb} kB (${text.length} characters; shown ${Math.round(loaded)} ms after being set): `
    + `${latencies.length} keys, keystroke to frame median ${percentile(latencies, 0.5).toFixed(1)} ms, `
    + `95th percentile ${percentile(latencies, 0.95).toFixed(1)} ms, worst ${Math.max(...latencies).toFixed(1)} ms; `
    + `${over(16)} over 16 ms, ${over(50)} over 50 ms; typing took ${(typing / 1000).toFixed(2)} s `
    + `(${((KEYS * GAP_MS) / 1000).toFixed(2)} s of gaps), the last key's analysis shown after ${(settled / 1000).toFixed(2)} s`);
  if (page.errors.length) console.log(`  page errors: ${page.errors.join('; ')}`);
  await page.context().close();
}
