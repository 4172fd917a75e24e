import type { DictionarySet, Entity, FormClaim } from '../../schema/dictionary.js';
import type { MentionT, Sentence, Token } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import type { FormMatch } from '../../core/form-trie.js';
import type { PairSet } from '../../nlp/rules/words.js';
import {
  afterPatronymic,
  personAlternatives,
  holdsOffice,
  personByTitleAfter,
  personByTitles,
  personInContext,
  beforeAnyOffice,
} from '../../nlp/rules/person-context.js';
import {
  TRANSLIT_CHARS,
  titleAnnouncesName,
  titleEndingAt,
  titleStartingAt,
  withoutTitles,
} from '../../nlp/rules/titles.js';
import { tokenAt, tokenSpanFrom } from './coverage.js';
import {
  insideCraftName,
  placeInFixedName,
  namesOtherKind,
  namesShip,
  namesStation,
  personWordAt,
  insideTyphoonName,
  startsTibetanName,
  onCelestialBody,
  spanNamesNothing,
} from '../../nlp/rules/span-context.js';
import { derivedEntityId } from '../../core/entity-id.js';
import type { Coverage } from './coverage.js';
import { mentionCountry } from './items.js';
import { matchingForm, quotedOnlyForm } from '../../resources/dictionaries.js';
import {
  citizensAt,
  compassPart,
  divisionAfter,
  featureAfter,
  hotelAfter,
  inDirectionRun,
  siteSpan,
  streetAfter,
  townAfter,
} from '../../nlp/rules/places.js';

/** Whether any block of the article writes the entity's name or one of its aliases (in the text matching reads). */
function namedInFull(a: Coverage, entity: Entity): boolean {
  const forms = [entity.name, ...entity.aliases];
  return a.norm.some((nb) => forms.some((f) => nb.text.includes(f)));
}

/** Whether the article writes, in full, the country the dictionary gives a person. */
function countryNamed(dicts: DictionarySet, a: Coverage, person: Entity): boolean {
  const country = person.country === undefined ? undefined : dicts.entities.get(`country:${person.country}`);
  return country !== undefined && namedInFull(a, country);
}

/** Characters that make a word for people with 民 after them (人民, 村民, 农民, 居民, 渔民, 牧民, 移民, 网民, 选民 …). */
const PEOPLE_BEFORE_MIN = new Set('人村农居渔牧移网选灾难股藏贫乡侨船'.split(''));

/** A number's first character, after 约 "about". */
const NUMERAL_AFTER = /[0-9０-９一二三四五六七八九十两百千数]/;

/**
 * Whether a form's edge is a word the recognizer would read as the name too, so the characters are held from it: 海 of
 * 海拔 "altitude" (世界上海拔最高, 登上海拔5000米: no Shanghai); 北 of a direction before 约 "about" and a number
 * (西北约25公里: no NATO).
 */
function splitsWord(form: string, text: string, m: { start: number; end: number }): boolean {
  if (form.endsWith('海') && text[m.end] === '拔') return true;
  return form === '北约' && /[东西]/.test(text[m.start - 1] ?? '') && NUMERAL_AFTER.test(text[m.end] ?? '');
}

/** A national road's name after its number (G7京新高速公路, G30连霍高速: no Group of Seven). */
const ROAD_AFTER = /^\p{Script=Han}{1,4}(?:高速|国道|公路)/u;

/** Whether a group's name of G and a number (G7, G20) is an expressway's number before the road's name. */
function namesRoad(form: string, text: string, end: number): boolean {
  return /^G[0-9]+$/.test(form) && ROAD_AFTER.test(text.slice(end, end + 7));
}

/** An airfield after a person's name, named after the town of that name or after the person (恩格斯军用机场). */
const AIRFIELD_AFTER = /^(?:军用)?机场|^空军基地/;

/**
 * Whether a form names nothing where it stands (see endsOrdinaryWord, splitsWord and namesRoad; a person's before an
 * airfield, 萨拉托夫州的恩格斯军用机场: no Friedrich Engels); where the recognizer would read the same name there (上海
 * of 世界上海拔, G7 of G7京新高速), its characters are held from it.
 */
function readsNoName(a: Coverage, block: number, form: string, text: string, m: FormMatch, type: string): boolean {
  // The recognizer reads the airfield whole (戴高乐机场, 迈诺特空军基地): left to it.
  if (endsOrdinaryWord(form, text, m) || (type === 'person' && AIRFIELD_AFTER.test(text.slice(m.end, m.end + 4))))
    return true;
  if (!splitsWord(form, text, m) && !namesRoad(form, text, m.end)) return false;
  a.cover(block, m.start, m.end);
  return true;
}

/** What 共 "in total, together" starts after a party's short name: 共产生, 共决出, 共计, 共同, 共享, 共有 (not 有关). */
const TOTAL_AFTER = /^(?:有(?!关)|产生|决出|计|同|享)/;

/**
 * Whether a form's first or last character belongs to an ordinary word around it: 民 ending a word for people with the
 * character before it (人民建设, 村民建起, 农民革命) starts no party's short name (民建, 民革, 民盟; not 国民, whose 民 is the
 * party's in 美国民主党); the 日 of a date (10月3日共和党: no 日共 of the Japanese Communist Party; 截至3日本市: no Japan);
 * 春 of 迎春 (举行迎春晚会, a New Year party: no CCTV gala); 法 of 法律 (最高法律规范: no Supreme People's Court);
 * 共 of a party's short name the 共 of "in total" (比赛日共产生72枚金牌, 全俄共有约1500: no party at all).
 */
function endsOrdinaryWord(form: string, text: string, m: { start: number; end: number }): boolean {
  if (form.startsWith('民') && PEOPLE_BEFORE_MIN.has(text[m.start - 1] ?? '')) return true;
  // Arabic digits only: 一日本籍居民 is 一 "a" + 日本.
  if (form.startsWith('日') && /[0-9０-９]/.test(text[m.start - 1] ?? '')) return true;
  if (form === '春晚' && text[m.start - 1] === '迎') return true;
  if (form.endsWith('法') && text[m.end] === '律') return true;
  return form.length === 2 && form.endsWith('共') && TOTAL_AFTER.test(text.slice(m.end, m.end + 2));
}

/** Characters that may follow a dictionary form inside one jieba word without changing what it names (中国人, 美方). */
const SUFFIX_OK = new Set('人籍方军队侧版裔籍族企'.split(''));

/**
 * A diplomatic mission written right after a form inside one jieba word (美国大使馆, 日本领事馆): the form still names
 * its country (中国驻美国大使馆 is China's embassy in the United States: 中国 + 美国, as the gold reads missions); so
 * does 联邦 (美国联邦 of 美国联邦政府, whose institution is then the government's), and so does a government (中国政府,
 * 美国政府: one word of jieba's each, which the institution pass makes the country's government, as 日本政府).
 */
const MISSION_OK = new Set(['大使馆', '使馆', '领事馆', '总领事馆', '联邦', '联邦政府', '政府']);

/** Types whose names keep the countries and people written in them as mentions (中国式现代化, 中缅命运共同体, 中欧班列). */
const NESTING = new Set(['initiative', 'policy', 'event']);

/**
 * The types found inside a name of each nesting type. The guide annotates neither policies nor events, so every
 * name written in one is a mention (中部地区 of 中部地区崛起, 中共 of 中共二十大, 一带一路 of “一带一路”国际合作高峰论坛);
 * inside an initiative, which it annotates, only countries and people are.
 */
const NESTED: Record<string, ReadonlySet<string>> = {
  initiative: new Set(['country', 'person']),
  // Not an organization: a slogan's 国大党 (大国大党) is no party; the parties and bodies in events (中共 of 中共二十大) are.
  policy: new Set(['country', 'person', 'place', 'initiative']),
  event: new Set(['country', 'person', 'place', 'organization', 'initiative']),
};

/**
 * The names written inside an initiative, policy or event (the types of {@link NESTED}): their dictionary forms,
 * and a leading run of country abbreviations (中 of 中欧班列, of 中非命运共同体) where a character names one country only.
 */
