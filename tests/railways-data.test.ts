// The railway lines of dictionaries/railways.yaml: the lines 新闻联播 2022–2024 and People's Daily of January 1998 name
// by their cities' abbreviations (贵南高铁, 沪苏湖高铁, 坦赞铁路, 南昆线). A named line is a place, as the annotation guide
// counts it, and the line is the mention, not the abbreviations inside it (沪苏湖高铁 is no 沪 + 苏); the descriptive
// X至Y forms keep their place names (西安至十堰). A conventional line and the high-speed line of the same cities are two
// places (京广铁路, 京广高铁), and so are the old and the new Chengdu–Kunming lines.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { pointInCountry } from '../src/resources/country-bounds.js';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { DictFile } from '../src/schema/dictionary.js';
import { article, paragraphMentions } from './helpers.js';

const FILE = new URL('../dictionaries/railways.yaml', import.meta.url);
const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string): Array<[string, string | null]> => paragraphMentions(pipeline, article(body));
const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
const dicts = loadDictionaries();
const entity = (id: string) => dicts.entities.get(id);

describe('railways.yaml', () => {
  const text = readFileSync(FILE, 'utf8');
  const file = DictFile.parse(YAML.parse(text));
  const lines = file.entries.filter((e) => (e.type ?? file.type) === 'place');

  it('opens with a comment, names its source and holds places, bar the bodies named after a line', () => {
    expect(text.startsWith('# ')).toBe(true);
    expect(file.source).toBe('curated (guanxi maintainers, 2026)');
    expect(file.type).toBe('place');
    expect(lines.length).toBeGreaterThanOrEqual(75);
    for (const e of lines) expect(e.id, e.id).toMatch(/^place:[a-z0-9-]+-(hsr|railway)$/);
    const bodies = file.entries.filter((e) => (e.type ?? file.type) !== 'place');
    expect(bodies.map((e) => e.id).sort()).toEqual(['organization:shuohuang-railway-syndicate', 'organization:tazara']);
    for (const e of bodies) expect(e.type, e.id).toBe('organization');
  });

  it('has unique ids, none of them another file’s', () => {
    const own = file.entries.map((e) => e.id);
    expect(new Set(own).size).toBe(own.length);
    for (const id of own) expect(entity(id)?.file, id).toMatch(/railways\.yaml$/);
  });

  it('gives each line a name of a railway, an English name and a point; CN lines lie in China', () => {
    const railway = /(高铁|高速铁路|铁路|城际|城际铁路|客专|客运专线|线|铁路复线)$/;
    for (const e of lines) {
      for (const f of [e.name, ...e.aliases]) expect(f, e.id).toMatch(railway);
      expect(e.en.length, e.id).toBeGreaterThan(0);
      expect(typeof e.lat, e.id).toBe('number');
      expect(typeof e.lon, e.id).toBe('number');
      if (e.country === 'CN') expect(pointInCountry(e.lat as number, e.lon as number, 'CN'), e.id).toBe(true);
    }
    // A line across a border has no country, as the railways of places-world.yaml (中老铁路, 匈塞铁路).
    expect(entity('place:tan-zan-railway')?.country).toBeUndefined();
    expect(lines.filter((e) => e.country !== 'CN').map((e) => e.id)).toEqual(['place:tan-zan-railway']);
  });

  it('holds no generic phrase, no X至Y form and no line places-world.yaml already has', () => {
    const forms = file.entries.flatMap((e) => [e.name, ...e.aliases]);
    for (const f of ['高铁', '高速铁路', '铁路', '城际', '城际铁路', '全国铁路', '国家铁路', '中国铁路', '长三角铁路'])
      expect(forms, f).not.toContain(f);
    for (const f of forms) expect(f, f).not.toMatch(/[至到—－-]/);
    // 川藏线 is the Sichuan–Tibet highway in People's Daily 1998, 西延线 the bridge's extension in 新闻联播.
    expect(forms).not.toContain('川藏线');
    expect(forms).not.toContain('西延线');
    for (const f of [
      '中老铁路',
      '雅万高铁',
      '匈塞铁路',
      '中泰铁路',
      '中吉乌铁路',
      '沪渝蓉高铁',
      '昌景黄高铁',
      '东海岸铁路',
    ])
      expect(forms, f).not.toContain(f);
  });

  it('keeps a conventional line apart from the high-speed line of its cities, and the old 成昆 from the new', () => {
    expect(entity('place:jing-guang-railway')).toMatchObject({ name: '京广铁路', aliases: ['京广线'] });
    expect(entity('place:jing-guang-hsr')).toMatchObject({ name: '京广高铁' });
    expect(entity('place:lan-xin-railway')?.name).toBe('兰新铁路');
    expect(entity('place:lan-xin-hsr')?.name).toBe('兰新高铁');
    expect(entity('place:cheng-kun-railway')).toMatchObject({ name: '成昆铁路', aliases: ['成昆线'] });
    expect(entity('place:xin-cheng-kun-railway')).toMatchObject({ name: '新成昆铁路', aliases: ['成昆铁路复线'] });
    expect(entity('place:hu-su-hu-hsr')?.aliases).toContain('沪苏湖铁路');
    expect(entity('place:jin-yong-railway')?.aliases).toEqual(['甬金铁路']);
  });
});

