"""Sample sales conversations in the real export formats, for ``linghang demo``.

Six fictional accounts, each with a short storyline (need, budget, decision date,
decision maker, competitor, objection, next step) told through phrase templates picked
by a seeded RNG, so every run writes the same files and re-ingesting them adds nothing.
One account, 华星精密制造, names a different budget in its WeChat chat (五十万左右) than
in its meeting (80W以内): the demo's budget-conflict gray item.

Chats are written one per file as MemoTrace writes them (``<remark>_utf8.csv``,
``<remark>.txt``); the remark carries the company (``张经理(华星精密制造)``), which is
how ingest links a chat to its account.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from linghang.channels.export_writers import (
    LOCAL,
    ChatLine,
    Turn,
    write_memotrace_csv,
    write_memotrace_txt,
    write_transcript,
)

SEED = 20260302
FIRST_DAY = datetime(2026, 3, 2, 9, 0, tzinfo=LOCAL)
VENDOR = "领航科技"


@dataclass(frozen=True)
class Story:
    """One account's facts; the templates turn them into a conversation."""

    company: str  # as the remark shows it; ingest matches it to the account name
    contact: str  # the remark's person part
    nickname: str
    rep: str
    fmt: str  # "csv" or "txt"
    product: str
    pain: str
    budget: str
    date: str
    decider: str
    competitor: str
    objection: str
    meeting_budget: str | None = None  # set where the meeting says something else
    industry: str = ""


STORIES = (
    Story(
        "华星精密制造",
        "张经理",
        "张伟",
        "周宇",
        "csv",
        "MES系统",
        "产线换型老靠人工排产",
        "五十万左右",
        "下个月底",
        "刘厂长",
        "西门子",
        "价格有点高，能不能再让一点？",
        meeting_budget="80W以内",
        industry="工业自动化",
    ),
    Story(
        "江城市第三人民医院",
        "陈主任",
        "陈立",
        "孙婷",
        "csv",
        "电子病历评级改造",
        "评级今年必须冲五级，卫健委督得紧",
        "一百二到一百五十万",
        "Q2",
        "刘院长",
        "卫宁",
        "主要担心跟现在的HIS接口打不通",
        industry="医疗信息化",
    ),
    Story(
        "远航物流",
        "李总",
        "李强",
        "周宇",
        "txt",
        "WMS仓储系统",
        "双十一爆仓，拣货全靠纸单",
        "80W以内",
        "五一前",
        "董事长",
        "富勒",
        "上线周期太长了，我们等不了半年",
        industry="物流",
    ),
    Story(
        "云杉连锁",
        "王店长",
        "王芳",
        "孙婷",
        "csv",
        "门店巡检SaaS",
        "120家店巡检表还在用Excel",
        "单店一年不超过3.5k",
        "这个月底",
        "运营总监",
        "钉钉宜搭",
        "数据放你们云上，安全怎么保证？",
        industry="零售连锁",
    ),
    Story(
        "芯图半导体",
        "Kevin Zhang",
        "Kevin",
        "周宇",
        "txt",
        "备件管理系统",
        "进口备件交期太长，停机等件",
        "三十万美金以内",
        "6月前",
        "VP Operations",
        "SAP",
        "你们做过半导体行业的案例吗？",
        industry="半导体设备分销",
    ),
    Story(
        "蓝海新能源",
        "赵总",
        "赵磊",
        "孙婷",
        "csv",
        "能源管理平台",
        "扩产后电费涨了三成",
        "两百万上下",
        "下半年",
        "集团总经理",
        "施耐德",
        "集团IT要求必须私有化部署",
        meeting_budget="两百万上下",
        industry="新能源",
    ),
)

GREETINGS = (
    "{contact}您好，我是{vendor}的{rep}，上周展会上加过您。",
    "{contact}好，上次电话里聊的{product}，我这边跟进一下。",
    "{contact}早～您上次提到的{product}，最近有进展吗？",
)
NEEDS = (
    "我们今年想上{product}，主要是{pain}。",
    "现在的问题是{pain}，所以在看{product}。",
    "{pain}，老板让我们尽快把{product}定下来。",
)
BUDGETS = (
    "今年这块预算{budget}吧，具体还得走流程。",
    "预算大概{budget}，超了就得重新报批。",
    "财务那边批的是{budget}。",
)
DATES = ("争取{date}定下来。", "{date}要把供应商定了。", "计划{date}上会决策。")
DECIDERS = (
    "最后还是{decider}拍板。",
    "{decider}点头才算数，我这边先把技术关。",
    "这事{decider}说了算。",
)
COMPETITORS = (
    "{competitor}也来报过价，方案我们在比。",
    "我们也在看{competitor}的方案。",
    "{competitor}那边给了个挺低的价格。",
)
REP_REPLIES = (
    "理解，我们去年刚做过几个同行业项目，效果不错。",
    "这块我们有现成的方案，可以先看看案例。",
    "明白，我让售前准备一下针对性的方案。",
)
ANSWERS = ("这个我们有成熟做法，我把资料发您看看。", "可以的，我们约个时间详细沟通一下。")
NEXT_STEPS = (
    "好的，我这周五前把方案和报价发您。",
    "收到，下周三我带售前过去现场看一下。",
    "好的，明天把案例资料整理好发您。",
)
FILLERS = ("好的", "收到", "嗯嗯", "在开会 晚点说", "👍")
CAPTIONS = ("这是我们现在的系统架构，你让售前先看下", "这是现场的照片", "这是我们的需求清单")


