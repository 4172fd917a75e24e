import { derivedName } from '../../core/entity-id.js';
import { countryBeforeOffice, holdsOffice, officeForms, rolesOn } from '../../nlp/rules/person-context.js';
import type { DictionarySet, Entity } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import { mentionCountry } from './items.js';

/** A text as a regular expression that matches it literally. */
const literal = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The dots between the parts of a transliterated name. */
const DOTS = /[·•・]/;

/**
 * Creates the step that links a person found under the last part of a dotted name no dictionary form holds (阿里 of
 * 穆罕默德·伊尔凡·阿里, whose bare 阿里 is 阿里地区's qualified form) to the dictionary person, where the article writes
 * the person's country and an office right before the name (圭亚那总统阿里) and exactly one person of that country whose
 * name ends so holds that office on the article's date; and a titled form written bare where the article names the
 * office after the country without the name. Every mention of the derived name in the article follows.
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
  // The people with offices by their titled forms (穆罕默德 of 穆罕默德·本·萨勒曼, written so only after his titles).
  const byTitled = new Map<string, Entity[]>();
  for (const e of dicts.entities.values()) {
    if (e.type !== 'person' || e.country === undefined || e.roles.length === 0) continue;
    for (const form of e.titled) byTitled.set(form, [...(byTitled.get(form) ?? []), e]);
  }
  const countryForms = (iso: string): string[] => {
    const c = dicts.entities.get(`country:${iso}`);
    return c === undefined ? [] : [c.name, ...c.aliases].filter((f) => f.length >= 2);
  };
  /** Whether the text writes one of the person's offices on the date after the country (沙特王储兼首相). */
  const namesOffice = (text: string, e: Entity, date: string | null): boolean => {
    const offices = rolesOn(e, date).flatMap((r) => officeForms(r.title));
    return countryForms(e.country ?? '').some((c) =>
      offices.some(
        (o) => text.includes(c + o) || new RegExp(`${literal(c)}[^，。；、]{1,8}兼${literal(o)}`).test(text),
      ),
    );
  };
  /**
   * The one person of `pool` who holds the office written before the mention on the date, after the person's country
   * (圭亚那总统阿里) or after a place of it whose name the office's title holds (夏威夷州州长格林: Hawaii's governor).
   */
  const officeHolder = (a: Coverage, m: MentionT, pool: readonly Entity[], date: string | null): Entity | undefined => {
    const text = a.doc.blocks[m.block]?.text ?? '';
    const country = countryBeforeOffice(a.out, text, m);
    const place = country === undefined ? countryBeforeOffice(a.out, text, m, 'place') : undefined;
    const owner = country ?? place;
    const iso = owner === undefined ? undefined : mentionCountry(dicts, owner);
    if (owner === undefined || iso === undefined) return undefined;
    const roles = m.roles ?? [];
    const holds = (e: Entity): boolean =>
      roles.some((r) => holdsOffice(e, r, date) && (place === undefined || holdsOffice(e, owner.text + r, date)));
    const holders = pool.filter((e) => e.country === iso && holds(e));
    return holders.length === 1 ? holders[0] : undefined;
  };
  return function linkOfficeHolders(a: Coverage): void {
    const date = a.doc.meta.date ?? null;
    const relink = new Map<string, string>();
    // A titled form written bare (李强同穆罕默德举行会谈) where the article names the office after the country and not
    // the name (李强同沙特王储兼首相举行会谈): the one person of that form who holds it on the date.
    let whole: string | undefined;
    for (const m of a.out) {
      if (m.type !== 'person' || m.entity === null || relink.has(m.entity) || derivedName(m.entity) !== m.text)
        continue;
      const pool = byTitled.get(m.text);
      if (pool === undefined) continue;
      whole ??= a.doc.blocks.map((b) => b.text).join('\n');
      const text = whole;
      const holders = pool.filter((e) => namesOffice(text, e, date));
      if (holders.length === 1) relink.set(m.entity, (holders[0] as Entity).id);
    }
    for (const m of a.out) {
      if (m.type !== 'person' || m.entity === null || m.roles === undefined || relink.has(m.entity)) continue;
      const pool = derivedName(m.entity) === m.text ? byLast.get(m.text) : undefined;
      const holder = pool === undefined ? undefined : officeHolder(a, m, pool, date);
      if (holder !== undefined) relink.set(m.entity, holder.id);
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
