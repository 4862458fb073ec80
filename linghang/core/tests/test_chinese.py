import pytest

from linghang.core.chinese import company_key, to_simplified


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("腾讯科技（深圳）有限公司", "腾讯科技(深圳)"),
        ("江城市第三人民医院", "江城市第三人民医院 "),
        ("臺灣精密機械股份有限公司", "台湾精密机械"),
        ("ＡＢＣ科技集团", "abc科技"),
        ("Acme Corporation", "acme"),
    ],
)
def test_company_key_matches_variants_of_one_name(a, b):
    assert company_key(a) == company_key(b)


def test_company_key_keeps_a_bare_suffix_word():
    assert company_key("集团") == "集团"


def test_to_simplified_converts_traditional():
    assert to_simplified("預算五十萬") == "预算五十万"
