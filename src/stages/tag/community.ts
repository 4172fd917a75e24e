import type { DictionarySet } from '../../schema/dictionary.js';
import type { NormBlock } from '../../core/text.js';
import { derivedEntityId } from '../../core/entity-id.js';
import type { Coverage } from './coverage.js';

const COMMUNITY_SUFFIX = '命运共同体';

/**
 * Creates the community pass: named communities of shared future whose prefix is country abbreviations
 * (中缅命运共同体) are an initiative of their own; the prefix stays uncovered so the shorthand rule still finds the
 * countries in it.
 */
export function createCommunityPass(dicts: DictionarySet): (a: Coverage) => void {
  const isAbbr = (ch: string): boolean => dicts.abbreviations.has(ch);
  return function matchCommunities(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const text = nb.text.slice(s.nstart, s.nend);
      for (let k = text.indexOf(COMMUNITY_SUFFIX); k >= 0; k = text.indexOf(COMMUNITY_SUFFIX, k + 1)) {
        let j = k;
        while (j > 0 && k - j < 4 && isAbbr(text[j - 1] ?? '')) j--;
        const prefix = text.slice(j, k);
        const chars = [...prefix];
        if (chars.length < 2 || new Set(chars).size !== chars.length) continue;
        const at = s.nstart + j;
        const end = s.nstart + k + COMMUNITY_SUFFIX.length;
        if (!a.isFree(s.block, at, end)) continue;
        a.cover(s.block, at + prefix.length, end);
        a.add(si, at, end, {
          entity: derivedEntityId('initiative', prefix + COMMUNITY_SUFFIX),
          type: 'initiative',
          source: 'rule',
          rule: 'community-of-shared-future',
          confidence: 0.9,
        });
      }
    });
  };
}
