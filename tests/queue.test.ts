// Distributed runs against a real Redis: worker processes over the examples and a sample of ../shared/corpora/xwlb
// give outputs byte-identical to a local run, whatever happens to a worker (SIGKILL mid-shard, lost connections,
// SIGSTOP past its lock) or to the server (restarted without persistence); a shard that always fails ends the run
// with exit code 4; an article that kills every worker that takes it ends as a diagnostic; a bad URL, an unreachable
// server or a lost one is exit code 2 with nothing written. Tests that restart or cut connections run their own
// redis-server on a free port; the others use 127.0.0.1:6379 under a key prefix of their own.
import { type SpawnSyncReturns, spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatch } from '../src/batch/run.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { dumpTables } from './db-helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');
const EXAMPLES = join(ROOT, 'examples');
const XWLB = join(ROOT, '..', 'shared', 'corpora', 'xwlb');
const SHARED_URL = 'redis://127.0.0.1:6379/0';

/** Whether a Redis server answers on `port` of this host. */
async function redisAnswers(port: number): Promise<boolean> {
  const r = new Redis({ port, host: '127.0.0.1', lazyConnect: true, retryStrategy: () => null, connectTimeout: 1000 });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

const sharedRedis = await redisAnswers(6379);
if (!sharedRedis)
  console.warn(
    'queue tests skipped: no Redis at 127.0.0.1:6379. Start one (`redis-server --port 6379 --save ""`, or `docker run -p 6379:6379 redis`) and run the tests again.',
  );
const hasServerBinary = spawnSync('redis-server', ['--version']).status === 0;
const hasXwlb = existsSync(XWLB);
if (!hasXwlb) console.warn(`queue tests: ${XWLB} is absent; the distributed runs go over the examples only`);

/** A child process with what it printed so far. */
interface Proc {
  child: ChildProcess;
  out: string;
  err: string;
  exit: Promise<number | null>;
}

/** Starts the CLI (through tsx's loader, so that its pid is the process's own). */
function cli(args: string[], env: Record<string, string> = {}): Proc {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const p: Proc = { child, out: '', err: '', exit: new Promise((r) => child.once('exit', (code) => r(code))) };
  child.stdout?.on('data', (d: Buffer) => {
    p.out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    p.err += d.toString();
  });
  return p;
}

/** Short locks and stall checks, small shards: what a test can wait for. */
const FAST = ['--shard-size', '20', '--lock-seconds', '2', '--stall-seconds', '1', '--backoff-seconds', '0.2'];

function worker(url: string, prefix: string, env: Record<string, string> = {}): Proc {
  return cli(['worker', '--queue', url, '--prefix', prefix, '--workers', '1', '--concurrency', '1'], env);
}

function coordinator(url: string, prefix: string, inputs: string[], out: string, extra: string[] = []): Proc {
  return cli(['run', ...inputs, '--out', out, '--queue', url, '--prefix', prefix, '--workers', '1', ...FAST, ...extra]);
}

/** Stops worker processes: SIGTERM, then SIGKILL for one that does not leave within 20 s. */
async function stopAll(procs: Proc[]): Promise<void> {
  for (const p of procs) if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
  await Promise.all(
    procs.map((p) =>
      Promise.race([p.exit, new Promise((r) => setTimeout(r, 20_000))]).then(() => {
        if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      }),
    ),
  );
}

async function waitFor(what: string, test: () => Promise<boolean>, ms = 90_000): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await test().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A redis-server of the test's own (no persistence), stopped by its pid. */
class PrivateRedis {
  private proc: ChildProcess | null = null;
  constructor(
    readonly port: number,
    private readonly dir: string,
  ) {}
  get url(): string {
    return `redis://127.0.0.1:${this.port}/0`;
  }
  async start(): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    this.proc = spawn(
      'redis-server',
      ['--port', String(this.port), '--save', '', '--appendonly', 'no', '--dir', this.dir, '--bind', '127.0.0.1'],
      { stdio: 'ignore' },
    );
    await waitFor('redis-server', () => redisAnswers(this.port), 10_000);
  }
  async stop(): Promise<void> {
    const p = this.proc;
    if (p === null || p.exitCode !== null) return;
    const gone = new Promise((r) => p.once('exit', r));
    p.kill('SIGTERM');
    await gone;
    this.proc = null;
  }
  client(): Redis {
    const r = new Redis({ port: this.port, host: '127.0.0.1', maxRetriesPerRequest: 1 });
    r.on('error', () => undefined);
    return r;
  }
}

