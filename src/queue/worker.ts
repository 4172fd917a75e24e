// `guanxi worker`: serves the shard queues of every run in the registry (or of one run), each with the run's
// pipeline file and dictionaries loaded once, checked against the hashes the coordinator recorded; the articles run
// on the worker's threads, so the event loop keeps renewing the job locks.
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { Worker } from 'bullmq';
import type { Job } from 'bullmq';
import { Redis } from 'ioredis';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../pipeline.js';
import type { Pipeline } from '../pipeline.js';
import { ArticlePool } from '../batch/pool.js';
import { connectionOptions, probeRedis, redisMessage } from './redis.js';
import type { RedisTarget } from './redis.js';
import { ShardJobData, parseRunSpec, registryKey, shardQueueName } from './protocol.js';
import type { RunSpecT, ShardProgressT, ShardResultT } from './protocol.js';
import { processShard } from './shard.js';
import { ConfigError } from '../core/errors.js';

/** Options of {@link runWorker}. */
export interface WorkerOptions {
  target: RedisTarget;
  prefix: string;
  /** Pipeline threads (at least 1: the articles never run on the event loop's thread). */
  threads: number;
  /** Shard jobs processed at once. */
  concurrency: number;
  /** Serve this run only (default: every run in the registry). */
  run?: string;
  /** Give up (exit 2) after the server has not answered for this long. */
  reconnectSeconds: number;
  /** How often the registry is read for new and finished runs. */
  pollMs?: number;
  log: (line: string) => void;
  /** Resolves when the worker should stop: it finishes its jobs in progress, then returns. */
  stop: Promise<void>;
  env?: NodeJS.ProcessEnv;
  /**
   * Load the default pipeline and start its threads before any run appears (default true): a worker that serves
   * runs pays its set-up once, not when a run is already waiting for it.
   */
  preload?: boolean;
}

/** A pipeline loaded by this worker and the threads that run it, shared by the runs made with the same files. */
interface Loaded {
  key: string;
  pipeline: Pipeline;
  pool: ArticlePool;
  /** Runs served with it now. */
  users: number;
}

/** Pipelines kept loaded when no run uses them (the most recently used ones), so the next run need not load again. */
const KEEP_IDLE = 2;

/** What makes two runs' pipelines the same: the pipeline file's and the dictionaries' hashes. */
const makeKey = (pipelineHash: string, dictionariesHash: string): string => `${pipelineHash} ${dictionariesHash}`;

/** A run this worker serves: its BullMQ worker, and the pipeline and threads it uses. */
interface Served {
  worker: Worker<unknown, ShardResultT>;
  loaded: Loaded;
}

/** Why this worker cannot serve a run (its files differ from the coordinator's), or null when it can. */
function mismatch(spec: RunSpecT, pipeline: Pipeline): string | null {
  if (pipeline.hash !== spec.pipeline.hash)
    return `pipeline file ${spec.pipeline.file} differs here (hash ${pipeline.hash}, the run's ${spec.pipeline.hash})`;
  if (pipeline.dictionaries.hash !== spec.dictionaries.hash)
    return `the dictionaries differ here (hash ${pipeline.dictionaries.hash}, the run's ${spec.dictionaries.hash})`;
  const code = pipeline.resources.cache.codeHash();
  if (code !== spec.code) return `this guanxi is another version (code ${code}, the run's ${spec.code})`;
  if (!existsSync(spec.out)) return `the output folder ${spec.out} is not here (is the shared file system mounted?)`;
  return null;
}

/** The pipelines this worker loaded, with their threads, most recently used last. */
class LoadedPipelines {
  private readonly list: Loaded[] = [];
  constructor(private readonly threads: number) {}

