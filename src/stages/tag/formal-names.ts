import type { NormBlock } from '../../core/text.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';

/** What a country's short name is followed by in its formal name where the dictionary lists only the short one. */
const FORMAL_TAIL = /^(?:共和国|王国)/;

/**
 * A country's name followed by 共和国 or 王国 the dictionaries do not list whole (贝宁共和国, 瑙鲁共和国, 尼泊尔王国) is
 * one mention of the country over the formal name, as the guide's longest name asks: the dictionary's short form
 * found its country; the tail is free, and no other name starts there.
 */
export function extendFormalNames(a: Coverage): void {
  const longer: Array<{ m: MentionT; start: number; end: number }> = [];
  for (const m of a.out) {
    if (m.type !== 'country' || m.entity === null || m.source !== 'dictionary') continue;
    const nb = a.norm[m.block] as NormBlock;
    const { start, end } = a.normalized(m.block, m.start, m.end);
    const tail = FORMAL_TAIL.exec(nb.text.slice(end, end + 3))?.[0];
    if (tail === undefined || !a.isFree(m.block, end, end + tail.length)) continue;
    longer.push({ m, start, end: end + tail.length });
  }
  for (const { m, start, end } of longer) a.widen(m, start, end);
}
