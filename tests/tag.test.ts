import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MentionT } from '../src/schema/document.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { insideLongerName } from '../src/stages/tag/index.js';
import { article, MINI_DICT, miniPipeline, paragraphMentions, rawDoc } from './helpers.js';

function mentions(body: string): MentionT[] {
  return miniPipeline().run(rawDoc(article(body))).mentions ?? [];
}
const ids = (ms: MentionT[], text?: string): Array<string | null> =>
  ms.filter((m) => text === undefined || m.text === text).map((m) => m.entity);

describe('tag stage: dictionaries', () => {
  it('links dictionary forms to canonical ids, longest match first, with offsets that slice the block text', () => {
    const doc = miniPipeline().run(rawDoc(article('中国共产党和中华人民共和国支持共建一带一路。')));
    const ms = (doc.mentions ?? []).filter((m) => m.block === 1);
    expect(ms.map((m) => [m.entity, m.text, m.source])).toEqual([
      ['organization:cpc', '中国共产党', 'dictionary'],
      ['country:CN', '中华人民共和国', 'dictionary'],
      ['initiative:bri', '共建一带一路', 'dictionary'],
    ]);
    for (const m of ms) expect(doc.blocks[m.block]?.text.slice(m.start, m.end)).toBe(m.text);
  });

  it('keeps Taiwan a place of China, not a country', () => {
    const [m] = mentions('台湾是中国的一部分。');
    expect(m).toMatchObject({ entity: 'place:TW', type: 'place' });
  });

  it('does not read 中美洲 as 中 + 美', () => {
    expect(ids(mentions('中美洲国家代表出席。'))).toEqual(['place:central-america']);
  });

  it('matches English names only as whole words', () => {
    expect(ids(mentions('He said Belt and Road Initiative (BRI) helps. BRIX is not.'))).toEqual([
      'initiative:bri',
      'initiative:bri',
    ]);
  });
});

describe('tag stage: diplomatic shorthand', () => {
  it('resolves 中美 and 中俄 compounds and X方 forms', () => {
    expect(ids(mentions('中美关系和中俄合作都很重要。'))).toEqual([
      'country:CN',
      'country:US',
      'country:CN',
      'country:RU',
    ]);
    expect(ids(mentions('中方和美方举行会谈。'))).toEqual(['country:CN', 'country:US']);
  });

  it('resolves 土 to Turkmenistan or to Turkey from the article context', () => {
    expect(ids(mentions('土库曼斯坦总统访华。中土关系良好。'), '土')).toEqual(['country:TM']);
    expect(ids(mentions('土耳其外长访华。中土关系良好。'), '土')).toEqual(['country:TR']);
  });

  it('resolves 巴方 with Pakistan in context and reports it ambiguous with no context', () => {
    expect(ids(mentions('巴基斯坦总理表示，巴方支持。'), '巴')).toEqual(['country:PK']);
    const [amb] = mentions('巴方表示支持。');
    expect(amb).toMatchObject({ entity: null, text: '巴', source: 'rule' });
    expect(amb?.candidates).toEqual(['country:PK', 'country:BR', 'country:PS']);
  });

  it('never tags 两国 or 双方', () => {
    const ms = mentions('两国关系良好，双方同意加强合作，两国人民友谊长存。');
    expect(ms.filter((m) => m.text.includes('两国') || m.text.includes('双方'))).toEqual([]);
  });

  it('resolves an abbreviation before a title (土副总理) and after a travel verb (访美)', () => {
    expect(ids(mentions('土库曼斯坦方面消息，土副总理出席。'), '土')).toEqual(['country:TM']);
    expect(ids(mentions('他此前曾访美。'), '美')).toEqual(['country:US']);
  });

  it('does not read ordinary words as shorthand (参加方, 土地, 同日, 西方)', () => {
    expect(mentions('参加方在土地上同日宣布，西方国家反对。')).toEqual([]);
  });
});

describe('tag stage: people', () => {
  it('finds a name no dictionary knows with the model, as one entity, and records roles', () => {
    const ms = mentions('土副总理兼外长梅列多夫出席。梅列多夫表示欢迎。');
    const people = ms.filter((m) => m.type === 'person');
    expect(people.map((m) => [m.entity, m.source, m.rule])).toEqual([
      ['person:~梅列多夫', 'model', undefined],
      ['person:~梅列多夫', 'model', undefined],
    ]);
    expect(people.every((m) => m.confidence > 0.5 && m.confidence <= 1)).toBe(true);
    expect(people[0]?.roles).toEqual(['副总理', '外长']);
  });

  it('with the jieba-pos recognizer, finds a name after a title by rule and propagates it', () => {
    const file = readPipelineFile(DEFAULT_PIPELINE);
    const stages = file.spec.stages.map((st) =>
      st.name === 'segment'
        ? { ...st, options: { ...st.options, pos: true } }
        : st.name === 'tag'
          ? { ...st, options: { ...st.options, recognizer: 'jieba-pos' } }
          : st,
    );
    const pipeline = createPipeline({ ...file, spec: { ...file.spec, stages } }, { builtinDictionaries: MINI_DICT });
    const ms = pipeline.run(rawDoc(article('土副总理兼外长梅列多夫出席。梅列多夫表示欢迎。'))).mentions ?? [];
    expect(ms.filter((m) => m.type === 'person').map((m) => [m.entity, m.source, m.rule])).toEqual([
      ['person:~梅列多夫', 'rule', 'title-name'],
      ['person:~梅列多夫', 'rule', 'propagated'],
    ]);
  });

  it('attaches the title chain to a dictionary person (国务委员兼外长王毅)', () => {
    const [wang] = mentions('国务委员兼外长王毅出席。').filter((m) => m.type === 'person');
    expect(wang).toMatchObject({ entity: 'person:wang-yi', source: 'dictionary', roles: ['国务委员', '外长'] });
  });
});

describe('tag stage: named communities of shared future', () => {
  it('reads 中缅命运共同体 as an initiative of its own and still finds both countries', () => {
    const ms = mentions('构建中缅命运共同体。').filter((m) => m.block === 1);
    expect(ms.map((m) => [m.entity, m.text, m.rule])).toEqual([
      ['country:CN', '中', 'shorthand-compound'],
      ['initiative:~中缅命运共同体', '中缅命运共同体', 'community-of-shared-future'],
      ['country:MM', '缅', 'shorthand-compound'],
    ]);
  });

  it('reads 缅中命运共同体 as the same community as 中缅命运共同体', () => {
    const ids = mentions('构建缅中命运共同体。').filter((m) => m.type === 'initiative');
    expect(ids.map((m) => [m.entity, m.text])).toEqual([['initiative:~中缅命运共同体', '缅中命运共同体']]);
  });
});

describe('communities of shared future of abbreviations the dictionaries do not list (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const initiatives = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'initiative')
      .map((m) => [m.text, m.entity]);
  it('reads one from the country mentions before the suffix (中印尼, 所中 where the article names 所罗门群岛)', () => {
    expect(initiatives('共建中印尼命运共同体。所罗门群岛总理表示，构建所中命运共同体。')).toEqual([
      ['中印尼命运共同体', 'initiative:~中印尼命运共同体'],
      ['所中命运共同体', 'initiative:~中所命运共同体'],
    ]);
  });

  it('reads none from one country or from characters that are no country there (构建所中命运共同体 alone)', () => {
    expect(initiatives('构建所中命运共同体。中国命运共同体。')).toEqual([]);
  });
});

describe('X方 before a word that starts with 方 (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): MentionT[] =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1);

  it('reads X方 before 正在, 正式 and 向 + a name (俄方正在, 美方向乌克兰), not 新方向 or 以方便', () => {
    expect(ids(found('俄罗斯总统表示，俄方正在缩小差距。'), '俄')).toEqual(['country:RU']);
    expect(ids(found('美国国务院称，美方正式通知。'), '美')).toEqual(['country:US']);
    expect(ids(found('美国官员称，美方向乌克兰提供情报。'), '美')).toEqual(['country:US']);
    expect(ids(found('中方向塞方援助物资。'), '中')).toEqual(['country:CN']);
    expect(ids(found('新加坡总理称，产教融汇为新方向。'), '新')).toEqual([]);
    expect(ids(found('以色列总理称，以方便民众出行。'), '以')).toEqual([]);
  });

  it("reads X方 that is a word of jieba's (秘方) as the side only where the article names the country", () => {
    expect(ids(found('靠的不仅仅是国药秘方。'), '秘')).toEqual([]);
    expect(ids(found('秘鲁总统表示，秘方愿同中方合作。'), '秘')).toEqual(['country:PE']);
  });
});

describe('an abbreviation before a service, a military site, 官方 or 核 (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): MentionT[] =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1);

  it.each([
    ['乌克兰方面称，乌陆军总司令瑟尔斯基表示。', '乌', 'country:UA'],
    ['乌克兰称打击俄雷达站。', '俄', 'country:RU'],
    ['乌克兰称袭击俄火药厂。', '俄', 'country:RU'],
    ['美国移民问题尖锐对立。美官方数据显示。', '美', 'country:US'],
    ['普京签署文件，批准新版俄核威慑国家基本政策。', '俄', 'country:RU'],
    ['伊朗外长表示，伊核问题需要各方努力。', '伊', 'country:IR'],
  ])('%s → %s', (body, text, id) => {
    expect(ids(found(body), text)).toEqual([id]);
  });

  it('reads no Australia in 三澳核电站 and no Israel in 以官方名义', () => {
    expect(ids(found('位于浙江温州的三澳核电站联网工程全线贯通。'), '澳')).toEqual([]);
    expect(ids(found('以色列总理称，不以官方名义出席。'), '以')).toEqual([]);
  });

  it("makes a country's kind of plant no organization (法国炼油厂), while a place's named plant stays one", () => {
    expect(ids(found('罢工已造成近期法国炼油厂总产量减少了60%。'))).toEqual(['country:FR']);
    expect(found('运往黄浦江畔的上海船厂旧址1号船坞。').map((m) => [m.text, m.type])).toContainEqual([
      '上海船厂',
      'organization',
    ]);
  });
});

describe('communities of shared future named with a dash (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity]);

  it("reads 中国－中亚命运共同体 as the dictionary's community whatever its dash, with the countries in it", () => {
    // As the dictionary reads 中国—中亚命运共同体: a place inside an initiative is no mention, a country is.
    for (const dash of ['－', '—', '-'])
      expect(found(`共建中国${dash}中亚命运共同体。`)).toEqual([
        ['中国', 'country:CN'],
        [`中国${dash}中亚命运共同体`, 'initiative:china-central-asia-community'],
      ]);
    expect(found('中国－拉美命运共同体。').map(([, id]) => id)).toContain('initiative:~中国－拉美命运共同体');
  });
});

describe('tag stage: shorthand false positives seen in the 新闻联播 corpus', () => {
  it('does not read idioms or words around a preposition as shorthand (越来越, 与日俱增, 同心同德)', () => {
    expect(mentions('日本经济越来越好，美国问题与日俱增，大家同心同德。').filter((m) => m.source === 'rule')).toEqual(
      [],
    );
  });

  it('trims a compound whose first character belongs to a longer word (参加中英会谈)', () => {
    expect(ids(mentions('香港参加中英会谈。'))).toEqual(['place:HK', 'country:CN', 'country:GB']);
  });
});

describe('tag stage: model names', () => {
  it('joins two touching transliterated person spans into one foreign name, and keeps Chinese names apart', async () => {
    const { joinForeignNames } = await import('../src/stages/tag/index.js');
    const span = (start: number, text: string, type: 'PER' | 'LOC' = 'PER') => ({
      start,
      end: start + text.length,
      type,
      text,
      confidence: 0.9,
    });
    expect(joinForeignNames([span(0, '赫里斯托', 'PER'), span(4, '祖利季斯')]).map((s) => s.text)).toEqual([
      '赫里斯托祖利季斯',
    ]);
    expect(joinForeignNames([span(0, '何梁'), span(2, '何利')]).map((s) => s.text)).toEqual(['何梁', '何利']);
    expect(joinForeignNames([span(0, '赫里斯托'), span(5, '祖利季斯')]).map((s) => s.text)).toEqual([
      '赫里斯托',
      '祖利季斯',
    ]);
    expect(joinForeignNames([span(0, '塞浦路斯', 'LOC'), span(4, '祖利季斯')]).map((s) => s.text)).toEqual([
      '塞浦路斯',
      '祖利季斯',
    ]);
  });
});

describe('shorthand resolved through the countries of other entities', () => {
  const dir = mkdtempSync(join(tmpdir(), 'guanxi-related-'));
  writeFileSync(
    join(dir, 'ua.yaml'),
    [
      'source: test',
      'entries:',
      '  - { id: country:UA, type: country, name: 乌克兰, iso2: UA, abbr: [乌] }',
      '  - { id: country:UZ, type: country, name: 乌兹别克斯坦, iso2: UZ, abbr: [乌] }',
      '  - { id: place:lyman, type: place, name: 红利曼, country: UA }',
      '',
    ].join('\n'),
  );
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE), {
    builtinDictionaries: MINI_DICT,
    userDictionaries: [dir],
  });
  // 乌军 is the armed forces of the country 乌 resolves to: one organization of that country.
  const shorthand = (body: string) =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.text.startsWith('乌') && m.source === 'rule')
      .map((m) => [m.entity, m.rule]);

  it('makes 乌 of 乌军 Ukraine when the article names a town in Ukraine and no country', () => {
    expect(shorthand('红利曼方向战事激烈，乌军表示已撤出。')).toEqual([
      ['organization:~乌克兰武装部队', 'institution-armed-forces'],
    ]);
  });

  it('leaves 乌军 unresolved when nothing in the article points to one of the countries written 乌', () => {
    expect(shorthand('前线战事激烈，乌军表示已撤出。')).toEqual([]);
  });

  it('lets a country the article names win over the countries of other entities', () => {
    expect(shorthand('乌兹别克斯坦代表团访问红利曼，乌军乐团演出。')).toEqual([
      ['organization:~乌兹别克斯坦武装部队', 'institution-armed-forces'],
    ]);
  });
});

