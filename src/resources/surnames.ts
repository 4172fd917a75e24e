import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ascending } from 'd3-array';

/** The Chinese surname list bundled in data/surnames.tsv (wainshine/Chinese-Names-Corpus, Apache-2.0). */
export const SURNAMES_PATH = fileURLToPath(new URL('../../data/surnames.tsv', import.meta.url));

/** The bundled surnames, most frequent first (ties by name), as the rules and the recognizer's features use them. */
export function readSurnames(path: string = SURNAMES_PATH): string[] {
  const rows = readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((r): r is [string, string] => r.length >= 2 && (r[0] ?? '').trim() !== '')
    .map(([name, tf]) => ({ name: name.trim(), tf: Number(tf) || 0 }));
  rows.sort((a, b) => b.tf - a.tf || ascending(a.name, b.name));
  return rows.map((r) => r.name);
}
