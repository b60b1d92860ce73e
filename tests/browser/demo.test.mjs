// The demo page in a real headless Chromium: the Wasm module runs, the
// sample article is shown analysed, and the widget counts what the
// analysis found.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, editorText, ROOT } from './chromium.mjs';

const sample = readFileSync(new URL('www/sample.txt', ROOT), 'utf8');
let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

test('the demo page opens with the sample article analysed', async () => {
  const page = await newPage(session.browser);
  await page.addInitScript(() => {
    window.analysed = [];
    addEventListener('lamha-analyzed', (event) => window.analysed.push(event.detail));
  });
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const view = page.locator('lamha-analyzer #view');
  assert.equal(await view.evaluate((element) => element.textContent), sample);
  assert.match(await view.innerText(), /في معركة البقاء\.\. هل يستطيع داعش نقل خلافته المزعومة/);
  assert.equal(await editorText(page), sample);
  assert.match(await page.locator('#status').innerText(), /Lamha \d+\.\d+\.\d+/);
  const { text, analysis } = await page.evaluate(() => window.analysed.at(-1));
  assert.equal(text, sample);
  const counts = { PER: 0, ORG: 0, LOC: 0, DATE: 0, QUOTE: analysis.quotes.length };
  for (const entity of analysis.entities) counts[entity.label]++;
  for (const [category, count] of Object.entries(counts)) {
    assert.equal(Number(await page.locator(`lamha-analyzer .toggle[data-cat="${category}"] .count`).textContent()), count);
  }
  assert.equal(await page.locator('lamha-analyzer mark').count(), analysis.entities.length);
  assert.equal(await page.locator('lamha-analyzer .explain').count(), 1, 'a line says what the colours mean');
  // How long a keystroke in the article takes to be analysed and redrawn
  // (printed, not asserted: the test checks only that it happens within the
  // key's own task).
  await page.locator('lamha-analyzer #input').focus();
  await page.keyboard.press('Control+End');
  await page.evaluate(() => {
    const element = document.querySelector('lamha-analyzer');
    window.keys = [];
    addEventListener('keydown', (event) => {
      const key = { pressed: event.timeStamp, taskOver: false, shown: null };
      window.keys.push(key);
      // A timer's task runs after the key's own task, whatever else is queued.
      setTimeout(() => { key.taskOver = true; });
      element.addEventListener('lamha-analyzed', () => {
        key.shown = { sameTask: !key.taskOver, after: performance.now() - key.pressed,
          drawn: element.shadowRoot.getElementById('view').textContent === element.text };
      }, { once: true });
    }, { capture: true });
  });
  for (let i = 0; i < 20; i++) await page.keyboard.press(i % 2 ? 'Backspace' : 'Space');
  const keys = await page.evaluate(() => window.keys);
  assert.equal(keys.length, 20);
  assert.ok(keys.every((key) => key.shown?.sameTask && key.shown.drawn), 'each keystroke is analysed and redrawn in its own task');
  assert.equal(await page.locator('lamha-analyzer').evaluate((element) => element.text), sample);
  const timings = keys.map((key) => key.shown.after).sort((a, b) => a - b);
  console.log(`sample article (${sample.length} characters): keystroke to highlighted text, median `
    + `${timings[10].toFixed(1)} ms, slowest ${timings[19].toFixed(1)} ms`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the analyser is prepared before the first analysis, so the first time shown is a warm one', async () => {
  const page = await newPage(session.browser);
  // The module as served, with each call of prepare() and analyze() noted.
  await page.route('**/pkg/lamha.js', async (route) => {
    const response = await route.fetch();
    const noted = (await response.text())
      .replace('export function prepare() {', "export function prepare() { (globalThis.lamhaCalls ??= []).push('prepare');")
      .replace(/export function analyze\((\w+)\) \{/, "export function analyze($1) { (globalThis.lamhaCalls ??= []).push('analyze');");
    await route.fulfill({ response, body: noted });
  });
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const calls = await page.evaluate(() => globalThis.lamhaCalls);
  assert.equal(calls[0], 'prepare', calls.join(', '));
  assert.ok(calls.includes('analyze'), calls.join(', '));
  assert.equal(calls.filter((call) => call === 'prepare').length, 1);
  assert.match(await page.locator('lamha-analyzer .status').textContent(), /\d+ مللي ثانية/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the page around the widget follows its language and theme', async () => {
  const page = await newPage(session.browser, { colorScheme: 'light' });
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const background = () => page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g).map(Number);
    return (r + g + b) / 3;
  });
  assert.ok(await background() > 200, 'light to begin with');
  await page.locator('lamha-analyzer button[data-t="language"]').click();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  assert.match(await page.locator('#intro').textContent(), /^Paste an Arabic news article/);
  assert.match(await page.locator('#status').textContent(), /works offline/);
  assert.doesNotMatch(await page.locator('header p, footer').allTextContents().then((texts) => texts.join(' ')), /[\u0600-\u06ff]/);
  // The theme button (its label says the theme it switches to).
  const theme = page.locator('lamha-analyzer button[data-t="dark"]');
  await theme.click();
  assert.ok(await background() < 60, 'the page is dark too');
  await theme.click();
  assert.ok(await background() > 200, 'and light again');
  await page.locator('lamha-analyzer button[data-t="language"]').click();
  assert.match(await page.locator('#intro').textContent(), /^الصق مقالًا/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the single file offers its sample text again once the reader has cleared it', async () => {
  const page = await newPage(session.browser);
  await page.goto(new URL('dist/lamha.html', ROOT).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await page.locator('lamha-analyzer button[data-t="clear"]').click();
  assert.equal(await editorText(page), '');
  await page.locator('lamha-analyzer button[data-t="sample"]').click();
  assert.equal(await editorText(page), sample);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