describe("a full name jieba's lexicon lists as a plain name (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const people = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'person')
      .map((m) => [m.text, m.entity]);

  it('is a person where the recognizer is sure of it (王国栋), not a thing named so (夏玉米, 马拉松)', () => {
    expect(people('４年里，王国栋３次放弃上大学的机会。对于家境贫寒的王国栋来说。')).toEqual([
      ['王国栋', 'person:~王国栋'],
      ['王国栋', 'person:~王国栋'],
    ]);
    expect(people('夏玉米播种进度过半，马拉松比赛鸣枪开跑。')).toEqual([]);
  });
});

describe('a country or place joined by a dot to a name (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity]);

  it('is part of the name (萨尔瓦多·达利, 罗莎·卢森堡), not where the dot joins names of a list or a pair', () => {
    expect(found('纪念罗莎·卢森堡。').map(([, id]) => id)).not.toContain('country:LU');
    expect(found('画家萨尔瓦多·达利的作品。').map(([, id]) => id)).not.toContain('country:SV');
    expect(found('萨尔瓦多总统表示。')).toEqual([['萨尔瓦多', 'country:SV']]);
    // A short name ending the part after the dot (迈赫迪·马沙特), but not a long one run on without a comma.
    expect(found('胡塞武装高级领导人迈赫迪·马沙特与代表团会谈。').map(([, id]) => id)).not.toContain('country:SA');
    expect(found('外交部长兰贝托·迪尼圣马力诺共和国外交部长').map(([, id]) => id)).toContain('country:SM');
    expect(found('中国·东盟博览会开幕。').slice(0, 2)).toEqual([
      ['中国', 'country:CN'],
      ['东盟', 'organization:asean'],
    ]);
  });
});

describe('another of the family after a dot (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const people = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'person')
      .map((m) => [m.text, m.entity]);

  it("is not the dictionary's person whose given names the dictionary writes otherwise (亨特·拜登 is not Joe Biden)", () => {
    expect(people('拜登宣布赦免其子亨特·拜登。')).toEqual([
      ['拜登', 'person:joe-biden'],
      ['亨特·拜登', 'person:~亨特·拜登'],
    ]);
  });

  it('reads the same full name elsewhere in the article as that relative, and an initial none of their names starts with', () => {
    expect(people('拜登赦免其子亨特·拜登。亨特·拜登于今年6月被定罪。')).toEqual([
      ['拜登', 'person:joe-biden'],
      ['亨特·拜登', 'person:~亨特·拜登'],
      ['亨特·拜登', 'person:~亨特·拜登'],
    ]);
    expect(people('吉尔吉斯斯坦总统萨·扎帕罗夫、部长图·扎帕罗夫出席。')).toEqual([
      ['扎帕罗夫', 'person:sadyr-japarov'],
      ['图·扎帕罗夫', 'person:~图·扎帕罗夫'],
    ]);
    // The premier's initial form is an alias of his (阿·扎帕罗夫: Akylbek Japarov).
    expect(people('吉尔吉斯斯坦总统萨·扎帕罗夫、总理阿·扎帕罗夫出席。')).toEqual([
      ['扎帕罗夫', 'person:sadyr-japarov'],
      ['阿·扎帕罗夫', 'person:akylbek-japarov'],
    ]);
  });

  it('keeps the person after a given name of theirs, a patronymic or another transliteration (乔·拜登, 西蒙·赫什)', () => {
    expect(people('乔·拜登说。弗拉基米尔·弗拉基米罗维奇·普京宣誓就职。美国调查记者西蒙·赫什曝光。')).toEqual([
      ['乔·拜登', 'person:joe-biden'],
      ['普京', 'person:vladimir-putin'],
      ['赫什', 'person:seymour-hersh'],
    ]);
    expect(people('贝娜齐尔·布托和她的丈夫阿西夫·扎尔达里。').at(-1)).toEqual(['扎尔达里', 'person:asif-ali-zardari']);
  });
});

describe('a person form that is only part of a longer foreign name', () => {
  const words = new Set(['当天', '转达', '表示']);
  const isWord = (w: string): boolean => words.has(w);
  const inside = (text: string, form: string): boolean => {
    const at = text.indexOf(form);
    return insideLongerName(text, at, at + form.length, isWord);
  };

  it('is the given name before a middle dot, but not the family name after one', () => {
    expect(inside('哈桑·法德拉拉表示', '哈桑')).toBe(true);
    expect(inside('弗拉基米尔·普京表示', '普京')).toBe(false);
  });

  it('is a short transliteration glued to more transliteration characters', () => {
    expect(inside('萨勒曼国王', '萨勒')).toBe(true);
    expect(inside('外长阿拉米说', '拉米')).toBe(true);
    // A form of three glued to one before it (the Atlas mountains, not Liz Truss), but not to one after it.
    expect(inside('大阿特拉斯山山区', '特拉斯')).toBe(true);
    expect(inside('特拉斯曼表示', '特拉斯')).toBe(false);
  });

  it('is not a name followed or preceded by an ordinary word, nor a Chinese name', () => {
    expect(inside('普京当天表示', '普京')).toBe(false);
    expect(inside('米舒斯京转达普京的问候', '普京')).toBe(false);
    expect(inside('王勇安排部署', '王勇')).toBe(false);
  });

  it('keeps the dictionary from linking 拉米 inside 阿拉米 to the person it knows as 拉米', () => {
    const dir = mkdtempSync(join(tmpdir(), 'guanxi-longer-'));
    writeFileSync(
      join(dir, 'p.yaml'),
      'source: test\ntype: person\nentries:\n  - { id: person:lammy, name: 拉米, country: GB }\n',
    );
    const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE), {
      builtinDictionaries: MINI_DICT,
      userDictionaries: [dir],
    });
    const linked = (body: string) =>
      (pipeline.run(rawDoc(article(body))).mentions ?? [])
        .filter((m) => m.entity === 'person:lammy')
        .map((m) => m.text);
    expect(linked('英国外交大臣拉米表示欢迎。')).toEqual(['拉米']);
    expect(linked('伊朗议员阿拉米表示反对。')).toEqual([]);
  });
});

