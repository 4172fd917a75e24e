import { describe, expect, it } from 'vitest';
import { insideTyphoonName, spanNamesNothing } from '../src/nlp/rules/span-context.js';
import {
  divisionAfter,
  endsWithSiteWord,
  facilityAfterPlace,
  findNumberedFields,
  findPlaceShorthand,
  featureAfter,
  routeEndPlace,
  siteSpan,
  siteWordAt,
  streetAfter,
} from '../src/nlp/rules/places.js';
import { findRegionPairs } from '../src/nlp/rules/shorthand.js';
import { compassRegionAt } from '../src/nlp/rules/places.js';

const all = (): boolean => true;

describe('a street named after a place', () => {
  const noWords = (): null => null;

  it('is the length of the street word after the name (南京路, 南京西路, 玉林东街, 尼罗河大道)', () => {
    expect(streetAfter('上海南京路等商圈', 2, 4, all, noWords)).toBe(1);
    expect(streetAfter('张园地处南京西路历史文化风貌区', 4, 6, all, noWords)).toBe(2);
    expect(streetAfter('成都市高新区玉林东街105号院', 6, 8, all, noWords)).toBe(2);
    expect(streetAfter('机场路、尼罗河大道等', 4, 7, all, noWords)).toBe(2);
  });

  it('is none where the word starts another (路易斯安那州, 大街小巷, 路通, a city’s 大街上) or is taken', () => {
    expect(streetAfter('美国路易斯安那州', 0, 2, all, noWords)).toBe(0);
    expect(streetAfter('香港大街小巷张灯结彩', 0, 2, all, noWords)).toBe(0);
    expect(streetAfter('广西路通观念变', 0, 2, all, noWords)).toBe(0);
    expect(streetAfter('在渥太华大街上行走', 1, 4, all, noWords)).toBe(0);
    expect(streetAfter('上海南京路', 2, 4, (i) => i !== 4, noWords)).toBe(0);
    // A name the segmenter reads inside a word before it (今天 of 今天水路) names no street.
    expect(streetAfter('今天水路', 1, 3, all, (i) => (i < 2 ? [0, 2] : [2, 4]))).toBe(0);
  });
});

describe('named sites built on a place name', () => {
  it('extends a place over a site word after it', () => {
    expect(siteSpan('降落在漳河水库', 3, 5, all)).toEqual({ start: 3, end: 7 });
    expect(siteSpan('里斯本国际机场', 0, 3, all)).toEqual({ start: 0, end: 7 });
    expect(siteWordAt('雅砻江流域', 3)).toBe('流域');
  });

  it('extends a place over an exhibition centre, a high-tech zone or a high-speed station named after it', () => {
    expect(siteSpan('在深圳国际会展中心举行', 1, 3, all)).toEqual({ start: 1, end: 9 });
    expect(siteSpan('在香港会议展览中心开幕', 1, 3, all)).toEqual({ start: 1, end: 9 });
    expect(siteSpan('重庆高新区启动消费节', 0, 2, all)).toEqual({ start: 0, end: 5 });
    expect(siteSpan('抵达长沙高铁南站', 2, 4, all)).toEqual({ start: 2, end: 8 });
  });

  it('takes a direction before and 州 or 省 after, unless the direction is taken or 州 starts a word', () => {
    expect(siteSpan('控制了南达尔富尔州首府', 4, 8, all)).toEqual({ start: 3, end: 9 });
    expect(siteSpan('控制了南达尔富尔州首府', 4, 8, (i) => i !== 3)).toBeNull();
    expect(siteSpan('澳大利亚新南威尔士州', 6, 9, all)).toEqual({ start: 4, end: 10 });
    expect(siteSpan('美国州长', 0, 2, all)).toBeNull();
    expect(siteSpan('东美国州长', 1, 3, all)).toBeNull();
    expect(siteSpan('达尔富尔州', 0, 4, all)).toBeNull();
  });

  it("extends a place, not a country, over a hub's, lock's, dam's, power station's or gas field's word", () => {
    expect(siteSpan('三峡船闸通过船舶', 0, 2, all, true)).toEqual({ start: 0, end: 4 });
    expect(siteSpan('广西大藤峡水利枢纽工程', 2, 5, all, true)).toEqual({ start: 2, end: 9 });
    expect(siteSpan('中国电站', 0, 2, all, false)).toBeNull();
    // A site already is the site (卡霍夫卡水电站 + 大坝: the power station's dam).
    expect(siteSpan('卡霍夫卡水电站大坝', 0, 7, all, true)).toBeNull();
  });

  it('extends a place over 大桥 or 隧道 only where the name starts with the place', () => {
    expect(siteSpan('甘肃兰州黄河大桥', 4, 6, (i) => i >= 4, true)).toEqual({ start: 4, end: 8 });
    expect(siteSpan('、华南大桥已恢复通行', 1, 3, all, true)).toEqual({ start: 1, end: 5 });
    // 常泰长江大桥: the bridge's name starts before the river's.
    expect(siteSpan('常泰长江大桥', 2, 4, all, true)).toBeNull();
  });

  it('leaves a place alone before other words', () => {
    expect(siteSpan('太湖边的村庄', 0, 2, all)).toBeNull();
    expect(siteWordAt('太湖边', 2)).toBeNull();
  });

  it('tells a name ending in a site word (志贺核电站), not the site word alone', () => {
    expect(endsWithSiteWord('志贺核电站')).toBe(true);
    expect(endsWithSiteWord('核电站')).toBe(false);
    expect(endsWithSiteWord('国家电网')).toBe(false);
  });
});

