// Organizations, initiatives and people by the modern-news guide, with the built-in dictionaries: when a word jieba
// also lists names a person, ships are no entity, a Chinese name before a dot is whole, and the rules for
// organizations and initiatives below.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { inPersonContext } from '../src/nlp/rules/names.js';
import { teamLeader, typeByHead } from '../src/stages/tag/model-names.js';
import type { PersonEdges } from '../src/nlp/rules/names.js';
import { spanNamesNothing } from '../src/nlp/rules/span-context.js';
import { TITLES } from '../src/nlp/rules/titles.js';
import { article, rawDoc } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string): Array<[string, string | null]> =>
  (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
    .filter((m) => m.block === 1)
    .map((m) => [m.text, m.entity]);
/** The texts of one type's mentions in a paragraph. */
const ofType = (body: string, type: string): string[] =>
  (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
    .filter((m) => m.block === 1 && m.type === type)
    .map((m) => m.text);

/** inPersonContext for the first occurrence of `name` in `text`, with people at the given [start, end) spans. */
const context = (text: string, name: string, people: Array<[number, number]> = []): boolean => {
  const at = text.indexOf(name);
  expect(at).toBeGreaterThanOrEqual(0);
  const edges: PersonEdges = {
    startsAt: (pos) => people.some(([s]) => s === pos),
    endsAt: (pos) => people.some(([, e]) => e === pos),
  };
  return inPersonContext(text, at, at + name.length, edges);
};

describe('a word jieba lists as a name or a word', () => {
  it('names a person where the words around it say so', () => {
    expect(context('沙特外交大臣费萨尔近日在利雅得', '费萨尔')).toBe(true);
    expect(context('罗利表示，特中关系', '罗利')).toBe(true);
    expect(context('钱正英同志逝世', '钱正英')).toBe(true);
    expect(context('并将会见巴赫。', '巴赫')).toBe(true);
    expect(context('【二十大代表风采】孙金龙：要像一颗钢钉', '孙金龙')).toBe(true);
    // In a list next to another person (王永志 at 4–7).
    expect(context('一、授予王永志、王振义、李振声', '王振义', [[4, 7]])).toBe(true);
    expect(context('王晓晖　王祥喜（女）　王清宪', '王祥喜', [[0, 3]])).toBe(true);
  });

  it('names nobody elsewhere: a title another name took, a list of things, no context at all', () => {
    // 主席 belongs to 习近平 (a person ending where the title starts).
    expect(context('宣读习近平主席贺信并致辞', '贺信', [[2, 5]])).toBe(false);
    expect(context('在习近平主席英明领导下', '英明', [[1, 4]])).toBe(false);
    expect(context('主要是夏玉米、夏大豆和南方中晚稻', '夏玉米')).toBe(false);
    expect(context('冰雪马拉松等群众性体育活动', '马拉松')).toBe(false);
  });

  it('is found in the pipeline with context, and propagated to its other mentions', () => {
    expect(
      mentions('沙特外交大臣费萨尔近日在利雅得会见了代表，费萨尔呼吁恢复稳定。').filter(([t]) => t === '费萨尔'),
    ).toHaveLength(2);
    expect(ofType('乘组由航天员费俊龙组成。', 'person')).toEqual(['费俊龙']);
    expect(ofType('宣读习近平主席贺信并致辞。', 'person')).toEqual(['习近平']);
    expect(ofType('冰雪马拉松等群众性体育活动。', 'person')).toEqual([]);
  });
});

describe('ships and craft named in quotes', () => {
  it('are no entity, whether the recognizer took the quote and 号 or not', () => {
    const text = '在考察“泰坦尼克”号邮轮残骸途中';
    const at = text.indexOf('泰坦尼克');
    expect(spanNamesNothing(text, at, at + 4, 'organization')).toBe(true);
    expect(spanNamesNothing(text, at, at + 6, 'organization')).toBe(true);
    expect(spanNamesNothing('“金科·皮卡第”号货船', 1, 7, 'person')).toBe(true);
  });

  it('leave a quoted name before anything else, and 号召, alone', () => {
    expect(spanNamesNothing('“王海大队”命名仪式', 1, 3, 'person')).toBe(false);
    expect(spanNamesNothing('响应“雷锋”号召', 3, 5, 'person')).toBe(false);
  });

  it('take a freighter named in quotes before 轮 and a spacecraft named after a person', () => {
    expect(mentions('“天惠”轮货船主要承担新站建设的物资运送任务。')).toEqual([]);
    expect(mentions('我国在西昌卫星发射中心成功将爱因斯坦探针卫星发射升空。')).toEqual([
      ['西昌卫星发射中心', 'place:xichang-launch'],
    ]);
    // A person's name before anything else stays a person.
    expect(spanNamesNothing('爱因斯坦提出相对论', 0, 4, 'person')).toBe(false);
  });
});

describe("a person's name opening a quotation", () => {
  it.each([
    ['空军“王海大队”是一支英雄部队。', '王海'],
    ['授予陆军某合成旅“杨根思连”“时代楷模”称号。', '杨根思'],
    ['其中，“小偃6号”能同时抵抗8个小种的条锈病。', '小偃'],
    ['加州北部一处名为“帕克”的林火蔓延迅速。', '帕克'],
    ['击毁美制“哈姆”反辐射导弹。', '哈姆'],
  ])('names a thing, a unit or a scheme after someone: %s', (body, name) => {
    expect(ofType(body, 'person')).not.toContain(name);
  });
  it.each([
    ['他的名字喊了几遍：“周刚师傅，来信了”。', '周刚'],
    ['买到标明作者为『刘海粟』的山水画。', '刘海粟'],
    ['要传承好、发展好“路易·艾黎精神”，支持两国地方交流。', '路易·艾黎'],
  ])('is still a person where speech opens with it or it is quoted alone: %s', (body, name) => {
    expect(ofType(body, 'person')).toContain(name);
  });
});

describe("a recognizer's person that is a craft's serial or a place", () => {
  it('is no person with Latin letters beside Chinese characters (风云三号F星)', () => {
    expect(ofType('气象风云三号F星正式投入业务运行。', 'person')).toEqual([]);
  });
  it('stays a person written in Latin letters alone', () => {
    expect(ofType('而另一封署名Ｍａｒｋ的来信只有短短的几行。', 'person')).toEqual(['Ｍａｒｋ']);
  });
  it.each([
    ['钢厂面貌焕然一新，为斯梅戴雷沃市的发展提供了有力支撑。', '斯梅戴雷沃市'],
    ['韩国政府宣布发生坠机事故的务安郡为特别灾难地区。', '务安郡'],
  ])('is a place ending as a town or division does: %s', (body, name) => {
    expect(ofType(body, 'place')).toContain(name);
    expect(ofType(body, 'person')).not.toContain(name);
  });
});

describe("a recognizer's organization cut at its head", () => {
  it.each([
    ['习近平向发展中国家科学院第16届学术大会致贺信。', '国家科学院'],
    ['日前，多家上市航空公司公布3月份运营数据。', '市航空公司'],
  ])('names nothing where it starts inside a word, after a free character: %s', (body, cut) => {
    expect(ofType(body, 'organization')).not.toContain(cut);
  });
  it('stays where a function word stands before it, to be joined to its head (环境与资源保护委员会)', () => {
    expect(ofType('全国人大财政经济委员会、环境与资源保护委员会、社会建设委员会负责人。', 'organization')).toContain(
      '环境与资源保护委员会',
    );
  });
});

describe("a recognizer's place or person cut at its head", () => {
  it.each([
    ['云南怒江州丙中洛镇地处高黎贡山与碧罗雪山间。', 'person', '黎贡山'],
    ['美国加利福尼亚州洛杉矶地区英格尔伍德7日发生枪击。', 'person', '格尔伍德'],
    ['梅花也绽放在江苏扬州瘦西湖边。', 'place', '西湖'],
  ])('names nothing where it starts inside a word, after a free character: %s', (body, type, cut) => {
    expect(ofType(body, type)).not.toContain(cut);
  });
  it.each([
    ['塞尔维亚外长久里奇表示，塞方坚定支持一个中国原则。', 'person', '久里奇'],
    ['洛杉矶县长滩市已宣布暂时关闭所有公共海滩。', 'place', '长滩市'],
    // (驻澳门部队 itself is the Macao garrison, an organization of the dictionaries.)
    ['习近平视察驻澳门某部。', 'place', '澳门'],
  ])('stays after a title or a character the segmenter glues to a name: %s', (body, type, name) => {
    expect(ofType(body, type)).toContain(name);
  });
});

describe("a recognizer's organization cut at its tail", () => {
  it.each([
    ['中华民族的强大向心力，照见了中华儿女团结凝聚、踔厉奋发的昂扬姿态。', '中华儿女团'],
    ['海地安全局势近期急剧恶化，首都多地发生暴力事件。', '海地安全局'],
    ['此外，在参展商联盟大会上，80家企业及机构签约。', '参展商联盟大'],
  ])('names nothing where its last character starts the next word: %s', (body, cut) => {
    expect(ofType(body, 'organization')).not.toContain(cut);
  });
  it('stays before a title jieba glues to its last character (纪检监察室主任)', () => {
    const body = '局纪检监察室增加两名干部。举报箱由纪检监察室主任亲自管理。';
    expect(ofType(body, 'organization')).toContain('纪检监察室');
  });
});

describe("a landscape or neighbourhood word after a recognizer's place", () => {
  it.each([
    ['河西走廊巴丹吉林沙漠，大家正忙着压沙。', '巴丹吉林沙漠'],
    ['四川成都西岭雪山景区滑雪场日前开放。', '西岭雪山'],
    ['兰州市安宁区枣林西社区有居民11500多人。', '枣林西社区'],
  ])('is part of its name: %s', (body, name) => {
    expect(ofType(body, 'place')).toContain(name);
  });
});

describe("a county's short form joined to a place of the same province", () => {
  it.each([
    ['大理至瑞丽铁路重点控制性工程加紧建设。', '瑞丽', 'place:cn-533102'],
    ['青藏铁路西宁至格尔木段上线试运行。', '格尔木', 'place:cn-632801'],
  ])('names that county: %s', (body, name, id) => {
    expect(mentions(body)).toContainEqual([name, id]);
  });
  it("names no other province's place (北京东城和朝阳 is not Liaoning's 朝阳)", () => {
    expect(mentions('北京长安街将串联起北京东城和朝阳两区。')).not.toContainEqual(['朝阳', 'place:cn-2113']);
  });
});

describe('江南, a recognized form of the Jiangnan region', () => {
  it('is the region where the recognizer reads a place', () => {
    expect(mentions('未来三天，江南、华南一带仍有大范围降雨。')).toContainEqual(['江南', 'place:jiangnan']);
  });
  it('is a person in a list of people', () => {
    expect(mentions('《女兵方队》中的肖红、江南、丁惠敏等学员初登舞台。')).toContainEqual(['江南', 'person:~江南']);
  });
});

describe('people', () => {
  it('a Chinese name before a middle dot is whole (学雷锋·文明实践), a foreign given name is not', () => {
    expect(mentions('“学雷锋·文明实践我行动”主题活动今天启动。')).toContainEqual(['雷锋', 'person:lei-feng']);
    expect(mentions('哈桑·法德拉拉表示。').map(([t]) => t)).not.toContain('哈桑');
  });

  it('no built-in person has a title in his canonical name (萨勒曼, not 萨勒曼国王)', () => {
    const dir = 'dictionaries';
    const titled: string[] = [];
    for (const f of readdirSync(dir).filter((n) => n.startsWith('people'))) {
      const data = parse(readFileSync(join(dir, f), 'utf8')) as { entries: Array<{ id: string; name: string }> };
      for (const e of data.entries)
        if (TITLES.some((t) => e.name !== t && (e.name.startsWith(t) || e.name.endsWith(t)))) titled.push(e.id);
    }
    expect(titled).toEqual([]);
    expect(mentions('我同萨勒曼国王一道。')).toContainEqual(['萨勒曼', 'person:king-salman']);
  });
});

describe('organizations', () => {
  it('written as the head of an office title are no mention: the title runs on from the name (外交部长, 行长)', () => {
    expect(mentions('伊朗总统莱希、外交部长阿卜杜拉希扬等遇难。').map(([t]) => t)).toEqual([
      '伊朗',
      '莱希',
      '阿卜杜拉希扬',
    ]);
    expect(mentions('世界银行行长马尔帕斯10日表示。').map(([t]) => t)).toEqual(['马尔帕斯']);
    expect(mentions('俄罗斯国防部长别洛乌索夫29日表示。').slice(0, 1)).toEqual([['俄罗斯', 'country:RU']]);
  });

  it('stay when the 长 starts a name of its own (水利部长江委) or the title is a rank (外长级)', () => {
    expect(mentions('今天，水利部长江委加速腾库。')[0]).toEqual(['水利部', 'organization:mwr']);
    expect(mentions('阿拉伯联盟外长级理事会第160次会议举行。')).toEqual([['阿拉伯联盟', 'organization:arab-league']]);
  });

  it('a ministry before 门 is departments (各级农业部门), not the ministry', () => {
    expect(mentions('各级农业部门加强指导。')).toEqual([]);
    // 农业部 is the ministry's name until 2018, an entity of its own (tests/former-bodies.test.ts).
    expect(mentions('农业部发布通知。')).toEqual([['农业部', 'organization:ministry-of-agriculture']]);
  });

  it("after a foreign country, one of China's organizations is that country's (尼泊尔民航局)", () => {
    expect(mentions('尼泊尔民航局的消息说。')).toEqual([['尼泊尔民航局', 'organization:~尼泊尔民航局']]);
    // Not after 在 (where, not whose), nor one whose name says it is China's.
    expect(mentions('参与在韩志愿军烈士遗骸归国安葬。')).toContainEqual([
      '志愿军',
      'organization:chinese-peoples-volunteers',
    ]);
    expect(mentions('中国民航局发布通知。')[0]?.[1]).not.toMatch(/~/);
  });

  it('with a term number in its formal name are one organization (中国共产党第二十届中央纪律检查委员会)', () => {
    expect(mentions('李希同志在中国共产党第二十届中央纪律检查委员会第二次全体会议上的工作报告。')).toContainEqual([
      '中国共产党第二十届中央纪律检查委员会',
      'organization:ccdi',
    ]);
    expect(mentions('中国民主同盟第十三届中央委员会第二次全体会议。')).toEqual([
      ['中国民主同盟第十三届中央委员会', 'organization:~中国民主同盟中央委员会'],
    ]);
    // A term with no body after it is not one.
    expect(mentions('中国共产党第二十次全国代表大会')[0]?.[1]).toBe('organization:cpc');
  });

  it('take the abbreviation of their country before them (黎真主党), whether or not a rule read it', () => {
    expect(mentions('打死多名黎真主党武装成员。')).toEqual([['黎真主党', 'organization:hezbollah']]);
    expect(mentions('黎巴嫩真主党发表声明。')).toEqual([['黎巴嫩真主党', 'organization:hezbollah']]);
  });

  it('that are a whole 《》 title are the newspaper itself (《人民日报》), unlike names inside a title', () => {
    expect(mentions('出版的《人民日报》刊发长篇通讯。')).toEqual([['人民日报', 'organization:peoples-daily']]);
    expect(mentions('《习近平谈治国理政》第四卷出版。')).toEqual([]);
  });

  it('the broadcaster, its channels and composed foreign bodies (总台, 央广, 以色列安全内阁, 利比亚红新月会)', () => {
    expect(mentions('接受总台记者采访时表示。')).toEqual([['总台', 'organization:cmg']]);
    expect(mentions('中央人民广播电台中国之声、央视新闻、央视频同步直播。').map(([, e]) => e)).toEqual([
      'organization:cnr',
      'organization:china-national-radio-voice-of-china',
      'organization:cctv-news-app',
      'organization:yangshipin',
    ]);
    expect(mentions('以色列安全内阁10日晚召开会议。')).toEqual([['以色列安全内阁', 'organization:~以色列安全内阁']]);
    expect(mentions('利比亚红新月会14日称。')).toEqual([['利比亚红新月会', 'organization:~利比亚红新月会']]);
  });

  it('a newspaper or magazine named in 《》 is an organization of that name (《开普时报》, 《国会山报》), a document is not', () => {
    expect(mentions('南非《星报》、《开普时报》报道。美国《国会山报》网站。')).toEqual([
      ['南非', 'country:ZA'],
      ['星报', 'organization:~星报'],
      ['开普时报', 'organization:~开普时报'],
      ['美国', 'country:US'],
      ['国会山报', 'organization:~国会山报'],
    ]);
    // The country in a paper's name is part of it; a communiqué or a play is no paper.
    expect(mentions('俄罗斯《俄罗斯报》刊文。')).toEqual([
      ['俄罗斯', 'country:RU'],
      ['俄罗斯报', 'organization:~俄罗斯报'],
    ]);
    expect(mentions('双方发表《联合公报》。').filter(([, e]) => e?.startsWith('organization'))).toEqual([]);
    expect(mentions('《红嫂》剧组来到沂蒙山区。').filter(([, e]) => e?.startsWith('organization'))).toEqual([]);
  });

  it("take their type from their head noun where the recognizer's differs (博物馆, 军区, 核电站)", () => {
    expect(typeByHead('奥赛博物馆', 'LOC')).toBe('ORG');
    expect(typeByHead('志贺核电站', 'ORG')).toBe('LOC');
    expect(typeByHead('晋察冀军区', 'LOC')).toBe('ORG');
    expect(typeByHead('天津警备区', 'LOC')).toBe('ORG');
    expect(typeByHead('奥赛', 'LOC')).toBe('LOC');
    expect(typeByHead('国家电网', 'ORG')).toBe('ORG');
  });

  it("read a place's form of the dictionaries as a place where the recognizer read an organization (海淀、西城)", () => {
    const text = '广州地铁新线路途经天河、白云、越秀、荔湾和海珠五个区。上海长宁、普陀、静安、黄浦、虹口、杨浦六个区。';
    expect(mentions(text)).toContainEqual(['越秀', 'place:cn-440104']);
    expect(mentions(text)).toContainEqual(['黄浦', 'place:cn-310101']);
  });

  it('named in full are found again by their short name (波音公司 … 波音), not before a model number nor a common word', () => {
    expect(mentions('菲律宾航空公司正在和美国波音公司谈判，波音的日子不好过。')).toContainEqual([
      '波音',
      'organization:boeing',
    ]);
    expect(mentions('美国波音公司表示，一架波音737客机返航。').filter(([t]) => t === '波音')).toEqual([]);
    expect(mentions('德国大众汽车公司败诉，大众不服。').filter(([t]) => t === '大众')).toEqual([]);
    // A company named after its trade is none by its trade alone.
    expect(mentions('揭阳烟草公司查获假烟，烟草市场秩序好转。').filter(([t]) => t === '烟草')).toEqual([]);
  });

  it('whose name joins two words with 和 or 与 are one name, with the country or place before them (河南省发展和改革委员会)', () => {
    expect(mentions('听取了经济委员会、民族和宗教委员会、文化文史和学习委员会的汇报。').map(([t]) => t)).toEqual([
      '经济委员会',
      '民族和宗教委员会',
      '文化文史和学习委员会',
    ]);
    expect(mentions('河南省发展和改革委员会表示。导弹袭击了以色列情报和特勤局总部。')).toEqual([
      ['河南省发展和改革委员会', 'organization:~河南省发展和改革委员会'],
      ['以色列情报和特勤局', 'organization:~以色列情报和特勤局'],
    ]);
    // Not a list of two bodies.
    expect(mentions('四川农业大学温江校区和成都工业学院。').map(([t]) => t)).toContain('成都工业学院');
  });

  it('a delegation or a group sent for a while is no organization: the country or place it comes from is (中国代表团 → 中国)', () => {
    expect(mentions('中国代表团出席。中央宣讲团在各地宣讲。神舟十五号航天员乘组返回。')).toEqual([
      ['中国', 'country:CN'],
    ]);
    // A sports delegation to games is the country's team, as 中国举重队 is (see the tag stage's teams).
    expect(mentions('中国体育代表团出征。')).toEqual([['中国体育代表团', 'organization:~中国体育代表团']]);
    expect(mentions('参加党的二十大西藏代表团讨论。')).toEqual([
      ['党的二十大', 'event:cpc-20th-congress'],
      ['西藏', 'place:cn-54'],
    ]);
  });

  it('a team is no organization: its leader is a person (宋神友团队, 尤肖虎院士团队), a team at work is nothing (飞控团队)', () => {
    expect(mentions('宋神友团队提出了八车道钢壳混凝土沉管。')).toEqual([['宋神友', 'person:~宋神友']]);
    expect(mentions('尤肖虎院士团队创新性地提出新方案。')).toEqual([['尤肖虎', 'person:~尤肖虎']]);
    expect(mentions('目前，飞控团队正密切关注。')).toEqual([]);
    const ranks = new Map([
      ['宋', 25],
      ['飞', 615],
    ]);
    const word = (w: string): boolean => w === '宋代';
    expect(teamLeader('宋神友带领团队攻克难题', 0, 7, ranks, word)).toEqual({ start: 0, end: 3 });
    expect(teamLeader('飞控团队', 0, 4, ranks, word)).toBeNull();
    expect(teamLeader('宋代团队', 0, 4, ranks, word)).toBeNull();
    expect(teamLeader('宋神友小组', 0, 5, ranks, word)).toBeNull();
  });
});

describe("another body's congress", () => {
  it('numbered as the CPC numbers its congresses is no CPC congress (工会十八大, 团十九大, 越共十四大)', () => {
    const events = (body: string): string[] =>
      mentions(body)
        .filter(([, e]) => e?.startsWith('event:'))
        .map(([t]) => t);
    expect(events('中国工会十八大代表。团十九大代表分组讨论。农工党十七大闭幕。支持越方筹备好越共十四大。')).toEqual(
      [],
    );
    expect(events('十八大以来，党中央高度重视。')).toEqual(['十八大']);
  });
});

describe('names inside events and policies', () => {
  it('are mentions of every type (中共 of 中共二十大, 杭州 of 杭州亚运会, 一带一路 of its forum)', () => {
    expect(mentions('热烈祝贺中共二十大胜利召开。')).toContainEqual(['中共', 'organization:cpc']);
    expect(mentions('杭州亚运会开幕。').map(([t]) => t)).toEqual(['杭州', '杭州亚运会']);
    expect(mentions('第三届“一带一路”国际合作高峰论坛取得圆满成功。')).toContainEqual(['一带一路', 'initiative:bri']);
  });

  it('but no organization inside a policy or slogan (大国大党 is no Indian National Congress)', () => {
    expect(mentions('体现了大国大党领袖的风范。')).toEqual([['大国大党', 'policy:major-country-major-party']]);
  });

  it('but inside an initiative only countries and people are (中 of 中欧班列 and 中非命运共同体, 巴 of 中巴经济走廊; no place of 长江)', () => {
    expect(ofType('中欧班列开行。', 'country')).toEqual(['中']);
    // A region's character joins the run (中非), and a shared one is the partner the entry lists (巴 of CPEC: Pakistan).
    expect(ofType('构建新时代中非命运共同体。', 'country')).toEqual(['中']);
    expect(mentions('推进中巴经济走廊建设。')).toEqual([
      ['中', 'country:CN'],
      ['中巴经济走廊', 'initiative:cpec'],
      ['巴', 'country:PK'],
    ]);
    expect(ofType('构建人类命运共同体。', 'place')).toEqual([]);
  });

  it('and no country abbreviations where a name written inside opens the name (巴黎奥运会, 沙特“2030愿景”)', () => {
    // 巴黎 is Paris, not 巴 + 黎 (Lebanon) + 奥 (Austria); 沙特 is Saudi Arabia, not 沙 + 特 (Trinidad and Tobago).
    expect(ofType('巴黎奥运会开幕。', 'country')).toEqual([]);
    expect(mentions('巴黎奥运会开幕。')).toContainEqual(['巴黎', 'place:paris']);
    expect(ofType('共建“一带一路”倡议与沙特“2030愿景”高度契合。', 'country')).toEqual(['沙特']);
  });
});

describe('initiatives', () => {
  it('are the name alone, Five-Year Plans and the overall plans included (“十四五”规划 → 十四五, 五位一体, 四个全面)', () => {
    expect(ofType('统筹推进“五位一体”总体布局，协调推进“四个全面”战略布局。', 'initiative')).toEqual([
      '五位一体',
      '四个全面',
    ]);
    expect(ofType('“十四五”规划实施。', 'initiative')).toEqual(['十四五']);
    expect(ofType('构建人类命运共同体。', 'initiative')).toEqual(['人类命运共同体']);
  });

  it('are not railways or planned zones, which are places (中老铁路, 粤港澳大湾区)', () => {
    expect(mentions('中老铁路开通运营。')).toEqual([['中老铁路', 'place:china-laos-railway']]);
    expect(ofType('推进粤港澳大湾区建设。', 'initiative')).toEqual([]);
    expect(ofType('推进粤港澳大湾区建设。', 'place')).toEqual(['粤港澳大湾区']);
  });

  it('are not read inside the name of an organization (国家乡村振兴局)', () => {
    expect(mentions('农业农村部、国家乡村振兴局开展示范创建。').map(([, e]) => e)).toEqual([
      'organization:moa',
      'organization:national-rural-revitalization-administration',
    ]);
  });
});

describe('refinements over the corpus', () => {
  it('a span that is a title is no person, even after another title (选手王子露 cut short)', () => {
    expect(ofType('中国选手王子露顺利晋级决赛。', 'person')).not.toContain('王子');
  });

  it("全国 and 中央 do not make an organization China's after another country (古巴全国人大)", () => {
    expect(mentions('中国全国人大愿同古巴全国人大共同落实好两国立法机构合作。')).toContainEqual([
      '古巴全国人大',
      'organization:~古巴全国人大',
    ]);
  });
});

describe('more refinements over the corpus', () => {
  it('a ministry the recognizer finds before 门 is departments too (人力资源社会保障部门)', () => {
    expect(spanNamesNothing('各地的人力资源社会保障部门加大招聘', 3, 12, 'organization')).toBe(true);
    expect(spanNamesNothing('人力资源社会保障部发布通知', 0, 9, 'organization')).toBe(false);
    expect(ofType('下一步，商务部门将推动消费。', 'organization')).toEqual([]);
  });

  it('a free abbreviation joins only a name of three characters or more (中央广电总台 is no 中 + 央广)', () => {
    expect(mentions('由中联部和中央广电总台联合主办。')).toContainEqual(['中央广电总台', 'organization:cmg']);
    expect(mentions('由中联部和中央广电总台联合主办。').map(([t]) => t)).not.toContain('中央广');
  });
});

describe('people named only after their titles', () => {
  it('keep a later bare mention when the form is theirs alone (卡拉斯), and are not read inside longer names', () => {
    expect(mentions('欧盟外交和安全政策高级代表卡拉斯表示，卡拉斯说。').filter(([t]) => t === '卡拉斯')).toEqual([
      ['卡拉斯', 'person:kaja-kallas'],
      ['卡拉斯', 'person:kaja-kallas'],
    ]);
    expect(mentions('西班牙选手阿尔卡拉斯战胜头号种子。')).toContainEqual(['阿尔卡拉斯', 'person:~阿尔卡拉斯']);
    expect(mentions('维文版图书出版。')).toEqual([]);
  });
});

describe('names that hold a place (the longest name wins)', () => {
  it('a university named after a place is one organization, named as written, and its place no mention', () => {
    expect(mentions('他毕业于南昌大学，后在澳门科技大学任教。')).toEqual([
      ['南昌大学', 'organization:~南昌大学'],
      ['澳门科技大学', 'organization:~澳门科技大学'],
    ]);
    expect(mentions('南非德班理工大学的学生来访。')).toEqual([
      ['南非', 'country:ZA'],
      ['德班理工大学', 'organization:~德班理工大学'],
    ]);
  });

  it('but not after a country (美国大学: universities in general), nor before 生 (南昌大学生: students of Nanchang)', () => {
    expect(mentions('美国大学学费上涨。')).toEqual([['美国', 'country:US']]);
    expect(mentions('南昌大学生积极参加志愿服务。')).toEqual([['南昌', 'place:cn-3601']]);
  });

  it('a cooperation zone is one place: the province and region characters in its name are not mentions', () => {
    expect(mentions('习近平考察横琴粤澳深度合作区。')).toEqual([
      ['习近平', 'person:xi-jinping'],
      ['横琴粤澳深度合作区', 'place:hengqin-cooperation-zone'],
    ]);
    expect(mentions('河套深港科技创新合作区建设加快推进。')).toEqual([
      ['河套深港科技创新合作区', 'place:hetao-cooperation-zone'],
    ]);
  });
});

describe('an organization named with its country (the longest name wins)', () => {
  it('is one organization, and the country at its head no mention of its own', () => {
    expect(mentions('中国期货业协会有关负责人今天表示。')).toEqual([
      ['中国期货业协会', 'organization:china-futures-association'],
    ]);
    expect(mentions('由中国地质大学与北京大学联合组成的研究团队。')).toEqual([
      ['中国地质大学', 'organization:~中国地质大学'],
      ['北京大学', 'organization:pku'],
    ]);
    expect(mentions('据中国击剑协会报告，美国国家核安全管理局发布消息。')).toEqual([
      ['中国击剑协会', 'organization:~中国击剑协会'],
      ['美国国家核安全管理局', 'organization:~美国国家核安全管理局'],
    ]);
    // 一 after a place alone is "No. 1" (保定一棉厂), part of the name.
    expect(mentions('他生前所在的保定一棉厂的领导经常到家嘘寒问暖。')).toEqual([
      ['保定一棉厂', 'organization:~保定一棉厂'],
    ]);
    // A team or a club is such an organization (厦门远华足球队, 济南泰山足球俱乐部: no Mount Tai).
    expect(mentions('新组建的厦门远华足球队亮相，原济南泰山足球俱乐部移交。')).toEqual([
      ['厦门远华足球队', 'organization:~厦门远华足球队'],
      ['济南泰山足球俱乐部', 'organization:~济南泰山足球俱乐部'],
    ]);
    // One the dictionaries hold is linked whole (中国游泳协会).
    expect(mentions('据中国游泳协会报告。')).toEqual([['中国游泳协会', 'organization:china-swimming-association']]);
  });

  it('but not a kind of organization of that country, an institution, a team or an office', () => {
    expect(mentions('由中国公司承建的柬埔寨首都金边。')).toEqual([
      ['中国', 'country:CN'],
      ['柬埔寨', 'country:KH'],
      ['金边', 'place:phnom-penh'],
    ]);
    expect(mentions('当天，英国部分医院宣布进入紧急状态。')).toEqual([['英国', 'country:GB']]);
    // 一 before the kind makes it one club of the place, not a name (美国丹佛一摩托车俱乐部).
    expect(mentions('美国丹佛一摩托车俱乐部发生冲突和枪击。')).toEqual([
      ['美国', 'country:US'],
      ['丹佛', 'place:denver'],
    ]);
    expect(mentions('英国政府表示。')).toEqual([['英国政府', 'organization:~英国政府']]);
    expect(mentions('中国队获得冠军。')).toEqual([['中国', 'country:CN']]);
    // A title holding the organization leaves the country at its head (法国国防部长 → 法国).
    expect(mentions('中国人民银行行长易纲说。')).toEqual([
      ['中国', 'country:CN'],
      ['易纲', 'person:yi-gang'],
    ]);
  });
});

describe('an organization named with its place (the longest name wins)', () => {
  it('is one organization, and the place at its head no mention of its own', () => {
    expect(mentions('东京电力公司宣布启动排海。')).toEqual([['东京电力公司', 'organization:tepco']]);
    expect(mentions('阿拉斯加航空公司一架客机紧急迫降。')).toEqual([
      ['阿拉斯加航空公司', 'organization:alaska-airlines'],
    ]);
    expect(mentions('夏威夷航空公司一架客机紧急迫降。')).toEqual([['夏威夷航空公司', 'organization:~夏威夷航空公司']]);
    expect(mentions('咸阳偏转集团兼并一家日本企业。')).toEqual([
      ['咸阳偏转集团', 'organization:~咸阳偏转集团'],
      ['日本', 'country:JP'],
    ]);
  });

  it('and a place with its district written in a row heads the name together (北京 + 石景山 of a plant)', () => {
    expect(mentions('总理来到北京石景山发电总厂考察。')).toEqual([
      ['北京石景山发电总厂', 'organization:~北京石景山发电总厂'],
    ]);
  });

  it('but not a branch, an institution, or a headline read whole as one name', () => {
    expect(mentions('北京分公司开业。')).toEqual([['北京', 'place:cn-11']]);
    expect(mentions('上海市人民政府发布通知。')).toEqual([['上海市人民政府', 'organization:~上海市政府']]);
    const doc = pipeline.run(rawDoc(article('今年１月，飞鹰集团公司进城承包医院。', '天津农民进城包医院')));
    expect((doc.mentions ?? []).filter((m) => m.block === 0).map((m) => [m.text, m.entity])).toEqual([
      ['天津', 'place:cn-12'],
    ]);
  });
});

describe('a name whose last character starts the next word', () => {
  it('gives it back: 国 before 家, 社 before 论', () => {
    expect(mentions('以色列国家利益受损。')).toEqual([['以色列', 'country:IL']]);
    expect(mentions('巴勒斯坦国家和人民。')).toEqual([['巴勒斯坦', 'country:PS']]);
    expect(mentions('人民日报社论指出。')).toEqual([['人民日报', 'organization:peoples-daily']]);
    expect(mentions('工信部联合国家标准化管理委员会发布。').map(([, e]) => e)).not.toContain('organization:un');
  });

  it('but keeps a formal name before anything else', () => {
    expect(mentions('以色列国总理表示。')).toEqual([['以色列国', 'country:IL']]);
    expect(mentions('人民日报社社长出席。')).toEqual([['人民日报社', 'organization:peoples-daily']]);
    expect(mentions('美国家庭收入下降。')).toEqual([['美国', 'country:US']]);
  });
});

describe('dictionary entries the reports missed or misread', () => {
  it('names Barings Bank, Phoenix, the Central Rural Work Office and 1998 figures', () => {
    expect(mentions('英国巴林银行宣布倒闭。')).toEqual([
      ['英国', 'country:GB'],
      ['巴林银行', 'organization:barings-bank'],
    ]);
    expect(mentions('亚利桑那州首府菲尼克斯的气温。')).toEqual([
      ['亚利桑那州', 'place:arizona'],
      ['菲尼克斯', 'place:phoenix'],
    ]);
    expect(mentions('中央农办、农业农村部联合发布。')).toEqual([
      ['中央农办', 'organization:central-rural-work-office'],
      ['农业农村部', 'organization:moa'],
    ]);
    expect(mentions('万国权、刘复之出席。孔令辉和刘国梁夺冠。')).toEqual([
      ['万国权', 'person:wan-guoquan'],
      ['刘复之', 'person:liu-fuzhi'],
      ['孔令辉', 'person:kong-linghui'],
      ['刘国梁', 'person:liu-guoliang'],
    ]);
  });
});

describe('kinds of bodies written without an owner', () => {
  it('are no organization or place, while a named one stays', () => {
    expect(mentions('人民检察院移交公安机关办理。各级人大常委会要加强监督。')).toEqual([]);
    expect(mentions('四川、贵州、云南三省建立流域横向生态补偿机制。')).toEqual([
      ['四川', 'place:cn-51'],
      ['贵州', 'place:cn-52'],
      ['云南', 'place:cn-53'],
    ]);
    expect(mentions('全国人大常委会审议了最高人民法院的报告。').map(([, e]) => e)).toEqual([
      'organization:npc-standing-committee',
      'organization:spc',
    ]);
  });
});

describe('ethnic groups named like countries', () => {
  it('蒙古族, 朝鲜族 and 俄罗斯族 are China’s Mongols, Koreans and Russians, not Mongolia, North Korea and Russia', () => {
    expect(
      mentions('巴特尔（蒙古族）、金振吉（朝鲜族）、俄罗斯族同胞出席。').filter(([, e]) => e?.startsWith('country:')),
    ).toEqual([]);
  });

  it('nor are languages and scripts (蒙古文、朝鲜文版, 西班牙语版), nor Orlando and Orange County the Åland Islands', () => {
    expect(mentions('第四卷蒙古文、藏文、朝鲜文版和西班牙语版出版发行。')).toEqual([]);
    expect(mentions('飓风在奥兰多附近登陆。').filter(([, e]) => e === 'country:AX')).toEqual([]);
    // A country before 文化 or 文物 is still the country.
    expect(mentions('荷兰文化周开幕，柬埔寨文物展出。')).toEqual([
      ['荷兰', 'country:NL'],
      ['柬埔寨', 'country:KH'],
    ]);
  });

  it('nor are genres, games and dialects (中国画, 中国话, 中国象棋, 四川话), while painters, pictures and discourse stay', () => {
    expect(mentions('书法、中国画、糖画等展示。比赛项目为中国象棋和围棋。她学说中国话、四川话。')).toEqual([]);
    expect(mentions('中国画家代表团访问巴黎，描绘新时代中国画卷，增强中国话语权。')).toEqual([
      ['中国', 'country:CN'],
      ['巴黎', 'place:paris'],
      ['中国', 'country:CN'],
      ['中国', 'country:CN'],
    ]);
  });

  it('while the countries themselves, and a prefecture named after its peoples, stay', () => {
    expect(mentions('蒙古国总统和朝鲜代表团出席。海西蒙古族藏族自治州。')).toEqual([
      ['蒙古国', 'country:MN'],
      ['朝鲜', 'country:KP'],
      ['海西蒙古族藏族自治州', 'place:cn-6328'],
    ]);
  });
});

describe('parties named after their country', () => {
  it('are organizations of their own (塞尔维亚民主党), while 美国民主党 and the bare 民主党 are the US party', () => {
    expect(mentions('塞尔维亚民主党发表声明，美国民主党人会面。民主党表示反对。')).toEqual([
      ['塞尔维亚民主党', 'organization:~塞尔维亚民主党'],
      ['美国民主党', 'organization:us-democratic-party'],
      ['民主党', 'organization:us-democratic-party'],
    ]);
  });

  it('are so whatever their kind (塞尔维亚激进党, 奥地利人民党, 美国绿党), no country and no other party of it', () => {
    expect(mentions('塞尔维亚激进党反对，奥地利人民党和美国绿党表示。')).toEqual([
      ['塞尔维亚激进党', 'organization:~塞尔维亚激进党'],
      ['奥地利人民党', 'organization:~奥地利人民党'],
      ['美国绿党', 'organization:~美国绿党'],
    ]);
    // Parties of a kind (民族党派) are none.
    expect(mentions('中国民族党派的代表').map(([t]) => t)).toEqual(['中国']);
  });
});

describe('a government’s army', () => {
  it('is its own organization (叙利亚政府军, 叙政府军), not the government; 政府 + 军事 stays the government', () => {
    expect(mentions('叙利亚政府军发表声明，叙政府军称重新部署。日本民众抗议日本政府军事扩张。')).toEqual([
      ['叙利亚政府军', 'organization:~叙利亚政府军'],
      ['叙政府军', 'organization:~叙利亚政府军'],
      ['日本', 'country:JP'],
      ['日本政府', 'organization:~日本政府'],
    ]);
  });
});

describe('names the longest name holds', () => {
  it('leave no country, place or person inside (解放巴勒斯坦人民阵线, 太平洋保险公司, 第一波士顿银行, 陕甘宁边区)', () => {
    expect(
      mentions(
        '解放巴勒斯坦人民阵线（人阵）表示。太平洋保险公司北京分公司协办。第一波士顿银行分析师认为。陕甘宁边区的情况。',
      ),
    ).toEqual([
      ['解放巴勒斯坦人民阵线', 'organization:pflp'],
      ['人阵', 'organization:pflp'],
      ['太平洋保险公司', 'organization:cpic'],
      ['北京', 'place:cn-11'],
      ['第一波士顿银行', 'organization:first-boston'],
      ['陕甘宁边区', 'place:shaan-gan-ning-border-region'],
    ]);
  });

  it('and bodies the dictionaries lacked are theirs (WADA, USADA, TWAS, the FDA, 国务院安委会; 格拉茨 a city)', () => {
    expect(
      mentions(
        '世界反兴奋剂机构指出，美国反兴奋剂机构一边指责。习近平向发展中国家科学院致贺信。丹参滴丸通过美国政府食品药品管理总署（ＦＤＡ）预审。国务院安委会部署整治。乐团赶赴格拉茨。',
      ),
    ).toEqual([
      ['世界反兴奋剂机构', 'organization:wada'],
      ['美国反兴奋剂机构', 'organization:usada'],
      ['习近平', 'person:xi-jinping'],
      ['发展中国家科学院', 'organization:twas'],
      ['美国政府食品药品管理总署', 'organization:fda'],
      ['ＦＤＡ', 'organization:fda'],
      ['国务院安委会', 'organization:state-council-work-safety-committee'],
      ['格拉茨', 'place:graz'],
    ]);
    // A minister of defence procurement holds no armed forces (英国国防军需国务大臣).
    expect(mentions('英国国防军需国务大臣吉尔伯特表示。').map(([t]) => t)).not.toContain('英国国防军');
  });

  it('and the party’s news sites and publishers are theirs (人民网, 中国共产党新闻网, 新华网, 人民日报出版社), no party inside', () => {
    expect(mentions('人民网、中国共产党新闻网承办。新华网直播。已由人民日报出版社出版。')).toEqual([
      ['人民网', 'organization:people-cn'],
      ['中国共产党新闻网', 'organization:cpcnews'],
      ['新华网', 'organization:xinhuanet'],
      ['人民日报出版社', 'organization:people-press'],
    ]);
  });

  it("a province after a preposition a county's short form starts is read (从江苏: 从江 is a county of Guizhou)", () => {
    expect(mentions('从江苏滨海的黄海岸畔，到四川梓潼。').map(([t, e]) => [t, e])).toEqual(
      expect.arrayContaining([['江苏', 'place:cn-32']]),
    );
  });

  it('and people and forces the recognizer cut or mistyped are the dictionary’s (茂木敏充, 空天军)', () => {
    expect(mentions('日本自民党干事长茂木敏充表示。俄罗斯海军与空天军举行演习。')).toEqual(
      expect.arrayContaining([
        ['茂木敏充', 'person:toshimitsu-motegi'],
        ['空天军', 'organization:russian-aerospace-forces'],
      ]),
    );
  });
});

describe('a foreign country’s ministry written with its abbreviation', () => {
  it('is that country’s (叙外交部, 黎卫生部), not China’s ministry the dictionary read', () => {
    expect(mentions('叙利亚局势紧张，叙外交部发表声明。黎巴嫩：黎卫生部通报伤亡，黎公共卫生部说。')).toEqual([
      ['叙利亚', 'country:SY'],
      ['叙外交部', 'organization:~叙利亚外交部'],
      ['黎巴嫩', 'country:LB'],
      ['黎卫生部', 'organization:~黎巴嫩卫生部'],
      ['黎公共卫生部', 'organization:~黎巴嫩卫生部'],
    ]);
  });

  it('but China’s own stays, and so does China’s after 以 where the article names no Israel (以外交部名义)', () => {
    expect(mentions('中国外交部表示。')).toEqual([['中国外交部', 'organization:mfa']]);
    expect(mentions('他以外交部名义致函。').map(([, e]) => e)).toEqual(['organization:mfa']);
  });
});

describe('cities whose short name is also another word', () => {
  it('中山 names the city after its province, and where the article names the province', () => {
    expect(mentions('广东中山改造低效工业园。从深圳至中山的时间将缩短。').filter(([t]) => t === '中山')).toEqual([
      ['中山', 'place:cn-4420'],
      ['中山', 'place:cn-4420'],
    ]);
    expect(mentions('河南新乡遭遇暴雨。')).toContainEqual(['新乡', 'place:cn-4107']);
  });

  it('and beside another place of its province or prefecture, every time it recurs (深圳与中山; 河北省张北—尚义)', () => {
    expect(mentions('从深圳到中山只需半小时。中山城区交通顺畅。').filter(([t]) => t === '中山')).toEqual([
      ['中山', 'place:cn-4420'],
      ['中山', 'place:cn-4420'],
    ]);
    expect(mentions('河北省张北—尚义发生地震。')).toEqual([
      ['河北省', 'place:cn-13'],
      ['张北', 'place:cn-130722'],
      ['尚义', 'place:cn-130725'],
    ]);
  });

  it('but not alone, nor by its province alone, nor right after another place’s name', () => {
    expect(mentions('从北京到中山只需三小时。').filter(([t]) => t === '中山')).not.toContainEqual([
      '中山',
      'place:cn-4420',
    ]);
    // 江南 (also a district of Nanning) in a weather report that names 广西 is the region south of the Yangtze.
    expect(mentions('江南、华南有强降雨，广西南部降温。').filter(([t]) => t === '江南')).not.toContainEqual([
      '江南',
      'place:cn-450105',
    ]);
    // 北京朝阳 is Beijing's Chaoyang, not the city of Liaoning beside 沈阳.
    expect(mentions('增开北京朝阳至沈阳北方向列车。').filter(([t]) => t === '朝阳')).not.toContainEqual([
      '朝阳',
      'place:cn-2113',
    ]);
  });

  it('a name the recognizer linked recurs where jieba’s words hide it (同德国总理: 同德 is a county)', () => {
    expect(
      mentions('李强同德国总理出席论坛。当地时间20日，李强在柏林同德国总理朔尔茨会谈。').filter(([t]) => t === '德国'),
    ).toEqual([
      ['德国', 'country:DE'],
      ['德国', 'country:DE'],
    ]);
  });

  it('nor in another sense, and a prefecture written in full stays whole', () => {
    expect(mentions('天下大同，长治久安。')).toEqual([]);
    expect(mentions('阿里地区文物抢救工程取得进展。')).toEqual([['阿里地区', 'place:cn-5425']]);
  });
});

describe('places of the 1990s news', () => {
  it('Nagano, Perth and Abkhazia are places of their countries, with points', () => {
    expect(mentions('长野冬奥会开幕。世界游泳锦标赛在珀斯举行。阿布哈兹冲突。')).toEqual([
      ['长野', 'place:nagano'],
      ['珀斯', 'place:perth'],
      ['阿布哈兹', 'place:abkhazia'],
    ]);
  });
});

describe('diplomatic missions', () => {
  it('a country jieba writes together with 大使馆 (美国大使馆) is still the host country', () => {
    expect(mentions('中国驻美国大使馆举行招待会。')).toEqual([
      ['中国', 'country:CN'],
      ['美国', 'country:US'],
    ]);
    expect(mentions('日本大使馆发表声明。')).toEqual([['日本', 'country:JP']]);
  });

  it("a country jieba writes together with 政府 (中国政府, 美国政府) is that country's government, as 日本政府 is", () => {
    expect(mentions('我代表中国政府和中国人民。美国政府已经决定。日本政府宣布。')).toEqual([
      ['中国政府', 'organization:~中国政府'],
      ['中国', 'country:CN'],
      ['美国政府', 'organization:~美国政府'],
      ['日本政府', 'organization:~日本政府'],
    ]);
  });

  it('but a form inside another word that is no mission stays out (加纳 of 增加纳税)', () => {
    expect(mentions('增加纳税人负担。')).toEqual([]);
  });
});

describe('names the press gives bodies and places, and generic words', () => {
  it('京城 is Beijing, 北爱 Northern Ireland, 海方 the Gulf Cooperation Council', () => {
    expect(mentions('自古就是连通京城与塞外的重镇。')).toEqual([['京城', 'place:cn-11']]);
    expect(mentions('他对北爱和平仍有信心。')).toEqual([['北爱', 'place:northern-ireland']]);
    expect(mentions('中方愿同海方一道，以本届峰会为契机。')).toEqual([
      ['中', 'country:CN'],
      ['海方', 'organization:gcc'],
    ]);
  });

  it('but 海方 inside 黑海方向 or 上海方案 stay what they were, and 北京城市副中心 holds no 京城', () => {
    expect(mentions('来自红海方向的弹道导弹，上海方案。')).toEqual([
      ['红海', 'place:red-sea'],
      ['上海', 'place:cn-31'],
    ]);
    expect(mentions('北京城市副中心建设。')).toEqual([['北京城市副中心', 'place:beijing-sub-center']]);
  });

  it('names airlines, ministries and centres for disease control', () => {
    expect(mentions('中国商飞已向东航、南航交付飞机。日本经济产业省称，大藏省官员。')).toEqual([
      ['中国商飞', 'organization:comac'],
      ['东航', 'organization:china-eastern-airlines'],
      ['南航', 'organization:china-southern-airlines'],
      ['日本经济产业省', 'organization:jp-meti'],
      // The ministry's name until 2001, an entity of its own whose successor is the 财务省.
      ['大藏省', 'organization:jp-okurasho'],
    ]);
    expect(mentions('国家禁毒办发布报告，记者从地矿部获悉，美国疾控中心说。')).toEqual([
      ['国家禁毒办', 'organization:nncc-office'],
      ['地矿部', 'organization:ministry-of-geology-and-mineral-resources'],
      ['美国疾控中心', 'organization:us-cdc'],
    ]);
  });

  it('not 国 + 航 of 多国航空公司, nor generic bodies, agreements and telescopes', () => {
    expect(mentions('土耳其等多国航空公司表示停飞。')).toEqual([['土耳其', 'country:TR']]);
    expect(mentions('中央银行的任务是保持币值稳定，欧洲中央银行宣布加息。')).toEqual([
      ['欧洲中央银行', 'organization:ecb'],
    ]);
    expect(mentions('科研团队利用FAST发现脉冲星，CEPA框架下。建有五孔和七孔闸。')).toEqual([]);
  });
});

describe('新 before a one-character title that starts a word', () => {
  it('is the adjective, not Singapore (新机遇, 新媒体, 新军事变革)', () => {
    expect(mentions('分享全球发展新机遇，迎接世界新军事变革，央视网等新媒体平台同步上线。')).toEqual([
      ['央视网', 'organization:cctv-com'],
    ]);
  });

  it('while 新 before a title, a side or its media stays Singapore, and 美 before any word the US', () => {
    expect(mentions('新加坡总理表示，新媒报道，新方愿同中方合作。')).toEqual([
      ['新加坡', 'country:SG'],
      ['新', 'country:SG'],
      ['新', 'country:SG'],
      ['中', 'country:CN'],
    ]);
    expect(mentions('美军事专家称。')).toEqual([['美', 'country:US']]);
  });
});

describe("a place's local body the recognizer reads whole", () => {
  it('is one organization of that place (郑州市水利局, 河南省妇联), the place no mention of its own', () => {
    expect(mentions('以色列国家安全局称。')).toEqual([['以色列国家安全局', 'organization:~以色列国家安全局']]);
    expect(mentions('他来到郑州市水利局。河南省妇联的积极推动下。')).toEqual([
      ['郑州市水利局', 'organization:~郑州市水利局'],
      ['河南省妇联', 'organization:~河南省妇联'],
    ]);
  });

  it("leaves the place of a public body in a title (湖北省公安厅消防局局长), not of a company's", () => {
    expect(mentions('湖北省公安厅消防局局长说。')).toEqual([['湖北省', 'place:cn-42']]);
    expect(mentions('宁德时代新能源科技股份有限公司董事长说。')).toEqual([]);
  });
});

describe("an abbreviation's army before a word the segmenter joins to 军", () => {
  it('is the army where the next character starts a word of its own (乌军人员, 以军士兵, 俄军装甲车)', () => {
    expect(mentions('乌克兰和以色列。俄军打击乌军人员，造成以军士兵死亡，摧毁俄军装甲车。')).toEqual([
      ['乌克兰', 'country:UA'],
      ['以色列', 'country:IL'],
      ['俄军', 'organization:~俄罗斯武装部队'],
      ['乌军', 'organization:~乌克兰武装部队'],
      ['以军', 'organization:idf'],
      ['俄军', 'organization:~俄罗斯武装部队'],
    ]);
  });

  it('but the country before a word of 军 alone (美军舰驶入, 乌军工企业)', () => {
    expect(mentions('乌克兰。美军舰驶入，打击乌军工企业。')).toEqual([
      ['乌克兰', 'country:UA'],
      ['美', 'country:US'],
      ['乌', 'country:UA'],
    ]);
  });
});

describe('an abbreviation at the start of a clause before 称 "says"', () => {
  it('is its country (乌称, 俄称, 日称), resolved like a title', () => {
    expect(mentions('乌克兰总统说，乌称击退俄军进攻。')).toEqual([
      ['乌克兰', 'country:UA'],
      ['乌', 'country:UA'],
      ['俄军', 'organization:~俄罗斯武装部队'],
    ]);
    expect(mentions('俄称打击目标。日称将加强防卫。')).toEqual([
      ['俄', 'country:RU'],
      ['日', 'country:JP'],
    ]);
  });

  it('but not the day of a date, inside a word, nor 中 or 新', () => {
    expect(mentions('俄国防部16日称，将继续行动。')).toEqual([['俄国防部', 'organization:ru-mod']]);
    expect(mentions('他被誉为俄称号获得者，中称，新称。')).toEqual([]);
  });
});

describe('a country before its air defence', () => {
  it('俄防空, 乌防空 and 以防空系统 name the country', () => {
    expect(mentions('俄罗斯国防部说，俄防空和电子战部队击退了袭击。')).toEqual([
      ['俄罗斯国防部', 'organization:ru-mod'],
      ['俄', 'country:RU'],
    ]);
    expect(mentions('以色列称，以防空系统拦截火箭弹。')).toEqual([
      ['以色列', 'country:IL'],
      ['以', 'country:IL'],
    ]);
  });

  it('but 以防空袭 is "so as to prevent air raids"', () => {
    expect(mentions('以色列称，以防空袭。')).toEqual([['以色列', 'country:IL']]);
  });
});

describe('states that no longer exist', () => {
  it('苏联 and its forms are the USSR, a country, in retrospectives and in the 1998 news', () => {
    expect(mentions('苏联解体已经三十多年。')).toEqual([['苏联', 'country:SUHH']]);
    // 前 stays outside the name, as MSRA and PFR write 前 + 苏联.
    expect(mentions('前苏联领导人戈尔巴乔夫去世。')[0]).toEqual(['苏联', 'country:SUHH']);
    expect(mentions('前南斯拉夫问题国际刑事法庭宣判。')).toEqual([['南斯拉夫', 'country:YUCS']]);
    expect(mentions('苏维埃社会主义共和国联盟成立于1922年。')).toEqual([['苏维埃社会主义共和国联盟', 'country:SUHH']]);
  });

  it('but 苏 alone is never the USSR: 江苏, 苏州 stay places of China, and 苏军 is no country', () => {
    expect(mentions('江苏苏州工业园区发展迅速。').map(([, id]) => id)).not.toContain('country:SUHH');
    expect(mentions('江苏苏州工业园区发展迅速。')[0]).toEqual(['江苏', 'place:cn-32']);
    expect(mentions('苏军在阿富汗作战。')).toEqual([['阿富汗', 'country:AF']]);
  });

  it('南斯拉夫 and the Federal Republic of the 1998 news (南联盟) are Yugoslavia', () => {
    expect(mentions('南斯拉夫联盟共和国总统米洛舍维奇会见了中国代表团。')).toEqual([
      ['南斯拉夫联盟共和国', 'country:YUCS'],
      ['米洛舍维奇', 'person:slobodan-milosevic'],
      ['中国', 'country:CN'],
    ]);
    expect(mentions('北约轰炸南联盟。')).toEqual([
      ['北约', 'organization:nato'],
      ['南联盟', 'country:YUCS'],
    ]);
  });

  it('the two Germanys: 民主德国 and 东德 are the GDR, 联邦德国 is Germany; 乌东德 and 山东德州 are no GDR', () => {
    expect(mentions('民主德国与联邦德国签署条约。')).toEqual([
      ['民主德国', 'country:DDDE'],
      ['联邦德国', 'country:DE'],
    ]);
    expect(mentions('他在东德长大。')).toEqual([['东德', 'country:DDDE']]);
    expect(mentions('乌东德、白鹤滩等水电站。')).toEqual([
      ['乌东德', 'place:wudongde'],
      ['白鹤滩', 'place:baihetan'],
    ]);
    expect(mentions('山东德州平原县发生地震。').map(([, id]) => id)).toEqual([
      'place:cn-37',
      'place:cn-3714',
      'place:cn-371426',
    ]);
  });

  it('捷克斯洛伐克 is Czechoslovakia, never 捷克 + 斯洛伐克', () => {
    expect(mentions('捷克斯洛伐克于1993年解体为捷克和斯洛伐克。')).toEqual([
      ['捷克斯洛伐克', 'country:CSHH'],
      ['捷克', 'country:CZ'],
      ['斯洛伐克', 'country:SK'],
    ]);
  });
});

describe('bodies and places the recognizer alone used to find (orgs7)', () => {
  it('links a national association, a Palestinian armed group and a Chinese bank to their entries', () => {
    expect(mentions('中国商业联合会发布报告。')).toEqual([['中国商业联合会', 'organization:ccfc']]);
    expect(mentions('杰哈德下属的圣城旅7日称。')).toEqual([
      ['杰哈德', 'organization:pij'],
      ['圣城旅', 'organization:al-quds-brigades'],
    ]);
    expect(mentions('工商银行、中国银行分别发布公告。')).toContainEqual(['中国银行', 'organization:bank-of-china']);
  });

  it('links a river basin, a port and a US state to their entries, and the old name of Seoul', () => {
    expect(mentions('长江流域降水偏多，青岛港货物吞吐量增长。')).toEqual([
      ['长江流域', 'place:yangtze-basin'],
      ['青岛港', 'place:qingdao-port'],
    ]);
    expect(mentions('美国阿肯色州发生龙卷风。')).toEqual([
      ['美国', 'country:US'],
      ['阿肯色州', 'place:arkansas'],
    ]);
    expect(mentions('金大中在汉城宣誓就职。')).toContainEqual(['汉城', 'place:seoul']);
  });
});

describe('entries from the error hunts over xwlb and pfr199801', () => {
  it('the Five-Year Plans of the 1990s only between quotes: elsewhere the numerals are part of a number', () => {
    expect(ofType('“九五”期间，完成『九五』计划的关键，“八五”以来。', 'initiative')).toEqual(['九五', '九五', '八五']);
    expect(ofType('一九九五年以来，可享受八五折优惠，化工系九五级学生，八五六农场。', 'initiative')).toEqual([]);
    expect(ofType('实施再就业工程，捐助“希望工程”。', 'initiative')).toEqual(['再就业工程', '希望工程']);
  });

  it('no Vientiane in 万象更新 or a clause ending 万象新, no Northern Europe in 北欧两项; the places stand elsewhere', () => {
    expect(ofType('一元复始，万象更新。祖国大地万象新。北欧两项比赛完赛。', 'place')).toEqual([]);
    expect(mentions('李强在老挝万象出席会议，北欧国家代表出席。')).toEqual([
      ['李强', 'person:li-qiang'],
      ['老挝', 'country:LA'],
      ['万象', 'place:vientiane'],
      ['北欧', 'place:northern-europe'],
    ]);
  });

  it('安巴 is Antigua and Barbuda, but not inside Labuan Bajo or Anbar', () => {
    expect(mentions('欢迎更多安巴青年来华学习。')).toContainEqual(['安巴', 'country:AG']);
    expect(mentions('东盟峰会在印尼拉布安巴焦闭幕，伊拉克安巴尔省遇袭。').map(([, e]) => e)).toEqual([
      'organization:asean',
      'country:ID',
      'place:labuan-bajo',
      'country:IQ',
      'place:anbar',
    ]);
  });

  it('the longest name wins over the body or country inside it', () => {
    expect(mentions('美国国会众议院通过法案，中共中央统战部、全国政协办公厅、国务院侨办主办。')).toEqual([
      ['美国国会众议院', 'organization:us-house'],
      ['中共中央统战部', 'organization:cpc-united-front'],
      ['全国政协办公厅', 'organization:cppcc-general-office'],
      ['国务院侨办', 'organization:ocao'],
    ]);
    expect(mentions('美国哥伦比亚大学教授出席。')).toEqual([
      ['美国', 'country:US'],
      ['哥伦比亚大学', 'organization:columbia-university'],
    ]);
  });

  it("the PLA's general staff only where the article names it in full; a foreign army's stays unlinked", () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, e]) => e);
    expect(ids('解放军总参谋部、总政治部、总后勤部发出通知。总参谋部要求各部队落实。')).toEqual([
      'organization:pla-general-staff-department',
      'organization:pla-general-political-department',
      'organization:pla-general-logistics-department',
      'organization:pla-general-staff-department',
    ]);
    expect(ids('乌克兰武装部队总参谋部发布消息。')).not.toContain('organization:pla-general-staff-department');
  });
});

