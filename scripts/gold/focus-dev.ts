// Builds a development set of the focus gold (gold/focus/<set>.jsonl) from its one reader's file
// (gold/focus/<set>/focus.jsonl, written from the articles' text before the pipeline ran on any of them): names
// mapped to entity ids as for the first 60 (scripts/gold/focus-names.ts), articles numbered in the order of
// gold/focus/articles-<set>.txt from the set's first number (dev2 101, dev3 131, dev4 161, dev5 191, dev6 221, dev7 251, dev8 281), so
// that they never collide.
// Usage: npx tsx scripts/gold/focus-dev.ts dev2|dev3|dev4|dev5|dev6|dev7|dev8
import { readFileSync, writeFileSync } from 'node:fs';
import { FocusGoldArticle } from '../../src/evaluate/focus.js';
import type { FocusGoldEntityT } from '../../src/evaluate/focus.js';
import { createNameMapper, FOCUS_DIR as DIR, readRaw } from './focus-names.js';

const FIRST_N: Record<string, number> = {
  dev2: 101,
  dev3: 131,
  dev4: 161,
  dev5: 191,
  dev6: 221,
  dev7: 251,
  dev8: 281,
  dev9: 311,
  dev10: 341,
  dev11: 371,
  dev12: 401,
  dev13: 431,
  dev14: 461,
  dev15: 491,
  dev16: 521,
  dev17: 551,
  dev18: 581,
  dev19: 611,
};
const set = process.argv[2] ?? '';
const first = FIRST_N[set];
if (first === undefined) throw new Error(`usage: focus-dev.ts ${Object.keys(FIRST_N).join('|')}`);
const files = readFileSync(`${DIR}articles-${set}.txt`, 'utf8').trim().split('\n');
const raw = readRaw(`${DIR}${set}/focus.jsonl`);
const toEntity = createNameMapper();
const failures: string[] = [];
const lines = raw.map((a, i) => {
  // The reader's file follows the drawn list: a line out of place would score another article's focus.
  if (a.file !== files[i] || a.n !== first + i) throw new Error(`${set}/focus.jsonl line ${i + 1} is not ${files[i]}`);
  const focus: FocusGoldEntityT[] = [];
  for (const e of a.focus) {
    try {
      focus.push(toEntity(e));
    } catch (err) {
      failures.push(`${a.n}\t${(err as Error).message}`);
    }
  }
  return JSON.stringify(FocusGoldArticle.parse({ n: a.n, file: a.file, title: a.title, focus, note: a.note }));
});
if (raw.length !== files.length)
  throw new Error(`${set}/focus.jsonl has ${raw.length} articles, the list ${files.length}`);
if (failures.length > 0) {
  console.error(`${failures.length} names without an id:\n${failures.join('\n')}`);
  process.exit(1);
}
writeFileSync(`${DIR}${set}.jsonl`, `${lines.join('\n')}\n`);
console.log(`${lines.length} articles, ${raw.reduce((s, a) => s + a.focus.length, 0)} focus entities`);
