import { derivedEntityId, derivedName } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import { titleEndingAt, titleStartingAt } from '../../nlp/rules/titles.js';
import { dayOfDate } from '../../nlp/rules/span-context.js';
import type { InstitutionMatch, Institutions } from '../../resources/institutions.js';
import type { InstitutionT } from '../../schema/institutions.js';
import type { DictionarySet, Entity } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import { articleItems, mentionCountry } from './items.js';
import type { PairSet } from '../../nlp/rules/words.js';
import { givenBack } from './dictionary.js';

/**
 * Titles after which an organization's name is part of the title (国务院总理, 外交部发言人, 联合国秘书长): offices.
 * Occupations (新华社记者, 北京大学教授) and 代表, mostly a verb, leave the organization a mention of its own.
 */
const NOT_OFFICES = new Set([
  '代表',
  '专家',
  '记者',
  '教授',
  '研究员',
  '院士',
  '运动员',
  '选手',
  '主持人',
  '创始人',
  '教练',
  '主教练',
  '队长',
]);

/**
 * What follows a title that makes it a meeting's name (二十国集团领导人第十七次峰会, 北约防长会议, 阿盟外长理事会, 东盟外长会上):
 * the meeting of those office holders, held by the organization before it, which stays a mention; not 会见 or 会谈.
 */
const MEETING_AFTER =
  /^(?:第[0-9０-９一二三四五六七八九十百]+[次届]|非正式|特别|视频|年度)?(?:会议|会晤|峰会|理事会|对话会|论坛|会(?![见谈同]))/;

/** The office title written at `pos`, or null; `meetings` also takes the title of a meeting of its holders. */
function officeAt(text: string, pos: number, meetings = false): string | null {
  // A former holder's office is the office too (联合国前秘书长潘基文, 国家统计局原局长); no title starts with 前 or 原.
  const former = text[pos] === '前' || text[pos] === '原' ? 1 : 0;
  const t = titleStartingAt(text, pos + former);
  const after = pos + former + (t?.length ?? 0);
  // 外长级, 部长级: a rank of a meeting (阿盟外长级理事会), not an office, nor 轮值主席国, the country holding the chair
  // (东盟轮值主席国); nor (below) the meeting itself.
  if (t === null || NOT_OFFICES.has(t) || text[after] === '级' || text[after] === '国') return null;
  // 委员 + 会 is a committee (中共中央委员会总书记, 中意政府委员会), not a meeting.
  if (meetings || (t.endsWith('委员') && text[after] === '会')) return t;
  return MEETING_AFTER.test(text.slice(after, after + 8)) ? null : t;
}

/**
 * Whether an organization the recognizer read is the bodies of that kind across the country before a meeting of their
 * heads (全国体委主任会议, 全国文化厅局长会议): no one organization.
 */
const nationwideBodies = (m: MentionT, text: string, end: number): boolean =>
  m.source === 'model' && m.text.startsWith('全国') && officeAt(text, end, true) !== null;

/**
 * Whether an organization's name at text[start, end) runs on into an office title through its last character
 * (外交部 + 长 of 外交部长, 财政部长, 气象局长): unless the 长 starts a name of its own (水利部长江委 is 水利部 + 长江委).
 */
function officeRunsOn(dicts: DictionarySet, text: string, end: number): boolean {
  if (text[end] !== '长') return false;
  const next = dicts.trie.longestAt(text, end, text.length);
  return next === null && titleEndingAt(text, end + 1) !== null;
}

/**
 * Whether a people's congress's name ends right before 代表 "deputy" (全国人大代表, 第十四届全国人民代表大会代表 13名): the
 * deputies' title, which holds the congress's name as 国防部长 holds the ministry's; not 代表大会, 代表团 or 代表处.
 */
const deputiesAt = (m: MentionT, text: string, end: number): boolean =>
  /(?:人大|人民代表大会)$/.test(m.text) && /^代表(?!大会|团|处)/.test(text.slice(end, end + 4));

/**
 * Whether an organization stands between 常驻 and 代表, the title of a country's permanent representative to it
 * (中国常驻联合国代表张军, 常驻世贸组织代表, 常驻联合国第一副代表): 代表 is an office there, not the verb it mostly is.
 */
const permanentRepresentativeAt = (text: string, start: number, end: number): boolean =>
  text.endsWith('常驻', start) && /^(?:第一副|副)?代表(?![团处大])/.test(text.slice(end, end + 6));

/** The Communist Party of China's id: its name opens its committees' (中共云南省委). */
export const CPC = 'organization:cpc';

/**
 * The party's name written right before a body starting at `start` of a block's matching form (中共 of 中共云南省委,
 * 中共全国政协党组), part of the body's name: `{ party }` with the party's mention where a pass read one there (jieba
 * often writes the whole as one word, so there is often none), null where 中共 is not written there or another name
 * took it.
 */
export function partyWrittenBefore(a: Coverage, block: number, start: number): { party?: MentionT } | null {
  if (!(a.norm[block] as NormBlock).text.startsWith('中共', start - 2)) return null;
  const party = a.out.find((m) => m.block === block && a.normalized(m.block, m.start, m.end).end === start);
  if (party?.entity === CPC) return { party };
  return a.isFree(block, start - 2, start) ? {} : null;
}

/** Words before a country that make it a place, not an owner (在韩志愿军, 驻美使馆, 赴日). */
const NOT_OWNER_BEFORE = new Set(['在', '驻', '赴', '访', '从', '到', '往', '来自']);

/**
 * Names that say whose they are: a Chinese organization named so is China's after any country (中国人民志愿军); not
 * 全国 or 中央, which other countries' bodies share (古巴全国人大).
 */
const CHINA_NAMED = /^(?:中国|中华|中共|国务院)/;

