// Bylines: who wrote an item, on a line of its own under the title (本报记者刘工践, 本报驻美国记者张亮, 杨雪梅吕游).
// People's Daily of 1998 runs two or more names together with nothing between them, which the recognizer reads as one
// name (杨雪梅吕游) or as countries (宋启明韩中朝苗清波: no Korea, China and North Korea). The names are split here by
// the surname list, and the line is the item's credit, not what it is about.

/** A byline: the names in it, where its credited part ends, and the agency and posting a prefix gives. */
export interface Byline {
  /** The names, as [start, end) offsets into the line. */
  names: Array<[number, number]>;
  /** Agency of the first prefix (本报, 新华社), or null for a line of names alone. */
  agency: string | null;
  /** Where the reporter is posted (美国 of 本报驻美国记者), or null. */
  place: string | null;
}

/** What a byline needs to know about the language around it. */
export interface BylineWords {
  /** Rank of a surname in the surname list, most frequent first (王 0), or undefined for none. */
  surnameRank(s: string): number | undefined;
  /** Whether two characters are an ordinary word (高低, 追求, 培训), no name nor a given name on a line of names alone. */
  isWord(s: string): boolean;
  /** Whether the segmenter reads a word of two characters or more across offset `i` of the line (华夏 of 高奏华夏浩歌). */
  crossesWord(i: number): boolean;
}

/** A reporter's credit: agency, posting, and the role (本报记者, 本报驻美国记者, 新华社通讯员, 本报特派记者). */
const PREFIX =
  /(本报|新华社|人民日报|经济日报|光明日报|中新社|解放军报|中央电视台|央视|中央人民广播电台|《[^》]{1,12}》)?(?:驻([\u4e00-\u9fff]{1,8}?))?(?:特派|特约|见习|实习)?(?:记者|通讯员)/g;
/** What may stand between names: 、 and spaces. */
const SEPARATOR = /[、\s\u3000]+/g;
const HAN = /^[\u4e00-\u9fff]+$/;
/** Surnames rarer than this rank do not start a name on a line of names with no prefix (政 of 政文, 建 of 建达). */
const BARE_RANK = 600;

/**
 * How a run of names is read: a line of names alone (`bare`: no name nor given name that is a word, no rare surname),
 * a closing credit in brackets (`credit`: as `bare`, but a given name may be a word, 孟西安), or names after a
 * reporter's prefix (`prefixed`: any surname, words at a cost).
 */
type Mode = 'bare' | 'credit' | 'prefixed';

/** A split of a run of characters into names: their offsets and its cost. */
interface Split {
  names: Array<[number, number]>;
  cost: number;
}

/**
 * The cheapest split of `text[from, to)` into names of two or three characters (four with a surname of two), each
 * starting with a surname: three-character names and frequent surnames cost least, and a split through one of the
 * segmenter's words costs more (杨雪梅吕游 → 杨雪梅 + 吕游, not 杨雪 + 梅吕游). Null when none covers it all.
 */
function splitNames(text: string, from: number, to: number, words: BylineWords, mode: Mode): Split | null {
  const bare = mode === 'bare';
  const maxRank = mode === 'prefixed' ? Number.POSITIVE_INFINITY : BARE_RANK;
  const best: Array<Split | null> = new Array(to - from + 1).fill(null);
  best[0] = { names: [], cost: 0 };
  for (let i = from; i < to; i++) {
    const here = best[i - from];
    if (here === null || here === undefined) continue;
    for (const sl of [1, 2]) {
      const rank = words.surnameRank(text.slice(i, i + sl));
      if (rank === undefined || rank > maxRank) continue;
      for (const gl of [1, 2]) {
        const end = i + sl + gl;
        if (end > to) continue;
        const name = text.slice(i, end);
        // A name of two characters that is an ordinary word (高低) is no name on a line of names alone, nor is one whose
        // given name is (向培训要人才: no 向培训 and 要人才); after a reporter's prefix it is a name if no better split
        // reads the line (本报记者严正孙勇军: 严正 and 孙勇军, the segmenter's word, not 严正孙 and 勇军).
        const word = name.length === 2 && words.isWord(name);
        // In a closing credit (（孟西安祁勇）) a given name may be a word, as 西安 is, but a name may not.
        if (bare && (word || (gl === 2 && words.isWord(text.slice(i + sl, end))))) continue;
        if (mode === 'credit' && word) continue;
        const cost =
          here.cost +
          (name.length === 2 ? 0.5 : 0) +
          (word ? 1.5 : 0) +
          rank / 1000 +
          (i > from && words.crossesWord(i) ? 2 : 0);
        const prev = best[end - from];
        if (prev === null || prev === undefined || cost < prev.cost)
          best[end - from] = { names: [...here.names, [i, end]], cost };
      }
    }
  }
  return best[to - from] ?? null;
}

/** Splits each separated piece of `text[from, to)` into names; null when one does not split. */
function namesIn(text: string, from: number, to: number, words: BylineWords, mode: Mode): Split | null {
  const out: Split = { names: [], cost: 0 };
  let at = from;
  const seps = [...text.slice(from, to).matchAll(SEPARATOR)].map((m) => [from + m.index, from + m.index + m[0].length]);
  for (const [s, e] of [...seps, [to, to]] as Array<[number, number]>) {
    if (s > at) {
      const piece = text.slice(at, s);
      if (!HAN.test(piece)) return null;
      const split = splitNames(text, at, s, words, mode);
      if (split === null) return null;
      out.names.push(...split.names);
      out.cost += split.cost;
    }
    at = e;
  }
  return out.names.length > 0 ? out : null;
}

/**
 * The byline a line is, or null: reporters' credits (本报记者王行增王君超, 本报驻美国记者张亮, 新华社记者蔡晖贾永新华社通讯员张应银)
 * or, with no prefix, a line of two to sixteen characters that splits wholly into names through no word of the
 * segmenter's (杨雪梅吕游, 宋启明韩中朝苗清波, 朱峻峰; not 高奏华夏浩歌, 高低 or 天气趋势分析).
 */
export function findByline(text: string, words: BylineWords, credit = false): Byline | null {
  const line = text.trimEnd();
  const prefixes = [...line.matchAll(PREFIX)];
  if (prefixes.length === 0) {
    if (line.length < 2 || line.length > 16 || !HAN.test(line)) return null;
    // A credit is read as a credit where the line-of-names reading splits through a word (孟西|安祁勇: 西安).
    for (const mode of credit ? (['bare', 'credit'] as const) : (['bare'] as const)) {
      const split = namesIn(line, 0, line.length, words, mode);
      // Names split through the segmenter's words are some other line (高奏华夏浩歌).
      if (split !== null && !split.names.some(([s]) => s > 0 && words.crossesWord(s)))
        return { names: split.names, agency: null, place: null };
    }
    return null;
  }
  if (prefixes[0]?.index !== 0) return null;
  const names: Array<[number, number]> = [];
  for (let k = 0; k < prefixes.length; k++) {
    const p = prefixes[k] as RegExpExecArray;
    const from = p.index + p[0].length;
    const to = prefixes[k + 1]?.index ?? line.length;
    const split = namesIn(line, from, to, words, 'prefixed');
    if (split === null) return null;
    names.push(...split.names);
  }
  const first = prefixes[0] as RegExpExecArray;
  return { names, agency: first[1] ?? null, place: first[2] ?? null };
}
