// `guanxi serve` over a finished run: how long the command takes to be ready (a child process, until it prints its
// address and until /api/run first answers), the ego network's time for the most mentioned entities (each the
// first request of its kind: no answer cached), and the entity page's API under 50 concurrent clients for 10 s
// (autocannon on loopback, rotating over the entity, its timeline, partners and articles for many entities).
//   npm run bench:serve -- --out <dir> [--entities 200] [--seconds 10] [--connections 50] [--runs 3]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import Database from 'better-sqlite3';
import { DB_FILE } from '../src/db/sqlite.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// The published command, as `guanxi serve` runs once installed.
const BIN = join(ROOT, 'bin/guanxi.js');

const args = process.argv.slice(2);
const flag = (name: string, fallback: string): string =>
  args.includes(name) ? (args[args.indexOf(name) + 1] ?? fallback) : fallback;
const out = flag('--out', '');
if (out === '') throw new Error('usage: npm run bench:serve -- --out <dir> [--entities 200] [--seconds 10]');
const entityCount = Number(flag('--entities', '200'));
const seconds = Number(flag('--seconds', '10'));
const connections = Number(flag('--connections', '50'));
const runs = Number(flag('--runs', '3'));

/** Starts `guanxi serve` and resolves when it prints its address and when /api/run first answers. */
/** CPU time (user + system) a process has used, in milliseconds, from /proc (null elsewhere). */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of stat (11 and 12 after the command name), in clock ticks of 10 ms.
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

async function start(): Promise<{
  child: ChildProcess;
  url: string;
  printedMs: number;
  answeredMs: number;
  cpu: number | null;
}> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [BIN, 'serve', out, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((done, fail) => {
    let text = '';
    child.stdout?.on('data', (d: Buffer) => {
      text += d.toString('utf8');
      const m = /guanxi dashboard: (\S+)/.exec(text);
      if (m?.[1] !== undefined) done(m[1]);
    });
    child.once('exit', (code) => fail(new Error(`guanxi serve exited with ${code}`)));
  });
  const printedMs = performance.now() - t0;
  const r = await fetch(new URL('/api/run', url));
  if (!r.ok) throw new Error(`/api/run answered ${r.status}`);
  await r.arrayBuffer();
  return { child, url, printedMs, answeredMs: performance.now() - t0, cpu: cpuMs(child.pid) };
}

/** Stops a child server and waits for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

const pct = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;

const db = new Database(join(out, DB_FILE), { readonly: true });
const top = db
  .prepare('SELECT id FROM entities ORDER BY mentions DESC, id LIMIT ?')
  .pluck()
  .all(entityCount) as string[];
db.close();

console.log(`run: ${out} (${top.length} entities in the rotation)`);
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')} (on ${availableParallelism()} cores)`,
);
const starts: Array<{ printedMs: number; answeredMs: number; cpu: number | null }> = [];
for (let i = 0; i < runs - 1; i++) {
  const s = await start();
  starts.push(s);
  await stop(s.child);
}
const server = await start();
starts.push(server);
for (const s of starts)
  console.log(
    `ready: address printed ${s.printedMs.toFixed(0)} ms, first /api/run ${s.answeredMs.toFixed(0)} ms` +
      (s.cpu === null ? '' : ` (CPU time of the server until then: ${s.cpu} ms)`),
  );

/** Times one ego network request. */
async function ego(id: string, measure: string): Promise<{ ms: number; nodes: number; edges: number }> {
  const path = `/api/network/ego?id=${encodeURIComponent(id)}&measure=${measure}`;
  const t0 = performance.now();
  const r = await fetch(new URL(path, server.url));
  const body = (await r.json()) as { nodes: unknown[]; edges: unknown[] };
  return { ms: performance.now() - t0, nodes: body.nodes.length, edges: body.edges.length };
}

// One ego network at once, while the server warms up (the worst case), then each of the others after the 3 s a
// visitor takes to open a view; each the first request of its URL (nothing cached).
const first = await ego(top[10] ?? (top[0] as string), 'count');
console.log(`ego network right after start (during the warm-up): ${first.ms.toFixed(1)} ms`);
await new Promise((done) => setTimeout(done, 3000));
const egoTimes: number[] = [];
for (const id of top.slice(0, 10)) {
  for (const measure of ['count', 'npmi']) {
    const e = await ego(id, measure);
    egoTimes.push(e.ms);
    console.log(
      `ego ${id.padEnd(28)} ${measure.padEnd(5)} ${e.ms.toFixed(1).padStart(6)} ms  ${e.nodes} nodes, ${e.edges} edges`,
    );
  }
}
const egoSorted = [...egoTimes].sort((a, b) => a - b);
console.log(`ego network (cold): median ${pct(egoSorted, 50).toFixed(1)} ms, max ${egoSorted.at(-1)?.toFixed(1)} ms`);

// The entity page: four requests per entity, rotated over every connection.
const paths = top.flatMap((id) => {
  const e = `/api/entities/${encodeURIComponent(id)}`;
  return [e, `${e}/timeline?granularity=month`, `${e}/partners?measure=npmi`, `${e}/articles?limit=20`];
});
let next = 0;
const times: number[] = [];
const result = await new Promise<autocannon.Result>((done, fail) => {
  const instance = autocannon(
    {
      url: server.url,
      connections,
      duration: seconds,
      requests: [
        {
          setupRequest: (req) => {
            const path = paths[next % paths.length] as string;
            next++;
            return { ...req, path };
          },
        },
      ],
    },
    (err, r) => (err ? fail(err) : done(r)),
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
});
times.sort((a, b) => a - b);
console.log(
  `entity page API (${connections} clients, ${seconds} s, ${paths.length} URLs): ${result.requests.total} requests ` +
    `(${result.non2xx} not 2xx, ${result.errors} errors), ${result.requests.average.toFixed(0)} req/s; latency ` +
    `p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, p99 ${pct(times, 99).toFixed(1)} ms, ` +
    `max ${times.at(-1)?.toFixed(1)} ms`,
);
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
await stop(server.child);
