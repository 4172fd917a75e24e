// `guanxi serve`: every endpoint of the API over a run of the bundled examples, its answers checked against
// corpus.json and the database, its errors, and the command itself in a child process.
import { spawn, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { runBatch } from '../src/batch/run.js';
import { DB_FILE } from '../src/db/sqlite.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import type { CorpusReportT } from '../src/schema/corpus.js';
import * as S from '../src/server/api-schema.js';
import { startServer } from '../src/server/index.js';
import { LruCache } from '../src/server/lru.js';
import { BUILTIN_DICT_DIR } from '../src/resources/dictionaries.js';
import { BUILTIN_DICTIONARIES, DB_FILE as SERVED_FILE, DEFAULT_MAX_ENTITIES } from '../src/server/store.js';
import { CooccurOptions } from '../src/stages/cooccur.js';
import type { RunningServer } from '../src/server/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/main.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
// The published command (tsx's loader in-process): signals reach guanxi itself, not tsx's CLI, which relays them
// only if the child answers within 30 ms.
const BIN = join(ROOT, 'bin/guanxi.js');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-server-'));

/** The countries 塞 may stand for, by id (the dictionaries' `abbr`). */
const SAI = ['country:CY', 'country:RS', 'country:SC', 'country:SL', 'country:SN'];

let out: string;
let input: string;
let corpus: CorpusReportT;
let db: Database.Database;
let server: RunningServer;

beforeAll(async () => {
  out = join(tmp(), 'out');
  // The examples and an item whose shorthand nothing in it resolves (塞: Cyprus, Serbia, Senegal …?).
  input = join(tmp(), 'in');
  cpSync(join(ROOT, 'examples'), input, { recursive: true });
  writeFileSync(
    join(input, 'unresolved.md'),
    "---\ntitle: '会谈'\ndate: 2024-02-03 10:00\n---\n\n中塞关系良好，塞方愿同中方合作。\n",
  );
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  await runBatch({ inputs: [input], out, pipeline, workers: 1 });
  corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusReportT;
  db = new Database(join(out, DB_FILE), { readonly: true });
  server = await startServer({ out, port: 0 });
}, 120_000);

afterAll(async () => {
  await server?.close();
  db?.close();
});

/** GETs `path` and validates a 200 answer with `schema`. */
async function get<T extends z.ZodType>(path: string, schema: T): Promise<z.infer<T>> {
  const r = await fetch(new URL(path, server.url));
  const body = (await r.json()) as unknown;
  expect(r.status, `${path}: ${JSON.stringify(body)}`).toBe(200);
  return schema.parse(body);
}

/** GETs `path` and returns the status and the error message. */
async function fail(path: string): Promise<{ status: number; error: string }> {
  const r = await fetch(new URL(path, server.url));
  return { status: r.status, error: S.ApiError.parse(await r.json()).error };
}

/** A request with a raw path and Host header (fetch would normalise both). */
function raw(path: string, host = '127.0.0.1'): Promise<{ status: number; headers: Record<string, unknown> }> {
  return new Promise((done, failed) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { Host: host } }, (res) => {
      res.resume();
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', failed);
    req.end();
  });
}

const enc = encodeURIComponent;
const NOTHING = 'from=1900-01-01&to=1900-12-31';
const EVERYTHING = 'from=1900-01-01&to=2100-12-31';
const entity = (id: string) => {
  const e = corpus.entities.find((x) => x.id === id);
  if (e === undefined) throw new Error(`the examples have no ${id}`);
  return e;
};
const pairsOf = (id: string, window: string) =>
  corpus.pairs
    .filter((p) => p.window === window && (p.a === id || p.b === id))
    .map((p) => ({ id: p.a === id ? p.b : p.a, count: p.count, articles: p.articles, npmi: p.npmi, g2: p.g2 }));

