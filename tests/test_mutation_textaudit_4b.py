"""A fourth round of tests that kill the text audit's mutants (issue 10, Deliver 7), seed 42.

Written for the survivors of the seed-42 sample of ``scripts/mutation_score.py textaudit``, and
at the end for some of the fresh seed-44 sample drawn after them (docs/testing.md lists them,
and those judged equivalent), that the stage, catalogue and corpus
tests and the earlier ``test_mutation_textaudit*.py`` files let live. Each test states, worked
out by hand from a short report sentence, what a user of the audit sees: every claim's kind,
printed figure, status, value shown, reading, relation and whether its structure is certain,
its span and inputs, and every finding's code, severity, place and message in both languages,
with the arithmetic in a comment beside it.
"""

from __future__ import annotations

import pytest

from budgetperf.errors import ParseError
from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import canonical
from budgetperf.textaudit.read import decode
from claim_rows import findings, inputs, rows, spans  # registered by conftest.py


@pytest.fixture(autouse=True)
def _fresh_labels() -> None:
    """Read every label afresh (:func:`canonical` is cached; see test_mutation_textaudit_more)."""
    canonical.cache_clear()


SUM = ("parts", "sum of the parts")


# --- tables by subject code --------------------------------------------------------------------


def test_a_code_table_with_no_header_names_no_column_in_either_language() -> None:
    # No header row, so the cells have no column name. The 款 20101 is 190.50, its 项 rows
    # 120.20 + 60.30 = 180.50: an error, and the message names no column ("(column …)", "…栏").
    text = (
        "单位：万元\n201 | 一般公共服务支出 | 300.50 |\n201 | 01 |  | 人大事务 | 190.50 |\n"
        "201 | 01 | 01 | 行政运行 | 120.20 |\n201 | 01 | 02 | 一般行政管理事务 | 60.30 |\n"
        "201 | 03 |  | 财政事务 | 120.00 |"
    )
    assert findings(text) == [
        (
            "arithmetic.code-hierarchy",
            "error",
            3,
            22,
            "the 款 row [20101]人大事务 is printed as 190.50, but its 项 rows add up to 180.50: "
            "[2010101]行政运行 120.20 + [2010102]一般行政管理事务 60.30",
            "款级科目[20101]人大事务印为190.50，但其下项级科目之和为180.50："
            "[2010101]行政运行120.20 + [2010102]一般行政管理事务60.30",
        )
    ]


# --- averages ----------------------------------------------------------------------------------


def test_an_average_per_vehicle_takes_the_count_in_vehicles_not_the_last_count() -> None:
    # 每辆 names the count in 辆: 20辆, not the 30人 after it; the money after the count is the
    # total: 100 / 20 = 5, agrees (100 / 30 = 3.33 would not). Read from the words: weak.
    text = "公务车共20辆,驾驶员30人,年运行维护费100万元,平均每辆公车支出5万元。"
    assert rows(text) == [("ratio", "5", "agrees", "5", "100万元 / 20辆", "total / count", False)]
    assert inputs(text) == [["100万元", "20辆"]]
    assert findings(text) == []


# --- changes of the parts ----------------------------------------------------------------------


def test_a_blank_change_in_the_next_sentence_is_not_the_last_parts() -> None:
    # 5 + 30 = 35 agrees. The change of the total (2.28) is not checked against the parts':
    # 公务接待费 prints no change in its sentence, and "减少 万元" after the 。 belongs to the
    # next sentence, so the parts' changes are not all given (with it, 0.28 alone would count).
    text = (
        "“三公”经费支出合计35万元,比上年减少2.28万元,其中公务用车购置及运行维护费5万元,"
        "比上年减少0.28万元,公务接待费30万元。公务接待费比上年减少 万元。"
    )
    assert rows(text) == [("sum", "35", "agrees", "35", *SUM, True)]
    assert inputs(text) == [["5万元", "30万元"]]
    assert findings(text) == []


# --- running sums ------------------------------------------------------------------------------


def test_a_deduction_from_a_figure_named_after_a_comma_takes_the_named_figure() -> None:
    # The opening names 一般公共预算收入 (after "同时,"): that figure, 100, not the last figure of
    # the sentence before (30): 100 − 20 = 80, agrees (30 − 20 = 10 would not). Read from the
    # verbs: inferred.
    text = (
        "本年一般公共预算收入100万元,上级补助收入30万元。"
        "同时,一般公共预算收入扣减上解支出20万元,当年可用财力80万元。"
    )
    assert rows(text) == [
        (
            "sum",
            "80",
            "agrees",
            "80",
            "the figure with what is added and deducted",
            "added and deducted",
            False,
        )
    ]
    assert inputs(text) == [["100万元", "20万元"]]
    assert spans(text) == ["一般公共预算收入扣减上解支出20万元,当年可用财力80万元"]


# --- shares ------------------------------------------------------------------------------------


def test_a_combined_share_after_one_amount_is_that_amounts_share() -> None:
    # 合计占 after one amount only: no parts to add, so the share is the amount's own, of the
    # total found by name: 60 / 100 = 60%, agrees (weak: the total is in another sentence).
    text = "本年总支出100万元。培训项目60万元,合计占总支出的60%。"
    assert rows(text) == [
        ("share", "60", "agrees", "60", "of 100万元", "amount / total × 100", False)
    ]
    assert inputs(text) == [["60万元", "100万元"]]


# --- comparison tables -------------------------------------------------------------------------


