// `guanxi run --queue`: the coordinator of a distributed run. It lists the inputs (the ids a local run gives them),
// writes each shard's list of articles beside the outputs, and puts the shards on a BullMQ queue of the run's own
// as one flow: a merge job whose children are the shard jobs. Workers anywhere process the shards; when every
// child is done, the merge job (processed here, the only process holding the output folder's lock) reads the
// children's results — paths and checksums — and merges the partial aggregates in shard order. Stopped and started
// again, it finds its run by id and goes on from the queue's state.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { FlowProducer, Job, Queue, Worker } from 'bullmq';
import type { FlowJob } from 'bullmq';
import { Redis } from 'ioredis';
import type { Pipeline } from '../pipeline.js';
import type { InputFile } from '../article/read.js';
import { ConfigError } from '../core/errors.js';
import { writeAtomic } from '../io/atomic.js';
import type { CorpusReportT } from '../schema/corpus.js';
import type { DiagnosticT } from '../schema/document.js';
import type { ReportLayoutT } from '../schema/pipeline.js';
import { assignIds, discoverInputs } from '../batch/inputs.js';
import { tmpDirOf } from '../batch/run.js';
import type { RunSummary } from '../batch/run.js';
import { updateDatabase } from '../db/sqlite.js';
import type { DatabaseResult } from '../db/sqlite.js';
import { ShardMerger } from './merge.js';
import {
  MERGE_JOB,
  RunSpec,
  ShardResult,
  parseRunSpec,
  mergeQueueName,
  queueDirOf,
  registryKey,
  shardJobId,
  shardQueueName,
} from './protocol.js';
import type { RunSettingsT, RunSpecT, ShardJobDataT, ShardListT, ShardResultT } from './protocol.js';
import { connectionOptions, policyWarning, probeRedis, redisMessage } from './redis.js';
import type { RedisTarget } from './redis.js';

/** Articles per shard when the reports are files (a shard of report shards otherwise). */
export const DEFAULT_SHARD_SIZE = 250;

/** Options of {@link runCoordinator}. */
export interface CoordinatorOptions {
  inputs: string[];
  out: string;
  pipeline: Pipeline;
  target: RedisTarget;
  prefix: string;
  /** Articles per shard (default 250, or the report shard size with `reports: ndjson.gz`, of which it is a multiple). */
  shardSize?: number;
  settings: RunSettingsT;
  reports?: ReportLayoutT;
  pretty?: boolean;
  db?: boolean;
  followSymlinks?: boolean;
  /** Give up (exit 2) when Redis has not answered for this long. */
  reconnectSeconds: number;
  log: (line: string) => void;
  onStart?: (start: { run: string; resumed: boolean; shards: number; articles: number }) => void;
  onProgress?: (p: QueueProgress) => void;
  /** Polled twice a second: true stops the coordinator (the run goes on in Redis and the workers). */
  shouldStop?: () => boolean;
}

/** Shards by state, and the articles of the shards done. */
export interface QueueProgress {
  waiting: number;
  active: number;
  done: number;
  failed: number;
  shards: number;
  articles: number;
  total: number;
}

/** A shard that failed its last attempt. */
export interface FailedShard {
  shard: string;
  first: string;
  last: string;
  reason: string;
}

/** The end of a coordinator: a merged run, a run with failed shards (nothing merged), or a stopped coordinator. */
export interface CoordinatorResult {
  run: string;
  summary: RunSummary;
  corpus: CorpusReportT | null;
  failed: FailedShard[];
  /** Articles reported as failed because they crashed their workers. */
  crashed: string[];
  database: DatabaseResult | null;
  /** Seconds the merge of the shards' aggregates and the corpus outputs took (null: nothing was merged). */
  mergeSeconds: number | null;
}

/** The outcome of the merge job. */
type Outcome = { corpus: CorpusReportT; crashed: string[] } | { failed: FailedShard[] } | { error: unknown };

/** How long workers take to let go of a run that left the registry (they read it every second). */
const RETIRE_MS = 1500;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** One coordinator run: its inputs and shards, its Redis objects, and the phases it goes through. */
class Coordinator {
  private readonly t0 = performance.now();
  private readonly startedAt = new Date().toISOString();
  private readonly out: string;
  private readonly files: InputFile[];
  private readonly diagnostics: DiagnosticT[];
  private readonly ids: string[];
  private readonly spec: RunSpecT;
  private readonly jobs: ShardJobDataT[] = [];
  private readonly me = `${hostname()}:${process.pid}`;
  private readonly registry: Redis;
  private readonly shardQueue: Queue;
  private readonly mergeQueue: Queue;
  private mergeWorker: Worker | null = null;
  private outcome: Outcome | null = null;
  private merging = false;
  private mergeSeconds: number | null = null;
  private shardMerger: ShardMerger | null = null;
  /** The absorption of finished shards in progress (the merge job waits for it). */
  private absorbing: Promise<void> = Promise.resolve();

