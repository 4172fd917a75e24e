import type { DictionarySet } from '../../schema/dictionary.js';
import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import type { PairSet } from '../../nlp/rules/words.js';
import {
  COMMON_ABBREVIATIONS,
  findRegionPairs,
  findShorthand,
  relationWordAt,
  resolveAbbreviation,
  stateRelationAt,
} from '../../nlp/rules/shorthand.js';
import type { Resolution, ShorthandHit } from '../../nlp/rules/shorthand.js';
import { dayOfDate, insideTyphoonName } from '../../nlp/rules/span-context.js';
import { itemHeading } from '../../nlp/rules/dateline.js';
import { tokenSpanFrom } from './coverage.js';
import type { Coverage } from './coverage.js';

/** What the shorthand rule resolves against: the entities the dictionaries found, and the countries of them. */
export interface ArticleCountries {
  context: ReadonlySet<string>;
  related: ReadonlySet<string>;
  /** How many mentions of each entity the article has so far. */
  counts: ReadonlyMap<string, number>;
  /**
   * The codes of the initials of the countries the article names that no dictionary lists as abbreviations (多 of
   * 多米尼克, 所 of 所罗门群岛, 瑙 of 瑙鲁): abbreviations in this article, in compounds (中多关系) and before 方 where
   * that makes no word (瑙方; not 多方).
   */
  initials: ReadonlySet<number>;
  /**
   * The countries the article names, also inside the name of one of their organizations (卢旺达 of 卢旺达爱国阵线, which
   * the guide annotates as the organization alone): the countries whose initials count (卢方 in an article on it).
   */
  named: ReadonlySet<string>;
}

/** The entities found so far and their countries (of places, organizations, people), read before the shorthand rule. */
export function articleCountries(a: Coverage, dicts: DictionarySet): ArticleCountries {
  const counts = new Map<string, number>();
  for (const m of a.out) if (m.entity !== null) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  const context = new Set(counts.keys());
  const related = new Set<string>();
  const named = new Set(context);
  for (const id of context) {
    const e = dicts.entities.get(id);
    const country = e?.country;
    if (country === undefined) continue;
    related.add(`country:${country}`);
    const name = dicts.entities.get(`country:${country}`)?.name;
    if (e?.type === 'organization' && name !== undefined && e.name.startsWith(name)) named.add(`country:${country}`);
  }
  return { context, related, counts, initials: namedInitials(dicts, named), named };
}

/**
 * Of an abbreviation's candidates the article names, the one it names at least three times as often as any other
 * (Brazil, named 20 times in an article on a state visit there, over Palestine named once, for 巴 of 中巴友谊), else none.
 */
function dominant(candidates: readonly string[], counts: ReadonlyMap<string, number>): string | undefined {
  const ranked = candidates.map((c) => [c, counts.get(c) ?? 0] as const).sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  if (first === undefined || first[1] < 2) return undefined;
  return first[1] >= 3 * Math.max(second?.[1] ?? 0, 1) ? first[0] : undefined;
}

/**
 * Of an abbreviation's candidates, the one its own paragraph names by a dictionary form, where exactly one is (马中两国 in
 * a paragraph on Malta's president, in an article that names Malaysia too), else none.
 */
function namedInBlock(a: Coverage, block: number, candidates: readonly string[]): string | undefined {
  const named = new Set<string>();
  for (const m of a.out)
    if (m.block === block && m.source === 'dictionary' && m.entity !== null && candidates.includes(m.entity))
      named.add(m.entity);
  return named.size === 1 ? [...named][0] : undefined;
}

/**
 * Of an abbreviation's candidates, the one a compound earlier in its paragraph resolved the same character to, where
 * exactly one is (巴方 after 以巴双方: Palestine, which the pair fixes, in an article that names Brazil or Pakistan too).
 */
function pairedInBlock(a: Coverage, block: number, char: string, candidates: readonly string[]): string | undefined {
  const paired = new Set<string>();
  for (const m of a.out)
    if (m.block === block && m.rule === 'shorthand-compound' && m.text === char && m.entity !== null)
      if (candidates.includes(m.entity)) paired.add(m.entity);
  return paired.size === 1 ? [...paired][0] : undefined;
}

