/**
 * Rules for Chinese diplomatic shorthand: 中方/土方 (X方), 中土/中美俄 (compounds of country abbreviations),
 * 土副总理/美军 (abbreviation + title), 访美/在土设立 (travel verb or preposition + abbreviation).
 * Abbreviations are resolved against the countries the article itself names; never guessed.
 */
import { TRANSLIT_CHARS, titleEndingAt } from './titles.js';
import { gluedPhrase } from './words.js';
import { dayOfDate } from './span-context.js';
import type { PairSet } from './words.js';

/** A shorthand hit before resolution: the abbreviation character's position and the rule that found it. */
export interface ShorthandHit {
  /** Offset of the abbreviation character in the searched text. */
  at: number;
  char: string;
  rule: 'x-fang' | 'compound' | 'list' | 'title' | 'preposition' | 'says' | 'subject' | 'made';
  /** Strong patterns stand without context for unambiguous abbreviations; weak ones need the country named in the article. */
  strong: boolean;
  /**
   * A pair that may as well be a person's name (罗英 of 农场主罗英就开始, 德孟 of 国会主席农德孟和): it stands unless the
   * recognizer reads a name over it.
   */
  tentative?: boolean;
  /**
   * A pair of China's 中 and a partner's character before no relation word (中越是社会主义友好邻邦, 深化中拉互联互通): it
   * stands only where the article names the partner (越南, 拉美), and, being tentative, unless a name is read over it.
   */
  partnerNamed?: boolean;
  /** In such a pair, where the other character stands. */
  partnerAt?: number;
}

/**
 * The relation words that name states' ties alone: a pair of abbreviations that is also an ordinary word (西南
 * "south-west", 特意 "on purpose", 中南) is a pair of countries only before one of these (中南全面战略伙伴关系), not
 * before weaker ones (西南油气田, 特意在, 专精特新企业).
 */
const STATE_RELATION_WORDS = [
  '关系',
  '两国',
  '三国',
  '四国',
  '五国',
  '双边',
  '三边',
  '多边',
  '建交',
  '外长',
  '元首',
  '领导人',
  '首脑',
  '战略',
  '全面',
  '伙伴',
  '会谈',
  '会晤',
  '峰会',
  '命运共同体',
  '之间',
  '边境',
  '边界',
  '外交',
  '高层',
  '两党',
  '友城',
  '双方',
  '友好',
  '友谊',
  '合作',
  '经贸',
  '自贸',
];

/** Relation words that are function words: after a run of rarer abbreviations they say nothing of states. */
const FUNCTION_RELATION_WORDS = [
  '在',
  '也',
  '都',
  '将',
  '已',
  '正',
  '是',
  '可',
  '应',
  '要',
  '就',
  '与',
  '和',
  '同',
  '及',
];

/**
 * Words that follow a compound of abbreviations (中美关系, 土中建立, 中老铁路) and show it names countries: the relations
 * of states ({@link STATE_RELATION_WORDS}), function words and these.
 */
const RELATION_WORDS = [
  ...STATE_RELATION_WORDS,
  '团结',
  '联合',
  '对话',
  '人权',
  '利益',
  '各自',
  '间',
  '贸易',
  '投资',
  '经济',
  '交往',
  '总理',
  '总统',
  '政府',
  '议会',
  '防长',
  '军事',
  '军队',
  '海军',
  '空军',
  '陆军',
  '企业',
  '青年',
  '媒体',
  '文化',
  '教育',
  '科技',
  '能源',
  '农业',
  '航线',
  '班列',
  '铁路',
  '公路',
  '管道',
  '天然气',
  '油气',
  '口岸',
  '等国',
  '各方',
  '三方',
  '建立',
  '签署',
  '共同',
  '携手',
  '一致',
  '相互',
  '互利',
  '睦邻',
  '传统',
  '人文',
  '冲突',
  '问题',
  '文明',
  '局势',
  '战争',
  '谈判',
  '争端',
  '矛盾',
  '紧张',
  '贸易战',
  '博弈',
  '竞争',
  '对抗',
  '和解',
  '停火',
  '协议',
  '协定',
  '条约',
  '声明',
  '宣言',
  '机制',
  '委员会',
  '论坛',
  '工业园',
  '产业园',
  '合作区',
  '联演',
  '演习',
  ...FUNCTION_RELATION_WORDS,
  '同意',
  '决定',
  '愿',
  '新时代',
  '元首会晤',
  '友好年',
  '文化年',
  '自贸协定',
  '执政党',
  '务实',
  '共谋',
  '共建',
  '高级别',
  '航天',
  '人民',
  '开展',
];

/** {@link FUNCTION_RELATION_WORDS} as a set. */
const FUNCTION_WORDS = new Set(FUNCTION_RELATION_WORDS);

/** Parts of a country after its abbreviation (黎南部, 叙东北部). */
const REGION_WORD_LIST = [
  '东南部',
  '东北部',
  '西南部',
  '西北部',
  '东南',
  '东北',
  '西南',
  '西北',
  '南部',
  '北部',
  '东部',
  '西部',
  '中部',
];

/** Titles and institutions that follow a single abbreviation (土副总理, 美军, 俄外长, 日媒). */
const TITLE_WORDS = [
  '副总统',
  '副总理',
  '前总统',
  '前总理',
  '总统',
  '总理',
  '首相',
  '外长',
  '副外长',
  '外交部长',
  '外交部',
  '国防部长',
  '国防部',
  '防长',
  '财长',
  '议长',
  '国王',
  '王储',
  '驻华大使',
  '大使',
  '领导人',
  '政府',
  '当局',
  '军方',
  '军',
  '媒',
  '官员',
  '外交官',
  '央行',
  '代表团',
  '国会',
  '众院',
  '参院',
  '议会',
  '元首',
  '总统府',
  '驻军',
  '执政党',
  '总参谋长',
  '商务部',
  '财政部',
  // The country's leading figures (奥政要希望澄清历史, 美政要).
  '政要',
  '特使',
  '舰',
  // Its services and military sites (乌陆军总司令, 俄空军, 俄雷达站, 乌指挥所, 俄火药厂) and its official word (美官方
  // 数据); see singleHit for its nuclear programme (俄核威慑, 朝核问题).
  '陆军',
  '空军',
  '海军',
  '雷达站',
  '雷达基站',
  '指挥所',
  '兵工厂',
  '火药厂',
  '弹药库',
  '炼油厂',
  '官方',
  '战机',
  '机',
  // A country's firms and capital (中企, 美企, 中资企业, 日资).
  '企',
  '资',
  '常驻联合国代表',
  // The country as a whole and its capital (乌全境拉响防空警报, 叙首都大马士革); its armed forces (乌武装部队).
  '全境',
  '首都',
  '武装部队',
  '武装力量',
  '边界',
  '边境',
  // A country's air defence (俄防空系统拦截, 乌防空部队); see singleHit for 以.
  '防空',
  // The people and armed groups of a party to a conflict (巴武装组织称将全力抵抗, 以军和巴民众爆发冲突).
  '武装组织',
  '武装人员',
  '武装分子',
  '武装派别',
  '民众',
  // A part of the country (以军空袭黎南部, 俄南部, 叙东北部); see singleHit for 部分 and the compass characters.
  ...REGION_WORD_LIST,
];