/**
 * A foreign country or place written right before one of China's own organizations (尼泊尔民航局, 塞尔维亚国家博物馆,
 * 古巴全国人大), or a foreign organization before one of a party's or state's organs that China's have the same names
 * (越共中央政治局, 朝鲜劳动党中央军事委员会): the organization is that owner's, as with an institution word. Not after 在
 * or 驻 (在韩志愿军: the country is where, not whose), and not an organization whose name says it is China's
 * (中国人民志愿军).
 */
function ownedChineseOrganization(
  dicts: DictionarySet,
  a: Coverage,
  m: MentionT,
): { org: MentionT; name: string } | null {
  if (m.entity === null || (m.type !== 'country' && m.type !== 'place' && m.type !== 'organization')) return null;
  const owner = dicts.entities.get(m.entity);
  const home = owner?.type === 'country' ? owner.iso2 : owner?.country;
  if (owner === undefined || home === undefined || home === 'CN') return null;
  const text = a.doc.blocks[m.block]?.text ?? '';
  for (const w of NOT_OWNER_BEFORE) if (m.start >= w.length && text.startsWith(w, m.start - w.length)) return null;
  const org = a.out.find((o) => o.block === m.block && o.start === m.end && o.type === 'organization');
  const entity = org?.entity === null || org === undefined ? undefined : dicts.entities.get(org.entity);
  if (org === undefined || entity?.country !== 'CN' || org.source !== 'dictionary' || CHINA_NAMED.test(org.text))
    return null;
  // Before an office (越共中央政治局委员) the organ is part of a title, and the owning organization stays a mention of
  // its own (the office step would drop the whole).
  if (owner.type === 'organization' && officeAt(text, org.end) !== null) return null;
  return { org, name: `${owner.name}${org.text}` };
}

/**
 * What ends the name of a party or a state body (劳工党, 民族解放阵线, 非洲人国民大会, 文化和旅游部, 国家文物局, 审计署,
 * 国家监察委员会, 白宫; not a club, 俱乐部), which the country written before it belongs to, as the modern-news gold reads 巴西劳工党 and
 * 中国中央广播电视总台; not companies, universities, foundations or armed groups outside the state (美国 + 微软公司,
 * 美国 + 约翰斯·霍普金斯大学, 也门 + 胡塞武装, 苏丹 + 快速支援部队), which the gold splits.
 */
const STATE_OR_PARTY =
  /(?:党|阵线|国民大会|议会|国会|众议院|参议院|人民代表大会|委员会|(?<!俱乐)部|局|署|白宫|克里姆林宫|五角大楼|总台|电视台|通讯社)$/;

/** Whether a country written before an organization's canonical name is part of it: the name opens with it, or names a party or a state body. */
const ownName = (name: string, country: string): boolean => name.startsWith(country) || STATE_OR_PARTY.test(name);

/**
 * A country written right before an organization of that country is part of its name, as the guide reads 中国全国人大
 * and the gold 巴西劳工党: one mention of the organization. By its name, where the organization's opens with it or is a
 * party's or a state body's (日本自民党, 中国共青团, 美国中情局, 巴西劳工党: `rule: country-in-name`, which the focus stage
 * counts for the country as well), or by a one-character abbreviation (黎真主党 is 黎巴嫩真主党: `rule: abbreviated-owner`).
 */
function mergeWrittenOwners(dicts: DictionarySet, a: Coverage): void {
  const merged: Array<{ org: MentionT; abbr: MentionT | null; start: number }> = [];
  for (const org of a.out) {
    if (org.type !== 'organization' || org.entity === null) continue;
    const owner = dicts.entities.get(org.entity)?.country;
    const { start } = a.normalized(org.block, org.start, org.end);
    if (owner === undefined || start === 0) continue;
    const abbr = a.out.find((c) => c.block === org.block && c.end === org.start && c.type === 'country') ?? null;
    const ch = (a.norm[org.block] as NormBlock).text[start - 1] ?? '';
    if (abbr !== null) {
      // A country mention that names the organization's country: its name (a dictionary match, not shorthand) or an
      // abbreviation of one character.
      const iso2 = abbr.entity === null ? undefined : dicts.entities.get(abbr.entity)?.iso2;
      const from = a.normalized(abbr.block, abbr.start, abbr.end).start;
      const named = abbr.end - abbr.start > 1 && abbr.source === 'dictionary' && abbr.rule === undefined;
      const body = dicts.entities.get(org.entity)?.name ?? '';
      if (iso2 === owner && (abbr.end - abbr.start === 1 || (named && ownName(body, abbr.text))))
        merged.push({ org, abbr, start: from });
    } else if (a.isFree(org.block, start - 1, start) && org.end - org.start >= 3) {
      // Or a character no rule read (打死多名黎真主党武装成员) that can abbreviate that country; not before a
      // two-character name, which the character may well belong with (中 + 央广 of 中央广电总台), nor the 日 of a date
      // (９月２５日大和银行).
      if (dayOfDate((a.norm[org.block] as NormBlock).text, start - 1)) continue;
      const names = (dicts.abbreviations.get(ch) ?? []).map((id) => dicts.entities.get(id)?.iso2);
      if (names.includes(owner)) merged.push({ org, abbr: null, start: start - 1 });
    }
  }
  for (const { org, abbr, start } of merged) {
    const { end } = a.normalized(org.block, org.start, org.end);
    a.remove((x) => x === abbr || x === org);
    a.cover(org.block, start, end);
    a.add(org.sentence, start, end, {
      entity: org.entity,
      type: 'organization',
      source: org.source,
      rule: abbr !== null && abbr.end - abbr.start > 1 ? 'country-in-name' : 'abbreviated-owner',
      confidence: Math.min(abbr?.confidence ?? 0.9, org.confidence),
    });
  }
}

