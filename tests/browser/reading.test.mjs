// The widget as an Arabic reader sees it, checked on what Chromium draws: a
// highlighted name keeps the letter shapes it has unhighlighted, a number
// after a name does not split its highlight in either interface language,
// and each interface language names places in its own language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, fixturePage } from './chromium.mjs';

let session;
let page;
before(async () => {
  session = await start();
  page = await fixturePage(session, { viewport: { width: 1280, height: 900 } });
});
after(async () => { await session?.close(); });

/** Shows `text` with the entities named by `[text, label, place]`, each at its first occurrence. */
function show(text, names) {
  return page.evaluate(([shown, named]) => {
    const entities = named.map(([name, label, place]) => {
      const start = shown.indexOf(name);
      return { start, end: start + name.length, text: name, label, ...(place ? { place } : {}) };
    }).sort((a, b) => a.start - b.start);
    return document.querySelector('lamha-analyzer').showAnalysis(shown, { entities, quotes: [], groups: [] });
  }, [text, names]);
}

const setLanguage = (lang) => page.evaluate((value) => document.querySelector('lamha-analyzer').setAttribute('lang', value), lang);

// Names ending in letters that join on both sides (ك ن س), so a tag joined
// onto them would change their last letter's shape.
const NAMES = [['الدنمارك', 'LOC'], ['عثمان', 'PER'], ['تونس', 'ORG']];

for (const lang of ['ar', 'en']) {
  test(`a highlighted name keeps its final letter form before its tag (${lang} interface)`, async () => {
    await setLanguage(lang);
    await show('زار وفد الدنمارك مع عثمان إلى تونس أمس.', NAMES);
    const widths = await page.evaluate((names) => {
      const view = document.querySelector('lamha-analyzer').shadowRoot.getElementById('view');
      const width = (node) => {
        const range = document.createRange();
        range.setStart(node, 0);
        range.setEnd(node, node.data.replace(/[\u200d ]$/, '').length);
        return range.getBoundingClientRect().width;
      };
      // The same name unhighlighted, drawn in the view's own font: once as a
      // word on its own (its final form) and once forced to join onwards
      // with a zero-width joiner (the form a joined tag would give it).
      // Each on a line of its own, so that nothing joins onto it.
      const line = (content) => {
        const element = view.appendChild(document.createElement('div'));
        element.className = 'line';
        return element.appendChild(document.createTextNode(content));
      };
      const shapes = names.map(([name]) => {
        const mark = [...view.querySelectorAll('mark')].find((element) => element.textContent === name);
        return { name, highlighted: width(mark.firstChild), final: width(line(`${name} `)), joined: width(line(`${name}\u200d`)) };
      });
      for (const element of view.querySelectorAll(':scope > .line:not(:has(mark))')) element.remove();
      return shapes;
    }, NAMES);
    for (const { name, highlighted, final, joined } of widths) {
      assert.ok(Math.abs(final - joined) > 1, `${name}: the font draws its last letter differently when joined (${final} vs ${joined})`);
      assert.ok(Math.abs(highlighted - final) < 0.5, `${name}: highlighted ${highlighted} px, unhighlighted ${final} px, joined ${joined} px`);
    }
  });

  test(`a number after a name stays outside its highlight and tag (${lang} interface)`, async () => {
    await setLanguage(lang);
    const text = 'قال جوزيف دنفورد 2017 إن التحالف سيعمل، وزار الموصل 3 مرات في 15 آذار.';
    await show(text, [['جوزيف دنفورد', 'PER'], ['الموصل', 'LOC', { name: 'Mosul', kind: 'city', country: 'IQ' }]]);
    const boxes = await page.evaluate(([shown, pairs]) => {
      const view = document.querySelector('lamha-analyzer').shadowRoot.getElementById('view');
      return pairs.map(([name, number]) => {
        const mark = [...view.querySelectorAll('mark')].find((element) => element.textContent === name);
        const node = mark.nextSibling;
        const at = node.data.indexOf(number);
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + number.length);
        const digits = range.getBoundingClientRect();
        return { name, rects: [...mark.getClientRects()].map((rect) => ({ left: rect.left, right: rect.right })),
          number: { left: digits.left, right: digits.right } };
      });
    }, [text, [['جوزيف دنفورد', '2017'], ['الموصل', '3']]]);
    for (const { name, rects, number } of boxes) {
      assert.equal(rects.length, 1, `${name} is one highlight, its tag inside it: ${JSON.stringify(rects)}`);
      // Right to left: the number comes after the highlight, to its left.
      assert.ok(number.right <= rects[0].left + 0.5, `${name}: the number ${JSON.stringify(number)} is left of ${JSON.stringify(rects[0])}`);
    }
  });
}

