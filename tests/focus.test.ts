import { fileURLToPath } from 'node:url';
import { check, getIssues } from '@placemarkio/check-geojson';
import { bbox } from '@turf/bbox';
import { featureCollection, point } from '@turf/helpers';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../src/article/read.js';
import { CorpusAggregate } from '../src/corpus/aggregate.js';
import { entitiesCsv, placesGeojson } from '../src/corpus/exports.js';
import { articleCriteria } from '../src/evaluate/focus.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import type { ArticleReportT } from '../src/schema/report.js';
import { article, miniPipeline, rawDoc } from './helpers.js';
import { fakeReport, testMeta } from './corpus-helpers.js';
import type { FakeArticle } from './corpus-helpers.js';

const SEED = fileURLToPath(new URL('../examples/seed-article.md', import.meta.url));
const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
const runFile = (path: string, root: string, id: string): ArticleReportT =>
  pipeline.run(readArticle({ path, root }, id)).report as ArticleReportT;

describe('the focus stage', () => {
  it('gives the seed article the focus Turkmenistan and China, not Afghanistan', () => {
    const report = runFile(SEED, fileURLToPath(new URL('../examples/', import.meta.url)), 'seed-article');
    const focus = report.focus ?? [];
    const countries = focus.filter(([id]) => id.startsWith('country:')).map(([id, rank]) => [id, rank]);
    expect(countries).toEqual([
      ['country:TM', 1],
      ['country:CN', 1],
    ]);
    // Afghanistan is in the title and one closing sentence: mentioned, not what the article is about.
    expect(report.entities.find((e) => e.id === 'country:AF')?.mentions.length).toBe(2);
    expect(focus.some(([id]) => id === 'country:AF')).toBe(false);
    const tm = focus.find(([id]) => id === 'country:TM');
    // 土方, 中土 and 土副总理 are shorthand resolved to Turkmenistan, and count for it; its foreign minister, whom the
    // title names by office (中土外长), is in focus, so the country acts.
    expect(tm?.slice(3)).toEqual(['title', 'lead', 'share', 'spread', 'shorthand', 'actor']);
    expect(focus.filter(([id]) => id.startsWith('person:')).map(([id, , , ...r]) => [id, r.includes('title')])).toEqual(
      [
        ['person:wang-yi', true],
        ['person:rashid-meredov', true],
      ],
    );
  });

  it('gives an empty article and an article without entities an empty focus', () => {
    const empty = miniPipeline().run(rawDoc('---\ntitle: 空\n---\n')).report;
    expect(empty?.focus).toEqual([]);
    const none = miniPipeline().run(rawDoc(article('今天天气很好，大家出去散步。', '天气'))).report;
    expect(none?.entities).toEqual([]);
    expect(none?.focus).toEqual([]);
  });

  it('counts the home country through 我国 and 全国 without naming it', () => {
    const report = miniPipeline().run(
      rawDoc(article('我国粮食产量再创新高，全国秋粮收获过半。', '我国粮食丰收')),
    ).report;
    expect(report?.focus?.[0]?.slice(0, 2)).toEqual(['country:CN', 1]);
    // One body block: no spread over blocks to speak of.
    expect(report?.focus?.[0]?.slice(3)).toEqual(['title', 'lead', 'share', 'national']);
  });

  it('never takes a reason from the dateline', () => {
    const body = '新华社北京１月２日电 今天天气很好，大家出去散步。';
    const report = miniPipeline().run(rawDoc(article(body, '天气'))).report;
    expect(report?.meta.dateline?.place).toBe('北京');
    expect(report?.focus).toEqual([]);
  });
});

/** The focus of a constructed article (blocks joined as paragraphs) under the default pipeline, as [id, rank, ...reasons]. */
const focusOfText = (title: string, blocks: string[]): Array<Array<string | number>> =>
  (pipeline.run(rawDoc(article(blocks.join('</p><p>'), title))).report?.focus ?? []).map(([id, rank, , ...r]) => [
    id,
    rank,
    ...r,
  ]);
const ids = (focus: Array<Array<string | number>>): Array<string | number | undefined> => focus.map((f) => f[0]);
/** The rank an entity has in a focus, or undefined where it is not in it. */
const rank = (focus: Array<Array<string | number>>, id: string): unknown => focus.find((f) => f[0] === id)?.[1];

