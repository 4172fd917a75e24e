// Dictionary fixes from the precision hunt over the recognizer's mentions in 新闻联播 (seed 1206, K2 and K3): leaders the
// recognizer found but no dictionary held (李斌 and 王刚 only after their titles; 徐匡迪, 李作成), and the short forms of
// national bodies it read but left unlinked: the NPC's and the CPPCC's special committees, 外汇管理局, 标准委. Sentences
// are from 新闻联播 2022–2024 and People's Daily 1998-01.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { paragraphMentions } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph of an article dated `date`, as [text, entity] pairs, in text order. */
const mentions = (body: string, date = '2024-01-02'): Array<[string, string | null]> =>
  paragraphMentions(pipeline, `---\ntitle: '标题'\ndate: ${date} 10:00\n---\n\n<div><p>${body}</p></div>\n`);
const ids = (body: string, date?: string): Array<string | null> => mentions(body, date).map(([, id]) => id);

describe('李斌, vice-chair and secretary-general of the CPPCC, only after her titles', () => {
  it.each([
    ['2022-12-14', '全国政协副主席兼秘书长李斌等分别就有关议题作了说明。'],
    ['2023-01-15', '全国政协副主席张庆黎主持开幕会，全国政协副主席兼秘书长李斌等就有关议题作了说明。'],
  ])('%s %s', (date, body) => {
    expect(mentions(body, date)).toContainEqual(['李斌', 'person:li-bin']);
  });
  it('not the Xinhua reporter of 1998, nor the other 李斌 of a list that writes her 李斌（女）', () => {
    // Her titles still name her in an article of 1998's kind; the reporter's byline does not.
    expect(
      ids('新华社北京１月２３日电（记者李斌）国务委员宋健今天在中科院古脊椎动物与古人类研究所考察。', '1998-01-24'),
    ).not.toContain('person:li-bin');
    expect(
      ids('夏宝龙、杨传堂、李斌（女）、巴特尔、汪永清。杜江峰、李屹、李伟、李利、李斌、李谠、李群。', '2022-11-30'),
    ).not.toContain('person:li-bin');
    expect(mentions('全国政协副主席兼秘书长李斌出席。', '2022-11-30')).toContainEqual(['李斌', 'person:li-bin']);
  });
});

describe('王刚, the head of the State Archives in 1998, only after his titles', () => {
  it('after his titles, not the actor of the same news nor the NPC Standing Committee member of 2023', () => {
    expect(
      mentions(
        '中共中央办公厅副主任、国家档案局局长、中央档案馆馆长王刚在会上指出，今年全国档案工作的主要任务是',
        '1998-01-20',
      ),
    ).toContainEqual(['王刚', 'person:wang-gang-1942']);
    expect(
      ids('由东方歌舞团和成方圆音乐工作室操办的那台王刚、成方圆伉俪联袂主演的音乐剧《音乐之声》', '1998-01-23'),
    ).not.toContain('person:wang-gang-1942');
    expect(
      ids('常委会委员庞丽娟、唐华俊、丛斌、许为钢、王刚和徐淙祥、张淑萍等与会同志围绕完善政策', '2023-08-30'),
    ).not.toContain('person:wang-gang-1942');
    expect(ids('全国人大常委会委员王刚发言。', '2023-08-30')).not.toContain('person:wang-gang-1942');
  });
});

describe('徐匡迪 and 李作成', () => {
  it('徐匡迪, mayor of Shanghai in 1998 and in lists of retired leaders', () => {
    expect(mentions('交通部部长黄镇东，上海市市长徐匡迪，国务院副秘书长石秀诗出席。', '1998-01-28')).toContainEqual([
      '徐匡迪',
      'person:xu-kuangdi',
    ]);
    expect(
      mentions('宋健、胡启立、王忠禹、李贵鲜、张克辉、郝建秀、徐匡迪、张怀西、李蒙、廖晖', '2023-01-19'),
    ).toContainEqual(['徐匡迪', 'person:xu-kuangdi']);
  });
  it('李作成, former member of the CMC', () => {
    expect(mentions('中央军委委员李尚福、刘振立、苗华、张升民，以及李作成同志出席会议。', '2022-10-24')).toContainEqual(
      ['李作成', 'person:li-zuocheng'],
    );
  });
});

