"""How customer-side people are named and what shows their place in the decision chain."""

# Common single-character surnames (the family names that cover most people).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
    "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左"
    "柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈"
    "饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵"
    "苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南"
    "班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿"
    "国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯"
    "隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
)
# Titles after a surname (陈主任, 王总) — longest first when matching.
TITLES = [
    "副院长",
    "院长",
    "副总经理",
    "总经理",
    "总监",
    "副总",
    "总工",
    "总",
    "经理",
    "主任",
    "科长",
    "部长",
    "处长",
    "局长",
    "厂长",
    "书记",
    "主管",
    "老师",
    "工",
    "姐",
    "哥",
    "董",
    "博士",
    "博",
    "秘书",
    "行长",
    "校长",
    "所长",
    "组长",
    "老板",
    "助理",
    "专员",
]
# Roles named without a person (最后老板定, 厂长同意了, 我合伙人不太同意).
BARE_TITLES = [
    "老板娘",
    "老板",
    "厂长",
    "合伙人",
    "董事长",
    "总经理",
    "院长",
    "校长",
    "CEO",
    "CFO",
    "CTO",
    "CIO",
    "财务总监",
    "采购总监",
    "大老板",
]
# Titles senior enough that the speaker may decide (used only without a clearer cue).
SENIOR_TITLES = ["总", "院长", "厂长", "董", "老板", "行长", "校长", "局长", "书记", "所长"]

# Department or function words (from a sender's name, a self-introduction or a mention)
# → the role they usually play. The first matching entry wins.
DEPARTMENT_ROLES = [
    ("招标代理|代理机构|招标公司", "gatekeeper"),
    ("行政|院办|办公室|秘书", "gatekeeper"),
    ("采购|招采|商务部|供应链采购|设备科采购", "purchaser"),
    ("财务|CFO|财务总监|资金", "economic_buyer"),
    ("合规|法务|风控|安全部|安环|审计", "influencer"),
    (
        "信息|IT|技术|工艺|设备|工程|测试|量测|仪表|数字化|研发|系统|架构|自动化|电气|运维|仓储|仓库|物流中心",
        "technical_evaluator",
    ),
    (
        "运营|门店|店长|品质|质量|医务|护理|临床|病理|检验|影像|放射|药剂|销售部|业务|生产|车间|设施|PIE|客服|HR|"
        "人事|运输",
        "user",
    ),
]

# Department words that may prefix a display name (财务蒋姐, 采购小吴).
DEPARTMENT_PREFIXES = "财务|采购|技术|IT|信息科|信息部|工程部|运营|销售|法务|合规|行政|品质|仓储"

# Cue phrases. PERSON is replaced by the person pattern; SELF cues are about the speaker.
DECISION_MAKER_CUES = [
    "PERSON(那边|这边)?(已经)?(拍板|说了算|做主|签字|同意|点头|批了|定的|来定|最终定|最后定|决定)",
    "(最后|最终)(还是|还要|得|要|由)?PERSON(拍板|签字|定|决定|说了算|来定|审批|批)",
    "PERSON(负责)",
    "PERSON.{0,4}(给的线|定的线|的意思)",
    "PERSON说.{0,12}(万|W|w|k|以内|不超过)",
    "PERSON(想换|只认)",
    "PERSON说.{0,12}个",
    "(拍板|说了算|做主|决定|签字)的是.{0,10}PERSON",
]
SELF_DECISION_MAKER_CUES = [
    "(最后|价格|预算|这事|这个)?我(来)?定",
    "我这边定",
    "我拍板",
    "我说了算",
    "预算我(定|给)",
    "(价格|价钱).{0,4}(跟|和)我谈",
    "我是.{0,10}负责人",
    "我就不上了",
    "我决定",
    "我的?合伙人",
]
ECONOMIC_BUYER_CUES = [
    "财务(总监|经理|负责人|部)?的?PERSON",
    "PERSON.{0,6}(卡得|管钱|批钱|掌握经费|管预算)",
    "(找|要)(财务总监|财务)?PERSON批",
    "(钱|预算|费用)的事.{0,8}PERSON",
]
TECHNICAL_CUES = [
    "技术(上|这块|方面|这边)?PERSON(说了算|把关|负责|来看|评估)",
    "(IT|技术|信息科|工艺)PERSON",
]
SELF_TECHNICAL_CUES = [
    "技术意见",
    "^IT这边",
    "我是(做)?(IT|信息|技术|工艺|设备|工程|测试|量测)",
    "技术.{0,6}(由我|我来|我)(把关|负责|评估)",
]
PURCHASER_CUES = ["采购(的)?PERSON", "PERSON.{0,4}负责.{0,6}采购"]
SELF_PURCHASER_CUES = [
    "我是.{0,6}采购",
    "负责本?项目采购",
    "采购(工作|这边)由我",
    "^采购[\u4e00-\u9fff]{1,3}$",
]
USER_CUES = ["(运营|店长|门店|品质|医务|车间)PERSON"]
SELF_USER_CUES = ["我是(医务科|品质|销售部|PIE|运营|门店|店长|仓库|车间|生产|护理)"]
INFLUENCER_CUES = ["PERSON.{0,4}(不太同意|不同意|反对|有意见)", "(合规|法务|安全)PERSON"]
SELF_INFLUENCER_CUES = ["我是(合规|法务|风控|安全)"]
SELF_GATEKEEPER_CUES = ["资料(可以)?先发我", "先放我这", "资料收到", "有需要我(再)?联系你"]
SELF_CHAMPION_CUES = [
    "我(个人)?[是很挺也都]*支持",
    "(内部|帮你们)推",
    "我(来)?牵头",
    "(业务|我们).{0,6}是支持",
    "我这边先整理",
    "我来推",
    "我帮你们",
    "(让我|叫我)(先|再)",
    "有(点)?兴趣",
]
# Someone who has left the project (之前对接的Leo已经离职了): no longer in the chain.
DEPARTED_CUES = ["PERSON.{0,6}(离职|调岗|调走|走了|不在了|不负责了|退休)"]
# A speaker who relays what their boss wants (老板的意思, 郭总让我问问) is pushing the
# project internally.
RELAY_CUES = ["PERSON(那边)?(的意思|让我|说|想|觉得|有点兴趣|只认|同意|想换|负责|拍板|定)"]
# 小/老 followed by these is a word, not a person (小时, 老线, 小程序).
NOT_A_NAME_AFTER_XIAO_LAO = "时区组型程件线化电设系板伙家客厂弟妹朋孩店批师样批款公婆"
