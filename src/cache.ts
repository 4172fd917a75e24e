import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from './atomic.js';

let codeHashValue: string | null = null;

/** Hash of the code and bundled data (src/, data/, models/): a cache entry from other code is never reused. */
export function codeHash(): string {
  if (codeHashValue !== null) return codeHashValue;
  const root = fileURLToPath(new URL('..', import.meta.url));
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
  codeHashValue = hash.digest('hex').slice(0, 16);
  return codeHashValue;
}

/**
 * A cache of article reports under `<out>/.cache/`, keyed by the article's content hash, its id and path, and the
 * hashes of the pipeline file, the dictionaries and the code. Entries are written atomically, so an interrupted run
 * never leaves a corrupt one; the manifest (which article file holds which key) is removed while a run is going and
 * rewritten when it ends, so after a kill every article file is rewritten from its entry.
 */
export class ArticleCache {
  private readonly dir: string;
  private readonly manifestPath: string;
  private readonly previous: Map<string, string>;
  private readonly current = new Map<string, string>();
  hits = 0;
  misses = 0;

  constructor(
    out: string,
    private readonly runKey: string,
    private readonly tmpDir: string,
  ) {
    this.dir = join(out, '.cache');
    this.manifestPath = join(this.dir, 'manifest.json');
    this.previous = new Map();
    try {
      const m = JSON.parse(readFileSync(this.manifestPath, 'utf8')) as { runKey?: string; articles?: Record<string, string> };
      if (m.runKey === runKey) for (const [id, key] of Object.entries(m.articles ?? {})) this.previous.set(id, key);
    } catch {
      // No manifest (first run, or the last run was killed): every article file will be rewritten.
    }
    rmSync(this.manifestPath, { force: true });
  }

  /** The cache key of an article from its bytes, id and relative path. */
  key(bytes: Uint8Array, id: string, path: string): string {
    return createHash('sha256').update(this.runKey).update('\0').update(id).update('\0').update(path).update('\0').update(bytes).digest('hex');
  }

  /** Where the entry of a key lives. */
  entryPath(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** The cached report JSON of a key, or null. */
  get(key: string): string | null {
    try {
      const text = readFileSync(this.entryPath(key), 'utf8');
      this.hits++;
      return text;
    } catch {
      this.misses++;
      return null;
    }
  }

  /** Stores a report's JSON under its key (atomically). */
  set(key: string, json: string): void {
    writeAtomic(this.entryPath(key), json, this.tmpDir);
  }

  /** Whether the article file of `id` already holds the report of `key` (so it need not be written again). */
  upToDate(id: string, key: string): boolean {
    return this.previous.get(id) === key;
  }

  /** Records that the article file of `id` now holds the report of `key`. */
  record(id: string, key: string): void {
    this.current.set(id, key);
  }

  /** Writes the manifest at the end of a run and removes entries no article of this run uses. */
  finish(): void {
    const live = new Set(this.current.values());
    if (existsSync(this.dir)) {
      for (const f of readdirSync(this.dir, { recursive: true }).map(String)) {
        const m = /([0-9a-f]{64})\.json$/.exec(f);
        if (m !== null && !live.has(m[1] as string)) rmSync(join(this.dir, f), { force: true });
      }
    }
    const articles = Object.fromEntries([...this.current.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeAtomic(this.manifestPath, JSON.stringify({ runKey: this.runKey, articles }) + '\n', this.tmpDir);
  }
}
