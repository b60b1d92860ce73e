// The widget's rendering plan (www/render.js) in Node: the pieces cover the
// text exactly once whatever the spans (overlapping, crossing a quote's or a
// line's edge), and the HTML and CSV exports escape what they carry.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachPiece, highlightedHTML, analysisCSV } from '../../www/render.js';

function pieces(text, analysis) {
  const out = [];
  forEachPiece(text, analysis, (start, end, line, quote, inner) => out.push({ start, end, line, quote, inner }));
  return out;
}

const entity = (start, end, label = 'PER') => ({ start, end, label });
const quote = (start, end, cue = null) => ({ kind: 'direct', cue, content: { start, end }, speaker: null });

test('an entity crossing a quote edge is cut there, and no character is written twice', () => {
  const text = 'قال جوزيف دنفورد إن التحالف باق';
  const analysis = { entities: [entity(4, 16), entity(20, 27, 'ORG')], quotes: [quote(10, 31, { start: 0, end: 3 })], groups: [] };
  const runs = pieces(text, analysis);
  assert.equal(runs.map(({ start, end }) => text.slice(start, end)).join(''), text);
  const person = runs.filter((run) => run.inner?.entity === 0);
  assert.deepEqual(person.map(({ start, end, quote: q }) => [start, end, q?.quote ?? null]), [[4, 10, null], [10, 16, 0]]);
  assert.ok(runs.some((run) => run.inner?.cue === 0 && run.start === 0 && run.end === 3));
  assert.ok(runs.filter((run) => run.inner?.entity === 1).every((run) => run.quote?.quote === 0));
});

test('a cue overlapping an entity gives way to it; lines are counted', () => {
  const text = 'أكد التحالف\nأن المرحلة';
  const analysis = { entities: [entity(4, 11, 'ORG')], quotes: [quote(15, 22, { start: 0, end: 11 })], groups: [] };
  const runs = pieces(text, analysis);
  assert.equal(runs.map(({ start, end }) => text.slice(start, end)).join(''), text);
  assert.ok(runs.every((run) => !(run.inner?.cue !== undefined && run.end > 4)));
  assert.deepEqual([...new Set(runs.map((run) => run.line))], [0, 1]);
});

test('random, overlapping and out-of-range spans never lose or repeat text', () => {
  let seed = 7;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  for (let round = 0; round < 500; round++) {
    const length = Math.floor(random() * 60);
    const text = Array.from({ length }, () => 'ابت \n«»'[Math.floor(random() * 7)]).join('');
    const span = () => { const start = Math.floor(random() * (length + 2)); return [start, start + Math.floor(random() * 12)]; };
    const analysis = {
      entities: Array.from({ length: Math.floor(random() * 6) }, () => entity(...span())),
      quotes: Array.from({ length: Math.floor(random() * 3) }, () => quote(...span(), random() < 0.5 ? null : { start: span()[0], end: span()[1] })),
      groups: [],
    };
    const runs = pieces(text, analysis);
    assert.equal(runs.map(({ start, end }) => text.slice(start, end)).join(''), text, JSON.stringify({ text, analysis }));
    assert.ok(runs.every(({ start, end }) => start < end));
  }
});

test('the HTML export escapes the text and the labels', () => {
  const text = '<img src=x onerror=alert(1)> & "قال"';
  const html = highlightedHTML(text, { entities: [{ start: 0, end: 4, label: '"><script>' }], quotes: [], groups: [] },
    { other: { background: '#eee', border: '#888' }, QUOTE: { background: '#fee', border: '#d55e00' } }, { quote: 'القائل' });
  assert.ok(!html.includes('<img') && !html.includes('<script'));
  assert.match(html, /^<div [^>]*><mark title="&quot;&gt;&lt;script&gt;" style="background:#eee;[^"]*">&lt;img<\/mark>/);
  assert.match(html, / src=x onerror=alert\(1\)&gt; &amp; &quot;قال&quot;<\/div>$/);
});

test('the CSV export quotes cells and defuses spreadsheet formulas', () => {
  const csv = analysisCSV({
    entities: [{ start: 0, end: 9, text: '=HYPERLINK("x")', label: 'ORG' }, { start: 10, end: 13, text: 'a,b', label: 'LOC' }],
    quotes: [], groups: [],
  });
  const rows = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(rows[1].split(',')[4], '"\'=HYPERLINK(""x"")"');
  assert.match(rows[2], /,"a,b",/);
});
