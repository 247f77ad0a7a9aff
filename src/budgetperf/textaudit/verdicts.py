"""Stage 6, *verdicts*: exact arithmetic at the printed precision, with rounding intervals.

A printed figure stands for every value that rounds (四舍五入) to it: "71.67" is anything in
[71.665, 71.675). A claim's printed result is compared three ways:

* **agrees** — the exact result from the printed inputs rounds to the printed result;
* **rounding** (a warning) — it does not, but some values inside the inputs' intervals give a
  result that rounds to the printed one: the disagreement may come from rounding the inputs
  before printing them ("agrees if 71.67 were 71.665"). Shares nudged so that a list adds up to
  100 are the typical case;
* **disagrees** (an error) — no values inside the inputs' intervals explain the printed result.

Counts, zero words and a printed 0 are exact: they have no interval. A claim may have several
readings (which total, which prior); its verdict is the best of them, and it says which reading
it used.

>>> from budgetperf.textaudit.quantities import find_quantities
>>> a, t, p = find_quantities("71.67万元 628.95万元 11.39%")
>>> v = judge([Reading("share", (a, t), ratio_percent)], p)
>>> v.status.name, v.shown, v.explanation
('ROUNDING', '11.40', 'agrees if 71.67万元 were 71.665万元')
"""

from __future__ import annotations

import enum
import itertools
from collections.abc import Callable, Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation
from typing import Any

import attrs

from budgetperf._decimal import CTX as _CTX
from budgetperf._decimal import MAX_PLACES, round_any, round_checked
from budgetperf.errors import OutOfRangeError
from budgetperf.textaudit._slots import builder
from budgetperf.textaudit.quantities import Quantity, Unit, unit_word

__all__ = [
    "Formula",
    "Reading",
    "Status",
    "Verdict",
    "change_rate",
    "judge",
    "linear",
    "ratio_percent",
]

Formula = Callable[[Sequence[Decimal]], Decimal | None]

# The library context's operations, bound once: ``_CTX.add(a, b)`` looks the method up on the
# context (its ``__getattr__`` compares the name with "traps" and "flags" first) and makes a
# bound method for every call, a few hundred instructions each; every claim's verdict makes a
# dozen of them. The same functions of the same context, so the same results and errors.
_add, _subtract, _multiply, _divide = _CTX.add, _CTX.subtract, _CTX.multiply, _CTX.divide

#: linear()'s default constant (by identity: a formula with it is shared, see linear)
_NO_CONSTANT = Decimal(0)
#: the shared formulas of linear(), by their tuple of signs
_LINEAR: dict[tuple[int, ...], Formula] = {}


class Status(enum.Enum):
    """How a printed figure compares with what its inputs give."""

    AGREES = "agrees"
    ROUNDING = "rounding"
    DISAGREES = "disagrees"
    UNDEFINED = "undefined"


@attrs.frozen
class Reading:
    """One way of computing a claim: a name, the input quantities and the formula.

    ``formula`` takes the inputs' values in the printed result's unit (for money, in 元 — the
    result is scaled back by the judge) and returns the result, or None where it is undefined
    (a zero base). ``signs`` makes a :func:`linear` reading exact and fast.
    """

    name: str
    inputs: tuple[Quantity, ...]
    formula: Formula
    signs: tuple[int, ...] | None = None
    constant: Decimal = Decimal(0)
    note: str = ""
    absolute: bool = True  # compare |result|; False: a negative result goes the wrong way


@attrs.frozen
class Verdict:
    """The outcome: status, the computed value (exact and at the printed precision), the
    reading used, and for :attr:`Status.ROUNDING` which input value would explain it."""

    status: Status
    computed: Decimal | None
    shown: str | None
    reading: str
    explanation: str = ""


# Built for every claim (a verdict) and most of its readings: the same objects as Verdict(…)
# and Reading(…), made as their builders and given their class (see _slots).
_VerdictBuilder = builder(Verdict, ("status", "computed", "shown", "reading", "explanation"))
_ReadingBuilder = builder(
    Reading, ("name", "inputs", "formula", "signs", "constant", "note", "absolute")
)
_READING_CONSTANT = attrs.fields(Reading).constant.default


