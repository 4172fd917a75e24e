// Generates dictionaries/countries.yaml: every ISO 3166-1 entry from i18n-iso-countries (Chinese and English names),
// with a curated overlay (the names the Chinese press uses, formal names, aliases, English forms, and the
// single-character abbreviations of diplomatic shorthand). Taiwan, Hong Kong and Macao are places of China.
//   npx tsx scripts/gen-countries.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { DictFile } from '../src/schema/dictionary.js';

const require = createRequire(import.meta.url);
const countries = require('i18n-iso-countries') as {
  registerLocale(l: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(code: string, lang: string): string | undefined;
};
countries.registerLocale(require('i18n-iso-countries/langs/zh.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));
const version = (JSON.parse(readFileSync(require.resolve('i18n-iso-countries/package.json'), 'utf8')) as { version: string }).version;

interface Overlay {
  name?: string;
  aliases?: string[];
  en?: string[];
  abbr?: string;
  note?: string;
}

/** Curated: the press's canonical names, formal names, short forms, English names and shorthand characters. */
const OVERLAY: Record<string, Overlay> = {
  CN: { aliases: ['中华人民共和国', '我国'], en: ['China', 'PRC'], abbr: '中华' },
  US: { aliases: ['美利坚合众国', '美國'], en: ['United States', 'USA', 'U.S.'], abbr: '美' },
  RU: { aliases: ['俄罗斯联邦', '俄国'], en: ['Russia'], abbr: '俄' },
  JP: { aliases: ['日本国'], en: ['Japan'], abbr: '日' },
  KR: { aliases: ['大韩民国', '南韩'], en: ['South Korea', 'ROK', 'Republic of Korea'], abbr: '韩' },
  KP: { aliases: ['朝鲜民主主义人民共和国', '北韩'], en: ['North Korea', 'DPRK'], abbr: '朝' },
  GB: { aliases: ['大不列颠及北爱尔兰联合王国', '联合王国'], en: ['United Kingdom', 'Britain', 'UK'], abbr: '英' },
  FR: { aliases: ['法兰西共和国'], en: ['France'], abbr: '法' },
  DE: { aliases: ['德意志联邦共和国'], en: ['Germany'], abbr: '德' },
  IT: { aliases: ['意大利共和国'], en: ['Italy'], abbr: '意' },
  CA: { en: ['Canada'], abbr: '加' },
  AU: { aliases: ['澳洲'], en: ['Australia'], abbr: '澳' },
  IN: { aliases: ['印度共和国'], en: ['India'], abbr: '印' },
  PK: { aliases: ['巴基斯坦伊斯兰共和国', '巴铁'], en: ['Pakistan'], abbr: '巴' },
  BR: { aliases: ['巴西联邦共和国'], en: ['Brazil'], abbr: '巴' },
  PS: { aliases: ['巴勒斯坦国'], en: ['Palestine'], abbr: '巴' },
  PA: { aliases: ['巴拿马共和国'], en: ['Panama'], abbr: '巴' },
  TR: { aliases: ['土耳其共和国'], en: ['Türkiye', 'Turkey'], abbr: '土' },
  TM: { aliases: ['土库曼'], en: ['Turkmenistan'], abbr: '土' },
  VN: { aliases: ['越南社会主义共和国'], en: ['Vietnam', 'Viet Nam'], abbr: '越' },
  LA: { aliases: ['老挝人民民主共和国'], en: ['Laos'], abbr: '老' },
  TH: { aliases: ['泰王国'], en: ['Thailand'], abbr: '泰' },
  MM: { aliases: ['缅甸联邦共和国'], en: ['Myanmar'], abbr: '缅' },
  KH: { aliases: ['柬埔寨王国'], en: ['Cambodia'], abbr: '柬' },
  PH: { aliases: ['菲律宾共和国'], en: ['Philippines'], abbr: '菲' },
  MY: { en: ['Malaysia'], abbr: '马' },
  MV: { en: ['Maldives'], abbr: '马' },
  ML: { en: ['Mali'], abbr: '马' },
  SG: { aliases: ['新加坡共和国'], en: ['Singapore'], abbr: '新' },
  NZ: { en: ['New Zealand'], abbr: '新' },
  MN: { aliases: ['蒙古国'], en: ['Mongolia'], abbr: '蒙' },
  KZ: { aliases: ['哈萨克斯坦共和国'], en: ['Kazakhstan'], abbr: '哈' },
  KG: { aliases: ['吉尔吉斯', '吉尔吉斯共和国'], en: ['Kyrgyzstan'], abbr: '吉' },
  TJ: { aliases: ['塔吉克斯坦共和国'], en: ['Tajikistan'], abbr: '塔' },
  UZ: { aliases: ['乌兹别克斯坦共和国'], en: ['Uzbekistan'], abbr: '乌' },
  UA: { en: ['Ukraine'], abbr: '乌' },
  UY: { en: ['Uruguay'], abbr: '乌' },
  IR: { aliases: ['伊朗伊斯兰共和国'], en: ['Iran'], abbr: '伊' },
  IQ: { aliases: ['伊拉克共和国'], en: ['Iraq'], abbr: '伊' },
  IL: { aliases: ['以色列国'], en: ['Israel'], abbr: '以' },
  SA: { name: '沙特阿拉伯', aliases: ['沙特', '沙特阿拉伯王国'], en: ['Saudi Arabia'], abbr: '沙' },
  EG: { aliases: ['阿拉伯埃及共和国'], en: ['Egypt'], abbr: '埃' },
  ET: { aliases: ['埃塞'], en: ['Ethiopia'], abbr: '埃' },
  ZA: { aliases: ['南非共和国'], en: ['South Africa'], abbr: '南' },
  AR: { aliases: ['阿根廷共和国'], en: ['Argentina'], abbr: '阿' },
  AF: { aliases: ['阿富汗伊斯兰酋长国'], en: ['Afghanistan'], abbr: '阿' },
  DZ: { en: ['Algeria'], abbr: '阿' },
  AE: { name: '阿联酋', aliases: ['阿拉伯联合酋长国'], en: ['United Arab Emirates', 'UAE'], abbr: '阿' },
  NL: { en: ['Netherlands'], abbr: '荷' },
  BE: { en: ['Belgium'], abbr: '比' },
  CH: { en: ['Switzerland'], abbr: '瑞' },
  SE: { en: ['Sweden'], abbr: '瑞' },
  DK: { en: ['Denmark'], abbr: '丹' },
  NO: { en: ['Norway'], abbr: '挪' },
  FI: { en: ['Finland'], abbr: '芬' },
  PL: { en: ['Poland'], abbr: '波' },
  HU: { en: ['Hungary'], abbr: '匈' },
  CZ: { en: ['Czechia', 'Czech Republic'], abbr: '捷' },
  GR: { en: ['Greece'], abbr: '希' },
  PT: { en: ['Portugal'], abbr: '葡' },
  ES: { en: ['Spain'], abbr: '西' },
  AT: { en: ['Austria'], abbr: '奥' },
  MX: { en: ['Mexico'], abbr: '墨' },
  CU: { aliases: ['古巴共和国'], en: ['Cuba'], abbr: '古' },
  CL: { en: ['Chile'], abbr: '智' },
  PE: { en: ['Peru'], abbr: '秘' },
  VE: { en: ['Venezuela'], abbr: '委' },
  SY: { en: ['Syria'], abbr: '叙' },
  JO: { en: ['Jordan'], abbr: '约' },
  LB: { en: ['Lebanon'], abbr: '黎' },
  KW: { en: ['Kuwait'], abbr: '科' },
  QA: { en: ['Qatar'], abbr: '卡' },
  LK: { en: ['Sri Lanka'], abbr: '斯' },
  NP: { en: ['Nepal'], abbr: '尼' },
  NG: { en: ['Nigeria'], abbr: '尼' },
  BD: { aliases: ['孟加拉'], en: ['Bangladesh'], abbr: '孟' },
  ID: { name: '印度尼西亚', aliases: ['印尼'], en: ['Indonesia'], abbr: '印' },
  BN: { en: ['Brunei'], abbr: '文' },
  TL: { en: ['Timor-Leste', 'East Timor'] },
  KE: { en: ['Kenya'], abbr: '肯' },
  SN: { en: ['Senegal'], abbr: '塞' },
  RS: { en: ['Serbia'], abbr: '塞' },
  BY: { aliases: ['白俄'], en: ['Belarus'], abbr: '白' },
  AZ: { en: ['Azerbaijan'], abbr: '阿' },
  AM: { en: ['Armenia'], abbr: '亚' },
  GE: { en: ['Georgia'], abbr: '格' },
  MA: { en: ['Morocco'], abbr: '摩' },
  TZ: { en: ['Tanzania'], abbr: '坦' },
  ZM: { en: ['Zambia'], abbr: '赞' },
  ZW: { en: ['Zimbabwe'], abbr: '津' },
  OM: { en: ['Oman'], abbr: '阿' },
  BH: { en: ['Bahrain'], abbr: '巴' },
  IE: { en: ['Ireland'], abbr: '爱' },
  CF: { name: '中非共和国', note: 'never the bare 中非, which is China–Africa (中非合作论坛)', en: ['Central African Republic'] },
  CG: { name: '刚果（布）', aliases: ['刚果共和国'], en: ['Republic of the Congo'] },
  CD: { name: '刚果（金）', aliases: ['刚果民主共和国'], en: ['Democratic Republic of the Congo', 'DR Congo'] },
  VA: { aliases: ['教廷'], en: ['Vatican', 'Holy See'] },
  EH: { name: '西撒哈拉', en: ['Western Sahara'] },
  AX: { name: '奥兰群岛', en: ['Åland Islands'] },
  GG: { name: '根西岛', en: ['Guernsey'] },
  JE: { name: '泽西岛', en: ['Jersey'] },
  MK: { en: ['North Macedonia'] },
  BA: { name: '波黑', aliases: ['波斯尼亚和黑塞哥维那'], en: ['Bosnia and Herzegovina'] },
  ME: { note: '黑山 is also a common place-name element in China; matched only as a whole word', en: ['Montenegro'] },
  FM: { name: '密克罗尼西亚联邦', aliases: ['密克罗尼西亚'], en: ['Micronesia'] },
  SZ: { name: '斯威士兰', aliases: ['埃斯瓦蒂尼'], en: ['Eswatini', 'Swaziland'] },
  CI: { en: ["Côte d'Ivoire", 'Ivory Coast'] },
  CV: { en: ['Cabo Verde', 'Cape Verde'] },
  TW: { name: '台湾', aliases: ['台湾地区', '中国台湾', '台湾省', '中国台湾省', '臺灣'], en: ['Taiwan'] },
  HK: { name: '香港', aliases: ['香港特别行政区', '香港特区', '中国香港'], en: ['Hong Kong'] },
  MO: { name: '澳门', aliases: ['澳门特别行政区', '澳门特区', '中国澳门'], en: ['Macao', 'Macau'] },
};

/** Taiwan, Hong Kong and Macao: regions of China, reported as places in every output. */
const REGIONS_OF_CHINA = new Set(['TW', 'HK', 'MO']);
/** Kosovo's XK is a user-assigned code, not an ISO 3166-1 entry. */
const NOT_ISO = new Set(['XK']);

const entries = Object.keys(countries.getAlpha2Codes())
  .filter((code) => !NOT_ISO.has(code))
  .sort()
  .map((code) => {
    const o = OVERLAY[code] ?? {};
    const zh = countries.getName(code, 'zh');
    const en = countries.getName(code, 'en');
    if (zh === undefined || en === undefined) throw new Error(`${code}: no Chinese or English name in i18n-iso-countries`);
    const name = o.name ?? zh;
    const region = REGIONS_OF_CHINA.has(code);
    const aliases = [...new Set([...(o.aliases ?? []), ...(zh !== name ? [zh] : [])])].filter((a) => a !== name && a.length > 1 && a !== '中非');
    const entry: Record<string, unknown> = { id: `${region ? 'place' : 'country'}:${code}` };
    if (region) entry['type'] = 'place';
    entry['name'] = name;
    if (aliases.length > 0) entry['aliases'] = aliases;
    entry['en'] = [...new Set([...(o.en ?? []), en])];
    entry['iso2'] = code;
    if (region) entry['country'] = 'CN';
    if (o.abbr !== undefined) entry['abbr'] = [...o.abbr];
    if (o.note !== undefined) entry['note'] = o.note;
    return entry;
  });

const file = { source: `i18n-iso-countries@${version} (Chinese and English names) + curated aliases and abbreviations (scripts/gen-countries.ts)`, type: 'country', entries };
DictFile.parse(file);
const out = fileURLToPath(new URL('../dictionaries/countries.yaml', import.meta.url));
const doc = new YAML.Document(file);
YAML.visit(doc, { Seq(_, node) { if (node.items.every((i) => YAML.isScalar(i))) node.flow = true; } });
writeFileSync(out, `# Generated by scripts/gen-countries.ts — do not edit by hand; change the overlay in the script and re-run it.\n${doc.toString({ lineWidth: 0 })}`);
process.stdout.write(`wrote ${out}: ${entries.length} entries\n`);