describe('the EU in diplomatic shorthand, and 以 as a preposition (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity]);

  it('reads 欧 of 中欧关系, 欧中 and 欧方 as the EU', () => {
    expect(found('中欧关系稳定发展，欧方愿同中方深化欧中合作。')).toEqual([
      ['中', 'country:CN'],
      ['欧', 'organization:eu'],
      ['欧', 'organization:eu'],
      ['中', 'country:CN'],
      ['欧', 'organization:eu'],
      ['中', 'country:CN'],
    ]);
  });

  it('reads 中欧 before 国家 or 五国 as Central Europe, naming neither China nor the EU', () => {
    expect(found('中欧五国加入欧盟的谈判将于三月举行。')).toEqual([['欧盟', 'organization:eu']]);
    expect(found('中欧国家代表出席。')).toEqual([]);
  });

  it('reads 以 at the head of a compound of three as the preposition, and 以巴 as Israel and Palestine', () => {
    expect(found('双方以中欧建立全面战略伙伴关系20周年为契机。')).toEqual([
      ['中', 'country:CN'],
      ['欧', 'organization:eu'],
    ]);
    // Beside 以 it is Palestine whatever other 巴 the article names (巴林, 巴基斯坦).
    expect(found('巴林和美国举行会谈。本轮巴以冲突以来，美军多次遭袭。').find(([t]) => t === '巴')).toEqual([
      '巴',
      'country:PS',
    ]);
    // And where nothing else in the article decides; 巴 alone is Pakistan, Brazil or Palestine, reported with its
    // candidates then (巴方).
    expect(found('以巴冲突仍在持续。')).toEqual([
      ['以', 'country:IL'],
      ['巴', 'country:PS'],
    ]);
    expect(found('巴方表示愿意谈判。')).toEqual([['巴', null]]);
  });

  it('reads 巴 before an armed group or the public (巴武装组织, 巴民众) as Palestine where the article names it', () => {
    expect(found('巴勒斯坦方面称，巴武装组织将抵抗以色列，以军和巴民众发生冲突。')).toEqual([
      ['巴勒斯坦', 'country:PS'],
      ['巴', 'country:PS'],
      ['以色列', 'country:IL'],
      ['以军', 'organization:idf'],
      ['巴', 'country:PS'],
    ]);
    // 以民众为中心: 以 is the preposition, even in an article on Israel.
    expect(found('以色列总理表示，要以民众为中心。').map(([t]) => t)).toEqual(['以色列']);
  });

  it('reads an abbreviation before a part of its country (以军空袭黎南部, 叙东北部) as the country', () => {
    const countries = (body: string) => found(body).filter(([, e]) => e?.startsWith('country:'));
    expect(countries('黎巴嫩方面称，以军空袭黎南部和黎东南部。').map(([, e]) => e)).toEqual([
      'country:LB',
      'country:LB',
      'country:LB',
    ]);
    // Not 部分 "part of", a compass character (中南部, 西北部), or 日 ending a date.
    expect(countries('长江以南部分地区降雨，我国中南部和西北部降温。')).toEqual([]);
    expect(countries('黎巴嫩方面称，30日东部巴勒贝克遭袭。').map(([t]) => t)).toEqual(['黎巴嫩']);
  });

  it('reads a run of rarer abbreviations after a title or before 在 as a foreign name (负责人萨卡菲在), not three countries', () => {
    const countries = (body: string) => found(body).filter(([, e]) => e?.startsWith('country:'));
    expect(countries('黎真主党通信网络负责人萨卡菲在空袭中死亡。')).toEqual([]);
    // Common abbreviations, or a relation of states after the run, are still countries.
    expect(countries('中美俄在联合国安理会会晤。').map(([t]) => t)).toEqual(['中', '美', '俄']);
    expect(countries('秘书长说波匈捷将按期加入北约。').map(([t]) => t)).toEqual(['波', '匈', '捷']);
    // At the end of a foreign name no dictionary took: no Spain and Austria in 比利亚维森西奥; but after a word (有利于)
    // two abbreviations are still countries.
    expect(countries('总统候选人比利亚维森西奥在首都遇袭身亡。')).toEqual([]);
    expect(countries('这将有利于美日两国关系发展。').map(([t]) => t)).toEqual(['美', '日']);
    // Two right after a title start a name (副主任韩德乾); a word of jieba's swallowing a one-character relation word
    // (非意愿) is no compound; 比方说 is "for example".
    expect(countries('国家科委副主任韩德乾介绍说，科技发展迅速。')).toEqual([]);
    expect(countries('以避免非意愿妊娠的发生。')).toEqual([]);
    expect(countries('若是公务员们，比方说，管一个部门。')).toEqual([]);
    expect(countries('两国总统中俄关系稳定。').map(([t]) => t)).toEqual(['中', '俄']);
    // 华 before a compass character is a region of China (华南农业大学), not China and South Africa.
    expect(countries('由华南农业大学等院校组成。')).toEqual([]);
  });

  it('reads no party in 人民建 or 村民建起 (民建 after a word for people), and still reads 民建 and 美国民主党', () => {
    expect(found('坚持人民城市人民建，村民建起新房，农民革命战争。')).toEqual([]);
    expect(found('民建中央召开全会，美国民主党人表示反对。').map(([, e]) => e)).toEqual([
      'organization:cndca',
      'organization:us-democratic-party',
    ]);
  });

  it('reads 中非 as the Central African Republic where the article names 中非共和国, and as China and Africa elsewhere', () => {
    expect(found('中非共和国总统表示，中非与中国恢复外交关系。').map(([, e]) => e)).toEqual([
      'country:CF',
      'country:CF',
      'country:CN',
    ]);
    expect(found('中非关系日益密切。').map(([, e]) => e)).toEqual(['country:CN', 'place:africa']);
  });

  it('reads a country the recognizer took for a person (同安哥拉总统, where jieba cut 同安) as the country', () => {
    expect(
      found('国家主席习近平同安哥拉总统洛伦索互致贺电。').filter(
        ([, e]) => e?.includes('安哥拉') || e === 'country:AO',
      ),
    ).toEqual([['安哥拉', 'country:AO']]);
  });

  it('reads two abbreviations before a function word as the name the recognizer finds there (农场主罗英就, 代表席南华也)', () => {
    expect(
      found('家庭农场主罗英就开始采摘豌豆尖。罗英家庭农场的豌豆尖运往香港。').filter(
        ([t]) => t === '罗英' || t.length === 1,
      ),
    ).toEqual([
      ['罗英', 'person:~罗英'],
      ['罗英', 'person:~罗英'],
    ]);
    expect(found('无党派人士代表席南华也作了发言。')).toEqual([['席南华', 'person:~席南华']]);
    expect(found('国会主席农德孟和范世阅出席。').map(([t]) => t)).toEqual(['农德孟', '范世阅']);
    // Where the recognizer reads no name, or with China's abbreviation or two common ones, the countries stand.
    expect(found('美英将举行会谈，中巴在经贸领域合作。').map(([t, e]) => [t, e])).toEqual([
      ['美', 'country:US'],
      ['英', 'country:GB'],
      ['中', 'country:CN'],
      ['巴', null],
    ]);
  });

  it('reads no place in an idiom (重于泰山, 不识庐山真面目) and a hotel named after a place as the hotel (长城饭店)', () => {
    expect(found('生命重于泰山，不识庐山真面目，游客登上泰山。')).toEqual([['泰山', 'place:mount-tai']]);
    expect(found('晚会在长城饭店举行，上海饭店业复苏，香港酒店入住率上升。')).toEqual([
      ['长城饭店', 'organization:~长城饭店'],
      ['上海', 'place:cn-31'],
      ['香港', 'place:HK'],
    ]);
  });

  it('reads a foreign place ending a foreign name as no place (马哈马, 尼尼斯托, 哈马·阿马杜), and Hama where it stands', () => {
    expect(found('愿同马哈马当选总统一道努力，芬兰总统尼尼斯托表示。').map(([, e]) => e)).toEqual([
      'person:john-mahama',
      'country:FI',
      'person:sauli-niinisto',
    ]);
    expect(found('主谋是哈马·阿马杜。').map(([, e]) => e)).toEqual(['person:~哈马·阿马杜']);
    // After another name, or with a word after it, the place stands (乌克兰苏梅市, 哈马北部).
    expect(found('叙政府军在哈马北部交火，乌克兰苏梅市市长称。').filter(([, e]) => e?.startsWith('place:'))).toEqual([
      ['哈马', 'place:hama'],
      ['苏梅市', 'place:sumy'],
    ]);
  });

  it('reads a foreign place opening the name a title announces as no place (前总理拉法兰, 外长科隆纳, 发言人马里纳基斯)', () => {
    const places = (text: string): Array<[string, string | null]> =>
      found(text).filter(([, e]) => e?.startsWith('place:') || e?.startsWith('country:'));
    expect(places('法国前总理拉法兰出席论坛。')).toEqual([['法国', 'country:FR']]);
    expect(places('王毅会见法国外长科隆纳。')).toEqual([['法国', 'country:FR']]);
    expect(places('希腊政府发言人马里纳基斯28日表示。')).toEqual([['希腊', 'country:GR']]);
    // The recognizer's place there, glued to more of the name, is none either (西村 of 西村康稔).
    expect(places('她与日本经济产业大臣西村康稔会谈时表示。')).toEqual([['日本', 'country:JP']]);
    // Not after 代表, also a verb, nor where an ordinary word follows (总统叙利亚问题特别代表).
    expect(places('他代表南非华人致辞，俄罗斯总统叙利亚问题特别代表拉夫连季耶夫说。')).toEqual([
      ['南非', 'country:ZA'],
      ['俄罗斯', 'country:RU'],
      ['叙利亚', 'country:SY'],
    ]);
  });

  it('reads no name where the article repeats the quoted name of its storm (受“米尔顿”影响 after 飓风“米尔顿”)', () => {
    const text = '飓风“米尔顿”在美国佛罗里达州登陆。受“米尔顿”影响，佛罗里达州多地停电，米尔顿造成至少16人死亡。';
    expect(found(text).map(([t]) => t)).not.toContain('米尔顿');
    expect(found(text)).toContainEqual(['美国', 'country:US']);
  });

  it('gives back the 国 of a formal name that starts a word with the next (以色列国|防军, 日本国|内), not 联合国内罗毕', () => {
    const all = (text: string): Array<[string, string | null]> => found(text);
    expect(all('以色列国防军发言人1日称。')).toEqual([['以色列', 'country:IL']]);
    expect(all('部分抗议者在以色列国防部门前与警方冲突。')).toEqual([['以色列', 'country:IL']]);
    expect(all('遭到日本国内和国际社会的质疑。')).toEqual([['日本', 'country:JP']]);
    // Only where the name gave its 国 back: 中国 of 中国国际旅游交易会 stays inside the fair's name.
    expect(all('2023中国国际旅游交易会今天在云南昆明开幕。')[0]).toEqual([
      '中国国际旅游交易会',
      'organization:~中国国际旅游交易会',
    ]);
    expect(all('联合国内罗毕办事处发布报告。')).toEqual([
      ['联合国', 'organization:un'],
      ['内罗毕', 'place:nairobi'],
    ]);
  });

  it('reads the name after 同 where jieba joins it to 同安 (李强同安瓦尔, 习近平同安提瓜和巴布达总督)', () => {
    expect(found('欢迎仪式后，李强同安瓦尔举行会谈。').map(([, e]) => e)).toEqual([
      'person:li-qiang',
      'person:anwar-ibrahim',
    ]);
    expect(found('习近平同安提瓜和巴布达总督互致贺电。').map(([, e]) => e)).toEqual([
      'person:xi-jinping',
      'country:AG',
    ]);
    // With its prefecture before it, 同安 is Xiamen's district.
    expect(found('厦门同安的企业。').map(([, e]) => e)).toEqual(['place:cn-3502', 'place:cn-350212']);
  });

  it('gives a bare name the person the article named in full, before it (易卜拉欣 after 易卜拉欣·伊斯干达) and in the title (桥本)', () => {
    const people = (date: string, title: string, body: string) =>
      (
        pipeline.run(rawDoc(`---\ntitle: '${title}'\ndate: ${date} 10:00\n---\n\n<div><p>${body}</p></div>\n`))
          .mentions ?? []
      )
        .filter((m) => m.type === 'person')
        .map((m) => [m.text, m.entity]);
    expect(
      people(
        '2024-09-20',
        '习近平举行仪式欢迎马来西亚最高元首访华',
        '国家主席习近平举行仪式，欢迎马来西亚最高元首易卜拉欣·伊斯干达对我国进行国事访问。陪同易卜拉欣访华的有王子等。',
      ),
    ).toEqual([
      ['习近平', 'person:xi-jinping'],
      ['习近平', 'person:xi-jinping'],
      ['易卜拉欣·伊斯干达', 'person:sultan-ibrahim-of-johor'],
      ['易卜拉欣', 'person:sultan-ibrahim-of-johor'],
    ]);
    expect(
      people(
        '1998-01-13',
        '桥本和布莱尔会谈',
        '日本首相桥本龙太郎今晚同英国首相托尼·布莱尔举行会谈。桥本说，两国要加强合作。',
      ),
    ).toEqual([
      ['桥本', 'person:ryutaro-hashimoto'],
      ['布莱尔', 'person:tony-blair'],
      ['桥本龙太郎', 'person:ryutaro-hashimoto'],
      ['托尼·布莱尔', 'person:tony-blair'],
      ['桥本', 'person:ryutaro-hashimoto'],
    ]);
    // Not the last part of another dotted name (卡尔梅努·韦拉 after 乔治·韦拉).
    expect(
      people(
        '1998-01-15',
        '马耳他总理会见钱其琛',
        '马耳他副总理兼外长乔治·韦拉参加会见。旅游部长卡尔梅努·韦拉也在座。',
      ),
    ).not.toContainEqual(['韦拉', 'person:george-vella']);
  });

  it('links a first mention by the title after it where the article names the country (桥本首相, 1998), and a bare short foreign name only with support', () => {
    const on = (date: string, body: string) =>
      (
        pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: ${date} 10:00\n---\n\n<div><p>${body}</p></div>\n`)).mentions ??
        []
      )
        .filter((m) => m.type === 'person')
        .map((m) => [m.text, m.entity]);
    expect(on('1998-01-29', '日本大藏大臣三塚博今天向桥本首相提交了辞呈。')).toContainEqual([
      '桥本',
      'person:ryutaro-hashimoto',
    ]);
    expect(on('2024-05-26', '阿联酋总统府称，我同穆罕默德总统共同启动项目。')).toEqual([
      ['穆罕默德', 'person:mohamed-bin-zayed'],
    ]);
    // 太皇, the King Father of Cambodia, is a title after the name too.
    expect(on('2023-09-23', '柬埔寨人民永远铭记西哈努克太皇同中国领导人共同缔结的友谊。')).toEqual([
      ['西哈努克', 'person:norodom-sihanouk'],
    ]);
    // A foreign two-character name with no title, before any of that person's offices, in an article that never
    // names the country, is not that person (益比奥, a drug, is not Sierra Leone's president 比奥 in 1998).
    expect(on('1998-01-19', '重组人红细胞生成素益比奥已投产。')).not.toContainEqual([
      '比奥',
      'person:julius-maada-bio',
    ]);
    expect(on('2023-04-01', '塞拉利昂总统比奥会见代表团。')).toContainEqual(['比奥', 'person:julius-maada-bio']);
    // Nor does the recognizer read the held name as a place; a longer name holding one stands (戴维斯加利福尼亚大学).
    const all = (body: string) =>
      (
        pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: 1998-01-19 10:00\n---\n\n<div><p>${body}</p></div>\n`))
          .mentions ?? []
      )
        .filter((m) => m.block === 1)
        .map((m) => m.text);
    expect(all('重组人红细胞生成素益比奥已投产。')).toEqual([]);
    expect(all('美国戴维斯加利福尼亚大学的研究人员发现。')).toEqual(['美国戴维斯加利福尼亚大学']);
    expect(on('1998-01-09', '原摩洛哥一院制议会议长艾赛义德当选为第一任议长。')).not.toContainEqual([
      '赛义德',
      'person:kais-saied',
    ]);
    // Not where the article never names his country (an item on Chad).
    expect(on('2024-05-21', '我高度重视中乍关系发展，愿同穆罕默德总统一道努力。')).not.toContainEqual([
      '穆罕默德',
      'person:mohamed-bin-zayed',
    ]);
  });

  it('reads no name in a title, a hurricane or a span broken by quotation marks (卡塔尔埃米尔, 飓风“伊恩”, 美国“元”公司)', () => {
    expect(found('习近平在利雅得会见卡塔尔埃米尔塔米姆。').map(([t]) => t)).toEqual([
      '习近平',
      '利雅得',
      '卡塔尔',
      '塔米姆',
    ]);
    expect(found('飓风“伊恩”28日登陆美国佛罗里达州。').map(([t]) => t)).toEqual(['美国', '佛罗里达州']);
    expect(found('欧盟委员会14日称将对美国“元”公司处以罚款。').map(([t]) => t)).toEqual(['欧盟委员会', '美国']);
    // A weapon named in quotes is none of ours (“萨尔马特”导弹, “哈姆”导弹).
    expect(found('俄称“萨尔马特”导弹将进入战备，并拦截乌军“哈姆”导弹。').map(([t]) => t)).toEqual(['俄', '乌军']);
  });

  it('reads 以军 as the Israeli army where the article never names Israel, but not 以 before 军事 or 军队 there', () => {
    expect(found('加沙地带南部拉法周边今天遭到以军空袭。')).toEqual([
      ['加沙地带', 'place:gaza'],
      ['拉法', 'place:rafah'],
      ['以军', 'organization:idf'],
    ]);
    expect(found('将以军事手段回应，以军队保卫边境。')).toEqual([]);
  });

  it('reads a bank and the places of its branch before 分行 or 支行 as one organization (工商银行河南省驻马店分行)', () => {
    expect(found('工商银行河南省驻马店分行积极捐助希望工程。')).toEqual([
      ['工商银行河南省驻马店分行', 'organization:~工商银行河南省驻马店分行'],
      ['希望工程', 'initiative:project-hope'],
    ]);
    // Without a place between them, the bank stays itself (该行的分行, 工商银行分行).
    expect(found('工商银行分行积极捐助希望工程。')).toEqual([
      ['工商银行', 'organization:icbc'],
      ['希望工程', 'initiative:project-hope'],
    ]);
  });

  it("reads no place or country in the brackets of a company's name (爱立信（中国）有限公司, 东计电脑（北京）有限公司)", () => {
    expect(found('乒协和爱立信（中国）有限公司共同主办。').map(([, e]) => e)).not.toContain('country:CN');
    expect(found('东计电脑（北京）有限公司制作的光盘问世。').map(([, e]) => e)).not.toContain('place:cn-11');
  });

  it('reads a contingent of the armed police as one organization (武警湖北总队, 武警北京一总队十支队), one id however written', () => {
    expect(found('武警湖北总队党委作出决定。')).toEqual([['武警湖北总队', 'organization:~武警湖北总队']]);
    expect(found('新兵全部到达武警北京一总队十支队。')).toEqual([
      ['武警北京一总队十支队', 'organization:~武警北京一总队十支队'],
    ]);
    expect(found('中国人民武装警察部队重庆市总队挂牌成立。')).toEqual([
      ['中国人民武装警察部队重庆市总队', 'organization:~武警重庆市总队'],
    ]);
    // The force itself, and its place without a unit word, stay what they are.
    expect(found('武警部队在湖北抗洪。')).toEqual([
      ['武警部队', 'organization:pap'],
      ['湖北', 'place:cn-42'],
    ]);
  });

  it('reads no countries in a four-character idiom (敬老爱老) nor 法 of 社会与法, but France and the list after another country and 与', () => {
    expect(found('重阳节，敬老爱老是中华民族传统美德。')).toEqual([]);
    expect(found('节目今晚在社会与法频道播出，讲述权与法、情与法的故事。')).toEqual([]);
    expect(found('去年以来，俄罗斯与法、德高层往来频繁。').map(([t, e]) => `${t}=${e}`)).toEqual([
      '俄罗斯=country:RU',
      '法=country:FR',
      '德=country:DE',
    ]);
  });

  it("leaves a two-character leader's name that runs on by a character in a list to the longer name (李希林、, 杨震刚（藏族）)", () => {
    const people = (body: string) => found(body).map(([t, e]) => `${t}=${e}`);
    expect(people('委员有：李文卿、李希林、李瑞环。')).toEqual([
      '李文卿=person:~李文卿',
      '李希林=person:~李希林',
      '李瑞环=person:li-ruihuan',
    ]);
    // So in a list of names set apart by spaces (刘奇凡 is no 刘奇), where a space follows as it precedes.
    expect(people('刘军川　刘奇凡　刘昌林')).toEqual([
      '刘军川=person:~刘军川',
      '刘奇凡=person:~刘奇凡',
      '刘昌林=person:~刘昌林',
    ]);
    // The name itself, in a list or before 说, is still the leader.
    expect(people('出席的有李希、王沪宁。会上，李希说，要加强领导。')).toEqual([
      '李希=person:li-xi',
      '王沪宁=person:wang-huning',
      '李希=person:li-xi',
    ]);
  });

  it('links 基金组织 to the IMF only where the article names the IMF in full (a qualified form)', () => {
    expect(found('国际货币基金组织发布报告。基金组织愿同中方加强合作。').map(([, e]) => e)).toEqual([
      'organization:imf',
      'organization:imf',
      'country:CN',
    ]);
    expect(found('该公司已建立两级扶贫基金组织３７个。')).toEqual([]);
  });

  it("reads 中军 as an army's centre, not China's armed forces (周瑜手下的中军), while 俄军 stays Russia's", () => {
    // 周瑜 is the general (a dictionary person since the hunts of seeds 379–389); no country in 中军.
    expect(found('周瑜手下的中军嘲笑关公，中军开玩笑说还不够。')).toEqual([['周瑜', 'person:zhou-yu']]);
    expect(found('中国和俄罗斯举行联合演习，俄军派出舰艇。').map(([, e]) => e)).toEqual([
      'country:CN',
      'country:RU',
      'organization:~俄罗斯武装部队',
    ]);
  });

  it("reads 新政府 as a new government, not Xinjiang's (印尼新政府), in an article that names Xinjiang", () => {
    expect(found('新疆代表团访问印尼。中方愿同印尼新政府一道，继往开来。').map(([, e]) => e)).toEqual([
      'place:cn-65',
      'country:ID',
      'country:CN',
      'country:ID',
    ]);
  });

  it('reads 欧 of 欧美 and 美欧 as Europe, with the United States', () => {
    expect(found('欧美市场外需减弱，美欧多国发表声明。')).toEqual([
      ['欧', 'place:europe'],
      ['美', 'country:US'],
      ['美', 'country:US'],
      ['欧', 'place:europe'],
    ]);
  });

  it('keeps 欧美同学会 one organization', () => {
    expect(found('欧美同学会举行年会。')).toEqual([['欧美同学会', 'organization:wrsa']]);
  });
});

