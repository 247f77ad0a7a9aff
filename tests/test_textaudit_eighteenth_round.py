"""The edges of the eighteenth round's readings, each a case a hand-made mutant of the code
showed untested: asides in brackets (``facts._without_asides``), the period of a gap to the
time progress (``claims._elapsed_months``), a change opening the sentence after its rate
(``claims._change_after_rate``), what a figure is made of (``claims._composed_lists``) and a
gap to a target (``claims._changes``). Every expected figure is worked out by hand beside it.

Of 24 such mutants, all are killed by these tests, ``tests/test_textaudit_time_progress.py``
and the catalogue's examples but one, which changes no result: ``_composed_at`` returning when
no closing word follows a part (``end < 0``) is an early exit; without it the parts are empty and
no list is made either.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text, facts

FILLER = "全市各级财政部门认真贯彻落实各项决策部署。" * 40  # 800 characters, no period named


def _claims(text: str, kind: str | None = None) -> list[tuple[str, str, str]]:
    return [
        (c.claim.kind, c.claim.printed.q.text, c.claim.verdict.status.value)
        for c in audit_text(text).claims
        if kind is None or c.claim.kind == kind
    ]


# -- asides ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "bare"),
    [
        # a qualifier: short, no separator, kept
        ("占支出总额(不含结转)的", "占支出总额(不含结转)的"),
        # sixteen characters inside are still a qualifier; seventeen are an aside
        ("占预计数(" + "一" * 16 + ")的", "占预计数(" + "一" * 16 + ")的"),
        ("占预计数(" + "一" * 17 + ")的", "占预计数的"),
        # a separator makes even a short one an aside
        ("占预计数(见表一,下同)的", "占预计数的"),
        ("占预计数(见表一;下同)的", "占预计数的"),
        # nested brackets are part of the outer aside
        ("占预计数(取自《1-5月(区)通报》,30号)的", "占预计数的"),
        # an unclosed bracket is left as it is
        ("占预计数(见表一,下同的", "占预计数(见表一,下同的"),
    ],
)
def test_an_aside_is_left_out_of_a_label(label: str, bare: str) -> None:
    assert facts._without_asides(label) == bare


# -- the months of a time progress -----------------------------------------------------------


def test_a_month_in_the_figures_own_open_bracket_counts() -> None:
    # the bracket is still open at the gap: its 1-5月 is the period, 5/12 = 41.67%; 51.67 -
    # 41.67 = 10 (上半年 at the opening would give 1.67, an error)
    text = (
        "上半年财政收支情况。\n(1-5月,一般公共预算支出完成100万元,占支出预计数的51.67%,"
        "超过序时进度10个百分点)"
    )
    assert _claims(text, "points") == [("points", "10个百分点", "agrees")]


def test_the_opening_period_after_the_gap_does_not_count() -> None:
    # the report's only period comes after the gap, in the same paragraph: nothing to count
    text = "支出完成100万元,占支出预计数的60%,超过序时进度10个百分点,为上半年最好水平。"
    assert _claims(text, "points") == []


def test_only_the_first_paragraph_is_the_opening() -> None:
    # 一季度 is named in the second paragraph, more than 600 characters before the gap: no
    # period (3/12 would give 35.5 - 25 = 10.5)
    text = (
        "财政收支情况\n一季度收入增长较快。\n"
        + FILLER
        + "支出占预计数的35.5%,超过序时进度10.5个百分点。"
    )
    assert _claims(text, "points") == []


# -- a change opening the sentence after its rate --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a figure after the rate in its sentence: the next sentence's change may be its own
        "公务用车运行维护费预算安排8万元,较2021年预算下降42.86%,保障车辆3辆。减少6万元。",
        # the change opens a new paragraph
        "公务用车运行维护费预算安排8万元,较2021年预算下降42.86%。\n减少6万元。",
    ],
)
def test_no_change_after_a_rate_that_is_not_the_last_of_its_paragraph_sentence(text: str) -> None:
    assert [c for c in _claims(text) if c[1] == "42.86%"] == []


# -- what a figure is made of ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # 由于 is "because": no list (50 = 30 + 20 would agree)
        "本年收入100万元,其他收入50万元,由于利息收入30万元和租金收入20万元构成。",
        # one part only
        "收入100万元,由财政拨款100万元构成。",
        # words between the figure and 由
        "收入100万元,主要用于办公,由财政拨款60万元和其他收入40万元构成。",
        # 由 opening a sentence whose sentence before goes on after its figure
        "收入100万元,全部到位。由财政拨款60万元和其他收入40万元构成。",
    ],
)
def test_no_composition(text: str) -> None:
    assert _claims(text, "sum") == []


def test_a_composition_opening_the_next_sentence() -> None:
    # 60 + 30 = 90, printed 100
    text = "收入100万元。由财政拨款60万元和其他收入30万元构成。"
    assert _claims(text, "sum") == [("sum", "100万元", "disagrees")]


def test_a_parts_own_breakdown_in_brackets_is_no_part() -> None:
    # 60 + 30 = 90 (the 10 inside the brackets is 60's), printed 100
    text = "收入100万元,由财政拨款60万元(其中基本支出10万元)和其他收入30万元构成。"
    assert _claims(text, "sum") == [("sum", "100万元", "disagrees")]


def test_a_total_already_broken_down_is_read_once() -> None:
    # the same parts after 其中: one claim, not two
    text = (
        "收入合计100万元,由财政拨款80万元和其他收入20万元构成,其中:财政拨款80万元,其他收入20万元。"
    )
    assert _claims(text, "sum") == [("sum", "100万元", "agrees")]


# -- a gap to the budget or to a target ------------------------------------------------------


def test_a_gap_to_the_budget_is_not_read_against_a_plan() -> None:
    # 超预算 names the budget; the figure printed is a plan (计划): no budget, no reading
    text = "一般公共预算收入计划42000万元,实际完成43000万元,超预算1100万元。"
    assert _claims(text, "difference") == []