describe('the home country at national level', () => {
  // 中国书画, 中国书法: the country's name qualifying a thing (中国画 is a genre, no mention of the country at all).
  const show = ['书画展览今天在美术馆开幕，展出作品两百余件。', '观众认为中国书法的笔墨意境令人难忘。'];

  it('is not in focus when its name only qualifies a thing (中国书画, 中国书法) outside the title', () => {
    // Two mentions of 中国, in the lead and again: enough to score, not national news.
    expect(focusOfText('书画展开幕', [`中国${show[0]}`, show[1] as string])).toEqual([]);
  });

  it('is in focus through a cue word (我国) in the lead', () => {
    expect(focusOfText('书画展开幕', [`我国${show[0]}`, show[1] as string])).toEqual([
      ['country:CN', 1, 'lead', 'share', 'national'],
    ]);
  });

  it('takes no reason from a name inside a doctrine or the formula of the leadership (习近平新时代…思想, 以习近平同志为核心的党中央)', () => {
    const blocks = [
      '代表们表示，要坚持以习近平新时代中国特色社会主义思想为指导，贵州要奋力开创发展新局面。',
      '大家表示，要更加紧密地团结在以习近平同志为核心的党中央周围，在贵州大地上书写新篇章。',
      '贵州各地干部群众深入学习习近平文化思想，推动贵州高质量发展。',
    ];
    const focus = ids(focusOfText('贵州干部群众热议', blocks));
    expect(focus).toContain('place:cn-52');
    expect(focus).not.toContain('person:xi-jinping');
    // Named on his own, he is what the article is about.
    expect(
      ids(focusOfText('习近平在贵州考察', ['习近平来到贵州考察调研。', '习近平强调，贵州要奋力开创新局面。'])),
    ).toContain('person:xi-jinping');
  });

  it('gives a person the title its office names (习近平会见马拉维总统 … 马拉维总统查克维拉)', () => {
    const blocks = [
      '国家主席习近平在北京会见来华出席论坛的马拉维总统查克维拉。两国元首宣布提升关系。',
      '习近平指出，中方愿同马方加强合作。马拉维将中国作为最真诚的朋友。',
      '双方签署多项合作文件。',
      '王毅参加会见。',
    ];
    const chakwera = (title: string) => focusOfText(title, blocks).find((f) => f[0] === 'person:lazarus-chakwera');
    // The title's office is his mention there too (counted as the office written alone).
    expect(chakwera('习近平会见马拉维总统')).toEqual([
      'person:lazarus-chakwera',
      1,
      'title',
      'lead',
      'share',
      'spread',
    ]);
    expect(chakwera('习近平会见外国领导人')).toBeUndefined();
  });

  it('reads the home country written 我 before an office in the title (我常驻联合国代表 … 中国常驻联合国代表秦华孙)', () => {
    const blocks = [
      '本报纽约１月２２日电：联合国安理会今天就伊拉克问题进行了磋商。',
      '中国常驻联合国代表秦华孙在磋商结束后向记者发表讲话。秦华孙表示，核查取得了进展。',
    ];
    const qin = (title: string) => focusOfText(title, blocks).find((f) => f[0] === 'person:qin-huasun');
    expect(qin('我常驻联合国代表认为应尽快结束伊拉克核查')?.slice(2)).toContain('title');
    expect(qin('安理会磋商伊拉克核查问题')?.slice(2) ?? []).not.toContain('title');
  });

  it("reads an organization's office in the title as the person the body gives it (习近平会见联合国秘书长 … 古特雷斯)", () => {
    const reasons = (title: string, lead: string, id: string): string[] =>
      focusOfText(title, [lead, '双方就共同关心的问题交换了意见。'])
        .find((f) => f[0] === id)
        ?.slice(2)
        .map(String) ?? [];
    // The office step takes 联合国 into the title (no mention of its own); the nearest body counts, not the summit.
    const un = '国家主席习近平在阿斯塔纳出席上海合作组织峰会期间会见联合国秘书长古特雷斯。';
    expect(reasons('习近平会见联合国秘书长', un, 'person:antonio-guterres')).toContain('title');
    expect(reasons('习近平出席上海合作组织峰会', un, 'person:antonio-guterres')).not.toContain('title');
    // A body's mention kept before the office (欧盟委员会执行副主席谢夫乔维奇).
    const eu = '国务院副总理丁薛祥在布鲁塞尔同欧盟委员会执行副主席谢夫乔维奇举行对话。';
    expect(reasons('丁薛祥同欧盟委员会执行副主席举行对话', eu, 'person:maros-sefcovic')).toContain('title');
  });

  it('counts an office written alone as its one holder the article names (习近平总书记 … 向总书记报告)', () => {
    const blocks = [
      '习近平总书记来到贵州化屋村考察，走进村民家中。',
      '化屋村村民向总书记报告了家里的收入。',
      '牢记总书记嘱托，化屋村发展乡村旅游。',
      '化屋村的黄牛养殖也打出了名气，总书记的话记在村民心里。',
    ];
    const xi = (body: string[]) => focusOfText('乡村振兴幸福路', body).find((f) => f[0] === 'person:xi-jinping');
    expect(xi(blocks)?.slice(2)).toContain('spread');
    // Where two people hold the office (习近平总书记 and 阮富仲总书记), the office alone is neither's.
    const two = [...blocks.slice(0, 3), '越共中央总书记阮富仲也曾来到这里，总书记的话记在村民心里。'];
    expect(xi(two)?.slice(2) ?? []).not.toContain('spread');
    // A deputy holds no office of his own there (国务院副总理丁薛祥 and a bare 总理).
    const deputy = ['国务院副总理丁薛祥今天在北京会见外宾。', '总理在会上发表讲话。', '总理强调，要加强合作。'];
    const ding = focusOfText('会见外宾', deputy).find((f) => f[0] === 'person:ding-xuexiang');
    expect(ding?.slice(2) ?? []).not.toContain('spread');
    // Nor is another country's office his (越南总书记).
    const other = blocks.map((b, i) => (i === 0 ? b : b.replace('总书记', '越南总书记')));
    expect(xi(other)?.slice(2) ?? []).not.toContain('spread');
  });

  it('gives a person the title its office names where the body writes only the name (李强同澳大利亚总理会谈 … 阿尔巴尼斯)', () => {
    const blocks = [
      '欢迎仪式后，李强同阿尔巴尼斯举行会谈。',
      '李强表示，中方愿同澳方一道，推动中澳全面战略伙伴关系持续稳健发展。',
      '阿尔巴尼斯表示，澳方愿同中方加强对话。',
    ];
    const albanese = (title: string) =>
      focusOfText(title, blocks)
        .find((f) => f[0] === 'person:anthony-albanese')
        ?.slice(2);
    expect(albanese('李强同澳大利亚总理会谈')).toContain('title');
    // One who took the office within the year (向…新任总理致贺电, in December 2022 of a premier since May); not one
    // who has held it for longer (in January 2024), whose successor the title would mean.
    const newly = (date: string) =>
      pipeline
        .run(rawDoc(article(blocks.join('</p><p>'), '李强向澳大利亚新任总理致贺电').replace('2024-01-02', date)))
        .report?.focus?.find((f) => f[0] === 'person:anthony-albanese')
        ?.slice(3);
    expect(newly('2022-12-01')).toContain('title');
    expect(newly('2024-01-02') ?? []).not.toContain('title');
    // Another office (外长) or another country's does not name him.
    expect(albanese('李强同澳大利亚外长会谈') ?? []).not.toContain('title');
    expect(albanese('李强同新西兰总理会谈') ?? []).not.toContain('title');
  });

  it('gives each president the title names by a run of shorthand before the office (俄法总统商谈)', () => {
    const blocks = [
      '本报莫斯科１月２日电俄罗斯总统叶利钦和法国总统希拉克在新年第一天通了电话。',
      '两位领导人强调，俄法两国将在国际舞台上进一步加强合作。',
    ];
    // Dated 1998, when both held the office.
    const reasons = (title: string, id: string) =>
      pipeline
        .run(rawDoc(article(blocks.join('</p><p>'), title).replace('2024-01-02', '1998-01-05')))
        .report?.focus?.find((f) => f[0] === id)
        ?.slice(3);
    expect(reasons('俄法总统商谈加强两国合作', 'person:boris-yeltsin')).toContain('title');
    expect(reasons('俄法总统商谈加强两国合作', 'person:jacques-chirac')).toContain('title');
    // One shorthand names one office holder; an aide of the office (新闻秘书) names none.
    expect(reasons('俄总统称两国将加强合作', 'person:jacques-chirac') ?? []).not.toContain('title');
    expect(reasons('俄总统新闻秘书称两国将加强合作', 'person:boris-yeltsin') ?? []).not.toContain('title');
  });

  it("gives a speech's speaker, alone on the line under its title, the title's reason (在春节团拜会上的讲话 … 李鹏)", () => {
    const blocks = [
      '李鹏',
      '（１９９８年１月２７日）',
      '朋友们，同志们：',
      '五谷丰登的牛年即将过去，生机勃勃的虎年就要来临，全国人民沉浸在节日的喜悦之中。',
      '一九九七年，我国改革开放和现代化建设取得了重大成就。我们要继续努力。',
    ];
    const liPeng = (title: string) =>
      pipeline
        .run(rawDoc(article(blocks.join('</p><p>'), title).replace('2024-01-02', '1998-01-28')))
        .report?.focus?.find((f) => f[0] === 'person:li-peng')
        ?.slice(3);
    expect(liPeng('在春节团拜会上的讲话（附图片１张）')).toEqual(['title', 'heading']);
    // The author of an essay, signed on the same line, is not what it is about.
    expect(liPeng('辞旧迎新话春节')).toBeUndefined();
    // The date line may come first, the speaker's line under it (（一九九八年一月一日）（附图片１张） over 李鹏).
    const dated = [blocks[1] ?? '', `${blocks[0]}`, ...blocks.slice(2)];
    const speaker = pipeline
      .run(rawDoc(article(dated.join('</p><p>'), '在新年茶话会上的讲话').replace('2024-01-02', '1998-01-28')))
      .report?.focus?.find((f) => f[0] === 'person:li-peng')
      ?.slice(3);
    expect(speaker).toEqual(['title', 'heading']);
  });

  it('is not lifted by a body named after one of its places (沈阳军区), as it is by a national one (国家统计局)', () => {
    const blocks = (body: string) => [
      `${body}举办迎新春体育游艺比赛，来自机关的老干部参加了比赛。`,
      '比赛设置了多个项目，老干部们积极参与。',
    ];
    expect(ids(focusOfText('沈阳军区举办迎新春体育游艺赛', blocks('沈阳军区政治部')))).toEqual([
      'organization:shenyang-military-region',
    ]);
    expect(ids(focusOfText('国家统计局举办迎新春体育游艺赛', blocks('国家统计局')))).toContain('country:CN');
  });

  it('leaves a national team to itself: 中国举重队 is the team, not the country', () => {
    const team = ['中国举重队今天为获得世界冠军的运动员举行上光荣榜仪式。', '中国举重队的运动员目前正在北京集训。'];
    expect(focusOfText('举重若轻显本色', team)).toEqual([['organization:~中国举重队', 1, 'lead', 'share']]);
  });

  const economy = [
    '三季度经济持续恢复向好。',
    '前三季度，工业增加值同比增长3.7%。',
    '消费、投资、净出口三大需求持续回升。',
    '高技术制造业继续推动我国经济转型升级，国内生产总值稳步增长。',
  ];

  it('is in focus when one of its national institutions stands in the lead (国家统计局发布)', () => {
    const lead = `国家统计局今天发布数据显示，${economy[0]}`;
    expect(focusOfText('经济运行恢复向好', [lead, ...economy.slice(1)])).toEqual([
      ['country:CN', 2, 'share', 'national'],
    ]);
    // The same figures without a national source: only its own word for itself late in the article (我国经济), which
    // makes it secondary where nothing else is in focus, not the 'share' a national source gives.
    const local = [`统计部门今天发布数据显示，${economy[0]}`, ...economy.slice(1)];
    expect(focusOfText('经济运行恢复向好', local)).toEqual([['country:CN', 2, 'national']]);
    expect(focusOfText('经济运行恢复向好', local.slice(0, 3))).toEqual([]);
  });

  it('is the focus, secondary, of national news in which nothing reaches the threshold (国家统计局 once)', () => {
    const profits = [
      '国家统计局今天发布数据显示，一季度规模以上工业企业利润同比增长4.3%。',
      '其中制造业利润增长较快。',
    ];
    // Before, such an item had an empty focus: 国家统计局 named once scores too little, and it says the news is national.
    expect(focusOfText('工业企业利润持续增长', profits)).toEqual([['country:CN', 2, 'national']]);
    // In one sentence it is the item's one subject: primary (see the one-sentence items below).
    expect(focusOfText('工业企业利润持续增长', profits.slice(0, 1))).toEqual([['country:CN', 1, 'national']]);
    // Not where another country is named, nor without a national source.
    expect(focusOfText('工业企业利润持续增长', [profits[0] as string, '其中对德国出口增长。'])).toEqual([]);
    expect(focusOfText('工业企业利润持续增长', ['一季度规模以上工业企业利润同比增长4.3%。'])).toEqual([]);
  });

  it('has the people an announcement of appointments appoints or relieves (主要负责同志职务调整: 林武同志任)', () => {
    const notice = [
      '日前，中共中央决定：李干杰同志不再兼任山东省委书记、常委、委员职务；林武同志任山东省委委员、常委、书记，不再担任山西省委书记职务。',
    ];
    const found = ids(focusOfText('山东、山西省委主要负责同志职务调整', notice));
    expect(found).toContain('person:li-ganjie');
    expect(found).toContain('person:lin-wu');
    // The same names in other news, once in a lead, are no subjects of it.
    expect(ids(focusOfText('山东推进高质量发展', notice))).not.toContain('person:lin-wu');
  });

  it('has the people a title counts, where a list of the body closes with that count (4名中管干部 … 4名同志)', () => {
    const body = [
      '日前，中央纪委国家监委对有关责任人进行问责。',
      '经查，赵文浩、钱桂英、孙忠雄、周晓华4名同志在推进安全生产工作中领导不力，应予问责。',
    ];
    const counted = ids(focusOfText('4名干部因事故被问责', body));
    expect(counted).toEqual(
      expect.arrayContaining(['person:~赵文浩', 'person:~钱桂英', 'person:~孙忠雄', 'person:~周晓华']),
    );
    // Without the count in the title, the same list is no subject.
    expect(ids(focusOfText('干部因事故被问责', body))).not.toContain('person:~赵文浩');
  });

  it("makes no foreign company's country an actor where the article names nothing else of it (柯达 sponsoring sport)", () => {
    const kodak = [
      '柯达公司大中华区公关部主任表示，柯达这个品牌在中国家喻户晓。',
      '为什么柯达会赞助奥运会？柯达是纪录人类美好情感的品牌。',
      '柯达希望通过赞助传达品牌信息。',
    ];
    const found = ids(focusOfText('企业赞助体育的着眼点', kodak));
    expect(found).toContain('organization:kodak');
    expect(found).not.toContain('country:US');
    // Where the article names the country too, the company is it acting.
    const us = [`美国媒体报道，${kodak[0]}`, ...kodak.slice(1)];
    expect(ids(focusOfText('企业赞助体育的着眼点', us))).toContain('country:US');
  });

  it('has an entity the title names and the body names again at least secondary (河北张家口抗震救灾纪实)', () => {
    const body = [
      '地震发生后，北京、天津、山西、内蒙古的救灾物资源源不断运到灾区。',
      '尚义县、康保县的干部群众连夜投入抢险，石家庄、唐山、保定的医疗队赶到。',
      '解放军某部官兵在大河乡、海流图乡搭起帐篷，沈阳、太原的物资也陆续运到。',
      '北京、天津、上海、广东、江苏、浙江的捐款也陆续汇到。',
      '山东、河南、湖北、湖南、四川的志愿者也赶来帮助。',
      '福建、江西、安徽、广西、云南、贵州的慰问信寄到了灾区。',
      '大河乡、海流图乡的群众住进了新房。',
      '张家口的灾民们说，党和政府的温暖送到了心坎上。',
    ];
    // Its one body mention is too small a share of a long feature's names to reach the threshold alone.
    expect(rank(focusOfText('张家口抗震救灾纪实', body), 'place:cn-1307')).toBe(2);
    // Named in the title alone, it is not.
    expect(rank(focusOfText('张家口抗震救灾纪实', body.slice(0, 7)), 'place:cn-1307')).toBeUndefined();
  });

  it('names the heads of state a title calls its countries’ 元首 (中美元首会晤), and an aide by his office, not his head', () => {
    const summit = [
      '当地时间11月15日，国家主席习近平在美国旧金山同美国总统拜登举行会晤。',
      '习近平指出，中美关系是世界上最重要的双边关系。拜登表示，美中关系是最重要的双边关系。',
    ];
    const found = focusOfText('中美元首旧金山会晤具有战略意义', summit);
    expect(ids(found)).toEqual(expect.arrayContaining(['person:xi-jinping', 'person:joe-biden']));
    const aide = [
      '8月29日下午，国家主席习近平在北京人民大会堂会见美国总统国家安全事务助理沙利文。',
      '沙利文转达拜登总统对习近平主席的问候。习近平请沙利文转达对拜登总统的问候。',
    ];
    const met = ids(focusOfText('习近平会见美国总统国家安全事务助理', aide));
    expect(met).toContain('person:jake-sullivan');
    expect(met).not.toContain('person:joe-biden');
  });

  it('names the head a session elects, not each deputy of the list after him (…为省政协副主席)', () => {
    const item = [
      '政协青海省第八届委员会第一次全体会议１月１４日选举韩应选为省政协主席，程步云、韩生贵、蔡巨乐、王孝榆、任震宇、岳世淑为省政协副主席。',
    ];
    // People's Daily of 1998 runs such an item as its title alone.
    const found = ids(focusOfText(item[0] as string, item));
    expect(found).toContain('person:~韩应选');
    expect(found.filter((id) => String(id).startsWith('person:'))).toEqual(['person:~韩应选']);
  });

  it('keeps a party as a body of its own, not its country acting (美国共和党, 英国工党)', () => {
    const gop = [
      '美国国会众议院共和党人公布了弹劾指控。',
      '美国共和党表示，将推动众议院表决。',
      '美国共和党领导层召开会议。',
    ];
    const found = focusOfText('美国共和党公布针对国土安全部长弹劾指控', gop);
    expect(ids(found)).toEqual(expect.arrayContaining(['organization:us-republican-party', 'country:US']));
    const labour = ['英国工党当天表示，要求提前举行大选。', '英国工党领袖斯塔默说，保守党政府已失去民心。'];
    expect(ids(focusOfText('英国工党要求提前大选', labour))).toContain('organization:uk-labour');
  });

  it('makes no home company the home country acting (上汽 adjusting its prices is its own business)', () => {
    const saic = [
      '上汽集团日前宣布调整桑塔纳轿车的销售政策，上汽将降低部分车型的价格。',
      '上汽有关负责人表示，这次调整着眼于扩大市场。',
    ];
    const found = focusOfText('上汽调整桑塔纳轿车销售政策', saic);
    expect(ids(found)).toContain('organization:saic-motor');
    expect(ids(found)).not.toContain('country:CN');
    // A body of the state in the same place still is the country acting.
    const council = ['国务院日前印发通知，调整轿车的销售政策。', '国务院要求各地抓好落实。'];
    expect(ids(focusOfText('国务院调整轿车销售政策', council))).toContain('country:CN');
  });

  it("counts no body of China's for an office in a run of titles another country's party opens (越共…、公安部部长)", () => {
    const meeting = ['蔡奇在北京会见越共中央政治局委员、公安部部长苏林。', '蔡奇表示，中越两党两国关系持续深化。'];
    const found = ids(focusOfText('蔡奇会见越共中央政治局委员、公安部部长苏林', meeting));
    expect(found).toContain('person:to-lam');
    expect(found).not.toContain('organization:mps');
    // China's own minister's title still counts for the ministry.
    expect(ids(focusOfText('公安部部长王小洪会见苏林', ['公安部部长王小洪在京会见越南公安部长苏林。']))).toContain(
      'organization:mps',
    );
  });

  it('is the focus, secondary, where it is named in the title or lead and nothing else is in focus (新春的中国)', () => {
    const festival = ['新春的中国处处张灯结彩，大家说说收获，聊聊心愿。', '人们纷纷表示，新的一年要努力打拼。'];
    expect(focusOfText('新春新愿：努力打拼', festival)).toEqual([['country:CN', 2, 'national']]);
    // Not named at the top: a local item it is no focus of.
    expect(focusOfText('新春新愿：努力打拼', festival.slice(1))).toEqual([]);
  });

  it("counts 各地 at the top of a round-up for the home country, not a province's localities (浙江各地)", () => {
    const harvest = ['各地抢抓农时，有序推进秋粮收获。', '各地农业部门组织农机开展跨区作业，秋粮收获进度加快。'];
    expect(rank(focusOfText('各地有序推进秋粮生产', harvest), 'country:CN')).toBe(1);
    // A province's localities, and 各地 in the body only, are no cue.
    const zhejiang = harvest.map((b) => b.replace('各地', '浙江各地'));
    expect(rank(focusOfText('浙江各地有序推进秋粮生产', zhejiang), 'country:CN')).toBeUndefined();
    const body = ['河南农业部门组织农机开展跨区作业。', '督促各地做好秋粮收获工作。'];
    expect(rank(focusOfText('河南有序推进秋粮生产', body), 'country:CN')).toBeUndefined();
  });

  it('makes the one subject of a one-sentence item primary, not several names scoring alike', () => {
    const item = (title: string, body: string[]): Array<Array<string | number>> => focusOfText(title, body);
    const one = item('去年内蒙古财政收入首次突破一百亿元', ['（本报记者）']);
    expect(one).toEqual([['place:cn-15', 1, 'title']]);
    // Two sentences: the same subject stays as it scores.
    const two = item('去年内蒙古财政收入首次突破一百亿元', ['比上年增长百分之十五。', '实现了历史性跨越。']);
    expect(two.find((f) => f[0] === 'place:cn-15')?.[1]).toBe(2);
    // A list of places in one line: none of them is the subject.
    const list = item('河北张北、山东莱阳获评示范县', ['（本报记者）']);
    expect(list.some((f) => f[1] === 1)).toBe(false);
  });

  it("is secondary, not primary, in the CPPCC's, the CMC's or a democratic party's own business (全国政协召开双周协商座谈会)", () => {
    const session = [
      '全国政协今天在京召开双周协商座谈会，围绕推进营商环境建设协商议政。',
      '全国政协主席王沪宁主持会议并讲话。全国政协委员和专家学者在会上发言。',
    ];
    const cppcc = focusOfText('全国政协召开双周协商座谈会', session);
    expect(rank(cppcc, 'organization:cppcc')).toBe(1);
    expect(rank(cppcc, 'country:CN')).toBe(2);
    // With the State Council the state acts (国务院、中央军委公布…条例): the country stays primary.
    const rules = ['国务院、中央军委日前公布实施新修订的征兵工作条例。', '条例对征兵工作作出规定。'];
    expect(rank(focusOfText('国务院、中央军委公布实施新修订的征兵工作条例', rules), 'country:CN')).toBe(1);
    expect(
      rank(
        focusOfText(
          '中央军委公布实施新修订的征兵工作条例',
          rules.map((b) => b.replace('国务院、', '')),
        ),
        'country:CN',
      ),
    ).toBe(2);
    // So in a democratic party's plenum (民革十四届二中全会在京召开).
    const plenum = [
      '民革十四届二中全会今天在京召开。',
      '会议审议通过了民革中央常委会工作报告，民革中央主席郑建邦讲话。',
    ];
    const rcckmt = focusOfText('民革十四届二中全会在京召开', plenum);
    expect(rank(rcckmt, 'organization:rcckmt')).toBe(1);
    expect(rank(rcckmt, 'country:CN')).toBe(2);
  });

  it("takes no reason from a title's closing note in brackets (虎（中国画）)", () => {
    const painting = ['这幅画描绘了山林中的猛虎。', '画家用笔雄健，墨色浓淡相宜。'];
    expect(focusOfText('虎（中国画）', painting)).toEqual([]);
    // The title's country outside the note is national news.
    expect(ids(focusOfText('中国画家笔下的虎', painting))).toContain('country:CN');
  });

  it('takes 全国 for the country the article is about: not the home one in news abroad', () => {
    const sudan = focusOfText('苏丹总统强调实现全国和解', [
      '苏丹总统巴希尔日前发表谈话指出，苏丹实现和平的时期已经到来，全国各地要团结。',
      '巴希尔强调，政府主张通过和平途径在全国实现和平。',
    ]);
    // Sudan and its president, not China: 全国 is Sudan's here.
    expect(ids(sudan)).toEqual(['country:SD', 'person:omar-al-bashir']);
    const grain = focusOfText('全国秋粮收购进度过半', [
      '截至目前，全国累计收购秋粮1.84亿吨。',
      '全国秋粮旺季收购已进入收尾阶段。',
    ]);
    expect(grain[0]).toEqual(['country:CN', 1, 'title', 'lead', 'share', 'national']);
  });

  it('takes no reason from a series label in the title (【大美中国】), but from the same words outside one', () => {
    const body = ['青海省地处青藏高原东北部，是中国的生态屏障。', '如今的青海，生态保护不断取得新成就。'];
    // In the label 中国 brands the series; the one left, in the lead, is a name qualifying a thing.
    expect(ids(focusOfText('【大美中国】青海', body))).toEqual(['place:cn-63']);
    expect(focusOfText('大美中国 青海', body).find((f) => f[0] === 'country:CN')).toEqual([
      'country:CN',
      1,
      'title',
      'lead',
      'share',
    ]);
  });

  it("takes no reason from a media column's name (央视快评：, 【央视快评】, 播发央视快评), which names who comments", () => {
    const body = ['本台今天播发央视快评《谱写亚太合作新篇章》。亚太经合组织领导人非正式会议今天在旧金山举行。'];
    for (const title of ['央视快评：谱写亚太合作新篇章', '【央视快评】谱写亚太合作新篇章'])
      expect(ids(focusOfText(title, body))).not.toContain('organization:cctv');
    expect(
      ids(focusOfText('央视推出亚太合作专题节目', ['央视今天推出专题节目。', '央视记者走访亚太各地。'])),
    ).toContain('organization:cctv');
  });

  it('is not lifted by a news medium in focus (中央电视台), as it is by a state body (国家统计局)', () => {
    const seminar = (body: string) => [
      `${body}工作研讨会日前举行，与会专家认为该工作选题广泛。`,
      `${body}将继续做好这一工作。`,
    ];
    // The broadcaster reports and broadcasts: its programme is not the state acting.
    expect(focusOfText('专家研讨电视栏目', seminar('中央电视台'))).toEqual([['organization:cctv', 1, 'lead', 'share']]);
    // Nor is a publisher named as a bookshop (三联书店) publishing a book.
    expect(focusOfText('专家研讨新书', seminar('三联书店'))).toEqual([
      ['organization:sdx-joint-publishing', 1, 'lead', 'share'],
    ]);
    // Equal scores: the bureau the lead names first, the country its acting lifts after it.
    expect(focusOfText('专家研讨统计工作', seminar('国家统计局'))).toEqual([
      ['organization:nbs', 1, 'lead', 'share'],
      ['country:CN', 1, 'actor'],
    ]);
  });

  it('takes no reason from 全国 in an honour received (获评全国先进典型) or a contest (全国优秀…评选)', () => {
    const body = (lead: string) => [
      `湖北宜昌的调解工作法今年${lead}，当地调解室已有300余处。`,
      '宜昌的调解员走村入户化解纠纷。',
    ];
    expect(ids(focusOfText('宜昌调解工作法获评全国先进典型', body('获评全国先进典型')))).toEqual([
      'place:cn-4205',
      'place:cn-42',
    ]);
    const contest = ['在第七届全国优秀电视节目评选中，湖北宜昌的栏目荣登榜首。', '宜昌的编导们深受鼓舞。'];
    expect(ids(focusOfText('全国优秀电视节目评选揭晓', contest))).not.toContain('country:CN');
    // Spread across the country, 全国 is still the country.
    expect(focusOfText('宜昌调解工作法在全国推广', body('在全国推广')).find((f) => f[0] === 'country:CN')).toEqual([
      'country:CN',
      1,
      'title',
      'lead',
      'share',
      'national',
    ]);
  });

  it('is not in focus through a provincial leader acting in his province (北京市委书记尹力 on Beijing)', () => {
    const beijing = (place: string) => [
      `在今天结束的${place}经济工作会上，${place}委书记尹力强调，要营造发展首都经济的良好环境。`,
      `尹力说，${place}要牢牢把握以经济建设为中心，加快首都经济的发展。`,
      `尹力指出，${place}今年的经济工作要突出抓企业经济效益的改善。`,
    ];
    expect(ids(focusOfText('尹力在经济工作会上提出稳中求进', beijing('北京市')))).toEqual([
      'person:yin-li',
      'place:cn-11',
    ]);
    // Where his place is not what the article is about, he is the state's, as any leader is.
    expect(ids(focusOfText('尹力在经济工作会上提出稳中求进', beijing('')))).toContain('country:CN');
  });

  it('takes no reason from 全国 in a title a person holds (来自云南保山的全国人大代表, 全国劳动模范)', () => {
    const deputy = (title: string) => [
      `央视网消息（新闻联播）：来自云南保山的${title}李国伟是一名非遗传承人，这些年，他一直在推广非遗文化。`,
      '在云南保山的非遗文创街，李国伟代表一直忙着调研，完善细化即将带到全国两会的意见建议。',
      '经过走访调研，李国伟认为，非遗人才匮乏，要通过多种形式向公众普及、推广非遗技艺。',
      '在去年的全国两会上，李国伟从“加强非遗传承人才培养”等方面提出了建议。',
    ];
    // A deputy's profile is no national news for its readers (dev8 296): before, the lead's 全国 made it so.
    for (const title of ['全国人大代表', '全国劳动模范'])
      expect(ids(focusOfText('李国伟：用匠心传承好非遗文化', deputy(title)))).toEqual([
        'person:~李国伟',
        'place:cn-53',
        'place:cn-5305',
      ]);
    // Not a title: the country's whole (在全国推广) still makes it national.
    expect(ids(focusOfText('李国伟：用匠心传承好非遗文化', deputy('在全国推广非遗的')))).toContain('country:CN');
  });

  it('leaves out an organization named only as the source of figures (商务部最新公布的数据显示, 记者从…获悉)', () => {
    const trade = (source: string) => [
      `${source}，1—10月，我国服务进出口总额53445.3亿元人民币，同比增长8.7%。`,
      '知识密集型服务贸易保持增长。',
    ];
    expect(ids(focusOfText('我国服务贸易继续保持增长态势', trade('商务部最新公布的数据显示')))).toEqual(['country:CN']);
    expect(ids(focusOfText('我国服务贸易继续保持增长态势', trade('记者从商务部获悉')))).toEqual(['country:CN']);
    // Acting, or holding the meeting the news comes from, it is a subject.
    const acting = (lead: string) => [`${lead}，服务进出口总额同比增长8.7%。`, '商务部表示将继续扩大开放。'];
    for (const lead of ['商务部部署促进服务贸易发展', '记者从商务部工作会议上获悉'])
      expect(ids(focusOfText('服务贸易保持增长', acting(lead)))).toContain('organization:mofcom');
    // Releasing an index (今天发布，8月…指数为) is publishing figures; releasing a decision is acting.
    const index = [
      '中国中小企业协会今天发布，8月中国中小企业发展指数为89.0。',
      '中国中小企业协会的调查还显示，企业信心增强。',
    ];
    expect(ids(focusOfText('我国中小企业发展指数回升', index))).toEqual(['country:CN']);
    const named = ['生态环境部今天发布，湖北宜昌等106个地区被命名为生态文明建设示范区。', '生态环境部表示将继续推进。'];
    expect(ids(focusOfText('106个地区被命名为生态文明建设示范区', named))).toContain('organization:mee');
    // Named twice, once as the source and once acting, it is not in focus from the one mention alone.
    expect(ids(focusOfText('服务贸易保持增长', acting('记者从商务部获悉')))).not.toContain('organization:mofcom');
  });

  it("gives a person an item's heading names by office that heading's reason (苏丹武装部队总司令称…)", () => {
    const brief = [
      '苏丹武装部队总司令称将继续战斗',
      '苏丹武装部队总司令布尔汉今天抵达埃及，并与埃及总统塞西举行会面。',
      '28日布尔汉在苏丹港发表讲话称，苏丹武装部队将继续全力战斗。',
      '英国空管系统故障 大量航班延误',
      '英国空中交通管理系统发生技术故障，英国一度实施空中交通流量限制。',
    ];
    const burhan = focusOfText('国际联播快讯', brief).find((f) => f[0] === 'person:abdel-fattah-al-burhan');
    expect(burhan?.slice(0, 3)).toEqual(['person:abdel-fattah-al-burhan', 1, 'heading']);
  });

  it("takes no reason from a country's media as a source (德媒称, 据美国媒体报道)", () => {
    const euro = (source: string) => [
      `${source}，7月份国际结算中欧元使用量占比为24.4%，降至新低。`,
      '欧元使用量占比持续下滑。',
    ];
    expect(ids(focusOfText('德媒称欧元在国际结算中占比达新低', euro('据德国媒体近日报道')))).not.toContain(
      'country:DE',
    );
    // The country itself acting is news about it.
    expect(ids(focusOfText('德国称欧元在国际结算中占比达新低', euro('德国政府近日表示')))).toContain('country:DE');
  });

  it('reads a title that is the first sentence of the item as its lead (…迟浩田上将今晚在人民大会堂会见了…)', () => {
    const title = '国务委员兼国防部长迟浩田上将今晚在人民大会堂会见了俄罗斯联邦国防会议秘书安德烈·科科申一行。';
    const focus = focusOfText(title, ['吴铨叙中将、曹刚川中将、俄罗斯驻华大使罗高寿等参加了会见。']);
    expect(focus.find((f) => f[0] === 'person:chi-haotian')?.slice(2)).toEqual(['title', 'lead']);
    // A headline is no sentence: its names have the title's reason only.
    const headline = focusOfText('迟浩田会见俄罗斯客人', ['吴铨叙中将、曹刚川中将等参加了会见。']);
    expect(headline.find((f) => f[0] === 'person:chi-haotian')?.slice(2)).toEqual(['title']);
  });

  it("reads a picture item's caption as its title and lead, and no one from the picture's credit", () => {
    const raw =
      "---\ntitle: '礼花贺新春（图片）'\ndate: 1998-01-30 10:00\n---\n\n<div><p><img src='a.jpg'></p>" +
      '<p class="caption">１月２９日晚，香港维多利亚港上空礼花灿烂，吸引了数十万市民前往观看。（新华社记者张燕辉摄）</p></div>\n';
    const focus = pipeline.run(rawDoc(raw)).report?.focus ?? [];
    expect(focus.map(([id, , , ...r]) => [id, ...r])).toEqual([
      ['place:HK', 'title', 'lead'],
      ['place:victoria-harbour', 'title', 'lead'],
    ]);
  });

  it('takes no reason from an agency credited for a picture (（新华社发美联社照片）)', () => {
    const caption = ['１月７日的印度尼西亚首都雅加达街头，市民排起长队购买平价食用油。（新华社发美联社照片）'];
    const focus = ids(focusOfText('图片新闻', caption));
    expect(focus).toContain('country:ID');
    expect(focus).not.toContain('organization:ap');
    expect(focus).not.toContain('organization:xinhua');
  });

  it("takes no reason from the writer's name in brackets closing the article (…稳定性。（肖佳）)", () => {
    // One paragraph, the lead: without the rule, the writer would share its reason.
    const drug = ['沈阳三生制药公司研制的新药日前投产，该药保证了产品的高纯度和高稳定性。（肖佳）'];
    expect(ids(focusOfText('新药投产', drug))).not.toContain('person:~肖佳');
    // The same name in the text is a subject.
    const award = ['肖佳日前获得全国劳动模范称号。', '肖佳说，这是大家的荣誉。'];
    expect(ids(focusOfText('肖佳获奖', award))).toContain('person:~肖佳');
  });

  it("counts no country for an international organization's official (古特雷斯 is not Portugal acting)", () => {
    const talks = (who: string) => [
      `${who}今天在纽约就加沙局势发表讲话，呼吁立即停火。`,
      `${who}表示，国际社会应加大人道主义援助。`,
      `${who}强调，各方应保持克制。`,
    ];
    expect(ids(focusOfText('联合国秘书长古特雷斯呼吁加沙停火', talks('古特雷斯')))).not.toContain('country:PT');
    // A national leader is his country acting.
    expect(ids(focusOfText('葡萄牙总统德索萨呼吁加沙停火', talks('德索萨')))).toContain('country:PT');
  });

  it("leaves out the capital named as a national meeting's venue (在京闭幕, 在北京人民大会堂举行)", () => {
    const session = (where: string) => [
      `全国人大常委会第十三次会议25日上午${where}。会议经表决，通过了增值税法。`,
      '全国人大常委会委员出席会议。',
    ];
    expect(ids(focusOfText('全国人大常委会会议在京闭幕', session('在北京人民大会堂闭幕')))).not.toContain(
      'place:cn-11',
    );
    // Beijing acting or changing is news about it.
    expect(ids(focusOfText('北京加快建设国际科技创新中心', session('审议了北京的报告')))).toContain('place:cn-11');
  });

  it('leaves out the capital someone travels to or back to (会见来京述职的, 返回北京), but not the 来 of 7年来', () => {
    const report = [
      '国家主席习近平23日下午会见来京述职的澳门特别行政区行政长官贺一诚，听取他对澳门当前形势的汇报。',
      '习近平表示，贺一诚行政长官带领特别行政区政府稳健施政，澳门保持了社会大局稳定。',
    ];
    expect(ids(focusOfText('习近平会见来京述职的贺一诚', report))).not.toContain('place:cn-11');
    const trip = ['李强结束对德国的正式访问后返回北京。', '李强在柏林同德国总理举行会谈，并出席中德经济技术合作论坛。'];
    expect(ids(focusOfText('李强结束访问返回北京', trip))).not.toContain('place:cn-11');
    // Beijing acting after 7年来 is news about it.
    const region = ['7年来京津冀协同发展取得成效。', '北京非首都功能疏解稳步推进，北京的企业纷纷落户雄安。'];
    expect(ids(focusOfText('北京推进京津冀协同发展', region))).toContain('place:cn-11');
  });

  it('takes no reason from 全国 as the yardstick of a province (占全国1.1%的土地, 居全国第3位, 高于全国平均)', () => {
    const figures = (a: string, b: string) => [
      `浙江以${a}的土地创造了可观的生产总值，数字经济增长7%。`,
      `浙江的区域创新能力${b}。`,
    ];
    expect(ids(focusOfText('浙江经济稳中向好', figures('占全国1.1%', '居全国第4位')))).toEqual(['place:cn-33']);
    expect(ids(focusOfText('浙江经济稳中向好', figures('高于全国平均水平', '全国领先')))).toEqual(['place:cn-33']);
    // Where the country is the subject (全国推广), 全国 still counts for it.
    expect(ids(focusOfText('浙江经验在全国推广', figures('全国推广', '在全国推广')))).toContain('country:CN');
  });

  it('counts provinces for a nationwide round-up, not rivers or mountains (大别山, 长江)', () => {
    const hills = ['安徽桐城地处大别山东麓，长江北岸，建城已有1200余年。', '桐城老街纵横、小巷交错。'];
    // The town first: its bare 桐城 in the second block is the town the first names in full (安徽桐城).
    expect(ids(focusOfText('安徽桐城的山水', hills))).toEqual(['place:cn-340881', 'place:cn-34']);
    const spring = [
      '安徽、湖北、四川等地春耕备耕有序推进。',
      '在安徽，农民抢抓农时。在湖北，农机手检修机具。在四川，育秧全面展开。',
    ];
    expect(focusOfText('春耕备耕有序推进', spring).at(-1)).toEqual(['country:CN', 2, 'national']);
  });

  it('does not count Hong Kong and Taiwan as provinces: named beside foreign countries as where goods come from', () => {
    const market = [
      '北京市质检所日前宣布，北京市场上的电子辞典错字问题已有改观。',
      '北京市场上的电子辞典多数来源于香港、台湾和日本，字形沿用香港和台湾的传统汉字。',
      '北京市质检所表示，北京市场已禁止销售不合格产品。',
    ];
    expect(ids(focusOfText('电子辞典汉字显示走向规范', market))).not.toContain('country:CN');
  });
});

