// Seeds the fuzz corpora (fuzz/corpus/, not committed) with real text: the
// sample article, whole and by paragraph, and paragraphs of the shared
// corpora's sentences when ../shared is there (ANERcorp's training part only,
// never its development part; WikiFANE). The jsonl target gets the same texts
// as request lines. Usage: node fuzz/seed.mjs [SHARED_DIR]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = process.argv[2] ?? join(root, '../shared');
/** Corpus paragraphs per corpus file. */
const PER_CORPUS = 200;
/** Sentences per corpus paragraph. */
const SENTENCES = 4;
/** ANERcorp's development share, at its end (lamha::corpus::DEV_SHARE). */
const DEV_SHARE = 0.1;

function conllSentences(path) {
  const sentences = [];
  let words = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const word = line.trim().split(/[ \t]+/)[0];
    if (word) {
      words.push(word);
    } else if (words.length) {
      sentences.push(words.join(' '));
      words = [];
    }
  }
  if (words.length) sentences.push(words.join(' '));
  return sentences;
}

/** `count` paragraphs of `SENTENCES` sentences, spread over `sentences`. */
function paragraphs(sentences, count) {
  const step = Math.max(SENTENCES, Math.floor(sentences.length / count));
  const picked = [];
  for (let start = 0; start + SENTENCES <= sentences.length && picked.length < count; start += step) {
    picked.push(sentences.slice(start, start + SENTENCES).join(' '));
  }
  return picked;
}

const sample = readFileSync(join(root, 'tests/data/sample.txt'), 'utf8');
const texts = [['sample', sample], ...sample.split('\n\n').map((p, i) => [`sample-${i}`, p])];
const ner = join(shared, 'data/ner');
if (existsSync(ner)) {
  const anercorp = conllSentences(join(ner, 'anercorp-train.conll'));
  const training = anercorp.slice(0, Math.round(anercorp.length * (1 - DEV_SHARE)));
  paragraphs(training, PER_CORPUS).forEach((p, i) => texts.push([`anercorp-${i}`, p]));
  paragraphs(conllSentences(join(ner, 'wikifane-gold.conll')), PER_CORPUS)
    .forEach((p, i) => texts.push([`wikifane-${i}`, p]));
} else {
  console.log(`no ${ner}: seeding with the sample article only`);
}

for (const target of ['analyze', 'jsonl']) mkdirSync(join(root, 'fuzz/corpus', target), { recursive: true });
texts.forEach(([name, text], index) => {
  writeFileSync(join(root, 'fuzz/corpus/analyze', name), text);
  // A few requests a file: ids of several kinds, the text of the next one too.
  const next = texts[(index + 1) % texts.length][1];
  const lines = [{ id: index, text }, { id: name, text: next }].map((r) => JSON.stringify(r));
  writeFileSync(join(root, 'fuzz/corpus/jsonl', name), lines.join('\n') + '\n');
});
console.log(`seeded ${texts.length} texts into fuzz/corpus/analyze and fuzz/corpus/jsonl`);
