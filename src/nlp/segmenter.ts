// jieba's word segmentation (cppjieba's MixSegment: maximum-probability route over the lexicon, then an HMM over
// runs of single characters) in TypeScript over typed arrays. It reads the lexicon and HMM files nodejieba ships,
// so it cuts like nodejieba.cut, without a second copy of jieba's dictionaries in native memory per thread
// (≈255 MB each) and without crossing into C++ and back for every sentence.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { EdgeTable } from '../core/edge-table.js';

/** cppjieba's stand-in for log(0). */
const MIN_DOUBLE = -3.14e100;

/** HMM states in cppjieba's order (B 0, E 1, M 2, S 3); E and S end a word. */
const E = 1;
const S = 3;

/** Folder of the lexicon, HMM, IDF and stop-word files nodejieba ships (cppjieba's dict/). */
export function jiebaDictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict');
}

/** A word list for the segmenter: the main lexicon's text (`word freq tag` lines) and extra words with frequencies. */
export interface LexiconSource {
  /** Text of a jieba dictionary file (`word freq [tag]` a line); default: nodejieba's jieba.dict.utf8. */
  dictText?: string;
  /** Text of a jieba HMM model file; default: nodejieba's hmm_model.utf8. */
  hmmText?: string;
  /**
   * Words added as cppjieba adds user-dictionary lines: with a frequency, weight log(freq / sum of lexicon freqs);
   * with null (a line without a frequency), the median weight of the lexicon.
   */
  userWords?: Iterable<readonly [string, number | null]>;
}

/**
 * A trie over code points stored as an open-addressing hash of (node, code point) → child in typed arrays, with
 * the root's children in a dense table: lookups allocate nothing and the whole lexicon is a few flat arrays.
 */
class CodeTrie {
  private readonly edges: EdgeTable;
  /** Child of the root for each BMP code point (0 = none); node 0 is the root. */
  readonly root = new Int32Array(0x10000);
  /** Weight of the word ending at a node, NaN when the node ends no word. */
  weights: Float64Array;
  /** Lexicon tag code (index into the segmenter's tag list, 0: not a lexicon word) and frequency of each node's word. */
  tags: Uint8Array;
  freqs: Float32Array;
  nodes = 1;

  constructor(capacity: number) {
    this.edges = new EdgeTable(capacity);
    this.weights = new Float64Array(capacity + 1).fill(Number.NaN);
    this.tags = new Uint8Array(capacity + 1);
    this.freqs = new Float32Array(capacity + 1);
  }

  /** The child of `node` on code point `cp`, or 0. */
  child(node: number, cp: number): number {
    if (node === 0 && cp < 0x10000) return this.root[cp] as number;
    return this.edges.get(node, cp);
  }

  private addChild(node: number, cp: number): number {
    const id = this.nodes++;
    if (id >= this.weights.length) {
      const w = new Float64Array(this.weights.length * 2).fill(Number.NaN);
      w.set(this.weights);
      this.weights = w;
      const t = new Uint8Array(w.length);
      t.set(this.tags);
      this.tags = t;
      const f = new Float32Array(w.length);
      f.set(this.freqs);
      this.freqs = f;
    }
    if (node === 0 && cp < 0x10000) {
      this.root[cp] = id;
      return id;
    }
    this.edges.set(node, cp, id);
    return id;
  }

  /** Inserts a word and returns its node (a later insert of the same word replaces its weight, as in cppjieba). */
  insert(word: string, weight: number): number {
    let node = 0;
    for (const ch of word) {
      const cp = ch.codePointAt(0) as number;
      const next = this.child(node, cp);
      node = next !== 0 ? next : this.addChild(node, cp);
    }
    if (node !== 0) this.weights[node] = weight;
    return node;
  }

  /** The node of a word (0 when the trie has no such path). */
  find(word: string): number {
    return this.findSpan(word, 0, word.length);
  }

  /** The node of the word text[start, end), without slicing it out (0 when the trie has no such path). */
  findSpan(word: string, start: number, end: number): number {
    let node = 0;
    for (let i = start; i < end; i++) {
      let cp = word.charCodeAt(i);
      if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < end) {
        const d = word.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      node = this.child(node, cp);
      if (node === 0) return 0;
    }
    return node;
  }

  /** Bytes held by the trie's arrays. */
  get bytes(): number {
    return (
      this.edges.bytes + this.root.byteLength + this.weights.byteLength + this.tags.byteLength + this.freqs.byteLength
    );
  }
}