def _verdict(
    status: Status,
    computed: Decimal | None,
    shown: str | None,
    reading: str,
    explanation: str = "",
) -> Verdict:
    """``Verdict(status, computed, shown, reading, explanation)``, built at a fifth of the cost."""
    v: Any = _VerdictBuilder()
    v.status = status
    v.computed = computed
    v.shown = shown
    v.reading = reading
    v.explanation = explanation
    v.__class__ = Verdict
    built: Verdict = v  # (typed here: a Verdict from now on)
    return built


def make_reading(
    name: str,
    inputs: tuple[Quantity, ...],
    formula: Formula,
    signs: tuple[int, ...] | None = None,
) -> Reading:
    """``Reading(name, inputs, formula, signs)`` (the other fields their defaults), built at
    a fifth of the cost: the claim builders make one or two for most claims."""
    r: Any = _ReadingBuilder()
    r.name = name
    r.inputs = inputs
    r.formula = formula
    r.signs = signs
    r.constant = _READING_CONSTANT
    r.note = ""
    r.absolute = True
    r.__class__ = Reading
    built: Reading = r  # (typed here: a Reading from now on)
    return built


def linear(signs: Sequence[int], constant: Decimal = _NO_CONSTANT) -> Formula:
    """Σ signᵢ·xᵢ + constant.

    The formula of a tuple of signs without a constant is made once and shared (one function
    less per list's reading for the garbage collector to walk): it is a pure function of them.
    """
    key = signs if constant is _NO_CONSTANT and isinstance(signs, tuple) else None
    if key is not None:
        found = _LINEAR.get(key)
        if found is not None:
            return found

    # signs and constant bound as defaults, not closed over: a function and its defaults are
    # two objects that live as long as the claim, a closure four (two cells and their tuple).
    def formula(
        values: Sequence[Decimal],
        signs: Sequence[int] = signs,
        constant: Decimal = constant,
    ) -> Decimal:
        total = constant
        for s, v in zip(signs, values, strict=True):
            total = _add(total, v) if s > 0 else _subtract(total, v)
        return total

    if key is not None and len(key) <= 16:
        if len(_LINEAR) >= 4096:
            _LINEAR.clear()
        _LINEAR[key] = formula
    return formula


_HUNDRED = Decimal(100)


def ratio_percent(values: Sequence[Decimal]) -> Decimal | None:
    """100 × a / b."""
    a, b = values
    if not b:  # b == 0 (a Decimal's truth, not a comparison with an int converted each call)
        return None
    return _multiply(_divide(a, b), _HUNDRED)


def change_rate(sign: int) -> Formula:
    """100 × |c| / (current − sign·|c|): the rate of a change against the implied prior."""

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        change, current = values
        prior = _subtract(current, change) if sign > 0 else _add(current, change)
        if prior <= _ZERO:
            return None
        return _multiply(_divide(change, prior), _HUNDRED)  # (Decimals: no int converted)

    return formula


def completion_over_gap(sign: int) -> Formula:
    """100 × actual / (actual − sign·|gap|): the completion rate against the budget implied by
    the actual figure and its printed gap to it ("决算数大于预算数55.93万元": sign +1)."""

    # actual / (actual ∓ gap) = 1 ± gap / (actual ∓ gap): the gap's rate against the budget
    rate = change_rate(sign)

    def formula(values: Sequence[Decimal]) -> Decimal | None:
        actual, gap = values
        r = rate((gap, actual))
        if r is None:
            return None
        return _add(_HUNDRED, r) if sign > 0 else _subtract(_HUNDRED, r)

    return formula


def _evaluate(formula: Formula, values: Sequence[Decimal]) -> Decimal | None:
    try:
        return formula(values)
    except (ArithmeticError, DivisionByZero, InvalidOperation):
        return None


_ZERO = Decimal(0)
_ONE = Decimal(1)
_AGREES, _ROUNDING, _DISAGREES, _UNDEFINED = (
    Status.AGREES,
    Status.ROUNDING,
    Status.DISAGREES,
    Status.UNDEFINED,
)


