// The article view (its text rebuilt from the sentences the database holds, and what was found in it) and the
// evidence of a pair (the windows holding both entities).
import type Database from 'better-sqlite3';
import type { ArticleAnswerT, EvidenceAnswerT, WindowKindT } from './api-schema.js';
import type { Range } from './params.js';
import type { Store } from './store.js';
import { refOf } from './store.js';

/** Prepares the statements of the article view and the evidence. */
export function prepareArticleQueries(db: Database.Database) {
  return {
    article: db.prepare(`SELECT id, title, date, path, categories, status, keywords FROM articles WHERE id = ?`),
    sentences: db.prepare(
      'SELECT sentence, block, start_offset AS start, end_offset AS "end", text FROM sentences WHERE article = ? ORDER BY sentence',
    ),
    mentions: db.prepare(
      `SELECT block, sentence, start_offset AS start, end_offset AS "end", text, entity, source, confidence, rule, roles
       FROM mentions WHERE article = ? ORDER BY seq`,
    ),
    unresolved: db.prepare(
      `SELECT block, start_offset AS start, end_offset AS "end", text, type, candidates FROM unresolved
       WHERE article = ? ORDER BY seq`,
    ),
    focus: db.prepare(
      'SELECT entity, rank, score, reasons FROM article_focus WHERE article = ? ORDER BY rank, score DESC, entity',
    ),
    diagnostics: db.prepare('SELECT code, severity, message FROM diagnostics WHERE article = ? ORDER BY seq'),
    // Windows holding both: sentences (not skipped ones, which were not counted) or blocks, newest first.
    evidenceSentences: db.prepare(
      `SELECT x.article, a.title, a.date, s.block, x.sentence FROM (
         SELECT DISTINCT m.article, m.sentence FROM mentions m
         JOIN mentions o ON o.entity = :b AND o.article = m.article AND o.sentence = m.sentence
         WHERE m.entity = :a) AS x
       JOIN articles a ON a.id = x.article JOIN sentences s ON s.article = x.article AND s.sentence = x.sentence
       WHERE s.skipped = 0 AND (:all = 1 OR a.day BETWEEN :from AND :to)
       ORDER BY a.date DESC, x.article, x.sentence LIMIT :limit`,
    ),
    evidenceBlocks: db.prepare(
      `SELECT x.article, a.title, a.date, x.block, NULL AS sentence FROM (
         SELECT DISTINCT m.article, m.block FROM mentions m
         WHERE m.entity = :a AND EXISTS (SELECT 1 FROM mentions o WHERE o.article = m.article AND o.block = m.block
           AND o.entity = :b)) AS x
       JOIN articles a ON a.id = x.article
       WHERE (:all = 1 OR a.day BETWEEN :from AND :to)
       ORDER BY a.date DESC, x.article, x.block LIMIT :limit`,
    ),
    evidenceArticles: db.prepare(
      `SELECT x.article, a.title, a.date FROM article_entities x JOIN article_entities o
         ON o.article = x.article AND o.entity = :b
       JOIN articles a ON a.id = x.article
       WHERE x.entity = :a AND (:all = 1 OR a.day BETWEEN :from AND :to)
       ORDER BY a.date DESC, x.article LIMIT :limit`,
    ),
    blockSentences: db.prepare(
      'SELECT sentence, start_offset AS start, end_offset AS "end", text FROM sentences WHERE article = ? AND block = ? ORDER BY sentence',
    ),
    windowMentions: db.prepare(
      `SELECT block, sentence, start_offset AS start, end_offset AS "end", entity FROM mentions
       WHERE article = :article AND (entity = :a OR entity = :b) ORDER BY seq`,
    ),
  };
}

/** The statements of {@link prepareArticleQueries}. */
export type ArticleQueries = ReturnType<typeof prepareArticleQueries>;

interface SentenceRow {
  sentence: number;
  block: number;
  start: number;
  end: number;
  text: string;
}

/** A block's text from its sentences, each at its offset (the gaps between them, never mentions, are spaces). */
function blockText(sentences: readonly SentenceRow[]): string {
  let text = '';
  for (const s of sentences) {
    if (s.start > text.length) text += ' '.repeat(s.start - text.length);
    text = text.slice(0, s.start) + s.text;
  }
  return text;
}

