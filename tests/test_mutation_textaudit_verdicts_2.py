"""More tests for the surviving mutants of ``textaudit/verdicts.py`` (issue 10, Deliver 7).

Written for the census of seed 15 at 46f320b (582/700 killed; docs/testing.md lists what was
left and why). As in test_mutation_textaudit_verdicts.py, each test calls :func:`judge` with
quantities read by ``find_quantities`` and states the whole verdict, worked out by hand in the
comment beside it. The caches of verdicts.py (quanta, half-widths, shared linear formulas) are
emptied before each test, so the verdicts below are also those of a first call.
"""

from __future__ import annotations

import decimal
from collections.abc import Sequence
from decimal import Context, Decimal

import pytest

from budgetperf.textaudit import verdicts
from budgetperf.textaudit.quantities import Quantity, find_quantities
from budgetperf.textaudit.verdicts import (
    Reading,
    Status,
    Verdict,
    judge,
    linear,
    ratio_percent,
)

D = Decimal
Whole = tuple[Status, Decimal | None, str | None, str, str]

#: one digit, cut down, exponents no smaller than -1: 1E-2 underflows to 0 in it
HOSTILE = Context(prec=1, rounding=decimal.ROUND_DOWN, Emin=-1, Emax=999_999)
#: one digit and no traps: an operation that cannot keep its digits gives NaN, silently
QUIET = Context(prec=1, traps=[])

_CTX = Context(prec=34, traps=[decimal.DivisionByZero, decimal.InvalidOperation])


@pytest.fixture(autouse=True)
def _cold_caches() -> None:
    verdicts._QUANTA.clear()
    verdicts._HALVES.clear()
    verdicts._LINEAR.clear()


def q(text: str) -> Quantity:
    (only,) = find_quantities(text)
    return only


def whole(v: Verdict) -> Whole:
    return (v.status, v.computed, v.shown, v.reading, v.explanation)


def restated(text: str) -> Reading:
    return Reading("restated", (q(text),), linear((1,)), (1,))


def _of_percent(values: Sequence[Decimal]) -> Decimal:
    """An amount times a percentage: 12万元 × 10.5% (in the printed result's unit)."""
    return _CTX.divide(_CTX.multiply(values[0], values[1]), D(100))


def _share_of_net(values: Sequence[Decimal]) -> Decimal:
    """100 × part / (a − b), not guarded against a − b = 0 (it raises DivisionByZero)."""
    part, a, b = values
    return _CTX.divide(_CTX.multiply(D(100), part), _CTX.subtract(a, b))


def _over_its_gap(values: Sequence[Decimal]) -> Decimal:
    """100 × b / (b − c), not guarded against b = c (it raises DivisionByZero)."""
    b, c = values
    return _CTX.divide(_CTX.multiply(D(100), b), _CTX.subtract(b, c))


SEVERAL = "only with several figures at the edge of their rounding at once"


