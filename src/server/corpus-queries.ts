// The corpus-wide answers: the run, the overview, search, places, comparison and the article lists.
import type Database from 'better-sqlite3';
import type {
  ArticlesAnswerT,
  CompareAnswerT,
  GranularityT,
  OverviewAnswerT,
  PlacesAnswerT,
  RunAnswerT,
  SearchAnswerT,
} from './api-schema.js';
import type { Range } from './params.js';
import type { Store } from './store.js';
import { outName, refOf, runInputs } from './store.js';

const IN_RANGE = '(:all = 1 OR a.day BETWEEN :from AND :to)';
const periodColumn = (g: GranularityT): string => (g === 'day' ? 'a.day' : g === 'week' ? 'a.week' : 'a.month');
const byGranularity = <T>(make: (g: GranularityT) => T): Record<GranularityT, T> => ({
  day: make('day'),
  week: make('week'),
  month: make('month'),
});

/** Prepares the corpus-wide statements. */
export function prepareCorpusQueries(db: Database.Database) {
  return {
    run: db.prepare(
      `SELECT pipeline, pipeline_hash AS pipelineHash, dictionary_hash AS dictionaryHash, dictionaries, timezone,
         guanxi_version AS guanxiVersion, articles, entities, mentions FROM run`,
    ),
    dateRange: db.prepare(`SELECT min(day) AS "from", max(day) AS "to" FROM articles`),
    volume: byGranularity((g) =>
      db.prepare(
        `SELECT ${periodColumn(g)} AS period, count(*) AS articles, coalesce(sum(a.mentions), 0) AS mentions
         FROM articles a WHERE a.day IS NOT NULL AND ${IN_RANGE} GROUP BY 1 ORDER BY 1`,
      ),
    ),
    topAll: db.prepare(
      `SELECT id, mentions, articles FROM (
         SELECT id, mentions, articles, row_number() OVER (PARTITION BY type ORDER BY mentions DESC, id) AS r
         FROM entities) WHERE r <= 10 ORDER BY mentions DESC, id`,
    ),
    topRange: db.prepare(
      `SELECT ae.entity AS id, sum(ae.mentions) AS mentions, count(*) AS articles
       FROM articles a JOIN article_entities ae ON ae.article = a.id
       WHERE a.day BETWEEN :from AND :to GROUP BY ae.entity ORDER BY mentions DESC, id`,
    ),
    diagnostics: db.prepare(
      `SELECT d.code, d.severity, count(*) AS count FROM diagnostics d LEFT JOIN articles a ON a.id = d.article
       WHERE ${IN_RANGE} GROUP BY d.code, d.severity ORDER BY count DESC, d.code`,
    ),
    unresolved: db.prepare(
      `SELECT u.text, count(*) AS count, count(DISTINCT u.article) AS articles,
         json_group_array(DISTINCT u.candidates) AS candidates
       FROM unresolved u JOIN articles a ON a.id = u.article
       WHERE ${IN_RANGE} GROUP BY u.text ORDER BY count DESC, u.text LIMIT 20`,
    ),
    places: db.prepare(
      `SELECT id, mentions, articles, focus_articles AS focusArticles, lat, lon FROM entities
       WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY mentions DESC, id`,
    ),
    placesRange: db.prepare(
      `SELECT e.id, sum(ae.mentions) AS mentions, count(*) AS articles,
         count(f.entity) AS focusArticles, e.lat, e.lon
       FROM articles a JOIN article_entities ae ON ae.article = a.id JOIN entities e ON e.id = ae.entity
       LEFT JOIN article_focus f ON f.article = ae.article AND f.entity = ae.entity
       WHERE a.day BETWEEN :from AND :to AND e.lat IS NOT NULL AND e.lon IS NOT NULL
       GROUP BY e.id ORDER BY mentions DESC, e.id`,
    ),
    series: byGranularity((g) =>
      db.prepare(
        `SELECT ${periodColumn(g)} AS period, sum(ae.mentions) AS mentions, count(*) AS articles
         FROM article_entities ae JOIN articles a ON a.id = ae.article
         WHERE ae.entity = :id AND a.day IS NOT NULL AND ${IN_RANGE} GROUP BY 1 ORDER BY 1`,
      ),
    ),
    together: byGranularity((g) =>
      db.prepare(
        `SELECT ${periodColumn(g)} AS period, count(*) AS count FROM (
           SELECT DISTINCT m.article, m.sentence FROM mentions m
           JOIN mentions o ON o.entity = :b AND o.article = m.article AND o.sentence = m.sentence
           WHERE m.entity = :a) AS x
         JOIN articles a ON a.id = x.article
         WHERE a.day IS NOT NULL AND ${IN_RANGE} GROUP BY 1 ORDER BY 1`,
      ),
    ),
    focusArticles: db.prepare(
      `SELECT a.id, a.title, a.date, a.mentions, 1 AS focus FROM article_focus f JOIN articles a ON a.id = f.article
       WHERE f.entity = :id AND ${IN_RANGE} ORDER BY a.date DESC, a.id DESC LIMIT :limit OFFSET :offset`,
    ),
    focusTotal: db
      .prepare(
        `SELECT count(*) FROM article_focus f JOIN articles a ON a.id = f.article WHERE f.entity = :id AND ${IN_RANGE}`,
      )
      .pluck(),
    allArticles: db.prepare(
      `SELECT a.id, a.title, a.date, a.mentions, 0 AS focus FROM articles a
       WHERE ${IN_RANGE} ORDER BY a.date DESC, a.id DESC LIMIT :limit OFFSET :offset`,
    ),
    allTotal: db.prepare(`SELECT count(*) FROM articles a WHERE ${IN_RANGE}`).pluck(),
  };
}

