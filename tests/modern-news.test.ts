// The modern-news guide's span rules, with the built-in dictionaries: a country's institutions are its own
// organizations, titles are roles and never part of a name or an organization, names in 《》 titles are no
// mentions, and the countries written inside an initiative or policy are.
import { viewReport } from '../src/schema/report-view.js';
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { scoreEntities } from '../src/evaluate/entities.js';
import type { EntityGoldParagraph, ScoredMention } from '../src/evaluate/entities.js';
import { withoutTitles } from '../src/nlp/rules/titles.js';
import { findDateline } from '../src/nlp/rules/dateline.js';
import { article, rawDoc } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string): Array<[string, string | null]> =>
  (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
    .filter((m) => m.block === 1)
    .map((m) => [m.text, m.entity]);

describe("a country's or place's institutions", () => {
  it('are one organization of that owner, not the Chinese institution of the same name', () => {
    expect(mentions('英国国家统计局23日公布称。')).toEqual([['英国国家统计局', 'organization:~英国国家统计局']]);
    expect(mentions('国家统计局公布数据。')).toEqual([['国家统计局', 'organization:nbs']]);
    expect(mentions('巴西中央银行签署协议。')).toEqual([['巴西中央银行', 'organization:~巴西中央银行']]);
    // China's customs districts are named as written (青岛海关), not 青岛市海关.
    expect(mentions('青岛海关共监管。')).toEqual([['青岛海关', 'organization:~青岛海关']]);
  });

  it("are the dictionary's organization where it lists one for the country under another name (以军 → 以色列国防军)", () => {
    expect(mentions('以色列国防军称，以军和以色列军方继续行动。中国海军护航编队。')).toEqual([
      ['以色列国防军', 'organization:idf'],
      ['以军', 'organization:idf'],
      ['以色列军方', 'organization:idf'],
      ['中国海军', 'organization:pla-navy'],
    ]);
    // 在英国会见: 英国 and 会见 (meets), no parliament.
    expect(mentions('阿拉法特计划在英国会见布莱尔。')[1]).toEqual(['英国', 'country:GB']);
  });

  it('compose armed forces written with a one-character abbreviation (以军) with the country it names', () => {
    expect(mentions('以色列总理表示，以军将继续行动。').filter(([t]) => t === '以军')).toEqual([
      ['以军', 'organization:idf'],
    ]);
  });

  it('are part of a title when an office follows: the owner stays, without the organization', () => {
    expect(mentions('俄罗斯外交部发言人扎哈罗娃表示。').slice(0, 1)).toEqual([['俄罗斯', 'country:RU']]);
    // The formal name 以色列国 does not take the 国 of 国防部长.
    expect(mentions('以色列国防部长加兰特说。').slice(0, 1)).toEqual([['以色列', 'country:IL']]);
  });

  it("are part of the deputies' title before 代表 (全国人大代表), not before 代表大会 or 代表团", () => {
    expect(mentions('全国人大代表聂守军来自黑龙江。').map(([t]) => t)).not.toContain('全国人大');
    expect(mentions('全国人大代表团抵达。').map(([t]) => t)).toContain('全国人大');
  });

  it("make a place's party committee one organization, not in an office title nor the Youth League's", () => {
    expect(mentions('贵阳市委、市政府高度重视。西藏自治区党委召开会议。')).toEqual([
      ['贵阳市委', 'organization:~贵阳市委'],
      ['西藏自治区党委', 'organization:~西藏自治区党委'],
    ]);
    expect(mentions('湖北省委书记王忠林表示。')[0]).toEqual(['湖北省', 'place:cn-42']);
    expect(mentions('广东省委托专家。')).toEqual([['广东省', 'place:cn-44']]);
    expect(mentions('共青团云南省委青年文明号。').map(([t]) => t)).toEqual(['共青团', '云南省']);
    // The party's name before its committee is part of the name, as PFR 1998 writes it (中共云南省委), though not of
    // the id: written with or without it, the committee is one body. Not in a title.
    expect(mentions('中共云南省委召开会议。')).toEqual([['中共云南省委', 'organization:~云南省委']]);
    expect(mentions('中共云南省委宣传部召开会议。')).toEqual([['中共云南省委宣传部', 'organization:~云南省委宣传部']]);
    expect(mentions('由中共黑龙江省委副书记率领。').map(([t]) => t)).toEqual(['中共', '黑龙江省']);
  });

  it("make a place's museum, hospital, court or military district one organization named as written", () => {
    expect(mentions('在湖北省博物馆参观。进入怒江州人民医院工作。永清县法院受理。张家口军分区搭建。')).toEqual([
      ['湖北省博物馆', 'organization:~湖北省博物馆'],
      ['怒江州人民医院', 'organization:~怒江州人民医院'],
      ['永清县法院', 'organization:~永清县法院'],
      ['张家口军分区', 'organization:~张家口军分区'],
    ]);
    // Before an office, a title (中国美术馆馆长 → 中国, as 法国国防部长 → 法国); a street named after one is no museum.
    expect(mentions('湖北省博物馆馆长方勤表示。')[0]).toEqual(['湖北省', 'place:cn-42']);
    expect(mentions('地址：北京美术馆东街。')[0]).toEqual(['北京', 'place:cn-11']);
  });

  it("make a place's newspaper, broadcaster, troupe, college, school or institute one organization as written", () => {
    expect(
      mentions(
        '山西电视台的导演。河北日报发表通讯。费城交响乐团演出。在宜宾学院举行。拉萨中学的老师。敦煌研究院探索。',
      ),
    ).toEqual([
      ['山西电视台', 'organization:~山西电视台'],
      ['河北日报', 'organization:~河北日报'],
      ['费城交响乐团', 'organization:~费城交响乐团'],
      ['宜宾学院', 'organization:~宜宾学院'],
      ['拉萨中学', 'organization:~拉萨中学'],
      ['敦煌研究院', 'organization:~敦煌研究院'],
    ]);
    // A place's people's publishing house and bookshop are its own, not the national ones.
    expect(mentions('四川人民出版社推出新书。闻喜县新华书店开业。人民出版社出版。')).toEqual([
      ['四川人民出版社', 'organization:~四川人民出版社'],
      ['闻喜县新华书店', 'organization:~闻喜县新华书店'],
      ['人民出版社', 'organization:peoples-publishing-house'],
    ]);
    // Not the pupils of a place's schools, nor a college whose hospital the name goes on to.
    expect(mentions('香港小学生到机场迎接。')).toEqual([['香港', 'place:HK']]);
    expect(mentions('昆明医学院第一附属医院陈昆昌医师。').map(([t]) => t)).not.toContain('昆明医学院');
  });

  it("make China's organ written bare the foreign one the article names in full (泰国财政部 … 财政部)", () => {
    const body = '泰国财政部12日宣布。财政部已初步采纳这项建议。';
    const doc = pipeline.run(rawDoc(article(body, '泰国金融危机')));
    expect((doc.mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity])).toEqual([
      ['泰国财政部', 'organization:~泰国财政部'],
      ['财政部', 'organization:~泰国财政部'],
    ]);
    // Where the title names China's, the bare one stays China's.
    const china = pipeline.run(rawDoc(article('美国财政部12日宣布。财政部已初步采纳这项建议。', '中国财政部回应')));
    expect((china.mentions ?? []).filter((m) => m.block === 1).map((m) => m.entity)).toEqual([
      'organization:us-treasury',
      'organization:mof',
    ]);
  });

  it('keep the country heading a foreign body in an office title, by name or abbreviation (老挝人民革命党中央总书记, 俄外交部发言人)', () => {
    expect(mentions('老挝人民革命党中央总书记通伦。').slice(0, 1)).toEqual([['老挝', 'country:LA']]);
    expect(mentions('俄罗斯方面称，俄外交部发言人扎哈罗娃说。').slice(0, 2)).toEqual([
      ['俄罗斯', 'country:RU'],
      ['俄', 'country:RU'],
    ]);
    // Not China's own bodies (中共中央政治局委员), nor part of a name (国 of 以色列国防部长 written 国防部长).
    expect(mentions('中共中央政治局委员王毅。')).toEqual([['王毅', 'person:wang-yi']]);
    expect(mentions('以色列总理称，已解除国防部长加兰特的职务。').map(([t]) => t)).toEqual(['以色列', '加兰特']);
  });

  it('read more offices after the organization that holds them (越共中央总书记, 以军总参谋长, 执行主任, 副新闻秘书, 前秘书长)', () => {
    expect(mentions('习近平会见越共中央总书记阮富仲。')).toEqual([
      ['习近平', 'person:xi-jinping'],
      ['越', 'country:VN'],
      ['阮富仲', 'person:nguyen-phu-trong'],
    ]);
    expect(mentions('以色列国防军总参谋长哈莱维表示。').map(([, id]) => id)).toEqual([
      'country:IL',
      'person:herzi-halevi',
    ]);
    expect(mentions('联合国环境规划署执行主任英格·安德森说。').map(([t]) => t)).toEqual(['英格·安德森']);
    expect(mentions('美国国防部副新闻秘书萨布丽娜·辛格说。').map(([t]) => t)).toEqual(['美国', '萨布丽娜·辛格']);
    expect(mentions('联合国前秘书长潘基文说。').map(([t]) => t)).toEqual(['潘基文']);
  });

  it("read a permanent representative's title whole (常驻联合国代表), while 代表团 stays the body's", () => {
    expect(mentions('中国常驻联合国代表张军表示。').map(([t]) => t)).toEqual(['中国', '张军']);
    expect(mentions('中国常驻联合国第一副代表耿爽说。').map(([t]) => t)).toEqual(['中国', '耿爽']);
    expect(mentions('常驻联合国代表团举行招待会。').map(([, id]) => id)).toEqual(['organization:un']);
  });

  it('leave the body a country chairs a mention (东盟轮值主席国, 二十国集团主席国): no person holds that office', () => {
    expect(mentions('中方支持老挝担任东盟轮值主席国。').map(([, id]) => id)).toContain('organization:asean');
    expect(mentions('巴西担任二十国集团主席国。').map(([, id]) => id)).toContain('organization:g20');
  });

  it('leave China its own institutions (中国外交部) and give an organization in an office title no mention (国务院总理)', () => {
    expect(mentions('中国外交部表示。')[0]?.[1]).toBe('organization:mfa');
    expect(mentions('国务院总理李强出席。').map(([t]) => t)).toEqual(['李强']);
  });
});

