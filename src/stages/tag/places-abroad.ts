import type { DictionarySet } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import { derivedEntityId } from '../../core/entity-id.js';
import type { Coverage } from './coverage.js';
import { DIRECTION_REGION } from './dictionary.js';

/** The country whose places are the home's namesakes abroad, and the regions of it that are places of their own. */
const HOME = 'CN';
const HOME_REGIONS = new Set(['HK', 'MO', 'TW']);
/** A division word after a province's or city's name that makes it a district abroad (首尔市江西区). */
const DIVISION_AFTER = /^[区县市州道郡]/;
/** Ids of the home country's administrative divisions (place:cn-42, place:cn-4201), which stand beside a country. */
const DIVISION_ID = /^place:cn-\d+$/;

/**
 * Creates the pass that reads a place of China written right after a foreign place or country as that place's
 * namesake abroad, not China's: 汉堡豫园 is a garden in Hamburg, 首尔市江西区 a district of Seoul, 曼谷国家会议中心 a
 * hall in Bangkok, 巴西维多利亚港 a port of Brazil. After a country only a site or a region (not a province or city:
 * 沙特、伊朗北京对话 is Beijing), and never after an abbreviation of a compound (中新天津生态城, 中新苏州工业园区: China
 * and Singapore in China). The mention becomes a place of its own (`place:~豫园`, rule `place-abroad`), but for a
 * region named by a direction, which is then the country's part and no mention, as the dictionaries' pass has it
 * (黎东部地区 where 黎 was read after that pass).
 */
export function createPlacesAbroadPass(dicts: DictionarySet): (a: Coverage) => void {
  const countryOf = (id: string | null): string | undefined => {
    const e = id === null ? undefined : dicts.entities.get(id);
    if (e === undefined) return undefined;
    return e.type === 'country' ? e.iso2 : e.type === 'place' ? (e.iso2 ?? e.country) : undefined;
  };
  const abroad = (m: MentionT): boolean => {
    const c = countryOf(m.entity);
    if (c === undefined || c === HOME || HOME_REGIONS.has(c) || m.rule === 'shorthand-compound') return false;
    return m.type === 'place' || m.type === 'country';
  };
  return function matchPlacesAbroad(a: Coverage): void {
    const before = new Map<string, MentionT>();
    for (const m of a.out) if (abroad(m)) before.set(`${m.block}:${m.end}`, m);
    if (before.size === 0) return;
    // The namesakes are places of China's, never among `before`, so each is replaced where it stands.
    const dropped = new Set<MentionT>();
    a.out.forEach((m, i) => {
      if (m.type !== 'place' || m.source !== 'dictionary' || countryOf(m.entity) !== HOME) return;
      const prev = before.get(`${m.block}:${m.start}`);
      if (prev === undefined || (prev.type === 'country' && DIVISION_ID.test(m.entity ?? ''))) return;
      if (DIRECTION_REGION.test(dicts.entities.get(m.entity ?? '')?.name ?? '')) {
        dropped.add(m);
        return;
      }
      const text = a.doc.blocks[m.block]?.text ?? '';
      const end = DIVISION_ID.test(m.entity ?? '') && DIVISION_AFTER.test(text.slice(m.end)) ? m.end + 1 : m.end;
      const name = text.slice(m.start, end);
      const entity = derivedEntityId('place', name);
      a.out[i] = { ...m, end, text: name, entity, source: 'rule', rule: 'place-abroad', confidence: 0.8 };
      const n = a.normalized(m.block, m.start, end);
      a.cover(m.block, n.start, n.end);
    });
    if (dropped.size > 0) a.remove((m) => dropped.has(m));
  };
}
