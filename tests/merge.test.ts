import { spawnSync } from 'node:child_process';
import { gunzipSync, gzipSync } from 'node:zlib';
import { viewReport } from '../src/schema/report-view.js';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline, readPipelineFile } from '../src/pipeline.js';
import { readAggregateFile } from '../src/corpus/aggregate-file.js';
import { CorpusAggregate } from '../src/corpus/aggregate.js';
import { runBatch } from '../src/batch/run.js';
import { AggregateLine } from '../src/schema/aggregate.js';
import type { AggregateLineT } from '../src/schema/aggregate.js';
import { aggregateOf, fakeReport, pipelineWithReport, testMeta } from './corpus-helpers.js';
import type { FakeArticle } from './corpus-helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-merge-'));

/** Serialises an aggregate as an aggregate file would hold it, and reads it back through the line schema. */
function roundTrip(agg: CorpusAggregate): AggregateLineT[] {
  return [...agg.records()].map((r) => AggregateLine.parse(JSON.parse(JSON.stringify(r))));
}
const snapshot = (agg: CorpusAggregate): string =>
  JSON.stringify({ records: [...agg.records()], report: agg.toReport() });

const ENTITY_POOL = ['country:甲', 'country:乙', 'person:丙丁', 'place:戊', 'organization:己庚辛'];
const DATES = [null, '2023-12-31T15:59:59Z', '2023-12-31T16:00:00Z', '2024-01-01T17:00:00Z', '2024-03-05T02:00:00Z'];

const articleArb = fc.record({
  date: fc.constantFrom(...DATES),
  categories: fc.subarray(['新闻', '评论', '国际']),
  status: fc.constantFrom('ok' as const, 'ok' as const, 'warnings' as const, 'failed' as const),
  blocks: fc.array(fc.array(fc.array(fc.constantFrom(...ENTITY_POOL), { maxLength: 4 }), { maxLength: 3 }), {
    maxLength: 3,
  }),
});
/** A corpus of constructed articles, each with the part (0–3) it goes to. */
const corpusArb = fc
  .array(fc.tuple(articleArb, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 14 })
  .map((xs) => xs.map(([a, part], i): [FakeArticle, number] => [{ ...a, id: `a${String(i).padStart(2, '0')}` }, part]));

describe('mergeable aggregation', () => {
  it('any split of a corpus into parts, aggregated separately, serialised and merged in any order, equals the whole', () => {
    // Small k and low minimums, so that evidence lists overflow and every pair reaches the report.
    const meta = testMeta({ pairs: { minCount: 1, minArticles: 1 }, evidence: 2, top: { k: 2 } });
    fc.assert(
      fc.property(corpusArb, fc.integer({ min: 0, max: 1000 }), (corpus, seed) => {
        const whole = aggregateOf(
          corpus.map(([a]) => a),
          meta,
        );
        const parts = [0, 1, 2, 3].map((p) =>
          aggregateOf(
            corpus.filter(([, q]) => q === p).map(([a]) => a),
            meta,
          ),
        );
        // Parts merged in a rotated order, through their serialised form.
        const merged = new CorpusAggregate(meta);
        for (let i = 0; i < parts.length; i++)
          for (const line of roundTrip(parts[(i + seed) % parts.length] as CorpusAggregate)) merged.absorb(line);
        expect(snapshot(merged)).toBe(snapshot(whole));
        // The whole in reverse order is the same aggregate too.
        expect(
          snapshot(
            aggregateOf(
              [...corpus].reverse().map(([a]) => a),
              meta,
            ),
          ),
        ).toBe(snapshot(whole));
      }),
      { numRuns: 150 },
    );
  });

  it('keeps evidence exact when lists overflow: the k shortest distinct sentences, each from its first occurrence', () => {
    const A = 'country:甲';
    const B = 'country:乙';
    const C = 'country:丙';
    const meta = testMeta({ pairs: { minCount: 1, minArticles: 1 }, evidence: 2 });
    const articles: FakeArticle[] = [
      { id: 'z', date: '2024-01-03T00:00:00Z', blocks: [[[A, B]]] },
      { id: 'y', date: '2024-01-02T00:00:00Z', blocks: [[[A, C, B]]] },
      { id: 'x', date: '2024-01-04T00:00:00Z', blocks: [[[A, B]]] },
      { id: 'w', date: '2024-01-01T00:00:00Z', blocks: [[[C, A, C, B]]] },
    ];
    const pair = (agg: CorpusAggregate) =>
      agg.toReport().pairs.find((p) => p.window === 'sentence' && p.a === B && p.b === A);
    const ev = pair(aggregateOf(articles, meta))?.evidence.map((e) => [e.article, e.text]);
    // 甲和乙。 (from z, the earlier of z and x), then 甲和丙和乙。 (y); 丙和甲和丙和乙。 is longer and left out.
    expect(ev).toEqual([
      ['z', '甲和乙。'],
      ['y', '甲和丙和乙。'],
    ]);
    const halves = [
      aggregateOf([articles[3], articles[2]] as FakeArticle[], meta),
      aggregateOf([articles[1], articles[0]] as FakeArticle[], meta),
    ];
    const merged = new CorpusAggregate(meta);
    for (const h of halves) merged.merge(h);
    expect(pair(merged)?.evidence.map((e) => [e.article, e.text])).toEqual(ev);
  });

  it('refuses to merge aggregates made with different options', () => {
    const a = aggregateOf([{ id: 'a', date: null, blocks: [[['country:甲']]] }], testMeta({ evidence: 1 }));
    const b = new CorpusAggregate(testMeta({ evidence: 2 }));
    expect(() => b.merge(a)).toThrow(/differ/);
    expect(viewReport(fakeReport({ id: 'a', date: null, blocks: [] })).stats.blocks).toBe(0);
  });
});

