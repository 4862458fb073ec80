"""Customer phrasings that set the intent level (eval README §3.1)."""

# The customer has decided not to buy from us.
NONE_CUES = [
    "(签|选|定|用)了(别家|其他家|其他厂家|其他供应商|友商)",
    "不参与了",
    "不归我们管了",
    "(我们这边|我们)不管了",
    "决定(直接)?用",
    "已经定了(别家|其他|他们)?",
    "选了(别家|其他)",
    "(项目|采购|计划)(已经)?(暂停|取消|停了|黄了|搁置)",
    "暂停了",
    "都停了",
    "不(会|再)采购",
    "不做了",
    "不买了",
    "不合作了",
    "转给集团",
    "由集团统一.{0,6}(选|定)了",
]
# A polite deferral with no near-term plan.
LOW_CUES = [
    "不太可能",
    "不可能了",
    "没戏",
    "预算(已经)?用完",
    "明年(再)?看",
    "观望",
    "下半年(再)?看看",
    # No plan or intention at all (暂时没有采购计划; 目前没有这方面的计划; 今年没这个打算),
    # the noun ending the clause: 没有计划好 / 没打算换 / 没有计划外预算 are something else.
    "(没有|没|暂无|并无)(这方面的?|这个|这块的?|相关的?|任何|什么|采购|购买|的)*"
    "(计划|打算|规划)[吧啊哈呢哦了呀嘛]*(?![\u4e00-\u9fffA-Za-z0-9])",
    "暂时不需要",
    "到时候再说",
    "(春节|年|节)后再看",
    "不现实",
    "以后再说",
    "先不考虑",
    "暂不考虑",
    "看情况吧",
    "先不弄",
    "先不做",
    "先不上",
    "暂时不上",
    "不弄了",
    "今年不考虑",
    "再等等",
]
# The customer is placing the order now (not conditionally).
ORDER_CUES = ["下单", "订单已下", "先发货", "马上发货", "紧急采购", "合同签了", "已经签", "签好了"]
CONDITIONAL = ["如果", "要是", "的话", "好就", "满意就", "再下单", "才下单", "就直接"]
# Something important is still open: a blocker, or the customer is only comparing.
OPEN_CUES = [
    "还在(对比|比较|比|看)",
    "多看几家",
    "摸一下.{0,4}价",
    "先看看",
    "(只是|先)(了解|比较|对比)",
    "先看效果",
    "还没报上去",
    "(预算|钱).{0,4}(还没|没)(批|定|下来)",
    "等预算",
]
# Words that make a decision-date statement a commitment to sign or order.
COMMIT_CUES = ["签", "下单", "下PO", "下po", "合同", "上会", "定标", "中标"]
