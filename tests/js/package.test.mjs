// The npm package as others use it: a bundler resolves `lamha` and
// `lamha/widget` through package.json `exports` (keeping the widget's
// registration, which `sideEffects` must not let it drop), the TypeScript
// types of the element check, and every file `exports` names is in `files`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** A project folder with this package installed as node_modules/lamha. */
function consumer(files) {
  const dir = mkdtempSync(join(tmpdir(), 'lamha-consumer-'));
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(root, join(dir, 'node_modules/lamha'), 'dir');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

test('a bundler resolves lamha and lamha/widget and keeps the element', async () => {
  const dir = consumer({
    'main.js': "import init, { analyze } from 'lamha';\nimport 'lamha/widget';\nawait init();\nconsole.log(analyze('نص'));\n",
  });
  const result = await build({
    entryPoints: [join(dir, 'main.js')], bundle: true, format: 'esm', write: false, logLevel: 'silent',
    preserveSymlinks: true,
  });
  assert.deepEqual(result.warnings, []);
  const code = result.outputFiles[0].text;
  assert.match(code, /customElements\.define\("lamha-analyzer"/);
  assert.match(code, /lamha_bg\.wasm/);
});

test('the element is typed for TypeScript users', () => {
  const dir = consumer({
    'check.ts': `
      import type { LamhaAnalyzer } from 'lamha/widget';
      const element: LamhaAnalyzer = document.createElement('lamha-analyzer');
      element.text = 'نص';
      element.addEventListener('lamha-analyzed', (event) => {
        const count: number = event.detail.analysis.entities.length;
        console.log(count, event.detail.text.length);
      });
      element.analyze().then((analysis) => analysis.quotes[0]?.speaker?.text);
      // @ts-expect-error: the analysis is read-only
      element.analysis = null;
    `,
  });
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '--strict',
      '--target', 'es2022', '--module', 'es2022', '--moduleResolution', 'bundler', '--lib', 'es2022,dom',
      '--preserveSymlinks', join(dir, 'check.ts')], { encoding: 'utf8' });
  } catch (error) {
    assert.fail(error.stdout || String(error));
  }
});

test('every file the exports name is published', () => {
  const targets = Object.values(manifest.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    assert.ok(path === 'package.json' || manifest.files.includes(path), `${path} is in files`);
  }
  // Every module the widget imports, and those they import (the built ones,
  // in pkg/, once scripts/build.sh has made them).
  const imported = new Set(['www/lamha-analyzer.js', 'www/lamha-worker.js']);
  for (const path of imported) {
    for (const [, relative] of readFileSync(join(root, path), 'utf8').matchAll(/from '(\.\.?\/[\w/-]+\.js)'/g)) {
      imported.add(posix.join(posix.dirname(path), relative));
    }
  }
  assert.ok(imported.has('pkg/codemirror.js') && imported.has('pkg/world-map.js'), [...imported].join(', '));
  for (const path of imported) assert.ok(manifest.files.includes(path), `${path} is in files`);
});
