"""The eighteenth round of tests that kill the text audit's mutants (issue 10, Deliver 7), part e.

Written for survivors of seed 32 (scripts/mutation_score.py textaudit at a92c62f): a figure of
a "respectively" run of two read as the total of the next run (claims._lists, mutant 325), a
part whose name holds another part's, taken out whole (facts._listed_total, mutant 14), a
caption line above a line that opens with a signed amount (normalise._soft_breaks, mutant 61)
and a group after one digit and a comma, or a figure after a non-digit and a comma
(quantities.find_quantities, mutant 74). One other changes no result: claims._lists' mutant 141
(the ':' looked for from the figure's end found at > 0, not >= 0: a figure spans at least one
character, so its end, where the search starts, is never 0). Each expected value is worked out
by hand.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import facts
from budgetperf.textaudit.normalise import normalise
from budgetperf.textaudit.quantities import Unit, find_quantities
from claim_rows import brief as claim_rows  # registered by conftest.py

# --- claims._lists: a run's figure is one item's, never the whole of the next run -------------


def test_a_figure_of_a_respectively_run_of_two_is_not_the_total_of_the_next_run() -> None:
    # 180 + 220 = 400: the 2023 figures add up to the 支出 of the run before, but they are the
    # same two items in another year, not 支出's parts
    text = "收入、支出分别为500万元、400万元,2023年分别为180万元、220万元。"
    assert claim_rows(text) == []


def test_a_respectively_run_after_qizhong_is_the_parts_of_the_figure_before() -> None:
    # the same figures with 其中 before the run: 180 + 220 = 400 is 支出's breakdown
    text = "收入、支出分别为500万元、400万元,其中分别为180万元、220万元。"
    assert claim_rows(text) == [("sum", "400万元", "agrees", "400", ["180万元", "220万元"])]


# --- facts._listed_total: the longest parts are taken out of the name first --------------------


def test_a_part_whose_name_holds_another_part_is_taken_out_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 国际差旅费 holds 差旅费: taken out first, the name leaves "、和" (glue alone); 差旅费 first
    # would leave "国际" of it, and the name would be no listed total
    parts = ("办公费", "差旅费", "国际差旅费")
    monkeypatch.setattr(facts, "DECOMPOSITIONS", (("差旅等费", parts),))
    assert facts._listed_total("办公费、差旅费和国际差旅费") == "差旅等费"
    assert facts._listed_total("办公费、差旅费和国际会议费") == "办公费、差旅费和国际会议费"


# --- normalise._soft_breaks: a caption above a signed amount ---------------------------------


@pytest.mark.parametrize("sign", ["-", "+", ""])
def test_a_caption_line_is_joined_to_the_signed_amount_that_opens_the_next(sign: str) -> None:
    text = f"全年财政收支差额\n{sign}125.30亿元,比上年扩大10.2亿元。"
    assert normalise(text).text == f"全年财政收支差额{sign}125.30亿元,比上年扩大10.2亿元。"


def test_a_row_label_is_joined_to_its_figures_when_the_first_is_negative() -> None:
    text = "一、出院者平均医药费用\n-5591.34 5641.93 50.59 0.90%"
    assert normalise(text).text == "一、出院者平均医药费用-5591.34 5641.93 50.59 0.90%"


# --- quantities.find_quantities: a broken group is no figure, right after its one digit -------


def _read(text: str) -> list[tuple[str, Unit, str]]:
    return [(q.text, q.unit, str(q.value)) for q in find_quantities(text)]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("支出5,0000元", "5"),  # a group of four after one digit: 0000元 is no figure
        ("支出1,05万元", "1"),
        ("支出12,0000元", "12"),
    ],
)
def test_a_group_after_digits_and_a_comma_is_no_figure(text: str, first: str) -> None:
    # only the digits before the comma are read, a bare number
    assert _read(text) == [(first, Unit.BARE, first)]


def test_a_figure_with_a_leading_zero_after_a_percentage_and_a_comma_is_read() -> None:
    # "%," before 05万元: no digit right before the comma, so 05万元 (5万元) is a figure
    assert _read("增长5%,05万元") == [("5%", Unit.PERCENT, "5"), ("05万元", Unit.WANYUAN, "5")]
