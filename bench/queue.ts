// npm run bench:queue — a distributed run against a local one over ../shared/corpora/xwlb, in one session:
// `guanxi run --workers 2` against a coordinator and two `guanxi worker --workers 1` processes (alternating, in
// rounds: medians at the end) on a Redis server of
// the benchmark's own (a redis-server on a free port, no persistence); seconds, throughput ratio, Redis memory per
// queued shard (INFO used_memory before and after the flow is added), merge time, and a check that the outputs are
// byte-identical. With --scale, local runs over 1, 2 and 4 copies of the corpus (hard links under different folder
// names, so ids differ) give the aggregate's size and the run's time and peak memory at each size.
// Everything is written under output/bench-queue/ (removed at the end), never the OS temporary folder.
//   npm run bench:queue [-- --scale] [-- --shard-size 250] [-- --rounds 3]
import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { SHARED } from './text.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MAIN = join(ROOT, 'src/cli/main.ts');
const DIR = join(ROOT, 'output', 'bench-queue');
const CORPUS = join(SHARED, 'corpora', 'xwlb');
const args = process.argv.slice(2);
const flag = (name: string): string | undefined => args.flatMap((a, i) => (args[i - 1] === name ? [a] : []))[0];
const shardSize = flag('--shard-size') ?? '250';
/** Rounds of a local and a distributed run, alternating: the machine's load varies between runs. */
const rounds = Number(flag('--rounds') ?? '3');

if (!existsSync(CORPUS)) {
  process.stdout.write(`skipped: ${CORPUS} is not here (the benchmark needs ../shared beside the project)\n`);
  process.exit(0);
}
if (spawnSync('redis-server', ['--version']).status !== 0) {
  process.stdout.write('skipped: no redis-server on PATH (apt-get install redis-server)\n');
  process.exit(0);
}
rmSync(DIR, { recursive: true, force: true });
mkdirSync(DIR, { recursive: true });

const cli = (argv: string[]): ChildProcess =>
  spawn(process.execPath, ['--import', 'tsx', MAIN, ...argv], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });

/** Runs the CLI to its end: seconds, exit code and output. */
function timed(argv: string[]): Promise<{ seconds: number; code: number | null; out: string; err: string }> {
  const t0 = performance.now();
  const child = cli(argv);
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => {
    out += d.toString();
  });
  child.stderr?.on('data', (d: Buffer) => {
    err += d.toString();
  });
  return new Promise((resolve) =>
    child.once('exit', (code) => resolve({ seconds: (performance.now() - t0) / 1000, code, out, err })),
  );
}

