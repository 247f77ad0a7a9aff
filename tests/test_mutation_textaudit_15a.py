"""The fifteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part a.

Written for survivors of seed 29 (scripts/mutation_score.py textaudit --sample 300 --seed 29):
how far back a bare 结余 looks for the funds it is left of (claims._available_before, mutant
22: two paragraphs back), the actual figure of a completion rate printed after what is left
(claims._completions, mutant 190: the phases before it not looked at), how many sentences
after its parts a named breakdown's total may be printed (claims._decompositions, mutant 186:
four), a fall marked "(-)" on the change of a run of figures (claims._figure_runs, mutant 85:
the mark looked for at the text's start) and a bracketed list whose first clause counts other
things (claims._gather, mutant 892: read as the siblings of a list not in brackets). Six
others read change no result: _averages' mutant 59 (<= for <: the average itself joins the
figures before it, and is never taken for its total or count, as its words name the mean and
its unit is money), _changes' mutant 344 (zip not strict: the two lists are built one from the
other, of one length), _completion_over_gap's mutant 26 (>= 0 for > 0: no gap is read with
sign 0, every word of a gap has a direction), _decompositions' mutant 192 (<= lo for < lo: a
total in the parts' own sentence is within lo − 6 … lo + 3 already) and mutant 61 (a list of
two parts among the lists of one: its total is among those already listed, never chosen), and
_lists' mutant 200 (在 looked for to the text's end: only a guard before a search, within the
sentence, for a pattern that holds 在). Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._available_before: a bare 结余 and the funds of at most one paragraph back ---


def test_a_bare_balance_reads_the_funds_of_the_paragraph_before() -> None:
    # 收入合计 100 in the paragraph before the spending's: 100 − 80 = 20, printed 20
    text = "2023年一般公共预算收入合计100万元。\n一般公共预算支出80万元。结余20万元。"
    assert claim_rows(text) == [("balance", "20万元", "agrees", "20", ["100万元", "80万元"])]


def test_a_bare_balance_does_not_read_funds_two_paragraphs_back() -> None:
    # a paragraph between the 收入合计 and the spending: the funds are too far back, no claim
    text = (
        "2023年一般公共预算收入合计100万元。\n全年财政运行总体平稳。\n"
        "一般公共预算支出80万元。结余20万元。"
    )
    assert claim_rows(text) == []


# --- claims._completions: what is left printed after the actual figure, not in place of it ---


def test_a_completion_rate_after_what_is_left_is_of_the_figure_named_actual() -> None:
    # 结余 is no actual: looking back past 支付上年欠款 (no phase) to 实际支出 80, of the
    # 年初预算 100: 80 / 100 = 80%, printed 80%
    text = "项目年初预算100万元,实际支出80万元,支付上年欠款5万元,结余20万元,预算执行率80%。"
    assert claim_rows(text) == [("completion", "80%", "agrees", "80", ["80万元", "100万元"])]
    assert audit_text(text).findings == ()


# --- claims._decompositions: a named breakdown's total up to three sentences after its parts ---


_MONTHS = ",".join(f"{i}月支付{i}万元" for i in range(1, 12))  # eleven figures of their own


@pytest.mark.parametrize(
    ("between", "rows"),
    [
        # 33 figures in two sentences: the total three sentences after the parts, 20 + 30 = 50
        (
            f"培训费{_MONTHS};会议费{_MONTHS}。差旅费{_MONTHS}。",
            [("sum", "50万元", "agrees", "50", ["20万元", "30万元"])],
        ),
        # the same 33 figures in three: the total four sentences after them, more than 30
        # figures away, is not theirs
        (f"培训费{_MONTHS}。会议费{_MONTHS}。差旅费{_MONTHS}。", []),
    ],
)
def test_a_named_breakdowns_total_is_at_most_three_sentences_after_its_parts(
    between: str, rows: list[tuple[str, str, str, str, list[str]]]
) -> None:
    text = (
        "2023年公务用车购置费20万元,公务用车运行费30万元。"
        + between
        + "公务用车购置及运行费合计50万元。"
    )
    assert claim_rows(text) == rows


# --- claims._figure_runs: a run of figures whose change alone is marked a fall ---


def test_a_run_with_its_change_marked_a_fall_is_read_base_first() -> None:
    # "預算數 決算數 比較增減數 增減%": 8,115,835,000 − 7,870,691,741 = 245,143,259, marked
    # (-): the 決算數 is 245,143,259 below the 預算數, 245,143,259 / 8,115,835,000 = 3.0205%,
    # printed 3.02 (read current first, 245,143,259 / 7,870,691,741 = 3.11%, it would not fit)
    text = "稅課收入 8,115,835,000 7,870,691,741 245,143,259(-) 3.02"
    assert claim_rows(text) == [
        ("difference", "245,143,259", "agrees", "245143259", ["7,870,691,741", "8,115,835,000"]),
        ("change-rate", "3.02", "agrees", "3.02", ["7,870,691,741", "8,115,835,000"]),
    ]


# --- claims._gather: a list in brackets whose first clause counts something else ---


def test_a_bracketed_list_after_a_clause_of_counts_is_still_the_figures_parts() -> None:
    # (其中:…) in brackets: the count before the ';' is no part, the amounts after it are:
    # 60 + 40 = 100
    text = (
        "2023年一般公用经费支出100万元(其中:开展调研12次;办公费60万元,印刷费40万元),"
        "主要用于保障机关正常运转。"
    )
    assert claim_rows(text) == [("sum", "100万元", "agrees", "100", ["60万元", "40万元"])]
