// `guanxi db <out> --to postgresql://…`: the tables of a run's SQLite database loaded into PostgreSQL, for a team's
// Metabase or Superset. Every table gets a `run_id` column first (part of its key), so one PostgreSQL schema holds
// many runs; loading a run again replaces its rows, all in one transaction (readers see the old run or the new one).
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ConfigError } from '../core/errors.js';
import { DB_VERSION, TABLES } from './schema.js';
import type { TableDef } from './schema.js';
import { databaseError } from './sqlite.js';

/** Options of {@link loadPostgres}. */
export interface PostgresOptions {
  /** `postgresql://user[:password]@host[:port]/database`. */
  url: string;
  /** The PostgreSQL schema the tables go into (created if missing); default `guanxi`. */
  schema?: string;
  /** The run's id: its rows replace the rows of any earlier load with the same id. */
  runId: string;
}

/** What a load wrote: rows per table, and how long it took. */
export interface PostgresResult {
  url: string;
  schema: string;
  runId: string;
  rows: Record<string, number>;
  seconds: number;
}

// Text compares by code point ("C"), as SQLite's does: the same ORDER BY gives the same rows on both engines.
const PG_TYPE = { text: 'text COLLATE "C"', int: 'integer', real: 'double precision' } as const;

/** The URL with its password left out, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password !== '') u.password = '***';
    return u.toString();
  } catch {
    return '(an invalid URL)';
  }
}

/** The CREATE TABLE statement of a table in PostgreSQL, in `schema`, with the run id first. */
export function postgresTable(def: TableDef, schema: string): string {
  const cols = def.columns.map(([name, type, nullable]) => `${name} ${PG_TYPE[type]}${nullable ? '' : ' NOT NULL'}`);
  return `CREATE TABLE IF NOT EXISTS ${schema}.${def.name} (run_id text COLLATE "C" NOT NULL, ${cols.join(', ')}, PRIMARY KEY (run_id, ${def.key.join(', ')}))`;
}

/** The CREATE INDEX statements of a table in PostgreSQL. */
function postgresIndexes(def: TableDef, schema: string): string[] {
  return def.indexes.map(
    (cols) =>
      `CREATE INDEX IF NOT EXISTS ${def.name}_${cols.join('_')} ON ${schema}.${def.name} (run_id, ${cols.join(', ')})`,
  );
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

/** A value in COPY's text format. */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  return String(v).replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] as string);
}

/** The message of a PostgreSQL or connection error, as a ConfigError naming the URL without its password. */
function postgresError(url: string, err: unknown): Error {
  if (err instanceof ConfigError || !(err instanceof Error)) return err as Error;
  const code = (err as { code?: unknown }).code;
  const where = redactUrl(url);
  const what =
    code === '3D000'
      ? 'no such database'
      : code === '42501'
        ? 'insufficient privileges'
        : code === '28P01' || code === '28000'
          ? 'authentication failed'
          : code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'EHOSTUNREACH'
            ? 'cannot connect'
            : typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)
              ? `PostgreSQL error ${code}`
              : null;
  return what === null ? err : new ConfigError(`${where}: ${what}: ${err.message}`);
}

/** Copies one SQLite table into PostgreSQL with COPY, streaming rows in chunks. */
async function copyTable(client: pg.Client, sqlite: Database.Database, def: TableDef, target: string, runId: string) {
  const cols = def.columns.map(([c]) => c);
  const stream = client.query(copyFrom(`COPY ${target}.${def.name} (run_id, ${cols.join(', ')}) FROM STDIN`));
  const done = once(stream, 'finish');
  const prefix = `${copyValue(runId)}\t`;
  let chunk = '';
  let rows = 0;
  for (const row of sqlite
    .prepare(`SELECT ${cols.join(', ')} FROM ${def.name}`)
    .raw()
    .iterate() as Iterable<unknown[]>) {
    chunk += `${prefix}${row.map(copyValue).join('\t')}\n`;
    rows++;
    if (chunk.length >= 1 << 16) {
      if (!stream.write(chunk)) await once(stream, 'drain');
      chunk = '';
    }
  }
  stream.end(chunk);
  await done;
  return rows;
}

