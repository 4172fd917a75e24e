// Vitest global set-up: every test process (and the CLI processes tests spawn) gets a private temporary folder
// through TMPDIR, removed when the run ends, so that tests leave nothing behind in the system's /tmp.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates the run's temporary folder and points TMPDIR at it; returns the teardown. */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-tests-'));
  const previous = process.env['TMPDIR'];
  process.env['TMPDIR'] = dir;
  return () => {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
    rmSync(dir, { recursive: true, force: true });
  };
}