describe('guanxi serve: the run and the overview', () => {
  it('describes the run', async () => {
    const run = await get('/api/run', S.RunAnswer);
    expect(run).toMatchObject({
      out: 'out',
      pipeline: 'default',
      pipelineHash: corpus.run.pipelineHash,
      articles: corpus.run.articles.total,
      entities: corpus.run.entities,
      mentions: corpus.run.mentions,
      timezone: corpus.run.timezone,
      dateRange: { from: '1998-01-01', to: '2024-12-31' },
      inputs: [input],
    });
    expect(run.types[0]).toBe('country');
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('gives volume, top entities, diagnostics and unresolved shorthand, and nothing for an empty range', async () => {
    const o = await get('/api/overview?granularity=month', S.OverviewAnswer);
    expect(o.volume.map((v) => [v.period, v.articles, v.mentions])).toEqual(
      Object.entries(corpus.volume.month).map(([p, v]) => [p, v.articles, v.mentions]),
    );
    const people = corpus.entities.filter((e) => e.type === 'person').slice(0, 10);
    expect(o.top.person?.map((e) => [e.id, e.mentions, e.articles])).toEqual(
      people.map((e) => [e.id, e.mentions, e.articles]),
    );
    expect(o.top.person?.[0]).toMatchObject({ id: 'person:xi-jinping', nameEn: 'Xi Jinping' });
    const sai = o.unresolved.find((u) => u.text === '塞');
    expect(sai?.candidates.map((c) => c.id)).toEqual(SAI);
    expect(sai?.count).toBe(db.prepare(`SELECT count(*) FROM unresolved WHERE text = '塞'`).pluck().get());
    const diag = db.prepare('SELECT count(*) FROM diagnostics').pluck().get() as number;
    expect(o.diagnostics.reduce((n, d) => n + d.count, 0)).toBe(diag);
    const empty = await get(`/api/overview?${NOTHING}`, S.OverviewAnswer);
    expect(empty).toEqual({ volume: [], top: {}, diagnostics: [], unresolved: [] });
    const y2024 = await get('/api/overview?from=2024-01-01&to=2024-12-31&granularity=day', S.OverviewAnswer);
    const days2024 = Object.entries(corpus.volume.day).filter(([d]) => d.startsWith('2024'));
    expect(y2024.volume.map((v) => v.period)).toEqual(days2024.map(([d]) => d));
  });
});

describe('guanxi serve: search', () => {
  it('matches names, aliases, English names and ids, prefixes first, by mentions', async () => {
    const xi = await get('/api/search?q=xi', S.SearchAnswer);
    expect(xi[0]).toMatchObject({ id: 'person:xi-jinping', matched: 'Xi Jinping', name: '习近平' });
    const zh = await get(`/api/search?q=${enc('中国')}&limit=5`, S.SearchAnswer);
    expect(zh[0]).toMatchObject({ id: 'country:CN', matched: '中国' });
    expect(zh.length).toBeLessThanOrEqual(5);
    const firstSubstring = zh.findIndex((r) => !r.matched.toLowerCase().startsWith('中国'));
    if (firstSubstring >= 0) expect(zh.slice(firstSubstring).every((r) => !r.matched.startsWith('中国'))).toBe(true);
    const byId = await get(`/api/search?q=${enc('country:cn')}`, S.SearchAnswer);
    expect(byId[0]?.id).toBe('country:CN');
    const typed = await get(`/api/search?q=${enc('中')}&type=person`, S.SearchAnswer);
    expect(typed.every((r) => r.type === 'person')).toBe(true);
    expect(await get('/api/search?q=zzzzzz', S.SearchAnswer)).toEqual([]);
  });

  it('refuses an empty query and a bad limit', async () => {
    expect(await fail('/api/search?q=')).toEqual({ status: 400, error: expect.stringContaining('parameter q') });
    expect((await fail('/api/search')).status).toBe(400);
    expect((await fail('/api/search?q=a&limit=0')).error).toMatch(/parameter limit/);
    expect((await fail('/api/search?q=a&limit=abc')).status).toBe(400);
    expect((await fail('/api/search?q=a&type=PER!')).status).toBe(400);
  });
});

describe('guanxi serve: the entity page', () => {
  it('gives the entity with its counts, and zeros in a range without articles', async () => {
    const cn = entity('country:CN');
    const e = await get(`/api/entities/${enc('country:CN')}`, S.EntityAnswer);
    expect(e).toMatchObject({
      id: 'country:CN',
      type: 'country',
      name: '中国',
      nameEn: 'China',
      iso2: 'CN',
      mentions: cn.mentions,
      articles: cn.articles,
      focusArticles: cn.focusArticles,
      firstDate: cn.firstDate,
      lastDate: cn.lastDate,
      lat: 35,
      lon: 105,
    });
    const xi = await get('/api/entities/person:xi-jinping', S.EntityAnswer);
    const roles = db
      .prepare(`SELECT role, count(*) AS n FROM roles WHERE entity = 'person:xi-jinping' GROUP BY role`)
      .all() as Array<{ role: string; n: number }>;
    expect(xi.roles.map((r) => [r.role, r.articles]).sort()).toEqual(roles.map((r) => [r.role, r.n]).sort());
    expect(xi.roles.every((r) => r.first !== null && r.last !== null && r.first <= r.last)).toBe(true);
    const none = await get(`/api/entities/${enc('country:CN')}?${NOTHING}`, S.EntityAnswer);
    expect(none).toMatchObject({ mentions: 0, articles: 0, focusArticles: 0, firstDate: null, roles: [] });
    const all = await get(`/api/entities/${enc('country:CN')}?${EVERYTHING}`, S.EntityAnswer);
    expect([all.mentions, all.articles]).toEqual([cn.mentions, cn.articles]);
  });

  it('answers 404 for an unknown entity and 400 for a bad date', async () => {
    expect(await fail(`/api/entities/${enc('person:nobody')}`)).toEqual({
      status: 404,
      error: 'unknown entity person:nobody',
    });
    expect((await fail(`/api/entities/${enc('person:nobody')}/partners`)).status).toBe(404);
    expect((await fail(`/api/entities/${enc('person:nobody')}/timeline`)).status).toBe(404);
    expect((await fail(`/api/entities/${enc('person:nobody')}/articles`)).status).toBe(404);
    expect((await fail('/api/entities/country:CN?from=2024-13-45')).error).toMatch(/parameter from/);
    expect((await fail('/api/entities/country:CN?to=yesterday')).status).toBe(400);
    expect((await fail('/api/entities/country:CN?from=2024-02-01&to=2024-01-31')).error).toBe(
      'parameter to: 2024-01-31 is before from (2024-02-01)',
    );
  });

  it('gives a timeline over every period, summing to the entity', async () => {
    for (const g of ['day', 'week', 'month'] as const) {
      const t = await get(`/api/entities/${enc('country:CN')}/timeline?granularity=${g}`, S.TimelineAnswer);
      expect(t.granularity).toBe(g);
      expect(t.series.map((s) => s.period)).toEqual(Object.keys(corpus.volume[g]));
      expect(t.series.reduce((n, s) => n + s.mentions, 0)).toBe(entity('country:CN').mentions);
      const byPeriod = corpus.timeline.find((x) => x.entity === 'country:CN')?.[g] ?? {};
      for (const s of t.series) expect(s.mentions).toBe(byPeriod[s.period] ?? 0);
      // The same series computed from the articles when a range holds them all.
      const ranged = await get(`/api/entities/country:CN/timeline?granularity=${g}&${EVERYTHING}`, S.TimelineAnswer);
      expect(ranged).toEqual(t);
    }
    expect((await get(`/api/entities/country:CN/timeline?${NOTHING}`, S.TimelineAnswer)).series).toEqual([]);
    expect((await fail('/api/entities/country:CN/timeline?granularity=year')).status).toBe(400);
  });

  it('gives partners equal to the pairs of the run, and the same computed over a range holding every article', async () => {
    for (const window of ['sentence', 'block', 'article'] as const) {
      for (const id of ['country:CN', 'person:xi-jinping']) {
        const expected = pairsOf(id, window).sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1));
        const partners = await get(`/api/entities/${enc(id)}/partners?window=${window}&limit=200`, S.PartnersAnswer);
        expect(partners.map(({ id, count, articles, npmi, g2 }) => ({ id, count, articles, npmi, g2 }))).toEqual(
          expected,
        );
        const ranged = await get(
          `/api/entities/${enc(id)}/partners?window=${window}&limit=200&${EVERYTHING}`,
          S.PartnersAnswer,
        );
        expect(ranged).toEqual(partners);
      }
    }
    expect(pairsOf('country:CN', 'sentence').length).toBeGreaterThan(0);
    const byNpmi = await get('/api/entities/country:CN/partners?measure=npmi&limit=2', S.PartnersAnswer);
    expect(byNpmi.length).toBe(Math.min(2, pairsOf('country:CN', 'sentence').length));
    const npmis = pairsOf('country:CN', 'sentence')
      .map((p) => p.npmi)
      .sort((a, b) => b - a);
    expect(byNpmi.map((p) => p.npmi)).toEqual(npmis.slice(0, 2));
    expect(await get(`/api/entities/country:CN/partners?${NOTHING}`, S.PartnersAnswer)).toEqual([]);
    expect((await fail('/api/entities/country:CN/partners?measure=pmi')).error).toMatch(/parameter measure/);
    expect((await fail('/api/entities/country:CN/partners?limit=1000')).status).toBe(400);
  });

  it('lists the articles newest first, pages them, and filters the focused ones', async () => {
    const cn = entity('country:CN');
    const first = await get('/api/entities/country:CN/articles?limit=3', S.ArticlesAnswer);
    expect(first.total).toBe(cn.articles);
    const all = await get('/api/entities/country:CN/articles?limit=200', S.ArticlesAnswer);
    expect(all.items.length).toBe(cn.articles);
    expect(all.items.slice(0, 3)).toEqual(first.items);
    const dates = all.items.map((a) => a.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const next = await get('/api/entities/country:CN/articles?limit=3&offset=3', S.ArticlesAnswer);
    expect(next.items).toEqual(all.items.slice(3, 6));
    const mentions = db
      .prepare(`SELECT article, mentions FROM article_entities WHERE entity = 'country:CN'`)
      .all() as Array<{ article: string; mentions: number }>;
    expect(Object.fromEntries(all.items.map((a) => [a.id, a.mentions]))).toEqual(
      Object.fromEntries(mentions.map((m) => [m.article, m.mentions])),
    );
    const focused = await get('/api/entities/country:CN/articles?focus=1&limit=200', S.ArticlesAnswer);
    expect(focused.items.every((a) => a.focus)).toBe(true);
    expect(focused.total).toBe(all.items.filter((a) => a.focus).length);
    expect(await get(`/api/entities/country:CN/articles?${NOTHING}`, S.ArticlesAnswer)).toEqual({
      total: 0,
      items: [],
    });
    expect((await fail('/api/entities/country:CN/articles?offset=-1')).status).toBe(400);
  });
});

describe('guanxi serve: evidence and networks', () => {
  it('gives every sentence holding both entities, with both highlighted', async () => {
    const pair = corpus.pairs.find((p) => p.window === 'sentence');
    if (pair === undefined) throw new Error('the examples have no kept sentence pair');
    const ev = await get(`/api/evidence?a=${enc(pair.a)}&b=${enc(pair.b)}&limit=200`, S.EvidenceAnswer);
    expect(ev.length).toBe(pair.count);
    for (const e of ev) {
      expect(new Set(e.spans.map((s) => s.entity))).toEqual(new Set([pair.a, pair.b]));
      for (const s of e.spans) {
        const form = e.text.slice(s.start, s.end);
        expect(db.prepare('SELECT aliases FROM entities WHERE id = ?').pluck().get(s.entity)).toContain(`"${form}"`);
      }
    }
    // The run's own evidence sentences are among them.
    for (const x of pair.evidence) expect(ev.map((e) => e.text)).toContain(x.text);
    const dates = ev.map((e) => e.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const blockPair = corpus.pairs.find((p) => p.window === 'block' && p.a === pair.a && p.b === pair.b);
    const blocks = await get(
      `/api/evidence?a=${enc(pair.a)}&b=${enc(pair.b)}&window=block&limit=200`,
      S.EvidenceAnswer,
    );
    if (blockPair !== undefined) expect(blocks.length).toBe(blockPair.count);
    expect(blocks.every((b) => b.sentence === null && b.spans.length >= 2)).toBe(true);
    const articles = await get(`/api/evidence?a=${enc(pair.a)}&b=${enc(pair.b)}&window=article`, S.EvidenceAnswer);
    expect(articles.length).toBeGreaterThan(0);
    expect(await get(`/api/evidence?a=${enc(pair.a)}&b=${enc(pair.b)}&${NOTHING}`, S.EvidenceAnswer)).toEqual([]);
    expect((await fail(`/api/evidence?a=${enc(pair.a)}`)).error).toMatch(/parameter b/);
    expect((await fail(`/api/evidence?a=${enc(pair.a)}&b=person:nobody`)).status).toBe(404);
  });

  it('lays out an ego network deterministically, with the entity and its partners', async () => {
    const path = `/api/network/ego?id=${enc('country:CN')}&limit=3`;
    const ego = await get(path, S.NetworkAnswer);
    const ids = new Set(ego.nodes.map((n) => n.id));
    expect(ids.has('country:CN')).toBe(true);
    const top = pairsOf('country:CN', 'sentence').sort((x, y) => y.count - x.count || (x.id < y.id ? -1 : 1));
    for (const p of top.slice(0, 3)) expect(ids.has(p.id)).toBe(true);
    for (const e of ego.edges) {
      expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
      const p = corpus.pairs.find((x) => x.window === 'sentence' && x.a === e.source && x.b === e.target);
      expect(p?.count).toBe(e.count);
    }
    expect(ego.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    // Another server over the same run lays it out the same way.
    const other = await startServer({ out, port: 0 });
    try {
      const again = S.NetworkAnswer.parse(await (await fetch(new URL(path, other.url))).json());
      expect(again).toEqual(ego);
    } finally {
      await other.close();
    }
    expect((await fail('/api/network/ego?id=person:nobody')).status).toBe(404);
    expect((await fail('/api/network/ego')).status).toBe(400);
  });

  it('filters the corpus network by type and count and caps its nodes', async () => {
    const net = await get('/api/network/corpus?minCount=1', S.NetworkAnswer);
    const kept = corpus.pairs.filter((p) => p.window === 'sentence');
    expect(net.edges.length).toBe(kept.length);
    expect(net.truncated).toBe(false);
    const capped = await get('/api/network/corpus?minCount=1&maxNodes=2', S.NetworkAnswer);
    expect(capped.nodes.length).toBe(2);
    expect(capped.truncated).toBe(true);
    const countries = await get('/api/network/corpus?types=country,place&minCount=1&window=article', S.NetworkAnswer);
    expect(countries.nodes.every((n) => n.type === 'country' || n.type === 'place')).toBe(true);
    const strong = await get('/api/network/corpus?minCount=1000', S.NetworkAnswer);
    expect(strong).toEqual({ nodes: [], edges: [], truncated: false });
    expect((await fail('/api/network/corpus?maxNodes=6000')).status).toBe(400);
    expect((await fail('/api/network/corpus?types=PER')).status).toBe(400);
  });

  it('compares timelines and counts the sentences two entities share', async () => {
    const pair = corpus.pairs.find((p) => p.window === 'sentence');
    if (pair === undefined) throw new Error('the examples have no kept sentence pair');
    const c = await get(`/api/compare?ids=${enc(`${pair.a},${pair.b}`)}`, S.CompareAnswer);
    expect(Object.keys(c.series).sort()).toEqual([pair.a, pair.b].sort());
    expect(c.series[pair.a]?.reduce((n, s) => n + s.mentions, 0)).toBe(entity(pair.a).mentions);
    expect(c.together.reduce((n, t) => n + t.count, 0)).toBe(pair.count);
    const none = await get(`/api/compare?ids=${enc(`${pair.a},${pair.b}`)}&${NOTHING}`, S.CompareAnswer);
    expect(none.together).toEqual([]);
    expect((await fail(`/api/compare?ids=${enc('country:CN,person:nobody')}`)).status).toBe(404);
    const eleven = Array.from({ length: 11 }, (_, i) => corpus.entities[i]?.id).join(',');
    expect((await fail(`/api/compare?ids=${enc(eleven)}`)).error).toMatch(/at most 10/);
  });
});

describe('guanxi serve: articles and places', () => {
  it('gives an article: its text, mentions at their offsets, unresolved shorthand, focus', async () => {
    const id = 'xwlb/20240228-02';
    const a = await get(`/api/articles/${enc(id)}`, S.ArticleAnswer);
    expect(await get(`/api/articles/${id}`, S.ArticleAnswer)).toEqual(a);
    expect(a).toMatchObject({ id, title: '习近平同塞拉利昂总统会谈', path: 'xwlb/20240228-02.md' });
    expect(a.mentions.length).toBe(db.prepare('SELECT mentions FROM articles WHERE id = ?').pluck().get(id));
    const blocks = new Map(a.blocks.map((b) => [b.block, b.text]));
    for (const m of a.mentions) expect(blocks.get(m.block)?.slice(m.start, m.end)).toBe(m.text);
    expect(a.focus[0]?.rank).toBe(1);
    expect(a.keywords.length).toBeGreaterThan(0);
    expect(a.mentions.find((m) => m.entity === 'person:xi-jinping')).toMatchObject({ type: 'person', name: '习近平' });
    const u = await get('/api/articles/unresolved', S.ArticleAnswer);
    const text = new Map(u.blocks.map((b) => [b.block, b.text]));
    expect(u.unresolved.map((x) => [text.get(x.block)?.slice(x.start, x.end), x.text])).toEqual([
      ['塞', '塞'],
      ['塞', '塞'],
    ]);
    expect(u.unresolved[0]?.candidates.map((c) => c.id)).toEqual(SAI);
    expect(await fail(`/api/articles/${enc('xwlb/nothing')}`)).toEqual({
      status: 404,
      error: 'unknown article xwlb/nothing',
    });
  });

  it('lists articles by focus and places with their points', async () => {
    const cn = entity('country:CN');
    const f = await get('/api/articles?focus=country:CN&limit=200', S.ArticlesAnswer);
    expect(f.total).toBe(cn.focusArticles);
    expect(f.items.every((x) => x.focus)).toBe(true);
    const all = await get('/api/articles?limit=1', S.ArticlesAnswer);
    expect(all.total).toBe(corpus.run.articles.total);
    expect((await fail('/api/articles?focus=person:nobody')).status).toBe(404);
    const places = await get('/api/places', S.PlacesAnswer);
    const withPoints = corpus.entities.filter((e) => e.lat !== undefined && e.lon !== undefined);
    expect(places.map((p) => p.id).sort()).toEqual(withPoints.map((e) => e.id).sort());
    expect(places.find((p) => p.id === 'country:CN')).toMatchObject({ lat: 35, lon: 105, mentions: cn.mentions });
    expect(await get(`/api/places?${NOTHING}`, S.PlacesAnswer)).toEqual([]);
  });
});

describe('guanxi serve: what it refuses', () => {
  it('answers 404 for unknown paths and serves the dashboard at /', async () => {
    expect(await fail('/api/nothing')).toEqual({ status: 404, error: 'no such endpoint: /api/nothing' });
    expect((await fail('/nothing.js')).status).toBe(404);
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(home.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('refuses paths outside the run, other hosts and other methods', async () => {
    for (const path of [
      '/assets/../../etc/passwd',
      '/../guanxi.sqlite',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fcorpus.json',
      '/api/articles/..%2F..%2Fcorpus.json',
      '/assets/%5c..%5crun.json',
    ])
      expect((await raw(path)).status, path).toBe(400);
    expect((await raw('/corpus.json')).status).toBe(404);
    expect((await raw('/guanxi.sqlite')).status).toBe(404);
    expect((await raw('/api/run', 'evil.example')).status).toBe(403);
    expect((await raw('/api/run', `localhost:${server.port}`)).status).toBe(200);
    const post = await fetch(new URL('/api/run', server.url), { method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('sends security headers and no CORS grant', async () => {
    const r = await fetch(new URL('/api/run', server.url), { headers: { Origin: 'http://evil.example' } });
    expect(r.headers.get('access-control-allow-origin')).toBeNull();
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});

describe('guanxi serve: the command', () => {
  it('prints its address, answers, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', out, '--port', '0'], { cwd: ROOT });
    const line = await new Promise<string>((done, failed) => {
      let text = '';
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString('utf8');
        if (text.includes('\n')) done(text);
      });
      child.on('exit', (code) => failed(new Error(`serve exited with ${code}`)));
    });
    const url = /guanxi dashboard: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(line)?.[1];
    expect(url).toBeDefined();
    const run = S.RunAnswer.parse(await (await fetch(new URL('/api/run', url))).json());
    expect(run.articles).toBe(corpus.run.articles.total);
    const code = await new Promise<number | null>((done) => {
      child.on('exit', (c) => done(c));
      child.kill('SIGTERM');
    });
    expect(code).toBe(0);
  }, 60_000);

  it('exits with 2 and says how to make the database when there is none', () => {
    const empty = join(tmp(), 'no-db');
    mkdirSync(empty);
    const r = spawnSync(TSX, [CLI, 'serve', empty, '--port', '0'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(join(empty, DB_FILE));
    expect(r.stderr).toContain('guanxi db');
    const bad = spawnSync(TSX, [CLI, 'serve', out, '--port', '70000'], { cwd: ROOT, encoding: 'utf8' });
    expect(bad.status).toBe(2);
  });
});

describe('constants and the answer cache', () => {
  it('reads the file the database writer writes, with the dictionaries and window bound the run used', () => {
    expect(SERVED_FILE).toBe(DB_FILE);
    expect(BUILTIN_DICTIONARIES).toBe(BUILTIN_DICT_DIR);
    expect(DEFAULT_MAX_ENTITIES).toBe(CooccurOptions.parse({}).maxEntities);
  });

  it('keeps the most recently used answers within its bound', () => {
    const cache = new LruCache(10);
    cache.set('a', 'aaaa');
    cache.set('b', 'bbbb');
    expect(cache.get('a')).toBe('aaaa');
    cache.set('c', 'cccc');
    // 12 characters > 10: the least recently used (b) goes.
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual(['aaaa', 'cccc', 2]);
    cache.set('big', 'x'.repeat(11));
    expect(cache.get('big')).toBeUndefined();
    expect(cache.size).toBe(2);
    cache.set('a', 'a');
    cache.set('d', 'dddddd');
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual(['a', undefined, 'dddddd']);
  });
});
