import { DateTime } from 'luxon';
import { CorpusReport, REPORT_VERSION } from '../schema/report.js';
import type { ArticleReportT, CorpusReportT } from '../schema/report.js';
import type { DiagnosticT, MentionSourceT } from '../schema/document.js';

interface EntityRow {
  type: string;
  name: string;
  iso2?: string;
  source: MentionSourceT;
  mentions: number;
  articles: number;
  firstDate: string | null;
  lastDate: string | null;
}

const SOURCE_RANK: Record<MentionSourceT, number> = { dictionary: 0, rule: 1, model: 2 };
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The calendar day of a UTC ISO date in a zone (2024-01-01T17:00Z is 2024-01-02 in Asia/Shanghai). */
export function dayOf(isoDate: string, zone: string): string | null {
  const dt = DateTime.fromISO(isoDate, { zone: 'utc' }).setZone(zone);
  return dt.isValid ? dt.toISODate() : null;
}

/**
 * The corpus aggregate: grows one article report at a time and merges with another aggregate, so that memory
 * follows the number of distinct entities and pairs, not the number of articles.
 */
export class CorpusAggregate {
  readonly entities = new Map<string, EntityRow>();
  readonly pairs = new Map<string, { count: number; articles: number }>();
  readonly timeline = new Map<string, Map<string, number>>();
  readonly diagnostics: Array<{ file: string; article: string | null; diagnostics: DiagnosticT[] }> = [];
  readonly articles = { total: 0, ok: 0, warnings: 0, failed: 0 };
  mentions = 0;

  constructor(readonly timezone: string) {}

  /** Adds one article report. */
  add(report: ArticleReportT): void {
    this.articles.total++;
    this.articles[report.status]++;
    if (report.diagnostics.length > 0) this.diagnostics.push({ file: report.source.path, article: report.id, diagnostics: report.diagnostics });
    const date = report.meta.date;
    const day = date === null ? null : dayOf(date, this.timezone);
    for (const e of report.entities) {
      this.mentions += e.count;
      const row = this.entities.get(e.id);
      if (row === undefined) {
        const r: EntityRow = { type: e.type, name: e.name, source: e.source, mentions: e.count, articles: 1, firstDate: date, lastDate: date };
        if (e.iso2 !== undefined) r.iso2 = e.iso2;
        this.entities.set(e.id, r);
      } else {
        row.mentions += e.count;
        row.articles += 1;
        if (SOURCE_RANK[e.source] < SOURCE_RANK[row.source]) row.source = e.source;
        if (date !== null) {
          if (row.firstDate === null || date < row.firstDate) row.firstDate = date;
          if (row.lastDate === null || date > row.lastDate) row.lastDate = date;
        }
      }
      if (day !== null) {
        let t = this.timeline.get(e.id);
        if (t === undefined) this.timeline.set(e.id, (t = new Map()));
        t.set(day, (t.get(day) ?? 0) + e.count);
      }
    }
    for (const p of report.cooccurrences) {
      const key = `${p.window}\u0000${p.a}\u0000${p.b}`;
      const row = this.pairs.get(key);
      if (row === undefined) this.pairs.set(key, { count: p.count, articles: 1 });
      else {
        row.count += p.count;
        row.articles += 1;
      }
    }
  }

  /** Merges another aggregate (built from disjoint articles) into this one. */
  merge(other: CorpusAggregate): void {
    for (const k of ['total', 'ok', 'warnings', 'failed'] as const) this.articles[k] += other.articles[k];
    this.mentions += other.mentions;
    this.diagnostics.push(...other.diagnostics);
    for (const [id, o] of other.entities) {
      const row = this.entities.get(id);
      if (row === undefined) {
        this.entities.set(id, { ...o });
        continue;
      }
      row.mentions += o.mentions;
      row.articles += o.articles;
      if (SOURCE_RANK[o.source] < SOURCE_RANK[row.source]) row.source = o.source;
      if (o.firstDate !== null && (row.firstDate === null || o.firstDate < row.firstDate)) row.firstDate = o.firstDate;
      if (o.lastDate !== null && (row.lastDate === null || o.lastDate > row.lastDate)) row.lastDate = o.lastDate;
    }
    for (const [k, o] of other.pairs) {
      const row = this.pairs.get(k);
      if (row === undefined) this.pairs.set(k, { ...o });
      else {
        row.count += o.count;
        row.articles += o.articles;
      }
    }
    for (const [id, days] of other.timeline) {
      let t = this.timeline.get(id);
      if (t === undefined) this.timeline.set(id, (t = new Map()));
      for (const [d, n] of days) t.set(d, (t.get(d) ?? 0) + n);
    }
  }

  /** The deterministic corpus report (stable ordering everywhere), validated by its schema. */
  toReport(run: Omit<CorpusReportT['run'], 'articles' | 'entities' | 'mentions' | 'timezone'>): CorpusReportT {
    const entities = [...this.entities.entries()]
      .map(([id, r]) => ({ id, ...r }))
      .sort((a, b) => b.mentions - a.mentions || cmp(a.id, b.id))
      .map((r) => {
        const out: CorpusReportT['entities'][number] = { id: r.id, type: r.type, name: r.name, source: r.source, mentions: r.mentions, articles: r.articles, firstDate: r.firstDate, lastDate: r.lastDate };
        if (r.iso2 !== undefined) out.iso2 = r.iso2;
        return out;
      });
    const windowRank = { sentence: 0, block: 1, article: 2 } as const;
    const pairs = [...this.pairs.entries()]
      .map(([k, v]) => {
        const [window, a, b] = k.split('\u0000') as ['sentence' | 'block' | 'article', string, string];
        return { a, b, window, count: v.count, articles: v.articles };
      })
      .sort((x, y) => windowRank[x.window] - windowRank[y.window] || y.count - x.count || cmp(x.a, y.a) || cmp(x.b, y.b));
    const timeline: CorpusReportT['timeline'] = [];
    for (const id of [...this.timeline.keys()].sort(cmp)) {
      const days = this.timeline.get(id) as Map<string, number>;
      for (const d of [...days.keys()].sort(cmp)) timeline.push({ entity: id, date: d, mentions: days.get(d) ?? 0 });
    }
    const diagnostics = [...this.diagnostics].sort((a, b) => cmp(a.file, b.file));
    return CorpusReport.parse({
      version: REPORT_VERSION,
      run: { ...run, timezone: this.timezone, articles: { ...this.articles }, entities: this.entities.size, mentions: this.mentions },
      entities,
      pairs,
      timeline,
      diagnostics,
    });
  }
}
