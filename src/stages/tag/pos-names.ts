import type { DictionarySet } from '../../schema/dictionary.js';
import type { NormBlock } from '../../core/text.js';
import type { WordInfo, WordSet } from '../../nlp/rules/words.js';
import { namesFromPos } from '../../nlp/rules/names.js';
import type { SurnameSet } from '../../nlp/rules/names.js';
import { TYPE_OF } from './coverage.js';
import { derivedEntityId } from '../../core/entity-id.js';
import type { Coverage } from './coverage.js';

/** Creates the jieba-pos pass: names from jieba's POS tags, where nothing better matched. */
export function createPosNamePass(
  dicts: DictionarySet,
  surnames: SurnameSet,
  lexicon: WordInfo,
  common: WordSet,
): (a: Coverage) => void {
  return function matchPosNames(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const toks = a.tokensBySentence[si] ?? [];
      for (const span of namesFromPos(nb.text, toks, surnames, lexicon, common)) {
        if (!a.isFree(s.block, span.start, span.end)) continue;
        const type = TYPE_OF[span.type];
        const name = nb.text.slice(span.start, span.end);
        if (dicts.excluded.has(name)) continue;
        a.cover(s.block, span.start, span.end);
        a.add(si, span.start, span.end, {
          entity: derivedEntityId(type, name),
          type,
          source: 'model',
          confidence: span.score,
        });
      }
    });
  };
}
