import { titleEndingAt } from './titles.js';
import { insideTyphoonName } from './span-context.js';
import { gluedPhrase } from './words.js';

// Named sites built on a place's name: the guide counts 漳河水库, 里斯本机场, 雅砻江流域, 黄石国家公园 and 东阿塞拜疆省
// as one place each, the longest name winning over the place inside it.

/**
 * A hotel's word after a place's name (长城饭店, 长城宾馆), not the trade's (上海酒店业, 中国饭店协会); not 酒店 alone,
 * which after a city is mostly its hotels in general (春节假期香港酒店整体入住率).
 */
const HOTEL = /^(?:大饭店|饭店|宾馆|大酒店)(?!业|协会|行业|集团|管理)/;

/**
 * The length of the hotel's word right after a place's name at `end` (长城饭店: a hotel, which the guide counts as an
 * organization, as the recognizer reads 北京饭店; not the Great Wall), or 0.
 */
export function hotelAfter(text: string, end: number): number {
  return HOTEL.exec(text.slice(end, end + 5))?.[0].length ?? 0;
}

/**
 * A street's word after a place's name (南京路, 南京西路, 玉林东街, 尼罗河大道), and what right after it makes the word
 * another (路易斯安那, 路子, 路线, 路口, 街头, 街道 of a place's subdistrict, 大街小巷, 大道理).
 */
const STREET = /^[东西南北中]?(?:大街|大道|马路|路|街)/;
const NOT_STREET_AFTER =
  /^(?:易|子|线|口|段|网|径|况|面|灯|边|程|费|过|透|演|基|桥|由|标|牌|跑|人|途|通|头|道|巷|区|坊|景|市|小巷|理)/;

/**
 * The length of a street's word right after a place's name at text[start, end) (南京路 is Shanghai's Nanjing Road, not
 * Nanjing; 嘉兴路街道; 美国大道), or 0: not a word the street's character starts (美国路易斯安那州, 香港大街小巷), nor a name
 * read across a word before it (今天水路客运量: 今天 + 水路, no 天水). `tokenAt(i)` gives the segmenter's word at i.
 */