/** Creates the schema and tables when missing, and refuses a schema of another layout version. */
async function prepareSchema(client: pg.Client, schema: string): Promise<void> {
  await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.guanxi_meta (name text PRIMARY KEY, value text NOT NULL)`);
  const found = await client.query<{ value: string }>(`SELECT value FROM ${schema}.guanxi_meta WHERE name = 'version'`);
  const version = found.rows[0]?.value;
  if (version !== undefined && version !== String(DB_VERSION))
    throw new ConfigError(
      `schema ${schema} holds guanxi tables of layout version ${version}, not ${DB_VERSION}: drop it (DROP SCHEMA ${schema} CASCADE) or load into another --schema`,
    );
  if (version === undefined)
    await client.query(`INSERT INTO ${schema}.guanxi_meta (name, value) VALUES ('version', $1)`, [String(DB_VERSION)]);
  for (const def of TABLES) {
    await client.query(postgresTable(def, schema));
    for (const sql of postgresIndexes(def, schema)) await client.query(sql);
  }
}

/**
 * Loads the SQLite database at `sqlitePath` into PostgreSQL: the same tables, each with `run_id` first, in schema
 * `schema`; the rows of an earlier load of the same run id are replaced in the same transaction. Connection errors, a
 * missing database and insufficient privileges are ConfigErrors naming the URL without its password.
 */
export async function loadPostgres(sqlitePath: string, opts: PostgresOptions): Promise<PostgresResult> {
  const t0 = performance.now();
  const schema = opts.schema ?? 'guanxi';
  if (!/^[a-z_][a-z0-9_]*$/.test(schema))
    throw new ConfigError(`--schema ${schema}: a PostgreSQL schema name of lowercase letters, digits and _`);
  if (!/^postgres(ql)?:\/\//.test(opts.url)) throw new ConfigError(`${redactUrl(opts.url)}: not a postgresql:// URL`);
  if (!existsSync(sqlitePath))
    throw new ConfigError(`${sqlitePath}: no database; run guanxi without --no-db (or guanxi db <out>) first`);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(sqlitePath, { readonly: true, fileMustExist: true });
    const names = sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    const version = names.includes('guanxi_meta')
      ? sqlite.prepare(`SELECT value FROM guanxi_meta WHERE name = 'version'`).pluck().get()
      : undefined;
    if (version !== String(DB_VERSION)) {
      sqlite.close();
      throw new ConfigError(
        `${sqlitePath}: not a guanxi database of layout version ${DB_VERSION}; write it again with guanxi db <out>`,
      );
    }
  } catch (err) {
    throw databaseError(sqlitePath, err);
  }
  const client = new pg.Client({ connectionString: opts.url });
  // A connection that fails later (the server going away) must not throw from an event with nobody listening.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await prepareSchema(client, schema);
    const rows: Record<string, number> = {};
    await client.query('BEGIN');
    for (const def of TABLES) {
      await client.query(`DELETE FROM ${schema}.${def.name} WHERE run_id = $1`, [opts.runId]);
      rows[def.name] = await copyTable(client, sqlite, def, schema, opts.runId);
    }
    await client.query('COMMIT');
    // Statistics for the planner now, rather than whenever autovacuum comes by: without them a join of mentions
    // and sentences took 350 ms instead of a few.
    for (const def of TABLES) await client.query(`ANALYZE ${schema}.${def.name}`);
    return { url: redactUrl(opts.url), schema, runId: opts.runId, rows, seconds: (performance.now() - t0) / 1000 };
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw postgresError(opts.url, err);
  } finally {
    sqlite.close();
    await client.end().catch(() => undefined);
  }
}
