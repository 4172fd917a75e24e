// The tables a corpus aggregate accumulates and the operations that grow them, in a module of their own so that
// the accumulating class, the aggregate's lines and the report all read them without importing one another.
import { ascending } from 'd3-array';
import type { AggregateHeaderT } from '../schema/aggregate.js';
import type { ReportOptionsT, WindowCountsT } from '../schema/corpus.js';
import { Window } from '../schema/document.js';
import type { DiagnosticT, MentionSourceT, WindowT } from '../schema/document.js';
import { dayOf } from './calendar.js';
import { compareNullLast, keepEvidence } from './evidence.js';
import type { EvidenceEntry } from './evidence.js';
import { PairTable } from './pair-table.js';

const SOURCE_RANK: Record<MentionSourceT, number> = { dictionary: 0, rule: 1, model: 2 };

/** The window kinds in aggregate order: a pair row's window number is its position here. */
export const WINDOW_LIST: readonly WindowT[] = Window.options;

/** What a corpus aggregate was made with; two aggregates merge only when all of it is equal. */
export interface AggregateMeta {
  pipeline: string;
  pipelineHash: string;
  dictionaryHash: string;
  dictionaries: string[];
  timezone: string;
  options: ReportOptionsT;
}

/** The description of an aggregate's run (from its header line or its meta): the part that must agree for a merge. */
export function metaOf(m: AggregateMeta | AggregateHeaderT): AggregateMeta {
  return {
    pipeline: m.pipeline,
    pipelineHash: m.pipelineHash,
    dictionaryHash: m.dictionaryHash,
    dictionaries: m.dictionaries,
    timezone: m.timezone,
    options: m.options,
  };
}

/** One entity of the aggregate and its counts. */
export interface EntityRow {
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
  /** Articles whose focus holds the entity. */
  focusArticles: number;
  /** Day → articles whose focus holds the entity. */
  focusDays: Map<string, number>;
  /** The entity's point and GeoNames id (countries and places of a dictionary), if it has one. */
  point: EntityPoint | undefined;
}

/** A point: WGS 84 degrees, and the GeoNames id where there is one. */
export interface EntityPoint {
  lat: number;
  lon: number;
  geonames?: number | undefined;
}

/** The point of an entity by id (from the run's dictionaries), or undefined. */
export type PointLookup = (id: string) => EntityPoint | undefined;

/** The diagnostics of one input file (with a null article for problems found while listing inputs). */
export interface FileDiagnostics {
  file: string;
  article: string | null;
  diagnostics: DiagnosticT[];
}

/** The counts, entities, pairs, evidence and diagnostics of a corpus aggregate. */
export class AggregateTables {
  readonly articles = { total: 0, ok: 0, warnings: 0, failed: 0 };
  mentions = 0;
  characters = 0;
  /** Windows of each kind in the corpus (every sentence, block and article with text), the N of the measures. */
  readonly windows: WindowCountsT = { sentence: 0, block: 0, article: 0 };
  /** Day → [articles, mentions]. */
  readonly days = new Map<string, [number, number]>();
  /** Category → [articles, mentions]. */
  readonly categories = new Map<string, [number, number]>();
  readonly entities = new Map<string, EntityRow>();
  /** Entity rows by `idx`. */
  readonly rows: EntityRow[] = [];
  readonly pairs = new PairTable();
  /** Sentence pairs only: the best evidence so far by pair row, in evidence order, at most `options.evidence` long. */
  readonly evidence: Array<EvidenceEntry[] | null> = [];
  readonly diagnostics: FileDiagnostics[] = [];
  /** Article date → its day in the aggregate's zone (luxon is slow, and a corpus has few distinct dates). */
  private readonly dayCache = new Map<string, string | null>();

  constructor(
    readonly meta: AggregateMeta,
    private readonly points: PointLookup = () => undefined,
  ) {}

  /** The calendar day of an article date in the aggregate's zone. */
  dayOf(date: string): string | null {
    let day = this.dayCache.get(date);
    if (day === undefined) {
      day = dayOf(date, this.meta.timezone);
      this.dayCache.set(date, day);
    }
    return day;
  }

  /** The entity row for an id; differing descriptions are reconciled by content (best source, smallest string). */
  entity(id: string, type: string, name: string, iso2: string | undefined, source: MentionSourceT): EntityRow {
    let row = this.entities.get(id);
    if (row === undefined) {
      row = {
        idx: this.rows.length,
        id,
        type,
        name,
        iso2,
        source,
        mentions: 0,
        articles: 0,
        sentences: 0,
        blocks: 0,
        firstDate: null,
        lastDate: null,
        days: new Map(),
        categories: new Map(),
        focusArticles: 0,
        focusDays: new Map(),
        point: this.points(id),
      };
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

  /** Widens an entity's first and last dates to include `first` and `last`. */
  dates(row: EntityRow, first: string | null, last: string | null): void {
    if (first !== null && (row.firstDate === null || first < row.firstDate)) row.firstDate = first;
    if (last !== null && (row.lastDate === null || last > row.lastDate)) row.lastDate = last;
  }

  /** The pair row of two entities in window kind `w`, added with zero counts and no evidence if new. */
  pairRow(w: number, a: EntityRow, b: EntityRow): number {
    const r = this.pairs.upsert(w, a.idx, b.idx);
    if (r === this.evidence.length) this.evidence.push(null);
    return r;
  }

  /** Keeps a candidate if it is among the k best distinct sentences of the pair in row `r`. */
  offer(r: number, c: EvidenceEntry): void {
    const k = this.meta.options.evidence;
    if (k === 0) return;
    let ev = this.evidence[r] ?? null;
    if (ev === null) this.evidence[r] = ev = [];
    keepEvidence(ev, c, k);
  }
}

/** Diagnostics in a deterministic order: by file, article (null last), then content. */
export function sortedDiagnostics(diagnostics: readonly FileDiagnostics[]): FileDiagnostics[] {
  const keyed = diagnostics.map((d) => ({ d, json: JSON.stringify(d.diagnostics) }));
  keyed.sort(
    (x, y) => ascending(x.d.file, y.d.file) || compareNullLast(x.d.article, y.d.article) || ascending(x.json, y.json),
  );
  return keyed.map((k) => k.d);
}