describe('a parliament written bare (国会, 众议院, 国民议会)', () => {
  const bodies = (body: string): Array<[string, string | null]> =>
    mentions(body).filter(([, e]) => e?.startsWith('organization:') === true);

  it("is the parliament of the country its sentence names last, linked as that parliament's full name", () => {
    expect(bodies('日本首相岸田文雄14日宣布解散众议院。')).toEqual([['众议院', 'organization:~日本众议院']]);
    expect(bodies('美国总统拜登呼吁国会尽快通过援助法案。')).toEqual([['国会', 'organization:us-congress']]);
    // The recognizer's bare name (one entity across every country) becomes the country's.
    expect(bodies('所罗门群岛4月17日举行新一届国民议会选举。')).toEqual([['国民议会', 'organization:~所罗门群岛议会']]);
  });

  it('is the parliament the article names in full, in a sentence that names no country', () => {
    expect(bodies('韩国国会14日通过弹劾案。国会将依法处理。')).toEqual([
      ['韩国国会', 'organization:~韩国议会'],
      ['国会', 'organization:~韩国议会'],
    ]);
  });

  it('is a chamber of its own, written bare or after its country, not the whole parliament', () => {
    expect(bodies('日本国会众议院举行全体会议，宣布众议院正式解散。')).toEqual([
      ['日本国会众议院', 'organization:~日本众议院'],
      ['众议院', 'organization:~日本众议院'],
    ]);
    expect(bodies('今天在巴基斯坦国民议会、参议院以及各省议会选举中。')).toEqual([
      ['巴基斯坦国民议会', 'organization:~巴基斯坦议会'],
      ['参议院', 'organization:~巴基斯坦参议院'],
    ]);
    expect(bodies('中国全国人大愿同马来西亚国会下议院延续友好交往传统。')).toContainEqual([
      '马来西亚国会下议院',
      'organization:~马来西亚下议院',
    ]);
    expect(bodies('英国议会下院选举计票结果今天公布。')).toEqual([
      ['英国议会下院', 'organization:uk-house-of-commons'],
    ]);
  });

  it("leaves the country alone before a chamber's speaker (哈萨克斯坦议会下院议长)", () => {
    expect(mentions('王沪宁会见哈萨克斯坦议会下院议长科沙诺夫。').map(([t]) => t)).toEqual([
      '王沪宁',
      '哈萨克斯坦',
      '科沙诺夫',
    ]);
  });

  it('is no organization in an office title, a building, a state or region, nor with no foreign country at all', () => {
    expect(bodies('韩国国会议长禹元植表示。')).toEqual([]);
    expect(bodies('美国总统在国会大厦发表演讲。')).toEqual([]);
    expect(bodies('美国加利福尼亚州的该州议会通过法案。')).toEqual([]);
    expect(bodies('国会将依法处理。')).toEqual([]);
    expect(bodies('我国会继续推进改革。')).toEqual([]);
  });
});

