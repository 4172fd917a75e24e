import { describe, expect, it } from 'vitest';
import {
  dayBefore,
  insideCraftName,
  insidePlaceIdiom,
  startsTibetanName,
  namesPrizeOrRoute,
  namesShip,
  placeInFixedName,
  personWordAt,
  spanNamesNothing,
} from '../src/nlp/rules/span-context.js';

/** spanNamesNothing for the first occurrence of `name` in `text`. */
const nothing = (text: string, name: string, type: string): boolean => {
  const at = text.indexOf(name);
  expect(at).toBeGreaterThanOrEqual(0);
  return spanNamesNothing(text, at, at + name.length, type);
};

describe('spanNamesNothing', () => {
  it("reads a place or a country in brackets inside a company's name as its seat (（北京）有限公司), not 中国（绵阳）科技城", () => {
    expect(nothing('万事网联信息技术（北京）有限公司宣布开业', '北京', 'place')).toBe(true);
    expect(nothing('德国博世（中国）投资有限公司总裁', '中国', 'country')).toBe(true);
    expect(nothing('第十一届中国（绵阳）科技城国际科技博览会', '绵阳', 'place')).toBe(false);
    expect(nothing('北京有限公司', '北京', 'place')).toBe(false);
  });

  it('reads a name before a number and 号 as part of a craft, rocket or reactor', () => {
    expect(nothing('全球首个商用小型核反应堆“玲龙一号”', '玲龙', 'person')).toBe(true);
    expect(nothing('鹊桥二号中继星发射成功', '鹊桥', 'place')).toBe(true);
    expect(nothing('谷神星一号遥八运载火箭', '谷神星', 'place')).toBe(true);
  });

  it('keeps a place before a metro line or a numbered building', () => {
    expect(nothing('成都一号线延长线开通', '成都', 'place')).toBe(false);
    expect(nothing('深圳十号楼竣工', '深圳', 'place')).toBe(false);
    expect(nothing('位于北京建国路九十九号的大厦', '建国路', 'place')).toBe(false);
    expect(nothing('武钢炼铁厂二号高炉大修', '武钢炼铁厂', 'organization')).toBe(false);
  });

  it("reads an army's branch before a missile as the weapon's name (美制陆军战术导弹系统), but keeps the branch elsewhere", () => {
    expect(nothing('美制陆军战术导弹系统', '陆军', 'organization')).toBe(true);
    expect(nothing('拦截两枚美制陆军战术导弹。', '陆军', 'organization')).toBe(true);
    expect(nothing('来自陆军的代表', '陆军', 'organization')).toBe(false);
  });

  it('reads a person or organization before a bridge as part of its name, but keeps a place', () => {
    expect(nothing('常泰长江大桥主航道桥合龙', '常泰', 'person')).toBe(true);
    expect(nothing('龙潭长江大桥通车', '龙潭', 'organization')).toBe(true);
    expect(nothing('南京长江大桥通车', '南京', 'place')).toBe(false);
  });

  it('reads a name after 台风 as a typhoon, quoted or not', () => {
    expect(nothing('今年第5号台风“杜苏芮”将登陆', '杜苏', 'person')).toBe(true);
    expect(nothing('受台风卡努影响', '卡努', 'person')).toBe(true);
  });

  it('keeps ordinary names', () => {
    expect(nothing('外长梅列多夫表示，双方一致同意', '梅列多夫', 'person')).toBe(false);
    expect(nothing('“王海大队”命名仪式', '王海', 'person')).toBe(false);
  });
});

