import type { MentionT } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import { FormTrie } from '../../core/form-trie.js';
import { spanNamesNothing } from '../../nlp/rules/span-context.js';
import { compassRegionAt } from '../../nlp/rules/places.js';
import type { Coverage } from './coverage.js';
import { derivedName } from '../../core/entity-id.js';

/**
 * The surest mention of each name a rule or the recognizer found (not the dictionaries), by name; a dictionary entry
 * the recognizer or a list linked (a qualified short form, 中山 in an article that names 广东, 乐平 after 浮梁、) by
 * the text it was found as.
 */
function foundNames(out: readonly MentionT[]): Map<string, MentionT> {
  const found = new Map<string, MentionT>();
  for (const m of out) {
    const name =
      m.entity === null || m.source === 'dictionary'
        ? null
        : (derivedName(m.entity) ?? (m.source === 'model' || m.rule === 'county-list' ? m.text : null));
    if (name !== null) {
      const prev = found.get(name);
      if (prev === undefined || m.confidence > prev.confidence) found.set(name, m);
    }
  }
  return found;
}

/**
 * The places inside a person's full name written again where they are all that took it (丁安庆 after 老队长丁安庆说,
 * where the dictionary read 安庆, a city), and the recognizer's shorter person at its start (傅平 of 傅平均当选, where
 * 平均 "average" is a word): the article named the person, so the name is the person's and those give way; null
 * where something else took it. Only people of three characters or more, the names strictly inside the name.
 */
function placesInside(a: Coverage, block: number, start: number, end: number, origin: MentionT): MentionT[] | null {
  if (origin.type !== 'person' || end - start < 3) return null;
  const cut = (x: MentionT): boolean =>
    x.type === 'person' && x.source === 'model' && a.normalized(block, x.start, x.end).start === start;
  // Not countries: 哈吉乌 of 哈吉乌塔四国 is three countries' abbreviations, however the recognizer read it elsewhere.
  const inside = a.out
    .filter((x) => x.block === block && (x.type === 'place' || cut(x)))
    .map((x) => ({ x, n: a.normalized(block, x.start, x.end) }))
    .filter(({ n }) => n.start >= start && n.end <= end && n.end - n.start < end - start);
  if (inside.length === 0) return null;
  const taken = a.coverageOf(block, start, end);
  for (let i = 0; i < taken.length; i++)
    if (taken[i] === 1 && !inside.some(({ n }) => n.start <= start + i && start + i < n.end)) return null;
  return inside.map(({ x }) => x);
}

/** Every other free occurrence of a name a rule or the recognizer found counts too (梅列多夫表示 …). */
export function propagateNames(a: Coverage): void {
  const found = foundNames(a.out);
  if (found.size === 0) return;
  const local = new FormTrie(found.size);
  const list = [...found.entries()];
  list.forEach(([name], i) => {
    local.add(name, i);
  });
  a.sentences.forEach((s, si) => {
    const nb = a.norm[s.block] as NormBlock;
    for (const m of local.matchAll(nb.text, s.nstart, s.nend)) {
      const [, origin] = list[m.value] as [string, MentionT];
      const free = a.isFree(s.block, m.start, m.end);
      const places = free ? [] : placesInside(a, s.block, m.start, m.end, origin);
      if (places === null) continue;
      // A recognizer's name is not spread into a numbered craft, a bridge or a typhoon (see spanNamesNothing).
      if (origin.source === 'model' && spanNamesNothing(nb.text, m.start, m.end, origin.type)) continue;
      // Nor a compass region into a direction (湖南西北三市, 东北虎: see compassRegionAt).
      if (compassRegionAt(nb.text, m.start, m.end, m.start === 0 || a.isFree(s.block, m.start - 1, m.start)) === null)
        continue;
      // A short name must line up with the segmenter's words (马克 is not a name inside 马克龙).
      if (m.end - m.start <= 3 && !a.onWordEdges(s.block, m.start, m.end)) continue;
      if (places.length > 0) a.remove((x) => places.includes(x));
      a.cover(s.block, m.start, m.end);
      a.add(si, m.start, m.end, {
        entity: origin.entity,
        type: origin.type,
        source: origin.source,
        rule: 'propagated',
        confidence: Math.round(origin.confidence * 90) / 100,
      });
    }
  });
}

