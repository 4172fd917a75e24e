// The companies of dictionaries/companies.yaml: central state-owned enterprises, private and listed firms, the firms
// of People's Daily 1998 and foreign companies. A company's full name beats the place or country inside it (宁德时代,
// 中国中车), names the recognizer read as people are the company (比亚迪, 奕斯伟), and a short form that is also a word
// or another name is `qualified` (华为, 小米, 春兰): the company only in an article that names it in full.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { loadDictionaries } from '../src/resources/dictionaries.js';
import { DictFile } from '../src/schema/dictionary.js';
import { article, paragraphMentions } from './helpers.js';

const FILE = new URL('../dictionaries/companies.yaml', import.meta.url);
const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string): Array<[string, string | null]> => paragraphMentions(pipeline, article(body));
const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
const dicts = loadDictionaries();
const entity = (id: string) => dicts.entities.get(id);

describe('companies.yaml', () => {
  const text = readFileSync(FILE, 'utf8');
  const file = DictFile.parse(YAML.parse(text));

  it('opens with a comment, names its source and holds organizations only', () => {
    expect(text.startsWith('# ')).toBe(true);
    expect(file.source).toBe('curated (guanxi maintainers, 2026)');
    expect(file.type).toBe('organization');
    expect(file.entries.length).toBeGreaterThanOrEqual(100);
    for (const e of file.entries) {
      expect(e.id, e.id).toMatch(/^organization:[a-z0-9-]+$/);
      expect(e.type ?? file.type, e.id).toBe('organization');
    }
  });

  it('gives each company its full name, its forms, its country and its parent', () => {
    expect(entity('organization:byd')).toMatchObject({
      name: '比亚迪股份有限公司',
      aliases: expect.arrayContaining(['比亚迪']),
      country: 'CN',
    });
    expect(entity('organization:catl')).toMatchObject({
      name: '宁德时代新能源科技股份有限公司',
      aliases: ['宁德时代'],
      en: expect.arrayContaining(['CATL']),
    });
    expect(entity('organization:crrc')).toMatchObject({
      name: '中国中车集团有限公司',
      aliases: expect.arrayContaining(['中国中车']),
    });
    expect(entity('organization:huawei')).toMatchObject({ qualified: ['华为'], country: 'CN' });
    expect(entity('organization:volkswagen')?.country).toBe('DE');
    expect(entity('organization:tsmc')?.country).toBe('CN');
    expect(entity('organization:mcc')?.parent).toBe('organization:china-minmetals');
    expect(entity('organization:hbis-smederevo')).toMatchObject({ parent: 'organization:hbis', country: 'RS' });
  });

  it('leaves out the short forms that are ordinary words, or qualifies them', () => {
    // No company claims them as a name or an alias (长城 stays the Great Wall's, a place).
    const forms = new Set(file.entries.flatMap((e) => [e.name, ...e.aliases]));
    for (const f of [
      '小米',
      '美的',
      '大众',
      '现代',
      '长城',
      '奔驰',
      '中兴',
      '京东',
      '华为',
      '格力',
      '高通',
      '力拓',
      '中车',
    ])
      expect(forms.has(f), f).toBe(false);
    expect(entity('organization:xiaomi')?.qualified).toEqual(['小米']);
    expect(entity('organization:jd')?.qualified).toEqual(['京东']);
    expect(entity('organization:chunlan')?.qualified).toEqual(['春兰']);
  });
});

