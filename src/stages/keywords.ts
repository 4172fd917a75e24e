import { z } from 'zod';
import type { Doc } from '../schema/doc.js';
import { defineStage } from './types.js';
import type { IdfTable } from '../resources/idf.js';
import { ascending } from 'd3-array';

/** Options of the keywords stage. */
export const KeywordsOptions = z
  .object({
    topK: z.number().int().nonnegative().default(10),
  })
  .strict();

/** Letters or digits: a word without any is no keyword. */
const WORDLIKE = /[\p{L}\p{N}]/u;

/**
 * The article's top-k words by TF-IDF over the segment stage's tokens (jieba's keyword method on the words we
 * already have, instead of segmenting the text a second time); weights rounded so output is stable.
 */
export function keywordsOf(doc: Doc, topK: number, t: IdfTable): Array<{ word: string; weight: number }> {
  if (topK === 0 || doc.tokens === undefined || doc.sentences === undefined || doc.norm === undefined) return [];
  // Term counts; -1 marks a stop word or one without letters or digits, so each word is judged once.
  const tf = new Map<string, number>();
  for (const tok of doc.tokens) {
    if (tok.end - tok.start < 2) continue;
    const s = doc.sentences[tok.sentence];
    if (s === undefined) continue;
    const word = doc.norm[s.block]?.text.slice(tok.start, tok.end) ?? '';
    const n = tf.get(word);
    if (n === undefined) tf.set(word, t.stop.has(word) || !WORDLIKE.test(word) ? -1 : 1);
    else if (n > 0) tf.set(word, n + 1);
  }
  // The k best by weight, then word (a total order over distinct words), kept in a short sorted list instead of
  // sorting every word of the article.
  const top: Array<{ word: string; weight: number }> = [];
  for (const [word, n] of tf) {
    if (n <= 0) continue;
    const weight = Math.round(n * (t.idf.get(word) ?? t.average) * 1000) / 1000;
    // NaN has no place in that order: leave such a table to the full sort, whatever order it makes.
    if (Number.isNaN(weight)) return sortedKeywords(tf, topK, t);
    const last = top[top.length - 1];
    if (top.length === topK && last !== undefined && !ranksBefore(weight, word, last)) continue;
    let i = top.length;
    while (i > 0 && ranksBefore(weight, word, top[i - 1] as { word: string; weight: number })) i--;
    top.splice(i, 0, { word, weight });
    if (top.length > topK) top.pop();
  }
  return top;
}

/** Whether a word of this weight ranks before a listed keyword: higher weight, or equal weight and smaller word. */
function ranksBefore(weight: number, word: string, other: { word: string; weight: number }): boolean {
  return weight > other.weight || (weight === other.weight && word < other.word);
}

/** Every counted word scored and sorted (the method the top-k list reproduces). */
function sortedKeywords(
  tf: ReadonlyMap<string, number>,
  topK: number,
  t: IdfTable,
): Array<{ word: string; weight: number }> {
  const scored: Array<{ word: string; weight: number }> = [];
  for (const [word, n] of tf)
    if (n > 0) scored.push({ word, weight: Math.round(n * (t.idf.get(word) ?? t.average) * 1000) / 1000 });
  scored.sort((a, b) => b.weight - a.weight || ascending(a.word, b.word));
  return scored.slice(0, topK);
}

/** The keywords stage: the article's top-k words by jieba's TF-IDF. */
export const keywordsStage = defineStage({
  name: 'keywords',
  options: KeywordsOptions,
  requires: ['segment'],
  create(options, ctx) {
    const t = ctx.resources.idf();
    return {
      name: 'keywords',
      run(doc: Doc): Doc {
        return { ...doc, keywords: keywordsOf(doc, options.topK, t) };
      },
    };
  },
});