/** The one run id under a prefix (once the coordinator registered it). */
async function runOf(redis: Redis, prefix: string): Promise<string | null> {
  return (await redis.hkeys(`${prefix}:runs`))[0] ?? null;
}

/** How many shards of the run under `prefix` are done. */
async function doneShards(redis: Redis, prefix: string): Promise<number> {
  const run = await runOf(redis, prefix);
  return run === null ? 0 : redis.hlen(`${prefix}:run-${run}-merge:merge:processed`);
}

/** The job ids a worker process (by pid) holds active. */
async function activeOf(redis: Redis, prefix: string, pid: number): Promise<string[]> {
  const run = await runOf(redis, prefix);
  if (run === null) return [];
  const ids = await redis.lrange(`${prefix}:run-${run}:active`, 0, -1);
  const mine: string[] = [];
  for (const id of ids)
    if ((await redis.hget(`${prefix}:run-${run}:${id}`, 'pb')) === `${hostname()}:${pid}`) mine.push(id);
  return mine;
}

const OUTPUTS = [
  'corpus.json',
  'aggregate.ndjson.gz',
  'entities.csv',
  'edges.csv',
  'network.gexf',
  'places.geojson',
  'mentions.ndjson.gz',
];

/** Every file under `dir`, relative, sorted. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** Expects a distributed run's outputs (corpus files, reports, database rows) to be the local run's. */
function expectSameOutputs(local: string, queued: string, queueGone = true): void {
  for (const f of OUTPUTS) expect(readFileSync(join(queued, f)).equals(readFileSync(join(local, f))), f).toBe(true);
  const reports = filesUnder(join(local, 'articles')).filter((f) => f.endsWith('.json'));
  expect(filesUnder(join(queued, 'articles')).filter((f) => f.endsWith('.json'))).toEqual(reports);
  for (const f of reports)
    expect(readFileSync(join(queued, 'articles', f)).equals(readFileSync(join(local, 'articles', f))), f).toBe(true);
  expect(dumpTables(join(queued, 'guanxi.sqlite'))).toEqual(dumpTables(join(local, 'guanxi.sqlite')));
  if (queueGone) expect(existsSync(join(queued, '.queue'))).toBe(false);
}

