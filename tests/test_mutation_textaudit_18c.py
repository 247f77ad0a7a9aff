"""The eighteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part c.

Written for survivors of seed 32 (scripts/mutation_score.py textaudit at a92c62f): a claim that
counts its own figure among its inputs kept beside a sum of that figure that adds up
(claims._dedupe, mutant 136), the certainty of a 总计 read as its 合计 and what is carried
(_grand_totals, 91) and of a total broken down after 从…看 (_opened_breakdowns, 104), a cap
named by 封顶 alone (_is_cap, 10), a budget compared with the 支出 of the year before
(_phase_changes, 33) and a 加上 in the first sentence with no figure before it
(_plus_totals, 103). Three others change no result: _balances' mutant 195 (the signs of the
收入合计 − 支出合计 reading given as (1, +1): a reading's signs are read only for whether it has
any, and for the terms of a sum's message, and that claim is a difference), _context_lists'
mutant 44 (the three flags None, not False, at the start: only ever tested for truth) and
_indicator_weights' mutant 42 (the whole level read twice when no level starts inside it: the
second reading is the first, so is its verdict, and the first of equal names is taken). Each
expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import read_facts
from budgetperf.textaudit.verdicts import Status, Verdict
from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import rows

# --- claims._dedupe: a claim of its own figure is not read from the figures before it ----------


def test_a_claim_that_counts_its_own_figure_is_kept_beside_a_breakdown_that_adds_up() -> None:
    # facts: 80 (0, sentence 0), 100 (1, sentence 0), 40 (2, sentence 1), 60 (3, sentence 1)
    doc = read_facts("上年收入80万元,本年收入100万元。其中:税收40万元,非税60万元。")
    last, total, tax, other = doc.facts
    assert [f.index for f in doc.facts] == [0, 1, 2, 3]
    assert [f.sentence for f in doc.facts] == [0, 0, 1, 1]
    wrong = Verdict(Status.DISAGREES, None, None, "r")
    right = Verdict(Status.AGREES, None, None, "r")
    # 40 + 60 = 100 in the sentence after: a breakdown that adds up, a claim of its own
    whole = claims.Claim("sum", total, (tax, other), (), right, True, "sum of the parts")
    # a weak reading of 100 from the figure before it only: what makes the breakdown count
    before = claims.Claim("difference", total, (last,), (), wrong, False, "current − prior")
    # a weak sum of 100 with 100 itself among its inputs: not all of them are before it
    itself = claims.Claim("sum", total, (last, total), (), wrong, False, "sum of the parts")
    kept = claims._dedupe([itself, before, whole])
    assert [c.kind for c in kept] == ["difference", "sum", "sum"]
    assert kept[0] is before
    assert kept[1] is itself
    assert kept[2] is whole


# --- claims._grand_totals and claims._opened_breakdowns: weak claims are not certain -----------


def test_a_grand_total_read_as_its_heji_and_what_is_carried_is_not_certain() -> None:
    # 800 + 200 = 1000
    text = "收入总计1000万元。本年收入合计800万元,年初结转和结余200万元。"
    reading = "the 合计 and what is carried"
    assert rows(text) == [
        ("sum", "1000", "agrees", "1000", reading, "总计 = 本年合计 + 结转和结余", False)
    ]
    assert rows(text)[0][6] is False


def test_a_total_broken_down_after_an_opener_is_not_certain() -> None:
    # 4347.5 + 9474.6 = 13822.1, 1143.8 + 1837.6 = 2981.4, 3203.7 + 7637.0 = 10840.7; and
    # 13822.1 − 2981.4 = 10840.7, 4347.5 − 1143.8 = 3203.7, 9474.6 − 1837.6 = 7637.0
    text = (
        "资产总额13822.1亿元,负债总额2981.4亿元,净资产总额10840.7亿元。从单位性质看:行政单位"
        "资产总额4347.5亿元,负债总额1143.8亿元,净资产总额3203.7亿元;事业单位资产总额9474.6亿元,"
        "负债总额1837.6亿元,净资产总额7637.0亿元。"
    )
    sums = [r for r in rows(text) if r[0] == "sum"]
    assert sums == [
        ("sum", "13822.1", "agrees", "13822.1", "parts", "sum of the parts", False),
        ("sum", "2981.4", "agrees", "2981.4", "parts", "sum of the parts", False),
        ("sum", "10840.7", "agrees", "10840.7", "parts", "sum of the parts", False),
    ]
    assert all(r[6] is False for r in sums)


# --- claims._is_cap: 封顶 alone names a cap ------------------------------------------------------


def test_a_figure_named_by_fengding_alone_is_a_cap_with_no_parts() -> None:
    # 60 + 30 = 90, not 100: a sum of the parts, but of a cap (封顶) only when it is named one
    assert claim_rows("项目资金100万元,其中,设备购置60万元,人员经费30万元。") == [
        ("sum", "100万元", "disagrees", "90", ["60万元", "30万元"])
    ]
    assert claim_rows("项目资金封顶100万元,其中,设备购置60万元,人员经费30万元。") == []


# --- claims._phase_changes: 支出 of the year before is its actual figure -------------------------


def test_a_budget_compared_with_last_years_spending_is_against_its_actual_figure() -> None:
    # 1200 (预算, budget) − 1000 (决算, actual) = 200, printed 300
    text = "2023年决算数为1000万元,2024年预算数为1200万元,预算比上年支出数增加300万元。"
    assert claim_rows(text) == [
        ("difference", "300万元", "disagrees", "200", ["1200万元", "1000万元"])
    ]


# --- claims._plus_totals: a 加上 of the first sentence with nothing before it ---------------------


def test_a_jiashang_with_no_figure_in_the_first_sentence_leaves_the_later_ones_read() -> None:
    # 39.1 + 27.23 + 5.45 = 71.78, printed 81.78; the first sentence's 加上 adds to nothing,
    # and the third's is still read as a figure plus what is added (not a running sum only)
    text = (
        "加上转移支付,财力有所增加。2023年区级一般公共预算收入预计完成39.1亿元。"
        "加上转移支付资金27.23亿元,上年结转5.45亿元,总收入预计为81.78亿元。"
    )
    assert claim_rows(text) == [
        ("sum", "81.78亿元", "disagrees", "71.78", ["39.1亿元", "27.23亿元", "5.45亿元"])
    ]
    reading = "the figure and what is added to it"
    assert rows(text) == [
        ("sum", "81.78", "disagrees", "71.78", reading, "the figure plus what is added", False)
    ]
