import { DateTime } from 'luxon';
import { CORPUS_VERSION, CorpusReport } from '../schema/corpus.js';
import type { AggregateDiagnosticsT, AggregateEntityT, AggregateHeaderT, AggregateLineT, AggregatePairT, CorpusPairT, CorpusReportT, EvidenceT, ReportOptionsT, WindowCountsT, WindowT } from '../schema/corpus.js';
import type { DiagnosticT, MentionSourceT } from '../schema/document.js';
import type { ArticleReportT } from '../schema/report.js';
import { associate } from './stats.js';

const SOURCE_RANK: Record<MentionSourceT, number> = { dictionary: 0, rule: 1, model: 2 };
const WINDOW_LIST: readonly WindowT[] = ['sentence', 'block', 'article'];
const WINDOW_RANK: Record<WindowT, number> = { sentence: 0, block: 1, article: 2 };
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** Entity indexes are packed into numeric pair keys: window · 2^48 + a · 2^24 + b stays below 2^53. */
const INDEX_LIMIT = 2 ** 24;

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

interface PairRow {
  window: WindowT;
  a: string;
  b: string;
  count: number;
  articles: number;
  /** Sentence pairs only: the best evidence so far, in evidence order, at most `options.evidence` long. */
  evidence: EvidenceT[] | null;
}

/** Null dates sort after every date, so dated evidence is preferred. */
const cmpDate = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : cmp(a, b));

/**
 * Evidence order: shorter sentences first (they tend to state the link most directly), then the text itself; for one
 * text, its earliest occurrence (date, article id, position). Everything compared is content, never arrival order,
 * so the k best are the same however the articles are split and merged.
 */
export function compareEvidence(x: EvidenceT, y: EvidenceT): number {
  return (
    x.text.length - y.text.length ||
    cmp(x.text, y.text) ||
    cmpDate(x.date, y.date) ||
    cmp(x.article, y.article) ||
    x.block - y.block ||
    x.sentence - y.sentence ||
    x.aStart - y.aStart ||
    x.aEnd - y.aEnd ||
    x.bStart - y.bStart ||
    x.bEnd - y.bEnd
  );
}