/**
 * The country an ambiguous abbreviation names after all: the one the article names far more often (see dominant), the
 * one its paragraph names (see namedInBlock), or the one a compound of its paragraph read (see pairedInBlock).
 */
function settle(
  a: Coverage,
  block: number,
  char: string,
  ambiguous: readonly string[],
  candidates: readonly string[],
  countries: ArticleCountries,
): string | undefined {
  return (
    dominant(ambiguous, countries.counts) ??
    namedInBlock(a, block, ambiguous) ??
    pairedInBlock(a, block, char, candidates)
  );
}

/** The shorthand characters of the dictionaries: countries' and regions' abbreviations, and countries by initial. */
function shorthandTables(dicts: DictionarySet) {
  // Regions abroad with a character of their own (非 of 中非合作, 拉 of 中拉关系) join compounds of countries' (not
  // China's provinces: their shorthand is the place shorthand pass's).
  const regions = new Map<string, string[]>();
  for (const [ch, ids] of dicts.placeAbbreviations) {
    const abroad = ids.filter((id) => dicts.entities.get(id)?.country === undefined);
    if (abroad.length > 0 && !dicts.abbreviations.has(ch)) regions.set(ch, abroad);
  }
  // Every region abroad with a character, also one that names a union beside China (欧: Europe, and the EU of 中欧).
  const regionOf = new Map<string, string>();
  for (const [ch, ids] of dicts.placeAbbreviations) {
    const abroad = ids.filter((id) => dicts.entities.get(id)?.country === undefined);
    if (abroad.length === 1) regionOf.set(ch, abroad[0] as string);
  }
  const candidatesOf = (ch: string): string[] => dicts.abbreviations.get(ch) ?? regions.get(ch) ?? [];
  const abbrCodes = new Uint8Array(0x10000);
  for (const ch of [...dicts.abbreviations.keys(), ...regions.keys()])
    if (ch.length === 1) abbrCodes[ch.charCodeAt(0)] = 1;
  // Countries by the first character of their names (马 of 马拉维): the character the press abbreviates them by.
  const byInitial = new Map<string, string[]>();
  for (const e of dicts.entities.values()) {
    if (e.type !== 'country' || e.iso2 === undefined) continue;
    const ch = e.name[0] ?? '';
    byInitial.set(ch, [...(byInitial.get(ch) ?? []), e.id]);
  }
  return {
    regions,
    regionOf,
    candidatesOf,
    byInitial,
    isAbbr: (ch: string): boolean => dicts.abbreviations.has(ch) || regions.has(ch),
    isAbbrCode: (code: number): boolean => abbrCodes[code] === 1,
    countryOf: (ch: string): string => {
      const list = candidatesOf(ch);
      return list.length === 1 ? (list[0] as string) : ch;
    },
  };
}

/**
 * Whether a hit is a region's character standing where it abbreviates nothing: a region's character counts in a
 * compound (非 is also "not": 对非法移民, 是非), and before 方 in an article that names the region (愿同非方一道 in one
 * on Africa: the African side), only.
 */
function regionAlone(hit: ShorthandHit, regions: ReadonlyMap<string, string[]>, context: ReadonlySet<string>): boolean {
  if (!regions.has(hit.char) || hit.rule === 'compound') return false;
  return hit.rule !== 'x-fang' || !(regions.get(hit.char) ?? []).some((id) => context.has(id));
}

/** Compass characters, which start countries' names (北马其顿, 南苏丹, 东帝汶) but abbreviate none alone. */
const COMPASS = new Set([...'东南西北']);

/**
 * The codes of the initials of the countries an article names that are no listed abbreviation (多 of 多米尼克); a
 * region's character (拉 of 拉脱维亚) may be one too, as regions count in compounds only anyway.
 */
function namedInitials(dicts: DictionarySet, context: ReadonlySet<string>): ReadonlySet<number> {
  const codes = new Set<number>();
  for (const id of context) {
    const e = dicts.entities.get(id);
    const ch = e?.type === 'country' && e.iso2 !== undefined ? (e.name[0] ?? '') : '';
    // Not a compass character (北 of 北马其顿, whose abbreviation is 北马: 中北马关系).
    if (ch !== '' && !dicts.abbreviations.has(ch) && !COMPASS.has(ch)) codes.add(ch.charCodeAt(0));
  }
  return codes;
}

