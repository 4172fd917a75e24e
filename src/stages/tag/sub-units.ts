import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import type { MentionT } from '../../schema/document.js';
import type { Coverage } from './coverage.js';
import { CPC, partyWrittenBefore } from './institutions.js';
import { BONDS_AFTER } from './formal-names.js';

/**
 * A body's name written straight after its parent's and ending in a unit word (中宣部 + 电影局, 中央军委 + 政治工作部,
 * 乌克兰国防部 + 情报总局, 欧盟 + 统计局): what comes between is a name of up to eight characters. Shortest first, so
 * that the unit word ends the name where it first can.
 */
const SUB_UNIT =
  /^[\u4e00-\u9fff]{1,8}?(?:总局|管理局|事务局|局|司|办公厅|办公室|委员会|常务委员会|中心|研究院|研究所|总参谋部|参谋部|政治工作部|工作部|指挥部|政治局)/;

/** A party committee's departments (统战部, 宣传部, 党校 …), longest first where one starts another. */
const DEPARTMENTS = ['统战部', '宣传部', '组织部', '政法委员会', '政法委', '党校', '办公厅', '政策研究室'];

/**
 * A department of a party committee written straight after it (四川省委 + 统战部, 天津市委 + 宣传部, 河北省委 + 党校),
 * read where the institution rule found the committee; before 门 it is departments of that kind (组织部门).
 */
const PARTY_DEPARTMENT = new RegExp(`^(?:${DEPARTMENTS.join('|')})(?!门)`);

/**
 * A body's party group or committee written straight after it (全国政协党组, 国务院党组, 外交部党委), with the
 * committee's department after it if one is written (新疆生产建设兵团党委宣传部: the departments above, and 办公室):
 * a body of its own (its meetings are news of their own); not before an office or a member (党组书记, 党委常委,
 * 党组成员) nor 党组织 (party organizations).
 */
const PARTY_GROUP = new RegExp(
  `^(?:党组|党委)(?:${[...DEPARTMENTS, '办公室'].join('|')})?(?!书记|副书记|成员|织|委员|常委|副|门)`,
);

/** What makes the department the start of a title (宣传部副部长, 统战部部长, 党校校长): the title keeps its place. */
const TITLE_NEXT = /^(?:原|前|副|部长|常务|校长|主任|书记)/;

/** Characters that never stand inside such a name: function words, determiners and numerals (有关专门委员会, 新任政治局). */
const NOT_IN_NAME = /[的和与及或在从向对为把被将以等各其之该本此有下新全已正曾还也都又再就才一二三四五六七八九十两]/;

/**
 * Verbs that make the run a clause, not a name (坚持以人民为中心, 推进国际金融中心, 通过子公司, 组建…委员会, 文化和旅游厅会同文物局,
 * 林业局制发给…村民委员会).
 */
const VERB_IN_RUN =
  /坚持|推进|站在|总揽|支持|开创|维护|落实|贯彻|关于|上市|着眼|通过|组建|围绕|努力|成立|召开|举行|发布|宣布|表示|会同|制发|印发|发给|牵头|指导|要求|协调|配合|带领|兼并|收购/;

/** Words ending in 局 that name no bureau (战局, 大局, 格局, 当局: 民进党当局 is no body of the party). */
const NOT_BUREAU = /[战大全格时当结布开骗政棋出僵残乱危赌饭]局$/;

/**
 * Characters after the unit word that make it the start of another word (工作部署, 新局面, 副司令, 司法, 局长, 委员), or
 * its last character the start of one (研究所谓: 所谓 "so-called", no institute).
 */
const NOT_NEXT = new Set([...'署面令法长员任谓']);

/** A company's relation, no name (脸书母公司, 其子公司, 一家分公司): the parent alone is the mention. */
const RELATED_COMPANY = /^[母子分]公司$/;

/** Whether a body is the party or one of its committees, whose own bodies are departments, not party groups. */
const partyOf = (m: MentionT): boolean => m.entity === CPC || m.rule === 'institution-party-committee';

/**
 * Creates the pass that reads a sub-unit written after its parent body as one organization named as written
 * (`organization:~中宣部电影局`, 国家卫生健康委医疗应急司, 越共中央政治局, 乌克兰武装部队总参谋部, 四川省委统战部): the guide's longest name
 * wins, and the parent alone had been the mention while the unit that acted was lost. Only after a body the
 * dictionaries or the institution rules found, where no other name took the characters after it.
 */
export function createSubUnitPass(): (a: Coverage) => void {
  return function matchSubUnits(a: Coverage): void {
    const parents = a.out.filter((m) => m.type === 'organization' && m.entity !== null && m.source !== 'model');
    for (const parent of parents) {
      const nb = a.norm[parent.block] as NormBlock;
      const { start, end } = a.normalized(parent.block, parent.start, parent.end);
      const rest = nb.text.slice(end, end + 14);
      const department = parent.rule === 'institution-party-committee' ? PARTY_DEPARTMENT.exec(rest)?.[0] : undefined;
      const unit =
        department ?? (partyOf(parent) ? undefined : PARTY_GROUP.exec(rest)?.[0]) ?? SUB_UNIT.exec(rest)?.[0];
      if (unit === undefined) continue;
      // A committee's department before an office opens the title (宣传部部长): the body stays as before.
      const withDepartment = department !== undefined || (unit.startsWith('党') && unit.length > 2);
      if (withDepartment && TITLE_NEXT.test(nb.text.slice(end + unit.length))) continue;
      const unitEnd = end + unit.length;
      if (NOT_NEXT.has(nb.text[unitEnd] ?? '') || NOT_IN_NAME.test(unit) || VERB_IN_RUN.test(unit)) continue;
      if (NOT_BUREAU.test(unit) || RELATED_COMPANY.test(unit) || !a.isFree(parent.block, end, unitEnd)) continue;
      // Companies' bonds on an exchange (北交所公司债券): no unit either.
      if (unit.endsWith('公司') && BONDS_AFTER.test(nb.text.slice(unitEnd))) continue;
      // A body composed from an abbreviation inside a pair (中俄议会合作委员会: 中 + 俄议会) names the pair's body, whose
      // name the pair's first country opens; it is left as it was.
      if (a.out.some((m) => m.block === parent.block && m.rule === 'shorthand-compound' && m.end === parent.start))
        continue;
      // The party's name before a body's party group is part of the group's name (中共全国政协党组), as before a place's
      // committee.
      const written = unit.startsWith('党') ? partyWrittenBefore(a, parent.block, start) : null;
      const from = written === null ? start : start - 2;
      a.remove((m) => m === parent || m === written?.party);
      a.cover(parent.block, from, unitEnd);
      // A party committee's department, and a body's party group, is one body however the party is written
      // (中共北京市委宣传部 and 北京市委宣传部, 中共全国政协党组 and 全国政协党组): the id leaves 中共 out.
      const party =
        nb.text.startsWith('中共', from) && (written !== null || parent.rule === 'institution-party-committee');
      a.add(parent.sentence, from, unitEnd, {
        entity: derivedEntityId('organization', nb.text.slice(party ? from + 2 : from, unitEnd)),
        type: 'organization',
        source: 'rule',
        rule: 'sub-unit',
        confidence: 0.85,
      });
    }
  };
}
