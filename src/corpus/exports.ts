// The corpus outputs beside corpus.json: the aggregate file for merges, entity and edge tables as CSV, the mentions
// as NDJSON, and the network as GEXF. They are all derived from the aggregate (and, for mentions, from each article
// as it finishes), so a run and a merge of runs write the same bytes.
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { writeAtomic, writeLines } from '../io/atomic.js';
import type { LineWriter } from '../io/atomic.js';
import { writeCompactJson, writePrettyJson } from './json-stream.js';
import type { CorpusReportT } from '../schema/corpus.js';
import type { DictionarySet } from '../schema/dictionary.js';
import type { PointLookup } from './aggregate-tables.js';
import { jsonSchemas } from '../schema/json.js';
import { AGGREGATE_FILE, writeAggregateFile } from './aggregate-file.js';
import { gexfPieces } from './gexf.js';
import type { CorpusAggregate } from './aggregate.js';
import { ascending } from 'd3-array';

/** Columns of entities.csv, in order. */
export const ENTITY_COLUMNS = [
  'id',
  'type',
  'name',
  'iso2',
  'source',
  'mentions',
  'articles',
  'focusArticles',
  'sentences',
  'blocks',
  'firstDate',
  'lastDate',
  'lat',
  'lon',
  'geonames',
] as const;

/** The coordinates of dictionary entities by id, for the aggregate of a run (a merge reads them from the aggregates). */
export function pointLookup(dicts: DictionarySet): PointLookup {
  return (id) => {
    const e = dicts.entities.get(id);
    if (e?.lat === undefined || e.lon === undefined) return undefined;
    return { lat: e.lat, lon: e.lon, geonames: e.geonames };
  };
}

/** Columns of edges.csv, in order. */
export const EDGE_COLUMNS = [
  'a',
  'b',
  'aName',
  'bName',
  'window',
  'count',
  'articles',
  'expected',
  'pmi',
  'npmi',
  'jaccard',
  'dice',
  'g2',
  'p',
] as const;

/** entities.csv: one row per entity, in the order of corpus.json. */
export function entitiesCsv(corpus: CorpusReportT): string {
  const rows = corpus.entities.map((e) => [
    e.id,
    e.type,
    e.name,
    e.iso2 ?? '',
    e.source,
    e.mentions,
    e.articles,
    e.focusArticles,
    e.windows.sentence,
    e.windows.block,
    e.firstDate ?? '',
    e.lastDate ?? '',
    e.lat ?? '',
    e.lon ?? '',
    e.geonames ?? '',
  ]);
  return stringify([[...ENTITY_COLUMNS], ...rows]);
}

/** Rows of edges.csv converted to CSV at a time: the file is written in pieces, never held whole with its rows. */
const EDGE_CHUNK = 2000;

/** edges.csv in pieces (the header first): one row per kept pair and window kind, with its measures, in the order of corpus.json. */
export function* edgesCsvChunks(corpus: CorpusReportT): Generator<string> {
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  yield stringify([[...EDGE_COLUMNS]]);
  for (let i = 0; i < corpus.pairs.length; i += EDGE_CHUNK)
    yield stringify(
      corpus.pairs
        .slice(i, i + EDGE_CHUNK)
        .map((p) => [
          p.a,
          p.b,
          names.get(p.a) ?? '',
          names.get(p.b) ?? '',
          p.window,
          p.count,
          p.articles,
          p.expected,
          p.pmi,
          p.npmi,
          p.jaccard,
          p.dice,
          p.g2,
          p.p,
        ]),
    );
}

/** Attributes of a node of network.gexf, in order. */
const NODE_KEYS = [
  'type',
  'name',
  'iso2',
  'source',
  'mentions',
  'articles',
  'sentences',
  'blocks',
  'firstDate',
  'lastDate',
] as const;
/** Attributes of an edge of network.gexf, in order. */
const EDGE_KEYS = ['window', 'count', 'articles', 'expected', 'pmi', 'npmi', 'jaccard', 'dice', 'g2', 'p'] as const;

/**
 * network.gexf in pieces: the kept pairs of one window kind (`report.network.window`) as weighted undirected edges,
 * and the entities they join as nodes, with every entity field and every measure as attributes.
 */
