// What the words around a recognizer's name say it is not: the model reads a few kinds of names that are none of
// our types as people or places, and cuts them short (玲龙 of the reactor 玲龙一号, 常泰 of 常泰长江大桥, 杜苏 of the
// typhoon 杜苏芮). Read from its top unlinked names over 新闻联播 2022–2024.

/**
 * A numbered craft, rocket, satellite or reactor (玲龙一号, 鹊桥二号, 谷神星一号), not a metro line, a building or a unit
 * of a plant (一号线, 十号楼, 二号高炉).
 */
const NUMBERED = /^[一二三四五六七八九十百零〇]+号(?![线楼厅院馆门井仓]|高炉|机组|车间)/;

/** Names that end like an address or a plant take house and unit numbers (建国路九十九号, 武钢炼铁厂二号高炉). */
const NUMBERED_OK_END = new Set('路街道巷里村区厂矿站港场'.split(''));

/** Heads of bridge names (常泰长江大桥, 龙潭长江大桥): what comes before them is a place, not a person or organization. */
const BRIDGE = /^(?:长江|黄河|跨海|铁路|公路)?大桥/;

/** A party congress's short form by its number (十八大, 二十大). */
const CONGRESS = /^[一二三四五六七八九十]+大$/;

/**
 * Bodies other than the CPC whose congresses the press numbers the same way (中国工会十八大, 共青团十九大, 农工党十七大,
 * 致公党十六大, 民革十四大, 越共十四大): their congress, not the CPC's of that number.
 */
const OTHER_BODY =
  /(?:工会|共青团|团|民革|民盟|民建|民进|农工党|致公党|九三学社|台盟|妇女|妇联|侨联|文联|作协|科协|工商联|学联|青联|越共|老党|劳动党|革命党)$/;

/** Second characters of words of 共 "jointly" (共同, 共享, 共建, 共庆, 共谋 …). */
const JOINT = /^[同享建庆度话谋商筑绘叙担育赢迎襄促创]$/;

/**
 * Typhoon, hurricane and storm names are written after 台风, 飓风, 风暴 or 气旋, often quoted (台风“杜苏芮”, 飓风“海伦妮”,
 * 气旋风暴“穆查”): they are neither people nor places.
 */