describe('the venue of a visit abroad', () => {
  const blocks = (lead: string): string[] => [
    lead,
    '李强表示，中方历来高度重视全球发展和治理问题，中国为世界经济发展注入持续动力。',
    '李强就国际社会加强合作提出三点倡议。',
  ];
  const venueFocus = (title: string, lead: string) => ids(focusOfText(title, blocks(lead)));

  it('puts the foreign place where the title’s home leader is, and its country, in focus (李强在巴黎出席…)', () => {
    const lead = '当地时间23日上午，国务院总理李强在巴黎出席新全球融资契约峰会闭幕式并发表讲话。';
    expect(venueFocus('李强出席新全球融资契约峰会并发表讲话', lead)).toEqual(
      expect.arrayContaining(['person:li-qiang', 'place:paris', 'country:FR']),
    );
  });

  it('leaves it out where the title names a foreign side, or the leader greets a meeting from afar', () => {
    const lead = '当地时间23日上午，国务院总理李强在巴黎会见巴基斯坦总理夏巴兹。';
    expect(venueFocus('李强会见巴基斯坦总理', lead)).not.toContain('place:paris');
    const afar = '国家主席习近平以视频方式向在加拿大蒙特利尔举行的大会开幕式致辞。';
    expect(venueFocus('习近平向大会开幕式致辞', afar)).not.toContain('place:montreal');
  });
});

