// One name, several people: the titles and the country written before a dictionary person's name choose among the
// people who share it, or rule them all out (then the name is reported as a person of its own, unlinked).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import type { Entity } from '../src/schema/dictionary.js';
import { afterPatronymic, personAlternatives, personInContext } from '../src/nlp/rules/person-context.js';
import type { MentionT } from '../src/schema/document.js';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { article, datedPeople, rawDoc } from './helpers.js';

// A small dictionary: three people called 萨勒曼 (the winner of the bare name is the first), a lone 阿巴斯, a
// minister whose roles name no head office, a person with no country, and the countries written before them.
const dir = mkdtempSync(join(tmpdir(), 'guanxi-person-context-'));
writeFileSync(
  join(dir, 'people.yaml'),
  `source: test
entries:
  - { id: 'country:SA', type: country, name: 沙特阿拉伯, aliases: [沙特], iso2: SA }
  - { id: 'country:BH', type: country, name: 巴林, iso2: BH }
  - { id: 'country:SY', type: country, name: 叙利亚, iso2: SY }
  - { id: 'country:PS', type: country, name: 巴勒斯坦, iso2: PS }
  - { id: 'country:RU', type: country, name: 俄罗斯, iso2: RU }
  - { id: 'country:CN', type: country, name: 中国, iso2: CN }
  - id: 'person:king-salman'
    type: person
    name: 萨勒曼国王
    aliases: [萨勒曼]
    country: SA
    roles: [{ title: 王储, from: '2012-06', to: '2015-01' }, { title: 国王, from: '2015-01' }]
  - id: 'person:mbs'
    type: person
    name: 穆罕默德·本·萨勒曼
    aliases: [萨勒曼]
    country: SA
    roles: [{ title: 王储, from: '2017-06' }, { title: 首相, from: '2022-09' }]
  - id: 'person:salman-bh'
    type: person
    name: 萨勒曼·本·哈马德
    aliases: [萨勒曼]
    country: BH
    roles: [{ title: 王储, from: '2008-03' }, { title: 首相, from: '2020-11' }]
  - { id: 'person:abbas', type: person, name: 阿巴斯, country: PS, roles: [{ title: 总统, from: '2005-01' }] }
  - { id: 'person:belousov', type: person, name: 别洛乌索夫, country: RU, roles: [{ title: 国防部长, from: '2024-05' }] }
  - { id: 'person:carlos', type: person, name: 卡洛斯 }
  - { id: 'person:sergei-other', type: person, name: 谢尔盖·伊万诺夫, aliases: [谢尔盖], country: RU, roles: [{ title: 总统办公厅主任, from: '2011-12' }] }
  - { id: 'person:lavrov', type: person, name: 拉夫罗夫, aliases: [谢尔盖], country: RU, roles: [{ title: 外交部长, from: '2004-03' }] }
`,
);
const dicts = loadDictionaries({ builtin: dir });
const alternatives = personAlternatives(dicts);
const salmans = alternatives.get('萨勒曼') ?? [];
const entity = (id: string): Entity => dicts.entities.get(id) as Entity;

/** The person chosen for the name that ends `text`, as written in an article of `date`. */
function chosen(text: string, name: string, date: string | null = '2023-05-01'): string | null {
  expect(text.endsWith(name)).toBe(true);
  const list = alternatives.get(name) ?? [entity(dicts.forms.get(name)?.entity ?? '')];
  return personInContext(dicts, list, text, text.length - name.length, date)?.id ?? null;
}

