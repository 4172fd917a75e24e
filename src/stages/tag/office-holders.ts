import { derivedName } from '../../core/entity-id.js';
import { holdsOfficeOn } from '../../nlp/rules/person-context.js';
import type { DictionarySet, Entity } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import { mentionCountry } from './items.js';

/** The dots between the parts of a transliterated name. */
const DOTS = /[·•・]/;
/** What stands between a country and a person's name in an office title: Chinese characters only (总统, 合作共和国总统). */
const OFFICE_RUN = /^[\u4e00-\u9fff]{1,12}$/;

/**
 * Creates the step that links a person found under the last part of a dotted name no dictionary form holds (阿里 of
 * 穆罕默德·伊尔凡·阿里, whose bare 阿里 is 阿里地区's qualified form) to the dictionary person, where the article writes
 * the person's country and an office right before the name (圭亚那总统阿里) and exactly one person of that country whose
 * name ends so holds that office on the article's date. Every mention of the derived name in the article follows.
 */
export function createOfficeHolderLink(dicts: DictionarySet): (a: Coverage) => void {
  // The people with offices, by the last part of each dotted name or alias.
  const byLast = new Map<string, Entity[]>();
  for (const e of dicts.entities.values()) {
    if (e.type !== 'person' || e.country === undefined || e.roles.length === 0) continue;
    for (const form of new Set([e.name, ...e.aliases])) {
      const last = form.split(DOTS).at(-1) ?? '';
      if (last === form || last.length < 2) continue;
      const list = byLast.get(last) ?? [];
      if (!list.includes(e)) list.push(e);
      byLast.set(last, list);
    }
  }
  return function linkOfficeHolders(a: Coverage): void {
    const date = a.doc.meta.date ?? null;
    const relink = new Map<string, string>();
    for (const m of a.out) {
      if (m.type !== 'person' || m.entity === null || m.roles === undefined || relink.has(m.entity)) continue;
      const pool = derivedName(m.entity) === m.text ? byLast.get(m.text) : undefined;
      const iso = pool === undefined ? undefined : countryBefore(dicts, a, m);
      if (pool === undefined || iso === undefined) continue;
      const roles = m.roles;
      const holders = pool.filter((e) => e.country === iso && roles.some((r) => holdsOfficeOn(e, r, date)));
      if (holders.length === 1) relink.set(m.entity, (holders[0] as Entity).id);
    }
    if (relink.size === 0) return;
    for (const m of a.out as MentionT[]) {
      const to = m.entity === null ? undefined : relink.get(m.entity);
      if (to === undefined) continue;
      m.entity = to;
      m.rule = 'office-holder';
    }
  };
}

/**
 * The country written last before a person's name in its block with nothing but an office title between, ending with
 * one of the roles read there (圭亚那 of 圭亚那总统阿里, 圭亚那合作共和国 of 圭亚那合作共和国总统阿里), if any.
 */
function countryBefore(dicts: DictionarySet, a: Coverage, m: MentionT): string | undefined {
  const country = a.out
    .filter((c) => c.block === m.block && c.type === 'country' && c.end <= m.start)
    .reduce<MentionT | undefined>((last, c) => (last === undefined || c.end > last.end ? c : last), undefined);
  if (country === undefined) return undefined;
  const between = (a.doc.blocks[m.block]?.text ?? '').slice(country.end, m.start);
  if (!OFFICE_RUN.test(between) || !(m.roles ?? []).some((r) => between.endsWith(r))) return undefined;
  return mentionCountry(dicts, country);
}
