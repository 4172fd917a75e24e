import { describe, expect, it } from 'vitest';
import { endsWithSiteWord, siteSpan, siteWordAt } from '../src/nlp/rules/places.js';

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
