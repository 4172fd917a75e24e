// `guanxi run`: the pipeline over every input article, in parallel, with the cache of earlier runs; the corpus
// outputs are built from the articles in input order, so that they are the same whatever the number of workers.
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import type { Pipeline } from '../pipeline.js';
import { CorpusAggregate } from '../corpus/aggregate.js';
import type { AggregateMeta } from '../corpus/aggregate-tables.js';
import { MENTIONS_FILE, pointLookup, writeCorpusOutputs } from '../corpus/exports.js';
import type { ArticleContributionT } from '../schema/aggregate.js';
import type { DiagnosticT } from '../schema/document.js';
import type { CorpusReportT } from '../schema/corpus.js';
import { GZIP_LEVEL, LineWriter, writeAtomic } from '../io/atomic.js';
import { createHash } from 'node:crypto';
import { readShardIndex, SHARD_INDEX } from '../article/report-store.js';
import type { ShardIndexT } from '../article/report-store.js';
import type { ReportLayoutT } from '../schema/pipeline.js';
import { ShardPlan, ShardWriter, tidyArticles } from './shards.js';
import { FolderLock } from '../io/lock.js';
import { readFileBytes } from '../article/read.js';
import type { InputFile } from '../article/read.js';
import { processArticle } from '../article/worker.js';
import type { ArticleResult, ArticleTask } from '../article/worker.js';
import { garbageCollector } from './gc.js';
import { assignIds, discoverInputs, reportPath } from './inputs.js';
import { ArticlePool, poolThreads } from './pool.js';
import { RunCache } from './run-cache.js';
import type { CachePlan, ReusedArticle } from './run-cache.js';
import { StageSeconds, writeRunInfo } from './run-info.js';
import { DB_FILE, corpusSignature, mayBuildAnew, updateDatabase } from '../db/sqlite.js';
import type { DatabaseResult } from '../db/sqlite.js';
import { DatabaseBuildThread } from '../db/build-thread.js';
import { existsSync } from 'node:fs';
import { OrderedWindow, StopCheck } from './scheduler.js';

/** Main-thread garbage collections (see {@link garbageCollector}) every this many articles, while a pool processes them. */
const COLLECT_EVERY = 2000;

/** The folder for a run's temporary files inside its output folder. */
export function tmpDirOf(out: string): string {
  return join(out, '.tmp');
}

/** Summary of a finished run, for the CLI to print. */
export interface RunSummary {
  articles: { total: number; ok: number; warnings: number; failed: number };
  entities: number;
  mentions: number;
  seconds: number;
  out: string;
  /** Set when the run was stopped before the end: how many articles were done. */
  interrupted?: { done: number; total: number };
}

/** Options of a batch run. */
export interface RunOptions {
  inputs: string[];
  out: string;
  pipeline: Pipeline;
  onArticle?: (done: number, total: number) => void;
  onStart?: (total: number) => void;
  /** Polled between articles: when it returns true the run stops cleanly, writing nothing more. */
  shouldStop?: () => boolean;
  /** Worker threads (default: available cores); 1 processes in the main thread. Output is identical either way. */
  workers?: number;
  /** Reuse the reports of unchanged articles from `<out>/.cache` (default true). */
  cache?: boolean;
  /** The lock of the output folder, when the caller took it already (else the run takes it). */
  lock?: FolderLock;
  /** Follow symbolic links that lead out of an input folder (default false: they are skipped with a diagnostic). */
  followSymlinks?: boolean;
  /** How article reports are written (default: the pipeline file's `output.reports`, itself `files` by default). */
  reports?: ReportLayoutT;
  /** Indented report files for people (default: the pipeline file's `output.pretty`, false); shards are one line a report. */
  pretty?: boolean;
  /** Articles per shard with `reports: ndjson.gz` (default: the pipeline file's `output.shardSize`, 1000). */
  shardSize?: number;
  /** Write `<out>/guanxi.sqlite` (default: the pipeline file's `output.db`, true). */
  db?: boolean;
}