export function streetAfter(
  text: string,
  start: number,
  end: number,
  free: (i: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): number {
  const word = STREET.exec(text.slice(end, end + 3))?.[0];
  const after = text.slice(end + (word?.length ?? 0), end + (word?.length ?? 0) + 2);
  // A city's 大街 with 上 after it is its streets in general (在渥太华大街上行走).
  if (word === undefined || NOT_STREET_AFTER.test(after) || (word === '大街' && after[0] === '上')) return 0;
  const first = tokenAt(start);
  if (first !== null && first[0] < start) return 0;
  for (let i = end; i < end + word.length; i++) if (!free(i)) return 0;
  return word.length;
}

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
  // A new area, a high-tech zone or a port area named after a place (湘江新区, 两江新区, 西安高新区, 洋山港区).
  '新区',
  '高新区',
  '港区',
  // Exhibition centres named after their city (深圳国际会展中心, 香港会议展览中心, 杭州国际博览中心).
  '会展中心',
  '国际会展中心',
  '会议展览中心',
  '国际博览中心',
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
  '古城',
  '火车站',
  '高铁站',
  '高铁东站',
  '高铁西站',
  '高铁南站',
  '高铁北站',
  '东站',
  '西站',
  '南站',
  '北站',
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
 * Words that make a named site of a place (not a country: 中国电站 are China's power stations) right before them (三峡
 * 船闸, 大藤峡水利枢纽, 涪陵页岩气田, 三峡大坝, 华盛顿纪念碑), and the bridges and tunnels that start where the place does
 * (兰州黄河大桥, 秦岭隧道; not 常泰长江大桥 or 海太长江隧道, whose names start before the river's: see {@link siteSpan}).
 */
const PLACE_SITE_WORDS = ['水利枢纽', '页岩气田', '船闸', '大坝', '电站', '纪念碑'];
/** The bridges' and tunnels' head nouns, read only where the name starts with the place (see PLACE_SITE_WORDS). */
const BRIDGE_WORDS = ['大桥', '隧道'];

/** The word of PLACE_SITE_WORDS at `at` (涪陵|页岩气田 after a place the recognizer read), or null. */
export function placeSiteWordAt(text: string, at: number): string | null {
  return PLACE_SITE_WORDS.find((w) => text.startsWith(w, at)) ?? null;
}

/**
 * The word of PLACE_SITE_WORDS or BRIDGE_WORDS after a place's name at text[start, end), or null: not after a site
 * already (卡霍夫卡水电站大坝, 丹江口水库大坝: the dam is the power station's or the reservoir's own), and a bridge's or
 * tunnel's only where no free character of a name stands before the place (常泰|长江大桥).
 */
function placeSiteAfter(text: string, start: number, end: number, free: (i: number) => boolean): string | null {
  const word = placeSiteWordAt(text, end) ?? BRIDGE_WORDS.find((w) => text.startsWith(w, end)) ?? null;
  if (word === null || endsWithSiteWord(text.slice(start, end))) return null;
  const bounded = start === 0 || !free(start - 1) || !HAN.test(text[start - 1] ?? '');
  return bounded || !BRIDGE_WORDS.includes(word) ? word : null;
}

/**
 * The span of the named site or division that a place's name at text[start, end) is part of, or null: the name with
 * a site word after it (漳河水库; for a `place`, not a country, also the words of PLACE_SITE_WORDS and BRIDGE_WORDS),
 * or a direction before it and 州 or 省 after it (中达尔富尔州, 东阿塞拜疆省: a state or province of another country,
 * named after a region or a neighbour). `free(i)` says whether position i is not taken by another name.
 */
export function siteSpan(
  text: string,
  start: number,
  end: number,
  free: (i: number) => boolean,
  place = false,
): { start: number; end: number } | null {
  const word = siteWordAt(text, end) ?? (place ? placeSiteAfter(text, start, end, free) : null);
  if (word !== null) return { start, end: end + word.length };
  const next = text[end];
  if (
    (next === '州' || next === '省') &&
    start > 0 &&
    DIRECTIONS.has(text[start - 1] ?? '') &&
    free(start - 1) &&
    !NOT_AFTER_DIVISION.has(text[end + 1] ?? '')
  ) {
    // 新南威尔士州: 新 before the direction is part of the name.
    const from = start >= 2 && text[start - 2] === '新' && free(start - 2) ? start - 2 : start - 1;
    return { start: from, end: end + 1 };
  }
  return null;
}

/** Whether a name ends with a site word (志贺核电站, 哇让抽水蓄能电站): a place, whatever the recognizer called it. */
export function endsWithSiteWord(name: string): boolean {
  return SITE_WORDS.some((w) => name.length > w.length && name.endsWith(w));
}

/** What follows a run of abbreviations heading the name of a road, railway or line (川藏公路, 京沪高铁, 京广线). */
const ROUTE = /^(?:公路|铁路|高铁|高速|线|管道|运河|城际)/;

/** Cities whose one character names them after a travel verb or preposition (在京, 赴沪, 来津, 在渝). */
const TRAVEL_CITIES = new Set('京津沪渝'.split(''));
/** Verbs and prepositions of place and travel before such a character. */
const TRAVEL_VERBS = new Set('在来赴进抵离返留驻访回到'.split(''));
/** What counts before 台 as a measure word: a number or a demonstrative (110台, 这台, 每台). */
const MEASURE_BEFORE = /[0-9０-９一二两三四五六七八九十百千万几这那每多]/;
/** Hong Kong's 港 after these only: after 在, 进, 离 or 抵 it is mostly a port (船舶离港, 进港). */
const VISIT_VERBS = new Set('访来赴'.split(''));
/**
 * The places 涉 "concerning" takes as its object (涉台, 涉港), and 对 "towards" Taiwan's (对台工作, 对台政策), as 对华 and 涉华
 * are China (the guide's 华 in 对华); not 涉藏, whose 涉藏州县 are Tibetan areas of other provinces.
 */
const OBJECT_VERBS: Record<string, ReadonlySet<string>> = {
  台: new Set('涉对'.split('')),
  港: new Set([...VISIT_VERBS, '涉']),
  澳: new Set(['涉']),
};

/** Characters after a title that start a clause rather than a name (市长赴京沪, 局长和沪港两地). */
const NOT_SURNAME = new Set([...TRAVEL_VERBS, ...'和与及同往去至从对向为在'.split('')]);

/** Whether one Han character that can be a surname stands between a title and `at` (厂长张|冀鲁). */
function surnameAfterTitle(text: string, at: number): boolean {
  const ch = text[at - 1] ?? '';
  return HAN.test(ch) && !NOT_SURNAME.has(ch) && titleEndingAt(text, at - 1) !== null;
}

/** A hit of place shorthand: the character's position and the pattern that found it. */
export interface PlaceShorthandHit {
  at: number;
  rule: 'place-compound' | 'place-travel';
}

/** What the place shorthand rule reads of a sentence. */
export interface PlaceShorthandText {
  text: string;
  /** Whether no other name took position i. */
  free: (i: number) => boolean;
  /** Whether a character is a place abbreviation (京, 沪, 港). */
  isPlaceAbbr: (ch: string) => boolean;
  /** Whether a character is a country abbreviation too (澳 is Australia, 新 Singapore or New Zealand). */
  isCountryAbbr: (ch: string) => boolean;
  /** The segmenter's word covering position i, as [start, end), or null. */
  tokenAt: (i: number) => [number, number] | null;
  /** Whether text[i, i + 2) is an ordinary two-character word (同胞 of the word 港澳同胞). */
  pairAt?: (i: number) => boolean;
}

/**
 * Where a run of place abbreviations at [i, j) ends as a compound: the longest prefix that starts a word and ends one,
 * or is followed by an ordinary two-character word ending the segmenter's word (港澳 of 港澳同胞 and of 港澳青年,
 * where 青 starts 青年); i when none does.
 */
function compoundEnd(s: PlaceShorthandText, i: number, j: number, pairAt: (i: number) => boolean): number {
  const first = s.tokenAt(i);
  if (first !== null && first[0] !== i) return i;
  for (let k = j; k >= i + 2; k--) {
    const last = s.tokenAt(k - 1);
    if (last === null || last[1] === k) return k;
    const next = s.tokenAt(k);
    // The word after is the ordinary pair itself (港澳|同胞), or one word with the whole run (港澳同胞); not a word the
    // run's last character starts (深港澳青少年: 青少年 is no Qinghai and 少年).
    const pair = next === null || (next[0] === k && next[1] === k + 2) || (last[0] <= i && last[1] === k + 2);
    if (pairAt(k) && pair) return k;
    // 侨 "overseas Chinese" after the run, one word with it (港澳台侨各界代表); not a body's name (港澳台侨委员会,
    // 台港澳侨联委会), which the recognizer reads.
    if (last[0] <= i && last[1] === k + 1 && s.text[k] === '侨' && !/[委联办务]/.test(s.text[k + 1] ?? '')) return k;
  }
  return i;
}

/**
 * Place shorthand in a sentence: a run of two or more province or region abbreviations that the segmenter keeps as
 * words of their own (京津冀, 川渝, 港澳, 沪苏浙皖), or as the head of a word with an ordinary word (港澳同胞), unless all of them are country abbreviations too (澳新 is
 * Australia and New Zealand); and the character of 北京, 天津, 上海 or 重庆 after a travel verb or preposition (在京,
 * 赴沪), or 港 after 访, 来 or 赴, standing alone in the segmentation (not 京剧 of 在京剧院) or glued by it to the verb
 * and an ordinary word (在京举行, 在京开幕: one phrase of jieba's lexicon).
 */
export function findPlaceShorthand(s: PlaceShorthandText): PlaceShorthandHit[] {
  const { text, free, isPlaceAbbr, isCountryAbbr, tokenAt, pairAt = () => false } = s;
  const hits: PlaceShorthandHit[] = [];
  const abbrAt = (i: number): boolean => i >= 0 && i < text.length && free(i) && isPlaceAbbr(text[i] ?? '');
  for (let i = 0; i < text.length; i++) {
    if (!abbrAt(i)) continue;
    // 台 after a number or a demonstrative counts machines (110台新能源汽车, 这台新并网的机组): no Taiwan.
    if (text[i] === '台' && MEASURE_BEFORE.test(text[i - 1] ?? '')) continue;
    let j = i;
    while (abbrAt(j)) j++;
    // A typhoon's name (台风“苏拉”) names no place.
    if (insideTyphoonName(text, i)) {
      i = j - 1;
      continue;
    }
    if (j - i >= 2) {
      // 青 of 青创 "youth entrepreneurship" ends no run (港澳青创基地 is 港 + 澳: no Qinghai).
      const end = compoundEnd(s, i, j, pairAt);
      const k = end - i > 2 && text[end - 1] === '青' && text[end] === '创' ? end - 1 : end;
      const part = text.slice(i, k);
      // Not the head of a road's or railway's name (川藏公路, 京沪高铁): a name inside another name.
      const road = ROUTE.test(text.slice(k, k + 2));
      // Nor a person's name after a title, or after a title and a surname (国家统计局局长宁吉喆 is no Ningxia and
      // Jilin, 厂长张冀鲁 no Hebei and Shandong), nor the adjective 新 "new"
      // heading a pair (新晋 "newly promoted"): Xinjiang's 新 follows another province's (渝新欧, 甘新).
      const person =
        titleEndingAt(text, i) !== null || surnameAfterTitle(text, i) || (k - i === 2 && part.startsWith('新'));
      // Nor a town's, a village's or a river's name (银川闽宁镇, 梨树招苏台河), nor 新 of 新市民 "new residents"
      // (来沪新市民), nor 苏宁, a company's and a person's name (雷锋、苏宁等六位英模) that no pair of Jiangsu and
      // Ningxia is written as.
      const other =
        /^[镇村乡河]/.test(text.slice(k, k + 1)) ||
        (part.endsWith('新') && text.startsWith('市民', k)) ||
        part === '苏宁';
      // 晋京 is a verb, "to go to the capital" (晋京演出), as 进京 is: Beijing, no Shanxi.
      if (part === '晋京') {
        hits.push({ at: i + 1, rule: 'place-travel' });
        i = j - 1;
        continue;
      }
      if (
        k - i >= 2 &&
        !road &&
        !person &&
        !other &&
        new Set(part).size === part.length &&
        ![...part].every(isCountryAbbr)
      )
        for (let at = i; at < k; at++) hits.push({ at, rule: 'place-compound' });
      i = j - 1;
      continue;
    }
    const ch = text[i] ?? '';
    // 台 of “台独”, Taiwan independence between quotes (114 over both corpora): Taiwan; not 总台独家 or 一台独立.
    if (ch === '台' && text[i + 1] === '独' && /[“‘「]/.test(text[i - 1] ?? '') && /[”’」]/.test(text[i + 2] ?? '')) {
      hits.push({ at: i, rule: 'place-travel' });
      continue;
    }
    const verb = text[i - 1] ?? '';
    const verbs = OBJECT_VERBS[ch] ?? (TRAVEL_CITIES.has(ch) ? TRAVEL_VERBS : null);
    if (verbs === null || !verbs.has(verb) || !free(i - 1)) continue;
    const tok = tokenAt(i);
    if (tok === null || tok[1] - tok[0] === 1 || (tok[0] === i - 1 && tok[1] === i + 1) || gluedPhrase(tok, i, pairAt))
      hits.push({ at: i, rule: 'place-travel' });
  }
  return hits;
}

/** An oil or gas field's block number and field word (19-6气田, 15-1油田群); its name is the characters before. */
const NUMBERED_FIELD = /(\d{1,3})[-－](\d{1,3})(?:油气田|油田|气田)群?/gu;
/** A Han character. */
const HAN = /^\p{Script=Han}$/u;

/**
 * Oil and gas fields named by a basin or place and a block number (渤中19-6气田, 恩平15-1油田群, 宝岛21-1气田): one
 * place each, the name being the two characters before the number, or three where they are a place's name
 * (曹妃甸11-1油田). A name that is not all Han characters (a date, 2024-2025年度) makes none.
 */
export function findNumberedFields(text: string, isPlaceName: (s: string) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(NUMBERED_FIELD)) {
    const at = m.index;
    const three = text.slice(Math.max(0, at - 3), at);
    const start = three.length === 3 && isPlaceName(three) ? at - 3 : at - 2;
    if (start < 0 || ![...text.slice(start, at)].every((ch) => HAN.test(ch))) continue;
    out.push([start, at + m[0].length]);
  }
  return out;
}

/** A route's or section's head noun at the end of a name (瑞丽铁路, 中卫段). */
const ROUTE_END = /(?:城际铁路|高速铁路|高速公路|铁路|高铁|公路|高速|航线|管道|段)$/;

/**
 * The end of the place in a name the recognizer read at text[start, end) after 至 (大理至瑞丽铁路, 吐鲁番至中卫段): a
 * route from one place to another is no name of its own, and its end is the place alone (瑞丽); `end` otherwise,
 * also where too little would be left (至京段).
 */
export function routeEndPlace(text: string, start: number, end: number): number {
  if (text[start - 1] !== '至') return end;
  const m = ROUTE_END.exec(text.slice(start, end));
  if (m === null || end - m[0].length - start < 2) return end;
  return end - m[0].length;
}

/** Head nouns of facilities that have names of their own (哇让抽水蓄能电站, 八步沙林场, 杧洲隧道), longest first. */
const FACILITY_WORDS = [
  '抽水蓄能电站',
  '国际机场',
  '国家湿地公园',
  '国家森林公园',
  '国家公园',
  '湿地公园',
  '森林公园',
  '水利枢纽',
  '核电站',
  '水电站',
  '风电场',
  '电站',
  '机场',
  '水库',
  '林场',
  '农场',
  '牧场',
  '油田',
  '气田',
  '古镇',
  '古街',
  '隧道',
  '特大桥',
  '大桥',
].sort((a, b) => b.length - a.length);

/** Characters never in a facility's own name: measure words, determiners, particles. */
const NOT_IN_FACILITY_NAME = new Set('的等各首一座个条该这那其全在与和及或至到从向为是将已了把被'.split(''));
/** A count before the head noun (两大机场, 一批水库, 多个港口), not a name (八步沙林场, 三孔景区). */
const COUNT = /^[二三四五六七八九十百千万亿两几多数]+[大个座条处所批些方]/;

/** What after a facility's head noun makes it an organization's name. */
const RUN_BY = /^(?:集团|公司|股份|有限|管理|局|处|管委会)/;

/** What the facility rule reads after a place. */
export interface FacilityText {
  text: string;
  /** Whether no other name took position i. */
  free: (i: number) => boolean;
  /** Whether a segmenter's word starts at position i. */
  wordStartsAt: (i: number) => boolean;
  /** The segmenter's words inside text[start, end), as [start, end) pairs. */
  wordsIn: (start: number, end: number) => Array<[number, number]>;
  /** Whether a word is an ordinary word of the lexicon (国家级, 推出, 人民). */
  isCommonWord: (w: string) => boolean;
}

/**
 * The end of a facility named after the place that ends at `end` (青海 + 哇让抽水蓄能电站, 古浪县 + 八步沙林场), or
 * null: a name of two to four free characters that starts a word, holds no ordinary word of two or more characters
 * nor a number or determiner (两大机场, 推出景区, 国家级自然保护区), and a facility's head noun after it. The guide
 * counts the facility as a place of its own beside the place before it.
 */
export function facilityAfterPlace(s: FacilityText, end: number): number | null {
  const { text, free, wordStartsAt, wordsIn, isCommonWord } = s;
  const first = text[end] ?? '';
  if (!wordStartsAt(end) || !free(end) || !HAN.test(first) || NOT_IN_FACILITY_NAME.has(first)) return null;
  for (let len = 2; len <= 4; len++) {
    const at = end + len;
    const word = FACILITY_WORDS.find((w) => text.startsWith(w, at));
    const ch = text[at - 1] ?? '';
    if (!free(at - 1) || !HAN.test(ch) || NOT_IN_FACILITY_NAME.has(ch)) return null;
    if (word === undefined) continue;
    // Nor a longer head noun the last character starts (东变电站: 变电站, not 电站).
    if (isCommonWord(text.slice(at - 1, at + word.length))) return null;
    const name = text.slice(end, at);
    if (COUNT.test(name) || isCommonWord(name)) return null;
    if (wordsIn(end, at).some(([a, b]) => b - a >= 2 && isCommonWord(text.slice(a, b)))) return null;
    for (let i = at; i < at + word.length; i++) if (!free(i)) return null;
    // The company or office that runs it (塔里木油田公司, 香港机场管理局) is an organization.
    if (RUN_BY.test(text.slice(at + word.length, at + word.length + 3))) return null;
    return at + word.length;
  }
  return null;
}

/** Division words written after a place's name as part of it (休斯敦市, 敖德萨州, 阿勒颇省, 北川县). */
const DIVISION_WORDS = new Set('市省州县'.split(''));
/** What after a division word (or after it and 、) makes it one of a list of levels of government (市、县两级, 市县). */
const LEVELS = new Set('省市县区乡镇村级'.split(''));

/** Whether the character at `at` is free and no longer word starts with it (市 of 休斯敦市, not of 市长). */
function standsAlone(
  at: number,
  free: (i: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): boolean {
  const tok = tokenAt(at);
  return free(at) && (tok === null || tok[0] !== at || tok[1] === at + 1);
}

/** What after 市民 makes 民 start a word of its own (北京市民政局, 海东市民和县, 厦门市民营企业, 市民族宗教委员会). */
const MIN_WORD = /^民(?:政|和|营|族|主|生|航|用|间|宗|兵|警|事|俗|宿|意|法|心|风|乐|权|办|进|革|建|盟|防|调)/;

/** Whether 市民 at `at` are a city's citizens (重庆市民冯玥), not 市 and a word of 民 (北京市民政局, 海东市民和县). */
export function citizensAt(text: string, at: number): boolean {
  return text.startsWith('市民', at) && !MIN_WORD.test(text.slice(at + 1, at + 3));
}

/**
 * Whether the division word right after a place's name at `end` is part of the name (休斯敦市, 敖德萨州, 伊德利卜省):
 * the guide spans the full form the text gives. Not where it starts another word (莫斯科市长, 阿勒颇市中心,
 * 库尔斯克州州长, 澳门市民) or a list of levels of government (福建市、县两级), nor where another name took it.
 */
export function divisionAfter(
  text: string,
  end: number,
  free: (i: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): boolean {
  // 市 of 市场 or of 市民 (北京市场上, 重庆市民) is the market's or the citizens', given back by the dictionary step.
  if (!DIVISION_WORDS.has(text[end] ?? '') || text.startsWith('市场', end) || citizensAt(text, end)) return false;
  // Levels of government, not a name (福建市、县两级, 省市县).
  const next = text[end + 1] ?? '';
  // (基辅市市长 is the city's mayor.)
  const head = text.slice(end + 1, end + 3) === `${text[end] ?? ''}长`;
  if ((LEVELS.has(next) && !head) || (next === '、' && LEVELS.has(text[end + 2] ?? ''))) return false;
  return standsAlone(end, free, tokenAt);
}

/** One-character head nouns of a feature or site named after a place: 天津港, 长白山, 玄武湖, 深圳湾, 唐山站. */
const FEATURE_HEADS = new Set('港站山湖江河湾岛'.split(''));
/** What before a place makes its 站 a leg of a series of games or a relay (世界杯, 大赛, 联赛, 火炬传递 …). */
const SERIES_BEFORE = /(?:世界杯|巡回赛|大赛|联赛|火炬传递|大奖赛|锦标赛|公开赛|系列赛|冠军赛)/;
/** What after a place's 站 makes it a relay's leg (深圳站的火炬传递, 湖州站共有170名火炬手). */
const RELAY_AFTER = /^站(?:的?火炬|[^，。；]{0,8}火炬手)/;
/** What after 站 makes it the verb (站在, 站起来, 站出来, 站稳). */
const STAND_AFTER = new Set('在起出稳上住着了到'.split(''));

/**
 * Whether the character right after a place's name makes a feature or site named after it, a place of its own
 * (天津港, 苏丹港 is Port Sudan, 长白山, 衡水湖, 深圳湾, 唐山站): a head noun standing alone or ending the word of
 * the name, not one that starts another word (黑海港口, 港澳, 吕梁山区, 长江江豚, 太平洋岛国), nor 站 as a verb
 * (同中国站在一起).
 */
export function featureAfter(
  text: string,
  end: number,
  free: (i: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): boolean {
  const head = text[end] ?? '';
  // 站 is also the verb "stand" (同中国站在一起, 瑙鲁站在了历史正确一边), and a leg of a series of games or of a torch
  // relay held in the place (跳水世界杯西安站, 中华龙舟大赛江苏盐城站, 火炬传递成都站, 湖州站共有170名火炬手): the place,
  // no station.
  if (
    head === '站' &&
    (STAND_AFTER.has(text[end + 1] ?? '') ||
      SERIES_BEFORE.test(text.slice(Math.max(0, end - 16), end)) ||
      RELAY_AFTER.test(text.slice(end, end + 14)))
  )
    return false;
  return FEATURE_HEADS.has(head) && standsAlone(end, free, tokenAt);
}

/** Heads of a town or village named after a place (北极村, 九龙镇, 泗水镇: not the Arctic, Kowloon or Surabaya). */
const TOWN_HEADS = new Set([...'镇乡村']);

/** A town's or village's government or committee, which the segmenter reads as one word with the head (镇政府, 村委会). */
const TOWN_BODY = /^[镇乡村](?:人民政府|政府|党委|纪委|委会|民委员会)/;

/**
 * Whether the character right after a place's name makes a town or village named after it, a place of its own
 * (北极村, 九龙镇), standing alone in the segmentation or before its government (九龙镇政府): not a word it starts
 * (四川乡村振兴, 浙江乡镇企业, 村民).
 */
export function townAfter(
  text: string,
  end: number,
  free: (i: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): boolean {
  if (!TOWN_HEADS.has(text[end] ?? '')) return false;
  return standsAlone(end, free, tokenAt) || (TOWN_BODY.test(text.slice(end, end + 6)) && free(end));
}

/**
 * Whether text[start, end), compass characters only (中东, 东北), names a part of a country with the 部 after it
 * (中东部大部地区: central and eastern China; 东北部), not the Middle East or a region of that name; not before 部署,
 * 部分, 部队, 部长 or 部门 (在中东部署).
 */
export function compassPart(text: string, start: number, end: number): boolean {
  return /^[东西南北中]+$/.test(text.slice(start, end)) && /^部(?![署分队长门])/.test(text.slice(end, end + 2));
}

/**
 * Whether a region named by directions starts right after another direction (东|中西部, 东|中部地区): the run names the
 * regions one by one, not the region its last ones name. Not after 中, which ends words too (其中|东北地区).
 */
export function inDirectionRun(text: string, start: number): boolean {
  return /[东西南北]/.test(text[start - 1] ?? '');
}

/** China's regions the dictionary names only in full (东北地区), as the recognizer reads them bare. */
const COMPASS_REGIONS = new Map([
  ['东北', 'place:northeast-china'],
  ['西北', 'place:northwest-china'],
  ['西南', 'place:southwest-china'],
  ['中西部', 'place:central-west-region'],
]);
/** What after a compass word makes it a direction or part of another name (东北部, 东北2.5公里处, 东北虎, 西南航空). */
const NOT_REGION_AFTER =
  /^(?:部(?!分)|方|角|侧|隅|虎|豹|航空|风(?![电光])|约?[0-9０-９.．一二三四五六七八九十百多]+(?:公里|千米|米|英里|海里))/;
/** China's regions written before a compass word with nothing between them (华北东北地区). */
const REGIONS_BEFORE = /(?:华北|华东|华南|华中|东北|西北|西南|东南|中南)$/;

/**
 * The region of China a bare compass word at text[start, end) names (寒潮给东北多地带来暴雪, 西北、西南各生态环境: the
 * recognizer reads a place there), null where it is a direction or part of another name (首都东南五十公里处, 东北虎,
 * 美国西南航空, or right after a name it is part of: 湖南西北三市, `freeBefore` false), undefined for no compass word.
 */
export function compassRegionAt(
  text: string,
  start: number,
  end: number,
  freeBefore: boolean,
): string | null | undefined {
  const word = text.slice(start, end);
  if (!COMPASS_REGIONS.has(word) && word !== '东南') return undefined;
  const after = NOT_REGION_AFTER.test(text.slice(end, end + 8));
  if (after || (!freeBefore && !REGIONS_BEFORE.test(text.slice(Math.max(0, start - 2), start)))) return null;
  if (freeBefore && inDirectionRun(text, start)) return null;
  // 东南 has no region of its own in the dictionary (东南沿海 is the coast): the recognizer's name stands.
  return COMPASS_REGIONS.get(word);
}
