import type { DictionarySet } from '../../schema/dictionary.js';
import type { NormBlock } from '../../core/text.js';
import { derivedEntityId } from '../../core/entity-id.js';
import { matchingForm } from '../../resources/dictionaries.js';
import type { Coverage } from './coverage.js';

const COMMUNITY_SUFFIX = '命运共同体';

/**
 * Creates the community pass: named communities of shared future whose prefix is country abbreviations
 * (中缅命运共同体) are an initiative of their own; the prefix stays uncovered so the shorthand rule still finds the
 * countries in it.
 */
export function createCommunityPass(dicts: DictionarySet): (a: Coverage) => void {
  const isAbbr = (ch: string): boolean => dicts.abbreviations.has(ch);
  return function matchCommunities(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const text = nb.text.slice(s.nstart, s.nend);
      for (let k = text.indexOf(COMMUNITY_SUFFIX); k >= 0; k = text.indexOf(COMMUNITY_SUFFIX, k + 1)) {
        let j = k;
        while (j > 0 && k - j < 4 && isAbbr(text[j - 1] ?? '')) j--;
        const prefix = text.slice(j, k);
        const chars = [...prefix];
        const end = s.nstart + k + COMMUNITY_SUFFIX.length;
        if (chars.length < 2 || new Set(chars).size !== chars.length) {
          matchJoined(dicts, a, si, text, k);
          continue;
        }
        const at = s.nstart + j;
        if (!a.isFree(s.block, at, end)) continue;
        a.cover(s.block, at + prefix.length, end);
        // One community whichever side is written first (越中命运共同体 is 中越命运共同体): China's abbreviation first.
        const named = `${prefix.includes('中') ? `中${prefix.replace('中', '')}` : prefix}${COMMUNITY_SUFFIX}`;
        // The dictionary's entry where it lists the name so ordered (阿中命运共同体 is its 中阿命运共同体).
        addCommunity(a, si, at, end, named, dicts.forms.get(named)?.entity);
      }
    });
  };
}

/** 中国 and a partner's name joined by a dash before 命运共同体 (中国－中亚命运共同体, 中国—东盟命运共同体). */
const JOINED = /中国[－—–-]([\p{Script=Han}]{2,10})$/u;

/**
 * A community of shared future named by 中国 and a partner's written name joined by a dash (中国－中亚命运共同体,
 * 中国－东盟命运共同体, 中国—太平洋岛国命运共同体) is an initiative of its own over the whole name; the names in it stay
 * mentions, as the countries of 中缅命运共同体 do.
 */
function matchJoined(dicts: DictionarySet, a: Coverage, si: number, text: string, k: number): void {
  const s = a.sentences[si];
  if (s === undefined) return;
  const joined = JOINED.exec(text.slice(Math.max(0, k - 14), k));
  if (joined === null) return;
  const partner = joined[1] ?? '';
  const start = s.nstart + k - joined[0].length;
  const end = s.nstart + k + COMMUNITY_SUFFIX.length;
  // The partner is a name the dictionaries read there (中亚, 东盟), and the suffix is free.
  const named = a.out.some(
    (m) => m.block === s.block && a.normalized(m.block, m.start, m.end).end === s.nstart + k && m.text === partner,
  );
  if (!named || !a.isFree(s.block, s.nstart + k, end)) return;
  a.cover(s.block, s.nstart + k, end);
  // The dictionary's entry where it writes the name with another dash (中国—中亚命运共同体 for 中国－中亚命运共同体).
  const listed = ['—', '－', '-', '–']
    .map((dash) => dicts.forms.get(matchingForm(`中国${dash}${partner}${COMMUNITY_SUFFIX}`))?.entity)
    .find((id) => id !== undefined);
  addCommunity(a, si, start, end, `中国－${partner}${COMMUNITY_SUFFIX}`, listed);
}

/** Adds a community of shared future: the dictionary's entry where one is listed, else an initiative of its name. */
function addCommunity(
  a: Coverage,
  si: number,
  start: number,
  end: number,
  name: string,
  listed: string | undefined,
): void {
  a.add(si, start, end, {
    entity: listed ?? derivedEntityId('initiative', name),
    type: 'initiative',
    source: listed === undefined ? 'rule' : 'dictionary',
    ...(listed === undefined ? { rule: 'community-of-shared-future' } : {}),
    confidence: 0.9,
  });
}

/**
 * After the shorthand rules: a community whose prefix is countries' abbreviations the dictionaries do not list as
 * such — a short form of two characters (中印尼命运共同体) or an initial read in the article (所中命运共同体, 中瓦) — is one
 * as well, from the country mentions written right before the suffix (two or more different countries, touching).
 */
export function createLateCommunityPass(dicts: DictionarySet): (a: Coverage) => void {
  return function matchLateCommunities(a: Coverage): void {
    a.sentences.forEach((s, si) => {
      const nb = a.norm[s.block] as NormBlock;
      const text = nb.text.slice(s.nstart, s.nend);
      for (let k = text.indexOf(COMMUNITY_SUFFIX); k >= 0; k = text.indexOf(COMMUNITY_SUFFIX, k + 1)) {
        const end = s.nstart + k + COMMUNITY_SUFFIX.length;
        if (!a.isFree(s.block, s.nstart + k, end)) continue;
        // The country mentions touching each other and the suffix, last first.
        const countries = a.out
          .filter((m) => m.block === s.block && m.type === 'country' && m.entity !== null)
          .map((m) => ({ m, span: a.normalized(m.block, m.start, m.end) }));
        const run: typeof countries = [];
        for (let at = s.nstart + k; ; ) {
          const before = countries.find((c) => c.span.end === at && c.span.end - c.span.start <= 3);
          if (before === undefined || run.length === 4) break;
          run.unshift(before);
          at = before.span.start;
        }
        if (run.length < 2 || new Set(run.map((c) => c.m.entity)).size !== run.length) continue;
        const prefix = run.map((c) => c.m.text);
        const china = prefix.indexOf('中');
        const ordered = china > 0 ? ['中', ...prefix.filter((_, i) => i !== china)] : prefix;
        const named = `${ordered.join('')}${COMMUNITY_SUFFIX}`;
        a.cover(s.block, s.nstart + k, end);
        addCommunity(a, si, run[0]?.span.start ?? s.nstart + k, end, named, dicts.forms.get(named)?.entity);
      }
    });
  };
}
