// Re-runs over a cache: an unchanged corpus keeps its outputs as they are; a changed, damaged or interrupted one is
// processed again where needed, and every output is the same as a clean run's.
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ArticleCache, cacheRecord } from '../src/batch/cache.js';
import { codeHash } from '../src/io/code-hash.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { runBatch } from '../src/batch/run.js';
import type { RunInfoT } from '../src/schema/corpus.js';
import { MINI_DICT } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-warm-'));
const runInfo = (out: string): RunInfoT => JSON.parse(readFileSync(join(out, 'run.json'), 'utf8')) as RunInfoT;
const pipeline = (): ReturnType<typeof createPipeline> =>
  createPipeline(readPipelineFile(DEFAULT_PIPELINE), { builtinDictionaries: MINI_DICT });

/**
 * Every file of an output folder but run.json and guanxi.sqlite, as path → content (the database records the stamps
 * of the report files it was made from, so two folders' databases differ in bytes; tests/db.test.ts compares rows).
 */
function snapshot(out: string): Map<string, string> {
  const files = readdirSync(out, { recursive: true })
    .map(String)
    .filter((f) => f !== 'run.json' && f !== 'guanxi.sqlite' && statSync(join(out, f)).isFile())
    .sort();
  return new Map(files.map((f) => [f, readFileSync(join(out, f), 'latin1')]));
}

/** A small corpus of articles that name a few countries and organizations of the mini dictionary. */
function corpus(n: number): string {
  const dir = tmp();
  const names = ['中国', '美国', '俄罗斯', '土库曼斯坦', '外交部'];
  for (let i = 0; i < n; i++) {
    const a = names[i % names.length] as string;
    const b = names[(i * 3 + 1) % names.length] as string;
    writeFileSync(
      join(dir, `a${String(i).padStart(3, '0')}.md`),
      `---\ntitle: 第${i}篇\ndate: 2024-01-${String((i % 28) + 1).padStart(2, '0')} 10:00\n---\n<p>${a}同${b}举行会谈。${b}表示，愿同${a}加强合作。</p>\n`,
    );
  }
  return dir;
}

describe('an unchanged corpus', () => {
  it('keeps the outputs of the previous run without rewriting them, and rewrites one that was deleted or changed', async () => {
    const dir = corpus(12);
    const out = tmp();
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    const first = snapshot(out);
    const ino = statSync(join(out, 'corpus.json')).ino;

    const { summary, corpus: report } = await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 12, misses: 0 });
    expect(statSync(join(out, 'corpus.json')).ino).toBe(ino);
    expect(snapshot(out)).toEqual(first);
    expect(summary.articles.total).toBe(12);
    expect(report?.run.articles.total).toBe(12);

    rmSync(join(out, 'edges.csv'));
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 12, misses: 0 });
    expect(snapshot(out)).toEqual(first);

    // The same size, one byte changed.
    const corpusJson = readFileSync(join(out, 'corpus.json'), 'utf8');
    writeFileSync(join(out, 'corpus.json'), corpusJson.replace('"version": 2', '"version": 3'));
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(snapshot(out)).toEqual(first);
    expect(statSync(join(out, 'corpus.json')).ino).not.toBe(ino);
  });

  it('processes again an article whose report was deleted, and one whose cache record is damaged', async () => {
    const dir = corpus(12);
    const out = tmp();
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    const first = snapshot(out);
    rmSync(join(out, 'articles', 'a003.json'));
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 11, misses: 1 });
    expect(snapshot(out)).toEqual(first);

    // The last records cut off, and the first one's key overwritten: those articles are processed again.
    const records = join(out, '.cache', 'records.bin');
    truncateSync(records, statSync(records).size - 10);
    const bytes = readFileSync(records);
    bytes.write('0'.repeat(32), 0, 'latin1');
    writeFileSync(records, bytes);
    rmSync(join(out, 'corpus.json'));
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(snapshot(out)).toEqual(first);
  });

  it('treats a cache of an older guanxi as empty, and drops the cache on a run without it', async () => {
    const dir = corpus(3);
    const out = tmp();
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    const first = snapshot(out);
    writeFileSync(
      join(out, '.cache', 'manifest.json'),
      `${JSON.stringify({ runKey: 'x', articles: { a000: ['k', 'h'] } })}\n`,
    );
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 0, misses: 3 });
    expect(snapshot(out)).toEqual(first);
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1, cache: false });
    expect(existsSync(join(out, '.cache'))).toBe(false);
    await runBatch({ inputs: [dir], out, pipeline: pipeline(), workers: 1 });
    expect(runInfo(out).cache).toEqual({ hits: 0, misses: 3 });
    expect(snapshot(out)).toEqual(first);
  });
});