describe('personInContext', () => {
  it('lists the people who share a form, the winner of the bare form first', () => {
    expect(salmans.map((e) => e.id)).toEqual(['person:king-salman', 'person:mbs', 'person:salman-bh']);
  });

  it('keeps the winner when no title is written before the name', () => {
    expect(chosen('会谈中萨勒曼', '萨勒曼')).toBe('person:king-salman');
  });

  it('chooses the person who held the written title on the article date', () => {
    expect(chosen('沙特王储萨勒曼', '萨勒曼')).toBe('person:mbs');
    expect(chosen('沙特王储兼首相萨勒曼', '萨勒曼')).toBe('person:mbs');
    // In 2014 the crown prince was the later king.
    expect(chosen('沙特王储萨勒曼', '萨勒曼', '2014-03-13')).toBe('person:king-salman');
    expect(chosen('沙特国王萨勒曼', '萨勒曼')).toBe('person:king-salman');
  });

  it('keeps the people of the country written before a chain of national offices', () => {
    expect(chosen('巴林王储兼首相萨勒曼', '萨勒曼')).toBe('person:salman-bh');
    expect(chosen('叙利亚国防部长阿巴斯', '阿巴斯')).toBeNull();
    expect(chosen('巴勒斯坦总统阿巴斯', '阿巴斯')).toBe('person:abbas');
  });

  it('reads the short forms of offices as the long ones (外长 is 外交部长)', () => {
    // The bare name is the other Sergei's (loaded first): only the office written before it makes it Lavrov.
    expect(alternatives.get('谢尔盖')?.map((e) => e.id)).toEqual(['person:sergei-other', 'person:lavrov']);
    expect(chosen('会见时谢尔盖', '谢尔盖')).toBe('person:sergei-other');
    expect(chosen('俄罗斯外长谢尔盖', '谢尔盖')).toBe('person:lavrov');
    expect(chosen('俄外交部长谢尔盖', '谢尔盖')).toBe('person:lavrov');
  });

  it('does not rule out a person whose country the dictionary does not give', () => {
    expect(chosen('巴林总统卡洛斯', '卡洛斯')).toBe('person:carlos');
  });

  it('does not read the host country of an ambassador as the person’s own (驻叙利亚大使)', () => {
    // The president of Palestine was never an ambassador: the title rules him out, not the host country.
    expect(chosen('中国驻叙利亚大使阿巴斯', '阿巴斯')).toBeNull();
    expect(chosen('中国驻叙利亚特命全权代表阿巴斯', '阿巴斯')).toBe('person:abbas');
  });

  it('rules out a foreign leader the dictionary gives no such post for a spokesman, an envoy or a player', () => {
    expect(chosen('赛会2号种子选手别洛乌索夫', '别洛乌索夫')).toBeNull();
    expect(chosen('哈马斯发言人阿巴斯', '阿巴斯')).toBeNull();
    // Not a person with no office at all (an athlete), whom the post fits.
    expect(chosen('中国选手卡洛斯', '卡洛斯')).toBe('person:carlos');
  });

  it('rules out a head-of-government title that a person known for another head office never held', () => {
    expect(chosen('总理阿巴斯', '阿巴斯')).toBeNull();
  });

  it('does not rule out a past or acting office (前总理, 代总理)', () => {
    expect(chosen('前总理阿巴斯', '阿巴斯')).toBe('person:abbas');
    expect(chosen('代总理阿巴斯', '阿巴斯')).toBe('person:abbas');
  });

  it('does not rule out a person whose roles name no head office (his data may be incomplete)', () => {
    expect(chosen('俄罗斯第一副总理别洛乌索夫', '别洛乌索夫')).toBe('person:belousov');
  });

  it('finds a patronymic particle before a middle dot', () => {
    const text = '哈立德·本·萨勒曼';
    expect(afterPatronymic(text, text.indexOf('萨'))).toBe(true);
    expect(afterPatronymic('弗拉基米尔·普京', 6)).toBe(false);
  });
});

