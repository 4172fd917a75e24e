import { z } from 'zod';
import type { Doc } from '../../schema/doc.js';
import type { MentionT } from '../../schema/document.js';
import type { Resources } from '../../resources/resources.js';
import { defineStage } from '../types.js';
import { findDateline } from '../../nlp/rules/dateline.js';
import { Coverage } from './coverage.js';
import { createBranchPass } from './branches.js';
import { createBylinePass, createClosingCreditPass } from './byline.js';
import { createCommunityPass, createLateCommunityPass } from './community.js';
import { createDictionaryPass } from './dictionary.js';
import { createModelNamePass } from './model-names.js';
import { createPlaceShorthandPass } from './place-shorthand.js';
import { createSubUnitPass } from './sub-units.js';
import { createMuseumPass } from './museums.js';
import { createCountyListPass } from './county-lists.js';
import { createFacilityPass, createPlaceSitePass } from './place-sites.js';
import { createPosNamePass } from './pos-names.js';
import { propagateAbbreviations, propagateNames, propagatePairs } from './propagate.js';
import { createPlacesAbroadPass } from './places-abroad.js';
import { articleCountries, createShorthandPass } from './shorthand.js';
import { createTitleNamePass } from './title-name.js';
import { linkShortNames } from './short-names.js';
import { createOfficeHolderLink } from './office-holders.js';
import { createCompanyShortNamePass } from './company-names.js';
import { createTeamPass } from './teams.js';
import { createInstitutionPass, createOfficeStep, createTermBodyPass, linkRecognizedBodies } from './institutions.js';
import { createPressTitlePass } from './press-titles.js';
import { createCoordinatedNamePass } from './coordinated.js';
import { createPersonListPass } from './person-lists.js';
import { createBareParliamentPass } from './parliaments.js';
import { extendFormalNames } from './formal-names.js';
import { joinBracketQualifiers } from './bracket-qualifiers.js';
import { createSurnameReferencePass } from './surname-references.js';
import { stormNames } from '../../nlp/rules/span-context.js';

export { insideLongerName } from './dictionary.js';
export { joinForeignNames } from './model-names.js';

/** Options of the tag stage. */
export const TagOptions = z
  .object({
    /** Shorthand and title rules (中方, 中土, 土副总理, 外长王毅). */
    rules: z.boolean().default(true),
    /**
     * Recognizer for names in no dictionary: the trained model (models/ner.bin), jieba's POS tags (needs the
     * segment stage's `pos`), or none.
     */
    recognizer: z.enum(['model', 'jieba-pos', 'none']).default('model'),
    /** A model file to use instead of the shipped one (relative paths from the working folder). */
    model: z.string().optional(),
    /** Model names below this confidence are left out (the model's confidences are calibrated on held-out data). */
    modelConfidence: z.number().min(0).max(1).default(0.5),
    /** Mentions below this confidence are dropped. */
    minConfidence: z.number().min(0).max(1).default(0),
    /** Find every other occurrence in the article of a name found by a rule or the recognizer. */
    propagate: z.boolean().default(true),
  })
  .strict();

/** The spans of 《…》 titles in each block's text. */
function workTitles(doc: Doc): Array<Array<[number, number]>> {
  return doc.blocks.map((b) => {
    const spans: Array<[number, number]> = [];
    for (let open = b.text.indexOf('《'); open >= 0; open = b.text.indexOf('《', open + 1)) {
      const close = b.text.indexOf('》', open + 1);
      if (close < 0) break;
      spans.push([open, close + 1]);
    }
    return spans;
  });
}

/**
 * Whether a mention lies inside one of its block's 《…》 titles. An organization that is the whole title is the
 * newspaper or journal itself (《人民日报》, 《求是》), not a name inside a work's title.
 */
function insideWorkTitle(titles: ReadonlyArray<ReadonlyArray<[number, number]>>, m: MentionT): boolean {
  return (titles[m.block] ?? []).some(
    ([s, e]) => m.start > s && m.end < e && !(m.type === 'organization' && m.start === s + 1 && m.end === e - 1),
  );
}