describe('an item without a body', () => {
  it('takes the first sentence of a title that is the whole text for its lead', () => {
    const title = '巴西农牧业研究公司最近开发出新的西红柿品种。这种西红柿在阿根廷也有种植。';
    // Brazil, written in the company's name, and the company: title and lead; Argentina, in the second sentence: the
    // title only, below the threshold.
    expect(focusOfText(title, [''])).toEqual([
      ['country:BR', 2, 'title', 'lead'],
      ['organization:~巴西农牧业研究公司', 2, 'title', 'lead'],
    ]);
    // A headline without a sentence end is no lead: its names have the title only, below the threshold, and are in
    // focus as what an item names its subjects by when nothing else stands out.
    expect(focusOfText('巴西农牧业研究公司开发出新的西红柿品种', [''])).toEqual([
      ['country:BR', 2, 'title'],
      ['organization:~巴西农牧业研究公司', 2, 'title'],
    ]);
  });

  it('reads a body of only a byline in brackets as no body (本报讯…人事局在工作中接受社会监督。 over （初忠林王文崇）)', () => {
    const title =
      '本报讯山东省烟台市牟平区人事局在工作中接受社会监督。在录用公务员工作中，他们公开张榜通报各阶段的情况。';
    // The bureau, the subject of the title's first sentence, has the title and the lead; the byline names no subject.
    // The item is one sentence besides its title, and the bureau its one subject: primary (as dev13 458's reader has it).
    expect(focusOfText(title, ['（初忠林王文崇黑雪）'])).toEqual([
      ['organization:~山东省烟台市牟平区人事局', 1, 'title', 'lead'],
    ]);
  });
});

