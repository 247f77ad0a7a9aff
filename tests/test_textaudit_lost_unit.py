"""A "?" between a figure and its unit ("4277.9244?萬元", a character a scraped page lost) makes
the figure damaged, and a list that may go on past it is not certain: its sum is a warning, not
an error (it was an error on a correct sentence whose last part had lost its unit)."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text
from budgetperf.textaudit.facts import read_facts

DEBT = (
    "2021年政府債務還本付息共計26887.0359萬元,其中:一般債券償還本金5500萬元,專項債券償還本金"
    "14615萬元,一般債券償還利息2494.1115萬元,專項債券償還利息4277.9244{}萬元。"
)


def test_a_figure_before_a_lost_character_and_its_unit_is_damaged() -> None:
    facts = read_facts(DEBT.format("?")).facts
    assert [(f.q.text, f.damaged) for f in facts][-2:] == [
        ("2494.1115万元", False),
        ("4277.9244", True),
    ]


def test_the_sum_of_a_list_past_which_a_damaged_figure_stands_is_a_warning() -> None:
    # 5500 + 14615 + 2494.1115 = 22609.1115; with 4277.9244 it is 26887.0359, as printed
    audit = audit_text(DEBT.format("?"))
    assert [(c.claim.kind, c.status.value, c.computed, c.claim.strong) for c in audit.claims] == [
        ("sum", "disagrees", "22609.1115", False)
    ]
    assert [(f.code, f.severity.value) for f in audit.findings] == [
        ("arithmetic.breakdown-sum", "warning")
    ]


@pytest.mark.parametrize("between", ["", " ", "\u00a0", "\u3000"])
def test_without_the_lost_character_the_list_adds_up(between: str) -> None:
    audit = audit_text(DEBT.format(between))
    assert [(c.claim.kind, c.status.value, c.computed, c.claim.strong) for c in audit.claims] == [
        ("sum", "agrees", "26887.0359", True)
    ]


def test_a_question_mark_after_a_figure_that_ends_a_question_is_no_damage() -> None:
    # "?" followed by no unit: the end of a question, the figure whole
    facts = read_facts("是否完成100万元的目标?是。").facts
    assert [(f.q.text, f.damaged) for f in facts] == [("100万元", False)]
