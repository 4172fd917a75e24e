import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readReports } from '../src/article/report-store.js';
import { runBatch } from '../src/batch/run.js';
import { mergeOutputs } from '../src/batch/merge.js';
import { ConfigError } from '../src/core/errors.js';
import { loadPostgres } from '../src/db/postgres.js';
import { DB_FILE, writeDatabase } from '../src/db/sqlite.js';
import { DatabaseBuildThread } from '../src/db/build-thread.js';
import { TABLES } from '../src/db/schema.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import type { Pipeline } from '../src/pipeline.js';
import type { CorpusReportT } from '../src/schema/corpus.js';
import type { MentionLineT } from '../src/schema/aggregate.js';
import { docQueries, dumpTables, onPostgres, onSqlite, testPostgresUrl } from './db-helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const EXAMPLES = join(ROOT, 'examples');
const CLI = join(ROOT, 'src/cli/main.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-db-'));

/**
 * The examples, two articles with diagnostics (no front matter; an empty body), and one with shorthand that
 * nothing in it resolves (塞 is Cyprus, Serbia, Senegal, Sierra Leone or Seychelles).
 */
function corpusFolder(): string {
  const dir = join(tmp(), 'in');
  cpSync(EXAMPLES, dir, { recursive: true });
  writeFileSync(
    join(dir, 'unresolved.md'),
    "---\ntitle: '会谈'\ndate: 2024-02-03 10:00\n---\n\n中塞关系良好，塞方愿同中方合作。\n",
  );
  writeFileSync(join(dir, 'empty.md'), "---\ntitle: '空'\ndate: 2024-02-01 10:00\n---\n\n");
  writeFileSync(join(dir, 'empty-too.md'), "---\ntitle: '空'\ndate: 2024-02-02 10:00\n---\n\n");
  return dir;
}

let pipeline: Pipeline;
let input: string;
let out: string;
let corpus: CorpusReportT;
let db: Database.Database;
const queries = docQueries();

/** Runs the pipeline (one thread) over `inputs` into `dir`. */
async function run(
  inputs: string[],
  dir: string,
  extra: { db?: boolean; cache?: boolean; shouldStop?: () => boolean } = {},
) {
  return runBatch({ inputs, out: dir, pipeline, workers: 1, ...extra });
}

/** Runs the CLI in a child process. */
function cli(args: string[]) {
  return spawnSync(TSX, [CLI, ...args], { encoding: 'utf8', cwd: ROOT });
}

const readCorpus = (dir: string): CorpusReportT =>
  JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusReportT;

beforeAll(async () => {
  pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  input = corpusFolder();
  out = join(tmp(), 'out');
  const result = await run([input], out);
  expect(result.database?.action).toBe('built');
  corpus = readCorpus(out);
  db = new Database(join(out, DB_FILE), { readonly: true });
});

afterAll(() => db?.close());

/** The first entity of a kept sentence pair, and that pair. */
function samplePair() {
  const p = corpus.pairs.find((x) => x.window === 'sentence');
  if (p === undefined) throw new Error('the test corpus has no kept sentence pair');
  return p;
}

