"""The verdicts' shortcuts give judge's own answers, errors included.

``verdicts.agrees`` answers whether a list's signed sum agrees with its printed total without
building a reading when the sum rounds to the total, and when it is off by more than any
rounding of the figures explains (``_linear_disagrees``: judge's second loop worked out the same
way). On generated parts and totals — every unit, 余/多, zeros, sums near the printed total,
figures too large for the library's context, places out of range — its answer must be
``judge([Reading(…)], printed).status is AGREES``, and where judge raises it must raise the same
error. judge itself takes the same shortcut for a reading with signs; its verdicts (every field)
and errors must be those it gives without it.
"""

from __future__ import annotations

import decimal
from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from budgetperf.textaudit import verdicts
from budgetperf.textaudit.quantities import Quantity, Unit
from budgetperf.textaudit.verdicts import Reading, Status, agrees, judge, linear

#: parts, their signs and the printed total
_Case = tuple[tuple[Quantity, ...], tuple[int, ...], Quantity]

_UNITS = st.sampled_from(list(Unit))
# the generated figures' own arithmetic: wide enough for every figure below, and quiet
_WIDE = decimal.Context(prec=80, Emax=3_000_000, Emin=-3_000_000, traps=[])
# a plain figure: printed places 0 to 4, as in reports
_PLAIN = (st.integers(-(10**6), 10**6), st.integers(-4, 2), st.integers(0, 4))
# and now and then one at the context's edges (34 digits, exponents near 999,999), or printed to
# places beyond the library's range (each listed one_of branch about as likely as another)
_EDGY = (
    st.one_of(_PLAIN[0], st.integers(-(10**40), 10**40), st.sampled_from([0, 1, 5, 10**34 - 1])),
    st.one_of(_PLAIN[1], st.sampled_from([-40, 40, -999_999, 999_990])),
    st.one_of(_PLAIN[2], st.sampled_from([-1, 68, 69])),
)


def _quantity(value: Decimal, unit: Unit, places: int, over: bool = False) -> Quantity:
    return Quantity(value, unit, places, 0, 1, f"{value}{unit.label}", "", False, over)


@st.composite
def _figures(draw: Any) -> Quantity:
    coefficients, exponents, places_ = _EDGY if draw(st.integers(0, 9)) == 0 else _PLAIN
    value = _WIDE.scaleb(Decimal(draw(coefficients)), draw(exponents))
    places = draw(places_)
    return _quantity(value, draw(_UNITS), places, draw(st.booleans()) and draw(st.booleans()))


@st.composite
def _lists(draw: Any) -> _Case:
    parts = tuple(draw(st.lists(_figures(), min_size=1, max_size=5)))
    signs = tuple(draw(st.sampled_from([1, -1])) for _ in parts)
    if draw(st.booleans()):
        printed = draw(_figures())
    else:
        # a total near the parts' sum, in the unit of the first: rounding decides
        first = parts[0]
        total = Decimal(0)
        for sign, q in zip(signs, parts, strict=True):
            value = _WIDE.scaleb(q.value, q.unit.scale - first.unit.scale)
            total = _WIDE.add(total, value) if sign > 0 else _WIDE.subtract(total, value)
        nudge = Decimal(draw(st.integers(-3, 3))).scaleb(-draw(st.integers(0, 4)))
        places = draw(st.integers(0, 3))
        value = _WIDE.quantize(_WIDE.add(total, nudge).copy_abs(), Decimal(1).scaleb(-places))
        if not value.is_finite():  # (beyond even the wide context: any total)
            return parts, signs, draw(_figures())
        printed = _quantity(value, first.unit, places, draw(st.booleans()) and draw(st.booleans()))
    return parts, signs, printed


def _case(parts: list[tuple[str, int, bool]], total: str) -> _Case:
    """Parts in 元 (value, places, 余/多), added, and a total in 元 printed to 0 places."""
    figures = tuple(_quantity(Decimal(v), Unit.YUAN, places, over) for v, places, over in parts)
    return figures, (1,) * len(figures), _quantity(Decimal(total), Unit.YUAN, 0)


# Once the sum does not round to the total, judge's answer is never AGREES: what the shortcut
# must get right is the status, and whether judge raises. Cases of results of more than 34
# digits, past the sum, that judge rounds in a context as wide as they need (round_any; before
# the eleventh round it raised OutOfRangeError on them):
_JUDGE_WIDE = [
    # 3元 printed to the 10^40 (± 5E+39): 7元 is within that rounding, and judge's explanation
    # rounds 3 − 5E+39 to 0 places, 40 digits
    _case([("3", -40, False)], "7"),
    # … and 5E+39元, at the very edge of it (5E+39 ± 0.5 and 3 + 5E+39 are 5E+39 at 34 digits)
    _case([("3", -40, False)], "5E+39"),
    # 3元 with 余 to the 10^40 (3 to 3 + 1E+40): 7E+39 is within it, not within ± 5E+39 of 3 (as
    # a figure without 余 would be), and the explanation rounds 3 + 5E+39
    _case([("3", -40, True)], "7E+39"),
]
# Cases where it raises:
_JUDGE_RAISES = [
    # half-widths of 5E+999999 each: their sum overflows the context (Overflow)
    _case([("1", -1_000_000, False), ("1", -1_000_000, False)], "5"),
    # a half-width of 5E+1000000 itself overflows (Overflow)
    _case([("1", -1_000_001, False)], "5"),
]


def _outcome(f: Any) -> tuple[str, object]:
    try:
        return "answer", f()
    except Exception as e:  # (the error itself is compared)
        return type(e).__name__, str(e)


