import type { DictionarySet } from '../../schema/dictionary.js';
import type { NormBlock } from '../../core/text.js';
import type { WordInfo, WordSet } from '../../nlp/rules/words.js';
import type { NameSpan } from '../../nlp/rules/names.js';
import { compassRegionAt } from '../../nlp/rules/places.js';
import { inPersonContext, isOrdinaryWord } from '../../nlp/rules/names.js';
import type { PersonEdges } from '../../nlp/rules/names.js';
import { FUNCTION_BEFORE, spanNamesNothing } from '../../nlp/rules/span-context.js';
import { compassPart, endsWithSiteWord, placeSiteWordAt, routeEndPlace, siteWordAt } from '../../nlp/rules/places.js';
import type { ModelSpan, NerModel } from '../../nlp/ner/model.js';
import type { MentionT, Sentence } from '../../schema/document.js';
import { TYPE_OF } from './coverage.js';
import { derivedEntityId } from '../../core/entity-id.js';
import {
  TRANSLIT_CHARS,
  titleAnnouncesName,
  titleEndingAt,
  titleStartingAt,
  withoutTitles,
} from '../../nlp/rules/titles.js';
import type { Coverage } from './coverage.js';
import { topPlace } from '../../resources/dictionaries.js';
import {
  AFTER_NAME,
  afterForeignPlace,
  capitalWordCut,
  foreignAbbreviationBefore,
  placeFormEnd,
} from './dictionary.js';

/** The model's type for each dictionary entity type it can confirm. */
const NER_GROUP: Record<string, NameSpan['type']> = {
  person: 'PER',
  country: 'LOC',
  place: 'LOC',
  organization: 'ORG',
};

/** A foreign-looking name part: longer than Chinese names are, or written mostly in transliteration characters. */
const isForeignPart = (name: string): boolean => {
  const chars = [...name];
  return (
    chars.length >= 4 ||
    (chars.length >= 2 && chars.filter((ch) => TRANSLIT_CHARS.has(ch) || ch === '·').length >= 0.75 * chars.length)
  );
};

/**
 * Two person spans of the model that touch, both foreign-looking, are one foreign name written without its
 * middle dot (赫里斯托 + 祖利季斯): Chinese names in a row are always separated (、, a space).
 */
export function joinForeignNames(spans: readonly ModelSpan[]): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (
      prev !== undefined &&
      prev.type === 'PER' &&
      sp.type === 'PER' &&
      prev.end === sp.start &&
      isForeignPart(prev.text) &&
      isForeignPart(sp.text)
    ) {
      out[out.length - 1] = {
        ...prev,
        end: sp.end,
        text: prev.text + sp.text,
        confidence: Math.min(prev.confidence, sp.confidence),
      };
    } else out.push(sp);
  }
  return out;
}

/**
 * The type a name's head noun gives it, where the recognizer's type and the guide's differ: museums, memorial halls,
 * libraries, universities, institutes and military regions are organizations (奥赛博物馆, 中国美术馆, 晋察冀军区, 列宁格勒
 * 军区), power stations are places (志贺核电站, 拉西瓦水电站), and so is a place's form of the dictionaries.
 */
export function typeByHead(name: string, type: NameSpan['type'], dicts?: DictionarySet): NameSpan['type'] {
  // A place's or country's form of the dictionaries read as an organization (利物浦、伯明翰, 海淀、西城): a place, which
  // the linking below reads as the dictionaries do (a county's short form where the article names its place).
  const claim = type === 'ORG' ? dicts?.forms.get(name) : undefined;
  const entity = claim === undefined ? undefined : dicts?.entities.get(claim.entity);
  if (entity?.type === 'place' || entity?.type === 'country') return 'LOC';
  if (
    type === 'LOC' &&
    /(?:博物馆|博物院|美术馆|纪念馆|图书馆|大学|学院|研究院|研究所|医院|军区|军分区|警备区)$/.test(name)
  )
    return 'ORG';
  if (type === 'ORG' && /电站$/.test(name)) return 'LOC';
  // A "person" ending as a division's or town's name does is that place (阿尔汉格尔斯克州, 斯梅戴雷沃市, 贝达省, 务安郡):
  // four characters or more, or three before 省 or 郡, which end no Chinese given name (李永州 may be one).
  if (type === 'PER' && (/^\p{Script=Han}{3,}[州市县省郡]$/u.test(name) || /^\p{Script=Han}{2}[省郡]$/u.test(name)))
    return 'LOC';
  // An islet's name (乌丘屿, 鼓浪屿) read as a person's: three characters ending in 屿 name an islet far more often.
  if (type === 'PER' && /^\p{Script=Han}{2,}屿$/u.test(name)) return 'LOC';
  // A facility read as a person's name (温吉桑储气库群): a place, as a power station is.
  if (type === 'PER' && /^\p{Script=Han}{2,}(?:储气库群?|油田|气田|煤矿|水库|电站)$/u.test(name)) return 'LOC';
  return type;
}

/**
 * Nouns after a name that make it a place's (卡利诺沃定居点, 努塞拉特难民营, 库拉霍夫等地, 米兰、卡塞塔等多地, 陶寺遗址,
 * 梅迪卡过境点): the recognizer reads many a foreign town as a person. Not an office (市长, 省长, 州长), which a person's
 * name may come before.
 */
const PLACE_NOUN_AFTER = /^(?:定居点|居民点|难民营|等地|等多地|一带|附近|遗址|口岸|过境点|地区|方向)/;

/** Whether a place noun follows a name ending at `end` (see {@link PLACE_NOUN_AFTER}). */
export function placeNounAt(text: string, end: number): boolean {
  return PLACE_NOUN_AFTER.test(text.slice(end, end + 3)) && titleStartingAt(text, end) === null;
}

/** What ends a town's or a division's name written in full (刘易斯顿市, 沃罗涅日州). */
const TOWN_SUFFIX = new Set('市县镇村州省'.split(''));

/**
 * Where a transliterated town ends that the recognizer cut short and read as a person (刘易斯|顿市, 谢苗诺夫|卡居民点,
 * 阿夫季耶夫|卡地区): one more transliterating character and then a town's suffix, taken into the name, or a place
 * noun, left out of it. Null where the name stops there: an office after it (卡德市长), or no place word.
 */
function runOnTownEnd(text: string, end: number): number | null {
  if (!TRANSLIT_CHARS.has(text[end] ?? '')) return null;
  const at = end + 1;
  if (TOWN_SUFFIX.has(text[at] ?? '') && titleStartingAt(text, at) === null) return at + 1;
  return placeNounAt(text, at) ? at : null;
}

/**
 * Where a town the recognizer read as a person ends when a town's suffix follows it (瓦德迈达尼市所在的杰济拉州, 西哈努克省):
 * past the suffix. Null before an office (州长), where the suffix starts a word (周公镇定地: 镇定 "calm"), or where the
 * span ends with a place's name of the dictionaries, run on from a person's (副馆长陈亚福海南省: 海南省 is the place).
 */
function townSuffixEnd(
  text: string,
  name: { start: number; end: number },
  words: { dicts: DictionarySet; commonWords: WordSet },
): number | null {
  const { start, end } = name;
  if (!TOWN_SUFFIX.has(text[end] ?? '') || titleStartingAt(text, end) !== null) return null;
  if (words.commonWords.has(text.slice(end, end + 2))) return null;
  for (let k = start + 1; k < end - 1; k++) if (placeFormEnd(words.dicts, text, k, end) === end) return null;
  return end + 1;
}