/**
 * Whether a hit on a character that abbreviates a country only as the initial of one the article names counts: in a
 * compound (中多关系) and before 方 where the two make no word (瑙方, 卢方, 所方; not 多方, "many sides").
 */
function initialCounts(hit: ShorthandHit, text: string, words: PairSet, initials: ReadonlySet<number>): boolean {
  if (hit.rule === 'compound' || !initials.has(hit.char.charCodeAt(0))) return true;
  return hit.rule === 'x-fang' && !words.hasPair(text, hit.at);
}

/**
 * The one place of an abbreviation the article names, where it names none of the countries the character abbreviates:
 * 澳 of 中央驻澳机构 and 澳资企业 is Macao, 加 of 中加命运共同体 the Caribbean. Not where a character abbreviates a union
 * (欧 of 中欧 is the EU whatever Europe the article names), nor in a compound with another country (俄蒙 is Russia and
 * Mongolia in an article on Inner Mongolia).
 */
function namedPlaceOf(
  dicts: DictionarySet,
  text: string,
  hit: ShorthandHit,
  candidates: readonly string[],
  context: ReadonlySet<string>,
): string | undefined {
  if (candidates.some((c) => context.has(c) || dicts.entities.get(c)?.type !== 'country')) return undefined;
  const beside = [text[hit.at - 1] ?? '', text[hit.at + 1] ?? ''];
  if (hit.rule === 'compound' && beside.some((c) => c !== '中' && c !== '华' && dicts.abbreviations.has(c)))
    return undefined;
  const places = (dicts.placeAbbreviations.get(hit.char) ?? []).filter((id) => context.has(id));
  return places.length === 1 ? places[0] : undefined;
}

/** A hit's entity: a place the article names (see {@link namedPlaceOf}), else the country its context resolves. */
function resolveHit(
  dicts: DictionarySet,
  text: string,
  hit: ShorthandHit,
  candidates: readonly string[],
  countries: ArticleCountries,
): Resolution {
  const place = namedPlaceOf(dicts, text, hit, candidates, countries.context);
  return place !== undefined
    ? { entity: place }
    : resolveAbbreviation(hit, candidates, countries.context, countries.related);
}

/**
 * Whether the article names the countries of a pair standing before no relation word, or the hit needs none: the
 * partner of 中 (越南 for 中越), both countries of another pair (黎巴嫩 and 以色列 for 黎以).
 */
function partnerInArticle(
  text: string,
  hit: ShorthandHit,
  candidatesOf: (ch: string) => string[],
  context: ReadonlySet<string>,
): boolean {
  if (hit.partnerNamed !== true) return true;
  const other = text[hit.partnerAt ?? -1] ?? '';
  const named = (ch: string): boolean => candidatesOf(ch).some((c) => context.has(c));
  if (hit.char === '中') return named(other);
  return named(hit.char) && (other === '中' || named(other));
}

/**
 * Characters whose country a compound fixes: 巴 beside 以 (巴以冲突, 以巴) is Palestine whatever else the article
 * names (巴林, 巴基斯坦); 乌 beside 俄 (俄乌冲突, 乌俄) is Ukraine where the article names no other country of 乌
 * (an article naming 乌兹别克斯坦 may mean Russia and Uzbekistan: its context decides).
 */
const FIXED_PAIRS: Record<string, { beside: string; country: string; always: boolean }> = {
  巴: { beside: '以', country: 'country:PS', always: true },
  乌: { beside: '俄', country: 'country:UA', always: false },
};

/** The country a compound fixes for a hit's character (see {@link FIXED_PAIRS}), if any. */
function fixedPartner(
  hit: ShorthandHit,
  text: string,
  candidates: readonly string[],
  context: ReadonlySet<string>,
): string | undefined {
  const f = hit.rule === 'compound' ? FIXED_PAIRS[hit.char] : undefined;
  if (f === undefined || (text[hit.at + 1] !== f.beside && text[hit.at - 1] !== f.beside)) return undefined;
  return f.always || !candidates.some((c) => c !== f.country && context.has(c)) ? f.country : undefined;
}

