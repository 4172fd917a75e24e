import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('the published command keeps temporary files in its cache folder', () => {
  it("puts tsx's transform cache in <cache>/tmp, leaving the temporary folder it was given empty", () => {
    const dir = mkdtempSync(join(tmpdir(), 'bin-'));
    const osTmp = join(dir, 'os-tmp');
    mkdirSync(osTmp);
    const cache = join(dir, 'cache');
    const r = spawnSync(process.execPath, [join(ROOT, 'bin/guanxi.js'), '--version'], {
      env: { ...process.env, TMPDIR: osTmp, GUANXI_CACHE_DIR: cache },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(readdirSync(osTmp)).toEqual([]);
    expect(readdirSync(join(cache, 'tmp')).some((f) => f.startsWith('tsx-'))).toBe(true);
  });

  it("runs the npm scripts' TypeScript files the same way, with their arguments (bin/run-ts.js)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'run-ts-'));
    const osTmp = join(dir, 'os-tmp');
    mkdirSync(osTmp);
    const cache = join(dir, 'cache');
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'bin/run-ts.js'), 'tests/fixtures/print-args.ts', '--corpus', 'xwlb'],
      { cwd: ROOT, env: { ...process.env, TMPDIR: osTmp, GUANXI_CACHE_DIR: cache }, encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(['--corpus', 'xwlb']);
    expect(readdirSync(osTmp)).toEqual([]);
    expect(readdirSync(join(cache, 'tmp')).some((f) => f.startsWith('tsx-'))).toBe(true);
    expect(spawnSync(process.execPath, [join(ROOT, 'bin/run-ts.js')], { encoding: 'utf8' }).status).toBe(2);
  });
});