/** Resolves when a worker process says it is ready (its default pipeline loaded and its threads warm). */
function ready(worker: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let said = '';
    const timer = setTimeout(() => reject(new Error(`worker not ready after 120 s: ${said}`)), 120_000);
    worker.stderr?.on('data', (d: Buffer) => {
      said += d.toString();
      if (said.includes(': ready (')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
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

const usedMemory = async (r: Redis): Promise<number> => Number(/used_memory:(\d+)/.exec(await r.info('memory'))?.[1]);
/** The bytes the keys matching `pattern` take (MEMORY USAGE of each). */
async function keysMemory(r: Redis, pattern: string): Promise<number> {
  let total = 0;
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    for (const k of keys) total += Number(await r.call('MEMORY', 'USAGE', k, 'SAMPLES', '0'));
    cursor = next;
  } while (cursor !== '0');
  return total;
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);
const runInfo = (out: string): { seconds: number; cpuSeconds: number; peakRssMB: number; articles: number } =>
  JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as {
    seconds: number;
    cpuSeconds: number;
    peakRssMB: number;
    articles: number;
  };

/** What one round measured. */
interface Round {
  local: number;
  queued: number;
  merge: number;
  shards: number;
  /** used_memory after the flow was added, minus before. */
  memory: number;
  /** MEMORY USAGE of the run's keys. */
  keyBytes: number;
  differ: string[];
  info: ReturnType<typeof runInfo>;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1
    ? (s[(s.length - 1) / 2] as number)
    : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

/** The Redis memory of a run once its flow is in (the registry names the run when every job is added). */
async function flowMemory(redis: Redis, before: number): Promise<Pick<Round, 'shards' | 'memory' | 'keyBytes'>> {
  for (;;) {
    const [run, spec] = Object.entries(await redis.hgetall('bench:runs'))[0] ?? [];
    if (run !== undefined && spec !== undefined)
      return {
        shards: (JSON.parse(spec) as { shards: number }).shards,
        memory: (await usedMemory(redis)) - before,
        keyBytes: await keysMemory(redis, `bench:run-${run}*`),
      };
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A local run, then a distributed one (two workers started first, as on machines that serve runs). */
async function round(url: string, redis: Redis): Promise<Round> {
  const local = join(DIR, 'local');
  const queued = join(DIR, 'queued');
  rmSync(local, { recursive: true, force: true });
  rmSync(queued, { recursive: true, force: true });
  const l = await timed(['run', CORPUS, '--out', local, '--workers', '2', '--no-cache', '--no-db', '--quiet']);
  if (l.code !== 0) throw new Error(`local run failed: ${l.err}`);
  const workers = [0, 1].map(() => cli(['worker', '--queue', url, '--prefix', 'bench', '--workers', '1']));
  // Workers that serve runs are up before a run appears: each says it is ready once its pipeline is loaded.
  await Promise.all(workers.map(ready));
  const before = await usedMemory(redis);
  const argv = [
    'run',
    CORPUS,
    '--out',
    queued,
    '--queue',
    url,
    '--prefix',
    'bench',
    '--shard-size',
    shardSize,
    '--no-db',
  ];
  const coordinated = timed(argv);
  const memory = await flowMemory(redis, before);
  const d = await coordinated;
  for (const w of workers) w.kill('SIGTERM');
  if (d.code !== 0) throw new Error(`distributed run failed: ${d.err}`);
  const files = [
    'corpus.json',
    'aggregate.ndjson.gz',
    'entities.csv',
    'edges.csv',
    'network.gexf',
    'mentions.ndjson.gz',
  ];
  return {
    local: l.seconds,
    queued: d.seconds,
    merge: Number(/merge (\d+\.\d+) s/.exec(d.out)?.[1] ?? Number.NaN),
    ...memory,
    differ: files.filter((f) => !readFileSync(join(local, f)).equals(readFileSync(join(queued, f)))),
    info: runInfo(local),
  };
}

/** Rounds of a local run and a distributed one over the corpus, alternating, in one session; medians at the end. */
async function compare(): Promise<void> {
  const port = await freePort();
  const redisDir = join(DIR, 'redis');
  mkdirSync(redisDir, { recursive: true });
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--save', '', '--appendonly', 'no', '--dir', redisDir],
    {
      stdio: 'ignore',
    },
  );
  const url = `redis://127.0.0.1:${port}/0`;
  const redis = new Redis(port, '127.0.0.1');
  // Refused connections while the server starts are expected.
  redis.on('error', () => undefined);
  try {
    for (let i = 0; i < 50 && (await redis.ping().catch(() => '')) !== 'PONG'; i++)
      await new Promise((r) => setTimeout(r, 100));
    const rs: Round[] = [];
    for (let k = 0; k < rounds; k++) {
      const r = await round(url, redis);
      rs.push(r);
      const a = r.info.articles;
      process.stdout.write(
        `round ${k + 1}: local --workers 2 ${r.local.toFixed(1)} s (${(a / r.local).toFixed(0)} articles/s, ${((r.info.cpuSeconds / a) * 1000).toFixed(2)} CPU ms an article, peak RSS ${r.info.peakRssMB} MB); coordinator + 2 workers --workers 1 ${r.queued.toFixed(1)} s (${(a / r.queued).toFixed(0)} articles/s): ratio ${(r.local / r.queued).toFixed(2)}×, merge ${r.merge.toFixed(2)} s, outputs ${r.differ.length === 0 ? 'byte-identical' : `DIFFER: ${r.differ.join(', ')}`}\n`,
      );
    }
    const first = rs[0] as Round;
    const lines = [
      `corpus: xwlb, ${first.info.articles} articles; distributed: ${first.shards} shards of ${shardSize}`,
      `median  local ${median(rs.map((r) => r.local)).toFixed(1)} s, distributed ${median(rs.map((r) => r.queued)).toFixed(1)} s; ratio of throughputs ${median(rs.map((r) => r.local / r.queued)).toFixed(2)}× (target ≥ 0.9×); merge ${median(rs.map((r) => r.merge)).toFixed(2)} s`,
      `redis   ${mb(first.memory)} MB for ${first.shards} queued shards: ${(first.memory / first.shards / 1024).toFixed(2)} KB a shard (used_memory before/after the flow, with BullMQ's scripts); the run's keys ${(first.keyBytes / first.shards / 1024).toFixed(2)} KB a shard (MEMORY USAGE)`,
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    redis.disconnect();
    server.kill('SIGTERM');
  }
}

/** Hard links of every file under `src` into `dest` (the same bytes, other paths: other article ids). */
function linkTree(src: string, dest: string): void {
  for (const f of readdirSync(src, { recursive: true }).map(String)) {
    const from = join(src, f);
    if (!statSync(from).isFile()) continue;
    mkdirSync(join(dest, f, '..'), { recursive: true });
    linkSync(from, join(dest, f));
  }
}

/** Local runs over 1, 2 and 4 copies of the corpus: aggregate size, corpus.json size, time and peak memory. */
async function scale(): Promise<void> {
  const copies = join(DIR, 'copies');
  for (let k = 1; k <= 4; k++) linkTree(CORPUS, join(copies, `c${k}`));
  for (const n of [1, 2, 4]) {
    const inputs = [1, 2, 3, 4].slice(0, n).map((k) => join(copies, `c${k}`));
    const out = join(DIR, `scale-${n}`);
    const r = await timed(['run', ...inputs, '--out', out, '--workers', '2', '--no-cache', '--no-db', '--quiet']);
    if (r.code !== 0) throw new Error(`run over ${n} copies failed: ${r.err}`);
    const info = runInfo(out);
    const size = (f: string): string => mb(statSync(join(out, f)).size);
    process.stdout.write(
      `scale ${n}×: ${info.articles} articles, ${r.seconds.toFixed(1)} s, peak RSS ${info.peakRssMB} MB; aggregate.ndjson.gz ${size('aggregate.ndjson.gz')} MB, corpus.json ${size('corpus.json')} MB, mentions.ndjson.gz ${size('mentions.ndjson.gz')} MB\n`,
    );
    rmSync(out, { recursive: true, force: true });
  }
}

try {
  await compare();
  if (args.includes('--scale')) await scale();
} finally {
  rmSync(DIR, { recursive: true, force: true });
}