describe('place shorthand (京津冀, 港澳, 在京)', () => {
  const PLACE = new Set('京津冀沪港澳川渝苏宁青'.split(''));
  const COUNTRY = new Set('澳新'.split(''));
  /** Hits in a text segmented as the given words. */
  const hits = (words: string[], isWord: (w: string) => boolean = () => false): Array<[string, string]> => {
    const text = words.join('');
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const w of words) {
      spans.push([at, at + w.length]);
      at += w.length;
    }
    return findPlaceShorthand({
      text,
      free: () => true,
      isPlaceAbbr: (ch) => PLACE.has(ch),
      isCountryAbbr: (ch) => COUNTRY.has(ch),
      tokenAt: (i) => spans.find(([s, e]) => s <= i && i < e) ?? null,
      pairAt: (i) => isWord(text.slice(i, i + 2)),
    }).map((h) => [text[h.at] ?? '', h.rule]);
  };

  it('splits a run of abbreviations that stands as words of its own', () => {
    expect(hits(['京津冀', '签订', '协议'])).toEqual([
      ['京', 'place-compound'],
      ['津', 'place-compound'],
      ['冀', 'place-compound'],
    ]);
    expect(hits(['港澳', '同胞'])).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
  });

  it('leaves a run inside a longer word, a run of repeated characters, and a run of country abbreviations', () => {
    expect(hits(['京津冀协同', '发展'])).toEqual([]);
    expect(hits(['港澳青年'], (w) => w === '青年')).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
    expect(hits(['港澳', '青年'], (w) => w === '青年')).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
    expect(hits(['港澳同胞'], (w) => w === '同胞')).toEqual([
      ['港', 'place-compound'],
      ['澳', 'place-compound'],
    ]);
    // Not the run's last character where it starts a word of its own (京津冀|青少年: no Qinghai).
    expect(hits(['京津冀', '青少年'], (w) => w === '少年')).toEqual([
      ['京', 'place-compound'],
      ['津', 'place-compound'],
      ['冀', 'place-compound'],
    ]);
    expect(hits(['川川'])).toEqual([]);
    expect(hits(['京津', '公路'])).toEqual([]);
    expect(hits(['澳新', '关系'])).toEqual([]);
  });

  it('reads 台 after a number or a demonstrative as a measure word (110台新能源汽车), and 晋京 as going to Beijing', () => {
    const PLACES = new Set('京晋台新'.split(''));
    const measure = (text: string): number[] =>
      findPlaceShorthand({
        text,
        free: () => true,
        isPlaceAbbr: (ch) => PLACES.has(ch),
        isCountryAbbr: () => false,
        tokenAt: (i) => [i, i + 1],
      }).map((h) => h.at);
    expect(measure('满载110台新能源汽车')).toEqual([]);
    expect(measure('这台新机组')).toEqual([]);
    expect(measure('推动台新合作')).toEqual([2, 3]);
    expect(
      findPlaceShorthand({
        text: '话剧晋京演出',
        free: () => true,
        isPlaceAbbr: (ch) => PLACES.has(ch),
        isCountryAbbr: () => false,
        tokenAt: (i) => [i, i + 1],
      }),
    ).toEqual([{ at: 3, rule: 'place-travel' }]);
  });

  it('reads 京, 沪 after a travel verb, and 港 only after 访, 来 or 赴', () => {
    expect(hits(['在京', '出席'])).toEqual([['京', 'place-travel']]);
    expect(hits(['赴', '沪', '考察'])).toEqual([['沪', 'place-travel']]);
    expect(hits(['来', '港', '访问'])).toEqual([['港', 'place-travel']]);
    expect(hits(['船舶', '离', '港'])).toEqual([]);
    expect(hits(['在', '京剧院'])).toEqual([]);
    expect(hits(['京', '出席'])).toEqual([]);
  });
});