/** What a town's name follows: its division or region (亚拉巴马州, 黎巴嫩南部) or a word for a town (首府, 城镇). */
const PLACE_CUE_BEFORE = /(?:州|省|地区|大区|首府|城市|城镇|小镇|村庄|[东西南北中]部)$/;

/**
 * Whether a name the recognizer read as a person, all of it transliterating characters, follows a division's or a
 * region's name or a word for a town (亚拉巴马州贾斯珀发生脱轨事故, 叙利亚东部阿布凯马勒, 杰济拉州首府瓦德迈达尼): a
 * town. Not a Chinese name (随州炎帝祭典), whose characters are not all of transliteration.
 */
function townAfterCue(text: string, start: number, end: number): boolean {
  if (end - start < 2 || !PLACE_CUE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) return false;
  for (let k = start; k < end; k++) if (!TRANSLIT_CHARS.has(text[k] ?? '')) return false;
  return true;
}

/** What ends a foreign country's first-level division (古吉拉特邦, 俄克拉何马州, 拉布拉多省). */
const DIVISION_END = new Set(['邦', '州', '省']);

/** Words ending a town's name that a transliterated name may carry (塔尔萨市, 锡尔堡). */
const TOWN_END = new Set('市县镇村堡区港城'.split(''));

/**
 * A place span of the model that runs on past a division's name (古吉拉特邦拉索桥, 俄克拉何马州塔尔萨市, 森纳尔州一村庄) is
 * the division and what follows it: a town when that is a transliterated name (塔尔萨市), else a common noun (拉索桥,
 * 海岸), no name. Not a division inside a word (联邦 of 南斯拉夫联邦共和国, 乌托邦).
 */
export function splitDivisions(spans: readonly ModelSpan[], commonWords: WordSet): ModelSpan[] {
  const out: ModelSpan[] = [];
  for (const sp of spans) {
    const at = sp.type === 'LOC' ? [...sp.text].findIndex((ch, i) => i >= 2 && DIVISION_END.has(ch)) : -1;
    const rest = at < 0 ? '' : sp.text.slice(at + 1);
    if (
      at < 0 ||
      rest.length < 2 ||
      commonWords.has(sp.text.slice(at - 1, at + 1)) ||
      commonWords.has(sp.text.slice(0, at + 1))
    ) {
      out.push(sp);
      continue;
    }
    out.push({ ...sp, end: sp.start + at + 1, text: sp.text.slice(0, at + 1) });
    const stem = TOWN_END.has(rest[rest.length - 1] ?? '') ? rest.slice(0, -1) : rest;
    if (stem.length >= 2 && [...stem].every((ch) => TRANSLIT_CHARS.has(ch)) && !commonWords.has(rest))
      out.push({ ...sp, start: sp.start + at + 1, text: rest });
  }
  return out;
}

/** Words for the government a leader heads, written after the leader's name (岸田内阁, 拜登政府, 塔利班政权). */
const GOVERNMENT = /(?:内阁|政府|政权|当局)$/;

/** A person's span without the government word the recognizer took into it (岸田内阁 → 岸田). */
function withoutGovernment(text: string, span: { start: number; end: number }): { start: number; end: number } {
  const m = GOVERNMENT.exec(text.slice(span.start, span.end));
  return m === null || m.index < 2 ? span : { start: span.start, end: span.start + m.index };
}

/** Where the people of a block start and end: those found so far and the recognizer's person spans of a sentence. */
function personEdges(a: Coverage, block: number, spans: readonly ModelSpan[], offset: number): PersonEdges {
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (const sp of spans) {
    starts.add(offset + sp.start);
    ends.add(offset + sp.end);
  }
  for (const m of a.out) {
    if (m.block !== block || m.type !== 'person') continue;
    const { start, end } = a.normalized(m.block, m.start, m.end);
    starts.add(start);
    ends.add(end);
  }
  return { startsAt: (pos) => starts.has(pos), endsAt: (pos) => ends.has(pos) };
}

/**
 * Head nouns that end an organization's own name (中国疾控中心, 中国期货业协会, 中国科学技术大学, 美国国家航空航天局, and
 * China's local bodies as People's Daily names them: 郑州市水利局, 福建人民艺术剧院, 北京市教委, 河南省妇联):
 * where the recognizer reads such a name starting with a country's, the country is part of that name, no mention.
 * Not armed forces, governments or ministries after a country, which the institution rule already took (英国政府), nor
 * a national team (中国队).
 */
const ORG_HEAD =
  /(?:协会|学会|研究会|联合会|促进会|商会|基金会|集团|公司|大学|学院|研究院|研究所|科学院|中心|银行|委员会|理事会|总局|管理局|航天局|出版社|通讯社|新闻社|新闻网|电视台|电台|司令部|博物馆|美术馆|图书馆|医院|交易所|厂|[^公]局|厅|总站|剧院|剧团|艺术团|歌舞团|教委|科委|计委|经委|体委|科协|妇联|侨联|文联|作协|工会|法院|检察院|学校|中学|小学|党校|报社|杂志社|足球队|篮球队|排球队|俱乐部)$/;

/** A place's own body named by its kind alone (北京市教委, 河南省妇联, 上海市总工会): one body of that place. */
const LOCAL_BODY =
  /^(?:教委|科委|计委|经委|体委|科协|妇联|侨联|文联|作协|总工会|团委|公安局|教育局|财政局|税务局|文化局|卫生局)$/;

/** The heads of plants and sites (炼油厂, 船厂, 雷达站, 指挥所, 弹药库, 训练基地). */
const FACILITY = /(?:厂|站|所|库|基地)$/;

/** Words after a country or place that make what follows a kind or a branch, not a name (英国部分医院, 北京分公司). */
const GENERAL = /^(?:部分|一些|多家|各|有关|相关|等|和|与|及|的|分(?:公司|行|院|中心|局))/;

/**
 * 一 after a country and its places: "a" (美国丹佛一摩托车俱乐部, 美国宾州一工厂), not a name; not 中国一汽, 一重 and 一拖,
 * nor after a place alone, where it is "No. 1" (保定一棉厂, 随州一医院).
 */
const ONE_OF = /^一(?![汽重拖])/;

/**
 * The country or place mentions a recognizer's organization span starts with, when the span is that name and an
 * organization's own name after it (中国 + 疾控中心, 东京 + 电力公司): the longest name wins, so the country or place is
 * no mention of its own. A place and its district written in a row (北京 + 石景山 of 北京石景山发电总厂) head the name
 * together. Only written names from the dictionaries (not shorthand, 中美协会) and only where nothing else took the rest
 * of the span.
 */
