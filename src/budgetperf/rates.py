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

from budgetperf.exact import _CTX, _EXACT, Rounding, round_to, to_decimal

__all__ = ["Change", "Rate", "ZeroBase", "change", "ratio"]


class ZeroBase(enum.Enum):
    """What a ratio with a zero denominator is.

    ``UNDEFINED`` (the default) leaves it undefined. ``HUNDRED`` reproduces the convention some
    决算 texts print, "年初预算为0……完成年初预算的100%", whatever the numerator; it is a
    publishing convention, not arithmetic, and the rate records that it was applied.
    """

    UNDEFINED = "undefined"
    HUNDRED = "hundred"


@attrs.frozen
class Rate:
    """``numerator / denominator``, exact to 34 digits, or undefined with a reason.

    ``value`` is the plain ratio (0.894 for 89.4%); :meth:`percent` rounds it for display.
    """

    numerator: Decimal
    denominator: Decimal
    value: Decimal | None
    reason: str = ""

    @property
    def defined(self) -> bool:
        """False when the denominator is zero and no convention applied."""
        return self.value is not None

    def percent(self, places: int = 2, mode: Rounding = Rounding.HALF_UP) -> Decimal | None:
        """The rate in percent, rounded to ``places`` decimals for display (None if undefined)."""
        if self.value is None:
            return None
        return round_to(self.value.scaleb(2, _CTX), places, mode)

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
    top = to_decimal(numerator)
    bottom = to_decimal(denominator)
    if bottom.is_zero():
        if zero_base is ZeroBase.HUNDRED:
            return Rate(top, bottom, Decimal(1), "zero base: 100% by convention")
        return Rate(top, bottom, None, "zero base: the rate is undefined")
    return Rate(top, bottom, _CTX.divide(top, bottom))


@attrs.frozen
class Change:
    """A change against a previous figure: the amount and the rate (the rate may be undefined)."""

    current: Decimal
    previous: Decimal
    amount: Decimal
    rate: Rate

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
    amount = _EXACT.subtract(now, before)
    return Change(now, before, amount, ratio(amount, before))
