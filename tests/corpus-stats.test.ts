import { describe, expect, it } from 'vitest';
import { dayOf, isoWeekOf } from '../src/corpus/calendar.js';
import { associate, chiSquare1Tail, erfc } from '../src/corpus/stats.js';
import { ReportOptions } from '../src/schema/corpus.js';
import { aggregateOf, testMeta } from './corpus-helpers.js';
import type { FakeArticle } from './corpus-helpers.js';

const A = 'country:甲';
const B = 'country:乙';
const C = 'country:丙';

// The constructed corpus (10 sentences, 4 blocks, 2 articles):
//   a1 (2024-01-01T17:00Z, category 新闻)   block 0: [甲 乙] [甲 乙] [甲]      block 1: [乙] [丙]
//   a2 (2024-01-01T15:00Z, category 评论)   block 0: [甲] [丙]                block 1: [] [] []
const CORPUS: FakeArticle[] = [
  {
    id: 'a1',
    date: '2024-01-01T17:00:00Z',
    categories: ['新闻'],
    blocks: [
      [[A, B], [A, B], [A]],
      [[B], [C]],
    ],
  },
  {
    id: 'a2',
    date: '2024-01-01T15:00:00Z',
    categories: ['评论'],
    blocks: [
      [[A], [C]],
      [[], [], []],
    ],
  },
];
const KEEP_ALL = { pairs: { minCount: 1, minArticles: 1 }, evidence: 2 };

describe('erfc and the chi-square tail', () => {
  it('matches reference values of erfc to 1e-13 relative', () => {
    // Reference values (erfc to 16 digits).
    const ref: Array<[number, number]> = [
      [0, 1],
      [0.1, 0.8875370839817152],
      [0.5, 0.4795001221869534],
      [1, 0.15729920705028513],
      [1.3, 0.06599205505934762],
      [2, 0.004677734981047266],
      [3, 2.209049699858544e-5],
      [5, 1.5374597944280349e-12],
      [10, 2.088487583762545e-45],
      [-1, 1.8427007929497148],
    ];
    for (const [z, v] of ref) expect(Math.abs(erfc(z) - v) / v, `erfc(${z})`).toBeLessThan(1e-13);
    expect(erfc(40)).toBe(0);
  });

  it('gives the familiar critical values of chi-square with one degree of freedom', () => {
    expect(chiSquare1Tail(3.841458820694124)).toBeCloseTo(0.05, 14);
    expect(chiSquare1Tail(6.634896601021214)).toBeCloseTo(0.01, 14);
    expect(chiSquare1Tail(10.827566170662733)).toBeCloseTo(0.001, 14);
    expect(chiSquare1Tail(0)).toBe(1);
  });
});

