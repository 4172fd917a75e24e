import type { NormBlock } from '../../core/text.js';
import { titleStartingAt } from '../../nlp/rules/titles.js';
import type { DictionarySet } from '../../schema/dictionary.js';
import type { Coverage } from './coverage.js';

/** Forms of address after a surname (孙先生, 胡老师, 王师傅); offices after one are titles (何书记, 张主任). */
const ADDRESS = /^(?:先生|女士|老师|同志|师傅|大姐|大哥|大爷|大妈|大娘|阿姨)/;
/** Surnames that are also function words (和同志们, 向先生们, 于主任会上): never a reference alone. */
const FUNCTION_SURNAMES = new Set([...'和于向从与及把被对在为以将同跟给让由自令使叫朝']);
/** How many of the most frequent surnames take 老 or 小 as a form of address even where the lexicon lists the pair. */
const TOP = 40;
/** Such pairs that are other words (小林 as Kobayashi, 小马 a pony, 老马识途, 小高潮). */
const NOT_ADDRESS = new Set(['小林', '小马', '老马', '小高', '老高', '小朱', '老林']);
/** A Chinese name of two or three characters, surname first. */
const CHINESE_NAME = /^[\u4e00-\u9fff]{2,3}$/;

/**
 * Creates the pass of surname references: where an article names one person of a surname (何启伟, 孙其峰), that
 * surname after 老 or 小 (老何说, 小李告诉记者) or before a form of address or an office (孙先生, 胡老师, 何书记) is the
 * person, as the guide reads 习 of 习主席: the surname alone is the mention, the title its role. Not where the article
 * names two people of that surname (which one is meant?), nor a foreign person (马 of 马克龙), nor where the
 * segmenter reads the surname inside a word (小王子, 老张家) or its lexicon lists the two as one (小麦 is wheat).
 */
export function createSurnameReferencePass(
  dicts: DictionarySet,
  surnames: ReadonlyMap<string, number>,
  isWord: (w: string) => boolean,
): (a: Coverage) => void {
  // 老X or 小X: no word of the lexicon, or X one of the most frequent surnames (老王, 老张: the lexicon lists many
  // such forms of address), not one that is another word (小林 Kobayashi, 小马 a pony, 老马识途).
  const addressWord = (pair: string): boolean =>
    !isWord(pair) || ((surnames.get(pair[1] ?? '') ?? TOP) < TOP && !NOT_ADDRESS.has(pair));
  return function matchSurnameReferences(a: Coverage): void {
    const bySurname = new Map<string, Set<string>>();
    for (const m of a.out) {
      if (m.type !== 'person' || m.entity === null || !CHINESE_NAME.test(m.text)) continue;
      const country = dicts.entities.get(m.entity)?.country;
      const surname = m.text[0] ?? '';
      if ((country !== undefined && country !== 'CN') || !surnames.has(surname) || FUNCTION_SURNAMES.has(surname))
        continue;
      const ids = bySurname.get(m.text[0] as string) ?? new Set<string>();
      ids.add(m.entity);
      bySurname.set(m.text[0] as string, ids);
    }
    const single = new Map<string, string>();
    for (const [ch, ids] of bySurname) if (ids.size === 1) single.set(ch, [...ids][0] as string);
    if (single.size === 0) return;
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      for (let i = s.nstart; i < s.nend; i++) {
        const person = single.get(nb.text[i] ?? '');
        if (person === undefined || !a.isFree(s.block, i, i + 1)) continue;
        // 老何, 小李: the prefix and the surname one word of the segmenter's, and no other word (小麦, 小康, 小时).
        const prefixed =
          (nb.text[i - 1] === '老' || nb.text[i - 1] === '小') &&
          a.isFree(s.block, i - 1, i) &&
          a.onWordEdges(s.block, i - 1, i + 1) &&
          addressWord(nb.text.slice(i - 1, i + 1));
        // 孙先生, 胡老师, 何书记: the surname starts a word and the address or office follows it.
        const after = ADDRESS.exec(nb.text.slice(i + 1, i + 4))?.[0] ?? titleStartingAt(nb.text, i + 1);
        const addressed =
          after !== null && i + 1 + after.length <= s.nend && a.onWordEdges(s.block, i, i + 1 + after.length);
        if (!prefixed && !addressed) continue;
        a.cover(s.block, i, i + 1);
        a.add(si, i, i + 1, {
          entity: person,
          type: 'person',
          source: 'rule',
          rule: 'surname-reference',
          confidence: 0.8,
        });
      }
    });
  };
}
