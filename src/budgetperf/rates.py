"""Ratios that can be undefined: execution rates, completion rates, year-on-year change.

A budget ratio divides by a budget figure, and budget figures are often zero (a 项 with no
年初预算 that received money during the year). budgetperf never turns that into a silent 100%
nor lets it escape as a bare ``ZeroDivisionError``: :func:`ratio` returns a :class:`Rate` whose
``value`` is ``None`` and whose ``reason`` says why.

Some publishers print "年初预算为0万元……完成年初预算的100%" (seed 000 does). That convention is
available on request, ``zero_base=ZeroBase.HUNDRED``, and the result says it was applied.

>>> r = ratio(Decimal("628.95"), Decimal("703.50"))
>>> r.percent()
Decimal('89.40')
>>> str(r)
'89.40%'
>>> ratio(Decimal("124.66"), Decimal("0")).defined
False
>>> ratio(Decimal("124.66"), Decimal("0"), zero_base=ZeroBase.HUNDRED).percent()
Decimal('100.00')
"""

from __future__ import annotations

import enum
from decimal import Decimal

import attrs

from budgetperf._decimal import CTX, EXACT, require_enum
from budgetperf.errors import OutOfRangeError, WrongTypeError
from budgetperf.exact import Rounding, round_to, to_decimal

__all__ = ["Change", "Rate", "ZeroBase", "change", "ratio"]


class ZeroBase(enum.Enum):
    """What a ratio with a zero denominator is.

    ``UNDEFINED`` (the default) leaves it undefined. ``HUNDRED`` reproduces the convention some
    决算 texts print, "年初预算为0……完成年初预算的100%", whatever the numerator; it is a
    publishing convention, not arithmetic, and the rate records that it was applied.
    """

    UNDEFINED = "undefined"
    HUNDRED = "hundred"


def _check_ratio(value: object) -> None:
    # A computed ratio may lie outside to_decimal's input range (1e31 / 1e-30), so it is only
    # checked for its type and finiteness.
    if value is None:
        return
    if not isinstance(value, Decimal):
        raise WrongTypeError(
            f"Rate.value must be a Decimal or None, not {type(value).__name__}", value=value
        )
    if not value.is_finite():
        raise OutOfRangeError("Rate.value must be finite", value=value)


def _check_reason(value: object) -> None:
    if not isinstance(value, str):
        raise WrongTypeError(f"Rate.reason must be a str, not {type(value).__name__}", value=value)


@attrs.frozen
class Rate:
    """``numerator / denominator``, exact to 34 digits, or undefined with a reason.

    ``value`` is the plain ratio (0.894 for 89.4%); :meth:`percent` rounds it for display.
    """

    numerator: Decimal = attrs.field(converter=to_decimal)
    denominator: Decimal = attrs.field(converter=to_decimal)
    value: Decimal | None = attrs.field(validator=lambda _, __, v: _check_ratio(v))
    reason: str = attrs.field(default="", validator=lambda _, __, v: _check_reason(v))

    @property
    def defined(self) -> bool:
        """False when the denominator is zero and no convention applied."""
        return self.value is not None

    def percent(self, places: int = 2, mode: Rounding = Rounding.HALF_UP) -> Decimal | None:
        """The rate in percent, rounded to ``places`` decimals for display (None if undefined)."""
        if self.value is None:
            return None
        return round_to(self.value.scaleb(2, CTX), places, mode)

    def __str__(self) -> str:
        shown = self.percent()
        return "—" if shown is None else f"{shown}%"


def ratio(
    numerator: Decimal | int | str,
    denominator: Decimal | int | str,
    *,
    zero_base: ZeroBase = ZeroBase.UNDEFINED,
) -> Rate:
    """Divide in the library context (34 digits, half up); a zero denominator is undefined."""
    require_enum(zero_base, ZeroBase, "zero_base")
    top = to_decimal(numerator)
    bottom = to_decimal(denominator)
    if bottom.is_zero():
        if zero_base is ZeroBase.HUNDRED:
            return Rate(top, bottom, Decimal(1), "zero base: 100% by convention")
        return Rate(top, bottom, None, "zero base: the rate is undefined")
    return Rate(top, bottom, CTX.divide(top, bottom))


def _check_amount(value: object) -> None:
    if not isinstance(value, Decimal):
        raise WrongTypeError(
            f"Change.amount must be a Decimal, not {type(value).__name__}", value=value
        )
    if not value.is_finite():
        raise OutOfRangeError("Change.amount must be finite", value=value)


def _check_rate(value: object) -> None:
    if not isinstance(value, Rate):
        raise WrongTypeError(f"Change.rate must be a Rate, not {type(value).__name__}", value=value)


@attrs.frozen
class Change:
    """A change against a previous figure: the amount and the rate (the rate may be undefined)."""

    current: Decimal = attrs.field(converter=to_decimal)
    previous: Decimal = attrs.field(converter=to_decimal)
    amount: Decimal = attrs.field(validator=lambda _, __, v: _check_amount(v))
    rate: Rate = attrs.field(validator=lambda _, __, v: _check_rate(v))

    @property
    def direction(self) -> str:
        """增加, 减少 or 持平."""
        if self.amount > 0:
            return "增加"
        if self.amount < 0:
            return "减少"
        return "持平"


def change(current: Decimal | int | str, previous: Decimal | int | str) -> Change:
    """Year-on-year change: ``current − previous`` and its rate against ``previous``.

    >>> c = change(Decimal("628.95"), Decimal("1022.32"))
    >>> c.amount, c.direction, c.rate.percent()
    (Decimal('-393.37'), '减少', Decimal('-38.48'))
    """
    now = to_decimal(current)
    before = to_decimal(previous)
    amount = EXACT.subtract(now, before)
    return Change(now, before, amount, ratio(amount, before))
