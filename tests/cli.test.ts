import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'src/cli/main.ts');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

function guanxi(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const tmp = (): string => mkdtempSync(join(tmpdir(), 'guanxi-cli-'));
const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

describe('guanxi run', () => {
  it('processes the bundled examples into valid, deterministic reports', () => {
    const out1 = tmp();
    const out2 = tmp();
    const r1 = guanxi('run', 'examples', '--out', out1);
    expect(r1.stderr).toBe('');
    expect(r1.code).toBe(0);
    expect(r1.stdout).toMatch(/articles: 15 \(ok \d+, with warnings \d+, failed 0\)/);
    expect(guanxi('run', 'examples', '--out', out2).code).toBe(0);
    expect(readFileSync(join(out1, 'corpus.json'), 'utf8')).toBe(readFileSync(join(out2, 'corpus.json'), 'utf8'));
    expect(readFileSync(join(out1, 'articles/seed-article.json'), 'utf8')).toBe(
      readFileSync(join(out2, 'articles/seed-article.json'), 'utf8'),
    );

    // Every written report validates against the JSON Schema generated from the zod schemas.
    const ajv = new Ajv2020.default({ strict: false });
    const article = ajv.compile(readJson(join(out1, 'schema/article.schema.json')) as object);
    const corpus = ajv.compile(readJson(join(out1, 'schema/corpus.schema.json')) as object);
    const run = ajv.compile(readJson(join(out1, 'schema/run.schema.json')) as object);
    const files = readdirSync(join(out1, 'articles'), { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.json'));
    expect(files).toHaveLength(15);
    for (const f of files)
      expect(article(readJson(join(out1, 'articles', f))), `${f}: ${JSON.stringify(article.errors)}`).toBe(true);
    expect(corpus(readJson(join(out1, 'corpus.json'))), JSON.stringify(corpus.errors)).toBe(true);
    expect(run(readJson(join(out1, 'run.json'))), JSON.stringify(run.errors)).toBe(true);
  });

  it('runs a folder of bad inputs to completion: one diagnostic per bad file, reports for the good ones, exit 0', () => {
    const dir = tmp();
    const out = tmp();
    writeFileSync(join(dir, 'good.md'), '---\ntitle: 好\n---\n<p>中国外交部发言人表示欢迎。</p>\n');
    writeFileSync(join(dir, 'broken-yaml.md'), '---\ntitle: [oops\n---\n<p>正文。</p>\n');
    writeFileSync(join(dir, 'no-front-matter.md'), '<p>只有正文。</p>\n');
    writeFileSync(join(dir, 'empty-body.md'), '---\ntitle: 空\n---\n');
    writeFileSync(join(dir, 'bad-date.md'), '---\ntitle: 日期\ndate: 下周二\n---\n<p>正文。</p>\n');
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('---\ntitle: caf\xe9\n---\n<p>caf\xe9 au lait</p>\n', 'latin1'));
    writeFileSync(
      join(dir, 'undecodable.md'),
      Buffer.from([0xc3, 0x28, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xff, 0x0b, 0x0c, 0x0e, 0x0f, 0x10]),
    );
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'notes.txt'), 'ignored: not an article extension');
    const r = guanxi('run', dir, '--out', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('articles: 8 (ok 2, with warnings 4, failed 2)');
    const corpus = readJson(join(out, 'corpus.json')) as {
      diagnostics: Array<{ file: string; diagnostics: Array<{ code: string }> }>;
    };
    expect(corpus.diagnostics.map((d) => [d.file, d.diagnostics.map((x) => x.code)])).toEqual([
      ['bad-date.md', ['date-unparsable']],
      ['binary.md', ['binary-file']],
      ['broken-yaml.md', ['front-matter-invalid']],
      ['empty-body.md', ['empty-body']],
      ['latin1.md', ['legacy-encoding']],
      ['no-front-matter.md', ['no-front-matter']],
      ['undecodable.md', ['undecodable']],
    ]);
    expect(existsSync(join(out, 'articles/good.json'))).toBe(true);
    expect(readdirSync(join(out, 'articles')).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('exits 1 when no article could be processed', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0, 1, 2, 3]));
    expect(guanxi('run', dir, '--out', tmp()).code).toBe(1);
    expect(guanxi('run', tmp(), '--out', tmp()).code).toBe(1);
  });

  it('exits 2 for an unknown pipeline, an invalid dictionary or a missing input', () => {
    const missing = guanxi('run', 'examples', '--pipeline', 'nope.yaml', '--out', tmp());
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('pipeline file nope.yaml');
    const dict = join(tmp(), 'bad.yaml');
    writeFileSync(dict, 'source: x\nentries:\n  - { id: Bad Id, name: 甲, type: person }\n');
    const bad = guanxi('run', 'examples/seed-article.md', '--dict', dict, '--out', tmp());
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${dict}: entry 0 (id Bad Id), field id`);
    expect(guanxi('run', 'no/such/folder', '--out', tmp()).code).toBe(2);
    expect(guanxi('run').code).toBe(2);
  });

  it('prints help for every command', () => {
    const top = guanxi('--help');
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('run [options] <inputs...>');
    const run = guanxi('run', '--help');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('--pipeline <file>');
  });
});
