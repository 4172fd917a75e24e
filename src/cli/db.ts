import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { FolderLock } from '../io/lock.js';
import { loadPostgres } from '../db/postgres.js';
import { DB_FILE, writeDatabase } from '../db/sqlite.js';
import { RunInfo } from '../schema/corpus.js';
import type { CorpusReportT } from '../schema/corpus.js';
import { ConfigError } from '../core/errors.js';
import { databaseLine } from './run.js';

/** Whether `dir` is the output folder of a merge (its run.json names the folders it merged). */
function mergedFolder(dir: string): boolean {
  try {
    const info = RunInfo.safeParse(JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')));
    return info.success && info.data.merged !== undefined;
  } catch {
    return false;
  }
}

/** The options of `guanxi db`, as commander gives them. */
interface DbFlags {
  to?: string;
  schema: string;
  run?: string;
  quiet?: boolean;
}

/** `guanxi db`: writes (or updates) a finished run's SQLite database, or loads it into PostgreSQL with --to. */
export function dbCommand(): Command {
  return new Command('db')
    .description(
      "write a finished run's <out>/guanxi.sqlite (if --no-db left none, or to update it), or load it into PostgreSQL with --to",
    )
    .argument('<out>', 'output folder of a finished `guanxi run` (or merge)')
    .option('--to <url>', 'load the database into PostgreSQL: postgresql://user[:password]@host[:port]/database')
    .option('--schema <name>', 'PostgreSQL schema for the tables (created if missing)', 'guanxi')
    .option(
      '--run <id>',
      "the run's id in PostgreSQL, replacing an earlier load of the same id (default: the folder's name)",
    )
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (out: string, opts: DbFlags) => {
      const dir = resolve(out);
      if (opts.to === undefined) {
        // A merge's folder holds no reports: its database is written by the merge, from the runs' reports.
        if (mergedFolder(dir))
          throw new ConfigError(`${dir}: a merge's database is written by guanxi merge (run it again without --no-db)`);
        // The same lock as a run's: the database is not written while a run writes the folder.
        const lock = FolderLock.acquire(dir, 'db');
        try {
          const database = await writeDatabase({
            out: dir,
            corpus: () => JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusReportT,
          });
          if (opts.quiet !== true) process.stdout.write(`${databaseLine(database)}\n`);
        } finally {
          lock.release();
        }
        return;
      }
      const r = await loadPostgres(join(dir, DB_FILE), {
        url: opts.to,
        schema: opts.schema,
        runId: opts.run ?? basename(dir),
      });
      if (opts.quiet !== true) {
        const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
        process.stdout.write(
          `loaded:   ${total} rows in ${Object.keys(r.rows).length} tables into ${r.url} schema ${r.schema}, run ${r.runId}\nduration: ${r.seconds.toFixed(2)} s\n`,
        );
      }
    });
}