describe("a body's party group", () => {
  it('counts for the body too (新华社“三讲”教育… over 新华社党组提出…)', () => {
    const focus = focusOfText('新华社“三讲”教育注重解决实际问题', [
      '本报讯新华社党组提出了“三讲”教育要重点抓住和解决的三个重点问题。各部门都围绕这三个重点进行了深入讨论。',
    ]);
    // Xinhua: the title, and the lead through its party group (the group alone: the lead, below the threshold).
    expect(focus).toEqual([['organization:xinhua', 1, 'title', 'lead', 'share']]);
  });
});

describe('shorthand compounds and provinces in focus', () => {
  it('drops a foreign country found only in a compound (中老友好 in an article that never names Laos)', () => {
    const report = pipeline.run(
      rawDoc(article('中国石油西南油气田年产天然气突破400亿立方米，约占全国天然气产量的五分之一。', '我国西南油气田')),
    ).report;
    // The tagger no longer reads 西南 (an ordinary word before no relation of states) as two abbreviations.
    expect(report?.entities.map((e) => e.id)).not.toContain('country:ES');
    // The field's company is in focus beside the country (占全国 is a comparison, no cue that would outweigh it).
    expect(report?.focus?.map(([id]) => id)).toEqual(['country:CN', 'organization:cnpc']);
    // A compound it reads (中老友好) of a country the article never names is left out of focus.
    const unnamed = focusOfText('中老友好合作不断深化', ['中老友好合作不断深化，全国铁路投资保持高位。']);
    expect(unnamed.map(([id]) => id)).toEqual(['country:CN']);
    // A compound of a country the article names counts for it (中西 with 西班牙).
    const named = focusOfText('中西经贸合作论坛举行', [
      '中西经贸合作论坛今天在马德里举行，西班牙企业代表出席。',
      '中西双方签署多项协议。',
    ]);
    expect(named.find((f) => f[0] === 'country:ES')).toEqual(['country:ES', 1, 'title', 'lead', 'share', 'shorthand']);
  });

  it('adds the province a primary town is placed in, when the article names it', () => {
    const body = (where: string) => [
      `${where}延安供水工程今天建成通水，延安市民喝上了黄河水。`,
      '延安市政府表示，工程将惠及百万群众。',
    ];
    expect(focusOfText('延安供水工程建成通水', body('陕西'))).toEqual([
      ['place:cn-6106', 1, 'title', 'lead', 'share'],
      ['place:cn-61', 2, 'lead', 'place'],
    ]);
    expect(ids(focusOfText('延安供水工程建成通水', body('')))).toEqual(['place:cn-6106']);
  });
});

