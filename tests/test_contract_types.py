"""Wrong types given to the public callables of the form, profile, ledger, statement and audit
modules are WrongTypeError (a BudgetPerfError and a TypeError), never AttributeError (issue 10).

Generated from each module's ``__all__``, so a new public function is covered.
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Callable
from decimal import Decimal
from types import ModuleType
from typing import Any

import pytest

import budgetperf.audit
import budgetperf.formcheck
import budgetperf.forms
import budgetperf.ledger
import budgetperf.ledger_csv
import budgetperf.profiles
import budgetperf.statements
from budgetperf.errors import BudgetPerfError

MODULES: tuple[ModuleType, ...] = (
    budgetperf.forms,
    budgetperf.formcheck,
    budgetperf.profiles,
    budgetperf.ledger,
    budgetperf.ledger_csv,
    budgetperf.statements,
    budgetperf.audit,
)
WRONG: tuple[object, ...] = (0.5, {}, None, [], object(), b"x", True, 3)


def _callables() -> list[tuple[str, Callable[..., Any], int]]:
    found = []
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if not callable(obj) or (isinstance(obj, type) and issubclass(obj, enum.Enum)):
                continue
            try:
                signature = inspect.signature(obj)
            except (TypeError, ValueError):  # pragma: no cover - builtins
                continue
            required = [
                p
                for p in signature.parameters.values()
                if p.default is p.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)
            ]
            if required:
                found.append((f"{module.__name__}.{name}", obj, len(required)))
    return found


CALLABLES = _callables()


def test_there_are_callables_to_try() -> None:
    names = {name for name, _, _ in CALLABLES}
    assert "budgetperf.forms.read_form" in names
    assert "budgetperf.audit.agrees" in names
    assert "budgetperf.statements.completion_paragraphs" in names


@pytest.mark.parametrize("wrong", WRONG, ids=lambda w: type(w).__name__)
@pytest.mark.parametrize(
    ("name", "function", "count"),
    [(n, f, c) for n, f, c in CALLABLES],
    ids=[n for n, _, _ in CALLABLES],
)
def test_wrong_types_stay_in_the_hierarchy(
    name: str, function: Callable[..., Any], count: int, wrong: object
) -> None:
    raised: BaseException | None = None
    try:
        function(*[wrong] * count)
    except Exception as error:
        raised = error
    if raised is not None:
        assert isinstance(raised, BudgetPerfError), f"{name}({wrong!r}): {raised!r}"
        assert isinstance(raised, TypeError | ValueError | OSError | ArithmeticError), name


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: budgetperf.audit.agrees("20", "20.02"), True),
        (lambda: budgetperf.audit.agrees(20, Decimal("19.6")), True),
        (lambda: budgetperf.audit.sum_agrees("10", ["4", "6"]), True),
    ],
)
def test_agrees_reads_exact_numbers(call: Callable[[], bool], expected: bool) -> None:
    assert call() is expected


@pytest.mark.parametrize(
    "call",
    [
        lambda: budgetperf.audit.agrees(0.5, Decimal(1)),  # type: ignore[arg-type]
        lambda: budgetperf.audit.agrees(Decimal(1), 0.5),  # type: ignore[arg-type]
        lambda: budgetperf.audit.sum_agrees(Decimal(1), [0.5]),  # type: ignore[list-item]
        lambda: budgetperf.audit.sum_agrees(Decimal(1), "12"),
        lambda: budgetperf.ledger.BudgetLine(2010301),  # type: ignore[arg-type]
        lambda: budgetperf.ledger.Ledger().add("2010301"),  # type: ignore[arg-type]
        lambda: budgetperf.profiles.normalise_grade(3),  # type: ignore[arg-type]
        lambda: budgetperf.profiles.load_profile(3),  # type: ignore[arg-type]
        lambda: budgetperf.statements.completion_paragraphs([]),  # type: ignore[arg-type]
        lambda: budgetperf.formcheck.check_form({}),  # type: ignore[arg-type]
    ],
)
def test_floats_and_wrong_types_are_type_errors_of_the_hierarchy(call: Callable[[], Any]) -> None:
    with pytest.raises(TypeError) as info:
        call()
    assert isinstance(info.value, BudgetPerfError)