/** jieba's HMM: start and transition log-probabilities and a dense emission table for BMP characters. */
interface Hmm {
  start: Float64Array;
  trans: Float64Array;
  /** emit[state * 0x10000 + code point]; MIN_DOUBLE for characters the model never saw. */
  emit: Float64Array;
}

function parseHmm(text: string, file: string): Hmm {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (lines.length < 9)
    throw new Error(`${file}: not a jieba HMM model (expected start, 4 transition and 4 emission lines)`);
  const nums = (l: string): number[] => l.split(/\s+/).map(Number);
  const start = Float64Array.from(nums(lines[0] as string));
  const trans = Float64Array.from(lines.slice(1, 5).flatMap(nums));
  if (start.length !== 4 || trans.length !== 16)
    throw new Error(`${file}: start or transition line has the wrong number of values`);
  const emit = new Float64Array(4 * 0x10000).fill(MIN_DOUBLE);
  for (let s = 0; s < 4; s++) {
    for (const item of (lines[5 + s] as string).split(',')) {
      const colon = item.lastIndexOf(':');
      const cp = item.codePointAt(0);
      if (colon <= 0 || cp === undefined || cp >= 0x10000) continue;
      emit[s * 0x10000 + cp] = Number(item.slice(colon + 1));
    }
  }
  return { start, trans, emit };
}

/** The word spans of the last cut, in code units of the text; valid until the next call. */
export interface Spans {
  starts: Int32Array;
  ends: Int32Array;
  count: number;
}

/**
 * jieba's segmenter (cppjieba MixSegment, as nodejieba.cut with HMM on): separators (space, tab, newline, ，and 。)
 * are words of their own; each stretch between them takes the maximum-probability route through the lexicon;
 * runs of single characters that are not user words are re-cut by the HMM, with runs of ASCII letters (and digits
 * after them) and of digits (and dots) kept whole. Built once per process; `cut` allocates nothing per call
 * beyond growing its buffers.
 */
export class JiebaSegmenter {
  private readonly trie: CodeTrie;
  private readonly hmm: Hmm;
  private readonly minWeight: number;
  private readonly userSingles = new Set<number>();
  // Scratch buffers, grown as needed.
  private cps = new Int32Array(256);
  private offs = new Int32Array(257);
  private best = new Float64Array(257);
  private route = new Int32Array(256);
  private vw = new Float64Array(1024);
  private vp = new Int8Array(1024);
  private states = new Int8Array(256);
  private readonly out: Spans = { starts: new Int32Array(256), ends: new Int32Array(256), count: 0 };

  private readonly tagList: readonly string[];

  private constructor(trie: CodeTrie, hmm: Hmm, minWeight: number, tagList: readonly string[]) {
    this.trie = trie;
    this.hmm = hmm;
    this.minWeight = minWeight;
    this.tagList = tagList;
  }

  /** The lexicon's entry for a word (its tag and frequency in the main lexicon file; user words are not entries). */
  lexiconEntry(word: string): { tag: string; freq: number } | undefined {
    const node = this.trie.find(word);
    const code = node === 0 ? 0 : (this.trie.tags[node] as number);
    return code === 0 ? undefined : { tag: this.tagList[code] as string, freq: this.trie.freqs[node] as number };
  }

  /**
   * The frequency of text[start, end) in the main lexicon file (0 when it is no lexicon word): the rules ask this
   * of every abbreviation character's neighbours, so it neither slices nor allocates.
   */
  lexiconFreq(text: string, start: number, end: number): number {
    if (start < 0 || end > text.length || start >= end) return 0;
    const node = this.trie.findSpan(text, start, end);
    return node === 0 || this.trie.tags[node] === 0 ? 0 : (this.trie.freqs[node] as number);
  }

  /** Bytes held by the segmenter's tables. */
  get bytes(): number {
    return this.trie.bytes + this.hmm.emit.byteLength;
  }

