import { DateTime } from 'luxon';
import { AGGREGATE_VERSION } from '../schema/aggregate.js';
import { CORPUS_VERSION, CorpusReport } from '../schema/corpus.js';
import type { AggregateDiagnosticsT, AggregateEntityT, AggregateEvidenceT, AggregateHeaderT, AggregateLineT, AggregatePairsT, AggregateSentencesT, ArticleContributionT } from '../schema/aggregate.js';
import type { CorpusPairT, CorpusReportT, EvidenceT, ReportOptionsT, WindowCountsT } from '../schema/corpus.js';
import { WINDOW_RANK, Window } from '../schema/document.js';
import type { DiagnosticT, MentionSourceT, WindowT } from '../schema/document.js';
import type { ArticleReportT } from '../schema/report.js';
import { compiledValidator } from '../schema/validate.js';
import { associate } from './stats.js';
import { ascending } from 'd3-array';
import { contributionOf } from '../article/contribution.js';

/** The corpus report schema, compiled on first use. */
const validateCorpus = compiledValidator(CorpusReport);

const SOURCE_RANK: Record<MentionSourceT, number> = { dictionary: 0, rule: 1, model: 2 };
/** The window kinds in aggregate order. */
const WINDOW_LIST: readonly WindowT[] = Window.options;
/** Entity ranks are packed into numeric sort keys: window · 2^48 + a · 2^24 + b stays below 2^53. */
const INDEX_LIMIT = 2 ** 24;
/** Sentence rows and pair rows are written this many to an aggregate line. */
const ROWS_PER_LINE = 1000;

/** The calendar day of a UTC ISO date in a zone (2024-01-01T17:00Z is 2024-01-02 in Asia/Shanghai). */
export function dayOf(isoDate: string, zone: string): string | null {
  const dt = DateTime.fromISO(isoDate, { zone: 'utc' }).setZone(zone);
  return dt.isValid ? dt.toISODate() : null;
}

/** The ISO week (2024-W01) of a calendar day written YYYY-MM-DD; the week-year can differ from the day's year. */
export function isoWeekOf(day: string): string {
  return DateTime.fromISO(day, { zone: 'utc' }).toFormat("kkkk-'W'WW");
}

/** What a corpus aggregate was made with; two aggregates merge only when all of it is equal. */
export interface AggregateMeta {
  pipeline: string;
  pipelineHash: string;
  dictionaryHash: string;
  dictionaries: string[];
  timezone: string;
  options: ReportOptionsT;
}

/** Raised when two aggregates cannot be merged (different pipeline, dictionaries, zone or options). */
export class AggregateMismatch extends Error {}

interface EntityRow {
  /** Position in the aggregate's entity list (arrival order), the pair table's name for the entity. */
  idx: number;
  id: string;
  type: string;
  name: string;
  iso2: string | undefined;
  source: MentionSourceT;
  mentions: number;
  articles: number;
  sentences: number;
  blocks: number;
  firstDate: string | null;
  lastDate: string | null;
  /** Day → mentions. */
  days: Map<string, number>;
  /** Category → [mentions, articles]. */
  categories: Map<string, [number, number]>;
}

/** A sentence offered as evidence, one object shared by every pair it supports. */
interface EvidenceSentence {
  article: string;
  date: string | null;
  block: number;
  sentence: number;
  text: string;
}

/** One evidence candidate of a pair: a shared sentence and the offsets of the pair's two entities in its text. */
interface EvidenceEntry {
  s: EvidenceSentence;
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Null dates sort after every date, so dated evidence is preferred. */
const cmpDate = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : ascending(a, b));

/**
 * Evidence order: shorter sentences first (they tend to state the link most directly), then the text itself; for one
 * text, its earliest occurrence (date, article id, position). Everything compared is content, never arrival order,
 * so the k best are the same however the articles are split and merged.
 */
function compareEvidence(x: EvidenceEntry, y: EvidenceEntry): number {
  const s = x.s;
  const t = y.s;
  return (
    s.text.length - t.text.length ||
    ascending(s.text, t.text) ||
    cmpDate(s.date, t.date) ||
    ascending(s.article, t.article) ||
    s.block - t.block ||
    s.sentence - t.sentence ||
    x.aStart - y.aStart ||
    x.aEnd - y.aEnd ||
    x.bStart - y.bStart ||
    x.bEnd - y.bEnd
  );
}

