// Outputs that scale: compact reports and their spelled-out view, report shards, one run per output folder, and
// inputs that stay inside their folders.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readReport, readReports, readShardIndex } from '../src/article/report-store.js';
import { runBatch } from '../src/batch/run.js';
import { FolderLock, FolderLocked, LOCK_FILE } from '../src/io/lock.js';
import { viewReport } from '../src/schema/report-view.js';
import { article, miniPipeline } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const XWLB = join(ROOT, 'examples', 'xwlb');
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-outputs-'));
const cli = (...args: string[]) =>
  spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'src/cli/main.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
/** The corpus outputs that must not depend on how reports are written. */
const CORPUS_OUTPUTS = ['corpus.json', 'aggregate.ndjson.gz', 'mentions.ndjson.gz', 'entities.csv', 'edges.csv'];
const same = (a: string, b: string, f: string): boolean => readFileSync(join(a, f)).equals(readFileSync(join(b, f)));

describe('report files', () => {
  const out = join(tmp(), 'out');
  beforeAll(async () => {
    await runBatch({ inputs: [XWLB], out, pipeline: miniPipeline(), workers: 1, cache: false });
  });

  it('are compact JSON, one line each, and --pretty indents the same report', async () => {
    const text = readFileSync(join(out, 'articles', '20240110-02.json'), 'utf8');
    expect(text.split('\n')).toHaveLength(2);
    expect(text.startsWith('{"version":3,"id":"20240110-02",')).toBe(true);
    const pretty = join(tmp(), 'pretty');
    await runBatch({ inputs: [XWLB], out: pretty, pipeline: miniPipeline(), workers: 1, cache: false, pretty: true });
    const indented = readFileSync(join(pretty, 'articles', '20240110-02.json'), 'utf8');
    expect(indented.startsWith('{\n  "version": 3,\n')).toBe(true);
    expect(JSON.parse(indented)).toEqual(JSON.parse(text));
    expect(readFileSync(join(pretty, 'corpus.json'), 'utf8').startsWith('{\n  "version"')).toBe(true);
    expect(JSON.parse(readFileSync(join(pretty, 'corpus.json'), 'utf8'))).toEqual(
      JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')),
    );
  });

  it('hold each mention once, as a tuple whose text is a slice of its block; the view spells it out', () => {
    const report = readReport(out, '20240110-02');
    expect(report).not.toBeNull();
    if (report === null) return;
    const view = viewReport(report);
    const entity = view.entities[0];
    expect(entity?.count).toBe(report.entities[0]?.mentions.length);
    for (const e of view.entities)
      for (const m of e.mentions) expect(view.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
    // The article window: every two entities once, as the sentence and block windows count them from the mentions.
    const n = view.entities.length;
    expect(view.cooccurrences.filter((p) => p.window === 'article')).toHaveLength((n * (n - 1)) / 2);
    expect(view.stats.mentions).toBe(view.entities.reduce((s, e) => s + e.count, 0) + view.unresolved.length);
  });

  it('are printed spelled out and validated by guanxi show; an unknown id exits 1, a damaged report 2', () => {
    const shown = cli('show', out, '20240110-02');
    expect(shown.status).toBe(0);
    const printed = JSON.parse(shown.stdout) as {
      entities: Array<{ count: number; mentions: Array<{ text: string }> }>;
    };
    expect(printed.entities[0]?.count).toBeGreaterThan(0);
    expect(typeof printed.entities[0]?.mentions[0]?.text).toBe('string');
    expect(cli('show', out, 'no/such-article').status).toBe(1);
    const broken = join(tmp(), 'broken');
    cpSync(out, broken, { recursive: true });
    writeFileSync(join(broken, 'articles', '20240110-02.json'), '{"version":3,"id":"20240110-02"}\n');
    const damaged = cli('show', broken, '20240110-02');
    expect(damaged.status).toBe(2);
    expect(damaged.stderr).toContain('20240110-02.json: not a guanxi article report');
  });
});

describe('report shards (reports: ndjson.gz)', () => {
  const work = tmp();
  const input = join(work, 'input');
  const files = join(work, 'files');
  const sharded = join(work, 'sharded');
  const run = (out: string, extra: Partial<Parameters<typeof runBatch>[0]> = {}) =>
    runBatch({ inputs: [input], out, pipeline: miniPipeline(), workers: 1, ...extra });
  beforeAll(async () => {
    cpSync(XWLB, input, { recursive: true });
    await run(files, { cache: false });
    await run(sharded, { reports: 'ndjson.gz', shardSize: 4 });
  });

  it('hold the same reports as report files, and the corpus outputs are byte-identical', () => {
    const index = readShardIndex(sharded);
    expect(index?.shards.map((s) => s.articles)).toEqual([4, 4, 3]);
    expect(index?.shards[0]?.first).toBe('20220925-11');
    expect(readdirSync(join(sharded, 'articles')).sort()).toEqual([
      'part-00000.ndjson.gz',
      'part-00001.ndjson.gz',
      'part-00002.ndjson.gz',
      'shards.json',
    ]);
    const fromShards = [...readReports(sharded)];
    const fromFiles = [...readReports(files)];
    expect(fromShards).toHaveLength(11);
    expect(fromShards).toEqual(fromFiles);
    for (const f of CORPUS_OUTPUTS) expect(same(files, sharded, f), f).toBe(true);
    expect(readReport(sharded, '20240110-02')).toEqual(readReport(files, '20240110-02'));
    expect(cli('show', sharded, '20240110-02').status).toBe(0);
  });

  it('keep unchanged shards on a warm re-run and rewrite only the shard of an edited article', async () => {
    const before = readShardIndex(sharded);
    const again = await run(sharded, { reports: 'ndjson.gz', shardSize: 4 });
    expect(again.summary.articles.total).toBe(11);
    expect(readShardIndex(sharded)).toEqual(before);
    const mtimes = () =>
      ['part-00000.ndjson.gz', 'part-00001.ndjson.gz', 'part-00002.ndjson.gz'].map(
        (f) => statSync(join(sharded, 'articles', f)).mtimeMs,
      );
    const t0 = mtimes();
    // The ninth article (of shard 2) is edited.
    const ninth = readdirSync(input).sort()[8] as string;
    writeFileSync(
      join(input, ninth),
      `${readFileSync(join(input, ninth), 'utf8')}\n<p>新华社北京电 国务院总理李强会见了客人。</p>\n`,
    );
    await run(sharded, { reports: 'ndjson.gz', shardSize: 4 });
    const t1 = mtimes();
    expect(t1.slice(0, 2)).toEqual(t0.slice(0, 2));
    expect(t1[2]).not.toBe(t0[2]);
    const run_ = JSON.parse(readFileSync(join(sharded, 'run.json'), 'utf8')) as {
      cache: { hits: number; misses: number };
    };
    expect(run_.cache).toEqual({ hits: 8, misses: 3 });
    // The same outputs as a cold run of report files over the edited inputs.
    const cold = join(work, 'cold');
    await run(cold, { cache: false });
    for (const f of CORPUS_OUTPUTS) expect(same(cold, sharded, f), f).toBe(true);
    expect([...readReports(sharded)]).toEqual([...readReports(cold)]);
  });

  it('give way to report files when a run switches back, and the other way round', async () => {
    const both = join(work, 'switch');
    await run(both, { reports: 'ndjson.gz', shardSize: 4 });
    await run(both);
    expect(readShardIndex(both)).toBeNull();
    expect(readdirSync(join(both, 'articles')).some((f) => f.endsWith('.gz'))).toBe(false);
    await run(both, { reports: 'ndjson.gz', shardSize: 4 });
    expect(readdirSync(join(both, 'articles')).some((f) => f.endsWith('.json') && f !== 'shards.json')).toBe(false);
    expect([...readReports(both)]).toHaveLength(11);
  });
});

describe('one run per output folder', () => {
  it('refuses a second run into a folder while the first runs, with exit 2 naming the holder; the first completes intact', async () => {
    const work = tmp();
    const out = join(work, 'out');
    // Twenty copies of the examples: a run long enough for a second one to start meanwhile.
    const input = join(work, 'input');
    for (let i = 0; i < 20; i++) cpSync(XWLB, join(input, `copy-${i}`), { recursive: true });
    const first = spawn(
      join(ROOT, 'node_modules/.bin/tsx'),
      [join(ROOT, 'src/cli/main.ts'), 'run', input, '--out', out, '--workers', '1', '--quiet'],
      { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let firstErr = '';
    first.stderr.on('data', (b: Buffer) => {
      firstErr += b.toString();
    });
    const exited = new Promise<number | null>((resolve) => first.on('exit', (code) => resolve(code)));
    // The lock is taken before anything is written.
    while (!existsSync(join(out, LOCK_FILE))) await new Promise((r) => setTimeout(r, 20));
    const holder = JSON.parse(readFileSync(join(out, LOCK_FILE), 'utf8')) as { pid: number };
    const second = cli('run', XWLB, '--out', out, '--quiet');
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`is in use by guanxi run (pid ${holder.pid} on ${hostname()}`);
    const merge = cli('merge', out, '--out', out);
    expect(merge.status).toBe(2);
    expect(await exited).toBe(0);
    expect(firstErr).toBe('');
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
    expect([...readReports(out)]).toHaveLength(220);
    expect(JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')).run.articles.total).toBe(220);
  });

  it('takes over a lock left by a process that died, and refuses one held by a live process', async () => {
    const out = join(tmp(), 'out');
    mkdirSync(out);
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const stale = { pid: Number(dead.stdout), host: hostname(), command: 'run', startedAt: '2026-01-01T00:00:00Z' };
    writeFileSync(join(out, LOCK_FILE), JSON.stringify(stale));
    const r = await runBatch({ inputs: [XWLB], out, pipeline: miniPipeline(), workers: 1 });
    expect(r.summary.articles.total).toBe(11);
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);

    const held = FolderLock.acquire(out, 'run');
    try {
      await expect(runBatch({ inputs: [XWLB], out, pipeline: miniPipeline(), workers: 1 })).rejects.toThrow(
        FolderLocked,
      );
    } finally {
      held.release();
    }
    // A live process on another host cannot be checked from here: refused, with how to clear it.
    writeFileSync(join(out, LOCK_FILE), JSON.stringify({ ...stale, pid: process.pid, host: 'elsewhere' }));
    expect(() => FolderLock.acquire(out, 'merge')).toThrow(
      /pid \d+ on elsewhere.*if that run on elsewhere is dead, remove/,
    );
  });
});

describe('inputs stay inside their folders', () => {
  it('skips a symbolic link out of an input folder with a diagnostic, and follows it with --follow-symlinks', async () => {
    const work = tmp();
    const input = join(work, 'input');
    mkdirSync(input);
    writeFileSync(join(input, 'a.md'), article('中国和土库曼斯坦签署协议。'));
    const secret = join(work, 'secret.txt');
    writeFileSync(secret, article('秘密文件提到了阿富汗。'));
    symlinkSync(secret, join(input, 'passwd.md'));
    // A link to a file inside the folder is read as usual.
    mkdirSync(join(input, 'sub'));
    symlinkSync(join(input, 'a.md'), join(input, 'sub', 'same.md'));

    const out = join(work, 'out');
    const r = cli('run', input, '--out', out, '--quiet');
    expect(r.status).toBe(0);
    expect([...readReports(out)].map((x) => x.id).sort()).toEqual(['a', 'sub/same']);
    const corpus = JSON.parse(readFileSync(join(out, 'corpus.json'), 'utf8')) as {
      diagnostics: Array<{ file: string; diagnostics: Array<{ code: string; message: string }> }>;
    };
    const d = corpus.diagnostics.flatMap((x) => x.diagnostics).find((x) => x.code === 'symlink-outside-input');
    expect(d?.message).toContain('passwd.md is a symbolic link to');
    expect(d?.message).toContain('--follow-symlinks');

    const followed = join(work, 'followed');
    expect(cli('run', input, '--out', followed, '--quiet', '--follow-symlinks').status).toBe(0);
    expect([...readReports(followed)].map((x) => x.id).sort()).toEqual(['a', 'passwd', 'sub/same']);
  });
});
