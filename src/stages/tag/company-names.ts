import type { NormBlock } from '../../core/text.js';
import type { DictionarySet } from '../../schema/dictionary.js';
import type { Sentence } from '../../schema/document.js';
import { tokenAt } from './coverage.js';
import type { Coverage } from './coverage.js';
import type { WordInfo } from '../../nlp/rules/words.js';

/** jieba's tags of nouns and names: a company's name may be one. */
const NOUN_TAGS = new Set(['n', 'nz', 'nr', 'nrt', 'nrfg', 'ns', 'nt', 'j']);

/** jieba's tags of brands and abbreviations, which a company no dictionary holds may be called by (东芝/nz, 同创/j). */
const BRAND_TAGS = new Set(['nz', 'nrt', 'j']);

/** How frequent a noun of jieba's lexicon is when it is an ordinary word first (大众 1523, 苹果 1334; 波音 363). */
const COMMON_NOUN_FREQ = 1000;

/** The same for a company no dictionary holds, which may itself be a trade's name (钻井公司 143, 期货 421; 鞍钢 114). */
const TRADE_NOUN_FREQ = 120;

/** A trade's or an industry's words ending a short name (航空工业, 人寿保险, 液晶材料, 外轮代理, 广东核电 of 中国广东核电集团公司): no company's own. */
const TRADE_END = /(?:工业|科技|材料|保险|代理|实业|投资|贸易|发展|建设|物流|能源|电力|核电|化工|制造|循环|防卫)$/;

/** What ends a company's name after the name the press calls it by (丰田 of 丰田汽车公司, 波音 of 波音公司). */
const COMPANY_END =
  /(?:汽车|航空|钢铁|电器|电气|证券|石油|化学|电子|机械)?(?:股份有限公司|有限公司|集团公司|总公司|公司|集团)$/;

/**
 * Creates the pass that finds a company, named in full in the article (丰田汽车公司, 波音公司, 日本野村证券公司), where the
 * article goes on to call it by its name alone (丰田, 波音, 野村): the name, as a word of its own that no other name
 * took and that is no ordinary word, is that company. jieba lists many companies' names as nouns (波音/n, 丰田/nz), so
 * only a verb or adjective (联想, 通用, 奔驰) or a frequent noun (大众 "the public", 苹果) is ordinary for a company of
 * the dictionaries; one the recognizer found may be named after its trade (钻井公司, 揭阳烟草公司), so its short name
 * must be no listed word, a brand's (东芝/nz) or a rare noun (鞍钢). A country or place the
 * full name opens with (日本 of 日本野村证券公司) is no part of the short name. Only where one company of the article
 * has that short name.
 */
export function createCompanyShortNamePass(dicts: DictionarySet, lexicon: WordInfo): (a: Coverage) => void {
  /** Whether a short name may name the company: for one of the dictionaries, any noun but a frequent one; for one no
   * dictionary holds, a word jieba does not list, a brand's, or a rare noun; no trade's name (航空工业, 核工业). */
  const names = (w: string, listed: boolean): boolean => {
    const e = lexicon.get(w);
    if (TRADE_END.test(w)) return false;
    if (listed) return e === undefined || (NOUN_TAGS.has(e.tag) && e.freq < COMMON_NOUN_FREQ);
    return e === undefined || BRAND_TAGS.has(e.tag) || (e.tag === 'n' && e.freq < TRADE_NOUN_FREQ);
  };
  /** The name a company's full name leaves once its place and its company words are cut, or null. */
  const shortName = (full: string, listed: boolean): string | null => {
    const end = COMPANY_END.exec(full);
    if (end === null) return null;
    let start = 0;
    for (
      let m = dicts.trie.longestAt(full, start, end.index);
      m !== null;
      m = dicts.trie.longestAt(full, start, end.index)
    ) {
      const type = dicts.entities.get(dicts.formList[m.value]?.claim.entity ?? '')?.type;
      if (type !== 'country' && type !== 'place') break;
      start = m.end;
    }
    const name = full.slice(start, end.index);
    return name.length >= 2 && name.length <= 4 && /^\p{Script=Han}+$/u.test(name) && names(name, listed) ? name : null;
  };
  return function matchCompanyShortNames(a: Coverage): void {
    const byName = new Map<string, Set<string>>();
    for (const m of a.out) {
      if (m.type !== 'organization' || m.entity === null) continue;
      const name = shortName(m.text, !m.entity.includes(':~'));
      if (name !== null) byName.set(name, (byName.get(name) ?? new Set()).add(m.entity));
    }
    if (byName.size === 0) return;
    for (let si = 0; si < a.sentences.length; si++) addShortNames(a, si, byName);
  };
}

/** Adds, in sentence `si`, the mentions of each company's short name (`byName`: short name → the company's ids). */
function addShortNames(a: Coverage, si: number, byName: ReadonlyMap<string, ReadonlySet<string>>): void {
  const s = a.sentences[si] as Sentence;
  const nb = a.norm[s.block] as NormBlock;
  const toks = a.tokensBySentence[si] ?? [];
  for (const [name, ids] of byName) {
    if (ids.size !== 1) continue;
    for (
      let at = nb.text.indexOf(name, s.nstart);
      at >= 0 && at + name.length <= s.nend;
      at = nb.text.indexOf(name, at + 1)
    ) {
      const end = at + name.length;
      // A word of its own: the segmenter's word edges at both ends (丰田 in 丰田不重视, not in 丰田县).
      const first = tokenAt(toks, at);
      const last = tokenAt(toks, end - 1);
      if (first?.start !== at || last?.end !== end || !a.isFree(s.block, at, end)) continue;
      // Before a model number it names a craft (波音737 MAX 9客机), which the guide does not annotate.
      if (/[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/.test(nb.text[end] ?? '')) continue;
      a.cover(s.block, at, end);
      a.add(si, at, end, {
        entity: [...ids][0] as string,
        type: 'organization',
        source: 'rule',
        rule: 'company-short-name',
        confidence: 0.85,
      });
    }
  }
}
