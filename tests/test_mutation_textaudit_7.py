"""A seventh round of tests that kill the text audit's mutants (issue 10, Deliver 7), seed 19.

Written for the survivors of the fresh seed-19 sample of ``scripts/mutation_score.py textaudit``
(at 18212c3) in the code added since the sixth round's measure (9768b3c): the table reader's
two-row headers and the claim builders of the heldout corpora's forms. Each test states, worked
out by hand from a short report table or sentence, what a user of the audit sees (a table's
column names, every claim's kind, printed figure, status, value shown, reading, relation and
certainty, its inputs), with the arithmetic in a comment beside it.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import canonical, read_facts
from budgetperf.textaudit.tables import read_tables
from claim_rows import findings, inputs, rows  # registered by conftest.py


@pytest.fixture(autouse=True)
def _fresh_labels() -> None:
    """Read every label afresh (:func:`canonical` is cached; see test_mutation_textaudit_more)."""
    canonical.cache_clear()


SUM = ("parts", "sum of the parts")


# --- a header of two rows written on one line --------------------------------------------------


def test_a_two_row_header_is_placed_only_where_its_total_adds_up_in_most_rows() -> None:
    # "项目 | 上年结转 | 本年支出 | 备注 | 基本支出 | 项目支出 | 合计" over rows of four figures:
    # the top row 上年结转 | 本年支出 | 备注, the group 本年支出 split into 基本支出 | 项目支出 |
    # 合计. Under it, 合计 = 基本支出 + 项目支出 in all four rows (50 + 10 = 60, 20 + 5 = 25,
    # 8 + 2 = 10, 6 + 4 = 10). Read as one group from the first column, 合计 would be the sum
    # of the first three cells: 0 + 50 + 10 = 60 and 0 + 20 + 5 = 25 add up, but 3 + 8 + 2 = 13
    # (not 10) and 4 + 6 + 4 = 14 (not 10) do not: two rows of four, not most, so that place
    # does not fit and the one place left is read. (备注 is blank in every row.)
    text = (
        "单位:万元\n项目 | 上年结转 | 本年支出 | 备注 | 基本支出 | 项目支出 | 合计\n"
        "工资福利支出 | 0 | 50 | 10 | 60\n商品和服务支出 | 0 | 20 | 5 | 25\n"
        "对个人和家庭的补助 | 3 | 8 | 2 | 10\n资本性支出 | 4 | 6 | 4 | 10\n"
    )
    (grid,) = read_tables(read_facts(text))[0]
    assert [r.label for r in grid.rows] == [
        "工资福利支出",
        "商品和服务支出",
        "对个人和家庭的补助",
        "资本性支出",
    ]
    for row in grid.rows:
        assert row.columns == ["上年结转", "基本支出", "项目支出", "合计"]
    assert rows(text) == [
        ("sum", "60", "agrees", "60", *SUM, False),
        ("sum", "25", "agrees", "25", *SUM, False),
        ("sum", "10", "agrees", "10", *SUM, False),
        ("sum", "10", "agrees", "10", *SUM, False),
    ]
    assert inputs(text) == [["50", "10"], ["20", "5"], ["8", "2"], ["6", "4"]]


# --- an execution rate against the whole printed before it ------------------------------------


def test_an_execution_rate_is_of_the_whole_before_it_not_of_a_smaller_figure_between() -> None:
    # "项目资金共2179万元,年初已下达500万元,…已完成拨付2113.63万元,执行率97%": no budget is
    # named, so the rate is of the whole printed before the paid figure in its sentence, the
    # last figure in its unit at least as large as it: 2179 (500 is less than 2113.63).
    # 2113.63 / 2179 × 100 = 97.00 (2179 × 0.97 = 2113.63), printed 97: agrees (weak).
    text = "项目资金共2179万元,年初已下达500万元,截至年底已完成拨付2113.63万元,执行率97%。"
    assert rows(text) == [
        (
            "completion",
            "97",
            "agrees",
            "97",
            "2113.63万元 of 2179万元",
            "actual / budget × 100",
            False,
        )
    ]
    assert inputs(text) == [["2113.63万元", "2179万元"]]
    assert findings(text) == []


# --- a gap between two rates, the own rate in the sentence before ------------------------------


def test_a_points_gap_in_the_second_sentence_reads_its_own_rate_in_the_first() -> None:
    # The second sentence (index 1) names its own rate at its head (全市一般公共预算收入增幅) and
    # prints the compared one in brackets; the own rate, 21.97%, is in the first sentence:
    # 21.97 − 15.97 = 6.00, printed 6 个百分点: agrees (weak). Both sentences are understood.
    text = (
        "全市一般公共预算收入完成50亿元,增长21.97%。"
        "全市一般公共预算收入增幅比全省平均增幅(15.97%)高6个百分点。"
    )
    assert rows(text) == [
        (
            "points-gap",
            "6",
            "agrees",
            "6",
            "21.97% − 15.97%",
            "the gap between two rates",
            False,
        )
    ]
    assert inputs(text) == [["21.97%", "15.97%"]]
    assert audit_text(text).coverage.not_understood == ()


def test_an_execution_rate_whose_paid_figure_names_no_phase_is_of_the_budget_before_it() -> None:
    # 项目资金80万元 names no phase; looking back from it, the first figure with one is the
    # 年初预算 100万元, a budget: the paid figure stays the actual one and the rate is read
    # against that budget. 80 / 100 × 100 = 80, printed 80: agrees; the sentence is understood.
    text = "2023年项目年初预算100万元,全年拨付项目资金80万元,执行率80%。"
    claims = audit_text(text).claims
    assert [(c.kind, c.printed, c.status.value, c.computed) for c in claims] == [
        ("completion", "80", "agrees", "80")
    ]
    assert [c.claim.verdict.reading for c in claims] == ["80万元 of 100万元"]
    assert inputs(text) == [["80万元", "100万元"]]
    assert findings(text) == []
    assert audit_text(text).coverage.not_understood == ()
