// Shared by the benchmarks: body text of articles from ../shared/corpora (or examples/ when it is absent).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the shared corpora beside the project. */
export const SHARED = fileURLToPath(new URL('../../shared/', import.meta.url));

/** Lists up to `limit` article files of a folder, recursively and sorted. */
export function articleFiles(dir: string, limit = Number.POSITIVE_INFINITY): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      if (out.length >= limit) return;
      const p = join(d, name);
      if (name.endsWith('.md')) out.push(p);
      else if (!name.includes('.')) walk(p);
    }
  };
  walk(dir);
  return out;
}

/** Crude body text (front matter and tags stripped) of the xwlb corpus, or of examples/ without ../shared. */
export function benchText(limit: number): { text: string; source: string } {
  const xwlb = join(SHARED, 'corpora/xwlb');
  const dir = existsSync(xwlb) ? xwlb : fileURLToPath(new URL('../examples/', import.meta.url));
  const parts = articleFiles(dir, limit).map((f) =>
    readFileSync(f, 'utf8')
      .replace(/^[\s\S]*?\n---\s*\n/, '')
      .replace(/<[^>]+>/g, '\n')
      .replace(/\n+/g, '\n'),
  );
  return { text: parts.join('\n'), source: dir };
}
