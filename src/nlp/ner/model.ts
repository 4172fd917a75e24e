import { FNV_OFFSET, FNV_PRIME } from '../../core/hash.js';
import { SimdEmitter } from './simd.js';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { FormTrie } from '../../core/form-trie.js';
import type { NerSpanT, NerTypeT } from './gold.js';

/** Tag set: O, then B/I/E/S for PER, LOC and ORG (tag = 1 + 4 × type + position). */
export const NER_TYPES: readonly NerTypeT[] = ['PER', 'LOC', 'ORG'];
/** Number of tags (O and BIOES positions for three types). */
export const TAG_COUNT = 13;
const T = TAG_COUNT;
const POS_B = 0;
const POS_I = 1;
const POS_E = 2;
const POS_S = 3;

/** Tag id of a type index and position (0 B, 1 I, 2 E, 3 S). */
export const tagOf = (type: number, pos: number): number => 1 + 4 * type + pos;

/** Allowed tag bigrams under BIOES (1 allowed); index prev × T + cur, with prev = T for the sentence start. */
export const ALLOWED: Uint8Array = (() => {
  const a = new Uint8Array((T + 1) * T);
  const opens = (cur: number): boolean => cur === 0 || (cur - 1) % 4 === POS_B || (cur - 1) % 4 === POS_S;
  for (let prev = 0; prev <= T; prev++) {
    for (let cur = 0; cur < T; cur++) {
      let ok: boolean;
      if (prev === T || prev === 0 || (prev - 1) % 4 === POS_E || (prev - 1) % 4 === POS_S) ok = opens(cur);
      else
        ok =
          cur !== 0 &&
          Math.floor((cur - 1) / 4) === Math.floor((prev - 1) / 4) &&
          ((cur - 1) % 4 === POS_I || (cur - 1) % 4 === POS_E);
      a[prev * T + cur] = ok ? 1 : 0;
    }
  }
  return a;
})();

/** Tags that may end a sentence (O, E-x, S-x). */
const MAY_END: Uint8Array = Uint8Array.from({ length: T }, (_, t) =>
  t === 0 || (t - 1) % 4 === POS_E || (t - 1) % 4 === POS_S ? 1 : 0,
);

/** Character class codes used as features. */
const Cls = { Pad: 0, Han: 1, Digit: 2, Latin: 3, Punct: 4, Space: 5, HanNumeral: 6, Other: 7 } as const;
/** A character class code. */
type ClsT = (typeof Cls)[keyof typeof Cls];

/** Folded code of each UTF-16 unit: full width to half width, Latin lower-cased, ASCII digits to 0. */
const FOLD: Uint16Array = (() => {
  const f = new Uint16Array(65536);
  for (let c = 0; c < 65536; c++) {
    let d = c;
    if (d >= 0xff01 && d <= 0xff5e) d -= 0xfee0;
    else if (d === 0x3000) d = 0x20;
    if (d >= 0x41 && d <= 0x5a) d += 0x20;
    if (d >= 0x30 && d <= 0x39) d = 0x30;
    f[c] = d;
  }
  return f;
})();

const HAN_NUMERALS = '〇零一二三四五六七八九十百千万亿两';
const CLASS: Uint8Array = (() => {
  const k = new Uint8Array(65536);
  for (let c = 0; c < 65536; c++) {
    const d = FOLD[c] as number;
    let v: ClsT = Cls.Other;
    if ((d >= 0x4e00 && d <= 0x9fff) || (d >= 0x3400 && d <= 0x4dbf) || (d >= 0xf900 && d <= 0xfaff)) v = Cls.Han;
    else if (d === 0x30) v = Cls.Digit;
    else if ((d >= 0x61 && d <= 0x7a) || (d >= 0xc0 && d <= 0x24f)) v = Cls.Latin;
    else if (d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d) v = Cls.Space;
    else if (
      (d >= 0x21 && d <= 0x2f) ||
      (d >= 0x3a && d <= 0x40) ||
      (d >= 0x5b && d <= 0x60) ||
      (d >= 0x7b && d <= 0x7e) ||
      (d >= 0x2000 && d <= 0x206f) ||
      (d >= 0x3001 && d <= 0x303f) ||
      d === 0xb7
    )
      v = Cls.Punct;
    k[c] = v;
  }
  for (const ch of HAN_NUMERALS) k[ch.charCodeAt(0)] = Cls.HanNumeral;
  return k;
})();

/**
 * Characters typical of transliterated foreign names (普京, 马克龙, 古特雷斯), a feature for names no
 * surname list explains. Kept apart from the rules' list (src/nlp/rules/titles.ts) on purpose: the model's features
 * were trained with exactly this set, so editing it means retraining (`npm run train:ner`).
 */
