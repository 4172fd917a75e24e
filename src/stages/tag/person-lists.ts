import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import type { MentionT } from '../../schema/document.js';
import type { WordSet } from '../../nlp/rules/words.js';
import type { Coverage } from './coverage.js';

/** What closes an item of a list of names on the left (文豪郭沫若、: the words before the first name end there too). */
const ITEM_OPEN = new Set([...'、，,：:；;（(“"　 。']);
/** What closes one on the right: the next item, the list's end (等, 和) or the clause's. */
const ITEM_CLOSE = new Set([...'、，,。；;）)”"等和及与　 ']);
/** Whether text[at] closes an item: 和 only before a word (王楠和王晨), not before a bracket (柏均和（满族）). */
function closesItem(text: string, at: number): boolean {
  const ch = text[at] ?? '';
  if (!ITEM_CLOSE.has(ch)) return false;
  return !'和及与'.includes(ch) || /[\u4e00-\u9fff]/.test(text[at + 1] ?? '');
}

/** How common a surname must be (its rank in the bundled list) to open a name no other rule read. */
const SURNAME_RANK = 600;

/** A Chinese name of two or three characters. */
const HAN_NAME = /^[\u4e00-\u9fff]{2,3}$/;

/** One item of a 、-list: its span in the block's matching form. */
interface Item {
  start: number;
  end: number;
}

/** A person's mention in a block's matching form; `sure` when the dictionaries or a rule found it. */
interface Person extends Item {
  sure: boolean;
}

/** The item right after a name ending at `end` and a 、 (郭沫若、|夏衍|、老舍), or null. */
function itemAfter(text: string, end: number): Item | null {
  if (text[end] !== '、') return null;
  let e = end + 1;
  while (e < text.length && e - end <= 4 && !closesItem(text, e)) e++;
  return e === text.length || closesItem(text, e) ? { start: end + 1, end: e } : null;
}

/** The item right before a name starting at `start` after a 、 (。|杨斌|、兰世章), or null. */
function itemBefore(text: string, start: number): Item | null {
  if (text[start - 1] !== '、') return null;
  let s = start - 1;
  while (s > 0 && start - 1 - s <= 3 && !ITEM_OPEN.has(text[s - 1] ?? '')) s--;
  return s === 0 || ITEM_OPEN.has(text[s - 1] ?? '') ? { start: s, end: start - 1 } : null;
}

/**
 * Creates the pass that reads a name in a list of people that neither the dictionaries nor the recognizer read (杨斌、
 * 兰世章、王国华; 郭沫若、夏衍、老舍; 刘忠德、高占祥等): an item of two or three characters between the list's separators,
 * opening with a surname and beside a person of the list — one the dictionaries or a rule found, or one of two the
 * recognizer read in a row — is a person too. Not an item a name took, unless the recognizer read it as a place or
 * an organization of no dictionary's (丰云, 江南), nor a word of the segmenter's lexicon (黄梅戏 beside 秦腔, 高海拔
 * beside 高瓦斯, which the recognizer read as people; it costs the people named 向阳 or 高扬), nor one opening with a
 * rare surname (学英模).
 */
export function createPersonListPass(
  surnames: ReadonlyMap<string, number>,
  words: WordSet,
  recognizedForms: ReadonlyMap<string, string>,
): (a: Coverage) => void {
  return function matchPersonLists(a: Coverage): void {
    // The people a list may be of: a dictionary's or a rule's, or the recognizer's with a Chinese name (not 溪洛渡,
    // 奇穆: the recognizer reads people in lists of dams and civilisations too).
    const chinese = (name: string): boolean =>
      HAN_NAME.test(name) && (surnames.get(name[0] ?? '') ?? SURNAME_RANK) < SURNAME_RANK;
    const people = new Map<number, Person[]>();
    for (const m of a.out) {
      if (m.type !== 'person' || m.dateline === true || (m.source === 'model' && !chinese(m.text))) continue;
      const spans = people.get(m.block) ?? [];
      spans.push({ ...a.normalized(m.block, m.start, m.end), sure: m.source !== 'model' });
      people.set(m.block, spans);
    }
    const found: Array<{ block: number; item: Item; places?: MentionT[] }> = [];
    for (const [block, spans] of people) {
      const text = (a.norm[block] as NormBlock).text;
      const isPerson = (it: Item | null): boolean =>
        it !== null && spans.some((p) => p.start === it.start && p.end === it.end);
      // Whether a person stands on the item's other side from p, past a note in brackets (邢善萍（女）、吉林).
      const personAround = (it: Item, after: boolean): boolean => {
        if (after) return text[it.end] === '、' && spans.some((q) => q.start === it.end + 1);
        let e = it.start - 1;
        if (text[e] !== '、') return false;
        if (/[）)]/.test(text[e - 1] ?? '')) e = Math.max(text.lastIndexOf('（', e), text.lastIndexOf('(', e));
        return spans.some((q) => q.end === e);
      };
      for (const p of spans) {
        for (const [item, beyond] of [
          [itemAfter(text, p.end), itemBefore(text, p.start)],
          [itemBefore(text, p.start), itemAfter(text, p.end)],
        ] as const) {
          if (item === null || found.some((f) => f.block === block && f.item.start === item.start)) continue;
          const name = text.slice(item.start, item.end);
          const free = a.isFree(block, item.start, item.end);
          const further = item.start > p.start ? itemAfter(text, item.end) : itemBefore(text, item.start);
          // Between two people, a place's name is a person's (王家瑞、吉林、曲青山, 韩立明（女）、韩国启、覃伟中: members of
          // a committee, no Jilin or Korea).
          const places = free || !personAround(item, item.start > p.start) ? [] : placesIn(a, block, item);
          if (places.length > 0 && chinese(name)) {
            found.push({ block, item, places });
            continue;
          }
          const replaces = free ? undefined : recognizedOther(a, block, item, recognizedForms);
          if (!chinese(name) || words.has(name) || (!free && replaces === undefined)) continue;
          // Beside a person the dictionaries or the rules found, or in a list of two the recognizer read (张三、李四、X).
          if (p.sure || isPerson(beyond) || isPerson(further))
            found.push(replaces === undefined ? { block, item } : { block, item, places: [replaces] });
        }
      }
    }
    for (const { block, item, places } of found) {
      if (places !== undefined) a.remove((m) => places.includes(m));
      addPerson(a, block, item);
    }
    for (const [block, spans] of people) matchRoster(a, block, spans, chinese);
  };
}

