// The widget's rendering, panels, tooltips and exports, on a recorded
// analysis of the sample article (its gold annotation, fed through
// `showAnalysis`), so that they are tested whatever the analysis stages find.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, fixturePage, ROOT } from './chromium.mjs';

const text = readFileSync(new URL('tests/data/sample.txt', ROOT), 'utf8');
let session;
let page;
before(async () => {
  session = await start();
  page = await fixturePage(session, { viewport: { width: 1280, height: 900 } });
});
after(async () => { await session?.close(); });

const analyzer = () => page.locator('lamha-analyzer');
const mark = (label, name) => analyzer().locator(`mark[data-label="${label}"]`, { hasText: name }).first();

test('every character of the text is shown once, in order, highlights and all', async () => {
  const shown = await page.evaluate(() => document.querySelector('lamha-analyzer').shadowRoot.getElementById('view').textContent);
  assert.equal(shown, text);
  assert.equal(await page.evaluate(() => document.querySelector('lamha-analyzer').text), text);
});

test('entities are highlighted with their label, and entities inside a quote stay visible', async () => {
  assert.equal(await mark('PER', 'جوزيف دنفورد').textContent(), 'جوزيف دنفورد');
  assert.equal(await mark('LOC', 'الموصل').textContent(), 'الموصل');
  const quote = analyzer().locator('.quote', { hasText: 'لقد رفعت صرح الخلافة' });
  assert.equal(await quote.getAttribute('data-kind'), 'direct');
  assert.equal(await quote.getAttribute('data-speaker'), 'أبو عقيل السنغافوري');
  assert.equal(await quote.textContent(), 'لقد رفعت صرح الخلافة من جديد وشفيتم صدور المؤمنين، وأنكم تمشون على خطى المؤمنين');
  // داعش inside the quote of Dunford is an ORG mark nested in the quote.
  const nested = analyzer().locator('.quote mark[data-label="ORG"]', { hasText: 'داعش' });
  assert.ok(await nested.count() >= 1);
  const marks = await page.evaluate(() => document.querySelector('lamha-analyzer').shadowRoot.querySelectorAll('mark').length);
  assert.equal(marks, (await page.evaluate(() => window.fixtureAnalysis.entities.length)));
});

test('the legend counts each category as the analysis does', async () => {
  const expected = await page.evaluate(() => {
    const counts = { PER: 0, ORG: 0, LOC: 0, DATE: 0, QUOTE: window.fixtureAnalysis.quotes.length };
    for (const entity of window.fixtureAnalysis.entities) counts[entity.label]++;
    return counts;
  });
  for (const [category, count] of Object.entries(expected)) {
    const shown = await analyzer().locator(`.toggle[data-cat="${category}"] .count`).textContent();
    assert.equal(Number(shown), count, category);
  }
  assert.equal(expected.PER, 5);
});

test('the line explaining the colours names the colours shown', async () => {
  // Hue ranges (degrees) of the colour words the legend may use.
  const WORDS = { pink: [290, 345], blue: [190, 250], green: [130, 190], 'golden yellow': [36, 60], orange: [15, 36], red: [345, 375] };
  const hues = await page.evaluate(() => {
    const root = document.querySelector('lamha-analyzer').shadowRoot;
    return Object.fromEntries(['PER', 'ORG', 'LOC', 'DATE', 'QUOTE'].map((category) => {
      const [r, g, b] = getComputedStyle(root.querySelector(`.toggle[data-cat="${category}"] .swatch`))
        .borderBottomColor.match(/[\d.]+/g).map(Number).map((value) => value / 255);
      const max = Math.max(r, g, b);
      const spread = max - Math.min(r, g, b);
      const hue = max === r ? ((g - b) / spread) % 6 : max === g ? (b - r) / spread + 2 : (r - g) / spread + 4;
      return [category, (hue * 60 + 360) % 360];
    }));
  });
  const english = 'Blue marks people, golden yellow organisations, green places, pink dates; an orange dashed underline marks quotes.';
  const named = { PER: 'blue', ORG: 'golden yellow', LOC: 'green', DATE: 'pink', QUOTE: 'orange' };
  for (const [category, word] of Object.entries(named)) {
    const [from, to] = WORDS[word];
    const hue = hues[category] < from ? hues[category] + 360 : hues[category];
    assert.ok(hue >= from && hue <= to, `${category} is drawn at hue ${hues[category]}, not ${word}`);
  }
  await analyzer().evaluate((element) => element.setAttribute('lang', 'en'));
  assert.ok((await analyzer().locator('.explain').textContent()).startsWith(english));
  await analyzer().evaluate((element) => element.setAttribute('lang', 'ar'));
  assert.match(await analyzer().locator('.explain').textContent(),
    /^الأزرق للأشخاص، والأصفر الذهبي للمنظمات، والأخضر للأماكن، والوردي للتواريخ، والخط البرتقالي المتقطع تحت الاقتباسات/);
});