def test_a_comparison_row_printing_a_change_of_zero_where_the_years_differ() -> None:
    # 75 − 60 = 15, 35 − 40 = −5 (shown as the size of the fall, 5.00), and 32 − 30 = 2 where
    # 0.00 is printed: shown 2.00 (a printed 0 has no direction), certain: an error.
    text = (
        "单位:万元\n项目 | 上年 | 本年 | 增减\n甲 | 60.00 | 75.00 | 15.00\n"
        "乙 | 40.00 | 35.00 | -5.00\n丙 | 30.00 | 32.00 | 0.00"
    )
    cmp = ("current − prior", "current − prior", True)
    assert rows(text) == [
        ("difference", "15.00", "agrees", "15.00", *cmp),
        ("difference", "-5.00", "agrees", "5.00", *cmp),
        ("difference", "0.00", "disagrees", "2.00", *cmp),
    ]
    assert findings(text) == [
        (
            "arithmetic.change-amount",
            "error",
            5,
            1,
            "the difference is printed as 0.00, but current − prior from 32.00, 30.00 = 2, "
            "which rounds to 2.00",
            "差额印为0.00，但按32.00、30.00计算为2，四舍五入为2.00",
        )
    ]


# --- completion rates --------------------------------------------------------------------------


def test_an_execution_rate_against_the_last_two_budgets_of_the_sentence_before() -> None:
    # No budget in its own sentence: the sentence before's arranged figures at least as large
    # as the amount executed, the last two (150, 120), are the readings; 100 / 120 = 83.33%
    # agrees (100 / 150 = 66.67% does not; 300 is not tried). Weak.
    text = (
        "2023年预算安排项目资金300万元、150万元和120万元。至年底项目执行金额100万元,执行率83.33%。"
    )
    assert rows(text) == [
        (
            "completion",
            "83.33",
            "agrees",
            "83.33",
            "100万元 of 120万元",
            "actual / budget × 100",
            False,
        )
    ]
    assert inputs(text) == [["100万元", "150万元", "120万元"]]


def test_a_completion_printed_after_a_budget_figure_is_not_read() -> None:
    # The figure before 完成预算的 is itself a budget (调整预算): it is no amount completed, so
    # the rate is not checked against the 年初预算 found by name (100 / 120 = 83.3%).
    text = "项目支出年初预算120万元。项目支出调整预算100万元,完成预算的90%。"
    assert rows(text) == []
    assert findings(text) == []


# --- averages, continued -----------------------------------------------------------------------


def test_an_average_price_before_its_count_and_total_passes_over_a_change() -> None:
    # 均价 printed first: the count (3辆) and the one amount after it in the next sentence
    # (112.5万元; the change 20万元 is no amount of its own): 112.5 / 3 = 37.5, agrees. Weak.
    text = (
        "购车均价为37.5万元。2012年该部门共购置公务用车3辆,购置费支出112.5万元,比上年减少20万元。"
    )
    assert rows(text) == [
        ("ratio", "37.5", "agrees", "37.5", "112.5万元 / 3辆", "total / count", False)
    ]
    assert inputs(text) == [["112.5万元", "3辆"]]


# --- changes -----------------------------------------------------------------------------------


def test_a_sentence_opening_with_bi_takes_the_figure_of_the_sentence_just_before() -> None:
    # "比上年增加" names nothing: the change is of the last figure of the sentence just before
    # (100), not of one two sentences up (90): 20 / (100 − 20) = 25%, agrees (20 / 70 would
    # be 28.57%). One figure, no adjustment: certain.
    text = "人员经费支出60万元,公用经费支出90万元。本年支出100万元。比上年增加20万元,增长25%。"
    assert rows(text) == [
        ("change-rate", "25", "agrees", "25", "change of 100万元", "change / prior × 100", True)
    ]
    assert inputs(text) == [["20万元", "100万元"]]
    assert spans(text) == ["比上年增加20万元,增长25%"]


# --- standard breakdowns found by name ---------------------------------------------------------


def _sangong_after(counts: int) -> str:
    """A 三公 total, then ``counts`` figures of other things (five to a sentence), then the
    three 三公 items in a sentence of their own."""
    names = ["图书", "设备", "耗材", "维修", "差旅", "培训", "会议", "印刷", "邮电", "水电"]
    items = [f"{names[k % 10]}{k + 1}个" for k in range(counts)]
    between = "".join("购置" + ",".join(items[k : k + 5]) + "。" for k in range(0, counts, 5))
    return (
        "“三公”经费支出合计30万元。"
        + between
        + "因公出国(境)费0万元,公务用车购置及运行费10万元,公务接待费20万元。"
    )


def test_a_standard_breakdowns_total_is_looked_for_within_thirty_figures() -> None:
    # 0 + 10 + 20 = 30, agrees, found by name (weak). The total is seven sentences before the
    # first item, outside the six-sentence window, so only the figure distance counts: 30
    # figures between them (the total at figure 0, the first item at 30) is within reach ...
    near = _sangong_after(29)
    assert rows(near) == [("sum", "30", "agrees", "30", *SUM, False)]
    assert inputs(near) == [["0万元", "10万元", "20万元"]]
    # ... and 31 is not: nothing is read, the two sentences are not understood.
    far = _sangong_after(30)
    assert rows(far) == []
    assert [line for line, _, _ in audit_text(far).coverage.not_understood] == [1, 1]


# --- where a list starts and ends --------------------------------------------------------------


def test_a_list_after_a_remark_takes_its_total_past_the_remark() -> None:
    # The text opens with a numbered heading; the 其中 list's total is past the remark sentence
    # with no figure: 60 + 40 = 100, agrees, certain.
    text = "一、收入情况。本年支出100万元。主要是压减开支。其中:基本支出60万元,项目支出40万元。"
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, True)]
    assert inputs(text) == [["60万元", "40万元"]]
    # A numbered heading between a figure and the list is not passed: nothing is read.
    headed = "本年支出100万元。\n一、支出情况\n其中:基本支出60万元,项目支出40万元。"
    assert rows(headed) == []


