"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of seed 33 (scripts/mutation_score.py textaudit at c75984b): the message
of a change rate read over a prior printed in 元 as 万元 names that prior (claims._slipped_prior,
mutant 16), a decimal point after a whole with 亿 is no amount (quantities._decimal_numerals,
55), a bare rate column is the change over the prior, not over the current figure
(tables._comparisons, 127), a share column with no column but its base is no formula
(tables._named_rate, 62), and a row "甲 | 1 | 2 | 3 | 4" numbers the columns
(tables._numbering, 14).

One other changes no result: claims._signed_text's mutant 16 (signs[1] >= 0 for > 0: its only
caller passes −_rate_sign(b), which is 1 or −1, never 0). Each expected value is worked out by
hand.
"""

from __future__ import annotations

from decimal import Decimal

from budgetperf.textaudit.quantities import Unit, find_quantities
from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import findings

# --- claims._slipped_prior: the message names the prior as read, in 万元 -----------------------


def test_a_rate_within_rounding_of_a_slipped_prior_names_the_prior_in_wanyuan() -> None:
    # 12.35元 beside 8.9万元 (under a hundredth of it) is read as 12.35万元: (12.35 − 8.9) /
    # 12.35 = 3.45 / 12.35 = 27.935% -> 27.9, printed 28.2; 8.9 may be 8.85 to 8.95, so the
    # rate is anything from 27.53% to 28.34%: within the rounding. Read as printed (12.35元 is
    # 0.001235万元) the rate would be hundreds of thousands of percent.
    text = "三公经费支出8.9万元,比上年的12.35元减少28.2%。"
    assert claim_rows(text) == [
        ("change-rate", "28.2%", "rounding", "27.9", ["8.9万元", "12.35元"])
    ]
    rate = [f for f in findings(text) if f[0] == "arithmetic.change-rate"]
    assert len(rate) == 1
    _, severity, _, _, en, zh = rate[0]
    assert severity == "warning"
    assert en.startswith("the change rate is printed as 28.2%, but the prior figure is 12.35万元 ")
    assert zh.startswith("增减率印为28.2%，但上年数为12.35万元，")


# --- quantities._decimal_numerals: no decimals after a whole written with 亿 ---------------------


def test_a_decimal_point_after_a_whole_with_yi_reads_no_amount() -> None:
    # "一亿二千点五万元" is not written as an amount is (decimals follow a whole without 万 or
    # 亿): read on, it would be 100002000.5万元, ten thousand times the 1.2亿 it might mean
    assert find_quantities("支出一亿二千点五万元。") == []
    assert find_quantities("收入十二亿三千四百点五元。") == []
    # without 亿 before the point the decimals are read: 十五.四亿元
    assert [(q.text, q.value, q.unit) for q in find_quantities("收入十五点四亿元。")] == [
        ("十五点四亿元", Decimal("15.4"), Unit.YIYUAN)
    ]


# --- tables._comparisons: a bare rate column is the change over the prior ---------------------


def test_a_bare_rate_column_is_the_change_over_the_prior_column() -> None:
    # 上年 before 本年: (120 − 100) / 100 = 20.00%, |150 − 200| / 200 = 25.00%, (60 − 50) / 50 =
    # 20.00%; the rates are read over the two figures of the row, not the change and the prior
    text = (
        "项目 | 上年数 | 本年数 | 增减 | 增幅\n工资福利 | 100 | 120 | 20 | 20.00\n"
        "商品服务 | 200 | 150 | -50 | -25.00\n对个人补助 | 50 | 60 | 10 | 20.00\n"
    )
    assert claim_rows(text) == [
        ("difference", "20", "agrees", "20", ["120", "100"]),
        ("change-rate", "20.00", "agrees", "20.00", ["120", "100"]),
        ("difference", "-50", "agrees", "50", ["150", "200"]),
        ("change-rate", "-25.00", "agrees", "25.00", ["150", "200"]),
        ("difference", "10", "agrees", "10", ["60", "50"]),
        ("change-rate", "20.00", "agrees", "20.00", ["60", "50"]),
    ]


# --- tables._named_rate: a share column whose base is the only other column ------------------


def test_a_share_column_with_no_figure_column_but_its_base_reads_no_rate() -> None:
    # "占预算%" names its base (预算数) and nothing else: no column before it to be the part
    # (调整数 comes after), so no formula, and the audit goes on to the sentence after
    text = (
        "单位:万元\n项目 | 占预算% | 预算数 | 调整数\n工资福利支出 | 50.00 | 200 | 100\n"
        "一般公共预算支出300万元,其中基本支出200万元,项目支出100万元。\n"
    )
    # 200 + 100 = 300
    assert claim_rows(text) == [("sum", "300万元", "agrees", "300", ["200万元", "100万元"])]
    assert findings(text) == []


# --- tables._numbering: a row of the numbers 1 to n numbers the columns ------------------------


def test_a_row_numbering_the_columns_is_no_row_of_figures() -> None:
    # "甲 | 1 | 2 | 3 | 4" numbers the four columns: read as figures it would be a change of
    # 2 − 1 = 1 printed 3, and a rate of 3 / 1 printed 4. The rows of figures: 330 − 300 = 30,
    # 30 / 300 = 10.00%; 450 − 500 = −50, 50 / 500 = 10.00%.
    text = (
        "单位:万元\n项目 | 上年决算数 | 本年决算数 | 增减额 | 增减率\n甲 | 1 | 2 | 3 | 4\n"
        "一般公共服务支出 | 300 | 330 | 30 | 10.00%\n教育支出 | 500 | 450 | -50 | -10.00%\n"
    )
    assert claim_rows(text) == [
        ("difference", "30", "agrees", "30", ["330", "300"]),
        ("change-rate", "10.00%", "agrees", "10.00", ["330", "300"]),
        ("difference", "-50", "agrees", "50", ["450", "500"]),
        ("change-rate", "-10.00%", "agrees", "10.00", ["450", "500"]),
    ]
    assert findings(text) == []
