// What the rules ask of a lexicon: the resources layer answers from jieba's lexicon.

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
