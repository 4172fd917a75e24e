// `<out>/guanxi.sqlite`: every table of a run in one SQLite file, written after the corpus outputs. A first write
// builds a new file beside the old one and renames it into place; later writes replace, in one transaction, the rows
// of the articles whose report files changed and every corpus-level table, so a warm re-run touches only what changed
// and a write killed half-way leaves the previous database as it was (SQLite rolls the transaction back on next open).
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../core/errors.js';
import { listReportUnits } from '../article/report-store.js';
import type { ReportUnit } from '../article/report-store.js';
import { AGGREGATE_FILE, readAggregateFile } from '../corpus/aggregate-file.js';
import type { CorpusReportT } from '../schema/corpus.js';
import { Calendar, DERIVED_SQL, articleRows, corpusRows } from './rows.js';
import type { Rows } from './rows.js';
import { DB_VERSION, TABLES } from './schema.js';
import type { Row, TableDef } from './schema.js';

/** The database's file name in an output folder. */
export const DB_FILE = 'guanxi.sqlite';

/** A folder of article reports and the ids its articles take in the database (a merge renames colliding ids). */
export interface ReportSource {
  dir: string;
  renames?: ReadonlyMap<string, string>;
}

/** Options of {@link writeDatabase}. */
export interface DatabaseOptions {
  /** The output folder: the database is `<out>/guanxi.sqlite`, the corpus report `<out>/corpus.json`. */
  out: string;
  /** The corpus report of the run (called only when the database must be written). */
  corpus: () => CorpusReportT;
  /** Where the article reports are (default: `<out>` itself); a merge names the runs it merged. */
  sources?: readonly ReportSource[];
  /** How long to wait for another connection's lock before giving up (default 5 s). */
  busyTimeoutMs?: number;
  /** Called inside the write after each article's rows are written, with how many are (for progress). */
  onArticle?: (written: number) => void;
}

/** What a database write did. */
export interface DatabaseResult {
  path: string;
  /** `built`: a new file; `updated`: changed articles replaced; `kept`: nothing had changed. */
  action: 'built' | 'updated' | 'kept';
  /** Articles whose rows were written, and articles whose rows were removed. */
  written: number;
  removed: number;
  /** How long the write took. */
  seconds: number;
}

/** A report unit with the stamp the database records for it (its source and renames included). */
interface Unit {
  unit: ReportUnit;
  stamp: string;
  rename: (id: string) => string;
  /** The articles of the unit's run (a shard's reports are all of them; listed for a check). */
  ids: ReadonlySet<string>;
}

/** The internal tables: the layout version and corpus stamp, and the stamp of the report file each article came from. */
const INTERNAL_DDL = [
  'CREATE TABLE guanxi_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)',
  'CREATE TABLE guanxi_sync (article TEXT PRIMARY KEY, stamp TEXT NOT NULL)',
  'CREATE INDEX guanxi_sync_stamp ON guanxi_sync (stamp)',
];

/** The full-text index of sentences (trigrams: any substring of three characters or more, so Chinese needs no segmenter). */
const FTS_DDL = [
  `CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id', tokenize='trigram')`,
  `CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
     INSERT INTO sentences_fts (rowid, text) VALUES (new.id, new.text); END`,
  `CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
     INSERT INTO sentences_fts (sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END`,
];

const SQLITE_TYPE = { text: 'TEXT', int: 'INTEGER', real: 'REAL' } as const;

/** The CREATE TABLE statement of a table in SQLite. */
export function sqliteTable(def: TableDef): string {
  const cols = def.columns.map(([name, type, nullable]) =>
    name === def.rowid ? `${name} INTEGER PRIMARY KEY` : `${name} ${SQLITE_TYPE[type]}${nullable ? '' : ' NOT NULL'}`,
  );
  if (def.rowid !== undefined) return `CREATE TABLE ${def.name} (${cols.join(', ')}, UNIQUE (${def.key.join(', ')}))`;
  return `CREATE TABLE ${def.name} (${cols.join(', ')}, PRIMARY KEY (${def.key.join(', ')})) WITHOUT ROWID`;
}

/** The CREATE INDEX statements of a table. */
export function tableIndexes(def: TableDef): string[] {
  return def.indexes.map((cols) => `CREATE INDEX ${def.name}_${cols.join('_')} ON ${def.name} (${cols.join(', ')})`);
}

/** A stamp of a file that changes whenever it is written again (inode, size, modification time), or null if absent. */
function fileStamp(path: string): string | null {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s === undefined ? null : `${s.ino}:${s.size}:${s.mtimeNs}`;
}

/**
 * The article ids of the run in `dir`, from its aggregate file's first lines: report files of articles no longer
 * among the run's inputs stay in `articles/` (until `--clean`), and are not the run's.
 */
