// Times every example query of docs/database.md on a run's SQLite database (warm: the best of five runs after one
// untimed), and with --to, loads the database into PostgreSQL (timed), compares the row counts of every table and
// the answers of every query, and times the queries there too.
//   npx tsx bench/db.ts <out> [--to postgresql://user@host/db] [--schema name]
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { loadPostgres } from '../src/db/postgres.js';
import { DB_FILE } from '../src/db/sqlite.js';
import { TABLES } from '../src/db/schema.js';
import { docQueries, onPostgres, onSqlite } from '../tests/db-helpers.js';

/** Parameters for the 新闻联播 corpus: 习近平's partners in 2024, 一带一路 and 中欧班列 … */
const PARAMS: Record<string, Record<string, unknown>> = {
  'partners-by-npmi': { entity: 'person:xi-jinping', from: '2024-01-01', to: '2024-12-31', min_count: 5, limit: 20 },
  'monthly-timeline': { entity: 'initiative:bri' },
  'sentences-with-both': { a: 'initiative:bri', b: 'initiative:china-europe-railway-express' },
  'articles-with-diagnostic': { code: 'window-too-large' },
  'unresolved-by-text': {},
  'keyword-sqlite': { phrase: '"一带一路"' },
  'keyword-postgresql': { word: '一带一路' },
};

/** The best of five timed runs of `f` (after one untimed), in milliseconds, and its last result. */
async function best<T>(f: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await f();
  let ms = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    result = await f();
    ms = Math.min(ms, performance.now() - t0);
  }
  return { ms, result };
}

const args = process.argv.slice(2);
const out = args[0];
if (out === undefined) throw new Error('usage: bench/db.ts <out> [--to <url>] [--schema <name>]');
const to = args.includes('--to') ? args[args.indexOf('--to') + 1] : undefined;
const schema = args.includes('--schema') ? (args[args.indexOf('--schema') + 1] as string) : 'guanxi_bench';
const path = join(out, DB_FILE);
const db = new Database(path, { readonly: true });
const queries = docQueries();
const answers = new Map<string, unknown>();
for (const [name, sql] of queries) {
  if (name === 'keyword-postgresql') continue;
  const { ms, result } = await best(() => onSqlite(db, sql, PARAMS[name] ?? {}));
  answers.set(name, result);
  console.log(`sqlite      ${name.padEnd(26)} ${ms.toFixed(1).padStart(7)} ms  ${result.length} rows`);
}
if (to !== undefined) {
  const loaded = await loadPostgres(path, { url: to, schema, runId: 'bench' });
  console.log(
    `postgresql  load ${Object.values(loaded.rows).reduce((a, b) => a + b, 0)} rows: ${loaded.seconds.toFixed(1)} s`,
  );
  const client = new pg.Client({ connectionString: to });
  await client.connect();
  let same = true;
  for (const def of TABLES) {
    const mine = db.prepare(`SELECT count(*) FROM ${def.name}`).pluck().get();
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM ${schema}.${def.name} WHERE run_id = 'bench'`);
    if (rows[0].n !== mine) same = false;
    console.log(`rows        ${def.name.padEnd(26)} sqlite ${mine}  postgresql ${rows[0].n}`);
  }
  for (const [name, sql] of queries) {
    if (name === 'keyword-sqlite') continue;
    const { ms, result } = await best(() => onPostgres(client, schema, sql, PARAMS[name] ?? {}));
    const want = answers.get(name === 'keyword-postgresql' ? 'keyword-sqlite' : name) as typeof result;
    // Floating-point answers (NPMI, shares) agree to 1e-9; everything else exactly.
    const agree =
      want.length === result.length &&
      result.every((r, i) =>
        Object.entries(r).every(([k, v]) => {
          const w = (want[i] as Record<string, unknown>)[k];
          return typeof v === 'number' && typeof w === 'number' ? Math.abs(v - w) < 1e-9 : v === w;
        }),
      );
    if (!agree) same = false;
    console.log(
      `postgresql  ${name.padEnd(26)} ${ms.toFixed(1).padStart(7)} ms  ${result.length} rows, ${agree ? 'same answer' : 'DIFFERENT answer'}`,
    );
  }
  await client.query(`DROP SCHEMA ${schema} CASCADE`);
  await client.end();
  console.log(same ? 'postgresql: same row counts and answers as sqlite' : 'postgresql: DIFFERENCES (see above)');
}
db.close();
