// Typing into long texts in the widget, in Debian's headless Chromium: how
// long each keystroke waits before the page has drawn the frame that shows
// it. Prints figures; it is a benchmark, not a test.
//
//   node bench/typing.mjs [--sizes 300,1000] [--keys 33] [--gap 60]
//   (after bash scripts/build.sh; sizes in kB of UTF-8, the sample article repeated)
//
// Two latencies per keystroke, both from its keydown event's timeStamp
// (when the browser received the key, so time spent waiting for a busy page
// counts): to the end of its input event's handling ("handled": the wait
// behind the widget's tasks and the widget's own handling), and to the end
// of the next frame's rendering ("to frame": a message posted from that
// frame's requestAnimationFrame runs once its style, layout and paint are
// done). The keys are typed in the middle of the text, a letter or a space
// every --gap ms, as a quick typist does; the widget analyses and redraws
// while they come. Beside each size, the same typing into a bare textarea
// holding the same text, styled as the widget's, with no script: what
// Chromium itself takes to edit and lay out a text that long. It also
// prints how long the whole typing took (a page that stalls makes the keys
// queue up) and when the last key's analysis was shown. With --editors, it
// also types into other bare editors of the same text, with no script: the
// text as one block of paragraph blocks in a contenteditable, and as one
// contenteditable block per paragraph — what an editor made of small
// blocks would cost Chromium.
import { readFileSync } from 'node:fs';
import { start, newPage, ROOT } from '../tests/browser/chromium.mjs';

const option = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : process.argv[at + 1];
};
const SIZES_KB = option('sizes', '300,1000').split(',').map(Number);
const KEYS = Number(option('keys', 33));
const GAP_MS = Number(option('gap', 60));
const EDITORS = process.argv.includes('--editors');

const sample = readFileSync(new URL('www/sample.txt', ROOT), 'utf8');
const sampleBytes = Buffer.byteLength(sample);

function percentile(values, share) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)];
}

const summary = (values) => `median ${percentile(values, 0.5).toFixed(1)} ms, 95th percentile `
  + `${percentile(values, 0.95).toFixed(1)} ms, worst ${Math.max(...values).toFixed(1)} ms `
  + `(${values.filter((value) => value > 16).length} over 16 ms, ${values.filter((value) => value > 50).length} over 50 ms)`;

const BARE = `<!doctype html><meta charset="utf-8"><body dir="rtl"><textarea id="input" rows="5" dir="rtl" spellcheck="false"
  style="inline-size:100%;direction:rtl;unicode-bidi:plaintext;line-height:1.7;padding:0.5rem;
  font-family:system-ui,'Noto Naskh Arabic','Noto Sans Arabic','DejaVu Sans',sans-serif"></textarea></body>`;

// Bare editors of paragraph blocks (--editors): one editing host holding a
// block per paragraph, or one editing host per paragraph.
const BLOCKS = `<!doctype html><meta charset="utf-8"><body dir="rtl"><div id="input" dir="rtl" spellcheck="false"
  style="block-size:10em;overflow:auto;white-space:pre-wrap;line-height:1.7;padding:0.5rem;
  font-family:system-ui,'Noto Naskh Arabic','Noto Sans Arabic','DejaVu Sans',sans-serif"></div></body>`;
const BLOCK_EDITORS = [['one contenteditable of paragraph blocks', false], ['a contenteditable per paragraph', true]];

const session = await start();
try {
  for (const kb of SIZES_KB) {
    await typeInto(kb, true);
    await typeInto(kb, false);
    if (EDITORS) {
      for (const [name, hostPerBlock] of BLOCK_EDITORS) await typeIntoBlocks(kb, name, hostPerBlock);
    }
  }
} finally {
  await session.close();
}

async function typeInto(kb, widget) {
  const text = sample.repeat(Math.ceil((kb * 1000) / sampleBytes));
  const page = await newPage(session.browser, { viewport: { width: 1280, height: 900 } });
  if (!widget) {
    await page.route(`${session.origin}/bare.html`, (route) => route.fulfill({ contentType: 'text/html', body: BARE }));
    await page.goto(`${session.origin}/bare.html`);
    await page.evaluate((value) => { document.getElementById('input').value = value; }, text);
    await measure(page, kb, text, widget, 0);
    return;
  }
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
  await measure(page, kb, text, widget, loaded);
}

