import { derivedName } from '../../core/entity-id.js';
import type { MentionT } from '../../schema/document.js';
import { TRANSLIT_CHARS } from '../../nlp/rules/titles.js';
import type { Coverage } from './coverage.js';

/** The dots written between the parts of a transliterated name (纳瓦兹·谢里夫). */
const DOTS = /[·•・]/;

/**
 * Words that end a region's full name and that the press leaves out once the region is known (河西 of 河西走廊,
 * 塔里木 of 塔里木盆地): the rest is the same region. Not 流域, 三角洲 or 草原: 长江 is the river, not its basin or delta.
 */
const REGION_WORDS = ['走廊', '地区', '盆地', '平原', '高原', '半岛', '沙漠', '山脉', '群岛'];

/** Endings of a company's name, longest first: a shorter one after the same name is the same company, named again. */
const COMPANY_ENDINGS = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '集团公司',
  '有限公司',
  '总公司',
  '集团',
  '公司',
  '厂',
];

/** Trades a company's name states before its ending and leaves out when named again (西湖集团 of 西湖电子集团). */
const TRADE_WORDS = [
  '电子',
  '电器',
  '电气',
  '钢铁',
  '化工',
  '科技',
  '实业',
  '汽车',
  '制药',
  '药业',
  '纺织',
  '机械',
  '食品',
];

/**
 * A company named in full is named again with a shorter ending (桂光集团 and 桂光公司 of 桂光集团有限公司, 凤凰山农药厂 of
 * 凤凰山农药股份有限公司): its name of two characters or more before each shorter ending, and without the trade word
 * its name states before the ending (西湖集团 of 西湖电子集团有限公司).
 */
function companyShortForms(full: string): string[] {
  const ending = COMPANY_ENDINGS.find((e) => full.endsWith(e) && full.length >= e.length + 2);
  if (ending === undefined) return [];
  const head = full.slice(0, -ending.length);
  const trade = TRADE_WORDS.find((w) => head.endsWith(w) && head.length >= w.length + 2);
  const heads = trade === undefined ? [head] : [head, head.slice(0, -trade.length)];
  return heads.flatMap((h) => COMPANY_ENDINGS.filter((e) => e.length < ending.length).map((e) => h + e));
}

/**
 * The short forms a name, as written, is referred to by later. A person's name without a dot, of four characters or
 * more: its head (桥本 of 桥本龙太郎, 岸田 of 岸田文雄: Japanese names put the family name first); a transliterated one: its last
 * part (谢里夫 of 纳瓦兹·谢里夫). A region's: the name without its region word (河西 of 河西走廊).
 */
function shortFormsOf(full: string, type: string, isWord: (w: string) => boolean, rule?: string): string[] {
  // An organization named after its place (北京石景山发电总厂: rule place-in-name; 虹桥机场公安分局: a place's body) is
  // named again without it, or without part of it (石景山发电总厂, 公安分局): its own name of four characters or more
  // after two or more cut.
  if (type === 'organization')
    return rule === 'place-in-name' || rule === 'institution-local-body'
      ? [...full].slice(2, -3).map((_, i) => full.slice(i + 2))
      : [];
  if (type === 'place') {
    const word = REGION_WORDS.find((w) => full.endsWith(w) && full.length >= w.length + 2);
    return word === undefined ? [] : [full.slice(0, -word.length)];
  }
  if (DOTS.test(full)) {
    const parts = full.split(DOTS);
    const last = parts[parts.length - 1] ?? '';
    return last.length >= 2 ? [last] : [];
  }
  // Chinese names have two or three characters, and one that starts a longer name is another person's (梁军 and a
  // 梁军一 misread); a family name is short for a name of four or more (岸田文雄, 桥本龙太郎), two characters less at
  // most. Not a transliterated name written without its dot, which starts with a given name (桑普拉斯威廉姆斯: two
  // names run together), nor a name and a word the recognizer ran together (谭彦幸福).
  const translit = [...full].filter((ch) => TRANSLIT_CHARS.has(ch)).length;
  if (full.length < 4 || translit >= 0.75 * full.length) return [];
  const heads: string[] = [];
  for (let n = 2; n <= full.length - 2; n++) if (!isWord(full.slice(n))) heads.push(full.slice(0, n));
  return heads;
}

/**
 * Links a person or place the recognizer or a rule found under a short name no dictionary holds (桥本, 岸田, 谢里夫,
 * 河西; `isWord`: the segmenter's common words) to the one the same article names in full (桥本龙太郎, 岸田文雄 of the dictionary, 纳瓦兹·谢里夫, 河西走廊):
 * one entity, not two. Only when the article names one such entity; a name no other fits keeps its own.
 */
export function linkShortNames(a: Coverage, isWord: (w: string) => boolean): void {
  const named = a.out.filter(
    (m) => (m.type === 'person' || m.type === 'place' || m.type === 'organization') && m.entity !== null,
  );
  // Type and short form → the entities whose full names, as written in the article, it is short for.
  const fullOf = new Map<string, Set<string>>();
  // … and, apart, the companies a shorter ending names: a name the other forms give one entity keeps that one
  // (上风集团 of 浙江上风集团, though 上风集团公司 is written too).
  const companyOf = new Map<string, Set<string>>();
  const add = (to: Map<string, Set<string>>, key: string, id: string): void => {
    to.set(key, (to.get(key) ?? new Set<string>()).add(id));
  };
  for (const m of named) {
    const short = shortFormsOf(m.text, m.type, isWord, m.rule);
    for (const f of short) add(fullOf, `${m.type}|${f}`, m.entity as string);
    // A company named after its place is named again without the place too (西湖电子集团 of 杭州西湖电子集团有限公司).
    if (m.type === 'organization')
      for (const f of [m.text, ...short].flatMap(companyShortForms))
        add(companyOf, `${m.type}|${f}`, m.entity as string);
  }
  const relink = new Map<string, string>();
  for (const m of named) {
    const id = m.entity as string;
    const name = derivedName(id);
    if (name === null || name !== m.text || DOTS.test(name) || relink.has(id)) continue;
    const key = `${m.type}|${name}`;
    const fits = [...(fullOf.get(key) ?? companyOf.get(key) ?? [])].filter((e) => e !== id);
    // Of names that fit, one that is itself short for another that fits is that one (凯乐集团公司 of 湖北凯乐集团公司).
    const full = fits.filter((e) => !fits.some((o) => o !== e && fullOf.get(`${m.type}|${derivedName(e)}`)?.has(o)));
    if (full.length === 1) relink.set(id, full[0] as string);
  }
  if (relink.size === 0) return;
  // A short form of a name that is itself short for another (凯乐集团 of 凯乐集团公司, of 湖北凯乐集团公司) ends at the last.
  for (const [from, to] of relink) {
    let last = to;
    for (let hops = 0; relink.has(last) && hops < relink.size; hops++) last = relink.get(last) as string;
    if (last !== from) relink.set(from, last);
  }
  for (const m of a.out as MentionT[]) {
    const to = m.entity === null ? undefined : relink.get(m.entity);
    if (to !== undefined) {
      m.entity = to;
      m.rule = 'short-name';
    }
  }
}
