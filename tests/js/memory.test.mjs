// One Wasm instance analysing the sample article again and again, as a widget
// does on every keystroke, must not grow its memory: whatever one analysis
// allocates is freed (a Wasm memory never shrinks, so a leak would show).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, wasm, sample } from './load.mjs';

/** Growth allowed after the first runs: a few pages of allocator slack. A
 * leak of 25 bytes a run would pass it over 10,000 runs. */
const SLACK = 256 * 1024;

test('10,000 analyses of the sample do not grow the memory', () => {
  for (let i = 0; i < 100; i++) analyze(sample);
  const settled = wasm.memory.buffer.byteLength;
  let found = 0;
  for (let i = 100; i < 10_000; i++) found += analyze(sample).entities.length;
  const after = wasm.memory.buffer.byteLength;
  assert.ok(after - settled <= SLACK, `memory grew from ${settled} to ${after} bytes`);
  assert.equal(found, 9_900 * analyze(sample).entities.length, 'every run found the same');
});

test('a big text\'s memory is reused, not added to, by the next ones', () => {
  const big = sample.repeat(100);
  // The first runs may still grow the heap while the allocator settles on a
  // layout for texts this big (by a few hundred kB, once).
  for (let i = 0; i < 3; i++) analyze(big);
  const settled = wasm.memory.buffer.byteLength;
  for (let i = 0; i < 20; i++) analyze(big);
  assert.ok(wasm.memory.buffer.byteLength - settled <= SLACK);
});