async function typeIntoBlocks(kb, name, hostPerBlock) {
  const text = sample.repeat(Math.ceil((kb * 1000) / sampleBytes));
  const page = await newPage(session.browser, { viewport: { width: 1280, height: 900 } });
  await page.route(`${session.origin}/blocks.html`, (route) => route.fulfill({ contentType: 'text/html', body: BLOCKS }));
  await page.goto(`${session.origin}/blocks.html`);
  await page.evaluate(([value, perBlock]) => {
    const input = document.getElementById('input');
    if (!perBlock) input.contentEditable = 'plaintext-only';
    for (const paragraph of value.split('\n')) {
      const block = document.createElement('div');
      block.textContent = paragraph || '\u200b';
      if (perBlock) block.contentEditable = 'plaintext-only';
      input.append(block);
    }
  }, [text, hostPerBlock]);
  await measure(page, kb, text, false, 0, name);
}

async function measure(page, kb, text, widget, loaded, editor = 'bare textarea') {
  // The caret in the middle of the text, at the end of a word.
  await page.evaluate(async (inWidget) => {
    const input = (inWidget ? document.querySelector('lamha-analyzer').shadowRoot : document).getElementById('input');
    if (inWidget) {
      // The widget's editor (CodeMirror's view, found from its editable element).
      const { EditorView } = await import('/pkg/codemirror.js');
      const view = EditorView.findFromDOM(input);
      view.focus();
      const middle = view.state.doc.toString().indexOf(' ', view.state.doc.length >> 1);
      view.dispatch({ selection: { anchor: middle }, scrollIntoView: true });
    } else if (input.setSelectionRange) {
      input.focus();
      const middle = input.value.indexOf(' ', input.value.length >> 1);
      input.setSelectionRange(middle, middle);
    } else {
      // A block editor: the middle paragraph, at the end of a word.
      const block = input.children[input.children.length >> 1];
      (block.isContentEditable && block.contentEditable === 'plaintext-only' ? block : input).focus();
      const words = block.firstChild;
      const range = document.createRange();
      range.setStart(words, Math.max(0, words.data.indexOf(' ', words.length >> 1)));
      getSelection().removeAllRanges();
      getSelection().addRange(range);
    }
    window.handled = [];
    window.framed = [];
    let pressed = 0;
    addEventListener('keydown', (event) => {
      pressed = event.timeStamp;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => window.framed.push(performance.now() - event.timeStamp);
        channel.port2.postMessage(null);
      });
    }, { capture: true });
    // After the widget's own handling: the editor reads the key's change
    // off the page in a microtask queued before this one.
    addEventListener('input', () => queueMicrotask(() => window.handled.push(performance.now() - pressed)));
  }, widget);
  await page.waitForTimeout(500);
  const letters = 'lamha typing ';
  const typed = Array.from({ length: KEYS }, (_, i) => letters[i % letters.length]).join('');
  const started = Date.now();
  for (const key of typed) {
    await page.keyboard.type(key);
    await page.waitForTimeout(GAP_MS);
  }
  const typing = Date.now() - started;
  if (widget) {
    await page.waitForFunction((length) => {
      const element = document.querySelector('lamha-analyzer');
      return element.dataset.state === 'ready' && element.analysis && element.text.length === length
        && element.shadowRoot.getElementById('view').textContent === element.text;
    }, text.length + typed.length, { timeout: 120000, polling: 10 });
  }
  const settled = Date.now() - started;
  await page.waitForTimeout(200);
  const { handled, framed } = await page.evaluate(() => ({ handled: window.handled, framed: window.framed }));
  if (widget) {
    console.log(`${kb} kB (${text.length} characters; shown ${Math.round(loaded)} ms after being set), widget: ${handled.length} keys;`);
    console.log(`  handled: ${summary(handled)}`);
    console.log(`  to frame: ${summary(framed)}`);
    console.log(`  typing took ${(typing / 1000).toFixed(2)} s (${((KEYS * GAP_MS) / 1000).toFixed(2)} s of gaps), `
      + `the last key's analysis shown after ${(settled / 1000).toFixed(2)} s`);
  } else {
    console.log(`${kb} kB, ${editor}: handled: ${summary(handled)}`);
    console.log(`  to frame: ${summary(framed)}; typing took ${(typing / 1000).toFixed(2)} s`);
  }
  if (page.errors.length) console.log(`  page errors: ${page.errors.join('; ')}`);
  await page.context().close();
}