/** The statements of {@link prepareCorpusQueries}. */
export type CorpusQueries = ReturnType<typeof prepareCorpusQueries>;

/** `GET /api/run`. */
export function runAnswer(store: Store, q: CorpusQueries): RunAnswerT {
  const r = q.run.get() as Omit<RunAnswerT, 'dictionaries' | 'out' | 'dateRange' | 'types'> & { dictionaries: string };
  const inputs = runInputs(store.out);
  return {
    ...r,
    out: outName(store.out),
    dictionaries: JSON.parse(r.dictionaries) as string[],
    dateRange: q.dateRange.get() as RunAnswerT['dateRange'],
    types: store.types,
    ...(inputs === undefined ? {} : { inputs }),
  };
}

/** The candidates of unresolved shorthand, by name. */
function candidatesOf(store: Store, lists: string): Array<{ id: string; name: string }> {
  const ids = new Set<string>();
  for (const list of JSON.parse(lists) as string[]) for (const id of JSON.parse(list) as string[]) ids.add(id);
  return [...ids].sort().map((id) => ({ id, name: refOf(store, id).name }));
}

/** `GET /api/overview`. */
export function overviewAnswer(store: Store, q: CorpusQueries, g: GranularityT, range: Range): OverviewAnswerT {
  const rows = (range.all === 1 ? q.topAll.all() : q.topRange.all({ from: range.from, to: range.to })) as Array<{
    id: string;
    mentions: number;
    articles: number;
  }>;
  const top: OverviewAnswerT['top'] = {};
  for (const r of rows) {
    const ref = refOf(store, r.id);
    const list = top[ref.type] ?? [];
    top[ref.type] = list;
    if (list.length < 10) list.push({ ...ref, mentions: r.mentions, articles: r.articles });
  }
  const unresolved = q.unresolved.all(range) as Array<{
    text: string;
    count: number;
    articles: number;
    candidates: string;
  }>;
  return {
    volume: q.volume[g].all(range) as OverviewAnswerT['volume'],
    top,
    diagnostics: q.diagnostics.all(range) as OverviewAnswerT['diagnostics'],
    unresolved: unresolved.map((u) => ({ ...u, candidates: candidatesOf(store, u.candidates) })),
  };
}

/** `GET /api/search`: prefix matches first, then substrings; each group by mentions (the store's order). */
export function searchAnswer(store: Store, p: { q: string; type?: string | undefined; limit: number }): SearchAnswerT {
  const needle = p.q.toLowerCase();
  const prefix: SearchAnswerT = [];
  const inside: SearchAnswerT = [];
  for (const e of store.ranked) {
    if (p.type !== undefined && e.type !== p.type) continue;
    const forms = [e.name, ...e.aliases, ...(e.nameEn === undefined ? [] : [e.nameEn]), e.id];
    let hit: { form: string; prefix: boolean } | null = null;
    for (const form of forms) {
      const at = form.toLowerCase().indexOf(needle);
      if (at === 0) {
        hit = { form, prefix: true };
        break;
      }
      if (at > 0 && hit === null) hit = { form, prefix: false };
    }
    if (hit === null) continue;
    const row = { ...refOf(store, e.id), mentions: e.mentions, articles: e.articles, matched: hit.form };
    if (hit.prefix) prefix.push(row);
    else if (inside.length < p.limit) inside.push(row);
    if (prefix.length >= p.limit) break;
  }
  return [...prefix, ...inside].slice(0, p.limit);
}

/** `GET /api/places`. */
export function placesAnswer(store: Store, q: CorpusQueries, range: Range): PlacesAnswerT {
  const rows = (range.all === 1 ? q.places.all() : q.placesRange.all({ from: range.from, to: range.to })) as Array<
    Omit<PlacesAnswerT[number], 'type' | 'name'>
  >;
  return rows.map((r) => ({ ...r, ...refOf(store, r.id) }));
}

/** `GET /api/compare`: each entity's series and, for each two of them, the sentences they share by period. */
export function compareAnswer(q: CorpusQueries, ids: string[], g: GranularityT, range: Range): CompareAnswerT {
  const series: CompareAnswerT['series'] = {};
  for (const id of ids) series[id] = q.series[g].all({ id, ...range }) as CompareAnswerT['series'][string];
  const together: CompareAnswerT['together'] = [];
  const sorted = [...ids].sort();
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) {
      const a = sorted[i] as string;
      const b = sorted[j] as string;
      for (const r of q.together[g].all({ a, b, ...range }) as Array<{ period: string; count: number }>)
        together.push({ a, b, ...r });
    }
  return { granularity: g, series, together };
}

/** `GET /api/articles`: every article, or those focused on an entity, newest first. */
export function articleList(
  q: CorpusQueries,
  focus: string | undefined,
  page: { offset: number; limit: number },
  range: Range,
): ArticlesAnswerT {
  const params = { ...range, ...page };
  const [rows, total] =
    focus === undefined
      ? [q.allArticles.all(params), q.allTotal.get(range) as number]
      : [q.focusArticles.all({ ...params, id: focus }), q.focusTotal.get({ ...range, id: focus }) as number];
  return {
    total,
    items: (rows as Array<Omit<ArticlesAnswerT['items'][number], 'focus'> & { focus: number }>).map((r) => ({
      ...r,
      focus: r.focus === 1,
    })),
  };
}