/** Creates the shorthand pass over one sentence: diplomatic shorthand (中方, 中土), resolved from the countries the article names. */
export function createShorthandPass(
  dicts: DictionarySet,
  words: PairSet,
): (a: Coverage, si: number, countries: ArticleCountries) => void {
  const { regions, regionOf, candidatesOf, byInitial, isAbbr, isAbbrCode, countryOf } = shorthandTables(dicts);
  return function matchShorthand(a: Coverage, si: number, countries: ArticleCountries): void {
    // An unlisted abbreviation (马 of 中马 on Malawi) is the one named country of that initial, where none listed is.
    const withNamedInitial = (ch: string): string[] => {
      const listed = candidatesOf(ch);
      if (listed.some((c) => countries.context.has(c))) return listed;
      const named = (byInitial.get(ch) ?? []).filter((c) => countries.named.has(c) && !listed.includes(c));
      return named.length === 1 ? [...listed, named[0] as string] : listed;
    };
    const initials = countries.initials;
    const abbr = initials.size === 0 ? isAbbrCode : (code: number) => isAbbrCode(code) || initials.has(code);
    const s = a.sentences[si] as Sentence;
    const text = (a.norm[s.block] as NormBlock).text.slice(s.nstart, s.nend);
    const tokenSpan = tokenSpanFrom(a.tokensBySentence[si] ?? [], s.nstart);
    if (text.includes('中非') && dicts.entities.has(CAR)) matchCentralAfrica(a, si, text);
    // 欧美 and 美欧 first: there 欧 is Europe, not the EU of the diplomatic shorthand (中欧).
    const regionHits = findRegionPairs({
      text,
      free: (i) => a.isFree(s.block, s.nstart + i, s.nstart + i + 1),
      tokenAt: tokenSpan,
    });
    for (const i of regionHits) {
      const ch = text[i] ?? '';
      const region = regionOf.get(ch);
      const hit = { at: i, char: ch, rule: 'compound' as const, strong: true };
      const res =
        region === undefined ? resolveAbbreviation(hit, candidatesOf(ch), countries.context, countries.related) : null;
      const entity = region ?? (res !== null && 'entity' in res ? res.entity : undefined);
      if (entity === undefined) continue;
      const at = s.nstart + i;
      a.cover(s.block, at, at + 1);
      a.add(si, at, at + 1, {
        entity,
        type: dicts.entities.get(entity)?.type ?? 'country',
        source: 'rule',
        rule: 'shorthand-region-pair',
        confidence: 0.9,
      });
    }
    const covered = a.coverageOf(s.block, s.nstart, s.nend);
    const hits = findShorthand(text, covered, isAbbr, words, tokenSpan, abbr, countryOf);
    const unnamed = unnamedRareRuns(text, hits, { candidatesOf: withNamedInitial, regions }, countries);
    for (const hit of hits) {
      if (unnamed.has(hit.at)) continue;
      // A typhoon's name (台风“苏拉”) names no country.
      if (insideTyphoonName(text, hit.at) || !partnerInArticle(text, hit, withNamedInitial, countries.context))
        continue;
      if (!initialCounts(hit, text, words, initials)) continue;
      if (regionAlone(hit, regions, countries.context)) continue;
      const initial = withNamedInitial(hit.char);
      const fixed = fixedPartner(hit, text, initial, countries.context);
      const candidates = fixed !== undefined && dicts.entities.has(fixed) ? [fixed] : initial;
      const found = resolveHit(dicts, text, hit, candidates, countries);
      if (found === null) continue;
      const chosen =
        'ambiguous' in found ? settle(a, s.block, hit.char, found.ambiguous, candidates, countries) : undefined;
      const one = chosen !== undefined ? { entity: chosen } : found;
      const res = 'entity' in one && arabSide(a, s.block, hit, one.entity) ? { ambiguous: candidates } : one;
      const at = s.nstart + hit.at;
      const fields =
        'entity' in res
          ? {
              entity: res.entity,
              type: dicts.entities.get(res.entity)?.type ?? 'country',
              source: 'rule' as const,
              rule: `shorthand-${hit.rule}`,
              confidence: 0.9,
            }
          : {
              entity: null,
              type: 'country',
              source: 'rule' as const,
              rule: `shorthand-${hit.rule}`,
              confidence: 0.3,
              candidates: res.ambiguous,
            };
      if (hit.tentative === true) a.addTentative(si, at, at + 1, fields);
      else {
        a.cover(s.block, at, at + 1);
        a.add(si, at, at + 1, fields);
      }
    }
    matchBeforeOwnPlace(dicts, words, a, si, text, tokenSpan);
    matchHeadlineSubjects(dicts, words, a, si, text, tokenSpan, countries.named);
    matchChinaBeforeShortForm(dicts, a, si, text, tokenSpan);
    if (countries.context.has(GCC)) {
      matchGccChina(a, si, text);
      matchChinaGcc(a, si, text);
    }
    if (text.includes('军')) matchStationedForces(dicts, a, si, text);
    matchForcesOverPlace(dicts, a, si, text, countries.named);
  };
}

