// The demo page in a real headless Chromium: the Wasm module runs and the
// sample article is shown.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start } from './chromium.mjs';

let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

test('the demo page loads the Wasm module and shows the sample article', async () => {
  const page = await session.browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const shown = await page.locator('#text').innerText();
  assert.match(shown, /في معركة البقاء\.\. هل يستطيع داعش نقل خلافته المزعومة/);
  assert.match(shown, /برت مكجيرك/);
  assert.match(await page.locator('#status').innerText(), /Lamha \d+\.\d+\.\d+/);
  assert.deepEqual(errors, []);
  await page.close();
});
