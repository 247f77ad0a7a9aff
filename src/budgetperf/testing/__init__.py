"""Test helpers for budgetperf and for projects built on it.

:func:`hostile_context` is the decimal context budgetperf's own tests run the library under to
show that the caller's context never decides a result; use it to test code that embeds
budgetperf. The Hypothesis strategies are in :mod:`budgetperf.testing.strategies` (they need
the ``test`` extra).

>>> import decimal
>>> with decimal.localcontext(hostile_context()):
...     decimal.getcontext().prec
3
"""

from __future__ import annotations

import decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from budgetperf.forms import Form

__all__ = ["HOSTILE_TRAPS", "hostile_context", "sample_form"]

#: Every signal the decimal module has: under these, any rounding or inexact step raises.
HOSTILE_TRAPS = (
    decimal.Clamped,
    decimal.DivisionByZero,
    decimal.Inexact,
    decimal.Overflow,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Underflow,
    decimal.InvalidOperation,
    decimal.FloatOperation,
)


def hostile_context() -> decimal.Context:
    """A context no library should depend on: 3 digits, ROUND_FLOOR, every signal trapped."""
    return decimal.Context(
        prec=3, rounding=decimal.ROUND_FLOOR, Emax=99, Emin=-99, traps=list(HOSTILE_TRAPS)
    )


def sample_form() -> Form:
    """A small, fully consistent project form: every check passes on it.

    Tests (ours and yours) change one figure of it and expect exactly the finding for that
    figure. Four indicators (30 + 20 + 30 + 10) and the execution line (10) make 100; every
    printed score is the rule's; the total is 100, graded 优.

    >>> from budgetperf.formcheck import check_form
    >>> check_form(sample_form())
    []
    """
    from decimal import Decimal as D

    from budgetperf.errors import Location
    from budgetperf.forms import Form, FundsLine
    from budgetperf.indicators import Indicator
    from budgetperf.values import parse_value

    rows = [
        ("产出指标", "数量指标", "办件量", 30, "≥10件", "10件"),
        ("产出指标", "成本指标", "成本", 20, "≤5万元", "4万元"),
        ("效益指标", "社会效益指标", "营商环境", 30, "提升", "有效提升"),
        ("满意度指标", "服务对象满意度指标", "满意度", 10, "≥90%", "95%"),
    ]
    indicators = tuple(
        Indicator(
            level1,
            level2,
            name,
            weight=D(weight),
            target=parse_value(target),
            actual=parse_value(actual),
            printed_score=D(weight),
            note="无偏差",
            location=Location(file="form.json", row=n + 1, field=f"$.indicators[{n}]"),
        )
        for n, (level1, level2, name, weight, target, actual) in enumerate(rows)
    )
    return Form(
        kind="project",
        indicators=indicators,
        funds=(
            FundsLine(
                "年度资金总额",
                initial=D(100),
                adjusted=D(100),
                executed=D(100),
                weight=D(10),
                rate=D(100),
                score=D(10),
                location=Location(file="form.json", field="$.funds[0]"),
            ),
            FundsLine(
                "其中：当年财政拨款",
                initial=D(100),
                adjusted=D(100),
                executed=D(100),
                location=Location(file="form.json", field="$.funds[1]"),
            ),
        ),
        level1_weights={"产出指标": D(50), "效益指标": D(30), "满意度指标": D(10)},
        total_weight=D(100),
        total_score=D(100),
        grade="优",
        source="form.json",
    )
