import nodejieba from 'nodejieba';
import { z } from 'zod';
import type { Doc } from '../schema/doc.js';
import type { Token } from '../schema/document.js';
import { defineStage } from './types.js';
import { createLatinTagger } from '../nlp/latin.js';
import type { LatinTagger } from '../nlp/latin.js';

/** Options of the segment stage. */
export const SegmentOptions = z
  .object({
    /** Run Latin-script stretches (English names, acronyms) through compromise. */
    latin: z.boolean().default(true),
    /** Part-of-speech tags (nodejieba.tag, about three times slower than cut); needed by the jieba-pos recognizer. */
    pos: z.boolean().default(true),
    /**
     * Who cuts when no POS tags are asked for: `builtin` (jieba's algorithm and lexicon in TypeScript, the same
     * words as nodejieba.cut, faster and without native dictionaries per thread) or `nodejieba`.
     */
    engine: z.enum(['builtin', 'nodejieba']).default('builtin'),
    /** jieba frequency given to dictionary forms so that they outrank the built-in lexicon. */
    userWordFrequency: z.number().int().positive().default(1_000_000),
  })
  .strict();

/** Segments one sentence with nodejieba (POS-tagged with `withPos`) and returns tokens with offsets in `text`, shifted by `offset`. */
export function segmentText(
  text: string,
  sentence: number,
  offset: number,
  latin: LatinTagger | null,
  withPos = true,
): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const push = (word: string, tag: string): void => {
    const at = text.startsWith(word, pos) ? pos : text.indexOf(word, pos);
    if (at < 0) return;
    pos = at + word.length;
    if (word.trim() === '') return;
    tokens.push({ sentence, start: offset + at, end: offset + pos, pos: tag });
  };
  if (withPos) for (const { word, tag } of nodejieba.tag(text)) push(word, tag);
  else for (const word of nodejieba.cut(text)) push(word, '');
  return latin === null ? tokens : latin.withLatin(tokens, text, sentence, offset);
}

/** Whether text[from, to) has an ASCII capital letter. */
function hasCapital(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return true;
  }
  return false;
}

/** The characters String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x0b ||
    c === 0x0c ||
    c === 0xa0 ||
    c === 0x3000 ||
    c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x1680
  );
}

/** The segment stage: jieba words (dictionary forms kept whole) for every sentence. */
export const segmentStage = defineStage({
  name: 'segment',
  options: SegmentOptions,
  requires: ['sentences'],
  create(options, ctx) {
    const cutter =
      options.pos || options.engine === 'nodejieba' ? null : ctx.resources.segmenter(options.userWordFrequency);
    if (cutter === null) ctx.resources.loadNodejieba(options.userWordFrequency);
    const latin = options.latin ? createLatinTagger() : null;
    return {
      name: 'segment',
      run(doc: Doc): Doc {
        if (doc.sentences === undefined || doc.norm === undefined)
          throw new Error('segment stage needs the sentences stage before it');
        const tokens: Token[] = [];
        const { sentences, norm } = doc;
        for (let i = 0; i < sentences.length; i++) {
          const s = sentences[i] as (typeof sentences)[number];
          const text = norm[s.block]?.text ?? '';
          if (cutter === null) {
            for (const t of segmentText(text.slice(s.nstart, s.nend), i, s.nstart, latin, options.pos)) tokens.push(t);
            continue;
          }
          // The built-in segmenter cuts the block text in place: no slice, no intermediate arrays.
          const first = tokens.length;
          const spans = cutter.cutSpans(text, s.nstart, s.nend);
          for (let k = 0; k < spans.count; k++) {
            const start = spans.starts[k] as number;
            const end = spans.ends[k] as number;
            let blank = true;
            for (let c = start; c < end && blank; c++) blank = isSpace(text.charCodeAt(c));
            if (!blank) tokens.push({ sentence: i, start, end, pos: '' });
          }
          // Only stretches with a capital letter go to compromise (see latinTokens).
          if (latin !== null && hasCapital(text, s.nstart, s.nend)) {
            const own = tokens.splice(first);
            for (const t of latin.withLatin(own, text.slice(s.nstart, s.nend), i, s.nstart)) tokens.push(t);
          }
        }
        return { ...doc, tokens };
      },
    };
  },
});
