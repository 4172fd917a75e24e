// The HTTP application: routes of the JSON API (docs/api.md) over the read-only store, the dashboard's files, and
// the guards of a local app (GET only, a Host header naming this machine when bound to loopback, security headers).
import type { HttpBindings } from '@hono/node-server';
import { Hono } from 'hono';
import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { DashboardAsset } from '../web/assets.js';
import { articleAnswer, evidenceAnswer, prepareArticleQueries } from './article-queries.js';
import {
  articleList,
  compareAnswer,
  overviewAnswer,
  placesAnswer,
  prepareCorpusQueries,
  runAnswer,
  searchAnswer,
} from './corpus-queries.js';
import { entityAnswer, entityArticles, prepareEntityQueries, timelineAnswer } from './entity-queries.js';
import { LruCache } from './lru.js';
import { corpusNetwork, egoNetwork } from './network.js';
import { byMeasure, prepareRangePairs, prepareTablePairs, rangePairs, tablePairs } from './pairs.js';
import type { PairSource } from './pairs.js';
import * as P from './params.js';
import type { Range } from './params.js';
import { refOf } from './store.js';
import type { Store } from './store.js';
import type { WindowKindT } from './api-schema.js';

/** What a handler gives: an answer to send as JSON, or an error status and message. */
type Outcome = { ok: true; body: unknown } | { ok: false; status: 400 | 404; error: string };

const ok = (body: unknown): Outcome => ({ ok: true, body });
const bad = (error: string): Outcome => ({ ok: false, status: 400, error });
const missing = (error: string): Outcome => ({ ok: false, status: 404, error });

/** Options of {@link createApp}. */
export interface AppOptions {
  store: Store;
  /** The dashboard's files, still loading or built while the API already answers. */
  assets: Promise<Map<string, DashboardAsset>>;
  /** Host names (without port) the Host header may name; null accepts any (a server bound beyond loopback). */
  allowedHosts: readonly string[] | null;
  /** Bound of the answer cache, in characters. */
  cacheBytes?: number;
}

const CSP = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  workerSrc: ["'self'", 'blob:'],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'none'"],
};

/** A path that names no file of the run: dot segments, backslashes or NUL (before or after decoding). */
function refusedPath(raw: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return true;
  }
  return [raw, decoded].some((p) => /(^|[/\\])\.\.?([/\\]|$)/.test(p) || p.includes('\\') || p.includes('\0'));
}

/** Parses the query with a schema and runs `then` on it, or answers 400. */
function withQuery<T extends Parameters<typeof P.parseQuery>[0]>(
  schema: T,
  then: (p: ReturnType<T['parse']>, c: Context) => Outcome,
): (c: Context) => Outcome {
  return (c) => {
    const r = P.parseQuery(schema, c.req.query());
    return r.ok ? then(r.value as ReturnType<T['parse']>, c) : bad(r.message);
  };
}

/** Where the pairs of a request come from: the run's table (read once per window kind) or a range's count (a few
 * kept, weighed by their pairs: they are costly to count and large). */
function pairSources(store: Store): (range: Range, window: WindowKindT) => PairSource {
  const tp = prepareTablePairs(store.db);
  const rp = prepareRangePairs(store.db);
  const tables = new Map<WindowKindT, PairSource>();
  const ranges = new LruCache<PairSource>(500_000, (s) => s.all().length + 1);
  return (range, window) => {
    const key = range.all === 1 ? window : `${range.from}|${range.to}|${window}`;
    const known = range.all === 1 ? tables.get(key as WindowKindT) : ranges.get(key);
    if (known !== undefined) return known;
    if (range.all === 1) {
      const t = tablePairs(tp, window);
      tables.set(window, t);
      return t;
    }
    const s = rangePairs(rp, range, window, store.facts);
    ranges.set(key, s);
    return s;
  };
}

/** What the route groups share. */
interface Routes {
  store: Store;
  route: (path: string, handle: (c: Context) => Outcome) => void;
  pairs: (range: Range, window: WindowKindT) => PairSource;
  known: (id: string) => boolean;
}

