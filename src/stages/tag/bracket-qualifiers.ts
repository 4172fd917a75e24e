import type { NormBlock } from '../../core/text.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';

/** The institutions that name a campus or site so (a university, a school, a centre, a bank, a hospital). */
const INSTITUTION_END = /(?:大学|学院|学校|中学|小学|中心|银行|医院|研究院|研究所)$/;

/** What may follow the place in the brackets: a campus (成都校区, 新都校区) or a branch school. */
const CAMPUS = /^(?:校区|分校)?\)/;

/**
 * An organization's name followed by a place in brackets (中国石油大学（北京）, 中国地质大学（北京）, 国家会展中心（上海）,
 * 西南石油大学（成都校区）) is one name: the place tells which campus or site of the organization, as the guide's
 * longest name asks, and is no mention of its own. The organization's mention takes the brackets; the place's is dropped.
 * Only institutions that name their campuses so: after other bodies the brackets begin a longer name of something else
 * (上合组织（连云港）国际物流园, a logistics park in Lianyungang).
 */
export function joinBracketQualifiers(a: Coverage): void {
  const longer: Array<{ org: MentionT; place: MentionT; start: number; end: number }> = [];
  const starts = new Map<string, MentionT>();
  for (const m of a.out) starts.set(`${m.block}:${m.start}`, m);
  for (const org of a.out) {
    if (org.type !== 'organization' || org.entity === null || !INSTITUTION_END.test(org.text)) continue;
    const text = a.doc.blocks[org.block]?.text ?? '';
    const open = text[org.end];
    if (open !== '（' && open !== '(') continue;
    const place = starts.get(`${org.block}:${org.end + 1}`);
    if (place === undefined || (place.type !== 'place' && place.type !== 'country')) continue;
    const nb = a.norm[org.block] as NormBlock;
    const { start } = a.normalized(org.block, org.start, org.end);
    const placeEnd = a.normalized(place.block, place.start, place.end).end;
    const tail = CAMPUS.exec(nb.text.slice(placeEnd, placeEnd + 3))?.[0];
    if (tail === undefined) continue;
    longer.push({ org, place, start, end: placeEnd + tail.length });
  }
  for (const { org, place, start, end } of longer) {
    a.remove((x) => x === place);
    a.widen(org, start, end);
  }
}
