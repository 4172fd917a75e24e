import * as fc from 'fast-check';
import * as OpenCCEsm from 'opencc-js';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionaries, readDictionaryFile } from '../src/resources/dictionaries.js';
import { readPipelineFile } from '../src/pipeline.js';
import type { Doc } from '../src/schema/doc.js';
import { keywordsOf } from '../src/stages/keywords.js';
import { CompactIdf, idfTable } from '../src/resources/idf.js';
import type { IdfTable } from '../src/resources/idf.js';
import { openStartupCache, startupCacheDir, startupCacheDisabled } from '../src/resources/startup-cache.js';
import type { StartupCache } from '../src/resources/startup-cache.js';
import { computeTraditionalChars, createToSimplified, traditionalChars } from '../src/resources/traditional.js';
import { isTraditional, normalizeText } from '../src/core/text.js';
import { MINI_DICT } from './helpers.js';

// Start-up work goes through one cache in the user's cache folder (never the OS temporary folder): validated
// dictionaries, jieba's IDF table and the traditional-character table. Each test opens a cache in a folder of its own.
/** A start-up cache in a new folder of the test run. */
function freshCache(): StartupCache {
  return openStartupCache({ dir: mkdtempSync(join(tmpdir(), 'guanxi-startup-')) });
}

/** Overwrites every entry of a kind with garbage, which must be ignored. */
function corruptCaches(cache: StartupCache, kind: string): number {
  const files = readdirSync(cache.dir).filter((f) => f.startsWith(`${kind}-`));
  for (const f of files) writeFileSync(join(cache.dir, f), '{"broken');
  return files.length;
}

describe('the start-up cache', () => {
  it('lives in GUANXI_CACHE_DIR or the user cache folder, and GUANXI_STARTUP_CACHE=off turns it off', () => {
    expect(startupCacheDir({ GUANXI_CACHE_DIR: '/srv/cache' })).toBe('/srv/cache/startup');
    // Otherwise the user's cache folder (XDG_CACHE_HOME or ~/.cache on Linux), never the OS temporary folder.
    expect(startupCacheDir({})).toMatch(/[/\\]guanxi[/\\]startup$/);
    expect(startupCacheDir({}).startsWith(tmpdir())).toBe(false);
    expect(startupCacheDisabled({ GUANXI_STARTUP_CACHE: 'off' })).toBe(true);
    expect(startupCacheDisabled({})).toBe(false);
    const off = openStartupCache({ dir: join(mkdtempSync(join(tmpdir(), 'guanxi-startup-')), 'off'), enabled: false });
    off.write('idf', 'k', 'x');
    expect(off.read('idf', 'k')).toBeNull();
    expect(existsSync(off.dir)).toBe(false);
  });

  it('keeps the most recent entries of a kind (two IDF tables, 64 dictionary files), and leaves other kinds alone', () => {
    const cache = freshCache();
    cache.write('traditional', 'other', 'd');
    for (let i = 0; i < 10; i++) cache.write('idf', `v${i}`, `${i}`);
    for (let i = 0; i < 12; i++) cache.write('dictionary', `f${i}`, `${i}`);
    const names = readdirSync(cache.dir);
    expect(names.filter((n) => n.startsWith('idf-'))).toHaveLength(2);
    expect(names.filter((n) => n.startsWith('dictionary-'))).toHaveLength(12);
    expect(names.filter((n) => n.startsWith('traditional-'))).toHaveLength(1);
    expect(cache.read('idf', 'v9')?.toString()).toBe('9');
    expect(cache.read('dictionary', 'f0')?.toString()).toBe('0');
    expect(cache.read('idf', 'never written')).toBeNull();
  });
});

describe('the dictionary cache', () => {
  it('gives the same dictionaries from the cache as from the YAML, and ignores a broken cache file', () => {
    const cache = freshCache();
    const fresh = loadDictionaries({ builtin: MINI_DICT, cache });
    const cached = loadDictionaries({ builtin: MINI_DICT, cache });
    expect(readdirSync(cache.dir).some((f) => f.startsWith('dictionary-'))).toBe(true);
    expect([...cached.entities]).toEqual([...fresh.entities]);
    expect(cached.formList).toEqual(fresh.formList);
    expect(cached.hash).toBe(fresh.hash);
    expect(corruptCaches(cache, 'dictionary')).toBeGreaterThan(0);
    expect(loadDictionaries({ builtin: MINI_DICT, cache }).hash).toBe(fresh.hash);
  });

  it('reads a cached file exactly as the schema validated it (defaults filled in, key order kept)', () => {
    const cache = freshCache();
    const file = join(tmpdir(), 'cache-test.yaml');
    writeFileSync(file, 'source: test\ntype: person\nentries:\n  - id: person:a\n    name: 甲\n    priority: 2\n');
    const first = readDictionaryFile(file, cache);
    const second = readDictionaryFile(file, cache);
    expect(second).toEqual(first);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(second.entries[0]).toMatchObject({ aliases: [], en: [], abbr: [], roles: [], priority: 2 });
  });
});