describe.skipIf(!sharedRedis)('distributed runs', () => {
  const work = mkdtempSync(join(tmpdir(), 'guanxi-queue-'));
  const inputs = [EXAMPLES];
  const local = join(work, 'local');
  let articles = 15;
  const procs: Proc[] = [];
  let n = 0;
  /** A key prefix of this test's own. */
  const prefix = (): string => `guanxi-test-${process.pid}-${++n}`;

  beforeAll(async () => {
    if (hasXwlb) {
      // About 200 articles of the corpus: the first of 2024.
      const sample = join(work, 'xwlb');
      const files = readdirSync(join(XWLB, '2024')).sort().slice(0, 200);
      for (const f of files) cpSync(join(XWLB, '2024', f), join(sample, f));
      const copied = files.length;
      inputs.push(sample);
      articles += copied;
    }
    const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
    await runBatch({ inputs, out: local, pipeline, workers: 1, cache: false });
  });

  afterAll(async () => {
    await stopAll(procs);
  });

  it('gives a local run’s outputs with three workers, one of them killed (SIGKILL) mid-shard', async () => {
    const p = prefix();
    const redis = new Redis(6379, '127.0.0.1');
    const out = join(work, 'q-kill');
    const ws = [worker(SHARED_URL, p), worker(SHARED_URL, p), worker(SHARED_URL, p)];
    procs.push(...ws);
    const c = coordinator(SHARED_URL, p, inputs, out);
    procs.push(c);
    const victim = ws[0] as Proc;
    await waitFor(
      'the first worker to hold a shard',
      async () => (await activeOf(redis, p, victim.child.pid ?? 0)).length > 0,
    );
    victim.child.kill('SIGKILL');
    // While the run goes on, `queue status` lists it. The coordinator is held (SIGSTOP) while status starts, so that
    // the two workers left cannot bring the run to its end first on a loaded machine; they go on meanwhile.
    c.child.kill('SIGSTOP');
    let status: SpawnSyncReturns<string>;
    try {
      status = spawnSync(
        process.execPath,
        ['--import', 'tsx', MAIN, 'queue', 'status', SHARED_URL, '--prefix', p, '--json'],
        { cwd: ROOT, encoding: 'utf8' },
      );
    } finally {
      c.child.kill('SIGCONT');
    }
    expect(status.status).toBe(0);
    expect(JSON.parse(status.stdout)).toEqual([expect.objectContaining({ out, articles })]);
    expect(await c.exit).toBe(0);
    expect(c.out).toContain(`articles: ${articles} (`);
    expectSameOutputs(local, out);
    // A finished run leaves no key behind.
    expect(await redis.keys(`${p}:*`)).toEqual([]);
    await stopAll(ws);
    redis.disconnect();
  });

  it('goes on from the queue’s state when the coordinator is stopped and started again', async () => {
    const p = prefix();
    const redis = new Redis(6379, '127.0.0.1');
    const out = join(work, 'q-restart-coordinator');
    const ws = [worker(SHARED_URL, p), worker(SHARED_URL, p)];
    procs.push(...ws);
    const first = coordinator(SHARED_URL, p, inputs, out);
    procs.push(first);
    await waitFor('a shard done', async () => (await doneShards(redis, p)) >= 1);
    const run = await runOf(redis, p);
    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(130);
    expect(first.err).toContain(`run ${run} goes on in the workers`);
    // The run stays in Redis while no coordinator follows it, and the workers go on with it.
    expect(await runOf(redis, p)).toBe(run);
    const second = coordinator(SHARED_URL, p, inputs, out);
    procs.push(second);
    expect(await second.exit).toBe(0);
    expect(second.err).toContain(`run ${run}: ${articles} articles in`);
    expect(second.err).toContain('(resumed)');
    expectSameOutputs(local, out);
    expect(await redis.keys(`${p}:*`)).toEqual([]);
    await stopAll(ws);
    redis.disconnect();
  });

  it.skipIf(!hasServerBinary)(
    'goes on when workers lose their connections (CLIENT KILL) or stop past their lock (SIGSTOP)',
    async () => {
      const p = prefix();
      const server = new PrivateRedis(await freePort(), join(work, 'redis-kill'));
      await server.start();
      const redis = server.client();
      const out = join(work, 'q-conn');
      try {
        const ws = [worker(server.url, p), worker(server.url, p)];
        procs.push(...ws);
        const c = coordinator(server.url, p, inputs, out);
        procs.push(c);
        await waitFor('a shard done', async () => (await doneShards(redis, p)) >= 1);
        // Every connection but this one is cut: workers and coordinator reconnect.
        await redis.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
        const sleeper = ws[0] as Proc;
        await waitFor(
          'the first worker to hold a shard',
          async () => (await activeOf(redis, p, sleeper.child.pid ?? 0)).length > 0,
        );
        sleeper.child.kill('SIGSTOP');
        // Past its 2 s lock: the shard goes to the other worker; then the sleeper wakes up and finishes it too.
        await new Promise((r) => setTimeout(r, 5000));
        sleeper.child.kill('SIGCONT');
        await redis.call('CLIENT', 'KILL', 'TYPE', 'normal', 'SKIPME', 'yes');
        expect(await c.exit).toBe(0);
        expectSameOutputs(local, out, false);
        // A worker cut off at the end lets go of the run once it is back, and removes what it wrote after the end.
        await waitFor('no key left', async () => (await redis.keys(`${p}:*`)).length === 0, 10_000);
        // Its pipeline thread may still finish an article's report meanwhile (renamed into place, the same bytes):
        // at most empty temporary folders stay in .queue, removed by the next distributed run into the folder.
        // The woken worker finishes its article first, which takes longer on a loaded machine (a CI run of this file
        // once timed out at 10 s): the bound is generous, the expectation the same.
        await waitFor(
          'no file left in .queue',
          async () => !existsSync(join(out, '.queue')) || filesUnder(join(out, '.queue')).length === 0,
          30_000,
        );
        await stopAll(ws);
      } finally {
        redis.disconnect();
        await server.stop();
      }
    },
  );

  it.skipIf(!hasServerBinary)('goes on when Redis is restarted (without persistence) mid-run', async () => {
    const p = prefix();
    const server = new PrivateRedis(await freePort(), join(work, 'redis-restart'));
    await server.start();
    const out = join(work, 'q-restart');
    let redis = server.client();
    try {
      const ws = [worker(server.url, p), worker(server.url, p)];
      procs.push(...ws);
      const c = coordinator(server.url, p, inputs, out);
      procs.push(c);
      await waitFor('two shards done', async () => (await doneShards(redis, p)) >= 2);
      redis.disconnect();
      await server.stop();
      await new Promise((r) => setTimeout(r, 1000));
      await server.start();
      redis = server.client();
      expect(await c.exit).toBe(0);
      expect(c.err).toContain('queued again');
      expectSameOutputs(local, out);
      await stopAll(ws);
    } finally {
      redis.disconnect();
      await server.stop();
    }
  });

  it('loads the default pipeline once, before any run, and serves run after run with it', async () => {
    const p = prefix();
    const w = worker(SHARED_URL, p);
    procs.push(w);
    await waitFor('the worker to be ready', async () => w.err.includes(': ready (default pipeline loaded in '));
    for (const name of ['first', 'second']) {
      const c = coordinator(SHARED_URL, p, [EXAMPLES], join(work, `twice-${name}`), ['--quiet']);
      procs.push(c);
      expect(await c.exit).toBe(0);
    }
    expect(w.err.match(/: ready \(/g)).toHaveLength(1);
    expect(w.err.match(/pipeline already loaded\)/g)).toHaveLength(2);
    expect(w.err).not.toContain('pipeline loaded for it');
    expectSameOutputs(join(work, 'twice-first'), join(work, 'twice-second'));
  });

  it('writes the same report shards as a local run with `reports: ndjson.gz`', async () => {
    const p = prefix();
    const dir = join(work, 'sharded');
    mkdirSync(dir, { recursive: true });
    // The default pipeline with report shards of 5 articles; a queue shard holds two of them.
    const pipelineFile = join(dir, 'sharded.yaml');
    writeFileSync(
      pipelineFile,
      `${readFileSync(DEFAULT_PIPELINE, 'utf8')}\noutput:\n  reports: ndjson.gz\n  shardSize: 5\n`,
    );
    const localOut = join(dir, 'local');
    await runBatch({
      inputs: [EXAMPLES],
      out: localOut,
      pipeline: createPipeline(readPipelineFile(pipelineFile)),
      workers: 1,
      cache: false,
    });
    const ws = [worker(SHARED_URL, p)];
    procs.push(...ws);
    const out = join(dir, 'queued');
    const c = coordinator(SHARED_URL, p, [EXAMPLES], out, [
      '--pipeline',
      pipelineFile,
      '--shard-size',
      '10',
      '--quiet',
    ]);
    procs.push(c);
    expect(await c.exit).toBe(0);
    expect(readdirSync(join(out, 'articles')).sort()).toEqual([
      'part-00000.ndjson.gz',
      'part-00001.ndjson.gz',
      'part-00002.ndjson.gz',
      'shards.json',
    ]);
    expectSameOutputs(localOut, out);
    for (const f of readdirSync(join(localOut, 'articles')))
      expect(readFileSync(join(out, 'articles', f)).equals(readFileSync(join(localOut, 'articles', f))), f).toBe(true);
    const bad = cli([
      'run',
      EXAMPLES,
      '--out',
      join(dir, 'bad'),
      '--queue',
      SHARED_URL,
      '--pipeline',
      pipelineFile,
      '--shard-size',
      '7',
    ]);
    expect(await bad.exit).toBe(2);
    expect(bad.err).toContain('a multiple of 5');
    await stopAll(ws);
  });

  it('lists a shard that fails every attempt and exits 4, merging nothing', async () => {
    const p = prefix();
    const out = join(work, 'q-fail');
    const env = { GUANXI_TEST_FAIL_ARTICLE: 'xwlb/20240110-02' };
    const ws = [worker(SHARED_URL, p, env), worker(SHARED_URL, p, env)];
    procs.push(...ws);
    const c = coordinator(SHARED_URL, p, [EXAMPLES], out, ['--shard-size', '5', '--attempts', '2', '--quiet']);
    procs.push(c);
    expect(await c.exit).toBe(4);
    expect(c.err).toMatch(/1 shard\(s\) failed their last attempt/);
    expect(c.err).toMatch(/s0000\d \(.+ … .+\): test hook: article xwlb\/20240110-02 fails its shard/);
    expect(existsSync(join(out, 'corpus.json'))).toBe(false);
    const redis = new Redis(6379, '127.0.0.1');
    expect(await redis.keys(`${p}:*`)).toEqual([]);
    redis.disconnect();
    await stopAll(ws);
  });

  it('reports an article that kills every worker taking it as failed, with a diagnostic, and merges the rest', async () => {
    const p = prefix();
    const out = join(work, 'q-crash');
    const env = { GUANXI_TEST_CRASH_ARTICLE: 'xwlb/20240110-02' };
    // Each crash takes a worker: the first attempt (the whole shard), the careful one (that article), then a third
    // worker skips it.
    const ws = [worker(SHARED_URL, p, env), worker(SHARED_URL, p, env), worker(SHARED_URL, p, env)];
    procs.push(...ws);
    const c = coordinator(SHARED_URL, p, [EXAMPLES], out, ['--shard-size', '5', '--crash-limit', '1']);
    procs.push(c);
    expect(await c.exit).toBe(0);
    expect(c.out).toContain('crashed:  xwlb/20240110-02');
    const report = JSON.parse(readFileSync(join(out, 'articles', 'xwlb', '20240110-02.json'), 'utf8')) as {
      status: string;
      diagnostics: Array<{ code: string }>;
    };
    expect(report.status).toBe('failed');
    expect(report.diagnostics.map((d) => d.code)).toEqual(['worker-crashed']);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as {
      run: { articles: { total: number; failed: number } };
    };
    expect(corpus.run.articles).toMatchObject({ total: 15, failed: 1 });
    await stopAll(ws);
  });
});

