import type { WordInfo, WordSet } from './words.js';
import type { Token } from '../../schema/document.js';
import { TRANSLIT_CHARS, titleStartingAt } from './titles.js';

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
