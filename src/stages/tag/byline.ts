import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import { SENTENCE_END } from '../../nlp/rules/dateline.js';
import { findByline } from '../../nlp/rules/byline.js';
import type { BylineWords } from '../../nlp/rules/byline.js';
import { derivedEntityId } from '../../core/entity-id.js';
import type { Coverage } from './coverage.js';

/** Where a byline stands: its block, and the end of its credited part in the block's text. */
export interface BylineAt {
  block: number;
  end: number;
}

/** A credit in brackets closing a block (（徐国春张雅文崔成龙）, （新华社记者陈天湖摄）): what is inside. */
const CLOSING_CREDIT = /[（(]([^（）()]{2,24})[）)]\s*$/;
/** What ends a photographer's or an artist's credit (新华社记者陈天湖摄, 张燕辉摄影, 马得画). */
const PHOTO_END = /(?:摄影|摄|画)$/;

/**
 * Parts of Tibetan and Mongolian names, which have no surname (索朗罗布, 巴特尔): a credit holding one is left to the
 * recognizer, which reads such names whole; and a people's name in brackets is a note on the name before it (云照光（蒙古族）).
 */
const NO_SURNAME =
  /索朗|扎西|次仁|多吉|罗布|央金|卓玛|格桑|丹增|平措|尼玛|达瓦|白玛|洛桑|旺堆|顿珠|强巴|益西|普布|边巴|巴桑|德吉|曲珍|仁增|斯琴|巴特尔|其其格|乌兰|朝鲁|族$/;

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

/** What {@link findByline} reads of a block's text from offset `from`: surnames, words and the segmenter's words. */
function bylineWords(
  a: Coverage,
  b: number,
  from: number,
  surnameRanks: ReadonlyMap<string, number>,
  isWord: (w: string) => boolean,
): BylineWords {
  const edges = a.tokenEdges()[b] as Uint8Array;
  return {
    surnameRank: (s) => surnameRanks.get(s),
    isWord,
    // A word starts before offset i and goes on after it: no word of the segmenter's starts or ends at i.
    crossesWord: (i) => ((edges[from + i] ?? 0) & 1) === 0,
  };
}

/** Whether a mention overlaps the names found from offset `from` of block `b` (first to last). */
function overlapsNames(
  a: Coverage,
  b: number,
  from: number,
  names: ReadonlyArray<[number, number]>,
): (m: { block: number; start: number; end: number }) => boolean {
  const start = from + (names[0]?.[0] ?? 0);
  const end = from + (names.at(-1)?.[1] ?? 0);
  return (m) => {
    const n = a.normalized(m.block, m.start, m.end);
    return m.block === b && n.end > start && n.start < end;
  };
}

/** Makes each name found from offset `from` of block `b` a person mention of its own, in place of what overlapped them. */
function addNames(
  a: Coverage,
  b: number,
  si: number,
  from: number,
  names: ReadonlyArray<[number, number]>,
  fields: { rule: string; confidence: number },
): void {
  const text = (a.norm[b] as NormBlock).text;
  a.remove(overlapsNames(a, b, from, names));
  for (const [s, e] of names) {
    a.cover(b, from + s, from + e);
    a.add(si, from + s, from + e, {
      entity: derivedEntityId('person', text.slice(from + s, from + e)),
      type: 'person',
      source: 'rule',
      ...fields,
    });
  }
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
      const byline = findByline(nb.text, bylineWords(a, b, 0, surnameRanks, isWord));
      if (byline === null || byline.names.length === 0) continue;
      if (byline.agency === null && a.out.some(overlapsNames(a, b, 0, byline.names))) continue;
      // Under a reporter's prefix the names are the reporters' (本报记者王晨 is no official of that name).
      const si = a.sentences.findIndex((s: Sentence) => s.block === b);
      addNames(a, b, si, 0, byline.names, { rule: 'byline', confidence: 0.9 });
      return { block: b, end: a.doc.blocks[b]?.text.length ?? 0 };
    }
    return null;
  };
}

/**
 * Creates the closing-credit pass: the writers or photographers credited in brackets at the end of a body block
 * (（徐国春张雅文崔成龙）, （新华社记者陈天湖摄）) are people one by one, rule `credit`, split by the surname list where
 * People's Daily runs them together (the recognizer read 王西钊武平 as one name, 沈桥摄 with its 摄). They stay
 * mentions, as the guide counts every named person (the focus stage takes no reason from them); where a dictionary
 * found anything inside, the bracket is no credit (（右为江泽民）).
 */
export function createClosingCreditPass(
  surnameRanks: ReadonlyMap<string, number>,
  isWord: (w: string) => boolean,
): (a: Coverage) => void {
  return function matchClosingCredits(a: Coverage): void {
    a.doc.blocks.forEach((block, b) => {
      // Not a headline's note (虎（中国画）); a title that is the item's whole text (it has sentences) may end in one.
      if (block.kind === 'heading' || (block.kind === 'title' && !block.text.includes('。'))) return;
      const nb = a.norm[b] as NormBlock;
      const m = CLOSING_CREDIT.exec(nb.text);
      if (m === null) return;
      const from = m.index + 1;
      const content = (m[1] as string).replace(PHOTO_END, '');
      if (NO_SURNAME.test(content)) return;
      const credit = findByline(content, bylineWords(a, b, from, surnameRanks, isWord), true);
      if (credit === null || credit.names.length === 0) return;
      const inNames = overlapsNames(a, b, from, credit.names);
      if (a.out.some((x) => inNames(x) && x.source === 'dictionary')) return;
      const si = a.sentences.findLastIndex((s: Sentence) => s.block === b && s.nstart <= from);
      addNames(a, b, si, from, credit.names, { rule: 'credit', confidence: 0.85 });
    });
  };
}