describe('words around a name that make it no mention', () => {
  it('reads a place before 舰 as the name of a warship, but not before 舰队, 舰艇 or 舰载', () => {
    expect(namesShip('福建舰入列', 2)).toBe(true);
    expect(namesShip('辽宁舰航母编队', 2)).toBe(true);
    expect(namesShip('东海舰队', 2)).toBe(false);
    expect(namesShip('辽宁舰载机', 2)).toBe(false);
    expect(namesShip('福建省', 2)).toBe(false);
  });

  it("reads 海口 of a river's mouth, 海城市 of coastal cities and a figure's 长城 as no place", () => {
    expect(insidePlaceIdiom('长江入海口', 3, 5)).toBe(true);
    expect(insidePlaceIdiom('便捷出海口', 3, 5)).toBe(true);
    expect(insidePlaceIdiom('沿海城市的企业', 1, 4)).toBe(true);
    expect(insidePlaceIdiom('海口市举行', 0, 2)).toBe(false);
    expect(insidePlaceIdiom('筑起北疆绿色长城', 6, 8)).toBe(true);
    expect(insidePlaceIdiom('登上八达岭长城', 5, 7)).toBe(false);
  });

  it('reads no Hami in a melon, no Lhasa in Lassalle, no Yingcheng after 适应, no Xiamen at a building’s door', () => {
    expect(insidePlaceIdiom('千亩哈密瓜种植基地', 2, 4)).toBe(true);
    expect(insidePlaceIdiom('新疆哈密市举行', 2, 4)).toBe(false);
    expect(insidePlaceIdiom('机会主义的拉萨尔派', 5, 7)).toBe(true);
    expect(insidePlaceIdiom('通江达海的独特优势', 0, 2)).toBe(true);
    expect(insidePlaceIdiom('以适应城市现代生活的需要', 2, 5)).toBe(true);
    expect(insidePlaceIdiom('湖北应城市举行', 2, 5)).toBe(false);
    expect(insidePlaceIdiom('也出现在许多商厦门前', 7, 9)).toBe(true);
    // the recognizer's places too
    expect(nothing('千亩哈密瓜种植基地', '哈密', 'place')).toBe(true);
  });

  it('reads no Supreme People’s Court in another country’s supreme court (巴西联邦最高法院), while 最高法 stays', () => {
    expect(nothing('巴西联邦最高法院院长巴罗索', '最高法', 'organization')).toBe(true);
    expect(nothing('最高法知识产权法庭成立五年来', '最高法', 'organization')).toBe(false);
  });

  it('reads no river inside a bridge’s name (燕矶长江大桥, 乌海黄河特大桥), while the river stays elsewhere', () => {
    expect(nothing('江苏龙潭长江大桥成功合龙', '长江', 'place')).toBe(true);
    expect(nothing('包银高铁乌海黄河特大桥', '黄河', 'place')).toBe(true);
    expect(placeInFixedName('昌九高铁扬子洲赣江公铁大桥', 7, 9)).toBe(true);
    expect(placeInFixedName('长江大保护', 0, 2)).toBe(false);
    expect(nothing('长江沿岸城市', '长江', 'place')).toBe(false);
    // A bridge named from the river on is a site, read whole elsewhere; the river there is left to that rule.
    expect(nothing('广西：沙坪河特大桥顺利合龙', '沙坪河', 'place')).toBe(false);
    expect(nothing('走在长江大桥上', '长江', 'place')).toBe(false);
  });

  it('reads no region in a wind’s direction (西南暖湿气流), no country before a model’s number (“巴勒斯坦-2”) or in a credit (（金华摄）)', () => {
    expect(nothing('受西南暖湿气流影响，南方有雨', '西南', 'place')).toBe(true);
    expect(nothing('西南地区有雨', '西南', 'place')).toBe(false);
    expect(nothing('使用两枚“巴勒斯坦-2”型导弹', '巴勒斯坦', 'country')).toBe(true);
    expect(nothing('巴勒斯坦-以色列冲突', '巴勒斯坦', 'country')).toBe(false);
    expect(nothing('乌方出台“乌兹别克斯坦-2030”战略', '乌兹别克斯坦', 'country')).toBe(false);
    expect(nothing('南京－２．４－３．８－０．２', '南京', 'place')).toBe(false);
    expect(nothing('市民在广场游玩（金华摄）', '金华', 'place')).toBe(true);
    expect(nothing('（金华市供图）', '金华', 'place')).toBe(false);
  });

  it('reads no place in a train’s or ship’s name (“长城号”), a descent (非洲裔), a hamburger or a slogan (兴县富民)', () => {
    expect(nothing('“长城号”科考船', '长城', 'place')).toBe(true);
    expect(nothing('天山号列车开行', '天山', 'place')).toBe(true);
    expect(nothing('非洲裔美国人', '非洲', 'place')).toBe(true);
    expect(nothing('非洲国家', '非洲', 'place')).toBe(false);
    expect(insidePlaceIdiom('吃汉堡包', 1, 3)).toBe(true);
    expect(insidePlaceIdiom('淮河入江口首次', 3, 5)).toBe(true);
    expect(insidePlaceIdiom('科技兴县富民', 2, 4)).toBe(true);
    expect(insidePlaceIdiom('德国汉堡港', 2, 4)).toBe(false);
  });

  it('reads no CPC in 中 before 共计 or 共打死 (其中共计, 战斗中共打死), while 中共 stays', () => {
    expect(nothing('在战斗中共打死敌军', '中共', 'organization')).toBe(true);
    expect(nothing('其中共计三人', '中共', 'organization')).toBe(true);
    expect(nothing('中共计划', '中共', 'organization')).toBe(false);
  });

  it('reads no Japan in a day before 本 of "this" (7日本轮冲突), while 日本本周 stays', () => {
    expect(dayBefore('自7日本轮冲突以来', 2)).toBe(true);
    expect(dayBefore('十五日本周', 2)).toBe(true);
    expect(dayBefore('日本本周举行', 0)).toBe(false);
    expect(dayBefore('2023日本东京车展', 4)).toBe(false);
    expect(nothing('自7日本轮冲突以来', '日本', 'country')).toBe(true);
  });

  it('reads no Hefei in 复合肥, no Kowloon in 九龙治水, no Berlin in 古柏林, no Marseille in 马赛克, no China in the knot 中国结', () => {
    expect(insidePlaceIdiom('每年生产有机复合肥３万吨', 7, 9)).toBe(true);
    expect(insidePlaceIdiom('合肥市举行', 0, 2)).toBe(false);
    expect(insidePlaceIdiom('治理难在“九龙治水、各自为政”', 5, 7)).toBe(true);
    expect(insidePlaceIdiom('这片古柏林的延续', 3, 5)).toBe(true);
    expect(insidePlaceIdiom('这时会出现图像马赛克和刺耳的声响', 7, 9)).toBe(true);
    expect(insidePlaceIdiom('抵达法国马赛港', 4, 6)).toBe(false);
    expect(insidePlaceIdiom('只长野草不见粮', 1, 3)).toBe(true);
    expect(insidePlaceIdiom('长野冬奥会开幕', 0, 2)).toBe(false);
    expect(insidePlaceIdiom('把高尚情怀化为实际行动', 4, 6)).toBe(true);
    expect(nothing('大红灯笼、中国结、春联以及年画', '中国', 'country')).toBe(true);
    expect(nothing('他与中国结缘四十年', '中国', 'country')).toBe(false);
    // As decoration, its three characters read whole (中国结点亮北京长安街, 灯笼、中国结装饰的映衬下).
    expect(nothing('大红灯笼、中国结点亮北京长安街沿线', '中国', 'country')).toBe(true);
    expect(nothing('在灯笼、中国结装饰的映衬下', '中国', 'country')).toBe(true);
  });

  it('reads a street named after a body as no body (开罗阿盟大街)', () => {
    expect(nothing('图为开罗阿盟大街上警察换防', '阿盟', 'organization')).toBe(true);
    expect(nothing('阿盟秘书长表示', '阿盟', 'organization')).toBe(false);
  });

  it('reads Lobsang, not Lausanne, where a Tibetan name goes on (洛桑灵智多杰, 阿嘉·洛桑图旦), not in 瑞士洛桑', () => {
    expect(startsTibetanName('韩修国、洛桑灵智多杰（藏族）', 4, 6)).toBe(true);
    expect(startsTibetanName('洛桑江村参加审议', 0, 2)).toBe(true);
    expect(startsTibetanName('阿嘉·洛桑图旦', 3, 5)).toBe(true);
    expect(startsTibetanName('会在瑞士洛桑国际奥委会总部举行', 4, 6)).toBe(false);
    expect(startsTibetanName('马兰奇在洛桑表示希望', 4, 6)).toBe(false);
  });

  it("reads a person's name before a prize's or a route's words as theirs (曹禺戏剧评论奖, 沈白高铁), not before 奖励", () => {
    expect(namesPrizeOrRoute('曹禺戏剧评论奖揭晓', 2)).toBe(true);
    expect(namesPrizeOrRoute('诺贝尔和平奖', 3)).toBe(true);
    expect(namesPrizeOrRoute('茅盾文学奖', 2)).toBe(true);
    expect(personWordAt('曹禺剧本奖', 0, 2)).toBe(true);
    expect(namesPrizeOrRoute('向王毅奖励', 3)).toBe(false);
    expect(namesPrizeOrRoute('曹禺是剧作家', 2)).toBe(false);
    expect(nothing('他获得诺贝尔奖', '诺贝尔', 'person')).toBe(true);
    expect(nothing('沈白高铁全线贯通', '沈白', 'person')).toBe(true);
    expect(nothing('连霍高速改扩建', '连霍', 'person')).toBe(true);
    expect(nothing('沈白表示', '沈白', 'person')).toBe(false);
    expect(nothing('苏迪曼杯决赛', '苏迪曼', 'person')).toBe(true);
    expect(nothing('济郑高铁通车', '郑高铁', 'person')).toBe(true);
    expect(nothing('龙龙高铁通车', '龙龙', 'place')).toBe(true);
    expect(nothing('杭州高铁站', '杭州', 'place')).toBe(false);
  });

  it('reads 汪洋 as the ocean beside the words of one (一片汪洋, 汪洋大海), not where it names Wang Yang', () => {
    expect(personWordAt('眼前一片汪洋。', 4, 6)).toBe(true);
    expect(personWordAt('战争的汪洋大海', 3, 5)).toBe(true);
    expect(personWordAt('成了“汪洋中的一叶', 3, 5)).toBe(true);
    expect(personWordAt('汪洋主持会议', 0, 2)).toBe(false);
    expect(personWordAt('栗战书、汪洋、王沪宁', 4, 6)).toBe(false);
    expect(personWordAt('王毅表示', 0, 2)).toBe(false);
  });
});

