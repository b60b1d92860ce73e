// Typing redraws what it changed and nothing else: the lines of the
// highlighted text that the edit did not touch, and the panel rows whose
// content is the same, are the very elements shown before; a long text is
// analysed once the typing pauses, not once per key. (How long keystrokes
// take is measured by bench/typing.mjs, not asserted here.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, analysed, typeInEditor, ROOT } from './chromium.mjs';

const sample = readFileSync(new URL('www/sample.txt', ROOT), 'utf8');
let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

async function open(text) {
  const page = await newPage(session.browser, { viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.analysed = 0;
    addEventListener('lamha-analyzed', () => { window.analysed++; });
  });
  await page.goto(`${session.origin}/tests/browser/fixtures/embed.html`);
  await page.waitForFunction(() => document.querySelector('lamha-analyzer')?.analysis);
  await page.locator('lamha-analyzer').evaluate((element, value) => {
    element.setAttribute('lang', 'ar');
    element.text = value;
  }, text);
  await analysed(page, text.length, 60000);
  return page;
}

/**
 * Types `keys` one edit after another, with no pause between them, at the
 * end of the word nearest `at` of the way through the text, and keeps (on
 * window) the elements shown before: every line, and the panels' rows.
 */
async function typeAt(page, at, keys) {
  const position = await page.evaluate((share) => {
    const element = document.querySelector('lamha-analyzer');
    const root = element.shadowRoot;
    window.before = {
      lines: [...root.querySelectorAll('#view .line')],
      rows: [...root.querySelectorAll('.panels li')],
    };
    const { text } = element;
    const offset = text.indexOf(' ', Math.floor(text.length * share));
    window.editedLine = text.slice(0, offset).split('\n').length - 1;
    window.analysed = 0;
    return offset;
  }, at);
  await typeInEditor(page, position, keys);
}

/** What stayed: how many lines are the same elements, which did not, and how many panel rows were kept. */
function kept(page) {
  return page.evaluate(() => {
    const root = document.querySelector('lamha-analyzer').shadowRoot;
    const lines = [...root.querySelectorAll('#view .line')];
    const rows = new Set(root.querySelectorAll('.panels li'));
    return {
      lines: lines.length,
      same: lines.filter((line, i) => line === window.before.lines[i]).length,
      changed: lines.map((line, i) => (line === window.before.lines[i] ? -1 : i)).filter((i) => i >= 0),
      edited: window.editedLine,
      rows: window.before.rows.length,
      rowsKept: window.before.rows.filter((row) => rows.has(row)).length,
      analysed: window.analysed,
    };
  });
}

for (const [what, text] of [['an article, analysed as it is typed', sample], ['a long text, analysed in the worker', sample.repeat(30)]]) {
  test(`typing in ${what} redraws only the line typed in and the rows that changed`, async () => {
    const page = await open(text);
    const keys = ' كتب';
    await typeAt(page, 0.5, keys);
    await analysed(page, text.length + keys.length, 60000);
    const result = await kept(page);
    assert.deepEqual(result.changed, [result.edited], `only line ${result.edited} is new: ${JSON.stringify(result)}`);
    assert.equal(result.same, result.lines - 1);
    // The typed word is no name and the quote typed in (if any) is past the
    // panel's first 160 characters or not listed: every row stays.
    assert.ok(result.rows > 20 && result.rowsKept >= result.rows - 2, JSON.stringify(result));
    const [shown, editing] = await page.locator('lamha-analyzer').evaluate((element) => [
      element.shadowRoot.getElementById('view').textContent, element.text]);
    assert.equal(shown, editing);
    assert.equal(editing.length, text.length + keys.length);
    if (text.length > 20_000) assert.equal(result.analysed, 1, 'four keys with no pause between them: one analysis');
    else assert.equal(result.analysed, keys.length, 'an article is analysed on every key');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a mark of a line kept after an edit still names its own entity', async () => {
  const text = sample.repeat(30);
  const page = await open(text);
  // A name typed near the start shifts every entity after it by one.
  await typeAt(page, 0.01, ' وقال برت مكجيرك');
  await analysed(page, text.length + ' وقال برت مكجيرك'.length, 60000);
  const analyzer = page.locator('lamha-analyzer');
  const last = analyzer.locator('mark[data-label="LOC"]', { hasText: 'الموصل' }).last();
  await last.hover();
  await analyzer.locator('#tooltip').waitFor({ state: 'visible' });
  assert.match(await analyzer.locator('#tooltip').textContent(), /الاسم: الموصل/);
  await page.mouse.move(1, 1);
  const item = analyzer.locator('.entities .item', { hasText: 'الموصل' }).first();
  await item.click();
  const chosen = await analyzer.locator('mark.selected').allTextContents();
  assert.ok(chosen.length >= 30 && chosen.every((name) => name === 'الموصل'), chosen.join(' | '));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the editor keeps only the lines in view in the page, however long the text', async () => {
  const text = sample.repeat(200);
  const page = await open(text);
  const { drawn, lines } = await page.locator('lamha-analyzer #input').evaluate((content) => ({
    drawn: content.querySelectorAll('.cm-line').length,
    lines: content.getRootNode().host.text.split('\n').length,
  }));
  // A keystroke lays out what is drawn: a few screens of lines, not 7,000.
  assert.ok(lines > 7000 && drawn < 300, `${drawn} of ${lines} lines drawn`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('clearing the text can be undone, as any edit can', async () => {
  const page = await open(sample);
  await page.locator('lamha-analyzer button[data-t="clear"]').click();
  await analysed(page, 0);
  await page.locator('lamha-analyzer #input').focus();
  await page.keyboard.press('Control+z');
  await analysed(page, sample.length);
  assert.equal(await page.locator('lamha-analyzer').evaluate((element) => element.text), sample);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