  constructor(private readonly o: CoordinatorOptions) {
    this.out = resolve(o.out);
    ({ files: this.files, diagnostics: this.diagnostics } = discoverInputs(o.inputs, {
      followSymlinks: o.followSymlinks === true,
    }));
    this.ids = assignIds(this.files);
    this.spec = this.makeSpec();
    const conn = connectionOptions(o.target, 'coordinator', `guanxi-coordinator-${this.me}`);
    this.registry = new Redis(conn);
    this.registry.on('error', () => undefined);
    const queueOpts = { connection: conn, prefix: o.prefix, streams: { events: { maxLen: 1000 } } };
    this.shardQueue = new Queue(shardQueueName(this.spec.run), queueOpts);
    this.mergeQueue = new Queue(mergeQueueName(this.spec.run), queueOpts);
    for (const q of [this.shardQueue, this.mergeQueue]) q.on('error', () => undefined);
  }

  /** The run's registry entry; its id hashes the output folder, inputs, make, layout, shard size and every article. */
  private makeSpec(): RunSpecT {
    const p = this.o.pipeline;
    const reports = this.o.reports ?? p.output.reports;
    const reportShardSize = p.output.shardSize;
    const shardSize = this.o.shardSize ?? (reports === 'ndjson.gz' ? reportShardSize : DEFAULT_SHARD_SIZE);
    if (reports === 'ndjson.gz' && shardSize % reportShardSize !== 0)
      throw new ConfigError(
        `--shard-size ${shardSize}: with ndjson.gz reports a shard holds whole report shards (a multiple of ${reportShardSize})`,
      );
    const pretty = this.o.pretty ?? p.output.pretty;
    const code = p.resources.cache.codeHash();
    const inputs = this.o.inputs.map((i) => resolve(i));
    const h = createHash('sha256').update(
      JSON.stringify([
        this.out,
        inputs,
        p.hash,
        p.dictionaries.hash,
        code,
        reports,
        pretty,
        reportShardSize,
        shardSize,
      ]),
    );
    for (let i = 0; i < this.ids.length; i++) h.update(`\n${this.ids[i] as string}\u0000${this.files[i]?.path ?? ''}`);
    return RunSpec.parse({
      format: 'guanxi-queue-run',
      version: 1,
      run: h.digest('hex').slice(0, 12),
      out: this.out,
      inputs,
      pipeline: { file: p.file, hash: p.hash },
      dictionaries: { user: p.userDictionaries.map((d) => resolve(d)), hash: p.dictionaries.hash },
      code,
      reports,
      pretty,
      reportShardSize,
      articles: this.ids.length,
      shards: Math.ceil(this.ids.length / shardSize),
      shardSize,
      settings: this.o.settings,
      createdAt: this.startedAt,
      coordinator: this.me,
    });
  }

  /** Writes each shard's list of articles (the same bytes on every start) and makes its job's data. */
  private writeLists(): void {
    const dir = join(queueDirOf(this.out), this.spec.run);
    const { shardSize, shards } = this.spec;
    for (let k = 0; k < shards; k++) {
      const first = k * shardSize;
      const end = Math.min(this.ids.length, first + shardSize);
      const articles: ShardListT['articles'] = [];
      for (let i = first; i < end; i++) {
        const f = this.files[i] as InputFile;
        articles.push([this.ids[i] as string, f.path, f.root]);
      }
      const text = `${JSON.stringify({ shard: k, first, articles } satisfies ShardListT)}\n`;
      const list = join(dir, `${shardJobId(k)}.json`);
      writeAtomic(list, text, join(queueDirOf(this.out), '.tmp'));
      const sha256 = createHash('sha256').update(text).digest('hex');
      this.jobs.push({ run: this.spec.run, shard: k, first, articles: end - first, list, sha256 });
    }
  }