const addTo = (m: Map<string, number>, k: string, n: number): void => {
  m.set(k, (m.get(k) ?? 0) + n);
};
const addPair = (m: Map<string, [number, number]>, k: string, x: number, y: number): void => {
  const v = m.get(k);
  if (v === undefined) m.set(k, [x, y]);
  else {
    v[0] += x;
    v[1] += y;
  }
};
/** A map as an object with its keys in order (most maps arrive in order: dates do in a corpus read by date). */
function sortedRecord<V>(m: Map<string, V>): Record<string, V> {
  let prev: string | null = null;
  for (const k of m.keys()) {
    if (prev !== null && !(prev < k)) return Object.fromEntries([...m.entries()].sort((x, y) => ascending(x[0], y[0])));
    prev = k;
  }
  return Object.fromEntries(m);
}

/** Rounds a measure to 6 decimals: enough for any ranking, and keeps the reports compact. */
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;
/** Rounds a p-value to 6 significant digits (it can be far below 1e-6). */
const sig6 = (x: number): number => Number(x.toPrecision(6));

/**
 * The pairs of an aggregate: (window, a, b) → count and articles, in typed columns with an open-addressing index.
 * A corpus has about a million distinct pairs (新闻联播 2022–2024: 1.0 M over the three window kinds); as one object
 * each, they were most of the main thread's heap and of its garbage-collection time.
 */
class PairTable {
  size = 0;
  window = new Uint8Array(1024);
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  count = new Float64Array(1024);
  articles = new Float64Array(1024);
  /** Row + 1 for each occupied slot, 0 for a free one; a power of two, at most half full. */
  private slots = new Int32Array(2048);

  private slotOf(w: number, a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ (b + (w << 28));
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const mask = this.slots.length - 1;
    let s = h & mask;
    for (;;) {
      const r = this.slots[s] as number;
      if (r === 0 || (this.a[r - 1] === a && this.b[r - 1] === b && this.window[r - 1] === w)) return s;
      s = (s + 1) & mask;
    }
  }

  /** The row of a pair, or -1. */
  find(w: number, a: number, b: number): number {
    return (this.slots[this.slotOf(w, a, b)] as number) - 1;
  }

  /** The row of a pair, added with zero counts if new. */
  upsert(w: number, a: number, b: number): number {
    const s = this.slotOf(w, a, b);
    const r = this.slots[s] as number;
    if (r !== 0) return r - 1;
    const row = this.size++;
    if (row === this.a.length) this.grow();
    this.window[row] = w;
    this.a[row] = a;
    this.b[row] = b;
    this.slots[s] = row + 1;
    if (2 * this.size > this.slots.length) this.rehash();
    return row;
  }

  private grow(): void {
    const n = this.a.length * 2;
    const w = new Uint8Array(n);
    w.set(this.window);
    const a = new Int32Array(n);
    a.set(this.a);
    const b = new Int32Array(n);
    b.set(this.b);
    const c = new Float64Array(n);
    c.set(this.count);
    const x = new Float64Array(n);
    x.set(this.articles);
    [this.window, this.a, this.b, this.count, this.articles] = [w, a, b, c, x];
  }

  /** Doubles the index and re-inserts every row. */
  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let r = 0; r < this.size; r++) this.slots[this.slotOf(this.window[r] as number, this.a[r] as number, this.b[r] as number)] = r + 1;
  }
}

/** ASCII text built in a growing byte buffer: numbers and punctuation without strings in between. */
class AsciiWriter {
  private buf = Buffer.allocUnsafe(1 << 16);
  private n = 0;

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.n + k));
    this.buf.copy(bigger, 0, 0, this.n);
    this.buf = bigger;
  }

  byte(b: number): void {
    this.room(1);
    this.buf[this.n++] = b;
  }

  /** ASCII text. */
  text(s: string): void {
    this.room(s.length);
    this.n += this.buf.write(s, this.n, 'latin1');
  }

  /** A non-negative integer, as JSON writes it. */
  uint(x: number): void {
    if (!(x >= 0 && x < 2 ** 31 && x === Math.floor(x))) {
      this.text(JSON.stringify(x));
      return;
    }
    let digits = 1;
    for (let t = x; t >= 10; t = (t / 10) | 0) digits++;
    this.room(digits);
    let i = this.n + digits;
    let t = x;
    do {
      const q = (t / 10) | 0;
      this.buf[--i] = 48 + t - q * 10;
      t = q;
    } while (t > 0);
    this.n += digits;
  }

  /** The bytes written since the last take (a copy: the buffer is reused). */
  take(): Uint8Array {
    const out = Buffer.from(this.buf.subarray(0, this.n));
    this.n = 0;
    return out;
  }
}