test('a legend toggle hides a category and shows it again', async () => {
  const person = mark('PER', 'جوزيف دنفورد');
  const background = () => person.evaluate((element) => getComputedStyle(element).backgroundColor);
  const shown = await background();
  assert.notEqual(shown, 'rgba(0, 0, 0, 0)');
  const toggle = analyzer().locator('.toggle[data-cat="PER"]');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await background(), 'rgba(0, 0, 0, 0)');
  assert.notEqual(await mark('ORG', 'داعش').evaluate((element) => getComputedStyle(element).backgroundColor), 'rgba(0, 0, 0, 0)');
  await toggle.click();
  assert.equal(await background(), shown);
  const quote = analyzer().locator('.quote').first();
  const quoteToggle = analyzer().locator('.toggle[data-cat="QUOTE"]');
  await quoteToggle.click();
  assert.equal(await quote.evaluate((element) => getComputedStyle(element).backgroundColor), 'rgba(0, 0, 0, 0)');
  await quoteToggle.click();
});

test('hovering a place shows its label, place and country; keyboard focus does too', async () => {
  const tooltip = analyzer().locator('#tooltip');
  await mark('LOC', 'الموصل').hover();
  await tooltip.waitFor({ state: 'visible' });
  const shown = await tooltip.textContent();
  assert.match(shown, /مكان/);
  assert.match(shown, /مدينة/);
  assert.doesNotMatch(shown, /[A-Za-z]/, 'the Arabic interface names the place in Arabic');
  assert.match(shown, /البلد: العراق/);
  await page.mouse.move(1, 1);
  await tooltip.waitFor({ state: 'hidden' });
  await mark('PER', 'أبو عقيل السنغافوري').focus();
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /شخص/);
  await page.keyboard.press('Escape');
  await tooltip.waitFor({ state: 'hidden' });
});

test('hovering a quote names its speaker', async () => {
  const quote = analyzer().locator('.quote', { hasText: 'لقد رفعت صرح الخلافة' });
  await quote.hover({ position: { x: 5, y: 5 } });
  const tooltip = analyzer().locator('#tooltip');
  await tooltip.waitFor({ state: 'visible' });
  assert.match(await tooltip.textContent(), /القائل: أبو عقيل السنغافوري/);
  await page.mouse.move(1, 1);
});

test('choosing an entity in the panel highlights all its mentions', async () => {
  const item = analyzer().locator('.entities .item', { hasText: 'داعش' }).first();
  assert.equal(await item.locator('.count').textContent(), '9');
  await item.click();
  assert.equal(await item.getAttribute('aria-pressed'), 'true');
  const selected = analyzer().locator('mark.selected');
  assert.equal(await selected.count(), 9);
  for (const name of await selected.allTextContents()) assert.equal(name, 'داعش');
  await item.click();
  assert.equal(await analyzer().locator('mark.selected').count(), 0);
});

test('who said what lists each speaker with their quotes', async () => {
  const speakers = await analyzer().locator('.quotes h4').allTextContents();
  assert.ok(speakers.includes('أبو عقيل السنغافوري'), speakers.join(' | '));
  assert.ok(speakers.includes('برت مكجيرك'), speakers.join(' | '));
  const mcgurk = analyzer().locator('.quotes .speaker', { hasText: 'برت مكجيرك' });
  assert.equal(await mcgurk.locator('.item').count(), 5);
  await mcgurk.locator('.item').first().click();
  assert.ok(await analyzer().locator('.quote.selected').count() >= 1);
});

