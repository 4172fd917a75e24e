import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';

/** A kind of unit named by its owner, the places it is in and a unit word (工商银行河南省驻马店分行, 武警湖北总队). */
interface UnitKind {
  /** Whether a mention is the owner the unit's name opens with. */
  owner: (m: MentionT) => boolean;
  /** The unit words, at the start of the rest of the text. */
  word: RegExp;
  /** Whether a unit may be numbered instead of placed (武警北京一总队十支队, 武警第一机动总队). */
  numbered: boolean;
  /** The owner's form the unit's id is written with, whatever the text has. */
  short?: string;
  rule: string;
}

/** A bank's branch: the bank, its places and 分行 or 支行, once or twice (工行北京分行东城支行). */
const BANK_BRANCH: UnitKind = {
  owner: (m) => m.type === 'organization' && m.text.endsWith('行'),
  word: /^(?:分行|支行)/,
  numbered: false,
  rule: 'bank-branch',
};

/**
 * A contingent of the People's Armed Police: 武警 (or the force's full name), its province or city and 总队 or 支队
 * (武警湖南总队衡阳市支队).
 */
const PAP_UNIT: UnitKind = {
  owner: (m) => m.entity === 'organization:pap',
  // One id for the contingent however the police are written (中国人民武装警察部队重庆市总队 is 武警重庆市总队).
  short: '武警',
  word: /^(?:边防总队|机动总队|总队|支队)/,
  numbered: true,
  rule: 'pap-unit',
};

/** An ordinal numbering a unit (一总队, 十五支队, 第一机动总队). */
const ORDINAL = /^第?[一二三四五六七八九十]{1,3}/;

/**
 * Creates the pass that reads a unit as one organization named as written: a bank's branch (工商银行河南省驻马店分行,
 * 工行北京分行东城支行, 大和银行纽约分行) and a contingent of the armed police (武警湖北总队, 武警张家口支队,
 * 武警北京一总队十支队). The annotation guide counts no name inside a longer one, and the unit is what acts; its places
 * say where it is, not what the article is about, and the owner's country is not the owner acting.
 */
export function createBranchPass(): (a: Coverage) => void {
  const kinds = [BANK_BRANCH, PAP_UNIT].map(createUnitPass);
  return (a: Coverage): void => {
    for (const pass of kinds) pass(a);
  };
}

function createUnitPass(kind: UnitKind): (a: Coverage) => void {
  return function matchUnits(a: Coverage): void {
    for (const owner of a.out.filter(kind.owner)) {
      const nb = a.norm[owner.block] as NormBlock;
      const span = a.normalized(owner.block, owner.start, owner.end);
      const start = span.start;
      let end = span.end;
      const inside: MentionT[] = [owner];
      let unitEnd = -1;
      let placed = false;
      // Places (or a number), then a unit word, once or twice (北京分行东城支行, 武警北京一总队十支队).
      for (;;) {
        const place = a.out.find(
          (m) => m.block === owner.block && m.type === 'place' && a.normalized(m.block, m.start, m.end).start === end,
        );
        if (place !== undefined) {
          inside.push(place);
          end = a.normalized(place.block, place.start, place.end).end;
          placed = true;
          continue;
        }
        const ordinal = kind.numbered ? ORDINAL.exec(nb.text.slice(end, end + 4)) : null;
        const at = end + (ordinal?.[0].length ?? 0);
        const word = kind.word.exec(nb.text.slice(at, at + 4));
        if (word === null || !(placed || ordinal !== null) || !a.isFree(owner.block, end, at + word[0].length)) break;
        end = at + word[0].length;
        unitEnd = end;
        placed = false;
      }
      if (unitEnd < 0) continue;
      const kept = inside.filter((m) => a.normalized(m.block, m.start, m.end).end <= unitEnd);
      a.remove((m) => kept.includes(m));
      a.cover(owner.block, start, unitEnd);
      a.add(owner.sentence, start, unitEnd, {
        entity: derivedEntityId(
          'organization',
          kind.short === undefined ? nb.text.slice(start, unitEnd) : kind.short + nb.text.slice(span.end, unitEnd),
        ),
        type: 'organization',
        source: 'rule',
        rule: kind.rule,
        confidence: 0.85,
      });
    }
  };
}