/** The result of {@link runBatch}: `corpus` is null when the run was interrupted. */
export interface RunResult {
  summary: RunSummary;
  /** The corpus report (read back from corpus.json when first used, if the run kept the outputs of an unchanged corpus). */
  corpus: CorpusReportT | null;
  /** What writing `<out>/guanxi.sqlite` did (null: the run wrote none, `db: false`). */
  database?: DatabaseResult | null;
}

/** One article as the main thread consumes it: processed now, or reused from the cache. */
type Done = ArticleResult | ReusedArticle;

/** What processing every article leaves for the corpus outputs. */
interface Processed {
  aggregate: CorpusAggregate;
  characters: number;
  mentionsOut: LineWriter;
  /** The shard index of a sharded run, to be written with the corpus outputs. */
  shardIndex: ShardIndexT | null;
}

/** The aggregate header of a run with `pipeline`: what its corpus outputs are made with. */
export function aggregateMeta(pipeline: Pipeline): AggregateMeta {
  return {
    pipeline: pipeline.name,
    pipelineHash: pipeline.hash,
    dictionaryHash: pipeline.dictionaries.hash,
    dictionaries: pipeline.dictionaries.files.map((f) => basename(f)),
    timezone: pipeline.timezone,
    options: pipeline.report,
  };
}

/** One run of {@link runBatch}: its articles, output folder and cache, and the phases it goes through. */
class BatchRun {
  private readonly t0 = performance.now();
  private readonly collectGarbage = garbageCollector();
  private readonly startedAt = new Date().toISOString();
  private readonly out: string;
  private readonly files: InputFile[];
  private readonly discoveryDiagnostics: DiagnosticT[];
  private readonly meta: AggregateMeta;
  private readonly articlesDir: string;
  private readonly tmpDir: string;
  private readonly ids: string[];
  private readonly total: number;
  private readonly workers: number;
  private readonly cache: RunCache;
  private readonly stages = new StageSeconds();
  private readonly stop: StopCheck;
  /** The shards of a sharded run (`reports: ndjson.gz`), else null. */
  private readonly shards: ShardPlan | null;
  private readonly pretty: boolean;
  constructor(private readonly opts: RunOptions) {
    this.out = resolve(opts.out);
    ({ files: this.files, diagnostics: this.discoveryDiagnostics } = discoverInputs(opts.inputs, {
      followSymlinks: opts.followSymlinks === true,
    }));
    opts.onStart?.(this.files.length);
    this.meta = aggregateMeta(opts.pipeline);
    this.articlesDir = join(this.out, 'articles');
    mkdirSync(this.articlesDir, { recursive: true });
    // Temporary files of an earlier run that was killed are removed; they were never visible as outputs.
    this.tmpDir = tmpDirOf(this.out);
    rmSync(this.tmpDir, { recursive: true, force: true });
    mkdirSync(this.tmpDir, { recursive: true });
    this.ids = assignIds(this.files);
    this.total = this.files.length;
    this.workers = Math.max(1, Math.min(opts.workers ?? availableParallelism(), this.total));
    this.pretty = opts.pretty ?? opts.pipeline.output.pretty;
    this.shards =
      (opts.reports ?? opts.pipeline.output.reports) === 'ndjson.gz'
        ? new ShardPlan(this.articlesDir, this.ids, opts.shardSize ?? opts.pipeline.output.shardSize)
        : null;
    const shards = this.shards;
    // How reports are written is part of the key: a report of the other layout is not this run's report.
    const runKey = [
      opts.pipeline.hash,
      opts.pipeline.dictionaries.hash,
      opts.pipeline.resources.cache.codeHash(),
      shards === null ? (this.pretty ? 'files-pretty' : 'files') : `ndjson.gz-${shards.size}`,
    ].join(':');
    const index = new Map(this.ids.map((id, i) => [id, i]));
    this.cache = RunCache.open({
      out: this.out,
      tmpDir: this.tmpDir,
      enabled: opts.cache !== false,
      runKey,
      madeFrom: [this.meta, this.discoveryDiagnostics],
      files: this.files,
      ids: this.ids,
      maxBytes: opts.pipeline.limits.maxBytes,
      // A sharded article's report is in place when its shard is: the cache records the shard's size.
      reportPath: (id) =>
        shards === null ? reportPath(this.articlesDir, id) : shards.path(shards.shardOf(index.get(id) as number)),
    });
    this.stop = new StopCheck(opts.shouldStop);
  }