/**
 * The positions of compounds without China (no 中 or 华) that hold a rarer abbreviation (one not in
 * COMMON_ABBREVIATIONS) and of whose countries the article names none, by name or through its other entities: such a
 * run is more often the inside of a name or a word (博伊科, 默特马, 津保铁路, 丹加拉, 采法特, 新春美意) than countries the
 * article never names (美英 stands where it names one of them; 美日韩, three countries in a row (波匈捷), the fixed pairs
 * 巴以 and 俄乌, and a run before a relation word of states, 沙伊对话 and 美加边境, anywhere).
 */
function unnamedRareRuns(
  text: string,
  hits: readonly ShorthandHit[],
  t: { candidatesOf: (ch: string) => readonly string[]; regions: ReadonlyMap<string, unknown> },
  countries: ArticleCountries,
): Set<number> {
  const out = new Set<number>();
  const inArticle = (ch: string): boolean =>
    t.candidatesOf(ch).some((c) => countries.context.has(c) || countries.related.has(c));
  for (let i = 0; i < hits.length; ) {
    if (hits[i]?.rule !== 'compound') {
      i++;
      continue;
    }
    // The run of compound hits on adjacent characters from i (博伊科's 伊科).
    let j = i + 1;
    while (j < hits.length && hits[j]?.rule === 'compound' && hits[j]?.at === (hits[j - 1]?.at ?? 0) + 1) j++;
    const run = hits.slice(i, j);
    const chars = run.map((h) => h.char);
    if (
      !chars.some((ch) => ch === '中' || ch === '华') &&
      chars.some((ch) => !COMMON_ABBREVIATIONS.has(ch)) &&
      !(chars.length >= 3 && !chars.some((ch) => t.regions.has(ch))) &&
      !chars.some((ch) => chars.includes(FIXED_PAIRS[ch]?.beside ?? '')) &&
      !stateRelationAt(text, (hits[j - 1]?.at ?? 0) + 1) &&
      !chars.some(inArticle)
    )
      for (const h of run) out.add(h.at);
    i = j;
  }
  return out;
}

/** A country's abbreviation before its forces or the sea (乌海军, 乌海上无人舰队, 乌空军), as the segmenter may not split it. */
const FORCES = /(.)[海空陆](?=[军上警])/g;

/**
 * A place the dictionaries found whose first character abbreviates a country the article names and whose second,
 * with the character after it, writes that country's forces or its sea (乌海 of 乌海军 and 乌海上无人舰队 in a report on
 * Ukraine: the Ukrainian navy, not the city of Wuhai) is that country's abbreviation; the institutions pass then reads
 * its forces. Only where the character abbreviates one country the article names (乌: Ukraine, not also Uruguay).
 */
function matchForcesOverPlace(
  dicts: DictionarySet,
  a: Coverage,
  si: number,
  text: string,
  named: ReadonlySet<string>,
): void {
  const s = a.sentences[si] as Sentence;
  for (const m of text.matchAll(FORCES)) {
    const list = (dicts.abbreviations.get(m[1] ?? '') ?? []).filter((c) => named.has(c));
    const country = list.length === 1 ? (list[0] as string) : undefined;
    if (country === undefined || dicts.entities.get(country)?.type !== 'country') continue;
    const at = s.nstart + (m.index ?? 0);
    const place = a.out.find((x) => {
      if (x.block !== s.block || x.type !== 'place' || x.source !== 'dictionary') return false;
      const n = a.normalized(x.block, x.start, x.end);
      return n.start === at && n.end === at + 2;
    });
    if (place === undefined) continue;
    a.remove((x) => x === place);
    a.add(si, at, at + 1, {
      entity: country,
      type: 'country',
      source: 'rule',
      rule: 'shorthand-title',
      confidence: 0.9,
    });
  }
}

