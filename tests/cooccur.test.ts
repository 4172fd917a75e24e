import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MentionT } from '../src/schema/document.js';
import { cooccurrences, cooccurStage } from '../src/stages/cooccur.js';
import type { OversizeWindow } from '../src/stages/cooccur.js';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { MINI_DICT, rawDoc } from './helpers.js';
import { stageContext } from './helpers.js';

const m = (entity: string | null, block: number, sentence: number): MentionT => ({
  entity,
  type: 'x',
  block,
  sentence,
  start: 0,
  end: 1,
  text: 'x',
  source: 'dictionary',
  confidence: 1,
});

describe('cooccur stage', () => {
  it('counts windows (not mention products) per window kind, pairs ordered by id', () => {
    // Block 0: sentence 0 {A, B, B}, sentence 1 {A, C}; block 1: sentence 2 {B, C}; an unresolved mention is ignored.
    const ms = [
      m('A', 0, 0),
      m('B', 0, 0),
      m('B', 0, 0),
      m('A', 0, 1),
      m('C', 0, 1),
      m('B', 1, 2),
      m('C', 1, 2),
      m(null, 1, 2),
    ];
    expect(cooccurrences(ms, ['sentence', 'block', 'article'])).toEqual([
      { a: 'A', b: 'B', window: 'sentence', count: 1 },
      { a: 'A', b: 'C', window: 'sentence', count: 1 },
      { a: 'B', b: 'C', window: 'sentence', count: 1 },
      { a: 'A', b: 'B', window: 'block', count: 1 },
      { a: 'A', b: 'C', window: 'block', count: 1 },
      { a: 'B', b: 'C', window: 'block', count: 2 },
      { a: 'A', b: 'B', window: 'article', count: 1 },
      { a: 'A', b: 'C', window: 'article', count: 1 },
      { a: 'B', b: 'C', window: 'article', count: 1 },
    ]);
  });

  it('counts only the requested windows and nothing for a single entity', () => {
    expect(cooccurrences([m('A', 0, 0), m('B', 0, 0)], ['article'])).toEqual([
      { a: 'A', b: 'B', window: 'article', count: 1 },
    ]);
    expect(cooccurrences([m('A', 0, 0), m('A', 0, 1)], ['sentence', 'block', 'article'])).toEqual([]);
  });
});

/** The original count through joined `a\0b` keys: the reference the ranked count must reproduce exactly. */
function byKeys(
  mentions: readonly MentionT[],
  windows: readonly ('sentence' | 'block' | 'article')[],
): Array<{ a: string; b: string; window: string; count: number }> {
  const out: Array<{ a: string; b: string; window: string; count: number }> = [];
  for (const window of ['sentence', 'block', 'article'] as const) {
    if (!windows.includes(window)) continue;
    const groups = new Map<number, Set<string>>();
    for (const x of mentions) {
      if (x.entity === null) continue;
      const key = window === 'sentence' ? x.sentence : window === 'block' ? x.block : 0;
      const g = groups.get(key) ?? new Set<string>();
      groups.set(key, g.add(x.entity));
    }
    const counts = new Map<string, number>();
    for (const g of groups.values()) {
      const ids = [...g].sort();
      for (let i = 0; i < ids.length; i++)
        for (let j = i + 1; j < ids.length; j++)
          counts.set(`${ids[i]}\u0000${ids[j]}`, (counts.get(`${ids[i]}\u0000${ids[j]}`) ?? 0) + 1);
    }
    for (const key of [...counts.keys()].sort()) {
      const [a, b] = key.split('\u0000') as [string, string];
      out.push({ a, b, window, count: counts.get(key) ?? 0 });
    }
  }
  return out;
}