/** A copy of a string that does not keep a larger parent string alive (V8 slices share their parent's memory). */
function detach(s: string): string {
  return JSON.parse(JSON.stringify(s)) as string;
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
const sortedRecord = <V>(m: Map<string, V>): Record<string, V> => Object.fromEntries([...m.entries()].sort((x, y) => cmp(x[0], y[0])));

/** Rounds a measure to 6 decimals: enough for any ranking, and keeps the reports compact. */
const r6 = (x: number): number => Math.round(x * 1e6) / 1e6 || 0;
/** Rounds a p-value to 6 significant digits (it can be far below 1e-6). */
const sig6 = (x: number): number => Number(x.toPrecision(6));

/**
 * The corpus aggregate: grows one article report at a time and merges with another aggregate, so that memory
 * follows the number of distinct entities and pairs, not the number of articles. Built from disjoint sets of
 * articles and merged, in any order, it equals the aggregate of their union exactly; `records()` is its
 * serialisable form, and `absorb()` of those records is the merge.
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
  private readonly pairs = new Map<number, PairRow>();
  private readonly index = new Map<string, number>();
  private readonly diagnostics: Array<{ file: string; article: string | null; diagnostics: DiagnosticT[] }> = [];

  constructor(readonly meta: AggregateMeta) {}

  /** The time zone of the per-day counts. */
  get timezone(): string {
    return this.meta.timezone;
  }

  /** Records diagnostics of a file (with a null article for problems found while listing inputs). */
  addDiagnostics(file: string, article: string | null, diagnostics: DiagnosticT[]): void {
    this.diagnostics.push({ file, article, diagnostics });
  }

  private indexOf(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.index.size;
      if (i >= INDEX_LIMIT) throw new RangeError(`more than ${INDEX_LIMIT} distinct entities`);
      this.index.set(id, i);
    }
    return i;
  }

  private pairKey(window: WindowT, a: string, b: string): number {
    return WINDOW_RANK[window] * 2 ** 48 + this.indexOf(a) * INDEX_LIMIT + this.indexOf(b);
  }

  private pair(window: WindowT, a: string, b: string): PairRow {
    const key = this.pairKey(window, a, b);
    let row = this.pairs.get(key);
    if (row === undefined) this.pairs.set(key, (row = { window, a, b, count: 0, articles: 0, evidence: null }));
    return row;
  }

  /** The entity row for an id; differing descriptions are reconciled by content (best source, smallest string). */
  private entity(id: string, type: string, name: string, iso2: string | undefined, source: MentionSourceT): EntityRow {
    let row = this.entities.get(id);
    if (row === undefined) {
      row = { id, type, name, iso2, source, mentions: 0, articles: 0, sentences: 0, blocks: 0, firstDate: null, lastDate: null, days: new Map(), categories: new Map() };
      this.entities.set(id, row);
      this.indexOf(id);
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

  /** Keeps a candidate if it is among the k best distinct sentences of the pair. */
  private offer(row: PairRow, c: EvidenceT): void {
    const k = this.meta.options.evidence;
    if (k === 0) return;
    const ev = (row.evidence ??= []);
    const same = ev.findIndex((e) => e.text === c.text);
    if (same >= 0) {
      // One text is shown once, from its earliest occurrence; its rank among texts does not change.
      if (compareEvidence(c, ev[same] as EvidenceT) < 0) ev[same] = c;
      return;
    }
    if (ev.length >= k && compareEvidence(c, ev[k - 1] as EvidenceT) >= 0) return;
    if (ev.length >= k) ev.pop();
    let i = ev.length;
    while (i > 0 && compareEvidence(c, ev[i - 1] as EvidenceT) < 0) i--;
    ev.splice(i, 0, c);
  }

  /** Adds one article report. */
  add(report: ArticleReportT): void {
    this.articles.total++;
    this.articles[report.status]++;
    this.characters += report.stats.characters;
    if (report.diagnostics.length > 0) this.diagnostics.push({ file: report.source.path, article: report.id, diagnostics: report.diagnostics });
    // An article without any block has no text: it is no window of any kind.
    if (report.stats.blocks > 0) {
      this.windows.sentence += report.stats.sentences;
      this.windows.block += report.stats.blocks;
      this.windows.article += 1;
    }
    const date = report.meta.date;
    const day = date === null ? null : dayOf(date, this.meta.timezone);
    const categories = [...new Set(report.meta.categories)];
    let mentions = 0;
    for (const e of report.entities) {
      mentions += e.count;
      const row = this.entity(e.id, e.type, e.name, e.iso2, e.source);
      row.mentions += e.count;
      row.articles += 1;
      row.sentences += new Set(e.mentions.map((m) => m.sentence)).size;
      row.blocks += new Set(e.mentions.map((m) => m.block)).size;
      this.dates(row, date, date);
      if (day !== null) addTo(row.days, day, e.count);
      for (const c of categories) addPair(row.categories, c, e.count, 1);
    }
    this.mentions += mentions;
    if (day !== null) addPair(this.days, day, 1, mentions);
    for (const c of categories) addPair(this.categories, c, 1, mentions);
    let sentencePairs = false;
    for (const p of report.cooccurrences) {
      const row = this.pair(p.window, p.a, p.b);
      row.count += p.count;
      row.articles += 1;
      if (p.window === 'sentence') sentencePairs = true;
    }
    if (sentencePairs && this.meta.options.evidence > 0) this.addEvidence(report, date);
  }

  /** Offers every sentence holding two or more entities as evidence for each of its pairs. */
  private addEvidence(report: ArticleReportT, date: string | null): void {
    // The first mention of each entity in each sentence.
    const bySentence = new Map<number, Map<string, { start: number; end: number }>>();
    for (const e of report.entities) {
      for (const m of e.mentions) {
        let s = bySentence.get(m.sentence);
        if (s === undefined) bySentence.set(m.sentence, (s = new Map()));
        const cur = s.get(e.id);
        if (cur === undefined || m.start < cur.start || (m.start === cur.start && m.end < cur.end)) s.set(e.id, { start: m.start, end: m.end });
      }
    }
    const k = this.meta.options.evidence;
    for (const [si, found] of bySentence) {
      if (found.size < 2) continue;
      const sent = report.sentences[si];
      const block = sent === undefined ? undefined : report.blocks[sent.block];
      if (sent === undefined || block === undefined) continue;
      const raw = block.text.slice(sent.start, sent.end);
      let text: string | null = null;
      const ids = [...found.keys()].sort(cmp);
      for (let i = 0; i < ids.length; i++) {
        for (let j = i + 1; j < ids.length; j++) {
          const a = ids[i] as string;
          const b = ids[j] as string;
          const ma = found.get(a);
          const mb = found.get(b);
          if (ma === undefined || mb === undefined) continue;
          if (ma.start < sent.start || ma.end > sent.end || mb.start < sent.start || mb.end > sent.end) continue;
          const row = this.pairs.get(this.pairKey('sentence', a, b));
          if (row === undefined) continue;
          // Cheap rejection before building a candidate: a longer sentence cannot enter a full list.
          const last = row.evidence !== null && row.evidence.length >= k ? row.evidence[k - 1] : undefined;
          if (last !== undefined && raw.length > last.text.length) continue;
          text ??= detach(raw);
          this.offer(row, { article: report.id, date, block: sent.block, sentence: si, text, aStart: ma.start - sent.start, aEnd: ma.end - sent.start, bStart: mb.start - sent.start, bEnd: mb.end - sent.start });
        }
      }
    }
  }

  /** The serialisable form of the aggregate, in a deterministic order: header, entities, pairs, diagnostics. */
  *records(): Generator<AggregateHeaderT | AggregateEntityT | AggregatePairT | AggregateDiagnosticsT> {
    yield {
      t: 'header',
      format: 'guanxi-aggregate',
      version: 1,
      ...metaKey(this.meta),
      articles: { ...this.articles },
      mentions: this.mentions,
      characters: this.characters,
      windows: { ...this.windows },
      days: sortedRecord(this.days),
      categories: sortedRecord(this.categories),
    };
    for (const r of [...this.entities.values()].sort((x, y) => cmp(x.id, y.id))) {
      yield { t: 'entity', id: r.id, type: r.type, name: r.name, ...(r.iso2 !== undefined ? { iso2: r.iso2 } : {}), source: r.source, mentions: r.mentions, articles: r.articles, sentences: r.sentences, blocks: r.blocks, firstDate: r.firstDate, lastDate: r.lastDate, days: sortedRecord(r.days), categories: sortedRecord(r.categories) };
    }
    for (const p of [...this.pairs.values()].sort((x, y) => WINDOW_RANK[x.window] - WINDOW_RANK[y.window] || cmp(x.a, y.a) || cmp(x.b, y.b))) {
      const line: AggregatePairT = { t: 'pair', window: p.window, a: p.a, b: p.b, count: p.count, articles: p.articles };
      if (p.evidence !== null && p.evidence.length > 0) line.evidence = p.evidence;
      yield line;
    }
    for (const d of this.sortedDiagnostics()) yield { t: 'diagnostics', ...d };
  }

  private sortedDiagnostics(): Array<{ file: string; article: string | null; diagnostics: DiagnosticT[] }> {
    const keyed = this.diagnostics.map((d) => ({ d, json: JSON.stringify(d.diagnostics) }));
    keyed.sort((x, y) => cmp(x.d.file, y.d.file) || cmpDate(x.d.article, y.d.article) || cmp(x.json, y.json));
    return keyed.map((k) => k.d);
  }

  /**
   * Merges one record of another aggregate (from `records()` or an aggregate file). `rename` maps the other
   * run's article ids to the ids one run over all inputs would have given them.
   */
  absorb(line: AggregateLineT, rename?: (id: string) => string): void {
    switch (line.t) {
      case 'header': {
        const mine = JSON.stringify(metaKey(this.meta));
        const theirs = JSON.stringify(metaKey(line));
        if (mine !== theirs) throw new AggregateMismatch(`aggregates differ in pipeline, dictionaries, time zone or report options:\n  ${mine}\n  ${theirs}`);
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
        return;
      }
      case 'pair': {
        const row = this.pair(line.window, line.a, line.b);
        row.count += line.count;
        row.articles += line.articles;
        for (const e of line.evidence ?? []) this.offer(row, rename === undefined ? { ...e } : { ...e, article: rename(e.article) });
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
    const entities = [...this.entities.values()].sort((a, b) => b.mentions - a.mentions || cmp(a.id, b.id));
    const windowsOf = (id: string, w: WindowT): number => {
      const e = this.entities.get(id);
      return e === undefined ? 0 : w === 'sentence' ? e.sentences : w === 'block' ? e.blocks : e.articles;
    };
    const counts = Object.fromEntries(WINDOW_LIST.map((w) => [w, { distinct: 0, kept: 0 }])) as Record<WindowT, { distinct: number; kept: number }>;
    const pairs: CorpusPairT[] = [];
    for (const p of this.pairs.values()) {
      counts[p.window].distinct++;
      if (p.count < o.pairs.minCount || p.articles < o.pairs.minArticles) continue;
      counts[p.window].kept++;
      // Consistent counts always hold (a pair's windows hold both entities); the guards only keep a damaged
      // input from stopping a whole report.
      const n1 = Math.max(windowsOf(p.a, p.window), p.count);
      const n2 = Math.max(windowsOf(p.b, p.window), p.count);
      const n = Math.max(this.windows[p.window], n1 + n2 - p.count);
      const m = associate(p.count, n1, n2, n);
      pairs.push({
        a: p.a,
        b: p.b,
        window: p.window,
        count: p.count,
        articles: p.articles,
        expected: r6(m.expected),
        pmi: r6(m.pmi),
        npmi: r6(m.npmi),
        jaccard: r6(m.jaccard),
        dice: r6(m.dice),
        g2: r6(m.g2),
        p: sig6(m.p),
        evidence: p.window === 'sentence' ? (p.evidence ?? []).map((e) => ({ ...e })) : [],
      });
    }
    pairs.sort((x, y) => WINDOW_RANK[x.window] - WINDOW_RANK[y.window] || y.count - x.count || cmp(x.a, y.a) || cmp(x.b, y.b));

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
      list.sort((x, y) => y[key] - x[key] || y.count - x.count || cmp(x.id, y.id));
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

    return CorpusReport.parse({
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
      categories: [...this.categories.entries()].map(([category, [articles, mentions]]) => ({ category, articles, mentions })).sort((x, y) => y.articles - x.articles || cmp(x.category, y.category)),
      entities: entities.map((r) => {
        const out: CorpusReportT['entities'][number] = {
          id: r.id,
          type: r.type,
          name: r.name,
          source: r.source,
          mentions: r.mentions,
          articles: r.articles,
          windows: { sentence: r.sentences, block: r.blocks, article: r.articles },
          firstDate: r.firstDate,
          lastDate: r.lastDate,
          categories: [...r.categories.entries()].map(([category, [mentions, articles]]) => ({ category, mentions, articles })).sort((x, y) => y.mentions - x.mentions || cmp(x.category, y.category)),
          top: topOf(r.id),
        };
        if (r.iso2 !== undefined) out.iso2 = r.iso2;
        return out;
      }),
      timeline: entities.filter((r) => r.days.size > 0).map((r) => ({ entity: r.id, ...byPeriod(r.days) })),
      pairs,
      diagnostics: this.sortedDiagnostics(),
    });
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