/** `GET /api/articles/:id`, or null for an id the run does not hold. */
export function articleAnswer(store: Store, q: ArticleQueries, id: string): ArticleAnswerT | null {
  const a = q.article.get(id) as
    | {
        id: string;
        title: string | null;
        date: string | null;
        path: string;
        categories: string;
        status: string;
        keywords: string;
      }
    | undefined;
  if (a === undefined) return null;
  const byBlock = new Map<number, SentenceRow[]>();
  for (const s of q.sentences.all(id) as SentenceRow[]) {
    const list = byBlock.get(s.block);
    if (list === undefined) byBlock.set(s.block, [s]);
    else list.push(s);
  }
  const mentions = (
    q.mentions.all(id) as Array<Record<string, unknown> & { entity: string; rule: string | null; roles: string | null }>
  ).map(({ rule, roles, ...m }) => {
    const ref = refOf(store, m.entity);
    return {
      ...(m as Omit<ArticleAnswerT['mentions'][number], 'type' | 'name'>),
      type: ref.type,
      name: ref.name,
      ...(rule === null ? {} : { rule }),
      ...(roles === null ? {} : { roles: JSON.parse(roles) as string[] }),
    };
  });
  return {
    id: a.id,
    title: a.title,
    date: a.date,
    path: a.path,
    status: a.status,
    categories: JSON.parse(a.categories) as string[],
    blocks: [...byBlock.entries()].sort((x, y) => x[0] - y[0]).map(([block, s]) => ({ block, text: blockText(s) })),
    mentions,
    unresolved: (
      q.unresolved.all(id) as Array<Omit<ArticleAnswerT['unresolved'][number], 'candidates'> & { candidates: string }>
    ).map((u) => ({
      ...u,
      candidates: (JSON.parse(u.candidates) as string[]).map((c) => ({ id: c, name: refOf(store, c).name })),
    })),
    focus: (q.focus.all(id) as Array<{ entity: string; rank: number; score: number; reasons: string }>).map((f) => ({
      ...f,
      name: refOf(store, f.entity).name,
      reasons: JSON.parse(f.reasons) as string[],
    })),
    keywords: JSON.parse(a.keywords) as Array<[string, number]>,
    diagnostics: q.diagnostics.all(id) as ArticleAnswerT['diagnostics'],
  };
}

type WindowMention = { block: number; sentence: number; start: number; end: number; entity: string };

/** The text of one evidence window and the spans of the two entities in it. */
function windowOf(
  q: ArticleQueries,
  row: { article: string; block: number; sentence: number | null },
  mentions: readonly WindowMention[],
): { text: string; spans: EvidenceAnswerT[number]['spans'] } {
  const sentences = q.blockSentences.all(row.article, row.block) as SentenceRow[];
  if (row.sentence !== null) {
    const s = sentences.find((x) => x.sentence === row.sentence);
    const spans = mentions
      .filter((m) => m.sentence === row.sentence && s !== undefined)
      .map((m) => ({
        start: m.start - (s as SentenceRow).start,
        end: m.end - (s as SentenceRow).start,
        entity: m.entity,
      }));
    return { text: s?.text ?? '', spans };
  }
  const spans = mentions
    .filter((m) => m.block === row.block)
    .map((m) => ({ start: m.start, end: m.end, entity: m.entity }));
  return { text: blockText(sentences), spans };
}

/** `GET /api/evidence`: sentence windows (or blocks) holding both; for article windows, the first block of each
 * article that holds either, as context. */
export function evidenceAnswer(
  q: ArticleQueries,
  p: { a: string; b: string; window: WindowKindT; limit: number },
  range: Range,
): EvidenceAnswerT {
  const params = { a: p.a, b: p.b, limit: p.limit, ...range };
  type Row = { article: string; title: string | null; date: string | null; block: number; sentence: number | null };
  let rows: Row[];
  if (p.window === 'sentence') rows = q.evidenceSentences.all(params) as Row[];
  else if (p.window === 'block') rows = q.evidenceBlocks.all(params) as Row[];
  else {
    rows = [];
    for (const r of q.evidenceArticles.all(params) as Array<Omit<Row, 'block' | 'sentence'>>) {
      const first = (q.windowMentions.all({ article: r.article, a: p.a, b: p.b }) as WindowMention[])[0];
      if (first !== undefined) rows.push({ ...r, block: first.block, sentence: null });
    }
  }
  return rows.map((r) => {
    const mentions = q.windowMentions.all({ article: r.article, a: p.a, b: p.b }) as WindowMention[];
    return { ...r, ...windowOf(q, r, mentions) };
  });
}
