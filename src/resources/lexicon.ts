import { join } from 'node:path';
import nodejieba from 'nodejieba';
import { JiebaSegmenter, jiebaDictDir } from '../nlp/segmenter.js';
import type { DictionarySet } from '../schema/dictionary.js';
import type { StartupCache } from './startup-cache.js';
import { quotedOnlyForm } from './dictionaries.js';

import type { PairSet, WordInfo, WordSet } from '../nlp/rules/words.js';

/** jieba's tags for names of people, places and organizations. */
const NAME_TAGS = new Set(['nr', 'nrfg', 'nrt', 'ns', 'nt']);

/** Path of the lexicon nodejieba segments with (cppjieba's jieba.dict.utf8). */
export function jiebaDictPath(): string {
  return join(jiebaDictDir(), 'jieba.dict.utf8');
}

// The queries below read a segmenter's trie, which holds jieba's lexicon with each word's tag and frequency (user
// words leave those entries as they are): no second copy of 350k words as JS strings.

/**
 * The two-character words of jieba's own lexicon (freq ≥ 50): the shorthand rules use them to tell 土 in
 * 土方/在土设立 (Turkmenistan) from 土 in 土地 or 加 in 参加.
 */
export function jiebaTwoCharWords(lex: JiebaSegmenter): PairSet {
  return {
    has: (w) => w.length === 2 && lex.lexiconFreq(w, 0, 2) >= 50,
    hasPair: (text, at) => lex.lexiconFreq(text, at, at + 2) >= 50,
  };
}

/**
 * jieba's lexicon entries tagged as names (nr, nrfg, nrt, ns, nt): many are mis-tagged common words
 * (高水平/nr, 两国/ns), so the POS fallback trusts a tag only where jieba's lexicon is reliable.
 */
export function jiebaNameWords(lex: JiebaSegmenter): WordInfo {
  return {
    get: (w) => {
      const e = lex.lexiconEntry(w);
      return e !== undefined && NAME_TAGS.has(e.tag) ? e : undefined;
    },
  };
}

/** Words of jieba's lexicon with a tag other than a name's and freq ≥ 5 (贺信, 祝贺, 此访): the POS fallback never takes them as names. */
export function jiebaCommonWords(lex: JiebaSegmenter): WordSet {
  return {
    has: (w) => {
      const e = lex.lexiconEntry(w);
      return e !== undefined && !NAME_TAGS.has(e.tag) && e.freq >= 5;
    },
  };
}

const POS_FOR_TYPE: Record<string, string> = { person: 'nr', country: 'ns', place: 'ns', organization: 'nt' };

/** The dictionary forms given to the segmenter as user words, with jieba's POS tag for their type. */
function userWords(dicts: DictionarySet): Array<{ form: string; pos: string }> {
  const words: Array<{ form: string; pos: string }> = [];
  for (const { form, claim } of dicts.formList) {
    // cppjieba splits user-dictionary lines on spaces, so forms with spaces are matched by the trie only.
    if (/\s/.test(form) || !/[\u3400-\u9fff]/.test(form)) continue;
    // A form that names a place only after the place containing it (临清 of 山东临清) is often an ordinary word.
    if (claim.kind === 'qualified') continue;
    const type = dicts.entities.get(claim.entity)?.type ?? '';
    // A form found only between quotes (“九五”) would cut numbers (八五六农场).
    if (quotedOnlyForm(form, type)) continue;
    words.push({ form, pos: POS_FOR_TYPE[type] ?? 'nz' });
  }
  return words;
}

/**
 * The built-in segmenter over jieba's lexicon with every dictionary form as a high-frequency user word (so that
 * our forms stay whole); a pipeline builds it once (see createResources).
 */
export function builtinSegmenter(dicts: DictionarySet, frequency: number): JiebaSegmenter {
  return JiebaSegmenter.create({ userWords: userWords(dicts).map(({ form }) => [form, frequency] as const) });
}

/**
 * Loads nodejieba (a process-wide native segmenter) with every dictionary form as a high-frequency user word, so
 * that our forms stay whole (the classic jieba complaint is a user word losing to the built-in lexicon). nodejieba
 * reads user words from a file: one per dictionary content, in the start-up cache folder.
 */
export function loadNodejieba(dicts: DictionarySet, frequency: number, cache: StartupCache): void {
  const userDict = cache.file(
    'jieba-user',
    `${dicts.hash}:${frequency}`,
    'utf8',
    () =>
      `${userWords(dicts)
        .map(({ form, pos }) => `${form} ${frequency} ${pos}`)
        .join('\n')}\n`,
  );
  nodejieba.load({ userDict });
}
