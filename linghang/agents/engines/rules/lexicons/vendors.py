"""Vendors a customer may name as alternatives: canonical name → aliases.

Canonical names follow the eval README §3.6: the short brand name, in Chinese for Chinese
vendors and in the usual Latin form for foreign ones. Aliases are matched
case-insensitively; Latin aliases only as whole words. ``VENDOR_TABLE`` has one vendor a
``canonical | alias, alias`` entries separated by ``;`` or line breaks; ``#`` starts a
comment line.
"""

VENDOR_TABLE = """
# medical IT
卫宁健康 | 卫宁, winning; 东华医为 | 东华, 东华软件; 创业慧康 | 创业软件
东软 | 东软集团, neusoft; 万达信息; 嘉和美康; 麦迪科技 | 麦迪; 和仁科技; 思创医惠 | 医惠
智业软件; 联众智慧 | 联众; 易联众; 领健; 牙医管家; 方正医疗; 飞利浦 | philips; GE医疗
迈瑞 | 迈瑞医疗; 联影 | 联影医疗; 纳里健康; 平安好医生
# industrial automation, machine vision, robots
西门子 | siemens; 施耐德 | schneider; ABB; 罗克韦尔 | rockwell; 三菱电机 | 三菱, mitsubishi
欧姆龙 | omron; 汇川技术 | 汇川, inovance; 台达 | delta; 信捷; 和利时 | hollysys
中控技术 | 中控, supcon; 基恩士 | keyence; 康耐视 | cognex; 海康机器人
海康威视 | 海康, hikvision; 大华 | 大华股份; 发那科 | fanuc; 库卡 | kuka
安川 | yaskawa, 安川电机; 埃斯顿 | 埃斯顿自动化, estun; 埃夫特; 新松; 节卡
优傲 | universal robots; 霍尼韦尔 | honeywell; 横河 | 横河电机, yokogawa; 艾默生 | emerson
倍福 | beckhoff; 研华 | advantech; 凌云光; 奥普特; 天准; 梅卡曼德; 图漾; 精测电子 | 上海精测
先导智能 | 先导; 利元亨; 海目星; 赢合科技 | 赢合; 杭可科技 | 杭可; 则武 | noritake
梅特勒托利多 | 梅特勒, mettler, mettlertoledo; 树根互联 | 根云, rootcloud; 卡奥斯 | cosmoplat
用友精智; 鼎捷 | 鼎捷软件; 黑湖 | 黑湖智造; 新核云; 盘古信息; 石化盈科; 宝信 | 宝信软件; PTC
达索 | dassault; 欧特克 | autodesk; 罗博特科; 大族激光 | 大族; 华工科技; 快克; 凯尔达; 汇博
拓斯达; 伯朗特
# enterprise software / SaaS
用友 | yonyou, 用友网络, 用友U8, 用友BIP, U8; 金蝶 | kingdee, 金蝶云, 金蝶云星空; SAP | SAP B1
Oracle | 甲骨文; Salesforce; 微软 | microsoft; 纷享销客 | 纷享, fxiaoke; 销售易 | neocrm
北森 | beisen; Moka; 钉钉 | dingtalk; 飞书 | lark, feishu, 飞书项目; 企业微信 | 企微, wecom
泛微; 致远 | 致远互联; 蓝凌; 明源云 | 明源; 帆软 | finebi, fanruan; 观远 | 观远数据
神策 | 神策数据; 有赞; 微盟; 简道云; 明道云; Teambition; Worktile; 禅道; Jira | atlassian
易快报; 汇联易; 每刻 | 每刻报销; 恒生电子 | 恒生, hundsun; 金证 | 金证股份; 顶点软件; 赢时胜
Datadog; Grafana; SonarQube | sonar; Checkmarx; e签宝 | esign; 法大大; 上上签; 契约锁
商汤 | 商汤科技, sensetime; 旷视; 云从; 科大讯飞 | 讯飞; 阿里云; 腾讯云; 华为云; 百度智能云
火山引擎; AWS; Azure; 管家婆; 畅捷通 | 好会计; 浪潮 | 浪潮软件, inspur; 智齿 | 智齿科技
容联七陌 | 七陌; Zoho; HubSpot; 励销云; 小鹅通; 企查查; i人事; 薪人薪事; 肯耐珂萨; 红海云; 易薪
钉钉宜搭 | 宜搭
# retail
思迅; 科脉; 海信商用; 客如云; 美团收银; 哗啦啦; 二维火; 银豹; 汉朔 | 汉朔科技
SES-imagotag | imagotag; 多点 | dmall; 富基; 石基; 海鼎; 云徙; 商派; 旺店通; 聚水潭; 万里牛
店匠; Shopify; 有数; ZKONG
# semiconductor equipment
TI | 德州仪器, texas instruments; Panasonic | 松下; 安世 | nexperia; 英飞凌 | infineon
Lam Research | lam, lamresearch, 泛林; KLA | 科磊
Applied Materials | appliedmaterials, 应用材料, AMAT; TEL | 东京电子, tokyoelectron
DISCO | 迪思科; ASML | 阿斯麦; 北方华创; 中微公司 | 中微; 盛美 | 盛美上海; 拓荆 | 拓荆科技; 屹唐
华海清科; 芯源微; 光力科技; Edwards | 爱德华; Pfeiffer | 普发; 荏原 | ebara; Teradyne | 泰瑞达
Advantest | 爱德万; K&S | kulickesoffa, 库力索法; ASMPT; 日立高新 | hitachi; Screen | 迪恩士
Axcelis; 长川科技 | 长川; 华峰测控 | 华峰; 中电科; 至纯科技; 京仪; Brooks; Entegris
Onto | Onto Innovation; Nova; 睿励; 中科飞测 | 飞测
# new energy
华为 | huawei, 华为智能光伏, 华为数字能源; 阳光电源; 锦浪; 固德威; 远景; 星云股份; 科威尔
华自科技; 协鑫; 天合; 中创新航; 宁德时代 | CATL; 比亚迪; 亿纬; 国轩; 奥特维; 迈为; 捷佳伟创
金辰; 晶科; 隆基
# automotive aftermarket
元征 | 元征科技, launch; 道通 | 道通科技, autel; F6 | F6汽车科技; 途虎; 开思; 巴图鲁; 易订货
订货宝; 博世 | bosch; 实耐宝 | snap-on; 亨特 | hunter; 科吉; 车享; 康众; 精友; 车易修; 小马管家
# logistics
G7易流 | G7, 易流; 富勒 | flux; 唯智 | 唯智信息; 中科微至; 德马科技; 极智嘉 | geek+; 快仓
京东物流; 顺丰; 菜鸟; Manhattan; Blue Yonder; CargoWise; 运去哪; 满帮; 路歌; 货拉拉; 中交兴路
科箭; oTMS; 壹米滴答; 灵动科技; 海柔创新 | 海柔; 立镖; 华睿科技; 今天国际; 音飞; 昆船; 日日顺
传化; 唯捷城配; 驹马; 运满满
"""

