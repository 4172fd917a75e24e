import type { DictionarySet } from '../../schema/dictionary.js';
import type { Sentence } from '../../schema/document.js';
import type { NormBlock } from '../../core/text.js';
import { findPlaceShorthand } from '../../nlp/rules/places.js';
import type { PairSet } from '../../nlp/rules/words.js';
import { tokenSpanFrom } from './coverage.js';
import type { Coverage } from './coverage.js';

/** Abbreviations of the Yangtze delta's places beside which 宁 is Nanjing (沪宁, 宁杭, 宁镇扬), not Ningxia. */
const NANJING_PARTNERS = new Set([...'沪杭镇扬锡常合']);

/** Whether the 宁 at `at` of a compound is Nanjing's: right beside one of {@link NANJING_PARTNERS}. */
function nanjingAt(text: string, at: number): boolean {
  return text[at] === '宁' && (NANJING_PARTNERS.has(text[at - 1] ?? '') || NANJING_PARTNERS.has(text[at + 1] ?? ''));
}

/**
 * 台 of Taiwan beside a country's abbreviation in the words of their ties (美台官方往来, 美台勾连, 美台实质关系, 日台交往),
 * or in 以台制华 (using Taiwan to contain China), where it is free: its position in `text`, and the country's beside it
 * (none in 以台制华, whose 以 is "using").
 */
function taiwanBesideCountry(text: string, free: (i: number) => boolean): Array<{ at: number; partner?: number }> {
  const out: Array<{ at: number; partner?: number }> = [];
  for (const m of text.matchAll(/([美日英欧])台(?=官方|实质|勾连|关系|军事|军售|交往|往来|接触|合作)|以台制华/g)) {
    const partner = m[1] === undefined ? undefined : (m.index ?? 0);
    const at = (m.index ?? 0) + 1;
    if (free(at)) out.push(partner === undefined ? { at } : { at, partner });
  }
  return out;
}

/**
 * Creates the place shorthand pass over one sentence: 京津冀 → 京 + 津 + 冀, 港澳 → 港 + 澳, 在京 → 京 (Beijing), each
 * character linked to the one place whose `abbr` it is.
 */
export function createPlaceShorthandPass(dicts: DictionarySet, words: PairSet): (a: Coverage, si: number) => void {
  // China's provinces and regions only: a region abroad (非, 拉) counts beside countries' abbreviations, not here.
  const only = (ch: string): string | undefined => {
    const list = dicts.placeAbbreviations.get(ch)?.filter((id) => dicts.entities.get(id)?.country === 'CN');
    return list?.length === 1 ? list[0] : undefined;
  };
  const nanjing = dicts.forms.get('南京')?.entity;
  return function matchPlaceShorthand(a: Coverage, si: number): void {
    const s = a.sentences[si] as Sentence;
    const nb = a.norm[s.block] as NormBlock;
    const text = nb.text.slice(s.nstart, s.nend);
    if (![...text].some((ch) => only(ch) !== undefined)) return;
    const toks = a.tokensBySentence[si] ?? [];
    const hits = findPlaceShorthand({
      text,
      free: (i) => a.isFree(s.block, s.nstart + i, s.nstart + i + 1),
      isPlaceAbbr: (ch) => only(ch) !== undefined,
      isCountryAbbr: (ch) => dicts.abbreviations.has(ch),
      pairAt: (i) => words.hasPair(text, i),
      tokenAt: tokenSpanFrom(toks, s.nstart),
    });
    // A county's short form is no pair of provinces (宁晋 of 河北宁晋县 is not Ningxia and Shanxi, nor 宁津 Ningxia
    // and Tianjin).
    const county = (i: number): boolean => {
      const claim = dicts.forms.get(text.slice(i, i + 2));
      return claim?.kind === 'qualified' && dicts.entities.get(claim.entity)?.type === 'place';
    };
    const freeAt = (i: number): boolean => a.isFree(s.block, s.nstart + i, s.nstart + i + 1);
    for (const { at, partner } of taiwanBesideCountry(text, freeAt)) {
      hits.push({ at, rule: 'place-compound' });
      // The country beside it, one country's abbreviation, where the country shorthand left it (美 of 美台官方往来).
      const ids = partner === undefined ? [] : (dicts.abbreviations.get(text[partner] ?? '') ?? []);
      const country = ids.length === 1 ? dicts.entities.get(ids[0] ?? '') : undefined;
      if (partner !== undefined && country?.type === 'country' && freeAt(partner)) {
        a.cover(s.block, s.nstart + partner, s.nstart + partner + 1);
        a.add(si, s.nstart + partner, s.nstart + partner + 1, {
          entity: country.id,
          type: 'country',
          source: 'rule',
          rule: 'shorthand-compound',
          confidence: 0.9,
        });
      }
    }
    for (const hit of hits) {
      if (hit.rule === 'place-compound' && (county(hit.at) || county(hit.at - 1))) continue;
      const entity = nanjingAt(text, hit.at) ? nanjing : only(text[hit.at] ?? '');
      if (entity === undefined) continue;
      const at = s.nstart + hit.at;
      a.cover(s.block, at, at + 1);
      a.add(si, at, at + 1, { entity, type: 'place', source: 'rule', rule: hit.rule, confidence: 0.9 });
    }
  };
}