  /** Plans with the cache, then keeps the earlier outputs or processes the articles and writes the outputs. */
  async run(): Promise<RunResult> {
    const plan = await this.cache.plan(() => this.stop.requested());
    if (plan === null) {
      this.cache.close('interrupted');
      rmSync(this.tmpDir, { recursive: true, force: true });
      return this.interrupted(0);
    }
    if (plan.kept !== null) return this.keep(plan.kept);
    const shards = this.shards === null ? null : this.shardWriter(plan);
    const db = this.databaseThread(plan);
    let processed: Awaited<ReturnType<BatchRun['process']>>;
    try {
      processed = await this.process(shards?.plan ?? plan, shards?.writer ?? null, db);
    } catch (err) {
      await db?.abort();
      throw err;
    }
    if ('interrupted' in processed) {
      await db?.abort();
      return processed.interrupted;
    }
    db?.articlesDone();
    const result = this.finish(processed);
    if (db !== null) result.database = await db.finish(result.corpus as CorpusReportT, corpusSignature(this.out));
    return result;
  }

  /**
   * The thread that builds the database while the articles are processed, when the run would build it anew at the
   * end anyway (there is none yet, or most articles change); else null, and the database is written or updated after
   * the other outputs (see {@link runBatch}).
   */
  private databaseThread(plan: CachePlan): DatabaseBuildThread | null {
    if (!(this.opts.db ?? this.opts.pipeline.output.db)) return null;
    const anew = !existsSync(join(this.out, DB_FILE)) || plan.todo.length * 2 > this.total;
    return anew && mayBuildAnew(this.out) ? new DatabaseBuildThread(this.out, this.opts.pipeline.timezone) : null;
  }

  /**
   * The shard writer of a sharded run, and the cache plan it leaves: a shard that cannot be kept whole is written
   * again whole, so the reused articles of such a shard are processed again.
   */
  private shardWriter(plan: CachePlan): { plan: CachePlan; writer: ShardWriter } {
    const shards = this.shards as ShardPlan;
    const kept = shards.keepable(readShardIndex(this.out), plan.reused);
    const reused = plan.reused.map((r, i) => {
      if (!r || kept.has(shards.shardOf(i))) return r;
      this.cache.forget(i);
      return false;
    });
    return {
      plan: { reused, todo: reused.flatMap((r, i) => (r ? [] : [i])), kept: null },
      writer: new ShardWriter(shards, kept, this.tmpDir),
    };
  }

  private seconds(): number {
    return (performance.now() - this.t0) / 1000;
  }

  private writeRunInfo(characters: number, seconds: number): void {
    const facts = {
      startedAt: this.startedAt,
      inputs: this.opts.inputs,
      out: this.out,
      articles: this.total,
      characters,
      stageSeconds: this.stages,
      workers: this.workers,
      cache: this.cache.counts,
    };
    writeRunInfo(facts, seconds, this.tmpDir);
  }

  /** The result of a run stopped after `done` articles (what the aggregate holds of them, if it was started). */
  private interrupted(done: number, agg?: CorpusAggregate): RunResult {
    const articles = agg === undefined ? { total: 0, ok: 0, warnings: 0, failed: 0 } : { ...agg.articles };
    return {
      summary: {
        articles,
        entities: agg?.entities.size ?? 0,
        mentions: agg?.mentions ?? 0,
        seconds: this.seconds(),
        out: this.out,
        interrupted: { done, total: this.total },
      },
      corpus: null,
    };
  }