describe('titles', () => {
  it('are cut from a person span wherever they were written, and become roles', () => {
    expect(withoutTitles('习近平总书记指出', 0, 6)).toEqual({ start: 0, end: 3 });
    expect(withoutTitles('总统普京', 0, 4)).toEqual({ start: 2, end: 4 });
    expect(withoutTitles('习主席', 0, 3)).toEqual({ start: 0, end: 1 });
    expect(withoutTitles('主席', 0, 2)).toEqual({ start: 0, end: 2 });
    const doc = pipeline.run(rawDoc(article('习近平总书记指出，习主席强调。')));
    const xi = (doc.mentions ?? []).filter((m) => m.entity === 'person:xi-jinping');
    expect(xi.map((m) => [m.text, m.roles ?? []])).toEqual([
      ['习近平', ['总书记']],
      ['习', ['主席']],
    ]);
  });
});

describe('a place written after 首都', () => {
  it('is that place, not one whose name starts with 都 (德国首都柏林 is Berlin, not Dublin)', () => {
    expect(mentions('25日，德国首都柏林上万民众举行集会。')).toEqual([
      ['德国', 'country:DE'],
      ['柏林', 'place:berlin'],
    ]);
    expect(mentions('爱尔兰首都都柏林举行活动。')).toEqual([
      ['爱尔兰', 'country:IE'],
      ['都柏林', 'place:dublin'],
    ]);
  });
});

