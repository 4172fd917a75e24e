import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { runBatch } from '../src/batch/run.js';
import type { RunInfoT } from '../src/schema/corpus.js';
import { MINI_DICT } from './helpers.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-par-'));
const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
const ROOT = new URL('..', import.meta.url).pathname;

/** Every output file except run.json (timings), as path → content. */
function snapshot(out: string): Map<string, string> {
  const files = readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.json') && f !== 'run.json' && !f.startsWith('.cache'))
    .sort();
  return new Map(files.map((f) => [f, readFileSync(join(out, f), 'utf8')]));
}
const runInfo = (out: string): RunInfoT => JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunInfoT;

describe('parallel runs', () => {
  it('gives byte-identical output with 2 workers and with 1', async () => {
    const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
    const one = tmp();
    const two = tmp();
    await runBatch({ inputs: [EXAMPLES], out: one, pipeline, workers: 1, cache: false });
    await runBatch({ inputs: [EXAMPLES], out: two, pipeline, workers: 2, cache: false });
    expect(runInfo(two).workers).toBe(2);
    const a = snapshot(one);
    const b = snapshot(two);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.size).toBeGreaterThan(15);
    for (const [f, content] of a) expect(b.get(f), f).toBe(content);
  });

  // Workers inherit the process's Node options; handed back to them as execArgv, V8 and per-process options made
  // every worker fail to start (and each article was then processed in the main thread, ending in an internal error).
  it.each([
    ['the published command (tsx registered at run time)', ['bin/guanxi.js']],
    ["tsx's command-line loader", ['--import', 'tsx', 'src/cli/main.ts']],
  ])('runs its workers under V8 options, through %s', async (_, entry) => {
    const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
    const one = tmp();
    await runBatch({ inputs: [EXAMPLES], out: one, pipeline, workers: 1, cache: false });
    const two = tmp();
    const r = spawnSync(
      process.execPath,
      [
        '--v8-pool-size=1',
        '--single-threaded-gc',
        ...entry,
        'run',
        EXAMPLES,
        '--out',
        two,
        '--workers',
        '2',
        '--no-cache',
        '--quiet',
      ],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(runInfo(two).workers).toBe(2);
    expect(snapshot(two)).toEqual(snapshot(one));
  });
});

describe('incremental re-runs', () => {
  it('hits the cache after no change, misses after an article edit and after a dictionary edit', async () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'a.md'), '---\ntitle: 甲\n---\n<p>中国外交部发言人表示欢迎。</p>\n');
    writeFileSync(join(dir, 'b.md'), '---\ntitle: 乙\n---\n<p>中方愿同美方加强合作。</p>\n');
    const dictDir = tmp();
    writeFileSync(
      join(dictDir, 'extra.yaml'),
      'source: test\ntype: person\nentries:\n  - { id: person:a, name: 欧阳明轩 }\n',
    );
    const pipeline = (): ReturnType<typeof createPipeline> =>
      createPipeline(readPipelineFile(DEFAULT_PIPELINE), {
        builtinDictionaries: MINI_DICT,
        userDictionaries: [dictDir],
      });
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 0, misses: 2 });
    const first = snapshot(out);

    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 2, misses: 0 });
    expect(snapshot(out)).toEqual(first);

    writeFileSync(join(dir, 'b.md'), '---\ntitle: 乙\n---\n<p>中方愿同俄方加强合作。</p>\n');
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 1, misses: 1 });
    expect(readFileSync(join(out, 'articles/b.json'), 'utf8')).toContain('country:RU');

    writeFileSync(
      join(dictDir, 'extra.yaml'),
      'source: test\ntype: person\nentries:\n  - { id: person:a, name: 欧阳明轩 }\n  - { id: person:b, name: 李华 }\n',
    );
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 0, misses: 2 });

    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1, cache: false });
    expect(runInfo(out).cache).toEqual({ hits: 0, misses: 0 });
  });
});
