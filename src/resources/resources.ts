// Everything the stages read besides the article, built once per pipeline from files and handed to each stage's
// factory: no module keeps any of it, so two pipelines in one process (or one per worker thread) never share state.
import { JiebaSegmenter } from '../nlp/segmenter.js';
import type { NerModel, CharTables } from '../nlp/ner/model.js';
import type { PairSet, WordInfo, WordSet } from '../nlp/rules/words.js';
import type { DictionarySet } from '../schema/dictionary.js';
import { idfTable } from './idf.js';
import type { IdfTable } from './idf.js';
import { builtinSegmenter, jiebaCommonWords, jiebaNameWords, jiebaTwoCharWords, loadNodejieba } from './lexicon.js';
import { DEFAULT_MODEL_PATH, defaultCharTables, loadNerModel } from './model.js';
import type { StartupCache } from './startup-cache.js';
import { openStartupCache } from './startup-cache.js';
import { readSurnames } from './surnames.js';
import { readInstitutions } from './institutions.js';
import type { Institutions } from './institutions.js';
import { createToSimplified, traditionalChars } from './traditional.js';

/** What jieba's lexicon tells the rules. */
export interface LexiconWords {
  /** Two-character words (freq ≥ 50), for the shorthand rules. */
  twoChar: PairSet;
  /** Entries tagged as names of people, places or organizations. */
  names: WordInfo;
  /** Common words with another tag (freq ≥ 5). */
  common: WordSet;
  /** Every entry of the lexicon, whatever its tag. */
  entries: WordInfo;
}

/** The resources of one pipeline; each is built on first use and then kept. */
export interface Resources {
  readonly dictionaries: DictionarySet;
  readonly cache: StartupCache;
  /** The built-in segmenter with every dictionary form as a user word of this frequency. */
  segmenter(userWordFrequency: number): JiebaSegmenter;
  /** Loads nodejieba (process-wide, native) with the dictionary forms as user words of this frequency. */
  loadNodejieba(userWordFrequency: number): void;
  /** Word sets from jieba's lexicon, read through the segmenter already built (or one without user words). */
  lexicon(): LexiconWords;
  /** jieba's IDF table and stop words. */
  idf(): IdfTable;
  /** The bundled surnames. */
  surnames(): ReadonlySet<string>;
  /** Each bundled surname's rank, most frequent first (王 0). */
  surnameRanks(): ReadonlyMap<string, number>;
  /** Character tables of the recognizer's features. */
  charTables(): CharTables;
  /** The recognizer's model at a path (default: the bundled one). */
  nerModel(path?: string): NerModel;
  /** Institution words a country or place can own (政府, 外交部). */
  institutions(): Institutions;
  /** The table of traditional-only characters. */
  traditionalChars(): Uint8Array;
  /** The traditional→simplified converter. */
  toSimplified(): (text: string) => string;
}

/** Creates a pipeline's resources over its dictionaries; nothing is read until a stage asks for it. */
export function createResources(dictionaries: DictionarySet, cache: StartupCache = openStartupCache()): Resources {
  const once = <T>(make: () => T): (() => T) => {
    let value: { v: T } | null = null;
    return () => {
      value ??= { v: make() };
      return value.v;
    };
  };
  const segmenters = new Map<number, JiebaSegmenter>();
  const models = new Map<string, NerModel>();
  const segmenter = (frequency: number): JiebaSegmenter => {
    let s = segmenters.get(frequency);
    if (s === undefined) {
      s = builtinSegmenter(dictionaries, frequency);
      segmenters.set(frequency, s);
    }
    return s;
  };
  const lexicon = once((): LexiconWords => {
    // User words leave the lexicon's entries as they are: any of this pipeline's segmenters answers.
    const lex = segmenters.values().next().value ?? JiebaSegmenter.create();
    return {
      twoChar: jiebaTwoCharWords(lex),
      names: jiebaNameWords(lex),
      common: jiebaCommonWords(lex),
      entries: { get: (w) => lex.lexiconEntry(w) },
    };
  });
  const charTables = once(defaultCharTables);
  const surnameRanks = once((): ReadonlyMap<string, number> => new Map(readSurnames().map((s, i) => [s, i])));
  return {
    dictionaries,
    cache,
    segmenter,
    loadNodejieba: (frequency) => loadNodejieba(dictionaries, frequency, cache),
    lexicon,
    idf: once(() => idfTable(cache)),
    surnames: once(() => new Set(surnameRanks().keys())),
    surnameRanks,
    charTables,
    nerModel(path = DEFAULT_MODEL_PATH) {
      let m = models.get(path);
      if (m === undefined) {
        m = loadNerModel(dictionaries, path, charTables());
        models.set(path, m);
      }
      return m;
    },
    institutions: once(() => readInstitutions()),
    traditionalChars: once(() => traditionalChars(cache)),
    toSimplified: once(createToSimplified),
  };
}
