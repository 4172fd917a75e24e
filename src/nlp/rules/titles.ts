import { group } from 'd3-array';
/**
 * Titles that precede a person's name in Chinese news (国务委员兼外长王毅, 土副总理兼外长梅列多夫), used to attach
 * roles to people and to find names that no dictionary knows.
 */
export const TITLES: readonly string[] = [
  '中共中央总书记',
  '总书记',
  '国家主席',
  '国家副主席',
  '主席',
  '副主席',
  '国务院总理',
  '总理',
  '副总理',
  '国务委员',
  '外交部长',
  '外长',
  '外交部发言人',
  '发言人',
  '部长',
  '副部长',
  '国防部长',
  '防长',
  '财长',
  '商务部长',
  '总统',
  '副总统',
  // Iran's head of state (伊朗最高领袖哈梅内伊).
  '最高领袖',
  // Malaysia's king (马来西亚最高元首易卜拉欣) and Luxembourg's head of state (卢森堡大公亨利).
  '最高元首',
  '大公',
  '首相',
  '副首相',
  '大使',
  '驻华大使',
  '特使',
  '特别代表',
  '秘书长',
  '副秘书长',
  '总干事',
  '议长',
  '众议长',
  '参议长',
  '一院议长',
  '二院议长',
  '副议长',
  '委员长',
  '副委员长',
  '书记',
  '副书记',
  // The standing secretary of a party's secretariat (越共中央书记处常务书记, 团中央书记处常务书记).
  '常务书记',
  '省委书记',
  '市委书记',
  '省长',
  '副省长',
  '市长',
  '副市长',
  '州长',
  '副州长',
  '国王',
  '女王',
  // A king who gave up the throne to his son (西哈努克太皇, King Father of Cambodia), written after the name.
  '太皇',
  '王储',
  '王子',
  '总督',
  '主任',
  '副主任',
  '局长',
  '副局长',
  '厅长',
  '副厅长',
  '司长',
  '副司长',
  '司令员',
  '司令',
  '政委',
  '参谋长',
  '院长',
  '副院长',
  '校长',
  '馆长',
  '副馆长',
  '会长',
  '副会长',
  '理事长',
  '副理事长',
  '董事长',
  // A factory's head (厂长张冀鲁, 副厂长): People's Daily of 1998 names them often.
  '厂长',
  '副厂长',
  '行长',
  '副行长',
  '总经理',
  '总裁',
  '首席执行官',
  '创始人',
  '教授',
  '院士',
  '研究员',
  '专家',
  '记者',
  '主持人',
  '委员',
  '常委',
  '政治局常委',
  '政治局委员',
  '代表',
  '法官',
  '检察长',
  '大法官',
  '总检察长',
  '领导人',
  '党魁',
  '党首',
  '主帅',
  '教练',
  '主教练',
  '队长',
  '运动员',
  '选手',
  '总司令',
  '将军',
  '上将',
  '中将',
  '少将',
  '大校',
  '外交官',
  '参赞',
  '领事',
  '总领事',
  '公使',
  '首席科学家',
  '总设计师',
  '总工程师',
  '副总经理',
  '总统府发言人',
  '白宫发言人',
  '国务卿',
  '防长',
  // Gulf monarchies (卡塔尔首相兼外交大臣, 科威特埃米尔, 迪拜酋长).
  '大臣',
  '外交大臣',
  '国防大臣',
  '埃米尔',
  '副埃米尔',
  '酋长',
  // Offices whose organization the press writes before them (越共中央总书记, 以军总参谋长, 联合国环境规划署执行主任,
  // 美国国防部副新闻秘书, 非盟轮值主席, 欧盟外交与安全政策高级代表).
  '中央总书记',
  '中央第一书记',
  '总参谋长',
  '副总参谋长',
  '执行主任',
  '轮值主席',
  '新闻秘书',
  '副新闻秘书',
  '高级代表',
  '外交与安全政策高级代表',
];

/** Separators inside a chain of titles (国务委员兼外长, 总书记、国家主席). */
const CHAIN = new Set(['兼', '、', '和']);

const SORTED = [...new Set(TITLES)].sort((a, b) => b.length - a.length);
/** Titles by the code of their last and of their first character, longest first: a lookup touches only the few that can match, and makes no string of the character (it runs at every token). */
const BY_LAST: ReadonlyMap<number, string[]> = group(SORTED, (t) => t.charCodeAt(t.length - 1));
const BY_FIRST: ReadonlyMap<number, string[]> = group(SORTED, (t) => t.charCodeAt(0));