describe('places: county short forms after the place containing them, and time zones (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const places = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'place')
      .map((m) => [m.text, m.entity]);

  it('reads 神农架 alone as the forestry district it names, as the press writes it (据说神农架无山不神)', () => {
    expect(places('据说神农架无山不神、无水不奇。')).toEqual([['神农架', 'place:cn-429021']]);
  });

  it('reads a county short form right after its province or prefecture (山东临清, 湖北长阳) and its full name anywhere', () => {
    expect(places('在山东临清大运河畔，湖北长阳的群众和兰考县干部。')).toEqual([
      ['山东', 'place:cn-37'],
      ['临清', 'place:cn-371581'],
      ['大运河', 'place:grand-canal'],
      ['湖北', 'place:cn-42'],
      ['长阳', 'place:cn-420528'],
      ['兰考县', 'place:cn-410225'],
    ]);
  });

  it('links a bare short form the recognizer finds to the place the article names in full (安徽桐城 … 桐城)', () => {
    const body = '安徽桐城是“桐城派”的起源地。三百年过去了，桐城在基层治理领域创新形成了新的工作法。';
    expect(places(body).filter(([t]) => t === '桐城')).toEqual([
      ['桐城', 'place:cn-340881'],
      ['桐城', 'place:cn-340881'],
    ]);
  });

  it('does not read 大学士, an imperial office, as a university (文华殿大学士)', () => {
    const all = pipeline.run(
      rawDoc(article('相传清康熙年间，文华殿大学士兼礼部尚书张英的家人与邻居发生争执。')),
    ).mentions;
    expect((all ?? []).filter((m) => m.type === 'organization')).toEqual([]);
  });

  it('does not read the short form alone as the county (友谊, 榆树, 马关系)', () => {
    expect(places('增进两国民众友谊，人们把榆树种在山上，中北马关系发展。')).toEqual([]);
  });

  it('reads 北京时间 as a time, not Beijing, and still finds 北京 elsewhere', () => {
    expect(places('截至北京时间今天，北京的气温下降。')).toEqual([['北京', 'place:cn-11']]);
  });
});

describe('places: named sites, regions and places inside events (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const places = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && (m.type === 'place' || m.type === 'country'))
      .map((m) => [m.text, m.entity]);

  it('reads a place with a site word after it as the site (太湖古镇, 黄河流域), and a directional state (东阿塞拜疆省)', () => {
    expect(places('游客来到太湖古镇，黄河流域生态向好。')).toEqual([
      ['太湖古镇', 'place:~太湖古镇'],
      ['黄河流域', 'place:yellow-river-basin'],
    ]);
    expect(places('直升机在伊朗西北部东阿塞拜疆省失事。')).toEqual([
      ['伊朗', 'country:IR'],
      ['东阿塞拜疆省', 'place:east-azerbaijan'],
    ]);
    // One that no dictionary holds: the recognizer's name stands whole, with no Azerbaijan inside it.
    expect(places('地震发生在伊朗西北部西阿塞拜疆省。')).toEqual([
      ['伊朗', 'country:IR'],
      ['西阿塞拜疆省', 'place:~西阿塞拜疆省'],
    ]);
  });

  it('keeps the place alone before other words, and a country before 州长 or 省级 (美国州长)', () => {
    expect(places('太湖边的村庄。美国州长选举和中国省级行政区。')).toEqual([
      ['太湖', 'place:taihu'],
      ['美国', 'country:US'],
      ['中国', 'country:CN'],
    ]);
  });

  it("reads China's direction regions, but not after another country (美国东部地区)", () => {
    expect(places('我国西部地区和中西部地区发展加快。')).toEqual([
      ['西部地区', 'place:west-region'],
      ['中西部地区', 'place:central-west-region'],
    ]);
    expect(places('美国东部地区遭遇暴风雪。')).toEqual([['美国', 'country:US']]);
    expect(places('我国中东部地区大范围雨雪，满足西藏中东部地区用电。')).toEqual([
      ['中东部地区', 'place:central-east-region'],
      ['西藏', 'place:cn-54'],
    ]);
  });

  it("reads no region of China's after a foreign place earlier in the sentence (加沙地带北部和中部地区), but after 中国", () => {
    expect(places('在加沙地带北部和中部地区，以军也打击了多处设施。')).toEqual([['加沙地带', 'place:gaza']]);
    expect(places('台风正逐渐远离日本关东和东北地区。').map(([, id]) => id)).not.toContain('place:northeast-china');
    expect(places('加强中国东北地区和俄罗斯远东地区合作。')).toContainEqual(['东北地区', 'place:northeast-china']);
  });

  it("reads China's weather regions, plains and plateaus (黄淮, 江淮, 华北平原, 黄土高原)", () => {
    expect(places('黄淮、江淮有雨，华北平原和黄土高原降温。')).toEqual([
      ['黄淮', 'place:huang-huai'],
      ['江淮', 'place:jiang-huai'],
      ['华北平原', 'place:north-china-plain'],
      ['黄土高原', 'place:loess-plateau'],
    ]);
  });

  it('reads an oil or gas field named by a block number as one place, the place inside it included (锦州9-3油田)', () => {
    expect(places('大气田——宝岛21-1气田投产，中海油的锦州9-3油田位于辽东湾。')).toEqual([
      ['宝岛21-1气田', 'place:~宝岛21-1气田'],
      ['锦州9-3油田', 'place:~锦州9-3油田'],
      ['辽东湾', 'place:liaodong-bay'],
    ]);
  });

  it('reads a facility named after the place before it as a place of its own (青海 + 哇让抽水蓄能电站)', () => {
    expect(places('国家电网青海哇让抽水蓄能电站开工建设。')).toEqual([
      ['青海', 'place:cn-63'],
      ['哇让抽水蓄能电站', 'place:~哇让抽水蓄能电站'],
    ]);
  });

  it('spans the division word written after a place (敖德萨州, 休斯敦市, 北川县), not one that starts a word (莫斯科市长)', () => {
    expect(places('乌克兰敖德萨州遭袭，美国休斯敦市发生枪击，莫斯科市长出席，四川北川县受灾。')).toEqual([
      ['乌克兰', 'country:UA'],
      ['敖德萨州', 'place:odesa'],
      ['美国', 'country:US'],
      ['休斯敦市', 'place:houston'],
      ['莫斯科', 'place:moscow'],
      ['四川', 'place:cn-51'],
      ['北川县', 'place:cn-510726'],
    ]);
  });

  it('reads a place with 港, 湾, 站 or 古城 after it as the feature or site (天津港, 苏丹港: Port Sudan, 墨西哥湾)', () => {
    expect(places('货轮从天津港启运，抵达苏丹港，途经黑海港口和墨西哥湾。')).toEqual([
      ['天津港', 'place:tianjin-port'],
      ['苏丹港', 'place:port-sudan'],
      ['黑海', 'place:black-sea'],
      ['墨西哥湾', 'place:gulf-of-mexico'],
    ]);
    // Ones that no dictionary holds, as the recognizer reads them.
    expect(places('货轮抵达肯布拉港，驶入阿拉斯加湾。')).toEqual([
      ['肯布拉港', 'place:~肯布拉港'],
      ['阿拉斯加湾', 'place:~阿拉斯加湾'],
    ]);
    expect(places('列车驶离唐山站，游客走进丽江古城。同中国站在一起。')).toEqual([
      ['唐山站', 'place:~唐山站'],
      ['丽江古城', 'place:~丽江古城'],
      ['中国', 'country:CN'],
    ]);
  });

  it('reads the end of a route after 至 as the place alone (防城港至东兴铁路)', () => {
    expect(places('广西防城港至东兴铁路今天开始铺轨。')).toEqual([
      ['广西', 'place:cn-45'],
      ['防城港', 'place:cn-4506'],
      ['东兴', 'place:cn-450681'],
    ]);
  });

  it('finds the place inside an event or a policy (杭州亚运会, 推动中部地区崛起)', () => {
    expect(places('杭州亚运会开幕。推动中部地区崛起。')).toEqual([
      ['杭州', 'place:cn-3301'],
      ['中部地区', 'place:central-region'],
    ]);
  });
});

describe('place shorthand and region names (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const places = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && (m.type === 'place' || m.type === 'country'))
      .map((m) => [m.text, m.entity]);

  it('reads 京津冀 and 港澳 as one place a character, and 在京 as Beijing', () => {
    expect(places('京津冀签订协议，港澳同胞在京出席。')).toEqual([
      ['京', 'place:cn-11'],
      ['津', 'place:cn-12'],
      ['冀', 'place:cn-13'],
      ['港', 'place:HK'],
      ['澳', 'place:MO'],
      ['京', 'place:cn-11'],
    ]);
  });

  it('reads 宁 beside 沪 as Nanjing and beside 甘 as Ningxia, and no provinces in a town (闽宁镇) or in 新市民', () => {
    expect(places('沪宁两地交流频繁。甘宁青地区。')).toEqual([
      ['沪', 'place:cn-31'],
      ['宁', 'place:cn-3201'],
      ['甘', 'place:cn-62'],
      ['宁', 'place:cn-64'],
      ['青', 'place:cn-63'],
    ]);
    expect(places('为许多来沪新市民提供住房。').map(([, e]) => e)).not.toContain('place:cn-65');
    expect(places('在宁夏银川闽宁镇。').map(([, e]) => e)).not.toContain('place:cn-35');
  });

  it('reads 京 of 在京举行 and 在京开幕, which jieba reads as one phrase, but not the 京剧 of 在京剧院', () => {
    expect(places('座谈会28日在京举行，大会在京开幕。')).toEqual([
      ['京', 'place:cn-11'],
      ['京', 'place:cn-11'],
    ]);
    expect(places('他在京剧院工作。')).toEqual([]);
  });

  it('reads no provinces in a name after a title (局长宁吉喆 is no Ningxia and Jilin)', () => {
    expect(places('国家统计局局长宁吉喆介绍经济运行情况。')).toEqual([]);
  });

  it('reads 新 heading a pair as the adjective (新晋 is no Xinjiang and Shanxi, 新港村 no Hong Kong), not after 渝', () => {
    expect(places('会上介绍新晋政治局常委。记者来到新港村。')).toEqual([['新港村', 'place:~新港村']]);
    expect(places('渝新欧班列实现常态化运行。')).toEqual([
      ['渝', 'place:cn-50'],
      ['新', 'place:cn-65'],
    ]);
  });

  it('keeps 辽宁 one province, and 澳 alone Australia', () => {
    expect(places('辽宁代表团访问澳方。')).toEqual([
      ['辽宁', 'place:cn-21'],
      ['澳', 'country:AU'],
    ]);
  });

  it('spans a region without 地区 (亚太地区 → 亚太) and reads stem + 州 as the autonomous prefecture (海南州)', () => {
    expect(places('为亚太地区和平作贡献。青海海南州开工建设。')).toEqual([
      ['亚太', 'place:asia-pacific'],
      ['青海', 'place:cn-63'],
      ['海南州', 'place:cn-6325'],
    ]);
  });
});

