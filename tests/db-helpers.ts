// The example queries of docs/database.md, read from the document itself (so that what users read is what the tests
// run), and what running them on SQLite and PostgreSQL needs.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import pg from 'pg';

/** docs/database.md. */
export const DATABASE_DOC = fileURLToPath(new URL('../docs/database.md', import.meta.url));

/** Every ```sql block of docs/database.md that starts with `-- name: x`, by name. */
export function docQueries(): Map<string, string> {
  const text = readFileSync(DATABASE_DOC, 'utf8');
  const out = new Map<string, string>();
  for (const m of text.matchAll(/```sql\n-- name: ([\w-]+)\n([\s\S]*?)```/g)) out.set(m[1] as string, m[2] as string);
  return out;
}

/** A query's `:name` parameters numbered `$1`, `$2` … for PostgreSQL, with the values in that order. */
export function numbered(sql: string, params: Record<string, unknown>): { text: string; values: unknown[] } {
  const order: string[] = [];
  const text = sql.replace(/:([a-z_]+)/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`no value for :${name}`);
    let i = order.indexOf(name);
    if (i < 0) i = order.push(name) - 1;
    return `$${i + 1}`;
  });
  return { text, values: order.map((n) => params[n]) };
}

/** Rows with every value a string or a number (PostgreSQL gives counts as strings of digits). */
export function plain(rows: ReadonlyArray<Record<string, unknown>>): Array<Record<string, string | number | null>> {
  return rows.map((r) =>
    Object.fromEntries(
      Object.entries(r).map(([k, v]) => [k, typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : (v as never)]),
    ),
  );
}

/** Runs a documented query on SQLite with named parameters. */
export function onSqlite(db: Database.Database, sql: string, params: Record<string, unknown>) {
  return plain(db.prepare(sql).all(params) as Array<Record<string, unknown>>);
}

/** Runs a documented query on PostgreSQL in `schema`. */
export async function onPostgres(client: pg.Client, schema: string, sql: string, params: Record<string, unknown>) {
  const { text, values } = numbered(sql, params);
  await client.query(`SET search_path TO ${schema}`);
  return plain((await client.query(text, values)).rows as Array<Record<string, unknown>>);
}

/** The URL of the test PostgreSQL server if one answers (user postgres, else the current user), else null. */
export async function testPostgresUrl(): Promise<string | null> {
  const users = ['postgres', process.env.USER ?? ''].filter((u) => u !== '');
  for (const user of users) {
    const url = `postgresql://${user}@127.0.0.1:5432/test`;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    client.on('error', () => undefined);
    try {
      await client.connect();
      await client.query('SELECT 1');
      return url;
    } catch {
      // Next user, or no server.
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return null;
}

/** Every table's rows (but internal ones and the surrogate sentences.id), sorted, for comparing two databases. */
export function dumpTables(path: string): Record<string, string[]> {
  const db = new Database(path, { readonly: true });
  try {
    const names = db
      .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
      .pluck()
      .all() as string[];
    const out: Record<string, string[]> = {};
    for (const name of names) {
      if (name.startsWith('guanxi_') || name.startsWith('sentences_fts')) continue;
      const rows = db.prepare(`SELECT * FROM ${name}`).all() as Array<Record<string, unknown>>;
      out[name] = rows
        .map((r) => {
          const { id, ...rest } = r;
          return JSON.stringify(name === 'sentences' ? rest : { id, ...rest });
        })
        .sort();
    }
    return out;
  } finally {
    db.close();
  }
}
