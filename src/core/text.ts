// Text folding shared by the normalize stage and the dictionaries: the matching form of a text and its offset map.

/** Share of CJK characters that change under traditional→simplified conversion above which an article is traditional. */
const TRADITIONAL_SHARE = 0.05;

/** A block's matching form: normalised text and, for each of its UTF-16 units, the offset in the original block text. */
export interface NormBlock {
  text: string;
  /** map[i] is the original offset of normalised unit i; map[text.length] is the original length. */
  map: Int32Array;
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

/** Per-UTF-16-unit whitespace class: 1 a space, 2 a line break (kept as one newline when a run is folded). */
const SPACE = (() => {
  const t = new Uint8Array(65536);
  for (const c of [
    0x20, 0x09, 0x0b, 0x0c, 0x0d, 0xa0, 0x3000, 0x200b, 0xfeff, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
    0x2007, 0x2008, 0x2009, 0x200a,
  ])
    t[c] = 1;
  for (const c of [0x0a, 0x2028, 0x2029]) t[c] = 2;
  return t;
})();

/** Whether Uint16Array memory is little-endian, so that its bytes can be read as a UTF-16LE buffer. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The string of UTF-16 units codes[0, len): short ones with String.fromCharCode, longer ones through a Buffer
 * (a fixed cost but no per-unit one; lossless for lone surrogates, unlike TextDecoder).
 */
function unitsToString(codes: Uint16Array, len: number): string {
  if (len <= 64) return String.fromCharCode.apply(null, codes.subarray(0, len) as unknown as number[]);
  if (LITTLE_ENDIAN) return Buffer.from(codes.buffer, codes.byteOffset, len * 2).toString('utf16le');
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < len; i += CHUNK) out += String.fromCharCode(...codes.subarray(i, Math.min(len, i + CHUNK)));
  return out;
}

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
    const space = SPACE[c] as number;
    if (space !== 0) {
      if (len > 0 && pendingSpace < 0) pendingSpace = i;
      if (space === 2) pendingNewline = true;
      continue;
    }
    if (pendingSpace >= 0) {
      // A line break (from <br>) survives folding as one newline, so the sentences stage can split on it.
      codes[len] = pendingNewline ? 0x0a : 0x20;
      map[len++] = pendingSpace;
      pendingSpace = -1;
    }
    pendingNewline = false;
    codes[len] = FOLD[c] as number;
    map[len++] = i;
  }
  // The end maps just past the last kept unit, so a span ending at the text's end slices correctly.
  const lastKept = len > 0 ? (map[len - 1] ?? 0) + 1 : 0;
  map[len] = lastKept;
  return { text: unitsToString(codes, len), map: len === n ? map : map.slice(0, len + 1) };
}

/** Whether normalizeText would change a text: a whitespace character or a full-width form anywhere in it. */
export function needsNormalizing(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (SPACE[c] !== 0 || FOLD[c] !== c) return true;
  }
  return false;
}

/** Maps a span of the matching form back to the original block text. */
export function toOriginal(norm: NormBlock, start: number, end: number): { start: number; end: number } {
  const s = norm.map[start] ?? 0;
  const e = end > start ? (norm.map[end - 1] ?? 0) + 1 : s;
  return { start: s, end: e };
}
