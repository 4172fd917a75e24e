// The entity page's answers: the entity, its timeline, its articles; each statement prepared once per server.
import type Database from 'better-sqlite3';
import type { ArticlesAnswerT, EntityAnswerT, GranularityT, TimelineAnswerT } from './api-schema.js';
import type { Range } from './params.js';
import type { ArticleMeta, Store } from './store.js';
import { inRange, refOf } from './store.js';

/** A `WHERE` condition on `articles a` for a range: everything, or the dated articles in it. */
const IN_RANGE = '(:all = 1 OR a.day BETWEEN :from AND :to)';

const periodColumn = (g: GranularityT): string => (g === 'day' ? 'a.day' : g === 'week' ? 'a.week' : 'a.month');

/** Prepares the entity page's statements. */
export function prepareEntityQueries(db: Database.Database) {
  const timelineRange = (g: GranularityT) =>
    db.prepare(
      `SELECT ${periodColumn(g)} AS period, count(*) AS volumeArticles,
         coalesce(sum(ae.mentions), 0) AS mentions, count(ae.entity) AS articles
       FROM articles a LEFT JOIN article_entities ae ON ae.article = a.id AND ae.entity = :id
       WHERE a.day BETWEEN :from AND :to GROUP BY 1 ORDER BY 1`,
    );
  return {
    entity: db.prepare(
      `SELECT id, type, name, iso2, country, aliases, source, mentions, articles, focus_articles AS focusArticles,
         first_date AS firstDate, last_date AS lastDate, lat, lon FROM entities WHERE id = ?`,
    ),
    entityRange: db.prepare(
      `SELECT coalesce(sum(ae.mentions), 0) AS mentions, count(*) AS articles, min(a.date) AS firstDate,
         max(a.date) AS lastDate
       FROM article_entities ae JOIN articles a ON a.id = ae.article
       WHERE ae.entity = :id AND a.day BETWEEN :from AND :to`,
    ),
    focusRange: db
      .prepare(
        `SELECT count(*) FROM article_focus f JOIN articles a ON a.id = f.article
         WHERE f.entity = :id AND a.day BETWEEN :from AND :to`,
      )
      .pluck(),
    roles: db.prepare(
      `SELECT r.role, count(*) AS articles, min(a.date) AS first, max(a.date) AS last
       FROM roles r JOIN articles a ON a.id = r.article
       WHERE r.entity = :id AND ${IN_RANGE} GROUP BY r.role ORDER BY articles DESC, r.role`,
    ),
    timeline: db.prepare(
      `SELECT v.period, v.articles AS volumeArticles, coalesce(t.mentions, 0) AS mentions,
         coalesce(t.articles, 0) AS articles
       FROM volume v LEFT JOIN timelines t ON t.entity = :id AND t.kind = v.kind AND t.period = v.period
       WHERE v.kind = :kind ORDER BY v.period`,
    ),
    timelineRange: { day: timelineRange('day'), week: timelineRange('week'), month: timelineRange('month') },
    // Covering index scans: the articles are sorted and filtered by date in memory, their mentions read for one page.
    articlesOf: db.prepare('SELECT article FROM article_entities WHERE entity = ?').pluck(),
    focusOf: db.prepare('SELECT article FROM article_focus WHERE entity = ?').pluck(),
    mentionsIn: db.prepare('SELECT mentions FROM article_entities WHERE article = ? AND entity = ?').pluck(),
  };
}

/** The statements of {@link prepareEntityQueries}. */
export type EntityQueries = ReturnType<typeof prepareEntityQueries>;

interface EntityRow {
  id: string;
  type: string;
  name: string;
  iso2: string | null;
  country: string | null;
  aliases: string;
  source: string;
  mentions: number;
  articles: number;
  focusArticles: number;
  firstDate: string | null;
  lastDate: string | null;
  lat: number | null;
  lon: number | null;
}

/** The entity `id` (its counts in the range), or null when the run has no such entity. */
export function entityAnswer(store: Store, q: EntityQueries, id: string, range: Range): EntityAnswerT | null {
  const row = q.entity.get(id) as EntityRow | undefined;
  if (row === undefined) return null;
  const counts =
    range.all === 1
      ? row
      : {
          ...(q.entityRange.get({ id, from: range.from, to: range.to }) as Pick<
            EntityRow,
            'mentions' | 'articles' | 'firstDate' | 'lastDate'
          >),
          focusArticles: q.focusRange.get({ id, from: range.from, to: range.to }) as number,
        };
  const answer: EntityAnswerT = {
    ...refOf(store, id),
    mentions: counts.mentions,
    articles: counts.articles,
    aliases: JSON.parse(row.aliases) as string[],
    source: row.source,
    roles: q.roles.all({ id, ...range }) as EntityAnswerT['roles'],
    focusArticles: counts.focusArticles,
    firstDate: counts.firstDate,
    lastDate: counts.lastDate,
  };
  if (row.country !== null) answer.country = row.country;
  if (row.iso2 !== null) answer.iso2 = row.iso2;
  if (row.lat !== null && row.lon !== null) {
    answer.lat = row.lat;
    answer.lon = row.lon;
  }
  return answer;
}

/** The entity's series over every period of the corpus (of the range). */
export function timelineAnswer(q: EntityQueries, id: string, granularity: GranularityT, range: Range): TimelineAnswerT {
  const series =
    range.all === 1
      ? q.timeline.all({ id, kind: granularity })
      : q.timelineRange[granularity].all({ id, from: range.from, to: range.to });
  return { granularity, series: series as TimelineAnswerT['series'] };
}

/** The entity's articles, newest first. */
export function entityArticles(
  store: Store,
  q: EntityQueries,
  id: string,
  p: { offset: number; limit: number; focus: 0 | 1 },
  range: Range,
): ArticlesAnswerT {
  const focus = new Set(q.focusOf.all(id) as string[]);
  const list: ArticleMeta[] = [];
  const articles = store.articles();
  for (const article of q.articlesOf.all(id) as string[]) {
    const a = articles.get(article);
    if (a !== undefined && inRange(a, range) && (p.focus === 0 || focus.has(article))) list.push(a);
  }
  list.sort((x, y) => x.rank - y.rank);
  const items = list.slice(p.offset, p.offset + p.limit).map((a) => ({
    id: a.id,
    title: a.title,
    date: a.date,
    mentions: q.mentionsIn.get(a.id, id) as number,
    focus: focus.has(a.id),
  }));
  return { total: list.length, items };
}