describe('typhoon names', () => {
  it('tells positions inside a typhoon name from the text around it', () => {
    const text = '受台风“苏拉”影响，苏拉在江苏。';
    expect(insideTyphoonName(text, 4)).toBe(true);
    expect(insideTyphoonName(text, 5)).toBe(true);
    expect(insideTyphoonName(text, 10)).toBe(false);
    expect(insideTyphoonName('台风杜苏芮过境', 2)).toBe(true);
  });
});

describe('oil and gas fields named by a block number', () => {
  const places = new Set(['曹妃甸', '锦州']);
  const fields = (text: string): string[] =>
    findNumberedFields(text, (s) => places.has(s)).map(([s, e]) => text.slice(s, e));

  it('spans the two characters before the number, the number and the field word (群 included)', () => {
    expect(fields('深水大气田——宝岛21-1气田，恩平15-1油田群投产')).toEqual(['宝岛21-1气田', '恩平15-1油田群']);
    expect(fields('中海油的锦州9-3油田位于辽东湾')).toEqual(['锦州9-3油田']);
  });

  it("takes three characters where they are a place's name", () => {
    expect(fields('曹妃甸11-1油田')).toEqual(['曹妃甸11-1油田']);
    expect(fields('渤海渤中19-6气田')).toEqual(['渤中19-6气田']);
  });

  it('finds none without the field word or with no name before the number', () => {
    expect(fields('垦利6-1完成钻井，2024-2025年度凌汛期，跃进3-3井开钻')).toEqual([]);
    expect(fields('——21-1气田')).toEqual([]);
  });
});

describe('the end of a route', () => {
  it('is the place alone after 至 (大理至瑞丽铁路 → 瑞丽, 吐鲁番至中卫段 → 中卫)', () => {
    const text = '大理至瑞丽铁路和吐鲁番至中卫段';
    expect(text.slice(3, routeEndPlace(text, 3, 7))).toBe('瑞丽');
    expect(text.slice(12, routeEndPlace(text, 12, 15))).toBe('中卫');
  });

  it('stays the whole name elsewhere, or where less than two characters would be left', () => {
    expect(routeEndPlace('金甬铁路全长', 0, 4)).toBe(4);
    expect(routeEndPlace('北京至京段', 3, 5)).toBe(5);
  });
});

describe('欧美 and 美欧 (Europe and America)', () => {
  /** The characters found in a text segmented as the given words. */
  const found = (words: string[], taken: number[] = []): string => {
    const text = words.join('');
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const w of words) {
      spans.push([at, at + w.length]);
      at += w.length;
    }
    return findRegionPairs({
      text,
      free: (i) => !taken.includes(i),
      tokenAt: (i) => spans.find(([s, e]) => s <= i && i < e) ?? null,
    })
      .map((i) => text[i])
      .join('');
  };

  it('reads the pair and common countries after it (欧美日等)', () => {
    expect(found(['适应', '欧美', '市场'])).toBe('欧美');
    expect(found(['美', '欧', '多国'])).toBe('美欧');
    expect(found(['欧美', '日', '等'])).toBe('欧美日');
    expect(found(['欧美', '日益'])).toBe('欧美');
    expect(found(['一些', '欧美国家', '阻碍'])).toBe('欧美');
  });

  it('leaves it to the diplomatic shorthand beside China, and reads nothing inside longer words or taken names', () => {
    expect(found(['推动', '欧美', '中', '对话'])).toBe('');
    expect(found(['中', '美欧', '三方'])).toBe('');
    expect(found(['欧美同学会'])).toBe('');
    expect(found(['欧美', '同学会'], [0, 1, 2, 3, 4])).toBe('');
  });
});

