// The rows of the database: an article's rows from its report (spelled out by viewReport), the corpus rows from the
// corpus report. Timelines, volume and the entities' countries and surface forms are computed from the article rows
// by SQL (ARTICLE_DERIVED_SQL), so that a re-run that replaces some articles' rows gets them right without the other reports.
import { createRequire } from 'node:module';
import { ascending } from 'd3-array';
import { dayOf, isoWeekOf } from '../corpus/calendar.js';
import type { CorpusReportT } from '../schema/corpus.js';
import { CORPUS_VERSION } from '../schema/corpus.js';
import type { ArticleReportT } from '../schema/report.js';
import { viewMention } from '../schema/report-view.js';
import { DB_VERSION } from './schema.js';
import type { Row } from './schema.js';

/** Rows by table name. */
export type Rows = Record<string, Row[]>;

/** guanxi's version, from its package file (recorded in the `run` table). */
export function guanxiVersion(): string {
  return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
}

/** The calendar periods of article dates in a time zone, remembered: a corpus has few distinct days, and luxon is slow. */
export class Calendar {
  private readonly periods = new Map<string, [string, string, string] | null>();
  constructor(private readonly zone: string) {}

  /** [day, ISO week, month] of a UTC date in the zone, or null for no (or an unreadable) date. */
  of(date: string | null): [string, string, string] | null {
    if (date === null) return null;
    let p = this.periods.get(date);
    if (p === undefined) {
      const day = dayOf(date, this.zone);
      p = day === null ? null : [day, isoWeekOf(day), day.slice(0, 7)];
      this.periods.set(date, p);
    }
    return p;
  }
}

const json = (v: unknown): string => JSON.stringify(v);

/** The rows of one article report, under the id `id` (a merge can rename an article whose id another run took). */
export function articleRows(report: ArticleReportT, id: string, calendar: Calendar): Rows {
  const periods = calendar.of(report.meta.date);
  const resolved = report.entities.reduce((n, e) => n + e.mentions.length, 0);
  const articles: Row[] = [
    [
      id,
      report.source.path,
      report.meta.title,
      report.meta.date,
      periods?.[0] ?? null,
      periods?.[1] ?? null,
      periods?.[2] ?? null,
      json(report.meta.categories),
      report.meta.author,
      report.meta.link,
      report.status,
      report.source.format,
      report.source.encoding,
      report.source.script,
      report.source.bytes,
      report.source.sha256,
      report.stats.characters,
      report.stats.tokens,
      report.blocks.length,
      report.sentences.length,
      report.entities.length,
      resolved,
      report.unresolved.length,
      report.diagnostics.length,
      json(report.keywords),
    ],
  ];
  const articleEntities: Row[] = [];
  const roles: Row[] = [];
  const mentionRows: Array<{ entity: string; block: number; start: number; end: number; row: Row }> = [];
  for (const e of report.entities) {
    const sentences = new Set(e.mentions.map((m) => m[1]));
    const blocks = new Set(e.mentions.map((m) => m[0]));
    articleEntities.push([id, e.id, e.mentions.length, sentences.size, blocks.size, e.country ?? null]);
    for (const role of [...new Set(e.roles)].sort(ascending)) roles.push([id, e.id, role]);
    for (const tuple of e.mentions) {
      // Spelled out as viewReport spells it (without the article's pairs, which the corpus tables hold).
      const m = viewMention(report, tuple);
      const row: Row = [id, 0, m.block, m.sentence, m.start, m.end, e.id, m.text, m.source, m.rule ?? null];
      row.push(m.confidence, m.roles === undefined ? null : json(m.roles));
      mentionRows.push({ entity: e.id, block: m.block, start: m.start, end: m.end, row });
    }
  }
  // Text order, as mentions.ndjson lists them: block, start, end, entity.
  mentionRows.sort((x, y) => x.block - y.block || x.start - y.start || x.end - y.end || ascending(x.entity, y.entity));
  const mentions = mentionRows.map(({ row }, seq) => {
    row[1] = seq;
    return row;
  });
  const focus: Row[] = (report.focus ?? []).map(([entity, rank, score, ...reasons]) => [
    id,
    entity,
    rank,
    score,
    json(reasons),
  ]);
  return {
    articles,
    article_entities: articleEntities,
    article_focus: focus,
    roles,
    mentions,
    sentences: sentenceRows(report, id),
    unresolved: report.unresolved.map((u, seq) => [
      id,
      seq,
      u.block,
      u.sentence,
      u.start,
      u.end,
      u.text,
      u.type,
      u.rule ?? null,
      json(u.candidates),
    ]),
  };
}

