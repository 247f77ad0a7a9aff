"""The eighteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part a.

Written for survivors of seed 32 (scripts/mutation_score.py textaudit at a92c62f): the message
of a share of a part and its sibling (audit._messages, mutant 179), lines without item numbers
after "具体如下:" (claims._below_alone, mutant 28), a next sentence's change after a figure that
is not the sentence's last (claims._change_of, mutant 65), a bare change against the budget of
its own sentence, not a budget of the same name found elsewhere (claims._changes, mutant 582), a
rate's completion whose target is the sentence's first figure (claims._completions, mutant 57),
as many items listed as counted (claims._fewer_than_counted, mutant 19) and a later sentence
whose figure names the total with a place before it (claims._gather, mutant 361).

Five others change no result: audit._messages' mutant 125 (zip strict=None: a reading's signs
are one per input, and judging it zipped them strictly before any message is made),
audit._slip_finding's mutant 4 (lstrip for rstrip: a figure's text is its sign or digits up to
its unit, with no space at either end), claims._changes' mutant 676 (f.sign < 0 for <= 0: only a
zero word's change has sign 0, and it is no change in money or counts that reaches the budget's
months), claims._comparison_rate's mutant 21 (a signed formula where the reading is absolute:
judge, its ranges and its explanation compare |result|) and claims._context_before's mutant 23
(rfind from None is rfind from 0). claims._adjustment_sign's mutant 2 (lstrip(None) after 其中
or 含) differs only on a label with a space that normalise does not fold (U+2005, U+000B) right
after 其中: there HEAD misses the 调减 and the mutant reads it, so no test holds HEAD's reading.
Each expected value is worked out by hand.
"""

from __future__ import annotations

import pytest

from claim_rows import brief as claim_rows  # registered by conftest.py
from claim_rows import findings

BriefRows = list[tuple[str, str, str, str, list[str]]]


# --- audit._messages: a share of a part and its sibling names both --------------------------------


def test_the_message_of_a_share_of_a_part_and_its_sibling_names_the_part_and_the_sibling() -> None:
    # 3.72 / (3.72 + 2.07) = 3.72 / 5.79 = 64.2487% -> 64.25, printed 64.22: within the
    # rounding (3.715 / 5.785 = 64.218%)
    text = (
        "凉山州上半年的地方一般公共预算收入为105.1亿元、同比增长19.1%。\n盐源县上半年财政收入"
        "5.79亿,增长25.5%,税收收入完成3.72亿元,同比增长65.41%;非税收入完成2.07亿元,同比下降"
        "12.45%。税收收入占一般公共预算收入的比重为64.22%。\n"
    )
    (row,) = findings(text)
    assert row[0] == "arithmetic.share"
    assert row[4] == (
        "the share is printed as 64.22%, but 3.72亿元 / (3.72亿元 + 2.07亿元) = 64.2487%, which"
        " rounds to 64.25%; this is within the rounding of the printed figures (agrees if 3.72亿元"
        " were 3.715亿元)"
    )
    assert row[5].startswith("占比印为64.22%，但3.72亿元÷（3.72亿元 + 2.07亿元）=64.2487%，")


# --- claims._below_alone: the lines below must be numbered items ----------------------------------


@pytest.mark.parametrize(
    ("lines", "rows"),
    [
        # 5 + 8 + 1.97 = 14.97
        (
            "\n1、档案整理费5万元;\n2、稽查核查费用8万元;\n3、门面税金1.97万元。",
            [("sum", "14.97万元", "agrees", "14.97", ["5万元", "8万元", "1.97万元"])],
        ),
        # 5 + 8 + 4.97 = 17.97, not 14.97
        (
            "\n1、档案整理费5万元;\n2、稽查核查费用8万元;\n3、门面税金4.97万元。",
            [("sum", "14.97万元", "disagrees", "17.97", ["5万元", "8万元", "4.97万元"])],
        ),
        # the same lines without item numbers: no list of the figure before is read
        ("\n档案整理费5万元;\n稽查核查费用8万元;\n门面税金4.97万元。", []),
    ],
)
def test_only_numbered_lines_after_a_sentence_saying_the_items_follow_are_its_parts(
    lines: str, rows: BriefRows
) -> None:
    # (a heading after the items: the list ends there, not at the end of an excerpt)
    text = "项目支出14.97万元。具体如下:" + lines + "\n二、绩效目标完成情况。"
    assert claim_rows(text) == rows


