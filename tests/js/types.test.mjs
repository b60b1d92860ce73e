// The TypeScript declarations type the analysis (not `any`): a program that
// uses the fields right compiles, and one that misuses them does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const tsc = join(root, 'node_modules/typescript/bin/tsc');

function compile(source) {
  const dir = mkdtempSync(join(tmpdir(), 'lamha-types-'));
  const file = join(dir, 'check.ts');
  writeFileSync(file, source.replaceAll('PKG', join(root, 'pkg/lamha.js')));
  try {
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--module', 'es2022',
      '--moduleResolution', 'bundler', file], { encoding: 'utf8' });
    return '';
  } catch (error) {
    return error.stdout || String(error);
  }
}

test('a correct use of the analysis type-checks', () => {
  const errors = compile(`
    import init, { analyze, type Analysis, type Entity } from 'PKG';
    await init();
    const analysis: Analysis = analyze('نص');
    const people: Entity[] = analysis.entities.filter((e) => e.label === 'PER');
    const start: number = people[0].start;
    const country: string | undefined = analysis.entities[0].place?.country;
    const speaker: string | undefined = analysis.quotes[0].speaker?.text;
    const kind: 'direct' | 'reported' = analysis.quotes[0].kind;
    console.log(start, country, speaker, kind);
  `);
  assert.equal(errors, '');
});

test('a wrong use of the analysis does not type-check', () => {
  const errors = compile(`
    import { analyze } from 'PKG';
    const analysis = analyze('نص');
    const wrong: string = analysis.entities[0].start;
    const missing = analysis.entities[0].speaker;
    const label: 'PERSON' = analysis.entities[0].label;
    console.log(wrong, missing, label);
  `);
  assert.match(errors, /Type 'number' is not assignable to type 'string'/);
  assert.match(errors, /Property 'speaker' does not exist/);
  assert.match(errors, /is not assignable to type '"PERSON"'/);
});