export const FEATURE_TRANSLIT_CHARS =
  '阿埃艾爱安昂奥澳巴拔班邦贝本比彼毕宾波伯勃博布查达戴黛丹德登迪蒂丁东杜顿多厄俄恩尔法凡菲费芬丰弗伏福夫盖甘冈戈哥格根贡古圭哈海汉豪赫亨洪胡华霍基吉加迦贾杰捷金卡凯坎康考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷蕾里利莉丽连列林琳隆卢鲁路伦罗洛马玛迈麦曼梅蒙孟米密敏明缪摩莫默姆穆纳娜奈南瑙内妮尼宁纽努诺欧帕潘庞佩彭皮珀普齐奇契恰乔切丘萨塞赛桑瑟森沙莎善尚什舍施史斯松苏索塔泰坦汤唐特提图托瓦万旺威韦维温文沃乌伍西希锡谢辛休逊雅亚扬耶伊因尤于约泽扎詹兹佐';

/** Per-character flags: bits 0–1 surname frequency bucket (0 none, 3 most common), bit 2 transliteration character, bit 3 first character of a two-character surname. */
export interface CharTables {
  flags: Uint8Array;
  /** A general lexicon for word-boundary features; shipped inside the model file. */
  words?: WordTable;
  /** Two-character surnames (欧阳), as first × 65536 + second. */
  compound: Set<number>;
}

/** Builds the character tables from a surname list ordered by frequency. */
export function charTables(surnamesByFrequency: readonly string[]): CharTables {
  const flags = new Uint8Array(65536);
  const compound = new Set<number>();
  let rank = 0;
  for (const s of surnamesByFrequency) {
    if (s.length === 1) {
      const c = s.charCodeAt(0);
      if (((flags[c] as number) & 3) === 0) flags[c] = (flags[c] as number) | (rank < 100 ? 3 : rank < 300 ? 2 : 1);
      rank++;
    } else if (s.length === 2) {
      compound.add(s.charCodeAt(0) * 65536 + s.charCodeAt(1));
      flags[s.charCodeAt(0)] = (flags[s.charCodeAt(0)] as number) | 8;
    }
  }
  for (const ch of FEATURE_TRANSLIT_CHARS) flags[ch.charCodeAt(0)] = (flags[ch.charCodeAt(0)] as number) | 4;
  return { flags, compound };
}

/** Word classes of the lexicon feature: 1 person name, 2 place, 3 organization, 4 other word. */
export const WORD_CLASS: Record<string, number> = { nr: 1, nrfg: 1, nrt: 1, ns: 2, nt: 3 };
/** Longest lexicon word looked up at each position. */
export const MAX_WORD = 6;

/** Seed of the incremental word hash (FNV-1a over UTF-16 units). */
const WORD_SEED = FNV_OFFSET;
const wordStep = (h: number, c: number): number => Math.imul(h ^ c, FNV_PRIME);
const wordKey = (h: number, len: number): number => (Math.imul(h ^ len, 0x9e3779b1) | 1) >>> 0;

/**
 * A general word lexicon (jieba's) as an open-addressing table of 32-bit word hashes and classes: word boundaries
 * and jieba's name/place/organization tags become features without keeping the words as strings.
 */
export class WordTable {
  private readonly mask: number;

  constructor(
    readonly keys: Uint32Array,
    readonly classes: Uint8Array,
    /** Longest word starting with each UTF-16 unit (0: none), so most positions try few lengths. */
    readonly maxLen: Uint8Array,
  ) {
    this.mask = keys.length - 1;
    if (maxLen.length !== 65536) throw new Error('WordTable: maxLen must have 65536 entries');
    if ((keys.length & this.mask) !== 0 || keys.length !== classes.length)
      throw new Error('WordTable: keys must be a power of two long and match classes');
  }

  /** Builds a table from words and their classes (words of 2 to MAX_WORD units). */
  static build(words: Iterable<[string, number]>): WordTable {
    const list = [...words].filter(([w]) => w.length >= 2 && w.length <= MAX_WORD);
    let size = 1;
    while (size < list.length * 2) size <<= 1;
    const keys = new Uint32Array(size);
    const classes = new Uint8Array(size);
    const mask = size - 1;
    const maxLen = new Uint8Array(65536);
    for (const [w, cls] of list) {
      const first = w.charCodeAt(0);
      if ((maxLen[first] as number) < w.length) maxLen[first] = w.length;
      let h = WORD_SEED;
      for (let i = 0; i < w.length; i++) h = wordStep(h, w.charCodeAt(i));
      const key = wordKey(h, w.length);
      let slot = key & mask;
      while (keys[slot] !== 0 && keys[slot] !== key) slot = (slot + 1) & mask;
      if (keys[slot] === key) {
        // A name tag wins over the other-word class when a hash repeats (same word listed twice).
        if ((classes[slot] as number) === 4) classes[slot] = cls;
        continue;
      }
      keys[slot] = key;
      classes[slot] = cls;
    }
    return new WordTable(keys, classes, maxLen);
  }