describe('a body named in an office title', () => {
  it('counts where it stands (外交部发言人答记者问): its spokesman speaks for it', () => {
    const body = ['外交部发言人朱邦造今天就中越边界问题发表评论。', '他说，中方愿通过友好协商解决问题。'];
    // Equal scores: the ministry the title names first.
    expect(focusOfText('外交部发言人答记者问', body)).toEqual([
      ['organization:mfa', 1, 'title', 'lead', 'share'],
      ['country:CN', 1, 'lead', 'share', 'shorthand', 'actor'],
    ]);
  });

  it('is not the home ministry after another country (越南外交部发言人)', () => {
    const body = ['越南外交部发言人今天就越中边界问题发表谈话。', '越方表示愿通过友好协商解决问题。'];
    expect(ids(focusOfText('越南外交部发言人发表谈话', body))).toEqual(['country:VN']);
  });
});

describe("a country's institution in the dictionaries", () => {
  it('counts for its country, as 以军 does (以色列国防军), not as an organization of its own', () => {
    const body = ['以色列国防军7日称，以色列国防军战机空袭了加沙地带的多个目标。', '哈马斯称将全力抵抗。'];
    const focus = focusOfText('以色列国防军称空袭加沙', body);
    expect(ids(focus)).not.toContain('organization:idf');
    expect(focus.find((f) => f[0] === 'country:IL')).toEqual([
      'country:IL',
      1,
      'title',
      'lead',
      'share',
      'institution',
    ]);
  });

  it("counts Japan's forces by their own name (日本自卫队) for Japan", () => {
    const body = [
      '日本政府决定修改日本自卫队法，允许派遣日本自卫队舰艇前往海外营救日本人。',
      '日本自卫队将为此做准备。',
    ];
    const focus = focusOfText('日本拟派自卫队舰艇赴海外救援', body);
    expect(ids(focus)).not.toContain('organization:jp-sdf');
    expect(focus.find((f) => f[0] === 'country:JP')?.slice(0, 2)).toEqual(['country:JP', 1]);
    expect(focus.find((f) => f[0] === 'country:JP')).toContain('institution');
  });

  it('leaves a news agency (越南通讯社) an organization: it reports, and is not its country acting', () => {
    const focus = focusOfText('越南通讯社举行成立纪念活动', ['越南通讯社今天举行活动，越南通讯社社长出席。']);
    expect(ids(focus)).toContain('organization:vna');
  });
});

describe('a foreign country named twice in the lead', () => {
  const rest = ['哈马斯、杰哈德等多个巴勒斯坦武装组织7日发表声明称，将全力抵抗以色列在加沙地带的任何军事行动。'];

  it('is secondary: the lead says where the news happens (以军空袭黎巴嫩南部 … 火箭弹从黎巴嫩发射)', () => {
    const lead =
      '以色列国防军7日称，以军战机对黎巴嫩南部、加沙地带的哈马斯设施进行空袭，此前火箭弹从黎巴嫩射向以色列。';
    expect(focusOfText('以军空袭加沙等地', [lead, ...rest]).find((f) => f[0] === 'country:LB')).toEqual([
      'country:LB',
      2,
      'lead',
      'share',
    ]);
  });

  it('is not in focus from one mention there', () => {
    const lead = '以色列国防军7日称，以军战机对黎巴嫩南部、加沙地带的哈马斯设施进行空袭。';
    expect(ids(focusOfText('以军空袭加沙等地', [lead, ...rest]))).not.toContain('country:LB');
  });
});

describe('the items of a brief', () => {
  const item = (heading: string, text: string) => [heading, text];
  const brief = (second: string[]) => [
    '央视网消息（新闻联播）：',
    ...item(
      '俄称北欧稳定局势因芬兰加入北约改变',
      '4日，在芬兰正式加入北约当天，俄罗斯外交部发表声明说，北欧局势发生重大变化，俄芬关系也遭到负面影响。',
    ),
    ...second,
    ...item('美国宾州一仓库燃起大火', '4日，美国宾夕法尼亚州一个仓库发生火灾，美国媒体称火灾警报级别达到4级。'),
  ];

  it("have their heading weighed as a title: a place it names is secondary (耶路撒冷 in the heading and the item's lead)", () => {
    const clash = item(
      '以军和巴民众在耶路撒冷爆发激烈冲突',
      '5日凌晨，以色列军警进入耶路撒冷老城的阿克萨清真寺，与巴勒斯坦民众爆发冲突，有至少15名巴勒斯坦人受伤。以色列军机还对加沙两处目标实施空袭，以方称巴武装人员从加沙向以色列发射了火箭弹。',
    );
    const focus = focusOfText('国际联播快讯', brief(clash));
    expect(focus.find((f) => f[0] === 'place:jerusalem')).toEqual(['place:jerusalem', 2, 'heading', 'lead', 'share']);
    // Three headed items: up to nine entries, not the eight of one article.
    expect(focus.length).toBe(9);
  });

  it("have each item's subject primary in a brief whose title names nothing (国际联播快讯), not in 国内联播快讯", () => {
    const clash = item(
      '以军和巴民众在耶路撒冷爆发激烈冲突',
      '5日凌晨，以色列军警进入耶路撒冷老城的阿克萨清真寺，与巴勒斯坦民众爆发冲突，有至少15名巴勒斯坦人受伤。',
    );
    const focus = focusOfText('国际联播快讯', brief(clash));
    // The Pennsylvania item's subject is the country its heading names with the state (美国宾州): the United States.
    expect([rank(focus, 'country:RU'), rank(focus, 'country:PS'), rank(focus, 'country:US')]).toEqual([1, 1, 1]);
    expect(rank(focus, 'place:pennsylvania')).not.toBe(1);
    // Home news whose items are the home country's (国内 in its title): they stay secondary beside it.
    const items = [
      '央视网消息（新闻联播）：',
      ...item(
        '我国成功发射首颗可重复使用返回式技术试验卫星',
        '昨天，我国在酒泉卫星发射中心采用长征二号丁运载火箭，成功发射首颗可重复使用返回式技术试验卫星，卫星顺利进入预定轨道。',
      ),
      ...item(
        '第21届中国—东盟博览会今天闭幕',
        '今天，第21届中国—东盟博览会在广西南宁闭幕，本届博览会签约项目数量创新高。',
      ),
      ...item(
        '我国已建成完整的长城资源信息系统',
        '记者从国家文物局获悉，我国已建成完整的长城资源信息数据库，全面掌握了长城资源的数量和分布。',
      ),
    ];
    expect(rank(focusOfText('国内联播快讯', items), 'organization:asean')).toBe(2);
    expect(rank(focusOfText('联播快讯', items), 'organization:asean')).toBe(1);
  });

  it('leave a place out that the heading does not name', () => {
    const clash = item(
      '以军和巴民众爆发激烈冲突',
      '5日凌晨，以色列军警进入耶路撒冷老城的阿克萨清真寺，与巴勒斯坦民众爆发冲突，有至少15名巴勒斯坦人受伤。以色列军机还对加沙两处目标实施空袭，以方称巴武装人员从加沙向以色列发射了火箭弹。',
    );
    expect(ids(focusOfText('国际联播快讯', brief(clash)))).not.toContain('place:jerusalem');
  });
});

describe('the subject of a paragraph', () => {
  const fighting =
    '俄罗斯国防部6日称，俄军打击了乌军多个目标。乌克兰军方称，乌军对俄军阵地进行了打击。俄罗斯和乌克兰在前线发生数十次战斗。';

  it('is secondary when a paragraph names it three times, more than anything else there', () => {
    const belarus = '白俄罗斯总统卢卡申科6日表示，白俄罗斯将加强边境防卫，白俄罗斯军队已进入戒备状态。';
    expect(focusOfText('俄乌双方称打击对方目标', [fighting, belarus]).at(-1)).toEqual([
      'country:BY',
      2,
      'share',
      'institution',
      'paragraph',
    ]);
  });

  it('is not in focus from one mention in a paragraph of its own', () => {
    const belarus = '白俄罗斯总统卢卡申科6日表示将加强边境防卫。';
    // Russia first: 俄罗斯国防部 counts for it, as 俄军 does.
    expect(ids(focusOfText('俄乌双方称打击对方目标', [fighting, belarus]))).toEqual(['country:RU', 'country:UA']);
  });
});