/** The pass of the name recognizer the options choose (the trained model, jieba's POS tags, or none). */
function createNamePass(resources: Resources, options: z.infer<typeof TagOptions>): ((a: Coverage) => void) | null {
  const dicts = resources.dictionaries;
  const lexicon = resources.lexicon();
  if (options.recognizer === 'jieba-pos')
    return createPosNamePass(dicts, resources.surnames(), lexicon.names, lexicon.common);
  if (options.recognizer !== 'model') return null;
  const model = resources.nerModel(options.model);
  return createModelNamePass(
    dicts,
    model,
    options.modelConfidence,
    lexicon.names,
    lexicon.common,
    resources.surnameRanks(),
  );
}

/** Creates the recognizer used by the tag stage and by `guanxi ner`: dictionaries, rules and a name recognizer. */
export function createTagger(resources: Resources, options: z.infer<typeof TagOptions>): (doc: Doc) => MentionT[] {
  const dicts = resources.dictionaries;
  const lexicon = resources.lexicon();
  const matchDictionaries = createDictionaryPass(dicts, lexicon.twoChar, resources.surnameRanks());
  const matchCommunities = createCommunityPass(dicts);
  const matchLateCommunities = createLateCommunityPass(dicts);
  const matchShorthand = createShorthandPass(dicts, lexicon.twoChar);
  const matchPlaceShorthand = createPlaceShorthandPass(dicts, lexicon.twoChar);
  const matchPlaceSites = createPlaceSitePass(dicts);
  const matchFacilities = createFacilityPass(lexicon.common, lexicon.twoChar);
  const matchInstitutions = createInstitutionPass(dicts, resources.institutions(), lexicon.twoChar);
  // The rules read Chinese news: China's legislature is the NPC, so a parliament written bare is another country's.
  const matchBareParliaments = createBareParliamentPass(dicts, resources.institutions(), 'CN');
  const dropOfficeOrganizations = createOfficeStep(dicts);
  const matchTermBodies = createTermBodyPass(dicts);
  const matchTeams = createTeamPass(dicts);
  const matchSubUnits = createSubUnitPass();
  const matchMuseums = createMuseumPass(lexicon.entries);
  const matchCountyLists = createCountyListPass(dicts);
  const matchBranches = createBranchPass();
  const matchPressTitles = createPressTitlePass();
  const joinCoordinatedNames = createCoordinatedNamePass(dicts);
  const matchByline = createBylinePass(resources.surnameRanks(), (w) => lexicon.twoChar.has(w));
  const matchClosingCredits = createClosingCreditPass(resources.surnameRanks(), (w) => lexicon.twoChar.has(w));
  // The title rule checks names against jieba's lexicon whatever the recognizer.
  const matchTitleNames = createTitleNamePass(dicts, lexicon.names, lexicon.common);
  const matchNames = createNamePass(resources, options);
  const isCommonWord = (w: string): boolean => lexicon.twoChar.has(w) || lexicon.common.has(w);
  const matchSurnameReferences = createSurnameReferencePass(dicts, resources.surnameRanks(), isCommonWord);
  // Words of jieba's lexicon under other tags than a name's: 夏衍 and 高扬 (nr) may be people in a list, 高海拔 not.
  const matchPersonLists = createPersonListPass(resources.surnameRanks(), lexicon.common, dicts.recognized);
  const matchCompanyShortNames = createCompanyShortNamePass(dicts, lexicon.entries);
  const linkOfficeHolders = createOfficeHolderLink(dicts);
  const matchPlacesAbroad = createPlacesAbroadPass(dicts);
  const propagate = (a: Coverage): void => {
    if (options.propagate) propagateNames(a);
  };

  return function tag(doc: Doc): MentionT[] {
    const cov = new Coverage(doc);
    // Before the dictionaries: a site's name holds the place it is built on (锦州 of 锦州9-3油田).
    if (options.rules) matchPlaceSites(cov);
    matchDictionaries(cov);
    // Before the shorthand rules, which would read provinces in a county's short form (宁晋).
    if (options.rules) matchCountyLists(cov);
    // 贝宁共和国: the formal name whole where the dictionaries list only 贝宁.
    if (options.rules) extendFormalNames(cov);
    // Before the shorthand rules, which would read countries in a line of names (宋启明韩中朝苗清波).
    const byline = options.rules ? matchByline(cov) : null;
    // Closing credits stay mentions, split one by one (王西钊武平 → 王西钊 + 武平).
    if (options.rules) matchClosingCredits(cov);
    if (options.rules) {
      const countries = articleCountries(cov, dicts);
      matchCommunities(cov);
      // Sentence by sentence, shorthand before titles: a title rule must not take a shorthand's character.
      for (let si = 0; si < cov.sentences.length; si++) {
        // Before the countries' shorthand: 澳 of 港澳 is Macao, not Australia.
        matchPlaceShorthand(cov, si);
        matchShorthand(cov, si, countries);
        matchTitleNames(cov, si);
      }
      // After shorthand, whose 美 of 美军 owns the 军.
      matchInstitutions(cov);
      matchTermBodies(cov);
      matchTeams(cov);
      // After the institutions, whose bodies may head a unit (乌克兰国防部情报总局); before the recognizer.
      matchSubUnits(cov);
    }
    // Rule-found names spread first: they are surer than the recognizer's.
    propagate(cov);
    cov.release();
    // Names from the recognizer, where nothing better matched.
    if (matchNames !== null) {
      matchNames(cov);
      // Again beside the places the recognizer found (怀柔 before 、密云).
      if (options.rules) matchCountyLists(cov);
      if (options.rules) joinCoordinatedNames(cov);
      propagate(cov);
    }
    cov.settleTentative();
    if (options.rules) {
      // After the recognizer, whose whole-title names stand (《人民日报》) and whose spans stop at the brackets.
      matchPressTitles(cov);
      // After the recognizer, whose names may hold the pair (罗英 of 农场主罗英就开始).
      propagatePairs(cov);
      propagateAbbreviations(cov);
      // After the shorthand and its propagation, whose 黎 of 黎东部地区 is the country a namesake of a place of China
      // lies in.
      matchPlacesAbroad(cov);
      // After the recognizer, whose people name the parliament's country and whose bare 国民议会 is relinked.
      matchBareParliaments(cov);
      // After the shorthand rules, which read 印尼 of 中印尼 and the initials the article names (所中).
      matchLateCommunities(cov);
      // After the recognizer, whose names of facilities stand (漳河机场): those it left after a place.
      matchFacilities(cov);
      // After the recognizer and the facilities, whose names a museum's may be built on (雷锋纪念馆).
      matchMuseums(cov);
      // After the recognizer, which finds banks no dictionary holds (中国农业发展银行); also the armed police's units.
      matchBranches(cov);
      // After the recognizer, whose 政协第九届全国委员会 is the CPPCC and whose bare 共产党 is China's party at home.
      linkRecognizedBodies(cov, dicts, 'CN');
      dropOfficeOrganizations(cov);
      // 桥本 after 桥本龙太郎, 河西 after 河西走廊, 波音 after 波音公司: the one named in full.
      linkShortNames(cov, isCommonWord);
      // 圭亚那总统阿里: the president of Guyana the dictionary holds under his full name.
      linkOfficeHolders(cov);
      matchCompanyShortNames(cov);
      // 杨斌、兰世章、王国华: a name in a list of people that nothing else read.
      matchPersonLists(cov);
      // 老何, 孙先生: the one person of that surname the article names.
      matchSurnameReferences(cov);
      // Last, once every organization is read, the recognizer's too: 中国石油大学（北京） is one name.
      joinBracketQualifiers(cov);
    }
    markDatelines(cov.out, doc, byline);
    return keptMentions(cov.out, doc, options.minConfidence);
  };
}

