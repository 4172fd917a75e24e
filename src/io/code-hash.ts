import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder (beside src/, data/, models/ and package.json). */
export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Hash of the code and bundled data (src/, data/, models/, package.json), 16 hex digits: what a cached report or a
 * start-up cache entry was made by, so that nothing made by other code is reused. Read once per caller.
 */
export function codeHash(root: string = PACKAGE_ROOT): string {
  const hash = createHash('sha256');
  for (const dir of ['src', 'data', 'models', 'package.json']) {
    const abs = join(root, dir);
    if (!existsSync(abs)) continue;
    const files = statSync(abs).isFile() ? [''] : readdirSync(abs, { recursive: true }).map(String).sort();
    for (const f of files) {
      const p = f === '' ? abs : join(abs, f);
      if (!statSync(p).isFile()) continue;
      hash.update(`${dir}/${f}\n`);
      hash.update(readFileSync(p));
    }
  }
  return hash.digest('hex').slice(0, 16);
}
