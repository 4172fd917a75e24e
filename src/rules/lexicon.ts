import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

let twoCharWords: Set<string> | null = null;

/**
 * The two-character words of jieba's own lexicon (freq ≥ 50), loaded once: the shorthand rules use them to
 * tell 土 in 土方/在土设立 (Turkmenistan) from 土 in 土地 or 加 in 参加.
 */
export function jiebaTwoCharWords(): Set<string> {
  if (twoCharWords !== null) return twoCharWords;
  const require = createRequire(import.meta.url);
  const dictPath = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
  const words = new Set<string>();
  for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
    const sp = line.indexOf(' ');
    if (sp !== 2) continue;
    const freq = Number.parseInt(line.slice(3), 10);
    if (freq >= 50) words.add(line.slice(0, 2));
  }
  twoCharWords = words;
  return words;
}

let nameWords: Map<string, { tag: string; freq: number }> | null = null;

/**
 * jieba's lexicon entries tagged as names (nr, nrfg, nrt, ns, nt), loaded once: many are mis-tagged common
 * words (高水平/nr, 两国/ns), so the POS fallback trusts a tag only where jieba's lexicon is reliable.
 */
export function jiebaNameWords(): Map<string, { tag: string; freq: number }> {
  if (nameWords !== null) return nameWords;
  const require = createRequire(import.meta.url);
  const dictPath = join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
  const map = new Map<string, { tag: string; freq: number }>();
  for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
    const parts = line.split(' ');
    const tag = parts[2];
    if (tag === 'nr' || tag === 'nrfg' || tag === 'nrt' || tag === 'ns' || tag === 'nt') map.set(parts[0] ?? '', { tag, freq: Number.parseInt(parts[1] ?? '0', 10) });
  }
  nameWords = map;
  return map;
}
