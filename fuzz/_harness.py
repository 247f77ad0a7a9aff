"""Shared driver of the atheris targets in this folder (issue 10, Deliver 7).

Each target turns atheris' bytes into one parser's input and calls :func:`run`: the first bytes
choose a caller decimal context (precision 1–50, traps set or cleared, a small or large
exponent range), the rest is the input. A :class:`~budgetperf.errors.BudgetPerfError` is an
answer; any other exception is a crash that atheris reports with the input that caused it.
"""

from __future__ import annotations

import contextlib
import decimal
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

import atheris

with atheris.instrument_imports():
    import budgetperf  # noqa: F401  (instrumented so coverage guides the fuzzer)
    from budgetperf.errors import BudgetPerfError

_SIGNALS = [
    decimal.Clamped,
    decimal.DivisionByZero,
    decimal.Inexact,
    decimal.InvalidOperation,
    decimal.Overflow,
    decimal.Rounded,
    decimal.Subnormal,
    decimal.Underflow,
    decimal.FloatOperation,
]
_SCRATCH = Path(tempfile.mkdtemp(prefix="budgetperf-atheris-"))


def context(fdp: atheris.FuzzedDataProvider) -> decimal.Context:
    emax = fdp.PickValueInList([1, 2, 5, 10, 99, decimal.MAX_EMAX])
    traps = [s for s in _SIGNALS if fdp.ConsumeBool()]
    return decimal.Context(prec=fdp.ConsumeIntInRange(1, 50), Emax=emax, Emin=-emax, traps=traps)


def as_file(raw: bytes, suffix: str) -> Path:
    """``raw`` written to the one scratch file of this process."""
    path = _SCRATCH / f"input{suffix}"
    path.write_bytes(raw)
    return path


def run(parse: Callable[[atheris.FuzzedDataProvider], object]) -> None:
    """Fuzz ``parse`` (which reads its input from the provider) under a fuzzed caller context."""

    def one_input(data: bytes) -> None:
        fdp = atheris.FuzzedDataProvider(data)
        with decimal.localcontext(context(fdp)), contextlib.suppress(BudgetPerfError):
            parse(fdp)

    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


def text(fdp: atheris.FuzzedDataProvider) -> str:
    return str(fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes()))
