"""Date expressions resolved against the message date (eval README §3.3).

Each phrase resolves to the *latest* date it allows: 下周 → Friday of next week, 月底 →
the month's last day, 9月前 → 08-31, Q3之前 → 06-30, 年前 → the day before Spring
Festival. Vague phrases (节后, 回头, 过段时间) resolve to nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from linghang.agents.engines.rules.numerals import to_int

# Spring Festival (the first day of the lunar year); 年前 is the day before.
SPRING_FESTIVAL = {
    2024: dt.date(2024, 2, 10),
    2025: dt.date(2025, 1, 29),
    2026: dt.date(2026, 2, 17),
    2027: dt.date(2027, 2, 6),
    2028: dt.date(2028, 1, 26),
    2029: dt.date(2029, 2, 13),
    2030: dt.date(2030, 2, 3),
    2031: dt.date(2031, 1, 23),
    2032: dt.date(2032, 2, 11),
    2033: dt.date(2033, 1, 31),
    2034: dt.date(2034, 2, 19),
    2035: dt.date(2035, 2, 8),
    2036: dt.date(2036, 1, 28),
}
# Holidays people plan "before": the resolved date is the day before the holiday.
HOLIDAY_BEFORE = {
    "五一": (5, 1),
    "劳动节": (5, 1),
    "国庆": (10, 1),
    "十一": (10, 1),
    "元旦": (1, 1),
    "双十一": (11, 11),
    "双11": (11, 11),
    "双十二": (12, 12),
    "双12": (12, 12),
    "618": (6, 18),
    "三八节": (3, 8),
    "妇女节": (3, 8),
}
_WEEKDAY = {
    "一": 0,
    "二": 1,
    "三": 2,
    "四": 3,
    "五": 4,
    "六": 5,
    "日": 6,
    "天": 6,
    "七": 6,
    "1": 0,
    "2": 1,
    "3": 2,
    "4": 3,
    "5": 4,
    "6": 5,
    "7": 6,
}
_CN_MONTH = r"(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
_CN_DAY = r"(?:3[01]|[12]\d|0?[1-9]|[一二]?十[一二三四五六七八九]?|三十一?|[一二三四五六七八九])"
_PART = r"(?P<part>初|上旬|中旬|下旬|中|底|末)?"
_BEFORE = r"(?P<before>之前|以前|前)?"

_PATTERNS = [
    ("ymd", rf"(?P<y>20\d\d)\s?[年\-/.]\s?(?P<m>{_CN_MONTH})\s?[月\-/.]\s?(?P<d>{_CN_DAY})[日号]?"),
    ("md", rf"(?<![\d年])(?P<m>{_CN_MONTH})月(?P<d>{_CN_DAY})[日号]"),
    ("md_slash", r"(?<![\d/])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/])"),
    ("day", rf"(?<![\d月])(?P<d>{_CN_DAY})号(?![线楼院机位店仓车库口])"),
    ("relday", r"(?P<rel>大后天|后天|明天|明早|明晚|明日|今天|今晚|今早|今日|当天)"),
    (
        "weekday",
        r"(?P<wp>下下个?|下个?|这个?|本|上个?)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天1-7])",
    ),
    ("weekend", r"(?P<wp>下下个?|下个?|这个?|本)?(?:周末)"),
    ("week", r"(?P<wp>下下个?|下个?|这个?|本)(?:周|星期|礼拜)(?:内|之内)?"),
    (
        "within",
        r"(?P<n>\d+|[一二两三四五六七八九十]+|半)个?(?P<u>天|日|周|星期|礼拜|月)(?:内|之内|以内)",
    ),
    ("month", rf"(?P<yp>今年|明年|去年|后年)?(?P<m>{_CN_MONTH})月份?{_PART}{_BEFORE}"),
    ("relmonth", rf"(?P<rm>下下个?月|下个?月|这个?月|本月|当月|月内){_PART}"),
    ("monthpart", r"(?<![\d个一二三四五六七八九十])月(?P<part>初|中旬|上旬|下旬|中|底|末)"),
    ("xun", r"(?<![月\d])(?P<part>上旬|中旬|下旬)"),
    (
        "quarter",
        r"(?P<qp>下个?|这个?|本|今年|明年)?(?:(?:第)?(?P<qc>[一二三四])季度|[Qq](?P<qn>[1-4])|季度)"
        rf"(?:内|末|底)?{_BEFORE}",
    ),
    ("half", r"(?P<yp>今年|明年)?(?P<h>上半年|下半年)"),
    ("yearend", r"(?P<yp>今|明)?年(?:底|末|内|终)|今年内"),
    ("yearstart", r"(?P<yp>今|明)?年初"),
    ("cny", r"(?<![今明去后\d一二两三四五六七八九十几多半])(?:春节|过年|年)(?:之前|以前|前)"),
    (
        "holiday",
        r"(?P<hol>双十一|双11|双十二|双12|五一|劳动节|国庆|十一|元旦|618|三八节|妇女节)"
        r"(?:节|假期)?(?P<hb>之前|以前|前)",
    ),
]


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    date: dt.date
    kind: str


def find_dates(text: str, anchor: dt.date) -> list[DateMention]:
    """Every resolvable date phrase in ``text``, resolved against ``anchor``."""
    found = []
    for match in _COMPILED.finditer(text):
        kind = (match.lastgroup or "K_")[2:]  # the alternative's outer group closes last
        groups = _groups(match, kind)
        try:
            date = _RESOLVERS[kind](groups, anchor)
        except (ValueError, KeyError, TypeError):
            date = None
        if date is not None:
            found.append(DateMention(match.start(), match.end(), date, kind))
    return found


def _groups(match: re.Match[str], kind: str) -> dict[str, str]:
    """Named groups of the alternative that matched, without their ``kind__`` prefix."""
    values = {}
    for short, full in _GROUP_NAMES.get(kind, ()):
        value = match.group(full)
        if value is not None:
            values[short] = value
    return values


def month_end(year: int, month: int) -> dt.date:
    while month > 12:
        year, month = year + 1, month - 12
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _part_day(year: int, month: int, part: str | None) -> dt.date:
    if part in ("初", "上旬"):
        return dt.date(year, month, 10)
    if part == "中":
        return dt.date(year, month, 15)
    if part == "中旬":
        return dt.date(year, month, 20)
    return month_end(year, month)


def _year_for_month(month: int, anchor: dt.date, prefix: str | None) -> int:
    if prefix == "明年":
        return anchor.year + 1
    if prefix == "后年":
        return anchor.year + 2
    if prefix == "去年":
        return anchor.year - 1
    if prefix == "今年":
        return anchor.year
    return anchor.year + 1 if month < anchor.month else anchor.year


def _resolve_ymd(g: dict[str, str], anchor: dt.date) -> dt.date:
    return dt.date(int(g["y"]), _int(g["m"]), _int(g["d"]))


def _resolve_md(g: dict[str, str], anchor: dt.date) -> dt.date:
    month, day = _int(g["m"]), _int(g["d"])
    return dt.date(_year_for_month(month, anchor, None), month, day)


def _resolve_day(g: dict[str, str], anchor: dt.date) -> dt.date:
    day = _int(g["d"])
    if day >= anchor.day:
        return dt.date(anchor.year, anchor.month, day)
    nxt = month_end(anchor.year, anchor.month) + dt.timedelta(days=1)
    return dt.date(nxt.year, nxt.month, day)


def _resolve_relday(g: dict[str, str], anchor: dt.date) -> dt.date:
    offset = {"大后天": 3, "后天": 2}.get(g["rel"], 1 if g["rel"].startswith("明") else 0)
    return anchor + dt.timedelta(days=offset)


def _week_start(anchor: dt.date, prefix: str | None) -> tuple[dt.date, bool]:
    monday = anchor - dt.timedelta(days=anchor.weekday())
    prefix = (prefix or "").rstrip("个")
    weeks = {"下下": 2, "下": 1, "上": -1}.get(prefix, 0)
    return monday + dt.timedelta(weeks=weeks), bool(prefix)


def _resolve_weekday(g: dict[str, str], anchor: dt.date) -> dt.date:
    monday, explicit = _week_start(anchor, g.get("wp"))
    day = monday + dt.timedelta(days=_WEEKDAY[g["wd"]])
    if not explicit and day < anchor:  # a bare 周四 said on Friday is next Thursday
        day += dt.timedelta(weeks=1)
    return day


def _resolve_weekend(g: dict[str, str], anchor: dt.date) -> dt.date:
    monday, _ = _week_start(anchor, g.get("wp"))
    return monday + dt.timedelta(days=6)


def _resolve_week(g: dict[str, str], anchor: dt.date) -> dt.date:
    monday, _ = _week_start(anchor, g.get("wp"))
    return monday + dt.timedelta(days=4)


def _resolve_within(g: dict[str, str], anchor: dt.date) -> dt.date:
    n = 0.5 if g["n"] == "半" else float(_int(g["n"]))
    if g["u"] == "月" and n >= 1:
        last = month_end(anchor.year, anchor.month + int(n))
        return last.replace(day=min(anchor.day, last.day))
    days = {"天": 1, "日": 1, "周": 7, "星期": 7, "礼拜": 7, "月": 30}[g["u"]] * n
    return anchor + dt.timedelta(days=round(days))


def _resolve_month(g: dict[str, str], anchor: dt.date) -> dt.date:
    month = _int(g["m"])
    year = _year_for_month(month, anchor, g.get("yp"))
    part = g.get("part")
    if g.get("before") and not part:  # 9月前 → 08-31
        return dt.date(year, month, 1) - dt.timedelta(days=1)
    return _part_day(year, month, part)


def _resolve_relmonth(g: dict[str, str], anchor: dt.date) -> dt.date:
    rm = g["rm"]
    ahead = 2 if rm.startswith("下下") else 1 if rm.startswith("下") else 0
    first = month_end(anchor.year, anchor.month + ahead)
    return _part_day(first.year, first.month, g.get("part"))


def _resolve_monthpart(g: dict[str, str], anchor: dt.date) -> dt.date:
    return _part_day(anchor.year, anchor.month, g["part"])


def _resolve_quarter(g: dict[str, str], anchor: dt.date) -> dt.date:
    current = (anchor.month - 1) // 3 + 1
    year = anchor.year + (1 if g.get("qp") == "明年" else 0)
    if g.get("qc") or g.get("qn"):
        quarter = _int(g.get("qc") or g["qn"])
    else:
        quarter = current + (1 if (g.get("qp") or "").startswith("下") else 0)
    if g.get("before"):
        quarter -= 1
    if quarter < current and not g.get("qp") and not g.get("before"):
        year += 1
    if quarter == 0:
        return dt.date(year - 1, 12, 31)
    return month_end(year, quarter * 3)


def _resolve_half(g: dict[str, str], anchor: dt.date) -> dt.date:
    year = anchor.year + (1 if g.get("yp") == "明年" else 0)
    return dt.date(year, 6, 30) if g["h"] == "上半年" else dt.date(year, 12, 31)


def _resolve_yearend(g: dict[str, str], anchor: dt.date) -> dt.date:
    return dt.date(anchor.year + (1 if g.get("yp") == "明" else 0), 12, 31)


def _resolve_yearstart(g: dict[str, str], anchor: dt.date) -> dt.date:
    year = anchor.year + (1 if g.get("yp") == "明" or (not g.get("yp") and anchor.month > 1) else 0)
    return dt.date(year, 1, 31)


def _resolve_cny(g: dict[str, str], anchor: dt.date) -> dt.date | None:
    for year in (anchor.year, anchor.year + 1):
        festival = SPRING_FESTIVAL.get(year)
        if festival and festival > anchor:
            return festival - dt.timedelta(days=1)
    return None


def _resolve_holiday(g: dict[str, str], anchor: dt.date) -> dt.date:
    month, day = HOLIDAY_BEFORE[g["hol"]]
    holiday = dt.date(anchor.year, month, day)
    if holiday <= anchor:
        holiday = dt.date(anchor.year + 1, month, day)
    return holiday - dt.timedelta(days=1)


def _int(text: str) -> int:
    value = to_int(text)
    if value is None:
        raise ValueError(text)
    return value


_RESOLVERS = {
    "ymd": _resolve_ymd,
    "md": _resolve_md,
    "md_slash": _resolve_md,
    "day": _resolve_day,
    "relday": _resolve_relday,
    "weekday": _resolve_weekday,
    "weekend": _resolve_weekend,
    "week": _resolve_week,
    "within": _resolve_within,
    "month": _resolve_month,
    "relmonth": _resolve_relmonth,
    "monthpart": _resolve_monthpart,
    "xun": _resolve_monthpart,
    "quarter": _resolve_quarter,
    "half": _resolve_half,
    "yearend": _resolve_yearend,
    "yearstart": _resolve_yearstart,
    "cny": _resolve_cny,
    "holiday": _resolve_holiday,
}


def _compile() -> re.Pattern[str]:
    """One alternation; each alternative's groups are renamed ``kind__group`` so the
    same group name (m, d, part …) can appear in several alternatives."""
    parts = []
    for name, pattern in _PATTERNS:
        renamed = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}__\1>", pattern)
        parts.append(f"(?P<K_{name}>{renamed})")
    return re.compile("|".join(parts))


_COMPILED = _compile()
_GROUP_NAMES: dict[str, list[tuple[str, str]]] = {}
for _full in _COMPILED.groupindex:
    if "__" in _full:
        _kind, _short = _full.split("__", 1)
        _GROUP_NAMES.setdefault(_kind, []).append((_short, _full))