/** The sentence rows of a report; `skipped` is 1 for a sentence whose pairs were not counted (too many entities). */
function sentenceRows(report: ArticleReportT, id: string): Row[] {
  const counted = report.windows.counted.includes('sentence');
  const skipped = new Set(report.windows.skipped.filter(([w]) => w === 'sentence').map(([, n]) => n));
  return report.sentences.map(([block, start, end], n) => [
    null,
    id,
    n,
    block,
    start,
    end,
    !counted || skipped.has(n) ? 1 : 0,
    report.blocks[block]?.text.slice(start, end) ?? '',
  ]);
}

/** Rows of the corpus tables in one piece of {@link corpusRowChunks}: a large corpus's tables never exist as rows all at once. */
const CORPUS_CHUNK = 5000;

/**
 * The corpus-level rows taken from the corpus report (timelines and volume are computed by SQL from the articles), in
 * pieces of at most `size` entities or pairs, each table's rows in the report's order.
 */
export function* corpusRowChunks(corpus: CorpusReportT, size = CORPUS_CHUNK): Generator<Rows> {
  for (let i = 0; i < corpus.entities.length; i += size) {
    const entities: Row[] = [];
    const entityCategories: Row[] = [];
    for (const e of corpus.entities.slice(i, i + size)) {
      entities.push([e.id, e.type, e.name, e.iso2 ?? null, null, '[]', e.source, e.mentions, e.articles]);
      (entities.at(-1) as Row).push(e.windows.sentence, e.windows.block, e.firstDate, e.lastDate, e.focusArticles);
      (entities.at(-1) as Row).push(e.lat ?? null, e.lon ?? null, e.geonames ?? null);
      for (const c of e.categories) entityCategories.push([e.id, c.category, c.mentions, c.articles]);
    }
    yield { entities, entity_categories: entityCategories };
  }
  for (let i = 0; i < corpus.pairs.length; i += size) {
    const pairs: Row[] = [];
    const evidence: Row[] = [];
    for (const p of corpus.pairs.slice(i, i + size)) {
      pairs.push([p.window, p.a, p.b, p.count, p.articles, p.expected, p.pmi, p.npmi, p.jaccard, p.dice, p.g2, p.p]);
      for (const [rank, ev] of p.evidence.entries()) {
        evidence.push([p.window, p.a, p.b, rank, ev.article, ev.date, ev.block, ev.sentence, ev.text, ev.aStart]);
        (evidence.at(-1) as Row).push(ev.aEnd, ev.bStart, ev.bEnd);
      }
    }
    yield { pairs, evidence };
  }
  const diagnostics: Row[] = [];
  for (const d of corpus.diagnostics) {
    for (const x of d.diagnostics) {
      diagnostics.push([diagnostics.length, d.file, d.article, x.code, x.severity, x.stage, x.message]);
      (diagnostics.at(-1) as Row).push(x.block ?? null, x.line ?? null);
    }
  }
  const run = corpus.run;
  yield {
    categories: corpus.categories.map((c) => [c.category, c.articles, c.mentions]),
    diagnostics,
    run: [
      [
        run.pipeline,
        run.pipelineHash,
        run.dictionaryHash,
        json(run.dictionaries),
        run.timezone,
        json(run.options),
        CORPUS_VERSION,
        DB_VERSION,
        guanxiVersion(),
        run.articles.total,
        run.articles.ok,
        run.articles.warnings,
        run.articles.failed,
        run.entities,
        run.mentions,
        run.windows.sentence,
        run.windows.block,
        run.windows.article,
        json(run.pairs),
      ],
    ],
  };
}

