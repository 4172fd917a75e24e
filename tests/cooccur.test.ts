import { describe, expect, it } from 'vitest';
import type { MentionT } from '../src/schema/document.js';
import { cooccurrences } from '../src/stages/cooccur.js';

const m = (entity: string | null, block: number, sentence: number): MentionT => ({ entity, type: 'x', block, sentence, start: 0, end: 1, text: 'x', source: 'dictionary', confidence: 1 });

describe('cooccur stage', () => {
  it('counts windows (not mention products) per window kind, pairs ordered by id', () => {
    // Block 0: sentence 0 {A, B, B}, sentence 1 {A, C}; block 1: sentence 2 {B, C}; an unresolved mention is ignored.
    const ms = [m('A', 0, 0), m('B', 0, 0), m('B', 0, 0), m('A', 0, 1), m('C', 0, 1), m('B', 1, 2), m('C', 1, 2), m(null, 1, 2)];
    expect(cooccurrences(ms, ['sentence', 'block', 'article'])).toEqual([
      { a: 'A', b: 'B', window: 'sentence', count: 1 },
      { a: 'A', b: 'C', window: 'sentence', count: 1 },
      { a: 'B', b: 'C', window: 'sentence', count: 1 },
      { a: 'A', b: 'B', window: 'block', count: 1 },
      { a: 'A', b: 'C', window: 'block', count: 1 },
      { a: 'B', b: 'C', window: 'block', count: 2 },
      { a: 'A', b: 'B', window: 'article', count: 1 },
      { a: 'A', b: 'C', window: 'article', count: 1 },
      { a: 'B', b: 'C', window: 'article', count: 1 },
    ]);
  });

  it('counts only the requested windows and nothing for a single entity', () => {
    expect(cooccurrences([m('A', 0, 0), m('B', 0, 0)], ['article'])).toEqual([{ a: 'A', b: 'B', window: 'article', count: 1 }]);
    expect(cooccurrences([m('A', 0, 0), m('A', 0, 1)], ['sentence', 'block', 'article'])).toEqual([]);
  });
});