/** The deterministic outputs of a run or merge, by file name. */
const OUTPUTS = [
  'corpus.json',
  'aggregate.ndjson.gz',
  'entities.csv',
  'edges.csv',
  'network.gexf',
  'mentions.ndjson.gz',
];
/** A file of an output folder as text (gunzipped when compressed). */
const read = (dir: string, f: string): string =>
  f.endsWith('.gz') ? gunzipSync(readFileSync(join(dir, f))).toString('utf8') : readFileSync(join(dir, f), 'utf8');

describe('guanxi merge', () => {
  it('gives outputs byte-identical to one run over all inputs, renaming ids that collide between runs', async () => {
    const work = tmp();
    // Run A: the 新闻联播 examples. Run B: the People's Daily examples, the seed article, and a copy of one
    // 新闻联播 article under the same relative path as in A, so its id collides (one run names it 20240110-02~2).
    const a = join(work, 'a');
    const b = join(work, 'b');
    cpSync(join(EXAMPLES, 'xwlb'), a, { recursive: true });
    cpSync(join(EXAMPLES, 'pfr199801'), b, { recursive: true });
    cpSync(join(EXAMPLES, 'seed-article.md'), join(b, 'seed-article.md'));
    cpSync(join(EXAMPLES, 'xwlb', '20240110-02.md'), join(b, '20240110-02.md'));
    const pipelineFile = pipelineWithReport(work, '{ pairs: { minCount: 2, minArticles: 1 }, evidence: 2 }');
    const pipeline = createPipeline(readPipelineFile(pipelineFile));
    const [outA, outB, outAll, outMerged] = ['out-a', 'out-b', 'out-all', 'out-merged'].map((d) => join(work, d)) as [
      string,
      string,
      string,
      string,
    ];
    await runBatch({ inputs: [a], out: outA, pipeline, workers: 1, cache: false });
    await runBatch({ inputs: [b], out: outB, pipeline, workers: 1, cache: false });
    const { corpus } = await runBatch({ inputs: [a, b], out: outAll, pipeline, workers: 1, cache: false });
    expect(corpus?.pairs.length).toBeGreaterThan(10);
    expect(read(outAll, 'mentions.ndjson.gz')).toContain('"article":"20240110-02~2"');

    const r = spawnSync(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src/cli/main.ts'), 'merge', outA, outB, '--out', outMerged],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('articles: 16');
    for (const f of OUTPUTS)
      expect(readFileSync(join(outMerged, f)).equals(readFileSync(join(outAll, f))), f).toBe(true);
    // The evidence of the renamed article names it by its merged id.
    expect(read(outMerged, 'aggregate.ndjson.gz')).toContain('20240110-02~2');
    const info = JSON.parse(read(outMerged, 'run.json')) as { merged: string[]; articles: number };
    expect(info.merged).toEqual([outA, outB]);
    expect(info.articles).toBe(16);

    // A merge of merges is a merge too: (A) + (B) through an intermediate merge of A alone.
    const outOnlyA = join(work, 'out-only-a');
    const outTwice = join(work, 'out-twice');
    const cli = (...args: string[]) =>
      spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    expect(cli('merge', outA, '--out', outOnlyA, '--quiet').status).toBe(0);
    expect(read(outOnlyA, 'corpus.json')).toBe(read(outA, 'corpus.json'));
    expect(cli('merge', outOnlyA, outB, '--out', outTwice, '--quiet').status).toBe(0);
    for (const f of OUTPUTS)
      expect(readFileSync(join(outTwice, f)).equals(readFileSync(join(outAll, f))), f).toBe(true);

    // Every aggregate line validates, and the file reads back whole.
    let lines = 0;
    for await (const line of readAggregateFile(join(outMerged, 'aggregate.ndjson.gz')))
      lines += line.t === 'pairs' ? line.rows.length : 0;
    expect(lines).toBeGreaterThan(100);
  });

  it('exits 2 for a folder without an aggregate, a truncated aggregate, or runs made with other options', async () => {
    const work = tmp();
    const cli = (...args: string[]) =>
      spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], {
        cwd: ROOT,
        encoding: 'utf8',
      });
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const missing = cli('merge', empty, '--out', join(work, 'x'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no aggregate.ndjson');

    const input = join(work, 'in');
    mkdirSync(input);
    writeFileSync(join(input, 'a.md'), '---\ntitle: 甲\ndate: 2024-01-02\n---\n<p>中国和美国发表联合声明。</p>\n');
    const one = join(work, 'one');
    const other = join(work, 'other');
    await runBatch({
      inputs: [input],
      out: one,
      pipeline: createPipeline(readPipelineFile(pipelineWithReport(work, '{ evidence: 1 }'))),
      workers: 1,
      cache: false,
    });
    mkdirSync(join(work, 'p2'));
    await runBatch({
      inputs: [input],
      out: other,
      pipeline: createPipeline(readPipelineFile(pipelineWithReport(join(work, 'p2'), '{ evidence: 2 }'))),
      workers: 1,
      cache: false,
    });
    const mismatch = cli('merge', one, other, '--out', join(work, 'y'));
    expect(mismatch.status).toBe(2);
    expect(mismatch.stderr).toContain('cannot be merged');
    expect(existsSync(join(work, 'y', 'corpus.json'))).toBe(false);

    const text = read(one, 'aggregate.ndjson.gz');
    writeFileSync(join(one, 'aggregate.ndjson.gz'), gzipSync(text.slice(0, text.lastIndexOf('{"t":"end"'))));
    const truncated = cli('merge', one, '--out', join(work, 'z'));
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toContain('incomplete');
  });
});
