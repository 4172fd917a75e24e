import type { DictionarySet } from '../../schema/dictionary.js';
import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import { derivedEntityId } from '../../core/entity-id.js';
import { facilityAfterPlace, findNumberedFields } from '../../nlp/rules/places.js';
import type { PairSet, WordSet } from '../../nlp/rules/words.js';
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

/**
 * Creates the pass of facilities named after a place (青海 + 哇让抽水蓄能电站, 古浪县 + 八步沙林场), run after the
 * recognizer so that names it found stay as they are: each a place of its own beside the place before it.
 */
export function createFacilityPass(commonWords: WordSet, frequentPairs: PairSet): (a: Coverage) => void {
  // A rare two-character word (八步 of 八步沙林场) may be part of a name; a frequent one (人民, 推出) is not.
  const isCommonWord = (w: string): boolean => commonWords.has(w) && (w.length !== 2 || frequentPairs.has(w));
  return function matchFacilities(a: Coverage): void {
    const edges = a.tokenEdges();
    const places = a.out.filter((m) => m.type === 'place' || m.type === 'country');
    for (const m of places) {
      const s = a.sentences[m.sentence] as Sentence;
      const nb = a.norm[s.block] as NormBlock;
      const edge = edges[s.block] as Uint8Array;
      const { end } = a.normalized(m.block, m.start, m.end);
      const site = facilityAfterPlace(
        {
          text: nb.text.slice(0, s.nend),
          free: (i) => i < s.nend && a.isFree(s.block, i, i + 1),
          wordStartsAt: (i) => ((edge[i] as number) & 1) === 1,
          wordsIn: (from, to) => {
            const out: Array<[number, number]> = [];
            for (const t of a.tokensBySentence[m.sentence] ?? [])
              if (t.start >= from && t.end <= to) out.push([t.start, t.end]);
            return out;
          },
          isCommonWord,
        },
        end,
      );
      if (site === null) continue;
      a.cover(s.block, end, site);
      a.add(m.sentence, end, site, {
        entity: derivedEntityId('place', nb.text.slice(end, site)),
        type: 'place',
        source: 'rule',
        rule: 'place-facility',
        confidence: 0.8,
      });
    }
  };
}