/** Where an institution word ending at `end` begins, at `start` or up to three characters before it (公共卫生部). */
function institutionStart(
  institutions: Institutions,
  text: string,
  start: number,
  end: number,
): { from: number; hit: InstitutionMatch } | null {
  // The longest first: 公共卫生部 rather than the 卫生部 inside it.
  for (let from = Math.max(0, start - 3); from <= start; from++) {
    const hit = institutions.at(text, from);
    if (hit !== null && from + hit.form.length === end) return { from, hit };
  }
  return null;
}

/**
 * China's institution as the dictionary read it (外交部, 国防部, 卫生部) right after a free one-character abbreviation
 * of a foreign country the article names (叙外交部, 黎卫生部, 以国防部) is that country's institution: the dictionary
 * took the word before the shorthand rule could read the abbreviation, and composing it the way 叙利亚外交部 is
 * composed keeps it from being China's.
 */
function foreignAbbreviatedInstitutions(dicts: DictionarySet, institutions: Institutions, a: Coverage): void {
  const named = new Set(a.out.filter((m) => m.type === 'country' && m.entity !== null).map((m) => m.entity));
  const found: Array<{ org: MentionT; country: Entity; start: number; end: number; key: string; form: string }> = [];
  for (const org of a.out) {
    if (org.type !== 'organization' || org.source !== 'dictionary' || org.entity === null) continue;
    if (dicts.entities.get(org.entity)?.country !== 'CN') continue;
    const nb = a.norm[org.block] as NormBlock;
    const { start, end } = a.normalized(org.block, org.start, org.end);
    // The institution word may begin before the dictionary's (公共卫生部 of 黎公共卫生部, whose 卫生部 it read).
    const at = institutionStart(institutions, nb.text, start, end);
    if (at === null || at.from === 0 || !a.isFree(org.block, at.from - 1, start)) continue;
    const { from, hit } = at;
    const ids = (dicts.abbreviations.get(nb.text[from - 1] ?? '') ?? []).filter((id) => named.has(id));
    const country = ids.length === 1 ? dicts.entities.get(ids[0] as string) : undefined;
    if (country === undefined || country.type !== 'country' || country.iso2 === 'CN') continue;
    found.push({
      org,
      country,
      start: from - 1,
      end,
      key: hit.institution.key,
      form: hit.institution.forms[0] ?? hit.form,
    });
  }
  for (const f of found) {
    a.remove((x) => x === f.org);
    a.cover(f.org.block, f.start, f.end);
    a.add(f.org.sentence, f.start, f.end, {
      entity: derivedEntityId('organization', `${f.country.name}${f.form}`),
      type: 'organization',
      source: 'rule',
      rule: `institution-${f.key}`,
      confidence: 0.85,
    });
  }
}

/** Institution keys of the state organs every country has under one Chinese name (外交部, 财政部, 央行, 最高法院). */
const STATE_ORGANS = new Set([
  'foreign-ministry',
  'defense-ministry',
  'interior-ministry',
  'finance-ministry',
  'health-ministry',
  'commerce-ministry',
  'justice-ministry',
  'education-ministry',
  'energy-ministry',
  'agriculture-ministry',
  'central-bank',
  'supreme-court',
]);
/** Words of a title that make it home news. */
const HOME_TITLE = /国内|我国|全国/;
/** What before an organ makes it several countries' (约旦等国的外交部, 各国央行): no one owner. */
const SEVERAL_BEFORE = /(?:等国|各国|多国|两国|[一二三四五六七八九十几]国)的?$/;

/**
 * China's state organ as the dictionary read it, written bare (司法部, 国防部, 央行) in foreign news — an article (or an
 * item of a roundup) whose title and lead name a foreign country or one of its people and nothing of China's — in a
 * sentence that names nothing of China's either, is the foreign country's: the country, person or place of a country
 * named last before it in its sentence (普京在国防部扩大会议上: Russia's), else, in an article of one item, the one
 * foreign country of the title and lead. So 美国白宫和财政部 is the US Treasury and 乌总统已因贪腐问题解除国防部
 * Ukraine's ministry, not China's. Several foreign countries before it (伊朗、埃及、约旦等国的外交部) make it those
 * countries' organs, of no one owner (organization:~外交部). A region before it (欧洲近期要求央行), two countries (两国外交部,
 * China's among them) or a title of home news (国内联播快讯) leave it as the dictionary read it.
 */