describe('a railway line named in the news', () => {
  it('is one place, not the cities its name abbreviates (渝昆高铁云南段, 沪苏湖高铁)', () => {
    expect(mentions('今天（10月25日），渝昆高铁云南段首座大桥连续梁完成混凝土浇筑施工。')).toEqual([
      ['渝昆高铁', 'place:yu-kun-hsr'],
      ['云南', 'place:cn-53'],
    ]);
    expect(mentions('连接上海、苏州、湖州的沪苏湖高铁将全线开通。')).toEqual([
      ['上海', 'place:cn-31'],
      ['苏州', 'place:cn-3205'],
      ['湖州', 'place:cn-3305'],
      ['沪苏湖高铁', 'place:hu-su-hu-hsr'],
    ]);
    expect(mentions('广西防东铁路全线铺轨完成。')).toEqual([
      ['广西', 'place:cn-45'],
      ['防东铁路', 'place:fang-dong-railway'],
    ]);
  });

  it('is the line abroad, not two countries (坦赞铁路)', () => {
    expect(mentions('坦赞铁路是中非友好的象征，两国人民的共同美好记忆。')).toEqual([
      ['坦赞铁路', 'place:tan-zan-railway'],
      ['中', 'country:CN'],
      ['非', 'place:africa'],
    ]);
    expect(ids('The Tanzania-Zambia Railway was built by China.')).toContain('place:tan-zan-railway');
  });

  it('tells the old line from the new one and the conventional line from the high-speed one', () => {
    expect(mentions('成昆铁路复线与既有成昆铁路并行，全长约860公里。')).toEqual([
      ['成昆铁路复线', 'place:xin-cheng-kun-railway'],
      ['成昆铁路', 'place:cheng-kun-railway'],
    ]);
    expect(mentions('今天，京广高铁、广深港高铁部分列车停运或晚点，京广线部分普速列车停运或折返运行。')).toEqual([
      ['京广高铁', 'place:jing-guang-hsr'],
      ['广深港高铁', 'place:guang-shen-gang-hsr'],
      ['京广线', 'place:jing-guang-railway'],
    ]);
  });

  it('finds the other forms the news writes (城际, 线 of 1998, 甬金铁路, 京雄商高铁)', () => {
    expect(mentions('京唐城际铁路起自北京城市副中心站，京滨城际铁路与京唐城际共用部分线路。')).toContainEqual([
      '京唐城际',
      'place:jing-tang-hsr',
    ]);
    expect(mentions('从今年１０月１日起，京广线以客运为主，兼顾货运；京九线以货运为主，兼顾客运。')).toEqual([
      ['京广线', 'place:jing-guang-railway'],
      ['京九线', 'place:jing-jiu-railway'],
    ]);
    expect(ids('国家重点工程金甬铁路木周岭隧道顺利贯通，浙江宁波至金华的甬金铁路开通运营。')).toEqual([
      'place:jin-yong-railway',
      'place:~木周岭隧道',
      'place:cn-33',
      'place:cn-3302',
      'place:cn-3307',
      'place:jin-yong-railway',
    ]);
    expect(mentions('春节期间，京雄商高铁雄安新区至商丘段控制性工程加紧施工。')).toEqual([
      ['京雄商高铁', 'place:xiong-shang-hsr'],
      ['雄安新区', 'place:xiongan'],
      ['商丘', 'place:cn-4114'],
    ]);
  });

  it('leaves the places of an X至Y route alone (西安至十堰的西十高铁)', () => {
    expect(mentions('今天（8月16日），西安至十堰的西十高铁陕西段重难点工程顺利完成。')).toEqual([
      ['西安', 'place:cn-6101'],
      ['十堰', 'place:cn-4203'],
      ['西十高铁', 'place:xi-shi-hsr'],
      ['陕西', 'place:cn-61'],
    ]);
    expect(mentions('青藏铁路西宁至格尔木段正式投入运营。')).toEqual([
      ['青藏铁路', 'place:qing-zang-railway'],
      ['西宁', 'place:cn-6301'],
      ['格尔木', 'place:cn-632801'],
    ]);
  });

  it('does not cut a body named after a line (坦赞铁路局, 朔黄铁路资金联行, 广深铁路股份有限公司)', () => {
    expect(mentions('集装箱１２月３０日在达累斯萨拉姆顺利通过坦赞铁路局的验收，开始在坦赞铁路线上投入使用。')).toEqual([
      ['达累斯萨拉姆', 'place:dar-es-salaam'],
      ['坦赞铁路局', 'organization:tazara'],
      ['坦赞铁路', 'place:tan-zan-railway'],
    ]);
    expect(mentions('由有关商业银行参加的朔黄铁路资金联行正式成立。')).toEqual([
      ['朔黄铁路资金联行', 'organization:shuohuang-railway-syndicate'],
    ]);
    expect(ids('经营我国第一条准高速铁路的广深铁路股份有限公司，已经引进了瑞典的列车。')).not.toContain(
      'place:guang-shen-railway',
    );
  });

  it('reads no place or person in a section of the line written after it (兰张高铁兰武段, 京广高铁武广段)', () => {
    expect(mentions('兰张高铁兰武段今天开通运营。')).toEqual([['兰张高铁', 'place:lan-zhang-hsr']]);
    expect(mentions('京广高铁武广段安全标准示范线全面建成。')).toEqual([['京广高铁', 'place:jing-guang-hsr']]);
  });

  it('reads the lines written with the other country first (老中铁路, 泰中铁路) and 沪宁沿江高铁 whole', () => {
    expect(mentions('愿同中方进一步发挥好老中铁路作用。')).toContainEqual(['老中铁路', 'place:china-laos-railway']);
    expect(mentions('加快泰中铁路建设。')).toContainEqual(['泰中铁路', 'place:china-thailand-railway']);
    expect(mentions('沪宁沿江高铁今起试运行。')).toEqual([['沪宁沿江高铁', 'place:hu-ning-yanjiang-hsr']]);
  });

  it('is nothing in a generic phrase (全国铁路, 城际铁路, 高速铁路)', () => {
    expect(mentions('前11个月全国铁路完成固定资产投资，城际铁路和高速铁路建设加快。')).toEqual([]);
  });
});
