import type { NormBlock } from '../../core/text.js';
import type { DictionarySet, Entity } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import { topPlace } from '../../resources/dictionaries.js';

/** What separates the items of a list of places (浮梁、乐平和祁门). */
const SEPARATOR = new Set([...'、和及与']);

/**
 * What may follow the last item of a list of places: a separator, punctuation, 等 (等地), a count (三个县) or a
 * division word (县, 区).
 */
const ITEM_END = new Set([...'、，。；：和及与等三四五六七八九十两几各县区市旗）)”'].concat([' ', '\u3000']));

/** Division words that may follow a county's short form as part of its name. */
const DIVISION = new Set([...'县区市旗']);

/** What may stand before the first item: a separator or punctuation, or nothing. */
const ITEM_START = new Set([...'、，。；：（(“在和及与'].concat([' ', '\u3000']));

/**
 * Creates the pass that reads a county's short form in a list beside a place of the same prefecture or province
 * (江西省浮梁、乐平, 北京房山、门头沟、昌平, 海东市民和、循化、化隆三个县, 怀柔、密云, 湖南湘乡、醴陵、临澧): the list says which county it is,
 * as the place before it does for its first item. A short form names its county only right after a place containing
 * it (its `qualified` form); in a list only the first item has that place before it.
 */
export function createCountyListPass(dicts: DictionarySet): (a: Coverage) => void {
  /**
   * The county a short form names whose parent is the anchor's parent, or the anchor itself, or that lies in the
   * anchor's province (湖南湘乡、醴陵、临澧: three prefectures' counties in one list).
   */
  const sibling = (form: string, anchor: Entity): Entity | undefined => {
    const claim = dicts.forms.get(form);
    if (claim?.kind !== 'qualified') return undefined;
    const e = dicts.entities.get(claim.entity);
    if (e?.type !== 'place' || e.parent === undefined) return undefined;
    if (e.parent === anchor.parent || e.parent === anchor.id) return e;
    return anchor.parent !== undefined && topPlace(dicts, e) === topPlace(dicts, anchor) ? e : undefined;
  };
  // A division word right after the short form is part of the name (阿克塞县 of 敦煌市、阿克塞县: 阿克塞哈萨克族自治县).
  const add = (a: Coverage, m: MentionT, start: number, short: number, e: Entity): void => {
    const text = (a.norm[m.block] as NormBlock).text;
    const end = DIVISION.has(text[short] ?? '') && a.isFree(m.block, short, short + 1) ? short + 1 : short;
    a.cover(m.block, start, end);
    a.add(m.sentence, start, end, {
      entity: e.id,
      type: 'place',
      source: 'rule',
      rule: 'county-list',
      confidence: 0.85,
    });
  };
  return function matchCountyLists(a: Coverage): void {
    const anchors = a.out.filter((m) => m.type === 'place' && m.entity !== null);
    for (const m of anchors) {
      const anchor = dicts.entities.get(m.entity as string);
      if (anchor?.parent === undefined || anchor.country !== 'CN') continue;
      const text = (a.norm[m.block] as NormBlock).text;
      const span = a.normalized(m.block, m.start, m.end);
      // Forward from the separator after it (乐平 after 浮梁、, 昌平 after 门头沟、), backward from the one before it (怀柔
      // before 、密云): an item of three or two characters, bounded beyond by what may end or start one.
      for (const dir of [1, -1] as const) {
        const bounds = dir === 1 ? ITEM_END : ITEM_START;
        for (let sep = dir === 1 ? span.end : span.start - 1; SEPARATOR.has(text[sep] ?? ''); ) {
          const item = [3, 2]
            .map((n) => {
              const [start, end] = dir === 1 ? [sep + 1, sep + 1 + n] : [sep - n, sep];
              const county = sibling(text.slice(start, end), anchor);
              const beyond = text[dir === 1 ? end : start - 1] ?? '。';
              return county !== undefined && bounds.has(beyond) && a.isFree(m.block, start, end)
                ? { start, end, county }
                : null;
            })
            .find((x) => x !== null);
          if (item === undefined || item === null) break;
          add(a, m, item.start, item.end, item.county);
          sep = dir === 1 ? item.end : item.start - 1;
        }
      }
    }
  };
}