function foreignNewsInstitutions(dicts: DictionarySet, institutions: Institutions, a: Coverage): void {
  const countryOf = (m: MentionT): string | undefined => mentionCountry(dicts, m);
  // The news each block belongs to: its item's heading and the paragraph after it (国际联播快讯), else the title and
  // the lead. The foreign countries of each, or null where it names something of China's.
  const blocks = a.doc.blocks;
  // A title of home news (国内联播快讯) names no mention of China's but is China's news.
  if (blocks.some((b) => b.kind === 'title' && HOME_TITLE.test(b.text))) return;
  // Only an article of one item takes the owner from its title and lead; in a roundup an item's own lead is read only
  // after the recognizer has run.
  const { headOf, single, top: atTop } = articleItems(blocks);
  const abroadOf = new Map<number, Set<string> | null>();
  const abroad = (head: number): Set<string> | null => {
    let set = abroadOf.get(head);
    if (set !== undefined) return set;
    const top = a.out.filter((m) => atTop(head, m.block));
    const named = top.filter((m) => m.type === 'country' || m.type === 'person').map(countryOf);
    set = top.some((m) => countryOf(m) === 'CN') ? null : new Set(named.filter((c) => c !== undefined));
    abroadOf.set(head, set);
    return set;
  };
  const found: Array<{ org: MentionT; owner: Entity; start: number; end: number; hit: InstitutionMatch }> = [];
  const generic: MentionT[] = [];
  for (const org of a.out) {
    if (org.type !== 'organization' || org.source !== 'dictionary' || org.entity === null) continue;
    if (dicts.entities.get(org.entity)?.country !== 'CN') continue;
    const nb = a.norm[org.block] as NormBlock;
    const { start, end } = a.normalized(org.block, org.start, org.end);
    const hit = institutions.at(nb.text, start);
    // The organ's word covers the dictionary's (最高法 of 最高法院), and what it adds is free.
    if (hit === null || !STATE_ORGANS.has(hit.institution.key) || start + hit.form.length < end) continue;
    if (!a.isFree(org.block, end, start + hit.form.length)) continue;
    const several = SEVERAL_BEFORE.exec(nb.text.slice(Math.max(0, start - 4), start))?.[0];
    const sentence = a.out.filter((m) => m.block === org.block && m.sentence === org.sentence && m !== org);
    if (sentence.some((m) => countryOf(m) === 'CN')) continue;
    // Several foreign states' organs (伊朗、埃及、约旦等国的外交部) are none of China's: the organ, of no one country.
    if (several !== undefined) {
      if (!several.startsWith('两')) generic.push(org);
      continue;
    }
    const head = headOf[org.block] ?? -1;
    const news = abroad(head);
    if (news === null || news.size === 0) continue;
    let owner: string | undefined;
    const before = sentence.filter((m) => m.start < org.start).sort((x, y) => y.start - x.start);
    const last = before.find((m) => m.type === 'country' || m.type === 'person' || m.type === 'place');
    if (last !== undefined) owner = countryOf(last);
    else if (news.size === 1 && single) owner = [...news][0];
    const country = owner === undefined ? undefined : dicts.entities.get(`country:${owner}`);
    if (country === undefined || country.type !== 'country') continue;
    found.push({ org, owner: country, start, end: start + hit.form.length, hit });
  }
  for (const org of generic) org.entity = derivedEntityId('organization', org.text);
  for (const f of found) {
    a.remove((x) => x === f.org);
    a.cover(f.org.block, f.start, f.end);
    a.add(f.org.sentence, f.start, f.end, {
      entity: derivedEntityId('organization', `${f.owner.name}${f.hit.institution.forms[0] ?? f.hit.form}`),
      type: 'organization',
      source: 'rule',
      rule: `institution-${f.hit.institution.key}`,
      confidence: 0.8,
    });
  }
}

/**
 * The organization a dictionary lists as an owner's institution: under the name as written (美国防部 is not, 美国国防部
 * is), the owner's name and the form, or the composed name (苏丹武装部队 of 苏丹军方, not for an institution named as
 * written); else the one the institution's `entities` give for the owner's country (以军 → `organization:idf`, whose
 * name 以色列国防军 is none of these).
 */
export function listedInstitution(
  dicts: DictionarySet,
  owner: Entity,
  institution: InstitutionT,
  form: string,
  written?: string,
): string | undefined {
  // The first form stands for its synonyms (军方 for 武装部队), not where each form is a body of its own (美国绿党 is no
  // 美国民主党).
  const canonical = institution.named === 'written' ? form : (institution.forms[0] ?? form);
  for (const name of [written, `${owner.name}${form}`, `${owner.name}${canonical}`]) {
    const claim = name === undefined ? undefined : dicts.forms.get(name);
    if (claim !== undefined && dicts.entities.get(claim.entity)?.type === 'organization') return claim.entity;
  }
  const mapped = owner.type === 'country' && owner.iso2 !== undefined ? institution.entities[owner.iso2] : undefined;
  return mapped !== undefined && dicts.entities.get(mapped)?.type === 'organization' ? mapped : undefined;
}

/**
 * China's state organ written bare (财政部) where the article names the same organ of one foreign country in full
 * (泰国财政部 … 财政部已初步采纳) and its title and the organ's sentence name nothing of China's: that country's
 * organ, as its full name said (the same id). Not where the article also writes China's organ otherwise (中国财政部).
 */
function namedForeignOrgans(dicts: DictionarySet, institutions: Institutions, a: Coverage): void {
  const composed = new Map<string, Set<string>>();
  for (const m of a.out) {
    const key = m.rule?.startsWith('institution-') === true ? m.rule.slice('institution-'.length) : '';
    if (m.entity === null || m.type !== 'organization' || !STATE_ORGANS.has(key)) continue;
    composed.set(key, (composed.get(key) ?? new Set<string>()).add(m.entity));
  }
  if (composed.size === 0) return;
  const chinese = (m: MentionT): boolean => {
    const e = m.entity === null ? undefined : dicts.entities.get(m.entity);
    return e !== undefined && (e.type === 'country' ? e.iso2 === 'CN' : e.country === 'CN');
  };
  if (a.out.some((m) => a.doc.blocks[m.block]?.kind === 'title' && chinese(m))) return;
  for (const org of [...a.out]) {
    if (org.type !== 'organization' || org.source !== 'dictionary' || org.entity === null) continue;
    if (dicts.entities.get(org.entity)?.country !== 'CN') continue;
    const nb = a.norm[org.block] as NormBlock;
    const { start, end } = a.normalized(org.block, org.start, org.end);
    const hit = institutions.at(nb.text, start);
    if (hit === null || start + hit.form.length !== end) continue;
    const ids = composed.get(hit.institution.key);
    if (ids === undefined || ids.size !== 1) continue;
    if (a.out.some((m) => m.entity === org.entity && m.text !== org.text)) continue;
    if (a.out.some((m) => m !== org && m.block === org.block && m.sentence === org.sentence && chinese(m))) continue;
    a.remove((x) => x === org);
    a.add(org.sentence, start, end, {
      entity: [...ids][0] as string,
      type: 'organization',
      source: 'rule',
      rule: `institution-${hit.institution.key}`,
      confidence: 0.8,
    });
  }
}