/** The pairs of abbreviations the compound rule read as two countries (中日 → CN, JP), by their text. */
function countryPairs(a: Coverage): Map<string, [MentionT, MentionT]> {
  const pairs = new Map<string, [MentionT, MentionT]>();
  const out = [...a.out].sort((x, y) => x.block - y.block || x.start - y.start);
  for (let k = 1; k < out.length; k++) {
    const [x, y] = [out[k - 1] as MentionT, out[k] as MentionT];
    if (x.rule !== 'shorthand-compound' || y.rule !== 'shorthand-compound') continue;
    if (x.block !== y.block || x.end !== y.start || x.end - x.start !== 1 || y.end - y.start !== 1) continue;
    if (x.entity === null || y.entity === null || x.type !== 'country' || y.type !== 'country') continue;
    pairs.set(x.text + y.text, [x, y]);
  }
  return pairs;
}

/**
 * Every other free occurrence of a pair the compound rule read as two countries somewhere in the article counts too,
 * where the pair lines up with the segmenter's words (中日作为重要经贸伙伴, 中越是山水相连的, 俄乌交换在押人员 after 中日关系,
 * 中越合作, 俄乌冲突): what follows such a pair says nothing more (not 集中日 nor 在…中加快, which cut across words).
 */
export function propagatePairs(a: Coverage): void {
  const pairs = countryPairs(a);
  if (pairs.size === 0) return;
  a.sentences.forEach((s, si) => {
    const nb = a.norm[s.block] as NormBlock;
    for (const [text, [x, y]] of pairs) {
      for (let i = nb.text.indexOf(text, s.nstart); i >= 0 && i + 2 <= s.nend; i = nb.text.indexOf(text, i + 1)) {
        if (!a.isFree(s.block, i, i + 2) || !a.onWordEdges(s.block, i, i + 2)) continue;
        a.cover(s.block, i, i + 2);
        for (const [m, at] of [
          [x, i],
          [y, i + 1],
        ] as const)
          a.add(si, at, at + 1, {
            entity: m.entity,
            type: m.type,
            source: 'rule',
            rule: 'propagated',
            confidence: Math.round(m.confidence * 90) / 100,
          });
      }
    }
  });
}

/**
 * Abbreviations whose character standing alone in the segmentation names nothing but the country (俄, 叙, 缅): unlike
 * 美, 日, 中, 法 or 以, which are also words (beautiful, day, middle, law, by), and 澳, Macao's as well as Australia's.
 */
const ALONE_ABBREVIATIONS = new Set([...'俄乌叙哈塔黎缅柬泰菲伊']);

/**
 * Every other free occurrence of such an abbreviation, where the segmenter reads it as a word of its own, is the
 * country a shorthand rule resolved it to elsewhere in the article (乌称拦截俄导弹, 俄称西方孤立俄目的未得逞: the rules
 * read 俄 before a title or 称, not before 导弹 or 目的).
 */
export function propagateAbbreviations(a: Coverage): void {
  const resolved = new Map<string, MentionT>();
  for (const m of a.out)
    if (m.type === 'country' && m.entity !== null && m.end - m.start === 1 && m.rule?.startsWith('shorthand-'))
      if (ALONE_ABBREVIATIONS.has(m.text) && !resolved.has(m.text)) resolved.set(m.text, m);
  if (resolved.size === 0) return;
  a.sentences.forEach((s, si) => {
    const nb = a.norm[s.block] as NormBlock;
    for (let i = s.nstart; i < s.nend; i++) {
      const origin = resolved.get(nb.text[i] ?? '');
      if (origin === undefined || !a.isFree(s.block, i, i + 1)) continue;
      if (!a.onWordEdges(s.block, i, i + 1)) continue;
      // Before 语, 文 or 族 it names a language or a people (用塔语问候), not the country.
      if (/[语文族]/.test(nb.text[i + 1] ?? '')) continue;
      a.cover(s.block, i, i + 1);
      a.add(si, i, i + 1, {
        entity: origin.entity,
        type: 'country',
        source: 'rule',
        rule: 'propagated',
        confidence: Math.round(origin.confidence * 90) / 100,
      });
    }
  });
}