describe('tag stage: people who share a name', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE), { builtinDictionaries: dir });
  const people = (body: string, date = '2023-05-01 10:00'): Array<[string, string | null, string | undefined]> => {
    const doc = pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: ${date}\n---\n\n<div><p>${body}</p></div>\n`));
    return (doc.mentions ?? []).filter((m: MentionT) => m.type === 'person').map((m) => [m.text, m.entity, m.rule]);
  };

  it('links each 萨勒曼 to the person its titles and country name, and a later bare 萨勒曼 to the one the article chose', () => {
    expect(people('普京与沙特王储萨勒曼通电话。萨勒曼表示欢迎。巴林王储兼首相萨勒曼出席。')).toEqual([
      ['萨勒曼', 'person:mbs', undefined],
      ['萨勒曼', 'person:mbs', undefined],
      ['萨勒曼', 'person:salman-bh', undefined],
    ]);
  });

  it('reports a name whose country fits no one of that name as a person of its own', () => {
    expect(people('叙利亚国防部长阿巴斯出席仪式。巴勒斯坦总统阿巴斯致电。')).toEqual([
      ['阿巴斯', 'person:~阿巴斯', 'other-person'],
      ['阿巴斯', 'person:abbas', undefined],
    ]);
  });

  it('does not read the father’s name in 哈立德·本·萨勒曼 as a person', () => {
    expect(
      people('沙特国防大臣哈立德·本·萨勒曼举行会谈。').filter(
        ([, id]) => id?.includes('salman') === true || id === 'person:mbs',
      ),
    ).toEqual([]);
  });
});

describe('tag stage: a name its people claim only after their titles (built-in dictionaries: 穆罕默德)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const THREE = ['person:mohamed-bin-zayed', 'person:mohammed-bin-rashid', 'person:mohammed-bin-salman'];
  const people = (body: string): Array<string | null> => {
    const doc = pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: 2024-10-01 10:00\n---\n\n<div><p>${body}</p></div>\n`));
    return (doc.mentions ?? []).filter((m: MentionT) => m.text === '穆罕默德').map((m) => m.entity);
  };

  it('links 穆罕默德 after a title one of them holds, and later bare mentions to the same person', () => {
    expect(people('阿联酋总统穆罕默德会见客人。穆罕默德表示欢迎。')).toEqual([
      'person:mohamed-bin-zayed',
      'person:mohamed-bin-zayed',
    ]);
    expect(people('沙特王储兼首相穆罕默德致贺信。')).toEqual(['person:mohammed-bin-salman']);
  });

  it('prefers the person who held exactly the written title (副总统 is not 总统)', () => {
    expect(people('阿联酋副总统兼总理穆罕默德出席。')).toEqual(['person:mohammed-bin-rashid']);
  });

  it('reads the country of a place before a past office (时任阿布扎比王储 is not the Saudi crown prince)', () => {
    expect(people('两国关系在习近平主席和时任阿联酋阿布扎比王储穆罕默德引领下发展。')).toEqual([
      'person:mohamed-bin-zayed',
    ]);
  });

  it('links none of them without a title, or after titles none of them held or another country', () => {
    for (const body of [
      '先知穆罕默德曾说。',
      '卡塔尔首相兼外交大臣穆罕默德抵达。穆罕默德表示感谢。',
      '乍得当选总统穆罕默德致谢。穆罕默德总统表示感谢。',
    ]) {
      for (const id of people(body)) expect(THREE, body).not.toContain(id);
    }
  });

  it('keeps the rules out of a 穆罕默德 that names none of them (the 德 of 穆罕默德总统 is not Germany)', () => {
    const doc = pipeline.run(
      rawDoc(
        `---\ntitle: '标题'\ndate: 2024-05-21 10:00\n---\n\n<div><p>乍得当选总统穆罕默德致谢。中方愿同穆罕默德总统一道努力。</p></div>\n`,
      ),
    );
    expect((doc.mentions ?? []).filter((m) => m.entity === 'country:DE')).toEqual([]);
  });

  it('reads a title after the name as a passing mention of another of them, without changing the article’s choice', () => {
    expect(
      people(
        '李强同阿联酋副总统兼总理穆罕默德互致贺电。双方落实习近平主席同穆罕默德总统达成的共识。穆罕默德表示愿深化合作。',
      ),
    ).toEqual(['person:mohammed-bin-rashid', 'person:mohamed-bin-zayed', 'person:mohammed-bin-rashid']);
  });
});