/** An owner (country or place) mention followed by an institution word, in matching-form offsets. */
interface Owned {
  owner: MentionT;
  entity: Entity;
  start: number;
  /** Where the owner's name ends: before the 国 of 以色列国防部长 or 美国会 when that 国 starts the institution. */
  ownerEnd: number;
  hit: InstitutionMatch;
  end: number;
}

/** The institution an owner mention is followed by, or null. */
function ownedInstitution(
  dicts: DictionarySet,
  institutions: Institutions,
  words: PairSet,
  a: Coverage,
  m: MentionT,
): Owned | null {
  if (m.entity === null || (m.type !== 'country' && m.type !== 'place')) return null;
  const entity = dicts.entities.get(m.entity);
  if (entity === undefined) return null;
  const nb = a.norm[m.block] as NormBlock;
  const { start, end } = a.normalized(m.block, m.start, m.end);
  // Another country of a compound whose start or end is at `at`.
  const compoundAt = (side: 'start' | 'end', at: number): boolean =>
    a.out.some((o) => {
      if (o === m || o.block !== m.block || o.rule !== 'shorthand-compound') return false;
      return a.normalized(o.block, o.start, o.end)[side] === at;
    });
  // The owner's partner in a compound right after it (中海关系: 中 and 海 of the Gulf Council) starts no institution,
  // nor does the second of a compound (中德政府磋商, 俄中议会合作): the institution is both countries', not the second's.
  const second = m.rule === 'shorthand-compound' && compoundAt('end', start);
  const owned = (ownerEnd: number): Owned | null => {
    if (second || compoundAt('start', ownerEnd)) return null;
    const hit = institutions.at(nb.text, ownerEnd);
    if (hit === null || (hit.abbreviated && (ownerEnd - start !== 1 || m.type !== 'country'))) return null;
    if (hit.institution.owners === 'places' && m.type !== 'place') return null;
    if (hit.institution.owners === 'states' && m.type !== 'country' && entity.iso2 === undefined) return null;
    // Another body's before the owner (共青团云南省委 is the Youth League's committee, not the party's); and after 驻 the
    // owner is where the institution is stationed (俄将减少驻塔军队: Russia's troops in Tajikistan), not whose it is.
    if (hit.institution.notAfter.some((w) => nb.text.startsWith(w, start - w.length))) return null;
    if (nb.text[start - 1] === '驻') return null;
    // The word must not run on into another (its `notBefore`, read by the lookup): 教育部 is no institution in 教育部门
    // (departments), nor 军 in 军舰; but 军 stays the army's where the next character starts a word of its own
    // (乌军人员, 俄军装甲车, 以军士兵: not 军人, 军装 and 军士, which the segmenter reads there).
    const end = ownerEnd + hit.form.length;
    const runsOn = hit.abbreviated
      ? words.hasPair(nb.text, end - 1) && !words.hasPair(nb.text, end)
      : hit.form.endsWith('部') && nb.text[end] === '门';
    if (runsOn) return null;
    return { owner: m, entity, start, ownerEnd, hit, end: ownerEnd + hit.form.length };
  };
  // 以色列国防部 and 美国会: the 国 the longest dictionary form took starts the institution (国防部, 国会) when the
  // name without it still names the same country (以色列, 美 as shorthand).
  // Not China's: 中国会出现… is "China will see …", and China calls no body of its own 国会.
  if (nb.text[end - 1] === '国' && end - start >= 2 && entity.iso2 !== 'CN') {
    const shorter = nb.text.slice(start, end - 1);
    const same =
      dicts.forms.get(shorter)?.entity === entity.id ||
      (shorter.length === 1 && (dicts.abbreviations.get(shorter) ?? []).includes(entity.id));
    const o = same ? owned(end - 1) : null;
    if (o !== null && (officeAt(nb.text, end - 1) !== null || o.end > end)) return o;
  }
  return owned(end);
}

/**
 * Creates the institutions pass. A country or place followed by an institution word is one organization of that
 * owner (英国政府, 巴西中央银行, 美军, 青岛海关), never China's institution of the same name: its id is made from the
 * owner's canonical name and the institution (organization:~英国政府), so every way of writing it counts as one.
 * China's own institutions keep their dictionary entries (中国外交部). An organization written as part of an office
 * title (外交部发言人, 国务院总理, 俄罗斯外交部发言人, 以色列国防部长) is a title, not a mention; its owner stays.
 */