describe('the cache after an interruption', () => {
  it('never names a report rewritten after the last checkpoint (the journal), nor a record no manifest names', () => {
    const out = tmp();
    const tmpDir = join(out, '.tmp');
    const target = join(out, 'x.json');
    // A finished run: x's report and record under key k.
    const first = new ArticleCache(out, 'run', tmpDir);
    const k = first.key(Buffer.from('article'), 'x', 'x.md');
    expect(first.lookup('x', k, target)).toBeNull();
    first.invalidate('x');
    writeFileSync(target, '{"a":1}\n');
    first.record('x', k, 8, cacheRecord(k, '{"c":1}', '[[0,0,0,0,2,"中国","dictionary",1]]'));
    first.finish(null);

    // The next run finds x unchanged, reads its record back; then (as if its article had changed) withdraws it,
    // rewrites the report with the same size, and is killed before any checkpoint.
    const second = new ArticleCache(out, 'run', tmpDir);
    const hit = second.lookup('x', k, target);
    expect(hit).not.toBeNull();
    const record = second.read(hit as NonNullable<typeof hit>);
    expect([record?.contribution, record?.mentionRows]).toEqual(['{"c":1}', '[[0,0,0,0,2,"中国","dictionary",1]]']);
    second.invalidate('x');
    writeFileSync(target, '{"b":2}\n');
    second.record('x', 'other', 8, cacheRecord('other', '{"c":2}', '[]'));
    second.closeFiles();

    writeFileSync(join(out, '.cache', 'records-7.part'), 'a record file of a run killed before its first checkpoint');

    // The article is changed back: its key is k again, but the report on disk is the killed run's.
    const third = new ArticleCache(out, 'run', tmpDir);
    expect(third.lookup('x', k, target)).toBeNull();
    expect(third.hasEntries).toBe(false);
    // Record files no entry names any more are gone.
    expect(readdirSync(join(out, '.cache')).sort()).toEqual(['journal', 'manifest.json']);
    expect(codeHash()).toMatch(/^[0-9a-f]{16}$/);
  });

  it('trusts no entry when the journal ends in a line cut short', () => {
    const out = tmp();
    const tmpDir = join(out, '.tmp');
    const a = new ArticleCache(out, 'run', tmpDir);
    for (const id of ['x', 'y']) {
      const k = a.key(Buffer.from(id), id, `${id}.md`);
      writeFileSync(join(out, `${id}.json`), '{}\n');
      a.record(id, k, 3, cacheRecord(k, '{}', ''));
    }
    a.finish(null);
    expect(new ArticleCache(out, 'run', tmpDir).hasEntries).toBe(true);
    writeFileSync(join(out, '.cache', 'journal'), '"x"\n"y');
    expect(new ArticleCache(out, 'run', tmpDir).hasEntries).toBe(false);
  });

  it('forgets the entries of another run key as soon as a run with a new one starts (it rewrites reports unjournaled)', () => {
    const out = tmp();
    const tmpDir = join(out, '.tmp');
    const target = join(out, 'x.json');
    const a = new ArticleCache(out, 'dictionaries A', tmpDir);
    const k = a.key(Buffer.from('article'), 'x', 'x.md');
    a.lookup('x', k, target);
    writeFileSync(target, '{"a":1}\n');
    a.record('x', k, 8, cacheRecord(k, '{}', ''));
    a.finish(null);
    expect(new ArticleCache(out, 'dictionaries A', tmpDir).hasEntries).toBe(true);
    // A run with other dictionaries rewrites x's report and is killed before its first checkpoint.
    const b = new ArticleCache(out, 'dictionaries B', tmpDir);
    expect(b.hasEntries).toBe(false);
    writeFileSync(target, '{"b":2}\n');
    b.closeFiles();
    const again = new ArticleCache(out, 'dictionaries A', tmpDir);
    expect(again.hasEntries).toBe(false);
    expect(again.lookup('x', k, target)).toBeNull();
  });

  it('keeps what an interrupted run did: the re-run reuses it, and its outputs and cache equal an uninterrupted run', async () => {
    const dir = corpus(300);
    const cli = (out: string) =>
      spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'run', dir, '--out', out, '--workers', '1', '--quiet'],
        { cwd: ROOT },
      );
    const exit = (child: ReturnType<typeof spawn>): Promise<number | null> =>
      new Promise((resolve) => child.on('close', resolve));
    const reference = tmp();
    expect(await exit(cli(reference))).toBe(0);
    const out = tmp();
    const child = cli(out);
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(join(out, 'articles')) && readdirSync(join(out, 'articles')).length > 40) {
          clearInterval(timer);
          child.kill('SIGINT');
          resolve();
        }
      }, 10);
    });
    expect(await exit(child)).toBe(130);
    expect(await exit(cli(out))).toBe(0);
    const info = runInfo(out);
    expect(info.cache.hits).toBeGreaterThanOrEqual(20);
    expect(info.cache.hits + info.cache.misses).toBe(300);
    const a = snapshot(reference);
    const b = snapshot(out);
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect(a.has('.cache/records.bin')).toBe(true);
    for (const [f, content] of a) expect(b.get(f), f).toBe(content);
  });
});