def test_a_semicolon_inside_a_parts_brackets_does_not_cut_the_list() -> None:
    # The ";" is inside the brackets after 基本支出, not between the parts: 60 + 40 = 100,
    # agrees, and the list is certain (no shorter list ending at a ";" to choose from).
    text = "本年支出100万元,其中:基本支出60万元(含人员经费;公用经费),项目支出40万元。"
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, True)]
    assert inputs(text) == [["60万元", "40万元"]]


def test_an_approximate_figure_makes_a_list_open_only_right_after_it() -> None:
    # 60 + 40 = 100, agrees. "约90" eleven characters after the last part (its 9 twelve after):
    # too far to say the list goes on, so it is certain ...
    text = "本年支出100万元,其中:基本支出60万元,项目支出40万元。上年同期全部支出总额约90万元。"
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, True)]
    # ... two characters nearer, the list may go on past what is printed: inferred.
    near = "本年支出100万元,其中:基本支出60万元,项目支出40万元。上年同期全部支出约90万元。"
    assert rows(near) == [("sum", "100", "agrees", "100", *SUM, False)]


def test_a_list_in_brackets_after_words_is_not_the_breakdown_of_the_figure_before() -> None:
    # "(其中:…)" follows 办公设备购置, not the 100万元: its parts (20 + 10 = 30) break down the
    # purchase, whose figure is not printed, so nothing is checked (checking 100 against 30
    # would be a false alarm).
    text = "本年支出100万元,主要用于办公设备购置(其中:电脑20万元,打印机10万元)。"
    assert rows(text) == []
    assert findings(text) == []


def test_parallel_items_stop_at_a_sentence_opening_with_qizhong() -> None:
    # Each figure of the head has its counterpart in the two items: 1 + 2 = 3,
    # 100 + 200 = 300, 90 + 190 = 280, all agree, certain. The third sentence opens with 其中:
    # it breaks 工程类 down, it is no third item (1 + 2 + 1 = 4 would not be the 3 printed).
    text = (
        "全年共采购项目3个,计划金额300万元,实际金额280万元,其中:货物类项目1个,"
        "计划金额100万元,实际金额90万元。工程类项目2个,计划金额200万元,实际金额190万元。"
        "其中小型工程项目1个,计划金额50万元,实际金额45万元。"
    )
    assert rows(text) == [
        ("sum", "3", "agrees", "3", *SUM, True),
        ("sum", "300", "agrees", "300", *SUM, True),
        ("sum", "280", "agrees", "280", *SUM, True),
    ]
    assert inputs(text) == [["1个", "2个"], ["100万元", "200万元"], ["90万元", "190万元"]]


# --- gaps between rates ------------------------------------------------------------------------


def test_a_points_gap_after_one_with_no_rates_before_it_is_read() -> None:
    # The first 个百分点 (高出上年2) has no two rates before it and is passed over; the second
    # is the gap between the two rates before it: 8.1 − 4.4 = 3.7, agrees (weak).
    text = (
        "2023年全县税收占比高出上年2个百分点,一般公共预算收入同比增长8.1%,"
        "比全市平均增幅4.4%高出3.7个百分点。"
    )
    assert rows(text) == [
        (
            "points-gap",
            "3.7",
            "agrees",
            "3.7",
            "8.1% − 4.4%",
            "the gap between two rates",
            False,
        )
    ]
    assert inputs(text) == [["8.1%", "4.4%"]]


# --- savings -----------------------------------------------------------------------------------


def test_a_saving_rate_passes_over_a_count_between_the_amounts() -> None:
    # 12560.8 − 11842.3 = 718.5, agrees; 718.5 / 12560.8 = 5.7202% → 5.72, agrees. The count
    # 120个 is no amount of the saving: the actual is 11842.3 (718.5 / (11842.3 + 718.5) is
    # the same 5.72%).
    text = (
        "2023年全市政府采购计划金额12560.8万元,实际采购金额11842.3万元,采购项目120个,"
        "节约资金718.5万元,节约率为5.72%。"
    )
    assert rows(text) == [
        ("difference", "718.5", "agrees", "718.5", "plan − actual", "plan − actual", True),
        ("share", "5.72", "agrees", "5.72", "saving / plan", "saving / plan × 100", True),
    ]
    assert inputs(text) == [
        ["12560.8万元", "11842.3万元"],
        ["718.5万元", "12560.8万元", "11842.3万元"],
    ]


def test_a_share_of_nothing_named_is_not_read_against_a_qizhong_list_further_down() -> None:
    # 占比 names no total and no 其中 comes before it: there is nothing to read it against (the
    # 100万元 of the next sentence, before its own 其中, is no total of this share).
    text = "税务部门组织收入60万元,占比60%。全年支出100万元,其中基本支出80万元。"
    assert rows(text) == []
    assert findings(text) == []


def test_two_respective_shares_followed_by_a_change_are_read() -> None:
    # 分别 pairs the two amounts with the two shares, of the 政府采购规模 named before:
    # 60 / 100 = 60%, 40 / 100 = 40%, both agree, certain (one total); the parts with their
    # shares add up to it: 60 + 40 = 100 (inferred). The change after the shares ends the run.
    text = (
        "全年政府采购规模为100亿元。货物类和工程类采购金额分别为60亿元和40亿元,"
        "占政府采购规模的比重为60%和40%,比上年增加5亿元。"
    )
    share = ("of 100亿元", "amount / total × 100", True)
    assert rows(text) == [
        (
            "sum",
            "100",
            "agrees",
            "100",
            "the parts with shares",
            "sum of the parts given with their shares",
            False,
        ),
        ("share", "60", "agrees", "60", *share),
        ("share", "40", "agrees", "40", *share),
    ]
    assert inputs(text) == [
        ["60亿元", "40亿元"],
        ["60亿元", "100亿元"],
        ["40亿元", "100亿元"],
    ]