  /** Class of the word with this key, or 0. */
  lookup(key: number): number {
    const keys = this.keys;
    const mask = this.mask;
    let slot = key & mask;
    for (;;) {
      const k = keys[slot] as number;
      if (k === key) return this.classes[slot] as number;
      if (k === 0) return 0;
      slot = (slot + 1) & mask;
    }
  }

  /**
   * For each position of text[0..n): longest word starting there (length, class) and ending there, and bit masks
   * of the classes of all words starting (bits 0–3) and ending (bits 4–7) there.
   */
  scan(text: string, n: number, startInfo: Uint8Array, endInfo: Uint8Array, masks: Uint8Array): void {
    startInfo.fill(0, 0, n);
    endInfo.fill(0, 0, n);
    masks.fill(0, 0, n);
    for (let i = 0; i < n; i++) {
      const first = text.charCodeAt(i);
      const lim = Math.min(n - i, this.maxLen[first] as number);
      if (lim < 2) continue;
      let h = wordStep(WORD_SEED, first);
      for (let len = 2; len <= lim; len++) {
        h = wordStep(h, text.charCodeAt(i + len - 1));
        const cls = this.lookup(wordKey(h, len));
        if (cls === 0) continue;
        const info = len | (cls << 3);
        startInfo[i] = info;
        const e = i + len - 1;
        if (((endInfo[e] as number) & 7) < len) endInfo[e] = info;
        masks[i] = (masks[i] as number) | (1 << (cls - 1));
        masks[e] = (masks[e] as number) | (16 << (cls - 1));
      }
    }
  }
}

/** Gazetteer groups of dictionary entity types. */
const GROUP_OF: Record<string, number> = { person: 0, country: 1, place: 1, organization: 2 };
/** Group for dictionary forms of other types (initiatives, events): a hint that a span is not PER, LOC or ORG. */
const GROUP_OTHER = 3;
/** The group of a form the gazetteer hides. */
const HIDDEN = -2;

/** Dictionary forms as a gazetteer: per-character labels of the longest-leftmost dictionary match covering it. */
export interface Gazetteer {
  /** Fills labels[0..text.length): 0 none, else 1 + 4 × group + position (B, I, E, S). */
  label(text: string, labels: Uint8Array): void;
}

/**
 * A gazetteer over a dictionary trie whose payloads map to entity types: undefined labels nothing over the form,
 * null hides the form, as if the trie did not hold it (the shorter forms inside it count).
 */
export function trieGazetteer(trie: FormTrie, typeOfValue: (value: number) => string | undefined | null): Gazetteer {
  const groupCache = new Map<number, number>();
  const groupOf = (value: number): number => {
    let g = groupCache.get(value);
    if (g === undefined) {
      const type = typeOfValue(value);
      g = type === null ? HIDDEN : type === undefined ? -1 : (GROUP_OF[type] ?? GROUP_OTHER);
      groupCache.set(value, g);
    }
    return g;
  };
  return {
    label(text, labels) {
      labels.fill(0, 0, text.length);
      for (let i = 0; i < text.length; ) {
        let m = trie.longestAt(text, i);
        while (m !== null && groupOf(m.value) === HIDDEN) m = trie.longestAt(text, i, m.end - 1);
        if (m === null) {
          i++;
          continue;
        }
        const g = groupOf(m.value);
        if (g >= 0) {
          const base = 1 + 4 * g;
          if (m.end - m.start === 1) labels[i] = base + POS_S;
          else {
            labels[m.start] = base + POS_B;
            for (let k = m.start + 1; k < m.end - 1; k++) labels[k] = base + POS_I;
            labels[m.end - 1] = base + POS_E;
          }
        }
        i = m.end;
      }
    },
  };
}

/** A gazetteer that knows nothing (for models trained without dictionaries). */
export const NO_GAZETTEER: Gazetteer = { label: (text, labels) => labels.fill(0, 0, text.length) };

/** Number of feature templates per character. */
export const TEMPLATE_COUNT = 23;
const F = TEMPLATE_COUNT;
const PAD_L = 0x10000;
const PAD_R = 0x10001;

// Per-template hash seeds, far apart so that no two templates share a bucket by construction.
const K1 = 0x7c0502b8;
const K2 = 0x14783fcf;
const K3 = 0x2caf2812;
const K4 = 0x44824521;
const K5 = 0x1cf97e74;
const K6 = 0x352c6a9b;
const K7 = 0x4d0387ae;
const K8 = 0x6576b0fd;
const K9 = 0x3dadad00;
const K10 = 0x5580c657;
const K12 = 0x62aef89;
const K15 = 0xea82e36;
const K16 = 0x269f5b45;
const K17 = 0x7ef27468;
const K18 = 0x172960bf;
const K19 = 0x2f1c9dc2;
const K20 = 0x4773b611;
const K21 = 0x1fa6a324;
const K22 = 0x379ddc4b;
const K23 = 0x4ff0c89e;
const K24 = 0x6027e5ad;
const K25 = 0x381b1ef0;
const K26 = 0x504e0b07;