describe("a country's name starting inside a short form refused for cutting a word", () => {
  it('is that country (更多哥伦比亚: Colombia, not 多哥, Togo; 抵达卡塔尔)', () => {
    expect(mentions('中方鼓励更多哥伦比亚特色优质产品进入中国市场。')).toContainEqual(['哥伦比亚', 'country:CO']);
    expect(mentions('中方鼓励更多哥伦比亚特色优质产品进入中国市场。').map(([, e]) => e)).not.toContain('country:TG');
    expect(mentions('以方人员5日抵达卡塔尔多哈。')).toContainEqual(['卡塔尔', 'country:QA']);
  });
});

describe('names inside other names', () => {
  it('in a 《》 title are no mentions', () => {
    expect(mentions('《习近平谈治国理政》第四卷出版。')).toEqual([]);
  });

  it('keep the countries written inside an initiative or a policy', () => {
    expect(mentions('推进中国式现代化。').map(([t, e]) => [t, e?.split(':')[0]])).toEqual([
      ['中国', 'country'],
      ['中国式现代化', expect.any(String)],
    ]);
  });
});

describe('the entity scorer', () => {
  const gold: EntityGoldParagraph[] = [
    {
      id: '1',
      file: null,
      date: null,
      text: '中美关系',
      mentions: [
        { start: 0, end: 1, text: '中', type: 'COUNTRY', canonical: 'CN' },
        { start: 1, end: 2, text: '美', type: 'COUNTRY', canonical: 'US' },
      ],
    },
  ];
  it('counts a country only with its ISO code, and linking over span-and-type matches', () => {
    const predicted = new Map<string, ScoredMention[]>([
      [
        '1',
        [
          { start: 0, end: 1, text: '中', type: 'COUNTRY', canonical: 'CN' },
          { start: 1, end: 2, text: '美', type: 'COUNTRY', canonical: 'MY' },
          { start: 2, end: 4, text: '关系', type: 'ORG', canonical: '关系' },
        ],
      ],
    ]);
    const s = scoreEntities(gold, predicted);
    // COUNTRY: 中 right, 美 with the wrong code is both a miss and a false positive: P 1/2, R 1/2.
    expect([s.byType.COUNTRY.tp, s.byType.COUNTRY.fp, s.byType.COUNTRY.fn]).toEqual([1, 1, 1]);
    expect(s.byType.COUNTRY.f1).toBeCloseTo(0.5, 10);
    // ORG: one false positive, nothing to find.
    expect([s.byType.ORG.precision, s.byType.ORG.recall, s.byType.ORG.f1]).toEqual([0, 0, 0]);
    // Micro: 1 right of 3 predicted and 2 gold: P 1/3, R 1/2, F1 0.4.
    expect(s.micro.f1).toBeCloseTo(0.4, 10);
    // Both country spans matched by span and type; one links to the gold code.
    expect(s.linking.COUNTRY).toEqual({ matched: 2, linked: 1, accuracy: 0.5 });
  });

  it('links a mention whose gold canonical is one of the entity’s other names (北京 of 北京市), not another’s', () => {
    const beijing: EntityGoldParagraph[] = [
      {
        id: '2',
        file: null,
        date: null,
        text: '北京和天津',
        mentions: [
          { start: 0, end: 2, text: '北京', type: 'LOC', canonical: '北京' },
          { start: 3, end: 5, text: '天津', type: 'LOC', canonical: '天津' },
        ],
      },
    ];
    const predicted = new Map<string, ScoredMention[]>([
      [
        '2',
        [
          { start: 0, end: 2, text: '北京', type: 'LOC', canonical: '北京市', names: ['北京', '京城'] },
          { start: 3, end: 5, text: '天津', type: 'LOC', canonical: '北京市', names: ['北京', '京城'] },
        ],
      ],
    ]);
    expect(scoreEntities(beijing, predicted).linking.LOC).toEqual({ matched: 2, linked: 1, accuracy: 0.5 });
  });
});

