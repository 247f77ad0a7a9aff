"""The library's decimal contexts and the checks every exact module shares (internal).

Not public: nothing here is re-exported and names may change in any release. It exists so
that :mod:`budgetperf.exact` and the modules computing with exact numbers (amounts, rates,
rules, scoring, the audits) share one context and one set of argument checks, imported by
name rather than reaching into another module's private helpers.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import (
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    Inexact,
    InvalidOperation,
    Overflow,
)
from typing import TypeVar

from budgetperf.errors import OutOfRangeError, ParseError, RoundingRequired, WrongTypeError

__all__ = [
    "CTX",
    "EXACT",
    "MAX_DIGITS",
    "MAX_PLACES",
    "TRAPS",
    "add_checked",
    "context_for",
    "exponent",
    "member",
    "require_enum",
    "require_iterable",
    "require_places",
    "round_any",
    "round_checked",
]

#: Significant digits of the library context (IEEE 754 decimal128).
MAX_DIGITS = 34
#: Largest ``places`` that :func:`round_to` and :func:`allocate` take, either way.
MAX_PLACES = 2 * MAX_DIGITS

TRAPS = [InvalidOperation, DivisionByZero, Overflow]
CTX = Context(
    prec=MAX_DIGITS,
    rounding=ROUND_HALF_UP,
    Emin=-999_999,
    Emax=999_999,
    capitals=1,
    clamp=0,
    flags=[],
    traps=TRAPS,
)
# Exact arithmetic: the same, but an inexact result raises instead of being rounded.
EXACT = CTX.copy()
EXACT.traps[Inexact] = True


def require_enum(value: object, kind: type[enum.Enum], name: str = "mode") -> None:
    """Refuse a mode passed as a string or a decimal constant (a typed caller never does)."""
    if not isinstance(value, kind):
        raise WrongTypeError(
            f"{name} must be a {kind.__name__}, not {type(value).__name__}", value=value
        )


_Member = TypeVar("_Member", bound=enum.StrEnum)


def member(value: _Member | str, kind: type[_Member], name: str) -> _Member:
    """``value`` as a member of ``kind``: a member, or its word (surrounding spaces ignored).

    Any other type is a :class:`~budgetperf.errors.WrongTypeError`, any other word a
    :class:`~budgetperf.errors.ParseError` that lists the words allowed; both name ``name``.

    >>> import enum
    >>> class Colour(enum.StrEnum):
    ...     RED = "red"
    >>> member(" red", Colour, "colour")
    <Colour.RED: 'red'>
    >>> member("blue", Colour, "colour")
    Traceback (most recent call last):
    ...
    budgetperf.errors.ParseError: a colour is one of 'red': 'blue'
    """
    if isinstance(value, kind):
        return value
    if not isinstance(value, str):
        raise WrongTypeError(
            f"{name} must be a member of {kind.__name__} or its word, not {type(value).__name__}",
            value=value,
        )
    try:
        return kind(value.strip())
    except ValueError:
        words = ", ".join(repr(m.value) for m in kind)
        raise ParseError(f"a {name} is one of {words}", value=value) from None


def require_places(places: object, name: str = "places") -> int:
    """Refuse ``places`` that is not an int (a float, a bool, a str) or beyond
    ±:data:`MAX_PLACES`."""
    if isinstance(places, bool) or not isinstance(places, int):
        raise WrongTypeError(f"{name} must be an int, not {type(places).__name__}", value=places)
    if not -MAX_PLACES <= places <= MAX_PLACES:
        raise OutOfRangeError(
            f"{name} must lie between -{MAX_PLACES} and {MAX_PLACES}", value=places
        )
    return places


def require_iterable(values: object, name: str) -> list[object]:
    """``list(values)``, or a :class:`WrongTypeError` naming ``name`` when it is not iterable
    (a str is refused too: its characters are not numbers)."""
    if isinstance(values, str | bytes) or not isinstance(values, Iterable):
        raise WrongTypeError(
            f"{name} must be a sequence of numbers, not {type(values).__name__}", value=values
        )
    return list(values)


def exponent(number: Decimal) -> int:
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int), number  # only NaN and Infinity have a str exponent
    return exponent


_QUANTA: dict[int, Decimal] = {}


def round_checked(number: Decimal, places: int, mode: str) -> Decimal:
    """:func:`round_to` for a finite Decimal and a ``decimal`` rounding constant, unchecked.

    Scoring calls this once per indicator, so the quantum is cached per ``places``.
    """
    quantum = _QUANTA.get(places)
    if quantum is None:
        quantum = _QUANTA.setdefault(places, Decimal(1).scaleb(-places, CTX))
    try:
        rounded = number.quantize(quantum, mode, CTX)
        if places < 0:  # 1.2E+3 → 1200: rounded to hundreds, written as people write it
            rounded = rounded.quantize(Decimal(1), context=CTX)
    except InvalidOperation:
        raise OutOfRangeError(
            f"cannot keep {places} decimals within {MAX_DIGITS} digits", value=number
        ) from None
    return rounded


def round_any(number: Decimal, places: int, mode: str = ROUND_HALF_UP) -> Decimal:
    """``number`` rounded to ``places`` (any int) with ``mode`` (half up unless told), with as
    many digits as that takes.

    The text audit rounds what a text prints, and a text may print a figure of 40 digits or 40
    decimals: where :func:`round_checked` cannot keep ``places`` within :data:`MAX_DIGITS`
    digits, this rounds in a copy of :data:`CTX` as wide as the result, so that the claim is
    still checked and its finding shown (exactly, not as an error that stops the document's
    audit). A NaN or an infinity raises :class:`OutOfRangeError`, as :func:`round_to` does.
    """
    if not number.is_finite():
        raise OutOfRangeError("not a finite number", value=number)
    if -MAX_PLACES <= places <= MAX_PLACES:
        try:
            return round_checked(number, places, mode)
        except OutOfRangeError:
            pass
    wide = context_for(
        max(len(number.as_tuple().digits), number.adjusted() + 1) + max(places, 0) + 1
    )
    rounded = number.quantize(Decimal(1).scaleb(-places, wide), mode, wide)
    if places < 0:
        rounded = rounded.quantize(Decimal(1), context=wide)
    return rounded


def context_for(digits: int) -> Context:
    """:data:`CTX`, or a copy of it holding ``digits`` significant digits when it holds fewer
    (made afresh each time: only an absurd figure needs one)."""
    if digits <= MAX_DIGITS:
        return CTX
    wide = CTX.copy()
    wide.prec = digits
    return wide


def add_checked(values: Iterable[Decimal]) -> Decimal:
    """:func:`exact_sum` of Decimals the library computed or already checked (scores, weights).

    Skips the per-value range check, keeps the exactness guarantee.
    """
    total = Decimal(0)
    add = EXACT.add
    try:
        for value in values:
            total = add(total, value)
    except Inexact:
        raise RoundingRequired(
            f"the sum needs more than {MAX_DIGITS} digits", value=total
        ) from None
    return total