# --- balance statements ------------------------------------------------------------------------


def test_a_total_in_brackets_is_no_statement_total() -> None:
    # 60 + 40 = 100, agrees, certain. The 上年收入合计 in brackets is a remark, not a total of
    # the items before it (60 + 40 against 90 would be a false alarm).
    text = "收入合计100万元,其中税收收入60万元,非税收入40万元(上年收入合计90万元)。"
    assert rows(text) == [("sum", "100", "agrees", "100", *SUM, True)]
    assert findings(text) == []


# --- what a change is of -----------------------------------------------------------------------


def test_a_change_against_a_named_half_year_keeps_the_subject_of_its_figure() -> None:
    # "与2022年上半年相比增加了24.2亿元": the comparison names a period, not a subject, so the
    # change and its rate are of 邯郸2023年上半年财政收入 (in the JSON report):
    # 24.2 / (247.2 − 24.2) = 24.2 / 223 = 10.852% → 10.9, agrees, certain.
    text = "邯郸2023年上半年财政收入247.2亿元,与2022年上半年相比增加了24.2亿元,同比增长10.9%。"
    assert rows(text) == [
        (
            "change-rate",
            "10.9",
            "agrees",
            "10.9",
            "change of 247.2亿元",
            "change / prior × 100",
            True,
        )
    ]
    [claim] = audit_text(text).claims
    subject = "邯郸2023年上半年财政收入"
    assert claim.claim.printed.subject == subject
    assert [f.subject for f in claim.claim.inputs] == [subject, subject]


# --- tables ------------------------------------------------------------------------------------


def test_a_code_tables_row_totals_are_kept_beside_the_code_hierarchy() -> None:
    # Down the columns the codes decide: 180.50 + 120.00 = 300.50, 120.20 + 80.00 = 200.20,
    # 60.30 + 40.00 = 100.30 (certain). Along each row the figures alone: 合计 = 基本支出 +
    # 项目支出, 200.20 + 100.30 = 300.50, 120.20 + 60.30 = 180.50, 80.00 + 40.00 = 120.00
    # (inferred); for the 类 row both are claims on 300.50.
    text = (
        "单位：万元\n科目编码 | 科目名称 | 合计 | 基本支出 | 项目支出 |\n"
        "201 | 一般公共服务支出 | 300.50 | 200.20 | 100.30 |\n"
        "20101 | 人大事务 | 180.50 | 120.20 | 60.30 |\n20103 | 财政事务 | 120.00 | 80.00 | 40.00 |"
    )
    code = (
        "rows one level down",
        "sum of the rows one level down by subject code (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)",
        True,
    )
    assert rows(text) == [
        ("sum", "300.50", "agrees", "300.50", *code),
        ("sum", "300.50", "agrees", "300.50", *SUM, False),
        ("sum", "200.20", "agrees", "200.20", *code),
        ("sum", "100.30", "agrees", "100.30", *code),
        ("sum", "180.50", "agrees", "180.50", *SUM, False),
        ("sum", "120.00", "agrees", "120.00", *SUM, False),
    ]


def test_a_column_numbering_the_rows_is_no_figure() -> None:
    # 行次 1, 2, 3, 4 numbers the rows. The 合计 row is last, so the amounts are read bottom
    # up: 10 + 20 + 30 = 60, agrees, certain. The 行次 column holds no amounts: its 4 is not a
    # total of 1 + 2 + 3 = 6 (once a warning, "within the rounding").
    text = "单位:万元\n项目 | 行次 | 金额\n甲 | 1 | 10\n乙 | 2 | 20\n丙 | 3 | 30\n合计 | 4 | 60"
    assert rows(text) == [("sum", "60", "agrees", "60", *SUM, True)]
    assert inputs(text) == [["10", "20", "30"]]
    assert findings(text) == []
    # Nor is a row's number the total of its figures (乙: 3 is not 2 + 1): 3 + 2 = 5 and
    # 3 + 1 = 4 down the columns, certain.
    text = (
        "单位:万元\n项目 | 行次 | 基本支出 | 项目支出\n合计 | 1 | 5 | 4\n甲 | 2 | 3 | 3\n"
        "乙 | 3 | 2 | 1"
    )
    assert rows(text) == [
        ("sum", "5", "agrees", "5", *SUM, True),
        ("sum", "4", "agrees", "4", *SUM, True),
    ]


def test_rows_opening_with_empty_layout_cells_are_read() -> None:
    # "||" before a row's label is empty layout: 60 + 40 = 100 and 50 + 40 = 90 down the
    # columns, both agree, certain.
    text = "单位:万元\n项目 | 本年 | 上年\n||合计 | 100 | 90\n||甲 | 60 | 50\n||乙 | 40 | 40"
    assert rows(text) == [
        ("sum", "100", "agrees", "100", *SUM, True),
        ("sum", "90", "agrees", "90", *SUM, True),
    ]
    assert inputs(text) == [["60", "40"], ["50", "40"]]