/** The title that ends exactly at `end` in text, longest first, or null. */
export function titleEndingAt(text: string, end: number): string | null {
  if (end <= 0) return null;
  const list = BY_LAST.get(text.charCodeAt(end - 1));
  if (list === undefined) return null;
  for (const t of list) if (t.length <= end && text.startsWith(t, end - t.length)) return t;
  return null;
}

/**
 * Whether a person's title ends right before `at`, so that a name starts there (外长科隆纳, 经济产业大臣西村康稔): not
 * 代表, which is also a verb (代表南非华人).
 */
export function titleAnnouncesName(text: string, at: number): boolean {
  const title = titleEndingAt(text, at);
  return title !== null && title !== '代表';
}

/** The title that starts at `at` in text, longest first, or null. */
export function titleStartingAt(text: string, at: number): string | null {
  const list = BY_FIRST.get(text.charCodeAt(at));
  if (list === undefined) return null;
  for (const t of list) if (text.startsWith(t, at)) return t;
  return null;
}

/** The chain of titles written immediately before a name (in reading order), and where the chain starts. */
export function titleChainBefore(text: string, start: number): { roles: string[]; from: number } {
  const roles: string[] = [];
  let end = start;
  let from = start;
  for (;;) {
    const t = titleEndingAt(text, end);
    if (t === null) break;
    roles.unshift(t);
    end -= t.length;
    from = end;
    if (end > 0 && CHAIN.has(text[end - 1] ?? '')) end -= 1;
    else break;
  }
  return { roles, from };
}

/**
 * A person's span without the titles written inside it (习近平总书记 → 习近平, 总统普京 → 普京, 习主席 → 习): a title is a
 * role, never part of the name. At least one character of the span is kept.
 */
export function withoutTitles(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  for (let t = titleStartingAt(text, s); t !== null && s + t.length < e; t = titleStartingAt(text, s)) s += t.length;
  for (let t = titleEndingAt(text, e); t !== null && e - t.length > s; t = titleEndingAt(text, e)) e -= t.length;
  return { start: s, end: e };
}

/** Roles written immediately before a name: the chain of titles ending at `start`, in reading order. */
export function rolesBefore(text: string, start: number): string[] {
  return titleChainBefore(text, start).roles;
}

/**
 * Offices held in and for one country: a country written before a chain of them (巴林王储兼首相, 沙特国防大臣) is the
 * person's own. Not 大使, 特使 or 代表, which follow the host country (中国驻美国大使).
 */
export const NATIONAL_OFFICES: ReadonlySet<string> = new Set([
  '国家主席',
  '国家副主席',
  '总统',
  '副总统',
  '总理',
  '副总理',
  '首相',
  '副首相',
  '国王',
  '女王',
  '王储',
  '王子',
  '最高元首',
  '大公',
  '外交部长',
  '外长',
  '国防部长',
  '防长',
  '财长',
  '议长',
  '副议长',
  '总督',
  '外交大臣',
  '国防大臣',
  '埃米尔',
  '副埃米尔',
  '酋长',
]);

/** Titles of heads of state and government: a person written with one and known to have held none is someone else. */
export const HEAD_OFFICES: ReadonlySet<string> = new Set([
  '国家主席',
  '国家副主席',
  '总统',
  '副总统',
  '总理',
  '副总理',
  '首相',
  '副首相',
  '国王',
  '女王',
  '王储',
  '最高元首',
  '大公',
  '埃米尔',
]);

/** Characters typical of transliterated foreign names (梅列多夫, 古特雷斯, 拉夫罗夫). */
export const TRANSLIT_CHARS = new Set(
  (
    '阿埃艾爱安昂奥巴拜班邦包保鲍贝本比彼毕别宾波伯博布查达代戴丹当道德迪蒂丁东杜多厄恩尔法范菲费芬丰佛夫福弗盖甘冈戈格根贡古瓜哈海汉豪赫亨胡华霍' +
    '基吉加贾杰捷金京卡凯坎康考柯科克肯库奎拉莱赖兰朗劳勒雷蕾黎里利莉丽连列林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米明缪姆穆纳娜奈南内尼妮涅努诺帕潘庞' +
    '佩皮珀普奇齐恰乔切钦琼萨塞赛桑瑟森沙莎尚舍什施舒斯松苏索塔泰坦汤唐特滕提图托瓦万旺威韦维温沃乌武西希锡谢辛休雅亚扬耶伊因英尤于约扎泽詹兹' +
    '佐茨契娃娅黛德顿·'
  ).split(''),
);
