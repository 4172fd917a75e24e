import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { Doc } from '../schema/document.js';
import { defineStage } from './types.js';

/** Options of the keywords stage. */
export const KeywordsOptions = z
  .object({
    topK: z.number().int().nonnegative().default(10),
  })
  .strict();

/** jieba's IDF table, stop words and average IDF (for words it does not list), loaded once. */
interface IdfTable {
  idf: Map<string, number>;
  average: number;
  stop: Set<string>;
}

let table: IdfTable | null = null;

/** Loads jieba's own IDF and stop-word files (the data behind nodejieba.extract) once per process. */
export function idfTable(): IdfTable {
  if (table !== null) return table;
  const require = createRequire(import.meta.url);
  const dir = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict');
  const idf = new Map<string, number>();
  let sum = 0;
  for (const line of readFileSync(join(dir, 'idf.utf8'), 'utf8').split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    const v = Number(line.slice(sp + 1));
    idf.set(line.slice(0, sp), v);
    sum += v;
  }
  const stop = new Set(readFileSync(join(dir, 'stop_words.utf8'), 'utf8').split('\n').map((w) => w.trim()).filter((w) => w !== ''));
  table = { idf, average: sum / Math.max(1, idf.size), stop };
  return table;
}

/**
 * The article's top-k words by TF-IDF over the segment stage's tokens (jieba's keyword method on the words we
 * already have, instead of segmenting the text a second time); weights rounded so output is stable.
 */
export function keywordsOf(doc: Doc, topK: number, t: IdfTable): Array<{ word: string; weight: number }> {
  if (topK === 0 || doc.tokens === undefined || doc.sentences === undefined || doc.norm === undefined) return [];
  const tf = new Map<string, number>();
  for (const tok of doc.tokens) {
    if (tok.end - tok.start < 2) continue;
    const s = doc.sentences[tok.sentence];
    if (s === undefined) continue;
    const word = doc.norm[s.block]?.text.slice(tok.start, tok.end) ?? '';
    if (t.stop.has(word) || !/[\p{L}\p{N}]/u.test(word)) continue;
    tf.set(word, (tf.get(word) ?? 0) + 1);
  }
  const scored = [...tf.entries()].map(([word, n]) => ({ word, weight: Math.round(n * (t.idf.get(word) ?? t.average) * 1000) / 1000 }));
  scored.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return scored.slice(0, topK);
}

/** The keywords stage: the article's top-k words by jieba's TF-IDF. */
export const keywordsStage = defineStage({
  name: 'keywords',
  options: KeywordsOptions,
  requires: ['segment'],
  create(options) {
    const t = idfTable();
    return {
      name: 'keywords',
      run(doc: Doc): Doc {
        return { ...doc, keywords: keywordsOf(doc, options.topK, t) };
      },
    };
  },
});