describe('a company named in the news', () => {
  it('is the company where the recognizer read people (比亚迪, 迈瑞)', () => {
    const found = mentions('如今，在深圳，依托华为、比亚迪、迈瑞等一批带动能力强的链主企业。');
    expect(found).toContainEqual(['比亚迪', 'organization:byd']);
    expect(found).toContainEqual(['迈瑞', 'organization:mindray']);
    expect(found.filter(([, id]) => id?.startsWith('person:'))).toEqual([]);
    // 华为 is qualified: this paragraph names it in no full form.
    expect(ids('如今，在深圳，依托华为、比亚迪、迈瑞等一批带动能力强的链主企业。')).not.toContain(
      'organization:huawei',
    );
  });

  it('beats the place or country its name holds (宁德时代, 中国中车, 中国一重)', () => {
    const catl = mentions('宁德时代在贵阳同时投运了4座换电站。');
    expect(catl).toContainEqual(['宁德时代', 'organization:catl']);
    expect(catl.map(([, id]) => id)).not.toContain('place:cn-3509');
    expect(mentions('中国中车表示，将加快研发新一代列车。')).toEqual([['中国中车', 'organization:crrc']]);
    expect(mentions('习近平给中国一重产业工人代表回信。')).toContainEqual(['中国一重', 'organization:cfhi']);
    expect(ids('习近平给中国一重产业工人代表回信。')).not.toContain('country:CN');
  });

  it('is no person inside a name the recognizer cut (西安奕斯伟, 斯皮里特航空)', () => {
    expect(mentions('李强前往西安奕斯伟，了解硅片研发制造情况。')).toEqual([
      ['李强', 'person:li-qiang'],
      ['西安', 'place:cn-6101'],
      ['奕斯伟', 'organization:eswin'],
    ]);
    expect(mentions('美国最大的廉价航空公司斯皮里特航空公司当天表示。')).toEqual([
      ['美国', 'country:US'],
      ['斯皮里特航空公司', 'organization:spirit-airlines'],
    ]);
  });

  it('is the company, not a place, for 阿里巴巴, and 腾讯 alone is Tencent', () => {
    expect(mentions('阿里巴巴集团宣布，阿里巴巴将加大投入。')).toEqual([
      ['阿里巴巴集团', 'organization:alibaba'],
      ['阿里巴巴', 'organization:alibaba'],
    ]);
    expect(mentions('近3年，腾讯在研发方面的支出年均增速超过20%。')).toEqual([['腾讯', 'organization:tencent']]);
  });

  it('keeps a foreign company’s country written before it as the country (日本东芝公司)', () => {
    expect(mentions('日本东芝公司20日宣布退市。')).toEqual([
      ['日本', 'country:JP'],
      ['东芝公司', 'organization:toshiba'],
    ]);
  });
});

describe('a qualified short form', () => {
  it('names the company in an article that names it in full (华为 after 华为公司)', () => {
    expect(mentions('赵乐际视察了华为公司。华为原生鸿蒙操作系统正式发布。')).toContainEqual([
      '华为',
      'organization:huawei',
    ]);
    expect(mentions('江苏春兰集团兼并了这家工厂，全面采用了春兰管理模式。')).toEqual([
      ['江苏春兰集团', 'organization:chunlan'],
      ['春兰', 'organization:chunlan'],
    ]);
  });

  it('is no company elsewhere: a name + 为, millet, a vice premier', () => {
    expect(mentions('会议经表决，任命郭振华为全国人大常委会代表工作委员会主任。')).toContainEqual([
      '郭振华',
      'person:guo-zhenhua',
    ]);
    expect(ids('会议经表决，任命郭振华为全国人大常委会代表工作委员会主任。')).not.toContain('organization:huawei');
    expect(mentions('小米粥很香，小米加步枪的年代。')).toEqual([]);
    expect(mentions('孙春兰出席会议。')).toEqual([['孙春兰', 'person:sun-chunlan']]);
  });
});

describe('a form left out', () => {
  it('leaves the words it is part of alone (当日航班, 最美团队, 大众)', () => {
    expect(ids('当日航班全部取消。')).not.toContain('organization:jal');
    expect(ids('最美教师、最美团队评选揭晓。')).not.toContain('organization:meituan');
    expect(mentions('德国大众汽车公司败诉，大众不服。')).toEqual([
      ['德国', 'country:DE'],
      ['大众汽车公司', 'organization:volkswagen'],
    ]);
  });
});
