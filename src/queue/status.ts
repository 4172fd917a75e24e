// `guanxi queue status` and `guanxi queue remove`: the runs a Redis server holds, read from the registry and their
// queues, and the removal of one (its queues obliterated, its registry entry dropped).
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { ConfigError } from '../core/errors.js';
import { MERGE_JOB, mergeQueueName, parseRunSpec, registryKey, shardQueueName } from './protocol.js';
import type { RunSpecT } from './protocol.js';
import { connectionOptions, probeRedis } from './redis.js';
import type { RedisTarget } from './redis.js';

/** A run as `queue status` shows it. */
export interface RunStatus {
  run: string;
  out: string;
  articles: number;
  shards: number;
  createdAt: string;
  coordinator: string;
  waiting: number;
  active: number;
  done: number;
  failed: number;
  /** The merge job's state (`waiting-children` while shards are left, `active` while merging), or `missing`. */
  merge: string;
}

/** Opens a coordinator-style client on a server checked to answer. */
async function client(target: RedisTarget): Promise<Redis> {
  await probeRedis(target);
  const redis = new Redis(connectionOptions(target, 'coordinator', 'guanxi-status'));
  redis.on('error', () => undefined);
  return redis;
}

/** The state of one run's queues. */
async function statusOf(redis: Redis, prefix: string, spec: RunSpecT): Promise<RunStatus> {
  const shards = new Queue(shardQueueName(spec.run), { connection: redis, prefix, skipMetasUpdate: true });
  const merge = new Queue(mergeQueueName(spec.run), { connection: redis, prefix, skipMetasUpdate: true });
  try {
    const counts = await shards.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    const parent = await Job.fromId(merge, MERGE_JOB);
    const deps = parent === undefined ? {} : await parent.getDependenciesCount();
    return {
      run: spec.run,
      out: spec.out,
      articles: spec.articles,
      shards: spec.shards,
      createdAt: spec.createdAt,
      coordinator: spec.coordinator,
      waiting: (counts.waiting ?? 0) + (counts.delayed ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      done: deps.processed ?? 0,
      failed: (deps.ignored ?? 0) + (deps.failed ?? 0),
      merge: parent === undefined ? 'missing' : await parent.getState(),
    };
  } finally {
    await shards.close();
    await merge.close();
  }
}

/** Every run in the registry of `prefix`, with the state of its queues. */
export async function listRuns(target: RedisTarget, prefix: string): Promise<RunStatus[]> {
  const redis = await client(target);
  try {
    const runs: RunStatus[] = [];
    for (const json of Object.values(await redis.hgetall(registryKey(prefix)))) {
      const spec = parseRunSpec(json);
      if (spec !== null) runs.push(await statusOf(redis, prefix, spec));
    }
    return runs.sort((a, b) => (a.createdAt < b.createdAt ? -1 : 1));
  } finally {
    redis.disconnect();
  }
}

/** Removes a run's keys (its queues and registry entry); a ConfigError when the registry has no such run. */
export async function removeRun(target: RedisTarget, prefix: string, run: string): Promise<void> {
  const redis = await client(target);
  try {
    if ((await redis.hexists(registryKey(prefix), run)) === 0)
      throw new ConfigError(`no run ${run} in ${target.shown} (prefix ${prefix}); \`guanxi queue status\` lists them`);
    for (const name of [shardQueueName(run), mergeQueueName(run)]) {
      const q = new Queue(name, { connection: redis, prefix });
      await q.obliterate({ force: true });
      await q.close();
    }
    await redis.hdel(registryKey(prefix), run);
  } finally {
    redis.disconnect();
  }
}
