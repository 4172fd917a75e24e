import { existsSync } from 'node:fs';
import { writeAtomic } from '../atomic.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { z } from 'zod';
import type { DictionarySet } from '../dictionaries/load.js';
import type { Doc, Token } from '../schema/document.js';
import { defineStage } from './types.js';

/** Options of the segment stage. */
export const SegmentOptions = z
  .object({
    /** Run Latin-script stretches (English names, acronyms) through compromise. */
    latin: z.boolean().default(true),
    /** Part-of-speech tags (nodejieba.tag, about three times slower than cut); needed by the jieba-pos recognizer and the title rule. */
    pos: z.boolean().default(true),
    /** jieba frequency given to dictionary forms so that they outrank the built-in lexicon. */
    userWordFrequency: z.number().int().positive().default(1_000_000),
  })
  .strict();

const POS_FOR_TYPE: Record<string, string> = { person: 'nr', country: 'ns', place: 'ns', organization: 'nt' };

let loadedKey: string | null = null;

/**
 * Loads jieba once per process with every dictionary form as a high-frequency user word, so that our
 * forms stay whole (the classic jieba complaint is a user word losing to the built-in lexicon).
 */
export function loadJieba(dicts: DictionarySet, frequency: number): void {
  const key = `${dicts.hash}:${frequency}`;
  if (loadedKey === key) return;
  const lines: string[] = [];
  for (const { form, claim } of dicts.formList) {
    // cppjieba splits user-dictionary lines on spaces, so forms with spaces are matched by the trie only.
    if (/\s/.test(form) || !/[\u3400-\u9fff]/.test(form)) continue;
    const type = dicts.entities.get(claim.entity)?.type ?? '';
    lines.push(`${form} ${frequency} ${POS_FOR_TYPE[type] ?? 'nz'}`);
  }
  // One file per dictionary content, shared by runs and workers (written atomically, so readers never see it half-written).
  const userDict = join(tmpdir(), `guanxi-jieba-${dicts.hash}-${frequency}.utf8`);
  if (!existsSync(userDict)) writeAtomic(userDict, lines.join('\n') + '\n');
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

/** Replaces jieba's tokens inside Latin stretches with compromise's terms, tagged nr/ns/nt for people, places and organizations. */
function latinTokens(text: string, sentence: number): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(LATIN_RUN)) {
    const run = m[0];
    const base = m.index;
    if (!/[A-Z]/.test(run)) continue;
    const doc = nlp(run);
    const tagged: Array<{ start: number; end: number; pos: string }> = [];
    const collect = (view: { json: (o: object) => unknown }, pos: string): void => {
      for (const item of view.json({ offset: true }) as Array<{ offset?: { start: number; length: number } }>) {
        if (item.offset === undefined) continue;
        tagged.push({ start: base + item.offset.start, end: base + item.offset.start + item.offset.length, pos });
      }
    };
    collect(doc.people(), 'nr');
    collect(doc.places(), 'ns');
    collect(doc.organizations(), 'nt');
    for (const t of tagged) out.push({ sentence, start: t.start, end: t.end, pos: t.pos });
  }
  return out;
}

/** Segments one sentence with jieba (POS-tagged) and returns tokens with offsets in `text`, shifted by `offset`. */
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
    loadJieba(ctx.dictionaries, options.userWordFrequency);
    return {
      name: 'segment',
      run(doc: Doc): Doc {
        if (doc.sentences === undefined || doc.norm === undefined) throw new Error('segment stage needs the sentences stage before it');
        const tokens: Token[] = [];
        doc.sentences.forEach((s, i) => {
          const text = doc.norm?.[s.block]?.text.slice(s.nstart, s.nend) ?? '';
          for (const t of segmentText(text, i, s.nstart, options.latin, options.pos)) tokens.push(t);
        });
        return { ...doc, tokens };
      },
    };
  },
});
