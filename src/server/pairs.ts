// Co-occurring pairs for partners and networks: the run's `pairs` table when no date range is given, or the same
// counts and measures made from the mentions of the articles in a range (the run's thresholds and windows, so that a
// range holding every article gives the `pairs` table back).
import type Database from 'better-sqlite3';
import { associate } from '../corpus/stats.js';
import { windowGroups } from '../stages/cooccur.js';
import type { MeasureT, WindowKindT } from './api-schema.js';
import type { Range } from './params.js';
import type { RunFacts } from './store.js';

/** One kept pair, `a` < `b`, with the measures the API ranks by. */
export interface PairRow {
  a: string;
  b: string;
  count: number;
  articles: number;
  npmi: number;
  g2: number;
}

/** A pair seen from one of its entities. */
export interface PartnerRow {
  partner: string;
  count: number;
  articles: number;
  npmi: number;
  g2: number;
}

/** Where partners come from: the precomputed table or a range's pair table. */
export interface PairSource {
  partners(id: string): PartnerRow[];
  all(): PairRow[];
}

/** Orders partners by a measure (then count, then id), best first. */
export function byMeasure(measure: MeasureT): (x: PartnerRow | PairRow, y: PartnerRow | PairRow) => number {
  return (x, y) => {
    const d = y[measure] - x[measure] || y.count - x.count;
    if (d !== 0) return d;
    const kx = 'partner' in x ? x.partner : `${x.a}\0${x.b}`;
    const ky = 'partner' in y ? y.partner : `${y.a}\0${y.b}`;
    return kx < ky ? -1 : kx > ky ? 1 : 0;
  };
}

/** The prepared statements of the precomputed pairs. */
export interface TablePairStatements {
  all: Database.Statement;
}

/** Prepares the statements of {@link tablePairs} (once per server). */
export function prepareTablePairs(db: Database.Database): TablePairStatements {
  return {
    all: db.prepare('SELECT a, b, count, articles, npmi, g2 FROM pairs WHERE window_kind = ?'),
  };
}

/** The run's kept pairs of one window kind, read once into memory (7,850 sentence pairs over xwlb) so that an ego
 * network's dozens of partner lists cost no query. */
export function tablePairs(st: TablePairStatements, window: WindowKindT): PairSource {
  return sourceOf(st.all.all(window) as PairRow[]);
}

/** A pair source over a list of kept pairs, with each entity's partners. */
function sourceOf(pairs: PairRow[]): PairSource {
  const adjacency = new Map<string, PartnerRow[]>();
  const add = (id: string, row: PartnerRow): void => {
    const list = adjacency.get(id);
    if (list === undefined) adjacency.set(id, [row]);
    else list.push(row);
  };
  for (const p of pairs) {
    const { a, b, ...rest } = p;
    add(a, { partner: b, ...rest });
    add(b, { partner: a, ...rest });
  }
  // Callers sort the lists they get: each gets its own copy.
  return { partners: (id) => [...(adjacency.get(id) ?? [])], all: () => pairs };
}

/** The statements that read a range's mentions. */
export interface RangePairStatements {
  span: Database.Statement;
  mentions: Database.Statement;
  skipped: Database.Statement;
}

/** Prepares the statements of {@link rangePairs}. */
export function prepareRangePairs(db: Database.Database): RangePairStatements {
  return {
    span: db.prepare(
      `SELECT coalesce(sum(sentences), 0) AS sentence, coalesce(sum(blocks), 0) AS block,
         coalesce(sum(blocks > 0), 0) AS article
       FROM articles WHERE day BETWEEN :from AND :to`,
    ),
    mentions: db.prepare(
      `SELECT m.article, m.block, m.sentence, m.entity FROM articles a JOIN mentions m ON m.article = a.id
       WHERE a.day BETWEEN :from AND :to ORDER BY m.article, m.seq`,
    ),
    skipped: db.prepare(
      `SELECT s.article || ':' || s.sentence FROM articles a JOIN sentences s ON s.article = a.id
       WHERE a.day BETWEEN :from AND :to AND s.skipped = 1`,
    ),
  };
}

const r6 = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;

/** Pair counts of a range: windows holding both, articles holding such a window, and each entity's windows. */
interface RangeCounts {
  ids: string[];
  together: Map<number, { count: number; articles: number }>;
  windows: number[];
}

/** Counts the pairs of the range's articles in one window kind, as the cooccur stage and the aggregate do. */
function countRange(st: RangePairStatements, range: Range, window: WindowKindT, facts: RunFacts): RangeCounts {
  const skipped = new Set(st.skipped.pluck().all(range) as string[]);
  const rank = new Map<string, number>();
  const ids: string[] = [];
  const windows: number[] = [];
  const together = new Map<number, { count: number; articles: number }>();
  // Pair keys are rank pairs in one number: ranks stay far below 2^26.
  const K = 1 << 26;
  let current = '';
  let rows: Array<{ block: number; sentence: number; entity: number }> = [];
  const flush = (): void => {
    const seen = new Set<number>();
    for (const [key, g] of windowGroups(rows, window)) {
      for (const e of g) windows[e] = (windows[e] ?? 0) + 1;
      if (g.size > facts.maxEntities) continue;
      if (window === 'sentence' && skipped.has(`${current}:${key}`)) continue;
      const list = [...g].sort((x, y) => x - y);
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const k = (list[i] as number) * K + (list[j] as number);
          let t = together.get(k);
          if (t === undefined) {
            t = { count: 0, articles: 0 };
            together.set(k, t);
          }
          t.count++;
          if (!seen.has(k)) {
            seen.add(k);
            t.articles++;
          }
        }
    }
  };
  for (const m of st.mentions.iterate(range) as Iterable<{
    article: string;
    block: number;
    sentence: number;
    entity: string;
  }>) {
    if (m.article !== current) {
      if (rows.length > 0) flush();
      current = m.article;
      rows = [];
    }
    let r = rank.get(m.entity);
    if (r === undefined) {
      r = ids.length;
      rank.set(m.entity, r);
      ids.push(m.entity);
    }
    rows.push({ block: m.block, sentence: m.sentence, entity: r });
  }
  if (rows.length > 0) flush();
  return { ids, together, windows };
}

/** The kept pairs of the articles dated in `range`, with their measures over the range's windows. */
export function rangePairs(st: RangePairStatements, range: Range, window: WindowKindT, facts: RunFacts): PairSource {
  const n = (st.span.get(range) as Record<WindowKindT, number>)[window];
  const { ids, together, windows } = countRange(st, range, window, facts);
  const K = 1 << 26;
  const pairs: PairRow[] = [];
  for (const [k, t] of together) {
    if (t.count < facts.minCount || t.articles < facts.minArticles) continue;
    const ra = Math.floor(k / K);
    const rb = k % K;
    const n1 = Math.max(windows[ra] ?? 0, t.count);
    const n2 = Math.max(windows[rb] ?? 0, t.count);
    const m = associate(t.count, n1, n2, Math.max(n, n1 + n2 - t.count));
    let a = ids[ra] as string;
    let b = ids[rb] as string;
    if (b < a) [a, b] = [b, a];
    pairs.push({ a, b, count: t.count, articles: t.articles, npmi: r6(m.npmi), g2: r6(m.g2) });
  }
  return sourceOf(pairs);
}