  /**
   * Removes the queues and registry entry of a run. The entry goes first and the queues a moment later: a worker
   * still polling a queue would write its meta key again, and workers let go of a run once it leaves the registry.
   */
  private async removeRun(run: string, wait = true): Promise<void> {
    await this.registry.hdel(registryKey(this.o.prefix), run);
    if (wait) await sleep(RETIRE_MS);
    for (const name of [shardQueueName(run), mergeQueueName(run)]) {
      const q = new Queue(name, { connection: this.registry, prefix: this.o.prefix });
      await q.obliterate({ force: true });
      await q.close();
      // Whatever a late worker wrote meanwhile (its meta key) goes too.
      let cursor = '0';
      do {
        const [next, keys] = await this.registry.scan(cursor, 'MATCH', `${this.o.prefix}:${name}:*`, 'COUNT', 1000);
        if (keys.length > 0) await this.registry.del(...keys);
        cursor = next;
      } while (cursor !== '0');
    }
  }

  /** Finds the run's flow in Redis, or creates it (removing what is left of it, and older runs into this folder). */
  private async ensureFlow(): Promise<boolean> {
    const run = this.spec.run;
    const entry = await this.registry.hget(registryKey(this.o.prefix), run);
    const parent = await Job.fromId(this.mergeQueue, MERGE_JOB);
    if (entry !== null && parent !== undefined) return true;
    for (const [other, json] of Object.entries(await this.registry.hgetall(registryKey(this.o.prefix)))) {
      if (other !== run && parseRunSpec(json)?.out === this.out) await this.removeRun(other);
    }
    // What is left of this run's own queues (a server that lost some of its keys) goes before the flow is added.
    await this.removeRun(run, entry !== null);
    const s = this.spec.settings;
    const children: NonNullable<FlowJob['children']> = this.jobs.map((data) => ({
      name: 'shard',
      queueName: shardQueueName(run),
      data,
      opts: {
        jobId: shardJobId(data.shard),
        attempts: s.attempts,
        backoff: { type: 'exponential', delay: s.backoffMs },
        removeOnComplete: true,
        removeOnFail: false,
        ignoreDependencyOnFailure: true,
      },
    }));
    const flow = new FlowProducer({ connection: this.registry, prefix: this.o.prefix });
    try {
      await flow.add(
        { name: 'merge', queueName: mergeQueueName(run), data: { run }, opts: { jobId: MERGE_JOB }, children },
        { queuesOptions: { [shardQueueName(run)]: { streams: { events: { maxLen: 1000 } } } } },
      );
    } finally {
      await flow.close();
    }
    await this.registry.hset(registryKey(this.o.prefix), run, JSON.stringify(this.spec));
    return false;
  }

  /** The shard results of the merge job, in shard order, and the shards that failed their last attempt. */
  private async childResults(job: Job): Promise<{ results: ShardResultT[]; failed: FailedShard[] }> {
    const values = await job.getChildrenValues<unknown>();
    const failures = await job.getIgnoredChildrenFailures();
    const results = Object.values(values)
      .map((v) => ShardResult.parse(typeof v === 'string' ? JSON.parse(v) : v))
      .sort((a, b) => a.shard - b.shard);
    const failed = Object.entries(failures).map(([key, reason]) => {
      const k = Number(/s(\d+)$/.exec(key)?.[1] ?? -1);
      const first = k * this.spec.shardSize;
      const last = Math.min(this.ids.length, first + this.spec.shardSize) - 1;
      return { shard: shardJobId(k), first: this.ids[first] ?? '?', last: this.ids[last] ?? '?', reason };
    });
    return { results, failed: failed.sort((a, b) => (a.shard < b.shard ? -1 : 1)) };
  }

  /** The merge: from the children's results, the corpus outputs (or the list of failed shards). */
  private async merge(job: Job): Promise<void> {
    if (this.merging || this.outcome !== null) return;
    this.merging = true;
    try {
      // Never two merges of one aggregate at once: shards being absorbed are added first.
      await this.absorbing.catch(() => undefined);
      const { results, failed } = await this.childResults(job);
      if (failed.length > 0) {
        this.outcome = { failed };
        return;
      }
      if (results.length !== this.spec.shards || results.some((r, k) => r.shard !== k))
        throw new ConfigError(`run ${this.spec.run}: ${results.length} shard results for ${this.spec.shards} shards`);
      const corpus = await this.mergeWith(results);
      this.outcome = { corpus, crashed: results.flatMap((r) => r.crashed) };
    } catch (err) {
      this.outcome = { error: err };
    } finally {
      this.merging = false;
    }
  }

