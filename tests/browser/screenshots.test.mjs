// Screenshots for a person to look at (test-results/screenshots/): the
// widget in light and dark themes and at phone width, on the recorded
// analysis of the sample (what the finished analysis will show) and on the
// demo page as the analysis stands today.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { start, newPage, SCREENSHOTS } from './chromium.mjs';

let session;
before(async () => {
  session = await start();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
after(async () => { await session?.close(); });

const VIEWS = [
  { name: 'light', viewport: { width: 1280, height: 900 }, colorScheme: 'light' },
  { name: 'dark', viewport: { width: 1280, height: 900 }, colorScheme: 'dark' },
  { name: 'phone', viewport: { width: 390, height: 844 }, colorScheme: 'light', fullPage: true },
];
const PAGES = [
  { name: 'recorded', path: '/tests/browser/fixtures/render.html' },
  { name: 'demo', path: '/' },
];

for (const { name: pageName, path } of PAGES) {
  for (const { name, viewport, colorScheme, fullPage } of VIEWS) {
    test(`screenshot: ${pageName}, ${name}`, async () => {
      const page = await newPage(session.browser, { viewport, colorScheme });
      await page.goto(`${session.origin}${path}`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
      if (pageName === 'recorded' && name !== 'phone') {
        await page.locator('lamha-analyzer mark[data-label="LOC"]', { hasText: 'الموصل' }).first().hover();
        await page.locator('lamha-analyzer #tooltip').waitFor({ state: 'visible' });
      }
      const file = fileURLToPath(new URL(`${pageName}-${name}.png`, SCREENSHOTS));
      await page.screenshot({ path: file, fullPage: Boolean(fullPage) });
      assert.ok(statSync(file).size > 10000);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at ${viewport.width} px (${overflow} px too wide)`);
      assert.deepEqual(page.errors, []);
      await page.context().close();
    });
  }
}