/** The corpus-level tables that SQL computes from the article rows alone ({@link ARTICLE_DERIVED_SQL}). */
export const ARTICLE_DERIVED_TABLES: readonly string[] = ['timelines', 'volume'];

/**
 * The SQL that computes, from the article rows alone, the timelines and volume by period and, in temporary tables,
 * each entity's country (the one its articles name most) and surface forms (most frequent first); a build can run it
 * as soon as the last article is in, before the corpus report exists.
 */
export const ARTICLE_DERIVED_SQL: readonly string[] = [
  'DELETE FROM timelines',
  'DELETE FROM volume',
  // Days from the articles; weeks and months summed from the days (an article is in one day), half the work.
  `INSERT INTO timelines (entity, kind, period, mentions, articles, sentences)
      SELECT ae.entity, 'day', a.day, sum(ae.mentions), count(*), sum(ae.sentences)
      FROM article_entities ae JOIN articles a ON a.id = ae.article
      WHERE a.day IS NOT NULL GROUP BY ae.entity, a.day`,
  `INSERT INTO timelines (entity, kind, period, mentions, articles, sentences)
      SELECT t.entity, 'week', w.week, sum(t.mentions), sum(t.articles), sum(t.sentences)
      FROM timelines t JOIN (SELECT DISTINCT day, week FROM articles WHERE day IS NOT NULL) AS w ON w.day = t.period
      WHERE t.kind = 'day' GROUP BY t.entity, w.week`,
  `INSERT INTO timelines (entity, kind, period, mentions, articles, sentences)
      SELECT entity, 'month', substr(period, 1, 7), sum(mentions), sum(articles), sum(sentences)
      FROM timelines WHERE kind = 'day' GROUP BY entity, substr(period, 1, 7)`,
  ...(['day', 'week', 'month'] as const).map(
    (kind) => `INSERT INTO volume (kind, period, articles, mentions, sentences)
      SELECT '${kind}', ${kind}, count(*), sum(mentions), sum(sentences)
      FROM articles WHERE ${kind} IS NOT NULL GROUP BY ${kind}`,
  ),
  'DROP TABLE IF EXISTS temp.entity_country',
  'CREATE TEMP TABLE entity_country (entity TEXT PRIMARY KEY, country TEXT NOT NULL) WITHOUT ROWID',
  `INSERT INTO temp.entity_country (entity, country)
      SELECT entity, country FROM (
        SELECT entity, country, row_number() OVER (PARTITION BY entity ORDER BY n DESC, country) AS k
        FROM (SELECT entity, country, count(*) AS n FROM article_entities
              WHERE country IS NOT NULL GROUP BY entity, country))
      WHERE k = 1`,
  'DROP TABLE IF EXISTS temp.entity_forms',
  'CREATE TEMP TABLE entity_forms (entity TEXT PRIMARY KEY, aliases TEXT NOT NULL) WITHOUT ROWID',
  `INSERT INTO temp.entity_forms (entity, aliases)
      SELECT entity, json_group_array(text ORDER BY n DESC, text)
      FROM (SELECT entity, text, count(*) AS n FROM mentions GROUP BY entity, text) GROUP BY entity`,
];

/** The SQL that gives the corpus report's entities what {@link ARTICLE_DERIVED_SQL} computed for them. */
export const ENTITY_DERIVED_SQL: readonly string[] = [
  `UPDATE entities SET country = (SELECT c.country FROM temp.entity_country c WHERE c.entity = entities.id)`,
  `UPDATE entities SET aliases = coalesce((SELECT f.aliases FROM temp.entity_forms f WHERE f.entity = entities.id), '[]')`,
  'DROP TABLE temp.entity_country',
  'DROP TABLE temp.entity_forms',
];