/** What makes an evidence sentence one row of the aggregate's sentence table. */
const sentenceKey = (s: EvidenceSentence): string => `${s.article}\u0000${s.block}\u0000${s.sentence}`;

/** The sentences and entities an aggregate file refers to by position, as its lines are absorbed. */
interface SourceTables {
  entities: EntityRow[];
  sentences: EvidenceSentence[];
}

/**
 * The corpus aggregate: grows one article at a time and merges with another aggregate, so that memory follows the
 * number of distinct entities and pairs, not the number of articles. Built from disjoint sets of articles and merged,
 * in any order, it equals the aggregate of their union exactly; `records()` is its serialisable form, and `absorb()`
 * of those records is the merge.
 */
export class CorpusAggregate {
  readonly articles = { total: 0, ok: 0, warnings: 0, failed: 0 };
  mentions = 0;
  characters = 0;
  /** Windows of each kind in the corpus (every sentence, block and article with text), the N of the measures. */
  readonly windows: WindowCountsT = { sentence: 0, block: 0, article: 0 };
  /** Day → [articles, mentions]. */
  private readonly days = new Map<string, [number, number]>();
  /** Category → [articles, mentions]. */
  private readonly categories = new Map<string, [number, number]>();
  readonly entities = new Map<string, EntityRow>();
  /** Entity rows by `idx`. */
  private readonly rows: EntityRow[] = [];
  private readonly pairs = new PairTable();
  /** Sentence pairs only: the best evidence so far by pair row, in evidence order, at most `options.evidence` long. */
  private readonly evidence: Array<EvidenceEntry[] | null> = [];
  private readonly diagnostics: Array<{ file: string; article: string | null; diagnostics: DiagnosticT[] }> = [];
  /** Article date → its day in the aggregate's zone (luxon is slow, and a corpus has few distinct dates). */
  private readonly dayCache = new Map<string, string | null>();
  /** The tables of the aggregate file being absorbed (reset by each header line). */
  private source: SourceTables = { entities: [], sentences: [] };

  constructor(readonly meta: AggregateMeta) {}

  /** The time zone of the per-day counts. */
  get timezone(): string {
    return this.meta.timezone;
  }

  /** Records diagnostics of a file (with a null article for problems found while listing inputs). */
  addDiagnostics(file: string, article: string | null, diagnostics: DiagnosticT[]): void {
    this.diagnostics.push({ file, article, diagnostics });
  }

  private dayOf(date: string): string | null {
    let day = this.dayCache.get(date);
    if (day === undefined) this.dayCache.set(date, (day = dayOf(date, this.meta.timezone)));
    return day;
  }

  private pairRow(w: number, a: EntityRow, b: EntityRow): number {
    const r = this.pairs.upsert(w, a.idx, b.idx);
    if (r === this.evidence.length) this.evidence.push(null);
    return r;
  }

  /** The entity row for an id; differing descriptions are reconciled by content (best source, smallest string). */
  private entity(id: string, type: string, name: string, iso2: string | undefined, source: MentionSourceT): EntityRow {
    let row = this.entities.get(id);
    if (row === undefined) {
      row = { idx: this.rows.length, id, type, name, iso2, source, mentions: 0, articles: 0, sentences: 0, blocks: 0, firstDate: null, lastDate: null, days: new Map(), categories: new Map() };
      this.entities.set(id, row);
      this.rows.push(row);
      return row;
    }
    if (type < row.type) row.type = type;
    if (name < row.name) row.name = name;
    if (iso2 !== undefined && (row.iso2 === undefined || iso2 < row.iso2)) row.iso2 = iso2;
    if (SOURCE_RANK[source] < SOURCE_RANK[row.source]) row.source = source;
    return row;
  }

  private dates(row: EntityRow, first: string | null, last: string | null): void {
    if (first !== null && (row.firstDate === null || first < row.firstDate)) row.firstDate = first;
    if (last !== null && (row.lastDate === null || last > row.lastDate)) row.lastDate = last;
  }

  /** Keeps a candidate if it is among the k best distinct sentences of the pair in row `r`. */
  private offer(r: number, c: EvidenceEntry): void {
    const k = this.meta.options.evidence;
    if (k === 0) return;
    let ev = this.evidence[r] ?? null;
    if (ev === null) this.evidence[r] = ev = [];
    const text = c.s.text;
    const same = ev.findIndex((e) => e.s.text === text);
    if (same >= 0) {
      // One text is shown once, from its earliest occurrence; its rank among texts does not change.
      if (compareEvidence(c, ev[same] as EvidenceEntry) < 0) ev[same] = c;
      return;
    }
    if (ev.length >= k && compareEvidence(c, ev[k - 1] as EvidenceEntry) >= 0) return;
    if (ev.length >= k) ev.pop();
    let i = ev.length;
    while (i > 0 && compareEvidence(c, ev[i - 1] as EvidenceEntry) < 0) i--;
    ev.splice(i, 0, c);
  }