describe('the host of a meeting', () => {
  const forum = (host: string): string[] => [
    '为期两天的东、南部非洲领导人论坛会今天闭幕，与会的12国领导人商讨了非洲经济发展的战略。',
    `出席会议的有坦桑尼亚、肯尼亚、卢旺达和${host}乌干达的总统。`,
    '联合公报指出，非洲依然是世界上不发达的地区。',
  ];

  it('is secondary when named as the host (东道主乌干达), though named once', () => {
    expect(focusOfText('东南非领导人论坛会闭幕', forum('东道主')).find((f) => f[0] === 'country:UG')).toEqual([
      'country:UG',
      2,
      'place',
    ]);
  });

  it('is not in focus as one participant among others', () => {
    expect(ids(focusOfText('东南非领导人论坛会闭幕', forum('')))).not.toContain('country:UG');
  });
});

describe('a place in the title of a plan', () => {
  const lead = '近日，中共中央办公厅、国务院办公厅印发了《浦东新区综合改革试点实施方案（2023—2027年）》。';

  it('counts where the title stands: a plan for a place is about that place', () => {
    const focus = focusOfText('两办印发《浦东新区综合改革试点实施方案（2023—2027年）》', [
      lead,
      '《方案》提出了目标。',
    ]);
    expect(focus.find((f) => f[0] === 'place:pudong')?.slice(0, 4)).toEqual(['place:pudong', 1, 'title', 'lead']);
  });

  it("but not in a book's title, which names a work", () => {
    const book = '近日，出版社推出了《浦东新区的故事》一书，读者反响热烈。';
    expect(ids(focusOfText('新书《浦东新区的故事》出版', [book, '该书共十章。']))).not.toContain('place:pudong');
  });
});

describe('an entity the article keeps returning to', () => {
  const europe = ['欧洲的街道上彩灯闪烁，欧洲人在准备过节，欧洲各地十分热闹，欧洲的商店也忙碌起来。'];
  const more = ['欧洲的乡村也很热闹。', '欧洲的教堂里人很多。', '欧洲人说这是一年中最好的时候。'];
  const rome = (n: number): string[] => [
    `我们到了罗马${n > 4 ? '，罗马的街上' : '，街上'}行人稀少，欧洲的节日在这里很安静。欧洲人各有过法，欧洲的习俗不同。`,
    '罗马人带着孩子去教堂，罗马的圣诞之夜是沉闷的。欧洲的节日也有安静的一面，欧洲各地不同。',
    '圣诞之夜的罗马，街上行人稀少，欧洲的夜晚很冷。',
  ];

  it('is secondary when named five times or more in three body blocks, however low its share of a long article', () => {
    const focus = focusOfText('走进圣诞夜', [...europe, ...rome(5), ...more]);
    expect(focus.find((f) => f[0] === 'place:rome')).toEqual(['place:rome', 2, 'share']);
  });

  it('is not in focus from four mentions over three paragraphs', () => {
    expect(ids(focusOfText('走进圣诞夜', [...europe, ...rome(4), ...more]))).toEqual(['place:europe']);
  });
});

describe("a place's epithet", () => {
  it('names the place it praises (“华北明珠”太湖 … 华北明珠放异彩): 华北 there is no mention of North China', () => {
    const lead = '因污染一度黯然的“华北明珠”太湖，如今又开始重现水乡风情。这是江苏省综合治理太湖的结果。';
    const focus = focusOfText('华北明珠放异彩', [
      lead,
      '江苏省还重视太湖上游造林。江苏省环保局介绍，太湖水质明显改善。',
    ]);
    expect(ids(focus)).toEqual(['place:taihu', 'place:cn-32']);
    expect(focus[0]).toContain('title');
  });

  it('is no epithet without the place right after it: 华北 in quotation marks alone still counts', () => {
    const lead = '“华北”地区今天迎来大范围降雪，华北多地气温骤降。气象台提醒华北地区注意防寒。';
    expect(ids(focusOfText('华北迎来降雪', [lead, '华北各地做好防寒准备。']))).toContain('place:north-china');
  });
});

describe('scoring a focus', () => {
  it('matches when the countries agree and primaries agree both ways', () => {
    const gold = [
      { id: 'country:TM', type: 'country', rank: 1 as const },
      { id: 'country:CN', type: 'country', rank: 2 as const },
    ];
    expect(articleCriteria(gold, [...gold].reverse()).match).toBe(true);
    // A predicted primary the reader did not list at all fails `primary`.
    const extra = [...gold, { id: 'person:x', type: 'person', rank: 1 as const }];
    expect(articleCriteria(gold, extra)).toMatchObject({ match: false, countries: true, primary: false });
    expect(articleCriteria(gold, gold.slice(0, 1))).toMatchObject({ match: false, countries: false, primary: true });
  });
});

/** A constructed article with a focus. */
function focused(a: FakeArticle, focus: string[]): ArticleReportT {
  return { ...fakeReport(a), focus: focus.map((id): [string, 1, number] => [id, 1, 5]) };
}

const ARTICLES: Array<[FakeArticle, string[]]> = [
  [{ id: 'a1', date: '2024-01-02T02:00:00Z', blocks: [[['country:甲', 'country:乙']]] }, ['country:甲']],
  [
    { id: 'a2', date: '2024-01-02T03:00:00Z', blocks: [[['country:甲'], ['country:乙']]] },
    ['country:甲', 'country:乙'],
  ],
  // 丙 is in focus without being named (as the home country through 我国): it gets a row with no mentions.
  [{ id: 'a3', date: '2024-01-09T03:00:00Z', blocks: [[['country:甲']]] }, ['country:丙']],
  [{ id: 'a4', date: null, blocks: [[['country:乙']]] }, ['country:乙']],
];

describe('focus in the corpus', () => {
  const points = (id: string) =>
    id === 'country:甲'
      ? { lat: 35, lon: 105, geonames: 1814991 }
      : id === 'country:乙'
        ? { lat: 39.5, lon: -8 }
        : undefined;
  const whole = new CorpusAggregate(testMeta(), points);
  for (const [a, f] of ARTICLES) whole.add(focused(a, f));
  const corpus = whole.toReport();
  const row = (id: string) => corpus.entities.find((e) => e.id === id);

  it('counts the articles focused on each entity, by day, week and month', () => {
    expect([
      row('country:甲')?.focusArticles,
      row('country:乙')?.focusArticles,
      row('country:丙')?.focusArticles,
    ]).toEqual([2, 2, 1]);
    expect(row('country:丙')).toMatchObject({ mentions: 0, articles: 0, focusArticles: 1 });
    // In the order of the entities: 乙 and 甲 have three mentions each (then by id), 丙 none.
    expect(corpus.focusTimeline).toEqual([
      // The undated article counts in focusArticles, in no period.
      { entity: 'country:乙', day: { '2024-01-02': 1 }, week: { '2024-W01': 1 }, month: { '2024-01': 1 } },
      { entity: 'country:甲', day: { '2024-01-02': 2 }, week: { '2024-W01': 2 }, month: { '2024-01': 2 } },
      { entity: 'country:丙', day: { '2024-01-09': 1 }, week: { '2024-W02': 1 }, month: { '2024-01': 1 } },
    ]);
  });

  it('merges to the same aggregate and report as one run', () => {
    const a = new CorpusAggregate(testMeta(), points);
    const b = new CorpusAggregate(testMeta(), points);
    ARTICLES.forEach(([x, f], i) => {
      (i < 2 ? a : b).add(focused(x, f));
    });
    const merged = new CorpusAggregate(testMeta());
    merged.merge(a);
    merged.merge(b);
    expect([...merged.records()]).toEqual([...whole.records()]);
    expect(JSON.stringify(merged.toReport())).toBe(JSON.stringify(corpus));
  });

  it('writes coordinates into corpus.json and entities.csv', () => {
    expect(row('country:甲')).toMatchObject({ lat: 35, lon: 105, geonames: 1814991 });
    expect(row('country:丙')?.lat).toBeUndefined();
    const csv = entitiesCsv(corpus).split('\n');
    expect(csv[0]).toBe(
      'id,type,name,iso2,source,mentions,articles,focusArticles,sentences,blocks,firstDate,lastDate,lat,lon,geonames',
    );
    expect(csv).toContain(
      'country:甲,country,甲,,dictionary,3,3,2,3,3,2024-01-02T02:00:00Z,2024-01-09T03:00:00Z,35,105,1814991',
    );
  });

  it('writes places.geojson that validates and opens as GeoJSON', () => {
    const text = placesGeojson(corpus);
    expect(getIssues(text)).toEqual([]);
    const fc = check(text);
    expect(fc.type).toBe('FeatureCollection');
    if (fc.type !== 'FeatureCollection') return;
    expect(fc.features.map((f) => f.properties?.id)).toEqual(['country:乙', 'country:甲']);
    expect(fc.features[1]?.properties).toMatchObject({
      name: '甲',
      type: 'country',
      mentions: 3,
      articles: 3,
      focusArticles: 2,
    });
    // Opened with turf: the points' bounding box is [minLon, minLat, maxLon, maxLat].
    const opened = featureCollection(
      fc.features.map((f) => point((f.geometry as { coordinates: number[] }).coordinates, f.properties ?? {})),
    );
    expect(bbox(opened)).toEqual([-8, 35, 105, 39.5]);
  });
});