describe('office titles, meetings and the bodies of places', () => {
  it('keeps the organization before a meeting of its office holders (领导人峰会, 防长会议, 外长理事会)', () => {
    expect(mentions('习近平出席二十国集团领导人第十七次峰会。')).toEqual([
      ['习近平', 'person:xi-jinping'],
      ['二十国集团', 'organization:g20'],
    ]);
    expect(mentions('北约防长会议决定增加援助。')).toEqual([['北约', 'organization:nato']]);
    expect(mentions('阿拉伯国家联盟外长理事会第162次会议举行。')).toEqual([
      ['阿拉伯国家联盟', 'organization:arab-league'],
    ]);
    // An office stays a title: the organization in it is no mention (联合国秘书长), nor a committee (委员会总书记).
    expect(mentions('北约领导人会见记者。联合国秘书长古特雷斯说。')).toEqual([['古特雷斯', 'person:antonio-guterres']]);
    expect(mentions('他当选中共中央委员会总书记。')).toEqual([]);
  });

  it('drops the bodies of a kind across the country before a meeting of their heads (全国体委主任会议)', () => {
    expect(mentions('李铁映在全国体委主任会议上强调。')).toEqual([['李铁映', 'person:li-tieying']]);
  });

  it("reads a province's military district as one organization (西藏军区, 江西省军区), a customs district as written", () => {
    expect(mentions('西藏军区某边防团。江西省军区、驻赣部队。')).toEqual([
      ['西藏军区', 'organization:~西藏军区'],
      ['江西省军区', 'organization:~江西省军区'],
    ]);
    expect(mentions('记者从沈阳海关了解到。')).toEqual([['沈阳海关', 'organization:~沈阳海关']]);
  });

  it('reads 中国全国人大 and 中国全国政协 as one organization each, and 京津冀地区 as 京 + 津 + 冀', () => {
    expect(mentions('中国全国人大愿同越南国会加强交流，中国全国政协正深入学习。')).toEqual([
      ['中国全国人大', 'organization:npc'],
      ['越南国会', 'organization:~越南议会'],
      ['中国全国政协', 'organization:cppcc'],
    ]);
    expect(mentions('推进京津冀地区低碳发展。')).toEqual([
      ['京', 'place:cn-11'],
      ['津', 'place:cn-12'],
      ['冀', 'place:cn-13'],
    ]);
  });
});

