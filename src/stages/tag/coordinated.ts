import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import type { DictionarySet } from '../../schema/dictionary.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import { placeFormEnd } from './dictionary.js';

/** What ends a body's name whose first words are joined by 和 or 与 (发展和改革委员会, 情报和特勤局, 住房与城市发展部). */
const BODY_END = /(?:委员会|理事会|联合会|管理局|事务局|运输局|特勤局|部|(?<!公)司|署|局)$/;

/** What ends the words before 和 or 与 when they are a body's own name, the first of a list (政府, 铁路局, 党委). */
const LIST_HEAD_END = /[局部会委司院厅处府署所厂行]$/;

/** The words before 和 or 与: two to four characters no name took (发展, 民族, 文化文史, 和平). */
const MAX_HEAD_WORDS = 4;

/**
 * Creates the pass that reads a body whose name joins two words with 和 or 与 as one name, where the recognizer
 * started it after the conjunction (民族和[宗教委员会], 河南省发展和[改革委员会], 非洲联盟和平与[安全理事会], 以色列情报和
 * [特勤局], 美国住房与[城市发展部]): the words before the conjunction are the name's, and so is a country, place or
 * organization the dictionaries found right before them (河南省, 非洲联盟), the longest name winning. Not a list of two bodies, where
 * the second opens with a place of its own (校区和[成都工业学院]) or is no body at all.
 */
export function createCoordinatedNamePass(dicts: DictionarySet): (a: Coverage) => void {
  return function joinCoordinatedNames(a: Coverage): void {
    const joined: Array<{ org: MentionT; head: MentionT | undefined; start: number; end: number }> = [];
    for (const org of a.out) {
      if (org.type !== 'organization' || org.source !== 'model' || org.entity?.includes(':~') !== true) continue;
      const nb = a.norm[org.block] as NormBlock;
      const { start, end } = a.normalized(org.block, org.start, org.end);
      const conj = nb.text[start - 1];
      if ((conj !== '和' && conj !== '与') || !BODY_END.test(nb.text.slice(start, end))) continue;
      // A list of two bodies, the second opening with a place of its own (校区和成都工业学院).
      if (placeFormEnd(dicts, nb.text, start, end) !== null) continue;
      let from = start - 1;
      while (
        from > 0 &&
        start - 1 - from < MAX_HEAD_WORDS &&
        /\p{Script=Han}/u.test(nb.text[from - 1] ?? '') &&
        a.isFree(org.block, from - 1, from)
      )
        from--;
      // Words that end a body's own name (政府和综合治理委员会, 铁路局和铁路分局) make a list of two bodies, and function
      // words (等, 的) no name at all.
      const words = nb.text.slice(from, start - 1);
      if (words.length < 2 || /[等的有]|分行|支行/.test(words) || LIST_HEAD_END.test(words)) continue;
      // The words must start the name: after a separator, the sentence's start, or a name written right before them.
      const head = a.out.find(
        (m) =>
          m.block === org.block &&
          m.source === 'dictionary' &&
          m.end - m.start >= 2 &&
          (m.type === 'country' || m.type === 'place' || m.type === 'organization') &&
          a.normalized(m.block, m.start, m.end).end === from,
      );
      if (head === undefined && from > 0 && /\p{Script=Han}/u.test(nb.text[from - 1] ?? '')) continue;
      joined.push({
        org,
        head,
        start: head === undefined ? from : a.normalized(head.block, head.start, head.end).start,
        end,
      });
    }
    for (const { org, head, start, end } of joined) {
      const nb = a.norm[org.block] as NormBlock;
      a.remove((m) => m === org || m === head);
      a.cover(org.block, start, end);
      a.add(org.sentence, start, end, {
        entity: derivedEntityId('organization', nb.text.slice(start, end)),
        type: 'organization',
        source: 'model',
        confidence: org.confidence,
        // The country written at its head still counts for the focus where it stands (see nameHeading).
        ...(head?.type === 'country'
          ? { rule: 'country-in-name' }
          : head?.type === 'place'
            ? { rule: 'place-in-name' }
            : {}),
      });
    }
  };
}