describe('association measures, computed by hand', () => {
  it('sentence windows: n11 = 2, n1. = 4, n.1 = 3, N = 10', () => {
    // 甲 is in 4 sentences, 乙 in 3, both in 2, out of 10 sentences.
    // expected = 4·3/10 = 1.2
    // PMI      = log2(2/1.2) = log2(5/3) = 0.7369655941662062
    // NPMI     = PMI / −log2(2/10) = 0.7369655941662062 / 2.321928094887362 = 0.31739380551401475
    // Jaccard  = 2 / (4 + 3 − 2) = 0.4;  Dice = 2·2 / (4 + 3) = 4/7 = 0.5714285714285714
    // Cells: O = (2, 2, 1, 5), E = (1.2, 2.8, 1.8, 4.2)
    // G² = 2 [2 ln(2/1.2) + 2 ln(2/2.8) + 1 ln(1/1.8) + 5 ln(5/4.2)]
    //    = 2 [1.0216512475 − 0.6729444732 − 0.5877866649 + 0.8717669357] = 2 · 0.6326870451 = 1.265374090222651
    // p  = erfc(√(1.265374090222651 / 2)) = erfc(0.7954163) = 0.2606362946222252
    const m = associate(2, 4, 3, 10);
    expect(m.expected).toBeCloseTo(1.2, 14);
    expect(m.pmi).toBeCloseTo(0.7369655941662062, 14);
    expect(m.npmi).toBeCloseTo(0.31739380551401475, 14);
    expect(m.jaccard).toBeCloseTo(0.4, 14);
    expect(m.dice).toBeCloseTo(4 / 7, 14);
    expect(m.g2).toBeCloseTo(1.265374090222651, 12);
    expect(m.p).toBeCloseTo(0.2606362946222252, 12);
  });

  it('independence gives PMI 0 and G² 0; a pair filling every window gives NPMI 1', () => {
    // n11 = 1, n1. = 2, n.1 = 2, N = 4: expected 1, every cell equals its expectation.
    const m = associate(1, 2, 2, 4);
    expect(m.pmi).toBe(0);
    expect(m.g2).toBe(0);
    expect(m.p).toBe(1);
    expect(associate(3, 3, 3, 3).npmi).toBe(1);
  });

  it('refuses inconsistent counts', () => {
    expect(() => associate(3, 2, 5, 10)).toThrow(RangeError);
    expect(() => associate(1, 6, 6, 10)).toThrow(RangeError);
  });
});