  /** Ends a run in which nothing changed since the run that wrote the outputs: they are what this run would write. */
  private keep(kept: NonNullable<CachePlan['kept']>): RunResult {
    this.cache.close('kept');
    this.opts.onArticle?.(this.total, this.total);
    const seconds = this.seconds();
    this.writeRunInfo(kept.characters, seconds);
    rmSync(this.tmpDir, { recursive: true, force: true });
    const out = this.out;
    let corpus: CorpusReportT | undefined;
    return {
      summary: { articles: { ...kept.articles }, entities: kept.entities, mentions: kept.mentions, seconds, out },
      get corpus(): CorpusReportT {
        corpus ??= JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as CorpusReportT;
        return corpus;
      },
    };
  }

  /** The task of article `i`, its bytes read now and the cache told that its report is about to be rewritten. */
  private task(i: number): ArticleTask {
    const file = this.files[i] as InputFile;
    const id = this.ids[i] as string;
    const read = readFileBytes(file.path, this.opts.pipeline.limits.maxBytes);
    this.cache.rewrite(i, 'bytes' in read ? read.bytes : undefined);
    return {
      file,
      id,
      target: this.shards === null ? reportPath(this.articlesDir, id) : null,
      tmpDir: this.tmpDir,
      pretty: this.pretty,
      ...('bytes' in read ? { bytes: read.bytes } : {}),
    };
  }

  private timed(r: ArticleResult): ArticleResult {
    this.stages.add(r.stageSeconds);
    return r;
  }

  /** Processes article `i` in this thread: the stages run now; the promise waits for the report's write. */
  private async inMain(i: number): Promise<ArticleResult> {
    const task = this.task(i);
    return this.timed(await processArticle(this.opts.pipeline, task));
  }

  /** Processes article `i` on a pool thread. */
  private async inPool(pool: ArticlePool, i: number): Promise<ArticleResult> {
    const task = this.task(i);
    return this.timed(await pool.process(task));
  }

  /**
   * Processes the articles the cache cannot spare and adds every article to the aggregate and mentions.ndjson in
   * input order; stops between articles when asked to.
   */
  private async process(
    plan: CachePlan,
    shards: ShardWriter | null,
    db: DatabaseBuildThread | null,
  ): Promise<Processed | { interrupted: RunResult }> {
    const threads = poolThreads(this.workers, plan.todo.length);
    const pool = new ArticlePool(this.opts.pipeline, threads);
    const aggregate = new CorpusAggregate(this.meta, pointLookup(this.opts.pipeline.dictionaries));
    let characters = 0;
    /** A shard's articles waiting for it to be written before the cache records them. */
    let waiting: Array<[number, Done]> = [];
    // mentions.ndjson grows as articles finish, in input order, so no article is held longer than its turn.
    const mentionsOut = new LineWriter(join(this.out, MENTIONS_FILE), this.tmpDir, undefined, GZIP_LEVEL);
    // Two feeders a pool thread, or this thread alone; what waits in the window is small (contributions and mention
    // lines), so it is wide.
    const window = new OrderedWindow<Done>({
      todo: plan.todo,
      window: this.workers * 16,
      feeders: threads > 0 ? threads * 2 : 1,
      work: threads > 0 ? (i) => this.inPool(pool, i) : (i) => this.inMain(i),
      inThisThread: threads === 0,
    });
    try {
      for (let i = 0; i < this.total; i++) {
        if (await this.stop.requested()) {
          // Reports still being written must be in place (or given up) before the cache records or anything is removed.
          await window.stop();
          await shards?.abort();
          this.cache.close('interrupted');
          mentionsOut.abort();
          rmSync(this.tmpDir, { recursive: true, force: true });
          return { interrupted: this.interrupted(i, aggregate) };
        }
        // A cached record that cannot be read back (a damaged cache) leaves the article to be processed again, here.
        const d = plan.reused[i] === true ? (this.cache.reuse(i) ?? (await this.inMain(i))) : await window.result(i);
        window.consumed(i);
        const c = ('parsed' in d ? d.parsed : undefined) ?? (JSON.parse(d.contribution) as ArticleContributionT);
        characters += c.characters;
        aggregate.addContribution(c);
        mentionsOut.write(d.mentions);
        if (shards === null) {
          this.cache.commit(i, d);
          db?.addReportFile(reportPath(this.articlesDir, this.ids[i] as string));
        } else {
          // A sharded article is recorded once its shard is written, with the shard's size.
          waiting.push([i, d]);
          const written = shards.add(i, 'report' in d ? d.report : undefined);
          if (written !== null) {
            const bytes = await written;
            for (const [j, w] of waiting) this.cache.commit(j, 'record' in w ? w : { ...w, reportBytes: bytes });
            waiting = [];
            const info = shards.infoOf(i);
            if (info !== undefined) db?.addShard(info);
          }
        }
        this.opts.onArticle?.(i + 1, this.total);
        if (threads > 0 && (i + 1) % COLLECT_EVERY === 0) this.collectGarbage();
      }
    } catch (err) {
      mentionsOut.abort();
      await shards?.abort();
      this.cache.close('failed');
      throw err;
    } finally {
      await window.stop();
      await pool.destroy();
    }
    return { aggregate, characters, mentionsOut, shardIndex: shards === null ? null : await shards.index() };
  }

