// The Wasm module in Node: it loads, analyses the sample, and every span it
// reports slices the caller's string (UTF-16) to exactly its text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, prepare, segment, version, maxTextLength, sample } from './load.mjs';

test('version is the crate version', () => {
  assert.match(version(), /^\d+\.\d+\.\d+$/);
});

test('the sample article is analysed into the interface shape', () => {
  const analysis = analyze(sample);
  assert.ok(Array.isArray(analysis.entities));
  assert.ok(Array.isArray(analysis.quotes));
  assert.ok(Array.isArray(analysis.groups));
  for (const quote of analysis.quotes) {
    assert.ok(quote.cue === null || typeof quote.cue.start === 'number', 'cue is a span or null');
    assert.ok(quote.speaker === null || typeof quote.speaker.text === 'string', 'speaker is a span or null');
  }
});

const PIECES = ['العراق', 'وَالْعِرَاقِ', 'بسوريا', 'ﻻ', 'ﷺ', '٢٠١٧', '03:30', 'ISIS', 'e\u0301', '😀', '👩‍👩‍👧',
  '\u200F', '\u202B', '\u200B', '\uFEFF', '\u064E', 'ـ', '«', '»', '"', '“', '.', '..', '؟', '،', ' ', '\n',
  '\n\n', '\uD800', '\uDC00', 'قال', 'إن', ':'];

function randomText(random) {
  let text = '';
  const length = Math.floor(random() * 40);
  for (let i = 0; i < length; i++) text += PIECES[Math.floor(random() * PIECES.length)];
  return text;
}

function mulberry32(seed) {
  return () => {
    seed |= 0; seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test('token, sentence and entity spans slice the JavaScript string exactly', () => {
  const random = mulberry32(2017);
  const texts = [sample];
  for (let i = 0; i < 1500; i++) texts.push(randomText(random));
  for (const text of texts) {
    // A lone surrogate reaches Rust as U+FFFD, one unit too: compare with
    // the string as the module saw it.
    const seen = text.toWellFormed();
    const { tokens, sentences, paragraphs } = segment(text);
    for (const span of [...tokens, ...sentences, ...paragraphs]) {
      assert.ok(span.start < span.end, `empty span in ${JSON.stringify(text)}`);
      assert.equal(seen.slice(span.start, span.end), span.text, `span ${span.start}..${span.end} of ${JSON.stringify(text)}`);
    }
    for (const entity of analyze(text).entities) {
      assert.equal(seen.slice(entity.start, entity.end), entity.text);
    }
  }
});

test('native and Wasm agree on the sample', async () => {
  const { execFileSync } = await import('node:child_process');
  const native = JSON.parse(execFileSync(new URL('../../target/release/lamha', import.meta.url).pathname,
    ['analyze', new URL('../data/sample.txt', import.meta.url).pathname], { encoding: 'utf8' }));
  assert.deepEqual(JSON.parse(JSON.stringify(analyze(sample))), JSON.parse(JSON.stringify(native)));
});

test('a text over the limit gets a clear error, not a crash', () => {
  const limit = maxTextLength();
  assert.ok(limit >= 1_000_000);
  assert.throws(() => analyze('ا'.repeat(limit + 1)), /too long/);
  assert.equal(typeof analyze('').entities.length, 'number');
});

test('prepare() may be called any number of times and changes no analysis', () => {
  const before = JSON.stringify(analyze(sample));
  prepare();
  prepare();
  assert.equal(JSON.stringify(analyze(sample)), before);
});