describe('the corpus report of a constructed corpus', () => {
  const report = aggregateOf(CORPUS, testMeta(KEEP_ALL)).toReport();
  const pair = (w: string, a: string, b: string) => report.pairs.find((p) => p.window === w && p.a === a && p.b === b);

  it('counts windows of each kind and each entity’s windows', () => {
    expect(report.run.windows).toEqual({ sentence: 10, block: 4, article: 2 });
    const jia = report.entities.find((e) => e.id === A);
    expect(jia?.windows).toEqual({ sentence: 4, block: 2, article: 2 });
    expect(report.entities.find((e) => e.id === B)?.windows).toEqual({ sentence: 3, block: 2, article: 1 });
  });

  it('gives the hand-computed measures in the pair table (rounded to 6 decimals)', () => {
    // Entity ids compare by code unit: 乙 (U+4E59) < 甲 (U+7532), so the pair is (乙, 甲).
    const s = pair('sentence', B, A);
    expect(s).toMatchObject({
      count: 2,
      articles: 1,
      expected: 1.2,
      pmi: 0.736966,
      npmi: 0.317394,
      jaccard: 0.4,
      dice: 0.571429,
      g2: 1.265374,
      p: 0.260636,
    });
    // Blocks: 甲 in 2 of 4, 乙 in 2 of 4, together in 1: expected 1, PMI 0, NPMI 0/−log2(1/4) = 0,
    // Jaccard 1/3, Dice 1/2, every cell equals its expectation so G² = 0 and p = 1.
    expect(pair('block', B, A)).toMatchObject({
      count: 1,
      expected: 1,
      pmi: 0,
      npmi: 0,
      jaccard: 0.333333,
      dice: 0.5,
      g2: 0,
      p: 1,
    });
    // Articles: 甲 in 2 of 2, 乙 in 1: expected 2·1/2 = 1, PMI 0, Jaccard 1/2, Dice 2/3.
    expect(pair('article', B, A)).toMatchObject({
      count: 1,
      expected: 1,
      pmi: 0,
      jaccard: 0.5,
      dice: 0.666667,
      g2: 0,
      p: 1,
    });
  });

  it('gives each distinct sentence once as evidence, from its first occurrence, with offsets into the sentence', () => {
    // 乙和甲 is not how the text reads: the sentence is 甲和乙。 (twice in a1), so 乙 is at 2–3 and 甲 at 0–1.
    expect(pair('sentence', B, A)?.evidence).toEqual([
      {
        article: 'a1',
        date: '2024-01-01T17:00:00Z',
        block: 0,
        sentence: 0,
        text: '甲和乙。',
        aStart: 2,
        aEnd: 3,
        bStart: 0,
        bEnd: 1,
      },
    ]);
    expect(pair('block', B, A)?.evidence).toEqual([]);
  });

  it('counts per day in Asia/Shanghai: 2024-01-01T17:00Z is 2 January there, 15:00Z still 1 January', () => {
    const t = report.timeline.find((x) => x.entity === A);
    expect(t?.day).toEqual({ '2024-01-01': 1, '2024-01-02': 3 });
    expect(t?.week).toEqual({ '2024-W01': 4 });
    expect(t?.month).toEqual({ '2024-01': 4 });
    expect(report.volume.day).toEqual({
      '2024-01-01': { articles: 1, mentions: 2 },
      '2024-01-02': { articles: 1, mentions: 7 },
    });
  });

  it('takes the day boundary in the configured zone', () => {
    const utc = aggregateOf(CORPUS, testMeta(KEEP_ALL, 'UTC')).toReport();
    expect(utc.timeline.find((x) => x.entity === A)?.day).toEqual({ '2024-01-01': 4 });
    expect(dayOf('2023-12-31T15:59:59Z', 'Asia/Shanghai')).toBe('2023-12-31');
    expect(dayOf('2023-12-31T16:00:00Z', 'Asia/Shanghai')).toBe('2024-01-01');
    // ISO weeks: 2024-12-30 is in 2025-W01, 2021-01-03 in 2020-W53.
    expect(isoWeekOf('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOf('2021-01-03')).toBe('2020-W53');
  });

  it('counts per category for each entity and for the corpus', () => {
    expect(report.entities.find((e) => e.id === A)?.categories).toEqual([
      { category: '新闻', mentions: 3, articles: 1 },
      { category: '评论', mentions: 1, articles: 1 },
    ]);
    expect(report.categories).toEqual([
      { category: '新闻', articles: 1, mentions: 7 },
      { category: '评论', articles: 1, mentions: 2 },
    ]);
  });

  it('lists top partners by G² among positive associations', () => {
    // Sentence pairs: (乙, 甲) only; 丙 is never in a sentence with another entity.
    expect(report.entities.find((e) => e.id === A)?.top).toEqual([
      { id: B, name: '乙', count: 2, npmi: 0.317394, g2: 1.265374 },
    ]);
    expect(report.entities.find((e) => e.id === C)?.top).toEqual([]);
    const byCount = aggregateOf(CORPUS, testMeta({ ...KEEP_ALL, top: { window: 'article', by: 'count' } })).toReport();
    expect(byCount.entities.find((e) => e.id === A)?.top.map((t) => [t.id, t.count])).toEqual([
      [C, 2],
      [B, 1],
    ]);
  });

  it('leaves out pairs below the minimum counts, and records how many there were', () => {
    const r = aggregateOf(CORPUS, testMeta({ pairs: { minCount: 2, minArticles: 1 } })).toReport();
    // 丙 and 甲 share both articles, in no sentence and no block twice.
    expect(r.pairs.map((p) => [p.window, p.a, p.b, p.count])).toEqual([
      ['sentence', B, A, 2],
      ['article', C, A, 2],
    ]);
    expect(r.run.pairs).toEqual({
      sentence: { distinct: 1, kept: 1 },
      block: { distinct: 3, kept: 0 },
      article: { distinct: 3, kept: 1 },
    });
  });

  it('validates report options with defaults and refuses unknown ones', () => {
    expect(ReportOptions.parse({})).toEqual({
      pairs: { minCount: 5, minArticles: 2 },
      top: { k: 10, window: 'sentence', by: 'g2' },
      evidence: 3,
      network: { window: 'sentence' },
    });
    expect(ReportOptions.safeParse({ pairs: { minCount: 0 } }).success).toBe(false);
    expect(ReportOptions.safeParse({ top: { by: 'chi' } }).success).toBe(false);
    expect(ReportOptions.safeParse({ nope: 1 }).success).toBe(false);
  });
});