export function networkGexf(corpus: CorpusReportT): Iterable<string> {
  const window = corpus.run.options.network.window;
  const edges = corpus.pairs
    .filter((p) => p.window === window)
    .sort((x, y) => ascending(x.a, y.a) || ascending(x.b, y.b));
  const used = new Set(edges.flatMap((p) => [p.a, p.b]));
  const nodes = corpus.entities.filter((e) => used.has(e.id)).sort((x, y) => ascending(x.id, y.id));
  return gexfPieces({
    meta: [
      ['creator', 'guanxi'],
      [
        'description',
        `entity co-occurrence (${window} windows, pairs with count >= ${corpus.run.options.pairs.minCount} in >= ${corpus.run.options.pairs.minArticles} articles)`,
      ],
    ],
    nodeKeys: NODE_KEYS,
    edgeKeys: EDGE_KEYS,
    nodes: () =>
      nodes.map((e) => ({
        head: [
          ['id', e.id],
          ['label', e.name],
        ],
        values: {
          type: e.type,
          name: e.name,
          iso2: e.iso2 ?? '',
          source: e.source,
          mentions: e.mentions,
          articles: e.articles,
          sentences: e.windows.sentence,
          blocks: e.windows.block,
          firstDate: e.firstDate ?? '',
          lastDate: e.lastDate ?? '',
        },
      })),
    edges: function* () {
      for (const p of edges)
        yield {
          head: [
            ['id', `${p.a}|${p.b}`],
            ['source', p.a],
            ['target', p.b],
            ['weight', p.count],
          ],
          values: {
            window: p.window,
            count: p.count,
            articles: p.articles,
            expected: p.expected,
            pmi: p.pmi,
            npmi: p.npmi,
            jaccard: p.jaccard,
            dice: p.dice,
            g2: p.g2,
            p: p.p,
          },
        };
    },
  });
}

/** The places file of an output folder. */
export const PLACES_FILE = 'places.geojson';

/**
 * places.geojson: a GeoJSON FeatureCollection (RFC 7946) with a Point for every country or place entity that has
 * coordinates, in the order of corpus.json, with its counts and its top partners (ids and names) as properties.
 */
export function placesGeojson(corpus: CorpusReportT): string {
  const features = corpus.entities
    .filter((e) => (e.type === 'country' || e.type === 'place') && e.lat !== undefined && e.lon !== undefined)
    .map((e) => ({
      type: 'Feature' as const,
      id: e.id,
      // GeoJSON positions are [longitude, latitude].
      geometry: { type: 'Point' as const, coordinates: [e.lon as number, e.lat as number] },
      properties: {
        id: e.id,
        name: e.name,
        type: e.type,
        ...(e.iso2 !== undefined ? { iso2: e.iso2 } : {}),
        ...(e.geonames !== undefined ? { geonames: e.geonames } : {}),
        mentions: e.mentions,
        articles: e.articles,
        focusArticles: e.focusArticles,
        top: e.top.map((p) => p.id),
        topNames: e.top.map((p) => p.name),
      },
    }));
  return `${JSON.stringify({ type: 'FeatureCollection', features })}\n`;
}

/** The mentions file of an output folder: one JSON line per resolved mention, gzip-compressed. */
export const MENTIONS_FILE = 'mentions.ndjson.gz';

/** Output file (relative to the output folder) → [bytes, SHA-256 (hex)], for the cache's record of what a run wrote. */
export type OutputFiles = Record<string, [number, string]>;

/**
 * Writes the corpus outputs of a finished run or merge: corpus.json, aggregate.ndjson.gz, entities.csv, edges.csv,
 * network.gexf and the JSON Schemas, each atomically, and returns the corpus report and the size and hash of each
 * file written. mentions.ndjson.gz is written by the caller as articles finish.
 */
export function writeCorpusOutputs(
  out: string,
  aggregate: CorpusAggregate,
  ids: readonly string[],
  tmpDir: string,
  options: { pretty?: boolean } = {},
): { corpus: CorpusReportT; files: OutputFiles } {
  const files: OutputFiles = {};
  const whole = (name: string, content: string): void => {
    const bytes = Buffer.from(content);
    writeAtomic(join(out, name), bytes, tmpDir);
    files[name] = [bytes.length, createHash('sha256').update(bytes).digest('hex')];
  };
  // Written piece by piece: a large corpus's report and tables are never one string in memory.
  const streamed = (name: string, fill: (w: LineWriter) => void): void => {
    files[name] = writeLines(join(out, name), tmpDir, fill);
  };
  const pieces = (list: Iterable<string>) => (w: LineWriter) => {
    for (const piece of list) w.write(piece);
  };
  const corpus = aggregate.toReport();
  // The same bytes as JSON.stringify(corpus) (or, pretty, JSON.stringify(corpus, null, 2)).
  streamed('corpus.json', (w) => {
    if (options.pretty === true) writePrettyJson(w, corpus);
    else writeCompactJson(w, corpus);
    w.write('\n');
  });
  files[AGGREGATE_FILE] = writeAggregateFile(join(out, AGGREGATE_FILE), aggregate, ids, tmpDir);
  // What a run of an older guanxi wrote uncompressed goes, so that no reader takes it for this run's.
  for (const old of ['aggregate.ndjson', 'mentions.ndjson']) rmSync(join(out, old), { force: true });
  whole('entities.csv', entitiesCsv(corpus));
  streamed('edges.csv', pieces(edgesCsvChunks(corpus)));
  streamed('network.gexf', pieces(networkGexf(corpus)));
  whole(PLACES_FILE, placesGeojson(corpus));
  for (const [name, schema] of Object.entries(jsonSchemas()))
    whole(`schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  return { corpus, files };
}