function addNested(
  dicts: DictionarySet,
  a: Coverage,
  si: number,
  text: string,
  outer: FormMatch,
  outerId: string,
  type: string,
): void {
  const kept = NESTED[type] ?? new Set<string>();
  // Where the forms found inside end: a leading run of abbreviations stops there (沙特“2030愿景” is Saudi Arabia's,
  // not 沙 + 特, Trinidad and Tobago).
  let namedUpTo = outer.start;
  // The longest form at each position but the outer name itself (limited to end before the outer name's end at its start).
  for (let pos = outer.start; pos < outer.end; ) {
    const m = dicts.trie.longestAt(text, pos, pos === outer.start ? outer.end - 1 : outer.end);
    const entry = m === null ? undefined : dicts.formList[m.value];
    const entity = entry === undefined ? undefined : dicts.entities.get(entry.claim.entity);
    if (
      m === null ||
      entity === undefined ||
      !kept.has(entity.type) ||
      dicts.excluded.has(entry?.form ?? '') ||
      entry?.claim.kind === 'qualified' ||
      // A form that names its person only after a title (希尔 of 伊万·希尔) names no one inside another name (希尔顿…联赛).
      entry?.claim.kind === 'titled'
    ) {
      pos++;
      continue;
    }
    if (entry !== undefined && placeShorthand(dicts, entry.form, entity))
      // 京津冀 of 京津冀协同发展: one place a character, as outside names.
      for (let i = m.start; i < m.end; i++) {
        const place = dicts.placeAbbreviations.get(text[i] ?? '')?.[0];
        if (place !== undefined)
          a.add(si, i, i + 1, {
            entity: place,
            type: 'place',
            source: 'rule',
            rule: 'place-compound',
            confidence: 0.9,
          });
      }
    else if (entity.type !== 'place' || !text.startsWith('时间', m.end)) {
      a.add(si, m.start, m.end, { entity: entity.id, type: entity.type, source: 'dictionary', confidence: 0.9 });
      if (m.start === namedUpTo) namedUpTo = m.end;
    }
    pos = m.end;
  }
  if (namedUpTo > outer.start) return;
  // A region abroad with a character of its own (非 of 中非命运共同体, 拉 of 中拉命运共同体) joins the run; it is no
  // country, so only the countries of the run are mentions.
  const inRun = (ch: string): boolean =>
    dicts.abbreviations.has(ch) ||
    (dicts.placeAbbreviations.get(ch) ?? []).some((id) => dicts.entities.get(id)?.country === undefined);
  let end = outer.start;
  while (end < outer.end && inRun(text[end] ?? '')) end++;
  // Each character a country of its own, as in compounds outside names: 南南合作 is South-South cooperation, not South
  // Africa twice.
  if (end - outer.start < 2 || new Set(text.slice(outer.start, end)).size < end - outer.start) return;
  // A character several countries share stands for the partner the name's entry lists (巴 of 中巴经济走廊: Pakistan).
  const partners = dicts.entities.get(outerId)?.partners ?? [];
  const countries: Array<string | null> = [];
  for (let i = outer.start; i < end; i++) {
    const listed = dicts.abbreviations.get(text[i] ?? '') ?? [];
    const candidates =
      listed.length > 1 ? listed.filter((c) => partners.includes(dicts.entities.get(c)?.iso2 ?? '')) : listed;
    const only = candidates.length === 1 ? dicts.entities.get(candidates[0] as string) : undefined;
    countries.push(only?.type === 'country' ? only.id : null);
  }
  // Two characters of one country are a word for it, no pair (中华 of 中华文明探源工程: Chinese civilization).
  const ids = countries.filter((id) => id !== null);
  if (new Set(ids).size < ids.length) return;
  countries.forEach((id, k) => {
    if (id !== null)
      a.add(si, outer.start + k, outer.start + k + 1, {
        entity: id,
        type: 'country',
        source: 'rule',
        rule: 'shorthand-in-name',
        confidence: 0.9,
      });
  });
}

/** China's regions named by a direction (东部地区, 中西部地区, 东北地区). */
export const DIRECTION_REGION = /^[东西南北中]{1,3}部?地区$/;

/**
 * Whether a place named by a direction (东部地区) follows another country or any place, naming part of it (美国东部地区,
 * 西藏中东部地区); after China (中国西部地区) it is China's region.
 */
function foreignPart(before: Entity, entity: Entity): boolean {
  if (entity.type !== 'place' || !DIRECTION_REGION.test(entity.name)) return false;
  if (before.type === 'country') return before.iso2 !== entity.country;
  return before.type === 'place';
}

/**
 * Whether China's region named by a direction (中部地区) is another country's or place's part: right after it (美国东部地区,
 * 西藏中东部地区; see foreignPart), or after a foreign country or place earlier in the sentence (see afterForeignPlace).
 */
function regionOfAnother(
  a: Coverage,
  dicts: DictionarySet,
  si: number,
  text: string,
  m: FormMatch,
  entity: Entity,
  before: { end: number; entity: Entity } | null,
): boolean {
  if (before !== null && before.end === m.start) return foreignPart(before.entity, entity);
  if (entity.type !== 'place' || entity.country !== 'CN' || !DIRECTION_REGION.test(entity.name)) return false;
  if (inDirectionRun(text, m.start)) return true;
  if (foreignAbbreviationBefore(dicts, text, m.start)) return true;
  return afterForeignPlace(a, dicts, si, text, m.start);
}

/**
 * Whether the character before `at` opens a clause and abbreviates only foreign countries (美 of 美中西部遭遇龙卷风: the
 * US Midwest), which the shorthand pass reads after the dictionary step. Inside a clause such a character is as often
 * part of a word (增加|东北大豆, 确保|西南), and 以 opening one is "with" (以西部地区为主).
 */
export function foreignAbbreviationBefore(dicts: DictionarySet, text: string, at: number): boolean {
  const char = text[at - 1] ?? '';
  if (char === '以' || /\p{Script=Han}/u.test(text[at - 2] ?? '')) return false;
  const ids = dicts.abbreviations.get(char) ?? [];
  return ids.length > 0 && !ids.includes('country:CN');
}

/**
 * Whether the last country or place named before `at` in sentence `si`, or in its paragraph's sentences before it, is
 * foreign, with no word of China's right before `at` (加沙地带北部和中部地区, 利比亚东部和中部地区, 日本关东和东北地区:
 * their parts, not China's regions; 加拿大有422处野火在燃烧…。除了当前东部地区火情严峻外: Canada's east; not 我国西北,
 * 中国东北地区和俄罗斯远东).
 */
export function afterForeignPlace(a: Coverage, dicts: DictionarySet, si: number, text: string, at: number): boolean {
  if (/(?:中国|我国|国内|全国)$/.test(text.slice(Math.max(0, at - 2), at))) return false;
  const block = a.sentences[si]?.block;
  let last: MentionT | undefined;
  let lastEnd = -1;
  for (const o of a.out) {
    if (o.sentence > si || o.block !== block) continue;
    if ((o.type !== 'country' && o.type !== 'place') || !dicts.entities.has(o.entity ?? '')) continue;
    const end = a.normalized(o.block, o.start, o.end).end;
    if (end <= at && end > lastEnd) [last, lastEnd] = [o, end];
  }
  const iso = last === undefined ? undefined : mentionCountry(dicts, last);
  if (iso === undefined || iso === 'CN') return false;
  // From an earlier sentence only where the paragraph has not written China up to here (我国对美国出口增长。东部地区…).
  return last?.sentence === si || !CHINA_WORDS.test(text.slice(0, at));
}

/** Words of China a paragraph may write without a mention of it (我国, 国内, 全国) or with one (中国, 中方). */
const CHINA_WORDS = /中国|我国|国内|全国|中方/;

/** Whether a place's form is a run of other places' abbreviations (京津冀, 港澳), each of them a mention of its own. */
function placeShorthand(dicts: DictionarySet, form: string, entity: Entity): boolean {
  if (entity.type !== 'place' || form.length < 2) return false;
  for (const ch of form) {
    const list = dicts.placeAbbreviations.get(ch);
    if (list === undefined || list.includes(entity.id)) return false;
  }
  return true;
}

/** Ids of China's prefecture-level divisions (place:cn-4205, 宜昌市). */
const PREFECTURE_ID = /^place:cn-\d{4}$/;

/**
 * Adds a mention of a hotel, a street, a site or a county named as written, as a name its characters hold (长城饭店,
 * 南京路, 漳河水库, 宜昌县), covering them; returns where it ends.
 */
function addWritten(
  a: Coverage,
  si: number,
  block: number,
  text: string,
  start: number,
  end: number,
  type: 'organization' | 'place',
  rule: string,
): number {
  a.cover(block, start, end);
  a.add(si, start, end, {
    entity: derivedEntityId(type, text.slice(start, end)),
    type,
    source: 'rule',
    rule,
    confidence: 0.85,
  });
  return end;
}

/** A place's or country's match in one sentence. */
interface PlaceHit {
  si: number;
  s: Sentence;
  text: string;
  m: FormMatch;
  form: string;
  entity: Entity;
}

/**
 * Whether a short form is refused where it was found: it does not stand there (see shortFormStands), or it is a place
 * read across ordinary words on both sides (这里加大: 这里 + 加大, no Riga; see readAcross), which the segmenter, given
 * the dictionaries' forms as words, may cut so.
 */
function shortFormRefused(
  p: People,
  text: string,
  toks: readonly Token[],
  m: FormMatch,
  found: FormMatch,
  entity: Entity,
): boolean {
  const place = entity.type === 'place' || entity.type === 'country';
  const stands = shortFormStands(p.dicts, text, toks, m, found) || (place && nameGluedAfter(p.dicts, text, toks, m));
  return !stands || (entity.type === 'place' && readAcross(p, text, m));
}

/**
 * Whether a two-character form at `m` ends an ordinary word with the character before it and starts one with the next
 * (这里加大, 医保定点, 小麦加紧, 这里海拔: no Riga, Baoding, Mecca or Caspian Sea), or ends in a localizer closing the
 * phrase (see localizerAfterWord: 监测平台中, no Taichung). Not a name opening on 长, which ends a
 * title before it (中科院长春光机所, 武汉市长江青年城: Changchun and the Yangtze), nor a country's (在华美国企业: 华美 and
 * 国企 are words, but 美国 is read first).
 */