/** The Arab states as a group (阿拉伯国家, 阿盟, 中阿合作论坛): the side 阿 stands for in 中阿 beside them. */
const ARAB_GROUP = /阿拉伯(?:国家|世界|民族|人民|朋友|兄弟)|阿盟|中阿(?:合作论坛|峰会)/;

/**
 * Whether 阿 stands for the Arab states rather than the one 阿 country the article names (Algeria in a list of aid
 * projects in a speech to the China–Arab States Summit), in a compound or before 方 (中阿关系, 阿方; 阿总统 is one
 * state's): the article names the Arab states as a group, and that country in neither the title (中阿两国 on a state
 * visit to the UAE stays the UAE's) nor the paragraph (阿塞拜疆总统阿利耶夫表示 … 阿中友好关系). It is left unresolved: the
 * guide counts no place for 阿拉伯国家.
 */
function arabSide(a: Coverage, block: number, hit: ShorthandHit, entity: string): boolean {
  if (hit.char !== '阿' || (hit.rule !== 'compound' && hit.rule !== 'x-fang')) return false;
  if (!a.norm.some((nb) => ARAB_GROUP.test(nb.text))) return false;
  return !a.out.some((m) => m.entity === entity && (m.block === block || a.doc.blocks[m.block]?.kind === 'title'));
}

/** Offices and bodies of a state written after its name (中非总统图瓦德拉, 中非国民议会): 中非 is the Central African Republic. */
const CAR_OFFICE = /中非(?=总统|总理|外长|外交部长|议长|国民议会|政府|驻华)/g;

/**
 * 中非 before one of a state's offices (中非总统图瓦德拉, 中非外长) is the Central African Republic, one mention over both
 * characters, not China and Africa as in 中非合作 (the dictionary's 中非 of 中非共和国 counts only in an article naming it
 * in full, which lists of presidents seldom do).
 */
function matchCentralAfrica(a: Coverage, si: number, text: string): void {
  const s = a.sentences[si] as Sentence;
  for (const m of text.matchAll(CAR_OFFICE)) {
    const at = s.nstart + (m.index ?? 0);
    if (!a.isFree(s.block, at, at + 2)) continue;
    a.cover(s.block, at, at + 2);
    a.add(si, at, at + 2, {
      entity: CAR,
      type: 'country',
      source: 'rule',
      rule: 'shorthand-title',
      confidence: 0.9,
    });
  }
}

/** The Central African Republic's id. */
const CAR = 'country:CF';

/** One country's forces stationed in or invading another: 驻韩美军, 驻日美军, 驻德美军, 侵华日军. */
const STATIONED = /(?:驻|侵)(.)(.)军/g;

/**
 * 驻韩美军 and 侵华日军, which jieba writes as words across the abbreviations (韩美军, 侵华日军): the country after 驻 or
 * 侵 is where the forces are (韩, 华), and the one before 军 whose forces they are (美, 日), each a mention of its own;
 * the institutions pass then makes 美军 the US forces. Only characters that abbreviate one country each.
 */
function matchStationedForces(dicts: DictionarySet, a: Coverage, si: number, text: string): void {
  const s = a.sentences[si] as Sentence;
  const only = (ch: string): string | undefined => {
    const list = dicts.abbreviations.get(ch) ?? [];
    return list.length === 1 && dicts.entities.get(list[0] as string)?.type === 'country' ? list[0] : undefined;
  };
  for (const m of text.matchAll(STATIONED)) {
    const at = s.nstart + (m.index ?? 0) + 1;
    const where = only(m[1] ?? '');
    const whose = only(m[2] ?? '');
    if (where === undefined || whose === undefined || where === whose || !a.isFree(s.block, at, at + 3)) continue;
    a.cover(s.block, at, at + 2);
    const fields = { type: 'country', source: 'rule' as const, confidence: 0.9 };
    a.add(si, at, at + 1, { entity: where, rule: 'shorthand-preposition', ...fields });
    a.add(si, at + 1, at + 2, { entity: whose, rule: 'shorthand-title', ...fields });
  }
}

/** The Gulf Cooperation Council's id: 海 of 中海 in an article that names it (海合会). */
const GCC = 'organization:gcc';