  /** The merger of this run's shards, created on first use (its temporary files go in `<out>/.tmp`). */
  private merger(): ShardMerger {
    this.shardMerger ??= new ShardMerger({
      spec: this.spec,
      pipeline: this.o.pipeline,
      ids: this.ids,
      discoveryDiagnostics: this.diagnostics,
      tmpDir: tmpDirOf(this.out),
      startedAt: this.startedAt,
      t0: this.t0,
    });
    return this.shardMerger;
  }

  private async mergeWith(results: readonly ShardResultT[]): Promise<CorpusReportT> {
    const t0 = performance.now();
    const corpus = await this.merger().finish(results);
    this.mergeSeconds = (performance.now() - t0) / 1000;
    return corpus;
  }

  /**
   * Merges the shards that finished, in order, while the others are processed, so that the merge job finds little
   * left: their results are read from the merge job's record of its children (the hash BullMQ keeps them in), a few
   * at a time. The merge job reads every result again, and starts over should one differ.
   */
  private async absorbFinished(): Promise<void> {
    const merger = this.merger();
    const processed = `${this.mergeQueue.toKey(MERGE_JOB)}:processed`;
    while (merger.next < this.spec.shards) {
      const keys = Array.from({ length: Math.min(16, this.spec.shards - merger.next) }, (_, i) =>
        this.shardQueue.toKey(shardJobId(merger.next + i)),
      );
      const values = await this.registry.hmget(processed, ...keys);
      const ready = values.indexOf(null);
      for (const v of ready < 0 ? values : values.slice(0, ready))
        await merger.add(ShardResult.parse(JSON.parse(v as string)));
      if (ready >= 0) return;
    }
  }

  /** Starts the worker of the merge queue: only this process takes the merge job. */
  private startMergeWorker(): void {
    const s = this.spec.settings;
    this.mergeWorker = new Worker(mergeQueueName(this.spec.run), (job: Job) => this.merge(job), {
      connection: connectionOptions(this.o.target, 'worker', `guanxi-coordinator-${this.me}`),
      prefix: this.o.prefix,
      concurrency: 1,
      // The merge runs on this thread; its lock must outlast the longest synchronous part (writing the outputs).
      lockDuration: Math.max(s.lockMs, 600_000),
      stalledInterval: s.stalledMs,
      maxStalledCount: s.maxStalled,
      name: this.me,
    });
    this.mergeWorker.on('error', () => undefined);
  }

  /** The run's progress from the queue and the merge job's dependencies; the merge job's state. */
  private async progress(): Promise<{ p: QueueProgress; state: string } | null> {
    const parent = await Job.fromId(this.mergeQueue, MERGE_JOB);
    if (parent === undefined) return null;
    const counts = await this.shardQueue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const deps = await parent.getDependenciesCount();
    const done = deps.processed ?? 0;
    const failed = (deps.ignored ?? 0) + (deps.failed ?? 0);
    const p: QueueProgress = {
      waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      done,
      failed,
      shards: this.spec.shards,
      articles: Math.min(this.ids.length, done * this.spec.shardSize),
      total: this.ids.length,
    };
    return { p, state: await parent.getState() };
  }

  /** Waits for the merge's outcome, following the queue; null when asked to stop first. */
  private async follow(): Promise<Outcome | null> {
    let lastOk = Date.now();
    let down = false;
    while (this.outcome === null || this.merging) {
      if (this.o.shouldStop?.() === true && !this.merging) return null;
      try {
        const now = await this.progress();
        lastOk = Date.now();
        if (down) this.o.log('redis: connected again');
        down = false;
        if (now === null) {
          this.o.log(
            `run ${this.spec.run}: its jobs are gone from Redis (restarted without persistence?); queued again, shards already written are reused`,
          );
          await this.ensureFlow();
        } else {
          this.o.onProgress?.(now.p);
          if (!this.merging && this.outcome === null) {
            this.absorbing = this.absorbFinished();
            await this.absorbing;
          }
          // A merge job finished by an earlier coordinator (stopped before it cleaned up) is merged again here.
          if (now.state === 'completed' || now.state === 'failed') {
            const job = await Job.fromId(this.mergeQueue, MERGE_JOB);
            if (job !== undefined) await this.merge(job);
          }
        }
      } catch (err) {
        if (err instanceof ConfigError) throw err;
        if (!down) this.o.log(`redis: ${redisMessage(err)}; waiting for it to come back`);
        down = true;
        if (Date.now() - lastOk > this.o.reconnectSeconds * 1000)
          throw new ConfigError(
            `lost the connection to Redis at ${this.o.target.shown} for more than ${this.o.reconnectSeconds} s; nothing was merged. The run's state stays in Redis and the workers go on: run the same command again to follow it.`,
          );
      }
      if (this.outcome === null || this.merging) await sleep(500);
    }
    return this.outcome;
  }