describe('datelines', () => {
  it('are read with their agency, place and date; other openings are none', () => {
    expect(findDateline('央视网消息（新闻联播）：在世卫组织')).toEqual({
      end: 12,
      agency: '央视网',
      place: null,
      date: null,
    });
    expect(findDateline('据新华社北京１月２日电（记者王黎）’９８北京')).toEqual({
      end: 17,
      agency: '新华社',
      place: '北京',
      date: '１月２日',
    });
    expect(findDateline('本报渥太华１月２日电记者邹德浩报道：为减少')).toEqual({
      end: 18,
      agency: '本报',
      place: '渥太华',
      date: '１月２日',
    });
    expect(findDateline('本报讯由电台、电视台记者')).toEqual({ end: 3, agency: '本报', place: null, date: null });
    expect(findDateline('本报北京１月６日讯记者李某报道：今天')).toEqual({
      end: 16,
      agency: '本报',
      place: '北京',
      date: '１月６日',
    });
    expect(findDateline('本报讯记者李长云报道：１９９７至１９９８')).toEqual({
      end: 11,
      agency: '本报',
      place: null,
      date: null,
    });
    // The place's country in brackets is part of the dateline (no Switzerland counted from it).
    expect(findDateline('新华社达沃斯（瑞士）１月２９日电（记者李敬臣）世界经济论坛')).toEqual({
      end: 23,
      agency: '新华社',
      place: '达沃斯',
      date: '１月２９日',
    });
    expect(findDateline('本报记者讯问了他')).toBeNull();
    expect(findDateline('新华社长篇通讯：习近平的天下情怀')).toBeNull();
    expect(findDateline('新华社记者报道')).toBeNull();
    expect(findDateline('中国外交部表示')).toBeNull();
  });

  it('go to the report metadata, and their names count for no entity or pair', () => {
    const doc = pipeline.run(rawDoc(article('<p><strong>央视网消息</strong>（新闻联播）：新华社记者在北京采访。</p>')));
    expect(doc.report?.meta.dateline).toEqual({
      block: 1,
      text: '央视网消息（新闻联播）：',
      agency: '央视网',
      place: null,
      date: null,
    });
    expect((doc.mentions ?? []).filter((m) => m.dateline === true).map((m) => m.text)).toEqual(['央视网']);
    expect(doc.report?.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['新华通讯社', '北京市']));
    expect(doc.report && viewReport(doc.report).entities.some((e) => e.mentions.some((m) => m.text === '央视网'))).toBe(
      false,
    );
    const cctv = (doc.mentions ?? []).find((m) => m.dateline === true)?.entity;
    expect(cctv).toMatch(/^organization:/);
    expect(doc.cooccurrences?.length).toBeGreaterThan(0);
    expect(doc.cooccurrences?.some((p) => p.a === cctv || p.b === cctv)).toBe(false);
  });
});

