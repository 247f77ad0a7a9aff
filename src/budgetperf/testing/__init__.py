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

__all__ = ["HOSTILE_TRAPS", "hostile_context"]

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