  /** Loads the default pipeline and warms its threads; a pipeline that does not load is reported, not thrown. */
  async preload(log: (line: string) => void, me: string): Promise<void> {
    const t0 = performance.now();
    try {
      await this.keep(createPipeline(readPipelineFile(DEFAULT_PIPELINE))).pool.warm();
      log(`worker ${me}: ready (default pipeline loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    } catch (err) {
      // A run names its own pipeline file; one that cannot be loaded here is refused when it appears.
      log(`worker ${me}: the default pipeline did not load: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The loaded pipeline made with a run's files, if any. */
  find(spec: RunSpecT): Loaded | undefined {
    const key = makeKey(spec.pipeline.hash, spec.dictionaries.hash);
    return this.list.find((l) => l.key === key);
  }

  /** Keeps a newly loaded pipeline, with threads of its own. */
  keep(pipeline: Pipeline): Loaded {
    const l: Loaded = {
      key: makeKey(pipeline.hash, pipeline.dictionaries.hash),
      pipeline,
      pool: new ArticlePool(pipeline, Math.max(1, this.threads)),
      users: 0,
    };
    this.list.push(l);
    return l;
  }

  /** Marks a pipeline used by one more run (and the most recently used). */
  use(l: Loaded): Loaded {
    this.list.splice(this.list.indexOf(l), 1);
    this.list.push(l);
    l.users++;
    return l;
  }

  /** A run is done with a pipeline: pipelines no run uses beyond the most recent few are let go, with their threads. */
  async release(l: Loaded): Promise<void> {
    l.users--;
    const idle = this.list.filter((x) => x.users === 0);
    for (const x of idle.slice(0, Math.max(0, idle.length - KEEP_IDLE))) {
      this.list.splice(this.list.indexOf(x), 1);
      await x.pool.destroy();
    }
  }

  /** Stops every pipeline's threads. */
  async destroy(): Promise<void> {
    for (const l of this.list.splice(0)) await l.pool.destroy();
  }
}

/** Loads a run's pipeline (or takes the one loaded for an earlier run with the same files) and checks it. */
function loadRun(spec: RunSpecT, have: Pipeline | undefined): { pipeline: Pipeline } | { refused: string } {
  let pipeline: Pipeline;
  if (have !== undefined) pipeline = have;
  else
    try {
      pipeline = createPipeline(readPipelineFile(spec.pipeline.file), { userDictionaries: spec.dictionaries.user });
    } catch (err) {
      return { refused: err instanceof Error ? err.message : String(err) };
    }
  const why = mismatch(spec, pipeline);
  return why === null ? { pipeline } : { refused: why };
}

/** Starts a BullMQ worker on a run's shard queue, with the run's pipeline on threads of its own. */
function startServing(
  o: WorkerOptions,
  spec: RunSpecT,
  loaded: Loaded,
  me: string,
  registry: Redis,
  onDone: () => void,
): Served {
  const { pipeline, pool } = loaded;
  // A server that does not answer this question does not make a shard's work go to waste.
  const stillWanted = (): Promise<boolean> =>
    registry.hexists(registryKey(o.prefix), spec.run).then(
      (n) => n === 1,
      () => true,
    );
  const ctx = { spec, pipeline, pool, worker: me, env: o.env ?? process.env, stillWanted };
  const s = spec.settings;
  const worker = new Worker<unknown, ShardResultT>(
    shardQueueName(spec.run),
    async (job: Job<unknown, ShardResultT>) => {
      const result = await processShard(ctx, {
        data: ShardJobData.parse(job.data),
        progress: job.progress,
        attemptsMade: job.attemptsMade,
        stalledCounter: job.stalledCounter,
        updateProgress: (p: ShardProgressT) => job.updateProgress(p),
      });
      onDone();
      return result;
    },
    {
      connection: connectionOptions(o.target, 'worker', `guanxi-worker-${me}`),
      prefix: o.prefix,
      concurrency: o.concurrency,
      lockDuration: s.lockMs,
      stalledInterval: s.stalledMs,
      maxStalledCount: s.maxStalled,
      removeOnComplete: { count: 0 },
      name: me,
    },
  );
  worker.on('error', (err) => o.log(`worker ${me}: redis: ${redisMessage(err)}`));
  worker.on('failed', (job, err) =>
    o.log(`worker ${me}: run ${spec.run} shard ${job?.id ?? '?'} failed: ${err.message}`),
  );
  return { worker, loaded };
}

/** The worker process: serves runs until `stop` resolves, or exits with a ConfigError when Redis is gone too long. */
export async function runWorker(o: WorkerOptions): Promise<{ shards: number }> {
  await probeRedis(o.target);
  const me = `${hostname()}:${process.pid}`;
  const registry = new Redis({
    ...connectionOptions(o.target, 'coordinator', `guanxi-worker-${me}`),
    maxRetriesPerRequest: 1,
  });
  registry.on('error', () => undefined);
  const served = new Map<string, Served>();
  const refused = new Set<string>();
  const loaded = new LoadedPipelines(o.threads);
  if (o.preload !== false) await loaded.preload(o.log, me);
  let shards = 0;
  let stopping = false;
  let lastOk = Date.now();
  let down = false;
  void o.stop.then(() => {
    stopping = true;
  });

  const serve = (spec: RunSpecT): void => {
    const have = loaded.find(spec);
    const checked = loadRun(spec, have?.pipeline);
    if ('refused' in checked) {
      refused.add(spec.run);
      o.log(`worker ${me}: not serving run ${spec.run} (${spec.out}): ${checked.refused}`);
      return;
    }
    const l = loaded.use(have ?? loaded.keep(checked.pipeline));
    served.set(
      spec.run,
      startServing(o, spec, l, me, registry, () => {
        shards++;
      }),
    );
    o.log(
      `worker ${me}: serving run ${spec.run} (${spec.out}, ${spec.shards} shards; ${have === undefined ? 'pipeline loaded for it' : 'pipeline already loaded'})`,
    );
  };

  // A run that left the registry is over: its shards in progress are dropped at once (BullMQ then writes nothing
  // more for them, and the run's keys stay removed); on a signal, the shards in progress are finished first.
  const retire = async (run: string, force: boolean): Promise<void> => {
    const s = served.get(run);
    if (s === undefined) return;
    served.delete(run);
    await s.worker.close(force);
    await loaded.release(s.loaded);
    // What this worker's last calls wrote after the coordinator removed the run's keys (the queue's meta) goes too.
    if (force && (await registry.hexists(registryKey(o.prefix), run).catch(() => 1)) === 0)
      await registry.del(`${o.prefix}:${shardQueueName(run)}:meta`).catch(() => 0);
  };

  try {
    while (!stopping) {
      let runs: Record<string, string> | null = null;
      try {
        runs = await registry.hgetall(registryKey(o.prefix));
        lastOk = Date.now();
        if (down) o.log(`worker ${me}: redis: connected again`);
        down = false;
      } catch (err) {
        if (!down) o.log(`worker ${me}: redis: ${redisMessage(err)}; waiting for it to come back`);
        down = true;
        if (Date.now() - lastOk > o.reconnectSeconds * 1000)
          throw new ConfigError(
            `lost the connection to Redis at ${o.target.shown} for more than ${o.reconnectSeconds} s; the shards this worker held go back to the queue`,
          );
      }
      if (runs !== null) {
        const live = new Set<string>();
        for (const [run, json] of Object.entries(runs)) {
          if (o.run !== undefined && run !== o.run) continue;
          const spec = parseRunSpec(json);
          if (spec === null) continue;
          live.add(run);
          if (!served.has(run) && !refused.has(run)) serve(spec);
        }
        for (const run of [...served.keys()]) if (!live.has(run)) await retire(run, true);
      }
      await Promise.race([new Promise((r) => setTimeout(r, o.pollMs ?? 1000)), o.stop]);
    }
  } finally {
    for (const run of [...served.keys()]) await retire(run, false);
    await loaded.destroy();
    registry.disconnect();
  }
  return { shards };
}
