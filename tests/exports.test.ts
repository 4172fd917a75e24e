import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { viewReport } from '../src/schema/report-view.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { UndirectedGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline, readPipelineFile } from '../src/pipeline.js';
import { EDGE_COLUMNS, ENTITY_COLUMNS } from '../src/corpus/exports.js';
import { writePrettyJson } from '../src/corpus/json-stream.js';
import { LineWriter } from '../src/io/atomic.js';
import { runBatch } from '../src/batch/run.js';
import { AggregateLine, MentionLine } from '../src/schema/aggregate.js';
import { CorpusReport } from '../src/schema/corpus.js';
import type { CorpusReportT } from '../src/schema/corpus.js';
import type { ArticleReportT } from '../src/schema/report.js';
import { pipelineWithReport } from './corpus-helpers.js';

const EXAMPLES = fileURLToPath(new URL('../examples/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'guanxi-exports-'));
const out = join(work, 'out');
let corpus: CorpusReportT;
const read = (f: string): string => readFileSync(join(out, f), 'utf8');
const readJson = (f: string): unknown => JSON.parse(read(f));
const readGz = (f: string): string => gunzipSync(readFileSync(join(out, f))).toString('utf8');

beforeAll(async () => {
  const pipeline = createPipeline(
    readPipelineFile(
      pipelineWithReport(work, '{ pairs: { minCount: 2, minArticles: 1 }, network: { window: block } }'),
    ),
  );
  const r = await runBatch({ inputs: [EXAMPLES], out, pipeline, workers: 1, cache: false });
  corpus = r.corpus as CorpusReportT;
});

describe('exports beside corpus.json', () => {
  it('entities.csv reads back with a CSV parser, one row per entity, in corpus order', () => {
    const rows = parseCsv(read('entities.csv'), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0] ?? {})).toEqual([...ENTITY_COLUMNS]);
    expect(rows).toHaveLength(corpus.entities.length);
    corpus.entities.forEach((e, i) => {
      const row = rows[i] as Record<string, string>;
      expect([
        row.id,
        row.name,
        row.type,
        Number(row.mentions),
        Number(row.sentences),
        row.iso2,
        row.firstDate,
      ]).toEqual([e.id, e.name, e.type, e.mentions, e.windows.sentence, e.iso2 ?? '', e.firstDate ?? '']);
    });
  });

  it('edges.csv has one row per kept pair and window kind, with the measures of corpus.json', () => {
    const rows = parseCsv(read('edges.csv'), { columns: true }) as Array<Record<string, string>>;
    expect(Object.keys(rows[0] ?? {})).toEqual([...EDGE_COLUMNS]);
    expect(rows).toHaveLength(corpus.pairs.length);
    expect(new Set(rows.map((r) => r.window))).toEqual(new Set(['sentence', 'block', 'article']));
    corpus.pairs.forEach((p, i) => {
      const row = rows[i] as Record<string, string>;
      expect([row.a, row.b, row.window, Number(row.count), Number(row.npmi), Number(row.g2), Number(row.p)]).toEqual([
        p.a,
        p.b,
        p.window,
        p.count,
        p.npmi,
        p.g2,
        p.p,
      ]);
    });
  });

  it('network.gexf is parsed by graphology-gexf, with node and edge attributes', () => {
    const graph = parseGexf(UndirectedGraph, read('network.gexf'));
    const edges = corpus.pairs.filter((p) => p.window === 'block');
    expect(edges.length).toBeGreaterThan(5);
    expect(graph.size).toBe(edges.length);
    expect(graph.order).toBe(new Set(edges.flatMap((p) => [p.a, p.b])).size);
    const first = edges[0] as CorpusReportT['pairs'][number];
    const attrs = graph.getEdgeAttributes(first.a, first.b);
    expect(attrs).toMatchObject({
      window: 'block',
      count: first.count,
      articles: first.articles,
      npmi: first.npmi,
      g2: first.g2,
      weight: first.count,
    });
    const node = corpus.entities.find((e) => e.id === first.a);
    expect(graph.getNodeAttributes(first.a)).toMatchObject({
      label: node?.name,
      type: node?.type,
      mentions: node?.mentions,
      sentences: node?.windows.sentence,
    });
  });

  it('mentions.ndjson.gz has one valid line per resolved mention, in input order', () => {
    const lines = readGz('mentions.ndjson.gz').trimEnd().split('\n');
    expect(lines).toHaveLength(corpus.run.mentions);
    const ajv = new Ajv2020.default({ strict: false });
    const schema = ajv.compile(readJson('schema/mention-line.schema.json') as object);
    const parsed = lines.map((l) => {
      const data: unknown = JSON.parse(l);
      expect(schema(data), JSON.stringify(schema.errors)).toBe(true);
      return MentionLine.parse(data);
    });
    // Articles appear in input order, and each line's surface is the text at its offsets in the article report.
    const order = [...new Set(parsed.map((m) => m.article))];
    expect(order).toEqual([...order].sort());
    const reports = new Map<string, ArticleReportT>();
    for (const m of parsed) {
      let r = reports.get(m.article);
      if (r === undefined) {
        r = readJson(`articles/${m.article}.json`) as ArticleReportT;
        reports.set(m.article, r);
      }
      expect(r.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
      expect(m.date).toBe(r.meta.date);
    }
  });

  it('aggregate.ndjson.gz lines validate against their zod schema and the generated JSON Schema; corpus.json against its own', () => {
    const ajv = new Ajv2020.default({ strict: false });
    const line = ajv.compile(readJson('schema/aggregate-line.schema.json') as object);
    const lines = readGz('aggregate.ndjson.gz').trimEnd().split('\n');
    for (const l of lines) {
      const data: unknown = JSON.parse(l);
      expect(line(data), JSON.stringify(line.errors)).toBe(true);
      AggregateLine.parse(data);
    }
    expect(JSON.parse(lines[0] as string)).toMatchObject({ t: 'header', format: 'guanxi-aggregate' });
    expect(JSON.parse(lines[lines.length - 1] as string)).toMatchObject({ t: 'end' });
    const c = ajv.compile(readJson('schema/corpus.schema.json') as object);
    expect(c(readJson('corpus.json')), JSON.stringify(c.errors)).toBe(true);
    // The report is built in its schema's key order: parsing it changes nothing.
    expect(JSON.stringify(CorpusReport.parse(corpus))).toBe(JSON.stringify(corpus));
    expect(readdirSync(join(out, 'schema')).sort()).toEqual([
      'aggregate-line.schema.json',
      'article.schema.json',
      'corpus.schema.json',
      'dictionary.schema.json',
      'mention-line.schema.json',
      'pipeline.schema.json',
      'run.schema.json',
    ]);
  });

  it('gives evidence whose offsets point at both entities', () => {
    const withEvidence = corpus.pairs.filter((p) => p.evidence.length > 0);
    expect(withEvidence.length).toBeGreaterThan(0);
    for (const p of withEvidence) {
      for (const e of p.evidence) {
        const report = viewReport(readJson(`articles/${e.article}.json`) as ArticleReportT);
        const s = report.sentences[e.sentence];
        expect(report.blocks[e.block]?.text.slice(s?.start, s?.end)).toBe(e.text);
        const surfaces = (id: string): string[] =>
          report.entities.find((x) => x.id === id)?.mentions.map((m) => m.text) ?? [];
        expect(surfaces(p.a)).toContain(e.text.slice(e.aStart, e.aEnd));
        expect(surfaces(p.b)).toContain(e.text.slice(e.bStart, e.bEnd));
      }
    }
  });
});

describe('corpus.json streamed', () => {
  it('writes long arrays (several chunks of items stringified whole) byte for byte as JSON.stringify(value, null, 2)', () => {
    const item = (i: number): unknown =>
      i % 3 === 0 ? { a: i, b: ['中', { c: null }], d: {} } : i % 3 === 1 ? [i, [], 'x\ny'] : null;
    const values = [
      Array.from({ length: 700 }, (_, i) => item(i)),
      {
        version: 2,
        pairs: Array.from({ length: 513 }, (_, i) => item(i)),
        empty: [],
        nested: { deeper: Array.from({ length: 300 }, (_, i) => item(i)) },
      },
    ];
    for (const [k, value] of values.entries()) {
      for (const depth of [1, 2, 3]) {
        const path = join(work, `stream-${k}-${depth}.json`);
        const w = new LineWriter(path, join(work, '.tmp'), 1000);
        writePrettyJson(w, value, depth);
        w.close();
        expect(readFileSync(path, 'utf8')).toBe(JSON.stringify(value, null, 2));
      }
    }
  });
});