export function createInstitutionPass(
  dicts: DictionarySet,
  institutions: Institutions,
  words: PairSet,
): (a: Coverage) => void {
  const compose = (a: Coverage, o: Owned): void => {
    const nb = a.norm[o.owner.block] as NormBlock;
    const si = o.owner.sentence;
    const inside = (m: MentionT): boolean =>
      m.block === o.owner.block && m.start >= o.owner.start && a.normalized(m.block, m.start, m.end).end <= o.end;
    // An institution word that opens a longer name another pass found is that name's (陆军 of 重庆陆军军医大学: the
    // Army Medical University in Chongqing, not Chongqing's army).
    const runsOn = (m: MentionT): boolean => {
      if (m.block !== o.owner.block) return false;
      const n = a.normalized(m.block, m.start, m.end);
      return n.start >= o.ownerEnd && n.start < o.end && n.end > o.end;
    };
    if (a.out.some(runsOn)) return;
    a.cover(o.owner.block, o.start, o.end);
    const office = officeAt(nb.text, o.ownerEnd);
    if ((office !== null && office.length > o.hit.form.length) || officeAt(nb.text, o.end) !== null) {
      // A title: the owner alone (shortened if its 国 went to the title), no organization.
      a.remove((m) => inside(m));
      a.add(si, o.start, o.ownerEnd, {
        entity: o.owner.entity,
        type: o.owner.type,
        source: o.owner.source,
        ...(o.owner.rule !== undefined ? { rule: o.owner.rule } : {}),
        confidence: o.owner.confidence,
      });
      return;
    }
    const claim = dicts.forms.get(nb.text.slice(o.ownerEnd, o.end));
    const chinese = claim === undefined ? undefined : dicts.entities.get(claim.entity);
    a.remove((m) => inside(m));
    if (o.entity.iso2 === 'CN' && chinese !== undefined && chinese.type === 'organization') {
      a.add(si, o.start, o.end, { entity: chinese.id, type: 'organization', source: 'dictionary', confidence: 0.95 });
      return;
    }
    const listed = listedInstitution(dicts, o.entity, o.hit.institution, o.hit.form, nb.text.slice(o.start, o.end));
    if (listed !== undefined) {
      a.add(si, o.start, o.end, { entity: listed, type: 'organization', source: 'dictionary', confidence: 0.95 });
      return;
    }
    // 中共云南省委: the party's name written before a place's party committee is part of the committee's name.
    const written = o.hit.institution.key === 'party-committee' ? partyWrittenBefore(a, o.owner.block, o.start) : null;
    const start = written !== null ? o.start - 2 : o.start;
    if (written !== null) {
      if (written.party !== undefined) a.remove((m) => m === written.party);
      a.cover(o.owner.block, start, o.start);
    }
    // A place has no national office: its bureau is named by the word as written (山西省统计局, not 山西省国家统计局).
    const word = o.hit.institution.forms[0] as string;
    // The party's name before its committee is part of the span but not of the id: 中共北京市委 and 北京市委 are one body.
    const name =
      o.hit.institution.named === 'written'
        ? nb.text.slice(o.start, o.end)
        : `${o.entity.name}${o.entity.type !== 'country' && word.startsWith('国家') ? o.hit.form : word}`;
    a.add(si, start, o.end, {
      entity: derivedEntityId('organization', name),
      type: 'organization',
      source: 'rule',
      rule: `institution-${o.hit.institution.key}`,
      confidence: 0.9,
    });
  };
  return function matchInstitutions(a: Coverage): void {
    const owners = a.out
      .map((m) => ownedInstitution(dicts, institutions, words, a, m))
      .filter((o): o is Owned => o !== null);
    for (const o of owners) compose(a, o);
    foreignAbbreviatedInstitutions(dicts, institutions, a);
    foreignNewsInstitutions(dicts, institutions, a);
    namedForeignOrgans(dicts, institutions, a);
    mergeWrittenOwners(dicts, a);
    const chinese = a.out.map((m) => ({ owner: m, owned: ownedChineseOrganization(dicts, a, m) }));
    for (const { owner, owned } of chinese) {
      if (owned === null) continue;
      const { start } = a.normalized(owner.block, owner.start, owner.end);
      const { end } = a.normalized(owned.org.block, owned.org.start, owned.org.end);
      a.remove((x) => x === owner || x === owned.org);
      a.add(owner.sentence, start, end, {
        entity: derivedEntityId('organization', owned.name),
        type: 'organization',
        source: 'rule',
        rule: 'institution-owned',
        confidence: 0.85,
      });
    }
  };
}

/**
 * Public bodies of a place (湖北省公安厅消防局, 江苏省产业技术研究院, 兰州市政协): their place is their owner, as a
 * country is its ministry's, and stays a mention when the body is part of a title. A company's or a bank's place is
 * part of its name (宁德时代新能源科技股份有限公司董事长, 非洲发展银行行长), no mention.
 */
const PUBLIC_BODY =
  /(?:局|厅|委|委员会|常委会|政协|科协|妇联|侨联|文联|作协|工会|法院|检察院|研究院|研究所|医院|学校|中学|小学|剧院|艺术团|歌舞团|军分区|军区)$/;

/**
 * Creates the step that drops organizations written as part of an office title (国务院总理, 联合国秘书长): they name
 * an office, not the organization. A country at the head of the organization's name stays a mention of the country
 * (俄罗斯外交部发言人 → 俄罗斯), and so does the place of a public body (see PUBLIC_BODY).
 */
export function createOfficeStep(dicts: DictionarySet): (a: Coverage) => void {
  return function dropOfficeOrganizations(a: Coverage): void {
    const owners: Array<{ si: number; start: number; end: number; entity: string; type: string }> = [];
    a.remove((m) => {
      if (m.type !== 'organization') return false;
      const { start, end } = a.normalized(m.block, m.start, m.end);
      const nb = a.norm[m.block] as NormBlock;
      if (nationwideBodies(m, nb.text, end)) return true;
      const office =
        officeAt(nb.text, end) !== null ||
        officeRunsOn(dicts, nb.text, end) ||
        deputiesAt(m, nb.text, end) ||
        permanentRepresentativeAt(nb.text, start, end);
      if (!office) return false;
      const head = headOwner(dicts, nb.text, start, end, m);
      if (head !== null) owners.push({ si: m.sentence, start, end: head.end, entity: head.id, type: head.type });
      return true;
    });
    for (const o of owners)
      a.add(o.si, o.start, o.end, { entity: o.entity, type: o.type, source: 'dictionary', confidence: 0.95 });
  };
}

/** What ends a date before a character (12月18日新进党: 日 is no Japan). */
const DATE_END = /[0-9０-９一二三四五六七八九十]/;