  /** Builds the segmenter from jieba's files (nodejieba's by default) and extra user words. */
  static create(source: LexiconSource = {}): JiebaSegmenter {
    const dir = jiebaDictDir();
    const dictFile = source.dictText === undefined ? join(dir, 'jieba.dict.utf8') : '(dictText)';
    const dictText = source.dictText ?? readFileSync(dictFile, 'utf8');
    const hmmFile = source.hmmText === undefined ? join(dir, 'hmm_model.utf8') : '(hmmText)';
    const hmm = parseHmm(source.hmmText ?? readFileSync(hmmFile, 'utf8'), hmmFile);
    // Two passes as in cppjieba: weights are log(freq / sum of all freqs), the minimum weight scores unknown characters.
    const words: string[] = [];
    const freqs: number[] = [];
    const tagOf: number[] = [];
    const tagList = [''];
    const tagCodes = new Map<string, number>();
    let sum = 0;
    let at = 0;
    let lineNo = 0;
    while (at < dictText.length) {
      let nl = dictText.indexOf('\n', at);
      if (nl < 0) nl = dictText.length;
      lineNo++;
      const a = dictText.indexOf(' ', at);
      if (a > at && a < nl) {
        let b = dictText.indexOf(' ', a + 1);
        if (b < 0 || b > nl) b = nl;
        const freq = Number.parseFloat(dictText.slice(a + 1, b));
        if (!(freq > 0)) throw new Error(`${dictFile}: line ${lineNo}: frequency must be a positive number`);
        words.push(dictText.slice(at, a));
        freqs.push(freq);
        const tag = b < nl ? dictText.slice(b + 1, nl).trim() : '';
        let code = tagCodes.get(tag);
        if (code === undefined) {
          code = tagList.length;
          if (code > 255) throw new Error(`${dictFile}: line ${lineNo}: more than 255 distinct tags`);
          tagList.push(tag);
          tagCodes.set(tag, code);
        }
        tagOf.push(code);
        sum += freq;
      } else if (nl > at && dictText.slice(at, nl).trim() !== '') {
        throw new Error(`${dictFile}: line ${lineNo}: expected "word frequency tag"`);
      }
      at = nl + 1;
    }
    if (words.length === 0) throw new Error(`${dictFile}: no words`);
    const trie = new CodeTrie(Math.round(words.length * 1.6));
    const weights = new Float64Array(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = Math.log((freqs[i] as number) / sum);
      weights[i] = w;
      const node = trie.insert(words[i] as string, w);
      trie.tags[node] = tagOf[i] as number;
      trie.freqs[node] = freqs[i] as number;
    }
    const sorted = weights.slice().sort();
    const seg = new JiebaSegmenter(trie, hmm, sorted[0] as number, tagList);
    const median = sorted[sorted.length >> 1] as number;
    for (const [word, freq] of source.userWords ?? []) {
      if (word === '' || (freq !== null && !(freq > 0))) continue;
      trie.insert(word, freq === null ? median : Math.log(freq / sum));
      const cps = [...word];
      if (cps.length === 1) seg.userSingles.add(word.codePointAt(0) as number);
    }
    return seg;
  }

  private ensure(n: number): void {
    if (this.cps.length >= n) return;
    const size = 1 << Math.ceil(Math.log2(n));
    this.cps = new Int32Array(size);
    this.offs = new Int32Array(size + 1);
    this.best = new Float64Array(size + 1);
    this.route = new Int32Array(size);
    const o = this.out;
    o.starts = new Int32Array(size);
    o.ends = new Int32Array(size);
  }

