import { z } from 'zod';
import type { Doc } from '../schema/doc.js';
import type { NormBlock } from '../core/text.js';
import type { Sentence } from '../schema/document.js';
import { toOriginal } from '../core/text.js';
import { defineStage } from './types.js';

/** Options of the sentences stage. */
export const SentencesOptions = z
  .object({
    maxLength: z.number().int().positive().default(1000),
  })
  .strict();

const TERMINAL = new Uint8Array(65536);
for (const ch of '。！？!?…；;') TERMINAL[ch.charCodeAt(0)] = 1;
// Semicolons end clauses, not sentences, in Chinese news; only the full set above minus ；; marks a hard end.
TERMINAL['；'.charCodeAt(0)] = 0;
TERMINAL[';'.charCodeAt(0)] = 0;
const CLOSING = new Uint8Array(65536);
for (const ch of '”’"\'」』）)】》〉]｝}') CLOSING[ch.charCodeAt(0)] = 1;

const isLatinEndDot = (text: string, i: number): boolean => {
  // "end. Next" or "end." at the end: a Latin full stop, but not "U.S." or "3.5".
  const next = text.charCodeAt(i + 1);
  if (i + 1 >= text.length) return true;
  if (next !== 0x20) return false;
  const prev2 = text.charCodeAt(i - 2);
  return !(
    prev2 === 0x2e ||
    (i >= 1 &&
      text.charCodeAt(i - 1) >= 0x41 &&
      text.charCodeAt(i - 1) <= 0x5a &&
      (i < 2 || text.charCodeAt(i - 2) === 0x20))
  );
};

/** Adds the span [s, e) of `text` without its edge spaces, unless nothing is left (a plain function: closures made per call cost). */
function pushTrimmed(out: Array<[number, number]>, text: string, s: number, e: number): void {
  while (s < e && text.charCodeAt(s) === 0x20) s++;
  while (e > s && text.charCodeAt(e - 1) === 0x20) e--;
  if (e > s) out.push([s, e]);
}

/** Splits one block's matching form into sentence spans (matching-form offsets), closing quotes kept with their sentence. */
export function splitSentences(text: string, maxLength: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const n = text.length;
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    let end = -1;
    if (c === 0x0a) {
      pushTrimmed(out, text, start, i);
      start = i + 1;
      continue;
    }
    if (TERMINAL[c] === 1 || (c === 0x2e && isLatinEndDot(text, i))) {
      end = i + 1;
      while (end < n && (TERMINAL[text.charCodeAt(end)] === 1 || text.charCodeAt(end) === 0x2e)) end++;
      while (end < n && CLOSING[text.charCodeAt(end)] === 1) end++;
    } else if (i - start + 1 >= maxLength) {
      end = i + 1;
    }
    if (end > 0) {
      pushTrimmed(out, text, start, end);
      start = end;
      i = end - 1;
    }
  }
  pushTrimmed(out, text, start, n);
  return out;
}

/** Sentences of every block, in document order. */
export function sentencesOf(norm: NormBlock[], maxLength: number): Sentence[] {
  const sentences: Sentence[] = [];
  norm.forEach((nb, block) => {
    for (const [ns, ne] of splitSentences(nb.text, maxLength)) {
      const o = toOriginal(nb, ns, ne);
      sentences.push({ block, start: o.start, end: o.end, nstart: ns, nend: ne });
    }
  });
  return sentences;
}

/** The sentences stage: splits blocks on Chinese and Latin sentence punctuation. */
export const sentencesStage = defineStage({
  name: 'sentences',
  options: SentencesOptions,
  requires: ['normalize'],
  create(options) {
    return {
      name: 'sentences',
      run(doc: Doc): Doc {
        if (doc.norm === undefined) throw new Error('sentences stage needs the normalize stage before it');
        return { ...doc, sentences: sentencesOf(doc.norm, options.maxLength) };
      },
    };
  },
});