  /** Prepares the folder and the flow, then follows the run to its end. */
  async run(): Promise<CoordinatorResult> {
    rmSync(join(this.out, '.cache'), { recursive: true, force: true });
    rmSync(tmpDirOf(this.out), { recursive: true, force: true });
    mkdirSync(join(this.out, 'articles'), { recursive: true });
    if (this.ids.length === 0) return this.finish({ corpus: await this.mergeWith([]), crashed: [] });
    this.writeLists();
    const resumed = await this.ensureFlow();
    this.o.onStart?.({ run: this.spec.run, resumed, shards: this.spec.shards, articles: this.ids.length });
    this.startMergeWorker();
    let outcome: Outcome | null;
    try {
      outcome = await this.follow();
    } catch (err) {
      this.shardMerger?.abort();
      throw err;
    } finally {
      await this.mergeWorker?.close(true).catch(() => undefined);
    }
    if (outcome === null || !('corpus' in outcome)) this.shardMerger?.abort();
    if (outcome === null) return this.stopped();
    if ('error' in outcome) {
      await this.cleanRedis();
      throw outcome.error;
    }
    await this.cleanRedis();
    return this.finish(outcome);
  }

  /** Removes the run's keys; a finished run leaves nothing in Redis. */
  private async cleanRedis(): Promise<void> {
    await this.removeRun(this.spec.run);
  }

  private summary(corpus: CorpusReportT | null): RunSummary {
    const seconds = (performance.now() - this.t0) / 1000;
    if (corpus === null)
      return {
        articles: { total: 0, ok: 0, warnings: 0, failed: 0 },
        entities: 0,
        mentions: 0,
        seconds,
        out: this.out,
        interrupted: { done: 0, total: this.ids.length },
      };
    const r = corpus.run;
    return { articles: r.articles, entities: r.entities, mentions: r.mentions, seconds, out: this.out };
  }

  private stopped(): CoordinatorResult {
    const summary = this.summary(null);
    return { run: this.spec.run, summary, corpus: null, failed: [], crashed: [], database: null, mergeSeconds: null };
  }

  /** The end of a merged run (the database written, the queue's files removed) or of one with failed shards. */
  private async finish(outcome: Exclude<Outcome, { error: unknown }>): Promise<CoordinatorResult> {
    if ('failed' in outcome) {
      // The shards' folders stay: a new run over the same inputs takes the finished ones as they are.
      const { interrupted: _, ...summary } = this.summary(null);
      const failed = outcome.failed;
      return { run: this.spec.run, summary, corpus: null, failed, crashed: [], database: null, mergeSeconds: null };
    }
    const corpus = outcome.corpus;
    const database = await updateDatabase(this.o.db ?? this.o.pipeline.output.db, {
      out: this.out,
      corpus: () => corpus,
    });
    rmSync(queueDirOf(this.out), { recursive: true, force: true });
    return {
      run: this.spec.run,
      summary: this.summary(corpus),
      corpus,
      failed: [],
      crashed: outcome.crashed,
      database,
      mergeSeconds: this.mergeSeconds,
    };
  }

  /** Closes the connections (a server that went away is not waited for). */
  async close(): Promise<void> {
    const quit = async (): Promise<void> => {
      await this.shardQueue.close();
      await this.mergeQueue.close();
    };
    await Promise.race([quit().catch(() => undefined), sleep(2000)]);
    this.registry.disconnect();
    await Promise.all([this.shardQueue.disconnect(), this.mergeQueue.disconnect()]).catch(() => undefined);
  }
}

/**
 * Runs the coordinator of a distributed run over `inputs` into `out` (whose lock the caller holds): a bad or
 * unreachable server is a ConfigError before anything is written.
 */
export async function runCoordinator(o: CoordinatorOptions): Promise<CoordinatorResult> {
  const facts = await probeRedis(o.target);
  const warning = policyWarning(o.target, facts);
  if (warning !== null) o.log(warning);
  const c = new Coordinator(o);
  try {
    return await c.run();
  } finally {
    await c.close();
  }
}