def write_sample_exports(directory: Path) -> list[Path]:
    """Write the sample chats and meetings into ``directory``; return the files written."""
    directory.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    paths: list[Path] = []
    for index, story in enumerate(STORIES):
        start = FIRST_DAY + timedelta(days=index, minutes=rng.randint(0, 90))
        lines = list(_chat(story, rng, start))
        remark = f"{story.contact}({story.company})"
        if story.fmt == "csv":
            paths.append(
                write_memotrace_csv(
                    directory / f"{remark}_utf8.csv", lines, talker_id=100 + index, remark=remark
                )
            )
        else:
            paths.append(write_memotrace_txt(directory / f"{remark}.txt", lines))
        if story.meeting_budget:
            paths.append(_meeting(story, rng, start + timedelta(days=2), directory))
    return paths


def _chat(story: Story, rng: random.Random, start: datetime) -> Iterator[ChatLine]:
    """A WeChat chat: greeting, need, budget, competitor, objection, decision, next step."""
    clock = _Clock(start, rng)
    remark = f"{story.contact}({story.company})"
    # CSV rows show the contact by nickname; the TXT shows the remark as the name.
    them = story.nickname if story.fmt == "csv" else remark
    facts = _facts(story)

    def say(text: str, kind: str = "text") -> ChatLine:
        return ChatLine(clock.tick(), them, False, text, kind)

    def reply(text: str, kind: str = "text") -> ChatLine:
        return ChatLine(clock.tick(), story.rep, True, text, kind)

    added = f"你已添加了{story.contact}，现在可以开始聊天了。"
    yield ChatLine(clock.tick(), "", False, added, "system")
    yield reply(_pick(rng, GREETINGS, facts))
    yield say(_pick(rng, NEEDS, facts))
    if rng.random() < 0.6:
        yield say("", "image")
        yield say(rng.choice(CAPTIONS))
    yield reply(_pick(rng, REP_REPLIES, facts))
    # The middle of the chat comes in a random order; texts are chosen before times so
    # the clock only moves forward.
    middle = [
        [(say, _pick(rng, BUDGETS, facts))],
        [(say, _pick(rng, COMPETITORS, facts))],
        [(say, story.objection), (reply, _pick(rng, ANSWERS, facts))],
    ]
    rng.shuffle(middle)
    for group in middle:
        for speak, text in group:
            yield speak(text)
        if rng.random() < 0.4:
            yield say(rng.choice(FILLERS)) if rng.random() < 0.5 else say("", "emoji")
    yield say(_pick(rng, DECIDERS, facts) + _pick(rng, DATES, facts))
    yield reply(_pick(rng, NEXT_STEPS, facts))
    yield reply(f"{story.company}{story.product}方案.pdf", "file")
    yield say(rng.choice(FILLERS))


def _meeting(story: Story, rng: random.Random, start: datetime, directory: Path) -> Path:
    """A meeting about the same deal; its budget is ``meeting_budget``."""
    facts = _facts(story) | {"budget": story.meeting_budget or story.budget}
    presales = "吴工"
    boss = story.decider
    lines = [
        (story.rep, f"感谢{story.contact}和{boss}抽时间，今天主要过一下{story.product}方案。"),
        (story.contact, _pick(rng, NEEDS, facts)),
        (presales, "我先把整体架构讲一下，重点是和现有系统的集成。"),
        (boss, f"{story.competitor}上周也来讲过，你们的差异在哪？"),
        (presales, "我们在行业里落地的案例更多，实施周期也更短。"),
        (story.contact, story.objection),
        (story.rep, _pick(rng, ANSWERS, facts)),
        (boss, f"预算的话，这个项目{facts['budget']}。"),
        (boss, _pick(rng, DATES, facts)),
        (story.rep, _pick(rng, NEXT_STEPS, facts)),
    ]
    offset, turns = rng.randint(3, 20), []
    for speaker, text in lines:
        turns.append(Turn(offset, speaker, text))
        offset += rng.randint(40, 300)
    return write_transcript(
        directory / f"{story.company}{story.product}沟通会.txt",
        turns,
        title=f"{story.company}{story.product}方案沟通会",
        start=start.replace(minute=0),
        ours=[story.rep, presales],
        account=f"{story.company}有限公司",
        industry=story.industry,
    )


def _facts(story: Story) -> dict[str, str]:
    return {
        "contact": story.contact,
        "rep": story.rep,
        "vendor": VENDOR,
        "product": story.product,
        "pain": story.pain,
        "budget": story.budget,
        "date": story.date,
        "decider": story.decider,
        "competitor": story.competitor,
    }


def _pick(rng: random.Random, templates: tuple[str, ...], facts: dict[str, str]) -> str:
    return rng.choice(templates).format(**facts)


class _Clock:
    """Message times: a few seconds to a few minutes apart, sometimes a longer pause."""

    def __init__(self, start: datetime, rng: random.Random) -> None:
        self.now, self.rng = start, rng

    def tick(self) -> datetime:
        long_pause = self.rng.random() < 0.1
        pause = self.rng.randint(600, 3600) if long_pause else self.rng.randint(8, 240)
        self.now += timedelta(seconds=pause)
        return self.now
