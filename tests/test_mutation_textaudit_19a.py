"""The nineteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part a.

Written for survivors of the mutation run at c75984b (scripts/mutation_score.py textaudit): the
word that closes a comparison, passed over only when asked (claims._adjacent, mutant 14), a
change on the line after a list of one item (claims._list_total_before, mutant 51), the ':' that
opens a total's own clause, the last one (claims._open_colon, mutant 8), the whole of a run of
shares naming none, a figure of this year and not last year's (claims._run_whole, mutant 59), and
the whole of a bare share after a sibling's share of a named whole, not after another bare share
(claims._sibling_whole, mutant 16).

One other changes no result: claims._as_points' mutant 10 (assumed=None for False: a figure's
``assumed`` is only ever read for its truth, and None is as false as False; the claims tell their
figures apart by identity, never by equality).
Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import claims
from budgetperf.textaudit.facts import read_facts
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._adjacent: 相比 stands between two figures only in a comparison ---------------------


def test_the_word_closing_a_comparison_is_passed_over_only_when_a_comparison_is_read() -> None:
    doc = read_facts("一般公共预算支出由上年的100万元减少到90万元相比,下降10%。")
    prior, level, rate = doc.facts
    assert (prior.q.text, level.q.text, rate.q.text) == ("100万元", "90万元", "10%")
    # "相比," between 90万元 and the rate's own cue 下降: a separator only after 相比 is dropped
    assert claims._adjacent(doc, level, rate, compared=True)
    assert not claims._adjacent(doc, level, rate)
    # so no rate of the move from 100 to 90 is read off it
    assert claim_rows(doc.text) == []


# --- claims._list_total_before: a list of one item on the line before a change ----------------


def test_a_change_after_a_list_of_one_item_is_of_the_total_that_opened_the_list() -> None:
    # 2 / (12 − 2) = 20%: of the 12 that opens the list, not of its one item (2 / (5 − 2) = 66.7%)
    text = "本年项目支出12万元,其中:\n培训项目5万元。\n比上年增加2万元,增长20%。"
    assert claim_rows(text) == [("change-rate", "20%", "agrees", "20", ["2万元", "12万元"])]


# --- claims._open_colon: the total's clause opens at the last ':' before it -------------------


def test_the_parts_of_a_total_are_after_the_last_colon_before_it() -> None:
    # 30 + 20 = 50; 收入50 and 支出80 belong to the 原编列预算 before the second ':' (not
    # 50 + 80 + 30 + 20 = 180)
    text = "原编列预算:收入50万元,支出80万元,经审议结果:人员经费30万元,公用经费20万元,合计50万元。"
    assert claim_rows(text) == [("sum", "50万元", "agrees", "50", ["30万元", "20万元"])]


# --- claims._run_whole: the whole of a run of shares is a figure, not last year's -------------


def test_a_run_of_shares_naming_no_whole_is_not_read_against_the_prior_year_figure() -> None:
    # 100 / 200 = 50%, 60 / 200 = 30%, 40 / 200 = 20%. The prior year's 201 fits them as well
    # (100 / 201 = 49.75%, 60 / 201 = 29.85%, 40 / 201 = 19.90%): were it a candidate, the two
    # would tie and no whole would be read
    text = (
        "2023年本部门支出200万元,比上年的201万元减少1万元。其中:人员经费100万元,公用经费60万元,"
        "项目支出40万元,占比分别为50%、30%和20%。"
    )
    assert claim_rows(text) == [
        ("sum", "200万元", "agrees", "200", ["100万元", "60万元", "40万元"]),
        ("difference", "1万元", "agrees", "1", ["201万元", "200万元"]),
        ("share", "50%", "agrees", "50", ["100万元", "200万元"]),
        ("share", "30%", "agrees", "30", ["60万元", "200万元"]),
        ("share", "20%", "agrees", "20", ["40万元", "200万元"]),
    ]


# --- claims._sibling_whole: the whole of the last share that names one ------------------------


def test_a_bare_share_takes_the_whole_of_the_last_share_naming_one_not_of_a_bare_one() -> None:
    # 1933 / 3964 = 48.76%; 300 / 750 = 40% (a bare share of the figure before it); 724 / 3964
    # = 18.26%: the whole 占全市资产总额 names, not the 750 of the bare 40% (724 / 750 = 96.5%)
    text = (
        "全市资产总额3,964亿元。公共基础设施1,933亿元,占全市资产总额48.8%;流动资产750亿元,"
        "货币资金占40%,达到300亿元;固定资产724亿元,占18.3%。"
    )
    assert claim_rows(text) == [
        ("share", "48.8%", "agrees", "48.8", ["1,933亿元", "3,964亿元"]),
        ("share", "40%", "agrees", "40", ["300亿元", "750亿元"]),
        ("share", "18.3%", "agrees", "18.3", ["724亿元", "3,964亿元"]),
    ]
