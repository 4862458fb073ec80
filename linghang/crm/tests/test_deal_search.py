"""Deal text search: by title or by the account's name, in any width or script."""

import pytest
from django.core.management import call_command

from linghang.core.testing.factories import make_account, make_deal
from linghang.crm.models import Deal


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["恒锐", "苏州恒锐汽车制动部件有限公司", "蘇州恆銳", "ＧＴＸ", "gtx pro"]
)
def test_a_deal_is_found_by_its_account_or_title(query):
    # given
    account = make_account(name="苏州恒锐汽车制动部件有限公司")
    deal = make_deal(account=account, title="GTX Pro 二期")
    make_deal(account=make_account(name="杭州万通物流"), title="WMS 升级")
    # when
    found = list(Deal.objects.search(query))
    # then
    assert found == [deal]


@pytest.mark.django_db
def test_renaming_an_account_keeps_its_deals_findable():
    # given
    account = make_account(name="旧名科技")
    deal = make_deal(account=account, title="项目一期")
    # when
    account.name = "新名智能"
    account.save()
    # then
    assert list(Deal.objects.search("新名")) == [deal]
    assert not Deal.objects.search("旧名").exists()


@pytest.mark.django_db
def test_imported_deals_are_findable_by_account_name(tmp_path):
    # given a deal file whose titles do not name the account
    source = tmp_path / "deals.csv"
    source.write_text(
        "商机编号,商机名称,客户名称,阶段,金额\nD1,一期项目,宁波港湾物流有限公司,初步接触,100000\n",
        encoding="utf-8",
    )
    # when
    call_command("import_records", "deals", str(source))
    # then
    assert Deal.objects.search("港湾").get().external_id == "D1"
