// Dictionary places from the recall hunt over 新闻联播 (seed 4417, kinds 1, 5 and 6): sub-provincial regions written
// as a province's one-character abbreviation and a direction (皖北, 粤西, 川西北), canals (平陆运河, 江淮运河, 浙东运河)
// and national parks (海南热带雨林国家公园, 东北虎豹国家公园, 大熊猫国家公园). The sentences are from the corpora.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { article, paragraphMentions } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string, title = '标题'): Array<[string, string | null]> =>
  paragraphMentions(pipeline, article(body, title));
const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);

describe('a province abbreviation and a direction is a region of that province', () => {
  it.each([
    ['缓解淮河流域皖北和豫东5000多万人口的水资源短缺。', '皖北', 'place:wanbei'],
    ['缓解淮河流域皖北和豫东5000多万人口的水资源短缺。', '豫东', 'place:yudong-henan'],
    ['在安徽，按照皖南、皖中、皖北地域资源特点，拓展粮油、果蔬。', '皖中', 'place:wanzhong'],
    ['在安徽，按照皖南、皖中、皖北地域资源特点，拓展粮油、果蔬。', '皖南', 'place:wannan'],
    ['带动和推进粤东、粤西、粤北地区更好承接珠三角地区的产业有序转移。', '粤东', 'place:yuedong'],
    ['带动和推进粤东、粤西、粤北地区更好承接珠三角地区的产业有序转移。', '粤西', 'place:yuexi'],
    ['带动和推进粤东、粤西、粤北地区更好承接珠三角地区的产业有序转移。', '粤北', 'place:yuebei'],
    ['一步完善了云南路网结构，成为滇中、滇东南两个城市群之间的边界运输通道。', '滇中', 'place:dianzhong'],
    ['我国“西电东送”重要工程——陇东至山东±800千伏特高压直流工程。', '陇东', 'place:longdong'],
    ['“引洮河水，解陇中渴”是几代甘肃人的夙愿。', '陇中', 'place:longzhong'],
    ['目前，我国已形成涪陵、川南、黔北、鄂西4个页岩气勘探开发示范基地。', '川南', 'place:chuannan'],
    ['目前，我国已形成涪陵、川南、黔北、鄂西4个页岩气勘探开发示范基地。', '鄂西', 'place:exi'],
    ['宁德位于福建东北部，俗称闽东。', '闽东', 'place:mindong'],
    ['地处浙中大盘山深处的花溪村。', '浙中', 'place:zhezhong'],
    ['豫中地区进入收获高峰，豫北麦收即将大规模展开。', '豫北', 'place:yubei-henan'],
    ['在赣南革命老区江西兴国，人们缅怀革命先烈。', '赣南', 'place:gannan-jiangxi'],
    ['无情冰雪锁藏北，救援物资八方来。', '藏北', 'place:zangbei'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('a region after a province abbreviation is not the macro-region inside it', () => {
  it.each([
    ['一步完善西部地区铁路网，填补川西北地区没有铁路的空白。', 'place:chuanxibei', 'place:northwest-china'],
    ['建成后，能有效保障川东北地区4个市13个县区用水问题。', 'place:chuandongbei', 'place:northeast-china'],
    ['可实现渝东北与湖北利川、恩施的高速公路互联互通。', 'place:yudongbei-chongqing', 'place:northeast-china'],
    ['因地制宜，在风、光资源富集的辽西北地区发展陆上风光基地。', 'place:liaoxibei', 'place:northwest-china'],
  ])('%s', (body, id, not) => {
    const found = ids(body);
    expect(found).toContain(id);
    expect(found).not.toContain(not);
  });
});

describe('a site named after a region stays one site', () => {
  it('闽西革命烈士陵园', () => {
    const found = mentions('在浙东抗战老兵纪念园、闽西革命烈士陵园、黑龙江汤原抗联纪念馆等地，人们缅怀先烈。');
    expect(found).toContainEqual(['闽西革命烈士陵园', 'place:minxi-martyrs-cemetery']);
    expect(found.map(([, id]) => id)).not.toContain('place:minxi');
  });
});

describe('a province name followed by a direction or a place is no region', () => {
  it.each([
    ['位于江苏南部的苏州，经济发达。', 'place:sunan'],
    ['在四川南充，技术人员“送检下乡”，协助农户防治病虫害。', 'place:chuannan'],
    ['在四川北川，羌歌羌舞展演等丰富多彩的活动吸引游客。', 'place:chuanbei'],
    ['连日来，四川西昌邛海湿地迎来大批越冬候鸟。', 'place:chuanxi'],
    ['西藏东部、青海南部、四川西部以及新疆北部将有小雪。', 'place:chuanxi'],
    ['为西藏北部地区提供更加可靠的清洁电能。', 'place:zangbei'],
  ])('%s has no %s', (body, id) => {
    expect(ids(body)).not.toContain(id);
  });
  it('四川南充 stays 四川 + 南充', () => {
    const found = mentions('在四川南充，技术人员“送检下乡”，协助农户防治病虫害。');
    expect(found).toContainEqual(['四川', 'place:cn-51']);
    expect(found).toContainEqual(['南充', 'place:cn-5113']);
  });
});

describe('canals', () => {
  it('平陆运河', () => {
    expect(mentions('在广西钦州，平陆运河控制性枢纽工程建设正酣。')).toContainEqual(['平陆运河', 'place:pinglu-canal']);
  });
  it('江淮运河 is the canal, not the Jianghuai region', () => {
    const found = mentions('依托引江济淮工程的江淮运河也加快建设。至此，江淮运河全线贯通。');
    expect(found).toContainEqual(['江淮运河', 'place:jianghuai-canal']);
    expect(found.map(([, id]) => id)).not.toContain('place:jiang-huai');
  });
  it('浙东运河 is the canal, not the eastern Zhejiang region', () => {
    const found = mentions('兴市因运河而兴，大运河延伸段——浙东运河穿城而过。');
    expect(found).toContainEqual(['浙东运河', 'place:zhedong-canal']);
    expect(found.map(([, id]) => id)).not.toContain('place:zhedong');
  });
  it('浙东运河文化园 stays one site, the canal inside it is no mention of its own', () => {
    const found = mentions('习近平乘车来到位于绍兴的浙东运河文化园考察，详细了解浙东运河发展演变史。');
    expect(found).toContainEqual(['浙东运河文化园', 'place:zhedong-canal-culture-park']);
    expect(found).toContainEqual(['浙东运河', 'place:zhedong-canal']);
    expect(found.filter(([, id]) => id === 'place:zhedong-canal')).toHaveLength(1);
  });
  it('京杭运河 is the Grand Canal', () => {
    expect(mentions('整治一新的京杭运河苏南段，极大地改善了航运条件。')).toContainEqual([
      '京杭运河',
      'place:grand-canal',
    ]);
  });
});

describe('national parks', () => {
  it.each([
    [
      '海南推进热带雨林国家公园建设，研究起草生物多样性保护条例。',
      '热带雨林国家公园',
      'place:hainan-rainforest-national-park',
    ],
    ['纳村位于五指山脚下，背靠海南热带雨林国家公园。', '海南热带雨林国家公园', 'place:hainan-rainforest-national-park'],
    ['东北虎豹国家公园东北虎数量超过50只。', '东北虎豹国家公园', 'place:northeast-tiger-leopard-national-park'],
    ['关坝村地处大熊猫国家公园的腹地。', '大熊猫国家公园', 'place:giant-panda-national-park'],
    ['祁连山国家公园全面完成试点，青海湖国家公园创建工作启动。', '祁连山国家公园', 'place:qilianshan-national-park'],
    ['祁连山国家公园全面完成试点，青海湖国家公园创建工作启动。', '青海湖国家公园', 'place:qinghai-lake-national-park'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('the bare 国家公园 is still nothing', () => {
    expect(mentions('我国将陆续设立一批国家公园。').map(([text]) => text)).not.toContain('国家公园');
  });
});

describe('中西部 without 地区 (the recall hunt over 新闻联播, seed 8383)', () => {
  it("is China's central and western region where the news is China's", () => {
    expect(mentions('支持劳动密集型外资企业向中西部、东北地区投资。')).toContainEqual([
      '中西部',
      'place:central-west-region',
    ]);
    expect(mentions('陕西是我国中西部的重要省份。')).toContainEqual(['中西部', 'place:central-west-region']);
  });
  it('keeps 地区 where the text writes it, as the gold does (中西部地区)', () => {
    expect(mentions('今年以来，我国中西部地区进出口快速增长。')).toContainEqual([
      '中西部地区',
      'place:central-west-region',
    ]);
  });
  it('is no region of China after another country or place, nor in a run of directions (美中西部, 东中西部)', () => {
    expect(ids('美中西部遭遇龙卷风。')).not.toContain('place:central-west-region');
    expect(ids('风暴席卷美国中西部多州。')).not.toContain('place:central-west-region');
    expect(ids('这种饮品在内蒙古中西部迅速火了起来。')).not.toContain('place:central-west-region');
    expect(ids('要深化东中西部合作。')).toEqual([]);
    expect(ids('从东中西部地区看，东部地区农村小城镇发展快。')).toEqual(['place:east-region']);
  });
});
