// Offline, private, nothing lost, nothing run: the served demo requests only
// its own files (the worker too), the single file runs from disk with no
// server, pasted markup stays text and runs nothing, the page works under
// its strict Content-Security-Policy, and the user's text survives a reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, newPage, paste, analysed, editorText, ROOT } from './chromium.mjs';

const sample = readFileSync(new URL('www/sample.txt', ROOT), 'utf8');
/** Long enough for the worker (over 100,000 characters). */
const long = sample.repeat(Math.ceil(120_000 / sample.length));
let session;
before(async () => { session = await start(); });
after(async () => { await session?.close(); });

/** Records every request of the page's context, the worker's included. */
function recordRequests(page) {
  const urls = [];
  page.context().on('request', (request) => urls.push(request.url()));
  return urls;
}

/** Records the page's Content-Security-Policy violations. */
async function recordViolations(page) {
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.violations.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
}

test('served, the demo requests nothing but its own files, the worker included', async () => {
  const page = await newPage(session.browser);
  const urls = recordRequests(page);
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await page.locator('lamha-analyzer').evaluate((element, text) => { element.text = text; }, long);
  await analysed(page, long.length);
  const download = page.waitForEvent('download');
  await page.locator('lamha-analyzer button[data-t="json"]').click();
  await download;
  const paths = urls.map((url) => new URL(url)).filter((url) => url.protocol !== 'blob:' && url.protocol !== 'data:');
  for (const url of paths) assert.equal(url.origin, session.origin, `request to ${url.href}`);
  const requested = new Set(paths.map((url) => url.pathname));
  for (const path of ['/www/index.html', '/www/lamha-analyzer.js', '/pkg/lamha_bg.wasm', '/pkg/world-map.js',
    '/www/sample.txt', '/www/lamha-worker.js']) {
    assert.ok(requested.has(path) || (path === '/www/index.html' && requested.has('/www/')), `${path} was loaded`);
  }
  assert.equal(paths.filter((url) => url.pathname === '/pkg/lamha_bg.wasm').length, 1,
    'the Wasm is downloaded once: the worker is handed the compiled module');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the page works under its strict Content-Security-Policy, worker and all', async () => {
  const page = await newPage(session.browser);
  await recordViolations(page);
  const response = await page.goto(`${session.origin}/www/`);
  assert.match(response.headers()['content-security-policy'], /script-src 'self' 'wasm-unsafe-eval'/);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  await page.locator('lamha-analyzer').evaluate((element, text) => { element.text = text; }, long);
  await analysed(page, long.length);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the single file opened from disk runs with no server and no network', async () => {
  const page = await newPage(session.browser);
  const urls = recordRequests(page);
  const file = new URL('dist/lamha.html', ROOT).href;
  await page.goto(file);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });
  assert.equal(await page.locator('lamha-analyzer #view').evaluate((element) => element.textContent), sample);
  const analysis = await page.evaluate(() => document.querySelector('lamha-analyzer').analysis);
  for (const field of ['entities', 'quotes', 'groups']) assert.ok(Array.isArray(analysis[field]), field);
  // A long text goes to the worker, which the single file starts from its own code.
  await page.locator('lamha-analyzer').evaluate((element, text) => { element.text = text; }, long);
  await analysed(page, long.length);
  for (const url of urls) assert.ok(url === file || url.startsWith('blob:') || url.startsWith('data:'), `request to ${url}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

const PAYLOADS = [
  '<img src=x onerror="window.pwned=1">',
  '<script>window.pwned=2</script>',
  '<svg onload="window.pwned=3"></svg> جوزيف دنفورد "<b>قال</b>" <iframe src="javascript:window.pwned=4">',
];

test('pasted or typed markup shows as text and runs nothing, even without a CSP', async () => {
  const page = await newPage(session.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  // Served here without its Content-Security-Policy, so that markup put into
  // the page as HTML would run: only rendering it as text keeps it inert.
  await page.route('**/*', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    await route.fulfill({ response, headers });
  });
  const dialogs = [];
  page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await page.goto(`${session.origin}/tests/browser/fixtures/embed.html`);
  await page.waitForFunction(() => document.querySelector('lamha-analyzer')?.analysis);
  const input = page.locator('lamha-analyzer #input');
  for (const payload of PAYLOADS) {
    await paste(page, payload, payload);
    await analysed(page, payload.length);
    assert.equal(await editorText(page), payload);
    assert.equal(await page.locator('lamha-analyzer #view').evaluate((element) => element.textContent), payload);
    await input.fill('');
    await input.pressSequentially(payload.slice(0, 40));
    await page.locator('lamha-analyzer').evaluate((element, text) => { element.setAttribute('text', text); }, payload);
    await analysed(page, payload.length);
    await page.locator('lamha-analyzer').evaluate((element, text) => element.showAnalysis(text, {
      entities: [{ start: 0, end: 4, text: text.slice(0, 4), label: '<img src=x onerror=window.pwned=5>' }],
      quotes: [{ kind: 'direct', cue: null, content: { start: 1, end: 3, text: text.slice(1, 3) },
        speaker: { start: 0, end: 2, text: '<img src=x onerror=window.pwned=6>' } }],
      groups: [],
    }), payload);
    await page.locator('lamha-analyzer mark').first().hover();
    await page.locator('lamha-analyzer button[data-t="json"]').focus();
  }
  await page.waitForTimeout(200);
  const found = await page.evaluate(() => {
    const root = document.querySelector('lamha-analyzer').shadowRoot;
    return {
      pwned: window.pwned ?? null,
      elements: [...root.querySelectorAll('img, script, iframe, svg:not(.map), b')].map((element) => element.tagName),
    };
  });
  assert.deepEqual(found, { pwned: null, elements: [] });
  assert.deepEqual(dialogs, []);
  await page.context().close();
});

test('pasted rich text keeps only its text', async () => {
  const page = await newPage(session.browser, { permissions: ['clipboard-read', 'clipboard-write'] });
  await page.goto(`${session.origin}/tests/browser/fixtures/embed.html`);
  await page.waitForFunction(() => document.querySelector('lamha-analyzer')?.analysis);
  await paste(page, 'قال جوزيف دنفورد', '<p style="color:red"><b>قال</b> <a href="https://example.com/">جوزيف دنفورد</a></p>');
  await analysed(page, 'قال جوزيف دنفورد'.length);
  assert.equal(await editorText(page), 'قال جوزيف دنفورد');
  assert.equal(await page.locator('lamha-analyzer #view').evaluate((element) => element.innerHTML.includes('href')), false);
  await page.context().close();
});

test("the user's text survives a reload, exactly", async () => {
  const page = await newPage(session.browser);
  await page.goto(`${session.origin}/`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  const input = page.locator('lamha-analyzer #input');
  const typed = 'نص كتبه القارئ\n\nقال جوزيف دنفورد: "سنبقى" 😀 \u200F<b>x</b>  ';
  await input.fill(typed);
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  assert.equal(await editorText(page), typed);
  assert.equal(await page.locator('lamha-analyzer #view').evaluate((element) => element.textContent), typed);
  // The sample is a button away, and choosing it is remembered too.
  await page.locator('lamha-analyzer button[data-t="sample"]').click();
  await page.reload();
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  assert.equal(await editorText(page), sample);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