describe('place shorthand inside an initiative (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('reads 京津冀 of 京津冀协同发展 as three places besides the initiative', () => {
    const ms = (pipeline.run(rawDoc(article('推进京津冀协同发展。'))).mentions ?? []).filter((m) => m.block === 1);
    expect(ms.filter((m) => m.type === 'place').map((m) => [m.text, m.entity])).toEqual([
      ['京', 'place:cn-11'],
      ['津', 'place:cn-12'],
      ['冀', 'place:cn-13'],
    ]);
    expect(ms.some((m) => m.type !== 'place' && m.text.includes('京津冀协同发展'))).toBe(true);
  });
});

describe('diplomatic shorthand: pairs, 全美, borders and more partners (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const countries = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'country')
      .map((m) => [m.text, m.entity]);

  it('reads two common abbreviations standing as words as two countries (韩美此次, 美英的), not 美德 or 中华', () => {
    expect(countries('文章认为，韩美此次公开点名朝鲜。')).toEqual([
      ['韩', 'country:KR'],
      ['美', 'country:US'],
      ['朝鲜', 'country:KP'],
    ]);
    expect(countries('为报复美英的袭击。')).toEqual([
      ['美', 'country:US'],
      ['英', 'country:GB'],
    ]);
    expect(countries('弘扬传统美德和中华文化。')).toEqual([]);
  });

  it('leaves 阿 of 中阿 and 阿方 unresolved where the article is on the Arab states, unless the paragraph or title names the country', () => {
    const arab = (body: string, title = '标题'): Array<[string, string | null]> =>
      (pipeline.run(rawDoc(article(body, title))).mentions ?? [])
        .filter((m) => m.type === 'country' && m.text === '阿')
        .map((m) => [m.text, m.entity]);
    const speech =
      '中阿关系进入新时代。</p><p>双方合作建设的阿尔及利亚嘉玛大清真寺已经落成。</p><p>中国愿同阿拉伯国家一道，推动中阿友好。中方愿同阿方加强合作。';
    expect(arab(speech)).toEqual([
      ['阿', null],
      ['阿', null],
      ['阿', null],
    ]);
    // A state visit to the UAE: the title names it, and 中阿 is China and the UAE even beside 阿拉伯国家.
    expect(arab('中阿两国友好。中国愿同阿拉伯国家加强合作。', '习近平同阿联酋总统会谈')).toEqual([
      ['阿', 'country:AE'],
    ]);
    // Azerbaijan's president in the same paragraph: 阿中 is his country and China's.
    expect(arab('阿塞拜疆总统阿利耶夫表示，阿中友好关系坚实。阿拉伯国家联盟秘书长表示哀悼。')).toEqual([
      ['阿', 'country:AZ'],
    ]);
  });

  it('reads 华 of 对华关系 and 驻华使节, which jieba reads as one phrase, and 中 of 中美元首 (美元 is a word)', () => {
    expect(countries('他表示愿密切对华关系，190多位驻华使节出席。')).toEqual([
      ['华', 'country:CN'],
      ['华', 'country:CN'],
    ]);
    expect(countries('中美元首旧金山会晤。')).toEqual([
      ['中', 'country:CN'],
      ['美', 'country:US'],
    ]);
  });

  it('reads an abbreviation for the candidate the article names three times as often as any other (巴 of 中巴)', () => {
    expect(
      countries('巴西总统欢迎习近平访问巴西。巴西人民珍视中巴友谊。巴勒斯坦问题也在会谈中提及。').filter(
        ([text]) => text === '巴',
      ),
    ).toEqual([['巴', 'country:BR']]);
    expect(
      countries('巴西总统表示欢迎。巴勒斯坦问题也被提及。双方珍视中巴友谊。').filter(([text]) => text === '巴'),
    ).toEqual([['巴', null]]);
  });

  it('reads 安 as Angola where the article names it, and the first pair of a list (中沙、中阿友谊)', () => {
    expect(countries('安哥拉总统表示，中安关系发展良好，安方愿深化合作。')).toEqual([
      ['安哥拉', 'country:AO'],
      ['中', 'country:CN'],
      ['安', 'country:AO'],
      ['安', 'country:AO'],
    ]);
    expect(countries('沙特王储表示，要增进中沙、中阿友谊。')).toEqual([
      ['沙特', 'country:SA'],
      ['中', 'country:CN'],
      ['沙', 'country:SA'],
      ['中', 'country:CN'],
      ['阿', null],
    ]);
  });

  it('reads a common abbreviation opening a clause before a stance verb (俄主张, 俄反对), not 以表示 or 16日表示', () => {
    expect(countries('鲁什金指出，俄主张武器核查小组继续工作。普里马科夫重申，俄反对波罗的海三国加入北约。')).toEqual([
      ['俄', 'country:RU'],
      ['俄', 'country:RU'],
    ]);
    expect(countries('双方举行会谈，以表示对和平进程的支持。')).toEqual([]);
    // Nor the last character of a word before a title word (越来越媒体化), while 越媒体 stays Vietnam's media.
    expect(countries('越南代表团访华。这件事越来越媒体化了。').map(([t]) => t)).not.toContain('越');
    expect(countries('越南代表团访华。越媒体报道称。').slice(-1)).toEqual([['越', 'country:VN']]);
  });

  it('reads 中 and a partner before no relation word where the article names the partner (中巴分别是, 中白立法机构)', () => {
    expect(countries('巴西总统会见李强。李强表示，中巴分别是东西半球最大的发展中国家。')).toEqual([
      ['巴西', 'country:BR'],
      ['中', 'country:CN'],
      ['巴', 'country:BR'],
    ]);
    expect(countries('白俄罗斯议会代表团访华。赵乐际强调，中白立法机构长期保持友好交往。').slice(-2)).toEqual([
      ['中', 'country:CN'],
      ['白', 'country:BY'],
    ]);
    // Without 巴西 in the article the pair is left alone; 中立 is a word; 协议中巴方 is "in the accord, the 巴 side".
    expect(countries('李强表示，中巴分别是东西半球最大的发展中国家。')).toEqual([]);
    // The partner first (白中全天候全面战略伙伴关系).
    expect(countries('白俄罗斯总统表示，白俄罗斯致力于深化白中全天候全面战略伙伴关系。').slice(-2)).toEqual([
      ['白', 'country:BY'],
      ['中', 'country:CN'],
    ]);
    expect(countries('立陶宛军机在波罗的海中立海域上空飞行。')).toEqual([['立陶宛', 'country:LT']]);
    expect(countries('巴勒斯坦和以色列代表会谈，协议中巴方应履行的义务。').map(([t]) => t)).not.toContain('中');
  });

  it('reads two other countries before no relation word where the article names both (黎以临时边界, 伊沙复交)', () => {
    expect(countries('以色列和黎巴嫩边境紧张。黎以临时边界附近发生交火。').slice(-2)).toEqual([
      ['黎', 'country:LB'],
      ['以', 'country:IL'],
    ]);
    expect(countries('伊朗和沙特宣布恢复外交关系。中方对推动伊沙复交发挥建设性作用。').slice(-2)).toEqual([
      ['伊', 'country:IR'],
      ['沙', 'country:SA'],
    ]);
    // Not where the article names one of them only, nor an ordinary word (加以), a name after a title (执政官罗西),
    // 非裔, or the last character before 制 (乌美制武器: the made-in rule's US).
    expect(countries('据以色列媒体报道，黎以临时边界附近发生交火。')).toEqual([['以色列', 'country:IL']]);
    expect(countries('加拿大和以色列表示要加以解决。')).toEqual([
      ['加拿大', 'country:CA'],
      ['以色列', 'country:IL'],
    ]);
    expect(countries('罗马尼亚和西班牙客人中，圣马力诺执政官罗西出席。').slice(2)).toEqual([
      ['圣马力诺', 'country:SM'],
    ]);
    expect(countries('美国和非洲国家。美非裔男子遭警方电击。').map(([t]) => t)).not.toContain('非');
    expect(countries('乌克兰和美国。俄称打击乌美制武器。').slice(2)).toEqual([
      ['俄', 'country:RU'],
      ['美', 'country:US'],
    ]);
  });

  it('reads 乌 beside 俄 as Ukraine where the article names no other country of 乌, and by context where it does', () => {
    expect(countries('美国担心俄乌冲突期间，德国要。')).toEqual([
      ['美国', 'country:US'],
      ['俄', 'country:RU'],
      ['乌', 'country:UA'],
      ['德国', 'country:DE'],
    ]);
    expect(countries('总理访问乌兹别克斯坦。俄外交部认为，这次访问对密切俄乌关系具有重要意义。').slice(-2)).toEqual([
      ['俄', 'country:RU'],
      ['乌', 'country:UZ'],
    ]);
  });

  it('reads 中海 as China and the Gulf Cooperation Council where the article names the Council, not 海军 or 中国海关', () => {
    const body =
      '海合会秘书长表示，中海关系不断发展，中阿、中海、中沙关系迈上新台阶。中国海军访问上海，中国海关查获走私。';
    const ms = (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1);
    expect(ms.filter((m) => m.text === '海').map((m) => [m.start, m.entity])).toEqual([
      [10, 'organization:gcc'],
      [22, 'organization:gcc'],
    ]);
    expect(ms.some((m) => m.entity === 'organization:~中国海关' && m.start === 9)).toBe(false);
  });

  it('reads no countries in 安保 or in compass words (新安保战略, 俄西南边境), and ends 日美 before 安保', () => {
    expect(countries('日本民众抗议新安保战略。宣言肯定日美安保条约。俄称乌袭击俄西南边境城市。')).toEqual([
      ['日本', 'country:JP'],
      ['日', 'country:JP'],
      ['美', 'country:US'],
      ['俄', 'country:RU'],
      ['俄', 'country:RU'],
    ]);
  });

  it('reads an abbreviation before a place of its country (美印第安纳州, 俄莫斯科州), not 日 after a date', () => {
    expect(countries('美印第安纳州回收厂着火。俄莫斯科州发生爆炸。')).toEqual([
      ['美', 'country:US'],
      ['俄', 'country:RU'],
    ]);
    expect(countries('3日东京股市下跌。')).toEqual([]);
  });

  it('reads headline verbs and titles after an abbreviation (俄宣布, 叙首都, 美前总统, 俄副外长), not 以回应', () => {
    expect(countries('俄宣布终止协定。叙首都大马士革发生爆炸。美前总统出庭。俄副外长表示。')).toEqual([
      ['俄', 'country:RU'],
      ['叙', 'country:SY'],
      ['美', 'country:US'],
      ['俄', 'country:RU'],
    ]);
    expect(countries('以色列遭袭，以回应民兵的袭击。')).toEqual([['以色列', 'country:IL']]);
  });

  it('reads a common abbreviation opening a clause as its subject where the article names the country (俄在, 俄与)', () => {
    expect(countries('俄罗斯总统表示。俄在这两方面十分活跃，俄与美国关系紧张。')).toEqual([
      ['俄罗斯', 'country:RU'],
      ['俄', 'country:RU'],
      ['俄', 'country:RU'],
      ['美国', 'country:US'],
    ]);
    expect(countries('英在这方面做得好。')).toEqual([]);
  });

  it('reads no country in 美元首次, 赚取美元首先 or 来日方长', () => {
    expect(countries('外汇储备中的美元首次下降，赚取美元首先要出口。')).toEqual([]);
    expect(countries('来日方长。')).toEqual([]);
  });

  it('reads 全美 and 俄边界, and compounds before 问题 or 文明 (中秘文明互鉴)', () => {
    expect(countries('全美已有6021名未成年人伤亡。军机抵近俄边界。')).toEqual([
      ['美', 'country:US'],
      ['俄', 'country:RU'],
    ]);
    expect(countries('秘鲁总统出席，发布中秘文明互鉴成果。')).toEqual([
      ['秘鲁', 'country:PE'],
      ['中', 'country:CN'],
      ['秘', 'country:PE'],
    ]);
    expect(countries('全日制学生增加。')).toEqual([]);
  });

  it('reads 中非 before a state office as the Central African Republic, and as China and Africa elsewhere', () => {
    expect(countries('喀麦隆总统比亚、中非总统图瓦德拉出席。推动中非合作。')).toEqual([
      ['喀麦隆', 'country:CM'],
      ['中非', 'country:CF'],
      ['中', 'country:CN'],
    ]);
  });

  it('reads both countries of forces stationed abroad or invading (驻韩美军, 侵华日军), which jieba writes across them', () => {
    expect(countries('驻韩美军举行演习。侵华日军细菌战。')).toEqual([
      ['韩', 'country:KR'],
      ['华', 'country:CN'],
    ]);
  });

  it('leaves a pair ending a name in a list of names to the recognizer (沈椿年、沈德中、怀国模), not a pair in a clause', () => {
    expect(countries('沈允钢、沈世杰、沈椿年、沈德中、怀国模、宋直元、宋振骐。')).toEqual([]);
    expect(countries('为中马、中非关系发展注入新动力。').map(([t]) => t)).toEqual(['中', '马', '中']);
  });

  it('reads no country after 同 in 同比 (year on year) or 同意 (agree)', () => {
    expect(countries('全社会用电量同比增长9.9%。意大利和法国同意共同提供。')).toEqual([
      ['意大利', 'country:IT'],
      ['法国', 'country:FR'],
    ]);
  });

  it('reads no countries in an ordinary word or a name before a weak word (西南油气田, 特意在, 古罗马文明, 非法移民)', () => {
    expect(countries('中国石油西南油气田年产天然气400亿立方米。')).toEqual([]);
    expect(countries('她特意在回家前买了礼物。')).toEqual([]);
    expect(countries('古罗马文明展开幕。')).toEqual([]);
    expect(countries('非法移民问题突出。')).toEqual([]);
    // But such a pair before a relation of states is two countries, and China's pairs are before any relation word.
    expect(countries('推动中南全面战略伙伴关系。中日经济高层对话。美日韩三国外长会晤。')).toEqual([
      ['中', 'country:CN'],
      ['南', 'country:ZA'],
      ['中', 'country:CN'],
      ['日', 'country:JP'],
      ['美', 'country:US'],
      ['日', 'country:JP'],
      ['韩', 'country:KR'],
    ]);
  });

  it('reads China and its partner before practical cooperation, high-level dialogue, joint building or their peoples', () => {
    expect(countries('推动中委务实合作。举行中希高级别对话。中泰共建“一带一路”。增进中秘人民友谊。')).toEqual([
      ['中', 'country:CN'],
      ['委', 'country:VE'],
      ['中', 'country:CN'],
      ['希', 'country:GR'],
      ['中', 'country:CN'],
      ['泰', 'country:TH'],
      ['中', 'country:CN'],
      ['秘', 'country:PE'],
    ]);
  });

  it('reads no country at the end of a foreign name before a title (阿萨德总统, 阿连德政府), nor in 安全日', () => {
    expect(countries('他与阿萨德总统会谈。智利阿连德政府被推翻。全国交通安全日。')).toEqual([['智利', 'country:CL']]);
    // One character of transliteration alone before it is mostly a word: 死于美军, 城内以军.
    const orgs = (pipeline.run(rawDoc(article('以色列和美国：平民死于美军空袭，城内以军目标被击中。'))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'organization')
      .map((m) => m.text);
    expect(orgs).toEqual(['美军', '以军']);
  });

  it('reads no country twice in a name that opens with one character twice (南南合作 is South-South cooperation)', () => {
    expect(countries('中国是南南合作的积极推动者。')).toEqual([['中国', 'country:CN']]);
  });

  it('resolves 马方, 毛方 and 特中 from the countries the article names (Mali, Mauritania, Trinidad and Tobago)', () => {
    expect(countries('感谢中国为马里提供帮助，马方恪守一个中国原则。')).toEqual([
      ['中国', 'country:CN'],
      ['马里', 'country:ML'],
      ['马', 'country:ML'],
      ['中国', 'country:CN'],
    ]);
    expect(countries('毛里塔尼亚总统表示，毛中友谊深厚，毛方愿深化合作。')).toEqual([
      ['毛里塔尼亚', 'country:MR'],
      ['毛', 'country:MR'],
      ['中', 'country:CN'],
      ['毛', 'country:MR'],
    ]);
    expect(countries('特多总理表示，特中关系良好。')).toEqual([
      ['特多', 'country:TT'],
      ['特', 'country:TT'],
      ['中', 'country:CN'],
    ]);
  });
});