/**
 * 中海 before a relation word or in a list (中海关系, 中海峰会, 中阿、中海、中沙) is China and the Gulf Cooperation Council
 * in an article that names the Council: 中 and 海 each a mention, as 中欧 is China and the EU. The character is no
 * abbreviation elsewhere (海军, 上海). The Council's side writes it first (see matchGccChina).
 */
function matchChinaGcc(a: Coverage, si: number, text: string): void {
  const s = a.sentences[si] as Sentence;
  for (let i = text.indexOf('中海'); i >= 0; i = text.indexOf('中海', i + 2)) {
    const at = s.nstart + i;
    // 中 may be China already (a title rule read 中 + 海关 of 中海关系); 海 must be free.
    const china = a.out.some(
      (m) =>
        m.sentence === si &&
        m.entity === 'country:CN' &&
        m.end - m.start === 1 &&
        a.normalized(m.block, m.start, m.end).start === at,
    );
    if (!a.isFree(s.block, at + 1, at + 2) || !(china || a.isFree(s.block, at, at + 1))) continue;
    const next = text[i + 2] ?? '';
    if (!relationWordAt(text, i + 2) && next !== '、' && next !== '是') continue;
    a.cover(s.block, at, at + 2);
    const fields = { source: 'rule' as const, rule: 'shorthand-compound', confidence: 0.9 };
    if (!china) a.add(si, at, at + 1, { entity: 'country:CN', type: 'country', ...fields });
    a.add(si, at + 1, at + 2, { entity: GCC, type: 'organization', ...fields });
  }
}

/**
 * 海中 before a relation word (海中关系, 首届海中峰会, 海中合作) in an article that names the Council: the Council and China,
 * as the Council's side writes them.
 */
function matchGccChina(a: Coverage, si: number, text: string): void {
  const s = a.sentences[si] as Sentence;
  for (let i = text.indexOf('海中'); i >= 0; i = text.indexOf('海中', i + 2)) {
    const at = s.nstart + i;
    if (!a.isFree(s.block, at, at + 2) || !relationWordAt(text, i + 2)) continue;
    a.cover(s.block, at, at + 2);
    const fields = { source: 'rule' as const, rule: 'shorthand-compound', confidence: 0.9 };
    a.add(si, at, at + 1, { entity: GCC, type: 'organization', ...fields });
    a.add(si, at + 1, at + 2, { entity: 'country:CN', type: 'country', ...fields });
  }
}

/**
 * 中 right before a country's short form of two or three characters and a relation word (中印尼关系, 中印尼命运共同体,
 * 和中印尼两国) is China, paired with that country as in 中美关系: the short form took the characters a compound of
 * one-character abbreviations would have read. Not where the segmenter reads 中 inside a word (集中, 其中).
 */
function matchChinaBeforeShortForm(
  dicts: DictionarySet,
  a: Coverage,
  si: number,
  text: string,
  tokenSpan: (i: number) => [number, number] | null,
): void {
  // Most sentences have no 中 free of a longer name: they cost one scan, not one over the article's mentions.
  if (!text.includes('中')) return;
  const s = a.sentences[si] as Sentence;
  for (const m of a.out) {
    if (m.sentence !== si || m.type !== 'country' || m.source !== 'dictionary' || m.entity === 'country:CN') continue;
    const entity = m.entity === null ? undefined : dicts.entities.get(m.entity);
    if (entity === undefined || m.text === entity.name || m.text.length > 3) continue;
    const { start, end } = a.normalized(m.block, m.start, m.end);
    const i = start - 1 - s.nstart;
    const tok = tokenSpan(i);
    if (text[i] !== '中' || !a.isFree(s.block, start - 1, start) || (tok !== null && tok[0] < i)) continue;
    if (!relationWordAt(text, end - s.nstart)) continue;
    a.cover(s.block, start - 1, start);
    a.add(si, start - 1, start, {
      entity: 'country:CN',
      type: 'country',
      source: 'rule',
      rule: 'shorthand-compound',
      confidence: 0.9,
    });
  }
}

/** What a headline's clause starts after: the line's start, a space between two headlines, a comma or colon. */
const HEADLINE_CLAUSE = new Set([' ', '\u3000', '，', ',', '：', ':']);
/** Abbreviations that open ordinary words too often to stand alone in a headline (中, 华, 新, 老, 南, 西). */
const NOT_HEADLINE_SUBJECT = new Set([...'中华新老南西']);

