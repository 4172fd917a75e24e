import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../core/hash.js';
import { jiebaDictDir } from '../nlp/segmenter.js';
import type { StartupCache } from './startup-cache.js';

/** IDF values by word: jieba's table (or, in tests, any map). */
export interface IdfValues {
  get(word: string): number | undefined;
}

/** jieba's IDF table, stop words and average IDF (for words it does not list), loaded once. */
export interface IdfTable {
  idf: IdfValues;
  average: number;
  stop: Set<string>;
}

/** A record's length in UTF-16 units: the word padded to 8 bytes, then its value (a float64). */
const recordUnits = (len: number): number => Math.ceil(len / 4) * 4 + 4;

/**
 * jieba's 258,826 IDF values as flat typed arrays, an open-addressing hash table: loaded from a cache file in a few
 * milliseconds, where building a Map from idf.utf8 takes ~150 ms at every start. A lookup touches two places in
 * memory (its slot, holding the word's hash, length and record; the record, holding the word and its value), as
 * between two articles the rest of the pipeline pushes the table out of the processor's caches.
 */
export class CompactIdf implements IdfValues {
  private readonly values: Float64Array;

  private constructor(
    /** Pairs (hash, record offset × 256 + word length + 1; 0 for an empty slot); a power of two of pairs, at most half full. */
    private readonly slots: Int32Array,
    /** Records: each word's UTF-16 units padded to 8 bytes, then its value as a float64. */
    private readonly records: Uint16Array,
  ) {
    this.values = new Float64Array(records.buffer, records.byteOffset, records.length / 4);
  }

  /** Builds the table from a map's entries (the last value of a word listed twice, as the map kept it); null if a word is too long for it. */
  static fromMap(map: ReadonlyMap<string, number>): CompactIdf | null {
    let units = 0;
    for (const w of map.keys()) {
      if (w.length > 254) return null;
      units += recordUnits(w.length);
    }
    if (units * 256 >= 2 ** 31) return null;
    let size = 1;
    while (size < map.size * 2) size *= 2;
    const slots = new Int32Array(size * 2);
    const records = new Uint16Array(units);
    const values = new Float64Array(records.buffer);
    let at = 0;
    for (const [w, v] of map) {
      for (let i = 0; i < w.length; i++) records[at + i] = w.charCodeAt(i);
      values[(at + recordUnits(w.length) - 4) / 4] = v;
      const hash = fnv1a(w);
      let h = hash & (size - 1);
      while (slots[2 * h + 1] !== 0) h = (h + 1) & (size - 1);
      slots[2 * h] = hash;
      slots[2 * h + 1] = at * 256 + w.length + 1;
      at += recordUnits(w.length);
    }
    return new CompactIdf(slots, records);
  }

  /** The value of `word`, or undefined when jieba does not list it. */
  get(word: string): number | undefined {
    const hash = fnv1a(word);
    const mask = (this.slots.length >> 1) - 1;
    // At most one round of the slots (a table written by fromMap always has empty slots; a damaged file may not).
    for (let h = hash & mask, probes = 0; probes <= mask; h = (h + 1) & mask, probes++) {
      const packed = (this.slots[2 * h + 1] as number) - 1;
      if (packed < 0) return undefined;
      if (this.slots[2 * h] !== hash || (packed & 255) !== word.length) continue;
      const at = packed >>> 8;
      let i = 0;
      while (i < word.length && this.records[at + i] === word.charCodeAt(i)) i++;
      if (i === word.length) return this.values[(at + recordUnits(word.length) - 4) / 4];
    }
    return undefined;
  }

  /** The table as bytes: a header (magic, sizes, the average), the slots and the records, each 8-byte aligned. */
  serialize(average: number): Uint8Array {
    const out = new Uint8Array(32 + this.slots.byteLength + this.records.byteLength);
    const dv = new DataView(out.buffer);
    dv.setUint32(0, CompactIdf.MAGIC, true);
    dv.setUint32(4, this.slots.length, true);
    dv.setUint32(8, this.records.length, true);
    dv.setFloat64(16, average, true);
    out.set(new Uint8Array(this.slots.buffer, this.slots.byteOffset, this.slots.byteLength), 32);
    out.set(
      new Uint8Array(this.records.buffer, this.records.byteOffset, this.records.byteLength),
      32 + this.slots.byteLength,
    );
    return out;
  }

  /** Reads `serialize`'s bytes back (null when they are not such a table); the arrays are views on the bytes. */
  static deserialize(bytes: Uint8Array): { table: CompactIdf; average: number } | null {
    if (bytes.length < 32) return null;
    // The views need 8-byte alignment: a file read on its own buffer has it, anything else is copied once.
    const buf = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
    const dv = new DataView(buf.buffer);
    if (dv.getUint32(0, true) !== CompactIdf.MAGIC) return null;
    const slotInts = dv.getUint32(4, true);
    const units = dv.getUint32(8, true);
    const average = dv.getFloat64(16, true);
    const pairs = slotInts / 2;
    if (32 + slotInts * 4 + units * 2 !== buf.length || pairs < 1 || (pairs & (pairs - 1)) !== 0 || units % 4 !== 0)
      return null;
    return {
      table: new CompactIdf(
        new Int32Array(buf.buffer, 32, slotInts),
        new Uint16Array(buf.buffer, 32 + slotInts * 4, units),
      ),
      average,
    };
  }

  /** Marks the file format (and this machine's byte order, as the arrays are written as they lie in memory). */
  private static readonly MAGIC = 0x47584932 + (new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 0x100);
}

/** jieba's IDF values and their average read from idf.utf8 into a map, as `nodejieba.extract` reads them. */
function readIdfFile(path: string): { idf: Map<string, number>; average: number } {
  const idf = new Map<string, number>();
  let sum = 0;
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const sp = line.lastIndexOf(' ');
    if (sp <= 0) continue;
    const v = Number(line.slice(sp + 1));
    idf.set(line.slice(0, sp), v);
    sum += v;
  }
  return { idf, average: sum / Math.max(1, idf.size) };
}

/**
 * Loads jieba's own IDF and stop-word files (the data behind nodejieba.extract); the IDF table goes through the
 * start-up cache as a compact binary table, keyed by the file's path, size and modification time.
 */
export function idfTable(cache: StartupCache | null): IdfTable {
  const dir = jiebaDictDir();
  const idfPath = join(dir, 'idf.utf8');
  const stop = new Set(
    readFileSync(join(dir, 'stop_words.utf8'), 'utf8')
      .split('\n')
      .map((w) => w.trim())
      .filter((w) => w !== ''),
  );
  const st = statSync(idfPath);
  const key = `${idfPath}\0${st.size}\0${st.mtimeMs}`;
  const bytes = cache?.read('idf', key) ?? null;
  const loaded = bytes === null ? null : CompactIdf.deserialize(bytes);
  if (loaded !== null) return { idf: loaded.table, average: loaded.average, stop };
  const { idf, average } = readIdfFile(idfPath);
  const compact = CompactIdf.fromMap(idf);
  if (compact === null) return { idf, average, stop };
  cache?.write('idf', key, compact.serialize(average));
  return { idf: compact, average, stop };
}