describe('lists of abbreviations separated by 、 (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const listed = (body: string): Array<[string, string | null, string | undefined]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'country')
      .map((m) => [m.text, m.entity, m.rule]);

  it('reads a list opening a clause, after a preposition or a conjunction, or before a count of states', () => {
    expect(listed('美、日、韩三国外长会晤。')).toEqual([
      ['美', 'country:US', 'shorthand-list'],
      ['日', 'country:JP', 'shorthand-list'],
      ['韩', 'country:KR', 'shorthand-list'],
    ]);
    expect(listed('我国自12月1日起对法、德等6国实施免签。')).toEqual([
      ['法', 'country:FR', 'shorthand-list'],
      ['德', 'country:DE', 'shorthand-list'],
    ]);
    expect(listed('墨西哥将维持与美、加两国的关系。').slice(1)).toEqual([
      ['美', 'country:US', 'shorthand-list'],
      ['加', 'country:CA', 'shorthand-list'],
    ]);
    expect(listed('军乐队奏中、老两国国歌。')).toEqual([
      ['中', 'country:CN', 'shorthand-list'],
      ['老', 'country:LA', 'shorthand-list'],
    ]);
    // A count with 个 and several digits (等４０多个国家).
    expect(listed('咖啡产量９０％出口到英、美、德等４０多个国家。')).toEqual([
      ['英', 'country:GB', 'shorthand-list'],
      ['美', 'country:US', 'shorthand-list'],
      ['德', 'country:DE', 'shorthand-list'],
    ]);
  });

  it('reads no list in words, names, languages or compass points', () => {
    expect(listed('中、西部地区农村。')).toEqual([]);
    expect(listed('以中、英、法、俄等8个语种发行。')).toEqual([]);
    expect(listed('南水北调东、中、西线工程。')).toEqual([]);
    expect(listed('通过了新修订的海洋环境保护法、爱国主义教育法。')).toEqual([]);
    expect(listed('用原生土、以传统相似工艺制成。')).toEqual([]);
    expect(listed('各美其美、美美与共。')).toEqual([]);
  });
});

describe('a pair of abbreviations read once is read throughout its article (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const countries = (body: string): Array<[string, string | null, string | undefined]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'country')
      .map((m) => [m.text, m.entity, m.rule]);

  it('reads the pair where nothing after it says so, as the compound rule read it before a relation word', () => {
    expect(countries('中日关系重要。中日作为重要经贸伙伴，应当合作。')).toEqual([
      ['中', 'country:CN', 'shorthand-compound'],
      ['日', 'country:JP', 'shorthand-compound'],
      ['中', 'country:CN', 'propagated'],
      ['日', 'country:JP', 'propagated'],
    ]);
    expect(countries('中日作为重要经贸伙伴，应当合作。')).toEqual([]);
  });

  it("reads 中 before a country's short form and a relation word (中印尼关系), not inside a word (集中印尼的资源)", () => {
    expect(
      countries('中印尼关系发展良好，共建中印尼命运共同体。在集中印尼的资源时。').map(([t, e]) => `${t}=${e}`),
    ).toEqual(['中=country:CN', '印尼=country:ID', '中=country:CN', '印尼=country:ID', '印尼=country:ID']);
  });

  it('reads an abbreviation of one country standing alone where a rule read it elsewhere (俄导弹, 孤立俄), not 塔语', () => {
    expect(countries('俄称西方孤立俄目的未得逞。乌称拦截俄导弹。').map(([t, e, r]) => `${t}=${e}:${r}`)).toEqual([
      '俄=country:RU:shorthand-says',
      '俄=country:RU:propagated',
      '俄=country:RU:propagated',
    ]);
    expect(countries('塔吉克斯坦总统表示，塔方愿合作。仪仗队用塔语问候。').map(([t]) => t)).toEqual([
      '塔吉克斯坦',
      '塔',
    ]);
    expect(countries('美方表示，美好生活。').map(([t]) => t)).toEqual(['美']);
  });

  it("leaves the pair's characters inside the segmenter's words (集中日常)", () => {
    expect(countries('中日关系重要。要集中日常精力。').map(([t]) => t)).toEqual(['中', '日']);
  });
});

describe("names inside a warship's name (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('reads no place, nor its abbreviations, in 辽宁舰 or 福建舰, and keeps the place elsewhere', () => {
    const ms = pipeline.run(rawDoc(article('辽宁舰航母编队和福建舰在辽宁大连。'))).mentions ?? [];
    expect(ms.filter((m) => m.block === 1).map((m) => [m.text, m.entity])).toEqual([
      ['辽宁', 'place:cn-21'],
      ['大连', 'place:cn-2102'],
    ]);
  });
});

describe('bylines under the title (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const run = (byline: string) => pipeline.run(rawDoc(article(`${byline}</p><p>韩国总统会见了中国代表团。`, '追求')));

  it('splits the names of a byline into people, counted for no entity, and keeps them in meta.byline', () => {
    const doc = run('宋启明韩中朝苗清波');
    const inByline = (doc.mentions ?? []).filter((m) => m.block === 1);
    expect(inByline.map((m) => [m.text, m.entity, m.rule, m.dateline])).toEqual([
      ['宋启明', 'person:~宋启明', 'byline', true],
      ['韩中朝', 'person:~韩中朝', 'byline', true],
      ['苗清波', 'person:~苗清波', 'byline', true],
    ]);
    expect(doc.meta.byline).toEqual({ block: 1, text: '宋启明韩中朝苗清波', names: ['宋启明', '韩中朝', '苗清波'] });
    expect(doc.report?.entities.map((e) => e.id)).toEqual(['country:CN', 'country:KR']);
  });

  it("reads a reporter's posting as part of the credit, and the reporter whatever official has the name", () => {
    const doc = run('本报驻美国记者王晨');
    expect((doc.mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity, m.dateline])).toEqual([
      ['美国', 'country:US', true],
      ['王晨', 'person:~王晨', true],
    ]);
  });

  it('leaves a line a dictionary reads alone, and a byline only under the title', () => {
    expect(run('欧盟').meta.byline).toBeUndefined();
    expect(run('李鹏').mentions?.find((m) => m.block === 1)).toMatchObject({ entity: 'person:li-peng' });
    expect(run('李鹏').mentions?.find((m) => m.block === 1)?.dateline).toBeUndefined();
    const late = pipeline.run(rawDoc(article('韩国总统会见了中国代表团。</p><p>杨雪梅吕游</p><p>完。', '追求')));
    expect(late.meta.byline).toBeUndefined();
  });
});

describe('regions abroad in compounds of abbreviations (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && (m.type === 'place' || m.type === 'country'))
      .map((m) => [m.text, m.entity]);

  it('reads 非 of 中非团结 and 中非合作 as Africa beside China', () => {
    expect(found('中非团结合作是典范，中非合作成果丰硕。')).toEqual([
      ['中', 'country:CN'],
      ['非', 'place:africa'],
      ['中', 'country:CN'],
      ['非', 'place:africa'],
    ]);
  });

  it('never reads 非 alone or after a word as Africa (非方面, 并非中美, 对非法移民)', () => {
    expect(found('这并非中美关系问题，对非法移民的非方面。')).toEqual([
      ['中', 'country:CN'],
      ['美', 'country:US'],
    ]);
  });
});

describe('Olympic venues by their nicknames (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('links 冰丝带 and 雪如意 to their venues', () => {
    const ms = (
      pipeline.run(rawDoc(article('国家速滑馆“冰丝带”、国家跳台滑雪中心“雪如意”等场馆。'))).mentions ?? []
    ).filter((m) => m.block === 1);
    expect(ms.map((m) => [m.text, m.entity])).toEqual([
      ['国家速滑馆', 'place:national-speed-skating-oval'],
      ['冰丝带', 'place:national-speed-skating-oval'],
      ['国家跳台滑雪中心', 'place:national-ski-jumping-center'],
      ['雪如意', 'place:national-ski-jumping-center'],
    ]);
  });
});

describe('names inside a typhoon name (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('reads no place in 台风“苏拉” or 台风“海葵”, and still reads 江苏', () => {
    const ms = (pipeline.run(rawDoc(article('受台风“苏拉”影响，台风“海葵”登陆江苏。'))).mentions ?? []).filter(
      (m) => m.block === 1,
    );
    expect(ms.map((m) => [m.text, m.entity])).toEqual([['江苏', 'place:cn-32']]);
  });

  it('reads no person in a storm’s name (气旋风暴“穆查”, 热带风暴“巴贝特”)', () => {
    const ms = (
      pipeline.run(rawDoc(article('超级气旋风暴“穆查”登陆缅甸。热带风暴“巴贝特”影响菲律宾。'))).mentions ?? []
    ).filter((m) => m.block === 1);
    expect(ms.map((m) => [m.text, m.entity])).toEqual([
      ['缅甸', 'country:MM'],
      ['菲律宾', 'country:PH'],
    ]);
  });
});

describe('the initial of a country the article names, as an abbreviation no dictionary lists (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const countries = (body: string): string[] =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'country')
      .map((m) => `${m.text}=${m.entity}`);
  it('reads it in a compound with a relation word (中多关系, 所中建交), not in other words (多方合作, 其中多数)', () => {
    expect(countries('多米尼克总理访问。中多关系发展良好。多方合作。其中多数。')).toEqual([
      '多米尼克=country:DM',
      '中=country:CN',
      '多=country:DM',
    ]);
    expect(countries('所罗门群岛总理访问。所中建交五年。研究所所长。')).toEqual([
      '所罗门群岛=country:SB',
      '所=country:SB',
      '中=country:CN',
    ]);
  });

  it('reads it before 方 where the two make no word (瑙方, 卢方), not in a word (多方 "many sides")', () => {
    expect(countries('瑙鲁总统访华。中方愿同瑙方一道。卢方表示。')).toEqual([
      '瑙鲁=country:NR',
      '华=country:CN',
      '中=country:CN',
      '瑙=country:NR',
    ]);
    expect(countries('卢旺达总统访华。卢方坚持一个中国原则。')).toEqual([
      '卢旺达=country:RW',
      '华=country:CN',
      '卢=country:RW',
      '中国=country:CN',
    ]);
  });

  it('reads nothing where the article does not name the country (中多关系 alone)', () => {
    expect(countries('中多关系发展良好。')).toEqual([]);
    expect(countries('中方愿同瑙方一道。')).toEqual(['中=country:CN']);
  });
});

