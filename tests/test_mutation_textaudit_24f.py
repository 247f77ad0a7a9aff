"""The twenty-fourth round of tests that kill the text audit's mutants (issue 10, Deliver 7), f.

Written for survivors of the mutation run at d4db2f0 (scripts/mutation_score.py textaudit): a
difference from the year before's figure printed in another sentence is judged as the linear
reading it is, its rounding from the sum of the inputs' half-widths
(claims._year_before_difference, mutant 114); the year before's figure is looked for among the
eight nearest figures of its name only (the same function, mutant 46); a rate that is no rate of
a year's pair does not stop the reading of the pairs after it (claims._year_pairs, mutant 37);
and a saving compared by 比 alone ("比上年节约") is a change on the year before, not against the
budget (facts._classify, mutant 378). Each expected value is worked out by hand.

Equivalent, not tested: claims._whole_before mutant 5 looks the sentence's largest amount up in
the memo under None, never stored, so it computes it again each time: the same value (the roles,
depths and amounts it reads are set before the claims are read; _shares only makes percents
shares), so only the saving is lost.
"""

from __future__ import annotations

import pytest

from claim_rows import findings, inputs, rows  # registered by conftest.py

# --- claims._year_before_difference: the rounding of a linear reading ---------------------------


def test_a_difference_from_the_year_before_is_within_the_rounding_of_its_two_figures() -> None:
    # 12 − 11.8 = 0.2 for a printed 0.1: no agreement. 12万元 is 11.5 to 12.5, 11.8万元 is 11.75
    # to 11.85: the difference runs from 11.5 − 11.85 = −0.35 through 0 to 12.5 − 11.75 = 0.75,
    # so 0.1 (0.095 to 0.105) is inside it: within the rounding, not a disagreement (the four
    # corners' sizes alone, 0.65, 0.75, 0.35 and 0.25, would miss the 0 the range crosses)
    text = "2021年公务接待费12万元。2022年公务接待费11.8万元,较上年减少0.1万元。"
    assert rows(text) == [
        ("difference", "0.1", "rounding", "0.2", "2021年 12万元", "prior − current", False)
    ]
    assert inputs(text) == [["11.8万元", "12万元"]]
    assert [f[:4] for f in findings(text)] == [("arithmetic.change-amount", "warning", 1, 33)]


# --- claims._year_before_difference: the year before looked for nearby -------------------------


def _with_years_between(n: int) -> str:
    # 2021's figure, then n figures of the same name of the years before it (2020, 2019, …), then
    # 2022's figure and its change on the year before
    between = "".join(f"{2020 - k}年公务接待费{20 - k}万元。" for k in range(n))
    return f"2021年公务接待费12.39万元。{between}2022年公务接待费11.8万元,较上年减少0.59万元。"


def test_the_year_before_among_the_eight_nearest_figures_of_its_name_is_found() -> None:
    # seven figures between: 2021's is the eighth nearest; 12.39 − 11.8 = 0.59 (agrees)
    text = _with_years_between(7)
    assert text.count("公务接待费") == 9
    assert rows(text) == [
        ("difference", "0.59", "agrees", "0.59", "2021年 12.39万元", "prior − current", False)
    ]
    assert inputs(text) == [["11.8万元", "12.39万元"]]


@pytest.mark.parametrize("n", [8, 9])
def test_the_year_before_beyond_the_eight_nearest_figures_of_its_name_is_not_read(n: int) -> None:
    # eight or more figures of the name between: 2021's is the ninth nearest or farther, no
    # difference is read (the look-up stays local)
    text = _with_years_between(n)
    assert text.count("公务接待费") == n + 2
    assert rows(text) == []


# --- claims._year_pairs: every rate of the sentence tried ---------------------------------------


def test_a_years_pair_after_another_rate_of_its_sentence_is_read() -> None:
    # the first rate (5%, after 1050万元 and its change) is no year's pair; the second is:
    # (10359.52 − 10321.31) / 10321.31 = 38.21 / 10321.31 = 0.3702% → 0.37 (agrees, certain).
    # 50 / (1050 − 50) = 5% (agrees)
    text = (
        "全市教育经费1050万元,比上年增加50万元,增长5%;"
        "普通小学生均经费上年10321.31元,本年10359.52元,比上年增长0.37%。"
    )
    assert rows(text) == [
        ("change-rate", "5", "agrees", "5", "change of 1050万元", "change / prior × 100", True),
        ("change-rate", "0.37", "agrees", "0.37", "10359.52元 against 10321.31元", "rate", True),
    ]
    assert inputs(text) == [["50万元", "1050万元"], ["10359.52元", "10321.31元"]]


# --- facts._classify: a saving compared by 比 is on the year before ------------------------------


def test_a_saving_compared_with_the_year_before_by_bi_is_a_change_on_the_year_before() -> None:
    # 比上年节约2万元: on the year before, not the budget. 2 / (10 + 2) = 16.667% → 16.67
    # (agrees)
    text = "2022年公务接待费支出10万元,比上年节约2万元,下降16.67%。"
    rate = ("change-rate", "16.67", "agrees", "16.67", "change of 10万元")
    assert rows(text) == [(*rate, "change / prior × 100", True)]
    assert inputs(text) == [["2万元", "10万元"]]


def test_a_saving_on_the_year_before_is_the_difference_from_its_figure() -> None:
    # 2021's 12万元 printed before: 12 − 10 = 2 (agrees; found by name: inferred)
    text = "2021年公务接待费12万元。2022年公务接待费10万元,比上年节约2万元。"
    assert rows(text) == [
        ("difference", "2", "agrees", "2", "2021年 12万元", "prior − current", False)
    ]
    assert inputs(text) == [["10万元", "12万元"]]