/**
 * A headline's clause opened by the abbreviation of a country the article names in full, standing alone in the
 * segmentation before a verb or a noun (意发现莫扎特四十二首舞曲 in an item on Italy, 阿位居拉美经济增长之首, 美拟兜售
 * 惩伊方案: People's Daily of 1998 writes its titles so) is that country: rule `shorthand-headline`. Not where the
 * character and the next make a word, nor before another abbreviation, and not 中, 华, 新, 老, 南 or 西.
 */
function matchHeadlineSubjects(
  dicts: DictionarySet,
  words: PairSet,
  a: Coverage,
  si: number,
  text: string,
  tokenSpan: (i: number) => [number, number] | null,
  named: ReadonlySet<string>,
): void {
  const s = a.sentences[si] as Sentence;
  const block = a.doc.blocks[s.block];
  // Also an item's title in a roundup, a short paragraph of its own without a sentence end (美警方确认…死亡).
  const headline =
    block !== undefined &&
    (block.kind === 'title' || (block.kind !== 'caption' && itemHeading(block.kind, block.text)));
  if (!headline) return;
  for (let i = 0; i < text.length - 1; i++) {
    if (i > 0 && !HEADLINE_CLAUSE.has(text[i - 1] ?? '')) continue;
    const ch = text[i] ?? '';
    // A run of abbreviations (巴以本轮冲突) is the compound rule's, which may have left it tentative.
    const next = text[i + 1] ?? '';
    if (NOT_HEADLINE_SUBJECT.has(ch) || !/\p{Script=Han}/u.test(next) || dicts.abbreviations.has(next)) continue;
    const ids = (dicts.abbreviations.get(ch) ?? []).filter((id) => named.has(id));
    const at = s.nstart + i;
    if (ids.length !== 1 || !a.isFree(s.block, at, at + 2) || words.hasPair(text, i)) continue;
    const tok = tokenSpan(i);
    // 巴武装称…, which the segmenter reads as one word: the country's armed groups.
    const armed = text.startsWith('武装', i + 1) && tok !== null && tok[1] === i + 3;
    if (tok !== null && tok[1] - tok[0] > 1 && !armed) continue;
    // The recognizer may read a body's name over it (美航管局称…: the US aviation authority, one name), not a word
    // of two or three characters (美单周, 英查处).
    a.addTentative(
      si,
      at,
      at + 1,
      { entity: ids[0] as string, type: 'country', source: 'rule', rule: 'shorthand-headline', confidence: 0.85 },
      (m) => m.type === 'organization' && m.end - m.start >= 4,
    );
  }
}

/**
 * A free abbreviation right before a place of its country (美印第安纳州, 俄莫斯科州, 美洛杉矶机场: headlines write the
 * country so) is the country: the place says which of the character's countries it is. Not one ending a word with the
 * character before it, nor 日 after a number (3日东京).
 */
function matchBeforeOwnPlace(
  dicts: DictionarySet,
  words: PairSet,
  a: Coverage,
  si: number,
  text: string,
  tokenSpan: (i: number) => [number, number] | null,
): void {
  const s = a.sentences[si] as Sentence;
  const places = a.out.filter((m) => m.sentence === si && m.type === 'place' && m.entity !== null);
  for (const place of places) {
    if (place.entity === null) continue;
    const { start } = a.normalized(place.block, place.start, place.end);
    const i = start - 1 - s.nstart;
    if (i < 0 || i >= text.length || !a.isFree(s.block, start - 1, start)) continue;
    const ch = text[i] ?? '';
    const country = dicts.entities.get(place.entity)?.country;
    const id = `country:${country ?? ''}`;
    if (country === undefined || country === 'CN' || !(dicts.abbreviations.get(ch) ?? []).includes(id)) continue;
    if (dayOfDate(text, i)) continue;
    const tok = tokenSpan(i);
    if ((tok !== null && tok[0] < i) || (i > 0 && words.hasPair(text, i - 1))) continue;
    a.cover(s.block, start - 1, start);
    a.add(si, start - 1, start, {
      entity: id,
      type: 'country',
      source: 'rule',
      rule: 'shorthand-place',
      confidence: 0.9,
    });
  }
}
