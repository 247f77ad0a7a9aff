"""The eighteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part d.

Written for survivors of seed 32 (scripts/mutation_score.py textaudit at a92c62f): a remainder
named with 未 in a text without 余 or 存 (claims._remainders, mutant 9), a run's share line
printed before its total's line of 100 (claims._run_shares, mutant 30), a sentence opening with
加上 that carries nothing, before a running sum (claims._running_sums, mutant 76), a table one
cell per line from the text's first line (tables._stacked, mutant 9) and a 收支 statement one
cell per line from the text's first line (tables._two_sided, mutant 32).

Two others change no result: tables._stacked's mutant 29 (numeric[j] and "|" for numeric[j] or
"|": the cell at j is never a figure, the first a label and each next the one after a run of
figures, and a cell with "|" never matches _STACK_LABEL) and tables.read_rate_columns' mutant 8
(a grid without rows as one column wide: it has no header, so no column is a named rate and
nothing is read). claims.build_claims' mutant 77 (every sentence taken as not plain) differs
only where _unrated_savings reads a sentence of plain amounts ("送审金额500万元,审定金额450
万元,审减金额50万元。": 审减 and 节省 are no change verbs): there HEAD misses the saving its
sentence form documents and the mutant reads it, so no test holds HEAD's reading.
Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._remainders: a remainder named with 未 alone --------------------------------------


@pytest.mark.parametrize("name", ["未支出", "未使用"])
def test_a_remainder_named_with_wei_alone_is_the_budget_less_the_actual(name: str) -> None:
    # 120 − 100 = 20 (the text has no 余 nor 存: 未 alone lets the reader in)
    text = f"该项目全年预算数120万元,全年执行数100万元,{name}20万元。"
    assert claim_rows(text) == [("difference", "20万元", "agrees", "20", ["120万元", "100万元"])]


# --- claims._run_shares: a line before the total's is skipped, not the end of the shares -------


def test_a_run_line_before_the_total_line_does_not_end_the_shares_after_it() -> None:
    # 2801381 − 2798000 = 3381, 3381 / 2798000 = 0.121% -> 0.12 (its 50.00 has no total yet);
    # 1000000 − 800000 = 200000, 200000 / 1000000 = 20%; 500000 − 400000 = 100000, 100000 /
    # 500000 = 20%; 400000 / 800000 = 50% (the part's current over the total's)
    text = (
        "單位:新臺幣元\n財產收入 2,798,000 2,801,381 3,381 0.12 50.00\n"
        "一、歲入合計 1,000,000 800,000(-) 200,000(-) 20.00 100.00\n"
        "1.稅課收入 500,000 400,000(-) 100,000(-) 20.00 50.00"
    )
    assert claim_rows(text) == [
        ("difference", "3,381", "agrees", "3381", ["2,801,381", "2,798,000"]),
        ("change-rate", "0.12", "agrees", "0.12", ["2,801,381", "2,798,000"]),
        ("difference", "200,000", "agrees", "200000", ["800,000", "1,000,000"]),
        ("change-rate", "20.00", "agrees", "20.00", ["800,000", "1,000,000"]),
        ("difference", "100,000", "agrees", "100000", ["400,000", "500,000"]),
        ("change-rate", "20.00", "agrees", "20.00", ["400,000", "500,000"]),
        ("share", "50.00", "agrees", "50.00", ["400,000", "800,000"]),
    ]


# --- claims._running_sums: a sentence that carries nothing does not end the reading ------------


def test_an_opening_sentence_that_adds_to_nothing_printed_leaves_later_running_sums() -> None:
    # the first sentence opens with 加上 and has no figure before it to carry (an extract): no
    # sum; the next: 31648 − 30128 = 1520, 1520 − 1415 = 105
    text = (
        "加上上级补助收入20万元,扣除上解支出5万元,全年可用财力115万元。\n"
        "收入31,648亿元,支出30,128亿元,收支结余1,520亿元,扣除债务还本1,415亿元,结余105亿元。"
    )
    assert claim_rows(text) == [
        ("balance", "1,520亿元", "agrees", "1520", ["31,648亿元", "30,128亿元"]),
        ("sum", "105亿元", "agrees", "105", ["1,520亿元", "1,415亿元"]),
    ]


# --- tables._stacked: a table one cell per line may start at the text's first line --------------


def test_a_table_one_cell_per_line_from_the_first_line_of_the_text_is_read() -> None:
    # 160909 + 246013 + 161228 = 568150; 350984 + 461891 + 147527 = 960402;
    # 353623 + 676390 + 143455 = 1173468
    text = (
        "土地\n160,909\n350,984\n353,623\n房屋及建筑\n246,013\n461,891\n676,390\n"
        "机械及设备\n161,228\n147,527\n143,455\n合计\n568,150\n960,402\n1,173,468"
    )
    assert claim_rows(text) == [
        ("sum", "568,150", "agrees", "568150", ["160,909", "246,013", "161,228"]),
        ("sum", "960,402", "agrees", "960402", ["350,984", "461,891", "147,527"]),
        ("sum", "1,173,468", "agrees", "1173468", ["353,623", "676,390", "143,455"]),
    ]


# --- tables._two_sided: a statement may start at the text's first line -------------------------


def test_a_statement_one_cell_per_line_from_the_first_line_of_the_text_is_read() -> None:
    # income: 600 + 400 = 1000, 400 + 200 = 600, 300 + 100 = 400;
    # spending: 800 + 200 = 1000, 150 + 50 = 200
    text = (
        "收    入\n\n执行数\n\n支    出\n\n执行数\n\n总   计\n\n1000\n\n"
        "总   计\n\n1000\n\n一、本级收入\n\n600\n\n一、本级支出\n\n800\n\n税收\n\n"
        "400\n\n二、转移性支出\n\n200\n\n非税\n\n200\n\n上解支出\n\n150\n\n"
        "二、转移性收入\n\n400\n\n结转下年支出\n\n50\n\n上级补助收入\n\n300\n\n\n\n"
        "上年结转\n\n100"
    )
    assert claim_rows(text) == [
        ("sum", "1000", "agrees", "1000", ["600", "400"]),
        ("sum", "1000", "agrees", "1000", ["800", "200"]),
        ("sum", "600", "agrees", "600", ["400", "200"]),
        ("sum", "200", "agrees", "200", ["150", "50"]),
        ("sum", "400", "agrees", "400", ["300", "100"]),
    ]