# Decimal(k) for every shift between two units (see quantities._SHIFTS): scaleb given an int
# exponent makes a Decimal of it on every call.
_SCALES = {u.scale for u in Unit}
_SHIFTS = {k: Decimal(k) for k in {a - b for a in _SCALES for b in _SCALES}}

_QUANTA: dict[int, Decimal] = {}


def _quantum(places: int) -> Decimal:
    """10^-places, as round_checked quantizes to (one per number of places)."""
    found = _QUANTA.get(places)
    if found is None:
        found = _QUANTA[places] = _ONE.scaleb(-places, _CTX)
    return found


def _round(value: Decimal, places: int) -> Decimal:
    """``value`` rounded half up to ``places``, as a text prints it: round_checked where it
    can keep them (its checks cannot fail on a finite Decimal; it is called for every reading
    of every claim), else :func:`~budgetperf._decimal.round_any` (an absurd figure's
    result, as many digits as it takes; a NaN raises)."""
    if 0 <= places <= MAX_PLACES and value.is_finite():
        try:
            return round_checked(value, places, ROUND_HALF_UP)
        except OutOfRangeError:
            pass
    return round_any(value, places)


def _shown(value: Decimal, quantum: Decimal | None, places: int) -> Decimal:
    """``value`` rounded half up to the printed precision, as printed figures are (the quantum
    of ``places`` when known, else :func:`_round`)."""
    if quantum is not None and value.is_finite():
        try:
            return value.quantize(quantum, ROUND_HALF_UP, _CTX)
        except InvalidOperation:
            pass
    return _round(value, places)


def _over_interval(q: Quantity, like: Quantity) -> tuple[Decimal, Decimal]:
    """The interval of an input printed with 余/多 ("12亿余元"), as its middle and half-width in
    the unit it is computed in (the printed result's unit when both are money, 元 for money in
    a rate, its own unit otherwise): its value up to one unit of its last digit more, so the
    middle is half a unit above it. (A rounded figure's interval, its value ± half a unit, is
    worked out inline in :func:`judge`.)"""
    shift = _shift(q, like)
    half = _half_of_last_digit(q.places)
    middle = _add(q.value, half)
    return middle.scaleb(shift, _CTX), half.scaleb(shift, _CTX)


_HALVES: dict[int, Decimal] = {}
#: 5 × 10^exponent by exponent (the half-widths of inputs' intervals in judge)
_FIVES: dict[int, Decimal] = {}


def _half_of_last_digit(places: int) -> Decimal:
    """5 × 10^-(places + 1) (one per number of places: Decimals are immutable)."""
    found = _HALVES.get(places)
    if found is None:
        found = _HALVES[places] = Decimal(5).scaleb(-places - 1, _CTX)
    return found


def _abs(x: Decimal) -> Decimal:
    return x.copy_abs()


