// Named sites built on a place's name: the guide counts 漳河水库, 里斯本机场, 雅砻江流域, 黄石国家公园 and 东阿塞拜疆省
// as one place each, the longest name winning over the place inside it.

/** Words that, right after a place's name, make a named site or feature of it (漳河水库, 太湖古镇, 志贺核电站). */
const SITE_WORDS = [
  '国际机场',
  '机场',
  '水库',
  '国家公园',
  '国家森林公园',
  '森林公园',
  '湿地公园',
  '自然保护区',
  '古镇',
  '流域',
  '盆地',
  '核电站',
  '水电站',
  '抽水蓄能电站',
  '林场',
  '油田',
  '气田',
  '大峡谷',
  '景区',
].sort((a, b) => b.length - a.length);

/** Characters after 州 or 省 that make it the start of a word (州长, 省委, 省级), not the end of a name. */
const NOT_AFTER_DIVISION = new Set('长委政级府议内际属会官份界域'.split(''));
/** Directions that start the name of a foreign state or province (南达尔富尔州, 东阿塞拜疆省). */
const DIRECTIONS = new Set('东西南北中'.split(''));

/** The site word at `at`, or null. */
export function siteWordAt(text: string, at: number): string | null {
  for (const w of SITE_WORDS) if (text.startsWith(w, at)) return w;
  return null;
}

/**
 * The span of the named site or division that a place's name at text[start, end) is part of, or null: the name with
 * a site word after it (漳河水库), or a direction before it and 州 or 省 after it (中达尔富尔州, 东阿塞拜疆省: a state or
 * province of another country, named after a region or a neighbour). `free(i)` says whether position i is not
 * taken by another name.
 */
export function siteSpan(
  text: string,
  start: number,
  end: number,
  free: (i: number) => boolean,
): { start: number; end: number } | null {
  const word = siteWordAt(text, end);
  if (word !== null) return { start, end: end + word.length };
  const next = text[end];
  if (
    (next === '州' || next === '省') &&
    start > 0 &&
    DIRECTIONS.has(text[start - 1] ?? '') &&
    free(start - 1) &&
    !NOT_AFTER_DIVISION.has(text[end + 1] ?? '')
  )
    return { start: start - 1, end: end + 1 };
  return null;
}

/** Whether a name ends with a site word (志贺核电站, 哇让抽水蓄能电站): a place, whatever the recognizer called it. */
export function endsWithSiteWord(name: string): boolean {
  return SITE_WORDS.some((w) => name.length > w.length && name.endsWith(w));
}
