"""The caller's decimal context never decides a result, and threads do not interfere."""

from __future__ import annotations

import decimal
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal

import pytest
from hypothesis import given, settings

from budgetperf.amounts import Amount, format_amount, parse_amount
from budgetperf.daxie import parse_daxie, to_daxie
from budgetperf.errors import OutOfRangeError
from budgetperf.exact import allocate, is_valid_decimal, round_to, shares, to_decimal
from budgetperf.rates import ratio
from budgetperf.rules import ExecutionRate, ProportionalForward
from budgetperf.testing import HOSTILE_TRAPS, hostile_context
from budgetperf.testing.strategies import amounts
from budgetperf.values import align, parse_value

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


# -- absurd input under any caller context (issue 10, Deliver 1) -----------------------------
#: Caller contexts an embedding program might run under: tiny precision and exponent range,
#: every signal trapped, no signal trapped.
CALLER_CONTEXTS = {
    "hostile": hostile,
    "tiny, nothing trapped": lambda: decimal.Context(prec=3, Emax=10, Emin=-10, traps=[]),
    "tiny, everything trapped": lambda: decimal.Context(
        prec=3, Emax=10, Emin=-10, traps=list(HOSTILE_TRAPS)
    ),
    "default": decimal.DefaultContext.copy,
}

HUGE_EXPONENT = "1e1000000000000000000"


def _absurd_calls() -> dict[str, Callable[[], object]]:
    return {
        "to_decimal": lambda: to_decimal(HUGE_EXPONENT),
        "to_decimal negative exponent": lambda: to_decimal("1e-1000000000000000000"),
        "to_decimal percent": lambda: to_decimal(HUGE_EXPONENT + "%"),
        "Amount": lambda: Amount(HUGE_EXPONENT, "万元"),
        "round_to": lambda: round_to(HUGE_EXPONENT, 2),
        "round_to a huge Decimal": lambda: round_to(Decimal("1e999999999999999"), 2),
        "ratio": lambda: ratio(HUGE_EXPONENT, 1),
        "ratio below": lambda: ratio(1, HUGE_EXPONENT),
        "parse_amount": lambda: parse_amount("1" + "0" * 5000 + "元"),
        "parse_value": lambda: parse_value("≥1" + "0" * 5000 + "件"),
        "ProportionalForward": lambda: ProportionalForward().score(HUGE_EXPONENT, 1, 10),
        "ExecutionRate": lambda: ExecutionRate().score(1, HUGE_EXPONENT, 10),
        "to_decimal 10**5000": lambda: to_decimal(10**5000),
    }


@pytest.mark.parametrize("context", CALLER_CONTEXTS.values(), ids=list(CALLER_CONTEXTS))
@pytest.mark.parametrize("call", _absurd_calls().values(), ids=list(_absurd_calls()))
def test_absurd_numbers_are_budgetperf_errors_under_any_context(
    call: Callable[[], object], context: Callable[[], decimal.Context]
) -> None:
    with decimal.localcontext(context()), pytest.raises(OutOfRangeError) as info:
        call()
    assert str(info.value)  # printing the error never fails, even for 10**5000


@pytest.mark.parametrize("context", CALLER_CONTEXTS.values(), ids=list(CALLER_CONTEXTS))
@pytest.mark.parametrize(
    "value",
    [HUGE_EXPONENT, "-1e-9999999999999999999", "1e" + "9" * 5000, Decimal("1e999999999"), 10**5000],
    ids=["huge exponent", "tiny exponent", "5000-digit exponent", "huge Decimal", "10**5000"],
)
def test_is_valid_decimal_never_raises_under_any_context(
    value: object, context: Callable[[], decimal.Context]
) -> None:
    with decimal.localcontext(context()):
        assert is_valid_decimal(value) is False


def test_the_message_for_a_huge_int_says_how_long_it_is() -> None:
    with pytest.raises(OutOfRangeError) as info:
        to_decimal(10**5000)
    assert str(info.value) == "more than 34 significant digits: <an int of 5001 digits>"