/** The parts of a country among the titles. */
const REGION_WORDS = new Set(REGION_WORD_LIST);
/** Characters that are compass words themselves or adjectives before a region (中南部, 西北部, 新东部): no country. */
const NOT_BEFORE_REGION = new Set('东南西北中新老'.split(''));
/**
 * Words after 方 that make 方 the start of an ordinary word (以方便, 新方法); and 比方说 "for example" is no Belgium.
 * Not 正: after a country's abbreviation 方正 is X方 before 正在, 正式, 正当 (俄方正在缩小, 澳方正式移交, 中方正当利益).
 */
const FANG_WORD_NEXT = new Set('便法案式向面针位言程块舟圆略阵形剂格志子'.split(''));

/**
 * Whether 方向 after an abbreviation is X方 + 向 "to" (美方向乌克兰提供情报, 中方向塞方援助): a name or another
 * abbreviation follows, where 新方向 "a new direction" has none.
 */
function fangTowards(text: string, i: number, free: (i: number) => boolean): boolean {
  return (
    text[i + 2] === '向' &&
    (!free(i + 3) || COMMON_ABBREVIATIONS.has(text[i + 3] ?? '') || text.charCodeAt(i + 4) === FANG)
  );
}
/**
 * Verbs and prepositions before an abbreviation that make it a destination or place (访美, 驻华, 在土设立, the
 * transit 窜美, 旅塞华侨 "Chinese living in Serbia", 留英人士 "people studying in Britain"), and 全 "all of" (全美,
 * 全俄), by code.
 */
const PREPOSITIONS = new Uint8Array(0x10000);
for (const ch of '访赴驻抵离在来对同与向全窜旅留') PREPOSITIONS[ch.charCodeAt(0)] = 1;
const YI = '以'.charCodeAt(0);
/** What follows 以防空 when it is Israel's air defence (以防空系统), not 以防 "so as to prevent" (以防空袭). */
const AIR_DEFENCE = /^(?:系统|部队|导弹)/;
const isPreposition = (text: string, i: number): boolean =>
  i >= 0 && i < text.length && PREPOSITIONS[text.charCodeAt(i)] === 1;
/** Verbs that take 华 "China" as their object in set words (输华 exports to China, 涉华, 侵华, 援华, 旅华, 留华). */
const HUA_VERBS = new Set([...'输涉侵援旅留']);
/** Abbreviations too common as ordinary words to follow a preposition (推向新水平, 在新的起点). */
const NOT_AFTER_PREPOSITION = new Set(['新', '老', '南', '西', '中']);
/** Preposition + character pairs that are ordinary words (同日 "the same day", 来日 "days to come"). */
const NOT_PREPOSITION = new Set([
  '同日',
  '来日',
  '向日',
  '全日',
  '在中',
  '对中',
  '同中',
  '与中',
  '向中',
  '来中',
  // 同比增长 "year on year", 同意 "agree": words, not 同 + Belgium or Italy.
  '同比',
  '同意',
  // 踏石留印 "leave a print on the stone": no India.
  '留印',
]);
/**
 * Pairs of abbreviations that are ordinary words even before a relation of states: 安保 "security" (安保战略, 安保合作)
 * and the compass words (俄西南边境: Russia's south-west, not Spain and South Africa).
 */
const ORDINARY_PAIRS = new Set(['安保', '西南', '东南', '西北', '东北']);
/** What follows 德法 "virtue and law" (德法兼修, 德法并举, 德法相济, 德法合治), not Germany and France. */
const VIRTUE_AND_LAW_NEXT = /^[兼并相合共]/;
/**
 * Abbreviation + title pairs that are other words: 中军 is an army's centre in older writing (周瑜手下的中军), 以
 * before 官方 or a service mostly the preposition (以官方名义), and 新政府 a new government (印尼新政府), not Xinjiang's.
 */
const NOT_TITLE = new Set(['中军', '以官方', '以海军', '以空军', '以陆军', '新政府']);
/** 南方 and 西方 are compass words ("the West"), never South Africa or Spain (by code). */
const NOT_BEFORE_FANG = new Set(['南', '西', '东', '北'].map((c) => c.charCodeAt(0)));
const FANG = '方'.charCodeAt(0);
const HE = '核'.charCodeAt(0);
/** The countries whose nuclear programme or forces the press writes as abbreviation + 核. */
const NUCLEAR = new Set([...'朝伊俄美']);
const ZHONG = '中'.charCodeAt(0);

/** Words by the code of their first character, longest first. */
type ByFirst = Map<number, readonly string[]>;

function byFirst(words: readonly string[]): ByFirst {
  const out = new Map<number, string[]>();
  for (const w of [...new Set(words)].sort((a, b) => b.length - a.length)) {
    const list = out.get(w.charCodeAt(0)) ?? [];
    list.push(w);
    out.set(w.charCodeAt(0), list);
  }
  return out;
}

const RELATION_BY_FIRST = byFirst(RELATION_WORDS);
const STATE_RELATIONS = new Set(STATE_RELATION_WORDS);

/** What follows 中欧 when it is the region (中欧国家, 中欧五国), not China and the EU. */
const CENTRAL_EUROPE_NEXT = /^(?:国家|地区|[一二三四五六七八九十两几多诸各]国)/;
const TITLES_BY_FIRST = byFirst(TITLE_WORDS);

/** The longest of the words that starts at `at` in text, or null; compared in place (it runs at every abbreviation, and 在, 是, 和 … start many). */
function startsWithAny(text: string, at: number, words: ByFirst): string | null {
  if (at >= text.length) return null;
  const list = words.get(text.charCodeAt(at));
  if (list === undefined) return null;
  for (const w of list) if (text.startsWith(w, at)) return w;
  return null;
}

/**
 * Whether two common abbreviations that the segmenter keeps apart from the words around them (`alone` at both ends)
 * and that make no ordinary word are a pair of countries whatever follows (韩美此次, 美英的袭击; not 美德 "virtue",
 * nor 中华).
 */