# --- claims._change_of: the next sentence's change is of its sentence's last figure ---------------


@pytest.mark.parametrize(
    ("after", "rows"),
    [
        # 6 + 4 = 10: the next sentence's change is of 100, the last figure of its sentence
        (
            "",
            [
                ("sum", "100万元", "agrees", "100", ["60万元", "40万元"]),
                ("change-sum", "10万元", "agrees", "10", ["6万元", "4万元"]),
            ],
        ),
        # 80 printed after it: the change is of 80, not 100's
        (
            ",一般公共预算支出80万元",
            [("sum", "100万元", "agrees", "100", ["60万元", "40万元"])],
        ),
    ],
)
def test_a_change_opening_the_next_sentence_is_not_of_a_figure_with_another_after_it(
    after: str, rows: BriefRows
) -> None:
    text = (
        f"一般公共预算收入100万元(税收收入60万元,增加6万元;非税收入40万元,增加4万元){after}。"
        "较上年增加10万元。"
    )
    assert claim_rows(text) == rows


# --- claims._changes: a bare change is against the budget of its own sentence ---------------------


def test_a_bare_change_is_against_the_budget_before_the_actual_in_its_sentence() -> None:
    # 4610.19 − 3786.71 = 823.48 (the 调整预算 printed before the actual), not 4610.19 − 3000 =
    # 1610.19 (the 年初预算 of the same name in the sentence before)
    text = (
        "一般公共预算支出年初预算3000万元。调整预算3786.71万元,一般公共预算支出决算数4610.19万元,"
        "增加823.48万元。"
    )
    assert claim_rows(text) == [
        ("difference", "823.48万元", "agrees", "823.48", ["4610.19万元", "3786.71万元"])
    ]


# --- claims._completions: a rate's target may be the sentence's first figure ----------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        # 100 / 100 = 100%
        (
            "到位率绩效目标值是100%,实际完成值为100%,目标完成率为100%。",
            [("completion", "100%", "agrees", "100", ["100%", "100%"])],
        ),
        # 81 / 90 = 90%
        (
            "满意度目标值为90%,实际完成值为81%,目标完成率为90%。",
            [("completion", "90%", "agrees", "90", ["81%", "90%"])],
        ),
        # 81 / 90 = 90%, printed 95
        (
            "满意度目标值为90%,实际完成值为81%,目标完成率为95%。",
            [("completion", "95%", "disagrees", "90", ["81%", "90%"])],
        ),
    ],
)
def test_a_completion_of_a_rate_reads_the_target_that_opens_its_sentence(
    text: str, rows: BriefRows
) -> None:
    assert claim_rows(text) == rows


# --- claims._fewer_than_counted: fewer listed than counted, not as many --------------------------


def test_a_list_with_as_many_items_as_counted_that_falls_short_is_a_disagreement() -> None:
    # four items counted and four listed: all of them, 87.2 + 200 + 100 + 250 = 637.2, not 676.2
    text = (
        "(二)社会公益类共计4个项目,共计676.2万元。\n1、资助本区“关爱功臣活动”项目87.2万元;\n"
        "2、资助上海市慈善基金会宝山代表机构200万元;\n3、资助上海市拥军优属基金会宝山区工作"
        "委员会100万元;\n4、资助本区综合帮扶项目250万元;"
    )
    assert claim_rows(text) == [
        ("sum", "676.2万元", "disagrees", "637.2", ["87.2万元", "200万元", "100万元", "250万元"])
    ]


# --- claims._gather: a figure named as the total with a place before it ends the list ------------


def test_a_later_sentence_naming_the_total_after_a_place_is_no_part_of_it() -> None:
    # 60 + 40 = 100; 全市一般公共预算支出 is the same figure of a larger place, not a third part
    text = (
        "一般公共预算支出100万元。其中:教育支出60万元;社会保障支出40万元。"
        "全市一般公共预算支出500万元。"
    )
    assert claim_rows(text) == [("sum", "100万元", "agrees", "100", ["60万元", "40万元"])]
