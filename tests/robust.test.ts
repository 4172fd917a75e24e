import { spawn, spawnSync } from 'node:child_process';
import { viewReport } from '../src/schema/report-view.js';
import type { ReportView } from '../src/schema/report-view.js';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { articleId } from '../src/batch/inputs.js';
import { runBatch } from '../src/batch/run.js';
import type { ArticleReportT } from '../src/schema/report.js';
import { miniPipeline } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-robust-'));
const readReport = (out: string, id: string): ReportView =>
  viewReport(JSON.parse(readFileSync(join(out, 'articles', `${id}.json`), 'utf8')) as ArticleReportT);

describe('encodings and scripts', () => {
  it('decodes a GBK file, records the encoding and finds its entities', async () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(
      join(dir, 'gbk.md'),
      iconv.encode(
        '---\ntitle: 中土外长会谈\n---\n<p>国务委员兼外长王毅同土库曼斯坦副总理举行会谈，双方同意加强合作，推进共建“一带一路”。</p>\n',
        'gbk',
      ),
    );
    await runBatch({ inputs: [dir], out, pipeline: miniPipeline() });
    const r = readReport(out, 'gbk');
    expect(r.source.encoding).toBe('GB18030');
    expect(r.meta.title).toBe('中土外长会谈');
    expect(r.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['person:wang-yi', 'country:TM', 'initiative:bri']),
    );
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['legacy-encoding', 'info']]);
  });

  it('matches a Big5 traditional-Chinese article through simplified forms, keeping original offsets and surfaces', async () => {
    const dir = tmp();
    const out = tmp();
    // (外交部 before 發言人 would be part of a title, no organization.)
    const body = '外交部表示，中國願同土庫曼斯坦加強合作，中國歡迎。';
    writeFileSync(join(dir, 'big5.md'), iconv.encode(`---\ntitle: 外交部聲明\n---\n<p>${body}</p>\n`, 'big5'));
    await runBatch({ inputs: [dir], out, pipeline: miniPipeline() });
    const r = readReport(out, 'big5');
    expect(r.source).toMatchObject({ encoding: 'Big5', script: 'traditional' });
    const cn = r.entities.find((e) => e.id === 'country:CN');
    expect(cn?.mentions.map((m) => m.text)).toEqual(['中國', '中國']);
    const tm = r.entities.find((e) => e.id === 'country:TM');
    expect(tm?.mentions.map((m) => [m.text, m.start, m.end])).toEqual([
      ['土庫曼斯坦', body.indexOf('土庫曼斯坦'), body.indexOf('土庫曼斯坦') + 5],
    ]);
    expect(r.entities.find((e) => e.id === 'organization:cn-mfa')?.mentions.map((m) => m.text)).toEqual([
      '外交部',
      '外交部',
    ]);
  });

  it('leaves a simplified article marked simplified', async () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 's.md'), '---\ntitle: 简体\n---\n<p>中国外交部发言人表示欢迎。</p>\n');
    await runBatch({ inputs: [dir], out, pipeline: miniPipeline() });
    expect(readReport(out, 's').source.script).toBe('simplified');
  });
});

describe('limits', () => {
  it('skips a nested-HTML bomb past the depth limit with a diagnostic, and oversized files', async () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(
      join(dir, 'bomb.html'),
      `<html><body><p>表层正文。</p>${'<div>'.repeat(20000)}深层${'</div>'.repeat(20000)}</body></html>`,
    );
    writeFileSync(join(dir, 'huge.md'), `---\ntitle: 大\n---\n<p>${'中'.repeat(2_000_000)}</p>`);
    writeFileSync(join(dir, 'ok.md'), '---\ntitle: 好\n---\n<p>正文。</p>');
    const { summary } = await runBatch({ inputs: [dir], out, pipeline: miniPipeline() });
    expect(summary.articles).toEqual({ total: 3, ok: 1, warnings: 1, failed: 1 });
    const bomb = readReport(out, 'bomb');
    expect(bomb.diagnostics.map((d) => d.code)).toEqual(['html-too-deep']);
    expect(bomb.blocks.map((b) => b.text)).toContain('表层正文。');
    expect(readReport(out, 'huge').diagnostics.map((d) => d.code)).toEqual(['too-large']);
  });
});