function mix(h: number, v: number): number {
  h = Math.imul(h ^ v, 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** Reusable per-sentence buffers, grown as needed, so that decoding allocates nothing per sentence. */
export class Scratch {
  codes = new Int32Array(0);
  flags = new Uint8Array(0);
  gaz = new Uint8Array(0);
  wordStart = new Uint8Array(0);
  wordEnd = new Uint8Array(0);
  wordMask = new Uint8Array(0);
  feats = new Int32Array(0);
  emit = new Int32Array(0);
  back = new Uint8Array(0);
  tags = new Uint8Array(0);
  scoreA = new Float64Array(T);
  scoreB = new Float64Array(T);

  /** Makes room for a sentence of n characters. */
  ensure(n: number): void {
    if (this.codes.length >= n + 4) return;
    const cap = Math.max(n + 4, this.codes.length * 2, 256);
    this.codes = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.gaz = new Uint8Array(cap);
    this.wordStart = new Uint8Array(cap);
    this.wordEnd = new Uint8Array(cap);
    this.wordMask = new Uint8Array(cap);
    this.feats = new Int32Array(cap * F * 2);
    this.emit = new Int32Array(cap * T);
    this.back = new Uint8Array(cap * T);
    this.tags = new Uint8Array(cap);
  }
}

/**
 * Computes the hashed feature buckets of every character of `text` into s.feats (F per character), from folded
 * codes, classes, surname and transliteration flags and gazetteer labels.
 */
export function extractFeatures(
  text: string,
  tables: CharTables,
  gazetteer: Gazetteer,
  hashBits: number,
  s: Scratch,
): void {
  const n = text.length;
  s.ensure(n);
  const codes = s.codes;
  const fl = s.flags;
  // codes[i + 2] holds character i; two pads on each side.
  codes[0] = PAD_L;
  codes[1] = PAD_L;
  fl[0] = 0;
  fl[1] = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i + 2] = FOLD[c] as number;
    fl[i + 2] = tables.flags[c] as number;
  }
  codes[n + 2] = PAD_R;
  codes[n + 3] = PAD_R;
  fl[n + 2] = 0;
  fl[n + 3] = 0;
  gazetteer.label(text, s.gaz);
  if (tables.words !== undefined) tables.words.scan(text, n, s.wordStart, s.wordEnd, s.wordMask);
  else {
    s.wordStart.fill(0, 0, n);
    s.wordEnd.fill(0, 0, n);
    s.wordMask.fill(0, 0, n);
  }
  const ws = s.wordStart;
  const we = s.wordEnd;
  const wm = s.wordMask;
  const mask = (1 << hashBits) - 1;
  const feats = s.feats;
  const gaz = s.gaz;
  for (let i = 0; i < n; i++) {
    const a = codes[i] as number;
    const b = codes[i + 1] as number;
    const c = codes[i + 2] as number;
    const d = codes[i + 3] as number;
    const e = codes[i + 4] as number;
    const ka = a >= 0x10000 ? Cls.Pad : (CLASS[a] as number);
    const kb = b >= 0x10000 ? Cls.Pad : (CLASS[b] as number);
    const kc = CLASS[c] as number;
    const kd = d >= 0x10000 ? Cls.Pad : (CLASS[d] as number);
    const ke = e >= 0x10000 ? Cls.Pad : (CLASS[e] as number);
    const fb = fl[i + 1] as number;
    const fc = fl[i + 2] as number;
    const fd = fl[i + 3] as number;
    const ga = i > 0 ? (gaz[i - 1] as number) : 0;
    const gc = gaz[i] as number;
    const gd = i + 1 < n ? (gaz[i + 1] as number) : 0;
    // Bit 3 of the flags marks first characters of two-character surnames: the set is consulted only then.
    const compoundHere = (fb & 8) !== 0 && c < 0x10000 && tables.compound.has(b * 65536 + c) ? 1 : 0;
    const compoundNext = (fc & 8) !== 0 && d < 0x10000 && tables.compound.has(c * 65536 + d) ? 1 : 0;
    const o = i * F;
    feats[o] = mix(K1, 0) & mask;
    feats[o + 1] = mix(K2, a) & mask;
    feats[o + 2] = mix(K3, b) & mask;
    feats[o + 3] = mix(K4, c) & mask;
    feats[o + 4] = mix(K5, d) & mask;
    feats[o + 5] = mix(K6, e) & mask;
    feats[o + 6] = mix(mix(K7, a), b) & mask;
    feats[o + 7] = mix(mix(K8, b), c) & mask;
    feats[o + 8] = mix(mix(K9, c), d) & mask;
    feats[o + 9] = mix(mix(K10, d), e) & mask;
    feats[o + 10] = mix(mix(mix(K12, b), c), d) & mask;
    feats[o + 11] = mix(K15, ka | (kb << 3) | (kc << 6) | (kd << 9) | (ke << 12)) & mask;
    feats[o + 12] =
      mix(K16, (fb & 3) | ((fc & 3) << 2) | ((fd & 3) << 4) | (compoundHere << 6) | (compoundNext << 7)) & mask;
    feats[o + 13] = mix(K17, ((fb >> 2) & 1) | (((fc >> 2) & 1) << 1) | (((fd >> 2) & 1) << 2) | (kc << 3)) & mask;
    feats[o + 14] = mix(K18, gc) & mask;
    feats[o + 15] = mix(K19, ga | (gc << 5) | (gd << 10)) & mask;
    feats[o + 16] = mix(mix(K20, gc), c) & mask;
    feats[o + 17] = mix(mix(K21, fc & 3), d) & mask;
    feats[o + 18] = mix(mix(K22, fb & 3), c) & mask;
    const wsc = ws[i] as number;
    const wec = we[i] as number;
    feats[o + 19] = mix(K23, wsc) & mask;
    feats[o + 20] = mix(K24, wec) & mask;
    feats[o + 21] = mix(K25, wsc | (wec << 8) | ((i > 0 ? (we[i - 1] as number) & 7 : 0) << 16)) & mask;
    feats[o + 22] = mix(K26, (wm[i] as number) | ((i + 1 < n ? (wm[i + 1] as number) & 15 : 0) << 8)) & mask;
  }
}

