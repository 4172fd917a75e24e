import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: Set<string> | null = null;

/** The Chinese surname list bundled in data/surnames.tsv (wainshine/Chinese-Names-Corpus, Apache-2.0), loaded once. */
export function surnames(): Set<string> {
  if (cached !== null) return cached;
  const path = fileURLToPath(new URL('../../data/surnames.tsv', import.meta.url));
  const set = new Set<string>();
  for (const line of readFileSync(path, 'utf8').split('\n').slice(1)) {
    const name = line.split('\t')[0]?.trim();
    if (name !== undefined && name !== '') set.add(name);
  }
  cached = set;
  return set;
}
