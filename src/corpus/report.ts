// The corpus report (corpus.json) of an aggregate: run facts, volume, categories, entities with their top partners,
// timelines, pairs with their association measures and evidence, and diagnostics.
import { ascending, group, rollup, sum } from 'd3-array';
import { CORPUS_VERSION, CorpusReport } from '../schema/corpus.js';
import type { CorpusPairT, CorpusReportT, EvidenceT, ReportOptionsT } from '../schema/corpus.js';
import { WINDOW_RANK } from '../schema/document.js';
import type { WindowT } from '../schema/document.js';
import { compiledValidator } from '../schema/validate.js';
import { pointOf } from './aggregate-lines.js';
import { WINDOW_LIST, sortedDiagnostics } from './aggregate-tables.js';
import type { AggregateTables, EntityRow } from './aggregate-tables.js';
import { isoWeekOf } from './calendar.js';
import { associate } from './stats.js';
import { sortedRecord } from './tally.js';

/** The corpus report schema, compiled on first use. */
const validateCorpus = compiledValidator(CorpusReport);

type PairCounts = CorpusReportT['run']['pairs'];
type CorpusEntityT = CorpusReportT['entities'][number];
/** Counts by day, ISO week and month. */
type Periods<V> = { day: Record<string, V>; week: Record<string, V>; month: Record<string, V> };
/** One side of a kept pair: a partner of the entity `of`. */
interface Partner {
  of: string;
  id: string;
  count: number;
  npmi: number;
  g2: number;
  pmi: number;
}

/** Rounds a measure to 6 decimals: enough for any ranking, and keeps the reports compact. */
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;
/** Rounds a p-value to 6 significant digits (it can be far below 1e-6). */
const sig6 = (x: number): number => Number(x.toPrecision(6));
/** The windows of window kind `w` that hold an entity. */
const windowsOf = (e: EntityRow, w: number): number => (w === 0 ? e.sentences : w === 1 ? e.blocks : e.articles);
const monthOf = (day: string): string => day.slice(0, 7);

/** The deterministic corpus report of an aggregate (stable ordering everywhere), validated by its schema. */
export function corpusReport(t: AggregateTables): CorpusReportT {
  const { pairs, counts } = pairsOf(t);
  const topOf = partnersOf(pairs, t.meta.options.top, t.entities);
  const week = weekCache();
  const entities = [...t.entities.values()].sort((a, b) => b.mentions - a.mentions || ascending(a.id, b.id));
  // Built in the schema's key order and validated by it before anything is written: zod is the contract of
  // corpus.json.
  const report: CorpusReportT = {
    version: CORPUS_VERSION,
    run: runOf(t, counts),
    volume: volumeOf(t.days, week),
    categories: [...t.categories.entries()]
      .map(([category, [articles, mentions]]) => ({ category, articles, mentions }))
      .sort((x, y) => y.articles - x.articles || ascending(x.category, y.category)),
    entities: entities.map((r) => entityOf(r, topOf(r.id))),
    timeline: entities.filter((r) => r.days.size > 0).map((r) => ({ entity: r.id, ...periodsOf(r.days, week) })),
    focusTimeline: entities
      .filter((r) => r.focusDays.size > 0)
      .map((r) => ({ entity: r.id, ...periodsOf(r.focusDays, week) })),
    pairs,
    diagnostics: sortedDiagnostics(t.diagnostics),
  };
  return validateCorpus(report);
}

function runOf(t: AggregateTables, pairs: PairCounts): CorpusReportT['run'] {
  const m = t.meta;
  return {
    pipeline: m.pipeline,
    pipelineHash: m.pipelineHash,
    dictionaryHash: m.dictionaryHash,
    dictionaries: m.dictionaries,
    timezone: m.timezone,
    options: m.options,
    articles: { ...t.articles },
    entities: t.entities.size,
    mentions: t.mentions,
    windows: { ...t.windows },
    pairs,
  };
}

/** The pairs kept by the report options, sorted by window kind, count and ids, and the distinct and kept pairs. */
function pairsOf(t: AggregateTables): { pairs: CorpusPairT[]; counts: PairCounts } {
  const o = t.meta.options.pairs;
  const counts = Object.fromEntries(WINDOW_LIST.map((w) => [w, { distinct: 0, kept: 0 }])) as PairCounts;
  const pairs: CorpusPairT[] = [];
  const p = t.pairs;
  for (let r = 0; r < p.size; r++) {
    const window = WINDOW_LIST[p.window[r] as number] as WindowT;
    counts[window].distinct++;
    if ((p.count[r] as number) < o.minCount || (p.articles[r] as number) < o.minArticles) continue;
    counts[window].kept++;
    pairs.push(pairOf(t, r));
  }
  pairs.sort(
    (x, y) =>
      WINDOW_RANK[x.window] - WINDOW_RANK[y.window] || y.count - x.count || ascending(x.a, y.a) || ascending(x.b, y.b),
  );
  return { pairs, counts };
}