def test_space_separated_rows_with_codes_split_over_lei_kuan_xiang() -> None:
    # "201 01 人大事务 …": the code over 类 and 款 cells, then the name and the figures. By code:
    # 201 = 20101 + 20103 in each column: 180.50 + 120.00 = 300.50, 120.20 + 80.00 = 200.20,
    # 60.30 + 40.00 = 100.30; 20101 = 2010101 + 2010102: 120.20 + 60.30 = 180.50,
    # 120.20 + 0.00 = 120.20, 0.00 + 60.30 = 60.30 (certain). Along the rows 合计 = 基本支出 +
    # 项目支出 (inferred): 300.50, 180.50, 120.20, 60.30, 120.00. Nothing is wrong.
    text = (
        "单位：万元\n科目编码 科目名称 合计 基本支出 项目支出\n"
        "201 一般公共服务支出 300.50 200.20 100.30\n201 01 人大事务 180.50 120.20 60.30\n"
        "201 01 01 行政运行 120.20 120.20 0.00\n201 01 02 一般行政管理事务 60.30 0.00 60.30\n"
        "201 03 财政事务 120.00 80.00 40.00"
    )
    code = (
        "rows one level down",
        "sum of the rows one level down by subject code (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)",
        True,
    )
    row = (*SUM, False)
    assert rows(text) == [
        ("sum", "300.50", "agrees", "300.50", *code),
        ("sum", "300.50", "agrees", "300.50", *row),
        ("sum", "200.20", "agrees", "200.20", *code),
        ("sum", "100.30", "agrees", "100.30", *code),
        ("sum", "180.50", "agrees", "180.50", *code),
        ("sum", "180.50", "agrees", "180.50", *row),
        ("sum", "120.20", "agrees", "120.20", *code),
        ("sum", "60.30", "agrees", "60.30", *code),
        ("sum", "120.20", "agrees", "120.20", *row),
        ("sum", "60.30", "agrees", "60.30", *row),
        ("sum", "120.00", "agrees", "120.00", *row),
    ]
    assert findings(text) == []


# --- a header's cells, then the figures alone --------------------------------------------------


def test_figures_alone_with_no_header_before_them_are_no_table() -> None:
    # The lines of figures open the text: no header cell names them, so they are not read as
    # a row of a table (328.7 = 10 + 78.7 + 240 would be a guess).
    text = "328.7\n10\n78.7\n43\n35.7\n240\n以上为三公经费决算"
    assert rows(text) == []
    assert findings(text) == []


def test_a_header_of_four_budget_and_actual_pairs_makes_two_rows() -> None:
    # 预算数/决算数 four times: the eight figures alternate, two rows of one layout (pre-order):
    # budgets 50 + 30 + 20 = 100, actuals 40 + 30 + 20 = 90, both agree (inferred).
    text = (
        "单位:万元\n合计\n甲项目\n乙项目\n丙项目\n预算数\n决算数\n预算数\n决算数\n预算数\n"
        "决算数\n预算数\n决算数\n100\n90\n50\n40\n30\n30\n20\n20"
    )
    assert rows(text) == [
        ("sum", "100", "agrees", "100", *SUM, False),
        ("sum", "90", "agrees", "90", *SUM, False),
    ]
    assert inputs(text) == [["50", "30", "20"], ["40", "30", "20"]]


# --- rate columns named by their header --------------------------------------------------------


def test_a_share_column_over_the_budget_of_a_column_named_otherwise() -> None:
    # 占预算%: of 预算数, and the amount is the other column before it (金额, named neither 决算
    # nor 本年): 180 / 200 = 90, agrees; 95 / 100 = 95, printed 90 (a warning, the formula is
    # read from the header).
    text = (
        "单位：万元\n项目 | 预算数 | 金额 | 占预算% |\n工资福利支出 | 200 | 180 | 90 |\n"
        "商品和服务支出 | 100 | 95 | 90 |"
    )
    ratio = ("a / b × 100", False)
    assert rows(text) == [
        ("completion", "90", "agrees", "90", "180 over 200", *ratio),
        ("completion", "90", "disagrees", "95", "95 over 100", *ratio),
    ]
    assert findings(text) == [
        (
            "arithmetic.completion-rate",
            "warning",
            4,
            1,
            "the completion rate is printed as 90, but 95 / 100 = 95%, which rounds to 95 "
            "(read as: 95 over 100; the structure was inferred, so check it)",
            "完成比例印为90，但95÷100=95%，四舍五入为95（按“95对比100”理解，结构系推断，请核对）",
        )
    ]


def test_a_growth_column_between_two_year_columns() -> None:
    # 增长率 with columns named by their years only: the later over the earlier,
    # (130 − 100) / 100 = 30%, printed 25% (a warning: one row, the formula from the header).
    text = "单位：万元\n项目 | 2022年 | 2023年 | 增长率 |\n工资福利支出 | 100 | 130 | 25% |"
    assert rows(text) == [("change-rate", "25", "disagrees", "30", "130 over 100", "rate", False)]
    assert findings(text) == [
        (
            "arithmetic.change-rate",
            "warning",
            3,
            13,
            "the change rate is printed as 25%, but rate from 130, 100 = 30, which rounds to 30% "
            "(read as: 130 over 100; the structure was inferred, so check it)",
            "增减率印为25%，但按130、100计算为30，四舍五入为30%（按“130对比100”理解，结构系推断，"
            "请核对）",
        )
    ]