async function runIds(dir: string): Promise<Set<string>> {
  const ids = new Set<string>();
  const file = [AGGREGATE_FILE, AGGREGATE_FILE.replace(/\.gz$/, '')]
    .map((f) => join(dir, f))
    .find((f) => existsSync(f));
  if (file === undefined)
    throw new ConfigError(`${dir}: no ${AGGREGATE_FILE}; is this the output folder of a finished guanxi run?`);
  for await (const line of readAggregateFile(file)) {
    if (line.t === 'header') continue;
    if (line.t !== 'ids') break;
    for (const id of line.ids) ids.add(id);
  }
  return ids;
}

/** Every report file of the sources that holds the runs' articles, with the stamp the database records. */
async function listUnits(sources: readonly ReportSource[]): Promise<Unit[]> {
  const units: Unit[] = [];
  for (const [n, source] of sources.entries()) {
    const ids = await runIds(source.dir);
    const renames = source.renames ?? new Map<string, string>();
    const tag = renames.size === 0 ? '' : JSON.stringify([...renames]);
    const rename = (id: string): string => renames.get(id) ?? id;
    for (const unit of listReportUnits(source.dir)) {
      if (unit.id !== undefined && !ids.has(unit.id)) continue;
      units.push({ unit, stamp: `${n}|${tag}|${unit.stamp}`, rename, ids });
    }
  }
  return units;
}

/** A message for a SQLite error about the database file, as a ConfigError naming it (exit code 2). */
export function databaseError(path: string, err: unknown): Error {
  if (err instanceof ConfigError || !(err instanceof Error)) return err as Error;
  const code = (err as { code?: unknown }).code;
  const what =
    code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED'
      ? 'is locked by another process (a program reading or writing it); try again once it is done'
      : typeof code === 'string' && code.startsWith('SQLITE_READONLY')
        ? 'is read-only; make it writable, remove it, or run with --no-db'
        : code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'))
          ? 'is damaged (not a SQLite database, or corrupt); remove it and run again, or run with --no-db'
          : typeof code === 'string' && code.startsWith('SQLITE_')
            ? `cannot be written (${code})`
            : null;
  return what === null ? err : new ConfigError(`${path}: database ${what}: ${err.message}`);
}

/** Opens the existing database at `path` to update it; null when it must be built again (empty, or an older layout). */
function openExisting(path: string, busyTimeoutMs: number): Database.Database | null {
  const mode = statSync(path).mode;
  // Root may write any file: the file's own mode says whether its owner wants it left alone.
  if ((mode & 0o222) === 0)
    throw new ConfigError(
      `${path}: database is read-only (mode ${(mode & 0o777).toString(8)}); make it writable, remove it, or run with --no-db`,
    );
  let db: Database.Database | null = null;
  try {
    db = new Database(path, { fileMustExist: true, timeout: busyTimeoutMs });
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    if (!tables.includes('guanxi_meta')) {
      if (tables.length === 0) {
        db.close();
        return null;
      }
      throw new ConfigError(
        `${path}: not a guanxi database (it holds other tables: ${tables.slice(0, 3).join(', ')}); move it away or run with --no-db`,
      );
    }
    const version = db.prepare(`SELECT value FROM guanxi_meta WHERE name = 'version'`).pluck().get();
    if (version !== String(DB_VERSION)) {
      db.close();
      return null;
    }
    return db;
  } catch (err) {
    db?.close();
    throw databaseError(path, err);
  }
}

/** Rows an INSERT statement of {@link Inserts} writes at once. */
const BATCH = 64;

/**
 * Inserts rows through prepared statements, {@link BATCH} rows a statement (one call into SQLite per row cost more
 * than the insert itself); rows wait in a buffer per table until {@link Inserts.flush}.
 */
class Inserts {
  private readonly single = new Map<string, Database.Statement>();
  private readonly batch = new Map<string, Database.Statement>();
  private readonly waiting = new Map<string, Row[]>();
  constructor(private readonly db: Database.Database) {}

  /** Adds `rows` to their tables (written by a full batch, or by {@link flush}). */
  add(rows: Rows): void {
    for (const [table, list] of Object.entries(rows)) {
      if (list.length === 0) continue;
      let buffer = this.waiting.get(table);
      if (buffer === undefined) {
        buffer = [];
        this.waiting.set(table, buffer);
      }
      for (const row of list) {
        buffer.push(row);
        if (buffer.length === BATCH) {
          this.statement(table, BATCH).run(buffer.flat());
          buffer.length = 0;
        }
      }
    }
  }

  /** Writes every row still waiting. */
  flush(): void {
    for (const [table, buffer] of this.waiting) {
      const st = this.statement(table, 1);
      for (const row of buffer) st.run(row);
      buffer.length = 0;
    }
  }