def _cases() -> list[tuple[str, list[Reading], Quantity, Whole]]:
    three = (1, 1, 1)
    return [
        (
            # 12.34万元 restated as 12.34万元: agrees, shown "12.34" (two decimals).
            "restated with two decimals",
            [restated("12.34万元")],
            q("12.34万元"),
            (Status.AGREES, D("12.34"), "12.34", "restated", ""),
        ),
        (
            # 9.9 → "9.9", printed 10.0: 9.9万元 is [9.85, 9.95], 10.0's window [9.95, 10.05]:
            # they touch at 9.95, which rounds half up to 10.0: rounding, "were 9.95万元".
            "restated at the edge",
            [restated("9.9万元")],
            q("10.0万元"),
            (Status.ROUNDING, D("9.9"), "9.9", "restated", "agrees if 9.9万元 were 9.95万元"),
        ),
        (
            # 9.8945 → "9.89" (half up at the second decimal), printed 9.90. 9.8945万元 is
            # [9.89445, 9.89455]; 9.90's window is [9.895, 9.905]: 9.89455 < 9.895 by
            # 0.00045: disagrees, nothing to explain.
            "just short of the window",
            [restated("9.8945万元")],
            q("9.90万元"),
            (Status.DISAGREES, D("9.8945"), "9.89", "restated", ""),
        ),
        (
            # The same with percentages (no unit to shift): 9.9% restated as 10.0%: rounding,
            # 9.95 found at the end of 9.9's interval, kept to two decimals: "were 9.95%".
            "a percentage restated at the edge",
            [restated("9.9%")],
            q("10.0%"),
            (Status.ROUNDING, D("9.9"), "9.9", "restated", "agrees if 9.9% were 9.95%"),
        ),
        (
            # 12万元 × 10.5% = 1.26万元 → "1.26", printed 1.27 (window [1.265, 1.275]). The
            # corners 11.5..12.5 × 10.45..10.55% give [1.20175, 1.31875]: rounding. 10.5% (one
            # decimal) is tried first: 10.45% gives 1.254 → 1.25, and between it and 10.5%
            # (1.26) nothing reaches 1.27; 10.55% gives 1.266 → 1.27: "were 10.55%", in
            # percent, not shifted by the printed result's 万.
            "a percentage explains an amount",
            [Reading("of", (q("12万元"), q("10.5%")), _of_percent)],
            q("1.27万元"),
            (Status.ROUNDING, D("1.26"), "1.26", "of", "agrees if 10.5% were 10.55%"),
        ),
        (
            # 12亿余元 restated as 12.5亿元: 12 → "12.0". 12亿余 is [12, 13], middle 12.5; 12.5's
            # window [12.45, 12.55] is inside: rounding. The lower end 12 gives 12.0; between
            # it and the middle 12.5 (itself 12.5) bisecting gives 12.25 (→ 12.3), 12.375
            # (→ 12.4), 12.4375 (→ 12.4), 12.46875 (→ 12.5, found); to one decimal, half
            # up, 12.5: "were 12.5亿元". (The upper end 13 gives 13.0, and between 12.5 and
            # 13 nothing rounds to 12.5 but 12.5 itself.)
            "an over figure from its middle down",
            [restated("12亿余元")],
            q("12.5亿元"),
            (Status.ROUNDING, D(12), "12.0", "restated", "agrees if 12亿余元 were 12.5亿元"),
        ),
        (
            # 1.01 + 2.02 + 3 = 6.03 → "6.0", printed 6.4 (window [6.35, 6.45]); slack 0.005
            # + 0.005 + 0.5: [5.52, 6.54]: rounding. The two-decimal figures first: 1.01 moved
            # to 1.005 or 1.015 gives 6.025 or 6.035 → 6.0; 2.02 the same. Then 3 (the third
            # of three): 2.5 gives 5.53 → 5.5, 3.5 gives 6.53 → 6.5; bisecting 3..3.5 gives
            # 3.25 (6.28 → 6.3), then 3.375 (6.405 → 6.4, found); to one decimal, half up,
            # 3.4 (6.43 → 6.4): "were 3.4万元".
            "only the third of three explains",
            [Reading("sum", (q("1.01万元"), q("2.02万元"), q("3万元")), linear(three), three)],
            q("6.4万元"),
            (Status.ROUNDING, D("6.03"), "6.0", "sum", "agrees if 3万元 were 3.4万元"),
        ),
        (
            # 3 + 1.1 + 2.2 = 6.3 → "6.3", printed 6.4; slack 0.6: [5.7, 6.9]: rounding. The
            # figure with a decimal comes first although printed second: 1.1 moved down to
            # 1.05 gives 6.25 → 6.3, up to 1.15 gives 6.35 → 6.4: "were 1.15万元" (3 would
            # explain it too, as 3.1万元, but comes last: it has no decimal).
            "the most decimals first among three",
            [Reading("sum", (q("3万元"), q("1.1万元"), q("2.2万元")), linear(three), three)],
            q("6.4万元"),
            (Status.ROUNDING, D("6.3"), "6.3", "sum", "agrees if 1.1万元 were 1.15万元"),
        ),
        (
            # 100 × 0.1 / (1.1 − 1.1): the formula divides by zero at the printed values
            # themselves: undefined, no value, nothing shown.
            "divides by zero at the middle",
            [
                Reading(
                    "share of the net", (q("0.1万元"), q("1.1万元"), q("1.1万元")), _share_of_net
                )
            ],
            q("90%"),
            (Status.UNDEFINED, None, None, "share of the net", ""),
        ),
        (
            # A negative part: 100 × −1.0 / 4.0 = −25 → |−25| = 25 → "25", printed 26%
            # (window [25.5, 26.5]). The corners −1.05..−0.95 over 3.95..4.05 give |r| in
            # [23.46, 26.58]: rounding. −1.0 (first of two with one decimal) moved to −1.05
            # gives −26.25 → 26: "were -1.05万元".
            "a negative part of a share",
            [Reading("share", (q("-1.0万元"), q("4.0万元")), ratio_percent)],
            q("26%"),
            (Status.ROUNDING, D(25), "25", "share", "agrees if -1.0万元 were -1.05万元"),
        ),
        (
            # 100 × b / (b − c) in 元: b = 11000 (±500), c = 11250 (±5): 1100000 / −250 =
            # −4400 → 4400, printed 4500%. The corners (b 10500 or 11500, c 11245 or 11255)
            # give 1409.4, 1390.7, 4509.8 and 4693.9: [1390.7, 4693.9] holds 4500: rounding.
            # c (three decimals) first: 11245 gives 4489.8 → 4490, 11255 gives 4313.7 → 4314,
            # both below 4500 like 4400: not c. Then b: 10500 gives 1400 (below); 11500 gives
            # 4600 (above), so it bisects from 11000, and the first midpoint 11250 is c itself:
            # the formula divides by zero there and the search stops: no single figure.
            "the search meets a division by zero",
            [Reading("of the gap", (q("1.1万元"), q("1.125万元")), _over_its_gap)],
            q("4500%"),
            (Status.ROUNDING, D(4400), "4400", "of the gap", SEVERAL),
        ),
        (
            # The same with c = 1.15万元 (11500 ± 5): 1100000 / −500 = −2200 → 2200, printed
            # 3000%. Corners: 10500 over −995 and −1005 (1055.3, 1044.8), 11500 over ±5
            # (230000): [1044.8, 230000] holds 3000: rounding. c: 11495 gives 2222.2, 11505
            # gives 2178.2, both below 3000 like 2200; b: 10500 gives 1050 (below), 11500 is c
            # itself: undefined, nothing to bisect towards: no single figure.
            "an end divides by zero",
            [Reading("of the gap", (q("1.1万元"), q("1.15万元")), _over_its_gap)],
            q("3000%"),
            (Status.ROUNDING, D(2200), "2200", "of the gap", SEVERAL),
        ),
    ]


