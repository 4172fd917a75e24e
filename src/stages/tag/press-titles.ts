import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import type { Coverage } from './coverage.js';

/** The title of a newspaper, magazine or weekly in 《》 (《开普时报》, 《国会山报》, 《政治报》, 《新闻周刊》). */
const PRESS_TITLE = /《([^《》“”，、。：:；\s的]{1,14}?(?:报|杂志|周刊))》/g;

/** Titles ending in 报 that name a document, not a paper (《联合公报》, 《情况通报》, 《天气预报》, 《半年报》). */
const NOT_PRESS = /(?:公报|通报|简报|情报|喜报|捷报|快报|预报|年报|季报|海报|电报|汇报|警报|申报|举报|回报)$/;

/**
 * Creates the pass that reads a newspaper or magazine named in 《》 (南非《星报》、《开普时报》, 美国《国会山报》) as an
 * organization of that name, as the dictionaries' papers are (《人民日报》): most foreign papers are in no dictionary,
 * and the recognizer, reading the title as a work's, found none of them. The names inside (俄罗斯 of 《俄罗斯报》) are
 * part of the paper's name. Not a document's title ending in 报 (《联合公报》).
 */
export function createPressTitlePass(): (a: Coverage) => void {
  return function matchPressTitles(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const text = nb.text.slice(s.nstart, s.nend);
      if (!text.includes('《')) return;
      for (const m of text.matchAll(PRESS_TITLE)) {
        const name = m[1] ?? '';
        if (name.length < 2 || NOT_PRESS.test(name)) continue;
        const start = s.nstart + (m.index ?? 0) + 1;
        const end = start + name.length;
        // A name the dictionaries or the recognizer found for the whole title stands (《人民日报》).
        const inside = a.out
          .filter((x) => x.block === s.block)
          .map((x) => ({ x, at: a.normalized(x.block, x.start, x.end) }))
          .filter(({ at }) => at.start >= start && at.end <= end);
        if (inside.some(({ x, at }) => x.type === 'organization' && at.start === start && at.end === end)) continue;
        if (!a.isFree(s.block, start - 1, start) || !a.isFree(s.block, end, end + 1)) continue;
        a.remove((x) => inside.some((i) => i.x === x));
        a.cover(s.block, start, end);
        a.add(si, start, end, {
          entity: derivedEntityId('organization', name),
          type: 'organization',
          source: 'rule',
          rule: 'press-title',
          confidence: 0.85,
        });
      }
    });
  };
}
