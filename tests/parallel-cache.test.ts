import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { runBatch } from '../src/run.js';
import type { RunInfoT } from '../src/schema/report.js';
import { MINI_DICT } from './helpers.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-par-'));
const EXAMPLES = new URL('../examples/', import.meta.url).pathname;

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
});

describe('incremental re-runs', () => {
  it('hits the cache after no change, misses after an article edit and after a dictionary edit', async () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'a.md'), '---\ntitle: 甲\n---\n<p>中国外交部发言人表示欢迎。</p>\n');
    writeFileSync(join(dir, 'b.md'), '---\ntitle: 乙\n---\n<p>中方愿同美方加强合作。</p>\n');
    const dictDir = tmp();
    writeFileSync(join(dictDir, 'extra.yaml'), 'source: test\ntype: person\nentries:\n  - { id: person:a, name: 欧阳明轩 }\n');
    const pipeline = (): ReturnType<typeof createPipeline> => createPipeline(readPipelineFile(DEFAULT_PIPELINE), { builtinDictionaries: MINI_DICT, userDictionaries: [dictDir] });
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

    writeFileSync(join(dictDir, 'extra.yaml'), 'source: test\ntype: person\nentries:\n  - { id: person:a, name: 欧阳明轩 }\n  - { id: person:b, name: 李华 }\n');
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 0, misses: 2 });

    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1, cache: false });
    expect(runInfo(out).cache).toEqual({ hits: 0, misses: 0 });
  });
});