describe("the NPC's special committees by the news's abbreviations", () => {
  it('in a list after 全国人大民委', () => {
    const found = mentions(
      '审议全国人大民委、监察司法委、财经委、教科文卫委、外事委、环资委、社会建设委分别提出的关于十三届全国人大一次会议主席团交付审议的代表提出的议案审议结果的报告。',
      '2022-10-13',
    );
    expect(found).toContainEqual(['监察司法委', 'organization:npc-supervisory-judicial-committee']);
    expect(found).toContainEqual(['教科文卫委', 'organization:npc-education-science-culture-health-committee']);
    expect(found).toContainEqual(['环资委', 'organization:npc-environment-resources-committee']);
    expect(found).toContainEqual(['社会建设委', 'organization:npc-social-development-committee']);
  });
  it('alone, and not inside a provincial congress’s committee (省人大教科文卫委员会, 省人大社会建设委员会)', () => {
    expect(mentions('环资委提出了关于提请审议青藏高原生态保护法草案的议案。', '2022-12-27')).toContainEqual([
      '环资委',
      'organization:npc-environment-resources-committee',
    ]);
    for (const body of [
      '省人大教科文卫委员会主任出席会议。',
      '广东省人大社会建设委员会召开会议。',
      '省人大监察司法委员会召开会议。',
    ])
      expect(ids(body).filter((id) => id?.startsWith('organization:npc-'))).toEqual([]);
  });
  it('常委会代表资格审查委员会 is the NPC’s; the Party congress’s 代表资格审查委员会 is not', () => {
    expect(mentions('审议常委会代表资格审查委员会关于个别代表的代表资格的报告。', '2024-08-27')).toContainEqual([
      '常委会代表资格审查委员会',
      'organization:npc-credentials-committee',
    ]);
    expect(ids('出席党的二十大代表资格，届时还需经党的二十大代表资格审查委员会确认。', '2022-09-25')).not.toContain(
      'organization:npc-credentials-committee',
    );
  });
});

describe("the CPPCC's special committees, named bare", () => {
  it('in the list of its committees', () => {
    const found = mentions(
      '决定设置提案委员会、经济委员会、农业和农村委员会、人口资源环境委员会、教科卫体委员会、社会和法制委员会、民族和宗教委员会、港澳台侨委员会、外事委员会、文化文史和学习委员会十个专门委员会。',
      '2023-03-13',
    );
    expect(found).toContainEqual(['农业和农村委员会', 'organization:cppcc-agriculture-rural-affairs-committee']);
    expect(found).toContainEqual(['教科卫体委员会', 'organization:cppcc-education-science-health-sports-committee']);
    expect(found).toContainEqual(['社会和法制委员会', 'organization:cppcc-social-legal-affairs-committee']);
    expect(found).toContainEqual(['民族和宗教委员会', 'organization:cppcc-ethnic-religious-affairs-committee']);
    expect(found).toContainEqual(['文化文史和学习委员会', 'organization:cppcc-culture-history-study-committee']);
    // The NPC's 农业与农村委员会 is another body.
    expect(found.map(([, id]) => id)).not.toContain('organization:npc-agriculture-rural-affairs-committee');
  });
  it('acting on its own', () => {
    expect(mentions('民族和宗教委员会组织部分全国政协委员赴西藏视察。', '2024-06-12')).toContainEqual([
      '民族和宗教委员会',
      'organization:cppcc-ethnic-religious-affairs-committee',
    ]);
  });
  it("not in a member's title, former or present, which holds it as 国防部长 holds the ministry", () => {
    const found = mentions(
      '中央纪委国家监委对十四届全国政协原常委、民族和宗教委员会原副主任苟仲文严重违纪违法问题进行了审查调查。',
      '2024-12-12',
    );
    expect(found.map(([, id]) => id)).not.toContain('organization:cppcc-ethnic-religious-affairs-committee');
    expect(found).toContainEqual(['苟仲文', 'person:~苟仲文']);
  });
});