describe('an item whose subjects are each named once', () => {
  it('has the names of its title and lead in focus, secondary, when nothing reaches the threshold', () => {
    const notice = focusOfText('三部委联合印发通知', [
      '近日，国家广播电视总局、工业和信息化部和国家市场监督管理总局联合印发通知。通知提出多项措施。',
    ]);
    expect(notice.map((f) => [f[0], f[1]])).toEqual([
      ['organization:miit', 2],
      ['organization:nrta', 2],
      ['organization:samr', 2],
    ]);
  });

  it('has one person, place or organization named alone there in focus, secondary (a report on a museum)', () => {
    const museum = ['中国国家博物馆今天迎来开馆后的第100万名观众。', '展览以珍贵文物和图片讲述百年历史。'];
    expect(focusOfText('博物馆迎来百万观众', museum)).toContainEqual(['organization:national-museum', 2, 'lead']);
    // Not a name no dictionary holds read once (the recognizer's reading of a calligraphy's words is as likely), nor a
    // body that only gives the figures.
    const hall = ['中国共产党历史展览馆今天迎来开馆后的第100万名观众。', '展览以珍贵文物和图片讲述党的百年历史。'];
    expect(focusOfText('展览馆迎来百万观众', hall)).toEqual([]);
    const tax = ['国家税务总局最新数据显示，今年上半年减税降费及退税16526亿元。', '研发费用加计扣除政策效果明显。'];
    expect(ids(focusOfText('上半年减税降费退税超1.6万亿元', tax))).not.toContain('organization:sta');
    // With China named as national: both (a launch site named once, 我国 late in the body).
    const launch = ['嫦娥六号探测器在中国文昌航天发射场成功发射。', '这意味着我国正式开启月球背面采样返回之旅。'];
    expect(ids(focusOfText('嫦娥六号发射成功', launch))).toEqual(['country:CN', 'place:wenchang-launch']);
  });

  it('but not a country alone there, a passing qualifier, nor the medium that airs it', () => {
    expect(focusOfText('星云绚丽', ['美国“哈勃”太空望远镜拍摄到的星云照片引起天文学家的兴趣。'])).toEqual([]);
    expect(
      ids(
        focusOfText('纪录片今晚播出', ['大型纪录片今晚在中央广播电视总台央视综合频道和央视频播出。', '纪录片共六集。']),
      ),
    ).toEqual([]);
  });
});

describe('the home country through its cue words alone', () => {
  it('is in focus where 我国 three times or more makes it the most named entity (an essay on national taxation)', () => {
    const essay = [
      '经济增长方式与税收有着密切联系。',
      '完善税收制度，有利于促进机制重塑。',
      '我国科技进步对增长的贡献与发达国家相比还有差距。我国涉外税收工作取得长足发展，改善了我国的投资环境。',
    ];
    expect(ids(focusOfText('经济增长方式与国家税收', essay))).toEqual(['country:CN']);
  });

  it('but secondary only from fewer cue words, in one block of several (我国 twice), with nothing else in focus', () => {
    const essay = [
      '经济增长方式与税收有着密切联系。',
      '完善税收制度，有利于促进机制重塑。',
      '我国科技进步对增长的贡献与发达国家相比还有差距，我国涉外税收工作取得长足发展。',
    ];
    expect(focusOfText('经济增长方式与国家税收', essay)).toEqual([['country:CN', 2, 'national']]);
    // Not where another country is named, nor from 全国, which local news uses as well (全国首个).
    const abroad = [...essay.slice(0, 2), '我国科技进步对增长的贡献与德国相比还有差距，我国涉外税收工作取得长足发展。'];
    expect(focusOfText('经济增长方式与国家税收', abroad)).toEqual([]);
    const first = [...essay.slice(0, 2), '本市科技进步对增长的贡献居全国前列，涉外税收工作取得长足发展。'];
    expect(focusOfText('经济增长方式与国家税收', first)).toEqual([]);
  });

  it('is secondary in national news that speaks as the country once, late, with nothing else in focus (a launch)', () => {
    const launch = [
      '今天下午，嫦娥六号探测器由长征五号遥八运载火箭成功发射，准确进入地月转移轨道。',
      '飞行38分钟左右后，星箭分离，发射任务取得圆满成功。',
      '嫦娥六号探测器的发射成功，意味着我国正式开启世界首次月球背面采样返回之旅。',
    ];
    expect(focusOfText('嫦娥六号探测器发射任务取得圆满成功', launch)).toEqual([['country:CN', 2, 'national']]);
    expect(focusOfText('嫦娥六号探测器发射任务取得圆满成功', launch.slice(0, 2))).toEqual([]);
  });
});

describe('the countries a title counts', () => {
  const summit = [
    '中亚五国首脑5日在土库曼斯坦首都阿什哈巴德举行了会晤，讨论地区合作的现状与前景。',
    '哈萨克斯坦、乌兹别克斯坦、塔吉克斯坦、吉尔吉斯斯坦和土库曼斯坦五国总统讨论了扩大合作的问题。',
    '土库曼斯坦总统新闻秘书在会晤后对记者说，土库曼斯坦持中立立场。',
  ];
  const five = ['country:KZ', 'country:UZ', 'country:TJ', 'country:KG', 'country:TM'];

  it('are named in the title (中亚五国首脑会晤): the list of five at the start of the body', () => {
    const focus = focusOfText('中亚五国首脑会晤', summit);
    for (const id of five)
      expect(focus.find((f) => f[0] === id)?.slice(0, 3)).toEqual([id, expect.any(Number), 'title']);
  });

  it("are named in an item's heading (阿拉伯五国外长商讨…): the list of five opening that item", () => {
    const brief = [
      '伊朗称伊驻沙特使领馆已初步恢复工作',
      '伊朗外交部发言人卡纳尼5月1日说，伊朗驻沙特阿拉伯的外交机构已初步恢复工作。伊朗希望尽快全面恢复工作。',
      '阿拉伯五国外长商讨叙问题政治解决方案',
      '约旦、沙特阿拉伯、伊拉克、埃及和叙利亚五国的外交部长5月1日在约旦首都安曼举行会谈。',
    ];
    const focus = focusOfText('国际联播快讯', brief);
    for (const id of ['country:JO', 'country:IQ', 'country:EG'])
      expect(focus.find((f) => f[0] === id)?.slice(2)).toContain('heading');
    // A heading that counts none (三家银行接连关闭) names no list.
    const banks = brief.map((b) => b.replace('阿拉伯五国外长', '三家银行'));
    expect(ids(focusOfText('国际联播快讯', banks))).not.toContain('country:EG');
  });

  it("are the list the lead gives for a region's several countries (访问非洲多国), not for 多国 alone", () => {
    const visit = [
      '中共代表团近日访问了肯尼亚、坦桑尼亚和乌干达，举办宣介会，向当地各界人士系统阐述会议的重要意义。',
      '外方代表表示，愿与中方加强治国理政经验交流互鉴，深化务实合作。',
    ];
    const focus = focusOfText('中共代表团访问非洲多国举办宣介会', visit);
    for (const id of ['country:KE', 'country:TZ', 'country:UG'])
      expect(focus.find((f) => f[0] === id)?.slice(2)).toContain('title');
    // 多国人士 names no region: the countries its people come from are not the title's.
    const people = visit.map((b) => b.replace('中共代表团近日访问了', '来自'));
    const praise = focusOfText('多国人士积极评价宣介会', people);
    expect(praise.find((f) => f[0] === 'country:KE')?.slice(2) ?? []).not.toContain('title');
    // Nor the region's several countries whose people speak (非洲多国人士).
    const voices = focusOfText('非洲多国人士积极评价宣介会', people);
    expect(voices.find((f) => f[0] === 'country:KE')?.slice(2) ?? []).not.toContain('title');
  });

  it('are not those of a list of another size, nor of a title that counts none (七国集团)', () => {
    const four = summit.map((b) => b.replace('和土库曼斯坦五国', '四国'));
    expect(ids(focusOfText('中亚五国首脑会晤', four))).not.toContain('country:KZ');
    expect(ids(focusOfText('七国集团首脑会晤', summit))).not.toContain('country:KZ');
  });
});

describe("a title's one and others", () => {
  it('gives the bodies listed with the one the title names before 等 the title (中宣部等 … 中宣部、农业部、团中央)', () => {
    const gift = [
      '今天，中宣部、农业部、团中央举行赠送仪式，向全国500个县赠送农民实用技术录像带。',
      '赠送这批录像带是“三下乡”活动的又一个重要举措，受到各地农民欢迎。',
      '农业部负责同志讲话，要求各级农业部门做好农业科技推广。',
    ];
    const cyl = (title: string) => focusOfText(title, gift).find((f) => f[0] === 'organization:cyl');
    expect(cyl('中宣部等向五百县赠送农技录像带')?.slice(2)).toContain('title');
    // Without 等 the title names the one alone.
    expect(cyl('中宣部向五百县赠送农技录像带')?.slice(2) ?? []).not.toContain('title');
  });
});

describe('addresses', () => {
  it('leaves out the middle of an address (临夏州 of 甘肃临夏州积石山县), unless the article names it alone too', () => {
    const quake = [
      '12月18日23时59分，甘肃临夏州积石山县发生6.2级地震，震源深度10公里。',
      '地震发生后，甘肃临夏州积石山县立即组织力量开展救援。',
      '积石山县已转移安置受灾群众，甘肃调集救灾物资支援。',
    ];
    const focus = ids(focusOfText('甘肃临夏州积石山县发生6.2级地震', quake));
    expect(focus).toContain('place:jishishan');
    expect(focus).toContain('place:cn-62');
    expect(focus).not.toContain('place:cn-6229');
    const alone = [...quake, '临夏州各地也组织力量支援积石山县。', '临夏州的救援队伍连夜赶到。'];
    expect(ids(focusOfText('甘肃临夏州积石山县发生6.2级地震', alone))).toContain('place:cn-6229');
  });
});

describe('sides, events and local stories', () => {
  it('takes no reason from a place inside an event’s name (杭州 of 杭州亚运会), but from the place named alone', () => {
    const games = ['杭州亚运会倒计时200天活动今天举行。', '杭州亚运会各项筹备工作进展顺利，场馆全部完工。'];
    expect(ids(focusOfText('亚运会倒计时200天', games))).not.toContain('place:cn-3301');
    const city = ['杭州今天举行城市发展大会。', '杭州各项城市建设工作进展顺利。'];
    expect(ids(focusOfText('城市发展大会举行', city))).toContain('place:cn-3301');
  });

  it('reads a story one province holds three quarters of as local, whatever other provinces it names', () => {
    const local = [
      '雄安新区建设加快推进，河北雄安的新城区已初具规模。',
      '雄安新区承接北京非首都功能疏解，河北全力推进雄安建设，河北各地支援，天津、山东企业也参与其中。',
      '河北雄安新区的居民说，雄安的生活越来越方便。',
    ];
    const focus = focusOfText('雄安新区建设加快推进', local);
    expect(ids(focus)).not.toContain('country:CN');
  });
});