/**
 * Marks the names in the dateline, which stay mentions (the guide counts 新华社 there) but say so: no entity or pair
 * counts them; so are the names of a byline and its posting (美国 of 本报驻美国记者张亮), and those of the dateline
 * opening a later item (据新华社马尼拉１月１５日电（记者宁述勇） in a round-up). A dateline closing a paragraph
 * (（本报珀斯１月１１日电）) names no reporter, and its place says where the story was filed: the focus gold counts it.
 */
function markDatelines(out: readonly MentionT[], doc: Doc, byline: { block: number; end: number } | null): void {
  const dl = doc.meta.dateline;
  if (dl !== undefined) for (const m of out) if (m.block === dl.block && m.end <= dl.text.length) m.dateline = true;
  if (byline !== null) for (const m of out) if (m.block === byline.block && m.end <= byline.end) m.dateline = true;
  const opening = doc.blocks.map((b, i) => (i === dl?.block ? 0 : (findDateline(b.text)?.end ?? 0)));
  for (const m of out) if (m.end <= (opening[m.block] ?? 0)) m.dateline = true;
}

/**
 * The mentions the stage returns, in text order: not a name inside a title of a work or document (《习近平谈治国理政》,
 * 《中国标准化发展年度报告》: part of that title), nor a storm's name the rules or the recognizer read as a name (see
 * stormNames), nor one below the minimum confidence.
 */