  /** Writes the corpus outputs (the cache withdraws the record of the earlier ones first) and run.json. */
  private finish({ aggregate, characters, mentionsOut, shardIndex }: Processed): RunResult {
    const corpus = this.cache.finish(() => {
      for (const d of this.discoveryDiagnostics) aggregate.addDiagnostics(d.file, null, [d]);
      const mentionsSha = mentionsOut.close();
      this.collectGarbage();
      const { corpus, files } = writeCorpusOutputs(this.out, aggregate, this.ids, this.tmpDir, { pretty: this.pretty });
      files[MENTIONS_FILE] = [mentionsOut.written, mentionsSha];
      // The shard index is an output like the others: an unchanged re-run keeps it only if it is still in place.
      if (shardIndex !== null) {
        const text = `${JSON.stringify(shardIndex)}\n`;
        writeAtomic(join(this.articlesDir, SHARD_INDEX), text, this.tmpDir);
        files[`articles/${SHARD_INDEX}`] = [Buffer.byteLength(text), createHash('sha256').update(text).digest('hex')];
      }
      tidyArticles(this.articlesDir, shardIndex === null ? 'files' : 'ndjson.gz', shardIndex?.shards.length ?? 0);
      const summary = {
        articles: corpus.run.articles,
        entities: corpus.run.entities,
        mentions: corpus.run.mentions,
        characters,
      };
      return { files, summary, value: corpus };
    });
    const seconds = this.seconds();
    this.writeRunInfo(characters, seconds);
    rmSync(this.tmpDir, { recursive: true, force: true });
    return {
      summary: {
        articles: corpus.run.articles,
        entities: corpus.run.entities,
        mentions: corpus.run.mentions,
        seconds,
        out: this.out,
      },
      corpus,
    };
  }
}

/**
 * Runs the pipeline over every input article, writing article reports, the corpus outputs, schemas and run.json.
 *
 * With a cache (the default), the run first computes every article's key. Articles whose key and report are
 * unchanged are not processed: their aggregate contribution and mention lines come from the cache. When every
 * article is unchanged and the outputs of the previous run are in place byte for byte, they are kept as they are.
 */
export async function runBatch(opts: RunOptions): Promise<RunResult> {
  // One run (or merge) at a time writes into a folder: a second one stops here, before it touches anything.
  const lock = opts.lock ?? FolderLock.acquire(resolve(opts.out), 'run');
  try {
    const result = await new BatchRun(opts).run();
    // The database (src/db/) comes after every other output, from them: a run stopped earlier leaves the previous one.
    if (result.summary.interrupted === undefined && result.database === undefined)
      result.database = await updateDatabase(opts.db ?? opts.pipeline.output.db, {
        out: opts.out,
        corpus: () => result.corpus as CorpusReportT,
      });
    return result;
  } finally {
    if (opts.lock === undefined) lock.release();
  }
}

/** Removes a previous run's article reports so the output holds only this run's (used with --clean). */
export function cleanOutput(out: string): void {
  rmSync(join(resolve(out), 'articles'), { recursive: true, force: true });
}
