import type { NormBlock } from '../../core/text.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';

/** What a country's short name is followed by in its formal name where the dictionary lists only the short one. */
const FORMAL_TAIL = /^(?:共和国|王国)/;

/** What makes a company's word the start of bonds (北交所公司债券, 公司企业债, 公司信用债: companies' bonds). */
export const BONDS_AFTER = /^(?:企业|信用)?债/;

/**
 * What a company's name is followed by where the dictionary lists it without (中国商飞公司, 南方电网公司, 标普全球公司,
 * 中国石化总公司): not before a bond (see BONDS_AFTER) nor an army (集团军).
 */
const COMPANY_TAIL = /^(?:股份有限公司|有限责任公司|集团有限公司|集团公司|有限公司|总公司|公司|集团(?!军))/;

/**
 * A country's name followed by 共和国 or 王国 the dictionaries do not list whole (贝宁共和国, 瑙鲁共和国, 尼泊尔王国) is
 * one mention of the country over the formal name, as the guide's longest name asks: the dictionary's short form
 * found its country; the tail is free, and no other name starts there. So is an organization's name followed by a
 * company's tail (中国商飞公司 is COMAC, not a unit of it).
 */
export function extendFormalNames(a: Coverage): void {
  const longer: Array<{ m: MentionT; start: number; end: number }> = [];
  for (const m of a.out) {
    if (m.entity === null || m.source !== 'dictionary' || m.rule !== undefined) continue;
    const form = m.type === 'country' ? FORMAL_TAIL : m.type === 'organization' ? COMPANY_TAIL : null;
    if (form === null) continue;
    const nb = a.norm[m.block] as NormBlock;
    const { start, end } = a.normalized(m.block, m.start, m.end);
    const tail = form.exec(nb.text.slice(end, end + 9))?.[0];
    if (tail === undefined || !a.isFree(m.block, end, end + tail.length)) continue;
    if (form === COMPANY_TAIL && BONDS_AFTER.test(nb.text.slice(end + tail.length))) continue;
    longer.push({ m, start, end: end + tail.length });
  }
  for (const { m, start, end } of longer) a.widen(m, start, end);
}