function readAcross(p: People, text: string, m: FormMatch): boolean {
  return (
    m.end - m.start === 2 && text[m.start] !== '长' && (betweenWords(p, text, m) || localizerAfterWord(p, text, m))
  );
}

/** Localizers that end a phrase after a noun (平台中 "in the platform", 堤坝上 "on the dam"). */
const LOCALIZERS = new Set([...'中上下里内外']);

/**
 * Whether a two-character form's first character ends an ordinary word with the one before it and its last is a
 * localizer closing the phrase (汇总到监测平台中，: no Taichung; 坚守在堤坝上的: no Bashang).
 */
function localizerAfterWord(p: People, text: string, m: { start: number; end: number }): boolean {
  return (
    LOCALIZERS.has(text[m.end - 1] ?? '') &&
    (text[m.end] === '的' || !/\p{Script=Han}/u.test(text[m.end] ?? '')) &&
    p.isCommonPair(text.slice(m.start - 1, m.start + 1))
  );
}

/** Whether a form's first character ends an ordinary word with the one before it and its last starts one with the next. */
function betweenWords(p: People, text: string, m: { start: number; end: number }): boolean {
  return p.isCommonPair(text.slice(m.start - 1, m.start + 1)) && p.isCommonPair(text.slice(m.end - 1, m.end + 1));
}

/**
 * Adds a place's or country's mention: none for a time zone (北京时间, 莫斯科时间; 当地时间 is no place at all), the
 * named site it is part of (漳河水库, 东阿塞拜疆省), or the place without 地区 (亚太地区 → 亚太). Returns where a site
 * ended (forms inside it are part of it), else -1.
 */
function addPlace(p: People, a: Coverage, h: PlaceHit): number {
  const { dicts } = p;
  const { si, s, text, m, entity } = h;
  if (entity.type === 'place' && text.startsWith('时间', m.end)) return -1;
  const free = (i: number): boolean => i >= s.nstart && i < s.nend && a.isFree(s.block, i, i + 1);
  const toks = a.tokensBySentence[si] ?? [];
  const tokenSpan = tokenSpanFrom(toks, 0);
  // A hotel named after a place (长城饭店): an organization, not the place; a country's hotels are hotels in general.
  const hotel = entity.type === 'place' ? hotelAfter(text, m.end) : 0;
  if (hotel > 0 && m.end + hotel <= s.nend && free(m.end))
    return addWritten(a, si, s.block, text, m.start, m.end + hotel, 'organization', 'hotel');
  // 南京路, 南京西路: a street named after the place, a place of its own named as written.
  // Not a name read across words on both sides (今天水路客运量: 今天 + 水路, no 天水; see betweenWords), nor a county's
  // (南乐县西街关村).
  const street =
    betweenWords(p, text, m) || /[县省市州]$/.test(h.form) ? 0 : streetAfter(text, m.start, m.end, free, tokenSpan);
  if (street > 0 && m.end + street <= s.nend)
    return addWritten(a, si, s.block, text, m.start, m.end + street, 'place', 'street');
  // 天津港, 苏丹港 (Port Sudan), 长白山, 唐山站: a feature or site named after the place.
  const town = namesTown(entity, h.form, text, m, free, tokenSpan);
  const feature = town || featureAfter(text, m.end, free, tokenSpan) ? { start: m.start, end: m.end + 1 } : null;
  const site = feature ?? siteSpan(text, m.start, m.end, free, entity.type === 'place');
  if (site !== null && site.end <= s.nend)
    return addWritten(a, si, s.block, text, site.start, site.end, 'place', 'place-site');
  const claim = dicts.forms.get(h.form);
  // 休斯敦市, 敖德萨州: the division word written after the name is part of it (a name that has one already does not
  // take another: 福建省省长).
  const division =
    entity.type === 'place' && !/[市省州县区]$/.test(h.form) && divisionAfter(text, m.end, free, tokenSpan);
  const end = division ? m.end + 1 : regionName(dicts, h.form, entity) === null ? m.end : m.end - 2;
  if (division) a.cover(s.block, m.end, end);
  // A county named after a prefecture-level city (宜昌县, 株洲县, 金华县: counties of 1998, since merged) is another
  // place than the city, named as written.
  const county = division && text[m.end] === '县' && PREFECTURE_ID.test(entity.id);
  if (county) {
    addWritten(a, si, s.block, text, m.start, end, 'place', 'county-of-city');
    return -1;
  }
  a.add(si, m.start, end, {
    entity: entity.id,
    type: entity.type,
    source: 'dictionary',
    confidence: claim?.kind === 'name' ? 1 : 0.95,
  });
  return -1;
}

/**
 * Whether a place's name at text[m.start, m.end) heads a town or village named after it (北极村, 九龙镇, 平远县泗水镇:
 * not the Arctic, Kowloon or Surabaya): not a country (中国村), nor a division's or region's name (东中西部地区镇个数),
 * nor a foreign place, whose 镇 is itself (拉海纳镇 is Lahaina), unless a county or city of China is written before it.
 */
function namesTown(
  entity: Entity,
  form: string,
  text: string,
  m: { start: number; end: number },
  free: (i: number) => boolean,
  tokenSpan: (i: number) => [number, number] | null,
): boolean {
  if (entity.type !== 'place' || /(?:[省市县区州部]|地区)$/.test(form)) return false;
  const foreign = entity.country !== undefined && entity.country !== 'CN';
  if (foreign && !/[县市区]$/.test(text.slice(0, m.start))) return false;
  return townAfter(text, m.end, free, tokenSpan);
}

/**
 * For a place's alias X地区 whose X is a form of the same place (亚太地区, 中东地区), X; else null. Not a form that
 * names the place only after its province (阿里 of 阿里地区): the division's full name stays whole; nor a region
 * named by a direction (中西部地区).
 */
function regionName(dicts: DictionarySet, form: string, entity: Entity): string | null {
  // China's regions named by a direction keep 地区, as the gold writes them (中西部地区, though 中西部 is a form).
  if (entity.type !== 'place' || !form.endsWith('地区') || form.length < 4) return null;
  if (entity.country === 'CN' && DIRECTION_REGION.test(form)) return null;
  const bare = form.slice(0, -2);
  const claim = dicts.forms.get(bare);
  return claim?.entity === entity.id && claim.kind !== 'qualified' ? bare : null;
}

/** A dictionary form's match in one sentence: where it is, and which form of which entity it is. */
interface FormHit {
  si: number;
  block: number;
  text: string;
  m: FormMatch;
  form: string;
  kind: FormClaim['kind'];
  entity: Entity;
}

/** The middle dots between the parts of a transliterated name (哈桑·法德拉拉). */
const MIDDLE_DOTS = new Set(['·', '•', '・']);

/**
 * A person's form that is only part of a longer foreign name: followed by a middle dot (哈桑 of 哈桑·法德拉拉: the given
 * name comes first), or, for a short transliterated form (萨勒), glued to more transliteration characters that do
 * not start or end an ordinary word (萨勒 of 萨勒曼, 拉米 of 阿拉米; not 普京 of 普京当天 or 转达普京); a form of three
 * glued to one before it (特拉斯 of 阿特拉斯山). A form after a dot
 * stays (普京 of 弗拉基米尔·普京), unless the dot follows a patronymic particle (萨勒曼 of 哈立德·本·萨勒曼: his father).
 */
export function insideLongerName(text: string, start: number, end: number, isWord: (w: string) => boolean): boolean {
  const next = text[end] ?? '';
  if (MIDDLE_DOTS.has(next)) return true;
  if (afterPatronymic(text, start)) return true;
  if (end - start > 3) return false;
  for (let i = start; i < end; i++) if (!TRANSLIT_CHARS.has(text[i] ?? '')) return false;
  const prev = text[start - 1] ?? '';
  if (end - start === 2 && TRANSLIT_CHARS.has(next) && next !== '·' && !isWord(text.slice(end, end + 2))) return true;
  return TRANSLIT_CHARS.has(prev) && prev !== '·' && !isWord(text.slice(start - 2, start));
}

/** Words for a relative written right before a name (其子亨特·拜登, 拜登的儿子——亨特·拜登, 夫人梅拉尼娅·特朗普). */
const KIN_BEFORE =
  /(?:[其之]?[子女父母妻兄弟]|儿子|女儿|夫人|妻子|丈夫|父亲|母亲|哥哥|弟弟|姐姐|妹妹|胞[兄弟姐妹])[的——-]*$/;

/**
 * Whether a person's form after a dot ends the name of another of that family: the given name before the dot is an
 * initial none of the person's dotted forms starts with (阿·扎帕罗夫, the prime minister, beside 萨德尔·扎帕罗夫, the
 * president), or the article writes the same full name after a word for a relative (其子亨特·拜登: Hunter Biden, not
 * Joe Biden). Other given names stay the person's, as transliterations vary (詹姆斯·万斯, 阿莱克桑达尔·武契奇); so
 * does a form with its own dot (纳瓦兹·谢里夫 of 穆罕默德·纳瓦兹·谢里夫).
 */