def judge(readings: Sequence[Reading], printed: Quantity) -> Verdict:
    """The best verdict over ``readings`` for the ``printed`` result."""
    target = printed.value.copy_abs()
    places = printed.places
    # _shift inline (called for every input of every reading of every claim): the shift of
    # each input to the unit it is computed in, from the printed figure's unit.
    unit = printed.unit
    money = unit.is_money
    scale = unit.scale
    # First the values of every reading: most claims agree, and the first reading that agrees
    # is the verdict whatever the readings before it gave (their verdicts were dropped), so
    # only when none agrees are the intervals of the others worked out, in order, below.
    over = printed.over
    # the quantum of round_checked, for the rounding of every reading below (_round, inline)
    quantum: Decimal | None = None
    if 0 <= places <= MAX_PLACES and not over:
        quantum = _QUANTA.get(places)  # _quantum, inline (one call less per claim)
        if quantum is None:
            quantum = _quantum(places)
    # (reading, |result|, its rounding, the input values, the result with its sign)
    results: list[
        tuple[Reading, Decimal | None, Decimal | None, list[Decimal], Decimal | None]
    ] = []
    for reading in readings:
        values = []
        for q in reading.inputs:
            q_unit = q.unit
            shift = (q_unit.scale - scale if money else q_unit.scale) if q_unit.is_money else 0
            values.append(q.value if shift == 0 else q.value.scaleb(_SHIFTS[shift], _CTX))
        try:  # _evaluate, inline
            exact = reading.formula(values)
        except (ArithmeticError, DivisionByZero, InvalidOperation):
            exact = None
        shown: Decimal | None = None
        signed = exact
        if exact is not None and (reading.absolute or exact >= 0):
            exact = exact.copy_abs()
            # "增加12亿余元": 12.7亿 is 12亿 and more, cut down, not rounded
            shown = _cut(exact, places) if over else _shown(exact, quantum, places)
            if shown == target:
                return _verdict(_AGREES, exact, str(shown), reading.name)
        results.append((reading, exact, shown, values, signed))
    best: Verdict | None = None
    for reading, exact, shown, values, signed in results:
        if exact is None:
            if best is None:
                best = _verdict(_UNDEFINED, None, None, reading.name)
            continue
        if shown is None:  # a negative result where its sign counts: the wrong way
            shown_neg = _round(exact, places)
            verdict = _verdict(_DISAGREES, exact, str(shown_neg), reading.name, "")
            if best is None or _rank(verdict) < _rank(best):
                best = verdict
            continue
        # A sum off by more than any rounding (most lists that disagree): DISAGREES, from the
        # same operations as below (agrees' test), without building the inputs' intervals
        if (
            reading.signs is not None
            and not over
            and signed is not None
            and _linear_disagrees(reading.inputs, signed, target, printed, money, scale)
        ):
            verdict = _verdict(_DISAGREES, exact, str(shown), reading.name, "")
            if best is None or _rank(verdict) < _rank(best):
                best = verdict
            continue
        # each input's interval: the middle of a figure without 余/多 is its value as computed
        # above, its half-width shifted the same way
        pairs = []
        for q, value in zip(reading.inputs, values, strict=True):
            if q.over:
                pairs.append(_over_interval(q, printed))
                continue
            pairs.append((value, _half_width(q, money, scale)))
        low, high = _range(reading, pairs)
        status = _DISAGREES
        explanation = ""
        if low is not None and high is not None:
            half = _printed_half(printed)
            if printed.over:  # 12亿余元: from 12亿 up to 13亿
                lo, hi = target, _add(target, _add(half, half))
            else:
                lo, hi = _subtract(target, half), _add(target, half)
            if low <= hi and high >= lo if half else low <= target <= high:
                status = _ROUNDING
                explanation = _explain(reading, pairs, target, printed)
        verdict = _verdict(status, exact, str(shown), reading.name, explanation)
        if best is None or _rank(verdict) < _rank(best):
            best = verdict
    assert best is not None
    return best


def agrees(
    name: str, inputs: tuple[Quantity, ...], signs: tuple[int, ...], printed: Quantity
) -> bool:
    """Whether the :func:`linear` reading of ``inputs`` with ``signs`` agrees with ``printed``:
    ``judge([Reading(name, inputs, linear(signs), signs)], printed).status is AGREES``, without
    building the reading or its verdict when it agrees (the list readers ask it of most lists,
    and most add up) or plainly disagrees (:func:`_linear_disagrees`). Anything else is left to
    :func:`judge` itself, errors included."""
    found = _linear_outcome(inputs, signs, printed)
    if found is not None:
        return found[0] is _AGREES
    formula = linear(signs)
    return judge([Reading(name, inputs, formula, signs)], printed).status is _AGREES


def linear_verdict(
    name: str, inputs: tuple[Quantity, ...], signs: tuple[int, ...], printed: Quantity
) -> Verdict:
    """``judge([Reading(name, inputs, linear(signs), signs)], printed)``, worked out as
    :func:`agrees` works it out: a list's sum asked whether it agrees (_continued) is then also
    the verdict of the claim made of it, not judged a second time."""
    found = _linear_outcome(inputs, signs, printed)
    if found is None:
        return judge([make_reading(name, inputs, linear(signs), signs)], printed)
    status, exact, shown = found
    return _verdict(status, exact, str(shown), name)