/** How many items a roster has at least, and the share of them already read as people. */
const ROSTER_ITEMS = 6;
const ROSTER_PEOPLE = 2 / 3;
/** An item of a roster: a name, and a note in brackets after it (（女）, （满族）, （女，回族）). */
const ROSTER_ITEM = /^([\u4e00-\u9fff]{2,4})(?:[（(][^（）()]{1,8}[）)])?$/;

/**
 * Reads every name of a roster: a block of names set apart by ideographic spaces (丁向群（女）　丁兴农　于立军 …, the lists
 * of a Central Committee's members), where two thirds of the items are people already. An item of a Chinese name no
 * one read is a person too, and so is one read as something else (吉林, a member's name, not the province; 张安顺, whose
 * 安顺 is no city there).
 */
function matchRoster(a: Coverage, block: number, spans: readonly Person[], chinese: (name: string) => boolean): void {
  const text = (a.norm[block] as NormBlock).text;
  // The matching form writes the ideographic space as a plain one.
  const parts = text.split(/[\u3000 ]/);
  if (parts.length < ROSTER_ITEMS) return;
  const items: Item[] = [];
  let at = 0;
  for (const part of parts) {
    const m = ROSTER_ITEM.exec(part);
    if (m === null) return;
    items.push({ start: at, end: at + (m[1] as string).length });
    at += part.length + 1;
  }
  const isPerson = (it: Item): boolean => spans.some((p) => p.start === it.start && p.end === it.end);
  const people = items.filter(isPerson).length;
  if (people < items.length * ROSTER_PEOPLE) return;
  for (const item of items) {
    if (isPerson(item) || !chinese(text.slice(item.start, item.end))) continue;
    a.remove((m) => {
      if (m.block !== block) return false;
      const n = a.normalized(m.block, m.start, m.end);
      return item.start <= n.start && n.end <= item.end;
    });
    addPerson(a, block, item);
  }
}

/**
 * The recognizer's place or organization that is the item exactly (马晓春、丰云、陈祖德: 丰云 read as an organization;
 * 肖红、江南、丁惠敏: a place): in a list of people, it is one of them. Not one a dictionary links by a form of its own,
 * only by a `recognized` form (江南 of the Jiangnan region, which names it only where the recognizer reads a place).
 */
function recognizedOther(
  a: Coverage,
  block: number,
  item: Item,
  recognizedForms: ReadonlyMap<string, string>,
): MentionT | undefined {
  const recognized = recognizedForms.has((a.norm[block] as NormBlock).text.slice(item.start, item.end));
  return a.out.find((m) => {
    if (m.block !== block || m.source !== 'model' || (m.type !== 'place' && m.type !== 'organization')) return false;
    if (m.entity?.includes(':~') !== true && !recognized) return false;
    const n = a.normalized(m.block, m.start, m.end);
    return n.start === item.start && n.end === item.end;
  });
}

/**
 * The places and countries that take the item and nothing but it (吉林 of 王家瑞、吉林、曲青山; 韩国 of 韩国启), or none
 * where anything else takes a character of it.
 */
function placesIn(a: Coverage, block: number, item: Item): MentionT[] {
  const inside = a.out.filter((m) => {
    if (m.block !== block) return false;
    const n = a.normalized(m.block, m.start, m.end);
    return n.start < item.end && item.start < n.end;
  });
  const within = (m: MentionT): boolean => {
    const n = a.normalized(m.block, m.start, m.end);
    return item.start <= n.start && n.end <= item.end && (m.type === 'place' || m.type === 'country');
  };
  return inside.every(within) ? inside : [];
}

/** Adds the item as a person no dictionary holds, in the sentence it lies in. */
function addPerson(a: Coverage, block: number, item: Item): void {
  const si = a.sentences.findIndex((s) => s.block === block && s.nstart <= item.start && item.end <= s.nend);
  if (si < 0) return;
  const text = (a.norm[block] as NormBlock).text.slice(item.start, item.end);
  a.cover(block, item.start, item.end);
  a.add(si, item.start, item.end, {
    entity: derivedEntityId('person', text),
    type: 'person',
    source: 'rule',
    rule: 'person-list',
    confidence: 0.75,
  });
}
