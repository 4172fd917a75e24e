#!/usr/bin/env node
// The published command: runs the TypeScript sources through tsx's loader.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';

// guanxi writes nothing to the OS temporary folder, but tsx keeps its transform cache there (tsx-<uid>, chosen when
// tsx loads) and libraries may spill files there too. So the process's temporary folder is tmp/ in guanxi's cache
// folder (GUANXI_CACHE_DIR, else the user's cache folder, as for the start-up cache), set before tsx loads; worker
// threads and child processes inherit it.
const explicit = process.env.GUANXI_CACHE_DIR;
const cacheRoot = explicit !== undefined && explicit !== '' ? explicit : envPaths('guanxi', { suffix: '' }).cache;
const tmp = join(cacheRoot, 'tmp');
try {
  mkdirSync(tmp, { recursive: true });
  process.env.TMPDIR = tmp;
  // Windows reads TEMP and TMP instead.
  if (process.platform === 'win32') process.env.TEMP = process.env.TMP = tmp;
} catch {
  // An unwritable cache folder leaves the temporary folder as it was: tsx then works as it always did.
}
const { register } = await import('tsx/esm/api');

register();
process.env.GUANXI_BIN = '1';
await import('../src/cli/main.ts');