  /** Adds one article report (the runner adds contributions computed where the article was processed). */
  add(report: ArticleReportT): void {
    this.addContribution(contributionOf(report));
  }

  /** Adds what one article contributes ({@link contributionOf}). */
  addContribution(c: ArticleContributionT): void {
    this.articles.total++;
    this.articles[c.status]++;
    this.characters += c.characters;
    if (c.diagnostics.length > 0) this.diagnostics.push({ file: c.file, article: c.id, diagnostics: c.diagnostics });
    // An article without any block has no text: it is no window of any kind.
    if (c.blocks > 0) {
      this.windows.sentence += c.sentences;
      this.windows.block += c.blocks;
      this.windows.article += 1;
    }
    const date = c.date;
    const day = date === null ? null : this.dayOf(date);
    const categories = c.categories.length > 1 ? [...new Set(c.categories)] : c.categories;
    const local: EntityRow[] = [];
    let mentions = 0;
    for (const [id, type, name, iso2, source, count, sentences, blocks] of c.entities) {
      mentions += count;
      const row = this.entity(id, type, name, iso2 ?? undefined, source);
      row.mentions += count;
      row.articles += 1;
      row.sentences += sentences;
      row.blocks += blocks;
      this.dates(row, date, date);
      if (day !== null) addTo(row.days, day, count);
      for (const cat of categories) addPair(row.categories, cat, count, 1);
      local.push(row);
    }
    this.mentions += mentions;
    if (day !== null) addPair(this.days, day, 1, mentions);
    for (const cat of categories) addPair(this.categories, cat, 1, mentions);
    const pairs = this.pairs;
    for (const [w, a, b, count] of c.pairs) {
      const ra = local[a];
      const rb = local[b];
      if (ra === undefined || rb === undefined) continue;
      const r = this.pairRow(w, ra, rb);
      (pairs.count[r] as number) += count;
      (pairs.articles[r] as number) += 1;
    }
    const k = this.meta.options.evidence;
    if (k === 0) return;
    for (const [block, sentence, text, members] of c.evidence) {
      let s: EvidenceSentence | null = null;
      for (let i = 0; i < members.length; i += 3) {
        const ra = local[members[i] as number];
        if (ra === undefined) continue;
        for (let j = i + 3; j < members.length; j += 3) {
          const rb = local[members[j] as number];
          if (rb === undefined) continue;
          const r = pairs.find(0, ra.idx, rb.idx);
          if (r < 0) continue;
          // Cheap rejection before building a candidate: a longer sentence cannot enter a full list.
          const ev = this.evidence[r];
          const last = ev !== null && ev !== undefined && ev.length >= k ? ev[k - 1] : undefined;
          if (last !== undefined && text.length > last.s.text.length) continue;
          s ??= { article: c.id, date, block, sentence, text };
          this.offer(r, { s, aStart: members[i + 1] as number, aEnd: members[i + 2] as number, bStart: members[j + 1] as number, bEnd: members[j + 2] as number });
        }
      }
    }
  }