describe('an abbreviation two named countries share (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const shorthand = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.type === 'country' && m.text === '马')
      .map((m) => [m.text, m.entity]);
  it('is the one its own paragraph names, where the article names both as often', () => {
    const body = '马来西亚总理安瓦尔访华。</p><p>马耳他总统维拉表示，马中两国始终相互尊重。';
    expect(shorthand(body)).toEqual([['马', 'country:MT']]);
  });
});

describe('the country a thing is made in (美制, 俄制: built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const countries = (body: string): string[] =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'country')
      .map((m) => `${m.text}=${m.entity}`);
  it('reads the abbreviation before 制 standing alone (美制武器, 俄制战机, 美制“爱国者”导弹, 英制导弹)', () => {
    expect(countries('摧毁乌军美制武器和俄制战机。美制“爱国者”导弹。英制导弹。')).toEqual([
      '美=country:US',
      '俄=country:RU',
      '美=country:US',
      '英=country:GB',
    ]);
  });

  it('reads 英制 before a gun (英制榴弹炮, 英制火炮), as before 炮', () => {
    expect(countries('摧毁乌军多个电子战平台、英制榴弹炮。英制火炮。')).toEqual(['英=country:GB', '英=country:GB']);
  });

  it('reads none in other words (法制建设, 印制邮票, 以制裁相威胁, 英制单位)', () => {
    expect(countries('加强法制建设。在票面上印制邮票。以制裁相威胁。英制单位。')).toEqual([]);
  });
});

describe("a country's firms and capital (中企, 中资企业: built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('reads the abbreviation before 企 or 资 (中企承建, 中资企业, 德资企业), not in 资源 (中资源丰富)', () => {
    const ms = (
      pipeline.run(rawDoc(article('中企承建的公路通车。中资企业代表出席。德资企业扩大投资。集中资源办大事。')))
        .mentions ?? []
    ).filter((m) => m.block === 1 && m.type === 'country');
    expect(ms.map((m) => `${m.text}=${m.entity}`)).toEqual(['中=country:CN', '中=country:CN', '德=country:DE']);
  });
});

describe('华 after a verb (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const china = (body: string): string[] =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.entity === 'country:CN')
      .map((m) => body.slice(m.start - 1, m.end + 1));
  it('reads 华 where the segmenter joins it to its preposition, whatever word it would start (访华表示, 来华人员)', () => {
    expect(china('习近平对邦戈访华表示欢迎。来华人员入境。')).toEqual(['访华表', '来华人']);
  });

  it('reads 华 as the object of 输, 涉, 侵 and 援 (输华渠道, 侵华战争), not 旅华侨胞 (华侨) nor 中华民族', () => {
    expect(china('非洲农食产品输华渠道。日本侵华战争。涉华问题。旅华侨胞。中华民族。')).toEqual([
      '输华渠',
      '侵华战',
      '涉华问',
    ]);
  });
});

describe("a country's formal name the dictionaries do not list whole (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('is one mention of the country over 共和国 or 王国 (贝宁共和国, 尼泊尔王国), not over other words (美国联邦储备系统)', () => {
    const ms = (
      pipeline.run(rawDoc(article('欢迎苏里南共和国总统。尼泊尔王国的加德满都。美国联邦储备系统。'))).mentions ?? []
    ).filter((m) => m.block === 1 && m.type === 'country');
    expect(ms.map((m) => [m.text, m.entity])).toEqual([
      ['苏里南共和国', 'country:SR'],
      ['尼泊尔王国', 'country:NP'],
      ['美国', 'country:US'],
    ]);
  });
});

describe('towns, villages and new areas named after a place (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const places = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'place')
      .map((m) => [m.text, m.entity]);
  it('are places of their own, not the place they are named after (北极村 is no Arctic, 湘江新区 no river)', () => {
    expect(places('来到北极村。湘江新区发展。平远县泗水镇降水。')).toEqual([
      ['北极村', 'place:~北极村'],
      ['湘江新区', 'place:~湘江新区'],
      ['平远县', 'place:cn-441426'],
      ['泗水镇', 'place:~泗水镇'],
    ]);
  });

  it('but a foreign town is the place itself (拉海纳镇), and 乡 or 村 starting a word makes none (四川乡村, 北京村民)', () => {
    expect(places('拉海纳镇灾后重建。四川乡村振兴。北京村民。')).toEqual([
      ['拉海纳', 'place:lahaina'],
      ['四川', 'place:cn-51'],
      ['北京', 'place:cn-11'],
    ]);
  });
});

describe('a surname for the one person of it the article names (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const people = (body: string): string[] =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'person')
      .map((m) => `${m.text}=${m.entity}`);
  it('is that person after 老 or 小 and before a form of address (老何说, 孙先生表示), the surname alone the mention', () => {
    expect(people('何启伟种菜多年，老何说。孙其峰先生来了，孙先生表示。')).toEqual([
      '何启伟=person:~何启伟',
      '何=person:~何启伟',
      '孙其峰=person:~孙其峰',
      '孙=person:~孙其峰',
    ]);
  });

  it('is none in another word (小麦, 小康), nor where two people of the surname are named', () => {
    expect(people('麦田春说今年小麦长势好。康辉说全面建成小康社会。')).toEqual([
      '麦田春=person:~麦田春',
      '康辉=person:~康辉',
    ]);
    expect(people('李开勇和李生学都来了，老李说。')).toEqual(['李开勇=person:~李开勇', '李生学=person:~李生学']);
  });
});

describe("a county's short form in an article that names the county in full (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const places = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'place')
      .map((m) => [m.text, m.entity]);
  it('is that county (张北 after 张北县), and no county where the article never names it in full', () => {
    expect(places('张北县发生地震。张北灾区群众安置。')).toEqual([
      ['张北县', 'place:cn-130722'],
      ['张北', 'place:cn-130722'],
    ]);
    // 信宜, not 张北: 张北 is also a `recognized` form of its county (张北地震 of 1998), linked where the recognizer
    // reads it alone.
    expect(places('信宜市发生洪灾。信宜灾区群众安置。')).toEqual([
      ['信宜市', 'place:cn-440983'],
      ['信宜', 'place:cn-440983'],
    ]);
    expect(places('信宜灾区群众安置。').map(([, e]) => e)).not.toContain('place:cn-440983');
  });
});

describe("a country's name inside a county's short form that is none there (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity]);
  it('is read (投资中国: 资中 is no county there), but no place in such a short form (定南通用机场 has no 南通)', () => {
    expect(found('欢迎外资企业投资中国。')).toEqual([['中国', 'country:CN']]);
    expect(found('定南通用机场即将开工。').map(([, e]) => e)).not.toContain('place:cn-3206');
    // After a preposition, any name (张高丽和田纪云: 和田 is no county there).
    expect(found('张高丽和田纪云出席。')).toEqual([
      ['张高丽', 'person:zhang-gaoli'],
      ['田纪云', 'person:tian-jiyun'],
    ]);
  });
});

describe("a city's 市 that starts 市场 (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('is given back: 上海市场 is 上海 and its market, as 以色列国家安全局 is 以色列', () => {
    const ms = (pipeline.run(rawDoc(article('上海市场供应充足。'))).mentions ?? []).filter((m) => m.block === 1);
    expect(ms.map((m) => [m.text, m.entity])).toEqual([['上海', 'place:cn-31']]);
  });
  it('is given back before 民 of 市民 (重庆市民 are its citizens), not before a word of 民 (北京市民政局, 海东市民和县)', () => {
    const texts = (body: string): Array<[string, string | null]> => paragraphMentions(pipeline, article(body));
    expect(texts('北京市民踊跃参与，浙江义乌市场经营主体突破百万户。')).toEqual([
      ['北京', 'place:cn-11'],
      ['浙江', 'place:cn-33'],
      ['义乌', 'place:cn-330782'],
    ]);
    expect(texts('海东市民和县发生地震。')).toEqual([
      ['海东市', 'place:cn-6302'],
      ['民和县', 'place:cn-630222'],
    ]);
  });
});

describe("a ministry's 部 that starts 部队 (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('is given back: 教育部队 is to educate the troops, no Ministry of Education', () => {
    const ids = (body: string): Array<string | null> => paragraphMentions(pipeline, article(body)).map(([, e]) => e);
    expect(ids('用先进典型教育部队是我军政治工作的优良传统。')).not.toContain('organization:moe');
    expect(ids('教育部印发通知，教育部门要加强管理。')).toContain('organization:moe');
  });
});

describe('features of the Moon (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it("reads no Antarctica and no person in the Moon's south pole and its basin, and still reads Antarctica on Earth", () => {
    const ms = (
      pipeline.run(
        rawDoc(article('采样区为月球背面南极-艾特肯盆地。嫦娥七号计划着陆于月球南极。雪龙号抵达南极罗斯海。')),
      ).mentions ?? []
    ).filter((m) => m.block === 1);
    expect(ms.map((m) => [m.text, m.entity])).toEqual([
      ['南极', 'place:antarctic'],
      ['罗斯海', 'place:ross-sea'],
    ]);
  });
});

describe('a direction before 海域 (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('reads no East or South China Sea in the waters east or south-west of a place, and still reads the seas', () => {
    const body = '编队赴台岛以东海域机动，在台岛西南海域演练。南海海域和东海风浪较大。';
    expect(paragraphMentions(pipeline, article(body))).toEqual([
      ['台岛', 'place:TW'],
      ['台岛', 'place:TW'],
      ['南海', 'place:south-china-sea'],
      ['东海', 'place:east-china-sea'],
    ]);
  });
});

describe('names that are no mention of what they start with (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity]);

  it('reads 民主党派 as parties of a kind, not the US Democratic Party, which stays itself', () => {
    expect(found('各民主党派中央负责人出席。')).toEqual([]);
    expect(found('美国民主党议员认为，民主党难以通过法案。')).toEqual([
      ['美国民主党', 'organization:us-democratic-party'],
      ['民主党', 'organization:us-democratic-party'],
    ]);
  });

  it("reads China's ministry written bare in foreign news as the foreign country's, and keeps it in China's news", () => {
    const orgs = (title: string, body: string): Array<[string, string | null]> =>
      (pipeline.run(rawDoc(article(body, title))).mentions ?? [])
        .filter((m) => m.type === 'organization')
        .map((m) => [m.text, m.entity]);
    expect(orgs('普京出席俄国防部会议', '21日，俄罗斯总统普京在国防部扩大会议上表示，俄军将继续行动。')).toContainEqual(
      ['国防部', 'organization:~俄罗斯国防部'],
    );
    expect(orgs('美国财政部回应评级下调', '惠誉下调美国信用评级。美国白宫和财政部当天表示反对。')).toContainEqual([
      '财政部',
      'organization:~美国财政部',
    ]);
    // Several foreign states' ministries are no one country's, and not China's.
    expect(orgs('约旦谴责以军袭击学校', '伊朗、黎巴嫩、埃及、约旦等国的外交部强烈谴责以军袭击。')).toContainEqual([
      '外交部',
      'organization:~外交部',
    ]);
    expect(orgs('国内联播快讯', 'RCEP将对菲律宾生效。记者今天从商务部了解到，菲律宾已交存核准书。')).toContainEqual([
      '商务部',
      'organization:mofcom',
    ]);
  });

  it('reads 美国联邦政府 as the US government, and central work conferences as events, not organizations', () => {
    expect(found('美国联邦政府债务突破31万亿美元。')).toEqual([['美国联邦政府', 'organization:~美国政府']]);
    expect(found('全面贯彻中央人大工作会议精神，党的七大具有重要地位。')).toEqual([
      ['中央人大工作会议', 'event:central-npc-work-conference'],
      ['党的七大', 'event:cpc-7th-congress'],
    ]);
    expect(found('党的十八大以来，十五大报告指出。')).toEqual([
      ['党的十八大', 'event:cpc-18th-congress'],
      ['十五大', 'event:cpc-15th-congress'],
    ]);
  });

  it('reads a bare 民主党 as the US party only where the article names the United States', () => {
    expect(found('美国中期选举后，民主党议员认为，法案难以通过。')).toEqual([
      ['美国', 'country:US'],
      ['民主党', 'organization:us-democratic-party'],
    ]);
    const japan = found('日本最大的在野党民主党宣布解散。');
    expect(japan.map(([, id]) => id)).not.toContain('organization:us-democratic-party');
    expect(japan[0]).toEqual(['日本', 'country:JP']);
  });

  it('reads no person in a doctrine named after people (马克思主义, 马克思列宁主义), and Marx himself elsewhere', () => {
    expect(found('坚持马克思主义，坚持马克思列宁主义。')).toEqual([]);
    expect(found('马克思在《资本论》中写道。')).toEqual([['马克思', 'person:karl-marx']]);
  });

  it('leaves the 共 of 共同, 共庆 to its word (笑语中共庆佳节, 进程中共同创造), and 中共 itself', () => {
    expect(found('在欢歌笑语中共庆佳节，在现代化进程中共同创造未来。')).toEqual([]);
    expect(found('愿学习中共治国理政经验，祝贺中共建党百年。')).toEqual([
      ['中共', 'organization:cpc'],
      ['中共', 'organization:cpc'],
    ]);
  });

  it("composes a foreign party's organ (越共中央政治局) as that party's, not the CPC's, and leaves titles be", () => {
    expect(found('越共中央政治局当天举行会议，朝鲜劳动党中央军事委员会扩大会议召开。')).toEqual([
      ['越共中央政治局', 'organization:~越南共产党中央政治局'],
      ['朝鲜劳动党中央军事委员会', 'organization:~朝鲜劳动党中央军事委员会'],
    ]);
    expect(found('越共中央政治局委员出席。')).toEqual([['越共', 'organization:cpv']]);
  });

  it('reads two countries before 友好协会 or 友协 as their friendship association, named in full', () => {
    expect(found('俄罗斯总统普京也向俄中友协致贺信。柬中友好协会代表出席。')).toEqual([
      ['俄罗斯', 'country:RU'],
      ['普京', 'person:vladimir-putin'],
      ['俄中友协', 'organization:~俄罗斯中国友好协会'],
      ['柬中友好协会', 'organization:~柬埔寨中国友好协会'],
    ]);
  });

  it('reads 美 of 美西方 as the US beside the West, and no country in 西方 or 中西方', () => {
    expect(found('美西方持续向乌克兰提供武器。')).toEqual([
      ['美', 'country:US'],
      ['乌克兰', 'country:UA'],
    ]);
    expect(found('促进中西方文化交流，西方媒体报道。')).toEqual([]);
  });

  it('reads a national team as an organization of its own (中国举重队, 中国女排), and 中国队 as the country', () => {
    expect(found('中国举重队和中国女排出席，美国游泳队缺席。中国队获胜。')).toEqual([
      ['中国举重队', 'organization:~中国举重队'],
      ['中国女排', 'organization:~中国女排'],
      ['美国游泳队', 'organization:~美国游泳队'],
      ['中国', 'country:CN'],
    ]);
  });

  it('reads a sports delegation as its team (中国体育代表团), and another delegation as its country (中国代表团)', () => {
    expect(found('参加冬奥会的中国体育代表团今天成立，中国游泳代表团随后出发。中国代表团在会上发言。')).toEqual([
      ['中国体育代表团', 'organization:~中国体育代表团'],
      ['中国游泳代表团', 'organization:~中国游泳代表团'],
      ['中国', 'country:CN'],
    ]);
  });
});

