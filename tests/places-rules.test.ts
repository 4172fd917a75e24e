import { describe, expect, it } from 'vitest';
import { insideTyphoonName } from '../src/nlp/rules/span-context.js';
import { endsWithSiteWord, findPlaceShorthand, siteSpan, siteWordAt } from '../src/nlp/rules/places.js';

const all = (): boolean => true;

describe('named sites built on a place name', () => {
  it('extends a place over a site word after it', () => {
    expect(siteSpan('降落在漳河水库', 3, 5, all)).toEqual({ start: 3, end: 7 });
    expect(siteSpan('里斯本国际机场', 0, 3, all)).toEqual({ start: 0, end: 7 });
    expect(siteWordAt('雅砻江流域', 3)).toBe('流域');
  });

  it('takes a direction before and 州 or 省 after, unless the direction is taken or 州 starts a word', () => {
    expect(siteSpan('控制了南达尔富尔州首府', 4, 8, all)).toEqual({ start: 3, end: 9 });
    expect(siteSpan('控制了南达尔富尔州首府', 4, 8, (i) => i !== 3)).toBeNull();
    expect(siteSpan('澳大利亚新南威尔士州', 6, 9, all)).toEqual({ start: 4, end: 10 });
    expect(siteSpan('美国州长', 0, 2, all)).toBeNull();
    expect(siteSpan('东美国州长', 1, 3, all)).toBeNull();
    expect(siteSpan('达尔富尔州', 0, 4, all)).toBeNull();
  });

  it('leaves a place alone before other words', () => {
    expect(siteSpan('太湖边的村庄', 0, 2, all)).toBeNull();
    expect(siteWordAt('太湖边', 2)).toBeNull();
  });

  it('tells a name ending in a site word (志贺核电站), not the site word alone', () => {
    expect(endsWithSiteWord('志贺核电站')).toBe(true);
    expect(endsWithSiteWord('核电站')).toBe(false);
    expect(endsWithSiteWord('国家电网')).toBe(false);
  });
});

describe('place shorthand (京津冀, 港澳, 在京)', () => {
  const PLACE = new Set('京津冀沪港澳川渝苏宁青'.split(''));
  const COUNTRY = new Set('澳新'.split(''));
  /** Hits in a text segmented as the given words. */
  const hits = (words: string[], isWord: (w: string) => boolean = () => false): Array<[string, string]> => {
    const text = words.join('');
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const w of words) {
      spans.push([at, at + w.length]);
      at += w.length;
    }
    return findPlaceShorthand({
      text,
      free: () => true,
      isPlaceAbbr: (ch) => PLACE.has(ch),
      isCountryAbbr: (ch) => COUNTRY.has(ch),
      tokenAt: (i) => spans.find(([s, e]) => s <= i && i < e) ?? null,
      pairAt: (i) => isWord(text.slice(i, i + 2)),
    }).map((h) => [text[h.at] ?? '', h.rule]);
  };

  it('splits a run of abbreviations that stands as words of its own', () => {
    expect(hits(['京津冀', '签订', '协议'])).toEqual([
      ['京', 'place-compound'],
      ['津', 'place-compound'],
      ['冀', 'place-compound'],
    ]);
    expect(hits(['港澳', '同胞'])).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
  });

  it('leaves a run inside a longer word, a run of repeated characters, and a run of country abbreviations', () => {
    expect(hits(['京津冀协同', '发展'])).toEqual([]);
    expect(hits(['港澳青年'], (w) => w === '青年')).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
    expect(hits(['港澳', '青年'], (w) => w === '青年')).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
    expect(hits(['港澳同胞'], (w) => w === '同胞')).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
    expect(hits(['川川'])).toEqual([]);
    expect(hits(['京津', '公路'])).toEqual([]);
    expect(hits(['澳新', '关系'])).toEqual([]);
  });

  it('reads 京, 沪 after a travel verb, and 港 only after 访, 来 or 赴', () => {
    expect(hits(['在京', '出席'])).toEqual([['京', 'place-travel']]);
    expect(hits(['赴', '沪', '考察'])).toEqual([['沪', 'place-travel']]);
    expect(hits(['来', '港', '访问'])).toEqual([['港', 'place-travel']]);
    expect(hits(['船舶', '离', '港'])).toEqual([]);
    expect(hits(['在', '京剧院'])).toEqual([]);
    expect(hits(['京', '出席'])).toEqual([]);
  });
});

describe('typhoon names', () => {
  it('tells positions inside a typhoon name from the text around it', () => {
    const text = '受台风“苏拉”影响，苏拉在江苏。';
    expect(insideTyphoonName(text, 4)).toBe(true);
    expect(insideTyphoonName(text, 5)).toBe(true);
    expect(insideTyphoonName(text, 10)).toBe(false);
    expect(insideTyphoonName('台风杜苏芮过境', 2)).toBe(true);
  });
});
