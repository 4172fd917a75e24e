// The aggregate file format (version 3; version 2's layout): one table of evidence sentences that pair rows name by position, pairs as
// rows of entity positions, the same text from records() and lines(), and clear errors for damaged or older files.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/core/errors.js';
import { readAggregateFile, writeAggregateFile } from '../src/corpus/aggregate-file.js';
import { contributionOf } from '../src/article/contribution.js';
import { CorpusAggregate } from '../src/corpus/aggregate.js';
import { AGGREGATE_VERSION, AggregateLine, ArticleContribution } from '../src/schema/aggregate.js';
import { CorpusReport } from '../src/schema/corpus.js';
import type { AggregateLineT } from '../src/schema/aggregate.js';
import { aggregateOf, fakeReport, testMeta } from './corpus-helpers.js';
import type { FakeArticle } from './corpus-helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-aggfmt-'));
const A = 'country:甲';
const B = 'country:乙';
const C = 'country:丙';
const KEEP_ALL = testMeta({ pairs: { minCount: 1, minArticles: 1 }, evidence: 2 });

/** An aggregate's lines as text. */
const text = (agg: CorpusAggregate): string[] =>
  [...agg.lines()].map((l) => (typeof l.json === 'string' ? l.json : Buffer.from(l.json).toString('utf8')));

/** Reads an aggregate file whole (its lines, validated). */
async function readAll(path: string): Promise<AggregateLineT[]> {
  const lines: AggregateLineT[] = [];
  for await (const line of readAggregateFile(path)) lines.push(line);
  return lines;
}

