// `npm run bench:alloc`: the memory the default pipeline's stages allocate per article, by function, and their CPU
// time, over articles of ../shared/corpora/xwlb (examples/ without it). Allocation drives the garbage collector, whose
// helper threads take the second core from a parallel run: this is the figure to lower for two workers to scale.
// Sampled by V8's heap profiler with the objects collected by the garbage collector included.
// Usage: npm run bench:alloc -- [articles=2000]
import { existsSync, readFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { readArticle } from '../src/article/read.js';
import { articleFiles, SHARED } from './text.js';

const limit = Number(process.argv[2] ?? 2000);
const xwlb = join(SHARED, 'corpora/xwlb');
const dir = existsSync(xwlb) ? xwlb : fileURLToPath(new URL('../examples/', import.meta.url));
const files = articleFiles(dir, limit);
const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const inputs = files.map((path, i) => ({ path, bytes: new Uint8Array(readFileSync(path)), id: `a${i}` }));
const runAll = (): void => {
  for (const a of inputs)
    pipeline.run(
      readArticle({ path: a.path, root: dir }, a.id, { maxBytes: pipeline.limits.maxBytes, bytes: a.bytes }),
    );
};

// A warm-up pass (JIT, lazily loaded tables), then a timed pass, then a sampled one.
runAll();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
runAll();
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}
const session = new Session();
session.connect();
// The two include-flags are V8 options the inspector's typings do not list yet.
await session.post('HeapProfiler.startSampling', {
  samplingInterval: 4096,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
} as never);
runAll();
const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
session.disconnect();

const bySelf = new Map<string, number>();
let total = 0;
const walk = (n: ProfileNode): void => {
  const where = n.callFrame.url === '' ? '(built-in)' : n.callFrame.url.replace(/^.*\/(src|node_modules)\//, '$1/');
  const key = `${n.callFrame.functionName || '(anonymous)'}  ${where}`;
  bySelf.set(key, (bySelf.get(key) ?? 0) + n.selfSize);
  total += n.selfSize;
  for (const c of n.children) walk(c);
};
walk(profile.head);

const mb = (b: number): string => (b / 1e6).toFixed(1);
process.stdout.write(`${inputs.length} articles of ${dir}\n`);
process.stdout.write(
  `stages: ${wall.toFixed(2)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s CPU (all threads: the difference is mostly the garbage collector's helpers)\n`,
);
process.stdout.write(`allocated: ${mb(total)} MB (${(total / inputs.length / 1000).toFixed(1)} kB an article)\n`);
for (const [k, v] of [...bySelf].sort((a, b) => b[1] - a[1]).slice(0, 20))
  process.stdout.write(`${mb(v).padStart(8)} MB  ${k}\n`);