const PLACES = [
  ['الدنمارك', 'LOC', { name: 'Denmark', kind: 'country', country: 'DK', lat: 56, lon: 10 }],
  ['الموصل', 'LOC', { name: 'Mosul', kind: 'city', country: 'IQ', lat: 36.34, lon: 43.13 }],
  ['شرق آسيا', 'LOC', { name: 'East Asia', kind: 'region' }],
];

/** What the reader is told about the places: the panel, the map's label and pins, and each place's tooltip. */
async function placeTexts() {
  const analyzer = page.locator('lamha-analyzer');
  const texts = {
    panel: (await analyzer.locator('.places .item').allTextContents()).join(' | '),
    map: await analyzer.locator('svg.map').getAttribute('aria-label'),
    pins: (await analyzer.locator('.map circle title').allTextContents()).join(' | '),
    tooltips: [],
  };
  for (const [name] of PLACES) {
    await analyzer.locator('mark', { hasText: name }).hover();
    await analyzer.locator('#tooltip').waitFor({ state: 'visible' });
    texts.tooltips.push(await analyzer.locator('#tooltip').textContent());
    await page.mouse.move(1, 1);
  }
  texts.tooltips = texts.tooltips.join(' | ');
  return texts;
}

test('the Arabic interface names places in Arabic, the English one in English', async () => {
  const text = 'وصل الوفد من الدنمارك إلى الموصل بعد جولة في شرق آسيا.';
  await setLanguage('ar');
  await show(text, PLACES);
  const arabic = await placeTexts();
  for (const [where, shown] of Object.entries(arabic)) {
    assert.doesNotMatch(shown, /[A-Za-z]/, `${where}: ${shown}`);
  }
  assert.match(arabic.panel, /الموصل.*مدينة · العراق/);
  assert.match(arabic.map, /الدنمارك، الموصل، شرق آسيا/);
  assert.match(arabic.pins, /الدنمارك \| الموصل/);
  assert.match(arabic.tooltips, /الاسم: الموصل.*مدينة.*البلد: العراق/);

  await setLanguage('en');
  const english = await placeTexts();
  assert.match(english.panel, /Mosul · city · Iraq/);
  assert.match(english.panel, /Denmark · country/);
  assert.match(english.map, /Map of the places named: Denmark, Mosul, East Asia/);
  assert.match(english.pins, /Denmark \| Mosul/);
  assert.match(english.tooltips, /Mosul · city.*Country: Iraq/);
  // The map names only places, so in English it has no Arabic at all (the
  // panel and tooltips show the article's own name for each beside it).
  for (const where of ['map', 'pins']) assert.doesNotMatch(english[where], /[\u0600-\u06ff]/, `${where}: ${english[where]}`);
  await setLanguage('ar');
  assert.deepEqual(page.errors, []);
});

test('a country named is shaded on the map whatever the map calls it, and one too small to draw has a pin', async () => {
  const text = 'زار وفد من الولايات المتحدة والتشيك والبحرين سوريا.';
  await setLanguage('ar');
  await show(text, [
    ['الولايات المتحدة', 'LOC', { name: 'United States', kind: 'country', country: 'US', lat: 39.76, lon: -98.5 }],
    ['التشيك', 'LOC', { name: 'Czech Republic', kind: 'country', country: 'CZ', lat: 49.75, lon: 15.5 }],
    ['البحرين', 'LOC', { name: 'Bahrain', kind: 'country', country: 'BH', lat: 26, lon: 50.55 }],
    ['سوريا', 'LOC', { name: 'Syria', kind: 'country', country: 'SY', lat: 35, lon: 38 }],
  ]);
  const map = page.locator('lamha-analyzer svg.map');
  const shaded = await map.locator('path.country.named').evaluateAll((shapes) => shapes.map((shape) => shape.dataset.country));
  assert.deepEqual(shaded.sort(), ['CZ', 'SY', 'US']);
  assert.equal(await map.locator('path.country[data-country="BH"]').count(), 0, 'Bahrain is too small for the map');
  assert.deepEqual(await map.locator('circle title').allTextContents(), ['الولايات المتحدة', 'التشيك', 'البحرين', 'سوريا']);
});
