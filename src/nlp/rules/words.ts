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

/**
 * Whether the segmenter glued a verb or preposition at i - 1, the abbreviation at i and an ordinary two-character word
 * into one phrase of its lexicon (对华关系, 驻华使节, 在京举行): the abbreviation stands alone between them, as in
 * 对/华/政策. `pairAt` tells an ordinary two-character word at a position.
 */
export function gluedPhrase(tok: readonly [number, number], i: number, pairAt: (at: number) => boolean): boolean {
  return tok[0] === i - 1 && tok[1] === i + 3 && pairAt(i + 1);
}
