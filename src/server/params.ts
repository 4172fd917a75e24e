// Query parameters of the API, validated by zod: a bad one is a 400 answer naming the parameter.
import { z } from 'zod';
import { Granularity, Measure, WindowKind } from './api-schema.js';

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day, YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), 'must be a real day');

const int = (min: number, max: number, fallback: number) =>
  z.coerce.number().int('must be a whole number').min(min).max(max).default(fallback);

/** The date range every endpoint takes: both optional, inclusive. */
export const RangeParams = z.object({ from: day.optional(), to: day.optional() });

/** A date range as the queries use it: `all` when none is given (then the precomputed tables answer). */
export interface Range {
  all: 0 | 1;
  from: string;
  to: string;
}

/** The range of validated `from`/`to`: an open end is the earliest or latest possible day. */
export function rangeOf(p: { from?: string | undefined; to?: string | undefined }): Range {
  if (p.from === undefined && p.to === undefined) return { all: 1, from: '0000-01-01', to: '9999-12-31' };
  return { all: 0, from: p.from ?? '0000-01-01', to: p.to ?? '9999-12-31' };
}

/** `?granularity=day|week|month` (month by default). */
export const GranularityParams = RangeParams.extend({ granularity: Granularity.default('month') });

/** `?window&measure&limit` of partners. */
export const PartnerParams = RangeParams.extend({
  window: WindowKind.default('sentence'),
  measure: Measure.default('count'),
  limit: int(1, 200, 20),
});

/** Paging of article lists. */
export const PageParams = RangeParams.extend({ offset: int(0, 1_000_000, 0), limit: int(1, 200, 20) });

/** `?focus=1` on an entity's articles: only the articles about it. */
export const EntityArticlesParams = PageParams.extend({ focus: z.enum(['0', '1']).default('0') });

/** `/api/articles?focus=<entity id>`. */
export const ArticleListParams = PageParams.extend({ focus: z.string().min(1).optional() });

/** `/api/search`. */
export const SearchParams = RangeParams.extend({
  q: z.string().trim().min(1, 'must not be empty').max(100),
  type: z
    .string()
    .regex(/^[a-z][a-z0-9_]*$/, 'must be an entity type such as person')
    .optional(),
  limit: int(1, 100, 20),
});

/** `/api/evidence`. */
export const EvidenceParams = RangeParams.extend({
  a: z.string().min(1),
  b: z.string().min(1),
  window: WindowKind.default('sentence'),
  limit: int(1, 200, 20),
});

/** `/api/network/ego`. */
export const EgoParams = RangeParams.extend({
  id: z.string().min(1),
  window: WindowKind.default('sentence'),
  measure: Measure.default('count'),
  limit: int(1, 100, 15),
  /** Partners of each partner added to the network. */
  second: int(0, 50, 5),
});

/** `/api/network/corpus`. */
export const CorpusNetworkParams = RangeParams.extend({
  types: z
    .string()
    .regex(/^[a-z][a-z0-9_]*(,[a-z][a-z0-9_]*)*$/, 'must be a comma-separated list of entity types')
    .optional(),
  minCount: int(1, 1_000_000, 5),
  window: WindowKind.default('sentence'),
  measure: Measure.default('count'),
  maxNodes: int(1, 5000, 2000),
});

/** `/api/compare`. */
export const CompareParams = GranularityParams.extend({
  ids: z
    .string()
    .min(1)
    .transform((s) => [...new Set(s.split(',').filter((x) => x !== ''))])
    .pipe(z.array(z.string()).min(1, 'must name at least one entity').max(10, 'at most 10 entities')),
});

/** Parses a query with `schema`: the value, or the message of the first bad parameter. */
export function parseQuery<T extends z.ZodType>(
  schema: T,
  query: Record<string, string>,
): { ok: true; value: z.infer<T> } | { ok: false; message: string } {
  const r = schema.safeParse(query);
  if (r.success) {
    const range = r.data as { from?: string; to?: string };
    if (range.from !== undefined && range.to !== undefined && range.from > range.to)
      return { ok: false, message: `parameter to: ${range.to} is before from (${range.from})` };
    return { ok: true, value: r.data };
  }
  const issue = r.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'query' : `parameter ${issue.path.join('.')}`;
  return { ok: false, message: `${where}: ${issue?.message ?? 'invalid'}` };
}