function nameHeading(
  a: Coverage,
  block: number,
  start: number,
  end: number,
  span: ModelSpan,
  commonWords: WordSet,
): MentionT[] | undefined {
  if (span.type !== 'ORG' || !ORG_HEAD.test(span.text)) return undefined;
  const headAt = (at: number): MentionT | undefined =>
    a.out.find(
      (m) =>
        m.block === block &&
        (m.type === 'country' || m.type === 'place') &&
        m.source === 'dictionary' &&
        m.text.length >= 2 &&
        a.normalized(m.block, m.start, m.end).start === at,
    );
  const heads: MentionT[] = [];
  let headEnd = start;
  for (let h = headAt(start); h !== undefined && headEnd < end; h = headAt(headEnd)) {
    heads.push(h);
    headEnd = a.normalized(h.block, h.start, h.end).end;
  }
  const head = heads[0];
  if (head === undefined || headEnd >= end) return undefined;
  // A headline the recognizer read whole as one name (天津农民进城包医院) is a sentence: the place in it stays.
  const nb = a.norm[block] as NormBlock;
  if (head.type === 'place' && start === 0 && end === nb.text.length && a.doc.blocks[block]?.kind === 'title')
    return undefined;
  // A name of its own between the country and the head noun: 中国公司 and 英国部分医院 are companies and hospitals of
  // that country in general, not one organization; nor is a kind of plant or site of jieba's after a country (法国炼油厂,
  // 中国船厂; a place's is a named plant, 上海船厂).
  const rest = nb.text.slice(headEnd, end);
  const noun = ORG_HEAD.exec(rest)?.[0] ?? rest;
  const named =
    (rest.length > noun.length && !(head.type === 'country' && FACILITY.test(rest) && commonWords.has(rest))) ||
    (head.type === 'place' && LOCAL_BODY.test(rest));
  const kind = GENERAL.test(rest) || (head.type === 'country' && ONE_OF.test(rest));
  return named && !kind && a.isFree(block, headEnd, end) ? heads : undefined;
}

/** Characters that follow a name as words of their own (李希还介绍, 韩正同, 韩正和, 李希送的花圈, 张陆都是). */
const NOT_NAME_END = new Set([...AFTER_NAME, ...'还送将已曾再均把被给让由从以']);

/**
 * The dictionary's Chinese person of two characters a recognizer's name of three starts with (陈云|峰, 王克|迪, 李聪|农),
 * as a heading the name replaces: the recognizer reads the whole name where a namesake's runs on, and nothing took the
 * third character, which the segmenter reads as a word of its own or the name's end. Not after a title (总理李鹏说 is the
 * premier).
 */
function longerName(
  a: Coverage,
  dicts: DictionarySet,
  block: number,
  found: { start: number; end: number },
  span: ModelSpan,
): MentionT[] | undefined {
  if (span.type !== 'PER' || found.end - found.start !== 3 || !/^[\u4e00-\u9fff]{3}$/.test(span.text)) return undefined;
  const text = (a.norm[block] as NormBlock).text;
  if (!a.isFree(block, found.start + 2, found.end) || titleEndingAt(text, found.start) !== null) return undefined;
  // Not a word after the name the recognizer ran on into (李希还介绍, 韩正同…会谈, 李希考察: 考 starts 考察).
  const third = found.start + 2;
  if (NOT_NAME_END.has(text[third] ?? '') || !a.onWordEdges(block, third, found.end)) return undefined;
  const head = a.out.find((m) => {
    if (m.block !== block || m.type !== 'person' || m.source !== 'dictionary') return false;
    const n = a.normalized(m.block, m.start, m.end);
    return n.start === found.start && n.end === found.start + 2;
  });
  return head !== undefined && dicts.entities.get(head.entity ?? '')?.country === 'CN' ? [head] : undefined;
}

/**
 * Whether the mentions so far name place `id` in full, the place right above it (广东 for 中山, 张家口 for 尚义) or
 * another place right under that one (深圳至中山; 河北省张北—尚义) when `alone` (no name right before the form): then
 * its qualified short form, which the recognizer read as a place, names it.
 */
function namedAround(dicts: DictionarySet, mentions: readonly MentionT[], id: string, alone: boolean): boolean {
  const parent = dicts.entities.get(id)?.parent;
  // Not the province of a county: 江南 (a district of Nanning) in a weather report that names 广西 is the region. A
  // place beside it counts only where no other name stands right before the short form: 北京朝阳 is Beijing's
  // Chaoyang, not Liaoning's, in an article that names 沈阳.
  return mentions.some(
    (m) =>
      m.entity === id ||
      (parent !== undefined &&
        (m.entity === parent || (alone && dicts.entities.get(m.entity ?? '')?.parent === parent))),
  );
}

/** What joins two places of a route or a pair (大理至瑞丽, 西宁至格尔木段, 苏州和江阴). */
const PLACE_JOIN = new Set([...'至到—-、和与']);

/**
 * Whether a place of the same province as place `id` stands right before its qualified form at `start`, joined to it
 * (大理至瑞丽铁路, 西宁至格尔木段, 丽江至香格里拉, 苏州和江阴): a route's or a pair's other end says whose county the
 * form names, where the article names neither the county in full nor its prefecture.
 */
function provinceSibling(a: Coverage, dicts: DictionarySet, block: number, start: number, id: string): boolean {
  const entry = dicts.entities.get(id);
  if (entry === undefined || !PLACE_JOIN.has((a.norm[block] as NormBlock).text[start - 1] ?? '')) return false;
  const top = topPlace(dicts, entry);
  if (top.id === id) return false;
  return a.out.some((m) => {
    const other = m.block === block && m.type === 'place' ? dicts.entities.get(m.entity ?? '') : undefined;
    return (
      other !== undefined &&
      a.normalized(m.block, m.start, m.end).end === start - 1 &&
      topPlace(dicts, other).id === top.id
    );
  });
}

/**
 * Whether the recognizer's place at text[start, end) is a bare compass word (see compassRegionAt), added as China's
 * region of that name or dropped as a direction.
 */
function compassRegion(
  a: Coverage,
  dicts: DictionarySet,
  si: number,
  block: number,
  text: string,
  start: number,
  end: number,
  confidence: number,
): boolean {
  const region = compassRegionAt(text, start, end, start === 0 || a.isFree(block, start - 1, start));
  if (region === undefined) return false;
  // After a foreign country or place (日本关东和东北地区, 育空地区和西北地区) it is that one's part, no region of China's.
  if (
    region !== null &&
    !afterForeignPlace(a, dicts, si, text, start) &&
    !foreignAbbreviationBefore(dicts, text, start)
  ) {
    a.cover(block, start, end);
    a.add(si, start, end, { entity: region, type: 'place', source: 'model', confidence });
  }
  return true;
}

/** Last characters of things, not people, among jieba's plain name entries (杜鹃花, 黄金周, 黄鹤楼, 王府井, 康复科). */
const THING_END = /[花草树木林周河湖江海山峰岭岛楼阁殿寺庙塔郡市县镇村乡庄教针石路街桥井科室兵琴松米豆芬果鱼彩杯节]$/;
/** Frequent surnames that are also common words at the head of a thing's name (马拉松, 夏玉米, 高尔夫, 雷达兵, 白花花). */
const WORD_SURNAMES = new Set([...'马夏高雷白金石龙江万武向方田于常']);

/**
 * A full name jieba's lexicon lists as a plain name (王国栋/nr, 胡忠友/nr) that the recognizer is sure of: three
 * characters, one of the hundred most frequent surnames first (not one that is a common word too), no thing's word
 * last (杜鹃花, 黄金周 are nr entries as well). People's Daily of 1998 names some 1,600 such people.
 */
function listedFullName(span: ModelSpan, nameLexicon: WordInfo, surnameRanks: ReadonlyMap<string, number>): boolean {
  const first = span.text[0] ?? '';
  return (
    span.confidence >= 0.9 &&
    span.text.length === 3 &&
    (surnameRanks.get(first) ?? Number.POSITIVE_INFINITY) < 100 &&
    !WORD_SURNAMES.has(first) &&
    nameLexicon.get(span.text)?.tag === 'nr' &&
    !THING_END.test(span.text)
  );
}

/**
 * Whether a person's span is a craft's serial, Latin letters or digits beside Chinese characters (风云三号F星, 试验二十号
 * C星; a name written in Latin letters alone, Bruce Steinberg, stays), or a route's section named by its ends, ending in
 * 段 (南珠高铁南玉段, 杭绍甬高速杭绍段), which closes no given name.
 */