describe('shorthand read from what the article names', () => {
  it('reads 澳 as Macao and 加 as the Caribbean where the article names them and not Australia or Canada', () => {
    expect(mentions('澳门回归祖国25周年。会见了中央驻澳机构负责人。')).toEqual([
      ['澳门', 'place:MO'],
      ['澳', 'place:MO'],
    ]);
    expect(mentions('中国同加勒比国家友好。推动中加全面合作伙伴关系。')).toContainEqual(['加', 'place:caribbean']);
    // With Australia named, 澳 is Australia; 欧 of 中欧 stays the EU; in 俄蒙 蒙 stays Mongolia.
    expect(mentions('澳大利亚总理来访。会见了驻澳大使。')).toContainEqual(['澳', 'country:AU']);
    expect(mentions('欧洲各国。推动中欧合作。')).toContainEqual(['欧', 'organization:eu']);
    expect(mentions('内蒙古外接俄蒙至欧洲的大通道。')).toContainEqual(['蒙', 'country:MN']);
  });

  it('reads the country a speaker speaks of after 称 (俄称美试图), and 窜美, but not 堪称美景', () => {
    expect(mentions('俄称美试图掩盖真相。')).toEqual([
      ['俄', 'country:RU'],
      ['美', 'country:US'],
    ]);
    expect(mentions('这里堪称美景。')).toEqual([]);
    expect(mentions('赖清德窜美。')).toContainEqual(['美', 'country:US']);
  });

  it('reads no Japan in 日 ending a date (10月7日巴以冲突), no provinces in a county (宁晋)', () => {
    expect(mentions('自2023年10月7日巴以冲突爆发以来。')).toEqual([
      ['巴', 'country:PS'],
      ['以', 'country:IL'],
    ]);
    // The short form after the county named in full is the county (qualified), not Ningxia and Shanxi.
    expect(mentions('河北宁晋县。宁晋电线电缆产业集群。')).toEqual([
      ['河北', 'place:cn-13'],
      ['宁晋县', 'place:cn-130528'],
      ['宁晋', 'place:cn-130528'],
    ]);
  });

  it("reads the recognizer's person cut short before a town's suffix as the town (刘易斯|顿市, 谢苗诺夫|卡居民点)", () => {
    expect(
      mentions('美国缅因州警方27日称，该州刘易斯顿市25日晚发生的大规模枪击案过去约48小时后，警方找到了嫌疑人。'),
    ).toContainEqual(['刘易斯顿市', 'place:~刘易斯顿市']);
    expect(mentions('俄军完全控制了顿涅茨克的谢苗诺夫卡居民点。')).toContainEqual(['谢苗诺夫卡', 'place:~谢苗诺夫卡']);
    // Not a Chinese name before a village (陈长禄包西村: two characters on), nor a name before an office (卡德市长).
    expect(mentions('陈长禄包西村脱贫致富以来，村容变了。')).not.toContainEqual([
      '陈长禄包西村',
      'place:~陈长禄包西村',
    ]);
  });

  it('reads a county named after a prefecture-level city as a place of its own (宜昌县 is not 宜昌市)', () => {
    expect(mentions('位于三峡坝区的湖北省宜昌县鄢家河村。')).toContainEqual(['宜昌县', 'place:~宜昌县']);
    expect(mentions('位于三峡坝区的湖北省宜昌县鄢家河村。')).not.toContainEqual(['宜昌县', 'place:cn-4205']);
    expect(mentions('湖北宜昌市的三峡坝区。')).toContainEqual(['宜昌市', 'place:cn-4205']);
  });

  it('reads a street named after a place as the street, named as written (合肥的长江路, not the Yangtze)', () => {
    expect(mentions('安徽省合肥市长江路悬挂起大红灯笼。')).toContainEqual(['长江路', 'place:~长江路']);
    expect(mentions('在广州的北京路、沿江路、人民路看到。')).toContainEqual(['北京路', 'place:~北京路']);
    expect(mentions('在广州的北京路、沿江路、人民路看到。')).not.toContainEqual(['北京', 'place:cn-11']);
    expect(mentions('今天水路客运量预计62万人次。')).not.toContainEqual(['天水路', 'place:~天水路']);
  });

  it("reads the recognizer's person before 定居点, 难民营 or 等地 as a place", () => {
    expect(mentions('俄军控制了顿涅茨克地区的卡利诺沃定居点。')).toContainEqual(['卡利诺沃', 'place:~卡利诺沃']);
  });

  it('reads no place inside an animal species named after it (长江江豚, 亚洲象), but 象州 after 广西', () => {
    expect(mentions('“十年禁渔”成效显著，长江江豚数量实现历史性回升。')).toEqual([]);
    expect(mentions('我国成功实施亚洲象野化放归自然。')).toEqual([]);
    expect(mentions('大桥位于广西来宾象州县。')).toContainEqual(['来宾', 'place:cn-4513']);
  });

  it('reads no place nor country inside a tiger or a deer named after it (华南虎, 孟加拉虎, 天山马鹿), but 东莞虎门', () => {
    expect(mentions('华南虎是中国特有的虎种，最终将华南虎放归大自然。')).toEqual([['中国', 'country:CN']]);
    expect(mentions('一只两个月大的孟加拉虎紧紧依偎在饲养员身边。')).toEqual([]);
    expect(mentions('成群的野生天山马鹿在这里悠然觅食。')).toEqual([]);
    expect(mentions('大桥连接广东东莞虎门与广州南沙。')).toContainEqual(['东莞', 'place:cn-4419']);
    expect(mentions('新春佳节，北京虎年庙会热闹非凡。')).toContainEqual(['北京', 'place:cn-11']);
  });

  it('reads a place as the given name of a person after a common surname in a list or after a title (高沈阳说)', () => {
    expect(mentions('排球中心副主任高沈阳说，由于一些裁判执法不公。')).toContainEqual(['高沈阳', 'person:~高沈阳']);
    expect(mentions('会议决定卢文舸、叶荣宝、章猛进、李长江、黄兴国为副省长。')).not.toContainEqual([
      '长江',
      'place:yangtze',
    ]);
    // Before a word of speech or 与 (高沈阳透露, 高玉林与), or a second name closing a credit (（孟西安张治国）).
    expect(mentions('据中国排协秘书长高沈阳透露，郎平目前的身体状况良好。')).toContainEqual([
      '高沈阳',
      'person:~高沈阳',
    ]);
    expect(mentions('１９９６年１月间，高玉林与原天津市教育招生办公室主任商定。')).not.toContainEqual([
      '玉林',
      'place:cn-4509',
    ]);
    expect(mentions('工程竣工投产。（孟西安张治国）').map(([, e]) => e)).not.toContain('place:cn-6101');
    // A credit on a line of its own, one name or two (邱金华, 孟西安黄大刚), under a People's Daily article of 1998.
    expect(mentions('曹玉林')).toEqual([['曹玉林', 'person:~曹玉林']]);
    expect(mentions('孟西安黄大刚').map(([, e]) => e)).not.toContain('place:cn-6101');
    expect(mentions('西安')).toEqual([['西安', 'place:cn-6101']]);
    // Not after a surname that is a preposition too, nor where no separator or title opens the name.
    expect(mentions('代表团于四川、重庆等地考察。')).toContainEqual(['四川', 'place:cn-51']);
    expect(mentions('记者从上海与北京两地获悉。')).toContainEqual(['上海', 'place:cn-31']);
    expect(mentions('他们乘船沿长江、汉江考察。')).toContainEqual(['长江', 'place:yangtze']);
  });

  it("closes the recognizer's span at the bracket of a name written out in full (邓（小平）), and links the name", () => {
    expect(mentions('他协同毛泽东部署刘（伯承）邓（小平）、陈（毅）粟（裕）三路大军挺进中原。')).toContainEqual([
      '邓（小平）',
      'person:deng-xiaoping',
    ]);
    expect(mentions('只有７对“抄近路”走京秦（皇岛）线。')).toContainEqual(['秦（皇岛）', 'place:cn-1303']);
    // A gloss of nationality is no part of the name.
    expect(mentions('选举阿不都热依木·卡德尔（维吾尔族）为自治区高级人民法院院长。')).toContainEqual([
      '阿不都热依木·卡德尔',
      'person:~阿不都热依木·卡德尔',
    ]);
  });

  it("reads the recognizer's transliterated person after a division or a word for a town, or before 市 or 省, as a town", () => {
    expect(mentions('一列货运列车当地时间8日在亚拉巴马州贾斯珀发生脱轨事故。')).toContainEqual([
      '贾斯珀',
      'place:~贾斯珀',
    ]);
    expect(mentions('快速支援部队对中达尔富尔州首府扎林盖的围困。')).toContainEqual(['扎林盖', 'place:~扎林盖']);
    expect(mentions('卫生部门19日称，贝鲁特以北的朱尼耶市当天遭以军袭击。')).toContainEqual([
      '朱尼耶市',
      'place:~朱尼耶市',
    ]);
    // Not a place of the dictionaries run on from a person's name before 省 (陈亚福 + 海南省).
    expect(mentions('海南省群众艺术馆副馆长陈亚福海南省白沙黎族自治县副县长出席。')).not.toContainEqual([
      '陈亚福海南省',
      'place:~陈亚福海南省',
    ]);
  });
});