describe('insideCraftName', () => {
  const inside = (text: string, name: string): boolean => {
    const at = text.indexOf(name);
    expect(at).toBeGreaterThanOrEqual(0);
    return insideCraftName(text, at, at + name.length);
  };

  it('holds a name that starts a quoted ship, craft or weapon (“澳门科学一号”卫星, “伊丽莎白女王”号航母)', () => {
    expect(inside('参与“澳门科学一号”卫星研制', '澳门')).toBe(true);
    expect(inside('英国“伊丽莎白女王”号航母起火', '伊丽莎白')).toBe(true);
    expect(inside('使用本土制造的“萨勒曼”火箭', '萨勒曼')).toBe(true);
    expect(inside('提供“布雷德利”步兵战车', '布雷德利')).toBe(true);
    expect(inside('伊朗“厄尔布尔士”号驱逐舰通过', '厄尔布尔')).toBe(true);
  });

  it('holds no name in quotes that close before anything else (“一带一路”建设), nor one not opening them', () => {
    expect(inside('共建“一带一路”倡议', '一带一路')).toBe(false);
    expect(inside('推进“美丽中国”建设', '中国')).toBe(false);
    expect(inside('“号召”', '号召')).toBe(false);
    expect(inside('来自澳门的“科学一号”卫星', '澳门')).toBe(false);
  });
});