/**
 * The country or place heading an organization written as part of an office title, which stays a mention: the
 * country a form at its head names (法国国防部长 → 法国, 老挝人民革命党中央总书记 → 老挝), the place a local body the
 * recognizer read starts with (湖北省公安厅消防局局长 → 湖北省; not a place inside a named organization's name:
 * 欧洲理事会主席), or the abbreviation of the organization's country at its head (俄外交部发言人 → 俄).
 */
function headOwner(
  dicts: DictionarySet,
  text: string,
  start: number,
  end: number,
  m: MentionT,
): { end: number; id: string; type: string } | null {
  const longest = dicts.trie.longestAt(text, start, end - 1);
  // A formal name gives back its last character where it starts a word with the next (以色列国|防军发言人: 以色列).
  const head = longest === null ? null : (givenBack(dicts, text, longest)?.m ?? longest);
  const entry = head === null ? undefined : dicts.formList[head.value];
  const found = entry === undefined ? undefined : dicts.entities.get(entry.claim.entity);
  if (head !== null && found?.type === 'country') return { end: head.end, id: found.id, type: 'country' };
  // Read by the recognizer, by the institution rules (湖北省公安厅) or as a unit of one (湖北省公安厅消防局).
  const local = m.rule === 'place-in-name' || m.rule === 'sub-unit' || m.rule?.startsWith('institution-') === true;
  if (head !== null && found?.type === 'place' && local && PUBLIC_BODY.test(m.text))
    return { end: head.end, id: found.id, type: 'place' };
  // A foreign organization of the dictionaries: its country's name or abbreviation at its head (老挝人民革命党中央,
  // 俄外交部); not China's own (中共中央政治局委员, 中国人民解放军总后勤部部长).
  const own = m.entity === null ? undefined : dicts.entities.get(m.entity)?.country;
  const id = own === undefined || own === 'CN' ? undefined : `country:${own}`;
  const country = id === undefined ? undefined : dicts.entities.get(id);
  if (id !== undefined && country !== undefined) {
    for (let at = Math.min(end - 1, start + 8); at > start + 1; at--)
      if (dicts.forms.get(text.slice(start, at))?.entity === id) return { end: at, id, type: 'country' };
    // The abbreviation is the name's first character (not 日 ending a date: 12月18日新进党).
    const ch = text[start] ?? '';
    if (
      ch === country.name[0] &&
      (dicts.abbreviations.get(ch) ?? []).includes(id) &&
      !DATE_END.test(text[start - 1] ?? '')
    )
      return { end: start + 1, id, type: 'country' };
  }
  // An institution composed from an abbreviation (俄外交部 as organization:~俄罗斯外交部): the written characters
  // before the ending it shares with its composed name are the owner's.
  const name = m.entity === null || m.rule?.startsWith('institution-') !== true ? null : derivedName(m.entity);
  if (name === null) return null;
  let k = 0;
  while (k < m.text.length - 1 && m.text[m.text.length - 1 - k] === name[name.length - 1 - k]) k++;
  const claim = dicts.forms.get(name.slice(0, name.length - k));
  const owner = claim === undefined ? undefined : dicts.entities.get(claim.entity);
  if (owner?.type !== 'country' || k === 0) return null;
  // What is written before that ending names the owner (俄, 黎 of 黎公共卫生部), not a part of its name (国 of 国防部).
  const written = m.text.slice(0, m.text.length - k);
  const names = (w: string): boolean =>
    dicts.forms.get(w)?.entity === owner.id || (dicts.abbreviations.get(w) ?? []).includes(owner.id);
  if (names(written)) return { end: end - k, id: owner.id, type: 'country' };
  return names(written[0] ?? '') ? { end: start + 1, id: owner.id, type: 'country' } : null;
}

/** A term number written inside a body's formal name (中国共产党第二十届中央委员会, 政协第十四届全国委员会). */
const TERM = /^第[一二三四五六七八九十百零〇0-9]+届/;

/** Bodies written after an organization and its term number that no dictionary lists on their own. */
const TERM_BODIES = ['中央纪律检查委员会', '中央常务委员会', '中央委员会', '全国委员会', '常务委员会', '全国代表大会'];

/**
 * A place's congress, standing committee or legislature after its term number (沈阳市第十二届人民代表大会, 武汉市第十届
 * 人大常委会, 香港特区第一届立法会), and its CPPCC or party committee with 政协 or 中共 before the place (政协福建省第八届
 * 委员会, 中共四川省第七届委员会). Not its deputies (…人民代表大会代表).
 */
const LOCAL_TERM_BODY = /^(?:人民代表大会常务委员会|人民代表大会|人大常委会|立法会|委员会)(?!代表)/;

/** What before a place makes its 委员会 the CPPCC's or the party's committee of that place. */
const COMMITTEE_OF = /(?:政协|中共)$/;

/**
 * Reads a place's body with its term number as one organization, named without the term (政协福建省第八届委员会 →
 * 政协福建省委员会): the place alone had been the mention, and 中共 of 中共四川省第七届委员会 the national party.
 */
function matchLocalTermBody(a: Coverage, place: MentionT): void {
  const nb = a.norm[place.block] as NormBlock;
  const { start, end } = a.normalized(place.block, place.start, place.end);
  const term = TERM.exec(nb.text.slice(end, end + 8));
  if (term === null) return;
  const at = end + term[0].length;
  const body = LOCAL_TERM_BODY.exec(nb.text.slice(at, at + 12))?.[0];
  const of = COMMITTEE_OF.exec(nb.text.slice(Math.max(0, start - 2), start))?.[0] ?? '';
  if (body === undefined || (body === '委员会' && of === '')) return;
  const from = start - of.length;
  const bodyEnd = at + body.length;
  // A title that holds the body is a title (武汉市第十届人大常委会主任): the place alone stays.
  if (!a.isFree(place.block, at, bodyEnd) || officeAt(nb.text, bodyEnd) !== null) return;
  a.remove((m) => {
    if (m.block !== place.block) return false;
    const n = a.normalized(m.block, m.start, m.end);
    return n.start >= from && n.end <= bodyEnd;
  });
  a.cover(place.block, from, bodyEnd);
  a.add(place.sentence, from, bodyEnd, {
    entity: derivedEntityId('organization', nb.text.slice(from, end) + body),
    type: 'organization',
    source: 'rule',
    rule: 'term-body',
    confidence: 0.9,
  });
}

