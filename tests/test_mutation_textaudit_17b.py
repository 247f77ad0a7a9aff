"""The seventeenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part b.

Written for survivors of seed 31 (scripts/mutation_score.py textaudit at 46a5bc6): the last
printed character of an empty text (claims._last_printed, mutant 2: text[-1] read), a total
named before a list whose own parts, of the same name, are nearer to it (claims._named_list_total,
mutant 97: the parts after it looked up too, and the total crowded out), a money figure before
the year before's rate (claims._point_changes, mutant 36: a points gap of the two read), a rate
of a fall taken as −1 (claims._rate_sign, mutant 4: −2), a run of changes whose last lacks
its unit (claims._respective_changes, mutant 9: the run read from its second figure), an actual
figure under a budget heading (claims._section_budget, mutant 26: taken for the budget), a
share under a numbered item after a sibling's 其中 (claims._share, mutant 533: the sibling's
style not asked) and a figure under one 元 printed beside its change in 万元
(claims._slipped_current, mutant 3: not read as 万元).

Six others change no result: _lists' mutant 140 (the ':' looked for ten characters after a
figure, not nine: _COLON_LIST matches only a ':' within nine, so the one more found fails it),
_lists' mutant 417 (a part kept at <= the other side's opening: a figure never starts where
收入/支出 does), _more_breakdowns' mutant 19 and _skim's mutant 42 (a ';' or '。' found at > 0
or >= 1: the search starts at a figure's end, never 0), _plus_totals' mutant 46 (i <= the
hit's start: each position is tried once, for 加 or for 连同, so never equals an earlier hit)
and _saving_difference's mutant 15 (linear((1, -2)): linear reads only each coefficient's
sign, so plan − actual is computed the same). Each expected value is worked out by hand.
"""

from __future__ import annotations

from budgetperf.textaudit import claims, facts
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._last_printed: nothing printed before the start ---------------------------------------


def test_an_empty_text_has_no_last_printed_character() -> None:
    assert claims._last_printed("", 0) == ""
    assert claims._last_printed("  ", 2) == ""
    assert claims._last_printed("收入。 \n", 4) == "。"


# --- claims._named_list_total: the total before the parts that share its name ------------------


def test_a_named_list_finds_its_total_past_its_own_parts_of_that_name() -> None:
    # the total four figures before the list; five parts named …项目支出 after its first, nearer
    # to it: 100 + 200 + 300 + 150 + 250 = 1000 (and 800 + 200 = 1000, 100 / 900 = 11.11%)
    text = (
        "2020年项目支出决算数为1000万元,比上年增加100万元,增长11.11%。其中:财政拨款800万元,"
        "其他资金200万元。2020年项目支出决算数具体包括:基建项目支出100万元,信息化项目支出200万元,"
        "运维项目支出300万元,培训项目支出150万元,其他项目支出250万元。"
    )
    assert claim_rows(text) == [
        ("sum", "1000万元", "agrees", "1000", ["800万元", "200万元"]),
        (
            "sum",
            "1000万元",
            "agrees",
            "1000",
            ["100万元", "200万元", "300万元", "150万元", "250万元"],
        ),
        ("change-rate", "11.11%", "agrees", "11.11", ["100万元", "1000万元"]),
    ]


# --- claims._point_changes: both levels must be rates ---------------------------------------------


def test_a_change_in_points_after_an_amount_and_a_rate_is_no_claim() -> None:
    # 2.5亿元 is no rate: no gap in points between it and the year before's 10.54%
    assert claim_rows("非税收入为2.5亿元,比上年的10.54%增加了0.78个百分点。") == []


# --- claims._rate_sign: a rate after a verb of a fall is −1 ---------------------------------------


def test_a_rate_after_a_verb_of_a_fall_has_the_sign_minus_one() -> None:
    doc = facts.read_facts(
        "各县市区中,增速最高为沙河市(同比增长55.5%),增速最低为任县(同比下降13.2%),高低相差"
        "68.7个百分点。"
    )
    rise, fall, _gap = doc.facts
    assert (claims._rate_sign(rise), claims._rate_sign(fall)) == (1, -1)


# --- claims._respective_changes: the run read from its first figure -------------------------------


def test_a_run_of_changes_is_paired_from_its_first_figure() -> None:
    # the run's last change printed without its unit: the first still has one, and its rate is
    # checked, 1267.86 / (4125.49 + 1267.86) = 1267.86 / 5393.35 = 23.508% -> 23.51
    text = (
        "收、支总计各是4125.49,4143.91万元。与2021年相比,收、支总计各减少1267.86万元、2570.97,"
        "各下降23.51%、38.29%。"
    )
    assert claim_rows(text)[:1] == [
        ("change-rate", "23.51%", "agrees", "23.51", ["1267.86万元", "4125.49"])
    ]


# --- claims._section_budget: an actual figure is no budget -------------------------------------


def test_an_actual_figure_under_a_budget_heading_is_no_budget() -> None:
    # the 2019 figure under the budget heading is a 完成 (an actual): the rate has no budget
    text = (
        "(一)财政收支预算情况\n全县2019年财政总收入完成335,857万元。\n"
        "(二)财政收支预算执行情况\n全县2020年财政总收入323,712万元,完成预算的96.38%。"
    )
    assert claim_rows(text) == []


# --- claims._share: the figure before a sibling item's 其中 is no whole ---------------------------


def test_a_share_under_a_numbered_item_skips_a_sibling_items_total() -> None:
    # 100万元 is (一)'s, of which 税收收入 is a part; (二)'s 20万元 is not its part
    text = (
        "(一)一般公共预算收入100万元,其中:税收收入80万元。\n(二)政府性基金收入20万元,占比16.67%。"
    )
    assert claim_rows(text) == []


# --- claims._slipped_current: a figure under one 元 beside its change in 万元 ------------------


def test_a_figure_under_one_yuan_beside_a_change_in_wanyuan_is_read_as_wanyuan() -> None:
    # 0.5元 read as 0.5万元: 973.77 / (0.5 + 973.77) = 973.77 / 974.27 = 99.9487% -> 99.95
    text = "项目支出0.5元,较2016年度决算数减少973.77万元,下降99.95%。"
    assert claim_rows(text) == [
        ("change-rate", "99.95%", "agrees", "99.95", ["973.77万元", "0.5元"])
    ]
