"""The eighteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of seed 32 (scripts/mutation_score.py textaudit at a92c62f): a figure run
on without a mark after a part that is a share of another whole (claims._gather, mutant 852), the
whole of numbered items' shares printed exactly before a nearer one within their rounding
(_items_whole, 1), a change printed seven figures after the restated figure (_restated_rate, 42),
a share's whole among the twelve nearest figures of its name before it only (_share, 25), the
certainty of a share read against the total its siblings fit (_share, 906), a bare share after a
占比的 share (_sibling_whole, 17), a decimal amount in numerals that fills the reach
(quantities._decimal_numerals, 37), one control byte in a hundred (read.decode, 41) and a rate
column's row with a base of 1 (tables._agreement, 31). Four others change no result: _gather's
mutant 414 (phased = None at the start: only ever tested for truth, or or'ed with a bool),
_segment_end's mutant 8 (the ';' looked for to the text's end: one after the sentence is after
all its figures, so the last figure is the end either way), _share's mutant 760 (其中 at the
text's very start: no figure ends before it and there is no sentence before) and _whole_before's
mutant 24 (the text of a cast(), which does nothing at run time). Each expected value is worked
out by hand.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.quantities import Unit, find_quantities
from budgetperf.textaudit.read import decode
from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import rows

# --- claims._gather: a part that is a share of another whole takes its clause with it --------


def test_a_figure_run_on_after_a_sub_parts_share_is_no_part_of_the_total() -> None:
    # 人员经费 400 is 80% of 基本支出 (another whole): a sub-part, no part of the 1000; 公用经费
    # 100 follows its share with no mark between, in the same clause: no part either. Read as
    # one, 100 + 500 = 600 ≠ 1000 would be a false breakdown.
    text = (
        "一般公共预算支出1000万元,其中:人员经费400万元占基本支出的80%公用经费100万元,"
        "项目支出500万元。"
    )
    assert [r[0] for r in claim_rows(text)] == ["share"]


# --- claims._items_whole: the figure the items' amounts add up to exactly comes first ---------


def test_numbered_items_shares_are_of_the_whole_they_add_up_to_exactly() -> None:
    # 100.1 + 200.2 = 300.3 exactly: 100.1 / 300.3 = 33.333% -> 33.33, 200.2 / 300.3 = 66.667%
    # -> 66.67 (the nearer 300 is only within their rounding: 33.37 and 66.73)
    text = (
        "2024年体育彩票公益金支出合计300.3万元,本年支出300万元。\n"
        "(一)用于群众体育支出100.1万元,占总数的33.33%。\n"
        "(二)用于竞技体育支出200.2万元,占总数的66.67%。"
    )
    assert [r for r in claim_rows(text) if r[0] == "share"] == [
        ("share", "33.33%", "agrees", "33.33", ["100.1万元", "300.3万元"]),
        ("share", "66.67%", "agrees", "66.67", ["200.2万元", "300.3万元"]),
    ]


# --- claims._restated_rate: the change among the eight figures after the restated one ---------


def test_a_restated_figures_change_seven_figures_after_it_gives_the_rate() -> None:
    # 874 printed again with five gaps in points and a completion before its change 83.51 (the
    # seventh figure after it): 83.51 / (874 − 83.51) = 10.564% -> 10.6
    points = "".join(
        f",比{w}高{n}个百分点" for n, w in enumerate(("上年", "全国", "全市", "A", "B"), 1)
    )
    text = (
        "全省公共财政支出完成874亿元,增长10.6%。"
        f"全省公共财政支出874亿元,完成预算30.7%{points},增支83.51亿元。"
    )
    assert claim_rows(text) == [
        ("change-rate", "10.6%", "agrees", "10.6", ["83.51亿元", "874亿元"])
    ]


# --- claims._share: a share's whole among the twelve nearest figures of its name before it ----


@pytest.mark.parametrize(
    ("towns", "shares"),
    [
        (11, [("share", "50%", "agrees", "50", ["500万元", "1000万元"])]),
        (12, []),  # the 1000 is the thirteenth: not looked at, and no other whole is found
    ],
)
def test_a_shares_whole_is_looked_for_among_the_nearest_twelve_of_its_name(
    towns: int, shares: list[tuple[str, str, str, str, list[str]]]
) -> None:
    # 500 / 1000 = 50%; each town's 10 is smaller than the 500 and no whole of it
    names = "甲乙丙丁戊己庚辛壬癸子丑"[:towns]
    text = (
        "全县一般公共预算支出1000万元。"
        + "".join(f"{t}镇一般公共预算支出10万元。" for t in names)
        + "教育经费500万元,占一般公共预算支出的50%。"
    )
    assert [r for r in claim_rows(text) if r[0] == "share"] == shares


def test_a_share_of_the_total_its_siblings_fit_is_not_certain() -> None:
    # 占总收入 with no total of 收入 printed as such: the 279.40 all three fit, 41.31 / 279.40 =
    # 14.785% -> 14.79, 220.43 / 279.40 = 78.894% -> 78.89, 17.66 / 279.40 = 6.321% -> 6.32;
    # inferred, so not certain (false in the report, not null)
    text = (
        "2021年,北海市红十字会本级实现财务收入279.40万元。收入分类情况如下:\n1.捐赠收入\n"
        "本年度公益性资金收入41.31万元,占总收入的14.79%。\n2.政府拨款收入\n本年度政府拨款"
        "收入220.43万元,占总收入的78.89%。\n3.其他收入\n本年度其它收入17.66万元,占总收入的"
        "6.32%。"
    )
    agreed = ("of 279.40万元", "amount / the total its siblings fit", False)
    assert rows(text)[1:] == [
        ("share", "14.79", "agrees", "14.79", *agreed),
        ("share", "78.89", "agrees", "78.89", *agreed),
        ("share", "6.32", "agrees", "6.32", *agreed),
    ]
    assert all(c.to_dict()["certain"] is False for c in audit_text(text).claims)


# --- claims._sibling_whole: a 占比的 share names no whole ---------------------------------------


def test_a_bare_share_passes_over_a_zhanbi_share_to_the_one_that_names_its_whole() -> None:
    # 30%: of 资产总额, which 公共基础设施's share names (600 / 2000 = 30%), not of the 1000 the
    # 占比的 share before it is read against (400 / 1000 = 40%, printed 20%; 600 / 1000 = 60%)
    text = (
        "全市资产总额2000亿元。公共基础设施占全市资产总额的50%,为1000亿元,"
        "流动资产占比的20%,达到400亿元,固定资产600亿元,占30%。"
    )
    assert claim_rows(text) == [
        ("share", "50%", "agrees", "50", ["1000亿元", "2000亿元"]),
        ("share", "20%", "disagrees", "40", ["400亿元", "1000亿元"]),
        ("share", "30%", "agrees", "30", ["600亿元", "2000亿元"]),
    ]


# --- quantities._decimal_numerals: numerals that fill the reach after a word are read ---------


def test_a_decimal_amount_in_numerals_as_long_as_the_reach_is_read() -> None:
    # 六百一十一 (5) + 点 + 17 decimals + 亿: 24 characters before 元, the most read; one more
    # decimal and the amount is too long to be one
    digits = "三" * 17
    found = find_quantities(f"支出六百一十一点{digits}亿元。")
    assert [(q.text, q.value, q.unit) for q in found] == [
        (f"六百一十一点{digits}亿元", Decimal("611." + "3" * 17), Unit.YIYUAN)
    ]
    assert find_quantities(f"支出六百一十一点{digits}三亿元。") == []


# --- read.decode: a text with one control byte in a hundred is still text ----------------------


def test_one_control_byte_in_a_hundred_is_read_as_text() -> None:
    data = b"a" * 99 + b"\x01"  # 1 of 100: not more than one in a hundred, UTF-8 text
    assert (decode(data).encoding, decode(data).text) == ("utf-8", "a" * 99 + "\x01")
    # 1 of 99: more than one in a hundred, read as UTF-16 first (which these bytes decode as)
    assert decode(b"a" * 98 + b"\x01").encoding == "utf-16-le"


# --- tables._agreement: a row whose base is 1 counts towards the column's formula --------------


def test_a_row_with_a_base_of_one_counts_for_a_rate_column() -> None:
    # 200 / 1000 = 20.0%, 0.3 / 1 = 30.0%: both rows give the printed rates, two rows agree
    text = (
        "单位:亿元\n年份 | 地方收入 | 全省收入 | 占比(%) |\n2021年 | 200 | 1000 | 20.0 |\n"
        "2023年 | 0.3 | 1 | 30.0 |\n"
    )
    assert [(c.claim.kind, c.status.value, c.computed) for c in audit_text(text).claims] == [
        ("share", "agrees", "20.0"),
        ("share", "agrees", "30.0"),
    ]
