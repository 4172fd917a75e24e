import type { DictionarySet } from '../../schema/dictionary.js';
import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import type { PairSet } from '../../nlp/rules/words.js';
import { findShorthand, resolveAbbreviation } from '../../nlp/rules/shorthand.js';
import { tokenAt } from './coverage.js';
import type { Coverage } from './coverage.js';

/** What the shorthand rule resolves against: the entities the dictionaries found, and the countries of them. */
export interface ArticleCountries {
  context: ReadonlySet<string>;
  related: ReadonlySet<string>;
}

/** The entities found so far and their countries (of places, organizations, people), read before the shorthand rule. */
export function articleCountries(a: Coverage, dicts: DictionarySet): ArticleCountries {
  const context = new Set(a.out.map((m) => m.entity).filter((e): e is string => e !== null));
  const related = new Set<string>();
  for (const id of context) {
    const country = dicts.entities.get(id)?.country;
    if (country !== undefined) related.add(`country:${country}`);
  }
  return { context, related };
}

/** Creates the shorthand pass over one sentence: diplomatic shorthand (中方, 中土), resolved from the countries the article names. */
export function createShorthandPass(
  dicts: DictionarySet,
  words: PairSet,
): (a: Coverage, si: number, countries: ArticleCountries) => void {
  const isAbbr = (ch: string): boolean => dicts.abbreviations.has(ch);
  const abbrCodes = new Uint8Array(0x10000);
  for (const ch of dicts.abbreviations.keys()) if (ch.length === 1) abbrCodes[ch.charCodeAt(0)] = 1;
  const isAbbrCode = (code: number): boolean => abbrCodes[code] === 1;
  const countryOf = (ch: string): string => {
    const list = dicts.abbreviations.get(ch);
    return list?.length === 1 ? (list[0] as string) : ch;
  };
  return function matchShorthand(a: Coverage, si: number, countries: ArticleCountries): void {
    const s = a.sentences[si] as Sentence;
    const nb = a.norm[s.block] as NormBlock;
    const text = nb.text.slice(s.nstart, s.nend);
    const toks = a.tokensBySentence[si] ?? [];
    const tokenSpan = (i: number): [number, number] | null => {
      const t = tokenAt(toks, s.nstart + i);
      return t === undefined ? null : [t.start - s.nstart, t.end - s.nstart];
    };
    for (const hit of findShorthand(
      text,
      a.coverageOf(s.block, s.nstart, s.nend),
      isAbbr,
      words,
      tokenSpan,
      isAbbrCode,
      countryOf,
    )) {
      const res = resolveAbbreviation(
        hit,
        dicts.abbreviations.get(hit.char) ?? [],
        countries.context,
        countries.related,
      );
      if (res === null) continue;
      const at = s.nstart + hit.at;
      a.cover(s.block, at, at + 1);
      if ('entity' in res) {
        a.add(si, at, at + 1, {
          entity: res.entity,
          type: dicts.entities.get(res.entity)?.type ?? 'country',
          source: 'rule',
          rule: `shorthand-${hit.rule}`,
          confidence: 0.9,
        });
      } else {
        a.add(si, at, at + 1, {
          entity: null,
          type: 'country',
          source: 'rule',
          rule: `shorthand-${hit.rule}`,
          confidence: 0.3,
          candidates: res.ambiguous,
        });
      }
    }
  };
}