describe('the pipeline file', () => {
  it('does not cache YAML whose data JSON cannot hold (the value is read again every time)', () => {
    const file = join(tmpdir(), 'inf.yaml');
    writeFileSync(file, 'name: x\nstages:\n  - name: extract\n    options: { maxDepth: .inf }\n');
    // Cached through JSON, Infinity would have come back as null.
    const maxDepth = (): unknown =>
      (readPipelineFile(file).spec.stages[0]?.options as { maxDepth?: unknown } | undefined)?.maxDepth;
    expect(maxDepth()).toBe(Number.POSITIVE_INFINITY);
    expect(maxDepth()).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('the traditional-character table', () => {
  it('is the same from the cache as computed with opencc-js, and the lazily loaded converter is the ES module one', () => {
    const computed = computeTraditionalChars(createToSimplified());
    const cache = freshCache();
    expect(traditionalChars(cache)).toEqual(computed);
    expect(traditionalChars(cache)).toEqual(computed);
    const esm = OpenCCEsm.Converter({ from: 't', to: 'cn' });
    const text = '中華人民共和國國務院總理於二零二四年訪問臺灣地區，與當地學者討論經濟發展與兩岸關係。';
    expect(createToSimplified()(text)).toBe(esm(text));
    expect(isTraditional(text, traditionalChars(cache))).toBe(true);
    expect(normalizeText(text, createToSimplified()).text).toBe(esm(text).replace('，', ','));
  });
});

describe('the compact IDF table', () => {
  it('looks up exactly what the map holds, after a round trip through its bytes', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            fc.string({ unit: fc.constantFrom('中', '国', 'a', '😀', '\ud800', '1'), maxLength: 6 }),
            fc.double({ noNaN: true }),
          ),
          { selector: ([w]) => w, maxLength: 200 },
        ),
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 20 }),
        (entries, probes) => {
          const map = new Map(entries);
          const table = CompactIdf.fromMap(map);
          if (table === null) throw new Error('no table');
          const back = CompactIdf.deserialize(table.serialize(1.5));
          expect(back?.average).toBe(1.5);
          for (const t of [table, back?.table]) {
            for (const [w, v] of map) expect(t?.get(w)).toBe(v);
            for (const p of probes) expect(t?.get(p)).toBe(map.get(p));
          }
        },
      ),
      { seed: 20261125, numRuns: 300 },
    );
    expect(CompactIdf.deserialize(new Uint8Array(40))).toBeNull();
    // A word too long for a slot's length field: the caller keeps the map.
    expect(CompactIdf.fromMap(new Map([['长'.repeat(255), 1]]))).toBeNull();
  });

  it("is jieba's table, from the file and from the cache alike", () => {
    const cache = freshCache();
    const fromFile = idfTable(cache);
    expect(readdirSync(cache.dir).some((f) => f.startsWith('idf-'))).toBe(true);
    const t = idfTable(cache);
    expect(t.idf.get('劳动防护')).toBe(fromFile.idf.get('劳动防护'));
    expect(t.idf.get('劳动防护')).toBeCloseTo(13.900677652, 9);
    expect(t.idf.get('不是一个词语的串')).toBeUndefined();
    expect(t.average).toBeGreaterThan(5);
    expect(t.stop.has('的')).toBe(true);
  });
});

/** The keyword ranking as first written: every word scored and sorted. */
function referenceKeywords(doc: Doc, topK: number, t: IdfTable): Array<{ word: string; weight: number }> {
  const tf = new Map<string, number>();
  for (const tok of doc.tokens ?? []) {
    if (tok.end - tok.start < 2) continue;
    const s = doc.sentences?.[tok.sentence];
    if (s === undefined) continue;
    const word = doc.norm?.[s.block]?.text.slice(tok.start, tok.end) ?? '';
    if (t.stop.has(word) || !/[\p{L}\p{N}]/u.test(word)) continue;
    tf.set(word, (tf.get(word) ?? 0) + 1);
  }
  const scored = [...tf.entries()].map(([word, n]) => ({
    word,
    weight: Math.round(n * (t.idf.get(word) ?? t.average) * 1000) / 1000,
  }));
  scored.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return scored.slice(0, topK);
}

describe('keywords', () => {
  it('keeps the top k in the order the full sort gives, ties included', () => {
    const vocabulary = ['中国', '美国', '合作', '发展', '的的', '——', '12', 'AB', '关系', '会谈', '双方', '友好'];
    const idf = new Map<string, number>([
      ['中国', 2],
      ['美国', 2],
      ['合作', 1.5],
      ['发展', 3],
      ['关系', 1],
      ['会谈', 6],
      ['双方', 1.5],
    ]);
    const table: IdfTable = { idf, average: 2, stop: new Set(['的的']) };
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vocabulary), { maxLength: 60 }),
        fc.integer({ min: 0, max: 12 }),
        (words, topK) => {
          const text = words.join('');
          let at = 0;
          const tokens = words.map((w) => {
            const start = at;
            at += w.length;
            return { sentence: 0, start, end: at, pos: '' };
          });
          const doc = {
            norm: [{ text, map: new Int32Array(text.length + 1) }],
            sentences: [{ block: 0, start: 0, end: text.length, nstart: 0, nend: text.length }],
            tokens,
          } as unknown as Doc;
          expect(keywordsOf(doc, topK, table)).toEqual(referenceKeywords(doc, topK, table));
        },
      ),
      { seed: 20261125, numRuns: 1000 },
    );
  });
});
