// A page that embeds the widget with one module script: the `text`
// attribute and property, the `analyze()` method, the `lamha-analyzed`
// event, the colour custom properties, and the data-only module API.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage, editorText } from './chromium.mjs';

let session;
let page;
before(async () => {
  session = await start();
  page = await newPage(session.browser);
  await page.addInitScript(() => {
    window.analysed = [];
    addEventListener('lamha-analyzed', (event) => window.analysed.push(event.detail));
  });
  await page.goto(`${session.origin}/tests/browser/fixtures/embed.html`);
  await page.waitForFunction(() => window.analysed.length > 0, null, { timeout: 20000 });
});
after(async () => { await session?.close(); });

const lastEvent = () => page.evaluate(() => window.analysed.at(-1));

test('the element analyses its text attribute on load and says so with lamha-analyzed', async () => {
  const detail = await lastEvent();
  assert.equal(detail.text, 'قال الجنرال جوزيف دنفورد في الموصل إن التحالف سيعمل.');
  for (const field of ['entities', 'quotes', 'groups']) assert.ok(Array.isArray(detail.analysis[field]), field);
  const property = await page.evaluate(() => document.getElementById('analyzer').analysis);
  assert.deepEqual(property, detail.analysis);
});

test('setting the text attribute analyses the new text', async () => {
  const before = await page.evaluate(() => window.analysed.length);
  await page.evaluate(() => document.getElementById('analyzer').setAttribute('text', 'وصل برت مكجيرك إلى بغداد.'));
  await page.waitForFunction((count) => window.analysed.length > count, before);
  assert.equal((await lastEvent()).text, 'وصل برت مكجيرك إلى بغداد.');
  assert.equal(await page.evaluate(() => document.getElementById('analyzer').text), 'وصل برت مكجيرك إلى بغداد.');
});

test('the text property and analyze() give the analysis the module gives', async () => {
  const { fromElement, fromModule, event } = await page.evaluate(async () => {
    const element = document.getElementById('analyzer');
    element.text = 'أكد التحالف الدولي في سوريا أن المرحلة القادمة معقدة.';
    const fromElement = await element.analyze();
    const lamha = await import('/pkg/lamha.js');
    await lamha.default();
    return { fromElement, fromModule: lamha.analyze(element.text), event: window.analysed.at(-1) };
  });
  assert.deepEqual(fromElement, fromModule);
  assert.equal(event.text, 'أكد التحالف الدولي في سوريا أن المرحلة القادمة معقدة.');
  assert.deepEqual(event.analysis, fromModule);
  assert.equal(await editorText(page), 'أكد التحالف الدولي في سوريا أن المرحلة القادمة معقدة.');
});

test('typing in the widget re-analyses within the same task', async () => {
  const input = page.locator('lamha-analyzer #input');
  await input.fill('');
  await input.pressSequentially('في العراق');
  await page.evaluate(() => {
    const element = document.getElementById('analyzer');
    addEventListener('keydown', () => {
      window.sameTask = null;
      // Set by a timer, whose task comes after the key's own.
      let taskOver = false;
      setTimeout(() => { taskOver = true; });
      element.addEventListener('lamha-analyzed', (event) => {
        window.sameTask = !taskOver && { analysed: event.detail.text, shown: element.shadowRoot.getElementById('view').textContent };
      }, { once: true });
    }, { capture: true, once: true });
  });
  // A key of the US keyboard: Playwright types others as text, with no key events.
  await page.keyboard.type(' ');
  const sameTask = await page.evaluate(() => window.sameTask);
  assert.deepEqual(sameTask, { analysed: 'في العراق ', shown: 'في العراق ' });
});

test('the page restyles the categories through CSS custom properties', async () => {
  const colour = await page.locator('lamha-analyzer .toggle[data-cat="PER"] .swatch')
    .evaluate((element) => getComputedStyle(element).borderBottomColor);
  assert.equal(colour, 'rgb(255, 0, 0)');
  assert.equal(await page.locator('lamha-analyzer .toggle[data-cat="PER"] [data-t]').textContent(), 'Person');
  assert.deepEqual(page.errors, []);
});

test('a text set on the element before the module loads is kept', async () => {
  const other = await newPage(session.browser);
  await other.route(`${session.origin}/blank.html`, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><body></body>',
  }));
  await other.goto(`${session.origin}/blank.html`);
  const result = await other.evaluate(async () => {
    const element = document.createElement('lamha-analyzer');
    element.text = 'كتب قبل التعريف';
    document.body.append(element);
    const defined = customElements.get('lamha-analyzer') !== undefined;
    await import('/www/lamha-analyzer.js');
    const analysis = await element.analyze();
    return { defined, text: element.text, shown: element.shadowRoot.getElementById('view').textContent,
      analysed: Array.isArray(analysis.entities) };
  });
  assert.deepEqual(result, { defined: false, text: 'كتب قبل التعريف', shown: 'كتب قبل التعريف', analysed: true });
  await other.context().close();
});