describe("the recognizer's organizations", () => {
  it('take 政府 before a span starting with 间 (两国政府间协调委员会)', () => {
    expect(mentions('双方要充分发挥两国政府间协调委员会作用。')).toContainEqual([
      '政府间协调委员会',
      'organization:~政府间协调委员会',
    ]);
  });

  it("are none for a work's whole title (《县委大院》), but a paper's stays (《圣城报》)", () => {
    expect(mentions('电视剧《人世间》《县委大院》获最佳中国电视剧奖。').map(([t]) => t)).not.toContain('县委大院');
    expect(mentions('另据巴勒斯坦《圣城报》今天报道。')).toContainEqual(['圣城报', 'organization:~圣城报']);
  });
});

describe("a place's body with its term number", () => {
  it('is one organization named without the term (沈阳市第十二届人民代表大会, 政协福建省第八届委员会)', () => {
    expect(mentions('沈阳市第十二届人民代表大会第一次会议１月７日选举。')).toEqual([
      ['沈阳市第十二届人民代表大会', 'organization:~沈阳市人民代表大会'],
    ]);
    expect(mentions('政协福建省第八届委员会第一次全体会议今天选举。')).toEqual([
      ['政协福建省第八届委员会', 'organization:~政协福建省委员会'],
    ]);
    // 中共 is the province's committee here, not the national party.
    expect(mentions('中共四川省第七届委员会第一次全体会议举行。')).toEqual([
      ['中共四川省第七届委员会', 'organization:~中共四川省委员会'],
    ]);
  });

  it("links the recognizer's name with the term inside to the dictionary's body (政协第九届全国委员会 → CPPCC)", () => {
    expect(mentions('会议通过了关于召开政协第九届全国委员会第一次会议的决定。')).toEqual([
      ['政协第九届全国委员会', 'organization:cppcc'],
    ]);
    expect(mentions('政协第八届全国委员会常务委员会第二十三次会议今天下午在京闭幕。')).toContainEqual([
      '政协第八届全国委员会常务委员会',
      'organization:cppcc-standing-committee',
    ]);
  });

  it("links the recognizer's bare 共产党 to the CPC, unless its block names another country", () => {
    expect(mentions('群众高呼：“共产党万岁！”“感谢党中央！”')).toContainEqual(['共产党', 'organization:cpc']);
    expect(mentions('该党排在自民党、民主党、自由党和共产党之后，是日本政界第五大党。')).not.toContainEqual([
      '共产党',
      'organization:cpc',
    ]);
  });

  it('is none before an office, or for its deputies', () => {
    expect(mentions('李岩当选为武汉市第十届人大常委会主任。')).toContainEqual(['武汉市', 'place:cn-4201']);
    expect(mentions('澳门特别行政区第十四届全国人大代表选举。')).toContainEqual(['澳门特别行政区', 'place:MO']);
  });
});