function serialOrSection(text: string): boolean {
  return (/[A-Za-z0-9]/.test(text) && HAN.test(text)) || /^\p{Script=Han}+段$/u.test(text);
}

/** Quotation marks. */
const QUOTE = /[“”"「」『』]/;
/** A name opening with a dash or a dot: the tail of one cut at its join (达沃|-萨马尔岛跨海大桥). */
const CUT_AT_JOIN = /^[-－—–·・]/;
/** Opening and closing quotation marks. */
const OPENING_QUOTE = /[“「『‘]/;
const CLOSING_QUOTE = /[”」』’]/;
/**
 * What may follow a person's name that opens a quotation: punctuation (half-width in the matching form), a title, a
 * form of address (“周刚师傅，…”) or 精神, the person's example (“路易·艾黎精神”: the guide's gold has the person).
 */
const AFTER_QUOTED_NAME =
  /^(?:[,，、。.!！?？:：;；…—]|精神|师傅|同志|先生|女士|老师|大爷|大娘|大妈|阿姨|大哥|大姐|哥|姐|叔|婶)/;
/** A thing named after someone or something, right after the quoted name (“帕克”林火, “哈姆”反辐射导弹). */
const THING_AFTER_QUOTE = /^[”」』’](?:.{0,3}(?:林火|山火|导弹|火箭|台风|快艇|宣言|系列)|洲际)/;
/** A fire, a storm or a missile written before the quoted name that is its own (林火“帕克”, 台风“杜苏芮”). */
const THING_BEFORE_QUOTE = /(?:林火|山火|野火|大火|导弹|台风|飓风)[“「『‘]$/;

/**
 * Whether a person's name opening a quotation names a thing, a unit or a scheme after someone rather than the person:
 * the quotation goes on past it (“杨根思连”, “王海大队”, “李志强班”, “小偃6号”, “秦创原”), or the quoted name is
 * a fire's, a missile's or a storm's (“帕克”林火, “萨尔马特”洲际导弹, 林火“帕克”). Not speech opened by a name (“周刚师傅，来信了”,
 * “窦哥，窦哥！”) nor a name quoted alone (『刘海粟』的山水画): People's Daily quotes people so.
 */
function quotedThing(text: string, start: number, end: number): boolean {
  if (!OPENING_QUOTE.test(text[start - 1] ?? '')) return false;
  if (THING_BEFORE_QUOTE.test(text.slice(Math.max(0, start - 3), start))) return true;
  const next = text[end] ?? '';
  if (CLOSING_QUOTE.test(next)) return THING_AFTER_QUOTE.test(text.slice(end, end + 8));
  return next !== '' && !AFTER_QUOTED_NAME.test(text.slice(end, end + 2)) && titleStartingAt(text, end) === null;
}

/** How frequent a surname must be (its rank) for a team's name to start with a person's. */
const TEAM_SURNAME_RANK = 300;

/** A team named after what it does or whom it follows (飞控团队, 宋神友团队, 尤肖虎院士团队, 宋神友带领团队). */
const TEAM = /(?:带领|领衔)?团队$/;

/**
 * What a team span of the recognizer names: a team is no organization (飞控团队, 研究团队 are groups of people at work,
 * not bodies with a name), but the person who leads it is a person (宋神友团队, 尤肖虎院士团队: a surname first, two or
 * three characters, a frequent surname, no ordinary word). Returns the leader's span, or null where the team names no one.
 */
export function teamLeader(
  text: string,
  start: number,
  end: number,
  surnameRanks: ReadonlyMap<string, number>,
  isWord: (w: string) => boolean,
): { start: number; end: number } | null {
  const team = TEAM.exec(text.slice(start, end));
  if (team === null) return null;
  const person = withoutTitles(text, start, end - team[0].length);
  const name = text.slice(person.start, person.end);
  // A frequent surname: rarer ones start ordinary words too often (飞 of 飞控团队).
  const rank = Math.min(...[1, 2].map((n) => surnameRanks.get(name.slice(0, n)) ?? Number.POSITIVE_INFINITY));
  return name.length >= 2 && name.length <= 3 && rank < TEAM_SURNAME_RANK && !isWord(name) ? person : null;
}

/**
 * Groups sent or set up for a while (中国代表团, 中央宣讲团, 中央巡视组, 执法检查组, 神舟十五号航天员乘组, 援外医疗队):
 * no organization in the guide's sense, which annotates only the place or country a delegation comes from (西藏代表团
 * → 西藏). A sports delegation (中国体育代表团) is the country's team, read before the recognizer (see teams.ts).
 */
const GROUP = /(?:代表团|宣讲团|巡视组|检查组|督察组|督导组|指导组|调查组|工作组|考察团|访问团|观察团|医疗队|乘组)$/;

/** What names a paper or magazine: its title's ending, or the word after its title (《党建》杂志, 《社会学研究》编辑部). */
const PRESS_END = /(?:报|杂志|周刊)$/;
const PRESS_AFTER = /^》(?:杂志|编辑部|周刊)/;

/**
 * The part of a recognizer's span crossing 《 or 》 that names a paper or magazine: the title (文汇读书周报 of
 * 文汇读书周报》, 团结报 of 自治州《团结报, 党建 of 《党建》杂志), or null where the title is no paper's (《红嫂》剧组 is a
 * play's crew; 《中央党 a cut name).
 */
function pressWithinTitle(text: string, found: { start: number; end: number }): { start: number; end: number } | null {
  let { start, end } = found;
  const close = text.indexOf('》', start);
  if (close === start) start++;
  else if (close > start && close < end) end = close;
  const open = text.lastIndexOf('《', end - 1);
  if (open >= start) start = open + 1;
  const press = PRESS_END.test(text.slice(start, end)) || PRESS_AFTER.test(text.slice(end, end + 4));
  return end - start >= 2 && press ? { start, end } : null;
}

/**
 * What of the recognizer's organization at `found` is one, where that differs from the span: nothing for a work's
 * whole title (《县委大院》 a series, 《国家宝藏》 a programme; not a paper's, 《圣城报》, 《福布斯》杂志); 政府 before a span
 * starting with 间 (两国政府间协调委员会: 政府间协调委员会); else `found` itself.
 */
function organizationPart(
  text: string,
  found: { start: number; end: number },
  name: string,
): { start: number; end: number } | null {
  if (text[found.start - 1] === '《' && text[found.end] === '》')
    return PRESS_END.test(name) || PRESS_AFTER.test(text.slice(found.end, found.end + 4)) ? found : null;
  if (name.startsWith('间') && text.slice(found.start - 2, found.start) === '政府')
    return { ...found, start: found.start - 2 };
  return found;
}

/** A gloss in brackets after a person's name, its sex or nationality: (女), (维吾尔族), (女，藏族). */
const PERSON_GLOSS = /^\((?:[男女]|[\p{Script=Han}]{1,5}族|女[,，][\p{Script=Han}]{1,5}族)\)/u;

/**
 * A recognizer's span that ends inside brackets (邓(小平, 秦(皇岛, People's Daily's way of writing a name out in full:
 * 邓（小平）, 京秦（皇岛）线) runs on to the closing bracket close after it; one before a gloss of a person's sex or
 * nationality (阿不都热依木·卡德尔(维吾尔 of …（维吾尔族）) ends before the bracket, as it does where none closes.
 */
function closedBrackets(text: string, found: { start: number; end: number }): { start: number; end: number } {
  const open = text.lastIndexOf('(', found.end - 1);
  if (open < found.start || text.indexOf(')', open) < found.end) return found;
  const close = text.indexOf(')', found.end);
  if (PERSON_GLOSS.test(text.slice(open, open + 12)) || close < 0 || close - open > 8) return { ...found, end: open };
  return { ...found, end: close + 1 };
}

/**
 * The part of a recognizer's span at `found` of `text` that names something, and its type: a title the model took into
 * a person's span (李强总理) is a role, not part of the name; so is the government a leader heads (岸田内阁, 拜登政府).
 * 大理至瑞丽铁路: the route's end is the place alone. A team names its leader or no one (see teamLeader), and a group
 * (see GROUP) the country or place its name opens with, or nothing: null.
 */
function namePart(
  text: string,
  found: { start: number; end: number },
  span: ModelSpan,
  words: { dicts: DictionarySet; surnameRanks: ReadonlyMap<string, number>; commonWords: WordSet },
): { start: number; end: number; type: NameSpan['type'] } | null {
  const closed = closedBrackets(text, found);
  if (closed !== found)
    return closed.end - closed.start < 2
      ? null
      : namePart(text, closed, { ...span, text: text.slice(closed.start, closed.end) }, words);
  // A span across a work's bracket (金字塔报》, 费加罗报》社, 自治州《团结报) is the paper named inside, or nothing.
  if (/[《》]/.test(span.text)) {
    const inner = span.type === 'ORG' ? pressWithinTitle(text, found) : null;
    return inner === null ? null : namePart(text, inner, { ...span, text: text.slice(inner.start, inner.end) }, words);
  }
  if (span.type === 'ORG') {
    const org = organizationPart(text, found, span.text);
    if (org === null || org !== found) return org === null ? null : { ...org, type: 'ORG' };
  }
  if (span.type === 'PER') {
    const name = withoutGovernment(text, withoutTitles(text, found.start, found.end));
    // A foreign town the recognizer read as a person, before 定居点, 难民营 or 等地, is a place; so is one it cut short
    // (刘易斯|顿市), one before a town's suffix and one after a division or a word for a town.
    const town = runOnTownEnd(text, name.end) ?? townSuffixEnd(text, name, words);
    if (town !== null) return { start: name.start, end: town, type: 'LOC' };
    const place = placeNounAt(text, name.end) || townAfterCue(text, name.start, name.end);
    return { ...name, type: place ? 'LOC' : 'PER' };
  }
  if (span.type === 'LOC') return { start: found.start, end: routeEndPlace(text, found.start, found.end), type: 'LOC' };
  if (span.type === 'ORG' && GROUP.test(span.text)) {
    const end = placeFormEnd(words.dicts, text, found.start, found.end - 1);
    return end === null ? null : { start: found.start, end, type: 'LOC' };
  }
  if (span.type !== 'ORG' || !TEAM.test(span.text)) return { ...found, type: span.type };
  const leader = teamLeader(text, found.start, found.end, words.surnameRanks, (w) => words.commonWords.has(w));
  return leader === null ? null : { ...leader, type: 'PER' };
}

/**
 * A name that runs on past the recognizer's span (刘易斯顿市, 政府 of 政府间协调委员会) takes characters no other mention
 * holds, else it is the span.
 */
function freePart(
  a: Coverage,
  block: number,
  found: { start: number; end: number },
  type: NameSpan['type'],
  part: { start: number; end: number; type: NameSpan['type'] } | null,
): { start: number; end: number; type: NameSpan['type'] } | null {
  if (part === null) return null;
  const before = part.start >= found.start || a.isFree(block, part.start, found.start);
  const after = part.end <= found.end || a.isFree(block, found.end, part.end);
  return before && after ? part : { ...found, type };
}

/** A Chinese character, which continues a name (康 after 西村 in 大臣西村康稔). */
const HAN = /\p{Script=Han}/u;

/**
 * Whether a span of the recognizer is a title, no name of any kind whatever the words around it (王子 cut from 王子露
 * after 选手; 卡塔尔埃米尔 read as a place), or a place right after a person's title and glued to more of the name,
 * the name's first part (经济产业大臣西村|康稔, 红十字国际委员会主席斯波利亚|里茨): the title announces a person.
 */
function titleOrTitledName(text: string, start: number, end: number, type: ModelSpan['type']): boolean {
  if (titleStartingAt(text, start)?.length === end - start) return true;
  return type === 'LOC' && HAN.test(text[end] ?? '') && titleAnnouncesName(text, start);
}

/** Levels of administration written before a kind of body (县医院, 乡镇卫生院, 社区卫生服务中心). */
const LEVEL = /^(?:各级|各地|乡镇|社区|县级|市级|省级|[县市省区乡镇村])/;
/**
 * Kinds of bodies the recognizer reads as organizations though they name none in particular (到卫生院就诊, 三级医院与县医院,
 * 各乡镇卫生院, 业委会掌管物业费, 双边友好小组): a body is named by its place or its own name before the kind (佳县人民医院).
 */
const GENERIC_BODIES = new Set([
  '医院',
  '人民医院',
  '中医医院',
  '中医院',
  '综合医院',
  '专科医院',
  '儿童专科医院',
  '妇幼保健院',
  '卫生院',
  '卫生室',
  '卫生服务中心',
  '行业协会',
  '领导小组',
  '工作领导小组',
  '友好小组',
  '双边友好小组',
  '业委会',
  '居委会',
  '村委会',
  '招商团',
  '磋商委员会',
  '政府间委员会',
  // 1998's "the state banks" (对国家银行贷款指导性计划), no one bank
  '国家银行',
]);

/** Whether a recognizer's organization is a kind of body, with at most a level of administration before it. */
function genericBody(name: string): boolean {
  return GENERIC_BODIES.has(name) || GENERIC_BODIES.has(name.replace(LEVEL, ''));
}

/** Features a foreign place names (陶朗加港, 罗赛雷斯大坝, 基拉韦厄火山, 卡内奥赫湾, 朱利诺水电站, 加克洋中脊). */
const FEATURE_AFTER = /^(?:火山|大坝|水电站|洋中脊|港(?![口元币澳台股])|湾(?!区))/;

/**
 * Where the feature a transliterated name the recognizer read as a person is the name of ends (马拉皮|火山 → 马拉皮火山),
 * or -1: no one is named before 火山 or 大坝.
 */
function foreignFeatureEnd(a: Coverage, block: number, text: string, start: number, end: number): number {
  const chars = [...text.slice(start, end)];
  if (chars.length < 2 || !chars.every((ch) => TRANSLIT_CHARS.has(ch))) return -1;
  const feature = FEATURE_AFTER.exec(text.slice(end, end + 3))?.[0];
  if (feature === undefined || !a.isFree(block, end, end + feature.length)) return -1;
  return end + feature.length;
}

/**
 * Landscape and neighbourhood words that end the name of a place the recognizer read short (巴丹吉林|沙漠, 西岭|雪山,
 * 花江|峡谷, 枣林西|社区, 虹桥|街道): only after its names, as a dictionary province before them is no one site (新疆沙漠).
 */
const LANDSCAPE_AFTER = /^(?:沙漠|雪山|峡谷|湿地|社区|街道)/;

/** Bridges, tunnels and water works named after the river, mountain or place before them (楠竹山隧道, 沙坪河特大桥). */
const STRUCTURE_AFTER = /^(?:特大桥|大桥|隧道|枢纽|船闸|垸)/;

/**
 * The structure word after a recognizer's place that names the structure with it (楠竹山|隧道, 沙坪河|特大桥, 马道|枢纽,
 * 团洲|垸), or null: not where a free character of a longer name stands before the place (常泰|长江|大桥 is
 * 常泰长江大桥, not 长江大桥, another bridge), nor in 跨长江大桥 ("a bridge across the Yangtze").
 */
function structureAfter(a: Coverage, block: number, text: string, start: number, end: number): string | null {
  const word = STRUCTURE_AFTER.exec(text.slice(end, end + 3))?.[0];
  if (word === undefined) return null;
  const before = text[start - 1] ?? '';
  const bounded = start === 0 || !HAN.test(before) || FUNCTION_BEFORE.has(before) || !a.isFree(block, start - 1, start);
  return bounded && before !== '跨' ? word : null;
}

/**
 * Where the named site or feature a name of the recognizer opens ends, or -1: a place's with a site word after it
 * (漳河水库), or a transliterated "person"'s before 火山 or 大坝 (see {@link foreignFeatureEnd}).
 */
function siteEndAfter(
  a: Coverage,
  s: Sentence,
  text: string,
  type: NameSpan['type'],
  start: number,
  end: number,
): number {
  if (type === 'PER') return foreignFeatureEnd(a, s.block, text, start, end);
  const site =
    type === 'LOC'
      ? (siteWordAt(text, end) ??
        placeSiteWordAt(text, end) ??
        LANDSCAPE_AFTER.exec(text.slice(end, end + 2))?.[0] ??
        structureAfter(a, s.block, text, start, end))
      : null;
  if (site === null || end + site.length > s.nend || !a.isFree(s.block, end, end + site.length)) return -1;
  return end + site.length;
}

/**
 * Verbs that open a clause, never a body's name: an organization the recognizer read from one (聚焦|常委会重点工作,
 * 来自|军委装备发展部的代表, 预计|宪法法院将, 介绍|基金会和, 大力|发展银团贷款, 成立|督导委员会, 抗议|联合国对伊拉克) took the verb for
 * its head. 希望 opens names too (希望小学,
 * 希望文化责任有限公司), so it is a verb only opening a sentence (。希望|委员会落实好).
 */
const VERB_HEAD = /^(?:聚焦|来自|举行|抵制|预计|介绍|用好|复信|提交|大力|成立|抗议|谴责)/;

/**
 * Whether an organization the recognizer read opens with a verb of {@link VERB_HEAD} (or a sentence with 希望), ends in
 * going to school (到中国读大学, 上中学), or is a 集团 that is a group army's (创新|集团军建设): it names no body.
 */
function verbHeaded(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (VERB_HEAD.test(name) || /[读上考念](?:大学|中学|小学)$/.test(name)) return true;
  if (name.startsWith('希望') && (start === 0 || SENTENCE_END.test(text[start - 1] ?? ''))) return true;
  return name.endsWith('集团') && text[end] === '军';
}

/**
 * A count with its classifier, or a quantifier, right before a name: what follows is a kind of body, counted (设置2个|国家儿童医学中心,
 * 125家|中国农资服务中心, 首批|海事法院, 英国14家|铁路公司, 一些|投资公司), not one body's name. Not 项, which counts a record
 * (一项|吉尼斯新纪录).
 */
const COUNTED_BEFORE =
  /(?:(?:[0-9０-９]+|[一二两三四五六七八九十百千万几多数首])[个家所座批支]|若干|一些|部分|不少|许多|诸多)$/;

/** Whether a recognizer's organization starting at `start` follows a count or a quantifier ({@link COUNTED_BEFORE}). */
function countedKind(text: string, start: number): boolean {
  return COUNTED_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

/**
 * Things and sites that, right after a name, make it a place's or a site's (查果拉|哨所, 张园西|片区, 江苏徐圩|一期,
 * 杨柳青|年画, 禾木|村): no person has them after the name. Not where they start another word (工程师, 路过, 村民, 站在),
 * nor the sites named after people (周立波|故居, 何塞·马蒂|纪念碑, 秦始皇|帝陵).
 */
const PLACE_THING_AFTER =
  /^(?:片区|科学城|线路|正线|军事基地|哨所|梯田|花园|互通|城堡|延伸段|水利枢纽|神庙|工厂|管理区|隧洞|通道|[一二三四]期|年画|地貌|边防连|军营|机场|景区|古镇|古城|大道|水库|公园|遗址|风景区|油田|气田|湿地|保护区|大街|街道|社区|镇(?!长|守|定|压|静)|乡(?!长|亲)|村(?!民|长|里|干部)|县(?!长|委)|河(?!北|南)|湖(?!北|南)|岛)/;

/**
 * Whether a recognizer's person is a place: a place's or a site's noun follows it (查果拉哨所, 禾木村, 乌拉盖管理区), or
 * it stands in a list beside a place
 * (喀纳斯、禾木、白哈巴; not after a title, 景俊海、黑龙江省委书记许勤). Over 新闻联播 about nine in ten such "people"
 * were places or things (the precision hunt of seed 9191).
 */
function placeLike(a: Coverage, block: number, text: string, start: number, end: number): boolean {
  if (titleEndingAt(text, start) !== null || titleStartingAt(text, end) !== null) return false;
  if (PLACE_THING_AFTER.test(text.slice(end, end + 4))) return true;
  // A place the dictionaries or rules found (not the recognizer, whose places would pass the reading down a list of
  // people) that is a whole item of a list ending at `at` or starting there (not 宁夏 of 宁夏…有限公司, 英国的).
  const placeAt = (at: number, side: 'start' | 'end'): boolean =>
    a.out.some((m) => {
      if (m.block !== block || (m.type !== 'place' && m.type !== 'country') || m.source === 'model') return false;
      if (m.rule === 'shorthand-compound') return false;
      const n = a.normalized(m.block, m.start, m.end);
      if (side === 'end') return n.end === at && LIST_ITEM_START.test(text[n.start - 1] ?? '');
      return n.start === at && LIST_ITEM_END.test(text[n.end] ?? '');
    });
  return (text[start - 1] === '、' && placeAt(start - 1, 'end')) || (text[end] === '、' && placeAt(end + 1, 'start'));
}

/** What starts an item of a list of names (not 柏林 of 甘柏林、刘汉彬): a separator, a bracket, a clause's start. */
const LIST_ITEM_START = /^(?:[、，,：:（(\s。；]|)$/;
/** What ends an item of a list of names: the next separator, 等 or a clause's end. */
const LIST_ITEM_END = /^(?:[、，。；]|等|和|与|及|)$/;

/** A railway line's name (兰张高铁, 京广铁路, 沪渝蓉沿江高铁, 京九线). */
const RAILWAY_LINE = /(?:铁路|高铁|城际|线)$/;

/**
 * Whether a recognizer's name is a section of the railway line written right before it (兰张高铁|兰武|段, 京广高铁|武广|段,
 * 南珠高铁|南玉|段): the ends of the section, abbreviated, no place or person of their own.
 */
function lineSection(a: Coverage, block: number, text: string, start: number, end: number): boolean {
  if (text[end] !== '段') return false;
  return a.out.some(
    (m) =>
      m.block === block &&
      m.type === 'place' &&
      RAILWAY_LINE.test(m.text) &&
      a.normalized(m.block, m.start, m.end).end === start,
  );
}

/** What ends a sentence before a clause's first word. */
const SENTENCE_END = /[。！？；]/;

/** Characters the segmenter glues to a place's first character though they are words of their own (驻澳, 环渤, 古希). */
const GLUED_BEFORE = new Set([...'驻环古赴访在至离返来去从往飞旅']);

/**
 * Whether a name starting at `start` starts inside a word of the segmenter's (枢纽|约, 参加|沙特, 司法|国际), not after
 * a word of one character it glued to the name (驻澳门部队, 环渤海地区, 古希腊文明).
 */
function cutsWordAt(a: Coverage, block: number, start: number): boolean {
  if (a.wordStartsAt(block, start)) return false;
  const text = (a.norm[block] as NormBlock).text;
  return !(a.wordStartsAt(block, start - 1) && GLUED_BEFORE.has(text[start - 1] ?? ''));
}

/**
 * Whether a name the recognizer read (`found`, `part` once mended) starts inside a word of the segmenter's, right after
 * a free Chinese character that is no function word: the recognizer cut its head off, and what is left names nothing
 * or another thing. Organizations (发展中|国家科学院, 秦|始皇帝陵博物院, 上|市航空公司, 其|中国防部: over 新闻联播 63
 * such spans, over People's Daily 30), places (瘦|西湖, 长|津湖, 腾|格里沙漠, 新罕|布什尔州) and people (楚|科奇海,
 * 富|兰克林, 道|琼斯, 承|东启西). Not where the name was grown back over its head already (政府 of 两国政府间协调委员会),
 * nor, for a place or a person, after a character the segmenter glues to a name (驻|澳门部队, 环|渤海, 以|北大红楼,
 * 法定代表人|马金礼) or after a title it glues to the name's first character (外长|久里奇: 长久, 主任|何宏军: 任何).
 */
function headCut(
  a: Coverage,
  block: number,
  found: { start: number },
  part: { start: number; type: NameSpan['type'] },
): boolean {
  if (part.start < found.start || a.wordStartsAt(block, part.start)) return false;
  const text = (a.norm[block] as NormBlock).text;
  const before = text[part.start - 1] ?? '';
  if (!HAN.test(before) || FUNCTION_BEFORE.has(before) || !a.isFree(block, part.start - 1, part.start)) return false;
  return part.type === 'ORG' || !(GLUED_BEFORE.has(before) || NAME_AFTER.has(before) || titleBefore(text, part.start));
}

/**
 * Characters a place's or a person's name often follows, which the segmenter glues to the name's first (以|北大红楼,
 * 法定代表人|马金礼).
 */
const NAME_AFTER = new Set([...'以人']);

/**
 * Whether a title ends at `at` (外长|久里奇), or a head of a division's title would end on the name's first character (洛
 * 杉矶县|长滩市, 水乡|长秀村: the segmenter reads 县长 and 乡长).
 */
function titleBefore(text: string, at: number): boolean {
  return titleEndingAt(text, at) !== null || (text[at] === '长' && DIVISION_CHARS.has(text[at - 1] ?? ''));
}

/** The characters ending a division's name (县, 乡, 镇 …), which 长 after makes a head's title (县长, 乡长). */
const DIVISION_CHARS = new Set([...'省市县区乡镇村州']);

/**
 * Whether an organization the recognizer read ends on the first character of a word of the segmenter's that runs on
 * past it (万家团|圆, 伊斯兰国家团|结, 南北协|同, 海地安全局|势, 参展商联盟大|会): the name took its last character
 * from the next word and names nothing (over 新闻联播 36 such spans, over People's Daily 8). Not before a title, which
 * jieba glues to a body's last character (纪检监察室|主任: 室主任 is one word of its lexicon).
 */
function tailCut(a: Coverage, block: number, part: { end: number; type: NameSpan['type'] }): boolean {
  const text = (a.norm[block] as NormBlock).text;
  if (part.type !== 'ORG' || !HAN.test(text[part.end] ?? '') || a.wordStartsAt(block, part.end)) return false;
  return a.wordStartsAt(block, part.end - 1) && titleStartingAt(text, part.end) === null;
}

/**
 * The dictionary entity a name of the recognizer links to, and its type; null when the name cuts a word of the
 * segmenter's at its start and is a dictionary form of two characters, which the dictionary step refused there for
 * that reason (纽约 of 水利枢纽约100公里, 加沙 of 参加沙特, 达卡 of 抵达卡赫拉曼马拉什: no New York, Gaza or Dhaka).
 * A dictionary form the dictionary step passed over (中国 in 中国式) links to its entry when the types agree.
 * Not a form that names its people only after their titles: the dictionary step already passed on it. A
 * place's qualified form (桐城 of 安徽桐城, 中山 of 广东中山) links where the article names the place in full
 * (the bare name repeats it: 安徽桐城 … 桐城在基层治理领域) or the place containing it (深圳至中山 in an
 * article that names 广东): the recognizer read a place there, and the article says which one.
 * Written out in brackets (邓（小平）, 淮（河）), the name is the one without them.
 */
function dictionaryLink(
  a: Coverage,
  dicts: DictionarySet,
  s: Sentence,
  span: ModelSpan,
  start: number,
): { linked: string | undefined; type: string } | null {
  const claim = dicts.forms.get(span.text.includes('(') ? span.text.replace(/[()]/g, '') : span.text);
  if (claim !== undefined && span.text.length === 2 && cutsWordAt(a, s.block, start)) return null;
  const repeated =
    claim?.kind === 'qualified' &&
    (namedAround(dicts, a.out, claim.entity, start === 0 || a.isFree(s.block, start - 1, start)) ||
      provinceSibling(a, dicts, s.block, start, claim.entity));
  // A form the recognizer alone may link (海湾 of the Gulf region, `recognized`), where no other claim does.
  const known =
    claim === undefined || claim.kind === 'titled' || (claim.kind === 'qualified' && !repeated)
      ? dicts.entities.get(dicts.recognized.get(span.text) ?? '')
      : dicts.entities.get(claim.entity);
  // A country's own name read as a person (安哥拉 of 习近平同安哥拉总统, where jieba's 同安 hid the form from the
  // dictionary step and 安 is a surname) is the country: no one is named 安哥拉 or 巴西.
  const linked =
    known !== undefined &&
    (NER_GROUP[known.type] === span.type ||
      (known.type === 'country' && span.type === 'PER' && (claim?.kind === 'name' || claim?.kind === 'alias')));
  return linked ? { linked: known.id, type: known.type } : { linked: undefined, type: TYPE_OF[span.type] };
}

/** Whether a mention found so far (a tentative one too: 中 and 非 of 中非友好) lies in a span of a block's matching form. */
function mentionWithin(a: Coverage, block: number, start: number, end: number): boolean {
  return a.out.some((m) => {
    if (m.block !== block) return false;
    const n = a.normalized(block, m.start, m.end);
    return n.start < end && start < n.end;
  });
}

/** How many characters a dictionary place may run past either end of the recognizer's place it holds (not 东北|地区 of 加拿大西北地区). */
const CUT_OFF = 1;

/**
 * The dictionary place or country a recognizer's place was cut out of, where one of three characters or more holds it
 * and runs past it by one free character at either end, on the segmenter's word edges (怀|俄明州 → 怀俄明州,
 * 哥|伦比亚 → 哥伦比亚, 满洲|里 → 满洲里, 阿拉山|口 → 阿拉山口; not 义乌市|场), else the span as it was: the recognizer saw
 * a place there, and the dictionary says where its name ends.
 */
function wholePlace(
  a: Coverage,
  dicts: DictionarySet,
  commonWords: WordSet,
  block: number,
  part: { start: number; end: number; type: NameSpan['type'] },
): { start: number; end: number; type: NameSpan['type'] } {
  if (part.type !== 'LOC' || part.end - part.start < 2) return part;
  const text = (a.norm[block] as NormBlock).text;
  for (let from = part.start; from >= Math.max(0, part.start - CUT_OFF); from--) {
    const m = dicts.trie.longestAt(text, from, Math.min(text.length, part.end + CUT_OFF));
    if (m === null || m.end < part.end || m.end - from < 3 || (from === part.start && m.end === part.end)) continue;
    const entry = dicts.formList[m.value];
    const type = entry === undefined ? undefined : dicts.entities.get(entry.claim.entity)?.type;
    if ((type !== 'place' && type !== 'country') || !a.onWordEdges(block, from, m.end)) continue;
    // 首都|柏林 is not grown into 都柏林 (Dublin).
    if (from < part.start && capitalWordCut(dicts, text, from)) continue;
    // 义乌市|场: the character the name would take starts a word with the next one (市场).
    if (m.end > part.end && commonWords.has(text.slice(m.end - 1, m.end + 1))) continue;
    if (a.isFree(block, from, part.start) && a.isFree(block, part.end, m.end) && !mentionWithin(a, block, from, m.end))
      return { start: from, end: m.end, type: 'LOC' };
  }
  return part;
}

/** Creates the model pass: the trained recognizer's names, where nothing better matched. */
export function createModelNamePass(
  dicts: DictionarySet,
  model: NerModel,
  minConfidence: number,
  nameLexicon: WordInfo,
  commonWords: WordSet,
  surnameRanks: ReadonlyMap<string, number> = new Map(),
): (a: Coverage) => void {
  const lookups = { dicts, surnameRanks, commonWords };
  /** Whether a span of the model, at `start`–`end` of a block's matching form, names something worth a mention. */
  const namesSomething = (text: string, start: number, end: number, span: ModelSpan, people: PersonEdges): boolean => {
    // A lone character (老郭's 郭, 中 of a shorthand the rules left unresolved) is no useful entity.
    // (`guanxi ner` still reports such spans as names: see src/article/recognizer.ts.)
    // Texts a dictionary file excludes (太阳, 城中村, 海马斯) name nothing, nor directions before 部 (中东部气温).
    if (span.text.length < 2 || dicts.excluded.has(span.text) || compassPart(text, start, end)) return false;
    // A word jieba's lexicon lists (贺信/nr, 发言人/n, 罗利/ns) names a person only where the words around it say so
    // (罗利表示, 外交大臣费萨尔): its plain nr and ns entries hold real names as well as common words.
    // A span with a quotation mark in it is a broken span ([“庄园]经济, “[华龙一号”核电基地]) once the excluded text
    // inside the quotes is gone: no name of ours is written with one.
    if (QUOTE.test(span.text) || CUT_AT_JOIN.test(span.text)) return false;
    if (titleOrTitledName(text, start, end, span.type)) return false;
    if (span.type === 'PER' && quotedThing(text, start, end)) return false;
    if (span.type === 'PER' && serialOrSection(span.text)) return false;
    if (span.type === 'PER')
      return (
        !(
          isOrdinaryWord(span.text, nameLexicon, commonWords) &&
          !inPersonContext(text, start, end, people) &&
          !listedFullName(span, nameLexicon, surnameRanks)
        ) && !spanNamesNothing(text, start, end, 'person')
      );
    // Other words jieba lists with a non-name tag (代表团, 空间站) name nothing in particular, nor kinds of bodies (县医院).
    if (commonWords.has(span.text) || (span.type === 'ORG' && genericBody(span.text))) return false;
    // 大学 before 士 is the imperial office 大学士 (文华殿大学士兼礼部尚书), not a university.
    if (span.type === 'ORG' && span.text.endsWith('大学') && text[end] === '士') return false;
    if (span.type === 'ORG' && (verbHeaded(text, start, end) || countedKind(text, start))) return false;
    // Part of a numbered craft (玲龙一号), a bridge (常泰长江大桥) or a typhoon (台风“杜苏芮”).
    return !spanNamesNothing(text, start, end, TYPE_OF[span.type] ?? '');
  };
  return function matchModelNames(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const spans = splitDivisions(joinForeignNames(model.spans(nb.text.slice(s.nstart, s.nend))), commonWords);
      const people = personEdges(
        a,
        s.block,
        spans.filter((x) => x.type === 'PER'),
        s.nstart,
      );
      for (let span of spans) {
        if (span.confidence < minConfidence) continue;
        const found = { start: s.nstart + span.start, end: s.nstart + span.end };
        const free = a.isFree(s.block, found.start, found.end);
        const heading = free
          ? undefined
          : (nameHeading(a, s.block, found.start, found.end, span, commonWords) ??
            longerName(a, dicts, s.block, found, span));
        if (!free && heading === undefined) continue;
        const cut = freePart(a, s.block, found, span.type, namePart(nb.text, found, span, lookups));
        const part = cut === null ? null : wholePlace(a, dicts, commonWords, s.block, cut);
        if (part === null) continue;
        if (headCut(a, s.block, found, part)) continue;
        if (tailCut(a, s.block, part)) continue;
        const { start, end } = part;
        if (start !== found.start || end !== found.end || part.type !== span.type)
          span = {
            ...span,
            type: part.type,
            start: start - s.nstart,
            end: end - s.nstart,
            text: nb.text.slice(start, end),
          };
        if (span.type === 'PER' && placeLike(a, s.block, nb.text, start, end)) span = { ...span, type: 'LOC' };
        if (!namesSomething(nb.text, start, end, span, people) || lineSection(a, s.block, nb.text, start, end))
          continue;
        if (span.type === 'LOC' && compassRegion(a, dicts, si, s.block, nb.text, start, end, span.confidence)) continue;
        // A person's name the dictionaries held for the recognizer is a person or nothing (比奥 of 益比奥 is no place).
        if (span.type !== 'PER' && a.heldAsName(s.block, start, end)) continue;
        if (heading !== undefined) a.remove((m) => heading.includes(m));
        // A place with a site word after it is the site (漳河水库), and a name ending in one is a place (志贺核电站).
        const siteEnd = siteEndAfter(a, s, nb.text, span.type, start, end);
        if (siteEnd > 0) {
          a.cover(s.block, found.start, siteEnd);
          a.add(si, start, siteEnd, {
            entity: derivedEntityId('place', nb.text.slice(start, siteEnd)),
            type: 'place',
            source: 'model',
            confidence: span.confidence,
          });
          continue;
        }
        span = { ...span, type: typeByHead(span.text, span.type, dicts) };
        if (span.type === 'ORG' && endsWithSiteWord(span.text)) span = { ...span, type: 'LOC' };
        const link = dictionaryLink(a, dicts, s, span, start);
        if (link === null) continue;
        const { linked, type } = link;
        a.cover(s.block, Math.min(found.start, start), Math.max(found.end, end));
        a.add(si, start, end, {
          entity: linked ?? derivedEntityId(type, span.text),
          type,
          source: 'model',
          confidence: span.confidence,
          // The focus stage still counts the country written in the name where it stands (巴西农牧业研究公司); a
          // place in a company's name (东京电力公司) is where it started, not what the article is about.
          ...(heading !== undefined && heading[0]?.type !== 'person'
            ? { rule: heading[0]?.type === 'country' ? 'country-in-name' : 'place-in-name' }
            : {}),
        });
      }
    });
  };
}