describe('外汇管理局 and 标准委', () => {
  it('外汇管理局 alone is SAFE', () => {
    expect(mentions('国务院总理李克强30日到人民银行、外汇管理局考察，主持召开座谈会。', '2023-01-31')).toContainEqual([
      '外汇管理局',
      'organization:safe',
    ]);
  });
  it('标准委 after its parent, the SAMR, not the start of any 标准委员会', () => {
    expect(mentions('市场监管总局（标准委）近日发布了6项婴童用品国家标准。', '2023-06-02')).toContainEqual([
      '标准委',
      'organization:sac-standards',
    ]);
    expect(ids('国际电工标准委员会发布新标准。')).not.toContain('organization:sac-standards');
  });
});

describe('the central commission on institutions and the Panchen Lama (focus gold dev8 284 and 294)', () => {
  it('links 中央编委 and 中央编办 to the commission and its office, no longer two names of their own', () => {
    expect(mentions('文章指出，中央编委担负着加强党和国家机构职能体系建设的重要职责。')).toContainEqual([
      '中央编委',
      'organization:central-institutional-organization-commission',
    ]);
    expect(mentions('近日，中央编办等五部门联合印发通知。')).toContainEqual([
      '中央编办',
      'organization:central-institutional-organization-office',
    ]);
  });
  it('gives the Panchen Lama named in full and as 班禅 one entry', () => {
    // 中国佛教协会副会长 is a title: the association in it is no mention, the country written in it is.
    const body = '中国佛教协会副会长班禅额尔德尼·确吉杰布完成为期5个多月的学习调研。在西藏期间，班禅先后前往拉萨。';
    expect(mentions(body)).toEqual([
      ['中国', 'country:CN'],
      ['班禅额尔德尼·确吉杰布', 'person:gyaincain-norbu'],
      ['西藏', 'place:cn-54'],
      ['班禅', 'person:gyaincain-norbu'],
      ['拉萨', 'place:cn-5401'],
    ]);
  });
});

describe('chambers of commerce named with countries (the dictionary-link hunt of seed 7171)', () => {
  it('reads 中国美国商会, 中国欧盟商会 and 英中贸易协会 as one body each, no country inside', () => {
    expect(mentions('应中国美国商会邀请，国家副主席韩正出席年度答谢晚宴。')).toContainEqual([
      '中国美国商会',
      'organization:amcham-china',
    ]);
    expect(ids('中国欧盟商会调查显示，中国仍是前三位投资目的地。')).toEqual([
      'organization:eu-chamber-china',
      'country:CN',
    ]);
    expect(ids('李强会见英中贸易协会访华团。')).toEqual(['person:li-qiang', 'organization:cbbc']);
    expect(mentions('李强会见美国商会访华团。')).toContainEqual(['美国商会', 'organization:us-chamber-of-commerce']);
  });
});

describe("Brunei's sultan (the dictionary-link hunt of seed 7171: 苏丹 read as Sudan)", () => {
  it('reads 哈桑纳尔苏丹 and 文莱达鲁萨兰国苏丹 without Sudan', () => {
    expect(ids('习近平主席对哈桑纳尔苏丹的亲切问候表示感谢。')).toEqual([
      'person:xi-jinping',
      'person:hassanal-bolkiah',
    ]);
    expect(ids('文莱达鲁萨兰国苏丹哈桑纳尔表示。')).toEqual(['country:BN', 'person:hassanal-bolkiah']);
    expect(ids('联合国呼吁苏丹各方停火。')).toContain('country:SD');
  });
});
