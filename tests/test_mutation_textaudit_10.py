"""A tenth round of tests that kill the text audit's mutants (issue 10, Deliver 7).

Started for survivors of the seed-22 sample at 126e616 (docs/testing.md, "Ninth round") in the
reading of figures (facts.py), the module the sample found weakest with the table reader. Each
test states by hand the reading a correct audit gives. Written after that measure, so a later
fresh sample, not seed 22, says what they are worth.
"""

from __future__ import annotations

import pytest

from budgetperf.textaudit.facts import read_facts


def _figures(text: str) -> list[tuple[str, str, str, int | None]]:
    """(text, unit, role, sign) of every figure read, in order."""
    doc = read_facts(text)
    return [
        (f.q.text, f.q.unit.label, f.role.value, f.sign) for s in doc.sentences for f in s.facts
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the run opens the text: 分别/各 at offset 0 still make the run's figures take the unit
        # printed once on its last (facts._assume_units 10: its look back started at offset 1,
        # so the first figure, 10.5, stayed a bare number)
        ("分别为10.5,20.5万元。", [("10.5", "万元"), ("20.5万元", "万元")]),
        ("各是4125.49,4143.91万元。", [("4125.49", "万元"), ("4143.91万元", "万元")]),
    ],
)
def test_a_run_at_the_texts_very_start_takes_its_last_figures_unit(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(t, unit) for t, unit, _, _ in _figures(text)] == expected


def test_a_zero_word_is_a_change_of_sign_zero() -> None:
    # 持平 and 无变化 are changes of nothing: their sign is 0, an int like every change's (the
    # field is typed int; facts._classify 49 gave None)
    assert _figures("三公经费支出100万元,与上年持平,较预算无变化。") == [
        ("100万元", "万元", "value", 0),
        ("持平", "", "change", 0),
        ("无变化", "", "change", 0),
    ]
