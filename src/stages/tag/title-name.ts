import type { DictionarySet } from '../../schema/dictionary.js';
import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import type { WordInfo, WordSet } from '../../nlp/rules/words.js';
import { isOrdinaryWord, nameAfterTitle } from '../../nlp/rules/names.js';
import { titleEndingAt } from '../../nlp/rules/titles.js';
import { derivedEntityId } from '../../core/entity-id.js';
import type { Coverage } from './coverage.js';

/** Creates the title-name pass over one sentence: a title and a name for people no dictionary knows (外长梅列多夫). */
export function createTitleNamePass(
  dicts: DictionarySet,
  nameLexicon: WordInfo,
  commonWords: WordSet,
): (a: Coverage, si: number) => void {
  return function matchTitleNames(a: Coverage, si: number): void {
    const s = a.sentences[si] as Sentence;
    const nb = a.norm[s.block] as NormBlock;
    const toks = a.tokensBySentence[si] ?? [];
    for (const t of toks) {
      if (!a.isFree(s.block, t.start, t.end)) continue;
      if (titleEndingAt(nb.text, t.start) === null) continue;
      const span = nameAfterTitle(nb.text, t.start, toks);
      if (span === null || !a.isFree(s.block, span.start, span.end)) continue;
      const name = nb.text.slice(span.start, span.end);
      if (isOrdinaryWord(name, nameLexicon, commonWords) || dicts.excluded.has(name)) continue;
      a.cover(s.block, span.start, span.end);
      a.add(si, span.start, span.end, {
        entity: derivedEntityId('person', name),
        type: 'person',
        source: 'rule',
        rule: 'title-name',
        confidence: 0.8,
      });
    }
  };
}