def _linear_outcome(
    inputs: tuple[Quantity, ...], signs: tuple[int, ...], printed: Quantity
) -> tuple[Status, Decimal, Decimal] | None:
    """The status (AGREES or DISAGREES), |result| and its rounding that :func:`judge` gives the
    :func:`linear` reading of ``inputs`` with ``signs``, when worked out without it: None when
    judge must decide (an input or the printed figure with 余/多, places out of range, an error,
    a result that rounding may explain)."""
    places = printed.places
    unit = printed.unit
    if 0 <= places <= MAX_PLACES and not printed.over:
        quantum = _QUANTA.get(places)
        if quantum is None:
            quantum = _quantum(places)
        money = unit.is_money
        scale = unit.scale
        # judge's first loop over the one reading, inline: the values in the printed unit,
        # their signed sum (linear's formula) and its rounding to the printed places
        total = _NO_CONSTANT
        exact: Decimal | None = total
        for sign, q in zip(signs, inputs, strict=True):
            q_unit = q.unit
            shift = (q_unit.scale - scale if money else q_unit.scale) if q_unit.is_money else 0
            value = q.value if shift == 0 else q.value.scaleb(_SHIFTS[shift], _CTX)
            try:
                total = _add(total, value) if sign > 0 else _subtract(total, value)
            except (ArithmeticError, DivisionByZero, InvalidOperation):
                exact = None
                break
        else:
            exact = total
        if exact is not None:
            target = printed.value.copy_abs()
            size = exact.copy_abs()
            shown = _shown(size, quantum, places)
            if shown == target:
                return _AGREES, size, shown
            # Most lists that do not add up are off by more than any rounding: judge's second
            # loop gives them DISAGREES, worked out here the same way (a list of nested 其中
            # disagrees again and again)
            if _linear_disagrees(inputs, exact, target, printed, money, scale):
                return _DISAGREES, size, shown
    return None


def _half_width(q: Quantity, money: bool, scale: int) -> Decimal:
    """Half a unit of an input's last printed digit, in the unit a reading is computed in (the
    printed result's unit ``scale`` for money, ``money`` whether it is money): the half-width of
    the input's interval, for :func:`judge` and :func:`_linear_disagrees` alike."""
    q_unit = q.unit
    shift = (q_unit.scale - scale if money else q_unit.scale) if q_unit.is_money else 0
    # (a count of whole things, or a 0: no rounding; Quantity.exact asked of counts alone, money
    # being most inputs)
    if (q_unit.counted and q.exact) or not q.value:
        return q.half.scaleb(shift - q_unit.scale, _CTX)
    # q.half (5 × 10^(scale − places − 1)) shifted: 5 × 10^(shift − places − 1), the same
    # coefficient and exponent, one shared Decimal per exponent
    exponent = shift - q.places - 1
    h = _FIVES.get(exponent)
    if h is None:
        h = _FIVES[exponent] = Decimal(5).scaleb(exponent, _CTX)
    return h


def _printed_half(printed: Quantity) -> Decimal:
    """Half a unit of the printed result's last digit (0 when it is exact: a count, a 0)."""
    if (printed.unit.counted and printed.exact) or not printed.value:
        return _ZERO
    return _HALVES.get(printed.places) or _half_of_last_digit(printed.places)


def _linear_disagrees(
    inputs: tuple[Quantity, ...],
    exact: Decimal,
    target: Decimal,
    printed: Quantity,
    money: bool,
    scale: int,
) -> bool:
    """Whether :func:`judge` gives DISAGREES, without an error, to a reading with signs (a
    :func:`linear` one) of ``inputs`` whose result ``exact`` (signed, in the printed unit) does
    not round to ``target``, |printed| (``printed`` without 余/多).

    judge's second loop for that reading, with the same operations in the same order: its
    inputs' half-widths, :func:`_range`'s slack about ``exact`` (its formula of the same values)
    and the test of the printed interval. False — judge decides — when an input has 余/多 (its
    middle is not its value), when an operation raises, and when rounding would explain the
    result (judge then explains it, which may raise).
    """
    if not target.is_finite():
        return False  # (a printed NaN or infinity: judge decides)
    try:
        slack = _ZERO  # _range's Decimal(0)
        for q in inputs:
            if q.over:
                return False
            slack = _add(slack, _half_width(q, money, scale))
        a, b = _subtract(exact, slack), _add(exact, slack)
        # _range's extremes: each size taken once, max and min as one comparison (the same
        # value), and 0 as a Decimal (no int converted)
        size_a, size_b = a.copy_abs(), b.copy_abs()
        if size_b > size_a:
            high, low = size_b, size_a
        else:
            high, low = size_a, size_b
        if a <= _ZERO <= b:
            low = _ZERO
        half = _printed_half(printed)
        lo, hi = _subtract(target, half), _add(target, half)
        return not (low <= hi and high >= lo if half else low <= target <= high)
    except ArithmeticError:
        return False