function otherOfFamily(a: Coverage, text: string, start: number, form: string, entity: Entity): boolean {
  if (/[·•・]/.test(form) || !MIDDLE_DOTS.has(text[start - 1] ?? '')) return false;
  const given = /[\p{Script=Han}]+$/u.exec(text.slice(Math.max(0, start - 12), start - 1))?.[0];
  if (given === undefined) return false;
  const known = [entity.name, ...entity.aliases]
    .filter((f) => /[·•・]/.test(f))
    .flatMap((f) => f.split(/[·•・-]/))
    .filter((k) => k !== '' && k !== form);
  if (known.length === 0) return false;
  // An initial: one character after a title or no Han character (总理阿·扎帕罗夫).
  const initial = text[start - 2] ?? '';
  if (given.length === 1 || titleEndingAt(text, start - 2) !== null) return !known.some((k) => k.startsWith(initial));
  // The given name is a tail of the Han run before the dot (其子亨特): one the person's forms write is theirs.
  const tails = [...given].map((_, i) => given.slice(i));
  if (tails.some((t) => known.includes(t))) return false;
  for (const tail of tails) {
    const name = `${tail}·`;
    for (const nb of a.norm)
      for (let i = nb.text.indexOf(tail); i >= 0; i = nb.text.indexOf(tail, i + 1))
        if (
          MIDDLE_DOTS.has(nb.text[i + tail.length] ?? '') &&
          nb.text.startsWith(form, i + name.length) &&
          KIN_BEFORE.test(nb.text.slice(Math.max(0, i - 4), i))
        )
          return true;
  }
  return false;
}

/**
 * Whether a foreign place, country or body at `m` is part of a person's name (see placeInsideName and dottedName; a
 * body only glued inside a dotted name), or a place or country part of a foreign county's (see foreignCounty).
 */
function foreignInsideName(
  a: Coverage,
  people: People,
  block: number,
  text: string,
  m: FormMatch,
  entity: Entity,
  before: { end: number } | null,
): boolean {
  if ((entity.country ?? entity.iso2) === 'CN') return false;
  // A foreign body's transliterated name glued between a person's name and a middle dot (阿卜杜勒法塔赫·塞西: el-Sisi's
  // given name, not Fatah).
  if (entity.type === 'organization')
    return (
      TRANSLIT_CHARS.has(text[m.start - 1] ?? '') &&
      MIDDLE_DOTS.has(text[m.end] ?? '') &&
      /\p{Script=Han}/u.test(text[m.end + 1] ?? '')
    );
  if (entity.type !== 'place' && entity.type !== 'country') return false;
  return (
    (entity.type === 'place' && placeInsideName(a, block, text, m, people)) ||
    dottedName(people.dicts, text, m, before) ||
    opensTitledName(text, m, people) ||
    foreignCounty(text, m)
  );
}

/** Whether transliteration goes on from `m` into a county's word (马里|恩县: Marion County, Tennessee, no Mali). */
function foreignCounty(text: string, m: FormMatch): boolean {
  const n = translitRun(text, m.end, 1);
  return n > 0 && (text[m.end + n] === '县' || text[m.end + n] === '郡');
}

/**
 * Whether a foreign place or country opens the transliterated name of the person a title before it announces: glued
 * to more transliteration characters that start no ordinary word (法国前总理拉法兰 is Raffarin, not Rafah; 外长科隆纳,
 * 发言人马里纳基斯).
 */
function opensTitledName(text: string, m: FormMatch, people: People): boolean {
  const next = text[m.end] ?? '';
  if (!TRANSLIT_CHARS.has(next) || MIDDLE_DOTS.has(next) || people.isCommonPair(text.slice(m.end, m.end + 2)))
    return false;
  return titleAnnouncesName(text, m.start);
}

/**
 * Where the longest country or place form of the dictionaries starting at `at` of `text` ends, before `limit`, or null
 * (北京 of 巴黎·北京, 中国 of 中国体育代表团, 成都 of 成都工业学院); a county's short form, which names it only after its
 * province, is none.
 */
export function placeFormEnd(dicts: DictionarySet, text: string, at: number, limit = text.length): number | null {
  const found = dicts.trie.longestAt(text, at, limit);
  // A formal name gives back its last character where it starts a word with the next (以色列国|防军发言人: 以色列).
  const m = found === null ? null : (givenBack(dicts, text, found)?.m ?? null);
  const entry = m === null ? undefined : dicts.formList[m.value];
  const type = entry === undefined ? undefined : dicts.entities.get(entry.claim.entity)?.type;
  return m !== null && entry?.claim.kind !== 'qualified' && (type === 'country' || type === 'place') ? m.end : null;
}

/**
 * How many transliteration characters, three at most, run from `at` backwards (`step` -1: those before it) or forwards
 * (`step` 1: it and those after), stopping at a middle dot.
 */
function translitRun(text: string, at: number, step: -1 | 1): number {
  let n = 0;
  for (; n < 3; n++) {
    const ch = text[step < 0 ? at - n - 1 : at + n] ?? '';
    if (!TRANSLIT_CHARS.has(ch) || MIDDLE_DOTS.has(ch)) break;
  }
  return n;
}

/**
 * Whether a foreign country's or place's name is a part of a person's transliterated name written with dots
 * (萨尔瓦多·达利, 罗莎·卢森堡, 嘉木样·洛桑久美, 迈赫迪·马沙特): a dot joins it, or it ends the part after a dot, to Han
 * characters that are no place of a list (巴黎·北京) nor follow one (中国·东盟 names its pair).
 */
function dottedName(dicts: DictionarySet, text: string, m: FormMatch, before: { end: number } | null): boolean {
  const han = (ch: string | undefined): boolean => ch !== undefined && /\p{Script=Han}/u.test(ch);
  if (MIDDLE_DOTS.has(text[m.end] ?? '') && han(text[m.end + 1]) && placeFormEnd(dicts, text, m.end + 1) === null)
    return true;
  // A short name ending the last part, after a dot and transliteration characters (迈赫迪·马沙特, 阿卜杜勒阿齐兹·阿勒沙特;
  // not 圣马力诺共和国 run on from 兰贝托·迪尼 without a comma).
  if (m.end - m.start <= 2) {
    const k = m.start - translitRun(text, m.start, -1);
    if (k < m.start && MIDDLE_DOTS.has(text[k - 1] ?? '') && han(text[k - 2])) return true;
    // Or starting the first part, before transliteration characters and a dot (马里诺·扎诺蒂, San Marino's regent: no Mali).
    const e = m.end + translitRun(text, m.end, 1);
    if (e > m.end && MIDDLE_DOTS.has(text[e] ?? '') && han(text[e + 1])) return true;
  }
  return (
    MIDDLE_DOTS.has(text[m.start - 1] ?? '') &&
    han(text[m.start - 2]) &&
    !(before !== null && before.end === m.start - 1)
  );
}

/**
 * Whether a foreign place's short transliterated form ends a foreign person's name, glued to a free transliteration
 * character before it that starts no word with the one before (马哈马, 克利马, 尼尼斯托: not Hama, Lima or Nice), or
 * starts one before a middle dot (哈马·阿马杜). Not after another name (乌克兰苏梅市, 叙利亚哈马), nor before other
 * characters, which too often start the next word (巴黎奥组委, 哈马北部).
 */
function placeInsideName(a: Coverage, block: number, text: string, m: FormMatch, people: People): boolean {
  const { start, end } = m;
  const next = text[end] ?? '';
  if (end - start !== 2 || ![...text.slice(start, end)].every((ch) => TRANSLIT_CHARS.has(ch))) return false;
  if (MIDDLE_DOTS.has(next)) return true;
  const prev = text[start - 1] ?? '';
  return (
    start > 0 &&
    prev !== '·' &&
    TRANSLIT_CHARS.has(prev) &&
    a.isFree(block, start - 1, start) &&
    !people.isCommonPair(text.slice(start - 2, start)) &&
    !people.isCommonPair(text.slice(start - 1, start + 1))
  );
}

/** Surnames that are prepositions too: before a place they are the preposition (于四川, 向北京, 经上海). */
const PREPOSITION_SURNAMES = new Set([...'于向和与在从到赴至将把对经']);
/** What opens a person's name in a list or a clause (、李长江、, （孟西安）). */
const NAME_OPEN = new Set([...'、，,（(：:“ ']);
/**
 * What ends a person's name in a list or before speech (高沈阳说, 高沈阳透露, 李长江、黄兴国为副省长, 高玉林等５人, 高玉林与原
 * 天津…).
 */
const NAME_END_NEXT = /^(?:[、，,）)。；;]|说|等|同志|先生|女士|透露|表示|介绍|指出|认为|告诉|强调|与|和)/;
/** A second name closing a credit in brackets after the first (（孟西安祁勇）: two reporters). */
const CREDIT_REST = /^\p{Script=Han}{2,3}[）)]/u;
/**
 * What follows a name that opens a line of its own to the line's end: nothing, or a second name (邱金华, 聂长江孙茂盛:
 * the reporters credited under an article of 1998).
 */
const CREDIT_LINE_REST = /^\s*(?:\p{Script=Han}{2,3})?\s*$/u;