/** A term number inside a name, after what it is the term of (政协第九届全国委员会). */
const TERM_INSIDE = /第[一二三四五六七八九十百零〇0-9]+届/;

/**
 * Links an organization the recognizer or a rule named with its term inside and no dictionary holds (政协第九届全国委员会,
 * 中国人民政治协商会议第八届全国委员会常务委员会) to the dictionary's entry for the name without the term, as the term-body
 * rule links the names it reads itself.
 */
function linkTermNames(a: Coverage, dicts: DictionarySet): void {
  for (const m of a.out as MentionT[]) {
    if (m.type !== 'organization' || (m.entity !== null && derivedName(m.entity) === null)) continue;
    const term = TERM_INSIDE.exec(m.text);
    if (term === null || term.index === 0) continue;
    const claim = dicts.forms.get(m.text.slice(0, term.index) + m.text.slice(term.index + term[0].length));
    if (claim === undefined || dicts.entities.get(claim.entity)?.type !== 'organization') continue;
    m.entity = claim.entity;
    m.rule = 'term-body';
  }
}

/**
 * Links the recognizer's bare 共产党 (共产党万岁, 感谢共产党, 坚持和完善共产党领导的多党合作) to the home country's communist
 * party (中国 + 共产党 in the dictionaries), unless its block names another country (自由党和共产党之后，是日本政界第五大党;
 * 中越都是共产党领导的社会主义国家), where it is that country's or the parties in general, or a word goes on from it
 * (共产党人, 共产党员).
 */
function linkBareParty(a: Coverage, dicts: DictionarySet, home: string): void {
  const country = dicts.entities.get(`country:${home}`);
  const party = country === undefined ? undefined : dicts.forms.get(`${country.name}共产党`)?.entity;
  if (party === undefined) return;
  for (const m of a.out as MentionT[]) {
    if (m.type !== 'organization' || m.text !== '共产党' || m.entity === null || derivedName(m.entity) === null)
      continue;
    if ('人员'.includes(a.doc.blocks[m.block]?.text[m.end] ?? '-')) continue;
    const abroad = a.out.some((o) => {
      if (o.block !== m.block || o.dateline === true) return false;
      const iso = mentionCountry(dicts, o);
      return (iso !== undefined && iso !== home) || (o.type === 'country' && o.entity === null);
    });
    if (abroad) continue;
    m.entity = party;
    m.rule = 'party-bare';
  }
}

/**
 * Links the recognizer's organizations no dictionary holds to the bodies they name: with the term inside (see
 * linkTermNames), and the home country's party written bare (see linkBareParty).
 */
export function linkRecognizedBodies(a: Coverage, dicts: DictionarySet, home: string): void {
  linkTermNames(a, dicts);
  linkBareParty(a, dicts, home);
}

/**
 * Creates the pass that reads a body's formal name with its term number as one organization (中国共产党第二十届中央
 * 纪律检查委员会 → 中国共产党中央纪律检查委员会, 中国民主同盟第十三届中央委员会): an organization or a country, the
 * term, then the body, written as a dictionary organization or a body word. The name without the term links to the
 * dictionary's entry where it has one, else to an organization of that name.
 */
export function createTermBodyPass(dicts: DictionarySet): (a: Coverage) => void {
  return function matchTermBodies(a: Coverage): void {
    for (const place of a.out.filter((m) => m.type === 'place')) matchLocalTermBody(a, place);
    const heads = a.out.filter((m) => m.type === 'organization' || m.type === 'country');
    for (const head of heads) {
      const nb = a.norm[head.block] as NormBlock;
      const { start, end } = a.normalized(head.block, head.start, head.end);
      const term = TERM.exec(nb.text.slice(end, end + 8));
      if (term === null) continue;
      const at = end + term[0].length;
      const inner = a.out.find(
        (m) =>
          m.block === head.block && m.type === 'organization' && a.normalized(m.block, m.start, m.end).start === at,
      );
      const innerEnd = inner === undefined ? undefined : a.normalized(inner.block, inner.start, inner.end).end;
      const word = TERM_BODIES.find((w) => nb.text.startsWith(w, at));
      const bodyEnd = innerEnd ?? (word === undefined ? undefined : at + word.length);
      if (bodyEnd === undefined || (head.type === 'country' && inner === undefined)) continue;
      const name = nb.text.slice(start, end) + nb.text.slice(at, bodyEnd);
      const claim = dicts.forms.get(name);
      const listed = claim === undefined ? undefined : dicts.entities.get(claim.entity);
      const entity =
        listed?.type === 'organization' ? listed.id : (inner?.entity ?? derivedEntityId('organization', name));
      a.remove(
        (m) => m.block === head.block && m.start >= head.start && a.normalized(m.block, m.start, m.end).end <= bodyEnd,
      );
      a.cover(head.block, start, bodyEnd);
      a.add(head.sentence, start, bodyEnd, {
        entity,
        type: 'organization',
        source: listed === undefined ? 'rule' : 'dictionary',
        rule: 'term-body',
        confidence: 0.9,
      });
    }
  };
}