describe('the SQLite database of a run', () => {
  it('holds the rows of corpus.json, the reports and mentions.ndjson.gz', () => {
    const count = (t: string): number => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
    expect(count('articles')).toBe(corpus.run.articles.total);
    expect(count('articles')).toBe(18);
    expect(count('entities')).toBe(corpus.run.entities);
    expect(count('mentions')).toBe(corpus.run.mentions);
    expect(count('pairs')).toBe(corpus.pairs.length);
    expect(count('evidence')).toBe(corpus.pairs.reduce((n, p) => n + p.evidence.length, 0));
    expect(count('sentences')).toBe(corpus.run.windows.sentence);
    expect(count('diagnostics')).toBe(corpus.diagnostics.reduce((n, d) => n + d.diagnostics.length, 0));
    const lines = gunzipSync(readFileSync(join(out, 'mentions.ndjson.gz')))
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as MentionLineT);
    const rows = db
      .prepare(
        `SELECT m.article, a.date, m.entity, e.type, m.block, m.sentence, m.start_offset AS start, m.end_offset AS "end",
           m.text, m.source, m.rule, m.confidence
         FROM mentions m JOIN articles a ON a.id = m.article JOIN entities e ON e.id = m.entity
         ORDER BY m.article, m.seq`,
      )
      .all() as Array<Record<string, unknown>>;
    // By article id (code point order, as SQLite sorts), mentions in their order within each.
    const byArticle = (xs: MentionLineT[]) =>
      [...xs].sort((x, y) => (x.article < y.article ? -1 : x.article > y.article ? 1 : 0));
    expect(rows.map(({ rule, ...r }) => (rule === null ? r : { ...r, rule }))).toEqual(byArticle(lines));
    const run = db.prepare('SELECT * FROM run').get() as Record<string, unknown>;
    expect(run).toMatchObject({
      pipeline: 'default',
      pipeline_hash: corpus.run.pipelineHash,
      dictionary_hash: corpus.run.dictionaryHash,
      sentence_windows: corpus.run.windows.sentence,
    });
    expect(JSON.parse(run.options as string)).toEqual(corpus.run.options);
  });

  it('computes timelines and volume equal to corpus.json', () => {
    for (const kind of ['day', 'week', 'month'] as const) {
      const timeline = db
        .prepare('SELECT entity, period, mentions FROM timelines WHERE kind = ? ORDER BY entity, period')
        .all(kind) as Array<{ entity: string; period: string; mentions: number }>;
      const expected = corpus.timeline
        .flatMap((t) => Object.entries(t[kind]).map(([period, mentions]) => ({ entity: t.entity, period, mentions })))
        .sort((x, y) => (x.entity < y.entity ? -1 : x.entity > y.entity ? 1 : x.period < y.period ? -1 : 1));
      expect(timeline).toEqual(expected);
      const volume = db
        .prepare('SELECT period, articles, mentions FROM volume WHERE kind = ? ORDER BY period')
        .all(kind) as Array<{ period: string; articles: number; mentions: number }>;
      expect(Object.fromEntries(volume.map((v) => [v.period, { articles: v.articles, mentions: v.mentions }]))).toEqual(
        corpus.volume[kind],
      );
    }
    const xi = db.prepare(`SELECT aliases, country FROM entities WHERE id = 'person:xi-jinping'`).get() as {
      aliases: string;
      country: string | null;
    };
    expect(JSON.parse(xi.aliases)).toContain('习近平');
  });

  it("answers docs/database.md's partners-by-npmi with corpus.json's sentence pairs and NPMI", () => {
    // Every article is dated, so the widest range is the whole corpus.
    expect(Object.values(corpus.volume.month).reduce((n, v) => n + v.articles, 0)).toBe(corpus.run.articles.total);
    const p = samplePair();
    for (const entity of [p.a, p.b]) {
      const rows = onSqlite(db, queries.get('partners-by-npmi') as string, {
        entity,
        from: '0000-01-01',
        to: '9999-12-31',
        min_count: 1,
        limit: 10000,
      });
      const kept = corpus.pairs.filter((x) => x.window === 'sentence' && (x.a === entity || x.b === entity));
      expect(kept.length).toBeGreaterThan(0);
      for (const k of kept) {
        const partner = k.a === entity ? k.b : k.a;
        const row = rows.find((r) => r.partner === partner);
        expect(row?.together).toBe(k.count);
        expect(row?.npmi as number).toBeCloseTo(k.npmi, 5);
      }
    }
    // A narrower range counts only its own articles' sentences.
    const one = onSqlite(db, queries.get('partners-by-npmi') as string, {
      entity: p.a,
      from: '2024-01-10',
      to: '2024-01-10',
      min_count: 1,
      limit: 10000,
    });
    const total = onSqlite(db, queries.get('partners-by-npmi') as string, {
      entity: p.a,
      from: '0000-01-01',
      to: '9999-12-31',
      min_count: 1,
      limit: 10000,
    });
    expect(one.length).toBeLessThanOrEqual(total.length);
  });

  it('answers monthly-timeline, sentences-with-both, articles-with-diagnostic and unresolved-by-text as corpus.json and the reports say', () => {
    const p = samplePair();
    const timeline = onSqlite(db, queries.get('monthly-timeline') as string, { entity: p.a });
    const t = corpus.timeline.find((x) => x.entity === p.a);
    expect(timeline.map((r) => [r.month, r.mentions])).toEqual(Object.entries(t?.month ?? {}));
    for (const r of timeline) expect(r.all_mentions).toBe(corpus.volume.month[r.month as string]?.mentions);

    const both = onSqlite(db, queries.get('sentences-with-both') as string, { a: p.a, b: p.b });
    expect(both.filter((r) => r.skipped === 0)).toHaveLength(p.count);
    for (const ev of p.evidence) expect(both.map((r) => r.text)).toContain(ev.text);

    const diag = onSqlite(db, queries.get('articles-with-diagnostic') as string, { code: 'empty-body' });
    const expected = corpus.diagnostics.filter((d) => d.diagnostics.some((x) => x.code === 'empty-body'));
    expect(diag.map((r) => r.article)).toEqual(expected.map((d) => d.article));
    expect(diag.map((r) => r.article)).toEqual(['empty-too', 'empty']);

    // The articles whose focus holds an entity: as the reports say, as many as corpus.json's focusArticles.
    const focused = corpus.entities.find((e) => e.focusArticles > 0);
    expect(focused).toBeDefined();
    const byFocus = onSqlite(db, queries.get('articles-focused-on') as string, { entity: focused?.id });
    const inReports = [...readReports(out)].filter((r) => (r.focus ?? []).some(([id]) => id === focused?.id));
    expect(byFocus.map((r) => r.id).sort()).toEqual(inReports.map((r) => r.id).sort());
    expect(byFocus).toHaveLength(focused?.focusArticles ?? -1);

    const unresolved = onSqlite(db, queries.get('unresolved-by-text') as string, {});
    const counts = new Map<string, number>();
    for (const r of readReports(out)) for (const u of r.unresolved) counts.set(u.text, (counts.get(u.text) ?? 0) + 1);
    expect(counts.size).toBeGreaterThan(0);
    expect(new Map(unresolved.map((r) => [r.text as string, r.occurrences as number]))).toEqual(counts);

    const kwic = onSqlite(db, queries.get('keyword-sqlite') as string, { phrase: '"一带一路"' });
    const all = db.prepare('SELECT article, sentence, text FROM sentences ORDER BY article, sentence').all() as Array<{
      text: string;
    }>;
    expect(kwic).toEqual(all.filter((s) => s.text.includes('一带一路')));
    expect(kwic.length).toBeGreaterThan(2);
  });
});