test('places are listed with their country and pinned on the offline map', async () => {
  const places = await analyzer().locator('.places .item').allTextContents();
  assert.ok(places.some((place) => place.includes('الموصل') && place.includes('مدينة') && place.includes('العراق')),
    places.join(' | '));
  const pins = analyzer().locator('.map circle');
  assert.ok(await pins.count() >= 7);
  assert.ok(await analyzer().locator('.map path.country.named').count() >= 4, 'Syria, Iraq, Libya, Turkey are shaded');
});

test('the analysis exports as JSON and CSV, and the highlighted text as HTML', async () => {
  const exported = await page.evaluate(() => {
    const element = document.querySelector('lamha-analyzer');
    return { json: element.exportJSON(), csv: element.exportCSV(), html: element.highlightedHTML() };
  });
  const json = JSON.parse(exported.json);
  assert.equal(json.text, text);
  assert.deepEqual(json.entities, await page.evaluate(() => window.fixtureAnalysis.entities));
  assert.ok(exported.csv.startsWith('\uFEFFtype,label,start,end,text'), 'a UTF-8 byte-order mark, then the header');
  const rows = exported.csv.slice(1).trimEnd().split('\r\n');
  assert.equal(rows.length, 1 + json.entities.length + json.quotes.length);
  assert.ok(rows.some((row) => row.startsWith('entity,LOC,1748,1754,الموصل,الموصل,Mosul,IQ')));
  assert.match(exported.html, /<mark title="مكان"[^>]*>الموصل<\/mark>/);
  // Plain colours, which word processors and mail programs keep.
  assert.doesNotMatch(exported.html, /color\(|color-mix|oklch|var\(/);
  assert.match(exported.html, /<mark title="مكان" style="background:#[0-9a-f]{6};color:inherit;border-bottom:2px solid #[0-9a-f]{6}">الموصل/);
  const download = page.waitForEvent('download');
  await analyzer().locator('button[data-t="csv"]').click();
  assert.equal((await download).suggestedFilename(), 'lamha-analysis.csv');
});

test('the interface switches to English and back', async () => {
  const language = analyzer().locator('button[data-t="language"]');
  await language.click();
  assert.equal(await analyzer().getAttribute('lang'), 'en');
  assert.equal(await analyzer().locator('.toggle[data-cat="PER"] [data-t]').textContent(), 'Person');
  assert.equal(await analyzer().locator('details.quotes summary').textContent(), 'Who said what');
  await mark('LOC', 'الموصل').hover();
  assert.match(await analyzer().locator('#tooltip').textContent(), /Mosul · city.*Country: Iraq/);
  await page.mouse.move(1, 1);
  await language.click();
  assert.equal(await analyzer().locator('details.quotes summary').textContent(), 'من قال ماذا');
  assert.deepEqual(page.errors, []);
});

test('the keyboard reaches the toggles, the marks and the panels', async () => {
  const toggle = analyzer().locator('.toggle[data-cat="ORG"]');
  await toggle.focus();
  await page.keyboard.press('Space');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  const person = mark('PER', 'برت مكجيرك');
  await person.focus();
  await page.keyboard.press('Enter');
  assert.equal(await analyzer().locator('mark.selected').count(), 1);
  assert.equal(await analyzer().locator('.entities .item[aria-pressed="true"]').textContent(), 'شخصبرت مكجيرك1');
  await page.keyboard.press('Enter');
  assert.equal(await analyzer().locator('mark.selected').count(), 0);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.querySelector('lamha-analyzer').shadowRoot.activeElement?.tagName), 'MARK');
  // Tab leaves the text box instead of typing a tab into the article.
  const text = await analyzer().evaluate((element) => element.text);
  await analyzer().locator('#input').focus();
  await page.keyboard.press('Tab');
  assert.notEqual(await page.evaluate(() => document.querySelector('lamha-analyzer').shadowRoot.activeElement?.id), 'input');
  assert.equal(await analyzer().evaluate((element) => element.text), text);
});

test('the highlighted text is copied to the clipboard as HTML and as plain text', async () => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.origin });
  await analyzer().locator('button[data-t="copy"]').click();
  await analyzer().locator('.status', { hasText: 'نُسخ' }).waitFor();
  const copied = await page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    return { html: await (await item.getType('text/html')).text(), plain: await (await item.getType('text/plain')).text() };
  });
  assert.equal(copied.plain, text);
  assert.match(copied.html, /<mark [^>]*>جوزيف دنفورد<\/mark>/);
});
