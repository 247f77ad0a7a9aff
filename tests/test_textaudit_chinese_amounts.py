"""Amounts written in Chinese numerals, read by the quantities stage (the rules of 大写)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.normalise import normalise
from budgetperf.textaudit.quantities import Unit, find_quantities


def _read(text: str) -> list[tuple[str, Decimal, Unit]]:
    return [(q.text, q.value, q.unit) for q in find_quantities(normalise(text).text)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("九千一百二十一萬三千九百三十五元", Decimal(91213935), Unit.YUAN),
        ("八千二百三十三萬五千元", Decimal(82335000), Unit.YUAN),
        ("三百万元", Decimal(300), Unit.WANYUAN),
        ("十五万元", Decimal(15), Unit.WANYUAN),
        ("一千零五十万元", Decimal(1050), Unit.WANYUAN),
        ("一亿二千万元", Decimal(12000), Unit.WANYUAN),
        ("两千元", Decimal(2000), Unit.YUAN),
        ("三亿元", Decimal(3), Unit.YIYUAN),
        ("一一〇萬元", Decimal(110), Unit.WANYUAN),  # digit by digit
        ("二〇五元", Decimal(205), Unit.YUAN),
        # groups between 億 and 萬 digit by digit, as Taiwan's news prints amounts
        ("三八六億二二五五萬九千元", Decimal(38622559000), Unit.YUAN),
        ("八五萬三一二五元", Decimal(853125), Unit.YUAN),
        ("一四四萬一千元", Decimal(1441000), Unit.YUAN),
        ("三万零五百元", Decimal(30500), Unit.YUAN),
    ],
)
def test_an_amount_in_chinese_numerals_is_read(text: str, value: Decimal, unit: Unit) -> None:
    assert _read("决算数" + text + ",") == [(normalise(text).text, value, unit)]


@pytest.mark.parametrize(
    "text",
    [
        "单位:千元",  # a unit word, no digit
        "投入几十万元",  # an estimate
        "数十万元",
        "一元化管理",  # no unit among the numerals
        "一二元",  # "one or two": two numerals without a unit are no figure
        "一二三四五萬元",  # a group under 萬 holds four digits at most
        "增加八百八十七萬八千九百三十五萬元",  # 万 twice: no amount is stated
        "一千五百五十五五元",  # two digits without a unit between them
    ],
)
def test_numerals_that_state_no_amount_are_no_figure(text: str) -> None:
    assert _read(text) == []


def test_figures_in_digits_beside_numerals_are_read_as_before() -> None:
    assert _read("收入6亿4,533万3千元,支出2千元") == [
        ("6亿4,533万3千元", Decimal(645333), Unit.QIANYUAN),
        ("2千元", Decimal(2), Unit.QIANYUAN),
    ]


def test_numerals_after_a_figure_in_digits_are_not_read_alone() -> None:
    # "3万一千元" is no 一千元 (the 3万 is read by itself, as before)
    assert _read("3万一千元") == [("3万", Decimal(3), Unit.WANYUAN)]


def test_a_long_run_of_numerals_is_read_in_linear_time() -> None:
    # found from each 元 backwards at most 24 characters: a run longer than any amount is none
    assert _read("一" * 200_000 + "元" + "三百万元") == [("三百万元", Decimal(300), Unit.WANYUAN)]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # 廿 is 二十 and 卅 三十, as Macau's and Hong Kong's papers print them
        ("廿一億四千三百萬元", Decimal(214300), Unit.WANYUAN),
        ("卅萬元", Decimal(30), Unit.WANYUAN),
        ("一百廿五元", Decimal(125), Unit.YUAN),
        # a white circle for 〇
        ("一千○一十六億七千萬元", Decimal(10167000), Unit.WANYUAN),
    ],
)
def test_numerals_written_the_other_ways_are_read(text: str, value: Decimal, unit: Unit) -> None:
    assert _read(text) == [(text.replace("億", "亿").replace("萬", "万"), value, unit)]


def test_a_list_with_nian_adds_up() -> None:
    # 34 + 21.43 = 55.43 (亿元): 廿一 was read as 一, and the sum was an error on a correct
    # sentence (a Macau paper on the 2020 final accounts)
    audit = audit_text(
        "結餘總額為五十五億四千三百萬元,其中,中央預算執行結餘為三十四億元,"
        "自治部門及機構預算執行結餘為廿一億四千三百萬元。"
    )
    assert [(c.claim.kind, c.status.value) for c in audit.claims] == [("sum", "agrees")]
    assert audit.findings == ()


def test_a_placeholder_circle_opens_no_figure() -> None:
    # "○○万元" (an amount blanked out) states none: a run opens with a digit other than zero
    assert _read("○○万元") == []


@pytest.mark.parametrize(
    ("text", "value", "unit", "places"),
    [
        # a decimal point between numerals (‧, 點, ·), the decimals digit by digit
        ("六百一十一‧三億元", Decimal("611.3"), Unit.YIYUAN, 1),
        ("十五點四億元", Decimal("15.4"), Unit.YIYUAN, 1),
        ("一百三十四·六億元", Decimal("134.6"), Unit.YIYUAN, 1),
        ("三点〇五亿元", Decimal("3.05"), Unit.YIYUAN, 2),
        ("零点五亿元", Decimal("0.5"), Unit.YIYUAN, 1),
        ("三点五元", Decimal("3.5"), Unit.YUAN, 1),
    ],
)
def test_numerals_with_a_decimal_point_are_read_whole(
    text: str, value: Decimal, unit: Unit, places: int
) -> None:
    found = find_quantities(normalise(text).text)
    assert [(q.value, q.unit, q.places) for q in found] == [(value, unit, places)]


@pytest.mark.parametrize("text", ["第三点五万元", "一点万元", "三点五十万元"])
def test_a_point_that_is_no_decimal_one_makes_no_figure(text: str) -> None:
    # a numbered point (第三点), no decimals, decimals written with units: none is an amount
    assert find_quantities(normalise(text).text) == []


def test_a_list_with_decimals_in_numerals_adds_up() -> None:
    # 500 + 111.3 = 611.3 (亿元): the decimals after the point were read as an amount alone
    # (三億元), and the sum was an error
    audit = audit_text("收入六百一十一點三億元,其中甲五百億元,乙一百一十一點三億元。")
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit.claims] == [
        ("sum", "agrees", "611.3")
    ]
    assert audit.findings == ()
