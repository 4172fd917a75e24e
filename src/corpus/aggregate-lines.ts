// The serialisable form of a corpus aggregate: the lines of aggregate.ndjson, as records or as JSON text.
import { ascending } from 'd3-array';
import { AGGREGATE_VERSION } from '../schema/aggregate.js';
import type {
  AggregateDiagnosticsT,
  AggregateEntityT,
  AggregateEvidenceT,
  AggregateHeaderT,
  AggregateLineT,
  AggregatePairsT,
  AggregateSentencesT,
} from '../schema/aggregate.js';
import type { WindowT } from '../schema/document.js';
import { WINDOW_LIST, metaOf, sortedDiagnostics } from './aggregate-tables.js';
import type { AggregateTables, EntityRow } from './aggregate-tables.js';
import { AsciiWriter } from './ascii-writer.js';
import type { EvidenceEntry, EvidenceSentence } from './evidence.js';
import type { PairTable } from './pair-table.js';
import { sortedRecord } from './tally.js';

/** Entity ranks are packed into numeric sort keys: window · 2^48 + a · 2^24 + b stays below 2^53. */
const INDEX_LIMIT = 2 ** 24;
/** Sentence rows and pair rows are written this many to an aggregate line. */
const ROWS_PER_LINE = 1000;

/** One record of an aggregate's serialisable form. */
export type AggregateRecord =
  | AggregateHeaderT
  | AggregateEntityT
  | AggregateSentencesT
  | AggregatePairsT
  | AggregateDiagnosticsT;

/** One record as JSON text (without its newline), and the number of items it holds. */
export interface AggregateText {
  t: AggregateLineT['t'];
  count: number;
  json: string | Uint8Array;
}

/** The order of the serialisable form, and the tables that name entities and sentences by position. */
interface Layout {
  /** Entities by id. */
  byId: EntityRow[];
  /** An entity's `idx` → its position in `byId`. */
  rank: Int32Array;
  /** Pair rows by window kind, a and b. */
  order: Int32Array;
  /** Every sentence some pair keeps as evidence, once, in order of first use. */
  sentences: EvidenceSentence[];
  sentenceIndex: Map<EvidenceSentence, number>;
}

function layout(t: AggregateTables): Layout {
  const byId = [...t.rows].sort((x, y) => ascending(x.id, y.id));
  if (byId.length > INDEX_LIMIT) throw new RangeError(`more than ${INDEX_LIMIT} distinct entities`);
  const rank = new Int32Array(t.rows.length);
  byId.forEach((r, i) => {
    rank[r.idx] = i;
  });
  const order = pairOrder(t.pairs, rank, byId.length);
  return { byId, rank, order, ...sentenceTable(t, order) };
}

/** The pair rows sorted by window kind and the ranks of a and b. */
function pairOrder(p: PairTable, rank: Int32Array, entities: number): Int32Array {
  // A native sort of packed numeric keys (window, a, b, then the row itself in the low bits) is much faster than a
  // comparator; keys that would not fit a double's 53 bits (millions of entities and pairs) need the comparator.
  const eBits = Math.max(1, Math.ceil(Math.log2(entities + 1)));
  const rBits = Math.max(1, Math.ceil(Math.log2(p.size + 1)));
  if (2 + 2 * eBits + rBits > 53) {
    const ra = (r: number): number => rank[p.a[r] as number] as number;
    const rb = (r: number): number => rank[p.b[r] as number] as number;
    return Int32Array.from({ length: p.size }, (_, r) => r).sort(
      (x, y) => (p.window[x] as number) - (p.window[y] as number) || ra(x) - ra(y) || rb(x) - rb(y),
    );
  }
  const E = 2 ** eBits;
  const R = 2 ** rBits;
  const keys = new Float64Array(p.size);
  for (let r = 0; r < p.size; r++)
    keys[r] =
      (((p.window[r] as number) * E + (rank[p.a[r] as number] as number)) * E + (rank[p.b[r] as number] as number)) *
        R +
      r;
  keys.sort();
  const order = new Int32Array(p.size);
  for (let i = 0; i < keys.length; i++) order[i] = (keys[i] as number) % R;
  return order;
}