describe('a museum or memorial hall named after people, places or bodies', () => {
  it('is one organization named as written, without the names inside it as mentions (雷锋纪念馆, 侵华日军…陈列馆)', () => {
    expect(mentions('着学雷锋纪念日临近，辽宁抚顺雷锋纪念馆持续迎来参观热潮。')).toContainEqual([
      '辽宁抚顺雷锋纪念馆',
      'organization:~辽宁抚顺雷锋纪念馆',
    ]);
    expect(mentions('在哈尔滨侵华日军第七三一部队罪证陈列馆，人们伫立默哀。')).toEqual([
      ['哈尔滨', 'place:cn-2301'],
      ['侵华日军第七三一部队罪证陈列馆', 'organization:~侵华日军第七三一部队罪证陈列馆'],
    ]);
    expect(mentions('交响音乐会在中国共产党历史展览馆举行。')).toEqual([
      ['中国共产党历史展览馆', 'organization:~中国共产党历史展览馆'],
    ]);
  });

  it('stops at a verb, a function word or a country alone before the head (参观, 最大的, 美国博物馆)', () => {
    expect(mentions('习近平总书记来到江苏盐城市参观新四军纪念馆。')).toContainEqual([
      '新四军纪念馆',
      'organization:~新四军纪念馆',
    ]);
    expect(mentions('中国最大的博物馆开放了。')).toEqual([['中国', 'country:CN']]);
    expect(mentions('地址：北京美术馆东街。').map(([t]) => t)).not.toContain('北京美术馆');
  });
});

describe("a body's unit written after it", () => {
  it('is one organization named as written (中宣部电影局, 乌克兰国防部外事局, 国家卫生健康委医疗应急司)', () => {
    expect(mentions('中宣部电影局与中国银联签署协议。')).toEqual([
      ['中宣部电影局', 'organization:~中宣部电影局'],
      ['中国银联', 'organization:unionpay'],
    ]);
    expect(mentions('乌克兰国防部外事局6日称。')).toEqual([['乌克兰国防部外事局', 'organization:~乌克兰国防部外事局']]);
    // Before an office, the unit is part of the title (司长 is one): no organization, the person with the role.
    expect(mentions('国家卫生健康委医疗应急司司长郭燕红介绍。')).toEqual([['郭燕红', 'person:~郭燕红']]);
  });

  it("is a party committee's department (四川省委统战部, 天津市委宣传部, 河北省委党校), not the committee alone", () => {
    expect(mentions('江苏、四川省委统战部主要负责同志作了发言。')).toContainEqual([
      '四川省委统战部',
      'organization:~四川省委统战部',
    ]);
    expect(mentions('陆昊还与河北省委党校学员座谈。')).toContainEqual(['河北省委党校', 'organization:~河北省委党校']);
    // Before an office it opens the title, and the committee stays as before; 组织部门 is departments of that kind.
    expect(mentions('朱治国，青海省委组织部原副部长，从事组织工作近20年。')).toContainEqual([
      '青海省委',
      'organization:~青海省委',
    ]);
    expect(mentions('天津市委组织部门认真研究。')).toContainEqual(['天津市委', 'organization:~天津市委']);
  });

  it("is a body's party group (全国政协党组, 国务院党组), with the party's name before it, but not an office or a member", () => {
    expect(mentions('全国政协党组1月11日召开会议。')).toEqual([['全国政协党组', 'organization:~全国政协党组']]);
    // 中共 before it is part of the name, not of the id: written either way it is one body.
    expect(mentions('中共全国政协党组3月1日召开会议。')).toEqual([['中共全国政协党组', 'organization:~全国政协党组']]);
    expect(mentions('李强主持召开国务院党组会议。')).toContainEqual(['国务院党组', 'organization:~国务院党组']);
    // The committee's department written after it is the department; before an office it opens the title.
    expect(mentions('各省区市和新疆生产建设兵团党委宣传部主要负责同志出席。')).toContainEqual([
      '新疆生产建设兵团党委宣传部',
      'organization:~新疆生产建设兵团党委宣传部',
    ]);
    expect(mentions('新疆生产建设兵团党委宣传部部长出席。')).toEqual([['新疆生产建设兵团', 'organization:xpcc']]);
    // 党组成员 and 党组书记 are offices, 党组织 party organizations: the body alone, as before.
    expect(mentions('国务院党组成员出席。')).toEqual([['国务院', 'organization:state-council']]);
    expect(mentions('外交部党组织开展学习。')).toEqual([['外交部', 'organization:mfa']]);
  });

  it('is not a clause after the body (党中央坚持以人民为中心, 乌军正努力稳定战局), 当局, nor a pair’s body (中日议会合作委员会)', () => {
    expect(mentions('党中央坚持以人民为中心。')).toEqual([['党中央', 'organization:cpc-central-committee']]);
    expect(mentions('乌克兰称，乌军正努力稳定战局。').map(([text]) => text)).toEqual(['乌克兰', '乌军']);
    expect(mentions('民进党当局加紧勾连。')).toEqual([['民进党', 'organization:dpp']]);
    // The pair's committee is neither country's parliament (日议会 of 中日议会 is no Japan's parliament).
    expect(mentions('发挥中日议会合作委员会作用。')).toEqual([
      ['中', 'country:CN'],
      ['日', 'country:JP'],
    ]);
  });
});

describe("a place's department, commission or headquarters", () => {
  it('is one organization named as written, not the place alone (黑龙江省农业农村厅, 辽宁省防汛抗旱指挥部)', () => {
    expect(mentions('黑龙江省农业农村厅发布通知。')).toEqual([
      ['黑龙江省农业农村厅', 'organization:~黑龙江省农业农村厅'],
    ]);
    expect(mentions('辽宁省防汛抗旱指挥部启动应急响应。')).toEqual([
      ['辽宁省防汛抗旱指挥部', 'organization:~辽宁省防汛抗旱指挥部'],
    ]);
    expect(mentions('烟台市发展改革委员会邀请企业座谈。')).toEqual([
      ['烟台市发展改革委员会', 'organization:~烟台市发展改革委员会'],
    ]);
  });
  it("is the place's, not the national body of the same name (四川省发改委 is no NDRC)", () => {
    expect(mentions('记者从四川省发改委了解到。')).toEqual([['四川省发改委', 'organization:~四川省发改委']]);
  });
  it("names a place's statistics bureau as written (山西省统计局, not 山西省国家统计局)", () => {
    expect(mentions('记者从山西省统计局获悉。')).toEqual([['山西省统计局', 'organization:~山西省统计局']]);
  });
  it.each([
    ['北京市交通委发布通知。', '北京市交通委'],
    ['积石山消防救援大队紧急行动。', '积石山消防救援大队'],
    ['石家庄市消防救援支队出动。', '石家庄市消防救援支队'],
    ['据港珠澳大桥边检站统计。', '港珠澳大桥边检站'],
    ['天津市农科院的一位研究员。', '天津市农科院'],
    ['黑龙江省政法委召开会议。', '黑龙江省政法委'],
  ])('names a fire brigade, a border station or a commission after its place as written (%s)', (text, org) => {
    expect(mentions(text)).toEqual([[org, `organization:~${org}`]]);
  });
  it('is a title before 理事长 or 副会长, the place alone a mention (闽清县残联副理事长, 中国佛教协会副会长)', () => {
    expect(mentions('闽清县残联副理事长王海涛说。').map(([t]) => t)).toEqual(['闽清县', '王海涛']);
    expect(mentions('中国佛教协会副会长释永信说。')).toEqual([
      ['中国', 'country:CN'],
      ['释永信', 'person:~释永信'],
    ]);
  });
  it('is a title before 厅长, the place alone a mention (云南省公安厅厅长)', () => {
    expect(mentions('云南省公安厅厅长王某表示。').map(([t]) => t)).toEqual(['云南省', '王某']);
  });
  it('is not run on over a verb into another body (会同文物局, 制发给…村民委员会)', () => {
    expect(mentions('河北省文化和旅游厅会同文物局开展活动。').map(([t]) => t)).toEqual(['河北省文化和旅游厅']);
  });
});

describe("a place heading a company's or a laboratory's name", () => {
  it('is the organization named as written, not the lake or continent (太湖实验室, 亚洲协会), but 欧洲公司 is none', () => {
    expect(mentions('欧洲公司。无锡太湖实验室。美国亚洲协会。')).toEqual([
      ['欧洲', 'place:europe'],
      ['无锡', 'place:cn-3202'],
      ['太湖实验室', 'organization:taihu-laboratory'],
      ['美国', 'country:US'],
      ['亚洲协会', 'organization:~亚洲协会'],
    ]);
  });
});

describe("a county's short form in a list", () => {
  it('is the county beside a place of the same prefecture or province (浮梁、乐平; 民和、循化、化隆三个县)', () => {
    expect(mentions('结束江西省浮梁、乐平和安徽省祁门、黟县等地不通高铁的历史。')).toContainEqual([
      '乐平',
      'place:cn-360281',
    ]);
    expect(mentions('青海省海东市民和、循化、化隆三个县受灾。').slice(-3)).toEqual([
      ['民和', 'place:cn-630222'],
      ['循化', 'place:cn-630225'],
      ['化隆', 'place:cn-630224'],
    ]);
    // Its division word is part of the name; and a short form alone, with no list, stays unread.
    expect(mentions('可以给敦煌市、阿克塞县以及肃北县等地的农牧民。')).toContainEqual(['阿克塞县', 'place:cn-620924']);
    expect(mentions('循化的拉面很有名。')).toEqual([]);
  });

  it('is the county beside a place of another prefecture of the same province (湖南湘乡、醴陵、临澧)', () => {
    expect(mentions('在湖南湘乡、醴陵、临澧三县（市）实施。').slice(-2)).toEqual([
      ['醴陵', 'place:cn-430281'],
      ['临澧', 'place:cn-430724'],
    ]);
    expect(mentions('黑龙江海林、东宁、依兰等地组建工作组。')).toContainEqual(['依兰', 'place:cn-230123']);
  });
});