/** Per-tag emission scores s.emit[i × T + t] as sums of integer weights over the features. */
function emissions(n: number, weights: Int16Array | Float32Array, s: Scratch, emit: Int32Array | Float64Array): void {
  const feats = s.feats;
  emit.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    const eo = i * T;
    const fo = i * F;
    for (let k = 0; k < F; k++) {
      const w = (feats[fo + k] as number) * T;
      for (let t = 0; t < T; t++) emit[eo + t] = (emit[eo + t] as number) + (weights[w + t] as number);
    }
  }
}

/**
 * Inference emissions over weights laid out 16 per bucket (13 used): thirteen running sums in locals instead of
 * read-modify-writes of the output, and one aligned 32-byte row per feature.
 */
export function emissions16(n: number, w: Int16Array, feats: Int32Array, emit: Int32Array, perChar: number): void {
  for (let i = 0; i < n; i++) {
    let e0 = 0,
      e1 = 0,
      e2 = 0,
      e3 = 0,
      e4 = 0,
      e5 = 0,
      e6 = 0,
      e7 = 0,
      e8 = 0,
      e9 = 0,
      e10 = 0,
      e11 = 0,
      e12 = 0;
    const fo = i * perChar;
    for (let k = 0; k < perChar; k++) {
      const b = (feats[fo + k] as number) << 4;
      e0 += w[b] as number;
      e1 += w[b + 1] as number;
      e2 += w[b + 2] as number;
      e3 += w[b + 3] as number;
      e4 += w[b + 4] as number;
      e5 += w[b + 5] as number;
      e6 += w[b + 6] as number;
      e7 += w[b + 7] as number;
      e8 += w[b + 8] as number;
      e9 += w[b + 9] as number;
      e10 += w[b + 10] as number;
      e11 += w[b + 11] as number;
      e12 += w[b + 12] as number;
    }
    const eo = i * T;
    emit[eo] = e0;
    emit[eo + 1] = e1;
    emit[eo + 2] = e2;
    emit[eo + 3] = e3;
    emit[eo + 4] = e4;
    emit[eo + 5] = e5;
    emit[eo + 6] = e6;
    emit[eo + 7] = e7;
    emit[eo + 8] = e8;
    emit[eo + 9] = e9;
    emit[eo + 10] = e10;
    emit[eo + 11] = e11;
    emit[eo + 12] = e12;
  }
}

/**
 * Corpus-specific copies of features (see TaggedSentence.domain in train.ts): feature k of character i becomes
 * bucket hash(feature, domain). With out === feats, the copies are interleaved after each character's F
 * features (the layout emissions16 reads with perChar = 2F), working backwards so nothing is overwritten early.
 */
export function domainFeatures(
  feats: Int32Array,
  count: number,
  domain: number,
  mask: number,
  out: Int32Array,
  _outCount: number,
): void {
  const salt = Math.imul(domain, 0x632be5ab);
  const chars = count / F;
  for (let i = chars - 1; i >= 0; i--) {
    for (let k = F - 1; k >= 0; k--) {
      const f = feats[i * F + k] as number;
      let h = Math.imul(f ^ salt, 0x9e3779b1);
      h ^= h >>> 15;
      out[i * 2 * F + F + k] = h & mask;
      out[i * 2 * F + k] = f;
    }
  }
}

/** Bucket of the corpus-specific copy of a feature bucket. */
export function domainBucket(feature: number, domain: number, mask: number): number {
  let h = Math.imul(feature ^ Math.imul(domain, 0x632be5ab), 0x9e3779b1);
  h ^= h >>> 15;
  return h & mask;
}