# Names that are often part of the customer's own environment (their IM or office
# suite, a brand of installed equipment): counted only with an explicit consideration cue.
ENVIRONMENT_PRONE = {
    "钉钉",
    "飞书",
    "企业微信",
    "华为",
    "阳光电源",
    "固德威",
    "锦浪",
    "管家婆",
    "阿里云",
    "腾讯云",
    "华为云",
    "AWS",
    "Azure",
    "微软",
    "SAP",
    "海康威视",
    "顺丰",
    "京东物流",
    "菜鸟",
    "宁德时代",
    "比亚迪",
    "博世",
    "ABB",
    "TEL",
    "Screen",
    "Nova",
    "Onto",
    "Brooks",
    "多点",
    "有数",
    "远景",
    "天合",
    "协鑫",
    "晶科",
    "隆基",
    "PTC",
    "ASMPT",
    "GE医疗",
    "罗克韦尔",
}

# Customer words that mean an alternative is being considered, near the vendor's name.
CONSIDERATION_CUES = [
    "也",
    "在比",
    "在谈",
    "在看",
    "在问",
    "在报",
    "在评估",
    "在考虑",
    "考虑",
    "报过",
    "报了",
    "来过",
    "找过",
    "聊过",
    "问了",
    "比你们",
    "比.{0,4}(贵|便宜|低|高)",
    "首选",
    "倾向",
    "决定用",
    "直接用",
    "选了",
    "主力",
    "对比",
    "PK",
    "竞争",
    "投标",
    "参与",
    "演示过",
    "试过",
    "还是",
    "换成",
    "想换",
    "要换",
    "打算用",
    "准备用",
]
# Customer words that drop a vendor: it is no longer an alternative.
DROP_CUES = [
    "不考虑",
    "排除",
    "不用了",
    "不选",
    "放弃",
    "pass",
    "淘汰",
    "不合适",
    "出局",
    "不再",
]
# The vendor is only part of the customer's environment (their ERP, the line they visited).
ENVIRONMENT_CUES = [
    "(DCS|ERP|MES|PLC|WMS|OA|HIS|系统|设备|产线|线体|软件|平台)(用的)?是",
    "用的是",
    "用的",
    "在用的",
    "我们用",
    "现在用",
    "用着",
    "跟.{0,6}打通",
    "对接",
    "接口",
    "同步",
    "那套线",
    "去看过",
    "品牌",
    "都有",
    "的设备",
    "系统里",
    "导出",
    "里面",
    "里的",
    "迁移",
    "迁过来",
    "老系统",
]
# Aliases that are also ordinary words when followed by these characters (中控室, 中控台).
NOT_FOLLOWED_BY = {"中控": "室台屏", "大华": "东南西北", "联众": "网", "华为": "手机", "领健": "康"}