describe("a headline opened by a country's abbreviation", () => {
  const titled = (title: string, body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body, title))).mentions ?? [])
      .filter((m) => m.block === 0)
      .map((m) => [m.text, m.entity]);

  it('is the country the article names in full (意发现莫扎特四十二首舞曲 in an item on Italy)', () => {
    expect(titled('意发现莫扎特四十二首舞曲', '意大利一家图书馆发现了手稿。')[0]).toEqual(['意', 'country:IT']);
    expect(titled('美拟兜售惩伊方案', '美国政府准备向盟国兜售方案。')[0]).toEqual(['美', 'country:US']);
  });

  it('is none where the article never names it, or where it starts a word (美好生活)', () => {
    expect(titled('意发现莫扎特四十二首舞曲', '一家图书馆发现了手稿。')).not.toContainEqual(['意', 'country:IT']);
    expect(titled('美好生活', '美国客人来访。')).toEqual([]);
  });

  const roundup = (heading: string, body: string): Array<[string, string | null]> => {
    const doc = pipeline.run(rawDoc(article(`${heading}</p><p>${body}`, '国际联播快讯')));
    const at = doc.blocks.findIndex((b) => b.text === heading);
    return (doc.mentions ?? []).filter((m) => m.block === at).map((m) => [m.text, m.entity]);
  };

  it("is the country in an item's title of a roundup, a short paragraph of its own (美警方确认…)", () => {
    // The institution rule then makes 美警方 the US police, as in a title.
    expect(roundup('美警方确认缅因州枪击案嫌疑人死亡', '美国缅因州警方27日晚上称，找到了嫌疑人。')[0]).toEqual([
      '美警方',
      'organization:~美国警方',
    ]);
    expect(roundup('普京称面对西方制裁 俄经济展现韧性', '俄罗斯总统普京说，经济经受住了冲击。')).toContainEqual([
      '俄',
      'country:RU',
    ]);
    // Before 武装, which the segmenter joins to it: the country's armed groups.
    expect(roundup('以军空袭哈马斯 巴武装打击以军坦克', '巴勒斯坦武装人员打击了以色列军队的坦克。')).toContainEqual([
      '巴',
      'country:PS',
    ]);
  });

  it("gives way to a body's name the recognizer reads over it (美航管局称…), not to a shorter word (美单周…)", () => {
    const faa = roundup('美航管局称继续停飞波音737', '美国联邦航空管理局说，继续停飞这些飞机。');
    expect(faa).not.toContainEqual(['美', 'country:US']);
    expect(faa[0]?.[0]).toBe('美航管局');
    const weekly = roundup('美单周新冠死亡病例2200多例', '美国疾控中心公布了数据。');
    expect(weekly[0]).toEqual(['美', 'country:US']);
    expect(weekly.map(([t]) => t)).not.toContain('美单');
  });
});

describe("the recognizer's crafts, kinds of bodies and foreign features (新闻联播 2022–2024)", () => {
  it('reads no place or organization in a craft’s name, nor China in 中国空间站, but keeps an address', () => {
    expect(mentions('运载火箭成功将云海三号卫星发射升空。')).toEqual([]);
    expect(mentions('时速160公里的复兴号动车组在青藏铁路西宁至格尔木段运行。')).not.toContainEqual([
      '复兴号动车组',
      'organization:~复兴号动车组',
    ]);
    expect(mentions('三名航天员顺利进驻中国空间站。')).toEqual([]);
    expect(mentions('中国载人空间站工程取得新进展。')).toContainEqual(['中国', 'country:CN']);
    expect(mentions('记者如约来到哈尔滨市友谊路１５０号梁军的家里。')).toContainEqual([
      '友谊路１５０号',
      'place:~友谊路150号',
    ]);
  });

  it('reads no organization in a kind of body (县医院, 乡镇卫生院), but one named by its place (佳县人民医院)', () => {
    expect(ofType('老人在县医院治疗稳定后转入乡镇卫生院。', 'organization')).toEqual([]);
    expect(ofType('居委会、业委会、物业公司联动。', 'organization')).toEqual([]);
    expect(
      ofType('●对国家银行贷款指导性计划９０００亿元●国家银行新增农业贷款不低于新增全部贷款的１０％', 'organization'),
    ).toEqual([]);
    expect(ofType('患者被送到佳县人民医院救治。', 'organization')).toEqual(['佳县人民医院']);
  });

  it('reads a transliterated name before 火山 or 大坝 as the place of that feature, not a person', () => {
    expect(mentions('前往火山口3公里内区域。马拉皮火山是印尼最活跃的火山之一。')).toContainEqual([
      '马拉皮火山',
      'place:~马拉皮火山',
    ]);
    expect(mentions('苏丹麦洛维大坝、罗赛雷斯大坝加高、上阿特巴拉水利枢纽。')).toContainEqual([
      '罗赛雷斯大坝',
      'place:~罗赛雷斯大坝',
    ]);
  });
});

describe("the recognizer's two-character place that cuts a word of the segmenter's", () => {
  it('is none (纽约 of 水利枢纽约, 加沙 of 参加沙特, 法国 of 司法国际)', () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, e]) => e);
    expect(ids('距离万泉河支流红岭水利枢纽约100公里的文昌文南村。')).not.toContain('place:new-york');
    expect(ids('积极参与沙特工业化进程，参加沙特重大基础设施建设。')).not.toContain('place:gaza');
    expect(ids('要深化执法司法国际合作，加强领事保护。')).not.toContain('country:FR');
  });

  it('stands after a one-character word glued to it (驻澳门某部, 环渤海地区)', () => {
    expect(mentions('习近平来到驻澳门某部新口岸营区。')).toContainEqual(['澳门', 'place:MO']);
    expect(mentions('有力保障了京津冀及环渤海地区的用气需求。')).toContainEqual(['渤海', 'place:bohai']);
  });
});

describe("the recognizer's place cut out of a dictionary place", () => {
  it('is the whole dictionary name one character longer (满洲|里, 阿拉山|口, 卡|赫拉曼马拉什省)', () => {
    // The whole name, which the dictionary then knows as the city's form the recognizer reads (`recognized`).
    expect(mentions('今年以来，中欧班列东通道满洲里、绥芬河、同江铁路口岸累计通行。')).toContainEqual([
      '满洲里',
      'place:cn-150781',
    ]);
    expect(mentions('总台记者8日抵达卡赫拉曼马拉什省的省会卡赫拉曼马拉什市。')).toContainEqual([
      '卡赫拉曼马拉什省',
      'place:kahramanmaras',
    ]);
  });

  it('is not grown into a word (义乌市场) nor into a region of China abroad (加拿大西北地区)', () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, e]) => e);
    expect(ids('今天，义乌市场经营主体突破百万户。')).not.toContain('place:cn-330782');
    expect(ids('加拿大西北地区因林火进入紧急状态。')).not.toContain('place:northwest-china');
  });
});

describe('陆军 alone, read by the recognizer as a body', () => {
  it("is the PLA's army (a recognized form of its entry)", () => {
    expect(mentions('今年开训，陆军采用了新版陆军军事训练大纲。')).toContainEqual(['陆军', 'organization:pla-army']);
  });
  it("leaves a foreign army written with its country that country's", () => {
    expect(mentions('美国陆军宣布裁员。')).not.toContainEqual(['陆军', 'organization:pla-army']);
  });
  it("is no place's army where it opens a longer name (重庆陆军军医大学: the university, in Chongqing)", () => {
    expect(mentions('重庆陆军军医大学新桥医院的产房迎来了第一位宝宝。').slice(0, 2)).toEqual([
      ['重庆', 'place:cn-50'],
      ['陆军军医大学', 'organization:army-medical-university'],
    ]);
  });
});

describe("Japan's Liberal Democratic Party", () => {
  it("is 自民党 and 日本自由民主党, not the bare 自由民主党 of other countries' parties", () => {
    expect(mentions('日本自由民主党干事长表示，自民党将继续执政。')).toEqual(
      expect.arrayContaining([
        ['日本自由民主党', 'organization:ldp-japan'],
        ['自民党', 'organization:ldp-japan'],
      ]),
    );
    expect(mentions('保守党仅保住其中一席，反对党工党和自由民主党各赢得一个选区。')).not.toContainEqual([
      '自由民主党',
      'organization:ldp-japan',
    ]);
  });
});

describe("a foreign body's name glued inside a dotted name (阿卜杜勒法塔赫·塞西)", () => {
  it("is part of the person's name, not the body (Fatah)", () => {
    const found = mentions('国家主席习近平致电阿卜杜勒法塔赫·塞西，祝贺他当选连任埃及总统。');
    expect(found).not.toContainEqual(['法塔赫', 'organization:fatah']);
    expect(found).toContainEqual(['塞西', 'person:abdel-fattah-el-sisi']);
  });
  it('stays the body elsewhere (巴勒斯坦法塔赫发表声明)', () => {
    expect(mentions('巴勒斯坦法塔赫发表声明。')).toContainEqual(['法塔赫', 'organization:fatah']);
  });
});

describe('the 长 of 部长 before a name (国防部副部长沙波瓦洛夫, 外交部长沙伦赛)', () => {
  it('opens no place (长沙): the name after the title is read', () => {
    const found = mentions('乌克兰总统办公室副主任季莫申科、国防部副部长沙波瓦洛夫辞职。');
    expect(found).not.toContainEqual(['长沙', 'place:cn-4301']);
    expect(found).toContainEqual(['沙波瓦洛夫', 'person:~沙波瓦洛夫']);
    expect(mentions('以色列基础设施部长沙龙提出建议。')).toContainEqual(['沙龙', 'person:ariel-sharon']);
  });
  it('leaves the place after other bodies (新华社长沙, 中科院长春光机所)', () => {
    expect(mentions('据新华社长沙１月８日电，中科院长春光机所研制成功。')).toEqual(
      expect.arrayContaining([
        ['长沙', 'place:cn-4301'],
        ['长春', 'place:cn-2201'],
      ]),
    );
  });
});

describe("a country's abbreviation before its forces or the sea, over a place (乌海军 in a report on Ukraine)", () => {
  it('is the country and its navy, not the city of Wuhai (乌海军, 乌海上无人舰队)', () => {
    expect(mentions('乌克兰海军发言人21日称，乌海军打击了俄罗斯舰艇。')).toContainEqual([
      '乌海军',
      'organization:~乌克兰海军',
    ]);
    expect(mentions('乌克兰官员称，一年来乌海上无人舰队打击了多艘舰艇。')).toContainEqual(['乌', 'country:UA']);
  });
  it('leaves Wuhai where the article names no such country or no forces follow', () => {
    expect(mentions('内蒙古乌海的6万多盆菊花竞相开放。')).toContainEqual(['乌海', 'place:cn-1503']);
    expect(mentions('乌克兰代表团参观了乌海的黄河大桥。')).toContainEqual(['乌海', 'place:cn-1503']);
  });
});

describe('a place in brackets after an organization (a campus or site)', () => {
  it("is part of the organization's name, no mention of its own (中国石油大学（北京）, 中国工商银行（巴西）)", () => {
    expect(mentions('近日，国家主席习近平复信中国石油大学（北京）的中亚留学生。')).toEqual([
      ['习近平', 'person:xi-jinping'],
      ['中国石油大学（北京）', 'organization:upc'],
      ['中亚', 'place:central-asia'],
    ]);
    expect(mentions('决定授权中国工商银行（巴西）担任人民币清算行。')).toEqual([
      ['中国工商银行（巴西）', 'organization:icbc'],
    ]);
  });
  it('takes a campus written after the place (西南石油大学（成都校区）) but not other words in brackets', () => {
    expect(ofType('传递活动在西南石油大学（成都校区）举行。', 'place')).toEqual([]);
    expect(mentions('中国石油大学（北京市海淀区）的学生。')).toContainEqual(['中国石油大学', 'organization:upc']);
  });
  it('leaves the place after another body, where the brackets begin a longer name (上合组织（连云港）国际物流园)', () => {
    expect(mentions('上合组织（连云港）国际物流园开通新线路。')).toContainEqual(['连云港', 'place:cn-3207']);
  });
});

describe("a recognizer's organization opened by a verb", () => {
  it.each([
    ['贯彻落实党的二十大精神、聚焦常委会重点工作开展调查研究。', '聚焦常委会'],
    ['两人共同致信习近平主席，介绍基金会和飞虎队老兵支持推动中美友好。', '介绍基金会'],
    ['维护国际公平正义，抵制集团对立、分裂对抗。', '抵制集团'],
    ['民间友好事业指明了方向。希望委员会落实好两国元首重要共识。', '希望委员会'],
    ['大力发展银团贷款，支持千户国有大型企业。', '大力发展银团'],
  ])('names nothing: %s', (body, junk) => {
    expect(ofType(body, 'organization')).not.toContain(junk);
  });
  it('leaves the body after the verb to the dictionary (来自军委装备发展部的代表)', () => {
    expect(mentions('来自军委装备发展部的饶文敏代表发言。')).toContainEqual([
      '军委装备发展部',
      'organization:cmc-equipment-development-department',
    ]);
  });
  it('gives back the country a school after 读 had swallowed (到中国读大学)', () => {
    expect(mentions('欢迎你们长大后到中国读大学。')).toEqual([['中国', 'country:CN']]);
  });
  it('reads 集团 before 军 as a group army, no company (创新集团军建设)', () => {
    expect(ofType('贯彻新时代军事战略方针，创新集团军建设管理和作战运用方式。', 'organization')).toEqual([]);
  });
  it('keeps names that open with 希望, which is also a name (希望中文学校)', () => {
    expect(ofType('由黄河艺术团和希望中文学校联合举办的春节联欢晚会在当地举行。', 'organization')).toContain(
      '希望中文学校',
    );
  });
});

describe("a recognizer's organization after a count or a quantifier", () => {
  it.each([
    ['截至目前，我国已设置2个国家儿童医学中心和5个区域中心。', '国家儿童医学中心'],
    ['从1984年我国设立首批海事法院，40年来不断加强海事司法。', '海事法院'],
    ['该署金融司去年对全国１１０家信托投资公司进行审计。', '信托投资公司'],
    ['两伊达成一致，决定设立一个人道委员会，负责解决战争遗留的问题。', '人道委员会'],
  ])('is a kind of body, no name: %s', (body, kind) => {
    expect(ofType(body, 'organization')).not.toContain(kind);
  });
  it('keeps a body named without a count before it', () => {
    expect(ofType('我国设立的最高人民法院第一巡回法庭和厦门海事法院今天举行活动。', 'organization')).toContain(
      '厦门海事法院',
    );
  });
});

describe("the Central Military Commission's organs", () => {
  it.each([
    ['中央军委办公厅印发通知。', '中央军委办公厅', 'organization:cmc-general-office'],
    [
      '由军委纪委监委对其严重违纪违法问题立案审查。',
      '军委纪委监委',
      'organization:cmc-discipline-inspection-commission',
    ],
    ['经中央军委批准，军委政法委员会组织编印。', '军委政法委员会', 'organization:cmc-politics-and-law-commission'],
    ['中央军委联合参谋部有关负责同志介绍。', '中央军委联合参谋部', 'organization:cmc-joint-staff-department'],
  ])('are linked where written in full, shortened or as 军委…: %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('bodies of two countries written as a compound of their abbreviations', () => {
  it('gives the institution after the second of a compound to neither country alone (中德政府磋商, 俄中议会合作)', () => {
    expect(mentions('第七轮中德政府磋商举行。')).toEqual([
      ['中', 'country:CN'],
      ['德', 'country:DE'],
    ]);
    expect(ofType('促进俄中议会合作深入发展。', 'organization')).toEqual([]);
  });
  it('keeps an institution after a country written alone (美军, 德政府)', () => {
    expect(mentions('美军在叙利亚。')).toContainEqual(['美军', 'organization:~美国武装部队']);
  });
  it('reads a body named with such a compound whole (匈中双语学校, 中希文明互鉴中心)', () => {
    expect(mentions('习近平复信匈牙利匈中双语学校学生。')).toContainEqual([
      '匈中双语学校',
      'organization:hungarian-chinese-bilingual-school',
    ]);
    expect(ofType('两国建立中希文明互鉴中心。', 'country')).toEqual([]);
  });
});

describe('sites and bodies whose names hold a place, a country or a congress', () => {
  it.each([
    ['东京电力公司将福岛第一核电站核污染水排海。', '福岛第一核电站', 'place:fukushima-daiichi-npp'],
    ['在北京城市副中心，一批项目开工。', '北京城市副中心', 'place:beijing-sub-center'],
    ['据中国地震台网正式测定。', '中国地震台网', 'organization:cenc'],
    ['他们参观了中共一大纪念馆。', '中共一大纪念馆', 'organization:memorial-of-the-first-cpc-congress'],
  ])('are one entity: %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
    expect(mentions(body)).toHaveLength(body.startsWith('东京') ? 2 : 1);
  });
});

describe("a country's name before a party or a state body of its own", () => {
  it('is part of the name, as the gold reads 巴西劳工党 (日本自民党, 美国白宫, 中国共青团)', () => {
    expect(mentions('巴西劳工党表示。日本自民党召开会议。')).toEqual([
      ['巴西劳工党', 'organization:brazil-workers-party'],
      ['日本自民党', 'organization:ldp-japan'],
    ]);
    expect(mentions('美国白宫发表声明。中国共青团成立。')).toEqual([
      ['美国白宫', 'organization:white-house'],
      ['中国共青团', 'organization:cyl'],
    ]);
  });
  it('stays apart before a company, a university or an armed group outside the state (美国 + 微软公司, 也门 + 胡塞武装)', () => {
    expect(mentions('美国微软公司宣布。也门胡塞武装称。')).toEqual([
      ['美国', 'country:US'],
      ['微软公司', 'organization:microsoft'],
      ['也门', 'country:YE'],
      ['胡塞武装', 'organization:houthis'],
    ]);
  });
  it('still leaves the country alone before an office (美国中情局局长)', () => {
    expect(mentions('美国中情局局长伯恩斯说。').slice(0, 1)).toEqual([['美国', 'country:US']]);
  });
});

describe('names the recognizer cut or read inside others (second precision hunt, seed 7171)', () => {
  it.each([
    ['土耳其大国民议会大会23日批准。', '土耳其大国民议会', 'organization:turkey-gnat'],
    ['土耳其议会表示。', '土耳其议会', 'organization:turkey-gnat'],
    ['伦敦金融城将继续积极参与。', '伦敦金融城', 'place:city-of-london'],
    ['驻京部队老干部在中国剧院欢聚一堂。', '中国剧院', 'organization:china-theatre-beijing'],
    ['用好中塔中医药中心。', '中塔中医药中心', 'organization:china-tajikistan-tcm-center'],
  ])('are one entity: %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
    expect(mentions(body).map(([t]) => t)).not.toContain(text === '中国剧院' ? '中国' : '伦敦');
  });
});

