import { join } from 'node:path';
import { jiebaDictDir, sharedLexicon } from '../nlp/segmenter.js';

/** A set of words, as the rules query it. */
export interface WordSet {
  has(word: string): boolean;
}

/** A set of two-character words that also answers for the two characters at a position of a text, without slicing. */
export interface PairSet extends WordSet {
  /** Whether text[at, at + 2) is in the set. */
  hasPair(text: string, at: number): boolean;
}

/** Lexicon entries by word, as the rules query them. */
export interface WordInfo {
  get(word: string): { tag: string; freq: number } | undefined;
}

/** jieba's tags for names of people, places and organizations. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt']);

/** Path of the lexicon nodejieba segments with (cppjieba's jieba.dict.utf8). */
export function jiebaDictPath(): string {
  return join(jiebaDictDir(), 'jieba.dict.utf8');
}

// The queries below read the built-in segmenter's trie, which holds jieba's lexicon with each word's tag and
// frequency: no second copy of 350k words as JS strings in Sets (≈24 MB and 0.2 s per worker before).

/**
 * The two-character words of jieba's own lexicon (freq ≥ 50): the shorthand rules use them to tell 土 in
 * 土方/在土设立 (Turkmenistan) from 土 in 土地 or 加 in 参加.
 */
export function jiebaTwoCharWords(): PairSet {
  const lex = sharedLexicon();
  return {
    has: (w) => w.length === 2 && lex.lexiconFreq(w, 0, 2) >= 50,
    hasPair: (text, at) => lex.lexiconFreq(text, at, at + 2) >= 50,
  };
}

/**
 * jieba's lexicon entries tagged as names (nr, nrfg, nrt, ns, nt): many are mis-tagged common words
 * (高水平/nr, 两国/ns), so the POS fallback trusts a tag only where jieba's lexicon is reliable.
 */
export function jiebaNameWords(): WordInfo {
  const lex = sharedLexicon();
  return {
    get: (w) => {
      const e = lex.lexiconEntry(w);
      return e !== undefined && NAME_TAGS.has(e.tag) ? e : undefined;
    },
  };
}

/** Words of jieba's lexicon with a tag other than a name's and freq ≥ 5 (贺信, 祝贺, 此访): the POS fallback never takes them as names. */
export function jiebaCommonWords(): WordSet {
  const lex = sharedLexicon();
  return {
    has: (w) => {
      const e = lex.lexiconEntry(w);
      return e !== undefined && !NAME_TAGS.has(e.tag) && e.freq >= 5;
    },
  };
}