describe('facilities named after the place they are in', () => {
  const COMMON = new Set(['两大', '人民', '国家级', '变电站', '推出']);
  /** The facility after the place that ends at `end` in a text segmented as the given words. */
  const facility = (words: string[], end: number, taken: number[] = []): string | null => {
    const text = words.join('');
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const w of words) {
      spans.push([at, at + w.length]);
      at += w.length;
    }
    const to = facilityAfterPlace(
      {
        text,
        free: (i) => !taken.includes(i),
        wordStartsAt: (i) => spans.some(([s]) => s === i),
        wordsIn: (from, until) => spans.filter(([s, e]) => s >= from && e <= until),
        isCommonWord: (w) => COMMON.has(w),
      },
      end,
    );
    return to === null ? null : text.slice(end, to);
  };

  it('reads a name of its own and the head noun (青海 + 哇让抽水蓄能电站, 古浪县 + 八步沙林场)', () => {
    expect(facility(['青海', '哇', '让', '抽水蓄能电站', '开工'], 2)).toBe('哇让抽水蓄能电站');
    expect(facility(['古浪县', '八步', '沙', '林场', '的'], 3)).toBe('八步沙林场');
  });

  it('reads no count, ordinary word or determiner as a name (两大机场, 人民公园, 一座核电站, 等地机场)', () => {
    expect(facility(['北京', '两大', '机场'], 2)).toBeNull();
    expect(facility(['南宁市', '人民', '公园'], 3)).toBeNull();
    expect(facility(['美国', '一座', '核电站'], 2)).toBeNull();
    expect(facility(['南昌', '等', '地', '机场'], 2)).toBeNull();
  });

  it('reads no head noun inside a longer one (北京东变电站), no name taken by another, no company that runs it', () => {
    expect(facility(['北京', '东', '变电站'], 2)).toBeNull();
    expect(facility(['青海', '哇', '让', '水电站'], 2, [3])).toBeNull();
    expect(facility(['新疆', '塔里', '木', '油田', '公司'], 2)).toBeNull();
  });
});

describe('a division word after a place name', () => {
  /** Whether the division word at `end` joins the place, in a text segmented as the given words. */
  const joins = (words: string[], end: number, taken: number[] = []): boolean => {
    const text = words.join('');
    const spans: Array<[number, number]> = [];
    let at = 0;
    for (const w of words) {
      spans.push([at, at + w.length]);
      at += w.length;
    }
    return divisionAfter(
      text,
      end,
      (i) => !taken.includes(i),
      (i) => spans.find(([s, e]) => s <= i && i < e) ?? null,
    );
  };

  it('joins when it stands alone or ends the word of the name (休斯敦市, 敖德萨州, 基辅市市长)', () => {
    expect(joins(['休斯敦', '市', '发生'], 3)).toBe(true);
    expect(joins(['敖德萨州', '遭'], 3)).toBe(true);
    expect(joins(['基辅', '市', '市长'], 2)).toBe(true);
    expect(joins(['基辅州', '、', '敖德萨州'], 2)).toBe(true);
  });

  it('does not join where it starts another word, a list of levels, or is taken (莫斯科市长, 福建市、县)', () => {
    expect(joins(['莫斯科', '市长'], 3)).toBe(false);
    expect(joins(['阿勒颇', '市中心'], 3)).toBe(false);
    expect(joins(['福建', '市', '、', '县'], 2)).toBe(false);
    expect(joins(['休斯敦', '市'], 3, [3])).toBe(false);
    expect(joins(['休斯敦', '港'], 3)).toBe(false);
  });
});