/** The guards every request passes: GET only, a Host naming this machine, no path outside the dashboard. */
function guard(allowedHosts: readonly string[] | null): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD')
      return c.json({ error: `method ${c.req.method} not allowed: the server is read-only` }, 405, {
        Allow: 'GET, HEAD',
      });
    const host = (c.req.header('host') ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
    if (allowedHosts !== null && !allowedHosts.includes(host))
      return c.json({ error: `host ${host || '(none)'} refused: open the address the server printed` }, 403);
    // The path as the client sent it: the request's URL has its dot segments resolved already.
    const incoming = (c.env as Partial<HttpBindings> | undefined)?.incoming?.url;
    const raw = (incoming ?? new URL(c.req.url).pathname).split('?')[0] ?? '';
    if (refusedPath(raw)) return c.json({ error: 'path refused: outside the dashboard' }, 400);
    await next();
  };
}

/** The application over an open store. */
export function createApp(opts: AppOptions): Hono {
  const { store } = opts;
  const answers = new LruCache(opts.cacheBytes ?? 64 * 1024 * 1024);
  const app = new Hono();
  app.use('*', guard(opts.allowedHosts));
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: CSP,
      crossOriginResourcePolicy: 'same-origin',
      strictTransportSecurity: false,
    }),
  );
  const headers = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-cache' };
  // Answers go through the cache, keyed by the request's path and query.
  const route = (path: string, handle: (c: Context) => Outcome): void => {
    app.get(path, (c) => {
      const url = new URL(c.req.url);
      const key = url.pathname + url.search;
      const hit = answers.get(key);
      if (hit !== undefined) return c.body(hit, 200, headers);
      const out = handle(c);
      if (!out.ok) return c.json({ error: out.error }, out.status);
      const body = JSON.stringify(out.body);
      answers.set(key, body);
      return c.body(body, 200, headers);
    });
  };
  const pairs = pairSources(store);
  // The default window's pairs are read at start (a few milliseconds); the others on first use.
  pairs(P.rangeOf({}), 'sentence');
  const routes: Routes = { store, route, pairs, known: (id) => store.entities.has(id) };
  corpusRoutes(routes);
  entityRoutes(routes);
  linkRoutes(routes);
  app.all('/api/*', (c) => c.json({ error: `no such endpoint: ${new URL(c.req.url).pathname}` }, 404));
  // A failed bundle build answers 500 with its reason instead of stopping the API.
  const assets = opts.assets.then(
    (map) => ({ map, error: null }),
    (err: unknown) => ({
      map: new Map<string, DashboardAsset>(),
      error: err instanceof Error ? err.message : String(err),
    }),
  );
  app.get('*', async (c) => {
    const path = new URL(c.req.url).pathname;
    const { map, error } = await assets;
    if (error !== null) return c.json({ error: `the dashboard could not be built: ${error}` }, 500);
    const asset = map.get(path === '/index.html' ? '/' : path);
    if (asset === undefined) return c.json({ error: `not found: ${path}` }, 404);
    return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': asset.contentType,
      'Cache-Control': 'no-cache',
    });
  });
  return app;
}

/** The run, overview, search, places and article routes. */
function corpusRoutes({ store, route, known }: Routes): void {
  const cq = prepareCorpusQueries(store.db);
  const aq = prepareArticleQueries(store.db);
  route(
    '/api/run',
    withQuery(P.RangeParams, () => ok(runAnswer(store, cq))),
  );
  route(
    '/api/overview',
    withQuery(P.GranularityParams, (p) => ok(overviewAnswer(store, cq, p.granularity, P.rangeOf(p)))),
  );
  route(
    '/api/search',
    withQuery(P.SearchParams, (p) => ok(searchAnswer(store, p))),
  );
  route(
    '/api/places',
    withQuery(P.RangeParams, (p) => ok(placesAnswer(store, cq, P.rangeOf(p)))),
  );
  route(
    '/api/compare',
    withQuery(P.CompareParams, (p) => {
      const unknown = p.ids.find((id) => !known(id));
      if (unknown !== undefined) return missing(`unknown entity ${unknown}`);
      return ok(compareAnswer(cq, p.ids, p.granularity, P.rangeOf(p)));
    }),
  );
  route(
    '/api/articles',
    withQuery(P.ArticleListParams, (p) => {
      if (p.focus !== undefined && !known(p.focus)) return missing(`unknown entity ${p.focus}`);
      return ok(articleList(cq, p.focus, { offset: p.offset, limit: p.limit }, P.rangeOf(p)));
    }),
  );
  // Article ids hold a slash (`xwlb/20240110-02`): sent encoded (%2F) or as they are.
  route('/api/articles/:id{.+}', (c) => {
    const id = c.req.param('id') ?? '';
    const a = articleAnswer(store, aq, id);
    return a === null ? missing(`unknown article ${id}`) : ok(a);
  });
  route(
    '/api/evidence',
    withQuery(P.EvidenceParams, (p) => {
      for (const id of [p.a, p.b]) if (!known(id)) return missing(`unknown entity ${id}`);
      return ok(evidenceAnswer(aq, p, P.rangeOf(p)));
    }),
  );
}

