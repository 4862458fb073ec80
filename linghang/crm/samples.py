"""Generated sample records for a demo without a CRM data set.

Two regions, three units with their leads and reps, about twenty Chinese companies
across industries with contacts, forty deals in CNY (a few first contacts without a
customer yet) and fifteen leads — generated from templates with a seeded RNG and stored
through the same import service users get, so the sample exercises the Chinese column
names as well. All names, phone numbers
(138-0000-xxxx) and e-mails (@example.cn) are invented.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from linghang.crm.importers import ImportReport, import_records

UNITS = (("华东一组", "华东"), ("华东二组", "华东"), ("华南一组", "华南"))
REPS_PER_UNIT = 3
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏"
)
GIVEN_NAMES = (
    "伟",
    "芳",
    "娜",
    "敏",
    "静",
    "丽",
    "强",
    "磊",
    "军",
    "洋",
    "勇",
    "艳",
    "杰",
    "涛",
    "明",
    "超",
    "霞",
    "平",
    "刚",
    "文博",
    "宏伟",
    "淑芬",
    "嘉怡",
    "建国",
    "志强",
    "晓燕",
)
CITIES = {
    "华东": ("苏州", "无锡", "常州", "杭州", "宁波", "南京", "合肥", "上海"),
    "华南": ("深圳", "广州", "东莞", "佛山", "厦门", "珠海"),
}
BRAND_WORDS = (
    "恒锐",
    "聚丰",
    "澄远",
    "华越",
    "鑫科",
    "瑞达",
    "明辉",
    "博远",
    "天成",
    "宏图",
    "嘉禾",
    "中联",
    "新元",
    "盛通",
    "凯达",
    "永泰",
    "金桥",
    "远航",
    "正泰",
    "安盛",
)


@dataclass(frozen=True)
class Industry:
    code: str
    business: tuple[str, ...]
    projects: tuple[str, ...]
    titles: tuple[tuple[str, str], ...]  # (title, decision role)


INDUSTRIES = (
    Industry(
        "manufacturing",
        ("精密机械", "汽车零部件", "电机", "智能装备"),
        ("产线自动化改造", "PLC国产化替换", "伺服升级", "视觉检测导入"),
        (
            ("生产副总", "economic_buyer"),
            ("设备部经理", "decision_maker"),
            ("自动化工程师", "technical_evaluator"),
            ("采购经理", "purchaser"),
        ),
    ),
    Industry(
        "new_energy",
        ("新能源科技", "锂电科技", "光伏材料"),
        ("电芯产线MES", "涂布线视觉检测", "模组线伺服改造"),
        (
            ("总经理", "decision_maker"),
            ("工艺总监", "technical_evaluator"),
            ("采购总监", "purchaser"),
            ("IT经理", "influencer"),
        ),
    ),
    Industry(
        "medical_it",
        ("医疗科技", "健康科技"),
        ("HIS升级", "医保接口改造", "等保加固"),
        (
            ("信息科主任", "decision_maker"),
            ("分管副院长", "economic_buyer"),
            ("信息科工程师", "technical_evaluator"),
        ),
    ),
    Industry(
        "retail",
        ("商贸", "供应链"),
        ("仓储称重读码自动化", "门店系统升级"),
        (
            ("运营总监", "economic_buyer"),
            ("采购中心经理", "purchaser"),
            ("信息部经理", "technical_evaluator"),
        ),
    ),
    Industry(
        "saas",
        ("信息技术", "软件"),
        ("私有化部署", "数据平台建设"),
        (
            ("CTO", "decision_maker"),
            ("架构师", "technical_evaluator"),
            ("财务总监", "economic_buyer"),
        ),
    ),
)
PRODUCTS = (
    ("紧凑型PLC控制器 C200", "PLC", 6800),
    ("中型PLC控制器 C300", "PLC", 18500),
    ("伺服驱动器 A3", "伺服", 5200),
    ("视觉检测工作站 V5", "视觉检测", 168000),
    ("MES 标准版", "MES软件", 380000),
    ("医保结算网关", "医疗IT", 120000),
)
STAGES = (
    ("初步接触", 8),
    ("需求沟通", 9),
    ("方案报价", 7),
    ("商务谈判", 5),
    ("赢单", 7),
    ("输单", 4),
)
LEAD_SOURCES = ("官网表单", "400热线", "微信公众号", "展会", "老客户转介绍", "招投标平台")
LEAD_STATUSES = ("新线索", "已联系", "已确认", "无效")
ACCOUNTS, DEALS, LEADS = 20, 40, 15
NO_ACCOUNT_EVERY = 2  # of the first-contact deals, by number


@transaction.atomic
def create_sample_records(rng_seed: int = 7) -> list[ImportReport]:
    """Generate and import the sample; the same seed (on the same day) gives the same data."""
    rng = random.Random(rng_seed)
    names = _people_names(rng)
    teams = _team_rows(names)
    accounts = _account_rows(rng)
    today = timezone.localdate()
    return [
        import_records("teams", teams, source="samples"),
        import_records(
            "products",
            [{"产品名称": n, "系列": s, "标准价": p} for n, s, p in PRODUCTS],
            source="samples",
        ),
        import_records("accounts", accounts, source="samples"),
        import_records("contacts", list(_contact_rows(rng, accounts, names)), source="samples"),
        import_records("deals", list(_deal_rows(rng, accounts, teams, today)), source="samples"),
        import_records("leads", list(_lead_rows(rng, teams)), source="samples"),
    ]


def _people_names(rng: random.Random) -> Iterator[str]:
    """Distinct Chinese full names, in a seeded order."""
    pool = [surname + given for surname in SURNAMES for given in GIVEN_NAMES]
    rng.shuffle(pool)
    return iter(pool)


def _team_rows(names: Iterator[str]) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for unit, region in UNITS:
        lead = next(names)
        rows += [
            {"销售代表": next(names), "经理": lead, "区域": region, "作战单元": unit}
            for _ in range(REPS_PER_UNIT)
        ]
    return rows


def _account_rows(rng: random.Random) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    seen: set[tuple[str, str]] = set()
    while len(rows) < ACCOUNTS:
        unit, region = rng.choice(UNITS)
        industry = rng.choice(INDUSTRIES)
        city, brand = rng.choice(CITIES[region]), rng.choice(BRAND_WORDS)
        name = f"{city}{brand}{rng.choice(industry.business)}有限公司"
        if (city, brand) in seen:
            continue
        seen.add((city, brand))
        rows.append(
            {
                "客户名称": name,
                "行业": industry.code,
                "所在地": city,
                "员工数": rng.randrange(80, 5000, 10),
                "作战单元": unit,
            }
        )
    return rows


def _industry(code: object) -> Industry:
    return next(industry for industry in INDUSTRIES if industry.code == code)


def _contact_rows(rng: random.Random, accounts: list[dict], names: Iterator[str]) -> Iterator[dict]:
    serial = 0
    for account in accounts:
        titles = _industry(account["行业"]).titles
        for title, role in rng.sample(titles, k=min(len(titles), rng.randint(2, 3))):
            serial += 1
            yield {
                "客户名称": account["客户名称"],
                "联系人": next(names),
                "职务": title,
                "决策链角色": role,
                "电话": f"138-0000-{serial:04d}",
                "邮箱": f"contact{serial:04d}@example.cn",
            }


def _deal_rows(
    rng: random.Random, accounts: list[dict], teams: list[dict], today: dt.date
) -> Iterator[dict]:
    stages, weights = zip(*STAGES, strict=True)
    for number in range(1, DEALS + 1):
        account = rng.choice(accounts)
        stage = rng.choices(stages, weights)[0]
        reps = [row["销售代表"] for row in teams if row["作战单元"] == account["作战单元"]]
        product = rng.choice(PRODUCTS)
        short = str(account["客户名称"])[2:4]
        project = rng.choice(_industry(account["行业"]).projects)
        closed = stage in ("赢单", "输单")
        # Some first contacts have no customer record yet: the rep logs the opportunity
        # before the company is known, so it stays with the rep's unit only.
        named = not (stage == "初步接触" and number % NO_ACCOUNT_EVERY == 0)
        yield {
            "商机编号": f"SAMPLE-{number:03d}",
            "商机名称": f"{short}{project}" if named else f"{project}（客户待定）",
            "客户名称": account["客户名称"] if named else None,
            "作战单元": account["作战单元"],
            "产品": product[0],
            "阶段": stage,
            "金额": _amount(rng, product[2]),
            "币种": "人民币",
            "预计成交日期": today + dt.timedelta(days=rng.randint(-120 if closed else 10, 180)),
            "关闭日期": today - dt.timedelta(days=rng.randint(1, 120)) if closed else None,
            "负责人": rng.choice(reps),
        }


def _amount(rng: random.Random, list_price: int) -> str:
    """A quantity of the product at a realistic discount, rounded to hundreds of yuan."""
    value = list_price * rng.randint(1, 12) * rng.uniform(0.85, 1.0)
    return f"{round(value, -2):.0f}"


def _lead_rows(rng: random.Random, teams: list[dict]) -> Iterator[dict]:
    for number in range(1, LEADS + 1):
        region = rng.choice(tuple(CITIES))
        industry = rng.choice(INDUSTRIES)
        company = (
            f"{rng.choice(CITIES[region])}{rng.choice(BRAND_WORDS)}"
            f"{rng.choice(industry.business)}有限公司"
        )
        status = rng.choice(LEAD_STATUSES)
        team = rng.choice([row for row in teams if row["区域"] == region])
        assigned = status != "新线索"
        yield {
            "线索编号": f"SAMPLE-L{number:03d}",
            "公司名称": company,
            "联系人": rng.choice(SURNAMES) + rng.choice(GIVEN_NAMES),
            "电话": f"138-0000-{5000 + number:04d}",
            "邮箱": f"lead{number:04d}@example.cn",
            "来源": rng.choice(LEAD_SOURCES),
            "状态": status,
            "作战单元": team["作战单元"] if assigned else None,
            "负责人": team["销售代表"] if assigned else None,
        }
