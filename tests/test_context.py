"""The caller's decimal context never decides a result, and threads do not interfere."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

from hypothesis import given, settings

from budgetperf import (
    Amount,
    align,
    allocate,
    format_amount,
    parse_amount,
    parse_daxie,
    parse_value,
    round_to,
    shares,
    to_daxie,
    to_decimal,
)
from budgetperf.testing import hostile_context
from budgetperf.testing.strategies import amounts

hostile = hostile_context


def workload() -> list[object]:
    """A little of everything the library does with numbers."""
    a = parse_amount("628.95万元")
    b = parse_amount("¥1,234,567.891")
    return [
        to_decimal("4,419.00"),
        to_decimal("９８％"),
        round_to(Decimal("2.665"), 2),
        round_to(Decimal("-1234.5678"), 1),
        allocate(Decimal("100.00"), [1, 1, 1]),
        shares(["530.37", "98.58", "1.23"]),
        a.yuan,
        a + b,
        a - b,
        a * Decimal("0.123"),
        a / b,
        a / 8,
        -a,
        abs(-b),
        sum([a, b]),
        a.to("亿元"),
        b.round(2),
        format_amount(a),
        format_amount(b, style="currency"),
        format_amount(b, style="currency", locale="en"),
        format_amount(a, unit="元", places=None),
        format_amount(Amount("2.665"), style="currency"),
        to_daxie(Decimal("1234567.89")),
        parse_daxie("壹仟陆佰捌拾元零叁角贰分"),
        parse_value("≤1179.7万元").base_value,
        align(parse_value("≥5千件"), parse_value("0.9万件")).values,
    ]


EXPECTED = workload()  # computed under the default context at import time


def test_workload_sanity() -> None:
    # a few hand-checked values, so that EXPECTED itself is known to be right
    assert EXPECTED[2] == Decimal("2.67")
    assert EXPECTED[6] == Decimal("6289500")
    assert EXPECTED[10] == Decimal("5.094495042233363900114586731949924")
    assert EXPECTED[21] == "¥2.67"
    assert EXPECTED[22] == "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"


def test_same_results_under_a_hostile_global_context() -> None:
    with decimal.localcontext(hostile()):
        assert workload() == EXPECTED
        # and the hostile context is still what the caller set
        ctx = decimal.getcontext()
        assert ctx.prec == 3
        assert ctx.rounding == decimal.ROUND_FLOOR


def test_library_never_changes_the_callers_context() -> None:
    before = decimal.getcontext().copy()
    workload()
    after = decimal.getcontext()
    assert (after.prec, after.rounding, after.Emax, after.Emin) == (
        before.prec,
        before.rounding,
        before.Emax,
        before.Emin,
    )
    assert {s for s, on in after.traps.items() if on} == {s for s, on in before.traps.items() if on}


@settings(max_examples=50)
@given(amounts())
def test_formatting_under_hostile_context_matches(amount: Amount) -> None:
    expected = (
        format_amount(amount, places=None),
        format_amount(amount, style="currency", places=None),
    )
    with decimal.localcontext(hostile()):
        got = (
            format_amount(amount, places=None),
            format_amount(amount, style="currency", places=None),
        )
    assert got == expected


def _in_thread(make_context: Callable[[], decimal.Context]) -> list[object]:
    decimal.setcontext(make_context())  # each worker thread has its own context
    return [workload() for _ in range(20)][-1]


def test_same_results_from_several_threads() -> None:
    contexts: list[Callable[[], decimal.Context]] = [
        hostile,
        decimal.DefaultContext.copy,
        lambda: decimal.Context(prec=50, rounding=decimal.ROUND_HALF_EVEN),
        lambda: decimal.Context(prec=5, rounding=decimal.ROUND_CEILING),
    ] * 2
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(_in_thread, contexts))
    assert all(r == EXPECTED for r in results)
