// Foreign leaders added to dictionaries/people.yaml from the recognizer's unlinked names over pfr199801 and xwlb:
// their titled short forms link after their titles and in the rest of the article, and nowhere else.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { datedPeople, rawDoc } from './helpers.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));

/** The people of one article dated `date`, as [text, entity]. */
const people = (date: string, body: string): Array<[string, string | null]> => datedPeople(pipeline, date, body);

describe("foreign leaders of 1998 (People's Daily)", () => {
  it('links a titled short name after its title and later in the article (博塔), not inside another name (素博塔)', () => {
    expect(
      people('1998-01-09', '南非西开普省司法当局７日宣布，８２岁的南非前总统博塔将出庭受审。他希望博塔能改变态度。'),
    ).toEqual([
      ['博塔', 'person:pw-botha'],
      ['博塔', 'person:pw-botha'],
    ]);
    expect(people('1998-01-09', '以美元换泰币自愿救国行动是由素博塔等政府高级官员共同发起的。')).not.toContainEqual([
      '博塔',
      'person:pw-botha',
    ]);
  });

  it('links full names and their aliases (阿塔夫, 拉·甘地, 米哈伊一世)', () => {
    expect(people('1998-01-12', '钱其琛与阿尔及利亚外长阿塔夫举行了会谈。阿塔夫说，他赞同。')).toEqual([
      ['钱其琛', 'person:qian-qichen'],
      ['阿塔夫', 'person:ahmed-attaf'],
      ['阿塔夫', 'person:ahmed-attaf'],
    ]);
    expect(people('1998-01-05', '康斯坦丁内斯库是因前国王米哈伊一世确定继承人问题掀起政治风波的。')).toContainEqual([
      '米哈伊一世',
      'person:michael-i-of-romania',
    ]);
  });
});

describe('foreign leaders of 2022–2024 (新闻联播)', () => {
  it("links 基辛格 after the title of the former secretary of state, not as Intel's Pat Gelsinger", () => {
    expect(people('2023-07-20', '国家主席习近平会见美国前国务卿基辛格。基辛格表示感谢。')).toEqual([
      ['习近平', 'person:xi-jinping'],
      ['基辛格', 'person:henry-kissinger'],
      ['基辛格', 'person:henry-kissinger'],
    ]);
    expect(people('2023-04-12', '韩正会见美国英特尔公司首席执行官帕特·基辛格。基辛格高度赞赏。')).not.toContainEqual([
      '基辛格',
      'person:henry-kissinger',
    ]);
  });

  it('links 萨巴格 to the Syrian foreign minister, and not to him after a title he never held (议长)', () => {
    expect(people('2024-11-20', '叙利亚外长萨巴格19日访问伊朗。')).toContainEqual(['萨巴格', 'person:bassam-sabbagh']);
    expect(people('2023-02-26', '叙利亚人民议会议长萨巴格在会上表示，西方制裁阻碍救援。')).not.toContainEqual([
      '萨巴格',
      'person:bassam-sabbagh',
    ]);
  });

  it('reads no person in the lira nor in 家里拉 (里拉, a titled form with no hint to the recognizer)', () => {
    expect(people('2023-10-20', '习近平在人民大会堂会见巴西众议长里拉。')).toContainEqual([
      '里拉',
      'person:arthur-lira',
    ]);
    expect(people('1998-01-30', '买大众车由于意大利弱币里拉的因素而比在德国便宜。')).toEqual([]);
  });

  it('links regnal names whole (哈拉尔五世, 卡尔十六世·古斯塔夫)', () => {
    expect(people('2022-12-05', '致贺的还有挪威国王哈拉尔五世、瑞典国王卡尔十六世·古斯塔夫。')).toEqual([
      ['哈拉尔五世', 'person:harald-v'],
      ['卡尔十六世·古斯塔夫', 'person:carl-xvi-gustaf'],
    ]);
  });
});

