import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import { SENTENCE_END } from '../../nlp/rules/dateline.js';
import { findByline } from '../../nlp/rules/byline.js';
import { derivedEntityId } from '../../core/entity-id.js';
import type { Coverage } from './coverage.js';

/** Where a byline stands: its block, and the end of its credited part in the block's text. */
export interface BylineAt {
  block: number;
  end: number;
}

/** The body blocks a byline may stand in: those under the title, before the first with a sentence in it. */
function candidateBlocks(a: Coverage): number[] {
  const out: number[] = [];
  const blocks = a.doc.blocks;
  for (let b = 1; b < Math.min(blocks.length - 1, 3); b++) {
    const block = blocks[b];
    if (block === undefined || block.kind !== 'paragraph' || SENTENCE_END.test(block.text)) break;
    out.push(b);
  }
  return out;
}

/**
 * Creates the byline pass: a reporter's credit or a line of names under the title (本报记者王行增王君超, 杨雪梅吕游) gives
 * one person a name, each a mention of rule `byline`; run after the dictionaries, before the shorthand rules, so no
 * rule reads countries in the names (宋启明韩中朝苗清波). A line of names alone where a dictionary found anything is
 * no byline (欧盟, 李鹏 over his speech); under a reporter's prefix the names are the reporters, whatever person of
 * the same name a dictionary holds (本报记者王晨).
 */
export function createBylinePass(
  surnameRanks: ReadonlyMap<string, number>,
  isWord: (w: string) => boolean,
): (a: Coverage) => BylineAt | null {
  return function matchByline(a: Coverage): BylineAt | null {
    for (const b of candidateBlocks(a)) {
      const nb = a.norm[b] as NormBlock;
      const edges = a.tokenEdges()[b] as Uint8Array;
      const byline = findByline(nb.text, {
        surnameRank: (s) => surnameRanks.get(s),
        isWord,
        // A word starts before offset i and goes on after it: no word of the segmenter's starts or ends at i.
        crossesWord: (i) => ((edges[i] ?? 0) & 1) === 0,
      });
      if (byline === null) continue;
      const first = byline.names[0];
      const last = byline.names.at(-1);
      if (first === undefined || last === undefined) continue;
      const inNames = (m: { block: number; start: number; end: number }): boolean => {
        const n = a.normalized(m.block, m.start, m.end);
        return m.block === b && n.end > first[0] && n.start < last[1];
      };
      if (byline.agency === null && a.out.some(inNames)) continue;
      // Under a reporter's prefix the names are the reporters' (本报记者王晨 is no official of that name).
      a.remove(inNames);
      const si = a.sentences.findIndex((s: Sentence) => s.block === b);
      for (const [s, e] of byline.names) {
        a.cover(b, s, e);
        a.add(si, s, e, {
          entity: derivedEntityId('person', nb.text.slice(s, e)),
          type: 'person',
          source: 'rule',
          rule: 'byline',
          confidence: 0.9,
        });
      }
      return { block: b, end: a.doc.blocks[b]?.text.length ?? 0 };
    }
    return null;
  };
}
