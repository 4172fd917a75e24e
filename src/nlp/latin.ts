// English names and acronyms in Chinese text: compromise's people, places and organizations in each Latin-script
// stretch, as tokens that replace jieba's inside it.
import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import type { Token } from '../schema/document.js';

const LATIN_RUN = /[A-Za-z][A-Za-z0-9.'&-]*(?: [A-Za-z0-9][A-Za-z0-9.'&-]*)*/g;

/** Runs remembered per tagger: news repeats them (GDP, APEC, CCTV); the memo is cleared when full. */
const LATIN_MEMO_MAX = 20_000;

/** Tags the Latin stretches of sentences; one per pipeline (it loads compromise on first use and memoizes runs). */
export interface LatinTagger {
  /** Replaces the tokens inside Latin stretches by compromise's terms (when there are any). */
  withLatin(tokens: Token[], text: string, sentence: number, offset: number): Token[];
}

/** Creates a Latin tagger: compromise is loaded on the first Latin stretch (most Chinese articles have none; ~0.4 s). */
export function createLatinTagger(): LatinTagger {
  let nlp: typeof nlpType | null = null;
  const memo = new Map<string, ReadonlyArray<{ start: number; end: number; pos: string }>>();
  const termsOf = (run: string): ReadonlyArray<{ start: number; end: number; pos: string }> => {
    const hit = memo.get(run);
    if (hit !== undefined) return hit;
    nlp ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
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
    // compromise is deterministic, so a remembered run is the same answer.
    if (memo.size >= LATIN_MEMO_MAX) memo.clear();
    memo.set(run, tagged);
    return tagged;
  };
  const latinTokens = (text: string, sentence: number): Token[] => {
    const out: Token[] = [];
    for (const m of text.matchAll(LATIN_RUN)) {
      const run = m[0];
      const base = m.index;
      if (!/[A-Z]/.test(run)) continue;
      for (const t of termsOf(run)) out.push({ sentence, start: base + t.start, end: base + t.end, pos: t.pos });
    }
    return out;
  };
  return {
    withLatin(tokens, text, sentence, offset) {
      if (!/[A-Za-z]/.test(text)) return tokens;
      const extra = latinTokens(text, sentence).map((t) => ({ ...t, start: t.start + offset, end: t.end + offset }));
      if (extra.length === 0) return tokens;
      const kept = tokens.filter((t) => !extra.some((e) => t.start < e.end && e.start < t.end));
      return [...kept, ...extra].sort((a, b) => a.start - b.start);
    },
  };
}
