import { existsSync } from 'node:fs';
import { pruneCacheFamily, writeAtomic } from '../io/atomic.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { z } from 'zod';
import type { DictionarySet } from '../resources/dictionaries.js';
import type { Doc, Token } from '../schema/document.js';
import { defineStage } from './types.js';
import { JiebaSegmenter } from '../nlp/segmenter.js';

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

const POS_FOR_TYPE: Record<string, string> = { person: 'nr', country: 'ns', place: 'ns', organization: 'nt' };

let loadedKey: string | null = null;

/** The dictionary forms given to the segmenter as user words, with jieba's POS tag for their type. */
function userWords(dicts: DictionarySet): Array<{ form: string; pos: string }> {
  const words: Array<{ form: string; pos: string }> = [];
  for (const { form, claim } of dicts.formList) {
    // cppjieba splits user-dictionary lines on spaces, so forms with spaces are matched by the trie only.
    if (/\s/.test(form) || !/[\u3400-\u9fff]/.test(form)) continue;
    const type = dicts.entities.get(claim.entity)?.type ?? '';
    words.push({ form, pos: POS_FOR_TYPE[type] ?? 'nz' });
  }
  return words;
}

let builtin: { key: string; segmenter: JiebaSegmenter } | null = null;

/**
 * The built-in segmenter over jieba's lexicon with every dictionary form as a high-frequency user word (so that
 * our forms stay whole), built once per process and dictionary set.
 */
export function builtinSegmenter(dicts: DictionarySet, frequency: number): JiebaSegmenter {
  const key = `${dicts.hash}:${frequency}`;
  if (builtin?.key !== key) builtin = { key, segmenter: JiebaSegmenter.create({ userWords: userWords(dicts).map(({ form }) => [form, frequency] as const) }) };
  return builtin.segmenter;
}

/**
 * Loads nodejieba once per process with every dictionary form as a high-frequency user word, so that our
 * forms stay whole (the classic jieba complaint is a user word losing to the built-in lexicon).
 */
export function loadJieba(dicts: DictionarySet, frequency: number): void {
  const key = `${dicts.hash}:${frequency}`;
  if (loadedKey === key) return;
  const lines = userWords(dicts).map(({ form, pos }) => `${form} ${frequency} ${pos}`);
  // One file per dictionary content, shared by runs and workers (written atomically, so readers never see it half-written).
  const userDict = join(tmpdir(), `guanxi-jieba-${dicts.hash}-${frequency}.utf8`);
  if (!existsSync(userDict)) {
    writeAtomic(userDict, lines.join('\n') + '\n');
    pruneCacheFamily(tmpdir(), 'guanxi-jieba-', 4);
  }
  nodejieba.load({ userDict });
  loadedKey = key;
}

let nlpFn: typeof nlpType | null = null;

/** compromise, loaded on the first Latin stretch (most Chinese articles have none; loading it costs ~0.4 s). */
function nlp(text: string): ReturnType<typeof nlpType> {
  nlpFn ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return nlpFn(text);
}

const LATIN_RUN = /[A-Za-z][A-Za-z0-9.'&-]*(?: [A-Za-z0-9][A-Za-z0-9.'&-]*)*/g;

/** compromise's people, places and organizations in one Latin run (offsets in the run), by run: news repeats them (GDP, APEC, CCTV). */
const latinCache = new Map<string, ReadonlyArray<{ start: number; end: number; pos: string }>>();
const LATIN_CACHE_MAX = 20_000;

function latinTerms(run: string): ReadonlyArray<{ start: number; end: number; pos: string }> {
  const hit = latinCache.get(run);
  if (hit !== undefined) return hit;
  const doc = nlp(run);
  const tagged: Array<{ start: number; end: number; pos: string }> = [];
  const collect = (view: { json: (o: object) => unknown }, pos: string): void => {
    for (const item of view.json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>) {
      if (item.offset === undefined) continue;
      tagged.push({ start: item.offset.start, end: item.offset.start + item.offset.length, pos });
    }
  };
  collect(doc.people(), 'nr');
  collect(doc.places(), 'ns');
  collect(doc.organizations(), 'nt');
  // A bounded memo (compromise is deterministic, so a hit is the same answer); cleared when full.
  if (latinCache.size >= LATIN_CACHE_MAX) latinCache.clear();
  latinCache.set(run, tagged);
  return tagged;
}

/** Replaces jieba's tokens inside Latin stretches with compromise's terms, tagged nr/ns/nt for people, places and organizations. */
function latinTokens(text: string, sentence: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    const run = m[0];
    const base = m.index;
    if (!/[A-Z]/.test(run)) continue;
    for (const t of latinTerms(run)) out.push({ sentence, start: base + t.start, end: base + t.end, pos: t.pos });
  }
  return out;
}

/** Segments one sentence with nodejieba (POS-tagged with `withPos`) and returns tokens with offsets in `text`, shifted by `offset`. */
export function segmentText(text: string, sentence: number, offset: number, latin: boolean, withPos = true): Token[] {
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
  return withLatin(tokens, text, sentence, offset, latin);
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
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x1680;
}

/** Replaces the tokens inside Latin stretches by compromise's terms (when `latin` is on and there are any). */
function withLatin(tokens: Token[], text: string, sentence: number, offset: number, latin: boolean): Token[] {
  if (!latin || !/[A-Za-z]/.test(text)) return tokens;
  const extra = latinTokens(text, sentence).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
  if (extra.length === 0) return tokens;
  const kept = tokens.filter((t) => !extra.some((e) => t.start < e.end && e.start < t.end));
  return [...kept, ...extra].sort((a, b) => a.start - b.start);
}

/** The segment stage: jieba words (dictionary forms kept whole) for every sentence. */
export const segmentStage = defineStage({
  name: 'segment',
  options: SegmentOptions,
  requires: ['sentences'],
  create(options, ctx) {
    const cutter = options.pos || options.engine === 'nodejieba' ? null : builtinSegmenter(ctx.dictionaries, options.userWordFrequency);
    if (cutter === null) loadJieba(ctx.dictionaries, options.userWordFrequency);
    return {
      name: 'segment',
      run(doc: Doc): Doc {
        if (doc.sentences === undefined || doc.norm === undefined) throw new Error('segment stage needs the sentences stage before it');
        const tokens: Token[] = [];
        const { sentences, norm } = doc;
        for (let i = 0; i < sentences.length; i++) {
          const s = sentences[i] as (typeof sentences)[number];
          const text = norm[s.block]?.text ?? '';
          if (cutter === null) {
            for (const t of segmentText(text.slice(s.nstart, s.nend), i, s.nstart, options.latin, options.pos)) tokens.push(t);
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
          if (options.latin && hasCapital(text, s.nstart, s.nend)) {
            const own = tokens.splice(first);
            for (const t of withLatin(own, text.slice(s.nstart, s.nend), i, s.nstart, true)) tokens.push(t);
          }
        }
        return { ...doc, tokens };
      },
    };
  },
});