def test_a_stacked_tables_column_names_give_prose_its_budget() -> None:
    # The three names before the first row (not the title above them) are the columns':
    # 112年度法定预算 is the budget, so 土地's budget is 353,623 and the prose completion is
    # 350,984 / 353,623 = 99.2537% → 99.25, agrees (found by name: inferred). The columns add
    # up: 160,909 + 246,013 = 406,922; 350,984 + 461,891 = 812,875;
    # 353,623 + 676,390 = 1,030,013.
    text = (
        "表1 预算编列及执行概况表 单位:千元\n科目\n110年度决算\n111年度决算\n112年度法定预算\n"
        "土地\n160,909\n350,984\n353,623\n房屋及建筑\n246,013\n461,891\n676,390\n"
        "合计\n406,922\n812,875\n1,030,013\n土地决算数为350,984千元,完成预算的99.25%。"
    )
    assert rows(text) == [
        ("sum", "406922", "agrees", "406922", *SUM, True),
        ("sum", "812875", "agrees", "812875", *SUM, True),
        ("sum", "1030013", "agrees", "1030013", *SUM, True),
        (
            "completion",
            "99.25",
            "agrees",
            "99.25",
            "350,984千元 of 353,623",
            "actual / budget × 100",
            False,
        ),
    ]


def test_respective_shares_of_a_total_named_otherwise_are_paired_by_position() -> None:
    # 支出总预算 is not the name of any figure: the total is the one figure all three shares
    # of that name fit, 财政拨款收支总预算 100万元: 50 / 100 = 50%, and, paired by position
    # (分别), 30 / 100 = 30% and 20 / 100 = 20%; all agree, weak (the total is inferred). The
    # first share of the run was once read alone against the amount just before it, the
    # run's last: 20 / 100 = 20%, not the 30% printed (a false warning).
    text = (
        "财政拨款收支总预算100万元。基本支出50万元,占支出总预算的50%。"
        "项目支出和其他支出分别为30万元、20万元,分别占支出总预算的30%、20%。"
    )
    # The three shares add up to 100 (50 + 30 + 20) over two sentences, so the parts break the
    # total down too: 50 + 30 + 20 = 100, weak (claims._share_breakdowns, nineteenth round).
    agreed = ("of 100万元", "amount / the total its siblings fit", False)
    breakdown = ("the parts with shares", "sum of the parts given with their shares", False)
    assert rows(text) == [
        ("sum", "100", "agrees", "100", *breakdown),
        ("share", "50", "agrees", "50", *agreed),
        ("share", "30", "agrees", "30", *agreed),
        ("share", "20", "agrees", "20", *agreed),
    ]
    assert inputs(text) == [
        ["50万元", "30万元", "20万元"],
        ["50万元", "100万元"],
        ["30万元", "100万元"],
        ["20万元", "100万元"],
    ]
    assert findings(text) == []


def test_in_a_code_table_the_codes_not_the_figures_say_which_rows_add_up() -> None:
    # The 款 20101 is 100, its 项 rows 60 + 90 = 150: one error. The 类 201 (250) is short of
    # its 款 rows (100 + 100 = 200) by what the 款 has too few (150 − 100 = 50): left to it.
    # Read from the figures alone, 250 = 100 + 60 + 90 would add a 款 and its own 项 rows: not
    # a claim in a table with codes.
    text = (
        "单位：万元\n科目编码 | 科目名称 | 决算数 |\n201 | 一般公共服务支出 | 250 |\n"
        "20101 | 人大事务 | 100 |\n2010101 | 行政运行 | 60 |\n2010102 | 一般行政管理事务 | 90 |\n"
        "20102 | 政协事务 | 100 |"
    )
    assert rows(text) == [
        (
            "sum",
            "100",
            "disagrees",
            "150",
            "rows one level down",
            "sum of the rows one level down by subject code (类 = Σ 款, 款 = Σ 项, 合计 = Σ 类)",
            True,
        )
    ]
    assert findings(text) == [
        (
            "arithmetic.code-hierarchy",
            "error",
            4,
            16,
            "the 款 row [20101]人大事务 (column 决算数) is printed as 100, but its 项 rows add up "
            "to 150: [2010101]行政运行 60 + [2010102]一般行政管理事务 90",
            "款级科目[20101]人大事务（决算数栏）印为100，但其下项级科目之和为150："
            "[2010101]行政运行60 + [2010102]一般行政管理事务90",
        )
    ]


def test_a_bracketed_breakdown_closed_by_a_figure_outside_at_the_end_of_the_text() -> None:
    # 0 + 28 = 28, agrees. The bracket closes the list (无增减 after it is a figure outside the
    # bracket), so the list is complete although the text ends right after it: certain.
    text = "公务用车购置及运行费28万元(公务用车购置费0万元,公务用车运行维护费28万元),较上年无增减。"
    assert rows(text) == [("sum", "28", "agrees", "28", *SUM, True)]
    assert inputs(text) == [["0万元", "28万元"]]


# --- seed 44 (a fresh sample drawn after the tests above) --------------------------------------


def test_a_completion_whose_budget_is_implied_by_the_gap_names_both_figures() -> None:
    # No budget printed: 决算数大于预算数55.93万元 implies it, 1741.75 − 55.93 = 1685.82;
    # 1741.75 / 1685.82 = 103.3177% → 103 (printed without decimals), printed 100: the budget
    # is inferred, so a warning, and the message shows the actual over (actual − gap).
    text = "一般公共预算财政拨款支出总计1741.75万元,完成年初预算100%,决算数大于预算数55.93万元。"
    assert rows(text) == [
        (
            "completion",
            "100",
            "disagrees",
            "103",
            "1741.75万元 of 1741.75万元 − 55.93万元",
            "actual / (actual ∓ gap) × 100",
            False,
        )
    ]
    assert findings(text) == [
        (
            "arithmetic.completion-rate",
            "warning",
            1,
            1,
            "the completion rate is printed as 100%, but 1741.75万元 / (1741.75万元 − 55.93万元) "
            "= 103.3177%, which rounds to 103% (read as: 1741.75万元 of 1741.75万元 − 55.93万元; "
            "the structure was inferred, so check it)",
            "完成比例印为100%，但1741.75万元÷(1741.75万元 − 55.93万元)=103.3177%，四舍五入为103%"
            "（按“1741.75万元占(1741.75万元 − 55.93万元)”理解，结构系推断，请核对）",
        )
    ]


