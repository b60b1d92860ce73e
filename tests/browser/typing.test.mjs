// Typing redraws what it changed and nothing else: the lines of the
// highlighted text that the edit did not touch, and the panel rows whose
// content is the same, are the very elements shown before; a long text is
// analysed once the typing pauses, not once per key. (How long keystrokes
// take is measured by bench/typing.mjs, not asserted here.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, analysed, ROOT } from './chromium.mjs';

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
 * Types `keys` one input event after another, with no pause between them,
 * at the end of the word nearest `at` of the way through the text, and keeps
 * (on window) the elements shown before: every line, and the panels' rows.
 */
function typeAt(page, at, keys) {
  return page.evaluate(([share, typed]) => {
    const root = document.querySelector('lamha-analyzer').shadowRoot;
    const input = root.getElementById('input');
    window.before = {
      lines: [...root.querySelectorAll('#view .line')],
      rows: [...root.querySelectorAll('.panels li')],
    };
    const position = input.value.indexOf(' ', Math.floor(input.value.length * share));
    window.editedLine = input.value.slice(0, position).split('\n').length - 1;
    window.analysed = 0;
    for (let i = 0; i < typed.length; i++) {
      input.value = `${input.value.slice(0, position + i)}${typed[i]}${input.value.slice(position + i)}`;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
  }, [at, keys]);
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
    assert.equal(await page.locator('lamha-analyzer #view').evaluate((element) => element.textContent),
      await page.locator('lamha-analyzer #input').inputValue());
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
