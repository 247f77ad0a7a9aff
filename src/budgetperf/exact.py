"""Exact numbers: the decimal policy, conversion, rounding and sum-preserving allocation.

Every money amount, rate and score in budgetperf is a :class:`decimal.Decimal`. This module owns
how such numbers come in and how they are rounded.

**The library context.** All arithmetic budgetperf does runs in its own
:class:`decimal.Context` (see :func:`get_context`): 34 significant digits (IEEE 754 decimal128),
``ROUND_HALF_UP``, and the ``InvalidOperation``, ``DivisionByZero`` and ``Overflow`` signals
trapped. Sums, differences, products and unit conversions of amounts run in a stricter copy that
also traps ``Inexact``, so they are exact or they raise. The caller's context (the thread's
current one, :func:`decimal.getcontext`) is never read for a result and never changed: a caller
running at precision 3 with ``ROUND_FLOOR`` gets the same answers as anybody else.

**Conversion.** :func:`to_decimal` is the one entry point for numbers: it takes ``Decimal``,
``int`` or ``str`` (printed forms included: full-width digits, thousands separators, ``%``) and
refuses ``float`` and ``bool`` with :class:`~budgetperf.errors.NotDecimalError` (a ``TypeError``).

**Rounding** happens only when asked for, through :func:`round_to` with an explicit
:class:`Rounding` mode (default 四舍五入, ``ROUND_HALF_UP``).

**Allocation.** :func:`allocate` splits an amount into parts that add up to it exactly;
:func:`shares` turns parts into percentages that add up to exactly 100.

>>> to_decimal("4,419.00")
Decimal('4419.00')
>>> to_decimal("９８％")
Decimal('0.98')
>>> round_to(Decimal("2.665"), 2)
Decimal('2.67')
>>> round_to(Decimal("2.665"), 2, Rounding.HALF_EVEN)
Decimal('2.66')
>>> shares([Decimal("1"), Decimal("1"), Decimal("1")], places=1)
(Decimal('33.4'), Decimal('33.3'), Decimal('33.3'))
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Sequence
from decimal import (
    ROUND_CEILING,
    ROUND_DOWN,
    ROUND_FLOOR,
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Context,
    Decimal,
    Inexact,
)

from budgetperf._decimal import (
    CTX,
    EXACT,
    MAX_DIGITS,
    MAX_PLACES,
    exponent,
    require_enum,
    require_iterable,
    require_places,
    round_checked,
)
from budgetperf._text import normalise
from budgetperf.errors import (
    BudgetPerfError,
    Location,
    NotDecimalError,
    OutOfRangeError,
    ParseError,
    RoundingRequired,
)

__all__ = [
    "MAX_DIGITS",
    "MAX_EXPONENT",
    "MAX_PLACES",
    "Allocation",
    "Rounding",
    "allocate",
    "exact_sum",
    "get_context",
    "is_valid_decimal",
    "round_to",
    "shares",
    "to_decimal",
]

#: Largest accepted power of ten of an input, up or down: abs(exponent) and abs(adjusted
#: exponent) are at most 30.
#: 10³⁰ 元 is far beyond any budget; "1e999999" is a typing accident, not a figure.
MAX_EXPONENT = 30


def get_context() -> Context:
    """Return a copy of the library's decimal context (34 digits, ROUND_HALF_UP, traps set).

    It is a copy: changing it changes nothing in budgetperf.
    """
    context = CTX.copy()
    context.clear_flags()
    return context


class Rounding(enum.Enum):
    """A rounding mode, named for how budget documents talk about it.

    ``HALF_UP`` is 四舍五入, what published tables use and the default everywhere.
    ``HALF_EVEN`` is GB/T 8170-2008 数值修约 ("四舍六入五成双"), for users who follow that standard.
    The others are the directed modes of :mod:`decimal`.
    """

    HALF_UP = ROUND_HALF_UP
    HALF_EVEN = ROUND_HALF_EVEN
    DOWN = ROUND_DOWN
    UP = ROUND_UP
    FLOOR = ROUND_FLOOR
    CEILING = ROUND_CEILING


class Allocation(enum.Enum):
    """How :func:`allocate` hands out the units left over after every part is rounded down.

    ``LARGEST_REMAINDER`` (Hamilton's method, the default) gives one unit each to the parts with
    the largest remainders; ties go to the larger weight, then to the earlier position.
    ``LARGEST_WEIGHT`` gives all the leftover units to the part with the largest weight (the
    accountant's "轧差" onto the biggest line); ties go to the earlier position.
    """

    LARGEST_REMAINDER = "largest-remainder"
    LARGEST_WEIGHT = "largest-weight"


_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?", re.ASCII)
_PLAIN = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE](?P<exponent>[+-]?\d+))?", re.ASCII)
#: Longest printed exponent read at all ("1e000000000000000000031" is refused unread): longer
#: ones could overflow :mod:`decimal`'s own limits, which would depend on the caller's context.
_EXPONENT_DIGITS = 6
#: Ints at or beyond this are refused before they are converted (a 10**5000 is never copied).
_INT_LIMIT = 10 ** (2 * MAX_DIGITS)


def _check_range(number: Decimal, original: object, where: Location | None) -> Decimal:
    if not number.is_finite():
        raise OutOfRangeError("not a finite number", value=original, location=where)
    _, digits, exponent = number.as_tuple()  # one call: it builds the tuple of digits
    if len(digits) > MAX_DIGITS:
        raise OutOfRangeError(
            f"more than {MAX_DIGITS} significant digits", value=original, location=where
        )
    assert isinstance(exponent, int)  # finite
    if exponent + len(digits) - 1 > MAX_EXPONENT:  # the adjusted exponent
        raise OutOfRangeError(
            f"too large: 10**{MAX_EXPONENT + 1} or more", value=original, location=where
        )
    if exponent < -MAX_EXPONENT:
        raise OutOfRangeError(f"digits below 10**-{MAX_EXPONENT}", value=original, location=where)
    return number


def _parse_number_text(text: str, where: Location | None) -> Decimal:
    s = normalise(text)
    scale = 0
    if s.endswith("%"):
        s, scale = s[:-1].rstrip(), -2
    elif s.endswith("‰"):
        s, scale = s[:-1].rstrip(), -3
    if _GROUPED.fullmatch(s):
        s = s.replace(",", "")
    else:
        plain = _PLAIN.fullmatch(s)
        if plain is None:
            raise ParseError("not a number", value=text, location=where)
        exponent = (plain["exponent"] or "0").lstrip("+-").lstrip("0")
        if len(exponent) > _EXPONENT_DIGITS:
            raise OutOfRangeError(f"an exponent beyond ±{MAX_EXPONENT}", value=text, location=where)
    # The text is a plain decimal numeral with a small exponent: Decimal() reads it exactly,
    # with no signal the caller's context could trap.
    number = _check_range(Decimal(s), text, where)
    if scale:
        number = number.scaleb(scale, EXACT)
    return number


def to_decimal(value: Decimal | int | str, *, where: Location | None = None) -> Decimal:
    """Convert ``value`` to an exact :class:`~decimal.Decimal`, or raise.

    Accepted: a finite ``Decimal``; an ``int``; a ``str`` holding a decimal number, with
    surrounding spaces, full-width digits and punctuation ("１２３．４"), comma thousands
    separators in their proper places ("4,419.00") and a trailing ``%`` or ``‰`` (which divides
    by 100 or 1000: "98%" is ``Decimal('0.98')``). The digits are kept as given ("4.50" stays
    ``Decimal('4.50')``); nothing is rounded.

    Raises :class:`~budgetperf.errors.NotDecimalError` (a ``TypeError``) for ``float``,
    ``bool`` and any other type; :class:`~budgetperf.errors.ParseError` for text that is not
    a number; :class:`~budgetperf.errors.OutOfRangeError` for NaN, ±Infinity, more than
    :data:`MAX_DIGITS` digits or an exponent beyond ±\\ :data:`MAX_EXPONENT` ("1e999999").
    Every message quotes the input and ``where`` it came from.

    >>> to_decimal(" １２３．４ ")
    Decimal('123.4')
    >>> to_decimal(0.1)  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    budgetperf.errors.NotDecimalError: money, rates and scores must be ..., not float: 0.1
    """
    anything: object = value  # the annotation is a promise that untyped callers may not keep
    if isinstance(anything, Decimal):
        return _check_range(anything, anything, where)
    if isinstance(anything, bool):
        raise NotDecimalError("a bool is not a number here", value=anything, location=where)
    if isinstance(anything, int):
        if not -_INT_LIMIT < anything < _INT_LIMIT:
            raise OutOfRangeError(
                f"more than {MAX_DIGITS} significant digits", value=anything, location=where
            )
        return _check_range(Decimal(anything), anything, where)
    if isinstance(anything, str):
        return _parse_number_text(anything, where)
    if isinstance(anything, float):
        raise NotDecimalError(value=anything, location=where)
    raise NotDecimalError(
        f"expected Decimal, int or str, not {type(anything).__name__}",
        value=anything,
        location=where,
    )


def is_valid_decimal(value: object) -> bool:
    """Tell whether :func:`to_decimal` would accept ``value``; never raises."""
    try:
        to_decimal(value)  # type: ignore[arg-type]  # any object may be asked about
    except BudgetPerfError:
        return False
    return True


def round_to(
    value: Decimal | int | str, places: int = 2, mode: Rounding = Rounding.HALF_UP
) -> Decimal:
    """Round ``value`` to ``places`` decimals with ``mode`` (default 四舍五入).

    ``places=0`` rounds to whole points; a negative ``places`` rounds to tens, hundreds, …
    and gives an integer (``round_to(Decimal('1234'), -2)`` is ``Decimal('1200')``). Otherwise
    the result has exactly ``places`` decimals (``round_to(Decimal('5'), 2)`` is
    ``Decimal('5.00')``). ``value`` may be any finite ``Decimal``, a computed ratio included;
    ``int`` and ``str`` go through :func:`to_decimal`.

    >>> round_to(Decimal("8.55"), 0)
    Decimal('9')
    >>> round_to(Decimal("-2.5"), 0)
    Decimal('-3')
    """
    # A computed Decimal (a ratio to 34 digits, say) may lie outside the input range of
    # to_decimal; it only has to be finite. Anything else comes in through to_decimal.
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise OutOfRangeError("not a finite number", value=value)
        number = value
    else:
        number = to_decimal(value)
    require_enum(mode, Rounding)
    return round_checked(number, require_places(places), mode.value)


def exact_sum(values: Iterable[Decimal | int | str]) -> Decimal:
    """Add ``values`` exactly in the library context (``Decimal('0')`` when empty).

    Raises :class:`~budgetperf.errors.RoundingRequired` if the sum would need more than
    :data:`MAX_DIGITS` digits, rather than rounding it.
    """
    items = require_iterable(values, "values")
    total = Decimal(0)
    add = EXACT.add
    try:
        for value in items:
            total = add(total, to_decimal(value))  # type: ignore[arg-type]  # checked there
    except Inexact:
        raise RoundingRequired(
            f"the sum needs more than {MAX_DIGITS} digits", value=total
        ) from None
    return total


_TEN_TO_MAX_DIGITS = Decimal(f"1E{MAX_DIGITS}")  # built from text: no context involved


def _scaled_units(number: Decimal, places: int, what: str) -> int:
    try:
        units = number.scaleb(places, EXACT)
    except Inexact:
        raise OutOfRangeError(
            f"{what} has more than {MAX_DIGITS} digits at {places} decimals", value=number
        ) from None
    if units != units.to_integral_value(context=CTX):
        raise RoundingRequired(
            f"{what} has more than {places} decimals; round it first", value=number
        )
    if units.copy_abs() >= _TEN_TO_MAX_DIGITS:
        raise OutOfRangeError(
            f"{what} has more than {MAX_DIGITS} digits at {places} decimals", value=number
        )
    return int(units)


def allocate(
    total: Decimal | int | str,
    weights: Sequence[Decimal | int | str],
    *,
    places: int = 2,
    mode: Allocation = Allocation.LARGEST_REMAINDER,
) -> tuple[Decimal, ...]:
    """Split ``total`` into parts proportional to ``weights`` that add up to ``total`` exactly.

    Each part has exactly ``places`` decimals. Every part first gets its proportional share
    rounded down (towards zero) to a unit of ``10**-places``; the units left over (fewer than
    there are parts) are then handed out by ``mode`` (see :class:`Allocation`). The result does not
    depend on the order of the weights: permuting the weights permutes the parts, except between
    parts with the same weight, which may trade an extra unit.

    Weights must be non-negative and not all zero; ``total`` may be negative (the parts are
    then the negated parts of ``-total``) and must not have more than ``places`` decimals.

    >>> allocate(Decimal("100.00"), [1, 1, 1])
    (Decimal('33.34'), Decimal('33.33'), Decimal('33.33'))
    >>> allocate("10", ["0.3", "0.7"], places=0)
    (Decimal('3'), Decimal('7'))
    """
    require_enum(mode, Allocation)
    places = require_places(places)
    amount = to_decimal(total)
    given = require_iterable(weights, "weights")
    numbers = [to_decimal(w) for w in given]  # type: ignore[arg-type]  # checked there
    if not numbers:
        raise OutOfRangeError("nothing to allocate to: no weights", value=given)
    for w in numbers:
        if w < 0:
            raise OutOfRangeError("a weight is negative", value=w)
    units = _scaled_units(amount, places, "the total")
    negative = units < 0
    units = abs(units)
    # Bring every weight to an integer by one common power of ten, so the split is exact.
    shift = max(0, *(-exponent(w) for w in numbers))
    ints = [_scaled_units(w, shift, "a weight") for w in numbers]
    if sum(ints) == 0:
        raise OutOfRangeError("every weight is zero", value=given)
    quotients = split_units(units, ints, mode)
    sign = -1 if negative else 1
    # Each part has no more digits than the total, so this is exact (and EXACT would say so).
    return tuple(Decimal(sign * q).scaleb(-places, EXACT) for q in quotients)


def split_units(units: int, weights: Sequence[int], mode: Allocation) -> list[int]:
    """The integer core of :func:`allocate`: ``units >= 0`` split in proportion to integer
    ``weights`` (non-negative, not all zero), each part rounded down and the units left over
    handed out by ``mode``. Unchecked: for callers that hold integers already (the Arrow
    roll-ups read a column's unscaled integers), so that they split exactly as allocate does.
    """
    denominator = sum(weights)
    quotients = [units * w // denominator for w in weights]
    left = units - sum(quotients)
    if left:
        if mode is Allocation.LARGEST_REMAINDER:
            remainders = [units * w % denominator for w in weights]
            order = sorted(range(len(weights)), key=lambda i: (-remainders[i], -weights[i], i))
            for i in order[:left]:
                quotients[i] += 1
        else:
            biggest = min(range(len(weights)), key=lambda i: (-weights[i], i))
            quotients[biggest] += left
    return quotients


def shares(
    parts: Sequence[Decimal | int | str],
    *,
    places: int = 2,
    mode: Allocation = Allocation.LARGEST_REMAINDER,
) -> tuple[Decimal, ...]:
    """Return each part's share of their sum, in percent with ``places`` decimals, adding to 100.

    This is :func:`allocate` of 100 over ``parts``: what a table must print so that its share
    column sums to exactly 100.00%. (Each share rounded on its own, as publishers often print,
    is ``round_to(part / total * 100, places)`` and need not add up.)

    >>> shares(["530.37", "98.58"])
    (Decimal('84.33'), Decimal('15.67'))
    """
    return allocate(Decimal(100), parts, places=places, mode=mode)