def _cut(value: Decimal, places: int) -> Decimal:
    """``value`` cut down to ``places`` decimals, as a figure printed with 余/多 is."""
    if 0 <= places <= MAX_PLACES and value.is_finite():
        try:
            return round_checked(value, places, ROUND_DOWN)
        except OutOfRangeError:
            pass
    return round_any(value, places, ROUND_DOWN)


# By identity: a dict keyed by the members hashes them in Python (Enum.__hash__).
_RANK_ORDER = (Status.AGREES, Status.ROUNDING, Status.DISAGREES, Status.UNDEFINED)


def _rank(v: Verdict) -> int:
    return _RANK_ORDER.index(v.status)


def _range(
    reading: Reading, pairs: Sequence[tuple[Decimal, Decimal]]
) -> tuple[Decimal | None, Decimal | None]:
    """The smallest and largest |result| over the inputs' intervals."""
    if reading.signs is not None:
        exact = _evaluate(reading.formula, [v for v, _ in pairs])
        if exact is None:
            return None, None
        slack = Decimal(0)
        for _, h in pairs:
            slack = _add(slack, h)
        a, b = _subtract(exact, slack), _add(exact, slack)
        if a <= 0 <= b:
            return Decimal(0), max(_abs(a), _abs(b))
        return min(_abs(a), _abs(b)), max(_abs(a), _abs(b))
    if len(pairs) > 4:
        return None, None
    formula = reading.formula
    if formula is ratio_percent:
        # a / b with both intervals above 0 rises with a and falls with b: its extremes are the
        # two corners (a − ha) / (b + hb) and (a + ha) / (b − hb), the same values the four
        # corners below give (a share judged on rounding: two 34-digit divisions fewer)
        (a, ha), (b, hb) = pairs
        a_low, b_low = _subtract(a, ha), _subtract(b, hb)
        if a_low > 0 and b_low > 0:
            low = _multiply(_divide(a_low, _add(b, hb)), _HUNDRED)
            high = _multiply(_divide(_add(a, ha), b_low), _HUNDRED)
            return low, high
    results = []
    for corner in itertools.product(*[(_subtract(v, h), _add(v, h)) for v, h in pairs]):
        try:
            r = formula(corner)
        except (ArithmeticError, DivisionByZero, InvalidOperation):
            r = None  # _evaluate, inline: four corners of every disagreement
        if r is None:
            return None, None
        results.append(r.copy_abs())
    return min(results), max(results)