/** What makes an evidence sentence one row of the aggregate's sentence table. */
const sentenceKey = (s: EvidenceSentence): string => `${s.article}\u0000${s.block}\u0000${s.sentence}`;

/** The evidence sentence table of the sentence pairs, in `order`. */
function sentenceTable(t: AggregateTables, order: Int32Array): Pick<Layout, 'sentences' | 'sentenceIndex'> {
  // One sentence is one object, shared by its pairs; the key only matters should two objects be the same sentence.
  const sentenceIndex = new Map<EvidenceSentence, number>();
  const byKey = new Map<string, number>();
  const sentences: EvidenceSentence[] = [];
  for (const r of order) {
    if (t.pairs.window[r] !== 0) break;
    for (const e of t.evidence[r] ?? []) {
      if (sentenceIndex.has(e.s)) continue;
      const key = sentenceKey(e.s);
      let i = byKey.get(key);
      if (i === undefined) {
        i = sentences.length;
        byKey.set(key, i);
        sentences.push(e.s);
      }
      sentenceIndex.set(e.s, i);
    }
  }
  return { sentences, sentenceIndex };
}

function header(t: AggregateTables): AggregateHeaderT {
  return {
    t: 'header',
    format: 'guanxi-aggregate',
    version: AGGREGATE_VERSION,
    ...metaOf(t.meta),
    articles: { ...t.articles },
    mentions: t.mentions,
    characters: t.characters,
    windows: { ...t.windows },
    days: sortedRecord(t.days),
    categories: sortedRecord(t.categories),
  };
}

function entityRecord(r: EntityRow): AggregateEntityT {
  return {
    t: 'entity',
    id: r.id,
    type: r.type,
    name: r.name,
    ...(r.iso2 !== undefined ? { iso2: r.iso2 } : {}),
    source: r.source,
    mentions: r.mentions,
    articles: r.articles,
    sentences: r.sentences,
    blocks: r.blocks,
    firstDate: r.firstDate,
    lastDate: r.lastDate,
    days: sortedRecord(r.days),
    categories: sortedRecord(r.categories),
    focusArticles: r.focusArticles,
    focusDays: sortedRecord(r.focusDays),
    ...pointOf(r),
  };
}

/** An entity row's coordinates as the outputs write them (absent when it has none). */
export function pointOf(r: EntityRow): { lat?: number; lon?: number; geonames?: number } {
  if (r.point === undefined) return {};
  return {
    lat: r.point.lat,
    lon: r.point.lon,
    ...(r.point.geonames !== undefined ? { geonames: r.point.geonames } : {}),
  };
}

function sentenceRows(sentences: EvidenceSentence[], i: number): AggregateSentencesT['rows'] {
  return sentences.slice(i, i + ROWS_PER_LINE).map((s) => [s.article, s.date, s.block, s.sentence, s.text]);
}

/** Chunks of rows, at most ROWS_PER_LINE long and never spanning two window kinds: [window, first, end) of `order`. */
function* chunks(p: PairTable, order: Int32Array): Generator<[number, number, number]> {
  let start = 0;
  for (let i = 1; i <= order.length; i++) {
    if (
      i === order.length ||
      i - start === ROWS_PER_LINE ||
      p.window[order[i] as number] !== p.window[order[start] as number]
    ) {
      yield [p.window[order[start] as number] as number, start, i];
      start = i;
    }
  }
}

/** The evidence a pair row carries in the aggregate: sentence pairs only, and only when they have some. */
function rowEvidence(t: AggregateTables, w: number, r: number): EvidenceEntry[] | null {
  const ev = t.evidence[r];
  return w === 0 && ev !== null && ev !== undefined && ev.length > 0 ? ev : null;
}

/**
 * The serialisable form of an aggregate, in a deterministic order: the header, entities by id, the evidence
 * sentence table, pairs by window kind, a and b (naming entities and sentences by position), then diagnostics.
 */
