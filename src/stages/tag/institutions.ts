import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import { titleStartingAt } from '../../nlp/rules/titles.js';
import type { InstitutionMatch, Institutions } from '../../resources/institutions.js';
import type { DictionarySet, Entity } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import type { PairSet } from '../../nlp/rules/words.js';

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

/** The office title written at `pos`, or null. */
function officeAt(text: string, pos: number): string | null {
  const t = titleStartingAt(text, pos);
  return t === null || NOT_OFFICES.has(t) ? null : t;
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
  const owned = (ownerEnd: number): Owned | null => {
    const hit = institutions.at(nb.text, ownerEnd);
    if (hit === null || (hit.abbreviated && (ownerEnd - start !== 1 || m.type !== 'country'))) return null;
    // The word must not run on into another: 教育部 is no institution in 教育部门 (departments), nor 军 in 军舰.
    const end = ownerEnd + hit.form.length;
    const runsOn = hit.abbreviated ? words.hasPair(nb.text, end - 1) : hit.form.endsWith('部') && nb.text[end] === '门';
    if (runsOn) return null;
    return { owner: m, entity, start, ownerEnd, hit, end: ownerEnd + hit.form.length };
  };
  // 以色列国防部 and 美国会: the 国 the longest dictionary form took starts the institution (国防部, 国会) when the
  // name without it still names the same country (以色列, 美 as shorthand).
  if (nb.text[end - 1] === '国' && end - start >= 2) {
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
    // An organization a dictionary lists under the composed name (美国国防部 of 美国防部) is that organization.
    const written = dicts.forms.get(nb.text.slice(o.start, o.end)) ?? dicts.forms.get(`${o.entity.name}${o.hit.form}`);
    const listed = written === undefined ? undefined : dicts.entities.get(written.entity);
    if (listed !== undefined && listed.type === 'organization') {
      a.add(si, o.start, o.end, { entity: listed.id, type: 'organization', source: 'dictionary', confidence: 0.95 });
      return;
    }
    const name = `${o.entity.name}${o.hit.institution.forms[0] as string}`;
    a.add(si, o.start, o.end, {
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
  };
}

/**
 * Creates the step that drops organizations written as part of an office title (国务院总理, 联合国秘书长): they name
 * an office, not the organization. A country at the head of the organization's name stays a mention of the country
 * (俄罗斯外交部发言人 → 俄罗斯).
 */
export function createOfficeStep(dicts: DictionarySet): (a: Coverage) => void {
  return function dropOfficeOrganizations(a: Coverage): void {
    const owners: Array<{ si: number; start: number; end: number; entity: string }> = [];
    a.remove((m) => {
      if (m.type !== 'organization') return false;
      const { start, end } = a.normalized(m.block, m.start, m.end);
      const nb = a.norm[m.block] as NormBlock;
      if (officeAt(nb.text, end) === null) return false;
      const head = dicts.trie.longestAt(nb.text, start, end - 1);
      const entry = head === null ? undefined : dicts.formList[head.value];
      const country = entry === undefined ? undefined : dicts.entities.get(entry.claim.entity);
      if (head !== null && country?.type === 'country')
        owners.push({ si: m.sentence, start, end: head.end, entity: country.id });
      return true;
    });
    for (const o of owners)
      a.add(o.si, o.start, o.end, { entity: o.entity, type: 'country', source: 'dictionary', confidence: 0.95 });
  };
}
