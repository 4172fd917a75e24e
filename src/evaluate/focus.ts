// Scoring an article's focus against a careful reader's (gold/focus/): per type precision, recall and F1 over the
// sets of focus entities, and how many articles match by each documented criterion.
import { prf } from './prf.js';
import type { PRF } from './prf.js';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from '../core/errors.js';

/** The entity types a focus holds. */
export const FOCUS_TYPES = ['country', 'place', 'person', 'organization'] as const;
/** One of the focus types. */
export type FocusTypeT = (typeof FOCUS_TYPES)[number];

/** One entity of a focus: its id (with the other ids the same entity may carry), type and rank (1 primary, 2 secondary). */
export const FocusGoldEntity = z
  .object({
    id: z.string(),
    /** Ids the pipeline derives for the same entity from other surface forms (`organization:~中消协`), if any. */
    same: z.array(z.string()).optional(),
    type: z.enum(FOCUS_TYPES),
    name: z.string(),
    rank: z.union([z.literal(1), z.literal(2)]),
  })
  .strict();

/** One line of a focus gold file: an article (its path under the corpora folder) and its focus. */
export const FocusGoldArticle = z
  .object({
    n: z.number().int().positive(),
    file: z.string(),
    title: z.string(),
    focus: z.array(FocusGoldEntity),
    note: z.string(),
  })
  .strict();

export type FocusGoldEntityT = z.infer<typeof FocusGoldEntity>;
export type FocusGoldArticleT = z.infer<typeof FocusGoldArticle>;

/** A focus to score: entity ids with their type and rank. */
export interface ScoredFocus {
  id: string;
  type: string;
  rank: 1 | 2;
}