@pytest.mark.parametrize(
    ("text", "said", "truth", "actual", "budget"),
    [
        # 18 < 20, the text says 大于
        (
            "三公经费年初预算数20万元,决算数18万元,决算数大于预算数2万元。",
            "大于",
            "小于",
            "18",
            "20",
        ),
        # 20 > 18, the text says 小于
        (
            "三公经费年初预算数18万元,决算数20万元,决算数小于预算数2万元。",
            "小于",
            "大于",
            "20",
            "18",
        ),
    ],
)
def test_a_gap_said_the_wrong_way_is_an_error_naming_both_words(
    text: str, said: str, truth: str, actual: str, budget: str
) -> None:
    # The amount (2) is right; the words point away from the figures: certain, an error.
    assert rows(text) == [("comparison", "2", "disagrees", truth, said, said, True)]
    assert findings(text) == [
        (
            "arithmetic.completion-comparison",
            "error",
            1,
            23,
            f"the text says 决算数{said}预算数, but {actual}万元 is {truth} {budget}万元",
            f"文中称决算数{said}预算数，但{actual}万元{truth}{budget}万元",
        )
    ]


def test_a_prior_printed_without_its_unit_is_reported_in_both_languages() -> None:
    # 较上年2.5: no unit, read in the sentence's 万元 (and reported); 2.5 − 0.65 = 1.85, agrees.
    text = "2023年公务接待费预算为0.65万元,较上年2.5减少1.85万元。"
    assert rows(text) == [
        ("difference", "1.85", "agrees", "1.85", "printed prior", "prior − current", True)
    ]
    assert findings(text) == [
        (
            "units.missing-unit",
            "warning",
            1,
            24,
            "2.5 is printed without a unit (read as 万元 like the figures around it)",
            "2.5未写单位（按上下文读作万元）",
        )
    ]


def test_a_prior_printed_without_its_unit_is_read_in_the_sentences_own_unit() -> None:
    # 比上年的21444.76: no unit, read in the sentence's 元 (not 万元), and reported so;
    # (21444.76 − 19245.95) / 21444.76 = 10.2533% -> 10.25; 降低 after the prior as 下降 is
    assert findings("5.全中等职业学校为19245.95元,比上年的21444.76降低10.25%。") == [
        (
            "units.missing-unit",
            "warning",
            1,
            25,
            "21444.76 is printed without a unit (read as 元 like the figures around it)",
            "21444.76未写单位（按上下文读作元）",
        )
    ]


def test_a_budgets_change_found_by_name_is_of_the_budget_figure_only() -> None:
    # 2022's budget 21.8 = 0 + 11.8 + 10 and 2021's spending 20.12 = 0 + 12.39 + 7.73 agree;
    # 21.8 − 20.12 = 1.68 agrees; 12.39 − 11.8 = 0.59, printed 0.58 (within the rounding of
    # 11.8). The rate is of the 公务接待 figure of the budget's phase alone (11.8, not the
    # actual 12.39): 0.58 / (11.8 + 0.58) = 4.6850% → 4.68, agrees (weak: found by name).
    text = (
        "2022年度“三公”经费预算总计21.8万元,其中:因公出国(境)经费0万元,公务接待11.8万元,"
        "公务用车运行费用10万元。\n2021年度“三公”经费合计支出20.12万元,其中:因公出国(境)"
        "经费0万元,公务接待12.39万元,公务用车运行费用7.73万元。\n2022年度“三公”经费预算较"
        "2021年度增加1.68万元,其中公务接待较上年同期减少0.58万元,减少4.68%。"
    )
    assert rows(text)[-1] == (
        "change-rate",
        "4.68",
        "agrees",
        "4.68",
        "change of 11.8万元",
        "change / prior × 100",
        False,
    )
    assert inputs(text)[-1] == ["0.58万元", "11.8万元"]


def test_a_share_whose_clause_names_its_amount_before_another_share() -> None:
    # 60 + 40 = 100, certain. "税收收入占收入的60%": the clause names its amount (税收收入,
    # 60), not the figure just before it (40): 60 / 100 = 60% and 40 / 100 = 40%, both agree
    # (收入 found by name: weak).
    text = (
        "本年收入100万元,其中税收收入60万元,非税收入40万元;"
        "税收收入占收入的60%,非税收入占收入的40%。"
    )
    share = ("of 100万元", "amount / total × 100", False)
    assert rows(text) == [
        ("sum", "100", "agrees", "100", *SUM, True),
        ("share", "60", "agrees", "60", *share),
        ("share", "40", "agrees", "40", *share),
    ]
    assert inputs(text) == [["60万元", "40万元"], ["60万元", "100万元"], ["40万元", "100万元"]]


def test_a_rate_column_passes_over_a_row_of_nothing() -> None:
    # The rate column is the change over 上年, inferred from the rows (not certain):
    # (75 − 60) / 60 = 25.0%; (35 − 40) / 40 = −12.5%; (60 − 50) / 50 = 20.0%, all agree. The
    # row "0.00 | 0.00 | 0.00%" is no rate of 0 / 0: passed over, and the rows after it read.
    text = (
        "单位:万元\n项目 | 上年 | 本年 | 增长率\n甲 | 60.00 | 75.00 | 25.0%\n"
        "丙 | 0.00 | 0.00 | 0.00%\n乙 | 40.00 | 35.00 | -12.5%\n丁 | 50.00 | 60.00 | 20.0%"
    )
    assert rows(text) == [
        ("change-rate", "25.0", "agrees", "25.0", "75.00 over 60.00", "rate", False),
        ("change-rate", "-12.5", "agrees", "12.5", "35.00 over 40.00", "rate", False),
        ("change-rate", "20.0", "agrees", "20.0", "60.00 over 50.00", "rate", False),
    ]