/**
 * Whether a place's two-character form is the given name of a person whose common surname stands right before it
 * (排球中心副主任高沈阳说, 章猛进、李长江、黄兴国为副省长, （孟西安）): the surname after a title, a separator or a
 * bracket, the name before a separator, a word of speech, 与 or 等, or before a second name closing a credit in
 * brackets (（孟西安祁勇）); or the name alone on a line, or with a second name (邱金华, 聂长江孙茂盛: a credit). Not after
 * a surname that is a preposition too (于四川, 向北京).
 */
function givenNameOfPerson(a: Coverage, people: People, block: number, text: string, m: FormMatch): boolean {
  const credit =
    (/[（(]/.test(text[m.start - 2] ?? '') && CREDIT_REST.test(text.slice(m.end, m.end + 4))) ||
    (m.start === 1 && CREDIT_LINE_REST.test(text.slice(m.end)));
  if (m.end - m.start !== 2 || m.start < 1 || !(credit || NAME_END_NEXT.test(text.slice(m.end, m.end + 2))))
    return false;
  const surname = text[m.start - 1] ?? '';
  if ((people.surnameRanks.get(surname) ?? Number.POSITIVE_INFINITY) >= 100 || PREPOSITION_SURNAMES.has(surname))
    return false;
  if (!a.isFree(block, m.start - 1, m.start)) return false;
  return m.start === 1 || NAME_OPEN.has(text[m.start - 2] ?? '') || titleEndingAt(text, m.start - 1) !== null;
}

/** Whether a place's form is part of a person's name: a given name (see givenNameOfPerson) or a Tibetan one's start. */
function personsName(a: Coverage, people: People, block: number, text: string, m: FormMatch): boolean {
  return givenNameOfPerson(a, people, block, text, m) || startsTibetanName(text, m.start, m.end);
}

/**
 * Whether a place's qualified form (a county's short form) counts where it stands: right after a place containing it,
 * whatever the segmenter made of it (it is no user word); or, as a word of its own and no ordinary word, in an article
 * that names the place in full (张北 after 张北县).
 */
function qualifiedStands(
  a: Coverage,
  people: People,
  containing: ReadonlyMap<string, string[]>,
  text: string,
  toks: readonly Token[],
  m: FormMatch,
  form: string,
  entity: Entity,
): boolean {
  const before = containing.get(entity.id) ?? [];
  if (before.some((f) => f.length <= m.start && text.startsWith(f, m.start - f.length))) return true;
  return !people.isCommonPair(form) && alignsWithWords(text, toks, m) && namedInFull(a, entity);
}

/**
 * Prepositions that start a few counties' short forms (同安, 和田, 从江): without the county, the preposition stands
 * alone and any form may start after it (李强同安瓦尔, 张高丽和田纪云, 从江苏滨海到四川梓潼). After another short form
 * that is none where it stands, only a country's may (投资中国: 资中 is no county, 中国 is China; not 远东 of 抚远东极,
 * 南通 of 定南通用机场).
 */
const PREPOSITION_HEAD = new Set('同与和对向在从'.split(''));

/** Whether a match of a form found only between quotes (“九五”期间) stands between them. */
function betweenQuotes(text: string, m: FormMatch): boolean {
  return /[“"「『]/.test(text[m.start - 1] ?? '') && /[”"」』]/.test(text[m.end] ?? '');
}

/**
 * Words a name's last character starts with the next one: 国 of a formal name before 家, 社 of a newspaper before 论,
 * 市 of a city before 场 (上海市场 is Shanghai's market) or 民 (重庆市民 are its citizens; see citizensAt).
 */
const GIVEN_BACK = new Set(['国家', '社论', '市场', '市民', '部队']);
/**
 * Words the 国 of a formal name starts with the next character where the name has a shorter form to give back
 * (以色列国防军, 日本国内, 日本国土地理院, 日本国会, 日本国民, 日本国情); a name with none keeps it (联合国内部,
 * 联合国内罗毕办事处).
 */
const GIVEN_BACK_TO_SHORTER = new Set([
  '国内',
  '国土',
  '国际',
  '国防',
  '国会',
  '国旗',
  '国歌',
  '国庆',
  '国民',
  '国情',
  '国境',
]);

/**
 * A name whose last character starts a word with the next (以色列国家安全局, 蒙古国家大呼拉尔, 巴勒斯坦国家和人民, 人民日报社论,
 * 上海市场, 教育部队; 以色列国防军, 日本国内: see GIVEN_BACK_TO_SHORTER)
 * gives it back: the shorter form of the same entity is the mention (以色列, 人民日报, the paper whose editorial it is),
 * and a name with no such form (联合国 of 联合国家标准化管理委员会) none.
 */
export function givenBack(
  dicts: DictionarySet,
  text: string,
  m: FormMatch,
): { m: FormMatch; entry: { form: string; claim: FormClaim } } | null {
  const entry = dicts.formList[m.value];
  if (entry === undefined) return null;
  const word = text.slice(m.end - 1, m.end + 1);
  const country = countryGivenBack(dicts, text, m);
  if (country !== null) return country;
  const body = word === '市民' && !citizensAt(text, m.end - 1);
  if (body || !(GIVEN_BACK.has(word) || GIVEN_BACK_TO_SHORTER.has(word))) return { m, entry };
  // A two-character alias of a longer name gives its 国 back and stands as its own abbreviation (俄国防部 is 俄 +
  // 国防部, 俄国家利益 俄 + 国家利益); not a country's own name (中国内地, 美国会费).
  if (m.end - m.start === 2 && twoCharGivesBack(dicts, text, m, entry.claim.entity))
    return { m: { ...m, end: m.end - 1 }, entry: { form: text[m.start] ?? '', claim: entry.claim } };
  if (m.end - m.start < 3) return { m, entry };
  const form = text.slice(m.start, m.end - 1);
  const claim = dicts.forms.get(form);
  if (claim === undefined || claim.entity !== entry.claim.entity) return GIVEN_BACK.has(word) ? null : { m, entry };
  return { m: { ...m, end: m.end - 1 }, entry: { form, claim } };
}

/** Words 海 starts after a country's name that are that country's (日本海军, 挪威海关, 日本海上自卫队), not a sea's. */
const SEA_GIVEN_BACK = /^海(?:军|关|岸|滨|警|事|运|外|上(?:自卫队|保安厅))/;

/**
 * A sea named after a country (日本海, 挪威海) whose 海 starts one of that country's words (日本海军, 挪威海滨, 日本海上自卫队)
 * gives it back, and so does a bank named after one before 业 (日本银行业, 美国银行业: the country's banking): the
 * country's form is the mention, as 以色列 of 以色列国防军.
 */
function countryGivenBack(
  dicts: DictionarySet,
  text: string,
  m: FormMatch,
): { m: FormMatch; entry: { form: string; claim: FormClaim } } | null {
  const bank = text.startsWith('银行业', m.end - 2);
  if (m.end - m.start < 3 || !(bank || SEA_GIVEN_BACK.test(text.slice(m.end - 1, m.end + 5)))) return null;
  const form = text.slice(m.start, m.end - (bank ? 2 : 1));
  const claim = dicts.forms.get(form);
  if (claim === undefined || dicts.entities.get(claim.entity)?.type !== 'country') return null;
  return { m: { ...m, end: m.start + form.length }, entry: { form, claim } };
}

/** Whether a two-character alias ending in 国 (俄国) of a longer name (俄罗斯) starts with that entity's abbreviation. */
function twoCharGivesBack(dicts: DictionarySet, text: string, m: FormMatch, id: string): boolean {
  const name = dicts.entities.get(id)?.name ?? '';
  return name.length >= 3 && (dicts.abbreviations.get(text[m.start] ?? '')?.includes(id) ?? false);
}

/**
 * Whether a country's form of three characters or more starts right inside a short form refused for cutting the
 * segmenter's words, and runs on past it (更多哥伦比亚: not 多哥, Togo, which cuts 更多, but 哥伦比亚, Colombia). Not a
 * shorter form, nor a place's or a body's, which a segmenter's user word as often fakes (苏丹麦洛维: 丹麦, 上海南翼:
 * 海南, 中国大党: 国大党): the scan passes over those as before.
 */
function reformedInside(dicts: DictionarySet, text: string, found: FormMatch): boolean {
  const inner = dicts.trie.longestAt(text, found.start + 1, text.length);
  const claim = inner === null ? undefined : dicts.formList[inner.value]?.claim;
  const type = claim === undefined ? undefined : dicts.entities.get(claim.entity)?.type;
  if (inner === null || inner.end <= found.end || inner.end - inner.start < 3) return false;
  if (type === 'country') return true;
  // An organization's abbreviation refused inside a word (议联 of 抗议联合国, the IPU's) gives way to a body's name
  // after it.
  const outer = dicts.formList[found.value]?.claim;
  return type === 'organization' && outer !== undefined && dicts.entities.get(outer.entity)?.type === 'organization';
}

/**
 * Whether a country's or organization's qualified form stands: where the article names it in full (中非 in an article
 * on 中非共和国, elsewhere China–Africa; 基金组织 where it names 国际货币基金组织), or a foreign organization's country
 * (民主党 where it names the United States; Japan's and Romania's 民主党 are not the US party); a foreign one's never in a
 * paragraph on other countries only (see othersBlock).
 */
function qualifiedNamed(dicts: DictionarySet, a: Coverage, entity: Entity, block: number): boolean {
  const foreign = entity.type === 'organization' && entity.country !== undefined && entity.country !== 'CN';
  if (!foreign) return namedInFull(a, entity);
  return (namedInFull(a, entity) || countryNamed(dicts, a, entity)) && !othersBlock(dicts, a, block, entity);
}

/**
 * Whether a paragraph names foreign countries, none of them the organization's: a foreign party's short form there is
 * that other country's (法国…参议院共和党党团负责人 in a roundup whose other item names the US: no US Republicans).
 * China does not count: a paragraph on the US parties names it often (共和党议员对华…); the country of a body, place or
 * person of the dictionaries counts (由民主党人掌控的参议院 after 美国国会众议院 and 以色列: the US).
 */
function othersBlock(dicts: DictionarySet, a: Coverage, block: number, entity: Entity): boolean {
  const countries = new Set<string>();
  for (const m of a.out) {
    if (m.block !== block || m.entity === null) continue;
    // A country, or the country of a body, place or person of the dictionaries (美国国会众议院, 白宫: the US).
    const e = dicts.entities.get(m.entity);
    const iso = e?.type === 'country' ? e.iso2 : e?.country;
    if (iso !== undefined && iso !== 'CN') countries.add(iso);
  }
  return countries.size > 0 && entity.country !== undefined && !countries.has(entity.country);
}

/** Words for a capital that end on the first character of a place's name written right after them (首都|柏林). */
const CAPITAL_WORDS = new Set(['首都', '首府']);

/**
 * Whether a name starting at `start` starts on the last character of a word for a capital before it, and a place's or
 * country's form starts right after that character (首都柏林: 都柏林 is Dublin, 柏林 the capital written).
 */
export function capitalWordCut(dicts: DictionarySet, text: string, start: number): boolean {
  return CAPITAL_WORDS.has(text.slice(start - 1, start + 1)) && placeFormEnd(dicts, text, start + 1) !== null;
}

/**
 * Whether the dictionary step moves on one character from a form: a two-numeral plan outside quotes, a form other
 * than a country's inside a short form given back, a place written after 首都 whose first character the word took
 * (首都柏林 is 首都 + 柏林, Berlin, not 首 + 都柏林, Dublin), and one whose last character opens 国务院.
 */
function movesOn(
  dicts: DictionarySet,
  text: string,
  m: FormMatch,
  entity: Entity,
  quotedOnly: boolean,
  givenBackUntil: number,
): boolean {
  if (quotedOnly && !betweenQuotes(text, m)) return true;
  if (m.start < givenBackUntil && entity.type !== 'country') return true;
  if (PREFECTURE_ID.test(entity.id) && ministerCut(text, m.start)) return true;
  // A form ending on the 国 of 国务院 (联合国务院国资委 is 联合 "jointly" + the State Council's commission: no UN).
  if (m.end - m.start > 1 && text.startsWith('国务院', m.end - 1)) return true;
  return (entity.type === 'place' || entity.type === 'country') && capitalWordCut(dicts, text, m.start);
}

/**
 * Whether a city's form opens with the 长 of 部长, 议长 or 酋长 (国防部副部长沙波瓦洛夫, 外交部长沙伦赛, 外交部长春节前,
 * 吉尔吉斯斯坦议长沙基耶夫, 富查伊拉酋长沙尔基): the title's character, the name or word after it, not 长沙 or 长春. After other
 * bodies the city stands (新华社长沙１月８日电, 中科院长春光机所), and so does the river after a ministry (水利部长江水利委员会:
 * not a city), and a city after a word ending in 议 (建议长沙加快, 会议长春分会场).
 */
function ministerCut(text: string, start: number): boolean {
  if (text[start] !== '长') return false;
  return (
    text[start - 1] === '部' ||
    text[start - 1] === '酋' ||
    (text[start - 1] === '议' && !/[建提倡审决协商会评争抗附动复异]/.test(text[start - 2] ?? ''))
  );
}

/**
 * Whether a short form stands where it was found: it lines up with the segmenter's words, or is the name written after
 * 首都, which the segmenter's 首|都柏林 does not line up with (柏林).
 */
function shortFormStands(
  dicts: DictionarySet,
  text: string,
  toks: readonly Token[],
  m: FormMatch,
  found: FormMatch,
): boolean {
  return linesUp(text, toks, m, found) || capitalWordCut(dicts, text, m.start - 1);
}

/**
 * Whether a place's short form opens the segmenter's word and another name of three characters or more follows it
 * inside that word (纽约联合国总部, one word of jieba's: 纽约 + 联合国): two names the word glued, not one the short form
 * cuts. Not an organization's (中共上海市委: the party's name is part of the committee's).
 */
function nameGluedAfter(dicts: DictionarySet, text: string, toks: readonly Token[], m: FormMatch): boolean {
  const word = tokenAt(toks, m.start);
  if (word === undefined || word.start !== m.start || word.end <= m.end + 2) return false;
  for (let end = word.end; end >= m.end + 3; end--) if (dicts.forms.has(text.slice(m.end, end))) return true;
  return false;
}

/**
 * Whether a short form lines up with the segmenter's words (see alignsWithWords), or is what a name gave back of
 * itself (日本国|内: 日本, 重庆市|民: 重庆, matched as `found`), which the segmenter's word 日本国 does not line up with.
 */
function linesUp(text: string, toks: readonly Token[], m: FormMatch, found: FormMatch): boolean {
  return (
    // givenBack is what shortens a form: m ends before `found` only where the name gave a character back.
    m.end < found.end || alignsWithWords(text, toks, m)
  );
}

/** Whether a short form lines up with the segmenter's words (加纳 is not in 增加纳税), a suffix such as 人 aside. */
function alignsWithWords(text: string, toks: readonly Token[], m: FormMatch): boolean {
  const first = tokenAt(toks, m.start);
  const last = tokenAt(toks, m.end - 1);
  const startOk = first === undefined || first.start === m.start;
  const endOk =
    last === undefined ||
    last.end === m.end ||
    (last.end === m.end + 1 && SUFFIX_OK.has(text[m.end] ?? '')) ||
    MISSION_OK.has(text.slice(m.end, last.end));
  return startOk && endOk;
}

/** What stands before an item of a list of names: a list separator or an opening bracket. */
const LIST_BEFORE = new Set('、，,：:（(　 '.split(''));
/** The spaces that set the names of a list apart. */
const SPACES = new Set(['　', ' ']);
/** What stands after one: a separator, a bracket (杨震刚（藏族）) or the end of a sentence. */
const LIST_AFTER = new Set('、，,（(）)。；;'.split(''));
/** Characters that end a clause after a name rather than the name (李希说, 汪洋等). */
export const AFTER_NAME: ReadonlySet<string> = new Set('说等和在是的也都又就称讲为了及与同向对'.split(''));

/**
 * Whether a two-character name stands as a list item that runs on by one Han character before the next separator
 * (、杨震刚（藏族）, 、李希林、, 　刘奇凡　): a three-character name the shorter one is the start of.
 */
function runsOnInList(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || (start > 0 && !LIST_BEFORE.has(text[start - 1] ?? ''))) return false;
  const next = text[end] ?? '';
  const after = text[end + 1] ?? '';
  // Names set apart by spaces (刘军川　刘奇凡　刘昌林, a list of a congress's members): a space after as before.
  const spaced = SPACES.has(after) && (start === 0 || SPACES.has(text[start - 1] ?? ''));
  return /\p{Script=Han}/u.test(next) && !AFTER_NAME.has(next) && (LIST_AFTER.has(after) || spaced);
}

