// Distributed runs: `guanxi run --queue` (the coordinator), `guanxi worker` and `guanxi queue status|remove`.
import { Command, Option } from 'commander';
import type cliProgressType from 'cli-progress';
import { createRequire } from 'node:module';
import { ConfigError } from '../core/errors.js';
import type { FolderLock } from '../io/lock.js';
import type { Pipeline } from '../pipeline.js';
import type { ReportLayoutT } from '../schema/pipeline.js';
import { runCoordinator } from '../queue/coordinator.js';
import type { CoordinatorResult, QueueProgress } from '../queue/coordinator.js';
import { DEFAULT_PREFIX, DEFAULT_SETTINGS } from '../queue/protocol.js';
import type { RunSettingsT } from '../queue/protocol.js';
import { parseRedisUrl, probeRedis } from '../queue/redis.js';
import { listRuns, removeRun } from '../queue/status.js';
import { runWorker } from '../queue/worker.js';
import { EXIT, watchStopSignals } from './options.js';

/** A whole number of at least `min`, for commander. */
const whole =
  (flag: string, min: number) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new ConfigError(`${flag} takes a whole number of at least ${min}`);
    return n;
  };
/** A number of seconds above 0, for commander. */
const seconds =
  (flag: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!(n > 0)) throw new ConfigError(`${flag} takes a number of seconds above 0`);
    return n;
  };

/** The queue options of `guanxi run`, as commander gives them. */
export interface QueueFlags {
  queue?: string;
  shardSize?: number;
  prefix: string;
  attempts?: number;
  backoffSeconds?: number;
  lockSeconds?: number;
  stallSeconds?: number;
  maxStalled?: number;
  crashLimit?: number;
  reconnectSeconds: number;
}

/** Adds the options of a distributed run to `guanxi run`. */
export function addQueueOptions(cmd: Command): Command {
  const tuning = (flags: string, what: string, parse: (v: string) => number): Option =>
    new Option(flags, what).argParser(parse);
  return cmd
    .option('--queue <url>', 'coordinate a distributed run on Redis (redis://host:6379/0) with `guanxi worker`s')
    .addOption(
      tuning('--shard-size <n>', 'articles per shard of a distributed run (default 250)', whole('--shard-size', 1)),
    )
    .option('--prefix <prefix>', 'key prefix of the distributed run in Redis', DEFAULT_PREFIX)
    .addOption(tuning('--attempts <n>', 'attempts of a failing shard (default 3)', whole('--attempts', 1)))
    .addOption(
      tuning(
        '--backoff-seconds <s>',
        'pause before the first retry, doubled each time (default 5)',
        seconds('--backoff-seconds'),
      ),
    )
    .addOption(
      tuning(
        '--lock-seconds <s>',
        "a shard job's lock, renewed while its worker lives (default 120)",
        seconds('--lock-seconds'),
      ),
    )
    .addOption(
      tuning(
        '--stall-seconds <s>',
        'how often workers look for shards whose worker died (default 30)',
        seconds('--stall-seconds'),
      ),
    )
    .addOption(
      tuning(
        '--max-stalled <n>',
        'times a shard may lose its worker before it fails (default 4)',
        whole('--max-stalled', 1),
      ),
    )
    .addOption(
      tuning(
        '--crash-limit <n>',
        'an article that stopped its worker this many times is reported failed (default 2)',
        whole('--crash-limit', 1),
      ),
    )
    .addOption(
      tuning(
        '--reconnect-seconds <s>',
        'give up (exit 2) when Redis has not answered for this long',
        seconds('--reconnect-seconds'),
      ).default(60),
    );
}

/** The run's settings from the flags over the defaults. */
function settingsOf(f: QueueFlags): RunSettingsT {
  const ms = (s: number | undefined, d: number): number => (s === undefined ? d : Math.round(s * 1000));
  return {
    attempts: f.attempts ?? DEFAULT_SETTINGS.attempts,
    backoffMs: ms(f.backoffSeconds, DEFAULT_SETTINGS.backoffMs),
    lockMs: ms(f.lockSeconds, DEFAULT_SETTINGS.lockMs),
    stalledMs: ms(f.stallSeconds, DEFAULT_SETTINGS.stalledMs),
    maxStalled: f.maxStalled ?? DEFAULT_SETTINGS.maxStalled,
    crashLimit: f.crashLimit ?? DEFAULT_SETTINGS.crashLimit,
  };
}