describe('texts the recognizer read as names that name nothing (not-entities.yaml, the hunt of seed 9191)', () => {
  it("are no mentions (资格审查委员会, a kind of body; 海岛, from the hunt over People's Daily, seed 9292)", () => {
    expect(ofType('第八届资格审查委员会举行会议。', 'organization')).toEqual([]);
    expect(mentions('从雪域高原到海岛边关，各族群众一起收看。')).toEqual([]);
  });
  it('leave the Asian Winter Games an event of the dictionary (亚冬会)', () => {
    expect(mentions('寓意本届亚冬会将充满活力。')).toEqual([['亚冬会', 'event:harbin-asian-winter-games']]);
  });
});

describe("a recognizer's person that is a place", () => {
  it('is a place before a site or a place noun (查果拉哨所, 乌拉盖管理区, 张园西片区)', () => {
    expect(mentions('官兵在查果拉哨所执勤。')).toEqual([['查果拉', 'place:~查果拉']]);
  });
  it('is a place in a list beside places (特拉维夫、赖姆), not a person in a list of people', () => {
    expect(mentions('以色列特拉维夫、赖姆军事基地等地遭火箭弹袭击。')).toContainEqual(['赖姆', 'place:~赖姆']);
    expect(ofType('邓朴方、甘柏林、刘汉彬、刘启林等出席。', 'person')).toContain('刘汉彬');
  });
  it('stays a person before 镇定 and after a title (周公镇定, 法定代表人张晓东、宁夏…公司)', () => {
    expect(ofType('面对世界风云的动荡，惟周公镇定地把目光投向远方。', 'place')).not.toContain('周公');
  });
});

describe('a structure named after the place before it', () => {
  it('is one place with the structure word (楠竹山隧道, 沙坪河特大桥, 团洲垸)', () => {
    expect(mentions('渝湘高铁重点控制性工程——全长一万多米的楠竹山隧道昨天（3月16日）贯通。')).toContainEqual([
      '楠竹山隧道',
      'place:~楠竹山隧道',
    ]);
    expect(mentions('广西：沙坪河特大桥顺利合龙。')).toContainEqual(['沙坪河特大桥', 'place:~沙坪河特大桥']);
  });
  it('is not grown where a longer name runs on before the place (常泰长江大桥)', () => {
    expect(mentions('常泰长江大桥主塔封顶。').map(([t]) => t)).not.toContain('长江大桥');
  });
});

describe('the theme education leading group and the southeast coast (the hunt of seed 9191)', () => {
  it('is one organization, the doctrine and the leader inside it no mentions of their own', () => {
    expect(mentions('中央学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组印发通知。')).toEqual([
      [
        '中央学习贯彻习近平新时代中国特色社会主义思想主题教育领导小组',
        'organization:central-theme-education-leading-group',
      ],
    ]);
  });
  it('reads 东南沿海 as the coast, not a bare 东南', () => {
    expect(mentions('福建地处我国东南沿海。')).toContainEqual(['东南沿海', 'place:southeast-coast']);
  });
});

describe("a recognizer's name opening with a dash", () => {
  it('is the tail of a name cut at its join, no mention (远东—东北: no place —东北)', () => {
    expect(mentions('双方同意深化务实合作，进一步推进远东—东北地方合作，推动两国关系发展。').map(([t]) => t)).toEqual([
      '远东',
    ]);
  });
  it('leaves the bridge from Davao to Samal whole, a place of the dictionary', () => {
    expect(mentions('菲律宾达沃-萨马尔岛跨海大桥是中国援建项目。')).toContainEqual([
      '达沃-萨马尔岛跨海大桥',
      'place:davao-samal-bridge',
    ]);
  });
});

describe('names read across words, from the hunts of seeds 179–193', () => {
  it('reads no Changsha in the 长 of 议长 (吉尔吉斯斯坦议长沙基耶夫), but the city after 建议', () => {
    const found = mentions('吉尔吉斯斯坦议长沙基耶夫会见了代表团。');
    expect(found).not.toContainEqual(['长沙', 'place:cn-4301']);
    expect(found).toContainEqual(['沙基耶夫', 'person:~沙基耶夫']);
    expect(mentions('专家建议长沙加快建设。')).toContainEqual(['长沙', 'place:cn-4301']);
  });
  it('reads no Japan in a daily harvest by machine or a brand day’s media (日机收, 品牌日媒体), but in 日媒', () => {
    expect(mentions('日机收面积正以360万亩以上的速度推进。')).toEqual([]);
    expect(mentions('开展中国品牌日媒体行动。').map(([, id]) => id)).not.toContain('country:JP');
    expect(mentions('日媒称，内阁支持率下降。')).toContainEqual(['日', 'country:JP']);
  });
  it('reads no Vientiane, Dali or East China Sea in 万象启新篇, 不大理解 and 东海道新干线', () => {
    expect(ofType('日月开新元，万象启新篇。', 'place')).toEqual([]);
    expect(ofType('他说不大理解。', 'place')).toEqual([]);
    expect(mentions('乘坐东海道新干线前往。').map(([, id]) => id)).not.toContain('place:east-china-sea');
    expect(mentions('在云南大理考察。')).toContainEqual(['大理', 'place:cn-5329']);
  });
  it('reads no fire, ridge, crossing or islet as a person (林火“帕克”, 加克洋中脊, 梅迪卡过境点, 乌丘屿)', () => {
    expect(ofType('自7月24日燃起的加州北部林火“帕克”仍在肆虐。', 'person')).toEqual([]);
    expect(ofType('科学家考察了加克洋中脊。', 'place')).toEqual(['加克洋中脊']);
    expect(ofType('大批难民经梅迪卡过境点进入波兰。', 'person')).toEqual([]);
    expect(typeByHead('乌丘屿', 'PER')).toBe('LOC');
    expect(typeByHead('李明', 'PER')).toBe('PER');
  });
  it('reads no institute in 研究所谓 (所谓 "so-called")', () => {
    expect(ofType('美国军方相关项目主要研究所谓“有潜力的”技术。', 'organization')).not.toContain(
      '美国军方相关项目主要研究所',
    );
  });
  it('reads no Jiangsu and Ningxia in 苏宁 nor in a river’s name (苏台河), while 苏皖 stays', () => {
    const ids = (body: string) => mentions(body).map(([, id]) => id);
    expect(ids('张思德、雷锋、苏宁等六位英模。')).not.toContain('place:cn-32');
    expect(ids('梨树招苏台河治理工程。')).not.toContain('place:cn-32');
    expect(ids('苏皖两省加强合作。')).toContain('place:cn-32');
  });
});

describe('shorthand, regions and honorifics, from the hunts of seeds 179–193', () => {
  it('reads 华 after 对 before a word that starts with another abbreviation (对华加征关税: 加 is no Canada)', () => {
    expect(mentions('美国宣布对华加征关税。')).toContainEqual(['华', 'country:CN']);
    expect(mentions('他们对华加大投资。')).toEqual([['华', 'country:CN']]);
  });
  it("reads no China's region where the paragraph's last country, in an earlier sentence, is foreign", () => {
    const canada = mentions('加拿大有422处野火在燃烧。除了当前东部地区火情严峻外，西部地区火势仍在继续。');
    expect(canada.map(([, id]) => id)).not.toContain('place:east-region');
    expect(canada.map(([, id]) => id)).not.toContain('place:west-region');
    // Not where the paragraph writes China before it (我国), nor in a sentence of its own without a foreign place.
    expect(mentions('我国对美国出口增长。东部地区经济发展较快。')).toContainEqual(['东部地区', 'place:east-region']);
    expect(mentions('东部地区经济发展较快。')).toEqual([['东部地区', 'place:east-region']]);
  });
  it('leaves the 同志 of 小平同志 out of the person’s span', () => {
    expect(mentions('小平同志正与美国人卡尔逊交谈。')).toContainEqual(['小平', 'person:deng-xiaoping']);
    expect(mentions('继承邓小平同志的遗志。')).toEqual([['邓小平', 'person:deng-xiaoping']]);
  });
});

describe('more names read across words, from the hunts of seeds 197–211', () => {
  it('reads no Germany and France in 德法兼修 "virtue and law", while 德法两国 stays', () => {
    expect(mentions('坚持德法兼修，培养法治人才。')).toEqual([]);
    expect(mentions('德法两国领导人会晤。')).toEqual([
      ['德', 'country:DE'],
      ['法', 'country:FR'],
    ]);
  });
  it('reads no Beilin District in 东北林区 and no Foshan in 千佛山医院', () => {
    expect(mentions('东北林区防火形势严峻。')).toEqual([]);
    expect(mentions('济南千佛山医院专家介绍。').map(([, id]) => id)).not.toContain('place:cn-4406');
  });
});

describe('legs, ships and parks, from the hunts of seeds 197–211', () => {
  it('reads a relay’s leg as its place, not a station (湖州站共有170名火炬手, 深圳站的火炬传递), but a station elsewhere', () => {
    expect(mentions('湖州站共有170名火炬手参与传递。')).toEqual([['湖州', 'place:cn-3305']]);
    expect(mentions('开始了深圳站的火炬传递。')).toEqual([['深圳', 'place:cn-4403']]);
    expect(mentions('列车抵达湖州站。')).toEqual([['湖州站', 'place:~湖州站']]);
  });
  it('reads no Great Wall in a ship named in single quotes (‘长城’号)', () => {
    expect(mentions('‘长城’号的出口开创了新纪元。').map(([, id]) => id)).not.toContain('place:great-wall');
  });
  it('reads a park before its animals (海南热带雨林国家公园长臂猿), while a species keeps no region (海南长臂猿)', () => {
    expect(mentions('海南热带雨林国家公园长臂猿种群增长。')).toEqual([
      ['海南热带雨林国家公园', 'place:hainan-rainforest-national-park'],
    ]);
    expect(mentions('海南长臂猿数量增至37只。')).toEqual([]);
  });
});

describe('places read across words and trade names, from the hunts of seeds 223–229', () => {
  it('reads no place across ordinary words on both sides (这里加大, 医保定点, 小麦加紧), but a title’s 长 keeps its city', () => {
    expect(mentions('今年这里加大了种植红树林的力度。')).toEqual([]);
    expect(mentions('纳入医保定点医疗机构。')).toEqual([]);
    expect(mentions('咸宁8.9万亩小麦加紧抢收。').map(([, id]) => id)).not.toContain('place:mecca');
    expect(mentions('李强考察了中科院长春光机所。')).toContainEqual(['长春', 'place:cn-2201']);
    expect(mentions('欢迎各国企业投资中国。')).toEqual([['中国', 'country:CN']]);
    expect(mentions('代表团访问拉脱维亚首都里加。')).toContainEqual(['里加', 'place:riga']);
  });
  it('reads no company in a trade’s name left of a company’s (核电 of 中国广东核电集团公司)', () => {
    const found = mentions('中国广东核电集团公司成立。大亚湾核电站由中国核电专家管理。');
    expect(found).toContainEqual(['中国广东核电集团公司', 'organization:cgnpc-1998']);
    expect(found.map(([t]) => t)).not.toContain('核电');
  });
});

describe('涉台 and 美国会计总署, from the hunts of seeds 229–241', () => {
  it('reads the place 涉 or 对 takes as its object (涉台, 涉港, 对台工作), not 台下 after 对, nor 涉藏州县', () => {
    expect(mentions('妥善处理涉台、涉港问题。')).toEqual([
      ['台', 'place:TW'],
      ['港', 'place:HK'],
    ]);
    expect(mentions('四川涉藏州县发展加快。').map(([, id]) => id)).not.toContain('place:cn-54');
    expect(mentions('福建在对台工作中发挥作用。')).toContainEqual(['台', 'place:TW']);
    expect(mentions('他对台下观众致意。')).toEqual([]);
  });
  it('reads no Congress in 美国会 before 会计 or 会费, while 美国会众议院 and 摩洛哥议会继续 stay', () => {
    expect(mentions('应美国会计总署邀请。').map(([, id]) => id)).not.toContain('organization:us-congress');
    expect(mentions('削减美国会费。').map(([, id]) => id)).not.toContain('organization:us-congress');
    expect(mentions('中国全国人大愿同摩洛哥议会继续保持高层互访。')).toContainEqual([
      '摩洛哥议会',
      'organization:~摩洛哥议会',
    ]);
    expect(mentions('美国会众议院通过法案。')).toEqual([['美国会众议院', 'organization:us-house']]);
  });
});

describe('from the hunts of seeds 251–263', () => {
  it('reads no Vietnam in 越…越 (交融中越走越近), no Qinghai in 港澳青创, no place in 红山文化', () => {
    expect(mentions('让两岸同胞在交流交往交融中越走越近。')).toEqual([]);
    expect(mentions('中越两国关系越来越好。')).toEqual([
      ['中', 'country:CN'],
      ['越', 'country:VN'],
    ]);
    expect(mentions('“创享湾”港澳青创基地。').map(([, id]) => id)).toEqual(['place:~创享湾', 'place:HK', 'place:MO']);
    expect(ofType('红山文化玉龙。', 'place')).toEqual([]);
  });
  it('reads Taiwan in “台独” between quotes, not in 总台独家 or 一台独立; no Frankfurt in 法兰克福学派', () => {
    expect(mentions('坚决反对“台独”分裂行径。')).toEqual([['台', 'place:TW']]);
    expect(mentions('这是一台独立设备。')).toEqual([]);
    expect(ofType('法兰克福学派的理论。', 'place')).toEqual([]);
  });
  it("reads another state's 国务院 as its own (泰国国务院, 韩国国务院会议), not China's State Council", () => {
    expect(mentions('韩国国务院会议通过法案。')).toEqual([['韩国国务院', 'organization:~韩国国务院']]);
    expect(mentions('泰国国务院事务部长素博塔表示。').map(([, id]) => id)).not.toContain('organization:state-council');
    expect(mentions('美国国务院发表声明。')).toEqual([['美国国务院', 'organization:us-state-department']]);
  });
});

describe('from the hunts of seeds 269–277', () => {
  it('reads no 日共 in a date or in 共 "in total" (10月3日共和党, 比赛日共产生, 全俄共有)', () => {
    expect(mentions('自10月3日共和党籍前议长麦卡锡被罢免。').map(([, id]) => id)).not.toContain(
      'organization:jcp-japan',
    );
    expect(mentions('首个比赛日共产生72枚金牌。')).toEqual([]);
    expect(mentions('至案发为止，全俄共有约1500人。')).toEqual([]);
    expect(mentions('日共中央委员长志位和夫表示。')[0]).toEqual(['日共', 'organization:jcp-japan']);
    expect(mentions('中共有关部门。')).toEqual([['中共', 'organization:cpc']]);
  });
  it('reads no US in a fine name after its quote (获得“虎翁”美称), but the US saying so at a clause start', () => {
    expect(mentions('尤其擅长画虎，获得“虎翁”美称。')).toEqual([]);
    expect(mentions('美称将继续援助。')).toEqual([['美', 'country:US']]);
  });
  it('reads a place the segmenter glued to another name (纽约联合国总部: 纽约 + 联合国), not a party before its committee', () => {
    expect(mentions('论坛10日在纽约联合国总部开幕。')).toEqual([
      ['纽约', 'place:new-york'],
      ['联合国', 'organization:un'],
    ]);
    expect(mentions('1987年任中共上海市委书记。')).toEqual([['上海市', 'place:cn-31']]);
  });
  it('reads an abbreviation after 旅 "living in" (旅塞华侨华人), not in 旅游', () => {
    expect(mentions('塞尔维亚总统会见旅塞华侨华人代表。')).toEqual([
      ['塞尔维亚', 'country:RS'],
      ['塞', 'country:RS'],
    ]);
    expect(mentions('美国旅游业复苏。')).toEqual([['美国', 'country:US']]);
  });
  it('reads 巴方 as the Palestine a pair of its paragraph fixed (以巴双方 … 巴方), where Brazil and Pakistan are named too', () => {
    const body = '巴西和巴基斯坦外长表示关切。需要以巴双方共同作出努力。他希望巴方采取措施。';
    expect(mentions(body).filter(([t]) => t === '巴')).toEqual([
      ['巴', 'country:PS'],
      ['巴', 'country:PS'],
    ]);
  });
  it('reads a place before 纪念碑 as the monument (华盛顿纪念碑), and a railway police division after its city', () => {
    expect(mentions('游客在华盛顿纪念碑前合影。')).toEqual([['华盛顿纪念碑', 'place:~华盛顿纪念碑']]);
    expect(mentions('成都铁路公安处破获案件。')).toEqual([['成都铁路公安处', 'organization:~成都铁路公安处']]);
  });
  it.each([
    '2023年“职教国培”示范项目启动。',
    '华盖木、蒜头果等30多种极小种群野生植物。',
    '迎春樱、钟花樱等次第开放。',
    '“步长香菊片”都是冒充的。',
    '今年的科技国家队。',
    '今年的扎根西部。',
    '今年的民营博物馆。',
    '万兆光网建设加快。',
    '展陈文物能够吸引观众。',
    '野生华子鱼鱼卵。',
  ])('reads no name in a programme, a plant, a medicine or a metaphor (%s)', (body) => {
    expect(mentions(body)).toEqual([]);
  });
});

