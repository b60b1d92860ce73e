// Headless Chromium (Debian's package) driven by playwright-core, and the
// project's own server, for the end-to-end tests.
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'];

/** Launches Chromium and the server on a free port; `close()` stops both. */
export async function start() {
  const server = await serve(0);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    origin,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** The project's root folder. */
export const ROOT = new URL('../../', import.meta.url);

/** Where the test run leaves screenshots for a person to look at. */
export const SCREENSHOTS = new URL('test-results/screenshots/', ROOT);

/**
 * A new page (in its own context, so storage and permissions start empty)
 * that collects the page's uncaught errors and console errors in `errors`.
 */
export async function newPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') page.errors.push(message.text());
  });
  return page;
}

/**
 * A new page showing the recorded-analysis fixture (the widget fed a gold
 * analysis through `showAnalysis`), once it is ready.
 */
export async function fixturePage(session, options = {}) {
  const page = await newPage(session.browser, options);
  await page.goto(`${session.origin}/tests/browser/fixtures/render.html`);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 20000 });
  return page;
}

/**
 * Pastes into the widget's text area as a person would (Ctrl+V), replacing
 * what it holds. `text` goes on the clipboard as plain text, and `html`,
 * where given, as rich text beside it. The page's context needs the
 * clipboard permissions (`permissions: ['clipboard-read', 'clipboard-write']`).
 */
export async function paste(page, text, html) {
  await page.evaluate(async ([plain, rich]) => {
    const items = { 'text/plain': new Blob([plain], { type: 'text/plain' }) };
    if (rich !== undefined) items['text/html'] = new Blob([rich], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(items)]);
  }, [text, html]);
  const input = page.locator('lamha-analyzer #input');
  await input.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Control+V');
}

/** Resolves once the widget has shown an analysis of a text of `length` characters. */
export async function analysed(page, length, timeout = 30000) {
  await page.waitForFunction((expected) => {
    const element = document.querySelector('lamha-analyzer');
    return element.dataset.state === 'ready' && element.text.length === expected
      && element.analysis !== null && element.shadowRoot.getElementById('view').textContent.length === expected;
  }, length, { timeout });
}

/**
 * The text the widget's editor shows: its lines as drawn (the editor draws
 * only the lines in view, which for a text of a few screens is all of them).
 */
export function editorText(page) {
  return page.locator('lamha-analyzer #input').evaluate((content) => [...content.querySelectorAll('.cm-line')]
    .map((line) => (line.querySelector('.cm-placeholder') ? '' : line.textContent)).join('\n'));
}

/**
 * Inserts `keys` at `offset` of the widget's text, one edit per character
 * and all in one task, as the reader's keys would arrive if the page were
 * busy: through the editor's own view (CodeMirror's, found from its
 * editable element), with the caret after each.
 */
export function typeInEditor(page, offset, keys) {
  return page.evaluate(async ([at, typed]) => {
    const { EditorView } = await import('/pkg/codemirror.js');
    const view = EditorView.findFromDOM(document.querySelector('lamha-analyzer').shadowRoot.getElementById('input'));
    for (let i = 0; i < typed.length; i++) {
      view.dispatch({ changes: { from: at + i, insert: typed[i] }, selection: { anchor: at + i + 1 }, userEvent: 'input.type' });
    }
  }, [offset, keys]);
}