describe('datelines after a subtitle or in a title', () => {
  it('are read past the subtitle lines before the first paragraph with a sentence (People’s Daily)', () => {
    const doc = pipeline.run(
      rawDoc(
        article('强调发展长期稳定全面合作</p><p>本报北京１月２０日讯记者廖先旺报道：江泽民主席今天同克雷库总统会谈。'),
      ),
    );
    expect(doc.report?.meta.dateline?.block).toBe(2);
    expect(doc.report?.meta.dateline?.text).toBe('本报北京１月２０日讯记者廖先旺报道：');
    expect(doc.report?.entities.map((e) => e.id)).not.toContain('place:cn-11');
  });

  it('are read in an item that is its title alone, and not past a first paragraph with a sentence', () => {
    const only = pipeline.run(rawDoc('---\ntitle: 新华社武汉一月十八日电（记者唐卫彬）湖北省今天召开会议。\n---\n'));
    expect(only.report?.meta.dateline).toEqual({
      block: 0,
      text: '新华社武汉一月十八日电（记者唐卫彬）',
      agency: '新华社',
      place: '武汉',
      date: '一月十八日',
    });
    const later = pipeline.run(rawDoc(article('这是一句话。</p><p>新华社北京１月２日电　另一条消息。')));
    expect(later.report?.meta.dateline).toBeUndefined();
  });

  it('opening a later item (a round-up) count for no entity either, nor its reporter', () => {
    const doc = pipeline.run(
      rawDoc(
        article(
          '据新华社雅加达１月１５日电（记者洪秉明）印度尼西亚今天宣布改革措施。</p><p>据新华社马尼拉１月１５日电（记者宁述勇）菲律宾今天表示，汇率趋稳。',
        ),
      ),
    );
    const flagged = (doc.mentions ?? []).filter((m) => m.dateline === true && m.block === 2).map((m) => m.text);
    expect(flagged).toEqual(expect.arrayContaining(['新华社', '马尼拉', '宁述勇']));
    const ids = doc.report?.entities.map((e) => e.id) ?? [];
    expect(ids).not.toContain('place:manila');
    expect(ids.some((id) => id.includes('宁述勇'))).toBe(false);
    // The items' own names still count.
    expect(ids).toEqual(expect.arrayContaining(['country:ID', 'country:PH']));
  });
});

