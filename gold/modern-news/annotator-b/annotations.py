# Annotator B1 -- annotations for paragraphs 1-150 (see build.py for the format).
A[1] = """
中央广播电视总台|ORG|中央广播电视总台
"""
A[3] = """
农业农村部|ORG|农业农村部
国家乡村振兴局|ORG|国家乡村振兴局
国家{乡村振兴}示范县|INITIATIVE|乡村振兴
河南省|LOC|河南省
兰考县|LOC|兰考县
四川省|LOC|四川省
眉山市|LOC|眉山市
东坡区|LOC|东坡区
国家{乡村振兴}示范县|INITIATIVE|乡村振兴
"""
A[4] = """
中科院空间应用中心|ORG|中国科学院空间应用工程与技术中心
"""
A[5] = """
国家体育场|LOC|国家体育场
鸟巢|LOC|国家体育场
北京|LOC|北京
"""
A[6] = """
甘肃|LOC|甘肃
宁夏|LOC|宁夏
内蒙古|LOC|内蒙古
中央气象台|ORG|中央气象台
华北|LOC|华北
东北|LOC|东北
黄淮|LOC|黄淮
江淮|LOC|江淮
{京}津冀|LOC|北京
京{津}冀|LOC|天津
京津{冀}|LOC|河北
"""
A[7] = """
国家发展改革委|ORG|国家发展和改革委员会
国家能源局|ORG|国家能源局
"""
A[8] = """
联合国世界旅游组织|ORG|联合国世界旅游组织
中国|COUNTRY|CN
广西|LOC|广西
大寨村|LOC|大寨村
重庆|LOC|重庆
荆竹村|LOC|荆竹村
"""
A[10] = """
厦门大学|ORG|厦门大学
"""
A[11] = """
中国海油|ORG|中国海洋石油集团有限公司
海南岛|LOC|海南岛
琼东南盆地|LOC|琼东南盆地
宝岛21-1气田|LOC|宝岛21-1气田
"""
A[12] = """
深圳海关|ORG|深圳海关
深圳港|LOC|深圳港
东盟|ORG|东南亚国家联盟
"""
A[13] = """
联合国教科文组织保护非物质文化遗产政府间委员会|ORG|联合国教科文组织保护非物质文化遗产政府间委员会
{联合国}非物质|ORG|联合国
土耳其|COUNTRY|TR
阿赫拉特|LOC|阿赫拉特
中国|COUNTRY|CN
"""
A[14] = """
沙特|COUNTRY|SA
阿联酋|COUNTRY|AE
科威特|COUNTRY|KW
"""
A[16] = """
瑞典|COUNTRY|SE
"""
A[17] = """
英国工业联合会|ORG|英国工业联合会
英国|COUNTRY|GB
英国|COUNTRY|GB
英国|COUNTRY|GB
"""
A[18] = """
美国|COUNTRY|US
美国|COUNTRY|US
加州|LOC|加州
全{美}|COUNTRY|US
"""
A[19] = """
林玉辉|PER|林玉辉
东盟|ORG|东南亚国家联盟
对{华}|COUNTRY|CN
{中}方|COUNTRY|CN
东盟|ORG|东南亚国家联盟
{中}方|COUNTRY|CN
东盟|ORG|东南亚国家联盟
中国|COUNTRY|CN
东盟|ORG|东南亚国家联盟
中国|COUNTRY|CN
"""
A[20] = """
美国约翰斯·霍普金斯大学|ORG|约翰斯·霍普金斯大学
美国|COUNTRY|US
美国疾控中心|ORG|美国疾病控制与预防中心
美国|COUNTRY|US
"""
A[21] = """
科索沃|LOC|科索沃
塞尔维亚|COUNTRY|RS
科索沃|LOC|科索沃
科索沃|LOC|科索沃
科索沃|LOC|科索沃
"""
A[22] = """
美联储|ORG|美国联邦储备委员会
美国|COUNTRY|US
美联储|ORG|美国联邦储备委员会
美国|COUNTRY|US
"""
A[23] = """
欧洲中央银行|ORG|欧洲中央银行
欧元区|LOC|欧元区
欧洲央行|ORG|欧洲中央银行
欧洲央行|ORG|欧洲中央银行
欧元区|LOC|欧元区
欧洲央行|ORG|欧洲中央银行
"""
A[24] = """
美国|COUNTRY|US
华尔街日报|ORG|华尔街日报
美国|COUNTRY|US
美国|COUNTRY|US
"""
A[25] = """
习近平|PER|习近平
中国|COUNTRY|CN
中国|COUNTRY|CN
中国|COUNTRY|CN
中国|COUNTRY|CN
亚太|LOC|亚太
"""
A[26] = """
哈马德|PER|哈马德
{巴}中关系|COUNTRY|BH
巴{中}关系|COUNTRY|CN
{巴}方把|COUNTRY|BH
中国|COUNTRY|CN
巴林|COUNTRY|BH
中国|COUNTRY|CN
中国|COUNTRY|CN
中国|COUNTRY|CN
{巴}方同|COUNTRY|BH
{中}方开展|COUNTRY|CN
{中}方在|COUNTRY|CN
"""
A[27] = """
习近平|PER|习近平
{中}新两国|COUNTRY|CN
中{新}两国|COUNTRY|NZ
{中}新关系|COUNTRY|CN
中{新}关系|COUNTRY|NZ
{中}新自由|COUNTRY|CN
中{新}自由|COUNTRY|NZ
路易·艾黎|PER|路易·艾黎
{中}新都是|COUNTRY|CN
中{新}都是|COUNTRY|NZ
中国|COUNTRY|CN
中国|COUNTRY|CN
中国|COUNTRY|CN
太平洋|LOC|太平洋
{中}方愿|COUNTRY|CN
{新}方|COUNTRY|NZ
太平洋|LOC|太平洋
"""
A[28] = """
哈里斯|PER|哈里斯
{美}方|COUNTRY|US
{中}方|COUNTRY|CN
"""
A[29] = """
习近平|PER|习近平
党中央|ORG|中国共产党中央委员会
中国|COUNTRY|CN
中国|COUNTRY|CN
"""
A[30] = """
李显龙|PER|李显龙
{中共}二十大|ORG|中国共产党
习近平|PER|习近平
{新}中双边|COUNTRY|SG
新{中}双边|COUNTRY|CN
{新}方期待|COUNTRY|SG
{新}中关系|COUNTRY|SG
新{中}关系|COUNTRY|CN
{中}方继续|COUNTRY|CN
苏州|LOC|苏州
天津|LOC|天津
重庆|LOC|重庆
广州知识城|LOC|广州知识城
中国|COUNTRY|CN
中国|COUNTRY|CN
{新}方始终|COUNTRY|SG
中国|COUNTRY|CN
全球发展倡议|INITIATIVE|全球发展倡议
"""
A[31] = """
{习}主席|PER|习近平
军委联合作战指挥中心|ORG|中央军委联合作战指挥中心
"""
A[32] = """
全国台联|ORG|中华全国台湾同胞联谊会
全国台联|ORG|中华全国台湾同胞联谊会
全国台联|ORG|中华全国台湾同胞联谊会
全国台联|ORG|中华全国台湾同胞联谊会
"""
A[33] = """
米沙勒|PER|米沙勒
中国|COUNTRY|CN
{科}中友好|COUNTRY|KW
科{中}友好|COUNTRY|CN
中国|COUNTRY|CN
{中}方提出|COUNTRY|CN
中国|COUNTRY|CN
科威特|COUNTRY|KW
科威特|COUNTRY|KW
习近平|PER|习近平
习近平|PER|习近平
中国|COUNTRY|CN
{科}方|COUNTRY|KW
一个{中国}原则|COUNTRY|CN
{中}方共同|COUNTRY|CN
"""
A[34] = """
央视网|ORG|央视网
中国致公党|ORG|中国致公党
北京|LOC|北京
李希|PER|李希
{中共中央}致贺词|ORG|中国共产党中央委员会
"""
A[35] = """
世界贸易组织|ORG|世界贸易组织
世界贸易组织|ORG|世界贸易组织
{中}方提出|COUNTRY|CN
"""
A[36] = """
习近平|PER|习近平
"""
A[37] = """
美国枪支暴力档案网站|ORG|枪支暴力档案
全{美}|COUNTRY|US
"""
A[38] = """
李克强|PER|李克强
夏巴兹·谢里夫|PER|夏巴兹·谢里夫
中国人民解放军仪仗队|ORG|中国人民解放军仪仗队
"""
A[39] = """
委内瑞拉|COUNTRY|VE
哥伦比亚|COUNTRY|CO
美国|COUNTRY|US
委内瑞拉|COUNTRY|VE
哥伦比亚|COUNTRY|CO
哥伦比亚|COUNTRY|CO
佩特罗|PER|佩特罗
"""
A[40] = """
李克强|PER|李克强
新加坡|COUNTRY|SG
中国|COUNTRY|CN
国际陆海贸易新通道|INITIATIVE|国际陆海贸易新通道
{中}方愿|COUNTRY|CN
{新}方|COUNTRY|SG
东盟|ORG|东南亚国家联盟
中国|COUNTRY|CN
东盟|ORG|东南亚国家联盟
"""
A[41] = """
印度尼西亚气象、气候和地球物理局|ORG|印度尼西亚气象、气候和地球物理局
展玉|LOC|展玉
印尼|COUNTRY|ID
"""
A[42] = """
世卫组织|ORG|世界卫生组织
日本|COUNTRY|JP
"""
A[43] = """
央视网|ORG|央视网
柬埔寨王国|COUNTRY|KH
洪森|PER|洪森
李克强|PER|李克强
柬埔寨|COUNTRY|KH
金边|LOC|金边
中国|COUNTRY|CN
东盟|ORG|东南亚国家联盟
东盟|ORG|东南亚国家联盟
{中}日韩|COUNTRY|CN
中{日}韩|COUNTRY|JP
中日{韩}|COUNTRY|KR
东亚|LOC|东亚
柬埔寨|COUNTRY|KH
"""
A[44] = """
李克强|PER|李克强
洪森|PER|洪森
"""
A[45] = """
美国|COUNTRY|US
美国|COUNTRY|US
"""
A[46] = """
央视网|ORG|央视网
中国|COUNTRY|CN
菲律宾|COUNTRY|PH
达沃|LOC|达沃
萨马尔岛|LOC|萨马尔岛
中国|COUNTRY|CN
菲律宾|COUNTRY|PH
一带一路|INITIATIVE|一带一路
菲律宾|COUNTRY|PH
好建多建|INITIATIVE|好建多建
菲律宾|COUNTRY|PH
马科斯|PER|马科斯
菲律宾|COUNTRY|PH
中国|COUNTRY|CN
"""
A[47] = """
央视网|ORG|央视网
美国约翰斯·霍普金斯大学|ORG|约翰斯·霍普金斯大学
美国|COUNTRY|US
世卫组织|ORG|世界卫生组织
美国|COUNTRY|US
"""
A[48] = """
央视网|ORG|央视网
美国约翰斯·霍普金斯大学|ORG|约翰斯·霍普金斯大学
美国|COUNTRY|US
"""
A[49] = """
央视网|ORG|央视网
湖北|LOC|湖北
荆门|LOC|荆门
漳河机场|LOC|漳河机场
漳河水库|LOC|漳河水库
"""
A[50] = """
央视网|ORG|央视网
国家卫生健康委|ORG|国家卫生健康委员会
新疆生产建设兵团|ORG|新疆生产建设兵团
"""
A[51] = """
央视网|ORG|央视网
77国集团和中国|ORG|77国集团和中国
纽约|LOC|纽约
古巴|COUNTRY|CU
古巴|COUNTRY|CU
罗德里格斯|PER|罗德里格斯
77国集团和中国|ORG|77国集团和中国
古巴|COUNTRY|CU
"""
A[52] = """
十九届{中央纪律检查委员会}|ORG|中国共产党中央纪律检查委员会
习近平|PER|习近平
党中央|ORG|中国共产党中央委员会
党中央|ORG|中国共产党中央委员会
"""
A[53] = """
中国|COUNTRY|CN
"""
A[54] = """
辽宁|LOC|辽宁
盘锦|LOC|盘锦
付桂茹|PER|付桂茹
"""
A[55] = """
央视网|ORG|央视网
"""
A[56] = """
中储粮集团|ORG|中国储备粮管理集团有限公司
"""
A[58] = """
央视网|ORG|央视网
云南|LOC|云南
云南|LOC|云南
南亚|LOC|南亚
东南亚|LOC|东南亚
云南|LOC|云南
"""
A[59] = """
央视网|ORG|央视网
中国共产党|ORG|中国共产党
中共中央|ORG|中国共产党中央委员会
习近平|PER|习近平
{中共}二十大|ORG|中国共产党
"""
A[60] = """
央视网|ORG|央视网
汪洋|PER|汪洋
西藏|LOC|西藏
习近平|PER|习近平
马克思主义{中国}化|COUNTRY|CN
{中国}特色社会主义|COUNTRY|CN
"""
A[61] = """
中国人民银行|ORG|中国人民银行
巴西中央银行|ORG|巴西中央银行
巴西|COUNTRY|BR
{中}巴|COUNTRY|CN
中{巴}|COUNTRY|BR
"""
A[62] = """
福建|LOC|福建
"""
A[63] = """
{京}津冀|LOC|北京
京{津}冀|LOC|天津
京津{冀}|LOC|河北
{京}津冀|LOC|北京
京{津}冀|LOC|天津
京津{冀}|LOC|河北
"""
A[64] = """
国家中医药管理局|ORG|国家中医药管理局
"""
A[65] = """
中央广播电视总台|ORG|中央广播电视总台
央视财经频道|ORG|中央电视台财经频道
{央视财经}、|ORG|央视财经
央视频|ORG|央视频
央广经济之声|ORG|中央人民广播电台经济之声
"""
A[66] = """
教育部|ORG|教育部
"""
A[67] = """
在{京}|LOC|北京
"""
A[68] = """
{中}老泰|COUNTRY|CN
中{老}泰|COUNTRY|LA
中老{泰}|COUNTRY|TH
昆明|LOC|昆明
{中}老铁路|COUNTRY|CN
中{老}铁路|COUNTRY|LA
老挝|COUNTRY|LA
万象|LOC|万象
泰国|COUNTRY|TH
曼谷|LOC|曼谷
"""
A[69] = """
工业和信息化部|ORG|工业和信息化部
"""
A[71] = """
交通运输部|ORG|交通运输部
财政部|ORG|财政部
"""
A[72] = """
中国汽车工业协会|ORG|中国汽车工业协会
"""
A[73] = """
江西|LOC|江西
九江|LOC|九江
"""
A[76] = """
国家医保局|ORG|国家医疗保障局
"""
A[77] = """
上合示范区|LOC|上合示范区
青岛海关|ORG|青岛海关
上合示范区|LOC|上合示范区
中欧班列|INITIATIVE|中欧班列
{中}欧班列|COUNTRY|CN
"""
A[78] = """
广东|LOC|广东
阳江|LOC|阳江
"""
A[79] = """
国家电网|ORG|国家电网有限公司
青海|LOC|青海
哇让抽水蓄能电站|LOC|哇让抽水蓄能电站
青海|LOC|青海
海南州|LOC|海南州
青海|LOC|青海
西北|LOC|西北
"""
A[80] = """
财政部|ORG|财政部
"""
A[81] = """
国家金融监督管理总局|ORG|国家金融监督管理总局
"""
A[82] = """
横琴口岸|LOC|横琴口岸
"""
A[83] = """
中国科学院|ORG|中国科学院
北京|LOC|北京
"""
A[84] = """
世界互联网大会|ORG|世界互联网大会
乌镇|LOC|乌镇
网络空间命运共同体|INITIATIVE|网络空间命运共同体
"""
A[87] = """
苏丹快速支援部队|ORG|快速支援部队
苏丹|COUNTRY|SD
中达尔富尔州|LOC|中达尔富尔州
扎林盖市|LOC|扎林盖市
苏丹快速支援部队|ORG|快速支援部队
南达尔富尔州|LOC|南达尔富尔州
尼亚拉市|LOC|尼亚拉市
苏丹武装部队|ORG|苏丹武装部队
苏丹|COUNTRY|SD
沙特|COUNTRY|SA
吉达|LOC|吉达
"""
A[89] = """
美国|COUNTRY|US
佐治亚州|LOC|佐治亚州
亚拉巴马州|LOC|亚拉巴马州
佐治亚州|LOC|佐治亚州
美国|COUNTRY|US
密西西比州|LOC|密西西比州
美国有线电视新闻网|ORG|美国有线电视新闻网
美国|COUNTRY|US
"""
A[90] = """
美国驻沙特吉达领事馆|LOC|美国驻沙特吉达领事馆
沙特通讯社|ORG|沙特通讯社
美领馆|LOC|美国驻沙特吉达领事馆
沙特|COUNTRY|SA
美领馆|ORG|美国驻沙特吉达领事馆
"""
A[92] = """
加拿大|COUNTRY|CA
加拿大|COUNTRY|CA
加拿大|COUNTRY|CA
"""
A[94] = """
中国|COUNTRY|CN
中国|COUNTRY|CN
"""
A[95] = """
中国|COUNTRY|CN
孟加拉国|COUNTRY|BD
一带一路|INITIATIVE|一带一路
孟加拉国|COUNTRY|BD
多哈扎里|LOC|多哈扎里
科克斯巴扎尔|LOC|科克斯巴扎尔
孟加拉国|COUNTRY|BD
哈西娜|PER|哈西娜
孟加拉国|COUNTRY|BD
吉大港|LOC|吉大港
科克斯巴扎尔|LOC|科克斯巴扎尔
孟加拉国|COUNTRY|BD
"""
A[96] = """
意大利|COUNTRY|IT
西西里岛|LOC|西西里岛
埃特纳火山|LOC|埃特纳火山
埃特纳火山|LOC|埃特纳火山
欧洲|LOC|欧洲
"""
A[97] = """
美国|COUNTRY|US
佐治亚州|LOC|佐治亚州
不伦瑞克|LOC|不伦瑞克
美国|COUNTRY|US
不伦瑞克市|LOC|不伦瑞克市
不伦瑞克市|LOC|不伦瑞克市
"""
A[98] = """
叙利亚|COUNTRY|SY
巴沙尔·阿萨德|PER|巴沙尔·阿萨德
伊朗|COUNTRY|IR
莱希|PER|莱希
{叙}伊|COUNTRY|SY
叙{伊}|COUNTRY|IR
莱希|PER|莱希
叙利亚|COUNTRY|SY
美军|ORG|美国军队
叙利亚|COUNTRY|SY
叙利亚|COUNTRY|SY
"""
A[99] = """
卡塔尔|COUNTRY|QA
穆罕默德|PER|穆罕默德
巴林|COUNTRY|BH
麦纳麦|LOC|麦纳麦
卡塔尔|COUNTRY|QA
巴林|COUNTRY|BH
卡塔尔|COUNTRY|QA
塔米姆|PER|塔米姆
巴林|COUNTRY|BH
哈马德|PER|哈马德
"""
A[101] = """
阿拉伯联盟外长级理事会|ORG|阿拉伯国家联盟外长级理事会
埃及|COUNTRY|EG
开罗|LOC|开罗
阿盟总部|LOC|阿盟总部
巴勒斯坦|COUNTRY|PS
叙利亚|COUNTRY|SY
梅克达德|PER|梅克达德
{叙}外长|COUNTRY|SY
梅克达德|PER|梅克达德
叙利亚|COUNTRY|SY
阿盟|ORG|阿拉伯国家联盟
"""
A[102] = """
德国|COUNTRY|DE
捷孚凯|ORG|捷孚凯
德国|COUNTRY|DE
捷孚凯|ORG|捷孚凯
比克尔|PER|比克尔
德国|COUNTRY|DE
"""
A[103] = """
美国海岸警卫队|ORG|美国海岸警卫队
美国|COUNTRY|US
"""
A[105] = """
马尔帕斯|PER|马尔帕斯
国际货币基金组织|ORG|国际货币基金组织
世界银行|ORG|世界银行
中国|COUNTRY|CN
世行|ORG|世界银行
{欧}美|LOC|欧洲
欧{美}|COUNTRY|US
"""
A[107] = """
苏丹武装部队|ORG|苏丹武装部队
快速支援部队|ORG|快速支援部队
苏丹|COUNTRY|SD
达尔富尔|LOC|达尔富尔
苏丹|COUNTRY|SD
国际移民组织|ORG|国际移民组织
苏丹|COUNTRY|SD
苏丹|COUNTRY|SD
苏丹|COUNTRY|SD
"""
A[108] = """
叙利亚|COUNTRY|SY
叙利亚外交部|ORG|叙利亚外交部
以色列|COUNTRY|IL
叙利亚|COUNTRY|SY
叙利亚|COUNTRY|SY
"""
A[109] = """
塞西|PER|塞西
李希|PER|李希
习近平|PER|习近平
塞西|PER|塞西
习近平|PER|习近平
中国|COUNTRY|CN
中国|COUNTRY|CN
{埃}中|COUNTRY|EG
埃{中}|COUNTRY|CN
一带一路|INITIATIVE|一带一路
埃及|COUNTRY|EG
{中}方|COUNTRY|CN
中国|COUNTRY|CN
来{埃}|COUNTRY|EG
埃及|COUNTRY|EG
一个{中国}原则|COUNTRY|CN
中国|COUNTRY|CN
{埃}加入|COUNTRY|EG
金砖|ORG|金砖国家
习近平|PER|习近平
中国|COUNTRY|CN
"""
A[110] = """
姆维尼|PER|姆维尼
{中}方长期|COUNTRY|CN
坦桑尼亚|COUNTRY|TZ
{中}方核心|COUNTRY|CN
{坦}方|COUNTRY|TZ
{中}方坚定|COUNTRY|CN
"""
A[111] = """
央视网|ORG|央视网
新华社|ORG|新华通讯社
李希|PER|李希
中国共产党第二十届中央纪律检查委员会|ORG|中国共产党中央纪律检查委员会
{习近平}新时代|PER|习近平
新时代{中国}特色|COUNTRY|CN
"""
A[112] = """
韩正|PER|韩正
中国|COUNTRY|CN
赤道几内亚|COUNTRY|GQ
{中}赤几|COUNTRY|CN
中{赤几}|COUNTRY|GQ
{中}方始终|COUNTRY|CN
{赤几}为|COUNTRY|GQ
{中}赤几团结|COUNTRY|CN
中{赤几}团结|COUNTRY|GQ
"""
A[113] = """
中国国际交流协会|ORG|中国国际交流协会
北京|LOC|北京
全球文明倡议|INITIATIVE|全球文明倡议
"""
A[114] = """
习近平|PER|习近平
"""
A[115] = """
习近平|PER|习近平
中国|COUNTRY|CN
北马其顿|COUNTRY|MK
{中}北马关系发展|COUNTRY|CN
中{北马}关系发展|COUNTRY|MK
彭达罗夫斯基|PER|彭达罗夫斯基
{中}北马关系美好|COUNTRY|CN
中{北马}关系美好|COUNTRY|MK
"""
A[116] = """
北京|LOC|北京
中央外办|ORG|中央外事工作委员会办公室
外交部|ORG|外交部
"""
A[117] = """
维克拉马辛哈|PER|维克拉马辛哈
一带一路|INITIATIVE|一带一路
{中}方|COUNTRY|CN
给予{斯}|COUNTRY|LK
一带一路|INITIATIVE|一带一路
"""
A[118] = """
习近平|PER|习近平
"""
A[119] = """
国防科技大学|ORG|国防科技大学
长沙|LOC|长沙
张又侠|PER|张又侠
习近平|PER|习近平
{习}主席|PER|习近平
"""
A[120] = """
习近平|PER|习近平
"""
A[121] = """
中国|COUNTRY|CN
"""
A[122] = """
央视网|ORG|央视网
李强|PER|李强
在{京}|LOC|北京
来{华}|COUNTRY|CN
一带一路|INITIATIVE|一带一路
柬埔寨|COUNTRY|KH
洪玛奈|PER|洪玛奈
"""
A[123] = """
中央广播电视总台|ORG|中央广播电视总台
中央电视台|ORG|中央电视台
中国国际电视台|ORG|中国国际电视台
中央人民广播电台|ORG|中央人民广播电台
中国之声|ORG|中国之声
中国国际广播电台|ORG|中国国际广播电台
环球资讯广播|ORG|环球资讯广播
央视新闻|ORG|央视新闻
央视频|ORG|央视频
央视网|ORG|央视网
"""
A[124] = """
央视网|ORG|央视网
习近平|PER|习近平
中华人民共和国|COUNTRY|CN
中国|COUNTRY|CN
中国|COUNTRY|CN
人类命运共同体|INITIATIVE|人类命运共同体
"""
A[125] = """
央视网|ORG|央视网
丁薛祥|PER|丁薛祥
在{京}|LOC|北京
"""
A[126] = """
习近平|PER|习近平
"""
A[127] = """
央视网|ORG|央视网
人民日报|ORG|人民日报
"""
A[128] = """
巴特尔|PER|巴特尔
中国人民政治协商会议|ORG|中国人民政治协商会议
"""
A[129] = """
习近平|PER|习近平
乡土{中国}|COUNTRY|CN
{中国}青年|COUNTRY|CN
乡村振兴|INITIATIVE|乡村振兴
"""
A[130] = """
中国|COUNTRY|CN
中国|COUNTRY|CN
"""
A[131] = """
李强|PER|李强
习近平|PER|习近平
印尼|COUNTRY|ID
巴厘岛|LOC|巴厘岛
{中}韩关系深入|COUNTRY|CN
中{韩}关系深入|COUNTRY|KR
{中}方愿|COUNTRY|CN
{韩}方|COUNTRY|KR
{中}韩关系与时|COUNTRY|CN
中{韩}关系与时|COUNTRY|KR
{中}方一贯|COUNTRY|CN
朝鲜半岛|LOC|朝鲜半岛
"""
A[132] = """
李强|PER|李强
中国|COUNTRY|CN
人类命运共同体|INITIATIVE|人类命运共同体
"""
A[133] = """
央视网|ORG|央视网
日本|COUNTRY|JP
东京|LOC|东京
日本|COUNTRY|JP
福岛|LOC|福岛
"""
A[134] = """
央视网|ORG|央视网
日本|COUNTRY|JP
日本众议院议员会馆|LOC|日本众议院议员会馆
日本|COUNTRY|JP
福岛第一核电站|LOC|福岛第一核电站
"""
A[135] = """
阿盟理事会|ORG|阿拉伯国家联盟理事会
埃及驻阿盟代表团|ORG|埃及驻阿拉伯国家联盟代表团
苏丹|COUNTRY|SD
沙特|COUNTRY|SA
费萨尔|PER|费萨尔
利雅得|LOC|利雅得
苏丹|COUNTRY|SD
布尔汉|PER|布尔汉
费萨尔|PER|费萨尔
苏丹|COUNTRY|SD
"""
A[136] = """
央视网|ORG|央视网
菲律宾火山地震研究所|ORG|菲律宾火山地震研究所
菲律宾|COUNTRY|PH
菲律宾|COUNTRY|PH
希纳图安镇|LOC|希纳图安镇
达沃市|LOC|达沃市
菲律宾|COUNTRY|PH
日本|COUNTRY|JP
"""
A[137] = """
也门|COUNTRY|YE
沙特|COUNTRY|SA
利雅得|LOC|利雅得
沙特|COUNTRY|SA
哈立德·本·萨勒曼|PER|哈立德·本·萨勒曼
也门|COUNTRY|YE
胡塞武装|ORG|胡塞武装
也门|COUNTRY|YE
"""
A[138] = """
卢拉|PER|卢拉
王岐山|PER|王岐山
卢拉|PER|卢拉
习近平|PER|习近平
习近平|PER|习近平
卢拉|PER|卢拉
巴西|COUNTRY|BR
访{华}|COUNTRY|CN
王岐山|PER|王岐山
中国|COUNTRY|CN
{中}巴关系|COUNTRY|CN
中{巴}关系|COUNTRY|BR
{中}巴都|COUNTRY|CN
中{巴}都|COUNTRY|BR
中国共产党|ORG|中国共产党
{巴}方|COUNTRY|BR
{中}巴两国|COUNTRY|CN
中{巴}两国|COUNTRY|BR
中国共产党|ORG|中国共产党
巴西劳工党|ORG|巴西劳工党
{中}巴关系|COUNTRY|CN
中{巴}关系|COUNTRY|BR
"""
A[139] = """
日本|COUNTRY|JP
坂本雅信|PER|坂本雅信
日本|COUNTRY|JP
西村康稔|PER|西村康稔
全渔联|ORG|全国渔业协会联合会
福岛|LOC|福岛
"""
A[140] = """
央视网|ORG|央视网
李克强|PER|李克强
在{京}|LOC|北京
菲律宾|COUNTRY|PH
马科斯|PER|马科斯
"""
A[141] = """
易捷航空公司|ORG|易捷航空
葡萄牙|COUNTRY|PT
里斯本机场|LOC|里斯本机场
"""
A[142] = """
俄罗斯|COUNTRY|RU
罗斯托夫州|LOC|罗斯托夫州
利佩茨克州|LOC|利佩茨克州
沃罗涅日州|LOC|沃罗涅日州
瓦格纳雇佣兵集团|ORG|瓦格纳集团
"""
A[143] = """
央视网|ORG|央视网
俄罗斯|COUNTRY|RU
俄罗斯|COUNTRY|RU
佩斯科夫|PER|佩斯科夫
{俄}方|COUNTRY|RU
黑海|LOC|黑海
俄罗斯|COUNTRY|RU
普京|PER|普京
俄罗斯|COUNTRY|RU
"""
A[144] = """
央视网|ORG|央视网
日本|COUNTRY|JP
韩国|COUNTRY|KR
东京|LOC|东京
日本首相官邸|LOC|日本首相官邸
日本|COUNTRY|JP
福岛|LOC|福岛
日本|COUNTRY|JP
"""
A[145] = """
央视网|ORG|央视网
加拿大|COUNTRY|CA
加拿大|COUNTRY|CA
魁北克省|LOC|魁北克省
加拿大|COUNTRY|CA
加蒂诺|LOC|加蒂诺
"""
A[146] = """
央视网|ORG|央视网
七国集团|ORG|七国集团
日本|COUNTRY|JP
札幌市|LOC|札幌市
日本|COUNTRY|JP
西村康稔|PER|西村康稔
{日}德意|COUNTRY|JP
日{德}意|COUNTRY|DE
日德{意}|COUNTRY|IT
德国|COUNTRY|DE
施特菲·莱姆克|PER|施特菲·莱姆克
"""
A[147] = """
央视网|ORG|央视网
朝鲜中央通讯社|ORG|朝鲜中央通讯社
韩国|COUNTRY|KR
尹锡悦|PER|尹锡悦
美国|COUNTRY|US
{韩}美此次|COUNTRY|KR
韩{美}此次|COUNTRY|US
{朝鲜}为|COUNTRY|KP
朝鲜半岛|LOC|朝鲜半岛
{韩}美领导人|COUNTRY|KR
韩{美}领导人|COUNTRY|US
韩国|COUNTRY|KR
美国|COUNTRY|US
朝鲜半岛|LOC|朝鲜半岛
"""
A[148] = """
李克强|PER|李克强
{中}巴友谊|COUNTRY|CN
中{巴}友谊|COUNTRY|PK
{中}方始终|COUNTRY|CN
{中}巴关系|COUNTRY|CN
中{巴}关系|COUNTRY|PK
巴基斯坦|COUNTRY|PK
{巴}方维护|COUNTRY|PK
{巴}方推进|COUNTRY|PK
{巴}方发展|COUNTRY|PK
{巴}方继续|COUNTRY|PK
{中}方在|COUNTRY|CN
在{巴}人员|COUNTRY|PK
"""
A[150] = """
共同民主党|ORG|共同民主党
洪起元|PER|洪起元
韩国|COUNTRY|KR
朝鲜半岛|LOC|朝鲜半岛
美国|COUNTRY|US
日本|COUNTRY|JP
韩国|COUNTRY|KR
"""