_Test = TypeVar("_Test", bound=Callable[..., None])


def _examples(cases: list[_Case]) -> Callable[[_Test], _Test]:
    """hypothesis.example(case=…) for each of ``cases``."""

    def decorate(f: _Test) -> _Test:
        for case in cases:
            f = example(case=case)(f)
        return f

    return decorate


@settings(max_examples=2000, deadline=None)
@given(case=_lists())
@_examples(_JUDGE_WIDE + _JUDGE_RAISES)
def test_agrees_is_judges_answer(
    case: _Case,
) -> None:
    parts, signs, printed = case
    quick = _outcome(lambda: agrees("parts", parts, signs, printed))
    reading = Reading("parts", parts, linear(signs), signs)
    plain = _outcome(lambda: judge([reading], printed).status is Status.AGREES)
    assert quick == plain


@pytest.mark.parametrize("case", _JUDGE_RAISES)
def test_judge_raises_on_the_cases_chosen_for_it(
    case: _Case,
) -> None:
    # (the examples above are what they say: judge raises on them, after a sum that does not
    # round to the total)
    parts, signs, printed = case
    with pytest.raises(ArithmeticError):
        judge([Reading("parts", parts, linear(signs), signs)], printed)


_SEVERAL = "only with several figures at the edge of their rounding at once"


@pytest.mark.parametrize(
    ("case", "explanation"),
    list(zip(_JUDGE_WIDE, [_SEVERAL, "agrees if 3元 were -5E+39元", _SEVERAL], strict=True)),
)
def test_judge_answers_the_wide_cases_chosen_for_it(case: _Case, explanation: str) -> None:
    # 3元 printed to the 10^40 is within rounding of each total: ROUNDING, with its reason
    parts, signs, printed = case
    v = judge([Reading("parts", parts, linear(signs), signs)], printed)
    assert (v.status, v.computed, v.shown, v.reading, v.explanation) == (
        Status.ROUNDING,
        Decimal(3),
        "3",
        "parts",
        explanation,
    )


def test_agrees_answers_each_way() -> None:
    one, two, three = (_quantity(Decimal(v), Unit.WANYUAN, 0) for v in "123")
    assert agrees("parts", (one, two), (1, 1), three) is True
    assert agrees("parts", (one, one), (1, 1), three) is False
    tenth = _quantity(Decimal("2.9"), Unit.WANYUAN, 1)
    # 1 + 2 = 3, within the rounding of 1 and 2 (each ± 0.5) of 2.9: judge explains it
    assert judge([Reading("parts", (one, two), linear((1, 1)), (1, 1))], tenth).status is (
        Status.ROUNDING
    )
    assert agrees("parts", (one, two), (1, 1), tenth) is False


# --- judge's own shortcut for a sum off by more than any rounding -----------------------------


@st.composite
def _judged(draw: Any) -> tuple[list[Reading], Quantity]:
    """One to three readings of a list's parts against its total: sums with signs (with a
    constant, or whose sign counts, now and then), as the claim builders make them."""
    parts, signs, printed = draw(_lists())
    readings = [Reading("parts", parts, linear(signs), signs)]
    for k in range(draw(st.integers(0, 2))):
        some = tuple(draw(st.lists(st.sampled_from(parts), min_size=1, max_size=4)))
        its = tuple(draw(st.sampled_from([1, -1])) for _ in some)
        constant = Decimal(draw(st.sampled_from([0, 0, 1, -7])))
        readings.append(
            Reading(
                f"reading {k}",
                some,
                linear(its, constant),
                its,
                constant=constant,
                absolute=draw(st.booleans()) or draw(st.booleans()),
            )
        )
    return readings, printed


def _verdict_of(readings: list[Reading], printed: Quantity) -> tuple[str, object]:
    def verdict() -> tuple[object, ...]:
        v = judge(readings, printed)
        # (the computed value as printed: Decimal equality would not see 1.0 for 1.00)
        return v.status, str(v.computed), v.shown, v.reading, v.explanation

    return _outcome(verdict)


# 2元 + 2.1元 = 4.1元 (3.55 to 4.65 within their rounding) against "3余元" (3 and more, below
# 4): cut down, 4.1 is 4, not 3; but 3.55 is 3 and more (ROUNDING), though it is not within
# 3 ± 0.5, as the total would be read without 余
_OVER_TOTAL = (
    [
        Reading(
            "parts",
            (
                _quantity(Decimal("2"), Unit.YUAN, 0),
                _quantity(Decimal("2.1"), Unit.YUAN, 1),
            ),
            linear((1, 1)),
            (1, 1),
        )
    ],
    _quantity(Decimal(3), Unit.YUAN, 0, over=True),
)


@settings(max_examples=1500, deadline=None)
@given(case=_judged())
@example(case=_OVER_TOTAL)
def test_judge_gives_the_same_verdict_without_its_shortcut(
    case: tuple[list[Reading], Quantity],
) -> None:
    readings, printed = case
    quick = _verdict_of(readings, printed)
    with pytest.MonkeyPatch.context() as monkeypatch:
        monkeypatch.setattr(verdicts, "_linear_disagrees", lambda *args: False)
        plain = _verdict_of(readings, printed)
    assert quick == plain


def test_the_total_with_yu_is_a_rounding() -> None:
    # (the example above is what it says)
    readings, printed = _OVER_TOTAL
    v = judge(readings, printed)
    assert (v.status, v.shown) == (Status.ROUNDING, "4")