describe('paths', () => {
  it('derives ids that stay inside the output folder, whatever the file names', () => {
    expect(articleId({ root: '/in', path: '/in/2024/a b?.md' })).toBe('2024/a_b_');
    expect(articleId({ root: '/in', path: '/in/..hidden/..x.md' })).toBe('_hidden/_x');
    expect(articleId({ root: '/in', path: `/in/${'长'.repeat(300)}.md` })).toBe('长'.repeat(120));
    expect(articleId({ root: '/in', path: '/in/sub/../../etc/passwd.md' })).toBe('_/etc/passwd');
    expect(articleId({ root: '/in', path: '/in/.md' })).toBe('_md');
  });

  it('detects a symbolic-link loop in an input folder and completes the run', async () => {
    const dir = tmp();
    const out = tmp();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'a.md'), '---\ntitle: 甲\n---\n<p>正文。</p>');
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const { summary, corpus } = await runBatch({ inputs: [dir], out, pipeline: miniPipeline() });
    expect(summary.articles.total).toBe(1);
    expect(corpus?.diagnostics.flatMap((d) => d.diagnostics.map((x) => x.code))).toEqual(['symlink-loop']);
  });
});

describe('interruption', () => {
  it('stops cleanly on SIGINT, says how far it got, and leaves no partial file', async () => {
    const dir = tmp();
    for (let i = 0; i < 400; i++)
      writeFileSync(
        join(dir, `a${String(i).padStart(3, '0')}.md`),
        `---\ntitle: 第${i}篇\ndate: 2024-01-02 10:00\n---\n<p>中国外交部发言人第${i}次表示，中方愿同美方加强合作。</p>\n`,
      );
    const out = tmp();
    // node --import tsx (not the tsx wrapper) so that the signal reaches the process running the batch.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'run', dir, '--out', out],
      { cwd: ROOT },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Interrupt as soon as the first article reports exist.
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        if (existsSync(join(out, 'articles')) && readdirSync(join(out, 'articles')).length > 5) {
          clearInterval(timer);
          child.kill('SIGINT');
          resolve();
        }
      }, 20);
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stderr).toMatch(/SIGINT: stopped after \d+ of 400 articles/);
    expect(existsSync(join(out, '.tmp'))).toBe(false);
    const partial = readdirSync(join(out, 'articles'));
    expect(partial.length).toBeLessThan(400);
    for (const f of partial) expect(() => JSON.parse(readFileSync(join(out, 'articles', f), 'utf8'))).not.toThrow();
  });
});

describe('kill -9', () => {
  it('leaves no partial file, and a re-run gives output identical to an uninterrupted run (scripts/kill9-check.ts)', () => {
    const dir = tmp();
    for (let i = 0; i < 150; i++)
      writeFileSync(
        join(dir, `k${String(i).padStart(3, '0')}.md`),
        `---\ntitle: 第${i}篇\ndate: 2024-01-02 10:00\n---\n<p>外交部发言人第${i}次表示，中方愿同俄方加强合作，推进共建“一带一路”。</p>\n`,
      );
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts/kill9-check.ts'), dir, '--after-files', '15'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/kill -9 after 15 reports: killed; \d+ article reports on disk/);
    expect(r.stdout).toMatch(/identical: \d+ files/);
    expect(r.status).toBe(0);
  });
});

describe('time budget', () => {
  it('stops an article that exceeds the per-article time budget with a diagnostic, and the run goes on', async () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'a.md'), '---\ntitle: 甲\n---\n<p>中国外交部发言人表示欢迎。</p>\n');
    const pipelineFile = join(tmp(), 'tight.yaml');
    writeFileSync(
      pipelineFile,
      readFileSync(join(ROOT, 'pipelines/default.yaml'), 'utf8').replace(
        'articleSeconds: 30',
        'articleSeconds: 0.000001',
      ),
    );
    const { createPipeline, readPipelineFile } = await import('../src/pipeline.js');
    const pipeline = createPipeline(readPipelineFile(pipelineFile), {
      builtinDictionaries: fileURLToPath(new URL('./fixtures/dict-mini/', import.meta.url)),
    });
    const { summary } = await runBatch({ inputs: [dir], out, pipeline, workers: 1 });
    expect(summary.articles).toEqual({ total: 1, ok: 0, warnings: 0, failed: 1 });
    expect(readReport(out, 'a').diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['time-budget-exceeded', 'error'],
    ]);
  });
});