/** A progress bar of shards on standard error, when it is a terminal and the run is not quiet. */
function shardBar(quiet: boolean): { update: (p: QueueProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY || quiet) return { update: () => undefined, stop: () => undefined };
  const cliProgress = createRequire(import.meta.url)('cli-progress') as typeof cliProgressType;
  const bar = new cliProgress.SingleBar(
    {
      format:
        'guanxi {bar} {value}/{total} shards | waiting {waiting}, active {active}, failed {failed} | {rate} articles/s | {eta_formatted} left',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  let base: number | null = null;
  let started = false;
  return {
    update: (p) => {
      base ??= p.articles;
      const rate = (p.articles - base) / Math.max(1e-3, (performance.now() - t0) / 1000);
      const payload = { waiting: p.waiting, active: p.active, failed: p.failed, rate: rate.toFixed(0) };
      if (!started) bar.start(p.shards, p.done + p.failed, payload);
      else bar.update(p.done + p.failed, payload);
      started = true;
    },
    stop: () => bar.stop(),
  };
}

/** What `runQueued` needs of `guanxi run`'s flags. */
interface QueuedRunFlags extends QueueFlags {
  out: string;
  quiet?: boolean;
  db: boolean;
  reports?: ReportLayoutT;
  pretty?: boolean;
  followSymlinks?: boolean;
}

/** Prints the end of a coordinator and sets the exit code. */
function reportEnd(r: CoordinatorResult, quiet: boolean, stopped: string | null): void {
  if (r.summary.interrupted !== undefined) {
    process.stderr.write(
      `guanxi: ${stopped ?? 'signal'}: coordinator stopped; run ${r.run} goes on in the workers. Run the same command again to follow it and merge.\n`,
    );
    process.exitCode = 130;
    return;
  }
  if (r.failed.length > 0) {
    process.stderr.write(
      `guanxi: run ${r.run}: ${r.failed.length} shard(s) failed their last attempt; nothing was merged:\n${r.failed
        .map((f) => `  ${f.shard} (${f.first} … ${f.last}): ${f.reason}`)
        .join('\n')}\nShards that finished are kept in <out>/.queue: run the same command again to retry the others.\n`,
    );
    process.exitCode = EXIT.failedShards;
    return;
  }
  const a = r.summary.articles;
  if (!quiet)
    process.stdout.write(
      `${[
        `run:      ${r.run} (distributed)`,
        `articles: ${a.total} (ok ${a.ok}, with warnings ${a.warnings}, failed ${a.failed})`,
        ...(r.crashed.length > 0
          ? [`crashed:  ${r.crashed.join(', ')} (reported as failed: they stopped their workers)`]
          : []),
        `entities: ${r.summary.entities} distinct, ${r.summary.mentions} mentions`,
        `duration: ${r.summary.seconds.toFixed(2)} s (merge ${(r.mergeSeconds ?? 0).toFixed(2)} s)`,
        `output:   ${r.summary.out}`,
        ...(r.database === null ? [] : [`database: ${r.database.path} (${r.database.action})`]),
      ].join('\n')}\n`,
    );
  process.exitCode = a.total - a.failed > 0 ? EXIT.ok : EXIT.nothing;
}

/** Checks a distributed run's Redis URL and that the server answers (a ConfigError otherwise). */
export async function checkQueue(url: string): Promise<void> {
  await probeRedis(parseRedisUrl(url));
}

/** `guanxi run --queue`: the coordinator, with the output folder locked by the caller. */
export async function runQueued(
  inputs: string[],
  pipeline: Pipeline,
  flags: QueuedRunFlags,
  _lock: FolderLock,
): Promise<void> {
  const target = parseRedisUrl(flags.queue as string);
  const quiet = flags.quiet === true;
  const bar = shardBar(quiet);
  const stop = watchStopSignals();
  let result: CoordinatorResult;
  try {
    result = await runCoordinator({
      inputs,
      out: flags.out,
      pipeline,
      target,
      prefix: flags.prefix,
      settings: settingsOf(flags),
      reconnectSeconds: flags.reconnectSeconds,
      ...(flags.shardSize !== undefined ? { shardSize: flags.shardSize } : {}),
      ...(flags.reports !== undefined ? { reports: flags.reports } : {}),
      ...(flags.pretty === true ? { pretty: true } : {}),
      ...(flags.db === false ? { db: false } : {}),
      followSymlinks: flags.followSymlinks === true,
      log: (line) => process.stderr.write(`${line}\n`),
      onStart: (s) => {
        if (!quiet)
          process.stderr.write(
            `run ${s.run}: ${s.articles} articles in ${s.shards} shards on ${target.shown}${s.resumed ? ' (resumed)' : ''}\n`,
          );
      },
      onProgress: bar.update,
      shouldStop: () => stop.signal !== null,
    });
  } finally {
    bar.stop();
    stop.dispose();
  }
  reportEnd(result, quiet, stop.signal);
  exitSoon();
}

/** Ends the process shortly after a queue command is done, should a Redis client still hold it open. */
function exitSoon(): void {
  setTimeout(() => process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0), 3000).unref();
}

/** `guanxi worker`: processes the shards of distributed runs. */
export function workerCommand(): Command {
  return new Command('worker')
    .description('process the shards of distributed runs (`guanxi run --queue`) from a Redis queue')
    .requiredOption('--queue <url>', 'the Redis server of the runs (redis://host:6379/0)')
    .option('-w, --workers <n>', 'pipeline threads (default 1)', whole('--workers', 1), 1)
    .option(
      '--concurrency <n>',
      'shards processed at once (default 2: the next one starts while one is written)',
      whole('--concurrency', 1),
      2,
    )
    .option('--prefix <prefix>', 'key prefix of the runs in Redis', DEFAULT_PREFIX)
    .option('--run <id>', 'serve this run only (default: every run in the registry)')
    .option(
      '--reconnect-seconds <s>',
      'give up (exit 2) when Redis has not answered for this long',
      seconds('--reconnect-seconds'),
      600,
    )
    .option('--no-preload', 'load a pipeline only when a run appears (default: the default one at start)')
    .option('-q, --quiet', 'print nothing but errors')
    .action(
      async (opts: {
        queue: string;
        preload: boolean;
        workers: number;
        concurrency: number;
        prefix: string;
        run?: string;
        reconnectSeconds: number;
        quiet?: boolean;
      }) => {
        const target = parseRedisUrl(opts.queue);
        let signals = 0;
        let release: () => void = () => undefined;
        const stop = new Promise<void>((r) => {
          release = r;
        });
        const onSignal = (): void => {
          // The first signal lets the shards in progress finish; a second leaves at once (they go back to the queue).
          if (++signals > 1) process.exit(130);
          release();
        };
        process.on('SIGINT', onSignal);
        process.on('SIGTERM', onSignal);
        try {
          const { shards } = await runWorker({
            target,
            prefix: opts.prefix,
            threads: opts.workers,
            concurrency: opts.concurrency,
            reconnectSeconds: opts.reconnectSeconds,
            preload: opts.preload,
            ...(opts.run !== undefined ? { run: opts.run } : {}),
            log: (line) => {
              if (opts.quiet !== true || line.includes('not serving')) process.stderr.write(`${line}\n`);
            },
            stop,
          });
          if (opts.quiet !== true) process.stderr.write(`worker: stopped after ${shards} shards\n`);
        } finally {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
        }
        exitSoon();
      },
    );
}

/** `guanxi queue status|remove`: the distributed runs a Redis server holds. */
export function queueCommand(): Command {
  const queue = new Command('queue').description('the distributed runs a Redis server holds');
  queue
    .command('status')
    .description('list the runs in Redis and the state of their shards')
    .argument('<url>', 'the Redis server (redis://host:6379/0)')
    .option('--prefix <prefix>', 'key prefix of the runs', DEFAULT_PREFIX)
    .option('--json', 'print JSON')
    .action(async (url: string, opts: { prefix: string; json?: boolean }) => {
      const runs = await listRuns(parseRedisUrl(url), opts.prefix);
      if (opts.json === true) process.stdout.write(`${JSON.stringify(runs, null, 2)}\n`);
      else if (runs.length === 0) process.stdout.write('no runs\n');
      else
        for (const r of runs)
          process.stdout.write(
            `${r.run}  ${r.out}\n  ${r.articles} articles, ${r.shards} shards: ${r.done} done, ${r.active} active, ${r.waiting} waiting, ${r.failed} failed; merge ${r.merge}; since ${r.createdAt} (coordinator ${r.coordinator})\n`,
          );
      exitSoon();
    });
  queue
    .command('remove')
    .description("remove a run's keys from Redis (an abandoned run; a finished run removes its own)")
    .argument('<url>', 'the Redis server (redis://host:6379/0)')
    .argument('<run>', 'the run id (see `guanxi queue status`)')
    .option('--prefix <prefix>', 'key prefix of the runs', DEFAULT_PREFIX)
    .action(async (url: string, run: string, opts: { prefix: string }) => {
      await removeRun(parseRedisUrl(url), opts.prefix, run);
      process.stdout.write(`removed run ${run}\n`);
      exitSoon();
    });
  return queue;
}
