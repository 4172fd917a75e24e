// A run's database built in a thread of its own while the run processes its articles: the run announces each
// article's report file (or shard) once it is in place, in input order, and the thread writes its rows; when the
// corpus outputs are written, the thread adds the corpus tables and renames the file into place (what SQL derives from
// the article rows alone it computes while the run writes those outputs). With one worker the
// run leaves the second core idle, so the database costs the run only what is left at the end (the corpus tables).
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ShardInfoT } from '../article/report-store.js';
import { ConfigError } from '../core/errors.js';
import type { CorpusReportT } from '../schema/corpus.js';
import { DB_FILE, databaseError } from './sqlite.js';
import { corpusRowChunks } from './rows.js';
import type { Rows } from './rows.js';
import type { DatabaseResult } from './sqlite.js';

/** What the thread is started with. */
export interface BuildSetup {
  out: string;
  path: string;
  timezone: string;
}

/**
 * A message to the thread: a report file or shard in place; then the corpus tables' rows, a piece at a time (the
 * corpus report of a large corpus, copied whole, would take the thread's heap several times over), and `finish`; or
 * `abort`.
 */
export type BuildRequest =
  | { t: 'file'; path: string }
  | { t: 'shard'; shard: ShardInfoT }
  | { t: 'articles-done' }
  | { t: 'corpus-rows'; rows: Rows }
  | { t: 'finish'; signature: string | null }
  | { t: 'abort' };

/** The thread's answer to a piece of corpus rows (taken), or to `finish` or `abort`. */
export type BuildReply =
  | { t: 'taken' }
  | { t: 'done'; written: number }
  | { t: 'aborted' }
  | { t: 'error'; name: string; message: string; code?: string };

/** The thread's last answer: the build done, given up, or failed. */
type FinalReply = Exclude<BuildReply, { t: 'taken' }>;

/**
 * Heap limit of the thread: it holds one report at a time and SQLite's own cache (outside the heap); without a limit
 * V8 lets garbage grow by hundreds of MB before collecting.
 */
const THREAD_HEAP_MB = 128;

/** The file the thread runs: the compiled module, or the entry that loads the TypeScript source. */
function threadFile(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./build-worker.js', import.meta.url);
  return new URL('./build-worker-entry.mjs', import.meta.url);
}

/** A database of `<out>` being built by a thread while the run goes on. */
export class DatabaseBuildThread {
  private readonly worker: Worker;
  private readonly path: string;
  private readonly reply: Promise<FinalReply>;
  private settled = false;
  /** Called when the thread has taken the last piece of corpus rows sent. */
  private taken: (() => void) | null = null;

  constructor(out: string, timezone: string) {
    this.path = join(resolve(out), DB_FILE);
    const setup: BuildSetup = { out: resolve(out), path: this.path, timezone };
    this.worker = new Worker(threadFile(), {
      workerData: setup,
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    });
    this.reply = new Promise((done, fail) => {
      this.worker.on('message', (m: BuildReply) => {
        if (m.t === 'taken') this.taken?.();
        else done(m);
      });
      this.worker.once('error', fail);
      this.worker.once('exit', (code) => fail(new Error(`the database thread stopped (exit code ${code})`)));
    });
    // Until the run asks for the answer, a failure is kept for it rather than reported as unhandled.
    this.reply.catch(() => undefined);
  }

  /** Announces an article's report file, in place. */
  addReportFile(path: string): void {
    this.worker.postMessage({ t: 'file', path } satisfies BuildRequest);
  }

  /** Announces a shard of reports, written and listed as `shard`. */
  addShard(shard: ShardInfoT): void {
    this.worker.postMessage({ t: 'shard', shard } satisfies BuildRequest);
  }

  /** Says every article is announced: the thread computes what the article rows alone give while the run goes on. */
  articlesDone(): void {
    this.worker.postMessage({ t: 'articles-done' } satisfies BuildRequest);
  }

  /** Sends the corpus tables' rows and waits for the database to be in place; a failure is an error naming the file. */
  async finish(corpus: CorpusReportT, signature: string | null): Promise<DatabaseResult> {
    const t0 = performance.now();
    // One piece at a time: the next is made once the thread has taken the last, so only one is ever copied.
    for (const rows of corpusRowChunks(corpus)) {
      const taken = new Promise<void>((r) => {
        this.taken = r;
      });
      this.worker.postMessage({ t: 'corpus-rows', rows } satisfies BuildRequest);
      // A thread that failed or stopped answers with its reply instead.
      if ((await Promise.race([taken.then(() => null), this.reply.catch(() => 'stopped')])) !== null) break;
    }
    this.taken = null;
    this.worker.postMessage({ t: 'finish', signature } satisfies BuildRequest);
    const reply = await this.settle();
    if (reply.t === 'done')
      return {
        path: this.path,
        action: 'built',
        written: reply.written,
        removed: 0,
        seconds: (performance.now() - t0) / 1000,
      };
    if (reply.t === 'aborted') throw new Error('the database thread gave up its build');
    const err = reply.name === 'ConfigError' ? new ConfigError(reply.message) : new Error(reply.message);
    if (reply.code !== undefined) Object.assign(err, { code: reply.code });
    throw databaseError(this.path, err);
  }

  /** Gives the build up (an interrupted or failed run): the previous database, if any, stays as it was. */
  async abort(): Promise<void> {
    if (this.settled) return;
    this.worker.postMessage({ t: 'abort' } satisfies BuildRequest);
    await this.settle().catch(() => undefined);
    rmSync(`${this.path}.building`, { force: true });
  }

  private async settle(): Promise<FinalReply> {
    try {
      return await this.reply;
    } finally {
      this.settled = true;
      await this.worker.terminate();
    }
  }
}