/** Follows the back pointers from the best tag that may end a sentence; writes s.tags[0..n). */
function backtrack(n: number, last: Float64Array, s: Scratch): void {
  let best = -1e300;
  let arg = 0;
  for (let t = 0; t < T; t++) {
    if (MAY_END[t] !== 1) continue;
    if ((last[t] as number) > best) {
      best = last[t] as number;
      arg = t;
    }
  }
  const tags = s.tags;
  const back = s.back;
  tags[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) tags[i - 1] = back[i * T + (tags[i] as number)] as number;
}

/** Tags that open (O, B-x, S-x) and the tags that may precede them (O, E-x, S-x). */
const OPEN = Uint8Array.from([0, 1, 4, 5, 8, 9, 12]);
const CLOSED = Uint8Array.from([0, 3, 4, 7, 8, 11, 12]);

/**
 * Viterbi specialised to BIOES over three types (training and inference): the seven opening tags share their seven
 * possible predecessors, and I-x and E-x have only B-x and I-x before them, so 61 transitions per character are
 * scored instead of 169. `tr` is the transition table laid out by `packTransitions`.
 */
function viterbiFast(
  n: number,
  emit: Int32Array | Float64Array,
  trans: Float64Array,
  tr: Float64Array,
  s: Scratch,
): void {
  if (n === 0) return;
  let prev = s.scoreA;
  let cur = s.scoreB;
  const back = s.back;
  const NEG = -1e300;
  for (let t = 0; t < T; t++)
    prev[t] = ALLOWED[T * T + t] === 1 ? (emit[t] as number) + (trans[T * T + t] as number) : NEG;
  for (let i = 1; i < n; i++) {
    const eo = i * T;
    // The seven closing scores in locals; for each opening tag, its best predecessor among them (unrolled: the
    // hottest loop of decoding).
    const c0 = prev[0] as number;
    const c1 = prev[3] as number;
    const c2 = prev[4] as number;
    const c3 = prev[7] as number;
    const c4 = prev[8] as number;
    const c5 = prev[11] as number;
    const c6 = prev[12] as number;
    for (let j = 0; j < 7; j++) {
      const to = j * 7;
      let best = c0 + (tr[to] as number);
      let arg = 0;
      const v1 = c1 + (tr[to + 1] as number);
      if (v1 > best) {
        best = v1;
        arg = 3;
      }
      const v2 = c2 + (tr[to + 2] as number);
      if (v2 > best) {
        best = v2;
        arg = 4;
      }
      const v3 = c3 + (tr[to + 3] as number);
      if (v3 > best) {
        best = v3;
        arg = 7;
      }
      const v4 = c4 + (tr[to + 4] as number);
      if (v4 > best) {
        best = v4;
        arg = 8;
      }
      const v5 = c5 + (tr[to + 5] as number);
      if (v5 > best) {
        best = v5;
        arg = 11;
      }
      const v6 = c6 + (tr[to + 6] as number);
      if (v6 > best) {
        best = v6;
        arg = 12;
      }
      const t = OPEN[j] as number;
      cur[t] = best + (emit[eo + t] as number);
      back[eo + t] = arg;
    }
    for (let x = 0; x < 3; x++) {
      const b = 1 + 4 * x;
      const o = 49 + 4 * x;
      const pb = prev[b] as number;
      const pi = prev[b + 1] as number;
      // I-x
      let v1 = pb + (tr[o] as number);
      let v2 = pi + (tr[o + 1] as number);
      if (v1 >= v2) {
        cur[b + 1] = v1 + (emit[eo + b + 1] as number);
        back[eo + b + 1] = b;
      } else {
        cur[b + 1] = v2 + (emit[eo + b + 1] as number);
        back[eo + b + 1] = b + 1;
      }
      // E-x
      v1 = pb + (tr[o + 2] as number);
      v2 = pi + (tr[o + 3] as number);
      if (v1 >= v2) {
        cur[b + 2] = v1 + (emit[eo + b + 2] as number);
        back[eo + b + 2] = b;
      } else {
        cur[b + 2] = v2 + (emit[eo + b + 2] as number);
        back[eo + b + 2] = b + 1;
      }
    }
    const tmp = prev;
    prev = cur;
    cur = tmp;
  }
  backtrack(n, prev, s);
}

/** Transition scores in the order viterbiFast reads them: 7 × 7 opening, then per type B→I, I→I, B→E, I→E. */
function packTransitions(trans: Float64Array, tr: Float64Array = new Float64Array(49 + 12)): Float64Array {
  for (let j = 0; j < 7; j++)
    for (let q = 0; q < 7; q++) tr[j * 7 + q] = trans[(CLOSED[q] as number) * T + (OPEN[j] as number)] as number;
  for (let x = 0; x < 3; x++) {
    const b = 1 + 4 * x;
    tr[49 + 4 * x] = trans[b * T + b + 1] as number;
    tr[49 + 4 * x + 1] = trans[(b + 1) * T + b + 1] as number;
    tr[49 + 4 * x + 2] = trans[b * T + b + 2] as number;
    tr[49 + 4 * x + 3] = trans[(b + 1) * T + b + 2] as number;
  }
  return tr;
}

