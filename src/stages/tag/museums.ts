import { derivedEntityId } from '../../core/entity-id.js';
import type { NormBlock } from '../../core/text.js';
import { titleStartingAt } from '../../nlp/rules/titles.js';
import type { WordInfo } from '../../nlp/rules/words.js';
import type { MentionT, Token } from '../../schema/document.js';
import { tokenAt, tokenSpanFrom } from './coverage.js';
import type { Coverage } from './coverage.js';

/** Head nouns of a museum's or memorial hall's name. */
const MUSEUM_HEAD = /纪念馆|陈列馆|博物馆|博物院|纪念堂|展览馆|美术馆|艺术馆|科技馆/g;

/**
 * Words a head noun starts when it names a kind of body or a trade, not one museum (博物馆协会, 博物馆事业, 博物馆群), or a
 * street named after one (北京美术馆东街).
 */
const NOT_AFTER_HEAD = /^(?:协会|学会|事业|行业|界|联盟|体系|群|之城|[东西南北]?街|路)/;

/** The most characters of a name's own between the names it is built on and its head noun (第七三一部队罪证). */
const MAX_BETWEEN = 10;

/**
 * Characters that never stand inside a museum's name between the names and the head: function words, measure words
 * and determiners (中国最大的博物馆, 各地纪念馆, 一座纪念馆, 现有博物馆), and punctuation.
 */
const NOT_IN_NAME =
  /[^\p{Script=Han}·]|[的和与及或在是了到为向从对把被将以等各其之该本此有也都又再就才着过个座家所这那每多]/u;

/** Verbs that make the run a clause, not a name (参观纪念馆, 建成博物馆, 走进美术馆). */
const VERB_IN_NAME = /参观|来到|走进|建设|建成|新建|修建|成立|开放|开馆|举办|举行|前往|考察|瞻仰|设立|打造|设有|拥有/;

/** The types a museum's name may be built on (雷锋纪念馆, 平型关大捷纪念馆, 中国共产党历史展览馆, 侵华日军…陈列馆). */
const NAME_TYPES = new Set(['person', 'place', 'country', 'organization']);

/** jieba's lexicon tags of nouns (n, nz, nt, ns, nr …). */
const NOUN = /^n/;

/** A mention in the block's matching text. */
interface Span {
  m: MentionT;
  start: number;
  end: number;
}

/**
 * The start of the museum's name whose head noun starts at `head`, or null: a run of names mentioned one right after
 * another (辽宁抚顺 + 雷锋), then up to ten characters of the name's own (大捷, 第七三一部队罪证, 历史), then the head.
 * The run starts where the segmenter's word does (侵华 of 侵华日军…陈列馆). Not a country alone right before the head
 * (美国博物馆: museums of the country), which the dictionaries name where it is one (中国美术馆).
 */
function nameStart(
  text: string,
  spans: readonly Span[],
  head: number,
  wordAt: (i: number) => [number, number] | null,
  wordBefore: (i: number) => Token | undefined,
  tagOf: (w: string) => string,
): number | null {
  let i = head;
  while (i > 0 && head - i < MAX_BETWEEN && !spans.some((s) => s.end === i)) i--;
  const between = text.slice(i, head);
  if (NOT_IN_NAME.test(between) || VERB_IN_NAME.test(between)) return null;
  const last = spans.find((s) => s.end === i);
  if (last === undefined || !NAME_TYPES.has(last.m.type)) return null;
  if (between === '' && last.m.type === 'country') return null;
  let start = last.start;
  // Leftward: the names mentioned right before, and up to two nouns of the name's own between them (八路军 of
  // 八路军兰州办事处纪念馆, 细菌战 of 侵华日军细菌战衢州陈列馆); not a verb (驻 of 八路军驻新疆办事处纪念馆, 视察).
  for (let nouns = 0; ; ) {
    const prev = spans.find((s) => s.end === start && NAME_TYPES.has(s.m.type));
    if (prev !== undefined) {
      start = prev.start;
      continue;
    }
    const token = nouns < 2 ? wordBefore(start) : undefined;
    if (token === undefined) break;
    const noun = text.slice(token.start, token.end);
    if (noun.length > 4 || !NOUN.test(tagOf(noun)) || NOT_IN_NAME.test(noun) || VERB_IN_NAME.test(noun)) break;
    if (spans.some((s) => s.end > token.start && s.start < start)) break;
    start = token.start;
    nouns++;
  }
  const word = wordAt(start);
  if (word !== null && word[0] < start && start - word[0] <= 2) {
    const lead = text.slice(word[0], start);
    if (NOT_IN_NAME.test(lead) || spans.some((s) => s.end > word[0] && s.start < start)) return null;
    start = word[0];
  }
  return start;
}

/**
 * Creates the pass that reads a museum or memorial hall named after people, places or bodies as one organization named
 * as written (雷锋纪念馆, 平型关大捷纪念馆, 中国共产党历史展览馆, 侵华日军第七三一部队罪证陈列馆): the guide counts museums as
 * organizations and the longest name wins, where the names inside had been the mentions (雷锋 a person, 华 China and 日军
 * an army) and the museum was lost. Run after the recognizer, whose names the run may be built on; not where a
 * longer name holds the head (中国人民抗日战争纪念馆 of the dictionaries), nor before an office (纪念馆馆长: a title).
 */
export function createMuseumPass(lexicon: WordInfo): (a: Coverage) => void {
  const tagOf = (w: string): string => lexicon.get(w)?.tag ?? '';
  return function matchMuseums(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const text = nb.text;
      const inSentence = text.slice(s.nstart, s.nend);
      if (!/馆|院|堂/.test(inSentence)) return;
      let spans: Span[] = a.out
        .filter((m) => m.block === s.block)
        .map((m) => ({ m, ...a.normalized(m.block, m.start, m.end) }))
        .filter((x) => x.start >= s.nstart && x.end <= s.nend);
      const toks = a.tokensBySentence[si] ?? [];
      const wordAt = tokenSpanFrom(toks, 0);
      const wordBefore = (i: number): Token | undefined => {
        const t = tokenAt(toks, i - 1);
        return t !== undefined && t.end === i ? t : undefined;
      };
      for (const found of inSentence.matchAll(MUSEUM_HEAD)) {
        const head = s.nstart + (found.index ?? 0);
        const end = head + found[0].length;
        if (NOT_AFTER_HEAD.test(text.slice(end, end + 2)) || titleStartingAt(text, end) !== null) continue;
        if (spans.some((x) => x.start < end && x.end > head)) continue;
        const start = nameStart(text, spans, head, wordAt, wordBefore, tagOf);
        if (start === null || start < s.nstart) continue;
        const inside = new Set(spans.filter((x) => x.start >= start && x.end <= end).map((x) => x.m));
        a.remove((m) => inside.has(m));
        a.cover(s.block, start, end);
        a.add(si, start, end, {
          entity: derivedEntityId('organization', text.slice(start, end)),
          type: 'organization',
          source: 'rule',
          rule: 'museum-name',
          confidence: 0.85,
        });
        spans = [...spans.filter((x) => !inside.has(x.m)), { m: a.out[a.out.length - 1] as MentionT, start, end }];
      }
    });
  };
}