  /**
   * Cuts `text` (or its part from `from` to `to`) into words; offsets are code units of `text`. Without `hmm`
   * (nodejieba.cut's default) runs of single characters stay single characters.
   */
  cutSpans(text: string, from = 0, to = text.length, hmm = false): Spans {
    const n0 = to - from;
    this.ensure(n0 + 1);
    const cps = this.cps;
    const offs = this.offs;
    let n = 0;
    for (let i = from; i < to; i++) {
      let c = text.charCodeAt(i);
      offs[n] = i;
      if (c >= 0xd800 && c < 0xdc00 && i + 1 < to) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      cps[n++] = c;
    }
    offs[n] = to;
    this.out.count = 0;
    // cppjieba's PreFilter: each separator is a range of its own.
    let a = 0;
    for (let i = 0; i < n; i++) {
      const c = cps[i] as number;
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0xff0c || c === 0x3002) {
        if (i > a) this.mix(a, i, hmm);
        this.emit(i, i + 1);
        a = i + 1;
      }
    }
    if (n > a) this.mix(a, n, hmm);
    return this.out;
  }

  /** Cuts `text` into word strings (as nodejieba.cut(text, hmm) does). */
  cut(text: string, hmm = false): string[] {
    const s = this.cutSpans(text, 0, text.length, hmm);
    const words: string[] = [];
    for (let i = 0; i < s.count; i++) words.push(text.slice(s.starts[i], s.ends[i]));
    return words;
  }

  private emit(a: number, b: number): void {
    const o = this.out;
    o.starts[o.count] = this.offs[a] as number;
    o.ends[o.count] = this.offs[b] as number;
    o.count++;
  }

  /** Maximum-probability route over [a, b) (cppjieba MPSegment), then the HMM over runs of single characters. */
  private mix(a: number, b: number, hmm: boolean): void {
    const { cps, best, route, trie, minWeight } = this;
    const weights = trie.weights;
    best[b] = 0;
    for (let i = b - 1; i >= a; i--) {
      const cp = cps[i] as number;
      let node = trie.child(0, cp);
      // The single character first (a lexicon word or not), then longer words: ties keep the shorter.
      const w0 = node === 0 ? Number.NaN : (weights[node] as number);
      let bestVal = (i + 1 < b ? (best[i + 1] as number) : 0) + (Number.isNaN(w0) ? minWeight : w0);
      let bestLen = 1;
      for (let j = i + 1; j < b && node !== 0; j++) {
        node = trie.child(node, cps[j] as number);
        if (node === 0) break;
        const w = weights[node] as number;
        if (Number.isNaN(w)) continue;
        const val = (j + 1 < b ? (best[j + 1] as number) : 0) + w;
        if (val > bestVal) {
          bestVal = val;
          bestLen = j + 1 - i;
        }
      }
      best[i] = bestVal;
      route[i] = bestLen;
    }
    let i = a;
    while (i < b) {
      const len = route[i] as number;
      if (!hmm || len > 1 || this.userSingles.has(cps[i] as number)) {
        this.emit(i, i + len);
        i += len;
        continue;
      }
      let j = i + 1;
      while (j < b && route[j] === 1 && !this.userSingles.has(cps[j] as number)) j++;
      this.hmmCut(i, j);
      i = j;
    }
  }

  /** cppjieba HMMSegment::Cut over [a, b): ASCII letters/digits by rule, everything else by the HMM. */
  private hmmCut(a: number, b: number): void {
    const cps = this.cps;
    let left = a;
    let right = a;
    while (right < b) {
      const c = cps[right] as number;
      if (c >= 0x80) {
        right++;
        continue;
      }
      if (left !== right) this.viterbi(left, right);
      left = right;
      if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) {
        right++;
        while (right < b) {
          const x = cps[right] as number;
          if ((x >= 0x61 && x <= 0x7a) || (x >= 0x41 && x <= 0x5a) || (x >= 0x30 && x <= 0x39)) right++;
          else break;
        }
      } else if (c >= 0x30 && c <= 0x39) {
        right++;
        while (right < b) {
          const x = cps[right] as number;
          if ((x >= 0x30 && x <= 0x39) || x === 0x2e) right++;
          else break;
        }
      } else right++;
      this.emit(left, right);
      left = right;
    }
    if (left !== right) this.viterbi(left, right);
  }

  /** cppjieba HMMSegment::Viterbi and InternalCut over [a, b): a word ends at each E or S state. */
  private viterbi(a: number, b: number): void {
    const X = b - a;
    if (this.vw.length < X * 4) {
      this.vw = new Float64Array(X * 8);
      this.vp = new Int8Array(X * 8);
      this.states = new Int8Array(X * 2);
    }
    const { vw: weight, vp: path, cps } = this;
    const { start, trans, emit } = this.hmm;
    const em = (state: number, cp: number): number =>
      cp < 0x10000 ? (emit[state * 0x10000 + cp] as number) : MIN_DOUBLE;
    const c0 = cps[a] as number;
    for (let y = 0; y < 4; y++) {
      weight[y * X] = (start[y] as number) + em(y, c0);
      path[y * X] = -1;
    }
    for (let x = 1; x < X; x++) {
      const cp = cps[a + x] as number;
      for (let y = 0; y < 4; y++) {
        const now = x + y * X;
        let wNow = MIN_DOUBLE;
        let pNow = E;
        const e = em(y, cp);
        for (let preY = 0; preY < 4; preY++) {
          const tmp = (weight[x - 1 + preY * X] as number) + (trans[preY * 4 + y] as number) + e;
          if (tmp > wNow) {
            wNow = tmp;
            pNow = preY;
          }
        }
        weight[now] = wNow;
        path[now] = pNow;
      }
    }
    let stat = (weight[X - 1 + E * X] as number) >= (weight[X - 1 + S * X] as number) ? E : S;
    const states = this.states;
    for (let x = X - 1; x >= 0; x--) {
      states[x] = stat;
      stat = path[x + stat * X] as number;
    }
    let left = a;
    for (let x = 0; x < X; x++) {
      const st = states[x] as number;
      if (st === E || st === S) {
        this.emit(left, a + x + 1);
        left = a + x + 1;
      }
    }
  }
}