/** Reads a focus gold file (JSON Lines); a line that does not validate is a configuration error naming it. */
export function readFocusGold(path: string): FocusGoldArticleT[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`gold file ${path} cannot be read`);
  }
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l, i) => {
      const parsed = FocusGoldArticle.safeParse(JSON.parse(l));
      if (!parsed.success)
        throw new ConfigError(`gold file ${path}: line ${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

/** Precision, recall and F1 of counts (an empty side agrees: see {@link prf}). */
export type Prf = PRF;

/** The scores of a focus comparison, where agreeing on nothing is agreeing. */
const focusPrf = (tp: number, fp: number, fn: number): Prf => prf(tp, fp, fn, 1);

/** The article-level criteria, in the order they are reported (docs/outputs.md, "Focus"). */
export const MATCH_CRITERIA = ['match', 'countries', 'where', 'primary', 'exact'] as const;
/** One article-level criterion. */
export type MatchCriterionT = (typeof MATCH_CRITERIA)[number];

/** How one article's focus compares with the gold focus. */
export interface ArticleFocusScore {
  n: number;
  file: string;
  criteria: Record<MatchCriterionT, boolean>;
  missing: string[];
  extra: string[];
}

/** The score of a set of articles. */
export interface FocusScore {
  articles: number;
  matched: Record<MatchCriterionT, number>;
  byType: Record<FocusTypeT, Prf>;
  all: Prf;
  rank1: Prf;
  perArticle: ArticleFocusScore[];
}

/** The canonical id of a predicted id under a gold article's `same` lists (so that either name of an entity counts). */
function canonicalizer(gold: readonly FocusGoldEntityT[]): (id: string) => string {
  const alias = new Map<string, string>();
  for (const g of gold) for (const s of g.same ?? []) alias.set(s, g.id);
  return (id) => alias.get(id) ?? id;
}

const setEq = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean =>
  a.size === b.size && [...a].every((x) => b.has(x));

/**
 * The criteria for one article. `countries`: the same focus countries (any rank); `where`: the same focus countries
 * and places; `primary`: every gold rank-1 entity is in the focus and every rank-1 entity of the focus is in the gold
 * focus; `exact`: the same focus entities of all four types; `match` (the headline): `countries` and `primary`.
 */
export function articleCriteria(
  gold: readonly ScoredFocus[],
  predicted: readonly ScoredFocus[],
): Record<MatchCriterionT, boolean> {
  const ids = (list: readonly ScoredFocus[], types: readonly string[]): Set<string> =>
    new Set(list.filter((f) => types.includes(f.type)).map((f) => f.id));
  const g = ids(gold, FOCUS_TYPES);
  const p = ids(predicted, FOCUS_TYPES);
  const countries = setEq(ids(gold, ['country']), ids(predicted, ['country']));
  const where = setEq(ids(gold, ['country', 'place']), ids(predicted, ['country', 'place']));
  const primary = gold.every((f) => f.rank !== 1 || p.has(f.id)) && predicted.every((f) => f.rank !== 1 || g.has(f.id));
  return { match: countries && primary, countries, where, primary, exact: setEq(g, p) };
}

/** Scores predicted focus lists (by gold article number) against gold articles. */
export function scoreFocus(
  gold: readonly FocusGoldArticleT[],
  predicted: ReadonlyMap<number, readonly ScoredFocus[]>,
): FocusScore {
  const counts = Object.fromEntries(FOCUS_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }])) as Record<
    FocusTypeT,
    { tp: number; fp: number; fn: number }
  >;
  const r1 = { tp: 0, fp: 0, fn: 0 };
  const matched = Object.fromEntries(MATCH_CRITERIA.map((c) => [c, 0])) as Record<MatchCriterionT, number>;
  const perArticle: ArticleFocusScore[] = [];
  for (const a of gold) {
    const canon = canonicalizer(a.focus);
    const g: ScoredFocus[] = a.focus.map((f) => ({ id: f.id, type: f.type, rank: f.rank }));
    const seen = new Set<string>();
    const p: ScoredFocus[] = [];
    for (const f of predicted.get(a.n) ?? []) {
      const id = canon(f.id);
      // Only the four focus types are scored; two names of one entity count once.
      if (!(FOCUS_TYPES as readonly string[]).includes(f.type) || seen.has(id)) continue;
      seen.add(id);
      p.push({ ...f, id });
    }
    const gIds = new Set(g.map((f) => f.id));
    const pIds = new Set(p.map((f) => f.id));
    for (const t of FOCUS_TYPES) {
      const gt = g.filter((f) => f.type === t);
      const pt = p.filter((f) => f.type === t);
      const tp = pt.filter((f) => gIds.has(f.id)).length;
      counts[t].tp += tp;
      counts[t].fp += pt.length - tp;
      counts[t].fn += gt.filter((f) => !pIds.has(f.id)).length;
    }
    const g1 = new Set(g.filter((f) => f.rank === 1).map((f) => f.id));
    const p1 = new Set(p.filter((f) => f.rank === 1).map((f) => f.id));
    for (const id of p1) if (g1.has(id)) r1.tp++;
    r1.fp += [...p1].filter((id) => !g1.has(id)).length;
    r1.fn += [...g1].filter((id) => !p1.has(id)).length;
    const criteria = articleCriteria(g, p);
    for (const c of MATCH_CRITERIA) if (criteria[c]) matched[c]++;
    perArticle.push({
      n: a.n,
      file: a.file,
      criteria,
      missing: g.filter((f) => !pIds.has(f.id)).map((f) => `${f.id}(${f.rank})`),
      extra: p.filter((f) => !gIds.has(f.id)).map((f) => `${f.id}(${f.rank})`),
    });
  }
  const byType = Object.fromEntries(
    FOCUS_TYPES.map((t) => [t, focusPrf(counts[t].tp, counts[t].fp, counts[t].fn)]),
  ) as Record<FocusTypeT, Prf>;
  const sum = (k: 'tp' | 'fp' | 'fn'): number => FOCUS_TYPES.reduce((n, t) => n + counts[t][k], 0);
  return {
    articles: gold.length,
    matched,
    byType,
    all: focusPrf(sum('tp'), sum('fp'), sum('fn')),
    rank1: focusPrf(r1.tp, r1.fp, r1.fn),
    perArticle,
  };
}

/** A focus score as text: articles matched by each criterion, then P/R/F1 per type. */
export function formatFocusScore(s: FocusScore, label: string): string {
  const pct = (n: number): string => `${((100 * n) / Math.max(1, s.articles)).toFixed(1)} %`;
  const f = (x: Prf): string =>
    `P ${x.precision.toFixed(3)}  R ${x.recall.toFixed(3)}  F1 ${x.f1.toFixed(3)}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
  const lines = [`${label}: ${s.articles} articles`];
  for (const c of MATCH_CRITERIA)
    lines.push(`  ${c.padEnd(10)} ${String(s.matched[c]).padStart(3)}  ${pct(s.matched[c])}`);
  for (const t of FOCUS_TYPES) lines.push(`  ${t.padEnd(13)} ${f(s.byType[t])}`);
  lines.push(`  ${'all'.padEnd(13)} ${f(s.all)}`, `  ${'rank 1'.padEnd(13)} ${f(s.rank1)}`);
  return `${lines.join('\n')}\n`;
}
