// Dictionary fixes from the error hunts over 新闻联播 (seed 419) and People's Daily 1998-01 (seed 307): a county that
// starts with a person's name, the short form of a forestry district, football clubs, a magazine, a company the
// recognizer read as a place, and the Gulf written 海湾.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { article, rawDoc } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string, title = '标题'): Array<[string, string | null]> =>
  (pipeline.run(rawDoc(article(body, title))).mentions ?? [])
    .filter((m) => m.block === 1)
    .map((m) => [m.text, m.entity]);

describe('哈里斯县 is Harris County, not Kamala Harris', () => {
  it.each([
    ['据福克斯新闻报道，有毒废物的运输目的地包括得克萨斯州休斯敦市、哈里斯县和密歇根州等。'],
    ['目前约189万升废水已经运抵得州哈里斯县，还有约567万升即将抵达。'],
  ])('%s', (body) => {
    const found = mentions(body);
    expect(found).toContainEqual(['哈里斯县', 'place:harris-county']);
    expect(found.map(([, id]) => id)).not.toContain('person:kamala-harris');
  });
  it('哈里斯 alone is still the vice-president', () => {
    expect(mentions('应约同美国副总统哈里斯简短交谈。')).toContainEqual(['哈里斯', 'person:kamala-harris']);
  });
});

describe('the short forms of 神农架林区 and 六枝特区 (qualified: right after their province)', () => {
  it.each([
    ['在湖北神农架，天然林中的树木呈现五彩斑斓的色彩。', '神农架'],
    ['近期神农架林区对金丝猴的第四次调查结果显示。', '神农架林区'],
  ])('%s → %s', (body, text) => {
    expect(mentions(body)).toContainEqual([text, 'place:cn-429021']);
  });
  it('六枝 names 六枝特区 right after 贵州', () => {
    expect(mentions('花江峡谷大桥是贵州六枝至安龙高速公路的控制性工程。')).toContainEqual(['六枝', 'place:cn-520203']);
  });
  it('神农架林 is no form of it', () => {
    expect(mentions('湖北神农架林业局组织人员巡山。').map(([text]) => text)).not.toContain('神农架林');
  });
});
