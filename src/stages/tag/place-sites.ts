import type { DictionarySet } from '../../schema/dictionary.js';
import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import { derivedEntityId } from '../../core/entity-id.js';
import { findNumberedFields } from '../../nlp/rules/places.js';
import type { Coverage } from './coverage.js';

/**
 * Creates the pass of named sites no dictionary lists, run before the dictionaries so that the place inside one
 * (锦州 of 锦州9-3油田) is part of it: oil and gas fields named by a block number.
 */
export function createPlaceSitePass(dicts: DictionarySet): (a: Coverage) => void {
  const isPlaceName = (s: string): boolean => {
    const claim = dicts.forms.get(s);
    return claim !== undefined && dicts.entities.get(claim.entity)?.type === 'place';
  };
  return function matchPlaceSites(a: Coverage): void {
    a.sentences.forEach((s: Sentence, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const text = nb.text.slice(s.nstart, s.nend);
      if (!text.includes('田')) return;
      for (const [start, end] of findNumberedFields(text, isPlaceName)) {
        const from = s.nstart + start;
        const to = s.nstart + end;
        if (!a.isFree(s.block, from, to)) continue;
        a.cover(s.block, from, to);
        a.add(si, from, to, {
          entity: derivedEntityId('place', text.slice(start, end)),
          type: 'place',
          source: 'rule',
          rule: 'place-field',
          confidence: 0.85,
        });
      }
    });
  };
}