  /**
   * The order of the aggregate's serialisable form: entities by id (`rank` maps an entity's `idx` to its position),
   * pair rows by window kind, a and b, and the evidence sentence table (every sentence some pair keeps, once, in
   * order of first use).
   */
  private layout(): { byId: EntityRow[]; rank: Int32Array; order: Int32Array; sentences: EvidenceSentence[]; sentenceIndex: Map<EvidenceSentence, number> } {
    const byId = [...this.rows].sort((x, y) => ascending(x.id, y.id));
    if (byId.length > INDEX_LIMIT) throw new RangeError(`more than ${INDEX_LIMIT} distinct entities`);
    const rank = new Int32Array(this.rows.length);
    byId.forEach((r, i) => (rank[r.idx] = i));
    // Rows sorted natively on packed numeric keys (window, a, b, then the row itself in the low bits): a comparator
    // over a million rows is several times slower. Past a double's 53 bits (millions of entities and pairs), it is.
    const p = this.pairs;
    const eBits = Math.max(1, Math.ceil(Math.log2(byId.length + 1)));
    const rBits = Math.max(1, Math.ceil(Math.log2(p.size + 1)));
    let order: Int32Array;
    if (2 + 2 * eBits + rBits <= 53) {
      const E = 2 ** eBits;
      const R = 2 ** rBits;
      const keys = new Float64Array(p.size);
      for (let r = 0; r < p.size; r++) keys[r] = (((p.window[r] as number) * E + (rank[p.a[r] as number] as number)) * E + (rank[p.b[r] as number] as number)) * R + r;
      keys.sort();
      order = new Int32Array(p.size);
      for (let i = 0; i < keys.length; i++) order[i] = (keys[i] as number) % R;
    } else {
      const ra = (r: number): number => rank[p.a[r] as number] as number;
      const rb = (r: number): number => rank[p.b[r] as number] as number;
      order = Int32Array.from({ length: p.size }, (_, r) => r).sort((x, y) => (p.window[x] as number) - (p.window[y] as number) || ra(x) - ra(y) || rb(x) - rb(y));
    }
    // One sentence is one object, shared by its pairs; the key only matters should two objects be the same sentence.
    const sentenceIndex = new Map<EvidenceSentence, number>();
    const byKey = new Map<string, number>();
    const sentences: EvidenceSentence[] = [];
    for (const r of order) {
      if (p.window[r] !== 0) break;
      for (const e of this.evidence[r] ?? []) {
        if (sentenceIndex.has(e.s)) continue;
        const key = sentenceKey(e.s);
        let i = byKey.get(key);
        if (i === undefined) {
          byKey.set(key, (i = sentences.length));
          sentences.push(e.s);
        }
        sentenceIndex.set(e.s, i);
      }
    }
    return { byId, rank, order, sentences, sentenceIndex };
  }

  private header(): AggregateHeaderT {
    return {
      t: 'header',
      format: 'guanxi-aggregate',
      version: AGGREGATE_VERSION,
      ...metaKey(this.meta),
      articles: { ...this.articles },
      mentions: this.mentions,
      characters: this.characters,
      windows: { ...this.windows },
      days: sortedRecord(this.days),
      categories: sortedRecord(this.categories),
    };
  }

  private entityRecord(r: EntityRow): AggregateEntityT {
    return { t: 'entity', id: r.id, type: r.type, name: r.name, ...(r.iso2 !== undefined ? { iso2: r.iso2 } : {}), source: r.source, mentions: r.mentions, articles: r.articles, sentences: r.sentences, blocks: r.blocks, firstDate: r.firstDate, lastDate: r.lastDate, days: sortedRecord(r.days), categories: sortedRecord(r.categories) };
  }

  /** Chunks of rows, at most ROWS_PER_LINE long and never spanning two window kinds: [window, first, end) of `order`. */
  private *chunks(order: Int32Array): Generator<[number, number, number]> {
    const p = this.pairs;
    let start = 0;
    for (let i = 1; i <= order.length; i++) {
      if (i === order.length || i - start === ROWS_PER_LINE || p.window[order[i] as number] !== p.window[order[start] as number]) {
        yield [p.window[order[start] as number] as number, start, i];
        start = i;
      }
    }
  }

  /**
   * The serialisable form of the aggregate, in a deterministic order: the header, entities by id, the evidence
   * sentence table, pairs by window kind, a and b (naming entities and sentences by position), then diagnostics.
   */
  *records(): Generator<AggregateHeaderT | AggregateEntityT | AggregateSentencesT | AggregatePairsT | AggregateDiagnosticsT> {
    yield this.header();
    const { byId, rank, order, sentences, sentenceIndex } = this.layout();
    for (const r of byId) yield this.entityRecord(r);
    for (let i = 0; i < sentences.length; i += ROWS_PER_LINE) yield { t: 'sentences', rows: sentences.slice(i, i + ROWS_PER_LINE).map((s) => [s.article, s.date, s.block, s.sentence, s.text]) };
    const p = this.pairs;
    for (const [w, start, end] of this.chunks(order)) {
      const rows: AggregatePairsT['rows'] = [];
      for (let i = start; i < end; i++) {
        const r = order[i] as number;
        const row: [number, number, number, number] = [rank[p.a[r] as number] as number, rank[p.b[r] as number] as number, p.count[r] as number, p.articles[r] as number];
        const ev = this.evidence[r];
        rows.push(w === 0 && ev !== null && ev !== undefined && ev.length > 0 ? [...row, ev.map((e): AggregateEvidenceT => [sentenceIndex.get(e.s) as number, e.aStart, e.aEnd, e.bStart, e.bEnd])] : row);
      }
      yield { t: 'pairs', window: WINDOW_LIST[w] as WindowT, rows };
    }
    for (const d of this.sortedDiagnostics()) yield { t: 'diagnostics', ...d };
  }