function standsAsPair(run: string, words: PairSet, startsAlone: boolean, endsAlone: boolean): boolean {
  return (
    [...run].every((ch) => COMMON_ABBREVIATIONS.has(ch) && ch !== '华') && !words.has(run) && startsAlone && endsAlone
  );
}

/** What a clause starts after: a heading's or sentence's start, the space between two headlines, punctuation. */
const CLAUSE_START = new Set([...' \u3000\t,.:;!?()，。：；、！？“”‘’『』「」（）《》\'">']);

/** Whether position i opens a clause (see {@link CLAUSE_START}). */
const opensClause = (text: string, i: number): boolean => i === 0 || CLAUSE_START.has(text[i - 1] ?? '');

/** Words after a country's abbreviation opening a clause as its subject (俄在, 俄与美国, 美未能, 英将). */
const SUBJECT_NEXT = new Set('在与对将已未不也还同向'.split(''));

/**
 * Whether a common abbreviation opens a clause as its subject before a preposition or an adverb (俄在这两方面的外交活动,
 * 俄与美国及其西欧盟友, 俄未能阻止北约): People's Daily of 1998 writes the country so; the article must name it in full
 * (rule `subject` is weak), and never 中, 华, 日 (dates), 新, 老, 南, 西.
 */
function subjectAtClauseStart(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  return (
    SUBJECT_NEXT.has(text[i + 1] ?? '') &&
    opensClause(text, i) &&
    COMMON_ABBREVIATIONS.has(ch) &&
    ch !== '中' &&
    ch !== '华' &&
    ch !== '日'
  );
}

/**
 * Verbs of a country speaking that headlines put right after its abbreviation (俄宣布终止, 俄警告英方), as 称; not 回应,
 * whose 以回应 is "in response to".
 */
const SAYS_WORDS = ['宣布', '警告', '指责', '谴责', '否认', '呼吁', '拒绝'];

/**
 * Whether an abbreviation starts a clause right before 称 "says" (乌称击退俄军进攻, 俄称打击乌军目标: some 870
 * times over 新闻联播, each a country speaking through its officials), not after a date (16日称) nor an abbreviation
 * that is also an ordinary word (新, 中).
 */
function saysAtClauseStart(text: string, i: number): boolean {
  const ch = text[i] ?? '';
  const says = text[i + 1] === '称' || SAYS_WORDS.some((w) => text.startsWith(w, i + 1));
  const stance = !says && STANCE_WORDS.some((w) => text.startsWith(w, i + 1)) && !NOT_STANCE_SUBJECT.has(ch);
  return (
    (says || (stance && COMMON_ABBREVIATIONS.has(ch))) &&
    opensClause(text, i) &&
    !NAME_QUOTE_END.has(text[i - 1] ?? '') &&
    !NOT_AFTER_PREPOSITION.has(ch)
  );
}

/** A closing quote before 美称 closes the fine name it is (获得“虎翁”美称, “大象乐园”美称的西双版纳), not a clause. */
const NAME_QUOTE_END = new Set([...'”’』」']);

/**
 * Verbs of a stance that People's Daily of 1998 puts after a common abbreviation opening a clause, as 称 (俄主张武器核查,
 * 俄反对波罗的海三国加入北约, 法主张和平解决): not after 日 (16日表示), 以 (以表示 "so as to show") or 越 (越表示越…).
 */
const STANCE_WORDS = ['主张', '反对', '重申', '表示'];
const NOT_STANCE_SUBJECT = new Set([...'日以越华']);

/** What stands before 称 when a country or its side speaks (伊朗称, 俄称, 以军称, 乌方称): a name, or these. */
const SPEAKER_END = new Set([...'军方']);

/**
 * Whether a common abbreviation opens what a country says, right after its 称 (俄称美试图掩盖, 伊朗称美方, 以军称英国…:
 * the country spoken of, some 40 times over 新闻联播): a name or an abbreviation before 称, the abbreviation a word of
 * its own (not 堪称美景, 称日前), and not 中, 华 (称华为), 日 or those that are ordinary words (新, 老, 南, 西).
 */