/** Pair row `r` with its association measures and (sentence pairs) evidence. */
function pairOf(t: AggregateTables, r: number): CorpusPairT {
  const p = t.pairs;
  const w = p.window[r] as number;
  const window = WINDOW_LIST[w] as WindowT;
  const count = p.count[r] as number;
  const ea = t.rows[p.a[r] as number] as EntityRow;
  const eb = t.rows[p.b[r] as number] as EntityRow;
  // Consistent counts always hold (a pair's windows hold both entities); the guards only keep a damaged input from
  // stopping a whole report.
  const n1 = Math.max(windowsOf(ea, w), count);
  const n2 = Math.max(windowsOf(eb, w), count);
  const n = Math.max(t.windows[window], n1 + n2 - count);
  const m = associate(count, n1, n2, n);
  return {
    a: ea.id,
    b: eb.id,
    window,
    count,
    articles: p.articles[r] as number,
    expected: r6(m.expected),
    pmi: r6(m.pmi),
    npmi: r6(m.npmi),
    jaccard: r6(m.jaccard),
    dice: r6(m.dice),
    g2: r6(m.g2),
    p: sig6(m.p),
    evidence:
      w === 0
        ? (t.evidence[r] ?? []).map(
            (e): EvidenceT => ({
              article: e.s.article,
              date: e.s.date,
              block: e.s.block,
              sentence: e.s.sentence,
              text: e.s.text,
              aStart: e.aStart,
              aEnd: e.aEnd,
              bStart: e.bStart,
              bEnd: e.bEnd,
            }),
          )
        : [],
  };
}

/** The top partners of an entity id, among the kept pairs of the window kind the options name. */
function partnersOf(
  pairs: CorpusPairT[],
  top: ReportOptionsT['top'],
  entities: ReadonlyMap<string, EntityRow>,
): (id: string) => CorpusEntityT['top'] {
  const sides = pairs
    .filter((p) => p.window === top.window)
    .flatMap((p): Partner[] => [
      { of: p.a, id: p.b, count: p.count, npmi: p.npmi, g2: p.g2, pmi: p.pmi },
      { of: p.b, id: p.a, count: p.count, npmi: p.npmi, g2: p.g2, pmi: p.pmi },
    ]);
  const partners = group(sides, (x) => x.of);
  const key = top.by;
  return (id) => {
    let list = partners.get(id) ?? [];
    // "Belongs together" means more often than chance: ranking by a measure leaves out negative associations.
    if (key !== 'count') list = list.filter((x) => x.pmi > 0);
    list.sort((x, y) => y[key] - x[key] || y.count - x.count || ascending(x.id, y.id));
    return list
      .slice(0, top.k)
      .map((x) => ({ id: x.id, name: entities.get(x.id)?.name ?? x.id, count: x.count, npmi: x.npmi, g2: x.g2 }));
  };
}

function entityOf(r: EntityRow, top: CorpusEntityT['top']): CorpusEntityT {
  return {
    id: r.id,
    type: r.type,
    name: r.name,
    ...(r.iso2 !== undefined ? { iso2: r.iso2 } : {}),
    source: r.source,
    mentions: r.mentions,
    articles: r.articles,
    focusArticles: r.focusArticles,
    ...pointOf(r),
    windows: { sentence: r.sentences, block: r.blocks, article: r.articles },
    firstDate: r.firstDate,
    lastDate: r.lastDate,
    categories: [...r.categories.entries()]
      .map(([category, [mentions, articles]]) => ({ category, mentions, articles }))
      .sort((x, y) => y.mentions - x.mentions || ascending(x.category, y.category)),
    top,
  };
}

/** The ISO week of a day, remembered: a corpus has few distinct days, and luxon is slow. */
function weekCache(): (day: string) => string {
  const weekOf = new Map<string, string>();
  return (day) => {
    let w = weekOf.get(day);
    if (w === undefined) {
      w = isoWeekOf(day);
      weekOf.set(day, w);
    }
    return w;
  };
}

/** An entity's mentions by day, ISO week and month. */
function periodsOf(days: Map<string, number>, week: (day: string) => string): Periods<number> {
  const entries = [...days];
  const total = (v: Array<[string, number]>): number => sum(v, (x) => x[1]);
  return {
    day: sortedRecord(days),
    week: sortedRecord(rollup(entries, total, (x) => week(x[0]))),
    month: sortedRecord(rollup(entries, total, (x) => monthOf(x[0]))),
  };
}

/** The corpus's articles and mentions by day, ISO week and month. */
function volumeOf(
  days: Map<string, [number, number]>,
  week: (day: string) => string,
): Periods<{ articles: number; mentions: number }> {
  const entries = [...days];
  const total = (v: Array<[string, [number, number]]>): { articles: number; mentions: number } => ({
    articles: sum(v, (x) => x[1][0]),
    mentions: sum(v, (x) => x[1][1]),
  });
  return {
    day: sortedRecord(rollup(entries, total, (x) => x[0])),
    week: sortedRecord(rollup(entries, total, (x) => week(x[0]))),
    month: sortedRecord(rollup(entries, total, (x) => monthOf(x[0]))),
  };
}