/** What the person rules read, built once per tagger. */
interface People {
  dicts: DictionarySet;
  /** A form several people share → those people. */
  alternatives: Map<string, Entity[]>;
  /** Person id → the forms it shares with other people. */
  sharedForms: Map<string, string[]>;
  isCommonPair: (w: string) => boolean;
  /** Chinese surnames by frequency rank (0 the most frequent). */
  surnameRanks: ReadonlyMap<string, number>;
}

/**
 * Makes a person the article's sense of every form he shares with others, and of his forms that name him only after
 * titles: the article named him (马来西亚最高元首易卜拉欣·伊斯干达 … 陪同易卜拉欣访华的有).
 */
function claimForms(p: People, a: Coverage, person: Entity): void {
  for (const f of p.sharedForms.get(person.id) ?? []) a.sense.set(f, person);
  for (const f of person.titled) a.sense.set(f, person);
}

/**
 * A form that names its people only after their titles (阿联酋总统穆罕默德), or after the article named one of
 * them so; anywhere else it is left to the recognizer and the other rules (先知穆罕默德).
 */
function matchTitled(
  p: People,
  a: Coverage,
  h: FormHit,
  candidates: readonly Entity[],
  titled: boolean,
  waiting: FormHit[],
): void {
  const { m } = h;
  let person: Entity | null;
  let passing = false;
  if (titled) person = personByTitles(p.dicts, candidates, h.text, m.start, a.date);
  else {
    // An article that named one of them may mention another in passing with a title after the name
    // (副总统兼总理穆罕默德 … 习近平主席同穆罕默德总统): the title chooses for that mention alone.
    person = inDottedName(h) ? null : (a.sense.get(h.form) ?? null);
    const after = titleStartingAt(h.text, m.end);
    // The person the article chose stays where the title fits them too (乍得当选总统穆罕默德 … 穆罕默德总统).
    const chosen = a.sense.get(h.form);
    const keeps = after !== null && chosen != null && holdsOffice(chosen, after);
    const other = after === null || keeps ? null : personByTitleAfter(candidates, after, a.date);
    // A first mention with the title after the name (桥本首相, 1998) chooses as titles before it do, where the article
    // names that person's country (穆罕默德总统 in an item on Chad is not the UAE's president).
    if (other !== null && !a.sense.has(h.form)) {
      if (countryNamed(p.dicts, a, other)) person = other;
    } else if (other !== null && person !== null && other !== person) {
      person = other;
      passing = true;
    }
  }
  if (person === null) {
    // Titles that fit none of them name someone else, and so does the bare form after them.
    if (titled) a.sense.set(h.form, null);
    // Still a name: no rule reads its characters (the 德 of 穆罕默德总统 is not Germany); the recognizer may.
    a.holdName(h.block, m.start, m.end);
    // A bare form before the article names anyone by it (a title before the body: 桥本和布莱尔会谈) waits for the rest.
    if (!titled && !a.sense.has(h.form)) waiting.push(h);
    return;
  }
  if (!passing) {
    claimForms(p, a, person);
    // Also a titled form only this person has (卡拉斯): later bare mentions follow the titles' choice.
    a.sense.set(h.form, person);
  }
  a.cover(h.block, m.start, m.end);
  a.add(h.si, m.start, m.end, { entity: person.id, type: 'person', source: 'dictionary', confidence: 0.9 });
}