/** Spans of a tag sequence (well-formed under BIOES by construction of the decoder). */
export function spansOfTags(
  text: string,
  tags: Uint8Array,
  n: number,
): Array<{ start: number; end: number; type: number }> {
  const out: Array<{ start: number; end: number; type: number }> = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const t = tags[i] as number;
    if (t === 0) {
      start = -1;
      continue;
    }
    const pos = (t - 1) % 4;
    const type = (t - 1) >> 2;
    if (pos === POS_S) out.push({ start: i, end: i + 1, type });
    else if (pos === POS_B) start = i;
    else if (pos === POS_E && start >= 0) {
      out.push({ start, end: i + 1, type });
      start = -1;
    }
  }
  void text;
  return out;
}

/** What the model file says about itself. */
export interface ModelInfo {
  format: 'guanxi-ner';
  version: 1;
  hashBits: number;
  templates: number;
  tags: number;
  /** Weight = stored integer × scale. */
  scale: number;
  /** Confidence = logistic((span margin − bias) / temperature). */
  temperature: number;
  bias: number;
  trainedOn: string[];
  epochs: number;
  seed: number;
  /** Whether dictionary (gazetteer) features were used in training. */
  gazetteer: boolean;
  heldOut: Record<string, unknown>;
  /** Training corpora whose own conventions `spans(text, convention)` can follow; index 0 is the default. */
  conventions?: string[];
  /** Slots of the word table stored after the weights (0: none). */
  wordSlots?: number;
}

/** A span found by the model, with its confidence. */
export interface ModelSpan extends NerSpanT {
  confidence: number;
}

const MAGIC = 'GXNER1\n';

/** A trained character tagger: integer weights, transition scores, and the decoder. */
export class NerModel {
  private readonly scratch = new Scratch();
  private readonly transScaled: Float64Array;
  private readonly transPacked: Float64Array;
  /** The weights re-laid 16 per bucket for the inference loop. */
  private readonly w16: Int16Array | null;
  /** The same sums with WebAssembly SIMD (about twice as fast), where the runtime has it. */
  private readonly simd: SimdEmitter | null;

  constructor(
    readonly info: ModelInfo,
    weights: Int16Array,
    readonly trans: Float32Array,
    readonly tables: CharTables,
    readonly gazetteer: Gazetteer,
  ) {
    if (weights.length !== (1 << info.hashBits) * T)
      throw new Error(`NerModel: ${weights.length} weights for ${info.hashBits} hash bits`);
    // Transitions are stored as real weights; emissions as integers of `scale`: bring both to the integer scale.
    this.transScaled = Float64Array.from(trans, (v) => v / info.scale);
    this.transPacked = packTransitions(this.transScaled);
    const buckets = 1 << info.hashBits;
    const w16 = new Int16Array(buckets * 16);
    for (let b = 0; b < buckets; b++) w16.set(weights.subarray(b * T, b * T + T), b * 16);
    this.simd = SimdEmitter.create(w16);
    // With SIMD the weights live in WebAssembly memory only (one copy, 16 MB, per thread).
    this.w16 = this.simd === null ? w16 : null;
  }

  /** The weights in file layout (13 per bucket), rebuilt from the inference layout: only saving needs them. */
  weights(): Int16Array {
    const buckets = 1 << this.info.hashBits;
    const out = new Int16Array(buckets * T);
    const w16 = this.simd?.weights() ?? (this.w16 as Int16Array);
    for (let b = 0; b < buckets; b++) out.set(w16.subarray(b * 16, b * 16 + T), b * T);
    return out;
  }

  /**
   * Tags `text` (one sentence) and returns its PER/LOC/ORG spans with confidences. `convention` 0 gives the
   * model's own annotation conventions (MSRA's); the index of another training corpus in `info.conventions`
   * adds that corpus's own features, so that output follows its conventions (for scoring against its format).
   */
  spans(text: string, convention = 0): ModelSpan[] {
    const n = text.length;
    if (n === 0) return [];
    const s = this.scratch;
    extractFeatures(text, this.tables, this.info.gazetteer ? this.gazetteer : NO_GAZETTEER, this.info.hashBits, s);
    if (convention !== 0) domainFeatures(s.feats, n * F, convention, (1 << this.info.hashBits) - 1, s.feats, n * F);
    if (this.simd !== null) this.simd.run(n, s.feats, s.emit, convention !== 0 ? 2 * F : F);
    else emissions16(n, this.w16 as Int16Array, s.feats, s.emit, convention !== 0 ? 2 * F : F);
    // Whitespace is never inside a name: news lists names separated by spaces (刘洋　刘伟), which the gold
    // corpora hardly contain, so the decoder is told rather than left to learn it.
    for (let i = 0; i < n; i++) {
      if ((CLASS[text.charCodeAt(i)] as number) !== Cls.Space) continue;
      for (let t = 1; t < T; t++) s.emit[i * T + t] = -(1 << 30);
    }
    viterbiFast(n, s.emit, this.transScaled, this.transPacked, s);
    const out: ModelSpan[] = [];
    for (const sp of spansOfTags(text, s.tags, n)) {
      const margin = this.margin(sp.start, sp.end, n) * this.info.scale;
      const confidence = 1 / (1 + Math.exp(-(margin - this.info.bias) / this.info.temperature));
      out.push({
        start: sp.start,
        end: sp.end,
        type: NER_TYPES[sp.type] as NerTypeT,
        text: text.slice(sp.start, sp.end),
        confidence: Math.round(confidence * 1000) / 1000,
      });
    }
    return out;
  }