describe('short names of people and regions the article names in full (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const found = (body: string, title = '标题'): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body, title))).mentions ?? [])
      .filter((m) => m.type === 'person' || m.type === 'place')
      .map((m) => [m.text, m.entity]);
  /** The organizations of one article, as [text, entity] pairs. */
  const orgs = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
      .filter((m) => m.type === 'organization')
      .map((m) => [m.text, m.entity]);

  it('links a family name to the full name (岸田 of 岸田文雄), and a government word is no part of a name', () => {
    const ms = found('日本首相岸田文雄当天表示，将继续推进改革。岸田内阁支持率下跌，岸田面临压力。');
    expect(ms.filter(([t]) => t?.startsWith('岸田'))).toEqual([
      ['岸田文雄', 'person:fumio-kishida'],
      ['岸田', 'person:fumio-kishida'],
      ['岸田', 'person:fumio-kishida'],
    ]);
  });

  it('links the last part of a transliterated name to it (谢里夫 of 纳瓦兹·谢里夫 and of names no dictionary holds)', () => {
    const ms = found('前总理纳瓦兹·谢里夫当天出席。谢里夫表示支持。');
    expect(ms).toEqual([
      ['纳瓦兹·谢里夫', 'person:nawaz-sharif'],
      ['谢里夫', 'person:nawaz-sharif'],
    ]);
  });

  it('links a region without its region word to the region (河西 of 河西走廊), not a river to its basin', () => {
    const ms = found('河西军民共建文明城市。在千里河西走廊的军营里，河西人民帮助部队种菜。');
    expect(ms.filter(([t]) => t?.startsWith('河西'))).toEqual([
      ['河西', 'place:hexi-corridor'],
      ['河西走廊', 'place:hexi-corridor'],
      ['河西', 'place:hexi-corridor'],
    ]);
  });

  it('links an organization named again without its place (石景山发电总厂 of 北京石景山发电总厂)', () => {
    expect(orgs('总理来到北京石景山发电总厂考察。他回到石景山发电总厂，感到高兴。')).toEqual([
      ['北京石景山发电总厂', 'organization:~北京石景山发电总厂'],
      ['石景山发电总厂', 'organization:~北京石景山发电总厂'],
    ]);
    // Without the full name, the shorter one is an organization of its own.
    expect(orgs('他回到石景山发电总厂，感到高兴。')).toEqual([['石景山发电总厂', 'organization:~石景山发电总厂']]);
  });

  it("links a place's body named again without its place (市教育局 of 郑州市教育局)", () => {
    expect(orgs('郑州市教育局发布通知。市教育局表示将加强管理。')).toEqual([
      ['郑州市教育局', 'organization:~郑州市教育局'],
      ['市教育局', 'organization:~郑州市教育局'],
    ]);
  });

  it('links a company named again with a shorter ending to its full name (凯乐公司 of 湖北凯乐集团公司)', () => {
    expect(
      orgs('湖北凯乐集团公司兼并了荆州塑管厂。凯乐集团公司随后扩建厂房。１９９７年，凯乐公司又相继兼并三家企业。'),
    ).toEqual([
      ['湖北凯乐集团公司', 'organization:~湖北凯乐集团公司'],
      ['荆州塑管厂', 'organization:~荆州塑管厂'],
      ['凯乐集团公司', 'organization:~湖北凯乐集团公司'],
      ['凯乐公司', 'organization:~湖北凯乐集团公司'],
    ]);
    // Without a longer name, each is an organization of its own.
    expect(orgs('１９９７年，凯乐公司又相继兼并三家企业。')).toEqual([['凯乐公司', 'organization:~凯乐公司']]);
  });

  it('links a company named again without its place and its trade word (西湖集团 of 杭州西湖电子集团有限公司)', () => {
    const ids = (body: string): Array<[string, string | null]> =>
      (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
        .filter((m) => m.type === 'organization')
        .map((m) => [m.text, m.entity]);
    const found = ids(
      '杭州西湖电子集团有限公司研制生产的我国第一代全数字彩电最近投放市场。展会上，西湖电子集团展厅吸引了众多观众。副总经理蒋全璋说，这是西湖集团自己研制的产品。',
    );
    expect(found.map(([, id]) => id)).toEqual([
      'organization:~杭州西湖电子集团有限公司',
      'organization:~杭州西湖电子集团有限公司',
      'organization:~杭州西湖电子集团有限公司',
    ]);
  });

  it('gives a bare name several people share to the one in office on the date (阿利耶夫 in 1998 and in 2023)', () => {
    const at = (date: string): Array<string | null> =>
      (pipeline.run(rawDoc(`---\ntitle: 标题\ndate: ${date}\n---\n\n阿利耶夫表示欢迎。\n`)).mentions ?? [])
        .filter((m) => m.type === 'person')
        .map((m) => m.entity);
    expect(at('1998-01-10')).toEqual(['person:heydar-aliyev']);
    expect(at('2023-05-10')).toEqual(['person:ilham-aliyev']);
  });
});

describe('shorthand of a country the dictionary gives no abbreviation (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('reads 中马 and 马方 as Malawi in an article on Malawi, and as Malaysia in one on Malaysia', () => {
    const ma = (body: string): Array<string | null> =>
      (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.text === '马').map((m) => m.entity);
    expect(ma('马拉维总统访华。中马关系良好，马方愿加强合作。')).toEqual(['country:MW', 'country:MW']);
    expect(ma('马来西亚总理访华。中马关系良好，马方愿加强合作。')).toEqual(['country:MY', 'country:MY']);
  });
});

describe('places the recognizer runs together (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  it('cuts a span at a division (古吉拉特邦拉索桥): the state, and a kind of bridge that is no name', () => {
    const places = (pipeline.run(rawDoc(article('印度古吉拉特邦拉索桥断裂倒塌，造成重大人员伤亡。'))).mentions ?? [])
      .filter((m) => m.type === 'place')
      .map((m) => m.text);
    expect(places).toEqual(['古吉拉特邦']);
  });
});

describe('compounds without China of countries the article never names (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const countries = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? [])
      .filter((m) => m.block === 1 && (m.type === 'country' || m.type === 'place'))
      .map((m) => [m.text, m.entity]);

  it('reads no country inside a name or a word (博伊科, 津保铁路, 以非经济) where no country of the run is named', () => {
    expect(countries('乌克兰称控制了黑海海域的博伊科油气钻井平台。')).toEqual([
      ['乌克兰', 'country:UA'],
      ['黑海', 'place:black-sea'],
    ]);
    expect(countries('京沪高铁和津保铁路安全运行。')).toEqual([
      ['京沪高铁', 'place:jing-hu-hsr'],
      ['津保铁路', 'place:~津保铁路'],
    ]);
    expect(countries('将以非经济活动为主。')).toEqual([]);
  });

  it('keeps such a run where the article names one of its countries, and 巴以 and 美加边境 anywhere', () => {
    expect(countries('科威特和伊朗官员表示，伊科油气合作前景广阔。').map(([t]) => t)).toEqual([
      '科威特',
      '伊朗',
      '伊',
      '科',
    ]);
    expect(countries('双方就巴以局势交换了意见。')).toEqual([
      ['巴', 'country:PS'],
      ['以', 'country:IL'],
    ]);
    expect(countries('美加边境大门。')).toEqual([
      ['美', 'country:US'],
      ['加', 'country:CA'],
    ]);
  });
});

describe("a place of China's name right after a foreign place or country (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const places = (body: string, title = '标题'): Array<[string, string | null, string | undefined]> =>
    (pipeline.run(rawDoc(article(body, title))).mentions ?? [])
      .filter((m) => m.block === 1 && m.type === 'place')
      .map((m) => [m.text, m.entity, m.rule]);

  it('is a namesake abroad (汉堡豫园, 首尔市江西区 with its division word), a place of its own; 黎东部地区 no mention', () => {
    expect(places('在汉堡豫园的迎春节活动上。')).toEqual([
      ['汉堡', 'place:hamburg', undefined],
      ['豫园', 'place:~豫园', 'place-abroad'],
    ]);
    expect(places('该党在首尔市江西区的地方补选中落败。')).toEqual([
      ['首尔市', 'place:seoul', undefined],
      ['江西区', 'place:~江西区', 'place-abroad'],
    ]);
    // The title's 黎 is Lebanon as the body's 黎 of 黎东部 is.
    const title = (pipeline.run(rawDoc(article('以军袭击黎东部巴勒贝克地区。', '以军袭击黎东部地区'))).mentions ?? [])
      .filter((m) => m.block === 0)
      .map((m) => [m.text, m.entity, m.rule]);
    expect(title).toEqual([
      ['以军', 'organization:idf', undefined],
      ['黎', 'country:LB', 'propagated'],
    ]);
  });

  it("stays China's after a country's full name when it is a province or city (伊朗北京对话), and after a compound", () => {
    expect(places('沙特、伊朗北京对话成功举行。')).toEqual([['北京', 'place:cn-11', undefined]]);
    expect(places('新加坡总理参观中新天津生态城。')).toEqual([['天津', 'place:cn-12', undefined]]);
  });
});

describe("a party's standing secretary (常务书记) as an office (built-in dictionaries)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));

  it("leaves 中央书记处 of 越共中央政治局委员、中央书记处常务书记 a title, no mention of the CPC's secretariat", () => {
    const ms =
      pipeline.run(rawDoc(article('蔡奇同越共中央政治局委员、中央书记处常务书记梁强举行会谈。'))).mentions ?? [];
    expect(ms.filter((m) => m.block === 1).map((m) => [m.text, m.entity])).toEqual([
      ['蔡奇', 'person:cai-qi'],
      ['越共', 'organization:cpv'],
      ['梁强', 'person:luong-cuong'],
    ]);
  });
});

describe('one mention per span (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));

  it('keeps the surer of two readings of the same characters, so that a name counts once (哈韦尔 of the title)', () => {
    const body = '捷克现任总统瓦茨拉夫·哈韦尔２０日再次当选为捷克共和国总统。</p><p>现任总统哈韦尔获得多数票。';
    const ms = pipeline.run(rawDoc(article(body, '哈韦尔蝉联捷克总统'))).mentions ?? [];
    const title = ms.filter((m) => m.block === 0 && m.text === '哈韦尔');
    expect(title.map((m) => [m.entity, m.source])).toEqual([['person:vaclav-havel', 'dictionary']]);
    const spans = ms.map((m) => `${m.block}:${m.start}:${m.end}`);
    expect(new Set(spans).size).toBe(spans.length);
  });
});

describe("a country's or a state's national guard (built-in institutions)", () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));

  it('is one organization of that owner (乌克兰国民警卫队, 得州国民警卫队), not the country or the state', () => {
    const ms =
      pipeline.run(rawDoc(article('据乌克兰国民警卫队方面发布消息，得州国民警卫队与美国边境巡逻队对峙。'))).mentions ??
      [];
    expect(ms.filter((m) => m.block === 1 && m.type === 'organization').map((m) => [m.text, m.entity])).toEqual([
      ['乌克兰国民警卫队', 'organization:~乌克兰国民警卫队'],
      ['得州国民警卫队', 'organization:~得克萨斯州国民警卫队'],
    ]);
  });
});
