import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** What the rules need from jieba's own lexicon, read once per process in one pass. */
interface JiebaLexicon {
  twoCharWords: Set<string>;
  /** Words jieba lists with a tag other than a name's (贺信/n, 祝贺/v): never a name on their own. */
  commonWords: Set<string>;
  nameWords: Map<string, { tag: string; freq: number }>;
}

let lexicon: JiebaLexicon | null = null;

/** Path of the lexicon nodejieba segments with (cppjieba's jieba.dict.utf8). */
export function jiebaDictPath(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('nodejieba')), 'submodules/cppjieba/dict/jieba.dict.utf8');
}

function load(): JiebaLexicon {
  if (lexicon !== null) return lexicon;
  const dictPath = jiebaDictPath();
  const twoCharWords = new Set<string>();
  const commonWords = new Set<string>();
  const nameWords = new Map<string, { tag: string; freq: number }>();
  for (const line of readFileSync(dictPath, 'utf8').split('\n')) {
    const a = line.indexOf(' ');
    const b = line.indexOf(' ', a + 1);
    if (a <= 0 || b <= a) continue;
    const word = line.slice(0, a);
    const freq = Number.parseInt(line.slice(a + 1, b), 10);
    const tag = line.slice(b + 1).trim();
    if (a === 2 && freq >= 50) twoCharWords.add(word);
    if (tag === 'nr' || tag === 'nrfg' || tag === 'nrt' || tag === 'ns' || tag === 'nt') nameWords.set(word, { tag, freq });
    else if (freq >= 5) commonWords.add(word);
  }
  lexicon = { twoCharWords, commonWords, nameWords };
  return lexicon;
}

/**
 * The two-character words of jieba's own lexicon (freq ≥ 50): the shorthand rules use them to tell 土 in
 * 土方/在土设立 (Turkmenistan) from 土 in 土地 or 加 in 参加.
 */
export function jiebaTwoCharWords(): Set<string> {
  return load().twoCharWords;
}

/**
 * jieba's lexicon entries tagged as names (nr, nrfg, nrt, ns, nt): many are mis-tagged common words
 * (高水平/nr, 两国/ns), so the POS fallback trusts a tag only where jieba's lexicon is reliable.
 */
export function jiebaNameWords(): Map<string, { tag: string; freq: number }> {
  return load().nameWords;
}

/** Words of jieba's lexicon with a tag other than a name's (贺信, 祝贺, 此访): the POS fallback never takes them as names. */
export function jiebaCommonWords(): Set<string> {
  return load().commonWords;
}