  /**
   * `records()` as JSON text, one line per record (without its newline), the same characters: the pair lines, most
   * of the file, are written as ASCII bytes directly rather than built as arrays, stringified and encoded (which
   * took several times longer, most of it collecting the garbage).
   */
  *lines(): Generator<{ t: AggregateLineT['t']; count: number; json: string | Uint8Array }> {
    yield { t: 'header', count: 1, json: JSON.stringify(this.header()) };
    const { byId, rank, order, sentences, sentenceIndex } = this.layout();
    for (const r of byId) yield { t: 'entity', count: 1, json: JSON.stringify(this.entityRecord(r)) };
    for (let i = 0; i < sentences.length; i += ROWS_PER_LINE) {
      const rows = sentences.slice(i, i + ROWS_PER_LINE).map((s) => [s.article, s.date, s.block, s.sentence, s.text]);
      yield { t: 'sentences', count: rows.length, json: JSON.stringify({ t: 'sentences', rows }) };
    }
    const p = this.pairs;
    const w = new AsciiWriter();
    for (const [win, start, end] of this.chunks(order)) {
      w.text(`{"t":"pairs","window":"${WINDOW_LIST[win] as WindowT}","rows":[`);
      for (let i = start; i < end; i++) {
        const r = order[i] as number;
        if (i > start) w.byte(0x2c);
        w.byte(0x5b);
        w.uint(rank[p.a[r] as number] as number);
        w.byte(0x2c);
        w.uint(rank[p.b[r] as number] as number);
        w.byte(0x2c);
        w.uint(p.count[r] as number);
        w.byte(0x2c);
        w.uint(p.articles[r] as number);
        const ev = this.evidence[r];
        if (win === 0 && ev !== null && ev !== undefined && ev.length > 0) {
          w.text(',[');
          ev.forEach((e, k) => {
            w.text(k === 0 ? '[' : ',[');
            w.uint(sentenceIndex.get(e.s) as number);
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
      w.text(']}');
      yield { t: 'pairs', count: end - start, json: w.take() };
    }
    for (const d of this.sortedDiagnostics()) yield { t: 'diagnostics', count: 1, json: JSON.stringify({ t: 'diagnostics', ...d }) };
  }

  private sortedDiagnostics(): Array<{ file: string; article: string | null; diagnostics: DiagnosticT[] }> {
    const keyed = this.diagnostics.map((d) => ({ d, json: JSON.stringify(d.diagnostics) }));
    keyed.sort((x, y) => ascending(x.d.file, y.d.file) || cmpDate(x.d.article, y.d.article) || ascending(x.json, y.json));
    return keyed.map((k) => k.d);
  }

  /**
   * Merges one record of another aggregate (from `records()` or an aggregate file, in their order: a header line
   * starts a new source, whose entity and sentence positions the later lines refer to). `rename` maps the other
   * run's article ids to the ids one run over all inputs would have given them.
   */
  absorb(line: AggregateLineT, rename?: (id: string) => string): void {
    switch (line.t) {
      case 'header': {
        const mine = JSON.stringify(metaKey(this.meta));
        const theirs = JSON.stringify(metaKey(line));
        if (mine !== theirs) throw new AggregateMismatch(`aggregates differ in pipeline, dictionaries, time zone or report options:\n  ${mine}\n  ${theirs}`);
        this.source = { entities: [], sentences: [] };
        for (const k of ['total', 'ok', 'warnings', 'failed'] as const) this.articles[k] += line.articles[k];
        this.mentions += line.mentions;
        this.characters += line.characters;
        for (const w of WINDOW_LIST) this.windows[w] += line.windows[w];
        for (const [d, [a, m]] of Object.entries(line.days)) addPair(this.days, d, a, m);
        for (const [c, [a, m]] of Object.entries(line.categories)) addPair(this.categories, c, a, m);
        return;
      }
      case 'entity': {
        const row = this.entity(line.id, line.type, line.name, line.iso2, line.source);
        row.mentions += line.mentions;
        row.articles += line.articles;
        row.sentences += line.sentences;
        row.blocks += line.blocks;
        this.dates(row, line.firstDate, line.lastDate);
        for (const [d, n] of Object.entries(line.days)) addTo(row.days, d, n);
        for (const [c, [m, a]] of Object.entries(line.categories)) addPair(row.categories, c, m, a);
        this.source.entities.push(row);
        return;
      }
      case 'sentences':
        for (const [article, date, block, sentence, text] of line.rows) this.source.sentences.push({ article: rename === undefined ? article : rename(article), date, block, sentence, text });
        return;
      case 'pairs': {
        const w = WINDOW_RANK[line.window];
        for (const row of line.rows) {
          const a = this.source.entities[row[0]];
          const b = this.source.entities[row[1]];
          if (a === undefined || b === undefined) throw new RangeError(`pair row names entity ${a === undefined ? row[0] : row[1]}, but the aggregate has ${this.source.entities.length}`);
          const r = this.pairRow(w, a, b);
          (this.pairs.count[r] as number) += row[2];
          (this.pairs.articles[r] as number) += row[3];
          for (const [si, aStart, aEnd, bStart, bEnd] of row[4] ?? []) {
            const s = this.source.sentences[si];
            if (s === undefined) throw new RangeError(`pair row names sentence ${si}, but the aggregate has ${this.source.sentences.length}`);
            this.offer(r, { s, aStart, aEnd, bStart, bEnd });
          }
        }
        return;
      }
      case 'diagnostics':
        this.diagnostics.push({ file: line.file, article: line.article === null || rename === undefined ? line.article : rename(line.article), diagnostics: line.diagnostics });
        return;
      default:
        // Ids and the end marker belong to the file, not to the aggregate.
        return;
    }
  }

  /** Merges another aggregate (built from disjoint articles) into this one. */
  merge(other: CorpusAggregate): void {
    for (const r of other.records()) this.absorb(r);
  }

  /** The deterministic corpus report (stable ordering everywhere), validated by its schema. */
  toReport(): CorpusReportT {
    const o = this.meta.options;
    const entities = [...this.entities.values()].sort((a, b) => b.mentions - a.mentions || ascending(a.id, b.id));
    const windowsOf = (e: EntityRow, w: number): number => (w === 0 ? e.sentences : w === 1 ? e.blocks : e.articles);
    const counts = Object.fromEntries(WINDOW_LIST.map((w) => [w, { distinct: 0, kept: 0 }])) as Record<WindowT, { distinct: number; kept: number }>;
    const pairs: CorpusPairT[] = [];
    const t = this.pairs;
    for (let r = 0; r < t.size; r++) {
      const w = t.window[r] as number;
      const window = WINDOW_LIST[w] as WindowT;
      const count = t.count[r] as number;
      const articles = t.articles[r] as number;
      counts[window].distinct++;
      if (count < o.pairs.minCount || articles < o.pairs.minArticles) continue;
      counts[window].kept++;
      const ea = this.rows[t.a[r] as number] as EntityRow;
      const eb = this.rows[t.b[r] as number] as EntityRow;
      // Consistent counts always hold (a pair's windows hold both entities); the guards only keep a damaged
      // input from stopping a whole report.
      const n1 = Math.max(windowsOf(ea, w), count);
      const n2 = Math.max(windowsOf(eb, w), count);
      const n = Math.max(this.windows[window], n1 + n2 - count);
      const m = associate(count, n1, n2, n);
      pairs.push({
        a: ea.id,
        b: eb.id,
        window,
        count,
        articles,
        expected: r6(m.expected),
        pmi: r6(m.pmi),
        npmi: r6(m.npmi),
        jaccard: r6(m.jaccard),
        dice: r6(m.dice),
        g2: r6(m.g2),
        p: sig6(m.p),
        evidence: w === 0 ? (this.evidence[r] ?? []).map((e): EvidenceT => ({ article: e.s.article, date: e.s.date, block: e.s.block, sentence: e.s.sentence, text: e.s.text, aStart: e.aStart, aEnd: e.aEnd, bStart: e.bStart, bEnd: e.bEnd })) : [],
      });
    }
    pairs.sort((x, y) => WINDOW_RANK[x.window] - WINDOW_RANK[y.window] || y.count - x.count || ascending(x.a, y.a) || ascending(x.b, y.b));

    // Top partners of each entity, among the kept pairs of one window kind.
    const partners = new Map<string, Array<{ id: string; count: number; npmi: number; g2: number; pmi: number }>>();
    for (const p of pairs) {
      if (p.window !== o.top.window) continue;
      for (const [x, y] of [
        [p.a, p.b],
        [p.b, p.a],
      ] as const) {
        let list = partners.get(x);
        if (list === undefined) partners.set(x, (list = []));
        list.push({ id: y, count: p.count, npmi: p.npmi, g2: p.g2, pmi: p.pmi });
      }
    }
    const topOf = (id: string): CorpusReportT['entities'][number]['top'] => {
      let list = partners.get(id) ?? [];
      // "Belongs together" means more often than chance: ranking by a measure leaves out negative associations.
      if (o.top.by !== 'count') list = list.filter((x) => x.pmi > 0);
      const key = o.top.by;
      list.sort((x, y) => y[key] - x[key] || y.count - x.count || ascending(x.id, y.id));
      return list.slice(0, o.top.k).map((x) => ({ id: x.id, name: this.entities.get(x.id)?.name ?? x.id, count: x.count, npmi: x.npmi, g2: x.g2 }));
    };

    const weekOf = new Map<string, string>();
    const week = (day: string): string => {
      let w = weekOf.get(day);
      if (w === undefined) weekOf.set(day, (w = isoWeekOf(day)));
      return w;
    };
    const byPeriod = (days: Map<string, number>): { day: Record<string, number>; week: Record<string, number>; month: Record<string, number> } => {
      const weeks = new Map<string, number>();
      const months = new Map<string, number>();
      for (const [d, n] of days) {
        addTo(weeks, week(d), n);
        addTo(months, d.slice(0, 7), n);
      }
      return { day: sortedRecord(days), week: sortedRecord(weeks), month: sortedRecord(months) };
    };
    const volume = { day: new Map<string, { articles: number; mentions: number }>(), week: new Map<string, { articles: number; mentions: number }>(), month: new Map<string, { articles: number; mentions: number }>() };
    for (const [d, [a, m]] of this.days) {
      for (const [period, key] of [
        ['day', d],
        ['week', week(d)],
        ['month', d.slice(0, 7)],
      ] as const) {
        const v = volume[period].get(key);
        if (v === undefined) volume[period].set(key, { articles: a, mentions: m });
        else {
          v.articles += a;
          v.mentions += m;
        }
      }
    }

    // Built in the schema's key order and validated by it before anything is written (zod is the contract of
    // corpus.json; the parse costs about a fifth of writing the corpus outputs, a price worth a checked report).
    const report: CorpusReportT = {
      version: CORPUS_VERSION,
      run: {
        pipeline: this.meta.pipeline,
        pipelineHash: this.meta.pipelineHash,
        dictionaryHash: this.meta.dictionaryHash,
        dictionaries: this.meta.dictionaries,
        timezone: this.meta.timezone,
        options: this.meta.options,
        articles: { ...this.articles },
        entities: this.entities.size,
        mentions: this.mentions,
        windows: { ...this.windows },
        pairs: counts,
      },
      volume: { day: sortedRecord(volume.day), week: sortedRecord(volume.week), month: sortedRecord(volume.month) },
      categories: [...this.categories.entries()].map(([category, [articles, mentions]]) => ({ category, articles, mentions })).sort((x, y) => y.articles - x.articles || ascending(x.category, y.category)),
      entities: entities.map((r) => {
        const out: CorpusReportT['entities'][number] = {
          id: r.id,
          type: r.type,
          name: r.name,
          ...(r.iso2 !== undefined ? { iso2: r.iso2 } : {}),
          source: r.source,
          mentions: r.mentions,
          articles: r.articles,
          windows: { sentence: r.sentences, block: r.blocks, article: r.articles },
          firstDate: r.firstDate,
          lastDate: r.lastDate,
          categories: [...r.categories.entries()].map(([category, [mentions, articles]]) => ({ category, mentions, articles })).sort((x, y) => y.mentions - x.mentions || ascending(x.category, y.category)),
          top: topOf(r.id),
        };
        return out;
      }),
      timeline: entities.filter((r) => r.days.size > 0).map((r) => ({ entity: r.id, ...byPeriod(r.days) })),
      pairs,
      diagnostics: this.sortedDiagnostics(),
    };
    return validateCorpus(report);
  }
}

/** The part of an aggregate's description that must agree for a merge. */
function metaKey(m: AggregateMeta | AggregateHeaderT): AggregateMeta {
  return { pipeline: m.pipeline, pipelineHash: m.pipelineHash, dictionaryHash: m.dictionaryHash, dictionaries: m.dictionaries, timezone: m.timezone, options: m.options };
}

/** The description of an aggregate file's run, from its header line. */
export function metaOf(header: AggregateHeaderT): AggregateMeta {
  return metaKey(header);
}