describe('distributed runs: configuration and environment errors', () => {
  const work = mkdtempSync(join(tmpdir(), 'guanxi-queue-errors-'));

  it('exits 2 for a bad URL or a server that does not answer, leaving nothing behind', async () => {
    const bad = cli(['run', EXAMPLES, '--out', join(work, 'bad'), '--queue', 'http://127.0.0.1:6379']);
    expect(await bad.exit).toBe(2);
    expect(bad.err).toContain('not a redis:// or rediss:// URL');
    const port = await freePort();
    const none = cli(['run', EXAMPLES, '--out', join(work, 'none'), '--queue', `redis://127.0.0.1:${port}/0`]);
    expect(await none.exit).toBe(2);
    expect(none.err).toContain(`cannot reach Redis at redis://127.0.0.1:${port}/0: connection refused`);
    expect(existsSync(join(work, 'none'))).toBe(false);
    const w = cli(['worker', '--queue', `redis://127.0.0.1:${port}/0`]);
    expect(await w.exit).toBe(2);
    expect(w.err).toContain('cannot reach Redis');
  });

  it.skipIf(!hasServerBinary)(
    'exits 2 when the server goes away for longer than --reconnect-seconds, merging nothing',
    async () => {
      const server = new PrivateRedis(await freePort(), join(work, 'redis-gone'));
      await server.start();
      const out = join(work, 'gone');
      const c = coordinator(server.url, 'gone', [EXAMPLES], out, ['--reconnect-seconds', '2']);
      await waitFor('the coordinator to start', async () => c.err.includes('shards on'));
      await server.stop();
      expect(await c.exit).toBe(2);
      expect(c.err).toContain(`lost the connection to Redis at ${server.url} for more than 2 s`);
      expect(existsSync(join(out, 'corpus.json'))).toBe(false);
    },
  );
});