function keptMentions(out: readonly MentionT[], doc: Doc, minConfidence: number): MentionT[] {
  const titled = workTitles(doc);
  const storms = stormNames(doc.blocks.map((b) => b.text));
  return onePerSpan(
    out
      .filter((m) => !insideWorkTitle(titled, m) && !(m.source !== 'dictionary' && storms.has(m.text)))
      .filter((m) => m.confidence >= minConfidence)
      .map(withoutHonorific)
      .sort((a, b) => a.block - b.block || a.start - b.start || a.end - b.end),
  );
}

/**
 * A person's mention without the 同志 "comrade" a dictionary form closes with (小平同志, 少奇同志, 耀邦同志: the forms
 * that name the person by the given name alone): the guide counts no title in a person's span, and People's Daily's
 * annotators wrote 小平 + 同志.
 */
function withoutHonorific(m: MentionT): MentionT {
  // Only a dictionary's: the recognizer's 吴同志 is a surname and 同志, a name the article gives no better.
  if (m.type !== 'person' || m.source !== 'dictionary' || m.text.length <= 2 || !m.text.endsWith('同志')) return m;
  return { ...m, end: m.end - 2, text: m.text.slice(0, -2) };
}

/** The rank of a mention's source where two read the same span: the dictionaries' over a rule's over the recognizer's. */
const SOURCE_RANK: Record<string, number> = { dictionary: 0, rule: 1, model: 2 };

/**
 * One mention per span, of sorted mentions: where two passes read the same characters (a bare titled form linked by
 * the office the article writes, 萨尔维, and the recognizer's reading of it), the surer source's, then the more
 * confident, so that no name counts twice.
 */
function onePerSpan(sorted: MentionT[]): MentionT[] {
  const out: MentionT[] = [];
  for (const m of sorted) {
    const prev = out.at(-1);
    if (prev === undefined || prev.block !== m.block || prev.start !== m.start || prev.end !== m.end) {
      out.push(m);
      continue;
    }
    const better = (SOURCE_RANK[m.source] ?? 3) - (SOURCE_RANK[prev.source] ?? 3) || prev.confidence - m.confidence;
    if (better < 0) out[out.length - 1] = m;
  }
  return out;
}

/** The tag stage: entity mentions from dictionaries, shorthand and title rules, and the name recognizer. */
export const tagStage = defineStage({
  name: 'tag',
  options: TagOptions,
  requires: ['segment'],
  create(options, ctx) {
    const tag = createTagger(ctx.resources, options);
    return {
      name: 'tag',
      run(doc: Doc): Doc {
        const mentions = tag(doc);
        const names = mentions.filter((m) => m.rule === 'byline');
        const block = names[0]?.block;
        if (block === undefined) return { ...doc, mentions };
        const byline = { block, text: doc.blocks[block]?.text.trim() ?? '', names: names.map((m) => m.text) };
        return { ...doc, meta: { ...doc.meta, byline }, mentions };
      },
    };
  },
});