  private statement(table: string, rows: 1 | typeof BATCH): Database.Statement {
    const cache = rows === 1 ? this.single : this.batch;
    let st = cache.get(table);
    if (st === undefined) {
      const def = TABLES.find((d) => d.name === table) as TableDef;
      const cols = def.columns.map(([c]) => c);
      const one = `(${cols.map(() => '?').join(', ')})`;
      st = this.db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES ${Array(rows).fill(one).join(', ')}`);
      cache.set(table, st);
    }
    return st;
  }
}

/** What one write needs besides the open database: the units to read, their calendar, the corpus. */
interface WriteContext {
  corpus: CorpusReportT;
  onArticle: ((written: number) => void) | undefined;
  calendar: Calendar;
  corpusStamp: string | null;
}

/** Writes the rows of the articles in `units` (deleting first what an article of the same id had). */
function writeArticles(
  db: Database.Database,
  inserts: Inserts,
  units: readonly Unit[],
  ctx: WriteContext,
): Set<string> {
  const deletes = TABLES.filter((d) => d.level === 'article').map((d) =>
    db.prepare(`DELETE FROM ${d.name} WHERE ${d.name === 'articles' ? 'id' : 'article'} = ?`),
  );
  const sync = db.prepare('INSERT OR REPLACE INTO guanxi_sync (article, stamp) VALUES (?, ?)');
  const written = new Set<string>();
  for (const { unit, stamp, rename, ids } of units) {
    for (const report of unit.read()) {
      if (!ids.has(report.id)) continue;
      const id = rename(report.id);
      for (const d of deletes) d.run(id);
      inserts.add(articleRows(report, id, ctx.calendar));
      sync.run(id, stamp);
      written.add(id);
      ctx.onArticle?.(written.size);
    }
  }
  inserts.flush();
  return written;
}

/** Replaces every corpus-level table: the corpus report's rows, then what SQL derives from the article rows. */
function writeCorpus(db: Database.Database, inserts: Inserts, ctx: WriteContext): void {
  for (const def of TABLES) if (def.level === 'corpus') db.prepare(`DELETE FROM ${def.name}`).run();
  inserts.add(corpusRows(ctx.corpus));
  inserts.flush();
  for (const sql of DERIVED_SQL) db.prepare(sql).run();
  const meta = db.prepare('INSERT OR REPLACE INTO guanxi_meta (name, value) VALUES (?, ?)');
  meta.run('version', String(DB_VERSION));
  meta.run('corpus', ctx.corpusStamp ?? '');
}

/**
 * Settings of a writing connection: sorts and temporary tables in memory (SQLite would put them in the OS's
 * temporary folder, where guanxi writes nothing), and a page cache of 64 MB rather than 2 MB, which the inserts into
 * indexed tables and the GROUP BYs of the derived tables need (they took twice as long without).
 */
function tune(db: Database.Database): void {
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
}

/** Builds a new database from every unit into a file beside `path`, then renames it into place. */
function build(path: string, units: readonly Unit[], ctx: WriteContext): number {
  const building = `${path}.building`;
  rmSync(building, { force: true });
  rmSync(`${building}-journal`, { force: true });
  const db = new Database(building);
  let written = 0;
  try {
    // A file nobody sees until it is renamed needs no journal: a killed build leaves only it, removed next time.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    tune(db);
    for (const sql of [...INTERNAL_DDL, ...TABLES.map(sqliteTable)]) db.exec(sql);
    const inserts = new Inserts(db);
    db.transaction(() => {
      written = writeArticles(db, inserts, units, ctx).size;
      // Indexes after the rows, and the full-text index in one pass: both faster than row by row.
      for (const sql of TABLES.flatMap(tableIndexes)) db.exec(sql);
      for (const sql of FTS_DDL) db.exec(sql);
      // One pass over every sentence, its index segments left unmerged (merging them as it goes doubled the time);
      // later writes merge as usual.
      db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 0)`);
      db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', 2000)`);
      db.exec(`INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')`);
      db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 4)`);
      db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', 16)`);
      writeCorpus(db, inserts, ctx);
    })();
    // Statistics for the query planner, from a sample of each index (a full ANALYZE reads them all).
    db.pragma('analysis_limit = 1000');
    db.exec('ANALYZE');
  } finally {
    db.close();
  }
  const fd = openSync(building, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(building, path);
  return written;
}

