// Vitest global set-up: every test process (and the CLI processes tests spawn) gets a private temporary folder
// through TMPDIR (and a start-up cache folder inside it), removed when the run ends, so that tests leave nothing behind in the system's /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates the run's temporary folder and points TMPDIR at it; returns the teardown. */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-tests-'));
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
