import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';

/** The words that end a bank's branch after its place (分行, 支行). */
const BRANCH = /^(?:分行|支行)/;

/**
 * Creates the pass that reads a bank's branch as one organization named as written (工商银行河南省驻马店分行,
 * 工行北京分行东城支行, 大和银行纽约分行): the bank, the places of the branch and 分行 or 支行. The annotation guide
 * counts no name inside a longer one, and the branch is what acts; its places say where it is, not what the article
 * is about, and the bank's country is not the bank acting.
 */
export function createBranchPass(): (a: Coverage) => void {
  return function matchBranches(a: Coverage): void {
    const banks = a.out.filter((m) => m.type === 'organization' && m.text.endsWith('行'));
    for (const bank of banks) {
      const nb = a.norm[bank.block] as NormBlock;
      const span = a.normalized(bank.block, bank.start, bank.end);
      const start = span.start;
      let end = span.end;
      const inside: MentionT[] = [bank];
      let branchEnd = -1;
      // Places, then a branch word, once or twice (北京分行东城支行).
      for (;;) {
        const place = a.out.find(
          (m) => m.block === bank.block && m.type === 'place' && a.normalized(m.block, m.start, m.end).start === end,
        );
        if (place !== undefined) {
          inside.push(place);
          end = a.normalized(place.block, place.start, place.end).end;
          continue;
        }
        const word = BRANCH.exec(nb.text.slice(end, end + 2));
        if (word === null || inside.at(-1)?.type !== 'place' || !a.isFree(bank.block, end, end + 2)) break;
        end += word[0].length;
        branchEnd = end;
      }
      if (branchEnd < 0) continue;
      const kept = inside.filter((m) => a.normalized(m.block, m.start, m.end).end <= branchEnd);
      a.remove((m) => kept.includes(m));
      a.cover(bank.block, start, branchEnd);
      a.add(bank.sentence, start, branchEnd, {
        entity: derivedEntityId('organization', nb.text.slice(start, branchEnd)),
        type: 'organization',
        source: 'rule',
        rule: 'bank-branch',
        confidence: 0.85,
      });
    }
  };
}
