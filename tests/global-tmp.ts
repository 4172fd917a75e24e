// Vitest global set-up: every test process (and the CLI processes tests spawn) gets a private temporary folder
// through TMPDIR (and a start-up cache folder inside it), removed when the run ends. The folder lies in the
// project's own .test-tmp/, not the system's temporary folder, so tests write nothing outside the clone.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's folder for test runs' temporary files (git-ignored). */
export const TEST_TMP_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '.test-tmp');

/** Creates the run's temporary folder and points TMPDIR at it; returns the teardown. */
export default function setup(): () => void {
  mkdirSync(TEST_TMP_ROOT, { recursive: true });
  const dir = mkdtempSync(join(TEST_TMP_ROOT, 'run-'));
  const previous = process.env.TMPDIR;
  const previousCache = process.env.GUANXI_CACHE_DIR;
  process.env.TMPDIR = dir;
  // The start-up cache too: tests never touch the user's cache folder.
  process.env.GUANXI_CACHE_DIR = join(dir, 'cache');
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (previousCache === undefined) delete process.env.GUANXI_CACHE_DIR;
    else process.env.GUANXI_CACHE_DIR = previousCache;
    rmSync(dir, { recursive: true, force: true });
  };
}