const TYPHOON = /(?:台风|飓风|风暴|气旋)[“"「]?$/;

/**
 * A ship, craft or weapon named in quotes (“泰坦尼克”号, “金科·皮卡第”号货船, “和平方舟”号, a freighter “天惠”轮,
 * “萨尔马特”导弹, “海马斯”火箭炮 is 火箭): the name is none of ours.
 */
const QUOTED_CRAFT =
  /^[”"」』’](?:号(?!召)|轮|(?:洲际|弹道|巡航|高超音速)?导弹|火箭|战斗机|战机|轰炸机|无人机|直升机|坦克|(?:步兵)?战车|装甲车|防空系统|导弹系统|飞船|卫星|探测器|航母|驱逐舰|护卫舰|登陆舰|(?:核)?潜艇|(?:集装箱)?货船|游轮)/;

/** What opens and closes a quoted name (People's Daily of 1998 quotes inside a quotation with ‘’: ‘长城’号). */
const OPEN_QUOTE = /[“"「『‘]/;
const CLOSE_QUOTE = /[”"」』’]/;

/**
 * Whether a name starting right after an opening quote lies inside a quoted ship's, craft's or weapon's name
 * (“澳门科学一号”卫星, “伊丽莎白女王”号航母, “萨勒曼”火箭, “布雷德利”步兵战车, “厄尔布尔士”号): the guide counts no name
 * inside another kind of name. The quote closes within 16 characters of the name's start.
 */
export function insideCraftName(text: string, start: number, end: number): boolean {
  if (!OPEN_QUOTE.test(text[start - 1] ?? '')) return false;
  const stop = Math.min(text.length, start + 16);
  for (let q = end; q < stop; q++) {
    const ch = text[q] ?? '';
    if (CLOSE_QUOTE.test(ch)) return QUOTED_CRAFT.test(text.slice(q, q + 7));
    if (OPEN_QUOTE.test(ch)) return false;
  }
  return false;
}

/**
 * A feature of the Moon or Mars written after the body (月球南极, 月球背面南极-艾特肯盆地, 火星表面的乌托邦平原): celestial,
 * none of our types, whatever the recognizer or the dictionaries read there (Antarctica, a person 艾特肯).
 */
const ON_CELESTIAL_BODY = /(?:月球|月面|火星)(?:背面|正面|表面|上)?的?(?:[南北]极[-－—]?)?$/;

/** Whether a name starting at text[start] is a feature of the Moon or Mars (月球南极, 月球背面南极-艾特肯盆地). */
export function onCelestialBody(text: string, start: number): boolean {
  return ON_CELESTIAL_BODY.test(text.slice(Math.max(0, start - 10), start));
}

/**
 * Whether a place at text[start, end) is the end of a direction before 海域 (台岛以东海域, 菲律宾以南海域, 台岛西南海域:
 * the waters east of, south-west of), not the East or South China Sea, nor a place 西南海.
 */
function compassWaters(text: string, start: number, end: number): boolean {
  if (text[end] !== '域' || !/^[东南西北]{1,2}海$/.test(text.slice(start, end))) return false;
  return end - start === 3 || /[以东南西北]/.test(text[start - 1] ?? '');
}

/** A spacecraft or instrument named after a person (爱因斯坦探针卫星): the person's name is the craft's. */
const NAMED_CRAFT = /^(?:探针|卫星|探测器|望远镜)/;

/** What follows a language's or script's name (西班牙语版, 朝鲜文、蒙古文等), unlike 文化, 文物 or 文明 after a country. */
const LANGUAGE_NEXT = new Set([...'、，。；：）)》”版等及和与向']);

/**
 * A genre, a game, a way of speaking or a knot named after a country (中国画, 云横苍岭（中国画）, 日常中国话, 中国象棋,
 * 中国结 before a separator or as decoration: not 与中国结缘, 同中国结下了友谊), not a
 * painter, an academy, a magazine or a picture (中国画家代表团, 中国画院, 中国画报, 美丽中国画卷), drama or discourse (中国话剧, 中国话语).
 */
const GENRE = /^(?:画(?![家院报廊卷面像册作展])|话(?![剧语题])|象棋|结(?:[、，。；）)”与等]|装饰|点亮))/;

/**
 * Whether a country's or place's name ending at `end` is the name of an ethnic group (蒙古族, 朝鲜族, 俄罗斯族: China's
 * Mongols, Koreans and Russians, in lists of officials and stories of minorities) or of a language or script (蒙古文、
 * 朝鲜文 in the list of editions in minority scripts, 西班牙语版), or of a genre (中国画, 中国话, 中国象棋; see GENRE): no
 * mention of the country.
 */
export function namesPeopleOrLanguage(text: string, end: number): boolean {
  const next = text[end];
  if (next === '族' || GENRE.test(text.slice(end, end + 3))) return true;
  if (next !== '文' && next !== '语') return false;
  const after = text[end + 1];
  return after === undefined || LANGUAGE_NEXT.has(after);
}

/** Whether text[start] opens the name of a typhoon (台风“苏拉”, 台风杜苏芮): no name inside it is a mention. */
export function afterTyphoon(text: string, start: number): boolean {
  return TYPHOON.test(text.slice(Math.max(0, start - 3), start));
}

/** A typhoon's or storm's name in quotes after 台风 (台风“苏拉”, 气旋风暴“穆查”, 冬季风暴“埃利奥特”). */
const QUOTED_TYPHOON = /(?:台风|飓风|风暴|气旋)[“"「]([^”"」]{1,8})[”"」]/g;

/** Whether position `at` lies inside a quoted typhoon's name, or a name starting there follows 台风 (台风杜苏芮). */
export function insideTyphoonName(text: string, at: number): boolean {
  if (afterTyphoon(text, at)) return true;
  const from = Math.max(0, at - 12);
  for (const m of text.slice(from, at + 10).matchAll(QUOTED_TYPHOON)) {
    const start = from + (m.index ?? 0) + m[0].length - (m[1] ?? '').length - 1;
    if (at >= start && at < start + (m[1] ?? '').length) return true;
  }
  return false;
}

/**
 * The names an article gives its storms in quotes (飓风“米尔顿”, 台风“杜苏芮”): no person, place or organization wherever
 * the article repeats them (受“米尔顿”影响, where no 飓风 stands before the quotes).
 */
export function stormNames(texts: readonly string[]): ReadonlySet<string> {
  const names = new Set<string>();
  for (const t of texts) for (const m of t.matchAll(QUOTED_TYPHOON)) if (m[1] !== undefined) names.add(m[1]);
  return names;
}

/**
 * Idioms whose place is a figure of speech (生命重于泰山 "weightier than Mount Tai", 不识庐山真面目) or no place at all
 * (万象更新 "everything renewed", not Vientiane), and a sport named after a region (北欧两项, Nordic combined).
 */
const PLACE_IDIOMS = [
  '重于泰山',
  '稳如泰山',
  '安如泰山',
  '泰山压顶',
  '有眼不识泰山',
  '泰山北斗',
  '庐山真面目',
  '万象更新',
  '包罗万象',
  '北欧两项',
  // 长城 as a figure of speech (防护林的绿色长城, 人民军队是钢铁长城), not the Great Wall.
  '绿色长城',
  '钢铁长城',
  // 海口 of a river's mouth (长江入海口, 便捷出海口, 淮河入江口: no Jiangkou) and 海城市 of coastal cities (沿海城市): no
  // Haikou, no Haicheng.
  '入海口',
  '出海口',
  '入江口',
  '沿海城市',
  // Compound fertiliser (有机复合肥, 北丰复合肥厂), a figure of speech for divided water management (九龙治水), and an old
  // cypress forest (古柏林): no Hefei, Kowloon or Berlin.
  '复合肥',
  '九龙治水',
  '古柏林',
  // A mosaic (图像马赛克, 马赛克拼贴): no Marseille; weeds growing (只长野草不见粮): no Nagano; feelings turned into
  // deeds (情怀化为行动): no Huaihua.
  '马赛克',
  '长野草',
  '情怀化',
  // Developing a county by some means (科教兴县, 科普兴县战略): no Xing County of Shanxi.
  '科教兴县',
  '科普兴县',
  '科技兴县',
  '工业兴县',
  '农业兴县',
  '旅游兴县',
  '人才兴县',
  // A host city of games (亚运城市志愿者, 奥运城市) or the games' village (亚运城): no Yuncheng.
  '亚运城市',
  '奥运城市',
  '全运城市',
  '亚运城',
  // A melon (哈密瓜), a man (拉萨尔, Lassalle), an idiom (通江达海 "reaching rivers and seas") and 应 ending a word before
  // 城市 (适应城市, 供应城市): no Hami, Lhasa, Tongjiang or Yingcheng.
  '哈密瓜',
  '拉萨尔',
  '通江达海',
  ...[...'适供响对相顺反效呼'].flatMap((c) => [`${c}应城市`, `${c}应城乡`, `${c}应城镇`]),
  // A building's door (商厦门前, 大厦门口): no Xiamen.
  '商厦门',
  '大厦门',
  // A hamburger, artificial bird's nests and a slogan (兴县富民 "make the county thrive"): no Hamburg, no National
  // Stadium, no Xing County.
  '汉堡包',
  '人工鸟巢',
  '兴县富民',
  // Everything starting anew (万象启新篇), not understanding much (不大理解) and the Tōkaidō (东海道新干线, a Japanese
  // railway): no Vientiane, Dali or East China Sea.
  '万象启新',
  '不大理解',
  '东海道',
  // The forests of the north-east and north-west (东北林区, 西北林区): no Beilin District of Suihua; an old ship found at
  // the Yangtze's mouth, named after it (长江口二号古船): no Yangtze.
  '东北林区',
  '西北林区',
  '长江口二号',
  // An archaeological culture named after its first site (红山文化) and a school of thought named after its city
  // (法兰克福学派): no place of today.
  '红山文化',
  '法兰克福学派',
];
/** Idioms that end a clause (祖国大地万象新。, 新春万象新、): before another character, 万象新城 would be Vientiane's. */
const PLACE_IDIOMS_AT_END = ['万象新'];

/** Where the idiom written around text[start, end) starts, if it is written there. */
function idiomStart(text: string, start: number, name: string, idiom: string): number | null {
  const at = idiom.indexOf(name);
  return at >= 0 && at <= start && text.startsWith(idiom, start - at) ? start - at : null;
}

/** Places whose name is also a Tibetan given name (洛桑, Lobsang: Lausanne). */
const TIBETAN_GIVEN = new Set(['洛桑']);
/** How the next syllable of a Tibetan name starts (洛桑江村, 洛桑灵智多杰, 洛桑达娃, 洛桑赤耐, 洛桑图旦, 洛桑坚赞 …). */
const TIBETAN_NEXT = new Set(
  '江灵达赤久图克汤坚次丹顿平扎旺群尼嘉曲卓央加格贡益罗强索拉白土晋多朗才仁巴泽桑玉阿'.split(''),
);

/**
 * Whether a place's name at text[start, end) starts a Tibetan person's name (洛桑灵智多杰, 洛桑江村, 阿嘉·洛桑图旦):
 * Lobsang, not Lausanne (瑞士洛桑, 在洛桑表示, 洛桑国际奥委会总部).
 */
export function startsTibetanName(text: string, start: number, end: number): boolean {
  return TIBETAN_GIVEN.has(text.slice(start, end)) && (TIBETAN_NEXT.has(text[end] ?? '') || text[start - 1] === '·');
}

/** People a dictionary holds whose name is also a word, and the words around it that make it the word. */
const PERSON_WORDS = new Map<string, { before: RegExp; after: RegExp }>([
  // 汪洋 "a vast ocean" (一片汪洋, 汪洋大海, 汪洋中的小木屋), not Wang Yang.
  ['汪洋', { before: /(?:一片|这|的|成了|成为)[“"]?$/, after: /^(?:大海|中|之中|浩瀚|巨|恣肆|一片|般)/ }],
]);

/**
 * What after a person's name makes it a prize's or a trophy's name (曹禺戏剧评论奖, 茅盾文学奖, 诺贝尔和平奖, 苏迪曼杯), or
 * a theorem's or an effect's (哥德巴赫猜想, 费马大定理, 霍尔效应): the guide counts no name inside another kind of name.
 * Not 奖励 "to reward" nor 奖金 "prize money" given someone.
 */
const PRIZE_AFTER =
  /^(?:(?:文学|戏剧|评论|剧本|和平|科学|科技|音乐|表演|艺术|新闻|电影|青年|国际|教育|化学|物理|经济学|医学|生理学或医学)*奖(?![励金品])|杯(?:赛|决赛|半决赛)?|(?:大)?(?:猜想|定理|定律|效应|方程)(?![式]))/;

/** Words of a route's or a facility's name (沈白高铁, 连霍高速, 圭嘎拉隧道, 戴高乐机场). */
const ROUTE_WORDS = '高铁|高速|铁路|城际|客专|隧道|机场';
/** Such a word after a name, which makes the name the route's. */
const ROUTE_AFTER = new RegExp(`^(?:${ROUTE_WORDS})`);
/** Such a word ending a span the recognizer read as a person's name. */
const ROUTE_END = new RegExp(`(?:${ROUTE_WORDS})$`);

/**
 * Whether a person's name ending at `end` starts the name of a prize (曹禺戏剧评论奖, 诺贝尔奖), a route or a facility
 * (沈白高铁, 连霍高速, 戴高乐机场: the recognizer reads a route's abbreviated ends as a name).
 */
export function namesPrizeOrRoute(text: string, end: number): boolean {
  return PRIZE_AFTER.test(text.slice(end, end + 12)) || ROUTE_AFTER.test(text.slice(end, end + 2));
}

/**
 * Whether a dictionary person's name at text[start, end) is the word it also is there (一片汪洋), or part of a prize's
 * name (曹禺戏剧评论奖).
 */
export function personWordAt(text: string, start: number, end: number): boolean {
  if (namesPrizeOrRoute(text, end)) return true;
  const word = PERSON_WORDS.get(text.slice(start, end));
  return (
    word !== undefined &&
    (word.before.test(text.slice(Math.max(0, start - 4), start)) || word.after.test(text.slice(end, end + 3)))
  );
}

/** What 舰 starts after a place when it is no ship's name (东海舰队, 舰艇, 舰载机). */
const NOT_SHIP_AFTER = /^舰[队艇载船长员机]/;

/**
 * Whether a place ending at `end` is the one a warship or a satellite series is named after (福建舰, 辽宁舰航母编队,
 * 扬州舰, 吉林一号): a name inside a craft's name, which the guide counts no mention.
 */
export function namesShip(text: string, end: number): boolean {
  if (text[end] === '舰') return !NOT_SHIP_AFTER.test(text.slice(end, end + 2));
  // A short name, not a division's full one (吉林省一号文件) nor a street's number (建国路九十九号).
  return !/[省市县区路街道巷弄里]/.test(text[end - 1] ?? '') && SATELLITE_AFTER.test(text.slice(end));
}

/**
 * A satellite series named after a place and numbered (吉林一号宽幅02B01星, 6颗吉林一号和4颗天启星座卫星); not a document's,
 * a line's or a pit's number (一号文件, 一号线, 兵马俑一号坑).
 */
const SATELLITE_AFTER = /^[一二三四五六七八九十]{1,3}号(?![线院楼路街文令坑])/;

/**
 * Whether a country or place ending at `end` opens a space station's name (中国空间站, the station Tiangong): a name
 * inside a craft's name, which the guide counts no mention; not 中国的空间站 or 中国载人空间站工程.
 */
export function namesStation(text: string, end: number): boolean {
  return text.startsWith('空间站', end);
}

/**
 * Animals named after a place or a country (长江江豚, 长江鲟, 海南长臂猿, 华北豹, 华南虎, 孟加拉虎, 天山马鹿, and after a
 * continent 亚洲象): not 豹子, nor 虎 where it starts a word or the next place's name (虎年, 龙腾虎跃, 东莞虎门, 苏州虎丘,
 * 黑龙江虎林), nor 象 after other places (广西象州, 浙江省象山县, 桂林象鼻山).
 */
const SPECIES_AFTER = /^(?:江豚|白鲟|鲟|长臂猿|金丝猴|马鹿|豹(?!子)|虎(?![门丘头山年林踞跃队城地跳溪啸威虎]))/;

/** What follows the brackets of a company's seat in its name (（北京）有限公司, （巴西）股份公司; not 中国（绵阳）科技城, a place). */
const COMPANY_AFTER = /^(?:有限|股份|投资|控股|集团|公司|实业)/;

/**
 * Whether a place or a country at text[start, end) fills brackets written inside a company's name (万事网联信息技术
 * （北京）有限公司, 美国国际集团（中国）投资有限公司): the seat is part of the name, no mention.
 */
function companySeat(text: string, start: number, end: number): boolean {
  return (
    /[（(]/.test(text[start - 1] ?? '') && /[）)]/.test(text[end] ?? '') && COMPANY_AFTER.test(text.slice(end + 1))
  );
}

/**
 * Whether a place or a country at text[start, end) is part of a name of another kind: an ethnic group, a language or a
 * genre (see namesPeopleOrLanguage), an animal's species (华南虎, 孟加拉虎), or a company's seat in brackets (see
 * companySeat), a model's number after it (“巴勒斯坦-2”型导弹), a credit's 摄 (（金华摄）: its author's name), a train's or a
 * ship's 号 (“长城号”) or a descent's 裔 (非洲裔美国人, 拉美裔: a people, no region). The guide
 * counts no mention of it there; nor where it is no name at all, but a day's 日 and 本 of "this" (see dayBefore).
 */
export function namesOtherKind(text: string, start: number, end: number): boolean {
  return (
    namesPeopleOrLanguage(text, end) ||
    // A species is named after a region of up to four characters (华南虎, 西伯利亚虎), not after a park whose animals
    // follow it (海南热带雨林国家公园长臂猿种群).
    (end - start <= 4 && SPECIES_AFTER.test(text.slice(end, end + 3))) ||
    companySeat(text, start, end) ||
    dayBefore(text, start) ||
    MODEL_NUMBER.test(text.slice(end, end + 4)) ||
    creditedName(text, start, end) ||
    VESSEL_AFTER.test(text.slice(end, end + 4)) ||
    (text[end] === '裔' && end - start >= 2)
  );
}

/** A train's or a ship's name made of a place and 号 (“长城号”, 天山号列车, 京张号): no place. */
const VESSEL_AFTER = /^号(?:[”"」]|列车|动车|专列|货轮|邮轮|客轮)/;

/**
 * A model's number after a name (“巴勒斯坦-2”型导弹, a Houthi missile): a weapon's or a product's name, no country; not a
 * year (“乌兹别克斯坦-2030”战略, a strategy whose country the guide counts), nor a figure of a table (南京－２．４).
 */
const MODEL_NUMBER = /^[-－‐–][0-9０-９]{1,2}[”"」型号]/;
/** What closes a photo or drawing credit after its author's name (（金华摄）, （李明摄影报道）, （赵炬绘）). */
const CREDIT_CLOSE = /^(?:摄影?|绘)(?:报道)?[）)]/;

/** Whether text[start, end) fills a credit's brackets before 摄 or 绘: the name is its author's (（金华摄）), no place. */
function creditedName(text: string, start: number, end: number): boolean {
  return /[（(]/.test(text[start - 1] ?? '') && CREDIT_CLOSE.test(text.slice(end, end + 5));
}

/**
 * Whether a place at text[start, end) is inside a fixed name of another kind: an idiom (see insidePlaceIdiom), an
 * elephant after a continent (亚洲象; the species after other places, 长江江豚, are namesOtherKind's), which the guide
 * counts no mention of the place, or a direction before 海域 (see compassWaters).
 */
export function placeInFixedName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 3);
  return (
    insidePlaceIdiom(text, start, end) ||
    namesBridge(text, start, end) ||
    compassWaters(text, start, end) ||
    (text[end - 1] === '洲' && after[0] === '象' && !/^象[征形棋牙]/.test(after))
  );
}

/** A word of 本 ("this") for a period or a round (本轮, 本周, 本次, 本届). */
const THIS_PERIOD = new Set('轮周次届场批期月'.split(''));

/** A number's last character before the 日 of a date (3日, ２５日, 二十日, 三〇日). */
const DATE_NUMERAL = /[0-9０-９〇一二三四五六七八九十]/;

/** Whether text[i] is the 日 that ends a date after its number (10月7日巴以冲突, ９月２５日大和银行): a day, no Japan. */
export function dayOfDate(text: string, i: number): boolean {
  return text[i] === '日' && DATE_NUMERAL.test(text[i - 1] ?? '');
}

/**
 * Whether a name starting with 日 at text[start] is a day's 日 after its number, followed by 本 of "this" (自7日本轮冲突以来:
 * 7日 + 本轮, no Japan).
 */
export function dayBefore(text: string, start: number): boolean {
  return dayOfDate(text, start) && text[start + 1] === '本' && THIS_PERIOD.has(text[start + 2] ?? '');
}

/** What a direction before it makes a wind's (西南暖湿气流, 东北季风, 西北风). */
const WIND_AFTER = /^(?:暖湿|干冷|冷|暖)?(?:气流|季风|风)/;

/** A bridge's word after the river or strait it crosses (常泰长江大桥, 乌海黄河特大桥, 赣江公铁大桥, 琼州海峡跨海大桥). */
const BRIDGE_AFTER = /^(?:公铁两用|公铁|跨海|跨江)?特?大桥/;

/** Function words a name may start right after (环境与|资源保护委员会, 在|长江大桥上). */
export const FUNCTION_BEFORE: ReadonlySet<string> = new Set([...'与和及的之在对从向为是了等各这那该其']);
/** Characters before a river that start no bridge's name with it: function words, and a crossing's (跨|长江大桥, 至, 、). */
const WORD_BEFORE = new Set([...FUNCTION_BEFORE, ...'跨至到经、']);

/**
 * Whether a place at text[start, end) is the river (or the strait) inside a bridge's name that starts before it
 * (燕矶长江大桥, 乌海黄河特大桥): a name inside another name, no mention of the river. A bridge named from the river on
 * (沙坪河特大桥, 兰州黄河大桥 after 兰州) is read whole as a site instead (see siteSpan in places.ts).
 */
export function namesBridge(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  return /\p{Script=Han}/u.test(before) && !WORD_BEFORE.has(before) && BRIDGE_AFTER.test(text.slice(end, end + 6));
}

/** Whether text[start, end) is the place of an idiom written around it (重于泰山): a figure of speech, no mention. */
export function insidePlaceIdiom(text: string, start: number, end: number): boolean {
  const name = text.slice(start, end);
  if (PLACE_IDIOMS.some((idiom) => idiomStart(text, start, name, idiom) !== null)) return true;
  return PLACE_IDIOMS_AT_END.some((idiom) => {
    const from = idiomStart(text, start, name, idiom);
    return from !== null && !/\p{Script=Han}/u.test(text[from + idiom.length] ?? '');
  });
}

/**
 * Words around 海湾 that make it a bay of any coast (美丽海湾建设, 重点湖泊、重点海湾, 河口海湾, 海湾型城市, 全国283个海湾)
 * rather than the Gulf (海湾国家, 驻海湾美军, 中东海湾): the press names no bay of its own so.
 */
const BAY_BEFORE = /(?:美丽|重点|河口|湖泊|蓝色|生态|[0-9０-９]个|从湖泊到|保护|打造更好的|优美)$/;
const BAY_AFTER = /^(?:建设|生态|环境|型|隧道|水质|为幕|治理|保护|整治|等排污)/;
/** What makes it the Gulf whatever comes before (6个海湾国家, 海湾战争). */
const GULF_AFTER = /^(?:国家|地区|阿拉伯|各国|战争|危机|局势)/;

/** Whether the recognizer's 海湾 is a bay of any coast by the words around it, not the Gulf. */
function genericBay(text: string, start: number, end: number): boolean {
  if (text.slice(start, end) !== '海湾' || GULF_AFTER.test(text.slice(end, end + 3))) return false;
  return BAY_BEFORE.test(text.slice(Math.max(0, start - 5), start)) || BAY_AFTER.test(text.slice(end, end + 3));
}

/**
 * How a satellite's, a rocket's, a ship's or a train's name ends (风云四号B星, 云海三号卫星, 鹊桥二号卫星, 驭星二号05星,
 * 复兴号动车组, “海峡号”, 东方红一号; a decree's number, 第二十五号, too), unlike an address (唐宁街10号, 友谊路１５０号).
 */
const CRAFT_END = /(?:卫星|[A-Za-z0-9０-９]星|动车组|实验舱|探测器|(?<![路街道巷弄苑里楼][0-9０-９]{1,5})号)$/;

/**
 * A count's 家 or 国 starting a name (16家铁路公司: 家铁路公司; 中亚五国开行量: no 国开行, the development bank). Not a
 * numeral and 家 at the start, which begin places too (五家渠市, 三家店); a count written so (三家物业公司) is in the
 * not-entities list.
 */
function countedBodies(text: string, start: number): boolean {
  const prev = text[start - 1] ?? '';
  if (text[start] === '家') return /[0-9０-９一二三四五六七八九十两几数多百千]/.test(prev);
  // Not 一 (统一国民党) nor 国际 after a year (2023国际棋联).
  return text[start] === '国' && text[start + 1] !== '际' && /[0-9０-９二三四五六七八九十两几数多]/.test(prev);
}

/** Words after a name that make it a weapon's (陆军战术导弹, 陆军战术导弹系统). */
const WEAPON_AFTER = /^(?:战术导弹|战术弹道导弹|导弹系统)/;

/**
 * Whether a name of `type` (person, place, organization) the recognizer found at text[start, end) is part of
 * something that is none of our entity types, by the words right before and after it.
 */
export function spanNamesNothing(text: string, start: number, end: number, type: string): boolean {
  const after = text.slice(end, end + 6);
  // The recognizer's place inside an idiom or a word (哈密瓜), as the dictionary's (see insidePlaceIdiom).
  if (type === 'place' && (insidePlaceIdiom(text, start, end) || namesBridge(text, start, end))) return true;
  // A direction of the wind (受西南暖湿气流影响, 西北风): no region.
  if (type === 'place' && /^[东西南北]{1,2}$/.test(text.slice(start, end)) && WIND_AFTER.test(after)) return true;
  // A craft's name or a kind of craft (太阳探测卫星) is none of our types.
  if ((type === 'place' || type === 'organization') && CRAFT_END.test(text.slice(start, end))) return true;
  if (NUMBERED.test(after) && !NUMBERED_OK_END.has(text[end - 1] ?? '')) return true;
  if ((type === 'person' || type === 'organization') && BRIDGE.test(after)) return true;
  if (type === 'person' && (NAMED_CRAFT.test(after) || namesPrizeOrRoute(text, end))) return true;
  // A route's name read whole as a person's (郑高铁 of 济郑高铁), or its abbreviated ends as a place's (龙龙高铁, 乌尉高速).
  if (type === 'person' && ROUTE_END.test(text.slice(start, end))) return true;
  if (type === 'place' && end - start === 2 && /^(?:高铁|高速)(?!站|服务区)/.test(after)) return true;
  // An army's branch naming a weapon (美制陆军战术导弹系统: ATACMS), not the branch.
  if (type === 'organization' && WEAPON_AFTER.test(after)) return true;
  // A street or avenue named after a body (开罗阿盟大街, 联合国大道) is a place of its own, not the body.
  if (type === 'organization' && /^大[街道]/.test(after)) return true;
  // Companies or countries counted (16家铁路公司, 中亚五国开行量): the count's 家 or 国 starts no name.
  if (type === 'organization' && countedBodies(text, start)) return true;
  // A ministry's name before 门 is departments of that kind (各地的人力资源社会保障部门, 商务部门), and before 署 the
  // 部 is the verb 部署's (建设部署 is 建设 + 部署, not the Ministry of Construction; it deploys as 建设部部署).
  if (type === 'organization' && text[end - 1] === '部' && (text[end] === '门' || text[end] === '署')) return true;
  // A party's short name ending in 共 before a word of 共 (中共同, 欢歌笑语中共庆佳节, 中越共同, 战斗中共打死, 其中共计): the 共
  // is the word's.
  if (
    type === 'organization' &&
    text[end - 1] === '共' &&
    (JOINT.test(text[end] ?? '') || /^(?:计(?!划)|打死)/.test(text.slice(end, end + 2))) &&
    !text.startsWith('建党', end)
  )
    return true;
  // A congress's short form after another body's name is that body's congress (工会十八大, 团十九大, 越共十四大).
  if (
    type === 'event' &&
    CONGRESS.test(text.slice(start, end)) &&
    OTHER_BODY.test(text.slice(Math.max(0, start - 6), start))
  )
    return true;
  // 最高法 before 院 is any country's supreme court (巴西联邦最高法院院长), not the short form of China's.
  if (type === 'organization' && text.slice(end - 3, end) === '最高法' && text[end] === '院') return true;
  // A party's name before 派 is parties of that kind (民主党派: China's eight democratic parties), not the party.
  if (type === 'organization' && text[end - 1] === '党' && text[end] === '派') return true;
  if ((type === 'place' || type === 'country') && namesOtherKind(text, start, end)) return true;
  if (type !== 'country' && onCelestialBody(text, start)) return true;
  if (type === 'place' && (placeInFixedName(text, start, end) || namesShip(text, end))) return true;
  if (type === 'place' && genericBay(text, start, end)) return true;
  const quoted = OPEN_QUOTE.test(text[start - 1] ?? '');
  // The recognizer may have taken the closing quote and 号 into the span (泰坦尼克”号).
  if (quoted && (insideCraftName(text, start, end) || /[”"」』]号$/.test(text.slice(start, end)))) return true;
  return afterTyphoon(text, start);
}
