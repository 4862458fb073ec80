"""Deal list latency with 100,000 deals: first page and a Chinese company-name search.

Generates ~5,000 accounts with Chinese company names and 100,000 deals in bulk on a
fresh database (each worked by a unit; one in six without account, as in the public
data set), then times the deal list through Django's test Client (the whole server
side: middleware, view, query, template) as a rep of one unit and as the director of a
region. Three passes: the deal list view; its queryset through ``peek_page`` (the page's
ids from an index first, then only those rows); and the same queryset as one plain
slice, for comparison. When no deal list URL exists only the querysets are timed.
Target: p95 < 100 ms.

    .venv/bin/python bench/list_bench.py
    .venv/bin/python bench/list_bench.py \\
        --database-url postgres://postgres@127.0.0.1:5432/linghang_list_bench
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import warnings
from collections.abc import Callable
from time import perf_counter

from crm_bench_support import fresh_database, percentile

Fetch = Callable[[object, str], int]


def words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


REGIONS = ("华东", "华南", "华北", "西南")
UNITS_PER_REGION = 5
REPS_PER_UNIT = 4
CITIES = words(
    "苏州 无锡 常州 杭州 宁波 南京 合肥 上海 深圳 广州 东莞 佛山 厦门 "
    "北京 天津 济南 青岛 成都 重庆 昆明 武汉 长沙 郑州 西安 沈阳 大连 "
    "福州 南昌 贵阳 南宁 "
)
BRANDS = words(
    "恒锐 聚丰 澄远 华越 鑫科 瑞达 明辉 博远 天成 宏图 嘉禾 中联 新元 "
    "盛通 凯达 永泰 金桥 远航 正泰 安盛 华岳 东方 长城 蓝海 星辰 海川 "
    "云帆 九州 万通 汇丰 信达 力拓 鼎盛 宏达 世纪 先锋 卓越 飞扬 天宇 "
    "晨光 "
)
BUSINESS = words(
    "科技 精密机械 汽车零部件 电机 智能装备 新能源科技 锂电科技 光伏材料 "
    "医疗器械 商贸 供应链 信息技术 软件 电子 化工 物流 食品 纺织 建材 "
    "环保科技 "
)
PROJECTS = words(
    "产线自动化改造 PLC国产化替换 伺服升级 视觉检测导入 MES一期 "
    "MES二期 备件年框 HIS升级 医保接口改造 仓储自动化 数据平台建设 "
    "等保加固 "
)
STAGES = ("prospecting", "engaging", "proposal", "negotiation", "won", "lost")
COMMON_FRAGMENT = "科技"  # in a fifth of the generated names
BRAND_FRAGMENT = "恒锐"  # a two-character brand, in one name in forty
NO_ACCOUNT_SHARE = 1425 / 8800  # opportunities without account in the public data set


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", help="postgres://…/<fresh db name>; default SQLite")
    parser.add_argument("--deals", type=int, default=100_000)
    parser.add_argument("--accounts", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=40)
    args = parser.parse_args()
    warnings.filterwarnings("ignore", message="No directory at")  # static files unused here
    with fresh_database(args.database_url, "list-bench") as database:
        print(f"database: {database}")
        started = perf_counter()
        people = generate(args.accounts, args.deals, random.Random(7))
        print(
            f"generated {args.accounts} accounts, {args.deals} deals "
            f"in {perf_counter() - started:.1f} s"
        )
        measure(people, args.runs)


def generate(account_count: int, deal_count: int, rng: random.Random) -> dict[str, object]:
    """Units, people, accounts and deals in bulk; returns a rep and a director to log in as."""
    from django.db import transaction

    with transaction.atomic():
        units, reps_by_unit, director = _people()
        accounts = _accounts(account_count, units, rng)
        _deals(deal_count, accounts, reps_by_unit, rng)
    first_unit = units[0]
    rare = next(account.name for account in accounts if account.unit_id == first_unit.pk)
    return {
        "rep": reps_by_unit[first_unit.pk][0],
        "director": director,
        "queries": {
            "list": "",
            "q=" + COMMON_FRAGMENT: COMMON_FRAGMENT,
            "q=" + BRAND_FRAGMENT: BRAND_FRAGMENT,
            "q=" + rare[:4]: rare[:4],
            "q=<full name>": rare,
        },
    }


def _people() -> tuple[list, dict[int, list], object]:
    from django.contrib.auth import get_user_model

    from linghang.units.models import Membership, StaffProfile, Unit

    users = get_user_model().objects
    units = Unit.objects.bulk_create(
        Unit(name=f"{region}{n}组", region=region)
        for region in REGIONS
        for n in range(1, UNITS_PER_REGION + 1)
    )
    reps_by_unit: dict[int, list] = {}
    for unit in units:
        reps = [users.create_user(f"rep-{unit.pk}-{n}") for n in range(REPS_PER_UNIT)]
        StaffProfile.objects.bulk_create(StaffProfile(user=u, role="rep") for u in reps)
        Membership.objects.bulk_create(Membership(unit=unit, user=u) for u in reps)
        reps_by_unit[unit.pk] = reps
    director = users.create_user("director")
    StaffProfile.objects.create(user=director, role="director", region=REGIONS[0])
    return units, reps_by_unit, director


def _accounts(count: int, units: list, rng: random.Random) -> list:
    from linghang.core.chinese import company_key
    from linghang.crm.models import Account

    names = [f"{c}{b}{s}有限公司" for c in CITIES for b in BRANDS for s in BUSINESS]
    rows = [
        Account(
            name=name,
            name_key=company_key(name),
            unit=rng.choice(units),
            industry=rng.choice(("manufacturing", "new_energy", "medical_it")),
        )
        for name in rng.sample(names, count)
    ]
    return Account.objects.bulk_create(rows, batch_size=2000)


def _deals(count: int, accounts: list, reps_by_unit: dict, rng: random.Random) -> None:
    from linghang.crm.models import Deal

    updated = Deal._meta.get_field("updated_at")
    updated.auto_now = False  # spread the timestamps as months of real use would
    now = dt.datetime.now(dt.UTC)
    unit_ids = sorted(reps_by_unit)
    try:
        batch = []
        for n in range(count):
            stamp = now - dt.timedelta(minutes=rng.randrange(60 * 24 * 365))
            batch.append(_deal(n, accounts, unit_ids, reps_by_unit, rng, stamp))
            if len(batch) == 5000:
                Deal.objects.bulk_create(batch)
                batch = []
        Deal.objects.bulk_create(batch)
    finally:
        updated.auto_now = True


def _deal(n, accounts, unit_ids, reps_by_unit, rng, stamp):  # type: ignore[no-untyped-def]
    """A deal of a random account worked by its unit, or (one in six, as in the public
    data set) an early one without account, worked by a random unit."""
    from linghang.crm.models import Deal
    from linghang.crm.search import deal_search_text

    project = rng.choice(PROJECTS)
    if rng.random() < NO_ACCOUNT_SHARE:
        account, unit_id, stage, title = None, rng.choice(unit_ids), "prospecting", project
    else:
        account = rng.choice(accounts)
        unit_id, stage = account.unit_id, rng.choice(STAGES)
        title = f"{account.name[2:4]}{project}"
    return Deal(
        external_id=f"BENCH-{n:06d}",
        account=account,
        unit_id=unit_id,
        stage=stage,
        title=title,
        search_text=deal_search_text(title, account.name_key if account else ""),
        amount=rng.randrange(5, 500) * 10000,
        owner=rng.choice(reps_by_unit[unit_id]),
        updated_at=stamp,
    )


def measure(people: dict[str, object], runs: int) -> None:
    from django.db import connection

    if connection.vendor == "postgresql":
        connection.cursor().execute("VACUUM ANALYZE")  # as autovacuum would after a load
    for path, fetch in page_fetchers():
        print(f"== {path}: {runs} runs after 3 warm-ups; times in ms")
        print(f"{'who':<10}{'query':<16}{'rows':>6}{'p50':>8}{'p95':>8}{'max':>8}")
        for who in ("rep", "director"):
            for label, q in people["queries"].items():  # type: ignore[attr-defined]
                samples, rows = [], 0
                for attempt in range(runs + 3):
                    started = perf_counter()
                    rows = fetch(people[who], q)
                    if attempt >= 3:
                        samples.append((perf_counter() - started) * 1000)
                width = 16 - sum(1 for char in label if ord(char) > 0x2E80)  # CJK is 2 wide
                print(
                    f"{who:<10}{label:<{width}}{rows:>6}{percentile(samples, 0.5):>8.1f}"
                    f"{percentile(samples, 0.95):>8.1f}{max(samples):>8.1f}"
                )


def page_fetchers() -> list[tuple[str, Fetch]]:
    """The HTTP deal list, and its queryset paged by ``peek_page`` and by a plain slice."""
    from linghang.crm.models import Deal
    from linghang.dashboard.paging import PER_PAGE, peek_page

    def visible(user: object, q: str):  # type: ignore[no-untyped-def]
        return (
            Deal.objects.visible_to(user)
            .select_related("account", "owner__staff_profile", "product")
            .search(q)
            .order_by("-updated_at", "-id")
        )

    fetchers: list[tuple[str, Fetch]] = [
        (
            "queryset through peek_page (ids first, then rows)",
            lambda u, q: len(peek_page(visible(u, q), 1).items),
        ),
        (
            "queryset as one plain slice (for comparison)",
            lambda u, q: len(list(visible(u, q)[: PER_PAGE + 1])),
        ),
    ]
    http = http_fetcher()
    if http is not None:
        fetchers.insert(0, http)
    return fetchers


def deal_list_url() -> tuple[str, str] | None:
    from django.urls import NoReverseMatch, reverse

    for name in ("dashboard:deal_list", "crm:deal_list"):
        try:
            return name, reverse(name)
        except NoReverseMatch:
            continue
    return None


def http_fetcher() -> tuple[str, Fetch] | None:
    from django.test import Client
    from django.test.utils import setup_test_environment

    found = deal_list_url()
    if found is None:
        return None
    name, url = found
    setup_test_environment()  # lets the test Client's "testserver" host through
    clients: dict[int, Client] = {}

    def fetch_http(user: object, q: str) -> int:
        client = clients.get(id(user))
        if client is None:
            client = clients[id(user)] = Client()
            client.force_login(user)
        response = client.get(url, {"q": q} if q else {})
        assert response.status_code == 200, response.status_code
        return max(0, response.content.count(b"<tr") - 1)  # minus the header row

    return f"HTTP GET {url} ({name}, whole server side)", fetch_http


if __name__ == "__main__":
    main()