describe('a feature or site named after a place', () => {
  const spans = (words: string[]): ((i: number) => [number, number] | null) => {
    const list: Array<[number, number]> = [];
    let at = 0;
    for (const w of words) {
      list.push([at, at + w.length]);
      at += w.length;
    }
    return (i) => list.find(([s, e]) => s <= i && i < e) ?? null;
  };

  it('is a head noun standing alone or ending the word of the name (天津港, 苏丹港, 长白山, 唐山站)', () => {
    expect(featureAfter('天津港启运', 2, () => true, spans(['天津', '港', '启运']))).toBe(true);
    expect(featureAfter('苏丹港发表', 2, () => true, spans(['苏丹港', '发表']))).toBe(true);
    expect(featureAfter('长白山开展', 2, () => true, spans(['长白', '山', '开展']))).toBe(true);
    expect(featureAfter('唐山站线路', 2, () => true, spans(['唐山', '站', '线路']))).toBe(true);
  });

  it('is none where the head noun starts another word or is taken (黑海港口, 港澳, 吕梁山区, 站在)', () => {
    expect(featureAfter('黑海港口', 2, () => true, spans(['黑海', '港口']))).toBe(false);
    expect(featureAfter('福建港澳', 2, () => true, spans(['福建', '港澳']))).toBe(false);
    expect(featureAfter('吕梁山区', 2, () => true, spans(['吕梁', '山区']))).toBe(false);
    expect(featureAfter('北京站在', 2, () => true, spans(['北京', '站在']))).toBe(false);
    expect(featureAfter('中国站在一起', 2, () => true, spans(['中国', '站', '在一起']))).toBe(false);
    expect(featureAfter('天津港', 2, (i) => i !== 2, spans(['天津', '港']))).toBe(false);
    // A leg of a series of games or of a torch relay held in the place (跳水世界杯西安站, 火炬传递成都站).
    expect(featureAfter('跳水世界杯西安站落幕', 7, () => true, spans(['跳水', '世界杯', '西安', '站', '落幕']))).toBe(
      false,
    );
    expect(featureAfter('火炬传递成都站启动', 6, () => true, spans(['火炬', '传递', '成都', '站', '启动']))).toBe(
      false,
    );
    expect(featureAfter('天津市', 2, () => true, spans(['天津', '市']))).toBe(false);
  });
});

describe('海湾: the Gulf or a bay of any coast', () => {
  const bay = (text: string): boolean =>
    spanNamesNothing(text, text.indexOf('海湾'), text.indexOf('海湾') + 2, 'place');

  it('is no name in the words of coastal policy (美丽海湾建设, 重点海湾, 283个海湾, 海湾型城市)', () => {
    expect(bay('推进美丽海湾建设。')).toBe(true);
    expect(bay('重点湖泊、重点海湾全面排查。')).toBe(true);
    expect(bay('全国283个海湾中，水质改善。')).toBe(true);
    expect(bay('指导海湾型城市生态保护。')).toBe(true);
  });

  it('stays the Gulf before its states, wars and crises, and where nothing says otherwise', () => {
    expect(bay('沙特代表6个海湾国家发言。')).toBe(false);
    expect(bay('纪念海湾战争７周年。')).toBe(false);
    expect(bay('美国驻海湾的军舰多次骚扰伊朗船只。')).toBe(false);
    expect(bay('海合会成为中东海湾最具活力的地区组织。')).toBe(false);
  });
});

describe('a bare compass word the recognizer reads as a place', () => {
  const at = (text: string, word: string, freeBefore = true): string | null | undefined => {
    const i = text.indexOf(word);
    return compassRegionAt(text, i, i + word.length, freeBefore);
  };

  it("is China's region of that name (寒潮给东北多地带来暴雪, 东北三省, 东北部分地区, 华北东北地区)", () => {
    expect(at('寒潮给东北多地带来暴雪', '东北')).toBe('place:northeast-china');
    expect(at('东北三省及内蒙古', '东北')).toBe('place:northeast-china');
    expect(at('东北部分地区迎来强降雨', '东北')).toBe('place:northeast-china');
    expect(at('加快西北风电光伏', '西北')).toBe('place:northwest-china');
    expect(at('华北东北地区', '东北', false)).toBe('place:northeast-china');
  });

  it('is a direction, a part of the place before it or of another name, or no region of its own', () => {
    expect(at('村东北2.5公里处', '东北')).toBeNull();
    expect(at('位于首都东南五十公里处', '东南')).toBeNull();
    expect(at('湖南西北三市十二县', '西北', false)).toBeNull();
    expect(at('野生东北虎增长', '东北')).toBeNull();
    expect(at('美国西南航空', '西南', false)).toBeNull();
    expect(at('西北风足有五六级', '西北')).toBeNull();
    expect(at('在东南沿海', '东南')).toBeUndefined();
    expect(at('在华北平原', '华北')).toBeUndefined();
  });
});