/** Whether a bare form is a part of a dotted name (韦拉 of 卡尔梅努·韦拉), not the person the article named by it. */
function inDottedName(h: FormHit): boolean {
  return MIDDLE_DOTS.has(h.text[h.m.start - 1] ?? '') || MIDDLE_DOTS.has(h.text[h.m.end] ?? '');
}

/** The bare forms {@link matchTitled} left waiting that the rest of the article gave to one person (桥本 of 桥本龙太郎). */
function linkWaiting(a: Coverage, waiting: readonly FormHit[]): void {
  for (const h of waiting) {
    const person = a.sense.get(h.form);
    // Not a part of another dotted name (韦拉 of 卡尔梅努·韦拉, where the article named 乔治·韦拉).
    if (person == null || inDottedName(h)) continue;
    a.add(h.si, h.m.start, h.m.end, { entity: person.id, type: 'person', source: 'dictionary', confidence: 0.9 });
  }
}

/**
 * Where a doctrine named after a person ends (-1: none), given where the person's form ends: 主义 right after it
 * (马克思主义, 列宁主义), or after another person's form (马克思列宁主义).
 */
function doctrineEnd(dicts: DictionarySet, text: string, end: number): number {
  if (text.startsWith('主义', end)) return end + 2;
  const next = dicts.trie.longestAt(text, end, text.length);
  const entry = next === null ? undefined : dicts.formList[next.value];
  const person = entry === undefined ? undefined : dicts.entities.get(entry.claim.entity);
  return next !== null && person?.type === 'person' && text.startsWith('主义', next.end) ? next.end + 2 : -1;
}

/**
 * Whether a foreign person's short name (three characters or fewer), written with no title, is too weak to name that
 * person: the article is dated before any of the person's offices and never writes the person's country (益比奥, a drug
 * of 1998, is not Sierra Leone's president 比奥; 艾赛义德, Morocco's speaker then, holds no Kais Saied). Its characters
 * are still held from the shorthand rules.
 */
function unsupportedShortName(p: People, a: Coverage, h: FormHit, person: Entity): boolean {
  if (h.form.length > 3 || person.country === undefined || person.country === 'CN') return false;
  return beforeAnyOffice(person, a.date) && !countryNamed(p.dicts, a, person);
}

/**
 * The titles and country written before the name choose among the people who share it, or rule them all out
 * (叙利亚国防部长阿巴斯 is not the Palestinian president): the name is then a person of its own, unlinked. What the
 * titles decided holds for the same name without titles later in the article (沙特王储萨勒曼 … 萨勒曼表示): one
 * article rarely means two people by one name, and a name it already gave to one person (沙特王储萨勒曼, 萨勒曼国王)
 * stays his unless titles say otherwise.
 */
function matchPerson(p: People, a: Coverage, h: FormHit, waiting: FormHit[]): void {
  const { m } = h;
  // 马克思主义, 马克思列宁主义: a doctrine named after people, no mention of them (nor of anything the recognizer reads).
  const ism = doctrineEnd(p.dicts, h.text, m.end);
  if (ism > 0) {
    a.cover(h.block, m.start, ism);
    return;
  }
  // Nor where the name is a word there (一片汪洋) or starts a prize's or a route's name (曹禺戏剧评论奖).
  if (personWordAt(h.text, m.start, m.end)) return;
  // A Chinese name is never the first part of a transliterated one (学雷锋·文明实践: 雷锋 before a dot).
  if (h.entity.country !== 'CN' && insideLongerName(h.text, m.start, m.end, p.isCommonPair)) return;
  if (h.entity.country !== 'CN' && otherOfFamily(a, h.text, m.start, h.form, h.entity)) return;
  // Nor is a two-character name one of a list whose item runs on by a character (杨震刚（藏族）, 李希林、): the
  // recognizer reads the longer name.
  if (h.entity.country === 'CN' && runsOnInList(h.text, m.start, m.end)) return;
  const shared = p.alternatives.get(h.form);
  const titled = titleEndingAt(h.text, m.start) !== null;
  if (h.kind === 'titled') {
    matchTitled(p, a, h, shared ?? [h.entity], titled, waiting);
    return;
  }
  const decided = titled || shared === undefined ? undefined : a.sense.get(h.form);
  // A first mention of a shared name with the title after it (扎帕罗夫总理 for Kyrgyzstan's premier, not its president
  // of the same surname) chooses as a title before it would.
  const after = titled || shared === undefined || decided !== undefined ? null : titleStartingAt(h.text, m.end);
  const byTitleAfter = after === null ? null : personByTitleAfter(shared ?? [], after, a.date);
  const person =
    namesake(h.text, m.start, m.end, h.entity) || (!titled && namesakeInArticle(a, h.form, h.entity))
      ? null
      : decided !== undefined
        ? decided
        : (byTitleAfter ?? personInContext(p.dicts, shared ?? [h.entity], h.text, m.start, a.date));
  if (person !== null && !titled && unsupportedShortName(p, a, h, person)) {
    a.holdName(h.block, m.start, m.end);
    return;
  }
  if (person !== null) claimForms(p, a, person);
  else if (titled) a.sense.set(h.form, null);
  a.cover(h.block, m.start, m.end);
  // An alias written with a title (习主席, 习近平总书记) names the person with the name part alone.
  const { start, end } = h.kind === 'name' ? m : withoutTitles(h.text, m.start, m.end);
  if (person === null) {
    const name = h.text.slice(start, end);
    a.add(h.si, start, end, {
      entity: derivedEntityId('person', name),
      type: 'person',
      source: 'rule',
      rule: 'other-person',
      confidence: 0.7,
    });
  } else {
    a.add(h.si, start, end, {
      entity: person.id,
      type: h.entity.type,
      source: 'dictionary',
      confidence: h.kind === 'name' ? 1 : 0.95,
    });
  }
}

/**
 * Occupations written right before a name (北京女选手王晨, 混双选手陈刚, 主治医生刘鹤, 双中锋巴特尔, 合成旅连长孙金龙,
 * 支行副行长李鹏); not 记者, which officials once were.
 */
const OCCUPATION_BEFORE =
  /(?:选手|运动员|队员|球员|棋手|教练|中锋|前锋|后卫|门将|主攻|二传|名将|小将|老将|歌手|歌唱家|演员|作家|画家|教授|博士|同学|小朋友|老师|医生|护士|连长|排长|班长|战士|支行副?行长)$/;
/**
 * What is written right after a name of an occupation or of a match (李飞副教授, 王晨同学, 王晨以２∶０战胜, 王晨２胜２负,
 * 孔令辉和王晨分别战胜了各自的对手): officials neither teach nor win matches.
 */
const OCCUPATION_AFTER =
  /^(?:副?教授|老师|同学|选手|医生|博士|(?:分别|也|又|均)?(?:以[0-9０-９]+[:∶比]|战胜|击败|[0-9０-９]+胜[0-9０-９]+负))/;

/**
 * Whether a Chinese office holder's name stands beside an occupation (女选手王晨, 李飞副教授): a namesake — an athlete,
 * a scholar, a doctor — not the official (15 of 16 王晨 in People's Daily 1998 were athletes).
 */
function namesake(text: string, start: number, end: number, entity: Entity): boolean {
  if (entity.country !== 'CN' || entity.roles.length === 0) return false;
  return OCCUPATION_BEFORE.test(text.slice(Math.max(0, start - 6), start)) || OCCUPATION_AFTER.test(text.slice(end));
}

