// Dictionary entries added from the error hunts over 新闻联播 2022–2024 and People's Daily 1998-01: each form is found
// in a sentence of those corpora, and the texts of not-entities.yaml are no mention.
import { describe, expect, it } from 'vitest';
import { createPipeline, DEFAULT_PIPELINE, readPipelineFile } from '../src/pipeline.js';
import { article, rawDoc } from './helpers.js';
import { spanNamesNothing } from '../src/nlp/rules/span-context.js';

const pipeline = createPipeline(readPipelineFile(DEFAULT_PIPELINE));
/** The mentions of one paragraph as [text, entity] pairs, in text order. */
const mentions = (body: string): Array<[string, string | null]> =>
  (pipeline.run(rawDoc(article(body, '标题'))).mentions ?? [])
    .filter((m) => m.block === 1)
    .map((m) => [m.text, m.entity]);

describe('organizations named with 中国 at their head', () => {
  it.each([
    ['此次授课活动由中国载人航天工程办公室联合教育部、科技部共同主办。', '中国载人航天工程办公室', 'organization:cmse'],
    ['主题教育开展以来，中国航发紧扣制约加快航空发动机自主研制的难点。', '中国航发', 'organization:aecc'],
    // CSSC's Dalian yard, a company of its own under CSSC (organization:dalian-shipbuilding, parent cssc).
    [
      '中国船舶大连造船自主设计的全球首艘M350型海上浮式储油船正式交付。',
      '中国船舶大连造船',
      'organization:dalian-shipbuilding',
    ],
    ['中国船舶工业行业协会最新数据显示。', '中国船舶工业行业协会', 'organization:cansi'],
    ['会上，中国广电全国固定语音业务网正式开通上线。', '中国广电', 'organization:china-broadnet'],
    ['中国移动大数据显示，“五一”假期首日，各旅游城市游客规模暴涨。', '中国移动', 'organization:china-mobile'],
    ['中国电信与中国联通也已联合建成全球最大的5G共建共享网络。', '中国联通', 'organization:china-unicom'],
    ['中国电信与中国联通也已联合建成全球最大的5G共建共享网络。', '中国电信', 'organization:china-telecom'],
    ['今天（1月5日），中国邮政发行《甲辰年》特种邮票。', '中国邮政', 'organization:china-post-group'],
    ['记者今天（11月23日）从中国中化获悉，我国首条规模化民航轮胎生产线建成投产。', '中国中化', 'organization:sinochem'],
    ['工程由中国华能、清华大学、中核集团共同建设。', '中国华能', 'organization:huaneng'],
    ['中国宝武与中钢实施重组。', '中国宝武', 'organization:baowu'],
    ['全国人大代表、中国一汽首席技能大师杨永修带领研发团队。', '中国一汽', 'organization:faw'],
    ['中国铁建自8月16日起组织5家驻京单位进行清理工作。', '中国铁建', 'organization:crcc'],
    ['中国中铁组织人员、设备进行铁路抢修。', '中国中铁', 'organization:crec'],
    ['记者今天（4月9日）从中国能建获悉，压气储能电站并网成功。', '中国能建', 'organization:ceec'],
    ['自然资源部中国地质调查局发布了我国地质调查领域多项最新成果。', '中国地质调查局', 'organization:cgs'],
    ['航空工业集团今天签订了10架直升机的确认订单。', '航空工业集团', 'organization:avic'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('Hong Kong and cross-strait bodies, and forms of bodies the dictionary held', () => {
  it("Hong Kong's regulators are not the CSRC", () => {
    const found = mentions('中国人民银行、香港证监会、香港金管局今天宣布推出多项“互换通”业务优化措施。');
    expect(found).toContainEqual(['香港证监会', 'organization:hk-sfc']);
    expect(found).toContainEqual(['香港金管局', 'organization:hkma']);
    expect(found.map(([, id]) => id)).not.toContain('organization:csrc');
  });
  it.each([
    ['据中国海关统计，前4个月我国与中亚五国进出口1730.5亿元。', '中国海关', 'organization:gac'],
    ['住房城乡建设部、国家市场监管总局、国家铁路集团作了书面汇报。', '国家铁路集团', 'organization:china-railway'],
    ['此外，世界泳联昨天还宣布，北京获得2029年游泳世锦赛的举办权。', '世界泳联', 'organization:fina'],
    ['中国民航近日在此间向美国波音公司订购７架波音客机。', '中国民航', 'organization:caac-general-administration'],
    [
      '国务院总理李鹏今天下午在接见中国石油天然气总公司工作会议代表时强调。',
      '中国石油天然气总公司',
      'organization:cnpc',
    ],
    ['国家工商局结合部门“形象建设年”，加强机关建设。', '国家工商局', 'organization:saic'],
    ['海协与海基会的交流与沟通稳步发展，日益频繁。', '海基会', 'organization:sef'],
    ['与会代表还听取了海协会常务副会长唐树备关于促进两岸关系发展的报告。', '海协会', 'organization:arats'],
    ['今天（8月10日），涿州中学的教师和武警官兵一起开展清淤、消杀等工作。', '武警', 'organization:pap'],
    ['上交所、深交所、北交所发布通知，修订《融资融券交易实施细则》。', '北交所', 'organization:bse'],
    [
      '中国人民解放军驻澳门部队于8月31日清晨顺利完成第24次轮换。',
      '中国人民解放军驻澳门部队',
      'organization:pla-macao-garrison',
    ],
    ['25年来，驻澳门部队认真落实“一国两制”方针。', '驻澳门部队', 'organization:pla-macao-garrison'],
    ['习近平在人民大会堂北大厅举行仪式。', '人民大会堂北大厅', 'place:great-hall-of-the-people'],
    ['欢迎仪式在人民大会堂东门外广场举行。', '人民大会堂东门外广场', 'place:great-hall-of-the-people'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('海协 alone names ARATS only in an article that names it in full (else 山海协作)', () => {
    expect(mentions('浙江打造山海协作升级版。').map(([t]) => t)).not.toContain('海协');
  });
});

describe('programmes of the 1990s', () => {
  it.each([
    ['抓好“菜篮子工程”建设。', '菜篮子工程', 'initiative:vegetable-basket-project'],
    ['2024年全国文化科技卫生“三下乡”集中示范活动今天举行。', '文化科技卫生“三下乡”', 'initiative:three-to-countryside'],
    ['为完成国家八七扶贫攻坚计划作出更多贡献。', '国家八七扶贫攻坚计划', 'initiative:8-7-poverty-plan'],
    ['安居工程要优先解决教职工的住房困难。', '安居工程', 'initiative:housing-project'],
    [
      '这是亚太经合组织的宗旨和原则，也是实现2040年布特拉加亚愿景的重要支柱。',
      '2040年布特拉加亚愿景',
      'initiative:apec-putrajaya-vision',
    ],
    ['努力实施“科教兴国”战略。', '科教兴国', 'policy:rejuvenating-through-science'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('texts that name nothing', () => {
  it.each([
    ['大家表示，将把时代重任放在心上、扛在肩上，许党报国、为民奉献。', '许党'],
    ['黄河内蒙古乌海段开始解冻，开河长度1公里，开河水位平稳。', '开河'],
    ['目前初步规划了月球科学、月基科学和资源勘查利用3个领域。', '月基'],
    ['在一些地区，则出现了流水作业、集团作伪，如张三仿画、李四仿字、王五仿章。', '张三'],
    ['在与敬老院工作人员交流时，李强指出，养老事业的发展需要更多人才。', '敬老院'],
    ['村党支部和村委会带领村民们每周在这里进行一次隆重的升国旗仪式。', '村党支部'],
    ['消费者组织、职工价格监督组织、居民委员会、村民委员会等组织以及消费者有权进行监督。', '居民委员会'],
    ['广州军区某师的锣鼓队、秧歌队、舞龙队和演唱队活跃在基层连队。', '舞龙队'],
    ['上海正在逐步发展成为国际航运中心，中远集装箱运输有限公司移师上海。', '国际航运中心'],
    ['习近平总书记指出，人民幸福安康是推动高质量发展的最终目的。', '幸福安康'],
    ['从文博考古到诗词戏曲，从汉服非遗到节庆民俗，传统文化正深度融入百姓现代生活。', '文博'],
    ['《习近平谈治国理政》第一卷斯瓦希里文版首发式暨中肯治国理政研讨会在内罗毕举行。', '斯瓦希里'],
    ['在华外资企业和外国商协会代表出席了座谈会。', '外国商协会'],
  ])('%s: no %s', (body, text) => {
    expect(mentions(body).map(([t]) => t)).not.toContain(text);
  });
});

describe('officials and party elders of People’s Daily, January 1998', () => {
  it.each([
    [
      '出席团拜会的还有：李德生、肖克、张劲夫、段君毅、叶飞、谷牧、马文瑞、汪锋、郑天翔、刘复之、邓力群。',
      '马文瑞',
      'person:ma-wenrui',
    ],
    [
      '出席团拜会的还有：李德生、肖克、张劲夫、段君毅、叶飞、谷牧、马文瑞、汪锋、郑天翔、刘复之、邓力群。',
      '肖克',
      'person:xiao-ke',
    ],
    ['全国政协副主席阿沛·阿旺晋美、赛福鼎·艾则孜等参加了茶话会。', '赛福鼎·艾则孜', 'person:saifuddin-azizi'],
    ['国家计委主任陈锦华介绍说，外商投资属于第一个目录中鼓励的项目。', '陈锦华', 'person:chen-jinhua'],
    ['国家体委副主任袁伟民今天在全国体委主任会议上指出。', '袁伟民', 'person:yuan-weimin'],
    ['外交部副部长王英凡到机场迎接韦德里纳外长一行。', '王英凡', 'person:wang-yingfan'],
    ['比如肖克凡的《最后一个工厂》。', '肖克凡', 'person:xiao-kefan'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('former names of counties and districts, 1998', () => {
  it.each([
    ['中国科学学与科技政策研究会和江苏锡山市联合举办研讨会。', '锡山市', 'place:cn-320205'],
    ['地处渤海之滨的天津市塘沽区，不与企业争利。', '塘沽区', 'place:tanggu'],
    ['两个海上油田距天津塘沽均不到６０公里。', '塘沽', 'place:tanggu'],
    ['中国地质科研人员前不久在天津蓟县山区发现宇宙尘。', '蓟县', 'place:cn-120119'],
    ['这是在宣武区佟麟阁路上。', '宣武区', 'place:xuanwu'],
    ['笔者最近到湖北省蒲圻市调查时发现。', '蒲圻市', 'place:cn-421281'],
    ['内蒙古伊克昭盟今年粮食丰收。', '伊克昭盟', 'place:cn-1506'],
    ['第一批６０００床被子发运到万县、涪陵。', '万县', 'place:cn-500101'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('mass organizations, companies and sites', () => {
  it.each([
    ['中国文联和中国剧协等有关专家看过演出后。', '中国剧协', 'organization:cta-theatre'],
    ['中国记协、全国记协今天举办活动。', '全国记协', 'organization:acja'],
    ['美国黑石集团今天宣布扩大在华投资。', '黑石集团', 'organization:blackstone'],
    ['欢迎英特尔公司深耕中国。', '英特尔公司', 'organization:intel'],
    ['韩正表示，改革开放以来，马士基集团同中国航运企业开展了良好合作。', '马士基集团', 'organization:maersk'],
    ['习近平表示，惊悉贵国济州航空一架客机失事。', '济州航空', 'organization:jeju-air'],
    ['中国全国人大愿同俄罗斯联邦会议一道。', '俄罗斯联邦会议', 'organization:russia-federal-assembly'],
    ['中国全国人大将进一步密切同俄联邦会议的交往合作。', '俄联邦会议', 'organization:russia-federal-assembly'],
    ['2021年5月，习近平总书记到丹江口水库乘船视察。', '丹江口水库', 'place:danjiangkou-reservoir'],
    ['巴西代表团抵达成都天府国际机场。', '成都天府国际机场', 'place:tianfu-airport'],
    ['考察的最后一站，习近平总书记来到殷墟遗址。', '殷墟遗址', 'place:yinxu'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('a province’s women’s federation stays its own body', () => {
    expect(mentions('河南省妇联今天举办活动。')).toContainEqual(['河南省妇联', 'organization:~河南省妇联']);
  });
  it('丹江口水库 is no river', () => {
    expect(mentions('中线一期工程自丹江口水库引水北上。').map(([, id]) => id)).not.toContain('place:danjiang');
  });
});

describe('parties abroad', () => {
  it.each([
    ['德国选择党在社交媒体上发文说，德国应修复管道。', '德国选择党', 'organization:afd-germany'],
    ['英国首相苏纳克领导的保守党在4日举行的地方议会选举中遭遇重挫。', '保守党', 'organization:uk-conservative'],
    ['英国最新民调显示，在野党工党43.8%的支持率。', '工党', 'organization:uk-labour'],
    ['我和南苏丹苏丹人民解放运动将致力于同您一道。', '南苏丹苏丹人民解放运动', 'organization:splm'],
    ['中国全国政协愿与越南祖国阵线保持密切往来与合作。', '越南祖国阵线', 'organization:vietnam-fatherland-front'],
    ['塞尔维亚前进党发来贺电。', '塞尔维亚前进党', 'organization:sns-serbia'],
    ['文普拜会了执政的尼泊尔大会党。', '尼泊尔大会党', 'organization:nepali-congress'],
    ['中国共产党和卢旺达爱国阵线都秉持立党为公。', '卢旺达爱国阵线', 'organization:rpf-rwanda'],
    ['土井多贺子再次当选为日本社民党党首，按照社民党的规定。', '社民党', 'organization:sdp-japan'],
    ['日本三党合并为民政党。', '民政党', 'organization:minseito-japan-1998'],
    ['日本在野党中，以小泽一郎为首的自由党。', '自由党', 'organization:liberal-party-japan-1998'],
    ['罗马尼亚执政联盟的两大政党国家农民党和民主党之间。', '国家农民党', 'organization:pntcd-romania'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('卢方 stays Rwanda where the article names the country only in 卢旺达爱国阵线', () => {
    const found = mentions('王沪宁会见卢旺达爱国阵线干部考察团。中方愿同卢方巩固战略互信。');
    expect(found).toContainEqual(['卢旺达爱国阵线', 'organization:rpf-rwanda']);
    expect(found).toContainEqual(['卢', 'country:RW']);
  });
  it('南苏丹苏丹人民解放运动 names no Sudan', () => {
    expect(mentions('我和南苏丹苏丹人民解放运动将致力于同您一道。').map(([, id]) => id)).not.toContain('country:SD');
  });
  it('a bare 保守党, 工党 or 选择党 names a party only where the article names its country', () => {
    expect(mentions('加拿大反对党保守党27日表示。').map(([, id]) => id)).not.toContain('organization:uk-conservative');
    expect(mentions('马耳他工党领袖、政府总理阿贝拉。').map(([, id]) => id)).not.toContain('organization:uk-labour');
  });
});

describe('state corporations of 1998 and China Railway’s companies', () => {
  it.each([
    ['特别是党的十四大以来，船舶总公司的发展步伐加快。', '船舶总公司', 'organization:cssc-1982'],
    ['李鹏为核工业总公司工作会议发贺信。', '核工业总公司', 'organization:cnnc-1988'],
    [
      '国务委员宋健在航天总公司第三次工作会议上讲话。',
      '航天总公司',
      'organization:aerospace-industry-corporation-1993',
    ],
    ['中国航空工业总公司与波音公司签约。', '中国航空工业总公司', 'organization:aviation-industry-corporation-1993'],
    [
      '兵器工业总公司、有色金属工业总公司参加了会议。',
      '兵器工业总公司',
      'organization:ordnance-industry-corporation-1990',
    ],
    [
      '实力雄厚的中国有色金属工业总公司所属的北京公司。',
      '中国有色金属工业总公司',
      'organization:nonferrous-metals-industry-corporation-1983',
    ],
    ['要继续抓好企业学邯钢，采取有效措施。', '邯钢', 'organization:handan-steel'],
    ['效益下滑的不利局面，首钢集团对组织进行了调整。', '首钢集团', 'organization:shougang'],
    ['国铁北京局紧急组织2300名职工抢修。', '国铁北京局', 'organization:china-railway-beijing'],
    ['国铁广州局对部分京广铁路列车进行调整。', '国铁广州局', 'organization:china-railway-guangzhou'],
    ['记者从中国铁路南宁局集团有限公司获悉。', '中国铁路南宁局集团有限公司', 'organization:china-railway-nanning'],
    ['面对运输市场的竞争，上海铁路局打破先买票、后上车的做法。', '上海铁路局', 'organization:shanghai-railway-bureau'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('国铁北京局 is no Beijing', () => {
    expect(mentions('国铁北京局紧急组织2300名职工抢修。').map(([, id]) => id)).not.toContain('place:cn-11');
  });
});

describe('forms of the PLA’s services and the ACFTU, and bodies of the AU and IGAD', () => {
  it.each([
    ['新时代的人民海军迈入三航母时代。', '人民海军', 'organization:pla-navy'],
    ['恰逢人民空军成立73周年。', '人民空军', 'organization:pla-air-force'],
    ['中国空军多型战机参加演习。', '中国空军', 'organization:pla-air-force'],
    ['人民陆军加快转型建设。', '人民陆军', 'organization:pla-army'],
    ['中国工会第十八次全国代表大会在京开幕。', '中国工会', 'organization:acftu'],
    ['东非政府间发展组织16日宣布。', '东非政府间发展组织', 'organization:igad'],
    ['非洲联盟和平与安全理事会29日发表公报。', '非洲联盟和平与安全理事会', 'organization:au-psc'],
    [
      '会议听取了全国政协民族和宗教委员会的汇报。',
      '全国政协民族和宗教委员会',
      'organization:cppcc-ethnic-religious-affairs-committee',
    ],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('former names of countries', () => {
  it.each([
    ['１９６０年８月１日，贝宁获得了独立，建立达荷美共和国。', '达荷美共和国', 'country:BJ'],
    ['从索马里到扎伊尔的战乱。', '扎伊尔', 'country:CD'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('generic nouns and a brand that name no place', () => {
  it.each([
    ['这里是中华民族和华夏文明重要发祥地。', '华夏'],
    ['道路修通了，打通了阿布洛哈村的幸福路。', '幸福路'],
    ['推动两国友好省州、友城交流。', '省州'],
    ['推动新时代赣南等原中央苏区振兴发展，加快老区苏区振兴发展。', '苏区'],
    ['我国石窟寺保护利用取得成效。', '石窟寺'],
    ['像“红塔山”香烟，价格较低。', '红塔山'],
  ])('%s: no %s', (body, text) => {
    expect(mentions(body).map(([t]) => t)).not.toContain(text);
  });
});

describe('foreign leaders and officials of 新闻联播 2022–2024', () => {
  it.each([
    ['越共中央总书记阮富仲、国家主席阮春福向习近平总书记致以热烈祝贺。', '阮春福', 'person:nguyen-xuan-phuc'],
    ['波兰总理莫拉维茨基当天称，波兰将不再向乌克兰提供武器。', '莫拉维茨基', 'person:mateusz-morawiecki'],
    ['国家主席习近平14日向丹麦新任国王腓特烈十世致贺电。', '腓特烈十世', 'person:frederik-x'],
    ['全国政协主席王沪宁6日在京会见匈牙利国会主席克韦尔。', '克韦尔', 'person:laszlo-kover'],
    ['赵乐际同巴基斯坦国民议会议长阿什拉夫举行会谈。', '阿什拉夫', 'person:raja-pervaiz-ashraf'],
    ['在里斯本分别会见葡萄牙总统德索萨、总理蒙特内格罗。', '蒙特内格罗', 'person:luis-montenegro'],
    ['玻利维亚经济与公共财政部长蒙特内格罗日前在拉巴斯表示。', '蒙特内格罗', 'person:marcelo-montenegro'],
    ['蔡奇会见来华出席中非合作论坛北京峰会的乍得总统穆罕默德。', '穆罕默德', 'person:mahamat-deby'],
    [
      '韩正在吉隆坡和布城分别会见马来西亚最高元首阿卜杜拉、总理安瓦尔。',
      '阿卜杜拉',
      'person:sultan-abdullah-of-pahang',
    ],
    ['英国前首相约翰逊9日宣布辞去议会下院议员职务。', '约翰逊', 'person:boris-johnson'],
    ['丁薛祥访问卢森堡，分别会见卢森堡大公亨利、首相弗里登。', '亨利', 'person:grand-duke-henri'],
    ['国家主席习近平同牙买加总督艾伦互致贺电。', '艾伦', 'person:patrick-allen'],
    ['美联储主席鲍威尔当天表示，尚不能确信当前货币政策紧缩程度是否能实现。', '鲍威尔', 'person:jerome-powell'],
    ['国家主席习近平就美国前总统吉米·卡特逝世向美国总统拜登致唁电。', '吉米·卡特', 'person:jimmy-carter'],
    [
      '古巴共和国国家主席米格尔·迪亚斯-卡内尔·贝穆德斯对我国进行国事访问。',
      '米格尔·迪亚斯-卡内尔·贝穆德斯',
      'person:miguel-diaz-canel',
    ],
    [
      '中非总统图瓦德拉、瑞典国王卡尔十六世•古斯塔夫、西班牙国王费利佩六世。',
      '卡尔十六世•古斯塔夫',
      'person:carl-xvi-gustaf',
    ],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('a shared name after another person’s titles names none of them', () => {
    const ids = mentions('李希还会见阿斯旺省省长阿什拉夫。').map(([, id]) => id);
    expect(ids).not.toContain('person:raja-pervaiz-ashraf');
    expect(mentions('新西兰前议长卡特出席。').map(([, id]) => id)).not.toContain('person:jimmy-carter');
  });
  it('尤努斯 inside a longer name is no mention of Yunus', () => {
    expect(mentions('毕克官、吐尔逊·尤努斯（维吾尔族）、朱乃正').map(([, id]) => id)).not.toContain(
      'person:muhammad-yunus',
    );
  });
});

describe('provincial leaders elected in January 1998', () => {
  it.each([
    [
      '青海省第九届人民代表大会第一次会议一月十七日选举田成平为青海省人大常委会主任。',
      '田成平',
      'person:tian-chengping',
    ],
    ['选举白恩培为省长，王汉民、白玛（藏族）、刘光和为副省长。', '白恩培', 'person:bai-enpei'],
    ['江西省第九届人民代表大会第一次会议今天选举舒惠国为省人大常委会主任。', '舒惠国', 'person:shu-huiguo'],
    ['选举舒圣佑为省长，黄智权、黄懋衡（女）为副省长。', '舒圣佑', 'person:shu-shengyou'],
    ['选举马忠臣为省长，李成玉（回族）、张洪华为副省长。', '马忠臣', 'person:ma-zhongchen'],
    ['选举云布龙（蒙古族）为自治区主席，周德海、沈淑济（女）为自治区副主席。', '云布龙', 'person:yun-bulong'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('bodies 新闻联播 2022–2024 named in part, and bodies of 1998', () => {
  it.each([
    ['乌克兰武装部队总参谋部3日称，乌军击退了俄军的进攻。', '乌克兰武装部队总参谋部', 'organization:ua-general-staff'],
    ['乌克兰国防部情报总局表示，将继续行动。', '乌克兰国防部情报总局', 'organization:ua-hur'],
    [
      '中共中央党史和文献研究院编辑的《习近平关于网络强国论述摘编》出版。',
      '中共中央党史和文献研究院',
      'organization:party-history-literature-institute',
    ],
    [
      '座谈会上，中央统战部、中央党史和文献研究院、中央军委政治工作部负责同志发言。',
      '中央军委政治工作部',
      'organization:cmc-political-work-department',
    ],
    ['会议审议通过了首规委的工作要点。', '首规委', 'organization:capital-planning-commission'],
    ['《复兴文库》出版、中国国家版本馆开馆。', '中国国家版本馆', 'organization:national-archives-of-publications'],
    ['欧盟统计局5日公布的数据显示，欧元区通胀率回升。', '欧盟统计局', 'organization:eurostat'],
    ['国家主席习近平9月11日给红其拉甫海关全体关员回信。', '红其拉甫海关', 'organization:khunjerab-customs'],
    ['中国星网企业总部落子雄安。', '中国星网', 'organization:china-satnet'],
    ['深海技术科学太湖实验室研制的深海装备。', '深海技术科学太湖实验室', 'organization:taihu-laboratory'],
    ['香港机场管理局表示，三跑道系统启用。', '香港机场管理局', 'organization:hk-airport-authority'],
    ['目前以国防军步兵在加沙北部作战。', '以国防军', 'organization:idf'],
    ['记者从中国南水北调集团了解到，工程累计调水。', '中国南水北调集团', 'organization:china-snwd-group'],
    ['被中国科学技术大学技术物理系录取。', '中国科学技术大学', 'organization:ustc'],
    ['巴勒斯坦伊斯兰圣战组织下属武装派别表示。', '巴勒斯坦伊斯兰圣战组织', 'organization:pij'],
    ['国家体改委调研室与北京当代商城联手举办研讨会。', '国家体改委', 'organization:scres'],
    [
      '在今天召开的全国矿产资源委员会第六次会议上。',
      '全国矿产资源委员会',
      'organization:national-mineral-resources-commission',
    ],
    ['今天在北京接受由中国外专局颁发的“马可·波罗奖”。', '中国外专局', 'organization:safea'],
    ['本报讯由机械工业部首次主办的活动。', '机械工业部', 'organization:ministry-of-machine-building'],
    ['国家测绘局和国务院法制局今天联合举行座谈会。', '国家测绘局', 'organization:sbsm'],
    ['其中宝钢、武钢、鞍钢、首钢四大集团的产量达到全国总产量的４０％。', '鞍钢', 'organization:ansteel'],
    ['美国宇航局的无人探测器“月球勘探者”已进入环绕月球的轨道。', '美国宇航局', 'organization:nasa'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('巴方 and 巴以 still read Palestine from 巴勒斯坦伊斯兰圣战组织', () => {
    const found = mentions('巴勒斯坦伊斯兰圣战组织表示。巴方称，巴以冲突仍在持续。');
    expect(found).toContainEqual(['巴', 'country:PS']);
  });
  it('a numbered ministry of the 1950s–1980s is not the Ministry of Machine-Building Industry', () => {
    expect(mentions('历任第三机械工业部教育局副局长。').map(([, id]) => id)).not.toContain(
      'organization:ministry-of-machine-building',
    );
  });
});

describe('sites, places of the Gaza war and the Mekong, and former names of 1998', () => {
  it.each([
    ['展示良渚、殷墟、三星堆等中华文明探源工程成果。', '三星堆', 'place:sanxingdui'],
    ['二里头、陶寺、石峁、良渚等遗址考古取得重大进展。', '陶寺', 'place:taosi'],
    ['二里头、陶寺、石峁、良渚等遗址考古取得重大进展。', '石峁', 'place:shimao'],
    ['现规模宏大的良渚古城，内城外郭。', '良渚古城', 'place:liangzhu-ruins'],
    ['秦兵马俑一号坑第三次发掘取得新成果。', '秦兵马俑', 'place:terracotta-army'],
    ['以军在加沙地带“内察里姆走廊”采取空中和地面军事行动。', '内察里姆走廊', 'place:netzarim-corridor'],
    ['“费城走廊”沿线的150多条隧道。', '费城走廊', 'place:philadelphi-corridor'],
    ['以军空袭加沙城的沙提难民营。', '沙提难民营', 'place:shati-camp'],
    ['东耶路撒冷居民迁移问题引发关注。', '东耶路撒冷', 'place:east-jerusalem'],
    ['深化大湄公河次区域合作。', '大湄公河次区域', 'place:greater-mekong-subregion'],
    ['博鳌亚洲论坛2024年年会在海南博鳌开幕。', '博鳌', 'place:boao'],
    ['雄安新区容东片区已有居民入住。', '容东片区', 'place:rongdong'],
    ['呼市共为２．７万名特困职工发放了最低生活保障金。', '呼市', 'place:cn-1501'],
    ['内蒙古乌盟人大法工委加大执法监督力度。', '乌盟', 'place:cn-1509'],
    ['１月２４日，位于五指山区的通什市保亭县。', '通什市', 'place:cn-469001'],
    ['奔赴平度市、即墨市、胶南市等地。', '胶南市', 'place:jiaonan'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('费城走廊 is no Philadelphia, and 通什 alone is no place', () => {
    expect(mentions('“费城走廊”沿线的隧道。').map(([, id]) => id)).not.toContain('place:philadelphia');
    expect(mentions('我们要沟通什么问题。').map(([t]) => t)).not.toContain('通什');
  });
});

describe('government bodies abroad, UN bodies and bodies of People’s Daily 1998 that were read in part', () => {
  it.each([
    ['以色列总理办公室15日发表声明说。', '以色列总理办公室', 'organization:israel-pmo'],
    ['另据俄紧急情况部称，位于卢甘斯克的设施起火。', '俄紧急情况部', 'organization:ru-emercom'],
    ['另据俄联邦紧急情况部今天发布的消息。', '俄联邦紧急情况部', 'organization:ru-emercom'],
    ['哈萨克斯坦紧急情况部称，当地时间发生洪灾。', '哈萨克斯坦紧急情况部', 'organization:~哈萨克斯坦紧急情况部'],
    ['乌克兰内务部今天发布消息。', '乌克兰内务部', 'organization:~乌克兰内政部'],
    // A ministry of economy is no ministry of commerce.
    ['德国经济部21日发布最新经济报告。', '德国经济部', 'organization:~德国经济部'],
    [
      '黑龙江省人民政府、俄罗斯经济发展部、俄罗斯工业和贸易部共同主办。',
      '俄罗斯工业和贸易部',
      'organization:ru-minpromtorg',
    ],
    ['巴勒斯坦加沙地带媒体办公室1日称，以军轰炸加沙。', '巴勒斯坦加沙地带媒体办公室', 'organization:gaza-media-office'],
    ['英国海上贸易行动办公室18日发布报告。', '英国海上贸易行动办公室', 'organization:ukmto'],
    ['美环保署下令暂停运输。', '美环保署', 'organization:us-epa'],
    ['印尼国家抗灾署当天表示，当前工作重点是搜救。', '印尼国家抗灾署', 'organization:id-bnpb'],
    ['抗议民众前往日本原子能规制委员会递交请愿书。', '日本原子能规制委员会', 'organization:jp-nra'],
    ['韩国产业通商资源部今天发布数据。', '韩国产业通商资源部', 'organization:kr-motie'],
    ['联合国政府间气候变化专门委员会20日发布最新报告说。', '联合国政府间气候变化专门委员会', 'organization:ipcc'],
    ['联合国环境署官员表示，这十大项目入选。', '联合国环境署', 'organization:unep'],
    ['8个村先后入选联合国世界旅游组织“最佳旅游乡村”。', '联合国世界旅游组织', 'organization:unwto'],
    ['联合国非洲经济委员会执行秘书强调教育。', '联合国非洲经济委员会', 'organization:uneca'],
    ['联合国脱离接触观察员部队13日发表声明说。', '联合国脱离接触观察员部队', 'organization:undof'],
    ['联合国国际法院24日在荷兰海牙发布命令。', '联合国国际法院', 'organization:icj'],
    [
      '联合国销毁伊拉克化学、生物和核武器特别委员会（特委会）主席巴特勒说。',
      '联合国销毁伊拉克化学、生物和核武器特别委员会',
      'organization:unscom',
    ],
    ['联合国发展署目前正在协调各国的救援。', '联合国发展署', 'organization:undp'],
    ['联合国人口基金会、联合国儿童基金会方面。', '联合国人口基金会', 'organization:unfpa'],
    ['组建的联合国ＨＩＶ／艾滋病联合计划署发挥着积极作用。', '联合国ＨＩＶ／艾滋病联合计划署', 'organization:unaids'],
    [
      '建议将联合国驻普雷夫拉卡半岛军事观察团的任期再延长６个月。',
      '联合国驻普雷夫拉卡半岛军事观察团',
      'organization:unmop',
    ],
    ['阿拉伯国家议会联盟召开反恐怖紧急会议。', '阿拉伯国家议会联盟', 'organization:arab-ipu'],
    ['办事处会同南京路上好八连官兵，顶着寒风。', '南京路上好八连', 'organization:good-eighth-company'],
    ['武警天安门国旗护卫队、雷锋同志生前所在部队。', '武警天安门国旗护卫队', 'organization:pap-flag-guard'],
    ['香港橄榄球总会昨晚立即作出反应。', '香港橄榄球总会', 'organization:hkrfu'],
    ['为庆祝江苏省国画院四十华诞。', '江苏省国画院', 'organization:jiangsu-academy-chinese-painting'],
    ['中国期刊协会主办这次活动。', '中国期刊协会', 'organization:china-periodicals-association'],
    ['百富勤集团发生重大损失。', '百富勤集团', 'organization:peregrine'],
    ['已接近巴林银行集团本身的资本和储备之和。', '巴林银行集团', 'organization:barings-bank'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('a place’s emergency departments are no ministry, and a minister’s title leaves the country alone', () => {
    expect(mentions('俄紧急情况部门今天称，扎波罗热地区紧急情况部门称。').map(([, id]) => id)).not.toContain(
      'organization:ru-emercom',
    );
    expect(mentions('乌克兰内务部长17日称。')).toEqual([['乌克兰', 'country:UA']]);
  });
  it('国旗护卫队 alone names the Tiananmen guard only in an article that names it in full', () => {
    expect(mentions('学校国旗护卫队的同学们升起国旗。').map(([, id]) => id)).not.toContain(
      'organization:pap-flag-guard',
    );
  });
});

describe('places of 新闻联播 and People’s Daily 1998 that were cut, split or read as another place', () => {
  it.each([
    ['客机在哈萨克斯坦西部的阿克套市附近坠毁。', '阿克套市', 'place:aktau'],
    ['乌克兰方面称，位于克列缅丘格的最大炼油厂遭袭。', '克列缅丘格', 'place:kremenchuk'],
    ['乌军击退了俄军在库皮扬斯克和阿夫季耶夫卡地区的进攻。', '阿夫季耶夫卡', 'place:avdiivka'],
    ['东数西算贵安新区算力产业集群配套项目开工。', '贵安新区', 'place:guian-new-area'],
    ['在贵州贵安，樱花园里70多万株樱花盛开。', '贵安', 'place:guian-new-area'],
    ['阿拉伯国家议会联盟在埃及南部城市卢克索召开会议。', '卢克索', 'place:luxor'],
    ['在著名的维也纳金色大厅举行中国新春音乐会。', '维也纳金色大厅', 'place:musikverein-golden-hall'],
    ['南京路是上海改革开放的窗口。', '南京路', 'place:nanjing-road-shanghai'],
    ['上海南京路步行街，单日累计客流超过百万。', '南京路步行街', 'place:nanjing-road-shanghai'],
    ['提起南京东路警署，辖区居民有口皆碑。', '南京东路警署', 'organization:nanjing-east-road-police-station'],
    ['俄反对波海三国加入北约。', '波海三国', 'place:baltic-states'],
    ['美国虽然未承诺波海３国能成为北约成员国。', '波海３国', 'place:baltic-states'],
    ['第一回合比赛今天下午在香港大球场举行。', '香港大球场', 'place:hong-kong-stadium'],
    ['支持广州南沙放宽市场准入和优化营商环境。', '南沙', 'place:cn-440115'],
    ['内容包括“悠悠说少年”、“闯荡美利坚”、“归去来兮演艺圈”等。', '美利坚', 'country:US'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('南沙 alone is no district of Guangzhou: the Nansha Islands keep theirs', () => {
    const found = mentions('演兵西沙、南沙，圆满完成重大任务。曾率舰收复西沙、南沙群岛。');
    expect(found.map(([, id]) => id)).not.toContain('place:cn-440115');
    expect(found).toContainEqual(['南沙群岛', 'place:nansha']);
  });
  it('南京路 is no Nanjing, and the bare 金色大厅 of the Great Hall is no Vienna hall', () => {
    expect(mentions('上海淮海路、南京路等商圈人气旺。').map(([, id]) => id)).not.toContain('place:cn-3201');
    expect(mentions('习近平和彭丽媛同贵宾们共同步入金色大厅。').map(([, id]) => id)).not.toContain(
      'place:musikverein-golden-hall',
    );
  });
});

describe('people of 新闻联播 and People’s Daily 1998 no entry held', () => {
  it.each([
    ['财政部部长兼国家税务总局局长刘仲藜出席。', '刘仲藜', 'person:liu-zhongli'],
    ['联合国环境规划署执行主任安德森在接受总台记者专访时表示。', '安德森', 'person:inger-andersen'],
    ['播出对联合国环境规划署执行主任英格·安德森的独家专访。', '英格·安德森', 'person:inger-andersen'],
    ['这是阿拉伯国家议会联盟主席苏鲁尔在大会上致辞。', '苏鲁尔', 'person:ahmed-fathi-sorour'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('the bare 安德森 is no UNEP head without her title (瑞典前首相安德森)', () => {
    expect(mentions('瑞典前首相安德森表示，瑞典将加入北约。').map(([, id]) => id)).not.toContain(
      'person:inger-andersen',
    );
  });
});

describe('people whose names a shorter form read as a place, and office holders known only to the recognizer', () => {
  /** The mentions of one paragraph of an article of the given date, as [text, entity] pairs. */
  const mentionsOn = (date: string, body: string): Array<[string, string | null]> =>
    (pipeline.run(rawDoc(`---\ntitle: '标题'\ndate: ${date} 10:00\n---\n\n<div><p>${body}</p></div>\n`)).mentions ?? [])
      .filter((m) => m.block === 1)
      .map((m) => [m.text, m.entity]);
  it.each([
    ['罗马尼亚总统约翰尼斯表示，75年来，罗中持续推进双边关系，传统友谊日益深化。', '约翰尼斯', 'person:klaus-iohannis'],
    ['同日，国务院总理李克强同牙买加总理霍尔尼斯互致贺电。', '霍尔尼斯', 'person:andrew-holness'],
    ['埃塞俄比亚总统萨赫勒-沃克表示，坚信在中国共产党坚强、英明领导下。', '萨赫勒-沃克', 'person:sahle-work-zewde'],
    ['科威特王储米沙勒、埃塞俄比亚总统萨赫勒、喀麦隆总统比亚。', '萨赫勒', 'person:sahle-work-zewde'],
    ['王沪宁19日在京会见由日本社民党党首福岛瑞穗率领的代表团。', '福岛瑞穗', 'person:mizuho-fukushima'],
    ['国务院总理李强24日在京会见法国外长科隆纳。', '科隆纳', 'person:catherine-colonna'],
    ['意大利前总理达莱马，法国前总理拉法兰等现场或通过其他方式发表致辞。', '拉法兰', 'person:jean-pierre-raffarin'],
    ['对此，希腊政府发言人马里纳基斯28日表示，苏纳克的这一举动是前所未有的。', '马里纳基斯', 'person:pavlos-marinakis'],
    ['日本经济产业大臣西村康稔在会后日德意三国举行的联合记者会上声称。', '西村康稔', 'person:yasutoshi-nishimura'],
    ['德国财政部长林德纳16日对媒体表示，德国目前预算紧张。', '林德纳', 'person:christian-lindner'],
    ['国务院总理李强29日在京会见美国商务部长雷蒙多。', '雷蒙多', 'person:gina-raimondo'],
    ['蔡奇同越共中央政治局委员、中央书记处常务书记、中组部部长张氏梅举行会谈。', '张氏梅', 'person:truong-thi-mai'],
    ['老挝副总理吉乔、越南副总理兼财政部长胡德福、东盟秘书长高金洪出席开幕式。', '胡德福', 'person:ho-duc-phoc'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it.each([
    ['受国务院委托，应急管理部部长王祥喜作了说明。', '王祥喜', 'person:wang-xiangxi'],
    ['来看本台记者对人民银行党委书记、银保监会主席郭树清的专访。', '郭树清', 'person:guo-shuqing'],
    ['水利部部长李国英说，去年我国水利建设全面提速。', '李国英', 'person:li-guoying'],
    [
      '在回答我国外贸趋势的问题时，海关总署署长俞建华表示，今年以来，我国进出口延续向好态势。',
      '俞建华',
      'person:yu-jianhua',
    ],
    ['习近平在江苏省委书记信长星和省长许昆林陪同下，来到盐城市参观新四军纪念馆。', '信长星', 'person:xin-changxing'],
    ['习近平在江苏省委书记信长星和省长许昆林陪同下，来到盐城市参观新四军纪念馆。', '许昆林', 'person:xu-kunlin'],
    ['习近平在山东省委书记林武和省长周乃翔陪同下来到枣庄市考察。', '周乃翔', 'person:zhou-naixiang'],
    ['中央宣讲团成员、上海市市长龚正在上海交通大学作宣讲报告。', '龚正', 'person:gong-zheng'],
    ['来看总台记者对北京市代市长殷勇的专访。', '殷勇', 'person:yin-yong'],
    ['来看总台记者对中央政法委秘书长訚柏的专访。', '訚柏', 'person:yin-bai'],
    ['中央宣讲团成员、中央社会工作部部长吴汉圣在合肥作宣讲报告。', '吴汉圣', 'person:wu-hansheng'],
    ['任命陈一新为国家安全部部长。', '陈一新', 'person:chen-yixin'],
    ['金融监管总局局长李云泽表示，当前我国金融风险总体可控。', '李云泽', 'person:li-yunze'],
    ['会议听取了全国人大外事委员会主任委员张业遂作的关于条约审议情况的汇报。', '张业遂', 'person:zhang-yesui'],
    ['社会建设委主任委员何毅亭作了说明。', '何毅亭', 'person:he-yiting'],
    ['教科文卫委主任委员雒树刚、华侨委主任委员于伟国分别作的关于议案审议结果的报告。', '于伟国', 'person:yu-weiguo'],
    [
      '会议听取了常委会代表资格审查委员会主任委员吴玉良作的关于个别代表的代表资格的报告。',
      '吴玉良',
      'person:wu-yuliang',
    ],
    ['受中央军委委托，中央军委政法委员会书记王仁华作了说明。', '王仁华', 'person:wang-renhua'],
    ['今天来看记者对国家发展改革委副主任赵辰昕的专访。', '赵辰昕', 'person:zhao-chenxin'],
    [
      '中央政策研究室主任江金权介绍，党的二十大报告是中国共产党团结带领全国各族人民的政治宣言。',
      '江金权',
      'person:jiang-jinquan',
    ],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('the short forms inside those names are no places any more, and the Sahel stays a place', () => {
    const ids = (body: string) => mentions(body).map(([, id]) => id);
    expect(ids('罗马尼亚总统约翰尼斯表示，罗中持续推进双边关系。')).not.toContain('place:nice');
    expect(ids('埃塞俄比亚总统萨赫勒-沃克表示，坚信在中国共产党坚强、英明领导下。')).not.toContain('place:sahel');
    expect(ids('王沪宁19日在京会见由日本社民党党首福岛瑞穗率领的代表团。')).not.toContain('place:fukushima');
    expect(ids('国务院总理李强24日在京会见法国外长科隆纳。')).not.toContain('place:cologne');
    expect(mentions('而非洲萨赫勒地区的恐怖袭击死亡人数约占全球死亡人数的一半。')).toContainEqual([
      '萨赫勒',
      'place:sahel',
    ]);
  });
  it.each([
    [
      '中共中央台湾工作办公室、国务院台湾事务办公室主任陈云林在发言中说，江主席在重要讲话中提出。',
      '陈云林',
      'person:chen-yunlin',
    ],
    ['正在新港区慰问一线干部、职工的全国优秀企业家、青岛港务局局长常德传对记者说。', '常德传', 'person:chang-dechuan'],
    ['据以方透露，内塔尼亚胡采纳了基础设施部长沙龙提出的从西岸撤出９％的面积的方案。', '沙龙', 'person:ariel-sharon'],
    [
      '今天下午，美国国会参议院临时议长瑟蒙德等１４位重要联邦参、众议员联名在国会大厦曼斯菲尔德厅举行隆重招待会。',
      '瑟蒙德',
      'person:strom-thurmond',
    ],
    ['明明是日本马自达３２３型轿车，尾部却嵌着醒目的标牌。', '马自达', 'organization:mazda'],
    ['在此项政策的引导下，微波通信和斯普林特等长途电话公司得以迅速崛起。', '斯普林特', 'organization:sprint'],
  ])('1998: %s → %s', (body, text, id) => {
    expect(mentionsOn('1998-01-24', body)).toContainEqual([text, id]);
  });
  it('1998: 陈云, 常德, 长沙 and the shorthand no longer read inside those names', () => {
    const ids = (body: string) => mentionsOn('1998-01-27', body).map(([, id]) => id);
    expect(ids('国务院台湾事务办公室主任陈云林在发言中说。')).not.toContain('person:chen-yun');
    expect(ids('青岛港务局局长常德传对记者说。')).not.toContain('place:cn-4307');
    expect(ids('内塔尼亚胡采纳了基础设施部长沙龙提出的方案。')).not.toContain('place:cn-4301');
    const thurmond = ids('美国国会参议院临时议长瑟蒙德等１４位重要联邦参、众议员联名举行招待会。');
    expect(thurmond).not.toContain('country:DE');
    expect(thurmond).not.toContain('country:MN');
  });
  it('the bare 沙龙 is a salon, and the bare 微波通信 the technique, where the article names no US company', () => {
    expect(
      mentionsOn('1998-01-17', '把他们聚在一起的，是一行大字：清华大学青年教师学术沙龙。').map(([, id]) => id),
    ).not.toContain('person:ariel-sharon');
    expect(
      mentions('相较于传统微波通信，激光通信的频谱资源和带宽可提高十倍到近千倍。').map(([, id]) => id),
    ).not.toContain('organization:mci');
    expect(
      mentionsOn(
        '1998-01-24',
        '８０年代初，美国电话电报公司（ＡＴＴ）垄断着全美长短途电话市场。在此项政策的引导下，微波通信和斯普林特等长途电话公司得以迅速崛起。',
      ),
    ).toContainEqual(['微波通信', 'organization:mci']);
  });
  it('俄国防部长 and 俄国家杜马 are 俄 and the body, 日本国民 日本 and 国民; 中国内地 and 美国会费 keep their names', () => {
    expect(mentions('俄国防部长绍伊古当天表示。')).toContainEqual(['俄', 'country:RU']);
    expect(mentions('俄国家杜马主席沃洛金表示。')).toContainEqual(['俄', 'country:RU']);
    expect(mentions('进一步加重了日本国民对银行证券业的不信任感。')).toEqual([['日本', 'country:JP']]);
    expect(mentions('其中所制定的适合日本国情的通商产业政策。')).toEqual([['日本', 'country:JP']]);
    expect(mentions('其中47%来自中国内地。')).toEqual([['中国', 'country:CN']]);
    expect(mentions('他说，俄国是一个大国。')).toEqual([['俄国', 'country:RU']]);
  });
  it('日本国土地理院 is the agency, not 日本国', () => {
    expect(mentions('据日本国土地理院今天公布的情况，强震在能登半岛引起山体滑坡等次生灾害。')).toContainEqual([
      '日本国土地理院',
      'organization:jp-gsi',
    ]);
  });
  it.each([
    ['相信在贵国政府领导下，灾区人民一定能够早日克服困难，重建家园。', '贵国'],
    ['奋力绘就新时代淮河安澜、人水和谐新图景。', '安澜'],
    ['我们必须坚持马克思主义这个立党立国、兴党兴国之本不动摇。', '兴党'],
    ['形成了军委管总、战区主战、军种主建新格局。', '军委管总'],
    ['场地中央，中国文化遗产标志“太阳神鸟”灵动旋转，十二道金芒闪耀。', '太阳神鸟'],
    ['汪道涵在《两岸关系》杂志发表新年祝辞，对跨世纪两岸关系的发展作了展望。', '两岸关系'],
    ['纽约德华国术会的华裔青少年和当地的白人一起欢度春节。', '华裔'],
  ])('%s: no %s', (body, text) => {
    expect(mentions(body).map(([t]) => t)).not.toContain(text);
  });
});

describe('office-holders and bodies from the error hunts over random reports (2026-12-07)', () => {
  it.each([
    ['韩正在海牙会见威廉-亚历山大国王。', '威廉-亚历山大', 'person:willem-alexander'],
    ['叙利亚反对派授权穆罕默德·巴希尔组建过渡政府。', '穆罕默德·巴希尔', 'person:mohammed-al-bashir'],
    ['塞尔维亚能源与矿业部部长杰多维奇出席仪式。', '杰多维奇', 'person:dubravka-djedovic-handanovic'],
    ['美国总统国家安全事务助理伯杰昨日表示。', '伯杰', 'person:sandy-berger'],
    ['朝鲜国防相强纯男当天发表谈话。', '强纯男', 'person:kang-sun-nam'],
    ['伊朗石油部长贾瓦德·奥吉说。', '贾瓦德·奥吉', 'person:javad-owji'],
    ['吉尔吉斯斯坦总理阿·扎帕罗夫出席。', '阿·扎帕罗夫', 'person:akylbek-japarov'],
    ['巴西今天正式重返南美洲国家联盟。', '南美洲国家联盟', 'organization:unasur'],
    ['中国工商业联合会第十三次全国代表大会闭幕。', '中国工商业联合会', 'organization:acfic'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('the Gaza crossings without 口岸 (从以色列通往加沙地带的埃雷兹和凯雷姆沙洛姆两个过境点)', () => {
  it.each([
    ['从以色列通往加沙地带的埃雷兹和凯雷姆沙洛姆两个过境点当天重新开放。', '埃雷兹', 'place:erez-crossing'],
    ['从以色列通往加沙地带的埃雷兹和凯雷姆沙洛姆两个过境点当天重新开放。', '凯雷姆沙洛姆', 'place:kerem-shalom'],
    ['以色列与加沙边境的凯雷姆沙洛姆拉响防空警报。', '凯雷姆沙洛姆', 'place:kerem-shalom'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('two-character counties (滑县, 佳县, 代县)', () => {
  it.each([
    ['在河南滑县，当地利用各种智能设备抗旱。', '滑县', 'place:cn-410526'],
    ['路生梅选择继续留在佳县为群众义诊。', '佳县', 'place:cn-610828'],
    ['在山西代县段家湾村，村民有了新收入。', '代县', 'place:cn-140923'],
    ['河北保定易县在强降雨和山洪中受灾。', '易县', 'place:cn-130633'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('are no county inside words or longer names (现代县域, 原矿区, 河东区, 地级市和县市区, 千叶县)', () => {
    const texts = (body: string): string[] => mentions(body).map(([t]) => t);
    expect(texts('发展现代县域经济，项目以原矿区风格为基础。')).toEqual([]);
    expect(texts('124个地级市和县市区，天津河东区一家企业。')).toEqual(['天津']);
    expect(texts('日本千叶县部分地区出现积水。')).not.toContain('叶县');
  });
});

describe('places and companies from the second hunt of 2026-12-07 (西弗吉尼亚州, 莱顿, 特朗普大厦, 日本制铁)', () => {
  it.each([
    ['西弗吉尼亚州长贾斯蒂斯宣布进入紧急状态。', '西弗吉尼亚州', 'place:west-virginia'],
    ['荷兰海牙与莱顿之间的列车暂停运行。', '莱顿', 'place:leiden'],
    ['纽约警方加强了特朗普大厦周围的安保工作。', '特朗普大厦', 'place:trump-tower'],
    ['日本制铁15日就这一声明回应说，将继续推进收购。', '日本制铁', 'organization:nippon-steel'],
    ['拜登反对日本制铁公司收购美国钢铁公司。', '美国钢铁公司', 'organization:us-steel'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });

  it('reads no company in the bare 美国钢铁, as often the US steel industry', () => {
    expect(mentions('美国钢铁业面临压力。').map(([t]) => t)).not.toContain('美国钢铁');
  });
});

describe('forms from the hunts of 2026-12-07, third stop (基辅州, 亚太经济合作组织, 希尔顿…联赛, county short forms)', () => {
  it.each([
    ['直升机今天在基辅州布罗瓦雷坠毁。', '基辅州', 'place:kyiv-oblast'],
    ['基辅市中心响起防空警报。', '基辅', 'place:kyiv'],
    ['俄罗斯是亚太经济合作组织成员。', '亚太经济合作组织', 'organization:apec'],
    ['１月７日进行的希尔顿全国男篮甲Ａ联赛第十三轮中。', '希尔顿全国男篮甲Ａ联赛', 'event:cba-league'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });

  it('reads no person inside the sponsored league, nor a title-only form there (希尔 of 伊万·希尔)', () => {
    const found = mentions('１月７日进行的希尔顿全国男篮甲Ａ联赛第十三轮中，浙江队获胜。');
    expect(found.filter(([, id]) => id?.startsWith('person:'))).toEqual([]);
  });

  it("links a county's short form of three characters the recognizer reads alone (都江堰, 北戴河), not 七里河", () => {
    expect(mentions('位于都江堰灌区的温江县金马河，是岷江干流的一段重要排洪道。')).toContainEqual([
      '都江堰',
      'place:cn-510181',
    ]);
    expect(mentions('中共中央政治局常委蔡奇3日在北戴河看望暑期休假专家。')).toContainEqual([
      '北戴河',
      'place:cn-130304',
    ]);
    expect(mentions('一位初到襄樊的深圳客商想去七里河找一单位。')).not.toContainEqual(['七里河', 'place:cn-620103']);
  });

  it('reads no person in a route section (南玉段, 杭绍段), no body in 万人大 of 万人大会堂, and 奥 before 政要', () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
    expect(
      ids('南珠高铁南玉段今天开通运营。杭绍甬高速杭绍段连接杭州萧山。').some((id) => id?.startsWith('person:')),
    ).toBe(false);
    expect(mentions('晚会在万人大会堂举行。').map(([t]) => t)).not.toContain('万人大');
    expect(mentions('奥地利政府表示关注。奥政要希望澄清历史。')).toContainEqual(['奥', 'country:AT']);
  });
});

describe('forms from the second hunt of the third stop (世卫, 迈阿密海滩, 大连陆军学院, 哥德巴赫猜想)', () => {
  it.each([
    ['世卫称新冠疫情仍为国际关注的突发公共卫生事件。', '世卫', 'organization:who'],
    ['第76届世卫大会在日内瓦开幕。', '世卫大会', 'organization:wha'],
    ['美国佛罗里达州迈阿密海滩发生枪击事件。', '迈阿密海滩', 'place:miami-beach'],
    ['美国陆军宣布扩编。', '美国陆军', 'organization:~美国陆军'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });

  it("reads no army of a city (大连陆军学院), no person in a theorem's name, and no name in 深水良港 or 雷达监测", () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
    expect(ids('大连陆军学院的学员们在训练。')).not.toContain('organization:~大连市陆军');
    expect(ids('他在哥德巴赫猜想的研究中取得成果，量子反常霍尔效应实验获得成功。')).toEqual([]);
    expect(ids('钱凯港不仅是深水良港。围绕卫星遥感、雷达监测等产业。').filter((id) => id?.includes('~'))).toEqual([]);
  });
});

describe('from a third hunt of the third stop (驻塔军队, 多佛)', () => {
  it('reads Dover, the Channel port (英国多佛口岸), not inside 许多佛教徒', () => {
    expect(mentions('英国多佛口岸客运延误，有旅客滞留14小时。')).toContainEqual(['多佛', 'place:dover']);
    expect(mentions('许多佛教徒前来参观。').map(([, id]) => id)).not.toContain('place:dover');
  });

  it("reads after 驻 where an institution is stationed, not whose it is (驻尼日尔军队: France's troops in Niger)", () => {
    const found = mentions('法国同意从尼日尔撤出驻尼日尔军队。');
    expect(found).toContainEqual(['尼日尔', 'country:NE']);
    expect(found.map(([, id]) => id)).not.toContain('organization:~尼日尔武装部队');
    expect(mentions('尼日尔军队发表声明。')).toContainEqual(['尼日尔军队', 'organization:~尼日尔武装部队']);
  });
});

describe('from a fourth hunt of the third stop (中东部, 吉美, 中国会, 马里诺·扎诺蒂, 艺与德)', () => {
  it('reads no Middle East in 中东部 of weather reports, but in 中东部署', () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
    expect(ids('今天中东部大部地区有雨，中东部多地降温。')).not.toContain('place:middle-east');
    expect(ids('美国在中东部署更多军队。')).toContain('place:middle-east');
  });

  it.each([
    ['展览在法国吉美国立亚洲艺术博物馆开幕。', '吉美国立亚洲艺术博物馆', 'organization:musee-guimet'],
    ['香港特区立法会三读通过《维护国家安全条例》。', '香港特区立法会', 'organization:legco'],
    ['澳门特区立法会通过法案。', '澳门特区立法会', 'organization:macao-legislative-assembly'],
    ['圣马力诺执政官马里诺·扎诺蒂会见代表团。', '马里诺·扎诺蒂', 'person:~马里诺·扎诺蒂'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });

  it('reads no parliament in 中国会 ("China will"), no Mali in 马里诺, no Germany in 艺与德', () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
    expect(ids('专家认为，未来中国会出现更多机遇。')).toEqual(['country:CN']);
    expect(ids('美国会众议院通过法案。')).toContain('organization:us-house');
    expect(ids('圣马力诺执政官马里诺·扎诺蒂会见代表团。')).not.toContain('country:ML');
    expect(ids('德国画展开幕。这是老画家的艺与德，令人敬佩。').filter((id) => id === 'country:DE')).toHaveLength(1);
  });
});

describe('Taiwan beside a country in the words of their ties (美台官方往来, 以台制华)', () => {
  it('reads 台 as Taiwan and its partner as the country, not 以 of 以台制华', () => {
    const found = mentions('美方停止任何形式的美台官方往来，停止美台勾连。以台制华注定失败。台风过境。');
    expect(found.filter(([, id]) => id === 'place:TW')).toHaveLength(3);
    expect(found.filter(([, id]) => id === 'country:US').length).toBeGreaterThanOrEqual(2);
    expect(found.map(([, id]) => id)).not.toContain('country:IL');
  });
});

describe('a publishing house named after its place (北京出版社)', () => {
  it('is one organization, no mention of the place', () => {
    const found = mentions('该书由北京出版社出版。');
    expect(found).toEqual([['北京出版社', 'organization:~北京出版社']]);
  });
});

describe('from the hunts of 2026-12-07 (桥塔, 16家铁路公司)', () => {
  it('reads no name in common words and slogans the recognizer took for names (not-entities.yaml)', () => {
    const named = (body: string): Array<string | null> =>
      mentions(body)
        .map(([, id]) => id)
        .filter((id) => id?.includes('~') === true);
    expect(named('两座大桥桥塔采用独柱塔的设计。屋内墨香扑鼻。')).toEqual([]);
    expect(named('“黑灯工厂”24小时不间歇生产，商协会负责人出席。河南许昌的蜡梅开了。')).toEqual([]);
    expect(named('选取了三家物业公司作为最终的投票对象。全国国省两级评估基本完成。')).toEqual([]);
  });

  it('reads no Mali in a US county (马里恩县), no Yuncheng in a host city of games (亚运城市), no Milan in Inter', () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
    expect(ids('美国田纳西州马里恩县一栋房屋内发生枪击。亚利桑那州马里科帕县。')).not.toContain('country:ML');
    expect(ids('马里总统表示欢迎。')).toContain('country:ML');
    expect(ids('杭州亚运城市志愿者上岗。')).not.toContain('place:cn-1408');
    expect(ids('山西运城市举行活动。')).toContain('place:cn-1408');
    expect(mentions('国际米兰队客场战胜对手。')).toEqual([['国际米兰队', 'organization:inter-milan']]);
  });

  it('reads a province’s CPPCC and people’s congress as its bodies (北京市政协, 上海市人大常委会); a deputy’s title keeps the province', () => {
    expect(mentions('北京市政协紧紧围绕加快发展高新技术产业。上海市人大常委会召开会议。')).toEqual([
      ['北京市政协', 'organization:~北京市政协'],
      ['上海市人大常委会', 'organization:~上海市人大常委会'],
    ]);
    expect(mentions('湖南省人大代表李明华表示。')).toContainEqual(['湖南省', 'place:cn-43']);
    expect(mentions('广东省政协委员出席。')).toEqual([['广东省', 'place:cn-44']]);
    // 人 of 塞罕坝人 and 大力 make no congress.
    expect(mentions('新一代塞罕坝人大力弘扬塞罕坝精神。').map(([, id]) => id)).toEqual([
      'place:saihanba',
      'place:saihanba',
    ]);
  });

  it('reads no place in a satellite series’ name (吉林一号), while a pit or a document’s number keeps it', () => {
    expect(mentions('我国成功发射6颗吉林一号和4颗天启星座卫星。')).toEqual([]);
    expect(mentions('兵马俑一号坑第三次发掘。')).toEqual([['兵马俑', 'place:terracotta-army']]);
    expect(mentions('吉林省一号文件发布。')).toEqual([['吉林省', 'place:cn-22']]);
  });

  it('reads no county in a slogan (科教兴县), no development bank in a count of countries (中亚五国开行量)', () => {
    const ids = (body: string): Array<string | null> => mentions(body).map(([, id]) => id);
    expect(ids('他就是全国科教兴县先进个人。')).toEqual([]);
    expect(ids('吕梁市兴县瓦塘镇')).toContain('place:cn-141123');
    expect(ids('其中，中亚五国开行量达到4250列。')).not.toContain('organization:cdb');
    expect(ids('国开行发放贷款。斯里兰卡统一国民党领袖。')).toEqual([
      'organization:cdb',
      'country:LK',
      'organization:kmt',
    ]);
  });

  it.each([
    ['习近平给猎鹰突击队全体队员回信。', '猎鹰突击队', 'organization:pap-falcon-commando'],
    ['习近平向康复国际百年庆典致贺信。', '康复国际', 'organization:rehabilitation-international'],
    ['伊拉克什叶派民兵组织“人民动员组织”称。', '人民动员组织', 'organization:pmf-iraq'],
    ['日本总务省公布数据。', '日本总务省', 'organization:japan-mic'],
    ['一季度经横琴口岸出入境旅客超340万人次。', '横琴口岸', 'place:hengqin-port'],
    ['习近平在纳扎尔巴耶夫大学演讲。', '纳扎尔巴耶夫大学', 'organization:nazarbayev-university'],
    ['全国妇联与国务院扶贫开发领导小组联合召开会议。', '国务院扶贫开发领导小组', 'organization:cpad-leading-group'],
    ['活动在中国非物质文化遗产馆启动。', '中国非物质文化遗产馆', 'organization:china-intangible-heritage-museum'],
    ['他接上了同共产国际的组织关系。', '共产国际', 'organization:comintern'],
    ['马克思、恩格斯为共产主义者同盟起草纲领。', '共产主义者同盟', 'organization:communist-league'],
    ['尤文图斯队主场对拉齐奥队。', '尤文图斯队', 'organization:juventus'],
    ['中非减贫与发展伙伴联盟成立大会举行。', '中非减贫与发展伙伴联盟', 'organization:china-africa-poverty-alliance'],
    ['最高人民法院知识产权法庭审结案件。', '最高人民法院知识产权法庭', 'organization:spc-ip-court'],
    ['携手联合国拉丁美洲和加勒比经济委员会举办活动。', '联合国拉丁美洲和加勒比经济委员会', 'organization:eclac'],
    ['《中华英才》半月刊和中国联合国协会主办。', '中国联合国协会', 'organization:una-china'],
    ['中科院国家天文台科研团队发布成果。', '中科院国家天文台', 'organization:naoc'],
    ['由世界顶尖科学家协会主办。', '世界顶尖科学家协会', 'organization:world-laureates-association'],
    ['丁薛祥主持中哈合作委员会第十一次会议。', '中哈合作委员会', 'organization:china-kazakhstan-cooperation-committee'],
    ['全国政协十四届常委会第七次会议开幕。', '全国政协十四届常委会', 'organization:cppcc-standing-committee'],
    ['俄罗斯卫星网等媒体报道。', '俄罗斯卫星网', 'organization:sputnik'],
    ['日本排协经过查实。', '日本排协', 'organization:jva'],
    ['假期八天，银联网络交易活跃。', '银联', 'organization:unionpay'],
    ['勾勒出了泛珠三角区域的壮丽空间。', '泛珠三角区域', 'place:pan-pearl-river-delta'],
    ['喀土穆、恩图曼、红海州的苏丹港。', '红海州', 'place:red-sea-state'],
    ['内蒙古启动了科尔沁、浑善达克两大沙地歼灭战。', '浑善达克', 'place:otindag'],
    ['天津杨柳青的创意木版年画。', '杨柳青', 'place:yangliuqing'],
    ['最高法知识产权法庭成立五年来。', '最高法知识产权法庭', 'organization:spc-ip-court'],
    ['加沙城、印度尼西亚医院以及汗尤尼斯均遭到袭击。', '印度尼西亚医院', 'organization:indonesian-hospital-gaza'],
    ['只带了一些云南白药和止痛片。', '云南白药', 'organization:yunnan-baiyao'],
    ['该架飞机由成都航空接收运营。', '成都航空', 'organization:chengdu-airlines'],
    ['中共与莫解阵党始终并肩前行。', '莫解阵党', 'organization:frelimo'],
    ['圭方将继续积极推动加共体同中国关系发展。', '加共体', 'organization:caricom'],
    [
      '共同主持中俄投资合作委员会第十次会议。',
      '中俄投资合作委员会',
      'organization:china-russia-investment-cooperation-committee',
    ],
    ['国际金融协会发表资金流动报告。', '国际金融协会', 'organization:iif'],
    ['中央党校出版社出版了邢贲思主编的《导读》。', '中央党校出版社', 'organization:central-party-school-press'],
    ['北京西站、国家行政学院等工程。', '国家行政学院', 'organization:chinese-academy-of-governance'],
    [
      '原水利电力部１９８２年进行国际招标。',
      '水利电力部',
      'organization:ministry-of-water-resources-and-electric-power',
    ],
    ['辜海燕将担任巴黎残奥会开幕式中国体育代表团旗手。', '巴黎残奥会', 'event:paris-paralympics'],
    ['习近平向信息支援部队授予军旗。', '信息支援部队', 'organization:pla-information-support-force'],
    ['他来自联勤保障部队。', '联勤保障部队', 'organization:pla-joint-logistic-support-force'],
    ['人民政协报社记者采访。', '人民政协报社', 'organization:cppcc-daily'],
    ['齐白石的画作展出。', '齐白石', 'person:qi-baishi'],
    ['中联重科发布新品。', '中联重科', 'organization:zoomlion'],
    ['火箭在海南商业航天发射场点火升空。', '海南商业航天发射场', 'place:hainan-commercial-spaceport'],
    ['福州鼓岭迎来游客。', '鼓岭', 'place:guling'],
    ['吕梁山区的孩子走出大山。', '吕梁山区', 'place:luliang-mountains'],
    ['昆明机床上涨。', '昆明机床', 'organization:kunming-machine-tool'],
    ['世界自然保护联盟把部分珍稀野生动物受威胁的级别降低。', '世界自然保护联盟', 'organization:iucn'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });

  it('reads a city’s presidential palace as the city (杜尚别总统府), a country’s as its office (韩国总统府); Gavi, Greenpeace', () => {
    expect(mentions('李强在杜尚别总统府会见。韩国总统府表示。')).toEqual([
      ['李强', 'person:li-qiang'],
      ['杜尚别', 'place:dushanbe'],
      ['韩国总统府', 'organization:~韩国总统府'],
    ]);
    expect(mentions('全球疫苗免疫联盟董事会主席会见。绿色和平组织发布报告。')).toEqual([
      ['全球疫苗免疫联盟', 'organization:gavi'],
      ['绿色和平组织', 'organization:greenpeace'],
    ]);
  });

  it('reads a fleet whole, with no sea or ocean inside it (俄罗斯太平洋舰队), and no PLA fleet in North Korea’s', () => {
    expect(mentions('俄罗斯太平洋舰队完成战备突击检查。')).toEqual([
      ['俄罗斯太平洋舰队', 'organization:pacific-fleet'],
    ]);
    expect(mentions('俄罗斯波罗的海舰队举行演习。')).toEqual([['俄罗斯波罗的海舰队', 'organization:baltic-fleet']]);
    expect(mentions('俄罗斯太平洋舰队和俄罗斯海军北方舰队参加。太平洋舰队的舰艇。')).toContainEqual([
      '太平洋舰队',
      'organization:pacific-fleet',
    ]);
    expect(mentions('朝鲜人民军海军东海舰队举行演习。').map(([, id]) => id)).not.toContain(
      'organization:pla-eastern-fleet',
    );
  });

  it('reads no Turkmen ministry in 土外交部 where the article names no Turkmenistan, and any country’s one-China policy as one', () => {
    expect(mentions('土外交部就西方旅行警告召见九国使节。').map(([, id]) => id)).not.toContain('organization:tm-mfa');
    expect(mentions('土库曼斯坦外交部发表声明。土外交部表示。')).toContainEqual(['土外交部', 'organization:tm-mfa']);
    expect(pipeline.dictionaries.entities.get('policy:one-china-policy')?.country).toBeUndefined();
  });

  it('reads Yueyang Tower and the Yuncheng Salt Lake, not the districts named after them (岳阳楼区, 盐湖区)', () => {
    expect(mentions('湖南岳阳楼上，大家登高远眺。')).toContainEqual(['岳阳楼', 'place:yueyang-tower']);
    expect(mentions('考察了运城博物馆和运城盐湖。').map(([, id]) => id)).toContain('place:yuncheng-salt-lake');
    expect(mentions('恢复盐湖生态系统。')).toEqual([]);
    expect(mentions('湖南岳阳楼区举行活动。')).toContainEqual(['岳阳楼区', 'place:cn-430602']);
  });

  it("reads no company in a count's 家 (16家铁路公司), while a place so written stays (五家渠市)", () => {
    expect(mentions('联合会所属的16家铁路公司停止提供运营服务。').map(([t]) => t)).not.toContain('家铁路公司');
    expect(spanNamesNothing('联合会所属的16家铁路公司停止', 8, 13, 'organization')).toBe(true);
    expect(spanNamesNothing('南山牧场、五家渠市银丰农业装备公司', 5, 18, 'organization')).toBe(false);
  });
});

describe('entries from the hunts of seeds 179–193', () => {
  it.each([
    ['西部战区空军某旅开展训练。', '西部战区空军', 'organization:pla-western-theater-air-force'],
    ['南部战区海军某舰艇编队开展训练。', '南部战区海军', 'organization:pla-southern-theater-navy'],
    ['珠江钢琴销往世界各地。', '珠江钢琴', 'organization:pearl-river-piano'],
    ['严厉打击“东伊运”等“三股势力”。', '东伊运', 'organization:etim'],
    ['土耳其灾害与应急管理署表示，已有数千人遇难。', '土耳其灾害与应急管理署', 'organization:afad'],
    ['记者走进中铁装备的生产车间。', '中铁装备', 'organization:creg'],
    ['国际奥委会奥林匹克转播服务公司负责转播。', '国际奥委会奥林匹克转播服务公司', 'organization:obs'],
    ['中国全国人大愿同蒙古国大呼拉尔加强交往。', '蒙古国大呼拉尔', 'organization:state-great-khural'],
    ['中方将与各方推进中国－中亚机制建设。', '中国－中亚机制', 'organization:china-central-asia-mechanism'],
    ['中国－中亚峰会在西安举行。', '中国－中亚峰会', 'event:china-central-asia-summit'],
    ['“八八战略”实施20周年。', '八八战略', 'initiative:double-eight-strategy'],
    ['落实两国元首达成的“旧金山愿景”。', '旧金山愿景', 'initiative:san-francisco-vision'],
    ['在上海外滩，灯光秀吸引游客。', '外滩', 'place:the-bund'],
    ['在武汉光谷的北斗大厦。', '光谷', 'place:optics-valley'],
    ['横断山脉的生物多样性。', '横断山脉', 'place:hengduan-mountains'],
    ['屈原故里湖北秭归举行龙舟赛。', '屈原', 'person:qu-yuan'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no Pearl River in the piano maker, no San Francisco in the vision, no 中亚 in the hyphenated mechanism', () => {
    expect(mentions('珠江钢琴销往世界各地。').map(([, id]) => id)).not.toContain('place:pearl-river');
    expect(mentions('落实“旧金山愿景”。').map(([, id]) => id)).not.toContain('place:san-francisco');
    expect(mentions('推进中国－中亚机制建设。').map(([, id]) => id)).not.toContain('place:central-asia');
  });
  it('reads no pair of countries in the 中华 of a name (中华文明探源工程: one word for China), while 中 of 中欧班列 stays', () => {
    expect(mentions('推进中华文明探源工程。')).toEqual([
      ['中华文明探源工程', 'initiative:chinese-civilization-origin-project'],
    ]);
    expect(mentions('开行中欧班列。')).toContainEqual(['中', 'country:CN']);
  });
  it('reads none of the new not-entities texts as a name', () => {
    expect(mentions('天亮以后，突击队继续搜救。')).toEqual([]);
    expect(mentions('今年新建15处休闲公园。')).toEqual([]);
  });
});

describe('entries from the hunts of seeds 197–211', () => {
  it.each([
    ['在上海，苏州河西闸开启。', '苏州河', 'place:suzhou-creek'],
    ['何梁何利基金颁奖大会在京举行。', '何梁何利基金', 'organization:ho-leung-ho-lee-foundation'],
    ['安徽淮南武王墩墓考古发掘。', '武王墩墓', 'place:wuwangdun'],
    ['落实昆明－蒙特利尔全球生物多样性框架。', '昆明－蒙特利尔全球生物多样性框架', 'initiative:kunming-montreal-gbf'],
    ['中俄执政党对话机制第十次会议举行。', '中俄执政党对话机制', 'initiative:china-russia-ruling-parties-dialogue'],
    ['据日本内阁府数据，经济增速放缓。', '日本内阁府', 'organization:japan-cabinet-office'],
    ['佩通坦今天在为泰党总部举行的仪式上发表讲话。', '为泰党', 'organization:pheu-thai'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no Suzhou, Montreal or people in those names', () => {
    const ids = (body: string) => mentions(body).map(([, id]) => id);
    expect(ids('在上海，苏州河西闸开启。')).not.toContain('place:cn-3205');
    expect(ids('落实昆明—蒙特利尔全球生物多样性框架。')).not.toContain('place:montreal');
    expect(mentions('何梁何利基金颁奖。')).toEqual([['何梁何利基金', 'organization:ho-leung-ho-lee-foundation']]);
  });
});

describe('more entries from the hunts of seeds 197–211', () => {
  it.each([
    ['中欧（中亚）班列开行。', '中欧（中亚）班列', 'initiative:china-europe-railway-express'],
    ['拉中论坛第三届部长级会议举行。', '拉中论坛', 'organization:china-celac-forum'],
    ['考察宏村古村落。', '宏村', 'place:hongcun'],
    ['上海自贸试验区挂牌十周年。', '上海自贸试验区', 'place:shanghai-ftz'],
    ['常泰长江大桥主航道桥合龙。', '常泰长江大桥', 'place:changtai-yangtze-bridge'],
    ['利比亚民族团结政府发表声明。', '利比亚民族团结政府', 'organization:libya-gnu'],
    ['欧盟财政部长理事会19日审议并通过。', '欧盟财政部长理事会', 'organization:ecofin'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no Central Asia or Europe as places in the railway express written with its branch', () => {
    expect(mentions('中欧（中亚）班列开行。').map(([, id]) => id)).not.toContain('place:central-asia');
  });
});

describe('entries from the hunts of seeds 223–229', () => {
  it.each([
    ['美国中东问题特使罗斯抵达以色列。罗斯会见了内塔尼亚胡。', '罗斯', 'person:dennis-ross'],
    ['土宪法法院取缔繁荣党。', '繁荣党', 'organization:refah'],
    ['大埔、天水围等７个地区举办活动。', '天水围', 'place:tin-shui-wai'],
    ['在人民英雄纪念碑前敬献花篮。', '人民英雄纪念碑', 'place:monument-to-the-peoples-heroes'],
    ['国务院三峡建委第七次会议召开。', '国务院三峡建委', 'organization:three-gorges-construction-committee'],
    ['双方要实施好中白工业园等项目。', '中白工业园', 'place:china-belarus-industrial-park'],
    ['据美国“枪支暴力档案”网站统计。', '枪支暴力档案', 'organization:gun-violence-archive'],
    ['精神文明建设“五个一工程”颁奖。', '五个一工程', 'initiative:five-ones-project'],
    ['美疾控中心数据显示。', '美疾控中心', 'organization:us-cdc'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no Tianshui, Three Gorges or pair of countries inside those names, and 罗斯 of 俄罗斯 is no envoy', () => {
    const ids = (body: string) => mentions(body).map(([, id]) => id);
    expect(ids('大埔、天水围等７个地区。')).not.toContain('place:cn-6205');
    expect(ids('国务院三峡建委第七次会议召开。')).not.toContain('place:three-gorges');
    expect(ids('双方要实施好中白工业园等项目。')).not.toContain('country:BY');
    expect(ids('美国中东问题特使罗斯抵达俄罗斯。')).toContain('country:RU');
  });
});

describe('entries from the hunts of seeds 229–241', () => {
  it.each([
    ['国家『八七』扶贫攻坚计划实施。', '国家『八七』扶贫攻坚计划', 'initiative:8-7-poverty-plan'],
    ['德国央行德意志联邦银行表示。', '德意志联邦银行', 'organization:bundesbank'],
    ['坚持新发展理念。', '新发展理念', 'policy:new-development-philosophy'],
    ['坚持总体国家安全观。', '总体国家安全观', 'policy:holistic-national-security'],
    ['梅兰芳是京剧改革家。', '梅兰芳', 'person:mei-lanfang'],
    ['活动在北外滩举行。', '北外滩', 'place:north-bund'],
    ['深受密联邦民众欢迎。', '密联邦', 'country:FM'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('the last entries of this stop’s hunts', () => {
  it.each([
    ['会议在诗丽吉国家会议中心举行。', '诗丽吉国家会议中心', 'place:queen-sirikit-convention-center'],
    ['乌克兰最高拉达通过法案。', '乌克兰最高拉达', 'organization:verkhovna-rada'],
    ['中储粮集团公司加强储备管理。', '中储粮集团公司', 'organization:sinograin'],
    ['游客漫步天津五大道。', '五大道', 'place:wudadao'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it("reads no Beijing convention centre in Bangkok's, and no Yangtze in an old ship's name (长江口二号古船)", () => {
    expect(mentions('会议在诗丽吉国家会议中心举行。').map(([, id]) => id)).not.toContain(
      'place:china-national-convention-center',
    );
    expect(mentions('长江口二号古船整体打捞出水。')).toEqual([]);
  });
});

describe('entries from the hunts of seeds 251–263', () => {
  it.each([
    ['刚果（民）局势趋于缓和。', '刚果（民）', 'country:CD'],
    ['西萨摩亚总理访华。', '西萨摩亚', 'country:WS'],
    ['向香港电台赠播。', '香港电台', 'organization:rthk'],
    ['共建澜湄国家命运共同体。', '澜湄国家命运共同体', 'initiative:lancang-mekong-community'],
    ['江苏无锡鼋头渚的早樱。', '鼋头渚', 'place:yuantouzhu'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
});

describe('organizing committees of games', () => {
  it.each([
    ['随后杭州亚组委向各参赛队致谢。', '杭州亚组委', 'organization:hagoc'],
    ['据杭州第19届亚运会组委会消息。', '杭州第19届亚运会组委会', 'organization:hagoc'],
    ['巴黎奥组委14日公布奖牌设计。', '巴黎奥组委', 'organization:paris-2024-organizing-committee'],
  ])('%s → %s, the city inside it no mention', (body, text, id) => {
    expect(mentions(body)).toEqual([[text, id]]);
  });
});

describe('entries from the hunts of seeds 269–277', () => {
  it.each([
    ['台风在西北太平洋生成。', '西北太平洋', 'place:northwest-pacific'],
    ['共同参观大城府国家艺术博物馆。', '大城府', 'place:ayutthaya'],
    ['佛罗里达州坦帕地区。', '坦帕', 'place:tampa'],
    ['是世界海关组织倡导的制度。', '世界海关组织', 'organization:wco'],
    ['出席巴伦支海—欧洲—北冰洋理事会外长会议。', '巴伦支海—欧洲—北冰洋理事会', 'organization:beac'],
    ['击败中国台北棋手。', '中国台北', 'place:TW'],
    ['何长工来到地质部后开始工作。', '地质部', 'organization:ministry-of-geology'],
    ['中国援建非洲疾控中心总部。', '非洲疾控中心', 'organization:africa-cdc'],
    ['杭州亚残组委会发布通知。', '杭州亚残组委会', 'organization:hangzhou-asian-para-games-organizing-committee'],
    ['该县能登地区发生强震。', '能登', 'place:noto'],
    ['在河内、芹苴等地。', '芹苴', 'place:can-tho'],
    ['拉姆施泰因空军基地。', '拉姆施泰因空军基地', 'place:ramstein-air-base'],
    ['俄军在沃夫昌斯克发动进攻。', '沃夫昌斯克', 'place:vovchansk'],
    ['综合治理筼筜湖。', '筼筜湖', 'place:yundang-lake'],
    ['京津冀及周边地区、汾渭平原等地。', '汾渭平原', 'place:fenwei-plain'],
    [
      '就“昆明——蒙特利尔全球生物多样性框架”达成一致。',
      '昆明——蒙特利尔全球生物多样性框架',
      'initiative:kunming-montreal-gbf',
    ],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no Germany in 中越德天瀑布, the falls', () => {
    expect(mentions('中越德天（板约）瀑布跨境旅游合作区。')).toEqual([
      ['中', 'country:CN'],
      ['越', 'country:VN'],
      ['德天', 'place:detian-falls'],
    ]);
  });
  it('reads no China’s Northwest in 西北太平洋, and no seas in the Barents council', () => {
    expect(mentions('台风在西北太平洋生成。')).toEqual([['西北太平洋', 'place:northwest-pacific']]);
    expect(mentions('出席巴伦支海—欧洲—北冰洋理事会外长会议。')).toEqual([
      ['巴伦支海—欧洲—北冰洋理事会', 'organization:beac'],
    ]);
  });
});

describe('entries from the hunts of seeds 359–373', () => {
  it.each([
    ['新近加盟部队文艺团体的潘长江。', '潘长江', 'person:pan-changjiang'],
    ['在１９８９年买下美国哥伦比亚影片和法国的公司。', '美国哥伦比亚影片', 'organization:columbia-pictures'],
    ['哲蚌寺、强巴林寺、直贡梯寺等寺庙。', '强巴林寺', 'place:galden-jampaling-monastery'],
    ['从这里一路向南，秦岭国家植物园。', '秦岭国家植物园', 'place:qinling-national-botanical-garden'],
    ['白霜覆盖津门大地。', '津门', 'place:cn-12'],
    ['在日本最大的经济社团——经团联。', '经团联', 'organization:keidanren'],
    ['全国供销合作总社向社会公开发布。', '全国供销合作总社', 'organization:acfsmc'],
    ['北京经开区企业加快发展。', '北京经开区', 'place:beijing-etda'],
    ['在“莫斯科回声”电台发表谈话。', '“莫斯科回声”电台', 'organization:echo-of-moscow'],
    ['澳西太平洋银行也不甘落后。', '澳西太平洋银行', 'organization:westpac'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no Bahrain in 强巴林寺, no Yangtze in 潘长江 and no Moscow in the radio', () => {
    const ids = [...mentions('强巴林寺。'), ...mentions('潘长江说。'), ...mentions('在“莫斯科回声”电台发表谈话。')].map(
      ([, id]) => id,
    );
    expect(ids).not.toContain('country:BH');
    expect(ids).not.toContain('place:yangtze');
    expect(ids).not.toContain('place:moscow');
  });
});

describe('entries from the hunts of seeds 379–389', () => {
  it.each([
    ['日本公明党党首山口那津男率领的代表团。', '山口那津男', 'person:natsuo-yamaguchi'],
    ['中国组合陈芋汐/全红婵夺得冠军。', '全红婵', 'person:quan-hongchan'],
    ['出席中非合作论坛北京峰会。', '中非合作论坛北京峰会', 'event:focac-beijing-summit-2024'],
    ['推动解决咸海生态危机。', '咸海', 'place:aral-sea'],
    ['宫崎县日向滩地区发生地震。', '日向滩', 'place:hyuga-nada'],
    ['以该国首都班吉为圆心。', '班吉', 'place:bangui'],
    ['在韩国全罗南道的务安国际机场。', '务安国际机场', 'place:muan-airport'],
    ['位于巴基斯坦南部的塔尔煤田一区块。', '塔尔煤田', 'place:thar-coalfield'],
    ['在喀山克里姆林宫会见。', '喀山克里姆林宫', 'place:kazan-kremlin'],
    ['伦敦帝国理工学院中国学联。', '伦敦帝国理工学院', 'organization:imperial-college-london'],
    ['中国妇女第十三次全国代表大会开幕。', '中国妇女第十三次全国代表大会', 'event:acwf-13th-congress'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no Moscow Kremlin in Kazan’s', () => {
    expect(mentions('在喀山克里姆林宫会见。').map(([, id]) => id)).not.toContain('organization:kremlin');
  });
});

describe('entries from the hunts of seeds 397–409', () => {
  it.each([
    ['莫斯科红场阅兵活动。', '红场', 'place:red-square'],
    ['出席第17届东亚峰会。', '东亚峰会', 'event:east-asia-summit'],
    ['中国发展高层论坛2023年年会开幕。', '中国发展高层论坛', 'organization:china-development-forum'],
    ['巴勒斯坦民族解放运动（法塔赫）发表声明。', '巴勒斯坦民族解放运动', 'organization:fatah'],
    ['中国政法大学教授说。', '中国政法大学', 'organization:cupl'],
    ['欧洲共同市场成立。', '欧洲共同市场', 'organization:eec'],
    ['国务院扶贫办发布通知。', '国务院扶贫办', 'organization:cpad-office'],
  ])('%s → %s', (body, text, id) => {
    expect(mentions(body)).toContainEqual([text, id]);
  });
  it('reads no China inside the forum’s or the university’s name, and no Palestine inside Fatah’s', () => {
    const ids = [
      ...mentions('中国发展高层论坛2023年年会开幕。'),
      ...mentions('中国政法大学教授说。'),
      ...mentions('巴勒斯坦民族解放运动发表声明。'),
    ].map(([, id]) => id);
    expect(ids).not.toContain('country:CN');
    expect(ids).not.toContain('country:PS');
  });
});
