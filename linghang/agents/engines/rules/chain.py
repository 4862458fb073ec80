"""Customer-side people and their decision-chain roles (eval README §3.4).

People come from customer senders (陈主任（信息科）, 冯晓-苏南采购 who introduces
herself as 采购小冯) and from mentions in customer text (最后还是刘院长拍板). A role is
kept only when the conversation shows it; each piece of evidence has a priority and the
strongest wins: an explicit cue (拍板, 我是采购…) beats a department word in the display
name, which beats weaker hints (an engineer's 工 title, relaying the boss's view, a
senior title on someone who states the budget).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from linghang.agents.engines.rules.lexicons import people as lex
from linghang.agents.engines.rules.prepare import Clause, Prepared, normalise
from linghang.agents.schema import ChainPerson, Evidence

_SURNAME = f"[{lex.SURNAMES}]"
_TITLES = "|".join(sorted(lex.TITLES, key=len, reverse=True))
_NAMED = (
    rf"(?:[小老](?![{lex.NOT_A_NAME_AFTER_XIAO_LAO}]){_SURNAME}"
    rf"|{_SURNAME}(?:{_TITLES})|[A-Z][a-z]+(?: [A-Z][a-z]+)?[\u4e00-\u9fff]?)"
)
_BARE = "|".join(sorted(lex.BARE_TITLES, key=len, reverse=True))
PERSON = rf"(?:{_BARE}|{_NAMED})(?:\([^)]{{0,20}}\))?"
_PERSON_RE = re.compile(f"^(?P<name>{_BARE}|{_NAMED})(?:\\((?P<title>[^)]{{0,20}})\\))?")

EXPLICIT, DEPARTMENT, TITLE_HINT, RELAY, FALLBACK = 5, 4, 3, 2, 1


def _cues(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(
        "|".join(
            f"(?:{p.replace('PERSON', f'(?P<p{i}>{PERSON})')})" for i, p in enumerate(patterns)
        )
    )


_MENTION_CUES = [
    (role, _cues(patterns))
    for role, patterns in (
        ("decision_maker", lex.DECISION_MAKER_CUES),
        ("economic_buyer", lex.ECONOMIC_BUYER_CUES),
        ("technical_evaluator", lex.TECHNICAL_CUES),
        ("purchaser", lex.PURCHASER_CUES),
        ("user", lex.USER_CUES),
        ("influencer", lex.INFLUENCER_CUES),
    )
]
_SELF_CUES = [
    (role, re.compile("|".join(patterns)))
    for role, patterns in (
        ("decision_maker", lex.SELF_DECISION_MAKER_CUES),
        ("purchaser", lex.SELF_PURCHASER_CUES),
        ("technical_evaluator", lex.SELF_TECHNICAL_CUES),
        ("user", lex.SELF_USER_CUES),
        ("influencer", lex.SELF_INFLUENCER_CUES),
        ("champion", lex.SELF_CHAMPION_CUES),
    )
]
_GATEKEEPER = re.compile("|".join(lex.SELF_GATEKEEPER_CUES))
_RELAY = _cues(lex.RELAY_CUES)
_DEPARTED = _cues(lex.DEPARTED_CUES)
_DEPARTMENTS = [(re.compile(words), role) for words, role in lex.DEPARTMENT_ROLES]
_SENDER_SPLIT = re.compile(r"\s*[-—·@|/]\s*|(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")
_BRACKET = re.compile(r"[(（【\[]([^)）】\]]*)[)）】\]]")
_INTRO = re.compile(
    rf"我是(?P<dept>[^,，。的]{{0,8}}?)的?(?P<alias>[小老]{_SURNAME})(?![\u4e00-\u9fff])"
)
_HAS_TITLE = re.compile(rf"(?:{_TITLES})$|^[小老]")
_DEPARTMENT_PREFIX = re.compile(
    rf"^(?P<dept>{lex.DEPARTMENT_PREFIXES})(?P<name>[小老]?{_SURNAME}(?:{_TITLES})?)$"
)


@dataclass
class Person:
    name: str
    title: str | None = None
    is_participant: bool = False
    senior: bool = False
    role: str | None = None
    priority: int = 0
    evidence: Evidence | None = None
    messages: list[int] = field(default_factory=list)
    departed: bool = False

    def offer(self, role: str, priority: int, evidence: Evidence | None) -> None:
        if priority > self.priority:
            self.role, self.priority, self.evidence = role, priority, evidence


def find_decision_chain(
    messages: Sequence[Prepared], stated_terms: set[int], intent: str
) -> list[ChainPerson]:
    """``stated_terms``: indexes of messages where the customer stated budget or date."""
    people: dict[str, Person] = {}
    names: dict[str, str] = {}  # display name → the name used in the conversation
    rep_surnames = _rep_surnames(messages)
    for message in messages:
        if message.is_customer:
            speaker = _participant(people, names, message)
            _read_message(people, speaker, message, rep_surnames, intent)
    _apply_fallbacks(people, messages, stated_terms)
    return _result(people)


def _participant(people: dict[str, Person], names: dict[str, str], message: Prepared) -> Person:
    name, hint = parse_sender(message.sender)
    intro = _INTRO.search(message.text)
    if intro and not _HAS_TITLE.search(name) and intro["alias"][1] in name:
        names[message.sender] = intro["alias"]  # 冯晓 introduces herself as 采购小冯
    name = names.get(message.sender, name)
    person = _lookup(people, name)
    if person is None:
        person = people[name] = Person(name=name, is_participant=True)
    person.is_participant = True
    person.title = person.title or hint or None
    person.senior = person.senior or any(name.endswith(t) for t in lex.SENIOR_TITLES)
    person.messages.append(message.index)
    department = hint + (intro["dept"] if intro else "")
    role = department_role(department)
    if role:
        person.offer(role, DEPARTMENT, _first_clause(message))
    return person


def parse_sender(sender: str) -> tuple[str, str]:
    """``陈主任（信息科）`` → (陈主任, 信息科); ``曹经理-恒远信息部`` → (曹经理, 恒远信息部);
    ``财务蒋姐`` → (蒋姐, 财务). The hint is simplified so department words match."""
    hints = _BRACKET.findall(sender)
    main = _BRACKET.sub("", sender).strip()
    parts = [p for p in _SENDER_SPLIT.split(main) if p]
    name = (parts[0] if parts else main).strip()
    hint = " ".join([*parts[1:], *hints]).strip()
    prefixed = _DEPARTMENT_PREFIX.match(name)
    if prefixed:
        name, hint = prefixed["name"], f"{prefixed['dept']} {hint}".strip()
    return name, normalise(hint)


def department_role(text: str) -> str | None:
    for pattern, role in _DEPARTMENTS:
        if text and pattern.search(text):
            return role
    return None


def _read_message(
    people: dict[str, Person],
    speaker: Person,
    message: Prepared,
    rep_surnames: set[str],
    intent: str,
) -> None:
    for clause in message.clauses:
        evidence = message.evidence(clause.start, clause.end)
        for role, pattern in _SELF_CUES:
            found = pattern.search(clause.text)
            if found:
                # 我是设备科的 is a department; 负责本项目采购 is the duty itself
                intro = found.group().startswith("我是") and role != "decision_maker"
                speaker.offer(role, DEPARTMENT if intro else EXPLICIT, evidence)
        for match in _DEPARTED.finditer(clause.text):
            departed = _mentioned(people, _group(match), rep_surnames)
            if departed is not None and departed is not speaker:
                departed.departed = True
        if intent in ("low", "none") and _GATEKEEPER.search(clause.text):
            speaker.offer("gatekeeper", EXPLICIT, evidence)
        _read_mentions(people, speaker, clause, evidence, rep_surnames)


def _read_mentions(
    people: dict[str, Person],
    speaker: Person,
    clause: Clause,
    evidence: Evidence,
    rep_surnames: set[str],
) -> None:
    for role, pattern in _MENTION_CUES:
        for match in pattern.finditer(clause.text):
            person = _mentioned(people, _group(match), rep_surnames)
            if person is not None and person is not speaker:
                person.offer(role, EXPLICIT, evidence)
    for match in _RELAY.finditer(clause.text):
        mentioned = _mentioned(people, _group(match), rep_surnames)
        if mentioned is not None and mentioned is not speaker:
            speaker.offer("champion", RELAY, evidence)


def _group(match: re.Match[str]) -> str:
    return next(v for k, v in match.groupdict().items() if v is not None)


def _mentioned(people: dict[str, Person], text: str, rep_surnames: set[str]) -> Person | None:
    parsed = _PERSON_RE.match(text)
    if parsed is None:
        return None
    name = parsed["name"]
    surname = name[1] if name[0] in "小老" and len(name) == 2 else name[0]
    person = _lookup(people, name)
    if person is None:
        if surname in rep_surnames and name not in lex.BARE_TITLES:
            return None  # the customer is addressing or quoting the vendor's people
        person = people[name] = Person(name=name, title=parsed["title"])
        person.senior = any(name.endswith(t) for t in lex.SENIOR_TITLES)
    return person


def _lookup(people: dict[str, Person], name: str) -> Person | None:
    if name in people:
        return people[name]
    for known, person in people.items():
        if _same_person(name, known):
            return person
    return None


def _same_person(a: str, b: str) -> bool:
    if min(len(a), len(b)) >= 2 and (a in b or b in a):
        return True
    for x, y in ((a, b), (b, a)):  # 老孟 is 孟经理
        if len(x) == 2 and x[0] in "小老" and y.startswith(x[1]) and _HAS_TITLE.search(y):
            return True
    return False


def _rep_surnames(messages: Sequence[Prepared]) -> set[str]:
    names = {parse_sender(m.sender)[0] for m in messages if m.side == "rep"}
    return {n[0] for n in names if n and "\u4e00" <= n[0] <= "\u9fff"}


def _apply_fallbacks(
    people: dict[str, Person], messages: Sequence[Prepared], stated_terms: set[int]
) -> None:
    has_decider = any(p.role == "decision_maker" for p in people.values())
    for person in people.values():
        if person.is_participant and person.name.endswith("工"):
            person.offer("technical_evaluator", TITLE_HINT, _first_of(person, messages))
        if (
            not has_decider
            and person.is_participant
            and person.senior
            and stated_terms.intersection(person.messages)
        ):
            person.offer("decision_maker", FALLBACK, _first_of(person, messages))


def _result(people: dict[str, Person]) -> list[ChainPerson]:
    named_decider = any(
        p.role == "decision_maker" and p.name not in lex.BARE_TITLES for p in people.values()
    )
    chain = []
    for person in people.values():
        if person.role is None or person.departed:
            continue
        if named_decider and person.role == "decision_maker" and person.name in ("老板", "大老板"):
            continue  # 老板 is the named decider the conversation already gave
        chain.append(
            ChainPerson(
                person=person.name,
                title=person.title,
                role=person.role,  # type: ignore[arg-type]
                evidence=person.evidence,
                confidence=0.5 + 0.08 * person.priority,
            )
        )
    return chain


def _first_clause(message: Prepared) -> Evidence | None:
    for clause in message.clauses:
        if clause.text.strip():
            return message.evidence(clause.start, clause.end)
    return None


def _first_of(person: Person, messages: Sequence[Prepared]) -> Evidence | None:
    return _first_clause(messages[person.messages[0]]) if person.messages else person.evidence