export function* aggregateRecords(t: AggregateTables): Generator<AggregateRecord> {
  yield header(t);
  const { byId, rank, order, sentences, sentenceIndex } = layout(t);
  for (const r of byId) yield entityRecord(r);
  for (let i = 0; i < sentences.length; i += ROWS_PER_LINE) yield { t: 'sentences', rows: sentenceRows(sentences, i) };
  const p = t.pairs;
  for (const [w, start, end] of chunks(p, order)) {
    const rows: AggregatePairsT['rows'] = [];
    for (let i = start; i < end; i++) {
      const r = order[i] as number;
      const row: [number, number, number, number] = [
        rank[p.a[r] as number] as number,
        rank[p.b[r] as number] as number,
        p.count[r] as number,
        p.articles[r] as number,
      ];
      const ev = rowEvidence(t, w, r);
      rows.push(
        ev !== null
          ? [
              ...row,
              ev.map((e): AggregateEvidenceT => [sentenceIndex.get(e.s) as number, e.aStart, e.aEnd, e.bStart, e.bEnd]),
            ]
          : row,
      );
    }
    yield { t: 'pairs', window: WINDOW_LIST[w] as WindowT, rows };
  }
  for (const d of sortedDiagnostics(t.diagnostics)) yield { t: 'diagnostics', ...d };
}

/**
 * `aggregateRecords()` as JSON text, one line per record, the same characters: the pair lines, most of the file, are
 * written as ASCII bytes directly, so that no array or string is built for a row.
 */
export function* aggregateLines(t: AggregateTables): Generator<AggregateText> {
  yield { t: 'header', count: 1, json: JSON.stringify(header(t)) };
  const l = layout(t);
  for (const r of l.byId) yield { t: 'entity', count: 1, json: JSON.stringify(entityRecord(r)) };
  for (let i = 0; i < l.sentences.length; i += ROWS_PER_LINE) {
    const rows = sentenceRows(l.sentences, i);
    yield { t: 'sentences', count: rows.length, json: JSON.stringify({ t: 'sentences', rows }) };
  }
  const w = new AsciiWriter();
  for (const [win, start, end] of chunks(t.pairs, l.order)) {
    w.text(`{"t":"pairs","window":"${WINDOW_LIST[win] as WindowT}","rows":[`);
    for (let i = start; i < end; i++) {
      if (i > start) w.byte(0x2c);
      writePairRow(w, t, l, win, l.order[i] as number);
    }
    w.text(']}');
    yield { t: 'pairs', count: end - start, json: w.take() };
  }
  for (const d of sortedDiagnostics(t.diagnostics))
    yield { t: 'diagnostics', count: 1, json: JSON.stringify({ t: 'diagnostics', ...d }) };
}

/** Writes pair row `r` as JSON: [a, b, count, articles] or [a, b, count, articles, evidence]. */
function writePairRow(w: AsciiWriter, t: AggregateTables, l: Layout, win: number, r: number): void {
  const p = t.pairs;
  w.byte(0x5b);
  w.uint(l.rank[p.a[r] as number] as number);
  w.byte(0x2c);
  w.uint(l.rank[p.b[r] as number] as number);
  w.byte(0x2c);
  w.uint(p.count[r] as number);
  w.byte(0x2c);
  w.uint(p.articles[r] as number);
  const ev = rowEvidence(t, win, r);
  if (ev !== null) {
    w.text(',[');
    ev.forEach((e, k) => {
      w.text(k === 0 ? '[' : ',[');
      w.uint(l.sentenceIndex.get(e.s) as number);
      w.byte(0x2c);
      w.uint(e.aStart);
      w.byte(0x2c);
      w.uint(e.aEnd);
      w.byte(0x2c);
      w.uint(e.bStart);
      w.byte(0x2c);
      w.uint(e.bEnd);
      w.byte(0x5d);
    });
    w.byte(0x5d);
  }
  w.byte(0x5d);
}
