"""Decision-chain people and roles (eval README §3.4), on small conversations."""

from __future__ import annotations


def roles(gold):  # type: ignore[no-untyped-def]
    return {(p["person"], p["role"]) for p in gold["decision_chain"]}


def test_a_mentioned_person_who_decides(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "贺主任（信息中心）", "方案我们看过了，最后还是要孙院长拍板"))
    assert roles(gold) == {("贺主任", "technical_evaluator"), ("孙院长", "decision_maker")}


def test_a_purchaser_introducing_herself(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "林芳-华通采购", "您好，我是采购小林，商务这块后面我来跟"))
    assert roles(gold) == {("小林", "purchaser")}


def test_rep_side_people_never_appear(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(
        ("r", "宋涛（远景软件）", "我是远景的宋经理，负责这个项目"),
        ("c", "金总", "宋经理你们先出方案，预算我来定"),
    )
    assert roles(gold) == {("金总", "decision_maker")}


def test_finance_holds_the_money(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "阿梅（人事部）", "价格这块财务邓总卡得很严"))
    assert ("邓总", "economic_buyer") in roles(gold)


def test_a_contact_relaying_the_boss_is_a_champion(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "小叶", "老板的意思是先做一期"), ("c", "小叶", "老板说一年不超过10个"))
    assert roles(gold) == {("小叶", "champion"), ("老板", "decision_maker")}


def test_people_without_a_role_are_left_out(extract) -> None:  # type: ignore[no-untyped-def]
    gold = extract(("c", "小叶", "收到，谢谢"))
    assert gold["decision_chain"] == []