/** Characters after a name that start a word of their own (王晨分别战胜, 孙金龙和, 李鹏总是): the name ends before them. */
const ENDS_NAME = new Set([...AFTER_NAME, ...'获以率表指认将曾均还分总一很']);

/** Whether a name written before `at` ends there (选手王晨分别, 连长孙金龙和), unlike the 王晨 of 选手王晨光. */
function endsName(text: string, at: number): boolean {
  const c = text[at];
  return c === undefined || !/[\u4e00-\u9fff]/.test(c) || ENDS_NAME.has(c);
}

/**
 * Whether the article writes the name beside an occupation anywhere (see {@link namesake}): then its mentions without a
 * title are that namesake too, those before the occupation included (【二十大代表风采】孙金龙：… 某合成旅连长孙金龙; 乒乓球擂台赛
 * 孔令辉王晨获胜 … 北京的王晨以２∶０战胜): one article rarely means two people by one name.
 */
function namesakeInArticle(a: Coverage, form: string, entity: Entity): boolean {
  const known = a.namesakes.get(form);
  if (known !== undefined) return known;
  let found = false;
  for (const nb of a.norm) {
    for (let i = nb.text.indexOf(form); i >= 0 && !found; i = nb.text.indexOf(form, i + 1))
      found = namesake(nb.text, i, i + form.length, entity) && endsName(nb.text, i + form.length);
    if (found) break;
  }
  a.namesakes.set(form, found);
  return found;
}

/**
 * The forms of the places that contain each place with `qualified` forms (its prefecture's and province's names and
 * aliases), by the place's id: such a form names the place only right after one of them (山东临清, 湖北长阳).
 */
export function containingForms(dicts: DictionarySet): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of dicts.entities.values()) {
    if (e.qualified.length === 0) continue;
    const forms: string[] = [];
    const seen = new Set<string>([e.id]);
    for (let p = e.parent; p !== undefined && !seen.has(p); ) {
      seen.add(p);
      const parent = dicts.entities.get(p);
      if (parent === undefined) break;
      forms.push(...[parent.name, ...parent.aliases].map(matchingForm));
      p = parent.parent;
    }
    out.set(e.id, forms);
  }
  return out;
}

/** What the dictionary pass reads people's names by: the forms people share, ordinary pairs, surnames. */
function peopleTables(dicts: DictionarySet, words: PairSet, surnameRanks: ReadonlyMap<string, number>): People {
  const alternatives = personAlternatives(dicts);
  const sharedForms = new Map<string, string[]>();
  for (const [form, sharers] of alternatives)
    for (const p of sharers) sharedForms.set(p.id, [...(sharedForms.get(p.id) ?? []), form]);
  const isCommonPair = (w: string): boolean => w.length === 2 && words.has(w);
  return { dicts, alternatives, sharedForms, isCommonPair, surnameRanks };
}

/**
 * Creates the dictionary pass: dictionary forms, longest match first, kept only where they line up with the
 * segmenter's words; a person's form goes to the person its titles and the article choose; a place's `qualified`
 * form counts only right after a place that contains it.
 */
export function createDictionaryPass(
  dicts: DictionarySet,
  words: PairSet,
  surnameRanks: ReadonlyMap<string, number> = new Map(),
): (a: Coverage) => void {
  const people = peopleTables(dicts, words, surnameRanks);
  const containing = containingForms(dicts);
  return function matchDictionaries(a: Coverage): void {
    const waiting: FormHit[] = [];
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const toks = a.tokensBySentence[si] ?? [];
      // The end of the last named site (漳河水库): forms inside it are part of it.
      let siteEnd = -1;
      // The last form matched, where it ended: a region of China written right after another country is that one's.
      let prev: { end: number; entity: Entity } | null = null;
      // Leftmost longest forms. Where a county's short form that was no county ended (同安 of 李强同安瓦尔: Anwar), only a
      // country's form may start inside it, or any after a preposition it starts with (see PREPOSITION_HEAD).
      let givenBackUntil = -1;
      for (
        let i = s.nstart, found = dicts.trie.longestAt(nb.text, i, s.nend);
        i < s.nend;
        found = dicts.trie.longestAt(nb.text, i, s.nend)
      ) {
        if (found === null) {
          i++;
          continue;
        }
        i = found.end;
        if (found.start < siteEnd) continue;
        // Inside a site the site pass found first (锦州 of 锦州9-3油田).
        if (!a.isFree(s.block, found.start, found.end)) continue;
        const cut = givenBack(dicts, nb.text, found);
        if (cut === null) continue;
        const { m, entry } = cut;
        // An exclusion of the same or a higher layer silences the form (a user file can mute a built-in alias).
        const ex = dicts.excluded.get(entry.form);
        if (ex !== undefined && (ex === 'user' || entry.claim.layer === 'builtin')) continue;
        const entity = dicts.entities.get(entry.claim.entity);
        if (entity === undefined) continue;
        // A two-numeral plan (“九五”) only between quotes: elsewhere part of a number (一九九五年, 八五折); inside a
        // short form given back, a country's form only.
        const quotedOnly = quotedOnlyForm(entry.form, entity.type);
        if (movesOn(dicts, nb.text, m, entity, quotedOnly, givenBackUntil)) {
          i = found.start + 1;
          continue;
        }
        const before = prev;
        prev = { end: m.end, entity };
        // A ministry's name before 门 is departments of that kind (各级农业部门, 民政部门), not the ministry; 工会十八大 is
        // no CPC congress.
        if (
          (entity.type === 'organization' || entity.type === 'event') &&
          spanNamesNothing(nb.text, m.start, m.end, entity.type)
        )
          continue;
        if (readsNoName(a, s.block, entry.form, nb.text, m, entity.type)) continue;
        // A name inside a typhoon's name (台风“海葵”) is no mention; the typhoon is none of our types.
        if (insideTyphoonName(nb.text, m.start) || insideCraftName(nb.text, m.start, m.end)) continue;
        if ((entity.type === 'country' || entity.type === 'place') && namesOtherKind(nb.text, m.start, m.end)) continue;
        if (entity.type === 'place' && placeInFixedName(nb.text, m.start, m.end)) continue;
        // 月球南极 is the Moon's south pole, not Antarctica.
        if (entity.type === 'place' && onCelestialBody(nb.text, m.start)) continue;
        // Directions before 部 name parts of a country (中东部大部地区: central and eastern China), not the Middle East or
        // a region of that name; not 部署, 部分, 部队, 部长 or 部门 after them (在中东部署).
        if (entity.type === 'place' && compassPart(nb.text, m.start, m.end)) continue;
        // The ship's name is taken whole, so that no shorthand reads its place (辽宁舰 is no 辽 + 宁).
        if (entity.type === 'place' && namesShip(nb.text, m.end)) {
          a.cover(s.block, m.start, m.end + 1);
          continue;
        }
        if ((entity.type === 'place' || entity.type === 'country') && namesStation(nb.text, m.end)) {
          a.cover(s.block, m.start, m.end + 3);
          continue;
        }
        if (foreignInsideName(a, people, s.block, nb.text, m, entity, before)) continue;
        if (entity.type === 'place' && personsName(a, people, s.block, nb.text, m)) continue;
        // 美国东部地区, 加沙地带北部和中部地区: that country's or place's east or centre, not China's regions of those names.
        if (regionOfAnother(a, dicts, si, nb.text, m, entity, before)) continue;
        // 京津冀 is 京 + 津 + 冀 (the place shorthand pass), not a place of its own; 辽宁 stays (辽 is its own abbreviation).
        if (placeShorthand(dicts, entry.form, entity)) continue;
        if (entry.claim.kind === 'qualified' && (entity.type === 'country' || entity.type === 'organization')) {
          if (!qualifiedNamed(dicts, a, entity, s.block)) continue;
        } else if (
          entry.claim.kind === 'qualified'
            ? !qualifiedStands(a, people, containing, nb.text, toks, m, entry.form, entity)
            : m.end - m.start < 3 && !quotedOnly && shortFormRefused(people, nb.text, toks, m, found, entity)
        ) {
          // Refused, it gives back its characters after the first (see PREPOSITION_HEAD and reformedInside).
          if (entry.claim.kind === 'qualified' && !PREPOSITION_HEAD.has(entry.form[0] ?? ''))
            givenBackUntil = found.end;
          if (entry.claim.kind === 'qualified' || reformedInside(dicts, nb.text, found)) i = found.start + 1;
          continue;
        }
        const hit: FormHit = { si, block: s.block, text: nb.text, m, form: entry.form, kind: entry.claim.kind, entity };
        if (entity.type === 'person') {
          matchPerson(people, a, hit, waiting);
          continue;
        }
        a.cover(s.block, m.start, m.end);
        if (entity.type === 'place' || entity.type === 'country') {
          siteEnd = Math.max(siteEnd, addPlace(people, a, { si, s, text: nb.text, m, form: entry.form, entity }));
          continue;
        }
        a.add(si, m.start, m.end, {
          entity: entity.id,
          type: entity.type,
          source: 'dictionary',
          confidence: entry.claim.kind === 'name' ? 1 : 0.95,
        });
        if (NESTING.has(entity.type)) addNested(dicts, a, si, nb.text, m, entity.id, entity.type);
      }
    });
    linkWaiting(a, waiting);
  };
}
