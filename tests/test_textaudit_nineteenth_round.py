"""The edges of the nineteenth round's readings: rates in thousandths (‰) as a unit of their own
(``quantities.UNITS``) and a difference printed by its name with its sign
(``claims._named_differences``: 自然增长率 = 出生率 − 死亡率, 净资产 = 资产 − 负债). The catalogue
(``tests/sentence_forms.py``, "a natural growth rate") holds the real sentences; these are the
cases around them. Every expected figure is worked out by hand beside it."""

from __future__ import annotations

import pytest

from budgetperf.textaudit import audit_text, quantities
from budgetperf.textaudit.quantities import Dimension, Unit


def _claims(text: str) -> list[tuple[str, str, str, str]]:
    return [
        (c.claim.kind, c.claim.printed.q.text, c.claim.verdict.status.value, c.claim.relation)
        for c in audit_text(text).claims
    ]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("出生率6.2‰", "6.2", Unit.PER_MILLE),
        ("自然增长率-1.6‰", "-1.6", Unit.PER_MILLE),
        ("增长6.2%", "6.2", Unit.PERCENT),  # (the percent sign is still a percent)
    ],
)
def test_a_rate_in_thousandths_is_a_unit_of_its_own(text: str, value: str, unit: Unit) -> None:
    (q,) = quantities.find_quantities(text)
    assert (str(q.value), q.unit) == (value, unit)
    assert (q.unit.dimension is Dimension.PER_MILLE) == (unit is Unit.PER_MILLE)


def test_per_mille_and_percent_are_never_set_against_each_other() -> None:
    # the birth rate printed in % and the others in ‰, or the growth in %: no difference read
    assert _claims("出生率为6.2%;死亡率为7.79‰;自然增长率为-1.6‰。") == []
    assert _claims("出生率为6.2‰,死亡率为7.79‰,自然增长率为-1.6%。") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 7.50 − 5.76 = 1.74: positive, read as printed
        (
            "出生率为7.50‰,死亡率为5.76‰,人口自然增长率为1.74‰。",
            [("difference", "1.74‰", "agrees", "A − B as printed")],
        ),
        # 7.50 − 5.76 = 1.74, printed 1.84: off by 0.1, more than any rounding of 2 places
        (
            "出生率为7.50‰,死亡率为5.76‰,人口自然增长率为1.84‰。",
            [("difference", "1.84‰", "disagrees", "A − B as printed")],
        ),
        # 6.38 − 8.44 = −2.06, printed negative: B − A = 2.06 is its size
        (
            "人口出生率6.38‰;死亡率8.44‰;自然增长率-2.06‰。",
            [("difference", "-2.06‰", "agrees", "B − A, printed negative")],
        ),
        # printed negative when the births are more: 7.50 − 5.76 = +1.74, the wrong way round
        (
            "出生率为7.50‰,死亡率为5.76‰,人口自然增长率为-1.74‰。",
            [("difference", "-1.74‰", "disagrees", "B − A, printed negative")],
        ),
    ],
)
def test_a_natural_growth_rate_keeps_its_sign(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    assert _claims(text) == expected


def test_a_named_difference_of_money_keeps_its_sign_too() -> None:
    # 30.0 − 39.5 = −9.5: a net liability printed negative agrees; printed positive it does not
    assert _claims("资产总额30.0万亿元,负债总额39.5万亿元,净资产-9.5万亿元。") == [
        ("difference", "-9.5万亿元", "agrees", "B − A, printed negative")
    ]
    assert _claims("资产总额30.0万亿元,负债总额39.5万亿元,净资产9.5万亿元。") == [
        ("difference", "9.5万亿元", "disagrees", "A − B as printed")
    ]


def test_amounts_of_money_are_still_read_across_sentences() -> None:
    # only rates must be printed in one sentence: 30.0 − 9.5 = 20.5 over three sentences
    assert _claims("资产总额30.0万亿元。负债总额9.5万亿元。净资产20.5万亿元。") == [
        ("difference", "20.5万亿元", "agrees", "A − B as printed")
    ]
    # the same rates over three sentences are not read (one printed before is another measure's)
    assert _claims("出生率为7.50‰。死亡率为5.76‰。人口自然增长率为1.74‰。") == []


def test_the_finding_shows_the_result_with_its_sign() -> None:
    (finding,) = audit_text("人口出生率6.38‰;死亡率8.44‰;自然增长率2.06‰。").findings
    assert finding.code == "arithmetic.change-amount"
    assert "= -2.06" in finding.message_en
    assert "计算为-2.06" in finding.message_zh