/** Writes lines as an aggregate file and returns the error reading it gives. */
async function readError(lines: unknown[]): Promise<unknown> {
  const path = join(tmp(), 'aggregate.ndjson');
  writeFileSync(path, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  return readAll(path).then(
    () => null,
    (err: unknown) => err,
  );
}

describe('aggregate format version 2', () => {
  it('stores each evidence sentence once, named by position from every pair it supports', async () => {
    // One sentence holds 甲, 乙 and 丙: three sentence pairs, one sentence text.
    const agg = aggregateOf([{ id: 'a1', date: '2024-01-02T00:00:00Z', blocks: [[[A, B, C]]] }], KEEP_ALL);
    const path = join(tmp(), 'aggregate.ndjson');
    writeAggregateFile(path, agg, ['a1'], join(tmp(), '.tmp'));
    const lines = await readAll(path);
    const sentences = lines.flatMap((l) => (l.t === 'sentences' ? l.rows : []));
    expect(sentences).toEqual([['a1', '2024-01-02T00:00:00Z', 0, 0, '甲和乙和丙。']]);
    const sentencePairs = lines.flatMap((l) => (l.t === 'pairs' && l.window === 'sentence' ? l.rows : []));
    expect(sentencePairs).toHaveLength(3);
    for (const row of sentencePairs) expect(row[4]?.map((e) => e[0])).toEqual([0]);
    // Entities by id (丙 U+4E19 < 乙 U+4E59 < 甲 U+7532); 甲 and 乙 are at 0–1 and 2–3 of the sentence.
    expect(lines.filter((l) => l.t === 'entity').map((l) => (l.t === 'entity' ? l.id : ''))).toEqual([C, B, A]);
    expect(sentencePairs.find((r) => r[0] === 1 && r[1] === 2)).toEqual([1, 2, 1, 1, [[0, 2, 3, 0, 1]]]);
    expect(lines.at(-1)).toEqual({ t: 'end', ids: 1, entities: 3, sentences: 1, pairs: 9, diagnostics: 0 });
    expect(lines[0]).toMatchObject({ t: 'header', version: AGGREGATE_VERSION });
  });

  it('writes the same text from lines() as from records(), and reads it back to the same aggregate', () => {
    const articleArb = fc.record({
      date: fc.constantFrom(null, '2024-01-01T17:00:00Z', '2024-03-05T02:00:00Z'),
      blocks: fc.array(
        fc.array(fc.array(fc.constantFrom(A, B, C, 'person:丁戊'), { maxLength: 4 }), { maxLength: 3 }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 8 }), (xs) => {
        const agg = aggregateOf(
          xs.map((a, i): FakeArticle => ({ ...a, id: `a${i}` })),
          KEEP_ALL,
        );
        const records = [...agg.records()];
        expect(text(agg)).toEqual(records.map((r) => JSON.stringify(r)));
        const back = new CorpusAggregate(KEEP_ALL);
        for (const r of records) back.absorb(AggregateLine.parse(JSON.parse(JSON.stringify(r))));
        expect(text(back)).toEqual(records.map((r) => JSON.stringify(r)));
      }),
      { numRuns: 100 },
    );
  });

  it('writes numbers of any size in pair rows as JSON does', () => {
    const base = [...aggregateOf([{ id: 'a', date: null, blocks: [[[A, B, C]]] }], KEEP_ALL).records()];
    const agg = new CorpusAggregate(KEEP_ALL);
    for (const r of base) {
      // Counts and offsets of one digit to sixteen, either side of 2^31.
      if (r.t === 'pairs' && r.window === 'block')
        r.rows = [
          [0, 1, 9, 10],
          [0, 2, 2 ** 31 - 1, 2 ** 31],
          [1, 2, 1e15, 1],
        ];
      if (r.t === 'pairs' && r.window === 'sentence')
        r.rows = r.rows.map((row) => [row[0], row[1], 99, 100, [[0, 0, 2 ** 31, 10 ** 10, 123456789]]]);
      agg.absorb(r);
    }
    const records = [...agg.records()].map((r) => JSON.stringify(r));
    expect(records.join('\n')).toContain('[0,2,2147483647,2147483648],[1,2,1000000000000000,1]');
    expect(text(agg)).toEqual(records);
  });

  it('grows its pair table past many thousands of pairs, and still merges exactly', () => {
    // 150 entities in one sentence: 11,175 pairs in each window kind; split over articles in two halves.
    const ids = Array.from({ length: 150 }, (_, i) => `person:人${String(i).padStart(3, '0')}`);
    const articles: FakeArticle[] = Array.from({ length: 6 }, (_, k) => ({
      id: `x${k}`,
      date: null,
      blocks: [[ids.filter((_, i) => i % 6 !== k)]],
    }));
    const whole = aggregateOf(articles, KEEP_ALL);
    const merged = new CorpusAggregate(KEEP_ALL);
    merged.merge(aggregateOf(articles.slice(0, 3), KEEP_ALL));
    merged.merge(aggregateOf(articles.slice(3), KEEP_ALL));
    expect(text(merged)).toEqual(text(whole));
    const report = whole.toReport();
    expect(report.run.pairs.sentence.distinct).toBe((150 * 149) / 2);
    expect(report.pairs.find((p) => p.window === 'sentence' && p.a === ids[0] && p.b === ids[1])).toMatchObject({
      count: 4,
      articles: 4,
    });
  });

  it('adds an article the same through its contribution (as JSON, as a worker sends it) as through its report', () => {
    const articles: FakeArticle[] = [
      {
        id: 'a',
        date: '2024-01-01T17:00:00Z',
        categories: ['新闻', '新闻'],
        blocks: [
          [
            [A, B],
            [A, C, B],
          ],
          [[C]],
        ],
      },
      { id: 'b', date: null, status: 'warnings', blocks: [[[B, A, A]]] },
      { id: 'c', date: '2024-01-03T00:00:00Z', status: 'failed', blocks: [] },
    ];
    const byReport = aggregateOf(articles, KEEP_ALL);
    const byContribution = new CorpusAggregate(KEEP_ALL);
    for (const a of articles) {
      const c = contributionOf(fakeReport(a));
      expect(ArticleContribution.parse(c)).toEqual(c);
      byContribution.addContribution(ArticleContribution.parse(JSON.parse(JSON.stringify(c))));
    }
    expect(text(byContribution)).toEqual(text(byReport));
    expect(JSON.stringify(byContribution.toReport())).toBe(JSON.stringify(byReport.toReport()));
  });
});

describe('the corpus report', () => {
  it('is built in the shape and key order of its schema: CorpusReport.parse gives it back unchanged', () => {
    const articleArb = fc.record({
      date: fc.constantFrom(null, '2024-01-01T17:00:00Z', '2024-03-05T02:00:00Z'),
      categories: fc.subarray(['新闻', '评论']),
      status: fc.constantFrom('ok' as const, 'warnings' as const, 'failed' as const),
      blocks: fc.array(
        fc.array(fc.array(fc.constantFrom(A, B, C, 'person:丁戊'), { maxLength: 4 }), { maxLength: 3 }),
        { maxLength: 3 },
      ),
    });
    fc.assert(
      fc.property(
        fc.array(articleArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('g2' as const, 'npmi' as const, 'count' as const),
        (xs, by) => {
          const agg = new CorpusAggregate(
            testMeta({ pairs: { minCount: 1, minArticles: 1 }, evidence: 2, top: { by } }),
          );
          xs.forEach((a, i) => {
            const report = fakeReport({ ...a, id: `a${i}` });
            // Countries with an ISO code, as dictionary entities have.
            for (const e of report.entities) if (e.id !== A) e.iso2 = e.id === B ? 'YI' : 'BI';
            agg.add(report);
          });
          const report = agg.toReport();
          expect(JSON.stringify(CorpusReport.parse(report))).toBe(JSON.stringify(report));
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('reading aggregate files', () => {
  const header = [...aggregateOf([{ id: 'a', date: null, blocks: [[[A, B]]] }], KEEP_ALL).records()][0] as Record<
    string,
    unknown
  >;
  const entity = (id: string) => ({
    t: 'entity',
    id,
    type: 'country',
    name: id.slice(8),
    source: 'dictionary',
    mentions: 1,
    articles: 1,
    sentences: 1,
    blocks: 1,
    firstDate: null,
    lastDate: null,
    days: {},
    categories: {},
    focusArticles: 0,
    focusDays: {},
  });

  it('refuses an aggregate of an older format version with a message that says what to do', async () => {
    expect(String(await readError([{ ...header, version: 2 }]))).toMatch(
      /aggregate format version 2; this guanxi reads version 3 only\. Run `guanxi run` again/,
    );
    const err = await readError([
      { ...header, version: 1 },
      { t: 'end', ids: 0, entities: 0, pairs: 0, diagnostics: 0 },
    ]);
    expect(err).toBeInstanceOf(ConfigError);
    expect(String(err)).toMatch(
      /aggregate format version 1; this guanxi reads version 3 only\. Run `guanxi run` again/,
    );
  });

  it('refuses pair rows naming entities or sentences that are not there, and sections out of order', async () => {
    const end = (n: Record<string, number>) => ({
      t: 'end',
      ids: 0,
      entities: 2,
      sentences: 0,
      pairs: 1,
      diagnostics: 0,
      ...n,
    });
    expect(
      String(
        await readError([header, entity(B), entity(A), { t: 'pairs', window: 'block', rows: [[0, 2, 1, 1]] }, end({})]),
      ),
    ).toMatch(/names entities 0 and 2; there are 2/);
    expect(
      String(
        await readError([header, entity(B), entity(A), { t: 'pairs', window: 'block', rows: [[1, 0, 1, 1]] }, end({})]),
      ),
    ).toMatch(/a must come before b/);
    expect(
      String(
        await readError([
          header,
          entity(B),
          entity(A),
          { t: 'pairs', window: 'sentence', rows: [[0, 1, 1, 1, [[0, 0, 1, 2, 3]]]] },
          end({}),
        ]),
      ),
    ).toMatch(/evidence names sentence 0; the table has 0/);
    expect(
      String(
        await readError([
          header,
          entity(B),
          entity(A),
          { t: 'pairs', window: 'block', rows: [[0, 1, 1, 1, [[0, 0, 1, 2, 3]]]] },
          end({}),
        ]),
      ),
    ).toMatch(/evidence on a block pair/);
    expect(
      String(
        await readError([header, { t: 'pairs', window: 'block', rows: [] }, entity(A), end({ entities: 1, pairs: 0 })]),
      ),
    ).toMatch(/an? entity line after the pairs lines/);
    expect(
      String(
        await readError([
          header,
          entity(B),
          entity(A),
          { t: 'pairs', window: 'block', rows: [[0, 1, 1, 1]] },
          end({ pairs: 2 }),
        ]),
      ),
    ).toMatch(/the end line counts/);
  });

  it('makes guanxi merge exit 2 on a version 1 aggregate', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'old'));
    writeFileSync(
      join(dir, 'old', 'aggregate.ndjson'),
      JSON.stringify({ ...header, version: 1 }) +
        '\n' +
        JSON.stringify({ t: 'end', ids: 0, entities: 0, pairs: 0, diagnostics: 0 }) +
        '\n',
    );
    writeFileSync(join(dir, 'old', 'mentions.ndjson'), '');
    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src/cli/main.ts'), 'merge', join(dir, 'old'), '--out', join(dir, 'out')],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('aggregate format version 1');
    expect(readFileSync(join(dir, 'old', 'aggregate.ndjson'), 'utf8')).toContain('"version":1');
  });
});
