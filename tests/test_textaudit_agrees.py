"""``verdicts.agrees`` against ``judge``: the list readers ask it whether a list's parts add up
to its total, instead of building a reading and judging it. It must answer what
``judge([Reading(name, inputs, linear(signs), signs)], total).status is AGREES`` answers, on
every kind of total and parts (units, decimals, 余/多, signs, zeros, a result it refuses)."""

from __future__ import annotations

import pytest

from budgetperf.errors import BudgetPerfError
from budgetperf.textaudit.quantities import Quantity, find_quantities
from budgetperf.textaudit.verdicts import Reading, Status, agrees, judge, linear


def q(text: str) -> Quantity:
    (only,) = find_quantities(text)
    return only


#: (total, parts, signs)
CASES = [
    ("628.95万元", ["71.67万元", "557.28万元"], (1, 1)),  # agrees exactly
    ("628.96万元", ["71.67万元", "557.28万元"], (1, 1)),  # one unit off: not agreeing
    ("629万元", ["71.67万元", "557.28万元"], (1, 1)),  # rounds to the total's one place
    ("630万元", ["71.67万元", "557.28万元"], (1, 1)),
    ("6289500元", ["71.67万元", "557.28万元"], (1, 1)),  # parts in 万元, the total in 元
    ("0.062895亿元", ["71.67万元", "557.28万元"], (1, 1)),
    ("12亿余元", ["7亿元", "5.5亿元"], (1, 1)),  # a total with 余: cut down, left to judge
    ("12亿元", ["7亿余元", "5亿元"], (1, 1)),
    ("10万元", ["15万元", "5万元"], (1, -1)),  # a change's parts with their signs
    ("10万元", ["15万元", "5万元"], (-1, 1)),  # negative: its absolute value is compared
    ("0万元", ["0万元", "0万元"], (1, 1)),
    ("3个", ["1个", "2个"], (1, 1)),  # counts
    ("3.0%", ["1.0%", "2.0%"], (1, 1)),
    ("100", ["40", "60"], (1, 1)),  # bare numbers
    ("1.00000000000000000000000000000000001万元", ["1万元", "0万元"], (1, 1)),
]


@pytest.mark.parametrize(("total", "parts", "signs"), CASES)
def test_agrees_answers_what_judge_answers(
    total: str, parts: list[str], signs: tuple[int, ...]
) -> None:
    printed = q(total)
    inputs = tuple(q(p) for p in parts)
    try:
        expected: bool | type[BaseException] = (
            judge([Reading("parts", inputs, linear(signs), signs)], printed).status is Status.AGREES
        )
    except (BudgetPerfError, ArithmeticError) as e:
        expected = type(e)
    if isinstance(expected, bool):
        assert agrees("parts", inputs, signs, printed) is expected
    else:
        with pytest.raises(expected):
            agrees("parts", inputs, signs, printed)


def test_the_first_case_agrees_and_the_second_does_not() -> None:
    # (the table above covers both answers)
    parts = (q("71.67万元"), q("557.28万元"))
    assert agrees("parts", parts, (1, 1), q("628.95万元")) is True
    assert agrees("parts", parts, (1, 1), q("628.96万元")) is False
