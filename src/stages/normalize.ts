import * as OpenCC from 'opencc-js';
import { z } from 'zod';
import type { Doc, NormBlock } from '../schema/document.js';
import { defineStage } from './types.js';

/** Options of the normalize stage. */
export const NormalizeOptions = z
  .object({
    /** Traditional-Chinese articles are matched through a conversion to simplified (offsets stay in the original). */
    traditional: z.enum(['auto', 'off']).default('auto'),
  })
  .strict();

/** Share of CJK characters that change under traditional→simplified conversion above which an article is traditional. */
const TRADITIONAL_SHARE = 0.05;

/** Converts traditional to simplified character by character, so offsets stay one to one. */
export function createToSimplified(): (text: string) => string {
  const phrase = OpenCC.Converter({ from: 't', to: 'cn' });
  return (text: string): string => {
    const out = phrase(text);
    if (out.length === text.length) return out;
    // The phrase dictionary changed a length (rare): fall back to one character at a time.
    let s = '';
    for (const ch of text) {
      const c = phrase(ch);
      s += c.length === ch.length ? c : ch;
    }
    return s;
  };
}

let traditionalTable: Uint8Array | null = null;

/** A table of the CJK characters that change under traditional→simplified conversion, built once. */
export function traditionalChars(toSimplified: (s: string) => string): Uint8Array {
  if (traditionalTable !== null) return traditionalTable;
  const table = new Uint8Array(65536);
  const chars: string[] = [];
  for (let c = 0x3400; c <= 0x9fff; c++) chars.push(String.fromCharCode(c));
  // One call over newline-separated characters instead of 27,000 calls; each converts on its own.
  const converted = toSimplified(chars.join('\n')).split('\n');
  if (converted.length === chars.length) {
    chars.forEach((ch, i) => {
      if (converted[i] !== ch) table[ch.charCodeAt(0)] = 1;
    });
  }
  traditionalTable = table;
  return table;
}

/** Whether a text is written in traditional characters: enough of its CJK characters are traditional-only forms. */
export function isTraditional(text: string, table: Uint8Array): boolean {
  let cjk = 0;
  let changed = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) {
      cjk++;
      changed += table[c] ?? 0;
    }
  }
  return cjk > 0 && changed >= 2 && changed / cjk >= TRADITIONAL_SHARE;
}

/** Per-UTF-16-unit replacement table: full-width ASCII and the ideographic space to their half-width forms. */
const FOLD = (() => {
  const t = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) t[c] = c;
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  return t;
})();

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029;

/** Builds the matching form of a text: full-width to half-width, whitespace runs folded to one space (or one newline), ends trimmed; `convert` maps characters one to one first (traditional to simplified). */
export function normalizeText(source: string, convert?: (s: string) => string): NormBlock {
  const text = convert === undefined ? source : convert(source);
  const n = text.length;
  const codes = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let len = 0;
  let pendingSpace = -1;
  let pendingNewline = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (len > 0 && pendingSpace < 0) pendingSpace = i;
      if (c === 0x0a || c === 0x2028 || c === 0x2029) pendingNewline = true;
      continue;
    }
    if (pendingSpace >= 0) {
      // A line break (from <br>) survives folding as one newline, so the sentences stage can split on it.
      codes[len] = pendingNewline ? 0x0a : 0x20;
      map[len++] = pendingSpace;
      pendingSpace = -1;
    }
    pendingNewline = false;
    codes[len] = FOLD[c] ?? c;
    map[len++] = i;
  }
  // The end maps just past the last kept unit, so a span ending at the text's end slices correctly.
  const lastKept = len > 0 ? (map[len - 1] ?? 0) + 1 : 0;
  map[len] = lastKept;
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, Math.min(len, i + CHUNK)));
  return { text: out, map: map.slice(0, len + 1) };
}

/** Maps a span of the matching form back to the original block text. */
export function toOriginal(norm: NormBlock, start: number, end: number): { start: number; end: number } {
  const s = norm.map[start] ?? 0;
  const e = end > start ? (norm.map[end - 1] ?? 0) + 1 : s;
  return { start: s, end: e };
}

/** The normalize stage: a matching form with an offset map for every block. */
export const normalizeStage = defineStage({
  name: 'normalize',
  options: NormalizeOptions,
  requires: ['extract'],
  create(options) {
    const toSimplified = options.traditional === 'auto' ? createToSimplified() : null;
    const table = toSimplified === null ? null : traditionalChars(toSimplified);
    return {
      name: 'normalize',
      run(doc: Doc): Doc {
        if (toSimplified !== null && table !== null) {
          if (isTraditional(doc.blocks.map((b) => b.text).join('\n'), table)) {
            return { ...doc, source: { ...doc.source, script: 'traditional' }, norm: doc.blocks.map((b) => normalizeText(b.text, toSimplified)) };
          }
        }
        return { ...doc, norm: doc.blocks.map((b) => normalizeText(b.text)) };
      },
    };
  },
});