/** Updates an open database in one transaction: rows of changed and removed articles, then the corpus tables. */
function update(
  db: Database.Database,
  units: readonly Unit[],
  ctx: WriteContext,
): { written: number; removed: number } {
  const current = new Set(units.map((u) => u.stamp));
  const known = new Set(db.prepare('SELECT DISTINCT stamp FROM guanxi_sync').pluck().all() as string[]);
  const todo = units.filter((u) => !known.has(u.stamp));
  let written = 0;
  const gone = new Set<string>();
  db.pragma('synchronous = NORMAL');
  tune(db);
  const inserts = new Inserts(db);
  db.transaction(() => {
    const goneOf = db.prepare('SELECT article FROM guanxi_sync WHERE stamp = ?').pluck();
    const deletes = TABLES.filter((d) => d.level === 'article').map((d) =>
      db.prepare(`DELETE FROM ${d.name} WHERE ${d.name === 'articles' ? 'id' : 'article'} = ?`),
    );
    const unsync = db.prepare('DELETE FROM guanxi_sync WHERE article = ?');
    for (const stamp of known) {
      if (current.has(stamp)) continue;
      for (const id of goneOf.all(stamp) as string[]) {
        for (const d of deletes) d.run(id);
        unsync.run(id);
        gone.add(id);
      }
    }
    const rewritten = writeArticles(db, inserts, todo, ctx);
    written = rewritten.size;
    for (const id of rewritten) gone.delete(id);
    writeCorpus(db, inserts, ctx);
  })();
  return { written, removed: gone.size };
}

/** A value of the internal table guanxi_meta, or undefined. */
function metaValue(db: Database.Database, name: string): unknown {
  return db.prepare('SELECT value FROM guanxi_meta WHERE name = ?').pluck().get(name);
}

/** Whether more than half of the units are not in the database (so that building it anew is faster). */
function rewritesMost(db: Database.Database, units: readonly Unit[]): boolean {
  const known = new Set(db.prepare('SELECT DISTINCT stamp FROM guanxi_sync').pluck().all() as string[]);
  return units.filter((u) => !known.has(u.stamp)).length * 2 > units.length;
}

/**
 * Writes `<out>/guanxi.sqlite` from the corpus report and the article reports: builds it when there is none (or one of
 * an older layout), else replaces the rows of changed articles and the corpus tables in one transaction. A database
 * file that is locked, read-only, damaged or not guanxi's is a ConfigError naming it.
 */
export async function writeDatabase(opts: DatabaseOptions): Promise<DatabaseResult> {
  const t0 = performance.now();
  const result = await write(opts);
  return { ...result, seconds: (performance.now() - t0) / 1000 };
}

/** The body of {@link writeDatabase}. */
async function write(opts: DatabaseOptions): Promise<Omit<DatabaseResult, 'seconds'>> {
  const out = resolve(opts.out);
  const path = join(out, DB_FILE);
  const sources = opts.sources ?? [{ dir: out }];
  const corpusStamp = fileStamp(join(out, 'corpus.json'));
  // A run or merge that changed anything wrote corpus.json anew (renamed into place): while it is the file the
  // database was made with, from the same sources, no report file needs a look.
  const signature =
    corpusStamp === null
      ? null
      : JSON.stringify([corpusStamp, sources.map((s) => [resolve(s.dir), [...(s.renames ?? [])]])]);
  const db = existsSync(path) ? openExisting(path, opts.busyTimeoutMs ?? 5000) : null;
  try {
    if (db !== null && signature !== null && metaValue(db, 'corpus') === signature)
      return { path, action: 'kept', written: 0, removed: 0 };
    const units = await listUnits(sources);
    const corpus = opts.corpus();
    const ctx: WriteContext = {
      corpus,
      calendar: new Calendar(corpus.run.timezone),
      corpusStamp: signature,
      onArticle: opts.onArticle,
    };
    // When most articles changed (a run with --no-cache rewrites every report), building anew is faster than
    // replacing row by row, and as safe: the new file is renamed into place.
    if (db === null || rewritesMost(db, units)) {
      db?.close();
      return { path, action: 'built', written: build(path, units, ctx), removed: 0 };
    }
    return { path, action: 'updated', ...update(db, units, ctx) };
  } catch (err) {
    throw databaseError(path, err);
  } finally {
    if (db?.open === true) db.close();
  }
}

/**
 * Writes the database of a finished run or merge when `enabled`, else removes any earlier one (so that the folder
 * never holds a database that disagrees with its other outputs); null when disabled.
 */
export async function updateDatabase(enabled: boolean, opts: DatabaseOptions): Promise<DatabaseResult | null> {
  if (!enabled) {
    removeDatabase(opts.out);
    return null;
  }
  return await writeDatabase(opts);
}

/** Removes the database of an output folder (a run with `--no-db` leaves none that could disagree with its outputs). */
export function removeDatabase(out: string): void {
  const path = join(resolve(out), DB_FILE);
  for (const f of [path, `${path}-journal`, `${path}.building`, `${path}.building-journal`]) rmSync(f, { force: true });
}
