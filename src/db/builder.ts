// Writing the rows of a guanxi database: the tables' DDL, batched inserts, an article's rows from its report unit, the
// corpus tables, and a new database built beside its final path and renamed into place when finished. sqlite.ts
// builds one after a run; build-thread.ts builds one in a thread while the run goes on.
import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import type { ReportUnit } from '../article/report-store.js';
import type { CorpusReportT } from '../schema/corpus.js';
import {
  ARTICLE_DERIVED_SQL,
  ARTICLE_DERIVED_TABLES,
  ENTITY_DERIVED_SQL,
  articleRows,
  corpusRowChunks,
} from './rows.js';
import type { Calendar, Rows } from './rows.js';
import { DB_VERSION, TABLES } from './schema.js';
import type { Row, TableDef } from './schema.js';

/** The internal tables: the layout version and corpus stamp, and the stamp of the report file each article came from. */
export const INTERNAL_DDL = [
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

/**
 * Settings of a writing connection: sorts and temporary tables in memory (SQLite would put them in the OS's
 * temporary folder, where guanxi writes nothing), and a page cache of 64 MB rather than 2 MB, which the inserts into
 * indexed tables and the GROUP BYs of the derived tables need (they took twice as long without).
 */
export function tune(db: Database.Database): void {
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536');
}

/** Rows an INSERT statement of {@link Inserts} writes at once. */
const BATCH = 64;

/**
 * Inserts rows through prepared statements, {@link BATCH} rows a statement (one call into SQLite per row cost more
 * than the insert itself); rows wait in a buffer per table until {@link Inserts.flush}.
 */
export class Inserts {
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

/** A report unit with the stamp the database records for it (its source and renames included). */
export interface Unit {
  unit: ReportUnit;
  stamp: string;
  rename: (id: string) => string;
  /** The articles of the unit's run (a shard's reports are all of them; listed for a check). */
  ids: ReadonlySet<string> | null;
}

/**
 * Writes the rows of article report units (deleting first what an article of the same id had), through one set of
 * prepared statements; `written` holds the ids written.
 */
export class ArticleWriter {
  readonly written = new Set<string>();
  private readonly deletes: Database.Statement[];
  private readonly sync: Database.Statement;
  constructor(
    db: Database.Database,
    private readonly inserts: Inserts,
    private readonly calendar: Calendar,
    private readonly onArticle: ((written: number) => void) | undefined,
  ) {
    this.deletes = TABLES.filter((d) => d.level === 'article').map((d) =>
      db.prepare(`DELETE FROM ${d.name} WHERE ${d.name === 'articles' ? 'id' : 'article'} = ?`),
    );
    this.sync = db.prepare('INSERT OR REPLACE INTO guanxi_sync (article, stamp) VALUES (?, ?)');
  }

  /** Removes every row of article `id` (before its rows are written again, or because it is gone). */
  remove(id: string): void {
    for (const d of this.deletes) d.run(id);
  }

  /** Writes the rows of every article of `unit` (those of its run, when the unit names them). */
  write({ unit, stamp, rename, ids }: Unit): void {
    for (const report of unit.read()) {
      if (ids !== null && !ids.has(report.id)) continue;
      const id = rename(report.id);
      this.remove(id);
      this.inserts.add(articleRows(report, id, this.calendar));
      this.sync.run(id, stamp);
      this.written.add(id);
      this.onArticle?.(this.written.size);
    }
  }
}

/** Computes, from the article rows alone, the tables and temporary tables that {@link writeCorpus} needs. */
export function deriveFromArticles(db: Database.Database): void {
  for (const sql of ARTICLE_DERIVED_SQL) db.prepare(sql).run();
}

/**
 * Replaces every corpus-level table: the corpus report's rows, then what SQL derives from the article rows (computed
 * here unless `derived` says {@link deriveFromArticles} ran after the last article's rows).
 */
export function writeCorpus(
  db: Database.Database,
  inserts: Inserts,
  corpus: CorpusReportT,
  corpusStamp: string | null,
  derived = false,
): void {
  for (const def of TABLES)
    if (def.level === 'corpus' && !ARTICLE_DERIVED_TABLES.includes(def.name))
      db.prepare(`DELETE FROM ${def.name}`).run();
  for (const rows of corpusRowChunks(corpus)) inserts.add(rows);
  completeCorpus(db, inserts, corpusStamp, derived);
}

/** Once the corpus report's rows are in: what SQL derives from them and the article rows, and the database's stamp. */
function completeCorpus(db: Database.Database, inserts: Inserts, corpusStamp: string | null, derived: boolean): void {
  inserts.flush();
  if (!derived) deriveFromArticles(db);
  for (const sql of ENTITY_DERIVED_SQL) db.prepare(sql).run();
  const meta = db.prepare('INSERT OR REPLACE INTO guanxi_meta (name, value) VALUES (?, ?)');
  meta.run('version', String(DB_VERSION));
  meta.run('corpus', corpusStamp ?? '');
}

/** How a {@link DatabaseBuild} keeps its indexes. */
export type IndexTiming =
  /** Made once every row is in (the fastest build when nothing else waits for it). */
  | 'after'
  /** Kept up as rows go in (slower in all, but it leaves less for the end when the rows come while a run goes on). */
  | 'during';

/**
 * A new database in `<path>.building`, filled unit by unit in one transaction and renamed into place by
 * {@link finish}: no reader ever sees half a database, and a build killed half-way leaves only the `.building` file,
 * removed by the next one.
 */
export class DatabaseBuild {
  private readonly building: string;
  private readonly db: Database.Database;
  private readonly inserts: Inserts;
  private readonly articles: ArticleWriter;
  /** Whether {@link articlesDone} computed what the article rows give the corpus tables. */
  private derived = false;

  constructor(
    private readonly path: string,
    calendar: Calendar,
    private readonly indexes: IndexTiming,
    onArticle?: (written: number) => void,
  ) {
    this.building = `${path}.building`;
    rmSync(this.building, { force: true });
    rmSync(`${this.building}-journal`, { force: true });
    this.db = new Database(this.building);
    // A file nobody sees until it is renamed needs no journal.
    this.db.pragma('journal_mode = OFF');
    this.db.pragma('synchronous = OFF');
    tune(this.db);
    for (const sql of [...INTERNAL_DDL, ...TABLES.map(sqliteTable)]) this.db.exec(sql);
    if (indexes === 'during') for (const sql of [...TABLES.flatMap(tableIndexes), ...FTS_DDL]) this.db.exec(sql);
    this.inserts = new Inserts(this.db);
    this.articles = new ArticleWriter(this.db, this.inserts, calendar, onArticle);
    this.db.exec('BEGIN');
  }

  /** Writes the rows of the articles of `unit`. */
  add(unit: Unit): void {
    this.articles.write(unit);
  }

  /**
   * Says that every article is in: what SQL derives from the article rows alone is computed now (in a thread, while
   * the run writes its corpus outputs), not in {@link finish}.
   */
  articlesDone(): void {
    this.inserts.flush();
    deriveFromArticles(this.db);
    this.derived = true;
  }

  /** Adds rows of the corpus tables (a piece of {@link corpusRowChunks}: the build is new, so they start empty). */
  addCorpusRows(rows: Rows): void {
    this.inserts.add(rows);
  }

  /**
   * Completes the corpus tables once {@link addCorpusRows} has had all of them, commits, and renames the file into
   * place; returns how many articles it holds.
   */
  finish(corpusStamp: string | null): number {
    const db = this.db;
    try {
      this.inserts.flush();
      if (this.indexes === 'after') this.indexAll();
      completeCorpus(db, this.inserts, corpusStamp, this.derived);
      db.exec('COMMIT');
      // Statistics for the query planner, from a sample of each index (a full ANALYZE reads them all).
      db.pragma('analysis_limit = 1000');
      db.exec('ANALYZE');
    } catch (err) {
      this.abort();
      throw err;
    } finally {
      if (db.open) db.close();
    }
    const fd = openSync(this.building, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(this.building, this.path);
    return this.articles.written.size;
  }

  /** Gives the build up: closes and removes the unfinished file. */
  abort(): void {
    if (this.db.open) this.db.close();
    rmSync(this.building, { force: true });
  }

  /** Indexes and the full-text index of rows already in, the latter in one pass (faster than row by row). */
  private indexAll(): void {
    const db = this.db;
    for (const sql of TABLES.flatMap(tableIndexes)) db.exec(sql);
    for (const sql of FTS_DDL) db.exec(sql);
    // One pass over every sentence, its index segments left unmerged (merging them as it goes doubled the time);
    // later writes merge as usual.
    db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 0)`);
    db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', 2000)`);
    db.exec(`INSERT INTO sentences_fts (sentences_fts) VALUES ('rebuild')`);
    db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('automerge', 4)`);
    db.exec(`INSERT INTO sentences_fts (sentences_fts, rank) VALUES ('crisismerge', 16)`);
  }
}