def test_the_parts_changes_after_a_first_part_that_did_not_occur() -> None:
    # 251 + 56 + 142 = 449, not 431: an error. The changes: −34 + 56 − 24 = −2, "减少2万元",
    # agrees, read as the parts' changes (the first part, 没有, has none).
    text = (
        "2020年“三公”经费支出431万元,比上年减少2万元。其中,因公出国(境)费用没有,"
        "原因是压缩开支;公务用车及运行维护费支出251万元,比上年下降34万元;公务用车购置"
        "支出56万元,比上年增加56万元;公务接待支出142万元,比上年下降24万元。"
    )
    assert rows(text) == [
        ("sum", "431", "disagrees", "449", *SUM, True),
        (
            "change-sum",
            "2",
            "agrees",
            "2",
            "the parts' changes",
            "sum of the parts' changes",
            True,
        ),
    ]
    assert inputs(text) == [["251万元", "56万元", "142万元"], ["34万元", "56万元", "24万元"]]


def test_kana_read_as_gb18030_that_is_no_big5_either_is_refused_with_the_share() -> None:
    # 50 kana and 70 of 亐 (GB18030 81 80: a trail byte Big5 has not): read as GB18030,
    # 50 / 120 = 41.67% → 42% of the characters are kana, and Big5 leaves 70 bytes it cannot
    # read: not Chinese text.
    data = ("あいうえおかきくけこ" * 5 + "亐" * 70).encode("gb18030")
    with pytest.raises(ParseError) as caught:
        decode(data)
    assert str(caught.value) == (
        "not Chinese text in UTF-8, GB18030 or Big5: read as GB18030, 42% of its characters "
        "are Japanese kana, and it does not read as Big5"
    )


def test_a_share_of_nothing_named_after_zhanbi_is_of_its_standard_breakdowns_total() -> None:
    # "占比" names no total: 税收收入 and 非税收入 are the standard parts of 收入, whose total
    # is printed before them: 137.4 / 158.8 = 86.524% → 86.5 and 21.4 / 158.8 = 13.476% →
    # 13.5, both agree (inferred); 137.4 + 21.4 = 158.8 (a list opened by its context: weak).
    text = (
        "全市地方一般公共预算收入累计完成158.8亿元。从收入结构看,地方税收收入累计完成137.4亿元,"
        "增长42.6%,占比86.5%;非税收入累计完成21.4亿元,下降14.6%,占比13.5%。"
    )
    share = ("of 158.8亿元", "amount / total × 100", False)
    assert rows(text) == [
        ("sum", "158.8", "agrees", "158.8", *SUM, False),
        ("share", "86.5", "agrees", "86.5", *share),
        ("share", "13.5", "agrees", "13.5", *share),
    ]
    assert inputs(text) == [
        ["137.4亿元", "21.4亿元"],
        ["137.4亿元", "158.8亿元"],
        ["21.4亿元", "158.8亿元"],
    ]


def test_only_a_rate_named_as_an_annual_average_is_read_as_one() -> None:
    # "年均增长10%" from 100 in 2018 to 146.41 in 2022: (146.41 / 100)^(1/4) − 1 = 10.0%,
    # agrees, certain ...
    text = "一般公共预算收入由2018年的100亿元增加到2022年的146.41亿元,年均增长10%。"
    assert rows(text) == [
        (
            "change-rate",
            "10",
            "agrees",
            "10",
            "100亿元 to 146.41亿元 over 4 years",
            "average annual growth",
            True,
        )
    ]
    # ... but "增长46.4%" over the same years is the whole growth, (146.4 − 100) / 100 = 46.4%:
    # not an annual average ((146.4 / 100)^(1/4) − 1 = 10.0% would make it a false error).
    text = "一般公共预算收入由2018年的100亿元增加到2022年的146.4亿元,增长46.4%。"
    assert "average annual growth" not in [c.claim.relation for c in audit_text(text).claims]
    assert findings(text) == []


def test_parallel_subjects_after_a_whole_figure_with_no_parts() -> None:
    # The first 全市 figure is followed by a sentence of another subject: no breakdown there.
    # The next paragraph's is: 58.2 + 21.7 + 46.6 = 126.5, agrees (read from the names: weak).
    text = (
        "全市一般公共预算支出完成200亿元。本年政府性基金收入完成30亿元。\n"
        "全市一般公共预算收入完成126.5亿元。中央级一般公共预算收入完成58.2亿元。"
        "省级一般公共预算收入完成21.7亿元。市级一般公共预算收入完成46.6亿元。"
    )
    assert rows(text) == [("sum", "126.5", "agrees", "126.5", *SUM, False)]
    assert inputs(text) == [["58.2亿元", "21.7亿元", "46.6亿元"]]


def test_a_standard_breakdowns_parts_are_of_the_first_parts_phase() -> None:
    # 三公 = 出国 + 公务用车 + 接待, found by name: the 决算 figures, as the first part's
    # (0 + 10 + 20 = 30, agrees, weak), not the 预算 figures printed beside them
    # (0 + 12 + 25 = 37).
    text = (
        "“三公”经费支出决算30万元。因公出国(境)费决算0万元,公务用车购置及运行费预算12万元,"
        "决算10万元,公务接待费预算25万元,决算20万元。"
    )
    assert rows(text) == [("sum", "30", "agrees", "30", *SUM, False)]
    assert inputs(text) == [["0万元", "10万元", "20万元"]]
