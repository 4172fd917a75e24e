// The process's temporary folder for the project's commands: tmp/ in guanxi's cache folder, never the OS's.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import envPaths from 'env-paths';

/**
 * Points TMPDIR (TEMP and TMP on Windows) at tmp/ in guanxi's cache folder (GUANXI_CACHE_DIR, else the user's cache
 * folder, as for the start-up cache). guanxi writes nothing to the OS temporary folder, but tsx keeps its transform
 * cache there (tsx-<uid>, chosen when tsx loads) and libraries may spill files there too; so this runs before tsx
 * loads, and worker threads and child processes inherit it. An unwritable cache folder leaves it as it was.
 */
export function useCacheForTemp() {
  const explicit = process.env.GUANXI_CACHE_DIR;
  const cacheRoot = explicit !== undefined && explicit !== '' ? explicit : envPaths('guanxi', { suffix: '' }).cache;
  const tmp = join(cacheRoot, 'tmp');
  try {
    mkdirSync(tmp, { recursive: true });
  } catch {
    return;
  }
  process.env.TMPDIR = tmp;
  if (process.platform === 'win32') process.env.TEMP = process.env.TMP = tmp;
}
