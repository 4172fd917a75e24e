import type { WordInfo, WordSet } from './words.js';
import type { Token } from '../../schema/document.js';
import { TRANSLIT_CHARS, titleChainBefore, titleStartingAt } from './titles.js';

/** A name found by a recognizer, in the offsets of the searched text. */
export interface NameSpan {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG';
  score: number;
}

const NAME_POS = new Set(['nr', 'nrfg', 'nrt', 'x']);
const CJK = /^[\u3400-\u9fff·]+$/;

/**
 * The name written right after a title (外长梅列多夫, 部长欧阳明轩): jieba tokens tagged as names or unknown,
 * up to four characters for a Chinese name or a run of transliteration characters for a foreign one.
 */
export function nameAfterTitle(
  text: string,
  at: number,
  tokens: readonly Token[],
): { start: number; end: number } | null {
  let i = tokens.findIndex((t) => t.start === at);
  if (i < 0) return null;
  let end = at;
  let foreign = true;
  for (; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const word = text.slice(t.start, t.end);
    if (!CJK.test(word)) break;
    if (titleStartingAt(text, t.start) !== null && end > at) break;
    const translit = [...word].every((c) => TRANSLIT_CHARS.has(c));
    if (!NAME_POS.has(t.pos) && !(translit && foreign && end > at)) break;
    foreign = foreign && translit;
    end = t.end;
    if (!foreign && end - at >= 3) break;
  }
  const len = end - at;
  if (len < 2 || (!foreign && len > 4) || len > 16 || text[end - 1] === '·') return null;
  return { start: at, end };
}

/** Words that follow titles in news but are no names and not in jieba's lexicon (总统此访, 委员议国是). */
const NOT_NAMES = new Set(['此访', '此行', '议国是', '一行', '本人', '夫妇', '阁下']);

/**
 * Whether jieba's lexicon makes a word ordinary rather than a name: any entry other than its person-name classes
 * nrfg/nrt (plain nr, ns and nt entries are full of common words: 祝贺/nr, 从严治党/nr, 两国/ns).
 */
export function isOrdinaryWord(word: string, lexicon: WordInfo, common: WordSet): boolean {
  if (common.has(word) || NOT_NAMES.has(word)) return true;
  const known = lexicon.get(word);
  return known !== undefined && known.tag !== 'nrfg' && known.tag !== 'nrt';
}

/** Words right after a name that show it is a person's (梅列多夫表示, 钱正英同志逝世, 王晓萍（女）). */
const PERSON_AFTER = [
  '表示',
  '说',
  '指出',
  '强调',
  '称',
  '认为',
  '介绍',
  '呼吁',
  '同志',
  '先生',
  '女士',
  '夫人',
  '将军',
  '逝世',
  '诞辰',
  '会见',
  '会晤',
  '致电',
  '致信',
  '回信',
  '一行',
  '访华',
  '出席',
  '主持',
  '当选',
  '（女',
  '(女',
];

/** Words right before a name that show it is a person's (会见巴赫, 授予王永志). */
const PERSON_BEFORE = ['会见', '会晤', '陪同', '授予', '悼念', '接见', '看望', '宴请'];

/** Separators between the names of a list (王沪宁、赵乐际, 王晓晖　王祥喜). */
const LIST_SEP = new Set(['、', '　', ' ', '，', ',']);

/** Where the people already found in a text start and end. */
export interface PersonEdges {
  endsAt(pos: number): boolean;
  startsAt(pos: number): boolean;
}

/** Where a list item that starts at `end` ends: past a note in brackets (王晓萍（女）, 才让太（藏族）). */
function itemEnd(text: string, end: number): number {
  const open = text[end];
  if (open !== '（' && open !== '(') return end;
  const close = text.indexOf(open === '（' ? '）' : ')', end);
  return close > end && close - end <= 8 ? close + 1 : end;
}

/**
 * Whether the words around text[start, end) show that it names a person: a title before it that no name already
 * took (外交大臣费萨尔, not the 主席 of 习近平主席贺信), a title or a word of speech after it (罗利表示, 钱正英同志), a
 * verb that takes a person (会见巴赫), a heading (【…】孙金龙：), or a place among other people's names in a list
 * (李振声、赵忠贤). It rescues names that jieba's lexicon also lists as words (费萨尔/nr, 罗利/ns).
 */
export function inPersonContext(text: string, start: number, end: number, people: PersonEdges): boolean {
  const { roles, from } = titleChainBefore(text, start);
  if (roles.length > 0 && !people.endsAt(from)) return true;
  const after = titleStartingAt(text, end);
  if (after !== null && after !== '代表') return true;
  if (PERSON_AFTER.some((w) => text.startsWith(w, end))) return true;
  if (PERSON_BEFORE.some((w) => start >= w.length && text.startsWith(w, start - w.length))) return true;
  const before = text[start - 1];
  if (text[end] === '：' && (before === undefined || before === '】' || before === ' ' || before === '\n')) return true;
  const next = itemEnd(text, end);
  const listed =
    (before === undefined || LIST_SEP.has(before)) && (next >= text.length || LIST_SEP.has(text[next] ?? ''));
  return listed && (people.endsAt(start - 1) || people.startsAt(next + 1));
}

/** Surnames loaded by the caller: a name the POS tagger proposes must start with one to count as a person. */
export type SurnameSet = ReadonlySet<string>;

/**
 * Names from jieba's POS tags (nr, ns, nt), the fallback recognizer: weak, so only plausible shapes are kept
 * (a surname-initial 2–4 character nr, a 3+ character transliteration, a place or organization of 2+ characters).
 */
export function namesFromPos(
  text: string,
  tokens: readonly Token[],
  surnames: SurnameSet,
  lexicon: WordInfo,
  common: WordSet = new Set<string>(),
): NameSpan[] {
  const out: NameSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const word = text.slice(t.start, t.end);
    if (!CJK.test(word)) {
      if (t.pos === 'nr' || t.pos === 'ns' || t.pos === 'nt') {
        // Latin names from compromise.
        out.push({
          start: t.start,
          end: t.end,
          type: t.pos === 'nr' ? 'PER' : t.pos === 'ns' ? 'LOC' : 'ORG',
          score: 0.4,
        });
      }
      continue;
    }
    // jieba's lexicon tags many common words as names (高水平/nr, 两国/ns); trust only its person-name classes
    // nrfg/nrt, and plain nr/ns/nt only for words its HMM found outside the lexicon.
    if (isOrdinaryWord(word, lexicon, common)) continue;
    if (
      (t.pos === 'nr' || t.pos === 'nrfg') &&
      word.length >= 2 &&
      word.length <= 4 &&
      (surnames.has(word[0] ?? '') || surnames.has(word.slice(0, 2)))
    ) {
      out.push({ start: t.start, end: t.end, type: 'PER', score: 0.4 });
    } else if (t.pos === 'nrt' && word.length >= 3) {
      out.push({ start: t.start, end: t.end, type: 'PER', score: 0.35 });
    } else if (t.pos === 'ns' && word.length >= 2) {
      out.push({ start: t.start, end: t.end, type: 'LOC', score: 0.35 });
    } else if (t.pos === 'nt' && word.length >= 3) {
      out.push({ start: t.start, end: t.end, type: 'ORG', score: 0.35 });
    }
  }
  return out;
}
