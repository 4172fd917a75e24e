// Dictionary fixes from the error hunts over 新闻联播 (seed 419) and People's Daily 1998-01 (seed 307): a county that
// starts with a person's name, the short form of a forestry district, football clubs, a magazine, a company the
// recognizer read as a place, and the Gulf written 海湾.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { article, paragraphMentions } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string, title = '标题'): Array<[string, string | null]> =>
  paragraphMentions(pipeline, article(body, title));
const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);

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

describe('football clubs of 1998', () => {
  it.each([
    [
      '诸如万达队的李明、申花队的申思和国安队的外籍球员冈玻斯，都是过硬的中场球星。',
      '万达队',
      'organization:dalian-wanda-fc',
    ],
    [
      '诸如万达队的李明、申花队的申思和国安队的外籍球员冈玻斯，都是过硬的中场球星。',
      '申花队',
      'organization:shanghai-shenhua-fc',
    ],
    [
      '诸如万达队的李明、申花队的申思和国安队的外籍球员冈玻斯，都是过硬的中场球星。',
      '国安队',
      'organization:beijing-guoan-fc',
    ],
    ['本报讯上海申花队年轻的中场核心申思当选最佳中场球员。', '上海申花队', 'organization:shanghai-shenhua-fc'],
    ['大连万达队前锋郝海东包揽了最佳射手等奖项。', '大连万达队', 'organization:dalian-wanda-fc'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('万达 alone is not the club', () => {
    expect(ids('万达集团在当地投资建设文旅项目。')).not.toContain('organization:dalian-wanda-fc');
  });
});

describe('Time magazine', () => {
  it('美国《时代》周刊', () => {
    expect(mentions('这一疗法获得美国《时代》周刊１９９６年度十大科技成果之一。')).toContainEqual([
      '《时代》周刊',
      'organization:time-magazine',
    ]);
  });
  it('德国《时代》周报 is Die Zeit, not Time', () => {
    expect(ids('德国《时代》周报网站近日刊文。')).not.toContain('organization:time-magazine');
  });
});

describe('中汇, the pharmaceutical company', () => {
  it('中汇 names the company in an article that names it in full', () => {
    const found = mentions(
      '笔者日前来到设在成都市区的中国中医研究院中汇制药公司采访。中汇是一个朝阳企业。中汇的新药开发，坚持走高起点。',
    );
    expect(found).toContainEqual(['中国中医研究院中汇制药公司', 'organization:zhonghui-pharma']);
    expect(found).toContainEqual(['中汇', 'organization:zhonghui-pharma']);
    expect(found.map(([, id]) => id)).not.toContain('place:~中汇');
  });
  it('中汇 is nothing elsewhere', () => {
    expect(ids('各地要集中汇报工作进展。')).not.toContain('organization:zhonghui-pharma');
  });
});

describe('海湾 is the Gulf only where the article says so', () => {
  it('right after 中东', () => {
    expect(mentions('推动海合会成为中东海湾最具活力的地区组织。')).toContainEqual(['海湾', 'place:gulf-region']);
  });
  it('where the recognizer reads a place 海湾 (a `recognized` form), though the article names neither 中东 nor 海湾地区', () => {
    expect(mentions('一些国际商船的船长抱怨游弋在海湾的美国和英国军舰无理阻挠。')).toContainEqual([
      '海湾',
      'place:gulf-region',
    ]);
    expect(mentions('７年前的今天，海湾战争全面爆发，５万多名英国官兵参战。')).toContainEqual([
      '海湾',
      'place:gulf-region',
    ]);
  });
  it.each([
    ['我国出台《美丽海湾建设提升行动方案》，持续推进美丽海湾建设。'],
    ['今天，渤海湾辽鲁航线21艘船舶停航。'],
    ['全国有102个海湾水质状况同比改善。'],
  ])('no Gulf in %s', (body) => {
    expect(ids(body)).not.toContain('place:gulf-region');
  });
});