describe('three abbreviations in a row', () => {
  it('are countries when each is a common one (中日韩), and a name otherwise (马科斯 after a title)', () => {
    expect(
      mentions('东盟与中日韩领导人会议举行。')
        .filter(([, e]) => e?.startsWith('country:'))
        .map(([t, e]) => [t, e]),
    ).toEqual([
      ['中', 'country:CN'],
      ['日', 'country:JP'],
      ['韩', 'country:KR'],
    ]);
    expect(mentions('菲律宾总统马科斯表示欢迎。').filter(([t]) => '马科斯'.includes(t) && t.length === 1)).toEqual([]);
  });
});

describe("the last part of an office-holder's dotted name after the country and the office", () => {
  it('is the dictionary person holding that office on the date (圭亚那总统阿里), with its other mentions', () => {
    const doc = pipeline.run(rawDoc(article('习近平会见圭亚那总统阿里。阿里表示，圭方愿深化合作。')));
    const ali = (doc.mentions ?? []).filter((m) => m.text === '阿里');
    expect(ali.map((m) => [m.entity, m.rule])).toEqual([
      ['person:irfaan-ali', 'office-holder'],
      ['person:irfaan-ali', 'office-holder'],
    ]);
  });
  it('is no one without the country before the office, and 西藏阿里 stays the prefecture', () => {
    expect(mentions('总统阿里出席。')).not.toContainEqual(['阿里', 'person:irfaan-ali']);
    expect(mentions('西藏阿里地区普兰县。')).toContainEqual(['阿里地区', 'place:cn-5425']);
  });
});

describe("a person's titled form written bare, the article naming the office after the country", () => {
  const people = (title: string, body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body, title))).mentions ?? [])
      .filter((m) => m.type === 'person' && m.text === '穆罕默德')
      .map((m) => [m.text, m.entity]);
  it('is the one holder of that office on the date (沙特王储兼首相 … 穆罕默德: Mohammed bin Salman)', () => {
    expect(people('李强同沙特王储兼首相举行会谈', '李强同穆罕默德举行会谈。穆罕默德表示欢迎。')).toEqual([
      ['穆罕默德', 'person:mohammed-bin-salman'],
      ['穆罕默德', 'person:mohammed-bin-salman'],
    ]);
    expect(people('李强出席阿联酋副总统兼总理举行的欢迎仪式', '当李强抵达时，穆罕默德在祖国宫正门迎接。')).toEqual([
      ['穆罕默德', 'person:mohammed-bin-rashid'],
    ]);
  });
  it('is no one where the article names no such office (李强会见穆罕默德) or two holders fit', () => {
    expect(people('李强会见客人', '李强同穆罕默德举行会谈。')).not.toContainEqual([
      '穆罕默德',
      'person:mohammed-bin-salman',
    ]);
    expect(people('沙特王储和阿联酋总统', '李强同穆罕默德举行会谈。')).toEqual([['穆罕默德', 'person:~穆罕默德']]);
  });
});

describe('named sites and formal names from the recall hunt over 新闻联播 (seed 8383)', () => {
  it.each([
    ['神舟十五号航天员将于6月4日返回东风着陆场。', '东风着陆场', 'place:dongfeng-landing-site'],
    ['700多岁的北京中轴线焕发新活力。', '北京中轴线', 'place:beijing-central-axis'],
    ['在平遥古城，人们欣赏传统戏曲。', '平遥古城', 'place:pingyao-ancient-city'],
    ['圭亚那合作共和国总统出席。', '圭亚那合作共和国', 'country:GY'],
    ['毛里塔尼亚伊斯兰共和国总统出席。', '毛里塔尼亚伊斯兰共和国', 'country:MR'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads 东电 as TEPCO where the article names Japan', () => {
    expect(mentions('抗议者表示，日本政府和东电的做法是为了省钱省事。')).toContainEqual(['东电', 'organization:tepco']);
  });
});