/** The entity page's routes: `/api/entities/:id` and its timeline, partners and articles. */
function entityRoutes({ store, route, pairs, known }: Routes): void {
  const eq = prepareEntityQueries(store.db);
  /** Runs `then` on the path's known entity, or answers 404. */
  const onEntity =
    (then: (id: string) => Outcome) =>
    (_: unknown, c: Context): Outcome => {
      const id = c.req.param('id') ?? '';
      return known(id) ? then(id) : missing(`unknown entity ${id}`);
    };
  route(
    '/api/entities/:id',
    withQuery(P.RangeParams, (p, c) =>
      onEntity((id) => {
        const e = entityAnswer(store, eq, id, P.rangeOf(p));
        return e === null ? missing(`unknown entity ${id}`) : ok(e);
      })(p, c),
    ),
  );
  route(
    '/api/entities/:id/timeline',
    withQuery(P.GranularityParams, (p, c) =>
      onEntity((id) => ok(timelineAnswer(eq, id, p.granularity, P.rangeOf(p))))(p, c),
    ),
  );
  route(
    '/api/entities/:id/partners',
    withQuery(P.PartnerParams, (p, c) =>
      onEntity((id) => {
        const rows = pairs(P.rangeOf(p), p.window).partners(id).sort(byMeasure(p.measure)).slice(0, p.limit);
        return ok(
          rows.map((r) => ({
            ...refOf(store, r.partner),
            count: r.count,
            articles: r.articles,
            npmi: r.npmi,
            g2: r.g2,
          })),
        );
      })(p, c),
    ),
  );
  route(
    '/api/entities/:id/articles',
    withQuery(P.EntityArticlesParams, (p, c) =>
      onEntity((id) => {
        const page = { offset: p.offset, limit: p.limit, focus: p.focus === '1' ? (1 as const) : (0 as const) };
        return ok(entityArticles(store, eq, id, page, P.rangeOf(p)));
      })(p, c),
    ),
  );
}

/** The network routes. */
function linkRoutes({ store, route, pairs, known }: Routes): void {
  route(
    '/api/network/ego',
    withQuery(P.EgoParams, (p) => {
      if (!known(p.id)) return missing(`unknown entity ${p.id}`);
      return ok(egoNetwork(store, pairs(P.rangeOf(p), p.window), p.id, p));
    }),
  );
  route(
    '/api/network/corpus',
    withQuery(P.CorpusNetworkParams, (p) => {
      const types = p.types?.split(',');
      const source = pairs(P.rangeOf(p), p.window);
      return ok(
        corpusNetwork(store, source, { types, minCount: p.minCount, measure: p.measure, maxNodes: p.maxNodes }),
      );
    }),
  );
}

/**
 * Runs the entity page's requests and an ego network once for the most mentioned entity, so that the first
 * visitor does not pay for compiling the code paths (a few hundred milliseconds on the first ego network). The
 * answers are cached under a query no client sends (`warm=1`, a parameter the API ignores).
 */
export async function warmUp(app: Hono, store: Store): Promise<void> {
  const top = store.ranked[0];
  if (top === undefined) return;
  const e = `/api/entities/${encodeURIComponent(top.id)}`;
  const paths = [
    e,
    `${e}/timeline`,
    `${e}/partners`,
    `${e}/articles`,
    `/api/network/ego?id=${encodeURIComponent(top.id)}`,
  ];
  for (const path of paths) {
    // One request at a time, letting the visitors' requests in between.
    await new Promise((done) => setImmediate(done));
    const r = await app.request(`http://127.0.0.1${path}${path.includes('?') ? '&' : '?'}warm=1`, {
      headers: { Host: '127.0.0.1' },
    });
    await r.arrayBuffer();
  }
}
