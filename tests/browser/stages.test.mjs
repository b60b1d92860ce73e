// End to end with the real analysis: pasting the sample article into the
// demo (served, and as the single file opened from disk) shows what the
// analysis stages find in it. These tests need the NER, places and quotes
// stages (they fail while the analysis returns no entities and no quotes).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, paste, analysed, ROOT } from './chromium.mjs';

const sample = readFileSync(new URL('www/sample.txt', ROOT), 'utf8');
let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

/** Checks the highlights of the sample that the analysis must find. */
async function assertSampleHighlights(page) {
  const analyzer = page.locator('lamha-analyzer');
  const person = analyzer.locator('mark[data-label="PER"]', { hasText: 'جوزيف دنفورد' }).first();
  const mosul = analyzer.locator('mark[data-label="LOC"]', { hasText: 'الموصل' }).first();
  const quote = analyzer.locator('.quote[data-kind="direct"]', { hasText: 'لقد رفعت صرح الخلافة' });
  // Counted first, so that a missing highlight fails at once, not on a wait.
  assert.ok(await person.count() === 1 && await person.textContent() === 'جوزيف دنفورد', 'جوزيف دنفورد is a person');
  assert.ok(await mosul.count() === 1 && await mosul.textContent() === 'الموصل', 'الموصل is a place');
  assert.equal(await quote.count(), 1, 'the direct quote of أبو عقيل السنغافوري');
  assert.match(await quote.getAttribute('data-speaker'), /أبو عقيل السنغافوري/);
  return { analyzer, person, mosul };
}

test('[needs the analysis stages] pasting the sample shows its people, places and quotes', async () => {
  const page = await newPage(session.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${session.origin}/tests/browser/fixtures/embed.html`);
  await page.waitForFunction(() => document.querySelector('lamha-analyzer')?.analysis);
  await page.locator('lamha-analyzer').evaluate((element) => element.setAttribute('lang', 'ar'));
  await paste(page, sample);
  await analysed(page, sample.length);
  const { analyzer, person, mosul } = await assertSampleHighlights(page);

  const analysis = await page.evaluate(() => document.querySelector('lamha-analyzer').analysis);
  const counts = { PER: 0, ORG: 0, LOC: 0, DATE: 0, QUOTE: analysis.quotes.length };
  for (const entity of analysis.entities) counts[entity.label]++;
  for (const [category, count] of Object.entries(counts)) {
    assert.equal(Number(await analyzer.locator(`.toggle[data-cat="${category}"] .count`).textContent()), count, category);
  }
  assert.equal(await analyzer.locator('mark').count(), analysis.entities.length);

  const toggle = analyzer.locator('.toggle[data-cat="PER"]');
  const background = () => person.evaluate((element) => getComputedStyle(element).backgroundColor);
  const shown = await background();
  await toggle.click();
  assert.equal(await background(), 'rgba(0, 0, 0, 0)', 'hidden');
  await toggle.click();
  assert.equal(await background(), shown, 'shown again');

  await mosul.hover();
  const tooltip = analyzer.locator('#tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /البلد: العراق/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('[needs the analysis stages] the single file opened from disk highlights the sample', async () => {
  const page = await newPage(session.browser);
  await page.goto(new URL('dist/lamha.html', ROOT).href);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  await assertSampleHighlights(page);
  await page.context().close();
});
