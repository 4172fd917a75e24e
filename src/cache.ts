import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from './atomic.js';

let codeHashValue: string | null = null;

/** Hash of the code and bundled data (src/, data/, models/, package.json): a cached report from other code is never reused. */
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

const sha = (text: string): string => createHash('sha256').update(text).digest('hex').slice(0, 32);

/**
 * The incremental-run cache. The article reports in `<out>/articles/` are the cache entries; the manifest
 * `<out>/.cache/manifest.json` records, per article id, the key it was made from (the article's bytes, id and
 * path, and the hashes of the pipeline file, the dictionaries and the code) and the hash of the report file. A
 * report is reused only when both match, so a report rewritten by a run that was later killed is never mistaken
 * for another key's; the manifest is written atomically, at checkpoints and at the end, so the cache survives
 * interruption and never holds a corrupt entry.
 */
export class ArticleCache {
  private readonly manifestPath: string;
  private readonly previous = new Map<string, [string, string]>();
  private readonly current = new Map<string, [string, string]>();
  hits = 0;
  misses = 0;

  constructor(
    out: string,
    private readonly runKey: string,
    private readonly tmpDir: string,
  ) {
    this.manifestPath = join(out, '.cache', 'manifest.json');
    try {
      const m = JSON.parse(readFileSync(this.manifestPath, 'utf8')) as { runKey?: string; articles?: Record<string, [string, string]> };
      if (m.runKey === runKey) for (const [id, entry] of Object.entries(m.articles ?? {})) this.previous.set(id, entry);
    } catch {
      // No manifest yet: every article is processed.
    }
  }

  /** The cache key of an article from its bytes, id and relative path. */
  key(bytes: Uint8Array, id: string, path: string): string {
    return createHash('sha256').update(this.runKey).update('\0').update(id).update('\0').update(path).update('\0').update(bytes).digest('hex').slice(0, 32);
  }

  /** The report JSON already in `target` for this key, or null (counted as a hit or a miss). */
  lookup(id: string, key: string, target: string): string | null {
    const entry = this.previous.get(id);
    if (entry !== undefined && entry[0] === key) {
      try {
        const json = readFileSync(target, 'utf8');
        if (sha(json) === entry[1]) {
          this.hits++;
          return json;
        }
      } catch {
        // The report file is gone: process the article again.
      }
    }
    this.misses++;
    return null;
  }

  /** Records that `target` of `id` holds the report `json` made from `key`. */
  record(id: string, key: string, json: string): void {
    this.current.set(id, [key, sha(json)]);
  }

  /** Writes the manifest: this run's records over the previous ones (still valid thanks to the report hashes). */
  checkpoint(): void {
    const merged = new Map([...this.previous, ...this.current]);
    const articles = Object.fromEntries([...merged.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    writeAtomic(this.manifestPath, JSON.stringify({ runKey: this.runKey, articles }) + '\n', this.tmpDir);
  }

  /** Writes the final manifest, holding only this run's articles. */
  finish(): void {
    this.previous.clear();
    this.checkpoint();
  }
}