function subjectAfterSays(
  text: string,
  i: number,
  free: (i: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): boolean {
  const ch = text[i] ?? '';
  if (
    text[i - 1] !== '称' ||
    !free(i - 1) ||
    !COMMON_ABBREVIATIONS.has(ch) ||
    ch === '中' ||
    ch === '华' ||
    ch === '日'
  )
    return false;
  const tok = tokenAt(i);
  if (tok !== null && tok[1] - tok[0] > 1) return false;
  const before = text[i - 2] ?? '';
  return !free(i - 2) || SPEAKER_END.has(before) || (COMMON_ABBREVIATIONS.has(before) && opensClause(text, i - 2));
}

/**
 * Whether an abbreviation that is also an ordinary word (新, 老, 南, 西, 中) comes before a one-character title that
 * starts a word of jieba's lexicon with the next character (新机遇, 新媒体平台, 世界新军事变革): the adjective and that
 * word, not Singapore's aircraft, media or army.
 */
function weakBeforeWord(text: string, i: number, title: string, words: PairSet): boolean {
  return title.length === 1 && NOT_AFTER_PREPOSITION.has(text[i] ?? '') && words.hasPair(text, i + 1);
}
/**
 * Whether the abbreviation at `i` ends a foreign name no dictionary took, two characters of transliteration or more
 * before it (阿萨德总统, 阿连德政府: no Germany): one such character alone is too often a word (死于美军, 更多以军).
 */
function endsForeignName(text: string, i: number, free: (i: number) => boolean): boolean {
  return (
    i > 1 &&
    free(i - 1) &&
    free(i - 2) &&
    TRANSLIT_CHARS.has(text[i - 1] ?? '') &&
    TRANSLIT_CHARS.has(text[i - 2] ?? '')
  );
}

/**
 * Whether a relation word of two characters or more right after a run ending at `j` ends it, whatever word the
 * segmenter read across (中美元首: 美元 "US dollar" and 首, 27 times over 新闻联播); not after an abbreviation that is
 * also an adjective (以新能源: the preposition and 新能源 "new energy").
 */
function endsBeforeRelation(text: string, j: number): boolean {
  return (startsWithAny(text, j, RELATION_BY_FIRST)?.length ?? 0) >= 2 && !NOT_AFTER_PREPOSITION.has(text[j - 1] ?? '');
}

/**
 * Where the segmenter reads an ordinary two-character word inside a run of three or more (新/安保/战略: Japan's new
 * security strategy, not Singapore, Angola and Bulgaria; 日美/安保/条约), or null.
 */
function wordInside(
  text: string,
  i: number,
  j: number,
  words: PairSet,
  tokenAt: (i: number) => [number, number] | null,
): number | null {
  for (let k = i; k + 2 <= j; k++) {
    const tok = tokenAt(k);
    if (tok !== null && tok[0] === k && tok[1] === k + 2 && words.hasPair(text, k)) return k;
  }
  return null;
}

/**
 * Whether a relation word of states alone starts at `at` (关系, 边境, 会谈 …, and 对话): after a run of abbreviations, it
 * makes them countries (沙伊对话, 美加边境) where a word of partners (铁路, 油气) does not.
 */
export function stateRelationAt(text: string, at: number): boolean {
  return text.startsWith('对话', at) || STATE_RELATION_WORDS.some((w) => text.startsWith(w, at));
}

/** Whether a relation word of states or of partners starts at `at` (关系, 峰会, 战略, 合作 …). */
export function relationWordAt(text: string, at: number): boolean {
  return startsWithAny(text, at, RELATION_BY_FIRST) !== null;
}

/**
 * Where a run of abbreviations ends: before an ordinary word the segmenter reads inside it (日美 of 日美/安保/条约; 新 of
 * 新/安保/战略, Japan's new security strategy, alone), unless all of them are common abbreviations (中日韩).
 */
function endBeforeWord(
  text: string,
  i: number,
  j: number,
  words: PairSet,
  tokenAt: (i: number) => [number, number] | null,
): number {
  if (j - i < 3) return j;
  const inner = wordInside(text, i, j, words, tokenAt);
  if (inner === null || inner === i) return j;
  for (let k = i; k < j; k++) if (!COMMON_ABBREVIATIONS.has(text[k] ?? '')) return inner;
  return j;
}

/**
 * Whether a pair at [i, j) is the first of a list of pairs with the same head (中沙、中阿友谊, 中阿、中海、中沙领导人
 * 峰会): the relation word after the last names them all.
 */
function parallelAfter(text: string, i: number, j: number, abbrAt: (k: number) => boolean): boolean {
  return j - i === 2 && text[j] === '、' && text[j + 1] === text[i] && abbrAt(j + 2);
}

/** Whether the segmenter reads the abbreviation at `i` inside a word of four characters or more (来日方长 is no 日方). */
function insideIdiom(tok: [number, number] | null, i: number): boolean {
  return tok !== null && tok[0] < i && tok[1] - tok[0] >= 4;
}

/**
 * Whether an abbreviation and the title after it, ending at `end`, cut across the segmenter's words at both ends: 美元
 * "US dollar" and 首次 "first time" are no 美 + 元首 (美元首次), where 中美元首会晤 ends the title between words.
 */
function acrossWords(tokenAt: (i: number) => [number, number] | null, i: number, end: number): boolean {
  const first = tokenAt(i);
  const last = tokenAt(end - 1);
  return first !== null && first[0] === i && first[1] > i + 1 && first[1] < end && last !== null && last[1] > end;
}

/** What after 英制, which jieba reads as one word, makes it British-made (英制导弹), not the imperial units (英制单位). */
const MADE_THING =
  /^(?:[“"]|武器|导弹|战机|战斗机|坦克|装甲|火箭|飞机|直升机|无人机|弹药|装备|防空|军火|舰|炮|榴弹|火炮|步枪)/;
/**
 * The abbreviations of the countries whose arms and goods the press writes X制 (美制, 俄制, 英制): not 法制 "the rule
 * of law", 印制 "print", 特制, 克制, 秘制, nor 苏制, the Soviet Union's (苏 abbreviates Sudan).
 */
const MADE_BY = new Set([...'美俄英德日韩朝澳乌意']);

/**
 * Whether the abbreviation at `i` is the country a thing is made in (美制武器, 俄制战机, 美制“爱国者”导弹): 制 a word of
 * its own after it (not 制裁, 制度, 制造业), or 英制 read as one word before a weapon.
 */
function madeIn(
  text: string,
  i: number,
  free: (i: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): boolean {
  if (text[i + 1] !== '制' || !free(i + 1) || !MADE_BY.has(text[i] ?? '')) return false;
  const tok = tokenAt(i);
  const zhi = tokenAt(i + 1);
  if (tok !== null && tok[0] === i && tok[1] === i + 2)
    return text[i] === '英' && MADE_THING.test(text.slice(i + 2, i + 5));
  return (
    (tok === null || (tok[0] === i && tok[1] === i + 1)) && (zhi === null || (zhi[0] === i + 1 && zhi[1] === i + 2))
  );
}

/**
 * The pattern a single free abbreviation at `i` stands in, if any: beside 西方 (美西方 "the US and the West"), X方,
 * made in a country (美制武器), before a title (土副总理, 美军), or after a travel verb or preposition standing alone
 * (访美, 在土设立).
 */
function singleHit(
  text: string,
  i: number,
  free: (i: number) => boolean,
  words: PairSet,
  tokenAt: (i: number) => [number, number] | null,
): ShorthandHit | null {
  if (madeIn(text, i, free, tokenAt)) return { at: i, char: text[i] ?? '', rule: 'made', strong: true };
  // Characters are compared by code, and made strings only for a hit: this runs at every free abbreviation.
  if (
    text.startsWith('西方', i + 1) &&
    free(i + 1) &&
    text.charCodeAt(i) !== ZHONG &&
    COMMON_ABBREVIATIONS.has(text[i] ?? '')
  )
    return { at: i, char: text[i] ?? '', rule: 'compound', strong: true };
  if (
    text.charCodeAt(i + 1) === FANG &&
    free(i + 1) &&
    !NOT_BEFORE_FANG.has(text.charCodeAt(i)) &&
    (!FANG_WORD_NEXT.has(text[i + 2] ?? '') || fangTowards(text, i, free)) &&
    !text.startsWith('比方说', i) &&
    !insideIdiom(tokenAt(i), i)
  )
    // X方 that is also a word of jieba's (秘方 "a secret recipe", 古方 "an old prescription") is the country's side
    // only where the article names the country (秘鲁总统表示，秘方愿…), unless X is a common abbreviation.
    return {
      at: i,
      char: text[i] ?? '',
      rule: 'x-fang',
      strong: COMMON_ABBREVIATIONS.has(text[i] ?? '') || !words.hasPair(text, i),
    };
  // The nuclear programmes the press names by abbreviation (朝核问题, 伊核谈判, 俄核威慑, 美核潜艇); not 三澳核电站.
  if (text.charCodeAt(i + 1) === HE && NUCLEAR.has(text[i] ?? '') && free(i + 1))
    return { at: i, char: text[i] ?? '', rule: 'title', strong: false };
  // The last character of a word is no abbreviation before a title (越来越媒体化: no Vietnamese media; 胶印机).
  if (WORDS_ENDING_IN_ABBREVIATION.some((w) => text.startsWith(w, i - w.length + 1))) return null;
  // Nor before work done by machine (日机收面积 "the area harvested by machine a day", 机耕, 机播): no Japanese aircraft.
  if (MACHINE_WORK.test(text.slice(i + 1, i + 3))) return null;
  const title = startsWithAny(text, i + 1, TITLES_BY_FIRST);
  // A part of the country (黎南部), not 部分 "part of" (长江以南部分地区), a compass character (中南部) nor 日 ending a
  // date (30日东部巴勒贝克).
  if (
    title !== null &&
    REGION_WORDS.has(title) &&
    (text[i + 1 + title.length] === '分' || NOT_BEFORE_REGION.has(text[i] ?? '') || dayOfDate(text, i))
  )
    return null;
  // 以民众 is mostly the preposition (以民众为中心), not Israel's public; 以防空 is 以防 "so as to prevent" unless
  // its systems, forces or missiles follow (以防空系统).
  if (
    title !== null &&
    free(i + 1) &&
    !NOT_TITLE.has(text[i] + title) &&
    !acrossWords(tokenAt, i, i + 1 + title.length) &&
    !endsForeignName(text, i, free) &&
    !(text.charCodeAt(i) === YI && (title === '民众' || (title === '防空' && !AIR_DEFENCE.test(text.slice(i + 3))))) &&
    !weakBeforeWord(text, i, title, words)
  )
    // 以军 before no word of jieba's starting with its 军 (军事, 军队, but also 军人员 and 军士兵, so those need the
    // article to name Israel) is the Israeli army even where the article never writes 以色列 (some twenty items of
    // 新闻联播 on strikes in Gaza or Syria).
    return {
      at: i,
      char: text[i] ?? '',
      rule: 'title',
      strong: text.charCodeAt(i) === YI && title === '军' && !words.hasPair(text, i + 1),
    };
  if (saysAtClauseStart(text, i) && free(i + 1)) return { at: i, char: text[i] ?? '', rule: 'says', strong: false };
  if (subjectAfterSays(text, i, free, tokenAt)) return { at: i, char: text[i] ?? '', rule: 'says', strong: false };
  if (subjectAtClauseStart(text, i) && free(i + 1))
    return { at: i, char: text[i] ?? '', rule: 'subject', strong: false };
  if (i === 0 || !(isPreposition(text, i - 1) || huaAfterVerb(text, i)) || !free(i - 1)) return null;
  // After a preposition the abbreviation must stand alone in the segmentation (在/土/设立, 对华), not inside a
  // word or idiom (越来越, 同心同德, 与日俱增, 德黑兰).
  const tok = tokenAt(i);
  // The segmenter's one word of preposition and abbreviation (访华, 来华, 访美) is sure of it, whatever word the
  // abbreviation would start with the next character (访华表示 is not 华表, 来华人员 not 华人).
  const glued = tok !== null && tok[0] === i - 1 && tok[1] === i + 1;
  const alone = tok === null || tok[1] - tok[0] === 1 || glued || gluedPhrase(tok, i, (at) => words.hasPair(text, at));
  const ch = text[i] ?? '';
  // 与法 is "and the law" (社会与法, 权与法) and 与德 "and virtue" (艺与德, 才与德) unless a country stands before 与
  // (俄与法, 俄罗斯与法、德).
  const law =
    (ch === '法' || ch === '德') && text[i - 1] === '与' && free(i - 2) && !COMMON_ABBREVIATIONS.has(text[i - 2] ?? '');
  return alone &&
    !law &&
    !NOT_AFTER_PREPOSITION.has(ch) &&
    (glued || !words.hasPair(text, i)) &&
    !NOT_PREPOSITION.has(text.slice(i - 1, i + 1))
    ? { at: i, char: ch, rule: 'preposition', strong: false }
    : null;
}

/** A count of states after a list (三国, 等6国, 两国, 三方, 等４０多个国家). */
const LIST_COUNT_NEXT = /^(?:等[0-9０-９一二三四五六七八九十两几多]*|[0-9０-９一二三四五六七八九十两几多]+)个?[国方]/;
/** Conjunctions before a list that open it as a clause start does (中国和美、日、韩等国). */
const CONJUNCTIONS = new Set(['和', '与', '及', '同']);
/** What follows a list of abbreviations that are languages, not countries (中、英文版, 以中、英、法、俄等8个语种). */
const LANGUAGE_NEXT = /^(?:等)?[0-9０-９一二三四五六七八九十几多]*[个种]?(?:语|文)/;

/**
 * The hits of a list of single abbreviations separated by 、 starting at `i` (美、日、韩三国, 对法、德等6国, 俄、哈、乌是), or
 * null. Each stands alone in the segmentation (not 中、西部, 中、英文版), the list opens a clause, follows a preposition
 * or ends before a relation word of states, and it is no part of a longer list of other characters (东、中、西线).
 */
function listAt(
  text: string,
  i: number,
  abbrAt: (k: number) => boolean,
  free: (k: number) => boolean,
  tokenAt: (i: number) => [number, number] | null,
): ShorthandHit[] | null {
  if (text[i + 1] !== '、' || text[i - 1] === '、' || !abbrAt(i + 2)) return null;
  const at = [i];
  let last = i;
  while (text[last + 1] === '、' && abbrAt(last + 2)) {
    last += 2;
    at.push(last);
  }
  const alone = (k: number): boolean => {
    const tok = tokenAt(k);
    return tok === null || (tok[0] === k && tok[1] === k + 1);
  };
  const chars = at.map((k) => text[k] ?? '');
  const nextWord = startsWithAny(text, last + 1, RELATION_BY_FIRST);
  const stateNext =
    (nextWord !== null && STATE_RELATIONS.has(nextWord)) || LIST_COUNT_NEXT.test(text.slice(last + 1, last + 9));
  const opens =
    opensClause(text, i) || ((isPreposition(text, i - 1) || CONJUNCTIONS.has(text[i - 1] ?? '')) && free(i - 1));
  // The segmenter may join the last to the count after it (韩三国 of 美、日、韩三国).
  const lastAlone = alone(last) || (stateNext && tokenAt(last)?.[0] === last);
  if (
    (text[last + 1] === '、' && free(last + 2)) ||
    !at.slice(0, -1).every(alone) ||
    !lastAlone ||
    new Set(chars).size !== chars.length ||
    LANGUAGE_NEXT.test(text.slice(last + 1, last + 8)) ||
    !(opens || stateNext)
  )
    return null;
  const strong = stateNext || chars.every((ch) => COMMON_ABBREVIATIONS.has(ch));
  return at.map((k, n) => ({ at: k, char: chars[n] ?? '', rule: 'list', strong }));
}

/**
 * Whether a pair standing before a function word, with a rarer abbreviation, may as well end a person's name (罗英就,
 * 南华也, 德孟和): the recognizer decides. Not with 中, the usual partner of the home news (中巴在), nor two common ones.
 */
function tentativePair(run: string, nextWord: string | null, pair: boolean): boolean {
  return (
    run.length === 2 &&
    !pair &&
    nextWord !== null &&
    FUNCTION_WORDS.has(nextWord) &&
    !run.includes('中') &&
    ![...run].every((ch) => COMMON_ABBREVIATIONS.has(ch))
  );
}

/** What stands after an item of a list of names (沈椿年、沈德中、怀国模). */
const ITEM_AFTER = new Set('、，,）)。'.split(''));

/** The item before, when it is a name: two to four characters after a separator or at the start (沈椿年、). */
const NAME_ITEM_BEFORE = /(?:^|[、，,（(])\p{Script=Han}{2,4}$/u;

/**
 * Whether a pair at [i, j) ends an item of three characters of a list of names, one character before it (沈椿年、沈德中、
 * 怀国模): as likely a person's name as two countries, so the recognizer decides. Not a clause's (成果，为中马、中非).
 */
function endsListedName(text: string, i: number, j: number): boolean {
  if (j - i !== 2 || i < 2 || text[i - 2] !== '、' || !ITEM_AFTER.has(text[j] ?? '')) return false;
  return /\p{Script=Han}/u.test(text[i - 1] ?? '') && NAME_ITEM_BEFORE.test(text.slice(Math.max(0, i - 8), i - 2));
}

/** Whether the character before the abbreviation at `i` forms an ordinary word with it (参加, 增加, 同日). */
function gluedBefore(text: string, i: number, free: (i: number) => boolean, words: PairSet): boolean {
  return i > 0 && free(i - 1) && !isPreposition(text, i - 1) && !huaAfterVerb(text, i) && words.hasPair(text, i - 1);
}

/** Whether 华 at `i` is the object of one of {@link HUA_VERBS} (侵华, 输华). */
function huaAfterVerb(text: string, i: number): boolean {
  return text[i] === '华' && HUA_VERBS.has(text[i - 1] ?? '');
}

/** Whether any character not already matched is an abbreviation, told by code. */
function anyFreeAbbreviation(text: string, covered: Uint8Array, isAbbrCode: (code: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) if (covered[i] !== 1 && isAbbrCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * Finds shorthand hits in a sentence. `covered[i]` is 1 where a dictionary form already matched; `isAbbr` tells
 * abbreviation characters (`isAbbrCode`, when given, tells them by code instead, and `isAbbr` is not asked); `words`
 * is a set of ordinary two-character words (to reject 参加方, 土地, 同日); `countryOf` names the one country of a
 * character (中 and 华 are both China), else the character itself.
 */
export function findShorthand(
  text: string,
  covered: Uint8Array,
  isAbbr: (ch: string) => boolean,
  words: PairSet,
  tokenAt: (i: number) => [number, number] | null = () => null,
  isAbbrCode?: (code: number) => boolean,
  countryOf: (ch: string) => string = (ch) => ch,
): ShorthandHit[] {
  const n = text.length;
  // Most sentences have no free abbreviation character at all: they cost one scan, and no closures or arrays.
  if (isAbbrCode !== undefined && !anyFreeAbbreviation(text, covered, isAbbrCode)) return [];
  const hits: ShorthandHit[] = [];
  const china = countryOf('中');
  const free = (i: number): boolean => i >= 0 && i < n && covered[i] !== 1;
  const tables = { words, free, isAbbr, countryOf };
  // By code when the caller can: text[i] would make a string of each character (every 中 of a Chinese text).
  const abbrAt =
    isAbbrCode !== undefined
      ? (i: number): boolean => free(i) && isAbbrCode(text.charCodeAt(i))
      : (i: number): boolean => free(i) && isAbbr(text[i] ?? '');
  for (let i = 0; i < n; i++) {
    if (!abbrAt(i)) continue;
    const list = listAt(text, i, abbrAt, free, tokenAt);
    if (list !== null) {
      hits.push(...list);
      i = list.at(-1)?.at ?? i;
      continue;
    }
    // Maximal run of abbreviation characters: a compound such as 中美俄.
    let j = i;
    while (j < n && abbrAt(j)) j++;
    if (notRunHead(text, i, j)) i++;
    j = endBeforeWord(text, i, j, words, tokenAt);
    // A run's ends that belong to a word reaching outside it are not abbreviations (参[加]中英, 中俄[新]时代).
    const startTok = tokenAt(i);
    if (
      j - i >= 2 &&
      startTok !== null &&
      startTok[0] <= i &&
      startTok[1] >= j &&
      (startTok[0] < i || (startTok[1] > j && (startsWithAny(text, j, RELATION_BY_FIRST)?.length ?? 1) === 1))
    ) {
      // The whole run sits inside one longer word or name (戈伊塔, 哈马德, 非意愿 with its one-character 愿): no
      // abbreviations here.
      i = j - 1;
      continue;
    }
    // Not where that word is a preposition glued to the abbreviation (对华|加征: 华 and 加 are no run, but 对华 stands).
    const prepositionGlued = startTok?.[0] === i - 1 && startTok[1] === i + 1 && isPreposition(text, i - 1);
    if (j - i >= 2 && startTok !== null && startTok[0] < i && startTok[1] < j && !prepositionGlued) i = startTok[1];
    const endTok = tokenAt(j - 1);
    if (j - i >= 2 && endTok !== null && endTok[1] > j && endTok[0] > i && !endsBeforeRelation(text, j)) j = endTok[0];
    if (i >= j) {
      i = Math.max(i, j) - 1;
      continue;
    }
    if (j - i >= 2) {
      const run = text.slice(i, j);
      // Each character a country of its own: 中华 (both China, 中华文化) is no compound.
      const distinct = new Set([...run].map(countryOf)).size === run.length;
      const nextWord = startsWithAny(text, j, RELATION_BY_FIRST);
      const atEnd = j >= n;
      // 中欧 before 五国 or 国家 is Central Europe (中欧五国加入欧盟的谈判), not China and the EU; 华 before a compass
      // character is a region of China (华南农业大学, 华北地区), not China and South Africa.
      const region =
        (run === '中欧' && CENTRAL_EUROPE_NEXT.test(text.slice(j, j + 2))) ||
        (run[0] === '华' && NOT_BEFORE_REGION.has(run[1] ?? ''));
      // Three or more common abbreviations in a row (中日韩, 中美俄) are countries whatever follows them; a run with a
      // rarer one is more often a name (马科斯, 布林肯) and needs a relation word after it.
      const listed = j - i >= 3 && [...run].every((ch) => COMMON_ABBREVIATIONS.has(ch));
      const pair =
        j - i === 2 &&
        standsAsPair(run, words, startTok === null || startTok[0] === i, endTok === null || endTok[1] === j);
      // A pair that is also an ordinary word, or a longer run the segmenter reads as one word (古罗马), needs a
      // relation word of states after it (see STATE_RELATIONS); not one with China's abbreviation, the usual partner
      // of the home news (中日, 中非 and 中欧 are words of jieba's lexicon as well: 中日和平友好, 中非携手).
      const withChina = [...run].some((ch) => countryOf(ch) === china);
      const oneWord =
        ((j - i === 2 && words.has(run)) || (j - i >= 3 && !listed && startTok?.[0] === i && startTok[1] === j)) &&
        !withChina;
      const word =
        (oneWord && (nextWord === null || !STATE_RELATIONS.has(nextWord))) ||
        ORDINARY_PAIRS.has(run) ||
        (run === '德法' && VIRTUE_AND_LAW_NEXT.test(text[j] ?? '')) ||
        // 越 of 越…越 "the more … the more" (交融中越走越近): no Vietnam.
        (run.endsWith('越') && text[j + 1] === '越');
      const named = readsAsName(text, [i, j], { nextWord, listed, withChina }, free, words);
      // Nor a pair whose last character repeats the one before it: a four-character idiom of the shape 敬老爱老 (老爱老:
      // not Ireland and Laos).
      const idiom = j - i === 2 && i > 0 && text[i - 1] === text[j - 1];
      const accepted =
        distinct &&
        !region &&
        !word &&
        !named &&
        !idiom &&
        (!gluedBefore(text, i, free, words) || (nextWord !== null && nextWord.length >= 2)) &&
        (nextWord !== null || atEnd || listed || pair || parallelAfter(text, i, j, abbrAt));
      // Else a pair standing where the article names its countries (see namedPair).
      const partner = !accepted && distinct && !region && !named && namedPair(text, [i, j], [startTok, endTok], tables);
      if (accepted || partner) {
        const more = partner || tentativePair(run, nextWord, pair) || endsListedName(text, i, j);
        for (let k = i; k < j; k++) hits.push(compoundHit(text, k, more, partner ? [i, j] : null));
        i = j - 1;
        continue;
      }
      // Not a compound: the last character may still be X方 or X+title (中美 in 欧中美方? rare); fall through on the last one.
      i = j - 1;
    }
    if (gluedBefore(text, i, free, words)) continue;
    const hit = singleHit(text, i, free, words, tokenAt);
    if (hit !== null) hits.push(hit);
  }
  return hits;
}

/**
 * A compound's hit at `k`: tentative where a name may be read over it, and, in a pair that stands only where the article
 * names its countries (`pair`), with where the other character stands.
 */
function compoundHit(text: string, k: number, tentative: boolean, pair: [number, number] | null): ShorthandHit {
  const hit: ShorthandHit = { at: k, char: text[k] ?? '', rule: 'compound', strong: true };
  if (tentative) hit.tentative = true;
  if (pair !== null) {
    hit.partnerNamed = true;
    hit.partnerAt = k === pair[0] ? pair[1] - 1 : pair[0];
  }
  return hit;
}

/**
 * Words whose last character is an abbreviation that a title word may follow (越来越媒体化, 胶印机, 中国品牌日媒体行动: the
 * brand day's media campaign, no Japanese media).
 */
const WORDS_ENDING_IN_ABBREVIATION = ['越来越', '胶印', '品牌日'];

/** Farm work done by machine (机收, 机耕, 机播, 机插), which 机 "aircraft" after an abbreviation may open. */
const MACHINE_WORK = /^机[收耕播插]/;

/** Partners' characters that are more often a word after 中 ("in"): 以 the preposition (在实践中以人民为中心). */
const NOT_CHINA_PARTNER = new Set([...'以']);

/**
 * Whether a run of two is a pair of countries whatever follows, where the article names them (checked by the
 * tag stage: `partnerNamed`): China's 中 and one partner's character, in either order (see chinaPair), or two other
 * countries' characters that make no word of jieba's lexicon (黎以临时边界, 巴以地区紧张局势, 伊沙复交, 美以船只).
 */
function namedPair(
  text: string,
  [i, j]: [number, number],
  toks: Array<[number, number] | null>,
  t: Parameters<typeof chinaPair>[2],
): boolean {
  if (j - i !== 2 || !standsApart(text, i, j, toks, t)) return false;
  if (chinaPair(text, [i, j], t)) return true;
  // Not China's other character, 华 of 华人 and 华侨 (在澳华人), nor a region's (美非裔), nor a last character before 方
  // or 制, the X-方 and made-in rules' (打击乌美制武器: US-made), nor a name a title announces (执政官罗西).
  if (/[中华非欧]/.test(text.slice(i, j)) || /[方制裔]/.test(text[j] ?? '')) return false;
  return titleEndingAt(text, i) === null && !t.words.hasPair(text, i);
}

/**
 * Whether the segmenter keeps a pair apart from the words around it (not 其中, 中西部, 其中日经) and it is glued to no
 * word before it.
 */
function standsApart(
  text: string,
  i: number,
  j: number,
  [startTok, endTok]: Array<[number, number] | null>,
  t: Parameters<typeof chinaPair>[2],
): boolean {
  if ((startTok != null && startTok[0] !== i) || (endTok != null && endTok[1] !== j)) return false;
  return !gluedBefore(text, i, t.free, t.words);
}

/**
 * Whether a run of two is China's 中 and one partner's character, in either order, the shape of 中越, 中拉 and 白中
 * whatever follows but 方;
 * not an ordinary word with the initial of a country no dictionary abbreviates (中立 "neutral" in an article on 立陶宛, 中文 in one on
 * 文莱: `isAbbr` tells the dictionaries' abbreviations), nor 中欧 of 中欧、东欧 (Central Europe beside
 * Eastern Europe).
 */
function chinaPair(
  text: string,
  [i, j]: [number, number],
  t: {
    words: PairSet;
    free: (i: number) => boolean;
    isAbbr: (ch: string) => boolean;
    countryOf: (ch: string) => string;
  },
): boolean {
  if (j - i !== 2 || (text[i] !== '中' && text[i + 1] !== '中')) return false;
  const partner = (text[i] === '中' ? text[i + 1] : text[i]) ?? '';
  // Before 方 the partner is the side (协议中巴方应履行: "in the accord, the Palestinian side"), the X-方 rule's.
  if (t.countryOf(partner) === t.countryOf('中') || NOT_CHINA_PARTNER.has(partner) || text[j] === '方') return false;
  if (t.words.hasPair(text, i) && !t.isAbbr(partner)) return false;
  return !(partner === '欧' && /^[、和与及]东欧/.test(text.slice(j, j + 3)));
}

/**
 * Whether a run of abbreviations at [i, j) is rather a foreign name. A run of three or more with a rarer abbreviation
 * (萨卡菲 of 负责人萨卡菲在…: El Salvador, Qatar and the Philippines) is more often one: right after a person's title, or
 * all characters of transliteration before a function word alone (在, 是, 和 …: not 波匈捷将加入北约); a relation of
 * states after it (中吉乌铁路, 中哈俄三国) makes it countries. So is a run at the end of a foreign name no dictionary
 * took (比利亚维森西奥在: Spain and Austria), but not after a word (有利于中巴两国, 基于俄乌双方) nor with China's
 * abbreviation in it (植根于中越传统友好). Two right after a title, before no relation word, start the name the title
 * heads (副主任韩德乾介绍说).
 */
function readsAsName(
  text: string,
  [i, j]: [number, number],
  run: { nextWord: string | null; listed: boolean; withChina: boolean },
  free: (i: number) => boolean,
  words: PairSet,
): boolean {
  const { nextWord, listed, withChina } = run;
  const afterTitle = titleEndingAt(text, i) !== null;
  return (
    (afterTitle && nextWord === null && j < text.length) ||
    (!listed && endsForeignName(text, i, free) && !words.hasPair(text, i - 2) && !withChina) ||
    (j - i >= 3 &&
      !listed &&
      (afterTitle ||
        (nextWord !== null &&
          FUNCTION_WORDS.has(nextWord) &&
          [...text.slice(i, j)].every((ch) => TRANSLIT_CHARS.has(ch)))))
  );
}

/**
 * Whether the first character of a run of abbreviations is none: 以 at the head of three or more is the preposition
 * (以中欧建立…为契机), 日 after a numeral ends a date (10月7日巴以冲突: no Japan).
 */
function notRunHead(text: string, i: number, j: number): boolean {
  if (j - i >= 3 && text.charCodeAt(i) === YI) return true;
  return j - i >= 2 && dayOfDate(text, i);
}

/** Abbreviations that stand without the article naming their country, in strong and title patterns (中, 美, 俄 …). */
export const COMMON_ABBREVIATIONS = new Set('中华美俄日韩朝英法德澳越泰缅柬菲蒙印'.split(''));

/** Resolution of an abbreviation: one country, or the candidates when the article's context cannot decide. */
export type Resolution = { entity: string } | { ambiguous: string[] } | null;

/**
 * Resolves an abbreviation hit from its candidate countries and the countries the article names:
 * one candidate in context wins; a single-candidate common abbreviation in a strong or title pattern stands alone;
 * otherwise a strong pattern is reported as ambiguous and a weak one dropped.
 */
export function resolveAbbreviation(
  hit: ShorthandHit,
  candidates: readonly string[],
  context: ReadonlySet<string>,
  related: ReadonlySet<string> = new Set(),
): Resolution {
  if (candidates.length === 0) return null;
  // Countries the article names decide first; only when none of them is a candidate, the countries its other
  // entities belong to (红利曼, a town in Ukraine, makes 乌 of 乌军 Ukraine).
  let inContext = candidates.filter((c) => context.has(c));
  if (inContext.length === 0) inContext = candidates.filter((c) => related.has(c));
  if (inContext.length === 1) return { entity: inContext[0] as string };
  const common = COMMON_ABBREVIATIONS.has(hit.char);
  if (
    candidates.length === 1 &&
    (hit.strong ||
      ((hit.rule === 'title' || hit.rule === 'says') && common) ||
      (hit.rule === 'preposition' && common && hit.char !== '中'))
  ) {
    return { entity: candidates[0] as string };
  }
  if (hit.strong) return { ambiguous: inContext.length > 1 ? inContext : [...candidates] };
  return null;
}

/** Words for "Europe and America", the West: 欧 there is Europe, not the EU it is beside China (中欧关系). */
const WEST = ['欧美', '美欧'];
/** Nouns that the segmenter may join to 欧美 in one word (欧美国家). */
const WEST_NOUN = /^(?:国家|各国|市场|地区)/;

/** What the region-pair rule reads of a sentence. */
export interface RegionPairText {
  text: string;
  /** Whether no other name took position i. */
  free: (i: number) => boolean;
  /** The segmenter's word covering position i, as [start, end), or null. */
  tokenAt: (i: number) => [number, number] | null;
}

/**
 * Positions of the characters of 欧美 and 美欧 ("Europe and America"), with common countries' abbreviations after
 * them (欧美日), where the segmenter keeps the run apart from the words around it: each character is its own
 * mention there, 欧 being Europe. 欧 beside other characters is left to the diplomatic shorthand: 中欧 and 欧日 are
 * the EU's relations, 非 of 非法 and 拉 of 拉动 are no regions at all.
 */
export function findRegionPairs(s: RegionPairText): number[] {
  const { text, free, tokenAt } = s;
  const out: number[] = [];
  for (const w of WEST)
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 1)) {
      let j = i + 2;
      while (j < text.length && COMMON_ABBREVIATIONS.has(text[j] ?? '') && !'中华'.includes(text[j] ?? '')) j++;
      const first = tokenAt(i);
      // The longest run whose end is a word's end (欧美日等, not 欧美 of 欧美中 or 日 of 日益).
      while (j > i + 2 && tokenAt(j - 1)?.[1] !== j) j--;
      const last = tokenAt(j - 1);
      // Beside China's character (欧美中对话, 中美欧) it is the diplomatic shorthand's, 欧 being the EU.
      const next = tokenAt(j);
      const china = '中华'.includes(text[j] ?? '-') && (next === null || next[1] === j + 1);
      if (china || COMMON_ABBREVIATIONS.has(text[i - 1] ?? '')) continue;
      // 欧美国家 is often one word of the segmenter's: the pair still names Europe and America there.
      const wordEnds = last === null || last[1] === j || (j === i + 2 && WEST_NOUN.test(text.slice(j)));
      if ((first !== null && first[0] !== i) || !wordEnds) continue;
      let ok = true;
      for (let k = i; k < j; k++) ok &&= free(k);
      if (ok) for (let k = i; k < j; k++) out.push(k);
    }
  return out.sort((a, b) => a - b);
}