_CASES = _cases()


@pytest.mark.parametrize(
    ("readings", "printed", "expected"),
    [(r, p, e) for _, r, p, e in _CASES],
    ids=[name for name, *_ in _CASES],
)
@pytest.mark.parametrize("context", [None, HOSTILE, QUIET], ids=["default", "hostile", "quiet"])
def test_verdict_by_hand_from_cold_caches(
    readings: list[Reading], printed: Quantity, expected: Whole, context: Context | None
) -> None:
    # The same verdict whatever the caller's context (judge rounds in its own), also when
    # that context would turn 1E-2 into 0 (HOSTILE) or a quantize into NaN (QUIET).
    verdicts._QUANTA.clear()
    verdicts._HALVES.clear()
    with decimal.localcontext(context or decimal.getcontext()):
        assert whole(judge(readings, printed)) == expected


def test_a_zero_against_seventy_one_decimals_is_judged() -> None:
    # 0万元 restated, printed with 71 decimals (more than MAX_PLACES, 68, which round_to
    # refuses): 0 is written with 71 decimals (round_any; before, OutOfRangeError stopped the
    # document's audit), and it is not 0.000…01万元
    printed = q("0." + "0" * 70 + "1万元")
    v = judge([restated("0万元")], printed)
    assert (v.status, v.computed, v.shown, v.reading) == (
        Status.DISAGREES,
        D(0),
        "0E-71",
        "restated",
    )


def test_a_result_too_long_for_its_decimals_does_not_stop_the_next_reading() -> None:
    # The first reading gives 10^33, which at two decimals needs 36 digits (more than 34): it
    # is shown with them (round_any), does not agree, and the second reading (12.34) does.
    huge = Reading("huge", (q("12.34万元"),), lambda v: D("1E33"))
    v = judge([huge, restated("12.34万元")], q("12.34万元"))
    assert (v.status, v.computed, v.shown, v.reading) == (
        Status.AGREES,
        D("12.34"),
        "12.34",
        "restated",
    )


def test_linear_formulas() -> None:
    # Σ signᵢ·xᵢ: 5 − 2 = 3, on the first call for these signs
    assert linear((1, -1))([D(5), D(2)]) == D(3)
    # one formula per tuple of signs, shared (up to 16 signs)
    assert linear((1, -1, 1)) is linear((1, -1, 1))
    sixteen = (1,) * 15 + (-1,)
    assert linear(sixteen) is linear(sixteen)
    # a constant makes its own formula: 5 − 2 + 10 = 13
    assert linear((1, -1), D(10))([D(5), D(2)]) == D(13)
    # as many values as signs, or it refuses
    with pytest.raises(ValueError, match="zip"):
        linear((1, 1, -1, 1))([D(1), D(2), D(3)])


def test_a_figure_of_36_digits_is_taken_as_printed() -> None:
    # 1234567890123456789012345678901234.56万元 (36 digits, more than the 34 of the library's
    # context) restated by a formula that returns its input: the value computed is the figure
    # as printed, all 36 digits, not rounded on the way in; at the printed result's 0
    # decimals it shows …235 (.56 rounds up): agrees.
    (big,) = find_quantities("1234567890123456789012345678901234.56万元")
    same = Reading("as printed", (big,), lambda v: v[0])
    v = judge([same], q("1234567890123456789012345678901235万元"))
    assert whole(v) == (
        Status.AGREES,
        D("1234567890123456789012345678901234.56"),
        "1234567890123456789012345678901235",
        "as printed",
        "",
    )