describe("Chinese leaders' namesakes and short forms", () => {
  it('reads a leader’s name beside an occupation as a namesake (女选手王晨, 李飞副教授), the official after his title', () => {
    expect(people('1998-01-26', '北京女选手王晨分别战胜对手。李飞副教授说。')).toEqual([
      ['王晨', 'person:~王晨'],
      ['李飞', 'person:~李飞'],
    ]);
    expect(people('2022-03-05', '全国人大常委会副委员长王晨出席。')).toEqual([['王晨', 'person:wang-chen']]);
  });

  it('reads every untitled mention of the name as the namesake where the article writes it beside an occupation or a match', () => {
    expect(
      people('1998-01-13', '孔令辉王晨获胜。世界冠军孔令辉和王晨分别战胜了各自的对手。北京的王晨以２∶０战胜了对手。'),
    ).toEqual([
      ['孔令辉', 'person:kong-linghui'],
      ['王晨', 'person:~王晨'],
      ['孔令辉', 'person:kong-linghui'],
      ['王晨', 'person:~王晨'],
      ['王晨', 'person:~王晨'],
    ]);
    expect(people('2022-10-14', '孙金龙：要像一颗钢钉。某合成旅连长孙金龙和大队长一起。孙金龙说。')).toEqual([
      ['孙金龙', 'person:~孙金龙'],
      ['孙金龙', 'person:~孙金龙'],
      ['孙金龙', 'person:~孙金龙'],
    ]);
    expect(people('2022-10-12', '新民路支行副行长李鹏总是第一个上前热情接待。李鹏还把经验传授给新员工。')).toEqual([
      ['李鹏', 'person:~李鹏'],
      ['李鹏', 'person:~李鹏'],
    ]);
  });

  it('keeps the official where no occupation stands beside the name, nor one beside a longer name (选手王晨光)', () => {
    expect(people('2022-03-05', '王晨出席会议。北京选手王晨光获得冠军。')).toContainEqual(['王晨', 'person:wang-chen']);
    expect(people('2024-08-02', '生态环境部党组书记孙金龙在济南作宣讲报告。孙金龙指出。')).toEqual([
      ['孙金龙', 'person:sun-jinlong'],
      ['孙金龙', 'person:sun-jinlong'],
    ]);
  });

  it('gives way to the recognizer’s longer name that starts with a leader’s two characters (张震|宇), not to a word after the name', () => {
    expect(people('2024-06-05', '投资相互促进的良性循环。张震宇常委代表民进中央发言建议。')).toContainEqual([
      '张震宇',
      'person:~张震宇',
    ]);
    expect(people('2024-08-29', '高标准的中柬命运共同体。李希还介绍了中共二十届三中全会精神。')).toContainEqual([
      '李希',
      'person:li-xi',
    ]);
  });

  it('links 江主席 and 江总书记 to Jiang Zemin, and 习总书记 to Xi Jinping, by the surname', () => {
    expect(people('1998-01-27', '江主席的讲话充分证明，小平同志和江总书记倾心交谈。')).toEqual([
      ['江', 'person:jiang-zemin'],
      ['小平', 'person:deng-xiaoping'],
      ['江', 'person:jiang-zemin'],
    ]);
    expect(people('2024-01-02', '习总书记指出。')).toEqual([['习', 'person:xi-jinping']]);
  });
});

describe('António Costa, and the other Costas', () => {
  it('links 科斯塔 after his titles, not Brazil’s ministers of that name', () => {
    expect(people('2023-05-10', '韩正会见葡萄牙总理科斯塔。会见科斯塔时，韩正指出。')).toContainEqual([
      '科斯塔',
      'person:antonio-costa',
    ]);
    expect(people('2024-07-04', '李强向欧洲理事会当选主席科斯塔致贺电。')).toContainEqual([
      '科斯塔',
      'person:antonio-costa',
    ]);
    expect(
      people('2024-11-20', '巴西总统府首席部长科斯塔、港口和机场部长科斯塔等高级官员到机场送行。').map(([, id]) => id),
    ).not.toContain('person:antonio-costa');
  });
});

describe('a name in a list of people that nothing else read (rule person-list)', () => {
  const rule = (date: string, body: string): Array<[string, string | undefined]> => {
    const doc = pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: ${date} 10:00\n---\n\n<div><p>${body}</p></div>\n`));
    return (doc.mentions ?? []).filter((m) => m.type === 'person').map((m) => [m.text, m.rule]);
  };

  it('reads the item beside a person of the list as a person (高占祥 after 刘忠德, 夏衍 between 郭沫若 and 老舍)', () => {
    expect(rule('1998-01-07', '中央和国家机关有关部门负责同志刘忠德、高占祥等也观看了演出。')).toContainEqual([
      '高占祥',
      'person-list',
    ]);
    expect(rule('1998-01-17', '曹禺、夏衍、田汉、郭沫若、老舍的优秀作品。')).toContainEqual(['夏衍', 'person-list']);
  });

  it('retypes an item the recognizer read as a place or an organization of no dictionary (丰云, 荣新江)', () => {
    expect(rule('1998-01-06', '１０位九段棋手。马晓春、丰云、陈祖德、刘小光、汪见虹都参加了比赛。')).toContainEqual([
      '丰云',
      'person-list',
    ]);
  });

  it('reads every name of a roster set apart by ideographic spaces, even one read as a place (吉林, 张安顺)', () => {
    const roster =
      '丁向群（女）　丁兴农　于立军　于吉红（女）　于会文（满族）　马汉成（回族）　王健　邢善萍（女）　吉林　曲莹璞　张文兵　张安顺　张国华';
    const found = rule('2022-10-22', roster);
    expect(found).toContainEqual(['吉林', 'person-list']);
    expect(found).toContainEqual(['张安顺', 'person-list']);
    expect(found).toContainEqual(['丁兴农', 'person-list']);
    expect(found).toHaveLength(13);
    // Not a line of titles and a few names, nor places set apart so.
    expect(
      rule('2022-10-23', '副书记　刘金国　张升民　肖培　喻红秋（女）　傅奎　孙新阳').map(([t]) => t),
    ).not.toContain('副书记');
    expect(rule('2024-01-02', '北京　上海　广州　深圳　天津　重庆　吉林')).toEqual([]);
  });

  it('reads no person in a list of things the recognizer took for people, nor in a word or a rare surname', () => {
    const things = [
      ...rule('2023-02-12', '可再生能源展现出勃勃生机。向家坝、溪洛渡、乌东德、白鹤滩等水电站。'),
      ...rule('2023-12-30', '昆曲《单刀会》，秦腔、黄梅戏、川剧《江姐》。'),
      ...rule('1998-01-25', '学习雷锋同志的先进事迹，同学雷锋、学英模和学习部队中的先进典型结合起来。'),
    ];
    expect(things.filter(([, r]) => r === 'person-list')).toEqual([]);
  });
});