describe('incremental writes', () => {
  it('keeps an unchanged database, replaces only a changed or removed article, and equals a database built anew', async () => {
    const dir = join(tmp(), 'out');
    const src = corpusFolder();
    await run([src], dir);
    expect((await run([src], dir)).database?.action).toBe('kept');
    appendFileSync(join(src, 'xwlb/20240110-02.md'), '\n王毅会见土库曼斯坦外长。\n');
    rmSync(join(src, 'empty.md'));
    const updated = (await run([src], dir)).database;
    expect(updated).toMatchObject({ action: 'updated', written: 1, removed: 1 });
    const incremental = dumpTables(join(dir, DB_FILE));
    rmSync(join(dir, DB_FILE));
    expect((await writeDatabase({ out: dir, corpus: () => readCorpus(dir) })).action).toBe('built');
    expect(incremental).toEqual(dumpTables(join(dir, DB_FILE)));
    expect(incremental.articles).toHaveLength(17);
    // --no-db writes none and removes the earlier one.
    expect((await run([src], dir, { db: false })).database).toBeNull();
    expect(existsSync(join(dir, DB_FILE))).toBe(false);
  });

  it('leaves the previous database, whole and openable, when a write is killed (SIGKILL) half-way', async () => {
    const dir = join(tmp(), 'out');
    const src = corpusFolder();
    await run([src], dir);
    const path = join(dir, DB_FILE);
    const previous = join(dir, '..', 'previous.sqlite');
    copyFileSync(path, previous);
    const before = dumpTables(path);
    for (const f of readdirSync(join(src, 'xwlb')).slice(0, 4)) appendFileSync(join(src, 'xwlb', f), '\n中方。\n');
    await run([src], dir);
    // The first run's database again, which a child process then updates and is killed inside its transaction.
    copyFileSync(previous, path);
    const script = join(dir, '..', 'kill.mts');
    writeFileSync(
      script,
      `import { readFileSync } from 'node:fs';
import { writeDatabase } from ${JSON.stringify(join(ROOT, 'src/db/sqlite.ts'))};
const out = ${JSON.stringify(dir)};
await writeDatabase({ out, corpus: () => JSON.parse(readFileSync(out + '/corpus.json', 'utf8')), onArticle: (n) => {
  if (n < 2) return;
  process.stdout.write('writing\\n');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
} });
`,
    );
    // Node itself (tsx's command would be a parent process, and SIGKILL would not reach the writer).
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('writing')) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the child ended (${code}) before writing`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    // The killed transaction left its journal; opening the file rolls it back.
    expect(existsSync(`${path}-journal`)).toBe(true);
    expect(dumpTables(path)).toEqual(before);
    // The next write does what the killed one did not.
    expect(await writeDatabase({ out: dir, corpus: () => readCorpus(dir) })).toMatchObject({
      action: 'updated',
      written: 4,
    });
    expect(dumpTables(path)).not.toEqual(before);
  });
});

describe('a database built while the run goes on', () => {
  it('holds the same rows as one written after a run without it, for report files and for shards', async () => {
    // The shared run above built its database in the thread (there was none): compare with one written afterwards.
    const after = join(tmp(), 'out');
    await run([input], after, { db: false });
    expect((await writeDatabase({ out: after, corpus: () => readCorpus(after) })).action).toBe('built');
    expect(dumpTables(join(out, DB_FILE))).toEqual(dumpTables(join(after, DB_FILE)));
    const sharded = join(tmp(), 'out');
    const built = await runBatch({
      inputs: [input],
      out: sharded,
      pipeline,
      workers: 1,
      reports: 'ndjson.gz',
      shardSize: 4,
    });
    expect(built.database).toMatchObject({ action: 'built', written: 18 });
    const shardTables = dumpTables(join(sharded, DB_FILE));
    expect(shardTables.articles).toHaveLength(18);
    expect(shardTables).toEqual(dumpTables(join(after, DB_FILE)));
    expect(existsSync(join(sharded, `${DB_FILE}.building`))).toBe(false);
  });

  it('takes a corpus report many times larger than its heap (the corpus tables go to the thread in pieces)', async () => {
    // 200,000 sentence pairs with three pieces of evidence each: over 250 MB as objects, against the thread's 128 MB
    // heap (a run over four copies of xwlb has 190,000 kept pairs; copied whole, its report stopped the thread).
    const dir = join(tmp(), 'out');
    await run([EXAMPLES], dir, { db: false });
    const base = readCorpus(dir);
    const text = '国家主席习近平同土库曼斯坦总统别尔德穆哈梅多夫举行会谈。'.repeat(4);
    const template = samplePair();
    const pairs = Array.from({ length: 200_000 }, (_, i) => ({
      ...template,
      a: `person:~甲${i}`,
      b: `person:~乙${i}`,
      evidence: [0, 1, 2].map((k) => ({
        ...(template.evidence[0] as (typeof template.evidence)[number]),
        text: `${text}${i}-${k}`,
      })),
    }));
    const big: CorpusReportT = { ...base, pairs };
    const thread = new DatabaseBuildThread(dir, 'Asia/Shanghai');
    for (const f of readdirSync(join(dir, 'articles'), { recursive: true }).map(String))
      if (f.endsWith('.json')) thread.addReportFile(join(dir, 'articles', f));
    thread.articlesDone();
    const result = await thread.finish(big, null);
    expect(result.action).toBe('built');
    const built = new Database(join(dir, DB_FILE), { readonly: true });
    try {
      expect(built.prepare('SELECT count(*) FROM pairs').pluck().get()).toBe(200_000);
      expect(built.prepare('SELECT count(*) FROM evidence').pluck().get()).toBe(600_000);
      expect(built.prepare("SELECT text FROM evidence WHERE a = 'person:~甲199999' AND rank = 2").pluck().get()).toBe(
        `${text}199999-2`,
      );
    } finally {
      built.close();
    }
  });

  it('is given up when the run is interrupted, leaving the previous database as it was', async () => {
    const dir = join(tmp(), 'out');
    const src = corpusFolder();
    await run([src], dir);
    const path = join(dir, DB_FILE);
    const before = dumpTables(path);
    let polls = 0;
    // --no-cache: every article is processed again, so the database is built anew in the thread.
    const stopped = await run([src], dir, { cache: false, shouldStop: () => ++polls > 6 });
    expect(stopped.summary.interrupted).toBeDefined();
    expect(stopped.database).toBeUndefined();
    expect(existsSync(`${path}.building`)).toBe(false);
    expect(dumpTables(path)).toEqual(before);
  });
});

describe('guanxi merge', () => {
  it('writes a database holding the same rows as the database of one run over all the inputs', async () => {
    const base = tmp();
    const a = join(base, 'a');
    const b = join(base, 'b');
    cpSync(join(EXAMPLES, 'xwlb'), join(a, 'xwlb'), { recursive: true });
    cpSync(join(EXAMPLES, 'pfr199801'), join(b, 'pfr199801'), { recursive: true });
    // The same id in both runs: the merge renames the second, as one run over both would.
    copyFileSync(join(EXAMPLES, 'seed-article.md'), join(a, 'seed.md'));
    copyFileSync(join(EXAMPLES, 'seed-article.md'), join(b, 'seed.md'));
    await run([a], join(base, 'out-a'));
    await run([b], join(base, 'out-b'), { db: false });
    const merged = await mergeOutputs([join(base, 'out-a'), join(base, 'out-b')], join(base, 'merged'));
    expect(merged.database?.action).toBe('built');
    await run([a, b], join(base, 'whole'));
    const whole = dumpTables(join(base, 'whole', DB_FILE));
    expect(whole.articles?.some((r) => r.includes('"seed~2"'))).toBe(true);
    expect(dumpTables(join(base, 'merged', DB_FILE))).toEqual(whole);
  });
});

describe('database errors', () => {
  it('a damaged, read-only or foreign database file exits 2 naming the file', async () => {
    const dir = join(tmp(), 'out');
    await run([join(EXAMPLES, 'xwlb')], dir, { db: false });
    const path = join(dir, DB_FILE);
    writeFileSync(path, Buffer.alloc(8192, 7));
    let r = cli(['db', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}: database is damaged`);

    rmSync(path);
    expect(cli(['db', dir]).status).toBe(0);
    const good = readFileSync(path);
    writeFileSync(path, good.subarray(0, 8192));
    // A corpus.json written again (as a run that changed anything writes it), so the database must be read.
    writeFileSync(join(dir, 'corpus.json'), readFileSync(join(dir, 'corpus.json')));
    r = cli(['db', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}: database is damaged`);

    writeFileSync(path, good);
    chmodSync(path, 0o444);
    r = cli(['db', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}: database is read-only`);
    chmodSync(path, 0o644);

    rmSync(path);
    const other = new Database(path);
    other.exec('CREATE TABLE notes (x TEXT)');
    other.close();
    r = cli(['db', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${path}: not a guanxi database`);
  });

  it('a database locked by another process is an error naming the file', async () => {
    const dir = join(tmp(), 'out');
    await run([join(EXAMPLES, 'xwlb')], dir);
    const path = join(dir, DB_FILE);
    const holder = new Database(path);
    holder.exec('BEGIN EXCLUSIVE');
    try {
      await expect(writeDatabase({ out: dir, corpus: () => readCorpus(dir), busyTimeoutMs: 100 })).rejects.toThrow(
        ConfigError,
      );
      await expect(writeDatabase({ out: dir, corpus: () => readCorpus(dir), busyTimeoutMs: 100 })).rejects.toThrow(
        `${path}: database is locked by another process`,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
    expect((await writeDatabase({ out: dir, corpus: () => readCorpus(dir) })).action).toBe('kept');
  });
});

const pgUrl = await testPostgresUrl();
if (pgUrl === null)
  console.warn(
    'PostgreSQL tests skipped: no server at 127.0.0.1:5432 (database test, trust auth, user postgres or yours). Start one, e.g. `docker run -e POSTGRES_HOST_AUTH_METHOD=trust -e POSTGRES_DB=test -p 5432:5432 postgres`, and run the tests again.',
  );

describe.skipIf(pgUrl === null)('PostgreSQL', () => {
  const suffix = `${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const schema = `guanxi_test_${suffix}`;
  const role = `guanxi_noperm_${suffix}`;
  const url = pgUrl as string;
  let client: pg.Client;

  beforeAll(async () => {
    client = new pg.Client({ connectionString: url });
    await client.connect();
  });

  afterAll(async () => {
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.query(`DROP ROLE IF EXISTS ${role}`);
    await client.end();
  });

  it('loads the same rows, replaces a run loaded again, and gives the same answers to every documented query', async () => {
    const loaded = await loadPostgres(join(out, DB_FILE), { url, schema, runId: 'examples' });
    for (const def of TABLES) {
      const sqlite = db.prepare(`SELECT count(*) FROM ${def.name}`).pluck().get();
      expect(loaded.rows[def.name]).toBe(sqlite);
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.${def.name}`);
      expect(rows[0].n).toBe(sqlite);
    }
    // Loading the same run again replaces it.
    await loadPostgres(join(out, DB_FILE), { url, schema, runId: 'examples' });
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.mentions`);
    expect(rows[0].n).toBe(corpus.run.mentions);

    const p = samplePair();
    const cases: Array<[string, Record<string, unknown>]> = [
      ['partners-by-npmi', { entity: p.a, from: '0000-01-01', to: '9999-12-31', min_count: 1, limit: 10000 }],
      ['partners-by-npmi', { entity: p.b, from: '2023-01-01', to: '2024-12-31', min_count: 2, limit: 5 }],
      ['monthly-timeline', { entity: p.a }],
      ['sentences-with-both', { a: p.a, b: p.b }],
      ['articles-with-diagnostic', { code: 'empty-body' }],
      ['articles-focused-on', { entity: 'country:CN' }],
      ['unresolved-by-text', {}],
    ];
    expect(new Set(cases.map(([n]) => n)).size + 2).toBe(queries.size);
    for (const [name, params] of cases) {
      const sql = queries.get(name) as string;
      const expected = onSqlite(db, sql, params);
      expect(expected.length, name).toBeGreaterThan(0);
      const got = await onPostgres(client, schema, sql, params);
      expect(got.length, name).toBe(expected.length);
      for (const [i, row] of got.entries()) {
        for (const [k, v] of Object.entries(row)) {
          const want = (expected[i] as Record<string, unknown>)[k];
          if (typeof v === 'number' && !Number.isInteger(v)) expect(v, `${name} ${k}`).toBeCloseTo(want as number, 9);
          else expect(v, `${name} ${k}`).toEqual(want);
        }
      }
    }
    const kwic = await onPostgres(client, schema, queries.get('keyword-postgresql') as string, { word: '一带一路' });
    expect(kwic).toEqual(onSqlite(db, queries.get('keyword-sqlite') as string, { phrase: '"一带一路"' }));
    await client.query('RESET search_path');
  });

  it('a missing database, a refused connection or missing privileges exit 2 naming the URL without its password', async () => {
    const sqlite = join(out, DB_FILE);
    const u = new URL(url);
    u.password = 'secret';
    u.pathname = '/no_such_database_guanxi';
    let r = cli(['db', out, '--to', u.toString()]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no such database');
    expect(r.stderr).toContain(':***@');
    expect(r.stderr).not.toContain('secret');

    r = cli(['db', out, '--to', 'postgresql://nobody:hunter2@127.0.0.1:1/test']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('postgresql://nobody:***@127.0.0.1:1/test: cannot connect');
    expect(r.stderr).not.toContain('hunter2');

    await client.query(`CREATE ROLE ${role} LOGIN`);
    const weak = new URL(url);
    weak.username = role;
    await expect(loadPostgres(sqlite, { url: weak.toString(), schema: `${schema}_x`, runId: 'x' })).rejects.toThrow(
      /insufficient privileges/,
    );
    // Into a schema it may read but not write.
    await client.query(`GRANT USAGE ON SCHEMA ${schema} TO ${role}`);
    r = cli(['db', out, '--to', weak.toString(), '--schema', schema]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${weak.toString()}: insufficient privileges`);
    await client.query(`REVOKE ALL ON SCHEMA ${schema} FROM ${role}`);
  });
});
