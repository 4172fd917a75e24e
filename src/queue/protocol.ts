// What the coordinator and the workers of a distributed run tell each other through Redis and the shared file
// system: the run (in the registry of runs), each shard job's data, and each shard's result. Redis holds names,
// paths and checksums only; articles, reports and aggregates stay on the shared file system.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { ShardInfo } from '../article/report-store.js';

const count = z.number().int().nonnegative();

/** How a run's jobs are retried and watched: the same for every worker of the run (they read it from the registry). */
export const RunSettings = z
  .object({
    /** Attempts of a shard job that fails (throws). */
    attempts: z.number().int().min(1),
    /** First pause before a retry, doubled at each attempt. */
    backoffMs: count,
    /** A job's lock: renewed at half this while its worker lives; lost when the worker dies or stops. */
    lockMs: z.number().int().min(500),
    /** How often workers look for jobs whose lock was lost. */
    stalledMs: z.number().int().min(200),
    /** How many times a shard may lose its worker before it fails. */
    maxStalled: z.number().int().min(1),
    /** An article in flight when a worker died this many times (in careful mode) is reported as failed. */
    crashLimit: z.number().int().min(1),
  })
  .strict();
export type RunSettingsT = z.infer<typeof RunSettings>;

/** The defaults: a shard of 250 articles takes seconds; the lock is far above that. */
export const DEFAULT_SETTINGS: RunSettingsT = {
  attempts: 3,
  backoffMs: 5000,
  lockMs: 120_000,
  stalledMs: 30_000,
  maxStalled: 4,
  crashLimit: 2,
};

/** A run as the registry records it: what a worker needs to serve it, and to refuse it when its own files differ. */
export const RunSpec = z
  .object({
    format: z.literal('guanxi-queue-run'),
    version: z.literal(1),
    run: z.string(),
    out: z.string(),
    inputs: z.array(z.string()),
    pipeline: z.object({ file: z.string(), hash: z.string() }).strict(),
    dictionaries: z.object({ user: z.array(z.string()), hash: z.string() }).strict(),
    code: z.string(),
    reports: z.enum(['files', 'ndjson.gz']),
    pretty: z.boolean(),
    /** Articles per report shard (`reports: ndjson.gz`). */
    reportShardSize: z.number().int().positive(),
    articles: count,
    shards: count,
    shardSize: z.number().int().positive(),
    settings: RunSettings,
    createdAt: z.string(),
    coordinator: z.string(),
  })
  .strict();
export type RunSpecT = z.infer<typeof RunSpec>;

/** A registry entry, or null for one this guanxi cannot read (damaged, or another version's). */
export function parseRunSpec(json: string): RunSpecT | null {
  try {
    const spec = RunSpec.safeParse(JSON.parse(json));
    return spec.success ? spec.data : null;
  } catch {
    return null;
  }
}

/** One shard job's data: which articles (listed in a file on the shared file system, checked by its SHA-256). */
export const ShardJobData = z
  .object({
    run: z.string(),
    shard: count,
    /** Index of the shard's first article in the run. */
    first: count,
    articles: z.number().int().positive(),
    list: z.string(),
    sha256: z.string(),
  })
  .strict();
export type ShardJobDataT = z.infer<typeof ShardJobData>;

/** The file listing one shard's articles: id, path and input folder of each, in input order. */
export const ShardList = z
  .object({
    shard: count,
    first: count,
    articles: z.array(z.tuple([z.string(), z.string(), z.string()])),
  })
  .strict();
export type ShardListT = z.infer<typeof ShardList>;

/** What a shard job returns: where its files are and their checksums (never the data). */
export const ShardResult = z
  .object({
    shard: count,
    /** The shard's folder, relative to the output folder: `.queue/<shard>-<content hash>`. */
    dir: z.string(),
    /** File in the shard's folder → [bytes, SHA-256]. */
    files: z.record(z.string(), z.tuple([count, z.string()])),
    articles: count,
    characters: count,
    /** Report shards written into `articles/` (`reports: ndjson.gz`). */
    reportShards: z.array(ShardInfo),
    /** Articles reported as failed because they crashed the workers that processed them. */
    crashed: z.array(z.string()),
    /** Whether the shard's files were found in place from an earlier attempt (and not made again). */
    reused: z.boolean(),
    worker: z.string(),
    seconds: z.number().nonnegative(),
    stageSeconds: z.record(z.string(), z.number()),
  })
  .strict();
export type ShardResultT = z.infer<typeof ShardResult>;

/** A shard job's progress, kept in the job: in careful mode, the article in flight and the crashes counted so far. */
export const ShardProgress = z
  .object({
    done: count.optional(),
    inflight: count.optional(),
    crashes: z.record(z.string(), count).optional(),
  })
  .strict();
export type ShardProgressT = z.infer<typeof ShardProgress>;

/** The default key prefix of every key guanxi keeps in Redis. */
export const DEFAULT_PREFIX = 'guanxi';

/** The hash of the registry of runs: run id → {@link RunSpec} (JSON). */
export function registryKey(prefix: string): string {
  return `${prefix}:runs`;
}

/** The queue of a run's shard jobs. */
export function shardQueueName(run: string): string {
  return `run-${run}`;
}

/** The queue of a run's merge job (the parent of its shard jobs; only the coordinator processes it). */
export function mergeQueueName(run: string): string {
  return `run-${run}-merge`;
}

/** The id of the merge job, and of shard `k`'s job. */
export const MERGE_JOB = 'merge';
export function shardJobId(k: number): string {
  return `s${String(k).padStart(5, '0')}`;
}

/** The folder of the queue's files inside an output folder (removed when a run finishes). */
export function queueDirOf(out: string): string {
  return join(out, '.queue');
}

/** The id of a run: its output folder, inputs, what it is made with, and every article's id and path. */
export function runIdOf(parts: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 12);
}
