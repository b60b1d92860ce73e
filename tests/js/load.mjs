// Loads the built Wasm module (pkg/) in Node, as a page would with init().
import { readFileSync } from 'node:fs';
import { initSync } from '../../pkg/lamha.js';

initSync({ module: readFileSync(new URL('../../pkg/lamha_bg.wasm', import.meta.url)) });

export * from '../../pkg/lamha.js';
export const sample = readFileSync(new URL('../data/sample.txt', import.meta.url), 'utf8');