describe('cooccur by entity ranks', () => {
  const id = fc.oneof(
    fc.constantFrom(
      'A',
      'AB',
      'A:b',
      'B',
      'country:CN',
      'country:CNX',
      'person:~王毅',
      'person:~王',
      'place:~北京',
      'Z',
      'a',
      '中',
      '😀',
      'x\u0000y',
      'x',
    ),
    fc.integer({ min: 0, max: 400 }).map((n) => `e:${n}`),
  );
  const mention = fc
    .tuple(fc.option(id, { nil: null, freq: 8 }), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 12 }))
    .map(([e, b, s]) => m(e, b, s));
  const windows = fc.subarray(['sentence', 'block', 'article'] as const, { minLength: 1 });

  it('gives exactly the pairs, order and counts of the key-based count (2,000 calls in a row share the reused pair table)', () => {
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 60 }), windows, (ms, ws) => {
        expect(cooccurrences(ms, ws)).toEqual(byKeys(ms, ws));
      }),
      { seed: 20261125, numRuns: 2000 },
    );
  });

  it('counts the same in the map it uses for articles with very many entities', () => {
    const ms = Array.from({ length: 900 }, (_, i) => m(`e:${(i * 7919) % 300}`, i % 4, i % 9));
    const all = ['sentence', 'block', 'article'] as const;
    expect(cooccurrences(ms, all)).toEqual(byKeys(ms, all));
    expect(cooccurrences(ms, all, 100)).toEqual(byKeys(ms, all));
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 60 }), windows, (xs, ws) => {
        expect(cooccurrences(xs, ws, 4)).toEqual(byKeys(xs, ws));
      }),
      { seed: 20261125, numRuns: 500 },
    );
  });
});

describe('windows with too many entities (lists)', () => {
  // Block 0: sentence 0 {A, B, C} (three entities), sentence 1 {A, D}; block 1: sentence 2 {B, D}.
  const ms = [m('A', 0, 0), m('B', 0, 0), m('C', 0, 0), m('A', 0, 1), m('D', 0, 1), m('B', 1, 2), m('D', 1, 2)];

  it('counts no pairs in a window with more distinct entities than the limit, and names each such window', () => {
    const skipped: OversizeWindow[] = [];
    // Limit 2: sentence 0 (3 entities), block 0 (4: A, B, C, D) and the article (4) are left out; sentences 1 and 2
    // and block 1 (2 entities each) count.
    expect(cooccurrences(ms, ['sentence', 'block', 'article'], undefined, 2, skipped)).toEqual([
      { a: 'A', b: 'D', window: 'sentence', count: 1 },
      { a: 'B', b: 'D', window: 'sentence', count: 1 },
      { a: 'B', b: 'D', window: 'block', count: 1 },
    ]);
    expect(skipped).toEqual([
      { window: 'sentence', index: 0, entities: 3 },
      { window: 'block', index: 0, entities: 4 },
      { window: 'article', index: 0, entities: 4 },
    ]);
  });

  it('counts a window with exactly the limit, and everything without one', () => {
    expect(cooccurrences(ms, ['article'], undefined, 4)).toEqual([
      { a: 'A', b: 'B', window: 'article', count: 1 },
      { a: 'A', b: 'C', window: 'article', count: 1 },
      { a: 'A', b: 'D', window: 'article', count: 1 },
      { a: 'B', b: 'C', window: 'article', count: 1 },
      { a: 'B', b: 'D', window: 'article', count: 1 },
      { a: 'C', b: 'D', window: 'article', count: 1 },
    ]);
  });

  it('reports the left-out windows as info diagnostics of the stage, with their block', () => {
    const stage = cooccurStage.create(
      cooccurStage.options.parse({ maxEntities: 2 }),
      stageContext(loadDictionaries({ builtin: MINI_DICT })),
    );
    const doc = stage.run({
      ...rawDoc('x'),
      mentions: ms,
      sentences: [
        { block: 0, start: 0, end: 1, nstart: 0, nend: 1 },
        { block: 0, start: 1, end: 2, nstart: 1, nend: 2 },
        { block: 1, start: 0, end: 1, nstart: 0, nend: 1 },
      ],
    });
    expect(doc.diagnostics.map((d) => [d.code, d.severity, d.block ?? null])).toEqual([
      ['window-too-large', 'info', 0],
      ['window-too-large', 'info', 0],
      ['window-too-large', 'info', null],
    ]);
    expect(doc.diagnostics[2]?.message).toBe(
      'the article has 4 distinct entities, more than cooccur.maxEntities (2): no pairs counted in it (a list is no context)',
    );
  });
});
