// What JavaScript can hand the module that Rust cannot: lone and reversed
// surrogates, values that are not strings, texts over the limit. Each gets an
// analysis whose spans slice the caller's string, or a clear Error; and the
// instance lives on (a Wasm panic would abort it for good).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeCount, segment, maxTextLength, sample } from './load.mjs';

/** Every span of `text`'s analysis and segmentation slices it exactly. A lone
 * surrogate reaches Rust as U+FFFD, also one unit: offsets still count the
 * caller's string, and the texts match it once made well-formed. */
function assertSpansSlice(text) {
  const seen = text.toWellFormed();
  const analysis = analyze(text);
  const { tokens, sentences, paragraphs } = segment(text);
  const spans = [...analysis.entities, ...tokens, ...sentences, ...paragraphs];
  for (const quote of analysis.quotes) {
    spans.push(quote.content, ...[quote.cue, quote.speaker].filter(Boolean));
  }
  for (const span of spans) {
    assert.ok(span.start < span.end && span.end <= text.length, `span ${span.start}..${span.end}`);
    assert.equal(seen.slice(span.start, span.end), span.text);
  }
  return analysis;
}

test('lone, reversed and doubled surrogates', () => {
  const cases = [
    '\uD800', '\uDC00', '\uDBFF\uDBFF', '\uDC00\uD800', `${sample}\uD83D`, `\uDE00${sample}`,
    sample.replaceAll(' ', ' \uD800 '), sample.replaceAll('ا', 'ا\uDC00'), '\uD800'.repeat(100_000),
    'قال: «\uD83D»', '😀'.slice(0, 1) + 'داعش' + '😀'.slice(1),
  ];
  for (const text of cases) assertSpansSlice(text);
});

test('a value that is not a string gets a clear Error', () => {
  for (const value of [undefined, null, 42, {}, [], Symbol('x'), 10n, new String('قال')]) {
    for (const call of [analyze, analyzeCount, segment]) {
      assert.throws(() => call(value), { name: 'Error', message: /must be a string/ });
    }
  }
});

test('a text over the limit is refused with its length and the limit', () => {
  const limit = maxTextLength();
  const text = 'ق'.repeat(limit + 1);
  assert.throws(() => analyze(text), new RegExp(`too long.*${limit + 1}.*${limit}`));
  assert.throws(() => analyzeCount(text), /too long/);
  // Astral characters count two units each, as JavaScript counts them.
  assert.throws(() => analyze('😀'.repeat(limit / 2 + 1)), /too long/);
});

test('the instance lives on after everything above', () => {
  assert.deepEqual(JSON.parse(JSON.stringify(analyze(sample))),
    JSON.parse(JSON.stringify(assertSpansSlice(sample))));
  assert.equal(analyzeCount(sample), analyze(sample).entities.length + analyze(sample).quotes.length);
});