def _explain(
    reading: Reading,
    pairs: Sequence[tuple[Decimal, Decimal]],
    target: Decimal,
    printed: Quantity,
) -> str:
    """Which single input, moved inside its interval, would give the printed result."""
    # Explain by a figure that is not zero and has the most printed decimals first: a printed 0
    # is usually exactly nothing.
    inputs = reading.inputs
    formula = reading.formula
    places = printed.places
    printed_unit = printed.unit
    # the quantum _round uses for the printed places (None: _round decides, and raises)
    printed_quantum: Decimal | None = None
    if 0 <= places <= MAX_PLACES:
        printed_quantum = _QUANTA.get(places) or _quantum(places)
    if len(pairs) == 2:
        # a share, a rate, a difference (most warnings): the values, keys and sorted's order
        # for two (stable: the first when equal) without the two comprehensions' frames
        (v0, _), (v1, _) = pairs
        values = [v0, v1]
        a, b = inputs
        order: Sequence[int] = (
            (1, 0) if (not b.value, -b.places) < (not a.value, -a.places) else (0, 1)
        )
    else:
        values = [v for v, _ in pairs]
        keys = [(not q.value, -q.places) for q in inputs]
        order = sorted(range(len(pairs)), key=keys.__getitem__)
    for i in order:
        value, h = pairs[i]
        if not h:
            continue
        q = inputs[i]
        q_unit = q.unit
        # _shift, inline
        if not q_unit.is_money:
            shift = 0
        elif printed_unit.is_money:
            shift = q_unit.scale - printed_unit.scale
        else:
            shift = q_unit.scale
        for end in (_subtract(value, h), _add(value, h)):
            # _bisect's first test, inline: the end itself gives the target (most often)
            probe = list(values)
            probe[i] = end
            try:  # _evaluate, inline
                result = formula(probe)
            except (ArithmeticError, DivisionByZero, InvalidOperation):
                result = None
            # rounded as in judge (the quantum of round_checked, the same errors)
            shown: Decimal | None = None
            if result is not None:
                shown = _shown(result.copy_abs(), printed_quantum, places)
            if shown is not None and shown == target:
                found: Decimal | None = end
            else:
                found = _bisect(formula, probe, i, value, end, target, places)
            if found is None:
                continue
            for extra in (1, 2, 3, 4):
                # 10^-(places + extra) in the unit computed in: one scaleb (two gave the same)
                quantum = _quantum(q.places + extra - shift)
                # (the context passed by position: a keyword costs Decimal's argument parser
                # three times as much as the quantize itself)
                candidate = found.quantize(quantum, None, _CTX)
                # the value found gives the target (_bisect): quantized to itself, it still does
                if candidate != found:
                    probe = list(values)
                    probe[i] = candidate
                    result = _evaluate(formula, probe)
                    if result is None:
                        break
                    if _round(result.copy_abs(), places) != target:
                        continue
                own = candidate.scaleb(_SHIFTS[-shift], _CTX)
                # the unit as printed ("万元" of "405亿9,629万余元"): the value found is a
                # plain amount
                unit = unit_word(q)
                # str(own), not format(own, ""): the same text (both the context's
                # capitals), at a third of the cost
                return "agrees if " + q.text + " were " + str(own) + unit
    return "only with several figures at the edge of their rounding at once"


def _shift(q: Quantity, printed: Quantity) -> int:
    """Powers of ten from an input's own unit to the unit its value is computed in."""
    if q.is_money and printed.is_money:
        return q.unit.scale - printed.unit.scale
    if q.is_money:
        return q.unit.scale
    return 0


def _bisect(
    formula: Formula,
    probe: list[Decimal],
    i: int,
    start: Decimal,
    end: Decimal,
    target: Decimal,
    places: int,
) -> Decimal | None:
    # The result as shown is its size (a difference is printed without its sign); the size of
    # a result that changes sign inside the interval is not monotonic, so the signed result
    # is bisected, for the target and for its negative (copy_negate: no context is asked)
    # ("20.2亿元…20亿元…高出0.1亿元": 20.2 − x is 0.1 at x = 20.1, on the way from 0.2 at 20
    # to −0.3 at 20.5).
    def shown(x: Decimal) -> Decimal | None:
        probe[i] = x
        r = _evaluate(formula, probe)
        return None if r is None else _round(r, places)

    # the ends, once for both searches (the end first: when it gives the target, the start's
    # value is not needed)
    end_shown = shown(end)
    if end_shown == target:
        return end
    start_shown = shown(start)
    if start_shown is None or end_shown is None:
        return None
    for wanted in (target, target.copy_negate()) if target else (target,):
        a, b, sa, sb = start, end, start_shown, end_shown
        if sb == wanted:
            return b
        if (sa < wanted) == (sb < wanted):
            continue
        for _ in range(60):
            mid = _divide(_add(a, b), 2)
            sm = shown(mid)
            if sm is None:
                return None
            if sm == wanted:
                return mid
            if (sm < wanted) == (sa < wanted):
                a, sa = mid, sm
            else:
                b, sb = mid, sm
    return None