describe('from the hunts of seeds 281–293', () => {
  it('reads 众议长, 参议长 and 一院议长 as offices: the parliament in them is no mention, its country is', () => {
    expect(mentions('会见澳大利亚联邦议会参议长莱恩斯。').map(([, id]) => id)).toEqual([
      'country:AU',
      'person:sue-lines',
    ]);
    expect(mentions('会见荷兰议会一院议长布劳恩。').map(([, id]) => id)).toEqual([
      'country:NL',
      'person:jan-anthonie-bruijn',
    ]);
  });
  it("names a city's orchestra or troupe as written, not the city (维也纳爱乐乐团, 香港管弦乐团)", () => {
    expect(mentions('一年一度的维也纳爱乐乐团新年音乐会。')).toEqual([
      ['维也纳爱乐乐团', 'organization:~维也纳爱乐乐团'],
    ]);
    expect(mentions('香港管弦乐团将于大年初一演出。')).toEqual([['香港管弦乐团', 'organization:~香港管弦乐团']]);
  });
  it.each([
    ['由中央人民政府任命。', '中央人民政府', 'organization:state-council'],
    ['中央人民政府委员会任命部长。', '中央人民政府委员会', 'organization:central-peoples-government-council'],
    ['慰问解放军总医院住院官兵。', '解放军总医院', 'organization:pla-general-hospital'],
    ['国内唯一通过中国船级社认证。', '中国船级社', 'organization:china-classification-society'],
    ['中国船舶大连造船正式交付。', '中国船舶大连造船', 'organization:dalian-shipbuilding'],
  ])('%s → %s, no place or country inside', (body, text, id) => {
    expect(mentions(body)).toEqual([[text, id]]);
  });
  it('reads no two-character place of a localizer after a word (监测平台中, 堤坝上的), but 前往台中 and 来到坝上的', () => {
    expect(mentions('实时汇总到监测平台中，')).toEqual([]);
    expect(mentions('坚守在堤坝上的排险者。')).toEqual([]);
    expect(mentions('他前往台中，')).toEqual([['台中', 'place:taichung']]);
    expect(mentions('游客来到坝上的草原。')).toEqual([['坝上', 'place:bashang']]);
  });
  it("links a state's governor after the state's name (夏威夷州州长格林), not another state's", () => {
    expect(mentions('夏威夷州州长格林10日表示。')).toContainEqual(['格林', 'person:josh-green']);
    expect(mentions('阿肯色州州长格林说。')).toContainEqual(['格林', 'person:~格林']);
  });
  it('links the Speaker after 众议长 as after 众议院议长 (美国国会众议长麦卡锡)', () => {
    expect(mentions('美国国会众议长麦卡锡会见蔡英文。')).toContainEqual(['麦卡锡', 'person:kevin-mccarthy']);
  });
  it("links no foreign head of state after a state's governor (里约州州长卡斯特罗 is not Honduras's president)", () => {
    expect(mentions('里约州州长卡斯特罗表示。')).toEqual([
      ['里约州', 'place:rio'],
      ['卡斯特罗', 'person:~卡斯特罗'],
    ]);
    expect(mentions('洪都拉斯总统卡斯特罗表示。')).toContainEqual(['卡斯特罗', 'person:xiomara-castro']);
  });
  it.each([
    ['地震已造成爱媛县、大分县和高知县9人受伤。', '大分县', 'place:oita-prefecture'],
    ['地震已造成爱媛县、大分县和高知县9人受伤。', '高知县', 'place:kochi-prefecture'],
    ['静冈县发生暴雨。', '静冈县', 'place:shizuoka-prefecture'],
    ['在东京都八丈岛。', '东京都', 'place:tokyo'],
    ['以及楠泰尔等多个城市。', '楠泰尔', 'place:nanterre'],
    ['印尼北苏拉威西省发生地震。', '北苏拉威西省', 'place:north-sulawesi'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it.each([
    ['该州游击队组织萨帕塔民族解放军。', '萨帕塔民族解放军', 'organization:ezln'],
    ['针对缅北涉我电信网络诈骗犯罪。', '缅北', 'place:northern-myanmar'],
    ['重申全渔联反对排海。', '全渔联', 'organization:jf-zengyoren'],
  ])('%s → %s (no PLA in a guerrilla army)', (body, text, id) => {
    expect(mentions(body)).toEqual([[text, id]]);
  });
  it('reads no CCTV gala in 迎春晚会, a New Year party', () => {
    expect(mentions('华人华侨举行迎春晚会。')).toEqual([]);
    expect(mentions('全家观看春晚。')).toEqual([['春晚', 'event:spring-festival-gala']]);
  });
  it('reads no body in 陶马 (陶俑、陶马、兵器)', () => {
    expect(mentions('出土陶俑、陶马、兵器等千余件。')).toEqual([]);
  });
});

describe('from the hunts of seeds 317–337', () => {
  it('reads no Changsha in 酋长 + 沙尔基, and the emirate before it', () => {
    expect(mentions('会见富查伊拉酋长沙尔基。').map(([, id]) => id)).toEqual(['place:fujairah', 'person:~沙尔基']);
  });
  it('reads Oakland after California, Auckland elsewhere', () => {
    expect(mentions('美国加利福尼亚州奥克兰市发生枪击。')).toContainEqual(['奥克兰市', 'place:oakland']);
    expect(mentions('新西兰奥克兰发生洪灾。')).toContainEqual(['奥克兰', 'place:auckland']);
  });
  it('reads no Supreme Court in 最高法律规范, but 最高法 alone', () => {
    expect(mentions('宪法是最高法律规范。')).toEqual([]);
    expect(mentions('最高法发布典型案例。')).toEqual([['最高法', 'organization:spc']]);
  });
  it('reads 海中 before a relation word as the Gulf Council and China, in an article naming the Council', () => {
    const ids = mentions('海合会成员国领导人高度评价海中关系和首届海中峰会。').map(([t, id]) => `${t}|${id}`);
    expect(ids).toEqual([
      '海合会|organization:gcc',
      '海|organization:gcc',
      '中|country:CN',
      '海|organization:gcc',
      '中|country:CN',
    ]);
    expect(mentions('青海中南部有雪。')).toEqual([['青海', 'place:cn-63']]);
  });
  it("reads no US party in a paragraph on another country's politics (法国…参议院共和党党团)", () => {
    const doc = pipeline.run(
      rawDoc(
        `---\ntitle: '国际快讯'\ndate: 2024-09-22 10:00\n---\n\n<div><p>美国共和党人表示关切。</p><p>法国总统府公布名单，其中参议院共和党党团负责人勒塔约任内政部长。</p><p>共和党议员批评对华政策。</p></div>\n`,
      ),
    );
    const parties = (doc.mentions ?? []).filter((m) => m.text.startsWith('共和党')).map((m) => [m.block, m.entity]);
    expect(parties).not.toContainEqual([2, 'organization:us-republican-party']);
    expect(parties).toContainEqual([3, 'organization:us-republican-party']);
    expect(mentions('由于法国执政党复兴党支持率低。')).not.toContainEqual(['复兴党', 'organization:baath-syria']);
    expect(mentions('叙利亚总统出席复兴党会议。')).toContainEqual(['复兴党', 'organization:baath-syria']);
    // A paragraph on the US Congress that names the countries it aids keeps the US parties.
    expect(
      mentions('由共和党人掌控的美国国会众议院通过法案，用于支持以色列。而由民主党人掌控的参议院方面称，不会表决。'),
    ).toContainEqual(['民主党', 'organization:us-democratic-party']);
  });
  it.each([
    ['小浪底水利枢纽开始调水调沙。', '小浪底水利枢纽', 'place:xiaolangdi'],
    ['游客参观巴黎圣母院。', '巴黎圣母院', 'place:notre-dame-de-paris'],
    ['波兰马拉舍维奇铁路枢纽。', '马拉舍维奇', 'place:malaszewicze'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it("reads another state's ministry of posts as its own (德国邮电部), not China's of 1998", () => {
    expect(mentions('德国邮电部宣布。')).toEqual([['德国邮电部', 'organization:~德国邮电部']]);
  });
  it.each([
    ['船只抵达阿曼海。', '阿曼海', 'place:gulf-of-oman'],
    ['参观索非亚大教堂。', '索非亚大教堂', 'place:hagia-sophia'],
  ])('%s → %s, no country or city inside', (body, text, id) => {
    expect(mentions(body)).toEqual([[text, id]]);
  });
});

describe('from the hunts of seeds 347–353', () => {
  it("reads several foreign states' ministries as no one's, not China's (伊朗、埃及、约旦等国的外交部)", () => {
    expect(mentions('伊朗、黎巴嫩、埃及、约旦等国的外交部发表声明。')).toContainEqual([
      '外交部',
      'organization:~外交部',
    ]);
    expect(mentions('中俄两国外交部发表联合声明。')).toContainEqual(['外交部', 'organization:mfa']);
  });
  it('links 泽民同志 to Jiang Zemin, 同志 no part of the name', () => {
    expect(mentions('泽民同志在十五大报告中指出。')).toContainEqual(['泽民', 'person:jiang-zemin']);
  });
  it('reads the fair 西洽会 whole, no place 西洽 in it', () => {
    expect(mentions('本届西洽会签约项目。')).toEqual([['西洽会', 'event:western-china-fair']]);
  });
  it.each(['居委会来了新主任。', '成立督导委员会。'])('reads no body in a generic word (%s)', (body) => {
    expect(mentions(body)).toEqual([]);
  });
});

describe('from the hunts of seeds 359–373', () => {
  it.each([
    ['今天，中国商飞公司向市场交付第100架ARJ21。', '中国商飞公司', 'organization:comac'],
    ['南方电网公司投入抢修人员2万余人。', '南方电网公司', 'organization:csg'],
    ['国际评级机构标普全球公司下调评级。', '标普全球公司', 'organization:sp-global'],
  ])("reads a company's name with 公司 after it as the company, not a unit of it (%s)", (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it("reads no unit in a company's parent company, bonds or takeover (脸书母公司, 北交所公司债券, 兼并)", () => {
    expect(mentions('脸书母公司“元”公司违反规定。')).toEqual([['脸书', 'organization:meta']]);
    expect(mentions('北交所公司企业债券市场开市。')).toEqual([['北交所', 'organization:bse']]);
    expect(mentions('邯郸钢铁公司兼并舞阳钢铁公司。')).toContainEqual(['邯郸钢铁公司', 'organization:handan-steel']);
  });
  it.each([
    ['建设世界上海拔最高的特高压工程。', '上海'],
    ['登上海拔5000米的哨所。', '上海'],
    ['进入大马士革西北约25公里处。', '北约'],
    ['G30连霍高速公路、G7京新高速公路等。', 'G7'],
  ])('reads no name across a word (%s: no %s)', (body, text) => {
    expect(mentions(body).map(([t]) => t)).not.toContain(text);
  });
  it('keeps NATO before 约 where no direction stands before it (北约表示)', () => {
    expect(mentions('北约表示。')).toEqual([['北约', 'organization:nato']]);
    expect(mentions('超过G7国家贡献率。')).toEqual([['G7', 'organization:g7']]);
  });
  it('reads no Japan in the 日 of a date before a bank (９月２５日大和银行)', () => {
    expect(mentions('１９９５年９月２５日大和银行开除了他。')).toEqual([['大和银行', 'organization:daiwa-bank']]);
  });
  it('reads a town before its government as the town (九龙镇政府), not Kowloon', () => {
    expect(mentions('九龙镇政府的党员干部。')).toEqual([['九龙镇', 'place:~九龙镇']]);
  });
  it.each(['“2024·中欧人权研讨会”在柏林举行。', '拉紧中欧利益共同体的纽带。'])(
    'reads 中欧 before 人权 or 利益 as China and the EU (%s), not Central Europe',
    (body) => {
      expect(mentions(body).slice(0, 2)).toEqual([
        ['中', 'country:CN'],
        ['欧', 'organization:eu'],
      ]);
    },
  );
  it('reads a facility and a town in a list of places as places, not people (温吉桑储气库群, 米兰、卡塞塔等多地)', () => {
    expect(mentions('温吉桑储气库群日前正式供气。')).toEqual([['温吉桑储气库群', 'place:~温吉桑储气库群']]);
    expect(mentions('在意大利米兰、卡塞塔等多地举办活动。')).toContainEqual(['卡塞塔', 'place:~卡塞塔']);
  });
  it('reads 非方 as Africa in an article that names Africa, and 非 elsewhere as no region', () => {
    expect(mentions('中方同非洲国家密切交往，非方对此高度赞赏。')).toContainEqual(['非', 'place:africa']);
    expect(mentions('中方表示，除非方便，非方不会来。').map(([t]) => t)).not.toContain('非');
  });
  it('gives a sea named after a country back to the country before its navy or customs (日本海军, 挪威海关)', () => {
    expect(mentions('日本海军舰艇抵达。')).toEqual([['日本海军', 'organization:~日本海军']]);
    expect(mentions('挪威海关统计。')).toEqual([['挪威海关', 'organization:~挪威海关']]);
    expect(mentions('巴伦支海和挪威海中立海域。')).toEqual([
      ['巴伦支海', 'place:barents-sea'],
      ['挪威海', 'place:norwegian-sea'],
    ]);
    expect(mentions('船只在日本海航行。')).toEqual([['日本海', 'place:sea-of-japan']]);
  });
  it.each([
    ['杭州第19届亚洲运动会开幕。', '第19届亚洲运动会', 'event:hangzhou-asian-games'],
    ['第33届夏季奥林匹克运动会闭幕。', '第33届夏季奥林匹克运动会', 'event:paris-olympics'],
    ['出席世界气候行动峰会。', '世界气候行动峰会', 'event:cop28-climate-action-summit'],
  ])('reads the games and summits by their full names (%s)', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('from the hunts of seeds 379–389', () => {
  it('reads the members of a list of people named like places as people (王家瑞、吉林、曲青山, 韩国启)', () => {
    const found = mentions('王晓晖、王家瑞、邢善萍（女）、吉林、曲青山、任正晓、韩立明（女）、韩国启、覃伟中、丛亮。');
    expect(found).toContainEqual(['吉林', 'person:~吉林']);
    expect(found).toContainEqual(['韩国启', 'person:~韩国启']);
    expect(found.map(([, id]) => id)).not.toContain('place:cn-22');
    expect(found.map(([, id]) => id)).not.toContain('country:KR');
  });
  it('keeps places in a list of places (访问了北京、吉林、上海)', () => {
    expect(mentions('访问了北京、吉林、上海。')).toContainEqual(['吉林', 'place:cn-22']);
  });
  it('reads a full name written again where the recognizer read its start (傅平均, not 傅平)', () => {
    const raw = `---\ntitle: '傅平均：做乡村振兴的领头雁'\ndate: 2022-10-01 10:00\n---\n\n<div><p>今年72岁的傅平均是浙江宁波奉化滕头村党委书记。</p><p>1993年，傅平均当选滕头村党委书记。</p></div>\n`;
    const people = (pipeline.run(rawDoc(raw)).mentions ?? []).filter((m) => m.type === 'person');
    expect(people.map((m) => [m.block, m.entity])).toEqual([
      [0, 'person:~傅平均'],
      [1, 'person:~傅平均'],
      [2, 'person:~傅平均'],
    ]);
  });
  it('reads the State Council after 联合 "jointly", no UN (联合国务院国资委), and the UN after 抗议 or 建议', () => {
    expect(mentions('由中央广播电视总台联合国务院国资委举办。')).toEqual([
      ['中央广播电视总台', 'organization:cmg'],
      ['国务院国资委', 'organization:sasac'],
    ]);
    expect(mentions('他们抗议联合国的决定。')).toEqual([['联合国', 'organization:un']]);
    expect(mentions('建议联合国采取行动。')).toEqual([['联合国', 'organization:un']]);
  });
  it('reads 留 "studying in" before an abbreviation (留英人士), not before a word (截留法定税收)', () => {
    expect(mentions('留英人士支持。')).toEqual([['英', 'country:GB']]);
    expect(mentions('截留法定税收。')).toEqual([]);
  });
  it('reads 港澳台侨 as Hong Kong, Macao and Taiwan', () => {
    expect(mentions('约700名港澳台侨各界代表出席。').map(([, id]) => id)).toEqual(['place:HK', 'place:MO', 'place:TW']);
  });
  it('reads a name after a factory head as a person, no places (厂长张冀鲁)', () => {
    expect(mentions('厂长张冀鲁首先代表全厂讲话。')).toEqual([['张冀鲁', 'person:~张冀鲁']]);
    expect(mentions('市长赴京沪考察。').map(([t]) => t)).toEqual(['京', '沪']);
  });
  it('gives a bank named after its country back to the country before 业 (日本银行业), and no person before an airfield', () => {
    expect(mentions('对本身已有信心危机的日本银行业。')).toEqual([['日本', 'country:JP']]);
    expect(mentions('日本银行宣布加息。')).toEqual([['日本银行', 'organization:boj']]);
    expect(mentions('萨拉托夫州的恩格斯军用机场。').map(([, id]) => id)).not.toContain('person:friedrich-engels');
  });
  it.each(['加微信、“找朋友”。', '加快15个美丽四川先行县建设。', '右肩背部和左肘部处连捅数刀。'])(
    'reads no name in a verb phrase, a designation or a body part (%s)',
    (body) => {
      expect(mentions(body).filter(([, id]) => id?.includes(':~'))).toEqual([]);
    },
  );
});
