// `<out>/guanxi.sqlite`: every table of a run in one SQLite file, written after the corpus outputs. A first write
// builds a new file beside the old one and renames it into place; later writes replace, in one transaction, the rows
// of the articles whose report files changed and every corpus-level table, so a warm re-run touches only what changed
// and a write killed half-way leaves the previous database as it was (SQLite rolls the transaction back on next open).
import { existsSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { ConfigError } from '../core/errors.js';
import { listReportUnits } from '../article/report-store.js';
import { AGGREGATE_FILE, readAggregateFile } from '../corpus/aggregate-file.js';
import type { CorpusReportT } from '../schema/corpus.js';
import { ArticleWriter, DatabaseBuild, Inserts, tune, writeCorpus } from './builder.js';
import { corpusRowChunks } from './rows.js';
import type { Unit } from './builder.js';
import { Calendar } from './rows.js';
import { DB_VERSION } from './schema.js';

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

/** A stamp of a file that changes whenever it is written again (inode, size, modification time), or null if absent. */
function fileStamp(path: string): string | null {
  const s = statSync(path, { bigint: true, throwIfNoEntry: false });
  return s === undefined ? null : `${s.ino}:${s.size}:${s.mtimeNs}`;
}

/**
 * What the database records as made from the corpus report of `out` and its sources: while `corpus.json` is still the
 * file a database was made with (a run or merge that changed anything wrote it anew), no report file needs a look.
 */
export function corpusSignature(out: string, sources: readonly ReportSource[] = [{ dir: out }]): string | null {
  const corpusStamp = fileStamp(join(resolve(out), 'corpus.json'));
  return corpusStamp === null
    ? null
    : JSON.stringify([corpusStamp, sources.map((s) => [resolve(s.dir), [...(s.renames ?? [])]])]);
}

/** The stamp the database records for a unit of a run's own reports (source 0, no renames). */
export function runUnitStamp(unitStamp: string): string {
  return `0||${unitStamp}`;
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

/** What one write needs besides the open database: the corpus, its calendar and stamp, progress. */
interface WriteContext {
  corpus: CorpusReportT;
  onArticle: ((written: number) => void) | undefined;
  calendar: Calendar;
  corpusStamp: string | null;
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

/** Builds a new database from every unit into a file beside `path`, then renames it into place. */
function build(path: string, units: readonly Unit[], ctx: WriteContext): number {
  const building = new DatabaseBuild(path, ctx.calendar, 'after', ctx.onArticle);
  try {
    for (const unit of units) building.add(unit);
    for (const rows of corpusRowChunks(ctx.corpus)) building.addCorpusRows(rows);
  } catch (err) {
    building.abort();
    throw err;
  }
  return building.finish(ctx.corpusStamp);
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
    const unsync = db.prepare('DELETE FROM guanxi_sync WHERE article = ?');
    const articles = new ArticleWriter(db, inserts, ctx.calendar, ctx.onArticle);
    for (const stamp of known) {
      if (current.has(stamp)) continue;
      for (const id of goneOf.all(stamp) as string[]) {
        articles.remove(id);
        unsync.run(id);
        gone.add(id);
      }
    }
    for (const unit of todo) articles.write(unit);
    inserts.flush();
    written = articles.written.size;
    for (const id of articles.written) gone.delete(id);
    writeCorpus(db, inserts, ctx.corpus, ctx.corpusStamp);
  })();
  return { written, removed: gone.size };
}

/**
 * Whether a run may build `<out>/guanxi.sqlite` anew while it goes on (replacing the file when done): there is none,
 * or the one there opens as a guanxi database. A file that cannot be opened is left to {@link writeDatabase}, which
 * stops the run with the error naming it once the other outputs are written.
 */
export function mayBuildAnew(out: string): boolean {
  const path = join(resolve(out), DB_FILE);
  if (!existsSync(path)) return true;
  try {
    openExisting(path, 0)?.close();
    return true;
  } catch {
    return false;
  }
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
  const signature = corpusSignature(out, sources);
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