describe('tag stage: leaders the news names most, in the built-in dictionaries', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const mentions = (body: string, date = '2023-01-04'): Array<[string, string | null]> =>
    (
      pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: ${date} 10:00\n---\n\n<div><p>${body}</p></div>\n`)).mentions ?? []
    ).map((m: MentionT) => [m.text, m.entity]);
  const person = (body: string, text: string, date?: string): Array<string | null> =>
    mentions(body, date)
      .filter(([t]) => t === text)
      .map(([, e]) => e);

  it('links the bare 马科斯 after 菲律宾总统 to Marcos Jr. (a titled form), and later bare mentions too', () => {
    expect(person('国务院总理李克强4日在京会见菲律宾总统马科斯。马科斯表示，菲方愿深化合作。', '马科斯')).toEqual([
      'person:ferdinand-marcos-jr',
      'person:ferdinand-marcos-jr',
    ]);
  });

  it('links a leader the recognizer alone found before (拉德夫), and 巴赫 only after his title', () => {
    expect(person('保加利亚总统拉德夫2日在索菲亚表示。', '拉德夫')).toEqual(['person:rumen-radev']);
    expect(person('国际奥委会主席巴赫通过视频致辞。', '巴赫', '2023-02-05')).toEqual(['person:thomas-bach']);
    expect(mentions('俄方称已控制巴赫穆特。', '2023-05-21').map(([, e]) => e)).not.toContain('person:thomas-bach');
  });

  it('tells the two Berdimuhamedovs apart by their titles and the date', () => {
    expect(
      person('习近平会见土库曼斯坦民族领袖、人民委员会主席别尔德穆哈梅多夫。', '别尔德穆哈梅多夫', '2023-10-19'),
    ).toEqual(['person:gurbanguly-berdimuhamedov']);
    expect(person('土库曼斯坦总统别尔德穆哈梅多夫将应邀与会。', '别尔德穆哈梅多夫', '2023-05-08')).toEqual([
      'person:serdar-berdimuhamedov',
    ]);
  });

  it('reads no person in 奥密克戎, the virus variant', () => {
    const found = mentions('近期，新冠病毒奥密克戎毒株新亚型在美国加速传播。', '2022-11-22');
    expect(found.filter(([, e]) => e?.startsWith('person:'))).toEqual([]);
  });
});

describe('tag stage: a person named again over a place inside the name (built-in dictionaries)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const tagged = (body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(article(body))).mentions ?? []).filter((m) => m.block === 1).map((m) => [m.text, m.entity]);

  it('reads 丁安庆 as the person the article named, not 丁 and the city 安庆', () => {
    expect(tagged('当时，老队长丁安庆说：“要飞好。”那时，丁安庆面临两个选择。')).toEqual([
      ['丁安庆', 'person:~丁安庆'],
      ['丁安庆', 'person:~丁安庆'],
    ]);
  });

  it('leaves the city where the article names no such person', () => {
    expect(tagged('当时，队长丁某说：“要飞好。”那时，安庆面临两个选择。')).toContainEqual(['安庆', 'place:cn-3408']);
  });
});

describe('tag stage: a shared name with the title after it (built-in dictionaries: 扎帕罗夫)', () => {
  const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
  const people = (body: string): Array<string | null> =>
    datedPeople(pipeline, '2023-10-25', body)
      .filter(([text]) => text === '扎帕罗夫')
      .map(([, id]) => id);

  it("reads 扎帕罗夫总理 as Kyrgyzstan's premier, and the article's later 扎帕罗夫 with it", () => {
    expect(people('央视网消息：扎帕罗夫总理率政府高级官员到机场迎接。李强在扎帕罗夫陪同下检阅了仪仗队。')).toEqual([
      'person:akylbek-japarov',
      'person:akylbek-japarov',
    ]);
  });

  it('keeps the president where the title after the name is his, or where no title is written', () => {
    expect(people('央视网消息：扎帕罗夫总统会见李强。扎帕罗夫表示欢迎。')).toEqual([
      'person:sadyr-japarov',
      'person:sadyr-japarov',
    ]);
    expect(people('央视网消息：扎帕罗夫表示欢迎。')).toEqual(['person:sadyr-japarov']);
  });
});
