import { derivedEntityId, derivedName } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import { titleStartingAt } from '../../nlp/rules/titles.js';
import type { InstitutionMatch, Institutions } from '../../resources/institutions.js';
import { listedInstitution } from './institutions.js';
import type { DictionarySet, Entity } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import { articleItems, mentionCountry } from './items.js';

/** The institution keys of parliaments and their chambers in `data/institutions.yaml`. */
const PARLIAMENTS = new Set(['parliament', 'house-of-representatives', 'senate', 'lower-house', 'upper-house']);
/** Characters a parliament's word starts with there (国会, 议会, 国民议会, 联邦议会, 众议院, 参议院, 上院, 下院, 国家杜马). */
const FIRST = new Set([...'国议联众参上下']);
/**
 * What before it makes it a region's, a state's, several countries' or no one's (欧洲议会 is listed; 该州议会, 地方议会,
 * 两国议会, 独联体跨国议会大会, 金砖国家议会论坛, 多边议会场合, a theme: “议会在加强多边主义…”).
 */
const NOT_AFTER = /(?:[州市省县都区邦镇村“]|地方|各国|两国|多国|等国|本国|各级|跨国|国家|多边)$/;
/**
 * What after it makes it a building, a seat, an office or a kind of exchange rather than the body (国会大厦, 国会图书馆,
 * 议会选区, 众议院高级副众议长, 议会论坛, 议会交往, 议会间, 国会新闻网).
 */
const NOT_BEFORE =
  /^(?:大厦|大楼|图书馆|山|选区|议员|议席|席位|高级|副|众议长|参议长|议长|论坛|组织|场合|合作|交往|交流|外交|间|联盟|新闻)/;

/** The one element of a set, or undefined. */
function only<T>(set: ReadonlySet<T>): T | undefined {
  return set.size === 1 ? (set.values().next().value as T) : undefined;
}

/**
 * Creates the pass for parliaments written bare (国会, 议会, 众议院, 新一届国民议会): China's legislature is the NPC, so
 * a bare parliament is a foreign country's, the one the sentence names last before it (a country, or a person or place
 * of one: 日本首相岸田文雄宣布解散众议院), else the one whose parliament the article names in full (韩国国会 … 国会),
 * else the one foreign country of its item's title and lead. It is linked as that country's parliament written in full
 * would be (美国国会, organization:~韩国议会), so each way of writing it counts as one; a recognizer's bare name
 * (organization:~国民议会, one entity across every country) is relinked so. Left alone: an office (国会议长, 议会主席:
 * a title), a building (国会大厦), a state's or region's body (该州议会, 地方议会), and a parliament no one country owns.
 */
export function createBareParliamentPass(
  dicts: DictionarySet,
  institutions: Institutions,
  home: string,
): (a: Coverage) => void {
  const countryOf = (m: MentionT): string | undefined => {
    const iso = mentionCountry(dicts, m);
    return iso === home ? undefined : iso;
  };
  // The parliament or chamber word of two or three characters a name ends with (韩国议会, 日本众议院), if one does.
  const parliamentAtEnd = (name: string): InstitutionMatch | undefined =>
    [2, 3]
      .map((n) => institutions.at(name, name.length - n))
      .find((hit) => hit !== null && PARLIAMENTS.has(hit.institution.key) && name.endsWith(hit.form)) ?? undefined;
  // The country of a parliament named in full: a listed one's (美国国会), or the one in a composed name (~韩国议会).
  const parliamentOwner = (m: MentionT): string | undefined => {
    if (m.type !== 'organization' || m.entity === null) return undefined;
    if (m.rule?.startsWith('institution-') === true && PARLIAMENTS.has(m.rule.slice('institution-'.length))) {
      const name = derivedName(m.entity) ?? '';
      const hit = parliamentAtEnd(name);
      const claim = hit === undefined ? undefined : dicts.forms.get(name.slice(0, -hit.form.length));
      const e = claim === undefined ? undefined : dicts.entities.get(claim.entity);
      return e?.type === 'country' ? e.iso2 : undefined;
    }
    const e = dicts.entities.get(m.entity);
    if (e?.country === undefined || e.country === home) return undefined;
    return parliamentAtEnd(e.name) === undefined ? undefined : e.country;
  };
  const link = (country: Entity, hit: InstitutionMatch): string =>
    listedInstitution(dicts, country, hit.institution, hit.form) ??
    derivedEntityId('organization', `${country.name}${hit.institution.forms[0] ?? hit.form}`);

  return function matchBareParliaments(a: Coverage): void {
    const named = new Set<string>();
    for (const m of a.out) {
      const owner = parliamentOwner(m);
      if (owner !== undefined) named.add(owner);
    }
    const newsOf = itemCountries(a, countryOf);
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      for (let i = s.nstart; i < s.nend; i++) {
        if (!FIRST.has(nb.text[i] ?? '')) continue;
        const hit = institutions.at(nb.text, i);
        if (hit === null || !PARLIAMENTS.has(hit.institution.key)) continue;
        const end = i + hit.form.length;
        const bare = a.out.find((m) => m.block === s.block && m.source === 'model' && m.text === hit.form);
        const at = bare === undefined ? null : a.normalized(bare.block, bare.start, bare.end);
        const recognized = at !== null && at.start === i && at.end === end;
        if (!recognized && !a.isFree(s.block, i, end)) continue;
        if (!a.onWordEdges(s.block, i, end) || NOT_AFTER.test(nb.text.slice(Math.max(0, i - 2), i))) continue;
        // An item inside a list of fields (在外交、议会、司法等领域交往) names a kind of exchange, no one body.
        if (nb.text[i - 1] === '、' && nb.text[end] === '、') continue;
        if (NOT_BEFORE.test(nb.text.slice(end, end + 3)) || titleStartingAt(nb.text, end) !== null) continue;
        if (hit.institution.notBefore.some((w) => nb.text.startsWith(w, end))) continue;
        const before = a.out
          .filter((m) => m.block === s.block && m.sentence === si && a.normalized(m.block, m.start, m.end).end <= i)
          .sort((x, y) => y.start - x.start)
          .map(countryOf)
          .find((c) => c !== undefined);
        const owner = before ?? only(named) ?? only(newsOf(s.block));
        const country = owner === undefined ? undefined : dicts.entities.get(`country:${owner}`);
        if (country?.type !== 'country') continue;
        if (recognized) a.remove((m) => m === bare);
        a.cover(s.block, i, end);
        a.add(si, i, end, {
          entity: link(country, hit),
          type: 'organization',
          source: 'rule',
          rule: 'parliament-bare',
          confidence: 0.8,
        });
        i = end - 1;
      }
    });
  };
}

/**
 * The foreign countries each block's news names in its title and lead: an item's heading and the block after it in a
 * roundup (国际联播快讯), else the article's title and first body block.
 */
function itemCountries(
  a: Coverage,
  countryOf: (m: MentionT) => string | undefined,
): (block: number) => ReadonlySet<string> {
  const { headOf, top } = articleItems(a.doc.blocks);
  const memo = new Map<number, Set<string>>();
  return (block) => {
    const head = headOf[block] ?? -1;
    let set = memo.get(head);
    if (set !== undefined) return set;
    set = new Set<string>();
    for (const m of a.out) {
      const c = top(head, m.block) ? countryOf(m) : undefined;
      if (c !== undefined) set.add(c);
    }
    memo.set(head, set);
    return set;
  };
}