  /** Score lost (in integer units) if the span's characters were tagged O instead, neighbours unchanged. */
  private margin(start: number, end: number, n: number): number {
    const s = this.scratch;
    const tr = this.transScaled;
    const tags = s.tags;
    let d = 0;
    for (let i = start; i < end; i++) d += (s.emit[i * T + (tags[i] as number)] as number) - (s.emit[i * T] as number);
    const before = start === 0 ? T : (tags[start - 1] as number);
    const after = end < n ? (tags[end] as number) : -1;
    let path = tr[before * T + (tags[start] as number)] as number;
    for (let i = start + 1; i < end; i++) path += tr[(tags[i - 1] as number) * T + (tags[i] as number)] as number;
    let alt = tr[before * T] as number;
    for (let i = start + 1; i < end; i++) alt += tr[0] as number;
    if (after >= 0) {
      path += tr[(tags[end - 1] as number) * T + after] as number;
      alt += tr[after] as number;
    }
    return d + path - alt;
  }

  /** The model as bytes: a magic line, a JSON header line, then gzip of weights, transitions and the word table. */
  toBytes(): Buffer {
    const words = this.tables.words;
    const info: ModelInfo = { ...this.info, wordSlots: words === undefined ? 0 : words.keys.length };
    const header = Buffer.from(`${MAGIC + JSON.stringify(info)}\n`, 'utf8');
    const view = (a: ArrayBufferView): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    const parts = [view(this.weights()), view(this.trans)];
    if (words !== undefined) parts.push(view(words.keys), view(words.classes), view(words.maxLen));
    return Buffer.concat([header, gzipSync(Buffer.concat(parts), { level: 9 })]);
  }

  /** Reads a model written by toBytes; throws naming `source` when the bytes are not a model. */
  static fromBytes(bytes: Buffer, tables: CharTables, gazetteer: Gazetteer, source = 'model'): NerModel {
    const magic = bytes.subarray(0, MAGIC.length).toString('utf8');
    if (magic !== MAGIC) throw new Error(`${source}: not a guanxi NER model (bad magic)`);
    const nl = bytes.indexOf(0x0a, MAGIC.length);
    if (nl < 0) throw new Error(`${source}: truncated model header`);
    let info: ModelInfo;
    try {
      info = JSON.parse(bytes.subarray(MAGIC.length, nl).toString('utf8')) as ModelInfo;
    } catch {
      throw new Error(`${source}: model header is not JSON`);
    }
    if (info.format !== 'guanxi-ner' || info.version !== 1 || info.tags !== T || info.templates !== F)
      throw new Error(
        `${source}: model format ${info.format} v${info.version} with ${info.tags} tags and ${info.templates} templates is not the one this guanxi reads`,
      );
    let body: Buffer;
    try {
      body = gunzipSync(bytes.subarray(nl + 1));
    } catch (err) {
      throw new Error(`${source}: model body is corrupt (${(err as Error).message})`);
    }
    const wBytes = (1 << info.hashBits) * T * 2;
    const tBytes = (T + 1) * T * 4;
    const slots = info.wordSlots ?? 0;
    const expected = wBytes + tBytes + (slots > 0 ? slots * 5 + 65536 : 0);
    if (body.length !== expected)
      throw new Error(`${source}: model body has ${body.length} bytes, expected ${expected}`);
    const copy = (from: number, to: number): ArrayBuffer =>
      body.buffer.slice(body.byteOffset + from, body.byteOffset + to) as ArrayBuffer;
    const weights = new Int16Array(copy(0, wBytes));
    const trans = new Float32Array(copy(wBytes, wBytes + tBytes));
    let t = tables;
    if (slots > 0) {
      const keys = new Uint32Array(copy(wBytes + tBytes, wBytes + tBytes + slots * 4));
      const classes = new Uint8Array(copy(wBytes + tBytes + slots * 4, wBytes + tBytes + slots * 5));
      const maxLen = new Uint8Array(copy(wBytes + tBytes + slots * 5, expected));
      t = { ...tables, words: new WordTable(keys, classes, maxLen) };
    }
    return new NerModel(info, weights, trans, t, gazetteer);
  }
}

/** Internals shared with the trainer. */
export const internals = { emissions, viterbiFast, packTransitions, backtrack, F, T };
