"""The seventeenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part a.

Written for survivors of seed 31 (scripts/mutation_score.py textaudit at 46a5bc6): a ';' inside
or after the bracket between a change and its rate (claims._adjacent_past_bracket, mutant 30),
a bracketed share after a figure that is no amount (claims._bracketed_shares, mutant 16), a
budget in the last sentence not read for the first one's completion rate (claims._completions,
mutant 346), a context run into its first item's name in a text without ',' or ':'
(claims._context_lists, mutant 8), a restatement 0.9 times the figure (claims._conversions,
mutant 68), a 绩效自评表 row at the very start of the text (claims._execution_row, mutant 6), a
first figure of another measure right at a 其中: that ends at ';' (claims._gather, mutant 1014),
grades with 良 and no 优 (claims._grade_counts, mutant 6), a standard part found among the six
nearest figures of its name only (claims._implied_parts, mutant 22) and an itemised list's total
looked for before its first item only (claims._itemised_lists, mutant 62). Four others change
no result: checks._units' mutant 24 (the paragraphs with figures in 万元 gathered without a
figure in 元 outside a table: they are read only for such a figure, and there is none),
_check_list's mutant 234 (the verdict _continued found not handed on: it is linear_verdict's,
judge's of the same one reading, and is reset whenever the parts or the total change),
_closed's mutant 6 (the text of a cast(), which does nothing at run time) and _itemised_lists'
mutant 74 (a total found before the first item, before_only, is also before the second). Each
expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import claims
from claim_rows import brief as claim_rows  # registered by conftest.py

BriefRows = list[tuple[str, str, str, str, list[str]]]

# --- claims._adjacent_past_bracket: a ';' ends the bracket's clause, not the one after it -------

# 500 / (5000 − 500) = 11.11%, printed 11.1
_GROWTH = [("change-rate", "11.1%", "agrees", "11.1", ["500万元", "5000万元"])]


@pytest.mark.parametrize(
    ("bracket", "rows"),
    [
        ("(主要是教育支出增加),", _GROWTH),
        ("(主要是教育支出增加);", _GROWTH),  # a ';' after the bracket parts no more than a ','
        ("(主要是教育;支出增加),", []),  # a ';' inside it: the change's clause ended there
    ],
)
def test_a_semicolon_inside_the_bracket_after_a_change_parts_it_from_its_rate(
    bracket: str, rows: BriefRows
) -> None:
    text = f"一般公共预算支出完成5000万元,比上年增加500万元{bracket}增长11.1%。"
    assert claim_rows(text) == rows


# --- claims._bracketed_shares: only an amount's bracketed percentage is its share ----------------


def test_a_bracketed_percentage_after_a_figure_that_is_no_amount_is_no_share() -> None:
    # 30 / 200 = 15% and 40 / 200 = 20%: counts are amounts; 1.5倍 and 2倍 (times) are not
    counted = "总人数为200人。总人数中,30人(15%)为甲,40人(20%)为乙。"
    assert claim_rows(counted) == [
        ("share", "15%", "agrees", "15", ["30人", "200人"]),
        ("share", "20%", "agrees", "20", ["40人", "200人"]),
    ]
    assert claim_rows("总倍数为10倍。总倍数中,1.5倍(15%)为甲,2倍(20%)为乙。") == []


# --- claims._completions: the budget of the sentence before, not of the text's last -----------


def test_a_completion_rate_reads_the_budget_of_the_sentence_before_only() -> None:
    # 5682 / 105425 = 5.39%; 17056 / 105425 = 16.18%
    month = "2月份,全县一般公共预算收入5682万元,完成预算105425万元的5.39%。"
    to_date = "1-2月,全县一般公共预算收入17056万元,完成预算的16.18%。"
    feb = ("completion", "5.39%", "agrees", "5.39", ["5682万元", "105425万元"])
    assert claim_rows(month + to_date) == [
        feb,
        ("completion", "16.18%", "agrees", "16.18", ["17056万元", "105425万元"]),
    ]
    # the first sentence has none before it: the last sentence's budget is not read for it
    assert claim_rows(to_date + month) == [feb]


# --- claims._context_lists: a text without ',' or ':' --------------------------------------------


def test_a_context_run_into_its_first_items_name_is_read_without_commas() -> None:
    # 6000 + 4000 = 10000: "一般公共预算支出中" opens the list, and no ',' or ':' is printed
    text = "一般公共预算支出10000万元。一般公共预算支出中教育支出6000万元;卫生健康支出4000万元。"
    assert claim_rows(text) == [("sum", "10000万元", "agrees", "10000", ["6000万元", "4000万元"])]


# --- claims._conversions: a restatement 0.9 times the figure -------------------------------------


@pytest.mark.parametrize(
    ("coarse", "rows"),
    [
        # 4.5亿元 / 50000万元 = 0.9, the lowest ratio read: 50000万元 = 5.0亿元, printed 4.5
        ("4.5亿元", [("conversion", "4.5亿元", "disagrees", "5.0", ["50000万元"])]),
        ("4.49亿元", []),  # 0.898: another figure
    ],
)
def test_a_restatement_nine_tenths_of_the_figure_is_a_conversion(
    coarse: str, rows: BriefRows
) -> None:
    text = f"2023年一般公共预算收入{coarse}。全县一般公共预算收入50000万元。"
    assert claim_rows(text) == rows


# --- claims._execution_row: a row at the text's start ------------------------------------------


def test_an_execution_rows_name_at_the_start_of_the_text_is_found() -> None:
    text = "年度资金总额 43.2 43.2 37.24 10 86% 9"
    assert claims._execution_row(text, text.index("43.2")) == 0
    text = "其中:财政拨款 | 10"
    assert claims._execution_row(text, text.index("10")) == 0


# --- claims._gather: a figure of another measure right at the 其中: ------------------------------


def test_a_qizhong_of_other_measures_from_its_first_character_lists_no_parts() -> None:
    # "其中:273座为城市桥梁" lists a count up to its ';': the amounts after it (750 + 1183 =
    # 1933) are the figure's siblings, not its parts
    text = "公共基础设施1933亿元,其中:273座为城市桥梁;流动资产750亿元,非流动资产1183亿元。"
    assert claim_rows(text) == []


# --- claims._grade_counts: grades with 良 and no 优 ---------------------------------------------


@pytest.mark.parametrize(
    ("grades", "parts"),
    [
        ("评价结论为“良”的8个、“中”的10个、“差”的2个", ["8个", "10个", "2个"]),  # 8 + 10 + 2
        ("评价结果为良好的项目12个、合格的项目6个、不合格的项目2个", ["12个", "6个", "2个"]),
    ],
)
def test_counts_graded_from_liang_without_you_are_parts_of_the_count(
    grades: str, parts: list[str]
) -> None:
    text = f"全市共开展绩效评价项目20个。{grades}。"
    assert claim_rows(text) == [("sum", "20个", "agrees", "20", parts)]


# --- claims._implied_parts: the six nearest figures of a part's name ------------------------------


@pytest.mark.parametrize(
    ("first_year", "rows"),
    [
        # five 项目支出 in 亿元 between: the 20万元 is the sixth nearest; 80 / (80 + 20) = 80%
        (2017, [("share", "80%", "agrees", "80", ["80万元", "80万元", "20万元"])]),
        (2016, []),  # six in 亿元 between: the 20万元 is the seventh, not looked at
    ],
)
def test_a_part_of_an_implied_total_is_one_of_the_six_nearest_of_its_name(
    first_year: int, rows: BriefRows
) -> None:
    between = "".join(f"{y}年项目支出0.{y - 2015}亿元。" for y in range(first_year, 2022))
    text = f"2022年项目支出20万元。{between}2022年基本支出80万元,占一般公共预算支出的80%。"
    assert claim_rows(text) == rows


# --- claims._itemised_lists: the total before the first item, however far ----------------------


def test_an_itemised_lists_total_is_the_one_before_even_with_a_nearer_one_after() -> None:
    # 124.6 + 158.9 = 283.5; the 其他税收收入 after the first item is nearer to it than the total
    text = (
        "全市税收收入283.5亿元,增长5%,非税收入50亿元。\n主要税收收入项目情况:\n"
        "1.国内增值税124.6亿元。\n2.其他税收收入158.9亿元。"
    )
    assert claim_rows(text) == [("sum", "283.5亿元", "agrees", "283.5", ["124.6亿元", "158.9亿元"])]
